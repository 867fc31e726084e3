"""Tests of tension.schema: every column rule, through EventTable.from_arrays."""

from __future__ import annotations

import numpy as np
import pytest

from tension import EventTable, FieldTypeError, SchemaError, UnknownCodeError
from tension.schema import COLUMNS, check_columns

GOOD = dict(
    date=["2023-06-18", "2023-06-19"], actor=["USAGOV", "CHN"], target=["CHNMIL", "USA"],
    code=["042", "112"], tension=[-1.9, 2.0],
)

# (field, bad column, error class, words the expected part must hold, what arrived as rendered)
BAD_COLUMNS = [
    ("date", ["2023-06-18", "2023-13-01"], SchemaError, "ISO date", "'2023-13-01'"),
    ("date", ["2023-06-18", "today"], SchemaError, "ISO date", "'today'"),
    ("date", ["2023-06-18", "2023-06"], SchemaError, "ISO date", "'2023-06'"),
    ("date", ["2023-06-18", None], FieldTypeError, "datetime.date", "NoneType None"),
    ("date", ["2023-06-18", 20230618], FieldTypeError, "datetime.date", "int 20230618"),
    ("date", np.array([1.5, 2.5]), FieldTypeError, "dates", "ndarray"),
    ("date", np.array(["2023-06-18", "NaT"], dtype="datetime64[D]"), SchemaError, "a date", "NaT"),
    ("precision", ["day", "week"], SchemaError, "'day', 'month', 'year'", "'week'"),
    ("precision", ["day", 1], FieldTypeError, "str", "int 1"),
    ("actor", ["USA", "usa"], SchemaError, "CAMEO-style actor code", "'usa'"),
    ("actor", ["USA", "US"], SchemaError, "3+ upper-case", "'US'"),
    ("actor", ["USA", "USA GOV"], SchemaError, "CAMEO-style actor code", "'USA GOV'"),
    ("actor", ["USA", None], FieldTypeError, "str", "NoneType None"),
    ("actor", ["USA", 5], FieldTypeError, "str", "int 5"),
    ("target", ["CHN", "chn"], SchemaError, "CAMEO-style actor code", "'chn'"),
    ("target", ["CHN", 1.5], FieldTypeError, "str", "float 1.5"),
    ("code", ["042", "999"], UnknownCodeError, "CAMEO event code", "unknown code '999'"),
    ("code", ["042", "42"], UnknownCodeError, "CAMEO event code", "unknown code '42'"),
    ("code", ["042", "04200"], UnknownCodeError, "CAMEO event code", "unknown code '04200'"),
    ("code", ["042", 42], FieldTypeError, "str", "int 42"),
    ("tension", [1.0, 10.5], SchemaError, "finite number in [-10, 10]", "10.5"),
    ("tension", [1.0, -11.0], SchemaError, "finite number in [-10, 10]", "-11.0"),
    ("tension", [1.0, float("nan")], SchemaError, "finite number", "nan"),
    ("tension", [1.0, float("inf")], SchemaError, "finite number", "inf"),
    ("tension", [1.0, "2.0"], FieldTypeError, "a number", "str '2.0'"),
    ("tension", np.array(["1.0", "2.0"]), FieldTypeError, "a number", "str '1.0'"),
    ("tension", [1.0, True], FieldTypeError, "a number", "bool True"),
    ("tension", [1.0, None], FieldTypeError, "a number", "NoneType None"),
    ("mentions", [1, 0], SchemaError, "integer >= 1", "0"),
    ("mentions", [1, 1.5], SchemaError, "whole number", "1.5"),
    ("mentions", [1, "2"], FieldTypeError, "a number", "str '2'"),
    ("mentions", [1, True], FieldTypeError, "a number", "bool True"),
    ("mentions", np.array([True, True]), FieldTypeError, "a number", "bool True"),
    ("mentions", [1, 2**70], SchemaError, "fits in 64 bits", str(2**70)),
    ("mentions", [1.0, 1e300], SchemaError, "fits in 64 bits", "1e+300"),
    ("mentions", np.array([1, 2**63], dtype=np.uint64), SchemaError, "fits in 64 bits", str(2**63)),
    ("mode", ["act", "future"], SchemaError, "one of 'act', 'plan'", "'future'"),
    ("mode", ["act", "Act"], SchemaError, "one of 'act', 'plan'", "'Act'"),
    ("mode", ["act", ""], SchemaError, "one of 'act', 'plan'", "''"),
    ("mode", ["plan", None], FieldTypeError, "str", "NoneType None"),
    ("mode", ["plan", 1], FieldTypeError, "str", "int 1"),
    ("start", [-1, 2**64], SchemaError, "fits in 64 bits", str(2**64)),
    ("evidence", ["ok", 5], FieldTypeError, "str", "int 5"),
    ("evidence", ["ok", None], FieldTypeError, "str", "NoneType None"),
    ("source", ["ok", b"bytes"], FieldTypeError, "str", "bytes b'bytes'"),
]


