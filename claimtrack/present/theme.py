"""The one report theme: titles with a source line, readable sizes, a colour-blind-safe palette.

Also how charts read and respond: date axes, value texts, tooltips, labels placed where they
cover nothing, the outlet legend pick.
Chart functions apply it themselves through :func:`style`; nothing is registered globally.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
MAX_NAMED_OUTLETS = 8
PAD = 16  # pixels between a date axis' ends and its first and last dates


def outlet_names(sources: pd.Series | Sequence[str]) -> pd.Series:
    """Outlet names for charts: an empty one reads "outlet not given"."""
    names = pd.Series(list(sources), dtype=object).fillna("").astype(str)
    return names.where(names.str.strip() != "", NO_OUTLET)


def outlet_colours(sources: pd.Series) -> dict[str, str]:
    """Map outlets to colours: the most frequent get the palette, the rest share grey."""
    counts = outlet_names(sources).value_counts()
    ranked = sorted(counts.index, key=lambda s: (-counts[s], s))
    named = ranked if len(ranked) <= len(PALETTE) else ranked[: len(PALETTE) - 1]
    colours = {s: PALETTE[i] for i, s in enumerate(named)}
    colours.update({s: OTHER_COLOUR for s in ranked[len(named) :]})
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
    """'Sources: A, B and C', naming at most eight outlets (most frequent first)."""
    counts = outlet_names(sources).value_counts()
    names = sorted(counts.index, key=lambda s: (-counts[s], s))
    if not names:
        return "Sources: none"
    shown = [clip(n, 40) for n in names[:MAX_NAMED_OUTLETS]]
    more = len(names) - len(shown)
    if more:
        return "Sources: " + ", ".join(shown) + f" and {more} more"
    if len(shown) == 1:
        return "Sources: " + shown[0]
    return "Sources: " + ", ".join(shown[:-1]) + " and " + shown[-1]


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
    chart: alt.TopLevelMixin, *, title: str, subtitle: Sequence[str] = (), sources: Sequence[str] = ()
) -> alt.TopLevelMixin:
    """Give ``chart`` the theme, a title and subtitle lines ending with the source line."""
    lines = [*subtitle, source_line(sources)] if len(sources) else list(subtitle)
    return chart.properties(title=alt.TitleParams(text=clip(title, 120), subtitle=lines), config=alt.Config(**config()))


def time_axis(dates: pd.Series, ticks: int) -> alt.Axis:
    """A date axis with at most about ``ticks`` ticks at whole days, months or years."""
    spread = dates.max() - dates.min()
    days = max(spread.days if pd.notna(spread) else 0, 1)
    if days / ticks <= 15:
        unit, fmt, steps = "day", "%d %b", (1, 2, 7, 14)
    elif days / ticks <= 120:
        unit, fmt, steps = "month", "%b %Y", (1, 2, 3, 6)
    else:
        unit, fmt, steps = "year", "%Y", (1, 2, 5, 10, 20, 50)
    per = {"day": 1, "month": 30.4, "year": 365.25}[unit]
    step = next((k for k in steps if days / per / k <= ticks), steps[-1])
    return alt.Axis(
        format=fmt, labelAngle=0, labelOverlap=True, tickCount=alt.TimeIntervalStep(interval=unit, step=step)
    )


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
    ]
    return [*tips, alt.Tooltip("n:Q", title="Claims")] if grouped else tips


def dodge(published: pd.Series, y: pd.Series, width: int) -> pd.Series:
    """Dates nudged apart, 10 pixels a step, where marks would hide one another.

    Marks within 10 pixels of each other across a plot ``width`` pixels wide and within a
    thirtieth of the value range are spread sideways; the tooltip keeps the true date.
    """
    spread = published.max() - published.min()
    per_px = max(spread.days if pd.notna(spread) else 0, 1) / width
    xb = ((published - published.min()).dt.days // (10 * per_px)).fillna(-1)
    yb = (y / max(float(y.abs().max()), 1.0) * 30).round().fillna(-1)
    k = published.groupby([xb, yb]).cumcount()
    n = published.groupby([xb, yb]).transform("size")
    return published + pd.to_timedelta((k - (n - 1) / 2) * 10 * per_px, unit="D")


def unique(labels: pd.Series) -> pd.Series:
    """Labels made unique by appending ' (2)', ' (3)' … to repeats."""
    k = labels.groupby(labels).cumcount()
    return labels.where(k == 0, labels + " (" + (k + 1).astype(str) + ")")


def slim(d: pd.DataFrame, columns: list[str], grouped: bool = False) -> pd.DataFrame:
    """Only ``columns`` and the tooltip's columns: what the chart embeds."""
    tips = ["outlet", "published", "speaker", "surface", "value", "sentence"]
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


