"""The scan for date patterns: each is tried only where a word it can begin with (one of its heads)
or a digit starts, and only with the patterns that word heads; several times faster than trying
every pattern at every position, with the same matches.

>>> [m.group() for m in scan("Troops left on Friday, July 23, in 2021.")]
['Friday, July 23', '2021']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from .date_patterns import HEAD_CLASSES, PATTERNS
from .text import folded
from .trie import trie

Fields = Callable[[str], str | None]  # a match's groups by their names in PATTERNS; None if unmatched


def _heads(spec: str) -> list[str]:
    """The words a heads spec names, with its classes (MONTH ...) spelled out."""
    return [word for head in spec.split() for word in HEAD_CLASSES.get(head, [head])]


def scanner(names: frozenset[str]) -> re.Pattern:
    """One alternation of the named patterns, in ``PATTERNS`` order, each in a group ``_<name>``
    and its own groups renamed ``<name>_<group>``."""
    return re.compile(
        "|".join(
            f"(?P<_{n}>{p.replace('(?P<', f'(?P<{n}_').replace('(?P=', f'(?P={n}_')}\n)"
            for n, _, p in PATTERNS
            if n in names
        ),
        re.VERBOSE,
    )


def _scanners() -> dict[str, re.Pattern]:
    """For each head word ('0' for a digit), the alternation of the patterns it heads."""
    names: dict[str, set[str]] = {}
    for name, spec, _ in PATTERNS:
        for word in _heads(spec):
            names.setdefault(word, set()).add(name)
    compiled: dict[frozenset[str], re.Pattern] = {}
    for group in map(frozenset, names.values()):
        compiled.setdefault(group, scanner(group))
    return {word: compiled[frozenset(group)] for word, group in names.items()}


_SCANNERS = _scanners()
_FIELD_NAMES = {
    name: (tuple(keys), tuple(f"{name}_{key}" for key in keys))
    for name, _, p in PATTERNS
    for keys in [re.compile(p, re.VERBOSE).groupindex]
}
# Run on folded text, which has no ASCII capitals, from the non-word character before a word:
# the class [^a-z0-9_] lets the regex engine skip along words, and \b rules out the other word
# characters. It takes a head word (whole, or before a digit: 'FY2020') or one digit.
_CANDIDATE = re.compile(rf"[^a-z0-9_]\b(?:\d|{trie(word for word in _SCANNERS if word != '0')}(?:\b|(?=\d)))")


def scan(text: str, keep: Callable[[re.Match], bool] | None = None) -> Iterator[re.Match]:
    """Matches of the date patterns, as ``finditer`` over their alternation would give them; with
    ``keep``, a match it refuses gives way to the later patterns at its place ('Feb 3 and 17' is no
    range, but 'Feb 3' is a date), and to the matches inside it when none is kept."""
    last = 0
    scanned = " " + folded(text)  # the space leads the first word; offsets fit text
    for start in _CANDIDATE.finditer(scanned):
        at, end = start.span()
        if at >= last:
            m = _SCANNERS.get(scanned[at + 1 : end], _SCANNERS["0"]).match(text, at)  # a word or a digit
            while m and keep is not None and not keep(m):
                rest = _after(m.lastgroup[1:])
                m = rest.match(text, at) if rest else None
            if m:
                last = m.end()
                yield m


@cache
def _after(name: str) -> re.Pattern | None:
    """The alternation of the patterns after ``name`` in ``PATTERNS`` order; None after the last."""
    names = [n for n, _, _ in PATTERNS]
    rest = frozenset(names[names.index(name) + 1 :])
    return scanner(rest) if rest else None


def read(m: re.Match) -> tuple[str, Fields]:
    """The name of the pattern a scan matched, and its groups by their names in ``PATTERNS``."""
    name = m.lastgroup[1:]
    keys, groups = _FIELD_NAMES[name]
    values = m.group(*groups)
    return name, dict(zip(keys, values if len(groups) > 1 else (values,), strict=True)).get
