"""Threads of numbers: the same measure of the same thing, group and place across articles.

A number's key is its state, group, thing counted and place (its ``subject``), its ``aspect``
(a level, a change, a rate, a peak) and its era (a figure its own clause dates years before the
article, such as a fire of 2018 in a story of 2023). Only like joins like. Two refinements make
keys meet across wordings:

- places that articles name together and never set against each other are one place ('Lahaina',
  'Maui' and 'Hawaii' for one fire's deaths; see :mod:`claimtrack.stages.place_classes`);
- a key that leaves out the group, the place or the thing counted ('the death toll rose to 53')
  is completed by the fuller key it fits: the only one in its own article, else the only one its
  story gives, else the one most claims of its story state (at least ``MIN_SUPPORT`` claims and
  twice the next). A place or a group taken from the story must be one the article names, and a
  place never a country other than the one the article is about: a toll in an article about Chile
  is not Peru's. An article that names two places its story counts the thing in ('in the Gulf' and
  'worldwide') leaves its bare counts without a place. A key still without a place is kept to its
  story (see :mod:`claimtrack.stages.stories`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import cache

import pandas as pd
from rapidfuzz import fuzz, process, utils

from ..grammar.dimensions import DIMENSIONS
from ..grammar.lexicon import Lexicon
from ..grammar.number_names import AGE_UNIT
from ..grammar.places import WORLD, WORLD_NAMES
from ..grammar.subjects import countries
from .keys import Key, measure_of, thread_name
from .place_classes import named, place_classes
from .stories import Corpus, corpus

MIN_SUPPORT = 3
ERA_DAYS = 730  # a figure its clause dates more than two years back is of another era
SIZE_GAP = 1000  # sums of one key this many times apart are not one figure (see _apart_by_size)


def count_threads(
    frame: pd.DataFrame, cutoff: float, lex: Lexicon, context: Corpus | None = None
) -> tuple[list[str], list[Key | None], list[str]]:
    """``(thread ids, keys, reasons)`` for the number claims of ``frame`` (in thread order); ``context``
    is what the whole corpus says of each article (see :func:`claimtrack.stages.stories.corpus`; read from
    ``frame`` if not given)."""
    states = frozenset(lex.states.values())
    keys = [  # a vague figure ('hundreds') and a person's age ('Ana Ruiz, 71,') are claims of their own
        _key(kind, s, a, e, states, lex) if q != "vague" and s and not s.startswith(AGE_UNIT) else None
        for kind, s, a, e, q in zip(
            frame["kind"], frame["subject"], frame["aspect"], _eras(frame), frame["qualifier"], strict=True
        )
    ]
    heads = _merge_heads(sorted({k.noun for k in keys if k and k.noun}), cutoff)
    keys = [k._replace(noun=heads.get(k.noun, k.noun)) if k else None for k in keys]
    final, reasons = complete_keys(frame, keys, lex, context)
    final = _apart_by_size(final, _values(frame))
    tids = [f"count:{thread_name(k)}" if k else f"count:{cid}" for k, cid in zip(final, frame["claim_id"], strict=True)]
    return tids, final, reasons


def complete_keys(
    frame: pd.DataFrame, keys: list[Key | None], lex: Lexicon, context: Corpus | None = None
) -> tuple[list[Key | None], list[str]]:
    """Keys with places that are one made one, and partial keys completed (see the module docstring),
    with the reason each claim got its key. ``frame`` holds the claims the keys are of."""
    stories, mentions, homes = context or corpus(frame, lex)
    places, wholes = place_classes(keys, _sentences(frame), _values(frame), mentions, lex, homes)
    names: dict[str, set[str]] = defaultdict(set)  # a place -> the names of the places it is one with
    for (_measure_key, place), home in places.items():
        names[home].update((place, home))
    for group, said in _group_names(lex).items():  # a group, by the names an article may give it by
        names[group].update(said)
    names[WORLD].update(WORLD_NAMES)
    keys = [k._replace(place=places.get((measure_of(k), k.place), k.place)) if k else None for k in keys]
    articles, subjects = frame["article_id"].tolist(), frame["subject"].tolist()
    return _complete(keys, articles, subjects, mentions, names, homes, stories, wholes, countries(lex))


@cache
def _group_names(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The names each nation or alliance goes by ('us': 'us', 'u.s.', 'american', 'united states'), in
    lower case as the articles' sentences are searched ('us' is also a pronoun: a rare false mention
    only lets a key be completed as before)."""
    out: dict[str, set[str]] = defaultdict(set)
    for alias, group in lex.aliases.items():
        if group in lex.nations:
            out[group].add(alias)
    return {g: frozenset(out[g] | {g}) for g in lex.nations}


