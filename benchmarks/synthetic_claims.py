"""Synthetic claims tables for the alignment benchmark, shaped like what ``extract_claims`` gives.

The shapes come from real claims tables: the sample corpus (``data/iraq-troops``: subjects such
as 'us troops in iraq', 'injured us troops', date keys such as 'take office: kadhimi, iraq') and
all of Reuters-21578 (measured there: 9.4 claims per article; kinds count 40 %, date 29 %, money
15 %, percent 10 %, measure 6 %; count subjects Zipf-like, the top 500 covering ~80 % of count
claims, with a long tail of one-off subjects, so the number of distinct subjects grows with the
corpus; date claims carry 2.4 entities on average; roles event 83 %, plan 14 %, deadline 3 %).

- counts: ~470 core subjects with Zipf weights (troops by nation and place, injured / killed /
  withdrawn troops, killed / injured / displaced people in cities, cases, refugees, seats ...),
  some written without their nation or place ('troops in iraq', 'us troops'), 15 % with no
  subject, 10 % from an open-ended tail (new heads and places); values drift over the years,
  with all the qualifiers ('about', 'more than', 'between', 'vague' ...);
- dates: half on ~330 recurring story events ('take office: kadhimi, iraq', 'invade: iraq, us',
  deadlines such as 'withdraw: iraq, us' that move), half incidental ('Friday', 'last month')
  with entities drawn from common names and a growing pool of rare ones;
- articles: spread over 2000-2025 and 60 outlets; claims sorted by position in each article.

Everything is drawn from a seeded generator: the same ``n`` and ``seed`` give the same table.
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

import numpy as np
import pandas as pd

CLAIMS_PER_ARTICLE = 9.4
KIND_SHARES = {"count": 0.40, "date": 0.30, "money": 0.15, "percent": 0.10, "measure": 0.05}
FIRST_DAY, LAST_DAY = pd.Timestamp("2000-01-01"), pd.Timestamp("2025-12-31")

STATES = [
    "injured",
    "killed",
    "withdrawn",
    "deployed",
    "arrested",
    "missing",
    "displaced",
    "evacuated",
    "additional",
]
NATIONS = [
    "us",
    "uk",
    "nato",
    "coalition",
    "french",
    "german",
    "turkish",
    "russian",
    "iranian",
    "iraqi",
    "syrian",
    "kurdish",
    "afghan",
    "israeli",
    "chinese",
]
WRITTEN_NATION = {"us": "US", "uk": "British", "nato": "NATO", "coalition": "coalition"}
COUNTRIES = [
    "iraq",
    "syria",
    "afghanistan",
    "kuwait",
    "germany",
    "iran",
    "turkey",
    "lebanon",
    "israel",
    "yemen",
    "libya",
    "ukraine",
    "russia",
    "china",
    "france",
    "jordan",
    "qatar",
    "poland",
    "mali",
    "niger",
    "somalia",
    "sudan",
    "egypt",
    "pakistan",
    "india",
    "japan",
    "south korea",
    "spain",
    "italy",
    "greece",
]
CITIES = [
    "baghdad",
    "erbil",
    "kirkuk",
    "mosul",
    "basra",
    "falluja",
    "ramadi",
    "kabul",
    "kandahar",
    "herat",
    "damascus",
    "aleppo",
    "idlib",
    "raqqa",
    "beirut",
    "tehran",
    "ankara",
    "istanbul",
    "kyiv",
    "kharkiv",
    "odesa",
    "gaza",
    "jerusalem",
    "tripoli",
    "benghazi",
    "sanaa",
    "aden",
    "cairo",
    "khartoum",
    "mogadishu",
    "karachi",
    "lahore",
    "delhi",
    "mumbai",
    "paris",
    "berlin",
    "london",
    "madrid",
    "rome",
    "athens",
]
HEADS = [
    "troops",
    "people",
    "protesters",
    "civilians",
    "fighters",
    "refugees",
    "cases",
    "patients",
    "seats",
    "votes",
    "delegates",
    "workers",
    "jobs",
    "students",
    "homes",
    "buildings",
    "vehicles",
    "rockets",
    "missiles",
    "drones",
    "flights",
    "passengers",
    "prisoners",
    "migrants",
    "members",
    "officials",
    "voters",
    "children",
    "police officers",
    "doctors",
    "tests",
    "hospitals",
    "schools",
    "bases",
    "sites",
    "facilities",
    "ships",
    "aircraft",
    "militants",
    "hostages",
    "journalists",
    "diplomats",
    "contractors",
    "advisers",
    "paratroopers",
    "marines",
    "member countries",
    "lawmakers",
    "employees",
    "demonstrators",
]
EVENTS = [
    "invade",
    "take office",
    "elected",
    "election",
    "withdraw",
    "return",
    "form",
    "kill",
    "strike",
    "attack",
    "capture",
    "defeat",
    "announce",
    "sign",
    "agreement",
    "talks",
    "visit",
    "end",
    "meeting",
    "vote",
    "resign",
    "arrest",
    "launch",
    "open",
    "close",
    "ceasefire",
    "deploy",
    "approve",
    "hold",
    "release",
]
COMMON_ENTITIES = [
    "us",
    "iraq",
    "iraqi",
    "baghdad",
    "washington",
    "pentagon",
    "iran",
    "syria",
    "white house",
    "nato",
    "un",
    "russia",
    "islamic state",
    "congress",
    "kremlin",
    "eu",
    "israel",
    "gaza",
    "uk",
    "coalition",
    "biden",
    "trump",
    "obama",
    "state department",
    "defense department",
]
OUTLET_WORDS = [
    "Capitol",
    "Gulf",
    "Levant",
    "Northern",
    "Harbor",
    "Prairie",
    "Coastal",
    "Metro",
    "Union",
    "Valley",
    "Summit",
    "Atlantic",
    "Pacific",
    "Frontier",
    "Civic",
]
OUTLET_KINDS = ["Wire", "Ledger", "Daily", "Courier"]
SPEAKERS = [
    "the Pentagon",
    "a US official",
    "officials",
    "the ministry",
    "the White House",
    "police",
    "the United Nations",
    "the coalition",
    "a spokesman",
    "two officials",
    "local officials",
    "the health ministry",
    "the army",
    "witnesses",
    "the governor",
]
SYLLABLES = [
    "ba",
    "ka",
    "ra",
    "mo",
    "su",
    "li",
    "ta",
    "ne",
    "do",
    "zi",
    "har",
    "mal",
    "qu",
    "sha",
    "ver",
    "tor",
    "an",
    "el",
    "is",
    "um",
    "dar",
    "kin",
    "lo",
    "pe",
    "ves",
    "gor",
    "ya",
    "na",
    "bel",
    "rid",
]
FILLER = (
    "officials said on condition of anonymity, adding that the figure could change as more reports "
    "came in from the region over the following days"
)


def _zipf(rng: np.random.Generator, n_items: int, size: int, s: float = 1.0) -> np.ndarray:
    weights = 1.0 / np.arange(1, n_items + 1) ** s
    return rng.choice(n_items, size=size, p=weights / weights.sum())


def _name(i: int) -> str:
    """A pronounceable made-up name for the open-ended tails ('kasura', 'tormalvi')."""
    parts, i = [], i + 31
    while i:
        i, r = divmod(i, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts)


Subject = tuple[str, str, str, str]  # (state, nation, head, place) of a count: ('injured', 'us', 'troops', 'iraq')

# the commonest count subjects, kept first in that order; the rest are shuffled behind them
TOP_SUBJECTS = [
    ("", "us", "troops", "iraq"),
    ("", "", "people", ""),
    ("killed", "", "people", "baghdad"),
    ("injured", "us", "troops", "iraq"),
    ("", "us", "troops", "syria"),
    ("", "", "cases", "iraq"),
]


def core_count_subjects(rng: np.random.Generator) -> list[Subject]:
    """(state, nation, head, place) of the recurring count subjects, most frequent first."""
    subjects = list(dict.fromkeys(TOP_SUBJECTS + _troop_subjects(rng) + _people_subjects() + _bare_subjects()))
    head, rest = subjects[: len(TOP_SUBJECTS)], subjects[len(TOP_SUBJECTS) :]
    order = rng.permutation(len(rest))
    return head + [rest[i] for i in order]


def _troop_subjects(rng: np.random.Generator) -> list[Subject]:
    """Troops of a nation in a country, plainly (12 drawn countries per nation) and as injured, killed ..."""
    subjects = []
    for nation in NATIONS[:10]:
        for place in rng.choice(COUNTRIES[:16], size=12, replace=False):
            subjects.append(("", nation, "troops", str(place)))
    for state in ("injured", "killed", "withdrawn", "deployed", "additional"):
        for nation in ("us", "uk", "nato", "coalition", "iraqi", "turkish"):
            for place in ("iraq", "syria", "afghanistan"):
                subjects.append((state, nation, "troops", place))
    return subjects


def _people_subjects() -> list[Subject]:
    """People killed, injured, displaced ... in a city, and cases, refugees, protesters ... in a country."""
    subjects = []
    for state in ("killed", "injured", "displaced", "evacuated", "missing", ""):
        for city in CITIES[:20]:
            subjects.append((state, "", "people", city))
    for head in ("cases", "patients", "refugees", "migrants", "protesters", "civilians", "prisoners", "students"):
        for place in COUNTRIES[:10]:
            subjects.append(("", "", head, place))
    return subjects


def _bare_subjects() -> list[Subject]:
    """Every head alone ('seats'), then every state alone ('injured')."""
    return [("", "", head, "") for head in HEADS] + [(state, "", "", "") for state in STATES]


def _subject_text(state: str, nation: str, head: str, place: str) -> str:
    np_ = " ".join(p for p in (state, nation, head) if p)
    return f"{np_} in {place}" if place else np_


def _written_unit(nation: str, head: str) -> str:
    if not head:
        return ""
    nat = WRITTEN_NATION.get(nation, nation.capitalize()) if nation else ""
    return f"{nat} {head}".strip()


def story_dates(rng: np.random.Generator, n_rare: int) -> list[dict]:
    """Recurring dated events: the event, the entities that name it, its true period and role."""
    stories = [
        {
            "event": "invade",
            "ents": ["iraq", "us"],
            "period": ("2003-03-20", "2003-03-20"),
            "role": "event",
        },
        {
            "event": "take office",
            "ents": ["kadhimi", "iraq"],
            "period": ("2020-05-07", "2020-05-07"),
            "role": "event",
        },
        {
            "event": "withdraw",
            "ents": ["iraq", "us"],
            "period": ("2011-12-18", "2011-12-18"),
            "role": "event",
        },
        {
            "event": "form",
            "ents": ["islamic state", "coalition"],
            "period": ("2014-09-10", "2014-09-10"),
            "role": "event",
        },
        {
            "event": "withdraw",
            "ents": ["afghanistan", "us"],
            "period": ("2021-08-31", "2021-08-31"),
            "role": "deadline",
        },
    ]
    days = (LAST_DAY - FIRST_DAY).days
    for i in range(330 - len(stories)):
        start = FIRST_DAY + pd.Timedelta(days=int(rng.integers(0, days)))
        n_ents = int(rng.integers(1, 4))
        common = [COMMON_ENTITIES[j] for j in rng.choice(len(COMMON_ENTITIES), size=n_ents, replace=False)]
        rare = [_name(int(j)) for j in rng.choice(n_rare, size=int(rng.integers(1, 3)), replace=False)]
        role = "deadline" if i % 11 == 0 else "event"
        event = "end" if role == "deadline" and i % 2 else str(rng.choice(EVENTS))
        stories.append(
            {
                "event": event,
                "ents": rare + common,
                "period": (start.date().isoformat(),) * 2,
                "role": role,
            }
        )
    return stories


class _Articles(NamedTuple):
    """Each claim's article: its index, id, day of publication and outlet."""

    of: np.ndarray
    ids: list[str]
    published: pd.DatetimeIndex
    sources: list[str]


