"""What a number counts: the noun, nation and state its unit names ('US troops', '20,666 wounded'), or
for a bare number, the noun phrase before it that it is the value of ('the number of US troops in
Afghanistan to 8,600', 'troop levels in Iraq stood at about 5,200'), the force named before it and
the nation that owns it ("NATO's mission ... 500 personnel"); and whether it is 'the figure' of a
count named earlier.

>>> from claimtrack.grammar.lexicon import default_lexicon
>>> read_antecedent("the number of US troops in Afghanistan to ", 0, (), default_lexicon())[:3]
('US troops', 'troops', 'us')
"""

from __future__ import annotations

import re
from functools import lru_cache

from .aspects import RISE_FALL
from .clauses import CHANGE_VERBS
from .lexicon import Lexicon
from .places import Places, first_place
from .states import cue_of, cue_words
from .subjects import NOT_PLACES, canonical

_NOT_NOUNS = frozenset(
    """the a an its their this that these those his her our some all other more there here now still initial
    original latest new confirmed official final overall total current previous revised estimated updated
    preliminary grim worldwide globally range military armed uniformed commercial additional further remaining
    known reported registered""".split()
) | frozenset(  # nor the disease a state of people is of: 'coronavirus cases', 'Ebola deaths'
    "coronavirus covid covid-19 virus ebola measles flu influenza cholera malaria dengue sars mers".split()
)
# states that only people are in: '200 deaths', '53 missing' and 'the death toll' count people
_OF_PEOPLE = frozenset("killed injured missing evacuated displaced casualties rescued arrested infected".split())

# the words of a noun phrase that is a change's subject: no verb, preposition or other function word
_NOUN_PHRASE = re.compile(
    r"""
    (?:
        (?!(?:has|have|had|been|be|was|were|is|are|will|would|also      # not a verb
            | than|in|on|at|of|to|from|by                                 # nor a preposition
            | and|or|who|which|that|it|they|this|there                    # nor a conjunction or a pronoun
            | last|since|after|before                                     # nor a word of time
        )\b)
        [\w.’'-]+\s*                                                      # but a word
    )+
    """,
    re.I | re.VERBOSE,
)
_ANTECEDENT = re.compile(
    rf"""
    \b(?:(?:number|total|count|tally|size|level|levels|strength|estimate)\s+of\s+(?:the\s+)?  # 'number of troops'
         (?P<of>(?:[\w.’'-]+\s+){{0,2}}?(?:(?!(?:was|is|has|as|this|thus|its|his|us)\b)[a-z][\w’'-]*s|those|people))\b
      | (?P<np>(?:[A-Z][\w.’'-]*\s+)?[A-Za-z][\w’'-]*?)\s+                          # 'troop levels', 'death toll'
        (?P<head>levels?|toll|tally|strength|presence|count|figure)\b
      | (?P<subject>(?:[A-Za-z][\w.’'-]*\s+){{0,2}}?[a-z][\w’'-]*)\s+                   # the subject of a change:
        (?:(?:will|would|could|to)\s+be\s+|(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?  # 'U.S. troops will
        (?:{CHANGE_VERBS}|{RISE_FALL})\s+(?:to|from|by)\s+$                          #  be reduced to'
      | \b{CHANGE_VERBS}\s+                                                         # the object of a change:
        (?:its|the|their|his|her|this|that)\s+(?:\(\w+\)\s+)?                    # 'reduced the (compensation)
        (?P<object>(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*)                            #  claim to', 'its demand'
        (?=\s+(?:(?:first|again|further)\s+)?(?:to|from|by)\s)
    )
    """,
    re.VERBOSE,
)
_ANTECEDENT_WORDS = frozenset(
    "number total count tally size level levels strength estimate toll presence figure".split()
    + re.findall(r"\w+", CHANGE_VERBS + RISE_FALL)
)
# a determiner that opens a noun phrase and is no part of what is counted: 'The death toll'
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|this|that|his|her|our)\s+", re.I)
_OWNER = re.compile(r"\b([A-Z][\w.]*)[’']s\b")
_NAME = re.compile(r"\b([A-Z][\w.]*)")
# a country that owns the noun phrase a number ends, in one stretch of its clause: "Nigeria's output in
# March was", "Saudi Arabia's quota of"; not "Egypt's Suez Canal Authority said" (a name, then a verb of saying)
_COUNTRY_OWNER = re.compile(
    r"""
    \b(?P<country>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)[’']s\s+   # the country's possessive: 'Saudi Arabia's'
    (?=[a-z])                                                    # a noun phrase in lower case: 'early output'
    (?:(?!\b(?:said|says|told|which|who|that)\b)[^,;:’'])*$         # on to the number: no comma, no other owner
    """,
    re.VERBOSE,
)
_HAS_BEFORE = re.compile(r"\b([A-Z][\w.]*)\s+(?:still\s+)?(?:has|have|had|keeps|kept|maintains|maintained)\s+$")
_ITS_BEFORE = re.compile(r"\bits\s+[a-z][^,;:()]*$")  # 'its' owning the noun phrase a count ends: 'its quota of'
_ITS_REACH = 40
_NAME_RUN = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")  # a name of up to three words: 'Saudi Arabia'
# a pronoun that holds what is counted, right after it: ' it has', ' they still keep'
_HELD_AFTER = re.compile(r"\s+(?:it|they)\s+(?:still\s+)?(?:has|have|had|keeps?|kept|maintains?|maintained)\b")
_FORCE = re.compile(r"\b(?:force|forces|contingent|deployment|presence|troops)\b(?:\s+level)?", re.I)
# a count named earlier, referred back to: 'the figure', 'their new total' (not 'the number of')
_GENERIC = re.compile(
    r"""
    \b(?:the|their|this|that|its)\s+                                  # a determiner
    (?:(?:new|latest|revised|final|official|same)\s+)?                # perhaps an adjective: 'the new'
    (?:figure|count|total|totals|number|numbers|tally|amount|sum)\b   # a word for a count
    (?!\s+of\b)[^;.]*$                                                # not 'the number of', on to the number
    """,
    re.I | re.VERBOSE,
)


