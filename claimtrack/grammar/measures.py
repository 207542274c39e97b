"""What a number measures, read from its own clause: the thing counted, its state, group and place,
and whether it gives a level, a change or a rate, as of now, of the past, or as a target.

Each facet is read from the number's own phrase and segment first (see :mod:`claimtrack.grammar.clauses`),
then from the partner or sibling it is joined to, then from the rest of its sentence, so that in
"roughly 2,500 in Iraq and some 900 in Syria" the 900 is counted in Syria, and in "2,442 US
troops have been killed and 20,666 wounded" the 20,666 are US troops too.

>>> [f.subject for f, _ in read_sentence("About 2,500 US troops are in Iraq and some 900 in Syria.", [
...     (0, 11, "US troops", 21, "count", ""), (38, 46, "", 46, "count", "")])]
['us troops in iraq', 'us troops in syria']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from .clauses import CHANGE_VERBS, Phrase, phrases
from .lexicon import Lexicon, default_lexicon
from .subjects import NOT_PLACES, ROLE_WORDS, TITLES, canonical
from .text import folded
from .trie import trie


class Frame(NamedTuple):
    """What one number measures. Empty strings are facets its clause does not give."""

    noun: str  # the thing counted, canonical: 'troops', 'people', 'usd', 'acres'
    state: str  # what is said of it: 'killed', 'missing', 'demanded', 'withdrawn'
    group: str  # a nation or alliance it belongs to: 'us', 'nato'
    place: str  # where: 'iraq', 'kabul airport'
    aspect: str  # 'level', 'change' ('an increase of 17'), 'rate' ('a day') or 'peak'
    tense: str  # 'current', 'past' ('down from 4,500') or 'target' ('to 2,500 by Jan. 15')
    unit: str  # as written after the number, or the noun phrase it refers to

    @property
    def subject(self) -> str:
        """The canonical key: 'killed us troops in kabul airport'."""
        words = " ".join(w for w in (self.state, self.group, self.noun) if w)
        return f"{words} in {self.place}" if words and self.place else words


class Number(NamedTuple):
    """What :func:`read_sentence` needs of a number: offsets, written unit and kind."""

    start: int
    end: int
    unit: str
    unit_end: int
    kind: str
    direction: str


_NOT_NOUNS = frozenset(
    """the a an its their this that these those his her our some all other more there here now still initial
    original latest new confirmed official final overall total current previous revised estimated updated
    preliminary grim worldwide globally range military armed uniformed commercial additional further remaining
    known reported registered""".split()
)
Places = tuple[tuple[int, int, str], ...]  # the places a sentence names: (start, end, name)
EMPTY = Frame("", "", "", "", "level", "current", "")

# --- where things are --------------------------------------------------------------------------
_REGION = r"(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central|nearby|war-torn)\s+)?"
FACILITIES = "airport airfield embassy consulate base airbase port border canal".split()
_NOT_NAMES = TITLES | frozenset("Police Officials Department Agency Authority Council Court".split())
_ORGANISATIONS = frozenset(
    """service department agency authority council court ministry office commission party group news times post
    press association bureau administration company corp inc institute foundation center centre hospital
    university school""".split()
)  # the last word of a name that is not a place ('the National Weather Service')
_NAME_WORD = rf"(?!(?:{'|'.join(sorted(_NOT_NAMES))})\b)[A-Z][\w'’-]+"
_BUILDINGS = "hotel building office headquarters company university school hospital church mosque stadium".split()
_PLACE = re.compile(
    rf"""
    (?:\b(?:in|inside|at|on|(?<![Aa]ccording\s)(?<!response\s)(?<!addition\s)(?<!due\s)(?<!thanks\s)to|into|across|throughout|near|from|left|leave|leaving|entered|invaded)\s+
        (?:the\s+)?{_REGION}                                         # a preposition ('in the northern')
        (?:(?:[A-Z][\w'’-]+\s+)?(?:island|town|city|state|county|province|region)\s+of\s+)?  # 'the island of'
      | \b(?:island|town|city|village|county|province|region)\s+of\s+  # or without one: 'the town of'
    )
    (?:[A-Z][\w-]+[’']s\s+)?                                         # an owner: 'Egypt's Suez Canal'
    (?P<place>
        {_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}                       # a name ('Kabul', 'Big Island')
        (?:\s+(?:{"|".join(FACILITIES)}))?                           # and a facility ('Kabul airport')
      | (?:{"|".join(FACILITIES)})\b                                 # or a facility alone ('the airport')
    )
    (?![\w'’-])(?!\s+(?:{"|".join(_BUILDINGS)})\b)                   # a whole word, not a building's name
    """,
    re.VERBOSE,
)

# Events named by a place ('the Kula fire'), by the one word each kind of event is keyed with: a count
# of one named event is not of another ('the Olinda fire burned 1,081 acres', 'the Kula fire 202').
# Only in the singular: 'the Maui fires' are all the fires of a place, not one of them.
NAMED_EVENTS = {
    "fire": "fire",
    "blaze": "fire",
    "wildfire": "fire",
    "earthquake": "earthquake",
    "quake": "earthquake",
    "storm": "storm",
    "flood": "flood",
}
_EVENT = rf"(?P<event>(?i:{'|'.join(NAMED_EVENTS)}))"
_EVENT_WORD = re.compile(rf"(?i:{'|'.join(NAMED_EVENTS)})")
_EVENT_PLACE = rf"(?P<place>{_NAME_WORD}(?:[\s/]+{_NAME_WORD}){{0,2}})"  # 'Kula', 'Upcountry/Kula', 'Mauna Kea Beach'
_NAMED_EVENTS = (
    re.compile(rf"\b[Tt]he\s+(?:\d{{4}}\s+|[a-z]+\s+)?{_EVENT_PLACE}\s+{_EVENT}\b"),  # 'the (2018) Camp Fire'
    re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?{_EVENT}\s+(?:in|on|at)\s+{_EVENT_PLACE}\b"),  # 'the deadly fire in Lahaina'
)
_EVENT_REACH = 80  # a named event this far before a number's segment may still be its subject ('... that scorched')

# --- what is counted, named before a bare number ------------------------------------------------
_RISE_FALL = r"(?:fell|rose|grew|climbed|declined|dropped|shrank|swelled|jumped)"  # a change with no object
# the words of a noun phrase that is a change's subject: no verb, preposition or other function word
_NOUN_PHRASE = re.compile(
    r"(?:(?!(?:has|have|had|been|be|was|were|is|are|will|would|also|than|in|on|at|of|to|from|by|and|or|who|which"
    r"|that|it|they|this|there|last|since|after|before)\b)[\w.’'-]+\s*)+",
    re.I,
)
_ANTECEDENT = re.compile(
    rf"""
    \b(?:(?:number|total|count|tally|size|level|levels|strength|estimate)\s+of\s+(?:the\s+)?  # 'number of troops'
         (?P<of>(?:[\w.’'-]+\s+){{0,2}}?(?:(?!(?:was|is|has|as|this|thus|its|his|us)\b)[a-z][\w’'-]*s|those))\b
      | (?P<np>(?:[A-Z][\w.’'-]*\s+)?[A-Za-z][\w’'-]*?)\s+                          # 'troop levels', 'death toll'
        (?P<head>levels?|toll|tally|strength|presence|count|figure)\b
      | (?P<subject>(?:[A-Za-z][\w.’'-]*\s+){{0,2}}?[a-z][\w’'-]*)\s+                   # the subject of a change:
        (?:(?:will|would|could|to)\s+be\s+|(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?  # 'U.S. troops will
        (?:{CHANGE_VERBS}|{_RISE_FALL})\s+(?:to|from|by)\s+$                          #  be reduced to'
      | \b{CHANGE_VERBS}\s+                                                         # the object of a change:
        (?:its|the|their|his|her|this|that)\s+(?:\(\w+\)\s+)?                    # 'reduced the (compensation)
        (?P<object>(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*)                            #  claim to', 'its demand'
        (?=\s+(?:(?:first|again|further)\s+)?(?:to|from|by)\s)
    )
    """,
    re.VERBOSE,
)
_ANTECEDENT_WORDS = frozenset(
    "number total count tally size level levels strength estimate toll presence figure".split()
    + re.findall(r"\w+", CHANGE_VERBS + _RISE_FALL)
)
_FORCE = re.compile(r"\b(?:force|forces|contingent|deployment|presence|troops)\b(?:\s+level)?", re.I)
_GENERIC = re.compile(
    r"\b(?:the|their|this|that|its)\s+(?:(?:new|latest|revised|final|official|same)\s+)?"
    r"(?:figure|count|total|totals|number|numbers|tally|amount|sum)\b(?!\s+of\b)[^;.]*$",
    re.I,
)
_BARE_AND = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*", re.I)
_LEADING_PARTITIVE = re.compile(r"^\s*of\s+(?:the|its|their|those|these)\s+[\w\s'’-]{1,40},\s*", re.I)
_PARTITIVE = re.compile(r"\s+(?:other\s+|of\s+(?:the|its|their|those|these)\s+)", re.I)
_SUBORDINATE = re.compile(r"\b(?:once|when|after|before|because|while|as|if|which|who|that|until|since)\b")
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)
# what a sum named before includes: 'a claim which includes a $300 million claim for ...' is a part of it
_INCLUDED = re.compile(r"\b(?:includ(?:es|ed|ing)|among\s+them)\b", re.I)
_OWNER = re.compile(r"\b([A-Z][\w.]*)[’']s\b")
_SUBSET = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.I)
# a change of the value before to this one: 'later lowered to', 'reduced its demand to'
_CHANGED_TO = re.compile(rf"\b{CHANGE_VERBS}\s+(?:\w+\s+){{0,2}}?to\s+(?:\S+\s+)?$")
# from a sum or a measure to its conversion in brackets: ' (', ' metres (about '
_CONVERTED = re.compile(r"[^\d().;]{0,20}\(\s*")

# --- the kind of count -------------------------------------------------------------------------
_CHANGE_BEFORE = re.compile(
    r"(?:\bby|\b(?:increase|decrease|rise|drop|fall|jump|gain|reduction|cut|addition)\s+of|\badditional|\bextra)"
    r"\s+(?:(?:a|an|another|some|about)\s+)?$",
    re.I,
)
_CHANGE_AFTER = re.compile(r"\s*(?:more|fewer|additional|extra)\b", re.I)
_RATE = re.compile(
    r"\b(?:an?|per|each|every)\s+(?P<per>day|week|hour|month)\b|\b(?P<adverb>daily|weekly|hourly|monthly)\b"
    r"|\bin\s+(?:the\s+)?(?:past\s+|last\s+)?(?P<hours>24|48)\s+hours\b",
    re.I,
)
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "hourly": "hour", "monthly": "month"}
_PEAK = re.compile(r"\b(?:peak|height)\b", re.I)
_USUAL = re.compile(r"\b(?:normally|usually|typically|on\s+average|in\s+normal\s+times|on\s+a\s+normal\s+day)\b", re.I)
_PAST_BEFORE = re.compile(r"\b(?:from|was|were|had been)\s+(?:(?:an?|the)\s+)?$", re.I)
_PAST_WORDS = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|previous(?:ly)?|earlier|former|at first|once|at one (?:point|time))\b", re.I
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|plan(?:s|ned)?|aims?|target|goal|expected\s+to|going\s+to|set\s+to|intends?|wants?|"
    r"would\s+like|by\s+(?:the\s+end|[A-Z]))",
)
WORLD = "world"  # the place of what is counted worldwide
# the way what is counted goes ('westbound traffic is worth $5.1 billion a day'): one way is not both
_BOUND = re.compile(r"\b(north|south|east|west|in|out)-?bound\b", re.I)
_WITH = re.compile(r"\s*with\s+", re.I)  # a number whose phrase is 'with' it: what a verb before went with
_WORLD = re.compile(r"\b(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe))\b", re.I)
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|have|had)\b)|\bin\s+(?:the|that)\s+country\b")
_CURRENT = re.compile(r"\b(?:current(?:ly)?|now|still|remaining)\b", re.I)
_CURRENT_AFTER = re.compile(rf"\s*(?:\w+\s+)?{_CURRENT.pattern}", re.I)  # right after the number, a word between
# a future right after the number's phrase: '3,000 troops will remain', '3,500 are expected to stay'
_FUTURE_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:will|would|(?:are|is)\s+(?:expected\s+)?to)\b")
# a word that is not a function word right after a cue: the cue is an adjective of that noun
_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:the|a|an|to|in|on|at|of|by|for|from|with|and|or|but|as|that|which|who|was|were|is|are|has|have"
    r"|had|will|would|after|since|so|far|now|still|toll|count|tally|figure|number)\b)[a-z]"
)
# words that deny the state of the cue after them: 'not', 'yet to be', 'left to', 'no longer'
_NEGATED = re.compile(r"\b(?:not|never|yet\s+to|left\s+to|still\s+to|no\s+longer|n't)\s+(?:be\s+|been\s+)?$", re.I)
# states that only people are in: '200 deaths', '53 missing' and 'the death toll' count people
_OF_PEOPLE = frozenset("killed injured missing evacuated displaced casualties rescued arrested infected".split())
# a purpose that sets a force apart: guarding a site ('to protect the US embassy') or someone
_GUARDING = re.compile(
    rf"""(?:\b[Tt]o\s+(?:protect|guard|secure|defend|provide\s+security)|\bfor\s+the\s+security\s+of)\b
    (?:\s+(?:for\s+|at\s+)?(?:the\s+)?(?P<facility>(?:[A-Z][\w.’'-]*\s+)*(?:{"|".join(FACILITIES)}))\b)?""",
    re.VERBOSE,
)
_REACH = 60  # a cue further from a number than this, with other words between, is not its state
_TAIL = 40  # the patterns that end at a number are searched in this many characters before it
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+(?:(?:an?|the)\s+)?$", re.I)

# A cue that governs the number: a verb right before it ('killed at least 96') or right after its
# phrase, behind auxiliaries ('were killed', 'remain unaccounted for', 'have been evacuated').
_AUX = (
    r"(?:(?:who|that|which|are|is|were|was|have|has|had|been|being|be|will|would|remain|remained|remains|still|now"
    r"|also|got|reported|listed|confirmed|believed|thought|feared|presumed|declared|considered|to)\s+)*"
)
_LISTED_AS = r"(?:(?:listed|reported|counted|classified|registered)\s+(?:by\s+(?:the\s+)?\w[\w.]*\s+)?as\s+)?"
_NEAR_AFTER = re.compile(  # 'who are still “unaccounted for”', 'listed by the FBI as unaccounted for'
    rf"^[\s,]*{_AUX}{_LISTED_AS}(?:\w+ly\s+)?[\"“‘']?$", re.I
)
_PURPOSE = re.compile(r"\bto\s+$")  # an infinitive of purpose before a cue
_NEAR_BEFORE = re.compile(
    r"^(?:\s*(?:the|a|an|of|to|had|have|has|some|about|another|over|nearly|only|just|all)\b)*\s*$", re.I
)


def read_sentence(
    text: str,
    numbers: list[tuple],
    lex: Lexicon | None = None,
    s0: int = 0,
    s1: int | None = None,
    home: str = "",
) -> list[tuple[Frame, Phrase]]:
    """The :class:`Frame` of each number of the sentence ``text[s0:s1]``, with its phrase and segment.

    ``numbers`` are ``(start, end, unit, unit_end, kind, direction)`` in text order; ``home`` is
    the country the article is about, which 'in the country' and 'there' stand for.
    """
    lex = lex or default_lexicon()
    s1 = len(text) if s1 is None else s1
    every = [Number(*n) for n in numbers]
    converted = {i for i in range(1, len(every)) if _converts(text, every[i - 1], every[i])}
    nums = [n for i, n in enumerate(every) if i not in converted]
    spans = phrases(text, s0, s1, [(n.start, n.end, n.unit_end or n.end) for n in nums])
    heads = _group_starts(spans)
    places = sentence_places(text, s0, s1)
    cued = " " * s0 + _cue_text(text[s0:s1])  # offset for offset with text, from the sentence's start
    frames = [
        _own(text, cued, n, p, (s0, s1, h), places, home, lex) for n, p, h in zip(nums, spans, heads, strict=True)
    ]
    bare = [i > 0 and _BARE_AND.fullmatch(text, spans[i - 1].end, p.start) is not None for i, p in enumerate(spans)]
    frames = _share(frames, spans, bare, [n.kind for n in nums])
    for i in range(1, len(nums)):  # '$900 million ..., later lowered to $550 million': the first was before
        if spans[i].link == "partner" and _CHANGED_TO.search(
            text, max(spans[i - 1].end, nums[i].start - 40), nums[i].start
        ):
            frames[i - 1] = frames[i - 1]._replace(tense="past")
    owned = [(p.start, p.end) for p in spans]
    read = []
    for i, (f, p) in enumerate(zip(frames, spans, strict=True)):
        if not f.place and nums[i].kind == "count":
            f = f._replace(place=_sentence_place(places, p, owned[:i] + owned[i + 1 :], lex))
        read.append((f, p))
    out = iter(read)
    return [  # a conversion is no claim of its own: it never joins a thread
        (EMPTY._replace(noun="-"), Phrase(n.start, n.end, n.start, n.end, "")) if i in converted else next(out)
        for i, n in enumerate(every)
    ]


def _converts(text: str, before: Number, n: Number) -> bool:
    """Whether ``n`` gives the sum or measure ``before`` in other units, in brackets right after it:
    '$US916 million ($1.2 billion)', '400 metres (1,300 feet)'."""
    return n.kind == before.kind in ("money", "measure") and _CONVERTED.fullmatch(text, before.end, n.start) is not None


def _group_starts(spans: list[Phrase]) -> list[int]:
    """Where the clause of each number's group of joined numbers begins: what a sentence says before
    the first of them ('there will be ...') is said of all of them."""
    out, start = [], 0
    for p in spans:
        if not p.link:
            start = p.left
        out.append(start)
    return out


def _own(
    text: str, cued: str, n: Number, p: Phrase, bounds: tuple[int, int, int], places: Places, home: str, lex: Lexicon
) -> Frame:
    """The facets a number's own phrase and segment give; ``cued`` is ``text`` as cues are searched in
    (see :func:`_cue_text`), ``bounds`` where its sentence starts and ends and where its group's clause
    begins, ``places`` those of its sentence (see :func:`sentence_places`)."""
    s0, s1, h = bounds
    clause = text[h : n.start]
    if _SUBSET.match(text, n.end):
        return EMPTY._replace(noun="-")  # 'two of them': a part of another count, never a thread of its own
    noun, group, state, unit = _noun(n.unit, n.kind, lex)
    partitive = _PARTITIVE.match(text, n.end) is not None
    own_end = n.end if partitive else max(n.end, n.unit_end)  # '44 of the victims were over 70': the victims'
    if partitive:  # state is not the 44's
        state = ""
    before, own = text[p.left : n.start], text[n.start : own_end]
    group = group or _owner(before, lex)
    place = _first_place(places, n.end, p.end) or _named_event(
        sentence_events(text, s0, s1), max(s0, p.left - _EVENT_REACH), n.start, p.right
    )
    if n.kind == "count":  # a sum, share or measure is rarely of the place its clause names
        place = place or _first_place(places, p.end, p.right) or _last_place(places, p.left, n.start)
    if not place and home and _THERE.search(text, n.end, p.right):
        place = home
    if not place and n.kind != "measure" and _WORLD.search(text, p.left, p.right):  # a measure is of a thing
        place = WORLD
    ante_unit, ante_noun, ante_group, ante_place, (a0, a1) = _antecedent(before, p.left, places, lex)
    if not noun and n.kind == "count":
        unit, noun, group = ante_unit, ante_noun, ante_group
        place = place or ante_place
        if not noun and (force := _force(before)):
            unit, noun = force, "troops"
    level = bool(_LEVEL_BEFORE.search(before[-_TAIL:])) or n.direction in ("from", "to")
    b0 = p.left  # where the words before it that may give its state begin:
    if _LEADING_PARTITIVE.match(before):  # after 'Of the victims,' (in 'Of the victims, 44 were 70 or older')
        b0 += _LEADING_PARTITIVE.match(before).end()
        before = text[b0 : n.start]
    if n.kind == "measure":  # a length or a duration is what it is, but a length is not a depth
        state = _dimension(folded(text[max(s0, n.start - 20) : n.start]), folded(text[n.end : n.end + 45]), noun)
        noun = _measured(text[max(p.left, n.start - 30) : n.start], text[n.end : n.end + 40], noun)
    else:
        alone = p.link != "partner" and not _AMONG.search(before[-_TAIL:])  # not '... to 97', not 'among 5,200'
        texts = (cued[b0 : n.start], cued[n.start : own_end], cued[p.end : p.right], cued[a0:a1])
        state = state or _state(*texts, level, alone, n.kind, lex)
        if not state and _WITH.fullmatch(before):  # 'aircraft departed with 11,200 personnel': the verb's
            state = _state(cued[max(h, p.left - _TAIL) : p.left], *texts[1:], level, alone, n.kind, lex)
    guarding = _GUARDING.search(text, n.end, min(p.right, n.end + 80)) if n.kind == "count" and noun else None
    if guarding and guarding.group("facility"):
        place = guarding.group("facility")  # '6,000 troops to secure the airport' are at the airport
    elif guarding:
        noun = f"security {noun}"  # '650 troops to provide security for diplomats' are not the force at war
    if noun and (bound := _BOUND.search(text, p.left, p.right)):
        noun = " ".join((f"{bound.group(1).lower()}bound", *(w for w in noun.split() if not _BOUND.fullmatch(w))))
    # a sum in the list a sum includes ('includes $300 million for ... and $300 million for ...') is a part
    included = n.kind == "money" and _INCLUDED.search(clause) is not None  # a count's noun tells it apart
    aspect = "part" if (partitive and not state) or included else _aspect(before, text[n.end : p.right])
    if aspect == "rate" and noun:  # a rate is per its period: '$400 million an hour' is not '$5 billion a day'
        noun = f"{noun} per {_period(text[n.end : p.right])}"
    tense = _tense(before, own, text[n.unit_end or n.end : p.right], clause, n)
    return Frame(noun, state, group, _canonical_place(place, lex), aspect, tense, unit)


@lru_cache(maxsize=65536)
def _noun(unit: str, kind: str, lex: Lexicon) -> tuple[str, str, str, str]:
    """``(noun, group, state, unit)`` from the unit written after a number ('US troops')."""
    if kind == "money" or kind == "percent":
        return unit.lower(), "", "", unit
    if not unit:
        return "", "", "", ""
    words = canonical(unit, lex).split()
    cues = _cue_words(lex, kind)
    group = " ".join(w for w in words if w in lex.nations)
    state = next((lex.states[c] for w in words if (c := _cue_of(w, cues))), "")
    rest = [w for w in words if w not in lex.nations and w not in _NOT_NOUNS and not _cue_of(w, cues)]
    if kind == "measure":  # a unit of measure by its one name: '400 metres', '400-meter' and '400m' alike
        known = lex.units.get(unit.lower()) or lex.units.get(" ".join(rest))
        return (known[1] if known else " ".join(rest) or unit.lower()), group, state, unit
    noun = " ".join(rest) if rest else ("people" if (group and not state) or state in _OF_PEOPLE else "")
    return noun, group, state, unit


def _antecedent(before: str, base: int, places: Places, lex: Lexicon) -> tuple[str, str, str, str, tuple[int, int]]:
    """``(unit, noun, group, place, span)`` of what a bare number counts, named before it in its
    clause: 'the number of US troops in Afghanistan to 8,600', 'troop levels in Iraq stood at about
    5,200', 'the death toll ... rose to 101', 'reduced its demand to'; ``span`` is where the phrase
    is, on to the next comma ('the number of people unaccounted for'). ``before`` starts at offset
    ``base`` of the text that ``places`` and ``span`` index."""
    heads = _ANTECEDENT_WORDS.intersection(before.lower().split())
    for m in reversed(list(_ANTECEDENT.finditer(before)) if heads else []):
        phrase = m.group("of") or m.group("np") or m.group("object") or m.group("subject")
        if m.group("np") and all(w.lower() in _NOT_NOUNS for w in phrase.split()):
            continue  # 'their current level': the level of something named before it
        if m.group("subject") and not _NOUN_PHRASE.fullmatch(phrase):
            continue  # 'Afghanistan has been', 'than a century': no noun phrase before the verb
        if m.group("np") and m.group("head") in ("level", "levels", "strength", "presence"):
            phrase += "s" if not phrase.endswith("s") else ""
        noun, group, _state, _unit = _noun(phrase, "count", lex)
        stop = before.find(",", m.end())
        end = min(len(before), stop if 0 <= stop < m.end() + 40 else m.end() + 40)
        place = _first_place(places, base + m.end(), base + len(before))
        return phrase, noun, group, place, (base + m.start(), base + end)
    return "", "", "", "", (0, 0)


def _force(before: str) -> str:
    """The last word before a bare number that names a military force ('the deployment ... 3,000'), if any."""
    found = list(_FORCE.finditer(before))
    return found[-1].group() if found else ""


def _owner(before: str, lex: Lexicon) -> str:
    """A nation or alliance that owns what is counted: "NATO's mission ... 500 personnel"."""
    owned = "'s" in before or "’s" in before
    for m in reversed(list(_OWNER.finditer(before)) if owned else []):
        name = canonical(m.group(1), lex)
        if name in lex.nations:
            return name
    return ""


def refers_back(left: str) -> bool:
    """Whether a bare number is 'the figure' / 'the total' of a count named earlier in the article."""
    return _GENERIC.search(left, max(left.rfind("."), left.rfind(";")) + 1) is not None


def _state(
    before: str, own: str, after: str, antecedent: str, level: bool, alone: bool, kind: str, lex: Lexicon
) -> str:
    """The state a number's clause gives it (text arguments folded): the verb right before it
    ('identified 99 victims'); a cue of its unit ('20,666 wounded'); the verb right after it ('were
    killed', 'remain unaccounted for'); a cue of the noun phrase it is the value of ('the death toll
    ... rose to 101'); else, if it is read ``alone`` (not a partner of another number,
    not 'among 5,200 troops'), the nearest cue of its segment. A movement ('withdrawn') needs the
    number as its object: 'reduced to 8,600' is a level."""
    cue = _cue_pattern(lex, kind)
    cues = _cue_words(lex, kind)

    def read(found: str, near: bool) -> str:
        """The state of a cue found, if it may be read here: a movement ('withdrawn') only as the
        verb of a number that is no level, an object cue ('lost') only right before the number."""
        c = _cue_of(found, cues)
        kind_of = lex.state_types.get(c, "condition")
        if kind_of == "object" or (kind_of == "movement" and (level or not near)):
            return ""
        return lex.states.get(c, "")

    found = list(cue.finditer(before))
    if found and _NEAR_BEFORE.match(before[found[-1].end() :]) and not level and not _verb_first(lex).match(own):
        state = lex.states.get(_cue_of(found[-1].group(), cues), "")
        if state:
            return state  # the verb it is the object of: 'killed at least 96', 'lost 2,461 troops'
    for m in cue.finditer(own):
        return read(m.group(), True)
    m = cue.search(after)
    if m and _NEGATED.search(after, max(0, m.start() - 24), m.start()):
        return ""  # 'two have yet to be identified', '5% left to search': not of that state
    if m and _NEAR_AFTER.match(after[: m.start()]) and read(m.group(), True):
        return read(m.group(), True)
    if antecedent:
        m = cue.search(antecedent)
        if m and read(m.group(), False):
            return read(m.group(), False)
    if not alone:
        return ""
    for m in reversed(found):
        modifies = _BEFORE_NOUN.match(before, m.end())  # 'the stranded vessel': the vessel's state
        if len(before) - m.end() <= _REACH and not modifies and read(m.group(), False):
            return read(m.group(), False)
    clause = _SUBORDINATE.search(after)
    for m in cue.finditer(after, 0, min(_REACH, clause.start() if clause else len(after))):  # last, a verb later
        if _NEGATED.search(after, max(0, m.start() - 24), m.start()):
            return ""
        if _PURPOSE.search(after, max(0, m.start() - 4), m.start()) or _BEFORE_NOUN.match(after, m.end()):
            continue  # 'seven tugs came to rescue the stranded ship': what they came to do, and the ship's
        if read(m.group(), False):  # in its clause: 'four members and two others were hurt'
            return read(m.group(), False)
    return ""


_DIMENSIONS = {
    "long": "length",
    "length": "length",
    "wide": "width",
    "width": "width",
    "deep": "depth",
    "depth": "depth",
    "high": "height",
    "height": "height",
    "tall": "height",
}
# a dimension after a measure, perhaps after its conversion: '400 metres long', '400 metres (1,300 feet) long'
DIMENSIONS = frozenset(_DIMENSIONS.values())  # what a measure's state may be: 'length', 'depth' ...
_DIMENSION_AFTER = re.compile(rf"^[\w\s-]{{0,12}}?(?:\([^)]{{0,25}}\)\s*)?\b({'|'.join(_DIMENSIONS)})\b")
_DIMENSION_BEFORE = re.compile(rf"\b({'|'.join(_DIMENSIONS)})\s+(?:of\s+|\(\s*)$")  # 'length of', 'long ('
_LENGTH_UNITS = frozenset("m km cm mm miles feet yards inches".split())  # as the lexicon's units name them


def _dimension(before: str, after: str, unit: str) -> str:
    """What a measure measures when its words say so ('400 metres long', 'a depth of 18 metres',
    'half a kilometre long (400m)'); a length unit made an adjective ('a 400-metre ship') is a length."""
    m = _DIMENSION_AFTER.match(after) or _DIMENSION_BEFORE.search(before)
    if m and unit in _LENGTH_UNITS:  # 'a six-day-long effort' lasts and a 'long and 200,000 tonne' ship weighs
        return _DIMENSIONS[m.group(1)]
    return "length" if after[:1] == "-" and unit in _LENGTH_UNITS else ""


# What a measure is of, when its words say: 'a bollard pull of 285 tonnes', '4 million tons of cargo'
_QUANTITY_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+((?:[a-z]+\s+)?[a-z]+)\s+of\s+$")
_THING_AFTER = re.compile(r"^\W*(?:[a-zA-Z/]+\s+){1,2}?of\s+(?:the\s+|its\s+|their\s+)?([a-z]+)\b")
_NOT_QUANTITIES = frozenset("total maximum minimum average estimated record further additional extra".split())


def _measured(before: str, after: str, unit: str) -> str:
    """A measure's noun: its unit, with the quantity named before it ('bollard pull tonnes') or the
    thing it weighs or holds after it ('tonnes of cargo'), so that tonnes of one thing are not tonnes
    of another. A dimension ('a length of') is its state instead (see :func:`_dimension`)."""
    before_m = _QUANTITY_BEFORE.search(before)
    if (
        before_m
        and before_m.group(1).split()[-1] not in _DIMENSIONS
        and before_m.group(1).split()[0] not in _NOT_QUANTITIES
    ):
        return f"{before_m.group(1)} {unit}"
    after_m = _THING_AFTER.match(after)
    return f"{unit} of {after_m.group(1)}" if after_m else unit


def _cue_text(text: str) -> str:
    """``text`` folded for the cue search, with its capitalised words but the first blanked out: a
    name ('Riverton Transit', 'the Death Valley') is not a state of what is counted."""
    return folded(_CAPITALISED.sub(lambda m: " " * len(m.group()) if m.start() else m.group(), text))


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


def _aspect(before: str, after: str) -> str:
    if _CHANGE_BEFORE.search(before[-_TAIL:]) or _CHANGE_AFTER.match(after):
        return "change"
    if _USUAL.search(before[-_TAIL:]) or _USUAL.search(after[:_TAIL]):
        return "usual"  # 'normally 70 ships a day': what is usual, not what is
    if _RATE.search(after[:60]):
        return "rate"
    if _PEAK.search(before):
        return "peak"
    return "level"


def _period(after: str) -> str:
    """The period of a rate the words after a number give ('a day', 'hourly', 'in the past 24 hours')."""
    m = _RATE.search(after[:60])
    if m.group("per"):
        return m.group("per").lower()
    return _RATE_ADVERBS[m.group("adverb").lower()] if m.group("adverb") else f"{m.group('hours')} hours"


def _tense(before: str, own: str, after: str, clause: str, n: Number) -> str:
    if n.direction == "from" or (_PAST_BEFORE.search(before[-_TAIL:]) and "current" not in own.lower()):
        return "past"
    if _PAST_WORDS.search(own) or _PAST_WORDS.search(before[-30:]):
        return "past"
    if _CURRENT.search(own) or _CURRENT.search(before[-30:]) or _CURRENT_AFTER.match(after):
        return "current"
    if _FUTURE.search(clause) or _FUTURE_AFTER.match(after):
        return "target"
    return "current"


def _share(frames: list[Frame], spans: list[Phrase], bare: list[bool], kinds: list[str]) -> list[Frame]:
    """Partners lend each other every facet either leaves out; a sibling of the same kind lends what
    is counted, and the state of a verb after both when only 'and' joins them ('800,000 troops and
    25,000 civilians served': ``bare[i]`` says so of number ``i`` and the one before it); a share
    lends no state to the acres after it ('contained 90% of the blaze with some 2,170 acres burned')."""
    out = list(frames)
    for i in range(len(out) - 1, 0, -1):
        if bare[i] and kinds[i] == kinds[i - 1] and not out[i - 1].state and out[i].state:
            out[i - 1] = out[i - 1]._replace(state=out[i].state)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if spans[i].link == "partner":
            out[i] = _fill(b, a, ("noun", "state", "group", "place", "unit"))
            out[i - 1] = _fill(a, out[i], ("noun", "state", "group", "place", "unit"))
        elif spans[i].link == "sibling" and b.noun != "-" and _alike(a, b, kinds[i - 1], kinds[i]):
            facets = ("noun", "group", "unit", "state") if not b.noun else ("state",)
            out[i] = _fill(b, a, facets)
    for i in range(len(out) - 2, -1, -1):  # a partner later in the sentence lends back along the chain
        if spans[i + 1].link == "partner":
            out[i] = _fill(out[i], out[i + 1], ("noun", "state", "group", "place", "unit"))
    return out


def _alike(a: Frame, b: Frame, kind_a: str, kind_b: str) -> bool:
    """Whether a sibling may lend its facets: of one kind and, for measures, one unit (the length of
    'a 400-metre long and 200,000 tonne ship' is no weight)."""
    return kind_a == kind_b and (kind_b != "measure" or not b.noun or a.noun == b.noun)


def _fill(frame: Frame, donor: Frame, facets: tuple[str, ...]) -> Frame:
    if donor.noun == "-":
        return frame
    return frame._replace(**{f: getattr(donor, f) for f in facets if not getattr(frame, f) and getattr(donor, f)})


def place_near(
    text: str,
    start: int,
    end: int,
    p: Phrase,
    places: Places,
    owned: list[tuple[int, int]],
    lex: Lexicon,
    home: str,
    before_first: bool = False,
    sentence: bool = True,
) -> str:
    """The place an expression at ``text[start:end]`` with phrase ``p`` is about, of the ``places`` of
    its sentence: one attached to it, else in its segment (after it first, or before it first if
    ``before_first``: a date's place is in the clause it closes), else (if ``sentence``) the
    sentence's nearest outside ``owned`` (the other expressions' phrases); 'there' and 'in the
    country' stand for ``home``."""
    after, before = _first_place(places, p.end, p.right), _last_place(places, p.left, start)
    place = _first_place(places, end, p.end) or (before or after if before_first else after or before)
    if place:
        return _canonical_place(place, lex)
    if home and _THERE.search(text, end, p.right):
        return home
    return _sentence_place(places, p, owned, lex) if sentence else ""


@lru_cache(maxsize=256)
def sentence_places(text: str, s0: int, s1: int) -> Places:
    """The places a sentence names, ``(start, end, name)`` in order ('in Kabul', 'at the airport');
    cached, as an article's numbers and its dates ask for them in turn."""
    found = ((m.start(), m.end(), m.group("place")) for m in _PLACE.finditer(text, s0, s1))
    return tuple((s, e, name) for s, e, name in found if _is_place(name) and not _whose(text, s))


def _whose(text: str, at: int) -> bool:
    """Whether the place at ``at`` is where the people who speak or decide are ('officials in London
    said', 'planners in Washington are weighing'), not a place of what they count."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return bool(m and ROLE_WORDS.fullmatch(m.group(1)))


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def _sentence_place(places: Places, p: Phrase, owned: list[tuple[int, int]], lex: Lexicon) -> str:
    """The place of the sentence nearest the number, outside any other number's own phrase."""
    free = [(abs(s - p.start), name) for s, _e, name in places if not any(a <= s < b for a, b in owned)]
    return _canonical_place(min(free, key=lambda dn: dn[0])[1], lex) if free else ""


def _named_event(events: Places, lo: int, at: int, hi: int) -> str:
    """The named event a number at ``at`` is of, of the sentence's ``events`` in ``[lo, hi)``: the last
    before it, else the first after it ('The Kula fire is 95% contained'; 'the Mauna Kea Beach fire
    that scorched 500 acres')."""
    found = [(s, e, name) for s, e, name in events if lo <= s and e <= hi]
    before = [name for _s, e, name in found if e <= at]
    return before[-1] if before else found[0][2] if found else ""


@lru_cache(maxsize=256)
def sentence_events(text: str, s0: int, s1: int) -> Places:
    """The named events a sentence names, ``(start, end, key)`` in order, keyed as their place and
    kind of event ('kula fire'); none, at the cost of one search, in a sentence with no word of one."""
    if not _EVENT_WORD.search(text, s0, s1):
        return ()
    found = sorted(
        (m for pattern in _NAMED_EVENTS for m in pattern.finditer(text, s0, s1) if _is_place(m.group("place"))),
        key=lambda m: m.start(),
    )
    return tuple((m.start(), m.end(), f"{m.group('place')} {NAMED_EVENTS[m.group('event').lower()]}") for m in found)


def _first_place(places: Places, lo: int, hi: int) -> str:
    return next((name for s, e, name in places if lo <= s and e <= hi), "")


def _last_place(places: Places, lo: int, hi: int) -> str:
    found = [name for s, e, name in places if lo <= s and e <= hi]
    return found[-1] if found else ""


def _is_place(name: str) -> bool:
    """Whether a capitalised name after 'in' is a place: not a date ('in Tuesday’s fires'), not an owner
    ('from America’s longest war'), not an organisation ('the National Weather Service')."""
    words = re.split(r"[\s’']", name.lower())
    return words[0] not in NOT_PLACES and words[-1] not in _ORGANISATIONS and not name.endswith(("’s", "'s"))


def home_country(text: str, lex: Lexicon | None = None) -> str:
    """The country an article names more often than any other (at least twice), which 'in the
    country' refers to; none when two are named as often.

    >>> home_country("Troops left Iraq. In Iraq, and not in Syria, the count fell.")
    'iraq'
    """
    lex = lex or default_lexicon()
    counts = {}
    for m in _country_pattern(lex).finditer(text):
        name = canonical(m.group(), lex)
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    return ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


@cache
def _country_pattern(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\b{trie(name.title() for name in lex.countries)}\b")


def _canonical_place(place: str, lex: Lexicon) -> str:
    """A place as keys write it; '' for a nation's adjective ('the Iraqi capital')."""
    name = canonical(place, lex) if place else ""
    adjective = name in lex.nations and name.title() not in _country_names(lex) and name not in ("us", "uk")
    return "" if adjective else name


@cache
def _country_names(lex: Lexicon) -> frozenset[str]:
    return frozenset(name.title() for name in lex.countries)


@cache
def _verb_first(lex: Lexicon) -> re.Pattern:
    """The qualifiers that are verbs ('surpassed 100,000'): a number they open is their object, not the
    object of the word before it ('deaths linked to infections surpassed 100,000')."""
    verbs = [q for q in lex.qualifiers if " " not in q and q.endswith(("ed", "ing"))]
    return re.compile(rf"{trie(verbs)}\s", re.I)


@cache
def _cue_pattern(lex: Lexicon, kind: str) -> re.Pattern:
    """Every state cue of the lexicon as one pattern on folded text ('kill*' matches 'killed'; 'dead', not
    'deadline')."""
    exact, prefixes = _cue_words(lex, kind)
    return re.compile(rf"\b(?:{trie(prefixes)}[\w-]*|{trie(exact)}\b)")


@cache
def _cue_words(lex: Lexicon, kind: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The exact cues and the prefix cues ('kill*') of the lexicon read for numbers of ``kind``."""
    cues = [c for c in lex.states if not lex.state_kinds.get(c) or kind in lex.state_kinds[c].split()]
    exact = frozenset(c for c in cues if not c.endswith("*"))
    prefixes = tuple(sorted((c[:-1] for c in cues if c.endswith("*")), key=len, reverse=True))
    return exact, prefixes


@lru_cache(maxsize=65536)
def _cue_of(word: str, cues: tuple[frozenset[str], tuple[str, ...]]) -> str:
    """The lexicon cue a word is ('killed' -> 'kill*'), or ''."""
    exact, prefixes = cues
    if word in exact:
        return word
    for p in prefixes:
        if word.startswith(p):
            return p + "*"
    return ""
