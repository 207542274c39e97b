"""``summarize_threads``: one row per thread — label, first and last seen, claims, outlets,
first and latest value, overall change and the flags raised."""

from __future__ import annotations

import pandas as pd

from .changes import change_range, describe_value
from .schema import ALIGNED, CHANGES, THREADS, conform, empty, validate


def summarize_threads(aligned: pd.DataFrame, changes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The thread summary table, threads seen in most articles first.

    First and latest values come from claims about their own day (not 'a year ago, when ...').
    Threads of a single claim are left out; they are in the aligned table.
    """
    validate(aligned, ALIGNED, "aligned claims")
    flags = {}
    if changes is not None and len(changes):
        validate(changes, CHANGES, "changes")
        flags = changes.groupby("thread_id")["flag"].agg(lambda f: ", ".join(sorted(set(f))))
    rows = []
    ordered = aligned.sort_values(["published", "article_id", "start"], kind="stable")
    for tid, thread in ordered.groupby("thread_id", sort=True):
        if len(thread) < 2:
            continue
        current = thread[thread["as_of"].isna() & (thread["direction"] != "from")]
        ends = current if len(current) else thread
        first, last = ends.iloc[0].to_dict(), ends.iloc[-1].to_dict()
        rows.append(
            {
                "thread_id": tid,
                "thread_label": first["thread_label"],
                "kind": first["kind"],
                "first_seen": thread["published"].min(),
                "last_seen": thread["published"].max(),
                "claims": len(thread),
                "articles": thread["article_id"].nunique(),
                "outlets": ", ".join(sorted(s for s in thread["source"].unique() if s)),
                "first_value": describe_value(first),
                "latest_value": describe_value(last),
                "overall_change": _overall(first, last),
                "flags": flags.get(tid, "") if len(flags) else "",
            }
        )
    if not rows:
        return empty(THREADS)
    table = conform(pd.DataFrame(rows), THREADS)
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
