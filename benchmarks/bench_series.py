"""The US–China daily tension series from a large GDELT-like table: tension vs pandas.

All three benchmarks do the same work on the same events (built once, outside
the timers): keep the events between the United States and China on the country
part of the actor codes (``USAGOV -> CHNMIL`` and ``CHN -> USA`` both count),
then sum tension per day with every day of the range present. Run them in one
session and compare the ``(ratio)`` columns of pytest-benchmark's table::

    TENSION_BENCH_SIZE=full PYTHONPATH=. python -m pytest benchmarks/bench_series.py \\
        --benchmark-enable --benchmark-columns=min,median,rounds

- ``test_tension_dyad_daily``: ``table.dyad("USA", "CHN").series("D")``.
- ``test_pandas_str_dyad_daily``: pandas on categorical actor/target columns with
  the ``.str`` accessor, then ``resample("D").sum()``: what a pandas user writes.
- ``test_pandas_category_codes_dyad_daily``: pandas again, but matching the
  prefixes on the (few) categories and broadcasting through the category codes
  by hand: an expert route that exploits the dictionary encoding.
"""

from __future__ import annotations

import numpy as np
import pytest

pd = pytest.importorskip("pandas")


def _check(dates: np.ndarray, values: np.ndarray, expected: tuple[np.ndarray, np.ndarray]) -> None:
    want_dates, want_values = expected
    np.testing.assert_array_equal(dates.astype("datetime64[D]"), want_dates)
    np.testing.assert_allclose(values, want_values, rtol=1e-9, atol=1e-6)


def _pandas_daily(df, mask):
    return df.loc[mask].resample("D", on="date")["tension"].sum()


def test_tension_dyad_daily(benchmark, event_table, us_china_daily):
    """tension's dyad filter and daily series match the expected sums."""
    series = benchmark(lambda: event_table.dyad("USA", "CHN").series("D"))
    _check(series.dates, series.values, us_china_daily)


def test_pandas_str_dyad_daily(benchmark, event_frame, us_china_daily):
    """pandas with the .str accessor on categorical columns matches the expected sums."""

    def run():
        a, t = event_frame["actor"].str, event_frame["target"].str
        mask = (a.startswith("USA") & t.startswith("CHN")) | (a.startswith("CHN") & t.startswith("USA"))
        return _pandas_daily(event_frame, mask)

    out = benchmark(run)
    _check(out.index.to_numpy(), out.to_numpy(), us_china_daily)


def test_pandas_category_codes_dyad_daily(benchmark, event_frame, us_china_daily):
    """pandas matching prefixes on the categories and broadcasting by codes matches the expected sums."""

    def starts(column: str, prefix: str) -> np.ndarray:
        cat = event_frame[column].cat
        return np.asarray(cat.categories.str.startswith(prefix))[cat.codes.to_numpy()]

    def run():
        mask = (starts("actor", "USA") & starts("target", "CHN")) | (starts("actor", "CHN") & starts("target", "USA"))
        return _pandas_daily(event_frame, mask)

    out = benchmark(run)
    _check(out.index.to_numpy(), out.to_numpy(), us_china_daily)
