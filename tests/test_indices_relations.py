"""Tests of tension.indices.relations and tension.indices.validate: groups, triads, direction, external indices."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tension import EventTable, FieldTypeError, SchemaError, Series, indices

MONTHS = np.arange("2022-01", "2024-01", dtype="datetime64[M]").astype("datetime64[D]")


def table(rows) -> EventTable:
    """An event table from (date, actor, target, tension) rows (code 010 throughout)."""
    d, a, t, x = zip(*rows)
    return EventTable.from_arrays(date=list(d), actor=list(a), target=list(t), code=["010"] * len(d), tension=list(x))


def test_groups_pool_or_keep_apart():
    """GREATER_CHINA pools CHN, HKG and MAC on either side; a single code keeps them apart; TWN is never pooled."""
    t = table([("2023-01-01", "USA", "CHN", 1.0), ("2023-01-02", "HKGGOV", "USA", 2.0),
               ("2023-01-03", "USA", "MAC", 3.0), ("2023-01-04", "USA", "TWN", 4.0),
               ("2023-01-05", "CHN", "HKG", 5.0)])
    assert indices.between(t, "USA", "CHN").tension.tolist() == [1.0]
    assert indices.between(t, "USA", indices.GREATER_CHINA).tension.tolist() == [1.0, 2.0, 3.0]
    assert indices.between(t, indices.GREATER_CHINA, "USA", directed=True).tension.tolist() == [2.0]
    assert "TWN" not in indices.GREATER_CHINA
    with pytest.raises(FieldTypeError):
        indices.between(t, "USA", [])


def test_triad_gives_three_dyads_on_common_periods():
    """The three dyads share the periods from the first to the last event of any of them."""
    t = table([("2023-01-10", "USA", "CHN", 2.0), ("2023-03-05", "USA", "TWN", -2.0),
               ("2023-03-06", "TWN", "USA", -4.0), ("2023-04-01", "CHN", "TWN", 7.0)])
    tr = indices.triad(t, "USA", "CHN", indices.THIRD_PARTIES["Taiwan"])
    assert tr.names == ("USA", "CHN", "TWN")
    for s in (tr.ab, tr.ac, tr.bc):
        assert s.dates.astype(str).tolist() == ["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"]
    assert tr.ac.values.tolist()[2] == -3.0 and tr.ac.counts.tolist() == [0, 0, 2, 0]
    assert tr.bc.values.tolist()[3] == 7.0
    sums = indices.triad(t, "USA", "CHN", "TWN", how="sum")
    assert sums.ac.values.tolist() == [0.0, 0.0, -6.0, 0.0]
    assert set(tr.correlations()) == {"USA-CHN ~ USA-TWN", "USA-CHN ~ CHN-TWN", "USA-TWN ~ CHN-TWN"}
    assert {"JPN", "PHL", "KOR", "PRK"} <= set(indices.THIRD_PARTIES.values())


def test_directed_series_and_reciprocity():
    """a->b and b->a side by side; reciprocity is their same-period correlation, response the lagged one."""
    rng = np.random.default_rng(4)
    us = rng.normal(0, 2, MONTHS.size).round(2)
    cn = np.r_[0.0, us[:-1]]  # China mirrors the US a month later
    rows = [(d, "USAGOV", "CHN", float(x)) for d, x in zip(MONTHS, us)]
    rows += [(d, "CHNGOV", "USA", float(x)) for d, x in zip(MONTHS, cn)]
    d = indices.directed(table(rows), "USA", "CHN")
    np.testing.assert_allclose(d.ab.values, us)
    np.testing.assert_allclose(d.ba.values, cn)
    assert d.response == pytest.approx(1.0)
    assert abs(d.reciprocity) < 0.5
    np.testing.assert_allclose(d.asymmetry.values, us - cn)
    same = indices.directed(table(rows), "USA", "CHN", lag=0)
    assert same.response == pytest.approx(same.reciprocity)


def test_lagged_correlation_edges():
    """Too few pairs or a constant side give NaN; lengths must agree."""
    assert math.isnan(indices.lagged_correlation(np.array([1.0, 2.0]), np.array([1.0, 2.0])))
    assert math.isnan(indices.lagged_correlation(np.ones(5), np.arange(5.0)))
    assert math.isnan(indices.lagged_correlation(np.arange(5.0), np.arange(5.0), 9))
    with pytest.raises(SchemaError):
        indices.lagged_correlation(np.ones(3), np.ones(4))


def _synthetic(lead: int, seed: int = 0) -> tuple[Series, tuple[np.ndarray, np.ndarray]]:
    """Our series breaks at month 30 and 60; the external index `lead` months later, on month-end dates."""
    rng = np.random.default_rng(seed)
    n = MONTHS.size * 4
    months = np.arange("2016-01", "2024-01", dtype="datetime64[M]")
    level = np.zeros(n)
    level[30:60] = 2.0
    ext = np.zeros(n)
    ext[30 + lead:60 + lead] = 1.0
    ours = Series(dates=months.astype("datetime64[D]"), values=level + rng.normal(0, 0.3, n),
                  counts=np.ones(n), freq="M", how="mean")
    month_ends = (months + 1).astype("datetime64[D]") - 1
    return ours, (month_ends, 80 + 40 * ext + rng.normal(0, 5, n))


def test_compare_recovers_lead_and_shared_turning_points():
    """A known two-month lag is found, and both breaks are shared turning points."""
    ours, ext = _synthetic(2)
    c = indices.compare(ours, ext, max_lag=4)
    assert c.best_lag == 2
    assert c.lags.tolist() == [-4, -3, -2, -1, 0, 1, 2, 3, 4]
    assert c.lag_correlations[c.lags == 2][0] > c.correlation > 0.5
    assert c.shared.shape == (2, 2)
    assert [int(x) for x in (c.shared[:, 1] - c.shared[:, 0]).astype(int) // 28] == [2, 2]
    assert len(c.lines()) == 4


def test_compare_aligns_partial_overlap_and_refuses_too_little():
    """Only common periods count; external values outside the series are ignored; < 4 common periods is an error."""
    ours, (dates, values) = _synthetic(0)
    c = indices.compare(ours, (dates[20:], values[20:]))
    assert c.dates[0] == ours.dates[20] and c.dates.shape[0] == ours.dates.shape[0] - 20
    with pytest.raises(SchemaError, match="at least 4"):
        indices.compare(ours, (dates[:3], values[:3]))
    with pytest.raises(SchemaError, match="one value per period"):
        indices.compare(ours, (np.r_[dates[:5], dates[:1]], np.r_[values[:5], values[:1]]))
    with pytest.raises(FieldTypeError):
        indices.compare(ours, 42)


@settings(max_examples=60, deadline=None)
@given(data=st.lists(st.tuples(st.one_of(st.floats(-10, 10), st.just(math.nan)), st.floats(-10, 10)),
                     min_size=0, max_size=30),
       lag=st.integers(-5, 5))
def test_lagged_correlation_matches_numpy(data, lag):
    """lagged_correlation equals np.corrcoef on the finite pairs (x[t - lag], y[t])."""
    x = np.array([d[0] for d in data], dtype=float)
    y = np.array([d[1] for d in data], dtype=float)
    pairs = [(x[t - lag], y[t]) for t in range(len(data)) if 0 <= t - lag < len(data)]
    pairs = [p for p in pairs if np.isfinite(p[0]) and np.isfinite(p[1])]
    got = indices.lagged_correlation(x, y, lag)
    a = np.array([p[0] for p in pairs])
    b = np.array([p[1] for p in pairs])
    if len(pairs) < 3 or np.ptp(a) < 1e-100 or np.ptp(b) < 1e-100:  # constant, or a spread whose square underflows
        assert math.isnan(got) or abs(got) <= 1 + 1e-9
        return
    with np.errstate(invalid="ignore", divide="ignore"):
        want = np.corrcoef(a, b)[0, 1]
    if np.isfinite(want):
        assert got == pytest.approx(want, abs=1e-9)
