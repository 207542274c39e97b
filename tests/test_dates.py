# ruff: noqa: E501  (test tables: one case per line)
"""The date grammar as a table: news sentences, their publication date, and the periods a careful
annotator resolves them to.

Each row is ``(text, published, expected)``; ``expected`` lists, in text order,
``(surface, period)`` or ``(surface, period, role)``. A period is written as in
``shared/gold/seed_claims.csv``: ``"2003"`` (the year), ``"2020-05"`` (the month), ``"2021-07-26"``
(the day) or ``"start/end"`` (both days inclusive).

Conventions (docs/contract.md and the seed gold): a month or weekday without a year resolves to the most
recent one on or before publication, or the next one when the clause looks ahead ("will", "to be",
"expected", "by"); "this week" is Monday..Sunday of the publication week, "this weekend" Saturday
..Sunday; "two years ago" is that calendar year; "over the past year" runs from publication minus
a year to publication; "later"/"earlier"/"the following year" count from the date the text last
set; "by the end of the year" is a deadline on the single day Dec 31, "by September 2025" a
deadline on the month. Early/mid/late split a period into thirds on calendar lines (a year:
Jan-Apr, May-Aug, Sep-Dec; a month: 1-10, 11-20, 21-end). Deadlines keep their "by"/"no later
than" in the surface. Rows the grammar gets wrong today keep the right answer, marked xfail.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.grammar.dates import find_dates
from claimtrack.grammar.periods import month_period

W = date(2020, 7, 8)  # Wednesday: the July 2020 seed article
S = date(2021, 7, 24)  # Saturday: the July 2021 seed article
SUN = date(2021, 7, 25)
MON = date(2021, 7, 26)


def xf(text, published, expected, reason):
    """A row the grammar gets wrong today: the expectation stays, the row is a strict xfail."""
    return pytest.param(text, published, expected, marks=pytest.mark.xfail(reason=reason, strict=True))


def period(value: str) -> tuple[date, date]:
    """'2003', '2020-05', '2021-07-26' or 'start/end' as an inclusive (start, end)."""
    if "/" in value:
        a, b = value.split("/")
        return date.fromisoformat(a), date.fromisoformat(b)
    parts = value.split("-")
    if len(parts) == 1:
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if len(parts) == 2:
        return month_period(int(parts[0]), int(parts[1]))
    day = date.fromisoformat(value)
    return day, day


def _compare(text, published, expected):
    got = find_dates(text, published)
    rows = [(text[m.start : m.end], m.date_start, m.date_end, m.role) for m in got]
    want = []
    for i, (surface, value, *role) in enumerate(expected):
        start, end = period(value)
        actual_role = rows[i][3] if i < len(rows) else None
        want.append((surface, start, end, role[0] if role else actual_role))
    assert rows == want


ABSOLUTE = [
    ("The results were published on 2021-07-26.", S, [("2021-07-26", "2021-07-26")]),
    ("The memo, dated 2019-11-03, was leaked.", S, [("2019-11-03", "2019-11-03")]),
    ("The summit opened on July 26, 2021, in Baghdad.", S, [("July 26, 2021", "2021-07-26")]),
    ("He died on 26 July 2021.", S, [("26 July 2021", "2021-07-26")]),
    ("The accord was signed on 4 March 1998.", S, [("4 March 1998", "1998-03-04")]),
    ("The attacks of Sept. 11, 2001, changed the region.", S, [("Sept. 11, 2001", "2001-09-11")]),
    ("Voting ended on 3 November 2020.", S, [("3 November 2020", "2020-11-03")]),
    ("Monday, July 26, 2021", S, [("Monday, July 26, 2021", "2021-07-26")]),
    ("The vote is set for Jul. 26.", S, [("Jul. 26", "2021-07-26")]),
    ("The vote was held on Jul. 20.", S, [("Jul. 20", "2021-07-20")]),
    ("Police said the attack happened on Dec. 25.", date(2021, 1, 3), [("Dec. 25", "2020-12-25")]),
    ("Markets reopened on March 3rd.", date(2021, 3, 20), [("March 3rd", "2021-03-03")]),
    ("The strike began on the 14th of March.", date(2021, 3, 20), [("the 14th of March", "2021-03-14")]),
    ("The ship docked on November 3.", date(2020, 11, 5), [("November 3", "2020-11-03")]),
    ("Elections will be held on March 3.", date(2021, 1, 10), [("March 3", "2021-03-03", "plan")]),
    ("The protester was arrested on March 3.", date(2021, 1, 10), [("March 3", "2020-03-03", "event")]),
    ("On Jan. 8, Iran fired missiles at the base.", W, [("Jan. 8", "2020-01-08")]),
    ("Iran on January 8 launched missiles at Ain al-Asad.", W, [("January 8", "2020-01-08")]),
    ("The probe landed on 2021-02-18 after a seven-month trip.", S, [("2021-02-18", "2021-02-18")]),
    ("Mosul fell to ISIS in June 2014 and was retaken in July 2017.", S, [("June 2014", "2014-06"), ("July 2017", "2017-07")]),
    ("The tournament will run from June 11 to July 11.", date(2021, 6, 1), [("June 11", "2021-06-11"), ("July 11", "2021-07-11")]),
    ("The tournament runs from June 11 to July 11.", date(2021, 6, 1), [("June 11", "2021-06-11"), ("July 11", "2021-07-11")]),
    ("In the summer of 2019, protests spread.", S, [("the summer of 2019", "2019-06-01/2019-08-31")]),
    # day/month order in numeric dates
    ("Wednesday 08/07/2020", date(2020, 7, 9), [("Wednesday 08/07/2020", "2020-07-08")]),
    ("Friday 08/07/2020", date(2020, 7, 9), [("Friday 08/07/2020", "2020-08-07")]),
    ("The decree, dated 08/07/2020, was published.", date(2020, 7, 9), [("08/07/2020", "2020-07-08")]),
    ("The decree, dated 08/07/2020, was published.", date(2020, 8, 10), [("08/07/2020", "2020-08-07")]),
    ("The letter is dated 13/07/2020.", date(2020, 8, 30), [("13/07/2020", "2020-07-13")]),
    ("The letter is dated 07/13/2020.", date(2020, 8, 30), [("07/13/2020", "2020-07-13")]),
    ("Thursday, 4/3/2021", date(2021, 3, 5), [("Thursday, 4/3/2021", "2021-03-04")]),
    ("Saturday, 4/3/2021", date(2021, 3, 5), [("Saturday, 4/3/2021", "2021-04-03")]),
    ("The order was signed on 05/06/21.", date(2021, 6, 6), [("05/06/21", "2021-06-05")]),
    ("The order was signed on 05/06/21.", date(2021, 5, 7), [("05/06/21", "2021-05-06")]),
    ("WASHINGTON, July 23 (Reuters) - The Pentagon said it would keep troops in Iraq.", S, [("July 23", "2021-07-23")]),
    ("LONDON, March 3 - Britain's trade deficit widened.", date(1987, 3, 3), [("March 3", "1987-03-03")]),
    ("The minister spoke on Friday, July 23.", S, [("Friday, July 23", "2021-07-23")]),
    ("The meeting took place on July 20th.", S, [("July 20th", "2021-07-20")]),
    ("Between July 1 and July 15, 3,000 people fled.", S, [("July 1", "2021-07-01"), ("July 15", "2021-07-15")]),
    ("Rioters stormed the Capitol on Jan. 6, 2021.", S, [("Jan. 6, 2021", "2021-01-06")]),
    ("The festival runs July 23-25.", S, [("July 23-25", "2021-07-23/2021-07-25")]),
    ("The decree is dated 31.12.2020.", S, [("31.12.2020", "2020-12-31")]),
    ("Output rose in Q3 2021.", S, [("Q3 2021", "2021-07-01/2021-09-30")]),
    ("Prices rose in spring 2020.", S, [("spring 2020", "2020-03-01/2020-05-31")]),
    # no publication date: absolute dates still resolve
    ("He died on 26 July 2021.", None, [("26 July 2021", "2021-07-26")]),
    ("Troops left in 2011.", None, [("2011", "2011")]),
    ("Wednesday 08/07/2020", None, [("Wednesday 08/07/2020", "2020-07-08")]),
]

MONTHS = [
    ("Kadhimi took over in May as prime minister.", W, [("May", "2020-05")]),
    ("Tensions spiked between the US and Iraq in January, officials said.", W, [("January", "2020-01")]),
    ("Tensions spiked between the US and Iraq in January.", W, [("January", "2020-01")]),
    ("Officials blamed the group for the January rocket attack.", W, [("January", "2020-01")]),
    ("The president took office in May, officials said.", date(2020, 3, 10), [("May", "2019-05")]),
    ("The president took office in May.", date(2020, 3, 10), [("May", "2019-05")]),
    ("Elections will be held in May, officials said.", date(2020, 3, 10), [("May", "2020-05", "plan")]),
    ("Elections will be held in May.", date(2020, 3, 10), [("May", "2020-05", "plan")]),
    # a set end told in the present is ahead; one told in the past is behind
    ("The bid expires April 14 unless extended.", date(1987, 3, 18), [("April 14", "1987-04-14", "plan")]),
    ("The season ends April 14.", date(1987, 3, 18), [("April 14", "1987-04-14", "plan")]),
    ("The season ended April 14.", date(1987, 3, 18), [("April 14", "1986-04-14", "event")]),
    ("The plant is due to reopen in September, officials said.", S, [("September", "2021-09")]),
    ("The plant is due to reopen in September.", S, [("September", "2021-09")]),
    ("In March, the government imposed a lockdown.", W, [("March", "2020-03")]),
    ("In December, the virus spread quickly.", date(2021, 1, 10), [("December", "2020-12")]),
    ("The election is scheduled for October, officials said.", S, [("October", "2021-10", "plan")]),
    ("The election is scheduled for October.", S, [("October", "2021-10", "plan")]),
    ("Prices rose between March and May, officials said.", W, [("March", "2020-03"), ("May", "2020-05")]),
    ("Prices rose between March and May.", W, [("March", "2020-03"), ("May", "2020-05")]),
    ("The strike began in May 2020.", S, [("May 2020", "2020-05")]),
    ("Output fell in June 2021.", S, [("June 2021", "2021-06")]),
    ("The law took effect in Jan. 2019.", S, [("Jan. 2019", "2019-01")]),
    ("Since April, 300 people have died.", W, [("April", "2020-04")]),
    ("The mine has been closed since February, officials said.", S, [("February", "2021-02")]),
    ("The mine has been closed since February.", S, [("February", "2021-02")]),
    ("In July, exports rose sharply.", S, [("July", "2021-07")]),
    ("The talks were held in July, officials said.", date(2021, 8, 2), [("July", "2021-07")]),
    ("The talks were held in July.", date(2021, 8, 2), [("July", "2021-07")]),
    ("The war began in February, officials said.", date(2022, 3, 1), [("February", "2022-02")]),
    ("The war began in February.", date(2022, 3, 1), [("February", "2022-02")]),
    ("The May 2019 elections returned a hung parliament.", S, [("May 2019", "2019-05")]),
    ("Exports to China slumped in August, officials said.", date(2021, 9, 15), [("August", "2021-08")]),
    ("Exports to China slumped in August.", date(2021, 9, 15), [("August", "2021-08")]),
    ("In February, the rebels took the airport.", date(2021, 1, 10), [("February", "2020-02")]),
    ("Parliament will reconvene in January, officials said.", date(2020, 11, 20), [("January", "2021-01", "plan")]),
    ("Parliament will reconvene in January.", date(2020, 11, 20), [("January", "2021-01", "plan")]),
    ("Fighting flared last January.", S, [("last January", "2021-01")]),
    ("Last August, fires destroyed the town.", S, [("Last August", "2020-08")]),
    ("The factory was closed from January to March.", W, [("January", "2020-01"), ("March", "2020-03")]),
    ("In early March the first case was confirmed.", W, [("early March", "2020-03-01/2020-03-10")]),
    ("Talks will resume in mid-July.", date(2021, 7, 1), [("mid-July", "2021-07-11/2021-07-20")]),
    ("The harvest ended in late May.", W, [("late May", "2020-05-21/2020-05-31")]),
    ("Cases peaked in early March 2020.", S, [("early March 2020", "2020-03-01/2020-03-10")]),
]

YEARS = [
    ("The US invaded Iraq in 2003.", S, [("2003", "2003", "event")]),
    ("But troops left in 2011.", S, [("2011", "2011")]),
    ("Output will double from the\n1986 level, the wire said.", S, [("1986", "1986")]),
    ("American forces returned to Iraq in 2014.", S, [("2014", "2014")]),
    ("Most of Iraq's paramilitary units were formed in 2014.", S, [("2014", "2014")]),
    ("ISIS was driven from its last Iraqi stronghold in 2017.", S, [("2017", "2017")]),
    ("Soleimani was killed in a US drone strike in 2020.", S, [("2020", "2020")]),
    ("The dispute dates back to 1948.", S, [("1948", "1948")]),
    ("A 2019 report warned of the risks.", S, [("2019", "2019")]),
    ("The 2016 election changed everything.", S, [("2016", "2016")]),
    ("The 2003 invasion toppled Saddam Hussein.", S, [("2003", "2003")]),
    ("2020 was the hottest year on record.", S, [("2020", "2020")]),
    ("In 1991, the coalition drove Iraq out of Kuwait.", S, [("1991", "1991")]),
    ("Prices rose 20% between 2015 and 2018.", S, [("2015", "2015"), ("2018", "2018")]),
    ("US troops were in Iraq from 2003 to 2011.", S, [("2003", "2003"), ("2011", "2011")]),
    ("The reactor was built in the 1970s and shut in 2011.", S, [("the 1970s", "1970-01-01/1979-12-31"), ("2011", "2011")]),
    ("Unemployment soared in the 1990s.", S, [("the 1990s", "1990-01-01/1999-12-31")]),
    ("The city boomed during the 1980s.", S, [("the 1980s", "1980-01-01/1989-12-31")]),
    ("Growth slowed through the 2010s.", S, [("the 2010s", "2010-01-01/2019-12-31", "event")]),
    ("Talks have stalled since 2018.", S, [("2018", "2018")]),
    ("Opium output hit a record in 2007.", S, [("2007", "2007")]),
    ("The plant will close in mid-2022.", S, [("mid-2022", "2022-05-01/2022-08-31")]),
    ("The outbreak began in early 2020.", S, [("early 2020", "2020-01-01/2020-04-30")]),
    ("Talks collapsed in late 2019.", S, [("late 2019", "2019-09-01/2019-12-31")]),
    ("The United States declared independence in 1776.", S, [("1776", "1776")]),
    ("Sales rose in the first half of 2021.", S, [("the first half of 2021", "2021-01-01/2021-06-30")]),
    ("Prices peaked in the fourth quarter of 2019.", S, [("the fourth quarter of 2019", "2019-10-01/2019-12-31")]),
    ("Sales rose in the second half of 2021.", date(2022, 1, 20), [("the second half of 2021", "2021-07-01/2021-12-31")]),
    ("GDP shrank in the third quarter of 2020.", S, [("the third quarter of 2020", "2020-07-01/2020-09-30")]),
    ("GDP grew in the first quarter of 2020.", S, [("the first quarter of 2020", "2020-01-01/2020-03-31")]),
    ("GDP grew in the first quarter of 2021.", S, [("the first quarter of 2021", "2021-01-01/2021-03-31")]),
    ("Output fell in the second quarter of 2021.", S, [("the second quarter of 2021", "2021-04-01/2021-06-30")]),
]

WEEKDAYS = [
    ("At the end of talks held Tuesday, the two sides agreed.", W, [("Tuesday", "2020-07-07")]),
    ("In Washington on Friday, Pentagon officials said little would change.", S, [("Friday", "2021-07-23")]),
    ("The minister said on Wednesday that talks would continue.", W, [("Wednesday", "2020-07-08")]),
    ("The leaders will meet on Friday.", W, [("Friday", "2020-07-10", "plan")]),
    ("The results are expected on Thursday.", W, [("Thursday", "2020-07-09")]),
    # the publication's own weekday in the future tense is a week ahead; today would be 'today' or 'later on Wednesday'
    ("The court will rule on Wednesday.", W, [("Wednesday", "2020-07-15")]),
    ("The court will rule later on Wednesday.", W, [("Wednesday", "2020-07-08")]),
    ("The court will rule on Wednesday evening.", W, [("Wednesday evening", "2020-07-08")]),
    ("The court will rule next Wednesday.", W, [("next Wednesday", "2020-07-15")]),
    ("He promised the troops would be home by Christmas.", W, [("by Christmas", "2020-12-25", "deadline")]),
    ("The fair reopened after the New Year.", W, [("New Year", "2020-01-01")]),
    ("They put up a Christmas tree.", W, []),
    ("Officials had planned a vote for Sunday, but it was delayed.", W, [("Sunday", "2020-07-05")]),
    ("A withdrawal deadline is to be announced Monday (July 26).", S, [("Monday (July 26)", "2021-07-26")]),
    ("The talks are to resume Monday (26 July).", S, [("Monday (26 July)", "2021-07-26")]),
    ("Sunday's vote was marred by violence.", W, [("Sunday", "2020-07-05")]),
    ("The blast happened on Tuesday night.", W, [("Tuesday night", "2020-07-07")]),
    ("Protesters gathered again on Monday.", S, [("Monday", "2021-07-19")]),
    ("The rover landed on Thursday.", date(2021, 2, 19), [("Thursday", "2021-02-18")]),
    ("The talks, which began on Monday, ended on Wednesday.", W, [("Monday", "2020-07-06"), ("Wednesday", "2020-07-08")]),
    ("Parliament is expected to vote on Tuesday.", W, [("Tuesday", "2020-07-14")]),
    ("The central bank will announce its decision on Thursday.", S, [("Thursday", "2021-07-29")]),
    ("Officials said on Saturday that the death toll had risen.", S, [("Saturday", "2021-07-24")]),
    ("The vote is scheduled for Sunday.", S, [("Sunday", "2021-07-25")]),
    ("Police fired tear gas on Sunday.", MON, [("Sunday", "2021-07-25")]),
    ("The prime minister will visit Baghdad on Monday.", SUN, [("Monday", "2021-07-26")]),
    ("Kadhimi met Biden on Monday.", date(2021, 7, 27), [("Monday", "2021-07-26")]),
    ("Early on Friday, rockets hit the base.", S, [("Friday", "2021-07-23")]),
    ("The tanker was seized in the early hours of Thursday.", S, [("Thursday", "2021-07-22")]),
    ("The offer expires at midnight on Sunday.", S, [("Sunday", "2021-07-25")]),
    ("The talks resume next Monday.", S, [("next Monday", "2021-07-26")]),
    # 'last Friday' is not yesterday (that would be 'yesterday' or 'on Friday'), but the Friday before
    ("The minister resigned last Friday.", S, [("last Friday", "2021-07-16")]),
    ("Last Wednesday, the central bank held rates.", S, [("Last Wednesday", "2021-07-21")]),
    ("The minister will resign this Friday.", S, [("this Friday", "2021-07-30")]),
    xf("Voters go to the polls on Sunday.", W, [("Sunday", "2020-07-12")], "present tense with future sense read as past"),
    xf("The team flies to Tokyo on Friday.", W, [("Friday", "2020-07-10")], "present tense with future sense read as past"),
]

RELATIVE = [
    ("The ministry said yesterday that talks would resume.", S, [("yesterday", "2021-07-23")]),
    ("The ministry said today that talks would resume.", S, [("today", "2021-07-24")]),
    ("The envoy arrives tomorrow.", S, [("tomorrow", "2021-07-25")]),
    ("The president will address the nation tonight.", S, [("tonight", "2021-07-24")]),
    ("Iran this year has carried out dozens of attacks.", S, [("this year", "2021")]),
    ("He said during a visit to Iraq this week that the threat remained.", S, [("this week", "2021-07-19/2021-07-25")]),
    ("The talks were held this week.", W, [("this week", "2020-07-06/2020-07-12")]),
    ("The rally took place this week.", SUN, [("this week", "2021-07-19/2021-07-25")]),
    ("The ministry issued the figures last week.", S, [("last week", "2021-07-12/2021-07-18")]),
    ("A decision is due next week.", S, [("next week", "2021-07-26/2021-08-01")]),
    ("The strategic dialogue is slated for this month in Washington.", W, [("this month", "2020-07")]),
    ("Following talks held in Baghdad last month, officials met again.", W, [("last month", "2020-06")]),
    ("Fuel prices will rise next month.", S, [("next month", "2021-08")]),
    ("Exports fell last year.", S, [("last year", "2020")]),
    ("Growth will recover next year.", S, [("next year", "2022")]),
    ("Exports fell last year.", date(2021, 1, 2), [("last year", "2020")]),
    ("Kadhimi is heading to Washington this weekend.", S, [("this weekend", "2021-07-24/2021-07-25")]),
    ("Protests are planned this weekend.", W, [("this weekend", "2020-07-11/2020-07-12")]),
    ("The rally took place this weekend.", SUN, [("this weekend", "2021-07-24/2021-07-25")]),
    ("Riots broke out last weekend.", S, [("last weekend", "2021-07-17/2021-07-18")]),
    ("The summit will be held next weekend.", S, [("next weekend", "2021-07-31/2021-08-01")]),
    ("Cases surged earlier this month.", S, [("earlier this month", "2021-07-01/2021-07-24")]),
    ("The economy shrank earlier this year.", S, [("earlier this year", "2021-01-01/2021-07-24")]),
    ("Elections are due later this year.", S, [("later this year", "2021-07-24/2021-12-31")]),
    ("The report is due later this month.", S, [("later this month", "2021-07-24/2021-07-31")]),
    ("Kadhimi has struggled since taking office two years ago.", S, [("two years ago", "2019")]),
    ("Iraq has been unstable since the US invasion 18 years ago.", S, [("18 years ago", "2003")]),
    ("The plant closed a year ago.", S, [("a year ago", "2020")]),
    ("The border shut three months ago.", S, [("three months ago", "2021-04")]),
    ("The strike started two weeks ago.", S, [("two weeks ago", "2021-07-05/2021-07-11")]),
    ("The ship sank 10 days ago.", S, [("10 days ago", "2021-07-14")]),
    # a day counted back and the day written out after it are one day: the writer's count may be off
    ("The ship sank 10 days ago on July 13, 2021.", S, [("10 days ago", "2021-07-13"), ("July 13, 2021", "2021-07-13")]),
    ("The ship sank 10 days ago, and on July 13, 2021 another sank.", S,
     [("10 days ago", "2021-07-14"), ("July 13, 2021", "2021-07-13")]),
    ("Six months ago, the town was under siege.", S, [("Six months ago", "2021-01")]),
    ("The war ended 30 years ago.", S, [("30 years ago", "1991")]),
    ("A month ago, the ceasefire collapsed.", S, [("A month ago", "2021-06")]),
    ("The ceasefire collapsed a week ago.", S, [("a week ago", "2021-07-12/2021-07-18")]),
    ("Since the start of the year, 3,000 people have died.", S, [("the start of the year", "2021-01-01")]),
    ("Since the beginning of the month, prices have risen.", S, [("the beginning of the month", "2021-07-01")]),
    ("A year earlier, the plant had been closed.", S, [("A year earlier", "2020")]),
    ("The United States over the past year has sought to protect its forces.", S, [("over the past year", "2020-07-24/2021-07-24")]),
    ("Prices doubled in the past two years.", S, [("in the past two years", "2019-07-24/2021-07-24")]),
    ("Migration has surged over the last decade.", S, [("over the last decade", "2011-07-24/2021-07-24")]),
    ("Violence has fallen over the past three months.", S, [("over the past three months", "2021-04-24/2021-07-24")]),
    # 'within' sets a deadline: the day it falls on
    ("The government must hold elections within 12 months.", S, [("within 12 months", "2022-07-24")]),
    ("Investigators will report within two weeks.", S, [("within two weeks", "2021-08-07")]),
    ("Officials expect a deal in the next three months.", S, [("in the next three months", "2021-07-24/2021-10-24")]),
    ("Tourism revived this summer.", S, [("this summer", "2021-06-01/2021-08-31")]),
    ("Heating costs soared last winter.", S, [("last winter", "2020-12-01/2021-02-28")]),
    ("The vaccine rollout begins next spring.", S, [("next spring", "2022-03-01/2022-05-31")]),
    ("Talks stalled last fall.", date(2021, 3, 1), [("last fall", "2020-09-01/2020-11-30")]),
    ("The refinery will reopen early next year.", S, [("early next year", "2022-01-01/2022-04-30")]),
    ("The company collapsed late last year.", S, [("late last year", "2020-09-01/2020-12-31")]),
    ("Riots broke out last weekend.", W, [("last weekend", "2020-07-04/2020-07-05")]),
    ("Riots broke out last weekend.", MON, [("last weekend", "2021-07-24/2021-07-25")]),
    ("Snow closed the roads this winter.", date(2021, 1, 15), [("this winter", "2020-12-01/2021-02-28")]),
    ("Wildfires raged last summer.", date(2021, 10, 1), [("last summer", "2021-06-01/2021-08-31")]),
    ("In the past 24 hours, 300 new cases were recorded.", S, [("In the past 24 hours", "2021-07-23/2021-07-24")]),
    ("Protests spread over the weekend.", MON, [("the weekend", "2021-07-24/2021-07-25")]),
    ("Protests spread this past weekend.", MON, [("this past weekend", "2021-07-24/2021-07-25")]),
    xf("Talks will resume in two weeks.", S, [("in two weeks", "2021-08-02/2021-08-08")], "'in N weeks' (from now) not read"),
    ("In the first six months of the year, exports rose.", S, [("the first six months of the year", "2021-01-01/2021-06-30")]),
    xf("Inflation hit 5% in the year to June, officials said.", S, [("the year to June", "2020-07-01/2021-06-30")], "Reuters 'the year to MONTH' not read"),
]

TEXT_ANCHORED = [
    ("Iran on January 8 launched missiles at Ain al-Asad. Two months later, US fighter jets struck five sites.", W,
     [("January 8", "2020-01-08"), ("Two months later", "2020-03")]),
    ("President Barack Obama withdrew troops from Iraq in 2011. Three years later, with ISIS fighters at the gates, they returned.", S,
     [("2011", "2011"), ("Three years later", "2014")]),
    ("The company was founded in 2016. The following year it went public.", S, [("2016", "2016"), ("The following year", "2017")]),
    ("In 2019 the talks collapsed; a year earlier they had seemed close.", S, [("2019", "2019"), ("a year earlier", "2018")]),
    ("The ship left port on March 3, 2020. Two days later it sank.", S, [("March 3, 2020", "2020-03-03"), ("Two days later", "2020-03-05")]),
    ("He was arrested in May 2018 and released the next month.", S, [("May 2018", "2018-05"), ("the next month", "2018-06")]),
    ("The US invaded in 2003. Eighteen years later, troops remain.", S, [("2003", "2003"), ("Eighteen years later", "2021")]),
    ("The ceasefire began on June 1, 2020. Six weeks later it collapsed.", S, [("June 1, 2020", "2020-06-01"), ("Six weeks later", "2020-07-13/2020-07-19")]),
    ("The plant opened in 2010 and closed the same year.", S, [("2010", "2010"), ("the same year", "2010")]),
    ("Elections were held in 2018; the previous year had seen mass protests.", S, [("2018", "2018"), ("the previous year", "2017")]),
    ("The virus was detected in December 2019. A month later it had reached Europe.", S, [("December 2019", "2019-12"), ("A month later", "2020-01")]),
    ("The reactor was shut in 2011. Ten years later it is still leaking.", S, [("2011", "2011"), ("Ten years later", "2021")]),
    ("Kadhimi took office in May 2020. Three months earlier, protests had toppled his predecessor.", S, [("May 2020", "2020-05"), ("Three months earlier", "2020-02")]),
    ("Iran on January 8 launched missiles. The next day, Trump spoke.", W, [("January 8", "2020-01-08"), ("The next day", "2020-01-09")]),
    ("The talks began on Monday. Two days later, they collapsed.", W, [("Monday", "2020-07-06"), ("Two days later", "2020-07-08")]),
    ("The dam failed in 2019. Talks on compensation will resume next week.", S, [("2019", "2019"), ("next week", "2021-07-26/2021-08-01")]),
    ("The dam failed in 2019. Officials will meet next month.", S, [("2019", "2019"), ("next month", "2021-08")]),
    ("Protests erupted on January 8. On March 3, police fired on crowds.", W, [("January 8", "2020-01-08"), ("March 3", "2020-03-03")]),
    ("Police fired on crowds on May 5, 2020. A week before, on April 28, a curfew began.", date(2021, 1, 10),
     [("May 5, 2020", "2020-05-05"), ("A week before", "2020-04-27/2020-05-03"), ("April 28", "2020-04-28")]),
]

DEADLINES = [
    ("The US will withdraw combat forces by the end of the year.", S, [("by the end of the year", "2021-12-31", "deadline")]),
    ("There will be no US forces in a combat role by the end of 2021.", S, [("by the end of 2021", "2021-12-31", "deadline")]),
    ("The bases must be handed over no later than the end of September 2025.", S, [("no later than the end of September 2025", "2025-09-30", "deadline")]),
    ("The coalition mission will end by September 2025.", S, [("by September 2025", "2025-09", "deadline")]),
    ("The country aims to be carbon neutral by 2030.", S, [("by 2030", "2030", "deadline")]),
    ("Lawmakers must pass a budget by the end of the month.", S, [("by the end of the month", "2021-07-31", "deadline")]),
    ("The mine will close by the end of next year.", S, [("by the end of next year", "2022-12-31", "deadline")]),
    ("Creditors must respond by March 31.", date(2021, 1, 10), [("by March 31", "2021-03-31", "deadline")]),
    ("Negotiators must reach a deal by Friday.", W, [("by Friday", "2020-07-10", "deadline")]),
    ("Troops are to leave by June, officials said.", date(2021, 3, 1), [("by June", "2021-06", "deadline")]),
    ("Troops are to leave by June.", date(2021, 3, 1), [("by June", "2021-06", "deadline")]),
    ("The law must be repealed before the end of the year.", S, [("before the end of the year", "2021-12-31", "deadline")]),
    ("The tariffs will be lifted by the start of 2022.", S, [("by the start of 2022", "2022-01-01", "deadline")]),
    ("Vaccination must be completed by the end of this year.", S, [("by the end of this year", "2021-12-31", "deadline")]),
    ("Companies have until the end of June to comply.", date(2021, 3, 1), [("until the end of June", "2021-06-30", "deadline")]),
    ("Sanctions stay in place until 2025.", S, [("until 2025", "2025", "deadline")]),
    # 'until' or 'by' a year and more before the article ends a past period; a deadline named so stays one
    ("She chaired the committee until 1995.", S, [("1995", "1995", "event")]),
    ("By 2010 most of the brigade had gone home.", S, [("2010", "2010", "event")]),
    ("The old deadline was May 2019.", S, [("deadline was May 2019", "2019-05", "deadline")]),
    ("Troops were to leave by May 2021.", S, [("by May 2021", "2021-05", "deadline")]),
    # 'by' before a date that owns a noun names what did something, unless that noun is a deadline
    ("The pier was wrecked by last week's storm.", S, [("last week", "2021-07-12/2021-07-18", "event")]),
    ("Bids are due by Friday's deadline.", S, [("by Friday", "2021-07-30", "deadline")]),
    ("All troops must leave by the end of the year, officials said on Friday.", S, [("by the end of the year", "2021-12-31", "deadline"), ("Friday", "2021-07-23", "event")]),
    ("The loan must be repaid by 2023-06-30.", S, [("by 2023-06-30", "2023-06-30", "deadline")]),
    ("The embassy will close by July 31.", S, [("by July 31", "2021-07-31", "deadline")]),
    ("The factory should be finished by mid-2022.", S, [("by mid-2022", "2022-05-01/2022-08-31", "deadline")]),
    xf("The deadline is July 31.", S, [("July 31", "2021-07-31", "deadline")], "'the deadline is DATE' not a deadline"),
    ("The ceasefire collapsed before Friday's talks.", S, [("Friday", "2021-07-23", "event")]),
    ("Gunmen attacked the convoy two days before Tuesday's vote.", W, [("two days before", "2020-07-05"), ("Tuesday", "2020-07-07", "event")]),
]

NOT_DATES = [
    ("May I ask why the talks failed?", S, []),
    ("Prime Minister Theresa May resigned.", S, []),
    ("March organisers said turnout was high.", S, []),
    ("The august body met behind closed doors.", S, []),
    ("2,019 people were evacuated from the valley.", S, []),
    ("2019 votes were cast for the challenger.", S, []),
    ("More than 2000 people were evacuated.", S, []),
    ("The 1,998 candidates registered on time.", S, []),
    ("Covid-19 cases rose sharply.", S, []),
    ("The 9/11 attacks changed US policy.", S, []),
    ("The channel broadcasts news 24/7.", S, []),
    ("The March for Our Lives drew huge crowds.", S, []),
    ("Jan Egeland, the UN official, called for a truce.", S, []),
    ("The charges fall under Section 2014 of the code.", S, []),
    ("The agency received 2,020 complaints.", S, []),
    xf("Humans settled the valley 2,000 years ago.", S, [("2,000 years ago", "0021")], "'000 years ago' matched inside '2,000'"),
    ("Saturday Night Live mocked the senator.", S, []),
    ("He told the Sunday Times he would run.", S, []),
    ("The Good Friday Agreement ended decades of violence.", S, []),
    ("The charges fall under section 2014 of the tax code.", S, []),
    ("The first flight took off at 2015 GMT.", S, []),
    ("He stayed in room 1905 of the hotel.", S, []),
    ("England reached the Euro 2020 final.", S, []),
    ("He told BBC Radio 4's Today programme he would stay.", S, []),
    ("USA Today reported the figures.", S, []),
    ("Nurse June Almeida identified the first coronavirus.", S, []),
    ("White House correspondent April Ryan asked the question.", S, []),
]

# Ranges: one written as one expression is one date; the two ends of one written in full stay two
# dates, in one year.
RANGES = [
    ("The fair ran from Oct. 3 to 19.", S, [("Oct. 3 to 19", "2020-10-03/2020-10-19")]),
    ("Talks were held between the 5th and 9th of May.", S, [("the 5th and 9th of May", "2021-05-05/2021-05-09")]),
    ("Sales fell in Mar-Apr 2018.", S, [("Mar-Apr 2018", "2018-03-01/2018-04-30")]),
    ("Sales fell from March to May 2018.", S, [("March to May 2018", "2018-03-01/2018-05-31")]),
    ("The fair will open May 3-5.", date(2021, 4, 20), [("May 3-5", "2021-05-03/2021-05-05")]),
    ("The games ran from 13 to 15 July 2021.", S, [("13 to 15 July 2021", "2021-07-13/2021-07-15")]),
    ("The plant shut 3-5 June.", S, [("3-5 June", "2021-06-03/2021-06-05")]),
    ("He bought shares between Feb 11 and 19.", date(2021, 3, 1), [("Feb 11 and 19", "2021-02-11/2021-02-19")]),
    ("He bought shares on Feb 3 and 17.", date(2021, 3, 1), [("Feb 3", "2021-02-03"), ("17", "2021-02-17")]),
    ("Car sales for February 21 through 28 fell.", date(2021, 3, 3), [("February 21 through 28", "2021-02-21/2021-02-28")]),
    ("The shop will close from Dec. 20 to Jan. 5.", date(2021, 12, 1), [("Dec. 20", "2021-12-20"), ("Jan. 5", "2022-01-05")]),
    ("The shop closed from Dec. 20, 2020 to Jan. 5.", S, [("Dec. 20, 2020", "2020-12-20"), ("Jan. 5", "2021-01-05")]),
    ("The shop closed from Dec. 20 to Jan. 5, 2021.", S, [("Dec. 20", "2020-12-20"), ("Jan. 5, 2021", "2021-01-05")]),
    ("The festival ran from Oct. 3 to Oct. 19.", date(2021, 10, 10), [("Oct. 3", "2021-10-03"), ("Oct. 19", "2021-10-19")]),
    ("He played in the 1980-81 season.", S, [("1980-81", "1980-01-01/1981-12-31")]),
    ("The war lasted 1939-1945.", S, [("1939-1945", "1939-01-01/1945-12-31")]),
    ("Output will rise in 1987/88 (Oct-Sept).", S, [("1987/88", "1987-01-01/1988-12-31")]),
    ("Unemployment rose on Oct. 3 to 19 percent.", S, [("Oct. 3", "2020-10-03")]),
]

NUMERIC = [
    ("The report is due on 5/23.", date(2021, 5, 1), [("5/23", "2021-05-23")]),
    ("The rent is due 5/23.", date(2021, 5, 1), [("5/23", "2021-05-23")]),
    ("Sales grew 3/4 of a point.", date(2021, 5, 1), []),
    ("The vote was held on 5/23.", S, [("5/23", "2021-05-23")]),
    ("Polls closed Friday, 7/23.", S, [("Friday, 7/23", "2021-07-23")]),
    ("The contract was signed 03/25/2017.", S, [("03/25/2017", "2017-03-25")]),
    ("The file is dated 2016/07/09.", S, [("2016/07/09", "2016-07-09")]),
    ("Prices peaked in 2016-07.", S, [("2016-07", "2016-07")]),
    ("Prices peaked in 07/2016.", S, [("07/2016", "2016-07")]),
    ("The memo is dated 3/25/17.", S, [("3/25/17", "2017-03-25")]),
    ("Add 3/8 cup of sugar.", S, []),
    ("He won 6/4 in the final set.", S, []),
    ("The index rose 3/4 point.", S, []),
    ("Costs were cut by 1/3 last year.", S, [("last year", "2020")]),
]

QUARTERS = [
    ("Profit rose in Q2 2017.", S, [("Q2 2017", "2017-04-01/2017-06-30")]),
    ("Profit rose in Q2.", S, [("Q2", "2021-04-01/2021-06-30")]),
    ("Output rose in 1H 2020.", S, [("1H 2020", "2020-01-01/2020-06-30")]),
    ("Output rose in H1.", S, [("H1", "2021-01-01/2021-06-30")]),
    ("Profit rose in the second quarter.", S, [("the second quarter", "2021-04-01/2021-06-30")]),
    ("Fourth-quarter profit rose 5 percent.", date(2021, 2, 10), [("Fourth-quarter", "2020-10-01/2020-12-31")]),
    ("Sales will rise in the fourth quarter.", S, [("the fourth quarter", "2021-10-01/2021-12-31")]),
    ("Profit fell last quarter.", S, [("last quarter", "2021-04-01/2021-06-30")]),
    ("Sales rose in the first half.", S, [("the first half", "2021-01-01/2021-06-30")]),
    ("Sales rose in the first half of 2020.", S, [("the first half of 2020", "2020-01-01/2020-06-30")]),
    ("Sales rose in the last quarter of 2019.", S, [("the last quarter of 2019", "2019-10-01/2019-12-31")]),
    # fiscal years: the calendar year named (companies end theirs in different months)
    ("Sales rose in fiscal 2019.", S, [("fiscal 2019", "2019")]),
    ("Sales rose in FY2020.", S, [("FY2020", "2020")]),
    ("Exports fell in fiscal 1986/87.", S, [("fiscal 1986/87", "1986-01-01/1987-12-31")]),
    ("The plan runs to end of year.", S, [("end of year", "2021-12-31")]),
    ("The bank sees growth by year-end.", S, [("by year-end", "2021-12-31", "deadline")]),
    ("Rates will stay low until end-2022.", S, [("until end-2022", "2022-12-31", "deadline")]),
    # no date of a game's periods, a model or a gas
    ("The Lakers led by 10 in the fourth quarter.", S, []),
    ("Messi scored in the second half.", S, []),
    ("The Audi Q3 sold well.", S, []),
    ("Hydrogen H2 fuel is cheap.", S, []),
]

DEICTIC = [
    ("Sales will be flat for the rest of the year.", S, [("the rest of the year", "2021-07-24/2021-12-31")]),
    ("Sales are up 5% year to date.", S, [("year to date", "2021-01-01/2021-07-24")]),
    ("Year-to-date sales rose.", S, [("Year-to-date", "2021-01-01/2021-07-24")]),
    ("Fans will gather at the weekend.", date(2021, 7, 21), [("the weekend", "2021-07-24/2021-07-25")]),
    ("They will meet Tuesday of next week.", S, [("Tuesday of next week", "2021-07-27")]),
    ("They met on Monday last week.", S, [("Monday last week", "2021-07-12")]),
    ("They will meet the second Monday of next month.", S, [("the second Monday of next month", "2021-08-09")]),
    ("The vote is on the last Friday in March.", date(2021, 3, 1), [("the last Friday in March", "2021-03-26")]),
    ("Talks are set for the week of May 3.", date(2021, 4, 20), [("the week of May 3", "2021-05-03/2021-05-09")]),
    ("The vote is two weeks from now.", S, [("two weeks from now", "2021-08-02/2021-08-08")]),
    ("Cases rose over the past 3 weeks.", S, [("over the past 3 weeks", "2021-07-03/2021-07-24")]),
    ("Cases rose the past 3 weeks.", S, [("the past 3 weeks", "2021-07-03/2021-07-24")]),
    ("Cases fell in the last two quarters.", S, [("in the last two quarters", "2021-01-24/2021-07-24")]),
    ("The envoy arrives the day after tomorrow.", S, [("the day after tomorrow", "2021-07-26")]),
    ("The envoy left the day before yesterday.", S, [("the day before yesterday", "2021-07-22")]),
    ("The vote was held on the 21st.", S, [("the 21st", "2021-07-21")]),
    ("The vote will be held on the 3rd.", S, [("the 3rd", "2021-08-03")]),
    ("He lives on the 21st floor.", S, []),
    ("The board will meet Monday.", MON, [("Monday", "2021-08-02")]),
    ("The ship may be freed on Monday.", MON, [("Monday", "2021-07-26")]),
    ("He left on May 3. He returned the following Monday.", S, [("May 3", "2021-05-03"), ("the following Monday", "2021-05-10")]),
    ("He left on May 3. He had arrived the previous Friday.", S, [("May 3", "2021-05-03"), ("the previous Friday", "2021-04-30")]),
    xf("He took office in 1965 and spent the next five decades there.", S, [("1965", "1965"), ("the next five decades", "1965-01-01/2015-01-01")], "'the next N years' counts from publication, even in a past clause"),
    ("He left home a quarter before noon.", S, []),
    ("It was the fastest growth in a quarter since the war.", S, []),
    ("Towns declared a calamity following Wednesday's quake.", S, [("Wednesday", "2021-07-21")]),
    ("A decision is expected in a few days.", S, [("in a few days", "2021-07-26/2021-07-29")]),
    ("He left a few days ago.", S, [("a few days ago", "2021-07-19/2021-07-22")]),
    ("No one was found in the last day or two.", S, [("in the last day or two", "2021-07-22/2021-07-24")]),
    ("The ship may be freed in a day or two.", S, [("in a day or two", "2021-07-25/2021-07-26")]),
    ("Prices fell over the past week or so.", S, [("over the past week or so", "2021-07-17/2021-07-24")]),
    ("The mill shut a year or two ago.", S, [("a year or two ago", "2019-01-01/2020-12-31")]),
    ("Traffic will resume within 48-72 hours.", S, [("within 48-72 hours", "2021-07-26/2021-07-27")]),
    ("Talks resume in 2-3 weeks.", S, [("in 2-3 weeks", "2021-08-07/2021-08-14")]),
    ("It ends on July 31, ten days earlier than planned.", S, [("July 31", "2021-07-31")]),  # a comparison, no date
    # in quotes, 'now' is the day they were said, when their sentence names it; the writer's words keep the article's day
    ('He told AFP on Thursday that "it will resume within 48 hours".', S, [("Thursday", "2021-07-22"), ("within 48 hours", "2021-07-24")]),
    ("“We hope to finish by today,” he told reporters on Wednesday.", S, [("by today", "2021-07-21"), ("Wednesday", "2021-07-21")]),
    ("Prices rose over the past week, he said on Wednesday.", S, [("over the past week", "2021-07-17/2021-07-24"), ("Wednesday", "2021-07-21")]),
]

YEARS_BEFORE_NOUNS = [
    ("A 2015 report warned of floods.", S, [("2015", "2015")]),
    ("Its 2017 revenue fell.", S, [("2017", "2017")]),
    ("Its 2017 results disappointed.", S, [("2017", "2017")]),
    ("The firm's 2019 profits rose.", S, [("2019", "2019")]),
]

CASES = (
    ABSOLUTE
    + MONTHS
    + YEARS
    + WEEKDAYS
    + RELATIVE
    + TEXT_ANCHORED
    + DEADLINES
    + NOT_DATES
    + RANGES
    + NUMERIC
    + QUARTERS
    + DEICTIC
    + YEARS_BEFORE_NOUNS
)


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_dates(text, published, expected):
    _compare(text, published, expected)


# Granularity and anchor: what the period is, and what it was resolved against.
DETAILS = [
    ("The US invaded Iraq in 2003.", S, "2003", "year", "absolute"),
    ("He died on 26 July 2021.", S, "26 July 2021", "day", "absolute"),
    ("The strike began in May 2020.", S, "May 2020", "month", "absolute"),
    ("Unemployment soared in the 1990s.", S, "the 1990s", "decade", "absolute"),
    ("Kadhimi is heading to Washington this weekend.", S, "this weekend", "weekend", "publication"),
    ("He said during a visit to Iraq this week that the threat remained.", S, "this week", "week", "publication"),
    ("Kadhimi took over in May as prime minister.", W, "May", "month", "publication"),
    ("Iraq has been unstable since the US invasion 18 years ago.", S, "18 years ago", "year", "publication"),
    ("In Washington on Friday, Pentagon officials said little would change.", S, "Friday", "day", "publication"),
    ("Tourism revived this summer.", S, "this summer", "season", "publication"),
    ("Iran on January 8 launched missiles at Ain al-Asad. Two months later, US fighter jets struck five sites.", W,
     "Two months later", "month", "text"),
    ("President Barack Obama withdrew troops from Iraq in 2011. Three years later, they returned.", S,
     "Three years later", "year", "text"),
    ("The company was founded in 2016. The following year it went public.", S, "The following year", "year", "text"),
    ("The fair ran from Oct. 3 to 19.", S, "Oct. 3 to 19", "days", "publication"),
    ("Sales fell in Mar-Apr 2018.", S, "Mar-Apr 2018", "months", "absolute"),
    ("He played in the 1980-81 season.", S, "1980-81", "years", "absolute"),
    ("He left a few weeks ago.", S, "a few weeks ago", "weeks", "publication"),
    ("Profit rose in the second quarter.", S, "the second quarter", "quarter", "publication"),
    ("Output rose in H1 2020.", S, "H1 2020", "half", "absolute"),
    ("Sales rose in fiscal 2019.", S, "fiscal 2019", "year", "absolute"),
    ("Prices peaked in 2016-07.", S, "2016-07", "month", "absolute"),
    ("Fans will gather at the weekend.", S, "the weekend", "weekend", "publication"),
]


@pytest.mark.parametrize(("text", "published", "surface", "granularity", "anchor"), DETAILS)
def test_granularity_and_anchor(text, published, surface, granularity, anchor):
    found = {text[m.start : m.end]: m for m in find_dates(text, published)}
    assert surface in found, f"{surface!r} not found; got {list(found)}"
    assert (found[surface].granularity, found[surface].anchor) == (granularity, anchor)
