"""From a date pattern's match to the period it names: one resolver per pattern, in ``RESOLVERS``.

A resolver takes the match, its groups, the text, the publication date and the date the text last
set (``anchor``), and gives ``((start, end), granularity, anchor kind)``, or None when the match
names no period it can tell. Dates without a year take the one nearest publication (or the text's
date) in the tense of their clause; relative dates count from the text's date where they say so
('two months later'), else from publication ('18 years ago').
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .date_calendar import RESOLVERS as _CALENDAR
from .date_deictic import RESOLVERS as _DEICTIC
from .date_fields import (
    SPANS,
    Resolved,
    Resolver,
    count_of,
    month_number,
    one_day,
    vague_count,
    weekday_number,
    year_near,
)
from .date_roles import future_before
from .date_scan import Fields, read, scan
from .date_spans import RESOLVERS as _SPANS
from .date_weekdays import RESOLVERS as _WEEKDAYS
from .periods import (
    HOLIDAYS,
    PIECES,
    SEASONS,
    fraction_of_year,
    month_period,
    nearest_year,
    part_of,
    period_of,
    safe_date,
    season,
    season_near,
    shift,
    weekend_near,
    year_period,
)

_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$|that\b|then\b)")
_STEP = {"this": 0, "the": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this past": -1}
_FOLLOWING_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}
# days from publication; 'today', 'tonight' 0
_DEICTIC_DAYS = {
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day after tomorrow": 2,
    "the day before yesterday": -2,
}


def _iso(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'2021-07-26'."""
    return one_day(safe_date(int(g("y")), int(g("m")), int(g("d"))), "absolute")


