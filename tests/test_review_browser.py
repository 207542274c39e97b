"""The review view in a real JupyterLab in headless Chromium: run the notebook, tick a claim, choose a
thread, press move, and see the table, the picker's counts, the chart and the review file change.

The page is driven over the Chrome DevTools protocol (websocket-client, which Jupyter Server brings):
real mouse events at the elements' places, so what is tested is what a reader's clicks do. Uses
test_jupyterlab's server (its own folders and port, this checkout's claimtrack on the kernel's path).
Needs JupyterLab, anywidget and Debian's chromium at /usr/bin/chromium; skipped without them.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import time
import urllib.request
import warnings
from pathlib import Path

import pytest
from test_browser import CHROMIUM
from test_jupyterlab import lab  # noqa: F401  (the JupyterLab server fixture)

import claimtrack as ct

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("jupyterlab")
pytest.importorskip("anywidget")
websocket = pytest.importorskip("websocket")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")

ARTICLES = {
    "2022-01-10-coast-wire": ("Coast Wire", "The city runs 40 ferries. Some 300 workers staff the piers."),
    "2022-03-02-harbour-post": ("Harbour Post", "The city now runs 42 ferries. Some 310 workers staff the piers."),
    "2022-06-15-coast-wire": ("Coast Wire", "There are 45 ferries in the city fleet <b>today</b>."),
    "2022-09-20-harbour-post": ("Harbour Post", "The city runs 38 ferries. Some 320 workers staff the piers."),
}
CELL = "import claimtrack as ct\nview = ct.review(ct.track('ferries'), 'review.yml')\nview"


class Page:
    """One Chromium tab over the DevTools protocol: evaluate script, move and click the mouse."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self.n = 0
        self.errors: list[str] = []
        self.call("Runtime.enable")

    def call(self, method: str, **params) -> dict:
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("method") == "Runtime.exceptionThrown":
                self.errors.append(json.dumps(msg["params"]["exceptionDetails"])[:500])
            if msg.get("id") == self.n:
                assert "error" not in msg, msg
                return msg["result"]

    def js(self, expression: str):
        out = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in out, out
        return out["result"].get("value")

    def wait(self, expression: str, seconds: float = 60):
        """The value of ``expression`` once it is truthy."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.25)
        pytest.fail(f"waited {seconds} s for {expression}")

    def click(self, selector: str, *, press: bool = True) -> None:
        """Move the mouse onto the element (``press``: and click it), as a reader would."""
        at = self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=at[0], y=at[1])
        for kind in ("mousePressed", "mouseReleased") if press else ():
            self.call("Input.dispatchMouseEvent", type=kind, x=at[0], y=at[1], button="left", clickCount=1)


@pytest.fixture
def chromium(tmp_path):
    """A headless Chromium with a DevTools port of its own; yields a function opening a URL in it."""
    proc = subprocess.Popen(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1300,1400",
         "--remote-debugging-port=0", f"--user-data-dir={tmp_path / 'profile'}", "about:blank"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        for line in proc.stderr:
            found = re.search(r"DevTools listening on (ws://[^/]+)/", line)
            if found:
                break
        else:
            pytest.fail("Chromium did not open its DevTools port")
        http = found.group(1).replace("ws://", "http://")

        def open_page(url: str) -> Page:
            tabs = json.load(urllib.request.urlopen(f"{http}/json/list", timeout=10))
            page = Page(next(t for t in tabs if t["type"] == "page")["webSocketDebuggerUrl"])
            page.call("Page.navigate", url=url)
            return page

        yield open_page
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def write_story(folder: Path) -> ct.Track:
    folder.mkdir()
    for name, (outlet, text) in ARTICLES.items():
        front = f"published: {name[:10]}\nsource: {outlet}\n"
        (folder / f"{name}.md").write_text(f"---\n{front}---\n\n{text}\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.track(folder)


@pytest.fixture
def kernel(lab):  # noqa: F811
    """A kernel session for ``review.ipynb``, started before the page opens it (so JupyterLab asks no
    question) and shut down after (so the server stops at once)."""
    url = lab[0]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{url}/lab", timeout=60)  # sets the _xsrf cookie the server wants echoed on a POST
    xsrf = {"X-XSRFToken": next(c.value for c in jar if c.name == "_xsrf")}
    body = json.dumps({"path": "review.ipynb", "type": "notebook", "kernel": {"name": "python3"}}).encode()
    made = urllib.request.Request(f"{url}/api/sessions", data=body, method="POST", headers=xsrf)
    session = json.load(opener.open(made, timeout=60))
    yield session
    opener.open(urllib.request.Request(f"{url}/api/sessions/{session['id']}", method="DELETE", headers=xsrf))


def test_select_a_claim_press_move_and_see_the_table_chart_and_file_change(lab, kernel, chromium):  # noqa: F811
    url, home, _env = lab
    story = write_story(home / "notebooks" / "ferries")
    claims = story.aligned.set_index("surface")
    moved, workers = claims.at["38", "short_id"], claims.at["Some 300", "thread_id"]
    assert claims.at["38", "thread_id"] != workers
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, home / "notebooks" / "review.ipynb")
    review_file = home / "notebooks" / "review.yml"

    page = chromium(f"{url}/lab/tree/review.ipynb?reset")
    page.wait("window.jupyterapp && document.querySelector('.jp-Notebook .jp-Cell') !== null")
    page.wait(  # the notebook joined the kernel session: running now asks no question
        "Array.from(window.jupyterapp.shell.widgets('main')).find(w => w.sessionContext)"
        "?.sessionContext.session?.kernel?.connectionStatus === 'connected'"
    )
    page.js("window.jupyterapp.commands.execute('notebook:run-all-cells'), true")  # not awaited
    page.wait("document.querySelectorAll('.claimtrack-review tbody tr').length")
    count = ".claimtrack-review .ct-count"
    assert page.js(f"document.querySelector('{count}').textContent") == "4 claims"
    chart_before = page.wait("document.querySelector('.claimtrack-review img.ct-chart').src")
    assert chart_before.startswith("data:image/svg+xml;base64,")
    cells = page.js(
        f"[...document.querySelectorAll('.claimtrack-review tr[data-id=\"{moved}\"] td')].map(c => c.textContent)"
    )
    assert cells[1:4] == [moved, "Ferries", "38"]
    sentences = page.js("[...document.querySelectorAll('.claimtrack-review td.ct-sentence')].map(c => c.textContent)")
    assert "There are 45 ferries in the city fleet <b>today</b>." in sentences  # article markup shown as text
    assert page.js("document.querySelector('.claimtrack-review td b')") is None

    page.click(f'.claimtrack-review tr[data-id="{moved}"] input[type=checkbox]')
    page.js(f"document.querySelector('.claimtrack-review select.ct-target').value = {json.dumps(workers)}")
    page.click(".claimtrack-review button[data-action=move]", press=False)  # hovering previews the move
    preview = page.wait("document.querySelector('.claimtrack-review .ct-preview').textContent")
    assert preview.startswith(moved) and preview.endswith("Ferries → Workers staff"), preview
    page.click(".claimtrack-review button[data-action=move]")

    assert page.wait(f"document.querySelector('{count}').textContent == '3 claims'")
    options = page.js(
        "[...document.querySelectorAll('.claimtrack-review select.ct-thread option')].map(o => o.textContent)"
    )
    assert "Workers staff · 4 claims" in options and "Ferries · 3 claims" in options, options
    assert page.js(f"document.querySelector('.claimtrack-review tr[data-id=\"{moved}\"]')") is None
    assert page.js("document.querySelector('.claimtrack-review img.ct-chart').src") != chart_before
    history = page.js("document.querySelector('.claimtrack-review .ct-history').textContent")
    assert history == "move 1 claim to Workers staff: 1 claim changed"
    assert ct.load_review(review_file).rows == (("move", moved, claims.at["Some 300", "short_id"]),)
    assert not page.errors, page.errors
