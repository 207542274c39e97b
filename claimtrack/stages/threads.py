"""``summarize_threads``: one row per thread — label, first and last seen, claims, outlets,
first and latest value, overall change and the flags raised."""

from __future__ import annotations

import pandas as pd

from ..grammar.lexicon import default_lexicon
from ..schema import ALIGNED, CHANGES, THREADS, conform, empty, validate
from .changes import change_range, describe_value, of_its_own_day
from .keys import say_what


def summarize_threads(aligned: pd.DataFrame, changes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The thread summary table, threads seen in most articles first.

    First and latest values come from claims about their own day (not 'a year ago, when ...').
    Threads of a single claim are left out; they are in the aligned table. A thread none of whose claims
    says what it measures ('388 people', '$550 million') has no overall change: its figures need not
    be of one quantity (see :func:`claimtrack.stages.changes.flag_changes`).
    """
    validate(aligned, ALIGNED, "aligned claims")
    told = set(aligned.loc[say_what(aligned, default_lexicon()), "thread_id"])
    flags = {}
    if changes is not None and len(changes):
        validate(changes, CHANGES, "changes")
        flags = changes.groupby("thread_id")["flag"].agg(lambda f: ", ".join(sorted(set(f))))
    ordered = aligned.sort_values(["thread_id", "published", "article_id", "start"], kind="stable")
    size = ordered.groupby("thread_id")["claim_id"].size()
    ordered = ordered[ordered["thread_id"].isin(size.index[size >= 2])]
    if not len(ordered):
        return empty(THREADS)
    groups = ordered.groupby("thread_id", sort=True)
    table = groups.agg(
        thread_label=("thread_label", "first"),
        kind=("kind", "first"),
        first_seen=("published", "min"),
        last_seen=("published", "max"),
        claims=("claim_id", "size"),
        articles=("article_id", "nunique"),
    )
    outlets = ordered[ordered["source"] != ""].drop_duplicates(["thread_id", "source"])
    table["outlets"] = outlets.groupby("thread_id")["source"].agg(lambda s: ", ".join(sorted(s)))
    current = ordered[of_its_own_day(ordered) & (ordered["tense"] != "target")]  # nor a goal ('to 2,000 by March')
    ends = pd.concat([current, ordered[~ordered["thread_id"].isin(current["thread_id"])]])
    first = ends.drop_duplicates("thread_id", keep="first").set_index("thread_id").to_dict("index")
    last = ends.drop_duplicates("thread_id", keep="last").set_index("thread_id").to_dict("index")
    rows = [
        {
            "thread_id": tid,
            "first_value": describe_value(first[tid]),
            "latest_value": describe_value(last[tid]),
            "overall_change": _overall(first[tid], last[tid]) if tid in told and table.at[tid, "articles"] > 1 else "",
            "flags": flags.get(tid, "") if len(flags) else "",
        }
        for tid in table.index
    ]
    table = table.join(pd.DataFrame(rows).set_index("thread_id")).reset_index()
    table = conform(table, THREADS)
    table = table.sort_values(["articles", "claims", "thread_id"], ascending=[False, False, True], kind="stable")
    return validate(table.reset_index(drop=True), THREADS, "threads")


def _overall(first: dict, last: dict) -> str:
    if first["kind"] == "date":
        if pd.isna(first["date_end"]) or pd.isna(last["date_end"]):
            return ""
        days = (last["date_end"] - first["date_end"]).days
        overlap = first["date_start"] <= last["date_end"] and last["date_start"] <= first["date_end"]
        return "same period" if overlap else f"{days:+d} days"
    low, high = change_range(first["value_low"], first["value_high"], last["value_low"], last["value_high"])
    if pd.isna(low):
        return ""
    pct = sorted({round(100 * low), round(100 * high)}, key=abs)
    return " to ".join(f"{p:+d} %" for p in pct)
