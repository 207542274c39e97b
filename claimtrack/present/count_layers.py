"""The layers of a count thread's timeline: its story line, points, ranges, open bounds,
deadlines and flag labels, every mark at the exact day its figure applies to.

Marks of one day that would cover one another are stacked on the value axis, a few pixels apart
(``y`` is where a mark is drawn, ``value_low``/``value_high`` what it says); never moved in time.
"""

from __future__ import annotations

import functools

import altair as alt
import numpy as np
import pandas as pd

from . import theme
from .deadlines import own_deadlines
from .flag_labels import flag_layers
from .levels import level_steps
from .placement import pixels, place_labels
from .theme import clip

STACK_PX = 9  # pixels between stacked marks of one day
MARKER_PX = 16  # pixels between the numbers of deadline rules in one row


def value_title(d: pd.DataFrame) -> str:
    """The value axis's title: what the thread counts, its label without its place ('Deaths' of 'Deaths in
    Maui'), else the unit its claims give most ('troops'), else 'Count'."""
    label = d["thread_label"].iloc[0] if len(d) else ""
    if label:
        return label.split(" in ")[0]
    return d["unit"].mode().iloc[0] if d["unit"].ne("").any() else "Count"


def count_layers(
    d: pd.DataFrame,
    rows: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    palette: tuple[dict[str, str], alt.Scale],
    size: tuple[int, int],
    *,
    compact: bool,
    grouped: bool,
    alias: dict[str, str],
) -> list:
    """Every layer of a count panel ``size`` (width, height) pixels big."""
    ys = shape_marks(d, size)
    deadlines = own_deadlines(rows, aligned, palette[0]) if not compact else d.iloc[:0].assign(label="")
    dates = pd.concat([d["x"], deadlines["x"]])
    box = ((dates.min(), dates.max()), ys, size)
    scale = alt.Scale(domain=list(ys), nice=False)
    y = alt.Y("y:Q", title=clip(value_title(d), 40), scale=scale, axis=alt.Axis(format=",~f"))
    x = alt.X(
        "x:T",
        title=None,
        axis=theme.time_axis(dates, size[0], key=deadline_key(deadlines["label"], size[0])),
        scale=alt.Scale(padding=theme.PAD, nice=False),
    )
    colour = alt.Color("group:N", scale=palette[1], legend=theme.legend("Outlet", size[0] if not compact else 720))
    base = alt.Chart(theme.slim(d, ["claim_id", "x", "y", "y2", "mark", "figure", "group"], grouped)).encode(
        x=x,
        color=colour,
        opacity=theme.pick_opacity(),
        tooltip=[*theme.tooltips(grouped), alt.Tooltip("figure:N", title="Figure")],
    )
    layers = _story_line(rows, changes, d["x"].max(), scale) if not grouped else []
    layers += _claim_marks(base, d, y, compact, size[0])
    if not deadlines.empty:
        layers += _deadline_layers(deadlines, box)
    if not grouped:
        place = functools.partial(place_labels, marks=d, box=box)
        layers += flag_layers(d, changes, "label_y:Q", dates, place=place, alias=alias)
    return layers


def shape_marks(d: pd.DataFrame, size: tuple[int, int]) -> tuple[float, float]:
    """Set each row's ``figure`` (a legend word of :data:`theme.FIGURE_SHAPES`), its mark ('point',
    'band', 'up', 'down'), its drawn ends ``y``/``y2`` (open bounds as a short stub) and
    ``top``/``bottom``; stack marks of one day. Returns the y domain.

    A target, or an earlier level drawn away from its own date, is one point at its headline
    figure (the bound of "fewer than 5,000"): its hollow shape says it is not the level that day."""
    lo, hi = d["value_low"], d["value_high"]
    d["figure"] = figures(d)
    plain = d["figure"].str.startswith("level").to_numpy()
    top = pd.concat([lo, hi[np.isfinite(hi)]]).max()
    stub = 0.08 * (float(top) if top > 0 else 1.0)
    below = (lo == 0) & d["qualifier"].isin(theme.OPEN_BELOW)
    head = np.select([np.isinf(hi), below], [lo, hi], (lo + hi) / 2)
    up, down = plain & np.isinf(hi), plain & below
    d["mark"] = np.select([up, down, plain & (lo < hi)], ["up", "down", "band"], "point")
    d["y"] = np.where(plain, np.where(down, hi, lo), head)
    d["y2"] = np.select([up, down, plain], [lo + stub, np.maximum(hi - stub, 0), hi], head)
    ymax = float(np.fmax(d["y"], d["y2"]).max()) * 1.15
    ys = (min(0.0, float(np.fmin(d["y"], d["y2"]).min())), ymax if ymax > 0 else 1.0)
    span = max((d["x"].max() - d["x"].min()).days, 1) if d["x"].notna().any() else 1
    shift = stack_offsets(d["x"], d["y"], (ys[1] - ys[0]) / size[1], span / size[0])
    d["y"], d["y2"] = d["y"] + shift, d["y2"] + shift
    d["top"], d["bottom"] = np.fmax(d["y"], d["y2"]), np.fmin(d["y"], d["y2"])
    return ys


def figures(d: pd.DataFrame) -> pd.Series:
    """What each count claim is on the chart: 'level' (or 'level, approximate'), a target, or an
    earlier level drawn on another day than its own (a past figure without its as-of date)."""
    away = d["as_of"].isna() | (d["x"] != d["as_of"].dt.normalize())
    level = np.where(d["qualifier"] == "exact", "level", "level, approximate")
    out = np.select([d["tense"] == "target", (d["tense"] == "past") & away], [theme.TARGET, theme.EARLIER], level)
    return pd.Series(out, index=d.index, dtype=object)


