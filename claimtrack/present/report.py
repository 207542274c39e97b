"""The report editors read: one self-contained HTML page, the same as Markdown, and the files.

All text from articles (titles, outlets, sentences, summaries, urls) is escaped where it lands:
in HTML by the template engine (``templates/report.html.j2``), in Markdown by :func:`_md`;
only http and https urls become links; tables longer than ``MAX_ROWS`` say what they leave out
and where the whole table is.
"""

from __future__ import annotations

from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from urllib.parse import urlsplit

import altair as alt
import pandas as pd

from ..errors import ClaimtrackError
from ..schema import ALIGNED, ARTICLES, CHANGED, CHANGES, THREADS, validate
from . import charts as ch
from .export import embed_chart, html_page, save_chart, write_tables

MAX_ROWS = 500
CHART_FILES = {
    "timeline": "timeline.png",
    "small_multiples": "small_multiples.png",
    "story_map": "story_map.png",
    "changes": "changes.png",
}
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"} | {"\n": " ", "\r": " "})


@dataclass(frozen=True, slots=True)
class _Link:
    """A cell that links ``url`` (http or https only)."""

    url: str


@dataclass(frozen=True, slots=True)
class _Table:
    """A report section: heading, a note, and rows of cells (text or links)."""

    heading: str
    note: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str | _Link, ...], ...]


def report_html(
    articles: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    threads: pd.DataFrame,
    *,
    title: str = "claimtrack report",
    skipped: pd.DataFrame | None = None,
) -> str:
    """One self-contained, offline HTML page: every chart, the threads, changes and articles."""
    charts = _charts(aligned, changes)
    return _html(
        title,
        _summary(articles, aligned, changes, threads),
        charts,
        _headings(aligned),
        _tables(articles, aligned, changes, threads, skipped),
    )


def report_markdown(
    articles: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    threads: pd.DataFrame,
    *,
    title: str = "claimtrack report",
    skipped: pd.DataFrame | None = None,
    images: dict[str, str] | None = None,
) -> str:
    """The report as Markdown, charts as image links (``images``: chart name → file)."""
    _check(articles, aligned, changes, threads)
    headings = _headings(aligned)
    images = CHART_FILES if images is None else images
    lines = [f"# {_md(title)}", "", _md(_summary(articles, aligned, changes, threads)), ""]
    for name, file in images.items():
        lines += [f"## {_md(headings[name])}", "", f"![{_md(headings[name])}]({_md_url(file)})", ""]
    for table in _tables(articles, aligned, changes, threads, skipped):
        lines += [f"## {_md(table.heading)}", ""] + ([_md(table.note), ""] if table.note else [])
        if table.rows:
            lines += ["| " + " | ".join(_md(c) for c in table.columns) + " |", "|" + "---|" * len(table.columns)]
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def write_report(
    out_dir: str | PathLike,
    articles: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    threads: pd.DataFrame,
    *,
    skipped: pd.DataFrame | None = None,
    title: str = "claimtrack report",
) -> dict[str, Path]:
    """Write claims.csv, changes.csv, threads.csv, the chart images, report.html and report.md."""
    out = Path(out_dir)
    charts = {name: chart.to_dict() for name, chart in _charts(aligned, changes).items()}
    paths = write_tables(out, claims=aligned, changes=changes, threads=threads)
    for name, file in CHART_FILES.items():
        paths[file] = save_chart(charts[name], out / file)
    paths["timeline.svg"] = save_chart(charts["timeline"], out / "timeline.svg")
    summary = _summary(articles, aligned, changes, threads)
    tables = _tables(articles, aligned, changes, threads, skipped)
    paths["report.html"] = out / "report.html"
    paths["report.html"].write_text(_html(title, summary, charts, _headings(aligned), tables), encoding="utf-8")
    paths["report.md"] = out / "report.md"
    paths["report.md"].write_text(
        report_markdown(articles, aligned, changes, threads, title=title, skipped=skipped), encoding="utf-8"
    )
    return paths


def _charts(aligned: pd.DataFrame, changes: pd.DataFrame) -> dict[str, alt.TopLevelMixin]:
    """The report's four charts, by name."""
    validate(aligned, ALIGNED, "aligned")
    validate(changes, CHANGES, "changes")
    return {
        "timeline": ch.timeline(aligned, changes),
        "small_multiples": ch.small_multiples(aligned, changes),
        "story_map": ch.story_map(aligned, changes),
        "changes": ch.changes_chart(changes, aligned),
    }


def _headings(aligned: pd.DataFrame) -> dict[str, str]:
    """The heading above each chart."""
    main = ""
    if not aligned.empty:
        rows = aligned[aligned["thread_id"] == ch.main_thread(aligned)]
        main = ": " + (rows["thread_label"].iloc[0] or rows["thread_id"].iloc[0])
    return {
        "timeline": "Timeline" + main,
        "small_multiples": "All threads",
        "story_map": "Story map",
        "changes": "How the threads moved",
    }


def _html(
    title: str,
    summary: str,
    charts: dict[str, alt.TopLevelMixin | dict],
    headings: dict[str, str],
    tables: list[_Table],
) -> str:
    """The report page from its parts (``templates/report.html.j2``)."""
    figures = [(headings[name], embed_chart(chart, name.replace("_", "-"))) for name, chart in charts.items()]
    return html_page("report.html.j2", title, summary=summary, figures=figures, tables=tables)


