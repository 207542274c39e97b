"""Synthetic but realistic claimtrack tables for the chart, export and report tests.

``story()`` is the US-troops-in-Iraq story across six articles and five outlets; ``large()``
is a corpus of tens of thousands of claims. Both return the four tables the pipeline
produces (articles, aligned, changes, threads), each passed through ``schema.conform``.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from claimtrack.schema import ALIGNED, ARTICLES, CHANGES, THREADS, conform

HOSTILE = ("</script><script>document.title='PWNED'</script>"
           "<img src=x onerror=\"document.title='PWNED'\">")
INF = float("inf")


def aligned_claim(article: str, day: str, low: float = float("nan"), high: float | None = None, *, start: int = 0,
                  source: str | None = None, **fields) -> dict:
    """One row of an aligned table made by hand: a current level of the count thread 'US troops in
    Iraq' in ``article``, unless ``fields`` say otherwise (for ``conform(pd.DataFrame(rows), ALIGNED)``)."""
    return {
        "claim_id": f"{article}:{start}-{start + 5}",
        "article_id": article,
        "published": day,
        "source": f"Outlet {article.upper()}" if source is None else source,
        "kind": "count",
        "start": start,
        "end": start + 5,
        "value_low": low,
        "value_high": low if high is None else high,
        "qualifier": "exact",
        "subject": "us troops in iraq",
        "aspect": "level",
        "tense": "current",
        "thread_id": "count:us troops in iraq",
        "thread_label": "US troops in Iraq",
        **fields,
    }


def aligned_date(article: str, day: str, start: str, end: str | None = None, **fields) -> dict:
    """One hand-made row of a date thread: a deadline of US troops in Iraq, unless ``fields`` say otherwise."""
    return aligned_claim(
        article,
        day,
        **{
            "kind": "date",
            "qualifier": "",
            "subject": "deadline us in iraq",
            "date_start": start,
            "date_end": end or start,
            "role": "deadline",
            "granularity": "day",
            "tense": "",
            "aspect": "",
            "thread_id": "date:deadline us in iraq",
            "thread_label": "Deadline for US troops in Iraq",
            **fields,
        },
    )


class Story(NamedTuple):
    """The four tables a claimtrack run produces."""

    articles: pd.DataFrame
    aligned: pd.DataFrame
    changes: pd.DataFrame
    threads: pd.DataFrame


_ARTICLES = [
    ("arabweekly-2020-07-08", "2020-07-08", "The Arab Weekly",
     "US sees smaller but continued US military presence in Iraq",
     "https://thearabweekly.com/us-sees-smaller-continued-presence-iraq", "dateline"),
    ("reuters-2020-07-09", "2020-07-09", "Reuters", "Pentagon weighs how many troops stay in Iraq",
     "https://www.reuters.com/world/iraq-troops-2020-07-09", "front matter"),
    ("ap-2020-09-09", "2020-09-09", "AP", "US to cut troop levels in Iraq to about 3,000",
     "https://apnews.com/article/iraq-troops-3000", "metadata.csv"),
    ("straitstimes-2021-07-24", "2021-07-24", "The Straits Times",
     "US to announce troop drawdown from Iraq, but little is expected to change",
     "https://www.straitstimes.com/world/us-troop-drawdown-iraq", "weekday in text"),
    ("aljazeera-2021-07-26", "2021-07-26", "Al Jazeera",
     "Biden and Kadhimi agree to end US combat mission in Iraq",
     "javascript:alert('not a link')", "front matter"),
    ("ap-2024-09-27", "2024-09-27", "AP", "US and Iraq agree to wind down coalition mission",
     "", "metadata.csv"),
]

