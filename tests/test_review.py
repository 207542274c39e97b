"""load_review (YAML and CSV, and the errors bad files give) and apply_review's merges, splits, renames,
rejections and warning about claims the run does not have."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import claimtrack as ct
from claimtrack.schema import ALIGNED, conform, validate

YAML = """\
merge:  [["a:0-5", "b:0-5", "c:0-5"]]
split:  ["d:0-5"]
rename: {"a:0-5": "US troops in Iraq"}
reject: ["e:0-5"]
"""
ROWS = [
    {"action": "merge", "claim_id": "b:0-5", "target": "a:0-5"},  # each later claim of a group joins the first
    {"action": "merge", "claim_id": "c:0-5", "target": "a:0-5"},
    {"action": "split", "claim_id": "d:0-5", "target": ""},
    {"action": "rename", "claim_id": "a:0-5", "target": "US troops in Iraq"},
    {"action": "reject", "claim_id": "e:0-5", "target": ""},
]
CSV = "action,claim_id,target\n" + "".join(f"{r['action']},{r['claim_id']},{r['target']}\n" for r in ROWS)


def _write(tmp_path, name: str, text: str | bytes):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, text", [("review.yml", YAML), ("review.yaml", YAML), ("review.csv", CSV)])
def test_load_review_reads_every_action(tmp_path, name, text):
    path = _write(tmp_path, name, text)
    review = ct.load_review(path)
    assert list(review.columns) == ["action", "claim_id", "target"]
    assert review.to_dict("records") == ROWS
    assert review.attrs["path"] == str(path)  # kept for the warning that names the file


@pytest.mark.parametrize(
    "name, text",
    [
        ("empty.yml", ""),  # an empty YAML file decides nothing
        ("nulls.yml", "merge:\nsplit:\nrename:\nreject:\n"),  # nor do keys left empty
        ("header.csv", "action,claim_id,target\n"),  # nor a CSV of its header alone
    ],
)
def test_a_review_that_decides_nothing_is_empty(tmp_path, name, text):
    review = ct.load_review(_write(tmp_path, name, text))
    assert review.empty and list(review.columns) == ["action", "claim_id", "target"]


def test_a_csv_may_leave_out_the_target_column(tmp_path):
    review = ct.load_review(_write(tmp_path, "r.csv", "action,claim_id\nreject,e:0-5\nsplit,d:0-5\n"))
    assert review.to_dict("records") == [
        {"action": "reject", "claim_id": "e:0-5", "target": ""},
        {"action": "split", "claim_id": "d:0-5", "target": ""},
    ]


def test_yaml_values_are_read_as_text(tmp_path):
    review = ct.load_review(_write(tmp_path, "r.yml", "rename: {'a:0-5': 2021}\nreject: [12]\n"))
    assert review.values.tolist() == [["rename", "a:0-5", "2021"], ["reject", "12", ""]]


@pytest.mark.parametrize(
    "name, text, problem",
    [
        ("missing.yml", None, "review file not found"),  # no such file
        ("bad.yml", "merge: [[a, b]\n", "not valid YAML"),  # YAML that does not parse
        ("list.yml", "- a:0-5\n- b:0-5\n", "expected a mapping"),  # YAML that is not a mapping
        ("scalar.yml", "merge a into b\n", "expected a mapping"),
        ("cols.csv", "action,target\nreject,e:0-5\n", r"missing \['claim_id'\]"),  # a CSV without claim_id
        ("verb.csv", "action,claim_id,target\ndelete,e:0-5,\n", r"unknown actions \['delete'\]"),  # no such action
        ("rename.yml", "rename: ['a:0-5']\n", "'rename' must be a mapping"),  # a list where a mapping belongs
        ("empty.csv", "", r"missing \['action', 'claim_id'\]"),  # an empty CSV has no columns
        ("latin.yml", "rename: {'a:0-5': 'Troupes \u00e0 Bagdad'}\n".encode("latin-1"), "not UTF-8"),  # Latin-1
        ("flat.yml", "merge: ['a:0-5', 'b:0-5']\n", "'merge' must be a list of groups"),  # claims, not groups
        ("typo.yml", "merge_all: [['a:0-5', 'b:0-5']]\n", r"unknown actions \['merge_all'\]"),  # a misspelt key
    ],
    ids=[
        "missing",
        "bad-yaml",
        "yaml-list",
        "yaml-scalar",
        "csv-columns",
        "csv-action",
        "rename-list",
        "empty-csv",
        "not-utf8",
        "flat-merge",
        "typo",
    ],
)
def test_a_bad_review_file_is_a_clear_error_naming_it(tmp_path, name, text, problem):
    path = tmp_path / name if text is None else _write(tmp_path, name, text)
    with pytest.raises(ct.ClaimtrackError, match=re.escape(str(path)) + ".*" + problem):
        ct.load_review(path)


def _claim(article, thread, label, start=0):
    cid = f"{article}:{start}-{start + 5}"
    return {
        "claim_id": cid,
        "article_id": article,
        "published": "2021-01-01",
        "kind": "count",
        "start": start,
        "end": start + 5,
        "value_low": 10.0,
        "value_high": 10.0,
        "qualifier": "exact",
        "thread_id": thread,
        "thread_label": label,
        "thread_reason": "same subject",
    }


@pytest.fixture
def aligned() -> pd.DataFrame:
    """Two threads of two claims and a third of one."""
    return conform(
        pd.DataFrame(
            [
                _claim("a", "count:troops", "Troops"),
                _claim("b", "count:troops", "Troops"),
                _claim("c", "count:soldiers", "Soldiers"),
                _claim("d", "count:soldiers", "Soldiers"),
                _claim("e", "count:ships", "Ships"),
            ]
        ),
        ALIGNED,
    )


def _review(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["action", "claim_id", "target"])


def _apply(aligned, *rows) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning when every claim named is in the run
        out = ct.apply_review(aligned, _review(*rows))
    return out.set_index("claim_id")


def test_merge_moves_the_whole_thread_of_the_second_claim(aligned):
    out = _apply(aligned, ("merge", "c:0-5", "a:0-5"))
    assert out["thread_id"].to_dict() == {
        "a:0-5": "count:troops",
        "b:0-5": "count:troops",
        "c:0-5": "count:troops",
        "d:0-5": "count:troops",
        "e:0-5": "count:ships",
    }
    assert set(out.loc[["c:0-5", "d:0-5"], "thread_label"]) == {"Troops"}
    assert set(out.loc[["c:0-5", "d:0-5"], "thread_reason"]) == {"merged by review into the thread of a:0-5"}
    assert out.loc["a:0-5", "thread_reason"] == "same subject"  # the thread it joins keeps its reason


def test_split_gives_one_claim_a_thread_of_its_own(aligned):
    out = _apply(aligned, ("split", "b:0-5", ""))
    assert out.loc["b:0-5", ["thread_id", "thread_reason"]].tolist() == ["review:b:0-5", "split by review"]
    assert out.loc["a:0-5", ["thread_id", "thread_reason"]].tolist() == ["count:troops", "same subject"]


def test_rename_labels_every_claim_of_the_thread(aligned):
    out = _apply(aligned, ("rename", "b:0-5", "US troops in Iraq"))
    assert out["thread_label"].to_dict() == {
        "a:0-5": "US troops in Iraq",
        "b:0-5": "US troops in Iraq",
        "c:0-5": "Soldiers",
        "d:0-5": "Soldiers",
        "e:0-5": "Ships",
    }


def test_reject_drops_the_claim(aligned):
    out = ct.apply_review(aligned, _review(("reject", "c:0-5", "")))
    assert out["claim_id"].tolist() == ["a:0-5", "b:0-5", "d:0-5", "e:0-5"]
    assert out.index.tolist() == [0, 1, 2, 3]


@pytest.mark.parametrize(
    "rows, labels",
    [
        # rows apply in order: a rename after a merge names the merged thread ...
        ([("merge", "c:0-5", "a:0-5"), ("rename", "a:0-5", "All")], ["All", "All", "All", "All", "Ships"]),
        # ... a rename before it is taken over by the thread merged in
        ([("rename", "c:0-5", "Renamed"), ("merge", "c:0-5", "a:0-5")], ["Troops"] * 4 + ["Ships"]),
        # a claim split off keeps its old label until renamed; the rename is its alone
        ([("split", "b:0-5", ""), ("rename", "b:0-5", "Alone")], ["Troops", "Alone", "Soldiers", "Soldiers", "Ships"]),
    ],
)
def test_actions_apply_in_the_order_of_the_file(aligned, rows, labels):
    assert _apply(aligned, *rows)["thread_label"].tolist() == labels


def test_a_merge_into_a_claim_rejected_before_it_does_nothing(aligned):
    out = _apply(aligned, ("reject", "a:0-5", ""), ("merge", "c:0-5", "a:0-5"))
    assert out["thread_id"].tolist() == ["count:troops", "count:soldiers", "count:soldiers", "count:ships"]


def test_claims_the_run_does_not_have_are_reported_once_in_a_warning_and_skipped(tmp_path, aligned):
    path = _write(
        tmp_path,
        "review.yml",
        "merge: [['a:0-5', 'zz:1-2'], ['x:9-9', 'c:0-5']]\nsplit: ['b:0-5']\nreject: ['yy:3-4']\n",
    )
    with pytest.warns(ct.InputWarning) as caught:
        out = ct.apply_review(aligned, ct.load_review(path)).set_index("claim_id")
    assert len(caught) == 1
    assert str(caught[0].message) == (
        f"{path}: claims not found in this run, skipped: ['x:9-9', 'yy:3-4', 'zz:1-2']"  # merge targets too
    )
    assert out.loc["c:0-5", "thread_id"] == "count:soldiers"  # not merged into a claim the run lacks
    assert out.loc["b:0-5", "thread_id"] == "review:b:0-5"  # the rows naming known claims still apply
    assert len(out) == 5


def test_the_warning_names_at_most_ten_claims(aligned):
    review = _review(*[("reject", f"z:{i:02d}-{i:02d}", "") for i in range(12)])
    with pytest.warns(ct.InputWarning, match=r"^review: .*'z:09-09'\]$"):
        out = ct.apply_review(aligned, review)  # a review built in Python is named 'review'
    assert len(out) == 5


def test_apply_review_leaves_its_input_alone_and_returns_aligned_claims(aligned):
    before = aligned.copy()
    out = ct.apply_review(aligned, _review(("merge", "c:0-5", "a:0-5"), ("reject", "e:0-5", "")))
    pd.testing.assert_frame_equal(aligned, before)
    assert validate(out, ALIGNED, "aligned claims") is out
    assert list(out.columns) == list(aligned.columns)


def test_a_review_file_changes_the_whole_run(tmp_path):
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published": ["2021-01-01", "2021-06-01", "2021-09-01"],
            "source": ["Wire A", "Paper B", "Paper C"],
            "text": [
                "About 3,000 US troops are in Iraq.",
                "There are 2,500 US troops in Iraq.",
                "There are 9,000 US troops in Iraq.",
            ],
        }
    )
    plain = ct.track(arts)
    ids = plain.aligned.set_index("article_id")["claim_id"]
    assert plain.changes["flag"].tolist() == ["decrease", "increase"]
    path = _write(tmp_path, "review.csv", f"action,claim_id,target\nreject,{ids['c']},\nrename,{ids['a']},Troops\n")
    t = ct.track(arts, review=path)
    assert t.aligned["claim_id"].tolist() == [ids["a"], ids["b"]]
    assert t.changes[["flag", "thread_label"]].values.tolist() == [["decrease", "Troops"]]
    assert t.threads[["thread_label", "claims", "latest_value"]].values.tolist() == [["Troops", 2, "2,500"]]
