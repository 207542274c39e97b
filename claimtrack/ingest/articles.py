"""``load_articles``: folders of .txt/.md with YAML front matter, metadata.csv, CSV/JSONL/Parquet
files and DataFrames, read into the articles table; publication dates inferred from datelines.

Whatever cannot be read is reported in an :class:`InputWarning` naming the file and the problem
and listed in ``articles.attrs["skipped"]`` (``path``, ``problem``); nothing is dropped silently,
and one bad input never stops the rest of a corpus. Skipped: empty, whitespace-only, binary and
unreadable files, tables that cannot be parsed or have no text column, JSONL lines that are not
JSON objects, rows whose text is empty or not a string, missing paths, folders with no article.
Only when nothing at all can be read is it a :class:`ClaimtrackError` (its message lists why).
Repaired, with a warning: text that is not UTF-8 (see :mod:`claimtrack.ingest.reading`), front matter
that does not parse, ``published`` values that are not dates (``yesterday``, ``2021-02-30``,
no year, out of range: the date is then inferred), lone surrogates, duplicate ids (``a-2``).
Very large articles are read whole, with a warning; files of other types in a folder are named.

HTML pages saved as .txt/.md are blanked out in place (:func:`claimtrack.ingest.reading.visible_text`):
tags, scripts and styles become spaces, an entity its character padded with spaces, so the
stored ``text`` keeps the page's length and every claim offset is also the offset into the page
as read (after any front matter). Title, date, outlet and URL come from the page's ``<title>``
and meta tags (``published_from`` is ``html meta``), else the date from a dateline.

Files and folders are read in :mod:`claimtrack.ingest.files`, tables in :mod:`claimtrack.ingest.tables`,
dates in :mod:`claimtrack.ingest.published`; this module puts their rows together into the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from os import PathLike
from pathlib import Path

import pandas as pd

from ..errors import ClaimtrackError, warn, where
from ..schema import ARTICLES, conform
from .files import from_path
from .published import as_timestamp, infer_published
from .tables import Skipped, from_table, missing

_SURROGATE = re.compile(r"[\ud800-\udfff]")

Source = str | PathLike | pd.DataFrame | Iterable[str | PathLike]


def load_articles(source: Source) -> pd.DataFrame:
    """Read articles from a folder, a file, a list of paths or a DataFrame into the articles table.

    >>> frame = pd.DataFrame({"text": ["On Friday 2,500 troops left."], "published": ["2021-07-24"]})
    >>> load_articles(frame).loc[0, "article_id"]
    'article-1'
    """
    skipped: Skipped = []
    if isinstance(source, pd.DataFrame):
        frame = from_table(source, "DataFrame", skipped)
    else:
        paths = [source] if isinstance(source, (str, PathLike)) else list(source)
        frames = [f for f in (from_path(Path(p), skipped) for p in paths) if len(f)]
        if not frames:
            named = ", ".join(str(Path(p)) for p in paths) or "no paths given"
            reasons = "; ".join(where(s["path"] if s["path"] != named else "", s["problem"]) for s in skipped[:5])
            more = f" (and {len(skipped) - 5} more)" if len(skipped) > 5 else ""
            raise ClaimtrackError(where(named, f"no article could be read{': ' + reasons + more if reasons else ''}"))
        frame = pd.concat(frames, ignore_index=True)
    frame = _finish(frame)
    frame.attrs["skipped"] = skipped
    return frame


def _label(frame: pd.DataFrame, i) -> str:
    """How to name row ``i`` in a warning: its file, with the article id for a table row."""
    path, aid = str(frame.at[i, "path"] or ""), str(frame.at[i, "article_id"])
    return path if path and Path(path).stem == aid else f"{path} [{aid}]" if path else aid


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    """The articles table: every column, text columns as strings, published dates read or inferred, ids unique."""
    frame = frame.copy()
    for col in ARTICLES:
        if col not in frame.columns:
            frame[col] = "" if col != "published" else pd.NaT
    _as_strings(frame)
    _published(frame)
    return conform(_unique_ids(frame), ARTICLES)


def _as_strings(frame: pd.DataFrame) -> None:
    """The text columns as strings ('' for none), lone surrogates replaced (in place)."""
    for col in ("article_id", "source", "title", "url", "text", "path", "published_from"):
        values = ["" if missing(v) else str(v) for v in frame[col].astype(object)]
        for n, value in enumerate(values):
            if _SURROGATE.search(value):  # from JSON escapes or file names; UTF-8 cannot hold them
                values[n] = _SURROGATE.sub("\ufffd", value)
                if col == "text":
                    warn(_label(frame, frame.index[n]), "text holds lone surrogates; replaced them with U+FFFD")
        frame[col] = pd.Series(values, index=frame.index, dtype=object)


def _published(frame: pd.DataFrame) -> None:
    """The published column as dates, each value read once; a missing or bad one inferred from the
    article's dateline (in place)."""
    parsed, published = {}, []
    for i, value in zip(frame.index, frame["published"].astype(object), strict=True):
        key = (type(value), str(value))
        if key not in parsed:
            parsed[key] = as_timestamp(value)
        ts, problem = parsed[key]
        if problem:
            warn(_label(frame, i), problem + ("; inferring it from the text" if ts is None else ""))
        published.append(ts if ts is not None else pd.NaT)
    frame["published"] = pd.to_datetime(pd.Series(published, index=frame.index, dtype=object)).astype("datetime64[ns]")
    frame["published_from"] = frame["published_from"].where(frame["published"].notna(), "")
    for i in frame.index[frame["published"].isna()]:
        day = infer_published(frame.at[i, "text"])
        if day is not None:
            frame.at[i, "published"] = pd.Timestamp(day)
            frame.at[i, "published_from"] = "dateline"
        else:
            warn(_label(frame, i), "no publication date given or found in the text")


def _unique_ids(frame: pd.DataFrame) -> pd.DataFrame:
    seen: dict[str, int] = {}
    ids = []
    for aid, path in zip(frame["article_id"], frame["path"], strict=True):
        n = seen.get(aid, 0) + 1
        seen[aid] = n
        while n > 1 and f"{aid}-{n}" in seen:
            n += 1
        if n > 1:
            warn(path or aid, f"duplicate article_id {aid!r}; renamed to {aid}-{n}")
            seen[f"{aid}-{n}"] = 1
            aid = f"{aid}-{n}"
        ids.append(aid)
    frame["article_id"] = ids
    for aid in frame.loc[frame["text"].duplicated(), "article_id"]:
        warn(aid, "same text as an earlier article; kept both")
    return frame