def _numeric(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'08/07/2020', '31.12.2020'."""
    return one_day(_numeric_date(g("a"), g("b"), g("y"), g("wd"), pub), "absolute")


def _numeric_date(a: str, b: str, y: str, weekday: str | None, pub: date | None) -> date | None:
    """dd/mm or mm/dd: a weekday settles it, else the reading that exists, else the one nearer ``pub``."""
    year = int(y) + (2000 if len(y) == 2 else 0)
    options = [d for d in (safe_date(year, int(b), int(a)), safe_date(year, int(a), int(b))) if d]
    if weekday:
        wd = weekday_number(weekday)
        options = [d for d in options if d.weekday() == wd] or options
    if not options:
        return None
    if pub is not None:
        return min(options, key=lambda d: (abs((d - pub).days), d))
    return options[0]


def _quarter(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'Q3 2021'."""
    return fraction_of_year(int(g("y")), int(g("q")) - 1, 4), "quarter", "absolute"


def _season_year(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the summer of 2019'."""
    return season(g("season").lower(), int(g("y"))), "season", "absolute"


def _days(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'July 26, 2021', '26 July', 'Friday (July 23)', 'July 23-25': a day or a run of days."""
    month = month_number(g("month") or g("month2"))
    first = int(g("day") or g("day2") or g("d1"))
    last = int(g("d2") or first)
    if last < first:
        return None
    if g("y"):
        year, kind = int(g("y")), "absolute"
    else:
        year, kind = year_near(m, text, pub, anchor, month, first, g("wd"))
    if year is None:
        return None
    a, b = safe_date(year, month, first), safe_date(year, month, last)
    return ((a, b), "day" if a == b else "days", kind) if a and b else None


def _holiday(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'by Christmas', "New Year's Eve 2020"."""
    month, day = HOLIDAYS[re.sub(r"\s+", " ", g("hol").lower().replace("’", "'"))]
    year, kind = (int(g("y")), "absolute") if g("y") else year_near(m, text, pub, anchor, month, day)
    return one_day(safe_date(year, month, day) if year else None, kind)


def _month_year(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'June 2014', 'early March 2020'."""
    return part_of(month_period(int(g("y")), month_number(g("month"))), g("early")), "month", "absolute"


def _month_alone(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'May', 'last March', 'mid-January': the month of that name near publication."""
    if pub is None:
        return None
    month = month_number(g("month"))
    which = (g("which") or "").lower()
    if which == "last":
        year = pub.year - (month >= pub.month)
    elif which == "next":
        year = pub.year + (month <= pub.month)
    elif which == "this":
        year = pub.year
    else:
        year = nearest_year(month, None, pub, future=future_before(text, m.start(), m.end()))
    return (part_of(month_period(year, month), which), "month", "publication") if year else None


def _year(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'2003', 'early 2021'."""
    return part_of(year_period(int(g("y"))), g("early")), "year", "absolute"


def _decade(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the 1990s'."""
    start = int(g("y"))
    return (date(start, 1, 1), date(start + 9, 12, 31)), "decade", "absolute"


def _end_of(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the end of the year', 'the middle of March', 'the first half of 2020'."""
    whole = _whole_of(g, pub)
    if whole is None:
        return None
    (start, end), granularity, kind = whole
    part = g("part").lower()
    if part == "end":
        return (end, end), "day", kind
    if part in ("beginning", "start"):
        return (start, start), "day", kind
    if part == "middle":
        return part_of((start, end), "mid"), granularity, kind
    k, n = PIECES[part]
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return fraction_of_year(start.year, k, n), "half" if n == 2 else "quarter", kind
    span = (end - start + timedelta(days=1)) / n
    return (start + span * k, start + span * (k + 1) - timedelta(days=1)), granularity, kind


def _whole_of(g: Fields, pub: date | None) -> Resolved | None:
    """The period 'the end of' is of: 'this year', 'March' (near publication), 'March 2021', '2021'."""
    if g("punit"):
        if pub is None:
            return None
        unit = g("punit").lower()
        return period_of(shift(pub, _STEP[(g("this") or "the").lower()], unit), unit), unit, "publication"
    if g("month"):
        month = month_number(g("month"))
        year = int(g("y")) if g("y") else (nearest_year(month, None, pub, future=True) if pub else None)
        if year is None:
            return None
        return month_period(year, month), "month", "absolute" if g("y") else "publication"
    return year_period(int(g("y2"))), "year", "absolute"


def _weekend(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'this weekend', 'last weekend'; 'this weekend' said on a Monday or Tuesday, in a clause that
    does not look ahead, is the one just past; 'the weekend' is the coming one in a clause that
    looks ahead, else the one holding publication or the last one over."""
    if pub is None:
        return None
    which = g("which").lower()
    future = future_before(text, m.start())
    if which == "the":
        step = 0 if future or pub.weekday() >= 5 else -1
    else:
        step = _STEP.get(which, -1)
        if step == 0 and not future and pub.weekday() < 2:
            step = -1
    return weekend_near(pub, step), "weekend", "publication"


def _deictic(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'yesterday', 'today', 'last night'."""
    if pub is None:
        return None
    day = pub + timedelta(days=_DEICTIC_DAYS.get(g("word").lower(), 0))
    return (day, day), "day", "publication"


def _relative_to_publication(
    m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None
) -> Resolved | None:
    """'this week', 'late last month', 'earlier this year', 'next summer'."""
    if pub is None:
        return None
    return _relative(g("unit").lower(), g("which").lower(), (g("early") or "").lower(), pub)


@lru_cache(maxsize=4096)
def _relative(unit: str, which: str, early: str, pub: date) -> Resolved:
    """'this year', 'late last month', 'earlier this week' from ``pub``; cached, as ``nearest_year``."""
    step = _STEP[which]
    if unit in SEASONS:
        return season_near(unit, pub, step), "season", "publication"
    start, end = period_of(shift(pub, step, unit), unit)
    if early == "earlier":
        return (start, pub), unit, "publication"
    if early == "later":
        return (pub, end), unit, "publication"
    return part_of((start, end), early or None), unit, "publication"


def _ago(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'18 years ago' (from publication), 'two months later' (from the text's date, else
    publication), 'two days before' (see ``_before_or_after``)."""
    direction = g("dir").lower()
    if direction in ("before", "after"):
        return _before_or_after(m, g, text, pub, anchor) if pub is not None else None
    if direction.startswith("from") or direction == "hence":
        return _ago_from_publication(g, pub)
    return _later_in_text(g, anchor) or _ago_from_publication(g, pub)


def _later_in_text(g: Fields, anchor: date | None) -> Resolved | None:
    """'Two months later' after 'January 8': counted from the date the text set."""
    unit = g("unit").lower()
    direction = g("dir").lower()
    if anchor is None or unit == "hour" or direction == "ago":
        return None
    sign = -1 if direction == "earlier" else 1
    return period_of(shift(anchor, sign * count_of(g("n")), unit), unit), unit, "text"


def _ago_from_publication(g: Fields, pub: date | None) -> Resolved | None:
    """'18 years ago': counted from publication; hours ago are its day."""
    if pub is None:
        return None
    unit = g("unit").lower()
    n = count_of(g("n"))
    if unit == "hour":
        return (pub, pub), "day", "publication"
    sign = -1 if g("dir").lower() in ("ago", "earlier") else 1
    if vague_count(g("n")):  # 'a few days ago': two to five days before
        return tuple(sorted((shift(pub, sign * 2, unit), shift(pub, sign * 5, unit)))), SPANS[unit], "publication"
    if g("this"):
        return period_of(shift(pub, sign * n, unit), "month"), "month", "publication"
    far = _count(g("n"), unit, g("upto"))[0]
    if far != n:  # 'a year or two ago': from the one to the other
        near, other = period_of(shift(pub, sign * n, unit), unit), period_of(shift(pub, sign * far, unit), unit)
        return (min(near[0], other[0]), max(near[1], other[1])), SPANS[unit], "publication"
    return period_of(shift(pub, sign * n, unit), unit), unit, "publication"


def _before_or_after(m: re.Match, g: Fields, text: str, pub: date, anchor: date | None) -> Resolved | None:
    """'two days before Tuesday's vote': counted from the date named next; after a comma or at
    the end of a clause, from the date the text set last; before any other phrase ('five days
    before the inauguration'), unknown."""
    unit = g("unit").lower()
    sign = -1 if g("dir").lower() == "before" else 1
    if _CLAUSE_END.match(text, m.end()) and anchor is not None:
        return period_of(shift(anchor, sign * count_of(g("n")), unit), unit), unit, "text"
    rest = text[m.end() : m.end() + 40]
    if _CLAUSE_END.match(rest):
        return None
    following = next(scan(rest), None)
    if following is None or following.start() > 12:
        return None
    name, fields = read(following)
    resolved = RESOLVERS[name](following, fields, rest, pub, None)
    if resolved is None:
        return None
    (start, _end), _granularity, _anchor = resolved
    return period_of(shift(start, sign * count_of(g("n")), unit), "day" if unit == "hour" else unit), unit, "text"


def _following(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the following year' after 'in 2011' (from the text's date, else publication)."""
    unit = g("unit").lower()
    step = _FOLLOWING_STEP[(g("which") or g("which2")).lower()]
    if anchor is not None:
        return period_of(shift(anchor, step, unit), unit), unit, "text"
    if pub is not None:
        return period_of(shift(pub, step, unit), unit), unit, "publication"
    return None


def _count(word: str | None, unit_word: str, upto: str | None = None) -> tuple[int, str]:
    """The count and unit of 'the next two weeks', 'within 48 hours', 'the last day or two' (``upto``: the
    most it may be): hours as whole days, at least one."""
    n, unit = count_of(word or "one"), unit_word.lower()
    if upto and upto.lower() != "so":
        n = max(n, count_of(upto))
    return (max(1, n // 24), "day") if unit == "hour" else (n, unit)


def _past(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'over the past year' (from a year before publication to it), 'in the next two weeks', 'the
    last 3 weeks'; not 'over the past years', which says not how many. 'The next five years' counts
    from publication even in a clause set in the past: the tense of news clauses is no safe guide
    ('demand is projected to rise over the next five years')."""
    n = g("n") or g("n2")
    if pub is None or (n is None and m.group().lower().endswith("s")):
        return None
    count, unit = _count(n, g("unit"), g("upto"))
    if (g("which") or g("which2") or g("which3")).lower() in ("past", "last", "previous"):
        return (shift(pub, -count, unit), pub), unit, "publication"
    return (pub, shift(pub, count, unit)), unit, "publication"


def _within(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'in two weeks' (the period then), 'within 135 days' (a deadline: the day it falls on); not
    'in a century', which says how rare, not when."""
    if pub is None or g("unit").lower() == "century":
        return None
    n, unit = _count(g("n"), g("unit"), g("upto") or g("to"))
    if g("how").lower() == "in" and vague_count(g("n")):  # 'in a few days': two to five days on
        return (shift(pub, 2, unit), shift(pub, 5, unit)), SPANS[unit], "publication"
    end = shift(pub, n, unit)
    if g("to") or (g("how").lower() == "in" and g("upto")):  # 'within 48-72 hours', 'in a day or two': the days between
        return (shift(pub, _count(g("n"), g("unit"))[0], unit), end), SPANS[unit], "publication"
    if g("how").lower() == "in":
        return period_of(end, "day" if unit == "week" else unit), unit, "publication"
    return (end, end), "day", "publication"


RESOLVERS: dict[str, Resolver] = {
    "iso": _iso,
    "numeric": _numeric,
    "end_of": _end_of,
    "quarter": _quarter,
    "season_year": _season_year,
    "day_range": _days,
    "day_month_range": _days,
    "month_day": _days,
    "day_month": _days,
    "weekday_paren": _days,
    "holiday": _holiday,
    "month_year": _month_year,
    "ago": _ago,
    "following": _following,
    "past": _past,
    "within": _within,
    "weekend": _weekend,
    "relative": _relative_to_publication,
    "deictic": _deictic,
    "decade": _decade,
    "year": _year,
    "month": _month_alone,
    **_CALENDAR,
    **_DEICTIC,
    **_SPANS,
    **_WEEKDAYS,
}
