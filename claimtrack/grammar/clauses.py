"""Which words of a sentence belong to which number: each number's own phrase and segment.

A sentence with several numbers is cut between them at the word that joins them, so that what
one number's phrase says (its unit, its place) is not read as said of its neighbour: in
"roughly 2,500 in Iraq and some 900 in Syria" the 900 is in Syria. Two numbers joined by
'from ... to', 'down from' or 'or' are *partners*, two values of one quantity that lend each
other what either leaves out; numbers joined by 'and', a comma or 'while' are *siblings*, which
share what is counted ('2,442 US troops have been killed and 20,666 wounded') but not a place.

>>> text = "There are roughly 2,500 US troops in Iraq and some 900 in Syria."
>>> [text[p.start:p.end] for p in phrases(text, 0, len(text), [(18, 23, 33), (46, 54, 54)])]
['2,500 US troops in Iraq', 'some 900 in Syria']
>>> [p.link for p in phrases(text, 0, len(text), [(18, 23, 33), (46, 54, 54)])]
['', 'sibling']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .periods import MONTHS, WEEKDAYS


class Phrase(NamedTuple):
    """A number's own phrase ``[start, end)`` and its segment ``[left, right)`` of the sentence."""

    start: int
    end: int
    left: int
    right: int
    link: str  # how it is joined to the number before it: 'partner', 'sibling' or ''


# A place, facility or material attached to a number's unit: 'in Iraq', 'at the airport',
# 'of wet sand', 'of the employees'. Tried again after each match, so 'in Kabul at the airport' is
# attached whole. An 'of' phrase of one word ('90% of completion') is left to the clause: attached,
# it lost more states than it gave on the shared stories.
_CALENDAR = "|".join(sorted((w.capitalize() for w in (*MONTHS, *WEEKDAYS)), key=len, reverse=True))
_ATTACHED = re.compile(
    rf"""
    \s*,?\s*
    (?:(?:currently|still|now|already|permanently|mostly|reportedly)\s+)?     # an adverb
    (?:(?:stationed|based|deployed|serving|posted|remaining|living|present|stuck|waiting|left|kept)\s+)?  # 'based'
    (?:
        (?:in|inside|at|on|to|from|across|throughout|near|outside|into)\s+    # a preposition
        (?!(?:{_CALENDAR})\b)                                                  # not a month or a weekday
        (?:the\s+)?(?:[A-Z](?:[\w'’-]|\.(?=\w))*\s+)*                          # the place's name
        (?:[A-Z](?:[\w'’-]|\.(?=\w))*|airport|airfield|embassy|base|border|port|capital|island|canal|city|town)
        (?:\s+(?:airport|airfield|embassy|base|region|province|county|state|island|canal))?  # 'Kabul airport'
      | of\s+(?!the\s+(?:world|country|total)\b)                             # or 'of' and two or three
        (?:[a-z][\w'’-]*\s+){{1,2}}?[a-z][\w'’-]*(?=[\s,.;:)]|$)                #  words: 'of wet sand'
    )
    """,
    re.VERBOSE,
)
_OF_STOPS = frozenset("the a an them those these which whom it its their his her our us".split())

