"""The paging state behind the lazy case list, without a register."""

from __future__ import annotations

import datetime as dt

from casus_app.services.cases.queries import CaseFilter, CaseRow
from casus_app.ui.models.keyset_pager import KeysetPager


def _rows(n: int) -> list[CaseRow]:
    start = dt.date(2026, 1, 1)
    return [
        CaseRow(
            i,
            f"2026-{i:05}",
            "casuistiek",
            "HSB",
            None,
            "",
            "Woonoverlast",
            start + dt.timedelta(days=i),
            None,
            None,
        )
        for i in range(n, 0, -1)
    ]


def test_pages_follow_the_last_key_until_a_short_page_and_a_new_filter_starts_over():
    data = _rows(5)
    calls: list[tuple[CaseFilter, object, int]] = []

    def fetch(flt, after, limit):
        calls.append((flt, after, limit))
        rest = [r for r in data if after is None or r.sort_key < after]
        return rest[:limit]

    pager = KeysetPager(fetch, page_size=2)
    assert [r.id for r in pager.next_page()] == [5, 4]
    assert [r.id for r in pager.next_page()] == [3, 2]
    assert pager.has_more
    assert [r.id for r in pager.next_page()] == [1]
    assert not pager.has_more and pager.next_page() == []
    assert calls[1][1] == data[1].sort_key

    pager.reset(CaseFilter(text="jansen"))
    assert pager.has_more and pager.filter.text == "jansen"
    pager.next_page()
    assert calls[-1][:2] == (CaseFilter(text="jansen"), None)
