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
_CURRENCY_SIGN = r"(?:[A-Z]{0,2}\$|[€£¥₹])"  # '$', 'US$', 'A$', '€'
_RANGE_GAP = re.compile(
    rf"""^\s*
        (?:%|percent|per\ cent|pct)?\s*          # the first number's percent: '5% to 6%'
        (?:-|–|—|to|and|or)\s*                   # the word or dash between the two
        {_CURRENCY_SIGN}?$                       # the second number's currency: '$5 to $6'
    """,
    re.I | re.X,
)
_PERCENT_IN_GAP = re.compile(r"%|per|pct", re.I)
_NOT_CONNECTOR = re.compile(r"[^a-z\-–—]")
_DASH_OR_TO = frozenset({"-", "–", "—", "to"})
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
    if word == "and" and _BETWEEN_BEFORE.search(before):
        return "between"
    if word == "to" and _FROM_BEFORE.search(before):
        return "ranged" if _RANGED_BEFORE.search(text, max(0, a.start - 50), a.start) else "from"
    if word in _DASH_OR_TO and a.value * max(1.0, b.scale / a.scale) < b.value and not a.vague:
        return "dash"
    if word == "or" and a.value < b.value and (b.value - a.value) <= max(2.0, a.value):
        return "dash"
    return ""


def _connector(text: str, a: Atom, b: Atom, lex: Lexicon) -> str:
    """The word or dash that joins ``a`` to ``b`` ('and', 'to', '-'), with the letters of a currency after
    it ('to US$' → 'tous'); '' when the text between them is no range's."""
    gap = without_qualifier(text[a.end : b.start], lex)
    if len(gap) > 14 or "\n\n" in gap or not _RANGE_GAP.match(gap):
        return ""
    if _PERCENT_IN_GAP.search(gap):  # '5% to 6%': the second number is a percentage too
        unit = unit_after(text, b.end, lex)
        if not unit or lex.units[unit][0] != "percent":
            return ""
    return _NOT_CONNECTOR.sub("", gap.lower().replace("percent", "").replace("per cent", "").replace("pct", ""))