def _summary(articles: pd.DataFrame, aligned: pd.DataFrame, changes: pd.DataFrame, threads: pd.DataFrame) -> str:
    """One sentence with the report's numbers."""
    _check(articles, aligned, changes, threads)
    counts = changes["flag"].value_counts()
    changed = [f"{flag} {counts[flag]}" for flag in CHANGED if flag in counts]
    total = sum(counts.get(flag, 0) for flag in CHANGED)
    moved = f"{total} changes ({', '.join(changed)})" if changed else "no changes"
    return (
        f"{len(articles)} articles from {articles['source'].nunique()} outlets; "
        f"{len(aligned)} claims, {len(threads)} threads of two claims or more; "
        f"{moved} in {len(changes)} comparisons of claims."
    )


def _tables(
    articles: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    threads: pd.DataFrame,
    skipped: pd.DataFrame | None,
) -> list[_Table]:
    """The report's tables: threads, changes, articles and (if any) skipped inputs."""
    t = threads
    tables = [
        _table(
            "Threads",
            "threads.csv",
            (
                "Thread",
                "Kind",
                "First seen",
                "Last seen",
                "Claims",
                "Articles",
                "Outlets",
                "First value",
                "Latest value",
                "Overall change",
                "Flags",
            ),
            zip(
                t["thread_label"].mask(t["thread_label"] == "", t["thread_id"]),
                t["kind"],
                _dates(t["first_seen"]),
                _dates(t["last_seen"]),
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
    ]
    claim = aligned.set_index("claim_id")
    said = claim["surface"] + " (" + claim["source"] + ", " + _dates(claim["published"]) + ")"
    notable = changes["flag"].isin(CHANGED)
    c = pd.concat([changes[notable], changes[~notable]])
    tables.append(
        _table(
            "Changes",
            "changes.csv",
            ("Thread", "Flag", "From", "To", "Days apart", "Summary"),
            zip(
                c["thread_label"].mask(c["thread_label"] == "", c["thread_id"]),
                c["flag"],
                c["from_claim_id"].map(said).fillna(c["from_claim_id"]),
                c["to_claim_id"].map(said).fillna(c["to_claim_id"]),
                c["days_apart"].astype(str),
                c["summary"],
                strict=True,
            ),
            note="Notable changes first.",
        )
    )
    a = articles.sort_values(["published", "article_id"], kind="stable")
    tables.append(
        _table(
            "Articles",
            "the input folder",
            ("Article", "Published", "Outlet", "Title", "URL", "Date found from"),
            zip(
                a["article_id"],
                _dates(a["published"]),
                a["source"],
                a["title"],
                [_Link(u.strip()) if _linkable(u) else u for u in a["url"]],
                a["published_from"],
                strict=True,
            ),
        )
    )
    if skipped is not None:
        if not {"path", "problem"} <= set(skipped.columns):
            raise ClaimtrackError("skipped: needs the columns 'path' and 'problem'")
        tables.append(
            _table(
                "Skipped inputs",
                "the loader's warnings",
                ("Path", "Problem"),
                zip(skipped["path"].astype(str), skipped["problem"].astype(str), strict=True),
                note=f"{len(skipped)} inputs were not read." if len(skipped) else "None: every input was read.",
            )
        )
    return tables


def _table(heading: str, whole: str, columns: tuple[str, ...], rows: object, note: str = "") -> _Table:
    """A table of at most ``MAX_ROWS`` rows, its note saying how many more are in ``whole``."""
    rows = [tuple(cell if isinstance(cell, _Link) else str(cell) for cell in r) for r in rows]
    if len(rows) > MAX_ROWS:
        note = f"{note} Showing {MAX_ROWS} of {len(rows)} rows; all are in {whole}.".strip()
    return _Table(heading, note, columns, tuple(rows[:MAX_ROWS]))


def _check(articles: pd.DataFrame, aligned: pd.DataFrame, changes: pd.DataFrame, threads: pd.DataFrame) -> None:
    """Validate the four tables against their schemas."""
    validate(articles, ARTICLES, "articles")
    validate(aligned, ALIGNED, "aligned")
    validate(changes, CHANGES, "changes")
    validate(threads, THREADS, "threads")


def _dates(s: pd.Series) -> pd.Series:
    """Dates as YYYY-MM-DD, missing ones empty."""
    return s.dt.strftime("%Y-%m-%d").fillna("")


def _linkable(url: str) -> bool:
    """Whether ``url`` is an http(s) url with a host (the only kind that becomes a link)."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _md(text: str) -> str:
    """Text escaped for Markdown (and for HTML that Markdown would pass through)."""
    return str(text).translate(_MD_SPECIAL)


def _md_url(url: str) -> str:
    """A url that cannot break out of a Markdown link or autolink."""
    return "".join(
        c if c.isascii() and c.isalnum() or c in "-._~:/?=&%+,;@" else f"%{ord(c):02X}"
        for c in url.strip().encode("utf-8").decode("latin-1")
    )


def _md_cell(cell: str | _Link) -> str:
    """A table cell as Markdown: an autolink for an http(s) url, escaped text otherwise."""
    return f"<{_md_url(cell.url)}>" if isinstance(cell, _Link) else _md(cell)
