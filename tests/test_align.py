"""align_claims and flag_changes on the seeds, the sample corpus and tricky pairs."""

from __future__ import annotations

import pandas as pd
from conftest import one_article

import claimtrack as ct
from claimtrack.grammar.lexicon import default_lexicon
from claimtrack.present.chart_data import main_thread
from claimtrack.schema import ALIGNED, CHANGES, THREADS, validate
from claimtrack.stages.count_threads import complete_keys
from claimtrack.stages.keys import Key
from claimtrack.stages.stories import Corpus


def _articles(published: list[str], texts: list[str]) -> pd.DataFrame:
    """Articles a, b, c ... from outlets A, B, C ..., one per day and text."""
    ids = [chr(ord("a") + i) for i in range(len(texts))]
    return pd.DataFrame({"article_id": ids, "published": published, "source": [i.upper() for i in ids], "text": texts})


def _thread(aligned: pd.DataFrame, surface: str) -> str:
    return aligned.loc[aligned["surface"] == surface, "thread_id"].iloc[0]


def test_seed_troop_thread(seed_track):
    aligned = seed_track.aligned
    validate(aligned, ALIGNED, "aligned")
    troops = {_thread(aligned, s) for s in ("between 5,000 and 6,000", "2,500", "roughly 2,500", "about 2,500")}
    assert len(troops) == 1
    assert _thread(aligned, "more than 100") not in troops
    label = aligned.loc[aligned["thread_id"].isin(troops), "thread_label"].iloc[0]
    assert label == "US troops in Iraq"


def test_seed_troop_decrease(seed_track):
    changes = seed_track.changes
    validate(changes, CHANGES, "changes")
    tid = _thread(seed_track.aligned, "roughly 2,500")
    rows = changes[(changes["thread_id"] == tid)]
    assert set(rows["flag"]) == {"decrease"}
    row = rows.iloc[0]
    assert row["days_apart"] == 381
    assert -0.6 < row["magnitude"] < -0.5
    assert "-58 %" in row["summary"] and "-50 %" in row["summary"]


def test_seed_dates_that_agree_and_disagree(seed_track):
    aligned, changes = seed_track.aligned, seed_track.changes
    pairs = {(a, b): f for a, b, f in changes[["from_claim_id", "to_claim_id", "flag"]].itertuples(index=False)}
    ids = aligned.drop_duplicates("surface").set_index("surface")["claim_id"]
    assert pairs.get((ids["2003"], ids["18 years ago"])) == "consistent"
    assert pairs.get((ids["May"], ids["two years ago"])) == "conflict"


def test_formed_is_not_returned(seed_track):
    aligned = seed_track.aligned
    formed = aligned[aligned["sentence"].str.contains("were formed in 2014")]
    returned = aligned[aligned["sentence"].str.contains("forces returned to Iraq in 2014")]
    assert formed["thread_id"].iloc[0] != returned[returned["surface"] == "2014"]["thread_id"].iloc[0]


def test_sample_troop_thread_tells_the_story(sample_track):
    aligned, changes = sample_track.aligned, sample_track.changes
    troops = aligned[aligned["thread_label"] == "US troops in Iraq"]
    assert troops["article_id"].nunique() >= 12
    assert troops["value_high"].max() <= 6000 and troops["value_low"].min() >= 0
    flags = changes[changes["thread_label"] == "US troops in Iraq"]
    assert {"decrease", "conflict", "unchanged"} <= set(flags["flag"])
    first, last = troops.sort_values("published").iloc[[0, -1]]["value_low"]
    assert first >= 5000 and last <= 2500
    conflict = flags[flags["flag"] == "conflict"]
    assert (conflict["days_apart"].abs() <= 3).all()


