"""A review: a person's decisions on threads and flags, as rows of ``action, item, target``, read from
and written to YAML or CSV, or built in Python with :class:`Review`.

Every action has one meaning in all three (``item`` goes to ``target`` for move and merge)::

    move:    [{claims: [k3x9q2mz, p2r8d4tw], to: US troops in Iraq}]  # these claims, and only they
    merge:   [{thread: Troops, into: US troops in Iraq}]               # every claim of Troops
    split:   [{claims: [k3x9q2mz], label: Iraqi soldiers}]             # a new thread of these claims
    reject:  [k3x9q2mz]                                                # not a claim: drop it
    rename:  {"US troops in Iraq": "American troops in Iraq"}
    accept:  [k3x9q2mz-p2r8d4tw]                                       # a flag, by its change_id
    dismiss: [{claim: q7c2m4aa, flag: outlier}]                        # or by its later claim and flag

A claim is named by its ``short_id`` or ``claim_id``; a thread by its id, its label (any case) or a
claim in it. The older shapes still read: ``merge: [[a, b]]`` (b's thread joins a's),
``rename: {claim: label}`` and ``split: [claim]``, and a CSV whose ``claim_id`` column is ``item``.
A YAML file may also be a list of one-action mappings (``- move: {...}``), the form :meth:`Review.save`
writes when actions of one kind are not listed together, since actions apply in file order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

import pandas as pd
import yaml

from ..errors import ClaimtrackError, where
from ..schema import FLAGS

ACTIONS = ("move", "merge", "split", "reject", "rename", "accept", "dismiss")
COLUMNS = ["action", "item", "target"]
Row = tuple[str, str, str]


@dataclass(frozen=True)
class Review:
    """Review decisions in the order they apply, built step by step (each step returns a new Review).

    >>> r = Review().move(["k3x9q2mz"], to="US troops in Iraq").merge("Troops", into="US troops in Iraq")
    >>> r.rows
    (('move', 'k3x9q2mz', 'US troops in Iraq'), ('merge', 'Troops', 'US troops in Iraq'))
    """

    rows: tuple[Row, ...] = ()
    source: str = "review"  # the file it was read from: warnings name it

    def _add(self, action: str, items: str | Iterable[str], target: str = "") -> Review:
        items = [items] if isinstance(items, str) else list(items)
        added = tuple((action, str(i), str(target)) for i in items)
        return Review(self.rows + added, self.source)

    def move(self, claims: str | Iterable[str], *, to: str) -> Review:
        """The named claims (and only they) join the thread ``to`` (a thread id, label or claim in it)."""
        return self._add("move", claims, to)

    def merge(self, thread: str, *, into: str) -> Review:
        """Every claim of ``thread`` joins the thread ``into`` (each an id, label or a claim in it)."""
        return self._add("merge", thread, into)

    def split(self, claims: str | Iterable[str], *, label: str = "") -> Review:
        """The named claims leave their thread for a new one; claims split under one label share it."""
        return self._add("split", claims, label)

    def reject(self, claims: str | Iterable[str]) -> Review:
        """The named claims are not claims: drop them."""
        return self._add("reject", claims)

    def rename(self, thread: str, label: str) -> Review:
        """The thread (an id, label or a claim in it) gets ``label``."""
        return self._add("rename", thread, label)

    def accept(self, changes: str | Iterable[str], *, flag: str = "") -> Review:
        """Keep these flags, marked accepted: change ids, or later claims (with ``flag``, that flag only)."""
        return self._add("accept", changes, flag)

    def dismiss(self, changes: str | Iterable[str], *, flag: str = "") -> Review:
        """Drop these flags from the changes table: change ids, or later claims (and ``flag``)."""
        return self._add("dismiss", changes, flag)

    @property
    def table(self) -> pd.DataFrame:
        """The rows as a DataFrame of ``action, item, target``."""
        return pd.DataFrame(list(self.rows), columns=COLUMNS, dtype=str)

    def save(self, path: str | PathLike) -> Path:
        """Write the review as YAML or CSV (by suffix). A file that already holds decisions keeps them:
        unless this review starts with them (it was read from the file and extended), it is appended."""
        path = Path(path)
        held = load_review(path).rows if path.exists() else ()
        rows = self.rows if self.rows[: len(held)] == held else held + self.rows
        text = _csv_text(rows) if path.suffix.lower() == ".csv" else _yaml_text(rows)
        path.write_text(text, encoding="utf-8")
        return path

    def __len__(self) -> int:
        return len(self.rows)

    def _repr_html_(self) -> str:
        return self.table.to_html(index=False, escape=True)


def as_review(review: Review | str | PathLike | pd.DataFrame) -> Review:
    """A :class:`Review` from a Review, a file path, or a DataFrame of ``action, item, target`` rows
    (``claim_id`` taken for ``item``)."""
    if isinstance(review, Review):
        return review
    if isinstance(review, pd.DataFrame):
        source = str(review.attrs.get("path", "review"))
        return Review(tuple(_table_rows(review, source)), source)
    return load_review(review)


def load_review(path: str | PathLike) -> Review:
    """Read a YAML or CSV review file; a file that cannot be read as one is a
    :class:`ClaimtrackError` naming it and the problem."""
    path = Path(path)
    if not path.is_file():
        raise ClaimtrackError(where(path, "review file not found"))
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise ClaimtrackError(where(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")) from exc
    rows = _csv_rows(path, text) if path.suffix.lower() == ".csv" else _yaml_rows(path, text)
    return Review(tuple(rows), str(path))


def _table_rows(table: pd.DataFrame, source: str) -> list[Row]:
    """Rows of a table with columns ``action``, ``item`` (or ``claim_id``) and, if given, ``target``."""
    if "item" not in table.columns and "claim_id" in table.columns:
        table = table.rename(columns={"claim_id": "item"})
    missing = [c for c in ("action", "item") if c not in table.columns]
    if missing:
        raise ClaimtrackError(where(source, f"a review table needs columns action, item, target; missing {missing}"))
    table = table.assign(target=table["target"] if "target" in table.columns else "").fillna("")
    rows = [(str(a).strip().lower(), str(i).strip(), str(t).strip()) for a, i, t in table[COLUMNS].values]
    bad = sorted({r[0] for r in rows} - set(ACTIONS))
    if bad:
        raise ClaimtrackError(where(source, f"unknown actions {bad}; expected one of {list(ACTIONS)}"))
    for row in rows:
        _check(source, row)
    return rows


def _check(source: str, row: Row) -> None:
    """A row that cannot mean anything is an error naming it: no item, no target for a move, merge or
    rename, a flag name that is not one."""
    action, item, target = row
    if not item:
        raise ClaimtrackError(where(source, f"a '{action}' names nothing: {list(row)}"))
    if action in ("move", "merge", "rename") and not target:
        raise ClaimtrackError(where(source, f"a '{action}' needs a target: {list(row)}"))
    if action in ("accept", "dismiss") and target and target not in FLAGS:
        raise ClaimtrackError(where(source, f"'{target}' is not a flag (one of {list(FLAGS)}): {list(row)}"))


def _csv_rows(path: Path, text: str) -> list[Row]:
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        table = pd.DataFrame(columns=COLUMNS)
    return _table_rows(table, str(path))


def _yaml_rows(path: Path, text: str) -> list[Row]:
    """The rows of a review YAML: a mapping of action to decisions, or a list of such mappings."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ClaimtrackError(where(path, f"not valid YAML: {str(exc).splitlines()[0]}")) from exc
    parts = data if isinstance(data, list) else [data]
    if not all(isinstance(p, dict) for p in parts):
        raise ClaimtrackError(where(path, f"expected a mapping with keys {list(ACTIONS)}"))
    rows: list[Row] = []
    for part in parts:
        unknown = sorted(str(k) for k in set(part) - set(ACTIONS))
        if unknown:
            raise ClaimtrackError(where(path, f"unknown actions {unknown}; expected one of {list(ACTIONS)}"))
        for action, value in part.items():
            rows.extend(_yaml_action(path, action, value))
    for row in rows:
        _check(str(path), row)
    return rows


