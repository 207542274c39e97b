"""The real running stories in ../shared/stories, each read as a user would read its folder: the
story line the CLI heads its summary with compares claims of one quantity, the story's main one
(a claim the gold does not mark may end it; one the gold gives to another quantity may not).

The stories' gold (read at run time, never copied) says which quantity each claim is of; nothing
here names a story's words.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from conftest import SHARED, STORIES, gold_threads, need_shared

import claimtrack as ct
from claimtrack.stages.headlines import story_lines


@pytest.mark.parametrize("folder", STORIES or [SHARED / "stories"], ids=[p.name for p in STORIES] or ["stories"])
def test_the_main_story_line_compares_claims_of_the_main_quantity(folder):
    need_shared()
    assert STORIES, f"no story with gold_claims.csv in {SHARED / 'stories'}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        track = ct.track(folder / "articles")
    thread_of = gold_threads(track, folder)
    main = pd.Series(thread_of).value_counts().index[0]  # the quantity the gold tracks most
    ours = track.aligned[track.aligned["claim_id"].map(thread_of) == main]["thread_id"].value_counts().index[0]
    lines = [line for line in story_lines(track.aligned, track.changes) if line.thread_id == ours and not line.plan]
    assert lines, f"no story line for {main}"
    line = lines[0]
    ends = [thread_of.get(c) for c in [line.first] + ([line.latest] if line.latest else [])]
    assert main in ends and set(ends) <= {main, None}, (line, ends)  # None: a claim the gold does not mark
