"""Charts of many threads at once: small multiples, the story map and the changes per thread."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from ..errors import ClaimtrackError
from ..schema import ALIGNED, CHANGED, validate
from . import theme
from .chart_data import (
    MAX_MARKS,
    TOOLTIP_CHARS,
    changes_or_empty,
    chart_rows,
    first_values,
    outlet_of,
    period_starts,
    rank_threads,
)
from .theme import clip
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
    ranked = rank_threads(aligned, counts_first=False)
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
    panels = []
    for i, tid in enumerate(chosen):
        rows = aligned[aligned["thread_id"] == tid]
        name = clip(rows["thread_label"].iloc[0] or tid, 45)
        panels.append(
            panel(
                rows,
                aligned,
                changes,
                palette,
                size=(240, 150),
                compact=True,
                zoom=f"zoom_{i}",
                legend_pick=i == 0,
                title=alt.TitleParams(name, fontSize=13),
            )
        )
    grid = alt.concat(
        *panels,
        columns=3,
        resolve=alt.Resolve(scale=alt.ScaleResolveMap(x="independent", y="independent", shape="independent")),
    )
    return theme.style(
        grid,
        title="All threads",
        sources=used,
        subtitle=[f"{len(chosen)} of {aligned['thread_id'].nunique()} threads, most reported first"],
    )


def story_map(
    aligned: pd.DataFrame, changes: pd.DataFrame | None = None, *, max_threads: int = 30
) -> alt.TopLevelMixin:
    """Threads (rows) by articles (columns, by date): a mark where an article made a claim.

    The shape is the most notable flag that the article's claims raised in the thread. The
    ``max_threads`` threads with the most articles are shown (threads seen in one article only
    when no thread spans two). Above 60 articles the columns
    become a date axis and cells are grouped per week, month, quarter or year (the finest
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
    if by_date:
        x = alt.X("published:T", title="Published", axis=theme.time_axis(d["published"], 640))
    else:
        arts = d.drop_duplicates("article_id").sort_values(["published", "article_id"])
        arts["column"] = theme.unique(
            arts["published"].dt.strftime("%Y-%m-%d").fillna("no date")
            + " · "
            + arts["outlet"].map(lambda s: clip(s, 24))
        )
        d["column"] = d["article_id"].map(arts.set_index("article_id")["column"])
        x = alt.X("column:N", sort=arts["column"].tolist(), title=None, axis=alt.Axis(labelAngle=-40, labelLimit=180))
    shapes = [f for f in theme.FLAG_SHAPES if f in set(d["flag"])]
    slim = theme.slim(d, ["thread_label", "flag", "group", "published" if by_date else "column"], by_date)
    chart = (
        alt.Chart(slim)
        .mark_point(filled=True, size=110)
        .encode(
            x=x,
            y=alt.Y("thread_label:N", sort=names.tolist(), title=None),
            color=alt.Color("group:N", title="Outlet", scale=theme.colour_scale(d["group"], colours)),
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
    return theme.style(
        chart,
        title="Story map",
        sources=aligned["source"],
        subtitle=["Which article made a claim in which thread; the shape is the flag it raised"],
    )


def changes_chart(
    changes: pd.DataFrame, aligned: pd.DataFrame | None = None, *, max_threads: int = 20
) -> alt.TopLevelMixin:
    """Flag counts per thread as stacked bars, threads with the most notable flags first.

    Only the ``max_threads`` top threads are drawn; ``aligned``, when given, names the outlets
    in the source line and labels threads that the changes leave unnamed.
    """
    c = changes_or_empty(changes).copy()
    if c.empty:
        return theme.placeholder("No changes to chart", "How the threads moved")
    if aligned is not None:
        names = validate(aligned, ALIGNED, "aligned").groupby("thread_id")["thread_label"].first()
        c["thread_label"] = c["thread_label"].mask(c["thread_label"] == "", c["thread_id"].map(names))
    c["thread_label"] = c["thread_label"].fillna("").mask(lambda s: s == "", c["thread_id"])
    c["thread_label"] = c["thread_label"].map(lambda s: clip(s, 60))
    c["notable"] = c["flag"].isin(CHANGED)
    score = c.groupby("thread_label").agg(notable=("notable", "sum"), total=("flag", "size"))
    order = score.sort_values(["notable", "total"], ascending=False, kind="stable").index
    order = order[:max_threads].tolist()
    d = (
        c[c["thread_label"].isin(order)]
        .groupby(["thread_label", "flag"])
        .agg(changes=("flag", "size"), example=("summary", lambda s: clip(str(s.iloc[0]), TOOLTIP_CHARS)))
        .reset_index()
    )
    flags = [f for f in theme.FLAG_COLOURS if f in set(d["flag"])]
    flags += sorted(set(d["flag"]) - set(flags))
    d["order"] = d["flag"].map({f: i for i, f in enumerate(flags)})
    chart = (
        alt.Chart(d)
        .mark_bar()
        .encode(
            y=alt.Y("thread_label:N", sort=order, title=None),
            x=alt.X("changes:Q", title="Changes between consecutive claims", axis=alt.Axis(format="d", tickMinStep=1)),
            color=alt.Color(
                "flag:N",
                title="Flag",
                sort=flags,
                scale=alt.Scale(domain=flags, range=[theme.FLAG_COLOURS.get(f, theme.OTHER_COLOUR) for f in flags]),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("thread_label:N", title="Thread"),
                alt.Tooltip("flag:N", title="Flag"),
                alt.Tooltip("changes:Q", title="Changes"),
                alt.Tooltip("example:N", title="Example"),
            ],
        )
        .properties(width=480, height=alt.Step(22))
    )
    sources = aligned["source"] if aligned is not None else []
    return theme.style(
        chart,
        title="How the threads moved",
        sources=sources,
        subtitle=[f"Flags per thread: the {len(order)} threads with the most notable flags"],
    )
