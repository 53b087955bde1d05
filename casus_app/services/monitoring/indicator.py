"""What an indicator of the monitoring export is: its name and its Dutch texts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    name: str  # as in docs/monitoring.md and the CSV
    # Dutch, as the exports print them; the interface translates them (ui/monitoring/monitoring_texts.py)
    title: str  # heading
    definition: str  # for the Toelichting and the report
    breakdown: str  # name of the columns
