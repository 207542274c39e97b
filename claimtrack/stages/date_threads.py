"""Threads of dates: the same event, or the same deadline, in the same place.

A date's key is the event its clause names, the place it concerns and, for a deadline, the level
it sets and the phase of the plan it belongs to (see :mod:`claimtrack.grammar.date_events`). Whose
deadline it is names its thread (the group most of its claims give) but parts no claims: 'US
troops' and 'NATO troops' out of a country by May 1 are one deadline; but two things that end, or
the things of two owners, end on two ('the truce expires' and 'the talks end'; "Emery's bid expires
April 28" and 'the Hutton offer expires tomorrow'). Dates of events that
happen once (an invasion, a ship running aground) join across articles whatever their dates, so
that a misreported date shows as a change, and so do deadlines while they stand (a deadline set
a month after the last one had passed is a new one), and a deadline for such an event joins the
event itself ('will resume within 48 hours', then 'resumed on Monday'); dates of events that recur (a
visit, an announcement) join only where their periods overlap, as one occurrence, but one event on one
day long before the articles is one event wherever they place it. Two dates of one event
also join when both sentences name the same rare entity (the general a strike killed), and a
date that names no event joins the dates of its period that share a rare name with it, in the
thread of the event most of them name, and a day that names no event joins the event its story
tells most often as having happened that day ('reported early Monday morning' in a story of a ship
freed on Monday). A date that names no event is otherwise a thread of its own. The ends of states no
event names ('not reconvene until October 14') join where their periods overlap, and those of what
lasts moved while it stands ('the loan runs until March 15', then 'runs until April 30').
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import NamedTuple

import pandas as pd

from ..grammar.date_deadlines import RESUME, STAY, one_owner
from ..grammar.lexicon import Lexicon
from ..grammar.subjects import countries
from .count_threads import complete_keys
from .date_union import DateUnion
from .keys import Key, thread_name
from .stories import Corpus, corpus

# Events that all mean 'the end' when a deadline is set for them: 'out by', 'leave by', 'end by'.
ENDINGS = frozenset("withdraw end complete deadline expire".split())
AFTERWARDS = pd.Timedelta(days=30)  # an event that happened once is not told of again this much later
LONG_BEFORE = pd.Timedelta(days=365)  # ... nor as having happened this much earlier
COMMON_SHARE = 0.3  # a name in more than this share of the date claims (or 3) tells no event apart


def date_threads(
    frame: pd.DataFrame, lex: Lexicon, context: Corpus | None = None
) -> tuple[list[str], list[Key | None], list[str]]:
    """``(thread ids, keys, reasons)`` for the date claims of ``frame`` (in thread order), ``context`` as
    for :func:`claimtrack.stages.count_threads.count_threads`."""
    ahead = (frame["date_start"] >= frame["published"].dt.normalize()).tolist()
    parsed = [_key(s, role, lex, a) for s, role, a in zip(frame["subject"], frame["role"], ahead, strict=True)]
    bare = [k for k, _names in parsed]
    context = context or corpus(frame, lex)
    keys, reasons = complete_keys(frame, [k if k and k.state else None for k in bare], lex, context)
    keys = [k or b for k, b in zip(keys, bare, strict=True)]  # a date that names no event is not completed
    # what resumes is what its sentence names, not what its story's other resumptions do (see _owners)
    keys = [k._replace(noun=b.noun) if k and b and k.state == RESUME else k for k, b in zip(keys, bare, strict=True)]
    whose = [k.group if k else "" for k in keys]  # a deadline's group names its thread but parts no claims:
    keys = [k._replace(group="") if k else None for k in keys]  # 'US troops' and 'NATO troops' out by May 1
    articles = frame["article_id"].tolist()
    keys = _kept_to_story(keys, articles, context.stories)
    when = _When(frame["date_start"].tolist(), frame["date_end"].tolist(), frame["published"].tolist())
    union = DateUnion(keys)
    _join_events(union, keys, when, lex)
    _join_expected(union, keys, when, [context.stories.get(a) or a for a in articles], lex)
    _join_history(union, keys, when)
    told = [not k or not k.place or k.place in names for (k, names) in parsed]  # a place its sentence names
    _join_names(union, keys, _rare_names([n for _k, n in parsed], keys, lex), told, when, lex)
    _join_day(union, keys, when, frame["article_id"].map(context.stories).fillna("").tolist())
    return _threads(union, keys, whose, frame["claim_id"].tolist(), reasons)


class _When(NamedTuple):
    """Each date claim's period and its article's publication date, by claim."""

    starts: list
    ends: list
    published: list


def _join_events(union: DateUnion, keys: list[Key | None], when: _When, lex: Lexicon) -> None:
    """Join the dates of one event or deadline that are one occurrence of it (see :func:`_split`); of
    the dates that end what someone owns, those of different owners stay apart (see :func:`_owners`)."""
    groups: dict[Key, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k is not None and k.state:  # what lasts parts no day, nor does the owner of an offer alone
            groups[k if k.state in lex.personal else k._replace(noun="")].append(i)
    for k, members in groups.items():
        whole = k.state in lex.personal or k.state == STAY  # one occurrence, whoever's
        for occurrence in _split(k.state, k.aspect, members, when, lex, keys):
            for part in [occurrence] if whole else _owners(occurrence, keys, k.state):
                for i in part[1:]:
                    union.join(part[0], i, f"same {'deadline' if k.aspect == 'deadline' else 'event'} '{k.text()}'")


def _owners(occurrence: list[int], keys: list[Key | None], event: str) -> list[list[int]]:
    """The dates of one occurrence by what they end and whose it is (``Key.noun``, see
    :func:`claimtrack.grammar.date_deadlines.what_ends`): one group while the owners named are one
    ('the truce', 'the Marlow truce'); else one per fullest owner, each with the dates only it holds, and
    one of the rest, which may be any's ("Emery's bid expires April 28" and 'the Hutton offer expires
    tomorrow' are two deadlines). Of a resumption (``event``), those that name no activity are apart
    from those that do."""
    named = {keys[i].noun for i in occurrence} - {""}
    if event == RESUME and named:  # a resumption that names no activity is not one that names one
        unnamed = [i for i in occurrence if not keys[i].noun]
        return [part for part in (*_owners([i for i in occurrence if keys[i].noun], keys, ""), unnamed) if part]
    if one_owner(named):
        return [occurrence]
    fullest = [o for o in named if not any(set(o.split()) < set(p.split()) for p in named)]
    groups: dict[str, list[int]] = {o: [] for o in fullest}
    rest: list[int] = []
    for i in occurrence:
        words = set(keys[i].noun.split())
        homes = [o for o in fullest if words and words <= set(o.split())]
        (groups[homes[0]] if len(homes) == 1 else rest).append(i)
    return [group for group in (*groups.values(), rest) if group]


def _join_expected(union: DateUnion, keys: list[Key | None], when: _When, stories: list[str], lex: Lexicon) -> None:
    """Join a deadline for an event that happens once with the event itself, in one story (``stories``:
    each claim's, or its article's own): 'traffic will resume within 48 hours' and 'traffic resumed on
    Monday evening' are one date, expected then told, and the story line says whether it came late; a
    port's cargo resuming is not a strike's talks resuming elsewhere."""
    by_event: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (k, story) in enumerate(zip(keys, stories, strict=True)):
        if k is not None and k.state in lex.once:
            by_event[(k.state, story)].append(i)
    for (event, _story), members in by_event.items():
        if len({keys[i].aspect for i in members}) < 2:
            continue  # only deadlines, or only events: joined as such already
        for occurrence in _once(members, when):
            for part in _owners(occurrence, keys, event):  # traffic resuming is not talks resuming
                for i in part[1:]:
                    union.join(part[0], i, f"the deadline for '{event}' and the event")


def _join_history(union: DateUnion, keys: list[Key | None], when: _When) -> None:
    """Join the dates of one event on one day long before the articles that tell of it, wherever they
    place it: 'the Sept. 11, 2001, attacks on the United States' and 'after the attacks of September 11,
    2001' in Afghanistan's story are one attack."""
    days: dict[tuple, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        start, end, published = when.starts[i], when.ends[i], when.published[i]
        if k is None or not k.state or k.aspect != "event" or pd.isna(start) or pd.isna(published):
            continue
        if start == end and published - end > LONG_BEFORE:
            days[(k.state, start)].append(i)
    for (event, _day), members in days.items():
        for i in members[1:]:
            union.join(members[0], i, f"same event '{event}' on the same day, long before", places=False)


def _join_names(
    union: DateUnion, keys: list[Key | None], rare: list[set[str]], told: list[bool], when: _When, lex: Lexicon
) -> None:
    """Join two dates of one event whose sentences name the same rare entity, and a date that names no
    event with the dates of its period that share a rare name with it (in the thread most of them name).
    A place its sentence does not name (``told``), only its article's country, parts no event two
    sentences name alike: 'the World Health Organization declared a pandemic on March 11', in an article
    about Bangladesh and in one about Chile."""
    by_name: dict[tuple, list[int]] = defaultdict(list)
    for i, (k, names) in enumerate(zip(keys, rare, strict=True)):
        if k is None or pd.isna(when.starts[i]):
            continue
        for name in sorted(names):  # in a fixed order: which join comes first decides which holds
            if k.state:
                by_name[(k.state, k.aspect, name)].append(i)
            by_name[("", k.aspect, name, when.starts[i], when.ends[i])].append(i)
    for (event, aspect, name, *period), members in by_name.items():
        for occurrence in _split(event, aspect, members, when, lex, keys):
            first = _lead(occurrence, keys) if period else occurrence[0]
            for i in occurrence:
                a, b = keys[first], keys[i]
                if i == first or (period and a.state and b.state):
                    continue  # two events of one day are joined by their event, not by the day
                places = bool(period) or (told[first] and told[i])
                if _agree(a, b, places):
                    what = f"same event '{event}'" if event else "same period"
                    union.join(first, i, f"{what} and both name '{name}'", places=places)


def _join_day(union: DateUnion, keys: list[Key | None], when: _When, stories: list[str]) -> None:
    """Join a day that names no event ('reported early Monday morning', 'idle since Tuesday night') to the
    event its story tells most often as having happened that day, if more than once: of one story, a day is
    most likely its main event's. A day an event was only expected on is not its day."""
    events: dict[tuple, Counter] = defaultdict(Counter)  # (story, day) -> event threads told to have happened then
    for i, k in enumerate(keys):
        if k is not None and k.state and k.aspect == "event" and _one_day(when, i) and stories[i] and _told(when, i):
            events[(stories[i], when.starts[i])][union.find(i)] += 1
    for i, k in enumerate(keys):
        if (k is None or not k.state) and _one_day(when, i) and not any(e for e, _p in union.facets[union.find(i)]):
            day = events.get((stories[i], when.starts[i]))
            if day and (top := _commonest(day)) != "" and day[top] > 1:
                union.join(top, i, "the day its story's main event happened")


