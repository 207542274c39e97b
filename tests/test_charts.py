"""Charts as specs: round trips, tooltips on every mark, open bounds, flags, theme, scale."""

from __future__ import annotations

import json
import math

import altair as alt
import pandas as pd
import pytest
import synthetic
import vl_convert as vlc

from claimtrack.errors import ClaimtrackError
from claimtrack.present import charts, date_layers, theme
from claimtrack.schema import ALIGNED, CHANGED, CHANGES, empty

CLAIM_TIPS = {"Outlet", "Published", "Speaker", "Claim", "Sentence"}
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}


@pytest.fixture(scope="module")
def story() -> synthetic.Story:
    return synthetic.story()


@pytest.fixture(scope="module")
def built(story) -> dict[str, alt.TopLevelMixin]:
    a, c = story.aligned, story.changes
    return {
        "timeline": charts.timeline(a, c),
        "timeline_date": charts.timeline(a, c, thread="mission-end"),
        "timeline_open": charts.timeline(a, c, thread="tbi-injured"),
        "small_multiples": charts.small_multiples(a, c),
        "story_map": charts.story_map(a, c),
        "changes": charts.changes_chart(c, a),
    }


@pytest.fixture(scope="module")
def specs(built) -> dict[str, dict]:
    return {name: chart.to_dict() for name, chart in built.items()}


def units(spec: dict):
    """Every unit spec (one with a mark) in a layered, concatenated or single chart."""
    if "mark" in spec:
        yield spec
    for key in ("layer", "concat", "hconcat", "vconcat"):
        for sub in spec.get(key, []):
            yield from units(sub)


def rows(spec: dict) -> list[dict]:
    """All rows of all the spec's datasets."""
    return [row for values in spec.get("datasets", {}).values() for row in values]


def tooltip_titles(unit: dict) -> set[str]:
    tips = unit.get("encoding", {}).get("tooltip", [])
    return {t.get("title") for t in (tips if isinstance(tips, list) else [tips])}


NAMES = ["timeline", "timeline_date", "timeline_open", "small_multiples", "story_map", "changes"]


@pytest.mark.parametrize("name", NAMES)
def test_spec_round_trips_through_json(built, specs, name):
    chart = built[name]
    assert isinstance(chart, alt.TopLevelMixin)
    again = type(chart).from_json(chart.to_json())
    assert again.to_dict() == specs[name]


@pytest.mark.parametrize("name", NAMES)
def test_every_mark_has_a_tooltip(specs, name):
    marks = list(units(specs[name]))
    assert marks
    for unit in marks:
        titles = tooltip_titles(unit)
        if name == "changes":
            assert {"Thread", "Flag", "Change"} <= titles or titles == {"Column"}
        elif unit["mark"].get("type") == "line":
            assert titles == {"Level", "Since", "Set by"}  # the story line
        else:
            assert CLAIM_TIPS <= titles, (unit["mark"], titles)


@pytest.mark.parametrize("name", NAMES)
def test_theme_applied_without_global_state(specs, name):
    spec = specs[name]
    assert spec["config"]["title"]["fontSize"] >= 14
    assert spec["config"]["axis"]["labelFontSize"] >= 10
    assert spec["config"]["font"] == theme.FONT
    assert spec["title"]["text"]
    assert set(theme.PALETTE) <= OKABE_ITO
    assert alt.theme.active == "default"


def test_source_line_names_the_outlets(specs):
    subtitle = specs["timeline"]["title"]["subtitle"]
    assert subtitle[-1].startswith("Sources: ")
    for outlet in ("The Arab Weekly", "Reuters", "The Straits Times", "Al Jazeera", "AP"):
        assert outlet in subtitle[-1]


def test_outlet_colours_are_colour_blind_safe_and_stable(specs):
    scales = [u["encoding"]["color"]["scale"] for u in units(specs["timeline"]) if "color" in u.get("encoding", {})]
    assert scales and all(s == scales[0] for s in scales)
    assert set(scales[0]["range"]) <= OKABE_ITO
    assert scales[0]["domain"] == sorted(scales[0]["domain"])
    small = [
        u["encoding"]["color"]["scale"] for u in units(specs["small_multiples"]) if "color" in u.get("encoding", {})
    ]
    assert all(s == small[0] for s in small)


