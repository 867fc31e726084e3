"""A bounded −9..+9 relation score with six named bands, after Yan Xuetong & Zhou Fangyin (2004).

Yan and Zhou's quantitative measurement of China's bilateral relations (the
Tsinghua scores of China's relations with the great powers) places a relation
on a scale from −9 to +9 in six bands of width 3, from confrontation to
friendship. Positive is friendly on their scale, so the sign is the opposite
of ``tension``.

The mapping from our tension level to their scale is OUR OWN, not theirs: they
score relations from a hand-weighted event flow, we squash the level with

.. math:: r_t = -9 \\tanh(L_t / c)

where :math:`c` is a scale in level units (default: chosen so that the median
absolute non-zero level maps to ±3, the edge of the two middle bands). The score is
monotone in the level and bounded, and 0 tension is 0 on the scale; but the
band a period lands in depends on :math:`c`, so pass ``scale`` explicitly to
compare different series.
"""

from __future__ import annotations

import math

import attrs
import numpy as np

from .._arrays import readonly
from ..series import Series
from ._common import check_series, positive_float

__all__ = ["Bands", "bands", "BAND_NAMES", "BAND_EDGES", "band_of"]

#: The six bands, from the worst relation to the best.
BAND_NAMES: tuple[str, ...] = ("confrontation", "tension", "discord", "ordinary", "good", "friendly")
#: Band edges on the −9..+9 scale: band i is ``[BAND_EDGES[i], BAND_EDGES[i+1])``, the last one closed.
BAND_EDGES: tuple[float, ...] = (-9.0, -6.0, -3.0, 0.0, 3.0, 6.0, 9.0)

_BAND_WIDTH = max(len(b) for b in BAND_NAMES)


def band_of(score: np.ndarray) -> np.ndarray:
    """Band name of each score on the −9..+9 scale ("" for NaN).

    Examples
    --------
    >>> import numpy as np
    >>> from tension.indices import band_of
    >>> band_of(np.array([-9.0, -3.0, -0.1, 0.0, 5.9, 9.0, np.nan])).tolist()
    ['confrontation', 'discord', 'discord', 'ordinary', 'good', 'friendly', '']
    """
    s = np.asarray(score, dtype=np.float64)
    names = np.array([*BAND_NAMES, ""], dtype=f"<U{_BAND_WIDTH}")
    i = np.searchsorted(np.array(BAND_EDGES[1:-1]), s, side="right")  # NaN sorts past every edge
    i = np.where(np.isnan(s), len(BAND_NAMES), i)
    return names[i]


@attrs.frozen(eq=False)
class Bands:
    """Relation scores and their bands.

    Attributes
    ----------
    score : Series
        −9..+9 relation score per period (``how="relation_score"``; positive = friendly).
    band : ndarray of str, shape (k,)
        Name of each period's band (see :data:`BAND_NAMES`; "" where the level is NaN).
    scale : float
        The level that maps to a score of ``-9 * tanh(1)`` (about −6.85).
    """

    score: Series
    band: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v)))
    scale: float


def bands(level: Series, *, scale: float | None = None) -> Bands:
    """Map a tension level to a −9..+9 relation score with six named bands.

    Parameters
    ----------
    level : Series
        Usually :func:`tension.indices.level` of a tension series (positive = tense).
    scale : float, optional
        Level units per unit of ``atanh(-score / 9)``. Default
        ``median(|level|) / atanh(1/3)`` over the non-zero levels: the median
        absolute level scores ±3. If the level is zero everywhere, 1.

    Returns
    -------
    Bands
        The score series, the band names and the scale used.

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import bands
    >>> months = np.arange("2023-01", "2023-05", dtype="datetime64[M]").astype("datetime64[D]")
    >>> b = bands(Series(dates=months, values=[-20.0, 0.0, 5.0, 40.0], counts=[1] * 4, freq="M"), scale=10.0)
    >>> b.score.values.round(2).tolist(), b.band.tolist()
    ([8.68, 0.0, -4.16, -8.99], ['friendly', 'ordinary', 'tension', 'confrontation'])
    """
    check_series(level, "level")
    x = level.values
    if scale is None:
        a = np.abs(x[np.isfinite(x) & (x != 0)])
        med = float(np.median(a)) if a.size else 0.0
        c = med / math.atanh(1.0 / 3.0) if med > 0 else 1.0
    else:
        c = positive_float(scale, "scale")
    score = -9.0 * np.tanh(x / c) + 0.0  # + 0.0 turns -0.0 into 0.0
    return Bands(score=level.with_values(score, how="relation_score"), band=band_of(score), scale=c)
