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

import io
from os import PathLike
from pathlib import Path

import pandas as pd
import yaml

from ..errors import ClaimtrackError, warn, where
from ..schema import ALIGNED, validate

ACTIONS = ("merge", "split", "rename", "reject")


def load_review(path: str | PathLike) -> pd.DataFrame:
    """Read a YAML or CSV review file into rows of ``action, claim_id, target``; a file that cannot be
    read as one is a :class:`ClaimtrackError` naming it and the problem."""
    path = Path(path)
    if not path.is_file():
        raise ClaimtrackError(where(path, "review file not found"))
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise ClaimtrackError(where(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")) from exc
    rows = _csv_rows(path, text) if path.suffix.lower() == ".csv" else _yaml_rows(path, text)
    review = pd.DataFrame(rows, columns=["action", "claim_id", "target"]).astype(str)
    bad = sorted(set(review["action"]) - set(ACTIONS))
    if bad:
        raise ClaimtrackError(where(path, f"unknown actions {bad}; expected one of {ACTIONS}"))
    review.attrs["path"] = str(path)
    return review


def _csv_rows(path: Path, text: str) -> list[dict]:
    """The rows of a review CSV: columns ``action``, ``claim_id`` and, if given, ``target``."""
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        table = pd.DataFrame()
    missing = {"action", "claim_id"} - set(table.columns)
    if missing:
        raise ClaimtrackError(
            where(path, f"review CSV needs columns action, claim_id, target; missing {sorted(missing)}")
        )
    if "target" not in table.columns:
        table["target"] = ""
    return table[["action", "claim_id", "target"]].to_dict("records")


def _yaml_rows(path: Path, text: str) -> list[dict]:
    """The rows of a review YAML, its shape checked: lists of groups to merge, a mapping to rename,
    lists of claims to split and reject."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ClaimtrackError(where(path, f"not valid YAML: {str(exc).splitlines()[0]}")) from exc
    if not isinstance(data, dict):
        raise ClaimtrackError(where(path, f"expected a mapping with keys {ACTIONS}"))
    unknown = sorted(str(k) for k in set(data) - set(ACTIONS))
    if unknown:
        raise ClaimtrackError(where(path, f"unknown actions {unknown}; expected one of {ACTIONS}"))
    shapes = {
        "merge": (list, "a list of groups of claims"),
        "split": (list, "a list of claims"),
        "rename": (dict, "a mapping of claim to label"),
        "reject": (list, "a list of claims"),
    }
    for action, (kind, what) in shapes.items():
        if not isinstance(data.get(action) or kind(), kind):
            raise ClaimtrackError(where(path, f"'{action}' must be {what}"))
    if any(not isinstance(group, list) for group in data.get("merge") or []):
        raise ClaimtrackError(where(path, "'merge' must be a list of groups of claims, such as [[a, b]]"))
    rows = []
    for group in data.get("merge") or []:
        ids = [str(x) for x in group]
        rows.extend({"action": "merge", "claim_id": cid, "target": ids[0]} for cid in ids[1:])
    rows.extend({"action": "split", "claim_id": str(c), "target": ""} for c in data.get("split") or [])
    renamed = (data.get("rename") or {}).items()
    rows.extend({"action": "rename", "claim_id": str(c), "target": str(t)} for c, t in renamed)
    rows.extend({"action": "reject", "claim_id": str(c), "target": ""} for c in data.get("reject") or [])
    return rows


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
