"""Explain a period: the events, with their evidence, that moved it most.

An event's contribution to a period is its tension (times its mentions when
``weight="mentions"``): exactly its share of the period's summed tension, the
value that :func:`tension.indices.level` accumulates. Events are ranked by the
absolute contribution, so both what raised and what eased tension appear.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from .._arrays import readonly, to_day
from ..exceptions import SchemaError
from ..series import period_keys, period_starts
from ._common import check_freq, counted, positive_int

if TYPE_CHECKING:
    from ..events import EventTable

__all__ = ["Explanation", "explain"]


@attrs.frozen(eq=False)
class Explanation:
    """The events that moved one period most.

    Attributes
    ----------
    period : numpy.datetime64
        Start of the period.
    freq : str
    total : float
        The period's summed (weighted) tension.
    count : int
        Events in the period.
    events : EventTable
        The top events, largest absolute contribution first (ties: table order).
        Their ``evidence``, ``source``, ``start`` and ``end`` trace each back to its text.
    contribution : ndarray of float64
        Each top event's contribution to ``total``.
    share : ndarray of float64
        Each contribution over the sum of absolute contributions in the period.
    """

    period: np.datetime64
    freq: str
    total: float
    count: int
    events: EventTable
    contribution: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v, dtype=np.float64)))
    share: np.ndarray = attrs.field(converter=lambda v: readonly(np.asarray(v, dtype=np.float64)))

    def rows(self) -> list[dict[str, Any]]:
        """One dict per top event: date, actor, target, code, mode, contribution, share, evidence, source."""
        ev = self.events
        return [
            {"date": str(d), "actor": str(a), "target": str(t), "code": str(c), "mode": str(m),
             "contribution": float(x), "share": float(s), "evidence": str(e), "source": str(src)}
            for d, a, t, c, m, x, s, e, src in zip(ev.date, ev.actor, ev.target, ev.code, ev.mode, self.contribution,
                                                   self.share, ev.evidence, ev.source)
        ]


def explain(
    table: EventTable, period: Any, *, freq: str = "D", top: int = 5, weight: str | None = None,
    modes: str | Sequence[str] = "act",
) -> Explanation:
    """The ``top`` events of the period containing ``period`` that moved its tension most.

    Parameters
    ----------
    table : EventTable
    period : date-like
        Any day of the period (e.g. "2023-06-19", or the period start).
    freq : {"D", "W", "M"}
    top : int, default 5
        How many events to return (fewer if the period has fewer).
    weight : {None, "mentions"}
        Rank by tension (default) or by tension x mentions.
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count, as in :meth:`tension.EventTable.series`; each row
        of :meth:`Explanation.rows` names its event's mode.

    Returns
    -------
    Explanation

    Examples
    --------
    >>> from tension import read_jsonl
    >>> from tension.indices import explain
    >>> t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
    >>> ex = explain(t, "2023-06-19", freq="M", top=3)
    >>> ex.count, round(ex.total, 2)
    (9, 1.9)
    >>> [(r["code"], r["contribution"], r["evidence"][:28]) for r in ex.rows()]
    [('150', 7.2, 'The US and Chinese militarie'), ('125', 5.0, 'Chinese Defense Minister Li '), ('036', -4.0, 'The US and China agreed to b')]
    """
    table = counted(table, modes)
    check_freq(freq)
    top = positive_int(top, "top", minimum=0)
    if weight not in (None, "mentions"):
        raise SchemaError("weight", "one of (None, 'mentions')", repr(weight))
    key = period_keys(np.array([to_day(period, "period")]), freq)[0]
    pos = np.flatnonzero(period_keys(table.date, freq) == key)
    contrib = table.tension[pos] * (table.mentions[pos] if weight == "mentions" else 1.0)
    order = np.lexsort((pos, -np.abs(contrib)))[:top]  # largest |contribution| first, then table order
    absum = float(np.abs(contrib).sum())
    chosen = contrib[order]
    share = chosen / absum if absum > 0 else np.zeros_like(chosen)
    return Explanation(
        period=period_starts(np.array([key]), freq)[0], freq=freq, total=float(contrib.sum()), count=int(pos.size),
        events=table.select(pos[order]), contribution=chosen, share=share,
    )
