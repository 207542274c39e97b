"""Flag labels ("-55 %", "postponed") written at the claims that notable changes led to."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import numpy as np
import pandas as pd

from ..schema import CHANGED
from . import theme
from .chart_data import TOOLTIP_CHARS
from .theme import clip

MAX_LABELS = 12


def drawn_changes(changes: pd.DataFrame, alias: dict[str, str] | None) -> pd.DataFrame:
    """``changes`` with each claim id replaced by the id of the mark that draws it (one mark per
    article and value)."""
    if not alias:
        return changes
    return changes.assign(
        to_claim_id=changes["to_claim_id"].map(lambda c: alias.get(c, c)),
        from_claim_id=changes["from_claim_id"].map(lambda c: alias.get(c, c)),
    )


def flag_of(d: pd.DataFrame, changes: pd.DataFrame, alias: dict[str, str] | None = None) -> pd.Series:
    """The notable flags each row of ``d`` was compared into, joined ('decrease', 'conflict')."""
    c = drawn_changes(changes, alias)
    c = c[c["flag"].isin(CHANGED)]
    flags = c.groupby("to_claim_id")["flag"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    return d["claim_id"].map(flags).fillna("")


def flag_layers(
    d: pd.DataFrame,
    changes: pd.DataFrame,
    y: str,
    dates: pd.Series,
    *,
    y_sort: list | None = None,
    place: Callable | None = None,
    alias: dict[str, str] | None = None,
) -> list:
    """Labels ("-55 %", "postponed") at the claims notable changes led to, one per claim mark: a
    target's own moves say so ("target -100 %"), apart from the level's.

    Count labels go where ``place`` finds room (the level's first); date labels beside the bar, on
    the roomier side.
    """
    pos = d.drop_duplicates("claim_id").set_index("claim_id")
    changes = drawn_changes(changes, alias)
    c = changes[
        changes["flag"].isin(CHANGED)
        & changes["to_claim_id"].isin(pos.index)
        & changes["from_claim_id"].isin(pos.index)
    ]
    if c.empty:
        return []
    to, frm = pos.loc[c["to_claim_id"]].reset_index(), pos.loc[c["from_claim_id"]].reset_index()
    target = (to["tense"] == "target").to_numpy()
    to["label"] = [
        ("target " if t else "") + flag_label(f, a, b)
        for t, f, a, b in zip(target, c["flag"], frm.itertuples(), to.itertuples(), strict=True)
    ]
    to["summary"] = [clip(s, TOOLTIP_CHARS) for s in c["summary"]]
    to["level"] = ~target
    keys = ["published", "row"] if "row" in to else ["claim_id"]
    agg = {col: (col, "first") for col in to.columns if col not in keys}
    agg["label"] = ("label", lambda s: " / ".join(list(dict.fromkeys(s))[:2]))
    to = to.groupby(keys, sort=True).agg(**agg).reset_index()
    first = to["label"].str.contains("%") | ~to["label"].str.contains("revised|conflict")
    to = to.iloc[np.lexsort((~first.to_numpy(), ~to["level"].to_numpy()))].head(MAX_LABELS)
    span = max(dates.max() - dates.min(), pd.Timedelta(days=1))
    if place is not None:
        to = place(to).assign(side="center")
    else:
        to["side"] = np.where((to["mid"] - dates.min()) / span > 0.55, "right", "left")
        to["at"] = to["date_start"].where(to["side"] == "right", to["end"])
    tips = [alt.Tooltip("label:N", title="Flag"), alt.Tooltip("summary:N", title="Change"), *theme.tooltips(False)]
    slim = theme.slim(to, ["at", "side", "label", "summary", y.split(":")[0]])
    base = alt.Chart(slim).encode(x="at:T", y=alt.Y(y, sort=y_sort), text="label:N", tooltip=tips)
    text = {"fontSize": 11, "fontWeight": "bold"}
    halo = {"stroke": "white", "strokeWidth": 3, "strokeJoin": "round", "color": "white"}  # keeps a label legible
    return [
        base.transform_filter(f"datum.side == '{side}'").mark_text(
            align=side, dx={"left": 7, "right": -7, "center": 0}[side], **text, **look
        )
        for side in sorted(set(to["side"]))
        for look in (halo, {"color": "#222222"})
    ]


def flag_label(flag: str, frm: object, to: object) -> str:
    """'-55 %' for a closed count range that moved, otherwise the flag itself."""
    a, b = (frm.value_low + frm.value_high) / 2, (to.value_low + to.value_high) / 2
    closed = all(
        np.isfinite(r.value_high) and not (r.value_low == 0 and r.qualifier in theme.OPEN_BELOW) for r in (frm, to)
    )
    if flag in ("increase", "decrease") and closed and a and round((b - a) / a * 100):
        return f"{(b - a) / a * 100:+.0f} %"
    return flag
