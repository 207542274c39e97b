"""What a number measures, read from its own clause: the thing counted, its state, group and place,
and whether it gives a level, a change or a rate, as of now, of the past, or as a target.

Each facet is read from the number's own phrase and segment first (see :mod:`claimtrack.grammar.clauses`),
then from the partner or sibling it is joined to, then from the rest of its sentence, so that in
"roughly 2,500 in Iraq and some 900 in Syria" the 900 is counted in Syria, and in "2,442 US
troops have been killed and 20,666 wounded" the 20,666 are US troops too. What is counted is read
in :mod:`~claimtrack.grammar.counted`, the places a sentence names in :mod:`~claimtrack.grammar.places`,
the state in :mod:`~claimtrack.grammar.states`, the aspect and tense in :mod:`~claimtrack.grammar.aspects`,
a measure's dimension in :mod:`~claimtrack.grammar.dimensions`; this module puts them together into
one frame per number.

>>> [f.subject for f, _ in read_sentence("About 2,500 US troops are in Iraq and some 900 in Syria.", [
...     (0, 11, "US troops", 21, "count", ""), (38, 46, "", 46, "count", "")])]
['us troops in iraq', 'us troops in syria']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .aspects import TAIL, per_item, rate_period, read_aspect, read_tense
from .clauses import CHANGE_VERBS, Phrase, phrases
from .counted import holder_before, its_owner, named_force, owner_before, read_antecedent, unit_noun
from .dimensions import dimension, measure_noun
from .lexicon import Lexicon, default_lexicon
from .number_units import counted_noun
from .offers import read_offer
from .places import (
    FACILITIES,
    Places,
    canonical_place,
    first_place,
    fronted_place,
    last_place,
    named_event,
    relative_start,
    reporting_country,
    sentence_events,
    sentence_place,
    sentence_places,
    there,
    worldwide,
)
from .states import cue_text, either_harm, lost_things, read_state
from .text import folded


class Frame(NamedTuple):
    """What one number measures. Empty strings are facets its clause does not give."""

    noun: str  # the thing counted, canonical: 'troops', 'people', 'usd', 'acres'
    state: str  # what is said of it: 'killed', 'missing', 'demanded', 'withdrawn'
    group: str  # a nation or alliance it belongs to: 'us', 'nato'
    place: str  # where: 'iraq', 'kabul airport'
    aspect: str  # 'level', 'change' ('an increase of 17'), 'rate' ('a day') or 'peak'
    tense: str  # 'current', 'past' ('down from 4,500') or 'target' ('to 2,500 by Jan. 15')
    unit: str  # as written after the number, or the noun phrase it refers to
    owner: str = ""  # whose offer a price is: 'dixons' (see :mod:`claimtrack.grammar.offers`)

    @property
    def subject(self) -> str:
        """The canonical key: 'killed us troops in kabul airport', 'offered usd per share by dixons'."""
        words = " ".join(w for w in (self.state, self.group, self.noun) if w)
        words += f" by {self.owner}" if words and self.owner else ""
        return f"{words} in {self.place}" if words and self.place else words


class Number(NamedTuple):
    """What :func:`read_sentence` needs of a number: offsets, written unit and kind."""

    start: int
    end: int
    unit: str
    unit_end: int
    kind: str
    direction: str


EMPTY = Frame("", "", "", "", "level", "current", "")
ALLIANCES = frozenset({"nato", "coalition"})  # groups of nations: beside one of them, a count of the others

# --- how a number stands to the words around it ------------------------------------------------
_BARE_AND = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*", re.I)
_LEADING_PARTITIVE = re.compile(r"^\s*of\s+(?:the|its|their|those|these)\s+[\w\s'’-]{1,40},\s*", re.I)
_PARTITIVE = re.compile(r"\s+(?:other\s+|of\s+(?:the|its|their|those|these)\s+)", re.I)
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)
# what a sum named before includes: 'a claim which includes a $300 million claim for ...' is a part of it
_INCLUDED = re.compile(r"\b(?:includ(?:es|ed|ing)|among\s+them)\b", re.I)
_SUBSET = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.I)
# a part of a whole counted with its number: '64 of 155 rigs', '44 of the 115 victims'
_OF_COUNTED_WHOLE = re.compile(
    r"""\s+(?:out\s+)?of\s+                             # 'of', 'out of'
        (?:(?:the|its|their|those|these|a\s+total\s+of)\s+   # perhaps 'the', 'a total of'
          | [A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?        # or an owner: "Brazil's"
        \d[\d,.]*\s+                                     # the whole's number, whose noun follows""",
    re.I | re.VERBOSE,
)
# a change of the value before to this one: 'later lowered to', 'reduced its demand to'
_CHANGED_TO = re.compile(rf"\b{CHANGE_VERBS}\s+(?:\w+\s+){{0,2}}?to\s+(?:\S+\s+)?$")
# from a sum or a measure to its conversion in brackets: ' (', ' metres (about '
_CONVERTED = re.compile(r"[^\d().;]{0,20}\(\s*")
_WITH = re.compile(r"\s*with\s+", re.I)  # a number whose phrase is 'with' it: what a verb before went with
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+(?:(?:an?|the)\s+)?$", re.I)  # a level: 'to', 'from', 'at'

# --- what sets what is counted apart ------------------------------------------------------------
_EVENT_REACH = 80  # a named event this far before a number's segment may still be its subject ('... that scorched')
# the way what is counted goes ('westbound traffic is worth $5.1 billion a day'): one way is not both
_BOUND = re.compile(r"\b(north|south|east|west|in|out)-?bound\b", re.I)
# a purpose that sets a force apart: guarding a site ('to protect the US embassy') or someone
_GUARDING = re.compile(
    rf"""
    (?:\b[Tt]o\s+(?:protect|guard|secure|defend|provide\s+security)      # 'to protect', 'to provide security'
      | \bfor\s+the\s+security\s+of                                      # 'for the security of'
    )\b
    (?:\s+(?:for\s+|at\s+)?(?:the\s+)?                                    # and perhaps the site:
        (?P<facility>(?:[A-Z][\w.’'-]*\s+)*(?:{"|".join(FACILITIES)}))\b  # 'the US embassy', 'the airport'
    )?
    """,
    re.VERBOSE,
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
    # a measure's phrase ends with its number: a place after its unit is its clause's ('moored for three months
    # at the lake'), and a measure is rarely of the place its clause names
    spans = phrases(
        text, s0, s1, [(n.start, n.end, n.end if n.kind == "measure" else n.unit_end or n.end) for n in nums]
    )
    heads = _group_starts(spans)
    places = sentence_places(text, s0, s1)
    cued = " " * s0 + cue_text(text[s0:s1])  # offset for offset with text, from the sentence's start
    frames = [
        _own(text, cued, n, p, (s0, s1, h), places, home, lex) for n, p, h in zip(nums, spans, heads, strict=True)
    ]
    bare = [i > 0 and _BARE_AND.fullmatch(text, spans[i - 1].end, p.start) is not None for i, p in enumerate(spans)]
    frames = _allies(_share(frames, spans, bare, [n.kind for n in nums]), spans)
    for i in range(1, len(nums)):  # '$900 million ..., later lowered to $550 million': the first was before
        if spans[i].link == "partner" and _CHANGED_TO.search(
            text, max(spans[i - 1].end, nums[i].start - 40), nums[i].start
        ):
            frames[i - 1] = frames[i - 1]._replace(tense="past")
    owned = [(p.start, p.end) for p in spans]
    read = []
    for i, (f, p) in enumerate(zip(frames, spans, strict=True)):
        if not f.place and nums[i].kind == "count":
            lo = relative_start(text, s0, nums[i].start)  # not a place of the clause a relative clause is in
            near = tuple(pl for pl in places if pl[0] >= lo)
            f = f._replace(place=sentence_place(near, p, owned[:i] + owned[i + 1 :], lex))
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


_PAIR_GAP = 12  # the words read for a number's aspect reach this far, past a phrase that ends at its partner


def _own(
    text: str, cued: str, n: Number, p: Phrase, bounds: tuple[int, int, int], places: Places, home: str, lex: Lexicon
) -> Frame:
    """The facets a number's own phrase and segment give; ``cued`` is ``text`` as cues are searched in
    (see :func:`cue_text`), ``bounds`` where its sentence starts and ends and where its group's clause
    begins, ``places`` those of its sentence (see :func:`sentence_places`)."""
    s0, _s1, h = bounds
    clause = text[h : n.start]
    if _SUBSET.match(text, n.end):
        return EMPTY._replace(noun="-")  # 'two of them': a part of another count, never a thread of its own
    noun, group, state, unit = unit_noun(n.unit, n.kind, lex)
    partitive = _PARTITIVE.match(text, n.end) is not None
    own_end = n.end if partitive else max(n.end, n.unit_end)  # '44 of the victims were over 70': the victims'
    if partitive:  # state is not the 44's
        state = ""
    before, own = text[p.left : n.start], text[n.start : own_end]
    group = (
        group
        or owner_before(before, lex)
        or holder_before(text, s0, n.start, own_end, lex)
        or its_owner(text, s0, n.start, lex)
    )
    place = _place(text, n, p, bounds, places, home) or reporting_country(text, p.left, n.start, lex)
    ante_unit, ante_noun, ante_group, ante_place, ante_span = read_antecedent(before, p.left, places, lex)
    if not noun and n.kind == "count":  # a bare count: of what it is the value of, or of the force named before it
        unit, noun, group = ante_unit, ante_noun, ante_group
        place = place or ante_place
        if not noun and (force := named_force(before)):
            unit, noun = force, "troops"
    level = bool(_LEVEL_BEFORE.search(before[-TAIL:])) or n.direction in ("from", "to")
    b0 = p.left  # where the words before it that may give its state begin:
    if leading := _LEADING_PARTITIVE.match(
        before
    ):  # after 'Of the victims,' (in 'Of the victims, 44 were 70 or older')
        b0 += leading.end()
        before = text[b0 : n.start]
    if n.kind == "measure":  # a length or a duration is what it is, but a length is not a depth
        state = dimension(folded(text[max(s0, n.start - 20) : n.start]), folded(text[n.end : n.end + 45]), noun)
        noun = measure_noun(text[max(p.left, n.start - 30) : n.start], text[n.end : n.end + 40], noun)
    else:
        state = either_harm(
            state or _state(cued, n, p, before, (b0, own_end, h), ante_span, level, lex),
            cued[n.start : p.right],
            n.kind,
            lex,
        )
    lost = n.kind == "count" and lost_things(cued[b0 : n.start], noun, lex)  # 'lost 24 rigs': a fall
    state = "" if lost else state
    if not noun and n.kind == "count" and (whole := _OF_COUNTED_WHOLE.match(text, n.end)):
        # the part has the whole's noun when its clause says which part it is ('identified 44 of the 115
        # victims'); else it is never a thread of its own ('64 of 155 rigs' is not 64 rigs)
        noun = unit_noun(counted_noun(text, whole.end(), lex)[0], n.kind, lex)[0] if state else "-"
    noun, place = _guarded(text, n, p, noun, place)
    noun = _bound(text, p, noun)
    # a sum in the list a sum includes ('includes $300 million for ... and $300 million for ...') is a part
    included = n.kind == "money" and _INCLUDED.search(clause) is not None  # a count's noun tells it apart
    part = partitive and not state and n.kind != "percent"  # '12 percent of the world's trade' is a share, no part
    rest = text[n.unit_end or n.end : p.right]  # the words after its unit
    # a measure's unit is no rate ('75 miles per hour'), a count's noun may say one ('three daily flights')
    rated = rest if n.kind == "measure" else text[n.end : p.right]
    after = text[n.end : max(p.right, n.end + _PAIR_GAP)]  # a phrase that ends at its partner: 'rose 19 to 100'
    aspect = "change" if lost else read_aspect(before, after, rated, n.kind)
    aspect = "part" if part or included else aspect
    if aspect == "rate" and noun:  # a rate is per its period: '$400 million an hour' is not '$5 billion a day'
        noun = f"{noun} per {rate_period(rated)}"
    elif n.kind == "money" and (item := per_item(rest)):  # a price: '$69 a share' is not '$1.6 billion'
        noun = f"{noun} per {item}"
    tense = read_tense(before, own, rest, clause, n.direction)
    state, owner = read_offer(text, s0, n.start, own_end, (n.kind, state))  # whose offer, or an issue of securities
    return Frame(noun, state, group, canonical_place(place, lex), aspect, tense, unit, owner)


def _place(text: str, n: Number, p: Phrase, bounds: tuple[int, int, int], places: Places, home: str) -> str:
    """Where what a number counts is, as its own words say: a place or named event attached to it; for a
    count, a place of its segment (after it first); the article's country for 'there'; else the world."""
    s0, s1, _h = bounds
    place = first_place(places, n.end, p.end) or named_event(
        sentence_events(text, s0, s1), max(s0, p.left - _EVENT_REACH), n.start, p.right
    )
    if not place and n.kind == "count":  # a sum, share or measure is rarely of the place its clause names
        place = (
            first_place(places, p.end, p.right)
            or last_place(places, relative_start(text, p.left, n.start), n.start)
            or fronted_place(text, s0)
        )
    place = place or there(text, n.end, p.right, home)
    if not place and n.kind != "measure":  # a measure is of a thing; a count, of the world its sentence
        # names before it ('the worldwide rate rose 2 pct with a total of 391 rigs')
        place = worldwide(text, s0 if n.kind == "count" else p.left, p.right)
    return place


def _state(
    cued: str,
    n: Number,
    p: Phrase,
    before: str,
    words: tuple[int, int, int],
    antecedent: tuple[int, int],
    level: bool,
    lex: Lexicon,
) -> str:
    """The state the cues around a number that is no measure give it (see :func:`read_state`): ``words``
    are where the words before it that may give it begin, where its own phrase ends and where its
    group's clause begins; ``antecedent`` is where the noun phrase it is the value of is."""
    b0, own_end, h = words
    alone = p.link != "partner" and not _AMONG.search(before[-TAIL:])  # not '... to 97', not 'among 5,200'
    texts = (cued[b0 : n.start], cued[n.start : own_end], cued[p.end : p.right], cued[antecedent[0] : antecedent[1]])
    state = read_state(*texts, level, alone, n.kind, lex)
    if not state and _WITH.fullmatch(before):  # 'aircraft departed with 11,200 personnel': the verb's
        state = read_state(cued[max(h, p.left - TAIL) : p.left], *texts[1:], level, alone, n.kind, lex)
    return state


def _guarded(text: str, n: Number, p: Phrase, noun: str, place: str) -> tuple[str, str]:
    """A count's noun and place as a purpose that sets a force apart says: guarding a site or someone."""
    guarding = _GUARDING.search(text, n.end, min(p.right, n.end + 80)) if n.kind == "count" and noun else None
    if guarding and guarding.group("facility"):
        return noun, guarding.group("facility")  # '6,000 troops to secure the airport' are at the airport
    if guarding:
        return f"security {noun}", place  # '650 troops to provide security for diplomats' are not the force at war
    return noun, place


def _bound(text: str, p: Phrase, noun: str) -> str:
    """``noun`` with the way it goes, as a number's segment says ('westbound'): one way is not both."""
    if noun and (bound := _BOUND.search(text, p.left, p.right)):
        return " ".join((f"{bound.group(1).lower()}bound", *(w for w in noun.split() if not _BOUND.fullmatch(w))))
    return noun


def _share(frames: list[Frame], spans: list[Phrase], bare: list[bool], kinds: list[str]) -> list[Frame]:
    """Partners lend each other every facet either leaves out; a sibling of the same kind lends what
    is counted, and the state of a verb after both when only 'and' joins them ('800,000 troops and
    25,000 civilians served': ``bare[i]`` says so of number ``i`` and the one before it), and a change
    ('fell by 23 and 13'); a share
    lends no state to the acres after it ('contained 90% of the blaze with some 2,170 acres burned')."""
    out = list(frames)
    for i in range(len(out) - 1, 0, -1):
        if bare[i] and kinds[i] == kinds[i - 1] and not out[i - 1].state and out[i].state:
            out[i - 1] = out[i - 1]._replace(state=out[i].state)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if spans[i].link == "partner":
            out[i] = _fill(b, a, _lent(kinds[i - 1], kinds[i]))
            out[i - 1] = _fill(a, out[i], _lent(kinds[i - 1], kinds[i]))
        elif spans[i].link == "sibling" and b.noun != "-" and _alike(a, b, kinds[i - 1], kinds[i]):
            facets = ("noun", "group", "unit", "state") if not b.noun else ("state",)
            out[i] = _fill(b, a, facets)
        if bare[i] and kinds[i] == kinds[i - 1] and a.aspect == "change" and b.aspect == "level":
            out[i] = out[i]._replace(aspect="change")  # 'fell by 23 and 13', 'declines of 16 and 11': two changes
    for i in range(len(out) - 2, -1, -1):  # a partner later in the sentence lends back along the chain
        if spans[i + 1].link == "partner":
            out[i] = _fill(out[i], out[i + 1], _lent(kinds[i], kinds[i + 1]))
    return _list_place(out, bare, kinds)


def _lent(kind_a: str, kind_b: str) -> tuple[str, ...]:
    """The facets partners lend each other: all, but what is counted and its unit only of one kind ('rose
    5 pct to 1.2 billion from 1.1 billion': the billions are no percent)."""
    return ("noun", "state", "group", "place", "unit") if kind_a == kind_b else ("state", "group", "place")


def _list_place(frames: list[Frame], bare: list[bool], kinds: list[str]) -> list[Frame]:
    """The first place in a list of counts, named by its third count or a later one, is the place of
    the counts before it: '2,741 cases, 80 deaths and 461 severe cases in China'. Of two, the first is
    told apart ('2,500 troops and 900 in Syria' says nothing of where the 2,500 are)."""
    out, start = list(frames), 0
    for i in range(1, len(out)):
        if not (bare[i] and kinds[i] == kinds[i - 1] == "count"):
            start = i  # a new list
        elif out[i].place and i - start + 1 >= _LIST and not any(f.place for f in out[start:i]):
            out[start:i] = [f._replace(place=out[i].place) for f in out[start:i]]
    return out


_LIST = 3  # counts in one list


def _allies(frames: list[Frame], spans: list[Phrase]) -> list[Frame]:
    """An alliance's count beside a count of another nation's counts the other members: in '2,500 US troops
    and 7,000 NATO soldiers' the 7,000 are the allies', not NATO's whole force."""
    out = list(frames)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if spans[i].link != "sibling" or not a.group or not b.group or (a.group in ALLIANCES) == (b.group in ALLIANCES):
            continue
        if b.group in ALLIANCES:
            out[i] = b._replace(group="allied")
        else:
            out[i - 1] = a._replace(group="allied")
    return out


def _alike(a: Frame, b: Frame, kind_a: str, kind_b: str) -> bool:
    """Whether a sibling may lend its facets: of one kind and, for measures, one unit (the length of
    'a 400-metre long and 200,000 tonne ship' is no weight)."""
    return kind_a == kind_b and (kind_b != "measure" or not b.noun or a.noun == b.noun)


def _fill(frame: Frame, donor: Frame, facets: tuple[str, ...]) -> Frame:
    if donor.noun == "-":
        return frame
    return frame._replace(**{f: getattr(donor, f) for f in facets if not getattr(frame, f) and getattr(donor, f)})
