"""Tests of tension.io.tables: storage round trips and clear errors for damaged files."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tension import EventTable, FieldTypeError, ParseError, SchemaError, read_csv, read_jsonl, read_parquet
from tension.io.convert import from_arrow, from_pandas, to_arrow

HEADER = "date,precision,actor,target,code,tension,mentions,evidence,source,start,end\n"
ROW = "2023-06-18,day,USA,CHN,042,-1.9,1,,,-1,-1\n"
JROW = '{"date": "2023-06-18", "actor": "USA", "target": "CHN", "code": "042", "tension": -1.9}\n'


def _write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _parse_error(reader, path, line, column):
    with pytest.raises(ParseError) as info:
        reader(path)
    e = info.value
    assert e.path == str(path) and str(path) in str(e)
    assert e.line == line and (line is None or f"line {line}" in str(e))
    assert e.column == column and (column is None or f"column '{column}'" in str(e))
    return e


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_file_round_trips_keep_everything(tmp_path, small_table, fmt):
    """Writing and reading each file format gives back an equal table, extras included."""
    t = small_table.with_extras(avg_tone=np.linspace(-5, 5, 8), quad_class=np.arange(8), note=["x"] * 8)
    path = tmp_path / f"t.{fmt}"
    getattr(t, f"to_{fmt}")(path)
    back = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}[fmt](path)
    assert back == t
    assert back.code.tolist()[5] == "0874" and back.evidence.tolist()[1] == 'He said, "no"'
    assert back.extras["quad_class"].dtype.kind == "i" and back.extras["avg_tone"].dtype.kind == "f"


def test_seed_events_file_reads(seed_events_path):
    """The hand-coded seed events file reads into a US–China table."""
    t = read_jsonl(seed_events_path)
    assert len(t) > 0 and len(t.dyad("USA", "CHN")) == len(t)
    assert str(t.source[0]) == "000_65d63fafd7e7c7d7"


def test_arrow_and_pandas_types(small_table):
    """Arrow gets date32, strings and int64; pandas gets datetimes and string columns."""
    import pyarrow as pa

    a = to_arrow(small_table)
    assert a.schema.field("date").type == pa.date32() and a.schema.field("code").type == pa.string()
    assert a.schema.field("mentions").type == pa.int64()
    df = small_table.to_pandas()
    assert str(df["date"].dtype).startswith("datetime64") and df["code"].tolist()[5] == "0874"


def test_from_arrow_and_pandas_refuse_bad_input(small_table):
    """Wrong types, missing columns and missing values are named."""
    import pyarrow as pa

    with pytest.raises(FieldTypeError, match="'table'"):
        from_arrow({"date": []})  # type: ignore[arg-type]
    with pytest.raises(SchemaError, match="missing.*'tension'"):
        from_arrow(to_arrow(small_table).drop(["tension"]))
    with_null = to_arrow(small_table).set_column(5, "tension", pa.array([None] + [1.0] * 7, pa.float64()))
    with pytest.raises(SchemaError, match="'tension' \\(row 0\\)"):
        from_arrow(with_null)
    with pytest.raises(FieldTypeError, match="'df'"):
        from_pandas([1])  # type: ignore[arg-type]
    df = small_table.to_pandas()
    df.loc[2, "actor"] = None
    with pytest.raises(SchemaError, match="'actor'.*missing"):
        from_pandas(df)


# ---------------------------------------------------------------------- damaged CSV
def test_read_csv_non_utf8(tmp_path):
    """Bytes that are not UTF-8 name the file and line."""
    path = _write(tmp_path, "e.csv", (HEADER + ROW + ROW).encode() + b"2023-06-18,day,USA,CHN,042,-1.9,1,caf\xe9,,-1,-1\n")
    e = _parse_error(read_csv, path, 4, None)
    assert "UTF-8" in str(e)


def test_read_csv_wrong_field_count(tmp_path):
    """A row with too few fields names its line and both counts."""
    path = _write(tmp_path, "e.csv", HEADER + ROW + "2023-06-18,day,USA,CHN,042,-1.9,1,,,-1\n")
    e = _parse_error(read_csv, path, 3, None)
    assert "expected 11 fields, got 10" in str(e)


@pytest.mark.parametrize(
    ("old", "new", "column", "words"),
    [
        ("042", "999", "code", "unknown code '999'"),
        ("042", "42", "code", "unknown code '42'"),
        ("042", "", "code", "unknown code ''"),
        ("2023-06-18", "2023-02-30", "date", "ISO date"),
        ("-1.9", "abc", "tension", "a number"),
        ("-1.9", "11", "tension", "[-10, 10]"),
        ("-1.9", "", "tension", "a value in every row"),
        (",1,", ",1.5,", "mentions", "whole number"),
        ("USA", "usa", "actor", "actor code"),
        (",day,", ",week,", "precision", "'day', 'month', 'year'"),
    ],
)
def test_read_csv_bad_value_names_line_and_column(tmp_path, old, new, column, words):
    """A bad value on line 4 is a ParseError naming the file, line 4 and its column."""
    path = _write(tmp_path, "e.csv", HEADER + ROW + ROW + ROW.replace(old, new, 1) + ROW)
    e = _parse_error(read_csv, path, 4, column)
    assert words in str(e)


def test_read_csv_counts_quoted_newlines_and_blank_lines(tmp_path):
    """Line numbers are physical lines: quoted newlines and blank lines count."""
    quoted = '2023-06-18,day,USA,CHN,042,-1.9,1,"two\nlines, and a ""quote""",,-1,-1\n'
    path = _write(tmp_path, "e.csv", HEADER + quoted + "\n" + ROW.replace("042", "999"))
    _parse_error(read_csv, path, 5, "code")


