"""Small vectorized helpers over numpy string and date arrays (internal)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

import numpy as np
from numpy.dtypes import StringDType

__all__ = [
    "as_fixed_str",
    "as_var_str",
    "char_matrix",
    "prefix_equals",
    "country_keys",
    "NO_COUNTRY_KEY",
    "to_day",
    "readonly",
    "ro_float64",
    "ro_int64",
    "ro_days",
    "ro_strings",
]

VAR_STR = StringDType()


def readonly(a: np.ndarray) -> np.ndarray:
    """Return ``a`` with its write flag cleared (a view when ``a`` is shared)."""
    if a.flags.writeable:
        a = a.view()
        a.setflags(write=False)
    return a


def ro_float64(v: Any) -> np.ndarray:
    """attrs converter: a read-only float64 array."""
    return readonly(np.asarray(v, dtype=np.float64))


def ro_int64(v: Any) -> np.ndarray:
    """attrs converter: a read-only int64 array."""
    return readonly(np.asarray(v, dtype=np.int64))


def ro_days(v: Any) -> np.ndarray:
    """attrs converter: a read-only ``datetime64[D]`` array."""
    return readonly(np.asarray(v, dtype="datetime64[D]"))


def ro_strings(v: Any) -> np.ndarray:
    """attrs converter: a read-only ``StringDType`` array."""
    return readonly(np.asarray(v, dtype=VAR_STR))


def _refuse_bare_str(values: Any, field: str) -> None:
    """A column given as one string would be split into characters: refuse it."""
    from .exceptions import FieldTypeError

    if isinstance(values, (str, bytes)):
        raise FieldTypeError(field, "a sequence or array with one value per row, not a single string", values)


def as_fixed_str(values: Any, field: str = "value") -> np.ndarray:
    """Convert strings to a fixed-width numpy unicode array (``<U``).

    Accepts lists, object arrays, ``StringDType`` arrays and ``<U`` arrays.
    ``None`` is refused: a missing code is the empty string.
    """
    from .exceptions import FieldTypeError

    _refuse_bare_str(values, field)
    a = values if isinstance(values, np.ndarray) else np.asarray(list(values), dtype=object)
    if a.dtype.kind == "U":
        return a
    if a.size == 0:
        return np.zeros(a.shape, dtype="<U1")
    if isinstance(a.dtype, StringDType):
        width = int(np.strings.str_len(a).max()) or 1
        return a.astype(f"<U{width}")
    if a.dtype == object:
        bad = [i for i, v in enumerate(a.ravel()[:]) if not isinstance(v, str)][:1]
        if bad:
            v = a.ravel()[bad[0]]
            raise FieldTypeError(field, "str", v, bad[0])
        return a.astype(str)
    if a.dtype.kind == "S":
        return np.char.decode(a, "utf-8")
    raise FieldTypeError(field, "an array of str", a)


def as_var_str(values: Any, field: str = "value") -> np.ndarray:
    """Convert strings to a variable-width ``StringDType`` array."""
    from .exceptions import FieldTypeError

    _refuse_bare_str(values, field)
    if isinstance(values, np.ndarray):
        if isinstance(values.dtype, StringDType):
            return values
        a = values
    else:
        a = np.asarray(list(values), dtype=object)
    if a.dtype == object:
        for i, v in enumerate(a.ravel()):
            if not isinstance(v, str):
                raise FieldTypeError(field, "str", v, i)
    elif a.dtype.kind != "U":
        raise FieldTypeError(field, "an array of str", a)
    try:
        return a.astype(VAR_STR)
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 (and StringDType) cannot hold
        raise _surrogate_error(a, field) from None


def _surrogate_error(a: np.ndarray, field: str) -> Exception:
    from .exceptions import SchemaError

    for i, v in enumerate(a.ravel().tolist()):
        try:
            str(v).encode("utf-8")
        except UnicodeEncodeError as e:
            return SchemaError(field, "text without lone surrogates (U+D800 to U+DFFF), which UTF-8 cannot hold",
                               f"{str(v)[max(e.start - 20, 0): e.end + 20]!r}", i)
    return SchemaError(field, "text UTF-8 can hold", "a value it cannot")


def char_matrix(a: np.ndarray, width: int) -> np.ndarray:
    """Code points of a ``<U`` array as an ``(n, width)`` uint32 matrix.

    Strings shorter than ``width`` are padded with 0; longer ones are cut (the
    caller checks column ``width`` against the original width if it matters).
    """
    n = a.shape[0]
    w = a.dtype.itemsize // 4
    m = np.ascontiguousarray(a).view(np.uint32).reshape(n, w) if w else np.zeros((n, 0), np.uint32)
    if w >= width:
        return m[:, :width]
    out = np.zeros((n, width), dtype=np.uint32)
    out[:, :w] = m
    return out


def prefix_equals(a: np.ndarray, prefix: str) -> np.ndarray:
    """Vectorized ``a.startswith(prefix)`` over a 1-d ``<U`` array.

    The first ``len(prefix)`` code points of every string are compared in place
    as 8-byte (and a final 4-byte) integers read through strided views, so the
    cost is one or two passes over the array whatever the prefix length.

    Examples
    --------
    >>> import numpy as np
    >>> from tension._arrays import prefix_equals
    >>> prefix_equals(np.array(["USAGOV", "CHN", "US", ""]), "USA").tolist()
    [True, False, False, False]
    """
    n = a.shape[0]
    k = len(prefix)
    if k == 0:
        return np.ones(n, dtype=bool)
    width = a.dtype.itemsize // 4
    if width < k or n == 0:
        return np.zeros(n, dtype=bool)
    if not a.dtype.isnative:
        a = a.astype(a.dtype.newbyteorder("="))
    a = np.ascontiguousarray(a)
    want = np.frombuffer(prefix.encode("utf-32-le" if np.little_endian else "utf-32-be"), dtype=np.uint8)
    out: np.ndarray | None = None
    offset = 0
    while offset < 4 * k:
        size = 8 if 4 * k - offset >= 8 else 4
        dtype = np.dtype(np.uint64 if size == 8 else np.uint32)
        part = np.ndarray((n,), dtype=dtype, buffer=a, offset=offset, strides=(a.dtype.itemsize,))
        hit = part == want[offset: offset + size].view(dtype)[0]
        out = hit if out is None else np.logical_and(out, hit, out=out)
        offset += size
    assert out is not None
    return out


#: Key of strings whose first three characters are not all in [0-9A-Z] (or absent).
NO_COUNTRY_KEY = np.uint16(65535)


def country_keys(a: np.ndarray) -> np.ndarray:
    """Integer key of the first three characters of each string of a 1-d ``<U`` array.

    Each character maps to 1..36 (``0-9``, ``A-Z``; 0 when absent) and the three
    make one base-37 number below 50653, stored as uint16: ``"USAGOV"`` and
    ``"USA"`` share the key of ``"USA"``. Strings with any other character in
    their first three get :data:`NO_COUNTRY_KEY`. Event tables keep these keys
    next to ``actor`` and ``target`` so that filtering on countries reads 2
    bytes per row instead of the whole fixed-width string.

    Examples
    --------
    >>> import numpy as np
    >>> from tension._arrays import country_keys
    >>> k = country_keys(np.array(["USAGOV", "USA", "CHN", "", "usa"]))
    >>> bool(k[0] == k[1]), bool(k[0] == k[2]), int(k[3]), int(k[4])
    (True, False, 0, 65535)
    """
    m = char_matrix(np.ascontiguousarray(a), 3)
    key = np.zeros(a.shape[0], dtype=np.int32)
    bad = np.zeros(a.shape[0], dtype=bool)
    for j in range(3):
        c = m[:, j].astype(np.int32)
        digit = (c >= 48) & (c <= 57)
        letter = (c >= 65) & (c <= 90)
        bad |= ~(digit | letter | (c == 0))
        key = key * 37 + np.where(digit, c - 47, np.where(letter, c - 54, 0))
    out = key.astype(np.uint16)
    if bad.any():
        out[bad] = NO_COUNTRY_KEY
    return out


def to_day(value: Any, field: str = "date") -> np.datetime64:
    """One date (``datetime.date``, ISO string or ``datetime64``) as ``datetime64[D]``.

    Strings follow the one rule of :func:`tension._values.parse_day`.
    """
    from ._values import parse_day
    from .exceptions import FieldTypeError, SchemaError

    if isinstance(value, _dt.datetime):
        return np.datetime64(value.date(), "D")
    if isinstance(value, _dt.date):
        return np.datetime64(value, "D")
    if isinstance(value, np.datetime64):
        d = value.astype("datetime64[D]")
    elif isinstance(value, str):
        d = np.datetime64(parse_day(value, field), "D")
    else:
        raise FieldTypeError(field, "a datetime.date, ISO date string or numpy.datetime64", value)
    if np.isnat(d):
        raise SchemaError(field, "a date", "NaT")
    return d


def to_days(values: Iterable[Any] | np.ndarray, field: str = "date") -> np.ndarray:
    """Many dates as a ``datetime64[D]`` array (vectorized for arrays and ISO strings)."""
    from .exceptions import FieldTypeError, SchemaError

    _refuse_bare_str(values, field)
    a = values if isinstance(values, np.ndarray) else np.asarray(list(values), dtype=object)
    if a.dtype.kind == "M":
        d = a.astype("datetime64[D]")
    elif a.size == 0:
        d = np.zeros(0, dtype="datetime64[D]")
    elif a.dtype.kind in "U" or isinstance(a.dtype, StringDType):
        # numpy also parses "2023", "2023-06" and "today": only plain YYYY-MM-DD takes the fast path
        plain = bool((np.strings.str_len(a) == 10).all())
        if plain and hasattr(np.strings, "slice"):  # numpy >= 2.3: also refuse signed years ("-100-01-01")
            plain = bool(np.strings.isdigit(np.strings.slice(a, 0, 4)).all())
        try:
            d = a.astype("datetime64[D]") if plain else _days_one_by_one(a, field)
        except ValueError:
            d = _days_one_by_one(a, field)
    elif a.dtype == object:
        d = _days_one_by_one(a, field)
    else:
        raise FieldTypeError(field, "dates (datetime64, datetime.date or ISO strings)", a)
    nat = np.isnat(d)
    if nat.any():
        raise SchemaError(field, "a date", "NaT", int(np.argmax(nat)))
    return d


def _days_one_by_one(a: np.ndarray, field: str) -> np.ndarray:
    """Slow path of :func:`to_days`: convert each value, naming the first bad row."""
    from .exceptions import FieldTypeError, SchemaError

    out = np.empty(a.shape[0], dtype="datetime64[D]")
    for i, v in enumerate(a):
        try:
            out[i] = to_day(v, field)
        except SchemaError as e:
            raise SchemaError(field, e.expected, e.got, i) from None
        except FieldTypeError as e:
            raise FieldTypeError(field, e.expected, e.got, i) from None
    return out
