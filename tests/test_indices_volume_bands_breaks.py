"""Tests of the research-grade index defaults: volume normalisation, absolute bands, mBIC, day bootstrap."""

from __future__ import annotations

import math

import numpy as np
import pytest
import reference_indices as ref
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.eval_bootstrap import simulate
from tension import EventTable, SchemaError, Series, indices
from tension.indices._synth import ar1_step_series, step_series
from tension.indices.breaks import noise_scale

MONTHS = np.arange("2023-01", "2023-07", dtype="datetime64[M]").astype("datetime64[D]")


def monthly(values, counts, how="sum") -> Series:
    """A monthly series from January 2023."""
    return Series(dates=MONTHS[: len(values)], values=values, counts=counts, freq="M", how=how)


def constant_flow(per_event: float, events_per_month) -> Series:
    """Every event has tension ``per_event``; the months differ only in volume."""
    c = np.asarray(events_per_month)
    return monthly(per_event * c.astype(float), c)


# ---------------------------------------------------------------------- volume
def test_per_event_normalisation_does_not_grow_with_volume():
    """Ten or a thousand times the events with the same tone give the same tension per event."""
    s = constant_flow(1.5, [10, 100, 1000, 0])
    assert indices.normalize(s).values[:3].tolist() == [1.5, 1.5, 1.5]
    assert math.isnan(indices.normalize(s).values[3])
    assert indices.normalize(s).how == "sum_per_event"
    assert indices.normalize(s, min_count=50).values[:3].tolist()[0] != indices.normalize(s).values[0]


def test_coverage_normalisation_divides_by_all_events_of_the_period():
    """Share of coverage: the dyad's sum (or count) over all events of the same periods, from a Series or counts."""
    dyad = monthly([4.0, 40.0], [2, 20])
    world = Series(dates=MONTHS[:4], values=np.zeros(4), counts=[100, 1000, 7, 7], freq="M")
    assert indices.normalize(dyad, "coverage", total=world).values.tolist() == [0.04, 0.04]
    counts = monthly([2.0, 20.0], [2, 20], how="count")
    assert indices.normalize(counts, "coverage", total=[100, 1000]).values.tolist() == [0.02, 0.02]
    with pytest.raises(SchemaError, match="total"):
        indices.normalize(dyad, "coverage")
    with pytest.raises(SchemaError, match="total"):
        indices.normalize(dyad, "coverage", total=Series(dates=MONTHS[1:3], values=[0, 0], counts=[1, 1], freq="M"))
    with pytest.raises(SchemaError, match="how"):
        indices.normalize(indices.level(dyad))


# ---------------------------------------------------------------------- bands
def test_weak_and_strong_constant_flows_land_in_different_bands():
    """A constant +0.1 per event and a constant +5 per event are different bands, whatever the volume."""
    weak = indices.bands(constant_flow(0.1, [3, 30, 300]))
    strong = indices.bands(constant_flow(5.0, [3, 30, 300]))
    assert set(weak.band.tolist()) == {"discord"}
    assert set(strong.band.tolist()) == {"tension"}
    war = indices.bands(constant_flow(9.5, [1, 50, 5]))
    warm = indices.bands(constant_flow(-4.0, [8, 8, 8]))
    assert set(war.band.tolist()) == {"confrontation"} and set(warm.band.tolist()) == {"good"}


def test_bands_read_sum_and_mean_series_alike_and_refuse_a_level():
    """Sums are divided by counts; a mean series is used as it is; a level has no per-event reading."""
    s = monthly([10.0, -3.0, 0.0], [5, 1, 0])
    m = monthly([2.0, -3.0, np.nan], [5, 1, 0], how="mean")
    a, b = indices.bands(s), indices.bands(m)
    np.testing.assert_array_equal(a.score.values, b.score.values)
    assert a.band.tolist() == ["discord", "ordinary", ""]
    with pytest.raises(SchemaError, match="how"):
        indices.bands(indices.level(s))


def test_bands_with_memory_keep_the_tone_of_recent_events():
    """With a half-life, an empty month takes the decayed mean of earlier events instead of no score."""
    s = monthly([10.0, 0.0, -2.0], [2, 0, 2])
    b = indices.bands(s, half_life=30)
    assert np.isfinite(b.score.values).all()
    assert b.per_event.values[1] == pytest.approx(5.0)


# ---------------------------------------------------------------------- changepoints
@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.floats(-20, 20, allow_nan=False), min_size=8, max_size=30), min_size=st.integers(1, 3))
def test_default_mbic_is_exact(values, min_size):
    """With the mBIC's log segment lengths, PELT reaches the optimal-partitioning cost."""
    n = len(values)
    s = Series(dates=np.datetime64("2020-01-01") + np.arange(n), values=values, counts=np.ones(n, int), freq="D")
    cp = indices.changepoints(s, min_size=min_size)
    sigma, phi = noise_scale(np.asarray(values))
    if sigma == 0.0:
        assert len(cp) == 0
        return
    w = sigma * sigma * (1 + phi) / (1 - phi)
    want, _ = ref.partition(list(s.values - np.median(s.values)), cp.penalty, min_size, seglog=w)
    assert cp.cost == pytest.approx(want, rel=1e-7, abs=1e-6)
    assert cp.criterion == "mbic" and cp.penalty == pytest.approx(3 * w * math.log(n))


