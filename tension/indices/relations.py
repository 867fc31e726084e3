"""Third parties and direction: country groups, triads, directed series and reciprocity.

US–China research rarely stops at the dyad. Three questions recur:

- **Who counts as China?** CAMEO codes Hong Kong (``HKG``) and Macao (``MAC``)
  apart from the PRC (``CHN``). :func:`between` takes a code or a group of codes
  on either side, so ``between(t, "USA", GREATER_CHINA)`` pools them and
  ``between(t, "USA", "CHN")`` keeps them apart. Taiwan (``TWN``) is never in a
  group by default.
- **Third parties.** :func:`triad` gives the three dyads of three actors on one
  set of periods (USA–CHN, USA–TWN, CHN–TWN, ...), so one can see whether
  US–Taiwan warming moves with US–China tension; :data:`THIRD_PARTIES` names the
  usual ones (Taiwan, Japan, the Philippines, South and North Korea).
- **Direction.** :func:`directed` gives ``a -> b`` and ``b -> a`` side by side
  with a reciprocity measure: the correlation of the two directed series in the
  same period, and of the response ``b -> a`` with the previous period's
  ``a -> b`` (Goldstein & Freeman 1990, *Three-Way Street: Strategic
  Reciprocity in World Politics*, ch. 2: reciprocity as the response of one
  side's behaviour to the other's).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from .._arrays import to_day
from ..exceptions import FieldTypeError, SchemaError
from ..series import HOWS, Series
from ._common import check_freq, check_table, counted, positive_int

if TYPE_CHECKING:
    from ..events import EventTable

__all__ = ["GREATER_CHINA", "THIRD_PARTIES", "between", "Triad", "triad", "Directed", "directed", "lagged_correlation"]

#: The PRC with Hong Kong and Macao, pooled (CAMEO codes them apart). Taiwan is not included.
GREATER_CHINA: tuple[str, ...] = ("CHN", "HKG", "MAC")
#: Third parties of US–China research and their CAMEO country codes.
THIRD_PARTIES: dict[str, str] = {
    "Taiwan": "TWN",
    "Japan": "JPN",
    "Philippines": "PHL",
    "South Korea": "KOR",
    "North Korea": "PRK",
}


def _side(value: Any, field: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Sequence) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise FieldTypeError(field, "a code prefix such as 'CHN' or a non-empty sequence of them", value)


def _mask(table: EventTable, a: tuple[str, ...], b: tuple[str, ...], directed: bool) -> np.ndarray:
    m = np.zeros(len(table), dtype=bool)
    for x in a:
        for y in b:
            m |= table.dyad_mask(x, y, directed=directed)
    return m


def between(table: EventTable, a: str | Sequence[str], b: str | Sequence[str], *, directed: bool = False) -> EventTable:
    """Events between two actors or two groups of actors (each a code prefix or a sequence of them).

    Parameters
    ----------
    table : EventTable
    a, b : str or sequence of str
        Code prefixes as in :meth:`EventTable.dyad`; a sequence is a group whose
        members are pooled (``GREATER_CHINA`` = CHN, HKG, MAC).
    directed : bool, default False
        Only events with an actor in ``a`` and a target in ``b``.

    Returns
    -------
    EventTable
        The matching events, in table order. Events inside one group (CHN -> HKG)
        are not between the groups unless the other side also matches them.

    Examples
    --------
    >>> from tension import EventTable
    >>> from tension.indices import GREATER_CHINA, between
    >>> t = EventTable.from_arrays(date=["2023-06-18"] * 4, actor=["USA", "HKGGOV", "MAC", "CHN"],
    ...                            target=["CHN", "USA", "USA", "HKG"], code=["042"] * 4, tension=[-1.9] * 4)
    >>> between(t, "USA", "CHN").actor.tolist()            # kept apart
    ['USA']
    >>> between(t, "USA", GREATER_CHINA).actor.tolist()    # pooled
    ['USA', 'HKGGOV', 'MAC']
    """
    check_table(table)
    return table.select(_mask(table, _side(a, "a"), _side(b, "b"), directed))


def _range(tables: Sequence[EventTable], start: Any, end: Any) -> tuple[Any, Any]:
    """Common start and end: the given ones, else the first and last event of all tables."""
    dates = [t.date for t in tables if len(t)]
    if start is None:
        start = min(d.min() for d in dates) if dates else None
    if end is None:
        end = max(d.max() for d in dates) if dates else None
    if start is not None:
        start = to_day(start, "start")
    if end is not None:
        end = to_day(end, "end")
    return start, end


@attrs.frozen(eq=False)
class Triad:
    """The three dyads of three actors (or groups) on the same periods.

    Attributes
    ----------
    names : tuple of str
        The three sides, as given (groups joined with ``+``).
    ab, ac, bc : Series
        Undirected series of each pair: ``names[0]``–``names[1]``,
        ``names[0]``–``names[2]``, ``names[1]``–``names[2]``.
    """

    names: tuple[str, str, str]
    ab: Series
    ac: Series
    bc: Series

    def correlations(self) -> dict[str, float]:
        """Pearson correlation of each pair of dyad series over the periods where both are finite."""
        a, b, c = (f"{self.names[0]}-{self.names[1]}", f"{self.names[0]}-{self.names[2]}",
                   f"{self.names[1]}-{self.names[2]}")
        return {
            f"{a} ~ {b}": lagged_correlation(self.ab.values, self.ac.values, 0),
            f"{a} ~ {c}": lagged_correlation(self.ab.values, self.bc.values, 0),
            f"{b} ~ {c}": lagged_correlation(self.ac.values, self.bc.values, 0),
        }


def _name(side: tuple[str, ...]) -> str:
    return "+".join(side)


def triad(
    table: EventTable,
    a: str | Sequence[str],
    b: str | Sequence[str],
    c: str | Sequence[str],
    *,
    freq: str = "M",
    how: str = "mean",
    start: Any = None,
    end: Any = None,
    modes: str | Sequence[str] = "act",
) -> Triad:
    """The three dyad series of a triad (e.g. USA, CHN and TWN) on common periods.

    Parameters
    ----------
    table : EventTable
    a, b, c : str or sequence of str
        The three sides (code prefixes or groups, as in :func:`between`).
    freq : {"D", "W", "M"}, default "M"
    how : {"mean", "sum", "count"}, default "mean"
        Reduction per period (``"mean"``: tension per event, volume-free).
    start, end : date-like, optional
        Range of periods; default: the first to the last event of the three dyads.
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count: acts only unless asked (see :meth:`tension.EventTable.select_modes`).

    Returns
    -------
    Triad

    Examples
    --------
    >>> from tension import EventTable
    >>> from tension.indices import triad
    >>> t = EventTable.from_arrays(date=["2023-01-05", "2023-01-09", "2023-02-02", "2023-02-20"],
    ...                            actor=["USA", "USA", "CHN", "CHN"], target=["CHN", "TWN", "TWN", "USA"],
    ...                            code=["112", "042", "150", "112"], tension=[2.0, -1.9, 7.2, 2.0])
    >>> tr = triad(t, "USA", "CHN", "TWN")
    >>> tr.ab.values.tolist(), tr.ac.values.tolist(), tr.bc.values.tolist()
    ([2.0, 2.0], [-1.9, nan], [nan, 7.2])
    """
    table = counted(table, modes)
    check_freq(freq)
    if how not in HOWS:
        raise SchemaError("how", f"one of {HOWS}", repr(how))
    sides = (_side(a, "a"), _side(b, "b"), _side(c, "c"))
    pairs = [(sides[0], sides[1]), (sides[0], sides[2]), (sides[1], sides[2])]
    tables = [table.select(_mask(table, x, y, False)) for x, y in pairs]
    lo, hi = _range(tables, start, end)
    series = [t.series(freq, how=how, start=lo, end=hi, modes=modes) for t in tables]
    return Triad(names=(_name(sides[0]), _name(sides[1]), _name(sides[2])), ab=series[0], ac=series[1], bc=series[2])


def lagged_correlation(x: np.ndarray, y: np.ndarray, lag: int = 0) -> float:
    """Pearson correlation of ``x[t - lag]`` with ``y[t]`` over the periods where both are finite.

    A positive ``lag`` asks whether ``x`` leads ``y``. NaN when fewer than three
    pairs remain or either side is constant.

    Examples
    --------
    >>> import numpy as np
    >>> from tension.indices import lagged_correlation
    >>> x = np.array([0.0, 1.0, 0.0, 2.0, 0.0, 3.0, 0.0])
    >>> round(lagged_correlation(x, np.roll(x, 1), 1), 3)    # y repeats x one period later
    1.0
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.shape != y.shape:
        raise SchemaError("y", f"an array of the same length as x ({x.shape[0]})", f"length {y.shape[0]}")
    n = x.shape[0]
    if abs(lag) >= n:
        return math.nan
    xs, ys = (x[: n - lag], y[lag:]) if lag >= 0 else (x[-lag:], y[: n + lag])
    ok = np.isfinite(xs) & np.isfinite(ys)
    if ok.sum() < 3:
        return math.nan
    u, v = xs[ok] - xs[ok].mean(), ys[ok] - ys[ok].mean()
    den = math.sqrt(float(np.dot(u, u)) * float(np.dot(v, v)))
    return float(np.dot(u, v)) / den if den > 0 else math.nan


