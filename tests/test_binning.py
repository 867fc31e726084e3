"""Tests of the one period-binning rule (tension.series.bin_sums and period_bins) and of its users."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tension import EventTable
from tension.exceptions import SchemaError
from tension.indices._common import bins
from tension.series import PartialSeries, aggregate, bin_sums, period_bins


@given(st.lists(st.tuples(st.integers(0, 5), st.floats(-10, 10), st.floats(0.5, 4)), max_size=30))
def test_bin_sums_match_a_loop(rows: list[tuple[int, float, float]]) -> None:
    idx = np.array([r[0] for r in rows], dtype=np.intp)
    v = np.array([r[1] for r in rows])
    w = np.array([r[2] for r in rows])
    sums, wsum, counts = bin_sums(idx, v, 6, w)
    for b in range(6):
        mine = [r for r in rows if r[0] == b]
        assert counts[b] == len(mine)
        assert sums[b] == pytest.approx(sum(x * y for _, x, y in mine), abs=1e-9)
        assert wsum[b] == pytest.approx(sum(y for _, _, y in mine))
    s0, w0, c0 = bin_sums(idx, v, 6)
    assert (w0 == c0).all() and (c0 == counts).all()


def test_users_agree() -> None:
    """aggregate, PartialSeries and the indices' bins all bin by the same rule."""
    days = np.array(["2023-01-31", "2023-03-01", "2023-03-20", "2023-05-02"], dtype="datetime64[D]")
    values = np.array([1.0, 2.0, 4.0, 8.0])
    t = EventTable.from_arrays(date=days, actor=["USA"] * 4, target=["CHN"] * 4, code=["042"] * 4, tension=values)
    idx, size, starts, inside = period_bins(days, "M", "2023-02-01", "2023-04-30")
    assert idx.tolist() == [1, 1] and size == 3 and inside is not None and inside.tolist() == [False, True, True, False]
    assert starts.astype(str).tolist() == ["2023-02-01", "2023-03-01", "2023-04-01"]
    assert [a.tolist() if isinstance(a, np.ndarray) else a for a in bins(t, "M", "2023-02-01", "2023-04-30")] == [
        a.tolist() if isinstance(a, np.ndarray) else a for a in (idx, size, starts, inside)]
    got, counts = aggregate(idx, values[inside], size, "sum")
    assert got.tolist() == [0.0, 6.0, 0.0] and counts.tolist() == [0, 2, 0]
    partial = PartialSeries.from_arrays(days, values, "M").to_series("sum", "2023-02-01", "2023-04-30")
    assert partial.values.tolist() == got.tolist()
    with pytest.raises(SchemaError, match="end"):
        period_bins(days, "M", "2023-04-01", "2023-02-01")
