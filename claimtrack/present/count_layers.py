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
from .placement import label_ends, pixels, place_labels
from .theme import clip

STACK_PX = 9  # pixels between stacked marks of one day


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
    unit = d["unit"].mode().iloc[0] if d["unit"].ne("").any() else "Count"
    scale = alt.Scale(domain=list(ys), nice=False)
    y = alt.Y("y:Q", title=clip(unit, 40), scale=scale, axis=alt.Axis(format=",~f"))
    x = alt.X(
        "x:T",
        title=None,
        axis=theme.time_axis(dates, size[0]),
        scale=alt.Scale(padding=theme.PAD, nice=False),
    )
    colour = alt.Color("group:N", scale=palette[1], legend=theme.legend("Outlet", size[0] if not compact else 720))
    base = alt.Chart(theme.slim(d, ["claim_id", "x", "y", "y2", "mark", "precision", "group"], grouped)).encode(
        x=x, color=colour, opacity=theme.pick_opacity(), tooltip=theme.tooltips(grouped)
    )
    layers = _story_line(rows, changes, d["x"].max(), scale) if not grouped else []
    layers += _claim_marks(base, set(d["mark"]), y, compact, size[0])
    box = ((dates.min(), dates.max()), ys, size)
    if not deadlines.empty:
        deadlines["value"] = theme.value_text(deadlines)
        deadlines["label"] = _spaced(deadlines, box)
        deadlines["end"] = label_ends(deadlines, d, box)
        layers += _deadline_layers(deadlines, box)
    if not grouped:
        place = functools.partial(place_labels, marks=d, deadlines=deadlines, box=box)
        layers += flag_layers(d, changes, "label_y:Q", dates, place=place, alias=alias)
    return layers


def shape_marks(d: pd.DataFrame, size: tuple[int, int]) -> tuple[float, float]:
    """Set each row's mark ('point', 'band', 'up', 'down'), its drawn ends ``y``/``y2`` (open bounds
    as a short stub), precision and ``top``/``bottom``; stack marks of one day. Returns the y domain."""
    lo, hi = d["value_low"], d["value_high"]
    top = pd.concat([lo, hi[np.isfinite(hi)]]).max()
    stub = 0.08 * (float(top) if top > 0 else 1.0)
    up, down = np.isinf(hi), (lo == 0) & d["qualifier"].isin(theme.OPEN_BELOW)
    d["mark"] = np.select([up, down, lo < hi], ["up", "down", "band"], "point")
    d["y"] = np.where(down, hi, lo)
    d["y2"] = np.select([up, down], [lo + stub, np.maximum(hi - stub, 0)], hi)
    d["precision"] = np.where(d["qualifier"] == "exact", "exact", "approximate")
    ymax = float(np.fmax(d["y"], d["y2"]).max()) * 1.15
    ys = (min(0.0, float(np.fmin(d["y"], d["y2"]).min())), ymax if ymax > 0 else 1.0)
    span = max((d["x"].max() - d["x"].min()).days, 1) if d["x"].notna().any() else 1
    shift = stack_offsets(d["x"], d["y"], (ys[1] - ys[0]) / size[1], span / size[0])
    d["y"], d["y2"] = d["y"] + shift, d["y2"] + shift
    d["top"], d["bottom"] = np.fmax(d["y"], d["y2"]), np.fmin(d["y"], d["y2"])
    return ys


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


def _claim_marks(base: alt.Chart, marks: set[str], y: alt.Y, compact: bool, width: int) -> list:
    """Points (filled when exact, rings when approximate), range bars, open-bound stubs with triangles."""
    precision = alt.Shape(
        "precision:N",
        legend=None if compact else theme.legend("Value", width),
        scale=alt.Scale(domain=["exact", "approximate"], range=["circle", theme.RING]),
    )
    layers = []
    if "point" in marks:
        layers.append(
            base.transform_filter("datum.mark == 'point'")
            .mark_point(filled=True, size=55 if compact else 90)
            .encode(y=y, shape=precision)
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
    """Dashed grey rules at the thread's own deadlines, each labelled along it where marks are fewer."""
    rule = alt.Chart(theme.slim(deadlines, ["x", "label", "end"])).encode(x="x:T", tooltip=theme.tooltips(False))
    layers = [rule.mark_rule(strokeDash=[6, 4], strokeWidth=1.5, color="#777777")]
    layers += [
        rule.transform_filter(f"datum.end == '{end}'")
        .mark_text(angle=270, align=align, baseline="bottom", y=y_px, dy=-3, fontSize=10, color="#333333")
        .encode(text="label:N")
        for end, align, y_px in (("top", "right", 4), ("bottom", "left", box[2][1] - 4))
        if end in set(deadlines["end"])
    ]
    return layers


def _spaced(deadlines: pd.DataFrame, box: tuple) -> pd.Series:
    """Deadline labels, blank where a rule stands within 14 pixels of the last labelled one."""
    px = pixels(box)[0]
    last, out = None, []
    for t, label in zip(deadlines["x"], deadlines["label"], strict=True):
        near = last is not None and px(t) - last < 14
        out.append("" if near else label)
        last = last if near else px(t)
    return pd.Series(out, index=deadlines.index, dtype=object)
