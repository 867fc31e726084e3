"""Accuracy of tension.indices.changepoints on seeded piecewise-constant series with known breaks.

Each trial: ``n`` points of N(0, 1) noise around a mean that jumps by ±3 at ``k``
random breaks at least ``gap`` apart (and from the ends). A trial succeeds when
exactly the true number of changepoints is found and each is within 2 periods of
a true break. Prints the success rate, the recall (every true break found
within 2, extra changepoints allowed) and the share of series with spurious
changepoints, for the default penalty and the plain BIC-like one.

Run: ``PYTHONPATH=. python benchmarks/eval_changepoints.py [trials]``
"""

from __future__ import annotations

import math
import sys
import time

import numpy as np

from tension import Series, indices
from tension.indices._synth import step_series
from tension.indices.breaks import noise_sigma


def evaluate(trials: int, n: int, k: int, gap: int, factor: float | None) -> tuple[float, float, float, float]:
    """(success rate, recall rate, spurious rate, seconds per series)."""
    ok = recall = spurious = 0
    spent = 0.0
    dates = np.datetime64("2000-01-01") + np.arange(n)
    for seed in range(trials):
        y, b = step_series(seed, n, k, gap)
        s = Series(dates=dates, values=y, counts=np.ones(n, dtype=np.int64), freq="D")
        pen = None if factor is None else factor * noise_sigma(y) ** 2 * math.log(n)
        t0 = time.perf_counter()
        cp = indices.changepoints(s, penalty=pen)
        spent += time.perf_counter() - t0
        found = len(cp) > 0 and all(np.min(np.abs(cp.index - x)) <= 2 for x in b)
        ok += len(cp) == k and bool(np.all(np.abs(cp.index - b) <= 2))
        recall += found
        spurious += len(cp) > k
    return ok / trials, recall / trials, spurious / trials, spent / trials


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"{trials} trials per row; jumps of 3, noise sd 1")
    print(f"{'n':>5} {'k':>2} {'penalty':<22} {'success':>8} {'recall':>7} {'spurious':>9} {'ms/series':>10}")
    for n, k, gap in ((300, 3, 25), (1000, 5, 50)):
        for label, factor in (("3 s^2 log n (default)", None), ("2 s^2 log n (BIC)", 2.0)):
            ok, rec, spur, sec = evaluate(trials, n, k, gap, factor)
            print(f"{n:>5} {k:>2} {label:<22} {ok:>8.3f} {rec:>7.3f} {spur:>9.3f} {sec * 1e3:>10.2f}")


if __name__ == "__main__":
    main()
