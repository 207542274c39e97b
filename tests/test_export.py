"""Saving charts and tables: formats by suffix, escaping in HTML, deterministic CSV round trips."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re

import pandas as pd
import pytest
import synthetic
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.errors import ClaimtrackError
from claimtrack.present import charts, export
from claimtrack.schema import ALIGNED, ARTICLES, CHANGES, CLAIMS, THREADS, conform

ATTACK = "</script><script>document.title='PWNED'</script>"


@pytest.fixture(scope="module")
def hostile() -> synthetic.Story:
    return synthetic.story(hostile=True)


@pytest.fixture(scope="module")
def chart(hostile):
    return charts.timeline(hostile.aligned, hostile.changes)


def test_safe_json_escapes_what_closes_a_script():
    text = export.safe_json({"a": ATTACK + "<!-- & \u2028 \u2029 > é"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert "\\u003c/script\\u003e" in text and "é" in text
    assert json.loads(text) == {"a": ATTACK + "<!-- & \u2028 \u2029 > é"}


@given(
    st.recursive(
        st.text() | st.integers() | st.booleans() | st.none(),
        lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(), kids, max_size=4),
        max_leaves=20,
    )
)
def test_safe_json_round_trips_and_never_holds_markup(value):
    text = export.safe_json(value)
    assert json.loads(text) == value
    assert not set("<>&\u2028\u2029") & set(text)


@pytest.mark.parametrize(
    "suffix, magic",
    [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<svg"), (".pdf", b"%PDF"), (".html", b"<!DOCTYPE html>")],
)
def test_save_chart_by_suffix(chart, tmp_path, suffix, magic):
    path = export.save_chart(chart, tmp_path / "deep" / f"timeline{suffix.upper()}")
    data = path.read_bytes()
    assert path.name == f"timeline{suffix.upper()}" and data.startswith(magic)
    assert ATTACK.encode() not in data and b"<img src=x" not in data


def test_png_scale(chart, tmp_path):
    small = export.save_chart(chart, tmp_path / "a.png", scale=1).stat().st_size
    large = export.save_chart(chart, tmp_path / "b.png", scale=2).stat().st_size
    assert large > small


def test_svg_escapes_hostile_text(chart, tmp_path):
    svg = export.save_chart(chart, tmp_path / "t.svg").read_text()
    assert "<script" not in svg and "&lt;/script&gt;&lt;script&gt;" in svg


@pytest.mark.parametrize("name", ["chart.jpg", "chart", "chart.htm"])
def test_unknown_suffix_is_a_clear_error(chart, tmp_path, name):
    with pytest.raises(ClaimtrackError) as err:
        export.save_chart(chart, tmp_path / name)
    assert str(tmp_path / name) in str(err.value)
    assert all(s in str(err.value) for s in export.CHART_SUFFIXES)


def test_chart_html_is_self_contained_and_safe(chart):
    page = export.chart_html(chart, title="T " + ATTACK)
    assert ATTACK not in page and "<img src=x" not in page
    assert "<title>T &lt;/script&gt;" in page
    assert page.count("window.vegaEmbed=") == 1
    assert not re.search(r"<script[^>]*\bsrc=", page) and "<link" not in page
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe" not in csp.split("style-src")[0]
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    spec = re.search(r'class="claimtrack-spec" data-target="chart">(.*?)</script>', page, re.S)
    assert json.loads(spec.group(1)) == chart.to_dict()


def test_chart_html_is_titled_as_the_chart(chart):
    assert "<title>US troops in Iraq</title>" in export.chart_html(chart)


def test_embed_chart_rejects_odd_ids(chart):
    with pytest.raises(ClaimtrackError):
        export.embed_chart(chart, 'x" onload="alert(1)')


def tables(story: synthetic.Story) -> dict[str, tuple[pd.DataFrame, dict]]:
    """Every schema's table, with awkward values: quotes, newlines, NA, inf, NaN, NaT."""
    articles = story.articles.copy()
    articles.loc[0, "text"] = 'He said "2,500",\r\nthen\n"NA"; NA, nan, None'
    articles.loc[1, "title"] = "NA"
    articles.loc[2, "published"] = pd.NaT
    threads = story.threads.copy()
    threads.loc[0, "first_seen"] = pd.Timestamp("2020-07-08 13:45:10")
    return {
        "articles": (conform(articles, ARTICLES), ARTICLES),
        "claims": (conform(story.aligned[list(CLAIMS)], CLAIMS), CLAIMS),
        "aligned": (story.aligned, ALIGNED),
        "changes": (story.changes, CHANGES),
        "threads": (conform(threads, THREADS), THREADS),
    }


@pytest.mark.parametrize("name", ["articles", "claims", "aligned", "changes", "threads"])
@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_tables_round_trip_with_schema_dtypes(hostile, tmp_path, name, suffix):
    frame, schema = tables(hostile)[name]
    paths = export.write_tables(tmp_path, parquet=True, **{name: frame})
    back = export.read_table(paths[f"{name}{suffix}"], schema)
    pd.testing.assert_frame_equal(back, frame)


def test_csv_is_deterministic_and_readable(hostile, tmp_path):
    frames = {n: f for n, (f, _) in tables(hostile).items()}
    one = export.write_tables(tmp_path / "one", **frames)
    two = export.write_tables(tmp_path / "two", **{n: f.copy() for n, f in frames.items()})
    for name, path in one.items():
        assert path.read_bytes() == two[name].read_bytes()
    claims = one["claims.csv"].read_text()
    assert claims.splitlines()[0] == ",".join(CLAIMS)
    assert ",inf," in claims and ",2020-07-08," in claims and "\r" not in claims
    articles = one["articles.csv"].read_bytes()
    assert b'"He said ""2,500"",\r\nthen\n""NA""; NA, nan, None"' in articles
    assert "2020-07-08T13:45:10.000000" in one["threads.csv"].read_text()


def test_write_csv_to_a_stream(hostile):
    out = io.StringIO()
    export.write_csv(hostile.changes, out)
    assert out.getvalue() == export._csv_text(hostile.changes)


def test_read_table_names_missing_columns(hostile, tmp_path):
    path = export.write_tables(tmp_path, changes=hostile.changes.drop(columns="flag"))
    with pytest.raises(ClaimtrackError, match=r"changes\.csv.*'flag'"):
        export.read_table(path["changes.csv"], CHANGES)


def test_read_table_names_bad_values(hostile, tmp_path):
    bad = hostile.changes.astype({"magnitude": str})
    bad.loc[0, "magnitude"] = "lots"
    path = export.write_tables(tmp_path, changes=bad)["changes.csv"]
    with pytest.raises(ClaimtrackError, match=r"changes\.csv: column 'magnitude'"):
        export.read_table(path, CHANGES)


def test_read_table_rejects_other_suffixes(tmp_path):
    with pytest.raises(ClaimtrackError, match=r"\.csv, \.parquet"):
        export.read_table(tmp_path / "x.xlsx", CHANGES)


def test_notebook_renderer_escapes_hostile_text():
    import altair as alt
    import pandas as pd

    from claimtrack.present.export import notebook_html

    hostile = "</script><script>document.title='PWNED'</script>"
    chart = alt.Chart(pd.DataFrame({"x": [1], "t": [hostile]})).mark_point().encode(x="x", tooltip="t")
    page = notebook_html(chart)
    assert hostile not in page and "\\u003c/script\\u003e" in page
    assert "cdn.jsdelivr" not in page
    with alt.renderers.enable("claimtrack"):
        assert "text/html" in alt.renderers.get()(chart.to_dict())
