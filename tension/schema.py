"""The event schema: column names, dtypes and the checks every event passes.

One home for the rules, shared by :class:`tension.Event` (one record) and
:class:`tension.EventTable` (columns): each ``check_*`` function takes an array,
converts it to the column's dtype and raises :class:`~tension.SchemaError` or
:class:`~tension.FieldTypeError` naming the field, the first bad row, what was
expected and what arrived.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.dtypes import StringDType

from ._arrays import as_fixed_str, as_var_str, char_matrix, readonly, to_days
from .codebook import load as _load_codebook
from .exceptions import FieldTypeError, SchemaError

__all__ = [
    "COLUMNS",
    "MODES",
    "PRECISIONS",
    "TENSION_RANGE",
    "check_columns",
    "check_modes",
]

#: Event columns in their canonical order.
COLUMNS: tuple[str, ...] = (
    "date",
    "precision",
    "actor",
    "target",
    "code",
    "tension",
    "mentions",
    "mode",
    "evidence",
    "source",
    "start",
    "end",
)

#: Allowed date precisions, finest first.
PRECISIONS: tuple[str, ...] = ("day", "month", "year")

#: What an event reports: ``"act"``, something done or said (an announced act is an act), or
#: ``"plan"``, an act announced for the future ("will visit", "plans to impose"). Series and
#: indices count acts unless asked otherwise (:func:`check_modes`).
MODES: tuple[str, ...] = ("act", "plan")

#: Tension is minus the Goldstein scale and lies in this closed range.
TENSION_RANGE: tuple[float, float] = (-10.0, 10.0)

_ACTOR_EXPECTED = "a CAMEO-style actor code: '' or 3+ upper-case letters/digits, e.g. 'USA', 'CHNGOV'"


def _first(mask: np.ndarray) -> int:
    return int(np.argmax(mask))


def check_date(values: Any) -> np.ndarray:
    return to_days(values, "date")


def _check_choice(values: Any, n: int, name: str, allowed: tuple[str, ...], width: str) -> np.ndarray:
    """``values`` as a fixed-width string column, each one of ``allowed``; ``None``: all ``allowed[0]``."""
    if values is None:
        return np.full(n, allowed[0], dtype=width)
    a = as_fixed_str(values, name)
    bad = ~np.isin(a, allowed)
    if bad.any():
        i = _first(bad)
        expected = "one of " + ", ".join(repr(v) for v in allowed)
        raise SchemaError(name, expected, repr(str(a[i])), i)
    return a.astype(width)


def check_precision(values: Any, n: int) -> np.ndarray:
    return _check_choice(values, n, "precision", PRECISIONS, "<U5")


def check_mode(values: Any, n: int) -> np.ndarray:
    return _check_choice(values, n, "mode", MODES, "<U4")


_MODES_EXPECTED = "'act', 'plan', 'all', or a sequence of 'act' and 'plan'"


def check_modes(modes: Any, field: str = "modes") -> tuple[str, ...]:
    """The modes a series or index counts, from ``"act"``, ``"plan"``, ``"all"`` or a sequence.

    The one rule for the ``modes=`` option of :meth:`tension.EventTable.series` and
    the indices: a single mode, ``"all"`` (both), or a non-empty sequence of modes;
    returned in the order of :data:`MODES`, without repeats.

    Raises
    ------
    SchemaError
        An unknown mode, or an empty sequence.
    FieldTypeError
        Neither a string nor a sequence of strings.

    Examples
    --------
    >>> from tension.schema import check_modes
    >>> check_modes("act"), check_modes("all"), check_modes(["plan", "act"])
    (('act',), ('act', 'plan'), ('act', 'plan'))
    >>> check_modes("plans")
    Traceback (most recent call last):
    ...
    tension.exceptions.SchemaError: field 'modes': expected 'act', 'plan', 'all', or a sequence of 'act' and 'plan', got 'plans'
    """
    if isinstance(modes, str):
        if modes == "all":
            return MODES
        items: list[Any] = [modes]
    elif isinstance(modes, (tuple, list, set, frozenset)):
        items = list(modes)
    else:
        raise FieldTypeError(field, _MODES_EXPECTED, modes)
    for m in items:
        if not isinstance(m, str):
            raise FieldTypeError(field, _MODES_EXPECTED, modes)
        if m not in MODES:
            raise SchemaError(field, _MODES_EXPECTED, repr(modes if isinstance(modes, str) else m))
    if not items:
        raise SchemaError(field, _MODES_EXPECTED, "an empty sequence")
    return tuple(m for m in MODES if m in items)


def check_date_precision(date: np.ndarray, precision: np.ndarray) -> None:
    """A month-precise date is the 1st of its month; a year-precise date is 1 January."""
    if precision.shape != date.shape:
        return  # the length check of check_columns reports it
    month_start = date.astype("datetime64[M]").astype("datetime64[D]") == date
    year_start = date.astype("datetime64[Y]").astype("datetime64[D]") == date
    bad = ((precision == "month") & ~month_start) | ((precision == "year") & ~year_start)
    if bad.any():
        i = _first(bad)
        start = "the 1st of its month" if precision[i] == "month" else "1 January"
        raise SchemaError("date", f"{start} for a {precision[i]}-precise date", str(date[i]), i)


def check_actor(values: Any, field: str) -> np.ndarray:
    a = as_fixed_str(values, field)
    n = a.shape[0]
    if n == 0:
        return a
    width = a.dtype.itemsize // 4
    m = char_matrix(np.ascontiguousarray(a), max(width, 3))
    # Whole-array checks first (no per-row reductions); rows are examined only to name a bad one.
    good_char = ((m >= 65) & (m <= 90)) | ((m >= 48) & (m <= 57)) | (m == 0)
    gap = (m[:, :-1] == 0) & (m[:, 1:] != 0)  # a NUL inside the code
    short = (m[:, 0] != 0) & (m[:, 2] == 0)  # one or two characters
    if good_char.all() and not gap.any() and not short.any():
        return a
    ok = good_char.all(axis=1) & ~gap.any(axis=1) & ~short
    i = _first(~ok)
    raise SchemaError(field, _ACTOR_EXPECTED, repr(str(a[i])), i)


def check_code(values: Any) -> np.ndarray:
    a = as_fixed_str(values, "code")
    _load_codebook().index(a)  # raises UnknownCodeError naming the first unknown code
    return a.astype("<U4")


def _numeric(values: Any, field: str, kind: str) -> np.ndarray:
    # Sequences go through object dtype so that a stray str or bool is named, not coerced.
    a = values if isinstance(values, np.ndarray) else np.asarray(values, dtype=object)
    if a.dtype == object and a.ndim == 1 and a.size:
        for i, v in enumerate(a):
            if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)):
                raise FieldTypeError(field, "a number", v, i)
        a = a.astype(np.float64) if kind == "f" else _as_int_or_float(a)
    if a.size == 0 and a.ndim == 1:
        return np.zeros(0, dtype=np.float64 if kind == "f" else np.int64)
    if a.dtype == object and (a.ndim != 1 or kind == "f"):
        a = np.asarray(a.tolist())  # 0-d or nested input: let the shape check name it
    if a.dtype == object:
        return a  # Python ints too large for int64: _integers names the first
    if a.dtype.kind == "b" or a.dtype.kind not in "iuf":
        if a.ndim == 1 and a.size:
            raise FieldTypeError(field, "a number", a[0].item() if a.dtype.kind != "U" else str(a[0]), 0)
        raise FieldTypeError(field, "numbers", a)
    return a


def _as_int_or_float(a: np.ndarray) -> np.ndarray:
    """Python ints stay exact (int64); any float makes the column float64."""
    if all(isinstance(v, (int, np.integer)) for v in a):
        try:
            return a.astype(np.int64)
        except OverflowError:
            return a  # left as Python ints: the caller names the one out of range
    return a.astype(np.float64)


def check_tension(values: Any) -> np.ndarray:
    a = _numeric(values, "tension", "f").astype(np.float64)
    lo, hi = TENSION_RANGE
    bad = ~np.isfinite(a) | (a < lo) | (a > hi)
    if bad.any():
        i = _first(bad)
        raise SchemaError("tension", f"a finite number in [{lo:g}, {hi:g}]", repr(float(a[i])), i)
    return a


_INT64 = "a whole number that fits in 64 bits"


def _integers(values: Any, field: str) -> np.ndarray:
    a = _numeric(values, field, "i")
    if a.dtype == object:  # Python ints beyond int64
        i = next(i for i, v in enumerate(a) if not -(2**63) <= v < 2**63)
        raise SchemaError(field, _INT64, repr(a[i]), i)
    if a.dtype.kind == "f":
        whole = np.isfinite(a) & (a == np.round(a))
        if not whole.all():
            i = _first(~whole)
            raise SchemaError(field, "a whole number", repr(float(a[i])), i)
        big = np.abs(a) >= 2.0**63
        if big.any():
            i = _first(big)
            raise SchemaError(field, _INT64, repr(float(a[i])), i)
    elif a.dtype.kind == "u":
        big = a > np.iinfo(np.int64).max
        if big.any():
            i = _first(big)
            raise SchemaError(field, _INT64, repr(int(a[i])), i)
    return a.astype(np.int64)


def check_mentions(values: Any, n: int) -> np.ndarray:
    if values is None:
        return np.ones(n, dtype=np.int64)
    a = _integers(values, "mentions")
    bad = a < 1
    if bad.any():
        i = _first(bad)
        raise SchemaError("mentions", "an integer >= 1", repr(int(a[i])), i)
    return a


def check_text(values: Any, n: int, field: str) -> np.ndarray:
    if values is None:
        return np.full(n, "", dtype=StringDType())
    return as_var_str(values, field)


def check_offsets(start: Any, end: Any, n: int) -> tuple[np.ndarray, np.ndarray]:
    s = np.full(n, -1, dtype=np.int64) if start is None else _integers(start, "start")
    e = np.full(n, -1, dtype=np.int64) if end is None else _integers(end, "end")
    for field, a in (("start", s), ("end", e)):
        bad = a < -1
        if bad.any():
            i = _first(bad)
            raise SchemaError(field, "an offset >= 0, or -1 for none", repr(int(a[i])), i)
    if s.shape == e.shape:
        none_s, none_e = s == -1, e == -1
        bad = (none_s != none_e) | (~none_s & (e < s))
        if bad.any():
            i = _first(bad)
            raise SchemaError(
                "end", "end >= start, both -1 when there is no offset",
                f"start={int(s[i])}, end={int(e[i])}", i,
            )
    return s, e


def check_columns(
    *,
    date: Any,
    actor: Any,
    target: Any,
    code: Any,
    tension: Any,
    precision: Any = None,
    mentions: Any = None,
    mode: Any = None,
    evidence: Any = None,
    source: Any = None,
    start: Any = None,
    end: Any = None,
) -> dict[str, np.ndarray]:
    """Validate and convert the event columns; return them read-only, in canonical order.

    Raises
    ------
    SchemaError
        A value is outside its field's domain, or the columns differ in length.
    FieldTypeError
        A column holds values of the wrong type.
    """
    cols: dict[str, np.ndarray] = {"date": check_date(date)}
    n = cols["date"].shape[0]
    cols["precision"] = check_precision(precision, n)
    check_date_precision(cols["date"], cols["precision"])
    cols["actor"] = check_actor(actor, "actor")
    cols["target"] = check_actor(target, "target")
    cols["code"] = check_code(code)
    cols["tension"] = check_tension(tension)
    cols["mentions"] = check_mentions(mentions, n)
    cols["mode"] = check_mode(mode, n)
    cols["evidence"] = check_text(evidence, n, "evidence")
    cols["source"] = check_text(source, n, "source")
    cols["start"], cols["end"] = check_offsets(start, end, n)
    for name, a in cols.items():
        if a.ndim != 1 or a.shape[0] != n:
            raise SchemaError(name, f"a 1-d column of length {n} (the length of 'date')", f"shape {a.shape}")
    return {name: readonly(cols[name]) for name in COLUMNS}
