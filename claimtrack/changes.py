"""``flag_changes``: how each thread moved from one article to the next, flagged and explained.

Each claim is paired with the thread's last claim in an earlier article (order: publication date,
then position). Counts compare ranges; dates compare periods, deadlines compare their ends.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re

import pandas as pd

from .schema import ALIGNED, CHANGES, conform, empty, validate

_COLUMNS = [
    "thread_id", "thread_label", "claim_id", "article_id", "published", "source", "kind", "start", "speaker",
    "value_low", "value_high", "qualifier", "date_start", "date_end", "role", "granularity",
]
CONFLICT_DAYS = 3
OUTLIER_FACTOR = 8.0
LOOK_BACK = 50


def flag_changes(aligned: pd.DataFrame, *, conflict_days: int = CONFLICT_DAYS) -> pd.DataFrame:
    """The changes table: one row per claim and the thread's claim before it, in another article.

    Claims about an earlier time (a non-empty ``as_of``, or the 'from' side of 'from X to Y')
    stay in their thread but are not compared: they are history, not news.
    Counts that differ in articles from different outlets published within ``conflict_days`` of
    each other are a ``conflict``, not a change over time.
    """
    validate(aligned, ALIGNED, "aligned claims")
    current = aligned[aligned["as_of"].isna() & (aligned["direction"] != "from")]
    spread = current.groupby("thread_id")["article_id"].nunique()
    current = current[current["thread_id"].isin(spread.index[spread >= 2])]
    ordered = current.sort_values(["thread_id", "published", "article_id", "start"], kind="stable")
    rows = []
    records = ordered[_COLUMNS].to_dict("records")
    for _tid, thread in itertools.groupby(records, key=lambda r: r["thread_id"]):
        rows.extend(_thread_rows(list(thread), conflict_days))
    if not rows:
        return empty(CHANGES)
    return validate(conform(pd.DataFrame(rows), CHANGES), CHANGES, "changes")


def series(speaker: str) -> str:
    """The series a claim belongs to within its thread: who said it ('' when nobody is named).

    >>> series("a senior US official") == series("Senior US official")
    True
    """
    return re.sub(r"^(?:a|an|the)\s+", "", speaker.strip().lower())


def _thread_rows(claims: list[dict], conflict_days: int) -> list[dict]:
    """Pair each claim with the thread's last claim in an earlier article from the same series:
    the Pentagon's figure and an anonymous official's are two series, not a contradiction."""
    rows = []
    by_article: dict[str, list[dict]] = {}
    values = None
    for claim in claims:
        mine = series(claim["speaker"])
        previous = None
        for article in list(reversed(by_article))[:LOOK_BACK]:
            if article == claim["article_id"]:
                continue
            fits = [c for c in by_article[article] if not mine or series(c["speaker"]) in ("", mine)]
            if fits:
                same = [c for c in fits if series(c["speaker"]) == mine]
                previous = (same or fits)[-1]
                break
        if previous is not None:
            values = values or _Values(claims)
            rows.append(_compare(previous, claim, conflict_days, values))
        by_article.setdefault(claim["article_id"], []).append(claim)
    return rows


def _days(a: dict, b: dict) -> int:
    if pd.isna(a["published"]) or pd.isna(b["published"]):
        return 0
    return int((b["published"] - a["published"]).days)


def _compare(a: dict, b: dict, conflict_days: int, values: _Values) -> dict:
    days = _days(a, b)
    if a["kind"] == "date":
        flag, magnitude = _date_flag(a, b)
    else:
        flag, magnitude = _count_flag(a, b)
        other_outlet = a["source"] != b["source"] or not a["source"]
        if flag in ("increase", "decrease") and abs(days) <= conflict_days and other_outlet:
            flag = "conflict"
        if flag in ("increase", "decrease") and _is_outlier(b, values):
            flag = "outlier"
    return {
        "thread_id": b["thread_id"],
        "from_claim_id": a["claim_id"],
        "to_claim_id": b["claim_id"],
        "flag": flag,
        "magnitude": magnitude,
        "days_apart": days,
        "summary": _summary(a, b, flag, magnitude),
        "thread_label": b["thread_label"],
    }


def _mid(low: float, high: float) -> float:
    """The value a range stands for: its middle, or its finite bound when the other is open."""
    if math.isinf(high):
        return low
    return high if low == 0 else (low + high) / 2


def _count_flag(a: dict, b: dict) -> tuple[str, float]:
    a0, a1, b0, b1 = a["value_low"], a["value_high"], b["value_low"], b["value_high"]
    base = _mid(a0, a1)
    magnitude = (_mid(b0, b1) - base) / base if base else math.nan
    if a0 == b0 and a1 == b1:
        return "unchanged", 0.0
    if b0 > a1:
        return "increase", magnitude
    if b1 < a0:
        return "decrease", magnitude
    return "revised", magnitude


def change_range(a_low: float, a_high: float, b_low: float, b_high: float) -> tuple[float, float]:
    """The smallest and largest relative change between two ranges (5,000-6,000 → 2,500: -0.5, -0.583)."""
    finite = [x for x in (a_low, a_high) if x and not math.isinf(x)]
    targets = [x for x in (b_low, b_high) if not math.isinf(x)]
    changes = [(t - f) / f for f in finite for t in targets if t or b_high == 0]
    return (min(changes, key=abs), max(changes, key=abs)) if changes else (math.nan, math.nan)


class _Values:
    """The values of one thread, sorted, to ask quickly how many lie near a given value."""

    def __init__(self, thread: list[dict]):
        mids = [(_mid(c["value_low"], c["value_high"]), c["article_id"]) for c in thread]
        mids = [(v, a) for v, a in mids if v > 0 and not math.isinf(v)]
        self.all = sorted(v for v, _ in mids)
        self.by_article: dict[str, list[float]] = {}
        for v, a in mids:
            self.by_article.setdefault(a, []).append(v)

    def near(self, value: float, article: str | None = None) -> int:
        """How many values (of ``article`` only, if given) lie within ``OUTLIER_FACTOR`` of ``value``."""
        low, high = value / OUTLIER_FACTOR, value * OUTLIER_FACTOR
        if article is not None:
            return sum(low < v < high for v in self.by_article.get(article, ()))
        return bisect.bisect_left(self.all, high) - bisect.bisect_right(self.all, low)


def _is_outlier(claim: dict, values: _Values) -> bool:
    """A value an order of magnitude off every other article's value in the thread (a slip)."""
    mine = _mid(claim["value_low"], claim["value_high"])
    others = len(values.all) - len(values.by_article.get(claim["article_id"], ()))
    if others < 2 or mine <= 0 or math.isinf(mine):
        return False
    return values.near(mine) == values.near(mine, claim["article_id"])


