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
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from datetime import date, datetime
from os import PathLike
from pathlib import Path

import pandas as pd

from ..errors import ClaimtrackError, warn, where
from ..grammar.dates import find_dates
from ..schema import ARTICLES, conform
from .reading import HTML_START, decode, front_matter, html_meta, visible_text

TEXT_SUFFIXES = (".txt", ".md")
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
LARGE_BYTES = 5_000_000
_COLUMN_ALIASES = {"date": "published", "body": "text", "content": "text", "outlet": "source", "id": "article_id"}
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_PARTIAL = re.compile(r"\d{4}(?:[-/.]\d\d?)?|[A-Za-z]+\.?,? \d{4}")
_MAX_BAD_LINES = 5

Source = str | PathLike | pd.DataFrame | Iterable[str | PathLike]
Skipped = list[dict[str, str]]


def load_articles(source: Source) -> pd.DataFrame:
    """Read articles from a folder, a file, a list of paths or a DataFrame into the articles table.

    >>> frame = pd.DataFrame({"text": ["On Friday 2,500 troops left."], "published": ["2021-07-24"]})
    >>> load_articles(frame).loc[0, "article_id"]
    'article-1'
    """
    skipped: Skipped = []
    if isinstance(source, pd.DataFrame):
        frame = _from_table(source, "DataFrame", skipped)
    else:
        paths = [source] if isinstance(source, (str, PathLike)) else list(source)
        frames = [f for f in (_from_path(Path(p), skipped) for p in paths) if len(f)]
        if not frames:
            named = ", ".join(str(Path(p)) for p in paths) or "no paths given"
            reasons = "; ".join(where(s["path"] if s["path"] != named else "", s["problem"]) for s in skipped[:5])
            more = f" (and {len(skipped) - 5} more)" if len(skipped) > 5 else ""
            raise ClaimtrackError(where(named, f"no article could be read{': ' + reasons + more if reasons else ''}"))
        frame = pd.concat(frames, ignore_index=True)
    frame = _finish(frame, skipped)
    frame.attrs["skipped"] = skipped
    return frame


def _empty() -> pd.DataFrame:
    return pd.DataFrame(columns=list(ARTICLES))


def _skip(skipped: Skipped, path: str | Path, problem: str) -> None:
    warn(path, problem)
    skipped.append({"path": str(path), "problem": problem})


def _from_path(path: Path, skipped: Skipped) -> pd.DataFrame:
    if path.is_dir():
        return _from_folder(path, skipped)
    if not path.exists():
        _skip(skipped, path, "no such file or folder")
    elif path.suffix.lower() in TEXT_SUFFIXES:
        row = _guarded(_read_text_file, path, skipped)
        return pd.DataFrame([row]) if row else _empty()
    elif path.suffix.lower() in TABLE_SUFFIXES:
        return _guarded(_read_table_file, path, skipped)
    else:
        _skip(skipped, path, f"unsupported file type; expected one of {', '.join(TEXT_SUFFIXES + TABLE_SUFFIXES)}")
    return _empty()


def _guarded(read, path: Path, skipped: Skipped):
    """``read(path, skipped)``, with a file that cannot be used skipped, not raised (None, or empty)."""
    try:
        return read(path, skipped)
    except ClaimtrackError as exc:
        _skip(skipped, path, str(exc).removeprefix(f"{path}: "))
    except OSError as exc:
        _skip(skipped, path, f"could not be read ({exc.strerror or exc})")
    return None if read is _read_text_file else _empty()