def _yaml_action(path: Path, action: str, value: object) -> list[Row]:
    """The rows of one YAML key; see the module docstring for each shape."""
    if value is None:
        return []
    if action == "rename":
        if not isinstance(value, dict):
            raise ClaimtrackError(where(path, "'rename' must be a mapping of thread to its new label"))
        return [("rename", str(k), str(v)) for k, v in value.items()]
    entries = value if isinstance(value, list) else [value]
    return [row for entry in entries for row in _yaml_entry(path, action, entry)]


# the keys of an entry: the items it names and what they go to (merge: 'thread' and 'into')
_ENTRY = {
    "move": ("claims", "to"),
    "merge": ("thread", "into"),
    "split": ("claims", "label"),
    "reject": ("claims", ""),
    "accept": ("claim", "flag"),
    "dismiss": ("claim", "flag"),
}


def _yaml_entry(path: Path, action: str, entry: object) -> list[Row]:
    if isinstance(entry, list) and action == "merge":  # the older shape: the later claims' threads join the first's
        ids = [str(x) for x in entry]
        return [("merge", i, ids[0]) for i in ids[1:]]
    if isinstance(entry, (str, int, float)) and action in ("split", "reject", "accept", "dismiss"):
        return [(action, str(entry), "")]
    items_key, target_key = _ENTRY[action]
    if (
        not isinstance(entry, dict)
        or items_key not in entry
        or (target_key in ("to", "into") and target_key not in entry)
    ):
        shape = f"{{{items_key}: ..., {target_key}: ...}}" if target_key else "a claim"
        raise ClaimtrackError(where(path, f"'{action}' entries must be {shape}, not {entry!r}"))
    items = entry[items_key]
    items = items if isinstance(items, list) else [items]
    target = str(entry.get(target_key) or "") if target_key else ""
    return [(action, str(i), target) for i in items]


