"""What a number is of: the unit written after it that makes it money, a percentage or a measure ('%',
'dollars', 'km'), a measure word before it ('aged 71'), or the noun a count counts ('2,500 US troops')."""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from .lexicon import Lexicon
from .number_names import NAMES_BEFORE_NUMBER
from .trie import trie

_MEASURE_BEFORE = re.compile(r"\b(?:aged|age|magnitude-?)\s*$", re.I)  # ending the text searched
# a reading on a named scale after a number: '6.5 on the Richter scale', 'six on the open-ended Beaufort scale'
_ON_SCALE = re.compile(
    r"""
    \s+on\s+the\s+(?:[a-z-]+\s+)?              # 'on the', perhaps with a word: 'open-ended'
    (?P<name>[A-Z][\w-]*|moment\s+magnitude)   # the scale's name: 'Richter', 'moment magnitude'
    \s+scale\b
    """,
    re.VERBOSE,
)
_MAGNITUDE_SCALES = frozenset(("richter", "moment magnitude"))  # the scales of an earthquake's magnitude
# one unit of time, then 'or' and the number, ending the text searched: 'a day or two', 'an hour or three'
_UNIT_OR = re.compile(r"\b(?:a|an|one)\s+(second|minute|hour|day|week|month|year|decade)\s+or\s+\Z", re.I)
_MONEY_OF = re.compile(r"\s+of\s+(dollars|euros|pounds|yen|dlrs)\b", re.I)  # '2 million of dollars'
# pounds that weigh: after a verb of weight ('weighed 82 pounds', ending the text searched), or before their
# conversion to a metric weight in brackets ('82 pounds (37 kg)')
_WEIGHED_BEFORE = re.compile(r"\bweigh(?:s|ed|ing|ts?)?\b[^;!?\n]{0,25}\Z", re.I)
_METRIC_AFTER = re.compile(r"\s*\(\s*(?:about\s+|some\s+|around\s+)?[\d.,]+\s?(?:kg|kilos?|kilograms?|kilogrammes?)\b")
_POUNDS = frozenset({"pound", "pounds"})
_HUNDREDTHS = (" cents", " pence")  # the lexicon's names of a hundredth of a currency: 'USD cents', 'GBP pence'
_COMPOUND = re.compile(r"-([a-z]+)\b")  # '1,000-strong', '10-member', '50-metre'
_COUNTED_IN_COMPOUND = frozenset("strong member man person seat nation party".split())  # '10-member team'
_BODIES = frozenset("board council committee panel commission cabinet secretariat".split())  # 'the ICO board'
_PARTS_IN_COMPOUND = frozenset("member seat nation party".split())  # parts of what follows: '12-seat council'
_STRONG = re.compile(r"-strong\b")
# A word of the noun after a count, after an optional closing quote and 'of' ('of the'); group 1 is the word
_NOUN_WORD = re.compile(
    r"""[”"]?\s*
        (?:of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?)?     # '2,000 of their troops'
        ([^\W\d][\w'’.-]*)                                           # a word: 'troops', 'U.S.', 'al-Qaeda'
    """,
    re.X,
)
_NOUN_BREAK = re.compile(r"[,;:()\n]")
_MODEL = re.compile(r"\s+(\d[\w-]*)")  # a model's number after its maker: '757-200' in 'five Boeing 757-200 planes'
_MAKERS = frozenset(w.lower() for w in NAMES_BEFORE_NUMBER)
_NEW_ROW = re.compile(r"\n\n|\n[^\S\n]")  # a blank line, or a line that opens indented: a paragraph or a table's row
_EXPANSION = re.compile(r"\s*\([^()\n]{1,80}\)")  # a name spelled out after its acronym: 'OPEC (Organization ...)'
# the next count of a pair whose noun a count shares: ' and 1,000 ' in '2,500 US and 1,000 NATO troops'
_CONJUNCT = re.compile(r"\s+(?:and|or)\s+(?P<number>\d[\d,.]*|[a-z]+)\s+")
_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}")
_VERB_ENDINGS = ("ed", "ing", "ly")  # words that read as verbs or adverbs
_NOUN_CLOSERS = frozenset(",;.:)")  # punctuation right after a word that ends the noun
_STOP = frozenset(
    """in on at from to for with by during after before since across into under over near than as of
    and or but nor the a an that which who whom whose this these those it its their his her our was were is
    are be been being have has had will would could should may might must can do does did not no percent
    per cent said says told say according while when where if because so than then also only just about
    around some more less most least up down out off times each every per year years month months week
    weeks day days hour hours minute minutes ago later earlier previously since until till via among
    between against versus vs within without toward towards amid despite overnight yesterday today tonight now
    again already apiece respectively altogether strong live lives lived lost sank sink fled flee fell died die
    voted vote remain remained remains stay stayed left made took gave came went became found held kept saw got due
    """.split()
)
_SKIP_FIRST = frozenset("more additional extra other further".split())
_PRONOUN_UNITS = frozenset("them those these us you it".split())  # 'two of them': no noun of its own
_PRONOUNS_AFTER = _PRONOUN_UNITS | frozenset("they we he she".split())  # end a noun: 'the 10,000 troops it has'

