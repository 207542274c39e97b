"""The date grammar: absolute, partial and relative dates, periods and deadlines.

``find_dates(text, published)`` returns :class:`DateMatch` records in text order. Relative dates
resolve against the date the text itself has just set ("two months later" after "January 8"),
else against ``published`` ("18 years ago"), or, in quotes, the day they were said when their sentence
names it ('"within 48 hours," he said on Thursday'); ``anchor`` records which. The steps live in their
own modules: the patterns (``date_patterns``), the scan for them (``date_scan``), the look-alikes
they reject (``date_look_alikes``), the periods they name (``date_resolvers``; those read against
the period the text reports on, ``date_subject``) and the role of each date (``date_roles``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .date_look_alikes import accept
from .date_roles import deadline_start, role
from .date_scan import read, scan
from .date_spans import End, first_end, second_end
from .date_speech import Quotes
from .date_subject import TextDates, resolve
from .periods import Period
from .text import crosses_paragraphs


class DateMatch(NamedTuple):
    """One date expression: span, resolved inclusive period, granularity, anchor and role."""

    start: int
    end: int
    date_start: date | None
    date_end: date | None
    granularity: str
    anchor: str
    role: str


_EARLIEST, _LATEST = date(1678, 1, 1), date(2261, 12, 31)


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """Every date expression in ``text``, resolved against ``published`` or the text's own dates.

    >>> text = "Iran on January 8 launched missiles. Two months later, jets struck."
    >>> found = find_dates(text, date(2020, 7, 8))
    >>> [(text[m.start:m.end], str(m.date_start), str(m.date_end), m.anchor) for m in found]
    [('January 8', '2020-01-08', '2020-01-08', 'publication'), ('Two months later', '2020-03-01', '2020-03-31', 'text')]
    """
    out: list[DateMatch] = []
    text_anchor: date | None = None
    dates = TextDates()  # what the text has set: its subject and reporting period (date_subject)
    last: End | None = None
    quotes = Quotes(text, published)  # 'told AFP late Thursday that "...': 'now' is that Thursday
    for m in scan(text, lambda m: accept(m, text)):
        name, g = read(m)
        s, e = m.span()
        if crosses_paragraphs(text, s, e):
            continue
        now = quotes.said_on(name, s, e) or published
        try:
            resolved = resolve(name, m, g, text, now, text_anchor, dates)
        except (ValueError, OverflowError):
            resolved = None
        if resolved is None or not _in_range(resolved[0]):
            continue
        this = End(s, e, *resolved)
        if last is not None and out and out[-1].end == last.end:
            out[-1], this = _one_year(text, out[-1], last, this, published)
        (start, end), granularity, anchor = this.period, this.granularity, this.anchor
        # '27 days ago on Aug. 8, 2023': the day the text names, not the one counted back
        if out and _restates(text, out[-1], s, granularity, anchor):
            out[-1] = out[-1]._replace(date_start=start, date_end=end)
        kind = role(text, s, e, start, published)
        first = deadline_start(text, s, out[-1].end if out else 0) if kind == "deadline" else s
        out.append(DateMatch(first, e, start, end, granularity, anchor, kind))
        text_anchor, last = start, this
        dates.add(this)
    return out


def _restates(text: str, before: DateMatch, at: int, granularity: str, anchor: str) -> bool:
    """Whether a day written out in full right after a day counted from publication names the same
    day: 'started 27 days ago on Aug. 8, 2023' (the writer's count may be a day off)."""
    return (
        anchor == "absolute"
        and granularity == before.granularity == "day"
        and before.anchor == "publication"
        and _APPOSED.fullmatch(text, before.end, at) is not None
    )


_APPOSED = re.compile(r",?\s+(?:on\s+)?")  # ' on ', ', ': a day and the same day named again


def _one_year(text: str, before: DateMatch, first: End, second: End, pub: date | None) -> tuple[DateMatch, End]:
    """The two ends of a range in one year ('from Oct. 3 to Oct. 19', 'from Dec. 20 to Jan. 5, 2021'):
    the end without a year written moved to the other's; either unchanged when they are no range."""
    if moved := second_end(text, first, second):
        return before, second._replace(period=moved)
    if moved := first_end(text, first, second):
        kind = role(text, first.start, first.end, moved[0], pub)
        return before._replace(date_start=moved[0], date_end=moved[1], role=kind), second
    return before, second


def _in_range(period: Period) -> bool:
    """Whether a period fits the claims table's datetime64[ns] columns (years 1678 to 2261)."""
    return _EARLIEST <= period[0] <= period[1] <= _LATEST


__all__ = ["DateMatch", "find_dates"]
