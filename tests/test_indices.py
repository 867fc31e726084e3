"""Tests of tension.indices against the slow references in tests/reference_indices.py."""

from __future__ import annotations

import math

import numpy as np
import pytest
import reference_indices as ref
from hypothesis import given, settings
from hypothesis import strategies as st

from tension import EventTable, FieldTypeError, SchemaError, Series, codebook, indices, read_jsonl
from tension.indices._synth import step_series
from tension.series import period_keys

SEED_EVENTS = "seeds/000_65d63fafd7e7c7d7.events.jsonl"
FAST = settings(max_examples=40, deadline=None)

values_st = st.lists(
    st.one_of(st.floats(-50, 50, allow_nan=False), st.just(math.nan)), min_size=0, max_size=60
)
dense_st = st.lists(st.floats(-50, 50, allow_nan=False), min_size=1, max_size=60)


def make_series(values, freq: str = "D", start: str = "2020-01-01") -> Series:
    """A series of ``values`` on consecutive periods from ``start``."""
    v = np.asarray(values, dtype=np.float64)
    first = period_keys(np.array([start], dtype="datetime64[D]"), freq)[0]
    from tension.series import period_starts

    dates = period_starts(np.arange(first, first + v.size), freq)
    return Series(dates=dates, values=v, counts=np.ones(v.size, dtype=np.int64), freq=freq)


def random_table(seed: int, n: int = 400, days: int = 120) -> EventTable:
    """A random table over ``days`` days with real CAMEO codes, their tension and random mentions."""
    rng = np.random.default_rng(seed)
    codes = rng.choice(codebook.load().codes, n)
    return EventTable.from_arrays(
        date=np.datetime64("2023-01-01") + rng.integers(0, days, n),
        actor=rng.choice(["USA", "CHN", "USAGOV"], n), target=rng.choice(["CHN", "USA"], n),
        code=codes, tension=codebook.tension_of(codes), mentions=rng.integers(1, 6, n),
        evidence=[f"span {i}" for i in range(n)],
    )


# ---------------------------------------------------------------------- level
@FAST
@given(values=values_st, freq=st.sampled_from(["D", "W", "M"]), half_life=st.floats(0.05, 400))
def test_level_matches_reference(values, freq, half_life):
    """level equals the period-by-period recurrence for every frequency and half-life."""
    s = make_series(values, freq)
    got = indices.level(s, half_life=half_life).values
    want = ref.level(list(s.values), s.dates.astype(np.int64).tolist(), half_life)
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("half_life", [0.001, 0.3, 1.0, 30.0, 3650.0, 1e6])
def test_level_is_stable_over_fifty_years_of_days(half_life):
    """On 50 years of daily values level stays finite and agrees with the loop to rounding error."""
    rng = np.random.default_rng(5)
    s = make_series(rng.normal(0, 5, 18262), "D", "1970-01-01")
    got = indices.level(s, half_life=half_life).values
    want = np.array(ref.level(list(s.values), list(range(18262)), half_life))
    scale = np.array(ref.level(list(np.abs(s.values)), list(range(18262)), half_life))
    assert np.isfinite(got).all()
    assert np.all(np.abs(got - want) <= 1e-11 * scale + 1e-12)


def test_naive_formulation_overflows_where_level_does_not():
    """The textbook cumsum(x * exp(k t)) overflows on 50 years of days; level does not."""
    t = np.arange(18262.0)
    k = math.log(2) / 7
    with np.errstate(over="ignore", invalid="ignore"):
        naive = np.cumsum(np.exp(k * t)) * np.exp(-k * t)
    assert not np.isfinite(naive).all()
    got = indices.level(make_series(np.ones(18262)), half_life=7).values
    assert np.isfinite(got).all() and got[-1] == pytest.approx(1 / (1 - 2 ** (-1 / 7)))


