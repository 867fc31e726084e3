"""Trailing-window statistics over rows of a sliding-window view (internal).

Each function works on a 2-d array whose rows are windows (NaN marks missing
values), in row chunks so that memory stays bounded for long series.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

# Rows of a window matrix processed at once (bounded memory for 50 years of days x long windows).
_CHUNK_CELLS = 1 << 21


def trailing(x: np.ndarray, window: int, *, include_current: bool) -> np.ndarray:
    """Read-only view of shape (n, w): row t holds the window ending at t (or at t-1).

    Positions before the start of the series are NaN. ``w`` is ``window`` clipped
    to the longest window the series can fill (``n``, or ``n - 1`` without the
    current value): a longer one only adds NaN, so the values of every row are the
    same and an absurd window (10^8 over 100 points) costs no more than the series.
    Size chunks with ``chunk_rows(view.shape[1])``.

    Examples
    --------
    >>> import numpy as np
    >>> trailing(np.arange(3.0), 10**8, include_current=True).shape
    (3, 3)
    """
    n = x.shape[0]
    window = max(1, min(window, n if include_current else n - 1))
    lead = np.full(window if not include_current else window - 1, np.nan)
    body = x if include_current else x[:-1] if n else x
    padded = np.concatenate([lead, body])
    return sliding_window_view(padded, window)[:n]


def chunk_rows(window: int) -> int:
    """Rows per chunk so that a chunk holds at most ~``_CHUNK_CELLS`` cells."""
    return max(1, _CHUNK_CELLS // max(window, 1))


def row_median(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Median of the non-NaN values of each row, and their count (NaN median for empty rows)."""
    c = np.sum(~np.isnan(w), axis=1)
    if w.shape[1] == 0:
        return np.full(w.shape[0], np.nan), c
    s = np.sort(w, axis=1)  # NaN sorts last
    rows = np.arange(w.shape[0])
    lo = s[rows, np.maximum((c - 1) // 2, 0)]
    hi = s[rows, np.maximum(c // 2, 0)]
    med = np.where(c > 0, (lo + hi) / 2.0, np.nan)
    return med, c
