"""Event tables to and from files: JSON Lines, CSV and Parquet.

Every round trip is lossless for the core columns: dates, CAMEO codes with their
leading zeros, unicode evidence, offsets and empty tables. Extra columns keep
their type in Parquet and JSON Lines; in CSV their type is inferred on reading
(whole numbers stay whole, float columns stay floats with NaN and infinities
written as ``nan``/``inf``/``-inf``, text stays text). In-memory conversions (Arrow, pandas)
are :mod:`tension.io.convert`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.dtypes import StringDType

from ..events import EventTable
from ..exceptions import FieldTypeError, ParseError, SchemaError
from ..schema import COLUMNS
from ._jsonl import json_lines
from .convert import _STRING_COLUMNS, _arrow_schema_core, _column_to_numpy, _fixed, from_arrow, to_arrow

if TYPE_CHECKING:
    pass

__all__ = [
    "write_jsonl",
    "read_jsonl",
    "write_csv",
    "read_csv",
    "write_parquet",
    "read_parquet",
]

# ---------------------------------------------------------------------- JSON Lines
def _json_value(v: Any) -> Any:
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, _dt.date):
        return v.isoformat()
    return v


def write_jsonl(table: EventTable, path: str | Path) -> None:
    """Write one JSON object per event, core fields first, UTF-8.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from tension import EventTable, read_jsonl
    >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                            code=["042"], tension=[-1.9], evidence=["Blinken’s visit"])
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.jsonl"
    >>> t.to_jsonl(p)
    >>> read_jsonl(p) == t
    True
    """
    names = list(COLUMNS) + list(table.extras)
    cols = [table[name].tolist() for name in names]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in zip(*cols):
            f.write(json.dumps({k: _json_value(v) for k, v in zip(names, row)}, ensure_ascii=False))
            f.write("\n")


def read_jsonl(path: str | Path) -> EventTable:
    """Read events written by :meth:`EventTable.to_jsonl` (one JSON object per line).

    Blank lines are allowed. Every row must have the same fields, each named once.
    ``.gz`` files are decompressed.

    Raises
    ------
    ParseError
        Naming the file, line, field and value: bytes that are not UTF-8, a line
        that is not a JSON object, a key named twice, nesting too deep, a number
        too long to convert, a missing or extra field, a value the event schema
        refuses, a truncated ``.gz`` file or a line longer than 32 MiB.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from tension import read_jsonl
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.jsonl"
    >>> _ = p.write_text('{"date": "2023-06-18", "actor": "USAGOV", "target": "CHN", "code": "042", '
    ...                  '"tension": -1.9}\\n', encoding="utf-8")
    >>> t = read_jsonl(p)
    >>> t.code.tolist(), t.precision.tolist(), t.mentions.tolist()
    (['042'], ['day'], [1])
    """
    path = Path(path)
    rows: list[dict[str, Any]] = []
    lines: list[int] = []
    names: list[str] | None = None
    for lineno, obj, _ in json_lines(path, unique_keys=True):
        if names is None:
            names = list(obj)
            missing = [c for c in ("date", "actor", "target", "code", "tension") if c not in obj]
            if missing:
                raise ParseError(path, lineno, missing[0], None, "missing a required event field")
        elif list(obj) != names:
            diff = sorted(set(names) ^ set(obj))
            raise ParseError(path, lineno, diff[0] if diff else None, None, f"expected the fields {names}")
        rows.append(obj)
        lines.append(lineno)
    if names is None:
        return EventTable.empty()
    data: dict[str, Any] = {}
    for name in names:
        values = [r[name] for r in rows]
        data[name] = np.asarray(values, dtype=object) if name in _STRING_COLUMNS else values
    for name in ("actor", "target", "code", "precision"):
        if name in data:
            _check_all_str(data[name], name, path, lines)
            data[name] = data[name].astype(str)
    return _build(path, lines, data)


def _check_all_str(values: np.ndarray, name: str, path: Path, lines: list[int]) -> None:
    for i, v in enumerate(values):
        if not isinstance(v, str):
            raise ParseError(path, lines[i], name, v, "expected a JSON string")


def _build(path: Path, lines: Sequence[int], data: dict[str, Any]) -> EventTable:
    core = {k: data.pop(k) for k in COLUMNS if k in data}
    for name, values in list(data.items()):
        if isinstance(values, list):
            data[name] = _extra_from_json(values, name, path, lines)
    try:
        return EventTable.from_arrays(**core, **data)
    except (SchemaError, FieldTypeError) as e:
        line = lines[e.row] if e.row is not None and e.row < len(lines) else None
        raise ParseError(path, line, e.field, e.got, f"expected {e.expected}") from e


def _extra_from_json(values: list[Any], name: str, path: Path, lines: Sequence[int]) -> np.ndarray:
    if all(isinstance(v, str) for v in values):
        return np.asarray(values, dtype=object).astype(StringDType())
    if all(isinstance(v, bool) for v in values):
        return np.asarray(values, dtype=bool)
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return np.asarray(values, dtype=np.int64)
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return np.asarray(values, dtype=np.float64)
    i = next(i for i, v in enumerate(values) if not isinstance(v, type(values[0])))
    raise ParseError(path, lines[i], name, values[i], f"expected the same JSON type as line {lines[0]}")


# ---------------------------------------------------------------------- CSV
def write_csv(table: EventTable, path: str | Path) -> None:
    """Write a CSV file with a header row (RFC 4180 quoting, UTF-8).

    Float extra columns are written so that they read back as floats, losslessly:
    ``0.0`` (not ``0``), shortest round-trip digits, and ``nan``, ``inf``, ``-inf``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from tension import EventTable, read_csv
    >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                            code=["0874"], tension=[-10.0], evidence=['He said, "no"'])
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
    >>> t.to_csv(p)
    >>> read_csv(p) == t
    True
    """
    import pyarrow.csv as pcsv

    arrow = to_arrow(table)
    for name, a in table.extras.items():
        if a.dtype.kind == "f":
            i = arrow.schema.get_field_index(name)
            arrow = arrow.set_column(i, name, _float_text(arrow.column(i)))
    pcsv.write_csv(arrow, str(path), write_options=pcsv.WriteOptions(quoting_style="needed"))


def _float_text(col: Any) -> Any:
    """A float column as text that reads back as the same floats: ``0.0`` (not ``0``), ``nan``, ``inf``, ``-inf``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.cast(col, pa.string())  # shortest round-trip digits
    whole = pc.match_substring_regex(text, r"^-?[0-9]+$")
    return pc.if_else(whole, pc.binary_join_element_wise(text, ".0", ""), text)


