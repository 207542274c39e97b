"""The review view: a JupyterLab widget to correct threads by selecting claims and pressing a button.

``ct.review(track, "review.yml")`` shows the threads and their claims as a table with a thread
picker, the thread's timeline, and the buttons **move** (the selected claims to the chosen thread),
**merge** (this thread into the chosen one), **split** (the selected claims into a new thread),
**reject** (the selected claims are not claims), **rename** (this thread) and **undo**. Hovering a
button previews what it would change. Each action becomes :class:`~claimtrack.Review` rows (see
:mod:`.state`), is appended to the review file and applied to the run with
:meth:`Track.with_review <claimtrack.Track.with_review>` (the review's thread actions, flags
recomputed, its flag decisions, the thread summary), so ``view.track`` is always the run with the
file's review, and re-running ``ct.track(path, review="review.yml")`` gives the same tables.

Built on anywidget with its JavaScript and CSS in this package (no network). The page shows
article text only through ``textContent`` and the chart as an SVG ``<img>``, so hostile text is inert.
"""

from __future__ import annotations

import base64
import os
import warnings
from os import PathLike
from pathlib import Path
from typing import Any

import anywidget
import pandas as pd
import traitlets
import vl_convert as vlc

from ...errors import ClaimtrackError
from ...stages.review_file import Review, load_review
from ..embed import chart_spec, vl_version
from ..timeline import timeline
from .state import LONE, action_review, describe_action, preview_lines, view_state

HERE = Path(__file__).parent
CHART_WIDTH = 640


def chart_svg(aligned: pd.DataFrame, changes: pd.DataFrame, thread: str) -> str:
    """The timeline of ``thread`` as base64 SVG ('' for the claims alone, or no claims)."""
    if not thread or thread == LONE:
        return ""
    spec = chart_spec(timeline(aligned, changes, thread=thread, width=CHART_WIDTH))
    svg = vlc.vegalite_to_svg(spec, vl_version=vl_version(), allowed_base_urls=[])
    return base64.b64encode(svg.encode("utf-8")).decode("ascii")


