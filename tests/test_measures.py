"""What a number measures, one facet at a time: what it counts, its state (each rule of
:func:`read_state` in its order), its aspect and tense, its place, and what a measure measures.

Every phrase here is written for the test; each row names the rule it checks.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import one_article

import claimtrack as ct
from claimtrack.grammar.aspects import rate_period, read_aspect, read_tense
from claimtrack.grammar.clauses import Phrase
from claimtrack.grammar.counted import named_force, owner_before, read_antecedent, refers_back, unit_noun
from claimtrack.grammar.dimensions import dimension, measure_noun
from claimtrack.grammar.lexicon import default_lexicon
from claimtrack.grammar.measures import read_sentence
from claimtrack.grammar.places import WORLD, home_country, place_near, sentence_places, there, worldwide
from claimtrack.grammar.states import cue_text, read_state


def test_what_is_counted():
    lex = default_lexicon()
    assert unit_noun("US troops", "count", lex) == ("troops", "us", "", "US troops")
    assert unit_noun("wounded", "count", lex) == ("people", "", "injured", "wounded")  # a state only people are in
    before = "Troop levels in Iraq stood at about "
    assert read_antecedent(before, 0, sentence_places(before, 0, len(before)), lex)[1:4] == ("troops", "", "Iraq")
    assert named_force("the deployment will shrink to ") == "deployment"
    assert owner_before("NATO's mission will keep ", lex) == "nato"
    assert refers_back("Officials later revised the figure to ")
    assert not refers_back("The number of troops rose to ")  # it names what it counts
    assert not refers_back("They gave the figure. Then ")  # in another sentence


def _state(before: str, own: str, after: str, antecedent: str = "", level: bool = False, alone: bool = True) -> str:
    texts = (cue_text(t) for t in (before, own, after, antecedent))
    return read_state(*texts, level, alone, "count", default_lexicon())


@pytest.mark.parametrize(
    "before, own, after, antecedent, level, alone, state",
    [
        # the verb it is the object of, right before it
        ("police identified ", "99", " of them", "", False, True, "identified"),
        # a cue of its unit
        ("", "20,666 wounded", "", "", False, True, "injured"),
        # the verb right after its phrase, behind auxiliaries, unless denied
        ("", "53", " are still unaccounted for", "", False, True, "missing"),
        ("", "53", " were listed by the FBI as missing", "", False, True, "missing"),
        ("", "two", " have yet to be identified", "", False, True, ""),
        # a cue of the noun phrase it is the value of
        ("the toll rose to ", "101", "", "the toll", True, False, "killed"),
        # read alone: the nearest cue before it, not an adjective of a noun
        ("the fire killed, officials said, ", "96", "", "", False, True, "killed"),
        ("the fire killed, officials said, ", "96", "", "", False, False, ""),  # a partner is not read alone
        ("the stranded vessel carried ", "25", " sailors", "", False, True, ""),
        ("the ferry will be escorted by ", "three", " tugs", "", False, True, "escorted"),  # what they do
        ("the ferry was escorted out of the bay by ", "three", " tugs", "", False, True, "escorted"),  # a particle
        # ... else a verb later in its clause, not one of purpose nor one after a subordinate clause
        ("", "four", " members and two others were hurt", "", False, True, "injured"),
        ("", "seven", " tugs came to rescue the ship", "", False, True, ""),
        ("", "seven", " tugs came when the crew was rescued", "", False, True, ""),
        # a cue that names a charge is not what happened to those counted
        ("the court said the ", "nine", ' must face "murder and arson charges"', "", False, True, ""),
        ("prosecutors say ", "four", " men were charged with murder", "", False, True, ""),
        ("", "four", " men were murdered", "", False, True, "killed"),
    ],
)
def test_state_rules(before, own, after, antecedent, level, alone, state):
    assert _state(before, own, after, antecedent, level, alone) == state


def test_a_movement_needs_the_number_as_its_object():
    assert _state("", "3,000 troops", " were withdrawn") == "withdrawn"
    assert _state("", "3,000 troops", " were withdrawn", level=True) == ""  # 'reduced to 3,000' is a level


def test_a_name_is_no_state():
    assert cue_text("Death Valley") == "death       "  # the first word is kept: it may open a sentence
    assert _state("the ", "40", " Death Valley rangers") == ""


@pytest.mark.parametrize(
    "before, after, aspect",
    [
        ("an increase of ", " troops", "change"),
        ("", " more troops", "change"),
        ("the ministry reported ", " new cases", "change"),  # a day's new cases are no total
        ("normally ", " ships a day", "usual"),
        ("", " ships a day", "rate"),
        ("at its peak, ", " troops", "peak"),
        ("there are ", " troops", "level"),
        ("revenue was $3 billion, up ", " compared with last year", "change"),
        ("the party gained ", " seats", "change"),
        ("the strike holds up ", " trucks", "level"),  # 'up' as a verb's particle is no rise
        ("women make up ", "% of the force", "level"),
        ("the mill will shed ", " jobs", "change"),
        ("troops are down to ", "", "level"),
        # a comparative after its unit: a change, unless it names a thing ('higher education')
        ("the bid was ", " points higher at 142", "change"),
        ("shares closed ", " cents lower.", "change"),
        ("the state has ", " higher education colleges", "level"),
        # points right after a verb of change are its size, as a share is
        ("the index skidded ", " points to 2,360", "change"),
        ("the index stood at ", " points", "level"),
        # 'by' after a participle names who does something, unless a verb of change comes first
        ("the barge will be towed by ", " tugs", "level"),
        ("the barge was towed out of the harbour by ", " tugs", "level"),
        ("the hall was filled by ", " volunteers", "level"),
        ("the lease was extended by ", " months", "change"),
        ("the drought reduced the grain kept by ", " per cent", "change"),
        # a rate that closes the number's clause, however far, an aside in brackets left out
        ("some ", " (£7 billion) of freight that moves along the old river corridor weekly, the agency said", "rate"),
        # ... but not one further on, past the clause's end
        ("some ", " of freight moved along the river corridor last year, while barges moved more of it daily", "level"),
    ],
)
def test_aspect(before, after, aspect):
    assert read_aspect(before, after) == aspect


@pytest.mark.parametrize("dash", [" - ", " -- ", " — "])
def test_a_dash_between_two_numbers_opens_the_second_ones_clause(dash):
    claims = ct.extract_claims(one_article(f"The bid was 120 pct{dash}up five points from last week."))
    five = claims[claims.surface == "five"].iloc[0]
    assert (five.aspect, five.unit) == ("change", "points")


@pytest.mark.parametrize(
    "text, subject, aspect",
    [
        # a speed's unit is per hour, which makes no rate; an aside in brackets is no rate either
        ("The gale had winds of 75 miles per hour (120 kilometres per hour) at noon.", "mph", "level"),
        ("The pump lifts 40 tonnes an hour.", "tonnes per hour", "rate"),
        # ... but a count's noun may say a rate
        ("The carrier flies three daily flights to Orvik.", "daily flights per day in orvik", "rate"),
    ],
)
def test_a_rate_is_read_after_the_unit(text, subject, aspect):
    claim = ct.extract_claims(one_article(text)).iloc[0]
    assert (claim.subject, claim.aspect) == (subject, aspect)


@pytest.mark.parametrize(
    "text, subject",
    [
        # a price is of its item, not the total it multiplies into
        ("Orvex offered 52 dlrs cash per share for the carrier.", "offered usd per share by orvex"),
        ("Its 65 dlr-a-share offer stands.", "usd per share"),
        ("The bridge toll is $5 per vehicle.", "usd per vehicle"),  # a toll in money is no death toll
        ("Orvex offered $1.6 billion for the carrier.", "offered usd by orvex"),
        # ... and a sum paid for a share of something is no price
        ("It paid $5 million for a share in the mill.", "paid usd"),
    ],
)
def test_a_price_is_per_its_item(text, subject):
    claim = ct.extract_claims(one_article(text)).iloc[0]
    assert claim.subject == subject


def test_a_share_right_after_a_verb_of_change_is_its_size_and_lends_no_unit_to_the_levels():
    assert read_aspect("sales rose nearly ", "% last year", kind="percent") == "change"
    assert read_aspect("unemployment fell to ", " per cent", kind="percent") == "level"
    assert read_aspect("the toll rose ", " on Monday", kind="count") == "level"  # 'rose 12': said so only of shares
    claims = ct.extract_claims(
        pd.DataFrame(
            {"text": ["Freight miles grew 24.1 pct in May to 923.2 mln from 743.8 mln."], "published": ["2021-06-01"]}
        )
    ).set_index("surface")
    assert claims.at["24.1 pct", "aspect"] == "change"
    assert (claims.loc[["923.2 mln", "743.8 mln"], "unit"] != "percent").all()


@pytest.mark.parametrize(
    "after, period",
    [
        (" ships a day", "day"),
        (" (£7 billion) of freight that moves along the old river corridor weekly.", "week"),
        (" barrels hourly", "hour"),
        (" cases in the past 24 hours", "24 hours"),
        (" cases in the twenty-four hours to noon", "24 hours"),
    ],
)
def test_rate_period(after, period):
    assert rate_period(after) == period


@pytest.mark.parametrize(
    "before, own, after, clause, direction, tense",
    [
        ("down ", "4,500", "", "", "from", "past"),
        (
            "the toll will rise from the Monday estimate of ",
            "36",
            "",
            "the toll will rise from the Monday estimate of ",
            "",
            "past",
        ),
        ("there were ", "4,500", "", "", "", "past"),
        ("the current ", "4,500", "", "", "", "current"),
        ("", "4,500", " initially", "", "", "current"),  # a past word after it is no tense of its own
        ("", "initially 4,500", "", "", "", "past"),
        ("", "4,500", " troops remain now", "", "", "current"),
        ("the US plans to keep ", "2,500", "", "the US plans to keep ", "", "target"),
        ("", "3,000", " troops will remain", "", "", "target"),
        ("there are ", "3,000", " troops", "there are ", "", "current"),
    ],
)
def test_tense(before, own, after, clause, direction, tense):
    assert read_tense(before, own, after, clause, direction) == tense


def test_places_of_a_sentence():
    text = "Officials in London said 900 troops were sent into Syria, near the border."
    assert [name for _s, _e, name in sentence_places(text, 0, len(text))] == ["Syria", "border"]  # not London
    quake = "It measured 6.1 on the Richter scale in Peru."
    assert [name for _s, _e, name in sentence_places(quake, 0, len(quake))] == ["Peru"]  # a scale is no place
    p = Phrase(25, 35, 0, len(text), "")
    assert place_near(text, 25, 28, p, sentence_places(text, 0, len(text)), [], default_lexicon(), "") == "syria"


def test_there_and_the_world():
    assert there("Some 900 are there.", 0, 19, "iraq") == "iraq"
    assert there("There are 900.", 0, 14, "iraq") == ""  # 'there are' stands for no place
    assert there("Some 900 are in the country.", 0, 28, "") == ""  # no country to stand for
    assert worldwide("cases around the world", 0, 22) == WORLD
    assert worldwide("cases in the world", 0, 18) == ""


def test_home_country():
    assert home_country("Troops left Iraq. In Iraq, and not in Syria, the count fell.") == "iraq"
    assert home_country("Iraq and Syria. Then Iraq and Syria.") == ""  # named as often: neither


@pytest.mark.parametrize(
    "text, numbers, subjects",
    [
        # a place attached to it, else of its segment; 'there' for the article's country
        ("Some 900 troops are in Syria.", [(5, 8, "troops", 15, "count", "")], ["troops in syria"]),
        ("Some 900 troops are there.", [(5, 8, "troops", 15, "count", "")], ["troops in iraq"]),
        # a named event is the place of what is counted of it
        ("The Kula fire has burned 202 acres.", [(25, 28, "acres", 34, "count", "")], ["destroyed acres in kula fire"]),
        # what sets a force apart: the site it guards, its purpose, the way it goes
        (
            "About 300 soldiers will stay to protect the embassy.",
            [(6, 9, "soldiers", 18, "count", "")],
            ["troops in embassy"],
        ),
        ("Some 500 trucks head westbound.", [(5, 8, "trucks", 15, "count", "")], ["westbound trucks"]),
    ],
)
def test_subject_of_a_sentence(text, numbers, subjects):
    frames = read_sentence(text, numbers, home="iraq")
    assert [f.subject for f, _p in frames] == subjects


@pytest.mark.parametrize(
    "before, after, unit, state",
    [
        ("the ship is ", " long", "m", "length"),
        ("a depth of ", "", "m", "depth"),
        ("the ship is ", " (1,300 feet) long", "m", "length"),
        ("a ", "-metre ship", "m", "length"),  # a length unit made an adjective
        ("the effort is ", " long", "days", ""),  # a six-day-long effort lasts
    ],
)
def test_dimension(before, after, unit, state):
    assert dimension(before, after, unit) == state


def test_measure_noun():
    assert measure_noun("a bollard pull of ", " tonnes", "tonnes") == "bollard pull tonnes"
    assert measure_noun("a length of ", "", "m") == "m"  # a dimension is a state, not a quantity
    assert measure_noun("moved ", " tonnes of sand", "tonnes") == "tonnes of sand"
    assert measure_noun("sold ", " bpd of its 90,000 bpd quota", "barrels per day") == "barrels per day"  # no noun


@pytest.mark.parametrize(
    "sentence, number, attached",
    [
        # a material or group of two or three words after 'of' is part of the number's phrase
        ("Crews moved 40 tonnes of wet sand on Monday.", "40 tonnes", "40 tonnes of wet sand"),
        ("Only 10% of the employees came back.", "10%", "10% of the employees"),
        # one word after 'of' is left to the clause
        ("Work reached 90% of completion, officials said.", "90%", "90%"),
    ],
)
def test_what_an_of_phrase_attaches(sentence, number, attached):
    from claimtrack.grammar.clauses import phrases

    start = sentence.index(number)
    (p,) = phrases(sentence, 0, len(sentence), [(start, start + len(number), start + len(number))])
    assert sentence[start : p.end] == attached


def test_a_share_of_the_whole_is_no_part():
    text = "The canal carries 12 percent of the world's trade, and 40 of the ships are tankers."
    frames = [
        f for f, _ in read_sentence(text, [(18, 28, "percent", 28, "percent", ""), (55, 57, "", 57, "count", "")])
    ]
    assert [f.aspect for f in frames] == ["level", "part"]


@pytest.mark.parametrize(
    "text, subjects",
    [
        # a pronoun after the noun ends it, and stands for the nation its sentence named
        ("NATO said the 9,000 troops it has in Latvia will stay.", ["nato troops in latvia"]),
        ("Britain still has about 750 troops in Estonia.", ["uk troops in estonia"]),  # the nation that has them
        ("Acme has 10,000 workers.", ["workers"]),  # a company is no nation
        # beside a count of one nation, an alliance's count is of the other members
        ("The force is 2,500 US troops and 7,000 NATO soldiers.", ["us troops", "allied troops"]),
        # a nation or acronym shares the noun of the count it is paired with, or that follows its spelled-out name
        ("The force is 2,500 US and 7,000 NATO soldiers.", ["us troops", "allied troops"]),
        ("The 13 OPEC (Organisation of Petroleum Exporting Countries) member states agreed.", ["opec member states"]),
        ("The price is based on six OPEC and one non-OPEC crudes.", ["opec crudes", "non-opec crudes"]),
        # an owner whose noun a number cuts off is no noun: the part is of the whole's noun, or of none
        ("About 500 of Ruritania's 7,000 miners were still idle.", ["", "miners"]),
    ],
)
def test_whose_troops(text, subjects):
    claims = ct.extract_claims(pd.DataFrame({"text": [text], "published": ["2021-05-01"]}))
    assert claims.loc[claims["kind"] == "count", "subject"].tolist() == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [
        # a country owning the noun phrase a number ends, or the country 'its' stands for
        ("Chad's output in May was 30,000 barrels.", ["chad barrels"]),
        ("Chad exported 3,000 barrels in May and its quota is 5,000 barrels.", ["barrels", "chad barrels"]),
        ("In May and its quota was 5,000 barrels.", ["barrels"]),  # a month owns nothing
        ("Chad's customs office said 400 trucks crossed.", ["trucks"]),  # a name owned, then a verb of saying
        ("The Blue Star sailed with its 400 containers.", ["containers"]),  # a ship is no country
    ],
)
def test_whose_output(text, subjects):
    claims = ct.extract_claims(pd.DataFrame({"text": [text], "published": ["2021-05-01"]}))
    assert claims.loc[claims["kind"] != "date", "subject"].tolist() == subjects


def test_what_a_sum_is_worth_is_the_sum():
    """'worth' and 'valued at' tell no sum apart: '$5.1 billion a day' and 'worth $5.1 billion a day' are one figure."""
    text = "Westbound trade brings in $5.1 billion a day. Westbound trade is worth $5.2 billion a day."
    claims = ct.extract_claims(pd.DataFrame({"text": [text], "published": ["2021-03-25"]}))
    assert claims["subject"].tolist() == ["westbound usd per day"] * 2
