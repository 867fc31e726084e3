"""Indices computed from the events of each period: conflict share, instability, mean tension.

All three bin events into periods exactly as :func:`tension.series.aggregate_table`
does (same ``freq``, ``start`` and ``end`` rules), and return a :class:`Series`
whose ``counts`` are the events of each period. Periods without events are NaN.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import codebook
from ..exceptions import SchemaError
from ..series import Series, aggregate
from ._common import bins, counted, positive_int

if TYPE_CHECKING:
    from ..events import EventTable

__all__ = ["conflict_share", "instability", "goldstein_mean", "CONFLICT_QUADS", "PROTEST_ROOT"]

#: QuadClasses (GDELT's grouping of CAMEO roots) counted as conflict: 3 verbal conflict, 4 material conflict.
CONFLICT_QUADS: tuple[int, ...] = (3, 4)
#: The CAMEO root code of protest events.
PROTEST_ROOT: str = "14"

_WEIGHTS = (None, "mentions")


def _check_weight(weight: Any) -> None:
    if weight not in _WEIGHTS:
        raise SchemaError("weight", f"one of {_WEIGHTS}", repr(weight))


def _share(table: EventTable, flag: np.ndarray, freq: str, weight: str | None, start: Any, end: Any, how: str) -> Series:
    """Per-period (weighted) share of events where ``flag`` is true."""
    idx, size, dates, inside = bins(table, freq, start, end)
    w = table.mentions if weight == "mentions" else None
    if inside is not None:
        flag = flag[inside]
        w = None if w is None else w[inside]
    values, counts = aggregate(idx, flag.astype(np.float64), size, "mean", w)
    return Series(dates=dates, values=values, counts=counts, freq=freq, how=how)


def conflict_share(
    table: EventTable,
    *,
    freq: str = "D",
    weight: str | None = None,
    start: Any = None,
    end: Any = None,
    convention: str = "gdelt",
    modes: str | Sequence[str] = "act",
) -> Series:
    """Share of conflict events (GDELT QuadClass 3 or 4) among all events of each period.

    .. math:: \\text{conflict share}_t = \\frac{\\#\\{e \\in t : q_e \\in \\{3, 4\\}\\}}{\\#\\{e \\in t\\}}

    where :math:`q_e` is the GDELT QuadClass of the event's CAMEO code
    (:func:`tension.codebook.quad_class`: 1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict; QuadClass is GDELT's
    grouping of the CAMEO roots, GDELT 1.0 / 2.0 event codebooks, not part of CAMEO).

    Parameters
    ----------
    table : EventTable
    freq : {"D", "W", "M"}
    weight : {None, "mentions"}
        Count events (default) or their mentions.
    start, end : date-like, optional
        Range of periods, as in :func:`tension.series.aggregate_table`.
    convention : {"gdelt", "icews"}, default "gdelt"
        QuadClass grouping (:func:`tension.codebook.quad_class`): with
        ``"icews"``, investigate (root 09) counts as conflict.
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count: acts only unless asked (see :meth:`tension.EventTable.select_modes`).

    Returns
    -------
    Series
        Values in [0, 1], NaN for periods without events; ``how="conflict_share"``.

    Examples
    --------
    >>> from tension import EventTable
    >>> from tension.indices import conflict_share
    >>> t = EventTable.from_arrays(date=["2023-06-18", "2023-06-19", "2023-06-19"], actor=["USA"] * 3,
    ...                            target=["CHN"] * 3, code=["042", "112", "173"], tension=[-1.9, 2.0, 5.0])
    >>> conflict_share(t, freq="D").values.tolist()
    [0.0, 1.0]
    """
    table = counted(table, modes)
    _check_weight(weight)
    if convention not in codebook.QUAD_CONVENTIONS:
        raise SchemaError("convention", f"one of {codebook.QUAD_CONVENTIONS}", repr(convention))
    cb = codebook.load()
    quads = cb.quad_classes if convention == "gdelt" else cb.quad_classes_icews
    flag_of_code = np.isin(quads, CONFLICT_QUADS)  # codebook.quad_class, one bool gather per event
    return _share(table, flag_of_code[cb.index(table.code)], freq, weight, start, end, "conflict_share")


def instability(
    table: EventTable, *, freq: str = "D", weight: str | None = None, start: Any = None, end: Any = None,
    modes: str | Sequence[str] = "act",
) -> Series:
    """Instability share: (material-conflict events + protest events) / all events, per period.

    .. math:: \\text{instability}_t = \\frac{\\#\\{e \\in t : q_e = 4\\} + \\#\\{e \\in t : r_e = 14\\}}{\\#\\{e \\in t\\}}

    inspired by, but not the same measure as, the "instability" of the GDELT
    Stability Dashboard (GDELT Project, *Announcing the GDELT Stability Dashboard
    API: Stability Timeline*, blog.gdeltproject.org, 2015), which is
    location-based: it sums the material-conflict and protest events that
    happened in a country and divides by all events GDELT monitored in the same
    period. Ours counts the events of a dyad (actors, not places). In the CAMEO codebook protests (root 14) are QuadClass 3, so the two
    sets are disjoint and the numerator counts each event once. GDELT's
    denominator (all events worldwide) normalises for news volume; ours is all
    events of the table in the period (usually one dyad), which makes the index
    a share in [0, 1] that needs no global event counts.

    Parameters
    ----------
    table : EventTable
    freq : {"D", "W", "M"}
    weight : {None, "mentions"}
        Count events (default) or their mentions.
    start, end : date-like, optional
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count: acts only unless asked (see :meth:`tension.EventTable.select_modes`).

    Returns
    -------
    Series
        Values in [0, 1], NaN for periods without events; ``how="instability"``.

    Examples
    --------
    >>> from tension import EventTable
    >>> from tension.indices import instability
    >>> t = EventTable.from_arrays(date=["2023-06-18"] * 4, actor=["USA"] * 4, target=["CHN"] * 4,
    ...                            code=["042", "112", "141", "173"], tension=[-1.9, 2.0, 6.5, 5.0])
    >>> instability(t, freq="M").values.tolist()   # 141 (protest) and 173 (material conflict) of 4
    [0.5]
    """
    table = counted(table, modes)
    _check_weight(weight)
    cb = codebook.load()
    row = cb.index(table.code)  # one lookup for both the quad class and the root
    flag_of_code = (cb.quad_classes == 4) | (cb.roots == PROTEST_ROOT)
    return _share(table, flag_of_code[row], freq, weight, start, end, "instability")


def goldstein_mean(
    table: EventTable,
    *,
    freq: str = "D",
    weight: str | None = "mentions",
    min_count: int = 1,
    start: Any = None,
    end: Any = None,
    modes: str | Sequence[str] = "act",
) -> Series:
    """Mentions-weighted mean tension (minus the Goldstein score) of each period.

    .. math:: \\bar{\\tau}_t = \\frac{\\sum_{e \\in t} m_e \\tau_e}{\\sum_{e \\in t} m_e}

    with :math:`\\tau_e = -G_e` the event's tension (Goldstein 1992 weights, sign
    flipped so that positive means conflict) and :math:`m_e` its mentions. This is
    the usual GDELT practice of weighting the Goldstein scale by ``NumMentions``.

    Parameters
    ----------
    table : EventTable
    freq : {"D", "W", "M"}
    weight : {"mentions", None}
        ``None`` gives the plain mean over events.
    min_count : int, default 1
        Periods with fewer events than this are NaN (a mean of two events is noise).
    start, end : date-like, optional
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count: acts only unless asked (see :meth:`tension.EventTable.select_modes`).

    Returns
    -------
    Series
        ``how="goldstein_mean"``; ``counts`` are events per period.

    Examples
    --------
    >>> from tension import EventTable
    >>> from tension.indices import goldstein_mean
    >>> t = EventTable.from_arrays(date=["2023-06-18", "2023-06-18", "2023-06-19"], actor=["USA"] * 3,
    ...                            target=["CHN"] * 3, code=["042", "112", "112"], tension=[-1.9, 2.0, 2.0],
    ...                            mentions=[1, 3, 1])
    >>> goldstein_mean(t, freq="D").values.round(3).tolist()
    [1.025, 2.0]
    >>> goldstein_mean(t, freq="D", min_count=2).values.round(3).tolist()
    [1.025, nan]
    """
    table = counted(table, modes)
    _check_weight(weight)
    min_count = positive_int(min_count, "min_count", minimum=0)
    idx, size, dates, inside = bins(table, freq, start, end)
    v = table.tension
    w = table.mentions if weight == "mentions" else None
    if inside is not None:
        v = v[inside]
        w = None if w is None else w[inside]
    values, counts = aggregate(idx, v, size, "mean", w)
    values = np.where(counts >= max(min_count, 1), values, np.nan)
    return Series(dates=dates, values=values, counts=counts, freq=freq, how="goldstein_mean")
