"""What the review view shows and what its buttons mean, as plain data: no widget, no browser.

:func:`view_state` turns a run into the picker, the table and the counts the view draws;
:func:`action_review` turns a button press (an action dict: ``action``, ``claims``, ``thread``,
``target``, ``label``) into :class:`~claimtrack.Review` rows, so the view's decisions are the same
decisions a review file or ``ct.Review`` makes, and :func:`preview_lines` says what one would move.

The rows name things so that they survive re-runs on a grown corpus: claims by short id, the thread
a move or merge goes to by a claim in it (its earliest), a renamed thread by a claim in it, and a
merged thread by its label (or its id when two threads share the label: naming it by a claim would
warn that the claim's whole thread moved).
"""

from __future__ import annotations

import pandas as pd

from ...errors import ClaimtrackError
from ...stages.changes import describe_value
from ...stages.review import preview_review
from ...stages.review_file import Review
from ..chart_data import main_thread, rank_threads
from ..flag_labels import flag_of
from ..theme import clip, outlet_names

LONE = "(alone)"  # the picker's entry for the claims alone in their thread
SENTENCE_CHARS = 160
MAX_ROWS = 500  # rows the table shows; the count says how many the thread has
PREVIEW_LINES = 12
ACTIONS = ("move", "merge", "split", "reject", "rename")


def thread_choices(aligned: pd.DataFrame) -> list[dict]:
    """The picker: every thread of two or more claims (counts first, then by articles, as the charts
    rank them) as ``{id, label, claims, lone}``, then one entry (``lone`` true) for the claims alone
    in their thread, which nothing can move or merge into.

    >>> a = pd.DataFrame({"thread_id": ["t", "t", "u"], "thread_label": ["Troops", "Troops", "Ships"],
    ...                   "kind": ["count"] * 3, "subject": ["troops", "troops", "ships"],
    ...                   "article_id": ["a", "b", "a"], "claim_id": ["1", "2", "3"]})
    >>> [c["label"] for c in thread_choices(a)]
    ['Troops', 'Claims alone in their thread']
    """
    sizes = aligned.groupby("thread_id").size()
    first = aligned.drop_duplicates("thread_id").set_index("thread_id")
    out = [
        {"id": t, "label": first.at[t, "thread_label"] or t, "claims": int(sizes[t]), "lone": False}
        for t in rank_threads(aligned)
        if sizes[t] >= 2
    ]
    lone = int((sizes == 1).sum())
    return out + [{"id": LONE, "label": "Claims alone in their thread", "claims": lone, "lone": True}] if lone else out


def thread_rows(aligned: pd.DataFrame, thread: str) -> pd.DataFrame:
    """The claims the table lists for ``thread`` (a thread id, or :data:`LONE`), oldest first."""
    if thread == LONE:
        sizes = aligned.groupby("thread_id")["claim_id"].transform("size")
        rows = aligned[sizes == 1]
    else:
        rows = aligned[aligned["thread_id"] == thread]
    return rows.sort_values(["published", "article_id", "start"], kind="stable")


def claim_rows(aligned: pd.DataFrame, changes: pd.DataFrame, thread: str) -> list[dict]:
    """The table of ``thread``: one dict per claim (at most :data:`MAX_ROWS`) with its short id, thread
    label, surface, value or period, outlet, publication day, sentence (clipped) and notable flags."""
    rows = thread_rows(aligned, thread).head(MAX_ROWS)
    flags = flag_of(rows, changes)
    return [
        {
            "short_id": r["short_id"],
            "thread": r["thread_label"] or r["thread_id"],
            "surface": r["surface"],
            "value": describe_value(r),
            "outlet": outlet,
            "published": "" if pd.isna(r["published"]) else f"{r['published']:%Y-%m-%d}",
            "sentence": clip(" ".join(str(r["sentence"]).split()), SENTENCE_CHARS),
            "flag": flag,
        }
        for (_, r), outlet, flag in zip(rows.iterrows(), outlet_names(rows["source"]), flags, strict=True)
    ]


def shown_thread(aligned: pd.DataFrame, wanted: str) -> str:
    """``wanted`` if the run still has it, else the main thread ('' when there are no claims)."""
    if aligned.empty:
        return ""
    if wanted == LONE or (wanted and (aligned["thread_id"] == wanted).any()):
        return wanted
    return main_thread(aligned)


def view_state(aligned: pd.DataFrame, changes: pd.DataFrame, thread: str) -> dict:
    """Everything the view draws for ``thread`` (kept if the run still has it, else the main thread):
    ``threads`` (the picker), ``thread``, ``rows`` (the table) and ``total`` (the thread's claims)."""
    thread = shown_thread(aligned, thread)
    return {
        "threads": thread_choices(aligned),
        "thread": thread,
        "rows": claim_rows(aligned, changes, thread) if thread else [],
        "total": len(thread_rows(aligned, thread)) if thread else 0,
    }


def anchor(aligned: pd.DataFrame, thread: str) -> str:
    """A claim that names ``thread`` in a review: its earliest (by publication, then claim id)."""
    rows = aligned[aligned["thread_id"] == thread]
    if rows.empty:
        raise ClaimtrackError(f"thread {thread!r} is not in this run")
    return str(rows.sort_values(["published", "claim_id"], kind="stable")["short_id"].iloc[0])


def thread_name(aligned: pd.DataFrame, thread: str) -> str:
    """How a review names ``thread`` as a whole: its label when no other thread has it, else its id."""
    labels = aligned.drop_duplicates("thread_id").set_index("thread_id")["thread_label"]
    label = str(labels.get(thread, ""))
    unique = label and (labels.str.casefold() == label.casefold()).sum() == 1
    return label if unique else thread


