"""claimtrack: follow the number and date claims a running news story repeats, revises and contradicts.

>>> import claimtrack as ct
>>> sorted(ct.__all__)[:3]
['ClaimtrackError', 'InputWarning', 'Review']
"""

from __future__ import annotations

from importlib import import_module
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
    "review_changes",
    "save_chart",
    "summarize_threads",
    "track",
]

__version__ = "0.1.0"


def __getattr__(name: str):
    """Import the Altair-based pieces (``charts``, ``save_chart``) only when first used."""
    if name == "charts":
        return import_module(".present.charts", __name__)
    if name == "save_chart":
        return import_module(".present.export", __name__).save_chart
    raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
