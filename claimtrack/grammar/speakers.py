"""Who a sentence says made a claim, and whether the claim is hedged."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from .lexicon import Lexicon, default_lexicon
from .periods import WEEKDAYS
from .subjects import ROLE_WORDS
from .text import folded
from .trie import trie

_NP = r"(?:[\w.’'-]++\s++){0,6}?[\w.’'-]++"  # possessive: a word is always followed by a space
_WORDS_AND_SPACES = re.compile(r"[\w.’'\s-]*")
_PRONOUNS = frozenset("he she they we i it you who which this that".split())
# what a sentence opens with before its speaker: a connective, or where it was said ('In Kabul the
# ministry said', 'In New York, a spokeswoman said'); a place is capitalised, its speaker is not
_LEAD = re.compile(
    r"""^(?:
        (?i:and|but|so|while|as|then|also|now|however|meanwhile|previously|earlier|later)\b  # a connective
      | (?i:in)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?=,|\s+[a-z])                 # a place
    )[\s,]*""",
    re.VERBOSE,
)
# what follows a speaker's name is no part of it: a comma, a relative clause, 'familiar with', a time
_TAIL = re.compile(
    r"""\s*(?:
        ,                                                   # an apposition or the rest of the sentence
      | \b(?:who|which|that|familiar|speaking|during|in\ a    # a clause or phrase about the speaker
          |on|at|after|before|when|to|for)\b
    ).*$""",
    re.I | re.VERBOSE,
)
# adverbs between a speaker and the verb ('The official also said', 'Ortega reportedly said'): lower case,
# so a name that ends in -ly ('Kelly') stays
_ADVERBS_AT_END = re.compile(r"(?:\s+(?:also|later|then|now|still|again|first|[a-z]+ly))+$")
# when it was said is no part of who said it: 'Mayor Ana Ruiz Wednesday morning', 'the FBI Friday night'
_WHEN = re.compile(
    rf"""\s*\b(?:{"|".join(sorted(w.capitalize() for w in WEEKDAYS if len(w) > 3))}  # a weekday, not 'The Sun'
      | yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week)             # or another day or time
    )\b.*$
  | ^\W+                                                                           # marks before the name""",
    re.VERBOSE,
)
# a phrase that ends on one of these words is cut short: 'The ministry had earlier' -> 'The ministry' ...
_LOOSE_ENDS = frozenset("had has have earlier previously later also then".split())
# ... but one that ends on these ('Officials revised the', 'The fire has burned an') is no speaker
_OPEN_ENDS = frozenset("the a an and or of to".split())
_POSSESSIVE_OR_NOT = re.compile(r"[’']s$")  # "It’s" is 'it'
_SUBJECTS, _OBJECTS = ("he", "she", "they"), ("he", "she")  # 'he said', 'said he'
_WORD_EDGES = re.compile(r"\w(?:.*\w)?")  # a cue that begins and ends with a word character


class Attribution(NamedTuple):
    """What a sentence says of its claims: who said them (or ``''``), whether only a pronoun did
    ('he said', for the caller to resolve), and whether they are hedged."""

    speaker: str
    pronoun: bool
    hedged: bool


class _Cues(NamedTuple):
    """The cue words of one sentence: where ``verb`` matches in it (its speech verbs as written in
    lower case, and 'according to'), whether a hedge or a pronoun attribution is in it."""

    verbs: list[int]
    hedged: bool
    pronoun: bool


class _Grammar(NamedTuple):
    """The patterns of one lexicon's cue words."""

    according: re.Pattern
    before: re.Pattern
    after: re.Pattern
    apposed: re.Pattern  # a name, then what it is between commas, then the verb
    relative: re.Pattern  # a speaker, then a clause about it between commas, then the verb
    hedge: re.Pattern  # on folded text, as is pronoun
    pronoun: re.Pattern
    verb: re.Pattern  # empty, at every start of a speech verb or 'according to'
    words_only: bool  # every speech verb begins and ends with a word character (see _after_verb)


@cache
def _grammar(lex: Lexicon) -> _Grammar:
    """The patterns of ``lex``, compiled once."""
    speech, hedges = lex.words("cues", "speech"), lex.words("cues", "hedge")
    verbs = trie(speech)
    return _Grammar(
        according=re.compile(r"\baccording to\s+(?P<np>[^,.;:\"“”]+)", re.I),
        before=re.compile(
            rf"""(?:^|[,;:"“”]\s*|\b(?:and|but|as)\s+)   # the start of a clause
            (?P<np>{_NP})\s+                            # the speaker: a few words
            (?:has\s+|had\s+|have\s+)?{verbs}\b        # the speech verb: 'has said'""",
            re.VERBOSE,
        ),
        # '..., said the official'; but after 'told' comes who heard it ('..., told reporters')
        # (a full stop inside the sentence is an abbreviation's: 'said Gen. Ada Brandt', 'the U.S. envoy')
        after=re.compile(rf"[,\"”]\s*(?!told\b|tells?\b){verbs}\s+(?P<np>(?:[^,.;\"“”]|\.(?!\s*$))+)"),
        apposed=re.compile(
            rf"""(?P<np>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})  # a name: 'Lena Ortega'
            ,\s+(?:a|an|the)\s+[^,.;:"“”]{{1,60}}?,                 # what it is: ', a navy spokeswoman,'
            \s+(?:has\s+|had\s+)?{verbs}\b                          # and the verb: 'said'
            """,
            re.VERBOSE,
        ),
        relative=re.compile(
            rf"""(?:^|[,;:"“”]\s*|\b(?:and|but|as)\s+)                # the start of a clause
            (?P<np>{_NP}),\s+(?:who|which)\s+[^,.;:"“”]{{1,80}},      # 'Ana Ruiz, who heads the agency,'
            \s+(?:has\s+|had\s+)?{verbs}\b                          # and the verb: 'said'
            """,
            re.VERBOSE,
        ),
        hedge=re.compile(rf"\b{trie(hedges)}\b"),
        pronoun=re.compile(rf"\b(?:{'|'.join(_SUBJECTS)})\s+{verbs}\b|\b{verbs}\s+(?:{'|'.join(_OBJECTS)})\b"),
        verb=re.compile(rf"(?=\b(?:{verbs}|[Aa]ccording to)\b)"),
        words_only=all(_WORD_EDGES.fullmatch(w) for w in speech),
    )


