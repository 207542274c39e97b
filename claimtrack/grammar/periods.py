"""Calendar arithmetic on inclusive periods: months, weeks, years, and choosing a year for a
partial date; and the calendar's words (months, weekdays, seasons, holidays). Every function takes
its anchor date as an argument; nothing reads the clock."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

# Each month's names as news writes them, in the order of the year: the full name, then its
# abbreviations. The date patterns, the sentence splitter and the place filter all read these.
_MONTH_NAMES = (
    "january jan",
    "february feb",
    "march mar",
    "april apr",
    "may",
    "june jun",
    "july jul",
    "august aug",
    "september sep sept",
    "october oct",
    "november nov",
    "december dec",
)
MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
MONTH_ABBREVIATIONS = frozenset(MONTHS) - {names.split()[0] for names in _MONTH_NAMES}
WEEKDAYS = {name: i for i in range(7) for name in (_cal.day_name[i].lower(), _cal.day_abbr[i].lower())}
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_WEEKDAY_STEPS = (MO, TU, WE, TH, FR, SA, SU)  # by ``date.weekday()``: relativedelta's steps to the next or last one

Period = tuple[date, date]


def month_period(year: int, month: int) -> Period:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, _cal.monthrange(year, month)[1])


def year_period(year: int) -> Period:
    """First and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def week_period(day: date) -> Period:
    """Monday to Sunday of the week holding ``day``."""
    return day + relativedelta(weekday=MO(-1)), day + relativedelta(weekday=SU)


