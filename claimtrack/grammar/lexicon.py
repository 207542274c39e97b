"""Word lists as data: number words, qualifiers, units, aliases, cues, states, events, nations, countries
and the words labels use.

The tables live in ``claimtrack/lexicons/*.csv``; :func:`load_lexicon` reads them once and can
merge a user's own folder of CSVs with the same names and columns on top.
"""

from __future__ import annotations

import csv
import warnings
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import ClaimtrackError, InputWarning

TABLES = (
    "number_words",
    "qualifiers",
    "units",
    "aliases",
    "cues",
    "states",
    "events",
    "nations",
    "countries",
    "labels",
)
_DERIVED = ("once", "personal", "state_types", "state_kinds", "cased_units")  # read from columns of the tables above


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Every lookup table claimtrack's grammars use, keyed by lower-case phrase (hashed by identity)."""

    number_words: dict[str, tuple[float, str]] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    units: dict[str, tuple[str, str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    cues: dict[str, str] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)
    nations: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # country names in lower case: 'iraq'
    labels: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, canonical word) -> as a label writes it
    once: dict[str, str] = field(default_factory=dict)
    personal: dict[str, str] = field(default_factory=dict)  # events told apart by who they happen to
    state_types: dict[str, str] = field(default_factory=dict)  # cue -> 'condition', 'movement' or 'object'
    state_kinds: dict[str, str] = field(default_factory=dict)  # cue -> the number kinds it is read for ('' all)
    cased_units: dict[str, str] = field(default_factory=dict)  # a unit matched only as written ('USD', 'g') -> so

    def words(self, table: str, category: str | None = None) -> list[str]:
        """Phrases of ``table`` (optionally only those of one category), longest first."""
        items = getattr(self, table).items()
        chosen = [k for k, v in items if category is None or category in (v if isinstance(v, tuple) else (v,))]
        return sorted(chosen, key=lambda w: (-len(w), w))


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(text.splitlines()))


def _parse(tables: dict[str, list[dict[str, str]]]) -> dict[str, dict]:
    out: dict[str, dict] = {name: {} for name in (*TABLES, *_DERIVED)}
    for name, rows in tables.items():
        read = _READERS[name]
        for r in rows:
            read(r, out)
    return out


def _number_word(r: dict[str, str], out: dict[str, dict]) -> None:
    out["number_words"][r["word"].lower()] = (float(r["value"]), r["type"])


def _qualifier(r: dict[str, str], out: dict[str, dict]) -> None:
    out["qualifiers"][r["phrase"].lower()] = r["qualifier"]


def _unit(r: dict[str, str], out: dict[str, dict]) -> None:
    """A unit; one written with a capital ('USD', 'RM') or of one letter ('g') is matched only as written,
    so that a code or symbol is not read in a word ('all', 'try') or a name ('5G')."""
    word = r["word"]
    out["units"][word.lower()] = (r["kind"], r["canonical"])
    if word != word.lower() or (len(word) == 1 and word.isalpha()):
        out["cased_units"][word.lower()] = word


def _alias(r: dict[str, str], out: dict[str, dict]) -> None:
    out["aliases"][r["term"].lower()] = r["canonical"]


def _cue(r: dict[str, str], out: dict[str, dict]) -> None:
    out["cues"].setdefault(r["word"].lower(), r["category"])  # the first category of a word holds


def _state(r: dict[str, str], out: dict[str, dict]) -> None:
    cue = r["cue"].lower()
    out["states"][cue] = r["state"]
    out["state_types"][cue] = r.get("type") or "condition"
    out["state_kinds"][cue] = r.get("kinds") or ""


def _event(r: dict[str, str], out: dict[str, dict]) -> None:
    out["events"][r["cue"].lower()] = r["event"]
    if r.get("once", "").strip().lower() == "yes":
        out["once"][r["event"]] = r["event"]
    if r.get("who", "").strip().lower() == "yes":
        out["personal"][r["event"]] = r["event"]


def _nation(r: dict[str, str], out: dict[str, dict]) -> None:
    out["nations"][r["word"].lower()] = r["word"].lower()


def _country(r: dict[str, str], out: dict[str, dict]) -> None:
    out["countries"][r["name"].lower()] = r["name"].lower()


def _label(r: dict[str, str], out: dict[str, dict]) -> None:
    out["labels"][(r["kind"], r["word"].lower())] = r["label"]


# How a row of each table is read into the lexicon's dictionaries.
_READERS = {
    "number_words": _number_word,
    "qualifiers": _qualifier,
    "units": _unit,
    "aliases": _alias,
    "cues": _cue,
    "states": _state,
    "events": _event,
    "nations": _nation,
    "countries": _country,
    "labels": _label,
}


@cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped with claimtrack (read once per process)."""
    folder = resources.files("claimtrack") / "lexicons"
    tables = {name: _rows((folder / f"{name}.csv").read_text("utf-8")) for name in TABLES}
    return Lexicon(**_parse(tables))


def load_lexicon(extra: str | Path | None = None) -> Lexicon:
    """The shipped lexicon, extended by the CSVs in folder ``extra`` (same file names and columns).

    >>> lex = load_lexicon()
    >>> lex.aliases["american"]
    'us'
    """
    base = default_lexicon()
    if extra is None:
        return base
    folder = Path(extra)
    if not folder.is_dir():
        raise ClaimtrackError(f"{folder}: no such lexicon folder")
    tables = {
        name: _rows((folder / f"{name}.csv").read_text("utf-8")) for name in TABLES if (folder / f"{name}.csv").exists()
    }
    if not tables:
        names = ", ".join(f"{name}.csv" for name in TABLES)
        warnings.warn(f"{folder}: none of {names}; using the shipped lexicon", InputWarning, stacklevel=2)
    added = _parse(tables)
    return Lexicon(**{name: {**getattr(base, name), **added[name]} for name in (*TABLES, *_DERIVED)})
