"""The date grammar: absolute, partial and relative dates, periods and deadlines.

``find_dates(text, published)`` returns :class:`DateMatch` records in text order. Relative dates
resolve against the date the text itself has just set ("two months later" after "January 8"),
else against ``published`` ("18 years ago"); ``anchor`` records which.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from .numbers import parse_number
from .periods import (
    MONTHS,
    SEASONS,
    WEEKDAYS,
    fraction_of_year,
    month_period,
    nearest_year,
    part_of,
    period_of,
    season,
    season_near,
    shift,
    week_period,
    weekday_near,
    weekend_near,
    year_period,
)
from .text import folded
from .trie import trie


class DateMatch(NamedTuple):
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
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thurs?\.|Fri\.|Sat\.|Sun\.)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = (
    r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+|(?<![\d,.])\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a few|several|a couple of)"
)
_UNIT = r"(?P<unit>day|week|month|year|decade|hour)s?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PARTS = (
    r"end|beginning|start|middle|first half|second half|first quarter|second quarter|third quarter|fourth quarter"
    r"|first six months|last six months"
)

_PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    (
        "numeric",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>{_YEAR}|\d\d)\b(?![.,]?\d)",
    ),
    (
        "end_of",
        rf"(?i:(?:(?P<early>early|late|mid)[- ])?\b(?:the\s+)?(?P<part>{_PARTS})\s+of\s+"
        rf"(?:(?P<this>the|this|next|last)\s+(?P<punit>year|month|week|decade)"
        rf"|(?P<month>{_MONTH})(?:\s+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})))",
    ),
    ("quarter", rf"\bQ(?P<q>[1-4])\s+(?P<y>{_YEAR})\b"),
    ("season_year", rf"(?i:\b(?:the\s+)?(?P<season>{_SEASON})(?:\s+of)?\s+(?P<y>{_YEAR})\b)"),
    ("day_range", rf"\b(?P<month>{_MONTH})\s+(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)\b(?:,?\s+(?P<y>{_YEAR}))?"),
    ("month_day", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<month>{_MONTH})\s+{_DAY}\b(?!:)(?:,?\s+(?P<y>{_YEAR}))?"),
    (
        "day_month",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "weekday_paren",
        rf"\b(?P<wd>{_WEEKDAY})\s*\((?:(?P<month>{_MONTH})\s+{_DAY}|(?P<day2>[0-3]?\d)\s+(?P<month2>{_MONTH}))\)",
    ),
    ("month_year", rf"(?:\b(?P<early>(?i:early|late|mid))[- ])?\b(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"),
    (
        "ago",
        rf"(?i:\b(?P<n>{_NUM})\s+{_UNIT}\s+(?P<dir>ago|earlier|later|before|after(?:wards)?)\b"
        rf"(?P<this>\s+this\s+month)?)",
    ),
    (
        "following",
        r"(?i:\b(?:the\s+(?P<which>following|next|previous|preceding|same)|(?P<which2>following|previous|preceding))\s+(?P<unit>day|week|month|year)\b)",
    ),
    (
        "past",
        rf"(?i:\b(?:over|in|during|for|within)\s+the\s+(?P<which>past|last|previous|next|coming)\s+(?:(?P<n>{_NUM})\s+)?{_UNIT})",
    ),
    ("within", rf"(?i:\b(?P<how>within|in)\s+(?P<n>{_NUM})\s+{_UNIT}(?!\s+(?:of|ago)))"),
    ("weekend", r"(?i:\b(?:(?P<which>this|last|next|this past|over the|on the)\s+)weekend\b)"),
    (
        "relative",
        rf"(?i:(?:\b(?P<early>early|late|mid|earlier|later)[- ])?\b(?P<which>this|last|next|past|coming)"
        rf"\s+(?P<unit>week|month|year|{_SEASON})\b)",
    ),
    ("deictic", r"(?i:\b(?P<word>yesterday|today|tomorrow|tonight|last night)\b)"),
    ("decade", r"\b(?:the\s+)?(?P<y>(?:1[5-9]|20)\d0)s\b"),
    (
        "year",
        rf"(?:\b(?P<early>(?i:early|late|mid))[- ])?(?<![\d,.$£€])\b(?P<y>{_YEAR}|1[5-7]\d\d)\b"
        r"(?![,.]\d|\s*(?:%|percent|per cent))",
    ),
    ("weekday", rf"(?:\b(?P<which>(?i:last|next|this|coming))\s+)?\b(?P<wd>{_WEEKDAY})"),
    ("month", rf"(?:\b(?P<which>(?i:last|next|this|early|late|mid|earlier|later))[- ]+)?\b(?P<month>{_MONTH})(?!\w)"),
]
_STARTS = frozenset(
    list(MONTHS)
    + list(WEEKDAYS)
    + list(SEASONS)
    + [
        "early",
        "late",
        "mid",
        "end",
        "beginning",
        "start",
        "middle",
        "first",
        "second",
        "third",
        "fourth",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "few",
        "several",
        "following",
        "next",
        "previous",
        "preceding",
        "same",
        "within",
        "earlier",
        "later",
        "this",
        "last",
        "past",
        "coming",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "q1",
        "q2",
        "q3",
        "q4",
        "couple",
    ]
)
_COMMON_STARTS = re.compile(
    r"the\s+(?:following|next|previous|preceding|same|end|beginning|start|middle|first|second|third|fourth|last|past|"
    r"coming|spring|summer|autumn|fall|winter|\d)|(?:over|in|during|for)\s+the\s|in\s+\w+\s+(?:day|week|month|year|hour)"
    r"|an?\s+(?:few\s+|couple\s+of\s+)?(?:day|week|month|year|decade|hour)|(?:over|on)\s+the\s+weekend",
    re.I,
)
# A digit starts a date only as a year ('1986'), a day before a separator or a month ('26/7',
# '26 July') or a count of days to years ('18 years ago'): most digits in news are not tried.
_DATE_DIGIT = (
    r"(?=[12]\d{3}|[0-3]?\d(?:[/.]|(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|[\d,]+\s+(?:day|week|month|year|decade|hour))"
)
_CANDIDATE = re.compile(  # run on folded text: lower case, no re.I
    rf"\b(?:{_DATE_DIGIT}|{trie(_STARTS)}\b|(?=(?:the|over|in|during|for|an?|on)\b)(?=(?:{_COMMON_STARTS.pattern})))"
)
_DIGIT_LED = frozenset(["iso", "numeric", "day_month", "ago", "decade", "year"])  # those that can begin at a digit


def _scanner(names) -> re.Pattern:
    """One alternation of the named patterns, in ``_PATTERNS`` order, each in a group ``_<name>``
    and its own groups renamed ``<name>_<group>``."""
    return re.compile(
        "|".join(
            f"(?P<_{n}>{p.replace('(?P<', f'(?P<{n}_').replace('(?P=', f'(?P={n}_')})"
            for n, p in _PATTERNS
            if n in names
        )
    )


_AT_DIGIT = _scanner(_DIGIT_LED)
_AT_WORD = _scanner({n for n, _ in _PATTERNS} - {"iso"})

_FUTURE = re.compile(  # on folded text
    r"\b(?:will|shall|to be|is to|are to|set to|due to|scheduled|slated|expected|plans? to|planned|"
    r"would|going to|upcoming|opens?|begins?|starts?)\b"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$|that\b|then\b)")
_TOWARD = re.compile(r"\b(?:to|until|till|through|by)\s+$", re.I)
_DEADLINE = re.compile(r"\b(?:by|no later than|not later than|until|till|deadline(?: of| is| was| for)?)\s+$", re.I)
_BY = re.compile(
    r"\b(?:by|no later than|not later than|until|till|through|before|deadline(?: of| is| was| for)?)\s+$", re.I
)
_DEADLINE_AFTER = re.compile(r"\s+(?:as\s+(?:the|a|its|their)\s+)?(?:deadline|cut-?off|target date)\b", re.I)
_DATE_CONTEXT = re.compile(
    r"\b(?:in|on|since|until|by|of|early|late|mid|last|next|this|from|till|through|during|between|and|or|before|after|"
    r"to|each|every|that|for)\s+$",
    re.I,
)
_COUNT_AFTER = re.compile(
    r"\s*(?:people|persons|troops|soldiers|members|residents|votes|tonnes|tons|dlrs|dollars|barrels|shares|units|"
    r"cases|GMT|UTC|BST|EST|EDT|hrs|hours|local time|[ap]\.?m\.?)\b",
    re.I,
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|of|since|from|until|by|year|around|circa|c\.|before|after|between|and|to)\s+$", re.I
)
_NOT_YEAR_BEFORE = re.compile(
    r"[A-Za-z]-?\Z|\b(?i:no|nos|section|article|resolution|flight|route|room|suite|number|model|"
    r"version|code|page|rule|paragraph|amendment|bill|proposition|measure|question|item|apt|apartment|unit|box)\.?\s*\Z"
)
_QUALIFIER_BEFORE = re.compile(r"\b(?:some|nearly|almost|more than|at least|up to|than)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|the|in|on|at)\b)[A-Z][a-z]")
_NAME_BEFORE = re.compile(r"\b(?:Good|Black|Super|Bloody|Holy|Easter|Ash|Cyber|Palm|Maundy|Boxing)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*|\n)$")
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_YEAR_NAME_OK = frozenset(
    """In On Since By From Until Till Before After During Through Early Late Mid Spring Summer Autumn Fall Winter Of
    And Or To Between The Since Year Circa""".split()
) | {m.capitalize() for m in MONTHS}


def _group(m: re.Match, name: str, key: str) -> str | None:
    return m.group(f"{name}_{key}") if f"{name}_{key}" in m.re.groupindex else None


def _scan(text: str):
    """Matches of the date patterns, as ``finditer`` over their alternation would give them, tried
    only where a pattern can start (a digit, or a word of ``_STARTS``), and at a digit only those
    that can begin with one: several times faster than scanning every position."""
    last = 0
    for start in _CANDIDATE.finditer(folded(text)):
        at = start.start()
        if at >= last:
            m = (_AT_DIGIT if text[at].isdecimal() else _AT_WORD).match(text, at)
            if m:
                last = m.end()
                yield m


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """Every date expression in ``text``, resolved against ``published`` or the text's own dates.

    >>> text = "Iran on January 8 launched missiles. Two months later, jets struck."
    >>> found = find_dates(text, date(2020, 7, 8))
    >>> [(text[m.start:m.end], str(m.date_start), str(m.date_end), m.anchor) for m in found]
    [('January 8', '2020-01-08', '2020-01-08', 'publication'), ('Two months later', '2020-03-01', '2020-03-31', 'text')]
    """
    out: list[DateMatch] = []
    text_anchor: date | None = None
    for m in _scan(text):
        name = m.lastgroup[1:]
        s, e = m.span()
        if _PARAGRAPH_BREAK.search(m.group()) or not _accept(name, m, text):
            continue
        try:
            resolved = _resolve(name, m, text, published, text_anchor)
        except (ValueError, OverflowError):
            resolved = None
        if resolved is None or not _in_range(resolved[0]):
            continue
        (start, end), granularity, anchor = resolved
        role = _role(text, s, e, start, published)
        by = _BY.search(text, max(0, s - 20, out[-1].end if out else 0), s) if role == "deadline" else None
        out.append(DateMatch(by.start() if by else s, e, start, end, granularity, anchor, role))
        text_anchor = start
    return out


def _in_range(period) -> bool:
    """Whether a period fits the claims table's datetime64[ns] columns (years 1678 to 2261)."""
    return date(1678, 1, 1) <= period[0] <= period[1] <= date(2261, 12, 31)


