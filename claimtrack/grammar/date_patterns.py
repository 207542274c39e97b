"""The date patterns, one regex per way news writes a date, each with the words it can begin with.

The patterns are written for ``re.VERBOSE`` (a space or '#' that is meant is escaped) and read the
calendar's words from :mod:`claimtrack.grammar.periods` and the number words from the lexicon, so
that a new spelling is added in one place.
"""

from __future__ import annotations

from .lexicon import default_lexicon
from .periods import HOLIDAYS, MONTH_ABBREVIATIONS, MONTHS, PIECES, SEASONS, WEEKDAYS
from .trie import trie

# Months as dates write them, capitalised: a full name, or an abbreviation with or without its dot.
MONTH = trie([name.capitalize() for name in MONTHS] + [f"{name.capitalize()}." for name in MONTH_ABBREVIATIONS])
# Weekdays as dates write them: a full name, or an abbreviation with its dot (fewer than
# periods.WEEKDAYS knows: not 'Thu.' or 'Weds.').
_WEEKDAY = trie(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon. Tue. Tues. Wed. Thur. Thurs. Fri. Sat. Sun.".split()
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SEASON = trie(SEASONS)
# Counts of time in words: the lexicon's cardinals and tens from one up ('eighteen years ago'), and
# the vague ones, which count as their first word's head.
_COUNT_WORDS = [
    word
    for word, (value, kind) in default_lexicon().number_words.items()
    if kind in ("cardinal", "tens") and value >= 1
]
_VAGUE_COUNTS = ["a", "an", "a few", "a couple of", "several"]
_NUM = rf"""(?:
    (?<![\d,.])\d{{1,3}}(?:,\d{{3}})+         # in thousands: '2,000'
    |(?<![\d,.])\d+                           # in digits: '18'
    |{trie([*_COUNT_WORDS, *_VAGUE_COUNTS])}  # in words: 'eighteen', 'a few'
)"""
_UNIT = r"(?P<unit>day|week|month|quarter|year|decade|century|hour)s?"
_UPTO = r"(?:\s+or\s+(?P<upto>two|three|so)\b)?"  # a loose count after one unit: 'a day or two', 'a week or so'
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PARTS = trie(["end", "beginning", "start", "middle", *PIECES])  # 'the end of', 'the first half of'
_ORDINAL = "first|second|third|fourth|fifth|last"  # of the weekdays of a month: 'the second Monday'
_PIECE = "first|second|third|fourth"  # of the quarters and halves of a year: 'the second quarter'
# What joins the two ends of a range: a dash, or a word ('from May 3 to 5', 'between the 5th and 9th').
_TO = r"(?P<sep>\s*[-–]\s*|\s+(?:to|through|until|till|and)\s+(?:the\s+)?)"
# A holiday as written: its words capitalised, any spaces between them, either apostrophe; longest first.
_HOLIDAY = "|".join(
    r"\s+".join(word.capitalize() for word in name.split()).replace("'", "['’]")
    for name in sorted(HOLIDAYS, key=len, reverse=True)
)

# The classes of words a heads spec may name, spelled out by ``date_scan``.
HEAD_CLASSES = {
    "MONTH": list(MONTHS),
    "WEEKDAY": list(WEEKDAYS),
    "SEASON": list(SEASONS),
    "COUNT": [*_COUNT_WORDS, *dict.fromkeys(count.split()[0] for count in _VAGUE_COUNTS)],
    "HOLIDAY": list(dict.fromkeys(name.split()[0] for name in HOLIDAYS)),
}

# Each pattern with its heads: the words it can begin with (lower case; '0' for a digit, and the
# classes of HEAD_CLASSES). A candidate is tried only against the patterns its first word heads,
# so a missing head loses dates (tests/test_dates.py checks the heads against a full scan).
# Earlier patterns win where two match at one place.
PATTERNS: list[tuple[str, str, str]] = [
    (
        "iso",
        "0",
        rf"\b(?P<y>{_YEAR})(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)\b",
    ),  # '2021-07-26', '2016/07/09'
    (
        "year_dash",  # '2016-07' (a month), 'the 1980-81 season', '2003-2011', 'fiscal 1986/87' (years)
        "0",
        rf"""
        (?<![\d,.$£€])\b(?P<y>{_YEAR})             # the first year, not in a number or an amount
        (?P<sep>[-–/])(?P<b>\d\d|{_YEAR})\b        # a month or a later year
        (?![-/.,]\d|\s*(?:%|percent|per\ cent))   # not a longer date, a number or a share
        """,
    ),
    (
        "numeric",  # 'Friday 08/07/2020', '31.12.2020', '05/06/21'
        "WEEKDAY 0",
        rf"""
        (?:(?P<wd>{_WEEKDAY}),?\s+)?                      # a weekday, which settles day and month
        \b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)    # day and month in either order
        (?P=sep)(?P<y>{_YEAR}|\d\d)\b(?![.,]?\d)          # the same separator, and the year: no more digits
        """,
    ),
    (
        "month_slash_year",  # '07/2016'
        "0",
        rf"(?<![\d/.,])\b(?P<m>0?[1-9]|1[0-2])/(?P<y>{_YEAR})\b(?![/.,]?\d)",
    ),
    (
        "month_slash_day",  # '5/23' (month and day, or day and month); look-alikes in date_look_alikes
        "WEEKDAY 0",
        rf"""
        (?:(?P<wd>{_WEEKDAY}),?\s+)?                         # a weekday, which settles day and month
        (?<![\d/.,])\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\b(?![/.,]?\d)  # not in a longer number
        """,
    ),
    (
        "fiscal",  # 'fiscal 2019', 'fiscal year 1987/88', 'FY2020', "FY'21": the calendar year named
        "fiscal fy",
        rf"""
        (?:\b(?i:fiscal)(?:\s+year)?\s+(?P<y>{_YEAR})     # 'fiscal 2019', 'fiscal year 2019'
        |\bFY\s?['’]?(?P<fy>{_YEAR}|\d\d))\b           # 'FY2020', 'FY 20', "FY'21"
        (?:[-/](?P<y2>\d\d)\b)?                          # the year it ends: 'fiscal 1986/87'
        """,
    ),
    (
        "first_pieces",  # 'the first two quarters', 'the final three months of the year': of the year the text set
        "the",
        rf"""(?i:
        \bthe\s+(?:(?P<first>first)\s+(?P<n>{_NUM})\s+(?P<unit>quarter|month)s\b(?!\s+of\b)  # 'the first two quarters'
        |(?P<which>first|last|final)\s+(?P<n2>{_NUM})\s+(?P<unit2>quarter|month)s   # 'the final three months'
        \s+of\s+(?P<this>the|this)\s+year\b)                                          # of the year
        )""",
    ),
    (
        "end_of",  # 'the end of the year', 'mid-end of March 2021', 'the first half of 2020'
        "early late mid the end beginning start middle first second third fourth last",
        rf"""(?i:
        (?:(?P<early>early|late|mid)[-\ ])?                                   # 'mid-', 'late '
        \b(?:the\s+)?(?P<part>{_PARTS})\s+of\s+                               # 'the end of'
        (?:(?:(?P<this>the|this|next|last)\s+)?(?P<punit>year|month|week|decade)  # 'of this year', 'of year'
        |(?P<month>{MONTH})(?:\s+(?P<y>{_YEAR}))?                            # 'of March', 'of March 2021'
        |(?P<y2>{_YEAR}))                                                     # 'of 2021'
        )""",
    ),
    (
        "nth_weekday",  # 'the second Monday of next month', 'the last Friday in March'
        "the first second third fourth fifth last",
        rf"""(?i:
        \b(?:the\s+)?(?P<nth>{_ORDINAL})\s+(?P<wd>{_WEEKDAY})\s+(?:of|in)\s+  # 'the second Monday of'
        (?:(?P<which>this|next|last|the)\s+month                        # 'next month'
        |(?P<month>{MONTH})(?:,?\s+(?P<y>{_YEAR}))?)                    # 'March', 'March 2021'
        )""",
    ),
    (
        "quarter",  # 'Q3 2021', 'Q2', '2Q', 'H1 2020', '1H'
        "q1 q2 q3 q4 h1 h2 0",
        rf"""
        \b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12])|(?P<h2>[12])H)\b  # the quarter or half
        (?:\s*(?:of\s+)?(?P<y>{_YEAR})\b)?                             # the year
        """,
    ),
    (
        "piece",  # 'the second quarter', 'second-quarter', 'the first half 2020'
        f"the {_PIECE.replace('|', ' ')}",
        rf"""(?i:
        \b(?:(?P<the>the)\s+)?(?P<nth>{_PIECE})(?:-|\s+)(?P<unit>quarter|half)\b  # 'the second quarter'
        (?!-(?:\w)|\s+of\b)(?:\s+(?P<y>{_YEAR})\b)?                         # its year; not 'of'
        )""",
    ),
    (
        "season_year",  # 'the summer of 2019', 'spring 2020'
        "the SEASON",
        rf"(?i:\b(?:the\s+)?(?P<season>{_SEASON})(?:\s+of)?\s+(?P<y>{_YEAR})\b)",
    ),
    (
        "month_range",  # 'Mar-Apr 2018', 'March to May 2018': one period of months
        "MONTH",
        rf"""
        \b(?P<m1>{MONTH})                               # the first month
        (?:\s*[-–/]\s*(?P<m2>{MONTH})(?:,?\s+(?P<y>{_YEAR}))?  # a dash and the last: 'Mar-Apr'
        |\s+(?:to|through|until|and)\s+(?P<m3>{MONTH}),?\s+(?P<y2>{_YEAR}))\b  # or a word and a year
        """,
    ),
    (
        "day_range",  # 'July 23-25', 'July 23 - 25, 2021', 'from Oct. 3 to 19'
        "MONTH",
        rf"""
        \b(?P<month>{MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{_TO}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b  # two days
        (?![.,]?\d|\s*(?:%|percent|per\ cent|[ap]\.?m\b|:))                     # not a number, share or hour
        (?:,?\s+(?P<y>{_YEAR}))?                                              # the year
        """,
    ),
    (
        "day_month_range",  # '3-5 May', 'between the 5th and 9th of May', 'from 13 to 15 July 2021'
        "the 0",
        rf"""
        \b(?:the\s+)?(?P<d1>[0-3]?\d)(?P<o1>st|nd|rd|th)?{_TO}  # the first day
        (?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})  # the last day and the month
        (?:,?\s+(?P<y>{_YEAR}))?                                       # the year
        """,
    ),
    (
        "month_day",  # 'July 26, 2021', 'Friday, July 23', 'March 3rd'
        "WEEKDAY MONTH",
        rf"""
        (?:(?P<wd>{_WEEKDAY}),?\s+)?              # a weekday
        \b(?P<month>{MONTH})\s+{_DAY}\b(?!:)     # the month and day, not an hour ('May 8:30')
        (?:,?\s+(?P<y>{_YEAR}))?                  # the year
        """,
    ),
    (
        "day_month",  # '26 July 2021', 'the 14th of March', 'Monday 3 May'
        "WEEKDAY the 0",
        rf"""
        (?:(?P<wd>{_WEEKDAY}),?\s+)?                          # a weekday
        \b(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{MONTH})   # the day and month
        (?:,?\s+(?P<y>{_YEAR}))?                              # the year
        """,
    ),
    (
        "weekday_paren",  # 'Friday (July 23)', 'Friday (23 July)'
        "WEEKDAY",
        rf"""
        \b(?P<wd>{_WEEKDAY})\s*                           # the weekday
        \((?:(?P<month>{MONTH})\s+{_DAY}                 # '(July 23)'
        |(?P<day2>[0-3]?\d)\s+(?P<month2>{MONTH}))\)      # '(23 July)'
        """,
    ),
    (
        "holiday",  # 'Christmas', "New Year's Eve 2020"
        "HOLIDAY",
        rf"\b(?P<hol>{_HOLIDAY})\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "month_last",  # 'March of last year', 'December last year', 'January a year ago': the month in that year
        "MONTH",
        rf"""
        \b(?P<month>{MONTH}),?(?:\s+of)?\s+                                # the month
        (?:(?P<which>(?i:last|this|next))\s+year                           # 'last year'
        |(?P<n>a|one|two|three|four|five|\d)\s+years?\s+(?i:ago|earlier))\b  # 'a year ago'
        """,
    ),
    (
        "month_year",  # 'June 2014', 'early March 2020', 'May of 2019'
        "early late mid MONTH",
        rf"""
        (?:\b(?P<early>(?i:early|late|mid))[-\ ])?       # a part of the month
        \b(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b  # the month and year
        """,
    ),
    (
        "week_of",  # 'the week of May 3'
        "the week",
        rf"""
        \b(?:(?i:the)\s+)?(?i:week)\s+of\s+                               # 'the week of'
        (?:(?P<month>{MONTH})\s+{_DAY}|(?P<day2>[0-3]?\d)\s+(?P<month2>{MONTH}))  # 'May 3', '3 May'
        (?:,?\s+(?P<y>{_YEAR}))?\b                                          # the year
        """,
    ),
    (
        "rest_of",  # 'the rest of the year', 'the remainder of this month', 'year to date', 'month-to-date'
        "the rest remainder balance year month week",
        r"""(?i:
        \b(?:the\s+)?(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+(?P<unit>year|month|week)\b  # what is left
        |\b(?P<unit2>year|month|week)[-\ ]to[-\ ]date\b                                      # what has gone
        )""",
    ),
    (
        "ordinal_day",  # 'on the 21st': a day of the month near publication; look-alikes in date_look_alikes
        "the",
        r"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?![-\w]|\s+[a-z])",
    ),
    (
        "ago",  # '18 years ago', 'two months later', 'three days before the vote', 'two weeks from now'
        "0 COUNT",
        rf"""(?i:
        \b(?P<n>{_NUM})\s+{_UNIT}{_UPTO}\s+               # a count of time: 'two weeks', 'a year or two'
        (?P<dir>ago|earlier|later|before|after(?:wards)?|from\ (?:now|today)|hence)\b  # and which way
        (?!\s+than\b)                                     # not 'ten days earlier than planned'
        (?P<this>\s+this\s+month)?                         # 'two weeks ago this month'
        )""",
    ),
    (
        "following",  # 'the following year', 'the previous week', 'following month'
        "the following previous preceding",
        r"""(?i:
        \b(?:the\s+(?P<which>following|next|previous|preceding|same)  # after 'the', 'next' and 'same' too
        |(?P<which2>following|previous|preceding))                   # without it, not
        \s+(?P<unit>day|week|month|quarter|year)\b                    # the unit
        )""",
    ),
    (
        "previous",  # 'the two previous quarters', 'the previous three months': whole units before the text's date
        "the",
        rf"""(?i:
        \bthe\s+(?:(?P<n>{_NUM})\s+(?:previous|preceding|prior)   # 'the two previous'
        |(?:previous|preceding|prior)\s+(?P<n2>{_NUM}))\s+       # 'the previous two'
        (?P<unit>day|week|month|quarter|year)s\b                 # the units
        )""",
    ),
    (
        "past",  # 'over the past year', 'in the next two weeks', 'the past 3 weeks'
        "over in during for within the",
        rf"""(?i:
        (?:\b(?:over|in|during|for|within)\s+the\s+   # 'over the'
        (?P<which>past|last|next|coming)\s+           # which way ('previous': see 'previous')
        (?:(?P<n>{_NUM})\s+)?                        # how long: 'two weeks', 'year'
        |\bthe\s+(?P<which2>past|last|next|coming)\s+(?P<n2>{_NUM})\s+  # without 'over': 'the last 3'
        |\bthe\s+(?P<which3>past)\s+)                # or 'the past'
        {_UNIT}(?!\s+of\b)                           # not 'the last quarter of 2019'
        {_UPTO}                                      # 'the last day or two'
        )""",
    ),
    (
        "text_period",  # 'for the year', 'the full year', 'during the month': the one the text set
        "for during throughout over the",
        r"""
        \b(?:(?i:for|during|throughout|over)\s+the\s+(?:(?:full|whole|entire)\s+)?  # 'for the (full)'
        |(?i:the)\s+(?:full|whole|entire)\s+)                                     # 'the full'
        (?P<unit>year|month|quarter)\b                                           # the unit, in lower case
        (?![-'’]|\s+(?:ended|ending|to|through|until|of|before|after|following|ahead|earlier|ago|later|since|\d))
        """,
    ),
    (
        "within",  # 'within 135 days', 'in two weeks', not 'in 1,000 years of'
        "within in",
        rf"""(?i:
        \b(?P<how>within|in)\s+(?P<n>{_NUM})           # 'within 135
        (?:\s*[-–]\s*(?P<to>\d+))?\s+{_UNIT}            # (or 48-72) days'
        (?!\s+(?:of|ago))                              # not 'in 1,000 years of'
        {_UPTO}                                        # 'in a day or two'
        )""",
    ),
    (
        "weekend",  # 'this weekend', 'the weekend'
        "this last next the",
        r"""(?i:
        \b(?P<which>this\ past|this|last|next|the)  # which one
        \s+weekend\b
        )""",
    ),
    (
        "relative",  # 'this week', 'late last month', 'earlier this year', 'next summer'
        "early late mid earlier later this last next past coming",
        rf"""(?i:
        (?:\b(?P<early>early|late|mid|earlier|later)[-\ ])?  # a part: 'late', 'earlier'
        \b(?P<which>this|last|next|past|coming)             # which one
        \s+(?P<unit>week|month|quarter|year|{_SEASON})\b    # of what
        )""",
    ),
    (
        "deictic",  # 'yesterday', 'last night', 'the day after tomorrow', 'this morning', 'yesterday afternoon'
        "yesterday today tomorrow tonight last the this",
        r"""(?i:\b(?P<word>yesterday|today|tomorrow|tonight|last\ night
        |the\ day\ after\ tomorrow|the\ day\ before\ yesterday|this(?=\s+(?:morning|afternoon|evening)))
        (?:\s+(?:morning|afternoon|evening))?\b)  # a part of the day""",
    ),
    (
        "year_end",  # 'by year-end', 'at end-2020': the last day of a year
        "year end",
        rf"(?i:\b(?:year[-\ ]end|end[-\ ]year|end-(?P<y>{_YEAR}))\b)",
    ),
    ("decade", "the 0", r"\b(?:the\s+)?(?P<y>(?:1[5-9]|20)\d0)s\b"),  # 'the 1990s'
    (
        "year",  # '2003', 'early 2021', '1789'
        "early late mid 0",
        rf"""
        (?:\b(?P<early>(?i:early|late|mid))[-\ ])?          # a part of the year
        (?<![\d,.$£€])\b(?P<y>{_YEAR}|1[5-7]\d\d)\b         # not in a number or an amount
        (?![,.]\d|\s*(?:%|percent|per\ cent))               # nor a share
        """,
    ),
    (
        "weekday_week",  # 'Tuesday of next week', 'on Monday last week'
        "WEEKDAY",
        rf"""
        \b(?P<wd>{_WEEKDAY})\s+(?:of\s+)?                             # the weekday
        (?P<which>(?i:next|last|this|the\ following|the\ previous))\s+(?i:week)\b  # which week
        """,
    ),
    (
        "weekday",  # 'Friday', 'last Tuesday', 'the following Monday', 'late Wednesday night'
        "last next this coming the early late WEEKDAY",
        rf"""
        (?:\b(?P<which>(?i:last|next|this\ past|this|coming))\s+   # which one
        |\b(?i:the)\s+(?P<then>(?i:previous|following|preceding))\s+  # or which from the text's date
        |\b(?i:early|late)\s+)?                                    # or a part of it: 'late Monday'
        \b(?P<wd>{_WEEKDAY})
        (?:\s+(?i:morning|afternoon|evening|night)\b)?           # a part of the day: 'Monday afternoon'
        """,
    ),
    (
        "month",  # 'May', 'last March', 'mid-January'
        "last next this early late mid earlier later MONTH",
        rf"""
        (?:\b(?P<which>(?i:last|next|this|early|late|mid|earlier|later))[-\ ]+)?  # which one, or a part of it
        \b(?P<month>{MONTH})(?!\w)
        """,
    ),
    (
        "and_day",  # the second day of 'March 4 and 5' (last: any other reading first; look-alikes in date_look_alikes)
        "0",
        r"(?<=\band\s)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![-/.,]?\d|\s*(?:%|pct|percent|per\ cent|[ap]\.?m\b|:))",
    ),
]