def test_read_csv_empty_file_and_header_only(tmp_path):
    """An empty file is zero rows; a header alone is an empty table; a missing column is named."""
    assert read_csv(_write(tmp_path, "e.csv", "")) == EventTable.empty()
    assert len(read_csv(_write(tmp_path, "h.csv", HEADER))) == 0
    _parse_error(read_csv, _write(tmp_path, "m.csv", "date,actor,target,code\n2023-06-18,USA,CHN,042\n"), 1, "tension")


def test_read_csv_keeps_codes_as_text(tmp_path):
    """Codes with leading zeros and numeric-looking actors stay strings."""
    path = _write(tmp_path, "e.csv", "date,actor,target,code,tension\n2023-06-18,USA,CHN,0874,-10\n2023-06-18,123,CHN,010,0\n")
    t = read_csv(path)
    assert t.code.tolist() == ["0874", "010"] and t.actor.tolist() == ["USA", "123"]
    assert t.mentions.tolist() == [1, 1]


# ---------------------------------------------------------------------- damaged JSON Lines
def test_read_jsonl_non_utf8(tmp_path):
    """Bytes that are not UTF-8 name the file and line."""
    path = _write(tmp_path, "e.jsonl", (JROW + JROW).encode() + JROW.replace("USA", "U\udcffSA").encode("utf-8", "surrogateescape"))
    e = _parse_error(read_jsonl, path, 3, None)
    assert "UTF-8" in str(e)


@pytest.mark.parametrize(
    ("bad", "column", "words"),
    [
        ('{"date": "2023-06-18", "actor": \n', None, "JSON object"),
        ("[1, 2]\n", None, "JSON object"),
        (JROW.replace(', "tension": -1.9', ""), "tension", "expected the fields"),
        (JROW.replace("}", ', "x": 1}'), "x", "expected the fields"),
        (JROW.replace('"042"', '"999"'), "code", "unknown code '999'"),
        (JROW.replace('"042"', "42"), "code", "JSON string"),
        (JROW.replace("-1.9", '"x"'), "tension", "a number"),
        (JROW.replace("-1.9", "null"), "tension", "a number"),
        (JROW.replace("-1.9", "-10.5"), "tension", "[-10, 10]"),
        (JROW.replace("2023-06-18", "June 18"), "date", "ISO date"),
        (JROW.replace('"USA"', '"usa"'), "actor", "actor code"),
    ],
)
def test_read_jsonl_bad_line_names_line_and_column(tmp_path, bad, column, words):
    """A bad third record (line 4, after a blank line) is a ParseError naming file, line and field."""
    path = _write(tmp_path, "e.jsonl", JROW + "\n" + JROW + bad + JROW)
    e = _parse_error(read_jsonl, path, 4, column)
    assert words in str(e) and "(row" not in str(e)


def test_read_jsonl_missing_field_on_first_line(tmp_path):
    """A first record without a required field names it."""
    _parse_error(read_jsonl, _write(tmp_path, "e.jsonl", JROW.replace(', "code": "042"', "")), 1, "code")


def test_read_jsonl_extra_fields_keep_their_json_type(tmp_path):
    """Extra fields become typed extras; mixing JSON types in one field is an error naming the line."""
    rows = [json.loads(JROW) | {"n": 1, "x": 0.5, "s": "a", "b": True}, json.loads(JROW) | {"n": 2, "x": 1, "s": "b", "b": False}]
    t = read_jsonl(_write(tmp_path, "e.jsonl", "".join(json.dumps(r) + "\n" for r in rows)))
    assert t["n"].dtype == np.int64 and t["x"].dtype == np.float64 and t["b"].dtype == bool
    assert t["x"].tolist() == [0.5, 1.0] and t["s"].tolist() == ["a", "b"]
    rows[1]["s"] = 3
    _parse_error(read_jsonl, _write(tmp_path, "m.jsonl", "".join(json.dumps(r) + "\n" for r in rows)), 2, "s")


def test_read_jsonl_empty_file_is_an_empty_table(tmp_path):
    """An empty JSON Lines file holds zero events (what an empty table writes)."""
    assert len(read_jsonl(_write(tmp_path, "e.jsonl", ""))) == 0
    assert len(read_jsonl(_write(tmp_path, "b.jsonl", "\n\n"))) == 0


def test_read_parquet_damaged(tmp_path, small_table):
    """A file that is not Parquet, or Parquet without the event columns, is a ParseError naming it."""
    e = _parse_error(read_parquet, _write(tmp_path, "e.parquet", b"PAR1 not really"), None, None)
    assert "Parquet" in str(e)
    import pyarrow.parquet as pq

    pq.write_table(to_arrow(small_table).drop(["code"]), tmp_path / "nocode.parquet")
    _parse_error(read_parquet, tmp_path / "nocode.parquet", None, "columns")


def test_missing_file_is_an_os_error(tmp_path):
    """Reading a file that does not exist raises FileNotFoundError."""
    for reader in (read_jsonl, read_csv, read_parquet):
        with pytest.raises(OSError):
            reader(tmp_path / "none.x")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "arrow", "pandas"])
def test_empty_table_round_trips(tmp_path, fmt):
    """An empty table round-trips in every format with its column dtypes."""
    e = EventTable.empty()
    if fmt == "arrow":
        back = EventTable.from_arrow(e.to_arrow())
    elif fmt == "pandas":
        back = EventTable.from_pandas(e.to_pandas())
    else:
        path = tmp_path / f"e.{fmt}"
        getattr(e, f"to_{fmt}")(path)
        back = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}[fmt](path)
    assert back == e and len(back) == 0
    assert back.date.dtype == np.dtype("datetime64[D]") and back.tension.dtype == np.float64
    assert back.mentions.dtype == np.int64 and back.code.dtype.kind == "U"
