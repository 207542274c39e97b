"""The report's tables: one section per main thread (its claims and changes) and the whole-run tables.

Cells are plain text (escaped where they land), :class:`Cell` (text with a sort key, so a table
sorts "between 5,000 and 6,000" by 5000 and a change by its size) or :class:`Link` (an http or
https url only: anything else, ``javascript:`` included, stays text). Tables longer than
``MAX_ROWS`` say what they leave out and where the whole table is.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import pandas as pd

from ..errors import ClaimtrackError
from ..schema import CHANGED, short_ids
from .chart_data import main_thread, rank_threads

MAX_ROWS = 500
MAIN_THREADS = 5


@dataclass(frozen=True, slots=True)
class Link:
    """A cell that links ``url`` (http or https only), shown as ``text`` (the site's name)."""

    url: str
    text: str


@dataclass(frozen=True, slots=True)
class Cell:
    """A text cell that sorts by ``key`` (a number or ISO date as text) instead of its text."""

    text: str
    key: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Table:
    """A table: heading, a note, and rows of cells (text, :class:`Cell` or :class:`Link`)."""

    heading: str
    note: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str | Cell | Link, ...], ...]


@dataclass(frozen=True, slots=True)
class ThreadSection:
    """The report's section on one main thread: what it is, its claims and its changes."""

    thread_id: str
    label: str
    about: str
    claims: Table
    changes: Table


def main_threads(aligned: pd.DataFrame, threads: pd.DataFrame, limit: int = MAIN_THREADS) -> list[str]:
    """The threads that get a section: the main thread, then the most reported threads of the
    threads table (two claims or more), at most ``limit``."""
    if aligned.empty:
        return []
    first = main_thread(aligned)
    listed = set(threads["thread_id"])
    return [first] + [t for t in rank_threads(aligned) if t in listed and t != first][: limit - 1]


def thread_sections(
    articles: pd.DataFrame, aligned: pd.DataFrame, changes: pd.DataFrame, threads: pd.DataFrame
) -> list[ThreadSection]:
    """One section per main thread, in the order of :func:`main_threads`."""
    urls = article_urls(articles)
    sections = []
    for thread_id in main_threads(aligned, threads):
        rows = aligned[aligned["thread_id"] == thread_id]
        label = rows["thread_label"].iloc[0] or thread_id
        mine = changes[changes["thread_id"] == thread_id]
        sections.append(
            ThreadSection(
                thread_id,
                label,
                _about(threads[threads["thread_id"] == thread_id], rows),
                claims_table(f"Claims: {label}", rows, urls),
                changes_table(f"Changes: {label}", mine, aligned, urls, with_thread=False),
            )
        )
    return sections


def claims_table(heading: str, rows: pd.DataFrame, urls: dict[str, str | Link]) -> Table:
    """Every claim of ``rows`` by publication date: when, which outlet, what it said, where, and its
    short id (what a review file names it by)."""
    rows = rows.sort_values(["published", "claim_id"], kind="stable")
    columns = {
        "Published": dates(rows["published"]),
        "As of": dates(rows["as_of"]),
        "Outlet": rows["source"],
        "Claim": [Cell(s, _claim_key(r)) for s, r in zip(rows["surface"], rows.itertuples(), strict=True)],
        "Sentence": rows["sentence"],
        "Article": rows["article_id"].map(urls).fillna(""),
        "Id": short_ids(rows),
    }
    if rows["as_of"].isna().all():
        del columns["As of"]
    note = "Click a heading to sort by it (a claim sorts by its figure or first day); type above a table to filter it."
    return table(heading, "claims.csv", tuple(columns), zip(*columns.values(), strict=True), note=note)


def changes_table(
    heading: str,
    changes: pd.DataFrame,
    aligned: pd.DataFrame,
    urls: dict[str, str | Link],
    *,
    with_thread: bool = True,
) -> Table:
    """Each comparison, notable changes first: the later claim's date, flag, what moved by how
    much (sorting by size), the later claim's sentence, outlet and article, and the change id (what
    a review accepts or dismisses it by)."""
    notable = changes["flag"].isin(CHANGED)
    c = pd.concat([changes[notable], changes[~notable]])
    later = aligned.set_index("claim_id").reindex(c["to_claim_id"])
    size = [Cell(s, "" if math.isnan(m) else repr(float(m))) for s, m in zip(c["summary"], c["magnitude"], strict=True)]
    columns = [
        dates(later["published"]),
        c["flag"],
        size,
        later["sentence"].fillna(""),
        later["source"].fillna(""),
        later["article_id"].map(urls).fillna(""),
        c["change_id"],
    ]
    names = ("Published", "Flag", "What moved", "Sentence", "Outlet", "Article", "Id")
    if with_thread:
        columns.insert(0, c["thread_label"].mask(c["thread_label"] == "", c["thread_id"]))
        names = ("Thread", *names)
    return table(heading, "changes.csv", names, zip(*columns, strict=True), note="Notable changes first.")


