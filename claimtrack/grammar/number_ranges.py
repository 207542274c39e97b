"""Two numbers written as one expression: a range ('between 5,000 and 6,000', '5-6', '5 or 6'), a change
('from 5 to 6'), a spread ('ranged from 7 to 97') or a proportion ('one in five')."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .number_atoms import Atom
from .number_qualifiers import without_qualifier
from .number_units import unit_after

_MAX_GAP = 30  # the most characters between the two numbers of a range
_PROPORTION_GAP = re.compile(r"\s+in\s+$", re.I)  # matched from the first number's end to the next's start
_CURRENCY_SIGN = r"(?:[A-Z]{0,2}\$|[€£¥₹]|(?-i:[A-Z]{3})\ ?)"  # '$', 'US$', 'A$', '€', 'USD '
_RANGE_GAP = re.compile(
    rf"""^\s*
        (?:%|percent|per\ cent|pct)?\s*              # the first number's percent: '5% to 6%'
        (?P<word>-|–|—|to|and|or|through|thru)\s*    # the word or dash between the two
        (?P<sign>{_CURRENCY_SIGN})?$                  # the second number's currency: '$5 to $6', 'and US$6'
    """,
    re.I | re.X,
)
# a change by an amount before a level: 'rose by $2bn to $9bn' is no range ('by 5 to 6 pct' is one)
_BY_BEFORE = re.compile(rf"\bby\s+(?P<sign>{_CURRENCY_SIGN})?$", re.I)
# ... nor, after a verb of change in the past, an amount far below the number after it: 'rose 19 to 100'
_MOVED_BEFORE = re.compile(
    r"\b(?:rose|fell|climbed|dropped|declined|jumped|grew|slipped|gained|eased|dipped|plunged|tumbled|soared|surged)\s+$",
    re.I,
)
_MOVED_RATIO = 3
_LEVEL_RATIO = 10  # 'by 3 to 749' is a change and a level: a range's high end is not this many times its low
_PERCENT_IN_GAP = re.compile(r"%|per|pct", re.I)
_DASH_OR_TO = frozenset({"-", "–", "—", "to", "through", "thru"})
# the word before the first number, then maybe a word ('between about') and a currency sign ('between $5')
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?:\S+\s+)?{_CURRENCY_SIGN}?$", re.I)
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:\S+\s+)?{_CURRENCY_SIGN}?$", re.I)
# 'ranged in age from 7 to 97': a verb of spread before 'from' makes 'from X to Y' one range, not a change
_RANGED_BEFORE = re.compile(
    r"""\b(?:rang(?:e|es|ed|ing) | var(?:y|ies|ied|ying))\b   # 'ranged', 'varies'
        [^.;:]{0,30}\bfrom\s                                   # ... 'from' in the same clause
    """,
    re.I | re.X,
)


def is_proportion(text: str, a: Atom, b: Atom) -> bool:
    """Whether ``a`` and ``b`` are one proportion, a share of the larger ('one in five')."""
    return 0 < a.value < b.value and _PROPORTION_GAP.match(text, a.end, b.start) is not None


def range_kind(text: str, a: Atom, b: Atom | None, lex: Lexicon) -> str:
    """'between', 'from' (a change), 'ranged' (a spread written 'from X to Y') or 'dash' when ``a`` and
    ``b`` form one range expression; else ''."""
    if b is None or b.start - a.end > _MAX_GAP:
        return ""
    word = _connector(text, a, b, lex)
    before = text[max(0, a.start - 20) : a.start]
    if word == "to" and _change_then_level(a, b, before, text[a.end : b.start]):
        return ""
    if word == "and" and _BETWEEN_BEFORE.search(before):
        return "between"
    if word == "to" and _FROM_BEFORE.search(before):
        return "ranged" if is_spread(text, a.start) else "from"
    if word in _DASH_OR_TO and not a.vague and (scaled_low(a, b) < b.value or b.value < a.value < 0):
        return "dash"  # '5-6', '-5 to -10 degrees'

    if word == "or":
        b_base = b.value / b.scale if a.scale == 1.0 < b.scale else b.value  # 'one or two dozen': 1 or 2
        return "dash" if a.value < b_base and b_base - a.value <= max(2.0, a.value) else ""
    return ""


def scaled_low(a: Atom, b: Atom) -> float:
    """The low bound ``a`` of a range to ``b``, with the scale of ``b`` when it has none of its own and is
    below the number it scales ('between 2 and 3 million': 2 million; 'between 500,000 and 1 million': 500,000)."""
    if a.scale == 1.0 < b.scale and a.value < b.value / b.scale:
        return a.value * b.scale
    return a.value


def is_spread(text: str, start: int) -> bool:
    """Whether a verb of spread ends the clause before ``start`` with 'from' ('ranged in age from')."""
    return _RANGED_BEFORE.search(text, max(0, start - 50), start) is not None


def _change_then_level(a: Atom, b: Atom, before: str, gap: str) -> bool:
    """'rose by $2bn to $9bn', 'by five pct to 31 pct', 'fell by three to 749', 'rose 19 to 100': a change
    written whole (with its currency, scale or percent) or far below the number after it, then the level it
    reached, given the text ``before`` the first number and the ``gap`` after it."""
    by = _BY_BEFORE.search(before)
    if by is None:
        return _MOVED_BEFORE.search(before) is not None and 0 < a.value * _MOVED_RATIO <= b.value
    whole = by.group("sign") is not None or a.scale > 1.0 or _PERCENT_IN_GAP.search(gap) is not None
    return whole or 0 < a.value * _LEVEL_RATIO <= b.value


def _connector(text: str, a: Atom, b: Atom, lex: Lexicon) -> str:
    """The word or dash that joins ``a`` to ``b`` ('and', 'to', '-'), in lower case; '' when the text
    between them is no range's."""
    gap = without_qualifier(text[a.end : b.start], lex)
    m = _RANGE_GAP.match(gap) if len(gap) <= 14 and "\n\n" not in gap else None
    if m is None or _other_currency(text, a.start, m.group("sign")):
        return ""
    if _PERCENT_IN_GAP.search(gap):  # '5% to 6%': the second number is a percentage too
        unit = unit_after(text, b.end, lex)
        if not unit or lex.units[unit][0] != "percent":
            return ""
    return m.group("word").lower()


def _other_currency(text: str, start: int, sign: str | None) -> bool:
    """Whether the second number's currency ``sign`` differs from a currency written before the first number
    (at ``start``): 'GBP738 thousand or USD910 thousand' are one sum in two currencies, no range."""
    if not sign:
        return False
    sign = sign.strip()
    before = text[max(0, start - len(sign) - 1) : start].strip()
    return bool(before) and not before.endswith(sign) and _SIGN_END.search(before) is not None


_SIGN_END = re.compile(rf"{_CURRENCY_SIGN}\Z")