def test_noise_scale_recovers_ar1_parameters_despite_breaks():
    """sigma and phi come from the differences, so level shifts barely move them."""
    y, _ = ar1_step_series(3, n=4000, k=6, gap=200, phi=0.6)
    sigma, phi = noise_scale(y)
    assert sigma == pytest.approx(1.0, abs=0.1) and phi == pytest.approx(0.6, abs=0.08)


def _spurious(cp_index: np.ndarray, breaks: np.ndarray) -> int:
    return int(sum(not (len(breaks) and np.min(np.abs(breaks - c)) <= 2) for c in cp_index))


def test_default_changepoints_are_robust_to_ar1_noise():
    """On seeded AR(1) series (phi 0.5) with two known breaks: at most one spurious break on average.

    The former default (marginal noise from differences, no autocorrelation correction) adds
    several per series on the same data.
    """
    spurious = former = 0
    trials = 40
    for seed in range(trials):
        y, b = ar1_step_series(seed, n=200, k=2, gap=25, phi=0.5)
        s = Series(dates=np.datetime64("2000-01-01") + np.arange(200), values=y, counts=np.ones(200, int), freq="D")
        spurious += _spurious(indices.changepoints(s).index, b)
        d = np.diff(y)
        old_sigma = 1.4826 * np.median(np.abs(d - np.median(d))) / math.sqrt(2)
        former += _spurious(indices.changepoints(s, penalty=3 * old_sigma**2 * math.log(200)).index, b)
    assert spurious / trials <= 1.0
    assert former / trials > 2.0


def test_independent_noise_keeps_its_accuracy():
    """With independent noise the autocorrelation estimate is near 0 and the true breaks are found."""
    hits = 0
    for seed in range(30):
        y, b = step_series(seed)
        s = Series(dates=np.datetime64("2000-01-01") + np.arange(300), values=y, counts=np.ones(300, int), freq="D")
        cp = indices.changepoints(s)
        hits += len(cp) == len(b) and bool(np.all(np.abs(cp.index - b) <= 2))
        assert cp.phi < 0.35
    assert hits >= 28


# ---------------------------------------------------------------------- bootstrap
def _coverage(tables: int, reps: int, scheme: str) -> float:
    hits = total = 0
    for seed in range(tables):
        t, mu = simulate(seed)
        b = indices.bootstrap(t, lambda x: x.series("M", how="mean", start="2023-01-01", end="2023-06-01"),
                              n=reps, seed=seed, confidence=0.9, scheme=scheme, freq="M")
        hits += int(((b.lower <= mu) & (mu <= b.upper)).sum())
        total += mu.shape[0]
    return hits / total


def test_day_bootstrap_covers_the_truth_near_its_nominal_rate():
    """Seeded tables with duplicated stories and day shocks: 90% day bands cover about 90%; event bands far less."""
    days = _coverage(25, 150, "days")
    events = _coverage(10, 100, "events")
    assert 0.80 <= days <= 0.98
    assert events < 0.75


def test_day_bootstrap_moves_whole_days_and_varies_counts():
    """A replicate repeats or drops all events of a day together, so its counts vary."""
    t = EventTable.from_arrays(date=["2023-01-01"] * 3 + ["2023-01-02"] * 2, actor=["USA"] * 5, target=["CHN"] * 5,
                               code=["042"] * 3 + ["173"] * 2, tension=[-1.9] * 3 + [5.0] * 2)
    b = indices.bootstrap(t, lambda x: x.series("D", how="count", start="2023-01-01", end="2023-01-02"), n=200, seed=0)
    assert set(np.unique(b.replicates[:, 0] % 3).tolist()) == {0.0}
    assert set(np.unique(b.replicates[:, 1] % 2).tolist()) == {0.0}
    assert b.replicates[:, 0].std() > 0
    with pytest.raises(SchemaError, match="scheme"):
        indices.bootstrap(t, lambda x: x.series("D"), scheme="weeks")


def test_cli_index_default_does_not_grow_with_volume(tmp_path):
    """`tension index` reads tension per event by default: duplicating every event changes nothing; --how sum doubles."""
    import io

    from tension import concat, read_jsonl
    from tension.cli import main

    t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
    once, twice = tmp_path / "once.jsonl", tmp_path / "twice.jsonl"
    t.to_jsonl(once)
    concat([t, t]).to_jsonl(twice)

    def run(*argv: str) -> str:
        out = io.StringIO()
        assert main(list(argv), out=out) == 0
        return out.getvalue()

    def values(text: str) -> list[tuple[str, str]]:
        return [tuple(line.split()[:2]) for line in text.splitlines()]  # period and value, not the count

    for kind in ("level", "bands"):
        a = run("index", str(once), "--kind", kind, "--freq", "M")
        b = run("index", str(twice), "--kind", kind, "--freq", "M")
        assert values(a) == values(b)
    s1 = run("index", str(once), "--kind", "level", "--freq", "M", "--how", "sum")
    s2 = run("index", str(twice), "--kind", "level", "--freq", "M", "--how", "sum")
    assert values(s1) != values(s2)


def test_conflict_share_follows_the_quad_convention():
    """With the ICEWS grouping an investigation (root 09) is conflict; with GDELT's it is not."""
    t = EventTable.from_arrays(date=["2023-06-18"] * 2, actor=["USA"] * 2, target=["CHN"] * 2,
                               code=["091", "042"], tension=[2.0, -1.9])
    assert indices.conflict_share(t, freq="D").values.tolist() == [0.0]
    assert indices.conflict_share(t, freq="D", convention="icews").values.tolist() == [0.5]
    with pytest.raises(SchemaError, match="convention"):
        indices.conflict_share(t, convention="cameo")
