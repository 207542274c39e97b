"""The number grammar: counts, money, percentages and measures, with ranges and qualifiers.

``find_numbers(text)`` returns :class:`NumberMatch` records with offsets into ``text``; it does
not decide what is counted beyond the unit written right after the number (see ``subjects``).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from .lexicon import Lexicon, default_lexicon
from .text import folded
from .trie import trie

INF = math.inf


class NumberMatch(NamedTuple):
    """One quantity expression: its span, bounds, qualifier, kind and written unit."""

    start: int
    end: int
    value_low: float
    value_high: float
    qualifier: str
    kind: str
    unit: str
    unit_end: int
    direction: str = ""


class _Atom(NamedTuple):
    start: int
    end: int
    value: float
    vague: bool
    word: bool
    scale: float = 1.0


class _Grammar(NamedTuple):
    atom: re.Pattern
    starts: re.Pattern
    qualifier: re.Pattern
    currency: re.Pattern
    unit_after: re.Pattern
    lex: Lexicon


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CLOCK = (
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|EST|EDT|BST|UTC|local|hrs|h\b)|\d{1,2}\s*[ap]\.?m\.?(?!\w)|\d{1,2}:\d{2}"
    r"|[0-2]\d[0-5]\d\s*(?:GMT|UTC|EST|EDT|BST|hrs|local)\b"
)
_PHONE = r"\+\d{1,3}(?:[\s-]\d{2,4}){2,4}|\(?\d{3}\)?[\s-]\d{3}-\d{4}|\d{2,4}[\s-]\d{3,4}[\s-]\d{4}\b|\b\d{3}-\d{4}\b"
_CLOCK_OR_PHONE = re.compile(rf"(?i:{_CLOCK})|{_PHONE}")
_NAMES_BEFORE_NUMBER = """Act Part Mark Mk Mk. Tu Su MiG Il An Type Line Apollo Boeing Airbus Windows iPhone Galaxy
    Pixel""".split()
_LABELS_BEFORE_NUMBER = (
    """section article no no. nos nos. number flight route highway chapter resolution room gate
    terminal platform amendment title category grade class division block interstate proposition prop prop. rule
    regulation paragraph clause bill game episode season volume vol vol. page level phase stage model version unit
    track lane channel camp station pier hangar ward district precinct zone sector measure question item suite
    apartment apt apt. box""".split()
    + ["group of"]
)
# What makes a number part of a name when it ends the text before it: a letter ('F-35'), or a
# name or label and one space ('Section 427'), but not a currency's letters after '$' ('$US916').
_IDENT_BEFORE = re.compile(
    rf"(?:[A-Za-z](?<!\$[A-Za-z])(?<!\$[A-Za-z]{{2}})-?|\b(?:{trie(_NAMES_BEFORE_NUMBER)}"
    rf"|(?i:{trie(_LABELS_BEFORE_NUMBER)}))\s)\Z"
)
_IDENT_SPAN = max(map(len, _NAMES_BEFORE_NUMBER + _LABELS_BEFORE_NUMBER)) + 1  # the longest, and its space
_IDENT_AFTER = re.compile(  # a letter, '-X', '/7' or '.5' right after, or a street name
    r"[A-Za-z](?<!\bm)|-[A-Z]|/\d|\.\d|\s+[A-Z][a-z]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Place|Boulevard|Drive)\b"
)
_ANAPHOR = re.compile(r"\bthe\s+$", re.I)
_SEPARATE = re.compile(r"\s+(?:separate|different|distinct|individual)\b", re.I)  # 'the three separate fires' counts
_ONE_PRONOUN = re.compile(r"\b(?:no|any|every|some|the|this|that|which|each|anyone|someone)\s+$", re.I)
_ONE_NOT_NUMBER = re.compile(  # 'one of them', 'one day'; 'one that killed a soldier' (an attack)
    r"\s+(?:of|another|day|time|point|way|side|hand|which|who|whose|that(?!\s+(?:day|time|week|month|year|night)))\b",
    re.I,
)
_WORD_COMPOUND = re.compile(
    r"-(?!year|month|week|day|hour|minute|mile|km|metre|meter|foot|thirds?|quarters?|half|tenths?)[a-z]+\s+[a-z]"
)
_SENTENCE_END = re.compile(r"[.!?\"“]\s*$")
_NAME_BEFORE = re.compile(r"[A-Z]\w*\s$")
_FRACTION = re.compile(r"(?:half|thirds?|quarters?|fifths?|tenths?)$", re.I)
_MINUS_BEFORE = re.compile(r"\bminus\s+\Z", re.I)
_PROPORTION_GAP = re.compile(r"\s+in\s+$", re.I)  # matched from the first number's end to the next's start
_RANGE_GAP = re.compile(r"^\s*(?:%|percent|per cent|pct)?\s*(?:-|–|—|to|and|or)\s*(?:US\$|[A-Z]{0,2}\$|[€£¥₹])?$", re.I)
_LEADING_DIGITS = re.compile(r"(\d+(?:\.\d+)?)\s?(.*)")
_WORD_SPLIT = re.compile(r"[\s-]+")
_HEAD_DIGITS = re.compile(r"[\d.,]+")
_CURRENCY_LEAD = r"(?:[A-Z]{0,2}\$|[€£¥₹])?"  # a currency sign between the word and the first number
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?:\S+\s+)?{_CURRENCY_LEAD}$", re.I)
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:\S+\s+)?{_CURRENCY_LEAD}$", re.I)
# 'ranged in age from 7 to 97': a verb of spread before 'from' makes 'from X to Y' one range, not a change
_RANGED_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\b[^.;:]{0,30}\bfrom\s", re.I)
# 'handed over', 'signed over': verbs whose 'over' is a particle, not a bound, ending the text before it
_PARTICLE_VERB = re.compile(r"\b(?:hand|turn|sign)(?:s|ed|ing)?\s+\Z", re.I)  # not 'took over 300 days'
# '650 or more troops': a bound written after the number
_BOUND_AFTER = re.compile(r"\s+(?:or|and)\s+(?:(more|over|above|upwards?)|(fewer|less|under|below))\b", re.I)
# '400m-long', '60m wide', 'long (400m)': a fused 'm' that measures a length, not millions
_METRES_AFTER = re.compile(r"[\s-]?(?:long|wide|high|tall|deep|thick)\b", re.I)
_METRES_BEFORE = re.compile(r"\b(?:long|wide|high|tall|deep|thick)\s*\(\Z", re.I)
_COMPOUND = re.compile(r"-([a-z]+)\b")
_STRONG = re.compile(r"-strong\b")
_UNIT_BREAK = re.compile(r"[,;:()\n]")
_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}")
_YEARLIKE = re.compile(r"(?:1[89]\d\d|20\d\d)$")
_MEASURE_BEFORE = re.compile(r"\b(?:aged|age|magnitude-?)\s*$", re.I)  # ending the text searched
_SIGN_LETTERS = re.compile(r"\$[A-Z]{1,2}(?=\d)")  # '$US916', '$A110'
_MONEY_OF = re.compile(r"\s+of\s+(?:dollars|euros|pounds|yen|dlrs)\b", re.I)


@cache
def _grammar() -> _Grammar:
    return _compile(default_lexicon())


def _compile(lex: Lexicon) -> _Grammar:
    words = [w for w, (_, t) in lex.number_words.items() if t in ("cardinal", "tens", "vague")]
    scale_words = [w for w, (_, t) in lex.number_words.items() if t == "scale"]
    fraction_words = [w for w, (_, t) in lex.number_words.items() if t == "fraction"]
    scales, fractions = trie(scale_words), trie(fraction_words)
    word_num = rf"{trie(words)}(?:[- ]{trie(words)})?"
    scale = rf"(?:\s?{scales}\b|(?<=\d)(?:m|bn|tn|k)\b)"
    # On the folded text after one pad character: a character that is not an ASCII word character
    # (every non-word character is one) before the candidate lets the scan skip to such characters
    # and try the rest only there; a non-ASCII word character before it only adds a candidate that
    # ``atom`` then rejects, as it does every other candidate that does not start a word. 'a' and
    # 'an' start a number only before a fraction, a scale or 'few' ('a third', 'a million', 'a few').
    # A digit after '.', ',', ':' or '/' is inside a number or a name ('2,500', '3.5', '24/7'): never an atom.
    lead = "".join(sorted({re.escape(w[0]) for w in [*scale_words, *fraction_words, "few"]}))
    others = trie([*words, "several", "few", "tens", "hundreds", "half"])
    starts = re.compile(rf"[^a-z0-9_](?:\d(?<![.,:/]\d)|an?(?=[\s-]\s*[{lead}])|{others}\b)")
    atom = re.compile(
        rf"(?:(?<![\w.,:/])|(?<=\$[A-Z])|(?<=\$[A-Z]{{2}}))(?:{_DIGITS})(?:{scale})*(?![\w])|"
        rf"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|several|a few|few)[- ]{fractions}|"
        rf"half\s+(?:a|an)\s+{scales}|half(?=\s+(?:of|the)\b)|"
        rf"(?:a|several|a few|tens of|hundreds of)\s+{scales}(?:\s{scales})*|"
        rf"(?:tens|hundreds) of (?:thousands|millions)|"
        rf"{word_num}(?:\s{scales}(?:(?:\s+and)?\s+{word_num}(?:\s{scales})?)*)*)\b",
        re.I,
    )
    qualifier = re.compile(rf"\b({trie(lex.qualifiers)})\s+\Z", re.I)  # ending the text searched
    money = [w for w, (k, _) in lex.units.items() if k == "money" and (not w.isalpha() or len(w) == 3)]
    currency = re.compile(rf"(?<![\w$]){trie(money)}\s?\Z", re.I)
    after = [w for w, (k, _) in lex.units.items() if w.isalpha() or " " in w or w in ("%", "km/h")]
    # Atomic: a unit word starts with neither a space nor a dash, so only the longest lead-in can precede one;
    # the lead-in holds no paragraph break (two line breaks), as a qualifier reaches across none
    unit_after = re.compile(rf"(?>\s?(?:-|‑)?\s?)(?<!\n\n)(?<!\n[-‑]\n)({trie(after)})(?![\w])", re.I)
    return _Grammar(atom, starts, qualifier, currency, unit_after, lex)


def parse_number(text: str, lex: Lexicon | None = None) -> tuple[float, bool] | None:
    """Value of a number expression and whether it is vague; ``None`` if it is not one.

    >>> parse_number("2,500"), parse_number("two-thirds"), parse_number("2.5 million")
    ((2500.0, False), (0.6666666666, False), (2500000.0, False))
    >>> parse_number("three hundred and fifty"), parse_number("half a dozen")
    ((350.0, False), (6.0, False))
    """
    lex = lex or default_lexicon()
    t = text.replace(",", "").lower().replace("‑", "-").strip()
    vague = False
    m = _LEADING_DIGITS.fullmatch(t)
    if m:
        value = float(m.group(1))
        rest = m.group(2).split()
    else:
        value, rest = None, _WORD_SPLIT.split(t)
    total, current = 0.0, value
    for w in rest:
        if w in ("a", "an", "of", "and"):
            continue
        if w in ("several", "few"):
            current, vague = 3.0, True
            continue
        if w == "tens":
            current, vague = 20.0, True
            continue
        if w in ("m", "k", "tn") and value is not None:
            current = (current or 1.0) * {"m": 1e6, "k": 1e3, "tn": 1e12}[w]
            continue
        if w not in lex.number_words:
            return None
        v, kind = lex.number_words[w]
        if kind == "scale":
            current = (current if current is not None else 1.0) * v
            if v >= 1000:
                total, current = total + current, None
        elif kind == "fraction":
            current = (current if current is not None else 1.0) * v
        elif kind == "vague":
            current, vague = (current * v / 2 if current else v), True
        else:
            current = (current or 0.0) + v
    if total == 0.0 and current is None:
        current = 1.0
    return total + (current or 0.0), vague


def find_numbers(text: str, *, taken: list[tuple[int, int]] | None = None) -> list[NumberMatch]:
    """Every quantity in ``text``, skipping spans in ``taken`` (dates found first).

    >>> [(m.value_low, m.value_high, m.qualifier, m.unit) for m in find_numbers("between 5,000 and 6,000 US troops")]
    [(5000.0, 6000.0, 'between', 'US troops')]
    """
    g = _grammar()
    taken = sorted(taken or [])
    atoms = _atoms(text, g, taken)
    text = _masked(text, taken)  # what surrounds a number is read with the dates blanked out
    out: list[NumberMatch] = []
    n = len(atoms)
    i = 0
    while i < n:
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < n else None
        if nxt is not None and 0 < a.value < nxt.value and _PROPORTION_GAP.match(text, a.end, nxt.start):
            start, qualifier, _ = _prefix(text, a.start, g)
            share = round(100 * a.value / nxt.value, 2)
            out.append(NumberMatch(start, nxt.end, share, share, qualifier or "exact", "percent", "percent", nxt.end))
            i += 2
            continue
        pair = _range_with(text, a, nxt, g)
        if pair:
            out.extend(_range_matches(text, a, nxt, pair, g))
            i += 2
            continue
        m = _single(text, a, g)
        if m:
            out.append(_same_currency(m, out[-1] if out else None, text))
        i += 1
    return out


def _same_currency(m: NumberMatch, before: NumberMatch | None, text: str) -> NumberMatch:
    """A bare sum in millions or billions after a sum of money in its sentence is in that money
    ('demanded 950 million dollars, then lowered the request to 550 million')."""
    if m.kind != "count" or m.unit or m.value_low < _BARE_SUM or before is None or before.kind != "money":
        return m
    if _SENTENCE_BREAK.search(text, before.end, m.start):
        return m
    return m._replace(kind="money", unit=before.unit)


_BARE_SUM = 1e6
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")


def _masked(text: str, taken: list[tuple[int, int]]) -> str:
    """``text`` with the sorted spans ``taken`` blanked out by NUL characters, offset for offset:
    no word, space or sign pattern matches NUL, so a number's qualifier, currency, unit or range
    never reaches into a date found first (the 'about' of a date is not this number's 'about')."""
    if not taken:
        return text
    parts, pos = [], 0
    for s, e in taken:
        s, e = max(s, pos), min(e, len(text))
        if s < e:
            parts += [text[pos:s], "\0" * (e - s)]
            pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _atoms(text: str, g: _Grammar, taken: list[tuple[int, int]]) -> list[_Atom]:
    """The numbers of ``text`` outside the sorted spans ``taken``, each as its value.

    ``g.atom`` is tried only at digits and number words (found in the folded text, padded by one
    character so that a candidate's start is its offset in ``text``), and never inside a match."""
    atoms = []
    skip_to = k = last = 0
    n_taken = len(taken)
    atom_at = g.atom.match
    for s in _candidates(text, g):
        if s < last:
            continue
        m = atom_at(text, s)
        if m is None:
            continue
        e = last = m.end()
        if s < skip_to:
            continue
        surface = m.group()
        digit = surface[0].isdigit()
        if digit:
            other = _CLOCK_OR_PHONE.match(text, s)
            if other:
                skip_to = other.end()
                continue
        while k < n_taken and taken[k][1] <= s:
            k += 1
        if k < n_taken and taken[k][0] < e:
            continue
        if digit and (_IDENT_BEFORE.search(text, max(0, s - _IDENT_SPAN), s) or _IDENT_AFTER.match(text, e)):
            continue
        if surface[-1] == "m" and _metres(text, s, e):
            e -= 1  # the 'm' is read as a unit after the number
            surface = surface[:-1]
        reading = _reading(surface, g.lex)
        if reading is None or (not digit and not _is_number_word_use(text, s, e, surface, reading[0])):
            continue
        atoms.append(_Atom._make((s, e, *reading)))
    return atoms


def _metres(text: str, s: int, e: int) -> bool:
    """Whether the 'm' fused to the number at ``s:e`` is metres: a length, width or height is named
    right after it ('400m-long', '60m wide') or right before its brackets ('long (400m)')."""
    return text[e - 2].isdigit() and bool(
        _METRES_AFTER.match(text, e) or _METRES_BEFORE.search(text, max(0, s - 10), s)
    )


def _candidates(text: str, g: _Grammar) -> Iterator[int]:
    """Where a number may start, in order: matches of ``g.starts`` on ``text`` padded by one character
    and the digits after a dollar sign and its country's
    letters ('$US916', '$A110', as Australian and New Zealand papers write them)."""
    starts = (m.start() for m in g.starts.finditer(" " + folded(text)))
    if "$" not in text:
        return starts
    return heapq.merge(starts, (m.end() for m in _SIGN_LETTERS.finditer(text)))


@lru_cache(maxsize=1 << 14)
def _reading(surface: str, lex: Lexicon) -> tuple[float, bool, bool, float] | None:
    """Value, vagueness, whether in words, and scale of an atom's text (the ``_Atom`` fields after
    its span), cached: the same numbers recur across articles."""
    parsed = parse_number(surface, lex)
    if parsed is None:
        return None
    return parsed[0], parsed[1], not surface[0].isdigit(), _scale_of(surface, parsed[0], lex)


def _is_number_word_use(text: str, s: int, e: int, surface: str, value: float) -> bool:
    """For a number in words: false for 'one' as a pronoun, anaphoric 'the two', names ('Air Force
    One') and idioms. (A number in digits is none of these.)"""
    before = text[max(0, s - 12) : s]
    low = surface.lower()
    if low in ("one", "an", "a") and (_ONE_NOT_NUMBER.match(text, e) or _ONE_PRONOUN.search(before)):
        return False
    compound = text[e : e + 1] == "-"
    if value < 11 and not compound and _ANAPHOR.search(before) and not _SEPARATE.match(text, e):
        return False
    if low in ("one", "a", "an") and _WORD_COMPOUND.match(text, e):
        return False
    if surface[0].isupper() and _NAME_BEFORE.search(before) and not _SENTENCE_END.search(before[:-1]):
        return False
    return not (low == "scores" and not text[e : e + 4].lower().startswith(" of"))


def _scale_of(surface: str, value: float, lex: Lexicon) -> float:
    """The multiplier a scale word gives a number ('3 million' → 1e6), so that a bare low bound
    ('between 2 and 3 million') can take it too."""
    head = _HEAD_DIGITS.match(surface)
    if not head:
        return 1.0
    base = float(head.group().replace(",", ""))
    return value / base if base else 1.0


def _range_with(text: str, a: _Atom, b: _Atom | None, g: _Grammar) -> str:
    """'between', 'from' (a change), 'ranged' (a spread written 'from X to Y') or 'dash' when ``a`` and
    ``b`` form one range expression."""
    if b is None or b.start - a.end > 30:
        return ""
    gap = text[a.end : b.start]
    q = _qualifier_ending(gap, g)
    if q:
        gap = gap[: q[0]]
    if len(gap) > 14 or "\n\n" in gap or not _RANGE_GAP.match(gap):
        return ""
    if re.search(r"%|per|pct", gap, re.I):
        after = g.unit_after.match(text, b.end)
        if not after or g.lex.units[after.group(1).lower()][0] != "percent":
            return ""
    word = re.sub(r"[^a-z\-–—]", "", gap.lower().replace("percent", "").replace("per cent", "").replace("pct", ""))
    before = text[max(0, a.start - 20) : a.start]
    if _BETWEEN_BEFORE.search(before) and word == "and":
        return "between"
    if _FROM_BEFORE.search(before) and word == "to":
        return "ranged" if _RANGED_BEFORE.search(text, max(0, a.start - 50), a.start) else "from"
    if word in ("-", "–", "—", "to") and a.value * max(1.0, b.scale / a.scale) < b.value and not a.vague:
        return "dash"
    if word == "or" and a.value < b.value and (b.value - a.value) <= max(2.0, a.value):
        return "dash"
    return ""


def _prefix(text: str, start: int, g: _Grammar) -> tuple[int, str, str]:
    """Leftward extension of a number: (new start, qualifier, currency symbol)."""
    new_start, qualifier, currency = start, "", ""
    m = g.currency.search(text, max(0, start - 5), start)
    if m:
        currency = m.group().strip().lower()
        new_start = m.start()
    q = g.qualifier.search(text, max(0, new_start - 24), new_start)
    if q and q.group(1).lower() == "over" and _PARTICLE_VERB.search(text, max(0, q.start() - 10), q.start()):
        q = None  # 'handed over seven bases': 'over' belongs to the verb
    if q and text.count("\n", q.end(1), new_start) < 2:  # a qualifier does not reach across a paragraph break
        qualifier = g.lex.qualifiers[q.group(1).lower()]
        new_start = q.start()
    return new_start, qualifier, currency


def _qualifier_ending(text: str, g: _Grammar) -> tuple[int, str] | None:
    """The qualifier that ends ``text`` before its closing spaces ('about '): where it starts and
    the phrase."""
    m = g.qualifier.search(text)
    return (m.start(), m.group(1)) if m else None


def _suffix(text: str, end: int, currency: str, g: _Grammar) -> tuple[int, str, str]:
    """Rightward extension: (new end, kind, unit) from a unit word or symbol after the number."""
    if currency:
        return end, "money", g.lex.units.get(currency, ("money", currency.upper()))[1]
    m = g.unit_after.match(text, end)
    if m:
        word = m.group(1).lower()
        kind, canon = g.lex.units[word]
        if kind in ("money", "percent"):
            return m.end(), kind, canon
        return end, "measure", m.group(1)
    if _MONEY_OF.match(text, end):
        return end, "money", g.lex.units[_MONEY_OF.match(text, end).group().split()[-1].lower()][1]
    compound = text.startswith("-", end) and _COMPOUND.match(text, end, end + 20)
    if compound:
        word = compound.group(1)
        if word in g.lex.units or word.rstrip("s") in g.lex.units or word + "s" in g.lex.units:
            return end, "measure", word
        if word in ("strong", "member", "man", "person", "seat", "nation", "party"):
            return end, "count", "" if word == "strong" else word + "s"
        return end, "count", word if word.endswith("s") else word + "s"
    return end, "count", ""


def _bounds(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier in ("more than", "at least"):
        return value, INF
    if qualifier in ("less than", "up to"):
        return 0.0, value
    return value, value


def _unit(text: str, end: int, lex: Lexicon) -> tuple[str, int]:
    """The noun phrase written after a count (``'US troops'``) and where it ends; a stop word that
    ends a noun of two words the lexicon's aliases name still belongs to it ('human remains')."""
    pos = end
    strong = text.startswith("-", pos) and _STRONG.match(text, pos, pos + 8)
    if strong:
        pos = strong.end()
    words: list[tuple[str, int, int]] = []  # (the word in lower case, start, end)
    first = True
    while len(words) < 5:
        m = _UNIT_WORD.match(text, pos)
        if not m:
            break
        at, stop = m.span(1)
        lead = text[pos:at]
        if lead != " " and _ends_unit(lead, first):
            break
        raw = text[at:stop]
        if first:
            first = False
            if raw.lower() in _SKIP_FIRST:
                pos = stop
                continue
        if raw in _PRONOUN_UNITS:
            return "", end
        w = raw if "." in raw and _INITIALS.fullmatch(raw) else raw.rstrip(".’'")
        lw = w.lower()
        compound = bool(words) and f"{words[-1][0]} {lw}" in lex.aliases
        if not compound and (lw in _STOP or (words and (lw in _STOP_AFTER_HEAD or lw.endswith(_VERB_ENDINGS)))):
            break
        words.append((lw, at, at + len(w)))
        pos = stop
        if len(raw) > len(w) or text[pos : pos + 1] in _UNIT_CLOSERS:
            break
    while len(words) > 1 and words[-1][0].endswith(_VERB_ENDINGS) and words[-1][0] not in _NOUN_ING:
        words.pop()
    if len(words) == 1 and words[0][0].endswith(_VERB_ENDINGS) and words[0][0] not in _ADJECTIVE_NOUNS:
        words.pop()
    if not words:
        return "", end
    return text[words[0][1] : words[-1][2]], words[-1][2]


def _ends_unit(lead: str, first: bool) -> bool:
    """Whether the text before a word (``lead``) stops the unit: an 'of' or a break inside it."""
    if first:
        return "\n\n" in lead
    return "of" in lead or _UNIT_BREAK.search(lead) is not None or "\n\n" in lead


_UNIT_WORD = re.compile(r"[”\"]?\s*(?:of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?)?([^\W\d][\w'’.-]*)")
_VERB_ENDINGS = ("ed", "ing", "ly")  # words that read as verbs or adverbs
_UNIT_CLOSERS = frozenset(",;.:)")  # punctuation right after a word that ends the unit
_STOP = frozenset(
    """in on at from to for with by during after before since across into under over near than as of
    and or but nor the a an that which who whom whose this these those it its their his her our was were is
    are be been being have has had will would could should may might must can do does did not no percent
    per cent said says told say according while when where if because so than then also only just about
    around some more less most least up down out off times each every per year years month months week
    weeks day days hour hours minute minutes ago later earlier previously since until till via among
    between against versus vs within without toward towards amid despite overnight yesterday today tonight now
    again already apiece respectively altogether live lives lived lost sank sink fled flee fell died die
    voted vote remain remained remains stay stayed left made took gave came went became found held kept saw got due
    """.split()
)
_SKIP_FIRST = frozenset("more additional extra other further".split())
_PRONOUN_UNITS = frozenset("them those these us you it".split())
_STOP_AFTER_HEAD = frozenset("remain remained remains stay stayed died killed left".split())
_NOUN_ING = frozenset("building buildings meeting meetings killing killings offering offerings".split())
_ADJECTIVE_NOUNS = frozenset("wounded injured dead missing displaced homeless unemployed killed".split())


def _single(text: str, a: _Atom, g: _Grammar) -> NumberMatch | None:
    start, qualifier, currency = _prefix(text, a.start, g)
    a_end = a.end
    bound = not qualifier and _BOUND_AFTER.match(text, a_end)
    if bound:
        qualifier, a_end = ("at least" if bound.group(1) else "up to"), bound.end()
    end, kind, unit = _suffix(text, a_end, currency, g)
    unit_end = end
    value = a.value
    if kind == "count":
        measure = _MEASURE_BEFORE.search(text, max(0, a.start - 12), a.start)
        if measure:
            kind, unit = "measure", measure.group().strip(" -")
        elif not unit:
            unit, unit_end = _unit(text, end, g.lex)
            if not unit and a.end - a.start == 4 and _YEARLIKE.match(text, a.start, a.end):
                return None
            if not unit and not qualifier and _is_age(text, a):
                return None
    if kind == "count" and _FRACTION.search(text, a.start, a.end):
        kind, unit, value = "percent", "percent", round(a.value * 100, 2)
    negative = kind == "measure" and _MINUS_BEFORE.search(text[max(0, start - 8) : start])
    if negative:
        start = text.rindex("minus", 0, start)
    if a.vague:
        qualifier = qualifier or "vague"
        top = 10 ** (math.floor(math.log10(value)) + 1) - 1
        low, high = (value, top) if qualifier == "vague" else _bounds(value, qualifier)
    else:
        low, high = _bounds(value, qualifier)
    if negative:
        low, high = -high, -low
    return NumberMatch(start, end, low, high, qualifier or "exact", kind, unit, unit_end)


def _is_age(text: str, a: _Atom) -> bool:
    """Whether a bare number is a person's age, set off by commas after a name ('Donna Gomes, 71, is
    the sixth victim'; 'Robert Dyckman, 74, and ...')."""
    return (
        a.value == int(a.value)
        and 0 < a.value <= _OLDEST
        and _AGE_BEFORE.search(text, max(0, a.start - 30), a.start) is not None
        and _AGE_AFTER.match(text, a.end) is not None
    )


_OLDEST = 120
# right after a person's first and last name and a comma ('Donna Gomes, '), not a place ('In Kabul, ')
_AGE_BEFORE = re.compile(r"\b(?!(?:In|At|On|From|By|For|And|But|The)\s)[A-Z][a-z]+\s+[A-Z][\w’'-]+,\s$")
_AGE_AFTER = re.compile(r",|\s+(?:and|of|from)\b")  # ... and closed like an aside


def _range_matches(text: str, a: _Atom, b: _Atom, how: str, g: _Grammar) -> list[NumberMatch]:
    start, qualifier, currency = _prefix(text, a.start, g)
    end, kind, unit_word = _suffix(text, b.end, currency, g)
    if not currency and kind == "count":
        inner = _prefix(text, b.start, g)[2]
        if inner:
            kind, unit_word = "money", g.lex.units.get(inner, ("money", inner.upper()))[1]
    if kind == "count" and _YEARLIKE.match(text[a.start : a.end]) and _YEARLIKE.match(text[b.start : b.end]):
        return []
    low = a.value * (b.scale if a.scale == 1.0 and b.scale > 1.0 else 1.0)
    unit, unit_end = _unit(text, end, g.lex) if kind == "count" else (unit_word, end)
    if how == "from":
        b_start, b_qualifier, _ = _prefix(text, b.start, g)
        b_start = max(b_start, a.end + 1)
        first = NumberMatch(start, a.end, *_bounds(low, qualifier), qualifier or "exact", kind, unit, unit_end, "from")
        second = (b_start, end, *_bounds(b.value, b_qualifier), b_qualifier or "exact", kind, unit, unit_end, "to")
        return [first, NumberMatch(*second)]
    if how in ("between", "ranged") and not qualifier:
        lo = max(0, a.start - 20)
        found = text[lo : a.start].lower().rfind("between" if how == "between" else "from")
        start = lo + found if found >= 0 else a.start
    low, high = min(low, b.value), max(low, b.value)
    return [NumberMatch(start, end, low, high, "between", kind, unit, unit_end)]
