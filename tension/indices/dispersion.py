"""Volatility and stability: rolling dispersion of tension and a 0–100 index derived from it.

Formulas
--------
Volatility is the sample standard deviation of the last ``window`` periods
(the current one included), over the periods that have a value:

.. math:: v_t = \\sqrt{\\frac{1}{n_t - 1} \\sum_{s = t - w + 1}^{t} (x_s - \\bar{x}_t)^2}

with :math:`n_t` the number of non-missing values in the window (NaN when
:math:`n_t` is below ``min_periods``). A window whose values are all equal has
volatility exactly 0.

Stability maps volatility to 0–100 with a hyperbolic transform around a scale
:math:`c` (by default the median volatility of the series itself):

.. math:: S_t = 100 \\cdot \\frac{c}{c + v_t}

so a period as volatile as the typical period scores 50, a perfectly calm one
100, and stability falls towards 0 as volatility grows. It is a relative index:
pass ``scale`` explicitly to compare several series on one footing.
"""

from __future__ import annotations

import math

import numpy as np

from ..series import Series
from ._common import check_series, finite_median, positive_float, positive_int
from ._windows import chunk_rows, trailing

__all__ = ["volatility", "stability"]


def _min_periods(window: int, min_periods: int | None) -> int:
    if min_periods is None:
        return max(2, -(-window // 2))
    return positive_int(min_periods, "min_periods", minimum=2)


def volatility(series: Series, *, window: int = 30, min_periods: int | None = None) -> Series:
    """Rolling sample standard deviation of the series over the last ``window`` periods.

    Parameters
    ----------
    series : Series
        Any tension series (a sum, a mean, a level...). NaN values are missing.
    window : int, default 30
        Periods in each trailing window, the current one included (>= 2).
    min_periods : int, optional
        Fewest non-missing values for a result (>= 2; default ``ceil(window / 2)``,
        at least 2); fewer give NaN.

    Returns
    -------
    Series
        ``how="volatility"``, in the units of ``series``.

    Notes
    -----
    Computed exactly (two-pass, per window) on a sliding-window view in bounded
    chunks: O(n · min(window, n)) arithmetic, no loss of precision from running sums.

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import volatility
    >>> days = np.arange("2023-06-01", "2023-06-05", dtype="datetime64[D]")
    >>> s = Series(dates=days, values=[1.0, 3.0, 1.0, 3.0], counts=[1, 1, 1, 1], freq="D")
    >>> volatility(s, window=2).values.round(4).tolist()
    [nan, 1.4142, 1.4142, 1.4142]
    """
    check_series(series)
    window = positive_int(window, "window", minimum=2)
    need = _min_periods(window, min_periods)
    x = series.values
    n = x.shape[0]
    out = np.full(n, np.nan)
    if n == 0:
        return series.with_values(out, how="volatility")
    view = trailing(x, window, include_current=True)
    step = chunk_rows(view.shape[1])
    for a in range(0, n, step):
        w = view[a : a + step]
        valid = ~np.isnan(w)
        cnt = valid.sum(axis=1)
        z = np.where(valid, w, 0.0)
        mean = z.sum(axis=1) / np.maximum(cnt, 1)
        dev = np.where(valid, w - mean[:, None], 0.0)
        var = (dev * dev).sum(axis=1) / np.maximum(cnt - 1, 1)
        flat = np.where(valid, w, np.inf).min(axis=1) == np.where(valid, w, -np.inf).max(axis=1)
        sd = np.where(flat, 0.0, np.sqrt(var))
        out[a : a + w.shape[0]] = np.where(cnt >= need, sd, np.nan)
    return series.with_values(out, how="volatility")


def stability(
    series: Series, *, window: int = 30, scale: float | None = None, min_periods: int | None = None
) -> Series:
    """Stability index in [0, 100]: ``100 * c / (c + volatility)``.

    Parameters
    ----------
    series : Series
    window : int, default 30
        Window of :func:`volatility`.
    scale : float, optional
        The volatility :math:`c` that scores 50. Default: the median of the
        series' finite volatilities (so half the periods score above 50). Pass a
        fixed value to compare series or samples.
    min_periods : int, optional
        As in :func:`volatility`.

    Returns
    -------
    Series
        ``how="stability"``: 100 where volatility is 0, NaN where it is NaN.

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import stability
    >>> days = np.arange("2023-06-01", "2023-06-05", dtype="datetime64[D]")
    >>> s = Series(dates=days, values=[1.0, 1.0, 1.0, 5.0], counts=[1, 1, 1, 1], freq="D")
    >>> stability(s, window=2, scale=1.0).values.round(2).tolist()
    [nan, 100.0, 100.0, 26.12]
    """
    vol = volatility(series, window=window, min_periods=min_periods).values
    c = finite_median(vol) if scale is None else positive_float(scale, "scale", allow_zero=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        if math.isnan(c):
            out = np.full(vol.shape, np.nan)
        else:
            out = np.where(vol == 0.0, 100.0, 100.0 * c / (c + vol))
    out = np.where(np.isnan(vol), np.nan, out)
    return series.with_values(out, how="stability")
