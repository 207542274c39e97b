"""Resolvers of the calendar's numbered pieces: numeric dates without a year or day ('5/23',
'07/2016'), fiscal years, quarters and halves ('Q2', 'the second quarter', 'H1 2020') and the
nth weekday of a month ('the second Monday of next month').

Conventions: a fiscal year is the calendar year it is named by ('fiscal 2019' is 2019), since
companies and governments end theirs in different months; 'fiscal 1986/87' spans both years. A
quarter or half without a year is the one nearest publication in the tense of its clause.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from .date_fields import Resolved, month_number, one_day, weekday_number
from .date_roles import future_before
from .date_scan import Fields
from .periods import fraction_of_year, month_period, nearest_period, safe_date, shift, year_period

_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
_STEP = {"this": 0, "the": 0, "next": 1, "last": -1}


def two_digit_year(yy: str) -> int:
    """'21' is 2021 and '87' 1987: a two-digit year is this century's up to 50, else the last's."""
    n = int(yy)
    return n if len(yy) == 4 else n + (2000 if n <= 50 else 1900)


def _tense(m: re.Match, text: str) -> bool | None:
    return future_before(text, m.start(), m.end())


def month_slash_year(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'07/2016'."""
    return month_period(int(g("y")), int(g("m"))), "month", "absolute"


def month_slash_day(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'5/23' near publication: month/day, or day/month where only that exists or the weekday says so;
    of two readings, the nearer in the tense of its clause."""
    if pub is None:
        return None
    a, b = int(g("a")), int(g("b"))
    days = [
        d
        for month, day in ((a, b), (b, a))
        for y in (pub.year - 1, pub.year, pub.year + 1)
        if (d := safe_date(y, month, day)) and (not g("wd") or d.weekday() == weekday_number(g("wd")))
    ]
    best = nearest_period(sorted((d, d) for d in days), pub, future=_tense(m, text))
    return one_day(best[0], "publication") if best else None


def fiscal(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'fiscal 2019', 'FY20': the calendar year named; 'fiscal 1986/87': both years."""
    first = two_digit_year(g("y") or g("fy"))
    if not g("y2"):
        return year_period(first), "year", "absolute"
    last = first - first % 100 + int(g("y2"))
    return ((date(first, 1, 1), date(last, 12, 31)), "years", "absolute") if last == first + 1 else None


def quarter(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'Q3 2021', '2Q', 'H1 2020', '1H'."""
    q, h = g("q") or g("q2"), g("h") or g("h2")
    k, n = (int(q) - 1, 4) if q else (int(h) - 1, 2)
    return _piece_of_year(m, text, k, n, g("y"), pub)


def piece(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the second quarter', 'second-quarter', 'the first half 2020'."""
    n = 4 if g("unit").lower() == "quarter" else 2
    return _piece_of_year(m, text, _NTH[g("nth").lower()], n, g("y"), pub)


def _piece_of_year(m: re.Match, text: str, k: int, n: int, year: str | None, pub: date | None) -> Resolved | None:
    """Piece ``k`` of ``n`` of the year written, else of the year that puts it nearest publication."""
    granularity = "quarter" if n == 4 else "half"
    if k >= n:
        return None
    if year:
        return fraction_of_year(int(year), k, n), granularity, "absolute"
    if pub is None:
        return None
    options = [fraction_of_year(y, k, n) for y in (pub.year - 1, pub.year, pub.year + 1)]
    best = nearest_period(options, pub, future=_tense(m, text))
    return (best, granularity, "publication") if best else None


def nth_weekday(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the second Monday of next month', 'the last Friday in March 2021'."""
    if g("y"):
        month, kind = month_period(int(g("y")), month_number(g("month"))), "absolute"
    elif pub is None:
        return None
    elif g("month"):
        options = [month_period(y, month_number(g("month"))) for y in (pub.year - 1, pub.year, pub.year + 1)]
        month, kind = nearest_period(options, pub, future=_tense(m, text)), "publication"
    else:
        step = _STEP[g("which").lower()]
        month, kind = month_period(*shift(pub, step, "month").timetuple()[:2]), "publication"
    if month is None:
        return None
    wd, nth = weekday_number(g("wd")), g("nth").lower()
    if nth == "last":
        day = month[1] + relativedelta(weekday=_WEEKDAYS[wd](-1))
    else:
        day = month[0] + relativedelta(weekday=_WEEKDAYS[wd](1), weeks=_NTH[nth])
    return one_day(day if day.month == month[0].month else None, kind)


_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)  # by ``date.weekday()``

RESOLVERS = {
    "month_slash_year": month_slash_year,
    "month_slash_day": month_slash_day,
    "fiscal": fiscal,
    "quarter": quarter,
    "piece": piece,
    "nth_weekday": nth_weekday,
}
