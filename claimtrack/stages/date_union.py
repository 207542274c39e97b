"""The union of date claims into threads: union-find that remembers why each claim joined and refuses
joins whose events, places or owners clash (see :mod:`claimtrack.stages.date_threads`)."""

from __future__ import annotations

from ..grammar.date_deadlines import STAY, one_owner
from .keys import Key


class DateUnion:
    """Union-find over date claims that remembers why each claim joined, and refuses to join two
    threads whose events, places or owners differ (a day's event-less date cannot chain two events;
    'the Velm offer expires' and 'Harbin's bid expires' are two deadlines whatever names they share)."""

    def __init__(self, keys: list[Key | None]):
        self.parent = list(range(len(keys)))
        self.why: dict[int, str] = {}
        self.facets = {i: {(k.state, k.place)} - {("", "")} if k else set() for i, k in enumerate(keys)}
        self.owners = {i: {k.noun} if k and k.noun and k.state != STAY else set() for i, k in enumerate(keys)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, why: str, *, places: bool = True) -> None:
        """Join the threads of ``i`` and ``j`` unless they name different events or owners (or, with
        ``places``, different places)."""
        a, b = self.find(i), self.find(j)
        if a == b or _clash(self.facets[a], self.facets[b], places) or not one_owner(self.owners[a] | self.owners[b]):
            return
        merged = self.facets.pop(a) | self.facets.pop(b)
        self.parent[max(a, b)] = min(a, b)
        self.facets[min(a, b)] = merged
        self.owners[min(a, b)] = self.owners.pop(a) | self.owners.pop(b)
        self.why.setdefault(max(i, j), why)


def _clash(left: set[tuple[str, str]], right: set[tuple[str, str]], places: bool = True) -> bool:
    """Whether two threads name different events, or (with ``places``) different places."""
    events = {e for e, _p in left | right if e}
    named = {p for _e, p in left | right if p}
    return len(events) > 1 or (places and len(named) > 1)
