"""Paging state for a keyset-paged list: where the next page starts and whether there is one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from casus_app.services.cases.queries import PAGE_SIZE, CaseFilter, CaseRow

FetchPage = Callable[[CaseFilter, tuple[dt.date, int] | None, int], list[CaseRow]]


class KeysetPager:
    """Hands out successive pages for one filter; a new filter starts again from the top."""

    def __init__(self, fetch: FetchPage, page_size: int = PAGE_SIZE) -> None:
        self._fetch = fetch
        self.page_size = page_size
        self.filter = CaseFilter()
        self._after: tuple[dt.date, int] | None = None
        self.exhausted = False

    def reset(self, flt: CaseFilter) -> None:
        self.filter = flt
        self._after = None
        self.exhausted = False

    @property
    def has_more(self) -> bool:
        return not self.exhausted

    def next_page(self) -> list[CaseRow]:
        if self.exhausted:
            return []
        rows = self._fetch(self.filter, self._after, self.page_size)
        # A short page is the last; a full page may be followed by an empty one, which is fine.
        if len(rows) < self.page_size:
            self.exhausted = True
        if rows:
            self._after = rows[-1].sort_key
        return rows
