"""The story line of one thread, on claims written for the test: which report moves the level, and
which only repeats, restates vaguely, disagrees or is far off."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.stages.storyline import _agree, _Levels, story

INF = math.inf


def _claims(*reports, kind="count"):
    """Claims from (day, source, low, high[, sentence]) reports, one article each, in that order."""
    out = []
    for i, (day, source, low, high, *sentence) in enumerate(reports):
        out.append(
            {
                "article_id": f"a{i}",
                "published": pd.Timestamp(day),
                "source": source,
                "kind": kind,
                "value_low": low,
                "value_high": high,
                "sentence": sentence[0] if sentence else "",
            }
        )
    return out


def _flags(*reports):
    return [step.flag for step in story(_claims(*reports))]


@pytest.mark.parametrize(
    "reports, flags",
    [
        # a new level, then the same, then less precisely the same
        (
            [
                ("2021-01-01", "A", 5200, 5200),
                ("2021-03-01", "B", 3000, 3000),
                ("2021-03-09", "C", 3000, 3000),
                ("2021-04-01", "D", 2500, 3500),
            ],
            ["decrease", "unchanged", "unchanged"],
        ),
        # a lower floor after a floor takes nothing back
        (
            [("2023-08-13", "A", 2200, INF), ("2023-08-14", "B", 2000, INF), ("2023-08-20", "C", 2207, 2207)],
            ["unchanged", "increase"],
        ),
        # a figure far off the level weeks later, the way the story was going, is where it went
        (
            [("2020-01-20", "A", 3, 3), ("2020-01-28", "B", 80, 80), ("2020-02-10", "C", 813, 813)],
            ["increase", "increase"],
        ),
        # ... but one that turns the story round, or comes with no way to go, is an outlier
        (
            [("2020-01-20", "A", 300, 300), ("2020-01-28", "B", 280, 280), ("2020-02-10", "C", 3000, 3000)],
            ["decrease", "outlier"],
        ),
        ([("2020-01-20", "A", 300, 300), ("2020-02-10", "B", 3000, 3000)], ["outlier"]),
        # ... unless the level it is far off is a month old: where the story went since
        ([("2020-02-10", "A", 35000, 35000), ("2020-04-05", "B", 1000000, 1000000)], ["increase"]),
        # a floor said exactly later is the level said exactly: a lower floor after it, borne out, is a decrease
        (
            [
                ("2023-08-22", "A", 115, INF),
                ("2023-08-24", "B", 115, 115),
                ("2023-09-15", "C", 97, INF),
                ("2023-10-20", "D", 99, 99),
            ],
            ["unchanged", "decrease", "increase"],
        ),
        # a floor under the level that the story then follows down is a decrease
        (
            [("2023-09-01", "A", 115, 115), ("2023-09-15", "B", 97, INF), ("2023-09-20", "C", 97, 97)],
            ["decrease", "unchanged"],
        ),
        # another outlet, days later, that the next report contradicts in favour of the level
        (
            [("2021-04-12", "A", 2500, 2500), ("2021-04-13", "B", 3000, 3000), ("2021-04-14", "C", 2500, 2500)],
            ["conflict", "unchanged"],
        ),
        # a misprint an order of magnitude off never becomes the base of the next comparison
        (
            [("2021-01-01", "A", 2500, 2500), ("2021-02-01", "B", 25000, 25000), ("2021-03-01", "C", 2500, 2500)],
            ["outlier", "unchanged"],
        ),
    ],
)
def test_story_line_of_counts(reports, flags):
    assert _flags(*reports) == flags


def test_a_figure_told_rounder_is_no_change():
    # '$2.2 billion' rounds '$2.23 billion'; '$2.5 billion' does not, nor does '2,300' round '2,230'
    def flags(first, then):
        claims = _claims(("2021-03-01", "A", *first[1:], ""), ("2021-04-01", "B", *then[1:], ""))
        for claim, (surface, *_values) in zip(claims, (first, then), strict=True):
            claim["surface"] = surface
        return [step.flag for step in story(claims)]

    assert flags(("$2.23 billion", 2.23e9, 2.23e9), ("$2.2 billion", 2.2e9, 2.2e9)) == ["unchanged"]
    assert flags(("$2.23 billion", 2.23e9, 2.23e9), ("$2.5 billion", 2.5e9, 2.5e9)) == ["increase"]
    assert flags(("2,230", 2230, 2230), ("2,300", 2300, 2300)) == ["increase"]


def test_a_running_total_that_grows_days_later_is_an_update():
    reports = [
        ("2021-03-28", "A", 27000, 27000, "Dredgers have so far shifted 27,000 cubic metres of sand."),
        ("2021-03-30", "B", 30000, 30000, "Some 30,000 cubic metres of sand were dredged."),
    ]
    assert _flags(*reports) == ["increase"]
    levels = [r[:4] for r in reports]  # the same figures, with nothing that says they are a running total
    assert _flags(*levels) == ["conflict"]


def _date(day, source, start, end, role="event"):
    return {
        "article_id": f"{source}{day}",
        "published": pd.Timestamp(day),
        "source": source,
        "kind": "date",
        "date_start": pd.Timestamp(start),
        "date_end": pd.Timestamp(end),
        "role": role,
    }


def test_a_deadline_moves_and_a_date_that_had_passed_conflicts_without_moving():
    deadline = [
        _date("2020-03-01", "A", "2021-05-01", "2021-05-01", "deadline"),
        _date("2021-04-14", "B", "2021-09-11", "2021-09-11", "deadline"),
        _date("2021-07-08", "C", "2021-08-31", "2021-08-31", "deadline"),
    ]
    assert [s.flag for s in story(deadline)] == ["postponed", "advanced"]
    happened = [
        _date("2021-03-24", "A", "2021-03-23", "2021-03-23"),
        _date("2021-05-10", "B", "2021-04-01", "2021-04-30"),  # 'last month', a month off
        _date("2021-07-07", "C", "2021-03-01", "2021-03-31"),
    ]
    steps = story(happened)
    assert [s.flag for s in steps] == ["conflict", "consistent"]
    assert steps[1].before is happened[0]  # the conflicting date did not become the level


def test_a_date_in_a_sentence_printed_again_is_no_report():
    said = "The envoys leave for Geneva today."
    reprinted = [
        {**_date("2021-04-11", "A", "2021-04-11", "2021-04-11"), "sentence": said},
        {**_date("2021-04-13", "A", "2021-04-13", "2021-04-13"), "sentence": f"  {said}"},  # read on its new day
        {**_date("2021-04-14", "B", "2021-04-12", "2021-04-12"), "sentence": "The envoys left on Monday."},
    ]
    assert [(s.before["article_id"], s.after["article_id"]) for s in story(reprinted)] == [
        ("A2021-04-11", "B2021-04-14")
    ]


_BOUNDS = st.tuples(st.integers(0, 50), st.integers(0, 50), st.booleans())


@given(st.lists(_BOUNDS, max_size=12), st.lists(_BOUNDS, min_size=1, max_size=6))
def test_whether_a_claim_restates_a_level_is_found_as_by_comparing_it_with_each(levels, claims):
    def claim(low, width, open_high):
        return {"kind": "count", "value_low": float(low), "value_high": INF if open_high else float(low + width)}

    seen = _Levels()
    for bounds in levels:
        seen.append(claim(*bounds))
    for bounds in claims:
        c = claim(*bounds)
        assert seen.restates(c) == any(_agree(c, level) for level in seen)


def test_an_article_that_repeats_two_figures_an_earlier_one_gave_reports_neither_as_news():
    def article(name, day, *values):
        base = {"article_id": name, "published": pd.Timestamp(day), "source": "A", "kind": "count"}
        return [{**base, "value_low": v, "value_high": v} for v in values]

    # a reprint of a paragraph with two figures of one thread ('two parts of a three-part deal')
    repeated = article("a", "2021-03-01", 2, 3) + article("b", "2021-03-02", 2, 3)
    assert [s.flag for s in story(repeated)] == ["unchanged"]
    # a figure no article gave before is news, as it was
    moved = article("a", "2021-03-01", 2, 3) + article("b", "2021-03-02", 2, 5)
    assert [s.flag for s in story(moved)] == ["increase"]
