"""What looks like a date and is not: 'May' the verb, 'Good Friday', 'USA Today', '1,500 troops',
'flight 1986'. One rule per pattern that has look-alikes, given the match and the text before it.

>>> from claimtrack.grammar.date_scan import read, scan
>>> text = "Some 1987 people came in 1987."
>>> found = [(m, *read(m)) for m in scan(text)]
>>> [(m.start(), accept(name, m, g, text)) for m, name, g in found]
[(5, False), (25, True)]
"""

from __future__ import annotations

import re

from .date_scan import Fields
from .number_names import LABELS_BEFORE_NUMBER
from .periods import MONTHS, SEASONS, TIME_ZONES


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
_QUALIFIER_BEFORE = re.compile(_words_before("some|nearly|almost|more than|at least|up to|than"), re.I)
_NAME_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|the|in|on|at)\b)[A-Z][a-z]")  # 'June Carter', not 'June of'
# Words that make a weekday part of a name: 'Good Friday', 'Black Monday'.
_NAME_BEFORE = re.compile(_words_before("Good|Black|Super|Bloody|Holy|Easter|Ash|Cyber|Palm|Maundy|Boxing"))
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*|\n)$")
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# Capitalised words a year may follow outside a name: 'In 2003', 'Spring 2020', 'March 2021'.
_YEAR_NAME_OK = frozenset(
    """In On Since By From Until Till Before After During Through Early Late Mid Of And Or To Between The
    Year Circa""".split()
) | {word.capitalize() for word in (*SEASONS, *MONTHS)}


def accept(name: str, m: re.Match, g: Fields, text: str) -> bool:
    """Whether the match ``m`` of pattern ``name`` is a date and no look-alike: the rule of its
    pattern, given the text just before it; patterns without one always are."""
    rule = _LOOK_ALIKE_RULES.get(name)
    return rule is None or rule(m, g, text, text[max(0, m.start() - 24) : m.start()])


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
    """No weekday in a name: before a capitalised word, after 'Good', 'Black' ... or after 'the'."""
    return not (_NAME_AFTER.match(text, m.end()) or _NAME_BEFORE.search(before) or _THE_BEFORE.search(before))


def _deictic_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
    """'Today' capitalised only at a sentence's start: elsewhere it names something ('USA Today')."""
    return m.group() != "Today" or _SENTENCE_START.search(before) is not None


def _year_ok(m: re.Match, g: Fields, text: str, before: str) -> bool:
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
