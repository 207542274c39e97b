"""The columns and dtypes of every table, and ``validate`` to check a frame against them.

Each public stage returns a frame whose leading columns are exactly its schema's, in order.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping

import pandas as pd

from .errors import ClaimtrackError

STR = "str"
DATE = "datetime64[ns]"
INT = "int64"
FLOAT = "float64"
BOOL = "bool"

ARTICLES: dict[str, str] = {
    "article_id": STR,
    "published": DATE,
    "source": STR,
    "title": STR,
    "url": STR,
    "text": STR,
    "path": STR,
    "published_from": STR,
}

CLAIMS: dict[str, str] = {
    "claim_id": STR,
    "short_id": STR,
    "article_id": STR,
    "published": DATE,
    "source": STR,
    "kind": STR,
    "start": INT,
    "end": INT,
    "surface": STR,
    "sentence": STR,
    "value_low": FLOAT,
    "value_high": FLOAT,
    "qualifier": STR,
    "unit": STR,
    "subject": STR,
    "date_start": DATE,
    "date_end": DATE,
    "role": STR,
    "speaker": STR,
    "hedged": BOOL,
    "granularity": STR,
    "anchor": STR,
    "direction": STR,
    "as_of": DATE,
    "aspect": STR,
    "tense": STR,
}

ALIGNED: dict[str, str] = {
    **CLAIMS,
    "thread_id": STR,
    "thread_label": STR,
    "thread_reason": STR,
}

CHANGES: dict[str, str] = {
    "change_id": STR,
    "thread_id": STR,
    "from_claim_id": STR,
    "to_claim_id": STR,
    "flag": STR,
    "magnitude": FLOAT,
    "days_apart": INT,
    "summary": STR,
    "thread_label": STR,
    "review": STR,
}

THREADS: dict[str, str] = {
    "thread_id": STR,
    "thread_label": STR,
    "kind": STR,
    "first_seen": DATE,
    "last_seen": DATE,
    "claims": INT,
    "articles": INT,
    "outlets": STR,
    "first_value": STR,
    "latest_value": STR,
    "overall_change": STR,
    "flags": STR,
}

# The values a column may hold ('' where it does not apply: a number has no role, a date no tense).
# docs/contract.md lists them; tests/test_contract.py checks it does, and that the pipeline keeps to them.
PUBLISHED_FROM = ("front matter", "metadata.csv", "column", "dateline", "html meta")
KINDS = ("count", "money", "percent", "measure", "date")
QUALIFIERS = ("exact", "about", "nearly", "more than", "at least", "less than", "up to", "between", "vague")
ROLES = ("event", "deadline", "plan")
GRANULARITIES = (
    "hour",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "quarter",
    "half",
    "season",
    "year",
    "years",
    "decade",
    "century",
)
ANCHORS = ("absolute", "publication", "text")
DIRECTIONS = ("from", "to")
ASPECTS = ("level", "change", "rate", "usual", "peak", "part")
TENSES = ("current", "past", "target")
REVIEWED = ("accepted",)
FLAGS = ("increase", "decrease", "revised", "unchanged", "conflict", "outlier", "postponed", "advanced", "consistent")
# The flags that say the story changed: what the CLI, the report, the notebook summary and the charts
# count and show as changes (not 'unchanged', nor 'consistent').
CHANGED = ("increase", "decrease", "revised", "conflict", "outlier", "postponed", "advanced")
VALUES: dict[str, dict[str, tuple[str, ...]]] = {
    "articles": {"published_from": PUBLISHED_FROM},
    "claims": {
        "kind": KINDS,
        "qualifier": QUALIFIERS,
        "role": ROLES,
        "granularity": GRANULARITIES,
        "anchor": ANCHORS,
        "direction": DIRECTIONS,
        "aspect": ASPECTS,
        "tense": TENSES,
    },
    "changes": {"flag": FLAGS, "review": REVIEWED},
    "threads": {"kind": KINDS},
}


def short_id(claim_id: str) -> str:
    """A claim's short id: 8 lower-case base32 characters of a hash of its ``claim_id``, as stable as
    it and short enough to type in a review file.

    >>> short_id("a:0-5")
    'zuirj7sm'
    """
    digest = hashlib.blake2b(claim_id.encode("utf-8"), digest_size=5).digest()
    return base64.b32encode(digest).decode("ascii").lower()


def short_ids(claims: pd.DataFrame) -> pd.Series:
    """The ``short_id`` column of ``claims``, computed from ``claim_id`` where it is empty or missing
    (a table built by hand)."""
    given = claims["short_id"] if "short_id" in claims.columns else pd.Series("", index=claims.index)
    blank = given.fillna("") == ""
    if not blank.any():
        return given
    return given.where(~blank, claims["claim_id"].where(blank, "").map(short_id)).astype(STR)


_FILL = {STR: "", FLOAT: float("nan"), INT: 0, BOOL: False}


def empty(schema: Mapping[str, str]) -> pd.DataFrame:
    """An empty frame with the schema's columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in schema.items()})


def conform(df: pd.DataFrame, schema: Mapping[str, str]) -> pd.DataFrame:
    """Put the schema's columns first, in order and with their dtypes; keep any extra columns."""
    out = df.copy(deep=False)  # copy-on-write: the caller's frame is never changed
    for col, dtype in schema.items():
        if col not in out.columns:
            out[col] = pd.Series(_FILL.get(dtype, pd.NaT), index=out.index)
        if str(out[col].dtype) == dtype and not (dtype == STR and out[col].hasnans):
            continue
        if dtype == DATE:
            out[col] = pd.to_datetime(out[col], errors="coerce").astype(DATE)
        elif dtype == STR:
            out[col] = out[col].where(out[col].notna(), "").astype(str).astype(STR)
        else:
            out[col] = out[col].astype(dtype)
    extra = [c for c in out.columns if c not in schema]
    return out[list(schema) + extra].reset_index(drop=True)


def validate(df: pd.DataFrame, schema: Mapping[str, str], name: str = "table") -> pd.DataFrame:
    """Raise :class:`ClaimtrackError` unless ``df`` has every schema column with its dtype.

    >>> validate(empty(CHANGES), CHANGES, "changes").shape[1]
    10
    """
    missing = [c for c in schema if c not in df.columns]
    if missing:
        raise ClaimtrackError(f"{name}: missing columns {missing}")
    wrong = {c: str(df[c].dtype) for c, t in schema.items() if str(df[c].dtype) != t}
    if wrong:
        raise ClaimtrackError(f"{name}: wrong dtypes {wrong}, expected {dict(schema)}")
    return df
