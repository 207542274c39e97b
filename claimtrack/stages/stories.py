"""Which articles tell one story: articles that share at least ``MIN_SHARED`` distinctive names
(a ship, a town, a general) are one story, and so is every article linked to it in a chain, as
long as the chain holds together (one name at least in half of its articles; else its pairs must
share more names: wire copy of a month links every story to the next); a story (or an article
linked to none) joins the larger story that gives at least half of its names, the one that gives
most, counting only names few other articles give ('London' links no story), one of them central to
the larger story (a quarter of its articles give it: a crash in a state is no part of an election
that names the state's primary in a few articles); an article alone is
in none (''). A corpus in which no two articles share names is one story: the articles someone
chose to read together.

A claim that names no place ('85% contained', '$550 million') can only join claims of its own
story: a share or a sum from a story of Egypt is not one from a story of Maui. Countries and news
agencies name no story: a crash in India and a governor in Puerto Rico both name the US and AP.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from itertools import combinations
from typing import NamedTuple

import pandas as pd

from ..grammar.lexicon import Lexicon
from ..grammar.subjects import LEGAL_FORMS, canonical, countries, names

MIN_SHARED = 2
_OTHERS_GIVING = 1  # a name that links a small story to a larger one is given by at most this many other articles
CENTRAL = 0.25  # the share of a story's articles that give a name central to it
_MOST_SHARED = 6  # a chain still loose when its pairs share this many names is no story
# News agencies name the teller, not the story.
_AGENCIES = frozenset(
    [
        "ap",
        "associated press",
        "reuters",
        "afp",
        "agence france-presse",
        "bloomberg",
        "upi",
        "dpa",
        "ani",
        "pti",
        "xinhua",
        "efe",
    ]
)
# A name in more articles than this is too common to link them ('White House' in a year of news);
# in a folder of one story, the name every article gives is that story's.
MAX_ARTICLES = 200


class Corpus(NamedTuple):
    """What the claims of a whole corpus say of each article: its story, its claims' sentences in
    lower case (where to look for the places it names) and its home country."""

    stories: dict[str, str]
    mentions: dict[str, str]
    homes: dict[str, str]


def corpus(claims: pd.DataFrame, lex: Lexicon) -> Corpus:
    """The :class:`Corpus` read from every claim, numbers and dates alike."""
    said = mentions(claims)
    return Corpus(story_ids(claims, lex), said, {article: home(text, lex) for article, text in said.items()})


def mentions(claims: pd.DataFrame) -> dict[str, str]:
    """Article -> the sentences of its claims, in lower case."""
    return claims.groupby("article_id")["sentence"].agg(lambda s: " ".join(dict.fromkeys(s)).lower()).to_dict()


def home(text: str, lex: Lexicon) -> str:
    """The country an article's claims (``text``, in lower case) name more often than any other, as
    places are keyed.

    >>> from claimtrack.grammar.lexicon import default_lexicon
    >>> home("troops left iraq. in iraq, and not in syria, the count fell.", default_lexicon())
    'iraq'
    """
    ranked = Counter(canonical(m.group(), lex) for m in _country_words(lex).finditer(text)).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


@cache
def _country_words(lex: Lexicon) -> re.Pattern:
    """The lexicon's countries, in lower case, as a pattern of whole words."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in sorted(lex.countries, key=len, reverse=True))})\b")


def story_ids(frame: pd.DataFrame, lex: Lexicon) -> dict[str, str]:
    """Article id -> the id of its story (the smallest article id in it, '' for none), from the claims'
    sentences."""
    found = _distinctive(frame, lex)
    articles = sorted(found)
    chains = _chains(articles, found, MIN_SHARED)
    if len(chains) == len(articles) and articles:  # no two articles share names: the corpus is one story
        return dict.fromkeys(articles, articles[0])
    members = {group[0]: group for chain in chains for group in _held_together(chain, found, MIN_SHARED)}
    told = {r: set().union(*(found[a] for a in group)) for r, group in members.items()}
    holders: dict[str, set[str]] = defaultdict(set)  # a name -> the stories that give it
    for r, given in told.items():
        for n in given:
            holders[n].add(r)
    givers: dict[str, set[str]] = defaultdict(set)  # a name -> the articles that give it
    for a, given in found.items():
        for n in given:
            givers[n].add(a)
    given_in = {r: Counter(n for a in group for n in found[a]) for r, group in members.items()}  # names, counted
    out = {}
    for r, group in members.items():  # a small story joins the larger one that gives most of its names
        larger = {o for n in told[r] for o in holders[n] if len(members[o]) > len(group)}
        larger = {o for o in larger if _central(told[r], given_in[o], len(members[o]))}
        shared, story = max(
            ((len(_only_theirs(told[r] & told[o], givers, {*group, *members[o]})), o) for o in larger), default=(0, "")
        )
        home = story if shared and 2 * shared >= len(told[r]) else r if len(group) > 1 else ""
        out.update((a, home) for a in group)
    return out


