# ruff: noqa: E501  (test tables: one case per line)
"""Dates read against the period the text reports on (``date_subject``), parts of a day, forecasts
reported in the past, and the look-alikes of weekdays: a table as ``test_dates``, in sentences of
our own. Rows are ``(text, published, expected)``; ``expected`` lists ``(surface, period)``."""

from __future__ import annotations

from datetime import date

import pytest
from test_dates import _compare

from claimtrack.grammar.dates import find_dates

FEB87 = date(1987, 2, 26)  # Thursday: a report on last month's figures
MAR87 = date(1987, 3, 3)  # Tuesday
TUE = date(2019, 7, 23)
THU = date(2019, 9, 19)
FRI = date(2020, 3, 13)
W = date(2020, 7, 8)

# fmt: off
# The period figures are reported for, and what is read against it.
REPORTED = [
    ("Exports rose 3 pct in January, up from 2 pct in December and 1 pct a year earlier.", FEB87, [("January", "1987-01"), ("December", "1986-12"), ("a year earlier", "1986-01")]),
    ("Jobless claims rose in January. Claims were up from 2.8 pct a year earlier.", MAR87, [("January", "1987-01"), ("a year earlier", "1986-01")]),
    ("The January index compared with a year earlier was down 1.1 pct.", FEB87, [("January", "1987-01"), ("a year earlier", "1986-01")]),
    ("Output grew 3.3 pct in 1985 against a year earlier.", MAR87, [("1985", "1985"), ("a year earlier", "1984")]),
    ("Capital rose to 3.1 billion at the end of 1986 from 2.7 billion a year earlier.", MAR87, [("the end of 1986", "1986-12-31"), ("a year earlier", "1985-12-31")]),
    ("Sales in the quarter fell 2 pct compared with a 1.3 pct fall a year ago, the office said of the fourth quarter.", MAR87, [("a year ago", "1986"), ("the fourth quarter", "1986-10-01/1986-12-31")]),
    ("Sales in the December quarter were 6.2 billion compared with 6.7 billion in the previous quarter and 6.1 billion a year ago.", MAR87, [("December", "1986-12"), ("the previous quarter", "1986-07-01/1986-09-30"), ("a year ago", "1985-12")]),
    ("The firm began in 2002, more than 18 years ago.", date(2020, 2, 29), [("2002", "2002"), ("18 years ago", "2002")]),
    ("Profit rose in the fourth quarter of 2019, and for the full year it fell.", date(2020, 2, 20), [("the fourth quarter of 2019", "2019-10-01/2019-12-31"), ("for the full year", "2019")]),
    ("Prices rose in January, led by food, causing an overall rise for the month.", FEB87, [("January", "1987-01"), ("for the month", "1987-01")]),
    ("The firm lost money in 2019. For the year, sales fell 5 pct.", date(2020, 3, 1), [("2019", "2019"), ("For the year", "2019")]),
    ("For the year ended March 31, the firm lost money.", date(2020, 5, 1), [("March 31", "2020-03-31")]),
    ("Growth was 1 pct in the third quarter of 2019, up from 0.5 pct in the previous quarter.", date(2020, 1, 10), [("the third quarter of 2019", "2019-07-01/2019-09-30"), ("the previous quarter", "2019-04-01/2019-06-30")]),
    ("Investment rose in the fourth quarter of 2019 after falling in the two previous quarters.", date(2020, 3, 1), [("the fourth quarter of 2019", "2019-10-01/2019-12-31"), ("the two previous quarters", "2019-04-01/2019-09-30")]),
    ("More contracts were traded in 1986 than in the previous seven years.", MAR87, [("1986", "1986"), ("the previous seven years", "1979-01-01/1985-12-31")]),
    ("The firm lost money in 2019, mostly in the first two quarters.", date(2020, 3, 1), [("2019", "2019"), ("the first two quarters", "2019-01-01/2019-06-30")]),
    ("Sales fell in 2019, most of all in the final three months of the year.", date(2020, 3, 1), [("2019", "2019"), ("the final three months of the year", "2019-10-01/2019-12-31")]),
    ("It earned 4 billion in the first six months of 2021.", date(2021, 7, 5), [("the first six months of 2021", "2021-01-01/2021-06-30")]),
    ("Demand fell in 1986, and he forecast it would rise in 1987; it rose in the final three months of the year.", MAR87, [("1986", "1986"), ("1987", "1987"), ("the final three months of the year", "1986-10-01/1986-12-31")]),
    ("Money supply grew 3.6 pct in December after rising 4.0 pct in December last year.", FEB87, [("December", "1986-12"), ("December last year", "1985-12")]),
    ("Unemployment matched the record set in April and December last year.", MAR87, [("April", "1986-04"), ("December last year", "1986-12")]),
    ("The plant closed in March of last year.", W, [("March of last year", "2019-03")]),
    ("Protests began in June of this year.", date(2019, 11, 27), [("June of this year", "2019-06")]),
    ("Prices were 94,000 dlrs in January a year ago.", MAR87, [("January a year ago", "1986-01")]),
    ("The index (base 1980) rose to 134.1 in December.", FEB87, [("December", "1986-12")]),
    ("Sales for the February 21 to 28 period fell from a year ago. Sales for the month fell too.", date(1987, 3, 4), [("February 21 to 28", "1987-02-21/1987-02-28"), ("a year ago", "1986-02-21/1986-02-28"), ("for the month", "1987-02")]),
]

