"""Shared checks and binning for the index functions (internal)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..exceptions import FieldTypeError, SchemaError
from ..series import FREQS, Series, period_bins

if TYPE_CHECKING:
    from ..events import EventTable


def check_series(series: Any, field: str = "series") -> Series:
    """Raise :class:`FieldTypeError` unless ``series`` is a :class:`Series`."""
    if not isinstance(series, Series):
        raise FieldTypeError(field, "a tension.Series", series)
    return series


def check_table(table: Any, field: str = "table") -> EventTable:
    """Raise :class:`FieldTypeError` unless ``table`` is an :class:`EventTable`."""
    from ..events import EventTable

    if not isinstance(table, EventTable):
        raise FieldTypeError(field, "a tension.EventTable", table)
    return table


def counted(table: Any, modes: str | Sequence[str], field: str = "table") -> EventTable:
    """The events of ``table`` that an index counts: those of ``modes`` (acts by default)."""
    return check_table(table, field).select_modes(modes)


def check_freq(freq: Any) -> str:
    if freq not in FREQS:
        raise SchemaError("freq", f"one of {FREQS}", repr(freq))
    return str(freq)


def positive_int(value: Any, field: str, minimum: int = 1) -> int:
    """``value`` as an int >= ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise FieldTypeError(field, "an int", value)
    if value < minimum:
        raise SchemaError(field, f"an int >= {minimum}", repr(value))
    return int(value)


def positive_float(value: Any, field: str, *, allow_inf: bool = False, allow_zero: bool = False) -> float:
    """``value`` as a float > 0 (or >= 0), finite unless ``allow_inf``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise FieldTypeError(field, "a number", value)
    v = float(value)
    ok = (v >= 0 if allow_zero else v > 0) and not math.isnan(v) and (allow_inf or math.isfinite(v))
    if not ok:
        expected = ("a number >= 0" if allow_zero else "a number > 0") + ("" if allow_inf else ", finite")
        raise SchemaError(field, expected, repr(value))
    return v


def bins(table: EventTable, freq: str, start: Any = None, end: Any = None) -> tuple[np.ndarray, int, np.ndarray, np.ndarray | None]:
    """:func:`tension.series.period_bins` of the events' dates (index, size, period starts, kept events)."""
    check_freq(freq)
    return period_bins(table.date, freq, start, end)


def finite_median(x: np.ndarray) -> float:
    """Median of the finite values of ``x`` (NaN if there are none), without warnings."""
    f = x[np.isfinite(x)]
    return float(np.median(f)) if f.size else math.nan
