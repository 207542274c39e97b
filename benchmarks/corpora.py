"""The benchmark corpora, read from ``../shared`` at run time (nothing is copied into the repo).

- Reuters-21578 (Distribution 1.0): 19,043 non-empty bodies, read with the loader given in
  ``../shared/corpora/reuters21578/README.md``, returned as an articles-shaped DataFrame.
- Wikinews 2019-2020: the two CSVs, for accuracy scoring against ``benchmarks/gold``.
- The Reuters bodies a gold file annotates, written to a temporary CSV for the scorer (it reads
  articles through ``load_articles``, which takes a folder or a file, not a DataFrame).
"""

from __future__ import annotations

import glob
import gzip
import html
import json
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent  # the project root (/work/main)
SHARED = (ROOT.parent / "shared").resolve()  # ../shared beside it
REUTERS_GLOB = SHARED / "corpora" / "reuters21578" / "json-data" / "reut2-*.json.gz"
WIKINEWS_DATA = SHARED / "corpora" / "wikinews-2019-2020" / "data"
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold" / "seed_claims.csv"
SEED_FLAGS = SHARED / "gold" / "seed_flags.csv"
WIKINEWS_GOLD = ROOT / "benchmarks" / "gold" / "wikinews_dev_claims.csv"
# the general-news dev set (issue 12): Wikinews articles and Reuters bodies, scored as one corpus
GENERAL_WIKINEWS_GOLD = ROOT / "benchmarks" / "gold" / "general_wikinews_claims.csv"
GENERAL_REUTERS_GOLD = ROOT / "benchmarks" / "gold" / "general_reuters_claims.csv"
SCORER = SHARED / "tools" / "score_claims.py"
STORIES = SHARED / "stories"


def stories() -> list[tuple[Path, Path, Path | None]]:
    """``(articles, gold claims, flags)`` of each running story in ../shared/stories."""
    found = []
    for folder in sorted(STORIES.glob("*/")):
        if (folder / "gold_claims.csv").is_file():
            flags = folder / "flags.csv"
            found.append((folder / "articles", folder / "gold_claims.csv", flags if flags.is_file() else None))
    return found


def reuters_raw() -> pd.DataFrame:
    """Reuters-21578 read as its README shows: newid, date, title, dateline, body, topics,
    places, lewissplit; the bodies cleaned of the wire sign-off, empty ones dropped."""
    paths = sorted(glob.glob(str(REUTERS_GLOB)))
    if not paths:
        raise FileNotFoundError(f"no Reuters files at {REUTERS_GLOB}")
    rows = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for d in json.load(fh):
                rows.append(
                    {
                        "newid": int(d["attrs"]["newid"]),
                        "date": d["date"],
                        "title": html.unescape(d["title"]),
                        "dateline": d["dateline"],
                        "body": html.unescape(d["body"]),
                        "topics": d["topics"],
                        "places": d["places"],
                        "lewissplit": d["attrs"]["lewissplit"],
                    }
                )
    df = pd.DataFrame(rows)
    parts = df["date"].str.extract(r"(\d{1,2}-[A-Z]{3}-\d{4})\s+(\d+:\d\d:\d\d)")
    df["date"] = pd.to_datetime(parts[0] + " " + parts[1], format="%d-%b-%Y %H:%M:%S", errors="coerce")
    df["body"] = df["body"].str.replace(r"\s*reuter\s*\x03?\s*$", "", regex=True, case=False).str.strip()
    return df[df["body"].str.len() > 0].reset_index(drop=True)


def reuters_articles(limit: int | None = None) -> pd.DataFrame:
    """Reuters bodies as a DataFrame with the articles-table columns ``load_articles`` accepts.

    ``article_id`` is ``reuters-<newid>``; ``published`` the wire timestamp's day; ``source``
    'Reuters'. ``limit`` keeps the first N bodies (file order, which is fixed).
    """
    df = reuters_raw()
    if limit is not None:
        df = df.head(limit)
    return pd.DataFrame(
        {
            "article_id": "reuters-" + df["newid"].astype(str),
            "published": df["date"].dt.normalize(),
            "source": "Reuters",
            "title": df["title"],
            "url": "",
            "text": df["body"],
        }
    )


def wikinews_csvs() -> list[Path]:
    paths = sorted(WIKINEWS_DATA.glob("wikinews_*.csv"))
    if not paths:
        raise FileNotFoundError(f"no Wikinews CSVs in {WIKINEWS_DATA}")
    return paths


def wikinews_raw() -> pd.DataFrame:
    """Both Wikinews CSVs as read for the gold offsets (``dtype=str``, no NA, no stripping)."""
    return pd.concat(
        [pd.read_csv(p, dtype=str, keep_default_na=False) for p in wikinews_csvs()],
        ignore_index=True,
    )


def wikinews_articles() -> pd.DataFrame:
    """Wikinews as an articles DataFrame: article_id = the url's last path segment (as the gold)."""
    df = wikinews_raw()
    return pd.DataFrame(
        {
            "article_id": df["url"].str.rstrip("/").str.rsplit("/", n=1).str[-1],
            "published": pd.to_datetime(df["date"], errors="coerce"),
            "source": "Wikinews",
            "title": df["title"],
            "url": df["url"],
            "text": df["text"],
        }
    )


def reuters_gold_folder(folder: Path, gold: Path = GENERAL_REUTERS_GOLD) -> Path:
    """Write the Reuters bodies that ``gold`` annotates to ``folder/reuters_gold.csv``; return ``folder``.

    The rows are those of :func:`reuters_articles` (the gold offsets index into those bodies).
    The file is read back and its texts compared with the bodies, byte for byte, so that a CSV
    round trip that changed a text (and so every offset after the change) fails loudly.
    """
    wanted = set(pd.read_csv(gold, dtype=str, keep_default_na=False)["article_id"])
    articles = reuters_articles()
    subset = articles[articles["article_id"].isin(wanted)]
    missing = wanted - set(subset["article_id"])
    if missing:
        raise ValueError(f"{gold.name}: no Reuters body for {sorted(missing)}")
    write_checked(subset, folder / "reuters_gold.csv", "Reuters bodies")
    return folder


def write_checked(articles: pd.DataFrame, path: Path, what: str) -> None:
    """Write articles to a CSV the scorer reads, and fail loudly if a text does not read back the
    same (every gold offset after a changed character would be wrong)."""
    articles.to_csv(path, index=False)
    back = pd.read_csv(path, dtype=str, keep_default_na=False)
    if back["text"].tolist() != articles["text"].tolist():
        raise RuntimeError(f"{what} did not survive the CSV round trip")
