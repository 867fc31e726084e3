"""The running tension level: the event flow with an exponentially fading memory.

Formula
-------
With period values :math:`x_t` (e.g. the summed tension of each day) at period
starts :math:`d_t` (in days) and a half-life :math:`h` in days,

.. math::

    L_t = x_t + 2^{-(d_t - d_{t-1})/h} L_{t-1}
        = \\sum_{s \\le t} x_s \\, 2^{-(d_t - d_s)/h}.

The decay is counted in days whatever the frequency: a weekly step decays by
:math:`2^{-7/h}`, a monthly step by :math:`2^{-(\\text{days in the month})/h}`.

The sum is evaluated as a blocked scan: inside a block the terms are rescaled to
the block's first day (:math:`e^{k(d_s - d_0)}` with :math:`k = \\ln 2 / h`,
kept below :math:`e^{500}` by the block length), summed with ``cumsum`` and
scaled back; the blocks are then chained by the same recurrence applied to the
block ends (recursively, so there is no Python loop over periods). The naive
``cumsum(x * exp(k t)) * exp(-k t)`` overflows after about
:math:`709 / k` days (20 years of days for a 7-day half-life, 3 years for a
1-day one); the blocked scan
is accurate to a few ulps of :math:`\\sum_s |x_s| 2^{-(d_t - d_s)/h}` at any length.
"""

from __future__ import annotations

import math

import numpy as np

from ..series import Series
from ._common import check_series, positive_float

__all__ = ["level", "decayed_sum"]

# Largest exponent used inside a block: e**500 ~ 1e217 leaves room for sums of values up to ~1e90.
_EXP_LIMIT = 500.0


def decayed_sum(x: np.ndarray, t: np.ndarray, rate: float) -> np.ndarray:
    """``y[i] = sum_{j <= i} x[j] * exp(-rate * (t[i] - t[j]))`` for increasing times ``t``.

    Parameters
    ----------
    x : ndarray of float64, shape (n,)
    t : ndarray of float64, shape (n,)
        Strictly increasing times.
    rate : float
        Decay rate per unit of ``t`` (>= 0; 0 gives the cumulative sum).

    Returns
    -------
    ndarray of float64, shape (n,)

    Examples
    --------
    >>> import numpy as np
    >>> from tension.indices import decayed_sum
    >>> decayed_sum(np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 2.0]), np.log(2)).tolist()
    [1.0, 0.5, 0.25]
    """
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    n = x.shape[0]
    if rate == 0.0:
        return np.cumsum(x)
    if n < 2:
        return x.copy()
    steps = np.diff(t)
    if rate * steps.min() > _EXP_LIMIT:  # the previous level decays below e**-500 in one step
        return x.copy()
    block = min(n, max(2, 1 + int(min(_EXP_LIMIT / (rate * steps.max()), n))))
    nb = -(-n // block)
    pad = nb * block - n
    xp = np.concatenate([x, np.zeros(pad)]).reshape(nb, block)
    tp = np.concatenate([t, np.full(pad, t[-1])]).reshape(nb, block)
    # 0 .. block span; rate * span <= _EXP_LIMIT when block > 2. With block == 2 a single step may
    # exceed it (irregular steps): clipping it replaces a weight below e**-500 by e**-500, a change
    # far below the rounding error of the sum.
    rel = np.minimum(tp - tp[:, :1], _EXP_LIMIT / rate)
    local = np.cumsum(xp * np.exp(rate * rel), axis=1) * np.exp(-rate * rel)
    if nb > 1:
        ends = decayed_sum(local[:, -1], tp[:, -1], rate)  # full level at each block end
        prev = np.concatenate([[0.0], ends[:-1]])
        prev_t = np.concatenate([[t[0]], tp[:-1, -1]])
        local += np.exp(-rate * (tp - prev_t[:, None])) * prev[:, None]  # exponent <= 0: underflow is harmless
    return local.ravel()[:n]


def level(series: Series, *, half_life: float = 30.0) -> Series:
    """Running tension level: each period's value plus the previous level decayed with ``half_life`` days.

    Parameters
    ----------
    series : Series
        Usually summed tension per period (``table.series(freq)``). Missing
        values (NaN, e.g. empty periods of a mean series) add nothing.
    half_life : float, default 30
        Days after which an event's weight has halved, whatever the frequency
        (weekly steps decay by ``2**(-7/half_life)``, monthly steps by the
        month's length). ``math.inf`` gives the cumulative sum.

    Returns
    -------
    Series
        Same periods and counts, ``how="level"``.

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import level
    >>> days = np.arange("2023-06-01", "2023-06-05", dtype="datetime64[D]")
    >>> s = Series(dates=days, values=[4.0, 0.0, 0.0, 2.0], counts=[1, 0, 0, 1], freq="D")
    >>> level(s, half_life=1).values.tolist()
    [4.0, 2.0, 1.0, 2.5]
    >>> level(s, half_life=float("inf")).values.tolist()
    [4.0, 4.0, 4.0, 6.0]
    """
    check_series(series)
    h = positive_float(half_life, "half_life", allow_inf=True)
    x = np.where(np.isnan(series.values), 0.0, series.values)
    if math.isinf(h):
        values = np.cumsum(x)
    else:
        values = decayed_sum(x, series.dates.astype(np.int64).astype(np.float64), math.log(2.0) / h)
    return series.with_values(values, how="level")
