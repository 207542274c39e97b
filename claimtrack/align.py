"""``align_claims``: the same claim across articles, joined into threads with readable labels.

Counts join on their canonical subject (state, nationality, what is counted, place); a subject
that leaves out the nationality or the place joins the more specific subject it fits: the only
one in the same article, else the one most claims state (at least ``MIN_SUPPORT`` of them).
Dates join on the event their clause names and a rare entity they share, or on overlapping
periods when one side names no rare entity. Every step is blocked by kind and
subject so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd
from rapidfuzz import fuzz, process, utils

from .dask import align_dask, is_dask
from .lexicon import Lexicon, default_lexicon
from .schema import ALIGNED, CLAIMS, conform, validate

_UPPER = frozenset("us uk un eu nato isis".split())
HEAD_CUTOFF = 90.0
COMMON_SHARE = 0.3
BLOCK_WINDOW = 8
MIN_SUPPORT = 3


def align_claims(
    claims: pd.DataFrame, *, head_cutoff: float = HEAD_CUTOFF, lexicon: Lexicon | None = None
) -> pd.DataFrame:
    """The claims table plus ``thread_id``, ``thread_label`` and ``thread_reason``.

    ``head_cutoff`` is the rapidfuzz score (0-100) above which two written units ('protesters',
    'protestors') count as the same thing; ``lexicon`` gives the states and nations subjects use.
    A Dask DataFrame of claims is gathered, aligned with pandas and returned as a Dask DataFrame.
    """
    if is_dask(claims):
        return align_dask(claims, head_cutoff=head_cutoff, lexicon=lexicon)
    lex = lexicon or default_lexicon()
    validate(claims, CLAIMS, "claims")
    out = claims.copy()
    ids = pd.Series("", index=out.index, dtype=object)
    labels = ids.copy()
    reasons = ids.copy()
    ordered = out.sort_values(["published", "article_id", "start"], kind="stable", na_position="last")
    kinds = ((ordered[ordered["kind"] == "count"], _count_threads), (ordered[ordered["kind"] == "date"], _date_threads))
    for frame, fn in kinds:
        if len(frame):
            tid, label, reason = fn(frame, head_cutoff, lex)
            ids[frame.index], labels[frame.index], reasons[frame.index] = tid, label, reason
    rest = ids == ""
    ids[rest] = out.loc[rest, "kind"] + ":" + out.loc[rest, "claim_id"]
    reasons[rest] = "single claim"
    unnamed = labels == ""
    labels[unnamed] = out.loc[unnamed, "unit"].where(out.loc[unnamed, "unit"] != "", out.loc[unnamed, "surface"])
    labels = _distinct_labels(ids, labels, out["date_start"].fillna(out["published"]))
    out["thread_id"], out["thread_label"], out["thread_reason"] = ids, labels, reasons
    return validate(conform(out, ALIGNED), ALIGNED, "aligned claims")


def _distinct_labels(ids: pd.Series, labels: pd.Series, when: pd.Series) -> pd.Series:
    """Tell apart threads that would share a label by when they begin ('(Dec 2021)')."""
    first = pd.DataFrame({"id": ids, "label": labels, "when": when}).groupby("id").agg(
        label=("label", "first"), when=("when", "min")
    )
    shared = first["label"].duplicated(keep=False)
    if not shared.any():
        return labels
    stamp = first["when"].dt.strftime("%b %Y").fillna("undated")
    renamed = first["label"].where(~shared, first["label"] + " (" + stamp + ")")
    again = renamed.duplicated(keep=False)
    renamed = renamed.where(~again, renamed + " #" + (renamed.groupby(renamed).cumcount() + 1).astype(str))
    return ids.map(renamed)


def _parse_subject(subject: str, states: frozenset[str], nations: dict[str, str]) -> tuple[str, str, str, str]:
    np, _, place = subject.rpartition(" in ") if " in " in subject else (subject, "", "")
    words = np.split()
    state = words.pop(0) if words and words[0] in states else ""
    nation = " ".join(w for w in words if w in nations)
    head = " ".join(w for w in words if w not in nations)
    return state, nation, head, place


def _count_threads(frame: pd.DataFrame, cutoff: float, lex: Lexicon):
    states = frozenset(lex.states.values())
    parsed = [
        _parse_subject(s, states, lex.nations) if q != "vague" else ("", "", "", "")
        for s, q in zip(frame["subject"], frame["qualifier"], strict=True)
    ]
    heads = _merge_heads(sorted({p[2] for p in parsed if p[2]}), cutoff)
    keys = [(s, n, heads.get(h, h), p) for s, n, h, p in parsed]
    frequency = Counter(keys)
    block: dict[tuple[str, str], set] = defaultdict(set)
    by_article: dict[str, set] = defaultdict(set)
    for k, art in zip(keys, frame["article_id"], strict=True):
        block[(k[0], k[2])].add(k)
        by_article[art].add(k)
    fuller: dict[tuple, list[tuple]] = {}

    def completions(k: tuple, article: str | None) -> tuple[tuple | None, str]:
        if k not in fuller:
            more = [c for c in block[(k[0], k[2])] if _specificity(c) > _specificity(k) and _fits(c, k)]
            fuller[k] = sorted(more, key=lambda c: (-frequency[c], c))
        corpus = fuller[k]
        local = sorted(c for c in corpus if article is not None and c in by_article[article])
        if len(local) == 1:
            return local[0], "same article"
        dominant = bool(corpus) and frequency[corpus[0]] >= MIN_SUPPORT
        dominant = dominant and (len(corpus) == 1 or frequency[corpus[0]] >= 2 * frequency[corpus[1]])
        return (corpus[0], "the fitting subject most claims state") if dominant else (None, "")

    final, reasons = [], []
    for k, art, subj in zip(keys, frame["article_id"], frame["subject"], strict=True):
        if not k[2]:
            final.append(None)
            reasons.append("")
            continue
        choice, where = completions(k, art)
        while choice is not None and (further := completions(choice, None)[0]) is not None:
            choice = further
        if choice is not None:
            final.append(choice)
            reasons.append(f"'{subj}' completed as '{_key_text(choice)}' ({where})")
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


def _specificity(k: tuple[str, str, str, str]) -> int:
    return bool(k[1]) + bool(k[3])


def _fits(full: tuple[str, str, str, str], partial: tuple[str, str, str, str]) -> bool:
    """Whether a fully stated subject can complete one that leaves out its nation or place."""
    state, nation, head, place = partial
    same = full[0] == state and full[2] == head
    return same and (not nation or full[1] == nation) and (not place or full[3] == place)


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


class _Union:
    """Union-find over claim positions that remembers why each claim joined."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.why: dict[int, str] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, why: str) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
            self.why.setdefault(max(i, j), why)


