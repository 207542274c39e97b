"""The report editors read: one self-contained HTML page, the same as Markdown, and the files.

The page has one section per main thread (its timeline, then its claims and its changes with
the sentence, outlet and a link to the article), the charts of every thread, and the whole-run
tables; a small inline script (``templates/tables.js``, allowed by its hash) sorts each table by
a click on a heading and filters it by what is typed above it. The tables are made in
:mod:`.report_tables`.

All text from articles (titles, outlets, sentences, summaries, urls) is escaped where it lands:
in HTML by the template engine (``templates/report.html.j2``), in Markdown by :func:`_md`;
only http and https urls become links.
"""

from __future__ import annotations

from dataclasses import dataclass
from os import PathLike
from pathlib import Path

import altair as alt
import pandas as pd

from ..schema import ALIGNED, ARTICLES, CHANGED, CHANGES, THREADS, validate
from . import charts as ch
from .export import TABLE_SCRIPT, embed_chart, html_page, save_chart, write_tables
from .report_tables import (
    Link,
    Table,
    ThreadSection,
    article_urls,
    articles_table,
    changes_table,
    skipped_table,
    thread_sections,
    threads_table,
)

CHART_FILES = {
    "timeline": "timeline.png",
    "small_multiples": "small_multiples.png",
    "story_map": "story_map.png",
    "changes": "changes.png",
}
OVERVIEW = {"small_multiples": "All threads", "story_map": "Story map", "changes": "How the threads moved"}
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"} | {"\n": " ", "\r": " "})


@dataclass(frozen=True)
class _Parts:
    """What the HTML and the Markdown report share: the summary, the thread sections, the tables."""

    summary: str
    sections: list[ThreadSection]
    tables: list[Table]


def report_html(
    articles: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    threads: pd.DataFrame,
    *,
    title: str = "claimtrack report",
    skipped: pd.DataFrame | None = None,
) -> str:
    """One self-contained, offline HTML page: a section per main thread, every chart, the tables."""
    parts = _parts(articles, aligned, changes, threads, skipped)
    return _html(title, parts, _charts(aligned, changes, parts.sections))


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
    parts = _parts(articles, aligned, changes, threads, skipped)
    images = CHART_FILES if images is None else images
    lines = [f"# {_md(title)}", "", _md(parts.summary), ""]
    if not parts.sections and "timeline" in images:
        lines += ["## Timeline", "", f"![Timeline]({_md_url(images['timeline'])})", ""]
    for i, section in enumerate(parts.sections):
        lines += [f"## {_md(section.label)}", "", _md(section.about), ""]
        if i == 0 and "timeline" in images:
            lines += [f"![Timeline: {_md(section.label)}]({_md_url(images['timeline'])})", ""]
        lines += _md_table(section.claims, "###") + _md_table(section.changes, "###")
    for name, heading in OVERVIEW.items():
        if name in images:
            lines += [f"## {heading}", "", f"![{heading}]({_md_url(images[name])})", ""]
    for table in parts.tables:
        lines += _md_table(table, "##")
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
    parts = _parts(articles, aligned, changes, threads, skipped)
    charts = {name: chart.to_dict() for name, chart in _charts(aligned, changes, parts.sections).items()}
    paths = write_tables(out, claims=aligned, changes=changes, threads=threads)
    for name, file in CHART_FILES.items():
        paths[file] = save_chart(charts[name], out / file)
    paths["timeline.svg"] = save_chart(charts["timeline"], out / "timeline.svg")
    paths["report.html"] = out / "report.html"
    paths["report.html"].write_text(_html(title, parts, charts), encoding="utf-8")
    paths["report.md"] = out / "report.md"
    paths["report.md"].write_text(
        report_markdown(articles, aligned, changes, threads, title=title, skipped=skipped), encoding="utf-8"
    )
    return paths


def _parts(
    articles: pd.DataFrame,
    aligned: pd.DataFrame,
    changes: pd.DataFrame,
    threads: pd.DataFrame,
    skipped: pd.DataFrame | None,
) -> _Parts:
    """The summary, a section per main thread, and the tables: threads, every change, articles, skipped."""
    _check(articles, aligned, changes, threads)
    tables = [
        threads_table(threads),
        changes_table("Changes", changes, aligned, article_urls(articles)),
        articles_table(articles),
    ]
    if skipped is not None:
        tables.append(skipped_table(skipped))
    sections = thread_sections(articles, aligned, changes, threads)
    return _Parts(_summary(articles, aligned, changes, threads), sections, tables)


