"""Extraction speed on Reuters-21578 bodies: claimtrack ``extract_claims`` against quantulum3
``parser.parse`` and dateparser ``search.search_dates``, one body at a time.

The slow baselines run on a fixed subset (the first ``--subset`` bodies in file order) and
claimtrack is timed on the same subset, then on all bodies. This VM's speed drifts (a busy
spell can slow it by half for seconds at a time), so the subset run is spread over time: the
baselines go through it in ``BLOCKS`` blocks, and before each block claimtrack extracts the
whole subset once; its figure is the mean of those runs, taken across the same stretch of time
as the baselines' single pass. Only extraction is timed: loading, ``load_articles`` and a
warm-up call of each tool (classifier and lexicon loading) are not. Both wall-clock and CPU
seconds are taken; the ratios to quantulum3 use CPU seconds of runs in one process (steadier
than wall-clock when the machine is busy), wall-clock ratios beside them.

    python benchmarks/bench_extract.py [--quick] [--subset N]
"""

from __future__ import annotations

import argparse
import inspect
import os
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
from benchutil import (  # noqa: E402
    Clock,
    corpus_label,
    failing_articles,
    fmt_int,
    fmt_num,
    print_table,
)

SUBSET = 2000
QUICK_SUBSET = 200
QUICK_ALL = 2000
WARMUP_BODIES = 5
BLOCKS = 10
TARGET_RATIO = 50.0
NOTES_BASELINE = {"quantulum3": 49_000, "dateparser": 200_000}  # chars/s, ../shared/NOTES.md


def _sentences(texts) -> int:
    from claimtrack.grammar.text import split_sentences

    return sum(len(split_sentences(t).starts) for t in texts)


def quantulum_parser(tmpdir: str):
    """quantulum3's ``parse`` with a classifier that loads under the installed scikit-learn.

    quantulum3 0.10.0 ships a classifier pickled with scikit-learn 1.8.0, which newer
    scikit-learn cannot unpickle. Then a classifier is trained from quantulum3's own bundled
    training set (about 10 s, not timed) into a temporary file. Returns ``(parse, note)``.
    """
    from quantulum3 import parser

    probe = "between 5,000 and 6,000 US troops, 3.7 PCT, 1.2 BILLION DLRS"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parser.parse(probe)
            return parser.parse, "shipped classifier"
        except Exception as exc:  # noqa: BLE001 - any unpickling failure
            reason = f"{type(exc).__name__}: {exc}"
        from importlib.metadata import version

        from quantulum3 import classifier

        path = os.path.join(tmpdir, "quantulum3-clf.joblib")
        classifier.train_classifier(store=True, output_path=path, n_jobs=1)
        parser.parse(probe, classifier_path=path)
    note = (
        f"shipped classifier failed under scikit-learn {version('scikit-learn')} ({reason[:60]}); "
        "retrained from quantulum3's bundled training set"
    )
    return (lambda text: parser.parse(text, classifier_path=path)), note


def _time_per_body(fn, texts) -> tuple[Clock, int, int]:
    """Call ``fn`` on each text: the clock, items found, bodies that raised."""
    found = errors = 0
    with warnings.catch_warnings(), Clock() as clock:
        warnings.simplefilter("ignore")
        for text in texts:
            try:
                out = fn(text)
            except Exception:  # noqa: BLE001 - a baseline failing on a body is counted, not fatal
                errors += 1
                continue
            found += len(out) if out else 0
    return clock, found, errors


def _time_claimtrack(ct, articles, workers: int | None = None) -> tuple[Clock, int, str]:
    kwargs = {} if workers is None else {"workers": workers}
    n, err = 0, ""
    with warnings.catch_warnings(), Clock() as clock:
        warnings.simplefilter("ignore")
        try:
            n = len(ct.extract_claims(articles, **kwargs))
        except Exception as exc:  # noqa: BLE001 - reported, the run goes on
            err = f"{type(exc).__name__}: {exc}"
    return clock, n, err