# (article, kind, sentence, surface, low, high, qualifier, unit, date_start, date_end, role,
#  speaker, thread_id, thread_label)
_CLAIMS = [
    ("arabweekly-2020-07-08", "count", "There are between 5,000 and 6,000 US troops in Iraq.",
     "between 5,000 and 6,000", 5000, 6000, "between", "US troops", None, None, "",
     "McKenzie", "us-troops-iraq", "US troops in Iraq"),
    ("arabweekly-2020-07-08", "count",
     "The attack resulted in traumatic brain injuries to more than 100 American troops.",
     "more than 100", 100, INF, "more than", "American troops", None, None, "", "",
     "tbi-injured", "US troops injured at al-Asad"),
    ("arabweekly-2020-07-08", "date", "The US invaded Iraq in 2003, but troops left in 2011.",
     "in 2003", None, None, "", "", "2003-01-01", "2003-12-31", "event", "", "us-invasion",
     "US invasion of Iraq"),
    ("arabweekly-2020-07-08", "date", "Relations have improved since Kadhimi took over in May.",
     "in May", None, None, "", "", "2020-05-01", "2020-05-31", "event", "", "kadhimi-office",
     "Kadhimi took office"),
    ("arabweekly-2020-07-08", "date",
     "Iran on January 8 launched a ballistic missile attack on al-Asad air base.",
     "on January 8", None, None, "", "", "2020-01-08", "2020-01-08", "event", "",
     "missile-attack", "Missile attack on al-Asad"),
    ("reuters-2020-07-09", "count",
     "Between 5,000 and 6,000 US troops are stationed in Iraq, officials said.",
     "Between 5,000 and 6,000", 5000, 6000, "between", "US troops", None, None, "",
     "Pentagon officials", "us-troops-iraq", "US troops in Iraq"),
    ("reuters-2020-07-09", "date", "Iran fired missiles at al-Asad air base on January 8.",
     "on January 8", None, None, "", "", "2020-01-08", "2020-01-08", "event", "",
     "missile-attack", "Missile attack on al-Asad"),
    ("ap-2020-09-09", "count", "At least 110 service members were diagnosed with brain injuries.",
     "At least 110", 110, INF, "at least", "service members", None, None, "",
     "Pentagon officials", "tbi-injured", "US troops injured at al-Asad"),
    ("straitstimes-2021-07-24", "count",
     "Officials quietly favour the roughly 2,500 US troops in Iraq staying in their current form.",
     "roughly 2,500", 2500, 2500, "about", "US troops", None, None, "", "",
     "us-troops-iraq", "US troops in Iraq"),
    ("straitstimes-2021-07-24", "count",
     "They will remove a small number of the 2,500 US forces currently stationed in Iraq.",
     "2,500", 2500, 2500, "exact", "US forces", None, None, "", "Pentagon officials",
     "us-troops-iraq", "US troops in Iraq"),
    ("straitstimes-2021-07-24", "date",
     "A deadline will be set for the withdrawal of US combat forces by the end of the year.",
     "by the end of the year", None, None, "", "", "2021-12-31", "2021-12-31", "deadline",
     "US officials", "mission-end", "End of the US combat mission"),
    ("straitstimes-2021-07-24", "date",
     "Mr al-Kadhimi has accomplished little since taking office two years ago.",
     "two years ago", None, None, "", "", "2019-01-01", "2019-12-31", "event", "",
     "kadhimi-office", "Kadhimi took office"),
    ("straitstimes-2021-07-24", "date",
     "The country has changed since the US invasion 18 years ago.",
     "18 years ago", None, None, "", "", "2003-01-01", "2003-12-31", "event", "",
     "us-invasion", "US invasion of Iraq"),
    ("aljazeera-2021-07-26", "count", "About 2,500 US troops are in Iraq to fight ISIL remnants.",
     "About 2,500", 2500, 2500, "about", "US troops", None, None, "", "Biden",
     "us-troops-iraq", "US troops in Iraq"),
    ("aljazeera-2021-07-26", "date", "The US combat mission will end by December 31.",
     "by December 31", None, None, "", "", "2021-12-31", "2021-12-31", "deadline", "Biden",
     "mission-end", "End of the US combat mission"),
    ("ap-2024-09-27", "count", "Fewer than 2,500 US troops remain in Iraq, officials say.",
     "Fewer than 2,500", 0, 2500, "less than", "US troops", None, None, "", "US officials",
     "us-troops-iraq", "US troops in Iraq"),
    ("ap-2024-09-27", "date", "The coalition mission will wind down by September 2025.",
     "by September 2025", None, None, "", "", "2025-09-01", "2025-09-30", "deadline",
     "Austin", "mission-end", "End of the US combat mission"),
]


