"""Thread labels an editor would write, from a thread's key: 'US troops in Iraq', 'Deaths in Maui',
'Deadline for the US in Afghanistan', 'Grounding in Suez Canal'.

The words come from the lexicon's ``labels`` table (event names, state phrases, abbreviations).

>>> from claimtrack.stages.keys import Key
>>> count_label(Key("count", "", "us", "troops", "iraq", "level", ""))
'US troops in Iraq'
>>> count_label(Key("count", "killed", "", "people", "maui", "level", ""))
'Deaths in Maui'
>>> count_label(Key("count", "", "us", "troops", "airport", "level", ""))
'US troops at the airport'
>>> count_label(Key("count", "injured", "us", "troops", "al-asad", "level", ""))
'US troops injured in Al-Asad'
>>> count_label(Key("money", "", "", "westbound usd per day", "", "rate", ""))
'Westbound amount (USD) per day'
>>> count_label(Key("money", "demanded", "", "usd", "", "part", ""))
'Part of demanded (USD)'
>>> count_label(Key("money", "offered", "dixons", "usd per share", "", "level", ""))
'Offered by Dixons (USD per share)'
>>> count_label(Key("money", "offered", "gaf", "usd", "", "level", ""))
'Offered by GAF (USD)'
>>> date_label(Key("date", "deadline", "us", "", "afghanistan", "deadline", "2500"))
'Deadline for the US in Afghanistan to reach 2,500'
>>> date_label(Key("date", "deadline", "us", "", "iraq", "deadline", "combat"))
'Deadline for the US in Iraq (end of combat)'
>>> date_label(Key("date", "deadline", "uk", "", "uk", "deadline", ""))
'Deadline for the UK'
>>> date_label(Key("date", "stay", "", "run", "bavaria", "deadline", ""))
'‘Run until’ date in Bavaria'
"""

from __future__ import annotations

from ..grammar.date_deadlines import STAY, THINGS
from ..grammar.lexicon import Lexicon, default_lexicon
from ..grammar.places import FACILITIES
from .date_threads import ENDINGS
from .keys import Key

_SMALL = frozenset("of the and in on at to for a an".split())
_THE = frozenset("us uk un eu coalition".split())  # groups named with 'the': 'for the US', but 'for NATO'


def count_label(k: Key, lex: Lexicon | None = None) -> str:
    """The label of a number thread."""
    lex = lex or default_lexicon()
    state = lex.labels.get(("state", k.state), k.state)
    noun, _, period = k.noun.partition(" per ")  # a rate's noun carries its period ('usd per hour'), a price its item
    k = k._replace(noun=noun)
    if k.kind == "money":  # its noun is its currency, after what it is of: 'westbound usd'
        *of, currency = k.noun.split() or [""]
        item = f" per {period}" if period and k.aspect != "rate" else ""  # a price: 'Offered (USD per share)'
        whose = f" by {_name(k.group, lex)}" if k.group else ""  # a bidder's offer: 'Offered by Dixons'
        head = " ".join((*of, state or "amount")) + f"{whose} ({currency.upper()}{item})"
    elif k.kind == "percent":
        head = f"{state.capitalize() if state else 'Share'} (%)"
    elif k.kind == "measure":
        head = f"{state.capitalize()} ({k.noun})" if state else k.noun.capitalize()
    else:
        head = _count_head(k, state, lex)
    if k.aspect == "change":
        head = f"Change in {_lower_first(head)}"
    elif k.aspect == "rate":
        head = f"{head} per {period or 'day'}"
    elif k.aspect == "usual":
        head = f"{head}, usually"
    elif k.aspect == "peak":
        head = f"Peak of {_lower_first(head)}"
    elif k.aspect == "part":
        head = f"Part of {_lower_first(head)}"
    return _finish(head, k, lex)


def _count_head(k: Key, state: str, lex: Lexicon) -> str:
    """Who is counted and their state: 'US troops withdrawn', 'Deaths', 'Casualties among US troops'."""
    if k.state == "killed" and k.noun in ("", "people") and not k.group:
        return "Deaths"
    who = " ".join(w for w in (_name(k.group, lex), lex.labels.get(("noun", k.noun), k.noun)) if w)
    if k.state == "casualties":  # a noun, not a participle
        return f"Casualties among {who}" if who and who != "people" else "Casualties"
    return f"{who or 'People'} {state}".strip()


def date_label(k: Key, lex: Lexicon | None = None) -> str:
    """The label of a date thread."""
    lex = lex or default_lexicon()
    event = lex.labels.get(("event", k.state), k.state.capitalize() or "Date")
    *whose, thing = k.noun.split() or [""]  # what a date ends, and whose: 'emery offer'
    if k.state == STAY and k.noun:  # the end of a state, in the article's words: '‘Run until’ date'
        head = f"‘{k.noun.capitalize()} until’ date"
    elif thing in THINGS and k.state in ENDINGS:  # 'End of Emery's offer', 'End of the truce'
        head = f"End of {whose[0].capitalize()}'s {thing}" if whose else f"End of the {thing}"
    elif k.aspect == "deadline":
        head = "Deadline" if k.state == "deadline" else f"{event} deadline"
        if k.group:
            head += f" for {'the ' if k.group in _THE else ''}{_name(k.group, lex)}"
            k = k._replace(place="" if k.place == k.group else k.place)  # not 'for the UK in UK'
    else:
        head = event
    words = k.era.split()  # a deadline's target level, then its phase: '2500 second', 'combat'
    target = words.pop(0) if words and words[0].replace(".", "", 1).isdigit() else ""
    phase = " ".join(words)
    label = _finish(head, k._replace(era=""), lex)
    if target:
        label += f" to reach {float(target):,.0f}"
    if phase:
        label += f" ({lex.labels.get(('phase', phase), f'{phase} phase')})"
    return label


def _finish(head: str, k: Key, lex: Lexicon) -> str:
    label = head[:1].upper() + head[1:]
    if k.place in FACILITIES:  # a site named by what it is: 'at the airport'
        label += f" at the {k.place}"
    elif k.place:
        label += f" in {_place(k.place, lex)}"
    if k.era:
        label += f" ({k.era})"
    return label


def _place(place: str, lex: Lexicon) -> str:
    """A place as a label writes it: 'Kabul Airport', 'Al-Asad', 'Isle of Man'."""
    words = place.split()
    return " ".join(
        lex.labels.get(("place", w), w if i and w in _SMALL else "-".join(p[:1].upper() + p[1:] for p in w.split("-")))
        for i, w in enumerate(words)
    )


def _name(group: str, lex: Lexicon) -> str:
    """A group as a label writes it: by the lexicon, else a word of three letters as an acronym ('GAF')."""
    words = group.split()
    return " ".join(lex.labels.get(("place", w)) or (w.upper() if len(w) <= 3 else w.capitalize()) for w in words)


def _lower_first(text: str) -> str:
    return text if text[:2].isupper() else text[:1].lower() + text[1:]
