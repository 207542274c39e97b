"""Dask DataFrames give the same claims and threads as pandas, on a local cluster of two workers."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from conftest import SAMPLE

import claimtrack as ct
from claimtrack.schema import ALIGNED, CLAIMS, conform

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        with distributed.Client(cluster) as c:
            yield c
        cluster.close()


def _sorted(frame: pd.DataFrame, schema: dict) -> pd.DataFrame:
    """Rows in claim order, with the schema's dtypes (Dask keeps text as its own string dtype)."""
    return conform(frame, schema).sort_values("claim_id").reset_index(drop=True)


def test_dask_matches_pandas(client):
    articles = ct.load_articles(SAMPLE)
    claims = ct.extract_claims(articles)
    aligned = ct.align_claims(claims)
    lazy_claims = ct.extract_claims(dd.from_pandas(articles, npartitions=4))
    assert isinstance(lazy_claims, dd.DataFrame)
    pd.testing.assert_frame_equal(_sorted(lazy_claims.compute(), CLAIMS), _sorted(claims, CLAIMS))
    lazy_aligned = ct.align_claims(lazy_claims)
    assert isinstance(lazy_aligned, dd.DataFrame)
    pd.testing.assert_frame_equal(_sorted(lazy_aligned.compute(), ALIGNED), _sorted(aligned, ALIGNED))
    assert len(client.scheduler_info()["workers"]) == 2
