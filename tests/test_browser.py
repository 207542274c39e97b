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
    assert dom.count('class="marks"') == 4, console
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
