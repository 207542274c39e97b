"""The number grammar: counts, money, percentages and measures, with ranges and qualifiers.

``find_numbers(text)`` returns :class:`NumberMatch` records with offsets into ``text``; it does
not decide what is counted beyond the unit written right after the number (see ``subjects``).
The numbers themselves are ``number_atoms``; the words around them are read by ``number_qualifiers``
(before), ``number_units`` (after) and ``number_ranges`` (between two).
"""

from __future__ import annotations

import math
import re

from .lexicon import Lexicon, default_lexicon
from .number_atoms import Atom, find_atoms
from .number_match import NumberMatch
from .number_names import AGE_UNIT, is_age, is_bare_year
from .number_pairs import read_pairs
from .number_qualifiers import bound_after, bounds, prefix
from .number_ranges import is_proportion, range_kind, scaled_low
from .number_units import counted_noun, duration_before, hundredths_of, measure_before, on_scale, suffix
from .number_words import ends_in_fraction
from .text import blanked

# a sign before a number, ending the text searched: 'minus 40', 'negative two', ' -2.4%', '(-3)'
# ('plus or minus 2 pct' is a tolerance, 'AA-minus' a rating)
_SIGN_BEFORE = re.compile(r"(?:(?<!\bor\s)(?<!-)\b(?:minus|negative)\s+|(?<=[ (])[-−])\Z", re.I)
_BARE_SUM = 1e6
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")


def find_numbers(text: str, *, taken: list[tuple[int, int]] | None = None) -> list[NumberMatch]:
    """Every quantity in ``text``, skipping spans in ``taken`` (dates found first).

    >>> [(m.value_low, m.value_high, m.qualifier, m.unit) for m in find_numbers("between 5,000 and 6,000 US troops")]
    [(5000.0, 6000.0, 'between', 'US troops')]
    """
    lex = default_lexicon()
    taken = sorted(taken or [])
    atoms = find_atoms(text, taken, lex)
    text = blanked(text, taken)  # what surrounds a number is read with the dates blanked out: no word, space
    # or sign pattern matches NUL, so its qualifier, currency, unit or range never reaches into a date found
    # first (the 'about' of a date is not this number's 'about')
    out: list[NumberMatch] = []
    n = len(atoms)
    i = 0
    while i < n:
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < n else None
        if nxt is not None and is_proportion(text, a, nxt):
            out.append(_proportion(text, a, nxt, lex))
            i += 2
            continue
        low, high = _with_sign(text, a), nxt and _with_sign(text, nxt)  # a range's bounds with their signs
        pair = range_kind(text, low, high, lex)
        if pair:
            out.extend(_range_matches(text, low, high, pair, lex))
            i += 2
            continue
        m = _single(text, a, lex)
        if m and out and m.start < out[-1].end:
            m = m._replace(start=a.start)  # '0 ₩ 0': the sign between is the first number's, written after it
        if m:
            out.append(_same_currency(m, out[-1] if out else None, text))
        i += 1
    return [_in_main_unit(m) for m in read_pairs(out, text)]


def _in_main_unit(m: NumberMatch) -> NumberMatch:
    """A sum in cents or pence as a sum in its currency ('70 cts' is 0.70 dollars); any other match as it is."""
    if m.kind != "money":
        return m
    currency = hundredths_of(m.unit)
    if not currency:
        return m
    return m._replace(value_low=m.value_low / 100, value_high=m.value_high / 100, unit=currency)


def _proportion(text: str, a: Atom, b: Atom, lex: Lexicon) -> NumberMatch:
    """'one in five' as the percentage it is (20)."""
    start, qualifier, _ = prefix(text, a.start, lex)
    share = round(100 * a.value / b.value, 2)
    return NumberMatch(start, b.end, share, share, qualifier or "exact", "percent", "percent", b.end)


def _same_currency(m: NumberMatch, before: NumberMatch | None, text: str) -> NumberMatch:
    """A bare sum in millions or billions after a sum of money in its sentence is in that money
    ('demanded 950 million dollars, then lowered the request to 550 million'), in its currency
    after a sum in cents ('Shr 50 cts vs 46 cts Net 43.0 mln')."""
    if m.kind != "count" or m.unit or m.value_low < _BARE_SUM or before is None or before.kind != "money":
        return m
    if _SENTENCE_BREAK.search(text, before.end, m.start):
        return m
    return m._replace(kind="money", unit=hundredths_of(before.unit) or before.unit)  # dollars after cents