def test_sample_mission_deadlines_stay_apart(sample_track):
    aligned, changes = sample_track.aligned, sample_track.changes
    combat = aligned[aligned["thread_label"].str.contains("(end of combat)", regex=False)]
    coalition = aligned[aligned["thread_label"] == "Deadline for the coalition in Iraq"]
    assert combat["thread_id"].nunique() == 1 and coalition["thread_id"].nunique() == 1
    assert combat["date_end"].dt.year.eq(2021).all() and coalition["date_end"].dt.year.eq(2025).all()
    moved = changes[changes["thread_id"].isin([*combat["thread_id"], *coalition["thread_id"]])]
    assert set(moved["flag"]) == {"consistent"}


def _deadlines(texts: list[tuple[str, str]]) -> pd.DataFrame:
    arts = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "published": [d for d, _t in texts],
            "source": [f"Outlet {i}" for i in range(len(texts))],
            "text": [t for _d, t in texts],
        }
    )
    t = ct.track(arts)
    return t.aligned[t.aligned["role"] == "deadline"].set_index("article_id")["thread_id"], t.changes


def test_the_end_of_combat_and_the_end_of_a_mission_are_two_deadlines():
    threads, changes = _deadlines(
        [
            ("2021-07-27", "The American combat mission in Latvia will end by December 31, officials said."),
            (
                "2021-12-10",
                "The US-led coalition has ended its combat mission in Latvia, officials said on "
                "Thursday after talks with the Latvian army, weeks before the December 31 deadline.",
            ),
            ("2024-09-28", "The coalition's military mission in Latvia will end by September 2025."),
            ("2025-10-01", "The coalition's military mission in Latvia was to end by September 2025."),
        ]
    )
    assert threads["a0"] == threads["a1"] and threads["a2"] == threads["a3"] and threads["a0"] != threads["a2"]
    assert "postponed" not in set(changes["flag"])


def test_a_deadline_set_long_after_the_last_one_passed_is_a_new_deadline():
    threads, changes = _deadlines(
        [
            ("2021-01-05", "The United States will withdraw its troops from Latvia by January 31."),
            ("2021-01-20", "The United States is on track to withdraw its troops from Latvia by January 31."),
            ("2023-06-01", "The United States will withdraw its troops from Latvia by December 2023."),
            ("2023-09-01", "The United States will now withdraw its troops from Latvia by March 2024."),
        ]
    )
    assert threads["a0"] == threads["a1"] != threads["a2"] == threads["a3"]
    assert changes["flag"].tolist().count("postponed") == 1  # December 2023 -> March 2024, told while it stood


def test_deadlines_that_name_nothing_they_are_for_stay_in_their_own_story():
    """Two stories told in one place: a loan's term and a plant's completion are not one deadline moved;
    within one story, the deadline that names nothing is still the story's."""
    threads, changes = _deadlines(
        [
            ("1987-03-02", "The Brenner Trust said its loan to Halden Bank in Bavaria runs until March 15."),
            ("1987-03-03", "Halden Bank said the Brenner Trust loan in Bavaria runs until March 15."),
            ("1987-03-04", "The Carro Mill plant that Esk Works is building in Bavaria will be finished by 1989."),
            ("1987-03-05", "Esk Works said the Carro Mill plant in Bavaria is due to be finished by 1989."),
            ("1987-03-06", "Halden Bank said the Brenner Trust loan in Bavaria now runs until April 30."),
        ]
    )
    assert threads["a0"] == threads["a1"] == threads["a4"] and threads["a2"] == threads["a3"] != threads["a0"]
    assert changes["flag"].tolist().count("postponed") == 1  # the loan's term, March 15 -> April 30


def test_thread_summary(sample_track):
    threads = sample_track.threads
    validate(threads, THREADS, "threads")
    top = threads.iloc[0]
    assert top["thread_label"] == "US troops in Iraq"
    assert top["articles"] >= 12 and "," in top["outlets"]


def test_look_alikes_stay_apart():
    text = (
        "About 2,500 US troops are in Iraq. About 900 US troops are in Syria. "
        "More than 100 US troops were injured in the attack. Roughly 2,200 troops will be withdrawn."
    )
    aligned = ct.align_claims(ct.extract_claims(one_article(text)))
    assert aligned["thread_id"].nunique() == 4