def test_many_outlets_share_one_grey():
    colours = theme.outlet_colours(pd.Series([f"Outlet {i}" for i in range(20)] + ["Big"] * 5))
    assert colours["Big"] == theme.outlet_colour("Big")
    named = [c for c in colours.values() if c != theme.OTHER_COLOUR]
    assert len(named) == len(set(named)) <= len(theme.PALETTE)
    assert all(c in (theme.outlet_colour(s), theme.OTHER_COLOUR) for s, c in colours.items())


def test_interactive_legend_pick_and_x_zoom(specs):
    for name in ("timeline", "timeline_date", "small_multiples"):
        params = {p["name"]: p for p in specs[name]["params"]}
        assert params["outlet"]["bind"] == "legend"
        zooms = [p for p in params.values() if p.get("bind") == "scales"]
        assert zooms and all(p["select"]["encodings"] == ["x"] for p in zooms)


def test_main_thread_is_the_troop_count(story, specs):
    assert charts.main_thread(story.aligned) == "us-troops-iraq"
    assert specs["timeline"]["title"]["text"] == "US troops in Iraq"


def test_ranges_are_bands_and_precision_is_drawn(specs):
    data = rows(specs["timeline"])
    arab = [r for r in data if r.get("outlet") == "The Arab Weekly" and "mark" in r]
    assert arab and arab[0]["mark"] == "band" and arab[0]["y2"] - arab[0]["y"] == 1000
    marks = {(r["surface"], r["figure"]) for r in data if r.get("mark") == "point"}
    assert ("roughly 2,500", "level, approximate") in marks
    shapes = [
        u["encoding"]["shape"]["scale"]
        for u in units(specs["timeline"])
        if u["encoding"].get("shape", {}).get("field") == "figure"
    ]
    assert shapes[0]["range"][:2] == ["circle", theme.RING]


def test_open_bounds_are_drawn_finite(specs):
    text = json.dumps(specs["timeline_open"], allow_nan=False)
    assert "Infinity" not in text and "inf" not in text.lower().replace("info", "")
    bounds = [r for r in rows(specs["timeline_open"]) if r.get("mark") in ("up", "down")]
    assert {r["surface"] for r in bounds} == {"more than 100", "At least 110"}
    for r in bounds:
        assert math.isfinite(r["y"]) and math.isfinite(r["y2"]) and r["y2"] > r["y"]
        assert r["y2"] < 2 * r["y"]
    down = [r for r in rows(specs["timeline"]) if r.get("mark") == "down"]
    assert down and all(0 <= r["y2"] < r["y"] == 2500 for r in down)
    arrows = [u for u in units(specs["timeline_open"]) if u["encoding"].get("shape", {}).get("field") == "mark"]
    assert arrows[0]["encoding"]["shape"]["scale"]["range"] == ["triangle-up", "triangle-down"]


def test_open_bound_rules_are_dashed(specs):
    dashed = [
        u for u in units(specs["timeline_open"]) if u["mark"].get("type") == "rule" and u["mark"].get("strokeDash")
    ]
    assert dashed


def test_flags_are_written_at_the_claims(specs):
    labels = {r["label"] for r in rows(specs["timeline"]) if "label" in r}
    assert "-55 %" in labels and "revised" in labels
    assert "postponed" in {r["label"] for r in rows(specs["timeline_date"]) if "label" in r}


def test_date_threads_are_period_bars_by_article(specs):
    bars = [u for u in units(specs["timeline_date"]) if u["mark"].get("type") == "bar"]
    assert bars[0]["encoding"]["x"]["field"] == "date_start"
    assert bars[0]["encoding"]["x2"]["field"] == "end"
    assert bars[0]["encoding"]["y"]["field"] == "row"
    assert len(bars[0]["encoding"]["y"]["sort"]) == 3


def test_each_role_of_a_date_has_its_own_shape_named_as_an_editor_would(specs):
    points = [u for u in units(specs["timeline_date"]) if u["mark"].get("type") == "point"]
    shape = points[0]["encoding"]["shape"]
    assert len(set(shape["scale"]["range"])) == len(shape["scale"]["domain"])
    assert all(f"'{role}'" in shape["legend"]["labelExpr"] for role in shape["scale"]["domain"])
    assert date_layers._SHAPES.keys() == date_layers._LABELS.keys()
    assert len(set(date_layers._SHAPES.values())) == len(date_layers._SHAPES)  # no two roles look alike


