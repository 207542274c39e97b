"""Charts of many threads at once: small multiples, the story map and the changes per thread."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from ..errors import ClaimtrackError
from ..schema import ALIGNED, validate
from . import theme
from .chart_data import (
    MAX_MARKS,
    changes_or_empty,
    chart_rows,
    first_values,
    outlet_of,
    period_starts,
    rank_threads,
)
from .timeline import panel


def small_multiples(
    aligned: pd.DataFrame,
    changes: pd.DataFrame | None = None,
    *,
    threads: Sequence[str] | None = None,
    max_threads: int = 12,
) -> alt.TopLevelMixin:
    """Many threads at once, a small timeline each, with independent scales.

    Without ``threads``, the ``max_threads`` threads reported by the most articles. A panel
    groups its claims as :func:`timeline` does above ``PANEL_MARKS`` claims (20 date rows)
    and then leaves out the flag labels.
    """
    validate(aligned, ALIGNED, "aligned")
    sizes = aligned.groupby("thread_id").size()
    listed = sizes[sizes >= 2].index  # the threads the threads table lists
    ranked = [t for t in rank_threads(aligned, counts_first=False) if t in listed]
    chosen = list(threads) if threads is not None else ranked[:max_threads]
    if not chosen:
        return theme.placeholder("No claims to chart", "All threads")
    missing = sorted(set(chosen) - set(aligned["thread_id"]))
    if missing:
        raise ClaimtrackError(f"threads {missing}: not in the aligned table")
    changes = changes_or_empty(changes)
    used = aligned[aligned["thread_id"].isin(chosen)]["source"]
    colours = theme.outlet_colours(used)
    palette = (colours, theme.outlet_scale(used, colours))
    kinds = aligned.drop_duplicates("thread_id").set_index("thread_id")["kind"]
    groups = [
        (heading, [t for t in chosen if (kinds[t] == "date") == date])
        for heading, date in (("Figures", False), ("Dates", True))
    ]
    sections = []
    for heading, tids in groups:
        if not tids:
            continue
        panels = [
            _small(aligned, tid, changes, palette, f"zoom_{heading}_{i}", not sections and i == 0)
            for i, tid in enumerate(tids)
        ]
        sections.append(
            alt.concat(
                *panels,
                columns=3,
                title=alt.TitleParams(heading, fontSize=15, anchor="start"),
                resolve=alt.Resolve(scale=alt.ScaleResolveMap(x="independent", y="independent", shape="independent")),
            )
        )
    grid = sections[0] if len(sections) == 1 else alt.vconcat(*sections, spacing=24)
    return theme.style(
        grid,
        title="All threads",
        sources=used,
        subtitle=[f"{len(chosen)} of {len(listed)} threads, most reported first; figures, then dates"],
        width=800,
    )


def _small(
    aligned: pd.DataFrame, tid: str, changes: pd.DataFrame, palette: tuple, zoom: str, pick: bool
) -> alt.LayerChart:
    """One thread's panel of the small multiples, its name whole (wrapped)."""
    rows = aligned[aligned["thread_id"] == tid]
    name = theme.wrap(rows["thread_label"].iloc[0] or tid, 250, 13)
    return panel(
        rows,
        aligned,
        changes,
        palette,
        size=(240, 150),
        compact=True,
        zoom=zoom,
        legend_pick=pick,
        title=alt.TitleParams(name, fontSize=13),
    )


