"""Notebooks are documentation that cannot rot: stored without outputs, executed here end to end."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

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
def test_runs(path, tmp_path):
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