def _date_threads(frame: pd.DataFrame, _cutoff: float, lex: Lexicon):
    """Join dates of the same event across articles (see the rules in ``_date_pair``)."""
    events, entity_sets = [], []
    for subject in frame["subject"]:
        event, _, names = subject.partition(":")
        names = names.strip()
        events.append(event)
        entity_sets.append({_entity_key(e) for e in _split_entities(names)})
    share = Counter(e for s in entity_sets for e in s)
    common = {e for e, n in share.items() if n >= max(3, COMMON_SHARE * len(entity_sets))} | set(lex.nations)
    claims = [
        {
            "event": ev,
            "rare": ents - common,
            "article": art,
            "start": s0,
            "end": s1,
            "deadline": role == "deadline",
            "once": ev in lex.once,
        }
        for ev, ents, art, s0, s1, role in zip(
            events, entity_sets, frame["article_id"], frame["date_start"], frame["date_end"], frame["role"], strict=True
        )
    ]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if pd.isna(c["start"]):
            continue
        for e in c["rare"]:
            blocks[("entity", c["event"], e)].append(i)
            blocks[("period", c["start"], c["end"], e)].append(i)
        if c["event"]:
            for y in range(c["start"].year, c["end"].year + 1):
                blocks[("year", c["event"], y)].append(i)
        if c["deadline"]:
            blocks[("deadline", c["event"])].append(i)
            blocks[("deadline in", c["article"])].append(i)
    candidates = []
    for members in blocks.values():
        for k, a in enumerate(members):
            for b in members[k + 1 : k + 1 + BLOCK_WINDOW]:
                why = _date_pair(claims[a], claims[b])
                if why:
                    candidates.append((-_strength(claims[a], claims[b]), a, b, why))
    union = _Union(len(claims))
    periods: dict[int, dict[str, set]] = {
        i: {c["article"]: {(c["start"], c["end"], c["deadline"])}} for i, c in enumerate(claims)
    }
    for _score, a, b, why in sorted(set(candidates)):
        ra, rb = union.find(a), union.find(b)
        if ra == rb or _cannot_link(periods[ra], periods[rb]):
            continue
        union.join(a, b, why)
        small, large = sorted((periods.pop(ra), periods.pop(rb)), key=len)
        for article, seen in small.items():
            large.setdefault(article, set()).update(seen)
        periods[union.find(a)] = large
    roots = [union.find(i) for i in range(len(claims))]
    size = Counter(roots)
    cids = frame["claim_id"].tolist()
    members = defaultdict(list)
    for i, r in enumerate(roots):
        members[r].append(claims[i])
    names = {r: _date_label(group) for r, group in members.items()}
    tids, labels, reasons = [], [], []
    for i, r in enumerate(roots):
        label = names[r]
        if size[r] == 1:
            tids.append(f"date:{cids[i]}")
            reasons.append("single claim")
        else:
            tids.append(f"date:{events[r] or 'event'}:{cids[r]}")
            reasons.append(union.why.get(i, "first claim of the thread"))
        labels.append(label)
    return tids, labels, reasons


