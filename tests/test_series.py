"""Tests of tension.series: period keys, aggregation and Series, cross-checked against pandas."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
import reference

from tension import EventTable, FieldTypeError, SchemaError, Series, codebook
from tension.series import aggregate, aggregate_table, period_keys, period_starts

pd = pytest.importorskip("pandas")

PANDAS_FREQ = {"D": dict(rule="D"), "W": dict(rule="W-MON", closed="left", label="left"), "M": dict(rule="MS")}


@pytest.fixture(scope="module")
def big_table() -> EventTable:
    """100k random events over about three years, with random codes and mentions."""
    rng = np.random.default_rng(7)
    n = 100_000
    cb = codebook.load()
    ci = rng.integers(0, len(cb), n)
    return EventTable.from_arrays(
        date=np.datetime64("2021-03-17") + rng.integers(0, 1100, n),
        actor=np.array(["USA", "CHNGOV", "RUS", ""])[rng.integers(0, 4, n)],
        target=np.array(["CHN", "USAMIL", "TWN"])[rng.integers(0, 3, n)],
        code=cb.codes[ci], tension=cb.tension[ci] * rng.uniform(0.2, 1.0, n), mentions=rng.integers(1, 50, n),
    )


def pandas_series(table: EventTable, freq: str, how: str, weight: str | None):
    """The same series computed with a pandas resample."""
    w = table.mentions.astype(float) if weight == "mentions" else np.ones(len(table))
    df = pd.DataFrame({"date": table.date.astype("datetime64[ns]"), "x": table.tension * w, "w": w, "n": 1})
    r = df.resample(on="date", **PANDAS_FREQ[freq])
    sums = r[["x", "w", "n"]].sum()
    if how == "sum":
        values = sums["x"]
    elif how == "count":
        values = sums["w"]
    else:
        values = sums["x"] / sums["w"].where(sums["w"] > 0)
    return sums.index, values.to_numpy(), sums["n"].to_numpy()


@pytest.mark.parametrize("weight", [None, "mentions"])
@pytest.mark.parametrize("how", ["sum", "mean", "count"])
@pytest.mark.parametrize("freq", ["D", "W", "M"])
def test_series_equals_pandas_resample(big_table, freq, how, weight):
    """Every freq x how x weight equals a pandas resample of the same 100k events (empty periods too)."""
    s = big_table.series(freq, how=how, weight=weight)
    index, values, counts = pandas_series(big_table, freq, how, weight)
    np.testing.assert_array_equal(s.dates, index.to_numpy().astype("datetime64[D]"))
    np.testing.assert_allclose(s.values, values, rtol=1e-10, atol=1e-9, equal_nan=True)
    np.testing.assert_array_equal(s.counts, counts)
    assert s.freq == freq and s.how == how


def test_series_has_empty_periods(big_table):
    """A sparse selection has empty periods: 0 for sums and counts, NaN for means."""
    sparse = big_table.select(np.arange(0, len(big_table), 5000))
    for how, empty in (("sum", 0.0), ("count", 0.0)):
        s = sparse.series("D", how=how)
        assert (s.values[s.counts == 0] == empty).all()
    m = sparse.series("D", how="mean")
    assert np.isnan(m.values[m.counts == 0]).all() and (m.counts == 0).sum() > 900
    assert not np.isnan(m.values[m.counts > 0]).any()


def test_weeks_start_on_monday_and_months_on_the_first(tiny_table):
    """Weekly periods start on Mondays and monthly periods on the 1st."""
    t = EventTable.from_arrays(date=["2023-06-18", "2023-06-19", "2024-02-29", "2023-01-01"], actor=["USA"] * 4,
                               target=["CHN"] * 4, code=["042"] * 4, tension=[1.0, 2.0, 3.0, 4.0])
    w = t.series("W")
    assert all(d.weekday() == 0 for d in w.dates.astype(dt.date).tolist())
    assert w.dates[0] == np.datetime64("2022-12-26") and w.values[0] == 4.0
    assert w.values[w.dates == np.datetime64("2023-06-12")].tolist() == [1.0]
    assert w.values[w.dates == np.datetime64("2023-06-19")].tolist() == [2.0]
    m = t.series("M")
    assert all(d.day == 1 for d in m.dates.astype(dt.date).tolist())
    assert len(m) == 14 and m.values[-1] == 3.0


@pytest.mark.parametrize("freq", ["D", "W", "M"])
def test_start_and_end_set_the_range(small_table, freq):
    """start/end fix the periods returned; events outside them are left out."""
    s = small_table.series(freq, start="2022-06-01", end="2024-01-01")
    ref = reference.series(small_table.date.astype(dt.date).tolist(), small_table.tension.tolist(),
                           small_table.mentions.tolist(), freq, "sum", None, dt.date(2022, 6, 1), dt.date(2024, 1, 1))
    assert s.dates.astype(dt.date).tolist() == ref[0]
    assert s.values.tolist() == pytest.approx(ref[1])
    inner = small_table.series(freq, start="2023-06-19", end="2023-06-19")
    assert len(inner) == 1 and inner.dates[0] == period_starts(period_keys(np.array(["2023-06-19"], "datetime64[D]"), freq), freq)[0]
    assert inner.counts.sum() == {"D": 2, "W": 3, "M": 5}[freq]  # whole periods holding start and end


def test_end_before_start_is_refused(small_table):
    """An end before start is a SchemaError naming end."""
    with pytest.raises(SchemaError, match="'end'"):
        small_table.series("D", start="2023-06-18", end="2023-06-01")


def test_empty_tables_give_empty_or_zero_series():
    """An empty table gives an empty series, or zeros (NaN for means) over an explicit range."""
    e = EventTable.empty()
    for how in ("sum", "mean", "count"):
        s = e.series("D", how=how)
        assert len(s) == 0 and s.values.dtype == np.float64 and s.counts.dtype == np.int64
    z = e.series("W", start="2023-06-01", end="2023-06-30")
    assert len(z) == 5 and z.values.tolist() == [0.0] * 5 and z.counts.tolist() == [0] * 5
    assert np.isnan(e.series("M", how="mean", start="2023-01-01", end="2023-03-01").values).all()
    for bound in (dict(start="2023-06-01"), dict(start="1900-01-01"), dict(end="2023-01-01"), dict(end="1901-01-01")):
        assert len(e.series("D", **bound)) == 0, bound


def test_open_range_without_events_in_it_is_empty(tiny_table):
    """With one bound given and no event inside it, the series is empty (not filled from 1970)."""
    assert len(tiny_table.series("D", start="2024-01-01")) == 0
    assert len(tiny_table.series("D", end="2020-01-01")) == 0
    assert len(tiny_table.series("M", end="1960-01-01")) == 0
    early = tiny_table.series("D", start="1960-01-01", end="1960-01-03")
    assert len(early) == 3 and early.counts.sum() == 0


def test_bad_arguments_are_refused(tiny_table):
    """Unknown freq, how or weight raise a SchemaError naming the argument and the choices."""
    for kw, field in ((dict(freq="Y"), "freq"), (dict(how="median"), "how"), (dict(weight="tone"), "weight")):
        with pytest.raises(SchemaError, match=f"'{field}'.*one of"):
            tiny_table.series(**kw)
    with pytest.raises(SchemaError, match="'start'"):
        tiny_table.series(start="soon")


def test_period_keys_round_trip():
    """period_starts inverts period_keys on period starts, across centuries and before 1970."""
    days = np.arange(np.datetime64("1890-01-01"), np.datetime64("2110-01-01"), 13)
    for freq in ("D", "W", "M"):
        starts = period_starts(period_keys(days, freq), freq)
        assert (starts <= days).all()
        assert (period_keys(starts, freq) == period_keys(days, freq)).all()
    assert period_keys(np.array(["1969-12-29", "1970-01-04", "1970-01-05"], "datetime64[D]"), "W").tolist() == [0, 0, 1]


def test_aggregate_reduces_per_bin():
    """aggregate sums, averages and counts per bin, weighted or not, keeping empty bins."""
    idx, v, w = np.array([0, 0, 2]), np.array([1.0, 3.0, 5.0]), np.array([1.0, 3.0, 2.0])
    assert aggregate(idx, v, 4, "sum")[0].tolist() == [4.0, 0.0, 5.0, 0.0]
    assert aggregate(idx, v, 4, "sum", w)[0].tolist() == [10.0, 0.0, 10.0, 0.0]
    mean = aggregate(idx, v, 4, "mean", w)[0]
    assert mean[0] == 2.5 and mean[2] == 5.0 and math.isnan(mean[1])
    assert aggregate(idx, v, 4, "count", w)[0].tolist() == [4.0, 0.0, 2.0, 0.0]
    assert aggregate(idx, v, 4, "count")[1].tolist() == [2, 0, 1, 0]
    assert aggregate(np.zeros(0, int), np.zeros(0), 0, "mean")[0].tolist() == []


def test_aggregate_table_is_what_series_calls(small_table):
    """EventTable.series is aggregate_table."""
    assert small_table.series("W", how="mean", weight="mentions") == aggregate_table(small_table, freq="W", how="mean", weight="mentions")


def test_series_validates_its_fields():
    """Series refuses irregular dates, mismatched lengths, an unknown freq and a non-str how."""
    d = np.array(["2023-06-01", "2023-07-01"], dtype="datetime64[D]")
    with pytest.raises(SchemaError, match="'dates'.*consecutive"):
        Series(dates=np.array(["2023-06-01", "2023-08-01"], "datetime64[D]"), values=[1, 2], counts=[1, 1], freq="M")
    with pytest.raises(SchemaError, match="'dates'"):
        Series(dates=np.array(["2023-06-02", "2023-07-02"], "datetime64[D]"), values=[1, 2], counts=[1, 1], freq="M")
    with pytest.raises(SchemaError, match="'counts'.*length 2"):
        Series(dates=d, values=[1, 2], counts=[1], freq="M")
    with pytest.raises(SchemaError, match="'freq'"):
        Series(dates=d, values=[1, 2], counts=[1, 1], freq="Q")
    with pytest.raises(FieldTypeError, match="'how'"):
        Series(dates=d, values=[1, 2], counts=[1, 1], freq="M", how=3)  # type: ignore[arg-type]


def test_series_outputs(tmp_path, tiny_table):
    """to_pandas, to_csv and with_values keep periods, values and counts."""
    s = tiny_table.series("D")
    df = s.to_pandas()
    assert df.index.name == "period" and df["value"].tolist() == [-1.9, 2.0] and df["count"].tolist() == [1, 1]
    s.to_csv(tmp_path / "s.csv")
    assert (tmp_path / "s.csv").read_text(encoding="utf-8") == "period,value,count\n2023-06-18,-1.9,1\n2023-06-19,2.0,1\n"
    z = s.with_values(np.array([0.5, 0.25]), "index")
    assert z.how == "index" and z.values.tolist() == [0.5, 0.25] and z.counts.tolist() == [1, 1]
    assert s == tiny_table.series("D") and s != z and not s.values.flags.writeable
