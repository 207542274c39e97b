"""``extract_claims``: every number and date claim of every article, with its provenance,
subject, unit, speaker and hedge."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from datetime import date
from functools import cache
from multiprocessing import get_all_start_methods, get_context
from typing import NamedTuple

import pandas as pd

from ..grammar.counted import refers_back
from ..grammar.date_events import read_dates
from ..grammar.dates import find_dates
from ..grammar.event_cues import noun_after
from ..grammar.lexicon import Lexicon, default_lexicon
from ..grammar.measures import read_sentence
from ..grammar.numbers import find_numbers
from ..grammar.places import home_country
from ..grammar.speakers import Attribution, attribution
from ..grammar.text import Sentences, blanked, folded, split_sentences, web_addresses
from ..grammar.trie import trie
from ..schema import ARTICLES, CLAIMS, conform, empty, short_id, validate
from .dask import extract_dask, is_dask

PARALLEL_CHARS = 2_000_000
ORDER = ["published", "article_id", "start"]
CHUNK = 500


def extract_claims(
    articles: pd.DataFrame,
    *,
    lexicon: Lexicon | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """The claims table: one row per number or date claim in ``articles`` (see docs/contract.md).

    ``workers`` processes share the work (default: every core once the corpus passes
    ``PARALLEL_CHARS`` characters, else one); the result is the same whatever their number.
    ``progress(done, total)`` is called as articles are done, for a progress bar on long runs.
    Rows come in publication order (then article, then position), whatever the input order.
    A Dask DataFrame of articles gives a Dask DataFrame of claims, extracted partition by partition.

    >>> arts = pd.DataFrame({"article_id": ["a"], "published": [pd.Timestamp("2021-07-24")],
    ...                      "text": ["About 2,500 US troops remain in Iraq, officials said on Friday."]})
    >>> extract_claims(arts)[["surface", "kind", "subject"]].values.tolist()
    [['About 2,500', 'count', 'us troops in iraq'], ['Friday', 'date', 'in iraq: iraq, us']]
    """
    if is_dask(articles):
        return extract_dask(extract_claims, articles, lexicon=lexicon)
    articles = conform(articles, ARTICLES)
    jobs = list(zip(articles["article_id"], articles["text"], articles["published"], articles["source"], strict=True))
    if workers is None:
        workers = (os.cpu_count() or 1) if sum(map(len, articles["text"])) > PARALLEL_CHARS else 1
    size = max(1, min(CHUNK, len(jobs) // (workers * 8))) if workers > 1 else CHUNK
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    frames, done = [], 0
    with (
        ProcessPoolExecutor(workers, mp_context=_context())
        if workers > 1 and len(chunks) > 1
        else nullcontext() as pool
    ):
        parts = (
            pool.map(_chunk_claims, chunks, [lexicon] * len(chunks))
            if pool
            else (_chunk_claims(c, lexicon) for c in chunks)
        )
        for chunk, part in zip(chunks, parts, strict=True):
            frames.append(part)
            done += len(chunk)
            if progress is not None:
                progress(done, len(jobs))
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty(CLAIMS)
    claims = conform(pd.concat(frames, ignore_index=True), CLAIMS)
    claims = claims.sort_values(ORDER, kind="stable", na_position="last").reset_index(drop=True)
    return validate(claims, CLAIMS, "claims")


def _context():
    """'fork' where the platform has it (no ``if __name__ == "__main__"`` needed in scripts), else 'spawn'."""
    return get_context("fork" if "fork" in get_all_start_methods() else "spawn")


def _chunk_claims(jobs: list[tuple], lexicon: Lexicon | None) -> pd.DataFrame:
    """The claims of some articles as one frame (cheap to send back from a worker process)."""
    lex = lexicon or default_lexicon()
    with _gc_paused():
        rows = [row for job in jobs for row in article_claims(*job, lex)]
    return pd.DataFrame(rows, columns=list(CLAIMS))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cycle collector paused: extraction makes hundreds of thousands of small objects
    and no cycles, and the collections they set off (the older ones over the whole heap) cost up
    to a tenth of the time in a long session. Anything left is collected once it is back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def article_claims(article_id: str, text: str, published, source: str, lex: Lexicon) -> list[dict]:
    """Claim rows (dicts with the claims-table columns) for one article's ``text``."""
    pub = None if pd.isna(published) else pd.Timestamp(published).date()
    sentences = split_sentences(text)
    addresses = web_addresses(text)
    dates = find_dates(blanked(text, addresses), pub)
    numbers = find_numbers(text, taken=sorted([(d.start, d.end) for d in dates] + addresses))
    article = _Article(article_id, published, source, text, sentences, _Speakers(text, sentences, lex), lex)
    home = home_country(text, lex) if numbers or dates else ""
    counts, segments = _number_rows(article, numbers, home)
    rows = counts + _date_rows(article, dates, numbers, counts, home)
    _mark_as_of(rows, segments, text, pub, lex)
    _one_name_each(rows)
    rows.sort(key=lambda r: r["start"])
    return rows


