"""Slow, obvious reference implementations of tension.indices (loops over periods and events)."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict

import numpy as np

from tension import codebook


def level(values: list[float], days: list[int], half_life: float) -> list[float]:
    """L_t = x_t + 2**(-(d_t - d_{t-1}) / h) * L_{t-1}, one period at a time (NaN adds nothing)."""
    out, acc, prev = [], 0.0, None
    for x, d in zip(values, days):
        decay = 1.0 if prev is None or math.isinf(half_life) else 2.0 ** (-(d - prev) / half_life)
        acc = (0.0 if math.isnan(x) else x) + decay * acc
        out.append(acc)
        prev = d
    return out


def share(dates: list, codes: list[str], mentions: list[int], freq: str, flag, weighted: bool) -> dict:
    """Per period key: (weighted) share of events whose code satisfies ``flag``, and the event count."""
    from tension.series import period_keys

    num: dict[int, float] = defaultdict(float)
    den: dict[int, float] = defaultdict(float)
    cnt: dict[int, int] = defaultdict(int)
    for d, c, m in zip(dates, codes, mentions):
        k = int(period_keys(np.array([d], dtype="datetime64[D]"), freq)[0])
        w = m if weighted else 1
        num[k] += w * (1.0 if flag(c) else 0.0)
        den[k] += w
        cnt[k] += 1
    return {k: (num[k] / den[k], cnt[k]) for k in den}


def is_conflict(code: str) -> bool:
    return int(codebook.quad_class([code])[0]) in (3, 4)


def is_unstable(code: str) -> bool:
    return int(codebook.quad_class([code])[0]) == 4 or str(codebook.root([code])[0]) == "14"


def volatility(values: list[float], window: int, min_periods: int) -> list[float]:
    """Sample standard deviation (statistics.stdev) of the non-NaN values of each trailing window."""
    out = []
    for t in range(len(values)):
        w = [v for v in values[max(0, t - window + 1) : t + 1] if not math.isnan(v)]
        out.append(statistics.stdev(w) if len(w) >= min_periods else math.nan)
    return out


def robust_z(values: list[float], window: int, min_periods: int) -> tuple[list[float], list[float]]:
    """Median/MAD z-score of each value against the previous ``window`` values."""
    zs, base = [], []
    for t, x in enumerate(values):
        w = [v for v in values[max(0, t - window) : t] if not math.isnan(v)]
        if len(w) < min_periods or math.isnan(x):
            zs.append(math.nan)
            base.append(statistics.median(w) if len(w) >= min_periods else math.nan)
            continue
        m = statistics.median(w)
        dev = [abs(v - m) for v in w]
        mad = statistics.median(dev)
        spread = 1.4826 * mad if mad > 0 else 1.2533 * (sum(dev) / len(dev))
        if spread > 0:
            with np.errstate(over="ignore"):  # a subnormal spread: the z-score is infinite
                z = (x - m) / spread
        else:
            z = 0.0 if x == m else math.copysign(math.inf, x - m)
        zs.append(z)
        base.append(m)
    return zs, base


def partition(values: list[float], penalty: float, min_size: int, seglog: float = 0.0) -> tuple[float, list[int]]:
    """Optimal partitioning (no pruning), O(n^2) segment costs computed directly.

    ``seglog`` adds ``seglog * log((b - a) / n)`` to each segment (the mBIC's log segment length)."""
    n = len(values)

    def cost(a: int, b: int) -> float:
        extra = seglog * math.log((b - a) / n) if seglog else 0.0
        seg = [v for v in values[a:b] if not math.isnan(v)]
        if not seg:
            return extra
        mu = sum(seg) / len(seg)
        return sum((v - mu) ** 2 for v in seg) + extra

    f = [math.inf] * (n + 1)
    f[0] = -penalty
    last = [0] * (n + 1)
    for t in range(min_size, n + 1):
        for tau in [0, *range(min_size, t - min_size + 1)]:
            c = f[tau] + cost(tau, t) + penalty
            if c < f[t]:
                f[t], last[t] = c, tau
    cps, t = [], n
    while t > 0:
        t = last[t]
        if t > 0:
            cps.append(t)
    return f[n], sorted(cps)


def relation_score(values: list[float], scale: float) -> list[float]:
    """Score of per-event tension values: -9 v / scale clipped to [-9, 9]."""
    return [math.nan if math.isnan(v) else min(9.0, max(-9.0, -9.0 * v / scale)) for v in values]


def band(score: float) -> str:
    names = ["confrontation", "tension", "discord", "ordinary", "good", "friendly"]
    if math.isnan(score):
        return ""
    for i, hi in enumerate([-6.0, -3.0, 0.0, 3.0, 6.0]):
        if score < hi:
            return names[i]
    return names[-1]
