"""The timeline of one thread, and the panel small multiples repeat: its marks, deadlines and flag labels."""

from __future__ import annotations

import functools
from collections.abc import Callable

import altair as alt
import numpy as np
import pandas as pd

from ..errors import ClaimtrackError
from ..schema import ALIGNED, CHANGED, validate
from . import theme
from .chart_data import (
    DATE_ROWS,
    MAX_MARKS,
    PANEL_MARKS,
    TOOLTIP_CHARS,
    changes_or_empty,
    chart_rows,
    group_rows,
    main_thread,
    rank_threads,
)
from .theme import clip

MAX_LABELS = 12


def timeline(
    aligned: pd.DataFrame, changes: pd.DataFrame | None = None, *, thread: str | None = None, title: str | None = None
) -> alt.TopLevelMixin:
    """One thread's claims over time (default: :func:`main_thread`), flags written at the claims.

    Count threads: x is the publication date; ranges are bars, open bounds ("more than",
    "fewer than") dashed stubs ending in a triangle, approximate values hollow points, and
    deadlines stated in the same articles dashed vertical rules. Date threads: one row per
    article, its claimed period as a bar. Above ``MAX_MARKS`` claims (``DATE_ROWS`` rows for
    dates) claims are grouped per outlet and per day, week, month, quarter or year (the finest
    that fits); a group spans its lowest to highest value and its tooltip counts its claims.
    """
    validate(aligned, ALIGNED, "aligned")
    if aligned.empty:
        return theme.placeholder("No claims to chart", title or "Timeline")
    thread = thread if thread is not None else main_thread(aligned)
    rows = aligned[aligned["thread_id"] == thread]
    if rows.empty:
        known = ", ".join(rank_threads(aligned)[:5])
        raise ClaimtrackError(f"thread {thread!r}: not in the aligned table (e.g. {known})")
    colours = theme.outlet_colours(aligned["source"])
    palette = (colours, theme.outlet_scale(rows["source"], colours))
    chart = panel(rows, aligned, changes_or_empty(changes), palette, True, "zoom", compact=False)
    note = (
        "Each row is an article; bars span the period it gives; ticks mark publication"
        if rows["kind"].iloc[0] == "date"
        else "Bars span ranges; triangles mark open bounds; hollow points are approximate; dashed lines are deadlines"
    )
    label = rows["thread_label"].iloc[0] or thread
    return theme.style(chart, title=title or label, subtitle=[note], sources=rows["source"])


def panel(
    rows: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    palette: tuple[dict[str, str], alt.Scale],
    legend_pick: bool,
    zoom: str,
    *,
    compact: bool,
    title: alt.TitleParams | None = None,
) -> alt.LayerChart:
    """One thread's layers with x zoom (and the legend pick, once per chart), sized to fit."""
    d = chart_rows(rows, palette[0])
    date = rows["kind"].iloc[0] == "date"
    limit = (20 if compact else DATE_ROWS) if date else (PANEL_MARKS if compact else MAX_MARKS)
    grouped, d = len(d) > limit, group_rows(d, limit)
    d["value"] = theme.value_text(d)
    if date:
        layers = _date_layers(d, changes, palette[1], compact, grouped)
    else:
        layers = _count_layers(d, aligned, changes, palette, compact, grouped)
    params = [alt.selection_interval(bind="scales", encodings=["x"], name=zoom)]
    layers[0] = layers[0].add_params(*params, *([theme.outlet_pick()] if legend_pick else []))
    width, height = (240, 150) if compact else (640, 320)
    return alt.layer(
        *layers,
        resolve=alt.Resolve(scale=alt.ScaleResolveMap(shape="independent")),
        width=width,
        title=title or alt.Undefined,
        height=alt.Step(14 if compact else 22) if date else height,
    )


