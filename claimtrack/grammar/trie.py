"""``trie``: an alternation of words as a prefix-sharing regex, far faster than ``a|b|c`` in ``re``.

>>> import re
>>> bool(re.fullmatch(trie(["one", "only", "two"]), "only"))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the given words (longest first at each branch); of no
    words, one that matches nothing (an empty pattern would match everywhere)."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(root) if root else "(?!)"


def _render(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
