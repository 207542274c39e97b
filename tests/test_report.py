"""The report: one safe offline HTML page, the same as Markdown, and the files it writes."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pandas as pd
import pytest
import synthetic

from claimtrack.errors import ClaimtrackError
from claimtrack.present import report, report_tables
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


MAIN = ("US troops in Iraq", "US troops injured at al-Asad", "End of the US combat mission")


def test_html_has_every_section(page):
    for heading in (*MAIN, "All threads", "Story map", "How the threads moved", "Threads", "Changes", "Articles"):
        assert f"<h2>{heading}</h2>" in page or f'">{heading}</h2>' in page, heading
    assert "<h2>Skipped inputs</h2>" in page
    assert page.count('class="claimtrack-spec"') == 5 + 3  # a timeline per main thread, then three overviews
    assert (
        "7 articles from 6 outlets; 18 claims, 6 threads of two claims or more; 5 changes (decrease 1, "
        "revised 2, conflict 1, postponed 1) in 11 comparisons of claims."
    ) in page


def section(page: str, heading: str) -> str:
    """The HTML of the report's section (or table) under ``heading``, up to the next one."""
    return re.split(r"<h[23][^>]*>", page.split(f">{heading}</h")[1], maxsplit=1)[0]


def test_each_main_thread_has_its_claims_and_changes_with_sentence_outlet_and_link(page):
    assert page.index("<h2>US troops in Iraq</h2>") < page.index('data-target="timeline"')
    claims = section(page, "Claims: US troops in Iraq")
    assert re.search(
        r"<th[^>]*>Outlet</th>.*<th[^>]*>Claim</th>.*<th[^>]*>Sentence</th>.*<th[^>]*>Article</th>", claims
    )
    assert "<td>Reuters</td>" in claims
    assert '<td class="long">Between 5,000 and 6,000 US troops are stationed in Iraq, officials said.</td>' in claims
    assert '<a href="https://www.reuters.com/world/iraq-troops-2020-07-09"' in claims and ">reuters.com</a>" in claims
    assert 'data-sort="5000.0">Between 5,000 and 6,000</td>' in claims  # sorts by the figure, not the words
    assert claims.count("<tr>") == 1 + 7
    changes = section(page, "Changes: US troops in Iraq")
    assert "<td>decrease</td>" in changes and "Officials quietly favour the roughly 2,500" in changes
    assert ">straitstimes.com</a>" in changes and "Kadhimi" not in changes  # only this thread's changes


def test_tables_sort_and_filter_by_a_script_the_csp_allows(page):
    assert page.count('<table class="sortable"') == 2 * 5 + 3 + 1
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 3 and "table.sortable" in scripts[2] and "innerHTML" not in scripts[2]
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("style-src")[0] and "unsafe-eval" not in csp


HOSTILE_URLS = [
    "javascript:alert(1)",
    "  JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\x00javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "https:javascript:alert(1)",
    '//evil.example/"><script>alert(1)</script>',
]


def test_hostile_urls_never_become_links_and_hostile_text_stays_text():
    story = synthetic.story()
    articles, aligned = story.articles.copy(), story.aligned.copy()
    articles = pd.concat([articles] + [articles.iloc[:1]] * (len(HOSTILE_URLS) - 1), ignore_index=True)
    articles = articles.iloc[: len(HOSTILE_URLS)].copy()
    articles["article_id"] = [f"a{i}" for i in range(len(HOSTILE_URLS))]
    articles["url"] = HOSTILE_URLS
    aligned["article_id"] = [f"a{i % len(HOSTILE_URLS)}" for i in range(len(aligned))]
    aligned["sentence"] = synthetic.HOSTILE + ' <a href="javascript:alert(1)">x</a>'
    page = report.report_html(articles, aligned, story.changes, story.threads)
    body = page.split("<body>")[1].rsplit("</section>", 1)[0]  # the page's own scripts come after it
    assert "<script" not in body.replace('<script type="application/json" class="claimtrack-spec"', "")
    markup = re.sub(r"<script[^>]*>.*?</script>", "", body, flags=re.S)
    hrefs = re.findall(r"""<[a-z]+\b[^>]*\bhref\s*=\s*["']?([^"'\s>]*)""", markup, re.I)
    assert hrefs and all(h.startswith(("#", "http://", "https://")) for h in hrefs), hrefs
    assert "<img" not in body and "onerror=&#34;document" in body and '<a href="javascript' not in body


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
    assert not re.search(r"""\bsrc=["']?(?:https?:)?//""", page)


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
    assert f'<td class="long">Title {escaped}</td>' in page and f"<td>Outlet {escaped}</td>" in page
    assert f'<td class="long">Sentence {escaped}</td>' in page
    specs = re.findall(r'class="claimtrack-spec" data-target="[\w-]+">(.*?)</script>', page, re.S)
    assert len(specs) == 8 and "Sentence \\u003cscript\\u003ealert" in page
    sentences = {r.get("sentence") for s in specs for rows in json.loads(s)["datasets"].values() for r in rows}
    assert "Sentence " + script in sentences


def test_only_http_urls_become_links(page):
    hrefs = re.findall(r'<a href="([^"]*)"', page)
    assert "https://www.reuters.com/world/iraq-troops-2020-07-09" in hrefs
    assert "https://example.org/a?b=&lt;x&gt;&amp;c=&#34;d&#34;" in hrefs
    assert all(h.startswith(("http://", "https://", "#")) for h in hrefs)
    assert "javascript:alert(&#39;not a link&#39;)" in page
    assert all('rel="noopener noreferrer nofollow"' in a for a in re.findall(r'<a href="http[^>]*>', page))


def test_changes_table_lists_notable_changes_first(page):
    rows = re.findall(r"<tr><td>([^<]*)</td><td class=\"date\">[^<]*</td><td>([^<]*)</td>", section(page, "Changes"))
    flags = [flag for _, flag in rows if flag in CHANGED + ("unchanged", "consistent")]
    assert flags[0] in CHANGED and flags[-1] in ("unchanged", "consistent")
    assert "between 5,000 and 6,000 (The Arab Weekly, 2020-07-08)" in page
    assert '<th scope="col">Thread</th>' in section(page, "Changes")


def test_long_tables_say_what_they_leave_out(hostile, monkeypatch):
    monkeypatch.setattr(report_tables, "MAX_ROWS", 3)
    text = report.report_markdown(*hostile)
    assert "Showing 3 of 7 rows; all are in the input folder." in text
    assert "Notable changes first. Showing 3 of 11 rows; all are in changes.csv." in text
    assert len(re.findall(r"^\| (?!Thread|---)", text.split("\n## Changes")[1].split("##")[0], re.M)) == 3


def test_markdown_has_the_same_content(markdown):
    for heading in ("## US troops in Iraq", "### Claims: US troops in Iraq", "### Changes: US troops in Iraq"):
        assert heading in markdown
    for heading in ("## Threads", "## Changes", "## Articles", "## Skipped inputs"):
        assert heading in markdown
    assert "![Timeline: US troops in Iraq](timeline.png)" in markdown
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
    assert page.count('class="claimtrack-spec"') == 4 and "0 articles, no outlet named" in page
    assert "<h2>Timeline</h2>" in page


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


def test_articles_of_no_outlet_are_said_to_be_so_and_no_sentence_names_an_empty_one():
    story = synthetic.story()
    articles = story.articles.assign(source="")
    aligned = story.aligned.assign(source="")
    threads = story.threads.assign(outlets="")
    text = report.report_markdown(articles, aligned, story.changes, threads)
    assert "6 articles, no outlet named;" in text
    assert "from ," not in text and "articles, 20" in text