def test_paraphrases_join_across_articles():
    arts = _articles(
        ["2021-01-01", "2021-06-01", "2021-12-01"],
        [
            "About 2,500 U.S. troops are stationed in Iraq.",
            "Roughly 2,500 American forces remain in Iraq.",
            "Some 2,000 US service members are in Iraq.",
        ],
    )
    t = ct.track(arts)
    assert t.aligned["thread_id"].nunique() == 1
    assert t.changes["flag"].tolist() == ["unchanged", "decrease"]


def test_outlets_that_differ_within_days_conflict():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "published": ["2020-09-09", "2020-09-11"],
            "source": ["Wire A", "Paper B"],
            "text": ["About 3,000 US troops will remain in Iraq.", "Some 3,500 US troops will stay in Iraq."],
        }
    )
    assert ct.track(arts).changes["flag"].tolist() == ["conflict"]


def test_a_running_total_that_grows_within_days_is_an_update_not_a_conflict():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "published": ["2020-09-09", "2020-09-11"],
            "source": ["Wire A", "Paper B"],
            "text": [
                "Rescue crews have so far evacuated 1,200 residents from the valley.",
                "Rescue crews have evacuated 1,450 residents from the valley.",
            ],
        }
    )
    assert ct.track(arts).changes["flag"].tolist() == ["increase"]


def test_outlier_is_flagged_not_a_tenfold_increase():
    texts = ["About 2,500 US troops are in Iraq."] * 3 + ["About 25,000 US troops are in Iraq."]
    arts = pd.DataFrame(
        {
            "article_id": list("abcd"),
            "published": ["2021-01-01", "2021-03-01", "2021-05-01", "2021-07-01"],
            "source": "S",
            "text": texts,
        }
    )
    assert ct.track(arts).changes["flag"].tolist() == ["unchanged", "unchanged", "outlier"]


def test_review_file_merges_splits_renames_and_rejects(tmp_path, seed_track):
    aligned = seed_track.aligned
    ids = aligned.drop_duplicates("surface").set_index("surface")["claim_id"]
    review = tmp_path / "review.yml"
    review.write_text(
        f"rename:\n  '{ids['roughly 2,500']}': Troops in Iraq\n"
        f"split:\n  - '{ids['2,500']}'\n"
        f"reject:\n  - '{ids['two']}'\n"
        f"merge:\n  - ['{ids['2003']}', '{ids['2011']}']\n"
    )
    reviewed = ct.apply_review(aligned, ct.load_review(review))
    by = reviewed.set_index("claim_id")
    assert by.loc[ids["roughly 2,500"], "thread_label"] == "Troops in Iraq"
    assert by.loc[ids["2,500"], "thread_id"] != by.loc[ids["roughly 2,500"], "thread_id"]
    assert ids["two"] not in by.index
    assert by.loc[ids["2011"], "thread_id"] == by.loc[ids["2003"], "thread_id"]


def test_a_dissenting_source_is_a_conflict_not_a_change():
    """Another source's figure the next report does not bear out is a conflict; the level stays."""
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published": ["2021-07-20", "2021-07-21", "2021-07-22"],
            "source": ["Wire A", "Paper B", "Paper C"],
            "text": [
                "About 2,500 US troops are in Iraq, Pentagon officials said.",
                "About 3,500 US troops are in Iraq, an anonymous official said.",
                "About 2,500 US troops are in Iraq, Pentagon officials said.",
            ],
        }
    )
    changes = ct.track(arts).changes
    pairs = set(zip(changes["from_claim_id"].str[0], changes["to_claim_id"].str[0], changes["flag"], strict=True))
    assert pairs == {("a", "b", "conflict"), ("a", "c", "unchanged")}


