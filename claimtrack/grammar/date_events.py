"""What a date is about: the event its own clause names, the group and place it concerns, and for a
deadline the level it sets ('to 2,500 by Jan. 15') and the phase of a plan it is of, or for the end of
a state no event names what lasts (see :mod:`claimtrack.grammar.date_deadlines`).

The event is read where it binds to the date: a noun right after it ('the Aug. 8 blaze', 'a May 1
deadline'), a verb right before it ('ran aground on March 23', 'freed on March 29'), else the
nearest event word of the date's segment (see :mod:`claimtrack.grammar.clauses`), so that two dates of one
sentence are not given one event; a date that opens its sentence dates the clause it opens ('On
Wednesday, the tremor left five dead').

>>> text = "The ship ran aground on March 23 and was freed on March 29."
>>> [e.event for e in read_dates(text, [(24, 32, "event"), (50, 58, "event")], [])]
['ground', 'refloat']
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .aspects import RISE_FALL
from .clauses import Phrase
from .date_deadlines import (
    PHASE,
    RESUME,
    STAY,
    UNTIL,
    lasting,
    phase,
    phase_name,
    target,
    what_ends,
    what_resumes,
)
from .event_cues import event_cues, event_of, noun_after, started, subject_event
from .lexicon import Lexicon, default_lexicon
from .measures import Frame
from .places import place_near, sentence_places
from .subjects import canonical, name_spans, names, opening_name
from .text import blanked, folded
from .trie import trie


class DateFrame(NamedTuple):
    """What one date is about. Empty strings are facets its clause does not give."""

    event: str  # canonical event: 'ground', 'refloat', 'withdraw'
    group: str  # a nation or alliance: 'us', 'coalition'
    place: str  # 'iraq', 'lahaina'
    target: str  # for a deadline, the level it sets: '2500'; '' for all (a full withdrawal)
    phase: str  # 'first', 'second' for one phase of a plan
    actor: str  # for an event that happens to someone (taking office), who: 'kadhimi'; what lasts, of a stay
    names: str  # the names its sentence gives, canonical and sorted: 'kadhimi, soleimani'

    @property
    def subject(self) -> str:
        """The canonical key: 'withdraw us in afghanistan to 2500 (second phase): biden, taliban', or
        for an event that happens to someone, 'take office by kadhimi in iraq: kadhimi'."""
        words = " ".join(w for w in (self.event, self.group) if w)
        if self.actor:
            words += f" by {self.actor}"
        key = f"{words} in {self.place}".strip() if self.place else words
        if self.target:
            key = f"{key} to {self.target}".strip()  # 'to 95' for a deadline no event names
        if self.phase:
            key += f" ({self.phase} phase)"
        return f"{key}: {self.names}" if self.names else key


# what may stand between a verb and its date: 'freed on', 'withdrawn as of', 'ended officially on'
_BEFORE_VERB = re.compile(
    r"""
    ^\s*(?:(?:on|in|at|by|since|until|till|from|around|during    # a preposition of time
        | early|late|last|this|next|for|as\s+of                  # 'early', 'last', 'as of'
        | the|a|an|of|before|after                               # an article, 'before'
        | yesterday|today|now                                    # a day
        | officially|formally|finally|again                      # an adverb
    )\s+)*$
    """,
    re.I | re.VERBOSE,
)


def read_dates(
    text: str,
    dates: list[tuple[int, int, str]],
    numbers: list[tuple[int, int, int, Frame, float]],
    lex: Lexicon | None = None,
    s0: int = 0,
    s1: int | None = None,
    home: str = "",
) -> list[DateFrame]:
    """The :class:`DateFrame` of each date ``(start, end, role)`` of the sentence ``text[s0:s1]``.

    ``numbers`` are the sentence's counts as ``(start, end, unit_end, frame, value)``: a deadline
    takes its target from a count set as a target just before it.
    """
    lex = lex or default_lexicon()
    s1 = len(text) if s1 is None else s1
    counts = [(s, e, u, (f, v)) for s, e, u, f, v in numbers]
    out = []
    masked = blanked(text, dates, fill=" ")  # a date's words are not another's event
    places = sentence_places(text, s0, s1)
    named = names(text[s0:s1], lex)
    phases = [(m.start(), phase_name(m)) for m in PHASE.finditer(text, s0, s1)]
    for start, end, role in dates:
        left, right = _segment(text, s0, s1, start, end)
        closed = right == end and _YEAR_CLOSED.search(text, start, end) is not None  # 'the Sept. 11, 2001, attacks'
        if closed:
            right = _segment(text, s0, s1, end + 1, end + 1)[1]
        after = folded(masked[end + 1 if closed else end : right])
        others = [(s, e) for s, e, _r in dates if (s, e) != (start, end)]
        # a cue before another date of the segment is that date's, if a verb parts them: 'blocked the canal in
        # March was let go on Wednesday', but 'freeing the ship on Sunday or Monday'
        own_left = max([left, *(e for _s, e in others if left <= e <= start and _VERB.search(text, e, start))])
        before = folded(masked[own_left:start])
        # the day a figure held ('85% contained as of Tuesday') is no event's
        held = _AS_OF.search(text, max(s0, start - 8), start + 6) is not None
        event = (
            "" if held else _event(before, after, lex) or _after_event(after, lex) or _verb_after(before, after, lex)
        )
        if event in _moves(lex) and _FIGURE_MOVED.search(f"{before} {after}"):
            event = ""  # 'sales fell 2 pct in February': the month a figure moved, not a fall
        reach = right  # where the clause of the date's event ends, in which its actor is named
        if not event and not held and left == s0 and _BEFORE_VERB.match(text[s0:start]) and not after.strip():
            event, reach = _main_event(text, masked, s0, s1, right, lex)  # 'On March 29, salvage teams freed the ship'
        group = _group(masked[left:start], masked[end:right], lex)
        if not group and role == "deadline":  # whose deadline: the sentence's subject, named first
            first = _nation_words(lex).search(masked, s0, left)
            group = canonical(first.group(), lex) if first else ""
        # a date of an event noun is where the noun says ('the Aug. 8 fire in Lahaina'), not where the verbs
        # around it do ('flown to Oahu after the Aug. 8 wildfire'); a deadline is where its clause is
        noun = noun_after(after, lex) if role != "deadline" else 0
        clause = end + noun if noun else text.rfind(";", s0, start) + 1 or s0
        span = Phrase(start, end, clause, right, "")
        near = tuple(pl for pl in places if 0 < pl[0] - clause <= 2) if noun else places
        place = place_near(text, start, end, span, near, others, lex, "", before_first=not noun, sentence=False)
        # 'not reconvene until October 14': a state's end, what lasts its actor, not a deadline set for an end
        stay = not event and role == "deadline" and UNTIL.match(text, start) is not None
        if stay:
            event, actor = STAY, lasting(before, place)
        elif event in lex.personal:
            actor = _actor(text, s0, left, start, reach, bool(noun))
        elif event == RESUME:
            actor = what_resumes(masked, s0, start, s1)
        elif role == "deadline" or event in _OWNED_ENDS:
            actor = what_ends(masked, s0, start, lex.nations)
        else:
            actor = ""
        out.append(
            DateFrame(
                event,
                group,
                place or home,
                target(text, counts, start, end) if role == "deadline" else "",
                phase(phases, left, right),
                actor,
                named,
            )
        )
    return out


def _actor(text: str, s0: int, left: int, start: int, right: int, of_noun: bool) -> str:
    """Who an event happens to: the last name before the date in its segment, else the word that opens
    the sentence if the article names it elsewhere ('Pierluisi was sworn in last week'), else the first
    name after the date; of an event noun after the date, that name first ('the August 2 resignation
    of Governor Rosselló')."""
    spans = [(s0 + s, s0 + e, name) for s, e, name in name_spans(text[s0:right])]
    before = [name for s, e, name in spans if left <= s and e <= start]
    after = [name for s, _e, name in spans if s >= start]
    if of_noun and after:
        return after[0]
    return before[-1] if before else opening_name(text, s0, left) or (after[0] if after else "")


def _group(before: str, after: str, lex: Lexicon) -> str:
    """The nation or alliance nearest a date: whose deadline it is ('the American combat mission');
    none when it names two together ('U.S. and NATO troops'), whose deadline is both's."""
    pattern = _nation_words(lex)
    found = list(pattern.finditer(before)) or list(pattern.finditer(after))[:1]
    if not found:
        return ""
    last = found[-1]
    pair = len(found) > 1 and _JOINED.fullmatch(before, found[-2].end(), last.start())
    return (
        ""
        if pair and canonical(found[-2].group(), lex) != canonical(last.group(), lex)
        else canonical(last.group(), lex)
    )


_JOINED = re.compile(r"\s*(?:,|and|or|&)\s*")


@cache
def _nation_words(lex: Lexicon) -> re.Pattern:
    """The words that name a nation or alliance, aliases included ('American', 'U.S.'), any case."""
    words = {w for w in lex.nations} | {a for a, c in lex.aliases.items() if c in lex.nations}
    # a whole word, or an owner ('the coalition's') or a leader ('US-led')
    return re.compile(rf"(?<![\w.’'-]){trie(w for w in words)}(?=[’']s\b|-led\b|[^\w'’-]|$)", re.I)


def _segment(text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The words a date is an adjunct of: its sentence between the marks around it, an aside in
    brackets left in ('occurred at 7:37 p.m. (1137 UTC) on Wednesday', 'the World Health
    Organization (WHO) declared'), and the commas of a place and its region ('in Kenosha, Wisconsin, by
    1989') too."""
    regions = {i for m in _PLACE_AND_REGION.finditer(text, s0, s1) for i in (m.start(), m.end() - 1)}
    marks = [m.start() for m in _MARK.finditer(text, s0, s1) if m.start() not in regions]
    before = [i for i in marks if i < start]
    while before and text[before[-1]] == "(" and ")" in text[before[-1] : start]:
        before.pop()
    left = before[-1] if before else s0 - 1
    after = [i for i in marks if i >= end]
    while after and text[after[0]] == "(" and (close := text.find(")", after[0], s1)) >= 0:
        after = [i for i in after if i > close]
    right = after[0] if after else s1
    return left + 1, right


# a place and its region between commas: 'Kenosha, Wisconsin,'; the second name holds no digit ('Monday, March 23,')
_PLACE_AND_REGION = re.compile(r"(?<=[a-z]),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,")
_YEAR_CLOSED = re.compile(r",\s*\d{4}$")  # a full date whose year the style closes with a comma too
_MARK = re.compile(r",(?!\d{3})|;|:(?!\d)|\(| — | – ")  # not the comma of '3,000' nor the colon of '10:30'


def _verb_after(before: str, after: str, lex: Lexicon) -> str:
    """The event of a clause a date opens ('Last week a car bomb killed five', 'officials said that by noon
    traffic would resume'): its verb soon after it, when nothing before it names an event or a saying."""
    cue = event_cues(lex)
    m = cue.search(after, 0, _VERB_REACH)
    if m is None or not _OPENS.search(before) or _SPOKEN.search(before) or _SPOKEN.search(after, 0, m.start()):
        return ""
    # not what it was for ('on Sunday to free the ship'), nor another verb's object ('today approved a disaster plan')
    if _PURPOSE.search(after, 0, m.start()) or _PAST_VERB.search(after, 0, m.start()):
        return ""
    return event_of(m.group(), lex)


# events whose date ends what someone owns, or a thing of its own: 'its offer expires', 'the talks end'
_OWNED_ENDS = frozenset(("expire", "deadline", "end"))
_AS_OF = re.compile(r"\b[Aa]s\s+of\b")
_COMPARED = re.compile(r"\b(?:more|most|less|least)\s+$")  # before an adjective: 'more complete'
_OWNER = re.compile(r"[’']s\s+\w")  # a date that owns a noun: 'January's suspension'
_VERB_REACH = 40  # the verb of the clause a date opens is this near it
# what may stand before a date that opens a clause: a word that opens one, then small words
_OPENS = re.compile(
    r"""
    (?:^|\b(?:that|and|but|so|while|when|as|because|although|then)\s+)      # the clause's start
    (?:(?:on|by|in|at|since|until|from|early|late|last|this|next|the)\s+)*$  # 'and on', 'that by'
    """,
    re.VERBOSE,
)
_BE = r"(?:was|were|is|are|be|been|being)"  # a form of 'to be'
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")  # a verb in the past: 'approved'
_VERB = re.compile(rf"\b(?:{_BE}|has|have|had|will|would)\b|{_PAST_VERB.pattern}")  # 'was', 'allowed'
# a passive kept from something tells what others undergo, not the event: 'ships were blocked from passing'
_PASSIVE = re.compile(rf"\b{_BE}\s+$")
_KEPT_FROM = re.compile(r"\s+from\s+[a-z]+ing\b")  # but 'was released from jail on Friday' is the event
_PURPOSE = re.compile(r"\bto\s")  # an infinitive of purpose: 'to free', 'to manoeuvre the ship free'


def _after_event(after: str, lex: Lexicon) -> str:
    """The event a date is said to follow, right after it ('in January after a US drone strike')."""
    m = _AFTER_CLAUSE.match(after)
    words = m.group(1).split() if m else []
    return next((event_of(w, lex) for w in words if event_cues(lex).fullmatch(w)), "")


# 'after' and the four words that follow it, which hold the event's noun: 'after a US drone strike'
_AFTER_CLAUSE = re.compile(r"[\s,]+(?:after|following|when)\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _event(before: str, after: str, lex: Lexicon) -> str:
    """The event a date's segment names (folded text before and after the date, in its segment): a
    noun right after it, else a word right before it, else the last one before it in the segment and
    in its clause. A date said to be the start of an event ('May 1 as the official start of the
    withdrawal') is that start. A date right after a word of speech ('said Tuesday') is when something
    was said: no event."""
    cue = event_cues(lex)
    start = _START_OF.match(after)
    if start and (m := cue.match(after, start.end())):
        return started(event_of(m.group(), lex), lex)
    if noun := noun_after(after, lex):
        return event_of(cue.search(after, 0, noun).group(), lex)
    if _OWNER.match(after):
        return ""  # the date of a noun that names no event: 'would maintain January's suspension'
    found = [
        m
        for m in cue.finditer(before)
        if (not _KEPT_FROM.match(before, m.end()) or not _PASSIVE.search(before, 0, m.start()))
        and not _COMPARED.search(before, max(0, m.start() - 6), m.start())  # 'a more complete form': no event
    ]
    if found and _BEFORE_VERB.match(before[found[-1].end() :]):
        return subject_event(found, before, lex)
    if _SAID.search(before) or not found:
        return ""
    if len(before) - found[-1].end() > _REACH:
        return ""
    return subject_event(found, before, lex)


# 'is the formal start of', 'as the official start of': a date that is an event's start
_START_OF = re.compile(
    r"""
    ^\s*(?:is|was|as|marks|marked|will\s+be)\s+                   # 'is', 'as', 'will be'
    (?:the\s+)?(?:[a-z]+\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?  # 'the official start of the'
    """,
    re.VERBOSE,
)
# an event word further back than this is another clause's ('wedged across ... during a sandstorm on Tuesday'
# is near enough); closer, a clause opener between does not part them: parted, events measured worse
_REACH = 100
_SPEECH = r"""
    (?:said|says|say|told|tells|stated|added|noted|reported|wrote             # a verb of saying: 'told'
      | confirmed|acknowledged|briefed|indicated                              # of confirming: 'briefed'
      | estimated|predicted|warned|insisted|explained|argued|revealed|disclosed|showed  # of arguing: 'warned'
    )
"""
# a date right after a word of speech tells when it was said: 'said Tuesday', 'told reporters on Monday'
_SAID = re.compile(
    rf"""
    \b{_SPEECH}
    \s+(?:\w+\s+){{0,3}}?(?:on\s+|late\s+|early\s+|last\s+)?$     # 'told reporters late'
    """,
    re.VERBOSE,
)
_SPOKEN = re.compile(rf"\b{_SPEECH}\b", re.VERBOSE)


def _main_event(text: str, masked: str, s0: int, s1: int, comma: int, lex: Lexicon) -> tuple[str, int]:
    """The event of the clause a leading date introduces ('On March 29, salvage teams freed the
    ship') and where that clause ends: the first event word of the segment after it, unless a word
    of speech comes first ('On Monday, officials said the ship had been freed' tells when it was said)."""
    _left, right = _segment(text, s0, s1, comma + 1, comma + 1)
    clause = folded(masked[comma + 1 : right])
    m = event_cues(lex).search(clause)
    return ("" if m is None or _SPOKEN.search(clause, 0, m.start()) else event_of(m.group(), lex)), right


# a verb of change and the figure it moves by or to: 'fell two pct', 'fell to 1,198', 'rose by $2'
_FIGURE_MOVED = re.compile(
    rf"""
    \b{RISE_FALL}\s+                                                     # the verb: 'fell'
    (?:(?:by|to|about|some|nearly|almost|roughly|over|more\s+than)\s+)?  # perhaps 'by', 'to', 'about'
    (?:[$€£¥]?\d                                                         # a figure: '1,198', '$2'
      | [a-z]+(?:-[a-z]+)?\s+(?:pct|percent|per\s+cent|points?)\b      # or one in words: 'two pct'
      | [a-z]+(?:-[a-z]+)?\s+to\s+[$€£¥]?\d)                           # 'fell by three to 749'
    """,
    re.VERBOSE,
)


@cache
def _moves(lex: Lexicon) -> frozenset[str]:
    """The events whose cues are also verbs of a figure's change ('fell': the fall of a city)."""
    return frozenset(event for cue, event in lex.events.items() if re.fullmatch(RISE_FALL, cue, re.VERBOSE))
