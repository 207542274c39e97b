"""Tables of articles (CSV, JSONL, Parquet, a caller's DataFrame, a folder's metadata.csv) read into
rows of the articles table; whatever cannot be read is skipped with a warning naming it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from ..errors import ClaimtrackError, warn, where
from ..schema import ARTICLES
from .reading import decode

# other names of the articles table's columns
COLUMN_ALIASES = {"date": "published", "body": "text", "content": "text", "outlet": "source", "id": "article_id"}


_MAX_BAD_LINES = 5  # JSONL lines that are not objects warned of one by one; the rest in one warning
Skipped = list[dict[str, str]]  # what could not be read: path and problem


def no_articles() -> pd.DataFrame:
    """An articles frame with no rows."""
    return pd.DataFrame(columns=list(ARTICLES))


def skip(skipped: Skipped, path: str | Path, problem: str) -> None:
    """Warn that ``path`` is skipped and why, and list it in ``skipped``."""
    warn(path, problem)
    skipped.append({"path": str(path), "problem": problem})


def apply_metadata(frame: pd.DataFrame, meta_path: Path, skipped: Skipped) -> pd.DataFrame:
    """A folder's articles with the published date, source, title and URL its metadata.csv gives."""
    meta = read_table(meta_path, skipped)
    if not len(meta.columns):
        return frame
    meta = meta.rename(columns=COLUMN_ALIASES)
    if "article_id" not in meta.columns:
        warn(meta_path, f"has no article_id column (columns: {list(meta.columns)}); ignored it")
        return frame
    dups = sorted(set(meta.loc[meta["article_id"].duplicated(), "article_id"]))
    if dups:
        warn(meta_path, f"more than one row for {dups[:5]}; used the last")
    meta = meta.drop_duplicates("article_id", keep="last").set_index("article_id")
    unknown = sorted(set(meta.index) - set(frame["article_id"]))
    if unknown:
        warn(meta_path, f"rows for articles not found beside it: {unknown[:5]}")
    frame = frame.copy()
    for col in ("published", "source", "title", "url"):
        if col not in meta.columns:
            continue
        values = frame["article_id"].map(meta[col].astype(object).where(meta[col].astype(str).str.strip() != ""))
        has = values.notna()
        if col not in frame.columns:
            frame[col] = pd.Series(pd.NA, index=frame.index, dtype=object)
        frame[col] = frame[col].astype(object).where(~has, values)
        if col == "published":
            if "published_from" not in frame.columns:
                frame["published_from"] = ""
            frame["published_from"] = frame["published_from"].where(~has, "metadata.csv")
    return frame


def read_table(path: Path, skipped: Skipped) -> pd.DataFrame:
    """A CSV/JSONL/Parquet file as a frame of its raw values; an empty frame if it cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        text, problem = decode(path.read_bytes())
        if text is None:
            skip(skipped, path, problem)
            return pd.DataFrame()
        if problem:
            warn(path, problem)
        if suffix == ".jsonl":
            return _read_jsonl(text, path, skipped)
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except OSError as exc:
        skip(skipped, path, f"could not be read ({exc.strerror or str(exc).splitlines()[0]})")
    except Exception as exc:  # noqa: BLE001 - pandas and pyarrow raise many kinds; each is reported, never fatal
        message = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        skip(skipped, path, f"could not be read as {suffix[1:]}: {message}")
    return pd.DataFrame()


def _read_jsonl(text: str, path: Path, skipped: Skipped) -> pd.DataFrame:
    """The JSON objects of a JSONL file, one a line; other lines skipped, each named."""
    records, bad = [], []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append((no, f"line {no} is not valid JSON ({exc.msg})"))
            continue
        if not isinstance(record, dict):
            bad.append((no, f"line {no} is not a JSON object"))
            continue
        records.append(record)
    for n, (no, problem) in enumerate(bad):
        if n < _MAX_BAD_LINES:
            skip(skipped, f"{path}:{no}", problem)
        else:
            skipped.append({"path": f"{path}:{no}", "problem": problem})
    if len(bad) > _MAX_BAD_LINES:
        warn(path, f"{len(bad) - _MAX_BAD_LINES} more lines are not JSON objects (all listed as skipped)")
    return pd.DataFrame(records, dtype=object) if records else pd.DataFrame(columns=["text"])


def from_table(table: pd.DataFrame, origin: str | Path, skipped: Skipped) -> pd.DataFrame:
    """The articles of a table (a file's or a caller's DataFrame): its columns by their usual names,
    an id for each row, rows whose text is no article skipped."""
    if not len(table.columns):
        return no_articles()
    table = table.rename(columns={c: COLUMN_ALIASES.get(str(c).lower(), str(c).lower()) for c in table.columns})
    if "text" not in table.columns:
        raise ClaimtrackError(where(origin, f"has no 'text' column (columns: {list(table.columns)})"))
    if not len(table) and origin != "DataFrame":
        raise ClaimtrackError(where(origin, "has no rows"))
    table = table.loc[:, ~table.columns.duplicated()].copy()
    stem = Path(str(origin)).stem if origin != "DataFrame" else "article"
    given = table["article_id"] if "article_id" in table.columns else [None] * len(table)
    urls = table["url"] if "url" in table.columns else [None] * len(table)
    ids = []  # the given id, else the last segment of the url, else <file stem>-<row number>
    for n, (aid, url) in enumerate(zip(given, urls, strict=True), 1):
        aid = "" if missing(aid) else str(aid).strip()
        if not aid and not missing(url):
            aid = str(url).strip().rstrip("/").rsplit("/", 1)[-1]
        ids.append(aid or f"{stem}-{n}")
    table["article_id"] = pd.Series(ids, index=table.index, dtype=object)
    if "path" not in table.columns:
        table["path"] = "" if origin == "DataFrame" else str(origin)
    if "published" in table.columns and "published_from" not in table.columns:
        table["published_from"] = "column"
    problems = table["text"].astype(object).map(_text_problem)
    for aid, problem in zip(table.loc[problems != "", "article_id"], problems[problems != ""], strict=True):
        skip(skipped, f"{origin} [{aid}]", problem)
    return table[problems == ""].reset_index(drop=True)


def _text_problem(value) -> str:
    """Why a table row's text cannot be an article ('' when it can)."""
    if isinstance(value, str):
        return "" if value.strip() else "empty text"
    if missing(value):
        return "empty text"
    return f"text is not a string ({type(value).__name__})"


def missing(value) -> bool:
    """Whether a cell holds no value (None, NA, NaT, NaN)."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)
