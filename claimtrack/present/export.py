"""Saving charts (PNG, SVG, PDF, self-contained HTML) and tables (CSV, Parquet), offline.

The package registers the Altair renderer ``"claimtrack"`` (:func:`notebook_renderer`):
``alt.renderers.enable("claimtrack")`` draws charts in JupyterLab offline, with text escaped,
beside a static image for untrusted notebooks and code hosts (see :mod:`.notebook`).

HTML pages are rendered from the jinja2 templates in ``templates/`` with autoescape on, so any
text from articles is escaped by the engine. They embed Vega once, inline, and each chart's spec
as JSON in which ``<``, ``>``, ``&`` and the two JavaScript line separators are escaped
(:func:`safe_json`), so no text inside a chart can close the script element. A
Content-Security-Policy allows only the page's own scripts (by hash) and no requests at all.
"""

from __future__ import annotations

import contextlib
import json
import math
from os import PathLike
from pathlib import Path
from typing import Any, TextIO

import altair as alt
import pandas as pd
import vl_convert as vlc
from markupsafe import Markup

from ..errors import ClaimtrackError, where
from ..schema import BOOL, DATE, FLOAT, INT, conform, validate
from .embed import EMBED_OPTIONS, chart_spec, safe_json
from .embed import TEMPLATES as _TEMPLATES
from .embed import sha256 as _sha256
from .embed import vega_bundle as _vega_bundle
from .embed import vl_version as _vl_version

CHART_SUFFIXES = (".png", ".svg", ".pdf", ".html")
TABLE_SUFFIXES = (".csv", ".parquet")
_LOADER = (
    "document.querySelectorAll('script.claimtrack-spec').forEach(function (el) {\n"
    "  var target = document.getElementById(el.getAttribute('data-target'));\n"
    f"  vegaEmbed(target, JSON.parse(el.textContent), {json.dumps(EMBED_OPTIONS)})"
    ".catch(function (err) {\n"
    "    target.textContent = 'This chart could not be drawn: ' + err;\n  });\n});"
)
# Sorts and filters the report's tables; inline, allowed by hash. A .j2 file only to ship with the
# templates: it is read as it is, never rendered.
TABLE_SCRIPT: str = _TEMPLATES.loader.get_source(_TEMPLATES, "tables.js.j2")[0]
_FIGURE = _TEMPLATES.from_string(
    '<figure class="chart"><div id="{{ target }}"></div>'
    '<script type="application/json" class="claimtrack-spec" data-target="{{ target }}">{{ spec }}</script></figure>'
)


def embed_chart(chart: alt.TopLevelMixin | dict, element_id: str) -> Markup:
    """An HTML fragment holding ``chart``: a target ``div`` and its spec as inert JSON."""
    if not element_id.replace("-", "").replace("_", "").isalnum():
        raise ClaimtrackError(f"chart element id {element_id!r}: use letters, digits, - and _")
    return Markup(_FIGURE.render(target=element_id, spec=Markup(safe_json(chart_spec(chart)))))


def html_page(template: str, title: str, *, extra_scripts: tuple[str, ...] = (), **context: Any) -> str:
    """A whole offline page from ``template`` (one of ``templates/`` that extends ``page.html.j2``).

    Vega, the page's loader and ``extra_scripts`` (our own code, such as :data:`TABLE_SCRIPT`)
    are inline and allowed by hash; every value in ``context`` is escaped by the template engine
    unless it is :class:`~markupsafe.Markup` (a chart's figure).
    """
    code = (_vega_bundle(), _LOADER, *extra_scripts)
    scripts = [{"code": Markup(s), "sha256": _sha256(s)} for s in code]
    return _TEMPLATES.get_template(template).render(title=title, scripts=scripts, **context)


def chart_html(chart: alt.TopLevelMixin | dict, *, title: str | None = None) -> str:
    """A self-contained, offline HTML page showing ``chart`` (titled as the chart by default)."""
    spec = chart_spec(chart)
    named = spec.get("title", {})
    named = named.get("text") if isinstance(named, dict) else named
    title = title or (named if isinstance(named, str) and named else "claimtrack chart")
    return html_page("chart.html.j2", title, figure=embed_chart(spec, "chart"))


def notebook_html(chart: alt.TopLevelMixin | dict) -> str:
    """The HTML a notebook shows for ``chart``: live when trusted, a static image otherwise
    (:func:`.notebook.chart_bundle`, whose ``text/html`` this is)."""
    from .notebook import chart_bundle

    return chart_bundle(chart)["text/html"]


def notebook_renderer(spec: dict, **_options: Any) -> dict[str, str]:
    """Altair renderer ``"claimtrack"`` (an entry point of the package): HTML, PNG and a text
    description (:func:`.notebook.chart_bundle`)."""
    from .notebook import chart_bundle

    return chart_bundle(spec)


