"""The period a text reports on, and the dates read against it rather than against publication.

Business and economic news reports a figure for a period and compares it with others: 'rose 3.0
pct in January, up from 2.9 pct in December and 2.8 pct a year earlier'. The *subject* is the
last date the text set outside such a comparison and outside a forecast; the *reporting period*
the last such month, quarter, half or year (a day only while the text has set none). Read
against them:

- 'a year earlier', 'a year ago' in a comparison: the subject a year before, not the whole year
  ('2.8 pct a year earlier' after January 1987 is January 1986); right after a date and a
  comparison word, a year before that date ('3.3 pct in 1985 against a year earlier');
- 'for the year', 'the full year', 'during the month': the reporting period's year or month;
- 'the first two quarters', 'the final three months of the year': pieces of its year;
- '<month> last year': that month in the year before publication, or a year before the reporting
  period when that would name it ('3.6 pct in December after 4.04 pct in December last year':
  the December before).

'The two previous quarters' counts back from the date the text set last, as 'the previous quarter'
does (``date_resolvers``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from .date_fields import SPANS, Resolved, count_of, month_number, vague_count
from .date_resolvers import RESOLVERS
from .date_roles import future_before
from .date_scan import Fields
from .date_spans import End
from .periods import Period, month_period, nearest_year, period_of, shift

Subject = tuple[Period, str]  # a period the text set and its granularity


class Setting(NamedTuple):
    """What the text has set before a date: its subject, its reporting period, its last date and
    whether that date was named as a comparison."""

    subject: Subject | None = None
    reporting: Subject | None = None
    last: End | None = None
    last_compared: bool = False

    def after(self, text: str, this: End) -> Setting:
        """The setting after the date ``this``: the period it lies in as subject and reporting
        period when it is no comparison nor forecast ('would rise 2.8 pct in 1987')."""
        subject = _whole(this.period, this.granularity)
        if self.compares(text, this.start):
            return self._replace(last=this, last_compared=True)
        if subject is None or future_before(text, this.start):
            return self._replace(last=this, last_compared=False)
        day = subject[1] in _DAYS and (self.reporting is None or self.reporting[1] in _DAYS)
        return Setting(subject, subject if subject[1] in _REPORTING or day else self.reporting, this, False)

    def compares(self, text: str, s: int) -> bool:
        """Whether the date at ``s`` is named as a comparison: a comparison word before it in its
        sentence and after the date before it there ('rose in January, up from 2.9 pct in
        December'), or a few words after a date named so ('in December and 2.8 pct a year earlier')."""
        start = max(0, s - _REACH)
        for end in _SENTENCE_END.finditer(text, start, s):
            start = end.end()
        if self.last is not None and self.last.end > start:
            if self.last_compared and _LIST.fullmatch(text, self.last.end, s):
                return True
            start = self.last.end
        return _COMPARED.search(text, start, s) is not None


class TextDates:
    """The dates a text has set so far, read into their :class:`Setting` only when a date asks for
    it: few do, and reading the setting of every date would cost a tenth of the date scan."""

    __slots__ = ("_ends", "_read", "_setting")

    def __init__(self) -> None:
        self._ends: list[End] = []
        self._read = 0
        self._setting = Setting()

    def add(self, end: End) -> None:
        """Record the next date of the text."""
        self._ends.append(end)

    def setting(self, text: str) -> Setting:
        """The setting after the dates recorded so far."""
        for end in self._ends[self._read :]:
            self._setting = self._setting.after(text, end)
        self._read = len(self._ends)
        return self._setting


SubjectResolver = Callable[[re.Match, Fields, str, date | None, date | None, Subject | None], Resolved | None]

# The granularities of a period figures are reported for (a day is one only while no other is set).
_REPORTING = frozenset(("month", "months", "quarter", "half", "year"))
_DAYS = frozenset(("day", "days"))
# Words that make the dates after them in a sentence a comparison ('up from ... in December',
# 'against', 'compared with', 'after rising ... in November', 'below the rate predicted for 1986'),
# not the period reported on.
_COMPARED = re.compile(
    r"\b(?:from|against|compared?|compares|comparison|versus|vs|than|since|after|above|below)\b", re.I
)
# Where a sentence ends: a stop before a capital or a quote, or a paragraph break.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n\s*\n")
_REACH = 300  # how far back a sentence is looked for
# What stays in one comparison after a date: a few words, figures and commas (' and 12.3 pct ',
# ', 2.9 pct in ', ' quarter and a 1.3 pct fall ', ' in ' of 'predicted for 1986 in February's budget').
_LIST = re.compile(r"(?:[^.;]|\.(?=\d)){0,40}")
# A comparison word right after a date, before 'a year earlier': 'in 1985 against', 'January index compared with'.
_AGAINST = re.compile(r"\s*(?:\w+\s+)?(?:against|compared\s+(?:with|to)|from|over)\s+", re.I)
# The size of a unit and of a granularity, to tell whether a shift by one keeps the other whole.
_SIZE = {"day": 0, "days": 0, "week": 1, "month": 2, "months": 2, "quarter": 3, "half": 4, "year": 5}
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def _whole(period: Period, granularity: str) -> Subject | None:
    """The whole day, month, quarter or year ``period`` lies in ('mid-February': February), or the
    run of days in a month, of whole months or the half it is; None for a period over several
    ('the past year')."""
    start, end = period
    if granularity in ("day", "month", "quarter", "year"):
        whole = period_of(start, granularity)
        return (whole, granularity) if end <= whole[1] else None
    if granularity == "days":
        return (period, granularity) if (start.year, start.month) == (end.year, end.month) else None
    months = start.day == 1 and end == month_period(end.year, end.month)[1]
    return (period, granularity) if months and granularity in ("months", "half") else None


def resolve(
    name: str, m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None, dates: TextDates
) -> Resolved | None:
    """The period of a scan's match: against the reporting period for the patterns that read it and
    against the subject for a comparison 'a year earlier'; else by the pattern's resolver in
    ``date_resolvers``."""
    if name in SUBJECT_RESOLVERS:
        return SUBJECT_RESOLVERS[name](m, g, text, pub, anchor, dates.setting(text).reporting)
    if name == "ago" and g("dir").lower() in ("earlier", "ago") and count_of(g("n")) == 1:
        setting = dates.setting(text)
        if setting.compares(text, m.start()):
            last = setting.last
            just_before = last is not None and _AGAINST.fullmatch(text, last.end, m.start())
            base = (last.period, last.granularity) if just_before else setting.subject
            same = _same_period_before(g, pub, base) if base else None
            if same is not None:
                return same
    return RESOLVERS[name](m, g, text, pub, anchor)


def _same_period_before(g: Fields, pub: date | None, subject: Subject) -> Resolved | None:
    """'2.8 pct a year earlier' after January: the subject's period moved back one unit (``resolve``
    asks only for one: the idiom of comparisons; 'more than 18 years ago' tells a story), when the
    unit is no smaller than the subject's ('a month earlier' than a quarter is no quarter) and, for
    'ago', which counts from publication, the subject is no older than a year nor after publication."""
    unit, direction = g("unit").lower(), g("dir").lower()
    (start, end), granularity = subject
    if unit not in ("month", "quarter", "year"):
        return None
    if _SIZE[unit] < _SIZE.get(granularity, 9):
        return None
    if direction == "ago" and (pub is None or not shift(pub, -1, "year") <= start <= pub):
        return None
    return _moved((start, end), -1, unit), granularity, "text"


def _moved(period: Period, n: int, unit: str) -> Period:
    """A period moved by ``n`` units; a run of whole months stays whole (April 30 less a month is March 31)."""
    start, end = period
    last = shift(end, n, unit)
    if start.day == 1 and end == month_period(end.year, end.month)[1]:
        last = month_period(last.year, last.month)[1]
    return shift(start, n, unit), last


def text_period(
    m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None, subject: Subject | None
) -> Resolved | None:
    """'for the year', 'the full year', 'during the month': the subject's, else publication's."""
    unit = g("unit")
    if subject is not None:
        return period_of(subject[0][0], unit), unit, "text"
    return (period_of(pub, unit), unit, "publication") if pub else None


def first_pieces(
    m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None, subject: Subject | None
) -> Resolved | None:
    """'the first two quarters', 'the final three months of the year': months of the subject's year
    (publication's for 'of this year', or with no subject)."""
    count = g("n") or g("n2")
    months = count_of(count) * (3 if (g("unit") or g("unit2")).lower() == "quarter" else 1)
    if vague_count(count) or not 0 < months < 12 or pub is None and subject is None:
        return None
    this = (g("this") or "").lower() == "this" or subject is None
    year, kind = (pub.year, "publication") if this and pub else (subject[0][0].year, "text")
    if (g("first") or g("which")).lower() == "first":
        period = date(year, 1, 1), month_period(year, months)[1]
    else:
        period = date(year, 13 - months, 1), date(year, 12, 31)
    return period, {3: "quarter", 6: "half"}.get(months, "months"), kind


def month_last(
    m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None, subject: Subject | None
) -> Resolved | None:
    """'March of last year' (that month in the year before publication; a year before the subject
    when it is that very month), 'January a year ago' (the last January, a year back)."""
    if pub is None:
        return None
    month = month_number(g("month"))
    if g("which"):
        year = pub.year + _YEAR_STEP[g("which").lower()]
        if subject is not None and subject[0] == month_period(year, month) and g("which").lower() == "last":
            year -= 1
    else:
        last = nearest_year(month, None, pub, future=False)
        year = last - count_of(g("n")) if last else None
    return (month_period(year, month), "month", "publication") if year else None


def previous(
    m: re.Match, g: Fields, text: str, pub: date | None, anchor: date | None, subject: Subject | None
) -> Resolved | None:
    """'the two previous quarters', 'the previous three months': the whole units before the one
    holding the date the text set last, else before publication's."""
    count, unit = g("n") or g("n2"), g("unit").lower()
    ref, kind = (anchor, "text") if anchor else (pub, "publication")
    if ref is None or vague_count(count):
        return None
    first = period_of(shift(ref, -count_of(count), unit), unit)[0]
    return (first, period_of(ref, unit)[0] - timedelta(days=1)), SPANS[unit], kind


SUBJECT_RESOLVERS: dict[str, SubjectResolver] = {
    "text_period": text_period,
    "first_pieces": first_pieces,
    "month_last": month_last,
    "previous": previous,
}
