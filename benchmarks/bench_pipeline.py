"""The whole pipeline on all of Reuters-21578: ``load_articles`` (from a DataFrame) ->
``extract_claims`` -> ``align_claims`` -> ``flag_changes`` -> ``summarize_threads``.

One fresh process times each stage and records the peak resident set size during it (reading
the JSON files into a DataFrame comes first and is not timed); a second runs the same under
cProfile and prints the top functions by cumulative time. When an article makes a stage raise,
the traceback is printed, the articles that raise are found, and the pipeline is run again
without them, so that the remaining figures still show.

    python benchmarks/bench_pipeline.py [--quick] [--no-profile]
"""

from __future__ import annotations

import argparse
import gc
import inspect
import io
import sys
import time
import warnings
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
from benchutil import (  # noqa: E402
    KNOWN_FAILURES,
    Clock,
    children_peak_rss_kib,
    corpus_label,
    emit,
    error_record,
    failing_articles,
    fmt_int,
    fmt_mb,
    fmt_num,
    peak_rss_kib,
    print_table,
    reset_peak_rss,
    rss_kib,
    run_worker,
)

QUICK_LIMIT = 2000
TARGET_SECONDS = 120.0
TOP = 20
TIMEOUT = 3600.0
STAGES = ("load", "extract", "align", "flag", "summarize")


# ---------------------------------------------------------------- worker
def _stages(ct, frame, extract_kwargs: dict | None = None):
    """The pipeline as (name, step) pairs; each step stores its table for the next ones."""
    t: dict = {}
    kwargs = extract_kwargs or {}

    def load():
        t["articles"] = ct.load_articles(frame)
        return t["articles"]

    def extract():
        t["claims"] = ct.extract_claims(t["articles"], **kwargs)
        return t["claims"]

    def align():
        t["aligned"] = ct.align_claims(t["claims"])
        return t["aligned"]

    def flag():
        t["changes"] = ct.flag_changes(t["aligned"])
        return t["changes"]

    def summarize():
        return ct.summarize_threads(t["aligned"], t["changes"])

    return list(zip(STAGES, (load, extract, align, flag, summarize), strict=True))


def _frame(limit: int | None, exclude: list[str]):
    frame = corpora.reuters_articles(limit)
    if exclude:
        frame = frame[~frame["article_id"].isin(set(exclude))].reset_index(drop=True)
    return frame


def worker(mode: str, limit: int | None, exclude: list[str]) -> int:
    import claimtrack as ct

    frame = _frame(limit, exclude)
    emit({"stage": "input", "articles": len(frame), "chars": int(frame["text"].str.len().sum())})
    warnings.simplefilter("ignore")  # the loader's notes on wire re-sends and a missing date
    gc.collect()
    reset_peak_rss()
    stage = "load"
    if mode == "profile":
        import cProfile
        import pstats

        # extract_claims may share its work among processes the profiler cannot see into: one
        one = {"workers": 1} if "workers" in inspect.signature(ct.extract_claims).parameters else {}
        prof = cProfile.Profile()
        try:
            t0 = time.perf_counter()
            prof.enable()
            for stage, step in _stages(ct, frame, one):  # noqa: B007 - stage names the failure
                step()
            prof.disable()
        except Exception as exc:  # noqa: BLE001 - reported to the parent
            prof.disable()
            emit(error_record(stage, exc))
            return 1
        total = time.perf_counter() - t0
        texts = {}
        for key, n in (("cumulative", TOP), ("tottime", 12)):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(n)
            texts[key] = buf.getvalue()
        emit(
            {
                "stage": "profile",
                "seconds": total,
                "cumulative": texts["cumulative"],
                "tottime": texts["tottime"],
                "one": bool(one),
            }
        )
        return 0
    try:
        for stage, step in _stages(ct, frame):
            gc.collect()
            before = rss_kib()
            reset_peak_rss()
            with Clock() as clock:
                out = step()
            emit(
                {
                    "stage": stage,
                    "seconds": clock.wall,
                    "cpu": clock.cpu,
                    "rows": len(out),
                    "rss_before_kib": before,
                    "peak_kib": peak_rss_kib(),
                    "children_peak_kib": children_peak_rss_kib(),
                }
                # the flags raised: Reuters is a month of many unrelated stories, so a flag that says
                # a thread changed mostly means two stories' figures were joined
                | ({"flags": out["flag"].value_counts().to_dict()} if stage == "flag" else {})
            )
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        emit(error_record(stage, exc))
        return 1
    return 0


