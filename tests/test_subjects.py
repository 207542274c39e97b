"""subjects: the names a sentence gives (what tells one event or story from another) and canonical keys."""

from __future__ import annotations

import pytest

from claimtrack.grammar.subjects import name_spans, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The US invaded Iraq in 2003.", "iraq, us"),
        # a capitalised word opening the sentence is any word; a run of several is a name
        ("Officials said the Ocean Pearl left Port Halden.", "ocean pearl, port halden"),
        ("Port Halden reopened on Friday.", "port halden"),
        # a person after a title is named by surname
        ("Defense Secretary Mark Esper spoke.", "esper"),
        # a company is named without its legal form, and is no person of a nation however it opens
        ("The board of Velm Motors Corp met.", "velm motors"),
        ("American Velm Corp said it would sell 2 plants.", "us velm"),
        # a table's labels, one to a line, are no names; a name inside a line still is
        ("Shr 12 cts vs 15 cts\n    Net 5,000 vs 4,000\n    Revs 12 mln vs 11 mln", ""),
        ("Results of Brenner Trust\n    Net 5,000 vs 4,000", "brenner trust"),
        # a line break ends a run of capitalised words: the label after it is not part of the name
        ("Orders at Carro Mill\nYear\nShr 1.20 dlrs", "carro mill"),
        # a scale named for someone names no one: every earthquake is read on it
        ("A quake of 6.1 on the Richter scale hit Peru, at 40 degrees Fahrenheit.", "peru"),
    ],
)
def test_names(sentence, expected):
    assert names(sentence) == expected


def test_name_spans_index_the_sentence():
    sentence = "Troops left, and Gen. Frank McKenzie said so."
    [(start, end, name)] = name_spans(sentence)
    assert (sentence[start:end], name) == ("Frank McKenzie", "mckenzie")
