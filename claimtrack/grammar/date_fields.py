"""What every date resolver reads from its match: the month, weekday and count words, the year of a
day written without one, and the shape of what a resolver gives back. The resolvers live in
``date_resolvers`` and the modules it gathers; this module is their common ground."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .date_roles import future_before
from .date_scan import Fields
from .number_words import parse_number
from .periods import MONTHS, WEEKDAYS, Period, nearest_year, year_for_weekday

Resolved = tuple[Period, str, str]  # the period, its granularity, and what it was resolved against
Resolver = Callable[[re.Match, Fields, str, date | None, date | None], Resolved | None]


def month_number(word: str) -> int:
    """1 to 12 for a month's name or abbreviation, any case, with or without its dot."""
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 for a weekday's name or abbreviation, any case, with or without its dot."""
    return WEEKDAYS[word.lower().rstrip(".")]


def count_of(word: str) -> int:
    """The count a word or figure gives ('two', '18', 'a few'); 1 when it gives none."""
    parsed = parse_number(word.replace("a couple of", "two"))
    return int(parsed[0]) if parsed else 1


def vague_count(word: str | None) -> bool:
    """Whether a count of time says not how many ('a few', 'several')."""
    parsed = parse_number(word) if word else None
    return bool(parsed and parsed[1])


# The granularity of a span of several units ('a few weeks ago', 'Mar-Apr', '1980-81').
SPANS = {
    "day": "days",
    "week": "weeks",
    "month": "months",
    "quarter": "months",
    "year": "years",
    "decade": "years",
    "century": "years",
}


def one_day(day: date | None, anchor: str) -> Resolved | None:
    """A single day as a resolved date, or None for no day."""
    return ((day, day), "day", anchor) if day else None


def year_near(
    m: re.Match, text: str, pub: date | None, anchor: date | None, month: int, day: int, weekday: str | None = None
) -> tuple[int | None, str]:
    """The year of a day written without one, and what it was read against: publication, else the
    text's date; the year in which it falls on the weekday named, else the nearest one in the
    tense of its clause."""
    ref = pub or anchor
    if ref is None:
        return None, ""
    year = year_for_weekday(month, day, weekday_number(weekday), ref) if weekday else None
    year = year or nearest_year(month, day, ref, future=future_before(text, m.start(), m.end()))
    return year, "publication" if pub else "text"
