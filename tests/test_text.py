"""claimtrack.grammar.text: sentence and paragraph spans as offsets into the unchanged text (``split_sentences``,
``Sentences``) and ``folded``, lower case that keeps every offset."""

from __future__ import annotations

import pytest

from claimtrack.grammar.text import Sentences, folded, split_sentences


def sentences(text):
    s = split_sentences(text)
    return [text[a:b] for a, b in zip(s.starts, s.ends, strict=True)]


SPLITS = [
    # a period before a capital ends a sentence; 'Ms.' is an abbreviation and does not
    ("Ms. Okafor arrived. She brought 40 boxes.", ["Ms. Okafor arrived.", "She brought 40 boxes."]),
    # 'U.S.' inside a sentence does not end it, a later period does
    ("The U.S. Navy sent 12 ships. They sailed at dawn.", ["The U.S. Navy sent 12 ships.", "They sailed at dawn."]),
    # 'Gen.' before a name does not end a sentence
    ("Gen. Okafor spoke first. Others followed.", ["Gen. Okafor spoke first.", "Others followed."]),
    # 'Jan.' before a day number does not end a sentence (a digit may start one otherwise)
    ("On Jan. 9 the ships sailed. Few returned.", ["On Jan. 9 the ships sailed.", "Few returned."]),
    # a decimal point is no boundary (no space after it)
    ("Inflation hit 4.5 percent. Prices rose.", ["Inflation hit 4.5 percent.", "Prices rose."]),
    # a decimal just before the full stop
    ("The index rose 1.25. Then it fell.", ["The index rose 1.25.", "Then it fell."]),
    # single-letter initials do not end a sentence
    ("A. J. Okafor spoke. Others listened.", ["A. J. Okafor spoke.", "Others listened."]),
    # 'a.m.' before a lower-case word and 'No.' before a number stay inside the sentence
    ("It began at 9 a.m. on Friday. Pier No. 5 closed.", ["It began at 9 a.m. on Friday.", "Pier No. 5 closed."]),
    # 'e.g.' before a capital stays inside the sentence
    ("Ports, e.g. Lagos, closed. Ships waited.", ["Ports, e.g. Lagos, closed.", "Ships waited."]),
    # a closing straight quote belongs to the sentence it ends
    ('She said, "We are ready." Then she left.', ['She said, "We are ready."', "Then she left."]),
    # a closing curly quote too
    ("She said “We are ready.” Then she left.", ["She said “We are ready.”", "Then she left."]),
    # an opening quote starts the next sentence
    ('She left. "It is over," she said.', ["She left.", '"It is over," she said.']),
    # question and exclamation marks end sentences
    ("Is it over? It is not! Talks resume.", ["Is it over?", "It is not!", "Talks resume."]),
    # an ellipsis is one boundary
    ("Wait... Nobody came.", ["Wait...", "Nobody came."]),
    # an opening bracket starts the next sentence, a closing one ends its own
    ("Ships left. (Two stayed.) Crews rested.", ["Ships left.", "(Two stayed.)", "Crews rested."]),
    # a sentence may start with a digit
    ("It ended in 2019. 2020 was calm.", ["It ended in 2019.", "2020 was calm."]),
    # a lower-case word after a period does not start a sentence
    ("It cost 5 dollars. then more came.", ["It cost 5 dollars. then more came."]),
    # wire copy: a single line break inside a sentence does not end it
    ("LAGOS (Wire) -\nShips left the port\non Friday.", ["LAGOS (Wire) -\nShips left the port\non Friday."]),
    # a line break after a full stop is space like any other
    ("Ships left.\nCrews rested.", ["Ships left.", "Crews rested."]),
    # a blank line ends a headline that has no full stop
    ("Ships leave port\n\nShips left on Friday.", ["Ships leave port", "Ships left on Friday."]),
    # a blank line of spaces, and Windows line ends, are paragraph breaks too
    ("Ships left\r\n \r\nCrews rested", ["Ships left", "Crews rested"]),
    # leading and trailing space is in no sentence; two spaces or a tab between sentences are skipped
    ("  Ships left.  Crews rested.\tPorts closed.  ", ["Ships left.", "Crews rested.", "Ports closed."]),
    # no end punctuation: the whole text is one sentence
    ("Ships left the port", ["Ships left the port"]),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_spans_index_the_original_text():
    # offsets index the unchanged text: spans are in order, do not overlap, leave only space between and
    # around them, and neither start nor end on space
    for text, expected in SPLITS:
        s = split_sentences(text)
        spans = list(zip(s.starts, s.ends, strict=True))
        assert [text[a:b] for a, b in spans] == expected
        edges = [0, *[x for span in spans for x in span], len(text)]
        assert edges == sorted(edges), text
        assert all(text[a:b].strip() == "" for a, b in zip(edges[::2], edges[1::2], strict=True)), text
        assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans), text


