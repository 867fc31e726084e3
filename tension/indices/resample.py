"""Confidence bands for any index by resampling events within periods (a stratified bootstrap).

Each replicate draws, for every period of ``freq``, as many events as the period
has, with replacement, from that period's events; the index is recomputed on the
resampled table and percentile intervals are taken over the replicates (Efron &
Tibshirani 1993, ch. 13). Strata of days (the default) nest in weeks and months,
so the same resampling serves daily, weekly and monthly indices and keeps the
number of events per day — and so the range of periods — fixed.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import numpy as np

from .._arrays import readonly
from ..exceptions import FieldTypeError, SchemaError
from ..series import Series, period_keys
from ._common import check_freq, check_table, positive_float, positive_int

if TYPE_CHECKING:
    from ..events import EventTable

__all__ = ["Bootstrap", "bootstrap"]


@attrs.frozen(eq=False)
class Bootstrap:
    """An index with its bootstrap confidence band.

    Attributes
    ----------
    estimate : Series
        The index on the original table.
    lower, upper : ndarray of float64, shape (k,)
        Percentile bounds of the band (NaN where every replicate is NaN).
    replicates : ndarray of float64, shape (n, k)
        The index on each resampled table.
    confidence : float
        Coverage of the band, e.g. 0.95.
    """

    estimate: Series
    lower: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v, dtype=np.float64)))
    upper: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v, dtype=np.float64)))
    replicates: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v, dtype=np.float64)))
    confidence: float = 0.95

    @property
    def std_error(self) -> np.ndarray:
        """Bootstrap standard error of each period (NaN where fewer than 2 finite replicates)."""
        r = self.replicates
        ok = np.isfinite(r)
        cnt = ok.sum(axis=0)
        z = np.where(ok, r, 0.0)
        mean = z.sum(axis=0) / np.maximum(cnt, 1)
        var = (np.where(ok, r - mean, 0.0) ** 2).sum(axis=0) / np.maximum(cnt - 1, 1)
        return np.where(cnt >= 2, np.sqrt(var), np.nan)


def bootstrap(
    table: EventTable,
    index_fn: Callable[[EventTable], Series],
    *,
    n: int = 1000,
    seed: int | np.random.Generator | None = None,
    confidence: float = 0.95,
    freq: str = "D",
) -> Bootstrap:
    """Percentile confidence band of ``index_fn(table)`` by resampling events within periods.

    Parameters
    ----------
    table : EventTable
    index_fn : callable
        ``EventTable -> Series``, e.g. ``lambda t: conflict_share(t, freq="M")``
        or ``lambda t: level(t.series("W"))``. It must return the same periods
        for every resample (it does if its range is the table's first to last
        event, or fixed with ``start``/``end``).
    n : int, default 1000
        Replicates.
    seed : int or numpy Generator, optional
        Seed for :func:`numpy.random.default_rng`; the same seed gives the same band.
    confidence : float, default 0.95
        Coverage of the band, in (0, 1).
    freq : {"D", "W", "M"}, default "D"
        Strata: events are resampled within each period of this frequency.
        Use a frequency no coarser than the index's.

    Returns
    -------
    Bootstrap
        ``estimate``, ``lower``, ``upper``, ``replicates``.

    Examples
    --------
    >>> from tension import read_jsonl
    >>> from tension.indices import bootstrap, conflict_share
    >>> t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
    >>> b = bootstrap(t, lambda x: conflict_share(x, freq="M"), n=200, seed=1)
    >>> b.estimate.values.round(2).tolist()     # Nov 2022 .. Jun 2023; NaN: no events
    [0.0, nan, nan, 1.0, nan, nan, nan, 0.44]
    >>> b.lower.round(2).tolist()[-1], b.upper.round(2).tolist()[-1]
    (0.11, 0.67)
    """
    check_table(table)
    if not callable(index_fn):
        raise FieldTypeError("index_fn", "a callable EventTable -> Series", index_fn)
    n = positive_int(n, "n")
    level = positive_float(confidence, "confidence")
    if not level < 1.0:
        raise SchemaError("confidence", "a number in (0, 1)", repr(confidence))
    check_freq(freq)
    estimate = index_fn(table)
    if not isinstance(estimate, Series):
        raise FieldTypeError("index_fn", "a callable returning a tension.Series", estimate)
    rng = np.random.default_rng(seed)
    keys = period_keys(table.date, freq)
    order = np.argsort(keys, kind="stable")
    _, first, count = np.unique(keys[order], return_index=True, return_counts=True)
    start = np.repeat(first, count)  # per sorted event: first sorted position of its period
    size = np.repeat(count, count)
    reps = np.empty((n, len(estimate)))
    for r in range(n):
        draw = start + (rng.random(start.shape[0]) * size).astype(np.int64)
        s = index_fn(table.select(order[draw]))
        if not isinstance(s, Series) or len(s) != len(estimate) or not np.array_equal(s.dates, estimate.dates):
            raise SchemaError(
                "index_fn", "the same periods for every resample (fix them with start= and end=)",
                f"{len(s) if isinstance(s, Series) else type(s).__name__} periods on replicate {r}",
            )
        reps[r] = s.values
    alpha = (1.0 - level) / 2.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN periods give NaN bounds
        lower, upper = np.nanquantile(reps, [alpha, 1.0 - alpha], axis=0) if len(estimate) else (reps[0], reps[0])
    return Bootstrap(estimate=estimate, lower=lower, upper=upper, replicates=reps, confidence=level)
