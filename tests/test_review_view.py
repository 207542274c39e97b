"""The review view without a browser: what it shows, what each button does to the run, the chart and
the review file, undo, the preview, and bad presses. The page's side is in test_review_browser.py."""

from __future__ import annotations

import base64
import warnings
from pathlib import Path

import pandas as pd
import pytest

import claimtrack as ct

pytest.importorskip("anywidget")

from claimtrack.present.review_view import ReviewView  # noqa: E402
from claimtrack.present.review_view.state import LONE, action_review, preview_lines, view_state  # noqa: E402

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c", "d"],
        "published": ["2022-01-10", "2022-03-02", "2022-06-15", "2022-09-20"],
        "source": ["Coast Wire", "Harbour Post", "Coast Wire", "Harbour Post"],
        "text": [
            "The city runs 40 ferries. About 12,000 passengers ride them each day.",
            "The city now runs 42 ferries. Some 300 workers staff the piers.",
            "There are 45 ferries in the city fleet. About 13,000 riders use them each year.",
            "The city runs 38 ferries after a fire. Some 320 workers staff the piers.",
        ],
    }
)
FERRIES, WORKERS = "count:ferries [a]", "count:workers staff [a]"
# short ids of the claims above (a hash of their claim_id: the same on every run)
S = {"40": "nzkrmnje", "12,000": "lssevhka", "42": "5pntjimc", "300": "xmpooriz"}
S |= {"45": "qchaoo7e", "13,000": "nxm4ey6o", "38": "7bmckvj7", "320": "tykro72p"}


def run(review=None) -> ct.Track:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.track(ARTICLES, review=review)


@pytest.fixture(scope="module")
def story() -> ct.Track:
    return run()


def ids(view: ReviewView) -> list[str]:
    return [r["short_id"] for r in view.rows]


def test_shows_the_main_thread_its_claims_and_chart(story):
    view = ct.review(story)
    assert isinstance(view, ReviewView) and view.thread == FERRIES
    assert ids(view) == [S["40"], S["42"], S["45"], S["38"]] and view.total == 4
    first = view.rows[1]
    assert first == {
        "short_id": S["42"],
        "thread": "Ferries",
        "surface": "42",
        "value": "42",
        "outlet": "Harbour Post",
        "published": "2022-03-02",
        "sentence": "The city now runs 42 ferries.",
        "flag": "increase",
    }
    assert [(t["label"], t["claims"]) for t in view.threads] == [
        ("Ferries", 4),
        ("Workers staff", 2),
        ("Claims alone in their thread", 2),
    ]
    assert base64.b64decode(view.chart).startswith(b"<svg") and view.chart_alt == "Timeline of Ferries"
    view.thread = LONE  # the picker: the claims alone, and no chart
    assert ids(view) == [S["12,000"], S["13,000"]] and view.chart == ""


def test_move_updates_the_run_the_flags_and_the_file(story, tmp_path):
    path = tmp_path / "review.yml"
    view = ct.review(story, path)
    said = view.act({"action": "move", "claims": [S["38"]], "target": WORKERS})
    assert said == "move 1 claim to Workers staff: 1 claim changed"
    assert ids(view) == [S["40"], S["42"], S["45"]]
    assert ("Ferries", 3) in [(t["label"], t["claims"]) for t in view.threads]
    assert view.track.aligned.set_index("short_id").at[S["38"], "thread_id"] == WORKERS
    changes = view.track.changes.set_index("change_id")  # flags recomputed: 38 now follows 300, not 45
    assert changes.at[f"{S['300']}-{S['38']}", "thread_id"] == WORKERS and f"{S['45']}-{S['38']}" not in changes.index
    assert ct.load_review(path).rows == (("move", S["38"], S["300"]),)  # the thread named by a claim in it
    assert "to: " + S["300"] in path.read_text()


def test_every_button_gives_the_run_the_file_gives(story, tmp_path):
    """After move, split, merge, reject and rename, the view's run is ct.track with its file."""
    path = tmp_path / "review.csv"
    view = ct.review(story, path)
    view.act({"action": "reject", "claims": [S["38"]]})
    view.thread = LONE
    view.act({"action": "split", "claims": [S["12,000"], S["13,000"]], "label": "Passengers"})
    view.thread = WORKERS
    view.act({"action": "merge", "target": FERRIES})
    assert view.thread == FERRIES and view.total == 5  # the view follows the thread merged into
    view.act({"action": "rename", "label": "Ferries and crews"})
    assert [t["label"] for t in view.threads] == ["Ferries and crews", "Passengers"]
    assert path.read_text().splitlines() == [
        "action,item,target",
        f"reject,{S['38']},",
        f"split,{S['12,000']},Passengers",
        f"split,{S['13,000']},Passengers",
        f"merge,Workers staff,{S['40']}",
        f"rename,{S['40']},Ferries and crews",
    ]
    again = run(review=path)
    pd.testing.assert_frame_equal(view.track.aligned, again.aligned)
    pd.testing.assert_frame_equal(view.track.changes, again.changes)
    pd.testing.assert_frame_equal(view.track.threads, again.threads)
    assert view.history[-1] == "rename Ferries as Ferries and crews: 5 claims changed"