def _flag_changes(aligned: pd.DataFrame) -> pd.DataFrame:
    """A simple flagger with the changes-table rules (each claim against the one before it)."""
    a = aligned.sort_values(["thread_id", "published", "start", "claim_id"])
    prev = a.groupby("thread_id", sort=False).shift(1)
    keep = prev["article_id"].notna() & (prev["article_id"] != a["article_id"])
    a, prev = a[keep], prev[keep]
    days = (a["published"] - prev["published"]).dt.days
    mid = lambda lo, hi: np.where(np.isinf(hi), lo, (lo + hi) / 2)  # noqa: E731
    m0, m1 = mid(prev["value_low"], prev["value_high"]), mid(a["value_low"], a["value_high"])
    count = a["kind"] == "count"
    same = (a["value_low"] == prev["value_low"]) & (a["value_high"] == prev["value_high"])
    same_d = (a["date_start"] <= prev["date_end"]) & (prev["date_start"] <= a["date_end"])
    flag = np.select(
        [count & same, count & (days <= 3), count & (a["value_low"] > prev["value_high"]),
         count & (a["value_high"] < prev["value_low"]), count,
         (a["role"] == "deadline") & (a["date_end"] > prev["date_end"]),
         (a["role"] == "deadline") & (a["date_end"] < prev["date_end"]), same_d],
        ["unchanged", "conflict", "increase", "decrease", "revised", "postponed", "advanced",
         "consistent"], "conflict")
    magnitude = np.where(count, (m1 - m0) / np.where(m0 == 0, np.nan, m0),
                         (a["date_end"] - prev["date_end"]).dt.days)
    summary = (a["thread_label"] + ": " + prev["surface"] + " (" + prev["source"] + ", "
               + prev["published"].dt.strftime("%Y-%m-%d") + ") → " + a["surface"] + " ("
               + a["source"] + ", " + a["published"].dt.strftime("%Y-%m-%d") + "): " + flag)
    out = pd.DataFrame({
        "thread_id": a["thread_id"].to_numpy(), "from_claim_id": prev["claim_id"].to_numpy(),
        "to_claim_id": a["claim_id"].to_numpy(), "flag": flag, "magnitude": magnitude,
        "days_apart": days.to_numpy(), "summary": summary.to_numpy(),
        "thread_label": a["thread_label"].to_numpy()})
    return conform(out, CHANGES)


