"""extract_claims on the real seed articles and on short texts: provenance, values, subjects, speakers."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from conftest import one_article

import claimtrack as ct
from claimtrack.schema import CLAIMS, validate


def _claim(claims: pd.DataFrame, surface: str) -> pd.Series:
    rows = claims[claims["surface"] == surface]
    assert len(rows), f"no claim {surface!r} in {claims['surface'].tolist()}"
    return rows.iloc[0]


def test_provenance_on_seeds(seed_track):
    claims, articles = seed_track.claims, seed_track.articles.set_index("article_id")
    validate(claims, CLAIMS, "claims")
    assert claims["claim_id"].is_unique
    for row in claims.itertuples():
        text = articles.loc[row.article_id, "text"]
        assert text[row.start : row.end] == row.surface
        assert row.surface in row.sentence


def test_the_troop_counts_of_the_seeds(seed_track):
    claims = seed_track.claims
    first = _claim(claims, "between 5,000 and 6,000")
    assert (first.value_low, first.value_high, first.qualifier) == (5000, 6000, "between")
    assert first.subject == "us troops in iraq" and first.unit == "US troops"
    later = _claim(claims, "roughly 2,500")
    assert (later.value_low, later.value_high, later.qualifier) == (2500, 2500, "about")
    assert later.subject == "us troops in iraq"
    level = _claim(claims, "about 2,500")
    assert level.subject == "troops in iraq" and level.speaker == "Pentagon officials" and level.hedged


def test_injured_troops_are_another_subject(seed_track):
    injured = _claim(seed_track.claims, "more than 100")
    assert injured.value_low == 100 and math.isinf(injured.value_high)
    assert injured.subject.startswith("injured")


def test_relative_dates_resolve_against_the_right_anchor(seed_track):
    claims = seed_track.claims
    later = _claim(claims, "Two months later")
    assert (str(later.date_start.date()), str(later.date_end.date()), later.anchor) == (
        "2020-03-01",
        "2020-03-31",
        "text",
    )
    three = _claim(claims, "Three years later")
    assert later.granularity == "month" and three.date_start.year == 2014 and three.anchor == "text"
    ago = _claim(claims, "18 years ago")
    assert ago.date_start.year == 2003 and ago.anchor == "publication"
    deadline = _claim(claims, "by the end of the year")
    assert deadline.role == "deadline" and str(deadline.date_end.date()) == "2021-12-31"
    monday = _claim(claims, "Monday (July 26)")
    assert str(monday.date_start.date()) == "2021-07-26"
    friday = _claim(claims, "Friday")
    assert str(friday.date_start.date()) == "2021-07-23"


def test_anaphoric_small_numbers_are_not_claims(seed_track):
    surfaces = seed_track.claims["surface"].tolist()
    assert "two" in surfaces
    sentences = seed_track.claims.loc[seed_track.claims["surface"] == "two", "sentence"].tolist()
    assert all("two closest allies" in s for s in sentences)


@pytest.mark.parametrize(
    "text, surface, subject",
    [
        ("About 2,500 American troops remain in Iraq.", "About 2,500", "us troops in iraq"),
        ("Some 900 U.S. service members are stationed in Syria.", "Some 900", "us troops in syria"),
        ("Troop levels in Iraq stood at around 5,200.", "around 5,200", "troops in iraq"),
        ("More than 100 service members were treated for brain injuries.", "More than 100", "injured troops"),
        ("Roughly 2,200 troops will be withdrawn by the end of the month.", "Roughly 2,200", "withdrawn troops"),
        ("NATO's mission will grow from about 500 personnel to as many as 4,000.", "as many as 4,000", "nato troops"),
        ("The force in Iraq will fall from about 3,000 to 2,500 by January.", "2,500", "troops in iraq"),
    ],
)
def test_subjects(text, surface, subject):
    claims = ct.extract_claims(one_article(text))
    assert _claim(claims, surface).subject == subject


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("About 2,500 troops remain, Pentagon officials said on Friday.", "Pentagon officials"),
        ("According to two officials, some 3,500 troops will stay.", "two officials"),
        ('"No forces in a combat role by the end of the year," said a senior US official.', "a senior US official"),
        ("About 2,500 troops remain in Iraq.", ""),
    ],
)
def test_speakers(text, speaker):
    claims = ct.extract_claims(one_article(text))
    assert claims["speaker"].iloc[0] == speaker


@pytest.mark.parametrize(
    "text, role",
    [
        ("Troops will leave by the end of next year, officials said.", "deadline"),
        ("A force of 500 by the end of next year is one of the options under discussion.", "plan"),
        ("The ministry is weighing a full exit by the end of next year.", "plan"),
    ],
)
def test_a_deadline_under_discussion_is_a_plan(text, role):
    """A date in a proposal ('one of the options', 'weighing') does not bind anyone: it is a plan."""
    claims = ct.extract_claims(one_article(text))
    assert claims.loc[claims["kind"] == "date", "role"].tolist() == [role]


def test_same_input_same_output():
    from conftest import SAMPLE

    arts = ct.load_articles(SAMPLE)
    a = ct.extract_claims(arts)
    b = ct.extract_claims(arts.iloc[::-1].reset_index(drop=True))
    key = ["article_id", "start"]
    pd.testing.assert_frame_equal(a.sort_values(key).reset_index(drop=True), b.sort_values(key).reset_index(drop=True))


def test_empty_input_gives_an_empty_table():
    claims = ct.extract_claims(one_article("No numbers here at all."))
    validate(claims, CLAIMS, "claims")
    assert len(claims) == 0


def test_two_processes_give_the_same_claims():
    from conftest import SAMPLE

    arts = ct.load_articles(SAMPLE)
    pd.testing.assert_frame_equal(ct.extract_claims(arts, workers=1), ct.extract_claims(arts, workers=2))


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Read https://news.example.com/2021/05/20/troops-2500 on May 3.", ["May 3"]),
        ("Mail desk2021@example.org; 300 troops left.", ["300"]),
        ("See www.example.org/10-ways-to-save before 5 June.", ["5 June"]),
    ],
)
def test_web_and_mail_addresses_hold_no_claims(text, kept):
    assert ct.extract_claims(one_article(text))["surface"].tolist() == kept


def test_a_deadline_word_before_a_paragraph_break_is_not_the_dates():
    claims = ct.extract_claims(one_article("WRITTEN BY\n\n2021 was a hard year for the port."))
    assert claims[["surface", "sentence"]].values.tolist() == [["2021", "2021 was a hard year for the port."]]
