"""Review files: a person's decisions on threads, keyed by ``claim_id`` and applied on every run.

YAML::

    merge:   [[claim_a, claim_b]]        # claim_b (and its thread) joins claim_a's thread
    split:   [claim_c]                   # claim_c leaves its thread for one of its own
    rename:  {claim_a: US troops in Iraq} # the thread holding claim_a gets this label
    reject:  [claim_d]                   # claim_d is not a claim: drop it

CSV: columns ``action`` (merge, split, rename, reject), ``claim_id`` and ``target`` (the claim to
merge into, or the new label).
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

import pandas as pd
import yaml

from .errors import ClaimtrackError, warn, where
from .schema import ALIGNED, validate

ACTIONS = ("merge", "split", "rename", "reject")


def load_review(path: str | PathLike) -> pd.DataFrame:
    """Read a YAML or CSV review file into rows of ``action, claim_id, target``."""
    path = Path(path)
    if not path.exists():
        raise ClaimtrackError(where(path, "review file not found"))
    if path.suffix.lower() == ".csv":
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = {"action", "claim_id"} - set(table.columns)
        if missing:
            raise ClaimtrackError(
                where(path, f"review CSV needs columns action, claim_id, target; missing {sorted(missing)}")
            )
        if "target" not in table.columns:
            table["target"] = ""
        rows = table[["action", "claim_id", "target"]].to_dict("records")
    else:
        try:
            data = yaml.safe_load(path.read_text("utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ClaimtrackError(where(path, f"not valid YAML: {str(exc).splitlines()[0]}")) from exc
        if not isinstance(data, dict):
            raise ClaimtrackError(where(path, f"expected a mapping with keys {ACTIONS}"))
        rows = []
        for group in data.get("merge", []) or []:
            ids = [str(x) for x in group]
            rows.extend({"action": "merge", "claim_id": cid, "target": ids[0]} for cid in ids[1:])
        rows.extend({"action": "split", "claim_id": str(c), "target": ""} for c in data.get("split", []) or [])
        rows.extend(
            {"action": "rename", "claim_id": str(c), "target": str(t)} for c, t in (data.get("rename") or {}).items()
        )
        rows.extend({"action": "reject", "claim_id": str(c), "target": ""} for c in data.get("reject", []) or [])
    review = pd.DataFrame(rows, columns=["action", "claim_id", "target"]).astype(str)
    bad = sorted(set(review["action"]) - set(ACTIONS))
    if bad:
        raise ClaimtrackError(where(path, f"unknown actions {bad}; expected one of {ACTIONS}"))
    review.attrs["path"] = str(path)
    return review


def apply_review(aligned: pd.DataFrame, review: pd.DataFrame) -> pd.DataFrame:
    """The aligned table with a review's merges, splits, renames and rejections applied.

    Rows naming claims that are not in ``aligned`` are reported in a warning and skipped.
    """
    validate(aligned, ALIGNED, "aligned claims")
    out = aligned.copy()
    source = review.attrs.get("path", "review")
    known = set(out["claim_id"])
    named = set(review["claim_id"]) | set(review.loc[review["action"] == "merge", "target"])
    unknown = sorted(named - known)
    if unknown:
        warn(source, f"claims not found in this run, skipped: {unknown[:10]}")
    for row in review.itertuples(index=False):
        if row.claim_id not in known:
            continue
        at = out["claim_id"] == row.claim_id
        if row.action == "reject":
            out = out[~at]
            known.discard(row.claim_id)
        elif row.action == "split":
            out.loc[at, "thread_id"] = f"review:{row.claim_id}"
            out.loc[at, "thread_reason"] = "split by review"
        elif row.action == "merge" and row.target in known:
            into = out.loc[out["claim_id"] == row.target].iloc[0]
            moving = out["thread_id"] == out.loc[at, "thread_id"].iloc[0]
            out.loc[moving, ["thread_id", "thread_label"]] = [into["thread_id"], into["thread_label"]]
            out.loc[moving, "thread_reason"] = f"merged by review into the thread of {row.target}"
        elif row.action == "rename":
            thread = out["thread_id"] == out.loc[at, "thread_id"].iloc[0]
            out.loc[thread, "thread_label"] = row.target
    return validate(out.reset_index(drop=True), ALIGNED, "aligned claims")