@FAST
@given(values=values_st, freq=st.sampled_from(["D", "W", "M"]))
def test_level_with_infinite_half_life_is_the_cumulative_sum(values, freq):
    """An infinite half-life gives exactly the cumulative sum (NaN adding nothing)."""
    s = make_series(values, freq)
    got = indices.level(s, half_life=math.inf).values
    np.testing.assert_array_equal(got, np.cumsum(np.nan_to_num(s.values)))


def test_level_decays_by_days_for_weeks_and_months():
    """A weekly step decays by 2**(-7/h) and a monthly step by the month's days."""
    w = indices.level(make_series([8.0, 0.0], "W"), half_life=7).values
    assert w.tolist() == [8.0, 4.0]
    m = indices.level(make_series([1.0, 0.0], "M", "2023-02-01"), half_life=28).values  # February: 28 days
    assert m.tolist() == [1.0, 0.5]


def test_level_rejects_bad_arguments():
    """A non-series or a non-positive half-life is refused with a clear error."""
    with pytest.raises(FieldTypeError):
        indices.level([1.0, 2.0])
    with pytest.raises(SchemaError, match="half_life"):
        indices.level(make_series([1.0]), half_life=0)


# ---------------------------------------------------------------------- shares
@pytest.mark.parametrize("freq", ["D", "W", "M"])
@pytest.mark.parametrize("weighted", [False, True])
def test_shares_match_reference(freq, weighted):
    """conflict_share and instability equal per-period counts done event by event."""
    t = random_table(1)
    weight = "mentions" if weighted else None
    for fn, flag in ((indices.conflict_share, ref.is_conflict), (indices.instability, ref.is_unstable)):
        s = fn(t, freq=freq, weight=weight)
        want = ref.share(t.date.tolist(), t.code.tolist(), t.mentions.tolist(), freq, flag, weighted)
        keys = period_keys(s.dates, freq)
        for k, v, c in zip(keys.tolist(), s.values.tolist(), s.counts.tolist()):
            if k in want:
                assert v == pytest.approx(want[k][0]) and c == want[k][1]
            else:
                assert math.isnan(v) and c == 0


def test_instability_counts_protests_and_material_conflict_once():
    """Root 14 (protest, QuadClass 3) and QuadClass 4 both count; verbal conflict does not."""
    t = EventTable.from_arrays(date=["2023-01-02"] * 4, actor=["USA"] * 4, target=["CHN"] * 4,
                               code=["141", "190", "112", "042"], tension=[6.5, 10.0, 2.0, -1.9])
    assert indices.instability(t, freq="D").values.tolist() == [0.5]
    assert indices.conflict_share(t, freq="D").values.tolist() == [0.75]


def test_shares_respect_start_and_end():
    """start/end fix the range of periods exactly as table.series does."""
    t = random_table(2)
    s = indices.conflict_share(t, freq="M", start="2022-12-15", end="2023-02-01")
    assert s.dates.astype(str).tolist() == ["2022-12-01", "2023-01-01", "2023-02-01"]
    assert np.isnan(s.values[0]) and s.counts[0] == 0
    assert s.counts.tolist() == t.series("M", start="2022-12-15", end="2023-02-01").counts.tolist()


def test_goldstein_mean_matches_weighted_mean_and_min_count():
    """goldstein_mean is the mentions-weighted mean tension, NaN below min_count."""
    t = random_table(3, n=200)
    s = indices.goldstein_mean(t, freq="W", min_count=3)
    keys = period_keys(t.date, "W")
    for k, v, c in zip(period_keys(s.dates, "W").tolist(), s.values.tolist(), s.counts.tolist()):
        m = keys == k
        if c < 3:
            assert math.isnan(v)
        else:
            assert v == pytest.approx(np.average(t.tension[m], weights=t.mentions[m]))
    plain = indices.goldstein_mean(t, freq="W", weight=None)
    assert plain.values.tolist() == pytest.approx(t.series("W", how="mean").values.tolist(), nan_ok=True)


