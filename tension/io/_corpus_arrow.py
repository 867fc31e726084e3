"""Corpus files read as Arrow batches for :func:`tension.score_corpus` (internal; see :mod:`tension.io.corpus`).

Each reader yields :class:`~tension.io.corpus.Batch` objects whose ``texts`` are a
pyarrow string array, so the scorer reads the documents' UTF-8 bytes in place:

* JSON Lines (also gzip-compressed): the file is read in blocks of about
  ``chunk_bytes``, cut at the last line break, and each block is parsed by pyarrow's
  JSON reader. A block that the fast path cannot take exactly as the line-by-line
  rules of :mod:`tension.io.corpus` would (bytes that are not UTF-8, a line that is
  not one JSON object, a missing ``text`` or ``id``, a ``published`` that is not a
  day, blank lines) is read again line by line by those rules: the same
  replacements and counts, the same errors with file and line, the same skips.
* Parquet: the text column (and the id and publication-day columns when present),
  row group by row group in batches of about ``chunk_bytes`` of text.
* Text files (a folder of ``.txt`` / ``.txt.gz``, or one file): one document each.

Memory stays bounded by a few blocks whatever the file size.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from .._values import decode_counting, is_plain_day
from ..exceptions import ParseError, SchemaError
from ._jsonl import open_lines
from ._sources import GZIP_ERRORS, MAX_LINE_BYTES, damaged_gzip, line_too_long

__all__ = ["jsonl_batches", "parquet_batches", "text_file_batches", "as_string_array"]

_NAT = np.datetime64("NaT", "D")
_BOM = b"\xef\xbb\xbf"


def as_string_array(docs: list[bytes]) -> tuple[Any, np.ndarray]:
    """A pyarrow large_string array of documents given as bytes, bytes that are not UTF-8 replaced by
    U+FFFD, and the count of replaced bytes per document."""
    import pyarrow as pa

    replaced = np.zeros(len(docs), dtype=np.int64)
    clean: list[bytes] = []
    for i, d in enumerate(docs):
        try:
            d.decode("utf-8")
            clean.append(d)
        except UnicodeDecodeError:
            text, replaced[i] = decode_counting(d)
            clean.append(text.encode("utf-8"))
    return pa.array(clean, pa.large_binary()).view(pa.large_string()), replaced


# ---------------------------------------------------------------------------------------- days
def _days(values: Any, where: Callable[[int], str]) -> np.ndarray:
    """Publication days of an Arrow column (dates, timestamps or ISO strings; nulls are NaT).

    Strings follow :func:`tension._values.parse_day`, parsed once per distinct value.
    Raises ValueError naming ``where(row)`` for the first value that is not a day.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from .corpus import _day

    t = values.type
    if pa.types.is_null(t):
        return np.full(len(values), _NAT)
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        days = pc.cast(values, pa.date32()).to_numpy(zero_copy_only=False)
        return np.asarray(days, dtype="datetime64[D]")
    if not (pa.types.is_string(t) or pa.types.is_large_string(t)):
        raise ValueError(f"{where(0)}: expected dates or ISO date strings, got a column of {t}")
    enc = pc.dictionary_encode(values)
    if isinstance(enc, pa.ChunkedArray):
        enc = enc.combine_chunks()
    uniq = enc.dictionary.to_pylist()
    parsed = np.empty(len(uniq) + 1, dtype="datetime64[D]")
    parsed[-1] = _NAT
    plain = [k for k, v in enumerate(uniq) if is_plain_day(v)]
    if plain:  # plain "YYYY-MM-DD" days in one numpy call (the rest by the full rule, one by one)
        try:
            parsed[plain] = np.array([uniq[k] for k in plain], dtype="datetime64[D]")
        except ValueError:
            plain = []  # an impossible day ("2024-02-30"): the full rule names it
    done = set(plain)
    for k, v in enumerate(uniq):
        if k in done:
            continue
        try:
            parsed[k] = _day(v)
        except (TypeError, ValueError):
            row = int(np.flatnonzero(enc.indices.to_numpy(zero_copy_only=False) == k)[0])
            raise ValueError(f"{where(row)}: expected an ISO date (YYYY-MM-DD...), got {v!r}") from None
    idx = enc.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    return parsed[idx]


