"""Where the numbers of a text are: each one, in digits or in words, as an :class:`Atom` (its span and value),
before any word around it is read. Dates found first, clock times, phone numbers and names are no atoms."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from .lexicon import Lexicon
from .number_forms import DIGIT_FORMS
from .number_names import clock_or_phone_end, in_name
from .number_qualifiers import prefix
from .number_units import fused_units, unit_after
from .number_words import (
    is_number_word_use,
    number_in_words,
    parse_number,
    scale_after_digits,
    scale_of,
    word_starts,
    words_of,
)
from .text import folded
from .trie import trie


class Atom(NamedTuple):
    """One number: its span, value, whether it is vague or in words, and the scale its words give it."""

    start: int
    end: int
    value: float
    vague: bool
    word: bool
    scale: float = 1.0


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)? | \d+(?:\.\d+)?"  # '2,500.5', '2500.5'
# '400m-long', '60m wide', 'long (400m)', 'a depth of 20m', the '100m sprint': a fused 'm' that measures a
# length, not millions
_DIMENSIONS = trie("long wide high tall deep thick".split())
_LENGTH_AFTER = trie(
    """long wide high tall deep thick away below above underground underwater offshore inland
    sprint hurdles freestyle backstroke breaststroke butterfly medley relay dash""".split()
)
_LENGTHS = trie("depth height altitude length width distance elevation radius diameter".split())
_METRES_AFTER = re.compile(rf"[\s-]?{_LENGTH_AFTER}\b", re.I)
_METRES_BEFORE = re.compile(rf"\b(?:{_DIMENSIONS}\s*\(|{_LENGTHS}\s+of\s+(?:about\s+|some\s+|up\s+to\s+)?)\Z", re.I)


@cache
def _signs(lex: Lexicon) -> re.Pattern:
    """The letters of a currency written onto the digits after them, ending the text searched: '$US916', '$A110'
    (as Australian and New Zealand papers write them), 'USD5m', 'RM45', the codes matched as the lexicon writes them."""
    codes = [lex.cased_units[w] for w, (kind, _) in lex.units.items() if kind == "money" and w in lex.cased_units]
    return re.compile(rf"(?:\$[A-Z]{{1,2}} | (?<![\w$]){trie(codes)})\Z", re.X)


_ONE_ARTICLES = frozenset({"a", "an"})  # read as one only before a unit after a qualifier ('under a hectare')
_IN_BEFORE = re.compile(r"\bin\s\Z", re.I)  # ending the text before a qualifier: 'in more than a year'
_LETTER_DIGIT = re.compile(r"\d(?<=[A-Za-z.$]\d)")  # a digit after a letter, a point or '$': where a sign may end
_SIGN_SPAN = 4  # the longest sign written onto digits ('USD', 'Rs.', '$US')


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """Where a number may start (on the folded text after one pad character), and the number there."""
    # A character that is not an ASCII word character before a candidate lets the scan skip to such
    # characters and try the rest only there; a non-ASCII word character before it only adds a candidate
    # that the atom rejects, as it does every candidate that does not start a word.
    # the units written as words that 'a' may count ('a hectare', 'an hour', 'a percentage point')
    one_units = trie(w for w in lex.units if len(w) > 2 and w.replace(" ", "").isalpha() and w not in lex.cased_units)
    starts = re.compile(
        rf"""[^a-z0-9_](?:
            \d(?<![.,:/]\d)          # a digit, not inside a number or name ('2,500', '3.5', '24/7')
          | {word_starts(lex)}       # a number word
          | an?(?=\s+{one_units}\b)  # 'a' or 'an' before a unit ('under a hectare'), taken after a qualifier
        )""",
        re.X,
    )
    scales = trie(words_of(lex, "scale"))
    atom = re.compile(
        rf"""
            (?:(?<![\w.,:/])|(?<=[A-Za-z.]))                    # at a word's start, or after '$US', 'USD', 'Rs.'
            (?:{DIGIT_FORMS}|{_DIGITS})(?:{scale_after_digits(lex)})*   # '2,500', '3.5 million', '5m', '3/8'
            (?:(?<=[a-z])\s\d{{1,3}}(?:\s{scales})+)*                   # '4 thousand 2 hundred'
            (?:(?<=hundred)\s+and\s+\d{{1,2}}(?![\d.,]|\s?{scales}))?    # ... 'and 10'
            (?:(?!\w)|(?={fused_units(lex)}))                  # ending a word, or before a unit: '40GB'
          | \b(?:{number_in_words(lex)})\b
          | \ban?(?=\s+{one_units}\b)                          # 'a' as one before a unit: 'within an hour'
        """,
        re.I | re.X,
    )
    return starts, atom


@cache
def _half(lex: Lexicon) -> re.Pattern:
    """'and a half' after a number, perhaps then a scale: ' and a half million'."""
    return re.compile(rf"\s+and\s+a\s+half\b(?:\s+(?P<scale>{trie(words_of(lex, 'scale'))})\b)?", re.I)


def find_atoms(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Atom]:
    """The numbers of ``text`` outside the sorted spans ``taken``, in order.

    The atom pattern is tried only where the scan finds a candidate, and never inside a match."""
    atom_at = _patterns(lex)[1].match
    dates = _Spans(taken)
    atoms = []
    skip_to = last = 0
    for s in _candidates(text, lex):
        if s < last:
            continue
        m = atom_at(text, s)
        if m is None:
            continue
        e = last = m.end()
        if s < skip_to:
            continue
        if text[s].isdigit():
            other = clock_or_phone_end(text, s - (text[s - 1 : s] == "+"))
            if other is not None:
                skip_to = other
                continue
        if dates.overlap(s, e):
            continue
        a = _atom(text, s, e, lex)
        if a is not None:
            a = _and_a_half(text, a, lex)
            last = max(last, a.end)
            atoms.append(a)
    return atoms


def _and_a_half(text: str, a: Atom, lex: Lexicon) -> Atom:
    """``a`` and the half after it, and the scale after that ('three and a half hours', 'two and a half
    million'), as one number; ``a`` itself when no half follows."""
    m = _half(lex).match(text, a.end)
    whole = a.value / a.scale
    if m is None or a.vague or whole != int(whole):
        return a
    scale = lex.number_words[m.group("scale").lower()][0] if m.group("scale") else a.scale
    return a._replace(end=m.end(), value=(whole + 0.5) * scale, scale=scale)


def _atom(text: str, s: int, e: int, lex: Lexicon) -> Atom | None:
    """The number at ``s:e`` that the atom pattern matched, unless it is part of a name or a word used otherwise."""
    surface = text[s:e]
    digit = surface[0].isdigit()
    if _RATIO_AFTER.match(text, e) or _RATIO_BEFORE.search(text, max(0, s - 6), s):
        return None  # a ratio, not two counts: 'a three-for-two stock split', 'a 1-for-10 reverse split'
    if _RANK_BEFORE.search(text, max(0, s - 8), s):
        return None  # a rank: 'the world's number two producer', 'the No. 3 carrier'
    if digit and in_name(text, s, e, signed=text[s - 1 : s].isalpha()) and not _percentage(text, e, lex):
        return None
    if surface[-1] == "m" and _metres(text, s, e):
        e -= 1  # the 'm' is read as a unit after the number
        surface = surface[:-1]
    if surface[-1] in "bB" and surface[-2].isdigit() and not _money_or_decimal(text, s, surface):
        return None  # 'K2-18b', 'Figure 3b': a 'b' on a whole number is billions only after a currency
    if surface.lower() in _ONE_ARTICLES:
        return Atom(s, e, 1.0, False, True) if _one(text, s, lex) else None
    reading = _reading(surface, lex)
    if reading is None or (not digit and not is_number_word_use(text, s, e, surface, reading[0], lex)):
        return None
    return Atom(s, e, *reading)


_RATIO_AFTER = re.compile(r"-for-\w", re.I)  # the first term of a ratio: 'three-for-two'
_RATIO_BEFORE = re.compile(r"\w-for-\Z", re.I)  # and the second
_RANK_BEFORE = re.compile(r"\b(?:[Nn]umber|No\.)\s+\Z")  # 'number two', 'No. 3'


class _Spans:
    """Sorted spans, asked in order of position whether one overlaps a span."""

    __slots__ = ("spans", "k")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans, self.k = spans, 0

    def overlap(self, s: int, e: int) -> bool:
        spans, k = self.spans, self.k
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        self.k = k
        return k < len(spans) and spans[k][0] < e


def _metres(text: str, s: int, e: int) -> bool:
    """Whether the 'm' fused to the number at ``s:e`` is metres: a length, a place or a race over a length
    is named right after it ('400m-long', '60m wide', '20m below', '100m sprint'), a dimension right before
    its brackets ('long (400m)') or before it ('a depth of 20m')."""
    return text[e - 2].isdigit() and bool(
        _METRES_AFTER.match(text, e) or _METRES_BEFORE.search(text, max(0, s - 24), s)
    )


def _one(text: str, s: int, lex: Lexicon) -> bool:
    """Whether the 'a' or 'an' at ``s`` before a unit is the number one: after a qualifier ('under a hectare',
    'within an hour'), not in a period back from now ('the deadliest in more than a century')."""
    start, qualifier, _ = prefix(text, s, lex)
    return bool(qualifier) and _IN_BEFORE.search(text, max(0, start - 4), start) is None


def _percentage(text: str, e: int, lex: Lexicon) -> bool:
    """Whether a percent sign or word follows the number ending at ``e``: a percentage, even after a word that
    labels numbers ('a level 1.6 pct below', not 'level 3')."""
    unit = unit_after(text, e, lex)
    return bool(unit) and lex.units[unit][0] == "percent"


def _money_or_decimal(text: str, s: int, surface: str) -> bool:
    """Whether the number ``surface`` at ``s`` has decimals ('3.1b') or a currency written before it ('$3b')."""
    return "." in surface or (s > 0 and (text[s - 1] in "$€£¥₹" or text[s - 1].isalpha()))


def _candidates(text: str, lex: Lexicon) -> Iterator[int]:
    """Where a number may start, in order: the scan's matches on the folded text padded by one character
    (so that a match's start is the candidate's offset in ``text``), and the digits after the letters of a
    currency ('$US916', 'USD5m')."""
    starts = (m.start() for m in _patterns(lex)[0].finditer(" " + folded(text)))
    sign = _signs(lex).search
    signed = [i for m in _LETTER_DIGIT.finditer(text) if sign(text, max(0, (i := m.start()) - _SIGN_SPAN), i)]
    return heapq.merge(starts, signed) if signed else starts


@lru_cache(maxsize=1 << 14)
def _reading(surface: str, lex: Lexicon) -> tuple[float, bool, bool, float] | None:
    """Value, vagueness, whether in words, and scale of an atom's text (the ``Atom`` fields after
    its span), cached: the same numbers recur across articles."""
    parsed = parse_number(surface, lex)
    if parsed is None:
        return None
    return parsed[0], parsed[1], not surface[0].isdigit(), scale_of(surface, parsed[0], lex)