# words that end a noun after its head: a verb ('troops remained'), a comparative ('points higher')
_STOP_AFTER_HEAD = frozenset("remain remained remains stay stayed died killed left higher lower".split())
_NOUN_ING = frozenset("building buildings meeting meetings killing killings offering offerings".split())
_ADJECTIVE_NOUNS = frozenset("wounded injured dead missing displaced homeless unemployed killed".split())


def _after(lex: Lexicon) -> tuple[list[str], list[str]]:
    """The units that may follow a number, as two lists: those matched in any case ('km', 'dollars'), and
    those matched only as written ('USD', 'p'); a sign of money written before its number ('$', 'US$') is none."""
    loose, cased = [], []
    for w in lex.units:
        if "$" not in w:
            (cased if w in lex.cased_units else loose).append(lex.cased_units.get(w, w))
    return loose, cased


def fused_units(lex: Lexicon) -> str:
    """A pattern (``re.VERBOSE``, to be used case-insensitively) of the units written onto a number ('40GB',
    '12kW', '90mph', '250p'): symbols of at most three letters, a one-letter one only in its own case; 'm'
    is left to the scales ('5m' is millions unless a length follows)."""
    short = [w for w in lex.units if w.isalpha() and 1 < len(w) <= 3]
    loose = [w for w in short if w not in lex.cased_units]
    cased = [lex.cased_units[w] for w in lex.units if w in lex.cased_units and w != "m" and w.isalpha()]
    return rf"(?:{trie(loose)}|(?-i:{trie(cased)}))(?!\w)"


@cache
def _unit_after(lex: Lexicon) -> re.Pattern:
    loose, cased = _after(lex)
    return re.compile(
        rf"""
        (?>\s?(?:-|‑)?\s?)                        # the space or dash before it ('5 km', '5-km'), atomic
        (?<!\n\n)(?<!\n[-‑]\n)                   # with no paragraph break, as a qualifier reaches across none
        ((?i:{_spaced(trie(loose))})|{trie(cased)})(?!\w)   # the unit, a whole word: 'km', 'USD', '250p'
        (?![-‑]\d)                                # not a model's name: '12 F-16 jets', '3 C-130s'
        """,
        re.X,
    )


def _spaced(pattern: str) -> str:
    """A trie's pattern with each space of its words made any one space character, so that a unit of two
    words may break across a line ('cubic\\nfeet', 'N.Z.\\nDlrs')."""
    return pattern.replace("\\ ", "\\s")


def _unit_word(m: re.Match) -> str:
    """The unit a match of ``_unit_after`` found, in lower case with single spaces (the lexicon's key)."""
    return _written(m).lower()


def _written(m: re.Match) -> str:
    """The unit a match of ``_unit_after`` found as written, a line break inside it made a space ('cubic feet')."""
    return " ".join(m.group(1).split())


def unit_after(text: str, end: int, lex: Lexicon) -> str:
    """The unit word or sign written right after the number ending at ``end`` ('%', 'km', 'dollars'), or ''."""
    m = _unit_after(lex).match(text, end)
    return _unit_word(m) if m else ""


