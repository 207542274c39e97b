# ruff: noqa: E501  (test tables: one case per line)
"""The number grammar as a table: news sentences and the quantities a careful annotator marks.

Each row is ``(text, expected)`` where ``expected`` lists, in text order, one tuple per quantity:
``(surface, value_low, value_high, qualifier, kind)`` with an optional sixth field, the
``direction`` of a "from X to Y" pair. ``None`` in a value field means "not asserted" (vague
quantities are detection-first, per the seed gold: only their floor is checked).

Conventions (docs/contract.md, claims table): open bounds are ``inf`` ("more than 100" -> 100, inf);
"fewer than / less than / under / below / up to / as many as" -> 0, value; approximations keep a
point value ("about 2,500" -> 2500, 2500); fractions are percentages ("two-thirds" -> 66.67).
The surface holds the qualifier, the currency sign or word and the percent sign or word; the
noun after a count or a measure is its ``unit`` and stays outside the surface.

Numbers are found as the pipeline finds them: ``find_numbers(text, taken=<date spans>)``, the
dates coming from ``find_dates`` with a fixed publication date, so years and dates are not
quantities. Rows the grammar gets wrong today keep the right answer and are marked xfail.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from claimtrack.grammar.dates import find_dates
from claimtrack.grammar.numbers import find_numbers

PUB = date(2021, 7, 24)
INF = math.inf


def xf(text, expected, reason):
    """A row the grammar gets wrong today: the expectation stays, the row is a strict xfail."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(reason=reason, strict=True))


def numbers(text: str):
    taken = [(d.start, d.end) for d in find_dates(text, PUB)]
    return find_numbers(text, taken=taken)


def _approx(v):
    return v if v is None else pytest.approx(v, rel=1e-6, abs=0.006)


def _compare(text, expected):
    got = numbers(text)
    rows = []
    for m in got:
        rows.append((text[m.start : m.end], m.value_low, m.value_high, m.qualifier, m.kind, m.direction))
    want = []
    for i, e in enumerate(expected):
        surface, low, high, qualifier, kind, *rest = e
        actual = rows[i] if i < len(rows) else (None,) * 6
        want.append(
            (
                surface,
                actual[1] if low is None else _approx(low),
                actual[2] if high is None else _approx(high),
                qualifier,
                kind,
                rest[0] if rest else actual[5],
            )
        )
    assert rows == want


# --------------------------------------------------------------------------------------------
# Plain counts: digits, separators, decimals
# --------------------------------------------------------------------------------------------
DIGITS = [
    ("Police said 1,250 people were arrested during the protests.", [("1,250", 1250, 1250, "exact", "count")]),
    ("The storm destroyed 12,400 homes across the province.", [("12,400", 12400, 12400, "exact", "count")]),
    ("The electoral commission listed 1,234,567 registered voters.", [("1,234,567", 1234567, 1234567, "exact", "count")]),
    ("Rescuers pulled 17 survivors from the rubble.", [("17", 17, 17, "exact", "count")]),
    ("Wire copy wraps its lines: sales rose to\n1,234 units and fell to\n900.", [("1,234", 1234, 1234, "exact", "count"), ("900", 900, 900, "exact", "count")]),
    ("The company employs 42,000 staff worldwide.", [("42,000", 42000, 42000, "exact", "count")]),
    ("The quake killed 2,248 people and injured 11,000.", [("2,248", 2248, 2248, "exact", "count"), ("11,000", 11000, 11000, "exact", "count")]),
    ("A total of 936 candidates are contesting 120 seats.", [("936", 936, 936, "exact", "count"), ("120", 120, 120, "exact", "count")]),
    ("The hospital has 450 beds and 38 ventilators.", [("450", 450, 450, "exact", "count"), ("38", 38, 38, "exact", "count")]),
    ("Customs officers seized 3,200 rifles at the port.", [("3,200", 3200, 3200, "exact", "count")]),
    ("The rebels released 22 hostages.", [("22", 22, 22, "exact", "count")]),
    ("Israel said it struck 150 targets overnight.", [("150", 150, 150, "exact", "count")]),
    ("The strike killed 40 civilians, including 12 children.", [("40", 40, 40, "exact", "count"), ("12", 12, 12, "exact", "count")]),
    ("The army says it has destroyed 250 tanks and 40 aircraft.", [("250", 250, 250, "exact", "count"), ("40", 40, 40, "exact", "count")]),
    ("Employers added 850,000 jobs, the labor department said.", [("850,000", 850000, 850000, "exact", "count")]),
    ("The country recorded 4,200 new infections and 56 deaths.", [("4,200", 4200, 4200, "exact", "count"), ("56", 56, 56, "exact", "count")]),
    ("Amazon plans to hire 100,000 workers.", [("100,000", 100000, 100000, "exact", "count")]),
    ("A ferry carrying 250 passengers capsized; 86 bodies have been recovered.", [("250", 250, 250, "exact", "count"), ("86", 86, 86, "exact", "count")]),
    ("Biden won 306 electoral votes to Trump's 232.", [("306", 306, 306, "exact", "count"), ("232", 232, 232, "exact", "count")]),
    ("The party won 312 of 650 seats.", [("312", 312, 312, "exact", "count"), ("650", 650, 650, "exact", "count")]),
    ("The measure passed by 219 votes to 212.", [("219", 219, 219, "exact", "count"), ("212", 212, 212, "exact", "count")]),
    ("The petition gathered 200k signatures.", [("200k", 200000, 200000, "exact", "count")]),
    ("The flood affected 5m people in the delta.", [("5m", 5e6, 5e6, "exact", "count")]),
    ("Officials counted 3.5 million ballots.", [("3.5 million", 3.5e6, 3.5e6, "exact", "count")]),
    ("The virus has infected 10.5 million people.", [("10.5 million", 10.5e6, 10.5e6, "exact", "count")]),
    ("The country has 1.4 billion people.", [("1.4 billion", 1.4e9, 1.4e9, "exact", "count")]),
    ("The drug agency approved 2.5 million doses.", [("2.5 million", 2.5e6, 2.5e6, "exact", "count")]),
    ("Iraq's two closest allies are Iran and the United States.", [("two", 2, 2, "exact", "count")]),
    ("A senior Iraqi security official and eight others were killed.", [("eight", 8, 8, "exact", "count")]),
    ("The militia maintains 16 seats in parliament.", [("16", 16, 16, "exact", "count")]),
    ("US jets struck five sites belonging to the group.", [("five", 5, 5, "exact", "count")]),
    ("The 2,500 US forces currently stationed in Iraq will stay.", [("2,500", 2500, 2500, "exact", "count")]),
    ("The country reported zero new cases.", [("zero", 0, 0, "exact", "count")]),
    ("The shelling left 3 dead and 17 wounded.", [("3", 3, 3, "exact", "count"), ("17", 17, 17, "exact", "count")]),
    ("Some 24 T-72 tanks were spotted near the border.", [("Some 24", 24, 24, "about", "count")]),
    ("There were 7 survivors.", [("7", 7, 7, "exact", "count")]),
    ("Of the 1,100 passengers, 980 were rescued.", [("1,100", 1100, 1100, "exact", "count"), ("980", 980, 980, "exact", "count")]),
    ("The tally reached 10,000.", [("10,000", 10000, 10000, "exact", "count")]),
    ("2,019 people were evacuated from the valley.", [("2,019", 2019, 2019, "exact", "count")]),
    ("The agency said 1,000 people died, 500 of them children.", [("1,000", 1000, 1000, "exact", "count"), ("500", 500, 500, "exact", "count")]),
    ("The blaze destroyed 1,200 homes and 300 businesses.", [("1,200", 1200, 1200, "exact", "count"), ("300", 300, 300, "exact", "count")]),
    ("The ruling party lost 23 of its 48 seats.", [("23", 23, 23, "exact", "count"), ("48", 48, 48, "exact", "count")]),
    ("Candidates need 270 electoral votes to win.", [("270", 270, 270, "exact", "count")]),
    ("The vaccine was given to 150 million Americans.", [("150 million", 1.5e8, 1.5e8, "exact", "count")]),
    ("The 12-member jury deliberated.", [("12", 12, 12, "exact", "count")]),
    ("More than 5,000 homes, 200 schools and 30 hospitals were damaged.", [("More than 5,000", 5000, INF, "more than", "count"), ("200", 200, 200, "exact", "count"), ("30", 30, 30, "exact", "count")]),
    ("The army has 1.5m reservists.", [("1.5m", 1.5e6, 1.5e6, "exact", "count")]),
    ("The company sold 1.2bn shares.", [("1.2bn", 1.2e9, 1.2e9, "exact", "count")]),
    ("All 47 passengers survived.", [("47", 47, 47, "exact", "count")]),
    ("Each of the 27 member states must agree.", [("27", 27, 27, "exact", "count")]),
    ("The airline will cut 4,500 jobs by 2023.", [("4,500", 4500, 4500, "exact", "count")]),
    ("The couple and their two children were killed.", [("two", 2, 2, "exact", "count")]),
    ("All five crew members died.", [("five", 5, 5, "exact", "count")]),
    ("A 20,000-strong force was deployed.", [("20,000", 20000, 20000, "exact", "count")]),
    ("The one million doses pledged by Japan arrived.", [("one million", 1e6, 1e6, "exact", "count")]),
    ("The three-day summit ended without a deal.", [("three", 3, 3, "exact", "measure")]),
]

