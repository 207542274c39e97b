"""Resolvers of weekdays: 'Friday', 'last Tuesday', 'the following Monday', 'Tuesday of next week'.

A weekday alone is the nearest one in the tense of its clause; the publication's own weekday in
the future tense ('the court will rule Monday', said on a Monday) is a week on. A forecast or plan
reported in the past ('was expected to pass Wednesday night', 'games scheduled for Wednesday were
held') meant a day near the report, before publication or after it: the nearest such weekday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_fields import Resolved, one_day, weekday_number
from .date_roles import future_before
from .date_scan import Fields
from .periods import shift, week_period, weekday_near

_STEP = {"this": 0, "next": 1, "last": -1, "the following": 1, "the previous": -1}


def weekday(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'Friday', 'last Tuesday', 'next Monday' near publication; 'the following Monday' after the
    text's date; the publication's own weekday a week on where ``_week_on`` says so."""
    wd = weekday_number(g("wd"))
    if g("then"):
        return _weekday_then(wd, g("then").lower(), anchor, pub)
    if pub is None:
        return None
    which = (g("which") or "").lower()
    if which == "last":  # not yesterday, which would be said 'yesterday' or 'on Monday'
        day = weekday_near(wd, pub - timedelta(days=2), future=False)
    elif which in ("next", "coming"):
        day = weekday_near(wd, pub + timedelta(days=1), future=True)
    elif which == "this past":
        day = weekday_near(wd, pub - timedelta(days=1), future=False)
    else:
        day = _plain(wd, text, m.start(), m.end(), pub)
    return (day, day), "day", "publication"


def _plain(wd: int, text: str, s: int, e: int, pub: date) -> date:
    """A weekday named alone: the nearest one in the tense of its clause, the nearest either way for
    a forecast reported in the past, and the publication's own a week on where ``_week_on`` says so."""
    tense = future_before(text, s)
    if _reported(text, s, e, tense):
        return min(weekday_near(wd, pub, future=False), weekday_near(wd, pub, future=True), key=lambda d: abs(d - pub))
    future = tense is not False
    day = weekday_near(wd, pub, future=future)
    return day + timedelta(days=7) if future and day == pub and _week_on(text, s, e) else day


def _weekday_then(wd: int, which: str, anchor: date | None, pub: date | None) -> Resolved | None:
    """'the following Monday' (the first after the text's date), 'the previous Friday' (the last before it)."""
    ref, kind = (anchor, "text") if anchor else (pub, "publication")
    if ref is None:
        return None
    future = which == "following"
    day = weekday_near(wd, ref + timedelta(days=1 if future else -1), future=future)
    return (day, day), "day", kind


def _week_on(text: str, s: int, e: int) -> bool:
    """Whether the publication's own weekday, named at ``text[s:e]``, is a week on: its clause says
    'will' or 'shall' ('the court will rule Monday'), not 'may' or 'would' (news names its own day
    so: 'the ship may be freed on Saturday'), and no word puts it on the day ('later on Monday',
    'Monday evening')."""
    clause = text[max(0, s - 80) : s]
    clause = clause[max(clause.rfind(","), clause.rfind("."), clause.rfind(";")) + 1 :]
    return _WILL.search(clause) is not None and not _SAME_DAY.search(text, max(0, s - 9), e + 12)


def _reported(text: str, s: int, e: int, future: bool | None) -> bool:
    """Whether the weekday at ``text[s:e]`` is that of a forecast or plan reported in the past: a
    past forecast before it in its sentence ('was expected to', 'predicted that'), or a clause that
    looks ahead (``future`` not False) with a past auxiliary near the weekday ('games scheduled
    for Wednesday were held', 'By Monday, it had risen') or a past perfect before it ('had sold out by late Friday')."""
    sentence = max(text.rfind(". ", 0, s), s - 160, 0)
    if _PAST_FORECAST.search(text, sentence, s):
        return True
    after = _CLAUSE_END.search(text, e, e + 60)
    past = _PAST_AUXILIARY.search(text, e, after.start() if after else e + 60) or _PAST_PERFECT.search(
        text, max(sentence, s - 60), s
    )
    return future is not False and past is not None


# A forecast or plan in the past tense: 'was expected', 'were scheduled', 'predicted', 'forecast to'.
_PAST_FORECAST = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:expected|forecast|predicted|projected|scheduled|due|slated|set)"
    r"|predicted|anticipated)\b",
    re.I,
)
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had)\b", re.I)
_PAST_PERFECT = re.compile(r"\bhad\b", re.I)  # before the weekday: 'said it was ready by Friday' may look ahead
_CLAUSE_END = re.compile(r"[.;!?]")
_WILL = re.compile(r"\b(?:will|shall)\b|\w['’]ll\b", re.I)
# Words that put a weekday on the day it is named on: 'later on Monday', 'Monday evening', 'today, Monday'.
_SAME_DAY = re.compile(r"\b(?:later|today|tonight)\b|\b(?:morning|afternoon|evening|night)\b", re.I)


def weekday_week(m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None) -> Resolved | None:
    """'Tuesday of next week' (from publication), 'Monday of the following week' (from the text's date)."""
    which = re.sub(r"\s+", " ", g("which").lower())
    ref, kind = (anchor, "text") if which.startswith("the ") and anchor else (pub, "publication")
    if ref is None:
        return None
    monday = week_period(shift(ref, _STEP[which], "week"))[0]
    return one_day(monday + timedelta(days=weekday_number(g("wd"))), kind)


RESOLVERS = {"weekday": weekday, "weekday_week": weekday_week}
