"""Whose offer a sum is: the bidder a sentence names for an offered price, so that two bidders'
offers for one company are two threads, not one offer that rose and fell; and a sum a company
raises by selling securities ('an offering of 350 mln dlrs of notes') is an issue, not an offer.

>>> text = "Dixons said its offer of 90.25 dlrs tops the 92.50 dlr offer from Cyacq Acquisition Corp."
>>> cyacq = text.index("92.50 dlr")
>>> offer_owner(text, 0, text.index("90.25"), text.index(" dlrs tops")), offer_owner(text, 0, cyacq, cyacq + 9)
('dixons', 'cyacq')
>>> read_offer("It filed for an offering of 350 mln dlrs of notes.", 0, 28, 40, ("money", "offered"))
('issued', '')
"""

from __future__ import annotations

import re

from .subjects import owner_word

# a name: capitalised words, the first not an article, a pronoun or a day ('GAF Corp', 'Audio/Video Affiliates
# Inc'), perhaps with its ticker ('<NSC>', '(NYSE: TWA)'); no comment inside, as the patterns below embed it
_NAME = r"""(?<![\w.&/-])(?P<name>
    (?!(?:The|A|An|It|Its|Their|This|That|He|She|They|We|In|On|At|For|But|And|If|When|After|Under)\b)
    (?!(?:Yesterday|Today|Tomorrow|Earlier|Later|Last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
    (?:[A-Z][\w.&/-]*\s+){0,3}[A-Z][\w.&/-]*)
    (?:\s*(?:<|&lt;)[A-Z.]{1,6}>|\s+\([A-Z.:\s]{1,12}\))?"""
_OWNER_BEFORE = [
    # "Dixon's offer of", "Cyacq's higher", "GAF Corp's": an owner of the phrase the sum opens or ends
    re.compile(
        rf"""
        {_NAME}['’]s?\s+(?:(?:<|&lt;)[A-Z.]{{1,6}}>\s+)?          # the owner: "GAF Corp's", "TWA Inc's <TWA>"
        (?:[a-z-]+\s+){{0,2}}?                                   # modifiers: 'higher', 'increased'
        (?:(?:offer|bid|proposal)\s+                            # perhaps 'offer of', 'offer to buy X for'
          (?:to\s+(?:acquire|buy)\s+(?:[\w.&/-]+\s+){{1,3}}?)?(?:of|for|at)\s+(?:about\s+|some\s+)?)?$
        """,
        re.VERBOSE,
    ),
    # 'a Theta Corp offer of': the name before the offer it is an adjective of
    re.compile(
        rf"""
        \b(?:a|an|the)\s+{_NAME}\s+(?:[a-z-]+\s+)?              # 'a Theta Corp', perhaps 'tender'
        (?:offer|bid|proposal)\s+of\s+(?:about\s+|some\s+)?$    # 'offer of'
        """,
        re.VERBOSE,
    ),
    # 'an offer from Norfolk Southern Corp <NSC> of': the bidder between the offer and its price
    re.compile(rf"\b(?:offer|bid|proposal)\s+from\s+(?:the\s+)?{_NAME}\s+of\s+(?:about\s+|some\s+)?$", re.VERBOSE),
    # 'GAF had offered', 'Dixons, which is offering', 'Dixons, which has a': the verb's subject
    re.compile(
        rf"""
        {_NAME}(?:\s*,[^,.;]{{1,60}},)?                           # perhaps an aside: ', backed by ...,'
        (?:\s*,\s*which|\s+(?:said\s+it|has|had|have|will|would|is|was|also|previously|initially|now))*
        \s+(?:offered|offering|offers|bid|bids|(?:has|had|made|launched)\s+an?)\s+(?:about\s+|some\s+|up\s+to\s+)?$
        """,
        re.VERBOSE,
    ),
]
# 'its 92.50 dlr offer', 'raised its tender offer for Cyclops to': the sentence's subject owns the offer
_ITS = re.compile(
    r"""
    \bits\s+(?:[a-z-]+\s+){0,2}?                                  # 'its', modifiers: 'outstanding'
    (?:(?:offer|bid|proposal)\s+                                    # perhaps its offer
      (?:(?:for|to\s+acquire|to\s+buy)\s+(?:[\w./&-]+\s+){1,3})?  # for what: 'for Cyclops'
      (?:to|of)\s+(?:about\s+)?)?$                                 # 'to', 'of'
    """,
    re.VERBOSE,
)
# 'a sweetened offer of 92.50 dlrs per share from Cyacq', 'the 90.25 dlr price offered by Dixons': the
# bidder named after the price
_FROM_AFTER = re.compile(
    rf"""
    ^(?:\s+[a-z\d][\w.-]*){{0,7}}?\s+            # a few words: 'per share', 'a share price', 'or 268 mln dlr offer'
    (?:from|(?:offered|bid)\s+by)\s+(?:the\s+)?  # 'from', 'offered by'
    {_NAME}
    """,
    re.VERBOSE,
)
OFFERED = "offered"  # the state of an offered price, whose bidder this module reads
ISSUED = "issued"  # the state of a sum raised by an offering of securities
# an offering of securities, not a bid: 'an offering of', before the sum, or 'offering' as the noun it modifies
_ISSUE_BEFORE = re.compile(r"\b(?:offering|issue)\s+of\s+(?:about\s+|up\s+to\s+|some\s+)?$", re.I)
_ISSUE_AFTER = re.compile(
    r"""
    (?:\s+[a-z-]+){0,2}?                                            # a few words: 'initial public'
    \s+(?:public\s+|rights\s+|debt\s+|stock\s+|share\s+|bond\s+|note\s+)*  # what is offered: 'debt'
    offerings?\b                                                   # 'offering'
    """,
    re.I | re.VERBOSE,
)
_REACH = 120  # the owner's words stand this near the sum
_NAMES = re.compile(_NAME, re.VERBOSE)


