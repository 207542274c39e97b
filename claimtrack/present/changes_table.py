"""What moved, when and by how much: the notable changes as a table-like chart an editor can read.

One row per change (``schema.CHANGED``), latest first: the day of the report, the thread, the
level before and the figure after, the change ("-42 %", "+120 days") and the flag, coloured.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..schema import ALIGNED, CHANGED, validate
from ..stages.changes import describe_value
from . import theme
from .chart_data import TOOLTIP_CHARS, changes_or_empty
from .theme import clip

MAX_ROWS = 25
# (column, title, x position of its left edge in pixels)
COLUMNS = (("day", "Reported", 0), ("thread", "Thread", 90), ("move", "From → to", 330))
FLAG_X = 600


def changes_chart(
    changes: pd.DataFrame, aligned: pd.DataFrame | None = None, *, max_rows: int = MAX_ROWS, max_threads: int = 0
) -> alt.TopLevelMixin:
    """The ``max_rows`` latest notable changes, one row each: when, which thread, from what to what,
    by how much. ``aligned`` gives the values and outlets (without it, each change's summary).
    ``max_threads`` (0: any) keeps only the changes of that many threads, most changed first."""
    c = changes_or_empty(changes)
    c = c[c["flag"].isin(CHANGED)]
    if c.empty:
        return theme.placeholder("No changes to chart", "What moved")
    if max_threads:
        c = c[c["thread_id"].isin(c["thread_id"].value_counts().index[:max_threads])]
    d = _rows(c, validate(aligned, ALIGNED, "aligned") if aligned is not None else None)
    d = d.sort_values(["when", "thread"], ascending=[False, True], kind="stable").head(max_rows)
    d["row"] = range(len(d))
    tips = [
        alt.Tooltip("thread:N", title="Thread"),
        alt.Tooltip("flag:N", title="Flag"),
        alt.Tooltip("summary:N", title="Change"),
    ]
    y = alt.Y("row:O", axis=None)
    base = alt.Chart(d).encode(y=y, tooltip=tips)
    layers = [
        base.mark_text(align="left", baseline="middle", fontSize=12, dx=x).encode(
            x=alt.value(0), text=alt.Text(f"{col}:N")
        )
        for col, _, x in COLUMNS
    ]
    flags = [f for f in theme.FLAG_COLOURS if f in set(d["flag"])]
    layers.append(
        base.mark_text(align="left", baseline="middle", fontSize=12, fontWeight="bold", dx=FLAG_X).encode(
            x=alt.value(0),
            text="change:N",
            color=alt.Color(
                "flag:N",
                scale=alt.Scale(domain=flags, range=[theme.FLAG_COLOURS[f] for f in flags]),
                legend=alt.Legend(title="Flag", orient="bottom", direction="horizontal"),
            ),
        )
    )
    heads = pd.DataFrame({"head": [t for _, t, _ in COLUMNS] + ["Change"], "x": [x for _, _, x in COLUMNS] + [FLAG_X]})
    layers += [
        alt.Chart(heads.iloc[[i]])
        .mark_text(align="left", fontSize=12, fontWeight="bold", dx=x, y=-12, color="#333333")
        .encode(x=alt.value(0), text="head:N", tooltip=alt.Tooltip("head:N", title="Column"))
        for i, x in enumerate(heads["x"])
    ]
    chart = alt.layer(*layers).properties(width=FLAG_X + 110, height=alt.Step(22))
    sources = aligned["source"] if aligned is not None else []
    total = len(c)
    return theme.style(
        chart,
        title="What moved",
        sources=sources,
        subtitle=[
            f"The {len(d)} latest of {total} changes, latest first" if total > len(d) else "Every change, latest first"
        ],
        width=FLAG_X + 110,
    )


def _rows(c: pd.DataFrame, aligned: pd.DataFrame | None) -> pd.DataFrame:
    """The text of each change's row."""
    out = pd.DataFrame(
        {
            "thread": [clip(s, 34) for s in c["thread_label"].mask(c["thread_label"] == "", c["thread_id"])],
            "flag": c["flag"].to_numpy(),
            "summary": [clip(s, TOOLTIP_CHARS) for s in c["summary"]],
            "change": [_by_how_much(f, m) for f, m in zip(c["flag"], c["magnitude"], strict=True)],
        }
    )
    if aligned is None:
        out["when"], out["day"], out["move"] = pd.NaT, "", [clip(s, 40) for s in c["summary"]]
        return out
    claims = aligned.set_index("claim_id")
    frm, to = claims.loc[c["from_claim_id"]], claims.loc[c["to_claim_id"]]
    out["when"] = to["published"].to_numpy()
    out["day"] = [f"{t.day} {t:%b %Y}" if pd.notna(t) else "no date" for t in out["when"]]
    out["move"] = [
        clip(f"{describe_value(a)} → {describe_value(b)}", 40)
        for a, b in zip(frm.to_dict("records"), to.to_dict("records"), strict=True)
    ]
    return out


def _by_how_much(flag: str, magnitude: float) -> str:
    """'-42 %' for a count, '+120 days' for a date, else the flag."""
    if pd.isna(magnitude) or flag in ("conflict", "outlier", "revised"):
        return flag
    if flag in ("postponed", "advanced"):
        return f"{flag} {magnitude:+.0f} days"
    return f"{magnitude * 100:+.0f} %"
