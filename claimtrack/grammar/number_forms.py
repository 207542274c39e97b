"""Numbers in digits written in other forms than '2,500.5': a fraction with a slash ('3/8', '6 3/4', Reuters'
'3-1/4'), scientific notation ('6.02e23', '3 x 10^8') and digit groups set apart by spaces ('2 500 000')."""

from __future__ import annotations

import re

_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64})  # of a lone fraction; not of a date ('9/11', '5/12')
# A pattern (re.VERBOSE) of the forms, tried before plain digits; a fragment ends each line.
DIGIT_FORMS = r"""
    (?:\d{1,3}[\ -])?\d{1,2}/\d{1,2}(?![\d/])                         # '3/8', '6 3/4', '3-1/4'
  | \d+(?:\.\d+(?-i:e)[-+]?\d+|(?:\.\d+)?\ ?[x×]\ ?10\^?[-−]?\d+)(?![\d^])  # '6.02e23', '3 x 10^8'
  | \d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)                             # '2 500' with a no-break or thin space
  | \d{1,3}(?:\ \d{3}){2,}(?![\d,])                                    # '2 500 000': two groups or more
"""
_FRACTION = re.compile(r"(?:(\d+)[ -])?(\d+)/(\d+)")
_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)(?:e([-+]?\d+)| ?[x×] ?10\^?([-−]?\d+))")
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")


def ungrouped(t: str) -> str:
    """``t`` without the spaces that set apart groups of three digits ('2 500 000' → '2500000')."""
    return _GROUP_SPACE.sub("", t) if " " in t or "\u00a0" in t or "\u202f" in t else t


def parse_form(t: str) -> float | None:
    """The value of a fraction or of scientific notation ``t`` (lower case), ``None`` for anything else and for
    a slash that is no fraction ('24/7', '9/11')."""
    if "/" in t:
        m = _FRACTION.fullmatch(t)
        if m is None:
            return None
        whole, top, bottom = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
        proper = top < bottom and (bottom in _DENOMINATORS or m.group(1) is not None)  # '44-4/9': any, after a whole
        return whole + top / bottom if proper else None
    m = _SCIENTIFIC.fullmatch(t)
    if m is None:
        return None
    power = (m.group(2) or m.group(3)).replace("−", "-")
    return float(m.group(1)) * 10.0 ** int(power)
