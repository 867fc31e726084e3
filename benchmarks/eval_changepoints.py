"""Accuracy of tension.indices.changepoints on seeded series with known breaks, independent and AR(1) noise.

Each trial: ``n`` points of unit-variance noise (independent, or AR(1) with lag-1
autocorrelation ``phi``; ``tension.indices._synth``) around a mean that jumps by
±3 at ``k`` random breaks at least 25 periods apart (and from the ends). For each
criterion the script prints

- *success*: exactly ``k`` changepoints, each within 2 periods of a true break;
- *recall*: every true break found within 2 periods (extra changepoints allowed);
- *spurious/series*: the mean number of changepoints that are not within 2
  periods of a true break (the false-break rate per series).

Criteria: the default (Zhang & Siegmund's mBIC on the long-run variance), the same
mBIC with the marginal variance (no autocorrelation correction), and the former
default (``3 s^2 log n`` with ``s = 1.4826 MAD(diff) / sqrt(2)``, no log-length term).

Run: ``PYTHONPATH=. python benchmarks/eval_changepoints.py [trials]`` (default 1000).
"""

from __future__ import annotations

import math
import sys

import numpy as np

from tension import Series, indices
from tension.indices._synth import ar1_step_series, step_series
from tension.indices.breaks import noise_scale, noise_sigma


def _fit(y: np.ndarray, criterion: str) -> np.ndarray:
    n = y.shape[0]
    s = Series(dates=np.datetime64("2000-01-01") + np.arange(n), values=y, counts=np.ones(n, dtype=np.int64), freq="D")
    if criterion == "default":
        return indices.changepoints(s).index
    if criterion == "mbic-marginal":
        sigma, _ = noise_scale(y)
        return indices.changepoints(s, penalty=3.0 * sigma**2 * math.log(n)).index
    return indices.changepoints(s, penalty=3.0 * noise_sigma(y) ** 2 * math.log(n)).index  # former default


def evaluate(trials: int, n: int, k: int, phi: float | None, criterion: str) -> tuple[float, float, float]:
    """(success rate, recall rate, mean spurious changepoints per series)."""
    ok = recall = 0
    spurious = 0
    for seed in range(trials):
        y, b = step_series(seed, n, k, 25) if phi is None else ar1_step_series(seed, n, k, 25, phi)
        cp = _fit(y, criterion)
        near = np.array([np.min(np.abs(b - c)) <= 2 for c in cp], dtype=bool) if k else np.zeros(len(cp), bool)
        found = all(len(cp) and np.min(np.abs(cp - x)) <= 2 for x in b)
        ok += int(len(cp) == k and bool(np.all(np.abs(cp - b) <= 2)))
        recall += bool(found)
        spurious += int((~near).sum())
    return ok / trials, recall / trials, spurious / trials


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"{trials} seeded series per row; jumps of 3, noise variance 1")
    print(f"{'noise':<12} {'n':>4} {'k':>2} {'criterion':<15} {'success':>8} {'recall':>7} {'spurious/series':>16}")
    rows = [(None, 300, 3), (None, 1000, 5), (0.3, 200, 2), (0.5, 200, 2), (0.7, 200, 2), (0.5, 189, 0)]
    for phi, n, k in rows:
        for criterion in ("default", "mbic-marginal", "former"):
            ok, rec, spur = evaluate(trials, n, k, phi, criterion)
            noise = "iid" if phi is None else f"AR(1) {phi:g}"
            print(f"{noise:<12} {n:>4} {k:>2} {criterion:<15} {ok:>8.3f} {rec:>7.3f} {spur:>16.3f}")


if __name__ == "__main__":
    main()