def _count_layers(
    d: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    palette: tuple[dict[str, str], alt.Scale],
    compact: bool,
    grouped: bool,
) -> list:
    """Points, range bars, open-bound stubs with triangles, deadline rules, flag labels."""
    lo, hi = d["value_low"], d["value_high"]
    top = pd.concat([lo, hi[np.isfinite(hi)]]).max()
    stub = 0.08 * (float(top) if top > 0 else 1.0)
    up, down = np.isinf(hi), (lo == 0) & d["qualifier"].isin(theme.OPEN_BELOW)
    d["mark"] = np.select([up, down, lo < hi], ["up", "down", "band"], "point")
    d["y"] = np.where(down, hi, lo)
    d["y2"] = np.select([up, down], [lo + stub, np.maximum(hi - stub, 0)], hi)
    d["top"], d["bottom"] = np.fmax(d["y"], d["y2"]), np.fmin(d["y"], d["y2"])
    d["precision"] = np.where(d["qualifier"] == "exact", "exact", "approximate")
    d["x"] = theme.dodge(d["published"], d["y"], 240 if compact else 640)
    unit = d["unit"].mode().iloc[0] if d["unit"].ne("").any() else "Count"
    ymax = float(d["top"].max()) * 1.12 if d["top"].max() > 0 else 1.0
    ys = (min(0.0, float(d["bottom"].min())), ymax)
    y = alt.Y("y:Q", title=clip(unit, 40), scale=alt.Scale(domain=list(ys), nice=False), axis=alt.Axis(format=",~f"))
    deadlines = _deadlines(d, aligned, changes, palette[0]) if not compact else d.iloc[:0]
    dates = pd.concat([d["x"], deadlines.get("x", d["x"])])
    x = alt.X(
        "x:T",
        title=None if compact else "Published",
        axis=theme.time_axis(dates, 4 if compact else 8),
        scale=alt.Scale(padding=theme.PAD, nice=False),
    )
    colour = alt.Color("group:N", title="Outlet", scale=palette[1])
    base = alt.Chart(theme.slim(d, ["x", "y", "y2", "mark", "precision", "group"], grouped)).encode(
        x=x, color=colour, opacity=theme.pick_opacity(), tooltip=theme.tooltips(grouped)
    )
    bounds = base.transform_filter("datum.mark == 'up' || datum.mark == 'down'")
    precision = alt.Shape(
        "precision:N",
        title="Value",
        legend=None if compact else alt.Legend(symbolFillColor="#444444"),
        scale=alt.Scale(domain=["exact", "approximate"], range=["circle", theme.RING]),
    )
    marks, layers = set(d["mark"]), []
    if "point" in marks:
        layers.append(
            base.transform_filter("datum.mark == 'point'")
            .mark_point(filled=True, size=55 if compact else 100)
            .encode(y=y, shape=precision)
        )
    if "band" in marks:
        layers.append(
            base.transform_filter("datum.mark == 'band'")
            .mark_rule(strokeWidth=5 if compact else 7, strokeCap="round")
            .encode(y=y, y2="y2:Q")
        )
    if marks & {"up", "down"}:
        layers.append(bounds.mark_rule(strokeWidth=2, strokeDash=[4, 3]).encode(y=y, y2="y2:Q"))
        layers.append(
            bounds.mark_point(filled=True, size=50 if compact else 90).encode(
                y="y2:Q",
                shape=alt.Shape(
                    "mark:N",
                    legend=None,
                    scale=alt.Scale(domain=["up", "down"], range=["triangle-up", "triangle-down"]),
                ),
            )
        )
    box = ((dates.min(), dates.max()), ys, (240, 150) if compact else (640, 320))
    if not deadlines.empty:
        deadlines["end"] = theme.label_ends(deadlines, d, box)
        rule = alt.Chart(theme.slim(deadlines, ["x", "label", "group", "end"])).encode(
            x="x:T", opacity=theme.pick_opacity(), tooltip=theme.tooltips(False)
        )
        layers.append(rule.mark_rule(strokeDash=[6, 4], strokeWidth=1.5).encode(color=colour))
        layers += [
            rule.transform_filter(f"datum.end == '{end}'")
            .mark_text(angle=270, align=align, baseline="bottom", y=y_px, dy=-3, fontSize=10, color="#333333")
            .encode(text="label:N")
            for end, align, y_px in (("top", "right", 4), ("bottom", "left", box[2][1] - 4))
            if end in set(deadlines["end"])
        ]
    if not grouped:
        layers += _flag_layers(
            d,
            changes,
            "label_y:Q",
            dates,
            place=functools.partial(theme.place_labels, marks=d, deadlines=deadlines, box=box),
        )
    return layers


def _date_layers(d: pd.DataFrame, changes: pd.DataFrame, scale: alt.Scale, compact: bool, grouped: bool) -> list:
    """Per-article period bars, a point per claim shaped by role, publication ticks, flags."""
    colour = alt.Color("group:N", title="Outlet", scale=scale)
    d["row"] = theme.unique(
        d["published"].dt.strftime("%Y-%m-%d").fillna("no date") + " · " + d["outlet"].map(lambda s: clip(s, 28))
    )
    d["end"] = d["date_end"] + pd.Timedelta(days=1)
    d["mid"] = d["date_start"] + (d["end"] - d["date_start"]) / 2
    order = d.sort_values(["published", "row"])["row"].drop_duplicates().tolist()
    dates = pd.concat([d["date_start"], d["end"], d["published"]])
    y = alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=130 if compact else 240))
    slim = theme.slim(d, ["row", "date_start", "end", "mid", "group", "role"], grouped)
    base = alt.Chart(slim).encode(y=y, opacity=theme.pick_opacity(), tooltip=theme.tooltips(grouped, "Period"))
    roles = sorted(set(d["role"]) - {""}) or ["event"]
    shape = alt.Shape(
        "role:N",
        title="Role",
        legend=None if compact else alt.Legend(),
        scale=alt.Scale(domain=roles, range=["triangle-right" if r == "deadline" else "circle" for r in roles]),
    )
    layers = [
        base.mark_bar(height={"band": 0.55}, cornerRadius=2).encode(
            x=alt.X(
                "date_start:T",
                title=None if compact else "Claimed date",
                axis=theme.time_axis(dates, 4 if compact else 8),
                scale=alt.Scale(padding=theme.PAD),
            ),
            x2="end:T",
            color=colour,
        ),
        base.mark_point(filled=True, size=40 if compact else 70).encode(x="mid:T", color=colour, shape=shape),
        base.mark_tick(color="#555555", thickness=2, size=10 if compact else 16).encode(x="published:T"),
    ]
    if not grouped:
        layers += _flag_layers(d, changes, "row:N", dates, y_sort=order)
    return layers