def _accept(name: str, m: re.Match, text: str) -> bool:  # noqa: C901 - one rule per look-alike
    s, e = m.span()
    before = text[max(0, s - 24) : s]
    if name == "month":
        word = _group(m, name, "month")
        if _group(m, name, "which"):
            return True
        if word in ("May", "March") and not _DATE_CONTEXT.search(before):
            return False
        if word.endswith(".") or (len(word) <= 4 and word not in ("May", "June", "July")):
            return False
        if _NAME_AFTER.match(text, e) and not _DATE_CONTEXT.search(before):
            return False
    if name == "weekday":
        if _NAME_AFTER.match(text, e) or _NAME_BEFORE.search(before) or re.search(r"\bthe\s+$", before):
            return False
    if name == "deictic" and m.group() == "Today" and not _SENTENCE_START.search(before):
        return False
    if name == "year":
        y = int(_group(m, name, "y"))
        if _COUNT_AFTER.match(text, e) or _QUALIFIER_BEFORE.search(before) or _NOT_YEAR_BEFORE.search(before):
            return False
        if _PLURAL_AFTER.match(text, e) and not _YEAR_CONTEXT.search(before) and not re.search(r"\bthe\s+$", before):
            return False
        if y < 1800 and not _YEAR_CONTEXT.search(before):
            return False
        cap = _CAPITALISED_BEFORE.search(before)
        if cap and cap.group(1) not in _YEAR_NAME_OK and not _SENTENCE_START.search(before[: cap.start()]):
            return False
    return True