# --------------------------------------------------------------------------------------------
# Number words
# --------------------------------------------------------------------------------------------
WORDS = [
    ("Three soldiers were killed and seven wounded.", [("Three", 3, 3, "exact", "count"), ("seven", 7, 7, "exact", "count")]),
    ("Twenty-five miners remain trapped underground.", [("Twenty-five", 25, 25, "exact", "count")]),
    ("The attack left ninety-nine people dead.", [("ninety-nine", 99, 99, "exact", "count")]),
    ("Police arrested a dozen protesters.", [("a dozen", 12, 12, "exact", "count")]),
    ("Two hundred families were evacuated.", [("Two hundred", 200, 200, "exact", "count")]),
    ("Fifteen people died in the blaze.", [("Fifteen", 15, 15, "exact", "count")]),
    ("The ship's eleven crew members were rescued.", [("eleven", 11, 11, "exact", "count")]),
    ("Forty-two candidates registered for the race.", [("Forty-two", 42, 42, "exact", "count")]),
    ("A hundred people gathered outside the court.", [("A hundred", 100, 100, "exact", "count")]),
    ("A thousand volunteers joined the search.", [("A thousand", 1000, 1000, "exact", "count")]),
    ("One person was killed in the stampede.", [("One", 1, 1, "exact", "count")]),
    ("Nineteen firefighters died battling the blaze.", [("Nineteen", 19, 19, "exact", "count")]),
    ("Six of the 10 victims were children.", [("Six", 6, 6, "exact", "count"), ("10", 10, 10, "exact", "count")]),
    ("One million people marched in the capital.", [("One million", 1e6, 1e6, "exact", "count")]),
    ("A million people marched in the capital.", [("A million", 1e6, 1e6, "exact", "count")]),
    ("Thirty-three miners were rescued.", [("Thirty-three", 33, 33, "exact", "count")]),
    ("Four journalists and two drivers were detained.", [("Four", 4, 4, "exact", "count"), ("two", 2, 2, "exact", "count")]),
    ("Sixty lawmakers signed the letter.", [("Sixty", 60, 60, "exact", "count")]),
    ("Eighty-one passengers were on board.", [("Eighty-one", 81, 81, "exact", "count")]),
    ("Nine police officers were injured.", [("Nine", 9, 9, "exact", "count")]),
    ("Twelve schools were closed.", [("Twelve", 12, 12, "exact", "count")]),
    ("Five thousand troops were sent to the border.", [("Five thousand", 5000, 5000, "exact", "count")]),
    ("Two million people lost power.", [("Two million", 2e6, 2e6, "exact", "count")]),
    ("The court sentenced fourteen men.", [("fourteen", 14, 14, "exact", "count")]),
    ("Three hundred and fifty homes were flooded.", [("Three hundred and fifty", 350, 350, "exact", "count")]),
    ("Half a million people fled the fighting.", [("Half a million", 5e5, 5e5, "exact", "count")]),
    ("Cases in Velmark reached a quarter of a million.", [("a quarter of a million", 2.5e5, 2.5e5, "exact", "count")]),
    ("Three quarters of a million votes were cast.", [("Three quarters of a million", 7.5e5, 7.5e5, "exact", "count")]),
    ("Some one million people were displaced.", [("Some one million", 1e6, 1e6, "about", "count")]),
    ("Seventy-five percent of voters turned out.", [("Seventy-five percent", 75, 75, "exact", "percent")]),
    ("The thirteen-member panel met in private.", [("thirteen", 13, 13, "exact", "count")]),
    ("Ten people were hurt.", [("Ten", 10, 10, "exact", "count")]),
    ("Twenty-seven member states signed.", [("Twenty-seven", 27, 27, "exact", "count")]),
    ("About a dozen boats sank.", [("About a dozen", 12, 12, "about", "count")]),
    ("Talks went on for about\nfive hours.", [("about\nfive", 5, 5, "about", "measure")]),
    ("He spoke about\n\n300 delegates arrived.", [("300", 300, 300, "exact", "count")]),
    ("The gauge read minus hundreds km.", [("minus hundreds", -999, -200, "vague", "measure")]),
    ("Two dozen journalists were detained.", [("Two dozen", 24, 24, "exact", "count")]),
    ("Half a dozen soldiers were hurt.", [("Half a dozen", 6, 6, "exact", "count")]),
    ("One hundred and twenty people died.", [("One hundred and twenty", 120, 120, "exact", "count")]),
    ("Two thousand five hundred soldiers arrived.", [("Two thousand five hundred", 2500, 2500, "exact", "count")]),
]

# --------------------------------------------------------------------------------------------
# Fractions: kind percent
# --------------------------------------------------------------------------------------------
FRACTIONS = [
    ("Two-thirds of voters backed the measure.", [("Two-thirds", 66.67, 66.67, "exact", "percent")]),
    ("About a third of the crops were lost.", [("About a third", 33.33, 33.33, "about", "percent")]),
    ("Three-quarters of residents have left.", [("Three-quarters", 75, 75, "exact", "percent")]),
    ("A quarter of the workforce is unemployed.", [("A quarter", 25, 25, "exact", "percent")]),
    ("One-fifth of the budget goes to defence.", [("One-fifth", 20, 20, "exact", "percent")]),
    ("The reform needs a two-thirds majority.", [("two-thirds", 66.67, 66.67, "exact", "percent")]),
    ("Nearly a quarter of the houses were damaged.", [("Nearly a quarter", 25, 25, "nearly", "percent")]),
    ("A third of the city remains without power.", [("A third", 33.33, 33.33, "exact", "percent")]),
    ("Around a fifth of the town's 20,000 residents fled.", [("Around a fifth", 20, 20, "about", "percent"), ("20,000", 20000, 20000, "exact", "count")]),
    ("A tenth of the population fled.", [("A tenth", 10, 10, "exact", "percent")]),
    ("One-tenth of the budget was cut.", [("One-tenth", 10, 10, "exact", "percent")]),
    ("One in five adults smokes.", [("One in five", 20, 20, "exact", "percent")]),
    ("About 1 in 4 children is malnourished.", [("About 1 in 4", 25, 25, "about", "percent")]),
    ("Nearly half of the country's hospitals are full.", [("Nearly half", 50, 50, "nearly", "percent")]),
    ("More than half of the seats went to the opposition.", [("More than half", 50, INF, "more than", "percent")]),
    ("Half of the aid never arrived.", [("Half", 50, 50, "exact", "percent")]),
]