def _one_day(when: _When, i: int) -> bool:
    return not pd.isna(when.starts[i]) and when.starts[i] == when.ends[i]


def _told(when: _When, i: int) -> bool:
    """Whether a date is told as past: it ends before its article was published."""
    return not pd.isna(when.ends[i]) and not pd.isna(when.published[i]) and when.ends[i] <= when.published[i]


def _split(
    event: str, aspect: str, members: list[int], when: _When, lex: Lexicon, keys: list[Key | None]
) -> list[list[int]]:
    """The occurrences among the dates of one event: a deadline moves while it stands, an event that
    happens once is one whatever its dates, one that recurs is one where its periods overlap, and the
    ends of states as :func:`_stays` says (what lasts is in ``keys``)."""
    if event == STAY:
        return _stays(members, keys, when)
    if event and aspect == "deadline":
        return _deadlines(members, *when)
    if event in lex.once:
        return _once(members, when)
    return _occurrences(members, when.starts, when.ends)


def _threads(
    union: DateUnion, keys: list[Key | None], whose: list[str], cids: list[str], reasons: list[str]
) -> tuple[list[str], list[Key | None], list[str]]:
    """Thread ids, keys and reasons from the joined claims: a claim joined to none is a thread of its
    own; a thread is named by the key of its first claim that names an event, the group its deadlines
    name most, and its place if all its claims that give one give the same."""
    roots = [union.find(i) for i in range(len(keys))]
    size = Counter(roots)
    named: dict[int, Counter] = defaultdict(Counter)  # a thread -> the groups its deadlines name
    places: dict[int, set[str]] = defaultdict(set)  # a thread -> the places its claims give
    lead: dict[int, Key] = {}  # a thread -> the key of its first claim that names an event, else its first key
    for i, r in enumerate(roots):
        if whose[i]:
            named[r][whose[i]] += 1
        if keys[i] is not None and keys[i].place:
            places[r].add(keys[i].place)
        if keys[i] is not None and (r not in lead or (keys[i].state and not lead[r].state)):
            lead[r] = keys[i]
    tids, final = [], []
    for i, r in enumerate(roots):
        if size[r] < 2:
            tids.append(f"date:{cids[i]}")
            final.append(None)
            reasons[i] = "single claim"
            continue
        k = lead.get(r)
        k = k._replace(group=_commonest(named[r]), place=k.place if len(places[r]) < 2 else "") if k else k
        tids.append(f"date:{thread_name(k) if k else 'event'}:{cids[r]}")
        final.append(k)
        reasons[i] = union.why.get(i, reasons[i] if i == r else union.why.get(r, reasons[i]))
    return tids, final, reasons