# ---------------------------------------------------------------------- volatility and stability
@FAST
@given(values=values_st, window=st.integers(2, 12))
def test_volatility_matches_reference(values, window):
    """volatility equals statistics.stdev over each trailing window."""
    s = make_series(values)
    need = max(2, -(-window // 2))
    got = indices.volatility(s, window=window).values
    want = ref.volatility(list(s.values), window, need)
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-9)


@FAST
@given(value=st.floats(-1e6, 1e6, allow_nan=False), n=st.integers(2, 80), window=st.integers(2, 20))
def test_constant_series_has_zero_volatility_and_no_shocks(value, n, window):
    """A constant series has volatility exactly 0, stability 100 and no shocks."""
    s = make_series([value] * n)
    vol = indices.volatility(s, window=window, min_periods=2).values
    assert np.all(vol[1:] == 0.0)
    assert np.all(indices.stability(s, window=window, min_periods=2).values[1:] == 100.0)
    assert len(indices.shocks(s, window=window, min_periods=1)) == 0
    assert len(indices.shocks(s, window=None)) == 0
    assert len(indices.changepoints(s)) == 0


def test_stability_is_bounded_and_fifty_at_the_median():
    """stability lies in [0, 100] and the median volatility scores 50."""
    s = make_series(np.random.default_rng(4).standard_cauchy(500))
    st_ = indices.stability(s, window=20).values
    vol = indices.volatility(s, window=20).values
    ok = ~np.isnan(st_)
    assert np.all((st_[ok] >= 0) & (st_[ok] <= 100))
    assert np.median(st_[ok]) == pytest.approx(50.0)
    assert np.array_equal(np.isnan(st_), np.isnan(vol))


# ---------------------------------------------------------------------- shocks
@FAST
@given(values=values_st, window=st.integers(2, 12))
def test_robust_z_matches_reference(values, window):
    """robust_z equals the median/MAD z-score computed window by window."""
    s = make_series(values)
    need = max(3, window // 2)
    z, base = indices.robust_z(s, window=window)
    wz, wb = ref.robust_z(list(s.values), window, need)
    np.testing.assert_allclose(z, wz, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(base, wb, rtol=1e-12, atol=1e-12)


def test_shocks_finds_planted_spikes_with_size_and_direction():
    """Spikes of +-12 sd in N(0, 1) noise are found with their sizes and signs."""
    rng = np.random.default_rng(11)
    y = rng.normal(0, 1, 400)
    y[[100, 250]] += [12.0, -12.0]
    found = indices.shocks(make_series(y), z=6.0, window=60)
    assert found.index.tolist() == [100, 250]
    assert found.direction.tolist() == [1, -1]
    np.testing.assert_allclose(found.size, y[[100, 250]] - found.baseline)
    assert found.dates.astype(str).tolist() == ["2020-04-10", "2020-09-07"]
    assert found.to_csv_text().count("\n") == 3


# ---------------------------------------------------------------------- changepoints
@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.one_of(st.floats(-20, 20, allow_nan=False), st.just(math.nan)), min_size=0, max_size=36),
       penalty=st.floats(0.0, 60.0), min_size=st.integers(1, 4))
def test_changepoints_is_exact(values, penalty, min_size):
    """PELT reaches the same minimal cost as optimal partitioning without pruning."""
    s = make_series(values)
    cp = indices.changepoints(s, penalty=penalty, min_size=min_size)
    n = len(values)
    if n < 2 * min_size:
        assert len(cp) == 0
        return
    want_cost, _ = ref.partition(list(s.values), penalty, min_size)
    assert cp.cost == pytest.approx(want_cost, rel=1e-7, abs=1e-7)
    assert np.all(np.diff(np.r_[0, cp.index, n]) >= min_size)


def test_changepoints_agree_with_reference_positions():
    """On a noisy step series PELT returns the reference's changepoints."""
    rng = np.random.default_rng(2)
    y = np.r_[np.zeros(30), np.full(25, 4.0), np.full(30, 1.0)] + rng.normal(0, 1, 85)
    cp = indices.changepoints(make_series(y))
    _, want = ref.partition(list(y), cp.penalty, 2)
    assert cp.index.tolist() == want
    assert len(want) == 2 and abs(want[0] - 30) <= 2 and abs(want[1] - 55) <= 2


def test_changepoints_find_true_breaks_in_95_percent_of_trials():
    """Jumps of 3 in N(0, 1) noise: exactly the true breaks, each within 2 periods, in >= 95 of 100 trials."""
    hits = 0
    for seed in range(100):
        y, breaks = step_series(seed)
        cp = indices.changepoints(make_series(y))
        hits += len(cp) == len(breaks) and bool(np.all(np.abs(cp.index - breaks) <= 2))
    assert hits >= 95


def test_shifting_a_series_shifts_its_changepoints():
    """The same values on later dates give the same positions and dates shifted by the same amount."""
    y, _ = step_series(7, n=120, k=2)
    for freq, start, later in (("D", "2020-01-01", "2021-03-05"), ("M", "2000-01-01", "2004-07-01")):
        a = indices.changepoints(make_series(y, freq, start))
        b = indices.changepoints(make_series(y, freq, later))
        assert a.index.tolist() == b.index.tolist() and len(a) == 2
        shift = period_keys(np.array([later], dtype="datetime64[D]"), freq) - period_keys(
            np.array([start], dtype="datetime64[D]"), freq)
        assert np.array_equal(period_keys(b.dates, freq), period_keys(a.dates, freq) + shift)
    padded = indices.changepoints(make_series(np.r_[np.full(10, y[0]), y]))
    assert np.array_equal(padded.index, indices.changepoints(make_series(y)).index + 10)


def test_changepoints_skip_missing_values():
    """NaN periods are left out of the segment means but keep their positions."""
    y = np.r_[np.zeros(20), np.full(20, 5.0)] + np.random.default_rng(1).normal(0, 0.5, 40)
    y[[3, 25]] = np.nan
    cp = indices.changepoints(make_series(y))
    assert cp.index.tolist() == [20]
    assert np.isfinite(cp.means).all() and cp.fitted.shape == (40,)


# ---------------------------------------------------------------------- bands
@FAST
@given(values=values_st, scale=st.floats(0.1, 100))
def test_bands_match_reference(values, scale):
    """The relation score is -9 x (tension per event) / scale, clipped to +-9, banded in steps of 3."""
    b = indices.bands(make_series(values), scale=scale)  # one event per period: the value is per event
    want = ref.relation_score(values, scale)
    np.testing.assert_allclose(b.score.values, want, rtol=1e-12, atol=1e-12)
    assert b.band.tolist() == [ref.band(x) for x in b.score.values.tolist()]
    ok = ~np.isnan(b.score.values)
    assert np.all(np.abs(b.score.values[ok]) <= 9.0)


# ---------------------------------------------------------------------- bootstrap
def test_bootstrap_is_reproducible_and_brackets_the_estimate():
    """The same seed gives the same band; a period with one event has a zero-width band."""
    t = random_table(5, n=300, days=200)
    fn = lambda x: indices.goldstein_mean(x, freq="M")  # noqa: E731
    a = indices.bootstrap(t, fn, n=60, seed=3)
    b = indices.bootstrap(t, fn, n=60, seed=3)
    assert np.array_equal(a.replicates, b.replicates)
    assert a.replicates.shape == (60, len(a.estimate))
    assert np.all(a.lower <= a.upper)
    assert np.all((a.lower <= a.estimate.values + 1.5) & (a.estimate.values - 1.5 <= a.upper))
    one = EventTable.from_arrays(date=["2023-01-01"], actor=["USA"], target=["CHN"], code=["042"], tension=[-1.9])
    c = indices.bootstrap(one, lambda x: indices.level(x.series("D")), n=20, seed=0, scheme="events")
    assert c.lower.tolist() == c.upper.tolist() == [-1.9]


def test_bootstrap_standard_error_matches_the_formula_for_a_mean():
    """For a period's mean the bootstrap standard error is close to sd / sqrt(k) (plug-in sd)."""
    rng = np.random.default_rng(9)
    codes = rng.choice(codebook.load().codes, 60)
    t = EventTable.from_arrays(date=np.datetime64("2023-03-01") + rng.integers(0, 31, 60), actor=["USA"] * 60,
                               target=["CHN"] * 60, code=codes, tension=codebook.tension_of(codes))
    b = indices.bootstrap(t, lambda x: indices.goldstein_mean(x, freq="M", weight=None), n=2000, seed=1,
                          freq="M", scheme="events")
    assert b.std_error[0] == pytest.approx(np.std(t.tension) / math.sqrt(60), rel=0.08)
    assert b.lower[0] < b.estimate.values[0] < b.upper[0]


def test_bootstrap_refuses_an_index_with_changing_periods():
    """An index whose range depends on the resample is refused with a clear error."""
    t = EventTable.from_arrays(date=["2023-01-01", "2023-01-01", "2023-01-02"], actor=["USA"] * 3,
                               target=["CHN"] * 3, code=["173", "042", "042"], tension=[5.0, -1.9, -1.9])
    with pytest.raises(SchemaError, match="same periods"):  # day 1 has no conflict in ~1/4 of resamples
        indices.bootstrap(t, lambda x: x.select(x.tension > 0).series("D"), n=50, seed=0, scheme="events")


# ---------------------------------------------------------------------- explain
def test_explain_ranks_events_by_contribution_with_evidence():
    """explain returns the period's events by |tension x weight|, with evidence and the period total."""
    t = random_table(8, n=300, days=60)
    ex = indices.explain(t, "2023-01-20", freq="W", top=4, weight="mentions")
    keys = period_keys(t.date, "W")
    k = period_keys(np.array(["2023-01-20"], dtype="datetime64[D]"), "W")[0]
    rows = [(abs(x * m), i) for i, (x, m) in enumerate(zip(t.tension, t.mentions)) if keys[i] == k]
    want = [i for _, i in sorted(rows, key=lambda r: (-r[0], r[1]))[:4]]
    assert ex.events.evidence.tolist() == [f"span {i}" for i in want]
    assert ex.total == pytest.approx(t.series("W", weight="mentions").values[period_keys(
        t.series("W").dates, "W").tolist().index(k)])
    assert ex.count == len(rows) and ex.period == np.datetime64("2023-01-16")
    assert abs(ex.share).sum() <= 1.0 + 1e-12


def test_explain_on_the_seed_article():
    """The seed's June 2023 is explained by its own evidence spans."""
    ex = indices.explain(read_jsonl(SEED_EVENTS), "2023-06-30", freq="M", top=1)
    assert ex.rows()[0]["evidence"].startswith("The US and Chinese militar")
    assert len(indices.explain(read_jsonl(SEED_EVENTS), "1999-01-01").events) == 0


# ---------------------------------------------------------------------- edges
def test_empty_input_gives_empty_results():
    """An empty table or series gives empty series and results, never an error or None."""
    t = EventTable.empty()
    for fn in (indices.conflict_share, indices.instability, indices.goldstein_mean):
        assert len(fn(t, freq="M")) == 0
    s = t.series("D")
    assert len(indices.level(s)) == len(indices.volatility(s)) == len(indices.stability(s)) == 0
    assert len(indices.shocks(s)) == len(indices.shocks(s, window=None)) == len(indices.changepoints(s)) == 0
    assert len(indices.bands(s).band) == 0 and len(indices.explain(t, "2023-01-01").events) == 0
    assert indices.bootstrap(t, lambda x: x.series("D"), n=3, seed=0).lower.shape == (0,)


def test_single_period_series():
    """One period: level is the value, no volatility, no shock, one segment."""
    s = make_series([3.0])
    assert indices.level(s).values.tolist() == [3.0]
    assert np.isnan(indices.volatility(s).values).all() and len(indices.shocks(s)) == 0
    cp = indices.changepoints(s)
    assert len(cp) == 0 and cp.means.tolist() == [3.0]
