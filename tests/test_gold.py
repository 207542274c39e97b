"""The gold files of ``benchmarks/gold``: their format (always), and their offsets against the
corpora in ../shared (skipped, saying why, when ../shared is absent).

The format is what ``../shared/tools/score_claims.py`` reads: offsets, not text (the files hold
no article text), kinds and ``scored`` values it knows, values that parse, one row per span.
"""

from __future__ import annotations

import importlib.util
import math
import re
import warnings
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, need_shared

import claimtrack as ct

GOLD = ROOT / "benchmarks" / "gold"
FILES = sorted(GOLD.glob("*.csv"))
COLUMNS = ["gold_id", "article_id", "kind", "thread", "start", "end"]
COLUMNS += ["value_low", "value_high", "date_value", "scored", "notes"]
KINDS = {"count", "money", "percent", "measure", "date", "ignore"}
DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")  # YYYY, YYYY-MM or YYYY-MM-DD


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _first_last(text: str) -> tuple[date, date]:
    """A date_value's first and last day (both included), as the scorer reads it; raises if malformed."""
    first, _, last = text.partition("/")
    ends = []
    for part, is_last in ((first, False), (last or first, True)):
        if not DAY.match(part):
            raise ValueError(f"not YYYY, YYYY-MM or YYYY-MM-DD: {part!r}")
        y, m, d = ([int(p) for p in part.split("-")] + [0, 0])[:3]
        if is_last and not d:
            m = m or 12
            d = (date(y + m // 12, m % 12 + 1, 1) - date(y, m, 1)).days
        ends.append(date(y, m or 1, d or 1))
    return ends[0], ends[1]


def test_there_are_gold_files():
    names = {p.name for p in FILES}
    assert {"wikinews_dev_claims.csv", "general_wikinews_claims.csv", "general_reuters_claims.csv"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_columns_ids_kinds(path):
    gold = _read(path)
    assert list(gold.columns) == COLUMNS  # no context or surface column: no article text
    assert gold["gold_id"].is_unique
    assert set(gold["kind"]) <= KINDS
    assert set(gold["scored"]) <= {"value", "span", "ignore"}
    assert ((gold["kind"] == "ignore") == (gold["scored"] == "ignore")).all()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_offsets_are_spans_that_do_not_overlap(path):
    gold = _read(path)
    start, end = gold["start"].astype(int), gold["end"].astype(int)
    assert ((start >= 0) & (start < end)).all()
    for _, rows in gold.assign(s=start, e=end).sort_values("s").groupby("article_id"):
        assert (rows["s"].iloc[1:].to_numpy() >= rows["e"].iloc[:-1].to_numpy()).all(), rows["gold_id"].tolist()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_values_parse(path):
    for row in _read(path).itertuples():
        if row.scored != "value":
            continue
        if row.kind == "date":
            first, last = _first_last(row.date_value)
            assert first <= last, row.gold_id
            assert not row.value_low and not row.value_high, row.gold_id
        else:
            low, high = float(row.value_low), float(row.value_high)
            assert not math.isnan(low) and low <= high, row.gold_id
            assert not row.date_value, row.gold_id


def _corpora():
    """``benchmarks/corpora.py`` (the benchmarks are no package), which reads ../shared."""
    spec = importlib.util.spec_from_file_location("bench_corpora", ROOT / "benchmarks" / "corpora.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> dict[str, str]:
    """Every article a gold file annotates, read by ``load_articles`` as the scorer reads it."""
    need_shared()
    corpora = _corpora()
    folder = corpora.reuters_gold_folder(tmp_path_factory.mktemp("reuters"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = ct.load_articles([corpora.WIKINEWS_DATA, folder])
    return dict(zip(articles["article_id"], articles["text"], strict=True))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_offsets_fit_the_articles(path, texts):
    """Each span lies in its article's text and holds no blank at its ends nor a comma,
    semicolon or colon at its end."""
    for row in _read(path).itertuples():
        assert row.article_id in texts, row.gold_id
        text = texts[row.article_id]
        span = text[int(row.start) : int(row.end)]
        assert int(row.end) <= len(text), row.gold_id
        assert span == span.strip() and not span.endswith((",", ";", ":")), (row.gold_id, span)


def test_wikinews_texts_are_the_corpus_texts(texts):
    """``load_articles`` keeps the Wikinews texts as the CSVs hold them, so the offsets index into both."""
    raw = _corpora().wikinews_articles()
    assert all(texts[a] == t for a, t in zip(raw["article_id"], raw["text"], strict=True) if a in texts)
