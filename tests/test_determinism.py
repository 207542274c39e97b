"""The same input gives the same output, byte for byte; every table survives CSV and Parquet."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings

import pandas as pd
import pytest
from conftest import SAMPLE, tables

import claimtrack as ct
from claimtrack.present import export
from claimtrack.schema import ALIGNED, ARTICLES, CHANGES, CLAIMS, THREADS

SCHEMAS = {"articles": ARTICLES, "claims": CLAIMS, "aligned": ALIGNED, "changes": CHANGES, "threads": THREADS}


def report(out, hash_seed: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}  # set and dict order must not leak into the output
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", "report", str(SAMPLE), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_report_twice_gives_the_same_bytes(tmp_path):
    one, two = report(tmp_path / "one", "1"), report(tmp_path / "two", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert "Traceback" not in one.stderr + two.stderr
    for name in ("claims.csv", "changes.csv", "threads.csv", "report.md"):
        first, second = (tmp_path / "one" / name).read_bytes(), (tmp_path / "two" / name).read_bytes()
        assert first and first == second, name


@pytest.fixture(scope="module")
def sample_articles() -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.load_articles(SAMPLE)


KEYS = {
    "claims": ["claim_id"],
    "aligned": ["claim_id"],
    "changes": ["thread_id", "from_claim_id", "to_claim_id"],
    "threads": ["thread_id"],
}
THREAD_NAMING = (
    "align_claims names a date thread after whichever of its claims comes first in the input "
    "('date:invade:a:23-27' or 'date:invade:b:23-27'), and calls that one 'first claim of the thread'"
)


@pytest.fixture(scope="module")
def straight_and_shuffled(sample_articles):
    return tables(sample_articles), tables(sample_articles.sample(frac=1, random_state=1).reset_index(drop=True))


def test_input_order_does_not_change_the_threads(straight_and_shuffled):
    """Which claims, flags and threads there are (the thread names aside) does not depend on the order."""
    straight, shuffled = straight_and_shuffled
    partitions = [set(r["aligned"].groupby("thread_id")["claim_id"].agg(frozenset)) for r in (straight, shuffled)]
    assert partitions[0] == partitions[1]
    pd.testing.assert_frame_equal(
        straight["claims"].sort_values("claim_id").reset_index(drop=True),
        shuffled["claims"].sort_values("claim_id").reset_index(drop=True),
    )
    for name in ("changes", "threads"):
        drop = ["thread_id", "from_claim_id", "to_claim_id", "thread_label"]
        a, b = (r[name].drop(columns=[c for c in drop if c in r[name]]) for r in (straight, shuffled))
        assert sorted(map(tuple, a.astype(str).values)) == sorted(map(tuple, b.astype(str).values)), name


def test_input_order_does_not_change_the_tables(straight_and_shuffled):
    straight, shuffled = straight_and_shuffled
    for name, key in KEYS.items():
        a = straight[name].sort_values(key).reset_index(drop=True)
        b = shuffled[name].sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, obj=name)


def test_input_order_does_not_change_the_csv(straight_and_shuffled, tmp_path):
    straight, shuffled = straight_and_shuffled
    a = export.write_tables(tmp_path / "a", claims=straight["aligned"], changes=straight["changes"])
    b = export.write_tables(tmp_path / "b", claims=shuffled["aligned"], changes=shuffled["changes"])
    for name in ("claims.csv", "changes.csv"):
        assert a[name].read_bytes() == b[name].read_bytes(), name


@pytest.fixture(scope="module")
def sample_tables(sample_track) -> dict[str, pd.DataFrame]:
    t = sample_track
    return {
        "articles": t.articles,
        "claims": t.claims,
        "aligned": t.aligned,
        "changes": t.changes,
        "threads": t.threads,
    }


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
@pytest.mark.parametrize("name", list(SCHEMAS))
def test_sample_tables_round_trip_with_their_dtypes(sample_tables, tmp_path, name, suffix):
    frame, schema = sample_tables[name], SCHEMAS[name]
    paths = export.write_tables(tmp_path, parquet=True, **{name: frame})
    back = export.read_table(paths[f"{name}{suffix}"], schema)
    pd.testing.assert_frame_equal(back[list(schema)], frame[list(schema)].reset_index(drop=True))


def awkward(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The sample tables with the values that are easy to lose: inf, NaN, NaT, '', bools, newlines."""
    out = {name: frame.copy() for name, frame in tables.items()}
    arts = out["articles"]
    arts.loc[0, ["source", "title", "url"]] = ["", "NA", "nan"]
    arts.loc[1, "published"] = pd.NaT
    arts.loc[2, "text"] = '"2,500",\r\nthen\n\n"None"; \u2028 tab\there \rold mac\x00nul '
    arts.loc[4, "text"] = "   "
    arts.loc[3, "published"] = pd.Timestamp("2021-07-27 13:45:10.123456")
    for name in ("claims", "aligned"):
        frame = out[name]
        frame.loc[0, ["value_low", "value_high"]] = [100.0, float("inf")]
        frame.loc[1, ["value_low", "value_high"]] = [float("nan"), float("nan")]
        frame.loc[2, ["value_low", "value_high"]] = [0.1 + 0.2, 1e-300]
        frame.loc[3, ["date_start", "date_end", "as_of"]] = [pd.NaT, pd.NaT, pd.NaT]
        frame.loc[4, ["hedged", "unit", "speaker"]] = [True, "", "NaN"]
        frame.loc[5, "start"] = 2**40
    out["changes"].loc[0, ["magnitude", "days_apart", "summary"]] = [float("-inf"), -3, ""]
    out["threads"].loc[0, ["first_seen", "first_value"]] = [pd.NaT, "null"]
    return out


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
@pytest.mark.parametrize("name", list(SCHEMAS))
def test_awkward_values_round_trip(sample_tables, tmp_path, name, suffix):
    frame, schema = awkward(sample_tables)[name], SCHEMAS[name]
    paths = export.write_tables(tmp_path, parquet=True, **{name: frame})
    back = export.read_table(paths[f"{name}{suffix}"], schema)
    pd.testing.assert_frame_equal(back[list(schema)], frame[list(schema)].reset_index(drop=True))
    again = export.write_tables(tmp_path / "again", **{name: back})
    assert again[f"{name}.csv"].read_bytes() == paths[f"{name}.csv"].read_bytes()


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_empty_tables_round_trip(tmp_path, name):
    from claimtrack.schema import empty

    frame = empty(SCHEMAS[name])
    paths = export.write_tables(tmp_path, parquet=True, **{name: frame})
    for suffix in (".csv", ".parquet"):
        pd.testing.assert_frame_equal(export.read_table(paths[f"{name}{suffix}"], SCHEMAS[name]), frame)
