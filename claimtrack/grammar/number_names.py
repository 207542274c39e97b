"""Numbers that are no quantity: clock times and phone numbers, numbers in names and labels ('F-35',
'Boeing 747', 'Section 427'), a person's age set off by commas ('Donna Gomes, 71,') and bare years."""

from __future__ import annotations

import re

from .periods import TIME_ZONES
from .trie import trie

# The words that name the thing a number after them labels, in their case ('Boeing 747') or any case ('flight 93').
NAMES_BEFORE_NUMBER = """Act Part Mark Mk Mk. Tu Su MiG Il An Type Line Apollo Boeing Airbus Windows iPhone Galaxy
    Pixel FTSE S&P Nikkei DAX CAC Stoxx STOXX Russell IBEX MIB ASX Sensex Nifty KOSPI Topix TOPIX Fortune""".split()
# The words of a model's name after its number ('737 Max', 'Galaxy S21 Ultra'), in their case.
MODELS_AFTER_NUMBER = "Max MAX Pro Plus Ultra Mini Dreamliner neo XL GT GTI Turbo".split()
LABELS_BEFORE_NUMBER = (
    """section article no no. nos nos. number flight route highway chapter resolution room gate
    terminal platform amendment title category grade class division block interstate proposition prop prop. rule
    regulation paragraph clause bill game episode season volume vol vol. page level phase stage model version unit
    track lane channel camp station pier hangar ward district precinct zone sector measure question item suite
    apartment apt apt. box code""".split()
    + ["group of"]
)
_STREETS = """Street St Road Rd Avenue Ave Lane Square Place Boulevard Blvd Drive Way Court Crescent Terrace
    Parkway Highway Row Close Gardens""".split()

_ZONES = "|".join(sorted(TIME_ZONES))
_CLOCK_OR_PHONE = re.compile(
    rf"""
    (?i: \d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?|{_ZONES}|local|hrs|h\b)          # '7.30 pm', '10:15 GMT'
       | \d{{1,2}}\s*[ap]\.?m\.?(?!\w)                                          # '7pm', '7 a.m.'
       | \d{{1,2}}:\d{{2}}                                                      # '7:30'
       | [0-2]\d[0-5]\d\s*(?:{_ZONES}|hrs|local)\b                              # '1130 GMT'
    )
    | \+\d{{1,3}}(?:[\s-]\d{{2,4}}){{2,4}}                                      # '+44 20 7946 0958'
    | \(?\d{{3}}\)?[\s-]\d{{3}}-\d{{4}}                                         # '(202) 555-0143'
    | \d{{2,4}}[\s-]\d{{3,4}}[\s-]\d{{4}}\b                                     # '020 7946 0958'
    | \b\d{{3}}-\d{{4}}\b                                                       # '555-0143'
    """,
    re.X,
)
# What makes a number part of a name when it ends the text before it (searched in its last characters)
_IDENT_BEFORE = re.compile(
    rf"""(?:
        [A-Za-z](?<!\d[a-z])(?<!\d[a-z]{{2}})(?<!\b(?i:sub))-?   # a letter and a dash: 'F-35'; not '5k-9k', 'sub-10'
      | \b(?:{trie(NAMES_BEFORE_NUMBER)}|(?i:{trie(LABELS_BEFORE_NUMBER)}))\s    # 'Boeing 747', 'Section 427'
      | \b(?:{trie(NAMES_BEFORE_NUMBER)})\s\d{{1,4}}-   # a model's variant: the 200 of 'Boeing 757-200'
      | \b[A-Z]{{1,2}}\d{{2,4}}-                         # ... and of 'A320-200'
      | &\#                                                   # a character reference left in the text: '&#8217;'
    )\Z""",
    re.X,
)
_IDENT_SPAN = max(map(len, NAMES_BEFORE_NUMBER + LABELS_BEFORE_NUMBER)) + 1  # the longest, and its space
_IDENT_AFTER = re.compile(
    rf"""
        -[A-Z]                                               # a dash and a capital: '35-A'
      | /\d | \.\d                                           # '24/7', '5.5.1'
      | \s+[A-Z][a-z]+\s+{trie(_STREETS)}\b                  # '10 Downing Street'
      | \s+{trie(MODELS_AFTER_NUMBER)}\b                      # '737 Max'
    """,
    re.X,
)
_POSTCODE_BEFORE = re.compile(r"\b[A-Z]{2}\s\Z")  # a state's two letters before a zip code: 'CA 90210'
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_OLDEST = 120
_NOT_FIRST_NAMES = "In At On From By For And But The".split()  # 'In Kabul, 25 ...' is no age
# the nouns of a person whose age may follow them set off by commas ('his brother, 22, was')
_PERSONS = """man woman boy girl son daughter brother sister father mother husband wife child teenager teen
    grandmother grandfather uncle aunt nephew niece cousin stepfather stepmother stepson stepdaughter""".split()
_AGE_BEFORE = re.compile(
    rf"""(?:
        \b(?!(?:{trie(_NOT_FIRST_NAMES)})\s)[A-Z][a-z]+\s+[A-Z][\w’'-]+   # a person's first and last name
      | \b(?i:{trie(_PERSONS)})                                           # or a noun of a person
    ),\s(?:\d{{1,3}}\s+and\s)?$      # and a comma ('Donna Gomes, '), perhaps an age before ('..., 40 and ')
    """,
    re.X,
)
# ... and closed like an aside (not 'La Pampa, 10 and 75 mm', 'County, four of whom')
_AGE_AFTER = re.compile(
    r"""
        ,                                                       # a comma
      | \s+and\s+\d{1,3},                                       # 'and' before another age: '40 and 49,'
      | \s+and\s+(?!\d)                                         # 'and' before no number
      | \s+from\b | \s+of\b(?!\s+(?:whom|which|them|these|those)\b)   # 'from' or 'of' a place
    """,
    re.X,
)
_AGE_REACH = 40  # how far before the number its name is looked for
AGE_UNIT = "years of age"  # the unit of a person's age (as the lexicon names that of 'years old')


def clock_or_phone_end(text: str, start: int) -> int | None:
    """Where a clock time or a phone number starting at ``start`` ends ('7:30 pm', '555-0143'), if one does."""
    m = _CLOCK_OR_PHONE.match(text, start)
    return m.end() if m else None


def in_name(text: str, start: int, end: int, *, signed: bool = False) -> bool:
    """Whether the digits at ``start:end`` are part of a name, label or address ('F-35', 'Section 427', '24/7',
    'CA 90210'); the letters of a currency written onto them (``signed``: 'USD5m', '$US916') make no name."""
    if not signed and _IDENT_BEFORE.search(text, max(0, start - _IDENT_SPAN), start):
        return True
    if end - start == 5 and _POSTCODE_BEFORE.search(text, max(0, start - 4), start) and text[start:end].isdigit():
        return True
    return _IDENT_AFTER.match(text, end) is not None


def is_age(text: str, start: int, end: int, value: float) -> bool:
    """Whether a bare number is a person's age, set off by commas after a name or a noun of a person ('Donna
    Gomes, 71, is the sixth victim'; 'Robert Dyckman, 74, and ...'; 'A and B, 40 and 49,'; 'a brother, 22,')."""
    return (
        value == int(value)
        and 0 < value <= _OLDEST
        and _AGE_BEFORE.search(text, max(0, start - _AGE_REACH), start) is not None
        and _AGE_AFTER.match(text, end) is not None
    )


def is_bare_year(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is written as a year of 1800 to 2099 ('1998')."""
    return _YEAR.fullmatch(text, start, end) is not None