def _spread_over_time(ct, articles, workers, baselines: dict, blocks: int) -> dict:
    """The baselines once through ``articles`` in ``blocks`` blocks; before each block, claimtrack
    on all of ``articles``. Per tool: its clock (claimtrack: the mean run), items found, failures."""
    from types import SimpleNamespace

    totals = {tool: [SimpleNamespace(wall=0.0, cpu=0.0), 0, []] for tool in baselines}
    runs = []
    size = -(-len(articles) // blocks)
    for i in range(0, len(articles), size):
        runs.append(_time_claimtrack(ct, articles, workers))
        texts = articles["text"].iloc[i : i + size].tolist()
        for tool, fn in baselines.items():
            clock, found, errors = _time_per_body(fn, texts)
            total = totals[tool]
            total[0].wall += clock.wall
            total[0].cpu += clock.cpu
            total[1] += found
            total[2].append(errors)
    out = {
        f"claimtrack, 1 process (mean of {len(runs)} runs)": (
            SimpleNamespace(
                wall=sum(c.wall for c, _, _ in runs) / len(runs), cpu=sum(c.cpu for c, _, _ in runs) / len(runs)
            ),
            runs[0][1],
            "; ".join(sorted({e for _, _, e in runs if e})),
        )
    }
    cpus = sorted(c.cpu for c, _, _ in runs)
    print(f"  claimtrack CPU s per run on the subset: {', '.join(f'{c:.2f}' for c in cpus)}", flush=True)
    for tool, (clock, found, errors) in totals.items():
        out[tool] = (clock, found, f"{sum(errors)} bodies raised" if sum(errors) else "")
    return out


def _has_workers(ct) -> bool:
    return "workers" in inspect.signature(ct.extract_claims).parameters


def run(quick: bool = False, subset: int | None = None) -> dict:
    """Time the baselines and claimtrack on the subset, claimtrack on all bodies; print the table and
    the targets, and return the runs, the ratios to quantulum3 and whether the target is met."""
    import claimtrack as ct

    articles, sub = _corpus(ct, quick, subset)
    one = 1 if _has_workers(ct) else None  # one process: the same footing as the single-threaded baselines
    results: dict = {
        "subset_bodies": len(sub),
        "all_bodies": len(articles),
        "rows": [],
        "errors": [],
    }
    # a warm-up, not timed: lexicons, regex compilation
    _time_claimtrack(ct, articles.head(WARMUP_BODIES), one)
    runs, qnote = _subset_runs(ct, sub, one)
    runs += _all_runs(ct, articles, results)
    _add_rates(runs)
    results["errors"] += [f"{r['tool']} on {r['on']}: {r['error']}" for r in runs if r["error"]]
    results["rows"] = runs
    results.update(_ratios(runs), quantulum_note=qnote)
    _print_runs(runs)
    results["target_met"] = _print_targets(results)
    return results


def _corpus(ct, quick: bool, subset: int | None):
    """All the bodies as articles (a fixed sample with --quick) and the subset the baselines run on."""
    n_sub = subset or (QUICK_SUBSET if quick else SUBSET)
    frame = corpora.reuters_articles(limit=QUICK_ALL if quick else None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate wire re-sends, one missing date
        articles = ct.load_articles(frame)
    sub = articles.head(n_sub)
    print(
        f"Reuters-21578 bodies: subset = the first {len(sub):,}; all = {len(articles):,}"
        + ("  [--quick: 'all' is a fixed sample]" if quick else ""),
        flush=True,
    )
    return articles, sub


def _run_row(tool: str, on: str, texts: list[str], timing: tuple, single: bool = True) -> dict:
    """One timed run ``(clock, found, error)`` of ``tool`` on ``texts`` as a row of the table, printed as it comes."""
    clock, found, err = timing
    row = {
        "tool": tool,
        "on": on,
        "bodies": len(texts),
        "chars": sum(map(len, texts)),
        "sentences": _sentences(texts),
        "wall": clock.wall,
        "cpu": clock.cpu,
        "found": found,
        "error": err,
        "single": single,
    }
    print(
        f"  {tool} on {on}: {clock.wall:.1f} s wall, {clock.cpu:.1f} s CPU" + (f", FAILED: {err}" if err else ""),
        flush=True,
    )
    return row


def _subset_runs(ct, sub, one: int | None) -> tuple[list[dict], str]:
    """The baselines and claimtrack on the subset, spread over time, after the baselines' warm-ups:
    their rows and the note on quantulum3's classifier."""
    sub_texts = sub["text"].tolist()
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as tmp:
        qparse, qnote = quantulum_parser(tmp)
        from dateparser.search import search_dates

        dparse = lambda text: search_dates(text, languages=["en"])  # noqa: E731
        for fn in (qparse, dparse):  # warm-ups, not timed: classifier loading
            _time_per_body(fn, sub_texts[:WARMUP_BODIES])
        print(f"quantulum3: {qnote}", flush=True)

        baselines = {"quantulum3 parser.parse": qparse, "dateparser search_dates(en)": dparse}
        timings = _spread_over_time(ct, sub, one, baselines, BLOCKS)
        return [_run_row(tool, "subset", sub_texts, timing) for tool, timing in timings.items()], qnote


def _all_runs(ct, articles, results: dict) -> list[dict]:
    """claimtrack on all the bodies, by default and in one process. When it raises, the articles that
    make it raise are found (kept in ``results``) and it runs again without them."""
    parallel = _has_workers(ct)
    variants = [("claimtrack, 1 process", 1)] if parallel else [("claimtrack", None)]
    if parallel:
        variants.insert(0, (f"claimtrack, default (up to {os.cpu_count() or 1} processes)", None))
    runs = []
    keep, on = articles, "all"
    for tool, workers in variants:
        single = workers is not None or not parallel
        timing = _time_claimtrack(ct, keep, workers)
        runs.append(_run_row(tool, on, keep["text"].tolist(), timing, single))
        if timing[2] and keep is articles:
            bad = _failing(articles, results)
            if bad:
                keep = articles[~articles["article_id"].isin({a for a, _ in bad})]
                on = f"all but {len(bad)}"
                runs.append(_run_row(tool, on, keep["text"].tolist(), _time_claimtrack(ct, keep, workers), single))
    return runs


def _failing(articles, results: dict) -> list[tuple[str, str]]:
    """The articles that make extract_claims raise, found one by one, printed and kept in ``results``."""
    print("  finding the articles that make extract_claims raise (one more pass) ...", flush=True)
    bad = failing_articles(articles, label=corpus_label(articles))
    results["failing_articles"] = bad
    for aid, msg in bad:
        print(f"    {aid}: {msg}", flush=True)
    return bad


def _add_rates(runs: list[dict]) -> None:
    """Each run's characters and sentences per second, and its speed against quantulum3's."""
    for r in runs:
        r["chars_per_s"] = r["chars"] / r["wall"] if r["wall"] else float("nan")
        r["chars_per_cpu_s"] = r["chars"] / r["cpu"] if r["cpu"] else float("nan")
        r["sentences_per_s"] = r["sentences"] / r["wall"] if r["wall"] else float("nan")
    q = next(r for r in runs if r["tool"].startswith("quantulum3"))
    for r in runs:
        r["vs_quantulum3_wall"] = r["chars_per_s"] / q["chars_per_s"]
        # CPU seconds compare like with like only for runs in one process
        r["vs_quantulum3_cpu"] = r["chars_per_cpu_s"] / q["chars_per_cpu_s"] if r["single"] else float("nan")


def _ratios(runs: list[dict]) -> dict:
    """claimtrack against quantulum3: on the subset (CPU and wall), on all bodies in one process (CPU)
    and by default (wall); NaN where that run failed."""
    ok = [r for r in runs if r["tool"].startswith("claimtrack") and not r["error"]]
    sub_row = next((r for r in ok if r["on"] == "subset"), None)
    all_one = next((r for r in ok if r["on"] != "subset" and r["single"]), None)
    all_default = next((r for r in ok if r["on"] != "subset" and not r["single"]), all_one)
    nan = float("nan")
    return {
        "ratio_subset": sub_row["vs_quantulum3_cpu"] if sub_row else nan,
        "ratio_subset_wall": sub_row["vs_quantulum3_wall"] if sub_row else nan,
        "ratio_all_one_process": all_one["vs_quantulum3_cpu"] if all_one else nan,
        "ratio_all_default_wall": all_default["vs_quantulum3_wall"] if all_default else nan,
    }


def _times(v: float) -> str:
    """A ratio as '12.3x', '-' for none."""
    return "-" if v != v else f"{v:.1f}x"


def _print_runs(runs: list[dict]) -> None:
    """The runs as a table, with a note on what its columns count."""
    print()
    print_table(
        [
            [
                r["tool"],
                r["on"],
                fmt_int(r["bodies"]),
                fmt_int(r["chars"]),
                fmt_int(r["sentences"]),
                fmt_num(r["wall"], 2),
                fmt_num(r["cpu"], 2),
                fmt_int(r["chars_per_s"]),
                fmt_int(r["chars_per_cpu_s"]),
                fmt_int(r["sentences_per_s"]),
                fmt_int(r["found"]),
                "FAILED" if r["error"] else _times(r["vs_quantulum3_cpu"]),
                "FAILED" if r["error"] else _times(r["vs_quantulum3_wall"]),
            ]
            for r in runs
        ],
        [
            "tool",
            "on",
            "bodies",
            "chars",
            "sentences",
            "wall s",
            "CPU s",
            "chars/s",
            "chars/CPU-s",
            "sentences/s",
            "found",
            "vs q3 (CPU)",
            "vs q3 (wall)",
        ],
    )
    print(
        "(found = claims for claimtrack, quantities for quantulum3, (text, date) hits for "
        "dateparser; chars/s and sentences/s are wall-clock; CPU s counts helper processes too, "
        "so a CPU ratio is only shown for runs in one process; ../shared/NOTES.md measured "
        f"quantulum3 at ~{NOTES_BASELINE['quantulum3']:,} and dateparser at "
        f"~{NOTES_BASELINE['dateparser']:,} chars/s)"
    )


def _print_targets(results: dict) -> bool:
    """The speed target and the no-crash target, then the errors; whether the speed target is met."""
    ratio = results["ratio_subset"]
    met = ratio >= TARGET_RATIO
    print(
        f"target: claimtrack (1 process) >= {TARGET_RATIO:.0f}x quantulum3 on the same bodies, "
        f"CPU time: {_times(ratio)} -> {'MET' if met else 'NOT MET'} "
        f"(wall-clock {_times(results['ratio_subset_wall'])}; "
        f"all bodies in 1 process {_times(results['ratio_all_one_process'])} CPU)"
    )
    if results.get("failing_articles"):
        print(
            "target: extract_claims runs on all of Reuters without raising -> NOT MET "
            f"({len(results['failing_articles'])} article(s) raise)"
        )
    for e in results["errors"]:
        print(f"ERROR {e}")
    return bool(met)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a 2,000-body sample, baselines on 200")
    ap.add_argument("--subset", type=int, help=f"bodies for the baseline comparison (default {SUBSET})")
    args = ap.parse_args()
    run(args.quick, args.subset)
    return 0


if __name__ == "__main__":
    sys.exit(main())