def story_map(
    aligned: pd.DataFrame, changes: pd.DataFrame | None = None, *, max_threads: int = 30
) -> alt.TopLevelMixin:
    """Articles (rows, by date, named whole) by threads (columns): a mark where an article made a claim.

    The shape is the most notable flag that the article's claims raised in the thread. The
    ``max_threads`` threads with the most articles are shown (threads seen in one article only
    when no thread spans two). Above 60 articles threads are the rows, a date axis the
    columns, and cells are grouped per week, month, quarter or year (the finest
    that leaves at most ``MAX_MARKS`` cells).
    """
    validate(aligned, ALIGNED, "aligned")
    if aligned.empty:
        return theme.placeholder("No claims to chart", "Story map")
    spread = aligned.groupby("thread_id")["article_id"].nunique()
    ranked = rank_threads(aligned, counts_first=False)
    ranked = ([t for t in ranked if spread[t] > 1] or ranked)[:max_threads]
    drawn = aligned[aligned["thread_id"].isin(ranked)]
    colours = theme.outlet_colours(drawn["source"])
    d = chart_rows(drawn, colours)
    flags = changes_or_empty(changes).set_index("to_claim_id")["flag"]
    d["flag"] = d["claim_id"].map(flags).replace({"unchanged": "agrees", "consistent": "agrees"})
    d["flag"] = d["flag"].fillna("first mention").astype(str)
    d["rank"] = d["flag"].map({f: i for i, f in enumerate(theme.FLAG_SHAPES)}).fillna(99)
    by_date = d["article_id"].nunique() > 60
    if by_date:
        d["published"] = period_starts(d, ["thread_id"], MAX_MARKS, start="W")
        d["article_id"] = d["published"].dt.strftime("%Y-%m-%d").fillna("no date")
    cells = d.sort_values(["rank", "published"]).groupby(["thread_id", "article_id"], sort=True)
    d = cells.agg(
        **{
            **first_values(d),
            "n": ("n", "sum"),
            "outlet": ("outlet", outlet_of),
            "group": ("group", lambda g: g.iloc[0] if g.nunique() == 1 else theme.OTHER_OUTLETS),
        }
    )
    d = d.reset_index(drop=True)
    d["value"] = theme.value_text(d)
    names = d.drop_duplicates("thread_id").set_index("thread_id").loc[ranked, "thread_label"]
    names = names.where(~names.duplicated(keep=False), names + " [" + names.index + "]")
    d["thread_label"] = d["thread_id"].map(names)
    threads = alt.Y("thread_label:N", sort=names.tolist(), title=None, axis=alt.Axis(labelLimit=0))
    if by_date:
        x, y = alt.X("published:T", title="Published", axis=theme.time_axis(d["published"], 640)), threads
    else:
        arts = d.drop_duplicates("article_id").sort_values(["published", "article_id"])
        day = arts["published"].map(lambda t: f"{t.day} {t:%b %Y}" if pd.notna(t) else "no date")
        arts["column"] = theme.unique(day + " · " + arts["outlet"])
        d["column"] = d["article_id"].map(arts.set_index("article_id")["column"])
        y = alt.Y("column:N", sort=arts["column"].tolist(), title=None, axis=alt.Axis(labelLimit=0))
        x = alt.X(
            "thread_label:N",
            sort=names.tolist(),
            title=None,
            axis=alt.Axis(orient="top", labelAngle=-40, labelLimit=0, labelAlign="left"),
        )
    shapes = [f for f in theme.FLAG_SHAPES if f in set(d["flag"])]
    slim = theme.slim(d, ["thread_label", "flag", "group", "published" if by_date else "column"], by_date)
    chart = (
        alt.Chart(slim)
        .mark_point(filled=True, size=110)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "group:N", scale=theme.colour_scale(d["group"], colours), legend=theme.legend("Outlet", 600)
            ),
            opacity=theme.pick_opacity(),
            shape=alt.Shape(
                "flag:N",
                title="Flag",
                sort=shapes,
                scale=alt.Scale(domain=shapes, range=[theme.FLAG_SHAPES[f] for f in shapes]),
            ),
            tooltip=[
                alt.Tooltip("thread_label:N", title="Thread"),
                alt.Tooltip("flag:N", title="Flag"),
                *theme.tooltips(by_date),
            ],
        )
        .add_params(theme.outlet_pick())
    )
    chart = chart.properties(width=640 if by_date else alt.Step(28), height=alt.Step(26))
    what = "Which article made a claim in which thread" + ("" if by_date else " (articles by date, threads across)")
    return theme.style(
        chart,
        title="Story map",
        sources=aligned["source"],
        subtitle=[what + "; the shape is the flag it raised"],
        width=max(28 * len(ranked), 400) + 200,
    )
