"""Benchmarks of tension.indices.

Sizes (``TENSION_BENCH_SIZE``, default ``small``):

========================== ================ =====================
benchmark                  small            full
========================== ================ =====================
level, volatility, shocks  1 year of days   50 years of days
changepoints               1 year of days   10 years of days
conflict_share             100k events      10M events
========================== ================ =====================

Run ``TENSION_BENCH_SIZE=full pytest benchmarks/bench_indices.py --benchmark-enable``.
Inputs are built outside the timer; each test times one callable and checks its result.
"""

from __future__ import annotations

import math
import os

import numpy as np
import pytest

from tension import EventTable, Series, codebook, indices

FULL = os.environ.get("TENSION_BENCH_SIZE", "small") == "full"
LONG_DAYS = 18262 if FULL else 365  # 50 years of days
CP_DAYS = 3652 if FULL else 365  # 10 years of days
EVENTS = 10_000_000 if FULL else 100_000


def _daily(n: int, seed: int) -> Series:
    """A daily tension series with level shifts every ~400 days, noise and a few spikes."""
    rng = np.random.default_rng(seed)
    shifts = np.repeat(rng.normal(0, 4, n // 400 + 1), 400)[:n]
    y = shifts + rng.normal(0, 1, n)
    y[rng.integers(0, n, max(n // 500, 1))] += 15.0
    dates = np.datetime64("1974-01-01") + np.arange(n)
    return Series(dates=dates, values=y, counts=np.ones(n, dtype=np.int64), freq="D")


@pytest.fixture(scope="module")
def long_series() -> Series:
    return _daily(LONG_DAYS, 1)


@pytest.fixture(scope="module")
def cp_series() -> Series:
    return _daily(CP_DAYS, 2)


@pytest.fixture(scope="module")
def big_table() -> EventTable:
    rng = np.random.default_rng(3)
    codes = codebook.load().codes
    code = codes[rng.integers(0, codes.shape[0], EVENTS)]
    return EventTable.from_arrays(
        date=np.datetime64("2015-01-01") + rng.integers(0, 3650, EVENTS).astype("timedelta64[D]"),
        actor=np.full(EVENTS, "USA"), target=np.full(EVENTS, "CHN"), code=code,
        tension=codebook.tension_of(code), mentions=rng.integers(1, 20, EVENTS),
    )


def test_level(benchmark, long_series):
    """level, 30-day half-life, on 50 years of daily values."""
    out = benchmark(indices.level, long_series, half_life=30.0)
    assert np.isfinite(out.values).all() and len(out) == LONG_DAYS


def test_level_short_half_life(benchmark, long_series):
    """level with a 1-day half-life (many blocks in the scan)."""
    out = benchmark(indices.level, long_series, half_life=1.0)
    assert np.isfinite(out.values).all()


def test_volatility(benchmark, long_series):
    """volatility, 30-period window, on 50 years of daily values."""
    out = benchmark(indices.volatility, long_series, window=30)
    assert np.isfinite(out.values[30:]).all()


def test_shocks(benchmark, long_series):
    """shocks, 30-period robust baseline, on 50 years of daily values."""
    out = benchmark(indices.shocks, long_series, z=5.0, window=30)
    assert len(out) >= max(LONG_DAYS // 500, 1) // 2


def test_changepoints(benchmark, cp_series):
    """Exact PELT changepoints on 10 years of daily values."""
    out = benchmark.pedantic(indices.changepoints, args=(cp_series,), rounds=3, iterations=1)
    assert len(out) >= CP_DAYS // 400 // 2 and math.isfinite(out.cost)


def test_conflict_share(benchmark, big_table):
    """conflict_share by month over a 10M-event table."""
    out = benchmark.pedantic(indices.conflict_share, args=(big_table,), kwargs={"freq": "M"}, rounds=3, iterations=1)
    assert out.counts.sum() == EVENTS and np.nanmax(out.values) <= 1.0