def _flag_layers(
    d: pd.DataFrame,
    changes: pd.DataFrame,
    y: str,
    dates: pd.Series,
    *,
    y_sort: list | None = None,
    place: Callable | None = None,
) -> list:
    """Labels ("-55 %", "postponed") at the claims notable changes led to.

    Count labels go where ``place`` finds room; date labels beside the bar, on the roomier side.
    """
    pos = d.drop_duplicates("claim_id").set_index("claim_id")
    c = changes[
        changes["flag"].isin(CHANGED)
        & changes["to_claim_id"].isin(pos.index)
        & changes["from_claim_id"].isin(pos.index)
    ]
    if c.empty:
        return []
    to, frm = pos.loc[c["to_claim_id"]].reset_index(), pos.loc[c["from_claim_id"]].reset_index()
    to["label"] = [_flag_label(f, a, b) for f, a, b in zip(c["flag"], frm.itertuples(), to.itertuples(), strict=True)]
    to["summary"] = [clip(s, TOOLTIP_CHARS) for s in c["summary"]]
    keys = ["published", "row"] if "row" in to else ["published"]
    agg = {col: (col, "first") for col in to.columns if col not in keys}
    agg["label"] = ("label", lambda s: " / ".join(dict.fromkeys(s)))
    if "x" in to:
        agg.update(x=("x", "mean"), top=("top", "max"), bottom=("bottom", "min"))
    to = to.groupby(keys, sort=True).agg(**agg).reset_index()
    first = to["label"].str.contains("%") | ~to["label"].str.startswith(("revised", "conflict"))
    to = to.iloc[np.argsort(~first.to_numpy(), kind="stable")].head(MAX_LABELS)
    span = max(dates.max() - dates.min(), pd.Timedelta(days=1))
    if place is not None:
        to = place(to).assign(side="center")
    else:
        to["side"] = np.where((to["mid"] - dates.min()) / span > 0.55, "right", "left")
        to["at"] = to["date_start"].where(to["side"] == "right", to["end"])
    tips = [alt.Tooltip("label:N", title="Flag"), alt.Tooltip("summary:N", title="Change"), *theme.tooltips(False)]
    slim = theme.slim(to, ["at", "side", "label", "summary", y.split(":")[0]])
    base = alt.Chart(slim).encode(x="at:T", y=alt.Y(y, sort=y_sort), text="label:N", tooltip=tips)
    return [
        base.transform_filter(f"datum.side == '{side}'").mark_text(
            align=side, dx={"left": 7, "right": -7, "center": 0}[side], fontSize=11, fontWeight="bold", color="#222222"
        )
        for side in sorted(set(to["side"]))
    ]


def _flag_label(flag: str, frm: object, to: object) -> str:
    """'-55 %' for a closed count range that moved, otherwise the flag itself."""
    a, b = (frm.value_low + frm.value_high) / 2, (to.value_low + to.value_high) / 2
    closed = {getattr(to, "mark", ""), getattr(frm, "mark", "")} <= {"point", "band"}
    if flag in ("increase", "decrease") and closed and a:
        return f"{(b - a) / a * 100:+.0f} %"
    return flag


def _deadlines(d: pd.DataFrame, aligned: pd.DataFrame, changes: pd.DataFrame, colours: dict[str, str]) -> pd.DataFrame:
    """Deadlines of the two deadline threads sharing most articles with ``d``.

    One rule per date and outlet, one label per date, saying when the deadline moved.
    """
    dl = aligned[
        (aligned["role"] == "deadline") & aligned["article_id"].isin(d["article_id"]) & aligned["date_end"].notna()
    ]
    shared = dl.groupby("thread_id")["article_id"].nunique()
    dl = dl[dl["thread_id"].isin(shared.sort_values(ascending=False, kind="stable").index[:2])]
    out = chart_rows(dl, colours)
    out["value"] = theme.value_text(out)
    out["x"] = out["date_end"]
    moved = changes[changes["flag"].isin(["postponed", "advanced"])]
    out["flag"] = out["claim_id"].map(moved.set_index("to_claim_id")["flag"])
    by_date = out.groupby("x")["flag"].first()
    out = out.drop_duplicates(["x", "group"]).head(MAX_LABELS * 2).reset_index(drop=True)
    flag = out["x"].map(by_date)
    text = out["surface"].map(lambda s: clip(s, 30))
    out["label"] = text.where(flag.isna(), text + " (" + flag.astype(str) + ")")
    out["label"] = out["label"].where(~out["x"].duplicated(), "")
    return out