def _strength(a: dict, b: dict) -> float:
    """How sure a date pair is: shared rare entities first, then how alike the two periods are."""
    shared = len(a["rare"] & b["rare"])
    same_event = bool(a["event"]) and a["event"] == b["event"]
    days = lambda c: (c["end"] - c["start"]).days + 1  # noqa: E731
    likeness = min(days(a), days(b)) / max(days(a), days(b))
    return 4 * shared + 2 * same_event + likeness


def _cannot_link(left: dict[str, set], right: dict[str, set]) -> bool:
    """Two claims of one article with different periods are two occurrences, never one thread
    (unless both are deadlines: a deadline restated). Each side maps article → its periods."""
    small, large = sorted((left, right), key=len)
    for article, seen in small.items():
        for start, end, deadline in large.get(article, ()):
            if any((s, e) != (start, end) and not (deadline and d) for s, e, d in seen):
                return True
    return False


def _date_pair(a: dict, b: dict) -> str:
    """Why two date claims are the same claim, or '' when they are not.

    In one article: only the same period of the same event (a deadline said twice). Across
    articles: the same event and a rare entity both name (their dates may conflict only for an
    event that happens once, such as taking office: two visits on different days are two); the same
    event with overlapping dates when one names no rare entity; deadlines of the same event; or
    the same period and a shared rare entity when one names no event.
    """
    same_period = a["start"] == b["start"] and a["end"] == b["end"]
    overlap = a["start"] <= b["end"] and b["start"] <= a["end"]
    shared = a["rare"] & b["rare"]
    if a["article"] == b["article"]:
        if same_period and (a["event"] == b["event"] or (a["deadline"] and b["deadline"])):
            return "the same period, said twice in one article"
        return ""
    if a["event"] and a["event"] == b["event"]:
        if a["deadline"] != b["deadline"]:
            return ""
        if shared and (overlap or a["once"]):
            return f"same event '{a['event']}' and both name '{sorted(shared)[0]}'"
        if a["deadline"] and b["deadline"]:
            return f"deadlines for the same event '{a['event']}'"
        if overlap and (not a["rare"] or not b["rare"]):
            return f"same event '{a['event']}', overlapping dates"
        return ""
    if (not a["event"] or not b["event"]) and same_period and shared:
        return f"same period and both name '{sorted(shared)[0]}'"
    return ""


def _split_entities(names: str) -> list[str]:
    return [n for n in names.split(", ") if n]


def _date_label(group: list[dict]) -> str:
    """'Deadline: end (Kadhimi)' — the thread's commonest event and rare entity."""
    events = Counter(c["event"] for c in group if c["event"])
    names = Counter(e for c in group for e in c["rare"])
    event = min(events, key=lambda e: (-events[e], e)) if events else "date"
    who = min(names, key=lambda e: (-names[e], e)) if names else ""
    label = event.capitalize() + (f" ({who.title()})" if who else "")
    return f"Deadline: {label[0].lower()}{label[1:]}" if all(c["deadline"] for c in group) else label