def _from_folder(folder: Path, skipped: Skipped) -> pd.DataFrame:
    frames, others = [], []
    try:
        subs = sorted(p for p in folder.rglob("*") if p.is_dir() and not p.name.startswith(".")) + [folder]
    except OSError as exc:
        subs = [folder]
        warn(folder, f"could not list its subfolders ({exc.strerror or exc})")
    for sub in subs:
        try:
            files = sorted(p for p in sub.iterdir() if p.is_file() and not p.name.startswith("."))
        except OSError as exc:
            _skip(skipped, sub, f"could not be listed ({exc.strerror or exc})")
            continue
        rows = []
        for path in files:
            suffix = path.suffix.lower()
            if path.name.lower() == "metadata.csv" or path.stem.upper().startswith("README"):
                continue
            if suffix in TEXT_SUFFIXES:
                row = _guarded(_read_text_file, path, skipped)
                if row:
                    rows.append(row)
            elif suffix in TABLE_SUFFIXES:
                frames.append(_guarded(_read_table_file, path, skipped))
            else:
                others.append(str(path.relative_to(folder)))
        frame = pd.DataFrame(rows) if rows else _empty()
        meta = sub / "metadata.csv"
        if meta.exists() and len(frame):
            frame = _apply_metadata(frame, meta, skipped)
        frames.append(frame)
    if others:
        names = ", ".join(others[:10]) + (" …" if len(others) > 10 else "")
        warn(folder, f"ignored {len(others)} files that are not articles (.txt, .md, .csv, .jsonl, .parquet): {names}")
    frames = [f for f in frames if len(f)]
    if not frames:
        _skip(skipped, folder, "no readable articles (.txt, .md, .csv, .jsonl, .parquet) found")
        return _empty()
    return pd.concat(frames, ignore_index=True)


def _read_text_file(path: Path, skipped: Skipped) -> dict | None:
    raw = path.read_bytes()
    if len(raw) > LARGE_BYTES:
        warn(path, f"very large article ({len(raw) / 1e6:.1f} MB); reading it all")
    text, problem = decode(raw)
    if text is None:
        _skip(skipped, path, problem)
        return None
    if problem:
        warn(path, problem)
    if not text.strip():
        _skip(skipped, path, "empty file" if not text else "only whitespace")
        return None
    meta, body = front_matter(text, path)
    meta.setdefault("published", meta.get("date"))
    row = {"article_id": path.stem, "text": body, "path": str(path)}
    for key in ("title", "source", "url", "published"):
        if isinstance(meta.get(key), (dict, list)):
            warn(path, f"front matter field {key!r} is not a single value; ignored it")
        elif meta.get(key) not in (None, ""):
            row[key] = meta[key] if key == "published" else str(meta[key])
    if "published" in row:
        row["published_from"] = "front matter"
    if HTML_START.match(body):
        warn(path, "looks like an HTML page saved as text; blanked out the markup, offsets unchanged")
        row["text"] = visible_text(body)
        if not row["text"].strip():
            _skip(skipped, path, "HTML page with no visible text")
            return None
        row = {**_html_meta(body, row["text"]), **row}
    if "title" not in row:
        first = row["text"].strip().split("\n", 1)[0].strip()
        if 0 < len(first) < 200 and not first.endswith((".", "?", "!")):
            row["title"] = first
    return row


def _html_meta(page: str, visible: str) -> dict:
    """A page's title, date, outlet and URL from its head, else its date from a dateline."""
    meta = html_meta(page)
    if meta.get("published"):
        meta["published_from"] = "html meta"
    else:
        compact = re.sub(r"\s*\n\s*", "\n", re.sub(r"[ \t\xa0]+", " ", visible[:100_000])).strip()
        day = infer_published(compact)
        if day is not None:
            meta.update(published=day.isoformat(), published_from="dateline")
    return meta


def _apply_metadata(frame: pd.DataFrame, meta_path: Path, skipped: Skipped) -> pd.DataFrame:
    meta = _read_table(meta_path, skipped)
    if not len(meta.columns):
        return frame
    meta = meta.rename(columns=_COLUMN_ALIASES)
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


def _read_table_file(path: Path, skipped: Skipped) -> pd.DataFrame:
    return _from_table(_read_table(path, skipped), path, skipped)


