"""Messy corpora: every bad input is named with its problem, the rest of the corpus is still read.

One test builds every kind of bad input in one folder beside a few good articles and runs the
loader, the extractor and the ``claims`` command on it; focused tests follow, one per input.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest
from conftest import SAMPLE

import claimtrack as ct
from claimtrack.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
from claimtrack.errors import ClaimtrackError, InputWarning
from claimtrack.ingest import files
from claimtrack.ingest.reading import decode, visible_text
from claimtrack.present.export import read_table
from claimtrack.schema import ALIGNED, ARTICLES, CLAIMS, validate

GOOD = sorted(SAMPLE.glob("*.md"))[8:11]
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Drawdown &amp; after | Wire</title>
<meta property="article:published_time" content="2021-01-16T09:30:00+03:00">
<meta property="og:site_name" content="Page Wire">
<style>p { margin: 0 }</style><script>var troops = 9000; if (a < b) {}</script></head>
<body><nav><a href="/">Home</a></nav>
<p>The Pentagon said about <b>2,500</b> US troops remain in Iraq &amp; Afghanistan.</p>
<!-- 4,000 people in a comment -->
<p>The drawdown ended on Friday.</p></body></html>
"""

# file, problem it must be named with, whether the whole file is skipped, article ids it still gives
CASES = [
    ("empty.txt", "empty file", True, []),
    ("blank.txt", "only whitespace", True, []),
    ("image.txt", "binary data, not text", True, []),
    ("latin1.txt", "not valid UTF-8", False, ["latin1"]),
    ("cp1252.txt", "not valid UTF-8", False, ["cp1252"]),
    ("utf16.txt", "UTF-16", False, ["utf16"]),
    ("badyaml.md", "front matter is not valid YAML", False, ["badyaml"]),
    ("yesterday.md", "published 'yesterday' is not a date", False, ["yesterday"]),
    ("feb30.md", "published '2021-02-30' is not a date", False, ["feb30"]),
    ("nodate.txt", "no publication date given or found", False, ["nodate"]),
    ("dups.csv", "duplicate article_id 'twin'; renamed to twin-2", False, ["twin", "twin-2"]),
    ("large.txt", "very large article", False, ["large"]),
    ("page.txt", "looks like an HTML page", False, ["page"]),
    ("notext.csv", "has no 'text' column (columns: ['article_id', 'published', 'title'])", True, []),
    ("optional.csv", None, False, ["optional-1"]),
    ("lines.jsonl:2", "line 2 is not valid JSON", False, ["j1", "j3"]),
    ("latin1.csv", "not valid UTF-8", False, ["csv-latin1"]),
    ("fake.parquet", "could not be read as parquet", True, []),
    ("mixed", "ignored 1 files that are not articles (.txt, .md, .csv, .jsonl, .parquet): notes.pdf", False, []),
    ("nothing", "no readable articles", True, []),
]


def write_bad_inputs(folder: Path) -> Path:
    """Every kind of bad input, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t\r\n   ")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said 12 people were hurt on 2021-01-20.".encode("latin-1"))
    quoted = "\u201cAbout 40 homes burned\u201d \u2013 \u20ac5,000 lost, on 2021-01-21."
    (folder / "cp1252.txt").write_bytes(quoted.encode("cp1252"))
    (folder / "utf16.txt").write_text("About 300 people left on 2021-01-22.", encoding="utf-16")
    (folder / "badyaml.md").write_text("---\ntitle: [unclosed\npublished: 2021-01-23\n---\nSome 40 homes burned.")
    (folder / "yesterday.md").write_text("---\npublished: yesterday\n---\nNearly 90 people voted.")
    (folder / "feb30.md").write_text("---\npublished: 2021-02-30\n---\nNearly 80 people voted.")
    (folder / "nodate.txt").write_text("More than 70 people voted.")
    pd.DataFrame(
        {
            "article_id": ["twin", "twin"],
            "published": ["2021-01-24", "2021-01-25"],
            "text": ["About 60 people marched.", "About 65 people marched."],
        }
    ).to_csv(folder / "dups.csv", index=False)
    (folder / "large.txt").write_text("2021-01-26\n" + "About 2,500 US troops remain in Iraq.\n\n" * 400)
    (folder / "page.txt").write_text(PAGE)
    pd.DataFrame({"article_id": ["t"], "published": ["2021-01-27"], "title": ["No body"]}).to_csv(
        folder / "notext.csv", index=False
    )
    pd.DataFrame({"text": ["About 2,000 people fled on 2021-01-28."]}).to_csv(folder / "optional.csv", index=False)
    (folder / "lines.jsonl").write_text(
        '{"article_id": "j1", "text": "Six people died.", "published": "2021-01-29"}\n'
        '{"article_id": "j2", "text": "Seven\n'
        '{"article_id": "j3", "text": "Eight people died.", "published": "2021-01-30"}\n'
    )
    (folder / "latin1.csv").write_bytes(
        "article_id,published,text\ncsv-latin1,2021-01-31,Caf\xe9 owners counted 14 people.\n".encode("latin-1")
    )
    (folder / "fake.parquet").write_bytes(b"this is not parquet at all\n")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    return folder


def write_nothing_readable(folder: Path) -> Path:
    """A folder with no article in it: a PDF and an empty text file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "blank.md").write_bytes(b"\n\n")
    return folder


