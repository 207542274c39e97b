"""What every page and notebook output that embeds a chart shares: Vega, inert specs, the templates.

Pages and fragments are rendered from ``templates/`` with autoescape on: text from articles is
escaped by the engine, and only what callers mark as Markup (Vega, our own scripts, specs made
inert by :func:`safe_json`) is not.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from typing import Any

import altair as alt
import jinja2
import vl_convert as vlc

from ..errors import ClaimtrackError

EMBED_OPTIONS = {
    "renderer": "svg",
    "ast": True,
    "actions": {"export": True, "source": False, "compiled": False, "editor": False},
}
_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("claimtrack.present", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
TEMPLATES.policies["json.dumps_kwargs"] = {"sort_keys": False}  # tojson keeps EMBED_OPTIONS in its order


def safe_json(obj: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element (``<``, ``>``, ``&`` escaped)."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":")).translate(_ESCAPES)


def chart_spec(chart: alt.TopLevelMixin | dict) -> dict:
    """The Vega-Lite spec of ``chart`` (a chart or an already made spec dict)."""
    return chart if isinstance(chart, dict) else chart.to_dict()


@functools.cache
def vega_bundle() -> str:
    """Vega, Vega-Lite and Vega-Embed as one inline script (built once per process)."""
    bundle = vlc.javascript_bundle(vl_version=vl_version())
    if "</script" in bundle.lower() or "<!--" in bundle:
        raise ClaimtrackError("vl-convert's JavaScript bundle cannot be inlined safely")
    return bundle


@functools.cache
def sha256(text: str) -> str:
    """The base64 SHA-256 of ``text`` as a CSP source expects it."""
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def vl_version() -> str | None:
    """The Vega-Lite version Altair writes, as vl-convert names it (None: its latest)."""
    major_minor = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return major_minor if major_minor in vlc.get_vegalite_versions() else None