def test_allies_leaving_one_country_by_one_date_share_a_deadline_named_for_most_of_its_claims():
    threads, _changes = _deadlines(
        [
            ("2021-02-01", "US troops will leave Latvia by May 1, officials said."),
            ("2021-02-03", "NATO troops will also leave Latvia by May 1."),
            ("2021-03-01", "The US is still set to withdraw from Latvia by May 1."),
        ]
    )
    assert threads.nunique() == 1
    assert "deadline us in latvia" in threads.iloc[0]


def test_a_count_that_names_no_place_is_of_the_whole_whose_parts_are_apart():
    arts = _articles(
        ["2023-05-01", "2023-05-02", "2023-05-03"],
        [
            "The storm destroyed more than 300 homes on Ridge Island, officials said.",
            "On Ridge Island, the storm destroyed 12 homes in Alder and 20 homes in Birchwood.",
            "Ridge Island's mayor said 320 homes were destroyed in all.",
        ],
    )
    aligned = ct.track(arts).aligned.set_index("surface")
    assert aligned.loc["320", "thread_id"] == aligned.loc["more than 300", "thread_id"]
    assert aligned.loc["12", "thread_id"] != aligned.loc["more than 300", "thread_id"]


def test_a_date_that_names_no_event_joins_the_event_most_claims_of_its_day_name():
    arts = _articles(
        ["2023-03-04", "2023-03-05", "2023-03-06", "2023-03-07", "2023-03-08"],
        [
            "Ferry traffic resumed on March 3 after the Ardent Star was moved aside.",
            "The Ardent Star ran aground on March 3 near the harbour mouth.",
            "The Ardent Star, which ran aground on March 3, is still stuck.",
            "March 3 was a long day for the crew of the Ardent Star.",
            # other dates of the corpus, so that the ship's name is rare enough to tell a day apart
            " ".join(f"The port council met on {d} January." for d in range(2, 30, 2)),
        ],
    )
    aligned = ct.track(arts).aligned
    dates = aligned[(aligned["kind"] == "date") & (aligned["article_id"] != "e")].set_index("article_id")["thread_id"]
    assert dates["d"] == dates["b"] == dates["c"] != dates["a"]


def test_a_day_that_names_no_event_is_the_day_of_its_storys_event_that_day():
    # no rare name ties 'Friday night' to the grounding: only its story and its day do; the first
    # claim of the thread names no event, and the thread is still named for its event
    arts = _articles(
        ["2023-03-05", "2023-03-06", "2023-03-07"],
        [
            "The Ardent Star has sat idle at Port Velm since Friday night. Crews stayed with it on Saturday.",
            "The Ardent Star ran aground at Port Velm on March 3.",
            "The Ardent Star, which ran aground at Port Velm on March 3, is still there.",
        ],
    )
    aligned = ct.track(arts).aligned
    dates = aligned[aligned["kind"] == "date"].set_index("surface")["thread_id"]
    assert dates["Friday night"] == dates["March 3"].iloc[0] == dates["March 3"].iloc[1]
    assert "ground" in dates["Friday night"]
    assert dates["Saturday"] != dates["Friday night"]  # no event of the story that day


def test_a_count_in_an_article_about_another_country_takes_no_place_from_the_story():
    # three articles count Peru's dead; one about Chile (named twice, Peru once) gives a toll with no place
    texts = [
        "Storm Alba killed 40 people in Peru, the Red Cross said.",
        "The Red Cross said Storm Alba killed 41 people in Peru.",
        "Storm Alba has killed 42 people in Peru, according to the Red Cross.",
        "Chile declared an emergency on Monday as Storm Alba passed from Peru. The Red Cross said the storm "
        "killed 12 people. Chile's army sent 300 soldiers.",
    ]
    arts = _articles([f"2023-05-0{i}" for i in range(1, 5)], texts)
    aligned = ct.track(arts).aligned.set_index("surface")["thread_id"]
    assert aligned["40"] == aligned["41"] == aligned["42"] != aligned["12"]


