"""What looks like a date and is not: 'May' the verb, 'Good Friday', 'USA Today', '1,500 troops',
'flight 1986'. One rule per pattern that has look-alikes, given the match and the text before it.

>>> from claimtrack.grammar.date_scan import scan
>>> text = "Some 1987 people came in 1987."
>>> [(m.start(), accept(m, text)) for m in scan(text)]
[(5, False), (25, True)]
"""

from __future__ import annotations

import re

from .date_scan import Fields, read
from .date_spans import DAY_AND
from .number_names import LABELS_BEFORE_NUMBER
from .periods import MONTHS, SEASONS, TIME_ZONES, WEEKDAYS


def _words_before(words: str) -> str:
    """A regex of one of ``words`` (separated by '|'), then spaces to the end of the text."""
    return rf"\b(?:{words})\s+$"


# Words after which a month alone is a date ('in May', 'last March'), not a verb or a name.
_DATE_CONTEXT = re.compile(
    _words_before(
        "in|on|since|until|by|of|early|late|mid|last|next|this|from|till|through|during|between|and|or|before|after"
        "|to|each|every|that|for"
    ),
    re.I,
)
_COUNT_AFTER = re.compile(
    rf"""\s*(?:
    people|persons|troops|soldiers|members|residents|votes              # what a number counts: '1987 people'
    |tonnes|tons|dlrs|dollars|barrels|shares|units|cases                # ... or measures: '1500 tonnes'
    |{"|".join(sorted(TIME_ZONES))}|hrs|hours|local\ time|[ap]\.?m\.?    # an hour: '2015 GMT', '1130 a.m.'
    )\b""",
    re.I | re.X,
)
# Words after which a holiday is a date: 'by Christmas', 'before the New Year'.
_HOLIDAY_CONTEXT = re.compile(
    r"\b(?:by|before|after|until|till|since|on|at|over|for|around|through|from|to|ahead\s+of)\s+(?:the\s+)?$", re.I
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
# Words after which a number is a year: 'in 1789', 'circa 1500'.
_YEAR_CONTEXT = re.compile(
    _words_before(r"in|of|since|from|until|by|year|around|circa|c\.|before|after|between|and|to"), re.I
)
_LETTER_BEFORE = re.compile(r"[A-Za-z]-?\Z")
# a label before a number: 'flight 1986', 'Room 2015' (the words numbers take as labels too)
_LABELS = [w.rstrip(".") for w in LABELS_BEFORE_NUMBER]
_LABEL_BEFORE = re.compile(rf"\b(?i:{'|'.join(_LABELS)})\.?\Z")  # on the text with trailing space stripped
_LABEL_SPAN = max(map(len, _LABELS)) + 1
_INDEX_BASE = re.compile(_words_before(r"base|base\s+year"), re.I)  # an index's base: '(base 1980)'
_QUALIFIER_BEFORE = re.compile(_words_before("some|nearly|almost|more than|at least|up to|than"), re.I)
_NAME_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|the|in|on|at)\b)[A-Z][a-z]")  # 'June Carter', not 'June of'
# Words that make a weekday part of a name: 'Good Friday', 'Black Monday'.
_NAME_BEFORE = re.compile(_words_before("Good|Black|Super|Bloody|Holy|Easter|Ash|Cyber|Palm|Maundy|Boxing"))
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*|\n)$")
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# A word of time before a weekday makes it a date even before a capital ('on Sunday Presidents met').
_ON_BEFORE = re.compile(_words_before("on|since|until|till|by|from|through|before|after|late|early"), re.I)
# A gerund and a noun after a weekday make a weekly thing ('allows Sunday opening hours', 'a Sunday
# trading ban'), unless a verb in the past before it makes a clause ('marched Sunday demanding reforms').
_WEEKLY_AFTER = re.compile(
    r"\s+(?!during\b)[a-z]+ing\s+"  # a gerund, then a noun: no function word nor auxiliary ('fighting was')
    r"(?!(?:of|in|on|at|for|to|with|by|from|and|or|that|the|an?|its|their|his|her|is|was|are|were|has|had|will)\b)[a-z]{3}"
)
_PAST_VERB_BEFORE = re.compile(r"(?:ed|said|told|met|held|took|saw|went|came|left|began|won|lost|made)\s+$")
# Capitalised words a year may follow outside a name: 'In 2003', 'Spring 2020', 'March 2021'.
_YEAR_NAME_OK = frozenset(
    """In On Since By From Until Till Before After During Through Early Late Mid Of And Or To Between The
    Year Circa""".split()
) | {word.capitalize() for word in (*SEASONS, *MONTHS)}