def _charts(
    aligned: pd.DataFrame, changes: pd.DataFrame, sections: list[ThreadSection]
) -> dict[str, alt.TopLevelMixin]:
    """The report's charts by name: ``timeline`` (the main thread), ``timeline-2`` … (the other
    sections' threads), then ``small_multiples``, ``story_map`` and ``changes``."""
    validate(aligned, ALIGNED, "aligned")
    validate(changes, CHANGES, "changes")
    timelines = {
        "timeline" if i == 0 else f"timeline-{i + 1}": ch.timeline(aligned, changes, thread=s.thread_id)
        for i, s in enumerate(sections)
    } or {"timeline": ch.timeline(aligned, changes)}
    return timelines | {
        "small_multiples": ch.small_multiples(aligned, changes),
        "story_map": ch.story_map(aligned, changes),
        "changes": ch.changes_chart(changes, aligned),
    }


def _html(title: str, parts: _Parts, charts: dict[str, alt.TopLevelMixin | dict]) -> str:
    """The report page from its parts (``templates/report.html.j2``)."""
    figures = {name: embed_chart(chart, name.replace("_", "-")) for name, chart in charts.items()}
    names = [n for n in figures if n.startswith("timeline")]
    sections = list(zip(parts.sections, names, strict=False))
    return html_page(
        "report.html.j2",
        title,
        extra_scripts=(TABLE_SCRIPT,),
        summary=parts.summary,
        sections=[(i + 1, s, figures[n]) for i, (s, n) in enumerate(sections)],
        lone_timeline=figures["timeline"] if not sections else None,
        overview=[(f"overview-{n.replace('_', '-')}", h, figures[n]) for n, h in OVERVIEW.items()],
        tables=[(f"table-{i + 1}", t) for i, t in enumerate(parts.tables)],
    )


def _md_table(table: Table, level: str) -> list[str]:
    """A table as Markdown lines under a heading of ``level`` (``##`` or ``###``)."""
    lines = [f"{level} {_md(table.heading)}", ""] + ([_md(table.note), ""] if table.note else [])
    if table.rows:
        lines += ["| " + " | ".join(_md(c) for c in table.columns) + " |", "|" + "---|" * len(table.columns)]
        lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
        lines.append("")
    return lines


def _summary(articles: pd.DataFrame, aligned: pd.DataFrame, changes: pd.DataFrame, threads: pd.DataFrame) -> str:
    """One sentence with the report's numbers."""
    _check(articles, aligned, changes, threads)
    counts = changes["flag"].value_counts()
    changed = [f"{flag} {counts[flag]}" for flag in CHANGED if flag in counts]
    total = sum(counts.get(flag, 0) for flag in CHANGED)
    moved = f"{total} changes ({', '.join(changed)})" if changed else "no changes"
    named = articles.loc[articles["source"] != "", "source"].nunique()
    outlets = f" from {named} outlet{'s' if named > 1 else ''}" if named else ", no outlet named"
    return (
        f"{len(articles)} articles{outlets}; "
        f"{len(aligned)} claims, {len(threads)} threads of two claims or more; "
        f"{moved} in {len(changes)} comparisons of claims."
    )


def _check(articles: pd.DataFrame, aligned: pd.DataFrame, changes: pd.DataFrame, threads: pd.DataFrame) -> None:
    """Validate the four tables against their schemas."""
    validate(articles, ARTICLES, "articles")
    validate(aligned, ALIGNED, "aligned")
    validate(changes, CHANGES, "changes")
    validate(threads, THREADS, "threads")


def _md(text: str) -> str:
    """Text escaped for Markdown (and for HTML that Markdown would pass through)."""
    return str(text).translate(_MD_SPECIAL)


def _md_url(url: str) -> str:
    """A url that cannot break out of a Markdown link or autolink."""
    return "".join(
        c if c.isascii() and c.isalnum() or c in "-._~:/?=&%+,;@" else f"%{ord(c):02X}"
        for c in url.strip().encode("utf-8").decode("latin-1")
    )


def _md_cell(cell: object) -> str:
    """A table cell as Markdown: an autolink for an http(s) url, escaped text otherwise."""
    return f"<{_md_url(cell.url)}>" if isinstance(cell, Link) else _md(str(cell))
