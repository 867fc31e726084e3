"""Volume normalisation: tension that does not grow with the amount of news.

A summed series (``table.series(freq)``, ``how="sum"``) adds one term per event,
so it grows with the number of events a source records. GDELT's volume grew by
orders of magnitude between 1979 and 2015 (Leetaru & Schrodt 2013; the GDELT
1.0 daily files), and any source's volume swings with the news cycle, so a rise
in a summed series may only mean more coverage. Two normalisations remove that:

``by="events"`` (tension per event)
    .. math:: \\bar\\tau_t = \\frac{\\sum_{e \\in t} \\tau_e}{n_t}

    the mean tension of the dyad's events in period :math:`t` (:math:`n_t` its
    events). It measures the *tone* of what happens between the two actors,
    whatever the amount of coverage, on the −10..+10 scale of a single event.
    Use it to compare periods of different volume or different sources, and for
    the relation bands (:func:`tension.indices.bands`). Periods with few events
    are noisy (see ``min_count``) and empty periods are NaN.

``by="coverage"`` (share of coverage)
    .. math:: s_t = \\frac{\\sum_{e \\in t} \\tau_e}{N_t}

    the dyad's tension over *all* events :math:`N_t` the source recorded in the
    period (every dyad, e.g. all GDELT events of the month), the normalisation
    of GDELT's own dashboards. A count series (``how="count"``) normalised this
    way is the dyad's share of coverage :math:`n_t / N_t`. It rises when the
    relationship is more hostile *and* when it takes a larger share of the news,
    so it measures salience-weighted tension. Use it when the question is how
    prominent the dyad's conflict is, and only with totals from the same source
    and filters as the dyad series.

The raw sum is appropriate only inside one source over a span where its volume
is stable.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..exceptions import FieldTypeError, SchemaError
from ..series import Series
from ._common import check_series, positive_int

__all__ = ["normalize", "NORMALIZATIONS"]

#: What :func:`normalize` can divide by.
NORMALIZATIONS: tuple[str, ...] = ("events", "coverage")


def normalize(series: Series, by: str = "events", *, total: Any = None, min_count: int = 1) -> Series:
    """Divide a summed (or counted) series by its events or by all events of each period.

    Parameters
    ----------
    series : Series
        ``how="sum"`` (summed tension) or ``how="count"`` (events) per period,
        e.g. ``table.dyad("USA", "CHN").series("M")``.
    by : {"events", "coverage"}, default "events"
        ``"events"``: divide by the series' own event counts (tension per event).
        ``"coverage"``: divide by ``total``, the number of all events the source
        recorded in each period (share of coverage).
    total : Series or array_like of int, optional
        Required for ``by="coverage"``: a :class:`Series` of the same ``freq``
        whose periods include the series' periods (its ``counts`` are used), or
        one count per period of ``series``.
    min_count : int, default 1
        Periods with fewer of the divisor's events than this are NaN.

    Returns
    -------
    Series
        Same periods and counts; ``how`` is ``"<how>_per_event"`` or ``"<how>_per_coverage"``.

    Raises
    ------
    SchemaError
        If ``by`` is unknown, ``series.how`` is neither ``"sum"`` nor ``"count"``, or
        ``total`` does not cover the series' periods.

    Examples
    --------
    >>> import numpy as np
    >>> from tension import Series
    >>> from tension.indices import normalize
    >>> months = np.array(["2023-01-01", "2023-02-01", "2023-03-01"], dtype="datetime64[D]")
    >>> s = Series(dates=months, values=[4.0, 40.0, 0.0], counts=[2, 20, 0], freq="M")
    >>> normalize(s).values.tolist()                      # ten times the news, same tone
    [2.0, 2.0, nan]
    >>> normalize(s, "coverage", total=[100, 1000, 50]).values.tolist()
    [0.04, 0.04, 0.0]
    """
    check_series(series)
    if by not in NORMALIZATIONS:
        raise SchemaError("by", f"one of {NORMALIZATIONS}", repr(by))
    if series.how not in ("sum", "count"):
        raise SchemaError("series", 'a series with how="sum" or how="count"', f"how={series.how!r}")
    min_count = positive_int(min_count, "min_count", minimum=0)
    if by == "events":
        divisor = series.counts.astype(np.float64)
        suffix = "per_event"
    else:
        divisor = _totals(series, total)
        suffix = "per_coverage"
    ok = divisor >= max(min_count, 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where(ok, series.values / np.where(ok, divisor, 1.0), np.nan)
    return series.with_values(values, how=f"{series.how}_{suffix}")


def _totals(series: Series, total: Any) -> np.ndarray:
    """All events per period of ``series``, from a Series or an array."""
    if total is None:
        raise SchemaError("total", 'all events per period (a Series or counts) for by="coverage"', "None")
    if isinstance(total, Series):
        if total.freq != series.freq:
            raise SchemaError("total", f"a series of freq {series.freq!r}", f"freq {total.freq!r}")
        pos = np.searchsorted(total.dates, series.dates)
        inside = (pos < len(total)) & (total.dates[np.minimum(pos, max(len(total) - 1, 0))] == series.dates)
        if len(total) == 0 or not inside.all():
            raise SchemaError("total", "a series covering every period of the series", "missing periods")
        return total.counts[pos].astype(np.float64)
    try:
        a = np.asarray(total, dtype=np.float64)
    except (TypeError, ValueError):
        raise FieldTypeError("total", "a Series or one count per period", total) from None
    if a.shape != (len(series),):
        raise SchemaError("total", f"{len(series)} counts (one per period)", f"shape {a.shape}")
    return a
