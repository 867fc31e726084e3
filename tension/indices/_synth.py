"""Seeded piecewise-constant series with known breaks, for tests and evaluations (internal)."""

from __future__ import annotations

import numpy as np

__all__ = ["step_series"]


def step_series(seed: int, n: int = 300, k: int = 3, gap: int = 25) -> tuple[np.ndarray, np.ndarray]:
    """``k`` jumps of +-3 in N(0, 1) noise; return (values, true breaks).

    Breaks are the first positions of each new segment, at least ``gap`` apart and
    from the ends.

    Examples
    --------
    >>> values, breaks = step_series(0, n=100, k=2, gap=20)
    >>> values.shape, len(breaks), bool(breaks.min() >= 20)
    ((100,), 2, True)
    """
    rng = np.random.default_rng(seed)
    while True:
        b = np.sort(rng.choice(np.arange(gap, n - gap), k, replace=False))
        if np.all(np.diff(b) >= gap):
            break
    means = np.cumsum(np.r_[0.0, rng.choice([-3.0, 3.0], k)])
    return np.repeat(means, np.diff(np.r_[0, b, n])) + rng.normal(0, 1, n), b