def accept(m: re.Match, text: str) -> bool:
    """Whether the scan's match ``m`` is a date and no look-alike: the rule of its pattern, given the
    text just before it; patterns without one always are."""
    rule = _LOOK_ALIKE_RULES.get(m.lastgroup[1:])
    return rule is None or rule(m, read(m)[1], text, text[max(0, m.start() - 24) : m.start()])


def _month_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
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


def _holiday_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """A holiday is a date only after a word of time ('by Christmas', 'on New Year's Eve'), not as a
    name's part ('Christmas tree', 'the Christmas market')."""
    return _HOLIDAY_CONTEXT.search(before) is not None


def _weekday_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """No weekday in a name (before a capitalised word unless after 'on' ..., after 'Good', 'Black' ...)
    nor as a modifier of a weekly thing ('the Sunday service', 'Sunday opening hours')."""
    if _NAME_BEFORE.search(before) or _THE_BEFORE.search(before):
        return False
    if _NAME_AFTER.match(text, m.end()) and not _ON_BEFORE.search(before):
        return False
    plain = not (g("which") or g("then"))
    return not (plain and _WEEKLY_AFTER.match(text, m.end()) and not _PAST_VERB_BEFORE.search(before))


def _deictic_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'Today' capitalised only at a sentence's start: elsewhere it names something ('USA Today')."""
    return m.group() != "Today" or _SENTENCE_START.search(before) is not None


def _and_day_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """A day alone after 'and' is a date after a month's day ('on March 4 and 5')."""
    return DAY_AND.search(before) is not None


# Words before 'year end' that make it a kind of year end, not a day ('changed to a calendar year end').
_KIND_OF_YEAR_END = re.compile(_words_before("a|an|calendar|calender"), re.I)


def _year_end_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'by year-end' is a day; 'a calendar year end' names no particular one."""
    return bool(g("y")) or _KIND_OF_YEAR_END.search(before) is None


def _year_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """A four-digit number is no year as a count ('1987 tonnes', 'some 1500'), a label ('flight 1986'),
    an index's base ('base 1980') or in a name ('Boeing 1990'); one before 1800 needs a year word
    before it ('in 1789')."""
    e = m.end()
    if _COUNT_AFTER.match(text, e) or _QUALIFIER_BEFORE.search(before) or _label_before(before):
        return False
    if _INDEX_BASE.search(before):
        return False
    if _PLURAL_AFTER.match(text, e) and not _YEAR_CONTEXT.search(before) and not _DETERMINER_BEFORE.search(before):
        return False
    if int(g("y")) < 1800 and not _YEAR_CONTEXT.search(before):
        return False
    cap = _CAPITALISED_BEFORE.search(before)
    return not (cap and cap.group(1) not in _YEAR_NAME_OK and not _SENTENCE_START.search(before[: cap.start()]))


# Words after which '5/23' is a date ('on 5/23', 'Friday, 5/23'); not 'by' nor 'from', which take
# fractions too ('cut by 1/3').
_DAY_WORDS = rf"on|since|until|till|through|dated|effective|due|{'|'.join(WEEKDAYS)}"
_DAY_CONTEXT = re.compile(rf"\b(?:{_DAY_WORDS})[.,]?\s+$", re.I)
# ... and after which 'the 21st' is ('by the 21st').
_ORDINAL_CONTEXT = re.compile(rf"\b(?:{_DAY_WORDS}|by|from|before|after|to)[.,]?\s+$", re.I)
_FRACTION_AFTER = re.compile(r"\s+(?:of|an?|cups?|inch|inches|miles?|pounds?|ounces?)\b", re.I)
_BETWEEN = re.compile(_words_before("between"), re.I)  # what makes 'Feb 11 and 19' a range
# Words of sport: in their sentence 'the second half' and 'the fourth quarter' are a game's.
_SPORT = re.compile(
    r"""\b(?:goals?|scored?|scoring|points?|touchdowns?|innings|penalty|penalties|minutes?|half-?time
    |game|match|lead|led|trail(?:ed|ing)|kick(?:ed)?|shots?|baskets?|quarterback|striker|coach)\b""",
    re.I | re.X,
)
_PREPOSITION_BEFORE = re.compile(_words_before("in|for|during|of|since|by|from|until|through"), re.I)
# Determiners after which a year is a modifier even before a plural: 'its 2017 results'.
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|your|the|this|that|whose)|\w['’]s)\s+$", re.I)


def _slash_day_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'5/23' is a date after a date word or with a weekday ('on 5/23', 'Friday 5/23'), not a fraction
    or a score ('3/8 cup', 'won 6/4', 'the 9/11 attacks')."""
    if _FRACTION_AFTER.match(text, m.end()):
        return False
    return bool(g("wd")) or _DAY_CONTEXT.search(before) is not None