class ReviewView(anywidget.AnyWidget):
    """The widget :func:`review_view` returns; ``track`` is the run with every decision so far,
    ``review`` the decisions, ``history`` what this session's actions did (newest last).

    In Python, ``act({...})``, ``undo()`` and ``preview({...})`` do what the buttons do (the action
    dict is :func:`.state.action_review`'s)."""

    _esm = (HERE / "widget.js").read_text(encoding="utf-8")
    _css = (HERE / "widget.css").read_text(encoding="utf-8")

    threads = traitlets.List().tag(sync=True)
    thread = traitlets.Unicode("").tag(sync=True)
    rows = traitlets.List().tag(sync=True)
    total = traitlets.Int(0).tag(sync=True)
    chart = traitlets.Unicode("").tag(sync=True)
    chart_alt = traitlets.Unicode("").tag(sync=True)
    history = traitlets.List().tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)
    preview_text = traitlets.List().tag(sync=True)
    can_undo = traitlets.Bool(False).tag(sync=True)
    file = traitlets.Unicode("").tag(sync=True)

    def __init__(self, track: Any, path: str | PathLike | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.path = Path(path) if path is not None else None
        self.file = str(self.path) if self.path else ""
        self._undo: list[tuple[int, str]] = []  # rows each action of this session added, and what it was
        review = load_review(self.path) if self.path and self.path.exists() else track.review
        self.review = Review(review.rows, str(self.path) if self.path else review.source)
        self.track = track if review.rows == track.review.rows else self._applied(track, self.review)
        self.on_msg(self._on_msg)
        self._draw(self.thread)

    def _applied(self, track: Any, review: Review) -> Any:
        """``track`` with ``review``; its warnings (decisions naming what the run lacks) shown."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            out = track.with_review(review)
        self.message = " ".join(str(w.message) for w in caught)
        return out

    @traitlets.observe("thread")
    def _thread_picked(self, change: dict) -> None:
        if change["new"] != change["old"]:
            self._draw(change["new"])

    def _draw(self, thread: str) -> None:
        """Redraw the picker, the table and the chart of ``thread`` from ``self.track``."""
        state = view_state(self.track.aligned, self.track.changes, thread)
        with self.hold_sync():
            self.threads, self.rows, self.total = state["threads"], state["rows"], state["total"]
            self.set_trait("thread", state["thread"])
            label = next((t["label"] for t in state["threads"] if t["id"] == state["thread"]), "")
            self.chart = chart_svg(self.track.aligned, self.track.changes, state["thread"])
            self.chart_alt = f"Timeline of {label}" if self.chart else ""
            self.can_undo = bool(self._undo)

    def act(self, action: dict) -> str:
        """Apply one action (see :func:`.state.action_review`), append it to the review file, redraw;
        returns what it did. An action that cannot be done raises :class:`ClaimtrackError`."""
        action = {"thread": self.thread, **action}
        added = action_review(self.track.aligned, action)
        said = describe_action(self.track.aligned, action)
        review = Review(self.review.rows + added.rows, self.review.source)
        track = self._applied(self.track, review)
        warned = self.message
        self.review, self.track = review, track
        if self.path:
            review.save(self.path)
        self._undo.append((len(added), said))
        changed = int(track.review_log.tail(len(added))["claims"].sum())
        done = f"{said}: {changed} claim{'' if changed == 1 else 's'} changed"
        self.history = [*self.history, done]
        self.message = " ".join(filter(None, [done, warned]))
        follow = action.get("target") if action["action"] == "merge" else action["thread"]
        self._draw(follow or self.thread)
        return self.message

    def undo(self) -> str:
        """Take back this session's last action: from the run and from the review file."""
        if not self._undo:
            raise ClaimtrackError("undo: no action of this session to take back")
        n, said = self._undo.pop()
        self.review = Review(self.review.rows[:-n], self.review.source)
        self.track = self._applied(self.track, self.review)
        if self.path:
            _rewrite(self.review, self.path)
        self.history = [*self.history, f"undid: {said}"]
        self.message = self.history[-1]
        self._draw(self.thread)
        return self.message

    def preview(self, action: dict) -> pd.DataFrame:
        """What ``action`` would change, one row per claim (as :func:`~claimtrack.preview_review`)."""
        from ...stages.review import preview_review

        added = action_review(self.track.aligned, {"thread": self.thread, **action})
        return preview_review(self.track.aligned, added)

    def _on_msg(self, _widget: Any, content: dict, _buffers: Any) -> None:
        """A button in the page: ``{"do": "act"|"preview"|"undo", "action": {...}}``."""
        try:
            if content.get("do") == "undo":
                self.undo()
            elif content.get("do") == "preview":
                added = action_review(self.track.aligned, {"thread": self.thread, **content["action"]})
                self.preview_text = preview_lines(self.track.aligned, added)
            elif content.get("do") == "act":
                self.act(content["action"])
        except ClaimtrackError as exc:
            if content.get("do") == "preview":
                self.preview_text = [str(exc)]
            else:
                self.message = str(exc)


def _rewrite(review: Review, path: Path) -> None:
    """Write ``review`` as the whole file (not appended to what it held), replacing it at once."""
    tmp = path.with_name(f".{path.stem}.writing{path.suffix}")
    tmp.unlink(missing_ok=True)
    review.save(tmp)
    os.replace(tmp, path)


def review_view(track: Any, path: str | PathLike | None = None) -> ReviewView:
    """The review view of ``track`` (a :class:`~claimtrack.Track`); decisions are appended to ``path``
    (YAML or CSV by suffix) when given, and a file that exists is applied first."""
    return ReviewView(track, path)


__all__ = ["ReviewView", "chart_svg", "review_view"]