def _future_before(text: str, s: int, e: int | None = None) -> bool | None:
    """True when the clause before ``s`` looks ahead ('will', 'to be', 'by'); None (either way)
    for a date named as a deadline ('the January 15 deadline'); else False."""
    lo = max(0, s - 400)
    clause_start = max(max(text.rfind(c, lo, s) for c in ",;.\n"), lo - 1)
    if _FUTURE.search(folded(text[clause_start + 1 : s])):
        return True
    if _TOWARD.search(text[max(0, s - 10) : s]) or (e is not None and _DEADLINE_AFTER.match(text, e)):
        return None
    return False


def _number(word: str) -> int:
    parsed = parse_number(word.replace("a couple of", "two"))
    return int(parsed[0]) if parsed else 1


_STEP = {"this": 0, "the": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this past": -1}


def _resolve(name, m, text, pub, text_anchor):  # noqa: C901 - one branch per pattern
    g = lambda key: _group(m, name, key)  # noqa: E731
    s = m.start()
    if name == "iso":
        day = _safe_date(int(g("y")), int(g("m")), int(g("d")))
        return ((day, day), "day", "absolute") if day else None
    if name == "numeric":
        day = _numeric_date(g("a"), g("b"), g("y"), g("wd"), pub)
        return ((day, day), "day", "absolute") if day else None
    if name == "quarter":
        return fraction_of_year(int(g("y")), int(g("q")) - 1, 4), "quarter", "absolute"
    if name == "season_year":
        return season(g("season").lower(), int(g("y"))), "season", "absolute"
    if name in ("month_day", "day_month", "weekday_paren", "day_range"):
        month = MONTHS[(g("month") or g("month2")).lower().rstrip(".")]
        first = int(g("day") or g("day2") or g("d1"))
        last = int(g("d2") or first)
        if last < first:
            return None
        if g("y"):
            year = int(g("y"))
            anchor = "absolute"
        else:
            ref = pub or text_anchor
            if ref is None:
                return None
            year = _year_for_weekday(month, first, g("wd"), ref) or nearest_year(
                month, first, ref, future=_future_before(text, s, m.end())
            )
            anchor = "publication" if pub else "text"
        if year is None:
            return None
        a, b = _safe_date(year, month, first), _safe_date(year, month, last)
        return ((a, b), "day" if a == b else "days", anchor) if a and b else None
    if name == "month_year":
        period = month_period(int(g("y")), MONTHS[g("month").lower().rstrip(".")])
        return part_of(period, g("early")), "month", "absolute"
    if name == "month":
        if pub is None:
            return None
        month = MONTHS[g("month").lower().rstrip(".")]
        which = (g("which") or "").lower()
        if which == "last":
            year = pub.year - (month >= pub.month)
        elif which == "next":
            year = pub.year + (month <= pub.month)
        elif which == "this":
            year = pub.year
        else:
            year = nearest_year(month, None, pub, future=_future_before(text, s, m.end()))
        return (part_of(month_period(year, month), which), "month", "publication") if year else None
    if name == "year":
        return part_of(year_period(int(g("y"))), g("early")), "year", "absolute"
    if name == "decade":
        start = int(g("y"))
        return (date(start, 1, 1), date(start + 9, 12, 31)), "decade", "absolute"
    if name == "end_of":
        return _end_of(g, pub)
    if pub is None:
        return _from_text(name, g, text_anchor)
    if name == "weekday":
        wd = WEEKDAYS[g("wd").lower().rstrip(".")]
        which = (g("which") or "").lower()
        if which == "last":
            day = weekday_near(wd, pub - timedelta(days=1), future=False)
        elif which in ("next", "coming"):
            day = weekday_near(wd, pub, future=True)
        else:
            day = weekday_near(wd, pub, future=_future_before(text, s) is not False)
        return (day, day), "day", "publication"
    if name == "weekend":
        which = (g("which") or "this").lower()
        step = _STEP.get(which, -1)
        if step == 0 and not _future_before(text, s) and pub.weekday() < 2:
            step = -1
        return weekend_near(pub, step), "weekend", "publication"
    if name == "deictic":
        day = pub + timedelta(days={"yesterday": -1, "last night": -1, "tomorrow": 1}.get(g("word").lower(), 0))
        return (day, day), "day", "publication"
    if name == "relative":
        return _relative(g, pub)
    if name == "ago" and g("dir").lower() in ("before", "after"):
        if _CLAUSE_END.match(text, m.end()) and text_anchor is not None:
            sign = -1 if g("dir").lower() == "before" else 1
            unit = g("unit").lower()
            return period_of(shift(text_anchor, sign * _number(g("n")), unit), unit), unit, "text"
        return _relative_to_next(text, m, g, pub)
    if name in ("ago", "following"):
        return _from_text(name, g, text_anchor) or _from_publication(name, g, pub)
    if name in ("past", "within"):
        if g("n") is None and m.group().lower().endswith("s"):
            return None
        n, unit = _number(g("n") or "one"), g("unit").lower()
        unit, n = ("day", max(1, n // 24)) if unit == "hour" else (unit, n)
        which = (g("which") or "next").lower()
        if which in ("past", "last", "previous"):
            return (shift(pub, -n, unit), pub), unit, "publication"
        if (g("how") or "").lower() == "in":
            return period_of(shift(pub, n, unit), "day" if unit == "week" else unit), unit, "publication"
        return (pub, shift(pub, n, unit)), unit, "publication"
    return None


def _year_for_weekday(month: int, day: int, weekday: str | None, ref: date) -> int | None:
    """The year near ``ref`` in which ``month``/``day`` falls on ``weekday`` ('Saturday, April 4')."""
    if not weekday:
        return None
    wd = WEEKDAYS[weekday.lower().rstrip(".")]
    years = [
        y for y in (ref.year, ref.year - 1, ref.year + 1) if (d := _safe_date(y, month, day)) and d.weekday() == wd
    ]
    return years[0] if years else None


def _relative_to_next(text: str, m: re.Match, g, pub: date | None):
    """'two days before Tuesday's vote': counted from the date named next; after a comma or at
    the end of a clause, from the date the text set last; before any other phrase ('five days
    before the inauguration'), unknown."""
    rest = text[m.end() : m.end() + 40]
    if _CLAUSE_END.match(rest):
        return None
    following = next(_scan(rest), None)
    if following is None or following.start() > 12 or pub is None:
        return None
    name = following.lastgroup[1:]
    resolved = _resolve(name, following, rest, pub, None)
    if resolved is None:
        return None
    (start, _end), _granularity, _anchor = resolved
    unit = g("unit").lower()
    sign = -1 if g("dir").lower() == "before" else 1
    return period_of(shift(start, sign * _number(g("n")), unit), "day" if unit == "hour" else unit), unit, "text"


def _from_text(name, g, text_anchor):
    """'Two months later' after 'January 8'; 'the following year' after 'in 2011'."""
    if text_anchor is None or name not in ("ago", "following"):
        return None
    unit = g("unit").lower()
    if unit == "hour":
        return None
    if name == "ago":
        direction = g("dir").lower()
        if direction == "ago" or direction in ("before", "after"):
            return None
        sign = -1 if direction in ("earlier", "before") else 1
        return period_of(shift(text_anchor, sign * _number(g("n")), unit), unit), unit, "text"
    which = (g("which") or g("which2")).lower()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[which]
    return period_of(shift(text_anchor, step, unit), unit), unit, "text"


def _from_publication(name, g, pub):
    if pub is None:
        return None
    unit = g("unit").lower()
    if name == "ago":
        n = _number(g("n"))
        if g("dir").lower() in ("before", "after"):
            return None
        if unit == "hour":
            return (pub, pub), "day", "publication"
        sign = -1 if g("dir").lower() in ("ago", "earlier") else 1
        if g("this"):
            return period_of(shift(pub, sign * n, unit), "month"), "month", "publication"
        return period_of(shift(pub, sign * n, unit), unit), unit, "publication"
    which = (g("which") or g("which2")).lower()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[which]
    return period_of(shift(pub, step, unit), unit), unit, "publication"


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


def _end_of(g, pub):
    part = g("part").lower()
    if g("punit"):
        if pub is None:
            return None
        unit = g("punit").lower()
        start, end = period_of(shift(pub, _STEP[g("this").lower()], unit), unit)
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
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    pieces = {"first half": (0, 2), "first six months": (0, 2), "second half": (1, 2), "last six months": (1, 2)}
    pieces.update({f"{w} quarter": (i, 4) for i, w in enumerate(("first", "second", "third", "fourth"))})
    if part == "middle":
        return part_of((start, end), "mid"), granularity, anchor
    k, n = pieces[part]
    if whole_year:
        return fraction_of_year(start.year, k, n), "half" if n == 2 else "quarter", anchor
    span = (end - start + timedelta(days=1)) / n
    return (start + span * k, start + span * (k + 1) - timedelta(days=1)), granularity, anchor


def _relative(g, pub):
    unit, which = g("unit").lower(), g("which").lower()
    step = _STEP[which]
    if unit in SEASONS:
        return season_near(unit, pub, step), "season", "publication"
    start, end = period_of(shift(pub, step, unit), unit)
    early = (g("early") or "").lower()
    if early == "earlier":
        return (start, pub), unit, "publication"
    if early == "later":
        return (pub, end), unit, "publication"
    return part_of((start, end), early or None), unit, "publication"


def _role(text: str, s: int, e: int, start: date | None, pub: date | None) -> str:
    before = text[max(0, s - 20) : s]
    if _DEADLINE_AFTER.match(text, e) or _DEADLINE.search(before):
        return "deadline"
    if re.search(r"\bbefore\s+$", before) and re.match(r"(?i:the\s+)?end\b", text[s:e]):
        return "deadline"
    if re.search(r"\bthrough\s+$", before) and not re.match(r"(?:the\s+)?\d{4}s", text[s:e]):
        return "deadline"
    if pub is not None and start is not None and start > pub:
        return "plan"
    return "event"


__all__ = ["DateMatch", "find_dates", "week_period"]
