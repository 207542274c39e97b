"""The timeline of one thread, the points it draws, and the panel small multiples repeat."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..schema import ALIGNED, validate
from . import theme
from .chart_data import (
    DATE_ROWS,
    MAX_MARKS,
    PANEL_MARKS,
    changes_or_empty,
    chart_rows,
    find_thread,
    group_rows,
    main_thread,
    one_per_value,
)
from .count_layers import count_layers, figures
from .date_layers import date_layers
from .deadlines import own_deadlines
from .flag_labels import flag_of

WIDTH = 600
Y_AXIS_PX = 90  # the value axis, its title and the padding, beside the plot


def timeline(
    aligned: pd.DataFrame,
    changes: pd.DataFrame | None = None,
    *,
    thread: str | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    credit: str | None = None,
    note: str | None = None,
    width: int = WIDTH,
    by: str = "as-of",
    articles: pd.DataFrame | None = None,
) -> alt.TopLevelMixin:
    """One thread's claims over time, about ``width`` pixels wide. ``thread``: its id or its label
    (default: :func:`main_thread`).

    Count threads: x is the day a figure applies to (``by="as-of"``: its as-of date, else its
    publication date; ``by="published"``: the publication date), exact to the day; marks of one day
    are stacked on the value axis. The thread's level is a grey step line; claims are points (one
    per article and value, the tooltip counting repeats), ranges bars, open bounds ("more than")
    dashed stubs ending in a triangle, approximate values rings; the thread's own deadlines are
    dashed rules labelled by what they are about; notable flags are short labels that cover no
    mark. Date threads: one row per article, its claimed period as a bar. Above ``MAX_MARKS``
    claims (``DATE_ROWS`` rows for dates) claims are grouped per outlet and period.

    ``title`` (default: the thread's name), ``subtitle``, ``note`` and ``credit`` (default: every
    outlet named) head the chart, wrapped to its width; ``articles`` adds each claim's URL.
    """
    validate(aligned, ALIGNED, "aligned")
    if aligned.empty:
        return theme.placeholder("No claims to chart", title or "Timeline")
    rows, d, alias = _points(aligned, thread, by, articles)
    palette = _palette(aligned, rows)
    plot = max(width - Y_AXIS_PX, 200)
    chart = panel(
        rows, aligned, changes, palette, size=(plot, int(min(max(plot * 0.6, 220), 340))), prepared=(d, alias)
    )
    label = rows["thread_label"].iloc[0] or rows["thread_id"].iloc[0]
    return theme.style(
        chart,
        title=title or label,
        subtitle=[subtitle or _how(rows, aligned, by)],
        sources=rows["source"],
        credit=credit,
        note=note,
        width=width,
    )


def timeline_points(
    aligned: pd.DataFrame,
    changes: pd.DataFrame | None = None,
    *,
    thread: str | None = None,
    by: str = "as-of",
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The points :func:`timeline` draws, one row each: ``claim_id`` (empty for a group of claims),
    ``date`` (where it is drawn), ``value``, ``low``, ``high``, ``outlet``, ``claim``, ``sentence``,
    ``url``, ``flag`` (the notable flags it raised), ``claims`` (how many claims it stands for) and
    ``figure`` (for counts, what the point is: 'level', 'level, approximate', a target or an earlier
    level, as the chart's legend says)."""
    validate(aligned, ALIGNED, "aligned")
    if aligned.empty:
        return pd.DataFrame(columns=POINT_COLUMNS)
    rows, d, alias = _points(aligned, thread, by, articles)
    date = rows["kind"].iloc[0] == "date"
    flags = flag_of(d, changes_or_empty(changes), alias)
    return pd.DataFrame(
        {
            "claim_id": d["claim_id"],
            "date": (d["published"] if date else d["x"]).dt.strftime("%Y-%m-%d").fillna(""),
            "value": theme.value_text(d),
            "low": d["date_start"].dt.strftime("%Y-%m-%d").fillna("") if date else d["value_low"],
            "high": d["date_end"].dt.strftime("%Y-%m-%d").fillna("") if date else d["value_high"],
            "outlet": d["outlet"],
            "claim": d["surface"],
            "sentence": d["sentence"],
            "url": d["url"],
            "flag": flags,
            "claims": d["n"],
            "figure": "" if date else figures(d),
        }
    )