# Parts of a day, and weekdays of forecasts and plans reported in the past.
DAYS = [
    ("The bank cut its rates this morning.", W, [("this morning", "2020-07-08")]),
    ("The storm was downgraded as of this morning.", W, [("this morning", "2020-07-08")]),
    ("Vigils this evening drew thousands.", W, [("this evening", "2020-07-08")]),
    ("A fire yesterday afternoon killed five.", W, [("yesterday afternoon", "2020-07-07")]),
    ("The blast came late Tuesday night.", W, [("late Tuesday night", "2020-07-07")]),
    ("The storm was expected to pass the island late Wednesday night.", THU, [("late Wednesday night", "2019-09-18")]),
    ("Forecasters predicted that it would pass the island Wednesday night.", THU, [("Wednesday night", "2019-09-18")]),
    ("It was forecast to reach the coast possibly on Wednesday.", TUE, [("Wednesday", "2019-07-24")]),
    ("By Monday afternoon, the chance had risen to three in five.", TUE, [("By Monday afternoon", "2019-07-22")]),
    ("Other games scheduled for Wednesday were still played.", FRI, [("Wednesday", "2020-03-11")]),
    ("The deal had sold out to investors by late Friday afternoon.", date(1987, 3, 9), [("by late Friday afternoon", "1987-03-06")]),
    ("The firm said it would hold a news conference Thursday morning.", MAR87, [("Thursday morning", "1987-03-05")]),
    ("Outside Australia, on Sunday evening a grocer was seen limiting sales.", FRI, [("Sunday evening", "2020-03-08")]),
    ("The storm reached its peak this past Saturday.", date(2019, 10, 2), [("this past Saturday", "2019-09-28")]),
    ("Leaders met at a summit where on Sunday Presidents signed the pact.", W, [("Sunday", "2020-07-05")]),
    ("The chief said on Monday fighting was continuing.", date(1987, 3, 10), [("Monday", "1987-03-09")]),
    ("The toll rose to six due to a landslide on Saturday.", date(2019, 10, 22), [("Saturday", "2019-10-19")]),
    ("The president was due to stand down in August.", date(2020, 6, 11), [("August", "2020-08")]),
    ("The limits came in on March 4 and 5 respectively.", FRI, [("March 4", "2020-03-04"), ("5", "2020-03-05")]),
    ("Rates fell to eight pct on February 27 and 7-3/4 pct on March 3.", date(1987, 3, 5), [("February 27", "1987-02-27"), ("March 3", "1987-03-03")]),
    ("Over the last century, only 21 storms came near.", THU, [("Over the last century", "1919-09-19/2019-09-19")]),
]

# What a clause's tense is read from: across a line wrap and a decimal point.
TENSE = [
    ("Ministers will meet to agree the rules for the\nbudget on March 17.", date(1987, 3, 9), [("March 17", "1987-03-17")]),
    ("Output is expected to rise 2.8 pct in June.", MAR87, [("June", "1987-06")]),
    ("No session was scheduled because of the price agreed in December.", MAR87, [("December", "1986-12")]),
    ("The crop is expected to fall from a previous estimate in November.", MAR87, [("November", "1986-11")]),
]

# No date: a weekday naming a weekly thing, a kind of year end, a rarity.
NOT_DATES = [
    ("A loophole allows Sunday opening hours.", W, []),
    ("Shops fought a Sunday trading ban.", W, []),
    ("The company changed to a calendar year end.", W, []),
    ("It was the worst fire in a century.", W, []),
    ("It agreed to limit its stake for the year following the meeting.", W, []),
]

# fmt: on

CASES = REPORTED + DAYS + TENSE + NOT_DATES


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_dates_read_against_the_text(text, published, expected):
    _compare(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "surface", "granularity", "anchor"),
    [
        ("Exports were up from 2 pct a year earlier.", FEB87, "a year earlier", "year", "publication"),
        ("Sales rose in January, up from 1 pct a year earlier.", FEB87, "a year earlier", "month", "text"),
        (
            "Profit rose in the fourth quarter of 2019, and for the full year it fell.",
            date(2020, 2, 20),
            "for the full year",
            "year",
            "text",
        ),
        ("Sales rose for the year.", date(2020, 2, 20), "for the year", "year", "publication"),
        (
            "The firm lost money in 2019, mostly in the first two quarters.",
            date(2020, 3, 1),
            "the first two quarters",
            "half",
            "text",
        ),
        ("Over the last century, only 21 storms came near.", THU, "Over the last century", "century", "publication"),
        ("The bank cut its rates this morning.", W, "this morning", "day", "publication"),
    ],
)
def test_granularity_and_anchor(text, published, surface, granularity, anchor):
    found = {text[m.start : m.end]: m for m in find_dates(text, published)}
    assert surface in found, f"{surface!r} not found; got {list(found)}"
    assert (found[surface].granularity, found[surface].anchor) == (granularity, anchor)
