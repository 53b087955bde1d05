"""The reference lists a new register starts with, read from `db/reference/defaults.yaml`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

_RELATIVE = Path("db") / "reference" / "defaults.yaml"


def defaults_path() -> Path:
    """Where defaults.yaml lives: beside the source tree, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / _RELATIVE
    return Path(__file__).resolve().parents[2] / _RELATIVE


def load_defaults() -> dict[str, Any]:
    """Return the default reference lists as a plain dict (a fresh copy on every call)."""
    with defaults_path().open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ValueError(f"{defaults_path()}: verwacht een YAML-mapping met referentielijsten")
    return data
