"""The deadlines a count thread's timeline draws: only its own, each labelled by what it is about.

A deadline is the thread's own when an article states it in the same sentence as one of the
thread's claims ("to 2,500 by Jan. 15"): another country's or another phase's deadline, stated
elsewhere in the same article, is not drawn.
"""

from __future__ import annotations

import pandas as pd

from ..stages.changes import describe_period
from .chart_data import chart_rows
from .theme import clip, value_text

MAX_DEADLINES = 6


def own_deadlines(rows: pd.DataFrame, aligned: pd.DataFrame, colours: dict[str, str]) -> pd.DataFrame:
    """One row per deadline stated beside a claim of ``rows``' thread: ``x`` (its last day),
    ``label`` ('target 2,500 by 15 Jan 2021': the figure it is about, and when) and the deadline
    claim's own columns for the tooltip. A deadline for the same figure whose period overlaps a
    more precise one ('2,500 by mid-January' beside '2,500 by Jan. 15') is that one, told again."""
    said = rows.drop_duplicates(["article_id", "sentence"]).set_index(["article_id", "sentence"])
    dl = aligned[(aligned["role"] == "deadline") & aligned["date_end"].notna() & (aligned["kind"] == "date")]
    keys = pd.MultiIndex.from_frame(dl[["article_id", "sentence"]])
    dl = dl[keys.isin(said.index)]
    targets = rows.sort_values("tense", key=lambda s: s != "target", kind="stable")
    what = targets.drop_duplicates(["article_id", "sentence"]).set_index(["article_id", "sentence"])
    about = {
        k: ("target " if tense == "target" else "") + value
        for k, tense, value in zip(what.index, what["tense"], value_text(what), strict=True)
    }
    dl = _distinct(dl.assign(about=[about[k] for k in zip(dl["article_id"], dl["sentence"], strict=True)]))
    labels = {r.claim_id: clip(f"{r.about} {_when(r)}", 60) for r in dl.itertuples()}
    out = chart_rows(dl, colours)
    out["label"] = out["claim_id"].map(labels)
    out["x"] = out["date_end"].dt.normalize()
    out = out.sort_values(["x", "published"], kind="stable").drop_duplicates("x")
    return out.head(MAX_DEADLINES).reset_index(drop=True)


def _distinct(dl: pd.DataFrame) -> pd.DataFrame:
    """The deadlines left when, of those about one figure with overlapping periods, only the most
    precise (the shortest period, then the first reported) is kept."""
    dl = dl.assign(days=dl["date_end"] - dl["date_start"]).sort_values(["days", "published"], kind="stable")
    kept: list[int] = []
    for i, r in zip(dl.index, dl.itertuples(), strict=True):
        same = dl.loc[kept]
        same = same[same["about"] == r.about]
        if not ((same["date_start"] <= r.date_end) & (r.date_start <= same["date_end"])).any():
            kept.append(i)
    return dl.loc[kept]


def _when(r: object) -> str:
    """When a deadline falls: 'by 15 Jan 2021', 'by May 2021'; a period of another length in the
    article's words and as dates: 'by mid-January (11–20 Jan 2021)'."""
    period = describe_period(r.date_start, r.date_end)
    if "–" not in period:
        return f"by {period}"
    s, e = r.date_start, r.date_end
    start = (
        f"{s.day}"
        if (s.year, s.month) == (e.year, e.month)
        else f"{s.day} {s:%b}"
        if s.year == e.year
        else f"{s.day} {s:%b %Y}"
    )
    return f"{r.surface} ({start}–{e.day} {e:%b %Y})"
