"""Who a sentence says made a claim, and whether the claim is hedged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .lexicon import Lexicon, default_lexicon
from .text import folded
from .trie import trie

_NP = r"(?:[\w.’'-]++\s++){0,6}?[\w.’'-]++"  # possessive: a word is always followed by a space
_WORDS_AND_SPACES = re.compile(r"[\w.’'\s-]*")
_PRONOUNS = frozenset("he she they we i it you who which this that".split())
_LEAD = re.compile(r"^(?:and|but|so|while|as|then|also|now|however|meanwhile|in washington|in baghdad)\b[\s,]*", re.I)
_ROLE_WORDS = re.compile(r"official|spokes|minist|source|analyst|expert|report", re.I)
_TAIL = re.compile(
    r"\s*(?:,|\b(?:who|which|that|familiar|speaking|during|in a|on|at|after|before|when|to|for)\b).*$", re.I
)


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern, ...]:
    verbs = trie(lex.words("cues", "speech"))
    according = re.compile(r"\baccording to\s+(?P<np>[^,.;:\"“”]+)", re.I)
    before = re.compile(rf"(?:^|[,;:\"“”]\s*|\b(?:and|but|as)\s+)(?P<np>{_NP})\s+(?:has\s+|had\s+|have\s+)?{verbs}\b")
    after = re.compile(rf"[,\"”]\s*{verbs}\s+(?P<np>[^,.;\"“”]+)")
    hedge = re.compile(rf"\b{trie(lex.words('cues', 'hedge'))}\b")  # on folded text, as is pronoun
    pronoun = re.compile(rf"\b(?:he|she|they)\s+{verbs}\b|\b{verbs}\s+(?:he|she)\b")
    verb = re.compile(rf"\b(?:{verbs}|[Aa]ccording to)\b")
    return according, before, after, hedge, pronoun, verb


def find_speaker(sentence: str, lex: Lexicon | None = None) -> str:
    """The person or body a sentence attributes its claims to, or ``''``.

    >>> find_speaker("In Washington on Friday, Pentagon officials said they expected 2,500.")
    'Pentagon officials'
    >>> find_speaker('"No combat role by the end of the year," said a senior US official familiar with it.')
    'a senior US official'
    """
    according, before, after, _, _, verb = _patterns(lex or default_lexicon())
    if not verb.search(sentence):
        return ""
    found = (
        according.finditer(sentence) if "ccording" in sentence.lower() else (),
        after.finditer(sentence),
        _before_verb(sentence, before, verb),
    )
    for matches in found:
        for m in matches:
            np = _clean(m.group("np"))
            if np:
                return np
    return ""


def _before_verb(sentence: str, before: re.Pattern, verb: re.Pattern) -> Iterator[re.Match]:
    """``before.finditer(sentence)``, each search begun where it can first match: a name and its
    verb are words and spaces, so a match starts no earlier than the last other mark before the
    next verb (that mark may be its opening comma)."""
    pos = 0
    while v := verb.search(sentence, pos):
        head = sentence[: v.start()][::-1]
        m = before.search(sentence, max(pos, v.start() - _WORDS_AND_SPACES.match(head).end() - 1))
        if not m:
            return
        yield m
        pos = m.end()


def _clean(np: str) -> str:
    np = _LEAD.sub("", np.strip())
    np = _TAIL.sub("", np).strip(" \"“”'’")
    words = np.split()
    if not words or len(words) > 7 or words[0].lower() in _PRONOUNS:
        return ""
    if not any(w[0].isupper() for w in words) and not _ROLE_WORDS.search(np):
        return ""
    return np


def is_pronoun_attribution(sentence: str, lex: Lexicon | None = None) -> bool:
    """Whether the sentence attributes to a pronoun ('he said'), to be resolved by the caller."""
    return bool(_patterns(lex or default_lexicon())[4].search(folded(sentence)))


def is_hedged(sentence: str, lex: Lexicon | None = None) -> bool:
    """Whether the sentence softens its claims ('expected', 'likely', 'would', 'believed', ...).

    >>> is_hedged("The talks are expected to run for weeks."), is_hedged("Troops left in 2011.")
    (True, False)
    """
    return bool(_patterns(lex or default_lexicon())[3].search(folded(sentence)))
