"""What each review action does to the threads (and only that), in order; the preview lists exactly
what applying changes; decisions the run cannot follow are warned about, never errors."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import claimtrack as ct
from claimtrack.schema import ALIGNED, conform, short_id, validate


def _claim(article: str, thread: str, label: str) -> dict:
    return {
        "claim_id": f"{article}:0-5",
        "article_id": article,
        "published": "2021-01-01",
        "kind": "count",
        "start": 0,
        "end": 5,
        "sentence": f"Sentence of {article}.",
        "value_low": 10.0,
        "value_high": 10.0,
        "thread_id": thread,
        "thread_label": label,
        "thread_reason": "same subject",
    }


@pytest.fixture
def aligned() -> pd.DataFrame:
    """Troops (a, b), Soldiers (c, d) and Ships (e); short ids left empty, as in a table built by hand."""
    rows = [("a", "count:troops", "Troops"), ("b", "count:troops", "Troops")]
    rows += [("c", "count:soldiers", "Soldiers"), ("d", "count:soldiers", "Soldiers"), ("e", "count:ships", "Ships")]
    return conform(pd.DataFrame([_claim(*r) for r in rows]), ALIGNED)


def sid(article: str) -> str:
    return short_id(f"{article}:0-5")


def _apply(aligned: pd.DataFrame, review: ct.Review) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning when every decision applies
        out = ct.apply_review(aligned, review)
    return out.set_index("article_id")


def test_move_takes_only_the_named_claims(aligned):
    out = _apply(aligned, ct.Review().move(["c:0-5"], to="troops").move(sid("d"), to=sid("e")))  # claim_id or short id
    assert out["thread_id"].to_dict() == {  # Soldiers' other claim stays: a move is no merge
        "a": "count:troops",
        "b": "count:troops",
        "c": "count:troops",
        "d": "count:ships",
        "e": "count:ships",
    }
    assert out.loc["c", ["thread_label", "thread_reason"]].tolist() == ["Troops", "moved by review"]


def test_a_move_names_its_claims_by_claim_id_or_short_id(aligned):
    by_id = _apply(aligned, ct.Review().move("c:0-5", to="count:troops"))
    by_short = _apply(aligned, ct.Review().move(sid("c"), to="count:troops"))
    pd.testing.assert_frame_equal(by_id, by_short)


@pytest.mark.parametrize("into", ["count:troops", "TROOPS", "a:0-5", sid("b")])  # id, label any case, claim refs
def test_merge_moves_every_claim_of_a_thread_into_another(aligned, into):
    out = _apply(aligned, ct.Review().merge("Soldiers", into=into))
    assert out["thread_id"].tolist() == ["count:troops"] * 4 + ["count:ships"]
    assert set(out.loc[["c", "d"], "thread_label"]) == {"Troops"}
    assert set(out.loc[["c", "d"], "thread_reason"]) == {"merged by review into 'Troops'"}
    assert out.loc["a", "thread_reason"] == "same subject"  # the thread it joins keeps its reasons


def test_a_merge_naming_one_claim_that_moves_more_warns(aligned):
    with pytest.warns(ct.InputWarning, match=r"^review: merge 'c:0-5' names one claim but moved its whole thread"):
        out = ct.apply_review(aligned, ct.Review().merge("c:0-5", into="Troops"))
    assert (out["thread_id"] == "count:troops").sum() == 4
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a thread of one claim: nothing more moved than named
        ct.apply_review(aligned, ct.Review().merge(sid("e"), into="Troops"))


def test_split_gives_the_claims_of_one_label_one_new_thread(aligned):
    review = ct.Review().split(["a", "c"], label="Mixed").split("d", label="mixed").split("b")
    out = _apply(aligned, review.table.assign(item=lambda t: t["item"] + ":0-5"))
    thread = f"review:{sid('a')}"  # named by the first claim split under the label: the same every run
    assert out.loc[["a", "c", "d"], "thread_id"].tolist() == [thread] * 3
    assert out.loc[["a", "c", "d"], "thread_label"].tolist() == ["Mixed"] * 3
    assert out.loc["b", ["thread_id", "thread_label"]].tolist() == [f"review:{sid('b')}", "Troops"]  # no label: alone
    assert set(out["thread_reason"][["a", "b", "c", "d"]]) == {"split by review"}


def test_reject_drops_the_claims(aligned):
    out = ct.apply_review(aligned, ct.Review().reject(["c:0-5", sid("e")]))
    assert out["article_id"].tolist() == ["a", "b", "d"]
    assert out.index.tolist() == [0, 1, 2]


@pytest.mark.parametrize("thread", ["count:troops", "troops", "b:0-5", sid("a")])
def test_rename_labels_every_claim_of_the_thread(aligned, thread):
    out = _apply(aligned, ct.Review().rename(thread, "US troops in Iraq"))
    assert out["thread_label"].tolist() == ["US troops in Iraq"] * 2 + ["Soldiers"] * 2 + ["Ships"]


@pytest.mark.parametrize(
    "review, labels",
    [
        # a rename after a merge names the merged thread ...
        (ct.Review().merge("Soldiers", into="Troops").rename("troops", "All"), ["All"] * 4 + ["Ships"]),
        # ... a rename before it is taken over by the thread merged into
        (ct.Review().rename("Soldiers", "Renamed").merge("Renamed", into="Troops"), ["Troops"] * 4 + ["Ships"]),
        # a split thread is named by its new label from then on
        (
            ct.Review().split("e:0-5", label="Boats").rename("boats", "Ships"),
            ["Troops"] * 2 + ["Soldiers"] * 2 + ["Ships"],
        ),
    ],
)
def test_actions_apply_in_order(aligned, review, labels):
    assert _apply(aligned, review)["thread_label"].tolist() == labels


DECISIONS = (
    ct.Review()
    .move(["c:0-5"], to="Ships")
    .merge("Troops", into="Soldiers")
    .split(sid("a"), label="Alone")
    .reject(sid("b"))
    .rename("Ships", "Boats")
    .move("e:0-5", to="e:0-5")  # already there: changes nothing, lists nothing
)


def test_the_preview_lists_exactly_what_applying_changes(aligned):
    preview = ct.preview_review(aligned, DECISIONS)
    out = ct.apply_review(aligned, DECISIONS)
    before = aligned.set_index("claim_id")[["thread_id", "thread_label"]]
    after = out.set_index("claim_id")[["thread_id", "thread_label"]].reindex(before.index).fillna("")
    changed = before.index[(before != after).any(axis=1)]
    assert sorted(set(preview["claim_id"])) == sorted(changed)
    last = preview.drop_duplicates("claim_id", keep="last").set_index("claim_id")
    pd.testing.assert_frame_equal(
        last[["to_thread", "label"]].sort_index(),
        after.loc[changed].set_axis(["to_thread", "label"], axis=1).sort_index(),
    )
    first = preview.drop_duplicates("claim_id").set_index("claim_id")
    assert first.loc[changed, "from_thread"].tolist() == before.loc[changed, "thread_id"].tolist()
    assert preview["action"].tolist() == ["move", "merge", "merge", "split", "reject", "rename", "rename"]
    assert preview.columns.tolist() == [
        "action", "item", "claim_id", "short_id", "from_thread", "from_label", "to_thread", "label", "sentence"
    ]  # fmt: skip
    assert preview.loc[0, ["short_id", "sentence"]].tolist() == [sid("c"), "Sentence of c."]
    pd.testing.assert_frame_equal(aligned, conform(aligned, ALIGNED))  # the input is left alone


def test_the_log_says_what_each_action_changed(aligned):
    t = ct.Track(aligned.iloc[:0], aligned, aligned, ct.flag_changes(aligned), aligned.iloc[:0])
    log = t.with_review(DECISIONS).review_log
    assert log["claims"].tolist() == [1, 2, 1, 1, 2, 0]
    assert log["message"].tolist()[:2] == [
        "move 'c:0-5' to 'Ships': 1 claim moved",
        "merge 'Troops' into 'Soldiers': 2 claims moved",
    ]


def test_decisions_the_run_cannot_follow_are_reported_in_one_warning_naming_the_file(tmp_path, aligned):
    path = tmp_path / "review.yml"
    path.write_text(
        "move: [{claims: [zz], to: Troops}, {claims: [c], to: Nowhere}]\n"
        "merge: [{thread: Gone, into: Troops}]\nreject: ['b:0-5', 'b:0-5']\n",
        encoding="utf-8",
    )
    with pytest.warns(ct.InputWarning) as caught:
        out = ct.apply_review(aligned, path)
    assert [str(w.message) for w in caught] == [
        f"{path}: 4 decisions name what is not in this run, skipped: move claim 'zz'; move claim 'c'; "
        "merge thread 'Gone'; reject claim 'b:0-5'"  # the second reject: the first dropped it
    ]
    assert len(out) == 4


def test_a_label_two_threads_share_names_neither(aligned):
    twin = aligned.assign(thread_label=aligned["thread_label"].replace("Ships", "Troops"))
    with pytest.warns(ct.InputWarning, match="move thread 'troops'"):
        out = ct.apply_review(twin, ct.Review().move("c:0-5", to="troops"))
    assert out["thread_id"].tolist() == aligned["thread_id"].tolist()


def test_a_short_id_two_claims_share_is_an_error_naming_both(aligned):
    clash = aligned.assign(short_id=["k3x9q2mz", "k3x9q2mz", "", "", ""])
    with pytest.raises(
        ct.ClaimtrackError, match=r"short id 'k3x9q2mz' names more than one claim: \['a:0-5', 'b:0-5'\]"
    ):
        ct.apply_review(clash, ct.Review().reject("k3x9q2mz"))
    assert len(ct.apply_review(clash, ct.Review().reject("a:0-5"))) == 4  # the claim_id still names one


def test_apply_review_returns_aligned_claims_and_accepts_paths_tables_and_reviews(tmp_path, aligned):
    review = ct.Review().merge("Soldiers", into="Troops").reject("e:0-5")
    out = ct.apply_review(aligned, review)
    assert validate(out, ALIGNED, "aligned claims") is out
    assert list(out.columns) == list(aligned.columns)
    pd.testing.assert_frame_equal(ct.apply_review(aligned, review.table), out)
    pd.testing.assert_frame_equal(ct.apply_review(aligned, review.save(tmp_path / "r.csv")), out)
    pd.testing.assert_frame_equal(ct.apply_review(aligned, str(tmp_path / "r.csv")), out)