@pytest.mark.parametrize(("field", "values", "error", "expected", "got"), BAD_COLUMNS)
def test_from_arrays_rejects_bad_values(field, values, error, expected, got):
    """A bad value raises the right error class naming the field, what was expected and what arrived."""
    with pytest.raises(error) as info:
        EventTable.from_arrays(**{**GOOD, field: values})
    message = str(info.value)
    assert f"'{field}'" in message
    assert expected in message
    assert got in message
    assert info.value.field == field


@pytest.mark.parametrize(
    ("field", "values", "error"),
    [(f, v, e) for f, v, e, _, _ in BAD_COLUMNS if not (isinstance(v, np.ndarray) and e is FieldTypeError)],
)
def test_from_arrays_names_the_first_bad_row(field, values, error):
    """Errors found row by row name the first bad row (row 1 here; a wrongly typed array fails whole)."""
    with pytest.raises(error, match=r"\(row 1\)"):
        EventTable.from_arrays(**{**GOOD, field: values})


@pytest.mark.parametrize(
    ("start", "end", "field", "got"),
    [
        ([-1, -2], [-1, 5], "start", "-2"),
        ([-1, 3], [-1, -1], "end", "start=3, end=-1"),
        ([-1, -1], [-1, 3], "end", "start=-1, end=3"),
        ([-1, 5], [-1, 3], "end", "start=5, end=3"),
        ([-1, -1], [-1, -7], "end", "-7"),
    ],
)
def test_from_arrays_rejects_bad_offsets(start, end, field, got):
    """Offsets must be -1 together, or 0 <= start <= end; the message names the field and values."""
    with pytest.raises(SchemaError) as info:
        EventTable.from_arrays(**GOOD, start=start, end=end)
    assert info.value.field == field
    assert got in str(info.value)
    assert "row 1" in str(info.value)


def test_from_arrays_rejects_non_numeric_offsets():
    """A text offset is a FieldTypeError naming the field."""
    with pytest.raises(FieldTypeError, match="'start'.*a number.*str '1'"):
        EventTable.from_arrays(**GOOD, start=["1", "2"], end=[3, 4])


@pytest.mark.parametrize("field", [c for c in COLUMNS if c != "date"])
def test_from_arrays_rejects_length_mismatch(field):
    """A column whose length differs from date's raises a SchemaError naming it and both lengths."""
    good_row = {
        "precision": "day", "actor": "USA", "target": "CHN", "code": "042", "tension": 1.0,
        "mentions": 1, "mode": "act", "evidence": "", "source": "", "start": -1, "end": -1,
    }[field]
    kw = dict(GOOD)
    kw[field] = [good_row] * 3
    if field in ("start", "end"):
        kw["start" if field == "end" else "end"] = [-1] * 2
    with pytest.raises(SchemaError) as info:
        EventTable.from_arrays(**kw)
    assert info.value.field == field
    assert "length 2" in str(info.value) and "(3,)" in str(info.value)


