"""docs/contract.md, the contract outside tools read, agrees with the code: every table's columns,
types and value sets are those ``claimtrack.schema`` declares, the public API is ``__all__``, and
the values the pipeline writes keep to the sets."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, one_article

import claimtrack as ct
from claimtrack.schema import ALIGNED, ARTICLES, BOOL, CHANGES, CLAIMS, DATE, FLOAT, INT, STR, THREADS, VALUES

DOC = ROOT / "docs" / "contract.md"
TYPES = {"str": STR, "date": DATE, "int": INT, "float": FLOAT, "bool": BOOL}
# what each section documents: the aligned table's own columns come after the claims table's
SECTIONS = {
    "articles": ARTICLES,
    "claims": CLAIMS,
    "aligned": {c: t for c, t in ALIGNED.items() if c not in CLAIMS},
    "changes": CHANGES,
    "threads": THREADS,
}


def _documented() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """Each '### table' section's rows: ``(column, type, values)``."""
    out: dict[str, list] = {}
    name = None
    for line in DOC.read_text("utf-8").splitlines():
        if line.startswith("### "):
            name = line[4:].strip()
            out[name] = []
        elif name and line.startswith("| `"):
            column, kind, values, _meaning = (cell.strip() for cell in line.strip().strip("|").split("|", 3))
            out[name].append((column.strip("`"), kind, tuple(re.findall(r"`([^`]+)`", values))))
    return out


def test_every_table_is_documented_column_for_column():
    documented = _documented()
    assert list(documented) == list(SECTIONS)
    for name, rows in documented.items():
        assert [(column, TYPES[kind]) for column, kind, _ in rows] == list(SECTIONS[name].items()), name


def test_every_value_set_is_documented():
    documented = {
        (table, column): values for table, rows in _documented().items() for column, _, values in rows if values
    }
    declared = {(table, column): values for table, columns in VALUES.items() for column, values in columns.items()}
    assert documented == declared


def test_the_public_api_is_documented():
    api = DOC.read_text("utf-8").split("## The public API", 1)[1].split("\n## ", 1)[0]
    assert set(re.findall(r"`ct\.(\w+)", api)) == set(ct.__all__)


@pytest.fixture(scope="module")
def own_sentences():
    """Sentences of our own that reach the values the sample corpus does not."""
    text = (
        "Sales rose 12% to $40 million in the second quarter. The tanker is 400 metres long. "
        "Normally 70 ships a day pass, and 44 of the victims were over 70. Two days later, 48 hours after the "
        "blast, crews left. At its peak, 900 people were there. Talks are weighing a force of 500 by May 1. "
        "Thousands of people marched in the first half of 2020 and over the weekend."
    )
    return ct.track(one_article(text))


def test_the_pipeline_keeps_to_the_value_sets(sample_track, own_sentences):
    for run in (sample_track, own_sentences):
        tables = {"articles": run.articles, "claims": run.claims, "changes": run.changes, "threads": run.threads}
        for table, columns in VALUES.items():
            for column, values in columns.items():
                written = set(tables[table][column]) - {""}
                assert written <= set(values), (table, column, written - set(values))
