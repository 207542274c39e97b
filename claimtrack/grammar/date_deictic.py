"""Resolvers of periods named from where the writer stands: 'the week of May 3', 'the rest of the
year', 'year to date', 'on the 21st', 'by year-end'."""

from __future__ import annotations

import re
from datetime import date

from .date_fields import Resolved, month_number, one_day, year_near
from .date_roles import future_before
from .date_scan import Fields
from .periods import nearest_period, period_of, safe_date, shift, week_period, year_period


def week_of(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the week of May 3': Monday to Sunday of the week that holds the day."""
    month, day = month_number(g("month") or g("month2")), int(g("day") or g("day2"))
    year, kind = (int(g("y")), "absolute") if g("y") else year_near(m, text, pub, anchor, month, day)
    first = safe_date(year, month, day) if year else None
    return (week_period(first), "week", kind) if first else None


def rest_of(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'the rest of the year' (publication to the year's end), 'year to date' (its start to publication)."""
    if pub is None:
        return None
    if g("unit"):
        unit = g("unit").lower()
        return (pub, period_of(pub, unit)[1]), unit, "publication"
    unit = g("unit2").lower()
    return (period_of(pub, unit)[0], pub), unit, "publication"


def ordinal_day(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'on the 21st': that day of the month before, of publication's or of the next, nearest
    publication in the tense of its clause."""
    ref = pub or anchor
    if ref is None:
        return None
    months = [shift(ref.replace(day=1), k, "month") for k in (-1, 0, 1)]
    days = [(d, d) for first in months if (d := safe_date(first.year, first.month, int(g("day"))))]
    best = nearest_period(days, ref, future=future_before(text, m.start(), m.end()))
    return one_day(best[0] if best else None, "publication" if pub else "text")


def year_end(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'end-2020' (Dec 31, 2020), 'by year-end' (Dec 31 of the year of publication)."""
    if g("y"):
        return one_day(date(int(g("y")), 12, 31), "absolute")
    return one_day(year_period(pub.year)[1], "publication") if pub else None


RESOLVERS = {
    "week_of": week_of,
    "rest_of": rest_of,
    "ordinal_day": ordinal_day,
    "year_end": year_end,
}