class _DateClaim(NamedTuple):
    """One date claim as written: its period, granularity and words, what it dates and how it is anchored."""

    start: pd.Timestamp
    end: pd.Timestamp
    granularity: str
    surface: str
    event: str
    role: str
    ents: list[str]
    anchor: str


class _Table:
    """The columns of the claims table that the kinds fill in, row by row."""

    TEXT = ("surface", "unit", "subject", "qualifier", "role", "granularity", "anchor")

    def __init__(self, n: int) -> None:
        self.text: dict[str, list] = {c: [""] * n for c in self.TEXT}
        self.value_low = np.full(n, np.nan)
        self.value_high = np.full(n, np.nan)
        self.date_start = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
        self.date_end = self.date_start.copy()

    def put_date(self, i: int, d: _DateClaim) -> None:
        """Row ``i`` as the date claim ``d``: its period, subject ('event: entities') and words."""
        self.date_start[i], self.date_end[i] = np.datetime64(d.start, "ns"), np.datetime64(d.end, "ns")
        self.text["subject"][i] = f"{d.event}: {', '.join(sorted(set(d.ents)))}"
        for col in ("surface", "role", "granularity", "anchor"):
            self.text[col][i] = getattr(d, col)


def synthetic_claims(n: int, seed: int = 0) -> pd.DataFrame:
    """A claims table of ``n`` rows (columns as ``extract_claims`` gives; conform it to CLAIMS)."""
    rng = np.random.default_rng(seed)
    articles = _articles(rng, n)
    kinds = np.array(list(KIND_SHARES))
    kind = kinds[rng.choice(len(kinds), size=n, p=list(KIND_SHARES.values()))]
    table = _Table(n)
    _fill_counts(rng, table, np.flatnonzero(kind == "count"), articles.published.year.to_numpy())
    _fill_dates(rng, table, np.flatnonzero(kind == "date"), articles.published, n_rare=max(200, n // 20))
    _fill_single_threads(rng, table, kind)
    return _frame(rng, table, kind, articles)


def _articles(rng: np.random.Generator, n: int) -> _Articles:
    """About ``n / CLAIMS_PER_ARTICLE`` articles, a day and an outlet each, ids sorting by day like dated
    file names; the claims spread over them in order."""
    n_articles = max(1, round(n / CLAIMS_PER_ARTICLE))
    art_of = np.sort(rng.integers(0, n_articles, size=n))
    days = (LAST_DAY - FIRST_DAY).days
    art_day = np.sort(rng.integers(0, days + 1, size=n_articles))
    outlets = [f"{a} {b}" for a in OUTLET_WORDS for b in OUTLET_KINDS]
    art_outlet = _zipf(rng, len(outlets), n_articles, 0.6)
    art_pub = FIRST_DAY + pd.to_timedelta(art_day, unit="D")
    art_ids = [
        f"{d:%Y-%m-%d}-{outlets[o].lower().replace(' ', '-')}-{i:07d}"
        for i, (d, o) in enumerate(zip(art_pub, art_outlet, strict=True))
    ]
    return _Articles(
        of=art_of,
        ids=[art_ids[a] for a in art_of],
        published=art_pub[art_of],
        sources=[outlets[art_outlet[a]] for a in art_of],
    )


def _fill_counts(rng: np.random.Generator, table: _Table, rows: np.ndarray, pub_year: np.ndarray) -> None:
    """Count claims at ``rows``: a core, tail or missing subject, a value that drifts over the years."""
    core = core_count_subjects(rng)
    base = {s: float(np.exp(rng.uniform(1.5, 9.0))) for s in core}
    draw = rng.random(rows.size)
    pick = _zipf(rng, len(core), rows.size, 1.0)
    tail_head = rng.integers(0, 40 * len(HEADS), size=rows.size)
    tail_place = rng.integers(0, 50 * len(CITIES), size=rows.size)
    drop = rng.random(rows.size)
    noise = np.exp(rng.normal(0, 0.25, size=rows.size))
    qual = rng.choice(
        ["exact", "about", "more than", "at least", "less than", "up to", "between", "vague"],
        size=rows.size,
        p=[0.55, 0.2, 0.07, 0.04, 0.03, 0.03, 0.05, 0.03],
    )
    for j, i in enumerate(rows):
        key, full_key = _count_subject(core[pick[j]], draw[j], drop[j], tail_head[j], tail_place[j], base)
        q = str(qual[j])
        lo, hi, surface = _count_value(q, _count_figure(base.get(full_key, 100.0), full_key, pub_year[i], noise[j]))
        table.value_low[i], table.value_high[i] = lo, hi
        table.text["surface"][i], table.text["qualifier"][i] = surface, q
        table.text["unit"][i] = _written_unit(key[1], key[2])
        table.text["subject"][i] = _subject_text(*key) if q != "vague" or key[2] else ""


def _count_subject(
    core_key: Subject, draw: float, drop: float, tail_head: int, tail_place: int, base: dict[Subject, float]
) -> tuple[Subject, Subject]:
    """``(written, full)`` subject of a count: none (15 %), one from the open-ended tail (10 %, its
    base value added to ``base``) or ``core_key``, written without its nation or place now and then."""
    if draw < 0.15:
        return ("", "", "", ""), ("", "", "", "")
    if draw < 0.25:  # the open-ended tail: heads and places seen rarely
        h = tail_head
        head = f"{_name(h // len(HEADS))} {HEADS[h % len(HEADS)]}"
        place = _name(1000 + tail_place) if tail_place % 2 else ""
        nation = NATIONS[h % len(NATIONS)] if h % 3 == 0 else ""
        key = ("", nation, head, place)
        base.setdefault(key, float(np.exp(1.5 + (h % 70) / 10)))
        return key, key
    if core_key[1] and core_key[3] and drop < 0.3:  # written without its nation or its place
        written = (core_key[0], "", core_key[2], core_key[3]) if drop < 0.15 else core_key[:3] + ("",)
        return written, core_key
    return core_key, core_key


def _count_figure(base: float, full_key: Subject, year: int, noise: float) -> float:
    """The figure of a subject in a year: its base value drifting up or down (by the subject) with
    the years, with noise, rounded to tens above 200."""
    drift = 1.0 + 0.04 * (year - 2000) * (1 if zlib.crc32(repr(full_key).encode()) % 2 else -0.6)
    return max(1.0, round(base * max(drift, 0.1) * noise, -1 if base > 200 else 0))


def _fill_dates(
    rng: np.random.Generator, table: _Table, rows: np.ndarray, published: pd.DatetimeIndex, n_rare: int
) -> None:
    """Date claims at ``rows``: half on recurring story events, half incidental dates near publication."""
    stories = story_dates(rng, n_rare)
    draw = rng.random(rows.size)
    pick = _zipf(rng, len(stories), rows.size, 1.0)
    gran = rng.random(rows.size)
    back = rng.integers(0, 7, size=rows.size)
    ev_pick = rng.integers(0, len(EVENTS), size=rows.size)
    n_ents = rng.integers(1, 5, size=rows.size)
    common_pick = _zipf(rng, len(COMMON_ENTITIES), rows.size * 4, 1.0).reshape(-1, 4)
    rare_pick = _zipf(rng, n_rare, rows.size, 0.8)
    for j, i in enumerate(rows):
        if draw[j] < 0.5:
            d = _story_date(stories[pick[j]], draw[j], gran[j], back[j], n_ents[j], common_pick[j, 0])
        else:
            ents = _incidental_entities(common_pick[j], n_ents[j], rare_pick[j])
            d = _incidental_date(published[i], draw[j], gran[j], back[j], EVENTS[ev_pick[j]], ents)
        table.put_date(i, d)


def _story_date(story: dict, draw: float, gran: float, back: int, n_ents: int, common: int) -> _DateClaim:
    """A date of a recurring story, as a year, month or day, now and then wrong by a year; deadlines move."""
    d0 = pd.Timestamp(story["period"][0])
    if story["role"] == "deadline":
        d0 = d0 + pd.Timedelta(days=int(30 * (back - 3)))  # deadlines move
    start, end, g, surface = _written_period(d0, gran)
    if draw < 0.02:  # a wrong or disputed date
        start, end = start + pd.DateOffset(years=1), end + pd.DateOffset(years=1)
    ents = story["ents"][: 1 + n_ents % len(story["ents"])] + [COMMON_ENTITIES[common]]
    if story["role"] == "deadline":
        surface = f"by {surface}"
    return _DateClaim(start, end, g, surface, story["event"], story["role"], ents, "absolute")


def _written_period(d0: pd.Timestamp, gran: float) -> tuple[pd.Timestamp, pd.Timestamp, str, str]:
    """``d0`` written as its year (30 %), its month (30 %) or the day itself: start, end, granularity, words."""
    if gran < 0.3:
        return pd.Timestamp(d0.year, 1, 1), pd.Timestamp(d0.year, 12, 31), "year", f"in {d0.year}"
    if gran < 0.6:
        start = d0.replace(day=1)
        return start, start + pd.offsets.MonthEnd(0), "month", f"{d0:%B %Y}"
    return d0, d0, "day", f"{d0:%B} {d0.day}"


def _incidental_entities(common: np.ndarray, n_ents: int, rare: int) -> list[str]:
    """The first ``n_ents`` of the drawn common names, and a rare one beside two or more."""
    ents = [COMMON_ENTITIES[k] for k in common[:n_ents]]
    if n_ents > 1:
        ents.append(_name(int(rare)))
    return ents


def _incidental_date(pub: pd.Timestamp, draw: float, gran: float, back: int, event: str, ents: list) -> _DateClaim:
    """A date near publication ('Friday', 'last month'): mostly an event without a name, now and then
    a plan, or a deadline at the end of the year."""
    event = event if draw > 0.8 else ""
    role = "plan" if draw > 0.93 else "deadline" if draw > 0.91 else "event"
    if role == "deadline":
        start = end = pd.Timestamp(pub.year, 12, 31)
        g, surface = "day", "by the end of the year"
    else:
        start, end, g, surface = _recent_period(pub, gran, back)
    return _DateClaim(start, end, g, surface, event, role, ents, "publication")


def _recent_period(pub: pd.Timestamp, gran: float, back: int) -> tuple[pd.Timestamp, pd.Timestamp, str, str]:
    """A period just before ``pub``: a weekday in the past week, last month, last year or last week."""
    if gran < 0.55:
        start = (pub - pd.Timedelta(days=int(back))).normalize()
        return start, start, "day", f"{start:%A}"
    if gran < 0.8:
        start = (pub - pd.offsets.MonthBegin(1)).normalize()
        return start, start + pd.offsets.MonthEnd(0), "month", "last month"
    if gran < 0.95:
        return pd.Timestamp(pub.year - 1, 1, 1), pd.Timestamp(pub.year - 1, 12, 31), "year", "last year"
    start = (pub - pd.Timedelta(days=7 + pub.dayofweek)).normalize()
    return start, start + pd.Timedelta(days=6), "week", "last week"


def _fill_single_threads(rng: np.random.Generator, table: _Table, kind: np.ndarray) -> None:
    """Money, percent and measure claims: exact figures in units of their own, which stay single threads."""
    for k, units in (
        ("money", ["usd", "eur", "gbp", "iqd"]),
        ("percent", ["percent"]),
        ("measure", ["tonnes", "km", "years", "barrels"]),
    ):
        idx = np.flatnonzero(kind == k)
        vals = np.round(
            rng.uniform(0.1, 60, size=idx.size) if k == "percent" else np.exp(rng.uniform(0, 12, size=idx.size)),
            1,
        )
        u = rng.integers(0, len(units), size=idx.size)
        table.value_low[idx] = table.value_high[idx] = vals
        for j, i in enumerate(idx):
            table.text["unit"][i] = table.text["subject"][i] = units[u[j]]
            table.text["surface"][i] = f"{vals[j]:,} {units[u[j]]}"
            table.text["qualifier"][i] = "exact"


def _positions(rng: np.random.Generator, art_of: np.ndarray, surfaces: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of each claim: 40 to 400 characters after the one before it in its article."""
    n = len(art_of)
    gaps = rng.integers(40, 400, size=n)
    first = np.r_[True, art_of[1:] != art_of[:-1]]
    group_start = np.maximum.accumulate(np.where(first, np.arange(n), 0))
    csum = np.cumsum(gaps)
    start = csum - csum[group_start] + gaps[group_start]
    lengths = np.fromiter((len(s) for s in surfaces), dtype=np.int64, count=n)
    return start, start + lengths


def _frame(rng: np.random.Generator, table: _Table, kind: np.ndarray, articles: _Articles) -> pd.DataFrame:
    """The claims table: the filled columns with positions, sentences, speakers, hedges and history."""
    n = len(kind)
    text = table.text
    start, end = _positions(rng, articles.of, text["surface"])
    speaker_pick = rng.integers(0, len(SPEAKERS), size=n)
    has_speaker = rng.random(n) < 0.3
    extra = rng.random(n)
    as_of = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    past = (kind == "count") & (extra < 0.05)
    as_of[past] = (articles.published[past] - pd.to_timedelta(365, unit="D")).to_numpy()
    direction = np.where(extra > 0.998, "from", np.where((extra > 0.996) & (extra <= 0.998), "to", ""))
    return pd.DataFrame(
        {
            "claim_id": [f"{a}:{s}-{e}" for a, s, e in zip(articles.ids, start, end, strict=True)],
            "article_id": articles.ids,
            "published": articles.published,
            "source": articles.sources,
            "kind": kind,
            "start": start,
            "end": end,
            "surface": text["surface"],
            "sentence": [f"{s} {u}, {FILLER}." for s, u in zip(text["surface"], text["unit"], strict=True)],
            "value_low": table.value_low,
            "value_high": table.value_high,
            "qualifier": text["qualifier"],
            "unit": text["unit"],
            "subject": text["subject"],
            "date_start": table.date_start,
            "date_end": table.date_end,
            "role": text["role"],
            "speaker": [SPEAKERS[k] if h else "" for k, h in zip(speaker_pick, has_speaker, strict=True)],
            "hedged": extra < 0.15,
            "granularity": text["granularity"],
            "anchor": text["anchor"],
            "direction": direction,
            "as_of": as_of,
        }
    )


def _count_value(q: str, v: float) -> tuple[float, float, str]:
    n = f"{v:,.0f}"
    if q == "exact":
        return v, v, n
    if q == "about":
        return v, v, f"about {n}"
    if q in ("more than", "at least"):
        return v, float("inf"), f"{q} {n}"
    if q in ("less than", "up to"):
        return 0.0, v, f"{'fewer than' if q == 'less than' else q} {n}"
    if q == "between":
        hi = round(v * 1.2, -1) if v >= 50 else v + 2
        return v, hi, f"between {n} and {hi:,.0f}"
    if v < 100:
        return 24.0, 99.0, "dozens"
    if v < 1000:
        return 200.0, 999.0, "hundreds"
    return 2000.0, 9999.0, "thousands"
