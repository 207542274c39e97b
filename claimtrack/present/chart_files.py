"""A chart file with what a newsroom needs beside it: a plain-text description (alt text) and a
CSV of exactly the points it draws, to paste into Datawrapper or Flourish.

``chart.png`` comes with ``chart.txt`` and ``chart.csv``.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

import altair as alt
import pandas as pd

from .export import save_chart, write_csv
from .theme import source_line


def alt_text(points: pd.DataFrame, title: str, *, by: str = "as-of") -> str:
    """What the timeline shows, in sentences a screen reader can say.

    >>> pts = pd.DataFrame({"date": ["2020-01-06", "2021-01-16"], "value": ["5,200", "2,500"],
    ...     "outlet": ["A", "B"], "flag": ["", "decrease"], "claims": [1, 2]})
    >>> import textwrap
    >>> print(textwrap.fill(alt_text(pts, "US troops in Iraq"), 90))
    US troops in Iraq: a timeline of 2 figures (3 claims) from 2 outlets, 6 Jan 2020 to 16 Jan
    2021, by the date each figure applies to. The first is 5,200 (A, 6 Jan 2020); the latest
    2,500 (B, 16 Jan 2021). Flags: decrease 1. Sources: A and B.
    """
    if points.empty:
        return f"{title}: no claims to chart."
    dates = pd.to_datetime(points["date"], errors="coerce")
    first, last = points.iloc[0], points.iloc[-1]
    flags = points["flag"].str.split(", ").explode()
    counts = flags[flags != ""].value_counts()
    when = "the date each figure applies to" if by == "as-of" else "publication date"
    text = (
        f"{title}: a timeline of {len(points)} figures ({int(points['claims'].sum())} claims) from "
        f"{points['outlet'].nunique()} outlets, {_day(dates.min())} to {_day(dates.max())}, by {when}. "
        f"The first is {first['value']} ({first['outlet']}, {_day(dates.iloc[0])}); "
        f"the latest {last['value']} ({last['outlet']}, {_day(dates.iloc[-1])})."
    )
    if len(counts):
        text += " Flags: " + ", ".join(f"{f} {n}" for f, n in counts.items()) + "."
    return text + " " + source_line(points["outlet"]) + "."


def write_chart_files(
    chart: alt.TopLevelMixin, points: pd.DataFrame, path: str | PathLike, *, description: str
) -> dict[str, Path]:
    """Write ``chart`` to ``path`` (.png, .svg, .pdf or .html), ``description`` beside it as .txt
    and ``points`` as .csv; returns the three paths by suffix. A PNG has two pixels per chart pixel."""
    path = save_chart(chart, path)
    txt, csv = path.with_suffix(".txt"), path.with_suffix(".csv")
    txt.write_text(description + "\n", encoding="utf-8")
    write_csv(points, csv)
    return {path.suffix.lower(): path, ".txt": txt, ".csv": csv}


def _day(t: pd.Timestamp) -> str:
    """'6 Jan 2020', or 'an unknown day'."""
    return "an unknown day" if pd.isna(t) else f"{t.day} {t:%b %Y}"
