"""The number vocabulary: every word of ``lexicons/number_words.csv`` reads as its own value, and the
phrases the grammar builds of them read and are found as numbers."""

from __future__ import annotations

import pytest

from claimtrack.grammar.lexicon import default_lexicon
from claimtrack.grammar.number_words import parse_number
from claimtrack.grammar.numbers import find_numbers

LEX = default_lexicon()


@pytest.mark.parametrize("word", sorted(LEX.number_words))
def test_each_number_word_reads_as_its_value(word):
    value, kind = LEX.number_words[word]
    assert parse_number(word) == (pytest.approx(value), kind in ("vague", "few"))


@pytest.mark.parametrize(
    ("text", "value", "vague"),
    [
        ("several hundred", 300, True),
        ("a few thousand", 3000, True),
        ("tens of thousands", 20_000, True),
        ("hundreds of millions", 2e8, True),
        ("two-thirds", 2 / 3, False),
        ("half a million", 5e5, False),
        ("forty-two", 42, False),
        ("5m", 5e6, False),
        ("20k", 2e4, False),
        ("1.2bn", 1.2e9, False),
        ("3tn", 3e12, False),
        ("2.5 million", 2.5e6, False),
    ],
)
def test_phrases_read(text, value, vague):
    assert parse_number(text) == (pytest.approx(value), vague)


@pytest.mark.parametrize("text", ["the troops", "seven seas of", "million-ish", ""])
def test_no_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("Several hundred people gathered.", "Several hundred", 300),
        ("A few thousand troops remain.", "A few thousand", 3000),
        ("Tens of thousands of people fled.", "Tens of thousands", 20_000),
        ("Two-thirds of voters agreed.", "Two-thirds", 66.67),
    ],
)
def test_phrases_found(text, surface, low):
    (m,) = find_numbers(text)
    assert (text[m.start : m.end], m.value_low) == (surface, pytest.approx(low, abs=0.01))


@pytest.mark.parametrize(
    "text",
    [
        "Several people gathered.",  # 'several' alone is no number
        "Tens of people gathered.",  # nor 'tens'
        "Few hundred remain.",  # nor 'few' without 'a' before a scale
        "Flight 93 crashed.",  # a label
        "The Boeing 747 landed.",  # a name
        "The F-35 flew.",  # a letter and a dash
        "Call 555-0143 today.",  # a phone number
    ],
)
def test_not_quantities(text):
    assert find_numbers(text) == []