# --------------------------------------------------------------------------------------------
# Ranges and from-to pairs
# --------------------------------------------------------------------------------------------
RANGES = [
    ("There are between 5,000 and 6,000 US troops in Iraq.", [("between 5,000 and 6,000", 5000, 6000, "between", "count")]),
    ("The storm killed 10-12 people.", [("10-12", 10, 12, "between", "count")]),
    ("The rally drew 5,000–7,000 people.", [("5,000–7,000", 5000, 7000, "between", "count")]),
    ("The clashes left 30 to 40 people dead.", [("30 to 40", 30, 40, "between", "count")]),
    ("Prices rose between 20 and 30 percent.", [("between 20 and 30 percent", 20, 30, "between", "percent")]),
    ("Growth is forecast at 4-5 pct.", [("4-5 pct", 4, 5, "between", "percent")]),
    ("Two or three people were seen fleeing.", [("Two or three", 2, 3, "between", "count")]),
    ("The mill processes between 40,000 and 50,000 tonnes of cane.", [("between 40,000 and 50,000", 40000, 50000, "between", "measure")]),
    ("Analysts expect 15-20% of branches to close.", [("15-20%", 15, 20, "between", "percent")]),
    ("The fighting displaced between 800 and 1,000 families.", [("between 800 and 1,000", 800, 1000, "between", "count")]),
    ("Between 150 and 200 migrants were aboard.", [("Between 150 and 200", 150, 200, "between", "count")]),
    ("The quake left 100 to 150 buildings in ruins.", [("100 to 150", 100, 150, "between", "count")]),
    ("About 20-25 people were inside.", [("About 20-25", 20, 25, "between", "count")]),
    ("Officials expect 3,000 — 4,000 visitors.", [("3,000 — 4,000", 3000, 4000, "between", "count")]),
    ("The government said 1,000-1,500 migrants arrived.", [("1,000-1,500", 1000, 1500, "between", "count")]),
    ("Analysts expect 50-60% of stores to close.", [("50-60%", 50, 60, "between", "percent")]),
    ("The ship was carrying 300-400 people.", [("300-400", 300, 400, "between", "count")]),
    ("Each rally drew 200-300 supporters.", [("200-300", 200, 300, "between", "count")]),
    ("The project costs $1-2bn.", [("$1-2bn", 1e9, 2e9, "between", "money")]),
    ("The deal is worth $1.2 billion to $1.5 billion.", [("$1.2 billion to $1.5 billion", 1.2e9, 1.5e9, "between", "money")]),
    ("Analysts expect 50%-60% of stores to close.", [("50%-60%", 50, 60, "between", "percent")]),
    ("Three to four days of rain are forecast.", [("Three to four", 3, 4, "between", "measure")]),
    ("The plan will cost between $2bn and $3bn.", [("between $2bn and $3bn", 2e9, 3e9, "between", "money")]),
    ("The survivors ranged in age from 4 to 88.", [("from 4 to 88", 4, 88, "between", "count")]),
    ("The port spent $US40 million on cranes.", [("$US40 million", 4e7, 4e7, "exact", "money")]),
    ("The tanker is 330m long and 60m wide.", [("330", 330, 330, "exact", "measure"), ("60", 60, 60, "exact", "measure")]),
    ("A 250m-long barge sank.", [("250", 250, 250, "exact", "measure")]),
    ("The firm raised $400m last year.", [("$400m", 4e8, 4e8, "exact", "money")]),
    ("The army will keep 300 or more soldiers there.", [("300 or more", 300, INF, "at least", "count")]),
    ("Groups of 12 or fewer may meet.", [("12 or fewer", 0, 12, "up to", "count")]),
    ("Police handed over nine suspects to prosecutors.", [("nine", 9, 9, "exact", "count")]),
    ("Police held over nine suspects.", [("over nine", 9, INF, "more than", "count")]),
    ("Investigators studied the four separate blazes.", [("four", 4, 4, "exact", "count")]),
    ("Between 2 and 3 million people need aid.", [("Between 2 and 3 million", 2e6, 3e6, "between", "count")]),
    ("The bonds raised between 1.5 and 2 billion dlrs.", [("between 1.5 and 2 billion dlrs", 1.5e9, 2e9, "between", "money")]),
    ("Estimates range from 10 to 15 percent.", [("from 10 to 15 percent", 10, 15, "between", "percent", "")]),  # a spread
    ("The number of US troops fell from 5,200 to 2,500.", [("5,200", 5200, 5200, "exact", "count", "from"), ("2,500", 2500, 2500, "exact", "count", "to")]),
    ("The death toll rose from 12 to 19.", [("12", 12, 12, "exact", "count", "from"), ("19", 19, 19, "exact", "count", "to")]),
    ("Support increased from 12 to 19 percent.", [("12", 12, 12, "exact", "percent", "from"), ("19 percent", 19, 19, "exact", "percent", "to")]),
    ("The garrison grew from 800 to 1,200 soldiers.", [("800", 800, 800, "exact", "count", "from"), ("1,200", 1200, 1200, "exact", "count", "to")]),
    ("The bill's cost grew from two to three billion dlrs.", [("two", 2e9, 2e9, "exact", "money", "from"), ("three billion dlrs", 3e9, 3e9, "exact", "money", "to")]),
    ("Unemployment fell from 7.2% to 6.8%.", [("7.2%", 7.2, 7.2, "exact", "percent", "from"), ("6.8%", 6.8, 6.8, "exact", "percent", "to")]),
    ("Petrol prices rose from $3 to $3.50 a gallon.", [("$3", 3, 3, "exact", "money", "from"), ("$3.50", 3.5, 3.5, "exact", "money", "to")]),
    ("The rate rose from 20 percent to 25 percent.", [("20 percent", 20, 20, "exact", "percent", "from"), ("25 percent", 25, 25, "exact", "percent", "to")]),
    ("The force grew from 500 personnel to as many as 4,000.", [("500", 500, 500, "exact", "count", "from"), ("as many as 4,000", 0, 4000, "up to", "count", "to")]),
    ("The IMF cut its forecast to 2.9 pct from 3.3 pct.", [("2.9 pct", 2.9, 2.9, "exact", "percent", "to"), ("3.3 pct", 3.3, 3.3, "exact", "percent", "from")]),
    ("Unemployment rose to 1,200 from 900.", [("1,200", 1200, 1200, "exact", "count", "to"), ("900", 900, 900, "exact", "count", "from")]),
    ("Tickets cost between $4 and $6.", [("between $4 and $6", 4, 6, "between", "money")]),
    ("Shares were priced between US$5 and US$6 million.", [("between US$5 and US$6 million", 5e6, 6e6, "between", "money")]),
    ("The town has three to four million residents.", [("three to four million", 3e6, 4e6, "between", "count")]),
    ("Ford hopes to sell between 500,000 and one million cars.", [("between 500,000 and one million", 5e5, 1e6, "between", "count")]),
    ("Analysts expected 920 mln to one billion dlrs.", [("920 mln to one billion dlrs", 9.2e8, 1e9, "between", "money")]),
    ("One or two dozen boats sank.", [("One or two dozen", 12, 24, "between", "count")]),
    ("A coffee costs seven or eight euros.", [("seven or eight euros", 7, 8, "between", "money")]),
    ("Grades 3 through 5 take part.", [("3 through 5", 3, 5, "between", "count")]),
    ("Revenue rose by $2bn to $9bn.", [("$2bn", 2e9, 2e9, "exact", "money"), ("$9bn", 9e9, 9e9, "exact", "money")]),
    ("The rig count fell by three to 749.", [("three", 3, 3, "exact", "count"), ("749", 749, 749, "exact", "count")]),
    ("The rig count rose 19 to 100.", [("19", 19, 19, "exact", "count"), ("100", 100, 100, "exact", "count")]),
    ("Output fell 2 to 5 pct.", [("2 to 5 pct", 2, 5, "between", "percent")]),
    ("Taxes fall by five pct to 31 pct of income.", [("five pct", 5, 5, "exact", "percent"), ("31 pct", 31, 31, "exact", "percent")]),
    ("Sales will rise by 25 to 30 pct this year.", [("25 to 30 pct", 25, 30, "between", "percent")]),
    ("Sales stood at a level 2.5 pct below last year's.", [("2.5 pct", 2.5, 2.5, "exact", "percent")]),
    ("Prices stayed above 5 and below 10 percent.", [("above 5 and below 10 percent", 5, 10, "between", "percent")]),
    ("The fund needs a minimum of 400 dlrs and a maximum of 900 dlrs.", [("a minimum of 400 dlrs and a maximum of 900 dlrs", 400, 900, "between", "money")]),
    ("Greater than 50 people came.", [("Greater than 50", 50, INF, "more than", "count")]),
    ("The dividend will be not less than 10 cents.", [("not less than 10 cents", 0.1, INF, "at least", "money")]),
    ("The loan runs for not more than seven years.", [("not more than seven", 0, 7, "up to", "measure")]),
    ("The deal is in the region of $550 million.", [("in the region of $550 million", 5.5e8, 5.5e8, "about", "money")]),
    ("Estimates range from five dlrs to 7.80 dlrs.", [("five dlrs to 7.80 dlrs", 5, 7.8, "between", "money")]),
    ("The price rose to 187p from 181p.", [("187p", 1.87, 1.87, "exact", "money", "to"), ("181p", 1.81, 1.81, "exact", "money", "from")]),
    ("Capital will double to 400 mln riyals from 200 mln.", [("400 mln riyals", 4e8, 4e8, "exact", "money", "to"), ("200 mln", 2e8, 2e8, "exact", "money", "from")]),
    ("The bill came to 4 dollars 20 cents.", [("4 dollars 20 cents", 4.2, 4.2, "exact", "money")]),
    ("A pint costs £4 and 20p.", [("£4 and 20p", 4.2, 4.2, "exact", "money")]),
]

