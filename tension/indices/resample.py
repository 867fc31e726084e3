"""Confidence bands for any index by a Poisson bootstrap over days (or over events within periods).

Default (``scheme="days"``): the Poisson bootstrap of Hanley & MacGibbon (2006)
with days as the resampling unit. Each replicate gives every block of ``block``
consecutive days a weight :math:`W \\sim \\text{Poisson}(1)` and repeats all the
block's events :math:`W` times; the index is recomputed on that table and the
band is the percentile interval of the replicates (Efron & Tibshirani 1993,
ch. 13). Resampling whole days keeps together what news data duplicate: one
story reported many times on one day, and the day-level shocks that move all of
a day's events. The number of events per period varies between replicates, as
it would in another draw of the news. Use ``block=7`` (or more) when days are
correlated with their neighbours.

``scheme="events"`` is the former stratified bootstrap: within every period of
``freq``, as many events as the period has, drawn with replacement. It treats
every event as independent and holds the counts fixed, so its bands are too
narrow when events are duplicated or clustered in days: on seeded series with
known truth (``benchmarks/eval_bootstrap.py``) its nominal 90% bands cover the
truth far less often than the days scheme's.
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

__all__ = ["Bootstrap", "bootstrap", "SCHEMES"]


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


#: Resampling schemes of :func:`bootstrap`.
SCHEMES: tuple[str, ...] = ("days", "events")


def bootstrap(
    table: EventTable,
    index_fn: Callable[[EventTable], Series],
    *,
    n: int = 1000,
    seed: int | np.random.Generator | None = None,
    confidence: float = 0.95,
    scheme: str = "days",
    block: int = 1,
    freq: str = "D",
) -> Bootstrap:
    """Percentile confidence band of ``index_fn(table)`` by a Poisson bootstrap over days.

    Parameters
    ----------
    table : EventTable
    index_fn : callable
        ``EventTable -> Series``, e.g. ``lambda t: conflict_share(t, freq="M")``
        or ``lambda t: t.series("M", how="mean")``. Its periods on a replicate
        must be among its periods on ``table``; periods a replicate lacks (all
        their days drew weight 0) are NaN in that replicate and left out of the
        band. Fix the range with ``start``/``end`` to have them computed.
    n : int, default 1000
        Replicates.
    seed : int or numpy Generator, optional
        Seed for :func:`numpy.random.default_rng`; the same seed gives the same band.
    confidence : float, default 0.95
        Coverage of the band, in (0, 1).
    scheme : {"days", "events"}, default "days"
        ``"days"``: each block of ``block`` days gets a Poisson(1) weight and all
        its events are repeated that many times. ``"events"``: events drawn with
        replacement within each period of ``freq`` (counts fixed; too narrow
        when events cluster in days).
    block : int, default 1
        Days per block (``scheme="days"``); blocks are counted from 1970-01-01.
    freq : {"D", "W", "M"}, default "D"
        Strata of ``scheme="events"``.

    Returns
    -------
    Bootstrap
        ``estimate``, ``lower``, ``upper``, ``replicates``.

    Examples
    --------
    >>> from tension import read_jsonl
    >>> from tension.indices import bootstrap
    >>> t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
    >>> b = bootstrap(t, lambda x: x.series("M", how="mean"), n=200, seed=1)
    >>> b.estimate.values.round(2).tolist()     # Nov 2022 .. Jun 2023; NaN: no events
    [-4.0, nan, nan, 5.6, nan, nan, nan, 0.21]
    >>> b.lower.round(2).tolist()[-1], b.upper.round(2).tolist()[-1]
    (-1.98, 7.2)
    """
    check_table(table)
    if not callable(index_fn):
        raise FieldTypeError("index_fn", "a callable EventTable -> Series", index_fn)
    n = positive_int(n, "n")
    level = positive_float(confidence, "confidence")
    if not level < 1.0:
        raise SchemaError("confidence", "a number in (0, 1)", repr(confidence))
    if scheme not in SCHEMES:
        raise SchemaError("scheme", f"one of {SCHEMES}", repr(scheme))
    block = positive_int(block, "block")
    check_freq(freq)
    estimate = index_fn(table)
    if not isinstance(estimate, Series):
        raise FieldTypeError("index_fn", "a callable returning a tension.Series", estimate)
    rng = np.random.default_rng(seed)
    if scheme == "days":
        keys = table.date.astype(np.int64) // block
    else:
        keys = period_keys(table.date, freq)
    order = np.argsort(keys, kind="stable")
    _, first, count = np.unique(keys[order], return_index=True, return_counts=True)
    reps = np.empty((n, len(estimate)))
    if scheme == "events":
        start = np.repeat(first, count)  # per sorted event: first sorted position of its period
        size = np.repeat(count, count)
    for r in range(n):
        if scheme == "events":
            draw = order[start + (rng.random(start.shape[0]) * size).astype(np.int64)]
        else:
            w = rng.poisson(1.0, first.shape[0])
            draw = order[np.repeat(np.arange(order.shape[0]), np.repeat(w, count))]
        reps[r] = _aligned(index_fn(table.select(draw)), estimate, r, strict=scheme == "events")
    alpha = (1.0 - level) / 2.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN periods give NaN bounds
        lower, upper = np.nanquantile(reps, [alpha, 1.0 - alpha], axis=0) if len(estimate) else (reps[0], reps[0])
    return Bootstrap(estimate=estimate, lower=lower, upper=upper, replicates=reps, confidence=level)


def _aligned(s: object, estimate: Series, r: int, *, strict: bool) -> np.ndarray:
    """Values of a replicate on the estimate's periods (NaN where the replicate has none)."""
    if isinstance(s, Series) and len(s) == len(estimate) and np.array_equal(s.dates, estimate.dates):
        return s.values
    if not strict and isinstance(s, Series) and s.freq == estimate.freq:
        pos = np.searchsorted(estimate.dates, s.dates)
        if np.all(pos < len(estimate)) and np.array_equal(estimate.dates[np.minimum(pos, len(estimate) - 1)], s.dates):
            out = np.full(len(estimate), np.nan)
            out[pos] = s.values
            return out
    raise SchemaError(
        "index_fn", "the same periods for every resample, or a subset of them (fix them with start= and end=)",
        f"{len(s) if isinstance(s, Series) else type(s).__name__} periods on replicate {r}",
    )