# What joins two numbers that are values of one quantity ('from 4,500 to 2,500', ', down from
# the current 3,000', 'seven or eight', 'an increase of 17'): matched at the end of the gap.
_DETERMINED = r"""
    (?:(?:the|a|an|its|their                                               # a determiner
        | current|previous|earlier|initial|original|estimated|reported      # a word of which value
        | somewhere|anywhere                                                # 'somewhere between'
    )\s+)*
"""
_PARTNER = re.compile(
    rf"""
    (?:\b(?:down|up)\s+)?\bfrom\s+{_DETERMINED}(?:[a-z]+\s+(?:of\s+)?)?$   # ', down from (estimates of)'
    | \b(?:to|or|versus|vs\.?|then|against|than)\s+{_DETERMINED}$          # 'to', 'or', 'than'
    | \b(?:increase|decrease|rise|drop|fall|jump|gain|reduction|cut|up|down)   # 'an increase of', 'up by'
      \s+(?:of|by)\s+{_DETERMINED}$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Verbs that change a quantity named as their object or before them ('reduced its demand to').
CHANGE_VERBS = r"(?:reduced|lowered|raised|increased|cut|revised|trimmed|dropped)"
# A change verb with an object of its own ('and reduced the claim to'): the object is the second number's.
_OWN_OBJECT = re.compile(rf"\b{CHANGE_VERBS}\s+(?:its|the|their|his|her|this|that)\b", re.IGNORECASE)
# What ties a number back to the one before however far it is, in one sentence: ', down from',
# ', later lowered to' (a participle with no subject of its own changes the quantity before it).
_FAR_PARTNER = re.compile(
    rf"""
    (?:,|\bor)\s*(?:(?:down|up)\s+from\s+{_DETERMINED}$                               # ', down from an initial'
    | (?:(?:later|then|since|subsequently|now)\s+)?{CHANGE_VERBS}
      \s+(?:to|from)\s+{_DETERMINED}$)                                             # ', later lowered to'
    """,
    re.VERBOSE | re.IGNORECASE,
)
_FULL_STOP = re.compile(r"(?<!\bvs)\.(?!\d)")  # a stop between two numbers parts them; 'vs.' or '1.2' does not
_FAR_TAIL = 60  # the words that tie a number back end its gap: they are looked for in this many characters
# What joins two numbers of two quantities in one list: 'and', 'or', a comma, 'while', 'plus'.
_SIBLING = re.compile(
    r"""
    (?:,|;|\band|\bwhile|\bwhereas|\bbut|\bplus                    # a mark or a conjunction
      | \bas\s+well\s+as|\bincluding|\bwith|\bcompared\s+with     # 'as well as', 'compared with'
    )\s*(?:(?:the|a|an|another|some|other)\s+)?$                   # perhaps a determiner: 'and some'
    """,
    re.IGNORECASE | re.VERBOSE,
)
_GAP_LIMIT = 60  # a gap longer than this holds a clause of its own: the two numbers are not joined
# Where the words between two unjoined numbers are cut: before a word that opens a clause, or after a
# mark; what comes before it tells of the first number ('13 were killed'), the rest of the second.
_CLAUSE_BREAK = re.compile(
    r"""
    [;:,(]\s*|\s(?:[—–-]|--)\s|—                                         # a mark, a dash: ' - ', ' -- '
    | \b(?:and|but|or|after|before|when|while|as|because|since|although   # a word that opens a clause
        |though|that|which|who|whom|where|whereas|if|until|including|so)\b
      (?!\s+(?:now|far|many|much|long|called)\b)                         # but not 'until now', 'so far'
    """,
    re.IGNORECASE | re.VERBOSE,
)


def phrases(text: str, s0: int, s1: int, numbers: list[tuple[int, int, int]]) -> list[Phrase]:
    """The phrase and segment of each number of the sentence ``text[s0:s1]``.

    ``numbers`` are ``(start, end, unit_end)`` in text order (``unit_end`` is where the unit
    written after the number ends, or ``end``).
    """
    starts = [s for s, _e, _u in numbers]
    nexts = starts[1:] + [s1]
    # a range's two numbers share the unit after the second: the first's phrase stops where the second starts
    ends = [
        e if u > nxt else min(_phrase_end(text, max(e, u), s1), nxt)
        for (_s, e, u), nxt in zip(numbers, nexts, strict=True)
    ]
    out: list[Phrase] = []
    left = _clause_start(text, s0, starts[0]) if numbers else s0
    for i, start in enumerate(starts):
        link, cut = "", start
        if i:
            gap = text[ends[i - 1] : start]
            link, cut = _link(gap)
            cut += ends[i - 1]
            if not link:
                cut = _break_before(text, ends[i - 1], start)
            previous = out[-1]
            out[-1] = previous._replace(right=max(previous.end, cut))
            left = cut
        out.append(Phrase(start, max(ends[i], start), left, s1, link))
    if out:
        last = out[-1]
        out[-1] = last._replace(right=_clause_end(text, last.end, s1))
    return out


def _phrase_end(text: str, pos: int, limit: int) -> int:
    """Where a number's own phrase ends: after its unit and what is attached to it."""
    while True:
        m = _ATTACHED.match(text, pos, limit)
        if not m or (m.group().lstrip(" ,").startswith("of ") and m.group().split()[-1].lower() in _OF_STOPS):
            return pos
        pos = m.end()


def _link(gap: str) -> tuple[str, int]:
    """How two numbers separated by ``gap`` are joined, and where in the gap the second one's segment begins."""
    if _FULL_STOP.search(gap):
        return "", 0
    far = _FAR_PARTNER.search(gap, max(0, len(gap) - _FAR_TAIL))
    if far:
        return "partner", far.start() + 1
    if len(gap) > _GAP_LIMIT:
        return "", 0
    m = _PARTNER.search(gap)
    if m:  # a change verb with an object of its own begins the second's segment: 'reduced the claim to'
        own = _OWN_OBJECT.search(gap, 0, m.start())
        return "partner", own.start() if own else m.start()
    m = _SIBLING.search(gap)
    if m:
        return "sibling", m.start()
    return "", 0


def _clause_start(text: str, s0: int, pos: int) -> int:
    """The start of the clause holding ``pos``: after the last ';' before it, else the sentence start."""
    cut = text.rfind(";", s0, pos)
    return s0 if cut < 0 else cut + 1


def _clause_end(text: str, pos: int, s1: int) -> int:
    cut = text.find(";", pos, s1)
    return s1 if cut < 0 else cut


def _break_before(text: str, lo: int, hi: int) -> int:
    """Where the words between two unjoined numbers are cut: at the first mark ('115 people, and
    destroyed 2,207'), else before the last word that opens a clause ('13 were killed after two
    bombers'), else all of them go to the first number."""
    cut = hi
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        if not m.group()[:1].isalpha():
            return m.end()
        cut = m.start()
    return cut
