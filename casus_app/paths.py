"""Where Casus finds its own files: in the source tree, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


def db_dir() -> Path:
    """The Alembic environment and reference data."""
    return app_root() / "db"


def resources_dir() -> Path:
    return app_root() / "resources"


def guide_dir() -> Path:
    """The user guide (Markdown, one chapter per role) and, beside it, its screenshots."""
    return app_root() / "docs" / "handleiding"
