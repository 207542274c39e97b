"""What a claim is about: the canonical subject of a count and the event key of a date.

A count's subject joins its state (``injured``, ``withdrawn``), its unit with aliases applied
(``American forces`` -> ``us troops``) and its place: ``'injured us troops in iraq'``. A date's
subject joins the event the clause names with the entities around it: ``'invade: iraq, us'``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from .lexicon import Lexicon, default_lexicon
from .text import folded
from .trie import trie

_REGION = r"(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central|nearby|war-torn)\s+)?"
_PLACE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:currently|still|now|already|permanently|mostly)\s+)?(?:(?:stationed|based|deployed|serving|posted|remaining|left|living|present)\s+)?"
    r"(?:in|inside|to|across|at|throughout)\s+(?:the\s+)?"
    + _REGION
    + r"(?P<place>(?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|region|province|state))*)"
)
_PLACE_ANY = re.compile(  # each word's first letter leads, so the scan skips to it; its lookbehind is the word's \b
    r"(?:i(?<=\bi)(?:n|nside)|a(?<=\ba)cross|t(?<=\bt)hroughout)\s+(?:the\s+)?"
    + _REGION
    + r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_ANTECEDENT = re.compile(
    r"\b(?P<np>(?:[A-Z][\w.’'-]*\s+)?[A-Za-z][\w’'-]*?)\s+(?P<noun>levels?|toll|tally|strength|presence)\b"
    r"(?:\s+(?:in|inside)\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*))?"
)
_ANTECEDENT_NOUNS = ("level", "toll", "tally", "strength", "presence")  # one is in every _ANTECEDENT match
_NUMBER_OF = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?P<np>(?:[A-Za-z][\w.’'-]*\s+){0,2}?[a-z][\w’'-]*s)\b")
_NUMBER_OF_WORDS = ("number", "total", "count", "tally")  # one is in every _NUMBER_OF match
_LINK_VERBS = (
    r"(?:number(?:ed|s)?|total(?:led|s)?|stand|stood|stands|reached|fell|rose|dropped|climbed|remain(?:ed|s)?|"
    r"stay(?:ed|s)?|be)\b"
)
_LINKED = re.compile(
    r"(?<![\w’'.-])(?P<np>(?:\b[A-Z][\w.’'-]*\s+){0,2}(?:[a-z][\w’'-]*\s+)?(?:[a-z][\w’'-]*s|force|presence|contingent))"
    r"(?:\s+(?:stationed|based|deployed|serving))?"
    r"(?:\s+(?:in|inside)\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*))?"
    r"(?:\s+(?:(?:now|currently|still|will|would|to)\s+)?"
    + _LINK_VERBS
    + r"[^,;]*|\s+(?:there\s+)?(?:to|at)\s+(?:\w+\s+){0,2})$"
)
_LINK_VERB = re.compile(r"\s" + _LINK_VERBS)  # in every _LINKED match but those ending 'to'/'at' and two words at most
_TO_AT = frozenset(("to", "at"))
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday washington's""".split()
)
_POSSESSIVE = re.compile(r"[’']s\b")
_OWNER = re.compile(r"\b([A-Z][\w.]*)[’']s\b")
_NAMES = re.compile(r"[A-Z](?<=\b[A-Z])(?:[\w’'-]+|(?<=U)\.S\.)(?:\s+[A-Z][\w’'-]+)*")  # the capital leads: a fast scan
_SUBSET = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.I)
_DETERMINERS = frozenset("the a an its their this that these those his her our".split())
_GENERIC = re.compile(
    r"(?:t(?<=\bt)(?:he|heir|his|hat)|i(?<=\bi)ts)\s+(?:(?:new|latest|revised|final|official|same)\s+)?(?P<noun>figure|count|total|number|numbers|tally|toll|force|forces|contingent|deployment|presence|troops)\b[^;.]*$"
)  # on folded text; the first letter of 'the', 'its'... leads, so the scan skips to it
_FORCE_WORDS = frozenset("force forces contingent deployment presence troops".split())
_STOP_ENTITIES = frozenset(
    """The A An In On At But And Or After Before Since During While When If As It He She They We I This That These
    Those His Her Their Its Mr Mrs Ms Dr Gen President Prime Minister There Here Most Many Some Two Three""".split()
)