def _claims(action: dict) -> list[str]:
    claims = [str(c) for c in action.get("claims") or []]
    if not claims:
        raise ClaimtrackError(f"{action['action']}: select one or more claims first")
    return claims


def _target(aligned: pd.DataFrame, action: dict) -> str:
    """The thread a move or merge goes to, named by a claim in it."""
    target = str(action.get("target") or "")
    if not target or target == LONE:
        raise ClaimtrackError(f"{action['action']}: choose the thread it goes to")
    return anchor(aligned, target)


def _move(aligned: pd.DataFrame, action: dict) -> Review:
    claims, target = _claims(action), str(action.get("target") or "")
    here = aligned.loc[aligned["short_id"].isin(claims), "thread_id"]
    if len(here) and (here == target).all():
        raise ClaimtrackError("move: these claims are already in that thread")
    return Review().move(claims, to=_target(aligned, action))


def _merge(aligned: pd.DataFrame, action: dict) -> Review:
    thread = str(action.get("thread") or "")
    if not thread or thread == LONE:
        raise ClaimtrackError("merge: pick the thread to merge in the picker first")
    if thread == action.get("target"):
        raise ClaimtrackError("merge: choose another thread to merge this one into")
    return Review().merge(thread_name(aligned, thread), into=_target(aligned, action))


def _split(aligned: pd.DataFrame, action: dict) -> Review:
    """The selected claims into one new thread, labelled as typed or '<old label> (split)'."""
    claims = _claims(action)
    label = str(action.get("label") or "").strip()
    if not label:
        old = aligned.loc[aligned["short_id"] == claims[0], "thread_label"]
        label = f"{old.iloc[0] if len(old) else 'Thread'} (split)"
        taken = set(aligned["thread_label"].str.casefold())
        n = 2
        while label.casefold() in taken:
            label, n = f"{label.rsplit(' (split', 1)[0]} (split {n})", n + 1
    return Review().split(claims, label=label)


def _rename(aligned: pd.DataFrame, action: dict) -> Review:
    thread, label = str(action.get("thread") or ""), str(action.get("label") or "").strip()
    if not thread or thread == LONE:
        raise ClaimtrackError("rename: pick the thread to rename in the picker first")
    if not label:
        raise ClaimtrackError("rename: type the new label first")
    return Review().rename(anchor(aligned, thread), label)


_BUILD = {
    "move": _move,
    "merge": _merge,
    "split": _split,
    "reject": lambda aligned, action: Review().reject(_claims(action)),
    "rename": _rename,
}


def action_review(aligned: pd.DataFrame, action: dict) -> Review:
    """The review rows one press of a button makes. ``action``: ``{"action": "move"|"merge"|"split"|
    "reject"|"rename", "claims": [short ids selected], "thread": thread shown, "target": thread id
    chosen, "label": text typed}``. Missing choices are a :class:`ClaimtrackError` saying what to do.

    >>> a = pd.DataFrame({"thread_id": ["t", "u"], "thread_label": ["Troops", "Ships"], "short_id": ["k3", "p2"],
    ...                   "published": pd.to_datetime(["2021-01-01"] * 2), "claim_id": ["a:0-1", "b:0-1"]})
    >>> action_review(a, {"action": "move", "claims": ["p2"], "target": "t"}).rows
    (('move', 'p2', 'k3'),)
    >>> action_review(a, {"action": "merge", "thread": "u", "target": "t"}).rows
    (('merge', 'Ships', 'k3'),)
    """
    kind = action.get("action")
    if kind not in _BUILD:
        raise ClaimtrackError(f"unknown action {kind!r}; the view offers {', '.join(ACTIONS)}")
    return _BUILD[kind](aligned, action)


def describe_action(aligned: pd.DataFrame, action: dict) -> str:
    """A button press in words, threads by their labels: 'move 2 claims to US troops in Iraq'.

    >>> a = pd.DataFrame({"thread_id": ["t", "u"], "thread_label": ["Troops", "Ships"]})
    >>> describe_action(a, {"action": "merge", "thread": "u", "target": "t"})
    'merge Ships into Troops'
    """
    labels = aligned.drop_duplicates("thread_id").set_index("thread_id")["thread_label"]
    here, there = (str(labels.get(action.get(k), action.get(k) or "")) for k in ("thread", "target"))
    n = len(action.get("claims") or [])
    claims = f"{n} claim" if n == 1 else f"{n} claims"
    label = str(action.get("label") or "").strip()
    return {
        "move": f"move {claims} to {there}",
        "merge": f"merge {here} into {there}",
        "split": f"split {claims} off as {label or 'a new thread'}",
        "reject": f"reject {claims}",
        "rename": f"rename {here} as {label}",
    }[action["action"]]


def preview_lines(aligned: pd.DataFrame, review: Review) -> list[str]:
    """What ``review`` would change, one line per claim ('k3x9q2mz "2,500": US troops → Troops'), at
    most :data:`PREVIEW_LINES` and a line saying how many more."""
    p = preview_review(aligned, review)
    lines = [
        f"{r.short_id} “{clip(r.sentence, 60)}”: {r.from_label or r.from_thread} → {r.label or 'dropped'}"
        for r in p.head(PREVIEW_LINES).itertuples()
    ]
    more = len(p) - PREVIEW_LINES
    return lines + [f"and {more} more"] if more > 0 else lines or ["changes nothing"]