@attrs.frozen(eq=False)
class Directed:
    """A dyad's two directed series side by side, with reciprocity measures.

    Attributes
    ----------
    names : tuple of str
        ``(a, b)`` as given (groups joined with ``+``).
    ab, ba : Series
        ``a -> b`` and ``b -> a`` on the same periods.
    reciprocity : float
        Correlation of ``ab`` and ``ba`` in the same period (NaN with fewer than
        three periods where both have a value): near 1 when each side's behaviour
        moves with the other's.
    response : float
        Correlation of ``ba`` with the previous period's ``ab``: does ``b``
        answer ``a``? (``response_lag`` periods; see :func:`directed`).
    response_lag : int
    """

    names: tuple[str, str]
    ab: Series
    ba: Series
    reciprocity: float
    response: float
    response_lag: int = 1

    @property
    def asymmetry(self) -> Series:
        """``ab - ba`` per period: positive when ``a`` is the more hostile side."""
        return self.ab.with_values(self.ab.values - self.ba.values, how=f"{self.ab.how}_asymmetry")


def directed(
    table: EventTable,
    a: str | Sequence[str],
    b: str | Sequence[str],
    *,
    freq: str = "M",
    how: str = "mean",
    lag: int = 1,
    start: Any = None,
    end: Any = None,
    modes: str | Sequence[str] = "act",
) -> Directed:
    """Series of ``a -> b`` and ``b -> a`` side by side, with reciprocity.

    Parameters
    ----------
    table : EventTable
    a, b : str or sequence of str
        The two sides (code prefixes or groups, as in :func:`between`).
    freq : {"D", "W", "M"}, default "M"
    how : {"mean", "sum", "count"}, default "mean"
    lag : int, default 1
        Periods between ``a``'s behaviour and ``b``'s response in :attr:`Directed.response`.
    start, end : date-like, optional
        Range of periods; default: the first to the last event of the dyad.
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count: acts only unless asked (see :meth:`tension.EventTable.select_modes`).

    Returns
    -------
    Directed

    Examples
    --------
    >>> import numpy as np
    >>> from tension import EventTable
    >>> from tension.indices import directed
    >>> months = np.arange("2023-01", "2023-07", dtype="datetime64[M]").astype("datetime64[D]")
    >>> us = [2.0, 5.0, -1.9, 2.0, 5.0, -1.9]          # US -> China each month
    >>> cn = [2.0, 2.0, 5.0, -1.9, 2.0, 5.0]           # China answers a month later
    >>> t = EventTable.from_arrays(date=np.r_[months, months], actor=["USA"] * 6 + ["CHN"] * 6,
    ...                            target=["CHN"] * 6 + ["USA"] * 6, code=["112"] * 12, tension=us + cn)
    >>> d = directed(t, "USA", "CHN")
    >>> d.ab.values.tolist() == us, d.ba.values.tolist() == cn
    (True, True)
    >>> round(d.reciprocity, 2), round(d.response, 2)
    (-0.58, 1.0)
    """
    table = counted(table, modes)
    check_freq(freq)
    if how not in HOWS:
        raise SchemaError("how", f"one of {HOWS}", repr(how))
    lag = positive_int(lag, "lag", minimum=0)
    sa, sb = _side(a, "a"), _side(b, "b")
    tab, tba = table.select(_mask(table, sa, sb, True)), table.select(_mask(table, sb, sa, True))
    lo, hi = _range([tab, tba], start, end)
    ab = tab.series(freq, how=how, start=lo, end=hi, modes=modes)
    ba = tba.series(freq, how=how, start=lo, end=hi, modes=modes)
    return Directed(
        names=(_name(sa), _name(sb)), ab=ab, ba=ba,
        reciprocity=lagged_correlation(ab.values, ba.values, 0),
        response=lagged_correlation(ab.values, ba.values, lag), response_lag=lag,
    )