def _cues(sentence: str, g: _Grammar) -> _Cues:
    """The cue words of ``sentence``: every start of ``verb``, and a search each for a hedge and a pronoun."""
    verbs = [m.start() for m in g.verb.finditer(sentence)]
    low = folded(sentence)
    return _Cues(verbs, bool(g.hedge.search(low)), bool(g.pronoun.search(low)))


def attribution(sentence: str, lex: Lexicon | None = None) -> Attribution:
    """Speaker, pronoun attribution and hedge of a sentence at once (its cue words read once).

    >>> attribution("He said troops would stay.")
    Attribution(speaker='', pronoun=True, hedged=True)
    """
    g = _grammar(lex or default_lexicon())
    cues = _cues(sentence, g)
    return Attribution(_speaker(sentence, cues.verbs, g), cues.pronoun, cues.hedged)


def find_speaker(sentence: str, lex: Lexicon | None = None) -> str:
    """The person or body a sentence attributes its claims to, or ``''``.

    >>> find_speaker("In Washington on Friday, Pentagon officials said they expected 2,500.")
    'Pentagon officials'
    >>> find_speaker('"No combat role by the end of the year," said a senior US official familiar with it.')
    'a senior US official'
    """
    g = _grammar(lex or default_lexicon())
    return _speaker(sentence, _cues(sentence, g).verbs, g)


def _speaker(sentence: str, verbs: list[int], g: _Grammar) -> str:
    """``find_speaker``, given where ``verb`` matches in the sentence (none: no speaker)."""
    if not verbs:
        return ""
    found = (
        g.according.finditer(sentence) if "ccording" in sentence.lower() else (),
        g.apposed.finditer(sentence) if "," in sentence else (),  # before ', told reporters' reads the audience
        g.relative.finditer(sentence) if ", wh" in sentence else (),  # 'Ana Ruiz, who heads it, said'
        _after_verb(sentence, g.after, verbs) if g.words_only else g.after.finditer(sentence),
        _before_verb(sentence, g.before, verbs),
    )
    for matches in found:
        for m in matches:
            np = _clean(m.group("np"))
            if np:
                return np
    return ""


def _after_verb(sentence: str, after: re.Pattern, verbs: list[int]) -> Iterator[re.Match]:
    """``after.finditer(sentence)``, tried only at the mark before a verb's spaces: its verb is one
    ``verb`` finds where speech verbs begin and end with a word character."""
    pos = 0
    for v in verbs:
        mark = len(sentence[:v].rstrip()) - 1
        if mark >= pos and sentence[mark] in ',"”' and (m := after.match(sentence, mark)):
            yield m
            pos = m.end()


def _before_verb(sentence: str, before: re.Pattern, verbs: list[int]) -> Iterator[re.Match]:
    """``before.finditer(sentence)``, each search begun where it can first match: a name and its
    verb are words and spaces, so a match starts no earlier than the last other mark before the
    next verb (that mark may be its opening comma)."""
    pos = 0
    while (i := bisect_left(verbs, pos)) < len(verbs):
        v = verbs[i]
        m = before.search(sentence, max(pos, v - _WORDS_AND_SPACES.match(sentence[:v][::-1]).end() - 1))
        if not m:
            return
        yield m
        pos = m.end()


def _clean(np: str) -> str:
    np = _LEAD.sub("", np.strip())
    np = _ADVERBS_AT_END.sub("", _TAIL.sub("", np).strip(" \"“”'’"))
    words = _WHEN.sub("", np).split()
    while words and words[-1].lower() in _LOOSE_ENDS:
        words.pop()
    if not words or words[-1].lower() in _OPEN_ENDS or (words[-1].endswith("ed") and words[-1].islower()):
        return ""  # the words before a verb that is no speech verb: 'Officials revised the'
    np = " ".join(words)
    if len(words) > 7 or _POSSESSIVE_OR_NOT.sub("", words[0]).lower() in _PRONOUNS or np == "According":
        return ""
    if not any(w[0].isupper() for w in words) and not ROLE_WORDS.search(np):
        return ""
    return np


def is_pronoun_attribution(sentence: str, lex: Lexicon | None = None) -> bool:
    """Whether the sentence attributes to a pronoun ('he said'), to be resolved by the caller."""
    return _cues(sentence, _grammar(lex or default_lexicon())).pronoun


def is_hedged(sentence: str, lex: Lexicon | None = None) -> bool:
    """Whether the sentence softens its claims ('expected', 'likely', 'would', 'believed', ...).

    >>> is_hedged("The talks are expected to run for weeks."), is_hedged("Troops left in 2011.")
    (True, False)
    """
    return _cues(sentence, _grammar(lex or default_lexicon())).hedged
