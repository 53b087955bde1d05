"""The scale of a chart's value axis, shared by the monitoring report's charts (reportlab) and the
trend on the coordinator's page (Qt): the same numbers give the same axis on paper and on screen."""

from __future__ import annotations


def nice_max(largest: int) -> int:
    """The smallest 'round' maximum at or above `largest`, divisible by 4 for the grid; at least 4."""
    if largest <= 4:
        return 4
    magnitude = 10 ** (len(str(largest)) - 1)
    for factor in (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10):
        candidate = int(factor * magnitude)
        if candidate >= largest and candidate % 4 == 0:
            return candidate
    return ((largest + 3) // 4) * 4
