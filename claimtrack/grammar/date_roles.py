"""A date's tense and role, read from the words around it: whether its clause looks ahead ('will',
'by'), and whether it is a deadline ('by March 3', 'within 135 days'), a plan (after publication)
or an event.

>>> text = "Troops must leave by March 3."
>>> role(text, 21, 28, None, None), deadline_start(text, 21, 0)
('deadline', 18)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .text import crosses_paragraphs, folded

_FUTURE = re.compile(  # on folded text
    r"""\b(?:
    will|shall|to\ be|is\ to|are\ to|set\ (?:to|for)|due\ to\ be|(?:is|are|was|were)\ due  # not 'due to rain'
    |scheduled|slated|expected                                                 # or is set
    |plans?\ to|(?<!had\ )planned                                              # a plan, not one given up
    |would|going\ to|upcoming|may|might|could|can\ be                          # what may come
    |as\ late\ as|as\ early\ as|starting|beginning|(?<!the\ )(?:opens?|begins?|starts?)  # a start, not 'the start'
    )\b""",
    re.X,
)
# A set time told in the present, which lies either side of the article: 'the bid expires April 14',
# 'the festival runs July 23-25' (on folded text).
_SCHEDULED = re.compile(r"\b(?:expires?|expiring|(?<!the\ )(?:ends|closes)|runs|takes\ place)\b")
# After a word of the future, what opens another clause or points back (on folded text).
_BACK_AFTER = re.compile(
    r"""\b(?:because|although|whereas|but|that|previous|previously  # another clause, or back
    |from\s+(?:an?\s+|the\s+)?(?:revised\s+)?(?:\d|\w+['’]s\b))      # from a figure: 'from 4 pct in May'""",
    re.X,
)
_WITHIN = re.compile(r"within\s", re.I)
_TOWARD = re.compile(r"\b(?:to|until|till|through|by)\s+$", re.I)
_DEADLINE_OF = re.compile(r"\bdeadline\s+(?:of|for|is|was)\s+$", re.I)  # a deadline lies ahead
# The words that make the date after them a deadline, which its surface then starts with.
_DEADLINE_WORDS = r"by|no\ later\ than|not\ later\ than|until|till|deadline(?:\ of|\ is|\ was|\ for)?"
_DEADLINE = re.compile(rf"\b(?:{_DEADLINE_WORDS})\s+$", re.I | re.X)
_BY = re.compile(rf"\b(?:{_DEADLINE_WORDS}|through|before)\s+$", re.I | re.X)
_BEFORE = re.compile(r"\bbefore\s+$")
_THROUGH = re.compile(r"\bthrough\s+$")
# 'through' as the particle of a verb, no span: 'the merger almost fell through earlier this month'
_PARTICLE = re.compile(
    r"\b(?:f[ae]ll(?:s|en|ing)?|go(?:es|ne|ing)?|went|c[ao]me?s?|coming|pull(?:s|ed)?|push(?:es|ed)?"
    r"|carr(?:y|ies|ied)|follow(?:s|ed)?|g[eo]ts?|br(?:ea|o)ke?s?)\s+through\s+$",
    re.I,
)
_THE_END = re.compile(r"(?i:the\s+)?end\b")
_DECADE_SPAN = re.compile(r"(?:the\s+)?\d{4}s")
# 'until' after a delay is when something is now expected, not a deadline ('delayed until Monday')
_DELAYED = re.compile(
    r"\b(?:delayed|postponed|pushed\s+back|put\s+off|moved|not\s+come|wait(?:ing)?)\s+until\s+$", re.I
)
# 'by' before a date that owns a noun names who or what did something: 'caused by last week's quake'
_AGENT = re.compile(r"\bby\s+$", re.I)
_OWNS = re.compile(r"[’'\"]s\s+(?!deadline|cut-?off|target)", re.I)  # but 'by Friday's deadline' is one
_DEADLINE_AFTER = re.compile(r"\s+(?:as\s+(?:the|a|its|their)\s+)?(?:deadline|cut-?off|target date)\b", re.I)
# 'until', 'by' before a date this long before the article ends a past period ('served until 1995'): history
HISTORY = timedelta(days=365)


def future_before(text: str, s: int, e: int | None = None) -> bool | None:
    """True when the clause before ``s`` looks ahead ('will', 'to be', 'by'); None (either way)
    for a date named as a deadline ('the January 15 deadline'); else False."""
    lo = max(0, s - 400)
    clause_start = max(
        _stop(text, ",", lo, s), _stop(text, ";", lo, s), _stop(text, ".", lo, s), _line_break(text, lo, s)
    )
    clause = folded(text[clause_start + 1 : s])
    if _looks_ahead(clause) or _DEADLINE_OF.search(text, max(0, s - 20), s):
        return True
    if _SCHEDULED.search(clause):
        return None
    if _TOWARD.search(text[max(0, s - 10) : s]) or (e is not None and _DEADLINE_AFTER.match(text, e)):
        return None
    return False


def _looks_ahead(clause: str) -> bool:
    """Whether a (folded) clause looks ahead: a word of the future in it, and no clause opening after
    that word ('was scheduled "because of the price agreed in December"', 'may be correct that in
    February it produced') nor a word pointing back ('is expected to fall from a previous estimate
    in November')."""
    first = _FUTURE.search(clause)
    if first is None:
        return False
    *_, last = _FUTURE.finditer(clause, first.start())
    return _BACK_AFTER.search(clause, last.end()) is None


def _stop(text: str, mark: str, lo: int, s: int) -> int:
    """The last ``mark`` in ``text[lo:s]`` that ends a clause, not one inside a number ('2.8', '1,500');
    ``lo - 1`` when there is none."""
    at = text.rfind(mark, lo, s)
    while at >= 0 and text[at + 1 : at + 2].isdigit():
        at = text.rfind(mark, lo, at)
    return max(at, lo - 1)


def _line_break(text: str, lo: int, s: int) -> int:
    """The last line break in ``text[lo:s]`` that ends a paragraph or a line of its own (one before
    a blank or indented line); not a wrap inside a sentence, as wire copy has ('the expected rate
    cuts for around\nthe time of the Budget on March 17'). ``lo - 1`` when there is none."""
    at = text.rfind("\n", lo, s)
    while at >= 0 and text[at + 1 : at + 2].isalnum() and text[at - 1 : at] not in ("\n", ""):
        at = text.rfind("\n", lo, at)
    return max(at, lo - 1)


def role(text: str, s: int, e: int, start: date | None, pub: date | None) -> str:
    """'deadline' for a date set as one ('by March 3', 'within 135 days', 'the June 1 deadline'),
    'plan' for one after publication, else 'event'. A date named a deadline is one whenever it was;
    one only led by 'until' or 'by' that is ``HISTORY`` before the article ends a past period."""
    before = text[max(0, s - 20) : s]
    if _WITHIN.match(text, s, e) or _DEADLINE_AFTER.match(text, e) or _DEADLINE_OF.search(before):
        return "deadline"
    if pub is not None and start is not None and pub - start > HISTORY:
        return "event"
    agent = _AGENT.search(before) and _OWNS.match(text, e)
    if _DEADLINE.search(before) and not agent and not _DELAYED.search(text, max(0, s - 40), s):
        return "deadline"
    if "before" in before and _BEFORE.search(before) and _THE_END.match(text, s, e):
        return "deadline"
    if "through" in before and _THROUGH.search(before) and not _DECADE_SPAN.match(text, s, e):
        return "event" if _PARTICLE.search(before) else "deadline"
    if pub is not None and start is not None and start > pub:
        return "plan"
    return "event"


def deadline_start(text: str, s: int, floor: int) -> int:
    """Where a deadline starting at ``s`` begins its surface: at its 'by', 'no later than' ... within
    20 characters before it and not before ``floor`` (the end of the date before), else at ``s``."""
    by = _BY.search(text, max(0, s - 20, floor), s)
    if by is None or crosses_paragraphs(text, by.start(), s) or _PARTICLE.search(text, max(0, s - 20, floor), s):
        return s  # not 'BY' of a heading, nor the 'through' of 'fell through'
    return by.start()
