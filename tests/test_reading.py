"""What a number is about, read from its sentence: subject, the date it held at, and its story.

Every sentence here is written for the test; each row names the reading it checks.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import one_article

import claimtrack as ct
from claimtrack.grammar.lexicon import default_lexicon
from claimtrack.stages.stories import story_ids


def _claim(text: str, surface: str, published: str = "2021-07-24") -> pd.Series:
    claims = ct.extract_claims(one_article(text, published))
    found = claims[claims["surface"] == surface]
    assert len(found) == 1, claims[["surface", "subject"]].values.tolist()
    return found.iloc[0]


@pytest.mark.parametrize(
    "text, surface, subject",
    [
        # a unit of measure by its one name, and a length unit made an adjective is a length
        ("The 300-metre tanker ran aground.", "300", "length m"),
        ("The tanker is 300 meters long.", "300", "length m"),
        ("The barge, nearly a third of a kilometre long (300m), sank.", "300", "length m"),
        ("The ship is 300 metres (about 980 feet) long.", "300", "length m"),
        # a conversion in brackets is no claim of its own
        ("The port demanded $US80 million ($A110 million) in damages.", "$A110 million", ""),
        ("The ship is 300 metres (about 980 feet) long.", "about 980", ""),
        # what a measure is of
        ("The new tug has a towing force of 90 tonnes.", "90", "towing force tonnes"),
        ("Dredgers have moved 9,000 cubic metres of mud.", "9,000", "cubic m of mud"),
        ("Ships carry 2 million tons of grain through the strait each week.", "2 million", "tonnes of grain per week"),
        # a model's number after its maker is part of the noun
        ("The carrier ordered 40 Boeing 767-300 jets.", "40", "boeing 767-300 jets"),
        # a rate is per its period
        ("The closure is costing about $300 million an hour.", "about $300 million", "cost usd per hour"),
        # a state its clause denies is not the number's
        ("The remains of four people have yet to be identified.", "four", "people"),
        ("Police have identified 40 people.", "40", "identified people"),
        (
            "Besides the 60 people listed by the police as unaccounted for, 80 names are being checked.",
            "60",
            "missing people",
        ),
        ("The toll will rise from the estimate of 36 as search crews reach new areas.", "36", "killed"),
        # states only people are in count people; a force that guards a site is at it, one that guards people apart
        ("The crash caused 40 deaths.", "40", "killed people"),
        # a number a verb opens is that verb's object, not the noun's before it
        (
            "The number of deaths linked to the infections surpassed 2,000 in Chad.",
            "surpassed 2,000",
            "killed people in chad",
        ),
        ("Crews have recovered 52 human remains so far.", "52", "killed people"),  # a noun of two words
        ("About 300 soldiers will stay to protect the embassy.", "About 300", "troops in embassy"),
        ("About 300 soldiers will stay to provide security for diplomats.", "About 300", "security troops"),
        # named events place what they count, by name and kind of event
        ("The Ridge fire has burned 4,000 acres.", "4,000", "acres in ridge fire"),
        ("The deadly fire in Elm Valley was 70% contained on Monday.", "70%", "contained percent in elm valley fire"),
        ("The 2019 Birch Fire in Oregon, which claimed 12 lives, was worse.", "12", "killed in birch fire"),
        # a state behind a date and quotes: 'who are still “missing”'
        (
            "Officials released a list of 210 people Friday who are still “missing” after the floods.",
            "210",
            "missing people",
        ),
        # a value that restates another one however far: 'down from', 'later lowered to'
        (
            "The city is seeking $20 million to repair the bridge, officials told reporters on Tuesday, "
            "down from an initial $35 million.",
            "$35 million",
            "demanded usd",
        ),
        (
            "The union demanded $4 million in back pay for its members and other staff, later lowered to $3 million.",
            "$3 million",
            "demanded usd",
        ),
        # a change verb with an object of its own: the object is the number's, not the number before
        (
            "After auditors put the costs at $9 million, the council reduced its claim to $6 million.",
            "$6 million",
            "demanded usd",
        ),
        ("The ministry cut its forces to 4,000 last year.", "4,000", "troops"),
        # 'the estimate of' names what is counted, as 'the number of' does
        ("The mayor said the estimate of homes destroyed in Ridgeton is 300.", "300", "destroyed homes in ridgeton"),
        # people forced from their homes are displaced, not sheltered
        (
            "Some 4,000 residents were forced to move to hotels and other temporary shelter.",
            "Some 4,000",
            "displaced people",
        ),
        ("About 900 people are staying in shelters.", "About 900", "sheltered people"),
        # a place where the people who speak or decide are is not a place of what they count
        ("Officials in Rome said 400 soldiers would stay.", "400", "troops"),
        ("Planners in Ottawa are weighing a force of 600 troops in Latvia.", "600", "troops in latvia"),
        # one way of two-way traffic is not the whole of it
        (
            "Northbound traffic on the bridge carries goods worth $30 million a day.",
            "$30 million",
            "northbound usd per day",
        ),
        ("About 40 out-bound ships are waiting.", "About 40", "waiting outbound ships"),
        # a number a verb went with ('departed with') is that verb's, not a level where it went
        (
            "Yesterday, 12 aircraft – eight of them cargo jets – departed with about 3,100 personnel.",
            "about 3,100",
            "withdrawn troops",
        ),
        ("Police arrived with 30 officers.", "30", "officers"),
        # a share lends no state to the acres after it; what a number came to do is not its state
        ("Crews have contained 60% of the blaze with some 900 acres burned.", "some 900", "acres"),
        ("It is a 300-metre long and 90,000 tonne tanker.", "90,000", "tonnes"),  # a length is no weight
        ("At least five tugs came to rescue the stranded barge.", "At least five", "tugboats"),
        # a stretch of time that lasts has no length, and no place in the world
        ("Crews began a four-day-long effort to clear the pass.", "four", "days"),
        ("The road reopened four days after the slide, with effects felt around the world.", "four", "days"),
        # ships held up are waiting, however the queue is named
        ("At least 60 barges were blocked from passing the lock on Friday.", "At least 60", "waiting barges"),
        ("The closure caused a build-up of 240 trucks on both sides.", "240", "waiting trucks"),
        # a country that reports a count is where it is counted
        ("Portugal has confirmed 40 new cases.", "40", "infected people in portugal"),
        ("Spain leads, the next country, Portugal, reporting 400 deaths.", "400", "killed people in portugal"),
        ("Officials in Portugal reported 40 new cases.", "40", "infected people in portugal"),
        # a name with a digit is no place
        ("At least 900 deaths were linked to Flu-22 across the region.", "At least 900", "killed people"),
        # a relative clause's number is not of a place of the clause around it, but of its antecedent's
        ("A party will be held at the Orsk quay to greet the barge, which carries 900 crates.", "900", "crates"),
        (
            "A flood in Velmark on Friday, which displaced 120 people, shut the road.",
            "120",
            "displaced people in velmark",
        ),
        # the members or seats of what a compound names are its own ('the 11-member Velm alliance')
        ("The 12-member jury deliberated.", "12", "jury members"),
        ("The 35-member council and the 11-member Velm alliance met.", "35", "council members"),
        ("The 35-member council and the 11-member Velm alliance met.", "11", "velm members"),
        ("The 75-member Velm Union met before the 16-member Velm Union board.", "16", "velm union board members"),
        # 'so' opens a clause, 'until now' and 'so far' none: the count after is of what its own clause names
        ("We have 12 new deaths so the number of those infected until now is 1501.", "1501", "infected people"),
        ("We saw 12 new deaths so the total of those infected so far is 1501.", "1501", "infected people"),
        # a place that opens the sentence is the place of its counts; a phrase that opens it names none
        ("In Velmark, 25 people were killed on Monday.", "25", "killed people in velmark"),
        ("In the northern Velm Valley, 25 people were hurt.", "25", "injured people in velm valley"),
        ("In a statement, officials said 40 people died.", "40", "killed people"),
        # ... and so does 'the ... area' of a place
        ("In the Velm-Orsk area, 64 rigs were working.", "64", "rigs in velm-orsk"),
        ("Some 25 people were hurt in the Velmark area.", "Some 25", "injured people in velmark"),
        # a count in a sentence about the world is of the world, wherever it names it
        ("The worldwide rate rose to 54 pct with a total of 333 rigs.", "333", "rigs in world"),
        # a part of a counted whole is of its noun when its clause says which part; else it is of no thread
        ("Police identified 44 of the 115 victims.", "44", "identified people"),
        ("Rates rose with 64 of 155 rigs contracted.", "64", ""),
        # a force moved somewhere is deployed there, no level of it
        ("The navy moved 18 warships into the Velm Sea.", "18", "deployed warships in velm sea"),
        # a place in apposition to 'the country' or 'the city' is a place
        ("Deaths in the worst-hit country, Velmark, rose to 40.", "40", "killed in velmark"),
        # 'the number of people' counts people, whatever state follows
        ("Officials said the number of people unaccounted for stood at 1,054.", "1,054", "missing people"),
        # two harms joined by 'or' are casualties, no deaths
        ("The quake left 1,000 people dead or missing.", "1,000", "casualties people"),
        ("At least 40 soldiers were killed or wounded.", "At least 40", "casualties troops"),
        ("The blast killed 12 people and wounded 30.", "12", "killed people"),
        # a disease is no group of people: 'Ebola deaths' are people killed
        ("The agency counted 12 Ebola deaths.", "12", "killed people"),
        ("There were 40 new COVID-19 infections.", "40", "infected people"),
        # a rate that closes the number's clause, however far
        (
            "The strike stops an estimated $4 billion (€3.7 billion) of freight that moves by rail weekly.",
            "an estimated $4 billion",
            "usd per week",
        ),
    ],
)
def test_subjects(text, surface, subject):
    assert _claim(text, surface).subject == subject


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        # what a bare number counts, named before it, as written but without its determiner
        ("The death toll rose to 53 on Monday.", "53", "death"),
        ("Officials said the death toll had climbed to 1,200.", "1,200", "death toll"),
        ("US troop levels rose to 5,000.", "5,000", "US troops"),
    ],
)
def test_the_unit_of_a_bare_number(text, surface, unit):
    assert _claim(text, surface).unit == unit


def test_a_value_changed_later_in_its_sentence_is_past():
    text = "The port demanded $80 million in damages for its losses, later lowered to $50 million."
    assert _claim(text, "$80 million").tense == "past"
    assert _claim(text, "$50 million").tense == "current"
    assert _claim(text, "$50 million").subject == "demanded usd"


@pytest.mark.parametrize(
    "text, surface, as_of",
    [
        ("About 5,200 troops were there in 2011, the peak.", "About 5,200", "2011-01-01"),
        ("At its peak in 2011, the force numbered about 5,200.", "about 5,200", "2011-01-01"),
        ("The 2015 flood in the valley, which killed 40 people, was the worst.", "40", "2015-01-01"),
        ("A storm in 2016 that killed 31 people hit the coast.", "31", "2016-01-01"),
        # a date in a relative clause before the number dates that clause, not the number
        ("The fire in the hills that started on Aug. 8, 2019, is now 100% contained.", "100%", None),
        # a date that bounds a span does not date the number
        ("Since 2015, about 300 people have died.", "about 300", None),
        # a date of an event noun dates the event, not the number
        ("Ana Ruiz was one of three people still missing from the March 3 flood.", "three", None),
    ],
)
def test_the_date_a_number_held_at(text, surface, as_of):
    found = _claim(text, surface, "2021-07-24")["as_of"]
    assert (pd.isna(found) and as_of is None) or found == pd.Timestamp(as_of)


def _stories(sentences: dict[str, list[str]]) -> dict[str, str]:
    frame = pd.DataFrame(
        [(article, s) for article, ss in sentences.items() for s in ss], columns=["article_id", "sentence"]
    )
    return story_ids(frame, default_lexicon())


def test_articles_sharing_names_are_one_story_and_countries_are_not_names():
    stories = _stories(
        {
            "a1": ["The Ocean Pearl ran aground near Port Halden, the Halden Port Authority said."],
            "a2": ["Tugs from Port Halden tried to free the Ocean Pearl on Tuesday."],
            "a3": ["The Ocean Pearl was refloated, Port Halden officials said."],
            "b1": ["Floods in Italy and France killed 12, AP reported at 10:00 UTC."],
            "b2": ["A train crash in Italy and France injured 40, AP reported at 11:00 UTC."],
        }
    )
    assert stories["a1"] == stories["a2"] == stories["a3"] == "a1"
    assert stories["b1"] == stories["b2"] == ""  # countries, an agency and a time zone name no story


def test_a_small_story_joins_the_larger_one_that_gives_its_names():
    stories = _stories(
        {
            "a1": ["The Ocean Pearl blocked the Halden Strait, Marlow Shipping said."],
            "a2": ["Marlow Shipping said the Ocean Pearl would be freed soon."],
            "a3": ["The Ocean Pearl is still stuck, Marlow Shipping said."],
            "c1": ["Lloyd's Register said the Halden Strait was shut."],
            "c2": ["The Halden Strait was shut, Lloyd's Register said."],
        }
    )
    assert stories["c1"] == stories["c2"] == "a1"


def test_a_small_story_joins_no_larger_one_by_names_only_a_few_of_its_articles_give():
    # an election told in ten articles names Dunmore's primary in two: a crash in Dunmore is no part of it
    sentences = {f"e{i}": [f"Ana Orsk of the Velm Party won {i + 10} delegates."] for i in range(8)}
    sentences |= {f"d{i}": [f"Ana Orsk of the Velm Party won {i + 3} delegates in Dunmore County."] for i in range(2)}
    sentences |= {f"c{i}": [f"A truck hit {i + 7} riders in Dunmore County, Ivo Brandt said."] for i in range(2)}
    stories = _stories(sentences)
    assert stories["e0"] == stories["d1"] != stories["c0"] == stories["c1"]


def test_a_name_many_articles_of_other_stories_give_links_a_lone_article_to_none():
    # 'Velm Council' is said in the ship's story, but also in two other articles of its own: no link
    stories = _stories(
        {
            "a1": ["The Ocean Pearl blocked the Halden Strait, the Velm Council said."],
            "a2": ["The Velm Council said the Ocean Pearl would be freed soon from the Halden Strait."],
            "a3": ["The Ocean Pearl is still stuck in the Halden Strait."],
            "b1": ["The Velm Council approved 40 new homes."],
            "b2": ["The Velm Council closed 2 schools."],
            "c1": ["The Velm Council said 12 people died in the Marlow fire."],
            "d1": ["The Ocean Pearl carried 3,000 containers, Halden officials said."],
        }
    )
    assert stories["a1"] == stories["a2"] == stories["a3"] == stories["d1"] == "a1"
    assert stories["c1"] == ""


def test_a_chain_of_pairs_through_many_stories_is_no_story():
    """Each pair shares two names with the next, but no name is in half the articles: wire copy of
    unrelated events, not one story; a story every article of which names its ship stays one."""
    places = ("Brenner", "Carro", "Dorval", "Esk", "Fenn", "Gale")
    firms = [f"the {place} {firm}" for place in places for firm in ("Trust", "Mill")]
    sentences = {  # article i names firms 2i to 2i+3: two in common with the next
        f"c{i}": [f"Officials said {', '.join(firms[2 * i : 2 * i + 3])} and {firms[2 * i + 3]} signed."]
        for i in range(5)
    }
    sentences |= {
        f"s{i}": [f"Tugs from the Halden Strait freed the Ocean Pearl, the Marlow Line said, day {i}."]
        for i in range(3)
    }
    stories = _stories(sentences)
    assert {stories[f"c{i}"] for i in range(5)} == {""}
    assert stories["s0"] == stories["s1"] == stories["s2"] == "s0"


def test_a_common_word_capitalised_names_no_story():
    """'Bank' and 'Sales' capitalised in wire copy are written in lower case as often elsewhere: no names."""
    stories = _stories(
        {
            "a1": ["The Bank said Sales rose 12 percent."],
            "a2": ["The Bank said Sales fell 3 percent."],
            "a3": ["The bank said sales of cars rose 4 percent."],
            "a4": ["A bank said sales of homes fell 2 percent."],
            "s1": ["Tugs from the Halden Strait freed the Ocean Pearl, the Marlow Line said."],
            "s2": ["The Ocean Pearl left the Halden Strait on Friday."],
        }
    )
    assert stories["a1"] == stories["a2"] == ""
    assert stories["s1"] == stories["s2"] == "s1"


def test_a_legal_form_alone_names_no_story():
    """'Co' and 'Co Inc' end the names of unrelated firms: two articles that share only them are apart."""
    stories = _stories(
        {
            "f1": ["Officials said Goldwin, Marsh and Co and Perry, Lane and Co Inc advised."],
            "f2": ["Officials said Ardent and Co and Vell and Co Inc signed."],
            "s1": ["Tugs from the Halden Strait freed the Ocean Pearl, the Marlow Line said."],
            "s2": ["The Ocean Pearl left the Halden Strait on Friday."],
        }
    )
    assert stories["f1"] == stories["f2"] == ""


@pytest.mark.parametrize(
    "text, surface, subject",
    [
        # the event of its clause, however long the clause, but not one of another clause
        (
            "Crews tried again to free the tanker that wedged across the narrow channel during a gale on Tuesday.",
            "Tuesday",
            "ground",
        ),
        # what began: an event that happens once dates from its start; the start of one that takes time is apart
        ("The fire in the hills that started on Aug. 8 is now contained.", "Aug. 8", "fire"),
        ("The withdrawal began on May 1.", "May 1", "withdraw start"),
        ("The drawdown of the more than 3,000 troops will begin before May 1.", "May 1", "withdraw start"),
        # a speech is an event of its own, not the plan it announces
        ("The minister will announce the withdrawal in a speech Wednesday.", "Wednesday", "speech"),
        # the commas of a place and its region part no clause: the date's event is before them
        ("The firm will phase out car output at its plant in Tolland, Vermont, by 2023.", "by 2023", "end in tolland"),
        # whose deadline: its segment's nation, else the sentence's; the level it was to reach, reached
        ("Analysts see crude reaching 95 dlrs a barrel by the spring of 2022.", "by the spring of 2022", "to 95"),
        (
            "The United States has cut its forces in Latvia to 1,500, meeting the March 1 deadline.",
            "March 1",
            "deadline us in latvia to 1500",
        ),
        (
            "The US army handed over five bases to the Iraqi forces, ahead of the September deadline to finish.",
            "September",
            "deadline us",
        ),
        ("Troop numbers in Latvia will fall from about 2,000 to 1,500 by March 1.", "by March 1", "in latvia to 1500"),
        # what a deadline ends, and whose it is: a bid is an offer
        ("Velm Freight's bid expires on April 28.", "April 28", "expire by velm offer"),
        ("The Velm offer expires on April 28.", "April 28", "expire by velm offer"),
        ("The truce expires on April 28.", "April 28", "expire by truce"),
        ("The talks, scheduled to end on April 28, resumed.", "April 28", "end by talks"),
        # a verb of change with its figure is no event: the month a figure moved, not a city's fall
        ("In February sales at Velm Motors fell two pct to 8,120 cars.", "February", ""),
        ("Velm Motors said its sales for May 21-31 fell to 1,190 cars.", "May 21-31", ""),
        ("The town of Velm fell to the rebels on Tuesday.", "Tuesday", "fall"),
        # the end of combat is a phase of its own, named in the sentence if not in the date's segment
        (
            "The coalition's combat mission in Latvia will end by December 31.",
            "by December 31",
            "end coalition in latvia (combat phase)",
        ),
        (
            "The coalition has ended its combat mission in Latvia, officials said, "
            "weeks before the December 31 deadline.",
            "December 31",
            "deadline coalition in latvia (combat phase)",
        ),
    ],
)
def test_what_a_date_is_about(text, surface, subject):
    assert _claim(text, surface, "2021-07-24").subject.split(":")[0].startswith(subject)


def test_a_deadline_named_as_someones_ends_no_offer_of_theirs_and_an_offers_party_is_no_place():
    assert _claim("President Ruiz's April 28 deadline stands.", "April 28").subject == "deadline: ruiz"
    text = "Marlow declined to comment on the Velm offer, which expires on May 3."
    assert _claim(text, "May 3").subject == "expire by velm offer: velm"  # not 'in velm'


def test_a_deadline_of_two_allies_together_is_neither_ones():
    text = "The deal calls for a withdrawal of U.S. and NATO troops by May 2021."
    assert " nato " not in f" {_claim(text, 'by May 2021').subject} "


@pytest.mark.parametrize(
    "text, surface, subject, aspect",
    [
        # 'lost' a count of people is a toll; of things, a fall
        ("The brigade lost 40 soldiers in the assault.", "40", "killed troops", "level"),
        ("Ohio lost 12 working rigs last week.", "12", "working rigs", "change"),
        ("The party lost 13 seats.", "13", "seats", "change"),
        # a passive of cutting or adding after the count: a change
        ("The mill employs 900 people, and 200 jobs will be cut.", "200", "jobs", "change"),
        ("Drilling rose in Utah, where five rigs were added.", "five", "rigs in utah", "change"),
        ("Utah and Ohio reported declines of 11 working rigs.", "11", "working rigs", "change"),
        # the second of two changes only 'and' joins is a change too
        ("The rig count for Utah and Ohio fell by 23 and 13, respectively.", "13", "rig", "change"),
        # a change right before the level it reached
        ("The weekly rig count rose 19 to 100.", "19", "rig", "change"),
    ],
)
def test_what_a_count_lost_or_cut_is(text, surface, subject, aspect):
    claim = _claim(text, surface)
    assert (claim.subject, claim.aspect) == (subject, aspect)


def test_a_sum_a_claim_includes_is_a_part_of_it_but_a_count_of_others_is_not():
    text = "The claim, which includes a $30 million claim for rent and a $20 million claim for repairs, failed."
    assert _claim(text, "$30 million").aspect == _claim(text, "$20 million").aspect == "part"
    whole = "The budget, which includes $5 billion for roads, totals $70 billion."
    assert _claim(whole, "$70 billion").aspect == "level"
    assert _claim("More than 9,000 people were evacuated, including 700 Canadian citizens.", "700").aspect == "level"


@pytest.mark.parametrize(
    "text, surface, subject",
    [
        # a date said to be an event's start is that start
        ("Monday is the formal start of the withdrawal of the last troops.", "Monday", "withdraw start"),
        ("The minister set June 1 as the official start of the withdrawal.", "June 1", "withdraw start"),
        # a date that is an event noun's adjective takes no place from the verb before it
        ("The injured were flown to Perth after the March 3 blaze.", "March 3", "fire"),
        # a full date whose year a comma closes is still the adjective of the noun after it
        ("Troops were sent in response to the Sept. 11, 2001, attacks.", "Sept. 11, 2001", "attack"),
        # an aside in brackets does not part a date from its clause
        ("The first tremor struck at 7:37 p.m. local time (1137 UTC) on Friday.", "Friday", "earthquake"),
        # the place of an event noun is the one right after it, not the object of the verb after that
        ("Friday's quake damaged roads in the north of Chad.", "Friday", "earthquake"),
        ("The Aug. 8 fire in Lahaina killed 97.", "Aug. 8", "fire in lahaina"),
        # a date that opens a sentence dates the event of the clause it opens, unless that tells of speech
        ("On Friday, the strong tremor left five dead.", "Friday", "earthquake"),
        ("On Friday, officials said the tanker had been freed.", "Friday", ""),
        ("On Friday, the World Health Organization (WHO) declared the outbreak over.", "Friday", "declare"),
        # ... and who it happened to is named in that clause: two deaths of one day are two
        ("On Friday, the poet Ilse Marwan died in her home.", "Friday", "die by ilse marwan"),
        # ... and a name that opens the sentence is the one it happened to, if the article names it elsewhere
        (
            "Varga was sworn in on Friday after Governor Ana Ruiz quit. The court said Lena Varga would serve.",
            "Friday",
            "take office by varga",
        ),
        ("Aides were sworn in on Friday after Governor Ana Ruiz quit.", "Friday", "take office by ruiz"),
        # ... but of an event noun after the date, the name after it
        (
            "Varga took office after the May 2 resignation of Governor Ana Ruiz. Lena Varga spoke.",
            "May 2",
            "resign by ruiz",
        ),
        # a date that opens a clause within a sentence dates its verb, but not a purpose nor a verb's object
        ("Port staff think that by Friday the ferry would resume.", "by Friday", "resume"),
        ("Trade was calm and on Monday the smelter closed.", "Monday", "close"),
        ("Dockers were busy on Sunday to free the barge.", "Sunday", ""),
        ("The mayor today approved a disaster plan for the coast.", "today", ""),
        ("Wheat prices rose in May and the mill closed.", "May", ""),
        # a cue before another date is that date's if a verb parts them, not if the two are joined
        ("The tanker that ran aground in May was towed away on Tuesday.", "Tuesday", ""),
        ("The tanker that ran aground in May was towed away on Tuesday.", "May", "ground"),
        ("Divers hope to refloat the tanker on Monday or Tuesday.", "Tuesday", "refloat"),
        ("The crew will be set free on Friday.", "Friday", "release"),
        # a day a figure held is no event's
        ("The blaze was 85% contained as of Tuesday.", "Tuesday", ""),
        ("As of last month, three people were missing after the Aug. 8 blaze.", "last month", ""),
        # what others are kept from doing is not the event; what they are let go from is
        ("Barges were blocked from passing the lock on Thursday.", "Thursday", ""),
        ("The crew was released from custody on Friday.", "Friday", "release"),
        # a place that only describes another is not where the event was
        (
            "The barge ran aground on March 3 in the strait dividing Velmark from the Orsk Peninsula.",
            "March 3",
            "ground",
        ),
        ("The barge ran aground on March 3 in Velmark.", "March 3", "ground in velmark"),
        # a state that lasts until a day ends then: no deadline set for an end, what lasts named by its last word
        ("The assembly will not sit again until October 14.", "until October 14", "stay by sit"),
        ("The loan runs until March 15.", "until March 15", "stay by run"),
        ("Guards will remain in Valmor until May.", "until May", "stay by remain in valmor"),
        ("The garrison must withdraw by May 1.", "by May 1", "withdraw"),
        # a storm lasts: its days are one where they overlap; a landfall happens once
        ("The cyclone made landfall in Velmark on Sunday.", "Sunday", "landfall in velmark"),
        # a cue compared is an adjective, no event: 'a more complete form'
        ("The firm filed a more complete form on Monday.", "Monday", ""),
        # a date that owns a noun naming no event takes no event from before it
        ("After the quake the mint kept January's freeze on loans.", "January", ""),
        # the courts' events
        ("Lawyers said Tuesday's plea spared the families a trial.", "Tuesday", "plea"),
        # what a date's own participle did, not the event it followed
        ("Unions fought a budget adopted on March 13 following a flood.", "March 13", "adopt"),
        # the words of one event: an accident is a crash, caucuses an election, leaving office a resignation
        ("Thursday's bus accident near Lerma left seven dead.", "Thursday", "crash in lerma"),
        ("Two trains collided on Monday near Ostrava.", "Monday", "crash in ostrava"),
        ("Iowa held its caucuses on February 3.", "February 3", "election"),
        ("The council was set to meet on Wednesday.", "Wednesday", "meeting"),
        ("Governor Ana Ruiz will leave office on August 2.", "August 2", "resign by ruiz"),
        # a verb of opening or ending whose object is the event dates its start or its end, not the event
        ("Envoys from 14 states opened a four-day meeting in Lima on Monday.", "Monday", "meeting start in lima"),
        ("Envoys from 14 states ended the week-long trade meeting on Friday.", "Friday", "end by meeting"),
        ("The meeting ended on Friday.", "Friday", "end by meeting"),
        ("The union ended the strike on Friday.", "Friday", "strike end"),
        # 'through' as a verb's particle ends no span: no deadline
        ("The merger nearly fell through earlier this month.", "earlier this month", "fall"),
    ],
)
def test_when_an_event_began_and_where(text, surface, subject):
    assert _claim(text, surface).subject.split(":")[0] == subject
