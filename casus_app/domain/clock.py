"""The one clock of the application: every "today" and "now" in Casus comes from here.

Nothing else reads the system clock (`date.today()`, `datetime.now()`), so a test can fix the
day once and a register behaves the same on 1 January, 29 February or any other date. The app
runs on `SystemClock`; tests install a `DayClock` that starts on a chosen day and moves on in
real time (so audit timestamps stay ordered), or a `FixedClock` that only moves when told to.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Clock:
    """The wall clock as the application sees it: aware UTC `now()`, local `today()`."""

    def now(self) -> dt.datetime:
        raise NotImplementedError

    def local_now(self) -> dt.datetime:
        """Naive local time, for file names and texts a person reads."""
        return self.now().astimezone().replace(tzinfo=None)

    def today(self) -> dt.date:
        return self.local_now().date()


class SystemClock(Clock):
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock(Clock):
    """Stands still at `at` until `advance()` moves it; `today()` is the date of `at`."""

    def __init__(self, at: dt.datetime | dt.date) -> None:
        self._at = _aware(at)

    def now(self) -> dt.datetime:
        return self._at

    def local_now(self) -> dt.datetime:
        return self._at.replace(tzinfo=None)

    def advance(self, delta: dt.timedelta) -> None:
        self._at += delta


class DayClock(Clock):
    """Starts at `at` and runs on with the monotonic clock, so times stay ordered and the date
    stays the one the test chose (for the next ten hours)."""

    def __init__(self, at: dt.datetime | dt.date) -> None:
        self._start = _aware(at)
        self._t0 = time.monotonic()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._t0)

    def local_now(self) -> dt.datetime:
        return self.now().replace(tzinfo=None)


def _aware(at: dt.datetime | dt.date) -> dt.datetime:
    if not isinstance(at, dt.datetime):
        at = dt.datetime.combine(at, dt.time(10, 0))
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


_current: Clock = SystemClock()


def current() -> Clock:
    return _current


def install(clock: Clock) -> Clock:
    """Make `clock` the application's clock; returns the one it replaces."""
    global _current
    previous, _current = _current, clock
    return previous


@contextmanager
def installed(clock: Clock) -> Iterator[Clock]:
    previous = install(clock)
    try:
        yield clock
    finally:
        install(previous)


def now() -> dt.datetime:
    """Aware UTC time."""
    return _current.now()


def local_now() -> dt.datetime:
    return _current.local_now()


def today() -> dt.date:
    return _current.today()
