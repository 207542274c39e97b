"""The ``claimtrack`` command: each subcommand is a thin wrapper over one public function.

Exit codes: 0 everything was read; 3 some inputs were skipped (listed on stderr and in the
report); 2 usage errors; 1 input claimtrack cannot use at all.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from .errors import ClaimtrackError, InputWarning
from .present.chart_data import BY
from .present.theme import clip
from .schema import CHANGED
from .stages.headlines import headlines

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3
PROGRESS_FROM = 1000
PROGRESS_FORMAT = "extracting claims [{bar:30}] {n:,}/{total:,} articles {elapsed}<{remaining}"
SHOWN = 15  # threads the summary names
PREVIEW_LINES = 10  # claims --dry-run lists per decision


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrack",
        description="Follow the number and date claims a running news story repeats, revises and contradicts.",
        epilog="Exit codes: 0 all inputs read, 3 some inputs skipped, 2 usage error, 1 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("path", nargs="+", help="a folder of .txt/.md articles, or CSV/JSONL/Parquet files")
        p.add_argument("--review", metavar="FILE", help="a YAML or CSV review file to apply to the threads")
        p.add_argument(
            "--dry-run",
            action="store_true",
            help="with --review: print what each decision would change, claim by claim, and write nothing",
        )
        p.add_argument(
            "--lexicon", metavar="DIR", help="a folder of your own lexicon CSVs, merged on top of the shipped ones"
        )
        p.add_argument(
            "--workers",
            type=int,
            metavar="N",
            help="processes that share extraction (default: every core once the corpus is large)",
        )
        p.add_argument("--quiet", "-q", action="store_true", help="print no summary")
        p.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="show a progress bar on stderr (default: when stderr is a terminal and the corpus is large)",
        )
        return p

    report = command(
        "report", "Write claims.csv, changes.csv, threads.csv, timeline PNG/SVG, report.html and report.md."
    )
    report.add_argument("--out", "-o", required=True, metavar="DIR", help="folder to write the report into")
    chart = command(
        "chart",
        "Write one thread's timeline as PNG, SVG, PDF or HTML, with its alt text (FILE.txt) and the points "
        "it draws (FILE.csv).",
    )
    _chart_options(chart)
    for name, what in (("claims", "aligned claims"), ("changes", "flagged changes"), ("threads", "thread summary")):
        p = command(name, f"Write the {what} table as CSV (to stdout, or to --out FILE).")
        p.add_argument("--out", "-o", metavar="FILE", help="CSV file to write (default: stdout)")
    return parser


def _chart_options(p: argparse.ArgumentParser) -> None:
    """The options of ``claimtrack chart``: those of ``charts.timeline``."""
    p.add_argument("--out", "-o", required=True, metavar="FILE", help="FILE.png, .svg, .pdf or .html to write")
    p.add_argument("--thread", metavar="LABEL", help="the thread's label or id (default: the most reported count)")
    p.add_argument("--width", type=int, default=600, metavar="PX", help="chart width in pixels (default: 600)")
    p.add_argument("--title", help="the title (default: the thread's label)")
    p.add_argument("--subtitle", help="the line under the title (default: how to read the chart)")
    p.add_argument("--credit", help="the credit line (default: 'Sources: ' and every outlet)")
    p.add_argument("--note", help="a note above the credit line")
    p.add_argument(
        "--by",
        choices=BY,
        default="as-of",
        help="x is the day a figure applies to (as-of, the default) or the day it was published",
    )


def _version() -> str:
    from . import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.dry_run and not args.review:
        print("claimtrack: error: --dry-run previews a review: give --review FILE", file=sys.stderr)
        return EXIT_USAGE
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        try:
            result = _run(args)
        except ClaimtrackError as exc:
            _print_warnings(caught)
            print(f"claimtrack: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except BrokenPipeError:
            sys.stderr.close()
            return EXIT_OK
    _print_warnings(caught)
    return EXIT_SKIPPED if len(result.skipped) else EXIT_OK


def _print_warnings(caught: list) -> None:
    for w in caught:
        if issubclass(w.category, InputWarning):
            print(f"claimtrack: warning: {w.message}", file=sys.stderr)


def _run(args: argparse.Namespace):
    from .grammar.lexicon import load_lexicon
    from .track import track

    source = args.path[0] if len(args.path) == 1 else args.path
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    lexicon = load_lexicon(args.lexicon) if args.lexicon else None
    result = track(
        source, review=args.review, lexicon=lexicon, workers=args.workers, progress=_ProgressBar() if show else None
    )
    if args.dry_run:
        _print_preview(result, args.review)
        return result
    if args.review and not args.quiet:
        for message in result.review_log["message"]:
            print(f"claimtrack: review: {message}", file=sys.stderr)
    if args.command == "report":
        paths = result.report(Path(args.out))
        if not args.quiet:
            _print_summary(result)
            print(f"wrote {len(paths)} files to {args.out}: {', '.join(sorted(p.name for p in paths.values()))}")
        return result
    if args.command == "chart":
        return _chart(args, result)
    table = {"claims": result.aligned, "changes": result.changes, "threads": result.threads}[args.command]
    from .present.export import write_csv

    if args.out:
        write_csv(table, Path(args.out))
    else:
        write_csv(table, sys.stdout)
    return result


def _chart(args: argparse.Namespace, result):
    """``claimtrack chart``: the timeline, its alt text and its points."""
    from .present.chart_files import alt_text, write_chart_files
    from .present.charts import timeline, timeline_points

    options = {"thread": args.thread, "by": args.by, "articles": result.articles}
    chart = timeline(
        result.aligned,
        result.changes,
        **options,
        title=args.title,
        subtitle=args.subtitle,
        credit=args.credit,
        note=args.note,
        width=args.width,
    )
    points = timeline_points(result.aligned, result.changes, **options)
    title = chart.to_dict()["title"]["text"]
    title = " ".join(title) if isinstance(title, list) else title
    paths = write_chart_files(chart, points, args.out, description=alt_text(points, title, by=args.by))
    if not args.quiet:
        print(f"wrote {', '.join(str(p) for p in paths.values())}")
    return result


class _ProgressBar:
    """The ``progress(done, total)`` callback as a tqdm bar on stderr, redrawn in place:
    'extracting claims [#######.......] 8,600/19,043 articles 00:12<00:15'.

    A corpus under ``PROGRESS_FROM`` articles only gets the finished bar.
    """

    def __init__(self) -> None:
        self._bar: tqdm | None = None

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_FROM and done < total:
            return
        if self._bar is None:
            self._bar = tqdm(total=total, file=sys.stderr, ascii=".#", bar_format=PROGRESS_FORMAT)
        self._bar.update(done - self._bar.n)
        if done >= total:
            self._bar.close()


def _print_preview(result, path: str) -> None:
    """``--dry-run``: each decision of the review and the first claims it would change (short id,
    thread before → after, sentence); nothing is written. ``preview_review`` lists them all."""
    print(f"dry run of {path}: {len(result.review)} decisions; nothing written")
    claims = result.review_preview.itertuples(index=False)
    for action in result.review_log.itertuples(index=False):
        print(action.message)
        changed = [next(claims) for _ in range(action.claims if action.action not in ("accept", "dismiss") else 0)]
        for c in changed[:PREVIEW_LINES]:
            after = "dropped" if not c.to_thread else repr(c.label or c.to_thread)
            print(f"  {c.short_id}  {c.from_label or c.from_thread!r} → {after}  {clip(c.sentence, 90)}")
        if len(changed) > PREVIEW_LINES:
            print(f"  ... and {len(changed) - PREVIEW_LINES} more")


def _print_summary(result) -> None:
    """The run in one line, then where each thread that moved began and stands (see
    :mod:`claimtrack.stages.headlines`)."""
    moved = result.changes[result.changes["flag"].isin(CHANGED)]
    print(
        f"{len(result.articles)} articles, {len(result.aligned)} claims, {len(result.threads)} threads, "
        f"{len(moved)} changes"
    )
    lines = headlines(result.aligned, result.changes, limit=SHOWN)
    if not lines:
        return
    print("threads that changed (first level → latest level; flags):")
    for line in lines:
        print(f"  - {line}")
    more = moved["thread_id"].nunique() - SHOWN
    if more > 0:
        print(f"  ... and {more} more (see changes.csv)")


if __name__ == "__main__":
    sys.exit(main())
