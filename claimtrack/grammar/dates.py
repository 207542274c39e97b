"""The date grammar: absolute, partial and relative dates, periods and deadlines.

``find_dates(text, published)`` returns :class:`DateMatch` records in text order. Relative dates
resolve against the date the text itself has just set ("two months later" after "January 8"),
else against ``published`` ("18 years ago"); ``anchor`` records which.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .numbers import parse_number
from .periods import (
    HOLIDAYS,
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

# Each pattern with its heads: the words it can begin with (lower case; '0' for a digit, and
# MONTH, WEEKDAY, SEASON, NUMBER for those classes). A candidate is tried only against the
# patterns its first word heads, so a missing head loses dates (tests/test_dates.py checks the
# heads against a full scan).
_PATTERNS: list[tuple[str, str, str]] = [
    ("iso", "0", rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    (
        "numeric",
        "WEEKDAY 0",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>{_YEAR}|\d\d)\b(?![.,]?\d)",
    ),
    (
        "end_of",
        "early late mid the end beginning start middle first second third fourth last",
        rf"(?i:(?:(?P<early>early|late|mid)[- ])?\b(?:the\s+)?(?P<part>{_PARTS})\s+of\s+"
        rf"(?:(?P<this>the|this|next|last)\s+(?P<punit>year|month|week|decade)"
        rf"|(?P<month>{_MONTH})(?:\s+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})))",
    ),
    ("quarter", "q1 q2 q3 q4", rf"\bQ(?P<q>[1-4])\s+(?P<y>{_YEAR})\b"),
    ("season_year", "the SEASON", rf"(?i:\b(?:the\s+)?(?P<season>{_SEASON})(?:\s+of)?\s+(?P<y>{_YEAR})\b)"),
    (
        "day_range",
        "MONTH",
        rf"\b(?P<month>{_MONTH})\s+(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "month_day",
        "WEEKDAY MONTH",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<month>{_MONTH})\s+{_DAY}\b(?!:)(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "day_month",
        "WEEKDAY the 0",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "weekday_paren",
        "WEEKDAY",
        rf"\b(?P<wd>{_WEEKDAY})\s*\((?:(?P<month>{_MONTH})\s+{_DAY}|(?P<day2>[0-3]?\d)\s+(?P<month2>{_MONTH}))\)",
    ),
    (
        "holiday",
        "christmas new",
        rf"\b(?P<hol>Christmas(?:\s+(?:Eve|Day))?|New\s+Year(?:['’]s\s+(?:Eve|Day))?)\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "month_year",
        "early late mid MONTH",
        rf"(?:\b(?P<early>(?i:early|late|mid))[- ])?\b(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b",
    ),
    (
        "ago",
        "0 a an several NUMBER",
        rf"(?i:\b(?P<n>{_NUM})\s+{_UNIT}\s+(?P<dir>ago|earlier|later|before|after(?:wards)?)\b"
        rf"(?P<this>\s+this\s+month)?)",
    ),
    (
        "following",
        "the following previous preceding",
        r"(?i:\b(?:the\s+(?P<which>following|next|previous|preceding|same)|(?P<which2>following|previous|preceding))\s+(?P<unit>day|week|month|year)\b)",
    ),
    (
        "past",
        "over in during for within",
        rf"(?i:\b(?:over|in|during|for|within)\s+the\s+(?P<which>past|last|previous|next|coming)\s+(?:(?P<n>{_NUM})\s+)?{_UNIT})",
    ),
    ("within", "within in", rf"(?i:\b(?P<how>within|in)\s+(?P<n>{_NUM})\s+{_UNIT}(?!\s+(?:of|ago)))"),
    (
        "weekend",
        "this last next over on",
        r"(?i:\b(?:(?P<which>this|last|next|this past|over the|on the)\s+)weekend\b)",
    ),
    (
        "relative",
        "early late mid earlier later this last next past coming",
        rf"(?i:(?:\b(?P<early>early|late|mid|earlier|later)[- ])?\b(?P<which>this|last|next|past|coming)"
        rf"\s+(?P<unit>week|month|year|{_SEASON})\b)",
    ),
    (
        "deictic",
        "yesterday today tomorrow tonight last",
        r"(?i:\b(?P<word>yesterday|today|tomorrow|tonight|last night)\b)",
    ),
    ("decade", "the 0", r"\b(?:the\s+)?(?P<y>(?:1[5-9]|20)\d0)s\b"),
    (
        "year",
        "early late mid 0",
        rf"(?:\b(?P<early>(?i:early|late|mid))[- ])?(?<![\d,.$£€])\b(?P<y>{_YEAR}|1[5-7]\d\d)\b"
        r"(?![,.]\d|\s*(?:%|percent|per cent))",
    ),
    (
        "weekday",
        "last next this coming WEEKDAY",
        rf"(?:\b(?P<which>(?i:last|next|this|coming))\s+)?\b(?P<wd>{_WEEKDAY})",
    ),
    (
        "month",
        "last next this early late mid earlier later MONTH",
        rf"(?:\b(?P<which>(?i:last|next|this|early|late|mid|earlier|later))[- ]+)?\b(?P<month>{_MONTH})(?!\w)",
    ),
]
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
_HEAD_CLASSES = {"MONTH": list(MONTHS), "WEEKDAY": list(WEEKDAYS), "SEASON": list(SEASONS), "NUMBER": _NUMBER_WORDS}


def _heads(spec: str) -> list[str]:
    """The words a heads spec names, with its classes (MONTH ...) spelled out."""
    return [word for head in spec.split() for word in _HEAD_CLASSES.get(head, [head])]


def _scanner(names: frozenset[str]) -> re.Pattern:
    """One alternation of the named patterns, in ``_PATTERNS`` order, each in a group ``_<name>``
    and its own groups renamed ``<name>_<group>``."""
    return re.compile(
        "|".join(
            f"(?P<_{n}>{p.replace('(?P<', f'(?P<{n}_').replace('(?P=', f'(?P={n}_')})"
            for n, _, p in _PATTERNS
            if n in names
        )
    )


def _scanners() -> dict[str, re.Pattern]:
    """For each head word ('0' for a digit), the alternation of the patterns it heads."""
    names: dict[str, set[str]] = {}
    for name, spec, _ in _PATTERNS:
        for word in _heads(spec):
            names.setdefault(word, set()).add(name)
    compiled: dict[frozenset[str], re.Pattern] = {}
    for group in map(frozenset, names.values()):
        compiled.setdefault(group, _scanner(group))
    return {word: compiled[frozenset(group)] for word, group in names.items()}


_SCANNERS = _scanners()
_FIELD_NAMES = {
    name: (tuple(keys), tuple(f"{name}_{key}" for key in keys))
    for name, _, p in _PATTERNS
    for keys in [re.compile(p).groupindex]
}
# Run on folded text, which has no ASCII capitals, from the non-word character before a word:
# the class [^a-z0-9_] lets the regex engine skip along words, and \b rules out the other word
# characters. It takes a head word or one digit.
_CANDIDATE = re.compile(rf"[^a-z0-9_]\b(?:\d|{trie(word for word in _SCANNERS if word != '0')}\b)")


_FUTURE = re.compile(  # on folded text
    r"\b(?:will|shall|to be|is to|are to|set to|due to|scheduled|slated|expected|plans? to|(?<!had )planned|"
    r"would|going to|upcoming|may|might|could|can be|as late as|as early as|starting|beginning|"
    r"(?<!the )(?:opens?|begins?|starts?))\b"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$|that\b|then\b)")
_WITHIN = re.compile(r"within\s", re.I)
_TOWARD = re.compile(r"\b(?:to|until|till|through|by)\s+$", re.I)
_DEADLINE_OF = re.compile(r"\bdeadline\s+(?:of|for|is|was)\s+$", re.I)  # a deadline lies ahead
_DEADLINE = re.compile(r"\b(?:by|no later than|not later than|until|till|deadline(?: of| is| was| for)?)\s+$", re.I)
_BY = re.compile(
    r"\b(?:by|no later than|not later than|until|till|through|before|deadline(?: of| is| was| for)?)\s+$", re.I
)
_BEFORE = re.compile(r"\bbefore\s+$")
_THROUGH = re.compile(r"\bthrough\s+$")
_THE_END = re.compile(r"(?i:the\s+)?end\b")
_DECADE_SPAN = re.compile(r"(?:the\s+)?\d{4}s")
# 'until' after a delay is when something is now expected, not a deadline ('delayed until Monday')
_DELAYED = re.compile(
    r"\b(?:delayed|postponed|pushed\s+back|put\s+off|moved|not\s+come|wait(?:ing)?)\s+until\s+$", re.I
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
_HOLIDAY_CONTEXT = re.compile(
    r"\b(?:by|before|after|until|till|since|on|at|over|for|around|through|from|to|ahead\s+of)\s+(?:the\s+)?$", re.I
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|of|since|from|until|by|year|around|circa|c\.|before|after|between|and|to)\s+$", re.I
)
_LETTER_BEFORE = re.compile(r"[A-Za-z]-?\Z")
_LABELS = (
    "no nos section article resolution flight route room suite number model version code page rule paragraph "
    "amendment bill proposition measure question item apt apartment unit box"
).split()
_LABEL_BEFORE = re.compile(rf"\b(?i:{'|'.join(_LABELS)})\.?\Z")  # on the text with trailing space stripped
_LABEL_SPAN = max(map(len, _LABELS)) + 1
_QUALIFIER_BEFORE = re.compile(r"\b(?:some|nearly|almost|more than|at least|up to|than)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|the|in|on|at)\b)[A-Z][a-z]")
_NAME_BEFORE = re.compile(r"\b(?:Good|Black|Super|Bloody|Holy|Easter|Ash|Cyber|Palm|Maundy|Boxing)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*|\n)$")
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_YEAR_NAME_OK = frozenset(
    """In On Since By From Until Till Before After During Through Early Late Mid Spring Summer Autumn Fall Winter Of
    And Or To Between The Since Year Circa""".split()
) | {m.capitalize() for m in MONTHS}


def _fields(m: re.Match, name: str) -> dict[str, str | None]:
    """The groups of pattern ``name`` in a scanner match, by their names in ``_PATTERNS``."""
    keys, groups = _FIELD_NAMES[name]
    values = m.group(*groups)
    return dict(zip(keys, values if len(groups) > 1 else (values,), strict=True))


def _scan(text: str):
    """Matches of the date patterns, as ``finditer`` over their alternation would give them, tried
    only where a pattern can start (a digit, or a head word) and only against the patterns that
    can start there: several times faster than scanning every position."""
    last = 0
    scanned = " " + folded(text)  # the space leads the first word; offsets fit text
    for start in _CANDIDATE.finditer(scanned):
        at, end = start.span()
        if at >= last:
            m = _SCANNERS.get(scanned[at + 1 : end], _SCANNERS["0"]).match(text, at)  # a word or a digit
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
        g = _fields(m, name).get
        if _spans_paragraphs(text, s, e) or not _accept(name, m, g, text):
            continue
        try:
            resolved = _resolve(name, m, g, text, published, text_anchor)
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


def _spans_paragraphs(text: str, s: int, e: int) -> bool:
    """Whether a paragraph break lies inside ``text[s:e]`` (a break needs two newlines)."""
    return text.count("\n", s, e) > 1 and _PARAGRAPH_BREAK.search(text, s, e) is not None


_EARLIEST, _LATEST = date(1678, 1, 1), date(2261, 12, 31)


def _in_range(period) -> bool:
    """Whether a period fits the claims table's datetime64[ns] columns (years 1678 to 2261)."""
    return _EARLIEST <= period[0] <= period[1] <= _LATEST