# ---------------------------------------------------------------- parent
def _run(mode: str, limit: int | None, exclude: list[str], timeout: float) -> dict:
    import json
    import tempfile

    records: dict[str, dict] = {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="claimtrack-bench-", delete=False) as fh:
        json.dump(exclude, fh)
        excl_path = fh.name
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        mode,
        "--exclude-file",
        excl_path,
    ]
    if limit:
        cmd += ["--limit", str(limit)]

    def on_record(rec: dict) -> None:
        records[rec["stage"]] = rec
        if rec["stage"] in STAGES:
            print(f"  {rec['stage']}: {rec['seconds']:.1f} s", flush=True)
        elif rec["stage"] == "error":
            print(f"  {rec['during']}: FAILED, {rec['error']}", flush=True)

    t0 = time.perf_counter()
    try:
        done = run_worker(cmd, on_record, lambda: time.perf_counter() - t0 > timeout)
    finally:
        Path(excl_path).unlink(missing_ok=True)
    if done["stopped"]:
        records["error"] = {
            "during": "?",
            "error": f"stopped after {timeout:.0f} s",
            "traceback": "",
        }
    elif done["returncode"] != 0 and "error" not in records:
        last = (done["stderr"].strip().splitlines() or ["?"])[-1]
        records["error"] = {
            "during": "?",
            "error": f"worker exited {done['returncode']}: {last}",
            "traceback": "",
        }
    return records


def _gist(tb: str, keep: int = 14) -> str:
    lines = tb.rstrip().splitlines()
    return "\n".join("    " + ln for ln in lines[-keep:])


class _Totals(NamedTuple):
    """The timed run in sum: wall-clock and CPU seconds, peak RSS (KiB) and whether every stage ran."""

    seconds: float
    cpu: float
    peak_kib: int | None
    complete: bool


def run(quick: bool = False, profile: bool = True, timeout: float = TIMEOUT) -> dict:
    """The pipeline timed stage by stage in a fresh process (again without the articles that make it
    raise, if some do) and set against the target, then run under cProfile; returns the figures."""
    limit = QUICK_LIMIT if quick else None
    frame = corpora.reuters_articles(limit)
    print(
        f"Reuters-21578: {len(frame):,} bodies, {int(frame['text'].str.len().sum()):,} chars"
        + (" [--quick: first 2,000]" if quick else ""),
        flush=True,
    )
    out: dict = {"errors": []}
    records, exclude, crash = _timed(frame, limit, timeout)
    out["excluded"] = exclude
    totals = _print_stages(records, exclude)
    met = _print_target(totals, quick, exclude)
    _print_flags(records)
    out.update(
        seconds={s: records[s]["seconds"] for s in STAGES if s in records},
        total=totals.seconds,
        total_cpu=totals.cpu,
        peak_mb=totals.peak_kib / 1024 if totals.peak_kib else None,
        target_met=bool(met and not exclude),
    )
    if not _report_errors(records, crash, out) and profile:
        _profiled(limit, exclude, timeout, out)
    return out


def _timed(frame, limit: int | None, timeout: float) -> tuple[dict, list[str], dict | None]:
    """The timed run's records, the articles left out of it, and the error of the run on them all if
    loading or extraction raised (then the articles that raise are found and the run repeated without them)."""
    label = corpus_label(frame)
    exclude = _known_failures(label)
    print("timed run (fresh process):", flush=True)
    records = _run("timed", limit, exclude, timeout)
    if "error" not in records or records["error"]["during"] not in ("load", "extract"):
        return records, exclude, None
    exclude = _failing(frame, label)
    if exclude:
        print(f"timed run again without those {len(exclude)} (fresh process):", flush=True)
    else:
        print("  no article raises on its own; timed run again (fresh process):", flush=True)
    return _run("timed", limit, exclude, timeout), exclude, records["error"]


def _known_failures(label: str) -> list[str]:
    """The articles the extraction benchmark found raising in this run, announced: they are left out."""
    exclude = [a for a, _ in KNOWN_FAILURES.get(label, [])]
    if exclude:
        print(
            f"  {len(exclude)} article(s) known to make extract_claims raise (found by the "
            f"extraction benchmark in this run) are left out: {', '.join(exclude)}",
            flush=True,
        )
    return exclude