# Each unit of ``shift`` as a field of ``relativedelta`` and how many of it make one.
_UNIT_STEPS = {
    "day": ("days", 1),
    "week": ("weeks", 1),
    "month": ("months", 1),
    "quarter": ("months", 3),
    "year": ("years", 1),
    "decade": ("years", 10),
    "century": ("years", 100),
}


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` days, weeks, months, years or decades; a month or year later than
    a day its month lacks is the month's last day (Jan 31 plus a month is Feb 28 or 29)."""
    if unit not in _UNIT_STEPS:
        raise ValueError(f"unknown unit {unit!r}")
    field, size = _UNIT_STEPS[unit]
    return day + relativedelta(**{field: amount * size})


def period_of(day: date, unit: str) -> Period:
    """The calendar period of granularity ``unit`` that holds ``day``."""
    if unit == "day":
        return day, day
    if unit == "week":
        return week_period(day)
    if unit == "month":
        return month_period(day.year, day.month)
    if unit == "quarter":
        return fraction_of_year(day.year, (day.month - 1) // 3, 4)
    if unit == "decade":
        start = day.year - day.year % 10
        return date(start, 1, 1), date(start + 9, 12, 31)
    return year_period(day.year)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None where the calendar has no such day (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def nearest_year(month: int, day: int | None, anchor: date, *, future: bool | None) -> int | None:
    """The year that puts ``month``/``day`` nearest ``anchor``: after it when ``future``, not more
    than a week after it when ``False``, either side when ``None``. ``None`` when no candidate
    year has that day. Cached: the articles of one day ask it the same questions."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            start, end = (date(year, month, day),) * 2 if day is not None else month_period(year, month)
        except ValueError:
            continue
        if future and end <= anchor:
            continue
        if future is False and start > anchor + timedelta(days=7):
            continue
        gap = 0 if start <= anchor <= end else min(abs((start - anchor).days), abs((end - anchor).days))
        if best is None or gap < best[0] or (gap == best[0] and year < best[1]):
            best = (gap, year)
    return best[1] if best else None


def year_for_weekday(month: int, day: int, weekday: int, ref: date) -> int | None:
    """The year near ``ref`` (its own, the one before, the one after) in which ``month``/``day``
    falls on ``weekday`` ('Saturday, April 4')."""
    years = [
        y for y in (ref.year, ref.year - 1, ref.year + 1) if (d := safe_date(y, month, day)) and d.weekday() == weekday
    ]
    return years[0] if years else None


def weekday_near(weekday: int, anchor: date, *, future: bool) -> date:
    """The first ``weekday`` on or after ``anchor`` when ``future``, else the last one on or before it:
    news names the day it is published by its weekday ('the ship may be freed on Saturday')."""
    return anchor + relativedelta(weekday=_WEEKDAY_STEPS[weekday](1 if future else -1))


def part_of(period: Period, part: str | None) -> Period:
    """The early, mid or late part of a period, on calendar lines: a year splits Jan–Apr, May–Aug,
    Sep–Dec; a month splits days 1–10, 11–20, 21–end; anything else in thirds."""
    start, end = period
    if not part:
        return period
    k = {"early": 0, "earlier": 0, "mid": 1, "late": 2, "later": 2}.get(part.lower())
    if k is None:
        return period
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return date(start.year, 4 * k + 1, 1), month_period(start.year, 4 * k + 4)[1]
    if start.day == 1 and end == month_period(start.year, start.month)[1]:
        first = date(start.year, start.month, 10 * k + 1)
        return first, end if k == 2 else date(start.year, start.month, 10 * k + 10)
    third = (end - start) // 3
    return (start, start + third) if k == 0 else (start + third, end - third) if k == 1 else (end - third, end)


def fraction_of_year(year: int, index: int, parts: int) -> Period:
    """Half (``parts=2``) or quarter (``parts=4``) number ``index`` (from 0) of a year, by months."""
    months = 12 // parts
    return date(year, index * months + 1, 1), month_period(year, (index + 1) * months)[1]


TIME_ZONES = frozenset("utc gmt est edt cst cdt mst mdt pst pdt bst cet cest eet ist jst aest hst".split())
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Holidays on a fixed day of the Gregorian calendar that news names as dates ('home by Christmas'): month, day.
HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year": (1, 1),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
}


# The pieces of a period news names ('the first half of 2020', 'the third quarter of the year'):
# piece k (from 0) of n equal ones.
PIECES = {
    "first half": (0, 2),
    "first six months": (0, 2),
    "second half": (1, 2),
    "last six months": (1, 2),
    "first quarter": (0, 4),
    "second quarter": (1, 4),
    "third quarter": (2, 4),
    "fourth quarter": (3, 4),
    "last quarter": (3, 4),
}


def nearest_period(options: list[Period], anchor: date, *, future: bool | None) -> Period | None:
    """Of ``options`` (in time order), the period nearest ``anchor`` in the tense of its clause:
    one not yet over when ``future``, one begun no more than a week after it when ``False``,
    either when ``None``; of two as near, the earlier. None when none fits."""
    fits = [p for p in options if not (future and p[1] <= anchor or future is False and p[0] > anchor + _WEEK)]
    return min(fits, key=lambda p: _gap(p, anchor), default=None)


def _gap(period: Period, day: date) -> int:
    """Days from ``day`` to the nearest day of ``period``: 0 inside it."""
    start, end = period
    return 0 if start <= day <= end else min(abs((start - day).days), abs((end - day).days))


_WEEK = timedelta(days=7)


def season(name: str, year: int) -> Period:
    """A meteorological season that starts in ``year`` (winter runs December to February)."""
    start = date(year, SEASONS[name], 1)
    return start, start + relativedelta(months=3, days=-1)


def season_near(name: str, anchor: date, step: int) -> Period:
    """The season holding or next after ``anchor`` (``step`` 0), the last one over before it (-1),
    or the next one not yet begun (+1)."""
    options = [season(name, y) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    if step < 0:
        return [p for p in options if p[1] < anchor][-1]
    if step > 0:
        return next(p for p in options if p[0] > anchor)
    return next(p for p in options if p[1] >= anchor)


def weekend_near(anchor: date, step: int) -> Period:
    """This weekend (0: the one holding or next after ``anchor``), the last one over (-1), or the
    one after this (+1)."""
    sunday = anchor.weekday() == 6  # a Sunday's weekend began the day before
    saturday = anchor + relativedelta(weekday=SA(-1 if sunday else 1), weeks=step)
    return saturday, saturday + timedelta(days=1)