def read_csv(path: str | Path) -> EventTable:
    """Read events from a CSV file with a header (as written by :meth:`EventTable.to_csv`).

    Codes are always read as strings (leading zeros kept); quoted values may hold
    commas, quotes and newlines. Extra columns are typed by inference.

    Raises
    ------
    ParseError
        Naming the file, line, column and value: a column named twice in the header,
        bytes that are not UTF-8, a row
        with the wrong number of fields, a file of blank lines only, or a value the event
        schema refuses.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from tension import read_csv
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
    >>> _ = p.write_text("date,actor,target,code,tension\\n2023-06-18,USAGOV,CHN,042,-1.9\\n", encoding="utf-8")
    >>> read_csv(p).code.tolist()
    ['042']
    """
    import pyarrow as pa
    import pyarrow.csv as pcsv

    path = Path(path)
    raw = path.read_bytes()
    if not raw:  # an empty file is zero rows, in every reader
        return EventTable.empty()
    if not raw.strip():
        raise ParseError(path, 1, None, None, "expected a CSV header row, got only blank lines")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ParseError(path, line, None, raw[max(e.start - 10, 0): e.end + 10], "expected UTF-8 text") from None
    types = _arrow_schema_core()
    try:
        tbl = pcsv.read_csv(
            pa.BufferReader(raw),
            parse_options=pcsv.ParseOptions(newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except pa.ArrowInvalid as e:
        raise _csv_error(path, raw, str(e)) from None
    header = tbl.column_names
    twice = next((c for i, c in enumerate(header) if c in header[:i]), None)
    if twice is not None:
        raise ParseError(path, 1, twice, None, "expected each column name once in the header; this one is repeated")
    lines = _CsvLines(raw)
    try:
        data = {name: _column_to_numpy(tbl.column(name), name) for name in header}
    except SchemaError as e:
        at = lines[e.row] if e.row is not None and e.row < len(lines) else None
        raise ParseError(path, at, e.field, "", f"expected {e.expected}") from None
    for name in ("actor", "target", "code", "precision"):
        if name in data:
            data[name] = _fixed(data[name])
    missing = [c for c in ("date", "actor", "target", "code", "tension") if c not in data]
    if missing:
        raise ParseError(path, 1, missing[0], None, "expected the event columns in the header")
    return _build(path, lines, data)


_CSV_TOKEN = re.compile(r'"|\r\n|\r|\n|,')


def _csv_records(text: str) -> list[tuple[int, int]]:
    """``(physical line, field count)`` of each non-blank CSV record, header included, as pyarrow splits them.

    A quote opens a quoted value only at the start of a field; inside one, two
    quotes are a quote and one closes it. A record ends at a line feed, a carriage
    return or both outside quotes; blank records are skipped (as the reader skips
    them). Physical lines count line feeds.
    """
    out: list[tuple[int, int]] = []
    quoted = False
    line = start_line = 1
    fields, field_start, record_start = 1, 0, 0
    skip_to = -1
    for m in _CSV_TOKEN.finditer(text):
        at = m.start()
        if at < skip_to:
            continue
        tok = m.group()
        if quoted:
            if tok == '"':
                if text.startswith('"', at + 1):
                    skip_to = at + 2  # an escaped quote
                else:
                    quoted = False
            else:
                line += tok.count("\n")
            continue
        if tok == '"':
            if at == field_start:
                quoted = True
        elif tok == ",":
            fields += 1
            field_start = at + 1
        else:
            if fields > 1 or at > record_start:
                out.append((start_line, fields))
            line += tok.count("\n")
            start_line, fields, field_start, record_start = line, 1, m.end(), m.end()
    if fields > 1 or len(text) > record_start:
        out.append((start_line, fields))
    return out


def _csv_header(text: str) -> list[str]:
    """The column names of a CSV text: its first non-empty record, unquoted."""
    names: list[str] = []
    value: list[str] = []
    i, n = 0, len(text)
    while i < n and text[i] in "\r\n":
        i += 1
    quoted = False
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"' and text.startswith('"', i + 1):
                value.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                value.append(ch)
        elif ch == '"' and not value:
            quoted = True
        elif ch == ",":
            names.append("".join(value))
            value = []
        elif ch in "\r\n":
            break
        else:
            value.append(ch)
        i += 1
    names.append("".join(value))
    return names


class _CsvLines(Sequence[int]):
    """Physical line on which each data record starts, counted only when an error needs it.

    Quoted newlines are counted; blank lines (which the reader skips) too.
    """

    def __init__(self, raw: bytes) -> None:
        self._raw = raw
        self._starts: list[int] | None = None

    def _compute(self) -> list[int]:
        if self._starts is None:
            self._starts = [line for line, _ in _csv_records(self._raw.decode("utf-8"))[1:]]
        return self._starts

    def __getitem__(self, i: int) -> int:  # type: ignore[override]
        return self._compute()[i]

    def __len__(self) -> int:
        return len(self._compute())


def _csv_error(path: Path, raw: bytes, message: str) -> ParseError:
    """Find the record pyarrow refused and name its line, column and value (without reading pyarrow's message).

    Only runs after a failed read: a record with the wrong number of fields is
    named first; else the file is read again with every column as text and each
    typed column's first value that pyarrow refuses is found by bisection
    (:func:`_first_refused`, pyarrow's own conversion rules).
    """
    import pyarrow as pa

    records = _csv_records(raw.decode("utf-8"))
    if records:
        width = records[0][1]
        for line, n in records[1:]:
            if n != width:
                return ParseError(path, line, None, None, f"expected {width} fields, got {n}")
    types = _arrow_schema_core()
    try:
        as_text = _read_csv_as_text(raw)
    except pa.ArrowInvalid:
        return ParseError(path, None, None, None, f"could not read the CSV file ({message})")
    lines = _CsvLines(raw)
    found: list[tuple[int, ParseError]] = []
    for col in as_text.column_names:
        kind = str(types.get(col, ""))
        if kind not in _CSV_EXPECTED:
            continue
        i = _first_refused(as_text.column(col).to_pylist(), types[col])
        if i is not None:
            value = as_text.column(col)[i].as_py()
            found.append((i, ParseError(path, lines[i] if i < len(lines) else None, col, value,
                                        f"expected {_CSV_EXPECTED[kind]}")))
    if found:
        return min(found, key=lambda f: f[0])[1]
    return ParseError(path, None, None, None, f"could not read the CSV file ({message})")


def _read_csv_as_text(raw: bytes) -> Any:
    """The CSV file with every column read as text."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    header = _csv_header(raw.decode("utf-8"))
    return pcsv.read_csv(
        pa.BufferReader(raw),
        parse_options=pcsv.ParseOptions(newlines_in_values=True),
        convert_options=pcsv.ConvertOptions(column_types={c: pa.string() for c in header},
                                            strings_can_be_null=False, quoted_strings_can_be_null=False),
    )


def _refused(values: list[str], kind: Any) -> bool:
    """Whether pyarrow's CSV conversion refuses one of ``values`` as ``kind`` (an empty value is refused later)."""
    import io

    import pyarrow as pa
    import pyarrow.csv as pcsv

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["v"])
    writer.writerows([v] for v in values)
    try:
        pcsv.read_csv(pa.BufferReader(buf.getvalue().encode("utf-8")),
                      parse_options=pcsv.ParseOptions(newlines_in_values=True),
                      convert_options=pcsv.ConvertOptions(column_types={"v": kind}, strings_can_be_null=False,
                                                          quoted_strings_can_be_null=False))
    except pa.ArrowInvalid:
        return True
    return False


def _first_refused(values: list[str], kind: Any) -> int | None:
    """Index of the first value pyarrow's CSV conversion refuses as ``kind`` (bisection), or ``None``."""
    if not _refused(values, kind):
        return None
    lo, hi = 0, len(values)  # the first refused value is in values[lo:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _refused(values[lo:mid], kind):
            hi = mid
        else:
            lo = mid
    return lo


#: What each typed CSV column holds (the error path of read_csv).
_CSV_EXPECTED: dict[str, str] = {
    "date32[day]": "an ISO date 'YYYY-MM-DD'",
    "double": "a number",
    "int64": "a whole number (within 64 bits)",
}


# ---------------------------------------------------------------------- Parquet
def write_parquet(table: EventTable, path: str | Path) -> None:
    """Write a Parquet file (zstd-compressed).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from tension import EventTable, read_parquet
    >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                            code=["042"], tension=[-1.9])
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
    >>> t.to_parquet(p)
    >>> read_parquet(p) == t
    True
    """
    import pyarrow.parquet as pq

    pq.write_table(to_arrow(table), str(path), compression="zstd")


def read_parquet(path: str | Path) -> EventTable:
    """Read events from a Parquet file written by :meth:`EventTable.to_parquet`.

    Raises
    ------
    ParseError
        If the file is not a readable Parquet file.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from tension import EventTable, read_parquet
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
    >>> EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"], code=["042"],
    ...                        tension=[-1.9]).to_parquet(p)
    >>> read_parquet(p).tension.tolist()
    [-1.9]
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    if Path(path).stat().st_size == 0:  # a missing file is a FileNotFoundError, as for the other readers
        return EventTable.empty()  # an empty file is zero rows, in every reader
    try:
        tbl = pq.read_table(str(path))
    except (pa.ArrowInvalid, OSError) as e:
        raise ParseError(path, None, None, None, f"expected a Parquet file ({e})") from None
    try:
        return from_arrow(tbl)
    except (SchemaError, FieldTypeError) as e:
        raise ParseError(path, None, e.field, e.got, f"expected {e.expected}") from e
