"""Regular daily, weekly and monthly series of tension.

Dates become integer period keys with array arithmetic (days since 1970-01-01;
Monday-based weeks; months since 1970-01), and values are summed per key with
:func:`numpy.bincount`. There is no Python loop over rows or periods.

Examples
--------
>>> import numpy as np
>>> from tension.series import period_keys, period_starts
>>> d = np.array(["2023-06-18", "2023-06-19"], dtype="datetime64[D]")
>>> period_starts(period_keys(d, "W"), "W").tolist()   # Sunday's week starts on Monday 12 June
[datetime.date(2023, 6, 12), datetime.date(2023, 6, 19)]
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from ._arrays import readonly, to_day
from .exceptions import FieldTypeError, SchemaError

if TYPE_CHECKING:
    import pandas as pd

    from .events import EventTable

__all__ = [
    "Series",
    "FREQS",
    "HOWS",
    "period_keys",
    "period_starts",
    "aggregate",
    "aggregate_table",
]

#: Supported frequencies: daily, weekly (weeks start on Monday), monthly.
FREQS: tuple[str, ...] = ("D", "W", "M")
#: Supported reducers.
HOWS: tuple[str, ...] = ("sum", "mean", "count")
_WEIGHTS = (None, "mentions")


def _check_choice(field: str, value: object, choices: Iterable[object]) -> None:
    choices = tuple(choices)
    if value not in choices:
        raise SchemaError(field, f"one of {choices}", repr(value))


def period_keys(dates: np.ndarray, freq: str) -> np.ndarray:
    """Integer period key of each date.

    ``"D"``: days since 1970-01-01; ``"W"``: Monday-based weeks since the week
    of 1969-12-29; ``"M"``: months since 1970-01.

    Parameters
    ----------
    dates : ndarray of datetime64[D]
    freq : {"D", "W", "M"}

    Returns
    -------
    ndarray of int64

    Examples
    --------
    >>> import numpy as np
    >>> from tension.series import period_keys
    >>> period_keys(np.array(["1970-01-01", "1970-02-03"], dtype="datetime64[D]"), "M").tolist()
    [0, 1]
    """
    _check_choice("freq", freq, FREQS)
    d = np.asarray(dates).astype("datetime64[D]")
    days = d.astype(np.int64)
    if freq == "M":
        if days.size > 4096:  # calendar conversion is slow: convert each day of the range once, then gather
            lo, hi = int(days.min()), int(days.max())
            if hi - lo < max(days.size, 1 << 16):
                month_of_day = np.arange(lo, hi + 1).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
                return month_of_day[days - lo]
        return d.astype("datetime64[M]").astype(np.int64)
    if freq == "W":
        return (days + 3) // 7  # 1970-01-01 is a Thursday: shift so weeks start on Monday
    return days


def period_starts(keys: np.ndarray, freq: str) -> np.ndarray:
    """First day of each period key (inverse of :func:`period_keys`).

    Examples
    --------
    >>> import numpy as np
    >>> from tension.series import period_starts
    >>> period_starts(np.array([0, 641]), "M").astype(str).tolist()
    ['1970-01-01', '2023-06-01']
    """
    _check_choice("freq", freq, FREQS)
    k = np.asarray(keys, dtype=np.int64)
    if freq == "M":
        return k.astype("datetime64[M]").astype("datetime64[D]")
    if freq == "W":
        return (k * 7 - 3).astype("datetime64[D]")
    return k.astype("datetime64[D]")


def aggregate(
    index: np.ndarray,
    values: np.ndarray,
    size: int,
    how: str = "sum",
    weights: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Reduce ``values`` into ``size`` bins given each value's bin ``index``.

    Parameters
    ----------
    index : ndarray of int, shape (n,)
        Bin of each value, in ``[0, size)``.
    values : ndarray of float, shape (n,)
    size : int
        Number of bins; empty bins are kept.
    how : {"sum", "mean", "count"}
        ``sum`` of (weighted) values, weighted ``mean`` (NaN for empty bins), or
        ``count`` of rows (sum of weights when weighted).
    weights : ndarray of float, optional
        Per-row weights (e.g. mentions).

    Returns
    -------
    values : ndarray of float64, shape (size,)
    counts : ndarray of int64, shape (size,)
        Rows per bin (unweighted).

    Examples
    --------
    >>> import numpy as np
    >>> from tension.series import aggregate
    >>> v, c = aggregate(np.array([0, 0, 2]), np.array([1.0, 3.0, 5.0]), 4, "mean")
    >>> v.tolist(), c.tolist()
    ([2.0, nan, 5.0, nan], [2, 0, 1, 0])
    """
    _check_choice("how", how, HOWS)
    idx = np.asarray(index, dtype=np.intp)
    counts = np.bincount(idx, minlength=size).astype(np.int64)
    w = None if weights is None else np.asarray(weights, dtype=np.float64)
    if how == "count":
        out = counts.astype(np.float64) if w is None else np.bincount(idx, weights=w, minlength=size)
        return out, counts
    v = np.asarray(values, dtype=np.float64)
    sums = np.bincount(idx, weights=v if w is None else v * w, minlength=size)
    if how == "sum":
        return sums, counts
    denom = counts.astype(np.float64) if w is None else np.bincount(idx, weights=w, minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(denom > 0, sums / np.where(denom > 0, denom, 1.0), np.nan)
    return mean, counts


def aggregate_table(
    table: EventTable,
    *,
    freq: str = "D",
    how: str = "sum",
    weight: str | None = None,
    start: Any = None,
    end: Any = None,
) -> Series:
    """Aggregate an event table's tension into a regular :class:`Series`.

    Parameters
    ----------
    table : EventTable
    freq : {"D", "W", "M"}
        Daily, weekly (Monday starts) or monthly (1st of the month) periods.
    how : {"sum", "mean", "count"}
        Sum of tension, mean tension (NaN for empty periods), or event count.
    weight : {None, "mentions"}
        Weight each event by its mentions (sum: tension x mentions; mean:
        mentions-weighted mean; count: total mentions).
    start, end : date-like, optional
        The range of periods to return (inclusive); events outside it are left
        out. Default: from the first to the last event.

    Returns
    -------
    Series
        Every period in the range, empty ones included (0 for sums and counts,
        NaN for means).

    Examples
    --------
    >>> from tension import EventTable
    >>> t = EventTable.from_arrays(date=["2023-01-31", "2023-03-01"], actor=["USA"] * 2,
    ...                            target=["CHN"] * 2, code=["042", "112"], tension=[-1.9, 2.0])
    >>> s = t.series("M", how="mean")
    >>> s.dates.astype(str).tolist(), s.values.tolist()
    (['2023-01-01', '2023-02-01', '2023-03-01'], [-1.9, nan, 2.0])
    """
    _check_choice("freq", freq, FREQS)
    _check_choice("how", how, HOWS)
    _check_choice("weight", weight, _WEIGHTS)
    keys = period_keys(table.date, freq)
    lo = period_keys(np.array([to_day(start, "start")]), freq)[0] if start is not None else None
    hi = period_keys(np.array([to_day(end, "end")]), freq)[0] if end is not None else None
    inside = np.ones(keys.shape[0], dtype=bool)
    if lo is not None:
        inside &= keys >= lo
    if hi is not None:
        inside &= keys <= hi
    if not inside.all():
        keys = keys[inside]
    first = lo if lo is not None else (keys.min() if keys.size else 0)
    last = hi if hi is not None else (keys.max() if keys.size else -1)
    size = max(int(last - first + 1), 0)
    if lo is not None and hi is not None and hi < lo:
        raise SchemaError("end", f"a date on or after start {start}", repr(end))
    values = table.tension if inside.all() else table.tension[inside]
    weights = None
    if weight == "mentions":
        weights = table.mentions if inside.all() else table.mentions[inside]
    vals, counts = aggregate(keys - first, values, size, how, weights)
    return Series(
        dates=period_starts(np.arange(first, first + size), freq),
        values=vals, counts=counts, freq=freq, how=how,
    )


def _series_dates(value: Any) -> np.ndarray:
    return readonly(np.asarray(value).astype("datetime64[D]"))


@attrs.frozen(eq=False)
class Series:
    """A regular series of tension: one value per period, empty periods included.

    Attributes
    ----------
    dates : ndarray of datetime64[D], shape (k,)
        Period starts (Mondays for weekly, the 1st for monthly).
    values : ndarray of float64, shape (k,)
    counts : ndarray of int64, shape (k,)
        Events per period.
    freq : {"D", "W", "M"}
    how : str
        What ``values`` hold ("sum", "mean", "count", or an index name).

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> s = Series(dates=np.array(["2023-06-01", "2023-07-01"], dtype="datetime64[D]"),
    ...            values=[1.5, -2.0], counts=[3, 1], freq="M")
    >>> len(s), s.values.sum()
    (2, np.float64(-0.5))
    """

    dates: np.ndarray = attrs.field(converter=_series_dates)
    values: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v, dtype=np.float64)))
    counts: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v, dtype=np.int64)))
    freq: str = "D"
    how: str = "sum"

    def __attrs_post_init__(self) -> None:
        _check_choice("freq", self.freq, FREQS)
        if not isinstance(self.how, str):
            raise FieldTypeError("how", "a str naming what the values hold", self.how)
        n = self.dates.shape[0]
        for field in ("values", "counts"):
            a = getattr(self, field)
            if a.shape != (n,):
                raise SchemaError(field, f"a 1-d array of length {n} (the number of dates)", f"shape {a.shape}")
        if n:
            keys = period_keys(self.dates, self.freq)
            if not np.array_equal(period_starts(keys, self.freq), self.dates) or not np.all(np.diff(keys) == 1):
                raise SchemaError("dates", f"consecutive period starts for freq {self.freq!r}", "irregular dates")

    def __len__(self) -> int:
        return int(self.dates.shape[0])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Series):
            return NotImplemented
        return (
            self.freq == other.freq and self.how == other.how
            and np.array_equal(self.dates, other.dates)
            and np.array_equal(self.values, other.values, equal_nan=True)
            and np.array_equal(self.counts, other.counts)
        )

    __hash__ = None  # type: ignore[assignment]

    def with_values(self, values: np.ndarray, how: str) -> Series:
        """The same periods with other values (what indices return)."""
        return Series(dates=self.dates, values=values, counts=self.counts, freq=self.freq, how=how)

    def to_pandas(self) -> pd.DataFrame:
        """A :class:`pandas.DataFrame` indexed by period start with ``value`` and ``count``.

        Examples
        --------
        >>> import numpy as np
        >>> from tension import Series
        >>> s = Series(dates=np.array(["2023-06-01"], dtype="datetime64[D]"), values=[1.5], counts=[3], freq="M")
        >>> s.to_pandas()["value"].tolist()
        [1.5]
        """
        import pandas as pd

        index = pd.DatetimeIndex(self.dates.astype("datetime64[ns]"), name="period")
        return pd.DataFrame({"value": self.values, "count": self.counts}, index=index)

    def to_csv(self, path: str | Path) -> None:
        """Write ``period,value,count`` rows with a header."""
        Path(path).write_text(self.to_csv_text(), encoding="utf-8")

    def to_csv_text(self) -> str:
        """The series as CSV text (``period,value,count``).

        Examples
        --------
        >>> import numpy as np
        >>> from tension import Series
        >>> s = Series(dates=np.array(["2023-06-01"], dtype="datetime64[D]"), values=[1.5], counts=[3], freq="M")
        >>> print(s.to_csv_text(), end="")
        period,value,count
        2023-06-01,1.5,3
        """
        rows = ["period,value,count"]
        rows += [f"{d},{v!r},{c}" for d, v, c in zip(self.dates.astype(str).tolist(), self.values.tolist(), self.counts.tolist())]
        return "\n".join(rows) + "\n"
