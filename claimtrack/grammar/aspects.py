"""Whether a number gives a level, a change ('an increase of 17'), a rate ('a day'), a peak or what is
usual, and as of when: now, the past ('down from 4,500') or a target ('to 2,500 by Jan. 15').

>>> read_aspect("an increase of ", " troops"), read_tense("down from ", "4,500", " troops", "", "")
('change', 'past')
"""

from __future__ import annotations

import re

TAIL = 40  # the patterns that end at a number are searched in this many characters before it
# a change: 'by', 'an increase of', 'an additional', before the number; 'more', 'fewer' after it
_CHANGE_BEFORE = re.compile(
    r"""
    (?:\bby|\bup|\bdown                                                              # 'by', 'up', 'down'
      | \b(?:increase|decrease|rise|drop|fall|jump|gain|reduction|cut|addition|decline)s?\s+of  # 'an increase of'
      | \badditional|\bextra                                                         # 'an additional'
      | \b(?:gain|add|shed)(?:ed|ing|s)?                                              # 'gained', 'shed'
    )\s+(?:(?:a|an|another|some|about)\s+)?$                                         # 'by some'
    """,
    re.I | re.VERBOSE,
)
# 'by' after a participle names who does something, unless a verb of change comes before it in the
# clause: 'escorted by two tugboats', but 'extended by five days', 'reduced the water stored by 20 pct'
_AGENT_BY = re.compile(
    r"""
    \b[a-z]+(?:ed|en)\s+                                                  # a participle: 'escorted'
    (?:(?:out|off|away|back|in)\s+)?                                      # perhaps a particle: 'out'
    (?:(?:of|from|into|through|across|along|to)\s+(?:the\s+)?[\w-]+\s+)?  # and a place: 'of the waterway'
    by\s+(?:(?:a|an|another|some|about)\s+)?$                            # 'by some'
    """,
    re.I | re.VERBOSE,
)
# 'up' as the particle of a verb, not a rise: 'held up 369 ships', 'make up 40%', 'set up 12 camps'
_PARTICLE_UP = re.compile(
    r"\b(?:hold|held|make|made|set|end|ended|back|backed|sum|summed|tie|tied|pick|picked|take|took|taken"
    r"|build|built|put|line|lined|round|rounded|shore|shored|call|called|open|opened|free|freed)(?:s|ing)?"
    r"\s+up\s+(?:(?:a|an|another|some|about)\s+)?$",
    re.I,
)
_CHANGE_VERB = re.compile(
    r"""
    \b(?:increas|decreas|reduc|rais|lower|cut|drop|jump|climb|declin|slash|trim|surg   # 'reduced',
      | expand|boost|lift|hik|widen|narrow|swell|grow|shr[iau]nk|fall|ris|add           # 'grown',
      | soar|plummet|tumbl|slid|slipp|dipp|advanc|contract|extend|shorten|lengthen      # 'extended',
      | weaken|strengthen|improv|worsen|revalu|devalu|apprecia|deprecia|multipl         # 'revalued',
      | divid|revis|gain|exceed|outnumber|surpass|overestimat|underestimat              # 'outnumbered',
      | beat|beaten|won|lost|fail|miss                                                  # a margin: 'beaten'
    )[a-z]*\s
    """,
    re.I | re.VERBOSE,
)
_CHANGE_AFTER = re.compile(
    r"""
    \s*(?:more|fewer|additional|extra|new)\b                   # right after it: '500 more'
    | \s*(?:[a-z]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|will\s+be)\s+  # its verb, passive: '5 rigs were
      (?:added|cut|eliminated|shed|slashed|trimmed|axed)\b     #   added', '900 jobs will be cut'
    | \s*(?:[a-z]+\s+){0,2}?(?:higher|lower)                   # after its unit: '2 points higher', '5 cents lower'
      (?=\s*(?:[,.;:)]|$|(?:at|than|on|in|to|from|for|after)\b))  # ending its phrase: not 'higher education'
    """,
    re.I | re.VERBOSE,
)
# a change with no object, in whole words: 'fell', 'rose'; a share right after one is the change's size
RISE_FALL = r"""(?:fell|rose|grew|climbed|declined|dropped|shrank|swelled|jumped|surged|soared|slipped|slid
    |plunged|tumbled|skidded|slumped|plummeted|eased|dipped|rise|rises|fall|falls|grow|grows|climbs|declines|drops
    |jumps)"""