def save_chart(chart: alt.TopLevelMixin | dict, path: str | PathLike, *, scale: float = 2.0) -> Path:
    """Write ``chart`` as .png (``scale`` × pixels), .svg, .pdf or .html, chosen by suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CHART_SUFFIXES:
        raise ClaimtrackError(
            where(path, f"cannot save a chart as {suffix or 'no suffix'!r}; use one of {', '.join(CHART_SUFFIXES)}")
        )
    spec, version = chart_spec(chart), _vl_version()
    if suffix == ".png":
        data = vlc.vegalite_to_png(spec, vl_version=version, scale=scale, allowed_base_urls=[])
    elif suffix == ".svg":
        data = vlc.vegalite_to_svg(spec, vl_version=version, allowed_base_urls=[]).encode()
    elif suffix == ".pdf":
        data = vlc.vegalite_to_pdf(spec, vl_version=version, allowed_base_urls=[])
    else:
        data = chart_html(spec).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def write_csv(frame: pd.DataFrame, dest: str | PathLike | TextIO) -> None:
    """Write ``frame`` as deterministic CSV (see :func:`write_tables`) to a path or text stream."""
    text = _csv_text(frame)
    if isinstance(dest, (str, PathLike)):
        with _writing(dest):
            Path(dest).parent.mkdir(parents=True, exist_ok=True)
            Path(dest).write_bytes(text.encode("utf-8"))
    else:
        dest.write(text)


def write_tables(out_dir: str | PathLike, *, parquet: bool = False, **frames: pd.DataFrame) -> dict[str, Path]:
    """Write each frame as ``<name>.csv`` (and ``.parquet``); the same frame, the same bytes.

    CSV: columns in the frame's order, UTF-8, ``\\n`` line ends, floats as Python's shortest
    round-trip repr (``inf`` for open bounds), dates as ISO 8601 (a date alone when every
    time is midnight), booleans as True/False, missing values empty.
    """
    out = Path(out_dir)
    with _writing(out):
        out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, frame in frames.items():
        paths[f"{name}.csv"] = out / f"{name}.csv"
        write_csv(frame, paths[f"{name}.csv"])
        if parquet:
            paths[f"{name}.parquet"] = out / f"{name}.parquet"
            with _writing(paths[f"{name}.parquet"]):
                frame.reset_index(drop=True).to_parquet(paths[f"{name}.parquet"], index=False)
    return paths


@contextlib.contextmanager
def _writing(path: str | PathLike):
    """Turn a failure to write ``path`` (no such folder, a file in the way, no permission) into a
    :class:`ClaimtrackError` naming it."""
    try:
        yield
    except OSError as exc:
        raise ClaimtrackError(where(path, f"cannot write here ({exc.strerror or exc})")) from None


def read_table(path: str | PathLike, schema: dict[str, str]) -> pd.DataFrame:
    """Read a CSV or Parquet table written by :func:`write_tables` back with the schema's dtypes."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise ClaimtrackError(
            where(path, f"cannot read a table from {suffix or 'no suffix'!r}; use one of {', '.join(TABLE_SUFFIXES)}")
        )
    if suffix == ".parquet":
        raw = pd.read_parquet(path)
    else:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], encoding="utf-8")
    missing = [c for c in schema if c not in raw.columns]
    if missing:
        raise ClaimtrackError(where(path, f"missing columns {missing}"))
    if suffix == ".csv":
        for col, dtype in schema.items():
            try:
                raw[col] = _parse(raw[col], dtype)
            except (ValueError, KeyError) as err:
                raise ClaimtrackError(where(path, f"column {col!r}: not {dtype} ({err})")) from None
    return validate(conform(raw, schema), schema, str(path))


def _csv_text(frame: pd.DataFrame) -> str:
    """The frame as deterministic CSV text (see :func:`write_tables`)."""
    out = frame.reset_index(drop=True).copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            midnight = (s.dropna() == s.dropna().dt.normalize()).all()
            out[col] = s.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%dT%H:%M:%S.%f")
        elif pd.api.types.is_float_dtype(s):
            out[col] = [_float(v) for v in s]
        elif pd.api.types.is_bool_dtype(s):
            out[col] = s.map({True: "True", False: "False"})
    return out.to_csv(index=False, lineterminator="\n", na_rep="")


def _float(v: float) -> str:
    """Shortest round-trip text of a float; '' for NaN."""
    return "" if math.isnan(v) else repr(float(v))


def _parse(col: pd.Series, dtype: str) -> pd.Series:
    """A CSV column of text as ``dtype``."""
    if dtype == FLOAT:
        return pd.Series([float(v) if v else math.nan for v in col], index=col.index)
    if dtype == INT:
        return col.astype("int64")
    if dtype == BOOL:
        return col.map(lambda v: {"True": True, "False": False}[v])
    if dtype == DATE:
        return pd.to_datetime(col.mask(col == ""), format="ISO8601")
    return col