def _ordinal_day_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'the 21st' alone is a day after a word of time ('on the 21st', 'by the 21st')."""
    return _ORDINAL_CONTEXT.search(before) is not None


def _range_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """Two days joined by 'and' are a range after 'between' ('between Feb 11 and 19'), else two days
    ('on Feb 3 and 17'); joined by 'to', 'through' or a dash, always."""
    return g("sep").strip().lower() != "and" or _BETWEEN.search(before) is not None


def _month_range_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """Two months a year apart name a crop or fiscal year's months ('1987/88 (Oct-Sept)'), not a date."""
    first, last = (MONTHS[w.lower().rstrip(".")] for w in (g("m1"), g("m2") or g("m3")))
    return (last - first) % 12 != 11


def _time_count_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'a quarter' is no count of quarters of a year in 'a quarter before 11 a.m.' or 'in a quarter
    since the war': only 'last quarter', 'two quarters ago' are."""
    return not (g("unit").lower() == "quarter" and (g("n") or "").lower() in ("a", "an"))


def _quarter_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'Q2' and 'H1' are a quarter and a half with a year, or after a preposition ('in Q2'); 'Q3'
    alone after a capitalised word is a model ('Audi Q3'), 'H2' alone may be hydrogen."""
    if g("y"):
        return True
    if g("h") or g("h2"):
        return _PREPOSITION_BEFORE.search(before) is not None
    cap = _CAPITALISED_BEFORE.search(before)
    return not (cap and not _SENTENCE_START.search(before[: cap.start()]))


def _piece_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'the second half' or 'the fourth quarter' without a year is no date in a sentence of sport."""
    if g("y"):
        return True
    lo = max(text.rfind(". ", 0, m.start()), 0)
    hi = text.find(". ", m.end())
    return _SPORT.search(text, lo, len(text) if hi < 0 else hi) is None


_LOOK_ALIKE_RULES = {
    "holiday": _holiday_ok,
    "month": _month_ok,
    "weekday": _weekday_ok,
    "and_day": _and_day_ok,
    "year_end": _year_end_ok,
    "deictic": _deictic_ok,
    "year": _year_ok,
    "year_dash": _year_ok,
    "month_slash_day": _slash_day_ok,
    "ordinal_day": _ordinal_day_ok,
    "day_range": _range_ok,
    "day_month_range": _range_ok,
    "month_range": _month_range_ok,
    "ago": _time_count_ok,
    "within": _time_count_ok,
    "quarter": _quarter_ok,
    "piece": _piece_ok,
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
