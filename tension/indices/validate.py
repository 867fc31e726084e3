"""Compare a tension series with an external index: correlation, lead/lag and shared turning points.

An external index is only a benchmark for what it measures. The
Caldara–Iacoviello Geopolitical Risk index (GPR; Caldara & Iacoviello 2022,
*American Economic Review* 112(4)) counts newspaper articles about geopolitical
threats and acts: it measures the **salience of geopolitical risk** in the news,
not signed hostility between two states, and a thaw between Washington and
Beijing can raise it (articles about the talks still mention tensions). A
tension series and the GPR should share large turning points and may lead or lag
each other; a perfect correlation is not the goal. See ``docs/validation.md``.
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from .._arrays import ro_days, ro_float64, ro_int64
from ..exceptions import FieldTypeError, SchemaError
from ..series import Series, period_keys
from ._common import check_series, positive_int
from .breaks import changepoints
from .relations import lagged_correlation

__all__ = ["Comparison", "compare"]


@attrs.frozen(eq=False)
class Comparison:
    """A tension series against an external index on their common periods.

    Attributes
    ----------
    dates : ndarray of datetime64[D], shape (k,)
        Common periods (both have a finite value).
    ours, theirs : ndarray of float64, shape (k,)
        The two series on those periods.
    correlation : float
        Pearson correlation at lag 0.
    rank_correlation : float
        Spearman correlation at lag 0 (Pearson on ranks; ties get their mean rank).
    lags : ndarray of int64
        Lags tried, ``-max_lag .. max_lag``; a positive lag means ours leads theirs.
    lag_correlations : ndarray of float64
        Pearson correlation of ``ours[t - lag]`` with ``theirs[t]`` at each lag.
    best_lag : int
        The lag with the largest absolute correlation (0 if none is finite).
    our_turns, their_turns : ndarray of datetime64[D]
        Turning points (changepoints of each series with the default criterion).
    shared : ndarray of datetime64[D], shape (m, 2)
        Pairs (ours, theirs) of turning points at most ``window`` periods apart.
    """

    dates: np.ndarray = attrs.field(converter=ro_days)
    ours: np.ndarray = attrs.field(converter=ro_float64)
    theirs: np.ndarray = attrs.field(converter=ro_float64)
    correlation: float
    rank_correlation: float
    lags: np.ndarray = attrs.field(converter=ro_int64)
    lag_correlations: np.ndarray = attrs.field(converter=ro_float64)
    best_lag: int
    our_turns: np.ndarray = attrs.field(converter=ro_days)
    their_turns: np.ndarray = attrs.field(converter=ro_days)
    shared: np.ndarray = attrs.field(converter=ro_days)

    def lines(self) -> list[str]:
        """A short plain-text summary."""
        lead = "ours leads" if self.best_lag > 0 else "theirs leads" if self.best_lag < 0 else "same period"
        return [
            f"{self.dates.shape[0]} common periods",
            f"correlation {self.correlation:.2f} (rank {self.rank_correlation:.2f})",
            f"strongest at lag {self.best_lag:+d} ({lead}): {self.lag_correlations[self.lags == self.best_lag][0]:.2f}",
            (f"turning points: {self.our_turns.shape[0]} ours, {self.their_turns.shape[0]} theirs, "
             f"{self.shared.shape[0]} shared"),
        ]


def _ranks(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="stable")
    r = np.empty(x.shape[0])
    r[order] = np.arange(x.shape[0], dtype=np.float64)
    _, inv, counts = np.unique(x, return_inverse=True, return_counts=True)
    sums = np.bincount(inv, weights=r)
    return (sums / counts)[inv]


def _as_values(series: Series, external: Any) -> np.ndarray:
    """External values on the periods of ``series`` (NaN where it has none)."""
    if isinstance(external, Series):
        if external.freq != series.freq:
            raise SchemaError("external", f"a series of freq {series.freq!r}", f"freq {external.freq!r}")
        dates, values = external.dates, external.values
    else:
        try:
            dates, values = external
            dates = np.asarray(dates).astype("datetime64[D]")
            values = np.asarray(values, dtype=np.float64)
        except (TypeError, ValueError):
            raise FieldTypeError("external", "a tension.Series or a pair (dates, values)", external) from None
        if dates.shape != values.shape or dates.ndim != 1:
            raise SchemaError("external", "dates and values of the same length", f"{dates.shape} and {values.shape}")
    keys = period_keys(dates, series.freq)
    if np.unique(keys).shape[0] != keys.shape[0]:
        raise SchemaError("external", f"one value per period of freq {series.freq!r}", "several values in a period")
    ours = period_keys(series.dates, series.freq)
    out = np.full(len(series), np.nan)
    pos = np.searchsorted(ours, keys)
    ok = (pos < ours.shape[0]) & (ours[np.minimum(pos, max(ours.shape[0] - 1, 0))] == keys) if ours.size else pos < 0
    out[pos[ok]] = values[ok]
    return out


def compare(series: Series, external: Any, *, max_lag: int = 6, window: int = 2) -> Comparison:
    """Compare a tension series with an external index (correlation, lead/lag, shared turning points).

    Parameters
    ----------
    series : Series
        A tension series, usually monthly tension per event (``how="mean"``).
    external : Series or (dates, values)
        The external index: a :class:`Series` of the same ``freq``, or dates and
        values (one value per period; dates anywhere in their period, e.g. the
        15th or the last day of a month).
    max_lag : int, default 6
        Largest lead or lag tried, in periods.
    window : int, default 2
        Largest distance, in periods, between two turning points that count as shared.

    Returns
    -------
    Comparison

    Raises
    ------
    SchemaError
        If fewer than 4 common periods have a value in both series.

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import compare
    >>> rng = np.random.default_rng(0)
    >>> months = np.arange("2015-01", "2023-01", dtype="datetime64[M]").astype("datetime64[D]")
    >>> ours = np.r_[np.zeros(40), np.full(56, 2.0)] + rng.normal(0, 0.4, 96)
    >>> theirs = 100 + 30 * np.r_[np.zeros(42), np.ones(54)] + rng.normal(0, 4, 96)   # breaks 2 months later
    >>> c = compare(Series(dates=months, values=ours, counts=np.ones(96), freq="M", how="mean"), (months, theirs))
    >>> round(c.correlation, 2), c.best_lag
    (0.9, 2)
    >>> c.our_turns.astype(str).tolist(), c.their_turns.astype(str).tolist()
    (['2018-05-01'], ['2018-07-01'])
    >>> c.shared.shape
    (1, 2)
    """
    check_series(series)
    max_lag = positive_int(max_lag, "max_lag", minimum=0)
    window = positive_int(window, "window", minimum=0)
    theirs_all = _as_values(series, external)
    ours_all = series.values
    both = np.isfinite(ours_all) & np.isfinite(theirs_all)
    if both.sum() < 4:
        raise SchemaError("external", "at least 4 periods where both series have a value", f"{int(both.sum())}")
    lags = np.arange(-max_lag, max_lag + 1)
    lc = np.array([lagged_correlation(ours_all, theirs_all, int(k)) for k in lags])
    finite = np.isfinite(lc)
    best = int(lags[finite][np.argmax(np.abs(lc[finite]))]) if finite.any() else 0
    o, t = ours_all[both], theirs_all[both]
    corr = lagged_correlation(o, t, 0)
    rank = lagged_correlation(_ranks(o), _ranks(t), 0)
    # turning points on the common span, each series with its own noise level
    lo, hi = np.flatnonzero(both)[[0, -1]]
    span = slice(int(lo), int(hi) + 1)
    sub = Series(dates=series.dates[span], values=ours_all[span], counts=series.counts[span], freq=series.freq,
                 how=series.how)
    mine = changepoints(sub)
    theirs_cp = changepoints(sub.with_values(theirs_all[span], how="external"))
    shared = []
    used: set[int] = set()
    for i in mine.index.tolist():
        d = np.abs(theirs_cp.index - i)
        j = int(np.argmin(d)) if d.size else -1
        if j >= 0 and d[j] <= window and j not in used:
            used.add(j)
            shared.append((mine.dates[mine.index.tolist().index(i)], theirs_cp.dates[j]))
    return Comparison(
        dates=series.dates[both], ours=o, theirs=t, correlation=corr, rank_correlation=rank, lags=lags,
        lag_correlations=lc, best_lag=best, our_turns=mine.dates, their_turns=theirs_cp.dates,
        shared=np.array(shared, dtype="datetime64[D]").reshape(-1, 2),
    )