def _kept_to_story(keys: list[Key | None], articles: list[str], stories: dict[str, str]) -> list[Key | None]:
    """A deadline that names nothing it is for ('by March 15', 'until 1989') is one of its story's,
    wherever it is: a loan's term and a ship's delivery in Germany are not one deadline moved."""
    return [
        k._replace(story=stories.get(a) or a) if k and k.aspect == "deadline" and k.state == "deadline" else k
        for k, a in zip(keys, articles, strict=True)
    ]


def _commonest(counts: Counter) -> str:
    """The value named more often than any other, else ''."""
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


def _key(subject: str, role: str, lex: Lexicon, ahead: bool = False) -> tuple[Key | None, list[str]]:
    """The key of a date subject 'event group in place to target (phase): names', and its names. An
    end still ``ahead`` of its article ('a complete withdrawal in 14 months', 'the mission will end on
    August 31') is a deadline, said or not."""
    subject, _, names = subject.partition(": ")
    found = [n for n in names.split(", ") if n]
    if not subject and not found:
        return None, []
    phase = ""
    if subject.endswith(" phase)"):
        subject, _, phase = subject[:-7].rpartition(" (")
    subject, _, target = f" {subject}".partition(" to ")  # 'to 95': a deadline no event names
    subject = subject.strip()
    subject, _, actor = subject.partition(" by ")
    if " in " in actor:
        actor, _, rest = actor.partition(" in ")
        subject += f" in {rest}"
    words, place = (subject.split(" in ", 1) + [""])[:2] if " in " in subject else (subject, "")
    if subject.startswith("in "):
        words, place = "", subject[3:]
    group = " ".join(w for w in words.split() if w in lex.nations)
    event = " ".join(w for w in words.split() if w not in lex.nations)
    deadline = role == "deadline" or (event in ENDINGS and (role == "plan" or ahead))
    if deadline and (event in ENDINGS or not event):
        event = "deadline"
    if not deadline:
        group = ""  # an event is told apart by its place and names; whose deadline it is matters
    key = Key("date", event, group, actor, place, "deadline" if deadline else "event", f"{target} {phase}".strip())
    return key, found