def good_copies(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in GOOD:
        shutil.copy(path, folder)
    return folder


def load(source) -> tuple[pd.DataFrame, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = ct.load_articles(source)
    return arts, [str(w.message) for w in caught if issubclass(w.category, InputWarning)]


def named(messages: list[str], name: str, problem: str) -> bool:
    """Some message names the file ``name`` and states ``problem``."""
    return any(f"/{name}: " in m and problem in m for m in messages)


def test_every_bad_input_is_named_and_the_rest_is_read(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(files, "LARGE_BYTES", 10_000)
    mixed = write_bad_inputs(good_copies(tmp_path / "mixed"))
    nothing = write_nothing_readable(tmp_path / "nothing")
    good = good_copies(tmp_path / "good")
    good_ids = sorted(p.stem for p in GOOD)

    arts, messages = load([mixed, nothing])
    validate(arts, ARTICLES, "articles")
    skipped = arts.attrs["skipped"]
    for name, problem, whole_file, ids in CASES:
        if problem:
            assert named(messages, name, problem), (name, problem, messages)
        listed = [s for s in skipped if s["path"].endswith(f"/{name}") and problem in s["problem"]]
        assert bool(listed) == (whole_file or name.endswith(":2")), (name, skipped)
        assert set(ids) <= set(arts["article_id"]), (name, ids)
    expected = set(good_ids) | {i for *_, ids in CASES for i in ids}
    assert sorted(arts["article_id"]) == sorted(expected)
    assert not [m for m in messages if any(g in m for g in good_ids)], "a good article was warned about"

    indexed = arts.set_index("article_id")
    assert "Café" in indexed.loc["latin1", "text"] and "Café" in indexed.loc["csv-latin1", "text"]
    assert indexed.loc["cp1252", "text"].startswith("\u201cAbout 40 homes burned\u201d \u2013 \u20ac5,000")
    assert indexed.loc["utf16", "text"] == "About 300 people left on 2021-01-22."
    assert len(indexed.loc["large", "text"]) == (mixed / "large.txt").stat().st_size
    assert indexed.loc["page", "published"] == pd.Timestamp("2021-01-16 09:30")
    assert pd.isna(indexed.loc["nodate", "published"]) and pd.isna(indexed.loc["yesterday", "published"])

    claims = ct.extract_claims(arts)
    alone = ct.extract_claims(ct.load_articles(good))
    assert len(alone) > 20
    mine = claims[claims["article_id"].isin(good_ids)].reset_index(drop=True)
    pd.testing.assert_frame_equal(mine, alone)
    texts = indexed["text"]
    assert all(
        texts[a][s:e] == surface
        for a, s, e, surface in zip(
            claims["article_id"], claims["start"], claims["end"], claims["surface"], strict=True
        )
    )
    assert {"latin1", "cp1252", "utf16", "page", "large", "j1", "twin-2"} <= set(claims["article_id"])

    out = tmp_path / "claims.csv"
    assert main(["claims", str(mixed), str(nothing), "--out", str(out)]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines and all(line.startswith("claimtrack: warning: ") for line in lines), lines
    for name, problem, *_ in CASES:
        if problem:
            assert named(lines, name, problem), (name, problem)
    from_cli = read_table(out, ALIGNED)
    from_cli = from_cli[from_cli["article_id"].isin(good_ids)].sort_values("claim_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(from_cli[list(CLAIMS)], alone.sort_values("claim_id").reset_index(drop=True))


def test_the_command_shows_no_traceback_on_bad_input(tmp_path):
    mixed = write_bad_inputs(good_copies(tmp_path / "mixed"))
    run = subprocess.run(
        [sys.executable, "-m", "claimtrack", "claims", str(mixed), "--out", str(tmp_path / "c.csv")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == EXIT_SKIPPED, run.stderr
    assert "Traceback" not in run.stderr
    assert all(line.startswith("claimtrack: warning: ") for line in run.stderr.splitlines()), run.stderr
    assert f"claimtrack: warning: {mixed / 'empty.txt'}: empty file" in run.stderr


@pytest.mark.parametrize(
    "files, exit_code",
    [
        ({"good.md": "---\npublished: 2021-01-02\n---\nAbout 2,500 US troops are in Iraq."}, EXIT_OK),
        ({"good.md": "---\npublished: 2021-01-02\n---\nAbout 2,500 US troops.", "bad.txt": b"\x00\x01"}, EXIT_SKIPPED),
        ({"bad.txt": b"", "notes.pdf": b"%PDF-1.4"}, EXIT_ERROR),
        ({}, EXIT_ERROR),
    ],
)
def test_exit_codes(tmp_path, capsys, files, exit_code):
    for name, content in files.items():
        (tmp_path / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    assert main(["claims", str(tmp_path), "--out", str(tmp_path / "c.csv")]) == exit_code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if exit_code == EXIT_ERROR:
        last = err.strip().splitlines()[-1]
        assert last.startswith(f"claimtrack: error: {tmp_path}: no article could be read")
        assert all(line.startswith("claimtrack: warning: ") for line in err.strip().splitlines()[:-1])
    assert main(["claims"]) == EXIT_USAGE


# --- one input at a time --------------------------------------------------------------------


def one(tmp_path: Path, name: str, content: str | bytes) -> tuple[pd.DataFrame, list[str]]:
    """Load ``name`` beside one good article; the good one must always come through."""
    (tmp_path / "good.md").write_text("---\npublished: 2021-01-02\n---\nAbout 2,500 US troops are in Iraq.")
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    arts, messages = load(tmp_path)
    assert "good" in set(arts["article_id"])
    return arts, messages


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\r\n\t", "only whitespace"),
        ("nul.txt", b"abc\x00def" * 20, "binary data, not text (NUL bytes)"),
        ("noise.txt", bytes(range(1, 256)) * 20, "binary data, not text (control characters)"),
        ("scan.txt", b"%PDF-1.7\n1 0 obj\n", "binary data, not text (a PDF document)"),
        ("zip.md", b"PK\x03\x04rest", "binary data, not text (a ZIP archive"),
        ("notext.csv", "title,published\nx,2021-01-01\n", "has no 'text' column (columns: ['title', 'published'])"),
        ("header.csv", "article_id,text\n", "has no rows"),
        ("binary.csv", bytes(range(256)) * 4, "binary data"),
        ("quote.csv", 'article_id,text\nx,"never closed\n', "could not be read as csv"),
        ("fake.parquet", b"PAR1 not really", "could not be read as parquet"),
        ("empty.parquet", b"", "could not be read as parquet"),
        ("empty.jsonl", b"\n\n", "has no rows"),
    ],
)
def test_unreadable_file_is_skipped_and_named(tmp_path, name, content, problem):
    arts, messages = one(tmp_path, name, content)
    assert named(messages, name, problem), messages
    assert [s["path"] for s in arts.attrs["skipped"] if problem in s["problem"]] == [str(tmp_path / name)]
    assert list(arts["article_id"]) == ["good"]


@pytest.mark.parametrize(
    "name, content, problem, text",
    [
        (
            "latin1.txt",
            "Caf\xe9 had 12 guests.".encode("latin-1"),
            "not valid UTF-8 (1 bytes, the first at byte 3)",
            "Café had 12 guests.",
        ),
        (
            "cp1252.txt",
            "\u201c12\u201d \u2013 \u20ac5".encode("cp1252"),
            "read those bytes as cp1252",
            "\u201c12\u201d \u2013 \u20ac5",
        ),
        (
            "mixed.txt",
            "Café had 12 guests".encode() + b" \x96 " + "naïve".encode(),
            "not valid UTF-8 (1 bytes",
            "Café had 12 guests \u2013 naïve",
        ),
        (
            "utf16.txt",
            "\ufeffAbout 300 people left.".encode("utf-16-le"),
            "encoded as UTF-16",
            "About 300 people left.",
        ),
        (
            "utf16be.txt",
            b"\xfe\xff" + "About 300 people left.".encode("utf-16-be"),
            "encoded as UTF-16",
            "About 300 people left.",
        ),
        ("utf32.txt", "About 300 people left.".encode("utf-32"), "encoded as UTF-32", "About 300 people left."),
        (
            "nobom.txt",
            "About 300 people left.".encode("utf-16-le"),
            "UTF-16-LE without a byte-order mark",
            "About 300 people left.",
        ),
    ],
)
def test_other_encodings_are_decoded_with_a_warning(tmp_path, name, content, problem, text):
    arts, messages = one(tmp_path, name, content)
    assert named(messages, name, problem), messages
    assert arts.set_index("article_id").loc[Path(name).stem, "text"] == text
    assert not arts.attrs["skipped"]


@pytest.mark.parametrize(
    "front, problem, published",
    [
        ("title: [unclosed\npublished: 2021-03-04", "front matter is not valid YAML", None),
        ("- a list\n- not a mapping", "front matter is not a mapping", None),
        ("published: yesterday", "published 'yesterday' is not a date; inferring it", None),
        ("published: 2021-02-30", "published '2021-02-30' is not a date; inferring it", None),
        ("published: March 4", "published 'March 4' is not a date (no year)", None),
        ("published: 3000-01-01", "published '3000-01-01' is out of the range of dates", None),
        ("published: 2021", "published '2021' gives no day; read it as 2021-01-01", "2021-01-01"),
        ("published: {day: 4}", "front matter field 'published' is not a single value", None),
        ("title: [a, b]\npublished: 2021-03-04", "front matter field 'title' is not a single value", "2021-03-04"),
    ],
)
def test_front_matter_problems_are_reported_and_the_body_kept(tmp_path, front, problem, published):
    arts, messages = one(tmp_path, "story.md", f"---\n{front}\n---\nNearly 90 people voted.\n")
    assert named(messages, "story.md", problem), messages
    row = arts.set_index("article_id").loc["story"]
    assert row["text"] == "Nearly 90 people voted.\n"
    if published:
        assert row["published"] == pd.Timestamp(published)
    else:
        assert pd.isna(row["published"]) and named(messages, "story.md", "no publication date given or found")


def test_unclosed_front_matter_is_read_as_text(tmp_path):
    arts, messages = one(tmp_path, "open.md", "---\ntitle: x\nAbout 40 people.")
    assert named(messages, "open.md", "opened with '---' but never closed")
    assert arts.set_index("article_id").loc["open", "text"].startswith("---")


def test_a_date_in_the_text_is_used_when_the_given_one_is_bad(tmp_path):
    arts, messages = one(tmp_path, "story.md", "---\npublished: yesterday\n---\nWednesday 08/07/2020\nAbout 40 left.")
    assert named(messages, "story.md", "'yesterday' is not a date")
    row = arts.set_index("article_id").loc["story"]
    assert row["published"] == pd.Timestamp("2020-07-08") and row["published_from"] == "dateline"


def test_table_dates_are_parsed_one_value_at_a_time(tmp_path):
    rows = [
        ("a", "2021-03-04T23:30:00-05:00"),
        ("b", "2021-03-04T23:30:00+09:00"),
        ("c", "20210304"),
        ("d", "now"),
        ("e", "1e5"),
        ("f", ""),
    ]
    (tmp_path / "t.jsonl").write_text(
        "\n".join(f'{{"article_id": "{a}", "published": "{p}", "text": "Some 5 people left."}}' for a, p in rows)
        + '\n{"article_id": "g", "published": 20210304, "text": "Some 6 people left."}'
    )
    arts, messages = load(tmp_path)
    got = arts.set_index("article_id")["published"]
    assert got["a"] == got["b"] == pd.Timestamp("2021-03-04 23:30")  # each its own local time, mixed zones
    assert got["c"] == got["g"] == pd.Timestamp("2021-03-04")  # a number is not nanoseconds since 1970
    assert got[["d", "e", "f"]].isna().all()
    assert named(messages, "t.jsonl [d]", "published 'now' is not a date")  # no hidden clock
    assert named(messages, "t.jsonl [e]", "published '1e5' is not a date")


def test_duplicate_ids_are_renamed_with_the_file_named(tmp_path):
    (tmp_path / "a.md").write_text("---\npublished: 2021-01-01\n---\nOne 5 people.")
    (tmp_path / "t.csv").write_text("article_id,published,text\na,2021-01-02,Two 6 people.\na-2,2021-01-03,Three.\n")
    arts, messages = load(tmp_path)
    assert sorted(arts["article_id"]) == ["a", "a-2", "a-3"]
    assert named(messages, "a.md", "duplicate article_id 'a'; renamed to a-3")


def test_large_article_is_read_whole_with_a_warning(tmp_path):
    body = "\n\n".join(ct.load_articles(SAMPLE)["text"])
    body = body * (20_000_000 // len(body.encode()) + 1)
    big = tmp_path / "big.md"
    big.write_text("---\npublished: 2021-07-27\n---\n" + body, encoding="utf-8")
    arts, messages = load(big)
    assert messages == [f"{big}: very large article (20.0 MB); reading it all"]
    assert arts.loc[0, "text"] == body


def test_html_page_is_blanked_in_place(tmp_path):
    arts, messages = one(tmp_path, "page.txt", PAGE)
    assert named(messages, "page.txt", "looks like an HTML page saved as text")
    row = arts.set_index("article_id").loc["page"]
    text = row["text"]
    assert len(text) == len(PAGE)
    assert "<" not in text and "troops = 9000" not in text and "4,000" not in text and "margin" not in text
    assert "about    2,500     US troops remain in Iraq &     Afghanistan." in text
    assert (row["title"], row["source"], row["published_from"]) == ("Drawdown & after | Wire", "Page Wire", "html meta")
    claims = ct.extract_claims(arts[arts["article_id"] == "page"])
    assert {"about    2,500", "Friday"} <= set(claims["surface"])
    troops = claims[claims["surface"] == "about    2,500"].iloc[0]
    assert (troops["value_low"], troops["qualifier"], troops["unit"]) == (2500, "about", "US troops")
    for start, end, surface in zip(claims["start"], claims["end"], claims["surface"], strict=True):
        assert text[start:end] == surface  # and the same span of the page as read, markup blanked:
        assert all(c == " " or c == p for c, p in zip(surface, PAGE[start:end], strict=True))


def test_visible_text_keeps_length_and_lines():
    page = (
        "<html>\n<head><script>\nvar a = '<p>';\n</script></head><body>\n<p>A&nbsp;1&#x2019;s "
        '&unknown; &#9999999;<br>B</p><div title="a > b">C</div>\n</body></html>'
    )
    text = visible_text(page)
    assert len(text) == len(page) and text.count("\n") >= page.count("\n")
    assert "var" not in text and "title" not in text
    assert "A\xa0     1\u2019       s" in text and "&unknown;" in text
    assert text.split() == ["A", "1\u2019", "s", "&unknown;", "\ufffd", "B", "C"]
    assert visible_text("no markup here, 5 < 6 & 7 > 2") == "no markup here, 5 < 6 & 7 > 2"


def test_unterminated_markup_is_linear():
    page = "<html><body>" + "<a href='x " * 20_000 + "&amp" * 20_000
    started = time.perf_counter()
    assert len(visible_text(page)) == len(page)
    assert time.perf_counter() - started < 2


def test_decode_refuses_binary_and_reports_repairs():
    assert decode(b"")[0] == ""
    assert decode(b"\xef\xbb\xbfplain") == ("plain", "")
    assert decode(b"\x1f\x8b\x08\x00")[0] is None
    assert decode(b"\xff\xfeA\x00B")[1].endswith("(1 undecodable characters replaced)")
    text, note = decode(b"ok " * 1000 + b"\x81\x8d")
    assert text.endswith("ok \x81\x8d") and "2 bytes, the first at byte 3000" in note


def test_jsonl_bad_lines_are_numbered_and_the_rest_kept(tmp_path):
    lines = [
        '{"article_id": "a", "text": "Five died.", "published": "2021-01-01"}',
        "{oops",
        "[1, 2]",
        "",
        '{"article_id": "b", "text": ["not", "text"]}',
        '{"article_id": "c", "text": "Six died."}',
    ]
    lines += ["nope"] * 7
    arts, messages = one(tmp_path, "t.jsonl", "\n".join(lines))
    assert sorted(arts["article_id"]) == ["a", "c", "good"]
    assert named(messages, "t.jsonl:2", "line 2 is not valid JSON")
    assert named(messages, "t.jsonl:3", "line 3 is not a JSON object")
    assert named(messages, "t.jsonl [b]", "text is not a string (list)")
    assert named(messages, "t.jsonl", "4 more lines are not JSON objects")
    skipped = [s["path"].rsplit("/", 1)[1] for s in arts.attrs["skipped"]]
    assert skipped == ["t.jsonl:2", "t.jsonl:3"] + [f"t.jsonl:{n}" for n in range(7, 14)] + ["t.jsonl [b]"]


@pytest.mark.filterwarnings("ignore::claimtrack.errors.InputWarning")
def test_missing_columns(tmp_path):
    pd.DataFrame({"title": ["x"], "date": ["2021-01-01"]}).to_csv(tmp_path / "t.csv", index=False)
    with pytest.raises(
        ClaimtrackError,
        match=r"t\.csv: no article could be read: has no 'text' column "
        r"\(columns: \['title', 'published'\]\)",
    ):
        ct.load_articles(tmp_path / "t.csv")
    with pytest.raises(ClaimtrackError, match=r"DataFrame: has no 'text' column"):
        ct.load_articles(pd.DataFrame({"title": ["x"]}))
    pd.DataFrame({"body": ["About 40 people left on 2021-01-01."]}).to_csv(tmp_path / "only_body.csv", index=False)
    arts, messages = load(tmp_path / "only_body.csv")
    assert arts.loc[0, "article_id"] == "only_body-1" and arts.loc[0, "published"] == pd.Timestamp("2021-01-01")
    assert not messages


def test_nothing_readable_is_an_error_naming_each_reason(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00")
    with pytest.raises(ClaimtrackError) as err:
        load(tmp_path)
    message = str(err.value)
    assert message.startswith(f"{tmp_path}: no article could be read: ")
    assert f"{tmp_path / 'a.txt'}: empty file" in message and f"{tmp_path / 'b.txt'}: binary data" in message


def test_a_list_of_paths_keeps_going_past_a_bad_one(tmp_path):
    (tmp_path / "good.md").write_text("---\npublished: 2021-01-02\n---\nAbout 2,500 US troops are in Iraq.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    arts, messages = load([tmp_path / "good.md", tmp_path / "missing.md", tmp_path / "notes.pdf"])
    assert list(arts["article_id"]) == ["good"]
    assert named(messages, "missing.md", "no such file or folder") and named(messages, "notes.pdf", "unsupported")
    assert len(arts.attrs["skipped"]) == 2


def test_lone_surrogates_and_odd_ids_do_not_break_the_csv(tmp_path):
    (tmp_path / "s.jsonl").write_text(
        '{"article_id": 7, "published": "2021-01-01", "text": "About 40 people \\ud800 left."}\n'
        '{"article_id": null, "published": "2021-01-01", "text": "Some 5 people."}\n'
    )
    arts, messages = load(tmp_path)
    assert named(messages, "s.jsonl [7]", "lone surrogates")
    assert list(arts["article_id"]) == ["7", "s-2"]
    assert arts.loc[0, "text"] == "About 40 people \ufffd left."
    ct.extract_claims(arts).to_csv(tmp_path / "c.csv")  # UTF-8 cannot encode a lone surrogate


@pytest.mark.parametrize(
    "argv", [["claims", "{sample}", "--out", "{tmp}/afile/claims.csv"], ["report", "{sample}", "--out", "{tmp}/afile"]]
)
def test_an_output_that_cannot_be_written_is_an_error(tmp_path, capsys, argv):
    (tmp_path / "afile").write_text("in the way")
    argv = [a.format(sample=SAMPLE, tmp=tmp_path) for a in argv]
    assert main(argv + ["--quiet"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"claimtrack: error: {tmp_path / 'afile'}" in err and "cannot write here" in err


def test_an_output_folder_is_made(tmp_path):
    assert main(["threads", str(SAMPLE), "--out", str(tmp_path / "new" / "threads.csv")]) == EXIT_OK
    assert (tmp_path / "new" / "threads.csv").read_text("utf-8").startswith("thread_id,")


def test_report_on_bad_input_shows_no_traceback(tmp_path, capsys):
    mixed = write_bad_inputs(good_copies(tmp_path / "mixed"))
    assert main(["report", str(mixed), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_SKIPPED
    assert "Traceback" not in capsys.readouterr().err
    assert "empty.txt" in (tmp_path / "out" / "report.md").read_text("utf-8")