@cache
def _state_patterns(lex: Lexicon) -> tuple[re.Pattern, ...]:
    cues = trie(lex.states)
    before = re.compile(rf"\b(?P<cue>{cues})\w*\s+(?:(?:to|of|among|the|some|another|an?|by)\s+){{0,2}}$")
    after = re.compile(
        rf"^[^,;.]{{0,60}}?\b(?:were|was|have been|had been|has been|will be|would be|are|being|to be|got"
        rf"|will|would|to|must|could|have|had)\s+"
        rf"(?:\w+\s+){{0,5}}?(?P<cue>{cues})\w*|^\s*(?P<cue2>{cues})\w*\b"
    )
    participles = trie(c for c in lex.states if " " not in c)
    anywhere = re.compile(
        rf"\s*(?:(?:who|that|which)\s+)?(?:(?:were|was|have been|had been)\s+)?"
        rf"(?P<cue>{participles})\w*(?<=ed|en|ng)\b"
    )
    any_cue = re.compile(cues)
    return before, after, anywhere, any_cue  # all on folded text


def canonical(phrase: str, lex: Lexicon | None = None) -> str:
    """Lower-case ``phrase`` with aliases applied, longest alias first.

    >>> canonical("American service members")
    'us troops'
    """
    return _canonical(phrase, lex or default_lexicon())


@lru_cache(maxsize=65536)
def _canonical(phrase: str, lex: Lexicon) -> str:
    words = _POSSESSIVE.sub("", phrase.lower()).replace("’", "'").split()
    starts = _alias_starts(lex)
    out: list[str] = []
    i = 0
    while i < len(words):
        lead = words[i].lstrip(".,;:")
        if lead not in starts and lead.rstrip(".,;:") not in starts:
            out.append(words[i].strip('.,;:"“”'))
            i += 1
            continue
        for n in (3, 2, 1):
            chunk = " ".join(words[i : i + n]).strip(".,;:")
            if len(words[i : i + n]) == n and chunk in lex.aliases:
                out.append(lex.aliases[chunk])
                i += n
                break
        else:
            out.append(words[i].strip('.,;:"“”'))
            i += 1
    deduped = [w for j, w in enumerate(out) if w and (j == 0 or w != out[j - 1])]
    return " ".join(deduped)


def count_subject(
    text: str, start: int, end: int, unit: str, unit_end: int, sentence: tuple[int, int], lex: Lexicon | None = None
) -> tuple[str, str]:
    """``(unit, subject)`` of a count at ``text[start:end]`` whose written unit is ``unit``."""
    lex = lex or default_lexicon()
    s0, s1 = sentence
    if _SUBSET.match(text, end):
        return "", ""
    cues, places = _read_sentence(text[s0:s1], lex)
    state = _state(text, cues, s0, s1, start, unit_end or end, lex) if cues else ""
    left = text[s0:start]
    if unit:
        m = _PLACE_AFTER.match(text, unit_end, s1)
        place = m.group("place") if m and m.group("place").split()[0].lower() not in _NOT_PLACES else ""
    else:
        unit, place, np_end = _antecedent(left)
        state = state or _state_after_np(left[np_end:], lex)
    if not place and places:
        place = _nearest_place(places, start - s0)
    noun = _canonical(unit, lex)
    owner = _owner(left, lex)
    if owner and not set(noun.split()) & lex.nations.keys():
        noun = f"{owner} {noun}"
    parts = [state] if state and state not in noun.split() else []
    parts.append(noun)
    subject = " ".join(p for p in parts if p)
    if place and subject:
        subject = f"{subject} in {_canonical(place, lex)}"
    return unit, subject


