"""summarize_threads: which threads it lists and in what order, their outlets, first and latest values
(from claims about their own day), overall change, flags column and schema."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from synthetic import aligned_claim, aligned_date

import claimtrack as ct
from claimtrack.schema import ALIGNED, CHANGES, THREADS, conform, empty, validate

INF = math.inf
NAN = math.nan


def _claim(article, day, low=NAN, high=None, *, thread="troops", **fields):
    """One aligned claim of the count thread ``count:<thread>``, a current level unless ``fields`` say otherwise."""
    label = f"Label of {thread}"
    return aligned_claim(article, day, low, high, thread_id=f"count:{thread}", thread_label=label, **fields)


def _date(article, day, start, end=None, **fields):
    """One date claim of the thread ``date:deadline``."""
    return aligned_date(article, day, start, end, thread_id="date:deadline", thread_label="Label of deadline", **fields)


def _aligned(*claims) -> pd.DataFrame:
    return conform(pd.DataFrame(claims), ALIGNED)


def _summary(*claims, changes=None) -> pd.DataFrame:
    return ct.summarize_threads(_aligned(*claims), changes)


def _row(*claims, changes=None) -> dict:
    threads = _summary(*claims, changes=changes)
    assert len(threads) == 1
    return threads.iloc[0].to_dict()


def test_threads_of_a_single_claim_are_left_out():
    threads = _summary(
        _claim("a", "2021-01-01", 3000, thread="lone"),  # one claim: in the aligned table only
        _claim("a", "2021-01-01", 50, thread="twice", start=20),  # two claims of one article: a thread
        _claim("a", "2021-01-01", 60, thread="twice", start=40),
    )
    assert threads["thread_id"].tolist() == ["count:twice"]
    assert threads[["claims", "articles"]].values.tolist() == [[2, 1]]


def test_threads_seen_in_most_articles_come_first_then_most_claims_then_by_id():
    claims = [
        *(_claim(a, "2021-01-01", 10, thread="d-two-articles-two-claims") for a in "ab"),
        *(_claim(a, "2021-01-01", 10, thread="c-two-articles-two-claims") for a in "ab"),
        *(_claim(a, "2021-01-01", 10, thread="b-two-articles-four-claims", start=s) for a in "ab" for s in (10, 20)),
        *(_claim(a, "2021-01-01", 10, thread="z-three-articles") for a in "abc"),
    ]
    threads = _summary(*claims)
    assert threads["thread_id"].tolist() == [
        "count:z-three-articles",
        "count:b-two-articles-four-claims",
        "count:c-two-articles-two-claims",
        "count:d-two-articles-two-claims",
    ]
    assert threads.index.tolist() == [0, 1, 2, 3]


def test_counts_days_label_and_kind_of_a_thread():
    row = _row(
        _claim("b", "2021-06-01", 2500),
        _claim("a", "2021-01-01", 3000),
        _claim("c", "2021-09-01", 4000, direction="from"),  # a past level still counts as a claim of the thread
        _claim("c", "2021-09-01", 2500, start=40),
    )
    assert (row["thread_label"], row["kind"], row["claims"], row["articles"]) == ("Label of troops", "count", 4, 3)
    assert (row["first_seen"], row["last_seen"]) == (pd.Timestamp("2021-01-01"), pd.Timestamp("2021-09-01"))


@pytest.mark.parametrize(
    "past",
    [
        {"direction": "from"},  # 'down from 6,000'
        {"as_of": "2019-01-01"},  # a figure its clause dates back
    ],
)
def test_first_and_latest_values_come_from_claims_about_their_own_day(past):
    row = _row(
        _claim("a", "2021-01-01", 9000, **past),  # the earliest claim, but about another time
        _claim("a", "2021-01-01", 3000, start=40),
        _claim("b", "2021-06-01", 2500),
        _claim("b", "2021-06-01", 6000, start=40, **past),  # the last claim, but about another time
    )
    assert (row["first_value"], row["latest_value"], row["overall_change"]) == ("3,000", "2,500", "-17 %")


def test_a_thread_with_no_claim_about_its_own_day_shows_its_claims_all_the_same():
    row = _row(_claim("a", "2021-01-01", 3000, as_of="2019-01-01"), _claim("b", "2021-06-01", 2500, as_of="2020-01-01"))
    assert (row["first_value"], row["latest_value"]) == ("3,000", "2,500")


@pytest.mark.parametrize(
    "later",
    [
        pytest.param({"tense": "past"}, id="past"),  # 'there were once 6,000'
        pytest.param({"tense": "target"}, id="target"),  # 'to be cut to 6,000 by March'
    ],
)
def test_a_past_figure_or_a_target_is_not_the_latest_value(later):
    row = _row(
        _claim("a", "2021-01-01", 3000), _claim("b", "2021-06-01", 2500), _claim("c", "2021-09-01", 6000, **later)
    )
    assert (row["latest_value"], row["overall_change"]) == ("2,500", "-17 %")


def test_a_past_figure_from_the_text_is_not_the_latest_value_either():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published": ["2021-01-01", "2021-06-01", "2021-07-01"],
            "source": ["Wire A", "Paper B", "Paper C"],
            "text": [
                "About 3,000 US troops are in Iraq.",
                "There are 2,800 US troops in Iraq.",
                "There were once 5,000 US troops in Iraq.",
            ],
        }
    )
    t = ct.track(arts)
    assert t.aligned["tense"].tolist() == ["current", "current", "past"]
    assert t.changes["flag"].tolist() == ["decrease"]  # flag_changes leaves the past figure out
    row = t.threads.iloc[0]
    assert (row["first_value"], row["claims"]) == ("about 3,000", 3)
    assert (row["latest_value"], row["overall_change"]) == ("2,800", "-7 %")  # today: '5,000', '+67 %'


@pytest.mark.parametrize(
    "first, latest, change",
    [
        ((3000, 3000), (2500, 2500), "-17 %"),  # one figure to another
        ((5000, 6000), (2500, 2500), "-50 % to -58 %"),  # from a range: the span of changes, smallest first
        ((2000, INF), (3000, 3000), "+50 %"),  # an open range counts from its bound
        ((2500, 2500), (2500, 2500), "+0 %"),  # no change
        ((0, 0), (25, 25), ""),  # no relative change from zero
    ],
)
def test_overall_change_of_counts(first, latest, change):
    row = _row(_claim("a", "2021-01-01", *first), _claim("b", "2021-06-01", *latest))
    assert row["overall_change"] == change


@pytest.mark.parametrize(
    "first, latest, change",
    [
        (("2021-05-01",), ("2021-08-31",), "+122 days"),  # a later date, in days between the ends
        (("2021-09-11",), ("2021-08-31",), "-11 days"),  # an earlier one
        (("2021-03-23",), ("2021-03-01", "2021-03-31"), "same period"),  # the day within the month
        ((None,), ("2021-03-01",), ""),  # a date with no period has no change
    ],
)
def test_overall_change_of_dates(first, latest, change):
    row = _row(_date("a", "2021-01-01", *first), _date("b", "2021-04-14", *latest))
    assert (row["kind"], row["overall_change"]) == ("date", change)


@pytest.mark.parametrize(
    "claims, first, latest",
    [
        # sums as a newspaper writes them, with their currency
        (
            [
                _claim(a, d, v, kind="money", unit="USD", qualifier="about")
                for a, d, v in [("a", "2021-01-01", 550e6), ("b", "2021-06-01", 600e6)]
            ],
            "about $550 million",
            "about $600 million",
        ),
        # dates as periods: a day, then a month
        (
            [_date("a", "2021-01-01", "2021-03-23"), _date("b", "2021-04-14", "2021-03-01", "2021-03-31")],
            "23 Mar 2021",
            "March 2021",
        ),
        # ranges and open ranges
        (
            [_claim("a", "2021-01-01", 5000, 6000), _claim("b", "2021-06-01", 2000, INF, qualifier="more than")],
            "5,000–6,000",
            "more than 2,000",
        ),
    ],
)
def test_first_and_latest_values_are_written_as_an_editor_would(claims, first, latest):
    row = _row(*claims)
    assert (row["first_value"], row["latest_value"]) == (first, latest)


def test_the_order_of_the_aligned_rows_does_not_matter():
    claims = [_claim("a", "2021-01-01", 3000), _claim("b", "2021-06-01", 2500), _claim("c", "2021-09-01", 2000)]
    forward, backward = _summary(*claims), _summary(*reversed(claims))
    pd.testing.assert_frame_equal(forward, backward)
    assert (forward["first_value"].iloc[0], forward["latest_value"].iloc[0]) == ("3,000", "2,000")


def test_outlets_are_sorted_once_each_and_a_missing_outlet_is_left_out():
    row = _row(
        _claim("a", "2021-01-01", 3000, source="Zenith Post"),
        _claim("b", "2021-02-01", 3000, source="Alpha Wire"),
        _claim("c", "2021-03-01", 3000, source="Zenith Post"),
        _claim("d", "2021-04-01", 3000, source=""),
    )
    assert row["outlets"] == "Alpha Wire, Zenith Post"
    assert _row(_claim("a", "2021-01-01", 3000, source=""), _claim("b", "2021-02-01", 3000, source=""))["outlets"] == ""


def _changes(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return conform(pd.DataFrame(rows, columns=["thread_id", "flag"]), CHANGES)


@pytest.mark.parametrize(
    "changes, flags",
    [
        (None, {"count:troops": "", "count:ships": ""}),  # no changes table
        (empty(CHANGES), {"count:troops": "", "count:ships": ""}),  # an empty one
        # each thread's flags, once each, sorted; a thread without changes has none
        (
            _changes([("count:troops", "unchanged"), ("count:troops", "decrease"), ("count:troops", "decrease")]),
            {"count:troops": "decrease, unchanged", "count:ships": ""},
        ),
        (
            _changes([("count:ships", "conflict"), ("count:troops", "increase")]),
            {"count:troops": "increase", "count:ships": "conflict"},
        ),
    ],
)
def test_flags_column(changes, flags):
    claims = [_claim(a, "2021-01-01", 10, thread=t) for t in ("troops", "ships") for a in "ab"]
    threads = _summary(*claims, changes=changes)
    assert dict(zip(threads["thread_id"], threads["flags"], strict=True)) == flags


def test_flags_from_flag_changes():
    aligned = _aligned(
        _claim("a", "2021-01-01", 3000), _claim("b", "2021-06-01", 2500), _claim("c", "2021-09-01", 2500)
    )
    threads = ct.summarize_threads(aligned, ct.flag_changes(aligned))
    assert threads["flags"].tolist() == ["decrease, unchanged"]


def test_a_changes_table_that_is_not_one_is_refused():
    changes = _changes([("count:troops", "decrease")]).drop(columns=["summary"])
    with pytest.raises(ct.ClaimtrackError, match=r"changes: missing columns \['summary'\]"):
        _summary(_claim("a", "2021-01-01", 3000), _claim("b", "2021-06-01", 2500), changes=changes)


@pytest.mark.parametrize(
    "aligned",
    [
        empty(ALIGNED),  # no claims at all
        # threads of one claim each
        _aligned(_claim("a", "2021-01-01", 3000, thread="one"), _claim("b", "2021-06-01", 2500, thread="two")),
    ],
)
def test_no_thread_of_two_claims_gives_an_empty_table_with_the_schema(aligned):
    threads = ct.summarize_threads(aligned)
    assert threads.empty
    assert threads.dtypes.astype(str).to_dict() == THREADS


def test_output_schema():
    threads = _summary(
        _claim("a", "2021-01-01", 3000),
        _claim("b", "2021-06-01", 2500),
        _date("a", "2021-01-01", "2021-05-01"),
        _date("b", "2021-04-14", "2021-09-11"),
    )
    assert list(threads.columns) == list(THREADS)
    assert validate(threads, THREADS, "threads") is threads
    assert threads["kind"].tolist() == ["count", "date"]


def test_a_story_told_in_three_articles():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published": ["2021-01-01", "2021-06-01", "2021-09-01"],
            "source": ["Wire A", "Paper B", "Wire A"],
            "text": [
                "About 3,000 US troops are in Iraq.",
                "The US has 2,500 troops in Iraq, down from 3,000 last year.",
                "There are 2,500 US troops in Iraq.",
            ],
        }
    )
    threads = ct.track(arts).threads
    assert len(threads) == 1
    row = threads.iloc[0]
    assert (row["thread_label"], row["claims"], row["articles"], row["outlets"]) == (
        "US troops in Iraq",
        4,
        3,
        "Paper B, Wire A",
    )
    assert (row["first_value"], row["latest_value"], row["overall_change"], row["flags"]) == (
        "about 3,000",
        "2,500",
        "-17 %",
        "decrease, unchanged",
    )
