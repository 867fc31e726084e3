"""Property tests: vectorized series equal the pure-Python reference; invariants hold."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import reference
from hypothesis import given
from hypothesis import strategies as st
from strategies import tables

from tension import EventTable

freqs = st.sampled_from(["D", "W", "M"])
hows = st.sampled_from(["sum", "mean", "count"])
weights = st.sampled_from([None, "mentions"])
near_dates = st.dates(min_value=dt.date(1899, 12, 1), max_value=dt.date(1900, 3, 31))


@st.composite
def dense_tables(draw: st.DrawFn) -> EventTable:
    """Tables whose dates fall in four months, so periods repeat and gaps are short."""
    n = draw(st.integers(0, 40))
    return EventTable.from_arrays(
        date=[draw(near_dates) for _ in range(n)], actor=["USA"] * n, target=["CHN"] * n, code=["042"] * n,
        tension=[draw(st.floats(-10, 10, allow_nan=False)) for _ in range(n)],
        mentions=[draw(st.integers(1, 1000)) for _ in range(n)],
    )


def _reference(t: EventTable, freq, how, weight, start=None, end=None):
    return reference.series(t.date.astype(dt.date).tolist(), t.tension.tolist(), t.mentions.tolist(),
                            freq, how, weight, start, end)


@given(dense_tables(), freqs, hows, weights)
def test_series_equals_reference(t, freq, how, weight):
    """The bincount series equals the row-by-row reference for every freq, reducer and weight."""
    s = t.series(freq, how=how, weight=weight)
    periods, values, counts = _reference(t, freq, how, weight)
    assert s.dates.astype(dt.date).tolist() == periods
    assert s.counts.tolist() == counts
    np.testing.assert_allclose(s.values, values, rtol=1e-9, atol=1e-9, equal_nan=True)


@given(dense_tables(), freqs, hows, near_dates, near_dates)
def test_series_with_range_equals_reference(t, freq, how, a, b):
    """With start and end the series equals the reference over exactly that range."""
    start, end = min(a, b), max(a, b)
    s = t.series(freq, how=how, start=start, end=end)
    periods, values, counts = _reference(t, freq, how, None, start, end)
    assert s.dates.astype(dt.date).tolist() == periods
    assert s.counts.tolist() == counts
    np.testing.assert_allclose(s.values, values, rtol=1e-9, atol=1e-9, equal_nan=True)


@given(tables(max_size=15, extras=False), freqs)
def test_binned_total_equals_raw_total(t, freq):
    """Summed over periods, sums and counts equal the totals of the acts, or of all events with modes="all"."""
    acts = t.mode == "act"
    s = t.series(freq)
    assert s.values.sum() == pytest.approx(t.tension[acts].sum(), abs=1e-9)
    assert s.counts.sum() == int(acts.sum())
    w = t.series(freq, how="count", weight="mentions", modes="all")
    assert w.values.sum() == pytest.approx(float(t.mentions.sum()), rel=1e-12)
    assert t.series(freq, modes="all").counts.sum() == len(t)


@st.composite
def mixed_tables(draw: st.DrawFn) -> EventTable:
    """Dense tables whose events are acts or plans."""
    t = draw(dense_tables())
    modes = [draw(st.sampled_from(["act", "plan"])) for _ in range(len(t))]
    cols = dict(t.columns)
    cols["mode"] = np.array(modes, dtype="<U4").reshape(len(t))
    return EventTable.from_arrays(**cols)


@given(mixed_tables(), freqs, hows, weights, st.sampled_from(["act", "plan", "all", ("act", "plan")]))
def test_series_of_modes_equals_reference_on_those_rows(t, freq, how, weight, modes):
    """series(modes=...) equals the reference over exactly the rows of those modes (acts by default)."""
    keep = {"act": ["act"], "plan": ["plan"]}.get(modes, ["act", "plan"]) if isinstance(modes, str) else list(modes)
    rows = t.select(np.isin(t.mode, keep))
    s = t.series(freq, how=how, weight=weight, modes=modes)
    periods, values, counts = _reference(rows, freq, how, weight)
    assert s.dates.astype(dt.date).tolist() == periods
    assert s.counts.tolist() == counts
    np.testing.assert_allclose(s.values, values, rtol=1e-9, atol=1e-9, equal_nan=True)
    if modes == "act":
        assert s == t.series(freq, how=how, weight=weight)


@given(dense_tables(), freqs, hows, weights, st.randoms(use_true_random=False))
def test_row_order_does_not_matter(t, freq, how, weight, random):
    """Shuffling the rows leaves every series unchanged (up to float rounding)."""
    order = list(range(len(t)))
    random.shuffle(order)
    a, b = t.series(freq, how=how, weight=weight), t.select(np.array(order, dtype=np.int64)).series(freq, how=how, weight=weight)
    assert np.array_equal(a.dates, b.dates) and np.array_equal(a.counts, b.counts)
    np.testing.assert_allclose(a.values, b.values, rtol=1e-9, atol=1e-9, equal_nan=True)


@given(dense_tables(), freqs, hows, near_dates, st.booleans())
def test_series_with_one_bound_equals_reference(t, freq, how, bound, is_start):
    """With only start or only end the series runs from the bound to the last (or first) event inside."""
    kw = {"start": bound} if is_start else {"end": bound}
    s = t.series(freq, how=how, **kw)
    periods, values, counts = _reference(t, freq, how, None, kw.get("start"), kw.get("end"))
    assert s.dates.astype(dt.date).tolist() == periods
    assert s.counts.tolist() == counts
    np.testing.assert_allclose(s.values, values, rtol=1e-9, atol=1e-9, equal_nan=True)
