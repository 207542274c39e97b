"""Places that are one for a measure: the names articles give together and never set against each
other ('Lahaina', 'Maui' and 'Hawaii' for one fire's deaths), unless they are two countries, two
named events ('the Kula fire', 'the Olinda fire'), one of them is a facility ('Kabul airport') or
a country and a place only articles about other countries give ('India' and 'Wuhan');
places set against each other stay apart ('2,500 in Iraq and 2,500 in Afghanistan'), as do places
of one measure that one article gives different values."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..grammar.lexicon import Lexicon
from ..grammar.places import FACILITIES, NAMED_EVENTS, WORLD
from ..grammar.subjects import countries
from .keys import Key, measure_of

# Sites apart from the country they are in: troops at an airport are not the troops in its country.
# (A canal is the waterway a story is told of, not a site within it.)
_FACILITIES = frozenset(FACILITIES) - {"canal"}
_EVENT_KINDS = frozenset(NAMED_EVENTS.values())
_WORD = re.compile(r"[\w'’-]+")
Pair = frozenset  # two places


def place_classes(
    keys: list[Key | None],
    sentences: list[tuple[str, str]],
    values: list[tuple[float, float]],
    mentions: dict[str, str],
    lex: Lexicon,
    homes: dict[str, str] | None = None,
) -> tuple[dict[tuple, str], set[tuple]]:
    """``(measure, place) -> the place it is one with``, and the ``(measure, place)`` that are wholes of
    parts apart (see :func:`_whole`): a place of a measure joins the class of places of it that an
    article names with it, named by the place most claims give, unless it is apart from one of them
    (see :func:`_apart`). ``sentences`` are each claim's ``(article, sentence)``, ``values`` its bounds,
    ``mentions`` each article's sentences in lower case, ``homes`` the country each article is about."""
    by_measure: dict[tuple, Counter] = defaultdict(Counter)
    for k in keys:
        if k and k.place:
            by_measure[measure_of(k)][k.place] += 1
    contrasts = _contrasts(keys, sentences, values)
    for measure, pairs in _abroad(keys, [article for article, _s in sentences], homes or {}, lex).items():
        contrasts[measure] |= pairs
    together = _together(keys, [article for article, _s in sentences], mentions)
    out: dict[tuple, str] = {}
    every_whole: set[tuple] = set()
    for measure, counts in by_measure.items():
        apart = contrasts[measure]
        wholes = {p for p in counts if _whole(p, counts, together, measure, apart, lex)}
        every_whole.update((measure, p) for p in wholes)
        for c in _classes(counts, wholes, together, measure, apart, lex):
            for place in c:
                out[(measure, place)] = c[0]
    return out, every_whole


def _contrasts(
    keys: list[Key | None], sentences: list[tuple[str, str]], values: list[tuple[float, float]]
) -> dict[tuple, set[Pair]]:
    """For each measure, the pairs of its places set against each other: named in one sentence, or
    given different values by one article ('96 killed on Maui' and '1,000 killed in Peshtigo')."""
    in_sentence: dict[tuple, set[str]] = defaultdict(set)
    seen: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # (measure, article) -> place -> values
    for k, where, value in zip(keys, sentences, values, strict=True):
        if k and k.place:
            in_sentence[(measure_of(k), where)].add(k.place)
            seen[(measure_of(k), where[0])][k.place].add(value)
    contrasts: dict[tuple, set[Pair]] = defaultdict(set)
    for (measure, _where), places in in_sentence.items():
        contrasts[measure].update(Pair((a, b)) for a in places for b in places if a < b)
    for (measure, _article), given in seen.items():
        contrasts[measure].update(Pair((a, b)) for a in given for b in given if a < b and not given[a] & given[b])
    return contrasts


def _abroad(keys: list[Key | None], articles: list[str], homes: dict[str, str], lex: Lexicon) -> dict[tuple, set[Pair]]:
    """For each measure, the pairs of a country and a place that only articles about other countries
    give: 'Wuhan' in articles about China is not 'India', however often an article names both."""
    about: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # measure -> place -> homes
    for k, article in zip(keys, articles, strict=True):
        if k and k.place:
            about[measure_of(k)][k.place].add(homes.get(article, ""))
    known = countries(lex)
    out: dict[tuple, set[Pair]] = defaultdict(set)
    for measure, places in about.items():
        listed = [p for p in places if p in known]
        for place, told_in in places.items():
            if "" not in told_in:  # every article giving it is about a country
                out[measure].update(Pair((place, c)) for c in listed if c != place and c not in told_in)
    return out


