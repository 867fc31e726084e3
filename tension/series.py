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

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from ._arrays import readonly, ro_float64, ro_int64, to_day
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
    "bin_sums",
    "period_bins",
    "aggregate",
    "aggregate_table",
    "PartialSeries",
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


def bin_sums(index: np.ndarray, values: np.ndarray, size: int, weights: np.ndarray | None = None
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The one binning rule: per-bin (weighted) sums, sums of weights and row counts.

    ``index`` holds the bin of each of the ``values`` (in ``[0, size)``; empty
    bins are kept); the sums are of ``values * weights`` when ``weights`` are given.

    Returns
    -------
    sums : ndarray of float64, shape (size,)
    weight_sums : ndarray of float64, shape (size,)
        Sum of the weights per bin (the row count when unweighted).
    counts : ndarray of int64, shape (size,)
        Rows per bin (unweighted).

    Examples
    --------
    >>> import numpy as np
    >>> from tension.series import bin_sums
    >>> sums, weights, rows = bin_sums(np.array([1, 1, 0]), np.array([2.0, -1.0, 4.0]), 2, np.array([3.0, 1.0, 2.0]))
    >>> sums.tolist(), weights.tolist(), rows.tolist()
    ([8.0, 5.0], [2.0, 4.0], [1, 2])
    """
    idx = np.asarray(index, dtype=np.intp)
    counts = np.bincount(idx, minlength=size).astype(np.int64)
    v = np.asarray(values, dtype=np.float64)
    if weights is None:
        return np.bincount(idx, weights=v, minlength=size), counts.astype(np.float64), counts
    w = np.asarray(weights, dtype=np.float64)
    return np.bincount(idx, weights=v * w, minlength=size), np.bincount(idx, weights=w, minlength=size), counts


def period_bins(dates: np.ndarray, freq: str, start: Any = None, end: Any = None
                ) -> tuple[np.ndarray, int, np.ndarray, np.ndarray | None]:
    """Bin each day into its period, over the periods from ``start`` to ``end``.

    Returns
    -------
    index : ndarray of intp
        Bin of each kept day, in ``[0, size)``.
    size : int
        Number of periods from ``start`` (default: first day) to ``end`` (default: last day).
    period_dates : ndarray of datetime64[D], shape (size,)
        Period starts.
    inside : ndarray of bool or None
        Which days were kept (None: all of them).

    Examples
    --------
    >>> import numpy as np
    >>> from tension.series import period_bins
    >>> days = np.array(["2023-01-31", "2023-03-01", "2023-04-02"], dtype="datetime64[D]")
    >>> idx, size, starts, inside = period_bins(days, "M", end="2023-03-31")
    >>> idx.tolist(), size, starts.astype(str).tolist(), inside.tolist()
    ([0, 2], 3, ['2023-01-01', '2023-02-01', '2023-03-01'], [True, True, False])
    """
    _check_choice("freq", freq, FREQS)
    keys = period_keys(dates, freq)
    lo = period_keys(np.array([to_day(start, "start")]), freq)[0] if start is not None else None
    hi = period_keys(np.array([to_day(end, "end")]), freq)[0] if end is not None else None
    if lo is not None and hi is not None and hi < lo:
        raise SchemaError("end", f"a date on or after start {start}", repr(end))
    inside: np.ndarray | None = None
    if lo is not None or hi is not None:
        m = np.ones(keys.shape[0], dtype=bool)
        if lo is not None:
            m &= keys >= lo
        if hi is not None:
            m &= keys <= hi
        if not m.all():
            inside = m
            keys = keys[m]
    first = lo if lo is not None else (keys.min() if keys.size else 0)
    last = hi if hi is not None else (keys.max() if keys.size else -1)
    size = max(int(last - first + 1), 0)
    return (keys - first).astype(np.intp), size, period_starts(np.arange(first, first + size), freq), inside


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
    sums, denom, counts = bin_sums(index, values, size, weights)
    if how == "count":
        return denom, counts
    if how == "sum":
        return sums, counts
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
    modes: str | Sequence[str] = "act",
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
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count (:func:`tension.schema.check_modes`): by default
        only acts; ``"all"`` adds the plans (announced future acts), ``"plan"``
        counts only them. The range defaults to the counted events.

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
    _check_choice("how", how, HOWS)
    if start is not None and end is not None and to_day(end, "end") < to_day(start, "start"):
        raise SchemaError("end", f"a date on or after start {start}", repr(end))
    return PartialSeries.from_table(table, freq, weight, modes=modes).to_series(how, start, end)


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
    values: np.ndarray = attrs.field(converter=ro_float64)
    counts: np.ndarray = attrs.field(converter=ro_int64)
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


@attrs.frozen(eq=False)
class PartialSeries:
    """Mergeable per-period partial sums: the exact state behind a series of any reducer.

    Partials of disjoint parts of a table (files, blocks, workers) combine with
    :meth:`combine` into the partial of the whole, and :meth:`to_series` then gives the
    same series as aggregating the whole table at once (to float rounding). Means are
    computed once, from combined sums and weights, never averaged twice.

    Attributes
    ----------
    freq : {"D", "W", "M"}
    first : int
        Period key (see :func:`period_keys`) of the first slot.
    sums : ndarray of float64
        Σ w·tension per period.
    weights : ndarray of float64
        Σ w per period (w = 1, or mentions when weighted).
    counts : ndarray of int64
        Events per period.
    weight : {None, "mentions"}

    Examples
    --------
    >>> from tension import EventTable
    >>> from tension.series import PartialSeries
    >>> t = EventTable.from_arrays(date=["2023-06-18", "2023-06-20", "2023-06-25"], actor=["USA"] * 3,
    ...                            target=["CHN"] * 3, code=["042", "112", "112"], tension=[-1.9, 2.0, 2.0])
    >>> parts = [PartialSeries.from_table(t[:1], "D"), PartialSeries.from_table(t[1:], "D")]
    >>> whole = PartialSeries.combine_all(parts).to_series("mean")
    >>> whole == t.series("D", how="mean")
    True
    """

    freq: str
    first: int
    sums: np.ndarray = attrs.field(converter=ro_float64)
    weights: np.ndarray = attrs.field(converter=ro_float64)
    counts: np.ndarray = attrs.field(converter=ro_int64)
    weight: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_choice("freq", self.freq, FREQS)
        _check_choice("weight", self.weight, _WEIGHTS)
        n = self.sums.shape[0]
        if self.weights.shape != (n,) or self.counts.shape != (n,):
            raise SchemaError("weights", f"arrays of the same length as sums ({n})", f"{self.weights.shape}, {self.counts.shape}")

    @classmethod
    def empty(cls, freq: str, weight: str | None = None) -> PartialSeries:
        """A partial with no periods (the identity of :meth:`combine`)."""
        return cls(freq, 0, np.zeros(0), np.zeros(0), np.zeros(0, np.int64), weight)

    @classmethod
    def from_table(cls, table: EventTable, freq: str = "D", weight: str | None = None, *,
                   modes: str | Sequence[str] = "act") -> PartialSeries:
        """The partial sums of one table's tension (periods from its first to its last counted event).

        Only the events of ``modes`` count (acts by default; see :meth:`EventTable.select_modes`).
        """
        _check_choice("weight", weight, _WEIGHTS)
        table = table.select_modes(modes)
        w = table.mentions if weight == "mentions" else None
        return cls.from_arrays(table.date, table.tension, freq, weights=w, weight=weight)

    @classmethod
    def from_arrays(
        cls,
        dates: np.ndarray,
        values: np.ndarray,
        freq: str = "D",
        *,
        weights: np.ndarray | None = None,
        weight: str | None = None,
    ) -> PartialSeries:
        """The partial sums of ``values`` dated ``dates`` (optionally weighted).

        Parameters
        ----------
        dates : ndarray of datetime64[D], shape (n,)
        values : ndarray of float, shape (n,)
        freq : {"D", "W", "M"}
        weights : ndarray of float, shape (n,), optional
        weight : str, optional
            The name of the weighting, kept so that only like partials combine.

        Examples
        --------
        >>> import numpy as np
        >>> from tension.series import PartialSeries
        >>> p = PartialSeries.from_arrays(np.array(["2023-06-01", "2023-06-03"], dtype="datetime64[D]"),
        ...                               np.array([1.0, 2.0]), "D")
        >>> p.to_series().values.tolist()
        [1.0, 0.0, 2.0]
        """
        _check_choice("freq", freq, FREQS)
        if weights is not None and weight is None:
            weight = "mentions"
        _check_choice("weight", weight, _WEIGHTS)
        dates = np.asarray(dates)
        if dates.shape[0] == 0:
            return cls.empty(freq, weight)
        keys = period_keys(dates, freq)
        first = int(keys.min())
        size = int(keys.max()) - first + 1
        idx = keys - first
        sums, wsum, counts = bin_sums(idx, values, size, weights)
        return cls(freq, first, sums, wsum, counts, weight)

    def combine(self, other: PartialSeries) -> PartialSeries:
        """The partial of both parts: sums, weights and counts added period by period."""
        if (self.freq, self.weight) != (other.freq, other.weight):
            raise SchemaError("other", f"a partial with freq={self.freq!r}, weight={self.weight!r}",
                              f"freq={other.freq!r}, weight={other.weight!r}")
        if not len(self.counts):
            return other
        if not len(other.counts):
            return self
        first = min(self.first, other.first)
        last = max(self.first + len(self.counts), other.first + len(other.counts))
        out = [np.zeros(last - first), np.zeros(last - first), np.zeros(last - first, np.int64)]
        for p in (self, other):
            s = slice(p.first - first, p.first - first + len(p.counts))
            out[0][s] += p.sums
            out[1][s] += p.weights
            out[2][s] += p.counts
        return PartialSeries(self.freq, first, out[0], out[1], out[2], self.weight)

    @staticmethod
    def combine_all(parts: Iterable[PartialSeries]) -> PartialSeries:
        """Combine many partials pairwise (a balanced tree, as a cluster would)."""
        level = list(parts)
        if not level:
            raise SchemaError("parts", "at least one partial", "none")
        while len(level) > 1:
            level = [level[i].combine(level[i + 1]) if i + 1 < len(level) else level[i] for i in range(0, len(level), 2)]
        return level[0]

    def to_series(self, how: str = "sum", start: Any = None, end: Any = None) -> Series:
        """Finish into a :class:`Series` (``how`` as in :meth:`EventTable.series`), optionally over a range."""
        _check_choice("how", how, HOWS)
        lo = self.first if start is None else int(period_keys(np.array([to_day(start, "start")]), self.freq)[0])
        hi = self.first + len(self.counts) - 1 if end is None else int(period_keys(np.array([to_day(end, "end")]), self.freq)[0])
        if not len(self.counts) and (start is None or end is None):
            lo, hi = 0, -1
        size = max(hi - lo + 1, 0)
        sums, weights, counts = np.zeros(size), np.zeros(size), np.zeros(size, np.int64)
        a, b = max(lo, self.first), min(hi, self.first + len(self.counts) - 1)
        if b >= a:
            src = slice(a - self.first, b - self.first + 1)
            dst = slice(a - lo, b - lo + 1)
            sums[dst], weights[dst], counts[dst] = self.sums[src], self.weights[src], self.counts[src]
        if how == "sum":
            values = sums
        elif how == "count":
            values = weights if self.weight else counts.astype(np.float64)
        else:
            with np.errstate(invalid="ignore", divide="ignore"):
                values = np.where(weights > 0, sums / np.where(weights > 0, weights, 1.0), np.nan)
        return Series(dates=period_starts(np.arange(lo, lo + size), self.freq), values=values,
                      counts=counts, freq=self.freq, how=how)
