"""Applying a review (see :mod:`claimtrack.stages.review_file` for the actions and formats): what each
action changes, claim by claim, so that :func:`preview_review` lists exactly what
:func:`apply_review` does.

Actions apply in the order of the review, each to the table the ones before it left. Thread actions
(move, merge, split, reject, rename) change the aligned table; flags are then recomputed, and
:func:`review_changes` applies accept and dismiss to them. A decision naming a claim, thread or flag
the run does not have is reported in one warning naming the review and the items, never an error.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from os import PathLike

import pandas as pd

from ..errors import ClaimtrackError, warn
from ..schema import ALIGNED, CHANGES, short_ids, validate
from .review_file import Review, Row, as_review

ReviewLike = Review | str | PathLike | pd.DataFrame
PREVIEW = [
    "action",
    "item",
    "claim_id",
    "short_id",
    "from_thread",
    "from_label",
    "to_thread",
    "label",
    "sentence",
]
LOG = ["action", "item", "target", "claims", "message"]
_GONE = "\x00rejected"  # the thread of a claim rejected: dropped when the review is done
FLAG_ACTIONS = ("accept", "dismiss")


@dataclass
class _Run:
    """The table as the actions so far left it, and what they did."""

    out: pd.DataFrame
    source: str
    preview: list[dict] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    split_threads: dict[str, str] = field(default_factory=dict)  # a split's label (folded) -> its thread

    def __post_init__(self) -> None:
        """Lookups kept in step with the table, so each decision costs little on a large corpus:
        rows by claim_id and short_id, each thread's label and size. A rejected claim's row stays
        until :meth:`table`, its thread set to ``_GONE``."""
        o = self.out
        self.by_claim = dict(zip(o["claim_id"], o.index, strict=True))
        self.by_short: dict[str, list] = {}
        for short, i in zip(o["short_id"], o.index, strict=True):
            self.by_short.setdefault(short, []).append(i)
        firsts = o.drop_duplicates("thread_id")
        self.labels = dict(zip(firsts["thread_id"], firsts["thread_label"], strict=True))
        self.sizes = Counter(o["thread_id"])

    def table(self) -> pd.DataFrame:
        """The table without the rejected claims."""
        return self.out[self.out["thread_id"] != _GONE].reset_index(drop=True)

    def claim(self, ref: str) -> pd.Index:
        """The row of the claim ``ref`` (a claim_id or short_id); empty when the run lacks it. A short
        id two claims share is an error naming both."""
        if ref in self.by_claim:
            return pd.Index([self.by_claim[ref]])
        hit = pd.Index(self.by_short.get(ref.strip().lower(), []))
        if len(hit) > 1:
            both = sorted(self.out.loc[hit, "claim_id"])
            raise ClaimtrackError(f"{self.source}: short id '{ref}' names more than one claim: {both}; use a claim_id")
        return hit

    def thread(self, ref: str) -> tuple[str, str]:
        """The id of the thread ``ref`` names (its id, a claim in it, or its label in any case) and how
        it was named ('id', 'claim', 'label'); ('', '') when none, or when a label names several."""
        if self.sizes.get(ref, 0) > 0 and ref != _GONE:
            return ref, "id"
        row = self.claim(ref)
        if len(row):
            return str(self.out.at[row[0], "thread_id"]), "claim"
        key = ref.strip().casefold()
        hits = [t for t, label in self.labels.items() if label.casefold() == key and self.sizes[t] > 0]
        return (hits[0], "label") if len(hits) == 1 else ("", "")

    def label(self, thread_id: str) -> str:
        return self.labels[thread_id]

    def exists(self, thread_id: str) -> bool:
        return self.sizes.get(thread_id, 0) > 0

    def members(self, thread_id: str) -> pd.Index:
        return self.out.index[self.out["thread_id"] == thread_id]

    def change(self, row: Row, at: pd.Index, thread_id: str, label: str, reason: str) -> int:
        """Put the claims ``at`` in ``thread_id`` labelled ``label`` (none when ``thread_id`` is '':
        rejected), recording a preview row for each claim this changes; how many it changed."""
        o = self.out
        before = o.loc[at, ["thread_id", "thread_label"]]
        moved = at[(before["thread_id"] != thread_id) | (before["thread_label"] != label)] if thread_id else at
        for i in moved:
            self.preview.append(
                {
                    "action": row[0],
                    "item": row[1],
                    "claim_id": o.at[i, "claim_id"],
                    "short_id": o.at[i, "short_id"],
                    "from_thread": o.at[i, "thread_id"],
                    "from_label": o.at[i, "thread_label"],
                    "to_thread": thread_id,
                    "label": label if thread_id else "",
                    "sentence": o.at[i, "sentence"],
                }
            )
            self.sizes[o.at[i, "thread_id"]] -= 1
        if not thread_id:
            for i in moved:
                del self.by_claim[o.at[i, "claim_id"]]
                self.by_short[o.at[i, "short_id"]].remove(i)
            thread_id, label = _GONE, ""
        if len(moved):
            o.loc[moved, ["thread_id", "thread_label"]] = [thread_id, label]
            self.sizes[thread_id] += len(moved)
            self.labels[thread_id] = label
            if reason:
                o.loc[moved, "thread_reason"] = reason
        return len(moved)

    def done(self, row: Row, claims: int, message: str) -> None:
        self.log.append(dict(zip(LOG, [*row, claims, message], strict=True)))

    def skip(self, row: Row, what: str) -> None:
        self.missing.append(f"{row[0]} {what}")
        self.done(row, 0, f"{_say(row)}: {what} not in this run, skipped")


def _say(row: Row) -> str:
    action, item, target = row
    joins = {
        "move": " to ",
        "merge": " into ",
        "rename": " as ",
        "split": " as ",
        "accept": " flag ",
        "dismiss": " flag ",
    }
    return f"{action} {item!r}" + (f"{joins.get(action, ' ')}{target!r}" if target else "")


def _claims_word(n: int, noun: str = "claim") -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _move(run: _Run, row: Row) -> None:
    at = run.claim(row[1])
    to, _ = run.thread(row[2])
    if not len(at) or not to:
        run.skip(row, f"claim {row[1]!r}" if not len(at) else f"thread {row[2]!r}")
        return
    n = run.change(row, at, to, run.label(to), "moved by review")
    run.done(row, n, f"{_say(row)}: {_claims_word(n)} moved")


def _merge(run: _Run, row: Row) -> None:
    (a, how), (b, _) = run.thread(row[1]), run.thread(row[2])
    if not a or not b:
        run.skip(row, f"thread {row[1]!r}" if not a else f"thread {row[2]!r}")
        return
    at = run.members(a) if a != b else run.out.index[:0]
    label = run.label(b)
    n = run.change(row, at, b, label, f"merged by review into {label or b!r}")
    run.done(row, n, f"{_say(row)}: {_claims_word(n)} moved")
    if how == "claim" and n > 1:
        warn(
            run.source,
            f"merge {row[1]!r} names one claim but moved its whole thread, {_claims_word(n)}; "
            f"to move only that claim, use 'move'",
        )


def _split(run: _Run, row: Row) -> None:
    at = run.claim(row[1])
    if not len(at):
        run.skip(row, f"claim {row[1]!r}")
        return
    key = row[2].strip().casefold()
    to = run.split_threads.get(key) if key else None
    to = to or f"review:{run.out.at[at[0], 'short_id']}"
    if key:
        run.split_threads.setdefault(key, to)
    label = run.label(to) if run.exists(to) else row[2] or str(run.out.at[at[0], "thread_label"])
    n = run.change(row, at, to, label, "split by review")
    run.done(row, n, f"{_say(row)}: {_claims_word(n)} split off")


def _reject(run: _Run, row: Row) -> None:
    at = run.claim(row[1])
    if not len(at):
        run.skip(row, f"claim {row[1]!r}")
        return
    n = run.change(row, at, "", "", "")
    run.done(row, n, f"{_say(row)}: {_claims_word(n)} dropped")


def _rename(run: _Run, row: Row) -> None:
    thread, _ = run.thread(row[1])
    if not thread:
        run.skip(row, f"thread {row[1]!r}")
        return
    n = run.change(row, run.members(thread), thread, row[2], "")
    run.done(row, n, f"{_say(row)}: {_claims_word(n)} relabelled")


_THREAD_ACTIONS = {"move": _move, "merge": _merge, "split": _split, "reject": _reject, "rename": _rename}


@dataclass(frozen=True)
class Applied:
    """A review applied to aligned claims: the new table, one preview row per claim changed, and
    one log row per action (``action, item, target, claims, message``)."""

    aligned: pd.DataFrame
    preview: pd.DataFrame
    log: pd.DataFrame


def run_review(aligned: pd.DataFrame, review: ReviewLike) -> Applied:
    """Apply the thread actions of ``review`` to ``aligned``, recording what each changed."""
    validate(aligned, ALIGNED, "aligned claims")
    review = as_review(review)
    run = _Run(aligned.assign(short_id=short_ids(aligned)).reset_index(drop=True), review.source)
    for row in review.rows:
        if row[0] in _THREAD_ACTIONS:
            _THREAD_ACTIONS[row[0]](run, row)
    _report_missing(run.source, run.missing)
    out = run.table().astype({"thread_id": "str", "thread_label": "str"})
    return Applied(
        validate(out, ALIGNED, "aligned claims"),
        pd.DataFrame(run.preview, columns=PREVIEW),
        pd.DataFrame(run.log, columns=LOG),
    )


def _report_missing(source: str, missing: list[str]) -> None:
    if missing:
        shown = "; ".join(missing[:10]) + (f"; and {len(missing) - 10} more" if len(missing) > 10 else "")
        warn(source, f"{_claims_word(len(missing), 'decision')} name what is not in this run, skipped: {shown}")


def apply_review(aligned: pd.DataFrame, review: ReviewLike) -> pd.DataFrame:
    """The aligned table with a review's moves, merges, splits, rejections and renames applied, in
    order. ``review`` is a :class:`Review`, a YAML or CSV file, or a table of ``action, item, target``.

    >>> import claimtrack as ct
    >>> t = ct.track(pd.DataFrame({"text": ["About 2,500 US troops are in Iraq."], "published": ["2021-07-24"]}))
    >>> ct.apply_review(t.aligned, ct.Review().rename(t.aligned["short_id"][0], "Troops"))["thread_label"].tolist()
    ['Troops']
    """
    return run_review(aligned, review).aligned


def preview_review(aligned: pd.DataFrame, review: ReviewLike) -> pd.DataFrame:
    """What applying ``review`` would change: one row per claim an action moves, drops or relabels
    (columns ``action, item, claim_id, short_id, from_thread, from_label, to_thread, label, sentence``;
    ``to_thread`` and ``label`` are empty for a rejected claim). ``aligned`` is left alone."""
    return run_review(aligned, review).preview


def review_changes(changes: pd.DataFrame, review: ReviewLike) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The changes table with a review's flag decisions applied, and their log: a dismissed flag
    leaves the table, an accepted one stays with ``review`` 'accepted'. A flag is named by its
    ``change_id``, or by its later claim (short id or claim_id) and, as the target, its flag name."""
    validate(changes, CHANGES, "changes")
    review = as_review(review)
    out = changes.copy()
    to_short = out["change_id"].str.split("-").str[-1]
    log, missing = [], []
    for row in (r for r in review.rows if r[0] in FLAG_ACTIONS):
        action, item, flag = row
        named = (out["change_id"] == item) | (out["to_claim_id"] == item) | (to_short == item.lower())
        at = out.index[named & ((out["flag"] == flag) if flag else True)]
        if not len(at):
            missing.append(f"{action} {item}{' ' + flag if flag else ''}")
        if action == "accept":
            out.loc[at, "review"] = "accepted"
        else:
            out, to_short = out.drop(index=at), to_short.drop(index=at)
        what = "accepted" if action == "accept" else "dismissed"
        found = f"{_claims_word(len(at), 'flag')} {what}" if len(at) else "flag not in this run, skipped"
        message = f"{_say(row)}: {found}"
        log.append(dict(zip(LOG, [*row, len(at), message], strict=True)))
    _report_missing(review.source, missing)
    return validate(out.reset_index(drop=True), CHANGES, "changes"), pd.DataFrame(log, columns=LOG)