@pytest.mark.parametrize("field", ["actor", "code", "evidence", "date", "precision"])
def test_from_arrays_refuses_a_single_string_for_a_column(field):
    """A bare str for a column is refused instead of being split into characters."""
    value = {"actor": "USA", "code": "042", "evidence": "ab", "date": "2023-06-18", "precision": "day"}[field]
    with pytest.raises(FieldTypeError, match=f"'{field}'.*one value per row.*str"):
        EventTable.from_arrays(**{**GOOD, field: value})


def test_from_arrays_rejects_two_dimensional_columns():
    """A 2-d column is refused with its shape."""
    with pytest.raises(SchemaError, match=r"'tension'.*1-d.*\(2, 1\)"):
        EventTable.from_arrays(**{**GOOD, "tension": [[1.0], [2.0]]})


def test_extras_must_not_shadow_core_columns_and_must_fit():
    """Extra columns are checked for name, type and length."""
    t = EventTable.from_arrays(**GOOD)
    with pytest.raises(SchemaError, match="'avg_tone'.*length 2"):
        t.with_extras(avg_tone=[1.0])
    with pytest.raises(FieldTypeError, match="'blob'"):
        t.with_extras(blob=np.array([1 + 2j, 3j]))
    with pytest.raises(SchemaError, match="not a core column"):
        EventTable.from_arrays(**GOOD).with_extras(code=["042", "042"])


def test_check_columns_returns_read_only_canonical_columns():
    """check_columns returns every column, converted, read-only, in canonical order."""
    cols = check_columns(**GOOD)
    assert list(cols) == list(COLUMNS)
    assert cols["date"].dtype == np.dtype("datetime64[D]")
    assert cols["code"].dtype == np.dtype("<U4")
    assert cols["mentions"].tolist() == [1, 1]
    assert cols["start"].tolist() == [-1, -1]
    assert all(not a.flags.writeable for a in cols.values())


def test_defaults_fill_optional_columns():
    """Missing optional columns get precision 'day', 1 mention, empty text and -1 offsets."""
    t = EventTable.from_arrays(**GOOD)
    assert t.precision.tolist() == ["day", "day"]
    assert t.mentions.tolist() == [1, 1]
    assert t.evidence.tolist() == ["", ""] and t.source.tolist() == ["", ""]
    assert t.start.tolist() == [-1, -1] and t.end.tolist() == [-1, -1]


def test_accepted_inputs_are_converted():
    """Dates as date objects, datetimes, ISO date-times and datetime64; whole floats as mentions."""
    import datetime as dt

    t = EventTable.from_arrays(
        date=[dt.date(2023, 6, 18), "2023-06-19T09:30:00"], actor=np.array(["USA", ""]), target=["", "CHN"],
        code=np.array(["0874", "20"]), tension=np.array([-10, 10], dtype=np.int8), mentions=[2.0, 3.0],
    )
    assert t.date.astype(str).tolist() == ["2023-06-18", "2023-06-19"]
    assert t.mentions.dtype == np.int64 and t.mentions.tolist() == [2, 3]
    assert t.tension.dtype == np.float64
    assert t.actor.tolist() == ["USA", ""]


@pytest.mark.parametrize(("date", "precision", "expected"), [
    ("2023-02-14", "month", "the 1st of its month"),
    ("2023-02-01", "year", "1 January"),
])
def test_coarse_precision_dates_start_their_period(date, precision, expected):
    """A month-precise date must be the 1st of its month and a year-precise one 1 January."""
    with pytest.raises(SchemaError, match=expected) as info:
        EventTable.from_arrays(date=["2023-01-01", date], actor=["USA"] * 2, target=["CHN"] * 2,
                               code=["042"] * 2, tension=[-1.9] * 2, precision=["year", precision])
    assert info.value.field == "date" and info.value.row == 1 and date in str(info.value)
