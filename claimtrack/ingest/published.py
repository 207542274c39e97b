"""When an article was published: a ``published`` value read as a date, or the dateline near the
top of its text."""

from __future__ import annotations

import re
from datetime import date, datetime

import pandas as pd

from ..grammar.dates import find_dates
from .tables import missing

_PARTIAL = re.compile(r"\d{4}(?:[-/.]\d\d?)?|[A-Za-z]+\.?,? \d{4}")


def infer_published(text: str) -> date | None:
    """The publication date a dateline near the top of ``text`` gives, if any.

    >>> infer_published("Title\\nWednesday 08/07/2020\\nWASHINGTON - ...")
    datetime.date(2020, 7, 8)
    """
    for m in find_dates(text[:800], None):
        if m.granularity == "day" and m.anchor == "absolute" and m.date_start:
            return m.date_start
    return None


def as_timestamp(value) -> tuple[pd.Timestamp | None, str]:
    """A ``published`` value as a naive Timestamp (its local wall time) and what was wrong with it;
    ``(None, problem)`` when it is not a usable date (no year is a problem: no hidden clock)."""
    if missing(value):
        return None, ""
    text = str(value).strip()
    if isinstance(value, (pd.Timestamp, datetime, date)):
        ts = pd.Timestamp(value)
    elif not text:
        return None, ""
    elif not re.search(r"\d{4}|\d[/.-]\d\d?[/.-]\d\d\b", text):
        return None, f"published {text!r} is not a date" + (" (no year)" if re.search(r"\d", text) else "")
    else:
        try:
            ts = pd.Timestamp(text)
        except (ValueError, OverflowError):
            return None, f"published {text!r} is not a date"
    if ts is pd.NaT:
        return None, f"published {text!r} is not a date"
    try:
        ts = (ts.tz_localize(None) if ts.tzinfo is not None else ts).as_unit("ns")
    except (ValueError, OverflowError):
        return None, f"published {text!r} is out of the range of dates (1677–2262)"
    if _PARTIAL.fullmatch(text):
        return ts, f"published {text!r} gives no day; read it as {ts.date()}"
    return ts, ""