# --------------------------------------------------------------------------------------------
# Qualifiers
# --------------------------------------------------------------------------------------------
QUALIFIERS = [
    ("Their current level is about 2,500.", [("about 2,500", 2500, 2500, "about", "count")]),
    ("The roughly 2,500 US troops in Iraq will stay.", [("roughly 2,500", 2500, 2500, "about", "count")]),
    ("Some 2,000 refugees crossed the border.", [("Some 2,000", 2000, 2000, "about", "count")]),
    ("Approximately 40 percent of the city is flooded.", [("Approximately 40 percent", 40, 40, "about", "percent")]),
    ("An estimated 1.2 million people are at risk.", [("An estimated 1.2 million", 1.2e6, 1.2e6, "about", "count")]),
    ("Around 150 families remain in the camp.", [("Around 150", 150, 150, "about", "count")]),
    ("Nearly 3,000 people died in the attacks.", [("Nearly 3,000", 3000, 3000, "nearly", "count")]),
    ("Almost 60% of adults are vaccinated.", [("Almost 60%", 60, 60, "nearly", "percent")]),
    ("The strike caused traumatic brain injuries to more than 100 American troops.", [("more than 100", 100, INF, "more than", "count")]),
    ("Over 1,000 flights were cancelled.", [("Over 1,000", 1000, INF, "more than", "count")]),
    ("At least 42 people were killed.", [("At least 42", 42, INF, "at least", "count")]),
    ("Fewer than 2,000 troops will remain.", [("Fewer than 2,000", 0, 2000, "less than", "count")]),
    ("Less than 1% of the budget goes to aid.", [("Less than 1%", 0, 1, "less than", "percent")]),
    ("Growth stayed below 3 percent.", [("below 3 percent", 0, 3, "less than", "percent")]),
    ("Under 50 people attended the vigil.", [("Under 50", 0, 50, "less than", "count")]),
    ("Up to 4,000 fighters may be in the city.", [("Up to 4,000", 0, 4000, "up to", "count")]),
    ("As many as 300 people are missing.", [("As many as 300", 0, 300, "up to", "count")]),
    ("No more than 10 people may gather.", [("No more than 10", 0, 10, "up to", "count")]),
    ("Just over 1,000 ballots were spoiled.", [("Just over 1,000", 1000, INF, "more than", "count")]),
    ("Close to 500 homes were damaged.", [("Close to 500", 500, 500, "about", "count")]),
    ("Upwards of 10,000 people marched.", [("Upwards of 10,000", 10000, INF, "more than", "count")]),
    ("The firm lost in excess of $1bn.", [("in excess of $1bn", 1e9, INF, "more than", "money")]),
    ("The tax will raise at most 5 billion euros.", [("at most 5 billion euros", 0, 5e9, "up to", "money")]),
    ("Fines can reach as much as $50m.", [("as much as $50m", 0, 5e7, "up to", "money")]),
    ("No fewer than 12 ministers resigned.", [("No fewer than 12", 12, INF, "at least", "count")]),
    ("Russia has massed some 100,000 troops near the border.", [("some 100,000", 100000, 100000, "about", "count")]),
    ("More than 6,000 US troops were deployed.", [("More than 6,000", 6000, INF, "more than", "count")]),
    ("Nearly 2 million Ukrainians have fled.", [("Nearly 2 million", 2e6, 2e6, "nearly", "count")]),
    ("Hurricane Ida knocked out power to more than 1 million homes.", [("more than 1 million", 1e6, INF, "more than", "count")]),
    ("At least 31 people were killed and 150 injured.", [("At least 31", 31, INF, "at least", "count"), ("150", 150, 150, "exact", "count")]),
    ("The floods have displaced some 300,000 people.", [("some 300,000", 300000, 300000, "about", "count")]),
    ("Some 1,500 Marines are stationed at the base.", [("Some 1,500", 1500, 1500, "about", "count")]),
    ("The coalition has carried out more than 14,000 air strikes.", [("more than 14,000", 14000, INF, "more than", "count")]),
    ("About 70% of adults have had a first dose.", [("About 70%", 70, 70, "about", "percent")]),
    ("The deal values the company at about $12 billion.", [("about $12 billion", 12e9, 12e9, "about", "money")]),
    ("Officials say at least 1,400 people died.", [("at least 1,400", 1400, INF, "at least", "count")]),
    ("Roughly 8 percent of the vote went to the Greens.", [("Roughly 8 percent", 8, 8, "about", "percent")]),
    ("Fewer than 20 of the lawmakers opposed it.", [("Fewer than 20", 0, 20, "less than", "count")]),
    ("Rallies are capped at under 500 people.", [("under 500", 0, 500, "less than", "count")]),
    ("The number of new cases fell below 50.", [("below 50", 0, 50, "less than", "count")]),
    ("Close to 40 percent of the wheat crop was lost.", [("Close to 40 percent", 40, 40, "about", "percent")]),
    ("Almost 900 prisoners escaped.", [("Almost 900", 900, 900, "nearly", "count")]),
    ("Approximately 2,000 US troops will stay.", [("Approximately 2,000", 2000, 2000, "about", "count")]),
    ("Just under 2,000 people voted.", [("Just under 2,000", 2000, 2000, "nearly", "count")]),
    ("A minimum of 30 seats is needed.", [("A minimum of 30", 30, INF, "at least", "count")]),
    ("A maximum of 200 guests are allowed.", [("A maximum of 200", 0, 200, "up to", "count")]),
]

# --------------------------------------------------------------------------------------------
# Vague quantities (detection first; only the floor is asserted)
# --------------------------------------------------------------------------------------------
VAGUE = [
    ("Dozens of people were injured.", [("Dozens", 24, None, "vague", "count")]),
    ("Security forces killed hundreds of unarmed protesters.", [("hundreds", 200, None, "vague", "count")]),
    ("Thousands of people fled the city.", [("Thousands", 2000, None, "vague", "count")]),
    ("Scores of homes were flattened.", [("Scores", 40, None, "vague", "count")]),
    ("Several hundred people gathered in the square.", [("Several hundred", None, None, "vague", "count")]),
    ("A few thousand supporters waited outside.", [("A few thousand", None, None, "vague", "count")]),
    ("Hundreds were arrested after the rally.", [("Hundreds", 200, None, "vague", "count")]),
    ("The rebels fired dozens of rockets.", [("dozens", 24, None, "vague", "count")]),
    ("Millions of people lost their jobs.", [("Millions", 2e6, None, "vague", "count")]),
    ("Tens of thousands of people marched in Paris.", [("Tens of thousands", 20000, None, "vague", "count")]),
    ("Hundreds of thousands of refugees crossed into Poland.", [("Hundreds of thousands", 200000, None, "vague", "count")]),
    ("The scheme cost taxpayers millions of dollars.", [("millions of dollars", 2e6, None, "vague", "money")]),
    ("The fund lost 2 million of dollars.", [("2 million of dollars", 2e6, 2e6, "exact", "money")]),
    ("Dozens of soldiers and hundreds of civilians died.", [("Dozens", 24, None, "vague", "count"), ("hundreds", 200, None, "vague", "count")]),
    ("Tens of millions of people are under lockdown.", [("Tens of millions", 2e7, None, "vague", "count")]),
]

# --------------------------------------------------------------------------------------------
# Percentages
# --------------------------------------------------------------------------------------------
PERCENT = [
    # a unit does not reach across a paragraph break, though it does across a wrapped line
    ("The officials counted 40\n\n% of ballots remain.", [("40", 40, 40, "exact", "count")]),
    ("Turnout rose to 40\n% on Sunday.", [("40\n%", 40, 40, "exact", "percent")]),
    ("Inflation hit 4.8% in June.", [("4.8%", 4.8, 4.8, "exact", "percent")]),
    ("Inflation hit 4.8 percent in June.", [("4.8 percent", 4.8, 4.8, "exact", "percent")]),
    ("Inflation hit 4.8 per cent in June.", [("4.8 per cent", 4.8, 4.8, "exact", "percent")]),
    ("Inflation hit 4.8 pct in June.", [("4.8 pct", 4.8, 4.8, "exact", "percent")]),
    ("The party won 52.1% of the vote.", [("52.1%", 52.1, 52.1, "exact", "percent")]),
    ("Turnout was 67.4 percent, up from 61 percent.", [("67.4 percent", 67.4, 67.4, "exact", "percent"), ("61 percent", 61, 61, "exact", "percent")]),
    ("The incumbent took 48 per cent.", [("48 per cent", 48, 48, "exact", "percent")]),
    ("The company said net profit rose 12 pct to 1.2 billion dlrs.", [("12 pct", 12, 12, "exact", "percent"), ("1.2 billion dlrs", 1.2e9, 1.2e9, "exact", "money")]),
    ("GDP grew 0.6 pct in the first quarter.", [("0.6 pct", 0.6, 0.6, "exact", "percent")]),
    ("The unemployment rate fell to 5.9%.", [("5.9%", 5.9, 5.9, "exact", "percent")]),
    ("Mortgage rates averaged 3.1 percent.", [("3.1 percent", 3.1, 3.1, "exact", "percent")]),
    ("Retail sales rose 0.7 per cent month on month.", [("0.7 per cent", 0.7, 0.7, "exact", "percent")]),
    ("The vaccine is 95 percent effective.", [("95 percent", 95, 95, "exact", "percent")]),
    ("The central bank raised rates by 0.25 percentage points.", [("0.25 percentage points", 0.25, 0.25, "exact", "percent")]),
    ("Shares fell 3.2 pct to 45.60 dlrs.", [("3.2 pct", 3.2, 3.2, "exact", "percent"), ("45.60 dlrs", 45.6, 45.6, "exact", "money")]),
    ("A 3% rise in fares angered commuters.", [("3%", 3, 3, "exact", "percent")]),
    ("Brent crude rose 1.5% to $84.20 a barrel.", [("1.5%", 1.5, 1.5, "exact", "percent"), ("$84.20", 84.2, 84.2, "exact", "money")]),
    ("Exports fell 11.3 pct year-on-year.", [("11.3 pct", 11.3, 11.3, "exact", "percent")]),
    ("Ninety percent of the town was destroyed.", [("Ninety percent", 90, 90, "exact", "percent")]),
    ("Support for the deal stood at 41%.", [("41%", 41, 41, "exact", "percent")]),
    ("The tariff will rise to 25 percent.", [("25 percent", 25, 25, "exact", "percent")]),
    ("Only 9.5 per cent of the forest remains.", [("9.5 per cent", 9.5, 9.5, "exact", "percent")]),
    ("The currency lost 30 pct of its value.", [("30 pct", 30, 30, "exact", "percent")]),
    ("Core inflation was 2.1 pct, the bank said.", [("2.1 pct", 2.1, 2.1, "exact", "percent")]),
    ("Labour polled 43% support, the survey found.", [("43%", 43, 43, "exact", "percent")]),
    ("Wages rose 5 percent while prices rose 7 percent.", [("5 percent", 5, 5, "exact", "percent"), ("7 percent", 7, 7, "exact", "percent")]),
    ("Exports rose 7.6 pct to 22.3 bln dlrs.", [("7.6 pct", 7.6, 7.6, "exact", "percent"), ("22.3 bln dlrs", 2.23e10, 2.23e10, "exact", "money")]),
    ("The government sold 30 pct of its stake for 2.1 bln dlrs.", [("30 pct", 30, 30, "exact", "percent"), ("2.1 bln dlrs", 2.1e9, 2.1e9, "exact", "money")]),
    ("Analysts polled by Reuters had forecast a 0.4 pct rise.", [("0.4 pct", 0.4, 0.4, "exact", "percent")]),
    ("More than 40 per cent of voters abstained.", [("More than 40 per cent", 40, INF, "more than", "percent")]),
    ("Up to 70 percent of the wheat was lost.", [("Up to 70 percent", 0, 70, "up to", "percent")]),
    ("The firm cut 3,000 jobs, or 10 percent of its workforce.", [("3,000", 3000, 3000, "exact", "count"), ("10 percent", 10, 10, "exact", "percent")]),
    ("Inflation rose to 4.8pc.", [("4.8pc", 4.8, 4.8, "exact", "percent")]),
    ("Shares slipped 0.5%, or 12 cents.", [("0.5%", 0.5, 0.5, "exact", "percent"), ("12 cents", 0.12, 0.12, "exact", "money")]),
]

# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------
MONEY = [
    ("The government approved a $2bn aid package.", [("$2bn", 2e9, 2e9, "exact", "money")]),
    ("The club paid €5m for the striker.", [("€5m", 5e6, 5e6, "exact", "money")]),
    ("The firm posted a net loss of 1.2 billion dlrs.", [("1.2 billion dlrs", 1.2e9, 1.2e9, "exact", "money")]),
    ("Exports totalled 3.4 bln dlrs.", [("3.4 bln dlrs", 3.4e9, 3.4e9, "exact", "money")]),
    ("The bank reported profits of 250 mln dlrs.", [("250 mln dlrs", 2.5e8, 2.5e8, "exact", "money")]),
    ("Ukraine will receive US$1.5 billion in loans.", [("US$1.5 billion", 1.5e9, 1.5e9, "exact", "money")]),
    ("The fine amounts to £300,000.", [("£300,000", 3e5, 3e5, "exact", "money")]),
    ("The scheme will cost 500 million euros.", [("500 million euros", 5e8, 5e8, "exact", "money")]),
    ("The charity raised 2.5 million dollars.", [("2.5 million dollars", 2.5e6, 2.5e6, "exact", "money")]),
    ("The deal is worth 1.5 trillion yen.", [("1.5 trillion yen", 1.5e12, 1.5e12, "exact", "money")]),
    ("The chipmaker will invest 25 billion won.", [("25 billion won", 25e9, 25e9, "exact", "money")]),
    ("The team has won 3 games.", [("3", 3, 3, "exact", "count")]),  # the verb before a number is no currency
    ("Federal debt reached $1.2 trillion.", [("$1.2 trillion", 1.2e12, 1.2e12, "exact", "money")]),
    ("The bill includes $700,000 for repairs.", [("$700,000", 7e5, 7e5, "exact", "money")]),
    ("The fund holds 20 bln stg in assets.", [("20 bln stg", 2e10, 2e10, "exact", "money")]),
    ("Tickets cost 15 dollars each.", [("15 dollars", 15, 15, "exact", "money")]),
    ("Reserves fell by 300 mln dlrs.", [("300 mln dlrs", 3e8, 3e8, "exact", "money")]),
    ("Petrol costs $4.50 a gallon.", [("$4.50", 4.5, 4.5, "exact", "money")]),
    ("The insurer paid US$300 million in claims.", [("US$300 million", 3e8, 3e8, "exact", "money")]),
    ("Canada pledged C$2bn for housing.", [("C$2bn", 2e9, 2e9, "exact", "money")]),
    ("The miner bid A$50m for the stake.", [("A$50m", 5e7, 5e7, "exact", "money")]),
    ("Oil traded at $75 a barrel.", [("$75", 75, 75, "exact", "money")]),
    ("The ransom was 1 million dollars.", [("1 million dollars", 1e6, 1e6, "exact", "money")]),
    # a bare sum in millions after money in its sentence is money; in the next sentence it is not
    ("They asked 90 million dollars, then cut the demand to 50 million.",
     [("90 million dollars", 9e7, 9e7, "exact", "money"), ("50 million", 5e7, 5e7, "exact", "money")]),
    ("They asked 90 million dollars. The town has 2 million people.",
     [("90 million dollars", 9e7, 9e7, "exact", "money"), ("2 million", 2e6, 2e6, "exact", "count")]),
    ("The EU approved a €750bn recovery fund.", [("€750bn", 7.5e11, 7.5e11, "exact", "money")]),
    ("The stadium cost £1.2 billion to build.", [("£1.2 billion", 1.2e9, 1.2e9, "exact", "money")]),
    ("Workers earn about 300 euros a month.", [("about 300 euros", 300, 300, "about", "money")]),
    ("The company was fined 4.3 billion euros.", [("4.3 billion euros", 4.3e9, 4.3e9, "exact", "money")]),
    ("Damage is estimated at $3 billion.", [("$3 billion", 3e9, 3e9, "exact", "money")]),
    ("The lottery jackpot is 100 million pounds.", [("100 million pounds", 1e8, 1e8, "exact", "money")]),
    ("China's yuan loans reached 1.8 trillion yuan.", [("1.8 trillion yuan", 1.8e12, 1.8e12, "exact", "money")]),
    ("Shares rose 5 cents.", [("5 cents", 0.05, 0.05, "exact", "money")]),
    ("The airline lost $2.3 billion, or $4.10 a share.", [("$2.3 billion", 2.3e9, 2.3e9, "exact", "money"), ("$4.10", 4.1, 4.1, "exact", "money")]),
    ("A bailout of more than €100bn was agreed.", [("more than €100bn", 1e11, INF, "more than", "money")]),
    ("Government spending rose to $6.8tn.", [("$6.8tn", 6.8e12, 6.8e12, "exact", "money")]),
    ("The trade deficit widened to 4.5 bln dlrs from 3.9 bln.", [("4.5 bln dlrs", 4.5e9, 4.5e9, "exact", "money", "to"), ("3.9 bln", 3.9e9, 3.9e9, "exact", "money", "from")]),
    ("The bank lent 5 million rupees to farmers.", [("5 million rupees", 5e6, 5e6, "exact", "money")]),
    ("The deal is worth ¥100bn.", [("¥100bn", 1e11, 1e11, "exact", "money")]),
    ("The $1.9 trillion relief bill passed.", [("$1.9 trillion", 1.9e12, 1.9e12, "exact", "money")]),
    ("The court fined him 2,000 euros and jailed him for six months.", [("2,000 euros", 2000, 2000, "exact", "money"), ("six", 6, 6, "exact", "measure")]),
    ("Banks lent USD 2.5 billion to the state.", [("USD 2.5 billion", 2.5e9, 2.5e9, "exact", "money")]),
    ("The fund has EUR 500 million in assets.", [("EUR 500 million", 5e8, 5e8, "exact", "money")]),
    ("The canton lent CHF 1 billion.", [("CHF 1 billion", 1e9, 1e9, "exact", "money")]),
    ("Brazil will spend R$5 billion on roads.", [("R$5 billion", 5e9, 5e9, "exact", "money")]),
    ("The grant totals HK$300 million.", [("HK$300 million", 3e8, 3e8, "exact", "money")]),
    ("The plan costs ₹500 crore.", [("₹500 crore", 5e9, 5e9, "exact", "money")]),
    # cents and pence are hundredths of the currency; Reuters' 'cts', 'stg' and currency names with a place
    ("Profit was 40,000 dlrs or nine cts a share.", [("40,000 dlrs", 4e4, 4e4, "exact", "money"), ("nine cts", 0.09, 0.09, "exact", "money")]),
    ("The loss came to 45\ncts a share.", [("45\ncts", 0.45, 0.45, "exact", "money")]),
    ("Holders get 90p for each share and 40p for every one stg of stock.", [("90p", 0.9, 0.9, "exact", "money"), ("40p", 0.4, 0.4, "exact", "money"), ("one stg", 1, 1, "exact", "money")]),
    ("Deposits rose to 12.5 billion N.Z. Dlrs in May.", [("12.5 billion N.Z. Dlrs", 1.25e10, 1.25e10, "exact", "money")]),
    ("Assets reached 80.2 billion\nU.S. Dlrs last month.", [("80.2 billion\nU.S. Dlrs", 8.02e10, 8.02e10, "exact", "money")]),
    ("The bank lent 300 mln Can dlrs.", [("300 mln Can dlrs", 3e8, 3e8, "exact", "money")]),
    ("The chain was sold for 600 million złotys.", [("600 million złotys", 6e8, 6e8, "exact", "money")]),
    ("The deficit narrowed to 120.5 billion escudos.", [("120.5 billion escudos", 1.205e11, 1.205e11, "exact", "money")]),
    ("Imports cost 40 mln guilders and 9 bln pesetas.", [("40 mln guilders", 4e7, 4e7, "exact", "money"), ("9 bln pesetas", 9e9, 9e9, "exact", "money")]),
    # two sums in two currencies joined by 'or' are no range
    ("The prize is SEK2 million (about GBP160 thousand or USD200 thousand).", [("SEK2 million", 2e6, 2e6, "exact", "money"), ("about GBP160 thousand", 1.6e5, 1.6e5, "about", "money"), ("USD200 thousand", 2e5, 2e5, "exact", "money")]),
]

