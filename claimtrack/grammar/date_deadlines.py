"""What a deadline sets, and what ends: the level it is to reach ('to 2,500 by Jan. 15'), the phase of
a plan it belongs to ('the second phase', the end of combat before the end of a mission), and what
lasts until a day when its clause names no event ('the loan runs until March 15').

>>> lasting("the loan runs ", "")
'run'
"""

from __future__ import annotations

import re

from .subjects import opening_name, owner_word
from .text import folded

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
    return f"{value:.15g}" if value else ""  # not in e-notation: a sum of billions is "4500000000"


_TARGET_REACH = 60
_REACHED = re.compile(r"\bto\s+$")  # the level a change reaches: 'reduced to 2,500'
_RIGHT_BEFORE = 25


# what ends on a day of its own, not a plan's end: an instrument or a meeting ('the agreement expires')
THINGS = """offer bid ultimatum contract agreement deal truce ceasefire cease-fire loan lease licence license
    mandate pact proposal option moratorium meeting session talks summit conference""".split()
_THING = rf"(?P<thing>(?:{'|'.join(THINGS)})s?)"
# what a deadline ends, owned by a name: "Emery's bid", 'the Hutton offer', 'its tender offer'
_OWNED = re.compile(
    rf"""
    (?:(?P<name>(?:[A-Z][\w.&-]*\s+){{0,2}}[A-Z][\w.&-]*)[’']s           # an owner: "Emery's", "E.F. Hutton's"
      | \b[Tt]he\s+(?P<attr>(?:[A-Z][\w.&-]*\s+){{0,2}}[A-Z][\w.&-]*)   # a name before it: 'the Hutton'
      | \b(?P<pronoun>its|their)                                         # or the sentence's subject: 'its'
    )\s+(?:[a-z-]+\s+){{0,2}}?                                          # up to two modifiers: 'tender'
    {_THING}\b                                                          # the thing that ends
    """,
    re.VERBOSE,
)
# the thing a verb of ending ends, its subject a few words before it: 'the agreement expires in',
# 'the board meeting will end', 'the talks, scheduled to end on'
_THING_ENDS = re.compile(
    rf"""
    \b{_THING}\b[\s,]+(?:[\w-]+[\s,]+){{0,4}}?                          # the thing, then a few words
    (?:end|ends|ended|ending|expire|expires|expired|expiring|lapse|lapses|lapsed)\b  # the verb of ending
    """,
    re.VERBOSE,
)
# ... or after the verb, as its object: 'ended a trade meeting', 'will end the talks'
_ENDS_THING = re.compile(
    rf"""
    \b(?:end|ends|ended|ending)\s+(?:(?:a|an|the|its|their)\s+)?        # the verb of ending
    (?:(?!(?:after|before|with|by|for|in|on|at|to|of|from|and|or)\b)[\w-]+\s+){{0,3}}  # modifiers: 'trade'
    {_THING}\b                                                          # the thing that ends
    """,
    re.VERBOSE,
)
# one thing, one word
_SPELLINGS = {
    "cease-fire": "ceasefire",
    "licence": "license",
    "bid": "offer",
    "negotiation": "talks",
    "shipping": "traffic",  # what moves through a waterway
    "navigation": "traffic",
}
_OFFERS = frozenset(("offer", "ultimatum"))  # someone's, even when the sentence does not say whose


def what_ends(text: str, s0: int, start: int, nations: frozenset[str] | set[str]) -> str:
    """What a date of its sentence ``text[s0:...]`` ends, and whose it is, named before the date at
    ``start``: "Emery's bid expires April 28" ('emery offer'), 'the Hutton offer expires tomorrow',
    'Emery said its offer expires' (the name that opens the sentence, if the article names it elsewhere
    too), 'the agreement expires in 1989' ('agreement'). The owner is keyed by a word of its name (see
    :func:`claimtrack.grammar.subjects.owner_word`), and none if a nation (a nation's deadline is its group's); an offer
    no owner is named for is nobody's in particular (''), as it is someone's in a story of one bidder.

    >>> text = "Emery said its bid expires on April 28, a spokesman for Emery said."
    >>> what_ends(text, 0, text.index("April"), set())
    'emery offer'
    >>> what_ends("The executive board meeting will end tomorrow.", 0, 38, set())
    'meeting'
    """
    owned = list(_OWNED.finditer(text, s0, start))
    whose, thing = "", ""
    if owned:
        name = owned[-1].group("name") or owned[-1].group("attr") or opening_name(text, s0, s0)
        first = owner_word(name)
        whose, thing = ("" if first in nations else first), _thing(owned[-1])
    elif found := [*_THING_ENDS.finditer(lowered := folded(text[s0:start])), *_ENDS_THING.finditer(lowered)]:
        thing = _thing(max(found, key=lambda m: m.end()))
    return "" if not whose and thing in _OFFERS else " ".join(w for w in (whose, thing) if w)


RESUME = "resume"  # the event of what stops and starts again
# what stops and starts again: an activity ('talks will resume', 'resume operations')
ACTIVITIES = """talks negotiation strike operation production work traffic flight trading shipping navigation service
    session meeting delivery supply export import payment""".split()
_ACTIVITY = rf"(?P<thing>{'|'.join(w[:-1] + '(?:y|ies)' if w.endswith('y') else w + 's?' for w in ACTIVITIES)})"
_RESUMING = re.compile(r"\b(?:resum|reopen)\w*")  # on folded text: 'resumed', 'will reopen'
_RESUMED = re.compile(rf"\s+(?:its\s+|their\s+|the\s+)?{_ACTIVITY}\b")  # the verb's object: ' operations'
_NAMED_ACTIVITY = re.compile(rf"\b{_ACTIVITY}\b")


def what_resumes(text: str, s0: int, start: int, s1: int) -> str:
    """What starts again on a date at ``start`` of the sentence ``text[s0:s1]``: the activity its verb of
    resuming takes ('will resume operations tomorrow'), else the first one the sentence names before
    the verb, its subject ('Talks to end the strike, which ..., will resume next week'); the verb is the
    last before the date, else the first after it ('by noon shipping would resume'). '' if none, so that
    talks resuming are not a strike resuming.

    >>> what_resumes("Talks between the two sides will resume on Monday.", 0, 41, 51)
    'talks'
    """
    sentence = folded(text[s0:s1])
    at = start - s0
    verbs = [m for m in _RESUMING.finditer(sentence) if m.end() <= at]
    verb = verbs[-1] if verbs else _RESUMING.search(sentence, at)
    if not verb:
        return ""
    found = _RESUMED.match(sentence, verb.end()) or _NAMED_ACTIVITY.search(sentence, 0, verb.start())
    return _thing(found) if found else ""


def _thing(m: re.Match) -> str:
    thing = m.group("thing").lower()
    thing = thing if thing == "talks" else f"{thing[:-3]}y" if thing.endswith("ies") else thing.removesuffix("s")
    return _SPELLINGS.get(thing, thing)


def one_owner(owners: set[str]) -> bool:
    """Whether the owners some dates name are one: each says no more than the fullest ('truce' and
    'marlow truce' are one, 'emery offer' and 'hutton offer' two)."""
    fullest = max(owners, key=lambda o: len(o.split()), default="")
    return all(set(o.split()) <= set(fullest.split()) for o in owners)


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