def _accept(name: str, m: re.Match, g, text: str) -> bool:
    """Whether a match is a date and no look-alike ('May' the verb, 'Good Friday', '1,500 troops'):
    the rule of its pattern, given the text just before it; patterns without one always are."""
    rule = _LOOK_ALIKE_RULES.get(name)
    return rule is None or rule(m, g, text, text[max(0, m.start() - 24) : m.start()])


def _month_ok(m: re.Match, g, text: str, before: str) -> bool:
    """A month alone must look like one: 'May' and 'March' (verbs too) after a date word, no bare
    abbreviation, and before a capitalised word ('June Carter') only after a date word."""
    word = g("month")
    if g("which"):
        return True
    if word in ("May", "March") and not _DATE_CONTEXT.search(before):
        return False
    if word.endswith(".") or (len(word) <= 4 and word not in ("May", "June", "July")):
        return False
    return not (_NAME_AFTER.match(text, m.end()) and not _DATE_CONTEXT.search(before))


def _holiday_ok(m: re.Match, g, text: str, before: str) -> bool:
    """A holiday is a date only after a word of time ('by Christmas', 'on New Year's Eve'), not as a
    name's part ('Christmas tree', 'the Christmas market')."""
    return _HOLIDAY_CONTEXT.search(before) is not None