def _failing(frame, label: str) -> list[str]:
    """The ids of the articles that make extract_claims raise on their own, found and printed."""
    import claimtrack as ct

    print("  finding the articles that make it raise ...", flush=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = ct.load_articles(frame)
    bad = failing_articles(articles, label)
    for aid, msg in bad:
        print(f"    {aid}: {msg}", flush=True)
    return [a for a, _ in bad]


def _stage_rows(records: dict) -> tuple[list[list[str]], float, float, int]:
    """A row per stage (seconds, CPU s, rows out, peak RSS, a helper's peak RSS where it rose; 'FAILED'
    or '-' where the stage did not run); the sums of seconds and CPU seconds and the helpers' peak RSS."""
    rows, total, total_cpu, child_before = [], 0.0, 0.0, 0
    for stage in STAGES:
        rec = records.get(stage)
        if not rec:
            failed = records.get("error", {}).get("during") == stage
            rows.append([stage, "FAILED" if failed else "-", "-", "-", "-", "-", "-"])
            continue
        total += rec["seconds"]
        total_cpu += rec.get("cpu", 0.0)
        child = rec.get("children_peak_kib", 0)
        rows.append(
            [
                stage,
                fmt_num(rec["seconds"], 2),
                "",
                fmt_num(rec.get("cpu"), 2),
                fmt_int(rec["rows"]),
                fmt_mb(rec["peak_kib"]),
                fmt_mb(child) if child > child_before else "-",
            ]
        )
        child_before = max(child_before, child)
    return rows, total, total_cpu, child_before


def _print_stages(records: dict, exclude: list[str]) -> _Totals:
    """The timed run as a table, stage by stage (with its share of the total when every stage ran) and in sum."""
    rows, total, total_cpu, child_peak = _stage_rows(records)
    complete = all(s in records for s in STAGES)
    for r in rows:
        if complete and r[1] not in ("FAILED", "-") and total:
            r[2] = f"{100 * float(r[1].replace(',', '')) / total:.0f} %"
    peak = max((records[s]["peak_kib"] for s in STAGES if s in records), default=None)
    rows.append(
        [
            "total",
            fmt_num(total, 2) if complete else f"{fmt_num(total, 2)} (incomplete)",
            "100 %" if complete else "",
            fmt_num(total_cpu, 2),
            "",
            fmt_mb(peak),
            fmt_mb(child_peak) if child_peak else "-",
        ]
    )
    inp = records.get("input", {})
    print()
    print(
        f"whole pipeline on {inp.get('articles', 0):,} Reuters bodies "
        f"({inp.get('chars', 0):,} chars)" + (f", without {len(exclude)} that raise" if exclude else "")
    )
    print_table(rows, ["stage", "seconds", "share", "CPU s", "rows out", "peak RSS", "worker peak RSS"])
    print(
        "(seconds: wall-clock; CPU s: this process and its helpers; peak RSS: this process's "
        "peak during the stage; worker peak RSS: the largest helper process extract_claims "
        "started, if it shared out the work)"
    )
    return _Totals(total, total_cpu, peak, complete)


def _print_target(totals: _Totals, quick: bool, exclude: list[str]) -> bool:
    """The time against ``TARGET_SECONDS``; whether it is met (a quick run never meets it)."""
    met = totals.complete and totals.seconds < TARGET_SECONDS and not quick
    print(
        f"target: all of Reuters through the pipeline in under {TARGET_SECONDS:.0f} s: "
        + (f"{totals.seconds:.0f} s" if totals.complete else "did not finish")
        + (" (quick run: not the target)" if quick else f" -> {'MET' if met and not exclude else 'NOT MET'}")
        + (" (and some articles raise)" if exclude and not quick else "")
    )
    return met


def _print_flags(records: dict) -> None:
    """The flags the timed run raised, most frequent first, and how many say a thread changed."""
    flags = records.get("flag", {}).get("flags", {})
    if flags:
        from claimtrack.schema import CHANGED

        said = ", ".join(f"{f} {n:,}" for f, n in sorted(flags.items(), key=lambda fn: -fn[1]))
        print(
            f"flags raised: {said}; saying a thread changed: {sum(flags.get(f, 0) for f in CHANGED):,} "
            "(Reuters is a month of many unrelated stories: most such flags join two stories' figures)"
        )


def _report_errors(records: dict, crash: dict | None, out: dict) -> bool:
    """Print the crash on all the articles and the timed run's own error (kept in ``out``); whether
    the timed run had one."""
    if crash:
        print(f"\nERROR in {crash['during']} on the whole corpus: {crash['error']}\n" + _gist(crash["traceback"]))
        out["errors"].append(f"{crash['during']}: {crash['error']}")
    if "error" not in records:
        return False
    e = records["error"]
    if e is not crash:
        print(f"\nERROR in {e['during']}: {e['error']}\n{_gist(e['traceback'])}")
        out["errors"].append(f"{e['during']}: {e['error']}")
    return True


def _profiled(limit: int | None, exclude: list[str], timeout: float, out: dict) -> None:
    """The pipeline under cProfile in a fresh process: the top functions by cumulative and own time."""
    print(
        "\nprofiled run (fresh process, cProfile; its times run slower than the timed run):",
        flush=True,
    )
    prof = _run("profile", limit, exclude, timeout)
    if "profile" in prof:
        p = prof["profile"]
        print(f"  {p['seconds']:.1f} s under the profiler" + (" (extract_claims in 1 process)" if p.get("one") else ""))
        print(f"\ntop {TOP} functions by cumulative time:")
        print(_trim(p["cumulative"]))
        print("top 12 functions by own time (tottime):")
        print(_trim(p["tottime"]))
        out["profile_cumulative"] = p["cumulative"]
    elif "error" in prof:
        print(f"  profiled run FAILED: {prof['error']['error']}")


def _trim(stats: str) -> str:
    """pstats output without its blank lines and the 'Ordered by' preamble."""
    keep = []
    for ln in stats.splitlines():
        if not ln.strip() or ln.strip().startswith(("Ordered by", "List reduced")):
            continue
        keep.append("  " + ln.rstrip())
    return "\n".join(keep)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help=f"the first {QUICK_LIMIT:,} bodies only")
    ap.add_argument("--no-profile", action="store_true", help="skip the cProfile run")
    ap.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds before a run is stopped")
    ap.add_argument("--worker", choices=("timed", "profile"), help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--exclude-file", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        import json

        exclude = json.loads(Path(args.exclude_file).read_text()) if args.exclude_file else []
        return worker(args.worker, args.limit, exclude)
    run(args.quick, not args.no_profile, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