def _csv_text(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def _yaml_text(rows: tuple[Row, ...]) -> str:
    """YAML in the mapping form when each action's rows are listed together, else a list of mappings."""
    runs: list[tuple[str, list]] = []
    for action, item, target in rows:
        entry = _yaml_value(action, item, target)
        if runs and runs[-1][0] == action and action != "rename":
            runs[-1][1].append(entry)
        elif runs and runs[-1][0] == action and item not in runs[-1][1][0]:
            runs[-1][1][0].update(entry)
        else:
            runs.append((action, [entry]))
    merged = _joined(runs)
    actions = [a for a, _ in merged]
    if len(set(actions)) == len(actions):
        data: object = {a: (v[0] if a == "rename" else v) for a, v in merged}
    else:
        data = [{a: (v[0] if a == "rename" else v)} for a, v in merged]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120) if rows else ""


def _yaml_value(action: str, item: str, target: str) -> object:
    if action == "rename":
        return {item: target}
    if action in ("reject",) or (action in ("accept", "dismiss", "split") and not target):
        return item
    key, to = _ENTRY[action]
    return {key: [item] if key == "claims" else item, to: target}


def _joined(runs: list[tuple[str, list]]) -> list[tuple[str, list]]:
    """Consecutive entries that move or split to the same target written as one entry."""
    out = []
    for action, entries in runs:
        kept: list = []
        for e in entries:
            same = isinstance(e, dict) and kept and isinstance(kept[-1], dict) and "claims" in e
            if same and {k: v for k, v in kept[-1].items() if k != "claims"} == {
                k: v for k, v in e.items() if k != "claims"
            }:
                kept[-1]["claims"] += e["claims"]
            else:
                kept.append(e)
        out.append((action, kept))
    return out
