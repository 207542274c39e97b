"""Shared fixtures: the real articles in ../shared (read at run time, never copied) and the sample corpus."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLE = ROOT / "data" / "iraq-troops"


def need_shared() -> Path:
    """The shared folder beside the project; tests that read it fail loudly if it is missing."""
    assert SEEDS.is_dir(), f"{SEEDS} is missing: the tests read real articles from ../shared"
    return SHARED


@pytest.fixture(scope="session")
def seed_track():
    import claimtrack as ct

    need_shared()
    return ct.track(SEEDS)


@pytest.fixture(scope="session")
def sample_track():
    import claimtrack as ct

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.track(SAMPLE)


def one_article(text: str, published: str = "2021-07-24", article_id: str = "a") -> pd.DataFrame:
    """A one-row articles frame for grammar-level tests through the public API."""
    return pd.DataFrame({"article_id": [article_id], "published": [published], "text": [text], "source": ["Test Wire"]})


def tables(articles) -> dict[str, pd.DataFrame]:
    """Every table of one ``claimtrack.track`` run, warnings silenced, by name."""
    import claimtrack as ct

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = ct.track(articles)
    names = ("articles", "claims", "aligned", "changes", "threads")
    return {name: getattr(t, name) for name in names}