def _single(text: str, a: Atom, lex: Lexicon) -> NumberMatch | None:
    """One number on its own, with its qualifier, currency and unit; ``None`` for a bare year."""
    start, qualifier, currency = prefix(text, a.start, lex)
    a_end = a.end
    bound = None if qualifier else bound_after(text, a_end)
    if bound:
        qualifier, a_end = bound
    end, kind, unit, unit_end = suffix(text, a_end, currency, lex)
    value = a.value
    duration = duration_before(text, start) if kind == "count" and not unit else None
    if duration and not counted_noun(text, end, lex)[0]:  # 'a day or two', not 'a day or two nights'
        return NumberMatch(duration[0], end, 1.0, value, "between", "measure", duration[1], end)
    if kind == "count":
        counted = _counted(text, a, end, unit, qualifier, lex)
        if counted is None:
            return None
        kind, unit, unit_end, value = counted
    negative = _signed(text, start)
    if negative:
        start = negative.start()
    qualifier, low, high = _bounds(a, value, qualifier)
    if negative:
        low, high = -high, -low
    return NumberMatch(start, end, low, high, qualifier, kind, unit, unit_end)


def _with_sign(text: str, a: Atom) -> Atom:
    """``a`` with the sign written before it as part of it ('-5' in 'from -5 to -10 degrees'), for the
    bounds of a range; a vague number ('minus hundreds') as it is."""
    sign = None if a.vague else _signed(text, a.start)
    return a._replace(start=sign.start(), value=-a.value) if sign else a


def _signed(text: str, start: int) -> re.Match | None:
    """The sign before the number at ``start``, if any: looked for only after a dash or a word ending as
    'minus' or 'negative' do (most numbers have none)."""
    last = text[start - 1 : start]
    if last not in ("-", "−") and not (
        last.isspace() and text[max(0, start - 4) : start - 1].lower() in ("nus", "ive")
    ):
        return None
    return _SIGN_BEFORE.search(text, max(0, start - 10), start)


def _counted(
    text: str, a: Atom, end: int, unit: str, qualifier: str, lex: Lexicon
) -> tuple[str, str, int, float] | None:
    """Kind, unit, unit end and value of a count: a measure after a measure word ('aged 71') or of a person's
    age set off after a name ('Donna Gomes, 71,'), a share when it ends in a fraction ('two-thirds'); ``None``
    for a bare year."""
    measure = measure_before(text, a.start)
    if measure:
        return "measure", measure, end, a.value
    if not unit and (scale := on_scale(text, end)):
        return "measure", *scale, a.value
    unit_end = end
    if not unit:
        unit, unit_end = counted_noun(text, end, lex)
        if not unit and is_bare_year(text, a.start, a.end):
            return None
        if not unit and not qualifier and is_age(text, a.start, a.end, a.value):
            return "measure", AGE_UNIT, end, a.value
    if ends_in_fraction(text, a.start, a.end, lex):
        return "percent", "percent", unit_end, round(a.value * 100, 2)
    return "count", unit, unit_end, a.value


def _bounds(a: Atom, value: float, qualifier: str) -> tuple[str, float, float]:
    """A number's qualifier and bounds: a vague one unqualified ('hundreds') runs up to its next power of ten."""
    if not a.vague:
        return qualifier or "exact", *bounds(value, qualifier)
    if qualifier:
        return qualifier, *bounds(value, qualifier)
    return "vague", value, 10 ** (math.floor(math.log10(value)) + 1) - 1


def _range_matches(text: str, a: Atom, b: Atom, how: str, lex: Lexicon) -> list[NumberMatch]:
    """The matches of a range: one for 'between' and 'dash', a 'from' and a 'to' for a change."""
    start, qualifier, currency = prefix(text, a.start, lex)
    end, kind, unit_word, word_end = suffix(text, b.end, currency, lex)
    if not currency and kind == "count":
        inner = prefix(text, b.start, lex)[2]
        if inner:
            kind, unit_word = "money", lex.units.get(inner, ("money", inner.upper()))[1]
    if kind == "count" and is_bare_year(text, a.start, a.end) and is_bare_year(text, b.start, b.end):
        return []
    low = scaled_low(a, b)
    unit, unit_end = counted_noun(text, end, lex) if kind == "count" else (unit_word, word_end)
    if how == "from":
        b_start, b_qualifier, _ = prefix(text, b.start, lex)
        b_start = max(b_start, a.end + 1)
        a_end = suffix(text, a.end, currency, lex)[0]  # its own sign: 'from 7.2% to 6.8%'
        first = NumberMatch(start, a_end, *bounds(low, qualifier), qualifier or "exact", kind, unit, unit_end, "from")
        second = (b_start, end, *bounds(b.value, b_qualifier), b_qualifier or "exact", kind, unit, unit_end, "to")
        return [first, NumberMatch(*second)]
    if how in ("between", "ranged") and not qualifier:
        lo = max(0, a.start - 20)
        found = text[lo : a.start].lower().rfind("between" if how == "between" else "from")
        start = lo + found if found >= 0 else a.start
    low, high = min(low, b.value), max(low, b.value)
    return [NumberMatch(start, end, low, high, "between", kind, unit, unit_end)]
