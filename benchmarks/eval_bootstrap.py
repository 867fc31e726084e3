"""Coverage of tension.indices.bootstrap's nominal 90% bands on seeded event tables with known truth.

Data-generating process (``simulate``), one table per seed, six months of days:

- month ``m`` has a true mean tension per story ``mu_m`` drawn from U(-3, 3);
- day ``d`` has ``Poisson(3)`` distinct stories and a day shock ``u_d ~ U(-2, 2)``
  shared by all its stories (the news of the day moves them together);
- a story's tension is ``mu_m + u_d + e`` with ``e ~ U(-3, 3)`` (never beyond ±8);
- each story is reported ``1 + Poisson(1.5)`` times on its day (duplicates).

The index is the mean tension per event of each month (``series("M", how="mean")``),
whose expectation is ``mu_m`` (duplication is independent of tension). A band
covers when ``lower <= mu_m <= upper``. The script prints the share of
(table, month) pairs covered, for the default Poisson bootstrap over days and
for the former within-period event bootstrap, with a binomial standard error.

Run: ``PYTHONPATH=. python benchmarks/eval_bootstrap.py [tables] [replicates]``
(defaults 400 and 400).
"""

from __future__ import annotations

import math
import sys

import numpy as np

from tension import EventTable, indices

MONTHS = 6


def simulate(seed: int) -> tuple[EventTable, np.ndarray]:
    """One seeded table and the true monthly means."""
    rng = np.random.default_rng(seed)
    mu = rng.uniform(-3.0, 3.0, MONTHS)
    month_starts = np.arange("2023-01", f"2023-{MONTHS + 1:02d}", dtype="datetime64[M]")
    days = np.arange(month_starts[0].astype("datetime64[D]"), (month_starts[-1] + 1).astype("datetime64[D]"))
    month_of_day = (days.astype("datetime64[M]") - month_starts[0]).astype(np.int64)
    stories = rng.poisson(3.0, days.shape[0])
    day_of_story = np.repeat(np.arange(days.shape[0]), stories)
    shock = rng.uniform(-2.0, 2.0, days.shape[0])
    tension = mu[month_of_day[day_of_story]] + shock[day_of_story] + rng.uniform(-3.0, 3.0, day_of_story.shape[0])
    copies = 1 + rng.poisson(1.5, day_of_story.shape[0])
    day_of_event = np.repeat(day_of_story, copies)
    k = day_of_event.shape[0]
    table = EventTable.from_arrays(date=days[day_of_event], actor=["USA"] * k, target=["CHN"] * k,
                                   code=["010"] * k, tension=np.repeat(tension, copies))
    return table, mu


def coverage(tables: int, replicates: int, scheme: str, confidence: float = 0.90) -> tuple[float, float]:
    """(share of months whose band covers the truth, its binomial standard error)."""
    hits = total = 0
    for seed in range(tables):
        table, mu = simulate(seed)
        b = indices.bootstrap(table, lambda t: t.series("M", how="mean", start="2023-01-01", end=f"2023-{MONTHS:02d}-01"),
                              n=replicates, seed=seed, confidence=confidence, scheme=scheme, freq="M")
        ok = np.isfinite(b.lower)
        hits += int(((b.lower <= mu) & (mu <= b.upper))[ok].sum())
        total += int(ok.sum())
    p = hits / total
    return p, math.sqrt(p * (1 - p) / total)


def main() -> None:
    tables = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    replicates = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    print(f"{tables} seeded tables x {MONTHS} months, {replicates} replicates; nominal 90% bands")
    print(f"{'scheme':<28} {'coverage':>9} {'s.e.':>6}")
    for scheme, label in (("days", "Poisson over days (default)"), ("events", "events within months")):
        p, se = coverage(tables, replicates, scheme)
        print(f"{label:<28} {p:>9.3f} {se:>6.3f}")


if __name__ == "__main__":
    main()
