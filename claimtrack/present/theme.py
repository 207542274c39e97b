"""The one report theme: titles with a source line, readable sizes, a colour-blind-safe palette.

Also how charts read and respond: date axes, value texts, tooltips, labels placed where they
cover nothing, the outlet legend pick.
Chart functions apply it themselves through :func:`style`; nothing is registered globally.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Sequence

import altair as alt
import numpy as np
import pandas as pd

# Okabe & Ito (2008), in an order that keeps the first colours far apart; yellow is left out
# because it is unreadable on white.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
)
OTHER_COLOUR = "#999999"
OTHER_OUTLETS = "other outlets"
NO_OUTLET = "outlet not given"

# Flags in reading order (most newsworthy first) with colours from the same palette.
FLAG_COLOURS: dict[str, str] = {
    "decrease": "#D55E00",
    "increase": "#0072B2",
    "conflict": "#CC79A7",
    "postponed": "#E69F00",
    "advanced": "#56B4E9",
    "revised": "#009E73",
    "unchanged": "#BBBBBB",
    "consistent": "#DDDDDD",
}

# Qualifiers that make a count with a low bound of 0 open below ("fewer than 2,000").
OPEN_BELOW = frozenset({"less than", "fewer than", "up to", "at most", "under", "below"})
# A ring (outer radius 1, inner 0.55, drawn the other way round): a hollow point that stays
# hollow in the legend, where a fill opacity would not.
RING = "M0,-1A1,1 0 1,1 0,1A1,1 0 1,1 0,-1ZM0,-0.55A0.55,0.55 0 1,0 0,0.55A0.55,0.55 0 1,0 0,-0.55Z"
# How a count claim reads on a timeline: its legend words and its shape. A target ("to 2,500 by
# Jan. 15") or an earlier level ("down from 8,600") without a date of its own is drawn on the day
# it was reported, so it gets a hollow shape of its own that no one takes for the level that day.
TARGET = "target: a level set for a later date"
EARLIER = "earlier: a level it replaced"
HOLLOW_TRIANGLE = "M0,-1L0.95,0.75L-0.95,0.75ZM0,-0.42L-0.48,0.46L0.48,0.46Z"
HOLLOW_DIAMOND = "M0,-1L1,0L0,1L-1,0ZM0,-0.5L-0.5,0L0,0.5L0.5,0Z"
FIGURE_SHAPES = {"level": "circle", "level, approximate": RING, TARGET: HOLLOW_TRIANGLE, EARLIER: HOLLOW_DIAMOND}
# Story-map shapes, most notable flag first; unchanged and consistent claims "agree".
FLAG_SHAPES = {
    "decrease": "triangle-down",
    "increase": "triangle-up",
    "conflict": "cross",
    "postponed": "triangle-right",
    "advanced": "triangle-left",
    "revised": "diamond",
    "agrees": "square",
    "first mention": "circle",
}
FONT = "Liberation Sans, Helvetica, Arial, sans-serif"
PAD = 16  # pixels between a date axis' ends and its first and last dates


def outlet_names(sources: pd.Series | Sequence[str]) -> pd.Series:
    """Outlet names for charts: an empty one reads "outlet not given"."""
    names = pd.Series(list(sources), dtype=object).fillna("").astype(str)
    return names.where(names.str.strip() != "", NO_OUTLET)


def outlet_colour(name: str) -> str:
    """The palette colour an outlet always gets: a hash of its name (crc32, so the same in every run)."""
    return PALETTE[zlib.crc32(name.strip().casefold().encode("utf-8")) % len(PALETTE)]


def outlet_colours(sources: pd.Series) -> dict[str, str]:
    """Map outlets to colours fixed by their names (:func:`outlet_colour`).

    Two outlets never share a colour in one run: the more frequent keeps it, the other is grey
    ("other outlets"), so an outlet's colour is its own or grey, whatever else the run holds.
    """
    counts = outlet_names(sources).value_counts()
    taken: set[str] = set()
    colours = {}
    for s in sorted(counts.index, key=lambda s: (-counts[s], s)):
        c = outlet_colour(s)
        colours[s] = OTHER_COLOUR if c in taken or s == NO_OUTLET else c
        taken.add(c)
    return colours


def colour_group(source: pd.Series, colours: dict[str, str]) -> pd.Series:
    """The legend entry for each outlet: itself, or "other outlets" when it has no own colour."""
    grey = {s for s, c in colours.items() if c == OTHER_COLOUR}
    names = outlet_names(source).set_axis(source.index)
    return names.where(~names.isin(grey), OTHER_OUTLETS)


def colour_scale(groups: Sequence[str], colours: dict[str, str]) -> alt.Scale:
    """A colour scale whose domain is ``groups`` in legend order (grey group last)."""
    domain = sorted(set(groups), key=lambda g: (g == OTHER_OUTLETS, g))
    return alt.Scale(domain=domain, range=[colours.get(g, OTHER_COLOUR) for g in domain])


def source_line(sources: Sequence[str]) -> str:
    """'Sources: A, B and C': every outlet, most frequent first."""
    counts = outlet_names(sources).value_counts()
    names = sorted(counts.index, key=lambda s: (-counts[s], s))
    if not names:
        return "Sources: none"
    if len(names) == 1:
        return "Source: " + names[0]
    return "Sources: " + ", ".join(names[:-1]) + " and " + names[-1]


def wrap(text: str, width: int, size: int = 12) -> list[str]:
    """``text`` in lines that fit ``width`` pixels at font ``size`` (whole words; 0.55 em a character)."""
    chars = max(int(width / (0.55 * size)), 20)
    return textwrap.wrap(text, chars, break_on_hyphens=False) or [""]


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def config() -> dict:
    """The theme as a Vega-Lite config dict (fonts, sizes, palette, white background)."""
    return {
        "background": "white",
        "padding": 12,
        "font": FONT,
        "title": {
            "fontSize": 17,
            "subtitleFontSize": 12,
            "subtitleColor": "#444444",
            "anchor": "start",
            "offset": 12,
            "subtitlePadding": 4,
        },
        "axis": {
            "labelFontSize": 11,
            "titleFontSize": 12,
            "titleColor": "#333333",
            "labelColor": "#333333",
            "gridColor": "#E6E6E6",
            "labelLimit": 220,
        },
        "legend": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 200, "symbolSize": 90},
        "header": {"labelFontSize": 12, "titleFontSize": 12},
        "range": {"category": list(PALETTE)},
        "view": {"stroke": None},
        "text": {"fontSize": 11},
    }


def style(
    chart: alt.TopLevelMixin,
    *,
    title: str,
    subtitle: Sequence[str] = (),
    sources: Sequence[str] = (),
    credit: str | None = None,
    note: str | None = None,
    width: int = 640,
) -> alt.TopLevelMixin:
    """Give ``chart`` the theme, a title and subtitle lines wrapped to ``width`` pixels: the
    subtitle, the note, then the credit (default: the source line naming every outlet)."""
    credit = credit if credit is not None else (source_line(sources) if len(sources) else "")
    lines = [line for text in [*subtitle, note or "", credit] if text for line in wrap(text, width)]
    title_lines = wrap(title, width, 17)
    return chart.properties(
        title=alt.TitleParams(text=title_lines if len(title_lines) > 1 else title, subtitle=lines),
        config=alt.Config(**config()),
    )


def time_axis(dates: pd.Series, width: int, key: Sequence[str] = ()) -> alt.Axis:
    """A date axis ``width`` pixels long, ticks at whole days, months or years as many as fit, each
    label with its year ('15 Jan 2021', 'Jan 2021', '2021'); ``key``: lines written under it, left
    aligned (a key to numbered marks), in place of a title."""
    spread = dates.max() - dates.min()
    days = max(spread.days if pd.notna(spread) else 0, 1)
    ticks = max(width // 80, 2)
    if days / ticks <= 15:
        unit, fmt, steps = "day", "%-d %b %Y", (1, 2, 7, 14)
    elif days / ticks <= 200:
        unit, fmt, steps = "month", "%b %Y", (1, 2, 3, 6)
    else:
        unit, fmt, steps = "year", "%Y", (1, 2, 5, 10, 20, 50)
    per = {"day": 1, "month": 30.4, "year": 365.25}[unit]
    step = next((k for k in steps if days / per / k <= ticks), steps[-1])
    keyed = {"title": list(key), "titleAnchor": "start", "titleAlign": "left", "titleFontWeight": "normal"}
    return alt.Axis(
        format=fmt,
        labelAngle=0,
        labelOverlap=True,
        tickCount=alt.TimeIntervalStep(interval=unit, step=step),
        **(keyed if key else {}),
    )


def legend(title: str, width: int) -> alt.Legend:
    """A legend under the plot, in as many columns as ``width`` pixels hold, labels whole."""
    return alt.Legend(title=title, orient="bottom", direction="horizontal", columns=max(width // 200, 1), labelLimit=0)


def value_text(d: pd.DataFrame) -> list[str]:
    """A readable value per row: '5,000–6,000', 'more than 100', '2003-01-01 – 2003-12-31'."""
    out = []
    for r in d.itertuples():
        lo, hi, q = r.value_low, r.value_high, r.qualifier
        if r.kind == "date":
            s, e = r.date_start, r.date_end
            period = f"{s:%Y-%m-%d}" + ("" if s == e else f" – {e:%Y-%m-%d}")
            out.append("" if pd.isna(s) else period)
        elif np.isinf(hi):
            out.append(f"{q or 'at least'} {number(lo)}")
        elif lo == 0 and q in OPEN_BELOW:
            out.append(f"{q} {number(hi)}")
        else:
            out.append(
                number(lo) + ("" if q == "exact" else " (approx.)") if lo == hi else f"{number(lo)}–{number(hi)}"
            )
    return out


def range_text(lo: float, hi: float) -> str:
    """A bare figure: '2,500', '5,000–6,000', 'at least 100'."""
    if np.isinf(hi):
        return f"at least {number(lo)}"
    if lo == 0 < hi:
        return f"up to {number(hi)}"
    return number(lo) if lo == hi else f"{number(lo)}–{number(hi)}"


def number(v: float) -> str:
    """'5,000', '2.5', or '' for a missing value."""
    if pd.isna(v):
        return ""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def tooltips(grouped: bool, value: str = "Value") -> list[alt.Tooltip]:
    """The tooltip of every claim mark (with the group size when claims are grouped)."""
    tips = [
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("published:T", title="Published", format="%Y-%m-%d"),
        alt.Tooltip("speaker:N", title="Speaker"),
        alt.Tooltip("surface:N", title="Claim"),
        alt.Tooltip("value:N", title=value),
        alt.Tooltip("sentence:N", title="Sentence"),
        alt.Tooltip("short_id:N", title="Id"),
    ]
    return [*tips, alt.Tooltip("n:Q", title="Claims")] if grouped else tips


def unique(labels: pd.Series) -> pd.Series:
    """Labels made unique by appending ' (2)', ' (3)' … to repeats."""
    k = labels.groupby(labels).cumcount()
    return labels.where(k == 0, labels + " (" + (k + 1).astype(str) + ")")


def slim(d: pd.DataFrame, columns: list[str], grouped: bool = False) -> pd.DataFrame:
    """Only ``columns`` and the tooltip's columns: what the chart embeds."""
    tips = ["outlet", "published", "speaker", "surface", "value", "sentence", "short_id"]
    return d[list(dict.fromkeys([*columns, *tips, *(["n"] if grouped else [])]))]


def outlet_scale(sources: pd.Series, colours: dict[str, str]) -> alt.Scale:
    """The colour scale of the outlet groups of ``sources``, with the theme's palette."""
    return colour_scale(colour_group(sources, colours), colours)


def outlet_pick() -> alt.Parameter:
    """Clicking an outlet in the legend highlights its marks."""
    return alt.selection_point(fields=["group"], bind="legend", name="outlet")


def pick_opacity() -> dict:
    """Full opacity for the picked outlet (or all when none is picked), faint for others."""
    return alt.condition(alt.param("outlet"), alt.value(1.0), alt.value(0.15))


def placeholder(message: str, title: str) -> alt.TopLevelMixin:
    """A chart that only says ``message`` (for empty input)."""
    chart = (
        alt.Chart(pd.DataFrame({"message": [message]}))
        .mark_text(fontSize=14)
        .encode(text="message:N", tooltip=[alt.Tooltip("message:N", title="Note")])
    )
    return style(chart.properties(width=300, height=60), title=title)