def _threads(aligned: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """The thread summary table."""
    a = aligned.sort_values(["published", "start"])
    g = a.groupby("thread_id", sort=True)
    flags = changes.groupby("thread_id")["flag"].agg(
        lambda f: "; ".join(f"{k} {v}" for k, v in sorted(f.value_counts().items())))
    last_flag = changes.groupby("thread_id")["flag"].agg(
        lambda f: next((x for x in reversed(f.tolist()) if x not in ("unchanged",)), "unchanged"))
    out = pd.DataFrame({
        "thread_label": g["thread_label"].first(), "kind": g["kind"].first(),
        "first_seen": g["published"].min(), "last_seen": g["published"].max(),
        "claims": g.size(), "articles": g["article_id"].nunique(),
        "outlets": g["source"].agg(lambda s: "; ".join(sorted(set(s)))),
        "first_value": g["surface"].first(), "latest_value": g["surface"].last(),
    })
    out["overall_change"] = last_flag.reindex(out.index).fillna("")
    out["flags"] = flags.reindex(out.index).fillna("")
    return conform(out.reset_index(), THREADS)


def _finish(articles: pd.DataFrame, claims: pd.DataFrame) -> Story:
    """Copy article fields onto claims, conform everything and derive changes and threads."""
    claims = claims.merge(articles[["article_id", "published", "source"]], on="article_id")
    aligned = conform(claims, ALIGNED)
    changes = _flag_changes(aligned)
    return Story(conform(articles, ARTICLES), aligned, changes, _threads(aligned, changes))


def story(hostile: bool = False) -> Story:
    """The US troops in Iraq story; ``hostile`` adds an article whose text attacks the HTML."""
    arts = pd.DataFrame(_ARTICLES, columns=["article_id", "published", "source", "title", "url",
                                            "published_from"])
    rows = [dict(zip(["article_id", "kind", "sentence", "surface", "value_low", "value_high",
                      "qualifier", "unit", "date_start", "date_end", "role", "speaker",
                      "thread_id", "thread_label"], c, strict=True)) for c in _CLAIMS]
    if hostile:
        arts.loc[len(arts)] = ["hostile-2021-08-01", "2021-08-01", "Outlet " + HOSTILE,
                               "Title " + HOSTILE, "https://example.org/a?b=<x>&c=\"d\"", HOSTILE]
        rows.append({**rows[0], "article_id": "hostile-2021-08-01", "surface": "2,500",
                     "sentence": "Sentence " + HOSTILE + " with 2,500 troops.",
                     "value_low": 2500, "value_high": 2500, "qualifier": "exact",
                     "speaker": "Speaker " + HOSTILE})
    texts: dict[str, str] = {}
    for r in rows:
        body = texts.get(r["article_id"], "")
        body += ("\n\n" if body else "")
        r["start"] = len(body) + r["sentence"].index(r["surface"])
        r["end"] = r["start"] + len(r["surface"])
        texts[r["article_id"]] = body + r["sentence"]
    claims = pd.DataFrame(rows)
    claims.insert(0, "claim_id", [f"c{i:03d}" for i in range(len(claims))])
    claims["subject"] = claims["thread_label"].str.lower()
    claims["thread_reason"] = "same subject and unit"
    claims["granularity"] = np.where(claims["kind"] == "date", "day", "")
    arts["text"] = arts["article_id"].map(texts).fillna("")
    arts["path"] = arts["article_id"] + ".txt"
    return _finish(arts, claims)


def large(n: int = 50_000, seed: int = 0) -> Story:
    """``n`` random claims over ``n // 10`` articles, 40 outlets and a few hundred threads."""
    rng = np.random.default_rng(seed)
    n_art, n_thr = max(n // 10, 1), max(n // 150, 2)
    days = np.sort(rng.integers(0, 1500, n_art))
    outlets = np.array([f"Outlet {i:02d}" for i in range(40)])
    arts = pd.DataFrame({
        "article_id": [f"a{i:05d}" for i in range(n_art)],
        "published": pd.Timestamp("2020-01-01") + pd.to_timedelta(days, unit="D"),
        "source": outlets[rng.zipf(1.6, n_art) % 40],
        "title": [f"Article {i} on the running story" for i in range(n_art)],
        "url": [f"https://news.example/{i}" for i in range(n_art)],
        "published_from": "front matter",
    })
    art = rng.integers(0, n_art, n)
    thr = (rng.zipf(1.3, n) - 1) % n_thr
    is_date = thr % 5 == 4
    base = 1000.0 * (thr + 1)
    low = np.round(base * rng.uniform(0.5, 1.5, n), -1)
    width = np.where(rng.random(n) < 0.2, np.round(low * 0.2, -1), 0.0)
    high = np.where(rng.random(n) < 0.05, INF, low + width)
    qual = np.where(np.isinf(high), "more than", np.where(width > 0, "between",
                    rng.choice(["exact", "about"], n)))
    start = pd.Timestamp("2003-01-01") + pd.to_timedelta(thr * 30 + rng.integers(0, 60, n), "D")
    words = np.array("the troops officials said would remain in country after talks on".split())
    sentence = [" ".join(rng.choice(words, 80)) for _ in range(200)]
    claims = pd.DataFrame({
        "claim_id": [f"k{i:06d}" for i in range(n)],
        "article_id": arts["article_id"].to_numpy()[art],
        "kind": np.where(is_date, "date", "count"),
        "start": np.arange(n) % 5000, "surface": np.where(is_date, "in 2003", "about 2,500"),
        "sentence": np.array(sentence)[np.arange(n) % 200],
        "value_low": np.where(is_date, np.nan, low), "value_high": np.where(is_date, np.nan, high),
        "qualifier": np.where(is_date, "", qual), "unit": np.where(is_date, "", "troops"),
        "date_start": np.where(is_date, start, pd.NaT),
        "date_end": np.where(is_date, start + pd.Timedelta(days=30), pd.NaT),
        "role": np.where(is_date, np.where(thr % 10 == 9, "deadline", "event"), ""),
        "speaker": rng.choice(["", "officials", "the minister"], n),
        "thread_id": [f"t{t:04d}" for t in thr], "thread_label": [f"Thread {t}" for t in thr],
    })
    claims["end"] = claims["start"] + 11
    claims["date_start"] = pd.to_datetime(claims["date_start"])
    claims["date_end"] = pd.to_datetime(claims["date_end"])
    arts["text"] = ""
    return _finish(arts, claims)
