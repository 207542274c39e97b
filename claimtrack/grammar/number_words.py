"""Numbers in words: the lexicon's number words as patterns, and the value of a number expression.

The words and their values are ``lexicons/number_words.csv``; its ``type`` column says what a word
does: a ``cardinal`` ('seven') or ``tens`` ('forty') adds itself, a ``scale`` ('hundred', 'bn')
multiplies what comes before, a ``fraction`` ('thirds') takes a part of it, a ``vague`` plural
('hundreds') stands alone for a rough count, and a ``few`` word ('several', 'tens') is a rough count
only in a phrase ('several hundred', 'a few thousand', 'tens of thousands').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .lexicon import Lexicon, default_lexicon
from .number_forms import parse_form, ungrouped
from .number_units import unit_after
from .trie import trie

FUSED_SCALES = {"m": 1e6, "k": 1e3, "b": 1e9}  # letters written onto digits that scale them: '5m', '20k', '3.1b'
_FILLERS = frozenset({"a", "an", "of", "and"})  # words inside a number that add nothing: 'half a dozen'
_VAGUE_TYPES = frozenset({"vague", "few"})
_LEADING_DIGITS = re.compile(r"(\d+(?:\.\d+)?)\s?(.*)")
_WORD_SPLIT = re.compile(r"[\s-]+")
_HEAD_DIGITS = re.compile(r"[\d.,]+")
_FORM_CHARS = re.compile(r"/|\d[ex×]|\d [x×]")  # a fraction or scientific notation

_Combine = Callable[[float, float | None, float], tuple[float, float | None]]


def _add(total: float, current: float | None, v: float) -> tuple[float, float | None]:
    return total, (current or 0.0) + v


def _part(total: float, current: float | None, v: float) -> tuple[float, float | None]:
    return total, (1.0 if current is None else current) * v


def _scale(total: float, current: float | None, v: float) -> tuple[float, float | None]:
    current = (1.0 if current is None else current) * v
    return (total + current, None) if v >= 1000 else (total, current)  # 'two million three hundred'


def _rough(total: float, current: float | None, v: float) -> tuple[float, float | None]:
    return total, current * v / 2 if current else v  # 'tens of thousands': 20 * 2,000 / 2


# How a word of each type changes (the total so far, the group being read) with its value.
_COMBINE: dict[str, _Combine] = {
    "cardinal": _add,
    "tens": _add,
    "scale": _scale,
    "fraction": _part,
    "vague": _rough,
    "few": _rough,
}


def parse_number(text: str, lex: Lexicon | None = None) -> tuple[float, bool] | None:
    """Value of a number expression and whether it is vague; ``None`` if it is not one.

    >>> parse_number("2,500"), parse_number("two-thirds"), parse_number("2.5 million")
    ((2500.0, False), (0.6666666666, False), (2500000.0, False))
    >>> parse_number("three hundred and fifty"), parse_number("half a dozen"), parse_number("5m")
    ((350.0, False), (6.0, False), (5000000.0, False))
    """
    lex = lex or default_lexicon()
    t = ungrouped(text.replace(",", "").lower().replace("‑", "-").strip())
    if _FORM_CHARS.search(t):
        form = parse_form(t)
        return None if form is None else (form, False)
    digits = _LEADING_DIGITS.fullmatch(t)
    value, words = (float(digits.group(1)), digits.group(2).split()) if digits else (None, _WORD_SPLIT.split(t))
    return _read_words(words, value, lex)


def _read_words(words: list[str], value: float | None, lex: Lexicon) -> tuple[float, bool] | None:
    """The value of the ``words`` of a number after its leading digits' ``value`` (if any), and its vagueness:
    number words, digits between scales ('4 thousand 2 hundred'), decimals after 'point' ('three point zero five')."""
    total, current, vague, decimals = 0.0, value, False, None
    for w in words:
        if w in _FILLERS:
            continue
        if w == "point" and decimals is None and current is not None:
            decimals = ""
            continue
        v, kind = (float(w), "cardinal") if w.isdigit() else lex.number_words.get(w, (-1.0, ""))
        if decimals is not None and kind == "cardinal" and v <= 9:
            decimals += str(int(v))
            continue
        if decimals:  # 'one point five million': the decimals belong to the number the scale scales
            current, decimals = (current or 0.0) + float("0." + decimals), ""
        if value is not None and w in FUSED_SCALES:
            current = (current or 1.0) * FUSED_SCALES[w]
        elif not kind:
            return None
        else:
            total, current = _COMBINE.get(kind, _add)(total, current, v)
            vague = vague or kind in _VAGUE_TYPES
    if decimals:
        current = (current or 0.0) + float("0." + decimals)
    if total == 0.0 and current is None:
        current = 1.0
    return total + (current or 0.0), vague


def scale_of(surface: str, value: float, lex: Lexicon) -> float:
    """The multiplier the scale words that end a number give it ('3 million', 'four million' → 1e6, 'two
    dozen' → 12), so that a bare low bound ('between 2 and 3 million', 'three to four million') can take it too."""
    head = _HEAD_DIGITS.match(ungrouped(surface))
    if head:
        base = float(head.group().replace(",", "").rstrip("."))
        return max(1.0, value / base) if base else 1.0  # a fraction ('3/8') has none
    words = _WORD_SPLIT.split(surface.lower())
    while len(words) > 1 and lex.number_words.get(words[-1], (0, ""))[1] == "scale":
        words.pop()
    base = parse_number(" ".join(words), lex) if len(words) < len(_WORD_SPLIT.split(surface)) else None
    return value / base[0] if base and base[0] else 1.0


def words_of(lex: Lexicon, *types: str) -> list[str]:
    """The number words of the given types."""
    return [w for w, (_, t) in lex.number_words.items() if t in types]


def scale_after_digits(lex: Lexicon) -> str:
    """A pattern (``re.VERBOSE``) of one scale after digits: a scale word ('2.5 million', '3bn', '5.7  million'
    after a doubled space) or a fused letter ('5m')."""
    return rf"(?:\s{{0,2}}{trie(words_of(lex, 'scale'))}\b|(?<=\d){trie(FUSED_SCALES)}\b)"


def number_in_words(lex: Lexicon) -> str:
    """A pattern (``re.VERBOSE``, case-insensitive) of a number in words; a fragment ends each line."""
    ones = trie(w for w, (v, t) in lex.number_words.items() if t == "cardinal" and 1 <= v <= 9)
    scales, fractions = trie(words_of(lex, "scale")), trie(words_of(lex, "fraction"))
    counts = trie(words_of(lex, "cardinal", "tens", "vague"))
    digit = trie(w for w, (v, t) in lex.number_words.items() if t == "cardinal" and v <= 9)
    count = rf"{counts}(?:[-\ ]{counts})?(?:\ point(?:\ {digit})+)?"  # 'forty-two', 'dozens', 'three point five'
    return rf"""
        (?:an?|{ones})[-\ ]{fractions}\s+of\s+an?\s+{scales}               # 'a quarter of a million'
      | (?:an?|{ones}|several|a\ few|few)[-\ ]{fractions}                   # 'a third', 'two-thirds'
      | half\s+an?\s+{scales}                                               # 'half a million'
      | half(?=\s+(?:of|the)\b)                                             # 'half of', 'half the'
      | (?:a|several|a\ few|tens\ of|hundreds\ of)\s+{scales}(?:\s{scales})*   # 'several hundred thousand'
      | (?:tens|hundreds)\ of\ (?:thousands|millions)                       # 'tens of thousands'
      | {count}(?:\s{scales}(?:(?:\s+and)?\s+{count}(?:\s{scales})?)*)*     # 'three hundred and fifty'
    """


def word_starts(lex: Lexicon) -> str:
    """A pattern (``re.VERBOSE``, on folded text) of where a number in words can start: its first word,
    or 'a' and 'an' before a scale, a fraction or 'few' ('a million', 'a third', 'a few')."""
    lead = "".join(sorted({re.escape(w[0]) for w in [*words_of(lex, "scale", "fraction"), "few"]}))
    firsts = trie([*words_of(lex, "cardinal", "tens", "vague", "few"), "half"])
    return rf"an?(?=[\s-]\s*[{lead}]) | {firsts}\b"


def ends_in_fraction(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the number at ``start:end`` ends in a fraction word ('two-thirds'): a share, read as a percentage."""
    return _fraction_end(lex).search(text, start, end) is not None


@cache
def _fraction_end(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:{trie(words_of(lex, 'fraction'))})$", re.I)


def _pronoun(text: str, e: int, before: str, lex: Lexicon) -> bool:
    """Whether 'one' ending at ``e`` is a pronoun after a determiner ('every one of them'), not a number
    before its unit ('for every one stg of loan stock')."""
    return _ONE_PRONOUN.search(before) is not None and not unit_after(text, e, lex)


def is_number_word_use(text: str, s: int, e: int, surface: str, value: float, lex: Lexicon) -> bool:
    """For a number in words: false for 'one' as a pronoun, anaphoric 'the two', names ('Air Force
    One') and idioms. (A number in digits is none of these.)"""
    before = text[max(0, s - 12) : s]
    low = surface.lower()
    if low in ("one", "an", "a") and (_ONE_NOT_NUMBER.match(text, e) or _pronoun(text, e, before, lex)):
        return False
    compound = text[e : e + 1] == "-"
    if value < 11 and not compound and _ANAPHOR.search(before) and not _SEPARATE.match(text, e):
        return False
    if low in ("one", "a", "an") and _word_compound(lex).match(text, e):
        return False
    if surface[0].isupper() and _NAME_BEFORE.search(before) and not _SENTENCE_END.search(before[:-1]):
        return False
    return not (low == "scores" and not text[e : e + 4].lower().startswith(" of"))


_ANAPHOR = re.compile(r"\bthe\s+$", re.I)
_SEPARATE = re.compile(r"\s+(?:separate|different|distinct|individual)\b", re.I)  # 'the three separate fires' counts
_DETERMINERS = "no any every some the this that which each anyone someone".split()  # 'no one', 'which one'
_ONE_PRONOUN = re.compile(rf"\b(?:{trie(_DETERMINERS)})\s+$", re.I)
_ONE_NOT_NUMBER = re.compile(
    r"""\s+(?:
        of | another | which | who | whose                             # 'one of them', 'one another'
      | day | time | point | way | side | hand                         # 'one day', 'on the one hand'
      | that (?!\s+(?:day|time|week|month|year|night))                 # 'one that killed a soldier' (an attack)
    )\b""",
    re.I | re.X,
)
_SENTENCE_END = re.compile(r"[.!?\"“]\s*$")
_NAME_BEFORE = re.compile(r"[A-Z]\w*\s(?:of\s)?$")  # 'Air Force One', 'Group of Seven'
_COMPOUND_UNITS = "year month week day hour minute mile km metre meter foot".split()  # 'one-year', 'a-mile'


@cache
def _word_compound(lex: Lexicon) -> re.Pattern:
    """'one-man show', 'one-off payment': 'one' or 'a' in a compound with a word that is no unit or
    fraction, before another word."""
    return re.compile(rf"-(?!{trie([*_COMPOUND_UNITS, *words_of(lex, 'fraction')])})[a-z]+\s+[a-z]")