@cache
def _alias_starts(lex: Lexicon) -> frozenset[str]:
    """The first words of the aliases: a word that is none of them starts no alias."""
    return frozenset(alias.split(" ")[0] for alias in lex.aliases)


def refers_back(left: str) -> bool:
    """Whether a bare number is 'the figure' / 'the total' of a count named earlier in the article."""
    m = _generic(left)
    return bool(m) and m.group("noun") not in _FORCE_WORDS


def _generic(left: str) -> re.Match | None:
    """``_GENERIC`` in ``left``: searched only after the last '.' or ';', which it cannot span."""
    return _GENERIC.search(folded(left), max(left.rfind("."), left.rfind(";")) + 1)


def _antecedent(left: str) -> tuple[str, str, int]:
    """The counted thing named before a bare number ('troop levels in Iraq ... about 2,500'): the
    noun phrase, its place and where the phrase ends in ``left``."""
    generic = _generic(left)
    if generic and generic.group("noun") in _FORCE_WORDS:
        return "troops", "", generic.end("noun")
    pos = max(left.rfind(","), left.rfind(";")) + 1  # _LINKED spans neither
    m = _LINKED.search(left, pos) if _may_link(left, pos) else None
    if m and m.group("np").split()[0].lower() not in _DETERMINERS:
        np = re.sub(r"\s+(?:levels?|numbers?|strength|presence)$", "s", m.group("np"))
        return np, m.group("place") or "", m.end("np")
    found = list(_NUMBER_OF.finditer(left)) if "of" in left and any(w in left for w in _NUMBER_OF_WORDS) else []
    if found:
        return found[-1].group("np"), "", found[-1].end("np")
    found = list(_ANTECEDENT.finditer(left)) if any(noun in left for noun in _ANTECEDENT_NOUNS) else []
    if found:
        m = found[-1]
        np = m.group("np")
        if m.group("noun").startswith(("level", "number", "presence", "strength")) and not np.endswith("s"):
            np = np + "s"
        if m.group("noun") in ("toll",) and np.lower() == "death":
            np = "deaths"
        return np, m.group("place") or "", m.end("noun")
    return "", "", len(left)


def _may_link(left: str, pos: int) -> bool:
    """Whether ``_LINKED`` can match ``left`` from ``pos``: 'to'/'at' is one of its last three words or a
    count verb follows a space; most text before a bare number has neither, so the slow search is skipped."""
    return not _TO_AT.isdisjoint(left.rsplit(None, 3)[-3:]) or _LINK_VERB.search(left, pos) is not None


def _owner(left: str, lex: Lexicon) -> str:
    """A nation or alliance that owns what is counted: "NATO's mission ... 500 personnel"."""
    if "'s" not in left and "’s" not in left:
        return ""
    found = _OWNER.findall(left)
    for word in reversed(found):
        name = _canonical(word, lex)
        if name in lex.nations:
            return name
    return ""


def _state_after_np(after: str, lex: Lexicon) -> str:
    """A state given right after the counted noun phrase: 'American troops diagnosed with ...'."""
    m = _state_patterns(lex)[2].match(folded(after))
    return _state_of(m.group("cue"), lex) if m else ""


def _state_of(cue: str, lex: Lexicon) -> str:
    cue = cue.lower()
    for key in _states_longest_first(lex):
        if cue.startswith(key):
            return lex.states[key]
    return ""


@cache
def _states_longest_first(lex: Lexicon) -> list[str]:
    return sorted(lex.states, key=len, reverse=True)


@lru_cache(maxsize=256)
def _read_sentence(sentence: str, lex: Lexicon) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...]]:
    """The state-cue offsets and the places of ``sentence``, read once for all the counts in it."""
    return _cue_starts(sentence, lex), _places(sentence)


def _nearest_place(places: tuple[tuple[int, str], ...], at: int) -> str:
    """Of the places a sentence names ('in Iraq'), the one nearest to offset ``at``."""
    best, gap = "", None
    for start, place in places:
        d = abs(start - at)
        if gap is None or d < gap:
            best, gap = place, d
    return best


