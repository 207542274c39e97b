"""The machinery of the date grammar against its plain reading: the scan that tries each pattern
only after its heads finds what a scan of every pattern at every position finds, and every pattern
has its resolver."""

from __future__ import annotations

from test_date_subject import CASES as SUBJECT_CASES
from test_dates import CASES

from claimtrack.grammar.date_patterns import PATTERNS
from claimtrack.grammar.date_resolvers import RESOLVERS
from claimtrack.grammar.date_scan import scan, scanner
from claimtrack.grammar.date_subject import SUBJECT_RESOLVERS


def _texts_for_scan() -> list[str]:
    """The tables' sentences, counts of time after 'in' and text with letters beyond ASCII, upper- and
    lower-cased too, the seeds, and 300 Reuters bodies."""
    import gzip
    import json

    from conftest import need_shared

    shared = need_shared()
    texts = [row.values[0] if hasattr(row, "values") else row[0] for row in CASES + SUBJECT_CASES]
    texts += ["He will leave in a few days, not in a couple of weeks.", "It ends in 1,000 years or in 5 hours."]
    texts += ["İstanbul, 3 May 2021 — talks in Zürich end «by the end of the year», 26 July"]
    texts += ["café 2003 née 1990s ñ 8 March; Straße 1987 people"]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    texts += [p.read_text("utf-8") for p in sorted((shared / "seeds").iterdir()) if p.is_file()]
    with gzip.open(shared / "corpora" / "reuters21578" / "json-data" / "reut2-000.json.gz", "rt") as fh:
        texts += [d["body"] for d in json.load(fh)[:300]]
    return texts


def test_candidate_scan_finds_what_a_full_scan_finds():
    """The scan tries each date pattern only after the words it can begin with (the heads listed in
    ``PATTERNS``): it must give exactly the matches of the patterns' plain alternation, so a
    pattern edited to begin with a new word fails here until its heads say so."""
    full = scanner(frozenset(name for name, _, _ in PATTERNS))
    for text in _texts_for_scan():
        expected = [(m.span(), m.lastgroup) for m in full.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in scan(text)] == expected, text[:200]


def test_every_pattern_has_one_resolver():
    """A pattern without a resolver would find dates that ``find_dates`` then cannot read."""
    assert not set(RESOLVERS) & set(SUBJECT_RESOLVERS)
    assert set(RESOLVERS) | set(SUBJECT_RESOLVERS) == {name for name, _, _ in PATTERNS}
