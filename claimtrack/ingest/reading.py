"""Bytes to article text: encodings, binary files, front matter, HTML pages blanked out in place.

``decode`` reads UTF-8 (with or without a BOM), UTF-16/UTF-32 with a byte-order mark and UTF-16
without one; a byte that is not UTF-8 is read as cp1252, byte by byte, so Latin-1 and cp1252
files come out right and one stray byte does not garble the valid UTF-8 around it. Binary data
(NUL bytes, control characters, PDF/image/archive signatures) is refused.

``visible_text`` blanks the markup of an HTML page *in place*: tags, comments, declarations and
the contents of ``script``, ``style``, ``title``, ``svg`` and similar elements become spaces
(block-level tags a paragraph break; line breaks are kept); an entity becomes its character
followed by spaces (``&amp;`` → ``&`` and four spaces). The text keeps exactly the length of the
page, so every offset into it is also the offset into the page.

``front_matter`` splits YAML front matter from the body, leaving dates as text.
"""

from __future__ import annotations

import html
import re

import yaml

from ..errors import warn

HTML_START = re.compile(
    r"""\A\s*(?:<\?xml[^<>]*>\s*)?(?:<!--.*?-->\s*)*     # an XML declaration, comments
        <(?:!doctype\s+html|html|head|body|meta|title)\b  # then a page's first tag
      | \A\s*<[A-Za-z][^<>]*>(?=.{0,5000}</[A-Za-z])     # or a tag closed soon after""",
    re.I | re.S | re.VERBOSE,
)
_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "gzip data",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CP1252 = [bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256)]


def decode(raw: bytes) -> tuple[str | None, str]:
    """Bytes to text; returns ``(text, note)``: ``note`` says what was repaired, ``text`` is
    ``None`` when the bytes are not text at all (and ``note`` says why).

    >>> decode("Café".encode("cp1252"))
    ('Café', 'not valid UTF-8 (1 bytes, the first at byte 3); read those bytes as cp1252')
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n")
    (None, 'binary data, not text (a PNG image)')
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(codec, "replace")
            bad = text.count("\ufffd") - raw.decode(codec, "ignore").count("\ufffd")
            note = f"encoded as {codec.upper()} (byte-order mark), not UTF-8; decoded it"
            return _not_binary(text, note + (f" ({bad} undecodable characters replaced)" if bad else ""))
    for magic, what in _SIGNATURES.items():
        if raw.startswith(magic):
            return None, f"binary data, not text ({what})"
    if b"\x00" in raw[:8192]:
        return _utf16(raw)
    try:
        return _not_binary(raw.decode("utf-8-sig"), "")
    except UnicodeDecodeError as exc:
        return _not_binary(*_mostly_utf8(raw, exc.start))


def _utf16(raw: bytes) -> tuple[str | None, str]:
    """Text with NUL bytes: UTF-16 without a byte-order mark if every other byte of its head is NUL,
    else binary data."""
    head = raw[:8192]
    for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if len(head) >= 4 and zeros.count(0) > 0.9 * len(zeros) and head.count(0) < 0.6 * len(head):
            text = raw[: len(raw) // 2 * 2].decode(codec, "replace")
            return _not_binary(text, f"looks like {codec.upper()} without a byte-order mark; read it as that")
    return None, "binary data, not text (NUL bytes)"


def _mostly_utf8(raw: bytes, first: int) -> tuple[str, str]:
    """UTF-8 whose invalid bytes (the first at ``first``) are read as cp1252, and a note saying so."""
    parts, pos, bad = [], 0, 0
    view = memoryview(raw)[3 if raw.startswith(b"\xef\xbb\xbf") else 0 :]
    while pos < len(view):
        try:
            parts.append(bytes(view[pos:]).decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(bytes(view[pos : pos + exc.start]).decode("utf-8"))
            parts.append("".join(_CP1252[b] for b in view[pos + exc.start : pos + exc.end]))
            bad += exc.end - exc.start
            pos += exc.end
    return "".join(parts), f"not valid UTF-8 ({bad} bytes, the first at byte {first}); read those bytes as cp1252"


def _not_binary(text: str, note: str) -> tuple[str | None, str]:
    head = text[:8192]
    if len(_CONTROL.findall(head)) > max(2, 0.05 * len(head)):
        return None, "binary data, not text (control characters)"
    return text, note


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


class _TextDates(yaml.SafeLoader):
    """YAML that leaves dates as text, so a bad one ('2021-02-30') is reported, not fatal."""


_TextDates.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(text: str, path: object = None) -> tuple[dict, str]:
    """``text`` split into its YAML front matter (keys lower-cased; dates left as text) and body;
    front matter that does not parse is reported in an :class:`InputWarning` and ignored.

    >>> front_matter("---\\nTitle: T\\npublished: 2021-02-30\\n---\\nBody")
    ({'title': 'T', 'published': '2021-02-30'}, 'Body')
    """
    m = _FRONT.match(text)
    if not m:
        if text.startswith("---"):
            warn(path, "front matter opened with '---' but never closed; read the whole file as text")
        return {}, text
    try:
        meta = yaml.load(m.group(1), Loader=_TextDates) or {}
    except yaml.YAMLError as exc:
        warn(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]}); ignored it")
        return {}, text[m.end() :]
    if not isinstance(meta, dict):
        warn(path, "front matter is not a mapping of fields; ignored it")
        return {}, text[m.end() :]
    return {str(k).lower(): v for k, v in meta.items()}, text[m.end() :]


_MARKUP = re.compile(
    r"""<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)                                 # a comment, CDATA
      | <(script|style|noscript|template|title|svg|math|textarea)\b[^<>]*>.*?(?:</\1\s*>|\Z)  # an element
                                                                                   # never shown, whole
      | <[!?][^<>]*>                                                               # a declaration
      | </?([A-Za-z][\w:-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*>                         # a tag
      | &(?:\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});         # an entity""",
    re.I | re.S | re.VERBOSE,
)
_BLOCK = frozenset(
    """address article aside blockquote body dd div dl dt figcaption figure footer form h1 h2
    h3 h4 h5 h6 head header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul""".split()
)


