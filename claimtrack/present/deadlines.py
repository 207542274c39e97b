"""The deadlines a count thread's timeline draws: only its own, each labelled by what it is about.

A deadline is the thread's own when an article states it in the same sentence as one of the
thread's claims ("to 2,500 by Jan. 15"): another country's or another phase's deadline, stated
elsewhere in the same article, is not drawn.
"""

from __future__ import annotations

import pandas as pd

from .chart_data import chart_rows
from .theme import clip, range_text

MAX_DEADLINES = 6


def own_deadlines(rows: pd.DataFrame, aligned: pd.DataFrame, colours: dict[str, str]) -> pd.DataFrame:
    """One row per deadline day stated beside a claim of ``rows``' thread: ``x`` (its last day),
    ``label`` ('2,500 by January 15') and the deadline claim's own columns for the tooltip."""
    said = rows.drop_duplicates(["article_id", "sentence"]).set_index(["article_id", "sentence"])
    dl = aligned[(aligned["role"] == "deadline") & aligned["date_end"].notna() & (aligned["kind"] == "date")]
    keys = pd.MultiIndex.from_frame(dl[["article_id", "sentence"]])
    dl = dl[keys.isin(said.index)]
    targets = rows.sort_values("tense", key=lambda s: s != "target", kind="stable")
    what = targets.drop_duplicates(["article_id", "sentence"]).set_index(["article_id", "sentence"])
    about = {k: range_text(r.value_low, r.value_high) for k, r in zip(what.index, what.itertuples(), strict=True)}
    labels = {
        c: clip(f"{about[(a, t)]} {s}", 34)
        for c, a, t, s in zip(dl["claim_id"], dl["article_id"], dl["sentence"], dl["surface"], strict=True)
    }
    out = chart_rows(dl, colours)
    out["label"] = out["claim_id"].map(labels)
    out["x"] = out["date_end"].dt.normalize()
    out = out.sort_values(["x", "published"], kind="stable").drop_duplicates("x")
    return out.head(MAX_DEADLINES).reset_index(drop=True)
