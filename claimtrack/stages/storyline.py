"""The story line of a thread: its level (or its date) over time, robust to one odd report.

Each article that states the thread gives one *report*: of its claims about its own day (not a
past level, a target or a figure its clause dates back), the first that differs from every level
and from every figure an earlier article gave (a reprint of a paragraph with two figures is no
news), else the one that agrees with the level, else the first; a date in a sentence an earlier
article printed word for word is no report (its 'today' is read on the day it was printed again).
Reports are read in publication order against the level:

- a report that says the same, or less precisely the same ('between 500 and 1,000' after 850,
  '$2.2 billion' after '$2.23 billion'), leaves the level as it is: ``unchanged`` (``consistent``
  for a date), unless it leans the way the next report that leaves the level goes ('at least 97'
  after 115, then 99); one that says it more exactly ('115' after 'at least 115') is the level from
  then on, unchanged;
- a report the next report does not bear out (by agreeing with it, or by lying beyond the level
  on its side) is an ``outlier`` if it is an order of magnitude off the level (a misprint of
  25,000 among 2,500s), unless it comes weeks later the way the story was going (a toll of 80,
  then 813 two weeks on), or a month after the one report that set the level, and nothing takes
  it back; it is a ``conflict`` if the story goes back to
  the level within ``conflict_days`` of it, or if another outlet gave the level within
  ``conflict_days`` before it.
  Neither becomes the level;
- otherwise the report is the new level: ``increase``, ``decrease`` or ``revised`` (it narrows or
  overlaps the level) for a count; for a date, ``postponed`` or ``advanced`` when the level was a
  deadline or a date still to come, ``conflict`` when it was a date that had passed (the new date
  becomes the level only if the next report bears it out).

>>> rows = [{"article_id": a, "published": pd.Timestamp(d), "source": s, "kind": "count",
...          "value_low": v, "value_high": v} for a, d, s, v in
...         [("a", "2021-02-01", "A", 2500), ("b", "2021-04-13", "B", 3000), ("c", "2021-04-14", "C", 2500),
...          ("d", "2021-07-01", "D", 650)]]
>>> [(s.before["article_id"], s.after["article_id"], s.flag) for s in story(rows)]
[('a', 'b', 'conflict'), ('a', 'c', 'unchanged'), ('a', 'd', 'decrease')]
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from typing import NamedTuple

import pandas as pd

CONFLICT_DAYS = 3
# words that make a figure a running total, which only grows: 'so far', 'to date', 'since July'
_RUNNING = re.compile(r"\b(?:so far|to date|thus far|in total|in all|cumulative|since)\b", re.I)
OUTLIER_FACTOR = 8.0
OUTLIER_DAYS = 7  # a figure far off the level this much later, the way the story went, may be where it went
STALE_DAYS = 28  # ... and this much after the one report before it, which said no way it went


class Step(NamedTuple):
    """One comparison of a report with the level before it."""

    before: dict  # the claim that set the level
    after: dict  # the report compared with it
    flag: str


def story(claims: list[dict], conflict_days: int = CONFLICT_DAYS) -> list[Step]:
    """The steps of a thread's story line. ``claims`` are the thread's claims about their own day
    (dicts with ``article_id, published, source, kind``, bounds or dates and ``role``), in
    publication order."""
    articles: dict[str, list[dict]] = {}
    for c in claims:
        articles.setdefault(c["article_id"], []).append(c)
    order = list(articles)
    steps: list[Step] = []
    levels = _Levels()  # the levels so far, the current one last
    said = _Levels()  # every value an article read so far gave: a later article repeating one brings no news
    trend = 0  # the way the last change went: +1 up, -1 down
    printed: set[str] = set()  # the sentences earlier articles gave
    for n, article in enumerate(order):
        report = _report(articles[article], levels, said)
        said.add_news(articles[article])
        reprint = report["kind"] == "date" and bool(words := _words(report)) and words in printed
        printed.update(_words(c) for c in articles[article])
        if reprint:
            continue  # a sentence printed again, whose 'today' is read on its new day: no news
        if not levels:
            levels.append(report)
            continue
        level = levels[-1]
        flag = _compare(level, report)
        later = _Later(articles, order, n + 1, levels, said)
        if flag == "vaguer":
            flag = _confirmed(level, report, later)
        if flag in ("unchanged", "consistent"):
            steps.append(Step(level, report, flag))
            if _sharper(report, level):
                levels.append(report)  # '115' after 'at least 115': the same level, said exactly
            continue
        if report["kind"] != "date":
            flag = _odd(level, report, later, trend if steps else None, conflict_days) or flag
            trend = {"increase": 1, "decrease": -1}.get(flag, trend)
        steps.append(Step(level, report, flag))
        if flag not in ("conflict", "outlier") or _borne_out(level, report, later):
            levels.append(report)  # a report that disagrees is the level only once the story bears it out
    return steps


def _words(claim: dict) -> str:
    """A claim's sentence, its spacing made one."""
    return " ".join(str(claim.get("sentence", "")).split())


