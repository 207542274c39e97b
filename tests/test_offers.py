"""Whose offer a price is: two bidders' offers for one company are two threads."""

import pandas as pd
import pytest

import claimtrack as ct
from claimtrack.grammar.offers import offer_owner


@pytest.mark.parametrize(
    "text, surface, owner",
    [
        ("Tessel will fight Halvard Corp's 40-dlr-per-share takeover offer.", "40-dlr", "halvard"),
        ("Halvard had offered 40 dlrs per share before.", "40 dlrs", "halvard"),
        ("The board weighs a Brenmoor Group offer of 44 dlrs per share.", "44 dlrs", "brenmoor"),
        ("Halvard, which is offering 40 dlrs a share, said it holds 20 pct.", "40 dlrs", "halvard"),
        ("Tessel got a higher offer of 44 dlrs per share from Brenmoor Group Inc.", "44 dlrs", "brenmoor"),
        ("The bid tops the 40 dlr a share price offered by Halvard Corp.", "40 dlr", "halvard"),
        (
            "Brenmoor Group, a buyout firm, said it raised its offer for Tessel to 44 dlrs a share.",
            "44 dlrs",
            "brenmoor",
        ),
        ("Tessel said that if it agrees, Brenmoor would end its rival 44 dlr offer.", "44 dlr", "brenmoor"),
        ("Tessel also got an offer from Brenmoor Group <BRN> of 44 dlrs cash per share.", "44 dlrs", "brenmoor"),
        ("Tessel rejected Halvard Corp's <HLV> offer to acquire Tessel Holdings for 40 dlrs.", "40 dlrs", "halvard"),
        ("Brenmoor Group (NYSE: BRN) has offered 44 dlrs per share.", "44 dlrs", "brenmoor"),
        # no bidder named, nor a day or the target taken for one
        ("Tessel did not comment on the 40 dlr per share offer.", "40 dlr", ""),
        ("Yesterday, it raised its 40 dlr offer.", "40 dlr", ""),
    ],
)
def test_whose_offer_a_price_is(text, surface, owner):
    start = text.index(surface)
    assert offer_owner(text, 0, start, start + len(surface)) == owner


def test_two_bidders_offers_are_two_threads_and_each_moves_on_its_own():
    texts = [
        "Halvard Corp offered 40 dlrs a share for Tessel Inc.",
        "Brenmoor Group offered 44 dlrs per share for Tessel, topping Halvard's offer of 40 dlrs a share.",
        "Halvard raised its offer for Tessel to 46 dlrs a share.",
    ]
    arts = pd.DataFrame(
        {"article_id": ["a1", "a2", "a3"], "published": ["1987-03-01", "1987-03-05", "1987-03-09"], "text": texts}
    )
    t = ct.track(arts)
    money = t.aligned[t.aligned["kind"] == "money"].set_index("surface")
    halvard = set(money.loc[["40 dlrs", "46 dlrs"], "thread_id"])
    assert len(halvard) == 1 and money.loc["44 dlrs", "thread_id"] not in halvard
    assert money.loc["44 dlrs", "subject"] == "offered usd per share by brenmoor"
    moved = t.changes[t.changes["flag"].isin(["increase", "decrease", "conflict", "outlier"])]
    assert moved["thread_id"].isin(halvard).all() and len(moved) == 1  # 40 -> 46, and nothing from 44
    assert t.threads.set_index("thread_id").loc[next(iter(halvard)), "thread_label"].startswith("Offered by Halvard")


@pytest.mark.parametrize(
    "text, surface, subject",
    [
        # a sum raised by selling securities is an issue, not a bid
        ("Tessel filed for an offering of 300 mln dlrs of notes.", "300 mln dlrs", "issued usd"),
        ("Tessel priced a 90 mln dlr offering of secured notes.", "90 mln dlr", "issued usd"),
        ("Tessel plans a 25 mln dlr initial public offering.", "25 mln dlr", "issued usd"),
        # a bidder offering a price is a bid
        (
            "Halvard, which is offering 40 dlrs a share for Tessel, holds 20 pct.",
            "40 dlrs",
            "offered usd per share by halvard",
        ),
    ],
)
def test_an_offering_of_securities_is_an_issue_not_a_bid(text, surface, subject):
    claims = ct.extract_claims(pd.DataFrame({"text": [text], "published": ["1987-03-01"]}))
    assert claims.set_index("surface").loc[surface, "subject"] == subject