def test_a_count_takes_no_place_from_its_story_when_its_article_names_two_places_the_story_counts_it_in():
    # a weekly report of a region and of the world: a bare count of an article naming both is of neither
    texts = [f"Irma Sol of Velm Data said {n} rigs were at sea in the Orsk Basin." for n in (40, 42, 44)]
    texts += [f"Irma Sol of Velm Data said {n} rigs were at sea worldwide." for n in (400, 410)]
    texts += ["On May 6 Velm Data counted rigs in the Orsk Basin and worldwide. Irma Sol said 45 rigs were at sea."]
    arts = _articles([f"2023-05-0{i}" for i in range(1, 7)], texts)
    aligned = ct.track(arts).aligned.set_index("surface")["thread_id"]
    assert aligned["40"] == aligned["44"] != aligned["400"] == aligned["410"]
    assert aligned["45"] not in (aligned["40"], aligned["400"])


def test_a_count_takes_a_group_from_its_story_only_if_its_article_names_the_group():
    texts = [
        "About 2,000 US troops are in Kuwait, the Camp Arifjan command said.",
        "The Camp Arifjan command said 2,050 US troops are in Kuwait.",
        "Some 2,000 US troops remain in Kuwait, according to the Camp Arifjan command.",
        "Officials said on Monday that 300 troops are in Kuwait, the Camp Arifjan command confirmed.",
    ]
    arts = _articles([f"2023-05-0{i}" for i in range(1, 5)], texts)
    aligned = ct.track(arts).aligned.set_index("surface")["thread_id"]
    assert aligned["2,050"] != aligned["300"]


def test_a_city_told_of_only_in_articles_about_one_country_is_not_another_country():
    # an article about India names the city where the outbreak began: Wuhan's count is still not India's
    texts = [
        "China said 300 people were infected in Wuhan, Dr Lin Wei of the Jade Clinic said. China closed schools.",
        "China reported that 320 people were infected in Wuhan, Dr Lin Wei of the Jade Clinic said. China shut parks.",
        "India said 5 people were infected in India after trips to Wuhan, Dr Lin Wei of the Jade Clinic said. "
        "India shut borders.",
        "India said 7 people were infected in India, Dr Lin Wei of the Jade Clinic said. India shut schools.",
    ]
    arts = _articles([f"2020-02-0{i}" for i in range(1, 5)], texts)
    aligned = ct.track(arts).aligned.set_index("surface")["thread_id"]
    assert aligned["300"] == aligned["320"] != aligned["5"] == aligned["7"]


def test_the_place_that_closes_a_list_of_counts_is_the_place_of_each():
    claims = ct.extract_claims(
        one_article("The agency counted 30 cases, 4 deaths and 12 recoveries in Velmark, and 2 cases elsewhere.")
    ).set_index("surface")["subject"]
    assert claims["30"].endswith(" in velmark") and claims["4"] == "killed people in velmark"
    assert not claims["2"].endswith(" in velmark")


def test_ages_of_people_are_claims_of_their_own():
    # a person's age is theirs: the ages of two victims named in two articles make no thread, and no change
    arts = _articles(
        ["2023-05-01", "2023-05-03"],
        [
            "Among the dead was Mara Vell, 71, who ran the corner bakery.",
            "Police named another victim, Tomas Ebb, 76, a retired teacher.",
        ],
    )
    t = ct.track(arts)
    ages = t.aligned[t.aligned["surface"].isin(["71", "76"])]
    assert len(ages) == 2 and (ages["unit"] != "").all()
    assert ages["thread_id"].nunique() == 2
    assert not t.changes["thread_id"].isin(ages["thread_id"]).any()


def test_one_event_on_one_day_long_before_is_one_event_wherever_it_is_placed():
    arts = _articles(
        ["2020-05-04", "2021-06-05", "2021-06-06"],
        [
            "Rail strikes in Ruritania followed the bombing of March 3, 2004, in its capital.",
            "The army deployed after the March 3, 2004, bombing against the Ruritanian rail network.",
            "The town was bombed on March 3 last year and its bridge on June 1.",
        ],
    )
    aligned = ct.track(arts).aligned
    dates = aligned[aligned["kind"] == "date"].set_index("surface")["thread_id"]
    assert len(set(dates[dates.index.str.contains("2004")])) == 1
    assert dates["March 3"] not in set(dates[dates.index.str.contains("2004")])  # a recent day is no history


