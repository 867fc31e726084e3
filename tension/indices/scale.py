"""A bounded −9..+9 relation score with six named bands, after Yan Xuetong & Zhou Fangyin (2004).

Yan and Zhou's quantitative measurement of China's bilateral relations (the
Tsinghua scores of China's relations with the great powers; *Zhongguo Shehui
Kexue* 中国社会科学, 2004, issue number unverified) places a relation on a scale
from −9 to +9 in six bands of width 3, from confrontation to friendship.
Positive is friendly on their scale, so the sign is the opposite of ``tension``.

The mapping from our data to their scale is OUR OWN, not theirs, and it is
absolute: the score is a fixed linear function of the **tension per event**
:math:`\\bar\\tau_t` (the mean tension of the period's events, −10..+10, see
:func:`tension.indices.normalize`),

.. math:: r_t = \\operatorname{clip}(-9\\,\\bar\\tau_t / c, -9, 9), \\qquad c = 10,

so one point of the relation score is 10/9 of a Goldstein point per event, the
same for every series, source and volume. A band is then a range of typical
events: **confrontation** needs a mean above +6.7 per event (force, assault,
fighting: CAMEO roots 15–20 score +7 to +10), **tension** +3.3..+6.7 (demands,
threats, protests, sanctions), **discord** 0..+3.3 (disapproval, accusations,
rejections mixed with cooperation), **ordinary** 0..−3.3, **good** −3.3..−6.7,
**friendly** below −6.7 (material cooperation and aid). Earlier versions scaled
each series by its own median, which put every series' typical month at ±3
whatever its events; that is gone.
"""

from __future__ import annotations

import attrs
import numpy as np

from .._arrays import readonly
from ..exceptions import SchemaError
from ..series import Series
from ._common import check_series, positive_float
from .memory import level

__all__ = ["Bands", "bands", "BAND_NAMES", "BAND_EDGES", "band_of", "SCALE"]

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


#: Tension per event at which the relation score reaches −9 (and −``SCALE`` at +9).
SCALE: float = 10.0


@attrs.frozen(eq=False)
class Bands:
    """Relation scores and their bands.

    Attributes
    ----------
    score : Series
        −9..+9 relation score per period (``how="relation_score"``; positive = friendly).
    band : ndarray of str, shape (k,)
        Name of each period's band (see :data:`BAND_NAMES`; "" where there is no event).
    per_event : Series
        The tension per event the score was computed from (``how="mean"``).
    scale : float
        Tension per event that maps to a score of −9.
    """

    score: Series
    band: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v)))
    per_event: Series
    scale: float


def bands(series: Series, *, half_life: float | None = None, scale: float = SCALE) -> Bands:
    """Map tension per event to the −9..+9 relation score with six named bands.

    Parameters
    ----------
    series : Series
        Summed tension per period (``table.series(freq)``, ``how="sum"``) or the
        mean per event (``how="mean"``). Sums are divided by the period's events.
    half_life : float, optional
        Give the per-event tension a memory: the decayed sum of tension over the
        decayed count of events (both as in :func:`tension.indices.level`), so a
        quiet period keeps the tone of the last events. Default: each period alone
        (empty periods have no score).
    scale : float, default 10
        Tension per event that maps to −9. Keep the default to compare series:
        the bands are then on one absolute scale.

    Returns
    -------
    Bands
        The score series, the band names, the per-event tension and the scale.

    Raises
    ------
    SchemaError
        If ``series.how`` is neither ``"sum"`` nor ``"mean"`` (a level or another
        index has no per-event reading).

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import bands
    >>> months = np.arange("2023-01", "2023-06", dtype="datetime64[M]").astype("datetime64[D]")
    >>> s = Series(dates=months, values=[-20.0, 0.0, 0.5, 8.0, 36.0], counts=[4, 0, 5, 2, 4], freq="M")
    >>> b = bands(s)                         # per event: -5, none, +0.1, +4, +9
    >>> b.score.values.round(2).tolist()
    [4.5, nan, -0.09, -3.6, -8.1]
    >>> b.band.tolist()
    ['good', '', 'discord', 'tension', 'confrontation']
    """
    check_series(series)
    c = positive_float(scale, "scale")
    if series.how not in ("sum", "mean"):
        raise SchemaError("series", 'summed (how="sum") or mean (how="mean") tension per period',
                          f"how={series.how!r}")
    missing = np.isnan(series.values)
    counts = np.where(missing, 0.0, series.counts.astype(np.float64))  # a NaN value adds nothing
    sums = np.where(missing, 0.0, series.values if series.how == "sum" else series.values * counts)
    if half_life is not None:
        h = positive_float(half_life, "half_life", allow_inf=True)
        sums = level(series.with_values(sums, "sum"), half_life=h).values
        counts = level(series.with_values(counts, "count"), half_life=h).values
    ok = counts > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(ok, sums / np.where(ok, counts, 1.0), np.nan)
    score = np.clip(-9.0 * mean / c, -9.0, 9.0) + 0.0  # + 0.0 turns -0.0 into 0.0
    return Bands(score=series.with_values(score, how="relation_score"), band=band_of(score),
                 per_event=series.with_values(mean, how="mean"), scale=c)
