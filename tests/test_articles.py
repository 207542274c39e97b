"""load_articles: every input form, dates from datelines, and bad input named, never dropped silently."""

from __future__ import annotations

import json
import shutil
import warnings

import pandas as pd
import pytest
from conftest import SAMPLE, SEEDS, need_shared

import claimtrack as ct
from claimtrack.errors import ClaimtrackError, InputWarning
from claimtrack.schema import ARTICLES, validate


def test_seeds_folder_with_metadata():
    need_shared()
    arts = ct.load_articles(SEEDS)
    validate(arts, ARTICLES, "articles")
    assert list(arts["article_id"]) == ["000_67851c602219a600", "004_610c75f5660d747f"]
    assert list(arts["published"].dt.strftime("%Y-%m-%d")) == ["2020-07-08", "2021-07-24"]
    assert arts.loc[0, "source"] == "The Arab Weekly"
    assert set(arts["published_from"]) == {"metadata.csv"}
    assert arts.loc[0, "text"] == (SEEDS / "000_67851c602219a600.txt").read_text("utf-8")


def test_dateline_weekday_settles_day_month(tmp_path):
    need_shared()
    shutil.copy(SEEDS / "000_67851c602219a600.txt", tmp_path)
    arts = ct.load_articles(tmp_path)
    assert arts.loc[0, "published"] == pd.Timestamp("2020-07-08")
    assert arts.loc[0, "published_from"] == "dateline"
    assert arts.loc[0, "title"].startswith("US sees smaller")


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("Friday 07/08/2020", "2020-08-07"),
        ("Wednesday 08/07/2020", "2020-07-08"),
        ("Thursday 08/10/2020", "2020-10-08"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("26 July 2021", "2021-07-26"),
        ("2021-07-26", "2021-07-26"),
    ],
)
def test_infer_published(dateline, expected):
    from claimtrack.ingest.published import infer_published

    assert str(infer_published(f"A headline\n{dateline}\nBAGHDAD - text.")) == expected


def test_sample_corpus_front_matter_and_txt():
    arts = ct.load_articles(SAMPLE)
    assert len(arts) >= 10
    assert arts["published"].notna().all()
    assert arts["source"].replace("", None).dropna().nunique() >= 4
    txt = arts[arts["path"].str.endswith(".txt")]
    assert len(txt) == 1 and txt["published_from"].iloc[0] == "dateline"


def test_table_inputs_round_trip(tmp_path):
    frame = pd.DataFrame(
        {
            "article_id": ["x", "y"],
            "published": ["2021-01-01", "2021-02-01"],
            "source": ["A", "B"],
            "text": ["2,500 troops.", "3,000 troops."],
        }
    )
    frame.to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "b.jsonl").write_text(
        "\n".join(json.dumps(r) for r in frame.assign(article_id=["j1", "j2"]).to_dict("records"))
    )
    frame.assign(article_id=["p1", "p2"]).to_parquet(tmp_path / "c.parquet")
    arts = ct.load_articles(tmp_path)
    assert sorted(arts["article_id"]) == ["j1", "j2", "p1", "p2", "x", "y"]
    assert arts["published"].notna().all()
    assert ct.load_articles(frame)["article_id"].tolist() == ["x", "y"]


def test_csv_without_ids_uses_url_slug(tmp_path):
    pd.DataFrame({"url": ["https://n.example/wiki/Some_story"], "date": ["2020-01-02"], "text": ["Five died."]}).to_csv(
        tmp_path / "w.csv", index=False
    )
    arts = ct.load_articles(tmp_path / "w.csv")
    assert arts.loc[0, "article_id"] == "Some_story"
    assert arts.loc[0, "published"] == pd.Timestamp("2020-01-02")


def test_readme_is_not_an_article(tmp_path):
    (tmp_path / "README.md").write_text("# About this corpus\n2,000 words.")
    (tmp_path / "a.md").write_text("---\ntitle: T\npublished: 2021-03-04\n---\nAbout 2,500 troops.")
    arts = ct.load_articles(tmp_path)
    assert arts["article_id"].tolist() == ["a"]
    assert arts.loc[0, "text"] == "About 2,500 troops."
    assert arts.loc[0, "title"] == "T"


def _bad_folder(tmp_path):
    (tmp_path / "good.md").write_text(
        "---\npublished: 2021-03-04\nsource: Wire\n---\nAbout 2,500 US troops are in Iraq."
    )
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\t\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners said 12 people were hurt on Friday.".encode("cp1252"))
    (tmp_path / "utf16.txt").write_text("About 300 people left on Monday.", encoding="utf-16")
    (tmp_path / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nSome 40 homes burned.")
    (tmp_path / "baddate.md").write_text("---\npublished: 2021-02-30\n---\nNearly 90 people voted.")
    (tmp_path / "bad.jsonl").write_text('{"article_id": "j1", "text": "Six died.", "published": "2021-01-01"}\n{oops\n')
    return tmp_path


def test_bad_inputs_are_named_and_good_ones_kept(tmp_path):
    folder = _bad_folder(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = ct.load_articles(folder)
    messages = " | ".join(str(w.message) for w in caught if issubclass(w.category, InputWarning))
    for name, problem in [
        ("empty.txt", "empty"),
        ("blank.txt", "whitespace"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("badyaml.md", "YAML"),
        ("baddate.md", "not a date"),
        ("bad.jsonl:2", "not valid JSON"),
    ]:
        assert name in messages and problem in messages, (name, problem, messages)
    ids = set(arts["article_id"])
    assert {"good", "latin1", "utf16", "badyaml", "baddate", "j1"} <= ids
    assert not {"empty", "blank", "binary"} & ids
    assert "é" in arts.set_index("article_id").loc["latin1", "text"]
    skipped = {s["path"].rsplit("/", 1)[-1] for s in arts.attrs["skipped"]}
    assert {"empty.txt", "blank.txt", "binary.txt", "bad.jsonl:2"} <= skipped


def test_duplicate_ids_are_renamed_with_a_warning(tmp_path):
    frame = pd.DataFrame({"article_id": ["a", "a"], "text": ["One.", "Two."], "published": ["2021-01-01"] * 2})
    with pytest.warns(InputWarning, match="duplicate article_id"):
        arts = ct.load_articles(frame)
    assert arts["article_id"].tolist() == ["a", "a-2"]


def test_missing_text_column_is_an_error(tmp_path):
    pd.DataFrame({"title": ["x"]}).to_csv(tmp_path / "t.csv", index=False)
    with pytest.raises(ClaimtrackError, match="t.csv.*text"):
        ct.load_articles(tmp_path / "t.csv")


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(ClaimtrackError, match="no such file"):
        ct.load_articles(tmp_path / "nope")
