"""`os.replace` that waits a moment for a file another program holds.

On Windows a virus scanner, the search indexer or a backup agent often opens a file that was just
written, for a fraction of a second; a rename over it then fails with a sharing violation
(`PermissionError`). Retrying a few times with a growing pause gets through that; a file held for
longer is a real problem, and the `PermissionError` goes to the caller, who says so in Dutch.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence

# About three seconds in all: long enough for a scanner, short enough for a person to wait.
PAUSES_SECONDS: Sequence[float] = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)

HELD_MESSAGE = (
    "Een ander programma houdt een bestand van het register vast, meestal een virusscanner, de "
    "zoekindex van Windows of een back-upprogramma."
)


def replace(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    pauses: Sequence[float] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> None:
    """`os.replace(source, target)`, retried after each pause while the file is held."""
    pauses = PAUSES_SECONDS if pauses is None else pauses
    sleep = time.sleep if sleep is None else sleep
    for pause in (*pauses, None):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if pause is None:
                raise
            sleep(pause)