_SHARE_CHANGED = re.compile(rf"\b{RISE_FALL}\s+(?:(?:about|some|nearly|almost|roughly|over)\s+)?$", re.I | re.X)
_POINTS = re.compile(r"\s*points?\b", re.I)  # an index's steps ('percentage points' are a share already)
_TO_LEVEL = re.compile(r"\s+to\s+[$€£¥]?\d")  # the level a change reached, right after it: 'rose 19 to 100'
# a rate: so many in a period
_RATE = re.compile(
    r"""
    \b(?:an?|per|each|every)\s+(?P<per>day|week|hour|month)\b           # 'a day', 'per hour'
    | \b(?P<adverb>daily|weekly|hourly|monthly)\b                        # 'daily'
    | \bin\s+(?:the\s+)?(?:past\s+|last\s+)?                               # 'in the past 24 hours',
      (?P<hours>24|48|twenty[\s-]four|forty[\s-]eight)\s+hours\b             # 'in the twenty-four hours'
    """,
    re.I | re.VERBOSE,
)
_ASIDE = re.compile(r"\s*\([^()]*\)")  # an aside in brackets: '£7 billion (€8 billion) of freight'
_RATE_REACH = 60  # a rate this far after a number is its own ...
_CLOSING_REACH = 100  # ... or this far, when it closes the number's clause: 'freight that moves along it weekly,'
_CLOSES = re.compile(r"[,;:.—]|$")  # a mark or the end: the words before it are one clause
_HOURS = {"twenty": "24", "forty": "48"}  # hours written as words, by their first word: 'twenty-four'
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "hourly": "hour", "monthly": "month"}
_PEAK = re.compile(r"\b(?:peak|height)\b", re.I)
# what is usual, not what is: 'normally 70 ships a day'
_USUAL = re.compile(
    r"""
    \b(?:normally|usually|typically|on\s+average           # 'normally', 'on average'
      | in\s+normal\s+times|on\s+a\s+normal\s+day          # 'in normal times', 'on a normal day'
    )\b
    """,
    re.I | re.VERBOSE,
)
_PAST_BEFORE = re.compile(
    r"""
    \b(?:from(?:\s+(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){1,3}of)?  # 'from', 'from the Wednesday estimate of'
      | was|were|had\ been)                                       # 'was'
    \s+(?:(?:an?|the)\s+)?$                                       # perhaps 'a', 'the'
    """,
    re.I | re.VERBOSE,
)
_PAST_WORDS = re.compile(
    r"""
    \b(?:initial(?:ly)?|original(?:ly)?|previous(?:ly)?|earlier|former   # 'initially', 'the former'
      | at\ first|once|at\ one\ (?:point|time)                            # 'at first', 'at one point'
    )\b
    """,
    re.I | re.VERBOSE,
)
_FUTURE = re.compile(
    r"""
    \b(?:will|would|shall                                               # a future
      | plan(?:s|ned)?|aims?|target|goal                                 # a plan: 'plans', 'the goal'
      | expected\s+to|going\s+to|set\s+to|intends?|wants?|would\s+like   # an intent: 'is expected to'
      | by\s+(?:the\s+end|[A-Z])                                         # a deadline: 'by the end', 'by January'
    )
    """,
    re.VERBOSE,
)
_CURRENT = re.compile(r"\b(?:current(?:ly)?|now|still|remaining)\b", re.I)
_CURRENT_AFTER = re.compile(rf"\s*(?:\w+\s+)?{_CURRENT.pattern}", re.I)  # right after the number, a word between
# a future right after the number's phrase: '3,000 troops will remain', '3,500 are expected to stay'
_FUTURE_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:will|would|(?:are|is)\s+(?:expected\s+)?to)\b")


