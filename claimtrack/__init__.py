"""claimtrack: follow the number and date claims a running news story repeats, revises and contradicts.

>>> import claimtrack as ct
>>> sorted(ct.__all__)[:3]
['ClaimtrackError', 'InputWarning', 'Review']
"""

from __future__ import annotations

from importlib import import_module
from os import PathLike
from typing import TYPE_CHECKING

from .errors import ClaimtrackError, InputWarning
from .grammar.lexicon import load_lexicon
from .ingest.articles import load_articles
from .stages.align import align_claims
from .stages.changes import flag_changes
from .stages.extract import extract_claims
from .stages.review import apply_review, preview_review, review_changes
from .stages.review_file import Review, load_review
from .stages.threads import summarize_threads
from .track import Track, track

if TYPE_CHECKING:
    from .present import charts
    from .present.export import save_chart

__all__ = [
    "ClaimtrackError",
    "InputWarning",
    "Review",
    "Track",
    "align_claims",
    "apply_review",
    "charts",
    "extract_claims",
    "flag_changes",
    "load_articles",
    "load_lexicon",
    "load_review",
    "preview_review",
    "review",
    "review_changes",
    "save_chart",
    "summarize_threads",
    "track",
]

__version__ = "0.1.0"


def review(track: Track, path: str | PathLike | None = None):
    """The review view of ``track`` in JupyterLab: its threads and claims as a table with a thread
    picker and a timeline; select claims and press move, merge, split, reject, rename or undo, and
    the run, the chart and the review file at ``path`` (YAML or CSV; applied first if it exists) follow.
    ``view.track`` is the run with every decision. Needs the ``notebook`` extra (anywidget).
    See :mod:`claimtrack.present.review_view`."""
    try:
        from .present.review_view import review_view
    except ImportError as exc:
        raise ClaimtrackError(f"ct.review needs anywidget: pip install 'claimtrack[notebook]' ({exc})") from exc
    return review_view(track, path)


def __getattr__(name: str):
    """Import the Altair-based pieces (``charts``, ``save_chart``) only when first used."""
    if name == "charts":
        return import_module(".present.charts", __name__)
    if name == "save_chart":
        return import_module(".present.export", __name__).save_chart
    raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