def _date_flag(a: dict, b: dict) -> tuple[str, float]:
    if pd.isna(a["date_start"]) or pd.isna(b["date_start"]):
        return "unresolved", math.nan
    shift = float((b["date_end"] - a["date_end"]).days)
    roles = {a["role"], b["role"]}
    if "deadline" in roles and roles <= {"deadline", "plan"}:
        if shift > 0:
            return "postponed", shift
        if shift < 0:
            return "advanced", shift
        return "unchanged", 0.0
    overlap = a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]
    return ("consistent" if overlap else "conflict"), shift


def describe_value(claim: dict) -> str:
    """A claim's value as an editor would write it: '5,000–6,000', 'about 2,500', 'May 2020'."""
    if claim["kind"] == "date":
        return describe_period(claim["date_start"], claim["date_end"], claim.get("granularity", ""))
    low, high, q = claim["value_low"], claim["value_high"], claim["qualifier"]
    fmt = lambda x: f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"  # noqa: E731
    if math.isinf(high):
        return f"{q} {fmt(low)}" if q in ("more than", "at least") else f"at least {fmt(low)}"
    if q in ("less than", "up to"):
        return f"{q} {fmt(high)}"
    if low != high:
        return f"{fmt(low)}–{fmt(high)}"
    return f"{q} {fmt(low)}" if q not in ("exact", "between", "") else fmt(low)


def describe_period(start, end, granularity: str = "") -> str:
    """'8 Jan 2020', 'May 2020', '2019' or '19 Jul–25 Jul 2021' for an inclusive period."""
    if pd.isna(start):
        return "unknown date"
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if start.day == 1 and end == start + pd.offsets.MonthEnd(0):
        return f"{start:%B %Y}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"{start.year}"
    return f"{start.day} {start:%b %Y}–{end.day} {end:%b %Y}"


def _where(claim: dict) -> str:
    day = "" if pd.isna(claim["published"]) else f"{claim['published'].day} {claim['published']:%b %Y}"
    return ", ".join(p for p in (claim["source"], day) if p)


def _summary(a: dict, b: dict, flag: str, magnitude: float) -> str:
    head = f"{b['thread_label']}: {describe_value(a)} ({_where(a)}) → {describe_value(b)} ({_where(b)})"
    if a["kind"] != "date" and flag in ("increase", "decrease", "revised", "conflict", "outlier"):
        low, high = change_range(a["value_low"], a["value_high"], b["value_low"], b["value_high"])
        if not math.isnan(low):
            pct = sorted({round(100 * low), round(100 * high)}, key=abs)
            span = " to ".join(f"{p:+d} %" for p in pct)
            return f"{head}: {flag} ({span})"
    if a["kind"] == "date" and flag in ("postponed", "advanced"):
        return f"{head}: deadline {flag} by {abs(int(magnitude))} days"
    return f"{head}: {flag}"