def visible_text(page: str) -> str:
    """``page`` with its markup blanked out, at the same length (offsets keep indexing the page).

    >>> visible_text("<p>About 2,500 &amp; more</p>")
    '\\n\\n About 2,500 &     more\\n\\n  '
    """

    def blank(m: re.Match) -> str:
        s = m.group()
        if s[0] == "&":
            char = html.unescape(s)
            return char + " " * (len(s) - len(char)) if len(char) <= len(s) else " " * len(s)
        out = re.sub(r"[^\n]", " ", s)
        name = (m.group(2) or "").lower()
        if "\n" not in s and name in _BLOCK:
            return "\n\n" + out[2:]
        return "\n" + out[1:] if "\n" not in s and name == "br" else out

    return _MARKUP.sub(blank, page)


_META = re.compile(
    r"""<meta\b[^<>]*>|<link\b[^<>]*>            # a meta or link tag
      | <title\b[^<>]*>(.*?)</title\s*>          # the title
      | "datePublished"\s*:\s*"([^"]+)"          # a date in the page's JSON-LD""",
    re.I | re.S | re.VERBOSE,
)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'<>]+)")
_META_KEYS = {
    "article:published_time": "published",
    "og:published_time": "published",
    "datepublished": "published",
    "pubdate": "published",
    "publishdate": "published",
    "dc.date.issued": "published",
    "dc.date": "published",
    "date": "published",
    "og:site_name": "source",
    "og:url": "url",
    "og:title": "title",
}


def html_meta(page: str) -> dict[str, str]:
    """``title``, ``published``, ``source`` and ``url`` from a page's head, where it gives them.

    >>> html_meta('<title>A &amp; B</title><meta property="article:published_time" content="2021-07-27">')
    {'title': 'A & B', 'published': '2021-07-27'}
    """
    meta: dict[str, str] = {}
    for m in _META.finditer(page[:200_000]):
        if m.group(1) is not None:
            meta.setdefault("title", " ".join(html.unescape(m.group(1)).split()))
        elif m.group(2) is not None:
            meta.setdefault("published", m.group(2).strip())
        else:
            attrs = {k.lower(): html.unescape(v.strip("\"'")).strip() for k, v in _ATTR.findall(m.group())}
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if attrs.get("rel", "").lower() == "canonical" and attrs.get("href"):
                meta.setdefault("url", attrs["href"])
            elif key in _META_KEYS and attrs.get("content"):
                field = _META_KEYS[key]
                meta[field] = attrs["content"] if key == "og:title" else meta.get(field, attrs["content"])
    return {k: v for k, v in meta.items() if v}
