"""Strict, fast parsing of tab-separated event files (internal; used by GDELT and ICEWS readers).

Where the bytes come from (paths, globs, zip members) is :mod:`tension.io._sources`;
turning the parsed Arrow tables into numpy and an :class:`~tension.EventTable` is
:mod:`tension.io._arrow`. This module holds the parsing itself: column kinds, file
layouts, the block parser and the report of bad rows.

The engine reads a file (plain or ``.zip``) as blocks of whole lines and parses
each block with pyarrow's multithreaded CSV reader (tab separated, no quoting,
only the needed columns, typed). The raw bytes of each block are checked for
UTF-8 in one vectorized pass. Values are then validated with array operations;
every failing row is known by its index, hence by its 1-based line number.

Only when pyarrow refuses a block (a row with the wrong number of columns, a
number that is not a number, a stray carriage return, bytes that are not UTF-8)
does the block go through a line-by-line scan that names the exact line, column
and value; the good lines of the block are then parsed again by pyarrow. So a
clean file never pays for the slow path, and a damaged one pays only for its
damaged blocks.

Errors follow the caller's ``errors=``: ``"raise"`` stops at the first bad row
with :class:`~tension.ParseError`; ``"warn"`` drops bad rows and emits one
:class:`~tension.SkippedInputWarning` per file with the count and first line numbers.
Under ``"warn"`` memory stays bounded however damaged a file is: a report keeps the
count and the first :attr:`BadRows.keep` examples, and a damaged block is scanned
in slices of about :data:`SLICE_BYTES`.

One rule for values, whatever the neighbouring rows hold (the fast path hands any
block that could read differently to the line scan, which decides):

- a number is written plainly: an optional ``-``, digits, for real numbers an
  optional fraction and exponent (``-1.5``, ``.5``, ``2e3``); no spaces around it,
  no ``+`` sign, no hexadecimal; a whole number fits in 64 bits (up to
  9223372036854775807, so 19-digit ids are read);
- a UTF-8 byte-order mark is dropped at the very start of a file only; anywhere
  else it is a character like any other (a bad number, part of a text);
- a carriage return ends a row only right before a line feed (``\\r\\n``); anywhere
  else it makes its row bad, and line numbers count line feeds only;
- a line longer than :data:`~tension.io._sources.MAX_LINE_BYTES` is refused in both
  modes (a :class:`~tension.ParseError` naming the file and the line).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from ..exceptions import ParseError, SchemaError, SkippedInputWarning, TensionError
from ._arrow import _dictionary_arrays, dictionary_encode, pa_is_dictionary
from ._sources import MAX_LINE_BYTES, LineTooLong, Member, find_newline, line_too_long

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "ERRORS",
    "Kind",
    "KINDS",
    "FileLayout",
    "BadRows",
    "parse_file",
    "check_errors",
    "yyyymmdd_to_days",
]

#: Accepted values of ``errors=``.
ERRORS: tuple[str, ...] = ("raise", "warn")

_INT_RE = re.compile(rb"-?[0-9]{1,19}")
_INT64 = (-(1 << 63), (1 << 63) - 1)
_FLOAT_RE = re.compile(rb"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?")

#: A damaged block is scanned line by line in slices of about this many bytes.
SLICE_BYTES = 1 << 20

_TAB, _LF, _CR, _SPACE, _PLUS = 9, 10, 13, 32, 43


#: Bytes :func:`_doubtful` looks around: space, plus, line feed, x and X marked 1, the rest 0.
_MARK = bytes(1 if i in (32, 43, 10, 120, 88) else 0 for i in range(256))
#: :func:`_doubtful` copies and marks a block this many bytes at a time.
_GUARD_WINDOW = 1 << 18


def _doubtful(block: memoryview, window: int = 4 << 20) -> bool:
    """Whether pyarrow might read ``block`` otherwise than the line scan would.

    True when the block holds a space next to a field boundary (tab, line end), a
    ``+`` or ``0x`` at the start of a field, a byte-order mark, a lone carriage
    return or an empty line (pyarrow reads one as a row of nulls). Such a block
    goes to the line scan, so the neighbours of a row never change its verdict.

    A block with a carriage return or a byte 0xEF (rare in real files) takes the
    full vectorized scan :func:`_doubtful_scan`; any other block is judged from
    the few places that can matter (spaces, plus signs, line feeds, x's): one
    byte translation marks them, one pass finds them, and only their neighbours
    are looked at, so clean data costs about two passes over the bytes.
    """
    n = len(block)
    if not n:
        return False
    head, tail = bytes(block[:2]), bytes(block[-1:])
    if tail == b" " or head[:1] in (b" ", b"+", b"\n") or head in (b"0x", b"0X"):
        return True  # the block starts a line, and a field ends at its last byte
    # From here on, no space, plus, line feed or "0x" stands at the very start and no space at the very
    # end (checked above), so every space, plus and line feed looked at has a byte before it, every space
    # a byte after it. Windows of _GUARD_WINDOW bytes (with two bytes of context before, one after) keep
    # the copies in the cache.
    for lo in range(0, n, _GUARD_WINDOW):
        hi = min(lo + _GUARD_WINDOW, n)
        base = max(lo - 2, 0)
        data = bytes(block[base : hi + 1])
        if b"\r" in data or b"\xef" in data:
            return _doubtful_scan(block, window)
        a = np.frombuffer(data, dtype=np.uint8)
        pos = np.flatnonzero(np.frombuffer(data.translate(_MARK), dtype=np.bool_))  # bytes 0/1 read as booleans
        pos = pos[(pos >= lo - base) & (pos < hi - base)]  # the marks of this window, not of its context
        if not pos.size:
            continue
        ch = a[pos]
        prev = a[np.maximum(pos - 1, 0)]  # position 0 of the block can only hold an x, not looked at below
        prev_edge = (prev == _TAB) | (prev == _LF)
        space = ch == _SPACE
        if (prev_edge & (space | (ch == _PLUS))).any():
            return True  # a space after a field boundary, or a plus sign starting a field
        if ((ch == _LF) & (prev == _LF)).any():
            return True  # an empty line
        after = a[pos[space] + 1]
        if ((after == _TAB) | (after == _LF)).any():
            return True  # a space before a field boundary
        xs = pos[((ch | 0x20) == ord("x")) & (pos >= 2) & (prev == ord("0"))]  # an x right after a 0
        if xs.size:
            before = a[xs - 2]
            if ((before == _TAB) | (before == _LF)).any():
                return True  # "0x" starting a field
    return False


def _doubtful_scan(block: memoryview, window: int = 4 << 20) -> bool:
    """The rule of :func:`_doubtful` as a vectorized scan, window by window (with two bytes of
    context each side), so the temporaries stay a few times ``window`` bytes whatever the block holds."""
    a = np.frombuffer(block, dtype=np.uint8)
    n = len(a)
    if n and (a[-1] == _SPACE or (a[-1] == _CR and (n == 1 or a[-2] == _LF))):  # a field or a line ends there
        return True
    for lo in range(0, n, window):
        hi = min(lo + window, n)
        before = a[lo - 2 : lo] if lo else np.array([_LF], dtype=np.uint8)  # the block starts a line
        c = np.concatenate([before, a[lo : hi + 2]])
        lf, cr = c == _LF, c == _CR
        edge = lf | (c == _TAB)  # a field boundary
        space = c == _SPACE
        if (space[1:] & edge[:-1]).any() or (space[:-1] & (edge | cr)[1:]).any():
            return True
        if ((c == _PLUS)[1:] & edge[:-1]).any() or (lf[1:] & lf[:-1]).any():
            return True
        if (cr[:-1] & ~lf[1:]).any() or (lf[:-2] & cr[1:-1] & lf[2:]).any():
            return True
        if (edge[:-2] & (c == ord("0"))[1:-1] & ((c | 0x20) == ord("x"))[2:]).any():
            return True
        if ((c == 0xEF)[:-2] & (c == 0xBB)[1:-1] & (c == 0xBF)[2:]).any():
            return True
    return False


def check_errors(errors: str) -> str:
    """Validate an ``errors=`` argument."""
    if errors not in ERRORS:
        raise SchemaError("errors", "'raise' or 'warn' (there is no silent mode)", repr(errors))
    return errors


# ---------------------------------------------------------------------- kinds
@attrs.frozen
class Kind:
    """How one column is typed, checked lexically (slow path) and validated (vectorized).

    ``check(col) -> bad`` returns a boolean numpy mask over the rows of an
    arrow column already converted to ``arrow_type``; ``expected`` says what a
    good value looks like (used in error messages).
    """

    arrow_type: str  # "string", "int64", "float64"
    expected: str
    check: Callable[[Any], np.ndarray] | None = None

    def lexical_ok(self, raw: bytes) -> bool:
        """Whether pyarrow will convert ``raw`` to this kind's type (empty is null, checked later)."""
        if self.arrow_type == "int64":
            return raw == b"" or (_INT_RE.fullmatch(raw) is not None and _INT64[0] <= int(raw) <= _INT64[1])
        if self.arrow_type == "float64":
            return raw == b"" or _FLOAT_RE.fullmatch(raw) is not None
        return True


def _np(col: Any, fill: float | int) -> np.ndarray:
    """A numeric arrow column as numpy with nulls replaced by ``fill``."""
    if col.null_count == 0:
        return np.asarray(col.to_numpy())
    import pyarrow.compute as pc

    return np.asarray(pc.fill_null(col, fill).to_numpy())


def _nulls(col: Any) -> np.ndarray:
    if col.null_count == 0:
        return np.zeros(len(col), dtype=bool)
    return np.asarray(col.is_null().to_numpy(zero_copy_only=False))


def _check_int(col: Any) -> np.ndarray:
    return _nulls(col)


def _check_count(minimum: int) -> Callable[[Any], np.ndarray]:
    def check(col: Any) -> np.ndarray:
        return _nulls(col) | (_np(col, minimum) < minimum)

    return check


def _check_float(col: Any) -> np.ndarray:
    return _nulls(col) | ~np.isfinite(_np(col, 0.0))


def _check_float_or_empty(col: Any) -> np.ndarray:
    return ~np.isfinite(_np(col, 0.0))


def _check_range(lo: float, hi: float) -> Callable[[Any], np.ndarray]:
    def check(col: Any) -> np.ndarray:
        v = _np(col, 0.0)
        return _nulls(col) | ~np.isfinite(v) | (v < lo) | (v > hi)

    return check


_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def yyyymmdd_to_days(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Integers ``YYYYMMDD`` to ``datetime64[D]`` and a mask of valid calendar dates.

    Integer arithmetic only (days from the civil date, proleptic Gregorian, on
    32-bit integers), so millions of dates cost a few array passes. Invalid dates map to 1970-01-01.

    Examples
    --------
    >>> from tension.io._tsv import yyyymmdd_to_days
    >>> import numpy as np
    >>> days, ok = yyyymmdd_to_days(np.array([20230618, 20230230, 19790101, 20240229]))
    >>> days[ok].astype(str).tolist(), ok.tolist()
    (['2023-06-18', '1979-01-01', '2024-02-29'], [True, False, True, True])
    """
    v = np.asarray(v, dtype=np.int64)
    inside = (v >= 10000101) & (v <= 99991231)  # outside: no date (year 1000..9999, month and day from 1)
    y, md = np.divmod(np.where(inside, v, 19700101).astype(np.int32), 10000)  # 32-bit from here: half the bytes
    m, d = np.divmod(md, 100)
    ok = inside & (m >= 1) & (m <= 12) & (d >= 1)
    mm = np.where(ok, m, 1)
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    ok &= d <= _MONTH_DAYS[mm - 1] + ((mm == 2) & leap)
    y = np.where(ok, y, 1970) - (mm <= 2)
    d = np.where(ok, d, 1)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * ((mm + 9) % 12) + 2) // 5 + d - 1
    days = (era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468).astype(np.int64)
    return days.view("datetime64[D]"), ok


def _check_yyyymmdd(col: Any) -> np.ndarray:
    return _nulls(col) | ~yyyymmdd_to_days(_np(col, 0))[1]


def _check_iso_date(col: Any) -> np.ndarray:
    import pyarrow.compute as pc

    ok = pc.match_substring_regex(col, r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    parsed = pc.strptime(pc.if_else(ok, col, "1970-01-01"), format="%Y-%m-%d", unit="s", error_is_null=True)
    # strptime rolls 2015-02-30 over to March: a date is good only if it prints back unchanged
    same = pc.equal(pc.strftime(parsed, format="%Y-%m-%d"), col)
    bad = pc.or_(pc.invert(ok), pc.invert(pc.fill_null(same, False)))
    return np.asarray(bad.to_numpy(zero_copy_only=False), dtype=bool)


def _by_distinct(bad_values: Callable[[Any], Any]) -> Callable[[Any], np.ndarray]:
    """A row check on a string column that tests each distinct value once.

    ``bad_values(uniq)`` gets the distinct values (an arrow array) and returns a
    boolean arrow/numpy mask of the bad ones; rows are then matched by hashing.
    Event files repeat a few thousand codes over millions of rows, so this is
    one hash pass instead of a regex or lookup per row.
    """

    def check(col: Any) -> np.ndarray:
        import pyarrow.compute as pc

        if pa_is_dictionary(col):  # already hashed (FileLayout.encode): test its dictionary
            values, index = _dictionary_arrays(col)
            bad = np.asarray(bad_values(values), dtype=bool) if len(values) else np.zeros(0, dtype=bool)
            return bad[index] if bad.any() else np.zeros(len(col), dtype=bool)
        uniq = pc.unique(col)
        bad = np.asarray(bad_values(uniq), dtype=bool)
        if not bad.any():
            return np.zeros(len(col), dtype=bool)
        return np.asarray(pc.is_in(col, value_set=uniq.filter(bad)).to_numpy(zero_copy_only=False), dtype=bool)

    return check


def _bad_actors(uniq: Any) -> np.ndarray:
    import pyarrow.compute as pc

    ok = pc.match_substring_regex(uniq, r"^(?:[A-Z0-9]{3,})?$")
    return ~np.asarray(ok.to_numpy(zero_copy_only=False), dtype=bool)


def _bad_event_codes(uniq: Any) -> np.ndarray:
    from ..codebook import is_known

    values = uniq.to_pylist()
    return ~is_known(np.array(values, dtype=str)) if values else np.zeros(0, dtype=bool)


_check_actor = _by_distinct(_bad_actors)
_check_event_code = _by_distinct(_bad_event_codes)


#: Column kinds shared by the GDELT and ICEWS layouts.
KINDS: dict[str, Kind] = {
    "str": Kind("string", "text"),
    "int": Kind("int64", "a whole number", _check_int),
    "int_or_empty": Kind("int64", "a whole number or nothing"),
    "count0": Kind("int64", "a whole number >= 0", _check_count(0)),
    "count1": Kind("int64", "a whole number >= 1", _check_count(1)),
    "float": Kind("float64", "a finite number", _check_float),
    "float_or_empty": Kind("float64", "a finite number or nothing", _check_float_or_empty),
    "goldstein": Kind("float64", "a Goldstein value, a number in [-10, 10]", _check_range(-10.0, 10.0)),
    "quad": Kind("int64", "a QuadClass, 1 to 4", _check_range(1, 4)),
    "yyyymmdd": Kind("int64", "a date as YYYYMMDD", _check_yyyymmdd),
    "iso_date": Kind("string", "a date as YYYY-MM-DD", _check_iso_date),
    "actor": Kind("string", "a CAMEO actor code: empty or 3+ upper-case letters/digits", _check_actor),
    "event_code": Kind("string", "a CAMEO event code in the codebook (e.g. '042')", _check_event_code),
}


@attrs.frozen
class FileLayout:
    """The columns of one file: all names in file order and the kinds of those to read.

    ``extra_checks`` maps a column to ``(check, expected)`` for validations that
    are not a :class:`Kind` (e.g. a country name in a packaged table).
    ``header`` is true when the first line holds the column names.
    ``encode`` names string columns dictionary-encoded as soon as they are
    parsed: checked once per distinct value and handed on hashed.
    """

    names: tuple[str, ...]
    kinds: Mapping[str, str]
    description: str
    header: bool = False
    extra_checks: Mapping[str, tuple[Callable[[Any], np.ndarray], str]] = attrs.field(factory=dict)
    encode: tuple[str, ...] = ()


# ---------------------------------------------------------------------- bad rows
@attrs.define
class BadRows:
    """Bad rows found in one file: the count, the first line numbers and the first error in full.

    Memory is bounded: only the first :attr:`keep` line numbers are kept, however
    many rows are bad.
    """

    path: str
    count: int = 0
    lines: list[int] = attrs.field(factory=list)
    first: ParseError | None = None
    keep: int = 10

    def add(self, count: int, examples: Iterable[ParseError]) -> None:
        """Count ``count`` bad rows, of which ``examples`` are the first (in line order)."""
        self.count += count
        for e in sorted(examples, key=lambda e: e.line or 0):
            if self.first is None:
                self.first = e
            if len(self.lines) < self.keep and e.line is not None:
                self.lines.append(e.line)

    def message(self) -> str:
        more = ", ..." if self.count > len(self.lines) else ""
        first = f"; first: {self.first}" if self.first is not None else ""
        return (f"{self.path}: skipped {self.count} bad row{'s' if self.count != 1 else ''} "
                f"(lines {', '.join(map(str, self.lines))}{more}){first}")

    def warn(self) -> None:
        if self.count:
            warnings.warn(self.message(), SkippedInputWarning, stacklevel=4)

    def to_meta(self) -> dict[str, Any]:
        f = self.first
        return {"count": self.count, "lines": self.lines,
                "first": None if f is None else [f.line, f.column, None if f.value is None else str(f.value), f.reason]}

    @classmethod
    def from_meta(cls, path: str, meta: Mapping[str, Any]) -> BadRows:
        first = meta.get("first")
        err = None if first is None else ParseError(path, first[0], first[1], first[2], first[3])
        return cls(path=path, count=int(meta["count"]), lines=list(meta["lines"]), first=err)


# ---------------------------------------------------------------------- blocks
def _line_cuts(block: memoryview, every: int, window: int = 4 << 20) -> list[int]:
    """Byte offsets just after every ``every``-th line end of ``block`` (found window by window)."""
    a = np.frombuffer(block, dtype=np.uint8)
    cuts: list[int] = []
    seen = 0
    for lo in range(0, len(a), window):
        ends = np.flatnonzero(a[lo : lo + window] == 10)
        need = every - seen % every  # the next cut is the need-th line end from here
        if len(ends) >= need:
            cuts.extend((lo + ends[need - 1 :: every] + 1).tolist())
        seen += len(ends)
    return cuts


def _split_rows(block: memoryview, max_rows: int | None) -> Iterator[memoryview]:
    """Cut a block of whole lines into pieces of at most ``max_rows`` lines."""
    if max_rows is None:
        yield block
        return
    cuts = [0, *(c for c in _line_cuts(block, max_rows) if c < len(block)), len(block)]
    for lo, hi in zip(cuts[:-1], cuts[1:]):
        yield block[lo:hi]


def _slices(block: memoryview, size: int) -> Iterator[memoryview]:
    """Cut a block of whole lines into slices of whole lines of about ``size`` bytes (one long line: one slice)."""
    a = np.frombuffer(block, dtype=np.uint8)
    pos, n = 0, len(a)
    while pos < n:
        nl = find_newline(a, min(pos + size, n) - 1)
        end = n if nl < 0 else nl + 1
        yield block[pos:end]
        pos = end


def _utf8_ok(block: memoryview) -> bool:
    import pyarrow as pa

    buf = pa.py_buffer(block)
    arr = pa.LargeStringArray.from_buffers(1, pa.py_buffer(np.array([0, len(block)], dtype=np.int64)), buf)
    try:
        arr.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _arrow_read(block: memoryview | bytes, layout: FileLayout, threads: bool = True,
                block_size: int = 1 << 20) -> pa.Table:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    types = {name: getattr(pa, KINDS[k].arrow_type)() for name, k in layout.kinds.items()}
    return pacsv.read_csv(
        pa.BufferReader(pa.py_buffer(block)),
        read_options=pacsv.ReadOptions(column_names=list(layout.names), use_threads=threads, block_size=block_size),
        parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False, escape_char=False,
                                          double_quote=False, newlines_in_values=False, ignore_empty_lines=False),
        convert_options=pacsv.ConvertOptions(include_columns=list(layout.kinds), column_types=types,
                                             null_values=[""], strings_can_be_null=False,
                                             quoted_strings_can_be_null=False, check_utf8=False),
    )


@attrs.define
class _Found:
    """Bad rows of one slice: the count and the first ``keep`` errors (bounded memory)."""

    keep: int
    count: int = 0
    first: list[ParseError] = attrs.field(factory=list)

    def wants(self) -> bool:
        """Whether the next bad row's error is still worth building."""
        return len(self.first) < self.keep

    def add(self, error: ParseError | None) -> None:
        self.count += 1
        if error is not None and len(self.first) < self.keep:
            self.first.append(error)


def _scan_lines(block: memoryview, first_line: int, layout: FileLayout, name: str,
                found: _Found) -> tuple[list[int], bytes, int, int]:
    """Slow path: check each line of a slice; return the good lines' numbers, their bytes, the longest and the count."""
    ncols = len(layout.names)
    index = {c: i for i, c in enumerate(layout.names)}
    numeric = [(index[c], c, KINDS[k]) for c, k in layout.kinds.items() if KINDS[k].arrow_type != "string"]
    good_lines: list[int] = []
    good: list[bytes] = []
    longest = 0
    data = bytes(block)
    consumed = data.count(b"\n") + (0 if not data or data.endswith(b"\n") else 1)
    next_line, at_line, at = first_line, first_line, 0
    for m in _NONEMPTY.finditer(data):  # runs of empty lines are counted, not looped over
        at_line += data.count(b"\n", at, m.start())
        at = m.start()
        line, raw = at_line, m.group()
        _empty_lines(found, name, next_line, line - next_line, ncols)
        next_line = line + 1
        if len(raw) > MAX_LINE_BYTES:
            raise line_too_long(name, line, len(raw))
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if raw == b"":
            found.add(ParseError(name, line, None, "", f"expected a row of {ncols} tab-separated columns; got an empty line")
                      if found.wants() else None)
            continue
        fields = raw.split(b"\t")
        if len(fields) != ncols:
            if not found.wants():
                found.add(None)
            elif len(fields) < ncols:
                reason = f"{ncols} tab-separated columns ({layout.description}); got {len(fields)}, the row ends before this column"
                found.add(ParseError(name, line, layout.names[len(fields)], _show(raw[-60:]), f"expected {reason}"))
            else:
                reason = f"{ncols} tab-separated columns ({layout.description}); got {len(fields)}"
                found.add(ParseError(name, line, None, _show(b"\t".join(fields[ncols:])[:60]), f"expected {reason}"))
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as e:
            j = raw.count(b"\t", 0, e.start)
            found.add(ParseError(name, line, layout.names[j], fields[j][:120], "expected UTF-8 text; got bytes that are not UTF-8")
                      if found.wants() else None)
            continue
        if b"\r" in raw:
            j = raw.count(b"\t", 0, raw.index(b"\r"))
            found.add(ParseError(name, line, layout.names[j], _show(fields[j][:120]), "expected no carriage return inside a row")
                      if found.wants() else None)
            continue
        for j, col, kind in numeric:
            if not kind.lexical_ok(fields[j]):
                found.add(ParseError(name, line, col, _show(fields[j][:120]), f"expected {kind.expected}")
                          if found.wants() else None)
                break
        else:
            good_lines.append(line)
            good.append(raw)
            longest = max(longest, len(raw))
    _empty_lines(found, name, next_line, first_line + consumed - next_line, ncols)
    return good_lines, (b"\n".join(good) + b"\n" if good else b""), longest, consumed


_NONEMPTY = re.compile(rb"[^\n]+")


def _empty_lines(found: _Found, name: str, line: int, count: int, ncols: int) -> None:
    """Count ``count`` empty lines from ``line`` on as bad rows (errors built only for the first ones)."""
    for k in range(count):
        if not found.wants():
            found.count += count - k
            return
        found.add(ParseError(name, line + k, None, "", f"expected a row of {ncols} tab-separated columns; got an empty line"))


def _show(value: bytes) -> str:
    return value.decode("utf-8", errors="backslashreplace")


def _validate(table: pa.Table, layout: FileLayout, lines: np.ndarray, name: str, found: _Found) -> np.ndarray:
    """Vectorized value checks; return the mask of good rows (bad ones are counted in ``found``)."""
    n = table.num_rows
    which = np.full(n, -1, dtype=np.int64)
    checks: list[tuple[str, str]] = []
    for col in layout.names:
        kind = layout.kinds.get(col)
        tests: list[tuple[Callable[[Any], np.ndarray], str]] = []
        check_of_kind = KINDS[kind].check if kind is not None else None
        if kind is not None and check_of_kind is not None:
            tests.append((check_of_kind, KINDS[kind].expected))
        if col in layout.extra_checks:
            tests.append(layout.extra_checks[col])
        for check, expected in tests:
            bad = check(table.column(col))
            if bad.any():
                which[(which < 0) & bad] = len(checks)
                checks.append((col, expected))
    bad_rows = np.flatnonzero(which >= 0)
    for k, r in enumerate(bad_rows.tolist()):
        if not found.wants():
            found.count += len(bad_rows) - k
            break
        col, expected = checks[which[r]]
        value = table.column(col)[r].as_py()
        found.add(ParseError(name, int(lines[r]), col, "" if value is None else value, f"expected {expected}"))
    return which < 0


_BOM = b"\xef\xbb\xbf"


def parse_file(member: Member, layout_of: Callable[[bytes], FileLayout], *, errors: str,
               max_rows: int | None = None, report: BadRows | None = None) -> Iterator[tuple[pa.Table, FileLayout]]:
    """Parse one stream into validated arrow tables of good rows (file column names).

    ``layout_of(first_block)`` picks the layout from the start of the stream (at
    least its whole first line). Bad rows raise (``errors="raise"``) or are
    counted in ``report``. An empty stream yields nothing: zero rows, noted by a
    :class:`~tension.SkippedInputWarning` under ``errors="warn"``.
    """
    report = report if report is not None else BadRows(member.name)
    line = 1
    chunks = member.chunks()
    try:
        first = next(chunks, None)
    except LineTooLong as e:
        raise line_too_long(member.name, line + e.newlines, None) from None
    if first is None:
        if errors == "warn":
            warnings.warn(f"{member.name}: the file is empty; no rows read", SkippedInputWarning, stacklevel=3)
        return
    if bytes(first[:3]) == _BOM:  # a byte-order mark is dropped at the start of a file only
        first = first[3:]
    nl = find_newline(np.frombuffer(first, dtype=np.uint8), 0)
    layout = layout_of(bytes(first[: max(1 << 20, nl + 1)]))
    if layout.header:
        first = first[nl + 1 :] if nl >= 0 else first[len(first) :]
        line = 2

    def stream() -> Iterator[memoryview]:
        if len(first):
            yield first
        yield from chunks

    blocks = stream()
    while True:
        try:
            big = next(blocks, None)
        except LineTooLong as e:
            raise line_too_long(member.name, line + e.newlines, None) from None
        if big is None:
            return
        for block in _split_rows(big, max_rows):
            table = _fast_read(block, layout)
            if table is not None:
                found = _Found(report.keep)
                table = _encode(table, layout)
                good = _validate(table, layout, np.arange(line, line + table.num_rows), member.name, found)
                if not found.count:
                    line += table.num_rows
                    yield table, layout
                    continue
            # the slow path: slice by slice, line by line, with the exact line, column and value
            for piece in _slices(block, SLICE_BYTES):
                found = _Found(report.keep)
                table, lines, consumed = _parse_slice(piece, line, layout, member.name, found)
                table = _encode(table, layout)
                good = _validate(table, layout, lines, member.name, found)
                line += consumed
                if found.count:
                    if errors == "raise":
                        raise min(found.first, key=lambda e: e.line or 0)
                    report.add(found.count, found.first)
                    table = table.filter(good)
                yield table, layout


def _encode(table: pa.Table, layout: FileLayout) -> pa.Table:
    """``table`` with the columns ``layout.encode`` dictionary-encoded."""
    for name in layout.encode:
        i = table.schema.get_field_index(name)
        if i >= 0:
            table = table.set_column(i, name, dictionary_encode(table.column(i)))
    return table


def _fast_read(block: memoryview, layout: FileLayout) -> pa.Table | None:
    """The rows of a block read by pyarrow in one pass, or ``None`` when the block needs the line scan.

    The line scan decides whenever pyarrow could read the block differently:
    bytes that are not UTF-8, a row pyarrow refuses (wrong column count, a line
    longer than its block size, a value that is no number) or a doubtful byte
    pattern (:data:`_DOUBTFUL`).
    """
    import pyarrow as pa

    if not _utf8_ok(block) or _doubtful(block):
        return None
    try:  # pyarrow refuses a row longer than its block size: over-long lines always reach the line scan
        return _arrow_read(block, layout, block_size=min(1 << 20, MAX_LINE_BYTES))
    except pa.ArrowInvalid:
        return None


def _parse_slice(piece: memoryview, line: int, layout: FileLayout, name: str,
                 found: _Found) -> tuple[pa.Table, np.ndarray, int]:
    """Scan a slice of whole lines; return its good rows (typed), their line numbers and the lines consumed."""
    import pyarrow as pa

    good_lines, good, longest, consumed = _scan_lines(piece, line, layout, name, found)
    if not good:
        empty = _arrow_read(b"\t" * (len(layout.names) - 1) + b"\n", layout).slice(0, 0)
        return empty, np.zeros(0, np.int64), consumed
    try:
        table = _arrow_read(good, layout, threads=False, block_size=max(1 << 20, longest + 2))
    except pa.ArrowInvalid as e:  # the line scan and pyarrow disagree: say so rather than guess
        raise TensionError(f"{name}: lines {line}..{line + consumed - 1}: pyarrow refused rows the line check "
                           f"accepted ({e})") from None
    return table, np.asarray(good_lines, dtype=np.int64), consumed
