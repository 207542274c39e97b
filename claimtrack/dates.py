"""The date grammar: absolute, partial and relative dates, periods and deadlines.

``find_dates(text, published)`` returns :class:`DateMatch` records in text order. Relative dates
resolve against the date the text itself has just set ("two months later" after "January 8"),
else against ``published`` ("18 years ago"); ``anchor`` records which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import parse_number
from .periods import (
    MONTHS,
    WEEKDAYS,
    Period,
    month_period,
    nearest_year,
    period_of,
    shift,
    week_period,
    weekday_near,
    year_period,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression: span, resolved inclusive period, granularity, anchor and role."""

    start: int
    end: int
    date_start: date | None
    date_end: date | None
    granularity: str
    anchor: str
    role: str


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thurs?\.|Fri\.|Sat\.|Sun\.)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|a few|several)"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("numeric", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>{_YEAR}|\d\d)\b"),
    ("end_of", rf"(?i:(?:(?P<early>early|late|mid)[- ])?\b(?:the\s+)?(?P<part>end|beginning|start|middle|first half|second half|first quarter|second quarter|third quarter|fourth quarter)\s+of\s+(?:(?P<this>the|this|next|last)\s+(?P<punit>year|month|week|decade)|(?P<month>{_MONTH})(?:\s+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})))"),
    ("month_day", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<month>{_MONTH})\s+{_DAY}\b(?:,?\s+(?P<y>{_YEAR}))?"),
    ("day_month", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
    ("weekday_paren", rf"\b(?P<wd>{_WEEKDAY})\s*\((?:(?P<month>{_MONTH})\s+{_DAY}|(?P<day2>[0-3]?\d)\s+(?P<month2>{_MONTH}))\)"),
    ("month_year", rf"(?:\b(?P<early>early|late|mid)[- ])?\b(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"),
    ("ago", rf"(?i:\b(?P<n>{_NUM})\s+{_UNIT}\s+(?P<dir>ago|earlier|later|before|after(?:wards)?)\b)"),
    ("following", rf"(?i:\b(?:the\s+)?(?P<which>following|next|previous|preceding|same)\s+(?P<unit>day|week|month|year)\b)"),
    ("past", rf"(?i:\b(?:over|in|during|for|within)\s+the\s+(?P<which>past|last|previous|next|coming)\s+(?:(?P<n>{_NUM})\s+)?{_UNIT})"),
    ("within", rf"(?i:\bwithin\s+(?P<n>{_NUM})\s+{_UNIT})"),
    ("relative", rf"(?i:(?:\b(?P<early>early|late|mid|earlier|later)[- ])?\b(?P<which>this|last|next|past|coming)\s+(?P<unit>weekend|week|month|year|spring|summer|autumn|fall|winter)\b)"),
    ("deictic", r"(?i:\b(?P<word>yesterday|today|tomorrow|tonight)\b)"),
    ("decade", rf"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)s\b"),
    ("year", rf"(?:\b(?P<early>early|late|mid)[- ])?(?<![\d,.$£€])\b(?P<y>{_YEAR})\b(?![,.]\d|\s*(?:%|percent|per cent))"),
    ("weekday", rf"\b(?P<wd>{_WEEKDAY})"),
    ("month", rf"\b(?P<month>{_MONTH})(?![\w.])"),
]
_STARTS = frozenset(list(MONTHS) + list(WEEKDAYS) + [
    "early", "late", "mid", "end", "beginning", "start", "middle", "first", "second", "third", "fourth", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "few", "several",
    "following", "next", "previous", "preceding", "same", "within", "earlier", "later", "this", "last", "past", "coming",
    "yesterday", "today", "tomorrow", "tonight",
])
_COMMON_WORDS = frozenset("the over in during for a an".split())
_COMMON_STARTS = re.compile(
    r"the\s+(?:following|next|previous|preceding|same|end|beginning|start|middle|first|second|third|fourth|past|last|coming|\d)"
    r"|(?:over|in|during|for)\s+the\s|an?\s+(?:few\s+)?(?:day|week|month|year|decade)",
    re.I,
)
_WORD = re.compile(r"\w+")
_SCANNER = re.compile("|".join(f"(?P<_{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in _PATTERNS))


def _scan(text: str):
    """Matches of ``_SCANNER``, as ``finditer`` would give them, tried only where a pattern can
    start (a digit, or a word of ``_STARTS``): several times faster than scanning every position."""
    last = 0
    for word in _WORD.finditer(text):
        at = word.start()
        if at < last:
            continue
        w = word.group()
        lw = w.lower()
        if w[0].isdigit() or lw in _STARTS or (lw in _COMMON_WORDS and _COMMON_STARTS.match(text, at)):
            m = _SCANNER.match(text, at)
            if m:
                last = m.end()
                yield m


_NAMES = [name for name, _ in _PATTERNS]

_FUTURE = re.compile(
    r"\b(?:will|shall|to be|is to|are to|set to|due|scheduled|slated|expected to|plans? to|planned|"
    r"would|going to|next|upcoming|deadline|until|by)\b[^,;.]*$",
    re.I,
)
_DEADLINE = re.compile(r"\b(?:by|no later than|not later than|before|until|till|through|deadline(?: of)?)\s+$", re.I)
_DEADLINE_AFTER = re.compile(r"\s+(?:as\s+(?:the|a|its|their)\s+)?(?:deadline|cut-?off|target date)\b", re.I)
_MAY_CONTEXT = re.compile(r"\b(?:in|since|until|by|of|early|late|mid|last|next|this|from|till|through|during|between|and|or|before|after)\s+$", re.I)
_COUNT_AFTER = re.compile(r"\s+(?:people|persons|troops|soldiers|members|residents|votes|tonnes|tons|dlrs|dollars|barrels|shares|units|cases)\b", re.I)
_QUALIFIER_BEFORE = re.compile(r"\b(?:some|nearly|almost|more than|at least|up to|than|No\.?)\s+$", re.I)


def _group(m: re.Match, name: str, key: str) -> str | None:
    return m.group(f"{name}_{key}") if f"{name}_{key}" in m.re.groupindex else None


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """Every date expression in ``text``, resolved against ``published`` or the text's own dates.

    >>> d = find_dates("Iran on January 8 launched missiles. Two months later, jets struck.", date(2020, 7, 8))
    >>> [(text[m.start:m.end], str(m.date_start), str(m.date_end), m.anchor) for text in ["Iran on January 8 launched missiles. Two months later, jets struck."] for m in d]
    [('January 8', '2020-01-08', '2020-01-08', 'publication'), ('Two months later', '2020-03-01', '2020-03-31', 'text')]
    """
    out: list[DateMatch] = []
    text_anchor: date | None = None
    for m in _scan(text):
        name = next(n for n in _NAMES if m.group(f"_{n}") is not None)
        s, e = m.span()
        if not _accept(name, m, text):
            continue
        resolved = _resolve(name, m, text, published, text_anchor)
        if resolved is None:
            continue
        (start, end), granularity, anchor = resolved
        role = _role(text, s, e, start, published)
        by = _DEADLINE.search(text, max(0, s - 20), s) if role == "deadline" else None
        s = by.start() if by else s
        out.append(DateMatch(s, e, start, end, granularity, anchor, role))
        if anchor != "publication-relative":
            text_anchor = start
    return out


def _accept(name: str, m: re.Match, text: str) -> bool:
    s, e = m.span()
    before = text[max(0, s - 20) : s]
    if name == "month":
        word = m.group()
        if word in ("May", "March") and not _MAY_CONTEXT.search(before) and not re.match(r"\s+\d", text[e : e + 3]):
            return False
        if word.endswith(".") or len(word) <= 4 and word not in ("May", "June", "July"):
            return bool(re.match(r"\s+\d", text[e : e + 3]))
    if name == "year":
        if _COUNT_AFTER.match(text, e) or _QUALIFIER_BEFORE.search(before):
            return False
        if re.search(r"[A-Za-z]-$|[A-Za-z]$|\b(?:No|Section|Article|Resolution|Flight|Route)\.?\s+$", before):
            return False
    return True


def _future_before(text: str, s: int, e: int | None = None) -> bool | None:
    """True when the clause before ``s`` looks ahead ('will', 'to be', 'by'); None (either way)
    for a date named as a deadline ('the January 15 deadline'); else False."""
    clause_start = max(text.rfind(c, 0, s) for c in ",;.\n")
    if _FUTURE.search(text[clause_start + 1 : s]):
        return True
    return None if e is not None and _DEADLINE_AFTER.match(text, e) else False


def _number(word: str) -> int:
    parsed = parse_number(word)
    return int(parsed[0]) if parsed else 1


def _resolve(name, m, text, published, text_anchor):  # noqa: C901 - one branch per pattern
    g = lambda key: _group(m, name, key)  # noqa: E731
    s = m.start()
    pub = published
    if name == "iso":
        day = _safe_date(int(g("y")), int(g("m")), int(g("d")))
        return ((day, day), "day", "absolute") if day else None
    if name == "numeric":
        day = _numeric_date(g("a"), g("b"), g("y"), g("wd"), pub)
        return ((day, day), "day", "absolute") if day else None
    if name in ("month_day", "day_month", "weekday_paren"):
        month = MONTHS[(g("month") or g("month2")).lower().rstrip(".")]
        day_no = int(g("day") or g("day2"))
        if g("y"):
            day = _safe_date(int(g("y")), month, day_no)
            return ((day, day), "day", "absolute") if day else None
        ref = pub or text_anchor
        if ref is None:
            return None
        year = nearest_year(month, day_no, ref, future=_future_before(text, s, m.end()))
        if year is None:
            return None
        day = date(year, month, day_no)
        return (day, day), "day", "publication" if pub else "text"
    if name == "month_year":
        period = month_period(int(g("y")), MONTHS[g("month").lower().rstrip(".")])
        return _part(period, g("early")), "month", "absolute"
    if name == "month":
        if pub is None:
            return None
        month = MONTHS[g("month").lower().rstrip(".")]
        year = nearest_year(month, None, pub, future=_future_before(text, s, m.end()))
        return (month_period(year, month), "month", "publication") if year else None
    if name == "year":
        return _part(year_period(int(g("y"))), g("early")), "year", "absolute"
    if name == "decade":
        start = int(g("y"))
        return (date(start, 1, 1), date(start + 9, 12, 31)), "decade", "absolute"
    if name == "end_of":
        return _end_of(g, pub)
    if name == "weekday":
        if pub is None:
            return None
        day = weekday_near(WEEKDAYS[g("wd").lower().rstrip(".")], pub, future=_future_before(text, s))
        return (day, day), "day", "publication"
    if name == "deictic":
        if pub is None:
            return None
        day = pub + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g("word").lower(), 0))
        return (day, day), "day", "publication"
    if name == "relative":
        return _relative(g, pub)
    if name == "ago":
        n, unit, direction = _number(g("n")), g("unit").lower(), g("dir").lower()
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        ref, anchor = (pub, "publication") if direction == "ago" or text_anchor is None else (text_anchor, "text")
        if ref is None:
            return None
        return period_of(shift(ref, sign * n, unit), unit), unit, anchor
    if name == "following":
        ref, anchor = (text_anchor, "text") if text_anchor else (pub, "publication")
        if ref is None:
            return None
        unit = g("unit").lower()
        step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[g("which").lower()]
        return period_of(shift(ref, step, unit), unit), unit, anchor
    if name in ("past", "within"):
        if pub is None:
            return None
        if g("n") is None and m.group().lower().endswith("s"):
            return None
        n, unit = _number(g("n") or "one"), g("unit").lower()
        which = (g("which") or "next").lower()
        if which in ("past", "last", "previous"):
            return (shift(pub, -n, unit), pub), unit, "publication"
        return (pub, shift(pub, n, unit)), unit, "publication"
    return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _numeric_date(a: str, b: str, y: str, weekday: str | None, pub: date | None) -> date | None:
    """dd/mm or mm/dd: a weekday settles it, else the reading that exists, else the one nearer ``pub``."""
    year = int(y) + (2000 if len(y) == 2 else 0)
    options = [d for d in (_safe_date(year, int(b), int(a)), _safe_date(year, int(a), int(b))) if d]
    if weekday:
        wd = WEEKDAYS[weekday.lower().rstrip(".")]
        options = [d for d in options if d.weekday() == wd] or options
    if not options:
        return None
    if pub is not None:
        return min(options, key=lambda d: (abs((d - pub).days), d))
    return options[0]


