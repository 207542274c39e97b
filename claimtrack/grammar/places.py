"""Where things are, as a sentence says: the places it names ('in Kabul', 'at the airport'), the events
it names by a place ('the Kula fire'), and the country an article is about, which 'there' and 'in the
country' stand for. :func:`place_near` picks the one an expression is about.

>>> text = "Some 900 troops are in Syria."
>>> place_near(text, 5, 8, Phrase(5, 15, 0, len(text), ""), sentence_places(text, 0, len(text)), [],
...     default_lexicon(), "")
'syria'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .clauses import Phrase
from .lexicon import Lexicon, default_lexicon
from .subjects import NOT_PLACES, ROLE_WORDS, TITLES, canonical
from .trie import trie

Places = tuple[tuple[int, int, str], ...]  # the places a sentence names: (start, end, name)
_REGION = r"(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central|nearby|war-torn)\s+)?"
FACILITIES = "airport airfield embassy consulate base airbase port border canal".split()
_AREA = r"(?:\s+(?:area|region|basin|zone))?"  # a name's area: 'the European-Mediterranean area'
_NOT_NAMES = TITLES | frozenset("Police Officials Department Agency Authority Council Court".split())
_ORGANISATIONS = frozenset(
    """service department agency authority council court ministry office commission party group news times post
    press association bureau administration company corp inc institute foundation center centre hospital
    university school""".split()
)  # the last word of a name that is not a place ('the National Weather Service')
_NAME_WORD = rf"(?!(?:{'|'.join(sorted(_NOT_NAMES))})\b)[A-Z][\w'’-]+"
_BUILDINGS = "hotel building office headquarters company university school hospital church mosque stadium".split()
# what a name before it is the topic or party of, not a place: 'comment on the Emery offer'
_TOPICS = "offer bid deal plan proposal agreement contract talks takeover merger".split()
_PLACE = re.compile(
    rf"""
    (?:\b(?:in|inside|at|on                                         # a preposition ('in the northern'):
          | (?<![Aa]ccording\s)(?<!response\s)(?<!addition\s)(?<!due\s)(?<!thanks\s)to  # 'to', not 'according to'
          | into|across|throughout|near|from
          | left|leave|leaving|entered|invaded                         # or a verb of going ('troops left Iraq')
        )\s+
        (?:the\s+)?{_REGION}
        (?:(?:[A-Z][\w'’-]+\s+)?(?:island|town|city|state|county|province|region)\s+of\s+)?  # 'the island of'
      | \b(?:island|town|city|village|county|province|region)\s+of\s+  # or without one: 'the town of'
      | \b(?:country|nation|island|town|city|village|province|region),\s+  # or in apposition: 'the country, Spain,'
    )
    (?:[A-Z][\w-]+[’']s\s+)?                                         # an owner: 'Egypt's Suez Canal'
    (?P<place>
        {_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}                       # a name ('Kabul', 'Big Island')
        (?:\s+(?:{"|".join(FACILITIES)}))?                           # and a facility ('Kabul airport')
      | (?:{"|".join(FACILITIES)})\b                                 # or a facility alone ('the airport')
    ){_AREA}                                                         # perhaps its area: 'the Gulf area'
    (?![\w'’-])(?!\s+(?:{"|".join(_BUILDINGS)})\b)                   # a whole word, not a building's name
    (?!\s+(?:{"|".join(_TOPICS)})s?\b)                                # nor what a name is the topic of
    (?!\s+scale\b)                                                   # nor a scale: 'on the Richter scale'
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
_EVENT_PLACE = rf"(?P<place>{_NAME_WORD}(?:[\s/]+{_NAME_WORD}){{0,2}})"  # 'Kula', 'Upcountry/Kula', 'Mauna Kea Beach'
_NAMED_EVENTS = (
    re.compile(rf"\b[Tt]he\s+(?:\d{{4}}\s+|[a-z]+\s+)?{_EVENT_PLACE}\s+{_EVENT}\b"),  # 'the (2018) Camp Fire'
    re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?{_EVENT}\s+(?:in|on|at)\s+{_EVENT_PLACE}\b"),  # 'the deadly fire in Lahaina'
)
WORLD = "world"  # the place of what is counted worldwide
WORLD_NAMES = ("world", "worldwide", "globally", "globe")  # the words an article names it by
_WORLD = re.compile(
    r"""
    \b(?:worldwide|globally                              # 'worldwide'
      | around\s+the\s+(?:world|globe)                   # 'around the world'
      | across\s+the\s+(?:world|globe)                   # 'across the globe'
    )\b
    """,
    re.I | re.VERBOSE,
)
# the words that stand for the country an article is about
_THERE = re.compile(
    r"""
    \bthere\b(?!\s+(?:is|are|was|were|will|would|have|had)\b)   # 'there', not 'there are'
    | \bin\s+(?:the|that)\s+country\b                          # 'in the country'
    """,
    re.VERBOSE,
)


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
    after, before = first_place(places, p.end, p.right), last_place(places, p.left, start)
    place = first_place(places, end, p.end) or (before or after if before_first else after or before)
    if place:
        return canonical_place(place, lex)
    return there(text, end, p.right, home) or (sentence_place(places, p, owned, lex) if sentence else "")


def there(text: str, lo: int, hi: int, home: str) -> str:
    """``home``, the article's country, if ``text[lo:hi]`` says 'there' or 'in the country', else ''."""
    return home if home and _THERE.search(text, lo, hi) else ""


def worldwide(text: str, lo: int, hi: int) -> str:
    """:data:`WORLD` if ``text[lo:hi]`` says that what is counted is counted worldwide, else ''."""
    return WORLD if _WORLD.search(text, lo, hi) else ""


@lru_cache(maxsize=256)
def sentence_places(text: str, s0: int, s1: int) -> Places:
    """The places a sentence names, ``(start, end, name)`` in order ('in Kabul', 'at the airport');
    cached, as an article's numbers and its dates ask for them in turn."""
    found = ((m.start(), m.end(), m.group("place")) for m in _PLACE.finditer(text, s0, s1))
    return tuple(
        (s, e, name) for s, e, name in found if _is_place(name) and not _whose(text, s) and not _linked(text, s)
    )


def _whose(text: str, at: int) -> bool:
    """Whether the place at ``at`` is where the people who speak or decide are ('officials in London
    said', 'planners in Washington are weighing'), not a place of what they count."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return bool(m and ROLE_WORDS.fullmatch(m.group(1)))


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def _linked(text: str, at: int) -> bool:
    """Whether the place at ``at`` only describes another ('the strait dividing Europe from Asia', 'a
    bridge linking the island to Lisbon'): an end of what a place links, not where something is."""
    return _LINKING.search(text, max(0, at - _LINK_REACH), at) is not None


_LINK_REACH = 50
# a participle that links places, then its object ('dividing continental Africa', 'linking the capital'),
# not an adjective ('two connecting flights to Lima'); then anything up to the place, in one clause
_LINKING = re.compile(r"\b(?:divid|separat|link|connect|join|border)ing\s+(?:[a-z]+\s+)?(?:the\s|[A-Z])[^,;.]*$")


def sentence_place(places: Places, p: Phrase, owned: list[tuple[int, int]], lex: Lexicon) -> str:
    """The place of the sentence nearest the number, outside any other number's own phrase."""
    free = [(abs(s - p.start), name) for s, _e, name in places if not any(a <= s < b for a, b in owned)]
    return canonical_place(min(free, key=lambda dn: dn[0])[1], lex) if free else ""


def named_event(events: Places, lo: int, at: int, hi: int) -> str:
    """The named event a number at ``at`` is of, of the sentence's ``events`` in ``[lo, hi)``: the last
    before it, else the first after it ('The Kula fire is 95% contained'; 'the Mauna Kea Beach fire
    that scorched 500 acres')."""
    found = [(s, e, name) for s, e, name in events if lo <= s and e <= hi]
    before = [name for _s, e, name in found if e <= at]
    return before[-1] if before else found[0][2] if found else ""


@lru_cache(maxsize=256)
def sentence_events(text: str, s0: int, s1: int) -> Places:
    """The named events a sentence names, ``(start, end, key)`` in order, keyed as their place and
    kind of event ('kula fire'); none, at the cost of a look for each word, in a sentence with no word of one."""
    sentence = text[s0:s1].lower()
    if not any(word in sentence for word in NAMED_EVENTS):
        return ()
    found = sorted(
        (m for pattern in _NAMED_EVENTS for m in pattern.finditer(text, s0, s1) if _is_place(m.group("place"))),
        key=lambda m: m.start(),
    )
    return tuple((m.start(), m.end(), f"{m.group('place')} {NAMED_EVENTS[m.group('event').lower()]}") for m in found)


def first_place(places: Places, lo: int, hi: int) -> str:
    """The first of ``places`` that lies in ``text[lo:hi]``, or ''."""
    return next((name for s, e, name in places if lo <= s and e <= hi), "")


def relative_start(text: str, lo: int, at: int) -> int:
    """Where the relative clause holding ``at`` begins with its antecedent, from the verb before that
    ('held at the canal to mark [the departure of the vessel, which] carries 900'), else ``lo``: a place
    before it is not one of what the relative clause counts, but one of its antecedent is ('a shooting in
    Christchurch on Friday, which killed 50')."""
    opened = [m.start() for m in _RELATIVE.finditer(text, lo, at)]
    if not opened:
        return lo
    verbs = [m.end() for m in _VERB.finditer(text, lo, opened[-1])]
    return verbs[-1] if verbs else lo


_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")  # a relative clause: ', which is loaded with'
# a verb, which an antecedent does not hold: 'to mark', 'is', 'held', 'pertaining'
_VERB = re.compile(r"\bto\s+[a-z]+\b|\b(?:is|are|was|were|be|been|has|have|had|[a-z]{2,}(?:ed|ing))\b")


def fronted_place(text: str, s0: int) -> str:
    """The place a phrase that opens the sentence at ``s0`` names, set off by a comma: where all of the
    sentence happens ('In Kabul, 25 people were killed'), or ''."""
    m = _FRONTED.match(text, s0)
    return m.group("place") if m and _is_place(m.group("place")) else ""


# a place that opens a sentence, set off by a comma: 'In Kabul,', 'In the United States,'
_FRONTED = re.compile(
    rf"""[\s"“‘']*(?:In|At|Across|Throughout|Inside|Near)\s+(?:the\s+)?{_REGION}  # 'In the northern'
    (?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}){_AREA},                   # 'Kabul,', 'the Gulf area,'
    """,
    re.VERBOSE,
)


def last_place(places: Places, lo: int, hi: int) -> str:
    """The last of ``places`` that lies in ``text[lo:hi]``, or ''."""
    found = [name for s, e, name in places if lo <= s and e <= hi]
    return found[-1] if found else ""


def _is_place(name: str) -> bool:
    """Whether a capitalised name after 'in' is a place: not a date ('in Tuesday’s fires'), not an owner
    ('from America’s longest war'), not an organisation ('the National Weather Service'), not a name
    with a digit ('linked to COVID-19', 'on Route 2')."""
    words = re.split(r"[\s’']", name.lower())
    return (
        words[0] not in NOT_PLACES
        and words[-1] not in _ORGANISATIONS
        and not name.endswith(("’s", "'s"))
        and not any(c.isdigit() for c in name)
    )


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


def reporting_country(text: str, lo: int, at: int, lex: Lexicon) -> str:
    """The country that reports a count, the subject right before it ('Bangladesh has confirmed five
    new deaths', 'Italy reported 250', 'the next country, the UK, reporting 37,542'): its count is of
    that country. The country may stand before ``lo``, the count's phrase, behind a comma."""
    m = _REPORTED.search(text, max(0, lo - _REPORTER_REACH), at)
    return canonical(m.group("country"), lex) if m and _country_pattern(lex).fullmatch(m.group("country")) else ""


_REPORTER_REACH = 40
_REPORTED = re.compile(
    r"""
    (?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),?\s+              # 'Bangladesh', 'South Korea,'
    (?:has\s+|have\s+|had\s+)?                                            # 'has'
    (?:confirm|report|record|register)(?:ed|ing)\s+                         # 'confirmed', 'reporting'
    (?:(?:a|another|some|about|nearly|over|more\s+than)\s+)*$              # 'another'
    """,
    re.VERBOSE,
)


@cache
def _country_pattern(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\b{trie(name.title() for name in lex.countries)}\b")


def canonical_place(place: str, lex: Lexicon) -> str:
    """A place as keys write it; '' for a nation's adjective ('the Iraqi capital')."""
    name = canonical(place, lex) if place else ""
    adjective = name in lex.nations and name.title() not in _country_names(lex) and name not in ("us", "uk")
    return "" if adjective else name


@cache
def _country_names(lex: Lexicon) -> frozenset[str]:
    return frozenset(name.title() for name in lex.countries)
