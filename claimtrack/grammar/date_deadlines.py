"""What a deadline sets, and what ends: the level it is to reach ('to 2,500 by Jan. 15'), the phase of
a plan it belongs to ('the second phase', the end of combat before the end of a mission), and what
lasts until a day when its clause names no event ('the loan runs until March 15').

>>> lasting("the loan runs ", "")
'run'
"""

from __future__ import annotations

import re

from .subjects import opening_name

# one phase of a plan: 'the second phase', 'phase two', and the end of combat before the end of a mission
PHASE = re.compile(
    r"""
    \b(?P<nth>first|second|third|final|initial)\s+(?:phase|stage|step)\b    # 'in the first phase'
    | \bphase\s+(?P<number>one|two|three)\b                                # 'phase two'
    | \b(?P<combat>combat)\s+(?:mission|role|operations|troops|forces)\b   # 'the combat mission will end'
    """,
    re.I | re.X,
)
_PHASE_NUMBERS = {"one": "first", "two": "second", "three": "third", "initial": "first"}


def phase(phases: list[tuple[int, str]], left: int, right: int) -> str:
    """The phase of a plan a date belongs to, of its sentence's ``phases`` (offset, name): named in the
    date's segment, else the one its sentence names ('coalition forces will leave next year, with
    hundreds of troops departing in the first phase')."""
    found = {name for at, name in phases if left <= at < right} or {name for _at, name in phases}
    return found.pop() if len(found) == 1 else ""


def phase_name(m: re.Match) -> str:
    word = (m.group("nth") or m.group("number") or m.group("combat")).lower()
    return _PHASE_NUMBERS.get(word, word)


def target(text: str, spans: list, start: int, end: int) -> str:
    """The level a deadline sets: the nearest count of its clause set as a target ('reduce to 2,500
    by Jan. 15', 'By Jan. 15, there will be 2,500'), or reached ('cut its forces to 2,500, meeting the
    Jan. 15 deadline'), or right before it ('2,200 troops will be withdrawn by the end of the month'); ''
    when none is, or it is zero (a full withdrawal). Of two as near, the one set as a target, then the later."""
    found = []
    for s, e, u, number in spans:
        if number is None:
            continue
        before = e <= start
        lo, hi = (max(e, u), start) if before else (end, s)
        set_as = number[0].tense == "target" or bool(_REACHED.search(text, max(0, s - 4), s))
        if (set_as or (before and hi - lo <= _RIGHT_BEFORE)) and hi - lo <= _TARGET_REACH and ";" not in text[lo:hi]:
            found.append((hi - lo, not set_as, -s, number[1]))
    value = min(found)[3] if found else 0
    return f"{value:g}" if value else ""


_TARGET_REACH = 60
_REACHED = re.compile(r"\bto\s+$")  # the level a change reaches: 'reduced to 2,500'
_RIGHT_BEFORE = 25


# what a deadline ends, owned by a name: "Emery's bid", 'the Hutton offer', 'its tender offer'
_OWNED = re.compile(
    r"""
    (?:(?P<name>(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)[’']s             # an owner: "Emery's", "E.F. Hutton's"
      | \b[Tt]he\s+(?P<attr>(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)     # a name before it: 'the Hutton'
      | \b(?P<pronoun>its|their)                                         # or the sentence's subject: 'its'
    )\s+(?:[a-z-]+\s+){0,2}?                                            # up to two modifiers: 'tender'
    (?:offer|bid|ultimatum|contract|agreement|deal|truce|ceasefire|cease-fire  # the thing that ends
      | loan|lease|licen[cs]e|mandate|pact|proposal|option|moratorium)s?\b
    """,
    re.VERBOSE,
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{1,2}")  # 'E.F.', 'J.': no name by itself


def owner(text: str, s0: int, start: int, nations: frozenset[str] | set[str]) -> str:
    """Whose offer, bid or contract a deadline ends, named in its sentence before the date: "Emery's bid
    expires April 28", 'the Hutton offer expires tomorrow', 'Emery said its offer expires' (the name that
    opens the sentence, if the article names it elsewhere too); its first word that is no initial, in
    lower case; '' for none or a nation (a nation's deadline is its group's).

    >>> text = "Emery said its offer expires on April 28, a spokesman for Emery said."
    >>> owner(text, 0, text.index("April"), set())
    'emery'
    """
    found = list(_OWNED.finditer(text, s0, start))
    if not found:
        return ""
    m = found[-1]
    name = m.group("name") or m.group("attr") or opening_name(text, s0, s0)
    words = [w for w in name.split() if not _INITIALS.fullmatch(w)]
    first = words[0].lower().strip(".") if words else ""
    return "" if first in nations else first


STAY = "stay"  # the event of a deadline that ends a state: 'remain at the airport until September'
UNTIL = re.compile(r"(?:until|till|through)\b", re.I)
_WORD = re.compile(r"[a-z][a-z-]*|\d[\d,.]*")
_SMALL = frozenset(
    """not never be is are was were been will would to the a an in on at of and or
    only still again also even yet then""".split()
)


def lasting(before: str, place: str) -> str:
    """What lasts until a day, when its clause names no event: the last word before 'until' that is
    neither small, nor a number nor its place ('run' of 'the loan runs until March 15'), so that one
    state's end moved is told from another's."""
    words = [w for w in _WORD.findall(before.lower()) if w not in _SMALL and not w[0].isdigit()]
    words = [w for w in words if w not in place.split()]
    word = words[-1] if words else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