def _one_name_each(rows: list[dict]) -> None:
    """A person an article names in full once is the same person by surname later: 'Kadhimi' and
    'al-Kadhimi' become 'Mustafa al-Kadhimi' (in place). A surname two full names share is left alone."""
    names = {r["speaker"] for r in rows if _surname(r["speaker"], cased=True)[:1].isupper()}  # not 'Two officials'
    full: dict[str, set[str]] = {}  # a surname -> the longer names that end with it
    for name in names:
        if " " in name:
            full.setdefault(_surname(name), set()).add(name)
    for r in rows:
        speaker = r["speaker"]
        whole = full.get(_surname(speaker), set()) if speaker in names else set()
        if len(whole) == 1 and speaker not in whole:
            (r["speaker"],) = whole


def _surname(name: str, cased: bool = False) -> str:
    """The last word of a name, its article ('al-', 'el-') left out, in lower case unless ``cased``:
    'kadhimi'; '' for no name."""
    last = name.split()[-1] if name.strip() else ""
    bare = last.split("-", 1)[1] if last.lower().startswith(("al-", "el-")) else last
    return bare if cased else bare.lower()


class _Article(NamedTuple):
    """What every row of one article shares."""

    article_id: str
    published: object
    source: str
    text: str
    sentences: Sentences
    people: _Speakers
    lex: Lexicon

    def row(self, kind: str, start: int, end: int, i: int) -> dict:
        """The columns every claim of sentence ``i`` has."""
        sentence = self.text[self.sentences.starts[i] : self.sentences.ends[i]]
        speaker, hedged = self.people.said_in(i)
        claim_id = f"{self.article_id}:{start}-{end}"
        return {
            "claim_id": claim_id,
            "short_id": short_id(claim_id),
            "article_id": self.article_id,
            "published": self.published,
            "source": self.source,
            "kind": kind,
            "start": start,
            "end": end,
            "surface": self.text[start:end],
            "sentence": sentence,
            "speaker": speaker,
            "hedged": hedged,
        }


def _by_sentence(items: list, sentences: Sentences) -> dict[int, list]:
    out: dict[int, list] = {}
    for item in items:
        out.setdefault(sentences.index(item.start), []).append(item)
    return out


