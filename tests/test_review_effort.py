"""How much review the shared stories' threads need: the fewest review actions that put every claim the
gold gives a thread in one thread with exactly the claims of its gold thread, worked out from the gold
at run time and applied through ``Track.with_review``. One action per gold thread whose claims are not
all in its home thread (the thread holding most of them, one gold thread a home): a ``move`` of the
others there, or a ``split`` when every thread holding them is another's home.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from conftest import SHARED, STORIES, gold_threads, need_shared

import claimtrack as ct

MOST_ACTIONS = 10  # fixing every wrong thread of one story takes fewer actions than this


def _claims(track, thread_of: dict[str, str]) -> pd.DataFrame:
    """The claims the gold gives a thread: short id, our thread and the gold's."""
    mine = track.aligned.set_index("claim_id").loc[list(thread_of), ["short_id", "thread_id"]]
    return mine.assign(gold=mine.index.map(thread_of))


def _fixing_review(claims: pd.DataFrame) -> tuple[ct.Review, int]:
    """The review that makes our threads the gold's, one action per gold thread that needs one, and how
    many actions it takes."""
    counts = claims.groupby(["gold", "thread_id"]).size().reset_index(name="n")
    home, taken = {}, set()
    for row in counts.sort_values(["n", "gold", "thread_id"], ascending=[False, True, True]).itertuples():
        if row.gold not in home and row.thread_id not in taken:
            home[row.gold] = row.thread_id
            taken.add(row.thread_id)
    review, actions = ct.Review(), 0
    for gold, mine in sorted(claims.groupby("gold"), key=lambda gm: (-len(gm[1]), gm[0])):
        if gold not in home:
            review, actions = review.split(mine["short_id"].tolist(), label=gold), actions + 1
            continue
        away = mine[mine["thread_id"] != home[gold]]
        if len(away):
            at_home = mine.loc[mine["thread_id"] == home[gold], "short_id"].iloc[0]
            review, actions = review.move(away["short_id"].tolist(), to=at_home), actions + 1
    return review, actions


def _wrong_threads(claims: pd.DataFrame) -> int:
    """Gold threads split over our threads, plus our threads that mix gold threads."""
    return int((claims.groupby("gold")["thread_id"].nunique() > 1).sum()) + int(
        (claims.groupby("thread_id")["gold"].nunique() > 1).sum()
    )


def _effort(folder) -> tuple[int, int]:
    """(review actions the story needs, wrong threads left once they are applied)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        track = ct.track(folder / "articles")
        thread_of = gold_threads(track, folder)
        review, actions = _fixing_review(_claims(track, thread_of))
        fixed = track.with_review(review)
    return actions, _wrong_threads(_claims(fixed, thread_of))


@pytest.fixture(scope="module")
def efforts() -> dict[str, tuple[int, int]]:
    need_shared()
    assert STORIES, f"no story with gold_claims.csv in {SHARED / 'stories'}"
    return {folder.name: _effort(folder) for folder in STORIES}


def test_the_review_that_fixes_a_storys_threads_leaves_no_wrong_thread(efforts):
    assert {name: left for name, (_n, left) in efforts.items() if left} == {}


def test_one_story_is_fixed_with_fewer_than_ten_review_actions(efforts):
    actions = {name: n for name, (n, _left) in efforts.items()}
    print("review actions to fix every wrong thread:", actions)
    assert min(actions.values()) < MOST_ACTIONS, actions
