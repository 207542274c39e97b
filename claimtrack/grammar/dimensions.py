"""What a measure measures: its dimension ('400 metres long' is a length, 'a depth of 18 metres' a
depth) and the quantity or thing it is of ('a bollard pull of 285 tonnes', '4 million tons of cargo').

>>> dimension("a depth of ", " deep", "m"), measure_noun("a bollard pull of ", " tonnes", "tonnes")
('depth', 'bollard pull tonnes')
"""

from __future__ import annotations

import re

_DIMENSIONS = {
    "long": "length",
    "length": "length",
    "wide": "width",
    "width": "width",
    "deep": "depth",
    "depth": "depth",
    "high": "height",
    "height": "height",
    "tall": "height",
}
DIMENSIONS = frozenset(_DIMENSIONS.values())  # what a measure's state may be: 'length', 'depth' ...
# a dimension after a measure, perhaps after its conversion: '400 metres long', '400 metres (1,300 feet) long'
_DIMENSION_AFTER = re.compile(
    rf"""
    ^[\w\s-]{{0,12}}?                  # a few words: '400 metres'
    (?:\([^)]{{0,25}}\)\s*)?           # perhaps its conversion: ' (1,300 feet)'
    \b({"|".join(_DIMENSIONS)})\b      # then the dimension: 'long'
    """,
    re.VERBOSE,
)
_DIMENSION_BEFORE = re.compile(rf"\b({'|'.join(_DIMENSIONS)})\s+(?:of\s+|\(\s*)$")  # 'length of', 'long ('
_LENGTH_UNITS = frozenset("m km cm mm miles feet yards inches".split())  # as the lexicon's units name them


def dimension(before: str, after: str, unit: str) -> str:
    """What a measure measures when its words say so ('400 metres long', 'a depth of 18 metres',
    'half a kilometre long (400m)'); a length unit made an adjective ('a 400-metre ship') is a length."""
    m = _DIMENSION_AFTER.match(after) or _DIMENSION_BEFORE.search(before)
    if m and unit in _LENGTH_UNITS:  # 'a six-day-long effort' lasts and a 'long and 200,000 tonne' ship weighs
        return _DIMENSIONS[m.group(1)]
    return "length" if after[:1] == "-" and unit in _LENGTH_UNITS else ""


# What a measure is of, when its words say: 'a bollard pull of 285 tonnes', '4 million tons of cargo'
_QUANTITY_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+((?:[a-z]+\s+)?[a-z]+)\s+of\s+$")
# the thing a measure holds: 'tonnes of cargo', 'bpd of oil'; not a determiner whose noun is cut ('bpd of its 285,000')
_THING_AFTER = re.compile(r"^\W*(?:[a-zA-Z/]+\s+){1,2}?of\s+(?:the\s+|its\s+|their\s+)?+([a-z]+)\b")
_NOT_QUANTITIES = frozenset("total maximum minimum average estimated record further additional extra".split())


def measure_noun(before: str, after: str, unit: str) -> str:
    """A measure's noun: its unit, with the quantity named before it ('bollard pull tonnes') or the
    thing it weighs or holds after it ('tonnes of cargo'), so that tonnes of one thing are not tonnes
    of another. A dimension ('a length of') is its state instead (see :func:`dimension`)."""
    before_m = _QUANTITY_BEFORE.search(before)
    if (
        before_m
        and before_m.group(1).split()[-1] not in _DIMENSIONS
        and before_m.group(1).split()[0] not in _NOT_QUANTITIES
    ):
        return f"{before_m.group(1)} {unit}"
    after_m = _THING_AFTER.match(after)
    return f"{unit} of {after_m.group(1)}" if after_m else unit
