"""Charts in notebooks: a small live chart beside a static image, Vega sent once per kernel.

Each chart output is a mime bundle of ``text/html`` and ``text/plain``:

- ``text/html`` holds the chart's spec (as inert JSON, see :func:`.embed.safe_json`), a short
  script that draws it, and the chart as an SVG ``<img>`` the drawing replaces. JupyterLab shows this
  HTML even in an untrusted notebook (reopened from disk, or from someone else): its scripts are
  then dropped but the image stays, as it does on code hosts and in nbconvert's HTML.
- ``text/plain`` says what the chart is (its title and subtitle).

One static image, not two: the SVG (drawn without the live chart's ARIA labels, which repeat every
tooltip) is a third the size of a PNG at screen scale; a PNG beside it would triple what a saved
notebook holds per chart. ``ct.save_chart(chart, "chart.png")`` writes a PNG when one is needed.

Vega (about 900 KB) is not in every output: the first chart output of a kernel session carries it,
wrapped so that running it again on the same page declares nothing twice (no "Identifier ... has
already been declared"). Every chart queues its drawing on ``window.claimtrackQueue``, and the
library drains the queue when it arrives, so outputs draw in whatever order a reopened notebook
renders them. If the output that carried Vega is gone (cleared, or re-run in the same session),
the other outputs keep their static image until a chart is shown again after a kernel restart.
"""

from __future__ import annotations

import base64
import json

import altair as alt
import vl_convert as vlc
from markupsafe import Markup

from .embed import EMBED_OPTIONS, TEMPLATES, chart_spec, safe_json, vega_bundle, vl_version

_SENT: dict[str, bool] = {"library": False}
_LIBRARY = (
    "if (!window.claimtrackVega) { (function () {\n{{ bundle }}\n})();\n"
    "  window.claimtrackVega = {drain: function () { var q = window.claimtrackQueue || [];"
    " while (q.length) { q.shift()(window.vegaEmbed); } }}; }\n"
    "window.claimtrackVega.drain();"
)
_DRAW = (
    "(function () { var box = document.currentScript.parentNode;"
    " var spec = JSON.parse(box.querySelector('script.claimtrack-spec').textContent);"
    " (window.claimtrackQueue = window.claimtrackQueue || []).push(function (embed) {"
    " var target = box.querySelector('.claimtrack-live'); if (target.childNodes.length) { return; }"
    " embed(target, spec, " + json.dumps(EMBED_OPTIONS) + ").then(function () {"
    " var still = box.querySelector('img.claimtrack-static'); if (still) { still.remove(); } })"
    ".catch(function (err) { target.textContent = 'This chart could not be drawn: ' + err; }); });"
    " if (window.claimtrackVega) { window.claimtrackVega.drain(); } })();"
)
_OUTPUT = TEMPLATES.from_string(
    '<div class="claimtrack-chart"><div class="claimtrack-live"></div>'
    '<img class="claimtrack-static" alt="{{ alt }}" style="max-width:100%" src="data:image/svg+xml;base64,{{ svg }}">'
    '<script type="application/json" class="claimtrack-spec">{{ spec }}</script>'
    "{% if library %}<script>{{ library }}</script>{% endif %}<script>{{ draw }}</script></div>"
)


def chart_bundle(chart: alt.TopLevelMixin | dict) -> dict[str, str]:
    """The mime bundle a notebook shows for ``chart`` (see the module's docstring)."""
    spec = chart_spec(chart)
    still = {**spec, "config": {**spec.get("config", {}), "aria": False}}
    svg = vlc.vegalite_to_svg(still, vl_version=vl_version(), allowed_base_urls=[]).encode("utf-8")
    return {"text/html": chart_fragment(spec, base64.b64encode(svg).decode("ascii")), "text/plain": describe(spec)}


def chart_fragment(spec: dict, svg: str) -> str:
    """The HTML of one chart output: live target, static image (``svg``, base64), inert spec, the
    drawing script (and, for the first output of this kernel, Vega). An SVG in an ``<img>`` runs
    no script."""
    library = None
    if not _SENT["library"]:
        library = Markup(_LIBRARY.replace("{{ bundle }}", vega_bundle()))
        _SENT["library"] = True
    return _OUTPUT.render(
        alt=describe(spec), svg=svg, spec=Markup(safe_json(spec)), library=library, draw=Markup(_DRAW)
    )


def describe(spec: dict) -> str:
    """A chart's title and subtitle as one line of text (what a reader without the image learns)."""
    title = spec.get("title", "")
    if isinstance(title, dict):
        sub = title.get("subtitle", "")
        parts = [title.get("text", ""), *(sub if isinstance(sub, list) else [sub])]
    else:
        parts = [title]
    words = [" ".join(p) if isinstance(p, list) else str(p) for p in parts if p]
    return ". ".join(words) or "A claimtrack chart"


def forget_library() -> None:
    """Send Vega again with the next chart (as after a kernel restart): for a page that lost it."""
    _SENT["library"] = False
