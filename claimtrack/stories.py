"""Which articles tell one story: articles that share at least ``MIN_SHARED`` distinctive names
(a ship, a town, a general) are one story, and so is every article linked to it in a chain; an
article linked to none joins the story it shares most names with, or none ('').

A claim that names no place ('85% contained', '$550 million') can only join claims of its own
story: a share or a sum from a story of Egypt is not one from a story of Maui.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import pandas as pd

from .lexicon import Lexicon
from .subjects import names

MIN_SHARED = 2
# News agencies name the teller, not the story.
_AGENCIES = frozenset(
    ["ap", "associated press", "reuters", "afp", "agence france-presse", "bloomberg", "upi", "dpa", "ani", "pti",
     "xinhua", "efe"]
)
COMMON_SHARE = 0.4  # a name in more of the articles than this tells no story apart
MAX_ARTICLES = 200  # a name in more articles than this is too common to link them
MIN_COMMON = 10  # ... but in a small corpus, a name in every article is its story


def story_ids(frame: pd.DataFrame, lex: Lexicon) -> dict[str, str]:
    """Article id -> the id of its story (the smallest article id in it, '' for none), from the claims'
    sentences."""
    found: dict[str, set[str]] = defaultdict(set)
    for article, sentence in frame[["article_id", "sentence"]].drop_duplicates().itertuples(index=False):
        found[article].update(n for n in names(sentence, lex).split(", ") if n)
    articles = sorted(found)
    share = Counter(n for article in articles for n in found[article])
    limit = min(MAX_ARTICLES, max(MIN_COMMON, COMMON_SHARE * len(articles)))
    by_name: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for n in found[article]:
            if 2 <= share[n] <= limit and n not in lex.nations and n not in _AGENCIES:
                by_name[n].append(article)
    pairs = Counter(pair for members in by_name.values() for pair in combinations(members, 2))
    parent = {a: a for a in articles}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for (a, b), shared in pairs.items():
        if shared >= MIN_SHARED:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    size = Counter(root(a) for a in articles)
    best: dict[str, tuple[int, str]] = {}  # an article alone -> the story it shares most names with
    for (a, b), shared in pairs.items():
        for lone, other in ((a, b), (b, a)):
            if size[root(lone)] == 1 and size[root(other)] > 1:
                best[lone] = max(best.get(lone, (0, "")), (shared, root(other)))
    return {a: best[a][1] if a in best else root(a) if size[root(a)] > 1 else "" for a in articles}
