"""Shocks: periods whose value is far from its recent typical value, by a robust z-score.

Formula
-------
For each period :math:`t`, the baseline is the median :math:`m_t` of the
previous ``window`` periods (the current period excluded, so a spike cannot
hide itself; the whole series when ``window=None``), and the spread is the
median absolute deviation scaled to a normal standard deviation,

.. math:: s_t = 1.4826 \\cdot \\operatorname{median}_s |x_s - m_t|, \\qquad
          z_t = \\frac{x_t - m_t}{s_t}.

When the MAD is 0 (more than half the window identical, common in sparse daily
series) the spread falls back to :math:`1.2533 \\cdot` the mean absolute deviation
from the median (:math:`\\sqrt{\\pi/2}`, the normal-consistency factor); when that
is 0 too, the window is constant and :math:`z_t` is 0 if :math:`x_t = m_t`, else
:math:`\\pm\\infty`. A shock is a period with :math:`|z_t| \\ge z`. Its size is
:math:`x_t - m_t` (series units) and its direction the sign (+1: tension rose).
Sources: Hampel (1974) for the MAD; Iglewicz & Hoaglin (1993) for robust z-scores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import numpy as np

from .._arrays import ro_days, ro_float64, ro_int64
from ..series import Series
from ._common import check_series, positive_float, positive_int
from ._windows import chunk_rows, row_median, trailing

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Shocks", "shocks", "robust_z"]

_MAD_TO_SD = 1.4826
_MEANAD_TO_SD = 1.2533


@attrs.frozen(eq=False)
class Shocks:
    """The shocks of a series (one entry per shock, in time order).

    Attributes
    ----------
    dates : ndarray of datetime64[D]
        Period starts of the shocks.
    index : ndarray of int64
        Positions of the shocks in the series.
    values : ndarray of float64
        The series' values there.
    baseline : ndarray of float64
        The robust baseline (window median) they are measured from.
    size : ndarray of float64
        ``values - baseline``, in series units.
    zscore : ndarray of float64
        Robust z-scores (may be ±inf after a constant window).
    direction : ndarray of int64
        +1 tension rose, -1 it eased.
    z : float
        The threshold used.
    window : int or None
        The baseline window (None: the whole series).
    freq : str
    """

    dates: np.ndarray = attrs.field(converter=ro_days)
    index: np.ndarray = attrs.field(converter=ro_int64)
    values: np.ndarray = attrs.field(converter=ro_float64)
    baseline: np.ndarray = attrs.field(converter=ro_float64)
    size: np.ndarray = attrs.field(converter=ro_float64)
    zscore: np.ndarray = attrs.field(converter=ro_float64)
    direction: np.ndarray = attrs.field(converter=ro_int64)
    z: float = 3.0
    window: int | None = None
    freq: str = "D"

    def __len__(self) -> int:
        return int(self.index.shape[0])

    def to_pandas(self) -> pd.DataFrame:
        """One row per shock: ``period, value, baseline, size, zscore, direction``."""
        import pandas as pd

        return pd.DataFrame({
            "period": self.dates.astype("datetime64[ns]"), "value": self.values, "baseline": self.baseline,
            "size": self.size, "zscore": self.zscore, "direction": self.direction,
        })

    def to_csv_text(self) -> str:
        """The shocks as CSV text with a header.

        Examples
        --------
        >>> import numpy as np
        >>> from tension import Series
        >>> from tension.indices import shocks
        >>> days = np.arange("2023-06-01", "2023-06-08", dtype="datetime64[D]")
        >>> s = Series(dates=days, values=[0, 1, 0, 1, 0, 9, 0], counts=[1] * 7, freq="D")
        >>> print(shocks(s, window=None).to_csv_text(), end="")
        period,value,baseline,size,zscore,direction
        2023-06-06,9.0,0.0,9.0,4.5697...,1
        """
        rows = ["period,value,baseline,size,zscore,direction"]
        for d, v, b, s, zz, di in zip(self.dates.astype(str).tolist(), self.values.tolist(), self.baseline.tolist(),
                                      self.size.tolist(), self.zscore.tolist(), self.direction.tolist()):
            rows.append(f"{d},{v!r},{b!r},{s!r},{zz!r},{di}")
        return "\n".join(rows) + "\n"


def _spread(dev: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Scaled MAD per row of absolute deviations ``dev`` (NaN = missing), mean-AD fallback where MAD is 0."""
    mad, _ = row_median(dev)
    mean_ad = np.where(count > 0, np.where(np.isnan(dev), 0.0, dev).sum(axis=1) / np.maximum(count, 1), np.nan)
    return np.where(mad > 0, _MAD_TO_SD * mad, _MEANAD_TO_SD * mean_ad)