def suffix(text: str, end: int, currency: str, lex: Lexicon) -> tuple[int, str, str, int]:
    """Rightward extension: (new end, kind, unit, where the unit ends) from a unit word or symbol after
    the number. A measure's surface leaves its unit out ('75' of '75 miles per hour')."""
    if currency:
        return end, "money", lex.units.get(currency, ("money", currency.upper()))[1], end
    m = _unit_after(lex).match(text, end)
    if m:
        word = _unit_word(m)
        kind, canon = lex.units[word]
        if word in _POUNDS and _weighs(text, end, m.end()):
            return end, "measure", _written(m), m.end()
        if kind in ("money", "percent"):
            return m.end(), kind, canon, m.end()
        return end, "measure", _written(m), m.end()
    money = _MONEY_OF.match(text, end)
    if money:
        return money.end(), "money", lex.units[money.group(1).lower()][1], money.end()
    compound = text.startswith("-", end) and _COMPOUND.match(text, end, end + 20)
    if compound:
        kind, unit = _compound_unit(compound.group(1), lex)
        if compound.group(1) in _PARTS_IN_COMPOUND:  # '35-member ICCO council': the council's members
            unit = f"{_head_noun(counted_noun(text, compound.end(), lex)[0])} {unit}".strip()
        return end, kind, unit, end
    return end, "count", "", end


def _weighs(text: str, end: int, unit_end: int) -> bool:
    """Whether the pounds after the number ending at ``end`` are a weight: after a verb of weight or
    before a conversion to kilograms ('weighed 82 pounds', '82 pounds (37 kg)')."""
    return bool(_METRIC_AFTER.match(text, unit_end) or _WEIGHED_BEFORE.search(text, max(0, end - 40), end))


def hundredths_of(unit: str) -> str:
    """The currency whose hundredths ``unit`` names ('USD cents' → 'USD', 'GBP pence' → 'GBP'), or ''."""
    return unit.rsplit(" ", 1)[0] if unit.endswith(_HUNDREDTHS) else ""


def _compound_unit(word: str, lex: Lexicon) -> tuple[str, str]:
    """Kind and unit of a number joined to a word by a dash: '50-metre' a measure, '10-member' a count of members."""
    if word in lex.units or word.rstrip("s") in lex.units or word + "s" in lex.units:
        return "measure", word
    if word in _COUNTED_IN_COMPOUND:
        return "count", "" if word == "strong" else word + "s"
    return "count", word if word.endswith("s") else word + "s"


def _head_noun(phrase: str) -> str:
    """What a noun phrase after a number names: its opening name and the body of it that follows ('ICO'
    of 'ICO includes', 'ICO board' of 'ICO board met'), else its first word ('council' of 'council met')."""
    words = phrase.split()
    name = list(takewhile(lambda w: not w.islower(), words))
    after = words[len(name)] if len(words) > len(name) else ""
    body = [after] if name and after in _BODIES else []
    return " ".join(name + body or words[:1])


def measure_before(text: str, start: int) -> str:
    """The measure word that ends the text before a number ('aged 71', 'magnitude 7.1'), or ''."""
    m = _MEASURE_BEFORE.search(text, max(0, start - 12), start)
    return m.group().strip(" -") if m else ""


def on_scale(text: str, end: int) -> tuple[str, int] | None:
    """The unit of a number read on the scale named after it, and where that ends: 'magnitude' on the Richter
    scale (as 'magnitude 6.5' is), else the scale ('mercalli scale'); None when no scale follows."""
    m = _ON_SCALE.match(text, end)
    if not m:
        return None
    name = " ".join(m.group("name").lower().split())
    return ("magnitude" if name in _MAGNITUDE_SCALES else f"{name} scale"), m.end()


def duration_before(text: str, start: int) -> tuple[int, str] | None:
    """Where a duration written 'a day or two' begins and its unit ('days'), when the number at ``start``
    ends it; else None."""
    m = _UNIT_OR.search(text, max(0, start - 16), start)
    return (m.start(), f"{m.group(1).lower()}s") if m else None


