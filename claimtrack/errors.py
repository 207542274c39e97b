"""The few ways claimtrack fails: one error class, one warning class, one message helper."""

from __future__ import annotations

import warnings
from os import PathLike


class ClaimtrackError(ValueError):
    """Input claimtrack cannot use at all; the message names the file or field."""


class InputWarning(UserWarning):
    """Input that was skipped or repaired; the message names the file and the problem."""


def where(path: str | PathLike | None, problem: str) -> str:
    """Format a message as ``'<path>: <problem>'`` (or just the problem when no path)."""
    return f"{path}: {problem}" if path else problem


def warn(path: str | PathLike | None, problem: str) -> None:
    """Emit an :class:`InputWarning` naming ``path`` and ``problem``."""
    warnings.warn(where(path, problem), InputWarning, stacklevel=3)