@lru_cache(maxsize=65536)
def unit_noun(unit: str, kind: str, lex: Lexicon) -> tuple[str, str, str, str]:
    """``(noun, group, state, unit)`` from the unit written after a number ('US troops')."""
    if kind == "money" or kind == "percent":
        return unit.lower(), "", "", unit
    if not unit:
        return "", "", "", ""
    words = canonical(unit, lex).split()
    cues = cue_words(lex, kind)
    group = " ".join(w for w in words if w in lex.nations)
    state = next((lex.states[c] for w in words if (c := cue_of(w, cues))), "")
    rest = [w for w in words if w not in lex.nations and w not in _NOT_NOUNS and not cue_of(w, cues)]
    if kind == "measure":  # a unit of measure by its one name: '400 metres', '400-meter' and '400m' alike
        known = lex.units.get(unit.lower()) or lex.units.get(" ".join(rest))
        return (known[1] if known else " ".join(rest) or unit.lower()), group, state, unit
    noun = " ".join(rest) if rest else ("people" if (group and not state) or state in _OF_PEOPLE else "")
    return noun, group, state, unit


def read_antecedent(before: str, base: int, places: Places, lex: Lexicon) -> tuple[str, str, str, str, tuple[int, int]]:
    """``(unit, noun, group, place, span)`` of what a bare number counts, named before it in its
    clause: 'the number of US troops in Afghanistan to 8,600', 'troop levels in Iraq stood at about
    5,200', 'the death toll ... rose to 101', 'reduced its demand to'; ``span`` is where the phrase
    is, on to the next comma ('the number of people unaccounted for'). ``before`` starts at offset
    ``base`` of the text that ``places`` and ``span`` index."""
    heads = _ANTECEDENT_WORDS.intersection(before.lower().split())
    for m in reversed(list(_ANTECEDENT.finditer(before)) if heads else []):
        phrase = _DETERMINER.sub("", m.group("of") or m.group("np") or m.group("object") or m.group("subject"))
        if m.group("np") and all(w.lower() in _NOT_NOUNS for w in phrase.split()):
            continue  # 'their current level': the level of something named before it
        if m.group("subject") and not _NOUN_PHRASE.fullmatch(phrase):
            continue  # 'Afghanistan has been', 'than a century': no noun phrase before the verb
        if m.group("np") and m.group("head") in ("level", "levels", "strength", "presence"):
            phrase += "s" if not phrase.endswith("s") else ""
        noun, group, _state, _unit = unit_noun(phrase, "count", lex)
        noun = noun or ("people" if phrase == "those" else "")  # 'the number of those infected'
        stop = before.find(",", m.end())
        end = min(len(before), stop if 0 <= stop < m.end() + 40 else m.end() + 40)
        place = first_place(places, base + m.end(), base + len(before))
        return phrase, noun, group, place, (base + m.start(), base + end)
    return "", "", "", "", (0, 0)


def named_force(before: str) -> str:
    """The last word before a bare number that names a military force ('the deployment ... 3,000'), if any."""
    found = list(_FORCE.finditer(before))
    return found[-1].group() if found else ""


def owner_before(before: str, lex: Lexicon) -> str:
    """A nation or alliance that owns what is counted: "NATO's mission ... 500 personnel", 'NATO has 10,000
    troops'; or a country named as the owner of its noun phrase: "Nigeria's output was one mln bpd"."""
    owned = "'s" in before or "’s" in before
    for m in reversed(list(_OWNER.finditer(before)) if owned else []):
        name = canonical(m.group(1), lex)
        if name in lex.nations:
            return name
    country = _COUNTRY_OWNER.search(before) if owned else None
    if country and (name := canonical(country.group("country"), lex)) in lex.countries:
        return name
    has = _HAS_BEFORE.search(before)
    name = canonical(has.group(1), lex) if has else ""
    return name if name in lex.nations else ""


def holder_before(text: str, s0: int, start: int, own_end: int, lex: Lexicon) -> str:
    """The nation or alliance that 'it' or 'they' after a count stands for, the last its sentence names
    before the count: 'NATO has not decided if the 10,000 troops it has in Afghanistan will leave'."""
    if not _HELD_AFTER.match(text, own_end):
        return ""
    for m in reversed(list(_NAME.finditer(text, s0, start))):
        name = canonical(m.group(1), lex)
        if name in lex.nations:
            return name
    return ""


def its_owner(text: str, s0: int, start: int, lex: Lexicon) -> str:
    """The country that 'its' before a count stands for: the last name (not a month) its sentence gives
    before the 'its', when that is a country or nation ('Nigeria's output was one mln bpd, below its quota
    of 1.2 mln')."""
    its = _ITS_BEFORE.search(text, max(s0, start - _ITS_REACH), start)
    if not its:
        return ""
    found = [name for m in _NAME_RUN.finditer(text, s0, its.start()) if (name := canonical(m.group(), lex))]
    found = [name for name in found if name not in NOT_PLACES]  # a month is named, not owning: 'in February and its'
    name = found[-1] if found else ""
    return name if name in lex.nations or name in lex.countries else ""


def refers_back(left: str) -> bool:
    """Whether a bare number is 'the figure' / 'the total' of a count named earlier in the article."""
    return _GENERIC.search(left, max(left.rfind("."), left.rfind(";")) + 1) is not None
