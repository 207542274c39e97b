"""Notebooks are documentation that cannot rot: stored without outputs, executed here end to end."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:1] == ["01-quickstart.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name} has stored outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_runs(path, tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_ARTICLES", raising=False)  # notebook 03 reads the sample corpus
    monkeypatch.setenv("CLAIMTRACK_OUTPUT", str(tmp_path / "out"))  # and writes here, not beside itself
    # the kernel imports this checkout's claimtrack, not the one installed in the environment
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    html = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "text/html" in o.get("data", {})]
    assert html, "no cell displayed HTML (the track summary and the chart should)"
    charts = [o for o in html if "claimtrack-spec" in o["data"]["text/html"]]
    assert charts, "no chart was displayed"
    assert all("cdn.jsdelivr" not in o["data"]["text/html"] for o in charts), "a chart loads Vega from a CDN"
    assert sum("window.vegaEmbed=" in o["data"]["text/html"] for o in charts) == 1, "Vega once per kernel"
    for o in charts:
        if "window.vegaEmbed=" not in o["data"]["text/html"]:
            live = re.sub(r'src="data:image/svg\+xml;base64,[^"]+"', "", o["data"]["text/html"])
            assert len(live.encode()) < 100_000, "a chart output is over 100 KB beside its image"
    plotted = [o for o in charts if 'class="claimtrack-static"' in o["data"]["text/html"]]
    assert len(plotted) == len([o for o in charts if "claimtrack-chart" in o["data"]["text/html"]])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_reads_only_the_repository(path):
    """A user's clone has nothing beside it: a notebook reads ``data/`` or data it makes."""
    source = "".join(cell.source for cell in nbformat.read(path, as_version=4).cells)
    assert "../shared" not in source and "shared/" not in source


# Notebook 03 is a template: pointed at a folder, it reads it and writes only in a folder it makes.
TEMPLATE = NOTEBOOKS[0].parent / "03-your-own-articles.ipynb"
ROOT = TEMPLATE.parents[1]
CACHES = {".git", ".venv", "__pycache__", ".ruff_cache", ".pytest_cache", ".hypothesis", ".ipynb_checkpoints"}


def files(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` (caches aside) with its size and mtime: what a run must leave alone."""
    found = {}
    for path in folder.rglob("*"):
        if path.is_file() and not CACHES & set(path.relative_to(folder).parts):
            stat = path.stat()
            found[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns)
    return found


def run_template(cwd: Path, monkeypatch, setup_only: bool = False, **env: Path) -> nbformat.NotebookNode:
    """Execute notebook 03 (or only its cells up to the one making its output folder) with ``env`` set,
    from ``cwd``, importing this checkout's claimtrack."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    for name in ("CLAIMTRACK_ARTICLES", "CLAIMTRACK_REVIEW", "CLAIMTRACK_OUTPUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, str(value))
    nb = nbformat.read(TEMPLATE, as_version=4)
    if setup_only:
        made = next(i for i, cell in enumerate(nb.cells) if cell.source.startswith("MARK ="))
        nb.cells = nb.cells[: made + 1]
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def test_template_reads_your_folder_and_writes_only_its_own(tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((ROOT / "data" / "iraq-troops").iterdir())[:5]:
        shutil.copy2(path, articles / path.name)
    yours, repo = files(articles), files(ROOT)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    run_template(ROOT / "notebooks", monkeypatch, CLAIMTRACK_ARTICLES=articles, CLAIMTRACK_OUTPUT=tmp_path / "out")
    assert files(articles) == yours, "the notebook changed the folder of articles it was given"
    assert files(ROOT) == repo, "the notebook wrote or deleted a file in the repository"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "out", "tmp"]
    assert not any((tmp_path / "tmp").iterdir()), "the notebook left files in the temporary folder"
    report = pd.read_csv(tmp_path / "out" / "report" / "claims.csv")
    assert set(report["article_id"]) == {Path(name).stem for name in yours}, "the report is not of the folder given"
    assert {p.name for p in (tmp_path / "out").iterdir()} == {".claimtrack-notebook-03", "charts", "example", "report"}


def test_template_writes_beside_itself_with_nothing_set(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "data").symlink_to(ROOT / "data")
    before = files(ROOT / "data")
    run_template(tmp_path / "notebooks", monkeypatch, setup_only=True)
    assert [p.name for p in (tmp_path / "notebooks").iterdir()] == ["03-output"]
    assert [p.name for p in (tmp_path / "notebooks" / "03-output").iterdir()] == [".claimtrack-notebook-03"]
    assert files(ROOT / "data") == before


def test_template_refuses_a_folder_it_did_not_make(tmp_path, monkeypatch):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine")
    with pytest.raises(CellExecutionError, match="was not made by this notebook"):
        run_template(tmp_path, monkeypatch, setup_only=True, CLAIMTRACK_OUTPUT=theirs)
    assert [p.name for p in theirs.iterdir()] == ["notes.txt"]
    with pytest.raises(CellExecutionError, match="is inside ARTICLES"):
        run_template(
            tmp_path, monkeypatch, setup_only=True, CLAIMTRACK_ARTICLES=theirs, CLAIMTRACK_OUTPUT=theirs / "out"
        )
    assert [p.name for p in theirs.iterdir()] == ["notes.txt"]