def threads_table(threads: pd.DataFrame) -> Table:
    """The thread summary, one row per thread of two claims or more."""
    t = threads
    return table(
        "Threads",
        "threads.csv",
        ("Thread", "Kind", "First seen", "Last seen", "Claims", "Articles", "Outlets", "First value")
        + ("Latest value", "Overall change", "Flags"),
        zip(
            t["thread_label"].mask(t["thread_label"] == "", t["thread_id"]),
            t["kind"],
            dates(t["first_seen"]),
            dates(t["last_seen"]),
            t["claims"].astype(str),
            t["articles"].astype(str),
            t["outlets"],
            t["first_value"],
            t["latest_value"],
            t["overall_change"],
            t["flags"],
            strict=True,
        ),
    )


def articles_table(articles: pd.DataFrame) -> Table:
    """Every article read, by publication date, its url a link when it is http(s)."""
    a = articles.sort_values(["published", "article_id"], kind="stable")
    return table(
        "Articles",
        "the input folder",
        ("Article", "Published", "Outlet", "Title", "URL", "Date found from"),
        zip(
            a["article_id"],
            dates(a["published"]),
            a["source"],
            a["title"],
            [link(u, whole=True) for u in a["url"]],
            a["published_from"],
            strict=True,
        ),
    )


def skipped_table(skipped: pd.DataFrame) -> Table:
    """The inputs the loader could not read, and why."""
    if not {"path", "problem"} <= set(skipped.columns):
        raise ClaimtrackError("skipped: needs the columns 'path' and 'problem'")
    return table(
        "Skipped inputs",
        "the loader's warnings",
        ("Path", "Problem"),
        zip(skipped["path"].astype(str), skipped["problem"].astype(str), strict=True),
        note=f"{len(skipped)} inputs were not read." if len(skipped) else "None: every input was read.",
    )


def table(heading: str, whole: str, columns: tuple[str, ...], rows: Iterable, note: str = "") -> Table:
    """A table of at most ``MAX_ROWS`` rows, its note saying how many more are in ``whole``."""
    rows = [tuple(cell if isinstance(cell, (Cell, Link)) else str(cell) for cell in r) for r in rows]
    if len(rows) > MAX_ROWS:
        note = f"{note} Showing {MAX_ROWS} of {len(rows)} rows; all are in {whole}.".strip()
    return Table(heading, note, columns, tuple(rows[:MAX_ROWS]))


def article_urls(articles: pd.DataFrame) -> dict[str, str | Link]:
    """Each article's url as a link named by its site (text when it is not http or https)."""
    return {a: link(u) for a, u in zip(articles["article_id"], articles["url"], strict=True)}


def link(url: str, *, whole: bool = False) -> str | Link:
    """``url`` as a :class:`Link` if it is http(s) with a host (shown whole or as its site), else text."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return url
    site = parts.netloc.rsplit("@", 1)[-1]
    return Link(url, url if whole else site.removeprefix("www."))


def dates(s: pd.Series) -> pd.Series:
    """Dates as YYYY-MM-DD, missing ones empty."""
    return s.dt.strftime("%Y-%m-%d").fillna("")


def _claim_key(row: object) -> str:
    """What a claim sorts by: its lower figure, or its first day (ISO text) for a date."""
    if row.kind == "date":
        return "" if pd.isna(row.date_start) else row.date_start.strftime("%Y-%m-%d")
    return "" if math.isnan(row.value_low) else repr(float(row.value_low))


def _about(summary: pd.DataFrame, rows: pd.DataFrame) -> str:
    """One sentence on a thread: how often it was reported, and how it moved."""
    if summary.empty:
        return f"{len(rows)} claim in {rows['article_id'].nunique()} article."
    s = summary.iloc[0]
    flags = f"; flags: {s['flags']}" if s["flags"] else ""
    outlets = f" from {s['outlets']}" if s["outlets"] else ""
    change = f" ({s['overall_change']})" if s["overall_change"] else ""
    return (
        f"{s['claims']} claims in {s['articles']} articles{outlets}, "
        f"{dates(pd.Series([s['first_seen']])).iloc[0]} to {dates(pd.Series([s['last_seen']])).iloc[0]}; "
        f"first {s['first_value']}, latest {s['latest_value']}{change}{flags}."
    )
