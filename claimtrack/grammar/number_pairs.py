"""Two numbers found one by one that the words between them make one reading: a lower and an upper bound
('above 5 and below 10' is between 5 and 10), a change written around its words ('from 500 troops to as many
as 4,000', 'to 2.9 pct from 3.3 pct') and a sum in two parts ('4 dollars 20 cents')."""

from __future__ import annotations

import re

from .number_match import NumberMatch
from .number_ranges import is_spread

_LOWER = frozenset({"more than", "at least"})
_UPPER = frozenset({"less than", "up to"})
_AND = re.compile(r"\s*,?\s*(?:and|but)\s+\Z", re.I)  # the whole gap between two bounds
_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.I)  # ending the text before the first number
_TO_BEFORE = re.compile(r"\b(?:to|at)\s+\Z", re.I)
_TO_GAP = re.compile(r"\s*to\s+\Z", re.I)
_FROM_GAP = re.compile(r"\s*,?\s*(?:up\s+|down\s+)?from\s+\Z", re.I)
_PARTS_GAP = re.compile(r"\s*(?:and\s+)?\Z", re.I)
_MAX_GAP = 12  # the longest gap of the pairs read here: ', up from ', ' and a '
_BEFORE_SPAN = 8  # how far before the first number 'from' or 'to' is looked for


def read_pairs(found: list[NumberMatch], text: str) -> list[NumberMatch]:
    """``found`` (in text order) with each pair of neighbours that is one reading read as one."""
    out: list[NumberMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is None or m.start - max(prev.end, prev.unit_end) > _MAX_GAP:
            out.append(m)
            continue
        gap = text[max(prev.end, prev.unit_end) : m.start]
        merged = _bounds(prev, m, gap) or _two_parts(prev, m, gap)
        if merged:
            out[-1] = merged
            continue
        out[-1:] = _directed(prev, m, gap, text)
    return out


def _bounds(a: NumberMatch, b: NumberMatch, gap: str) -> NumberMatch | None:
    """'above 5 and below 10', 'at least 20 but fewer than 30': one range between the two bounds."""
    if a.qualifier not in _LOWER or b.qualifier not in _UPPER or a.value_low >= b.value_high:
        return None
    if not _AND.fullmatch(gap):
        return None
    kind, unit = (b.kind, b.unit) if a.kind == "count" and not a.unit else (a.kind, a.unit)
    return b._replace(start=a.start, value_low=a.value_low, qualifier="between", kind=kind, unit=unit)


def _two_parts(a: NumberMatch, b: NumberMatch, gap: str) -> NumberMatch | None:
    """'4 dollars 20 cents', '£4 and 20p': one sum, the hundredths of the first currency added."""
    if a.kind != "money" or b.kind != "money" or not b.unit.startswith(f"{a.unit} ") or a.value_low != a.value_high:
        return None
    if b.value_low >= 100 or b.value_low != b.value_high or not _PARTS_GAP.fullmatch(gap):
        return None
    value = a.value_low + b.value_low / 100
    return b._replace(start=a.start, value_low=value, value_high=value, qualifier=a.qualifier, unit=a.unit)


def _directed(a: NumberMatch, b: NumberMatch, gap: str, text: str) -> list[NumberMatch]:
    """``a`` and ``b`` as a change when the words around them make one ('from 500 troops to as many as
    4,000', Reuters' 'to 2.9 pct from 3.3 pct'; a spread 'ranging from 5 dlrs to 8 dlrs' is one range); the second
    takes the first's kind and unit when it has none."""
    if a.direction or b.direction:
        return [a, b]
    before = text[max(0, a.start - _BEFORE_SPAN) : a.start]
    if _FROM_BEFORE.search(before) and _TO_GAP.fullmatch(gap):
        if is_spread(text, a.start):  # 'estimates range from five dlrs to 7.80 dlrs': one range
            return [b._replace(start=a.start, value_low=min(a.value_low, b.value_low), qualifier="between")]
        ways = ("from", "to")
    elif _TO_BEFORE.search(before) and _FROM_GAP.fullmatch(gap):
        ways = ("to", "from")
    else:
        return [a, b]
    if b.kind != a.kind:
        if b.kind != "count" or b.unit:
            return [a, b]
        b = b._replace(kind=a.kind, unit=a.unit)
    return [a._replace(direction=ways[0]), b._replace(direction=ways[1])]