# --------------------------------------------------------------------------------------------
# Units, currencies and scales written onto the number, and units and currencies by name
# --------------------------------------------------------------------------------------------
FUSED = [
    ("The phone ships with 40GB of storage.", [("40", 40, 40, "exact", "measure")]),
    ("The heater draws 12kW at full power.", [("12", 12, 12, "exact", "measure")]),
    # a temperature in C or F; a letter before a dash and a digit names a model
    ("Temperatures reached 41.3C (106.3F) in the valley.", [("41.3", 41.3, 41.3, "exact", "measure"), ("106.3", 106.3, 106.3, "exact", "measure")]),
    ("The base keeps 12 F-16 jets.", [("12", 12, 12, "exact", "count")]),
    ("He was caught driving at 90mph.", [("90", 90, 90, "exact", "measure")]),
    ("The boxer weighed in at 150lbs.", [("150", 150, 150, "exact", "measure")]),
    ("The rifle fires 9.5mm rounds.", [("9.5", 9.5, 9.5, "exact", "measure")]),
    ("The station is 139km from the coast.", [("139", 139, 139, "exact", "measure")]),
    ("Add 50g of flour.", [("50", 50, 50, "exact", "measure")]),
    ("The trial lasted 48h.", [("48", 48, 48, "exact", "measure")]),
    ("Clearing the queue will take a week or two.", [("a week or two", 1, 2, "between", "measure")]),
    ("The job takes a day or two weeks.", [("two", 2, 2, "exact", "measure")]),  # its own unit: no range
    ("They spent a night or two nights there.", [("two", 2, 2, "exact", "count")]),
    ("It was 40°C in the shade.", [("40", 40, 40, "exact", "measure")]),
    ("The startup raised USD5m from investors.", [("USD5m", 5e6, 5e6, "exact", "money")]),
    ("A bowl of noodles costs RM45 there.", [("RM45", 45, 45, "exact", "money")]),
    ("A mask sold for Rs.30 on the street.", [("Rs.30", 30, 30, "exact", "money")]),
    ("The prize is SEK9 million.", [("SEK9 million", 9e6, 9e6, "exact", "money")]),
    ("The shares rose 5p to 235p.", [("5p", 0.05, 0.05, "exact", "money"), ("235p", 2.35, 2.35, "exact", "money")]),
    ("Sales reached 3.1b last year.", [("3.1b", 3.1e9, 3.1e9, "exact", "count")]),
    ("The studio spent $3b on content.", [("$3b", 3e9, 3e9, "exact", "money")]),
    ("He signed for 5mil a season.", [("5mil", 5e6, 5e6, "exact", "count")]),
    ("The mast is 20m tall.", [("20", 20, 20, "exact", "measure")]),
    ("The startup raised 20m in its first round.", [("20m", 2e7, 2e7, "exact", "count")]),
    ("The fee was paid in 300 Swiss francs.", [("300 Swiss francs", 300, 300, "exact", "money")]),
    ("The price was 1,600 Special Drawing Rights.", [("1,600 Special Drawing Rights", 1600, 1600, "exact", "money")]),
    ("The fund lent 2 billion SDRs.", [("2 billion SDRs", 2e9, 2e9, "exact", "money")]),
    ("A loaf costs 80 pence.", [("80 pence", 0.8, 0.8, "exact", "money")]),
    ("The mine produced 2 million metric tons of ore.", [("2 million", 2e6, 2e6, "exact", "measure")]),
    ("The flat measures 80 square meters.", [("80", 80, 80, "exact", "measure")]),
    ("The fine was 5 million roubles.", [("5 million roubles", 5e6, 5e6, "exact", "money")]),
    ("The bank cut rates by 25 basis points.", [("25 basis points", 25, 25, "exact", "percent")]),
    ("The hurricane had winds of 120 miles per hour.", [("120", 120, 120, "exact", "measure")]),
    ("The 75 m ship sank.", [("75", 75, 75, "exact", "measure")]),
    ("Salaries of 5k-9k were offered.", [("5k-9k", 5000, 9000, "between", "count")]),
    ("K2-18b orbits a red dwarf.", []),
    ("The effect is clear in Figure 3b.", []),
    ("The 5G network went live.", []),
    ("The order covers 80 CF80C-2 engines.", [("80", 80, 80, "exact", "count")]),
]

# --------------------------------------------------------------------------------------------
# Signs and forms: negatives, compound words, decimals in words, digit groups, fractions, powers
# --------------------------------------------------------------------------------------------
FORMS = [
    ("Stocks fell -2.4% on the day.", [("-2.4%", -2.4, -2.4, "exact", "percent")]),
    ("The mercury fell to minus 40 degrees.", [("minus 40", -40, -40, "exact", "measure")]),
    ("The balance stood at negative two.", [("negative two", -2, -2, "exact", "count")]),
    ("Rates were cut to minus 0.5%.", [("minus 0.5%", -0.5, -0.5, "exact", "percent")]),
    ("Lows of -5 to -10 degrees are likely.", [("-5 to -10", -10, -5, "between", "measure")]),
    ("Lows between -5 and -10 degrees.", [("between -5 and -10", -10, -5, "between", "measure")]),
    ("Growth of -2% to 1% is seen.", [("-2% to 1%", -2, 1, "between", "percent")]),
    ("It fell from -2.4% to -3.1%.", [("-2.4%", -2.4, -2.4, "exact", "percent", "from"), ("-3.1%", -3.1, -3.1, "exact", "percent", "to")]),
    ("It rose from -5 to 10 degrees.", [("-5", -5, -5, "exact", "measure", "from"), ("10", 10, 10, "exact", "measure", "to")]),
    ("Sixty-three people died.", [("Sixty-three", 63, 63, "exact", "count")]),
    ("The bill was 4 thousand 2 hundred and 10 dollars.", [("4 thousand 2 hundred and 10 dollars", 4210, 4210, "exact", "money")]),
    ("The index stood at three point zero five.", [("three point zero five", 3.05, 3.05, "exact", "count")]),
    ("Output reached one point five million barrels.", [("one point five million", 1.5e6, 1.5e6, "exact", "measure")]),
    ("He bought two dozen eggs.", [("two dozen", 24, 24, "exact", "count")]),
    # a whole and a half, then perhaps its scale
    ("The jury sat for three and a half hours.", [("three and a half", 3.5, 3.5, "exact", "measure")]),
    ("The town has 2 and a half thousand homes.", [("2 and a half thousand", 2500, 2500, "exact", "count")]),
    ("Some two and a half million people voted.", [("Some two and a half million", 2.5e6, 2.5e6, "about", "count")]),
    ("The city has 2 500 000 residents.", [("2 500 000", 2.5e6, 2.5e6, "exact", "count")]),
    ("The city has 2\u00a0500 residents.", [("2\u00a0500", 2500, 2500, "exact", "count")]),
    ("On Tuesday 3 200 people came.", [("3", 3, 3, "exact", "count"), ("200", 200, 200, "exact", "count")]),
    ("Add 3/8 cup of sugar.", [("3/8", 0.375, 0.375, "exact", "measure")]),
    ("They walked 6 3/4 miles.", [("6 3/4", 6.75, 6.75, "exact", "measure")]),
    ("Each bond converts into 44-4/9 shares.", [("44-4/9", 44.444, 44.444, "exact", "count")]),
    ("The notes carry a 7-5/8 pct coupon.", [("7-5/8 pct", 7.625, 7.625, "exact", "percent")]),
    ("The count reached 6.02e23.", [("6.02e23", 6.02e23, 6.02e23, "exact", "count")]),
    ("Light covers 3 x 10^8 metres a second.", [("3 x 10^8", 3e8, 3e8, "exact", "measure")]),
    ("Chips at sub-10 nm are hard to make.", [("sub-10", 0, 10, "less than", "measure")]),
    ("A sub-$100 phone sold well.", [("sub-$100", 0, 100, "less than", "money")]),
    ("They signed a four-year deal.", [("four", 4, 4, "exact", "measure")]),
    ("The service runs 24/7 since 9/11.", []),
    ("The firm&#8217;s chief resigned. &#3;", []),
    ("Cargoes may vary by plus or minus 5 pct.", [("5 pct", 5, 5, "exact", "percent")]),
    ("The agency rated the bonds AA-minus and 30 mln dlrs of notes A.", [("30 mln dlrs", 3e7, 3e7, "exact", "money")]),
    ("The jet has RB211-535E4 engines.", []),
]

