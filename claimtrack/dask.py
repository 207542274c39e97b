"""Dask DataFrames in ``extract_claims`` and ``align_claims``, for archives beyond one machine.

Extraction runs partition by partition where the articles are (``map_partitions``); alignment
needs every claim of a subject at once, so it gathers the claims — far smaller than the texts —
and aligns them with pandas. Both return Dask DataFrames whose rows equal the pandas result.
Point it at a cluster with ``distributed.Client("tcp://scheduler:8786")`` before calling.
"""

from __future__ import annotations

import sys
from typing import Any

from .schema import CLAIMS, empty


def is_dask(frame: Any) -> bool:
    """Whether ``frame`` is a Dask DataFrame (without importing Dask when it is not installed)."""
    module = sys.modules.get("dask.dataframe")
    return module is not None and isinstance(frame, module.DataFrame)


def extract_dask(articles, **options):
    """``extract_claims`` on each partition of a Dask DataFrame of articles."""
    from .extract import extract_claims

    return articles.map_partitions(extract_claims, workers=1, **options, meta=empty(CLAIMS))


def align_dask(claims, **options):
    """``align_claims`` on a Dask DataFrame of claims, gathered to the client first."""
    import dask.dataframe as dd

    from .align import align_claims

    gathered = claims.compute()
    aligned = align_claims(gathered.reset_index(drop=True), **options)
    return dd.from_pandas(aligned, npartitions=max(1, claims.npartitions))


__all__ = ["align_dask", "extract_dask", "is_dask"]
