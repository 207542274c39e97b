"""flag_changes on its own rules: which claims are reports, the target line, conflict_days, magnitude,
days_apart, the summary sentence, describe_value and the changes table's schema."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from synthetic import aligned_claim, aligned_date

import claimtrack as ct
from claimtrack.schema import ALIGNED, CHANGES, FLAGS, conform, empty, validate
from claimtrack.stages.changes import describe_value

INF = math.inf
NAN = math.nan


_claim = aligned_claim


_date = aligned_date


def _changes(*claims, **options) -> pd.DataFrame:
    return ct.flag_changes(conform(pd.DataFrame(claims), ALIGNED), **options)


def _one(*claims, **options) -> dict:
    changes = _changes(*claims, **options)
    assert len(changes) == 1
    return changes.iloc[0].to_dict()


@pytest.mark.parametrize(
    "later, flags",
    [
        ({}, ["decrease"]),  # control: a level on its own day is a report
        ({"direction": "to"}, ["decrease"]),  # 'rose to', 'cut to': a level all the same
        ({"direction": "from"}, []),  # 'down from 2,500': a past level
        ({"tense": "past"}, []),  # 'there were once 2,500': a past level
        ({"as_of": "2019-06-01"}, []),  # a figure its clause dates back
        ({"aspect": "change"}, []),  # 'another 2,500': of its own event, not a revision
        ({"tense": "target"}, []),  # a target is compared with targets only
        ({"subject": "people"}, []),  # people whose clause says nothing of what they are
        ({"subject": "shares"}, []),  # shares, bought, held or sold by anyone
    ],
)
def test_what_is_a_report(later, flags):
    changes = _changes(_claim("a", "2021-01-01", 3000), _claim("b", "2021-06-01", 2500, **later))
    assert changes["flag"].tolist() == flags


@pytest.mark.parametrize(
    "subject, flags",
    [
        ("usd", []),  # '$550 million': a sum that says nothing of what it is never moves
        ("demanded usd", ["increase"]),  # 'demanded $550 million': a state says what it is
    ],
)
def test_a_sum_moves_only_when_its_clause_says_what_it_is(subject, flags):
    claims = [
        _claim(a, d, v, kind="money", unit="USD", subject=subject)
        for a, d, v in [("a", "2021-01-01", 550e6), ("b", "2021-06-01", 600e6)]
    ]
    assert _changes(*claims)["flag"].tolist() == flags


def test_a_past_level_beside_a_report_is_never_its_base_nor_the_report():
    """'2,500 troops, down from 4,000': the report is 2,500, although the past level comes first."""
    changes = _changes(
        _claim("a", "2021-01-01", 3000),
        _claim("b", "2021-06-01", 4000, direction="from"),
        _claim("b", "2021-06-01", 2500, start=40),
        _claim("c", "2021-09-01", 2500),
    )
    steps = list(zip(changes["from_claim_id"], changes["to_claim_id"], changes["flag"], strict=True))
    assert steps == [("a:0-5", "b:40-45", "decrease"), ("b:40-45", "c:0-5", "unchanged")]


def test_targets_are_a_story_line_of_their_own():
    changes = _changes(
        _claim("a", "2021-01-01", 3000),
        _claim("b", "2021-03-01", 2500, tense="target"),
        _claim("c", "2021-06-01", 2000, tense="target"),
        _claim("d", "2021-09-01", 2500),
    )
    steps = list(zip(changes["from_claim_id"], changes["to_claim_id"], changes["flag"], strict=True))
    # the level is compared with the level, the plan with the plan; the level's rows come first
    assert steps == [("a:0-5", "d:0-5", "decrease"), ("b:0-5", "c:0-5", "decrease")]
    assert changes["summary"].str.startswith("US troops in Iraq (target): ").tolist() == [False, True]
    assert changes["thread_label"].unique().tolist() == ["US troops in Iraq"]


def test_claims_of_one_article_are_not_compared_with_each_other():
    changes = _changes(_claim("a", "2021-01-01", 3000), _claim("a", "2021-01-01", 2500, start=40))
    assert changes.empty


@pytest.mark.parametrize(
    "day, source, options, flag",
    [
        ("2021-01-03", None, {}, "conflict"),  # another outlet two days on, within the default 3 days
        ("2021-01-03", None, {"conflict_days": 1}, "increase"),  # ... beyond a 1-day window: news
        ("2021-01-06", None, {}, "increase"),  # five days on, beyond the default window
        ("2021-01-06", None, {"conflict_days": 7}, "conflict"),  # ... within a 7-day window
        ("2021-01-03", "Outlet A", {}, "increase"),  # the same outlet updates its own figure
    ],
)
def test_conflict_days(day, source, options, flag):
    row = _one(_claim("a", "2021-01-01", 3000), _claim("b", day, 3500, source=source), **options)
    assert row["flag"] == flag


@pytest.mark.parametrize(
    "before, after, magnitude",
    [
        ((5000, 6000), (2500, 2500), 2500 / 5500 - 1),  # a range stands for its midpoint, 5,500
        ((2000, INF), (3000, 3000), 0.5),  # 'more than 2,000' stands for 2,000
        ((0, 2500), (2000, 2000), -0.2),  # 'less than 2,500' stands for 2,500
        ((2500, 3500), (2500, 2500), -1 / 6),  # a revision has a magnitude too
        ((3000, 3000), (3000, 3000), 0.0),  # the same figure
        ((0, 0), (25, 25), NAN),  # no relative change from zero
    ],
)
def test_magnitude_of_a_count_is_the_relative_change_between_midpoints(before, after, magnitude):
    row = _one(_claim("a", "2021-01-01", *before), _claim("b", "2021-06-01", *after))
    assert row["magnitude"] == pytest.approx(magnitude, nan_ok=True)


def test_magnitude_of_a_date_is_its_shift_in_days_and_days_apart_the_articles():
    changes = _changes(
        _date("a", "2021-01-01", "2021-05-01"),
        _date("b", "2021-04-14", "2021-09-11"),
        _date("c", "2021-07-08", "2021-08-31"),
    )
    assert changes["flag"].tolist() == ["postponed", "advanced"]
    assert changes["magnitude"].tolist() == [133.0, -11.0]  # 1 May -> 11 Sep, 11 Sep -> 31 Aug
    assert changes["days_apart"].tolist() == [103, 85]  # 1 Jan -> 14 Apr, 14 Apr -> 8 Jul


def test_a_date_with_no_period_has_no_magnitude():
    row = _one(_date("a", "2021-04-01", None, role="event"), _date("b", "2021-04-14", "2021-03-10", role="event"))
    assert row["flag"] == "consistent" and math.isnan(row["magnitude"])


def test_days_apart_is_zero_when_an_article_has_no_date():
    row = _one(_claim("a", "2021-01-01", 3000), _claim("b", None, 2500))
    assert row["days_apart"] == 0
    assert "(Outlet B)" in row["summary"]  # where it was said, without a day


S = "US troops in Iraq"
D = "Deadline for US troops in Iraq"


@pytest.mark.parametrize(
    "claims, summary",
    [
        # a move gives the range-aware span, smallest change first
        (
            [_claim("a", "2021-01-01", 5000, 6000), _claim("b", "2021-06-01", 2500, qualifier="about")],
            f"{S}: 5,000–6,000 (Outlet A, 1 Jan 2021) → about 2,500 (Outlet B, 1 Jun 2021): decrease (-50 % to -58 %)",
        ),
        # a single figure gives a single percentage
        (
            [_claim("a", "2021-01-01", 2000, INF, qualifier="more than"), _claim("b", "2021-06-01", 3000)],
            f"{S}: more than 2,000 (Outlet A, 1 Jan 2021) → 3,000 (Outlet B, 1 Jun 2021): increase (+50 %)",
        ),
        # a revision spans no change to the far end of the range
        (
            [_claim("a", "2021-01-01", 2500, 3500), _claim("b", "2021-06-01", 2500, qualifier="about")],
            f"{S}: 2,500–3,500 (Outlet A, 1 Jan 2021) → about 2,500 (Outlet B, 1 Jun 2021): revised (+0 % to -29 %)",
        ),
        # a conflict is a change too
        (
            [_claim("a", "2021-01-01", 3000), _claim("b", "2021-01-03", 3500)],
            f"{S}: 3,000 (Outlet A, 1 Jan 2021) → 3,500 (Outlet B, 3 Jan 2021): conflict (+17 %)",
        ),
        # no span for a figure that did not move
        (
            [_claim("a", "2021-01-01", 2500, qualifier="about"), _claim("b", "2021-06-01", 2500, qualifier="about")],
            f"{S}: about 2,500 (Outlet A, 1 Jan 2021) → about 2,500 (Outlet B, 1 Jun 2021): unchanged",
        ),
        # nor for a move from zero, which has no relative change
        (
            [_claim("a", "2021-01-01", 0), _claim("b", "2021-06-01", 25)],
            f"{S}: 0 (Outlet A, 1 Jan 2021) → 25 (Outlet B, 1 Jun 2021): increase",
        ),
        # an article without an outlet is named by its day alone
        (
            [_claim("a", "2021-01-01", 3000, source=""), _claim("b", "2021-06-01", 2500, source="")],
            f"{S}: 3,000 (1 Jan 2021) → 2,500 (1 Jun 2021): decrease (-17 %)",
        ),
        # a deadline that moved says by how many days
        (
            [_date("a", "2021-01-01", "2021-05-01"), _date("b", "2021-04-14", "2021-09-11")],
            f"{D}: 1 May 2021 (Outlet A, 1 Jan 2021) → 11 Sep 2021 (Outlet B, 14 Apr 2021): postponed by 133 days",
        ),
        (
            [_date("a", "2021-01-01", "2021-09-11"), _date("b", "2021-04-14", "2021-08-31")],
            f"{D}: 11 Sep 2021 (Outlet A, 1 Jan 2021) → 31 Aug 2021 (Outlet B, 14 Apr 2021): advanced by 11 days",
        ),
        # a coarser form of the same date is consistent, written as a month
        (
            [_date("a", "2021-01-01", "2021-03-23"), _date("b", "2021-04-14", "2021-03-01", "2021-03-31")],
            f"{D}: 23 Mar 2021 (Outlet A, 1 Jan 2021) → March 2021 (Outlet B, 14 Apr 2021): consistent",
        ),
    ],
)
def test_summary_sentence(claims, summary):
    assert _one(*claims)["summary"] == summary


@pytest.mark.parametrize(
    "fields, text",
    [
        ({"value_low": 5000, "value_high": 6000, "qualifier": "between"}, "5,000–6,000"),  # a range
        ({"value_low": 2500, "value_high": 2500, "qualifier": "about"}, "about 2,500"),  # a qualified figure
        ({"value_low": 2500, "value_high": 2500, "qualifier": "exact"}, "2,500"),  # 'exact' is not written
        ({"value_low": 2.5, "value_high": 2.5, "qualifier": ""}, "2.50"),  # fractions to two places
        ({"value_low": 2000, "value_high": INF, "qualifier": "more than"}, "more than 2,000"),  # an open range
        ({"value_low": 2000, "value_high": INF, "qualifier": "about"}, "at least 2,000"),  # ... any other floor
        ({"value_low": 0, "value_high": 2500, "qualifier": "less than"}, "less than 2,500"),  # a ceiling
        ({"value_low": 0, "value_high": 2500, "qualifier": "up to"}, "up to 2,500"),
        (
            {"kind": "money", "unit": "USD", "value_low": 550e6, "value_high": 550e6, "qualifier": "about"},
            "about $550 million",
        ),  # dollars before the sum, in words past a million
        (
            {"kind": "money", "unit": "EUR", "value_low": 4.5e9, "value_high": 4.5e9, "qualifier": "exact"},
            "4.5 billion EUR",
        ),  # other currencies after it
        (
            {"kind": "money", "unit": "USD", "value_low": 12500, "value_high": 12500, "qualifier": "exact"},
            "$12,500",
        ),  # small sums in figures
    ],
)
def test_describe_value_of_a_number(fields, text):
    assert describe_value({"kind": "count", **fields}) == text


@pytest.mark.parametrize(
    "start, end, text",
    [
        ("2020-01-08", "2020-01-08", "8 Jan 2020"),  # a day
        ("2020-05-01", "2020-05-31", "May 2020"),  # a whole month
        ("2019-01-01", "2019-12-31", "2019"),  # a whole year
        ("2021-07-19", "2021-07-25", "19 Jul 2021–25 Jul 2021"),  # any other period, both ends
        (None, None, "unknown date"),  # a date with no period
    ],
)
def test_describe_value_of_a_date(start, end, text):
    claim = {"kind": "date", "date_start": pd.Timestamp(start), "date_end": pd.Timestamp(end)}
    assert describe_value(claim) == text


def test_the_summary_of_a_sum_keeps_its_currency():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "published": ["2021-01-01", "2021-06-01"],
            "source": ["Wire A", "Paper B"],
            "text": [
                "The kidnappers demanded $550 million from the Halden Bank.",
                "The kidnappers demanded $600 million from the Halden Bank.",
            ],
        }
    )
    changes = ct.track(arts).changes
    assert changes["flag"].tolist() == ["increase"]
    assert "$550 million" in changes["summary"].iloc[0] and "$600 million" in changes["summary"].iloc[0]


def test_output_schema():
    changes = _changes(
        _claim("a", "2021-01-01", 3000),
        _claim("b", "2021-06-01", 2500),
        _claim("c", "2021-09-01", 2500),
        _date("a", "2021-01-01", "2021-05-01"),
        _date("b", "2021-04-14", "2021-09-11"),
    )
    assert list(changes.columns) == list(CHANGES)
    assert validate(changes, CHANGES, "changes") is changes
    assert set(changes["flag"]) <= set(FLAGS)
    assert changes["thread_id"].tolist() == ["count:us troops in iraq"] * 2 + ["date:deadline us in iraq"]


@pytest.mark.parametrize(
    "aligned",
    [
        empty(ALIGNED),  # no claims at all
        conform(pd.DataFrame([_claim("a", "2021-01-01", 3000)]), ALIGNED),  # a thread of one article
    ],
)
def test_nothing_to_compare_gives_an_empty_table_with_the_schema(aligned):
    changes = ct.flag_changes(aligned)
    assert changes.empty
    assert changes.dtypes.astype(str).to_dict() == CHANGES


def test_a_table_that_is_not_aligned_claims_is_refused():
    aligned = conform(pd.DataFrame([_claim("a", "2021-01-01", 3000)]), ALIGNED).drop(columns=["thread_id"])
    with pytest.raises(ct.ClaimtrackError, match=r"aligned claims: missing columns \['thread_id'\]"):
        ct.flag_changes(aligned)


def test_the_aligned_table_is_not_changed():
    aligned = conform(pd.DataFrame([_claim("a", "2021-01-01", 3000), _claim("b", "2021-06-01", 2500)]), ALIGNED)
    before = aligned.copy()
    ct.flag_changes(aligned)
    pd.testing.assert_frame_equal(aligned, before)


def test_a_past_level_in_the_text_is_not_a_report():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published": ["2021-01-01", "2021-06-01", "2021-09-01"],
            "source": ["Wire A", "Paper B", "Paper C"],
            "text": [
                "About 3,000 US troops are in Iraq.",
                "The US has 2,500 troops in Iraq, down from 3,000 last year.",
                "There are 2,500 US troops in Iraq.",
            ],
        }
    )
    t = ct.track(arts)
    past = t.aligned.loc[t.aligned["tense"] == "past", "claim_id"].tolist()
    assert past == ["b:43-48"]  # 'down from 3,000 last year'
    assert t.changes["flag"].tolist() == ["decrease", "unchanged"]
    assert not set(past) & (set(t.changes["from_claim_id"]) | set(t.changes["to_claim_id"]))
