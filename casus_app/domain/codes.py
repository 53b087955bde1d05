"""Codes made from names, for reference list items a beheerder adds by name."""

from __future__ import annotations

import re
import unicodedata


def code_from_name(name: str, fallback: str, *, length: int = 48) -> str:
    """'Loket Housing' → 'loket_housing': ASCII, lower case, underscores; `fallback` if nothing is left."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:length] or fallback
