"""The day a statement was made, where its sentence names it ('Mamish told AFP late Thursday that "...',
'"...," Rabie told state television on Monday'): what its words in quotes count from 'now' ('within
48-72 hours', 'by today noon') they count from that day, not from the day the article came out. Words
not in quotes are the writer's, whose 'now' is the article's day.

>>> from datetime import date
>>> text = '"Traffic may resume within 48 hours," the chairman told reporters on Thursday. It did.'
>>> speech_days(text, date(2021, 3, 26))
[(0, 78, datetime.date(2021, 3, 25))]
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from .lexicon import default_lexicon
from .periods import WEEKDAYS, weekday_near
from .text import split_sentences
from .trie import trie

# the patterns of dates counted from 'now': the day a statement was made is their 'now'
FROM_NOW = frozenset({"past", "within", "ago", "deictic"})


@cache
def _speech_day() -> re.Pattern:
    """A verb of speech, perhaps whom it was told, and the weekday it was said on."""
    return re.compile(
        rf"""
        \b(?:{trie(default_lexicon().words("cues", "speech"))})\b       # 'said', 'told'
        (?:\s+(?!that\b|on\b)[A-Za-z][\w.'’-]*){{0,3}}?                 # whom: 'AFP', 'state television'
        \s+(?:on\s+)?(?:(?:late|early)\s+)?                              # 'on', 'late'
        (?P<day>{trie(WEEKDAYS)})\b                                      # the day: 'Thursday'
        """,
        re.I | re.X,
    )


def speech_days(text: str, published: date | None) -> list[tuple[int, int, date]]:
    """``(start, end, day)`` of each sentence of ``text`` that says on which weekday its statement was
    made: the last such weekday on or before ``published``."""
    found = list(_speech_day().finditer(text)) if published is not None else []
    sentences = split_sentences(text) if found else None
    return [
        (*sentences.span(m.start()), weekday_near(WEEKDAYS[m.group("day").lower()], published, future=False))
        for m in found
    ]


class Quotes:
    """The days the quotes of one text were said, read once a date counted from 'now' asks."""

    def __init__(self, text: str, published: date | None):
        self.text, self.published = text, published
        self.days: list[tuple[int, int, date]] | None = None

    def said_on(self, name: str, start: int, end: int) -> date | None:
        """The day the words in quotes around ``start:end`` were said, for a date counted from 'now'
        (pattern ``name``); else None."""
        if name not in FROM_NOW:
            return None
        if self.days is None:
            self.days = speech_days(self.text, self.published)
        text = self.text
        return next((day for s, e, day in self.days if s <= start and end <= e and _quoted(text[s:start])), None)


def _quoted(before: str) -> bool:
    """Whether the text after ``before`` (its sentence up to there) is inside quotation marks."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