def _places(sentence: str) -> tuple[tuple[int, str], ...]:
    """The places ``sentence`` names ('in Iraq'), each with the offset where its phrase begins."""
    found = ((m.start(), m.group("place")) for m in _PLACE_ANY.finditer(sentence))
    return tuple((start, place) for start, place in found if place.split()[0].lower() not in _NOT_PLACES)


def _state(text: str, cues: tuple[int, ...], s0: int, s1: int, start: int, unit_end: int, lex: Lexicon) -> str:
    """The state ('killed', 'withdrawn') of a count at ``text[start:unit_end]`` in the sentence ``text[s0:s1]``
    whose state cues begin at offsets ``cues``."""
    before, after, *_ = _state_patterns(lex)
    lo = max(s0, start - 40)
    m = before.search(folded(text[lo:start])) if _any_within(cues, lo - s0, start - s0) else None
    if not m and _any_within(cues, unit_end - s0, min(s1, unit_end + 90) - s0):
        m = after.match(folded(text[unit_end : min(s1, unit_end + 90)]))
        if m and re.match(
            r"\w*(?:ion|ment|al)\b", text[unit_end + m.start("cue" if m.group("cue") else "cue2") :], re.I
        ):
            m = None
    if not m:
        return ""
    return _state_of(m.group("cue") or m.groupdict().get("cue2") or "", lex)


def _cue_starts(sentence: str, lex: Lexicon) -> tuple[int, ...]:
    """Every offset of ``sentence`` where a state cue begins: a window with none of them cannot match the
    state patterns. Each search resumes one past the last cue found, so overlapping cues are all found."""
    low = folded(sentence)
    any_cue = _state_patterns(lex)[3]
    starts = []
    m = any_cue.search(low)
    while m:
        starts.append(m.start())
        m = any_cue.search(low, m.start() + 1)
    return tuple(starts)


def _any_within(starts: tuple[int, ...], lo: int, hi: int) -> bool:
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


@cache
def _event_pattern(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\b{trie(lex.events)}\b")  # on folded text


def date_subject(clause: str, at: int, end: int | None = None, lex: Lexicon | None = None) -> str:
    """Event key of the date at ``clause[at:end]``: the nearest event cue outside it, and the
    named entities of the clause (months, weekdays and sentence-initial words left out).

    >>> date_subject("The US invaded Iraq in 2003", 23, 27)
    'invade: iraq, us'
    """
    lex = lex or default_lexicon()
    return event_key(clause_facts(clause, lex), at, at if end is None else end)


def clause_facts(clause: str, lex: Lexicon) -> tuple[list[tuple[int, int, str]], str]:
    """The event cues of a clause (start, end, event) and its named entities, read once for all
    the dates in it."""
    events = [(m.start(), m.end(), lex.events[m.group()]) for m in _event_pattern(lex).finditer(folded(clause))]
    entities = {_entity(name, lex) for name in _NAMES.findall(clause)}
    entities.discard(None)
    return events, ", ".join(sorted(entities))


@lru_cache(maxsize=65536)
def _entity(name: str, lex: Lexicon) -> str | None:
    """The canonical entity a capitalised run of words names ('US Gen. Smith' -> 'smith'), if any."""
    words = [
        w
        for w in name.split()
        if w not in _STOP_ENTITIES and w.lower() not in _NOT_PLACES and w.lower() not in lex.qualifiers
    ]
    if not words:
        return None
    person = len(words) > 1 and words[0].lower() in lex.nations
    return _canonical(words[-1] if person else " ".join(words), lex)


def event_key(facts: tuple[list[tuple[int, int, str]], str], at: int, end: int) -> str:
    """'event: entities' for the date at ``[at, end)`` of a clause whose facts are given."""
    events, names = facts
    best, gap = "", None
    for start, stop, event in events:
        if stop > at and start < end:
            continue
        d = start - end if start >= end else (at - stop) * 0.8
        if gap is None or d < gap:
            best, gap = event, d
    return f"{best}: {names}" if best or names else ""