class _Later:
    """The reports of the articles after one, against the levels as they stand, each read only when a
    flag asks for it (most flags need the next one at most: a thread of 10,000 articles is not read
    10,000 times)."""

    def __init__(self, articles: dict[str, list[dict]], order: list[str], start: int, levels: _Levels, said: _Levels):
        self._articles, self._order, self._start, self._levels, self._said = articles, order, start, levels, said
        self._read: list[dict] = []

    def __iter__(self):
        for i in range(self._start, len(self._order)):
            k = i - self._start
            if k == len(self._read):
                self._read.append(_report(self._articles[self._order[i]], self._levels, self._said))
            yield self._read[k]

    def first(self) -> dict | None:
        """The next article's report, if there is one."""
        return next(iter(self), None)


def _borne_out(level: dict, report: dict, later: _Later) -> bool:
    """Whether a date the level conflicts with is the story's from now on: the next report agrees with
    it and not with the level (the first report got the day wrong: 'Thursday' among 'March 23')."""
    nxt = later.first()
    return report["kind"] == "date" and nxt is not None and _agree(nxt, report) and not _agree(nxt, level)


def _odd(level: dict, report: dict, later: _Later, trend: int | None, conflict_days: int) -> str:
    """'outlier' or 'conflict' for a report the story does not bear out, else ''. The next report
    bears it out if it agrees with it or lies beyond the level on its side; the story goes back if
    the next report agrees with the level instead. A report another outlet gave within
    ``conflict_days`` of the level, that nothing after bears out, is a conflict unless it goes the
    way the story was going ('78 %' searched, then '85 %') or raises a running total ('27,000 cubic
    metres so far', then '30,000'). ``trend`` is None when the level stands on one report alone."""
    nxt = later.first()
    back = nxt is not None and _agree(nxt, level) and not _agree(nxt, report)
    onward = nxt is not None and not back and _onward(level, report, nxt)
    way = 1 if _value(report) > _value(level) else -1
    # weeks on, the way it went (80 dead, then 813), or a month after the one report before it
    grown = _days(level, report) > (OUTLIER_DAYS if way == trend else STALE_DAYS if trend is None else math.inf)
    if not onward and _far(level, report) and (back or not grown):
        return "outlier"
    soon = _days(level, report) <= conflict_days and report["source"] != level["source"]
    update = way > 0 and _RUNNING.search(level.get("sentence", "")) is not None  # a running total grew
    if back and (soon or _days(report, nxt) <= conflict_days):
        return "conflict"
    if soon and not onward and way != trend and not update:
        return "conflict"
    return ""


def _onward(level: dict, report: dict, nxt: dict) -> bool:
    """Whether the next report bears a report out: it agrees with it, or lies beyond the level on its side."""
    if _agree(nxt, report):
        return True
    base = _value(level)
    return (_value(report) - base) * (_value(nxt) - base) > 0


