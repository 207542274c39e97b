"""The number grammar: counts, money, percentages and measures, with ranges and qualifiers.

``find_numbers(text)`` returns :class:`NumberMatch` records with offsets into ``text``; it does
not decide what is counted beyond the unit written right after the number (see ``subjects``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon, default_lexicon
from .trie import trie

INF = math.inf


@dataclass(frozen=True, slots=True)
class NumberMatch:
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


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    value: float
    vague: bool
    word: bool


@dataclass(frozen=True, slots=True)
class _Grammar:
    atom: re.Pattern
    starts: frozenset[str]
    qualifier: re.Pattern
    currency: re.Pattern
    unit_after: re.Pattern
    lex: Lexicon


_WORD = re.compile(r"\w+")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|EST|EDT|BST|UTC|local|hrs|h\b)|\d{1,2}\s*[ap]\.?m\.?\b|\d{1,2}:\d{2}", re.I)
_IDENT_BEFORE = re.compile(
    r"(?:[A-Za-z]-|[A-Za-z]|\b(?:Section|Article|No\.?|Nos\.?|Number|Flight|Route|Highway|Chapter|Resolution|"
    r"Room|Apollo|Gate|Terminal|Platform|Amendment|Title|Part|Act|Category|Grade|Class|Division|Block|"
    r"Interstate|Proposition|Prop\.?|Rule|Regulation|Paragraph|Clause|Bill|Game|Episode|Season|Volume|Vol\.?|"
    r"Page|Level|Phase|Stage|Model|Version|Windows|iPhone|Galaxy|Boeing|Airbus|Pixel|Unit|Track|Line|Lane|"
    r"Channel|Camp|Station|Pier|Hangar|Ward|District|Precinct|Zone|Sector|Type|Mark|Mk\.?|Tu|Su|MiG|Il|An)\s)$"
)
_IDENT_AFTER = re.compile(r"[A-Za-z](?<!\bm)|-[A-Z]|/\d|\.\d|-\d{3,}")
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{3,4}")
_ANAPHOR = re.compile(r"\b(?:the|these|those|both|all|its|their|our|his|her)\s+$", re.I)
_ONE_PRONOUN = re.compile(r"\b(?:no|any|every|some|the|this|that|which|each|anyone|someone)\s+$", re.I)
_UNIT_WORD = re.compile(r"\s*(?:of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?)?([^\W\d][\w'’.-]*)")
_FRACTION = re.compile(r"(?:half|thirds?|quarters?|fifths?)$", re.I)
_YEARLIKE = re.compile(r"(?:1[89]\d\d|20\d\d)$")


@cache
def _grammar() -> _Grammar:
    lex = default_lexicon()
    return _compile(lex)


def _compile(lex: Lexicon) -> _Grammar:
    words = [w for w, (_, t) in lex.number_words.items() if t in ("cardinal", "tens", "vague")]
    scales = trie(w for w, (_, t) in lex.number_words.items() if t == "scale")
    fractions = trie(w for w, (_, t) in lex.number_words.items() if t == "fraction")
    word_num = rf"{trie(words)}(?:[- ]{trie(words)})?"
    scale = rf"(?:\s?{scales}\b|(?<=\d)(?:m|bn|k)\b)"
    starts = frozenset([*words, "a", "an", "several", "few", "tens", "hundreds"])
    atom = re.compile(
        rf"(?<![\w.,])(?:{_DIGITS})(?:{scale})*(?![\w])|"
        rf"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|several|a few|few)[- ]{fractions}|"
        rf"(?:a|several|a few|tens of|hundreds of)\s+{scales}(?:\s{scales})*|"
        rf"(?:tens|hundreds) of (?:thousands|millions)|"
        rf"{word_num}(?:\s{scales})*|a dozen)\b",
        re.I,
    )
    qualifier = re.compile(rf"\b({trie(lex.qualifiers)})\s+$", re.I)
    currency = re.compile(rf"{trie(w for w, (k, _) in lex.units.items() if k == 'money' and not w.isalpha())}\s?$", re.I)
    after = [w for w, (k, _) in lex.units.items() if w.isalpha() or " " in w or w in ("%", "km/h")]
    unit_after = re.compile(rf"(?:\s?(?:-|‑)?\s?)({trie(after)})(?![\w])", re.I)
    return _Grammar(atom, starts, qualifier, currency, unit_after, lex)


def parse_number(text: str, lex: Lexicon | None = None) -> tuple[float, bool] | None:
    """Value of a number expression and whether it is vague; ``None`` if it is not one.

    >>> parse_number("2,500"), parse_number("two-thirds"), parse_number("2.5 million")
    ((2500.0, False), (0.6666666666, False), (2500000.0, False))
    """
    lex = lex or default_lexicon()
    t = text.lower().replace(",", "").replace("‑", "-").strip()
    vague = False
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s?(.*)", t)
    if m:
        value = float(m.group(1))
        rest = m.group(2).split()
    else:
        value, rest = None, re.split(r"[\s-]+", t)
    total, current = 0.0, value
    for w in rest:
        if w in ("a", "an", "of"):
            continue
        if w in ("several", "few"):
            current, vague = 3.0, True
            continue
        if w == "tens":
            current, vague = 20.0, True
            continue
        if w in ("m", "k") and value is not None:
            current = (current or 1.0) * (1e6 if w == "m" else 1e3)
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
            current, vague = (current or 1.0) * v if current else v, True
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
    atoms = [a for a in _atoms(text, g) if not _overlaps(a.start, a.end, taken)]
    out: list[NumberMatch] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        pair = _range_with(text, a, nxt)
        if pair:
            out.extend(_range_matches(text, a, nxt, pair, g))
            i += 2
            continue
        m = _single(text, a, g)
        if m:
            out.append(m)
        i += 1
    return out


def _scan(text: str, g: _Grammar):
    """``g.atom`` matches as ``finditer`` gives them, tried only at digits and number words."""
    last = 0
    for word in _WORD.finditer(text):
        at = word.start()
        if at >= last and (word.group()[0].isdigit() or word.group().lower() in g.starts):
            m = g.atom.match(text, at)
            if m:
                last = m.end()
                yield m


def _atoms(text: str, g: _Grammar) -> list[_Atom]:
    atoms = []
    for m in _scan(text, g):
        s, e = m.start(), m.end()
        surface = m.group()
        before = text[max(0, s - 12) : s]
        after = text[e : e + 4]
        if surface[0].isdigit():
            if _CLOCK.match(text, s) or _PHONE.match(text, s):
                continue
            if _IDENT_BEFORE.search(before) or _IDENT_AFTER.match(after):
                continue
        parsed = parse_number(surface, g.lex)
        if parsed is None:
            continue
        low = surface.lower()
        if low in ("one", "an", "a") or low.startswith("one "):
            if re.match(r"\s+(?:of|another|day|time|point|way|side|hand|another)\b", text[e : e + 12], re.I):
                continue
            if _ONE_PRONOUN.search(text[max(0, s - 12) : s]):
                continue
        if not surface[0].isdigit() and parsed[0] < 11 and _ANAPHOR.search(text[max(0, s - 8) : s]):
            continue
        if surface[0].isupper() and re.search(r"[A-Z][\w]*\s$", before) and not re.search(r"[.!?\"“]\s*$", before[:-1]):
            continue
        if low == "scores" and not re.match(r"\s+of\b", text[e : e + 4]):
            continue
        atoms.append(_Atom(s, e, parsed[0], parsed[1], not surface[0].isdigit()))
    return atoms


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|or)\s*$", re.I)


def _range_with(text: str, a: _Atom, b: _Atom | None) -> str:
    """'between', 'from' or 'dash' when ``a`` and ``b`` form one range expression."""
    if b is None or b.start - a.end > 6:
        return ""
    gap = text[a.end : b.start]
    if not _RANGE_GAP.match(gap):
        return ""
    word = gap.strip().lower()
    before = text[max(0, a.start - 20) : a.start].lower()
    if re.search(r"\bbetween\s+(?:\S+\s+)?$", before) and word == "and":
        return "between"
    if re.search(r"\bfrom\s+(?:\S+\s+)?$", before) and word == "to":
        return "from"
    if word in ("-", "–", "—", "to") and a.value < b.value and not a.vague:
        return "dash"
    if word == "or" and a.value < b.value and (b.value - a.value) <= max(2.0, a.value):
        return "dash"
    return ""


def _prefix(text: str, start: int, g: _Grammar) -> tuple[int, str, str]:
    """Leftward extension of a number: (new start, qualifier, currency symbol)."""
    new_start, qualifier, currency = start, "", ""
    m = g.currency.search(text[max(0, start - 4) : start])
    if m:
        currency = m.group().strip().lower()
        new_start -= len(m.group())
    q = g.qualifier.search(text[max(0, new_start - 24) : new_start])
    if q:
        qualifier = g.lex.qualifiers[re.sub(r"\s+", " ", q.group(1).lower())]
        new_start -= len(q.group())
        new_start = max(new_start, 0)
    return new_start, qualifier, currency


def _suffix(text: str, end: int, currency: str, g: _Grammar) -> tuple[int, str, str]:
    """Rightward extension: (new end, kind, unit) from a unit word or symbol after the number."""
    if currency:
        kind, canon = g.lex.units.get(currency, ("money", "USD"))
        return end, "money", canon
    m = g.unit_after.match(text, end)
    if m:
        word = m.group(1).lower()
        kind, canon = g.lex.units[word]
        if kind == "money" or kind == "percent":
            return m.end(), kind, canon
        if kind == "measure":
            return end, "measure", m.group(1)
    if re.match(r"-(?:year|month|week|day|hour|mile|km|metre|meter|foot)", text[end : end + 8], re.I):
        return end, "measure", ""
    compound = re.match(r"-([a-z]+)\b", text[end : end + 20])
    if compound:
        return end, "count", compound.group(1) + ("" if compound.group(1).endswith("s") else "s")
    return end, "count", ""


def _bounds(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier in ("more than", "at least"):
        return value, INF
    if qualifier in ("less than", "up to"):
        return 0.0, value
    return value, value


def _unit(text: str, end: int) -> tuple[str, int]:
    """The noun phrase written after a count (``'US troops'``) and where it ends."""
    words: list[tuple[str, int, int]] = []
    pos = end
    first = True
    while len(words) < 5:
        m = _UNIT_WORD.match(text, pos)
        if not m or (not first and "of" in text[pos : m.start(1)]):
            break
        if not first and re.search(r"[,;:()\n]", text[pos : m.start(1)]):
            break
        raw = m.group(1)
        if first and raw.lower() in _SKIP_FIRST:
            pos = m.end()
            first = False
            continue
        if raw in _PRONOUN_UNITS:
            return "", end
        w = raw if re.fullmatch(r"(?:[A-Za-z]\.){2,}", raw) else raw.rstrip(".’'")
        if w.lower() in _STOP or (words and w.lower() in _STOP_AFTER_HEAD):
            break
        words.append((w, m.start(1), m.start(1) + len(w)))
        pos = m.end()
        first = False
        if text[pos : pos + 1] in (",", ";", ".", ":", ")") or len(raw) > len(w):
            break
    while words and re.search(r"(?:ed|ing|ly)$", words[-1][0]) and words[-1][0].lower() not in _NOUN_ING:
        words.pop()
    if not words:
        return "", end
    return text[words[0][1] : words[-1][2]], words[-1][2]


_STOP = frozenset(
    """in on at from to for with by during after before since across into under over near than as of
    and or but nor the a an that which who whom whose this these those it its their his her our was were is
    are be been being have has had will would could should may might must can do does did not no percent
    per cent said says told say according while when where if because so than then also only just about
    around some more less most least up down out off times each every per year years month months week
    weeks day days hour hours minute minutes ago later earlier previously since until till via among
    between against within without toward towards amid despite""".split()
)
_SKIP_FIRST = frozenset("more additional extra other further".split())
_PRONOUN_UNITS = frozenset("them those these us you it".split())
_STOP_AFTER_HEAD = frozenset("remain remained remains stay stayed died killed left".split())
_NOUN_ING = frozenset("building buildings meeting meetings killing killings offering offerings".split())


def _single(text: str, a: _Atom, g: _Grammar) -> NumberMatch | None:
    start, qualifier, currency = _prefix(text, a.start, g)
    end, kind, unit = _suffix(text, a.end, currency, g)
    if kind == "count" and not unit:
        unit, unit_end = _unit(text, end)
    else:
        unit_end = end
    if kind == "count" and not unit and _YEARLIKE.match(text[a.start : a.end]):
        return None
    if kind == "count" and _FRACTION.search(text[a.start : a.end]):
        kind, unit = "percent", "percent"
        a = _Atom(a.start, a.end, round(a.value * 100, 2), a.vague, a.word)
    if a.vague:
        qualifier = qualifier or "vague"
        top = 10 ** (math.floor(math.log10(a.value)) + 1) - 1
        low, high = (a.value, top) if qualifier == "vague" else _bounds(a.value, qualifier)
    else:
        low, high = _bounds(a.value, qualifier)
    return NumberMatch(start, end, low, high, qualifier or "exact", kind, unit, unit_end)


def _range_matches(text: str, a: _Atom, b: _Atom, how: str, g: _Grammar) -> list[NumberMatch]:
    start, qualifier, currency = _prefix(text, a.start, g)
    end, kind, unit_word = _suffix(text, b.end, currency, g)
    if kind == "count" and _YEARLIKE.match(text[a.start : a.end]) and _YEARLIKE.match(text[b.start : b.end]):
        return []
    lo_scale = b.value / a.value if a.value and b.value >= 1000 * a.value and a.word == b.word else 1.0
    unit, unit_end = _unit(text, end) if kind == "count" else (unit_word, end)
    if how == "from":
        return [
            NumberMatch(start, a.end, a.value * lo_scale, a.value * lo_scale, "exact", kind, unit, unit_end, "from"),
            NumberMatch(b.start, end, b.value, b.value, "exact", kind, unit, unit_end, "to"),
        ]
    if how == "between" and not qualifier:
        start = text.rfind("between", max(0, a.start - 20), a.start)
        start = start if start >= 0 else a.start
    return [NumberMatch(start, end, a.value * lo_scale, b.value, "between", kind, unit, unit_end)]