# ---------------------------------------------------------------------------------------- JSON Lines
def _blocks(path: Path, chunk_bytes: int) -> Iterator[tuple[int, bytes]]:
    """``(first line number, bytes)`` blocks of whole lines, about ``chunk_bytes`` each.

    A truncated or damaged ``.gz`` file and a line longer than
    :data:`tension.io._sources.MAX_LINE_BYTES` raise :class:`~tension.ParseError` naming the file
    and the line (the same rule as :func:`tension.io._jsonl.raw_lines`).
    """
    line = 1
    rest = b""
    limit = MAX_LINE_BYTES
    with open_lines(path) as fh:
        while True:
            try:
                block = fh.read(chunk_bytes)
            except GZIP_ERRORS as e:
                raise damaged_gzip(path, line + rest.count(b"\n"), e) from None
            data = rest + block if rest else block
            if block:
                cut = data.rfind(b"\n") + 1
                if cut == 0:  # a line longer than the block: read on
                    if len(data) > limit:
                        raise line_too_long(path, line)
                    rest = data
                    continue
                data, rest = data[:cut], data[cut:]
            else:
                rest = b""
            if data:
                yield line, data
                line += int(np.count_nonzero(np.frombuffer(data, dtype=np.uint8) == 0x0A))  # (numpy lets the scorer run)
            if not block:
                return


def _one_object_per_line(data: bytes) -> int | None:
    """The number of lines when every line of the block starts with ``{`` (no blank lines), else None."""
    buf = np.frombuffer(data, dtype=np.uint8)
    nl = np.flatnonzero(buf == 0x0A)
    ends_nl = bool(nl.size) and int(nl[-1]) == buf.shape[0] - 1
    line_starts = nl[:-1] + 1 if ends_nl else nl + 1
    if buf.shape[0] == 0 or buf[0] != 0x7B or not bool(np.all(buf[line_starts] == 0x7B)):
        return None
    return int(line_starts.shape[0]) + 1


def _is_utf8(data: bytes) -> bool:
    """Is the block valid UTF-8? (Arrow's validator, without copying the bytes.)"""
    import pyarrow as pa

    arr = pa.Array.from_buffers(pa.large_string(), 1,
                                [None, pa.py_buffer(np.array([0, len(data)], dtype=np.int64)), pa.py_buffer(data)])
    try:
        arr.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _read_json_block(data: bytes) -> Any:
    import pyarrow as pa
    import pyarrow.json as pj

    last: Exception | None = None
    for id_type in (pa.string(), pa.int64()):
        schema = pa.schema([("id", id_type), ("published", pa.string()), ("text", pa.string())])
        try:
            return pj.read_json(
                pa.BufferReader(data),
                read_options=pj.ReadOptions(use_threads=False, block_size=len(data) + 64),
                parse_options=pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore"),
            )
        except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeDecodeError) as e:
            last = e
            if "Column(/id)" not in str(e):
                break
    assert last is not None
    raise last


def _fast_block(path: Path, data: bytes) -> Any:
    """A block as (texts, ids, published) through pyarrow's JSON reader, or None when the block needs
    the line-by-line rules."""
    import pyarrow as pa

    n_lines = _one_object_per_line(data)
    if n_lines is None:
        return None
    if not _is_utf8(data):  # anywhere in the line: the line-by-line reader replaces and counts them
        return None
    try:
        table = _read_json_block(data)
    except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeDecodeError):
        return None
    if table.num_rows != n_lines:
        return None  # two objects on one line
    text, ids, pub = table.column("text"), table.column("id"), table.column("published")
    if text.null_count or ids.null_count:
        return None  # a missing text, or an id to default to file:line
    try:
        days = _days(pub, lambda row: f"line {row}")
    except ValueError:
        return None
    id_list = ids.cast(pa.string()).to_numpy(zero_copy_only=False)
    return text.combine_chunks(), id_list, days


def jsonl_batches(path: Path, chunk_bytes: int, errors: str, slow: Callable[[Path, int, bytes, str], Any]
                  ) -> Iterator[Any]:
    """Batches of a JSON Lines file: each block through pyarrow's JSON reader, or ``slow`` (the
    line-by-line reader of :mod:`tension.io.corpus`) when the fast path cannot take it exactly."""
    from .corpus import Batch

    for line, data in _blocks(path, chunk_bytes):
        fast = None
        if not (line == 1 and data.startswith(_BOM)):
            fast = _fast_block(path, data)
        if fast is None:
            yield slow(path, line, data, errors)
            continue
        texts, ids, days = fast
        yield Batch(list(ids), days, texts, np.zeros(len(texts), dtype=np.int64), len(data), [])


