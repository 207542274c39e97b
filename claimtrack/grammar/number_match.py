"""The record of one quantity the number grammar finds (``numbers.find_numbers``)."""

from __future__ import annotations

from typing import NamedTuple


class NumberMatch(NamedTuple):
    """One quantity expression: its span, bounds, qualifier, kind and written unit."""

    start: int
    end: int
    value_low: float
    value_high: float
    qualifier: str
    kind: str
    unit: str
    unit_end: int
    direction: str = ""
