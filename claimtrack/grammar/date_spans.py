"""Ranges of dates written as one expression ('Mar-Apr 2018', 'the 1980-81 season', '2003-2011'),
the two ends of a range written in full ('from Oct. 3 to Oct. 19'), which must fall in one
year, and the second day of two ('on March 4 and 5'), which is in the month of the first.

A range written as one expression is one date: its first day to its last ('2016-07' is no range
but a month). A range whose ends are both written out stays two dates, as a temporal annotation
marks them, but an end without a year takes it from the other end: 'from Dec. 20 to Jan. 5, 2021'
starts in 2020.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from .date_fields import Resolved, month_number, one_day, year_near
from .date_patterns import MONTH
from .date_roles import future_before
from .date_scan import Fields
from .periods import Period, month_period, nearest_period, safe_date

# What lies between the two ends of a range: 'to', 'and', 'through', a dash.
_JOIN = re.compile(r"\s*(?:[-–]|to|through|until|till|and)\s*$", re.I)
# What opens a range before its first end: 'from', 'between'.
_OPENS = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)


def year_dash(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'2016-07' (a month: the second part is no later year), '1980-81', '2003-2011' (years)."""
    first, b = int(g("y")), g("b")
    last = int(b) if len(b) == 4 else first - first % 100 + int(b)
    if last > first:
        return (date(first, 1, 1), date(last, 12, 31)), "years", "absolute"
    if len(b) == 2 and 1 <= int(b) <= 12:
        return month_period(first, int(b)), "month", "absolute"
    return None


def month_range(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'Mar-Apr 2018', 'March to May 2018', 'Nov-Jan' (over a new year): the first month to the last."""
    first, last = month_number(g("m1")), month_number(g("m2") or g("m3"))
    back = int(first > last)  # the first month is in the year before
    year = g("y") or g("y2")
    if year:
        y, kind = int(year), "absolute"
    elif pub is None:
        return None
    else:
        options = [
            (month_period(y - back, first)[0], month_period(y, last)[1]) for y in range(pub.year - 1, pub.year + 2)
        ]
        best = nearest_period(options, pub, future=future_before(text, m.start(), m.end()))
        if best is None:
            return None
        y, kind = best[1].year, "publication"
    return (month_period(y - back, first)[0], month_period(y, last)[1]), "months", kind


# A month's day and 'and' before a second day: 'March 4 and ', 'Dec. 20th and '.
DAY_AND = re.compile(rf"\b(?P<month>{MONTH})\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+and\s+$")


def and_day(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """The second day of 'March 4 and 5': in the month named before it, and the year of the first
    day (the date the text set last)."""
    before = DAY_AND.search(text, max(0, m.start() - 24), m.start())
    if before is None:
        return None
    month, day = month_number(before.group("month")), int(g("day"))
    if anchor is not None and anchor.month == month:
        return one_day(safe_date(anchor.year, month, day), "text")
    year, kind = year_near(m, text, pub, anchor, month, day)
    return one_day(safe_date(year, month, day) if year else None, kind)


class End(NamedTuple):
    """One end of a range as the scan found it: where it is, its period and how it was resolved."""

    start: int
    end: int
    period: Period
    granularity: str
    anchor: str


def second_end(text: str, first: End, second: End) -> Period | None:
    """The period of ``second`` moved into the year of ``first`` when they are the two ends of one
    range ('from Oct. 3 to Oct. 19') and only ``first`` may have its year written; None when there
    is nothing to move."""
    if not _ends(text, first, second) or second.anchor != "publication" or second.granularity not in _YEARLY:
        return None
    moved = _in_year(second.period, first.period[0].year)
    if moved[0] < first.period[0]:
        moved = _in_year(second.period, first.period[0].year + 1)
    return moved if moved != second.period else None


def first_end(text: str, first: End, second: End) -> Period | None:
    """The period of ``first`` moved into the year of ``second`` when ``second`` has its year written
    ('from Dec. 20 to Jan. 5, 2021') and ``first`` has not; None when there is nothing to move."""
    if not _ends(text, first, second) or first.anchor != "publication" or second.anchor != "absolute":
        return None
    if first.granularity not in _YEARLY:
        return None
    moved = _in_year(first.period, second.period[1].year)
    if moved[0] > second.period[0]:
        moved = _in_year(first.period, second.period[1].year - 1)
    return moved if moved != first.period else None


_YEARLY = ("day", "days", "month")  # what names a day or month but no year: it may move a year


def _ends(text: str, first: End, second: End) -> bool:
    """Whether two dates are the ends of one range: a word or dash between them, 'from' or
    'between' before the first."""
    return bool(_JOIN.fullmatch(text, first.end, second.start)) and bool(
        _OPENS.search(text, max(0, first.start - 16), first.start)
    )


def _in_year(period: Period, year: int) -> Period:
    """A day or month (or a run of days) moved to ``year``; the end of February moves with it."""
    start, end = period
    moved = start + relativedelta(years=year - start.year)
    if start.day == 1 and end == month_period(start.year, start.month)[1]:
        return month_period(year, start.month)
    return moved, end + relativedelta(years=year - start.year)


RESOLVERS = {"year_dash": year_dash, "month_range": month_range, "and_day": and_day}