def read_offer(text: str, s0: int, start: int, end: int, read: tuple[str, str]) -> tuple[str, str]:
    """The state and the bidder of a number at ``text[start:end]``, of the kind and state ``read``: a sum
    whose clause speaks of an offer is ``ISSUED`` by no bidder if it is an offering of securities, else
    ``OFFERED`` by the bidder :func:`offer_owner` reads; any other number keeps its state and has no bidder."""
    kind, state = read
    if kind != "money" or state != OFFERED:
        return state, ""
    if _ISSUE_BEFORE.search(text, max(s0, start - 40), start) or _ISSUE_AFTER.match(text, end):
        return ISSUED, ""
    return OFFERED, offer_owner(text, s0, start, end)


def offer_owner(text: str, s0: int, start: int, end: int) -> str:
    """The bidder of the offered sum at ``text[start:end]`` (its unit included) in the sentence that
    starts at ``s0``, keyed as an owner is (:func:`claimtrack.grammar.subjects.owner_word`: 'gaf' for
    'GAF Corp'), '' if none."""
    before = text[max(s0, start - _REACH) : start]
    for pattern in _OWNER_BEFORE:
        if m := pattern.search(before):
            return owner_word(m.group("name"))
    if its := _ITS.search(before):
        return owner_word(_subject(text, s0, start - len(before) + its.start()))
    if m := _FROM_AFTER.match(text[end : end + _REACH]):
        return owner_word(m.group("name"))
    return ""


def _subject(text: str, s0: int, its: int) -> str:
    """Whom 'its' at ``its`` stands for: the last name before it that a verb follows ('CYACQ would
    terminate its'), else the sentence's first name ('Cyacq Corp, an investor group bidding for Cyclops
    Corp, said it amended its')."""
    names = list(_NAMES.finditer(text, s0, its))
    acting = [m for m in names if _VERB_AFTER.match(text, m.end())]
    found = acting[-1] if acting else names[0] if names else None
    return found.group("name") if found else ""


_VERB_AFTER = re.compile(r"\s+(?:would|will|said|says|has|had|is|was|[a-z]+ed)\b")
