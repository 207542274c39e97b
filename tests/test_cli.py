"""The claimtrack command: help, the report on the sample corpus, tables to stdout, exit codes."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT, SAMPLE, SEEDS, need_shared

from claimtrack.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, PROGRESS_FROM, _parser, _ProgressBar, main


def _commands() -> dict[str, list[str]]:
    """The parser's real commands, each with its long options."""
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    return {
        name: [o for a in sub._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
        for name, sub in commands.items()
    }


COMMANDS = tuple(_commands())


@pytest.mark.parametrize("argv", [["-h"], ["--help"], ["report", "-h"], ["claims", "--help"]])
def test_help(argv, capsys):
    assert main(argv) == EXIT_OK
    assert "usage: claimtrack" in capsys.readouterr().out


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == EXIT_USAGE
    assert main(["report", str(SAMPLE)]) == EXIT_USAGE
    assert "--out" in capsys.readouterr().err


def test_python_m_claimtrack():
    out = subprocess.run([sys.executable, "-m", "claimtrack", "--help"], capture_output=True, text=True, check=True)
    for command in COMMANDS:
        assert command in out.stdout


def test_report_on_seeds(tmp_path, capsys):
    need_shared()
    assert main(["report", str(SEEDS), "--out", str(tmp_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "US troops in Iraq" in out and "decrease" in out
    for name in (
        "claims.csv",
        "changes.csv",
        "threads.csv",
        "timeline.png",
        "timeline.svg",
        "report.html",
        "report.md",
    ):
        assert (tmp_path / name).stat().st_size > 0, name
    changes = pd.read_csv(tmp_path / "changes.csv")
    assert "decrease" in set(changes["flag"])
    assert (tmp_path / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_tables_to_stdout(capsys):
    assert main(["threads", str(SAMPLE), "--quiet"]) == EXIT_OK
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("thread_id,thread_label")


def test_skipped_inputs_exit_3(tmp_path, capsys):
    (tmp_path / "good.md").write_text("---\npublished: 2021-01-02\n---\nAbout 2,500 US troops are in Iraq.")
    (tmp_path / "empty.txt").write_text("")
    assert main(["claims", str(tmp_path), "--out", str(tmp_path / "c.csv")]) == EXIT_SKIPPED
    assert "empty.txt: empty file" in capsys.readouterr().err


def test_readme_documents_every_command_and_option():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert set(COMMANDS) == {"report", "chart", "claims", "changes", "threads"}
    for command, options in _commands().items():
        assert re.search(rf"claimtrack {command}\b", readme), command
        for option in options:
            assert f"`{option}" in readme or f"[{option}" in readme or f" {option} " in readme, (command, option)
    makefile = (ROOT / "Makefile").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make test" in ci and "make test" in readme and "make demo" in readme
    assert "demo:" in makefile and "test:" in makefile


def test_a_lexicon_of_ones_own_and_workers(tmp_path, capsys):
    """--lexicon merges a user's CSVs on top of the shipped ones, in every stage; --workers shares extraction."""
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "aliases.csv").write_text("term,canonical\nbluecoats,troops\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\npublished: 2021-01-02\n---\nAbout 300 bluecoats are in Kandor.")
    out = tmp_path / "c.csv"
    assert main(["claims", str(tmp_path / "a.md"), "--out", str(out), "--workers", "1"]) == EXIT_OK
    assert pd.read_csv(out, keep_default_na=False)["subject"].tolist() == ["bluecoats in kandor"]
    assert main(["claims", str(tmp_path / "a.md"), "--out", str(out), "--lexicon", str(tmp_path / "words")]) == EXIT_OK
    assert pd.read_csv(out, keep_default_na=False)["subject"].tolist() == ["troops in kandor"]
    assert main(["claims", str(tmp_path / "a.md"), "--lexicon", str(tmp_path / "nowhere")]) == 1
    assert "no such lexicon folder" in capsys.readouterr().err


def test_bad_path_is_an_error(tmp_path, capsys):
    assert main(["claims", str(tmp_path / "missing")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_progress_bar_on_request(capsys):
    assert main(["threads", str(SAMPLE), "--quiet", "--progress"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "extracting claims [" in err and "17/17 articles" in err


def test_progress_bar_only_when_asked_or_on_a_terminal(capsys, monkeypatch):
    assert main(["threads", str(SAMPLE), "--quiet"]) == EXIT_OK
    assert "extracting claims" not in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["threads", str(SAMPLE), "--quiet", "--no-progress"]) == EXIT_OK
    assert "extracting claims" not in capsys.readouterr().err
    assert main(["threads", str(SAMPLE), "--quiet"]) == EXIT_OK
    assert "17/17 articles" in capsys.readouterr().err


def test_progress_bar_redraws_a_large_run_in_place(capsys):
    """The callback ``track(progress=...)`` takes: a large run is drawn as it goes, on one line."""
    total = 4 * PROGRESS_FROM
    bar = _ProgressBar()
    for done in range(PROGRESS_FROM, total + 1, PROGRESS_FROM):
        bar(done, total)
    err = capsys.readouterr().err
    assert f"{total:,}/{total:,} articles" in err and "[" + "#" * 30 + "]" in err
    assert err.count("\n") == 1 and err.endswith("\n") and err.count("\r") >= 2
    small = _ProgressBar()
    small(5, 17)
    assert capsys.readouterr().err == ""
    small(17, 17)
    assert "17/17 articles" in capsys.readouterr().err


def test_the_summary_tells_where_the_sample_story_began_and_stands(tmp_path, capsys):
    assert main(["report", str(SAMPLE), "--out", str(tmp_path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    troops = next(line for line in lines if line.startswith("  - US troops in Iraq: "))
    # the sample's troops: about 5,200 at the end of 2019, about 2,500 from early 2021 on
    assert re.search(r": about 5,200 \(Capitol Wire, 30 Dec 2019\) → (about |up to )?2,500 \(", troops), troops
    assert "decrease" in troops and "increase" not in troops


def test_the_cli_the_report_and_the_notebook_count_the_same_changes(tmp_path, capsys):
    """'Changed' is defined once (``schema.CHANGED``): every place that counts changes agrees."""
    import claimtrack as ct

    assert main(["report", str(SAMPLE), "--out", str(tmp_path)]) == EXIT_OK
    cli = int(re.search(r"(\d+) changes", capsys.readouterr().out).group(1))
    report = int(re.search(r"(\d+) changes \(", (tmp_path / "report.md").read_text("utf-8")).group(1))
    notebook = int(re.search(r"(\d+) changes flagged", ct.track(SAMPLE)._repr_html_()).group(1))
    assert cli == report == notebook > 0


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_chart_writes_the_chart_its_alt_text_and_its_points(tmp_path, capsys, suffix):
    out = tmp_path / f"troops{suffix}"
    argv = ["chart", str(SAMPLE), "--out", str(out), "--thread", "US troops in Iraq", "--width", "400"]
    argv += ["--title", "Troops <b>", "--subtitle", "How many", "--credit", "Chart: Desk", "--note", "Note: x"]
    assert main(argv) == EXIT_OK
    assert str(out) in capsys.readouterr().out
    assert out.stat().st_size > 1000
    text = out.with_suffix(".txt").read_text("utf-8")
    assert text.startswith("Troops <b>: a timeline of ") and "Capitol Wire" in text
    points = pd.read_csv(out.with_suffix(".csv"), keep_default_na=False)
    assert list(points.columns) == [
        "claim_id", "date", "value", "low", "high", "outlet", "claim", "sentence", "url", "flag", "claims", "figure"
    ]  # fmt: skip
    urls = points["url"][points["url"] != ""]
    assert len(urls) > len(points) / 2 and urls.str.startswith("https://").all() and "decrease" in set(points["flag"])
    if suffix == ".svg":
        assert "Chart: Desk" in out.read_text("utf-8") and "Troops &lt;b&gt;" in out.read_text("utf-8")


def test_the_chart_csv_holds_exactly_the_points_drawn(tmp_path):
    import claimtrack as ct
    from claimtrack.present import charts

    out = tmp_path / "t.png"
    assert main(["chart", str(SAMPLE), "--out", str(out), "--by", "published", "--quiet"]) == EXIT_OK
    points = pd.read_csv(out.with_suffix(".csv"), keep_default_na=False)
    t = ct.track(SAMPLE)
    spec = charts.timeline(t.aligned, t.changes, by="published").to_dict()
    drawn = [r for v in spec["datasets"].values() for r in v if r.get("claim_id") and "mark" in r]
    assert sorted(points["claim_id"]) == sorted(r["claim_id"] for r in drawn)
    assert sorted(points["date"]) == sorted(r["x"][:10] for r in drawn)


def test_chart_of_an_unknown_thread_or_format_is_an_error(tmp_path, capsys):
    assert main(["chart", str(SAMPLE), "--out", str(tmp_path / "t.png"), "--thread", "no such thread"]) == 1
    assert "no such thread" in capsys.readouterr().err
    assert main(["chart", str(SAMPLE), "--out", str(tmp_path / "t.gif")]) == 1
    assert main(["chart", str(SAMPLE), "--out", str(tmp_path / "t.png"), "--by", "yesterday"]) == EXIT_USAGE