@pytest.mark.parametrize(
    "text, starts, ends",
    [
        # the empty text is one empty sentence at 0
        ("", (0,), (0,)),
        # a text of spaces is one sentence, all of it (nothing to split, nothing trimmed)
        ("   ", (0,), (3,)),
        # a text ending in a blank line: the sentence stops before it
        ("Ships left.\n\n", (0,), (11,)),
    ],
)
def test_degenerate_texts(text, starts, ends):
    s = split_sentences(text)
    assert (s.starts, s.ends) == (starts, ends)


@pytest.mark.parametrize(
    "text, paragraph_starts",
    [
        # one paragraph starts at 0
        ("Ships left. Crews rested.", (0,)),
        # a paragraph starts after each blank line, however many
        ("Ships left.\n\nCrews rested.\n\n\nPorts closed.", (0, 13, 29)),
        # a single line break is no paragraph break
        ("Ships left.\nCrews rested.", (0,)),
        # a leading blank line: the first paragraph still starts at 0, the text after it at 2
        ("\n\nShips left.", (0, 2)),
    ],
)
def test_paragraph_starts(text, paragraph_starts):
    assert split_sentences(text).paragraph_starts == paragraph_starts


TEXT = "  One. Two.\n\nThree."  # sentences (2, 6), (7, 11), (13, 19); paragraphs at 0 and 13


@pytest.mark.parametrize(
    "offset, index, span, paragraph",
    [
        # an offset in the leading space belongs to the first sentence
        (0, 0, (2, 6), 0),
        # the last character of a sentence
        (5, 0, (2, 6), 0),
        # the space after a sentence still belongs to it, until the next one starts
        (6, 0, (2, 6), 0),
        (7, 1, (7, 11), 0),
        # the blank line belongs to the sentence before it and to its paragraph
        (12, 1, (7, 11), 0),
        # the first character of the second paragraph
        (13, 2, (13, 19), 13),
        # an offset past the end belongs to the last sentence
        (40, 2, (13, 19), 13),
    ],
)
def test_lookup_by_offset(offset, index, span, paragraph):
    s = split_sentences(TEXT)
    assert (s.starts, s.ends, s.paragraph_starts) == ((2, 7, 13), (6, 11, 19), (0, 13))
    assert s.index(offset) == index
    assert s.span(offset) == span
    assert s.paragraph_start(offset) == paragraph


def test_sentences_is_a_frozen_value():
    # equal inputs give equal values; the spans cannot be reassigned
    s = split_sentences("Ships left. Crews rested.")
    assert s == Sentences((0, 12), (11, 25), (0,))
    with pytest.raises(AttributeError):
        s.starts = (0,)


@pytest.mark.parametrize(
    "text, expected",
    [
        # plain lower case; digits, spaces and line breaks unchanged
        ("12 Ships\n\tLEFT Lagos", "12 ships\n\tleft lagos"),
        # 'İ' lowers to two characters, so it is kept as it is; the rest is lowered
        ("İZMİR PORT", "İzmİr port"),
        # curly quotes, apostrophes and dashes are left as they are (no punctuation folding)
        ("“Ships” — Okafor’s – ‘FLEET’", "“ships” — okafor’s – ‘fleet’"),
        # the capital sharp s lowers to one character
        ("STRAẞE", "straße"),
        # the empty text
        ("", ""),
    ],
)
def test_folded(text, expected):
    low = folded(text)
    assert low == expected
    # offset for offset: same length, each character the lower case of the one at its offset (or itself)
    assert len(low) == len(text)
    assert all(c == (t.lower() if len(t.lower()) == 1 else t) for c, t in zip(low, text, strict=True))
