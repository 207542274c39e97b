"""What bounds a number: the qualifier before it ('about', 'more than') or after it ('650 or more'), and the
currency written before it ('$', 'EUR'); and the bounds a qualifier gives ('more than 100' is 100 to inf)."""

from __future__ import annotations

import math
import re
from functools import cache

from .lexicon import Lexicon
from .trie import trie

INF = math.inf
_QUALIFIER_SPAN = 24  # how far before a number its qualifier may start
# 'handed over', 'signed over': verbs whose 'over' is a particle, not a bound, ending the text before it
_PARTICLE_VERB = re.compile(r"\b(?:hand|turn|sign)(?:s|ed|ing)?\s+\Z", re.I)  # not 'took over 300 days'
_SUB = re.compile(r"\bsub-\Z", re.I)  # 'sub-10 nm': below the number
_BOUND_AFTER = re.compile(
    r"""\s+(?:or|and)\s+(?:
        (more|over|above|upwards?)          # '650 or more'
      | (fewer|less|under|below)            # '20 or fewer'
    )\b
    | (\+)(?![\d+])                         # '18+ years': at least, not a sum ('5+3')
    """,
    re.I | re.X,
)


@cache
def _qualifier(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\b({trie(lex.qualifiers)})\s+\Z", re.I)  # ending the text searched


@cache
def _currency(lex: Lexicon) -> re.Pattern:
    """A currency written before its number, ending the text searched: a sign in any case ('$', 'us$'), or a
    code or sign of letters as the lexicon writes it ('EUR ', 'USD', 'RM', 'Rs.')."""
    money = [w for w, (k, _) in lex.units.items() if k == "money"]
    signs = [w for w in money if not w.isalpha() and w not in lex.cased_units]
    codes = [lex.cased_units[w] for w in money if w in lex.cased_units and len(w) > 1]
    return re.compile(rf"(?<![\w$])(?:(?i:{trie(signs)})|{trie(codes)})\s?\Z")


def prefix(text: str, start: int, lex: Lexicon) -> tuple[int, str, str]:
    """Leftward extension of a number: (new start, qualifier, currency symbol)."""
    new_start, qualifier, currency = start, "", ""
    m = _currency(lex).search(text, max(0, start - 5), start)
    if m:
        currency = m.group().strip().lower()
        new_start = m.start()
    if _SUB.search(text, max(0, new_start - 4), new_start):  # 'sub-10 nm', 'sub-$100 phones'
        return new_start - 4, "less than", currency
    q = _qualifier(lex).search(text, max(0, new_start - _QUALIFIER_SPAN), new_start)
    if q and q.group(1).lower() == "over" and _PARTICLE_VERB.search(text, max(0, q.start() - 10), q.start()):
        q = None  # 'handed over seven bases': 'over' belongs to the verb
    if q and text.count("\n", q.end(1), new_start) < 2:  # a qualifier does not reach across a paragraph break
        qualifier = lex.qualifiers[q.group(1).lower()]
        new_start = q.start()
    return new_start, qualifier, currency


def without_qualifier(text: str, lex: Lexicon) -> str:
    """``text`` without the qualifier that ends it before its closing spaces ('to about ' → 'to ')."""
    q = _qualifier(lex).search(text)
    return text[: q.start()] if q else text


def bound_after(text: str, end: int) -> tuple[str, int] | None:
    """The bound written right after a number ('650 or more' → 'at least') and where it ends."""
    m = _BOUND_AFTER.match(text, end)
    if m is None:
        return None
    return ("at least" if m.group(1) or m.group(3) else "up to"), m.end()


def bounds(value: float, qualifier: str) -> tuple[float, float]:
    """The low and high bound a qualifier gives a value."""
    if qualifier in ("more than", "at least"):
        return value, INF
    if qualifier in ("less than", "up to"):
        return 0.0, value
    return value, value
