"""``align_claims``: the same claim across articles, joined into threads with readable labels.

Counts join on their canonical subject (state, nationality, what is counted, place); a subject
that leaves out the nationality or the place joins the one fully stated subject it fits, found in
the same article first. Dates join on the event their clause names and a rare entity they share,
or on overlapping periods when one side names no rare entity. Every step is blocked by kind and
subject so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd
from rapidfuzz import fuzz, process, utils

from .lexicon import default_lexicon
from .schema import ALIGNED, CLAIMS, conform, validate

_NATIONS = frozenset(
    "us uk iraqi iranian syrian turkish russian french german nato coalition afghan kurdish israeli chinese".split()
)
_UPPER = frozenset("us uk un eu nato isis".split())
HEAD_CUTOFF = 90.0
COMMON_SHARE = 0.3


def align_claims(claims: pd.DataFrame, *, head_cutoff: float = HEAD_CUTOFF) -> pd.DataFrame:
    """The claims table plus ``thread_id``, ``thread_label`` and ``thread_reason``.

    ``head_cutoff`` is the rapidfuzz score (0-100) above which two written units ('protesters',
    'protestors') count as the same thing.
    """
    validate(claims, CLAIMS, "claims")
    out = claims.copy()
    ids = pd.Series("", index=out.index, dtype=object)
    labels = ids.copy()
    reasons = ids.copy()
    counts = out["kind"] == "count"
    for frame, fn in ((out[counts], _count_threads), (out[out["kind"] == "date"], _date_threads)):
        if len(frame):
            tid, label, reason = fn(frame, head_cutoff)
            ids[frame.index], labels[frame.index], reasons[frame.index] = tid, label, reason
    rest = ids == ""
    ids[rest] = out.loc[rest, "kind"] + ":" + out.loc[rest, "claim_id"]
    labels[rest] = out.loc[rest, "unit"].where(out.loc[rest, "unit"] != "", out.loc[rest, "surface"])
    reasons[rest] = "single claim"
    out["thread_id"], out["thread_label"], out["thread_reason"] = ids, labels, reasons
    return validate(conform(out, ALIGNED), ALIGNED, "aligned claims")


def _parse_subject(subject: str, states: frozenset[str]) -> tuple[str, str, str, str]:
    np, _, place = subject.rpartition(" in ") if " in " in subject else (subject, "", "")
    words = np.split()
    state = words.pop(0) if words and words[0] in states else ""
    nation = " ".join(w for w in words if w in _NATIONS)
    head = " ".join(w for w in words if w not in _NATIONS)
    return state, nation, head, place


def _count_threads(frame: pd.DataFrame, cutoff: float):
    states = frozenset(default_lexicon().states.values())
    parsed = [
        _parse_subject(s, states) if q != "vague" else ("", "", "", "")
        for s, q in zip(frame["subject"], frame["qualifier"], strict=True)
    ]
    heads = _merge_heads(sorted({p[2] for p in parsed if p[2]}), cutoff)
    keys = [(s, n, heads.get(h, h), p) for s, n, h, p in parsed]
    full = {k for k in keys if k[1] and k[3]}
    frequency = Counter(keys)
    by_article: dict[str, set] = defaultdict(set)
    for k, art in zip(keys, frame["article_id"], strict=True):
        by_article[art].add(k)
    final, reasons = [], []
    for k, art, subj in zip(keys, frame["article_id"], frame["subject"], strict=True):
        if not k[2]:
            final.append(None)
            reasons.append("")
            continue
        if k in full or (k[1] and k[3]):
            final.append(k)
            reasons.append(f"same subject '{subj}'")
            continue
        fits = lambda c: c[0] == k[0] and c[2] == k[2] and (not k[1] or c[1] == k[1]) and (not k[3] or c[3] == k[3])  # noqa: E731
        local = sorted({c for c in by_article[art] if c in full and fits(c)})
        corpus = sorted((c for c in full if fits(c)), key=lambda c: (-frequency[c], c))
        dominant = len(corpus) == 1 or (len(corpus) > 1 and frequency[corpus[0]] >= 2 * frequency[corpus[1]])
        choice = local if len(local) == 1 else corpus[:1] if dominant else []
        if choice:
            final.append(choice[0])
            where = "same article" if choice is local else "the fitting subject most claims state"
            reasons.append(f"'{subj}' completed as '{_key_text(choice[0])}' ({where})")
        else:
            final.append(k)
            reasons.append(f"same subject '{subj}'")
    tids, labels = [], []
    written = defaultdict(Counter)
    for k, unit in zip(final, frame["unit"], strict=True):
        if k:
            written[k][unit] += 1
    for k, cid in zip(final, frame["claim_id"], strict=True):
        if k is None:
            tids.append(f"count:{cid}")
            labels.append("")
        else:
            tids.append("count:" + _key_text(k))
            labels.append(_label(k, written[k]))
    return tids, labels, [r or "single claim" for r in reasons]


def _key_text(k: tuple[str, str, str, str]) -> str:
    np = " ".join(p for p in k[:3] if p)
    return f"{np} in {k[3]}" if k[3] else np


def _label(k: tuple[str, str, str, str], written: Counter) -> str:
    state, nation, head, place = k
    words = [w.upper() if w in _UPPER else w for w in " ".join(p for p in (state, nation, head) if p).split()]
    label = " ".join(words)
    if place:
        label += " in " + " ".join(w.upper() if w in _UPPER else w.capitalize() for w in place.split())
    return label[:1].upper() + label[1:]


def _merge_heads(heads: list[str], cutoff: float) -> dict[str, str]:
    """Map near-identical units onto one spelling, blocked by first letter."""
    out: dict[str, str] = {}
    blocks: dict[str, list[str]] = defaultdict(list)
    for h in heads:
        blocks[h[:1]].append(h)
    for block in blocks.values():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff)
        for i, h in enumerate(block):
            j = min(j for j in range(len(block)) if scores[i][j] > 0)
            if j < i:
                out[h] = out.get(block[j], block[j])
    return out


def _entity_key(entity: str) -> str:
    words = entity.split()
    last = words[-1] if words else ""
    return re.sub(r"^(?:al|el|ad|as)-", "", last)


def _date_threads(frame: pd.DataFrame, _cutoff: float):
    events, entity_sets = [], []
    for subject in frame["subject"]:
        event, _, names = subject.partition(": ")
        events.append(event)
        entity_sets.append({_entity_key(e) for e in _split_entities(names)})
    share = Counter(e for s in entity_sets for e in s)
    common = {e for e, n in share.items() if n >= max(3, COMMON_SHARE * len(entity_sets))}
    rare = [s - common for s in entity_sets]
    parent = list(range(len(frame)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    why: dict[int, str] = {}
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    years: dict[tuple[str, int], list[int]] = defaultdict(list)
    deadlines: dict[str, list[int]] = defaultdict(list)
    starts, ends, roles = frame["date_start"].tolist(), frame["date_end"].tolist(), frame["role"].tolist()
    for i, (event, names) in enumerate(zip(events, rare, strict=True)):
        if not event:
            continue
        for e in names:
            postings[(event, e)].append(i)
        if roles[i] == "deadline":
            deadlines[event].append(i)
        elif pd.notna(starts[i]):
            for y in range(starts[i].year, ends[i].year + 1):
                years[(event, y)].append(i)
    for (event, e), members in postings.items():
        for j in members[1:]:
            union(members[0], j)
            why.setdefault(j, f"same event '{event}' and both name '{e}'")
    for (event, _y), members in years.items():
        for a in members:
            for b in members:
                if a < b and (not rare[a] or not rare[b]) and starts[a] <= ends[b] and starts[b] <= ends[a]:
                    union(a, b)
                    why.setdefault(b, f"same event '{event}', overlapping dates")
    for event, members in deadlines.items():
        for j in members[1:]:
            union(members[0], j)
            why.setdefault(j, f"deadlines for the same event '{event}'")
    roots = [find(i) for i in range(len(frame))]
    size = Counter(roots)
    cids = frame["claim_id"].tolist()
    tids, labels, reasons = [], [], []
    for i, r in enumerate(roots):
        if size[r] == 1:
            tids.append(f"date:{cids[i]}")
            labels.append(_date_label(events[i], entity_sets[i], rare[i]))
            reasons.append("single claim")
        else:
            tids.append(f"date:{events[r]}:{cids[r]}")
            labels.append(_date_label(events[r], entity_sets[r], rare[r]))
            reasons.append(why.get(i, "first claim of the thread"))
    return tids, labels, reasons


def _split_entities(names: str) -> list[str]:
    return [n for n in names.split(", ") if n]


def _date_label(event: str, names: set[str], rare: set[str]) -> str:
    who = ", ".join(sorted(rare or names)[:3]).title()
    return f"{event.capitalize() or 'Date'}{f' ({who})' if who else ''}"
