"""Tests of :mod:`tension.io._tsv`, the strict TSV engine shared by the GDELT and ICEWS readers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tension import SchemaError
from tension.io import _arrow, _sources, _tsv


def reference_yyyymmdd(v: int) -> dt.date | None:
    """Slow reference: the calendar date of an integer YYYYMMDD, or None."""
    text = str(v)
    if len(text) != 8 or v < 10_000_000:
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.integers(10_000_000, 99_991_231), st.integers(-5, 10**9),
                          st.dates().map(lambda d: d.year * 10000 + d.month * 100 + d.day)), max_size=50))
def test_yyyymmdd_agrees_with_datetime(values):
    """Vectorized YYYYMMDD conversion agrees with datetime.date on valid and invalid dates."""
    days, ok = _tsv.yyyymmdd_to_days(np.array(values, dtype=np.int64))
    want = [reference_yyyymmdd(v) for v in values]
    assert ok.tolist() == [w is not None and w.year >= 1000 for w in want]
    assert [d for d, k in zip(days.astype(object).tolist(), ok) if k] == [w for w in want if w and w.year >= 1000]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["", "USA", "CHNGOV", "usa", "US", "IGOUNO", "X1Y"]), max_size=30))
def test_actor_check_agrees_with_the_rule(values):
    """The distinct-value actor check flags exactly the codes that are not '' or 3+ of [A-Z0-9]."""
    bad = _tsv.KINDS["actor"].check(pa.chunked_array([pa.array(values, pa.string())]))
    want = [not (v == "" or (len(v) >= 3 and all(c.isupper() or c.isdigit() for c in v))) for v in values]
    assert bad.tolist() == want


def test_to_fixed_str_keeps_values_and_order():
    """Arrow strings become a fixed-width numpy array with the same values in the same order."""
    col = pa.chunked_array([["042", "0874"], ["", "042"]])
    out = _arrow.to_fixed_str(col)
    assert out.dtype.kind == "U" and out.tolist() == ["042", "0874", "", "042"]


def test_check_errors():
    """errors= accepts only raise/warn (dyads: test_values.py)."""
    assert _tsv.check_errors("warn") == "warn"
    with pytest.raises(SchemaError):
        _tsv.check_errors("ignore")


def test_resolve_paths_keeps_order_and_sorts_globs(tmp_path):
    """Paths keep the order given; a glob expands sorted; a missing path is an error."""
    for name in ("b.CSV", "a.CSV"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in _sources.resolve_paths([tmp_path / "b.CSV", tmp_path / "a.CSV"])] == ["b.CSV", "a.CSV"]
    assert [p.name for p in _sources.resolve_paths(str(tmp_path / "*.CSV"))] == ["a.CSV", "b.CSV"]
    with pytest.raises(FileNotFoundError):
        _sources.resolve_paths(tmp_path / "c.CSV")


@given(st.lists(st.lists(st.sampled_from(["", "USA", "CHNGOV", "042", "é"]), max_size=8), min_size=1, max_size=4))
def test_dictionary_parts_agree_with_the_values(chunks):
    """Distinct values and row positions rebuild the column, from plain and dictionary chunks alike."""
    import pyarrow.compute as pc

    flat = [v for c in chunks for v in c]
    col = pa.chunked_array([pa.array(c, pa.string()) for c in chunks], type=pa.string())
    for c in (col, pc.dictionary_encode(col)):
        values, index = _arrow.dictionary_parts(c)
        assert values[index].tolist() == flat and values.dtype.kind == "U"


def test_dyad_filter_on_dictionary_columns():
    """The dyad filter keeps the same rows whether the code columns are plain or dictionary encoded."""
    import pyarrow.compute as pc

    t = pa.table({"actor": ["USAGOV", "CHN", "", "USA", "RUS"], "target": ["CHNMIL", "USA", "CHN", "", "CHN"]})
    d = pa.table({k: pc.dictionary_encode(t.column(k)) for k in t.column_names})
    want = _arrow.dyad_filter(t, ("USA", "CHN"))
    assert want.column("actor").to_pylist() == ["USAGOV", "CHN"]
    assert _arrow.dyad_filter(d, ("USA", "CHN")).cast(t.schema) == want
