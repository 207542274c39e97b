"""The state a number's clause says what it counts is in ('killed', 'missing', 'withdrawn'), read
from the lexicon's state cues around the number: the verb it is the object of, a word of its unit,
the verb after it, the noun phrase it is the value of, else the nearest cue of its segment.

>>> from claimtrack.grammar.lexicon import default_lexicon
>>> read_state(cue_text("Officials said "), cue_text("44 people"), cue_text(" were killed"), "", False, True,
...     "count", default_lexicon())
'killed'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from .lexicon import Lexicon
from .text import folded
from .trie import trie

# a word that is not a function word right after a cue: the cue is an adjective of that noun
_BEFORE_NOUN = re.compile(
    r"""
    \s+(?!(?:the|a|an|to|in|on|at|of|by|for|from|with   # not an article or a preposition
        | and|or|but|as|that|which|who                   # nor a conjunction or a pronoun
        | was|were|is|are|has|have|had|will|would        # nor an auxiliary
        | after|since|so|far|now|still                   # nor an adverb
        | out|off|away|back|up|down|over                 # nor a particle: 'escorted out of'
        | toll|count|tally|figure|number                 # nor a word for a count ('the death toll')
    )\b)
    [a-z]                                                # but a word
    """,
    re.VERBOSE,
)
# words that deny the state of the cue after them: 'not', 'yet to be', 'left to', 'no longer'
_NEGATED = re.compile(
    r"""
    \b(?:not|never|yet\s+to|left\s+to|still\s+to|no\s+longer|n't)\s+   # 'not', 'yet to', 'no longer'
    (?:be\s+|been\s+)?$                                               # perhaps 'be': 'yet to be'
    """,
    re.I | re.VERBOSE,
)
# a cue that names a charge, not what happened to those counted: 'face murder charges', 'charged with murder'
_CHARGED = re.compile(
    r"""
    \b(?:fac(?:e|es|ed|ing)|charged\s+with|accused\s+of|convicted\s+of   # 'face', 'charged with'
      | guilty\s+of|suspected\s+of|(?:tried|arrested|indicted)\s+for)   # 'guilty of', 'arrested for'
    \s+[\"“‘']?(?:\w+\s+)?$                                         # a quote, a word: 'face "attempted'
    """,
    re.VERBOSE,
)
_REACH = 60  # a cue further from a number than this, with other words between, is not its state
_SUBORDINATE = re.compile(r"\b(?:once|when|after|before|because|while|as|if|which|who|that|until|since)\b")

# A cue that governs the number: a verb right before it ('killed at least 96') or right after its
# phrase, behind auxiliaries ('were killed', 'remain unaccounted for', 'have been evacuated').
_AUX = r"""
    (?:(?:who|that|which                                               # a relative pronoun
        | are|is|were|was|have|has|had|been|being|be|will|would        # an auxiliary
        | remain|remained|remains|still|now|also|got                   # 'remain', 'still', 'got'
        | reported|listed|confirmed|believed|thought|feared|presumed|declared|considered|to  # 'feared', 'believed to'
    )\s+)*
"""
_LISTED_AS = r"""
    (?:(?:listed|reported|counted|classified|registered)\s+           # 'listed
        (?:by\s+(?:the\s+)?\w[\w.]*\s+)?                            #  by the FBI
    as\s+)?                                                           #  as'
"""
_NEAR_AFTER = re.compile(  # 'who are still “unaccounted for”', 'listed by the FBI as unaccounted for'
    rf"""
    ^[\s,]*{_AUX}{_LISTED_AS}
    (?:\w+ly\s+)?                                                     # an adverb: 'officially'
    [\"“‘']?$                                                          # an opening quote
    """,
    re.I | re.VERBOSE,
)
_PURPOSE = re.compile(r"\bto\s+$")  # an infinitive of purpose before a cue
# between a verb and the number it governs, only small words: 'killed some 96', 'has lost about 2,461'
_NEAR_BEFORE = re.compile(
    r"""
    ^(?:\s*(?:the|a|an|of|to|had|have|has                  # an article, a preposition or an auxiliary
        | some|about|another|over|nearly|only|just|all      # or a word of how many
    )\b)*\s*$
    """,
    re.I | re.VERBOSE,
)


def read_state(
    before: str, own: str, after: str, antecedent: str, level: bool, alone: bool, kind: str, lex: Lexicon
) -> str:
    """The state a number's clause gives it (text arguments folded): the verb right before it
    ('identified 99 victims'); a cue of its unit ('20,666 wounded'); the verb right after it ('were
    killed', 'remain unaccounted for'); a cue of the noun phrase it is the value of ('the death toll
    ... rose to 101'); else, if it is read ``alone`` (not a partner of another number,
    not 'among 5,200 troops'), the nearest cue of its segment. A movement ('withdrawn') needs the
    number as its object: 'reduced to 8,600' is a level."""
    cue = _cue_pattern(lex, kind)
    cues = cue_words(lex, kind)

    def read(found: str, near: bool) -> str:
        """The state of a cue found, if it may be read here: a movement ('withdrawn') only as the
        verb of a number that is no level, an object cue ('lost') only right before the number."""
        c = cue_of(found, cues)
        kind_of = lex.state_types.get(c, "condition")
        if kind_of == "object" or (kind_of == "movement" and (level or not near)):
            return ""
        return lex.states.get(c, "")

    found = list(cue.finditer(before))
    if found and _NEAR_BEFORE.match(before[found[-1].end() :]) and not level and not _verb_first(lex).match(own):
        state = lex.states.get(cue_of(found[-1].group(), cues), "")
        if state:
            return state  # the verb it is the object of: 'killed at least 96', 'lost 2,461 troops'
    m = cue.search(own)
    if m and not _CHARGED.search(own, 0, m.start()):
        return read(m.group(), True)  # a cue of its unit: '20,666 wounded'
    verb = _verb_after(after, cue, read)
    if verb is not None:
        return verb
    m = cue.search(antecedent) if antecedent else None
    if m and (state := read(m.group(), False)):
        return state  # the noun phrase it is the value of: 'the death toll ... rose to 101'
    if not alone:
        return ""
    return _cue_before(found, before, read) or _verb_later(after, cue, read)


def lost_things(before: str, noun: str, lex: Lexicon) -> bool:
    """Whether a count is the object of a cue read only for people ('lost', in folded ``before``) and its
    ``noun`` names no people: 'Texas lost 24 working rigs' is 24 rigs fewer, 'lost 300 soldiers' a toll."""
    found = list(_cue_pattern(lex, "count").finditer(before))
    if not noun or not found or not _NEAR_BEFORE.match(before[found[-1].end() :]):
        return False
    cue = cue_of(found[-1].group(), cue_words(lex, "count"))
    return lex.state_types.get(cue) == "object" and noun.split()[-1] not in _people(lex)


@cache
def _people(lex: Lexicon) -> frozenset[str]:
    """The nouns that name people ('workers', 'troops')."""
    return frozenset(lex.words("cues", "people"))


def either_harm(state: str, text: str, kind: str, lex: Lexicon) -> str:
    """A number's casualties, if its ``state`` is a harm that 'or' joins to another in ``text`` (folded,
    from the number on): '1,000 people dead or missing', 'killed or wounded' are no deaths; else ``state``."""
    if state not in _HARMS:
        return state
    cues = cue_words(lex, kind)
    found = list(_cue_pattern(lex, kind).finditer(text, 0, _EITHER_REACH))[:2]
    if len(found) < 2 or not _OR.fullmatch(text, found[0].end(), found[1].start()):
        return state
    both = {lex.states.get(cue_of(m.group(), cues), "") for m in found}
    return _CASUALTIES if len(both) == 2 and both <= _HARMS else state


_HARMS = frozenset(("killed", "injured", "missing"))  # the states casualties are made of
_CASUALTIES = "casualties"
_EITHER_REACH = 45  # the two harms joined by 'or' follow the number this closely
_OR = re.compile(r"\s+or\s+")


def _verb_after(after: str, cue: re.Pattern, read: Callable[[str, bool], str]) -> str | None:
    """The state of the verb right after a number's phrase, behind auxiliaries ('were killed', 'remain
    unaccounted for'); '' when it is denied; None when there is no such verb."""
    m = cue.search(after)
    if not m:
        return None
    if _NEGATED.search(after, max(0, m.start() - 24), m.start()):
        return ""  # 'two have yet to be identified', '5% left to search': not of that state
    return (_NEAR_AFTER.match(after[: m.start()]) and read(m.group(), True)) or None


def _cue_before(found: list[re.Match], before: str, read: Callable[[str, bool], str]) -> str:
    """The state of the nearest cue ``found`` before a number within reach, that is not an adjective."""
    for m in reversed(found):
        modifies = _BEFORE_NOUN.match(before, m.end())  # 'the stranded vessel': the vessel's state
        charge = _CHARGED.search(before, max(0, m.start() - 30), m.start())
        if len(before) - m.end() <= _REACH and not modifies and not charge and (state := read(m.group(), False)):
            return state
    return ""


def _verb_later(after: str, cue: re.Pattern, read: Callable[[str, bool], str]) -> str:
    """Last, the state of a verb later in a number's clause, within reach ('four members and two others
    were hurt'); '' when it is denied."""
    clause = _SUBORDINATE.search(after)
    for m in cue.finditer(after, 0, min(_REACH, clause.start() if clause else len(after))):
        if _NEGATED.search(after, max(0, m.start() - 24), m.start()):
            return ""
        if _PURPOSE.search(after, max(0, m.start() - 4), m.start()) or _BEFORE_NOUN.match(after, m.end()):
            continue  # 'seven tugs came to rescue the stranded ship': what they came to do, and the ship's
        if _CHARGED.search(after, max(0, m.start() - 30), m.start()):
            continue  # 'the 36 must face murder charges': what they are charged with
        if state := read(m.group(), False):
            return state
    return ""


def cue_text(text: str) -> str:
    """``text`` folded for the cue search, with its capitalised words but the first blanked out: a
    name ('Riverton Transit', 'the Death Valley') is not a state of what is counted."""
    return folded(_CAPITALISED.sub(lambda m: " " * len(m.group()) if m.start() else m.group(), text))


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


@cache
def _verb_first(lex: Lexicon) -> re.Pattern:
    """The qualifiers that are verbs ('surpassed 100,000'): a number they open is their object, not the
    object of the word before it ('deaths linked to infections surpassed 100,000')."""
    verbs = [q for q in lex.qualifiers if " " not in q and q.endswith(("ed", "ing"))]
    return re.compile(rf"{trie(verbs)}\s", re.I)


@cache
def _cue_pattern(lex: Lexicon, kind: str) -> re.Pattern:
    """Every state cue of the lexicon as one pattern on folded text ('kill*' matches 'killed'; 'dead', not
    'deadline')."""
    exact, prefixes = cue_words(lex, kind)
    return re.compile(rf"\b(?:{trie(prefixes)}[\w-]*|{trie(exact)}\b)")


@cache
def cue_words(lex: Lexicon, kind: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The exact cues and the prefix cues ('kill*') of the lexicon read for numbers of ``kind``."""
    cues = [c for c in lex.states if not lex.state_kinds.get(c) or kind in lex.state_kinds[c].split()]
    exact = frozenset(c for c in cues if not c.endswith("*"))
    prefixes = tuple(sorted((c[:-1] for c in cues if c.endswith("*")), key=len, reverse=True))
    return exact, prefixes


@lru_cache(maxsize=65536)
def cue_of(word: str, cues: tuple[frozenset[str], tuple[str, ...]]) -> str:
    """The lexicon cue a word is ('killed' -> 'kill*'), or ''."""
    exact, prefixes = cues
    if word in exact:
        return word
    for p in prefixes:
        if word.startswith(p):
            return p + "*"
    return ""