def _weekday_ok(m: re.Match, g, text: str, before: str) -> bool:
    """No weekday in a name: before a capitalised word, after 'Good', 'Black' ... or after 'the'."""
    return not (_NAME_AFTER.match(text, m.end()) or _NAME_BEFORE.search(before) or _THE_BEFORE.search(before))


def _deictic_ok(m: re.Match, g, text: str, before: str) -> bool:
    """'Today' capitalised only at a sentence's start: elsewhere it names something ('USA Today')."""
    return m.group() != "Today" or _SENTENCE_START.search(before) is not None


def _year_ok(m: re.Match, g, text: str, before: str) -> bool:
    """A four-digit number is no year as a count ('1987 tonnes', 'some 1500'), a label ('flight 1986')
    or in a name ('Boeing 1990'); one before 1800 needs a year word before it ('in 1789')."""
    e = m.end()
    if _COUNT_AFTER.match(text, e) or _QUALIFIER_BEFORE.search(before) or _label_before(before):
        return False
    if _PLURAL_AFTER.match(text, e) and not _YEAR_CONTEXT.search(before) and not _THE_BEFORE.search(before):
        return False
    if int(g("y")) < 1800 and not _YEAR_CONTEXT.search(before):
        return False
    cap = _CAPITALISED_BEFORE.search(before)
    return not (cap and cap.group(1) not in _YEAR_NAME_OK and not _SENTENCE_START.search(before[: cap.start()]))