def test_story_map_one_mark_per_thread_and_article(story, specs):
    data = [r for r in rows(specs["story_map"]) if "flag" in r]
    cells = story.aligned.groupby(["thread_id", "article_id"]).ngroups
    assert len(data) == cells
    flags = {r["flag"] for r in data}
    assert {"decrease", "conflict", "postponed", "first mention", "agrees"} <= flags


def test_changes_chart_lists_every_change_once(story, specs):
    data = [r for r in rows(specs["changes"]) if "move" in r]
    moved = story.changes[story.changes["flag"].isin(CHANGED)]
    assert len(data) == len(moved) > 0
    assert {r["flag"] for r in data} == set(moved["flag"])
    assert all(" → " in r["move"] and r["day"] for r in data)


def test_the_same_input_gives_the_same_spec(story, built):
    again = charts.timeline(synthetic.story().aligned, synthetic.story().changes)
    assert again.to_json() == built["timeline"].to_json()


def test_unknown_thread_is_a_clear_error(story):
    with pytest.raises(ClaimtrackError, match="no-such-thread"):
        charts.timeline(story.aligned, thread="no-such-thread")
    with pytest.raises(ClaimtrackError, match="no-such-thread"):
        charts.small_multiples(story.aligned, threads=["no-such-thread"])


def test_empty_input_draws_a_note():
    none = empty(ALIGNED)
    for chart in (
        charts.timeline(none),
        charts.small_multiples(none),
        charts.story_map(none),
        charts.changes_chart(empty(CHANGES)),
    ):
        spec = chart.to_dict()
        assert rows(spec)[0]["message"].startswith("No ")


def test_fifty_thousand_claims_stay_small():
    big = synthetic.large(50_000)
    assert len(big.aligned) == 50_000
    made = {
        "timeline": charts.timeline(big.aligned, big.changes),
        "small_multiples": charts.small_multiples(big.aligned, big.changes),
        "story_map": charts.story_map(big.aligned, big.changes),
        "changes": charts.changes_chart(big.changes, big.aligned),
    }
    for name, chart in made.items():
        text = chart.to_json()
        assert len(text) < 2_000_000, (name, len(text))
        spec = json.loads(text)
        for values in spec["datasets"].values():
            assert len(values) <= charts.MAX_MARKS
            assert all(len(r.get("sentence", "")) <= charts.TOOLTIP_CHARS for r in values)
        assert_colours_cover_the_data(spec)
    grouped = [u for u in units(made["timeline"].to_dict()) if "Claims" in tooltip_titles(u)]
    assert grouped


def assert_colours_cover_the_data(spec: dict) -> None:
    """Every outlet group in the data has a colour (an unknown one would not be drawn)."""
    domain = {
        g
        for u in units(spec)
        if u.get("encoding", {}).get("color", {}).get("field") == "group"
        for g in u["encoding"]["color"]["scale"]["domain"]
    }
    assert {r["group"] for r in rows(spec) if "group" in r} <= domain


@pytest.mark.parametrize("name", NAMES[:-1])
def test_every_outlet_has_a_colour(specs, name):
    assert_colours_cover_the_data(specs[name])


@pytest.mark.parametrize("name", ["timeline", "timeline_date", "small_multiples", "story_map", "changes"])
def test_one_real_png_per_chart_type(specs, name):
    png = vlc.vegalite_to_png(specs[name], scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_small_multiples_keep_figures_and_dates_apart_with_whole_names(story):
    long = story.aligned.assign(
        thread_label=story.aligned["thread_label"] + " and a very long name that used to be cut off here"
    )
    spec = charts.small_multiples(long, story.changes).to_dict()
    sections = spec["vconcat"]
    assert [s["title"]["text"] for s in sections] == ["Figures", "Dates"]
    kinds = long.drop_duplicates("thread_id").set_index("thread_label")["kind"]
    for section, date in zip(sections, (False, True), strict=True):
        for p in section["concat"]:
            name = " ".join(p["title"]["text"])
            assert "…" not in name and (kinds[name] == "date") == date
    listed = (long.groupby("thread_id").size() >= 2).sum()
    assert spec["title"]["subtitle"][0].startswith(f"{min(12, listed)} of {listed} threads")


def test_story_map_names_articles_whole_and_level(story, specs):
    y = specs["story_map"]["encoding"]["y"]
    assert y["field"] == "column" and y["axis"]["labelLimit"] == 0 and "labelAngle" not in y["axis"]
    labels = {r["column"] for r in rows(specs["story_map"]) if "column" in r}
    assert any("The Straits Times" in label for label in labels)
