"""Seeded piecewise-constant series with known breaks, for tests and evaluations (internal)."""

from __future__ import annotations

import numpy as np

__all__ = ["step_series", "ar1_step_series"]


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


def ar1_step_series(
    seed: int, n: int = 200, k: int = 2, gap: int = 25, phi: float = 0.5, jump: float = 3.0
) -> tuple[np.ndarray, np.ndarray]:
    """``k`` jumps of +-``jump`` in AR(1) noise with lag-1 autocorrelation ``phi`` and unit variance.

    The noise is :math:`e_t = \\phi e_{t-1} + \\sqrt{1 - \\phi^2}\\, u_t`, :math:`u_t \\sim N(0, 1)`,
    started from its stationary distribution, so its marginal standard deviation
    is 1 whatever ``phi``. ``k = 0`` gives pure noise. Returns (values, true breaks).

    Examples
    --------
    >>> values, breaks = ar1_step_series(0, n=500, k=0, phi=0.6)
    >>> values.shape, breaks.tolist(), round(float(np.corrcoef(values[1:], values[:-1])[0, 1]), 1)
    ((500,), [], 0.6)
    """
    rng = np.random.default_rng(seed)
    b = np.zeros(0, dtype=np.int64)
    if k:
        while True:
            b = np.sort(rng.choice(np.arange(gap, n - gap), k, replace=False))
            if np.all(np.diff(b) >= gap):
                break
    means = np.cumsum(np.r_[0.0, rng.choice([-jump, jump], k)])
    u = rng.normal(0, 1, n)
    e = np.empty(n)
    e[0] = u[0]
    c = np.sqrt(1.0 - phi * phi)
    for t in range(1, n):
        e[t] = phi * e[t - 1] + c * u[t]
    return np.repeat(means, np.diff(np.r_[0, b, n])) + e, b
