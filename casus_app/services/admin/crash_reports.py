"""Where the interface keeps its crash reports, and how one is saved (atomically, 0o600).

What goes into a report (no personal data) is `ui/crash_report.crash_text`'s business; this module
only names the file and writes it, so the interface needs no storage module for it.
"""

from __future__ import annotations

import os
from pathlib import Path

from casus_app.domain import clock
from casus_app.storage.atomic_file import write_atomic


def crash_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Casus", "Heerlen-Noord")) / "foutrapporten"


def save_crash_report(text: str, folder: Path | None = None) -> Path:
    """Write `text` as `casus-fout-<time>-<pid>.txt` in `folder` (default `crash_dir()`); its path.

    Raises OSError as is: the crash handler reports that it could not write."""
    folder = folder or crash_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"casus-fout-{clock.local_now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    write_atomic(path, text.encode("utf-8"))
    return path
