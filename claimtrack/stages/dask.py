"""Dask DataFrames in ``extract_claims`` and ``align_claims``, for archives beyond one machine.

Extraction runs partition by partition where the articles are (``map_partitions``); alignment
needs every claim of a subject at once, so it gathers the claims — far smaller than the texts —
and aligns them with pandas. Both return Dask DataFrames whose rows equal the pandas result.
Point it at a cluster with ``distributed.Client("tcp://scheduler:8786")`` before calling.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pandas as pd

from ..schema import CLAIMS, empty


def is_dask(frame: Any) -> bool:
    """Whether ``frame`` is a Dask DataFrame (without importing Dask when it is not installed)."""
    module = sys.modules.get("dask.dataframe")
    return module is not None and isinstance(frame, module.DataFrame)


def extract_dask(extract: Callable[..., pd.DataFrame], articles, **options):
    """``extract`` (``extract_claims``) on each partition of a Dask DataFrame of articles."""
    return articles.map_partitions(extract, workers=1, **options, meta=empty(CLAIMS))


def align_dask(align: Callable[..., pd.DataFrame], claims, **options):
    """``align`` (``align_claims``) on a Dask DataFrame of claims, gathered to the client first."""
    import dask.dataframe as dd

    aligned = align(claims.compute().reset_index(drop=True), **options)
    return dd.from_pandas(aligned, npartitions=max(1, claims.npartitions))


__all__ = ["align_dask", "extract_dask", "is_dask"]