class _Spans:
    """Spans of one kind (numbers, or dates) kept in order, so that whether a span overlaps one of them
    is found by bisection, however many there are."""

    def __init__(self):
        self._lows: list = []  # the spans' starts, in order
        self._highs: list = []  # ... their ends, in the same order
        self._reach: list = []  # the furthest end among the spans up to each one

    def add(self, low, high) -> None:
        i = bisect.bisect_right(self._lows, low)
        self._lows.insert(i, low)
        self._highs.insert(i, high)
        del self._reach[i:]
        for end in self._highs[i:]:
            self._reach.append(max(self._reach[-1], end) if self._reach else end)

    def overlaps(self, low, high) -> bool:
        i = bisect.bisect_right(self._lows, high)
        return i > 0 and self._reach[i - 1] >= low


class _Levels(list):
    """The levels a thread has stood at, the current one last, with their spans kept in order by kind
    (a thread a review merged may hold dates and numbers) for :meth:`restates`."""

    def __init__(self):
        super().__init__()
        self._spans: dict[bool, _Spans] = defaultdict(_Spans)  # by whether they are dates
        self._open = False  # a date level with no period agrees with every date

    def append(self, level: dict) -> None:
        super().append(level)
        low, high = _span(level)
        if low is None:
            self._open = True
            return
        self._spans[level["kind"] == "date"].add(low, high)

    def add_news(self, claims: list[dict]) -> None:
        """Add the values of ``claims`` that restate none here (a date with no period restates nothing)."""
        for c in claims:
            if _span(c)[0] is not None and not self.restates(c):
                self.append(c)

    def restates(self, claim: dict) -> bool:
        """Whether a claim can be the value of one of the levels (see :func:`_agree`)."""
        low, high = _span(claim)
        if low is None or self._open:
            return bool(self)
        spans = self._spans.get(claim["kind"] == "date")
        return spans is not None and spans.overlaps(low, high)


def _span(c: dict) -> tuple:
    """The span :func:`_agree` compares: a date's period, a number's named bounds; (None, None) for a
    date with no period."""
    if c["kind"] == "date":
        return (None, None) if pd.isna(c["date_start"]) else (c["date_start"], c["date_end"])
    return _named_bounds(c)


def _report(claims: list[dict], levels: _Levels, said: _Levels) -> dict:
    """An article's report: the first of its claims that differs from the level, from every earlier
    level and from every value an earlier article gave (news: an article that repeats another's two
    figures reports neither as new), else the one that agrees with the level (a restatement), else the
    first."""
    if not levels:
        return claims[0]
    news = next((c for c in claims if not levels.restates(c) and not said.restates(c)), None)
    return news or next((c for c in claims if _agree(c, levels[-1])), claims[0])


def _compare(level: dict, report: dict) -> str:
    """How a report stands to the level: a flag."""
    if report["kind"] == "date":
        return _compare_dates(level, report)
    a0, a1, b0, b1 = level["value_low"], level["value_high"], report["value_low"], report["value_high"]
    if (a0, a1) == (b0, b1) or (a0 == b0 and (math.isinf(a1) or math.isinf(b1))):
        return "unchanged"  # the same, or a floor and its own value: 'at least 115' and '115'
    if a0 == a1 and b0 == b1 and abs(a0 - b0) <= max(_step(level), _step(report)) / 2:
        return "unchanged"  # one figure told rounder: '$2.23 billion', then '$2.2 billion'
    if b0 <= a0 and a1 <= b1:
        return "vaguer"  # it holds the level: 'at least 97' after 115, 'between 500 and 1,000' after 850
    if math.isinf(a1) and b0 > a0:
        return "increase"  # more than a floor: 'at least 100' then '165 to 185'
    if b0 > a1:
        return "increase"
    if b1 < a0:
        return "decrease"
    return "revised"


