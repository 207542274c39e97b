"""``track``: every stage in one call, held in an object that shows itself in Jupyter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from os import PathLike
from pathlib import Path

import pandas as pd

from .grammar.lexicon import Lexicon
from .ingest.articles import Source, load_articles
from .schema import CHANGED
from .stages.align import align_claims
from .stages.changes import flag_changes
from .stages.extract import extract_claims
from .stages.review import LOG, PREVIEW, ReviewLike, review_changes, run_review
from .stages.review_file import Review, as_review
from .stages.threads import summarize_threads


@dataclass(frozen=True)
class Track:
    """The tables of one run: articles, claims, aligned claims, changes and the thread summary; with a
    review, the review, what each of its actions did (``review_log``: ``action, item, target, claims,
    message``), each claim it changed (``review_preview``, as :func:`~claimtrack.preview_review` lists
    them) and the aligned claims before it (``unreviewed``)."""

    articles: pd.DataFrame
    claims: pd.DataFrame
    aligned: pd.DataFrame
    changes: pd.DataFrame
    threads: pd.DataFrame
    review: Review = field(default_factory=Review)
    review_log: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=LOG))
    review_preview: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PREVIEW), repr=False)
    unreviewed: pd.DataFrame | None = field(default=None, repr=False)  # aligned before the review
    lexicon: Lexicon | None = field(default=None, repr=False)

    def with_review(self, review: ReviewLike) -> Track:
        """This run with ``review`` applied in place of its own review (to the threads as aligned,
        so nothing is extracted again): how a review view redraws after each decision.

        >>> t = track(pd.DataFrame({"text": ["About 2,500 US troops are in Iraq."], "published": ["2021-07-24"]}))
        >>> t.with_review(Review().reject(t.aligned["short_id"])).aligned.empty
        True
        """
        aligned = self.aligned if self.unreviewed is None else self.unreviewed
        return replace(self, **_reviewed(aligned, as_review(review), self.lexicon))

    @property
    def skipped(self) -> pd.DataFrame:
        """Inputs that could not be read, with the reason (columns ``path``, ``problem``)."""
        return pd.DataFrame(self.articles.attrs.get("skipped", []), columns=["path", "problem"])

    def timeline(self, thread: str | None = None):
        """The timeline chart of ``thread`` (default: the thread seen in most articles)."""
        from .present.charts import timeline

        return timeline(self.aligned, self.changes, thread=thread)

    def report(self, out_dir: str | PathLike) -> dict[str, Path]:
        """Write CSV tables, charts, ``report.html`` and ``report.md`` into ``out_dir``."""
        from .present.report import write_report

        return write_report(out_dir, self.articles, self.aligned, self.changes, self.threads, skipped=self.skipped)

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        """What Jupyter shows: the summary, the main thread's timeline (live, or as a static image in
        an untrusted notebook) and the threads and changes."""
        chart = {}
        if len(self.threads):
            from .present.notebook import chart_bundle

            chart = chart_bundle(self.timeline())
        return {"text/plain": repr(self), "text/html": self._html(chart.get("text/html", ""))}

    def _repr_html_(self) -> str:
        return self._repr_mimebundle_()["text/html"]

    def _html(self, chart: str) -> str:
        """The summary line, ``chart`` (a notebook chart's HTML) and the first threads and changes."""
        moved = self.changes[self.changes["flag"].isin(CHANGED)]
        head = (
            f"<p><b>claimtrack</b>: {len(self.articles)} articles, {len(self.claims)} claims, "
            f"{len(self.threads)} threads, {len(moved)} changes flagged"
            f"{f', {len(self.skipped)} inputs skipped' if len(self.skipped) else ''}.</p>"
        )
        threads = self.threads.head(10).drop(columns=["thread_id"]).to_html(index=False, escape=True)
        changes = moved[["change_id", "thread_label", "flag", "summary"]].head(15).to_html(index=False, escape=True)
        chart = f"<h4>Timeline</h4>{chart}" if chart else ""
        return f"{head}{chart}<h4>Threads</h4>{threads}<h4>Changes</h4>{changes}"

    def __repr__(self) -> str:
        return (
            f"Track({len(self.articles)} articles, {len(self.claims)} claims, "
            f"{len(self.threads)} threads, {len(self.changes)} changes)"
        )


def track(
    source: Source,
    *,
    review: ReviewLike | None = None,
    lexicon: Lexicon | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Track:
    """Load, extract, align and flag in one call; ``review`` (a :class:`Review`, a YAML or CSV file or
    a table of ``action, item, target``) is applied to the threads and flags,
    ``lexicon`` is used by every stage, ``workers`` processes share extraction (see
    :func:`claimtrack.extract_claims`) and ``progress(done, total)`` hears how it goes.

    >>> t = track(pd.DataFrame({"text": ["About 2,500 US troops are in Iraq."], "published": ["2021-07-24"]}))
    >>> len(t.claims)
    1
    """
    articles = load_articles(source)
    claims = extract_claims(articles, lexicon=lexicon, workers=workers, progress=progress)
    aligned = align_claims(claims, lexicon=lexicon)
    tables = _reviewed(aligned, as_review(review if review is not None else Review()), lexicon)
    return Track(articles, claims, **tables)


def _reviewed(aligned: pd.DataFrame, review: Review, lexicon: Lexicon | None) -> dict:
    """The tables after ``aligned``: ``review``'s thread actions, the flags, its flag decisions, the
    thread summary, and the log of what each action did."""
    applied = run_review(aligned, review)
    changes, flag_log = review_changes(flag_changes(applied.aligned, lexicon=lexicon), review)
    log = pd.concat([applied.log, flag_log], ignore_index=True) if len(flag_log) else applied.log
    return {
        "aligned": applied.aligned,
        "changes": changes,
        "threads": summarize_threads(applied.aligned, changes),
        "review": review,
        "review_log": log,
        "review_preview": applied.preview,
        "unreviewed": aligned if len(review) else None,
        "lexicon": lexicon,
    }


__all__ = ["Track", "track"]
