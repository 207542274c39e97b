"""The key of a thread of numbers: what a number measures (its kind, state, group, thing counted,
place, aspect and era), and the thread id it gives."""

from __future__ import annotations

from typing import NamedTuple


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
