"""Which event the words around a date name: the event each cue word of the lexicon stands for, the
event noun a date is an adjective of, and the start or end of an event a verb of beginning or ending
takes ('opened a five-day meeting today': 'meeting start').

>>> from claimtrack.grammar.lexicon import default_lexicon
>>> lex = default_lexicon()
>>> found = list(event_cues(lex).finditer("delegates opened a five-day meeting here "))
>>> subject_event(found, "delegates opened a five-day meeting here ", lex)
'meeting start'
"""

from __future__ import annotations

import re
from functools import cache

from .date_deadlines import THINGS
from .lexicon import Lexicon
from .trie import trie

# 'the Aug. 8 [terror] attacks', 'Tuesday’s fires': a noun right after the date, one modifier between
_AFTER_NOUN = re.compile(
    r"""
    ^(?:[’']s)?\s+                                                # perhaps an owner's 's: 'Tuesday’s'
    (?:(?!(?:and|or|but|to|as|at|in|on|of|by                       # a modifier, not a conjunction or preposition
        | was|were|is|are|has|had                                  # nor an auxiliary
        | when|after|before|with|the|a)\b)                         # nor another function word
    [\w-]+\s+)?$
    """,
    re.VERBOSE,
)


def noun_after(after: str, lex: Lexicon) -> int:
    """Where the event noun a date is an adjective of ends, in the folded text after the date ('the
    Aug. 8 blaze', 'a May 1 deadline'); 0 for none."""
    m = event_cues(lex).search(after, 0, 40)
    return m.end() if m and _AFTER_NOUN.match(after[: m.start()]) else 0


def subject_event(found: list[re.Match], before: str, lex: Lexicon) -> str:
    """The event of the last cue found in ``before``, or, when that only says something began, of the
    event named before it: an event that happens once dates from its start ('the fire in Lahaina that
    started on Aug. 8'), the start of one that takes time is a date of its own ('the withdrawal began on
    May 1': 'withdraw start'). A verb of opening or ending whose object is the event dates that start
    or end ('opened a five-day meeting today', 'ended the strike on Friday': 'strike end'), not the event."""
    event = event_of(found[-1].group(), lex)
    if len(found) < 2:
        return event
    prior = event_of(found[-2].group(), lex)
    if event == _BEGIN:
        return started(prior, lex)
    if prior in _PHASE_VERBS and _OBJECT.fullmatch(before, found[-2].end(), found[-1].start()):
        if prior != _END:
            return started(event, lex)
        return _END if event in THINGS else f"{event} end"  # a thing's end is the end :func:`what_ends` names
    return event


def started(event: str, lex: Lexicon) -> str:
    """The date an event started is the event's if it happens once, else a date of its own."""
    return event if event in lex.once else f"{event} start"


_BEGIN = "begin"  # the event of the words that say something began
_END = "end"  # ... and that something ended, whose thing :func:`what_ends` reads
_PHASE_VERBS = frozenset((_BEGIN, "open", _END))  # verbs whose object is an event: 'opened the meeting'
# what stands between a verb and the event it takes: an article and modifiers, no preposition
_OBJECT = re.compile(
    r"""
    \s+(?:(?:a|an|the|its|their|this)\s+)?                              # 'a', 'its'
    (?:(?!(?:after|before|with|by|for|in|on|at|to|of|from|and|or|but|when|as|since|until|amid)\b)
    [\w-]+\s+){0,4}                                                     # modifiers: 'five-day', 'trade'
    """,
    re.VERBOSE,
)


@cache
def event_cues(lex: Lexicon) -> re.Pattern:
    """Every event cue of the lexicon as one pattern on folded text ('refloat*' matches 'refloated')."""
    exact = [c for c in lex.events if not c.endswith("*")]
    prefixes = [c[:-1] for c in lex.events if c.endswith("*")]
    return re.compile(rf"\b(?:{trie(prefixes)}[\w-]*|{trie(exact)}\b)")


def event_of(found: str, lex: Lexicon) -> str:
    if found in lex.events:
        return lex.events[found]
    for cue, event in sorted(lex.events.items(), key=lambda ce: -len(ce[0])):
        if cue.endswith("*") and found.startswith(cue[:-1]):
            return event
    return ""