def test_a_deadline_for_an_event_that_happens_once_and_the_event_are_one_date():
    arts = _articles(
        ["2022-04-05", "2022-04-12"],
        [
            "Port officials said ferry traffic on the Varne strait would resume within 48 hours.",
            "Ferry traffic on the Varne strait resumed on Monday, a week after the storm.",
        ],
    )
    t = ct.track(arts)
    dates = t.aligned[t.aligned["kind"] == "date"]
    resumed = dates[dates["surface"].isin(["within 48 hours", "Monday"])]
    assert resumed["thread_id"].nunique() == 1
    assert "postponed" in set(t.changes.loc[t.changes["thread_id"] == resumed["thread_id"].iloc[0], "flag"])


def test_what_resumes_and_where_part_the_dates_of_resuming():
    arts = _articles(
        ["2022-04-05", "2022-04-06", "2022-04-06", "2022-04-07"],
        [
            "Talks between Vendmark and the Tollan union will resume on Thursday, a Vendmark spokesman said.",
            "Vendmark said its Tollan plant would resume production within two weeks.",
            "Cargo handling at Orsk resumed on Monday after the walk-out ended, officials said.",
            "Vendmark said the Tollan union's proposal on pay, to be resumed by Friday, was new.",
        ],
    )
    dates = ct.track(arts).aligned.query("kind == 'date'").set_index("surface")["thread_id"]
    assert dates["Thursday"] != dates["within two weeks"]  # talks resuming are not production resuming
    assert dates["by Friday"] != dates["Thursday"]  # nor is what resumes unnamed the talks its story names
    assert dates["within two weeks"] != dates["Monday"]  # nor is a plant's production a port's, in another story


def test_an_event_takes_no_country_its_article_neither_is_about_nor_names():
    # a story of announcements in Chile; an article about Norway that names Chile may take it, one that does not may not
    frame = pd.DataFrame(
        {
            "article_id": list("abcd"),
            "sentence": [
                "Chile announced it.",
                "Chile announced more.",
                "The trust announced it.",
                "Chile's trust said so.",
            ],
            "subject": ["announce in chile", "announce in chile", "announce", "announce"],
            "value_low": [float("nan")] * 4,
            "value_high": [float("nan")] * 4,
        }
    )
    told, bare = Key("date", "announce", "", "", "chile", "event", ""), Key("date", "announce", "", "", "", "event", "")
    context = Corpus(
        dict.fromkeys("abcd", "a"),
        {a: s.lower() for a, s in zip(frame["article_id"], frame["sentence"], strict=True)},
        {"a": "chile", "b": "chile", "c": "norway", "d": "norway"},
    )
    keys, _reasons = complete_keys(frame, [told, told, bare, bare], default_lexicon(), context)
    assert [k.place for k in keys] == ["chile", "chile", "", "chile"]


def test_sums_a_thousand_times_apart_are_two_figures_not_a_change():
    # the price of a share and a bid's total are told alike ('a $35 offer', 'a $265 million offer'), and so
    # are a loss per share and the year's; a bid raised is a change of either
    texts = [
        "Velm Freight made a $35 offer for Marlow Couriers.",
        "Velm Freight's $265 million offer for Marlow Couriers was rejected.",
        "Velm Freight raised its offer for Marlow Couriers to $40.",
        "Velm Freight made a $300 million offer for Marlow Couriers.",
    ]
    track = ct.track(_articles(["2021-03-02", "2021-04-02", "2021-05-02", "2021-06-02"], texts))
    threads = track.aligned.set_index("surface")["thread_id"]
    assert threads["$35"] == threads["$40"] != threads["$265 million"] == threads["$300 million"]
    assert track.changes["flag"].tolist() == ["increase", "increase"]
    assert track.threads["thread_label"].str.contains("under 100", regex=False).sum() == 1


