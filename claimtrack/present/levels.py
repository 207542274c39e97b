"""The story line a timeline draws as a step line: the level a thread stood at, day by day.

Read off the changes table (see :mod:`claimtrack.stages.storyline`): the line starts at the first
level and steps to each report flagged ``increase``, ``decrease`` or ``revised``; a ``conflict``
or ``outlier`` never moves it. The thread's plan (its targets) is not its level and is left out.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..stages.headlines import SETS_LEVEL
from .theme import OPEN_BELOW, range_text


def level_steps(rows: pd.DataFrame, changes: pd.DataFrame, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per level of the thread ``rows`` hold: ``x`` (the day it was set), ``level`` (the
    middle of its range), ``level_text``, ``since`` and ``set_by`` (the outlet), and a last row at
    ``until`` that carries the latest level to the chart's end. Empty when nothing compares."""
    claims = rows.set_index("claim_id")
    mine = changes[changes["to_claim_id"].isin(claims.index) & changes["from_claim_id"].isin(claims.index)]
    mine = mine[claims.loc[mine["to_claim_id"], "tense"].to_numpy() != "target"]
    if mine.empty or (claims["kind"] == "date").any():
        return pd.DataFrame(columns=["x", "level", "level_text", "since", "set_by"])
    ids = [mine["from_claim_id"].iloc[0], *mine.loc[mine["flag"].isin(SETS_LEVEL), "to_claim_id"]]
    steps = claims.loc[ids].reset_index()
    lo, hi = steps["value_low"], steps["value_high"]
    below = (lo == 0) & steps["qualifier"].isin(OPEN_BELOW)
    out = pd.DataFrame(
        {
            "x": steps["published"].dt.normalize(),
            "level": np.select([np.isinf(hi), below], [lo, hi], (lo + hi) / 2),
            "level_text": [range_text(r.value_low, r.value_high) for r in steps.itertuples()],
            "set_by": steps["source"].to_numpy(),
        }
    )
    out["since"] = out["x"]
    if until is not None and pd.notna(until) and until > out["x"].iloc[-1]:
        out = pd.concat([out, out.iloc[[-1]].assign(x=until)], ignore_index=True)
    return out