def read_aspect(before: str, after: str, rest: str | None = None, kind: str = "") -> str:
    """Whether a number with the words ``before`` and ``after`` it in its segment gives a 'change',
    what is 'usual', a 'rate', a 'peak' or a 'level'. A rate is read in the words after its unit
    (``rest``, default ``after``): '75 miles per hour' is a speed, not a rate. A share (``kind``
    'percent') or its points right after a verb of change is its size: 'sales rose 5 pct', 'fell 30 points'."""
    tail = before[-TAIL:]
    agent = _AGENT_BY.search(tail) and not _CHANGE_VERB.search(tail)
    if (_CHANGE_BEFORE.search(tail) and not agent and not _PARTICLE_UP.search(tail)) or _CHANGE_AFTER.match(after):
        return "change"
    if (kind == "percent" or _POINTS.match(after) or _TO_LEVEL.match(after)) and _SHARE_CHANGED.search(tail):
        return "change"  # 'sales rose 5 pct', 'the index fell 30 points', 'the count rose 19 to 100'
    if _USUAL.search(tail) or _USUAL.search(after[:TAIL]):
        return "usual"  # 'normally 70 ships a day': what is usual, not what is
    if _rate(after if rest is None else rest):
        return "rate"
    if _PEAK.search(before):
        return "peak"
    return "level"


def _rate(after: str) -> re.Match | None:
    """The rate the words after a number give: near it, or closing its clause, asides in brackets left
    out ('£7 billion (€8 billion) of freight that moves along the old river corridor weekly')."""
    plain = _ASIDE.sub("", after) if "(" in after else after
    m = _RATE.search(plain, 0, _RATE_REACH)
    if m:
        return m
    clause = plain[: _CLOSES.search(plain).start()].rstrip()  # up to its first mark
    m = _RATE.search(clause, 0, _CLOSING_REACH)
    return m if m and m.end() == len(clause) else None


def rate_period(after: str) -> str:
    """The period of a rate the words after a number give ('a day', 'hourly', 'in the past 24 hours')."""
    m = _rate(after)
    if m.group("per"):
        return m.group("per").lower()
    if m.group("adverb"):
        return _RATE_ADVERBS[m.group("adverb").lower()]
    hours = re.split(r"[\s-]", m.group("hours").lower())[0]
    return f"{_HOURS.get(hours, hours)} hours"


def per_item(rest: str) -> str:
    """What a sum is the price of, from the words right after its unit ('$69 a share', '75 cents per
    barrel'): 'share', 'barrel'; '' for a sum of no item. A price is not the total it multiplies into."""
    m = _PER_ITEM.match(rest)
    return (m.group("item") or m.group("any")).lower().removesuffix("s") if m else ""


# right after a sum: 'per' and any noun, or 'a' and a thing priced by the item
_PER_ITEM = re.compile(
    r"""
    (?:\s*(?:in\s+)?cash)?                                  # perhaps how it is paid: '52 dlrs cash per share'
    (?:
      [\s-]*(?:per|an?)[\s-]+                                # 'per', 'a', '-a-': '65 dlr-a-share'
      (?P<item>share|barrel|tonne|ton|ounce|bushel|gallon|litre|liter|pound|head|person|unit)s?\b
    | \s*per\s+(?P<any>[a-z]+)\b                            # 'per' any noun: 'per vehicle'
    )
    """,
    re.I | re.VERBOSE,
)


def read_tense(before: str, own: str, after: str, clause: str, direction: str) -> str:
    """Whether a number is 'past', 'current' or a 'target', from the words ``before`` it in its segment,
    its ``own`` phrase, the words ``after`` its unit, the ``clause`` before it and the ``direction`` it
    is read in ('from' a past value)."""
    if direction == "from" or (_PAST_BEFORE.search(before[-TAIL:]) and "current" not in own.lower()):
        return "past"
    if _PAST_WORDS.search(own) or _PAST_WORDS.search(before[-30:]):
        return "past"
    if _CURRENT.search(own) or _CURRENT.search(before[-30:]) or _CURRENT_AFTER.match(after):
        return "current"
    if _FUTURE.search(clause) or _FUTURE_AFTER.match(after):
        return "target"
    return "current"
