"""The report: one safe offline HTML page, the same as Markdown, and the files it writes."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
import synthetic

from claimtrack.errors import ClaimtrackError
from claimtrack.present import report
from claimtrack.schema import CHANGED, CHANGES

ATTACK = "</script><script>document.title='PWNED'</script>"
SKIPPED = pd.DataFrame(
    {"path": ["bad|file.txt", "x.pdf"], "problem": ["bad UTF-8 " + synthetic.HOSTILE, "unsupported file type"]}
)


@pytest.fixture(scope="module")
def hostile() -> synthetic.Story:
    return synthetic.story(hostile=True)


@pytest.fixture(scope="module")
def page(hostile) -> str:
    return report.report_html(*hostile, title="Iraq | " + ATTACK, skipped=SKIPPED)


@pytest.fixture(scope="module")
def markdown(hostile) -> str:
    return report.report_markdown(*hostile, title="Iraq | " + ATTACK, skipped=SKIPPED)


def test_html_has_every_section(page):
    for heading in (
        "Timeline: US troops in Iraq",
        "All threads",
        "Story map",
        "How the threads moved",
        "Threads",
        "Changes",
        "Articles",
        "Skipped inputs",
    ):
        assert f"<h2>{heading}</h2>" in page
    assert page.count('class="claimtrack-spec"') == 4
    assert (
        "7 articles from 6 outlets; 18 claims, 6 threads of two claims or more; 5 changes (decrease 1, "
        "revised 2, conflict 1, postponed 1) in 11 comparisons of claims."
    ) in page


def test_html_escapes_all_untrusted_text(page):
    assert ATTACK not in page and "<img src=x" not in page and 'onerror="document' not in page
    escaped = "&lt;/script&gt;&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"  # markupsafe's spelling
    assert page.count(escaped) >= 4
    assert "<title>Iraq | &lt;/script&gt;" in page
    assert "<h1>Iraq | &lt;/script&gt;" in page


def test_html_embeds_vega_once_and_requests_nothing(page):
    assert page.count("window.vegaEmbed=") == 1
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert not re.search(r"<link\b", page)
    assert not re.search(r"""\b(?:src|href)=["']?(?:https?:)?//""", page.split("<h2>Articles")[0])


def test_a_script_in_a_title_source_or_sentence_comes_out_as_text():
    """Article text reaches the page escaped by the template engine, or inside a chart's spec as inert JSON."""
    script = '<script>alert("x")</script>'
    story = synthetic.story()
    articles, aligned = story.articles.copy(), story.aligned.copy()
    first = articles.loc[0, "article_id"]
    articles.loc[0, ["title", "source"]] = ["Title " + script, "Outlet " + script]
    mine = aligned["article_id"] == first
    aligned.loc[mine, "source"], aligned.loc[mine, "sentence"] = "Outlet " + script, "Sentence " + script
    page = report.report_html(articles, aligned, story.changes, story.threads)
    assert "<script>alert" not in page
    escaped = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"
    assert f"<td>Title {escaped}</td>" in page and f"<td>Outlet {escaped}</td>" in page
    specs = re.findall(r'class="claimtrack-spec" data-target="[\w-]+">(.*?)</script>', page, re.S)
    assert len(specs) == 4 and "Sentence \\u003cscript\\u003ealert" in page
    sentences = {r.get("sentence") for s in specs for rows in json.loads(s)["datasets"].values() for r in rows}
    assert "Sentence " + script in sentences


def test_only_http_urls_become_links(page):
    hrefs = re.findall(r'<a href="([^"]*)"', page)
    assert "https://www.reuters.com/world/iraq-troops-2020-07-09" in hrefs
    assert "https://example.org/a?b=&lt;x&gt;&amp;c=&#34;d&#34;" in hrefs
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "javascript:alert(&#39;not a link&#39;)" in page
    assert all('rel="noopener noreferrer nofollow"' in a for a in re.findall(r"<a [^>]*>", page))