def _rare_names(names: list[list[str]], keys: list[Key | None], lex: Lexicon) -> list[set[str]]:
    """Each claim's names that few claims share, places and nations aside: evidence of one event."""
    share = Counter(n for found in names for n in set(found))
    common = {n for n, c in share.items() if c >= max(3, COMMON_SHARE * len(names))} | set(lex.nations)
    common |= {k.place for k in keys if k and k.place} | set(countries(lex))
    return [set(found) - common for found in names]


def _agree(a: Key, b: Key, places: bool = True) -> bool:
    """Whether two date keys may be one event: no facet given by both differs (their places aside, if not
    ``places``)."""
    facets = ((a.state, b.state), (a.group, b.group), (a.place, b.place) if places else ("", ""))
    return a.aspect == b.aspect and a.era == b.era and all(not x or not y or x == y for x, y in facets)


def _lead(occurrence: list[int], keys: list[Key]) -> int:
    """The claim a day's dates that name no event join: one of the event most of that day's claims
    name, so that a date of the day is not given to whichever event came first."""
    events = Counter(keys[i].state for i in occurrence if keys[i].state)
    if not events:
        return occurrence[0]
    top = events.most_common(1)[0][0]
    return next(i for i in occurrence if keys[i].state == top)


def _deadlines(members: list[int], starts: list, ends: list, published: list) -> list[list[int]]:
    """The claims of one deadline, as one story while it stands: a date told more than ``AFTERWARDS``
    after the deadline last reported had passed, and not a date of it, sets a new deadline (the 2,500
    of January 2021 was met; the end of the mission set in 2024 is another deadline, not a delay)."""
    out: list[list[int]] = []
    for i in sorted(members, key=lambda i: (pd.isna(published[i]), published[i] if not pd.isna(published[i]) else 0)):
        for group in reversed(out):
            current = ends[group[-1]]
            live = pd.isna(published[i]) or pd.isna(current) or published[i] - current <= AFTERWARDS
            if live or any(starts[i] <= ends[j] and starts[j] <= ends[i] for j in group):
                group.append(i)
                break
        else:
            out.append([i])
    return out


