"""claimtrack.grammar.speakers: who a sentence says made its claims ('X said', 'according to X', 'said X'), whether
only a pronoun did ('he said'), whether the claims are hedged, and the `speaker`/`hedged` claim columns."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import one_article

import claimtrack as ct
from claimtrack.grammar.lexicon import Lexicon, default_lexicon
from claimtrack.grammar.speakers import Attribution, attribution, find_speaker, is_hedged, is_pronoun_attribution

SPEAKERS = [
    # 'X told' with the name before the verb ('told' is a speech verb, like 'said')
    ("Colonel Ortega told reporters on Monday that 400 were moved.", "Colonel Ortega"),
    # ', X said' after the claim: the name between the comma and the verb
    ("Some 400 soldiers were moved, navy officials said on Monday.", "navy officials"),
    # 'according to X' before the claim
    ("According to three diplomats, 60 envoys were expelled.", "three diplomats"),
    # 'according to X' after the claim, up to the full stop
    ("Some 60 envoys were expelled, according to the Foreign Ministry.", "the Foreign Ministry"),
    # a quote then 'said a senior official': the role is the speaker, what follows 'familiar' is cut
    ('"We will move 400 more," said a senior navy official familiar with the plan.', "a senior navy official"),
    # a curly-quoted quote then the name and the verb
    ("“We will move 400 more,” Ortega said.", "Ortega"),
    # 'said X, who ...': the relative clause is cut from the name
    ("Some 400 were moved, said Ortega, who runs the base.", "Ortega"),
    # a role in lower case is a speaker (role words: spokesman, analyst, minister, ...)
    ("a spokeswoman said 400 were moved.", "a spokeswoman"),
    # a clause about the speaker between commas is no part of it, nor is what the verb is followed by
    ("Lena Ortega, who heads the navy, said 400 were moved.", "Lena Ortega"),
    ("Two officials, who asked not to be named, said separately Velmark would move 400.", "Two officials"),
    # ... and so is a market's source
    ('"Frost will grip the market," one trader\nsaid.', "one trader"),
    # lower-case words that are neither a name nor a role are not a speaker
    ("some people said 400 were moved.", ""),
    # leading 'But' / 'In Baghdad,' are not part of the name
    ("But the defence ministry said 400 were moved.", "the defence ministry"),
    ("In Baghdad, the spokesman said 400 were moved.", "the spokesman"),
    # where it was said is no part of it, whatever the place, with a comma or without
    ("In Ulaanbaatar the transport ministry said 400 were moved.", "the transport ministry"),
    ("In Port Moresby, a police spokeswoman said 400 were moved.", "a police spokeswoman"),
    # ... but a name that begins like 'in' is a name
    ("Inga Holm said 400 were moved.", "Inga Holm"),
    # 'has said': the auxiliary is not part of the name
    ("The Kremlin has said 400 were moved.", "The Kremlin"),
    # a relative clause inside the name before the verb is cut at 'who'
    ("The analysts who studied the images said 400 were moved.", "The analysts"),
    # a title with its abbreviation period stays in the name
    ("Gen. Ortega said 400 were moved.", "Gen. Ortega"),
    # the first attribution in the sentence wins
    ("Ortega said 400 were moved, Lindqvist said 300.", "Ortega"),
    # speech verbs are read as written in lower case: 'SAID' is not a verb
    ("Officials SAID 400 were moved.", ""),
    # a pronoun is never the speaker ('it' is not even a pronoun attribution to resolve)
    ("It said 400 were moved.", ""),
    # no speech verb at all: no speaker
    ("Some 400 soldiers were moved in 2019.", ""),
    # more than seven words before the verb is too long to be a speaker
    ("The deputy head of the regional office of the agency said 400 were moved.", ""),
    # the empty sentence
    ("", ""),
    # 'The official also': an adverb between speaker and verb is not part of the speaker
    # an adverb between the speaker and the verb is not part of the speaker; a name in -ly is a name
    ("The official also said 400 were moved.", "The official"),
    ("Ortega reportedly said 400 were moved.", "Ortega"),
    ("Megan Kelly said 400 were moved.", "Megan Kelly"),
    # an apposition between name and verb: the sentence attributes its claim to Ortega
    ("Lena Ortega, a navy spokeswoman, said 400 were moved.", "Lena Ortega"),
    # after the quote, a title's full stop is not the sentence's end; after 'told' comes the audience
    ('"About 400 will leave," said Gen. Ada Brandt.', "Gen. Ada Brandt"),
    ('"About 400 will leave," said the U.S. envoy to Iraq.', "the U.S. envoy"),
    ("About 400 troops will leave, told reporters on Monday.", ""),
    # when it was said is not who said it
    ("Mayor Ana Ruiz Wednesday morning said 400 homes burned.", "Mayor Ana Ruiz"),
    ("Monday said 400 homes burned.", ""),
    ("The Sun said 400 homes burned.", "The Sun"),  # a short weekday name is no weekday here
    # an auxiliary and adverb before the verb are cut; a clause whose verb is no speech verb gives no speaker
    ("The ministry had earlier said 400 homes burned.", "The ministry"),
    ("Officials revised the toll to 40, up from 36, they said.", ""),
    # a dash of a list, a leading 'previously' and a lone 'It’s' are no part of a speaker
    ("- Maui County officials said 400 homes burned.", "Maui County officials"),
    ("Previously officials said 400 homes burned.", "officials"),
    # ... read before ', told reporters': the reporters are the audience, not the speaker
    ("Jon Varga, the ministry's spokesman, told reporters 500 had left.", "Jon Varga"),
]


@pytest.mark.parametrize("sentence, speaker", SPEAKERS)
def test_speaker(sentence, speaker):
    assert find_speaker(sentence) == speaker
    assert attribution(sentence).speaker == speaker


HEDGES = [
    # 'expected'
    ("The talks are expected to last a month.", True),
    # 'would'
    ("Some 400 soldiers would stay.", True),
    # 'believed'
    ("Some 30 sailors are believed missing.", True),
    # 'plans to' is a two-word hedge
    ("The navy plans to retire 12 ships.", True),
    # hedges are matched in lower case: 'WOULD' counts
    ("Some 400 soldiers WOULD stay.", True),
    # a plain past fact is not hedged
    ("Some 400 soldiers left in 2019.", False),
    # 'maybe' is not the hedge 'may'
    ("Some 400 soldiers maybe left.", False),
    # the empty sentence
    ("", False),
]


@pytest.mark.parametrize("sentence, hedged", HEDGES)
def test_hedge(sentence, hedged):
    assert is_hedged(sentence) is hedged
    assert attribution(sentence).hedged is hedged


PRONOUNS = [
    # 'he said'
    ("He said 400 soldiers left.", True),
    # inverted: 'said she'
    ("Some 400 soldiers left, said she.", True),
    # a word between pronoun and verb breaks the pattern
    ("He reportedly said 400 soldiers left.", False),
    # 'it' is not a pronoun attribution
    ("It said 400 soldiers left.", False),
    # a pronoun with a non-speech verb
    ("He left with 400 soldiers.", False),
]


@pytest.mark.parametrize("sentence, pronoun", PRONOUNS)
def test_pronoun_attribution(sentence, pronoun):
    assert is_pronoun_attribution(sentence) is pronoun
    assert attribution(sentence).pronoun is pronoun


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # speaker and hedge together ('they expected' is no pronoun attribution: 'expected' is no speech verb)
        ("In Brussels, navy officials said they expected 12 ships.", Attribution("navy officials", False, True)),
        # a pronoun and a named speaker in one sentence: both are reported
        ("Some 400 left, he said, and Ortega said 300 would stay.", Attribution("Ortega", True, True)),
    ],
)
def test_attribution_reads_all_three(sentence, expected):
    assert attribution(sentence) == expected


# a lexicon whose cue words overlap ('may' in 'may be')
_OVERLAPPING = dataclasses.replace(default_lexicon(), cues={**default_lexicon().cues, "may be": "hedge"})


def test_overlapping_cue_words_read_alike():
    # a cue word inside another changes nothing where neither adds a reading, sentence by sentence
    sentences = [p.values if hasattr(p, "marks") else p for p in SPEAKERS + HEDGES + PRONOUNS]
    differ = [s for s, _ in sentences if attribution(s, _OVERLAPPING) != attribution(s)]
    assert len(sentences) > 30 and differ == []


def test_user_lexicon_adds_a_speech_verb(tmp_path):
    # a speech verb added in a user's cues.csv makes its subject a speaker
    (tmp_path / "cues.csv").write_text("word,category\ndeclared,speech\n", encoding="utf-8")
    sentence = "Ortega declared 400 soldiers fit."
    assert find_speaker(sentence) == ""
    assert find_speaker(sentence, ct.load_lexicon(tmp_path)) == "Ortega"


@pytest.mark.parametrize(
    "cues, sentence, expected",
    [
        # a lexicon with both kinds of cue reads as the default one does
        ({"said": "speech", "would": "hedge"}, "Ortega said 400 would stay.", Attribution("Ortega", False, True)),
        # no hedge words: nothing can be hedged
        ({"said": "speech"}, "Some 400 soldiers left in 2019.", Attribution("", False, False)),
        # no speech words: nothing can be attributed
        ({"would": "hedge"}, "Some 400 soldiers left in 2019.", Attribution("", False, False)),
    ],
)
def test_minimal_lexicon(cues, sentence, expected):
    assert attribution(sentence, Lexicon(cues=cues)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'X said' gives every claim of the sentence its speaker; a hedge marks them all
        (
            "Navy officials said 12 ships would sail by June.",
            [("12", "Navy officials", True), ("by June", "Navy officials", True)],
        ),
        # a quote then 'said a senior official'
        ('"About 400 will stay," said a senior navy official.', [("About 400", "a senior navy official", False)]),
        # 'he said' takes the last speaker named before it; the claims in between have none
        (
            "Colonel Ortega said 400 soldiers left. Some 90 stayed behind. He said 30 would return.",
            [("400", "Colonel Ortega", False), ("Some 90", "", False), ("30", "Colonel Ortega", True)],
        ),
        # 'he said' with nobody named before it stays without a speaker
        ("He said 400 soldiers left.", [("400", "", False)]),
        # 'they said' resolves to the latest of two named speakers
        (
            "Ortega said 400 soldiers left. Lindqvist said 90 stayed. They said 30 were hurt.",
            [("400", "Ortega", False), ("90", "Lindqvist", False), ("30", "Lindqvist", False)],
        ),
        # no attribution: empty speaker, a hedge alone still marks the claim
        ("Some 400 soldiers are expected to leave.", [("Some 400", "", True)]),
        ("The official also said 400 soldiers left.", [("400", "The official", False)]),
    ],
)
def test_claim_columns(text, expected):
    claims = ct.extract_claims(one_article(text))
    assert list(zip(claims["surface"], claims["speaker"], claims["hedged"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person named in full once is the same person by surname, with or without its article 'al-'
        (
            "Prime Minister Omar al-Rashidi said 2,500 would stay. Rashidi said 900 would go. "
            "Al-Rashidi said 300 would come.",
            ["Prime Minister Omar al-Rashidi"] * 3,
        ),
        # a surname two full names share stays as written; the full names stay apart
        ("Jane Moss said 10 left. John Moss said 12 left. Moss said 14 left.", ["Jane Moss", "John Moss", "Moss"]),
        # a role is no name: 'Officials' does not become 'Pentagon officials'
        (
            "Col. Ada Brandt said 10 left. Pentagon officials said 12 left. Officials said 14 left.",
            ["Col. Ada Brandt", "Pentagon officials", "Officials"],
        ),
    ],
)
def test_one_person_one_name_in_an_article(text, expected):
    claims = ct.extract_claims(one_article(text))
    assert claims.loc[claims["kind"] == "count", "speaker"].tolist() == expected


def test_a_count_of_those_who_said_it_is_no_figure_of_the_story():
    claims = ct.extract_claims(
        one_article("Two dealers told the agency that 40 barges were waiting. About 300 farmers said they would march.")
    ).set_index("surface")
    assert claims.at["Two", "subject"] == "" and claims.at["Two", "unit"] == "dealers"  # who said it
    assert claims.at["40", "subject"] != "" and claims.at["About 300", "subject"] == "farmers"  # a crowd tells