def stack_offsets(x: pd.Series, y: pd.Series, per_px: float, days_per_px: float) -> pd.Series:
    """Value-axis offsets that stack marks within ``STACK_PX`` pixels of each other (in days and
    in value), centred on their true value; x is left as it is."""
    bucket = (y / (STACK_PX * per_px)).round().fillna(-1)
    column = ((x - x.min()).dt.days // max(STACK_PX * days_per_px, 1)).fillna(-1)
    k = y.groupby([column, bucket]).cumcount()
    n = y.groupby([column, bucket]).transform("size")
    return (k - (n - 1) / 2) * STACK_PX * per_px


def _story_line(rows: pd.DataFrame, changes: pd.DataFrame, until: pd.Timestamp, scale: alt.Scale) -> list:
    """The thread's level as a grey step line, under the claims."""
    steps = level_steps(rows, changes, until)
    if steps.empty:
        return []
    tips = [
        alt.Tooltip("level_text:N", title="Level"),
        alt.Tooltip("since:T", title="Since", format="%-d %b %Y"),
        alt.Tooltip("set_by:N", title="Set by"),
    ]
    return [
        alt.Chart(steps)
        .mark_line(interpolate="step-after", color="#555555", strokeWidth=1.5, opacity=0.7)
        .encode(x="x:T", y=alt.Y("level:Q", scale=scale), tooltip=tips)
    ]


def _claim_marks(base: alt.Chart, d: pd.DataFrame, y: alt.Y, compact: bool, width: int) -> list:
    """Points shaped by what they are (filled when an exact level, rings when approximate, hollow
    triangles for targets, hollow diamonds for earlier levels), range bars, open-bound stubs with
    triangles."""
    marks, shown = set(d["mark"]), set(d["figure"])
    kinds = [f for f in theme.FIGURE_SHAPES if f.startswith("level") or f in shown]
    figure = alt.Shape(
        "figure:N",
        title="Figure",
        legend=None if compact else alt.Legend(title="Figure", orient="bottom", direction="vertical", labelLimit=0),
        scale=alt.Scale(domain=kinds, range=[theme.FIGURE_SHAPES[f] for f in kinds]),
    )
    layers = []
    if "point" in marks:
        layers.append(
            base.transform_filter("datum.mark == 'point'")
            .mark_point(filled=True, size=55 if compact else 90)
            .encode(y=y, shape=figure)
        )
    if "band" in marks:
        layers.append(
            base.transform_filter("datum.mark == 'band'")
            .mark_rule(strokeWidth=5 if compact else 7, strokeCap="round")
            .encode(y=y, y2="y2:Q")
        )
    if marks & {"up", "down"}:
        bounds = base.transform_filter("datum.mark == 'up' || datum.mark == 'down'")
        arrow = alt.Shape(
            "mark:N", legend=None, scale=alt.Scale(domain=["up", "down"], range=["triangle-up", "triangle-down"])
        )
        layers.append(bounds.mark_rule(strokeWidth=2, strokeDash=[4, 3]).encode(y=y, y2="y2:Q"))
        layers.append(bounds.mark_point(filled=True, size=50 if compact else 80).encode(y="y2:Q", shape=arrow))
    return layers


def _deadline_layers(deadlines: pd.DataFrame, box: tuple) -> list:
    """Dashed grey rules at the thread's own deadlines, each numbered just above the plot (numbers
    of nearby rules a row apart) for the key under the date axis (:func:`deadline_key`)."""
    px = pixels(box)[0]
    rows: list[float] = []
    shown = deadlines.assign(key=[str(k + 1) for k in range(len(deadlines))], row=0, value=theme.value_text(deadlines))
    for i, t in enumerate(deadlines["x"]):
        row = next((r for r, last in enumerate(rows) if px(t) - last >= MARKER_PX), len(rows))
        rows[row : row + 1] = [px(t)]
        shown.loc[shown.index[i], "row"] = row
    shown["marker"] = -4 - 13 * shown["row"]
    tips = [alt.Tooltip("label:N", title="Deadline"), *theme.tooltips(False)]
    rule = alt.Chart(theme.slim(shown, ["x", "label", "key", "marker"])).encode(x="x:T", tooltip=tips)
    return [
        rule.mark_rule(strokeDash=[6, 4], strokeWidth=1.5, color="#777777"),
        rule.mark_text(baseline="bottom", fontSize=11, fontWeight="bold", color="#333333", clip=False).encode(
            y=alt.Y("marker:Q", scale=None), text="key:N"
        ),
    ]


def deadline_key(labels: pd.Series, width: int) -> list[str]:
    """The key to the numbered deadline rules, in lines ``width`` pixels long: '1: target 2,500 by
    15 Jan 2021 · 2: …' (an entry is broken only when longer than a line)."""
    entries = [f"{'Deadlines: ' if k == 0 else ''}{k + 1}: {label}" for k, label in enumerate(labels)]
    lines: list[str] = []
    for entry in entries:
        joined = f"{lines[-1]} · {entry}" if lines else entry
        if lines and len(theme.wrap(joined, width, 11)) == 1:
            lines[-1] = joined
        else:
            lines += theme.wrap(entry, width, 11)
    return lines
