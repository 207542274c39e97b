"""``load_articles``: folders of .txt/.md with YAML front matter, metadata.csv, CSV/JSONL/Parquet
files and DataFrames, read into the articles table; publication dates inferred from datelines.

Whatever cannot be read is reported in an :class:`InputWarning` naming the file and the problem
and listed in ``articles.attrs["skipped"]``; nothing is dropped silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from os import PathLike
from pathlib import Path

import pandas as pd
import yaml

from .dates import find_dates
from .errors import ClaimtrackError, warn, where
from .schema import ARTICLES, conform

TEXT_SUFFIXES = (".txt", ".md")
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
LARGE_BYTES = 5_000_000
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HTML = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body)", re.I)
_COLUMN_ALIASES = {"date": "published", "body": "text", "content": "text", "outlet": "source", "id": "article_id"}

Source = str | PathLike | pd.DataFrame | Iterable[str | PathLike]


class _TextDates(yaml.SafeLoader):
    """YAML that leaves dates as text, so a bad one ('2021-02-30') is reported, not fatal."""


_TextDates.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_articles(source: Source) -> pd.DataFrame:
    """Read articles from a folder, a file, a list of paths or a DataFrame into the articles table.

    >>> frame = pd.DataFrame({"text": ["On Friday 2,500 troops left."], "published": ["2021-07-24"]})
    >>> load_articles(frame).loc[0, "article_id"]
    'article-1'
    """
    skipped: list[dict[str, str]] = []
    if isinstance(source, pd.DataFrame):
        frame = _from_table(source, "DataFrame", skipped)
    else:
        paths = [source] if isinstance(source, (str, PathLike)) else list(source)
        frames = [_from_path(Path(p), skipped) for p in paths]
        frame = pd.concat([f for f in frames if len(f)], ignore_index=True) if any(len(f) for f in frames) else _empty()
    frame = _finish(frame, skipped)
    frame.attrs["skipped"] = skipped
    return frame


def _empty() -> pd.DataFrame:
    return pd.DataFrame(columns=list(ARTICLES))


def _skip(skipped: list[dict[str, str]], path: str | Path, problem: str) -> None:
    warn(path, problem)
    skipped.append({"path": str(path), "problem": problem})


def _from_path(path: Path, skipped: list[dict[str, str]]) -> pd.DataFrame:
    if path.is_dir():
        return _from_folder(path, skipped)
    if not path.exists():
        raise ClaimtrackError(where(path, "no such file or folder"))
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        row = _read_text_file(path, skipped)
        return pd.DataFrame([row]) if row else _empty()
    if suffix in TABLE_SUFFIXES:
        return _from_table(_read_table(path, skipped), path, skipped)
    raise ClaimtrackError(where(path, f"unsupported file type; expected {TEXT_SUFFIXES + TABLE_SUFFIXES}"))


def _from_folder(folder: Path, skipped: list[dict[str, str]]) -> pd.DataFrame:
    frames = []
    for sub in sorted(p for p in folder.rglob("*") if p.is_dir()) + [folder]:
        files = sorted(p for p in sub.iterdir() if p.is_file() and not p.name.startswith("."))
        rows = []
        for path in files:
            suffix = path.suffix.lower()
            if path.name.lower() == "metadata.csv" or path.stem.upper().startswith("README"):
                continue
            if suffix in TEXT_SUFFIXES:
                row = _read_text_file(path, skipped)
                if row:
                    rows.append(row)
            elif suffix in TABLE_SUFFIXES:
                frames.append(_from_table(_read_table(path, skipped), path, skipped))
        frame = pd.DataFrame(rows) if rows else _empty()
        meta = sub / "metadata.csv"
        if meta.exists() and len(frame):
            frame = _apply_metadata(frame, meta, skipped)
        frames.append(frame)
    frames = [f for f in frames if len(f)]
    if not frames:
        _skip(skipped, folder, "no readable articles (.txt, .md, .csv, .jsonl, .parquet) found")
        return _empty()
    return pd.concat(frames, ignore_index=True)


def decode(raw: bytes, path: str | Path) -> tuple[str | None, str]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252 with a note.

    Returns ``(text, problem)``; ``text`` is ``None`` when the bytes are not text at all.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), ""
    if b"\x00" in raw[:8192]:
        return None, "binary data, not text (NUL bytes)"
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        note = f"not valid UTF-8 (byte {exc.start}); read as cp1252"
    try:
        return raw.decode("cp1252"), note
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "not valid UTF-8 (read as Latin-1)"


def _read_text_file(path: Path, skipped: list[dict[str, str]]) -> dict | None:
    raw = path.read_bytes()
    if len(raw) > LARGE_BYTES:
        warn(path, f"very large article ({len(raw) / 1e6:.1f} MB); reading it all")
    text, problem = decode(raw, path)
    if text is None:
        _skip(skipped, path, problem)
        return None
    if problem:
        warn(path, problem)
    if not text.strip():
        _skip(skipped, path, "empty file" if not text else "only whitespace")
        return None
    if _HTML.match(text):
        warn(path, "looks like an HTML page saved as text; markup is read as text")
    meta, body = _front_matter(text, path)
    row = {"article_id": path.stem, "text": body, "path": str(path)}
    for key in ("title", "source", "url"):
        if meta.get(key) not in (None, ""):
            row[key] = str(meta[key])
    if meta.get("published", meta.get("date")) not in (None, ""):
        row["published"] = meta.get("published", meta.get("date"))
        row["published_from"] = "front matter"
    if "title" not in row:
        first = body.strip().split("\n", 1)[0].strip()
        if 0 < len(first) < 200 and not first.endswith((".", "?", "!")):
            row["title"] = first
    return row


def _front_matter(text: str, path: Path) -> tuple[dict, str]:
    m = _FRONT.match(text)
    if not m:
        if text.startswith("---"):
            warn(path, "front matter opened with '---' but never closed; read the whole file as text")
        return {}, text
    try:
        meta = yaml.load(m.group(1), Loader=_TextDates) or {}
    except yaml.YAMLError as exc:
        warn(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]}); ignored it")
        return {}, text[m.end() :]
    if not isinstance(meta, dict):
        warn(path, "front matter is not a mapping of fields; ignored it")
        return {}, text[m.end() :]
    return {str(k).lower(): v for k, v in meta.items()}, text[m.end() :]


def _apply_metadata(frame: pd.DataFrame, meta_path: Path, skipped: list[dict[str, str]]) -> pd.DataFrame:
    meta = _read_table(meta_path, skipped).rename(columns=_COLUMN_ALIASES)
    if "article_id" not in meta.columns:
        warn(meta_path, "has no article_id column; ignored it")
        return frame
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


def _read_table(path: Path, skipped: list[dict[str, str]]) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix == ".jsonl":
            return _read_jsonl(path, skipped)
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding_errors="replace")
    except (ValueError, OSError, pd.errors.ParserError) as exc:
        _skip(skipped, path, f"could not be read as {suffix[1:]}: {exc}")
        return pd.DataFrame()


def _read_jsonl(path: Path, skipped: list[dict[str, str]]) -> pd.DataFrame:
    records = []
    text, problem = decode(path.read_bytes(), path)
    if text is None:
        _skip(skipped, path, problem)
        return pd.DataFrame()
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            _skip(skipped, f"{path}:{no}", f"line {no} is not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            _skip(skipped, f"{path}:{no}", f"line {no} is not a JSON object")
            continue
        records.append(record)
    return pd.DataFrame(records)


def _from_table(table: pd.DataFrame, origin: str | Path, skipped: list[dict[str, str]]) -> pd.DataFrame:
    if not len(table.columns):
        return _empty()
    table = table.rename(columns={c: _COLUMN_ALIASES.get(str(c).lower(), str(c).lower()) for c in table.columns})
    if "text" not in table.columns:
        raise ClaimtrackError(where(origin, f"has no 'text' column (columns: {list(table.columns)})"))
    table = table.copy()
    stem = Path(str(origin)).stem if origin != "DataFrame" else "article"
    if "article_id" not in table.columns:
        if "url" in table.columns:
            table["article_id"] = table["url"].astype(str).str.rstrip("/").str.rsplit("/", n=1).str[-1]
        else:
            table["article_id"] = [f"{stem}-{i}" for i in range(1, len(table) + 1)]
    table["article_id"] = table["article_id"].astype(str)
    if "path" not in table.columns:
        table["path"] = "" if origin == "DataFrame" else str(origin)
    if "published" in table.columns and "published_from" not in table.columns:
        table["published_from"] = "column"
    text = table["text"].astype(object)
    blank = text.isna() | (text.astype(str).str.strip() == "")
    for aid in table.loc[blank, "article_id"]:
        _skip(skipped, f"{origin} [{aid}]", "empty text")
    return table[~blank].reset_index(drop=True)


def infer_published(text: str) -> date | None:
    """The publication date a dateline near the top of ``text`` gives, if any.

    >>> infer_published("Title\\nWednesday 08/07/2020\\nWASHINGTON - ...")
    datetime.date(2020, 7, 8)
    """
    for m in find_dates(text[:800], None):
        if m.granularity == "day" and m.anchor == "absolute" and m.date_start:
            return m.date_start
    return None


def _finish(frame: pd.DataFrame, skipped: list[dict[str, str]]) -> pd.DataFrame:
    frame = frame.copy()
    for col in ARTICLES:
        if col not in frame.columns:
            frame[col] = "" if col != "published" else pd.NaT
    raw = frame["published"].astype(object)
    parsed = pd.to_datetime(raw.where(raw.astype(str).str.strip() != ""), errors="coerce", format="mixed")
    bad = parsed.isna() & raw.notna() & (raw.astype(str).str.strip() != "")
    for i in frame.index[bad]:
        warn(frame.at[i, "path"] or frame.at[i, "article_id"], f"published {raw[i]!r} is not a date; inferring it")
    frame["published"] = parsed.dt.tz_localize(None) if parsed.dt.tz is not None else parsed
    frame["published_from"] = frame["published_from"].where(frame["published"].notna(), "")
    for i in frame.index[frame["published"].isna()]:
        day = infer_published(str(frame.at[i, "text"]))
        if day is not None:
            frame.at[i, "published"] = pd.Timestamp(day)
            frame.at[i, "published_from"] = "dateline"
        else:
            warn(frame.at[i, "path"] or frame.at[i, "article_id"], "no publication date given or found in the text")
    frame = _unique_ids(frame)
    frame["text"] = frame["text"].astype(str)
    return conform(frame, ARTICLES)


def _unique_ids(frame: pd.DataFrame) -> pd.DataFrame:
    seen: dict[str, int] = {}
    ids = []
    for aid, path in zip(frame["article_id"].astype(str), frame["path"].astype(str), strict=True):
        n = seen.get(aid, 0) + 1
        seen[aid] = n
        if n > 1:
            warn(path or aid, f"duplicate article_id {aid!r}; renamed to {aid}-{n}")
            aid = f"{aid}-{n}"
        ids.append(aid)
    frame["article_id"] = ids
    texts = frame["text"].astype(str)
    for aid in frame.loc[texts.duplicated(), "article_id"]:
        warn(aid, "same text as an earlier article; kept both")
    return frame
