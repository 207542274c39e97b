"""Files and folders of articles: .txt and .md files (with YAML front matter, or HTML pages saved as
text), tables of articles, and folders of both with their metadata.csv."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..errors import ClaimtrackError, warn
from .published import infer_published
from .reading import HTML_START, decode, front_matter, html_meta, visible_text
from .tables import Skipped, apply_metadata, from_table, no_articles, read_table, skip

TEXT_SUFFIXES = (".txt", ".md")


TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")


LARGE_BYTES = 5_000_000


def from_path(path: Path, skipped: Skipped) -> pd.DataFrame:
    """The articles of a file or folder; what cannot be read is skipped (see :func:`skip`)."""
    if path.is_dir():
        return _from_folder(path, skipped)
    if not path.exists():
        skip(skipped, path, "no such file or folder")
    elif path.suffix.lower() in TEXT_SUFFIXES:
        row = _guarded(_read_text_file, path, skipped)
        return pd.DataFrame([row]) if row else no_articles()
    elif path.suffix.lower() in TABLE_SUFFIXES:
        return _guarded(_read_table_file, path, skipped)
    else:
        skip(skipped, path, f"unsupported file type; expected one of {', '.join(TEXT_SUFFIXES + TABLE_SUFFIXES)}")
    return no_articles()


def _guarded(read, path: Path, skipped: Skipped):
    """``read(path, skipped)``, with a file that cannot be used skipped, not raised (None, or empty)."""
    try:
        return read(path, skipped)
    except ClaimtrackError as exc:
        skip(skipped, path, str(exc).removeprefix(f"{path}: "))
    except OSError as exc:
        skip(skipped, path, f"could not be read ({exc.strerror or exc})")
    return None if read is _read_text_file else no_articles()


def _from_folder(folder: Path, skipped: Skipped) -> pd.DataFrame:
    """The articles of a folder and its subfolders (hidden ones aside); files of other types are named."""
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
            skip(skipped, sub, f"could not be listed ({exc.strerror or exc})")
            continue
        found, unread = _from_files(sub, files, skipped)
        frames += found
        others += [str(path.relative_to(folder)) for path in unread]
    if others:
        names = ", ".join(others[:10]) + (" …" if len(others) > 10 else "")
        warn(folder, f"ignored {len(others)} files that are not articles (.txt, .md, .csv, .jsonl, .parquet): {names}")
    frames = [f for f in frames if len(f)]
    if not frames:
        skip(skipped, folder, "no readable articles (.txt, .md, .csv, .jsonl, .parquet) found")
        return no_articles()
    return pd.concat(frames, ignore_index=True)


def _from_files(folder: Path, files: list[Path], skipped: Skipped) -> tuple[list[pd.DataFrame], list[Path]]:
    """The articles of one folder's files (its metadata.csv applied to its text files), and the files
    that are not articles."""
    frames, rows, others = [], [], []
    for path in files:
        suffix = path.suffix.lower()
        if path.name.lower() == "metadata.csv" or path.stem.upper().startswith("README"):
            continue
        if suffix in TEXT_SUFFIXES:
            rows.append(_guarded(_read_text_file, path, skipped))
        elif suffix in TABLE_SUFFIXES:
            frames.append(_guarded(_read_table_file, path, skipped))
        else:
            others.append(path)
    rows = [row for row in rows if row]
    frame = pd.DataFrame(rows) if rows else no_articles()
    meta = folder / "metadata.csv"
    if meta.exists() and len(frame):
        frame = apply_metadata(frame, meta, skipped)
    return [*frames, frame], others


def _read_text_file(path: Path, skipped: Skipped) -> dict | None:
    """The row of a .txt or .md article: its text after any front matter, with the title, source,
    URL and date the front matter (or an HTML page's head) gives; None if it holds no text."""
    raw = path.read_bytes()
    if len(raw) > LARGE_BYTES:
        warn(path, f"very large article ({len(raw) / 1e6:.1f} MB); reading it all")
    text, problem = decode(raw)
    if text is None:
        skip(skipped, path, problem)
        return None
    if problem:
        warn(path, problem)
    if not text.strip():
        skip(skipped, path, "empty file" if not text else "only whitespace")
        return None
    meta, body = front_matter(text, path)
    row = {"article_id": path.stem, "text": body, "path": str(path), **_given(meta, path)}
    if HTML_START.match(body):
        warn(path, "looks like an HTML page saved as text; blanked out the markup, offsets unchanged")
        row["text"] = visible_text(body)
        if not row["text"].strip():
            skip(skipped, path, "HTML page with no visible text")
            return None
        row = {**_html_meta(body, row["text"]), **row}
    if "title" not in row:
        first = row["text"].strip().split("\n", 1)[0].strip()
        if 0 < len(first) < 200 and not first.endswith((".", "?", "!")):
            row["title"] = first
    return row


def _given(meta: dict, path: Path) -> dict:
    """The title, source, URL and published date front matter gives (``date`` for ``published``)."""
    meta.setdefault("published", meta.get("date"))
    row = {}
    for key in ("title", "source", "url", "published"):
        if isinstance(meta.get(key), (dict, list)):
            warn(path, f"front matter field {key!r} is not a single value; ignored it")
        elif meta.get(key) not in (None, ""):
            row[key] = meta[key] if key == "published" else str(meta[key])
    return row | ({"published_from": "front matter"} if "published" in row else {})


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


def _read_table_file(path: Path, skipped: Skipped) -> pd.DataFrame:
    return from_table(read_table(path, skipped), path, skipped)