def test_changes_table_lists_notable_changes_first(page):
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td>", page.split("<h2>Changes")[1])
    flags = [flag for _, flag in rows if flag in CHANGED + ("unchanged", "consistent")]
    assert flags[0] in CHANGED and flags[-1] in ("unchanged", "consistent")
    assert "between 5,000 and 6,000 (The Arab Weekly, 2020-07-08)" in page


def test_long_tables_say_what_they_leave_out(hostile, monkeypatch):
    monkeypatch.setattr(report, "MAX_ROWS", 3)
    text = report.report_markdown(*hostile)
    assert "Showing 3 of 7 rows; all are in the input folder." in text
    assert "Notable changes first. Showing 3 of 11 rows; all are in changes.csv." in text
    assert len(re.findall(r"^\| (?!Thread|---)", text.split("## Changes")[1].split("##")[0], re.M)) == 3


def test_markdown_has_the_same_content(markdown):
    for heading in ("## Timeline: US troops in Iraq", "## Threads", "## Changes", "## Articles", "## Skipped inputs"):
        assert heading in markdown
    for image in ("timeline.png", "small_multiples.png", "story_map.png", "changes.png"):
        assert f"]({image})" in markdown
    assert markdown.startswith("# Iraq \\| \\</script\\>")
    assert "bad\\|file.txt" in markdown
    assert "<https://www.reuters.com/world/iraq-troops-2020-07-09>" in markdown
    assert "<https://example.org/a?b=%3Cx%3E&c=%22d%22>" in markdown
    assert "javascript:alert('not a link')" in markdown and "<javascript" not in markdown


def test_markdown_tables_keep_their_shape(markdown):
    for block in re.findall(r"(?:^\|.*\|\n)+", markdown, re.M):
        lines = block.splitlines()
        widths = {len(re.findall(r"(?<!\\)\|", line)) for line in lines}
        assert len(widths) == 1, lines[0]
    bare = re.sub(r"<https?://[^\s<>]*>", "", markdown)
    assert not re.search(r"(?<!\\)[<>]", bare)


def test_markdown_is_deterministic(markdown):
    again = synthetic.story(hostile=True)
    assert report.report_markdown(*again, title="Iraq | " + ATTACK, skipped=SKIPPED) == markdown


def test_bad_input_is_a_clear_error(hostile):
    with pytest.raises(ClaimtrackError, match="skipped"):
        report.report_markdown(*hostile, skipped=pd.DataFrame({"file": ["x"]}))
    with pytest.raises(ClaimtrackError, match="changes"):
        report.report_markdown(hostile.articles, hostile.aligned, hostile.changes.drop(columns="flag"), hostile.threads)


def test_empty_run_still_reports(hostile):
    none = [frame.iloc[:0] for frame in hostile]
    page = report.report_html(*none)
    assert page.count('class="claimtrack-spec"') == 4 and "0 articles from 0 outlets" in page


def test_write_report_writes_every_file_the_same_as_the_api(page, markdown, tmp_path):
    again = synthetic.story(hostile=True)
    paths = report.write_report(tmp_path / "out", *again, skipped=SKIPPED, title="Iraq | " + ATTACK)
    assert paths["report.html"].read_text(encoding="utf-8") == page
    assert paths["report.md"].read_text(encoding="utf-8") == markdown
    expected = {
        "claims.csv",
        "changes.csv",
        "threads.csv",
        "timeline.png",
        "timeline.svg",
        "small_multiples.png",
        "story_map.png",
        "changes.png",
        "report.html",
        "report.md",
    }
    assert set(paths) == expected
    assert all(p.parent == tmp_path / "out" and p.stat().st_size > 0 for p in paths.values())
    assert paths["timeline.png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert paths["timeline.svg"].read_text().startswith("<svg")
    changes = pd.read_csv(paths["changes.csv"], keep_default_na=False)
    assert list(changes.columns) == list(CHANGES) and len(changes) == len(again.changes)
    md = paths["report.md"].read_text()
    for image in re.findall(r"\]\(([^)]+\.png)\)", md):
        assert (tmp_path / "out" / image).is_file()
