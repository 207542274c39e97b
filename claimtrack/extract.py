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
from multiprocessing import get_all_start_methods, get_context

import pandas as pd

from .dask import extract_dask, is_dask
from .dates import find_dates
from .lexicon import Lexicon, default_lexicon
from .numbers import find_numbers
from .schema import ARTICLES, CLAIMS, conform, empty, validate
from .speakers import Attribution, attribution
from .subjects import clause_facts, count_subject, event_key, refers_back
from .text import split_sentences

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
    """The claims table: one row per number or date claim in ``articles`` (see DESIGN.md).

    ``workers`` processes share the work (default: every core once the corpus passes
    ``PARALLEL_CHARS`` characters, else one); the result is the same whatever their number.
    ``progress(done, total)`` is called as articles are done, for a progress bar on long runs.
    Rows come in publication order (then article, then position), whatever the input order.
    A Dask DataFrame of articles gives a Dask DataFrame of claims, extracted partition by partition.

    >>> arts = pd.DataFrame({"article_id": ["a"], "published": [pd.Timestamp("2021-07-24")],
    ...                      "text": ["About 2,500 US troops remain in Iraq, officials said on Friday."]})
    >>> extract_claims(arts)[["surface", "kind", "subject"]].values.tolist()
    [['About 2,500', 'count', 'us troops in iraq'], ['Friday', 'date', ': iraq, us']]
    """
    if is_dask(articles):
        return extract_dask(articles, lexicon=lexicon)
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
    dates = find_dates(text, pub)
    numbers = find_numbers(text, taken=[(d.start, d.end) for d in dates])
    people = _Speakers(text, sentences, lex)
    starts, ends = sentences.starts, sentences.ends
    rows = []
    facts: dict[int, tuple] = {}
    for d in dates:
        i = sentences.index(d.start)
        s0 = starts[i]
        sentence = text[s0 : ends[i]]
        if s0 not in facts:
            facts[s0] = clause_facts(sentence, lex)
        rows.append(
            _row(article_id, published, source, "date", d.start, d.end, text, sentence, people.said_in(i))
            | {
                "date_start": d.date_start,
                "date_end": d.date_end,
                "role": d.role,
                "granularity": d.granularity,
                "anchor": d.anchor,
                "subject": event_key(facts[s0], d.start - s0, d.end - s0),
            }
        )
    previous: dict | None = None
    for n in numbers:
        i = sentences.index(n.start)
        s0, s1 = starts[i], ends[i]
        unit, subject = (
            count_subject(text, n.start, n.end, n.unit, n.unit_end, (s0, s1), lex)
            if n.kind == "count"
            else (n.unit, n.unit)
        )
        direction = n.direction
        if n.kind == "count" and not n.unit and previous is not None:
            unit, subject = _inherit(text, n.start, s0, previous, unit, subject)
            if subject == previous["subject"] and _FROM_TO.search(text[max(0, previous["start"] - 12) : n.start]):
                rows[previous["index"]]["direction"], direction = "from", "to"
        rows.append(
            _row(article_id, published, source, n.kind, n.start, n.end, text, text[s0:s1], people.said_in(i))
            | {
                "value_low": n.value_low,
                "value_high": n.value_high,
                "qualifier": n.qualifier,
                "unit": unit,
                "subject": subject.lower(),
                "direction": direction,
            }
        )
        if n.kind == "count" and rows[-1]["subject"]:
            previous = rows[-1] | {"unit_end": n.unit_end, "index": len(rows) - 1}
    _mark_as_of(rows, sentences, pub)
    rows.sort(key=lambda r: r["start"])
    return rows


RETRO_DAYS = 14


def _mark_as_of(rows: list[dict], sentences, pub: date | None) -> None:
    """Give a count the date its own sentence says it held at ('a year ago, when roughly 5,200')."""
    if pub is None:
        return
    past: dict[int, list[dict]] = {}
    for r in rows:
        if r["kind"] == "date" and r["role"] == "event" and r["date_end"] and (pub - r["date_end"]).days > RETRO_DAYS:
            past.setdefault(sentences.index(r["start"]), []).append(r)
    if not past:
        return
    for r in rows:
        if r["kind"] == "date":
            continue
        near = [
            d
            for d in past.get(sentences.index(r["start"]), ())
            if min(abs(d["start"] - r["end"]), abs(r["start"] - d["end"])) <= 60
        ]
        if near:
            r["as_of"] = min(near, key=lambda d: abs(d["start"] - r["start"]))["date_start"]


_FROM_TO = re.compile(r"\bfrom\b[^.;]*\bto\b", re.I)
_SERIES_GAP = re.compile(r"^[^.;:!?]{0,24}?\b(?:to|and|or|then|from|versus|vs\.?|against)\s+(?:\w+\s+){0,2}$", re.I)


def _inherit(text: str, start: int, s0: int, previous: dict, unit: str, subject: str) -> tuple[str, str]:
    """A bare number continues the count before it ('from 500 personnel to as many as 4,000'),
    or is 'the figure' of a count named earlier in the article."""
    same_sentence = previous["start"] >= s0
    gap = text[max(previous["unit_end"], previous["end"]) : start]
    if same_sentence and (previous["direction"] == "from" or _SERIES_GAP.match(gap)):
        return previous["unit"], previous["subject"]
    if not subject and refers_back(text[s0:start]):
        return previous["unit"], previous["subject"]
    return unit, subject


def _row(article_id, published, source, kind, start, end, text, sentence, who: tuple[str, bool]) -> dict:
    return {
        "claim_id": f"{article_id}:{start}-{end}",
        "article_id": article_id,
        "published": published,
        "source": source,
        "kind": kind,
        "start": start,
        "end": end,
        "surface": text[start:end],
        "sentence": sentence,
        "speaker": who[0],
        "hedged": who[1],
    }


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