def test_undo_takes_the_last_action_back_from_the_run_and_the_file(story, tmp_path):
    path = tmp_path / "review.yml"
    path.write_text(f"reject: [{S['320']}]\n", encoding="utf-8")  # a decision from before: kept
    view = ct.review(story, path)
    assert (view.total, view.can_undo) == (4, False) and S["320"] not in set(view.track.aligned["short_id"])
    view.act({"action": "reject", "claims": [S["40"], S["42"]]})
    assert view.total == 2 and view.can_undo and len(ct.load_review(path)) == 3
    assert view.undo() == "undid: reject 2 claims"
    assert ids(view) == [S["40"], S["42"], S["45"], S["38"]] and not view.can_undo
    assert ct.load_review(path).rows == (("reject", S["320"], ""),)
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it
    with pytest.raises(ct.ClaimtrackError, match="no action"):
        view.undo()


def test_an_existing_file_is_applied_and_its_problems_shown(story, tmp_path):
    path = tmp_path / "review.yml"
    path.write_text("rename: {Ferries: Harbour ferries}\nreject: [zzzzzzzz]\n", encoding="utf-8")
    view = ct.review(story, path)
    assert view.threads[0]["label"] == "Harbour ferries"
    assert "zzzzzzzz" in view.message and str(path) in view.message


def test_preview_lists_what_an_action_would_move_and_changes_nothing(story, tmp_path):
    path = tmp_path / "review.yml"
    view = ct.review(story, path)
    view.thread = WORKERS
    preview = view.preview({"action": "merge", "target": FERRIES})
    assert preview["short_id"].tolist() == [S["300"], S["320"]] and set(preview["label"]) == {"Ferries"}
    view._on_msg(view, {"do": "preview", "action": {"action": "merge", "target": FERRIES}}, [])
    assert view.preview_text == [
        f"{S['300']} “Some 300 workers staff the piers.”: Workers staff → Ferries",
        f"{S['320']} “Some 320 workers staff the piers.”: Workers staff → Ferries",
    ]
    assert view.total == 2 and not path.exists()


def test_a_press_from_the_page_that_cannot_be_done_says_why(story, tmp_path):
    path = tmp_path / "review.yml"
    view = ct.review(story, path)
    view._on_msg(view, {"do": "act", "action": {"action": "move", "claims": [], "target": WORKERS}}, [])
    assert view.message == "move: select one or more claims first"
    view._on_msg(view, {"do": "act", "action": {"action": "move", "claims": [S["40"]], "target": ""}}, [])
    assert view.message == "move: choose the thread it goes to"
    view._on_msg(view, {"do": "act", "action": {"action": "rename", "label": " "}}, [])
    assert view.message == "rename: type the new label first"
    view._on_msg(view, {"do": "act", "action": {"action": "merge", "target": FERRIES}}, [])
    assert view.message == "merge: choose another thread to merge this one into"
    view._on_msg(view, {"do": "undo"}, [])
    assert "no action" in view.message
    assert not path.exists() and view.total == 4
    view._on_msg(view, {"do": "act", "action": {"action": "reject", "claims": [S["45"]]}}, [])
    assert view.total == 3 and path.exists()


def test_without_a_file_the_decisions_stay_in_the_view(story):
    view = ct.review(story)
    view.act({"action": "split", "claims": [S["45"], S["38"]]})  # no label typed: one is made up
    assert view.review.rows == (("split", S["45"], "Ferries (split)"), ("split", S["38"], "Ferries (split)"))
    assert ("Ferries (split)", 2) in {(t["label"], t["claims"]) for t in view.threads}
    view.act({"action": "split", "claims": [S["40"], S["42"]]})
    assert ("Ferries (split 2)", 2) in {(t["label"], t["claims"]) for t in view.threads}
    assert view.file == ""


def test_state_is_plain_data_from_tables(story):
    state = view_state(story.aligned, story.changes, "no such thread")
    assert state["thread"] == FERRIES and state["total"] == 4 and len(state["rows"]) == 4
    review = action_review(story.aligned, {"action": "reject", "claims": [S["40"]]})
    assert preview_lines(story.aligned, review) == [f"{S['40']} “The city runs 40 ferries.”: Ferries → dropped"]
    with pytest.raises(ct.ClaimtrackError, match="unknown action 'delete'"):
        action_review(story.aligned, {"action": "delete"})


def test_hostile_text_is_data_and_the_page_sets_only_text():
    """The table's cells carry article text as it is; the page puts it in with textContent only."""
    hostile = ARTICLES.assign(text=ARTICLES["text"].str.replace("ferries.", "ferries <img src=x onerror=alert(1)>."))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        view = ct.review(ct.track(hostile))
    assert view.rows[0]["sentence"] == "The city runs 40 ferries <img src=x onerror=alert(1)>."
    js = (Path(ct.__file__).parent / "present" / "review_view" / "widget.js").read_text()
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "http" not in js
