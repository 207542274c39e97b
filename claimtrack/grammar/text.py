"""Sentences and paragraphs as offsets into the original text (the text itself is never changed)."""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import dataclass

from .periods import MONTH_ABBREVIATIONS

# Words whose trailing period does not end a sentence: the months' ('Sept.') and these.
ABBREVIATIONS = MONTH_ABBREVIATIONS | frozenset(
    """mr mrs ms dr prof gen lt col capt maj sgt adm gov sen rep st jr sr rev hon pres
    no nos vs etc inc ltd co corp dept est fig approx u.s u.k u.n e.g i.e a.m p.m mt ft ave blvd""".split()
)

# A sentence end (punctuation before a capital or digit) or a paragraph break, then the spaces after it
# (group 1, looked at, not taken). Led by a character class, so that the scan skips to those characters.
_BOUNDARY = re.compile(
    r"""[.!?\n](?:
        (?<=[.!?])[.!?]*["'’”)\]]*(?=\s+["'‘“(\[]?[A-Z0-9])  # end punctuation, closing quotes, then a capital
      | (?<=\n)\s*\n                                     # or a paragraph break
    )(?=(\s*))                                           # the spaces after it""",
    re.VERBOSE,
)
_WORD_CHARACTERS = string.ascii_letters + "."  # what a word before a period is made of
_SPACE = re.compile(r"\s*")
_PARAGRAPH = re.compile(r"\n\s*\n")
_ADDRESS = re.compile(
    r"""
    (?:https?://|\bwww\.)[^\s<>"'”’)\]]+      # a web address, up to a space, a bracket or a quote
    | \b[\w.+-]+@[\w-]+(?:\.[\w-]+)+            # an e-mail address
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence spans of one text, with a fast lookup of the sentence around an offset."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    paragraph_starts: tuple[int, ...]

    def index(self, offset: int) -> int:
        """Index of the sentence that holds ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span(self, offset: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence that holds ``offset``."""
        i = self.index(offset)
        return self.starts[i], self.ends[i]

    def paragraph_start(self, offset: int) -> int:
        """Offset where the paragraph holding ``offset`` begins."""
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraph_starts[max(i, 0)]


def split_sentences(text: str) -> Sentences:
    """Split ``text`` into sentences and paragraphs, keeping offsets.

    >>> s = split_sentences("Mr. Smith left. He said 2,500 troops remain.")
    >>> [text[a:b] for text in ["Mr. Smith left. He said 2,500 troops remain."] for a, b in zip(s.starts, s.ends)]
    ['Mr. Smith left.', 'He said 2,500 troops remain.']
    """
    starts, ends = [], []
    paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    pos = _skip_space(text, 0)
    for m in _BOUNDARY.finditer(text):
        mark = m.start()
        first = text[mark]
        if first == "." and _is_abbreviation(text, mark):
            continue
        if first == "\n":
            if mark > pos:
                starts.append(pos)
                ends.append(_trim_end(text, pos, mark))
        elif m.end() > pos:  # a sentence ends in punctuation, never in a space: nothing to trim
            starts.append(pos)
            ends.append(m.end())
        pos = m.end(1)
    if pos < len(text) and text[pos:].strip():
        starts.append(pos)
        ends.append(_trim_end(text, pos, len(text)))
    if not starts:
        starts, ends = [0], [len(text)]
    return Sentences(tuple(starts), tuple(ends), tuple(paragraphs))


def folded(text: str) -> str:
    """``text`` in lower case, offset for offset (a character whose lower case is longer, such as
    'İ', is kept as it is), so that candidate scans can run case-sensitively, which is faster.

    >>> folded("İstanbul, MAY 2021")
    'İstanbul, may 2021'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` follows an abbreviation or an initial, so does not end a sentence.

    The word is the run of ASCII letters and periods ending the 12 characters before ``dot``, from its
    first letter; cut with string methods, which are cheaper here than a regex search."""
    window = text[max(0, dot - 12) : dot]
    word = window[len(window.rstrip(_WORD_CHARACTERS)) :].lstrip(".")
    return len(word) == 1 or word.lower() in ABBREVIATIONS


def crosses_paragraphs(text: str, s: int, e: int) -> bool:
    """Whether a paragraph break lies inside ``text[s:e]`` (a break needs two newlines)."""
    return text.count("\n", s, e) > 1 and _PARAGRAPH.search(text, s, e) is not None


def blanked(text: str, spans: list[tuple], fill: str = "\0") -> str:
    """``text`` with the sorted ``spans`` (tuples that start ``(start, end, ...)``) filled with ``fill``,
    offset for offset; NUL, the default, is matched by no word, space or sign pattern."""
    if not spans:
        return text
    parts, pos = [], 0
    for s, e, *_ in spans:
        s, e = max(s, pos), min(e, len(text))
        if s < e:
            parts += [text[pos:s], fill * (e - s)]
            pos = e
    parts.append(text[pos:])
    return "".join(parts)


def web_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the web and e-mail addresses in ``text``: their digits are no claims
    ('example.com/2021/05/story')."""
    if "://" not in text and "www." not in text and "@" not in text:
        return []
    return [m.span() for m in _ADDRESS.finditer(text)]


def _skip_space(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()


def _trim_end(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip())
