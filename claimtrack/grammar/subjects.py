"""Canonical words: phrases with aliases applied (``American forces`` -> ``us troops``) and the
named entities of a sentence. What a number measures is read in :mod:`claimtrack.grammar.measures`, what
a date is about in :mod:`claimtrack.grammar.date_events`."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import Lexicon, default_lexicon
from .periods import MONTHS, TIME_ZONES, WEEKDAYS

NOT_PLACES = frozenset((*MONTHS, *WEEKDAYS, *TIME_ZONES, "washington's"))  # capitalised words that are not places
_POSSESSIVE = re.compile(r"[’']s\b")
# a run of capitalised words on one line (a table's labels are one to a line); the capital leads: a fast scan
_NAMES = re.compile(r"[A-Z](?<=\b[A-Z])(?:[\w’'-]+|(?<=U)\.S\.)(?:[^\S\n]+[A-Z][\w’'-]+)*")
_LINE_START = re.compile(r"\n[^\S\n]*$")  # what precedes a word that begins a line
_SCALE_AFTER = re.compile(r"\s+scale\b")  # what follows the name of a scale
_DEGREES_BEFORE = re.compile(r"\bdegrees\s+$")  # what precedes the name of a scale of temperature
_STOP_ENTITIES = frozenset(
    """The A An In On At But And Or After Before Since During While When If As It He She They We I This That These
    Those His Her Their Its There Here Most Many Some Two Three""".split()
)
# Words of office before a person's name: the person is named by surname ('Gov. Josh Green' -> 'green').
# the words of people who speak for others or weigh a decision: 'officials', 'a spokesman', 'planners',
# and of those a market story quotes: 'one trader', 'two dealers'
_ROLES = """official spokesman spokeswoman spokesperson minister ministry source analyst expert report reporter
    planner diplomat lawmaker trader dealer broker banker economist"""
ROLE_WORDS = re.compile(rf"\b(?:{'|'.join(_ROLES.split())})s?\b", re.I)
TITLES = frozenset(
    """Mr Mrs Ms Dr Gen General Lt Col Maj Capt Adm President Prime Minister Secretary Mayor Gov Governor Sen Senator
    Rep Representative Chief Commander Chairman Chairwoman Director Ambassador Spokesman Spokeswoman Judge Justice
    King Queen Prince Pope Sheikh""".split()
)


def canonical(phrase: str, lex: Lexicon | None = None) -> str:
    """Lower-case ``phrase`` with aliases applied, longest alias first.

    >>> canonical("American service members")
    'us troops'
    """
    return _canonical(phrase, lex or default_lexicon())


@lru_cache(maxsize=65536)
def _canonical(phrase: str, lex: Lexicon) -> str:
    words = _POSSESSIVE.sub("", phrase.lower()).replace("’", "'").split()
    starts = _alias_starts(lex)
    out: list[str] = []
    i = 0
    while i < len(words):
        lead = words[i].lstrip(".,;:")
        if lead not in starts and lead.rstrip(".,;:") not in starts:
            out.append(words[i].strip('.,;:"“”'))
            i += 1
            continue
        for n in (3, 2, 1):
            chunk = " ".join(words[i : i + n]).strip(".,;:")
            if len(words[i : i + n]) == n and chunk in lex.aliases:
                out.append(lex.aliases[chunk])
                i += n
                break
        else:
            out.append(words[i].strip('.,;:"“”'))
            i += 1
    deduped = [w for j, w in enumerate(out) if w and (j == 0 or w != out[j - 1])]
    return " ".join(deduped)


@cache
def _alias_starts(lex: Lexicon) -> frozenset[str]:
    """The first words of the aliases: a word that is none of them starts no alias."""
    return frozenset(alias.split(" ")[0] for alias in lex.aliases)


# A company's legal form ('Co', 'Inc', 'Ltd') names no company: a name of these words alone tells nothing.
LEGAL_FORMS = frozenset("co corp inc ltd plc llc lp ag sa nv gmbh".split())
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{1,2}")  # 'E.F.', 'J.': no name by itself


def owner_word(name: str) -> str:
    """The word an owner's name is keyed by: its first word that is no initial nor legal form, in lower
    case ('E.F. Hutton LBO Inc': 'hutton', 'GAF Corp': 'gaf'), so that a deadline's owner and a bidder
    are keyed alike."""
    words = [w.lower().strip(".") for w in name.split() if not _INITIALS.fullmatch(w)]
    return next((w for w in words if w not in LEGAL_FORMS), "")


def name_spans(sentence: str, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """Where the sentence names someone or something: ``(start, end, canonical name)``, in order.

    >>> name_spans("Since Kadhimi took over in May")
    [(0, 13, 'kadhimi')]
    """
    lex = lex or default_lexicon()
    lead = _LEAD.match(sentence)
    skip = lead.end() if lead else -1  # a single capitalised word opening the sentence is any word
    found = []
    for m in _NAMES.finditer(sentence):
        run = m.group()
        if " " not in run and _LINE_START.search(sentence, max(0, m.start() - 12), m.start()):
            continue  # so is one opening a line: a table's label ('Shr', 'Revs'), not a name
        if _SCALE_AFTER.match(sentence, m.end()) or _DEGREES_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue  # a unit of measure named for someone: 'the Richter scale', 'degrees Celsius'
        titled = _TITLE_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) is not None  # 'Gen. Austin Miller'
        if " " in run and _TITLE_OF_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            run, titled = run.split(" ", 1)[1], True  # 'Secretary of Defense Mark Esper': the office's name first
        name = _entity(run, lex, titled) if m.start() != skip or " " in m.group() else None
        if name:
            found.append((m.start(), m.end(), name))
    return found


def names(sentence: str, lex: Lexicon | None = None) -> str:
    """The named entities of a sentence, canonical, sorted and joined by ', ' (months, weekdays and
    sentence-initial words left out): what tells one event from another of the same kind.

    >>> names("The US invaded Iraq in 2003")
    'iraq, us'
    """
    return ", ".join(sorted({name for _s, _e, name in name_spans(sentence, lex)}))


_LEAD = re.compile(r"[\s\"“‘'(•—-]*")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(TITLES))})\.?\s+$")
_TITLE_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(TITLES))})\s+of\s+(?:the\s+)?$")


def opening_name(text: str, s0: int, left: int) -> str:
    """The capitalised word that opens the sentence at ``s0``, when it opens the date's segment and the
    article writes it capitalised inside a sentence too: a name, not any word ('Officials', 'Troops')."""
    m = _OPENING_WORD.match(text, s0)
    if m is None or left > m.end():
        return ""
    return m.group(1).lower() if re.search(rf"[a-z,]\s+{re.escape(m.group(1))}\b", text) else ""


_OPENING_WORD = re.compile(r"\s*([A-Z][a-z][\w’'-]+)\s+[a-z]")  # 'Pierluisi was ...'


@cache
def countries(lex: Lexicon) -> frozenset[str]:
    """The lexicon's countries as places are keyed ('United States' -> 'us')."""
    return frozenset(canonical(name, lex) for name in lex.countries)


@lru_cache(maxsize=65536)
def _entity(name: str, lex: Lexicon, titled: bool = False) -> str | None:
    """The canonical entity a capitalised run of words names, if any: a person after a title (in it,
    or right before it if ``titled``) or a nation by surname, as later sentences name them ('US
    Defense Secretary Mark Esper' -> 'esper')."""
    words = [
        w
        for w in _POSSESSIVE.sub("", name).split()
        if w not in _STOP_ENTITIES and w.lower() not in NOT_PLACES and w.lower() not in lex.qualifiers
    ]
    offices = [i for i, w in enumerate(words) if w.rstrip(".") in TITLES]
    if offices:
        words = words[offices[-1] + 1 :]
    company = bool(words) and words[-1].lower().rstrip(".") in LEGAL_FORMS  # 'American Motors Corp'
    words = words[:-1] if company and len(words) > 1 else words
    if not words:
        return None
    person = not company and (titled or bool(offices) or (len(words) > 1 and words[0].lower() in lex.nations))
    return _canonical(words[-1] if person else " ".join(words), lex)
