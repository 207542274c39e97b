"""One true line per thread that moved: where its story line began and where it stands, with the
flags that took it there, as the CLI prints it.

The line is read off the changes table, so it says only what the flags support: the level a thread
started from, the level the last ``increase``, ``decrease``, ``revised`` (or, for a date,
``postponed`` or ``advanced``) set, and how many reports disagreed (``conflict``) or were far off
(``outlier``), which never set a level. A thread's plan (its targets) gets a line of its own.

>>> import claimtrack as ct, pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "source": ["A", "B", "C"],
...     "published": ["2020-01-01", "2020-06-01", "2021-01-01"],
...     "text": ["About 5,200 US troops are in Iraq.", "About 3,000 US troops are in Iraq.",
...              "About 2,500 US troops are in Iraq."]})
>>> t = ct.track(arts)
>>> headlines(t.aligned, t.changes)
['US troops in Iraq: about 5,200 (A, 1 Jan 2020) → about 2,500 (C, 1 Jan 2021); decrease 2']
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from ..schema import CHANGED
from .changes import describe_value

SETS_LEVEL = ("increase", "decrease", "revised", "postponed", "advanced")


class StoryLine(NamedTuple):
    """Where one story line of a thread began and where it stands."""

    thread_id: str
    label: str
    plan: bool  # the line of the thread's targets
    first: str  # the claim that set the first level
    latest: str  # the claim that set the level it stands at ('' when that is still the first)
    flags: dict[str, int]  # the notable flags on the line, most frequent first


def story_lines(aligned: pd.DataFrame, changes: pd.DataFrame, limit: int | None = None) -> list[StoryLine]:
    """The story lines of the threads with a notable flag (most notable flags first, at most
    ``limit`` threads): a thread's levels, and its plan if its targets moved."""
    moved = changes[changes["flag"].isin(CHANGED)]
    if moved.empty:
        return []
    target = changes["to_claim_id"].map(aligned.set_index("claim_id")["tense"]).eq("target")
    out = []
    for thread in moved["thread_id"].value_counts().index[:limit]:
        mine = changes["thread_id"] == thread
        for plan in (False, True):
            steps = changes[mine & (target == plan)]
            notable = steps["flag"][steps["flag"].isin(CHANGED)]
            if notable.empty:
                continue
            last = steps.iloc[-1]  # the level the last report was read against, or the level it set
            latest = last["to_claim_id"] if last["flag"] in SETS_LEVEL else last["from_claim_id"]
            first = steps["from_claim_id"].iloc[0]
            label = steps["thread_label"].iloc[0]
            counts = dict(notable.value_counts())
            out.append(StoryLine(thread, label, plan, first, "" if latest == first else latest, counts))
    return out


def headlines(aligned: pd.DataFrame, changes: pd.DataFrame, limit: int | None = None) -> list[str]:
    """Each story line (see :func:`story_lines`) as an editor would write it."""
    claims = aligned.set_index("claim_id")
    out = []
    for line in story_lines(aligned, changes, limit):
        label = line.label + (" (plan)" if line.plan else "")
        flags = ", ".join(f"{flag} {n}" for flag, n in line.flags.items())
        first = _said(claims.loc[line.first])
        moved = f" → {_said(claims.loc[line.latest])}" if line.latest else ", no change"
        out.append(f"{label}: {first}{moved}; {flags}")
    return out


def _said(claim: pd.Series) -> str:
    """A claim's value with who said it when: 'about 2,500 (Gulf Ledger, 18 Nov 2020)'."""
    day = "" if pd.isna(claim["published"]) else f"{claim['published'].day} {claim['published']:%b %Y}"
    return f"{describe_value(claim.to_dict())} ({', '.join(p for p in (claim['source'], day) if p)})"
