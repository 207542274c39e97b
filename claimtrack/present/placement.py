"""Where labels go: pixel positions in a plot, and labels placed where they cover no mark."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .theme import PAD


def pixels(box: tuple) -> tuple[Callable, Callable]:
    """Functions from a date and a value to pixels in the plot ``box`` describes."""
    (x0, x1), (y0, y1), (w, h) = box
    span = max(x1 - x0, pd.Timedelta(days=1))
    return (lambda t: PAD + (t - x0) / span * (w - 2 * PAD), lambda v: h - (v - y0) / (y1 - y0) * h)


def place_labels(to: pd.DataFrame, marks: pd.DataFrame, box: tuple) -> pd.DataFrame:
    """Put each label above or below its mark where it covers no mark or label.

    ``box`` holds the x and y data ranges and the plot's pixel size; a label that fits
    nowhere is left out (the changes table lists every change).
    """
    (x0, x1), (y0, y1), (w, h) = box
    span = max(x1 - x0, pd.Timedelta(days=1))
    px, py = pixels(box)
    taken = [
        (px(t) - 6, px(t) + 6, py(hi) - 6, py(lo) + 6)
        for t, lo, hi in zip(marks["x"], marks["bottom"], marks["top"], strict=True)
    ]
    kept, at, ys = [], [], []
    for i, r in enumerate(to.itertuples()):
        tw, cx, above, below = 6.5 * len(r.label) + 4, px(r.x), py(r.top) - 15, py(r.bottom) + 15
        side = tw / 2 + 9
        middle = (above + below) / 2
        for dx, cy in (
            (0, above),
            (0, below),
            (side, middle),
            (-side, middle),
            (side, above),
            (-side, above),
            (side, below),
            (-side, below),
            (0, above - 14),
            (0, below + 14),
            (side, above - 14),
            (-side, below + 14),
            (0, above - 28),
            (0, below + 28),
        ):
            left = min(max(cx + dx - tw / 2, 0), w - tw)
            b = (left, left + tw, cy - 7, cy + 7)
            if (
                0 <= b[2]
                and b[3] <= h
                and not any(b[0] < t[1] and t[0] < b[1] and b[2] < t[3] and t[2] < b[3] for t in taken)
            ):
                taken.append(b)
                kept.append(i)
                at.append(x0 + (left + tw / 2 - PAD) / (w - 2 * PAD) * span)
                ys.append(y0 + (h - cy) / h * (y1 - y0))
                break
    return to.iloc[kept].assign(at=at, label_y=ys)
