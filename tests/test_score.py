"""The shared scorer on the seeds: the thresholds the issues set, measured by the tool they name."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SHARED, need_shared


def _score(*extra: str) -> dict:
    need_shared()
    cmd = [
        sys.executable,
        str(SHARED / "tools" / "score_claims.py"),
        "--articles",
        str(SHARED / "seeds"),
        "--gold",
        str(SHARED / "gold" / "seed_claims.csv"),
        "--flags",
        str(SHARED / "gold" / "seed_flags.csv"),
        *extra,
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_seed_scores():
    score = _score()
    assert score["value_recall"] >= 0.97
    assert score["precision"] >= 0.95
    assert score["pair_recall"] >= 0.95 and score["pair_precision"] >= 0.95
    assert score["flags_found"] == score["flags_expected"] == 6


def test_troop_thread_focus():
    score = _score("--focus", "us_troops_iraq")
    assert score["focus_recall"] == 1.0 and score["focus_purity"] == 1.0
    assert score["focus_decrease_steps"] >= 1
