"""Property tests: every storage format round-trips hypothesis-generated tables losslessly."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from strategies import tables

from tension import EventTable, read_csv, read_jsonl, read_parquet

pd = pytest.importorskip("pandas")


def _same(a: EventTable, b: EventTable) -> None:
    assert b == a
    for name, col in a.columns.items():
        assert b.columns[name].dtype.kind == col.dtype.kind, name
    assert list(b.extras) == list(a.extras)


def _roundtrip_file(t: EventTable, suffix: str, write, read) -> EventTable:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"events{suffix}"
        write(t, path)
        return read(path)


@given(tables())
def test_jsonl_round_trip(t):
    """to_jsonl then read_jsonl gives the same table (an empty table loses only its extras)."""
    back = _roundtrip_file(t, ".jsonl", EventTable.to_jsonl, read_jsonl)
    _same(t if len(t) else EventTable.empty(), back)


@given(tables())
def test_csv_round_trip(t):
    """to_csv then read_csv gives the same table: codes keep leading zeros, text keeps quotes and newlines."""
    back = _roundtrip_file(t, ".csv", EventTable.to_csv, read_csv)
    if len(t):
        _same(t, back)
    else:
        assert len(back) == 0 and list(back.extras) == list(t.extras)


@given(tables())
def test_parquet_round_trip(t):
    """to_parquet then read_parquet gives the same table, extras and their types included."""
    back = _roundtrip_file(t, ".parquet", EventTable.to_parquet, read_parquet)
    _same(t, back)
    for name, col in t.extras.items():
        assert back.extras[name].dtype == col.dtype


@given(tables())
def test_arrow_round_trip(t):
    """to_arrow then from_arrow gives the same table."""
    back = EventTable.from_arrow(t.to_arrow())
    _same(t, back)
    for name, col in t.extras.items():
        assert back.extras[name].dtype == col.dtype


@given(tables())
def test_pandas_round_trip(t):
    """to_pandas then from_pandas gives the same table."""
    df = t.to_pandas()
    assert list(df.columns) == [*t.columns, *t.extras]
    back = EventTable.from_pandas(df)
    _same(t, back)


@given(tables(max_size=6))
def test_pandas_categorical_codes_are_accepted(t):
    """from_pandas accepts categorical actor, target and code columns."""
    df = t.to_pandas()
    for name in ("actor", "target", "code"):
        df[name] = df[name].astype("category")
    assert EventTable.from_pandas(df) == t
    assert np.array_equal(EventTable.from_pandas(df).code, t.code)