def slow_lines(data: bytes, first_line: int) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` of the non-blank lines of a block."""
    for k, raw in enumerate(io.BytesIO(data)):
        if raw.strip():
            yield first_line + k, raw


# ---------------------------------------------------------------------------------------- Parquet
def parquet_batches(path: Path, chunk_bytes: int, text_column: str, id_column: str | None,
                    published_column: str | None) -> Iterator[Any]:
    """Batches of a Parquet file with a text column (string, large_string or binary)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .corpus import Batch

    # pre_buffer=False: pyarrow's pre-buffering keeps whole column chunks (and, measured on a 1 GB
    # corpus, about 190 MB more at the peak); reading page by page keeps memory bounded by the batch.
    pf = pq.ParquetFile(path, pre_buffer=False)
    names = pf.schema_arrow.names
    for what, col in (("text_column", text_column), ("id_column", id_column),
                      ("published_column", published_column)):
        if col is not None and col not in names:
            raise SchemaError(what, f"a column of {path.name} ({', '.join(names)})", repr(col))
    id_col = id_column if id_column is not None else ("id" if "id" in names else None)
    pub_col = published_column if published_column is not None else ("published" if "published" in names else None)
    cols = [c for c in (text_column, id_col, pub_col) if c is not None]
    meta = pf.metadata
    text_bytes = 0
    ti = names.index(text_column)
    for g in range(meta.num_row_groups):
        rg = meta.row_group(g)
        if ti < rg.num_columns:
            text_bytes += rg.column(ti).total_uncompressed_size
    rows = max(1, meta.num_rows)
    batch_rows = int(max(16, min(1 << 20, chunk_bytes // max(1, text_bytes // rows))))
    file_bytes = path.stat().st_size
    row0 = 0
    for rb in pf.iter_batches(batch_size=batch_rows, columns=cols, use_threads=False):
        n = rb.num_rows
        text = rb.column(text_column)
        replaced = np.zeros(n, dtype=np.int64)
        if pa.types.is_binary(text.type) or pa.types.is_large_binary(text.type):
            blobs = [b"" if v is None else v for v in text.to_pylist()]
            text, replaced = as_string_array(blobs)
        elif pa.types.is_string(text.type) or pa.types.is_large_string(text.type):
            try:
                text.validate(full=True)  # UTF-8, as Arrow strings must be
            except pa.ArrowInvalid:
                blobs = [b"" if v is None else v for v in text.cast(pa.binary()).to_pylist()]
                text, replaced = as_string_array(blobs)
        else:
            raise SchemaError("text_column", "a column of strings", f"{text_column!r} of type {text.type}")
        if id_col is not None:
            ids = [str(row0 + k) if v is None else str(v) for k, v in enumerate(rb.column(id_col).to_pylist())]
        else:
            ids = [str(row0 + k) for k in range(n)]
        if pub_col is not None:
            try:
                days = _days(rb.column(pub_col), _row_namer(row0))
            except ValueError as e:
                raise ParseError(path, None, pub_col, None, str(e)) from None
        else:
            days = np.full(n, _NAT)
        nbytes = file_bytes * (row0 + n) // rows - file_bytes * row0 // rows  # the file's share, for progress bars
        yield Batch(ids, days, text, replaced, nbytes, [])
        row0 += n


def _row_namer(row0: int) -> Callable[[int], str]:
    return lambda row: f"row {row0 + row}"


# ---------------------------------------------------------------------------------------- text files
def read_text_bytes(f: Path) -> bytes:
    """The bytes of a text file (``.gz`` decompressed)."""
    if f.name.lower().endswith(".gz"):
        try:
            with gzip.open(f, "rb") as fh:
                return fh.read()
        except GZIP_ERRORS as e:
            raise damaged_gzip(f, None, e) from None
    return f.read_bytes()


def text_id(f: Path, root: Path | None) -> str:
    """A text file's document id: its path relative to the folder (or its name) without ``.txt`` / ``.txt.gz``."""
    rel = f.relative_to(root).as_posix() if root is not None else f.name
    for suffix in (".txt.gz", ".gz", ".txt"):
        if rel.lower().endswith(suffix):
            return rel[: -len(suffix)]
    return rel


def text_file_batches(files: list[Path], root: Path | None, chunk_bytes: int) -> Iterator[Any]:
    """Batches of text files, one document per file, about ``chunk_bytes`` of text per batch."""
    from .corpus import Batch

    ids: list[str] = []
    blobs: list[bytes] = []
    size = nbytes = 0
    for f in files:
        data = read_text_bytes(f)
        ids.append(text_id(f, root))
        blobs.append(data)
        size += len(data)
        nbytes += f.stat().st_size
        if size >= chunk_bytes:
            texts, replaced = as_string_array(blobs)
            yield Batch(ids, np.full(len(ids), _NAT), texts, replaced, nbytes, [])
            ids, blobs, size, nbytes = [], [], 0, 0
    if ids:
        texts, replaced = as_string_array(blobs)
        yield Batch(ids, np.full(len(ids), _NAT), texts, replaced, nbytes, [])