def _together(keys: list[Key | None], articles: list[str], mentions: dict[str, str]) -> set[Pair]:
    """The pairs of places one article names, one of them as a claim's place: one story's places."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for k, article in zip(keys, articles, strict=True):
        if k and k.place:
            by_article[article].add(k.place)
    by_word: dict[str, set[str]] = defaultdict(set)  # the first word of a place's name -> the places
    for place in {p for places in by_article.values() for p in places}:
        by_word[_WORD.search(_name(place)).group()].add(place)
    together: set[Pair] = set()
    for article, places in by_article.items():
        text = mentions.get(article, "")
        mentioned = {p for w in _words(text) for p in by_word.get(w, ()) if named(text, frozenset((p,)))}
        together.update(Pair((a, b)) for a in places for b in mentioned if a != b)
    return together


def _classes(
    counts: Counter, wholes: set[str], together: set[Pair], measure: tuple, apart: set[Pair], lex: Lexicon
) -> list[list[str]]:
    """The places of one measure in classes, each headed by the place most claims give: a place joins
    the first class it is named together with and apart from none of; a whole stays alone."""
    classes: list[list[str]] = []
    for place, _n in sorted(counts.items(), key=lambda pn: (-pn[1], pn[0])):
        home = next(
            (
                c
                for c in classes
                if place not in wholes
                and c[0] not in wholes
                and not any(_apart(place, o, measure, apart, lex) for o in c)
                and any(Pair((place, o)) in together for o in c)
            ),
            None,
        )
        if home is None:
            classes.append([place])
        else:
            home.append(place)
    return classes


def _whole(place: str, places: Counter, together: set[frozenset], measure: tuple, contrasts: set, lex: Lexicon) -> bool:
    """Whether a place is the whole of parts its articles name with it that are apart, none of them
    clearly the main one ('Maui' with 'Kula' and 'Olinda', but not with 'Lahaina' and 'Kula' when
    most claims are of Lahaina): it is a place by itself, as it cannot be one with both."""
    parts = sorted((o for o in places if o != place and frozenset((place, o)) in together), key=lambda o: -places[o])
    rivals = [o for o in parts[1:] if _apart(parts[0], o, measure, contrasts, lex)]
    return bool(rivals) and places[parts[0]] < 2 * places[rivals[0]]


def _apart(a: str, b: str, measure: tuple, contrasts: set[frozenset], lex: Lexicon) -> bool:
    """Whether two places of one measure are two: set against each other, two countries, two named
    events, the world and another, or one of them a facility ('kabul airport' is not 'afghanistan')."""
    if frozenset((a, b)) in contrasts or WORLD in (a, b):
        return True  # ... and the world is no place within another
    if _name(a) != a and _name(b) != b:
        return True  # two named events ('kula fire', 'olinda fire') are two
    sites = set(a.split()) & _FACILITIES, set(b.split()) & _FACILITIES
    if measure[0] != "date" and (sites[0] or sites[1]) and not _one_site(a, b, *sites):
        return True  # troops at an airport are not the troops in its country; a day at it is a day in it
    known = countries(lex)
    return a in known and b in known


def _one_site(a: str, b: str, a_sites: set[str], b_sites: set[str]) -> bool:
    """Whether two places name one site, one more fully: 'airport' and 'kabul airport'."""
    words_a, words_b = set(a.split()), set(b.split())
    return bool(a_sites) and a_sites == b_sites and (words_a <= words_b or words_b <= words_a)


def _name(place: str) -> str:
    """A place as a text names it: a named event ('kula fire') by its name alone ('the fire in Kula')."""
    name, _, kind = place.rpartition(" ")
    return name if name and kind in _EVENT_KINDS else place


@lru_cache(maxsize=65536)
def named(text: str, places: frozenset[str]) -> bool:
    """Whether ``text`` (lower case) names one of ``places`` as a word (only places whose first word
    it has are searched for)."""
    words = _words(text)
    found = frozenset(p for p in places if _WORD.search(_name(p)).group() in words)
    return bool(found) and _place_words(found).search(text) is not None


@lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    """The words of ``text``, an owner's also without its 's ('chile's' names 'chile')."""
    words = _WORD.findall(text)
    return frozenset(words + [w[:-2] for w in words if w.endswith(("'s", "’s"))])


@lru_cache(maxsize=4096)
def _place_words(places: frozenset[str]) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(re.escape(_name(p)) for p in sorted(places))})\b")
