"""Whether two commits extract the same claims (and align them alike) from Reuters-21578 and
Wikinews: the check that a restructure changed no claim.

    python benchmarks/same_claims.py                    # the last commit against the working tree
    python benchmarks/same_claims.py 5d11465 HEAD       # two commits
    python benchmarks/same_claims.py A B --articles 3000 --align

Each side runs in a fresh process on its own checkout (a temporary git worktree of the commit, or
the working tree for ``.``), so no module of one side is imported by the other. Prints, per corpus,
the claims of each side and either "identical" or the columns that differ with a few examples;
exits 1 if anything differs.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402

# what each side runs, with its own checkout first on sys.path: claims (and aligned claims) per corpus
_SIDE = """
import pickle, sys, warnings
warnings.simplefilter("ignore")
sys.path[:0] = [{checkout!r}, {benchmarks!r}]
import corpora, claimtrack as ct
parts = {{"reuters": corpora.reuters_articles({articles}), "wikinews": ct.load_articles(corpora.WIKINEWS_DATA)}}
out = {{}}
for name, articles in parts.items():
    claims = ct.extract_claims(articles)
    out[name] = (claims, ct.align_claims(claims) if {align} else None)
pickle.dump(out, open({dest!r}, "wb"))
"""


def _side(rev: str, articles: int | None, align: bool, tmp: Path) -> dict:
    """Run one side: ``rev`` is a commit, or '.' for the working tree."""
    checkout = corpora.ROOT
    if rev != ".":
        checkout = tmp / f"checkout-{rev}"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(checkout), rev], cwd=corpora.ROOT, check=True)
    dest = tmp / f"{rev}.pkl"
    code = _SIDE.format(
        checkout=str(checkout),
        benchmarks=str(corpora.ROOT / "benchmarks"),
        articles=articles,
        align=align,
        dest=str(dest),
    )
    try:
        subprocess.run([sys.executable, "-c", code], cwd=tmp, check=True)
    finally:
        if rev != ".":
            subprocess.run(["git", "worktree", "remove", "--force", str(checkout)], cwd=corpora.ROOT, check=False)
    with open(dest, "rb") as fh:
        return pickle.load(fh)


def differences(a: pd.DataFrame, b: pd.DataFrame, examples: int = 3) -> list[str]:
    """Lines that say how two tables differ ([] when they hold the same rows and values)."""
    if list(a.columns) != list(b.columns):
        return [f"columns differ: {sorted(set(a.columns) ^ set(b.columns))}"]
    if len(a) != len(b):
        return [f"{len(a)} rows against {len(b)}"]
    a, b = a.astype(object).fillna("<NA>").astype(str), b.astype(object).fillna("<NA>").astype(str)
    lines = []
    for col in a.columns:
        rows = (a[col] != b[col]).to_numpy().nonzero()[0]
        if len(rows):
            lines.append(f"{col}: {len(rows)} rows differ")
            lines += [f"    {a.iat[i, 0]}: {a.at[i, col]!r} -> {b.at[i, col]!r}" for i in rows[:examples]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", nargs="?", default="HEAD", help="a commit (default: HEAD)")
    parser.add_argument("after", nargs="?", default=".", help="a commit, or . for the working tree (default)")
    parser.add_argument("--articles", type=int, default=None, help="the first N Reuters bodies (default: all)")
    parser.add_argument("--align", action="store_true", help="compare the aligned claims too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sides = [_side(rev, args.articles, args.align, Path(tmp)) for rev in (args.before, args.after)]
    same = True
    for name in sides[0]:
        for stage, a, b in zip(("claims", "aligned"), sides[0][name], sides[1][name], strict=True):
            if a is None:
                continue
            lines = differences(a, b)
            same &= not lines
            print(f"{name} {stage}: {len(a):,} / {len(b):,} rows, {'identical' if not lines else 'DIFFERENT'}")
            for line in lines[:30]:
                print(f"  {line}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
