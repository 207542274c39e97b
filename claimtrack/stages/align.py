"""``align_claims``: the same claim across articles, joined into threads with readable labels.

Numbers join on what they measure (:mod:`claimtrack.stages.count_threads`), dates on what they are about
(:mod:`claimtrack.stages.date_threads`); labels are written by :mod:`claimtrack.stages.labels`. Every step is
blocked by kind and key, so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import pandas as pd

from ..grammar.lexicon import Lexicon, default_lexicon
from ..schema import ALIGNED, CLAIMS, conform, validate
from .count_threads import count_threads
from .dask import align_dask, is_dask
from .date_threads import date_threads
from .labels import count_label, date_label
from .stories import Corpus, corpus

HEAD_CUTOFF = 90.0


def align_claims(
    claims: pd.DataFrame, *, head_cutoff: float = HEAD_CUTOFF, lexicon: Lexicon | None = None
) -> pd.DataFrame:
    """The claims table plus ``thread_id``, ``thread_label`` and ``thread_reason``.

    ``head_cutoff`` is the rapidfuzz score (0-100) above which two written units ('protesters',
    'protestors') count as the same thing; ``lexicon`` gives the states and nations subjects use.
    A Dask DataFrame of claims is gathered, aligned with pandas and returned as a Dask DataFrame.
    """
    if is_dask(claims):
        return align_dask(align_claims, claims, head_cutoff=head_cutoff, lexicon=lexicon)
    lex = lexicon or default_lexicon()
    validate(claims, CLAIMS, "claims")
    out = claims.copy()
    ids = pd.Series("", index=out.index, dtype=object)
    labels = ids.copy()
    reasons = ids.copy()
    ordered = out.sort_values(["published", "article_id", "start"], kind="stable", na_position="last")
    numbers = ordered[ordered["kind"] != "date"]
    kinds = ((numbers, _count_threads), (ordered[ordered["kind"] == "date"], _date_threads))
    context = corpus(ordered, lex)  # stories and places read from every claim, numbers and dates alike
    for frame, fn in kinds:
        if len(frame):
            tid, label, reason = fn(frame, head_cutoff, lex, context)
            ids[frame.index], labels[frame.index], reasons[frame.index] = tid, label, reason
    rest = ids == ""
    ids[rest] = out.loc[rest, "kind"] + ":" + out.loc[rest, "claim_id"]
    reasons[rest] = "single claim"
    unnamed = labels == ""
    labels[unnamed] = out.loc[unnamed, "unit"].where(out.loc[unnamed, "unit"] != "", out.loc[unnamed, "surface"])
    labels = _distinct_labels(ids, labels, out["date_start"].fillna(out["published"]))
    out["thread_id"], out["thread_label"], out["thread_reason"] = ids, labels, reasons
    return validate(conform(out, ALIGNED), ALIGNED, "aligned claims")


def _distinct_labels(ids: pd.Series, labels: pd.Series, when: pd.Series) -> pd.Series:
    """Tell apart threads that would share a label by when they begin ('(Dec 2021)'), a thread of
    dates by the date most of its claims give (one odd date does not name it)."""
    first = (
        pd.DataFrame({"id": ids, "label": labels, "when": when})
        .groupby("id")
        .agg(label=("label", "first"), begin=("when", "min"), usual=("when", lambda w: w.mode().min()))
    )
    first["when"] = first["usual"].where(first.index.str.startswith("date:"), first["begin"])
    shared = first["label"].duplicated(keep=False)
    if not shared.any():
        return labels
    stamp = first["when"].dt.strftime("%b %Y").fillna("undated")
    renamed = first["label"].where(~shared, first["label"] + " (" + stamp + ")")
    again = renamed.duplicated(keep=False)
    renamed = renamed.where(~again, renamed + " #" + (renamed.groupby(renamed).cumcount() + 1).astype(str))
    return ids.map(renamed)


def _count_threads(frame: pd.DataFrame, cutoff: float, lex: Lexicon, context: Corpus):
    tids, keys, reasons = count_threads(frame, cutoff, lex, context)
    return tids, [count_label(k, lex) if k else "" for k in keys], reasons


def _date_threads(frame: pd.DataFrame, _cutoff: float, lex: Lexicon, context: Corpus):
    tids, keys, reasons = date_threads(frame, lex, context)
    return tids, [date_label(k, lex) if k else "" for k in keys], reasons