def _z(x: np.ndarray, med: np.ndarray, spread: np.ndarray) -> np.ndarray:
    diff = x - med
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        z = np.where(spread > 0, diff / spread, np.where(diff == 0, 0.0, np.sign(diff) * np.inf))
    return np.where(np.isnan(x) | np.isnan(med) | np.isnan(spread), np.nan, z)


def robust_z(series: Series, *, window: int | None = 30, min_periods: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Robust z-score and baseline (median) of every period; see the module notes.

    Parameters
    ----------
    series : Series
    window : int or None, default 30
        Previous periods in the baseline (the current one excluded); None uses
        the whole series.
    min_periods : int, optional
        Fewest non-missing baseline values (default ``max(3, window // 2)``;
        3 when ``window`` is None); fewer give NaN.

    Returns
    -------
    zscore, baseline : ndarray of float64, shape (n,)

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import robust_z
    >>> days = np.arange("2023-06-01", "2023-06-06", dtype="datetime64[D]")
    >>> z, base = robust_z(Series(dates=days, values=[1, 2, 3, 4, 20], counts=[1] * 5, freq="D"), window=None)
    >>> z.round(2).tolist(), base.tolist()
    ([-1.35, -0.67, 0.0, 0.67, 11.47], [3.0, 3.0, 3.0, 3.0, 3.0])
    """
    check_series(series)
    x = series.values
    n = x.shape[0]
    if window is None:
        need = 3 if min_periods is None else positive_int(min_periods, "min_periods")
        row = x[None, :]
        med, cnt = row_median(row)
        spread = _spread(np.abs(row - med[:, None]), cnt)
        if cnt[0] < need:
            return np.full(n, np.nan), np.full(n, np.nan)
        base = np.full(n, med[0])
        return _z(x, base, np.full(n, spread[0])), base
    window = positive_int(window, "window", minimum=2)
    need = max(3, window // 2) if min_periods is None else positive_int(min_periods, "min_periods")
    zs = np.full(n, np.nan)
    base = np.full(n, np.nan)
    if n == 0:
        return zs, base
    view = trailing(x, window, include_current=False)
    step = chunk_rows(view.shape[1])
    for a in range(0, n, step):
        w = view[a : a + step]
        med, cnt = row_median(w)
        spread = _spread(np.abs(w - med[:, None]), cnt)
        ok = cnt >= need
        med = np.where(ok, med, np.nan)
        base[a : a + w.shape[0]] = med
        zs[a : a + w.shape[0]] = _z(x[a : a + w.shape[0]], med, spread)
    return zs, base


def shocks(series: Series, *, z: float = 3.0, window: int | None = 30, min_periods: int | None = None) -> Shocks:
    """Periods whose robust (median/MAD) z-score is at least ``z`` in absolute value.

    Parameters
    ----------
    series : Series
    z : float, default 3.0
        Threshold on :math:`|z_t|`.
    window : int or None, default 30
        Previous periods forming each period's baseline (the current one
        excluded); ``None``: one baseline from the whole series.
    min_periods : int, optional
        See :func:`robust_z`. Periods without enough baseline are never shocks.

    Returns
    -------
    Shocks
        Dates, positions, values, baselines, sizes, z-scores and directions.

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import shocks
    >>> days = np.arange("2023-06-01", "2023-06-11", dtype="datetime64[D]")
    >>> s = Series(dates=days, values=[1, 2, 1, 2, 1, 2, 9, 1, -6, 2], counts=[1] * 10, freq="D")
    >>> found = shocks(s, window=5)
    >>> found.dates.astype(str).tolist(), found.size.tolist(), found.direction.tolist()
    (['2023-06-07', '2023-06-09'], [7.0, -8.0], [1, -1])
    """
    check_series(series)
    threshold = positive_float(z, "z")
    zs, base = robust_z(series, window=window, min_periods=min_periods)
    with np.errstate(invalid="ignore"):
        hit = np.flatnonzero(np.abs(zs) >= threshold)
    size = series.values[hit] - base[hit]
    return Shocks(
        dates=series.dates[hit], index=hit, values=series.values[hit], baseline=base[hit], size=size,
        zscore=zs[hit], direction=np.sign(size).astype(np.int64), z=threshold, window=window, freq=series.freq,
    )
