"""Shared benchmark inputs, built once per session outside every timer.

``TENSION_BENCH_SIZE`` chooses the size: ``small`` (default, what CI runs with
``--benchmark-disable``) or ``full`` (the figures in ``docs/performance.md``).
"""

from __future__ import annotations

import os

import numpy as np
import pytest

from tension import EventTable

from .synth import random_table

#: Rows of the synthetic event table at each benchmark size.
SIZES: dict[str, int] = {"small": 100_000, "full": 10_000_000}


@pytest.fixture(scope="session")
def bench_size() -> str:
    """The benchmark size chosen by ``TENSION_BENCH_SIZE`` (``small`` or ``full``)."""
    size = os.environ.get("TENSION_BENCH_SIZE", "small")
    if size not in SIZES:
        raise pytest.UsageError(f"TENSION_BENCH_SIZE: expected one of {sorted(SIZES)}, got {size!r}")
    return size


@pytest.fixture(scope="session")
def event_table(bench_size: str) -> EventTable:
    """A GDELT-like event table: 100k rows (small) or 10M rows (full), ten years of days."""
    return random_table(SIZES[bench_size], seed=20230618)


@pytest.fixture(scope="session")
def event_frame(event_table: EventTable):
    """The same events as a pandas DataFrame with categorical actor and target columns."""
    pd = pytest.importorskip("pandas")
    return pd.DataFrame(
        {
            "date": event_table.date.astype("datetime64[s]"),
            "actor": pd.Categorical(event_table.actor),
            "target": pd.Categorical(event_table.target),
            "tension": event_table.tension,
        }
    )


@pytest.fixture(scope="session")
def us_china_daily(event_table: EventTable) -> tuple[np.ndarray, np.ndarray]:
    """Expected US–China daily sums, from a plain (untimed) numpy computation."""
    country_a = event_table.actor.astype("<U3")
    country_t = event_table.target.astype("<U3")
    m = ((country_a == "USA") & (country_t == "CHN")) | ((country_a == "CHN") & (country_t == "USA"))
    days = event_table.date[m].astype(np.int64)
    first = days.min()
    sums = np.bincount(days - first, weights=event_table.tension[m])
    return np.arange(first, first + sums.shape[0]).astype("datetime64[D]"), sums