def _key(kind: str, subject: str, aspect: str, era: str, states: frozenset[str], lex: Lexicon) -> Key:
    np, _, place = subject.rpartition(" in ") if " in " in subject else (subject, "", "")
    np, _, owner = np.partition(" by ")  # whose offer: a group of its own
    words = np.split()
    state = words.pop(0) if words and (words[0] in states or (kind == "measure" and words[0] in DIMENSIONS)) else ""
    group = owner or " ".join(w for w in words if w in lex.nations)
    noun = " ".join(w for w in words if w not in lex.nations)
    return Key(kind, state, group, noun, place, aspect or "level", era)


def _eras(frame: pd.DataFrame) -> list[str]:
    """The year a claim's own clause dates it to, when that is more than ``ERA_DAYS`` before the article."""
    out = []
    for as_of, published in zip(frame["as_of"], frame["published"], strict=True):
        old = not pd.isna(as_of) and not pd.isna(published) and (published.date() - as_of.date()).days > ERA_DAYS
        out.append(str(as_of.year) if old else "")
    return out


def _apart_by_size(keys: list[Key | None], values: list[tuple[float, float]]) -> list[Key | None]:
    """Sums of one key ``SIZE_GAP`` times apart or more are not one figure: a price per share (the
    '35 dlr offer') and the bid's total ('a 265 mln dlr offer'), a loss per share and the year's. Each
    band of sums below the largest is a thread of its own, named by the power of ten it stays under."""
    sizes = [max((v for v in pair if math.isfinite(v)), default=0.0) for pair in values]  # 'over $5' is $5
    by_key: dict[Key, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k is not None and k.kind == "money" and sizes[i] > 0:
            by_key[k].append(i)
    out = list(keys)
    for k, members in by_key.items():
        ordered = sorted(members, key=lambda i: sizes[i])
        bands: list[list[int]] = [[ordered[0]]]
        for i in ordered[1:]:
            if sizes[i] >= SIZE_GAP * sizes[bands[-1][-1]]:
                bands.append([])
            bands[-1].append(i)
        for band in bands[:-1]:
            under = 10 ** math.ceil(math.log10(sizes[band[-1]]) + 1e-9)
            era = f"{k.era} under {under:,.0f}".strip()
            for i in band:
                out[i] = k._replace(era=era)
    return out


def _sentences(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(frame["article_id"], frame["sentence"], strict=True))


def _values(frame: pd.DataFrame) -> list[tuple[float, float]]:
    return list(zip(frame["value_low"], frame["value_high"], strict=True))


def _complete(
    keys: list[Key | None],
    articles: list[str],
    subjects: list[str],
    mentions: dict[str, str],
    names: dict[str, set[str]],
    homes: dict[str, str],
    stories: dict[str, str],
    wholes: set[tuple],
    all_countries: frozenset[str],
) -> tuple[list[Key | None], list[str]]:
    """Each key that leaves out the thing counted, the group or the place takes it, facet by facet,
    from the keys of the same measure it agrees with: the only value its own article gives (or the
    article's main place), else the only one its story gives, else the value most claims give, if
    clearly so. A place is only taken if
    the article names it, or a place it is one with (``mentions``: article -> its sentences in lower
    case; ``names``: place -> the names it stands for). A key still without a place is then kept to
    its article's story (``stories``): 'percent' in a story of Egypt is not 'percent' in a story of
    Maui. Done in rounds, so
    that a claim completed in one round lends its facets in the next."""
    final: list[Key | None] = list(keys)
    story_of = {art: stories.get(art) or art for art in articles}  # an article in no story is one of its own
    for _round in range(3):
        peers = _Peers(final)
        present: dict[str, Counter] = defaultdict(Counter)
        told: dict[str, Counter] = defaultdict(Counter)  # a story -> the keys its articles give
        for k, art in zip(final, articles, strict=True):
            if k:
                present[art][k] += 1
                told[story_of[art]][k] += 1
        changed = False
        completed: dict[tuple[Key, str], Key] = {}  # the claims of one key in one article complete alike
        for i, (k, art) in enumerate(zip(final, articles, strict=True)):
            if k is None or all((k.noun, k.group, k.place)):
                continue
            if (k, art) not in completed:
                story = told[story_of[art]] if stories.get(art) else None
                said = (present[art], story, mentions.get(art, ""), names, homes.get(art, ""), wholes, all_countries)
                completed[(k, art)] = _filled(k, peers, said)
            if completed[(k, art)] != k:
                final[i], changed = completed[(k, art)], True
        if not changed:
            break
    final = [k._replace(story=story_of[a]) if k and not k.place else k for k, a in zip(final, articles, strict=True)]
    reasons = [
        "single claim" if k is None else f"'{s}' completed as '{f.text()}'" if f != k else f"same subject '{s}'"
        for k, f, s in zip(keys, final, subjects, strict=True)
    ]
    return final, reasons


_FACETS = ("noun", "group", "place")


def _filled(k: Key, peers: _Peers, said: tuple) -> Key:
    """``k`` with each facet it leaves out taken from its peers, in the order of ``_FACETS`` (a noun
    taken first narrows the keys that may lend a place); ``said`` is what :func:`_value` reads."""
    for facet in _FACETS:
        if not getattr(k, facet):
            value = _value(facet, k, peers, *said)
            k = k._replace(**{facet: value}) if value else k
    return k


def _fits(full: Key, partial: Key) -> bool:
    """Whether a key gives every facet another gives, alike: it may lend the others it gives."""
    return all(not getattr(partial, f) or getattr(full, f) == getattr(partial, f) for f in _FACETS)


def _values_given(facet: str, fitting: set[Key], present: Counter) -> Counter:
    """How many of the ``present`` claims whose keys are ``fitting`` give each value of ``facet`` (read
    from the smaller of the two: a story of a million claims is not read once per claim)."""
    found: Counter = Counter()
    for c in fitting if len(fitting) < len(present) else present:
        if (n := present.get(c, 0)) and getattr(c, facet) and c in fitting:
            found[getattr(c, facet)] += n
    return found


class _Peers:
    """The keys of one round of completion, indexed by measure and by each facet they give, so that
    the keys that fit a partial key are one set intersection away (and cached)."""

    def __init__(self, keys: list[Key | None]):
        self.frequency = Counter(k for k in keys if k)
        self.index: dict[tuple, set[Key]] = defaultdict(set)
        for k in self.frequency:
            block = (k.kind, k.state, k.aspect, k.era)
            self.index[block].add(k)
            for f in _FACETS:
                if getattr(k, f):
                    self.index[(block, f, getattr(k, f))].add(k)
        self._fitting: dict[Key, set[Key]] = {}

    def fitting(self, k: Key) -> set[Key]:
        """The other keys of k's measure that give every facet k gives, alike."""
        if k not in self._fitting:
            block = (k.kind, k.state, k.aspect, k.era)
            sets = [self.index[(block, f, getattr(k, f))] for f in _FACETS if getattr(k, f)]
            self._fitting[k] = (set.intersection(*sets) if sets else set(self.index[block])) - {k}
        return self._fitting[k]

    def counts(self, k: Key, facet: str, told: Counter) -> Counter:
        """How many claims of the keys fitting k in one story (``told``: its keys, counted) give each
        value of ``facet``; for a group, '' counts the claims that name what they count but no group,
        as a reading too."""
        counts: Counter = Counter()
        for c in self.fitting(k):
            if getattr(c, facet):
                counts[getattr(c, facet)] += told[c]
            elif facet == "group" and c.noun:
                counts[""] += told[c]
        return +counts


def _value(
    facet: str,
    k: Key,
    peers: _Peers,
    present: Counter,
    told: Counter | None,
    mentions: str,
    names: dict[str, set[str]],
    home: str,
    wholes: set[tuple],
    all_countries: frozenset[str],
) -> str:
    """The value of a missing facet: the only one (or, for a place, the commonest) its article's fitting
    keys give, else the only one its story's give (``told``: its keys, counted; in two claims at
    least), else, for a place, the one whole (``wholes``: measure and place) the others are parts of,
    else the one most claims of its story give, at least ``MIN_SUPPORT`` and twice the next (for a place,
    not a country (``all_countries``) other than the article's own).
    An article in no story (``told`` None) takes what most claims of the corpus count, but no place but
    its country: a death toll of a lone story is not another story's."""
    fitting = peers.fitting(k)
    if facet == "group" and told is not None and len(_bidders(k, told, mentions, names)) > 1:
        return ""  # an offer that names no bidder, in an article that names two of its story's, is neither's
    local = _values_given(facet, fitting, present)
    if local:
        return _own_value(facet, local)
    # a place or a group must be one the article names; an event of a story is where the story is
    mentioned = facet in ("place", "group") and k.kind != "date"
    story = _values_given(facet, fitting, told) if told is not None else Counter()
    story = _named_in(story, mentions, names) if mentioned else story
    # nor, for a place, a country other than the article's own: a toll in an article about China is not the US's;
    # an event may be in another country the article names (Suez's grounding in a Taipei paper)
    abroad = all_countries - {home} if facet == "place" and home else frozenset()

    def foreign(p: str) -> bool:
        return p in abroad and (k.kind != "date" or not named(mentions, frozenset(names.get(p, {p}))))

    story = Counter({p: n for p, n in story.items() if not foreign(p)})
    if len(story) == 1 and sum(story.values()) >= 2:
        return next(iter(story))
    counts = peers.counts(k, facet, peers.frequency if told is None else told)
    if facet == "place" and home and home in counts:
        return home  # the country the article is about
    counts = Counter({p: n for p, n in counts.items() if not foreign(p)})
    if facet == "place" and told is None:
        return ""
    counts = _named_in(counts, mentions, names) if mentioned else counts
    if (
        mentioned
        and facet == "place"
        and sum(1 for p in counts if p) > 1
        and not any((measure_of(k), p) in wholes for p in counts)
    ):
        return ""  # the article names two places its story counts this in: which one is not told
    if facet == "group" and any(g not in names for g in counts if g):
        return ""  # a bidder (no nation) is not the commonest's: an offer no bidder is named for is no one's
    return _commonest(counts, measure_of(k), wholes)


def _bidders(k: Key, told: Counter, mentions: str, names: dict[str, set[str]]) -> set[str]:
    """The groups that are no nation (bidders: 'dixons') of the keys of k's kind and state its story
    gives (``told``) that its article names (``mentions``)."""
    found = {c.group for c in told if c.group and c.kind == k.kind and c.state == k.state and c.group not in names}
    return {g for g in found if named(mentions, frozenset((g,)))}


def _own_value(facet: str, local: Counter) -> str:
    """The value the article's own fitting claims give: the only one, or for a place the commonest
    (if more claims give it than any other)."""
    if len(local) > 1 and facet != "place":
        return ""
    ranked = local.most_common(2)
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else ""


def _named_in(counts: Counter, mentions: str, names: dict[str, set[str]]) -> Counter:
    """The places or groups of ``counts`` that ``mentions`` (an article's text) names, by one of their
    names, and the claims that give none ('')."""
    return Counter({p: n for p, n in counts.items() if not p or named(mentions, frozenset(names.get(p, {p})))})


def _commonest(counts: Counter, measure: tuple, wholes: set[tuple]) -> str:
    """The one whole of the others (``wholes``: measure and place), else the value most claims give,
    at least ``MIN_SUPPORT`` and twice the next; else ''."""
    whole = [p for p in counts if (measure, p) in wholes]
    if len(whole) == 1:
        return whole[0]  # buildings destroyed on Maui, of which some in Kula and some in Olinda
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= MIN_SUPPORT and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]  # '' when claims that name no group are the commonest
    return ""


def _merge_heads(heads: list[str], cutoff: float) -> dict[str, str]:
    """Map near-identical things counted onto one spelling ('protestors' -> 'protesters'), blocked by first letter."""
    out: dict[str, str] = {}
    blocks: dict[str, list[str]] = defaultdict(list)
    for h in heads:
        blocks[h[:1]].append(h)
    for block in blocks.values():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff)
        for i, h in enumerate(block):
            j = min(j for j in range(len(block)) if scores[i][j] > 0)
            if j < i:
                out[h] = out.get(block[j], block[j])
    return out
