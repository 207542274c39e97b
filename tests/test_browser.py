"""The report and a saved chart in headless Chromium, offline: charts draw, hostile text stays text.

Needs Debian's chromium at /usr/bin/chromium (``apt-get install -y chromium``); skipped without it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import synthetic

from claimtrack.present import charts, export, report

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium (apt-get install -y chromium)"
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--virtual-time-budget=15000",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    "--v=0",
]
TITLE = "Hostile </script><script>document.title='PWNED'</script>"
AS_TEXT = "&lt;/script&gt;&lt;script&gt;document.title='PWNED'&lt;/script&gt;"
FAILURES = ("Content Security Policy", "Uncaught", "could not be drawn", "ERROR", "Refused")


def open_in_chromium(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM after the page's scripts ran, and the console messages Chromium logged."""
    done = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def markup(dom: str) -> str:
    """The DOM without the text of its script and style elements."""
    return re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", dom, flags=re.S | re.I)


def assert_offline(html: str) -> None:
    """No script, stylesheet or other resource that would leave the page."""
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"""<(?:img|iframe|object|embed|source)\b[^>]*\bsrc\s*=\s*["']?https?:""", html, re.I)
    assert "default-src 'none'" in html


@pytest.fixture(scope="module")
def hostile() -> synthetic.Story:
    return synthetic.story(hostile=True)


def test_report_draws_every_chart_and_runs_nothing_hostile(hostile, tmp_path):
    skipped = pd.DataFrame({"path": ["evil.txt"], "problem": [synthetic.HOSTILE]})
    page = tmp_path / "report.html"
    page.write_text(report.report_html(*hostile, title=TITLE, skipped=skipped), encoding="utf-8")
    assert_offline(page.read_text(encoding="utf-8"))
    dom, console = open_in_chromium(page, tmp_path / "profile-report")
    dom = markup(dom)
    assert dom.count('class="marks"') == 5 + 3, console
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert title == "Hostile " + AS_TEXT
    assert dom.count(AS_TEXT) >= 5
    assert "<img" not in dom and 'img src=x onerror="document' in dom
    assert "Outlet &lt;/script&gt;" in dom
    assert not [line for line in console if any(f in line for f in FAILURES)], console


def test_saved_chart_html_draws_and_runs_nothing_hostile(hostile, tmp_path):
    page = export.save_chart(charts.timeline(hostile.aligned, hostile.changes), tmp_path / "timeline.html")
    assert_offline(page.read_text(encoding="utf-8"))
    dom, console = open_in_chromium(page, tmp_path / "profile-chart")
    dom = markup(dom)
    assert dom.count('class="marks"') == 1, console
    assert re.search(r"<title>(.*?)</title>", dom).group(1) == "US troops in Iraq"
    assert "PWNED" not in dom.split("<body")[0]
    assert "Outlet &lt;/script&gt;" in dom and "<img" not in dom
    assert not [line for line in console if any(f in line for f in FAILURES)], console


PROBE = """(function () {
  var section = document.getElementById("thread-1-claims"), table = section.querySelector("table");
  var names = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent; });
  function column(name) {
    var i = names.indexOf(name);
    return Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.hidden; })
      .map(function (r) { return r.cells[i].textContent; });
  }
  var out = {names: names};
  var claim = table.tHead.rows[0].cells[names.indexOf("Claim")].querySelector("button");
  claim.click();
  out.up = column("Claim");
  claim.click();
  out.down = column("Claim");
  var input = section.querySelector("input[type=search]");
  input.value = "reuters";
  input.dispatchEvent(new Event("input"));
  out.filtered = column("Outlet");
  out.count = section.querySelector(".count").textContent;
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();"""


def test_report_tables_sort_by_a_click_and_filter_by_typing(hostile, tmp_path):
    """The report's own script sorts the main thread's claims by figure and filters them; a probe
    script (allowed by its hash like the page's own) clicks and types as a reader would."""
    import base64
    import hashlib
    import html
    import json

    html_text = report.report_html(*hostile)
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    html_text = html_text.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    head, tail = html_text.rsplit("</body>", 1)  # the last one: Vega's code holds the string too
    html_text = f"{head}<script>{PROBE}</script></body>{tail}"
    page = tmp_path / "report.html"
    page.write_text(html_text, encoding="utf-8")
    dom, console = open_in_chromium(page, tmp_path / "profile-tables")
    probe = json.loads(html.unescape(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1)))
    assert [n.strip() for n in probe["names"]][:4] == ["Published", "Outlet", "Claim", "Sentence"]
    rows = hostile.aligned[hostile.aligned["thread_id"] == charts.main_thread(hostile.aligned)]
    by_figure = rows.sort_values("value_low", kind="stable")["surface"].tolist()
    highest = rows[rows["value_low"] == rows["value_low"].max()]["surface"].tolist()
    assert probe["up"][0] == by_figure[0] and probe["up"][-1] in highest and probe["down"][0] in highest
    assert probe["down"][-1] == by_figure[0] and sorted(probe["up"]) == sorted(probe["down"])
    assert probe["filtered"] == ["Reuters"] * (rows["source"] == "Reuters").sum()
    assert probe["count"].strip() == f"{len(probe['filtered'])} of {len(rows)} rows"
    assert not [line for line in console if any(f in line for f in FAILURES)], console