_LOOK_ALIKE_RULES = {
    "holiday": _holiday_ok,
    "month": _month_ok,
    "weekday": _weekday_ok,
    "deictic": _deictic_ok,
    "year": _year_ok,
}


def _label_before(before: str) -> bool:
    """Whether ``before`` ends in a letter or a hyphen after one ('A-') or a label and spaces ('No. ',
    'flight '): a number there is no year. Both regexes search only the last characters, where a
    match that ends at the end must begin."""
    stripped = before.rstrip()
    return bool(
        _LETTER_BEFORE.search(before, max(0, len(before) - 2))
        or _LABEL_BEFORE.search(stripped, max(0, len(stripped) - _LABEL_SPAN))
    )


def _future_before(text: str, s: int, e: int | None = None) -> bool | None:
    """True when the clause before ``s`` looks ahead ('will', 'to be', 'by'); None (either way)
    for a date named as a deadline ('the January 15 deadline'); else False."""
    lo = max(0, s - 400)
    clause_start = max(
        text.rfind(",", lo, s), text.rfind(";", lo, s), text.rfind(".", lo, s), text.rfind("\n", lo, s), lo - 1
    )
    if _FUTURE.search(folded(text[clause_start + 1 : s])) or _DEADLINE_OF.search(text, max(0, s - 20), s):
        return True
    if _TOWARD.search(text[max(0, s - 10) : s]) or (e is not None and _DEADLINE_AFTER.match(text, e)):
        return None
    return False