def pixels(box: tuple) -> tuple[Callable, Callable]:
    """Functions from a date and a value to pixels in the plot ``box`` describes."""
    (x0, x1), (y0, y1), (w, h) = box
    span = max(x1 - x0, pd.Timedelta(days=1))
    return (lambda t: PAD + (t - x0) / span * (w - 2 * PAD), lambda v: h - (v - y0) / (y1 - y0) * h)


def label_ends(deadlines: pd.DataFrame, marks: pd.DataFrame, box: tuple) -> list[str]:
    """For each deadline rule, the end (top or bottom) with fewer marks beside it."""
    px, py = pixels(box)
    h = box[2][1]
    mx, top, bottom = (px(marks["x"]).to_numpy(), py(marks["top"]).to_numpy(), py(marks["bottom"]).to_numpy())
    ends = []
    for t, label in zip(deadlines["x"], deadlines["label"], strict=True):
        near, length = np.abs(mx - px(t)) < 14, 8 + 5.5 * len(label)
        ends.append("bottom" if (near & (top < length)).sum() > (near & (bottom > h - length)).sum() else "top")
    return ends


def place_labels(to: pd.DataFrame, marks: pd.DataFrame, deadlines: pd.DataFrame, box: tuple) -> pd.DataFrame:
    """Put each label above or below its mark where it covers no mark, deadline or label.

    ``box`` holds the x and y data ranges and the plot's pixel size; a label that fits
    nowhere is left out (the changes table lists every change).
    """
    (x0, x1), (y0, y1), (w, h) = box
    span = max(x1 - x0, pd.Timedelta(days=1))
    px, py = pixels(box)
    taken = [
        (px(t) - 6, px(t) + 6, py(hi) - 6, py(lo) + 6)
        for t, lo, hi in zip(marks["x"], marks["bottom"], marks["top"], strict=True)
    ]
    taken += [
        (px(t) - 14, px(t) + 2, 0 if end == "top" else h - 8 - 5.5 * len(s), 8 + 5.5 * len(s) if end == "top" else h)
        for t, s, end in zip(deadlines.get("x", []), deadlines.get("label", []), deadlines.get("end", []), strict=True)
    ]
    kept, at, ys = [], [], []
    for i, r in enumerate(to.itertuples()):
        tw, cx, above, below = 6.5 * len(r.label) + 4, px(r.x), py(r.top) - 15, py(r.bottom) + 15
        side = tw / 2 + 9
        middle = (above + below) / 2
        for dx, cy in (
            (0, above),
            (0, below),
            (side, middle),
            (-side, middle),
            (side, above),
            (-side, above),
            (side, below),
            (-side, below),
            (0, above - 14),
            (0, below + 14),
            (side, above - 14),
            (-side, below + 14),
            (0, above - 28),
            (0, below + 28),
        ):
            left = min(max(cx + dx - tw / 2, 0), w - tw)
            b = (left, left + tw, cy - 7, cy + 7)
            if (
                0 <= b[2]
                and b[3] <= h
                and not any(b[0] < t[1] and t[0] < b[1] and b[2] < t[3] and t[2] < b[3] for t in taken)
            ):
                taken.append(b)
                kept.append(i)
                at.append(x0 + (left + tw / 2 - PAD) / (w - 2 * PAD) * span)
                ys.append(y0 + (h - cy) / h * (y1 - y0))
                break
    return to.iloc[kept].assign(at=at, label_y=ys)