def test_the_deadlines_of_two_bidders_offers_are_two_deadlines():
    # one bidder's deadline moved is a postponement; a rival's deadline is another, whatever names they share
    texts = [
        "Marlow Couriers said the Velm offer expires on March 20.",
        "Velm extended the deadline on its offer to March 27, a spokesman for Velm said.",
        "Harbin Freight's rival bid for Marlow Couriers expires on April 28.",
    ]
    track = ct.track(_articles(["2021-03-02", "2021-03-10", "2021-03-12"], texts))
    dates = track.aligned[track.aligned["kind"] == "date"].set_index("surface")
    assert (
        dates.loc["March 20", "thread_id"] == dates.loc["March 27", "thread_id"] != dates.loc["April 28", "thread_id"]
    )
    assert dates.loc["March 20", "thread_label"] == "End of Velm's offer"
    assert track.changes["flag"].tolist() == ["postponed"]


def test_the_ends_of_two_things_of_one_story_are_two_and_an_end_said_without_its_owner_is_the_owned_ones():
    texts = [
        "The Marlow truce expires on March 20, officials in Velm said.",
        "The Velm talks will end on March 27, officials in Velm said.",
        "Officials in Velm said the truce now expires on April 3.",
    ]
    track = ct.track(_articles(["2021-03-02", "2021-03-10", "2021-03-12"], texts))
    dates = track.aligned[track.aligned["kind"] == "date"].set_index("surface")
    assert dates.loc["March 20", "thread_id"] == dates.loc["April 3", "thread_id"] != dates.loc["March 27", "thread_id"]
    assert dates.loc["March 20", "thread_label"] == "End of Marlow's truce"
    assert track.changes["flag"].tolist() == ["postponed"]


def test_an_event_two_sentences_name_alike_is_one_wherever_their_articles_are_but_places_told_part():
    # the agency's declaration is placed only by each article's country; each quake's place is told
    texts = [
        "Chile reported 40 new cases. Schools in Chile closed. The Velm Health Agency declared a pandemic on March 11.",
        "Peru reported 12 new cases. Schools in Peru shut. The Velm Health Agency declared it a pandemic on March 11.",
        "A quake struck Chile on March 20, the Velm Survey said. Chile counted 3 dead.",
        "A quake struck Peru on March 20, the Velm Survey said. Peru counted 5 dead.",
    ]
    track = ct.track(_articles(["2021-03-12", "2021-03-13", "2021-03-21", "2021-03-22"], texts))
    dates = track.aligned[track.aligned["kind"] == "date"].set_index("article_id")
    assert dates.loc["a", "thread_id"] == dates.loc["b", "thread_id"]
    assert dates.loc["c", "thread_id"] != dates.loc["d", "thread_id"]
    assert "Chile" not in dates.loc["a", "thread_label"]  # a thread of two places is named by neither


def test_the_dead_or_missing_are_casualties_not_deaths():
    texts = [
        "The Velm quake killed at least 300 people, officials in Velmark said.",
        "The Velm quake left 1,000 people dead or missing, officials in Velmark said.",
        "The Velm quake killed 320 people, officials in Velmark said.",
    ]
    track = ct.track(_articles(["2021-03-06", "2021-03-09", "2021-03-12"], texts))
    labels = track.aligned.set_index("surface")["thread_label"]
    assert labels["at least 300"] == labels["320"] != labels["1,000"]
    assert labels["1,000"].startswith("Casualties") and labels["320"].startswith("Deaths")
    assert track.changes["flag"].tolist() == ["increase"]