# --------------------------------------------------------------------------------------------
# Measures: distances, masses, volumes, speeds, durations, ages
# --------------------------------------------------------------------------------------------
MEASURES = [
    ("The convoy travelled 300 km to the front.", [("300", 300, 300, "exact", "measure")]),
    ("The tanker carried 2 million barrels of oil.", [("2 million", 2e6, 2e6, "exact", "measure")]),
    ("The cyclone brought winds of up to 200 km/h.", [("up to 200", 0, 200, "up to", "measure")]),
    ("Gusts reached 120 mph on the coast.", [("120", 120, 120, "exact", "measure")]),
    ("A 6.4-magnitude earthquake struck the island.", [("6.4", 6.4, 6.4, "exact", "measure")]),
    ("The tremor measured 5.8 on the open-ended Richter scale.", [("5.8", 5.8, 5.8, "exact", "measure")]),
    ("The farm covers 500 hectares.", [("500", 500, 500, "exact", "measure")]),
    ("OPEC+ agreed to raise output by 400,000 barrels per day.", [("400,000", 4e5, 4e5, "exact", "measure")]),
    ("Greenland lost 270 billion tonnes of ice.", [("270 billion", 2.7e11, 2.7e11, "exact", "measure")]),
    ("He was sentenced to three years in prison.", [("three", 3, 3, "exact", "measure")]),
    ("The talks lasted 12 hours.", [("12", 12, 12, "exact", "measure")]),
    ("Police arrested a 45-year-old man.", [("45", 45, 45, "exact", "measure")]),
    ("The 72-year-old senator announced his retirement.", [("72", 72, 72, "exact", "measure")]),
    ("The president begins a five-day visit.", [("five", 5, 5, "exact", "measure")]),
    ("The march covered 15 miles.", [("15", 15, 15, "exact", "measure")]),
    ("Authorities set up a 10-kilometre exclusion zone.", [("10", 10, 10, "exact", "measure")]),
    ("Temperatures hit 45 degrees in Seville.", [("45", 45, 45, "exact", "measure")]),
    ("The plane was flying at 35,000 feet.", [("35,000", 35000, 35000, "exact", "measure")]),
    ("Police found 25 kg of cocaine.", [("25", 25, 25, "exact", "measure")]),
    ("Some areas saw 300 mm of rain.", [("300", 300, 300, "exact", "measure")]),
    ("The plant will produce 2,000 MW.", [("2,000", 2000, 2000, "exact", "measure")]),
    ("Wildfires have burned 1.2 million acres.", [("1.2 million", 1.2e6, 1.2e6, "exact", "measure")]),
    ("Floodwaters rose 3 metres.", [("3", 3, 3, "exact", "measure")]),
    ("The volcano threw ash 15,000 feet into the air.", [("15,000", 15000, 15000, "exact", "measure")]),
    ("The siege lasted 86 days.", [("86", 86, 86, "exact", "measure")]),
    ("The ceasefire held for 72 hours.", [("72", 72, 72, "exact", "measure")]),
    ("A convoy stretching 64 km was seen north of Kyiv.", [("64", 64, 64, "exact", "measure")]),
    ("The two-year-old girl was found alive.", [("two", 2, 2, "exact", "measure")]),
    ("He served 27 years in prison.", [("27", 27, 27, "exact", "measure")]),
    ("The storm dumped 2 feet of snow.", [("2", 2, 2, "exact", "measure")]),
    ("The harvest reached 120 million tonnes.", [("120 million", 1.2e8, 1.2e8, "exact", "measure")]),
    ("The hurricane packed winds of about 150 mph.", [("about 150", 150, 150, "about", "measure")]),
    ("The ship sank in 40 minutes.", [("40", 40, 40, "exact", "measure")]),
    ("He is 40 years old.", [("40", 40, 40, "exact", "measure")]),
    ("The tanker spilled 30,000 tonnes of crude.", [("30,000", 30000, 30000, "exact", "measure")]),
    ("The lake covers 500 sq km.", [("500", 500, 500, "exact", "measure")]),
    ("The territory covers 5.6 million square kilometres.", [("5.6 million", 5.6e6, 5.6e6, "exact", "measure")]),
    ("Output fell to 9.2 million barrels per day.", [("9.2 million", 9.2e6, 9.2e6, "exact", "measure")]),
    ("A 12-day ceasefire began.", [("12", 12, 12, "exact", "measure")]),
    ("A 14-year-old boy was among the dead.", [("14", 14, 14, "exact", "measure")]),
    ("The two-week quarantine ended.", [("two", 2, 2, "exact", "measure")]),
    ("A man aged 63 was arrested.", [("63", 63, 63, "exact", "measure")]),
    ("The reactor produces 1,100 megawatts.", [("1,100", 1100, 1100, "exact", "measure")]),
    ("The quake struck at a depth of 10 km.", [("10", 10, 10, "exact", "measure")]),
    ("The fence runs for 3,000 kilometres.", [("3,000", 3000, 3000, "exact", "measure")]),
    ("The tunnel is 57 kilometers long and took 17 years to build.", [("57", 57, 57, "exact", "measure"), ("17", 17, 17, "exact", "measure")]),
    ("A magnitude 7.1 earthquake struck off the coast.", [("7.1", 7.1, 7.1, "exact", "measure")]),
    ("More than 500 millimetres of rain fell.", [("More than 500", 500, INF, "more than", "measure")]),
    ("The 2,000-megawatt plant opened.", [("2,000", 2000, 2000, "exact", "measure")]),
    ("Temperatures fell to minus 20 degrees.", [("minus 20", -20, -20, "exact", "measure")]),
    # units of two words (across a line break too), units by their country, a doubled space before a scale
    ("The colony covers 0.04 square km.", [("0.04", 0.04, 0.04, "exact", "measure")]),
    ("Reserves were 40.5 billion\ncubic feet of gas.", [("40.5 billion", 4.05e10, 4.05e10, "exact", "measure")]),
    ("Dust particles under 10 micrometers wide drift far.", [("under 10", 0, 10, "less than", "measure")]),
    ("The plant saves 2 billion U.S. gallons, or 1.7 billion imperial gallons.", [("2 billion", 2e9, 2e9, "exact", "measure"), ("1.7 billion", 1.7e9, 1.7e9, "exact", "measure")]),
    ("The star is 40 light years away.", [("40", 40, 40, "exact", "measure")]),
    ("Output of 3.2  million barrels was lost.", [("3.2  million", 3.2e6, 3.2e6, "exact", "measure")]),
    # pounds that weigh: after a verb of weight or before a conversion to kilograms
    ("The boy weighed 60 pounds when found.", [("60", 60, 60, "exact", "measure")]),
    ("The dog, at 90 pounds (41 kg), was the largest.", [("90", 90, 90, "exact", "measure"), ("41", 41, 41, "exact", "measure")]),
    ("He sold the car for 900 pounds.", [("900 pounds", 900, 900, "exact", "money")]),
    # 'within N' is up to N; 'N+' is at least N
    ("Two storms passed within 50 miles of the coast.", [("Two", 2, 2, "exact", "count"), ("within 50", 0, 50, "up to", "measure")]),
    ("After 20+ years at sea, he retired.", [("20+", 20, INF, "at least", "measure")]),
    # 'a' or 'an' is one before a unit after a qualifier, and nothing without one
    ("The lake shrank to under a hectare.", [("under a", 0, 1, "less than", "measure")]),
    ("Tickets sold out within an hour of release.", [("within an", 0, 1, "up to", "measure")]),
    ("The road took about a year to build.", [("about a", 1, 1, "about", "measure")]),
    ("They walked a mile a day.", []),
    ("It was the worst flood in more than a century.", []),
    ("Police said the man, 30, lived in Ohio County, four of whom were hurt.", [("30", 30, 30, "exact", "measure"), ("four", 4, 4, "exact", "count")]),
    # a person's age set off by commas after a name or a noun of a person
    ("Maria Lopez, 64, and Tom Reed, 70, were named as victims.", [("64", 64, 64, "exact", "measure"), ("70", 70, 70, "exact", "measure")]),
    ("Anna Berg, 81, was the third victim identified.", [("81", 81, 81, "exact", "measure")]),
    ("Officers Tom Reed and Sam Price, 31 and 45, were jailed.", [("31", 31, 31, "exact", "measure"), ("45", 45, 45, "exact", "measure")]),
    ("Her brother, 19, was found later.", [("19", 19, 19, "exact", "measure")]),
    ("Rain reached 30 mm in La Pampa, 10 and 45 mm in Santa Fe.", [("30", 30, 30, "exact", "measure"), ("10", 10, 10, "exact", "count"), ("45", 45, 45, "exact", "measure")]),
    ("The weekly crush rate was 21 mln bushels, cut for the one-year contract.", [("21 mln", 2.1e7, 2.1e7, "exact", "measure"), ("one", 1, 1, "exact", "measure")]),
]

