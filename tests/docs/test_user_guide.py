"""The user guide shows only screenshots that exist and that `make screenshots` regenerates."""

from __future__ import annotations

import re

from tests.conftest import REPO

GUIDE = REPO / "docs" / "handleiding"
IMAGE = re.compile(r"!\[[^\]]*\]\(\.\./screenshots/([^)]+\.png)\)")


def test_every_guide_image_exists_and_is_regenerated():
    script = (REPO / "scripts" / "screenshots.py").read_text("utf-8")
    chapters = sorted(GUIDE.glob("*.md"))
    assert {p.name for p in chapters} >= {
        "README.md",
        "professional.md",
        "gezinscoach.md",
        "coordinator.md",
        "beheerder.md",
    }
    referenced = {name for chapter in chapters for name in IMAGE.findall(chapter.read_text("utf-8"))}
    assert referenced, "the guide shows no screenshots"
    for name in sorted(referenced):
        assert (REPO / "docs" / "screenshots" / name).exists(), f"{name} ontbreekt in docs/screenshots"
        stem = name.removesuffix(".png")
        made = stem in script or f'"{stem.split("_")[0]}_{{' in script  # e.g. f"plan_{name}"
        assert made, f"{name} wordt niet door scripts/screenshots.py gemaakt"
