"""The rows a chart embeds: the columns it draws, text clipped, claims grouped above its mark limit.

Also which threads charts show first (:func:`main_thread`, :func:`rank_threads`).
"""

from __future__ import annotations

import pandas as pd

from ..errors import ClaimtrackError
from ..grammar.lexicon import default_lexicon
from ..schema import ALIGNED, CHANGES, empty, short_ids, validate
from ..stages.keys import say_what
from . import theme
from .theme import clip

MAX_MARKS = 1_000
PANEL_MARKS = 100
DATE_ROWS = 40
TOOLTIP_CHARS = 300
_PERIODS = ("D", "W", "M", "Q", "Y")
_KEEP = [
    "claim_id",
    "short_id",
    "thread_id",
    "thread_label",
    "article_id",
    "published",
    "source",
    "speaker",
    "surface",
    "sentence",
    "kind",
    "value_low",
    "value_high",
    "qualifier",
    "unit",
    "date_start",
    "date_end",
    "role",
    "as_of",
    "tense",
    "start",
]
BY = ("as-of", "published")


def main_thread(aligned: pd.DataFrame) -> str:
    """The first thread of :func:`rank_threads`: of those two articles or more tell (else of all), the one
    with count claims that says what it counts in the most articles (any kind when there are no counts)."""
    ranked = rank_threads(validate(aligned, ALIGNED, "aligned"))
    if not ranked:
        raise ClaimtrackError("aligned: no claims, so no main thread")
    return ranked[0]


def find_thread(aligned: pd.DataFrame, thread: str) -> str:
    """The id of ``thread``, given as an id or as a thread label (any case)."""
    if (aligned["thread_id"] == thread).any():
        return thread
    labels = aligned.drop_duplicates("thread_id").set_index("thread_id")["thread_label"]
    hits = labels[labels.str.casefold() == thread.strip().casefold()]
    if len(hits) == 1:
        return str(hits.index[0])
    if len(hits) > 1:
        raise ClaimtrackError(f"thread {thread!r}: {len(hits)} threads have that label; give one of {list(hits.index)}")
    known = "; ".join(labels.loc[rank_threads(aligned)[:5]])
    raise ClaimtrackError(f"thread {thread!r}: not in the aligned table (e.g. {known})")


def chart_rows(
    rows: pd.DataFrame, colours: dict[str, str], by: str = "as-of", urls: pd.Series | None = None
) -> pd.DataFrame:
    """Only the columns a chart uses, text clipped, outlets grouped for colour, and ``x``: the day
    a figure applies to (``by="as-of"``: its as-of date, else its publication date; ``by="published"``:
    its publication date)."""
    if by not in BY:
        raise ClaimtrackError(f"by={by!r}: choose one of {', '.join(BY)}")
    d = rows.assign(short_id=short_ids(rows))[_KEEP].rename(columns={"source": "outlet"})
    d["outlet"] = theme.outlet_names(d["outlet"]).set_axis(d.index)
    d["thread_label"] = d["thread_label"].mask(d["thread_label"] == "", d["thread_id"])
    d["group"] = theme.colour_group(d["outlet"], colours)
    d["sentence"] = d["sentence"].map(lambda s: clip(s, TOOLTIP_CHARS))
    d["surface"] = d["surface"].map(lambda s: clip(s, 80))
    d["url"] = d["article_id"].map(urls).fillna("") if urls is not None else ""
    x = d["as_of"].fillna(d["published"]) if by == "as-of" else d["published"]
    d["x"] = x.dt.normalize()
    d["n"] = 1
    return d.sort_values(["x", "published", "claim_id"], kind="stable").reset_index(drop=True)


def one_per_value(d: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """One row per article, day and value (``n`` counts the claims it stands for), and which kept
    claim each dropped claim is drawn as."""
    keys = ["article_id", "x", "value_low", "value_high", "date_start", "date_end"]
    ordered = d.sort_values("start", kind="stable")
    first = ordered.groupby(keys, dropna=False, sort=False)["claim_id"].transform("first").reindex(d.index)
    alias = dict(zip(d["claim_id"], first, strict=True))
    kept = d[d["claim_id"] == first].assign(n=first.map(first.value_counts()))
    return kept.reset_index(drop=True), alias


def group_rows(d: pd.DataFrame, limit: int) -> pd.DataFrame:
    """Above ``limit`` rows, one row per outlet group and period spanning the group's values."""
    if len(d) <= limit:
        return d
    d = d.assign(x=period_starts(d, ["group"], limit, column="x"))
    agg = {
        **first_values(d),
        "value_low": ("value_low", "min"),
        "value_high": ("value_high", "max"),
        "date_start": ("date_start", "min"),
        "date_end": ("date_end", "max"),
        "n": ("n", "sum"),
        "outlet": ("outlet", outlet_of),
        "qualifier": ("qualifier", lambda s: s.iloc[0] if s.nunique() == 1 else "about"),
    }
    out = d.groupby(["x", "group"], sort=True).agg(**agg).reset_index(drop=True)
    return out.assign(claim_id="")


def period_starts(
    d: pd.DataFrame, keys: list[str], limit: int, start: str = "D", column: str = "published"
) -> pd.Series:
    """Dates of ``column`` floored to the finest period leaving at most ``limit`` groups."""
    for freq in _PERIODS[_PERIODS.index(start) :]:
        p = d[column].dt.to_period(freq).dt.start_time
        if d.assign(p=p).groupby(["p", *keys]).ngroups <= limit:
            break
    return p


def first_values(d: pd.DataFrame) -> dict:
    """Named aggregations keeping each column's first value."""
    return {c: (c, "first") for c in d.columns if c not in ("n", "rank")}


def outlet_of(s: pd.Series) -> str:
    """The outlet of a group of claims, or how many outlets it mixes."""
    return s.iloc[0] if s.nunique() == 1 else f"{s.nunique()} outlets"


def changes_or_empty(changes: pd.DataFrame | None) -> pd.DataFrame:
    """The changes table, validated, or an empty one."""
    return empty(CHANGES) if changes is None else validate(changes, CHANGES, "changes")


def rank_threads(aligned: pd.DataFrame, counts_first: bool = True) -> list[str]:
    """Thread ids by articles, claims and id: threads told by two articles or more first, then those
    with count claims if asked, then those that say what they measure ('Deaths in Maui' before 'People'
    or 'Share (%)')."""
    g = (
        aligned.assign(count=aligned["kind"] == "count", told=say_what(aligned, default_lexicon()))
        .groupby("thread_id")
        .agg(
            counts=("count", "any"),
            told=("told", "any"),
            articles=("article_id", "nunique"),
            claims=("claim_id", "size"),
        )
    )
    g["counts"] = g["counts"] & counts_first
    g["retold"] = g["articles"] >= 2
    g = g.reset_index().sort_values(
        ["retold", "counts", "told", "articles", "claims", "thread_id"], ascending=[False] * 5 + [True]
    )
    return g["thread_id"].tolist()
