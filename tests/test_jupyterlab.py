"""A real JupyterLab: a notebook executed with the claimtrack renderer, saved, and reopened in headless
Chromium shows its three charts, live when trusted and as static images when not.

Needs JupyterLab (the ``notebook`` extra) and Debian's chromium at /usr/bin/chromium; skipped without them.
The server runs on a free local port with its own Jupyter folders, no token, and is stopped at the end.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from test_browser import CHROMIUM, FAILURES

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("jupyterlab")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")

ROOT = Path(__file__).resolve().parents[1]
CELLS = [
    "import altair as alt\nimport pandas as pd\nalt.renderers.enable('claimtrack')\n"
    "d = pd.DataFrame({'x': [1, 2, 3], 'y': [3, 1, 2], 't': ['</script><img src=x onerror=alert(1)>', 'b', 'c']})",
    "alt.Chart(d, title='one').mark_point().encode(x='x', y='y', tooltip='t')",
    "alt.Chart(d, title='two').mark_bar().encode(x='x:O', y='y')",
    "alt.Chart(d, title='three').mark_line().encode(x='x', y='y')",
]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server of its own (folders, port), with the worktree's claimtrack importable."""
    home = tmp_path_factory.mktemp("lab")
    env = {
        **os.environ,
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "run"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
    }
    (home / "notebooks").mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=", "--ServerApp.password=",
         f"--ServerApp.root_dir={home / 'notebooks'}", "--LabApp.news_url=None",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.expose_app_in_browser=True"],  # window.jupyterapp: test_review_browser runs cells with it
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/api/status", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start")
        yield url, home, env
    finally:
        server.terminate()
        server.wait(timeout=30)


def saved_notebook(home: Path, env: dict, name: str, *, trusted: bool) -> None:
    """Execute the cells in a kernel (as a user would) and save the notebook, signed if ``trusted``."""
    script = (
        "import sys, nbformat\nfrom nbclient import NotebookClient\nfrom nbformat.sign import NotebookNotary\n"
        "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in eval(sys.argv[2])])\n"
        "nb.metadata['kernelspec'] = {'name': 'python3', 'display_name': 'Python 3', 'language': 'python'}\n"
        "NotebookClient(nb, timeout=300, kernel_name='python3').execute()\n"
        "if sys.argv[3] == 'trusted':\n    NotebookNotary().sign(nb)\n"
        "nbformat.write(nb, sys.argv[1])\n"
    )
    cells = CELLS + ([] if trusted else ["'reopened untrusted'"])
    path = home / "notebooks" / name
    args = [sys.executable, "-c", script, str(path), repr(cells), "trusted" if trusted else "untrusted"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]


def open_in_lab(url: str, name: str, profile: Path) -> tuple[str, list[str]]:
    """The DOM of JupyterLab with only this notebook open (``?reset``: no tabs restored from before),
    after its outputs rendered, and the console."""
    done = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--virtual-time-budget=40000", "--window-size=1200,2000", "--enable-logging=stderr", "--v=0",
         f"--user-data-dir={profile}", "--dump-dom", f"{url}/lab/tree/{name}?reset"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def test_reopened_trusted_notebook_draws_three_live_charts(lab, tmp_path):
    url, home, env = lab
    saved_notebook(home, env, "trusted.ipynb", trusted=True)
    dom, console = open_in_lab(url, "trusted.ipynb", tmp_path / "profile")
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", dom, flags=re.S | re.I)
    assert markup.count('class="marks"') == 3, console
    assert '<img class="claimtrack-static"' not in markup  # each live chart replaced its image
    errors = [line for line in console if any(f in line for f in (*FAILURES, "already been declared"))]
    assert not errors, errors


def test_reopened_untrusted_notebook_shows_three_static_images(lab, tmp_path):
    url, home, env = lab
    saved_notebook(home, env, "untrusted.ipynb", trusted=False)
    dom, console = open_in_lab(url, "untrusted.ipynb", tmp_path / "profile")
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", dom, flags=re.S | re.I)
    assert 'class="marks"' not in markup  # untrusted: JupyterLab ran none of the outputs' scripts
    images = re.findall(r'<img class="claimtrack-static" alt="([^"]*)"[^>]*src="data:image/svg\+xml;base64,', markup)
    assert images == ["one", "two", "three"], console
    assert "<img src=x" not in markup
