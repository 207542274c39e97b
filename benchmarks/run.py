"""claimtrack's benchmarks in one run: accuracy, extraction speed, alignment at scale and the
whole pipeline, each printed beside its baseline, then the targets met and not met.

    python benchmarks/run.py                  # everything (several minutes to tens of minutes)
    python benchmarks/run.py --quick          # small sizes: a smoke run
    python benchmarks/run.py --only extract   # one part: accuracy | extract | align | pipeline

The corpora are read from ../shared at run time; nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
from benchutil import print_table  # noqa: E402

PARTS = ("accuracy", "extract", "align", "pipeline")


def _git() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=corpora.ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "claimtrack"],
            cwd=corpora.ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return head + (" + uncommitted changes in claimtrack/" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _versions() -> str:
    out = []
    for pkg in ("pandas", "quantulum3", "scikit-learn", "dateparser"):
        try:
            out.append(f"{pkg} {version(pkg)}")
        except PackageNotFoundError:
            out.append(f"{pkg} -")
    return ", ".join(out)


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def header() -> None:
    print(f"claimtrack benchmarks, {datetime.now():%Y-%m-%d %H:%M}")
    print(f"  commit {_git()}; Python {platform.python_version()}; {_versions()}")
    print(f"  {os.cpu_count()} cores; load average {_load()} (other work on the machine slows the timings)")
    print(f"  corpora from {corpora.SHARED}")


def section(title: str) -> None:
    print(f"\n{'=' * 100}\n{title}\n{'=' * 100}", flush=True)


def summary(results: dict, quick: bool) -> None:
    """Every part's headline figures against their targets in one table, then the errors of all parts."""
    section(
        "SUMMARY: figures against their targets"
        + (" (--quick: smaller sizes, not the targets' sizes)" if quick else "")
    )
    rows = (
        _accuracy_rows(results.get("accuracy"), quick)
        + _extract_rows(results.get("extract"), quick)
        + _align_rows(results.get("align"), quick)
        + _pipeline_rows(results.get("pipeline"), quick)
    )
    if rows:
        print_table(rows, ["measure", "claimtrack", "target", "baselines / notes", "verdict"])
    errors = [(part, e) for part, r in results.items() if isinstance(r, dict) for e in r.get("errors", [])]
    for part, e in errors:
        print(f"ERROR ({part}): {e}")


def _accuracy_rows(acc: dict | None, quick: bool) -> list[list[str]]:
    """The Wikinews dev set's recall and precision (its gold articles' if the corpus crashed), the
    seeds and stories scored together, then the general-news dev set."""
    if not acc:
        return []
    rows = []
    wiki = acc.get("wikinews dev") or {}
    alt = acc.get("wikinews dev, gold articles only") or {}
    w = wiki if "value_recall" in wiki else alt
    if "value_recall" in w:  # neither the corpus nor its gold articles scored: FAILED below
        label = "Wikinews dev" + ("" if w is wiki else " (gold articles only: the corpus crashed)")
        rows.append(
            [
                f"{label}: value recall / precision",
                f"{w['value_recall']:.3f} / {w['precision']:.3f}",
                ">= 0.9 / >= 0.9",
                "seeds: " + _seeds(acc),
                _verdict(acc.get("targets_met"), quick),
            ]
        )
    else:
        rows.append(["Wikinews dev: value recall / precision", "FAILED", ">= 0.9 / >= 0.9", "", "NOT MET"])
    s = acc.get("seeds + stories") or {}
    if "value_recall" in s:
        rows.append(
            [
                "seeds + stories: value recall; pairs; flags found, flag precision",
                f"{s['value_recall']:.3f}; {s['pair_recall']:.3f} / {s['pair_precision']:.3f}; "
                f"{s['flags_found']}/{s['flags_expected']}, {s['flag_precision']:.3f}",
                ">= 0.97; >= 0.85 / >= 0.90; >= 90 %, >= 0.90",
                "one corpus: look-alikes across stories must stay apart",
                _verdict(acc.get("story_targets_met"), quick),
            ]
        )
    g = acc.get("general news dev") or {}
    if "value_recall" in g:
        rows.append(
            [
                "general news dev: value recall / precision",
                f"{g['value_recall']:.3f} / {g['precision']:.3f}",
                ">= 0.95 / >= 0.95",
                "Wikinews sport, science, economy ... and Reuters economy",
                _verdict(acc.get("general_targets_met"), quick),
            ]
        )
    return rows


def _extract_rows(ext: dict | None, quick: bool) -> list[list[str]]:
    """claimtrack's extraction speed on the subset against quantulum3's, and the articles that raise."""
    if not (ext and ext.get("rows")):
        return []
    sub = {r["tool"].split()[0].rstrip(","): r for r in ext["rows"] if r["on"] == "subset"}
    ct_, q, d = sub.get("claimtrack"), sub.get("quantulum3"), sub.get("dateparser")
    rows = [
        [
            f"extraction, {ext['subset_bodies']:,} Reuters bodies (chars per CPU-s)",
            f"{ct_['chars_per_cpu_s']:,.0f} (1 process)" if ct_ and not ct_["error"] else "FAILED",
            ">= 50x quantulum3",
            f"quantulum3 {q['chars_per_cpu_s']:,.0f}; dateparser {d['chars_per_cpu_s']:,.0f}" if q and d else "",
            f"{ext['ratio_subset']:.1f}x " + _verdict(ext.get("target_met"), quick),
        ]
    ]
    if ext.get("failing_articles"):
        rows.append(
            [
                "extraction on all of Reuters",
                f"{len(ext['failing_articles'])} article(s) raise",
                "no crash",
                ", ".join(a for a, _ in ext["failing_articles"][:3]),
                "NOT MET",
            ]
        )
    return rows