def _number_rows(a: _Article, numbers: list, home: str) -> tuple[list[dict], dict[int, tuple[int, int]]]:
    """The rows of an article's numbers, and each number's segment of its sentence (by its start)."""
    rows, segments = [], {}
    previous: dict[str, dict] = {}  # a kind -> the last frame of that kind that named what it counts
    text = a.text
    for i, found in _by_sentence(numbers, a.sentences).items():
        s0, s1 = a.sentences.starts[i], a.sentences.ends[i]
        specs = [(n.start, n.end, n.unit, n.unit_end, n.kind, n.direction) for n in found]
        read = read_sentence(text, specs, a.lex, s0, s1, home)
        for n, (frame, phrase) in zip(found, read, strict=True):
            segments[n.start] = (phrase.left, phrase.right)
            if not frame.state and (n.kind != "count" or not frame.noun) and n.kind in previous:
                if refers_back(text[s0 : n.start]):
                    frame = frame._replace(**{k: previous[n.kind][k] for k in ("noun", "state", "group", "place")})
            row = a.row(n.kind, n.start, n.end, i)
            if n.kind == "count" and n.value_high <= _FEW and _in_speaker(text, s0, s1, row["speaker"], n.start):
                frame = frame._replace(noun="-")  # 'two dealers said': who said it, no figure of the story
            rows.append(
                row
                | {
                    "value_low": n.value_low,
                    "value_high": n.value_high,
                    "qualifier": n.qualifier,
                    "unit": frame.unit if frame.noun != "-" else n.unit,
                    "subject": frame.subject if frame.noun != "-" else "",
                    "direction": n.direction,
                    "aspect": frame.aspect,
                    "tense": frame.tense,
                    "_frame": frame,
                    "_unit_end": n.unit_end,
                }
            )
            if frame.noun not in ("", "-") and (n.kind == "count" or frame.state):
                previous[n.kind] = frame._asdict()
    return rows, segments


_FEW = 12  # the most sources a speaker counts ('two dealers', 'a dozen officials'), not a crowd ('300 protesters')


def _in_speaker(text: str, s0: int, s1: int, speaker: str, at: int) -> bool:
    """Whether the number at ``at`` is in the speaker its sentence ``text[s0:s1]`` names ('Two dealers')."""
    m = re.compile(r"\s+".join(map(re.escape, speaker.split()))).search(text, s0, s1) if speaker else None
    return m is not None and m.start() <= at < m.end()


def _level(low: float, high: float) -> float:
    """The level a count names: its lower bound, or its upper one for 'less than 5,000'."""
    return high if low == 0 and high != float("inf") else low


def _date_rows(a: _Article, dates: list, numbers: list, counts: list[dict], home: str) -> list[dict]:
    """The rows of an article's dates, each with what its clause says it is about."""
    by_count: dict[int, list] = {}  # a sentence -> its counts, sums and shares, as read_dates takes them
    for r in counts:
        if r["kind"] != "measure":
            by_count.setdefault(a.sentences.index(r["start"]), []).append(
                (r["start"], r["end"], r.pop("_unit_end"), r.pop("_frame"), _level(r["value_low"], r["value_high"]))
            )
        else:
            r.pop("_unit_end"), r.pop("_frame")
    rows = []
    for i, found in _by_sentence(dates, a.sentences).items():
        s0, s1 = a.sentences.starts[i], a.sentences.ends[i]
        options = _proposals(a.lex).search(a.text, s0, s1) is not None  # 'one of the options under discussion'
        found = [d._replace(role="plan") if options and d.role == "deadline" else d for d in found]
        frames = read_dates(a.text, [(d.start, d.end, d.role) for d in found], by_count.get(i, []), a.lex, s0, s1, home)
        for d, frame in zip(found, frames, strict=True):
            rows.append(
                a.row("date", d.start, d.end, i)
                | {
                    "date_start": d.date_start,
                    "date_end": d.date_end,
                    "role": d.role,
                    "granularity": d.granularity,
                    "anchor": d.anchor,
                    "subject": frame.subject,
                }
            )
    return rows


@cache
def _proposals(lex: Lexicon) -> re.Pattern:
    """The words of a proposal ('options', 'under discussion'): a date it gives is a plan, not a deadline."""
    return re.compile(rf"\b{trie(lex.words('cues', 'proposal'))}\b", re.I)


RETRO_DAYS = 14