def _confirmed(level: dict, report: dict, later: _Later) -> str:
    """A report that holds the level but leans one way ('at least 97' after 115) moves it if the next
    report that leaves the level lies the same way (97, 99 ...); else it only said the level vaguely
    ('at least 150' ships after 165 to 185, then 321), as does any report that holds a level that is
    itself a floor."""
    lean = mid(report["value_low"], report["value_high"]) - mid(level["value_low"], level["value_high"])
    moved = next((r for r in later if not _agree(r, level)), None)
    if not lean or moved is None or math.isinf(level["value_high"]):
        return "unchanged"  # a lower floor after a floor ('over 2,000' after 'more than 2,200') takes nothing back
    went = mid(moved["value_low"], moved["value_high"]) - mid(level["value_low"], level["value_high"])
    if (lean > 0) != (went > 0):
        return "unchanged"
    return "increase" if lean > 0 else "decrease"


def _compare_dates(level: dict, report: dict) -> str:
    if pd.isna(level["date_start"]) or pd.isna(report["date_start"]):
        return "consistent"
    if level["date_start"] <= report["date_end"] and report["date_start"] <= level["date_end"]:
        return "consistent"
    if not _expected(level):
        return "conflict"  # two dates for an event that had taken place
    return "postponed" if report["date_end"] > level["date_end"] else "advanced"


def _expected(claim: dict) -> bool:
    """Whether a date claim set a date still to come: a deadline, or a date not before its article's
    day ('may be refloated on Saturday', in a Saturday paper)."""
    if claim.get("role") in ("deadline", "plan"):
        return True
    return not pd.isna(claim["published"]) and claim["date_start"] >= claim["published"].normalize()


def _agree(a: dict, b: dict) -> bool:
    """Whether two claims can be the same value: their periods overlap, or their bounds do, an open
    bound read as the value it names ('at least 6' is 6, not 600; 'less than 5,000' is 5,000)."""
    if a["kind"] == "date":
        if pd.isna(a["date_start"]) or pd.isna(b["date_start"]):
            return True
        return a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]
    a0, a1 = _named_bounds(a)
    b0, b1 = _named_bounds(b)
    return a0 <= b1 and b0 <= a1


def _sharper(report: dict, level: dict) -> bool:
    """Whether a report says the level more exactly: a narrower span inside it ('115' in 'at least
    115', 'Aug. 8' in 'August')."""
    if report["kind"] == "date":
        lo, hi, a, b = report["date_start"], report["date_end"], level["date_start"], level["date_end"]
        return not any(pd.isna(x) for x in (lo, hi, a, b)) and a <= lo and hi <= b and hi - lo < b - a
    lo, hi, a, b = report["value_low"], report["value_high"], level["value_low"], level["value_high"]
    return a <= lo and hi <= b and hi - lo < b - a


def _step(c: dict) -> float:
    """The step of the last digit a figure is written to: a tenth of a billion for '2.2 billion dlrs',
    one for '2,500'; 0 when its surface gives no digits ('two million')."""
    m = _WRITTEN.search(c.get("surface") or "")
    written = float(m.group(1).replace(",", "")) if m else 0.0
    decimals = len(m.group(2) or "") if m else 0
    return abs(c["value_low"]) / written * 10**-decimals if written else 0.0


_WRITTEN = re.compile(r"(\d[\d,]*(?:\.(\d+))?)")  # a figure's digits: '2.23' of '$2.23 billion'


def _named_bounds(c: dict) -> tuple[float, float]:
    low, high = c["value_low"], c["value_high"]
    if math.isinf(high):
        return low, low
    return (high, high) if low == 0 else (low, high)


def _value(c: dict) -> float:
    return mid(c["value_low"], c["value_high"])


def mid(low: float, high: float) -> float:
    """The value a range stands for: its middle, or its finite bound when the other is open."""
    if math.isinf(high):
        return low
    return high if low == 0 else (low + high) / 2


def _far(level: dict, report: dict) -> bool:
    """Whether a report is an order of magnitude off the level."""
    a, b = mid(level["value_low"], level["value_high"]), mid(report["value_low"], report["value_high"])
    if a <= 0 or b <= 0 or math.isinf(a) or math.isinf(b):
        return False
    return max(a, b) / min(a, b) >= OUTLIER_FACTOR


def _days(a: dict, b: dict) -> int:
    if pd.isna(a["published"]) or pd.isna(b["published"]):
        return 0
    return abs(int((b["published"] - a["published"]).days))
