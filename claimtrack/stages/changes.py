"""``flag_changes``: how each thread moved, read off its story line (see :mod:`claimtrack.stages.storyline`).

Each row compares one article's report of a thread with the thread's level when it was published:
a figure months old is not compared with a new one as news, and a report flagged ``conflict`` or
``outlier`` never becomes the base of the next comparison.
"""

from __future__ import annotations

import itertools
import math

import pandas as pd

from ..grammar.lexicon import Lexicon, default_lexicon
from ..schema import ALIGNED, CHANGES, conform, empty, short_ids, validate
from .keys import say_what
from .storyline import CONFLICT_DAYS, mid, story

_COLUMNS = [
    "thread_id",
    "thread_label",
    "claim_id",
    "short_id",
    "article_id",
    "published",
    "source",
    "kind",
    "start",
    "speaker",
    "value_low",
    "value_high",
    "surface",
    "qualifier",
    "unit",
    "date_start",
    "date_end",
    "role",
    "granularity",
    "sentence",
]


def flag_changes(
    aligned: pd.DataFrame, *, conflict_days: int = CONFLICT_DAYS, lexicon: Lexicon | None = None
) -> pd.DataFrame:
    """The changes table: one row per report of a thread compared with the thread's level before it.

    Claims about another time than their article's day stay in their thread but are not reports:
    a past level ('down from 4,500', ``direction`` 'from' or ``tense`` 'past') and a figure its
    clause dates back (a non-empty ``as_of``). Nor is a change ('another 2,000 troops', ``aspect``
    'change'): each is of its own event, and one is not a revision of another. Targets ('to 2,500
    by Jan. 15', ``tense`` 'target') are a story line of their own, the plan, compared with earlier
    targets only. A report that the next report, within ``conflict_days``, contradicts in favour of
    the level is a ``conflict``. Sums, shares and people whose clause says nothing of what they are
    ('$550 million', '388 people') are never said to move: two of them need not be the same quantity.
    """
    validate(aligned, ALIGNED, "aligned claims")
    lex = lexicon or default_lexicon()
    keep = of_its_own_day(aligned) & (aligned["aspect"] != "change")
    news = aligned[keep & say_what(aligned, lex)].assign(short_id=short_ids(aligned))
    news = news.assign(line=(news["tense"] == "target").map({True: "target", False: ""}))
    spread = news.groupby(["thread_id", "line"])["article_id"].transform("nunique")
    ordered = news[spread >= 2].sort_values(["thread_id", "line", "published", "article_id", "start"], kind="stable")
    rows = []
    records = ordered[[*_COLUMNS, "line"]].to_dict("records")
    for _line, thread in itertools.groupby(records, key=lambda r: (r["thread_id"], r["line"])):
        rows.extend(_row(step.before, step.after, step.flag) for step in story(list(thread), conflict_days))
    if not rows:
        return empty(CHANGES)
    return validate(conform(pd.DataFrame(rows), CHANGES), CHANGES, "changes")


def _row(a: dict, b: dict, flag: str) -> dict:
    if a["kind"] == "date":
        undated = pd.isna(a["date_end"]) or pd.isna(b["date_end"])
        magnitude = math.nan if undated else float((b["date_end"] - a["date_end"]).days)
    else:
        base = mid(a["value_low"], a["value_high"])
        magnitude = (mid(b["value_low"], b["value_high"]) - base) / base if base else math.nan
    return {
        "change_id": f"{a['short_id']}-{b['short_id']}",
        "thread_id": b["thread_id"],
        "from_claim_id": a["claim_id"],
        "to_claim_id": b["claim_id"],
        "flag": flag,
        "magnitude": magnitude,
        "days_apart": _days(a, b),
        "summary": _summary(a, b, flag, magnitude),
        "thread_label": b["thread_label"],
    }


def _days(a: dict, b: dict) -> int:
    if pd.isna(a["published"]) or pd.isna(b["published"]):
        return 0
    return int((b["published"] - a["published"]).days)


def change_range(a_low: float, a_high: float, b_low: float, b_high: float) -> tuple[float, float]:
    """The smallest and largest relative change between two ranges (5,000-6,000 → 2,500: -0.5, -0.583)."""
    finite = [x for x in (a_low, a_high) if x and not math.isinf(x)]
    targets = [x for x in (b_low, b_high) if not math.isinf(x)]
    changes = [(t - f) / f for f in finite for t in targets if t or b_high == 0]
    return (min(changes, key=abs), max(changes, key=abs)) if changes else (math.nan, math.nan)


def of_its_own_day(claims: pd.DataFrame) -> pd.Series:
    """Which claims say what stood when their article was published: not a past level ('down from
    4,500', ``direction`` 'from' or ``tense`` 'past') nor a figure their clause dates back (``as_of``)."""
    return claims["as_of"].isna() & (claims["direction"] != "from") & (claims["tense"] != "past")


def describe_value(claim: dict) -> str:
    """A claim's value as an editor would write it: '5,000–6,000', 'about 2,500', 'May 2020',
    'about $550 million'."""
    if claim["kind"] == "date":
        return describe_period(claim["date_start"], claim["date_end"], claim.get("granularity", ""))
    low, high, q = claim["value_low"], claim["value_high"], claim["qualifier"]
    unit = claim.get("unit") or ""
    fmt = (lambda x: _amount(x, unit)) if claim["kind"] == "money" else _plain  # noqa: E731
    if math.isinf(high):
        return f"{q} {fmt(low)}" if q in ("more than", "at least") else f"at least {fmt(low)}"
    if q in ("less than", "up to"):
        return f"{q} {fmt(high)}"
    if low != high:
        return f"{fmt(low)}–{fmt(high)}"
    return f"{q} {fmt(low)}" if q not in ("exact", "between", "") else fmt(low)


def _plain(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def _amount(x: float, currency: str) -> str:
    """A sum as a newspaper writes it: '$916 million', '4.5 billion EUR', '$12,500'.

    >>> _amount(916e6, "USD"), _amount(4.5e9, "EUR"), _amount(12500, "USD")
    ('$916 million', '4.5 billion EUR', '$12,500')
    """
    scaled = next(((x / size, word) for size, word in _SCALES if abs(x) >= size), None)
    text = f"{scaled[0]:,.2f}".rstrip("0").rstrip(".") + f" {scaled[1]}" if scaled else _plain(x)
    return f"${text}" if currency == "USD" else f"{text} {currency}".strip()


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


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
    label = f"{b['thread_label']} (target)" if b.get("line") == "target" else b["thread_label"]
    head = f"{label}: {describe_value(a)} ({_where(a)}) → {describe_value(b)} ({_where(b)})"
    if a["kind"] != "date" and flag in ("increase", "decrease", "revised", "conflict", "outlier"):
        low, high = change_range(a["value_low"], a["value_high"], b["value_low"], b["value_high"])
        if not math.isnan(low):
            pct = sorted({round(100 * low), round(100 * high)}, key=abs)
            span = " to ".join(f"{p:+d} %" for p in pct)
            return f"{head}: {flag} ({span})"
    if a["kind"] == "date" and flag in ("postponed", "advanced") and not math.isnan(magnitude):
        return f"{head}: {flag} by {abs(int(magnitude))} days"
    return f"{head}: {flag}"
