"""The key of a thread of numbers: what a number measures (its kind, state, group, thing counted,
place, aspect and era), the thread id it gives, and whether a subject says what it measures."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import pandas as pd

from ..grammar.lexicon import Lexicon


class Key(NamedTuple):
    """What a number measures, as a thread key."""

    kind: str  # count, money, percent or measure: only like joins like
    state: str
    group: str
    noun: str
    place: str
    aspect: str
    era: str
    story: str = ""  # for a key that names no place: the story it is told in (see ``stories``)

    def text(self) -> str:
        words = " ".join(w for w in (self.state, self.group, self.noun) if w)
        where = f" in {self.place}" if self.place else ""
        when = f" ({self.aspect})" if self.aspect != "level" else ""
        return f"{words}{where}{when}{f' ({self.era})' if self.era else ''}"


def thread_name(k: Key) -> str:
    """A key as a thread id: its text, and the story it is kept to if it names no place.

    >>> thread_name(Key("count", "killed", "", "people", "", "level", "", story="maui"))
    'killed people [maui]'
    """
    return f"{k.text()} [{k.story}]" if k.story else k.text()


def measure_of(k: Key) -> tuple[str, str, str, str, str]:
    """What a key measures, its place aside: the block in which places are compared."""
    return k.kind, k.state, k.noun, k.aspect, k.era


_GENERIC = frozenset(("people", "ships", "shares"))  # things that could be counted for any reason


def says_what(subject: str, kind: str, lex: Lexicon) -> bool:
    """Whether a number's subject says what it measures: a state ('killed', 'demanded'), for a count
    a thing less generic than people or ships, for a measure more than its unit ('length m', 'tonnes
    of cargo', 'acres in kula fire', not 'years'). Dates always do.

    >>> from claimtrack.grammar.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> says_what("usd", "money", lex), says_what("demanded usd", "money", lex)
    (False, True)
    """
    if kind == "date":
        return True
    if kind == "measure":
        return subject not in _units(lex)
    words = subject.rpartition(" in ")[0].split() if " in " in subject else subject.split()
    if words and words[0] in _states(lex):
        return True
    return kind == "count" and bool(set(words) - _GENERIC - set(lex.nations))


def say_what(frame: pd.DataFrame, lex: Lexicon) -> pd.Series:
    """:func:`says_what` for each claim of ``frame`` (its ``subject`` and ``kind``), on its index."""
    said = [says_what(s, k, lex) for s, k in zip(frame["subject"], frame["kind"], strict=True)]
    return pd.Series(said, index=frame.index, dtype=bool)


@cache
def _units(lex: Lexicon) -> frozenset[str]:
    """The units of measure as subjects name them ('m', 'tonnes', 'days')."""
    return frozenset(canon for kind, canon in lex.units.values() if kind == "measure")


@cache
def _states(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.states.values())