def _stays(members: list[int], keys: list[Key | None], when: _When) -> list[list[int]]:
    """The claims of the ends of states no event names, as ends of one state: those of one period
    ('remain until October 14', 'not reconvene until October 14'), and those of what lasts (``Key.noun``),
    moved while it stands ('the loan runs until March 15', then 'now runs until April 30'); the ends of
    two things ('payments postponed until next year', 'the line shut until July 31') are two."""
    lasting: dict[str, list[int]] = defaultdict(list)
    for i in members:
        lasting[keys[i].noun].append(i)
    moved = [group for word, same in lasting.items() if word for group in _deadlines(same, *when)]
    return _occurrences(members, when.starts, when.ends) + moved


def _once(members: list[int], when: _When) -> list[list[int]]:
    """The claims of an event that happens once, as one occurrence until it has happened: a date told
    ``AFTERWARDS`` after the day the first article to tell it as past gave, and that far after that
    day, is of another event of that kind ('freed on March 29', then 'to be set free this week' in
    July), as is a date ``LONG_BEFORE`` it ('the deadliest fire since 1918')."""
    starts, ends, published = when
    past = [i for i in members if _told(when, i)]
    if not past:
        return [members]
    told = min(past, key=lambda i: published[i])  # the first article to tell it had happened
    happened = ends[told]
    other = {
        i
        for i in members
        if not pd.isna(starts[i])
        and not pd.isna(published[i])
        and (
            (starts[i] - happened > AFTERWARDS and published[i] - happened > AFTERWARDS)
            or starts[told] - ends[i] > LONG_BEFORE
        )
    }
    first = [i for i in members if i not in other]
    return [first, *_occurrences(sorted(other), starts, ends)] if other else [first]


def _occurrences(members: list[int], starts: list, ends: list) -> list[list[int]]:
    """Claims of one recurring event split into occurrences: a claim joins the occurrence whose
    narrowest period it overlaps."""
    dated = sorted((i for i in members if not pd.isna(starts[i])), key=lambda i: (starts[i], ends[i]))
    out: list[list] = []  # [members, narrowest start, narrowest end]
    for i in dated:
        for group in out:
            if starts[i] <= group[2] and group[1] <= ends[i]:
                group[0].append(i)
                if ends[i] - starts[i] < group[2] - group[1]:
                    group[1], group[2] = starts[i], ends[i]
                break
        else:
            out.append([[i], starts[i], ends[i]])
    return [g[0] for g in out]