def _part(period: Period, early: str | None) -> Period:
    """The early, mid or late third of a period."""
    if not early:
        return period
    start, end = period
    third = (end - start) // 3
    early = early.lower()
    if early in ("early", "earlier"):
        return start, start + third
    if early == "mid":
        return start + third, end - third
    return end - third, end


def _end_of(g, pub):
    part = g("part").lower()
    if g("punit"):
        if pub is None:
            return None
        unit = g("punit").lower()
        step = {"the": 0, "this": 0, "next": 1, "last": -1}[g("this").lower()]
        start, end = period_of(shift(pub, step, unit), unit)
        granularity, anchor = unit, "publication"
    elif g("month"):
        month = MONTHS[g("month").lower().rstrip(".")]
        year = int(g("y")) if g("y") else (nearest_year(month, None, pub, future=True) if pub else None)
        if year is None:
            return None
        start, end = month_period(year, month)
        granularity, anchor = "month", "absolute" if g("y") else "publication"
    else:
        start, end = year_period(int(g("y2")))
        granularity, anchor = "year", "absolute"
    if part == "end":
        return (end, end), "day", anchor
    if part in ("beginning", "start"):
        return (start, start), "day", anchor
    halves = {"first half": (0, 2), "second half": (1, 2), "middle": (1, 3)}
    quarters = {f"{w} quarter": (i, 4) for i, w in enumerate(("first", "second", "third", "fourth"))}
    k, n = {**halves, **quarters}[part]
    span = (end - start + timedelta(days=1)) / n
    return (start + span * k, start + span * (k + 1) - timedelta(days=1)), granularity, anchor


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _relative(g, pub):
    if pub is None:
        return None
    unit, which = g("unit").lower(), g("which").lower()
    step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[which]
    if unit == "weekend":
        saturday = weekday_near(5, pub + timedelta(days=7 * step + (1 if step == 0 and pub.weekday() == 6 else 0)), future=False)
        saturday = saturday if step != 0 or pub.weekday() != 6 else pub - timedelta(days=1)
        if step == 0 and pub.weekday() < 5:
            saturday = pub + timedelta(days=5 - pub.weekday())
        return (saturday, saturday + timedelta(days=1)), "weekend", "publication"
    if unit in _SEASONS:
        first, last = _SEASONS[unit]
        year = pub.year + step
        start = date(year, first, 1)
        end = month_period(year + (last < first), last)[1]
        return (start, end), "season", "publication"
    start, end = period_of(shift(pub, step, unit), unit)
    early = (g("early") or "").lower()
    if early == "earlier":
        return (start, pub), unit, "publication"
    if early == "later":
        return (pub, end), unit, "publication"
    return _part((start, end), early or None), unit, "publication"


def _role(text: str, s: int, e: int, start: date | None, pub: date | None) -> str:
    if _DEADLINE.search(text[max(0, s - 20) : s]) or _DEADLINE_AFTER.match(text, e):
        return "deadline"
    if pub is not None and start is not None and start > pub:
        return "plan"
    return "event"


__all__ = ["DateMatch", "find_dates", "week_period"]
