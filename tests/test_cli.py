"""The claimtrack command: help, the report on the sample corpus, tables to stdout, exit codes."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT, SAMPLE, SEEDS, need_shared

from claimtrack.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main

COMMANDS = ("report", "claims", "changes", "threads")


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


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in COMMANDS:
        assert re.search(rf"claimtrack {command}\b", readme), command
    makefile = (ROOT / "Makefile").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make test" in ci and "make test" in readme and "make demo" in readme
    assert "demo:" in makefile and "test:" in makefile


def test_bad_path_is_an_error(tmp_path, capsys):
    assert main(["claims", str(tmp_path / "missing")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_progress_bar_on_request(capsys):
    assert main(["threads", str(SAMPLE), "--quiet", "--progress"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "extracting claims [" in err and "17/17 articles" in err


def test_the_summary_tells_where_the_sample_story_began_and_stands(tmp_path, capsys):
    assert main(["report", str(SAMPLE), "--out", str(tmp_path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    troops = next(line for line in lines if line.startswith("  - US troops in Iraq: "))
    # the sample's troops: about 5,200 at the end of 2019, about 2,500 from early 2021 on
    assert re.search(r": about 5,200 \(Capitol Wire, 30 Dec 2019\) → (about |up to )?2,500 \(", troops), troops
    assert "decrease" in troops and "increase" not in troops
