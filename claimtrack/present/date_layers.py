"""The layers of a date thread's timeline: one row per article, the period it gives as a bar."""

from __future__ import annotations

import altair as alt
import pandas as pd

from . import theme
from .flag_labels import flag_layers

# each role of a date its own shape, named as an editor would: a day told as past, one expected, a deadline
_SHAPES = {"event": "circle", "plan": "diamond", "deadline": "triangle-right", "reference": "square"}
_LABELS = {"event": "happened", "plan": "expected", "deadline": "deadline", "reference": "reference"}


def date_layers(
    d: pd.DataFrame, changes: pd.DataFrame, scale: alt.Scale, width: int, *, compact: bool, grouped: bool, alias: dict
) -> list:
    """Per-article period bars, a point per claim shaped by role, publication ticks, flags."""
    colour = alt.Color("group:N", scale=scale, legend=theme.legend("Outlet", width if not compact else 720))
    day = d["published"].map(lambda t: f"{t.day} {t:%b %Y}" if pd.notna(t) else "no date")
    d["row"] = theme.unique(day if compact else day + " · " + d["outlet"])
    d["end"] = d["date_end"] + pd.Timedelta(days=1)
    d["mid"] = d["date_start"] + (d["end"] - d["date_start"]) / 2
    order = d.sort_values(["published", "row"])["row"].drop_duplicates().tolist()
    dates = pd.concat([d["date_start"], d["end"], d["published"]])
    y = alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=0))
    slim = theme.slim(d, ["row", "date_start", "end", "mid", "group", "role"], grouped)
    base = alt.Chart(slim).encode(y=y, opacity=theme.pick_opacity(), tooltip=theme.tooltips(grouped, "Period"))
    roles = sorted(set(d["role"]) - {""}, key=list(_SHAPES).index) or ["event"]
    legend = theme.legend("Date", width)
    legend.labelExpr = "".join(f"datum.label === '{r}' ? '{_LABELS[r]}' : " for r in roles) + "datum.label"
    shape = alt.Shape(
        "role:N",
        title="Date",
        legend=None if compact else legend,
        scale=alt.Scale(domain=roles, range=[_SHAPES[r] for r in roles]),
    )
    layers = [
        base.mark_bar(height={"band": 0.55}, cornerRadius=2).encode(
            x=alt.X(
                "date_start:T",
                title=None,
                axis=theme.time_axis(dates, width),
                scale=alt.Scale(padding=theme.PAD),
            ),
            x2="end:T",
            color=colour,
        ),
        base.mark_point(filled=True, size=40 if compact else 70).encode(x="mid:T", color=colour, shape=shape),
        base.mark_tick(color="#555555", thickness=2, size=10 if compact else 16).encode(x="published:T"),
    ]
    if not grouped:
        layers += flag_layers(d, changes, "row:N", dates, y_sort=order, alias=alias)
    return layers
