"""The value axis of a chart: a round maximum at or above the largest value, in four equal steps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casus_app.domain.chart_scale import nice_max


@pytest.mark.parametrize(
    ("largest", "expected"),
    [
        (-3, 4),
        (0, 4),
        (4, 4),
        (5, 8),
        (9, 12),
        (12, 12),
        (13, 16),
        (25, 40),
        (37, 40),
        (41, 60),
        (81, 100),
        (130, 160),
        (1001, 1200),
    ],
)
def test_the_maximum_is_round(largest, expected):
    assert nice_max(largest) == expected


@given(st.integers(min_value=0, max_value=10**9))
def test_the_maximum_holds_the_largest_value_in_four_steps(largest):
    top = nice_max(largest)
    assert top >= largest
    assert top % 4 == 0
    assert top <= max(4, 1.6 * largest)  # never more than 60% empty room above the largest value