def _number(word: str) -> int:
    parsed = parse_number(word.replace("a couple of", "two"))
    return int(parsed[0]) if parsed else 1


_STEP = {"this": 0, "the": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this past": -1}


def _resolve(name, m, g, text, pub, text_anchor):  # noqa: C901 - one branch per pattern
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
            year = _year_for_weekday(month, first, g("wd"), ref) or _nearest_year(
                month, first, ref, _future_before(text, s, m.end())
            )
            anchor = "publication" if pub else "text"
        if year is None:
            return None
        a, b = _safe_date(year, month, first), _safe_date(year, month, last)
        return ((a, b), "day" if a == b else "days", anchor) if a and b else None
    if name == "holiday":
        month, day = HOLIDAYS[re.sub(r"\s+", " ", g("hol").lower().replace("’", "'"))]
        ref = pub or text_anchor
        if g("y"):
            year, anchor = int(g("y")), "absolute"
        elif ref is None:
            return None
        else:
            year, anchor = (
                _nearest_year(month, day, ref, _future_before(text, s, m.end())),
                "publication" if pub else "text",
            )
        when = _safe_date(year, month, day) if year else None
        return ((when, when), "day", anchor) if when else None
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
            year = _nearest_year(month, None, pub, _future_before(text, s, m.end()))
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
        if which == "last":  # not yesterday, which would be said 'yesterday' or 'on Monday'
            day = weekday_near(wd, pub - timedelta(days=2), future=False)
        elif which in ("next", "coming"):
            day = weekday_near(wd, pub + timedelta(days=1), future=True)
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
        return _relative(g("unit").lower(), g("which").lower(), (g("early") or "").lower(), pub)
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
        if (g("how") or "").lower() == "within":  # 'within 135 days' sets a deadline: the day it falls on
            end = shift(pub, n, unit)
            return (end, end), "day", "publication"
        return (pub, shift(pub, n, unit)), unit, "publication"
    return None


@lru_cache(maxsize=4096)
def _nearest_year(month: int, day: int | None, anchor: date, future: bool | None) -> int | None:
    """``nearest_year``, cached: the articles of one day ask it the same questions."""
    return nearest_year(month, day, anchor, future=future)


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
    resolved = _resolve(name, following, _fields(following, name).get, rest, pub, None)
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
        year = int(g("y")) if g("y") else (_nearest_year(month, None, pub, True) if pub else None)
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


@lru_cache(maxsize=4096)
def _relative(unit: str, which: str, early: str, pub: date):
    """'this year', 'late last month', 'earlier this week' from ``pub``; cached, as ``_nearest_year``."""
    step = _STEP[which]
    if unit in SEASONS:
        return season_near(unit, pub, step), "season", "publication"
    start, end = period_of(shift(pub, step, unit), unit)
    if early == "earlier":
        return (start, pub), unit, "publication"
    if early == "later":
        return (pub, end), unit, "publication"
    return part_of((start, end), early or None), unit, "publication"


def _role(text: str, s: int, e: int, start: date | None, pub: date | None) -> str:
    if _WITHIN.match(text, s, e):
        return "deadline"
    before = text[max(0, s - 20) : s]
    if _DEADLINE_AFTER.match(text, e) or (_DEADLINE.search(before) and not _DELAYED.search(text, max(0, s - 40), s)):
        return "deadline"
    if "before" in before and _BEFORE.search(before) and _THE_END.match(text, s, e):
        return "deadline"
    if "through" in before and _THROUGH.search(before) and not _DECADE_SPAN.match(text, s, e):
        return "deadline"
    if pub is not None and start is not None and start > pub:
        return "plan"
    return "event"


__all__ = ["DateMatch", "find_dates", "week_period"]