def _read_table(path: Path, skipped: Skipped) -> pd.DataFrame:
    """A CSV/JSONL/Parquet file as a frame of its raw values; an empty frame if it cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        text, problem = decode(path.read_bytes())
        if text is None:
            _skip(skipped, path, problem)
            return pd.DataFrame()
        if problem:
            warn(path, problem)
        if suffix == ".jsonl":
            return _read_jsonl(text, path, skipped)
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except OSError as exc:
        _skip(skipped, path, f"could not be read ({exc.strerror or str(exc).splitlines()[0]})")
    except Exception as exc:  # noqa: BLE001 - pandas and pyarrow raise many kinds; each is reported, never fatal
        message = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        _skip(skipped, path, f"could not be read as {suffix[1:]}: {message}")
    return pd.DataFrame()


def _read_jsonl(text: str, path: Path, skipped: Skipped) -> pd.DataFrame:
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
            _skip(skipped, f"{path}:{no}", problem)
        else:
            skipped.append({"path": f"{path}:{no}", "problem": problem})
    if len(bad) > _MAX_BAD_LINES:
        warn(path, f"{len(bad) - _MAX_BAD_LINES} more lines are not JSON objects (all listed as skipped)")
    return pd.DataFrame(records, dtype=object) if records else pd.DataFrame(columns=["text"])


def _from_table(table: pd.DataFrame, origin: str | Path, skipped: Skipped) -> pd.DataFrame:
    if not len(table.columns):
        return _empty()
    table = table.rename(columns={c: _COLUMN_ALIASES.get(str(c).lower(), str(c).lower()) for c in table.columns})
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
        aid = "" if _missing(aid) else str(aid).strip()
        if not aid and not _missing(url):
            aid = str(url).strip().rstrip("/").rsplit("/", 1)[-1]
        ids.append(aid or f"{stem}-{n}")
    table["article_id"] = pd.Series(ids, index=table.index, dtype=object)
    if "path" not in table.columns:
        table["path"] = "" if origin == "DataFrame" else str(origin)
    if "published" in table.columns and "published_from" not in table.columns:
        table["published_from"] = "column"
    problems = table["text"].astype(object).map(_text_problem)
    for aid, problem in zip(table.loc[problems != "", "article_id"], problems[problems != ""], strict=True):
        _skip(skipped, f"{origin} [{aid}]", problem)
    return table[problems == ""].reset_index(drop=True)


def _text_problem(value) -> str:
    """Why a table row's text cannot be an article ('' when it can)."""
    if isinstance(value, str):
        return "" if value.strip() else "empty text"
    if _missing(value):
        return "empty text"
    return f"text is not a string ({type(value).__name__})"


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def infer_published(text: str) -> date | None:
    """The publication date a dateline near the top of ``text`` gives, if any.

    >>> infer_published("Title\\nWednesday 08/07/2020\\nWASHINGTON - ...")
    datetime.date(2020, 7, 8)
    """
    for m in find_dates(text[:800], None):
        if m.granularity == "day" and m.anchor == "absolute" and m.date_start:
            return m.date_start
    return None


def _timestamp(value) -> tuple[pd.Timestamp | None, str]:
    """A ``published`` value as a naive Timestamp (its local wall time) and what was wrong with it;
    ``(None, problem)`` when it is not a usable date (no year is a problem: no hidden clock)."""
    if _missing(value):
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


def _label(frame: pd.DataFrame, i) -> str:
    """How to name row ``i`` in a warning: its file, with the article id for a table row."""
    path, aid = str(frame.at[i, "path"] or ""), str(frame.at[i, "article_id"])
    return path if path and Path(path).stem == aid else f"{path} [{aid}]" if path else aid


def _finish(frame: pd.DataFrame, skipped: Skipped) -> pd.DataFrame:
    frame = frame.copy()
    for col in ARTICLES:
        if col not in frame.columns:
            frame[col] = "" if col != "published" else pd.NaT
    for col in ("article_id", "source", "title", "url", "text", "path", "published_from"):
        values = ["" if _missing(v) else str(v) for v in frame[col].astype(object)]
        for n, value in enumerate(values):
            if _SURROGATE.search(value):  # from JSON escapes or file names; UTF-8 cannot hold them
                values[n] = _SURROGATE.sub("\ufffd", value)
                if col == "text":
                    warn(_label(frame, frame.index[n]), "text holds lone surrogates; replaced them with U+FFFD")
        frame[col] = pd.Series(values, index=frame.index, dtype=object)
    parsed, published = {}, []
    for i, value in zip(frame.index, frame["published"].astype(object), strict=True):
        key = (type(value), str(value))
        if key not in parsed:
            parsed[key] = _timestamp(value)
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
    frame = _unique_ids(frame)
    return conform(frame, ARTICLES)


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