# --------------------------------------------------------------------------------------------
# Not quantities: years and dates, times, phone numbers, identifiers, ordinals, pronoun 'one'
# --------------------------------------------------------------------------------------------
NOT_QUANTITIES = [
    ("The US invaded Iraq in 2003.", []),
    ("Troops left in 2011 and returned in 2014.", []),
    ("The summit opened on July 26, 2021, in Baghdad.", []),
    ("He died on 26 July 2021.", []),
    ("Wednesday 08/07/2020", []),
    ("The filing is dated 2021-07-26.", []),
    ("Unemployment soared in the 1990s.", []),
    ("The riot took place on Jan. 6.", []),
    ("The 2016 election changed everything.", []),
    ("Talks resume at 10:30 local time.", []),
    ("The curfew starts at 6am.", []),
    ("The vote closes at 3 p.m.", []),
    ("The blast happened at 9.45 pm.", []),
    ("For information call 202-555-0143.", []),
    ("The F-35 jets landed safely.", []),
    ("Covid-19 hit the region hard.", []),
    ("G7 leaders met in Cornwall.", []),
    ("MH17 was shot down over Ukraine.", []),
    ("The charges fall under Section 427 of the code.", []),
    ("Flight 370 vanished over the ocean.", []),
    ("Windows 10 users were affected.", []),
    # a rank is no count, and a ratio no two counts
    ("Brazil, the world's number two producer, objected.", []),
    ("The No. 3 carrier merged with a rival.", []),
    ("The board declared a three-for-two stock split.", []),
    ("Shareholders approved a 1-for-10 reverse split.", []),
    # 'one' as a pronoun before a relative clause
    ("The rebels kept up their attacks, including one that wounded a guard.", []),
    ("It was the first time the party lost.", []),
    ("She finished 2nd in the race.", []),
    ("The 21st century began with war.", []),
    ("Asaib Ahl al-Haq, one of the biggest militias, objected.", []),
    ("No one was hurt in the blast.", []),
    ("The two countries signed a deal.", []),
    ("The interests of the two sides differ.", []),
    ("The two leaders met in Geneva.", []),
    ("The three men were released.", []),
    ("Air Force One landed at Andrews.", []),
    ("The Boeing 737 MAX was grounded.", []),
    ("It leased two Boeing 757-200 planes.", [("two", 2, 2, "exact", "count")]),
    ("It flies an Airbus A320-200.", []),
    ("Apollo 11 landed on the Moon.", []),
    ("The council adopted Resolution 2254.", []),
    ("Traffic on Route 66 was halted.", []),
    ("NATO has never invoked Article 5 lightly.", []),
    ("Interstate 95 was closed.", []),
    ("He drives in Formula One.", []),
    ("He spoke to Channel 4 News.", []),
    ("World War Two ended in Europe.", []),
    ("The iPhone 12 went on sale.", []),
    ("The company filed for Chapter 11 protection.", []),
    ("The talks were held at No. 10.", []),
    ("The S-400 system was delivered.", []),
    ("Soldiers carried AK-47 rifles.", []),
    ("A B-52 bomber flew over the region.", []),
    ("PM2.5 levels were hazardous.", []),
    ("The 5G rollout was delayed.", []),
    ("A Category 4 storm hit Florida.", []),
    ("COP26 opened in Glasgow.", []),
    ("On the one hand, the deal is popular.", []),
    ("They blamed one another.", []),
    ("The G20 summit opened.", []),
    ("The ship used Terminal 5.", []),
    ("The ambassador returned the same day.", []),
    ("The blast came at 9 a.m. local time.", []),
    ("The blast came at 11.30am.", []),
    ("Polls close at 8pm and results are expected after 10pm.", []),
    ("The A380 was retired.", []),
    ("The Airbus A320 landed.", []),
    ("The blast came at 08:00 GMT.", []),
    xf("The treaty of 1648 ended the war.", [], "years before 1800 read as counts"),
    ("Voters approved Measure 110.", []),
    ("Voters approved Question 1.", []),
    ("The blast happened at 0600 GMT.", []),
    ("Call the hotline on +44 20 7946 0958.", []),
    ("The 9/11 attacks changed US policy.", []),
    ("The talks were held at 10 Downing Street.", []),
    ("The country is on alert level 4.", []),
    ("The Group of Seven met in Cornwall.", []),
    ("China ended its one-child policy.", []),
    ("The ministers met in room 101.", []),
    ("The FTSE 100 fell and the S&P 500 rose.", []),
    ("The Nikkei 225 closed higher.", []),
    ("The 737 Max was grounded again.", []),
    ("He lives at 221 Baker Street.", []),
    ("Send it to Beverly Hills, CA 90210.", []),
    ("He wore Number 10 for the club.", []),
    ("The file was saved at 10:30:45.", []),
    ("It is one of the largest banks.", []),
]

CASES = DIGITS + WORDS + FRACTIONS + RANGES + QUALIFIERS + VAGUE + PERCENT + MONEY + FUSED + FORMS + MEASURES + NOT_QUANTITIES


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbers(text, expected):
    _compare(text, expected)


# --------------------------------------------------------------------------------------------
# Units of counts: the noun phrase written after the number
# --------------------------------------------------------------------------------------------
UNITS = [
    ("Orders were 1,250 vs 1,100 a year earlier.", "1,250", ""),  # a preposition, as 'against': no unit
    ("The poll had 48 versus 45 for the challenger.", "48", ""),
    ("There are between 5,000 and 6,000 US troops in Iraq.", "between 5,000 and 6,000", "US troops"),
    ("Police said 42 people were killed.", "42", "people"),
    ("The militia maintains 16 seats in parliament.", "16", "seats"),
    ("Iraq will keep three Iraqi military installations.", "three", "Iraqi military installations"),
    ("The ministry reported 1,200 confirmed cases.", "1,200", "confirmed cases"),
    ("The attack wounded more than 100 American troops.", "more than 100", "American troops"),
    ("A senior official and eight others died.", "eight", "others"),
    ("Jets struck five sites in Syria.", "five", "sites"),
    ("The fire destroyed 300 homes.", "300", "homes"),
    ("The army sent 2,000 more troops.", "2,000", "troops"),
    ("The 2,500 US forces currently stationed in Iraq will stay.", "2,500", "US forces"),
    ("Greece took in 200 Syrian refugees.", "200", "Syrian refugees"),
    ("Dozens of civilians were killed.", "Dozens", "civilians"),
    ("Security forces killed hundreds of unarmed protesters.", "hundreds", "unarmed protesters"),
    ("The country received 12 million vaccine doses.", "12 million", "vaccine doses"),
    ("Health officials reported 4,000 new infections.", "4,000", "new infections"),
    ("Voters queued at 35 polling stations.", "35", "polling stations"),
    pytest.param("Nine Republican senators voted yes.", "Nine", "Republican senators"),
    ("At least 17 migrants drowned.", "At least 17", "migrants"),
    ("Five U.N. peacekeepers were killed.", "Five", "U.N. peacekeepers"),
    ("Six firefighters were injured.", "Six", "firefighters"),
    ("The carmaker will cut 10,000 jobs.", "10,000", "jobs"),
    ("About 3,000 workers walked out.", "About 3,000", "workers"),
    ("The roughly 2,500 US troops who remain will advise.", "roughly 2,500", "US troops"),
    ("Some 150 flights were cancelled.", "Some 150", "flights"),
    ("The quake killed 48 people, including children.", "48", "people"),
    pytest.param("Israel struck 150 targets overnight.", "150", "targets"),
    pytest.param("More than 3 million Syrians live in Turkey.", "More than 3 million", "Syrians"),
    ("The firm laid off about 1,000 of its employees.", "about 1,000", "employees"),
    ("Police detained a dozen journalists.", "a dozen", "journalists"),
    ("Some 24 T-72 tanks were spotted.", "Some 24", "T-72 tanks"),
    ("The rebels released 22 hostages.", "22", "hostages"),
    ("The party won 312 of 650 seats.", "650", "seats"),
    ("The coalition flew more than 14,000 air strikes.", "more than 14,000", "air strikes"),
    ("Officials counted 3.5 million ballots.", "3.5 million", "ballots"),
    ("The storm left 250,000 households without power.", "250,000", "households"),
    ("Rescuers pulled 17 survivors from the rubble.", "17", "survivors"),
    ("Two hundred families were evacuated.", "Two hundred", "families"),
    ("The court jailed 14 opposition activists.", "14", "opposition activists"),
    ("There were 7 survivors.", "7", "survivors"),
    pytest.param("The blast left 12 dead and 20 wounded.", "20", "wounded"),
    pytest.param("The blast left 12 dead and 20 wounded.", "12", "dead"),
    pytest.param("Police arrested 30 people and seized 12 vehicles.", "12", "vehicles"),
    ("Firefighters battled 58 large fires.", "58", "large fires"),
    ("Police fired 12 rounds of tear gas.", "12", "rounds"),
    ("The vaccine was given to 150 million Americans.", "150 million", "Americans"),
    ("Some 700 people are still missing.", "Some 700", "people"),
    pytest.param("A 20,000-strong force was deployed.", "20,000", "force"),
    ("Voters turned out 40,000 strong.", "40,000", ""),  # 'strong': in number, no noun
    pytest.param("About a dozen boats sank.", "About a dozen", "boats"),
    pytest.param("The island's 1.3 million residents lost power.", "1.3 million", "residents"),
    ("The ruling party lost 23 of its 48 seats.", "48", "seats"),
    # a cell of a table takes no noun from the label of the row below, a line opened indented
    ("Output by state -\n MAINE     0.40     0.35\n OHIO      1.20     1.10", "0.35", ""),
    ("The convoy of 25\nlorries left.", "25", "lorries"),  # a wrapped line goes on
    pytest.param("The strike killed 40 civilians, including 12 children.", "12", "children"),
]


@pytest.mark.parametrize(("text", "surface", "unit"), UNITS)
def test_count_unit(text, surface, unit):
    found = {text[m.start : m.end]: m for m in numbers(text)}
    assert surface in found, f"{surface!r} not found; got {list(found)}"
    m = found[surface]
    assert m.kind == "count"
    assert m.unit == unit
    assert text[m.unit_end - len(unit) : m.unit_end] == unit


def test_a_sign_between_two_numbers_is_the_first_ones_and_matches_never_overlap():
    # a currency written after one number and before the next: the two stay apart, in order
    matches = find_numbers("They paid 5 ₩ 7 times.")
    assert len(matches) == 2 and matches[0].end <= matches[1].start


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The tremor measured 5.8 on the open-ended Richter scale.", "magnitude"),  # as 'magnitude 5.8' is
        ("Winds reached force 9 on the Beaufort scale.", "beaufort scale"),
        ("A 5.8-magnitude tremor hit.", "magnitude"),
    ],
)
def test_a_reading_on_a_named_scale_is_a_measure_in_its_unit(text, unit):
    [m] = numbers(text)
    assert (m.kind, m.unit.lower()) == ("measure", unit)
