"""Review files and the Review builder: YAML, CSV and Python give the same rows and the same run;
the older shapes still read; saving keeps what a file held; bad files are clear errors naming them."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import claimtrack as ct

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c", "d"],
        "published": ["2021-01-01", "2021-03-01", "2021-03-20", "2021-09-01"],
        "source": ["Wire A", "Paper B", "Paper C", "Wire A"],
        "text": [
            "About 3,000 US troops are in Iraq. Iraq has 150,000 soldiers.",
            "There are 2,500 US troops in Iraq. Some 60 ships wait at the canal.",
            "There are 9,000 US troops in Iraq. Iraq has 160,000 soldiers.",
            "About 2,500 US troops remain in Iraq. Some 80 ships wait at the canal.",
        ],
    }
)
# short ids of the claims above (a hash of their claim_id: the same on every run)
S = {"3,000": "xxngcovg", "150,000": "gnamtmpe", "2,500": "ohxy5nrb", "60": "4rhnkn2w", "9,000": "5oypfb3b"}
S |= {"160,000": "cdoyxxum", "about 2,500": "y27srv7x", "80": "dg6r7aaa"}

YAML = f"""\
split:   [{{claims: [{S["150,000"]}, {S["160,000"]}], label: Iraqi soldiers}}]
move:    [{{claims: ["c:10-15"], to: {S["60"]}}}]
rename:  {{ships waiting at the canal: Ships at the canal}}
merge:   [{{thread: Iraqi soldiers, into: {S["2,500"]}}}]
reject:  [{S["80"]}]
dismiss: [{S["3,000"]}-{S["2,500"]}]
accept:  [{{claim: {S["9,000"]}, flag: outlier}}]
"""
ROWS = (
    ("split", S["150,000"], "Iraqi soldiers"),
    ("split", S["160,000"], "Iraqi soldiers"),
    ("move", "c:10-15", S["60"]),
    ("rename", "ships waiting at the canal", "Ships at the canal"),
    ("merge", "Iraqi soldiers", S["2,500"]),
    ("reject", S["80"], ""),
    ("dismiss", f"{S['3,000']}-{S['2,500']}", ""),
    ("accept", S["9,000"], "outlier"),
)
CSV = "action,item,target\n" + "".join(",".join(r) + "\n" for r in ROWS)
PYTHON = (
    ct.Review()
    .split([S["150,000"], S["160,000"]], label="Iraqi soldiers")
    .move("c:10-15", to=S["60"])
    .rename("ships waiting at the canal", "Ships at the canal")
    .merge("Iraqi soldiers", into=S["2,500"])
    .reject([S["80"]])
    .dismiss(f"{S['3,000']}-{S['2,500']}")
    .accept(S["9,000"], flag="outlier")
)


def _write(tmp_path, name: str, text: str | bytes):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_the_short_ids_are_a_hash_of_the_claim_id():
    t = ct.track(ARTICLES)
    assert t.aligned.set_index("claim_id")["short_id"]["a:0-11"] == S["3,000"]
    assert ct.track(ARTICLES.iloc[::-1]).aligned.set_index("claim_id")["short_id"]["a:0-11"] == S["3,000"]
    assert t.aligned["short_id"].str.fullmatch(r"[a-z2-7]{8}").all()
    assert set(t.claims["short_id"]) == set(S.values())  # the claims table has the column too
    assert t.changes["change_id"].tolist()[0] == f"{S['3,000']}-{S['2,500']}"


@pytest.mark.parametrize("name, text", [("review.yml", YAML), ("review.yaml", YAML), ("review.csv", CSV)])
def test_yaml_csv_and_python_read_as_the_same_rows(tmp_path, name, text):
    path = _write(tmp_path, name, text)
    review = ct.load_review(path)
    assert review.rows == ROWS == PYTHON.rows
    assert review.source == str(path)  # kept for the warnings that name the file
    assert review.table.columns.tolist() == ["action", "item", "target"]


def test_yaml_csv_and_python_give_the_same_run(tmp_path):
    runs = [
        ct.track(ARTICLES, review=_write(tmp_path, "r.yml", YAML)),
        ct.track(ARTICLES, review=_write(tmp_path, "r.csv", CSV)),
        ct.track(ARTICLES, review=PYTHON),
        ct.track(ARTICLES, review=PYTHON.table),
    ]
    for other in runs[1:]:
        pd.testing.assert_frame_equal(other.aligned, runs[0].aligned)
        pd.testing.assert_frame_equal(other.changes, runs[0].changes)
    t = runs[0]
    label = t.aligned.set_index("short_id")["thread_label"]
    assert label[[S["150,000"], S["160,000"]]].tolist() == ["US troops in Iraq"] * 2  # split off, merged back
    assert label[S["9,000"]] == label[S["60"]] == "Ships at the canal"  # moved, then renamed with its thread
    assert S["80"] not in label.index
    assert t.changes[["change_id", "flag", "review"]].values.tolist() == [
        [f"{S['2,500']}-{S['160,000']}", "outlier", ""],
        [f"{S['2,500']}-{S['about 2,500']}", "unchanged", ""],
        [f"{S['60']}-{S['9,000']}", "outlier", "accepted"],
    ]  # the decrease from 3,000 to 2,500 dismissed
    assert t.review_log["claims"].tolist() == [1, 1, 1, 3, 2, 1, 1, 1]
    assert t.review_log["message"].tolist()[-2:] == [
        f"dismiss '{S['3,000']}-{S['2,500']}': 1 flag dismissed",
        f"accept '{S['9,000']}' flag 'outlier': 1 flag accepted",
    ]


def test_the_older_shapes_read_with_their_old_meaning(tmp_path):
    old_yaml = "merge:  [['a:0-5', 'b:0-5', 'c:0-5']]\nsplit:  ['d:0-5']\nrename: {'a:0-5': Troops}\nreject: [e]\n"
    old_csv = "action,claim_id,target\nmerge,b:0-5,a:0-5\nmerge,c:0-5,a:0-5\nsplit,d:0-5,\nrename,a:0-5,Troops\n"
    rows = (("merge", "b:0-5", "a:0-5"), ("merge", "c:0-5", "a:0-5"), ("split", "d:0-5", ""))
    assert ct.load_review(_write(tmp_path, "old.yml", old_yaml)).rows == (
        *rows,
        ("rename", "a:0-5", "Troops"),
        ("reject", "e", ""),
    )  # b's and c's threads join a's, as before
    assert ct.load_review(_write(tmp_path, "old.csv", old_csv)).rows == (*rows, ("rename", "a:0-5", "Troops"))


@pytest.mark.parametrize(
    "name, text",
    [
        ("empty.yml", ""),  # an empty YAML file decides nothing
        ("nulls.yml", "merge:\nsplit:\nrename:\nreject:\nmove:\n"),  # nor do keys left empty
        ("header.csv", "action,item,target\n"),  # nor a CSV of its header alone
        ("blank.csv", ""),  # nor an empty CSV
    ],
)
def test_a_review_that_decides_nothing_is_empty(tmp_path, name, text):
    review = ct.load_review(_write(tmp_path, name, text))
    assert len(review) == 0 and review.table.empty


def test_a_csv_may_leave_out_the_target_column_and_values_are_text(tmp_path):
    csv = ct.load_review(_write(tmp_path, "r.csv", "action,item\nreject,e:0-5\nsplit,d:0-5\n"))
    assert csv.rows == (("reject", "e:0-5", ""), ("split", "d:0-5", ""))
    yml = ct.load_review(_write(tmp_path, "r.yml", "rename: {'a:0-5': 2021}\nreject: [12]\n"))
    assert yml.rows == (("rename", "a:0-5", "2021"), ("reject", "12", ""))


def test_a_yaml_list_of_actions_applies_in_its_order(tmp_path):
    text = "- move: {claims: [a], to: T}\n- merge: {thread: T, into: U}\n- move: {claims: [b], to: T}\n"
    review = ct.load_review(_write(tmp_path, "r.yml", text))
    assert review.rows == (("move", "a", "T"), ("merge", "T", "U"), ("move", "b", "T"))


@pytest.mark.parametrize("suffix", ["yml", "csv"])
def test_save_writes_what_load_reads_and_keeps_what_the_file_held(tmp_path, suffix):
    path = tmp_path / f"review.{suffix}"
    first = ct.Review().move(["k3x9q2mz", "p2r8d4tw"], to="US troops in Iraq").rename("Troops", "All troops")
    first.save(path)
    assert ct.load_review(path).rows == first.rows
    ct.Review().reject("q7c2m4aa").save(path)  # a new review appends to what the file held
    assert ct.load_review(path).rows == (*first.rows, ("reject", "q7c2m4aa", ""))
    extended = ct.load_review(path).split("k3x9q2mz", label="Iraqi soldiers")
    extended.save(path)  # a review read from the file and extended is written once, not twice
    extended.save(path)
    assert ct.load_review(path).rows == extended.rows
    # actions of one kind not listed together keep their order
    mixed = ct.Review().move("a", to="T").merge("T", into="U").move("b", to="T")
    mixed.save(tmp_path / f"mixed.{suffix}")
    assert ct.load_review(tmp_path / f"mixed.{suffix}").rows == mixed.rows


def test_saved_yaml_is_the_documented_shape(tmp_path):
    path = PYTHON.save(tmp_path / "r.yml")
    assert ct.load_review(path).rows == ROWS
    text = path.read_text("utf-8")
    assert "split:\n- claims:\n  - gnamtmpe\n  - cdoyxxum\n  label: Iraqi soldiers\n" in text
    assert "rename:\n  ships waiting at the canal: Ships at the canal\n" in text


def test_the_builder_is_immutable():
    empty = ct.Review()
    moved = empty.move("a", to="T")
    assert (len(empty), len(moved)) == (0, 1)
    with pytest.raises(AttributeError):
        moved.rows = ()


@pytest.mark.parametrize(
    "name, text, problem",
    [
        ("missing.yml", None, "review file not found"),
        ("bad.yml", "merge: [[a, b]\n", "not valid YAML"),
        ("list.yml", "- a:0-5\n- b:0-5\n", "expected a mapping"),
        ("scalar.yml", "merge a into b\n", "expected a mapping"),
        ("cols.csv", "action,target\nreject,e:0-5\n", r"missing \['item'\]"),
        ("verb.csv", "action,item,target\ndelete,e:0-5,\n", r"unknown actions \['delete'\]"),
        ("rename.yml", "rename: ['a:0-5']\n", "'rename' must be a mapping"),
        ("latin.yml", "rename: {'a:0-5': 'Troupes \u00e0 Bagdad'}\n".encode("latin-1"), "not UTF-8"),
        ("flat.yml", "merge: ['a:0-5', 'b:0-5']\n", r"'merge' entries must be \{thread: ..., into: ...\}"),
        ("typo.yml", "merge_all: [['a:0-5', 'b:0-5']]\n", r"unknown actions \['merge_all'\]"),
        ("noto.yml", "move: [{claims: [a]}]\n", r"'move' entries must be \{claims: ..., to: ...\}"),
        ("notarget.csv", "action,item,target\nmove,a,\n", "a 'move' needs a target"),
        ("noitem.csv", "action,item,target\nreject,,\n", "a 'reject' names nothing"),
        ("flag.yml", "dismiss: [{claim: a, flag: outlyer}]\n", "'outlyer' is not a flag"),
    ],
)
def test_a_bad_review_file_is_a_clear_error_naming_it(tmp_path, name, text, problem):
    path = tmp_path / name if text is None else _write(tmp_path, name, text)
    with pytest.raises(ct.ClaimtrackError, match=re.escape(str(path)) + ".*" + problem):
        ct.load_review(path)


def test_a_bad_review_table_is_a_clear_error():
    with pytest.raises(ct.ClaimtrackError, match=r"^review: a review table needs columns .* missing \['item'\]"):
        ct.apply_review(ct.track(ARTICLES).aligned, pd.DataFrame({"action": ["reject"]}))


def test_the_readme_shows_the_same_decisions_in_yaml_and_csv(tmp_path):
    from conftest import ROOT

    section = (ROOT / "README.md").read_text("utf-8").split("## Reviewing threads", 1)[1].split("\n## ", 1)[0]
    yaml_text = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    csv_text = section.split("```csv\n", 1)[1].split("```", 1)[0]
    from_yaml = ct.load_review(_write(tmp_path, "r.yml", yaml_text)).rows
    assert from_yaml == ct.load_review(_write(tmp_path, "r.csv", csv_text)).rows
    assert [r[0] for r in from_yaml] == ["move", "move", "merge", "split", "reject", "rename", "accept", "dismiss"]
