"""A review keeps applying when the corpus grows; the CLI says what each decision did, and --dry-run
previews it and writes nothing."""

from __future__ import annotations

import warnings

import pandas as pd

import claimtrack as ct
from claimtrack.cli import EXIT_OK, EXIT_USAGE, main

STORY = {
    "a": ("2021-01-05", "About 3,000 US troops are in Iraq. Iraq has 150,000 soldiers."),
    "b": ("2021-02-10", "There are 2,500 US troops in Iraq. Some 60 ships wait at the canal."),
    "c": ("2021-04-01", "Iraq has 160,000 soldiers. There are 2,500 US troops in Iraq, officials said."),
    "d": ("2021-06-20", "About 2,500 US troops remain in Iraq. Some 80 ships wait at the canal."),
}
NEW = {"bb": ("2021-03-01", "Iraq has 155,000 soldiers. Some 2,500 US troops stay in Iraq. Some 70 ships wait.")}


def _write(folder, articles: dict) -> None:
    folder.mkdir(exist_ok=True)
    for name, (day, text) in articles.items():
        (folder / f"{name}.md").write_text(f"---\npublished: {day}\nsource: Wire {name}\n---\n{text}\n", "utf-8")


def _review(t: ct.Track) -> ct.Review:
    """Decisions by claim ref and by label, as a reviewer writes them."""
    by = t.aligned.set_index("surface")["short_id"]
    return (
        ct.Review()
        .split([by["150,000"], by["160,000"]], label="Iraqi soldiers")
        .rename(by["Some 60"], "Ships at the canal")
        .reject(by["About 3,000"])
        .accept(by["About 2,500"], flag="unchanged")
    )


def test_every_decision_still_applies_on_a_grown_corpus(tmp_path):
    folder = tmp_path / "story"
    _write(folder, STORY)
    first = ct.track(folder)
    review = _review(first)
    path = review.save(tmp_path / "review.yml")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no decision is reported as not applying
        before = ct.track(folder, review=path)
        _write(folder, NEW)  # one more article, dated between the others
        after = ct.track(folder, review=path)
    assert len(after.articles) == len(before.articles) + 1
    assert after.review_log["claims"].tolist() == before.review_log["claims"].tolist() == [1, 1, 2, 1, 1]
    old = after.aligned[after.aligned["article_id"] != "bb"]
    pd.testing.assert_frame_equal(
        old[["claim_id", "short_id", "thread_label"]].reset_index(drop=True),
        before.aligned[["claim_id", "short_id", "thread_label"]],
    )  # the old claims keep their ids and their reviewed threads
    soldiers = after.aligned.loc[after.aligned["thread_label"] == "Iraqi soldiers", "surface"]
    assert soldiers.tolist() == ["150,000", "160,000"]  # the new article's 155,000 is not decided on: left alone
    accepted = after.changes.loc[after.changes["review"] == "accepted", "to_claim_id"]
    assert accepted.tolist() == before.changes.loc[before.changes["review"] == "accepted", "to_claim_id"].tolist()


def test_the_cli_says_what_each_decision_did(tmp_path, capsys):
    folder = tmp_path / "story"
    _write(folder, STORY)
    path = _review(ct.track(folder)).save(tmp_path / "review.csv")
    out = tmp_path / "claims.csv"
    assert main(["claims", str(folder), "--review", str(path), "--out", str(out)]) == EXIT_OK
    err = capsys.readouterr().err
    assert f"claimtrack: review: reject '{_short(folder, 'About 3,000')}': 1 claim dropped\n" in err
    table = pd.read_csv(out, keep_default_na=False)
    assert table.columns[:2].tolist() == ["claim_id", "short_id"]
    assert "Iraqi soldiers" in set(table["thread_label"])


def _short(folder, surface: str) -> str:
    aligned = ct.track(folder).aligned
    return aligned.set_index("surface")["short_id"][surface]


def test_dry_run_prints_the_preview_and_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "story"
    _write(folder, STORY)
    sid = _short(folder, "150,000")
    path = ct.Review().split(sid, label="Iraqi soldiers").move("nowhere", to="x").save(tmp_path / "review.yml")
    for command in (["claims", "--out", str(tmp_path / "c.csv")], ["report", "--out", str(tmp_path / "rep")]):
        code = main([command[0], str(folder), "--review", str(path), "--dry-run", *command[1:]])
        assert code == EXIT_OK
        printed = capsys.readouterr()
        assert printed.out.splitlines()[:3] == [
            f"dry run of {path}: 2 decisions; nothing written",
            f"split '{sid}' as 'Iraqi soldiers': 1 claim split off",
            f"  {sid}  'US troops in Iraq' → 'Iraqi soldiers'  Iraq has 150,000 soldiers.",
        ]
        assert "move 'nowhere' to 'x': claim 'nowhere' not in this run, skipped" in printed.out
        assert "1 decision name what is not in this run" in printed.err
    assert list(tmp_path.glob("c.csv")) == list(tmp_path.glob("rep")) == []
    assert main(["claims", str(folder), "--dry-run"]) == EXIT_USAGE
    assert "--dry-run previews a review: give --review FILE" in capsys.readouterr().err