def test_the_ends_of_two_states_are_not_one_end_moved():
    # 'until' a day ends a state; the ends of two things of one story are not one end moved, two of one day are one
    texts = [
        "The Marlow Trust said the Velm bridge stays shut until June 1. The Marlow Trust owns 4 bridges.",
        "The Marlow Trust said the Velm bridge will be out of use until June 1. The Marlow Trust owns 4 bridges.",
        "The Marlow Trust said the Velm ferry would not sail until September 30. The Marlow Trust owns 4 bridges.",
    ]
    track = ct.track(_articles(["2021-03-02", "2021-03-03", "2021-03-04"], texts))
    dates = track.aligned[track.aligned["kind"] == "date"].set_index("article_id")["thread_id"]
    assert dates["a"] == dates["b"] != dates["c"]
    assert not track.changes["flag"].isin(["postponed", "advanced"]).any()


def test_a_thread_that_says_not_what_it_measures_has_no_overall_change_and_ranks_after_those_that_do():
    # '12,000 people' and '30,000 people' need not be one quantity; the deaths are the story
    texts = [
        "The Lorn flood killed 12 people in Velmark. About 12,000 people came to the Lorn fair.",
        "The Lorn flood killed 15 people in Velmark. About 30,000 people came to the Lorn fair.",
        "Some 20,000 people marched in Velmark, the Lorn council said.",
    ]
    track = ct.track(_articles(["2021-03-02", "2021-03-03", "2021-03-04"], texts))
    summary = track.threads.set_index("thread_label")
    people = summary[summary.index.str.startswith("People")]
    assert len(people) and (people["overall_change"] == "").all()
    assert summary.loc["Deaths in Velmark", "overall_change"] == "+25 %"
    assert (
        track.aligned.set_index("thread_id").loc[main_thread(track.aligned), "thread_label"].iloc[0]
        == "Deaths in Velmark"
    )


def test_a_thread_of_one_article_states_no_change_and_a_retold_thread_is_the_main_one():
    # seat counts of two parties in one article are no change; the date three articles give is the story
    texts = [
        "The Vell Party won 365 seats and the Orn Party 203 seats in Velmark. The Velm assembly sits until May 14.",
        "The Velm assembly will not meet until May 14, the Vell Party said.",
        "Critics of the Vell Party said the Velm assembly sits until May 14.",
    ]
    track = ct.track(_articles(["2021-03-02", "2021-03-03", "2021-03-04"], texts))
    single = track.threads[track.threads["articles"] == 1]
    assert len(single) and (single["overall_change"] == "").all()
    main = track.aligned.set_index("thread_id").loc[main_thread(track.aligned)]
    assert (main["kind"] == "date").all() and main["article_id"].nunique() == 3


def test_the_days_of_a_storm_that_lasts_are_no_conflict():
    texts = [
        "Hurricane Varla cleared the Orn Islands yesterday, the Velm Weather Office said.",
        "Hurricane Varla hit the Orn Islands on Sunday, the Velm Weather Office said.",
    ]
    track = ct.track(_articles(["2021-09-05", "2021-09-17"], texts))
    assert not track.changes["flag"].isin(["conflict", "outlier"]).any()


def test_a_forecast_by_a_day_is_a_deadline_of_its_own_level_not_of_another_forecast():
    # 'a price by a day' is a deadline set for that level: a forecast of another level by another day is another
    texts = [
        "Brokers see crude reaching 95 dlrs a barrel by the spring of 2022.",
        "One trader expects 95 dlrs a barrel by the spring of 2022.",
        "Analysts expect output to fall to 80 pct of capacity by the end of 2022.",
    ]
    track = ct.track(_articles(["2021-03-02", "2021-03-10", "2021-03-12"], texts))
    dates = track.aligned[track.aligned["kind"] == "date"]
    spring, end = dates[dates["surface"] == "by the spring of 2022"], dates[dates["surface"] == "by the end of 2022"]
    assert spring["thread_id"].nunique() == 1 and spring["thread_id"].iloc[0] != end["thread_id"].iloc[0]
    assert spring["subject"].tolist() == ["to 95", "to 95"]