POINT_COLUMNS = [
    "claim_id",
    "date",
    "value",
    "low",
    "high",
    "outlet",
    "claim",
    "sentence",
    "url",
    "flag",
    "claims",
    "figure",
]


def _points(
    aligned: pd.DataFrame, thread: str | None, by: str, articles: pd.DataFrame | None
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """The thread's rows, the rows its timeline draws (one per article and value, grouped above
    the mark limit) and which drawn claim stands for each claim."""
    thread = find_thread(aligned, thread) if thread is not None else main_thread(aligned)
    rows = aligned[aligned["thread_id"] == thread]
    urls = articles.set_index("article_id")["url"] if articles is not None and "url" in articles else None
    d, alias = one_per_value(chart_rows(rows, _palette(aligned, rows)[0], by, urls))
    limit = DATE_ROWS if rows["kind"].iloc[0] == "date" else MAX_MARKS
    return rows, group_rows(d, limit), alias


def _palette(aligned: pd.DataFrame, rows: pd.DataFrame) -> tuple[dict[str, str], alt.Scale]:
    """The outlet colours of ``rows`` (each its own colour, or grey when a more frequent outlet of
    the chart has it) and their colour scale."""
    colours = theme.outlet_colours(rows["source"])
    return colours, theme.outlet_scale(rows["source"], colours)


def panel(
    rows: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame | None,
    palette: tuple[dict[str, str], alt.Scale],
    *,
    size: tuple[int, int],
    compact: bool = False,
    zoom: str = "zoom",
    legend_pick: bool = True,
    title: alt.TitleParams | None = None,
    prepared: tuple[pd.DataFrame, dict[str, str]] | None = None,
) -> alt.LayerChart:
    """One thread's layers in a plot ``size`` (width, height) pixels big, with x zoom (and the
    legend pick if ``legend_pick``). ``prepared``: the rows to draw, when already chosen."""
    changes = changes_or_empty(changes)
    date = rows["kind"].iloc[0] == "date"
    if prepared is None:
        d, alias = one_per_value(chart_rows(rows, palette[0]))
        prepared = (
            group_rows(d, (20 if compact else DATE_ROWS) if date else (PANEL_MARKS if compact else MAX_MARKS)),
            alias,
        )
    d, alias = prepared[0].copy(), prepared[1]
    grouped = (d["claim_id"] == "").any()
    d["value"] = theme.value_text(d)
    if date:
        layers = date_layers(d, changes, palette[1], size[0], compact=compact, grouped=grouped, alias=alias)
    else:
        layers = count_layers(d, rows, aligned, changes, palette, size, compact=compact, grouped=grouped, alias=alias)
    params = [alt.selection_interval(bind="scales", encodings=["x"], name=zoom)]
    first = next(i for i, layer in enumerate(layers) if _by_outlet(layer))
    layers[first] = layers[first].add_params(*params, *([theme.outlet_pick()] if legend_pick else []))
    return alt.layer(
        *layers,
        resolve=alt.Resolve(scale=alt.ScaleResolveMap(shape="independent")),
        width=size[0],
        title=title or alt.Undefined,
        height=alt.Step(14 if compact else 22) if date else size[1],
    )


def _by_outlet(layer: alt.Chart) -> bool:
    """Whether a layer colours its marks by outlet (the layer that holds the chart's params)."""
    colour = layer.encoding.color
    return colour is not alt.Undefined and getattr(colour, "shorthand", "") == "group:N"


def _how(rows: pd.DataFrame, aligned: pd.DataFrame, by: str) -> str:
    """The default subtitle: how to read the chart."""
    if rows["kind"].iloc[0] == "date":
        return "Each row is an article; bars span the period it gives; ticks mark publication"
    parts = [
        "The line is the level the reports set",
        "rings are approximate figures",
        "bars are ranges" if (rows["value_low"] < rows["value_high"]).any() else "",
        "hollow triangles are targets, not levels" if (rows["tense"] == "target").any() else "",
        "numbered dashed lines are its deadlines" if not own_deadlines(rows, aligned, {}).empty else "",
        "by publication date" if by == "published" else "",
    ]
    return "; ".join(p for p in parts if p)
