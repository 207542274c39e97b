"""Charts in notebooks: HTML beside a static image, Vega once per kernel, three charts on a page in Chromium."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import altair as alt
import pandas as pd
import pytest
import synthetic
from test_browser import CHROMIUM, FAILURES, open_in_chromium

from claimtrack.present import charts, export, notebook

HOSTILE = "</script><script>document.title='PWNED'</script><img src=x onerror=\"document.title='PWNED'\">"
STATIC = re.compile(
    r'<img class="claimtrack-static" alt="[^"]*" style="[^"]*" src="data:image/svg\+xml;base64,([^"]+)">'
)


@pytest.fixture(scope="module")
def three() -> list[alt.TopLevelMixin]:
    story = synthetic.story(hostile=True)
    return [
        charts.timeline(story.aligned, story.changes),
        charts.small_multiples(story.aligned, story.changes),
        charts.story_map(story.aligned, story.changes),
    ]


@pytest.fixture()
def outputs(three) -> list[dict[str, str]]:
    """Three outputs of one fresh kernel session, as the Altair renderer makes them."""
    notebook.forget_library()
    with alt.renderers.enable("claimtrack"):
        return [alt.renderers.get()(chart.to_dict()) for chart in three]


def without_image(html: str) -> str:
    return STATIC.sub("", html)


def test_each_output_has_html_with_one_static_image_and_a_description(outputs):
    for bundle in outputs:
        assert set(bundle) == {"text/html", "text/plain"}  # no PNG beside the SVG: one image
        assert len(STATIC.findall(bundle["text/html"])) == 1
        svg = base64.b64decode(STATIC.search(bundle["text/html"]).group(1)).decode()
        assert svg.startswith("<svg") and "<script" not in svg
        assert "Sentence: " not in svg  # the live chart's ARIA labels repeat every tooltip: not in the image
    # the description is the chart's own: its title, how to read it, its sources
    assert outputs[0]["text/plain"].startswith("US troops in Iraq. ") and "Sources:" in outputs[0]["text/plain"]


def test_vega_is_sent_once_per_kernel_and_each_output_stays_small(outputs, three):
    assert ["window.vegaEmbed=" in o["text/html"] for o in outputs] == [True, False, False]
    assert len(without_image(outputs[0]["text/html"])) - len(export._vega_bundle()) < 100_000
    for bundle in outputs[1:]:
        assert len(without_image(bundle["text/html"]).encode()) < 100_000
    notebook.forget_library()
    assert "window.vegaEmbed=" in export.notebook_html(three[2])


def test_hostile_text_stays_inert(outputs):
    chart = alt.Chart(pd.DataFrame({"x": [1], "t": [HOSTILE]})).mark_point().encode(x="x", tooltip="t")
    html = export.notebook_renderer(chart.properties(title=HOSTILE).to_dict())["text/html"]
    assert HOSTILE not in html and "<img src=x" not in html and "\\u003c/script\\u003e" in html
    assert 'alt="&lt;/script&gt;' in html and "cdn.jsdelivr" not in html


def page_of(fragments: list[str]) -> str:
    """A page holding notebook outputs one after another, as JupyterLab shows a notebook."""
    body = "".join(f'<div class="jp-OutputArea-output">{f}</div>' for f in fragments)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>notebook</title></head><body>{body}</body></html>'


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")
@pytest.mark.parametrize("order", ["as run", "Vega last", "Vega twice"])
def test_three_charts_draw_on_one_page_with_a_clean_console(outputs, tmp_path: Path, order):
    """The outputs draw whichever order they render in (a reopened notebook), and a page that gets
    Vega twice (two kernel sessions saved in one notebook) declares nothing twice."""
    html = [o["text/html"] for o in outputs]
    if order == "Vega last":
        html = html[1:] + html[:1]
    elif order == "Vega twice":
        html = html + [html[0]]
    page = tmp_path / "notebook.html"
    page.write_text(page_of(html), encoding="utf-8")
    dom, console = open_in_chromium(page, tmp_path / "profile")
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", dom, flags=re.S | re.I)
    assert markup.count('class="marks"') == len(html), console
    assert "claimtrack-static" not in markup  # each live chart replaced its static image
    assert "PWNED" not in markup.split("<body")[0]
    errors = [line for line in console if any(f in line for f in (*FAILURES, "already been declared"))]
    assert not errors, errors


def test_track_shows_its_timeline_live_and_as_an_image():
    from claimtrack import Track
    from claimtrack.schema import CLAIMS

    story = synthetic.story(hostile=True)
    shown = Track(story.articles, story.aligned[list(CLAIMS)], story.aligned, story.changes, story.threads)
    html = shown._repr_html_()
    assert "<h4>Timeline</h4>" in html and STATIC.search(html) and 'class="claimtrack-spec"' in html
    assert HOSTILE not in html


def test_track_gives_jupyter_its_timeline_as_one_image():
    from claimtrack import Track
    from claimtrack.schema import CLAIMS

    story = synthetic.story()
    bundle = Track(story.articles, story.aligned[list(CLAIMS)], story.aligned, story.changes, story.threads)
    bundle = bundle._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain"} and bundle["text/plain"].startswith("Track(")
    assert len(STATIC.findall(bundle["text/html"])) == 1


def test_each_output_with_its_image_stays_small(outputs):
    """What a saved notebook holds per chart: spec, drawing script and static image (Vega aside)."""
    for bundle in outputs:
        size = sum(len(v.encode()) for v in bundle.values())
        if "window.vegaEmbed=" in bundle["text/html"]:
            size -= len(export._vega_bundle())
        assert size < 150_000, size