def _dates(d: dict, r: dict, left: int, right: int, text: str) -> bool:
    """Whether the date ``d`` says when the number ``r`` held: it follows the number in its segment
    ('2,500 at the start of 2025'), or fronts its clause ('At its peak in 2011, ...'), or dates the noun
    the number's relative clause is of ('a wildfire in 2018 that killed 85'), or is taken up by 'when'
    ('a year ago, when roughly 5,200 ...')."""
    if r["start"] < d["start"] and d["end"] <= right:
        return True
    if d["end"] <= r["start"] and _RELATIVE.fullmatch(text, d["end"], r["start"]):
        return True  # 'the 2018 Camp Fire in California, which claimed 86 lives'
    if left <= d["start"] and d["end"] <= r["start"] and _COMMA_AFTER.match(text, d["end"]):
        return _LEAD.fullmatch(text, left, d["start"]) is not None  # it opens the clause, not a relative in it
    return _WHEN.fullmatch(text, d["end"], r["start"]) is not None


_COMMA_AFTER = re.compile(r"\s*,")  # a date fronting the clause after it
_LEAD = re.compile(r"[^,;]{0,25}?", re.S)  # the few words a fronted date may follow: 'At its peak in '
# from a date to a number in the relative clause of the noun the date is in: ' Camp Fire, which claimed '
_RELATIVE = re.compile(r"[^,;.]{0,40}?[\s,]*\b(?:that|which|who)\s[^,;.]{0,40}")
_WHEN = re.compile(r"\s*,\s*(?:when|at\s+which\s+time)\s[^,;.]{0,40}")  # 'a year ago, when roughly 5,200'
_NOT_AS_OF = re.compile(r"\b(?:since|until|till|through|by|before|after)\s+$", re.I)  # a date that bounds, not dates


def _mark_as_of(
    rows: list[dict], segments: dict[int, tuple[int, int]], text: str, pub: date | None, lex: Lexicon
) -> None:
    """Give a number the date its own segment says it held at ('a year ago, when roughly 5,200'):
    the nearest event date in it well before publication. A date of another number's segment is not its,
    nor is one after it that dates an event noun ('still missing from the Aug. 8 blaze'), though one
    before it is ('the 2015 flood, which killed 40')."""
    if pub is None:
        return
    past = [
        r
        for r in rows
        if r["kind"] == "date"
        and r["role"] == "event"
        and r["date_end"]
        and (pub - r["date_end"]).days > RETRO_DAYS
        and not _NOT_AS_OF.search(text, max(0, r["start"] - 12), r["start"])
    ]
    if not past:
        return
    events = {d["start"] for d in past if noun_after(folded(text[d["end"] : d["end"] + 40]), lex)}
    for r in rows:
        if r["kind"] == "date" or r["start"] not in segments:
            continue
        left, right = segments[r["start"]]
        candidates = [d for d in past if not (d["start"] in events and d["start"] > r["start"])]
        near = [d for d in candidates if _dates(d, r, left, right, text)]
        if near:
            r["as_of"] = min(near, key=lambda d: abs(d["start"] - r["start"]))["date_start"]


class _Speakers:
    """Speaker and hedge by sentence, each read at most once. 'he said' is resolved to the last
    sentence before it that names a speaker."""

    def __init__(self, text: str, sentences, lex: Lexicon):
        self.text, self.sentences, self.lex = text, sentences, lex
        self.read: dict[int, Attribution] = {}
        self.upto: dict[int, str] = {}  # sentence -> the last speaker named in it or before it
        self.said: dict[int, tuple[str, bool]] = {}

    def said_in(self, i: int) -> tuple[str, bool]:
        """``(speaker, hedged)`` of sentence ``i``."""
        if i not in self.said:
            speaker, pronoun, hedged = self._read(i)
            if not speaker and pronoun:
                speaker = self._named_upto(i - 1)
            self.said[i] = (speaker, hedged)
        return self.said[i]

    def _read(self, i: int) -> Attribution:
        if i not in self.read:
            self.read[i] = attribution(self.text[self.sentences.starts[i] : self.sentences.ends[i]], self.lex)
        return self.read[i]

    def _named_upto(self, i: int) -> str:
        walked = []
        while i >= 0 and i not in self.upto and not self._read(i).speaker:
            walked.append(i)
            i -= 1
        found = "" if i < 0 else self.upto[i] if i in self.upto else self.read[i].speaker
        self.upto.update(dict.fromkeys(walked, found))
        return found