def _align_rows(al: dict | None, quick: bool) -> list[list[str]]:
    """align_claims's CPU time per claim, and align + flag's, at the largest size against the smallest."""
    if not (al and al.get("sizes")):
        return []
    lo, hi = al["sizes"][0], al["sizes"][-1]
    x, bound = al.get("ratio_align+flag"), al.get("ratio_align+flag_is_lower_bound")
    xa, bound_a = al.get("ratio_align"), al.get("ratio_align_is_lower_bound")
    return [
        [
            f"align_claims per claim, {hi['n']:,} vs {lo['n']:,} claims (CPU µs)",
            f"{_us_per_claim(hi, 'align_cpu')} vs {_us_per_claim(lo, 'align_cpu')}",
            "<= 3x",
            "",
            "-" if xa is None else f"{'>=' if bound_a else ''}{xa:.1f}x " + _verdict(al.get("target_met"), quick),
        ],
        [
            f"align + flag per claim, {hi['n']:,} vs {lo['n']:,} claims (CPU µs)",
            "",
            "<= 3x",
            "",
            "-" if x is None else f"{'>=' if bound else ''}{x:.1f}x",
        ],
    ]


def _us_per_claim(size: dict, key: str) -> str:
    """CPU microseconds per claim of one size's ``key`` ('>' before a lower bound), '-' if not measured."""
    if size.get(key) is None:
        return "-"
    return f"{('>' if size['lower_bound'] else '')}{size[key] / size['n'] * 1e6:,.0f}"


def _pipeline_rows(pipe: dict | None, quick: bool) -> list[list[str]]:
    """The whole pipeline's seconds on Reuters (incomplete if a stage did not run) and its peak memory."""
    if not (pipe and "total" in pipe):
        return []
    done = len(pipe.get("seconds", {})) == 5
    return [
        [
            "whole pipeline on Reuters (s)" + (" without crashing articles" if pipe.get("excluded") else ""),
            f"{pipe['total']:.0f}" + ("" if done else " (incomplete)"),
            "< 120",
            f"peak RSS {pipe['peak_mb']:,.0f} MB" if pipe.get("peak_mb") else "",
            _verdict(pipe.get("target_met"), quick),
        ]
    ]


def _seeds(acc: dict) -> str:
    s = acc.get("seeds") or {}
    if "value_recall" not in s:
        return "FAILED"
    return (
        f"recall {s['value_recall']:.2f}, precision {s['precision']:.2f}, "
        f"flags {s['flags_found']}/{s['flags_expected']}"
    )


def _verdict(met, quick: bool) -> str:
    return "(quick run)" if quick else "MET" if met else "NOT MET"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated parts to run: " + " | ".join(PARTS))
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--no-profile", action="store_true", help="pipeline: skip the cProfile run")
    ap.add_argument(
        "--align-timeout",
        type=float,
        help="align: seconds of align + flag per size before stopping",
    )
    args = ap.parse_args()
    parts = PARTS if not args.only else tuple(p.strip() for p in args.only.split(","))
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        ap.error(f"unknown part(s) {unknown}; choose from {', '.join(PARTS)}")

    header()
    results: dict = {}
    failed = False
    t0 = time.perf_counter()
    for part in PARTS:
        if part not in parts:
            continue
        try:
            if part == "accuracy":
                import bench_accuracy

                section("ACCURACY: ../shared/tools/score_claims.py on the seeds and the Wikinews dev set")
                results[part] = bench_accuracy.run(args.quick)
            elif part == "extract":
                import bench_extract

                section("EXTRACTION SPEED: Reuters-21578 bodies, claimtrack vs quantulum3 vs dateparser")
                results[part] = bench_extract.run(args.quick)
            elif part == "align":
                import bench_align

                section("ALIGNMENT AT SCALE: align_claims + flag_changes on synthetic claims tables")
                kw = {"timeout": args.align_timeout} if args.align_timeout else {}
                results[part] = bench_align.run(args.quick, **kw)
            elif part == "pipeline":
                import bench_pipeline

                section("WHOLE PIPELINE: all of Reuters-21578, load -> extract -> align -> flag -> summarize")
                results[part] = bench_pipeline.run(args.quick, profile=not args.no_profile)
        except Exception:  # noqa: BLE001 - one broken part must not hide the others
            failed = True
            print(f"\nthe {part} benchmark itself failed:\n{traceback.format_exc()}", flush=True)
            results[part] = {"errors": [f"the {part} benchmark itself failed"]}
    try:
        summary(results, args.quick)
    except Exception:  # noqa: BLE001 - the figures above still stand
        failed = True
        print(f"\nthe summary failed:\n{traceback.format_exc()}", flush=True)
    print(f"\nran in {time.perf_counter() - t0:,.0f} s; load average now {_load()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