def counted_noun(text: str, end: int, lex: Lexicon) -> tuple[str, int]:
    """The noun phrase written after a count (``'US troops'``) and where it ends; a stop word that
    ends a noun of two words the lexicon's aliases name still belongs to it ('human remains')."""
    pos = end
    strong = text.startswith("-", pos) and _STRONG.match(text, pos, pos + 8)
    if strong:
        pos = strong.end()
    words = _noun_words(text, pos, lex)
    if not words:
        return "", end
    noun, stop = text[words[0][1] : words[-1][2]], words[-1][2]
    if all(_modifier(text[s:e], lex) for _w, s, e in words) and (head := _shared_head(text, stop, lex)):
        return f"{noun} {head}", stop
    return noun, stop


def _modifier(word: str, lex: Lexicon) -> bool:
    """Whether a word after a count only says whose or which the counted are: a nation or an acronym
    ('US', 'OPEC'), whose noun comes later."""
    return word.lower() in lex.nations or (len(word) > 1 and word.isupper())


def _shared_head(text: str, pos: int, lex: Lexicon) -> str:
    """The noun a count's modifier ending at ``pos`` shares: after a spelled-out name ('13 OPEC (...)
    member states') or with the next count of a pair ('2,500 US and 1,000 NATO troops'); '' if none."""
    if m := _EXPANSION.match(text, pos):
        return " ".join(w for w, _s, _e in _noun_words(text, m.end(), lex))
    m = _CONJUNCT.match(text, pos)
    if not m or not (m.group("number")[0].isdigit() or m.group("number").lower() in lex.number_words):
        return ""
    other = _noun_words(text, m.end(), lex)
    return other[-1][0] if other else ""


def _noun_words(text: str, pos: int, lex: Lexicon) -> list[tuple[str, int, int]]:
    """The words of the noun from ``pos``, each in lower case with its span; none when a pronoun comes first
    ('them'), and a pronoun after them ends them ('troops it has')."""
    words: list[tuple[str, int, int]] = []
    first = True
    while len(words) < 5:
        m = _NOUN_WORD.match(text, pos) or (_MODEL.match(text, pos) if words and words[-1][0] in _MAKERS else None)
        if not m or _ends_noun(text[pos : m.start(1)], first):
            break
        at, stop = m.span(1)
        raw = text[at:stop]
        if first:
            first = False
            if raw.lower() in _SKIP_FIRST:  # '500 more troops'
                pos = stop
                continue
        if raw in _PRONOUN_UNITS and not words:
            return []
        if raw in _PRONOUNS_AFTER and words:  # in lower case: 'US troops' is no pronoun
            break
        w = raw if "." in raw and _INITIALS.fullmatch(raw) else raw.rstrip(".’'")
        if _stops_noun(w.lower(), words, lex):
            break
        words.append((w.lower(), at, at + len(w)))
        pos = stop
        if len(raw) > len(w) or text[pos : pos + 1] in _NOUN_CLOSERS:
            break
    if words and words[-1][0].endswith(("'s", "’s")):
        return []  # an owner whose noun a number cuts off: '500,000 of Brazil's 700,000 workers'
    return _without_verbs(words)


def _ends_noun(lead: str, first: bool) -> bool:
    """Whether the text before a word (``lead``) stops the noun: an 'of' or a break inside it."""
    if first:
        return _NEW_ROW.search(lead) is not None
    return "of" in lead or _NOUN_BREAK.search(lead) is not None


def _stops_noun(word: str, words: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Whether ``word`` is not part of the noun after ``words``: a stop word, or after its head a verb,
    unless the two words are a noun the aliases name ('human remains')."""
    if words and f"{words[-1][0]} {word}" in lex.aliases:
        return False
    return word in _STOP or (bool(words) and (word in _STOP_AFTER_HEAD or word.endswith(_VERB_ENDINGS)))


def _without_verbs(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The noun's words without the verbs or adverbs that end it ('troops stationed'): a lone word
    stays when it names people ('the wounded')."""
    while len(words) > 1 and words[-1][0].endswith(_VERB_ENDINGS) and words[-1][0] not in _NOUN_ING:
        words.pop()
    if len(words) == 1 and words[0][0].endswith(_VERB_ENDINGS) and words[0][0] not in _ADJECTIVE_NOUNS:
        words.pop()
    return words