def _central(names: set[str], given: Counter, size: int) -> bool:
    """Whether one of ``names`` is central to a story of ``size`` articles that ``given`` names so many times:
    given by ``CENTRAL`` of them at least. A crash in New Hampshire is no part of an election story that names
    the state's primary in a few articles."""
    return any(given[n] >= CENTRAL * size for n in names)


def _only_theirs(shared: set[str], givers: dict[str, set[str]], pair: set[str]) -> set[str]:
    """The names two stories (their articles: ``pair``) share that at most one other article gives:
    'London' or 'Parliament', given by many articles of other stories, links a story to none."""
    return {n for n in shared if len(givers[n] - pair) <= _OTHERS_GIVING}


def _held_together(chain: list[str], found: dict[str, set[str]], min_shared: int) -> list[list[str]]:
    """The stories of a chain of articles linked by ``min_shared`` names. A chain may run through many
    stories ('Reagan' and 'Congress' in one pair, 'Congress' and 'OPEC' in the next): one whose most
    given name is in fewer than half of its articles is linked again by one name more, until each
    part holds together, or stands apart, each article alone."""
    core = Counter(n for a in chain for n in found[a]).most_common(1)
    if len(chain) <= 2 or 2 * core[0][1] >= len(chain):
        return [chain]
    if min_shared >= _MOST_SHARED:
        return [[a] for a in chain]
    return [part for c in _chains(chain, found, min_shared + 1) for part in _held_together(c, found, min_shared + 1)]


def _chains(articles: list[str], found: dict[str, set[str]], min_shared: int) -> list[list[str]]:
    """The groups of ``articles`` (in order) linked in a chain by pairs that share ``min_shared`` names or more."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for n in found[article]:
            by_name[n].append(article)
    pairs = Counter(pair for members in by_name.values() for pair in combinations(members, 2))
    parent = {a: a for a in articles}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for (a, b), shared in pairs.items():
        if shared >= min_shared:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        groups[root(a)].append(a)
    return list(groups.values())


def _distinctive(frame: pd.DataFrame, lex: Lexicon) -> dict[str, set[str]]:
    """Article -> the names its claims' sentences give that may tell its story apart: in two articles
    at least, in no more than ``MAX_ARTICLES``, no country, nation or agency, no legal form alone
    ('Co Inc'), and no common word capitalised (a word the corpus writes in lower case in as many
    articles: 'Bank', 'Sales')."""
    found: dict[str, set[str]] = defaultdict(set)
    lower: dict[str, set[str]] = defaultdict(set)  # a word -> the articles that write it in lower case
    for article, sentence in frame[["article_id", "sentence"]].drop_duplicates().itertuples(index=False):
        found[article].update(n for n in names(sentence, lex).split(", ") if n)
        for word in _LOWER_WORD.findall(sentence):
            lower[word].add(article)
    share = Counter(n for given in found.values() for n in given)
    generic = countries(lex) | set(lex.nations) | _AGENCIES
    common = {n for n in share if len(lower.get(n, ())) >= share[n] or LEGAL_FORMS.issuperset(n.split())}
    return {
        a: {n for n in given if 2 <= share[n] <= MAX_ARTICLES and n not in generic and n not in common}
        for a, given in found.items()
    }


_LOWER_WORD = re.compile(r"(?<![\w.-])[a-z][a-z]+\b")  # a word written in lower case
