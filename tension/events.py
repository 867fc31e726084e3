"""Events and tables of events: the unit of exchange in :mod:`tension`.

An :class:`Event` is one dated interaction between two actors with a CAMEO code
and a signed tension score. An :class:`EventTable` holds many events as
read-only numpy columns; it is what readers return, what extraction returns and
what series and indices consume.
"""

from __future__ import annotations

import datetime as _dt
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
from numpy.dtypes import StringDType

from ._arrays import NO_COUNTRY_KEY, as_var_str, country_keys, prefix_equals, readonly, to_day
from .exceptions import FieldTypeError, SchemaError, UnknownCodeError
from .schema import COLUMNS, MODES, check_columns, check_modes

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from .series import Series

__all__ = ["Event", "EventTable", "LazyColumn", "concat"]


def _check_event(ev: Event) -> None:
    """Validate one event with the column rules, then store its fields as plain Python values."""
    try:
        cols = check_columns(**{name: [getattr(ev, name)] for name in COLUMNS})
    except UnknownCodeError as e:
        raise UnknownCodeError(e.code) from None
    except SchemaError as e:
        raise SchemaError(e.field, e.expected, e.got) from None
    except FieldTypeError as e:
        raise FieldTypeError(e.field, e.expected, e.got) from None
    for name in ("precision", "actor", "target", "code", "mode"):
        object.__setattr__(ev, name, str(cols[name][0]))
    object.__setattr__(ev, "tension", float(cols["tension"][0]))
    for name in ("mentions", "start", "end"):
        object.__setattr__(ev, name, int(cols[name][0]))


def _to_date(value: Any) -> _dt.date:
    return to_day(value).astype(_dt.date)


@attrs.frozen(kw_only=True)
class Event:
    """One event: who did what to whom, when, how it moved tension, and the evidence.

    Built with keyword arguments named as its attributes (all validated).

    Attributes
    ----------
    date : datetime.date or str
        The day the event happened (an ISO string is accepted). With a coarser
        ``precision`` it is the first day of the month or year.
    actor, target : str
        CAMEO-style actor codes (``"USA"``, ``"CHNGOV"``, ``"USAMIL"``); the
        first three letters are the country. ``""`` when the source has no actor.
    code : str
        CAMEO event code, leading zeros kept (``"042"``, ``"0874"``).
    tension : float
        Signed tension in [-10, 10]: minus the Goldstein value, so positive
        means tension rises (conflict) and negative means it eases.
    precision : {"day", "month", "year"}
        How precisely ``date`` is known.
    mentions : int
        How many times the event was reported (>= 1).
    mode : {"act", "plan"}
        ``"act"`` (the default): the event happened, or was done by saying it
        (an announcement is an act). ``"plan"``: an act announced for the
        future ("will visit", "plans to impose tariffs"); series and indices
        leave plans out unless asked (``modes=``).
    evidence : str
        The exact span of source text the event rests on.
    source : str
        Document id or URL.
    start, end : int
        Character offsets of ``evidence`` in the source text; -1 when none.

    Examples
    --------
    >>> from tension import Event
    >>> ev = Event(date="2023-06-18", actor="USAGOV", target="CHNGOV", code="042", tension=-1.9)
    >>> ev.date, ev.country_pair, ev.mode
    (datetime.date(2023, 6, 18), ('USA', 'CHN'), 'act')
    >>> Event(date="2023-06-18", actor="USA", target="CHN", code="042", tension=-1.9, mode="plan").mode
    'plan'
    """

    date: _dt.date = attrs.field(converter=_to_date)
    actor: str
    target: str
    code: str
    tension: float = attrs.field(converter=lambda v: float(v) if isinstance(v, (int, float, np.number)) and not isinstance(v, bool) else v)
    precision: str = "day"
    mentions: int = 1
    mode: str = "act"
    evidence: str = ""
    source: str = ""
    start: int = -1
    end: int = -1

    def __attrs_post_init__(self) -> None:
        _check_event(self)

    @property
    def country_pair(self) -> tuple[str, str]:
        """The countries (first three letters) of actor and target."""
        return self.actor[:3], self.target[:3]


class LazyColumn:
    """A column converted on first use: ``convert(payload)``, computed once and kept.

    Readers hand over columns whose conversion to numpy is costly and often not
    needed (GDELT's ``SOURCEURL``: millions of URLs as ``StringDType``) as the
    arrow array plus its converter; the table converts on first access, so a
    read followed by a series never pays for it. Pickling, equality and
    :attr:`EventTable.columns` convert first, so users only ever see numpy.
    """

    __slots__ = ("payload", "convert", "length", "value")

    def __init__(self, payload: Any, convert: Any, length: int) -> None:
        self.payload = payload
        self.convert = convert
        self.length = int(length)
        self.value: np.ndarray | None = None

    def __len__(self) -> int:
        return self.length

    def take(self, index: Any) -> _Gather:
        if isinstance(index, slice):
            index = readonly(np.arange(self.length)[index])
        return _Gather(self, index)

    def resolve(self) -> np.ndarray:
        if self.value is None:
            self.value = readonly(self.convert(self.payload))
            self.payload = self.convert = None
        return self.value


class _Gather:
    """A column not gathered yet: ``base[index]``, built on first use.

    Selections (:meth:`EventTable.select`, :meth:`~EventTable.dyad`, ...) record
    the positions and gather each column only when it is read, so a filter
    followed by a series touches only ``date``, ``tension`` (and ``mentions``).
    Until then the selection keeps the parent's columns alive, as a numpy view
    would. ``base`` may itself be a :class:`LazyColumn` (converted once,
    for the parent and all its selections).
    """

    __slots__ = ("base", "index")

    def __init__(self, base: np.ndarray | LazyColumn, index: np.ndarray) -> None:
        self.base = base
        self.index = index

    def __len__(self) -> int:
        return int(self.index.shape[0])

    def take(self, index: Any) -> _Gather:
        return _Gather(self.base, self.index[index])

    def rows(self, rows: np.ndarray) -> np.ndarray:
        """``resolve()[rows]`` without gathering the other rows."""
        return _base(self.base)[self.index[rows]]

    def resolve(self) -> np.ndarray:
        return readonly(_base(self.base)[self.index])


_Lazy = (_Gather, LazyColumn)


def _base(v: np.ndarray | LazyColumn) -> np.ndarray:
    return v.resolve() if isinstance(v, LazyColumn) else v


def _all_acts(n: int) -> np.ndarray:
    """A constant ``mode`` column of ``n`` acts: a read-only zero-stride view, no memory."""
    return np.broadcast_to(np.array("act", dtype="<U4"), (n,))


def _checked_mode(v: np.ndarray | LazyColumn | None, n: int) -> np.ndarray | LazyColumn:
    """A reader's checked ``mode`` column in its dtype (``<U4``); all acts when there is none."""
    if v is None:
        return _all_acts(n)
    return v if isinstance(v, LazyColumn) else np.asarray(v).astype("<U4", copy=False)


def _constant(v: np.ndarray | _Gather | LazyColumn) -> str | None:
    """The one value of a non-empty column built as a constant (a zero-stride view), else None."""
    base = v.base if isinstance(v, _Gather) else v
    if isinstance(base, np.ndarray) and base.ndim == 1 and base.size and base.strides == (0,) and len(v):
        return str(base[0])
    return None


def _take_column(v: np.ndarray | _Gather | LazyColumn, index: Any) -> np.ndarray | _Gather:
    if isinstance(v, (_Gather, LazyColumn)):
        return v.take(index)
    if isinstance(index, slice):
        return readonly(v[index])  # a view: nothing to defer
    return _Gather(v, index)


class EventTable:
    """A frozen columnar table of events (numpy arrays, one row per event).

    Build one with :meth:`from_arrays`, :meth:`from_events` or :meth:`empty`, or
    get one from a reader. Columns are read-only attributes:

    ========== ==================== ==============================================
    column     dtype                meaning
    ========== ==================== ==============================================
    date       datetime64[D]        day the event happened
    precision  <U5                  "day", "month" or "year"
    actor      <U (fixed width)     CAMEO-style actor code ("" if none)
    target     <U (fixed width)     CAMEO-style target code ("" if none)
    code       <U4                  CAMEO event code, leading zeros kept
    tension    float64              -Goldstein, in [-10, 10]
    mentions   int64                reports of the event, >= 1
    mode       <U4                  "act" (happened) or "plan" (announced future act)
    evidence   StringDType          exact evidence span
    source     StringDType          document id or URL
    start      int64                evidence offset in the source text, -1 none
    end        int64                evidence end offset, -1 none
    ========== ==================== ==============================================

    Readers may attach extra columns (GDELT's ``quad_class``, ``avg_tone``, ...);
    they are in :attr:`extras` and available as ``table["avg_tone"]``.

    Examples
    --------
    >>> from tension import EventTable
    >>> t = EventTable.from_arrays(
    ...     date=["2023-06-18", "2023-06-19", "2023-02-04"],
    ...     actor=["USAGOV", "CHNGOV", "USA"],
    ...     target=["CHNGOV", "USA", "CHN"],
    ...     code=["042", "112", "172"],
    ...     tension=[-1.9, 2.0, 5.0],
    ... )
    >>> len(t), t.code.tolist()
    (3, ['042', '112', '172'])
    >>> t.sort().date.tolist()[0]
    datetime.date(2023, 2, 4)
    """

    __slots__ = ("_cols", "_extras", "_country")

    _cols: dict[str, np.ndarray | _Gather | LazyColumn]
    _extras: dict[str, np.ndarray | _Gather | LazyColumn]
    _country: dict[str, np.ndarray | _Gather | LazyColumn]

    def __init__(
        self,
        columns: Mapping[str, np.ndarray | _Gather | LazyColumn],
        extras: Mapping[str, np.ndarray | _Gather | LazyColumn] | None = None,
        country: Mapping[str, np.ndarray | _Gather | LazyColumn] | None = None,
    ) -> None:
        """Trusted constructor over already-validated columns; use the named constructors.

        ``country`` holds the integer country keys of ``actor`` and ``target``
        (:func:`tension._arrays.country_keys`); they are computed when not given.
        """
        object.__setattr__(self, "_cols", {name: columns[name] for name in COLUMNS})
        object.__setattr__(self, "_extras", dict(extras or {}))
        if country is None:
            country = {name: readonly(country_keys(self._column(name))) for name in ("actor", "target")}
        object.__setattr__(self, "_country", dict(country))

    def _column(self, name: str) -> np.ndarray:
        """A core column, gathered now if a selection deferred it."""
        v = self._cols[name]
        if isinstance(v, _Lazy):
            v = self._cols[name] = v.resolve()
        return v

    def _country_keys(self, name: str) -> np.ndarray:
        """Country keys of ``actor`` or ``target``, gathered now if a selection deferred them."""
        v = self._country[name]
        if isinstance(v, _Lazy):
            v = self._country[name] = v.resolve()
        return v

    def _extra(self, name: str) -> np.ndarray:
        """An extra column, gathered now if a selection deferred it."""
        v = self._extras[name]
        if isinstance(v, _Lazy):
            v = self._extras[name] = v.resolve()
        return v

    def __getstate__(self) -> dict[str, Any]:
        country = {name: self._country_keys(name) for name in self._country}
        return {"columns": dict(self.columns), "extras": dict(self.extras), "country": country}

    def __setstate__(self, state: dict[str, Any]) -> None:
        columns = dict(state["columns"])
        if "mode" not in columns:  # pickled before the mode column existed: all acts
            columns["mode"] = _all_acts(len(columns["date"]))
        EventTable.__init__(self, columns, state["extras"], state["country"])

    def __setattr__(self, name: str, value: Any) -> None:
        raise attrs.exceptions.FrozenInstanceError()

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_arrays(
        cls,
        *,
        date: Any,
        actor: Any,
        target: Any,
        code: Any,
        tension: Any,
        precision: Any = None,
        mentions: Any = None,
        mode: Any = None,
        evidence: Any = None,
        source: Any = None,
        start: Any = None,
        end: Any = None,
        **extras: Any,
    ) -> EventTable:
        """Build a validated table from columns (arrays or sequences of equal length).

        Parameters
        ----------
        date : array_like
            ``datetime64``, ``datetime.date`` or ISO strings.
        actor, target, code : array_like of str
        tension : array_like of float
        precision : array_like of str, optional
            Defaults to ``"day"`` for every row.
        mentions : array_like of int, optional
            Defaults to 1.
        mode : array_like of str, optional
            ``"act"`` or ``"plan"`` per event; defaults to ``"act"`` for every row.
        evidence, source : array_like of str, optional
            Default to ``""``.
        start, end : array_like of int, optional
            Default to -1 (no offsets).
        **extras : array_like
            Extra columns (numbers or strings) kept alongside the events.

        Returns
        -------
        EventTable

        Raises
        ------
        SchemaError
            A value is out of its field's domain (the message names the field
            and the first bad row), or columns differ in length.
        UnknownCodeError
            An event code is not in the CAMEO codebook.
        FieldTypeError
            A column holds values of the wrong type.

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
        ...                            code=["042"], tension=[-1.9], mentions=[3])
        >>> t.mentions.tolist(), t.precision.tolist(), t.mode.tolist()
        ([3], ['day'], ['act'])
        >>> EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"], code=["042"],
        ...                        tension=[-1.9], mode=["future"])
        Traceback (most recent call last):
        ...
        tension.exceptions.SchemaError: field 'mode' (row 0): expected one of 'act', 'plan', got 'future'
        """
        cols = check_columns(
            date=date, actor=actor, target=target, code=code, tension=tension,
            precision=precision, mentions=mentions, mode=mode, evidence=evidence, source=source,
            start=start, end=end,
        )
        n = cols["date"].shape[0]
        return cls(cols, _check_extras(extras, n))

    @classmethod
    def from_checked_columns(
        cls,
        columns: Mapping[str, np.ndarray | LazyColumn],
        extras: Mapping[str, np.ndarray | LazyColumn] | None = None,
        country: Mapping[str, np.ndarray] | None = None,
    ) -> EventTable:
        """Wrap columns that a reader has already checked value by value, some of them lazy.

        For readers only: every value must already satisfy the rules of
        :func:`tension.schema.check_columns` (the reader checked them row by row,
        with line numbers), so checking again would double the cost of a read
        without finding anything. ``columns`` holds ``date``, ``actor``,
        ``target``, ``code``, ``tension`` and ``mentions`` (and optionally
        ``source`` and ``mode``); ``precision`` is ``"day"``, ``mode`` defaults
        to ``"act"``, ``evidence`` and ``source`` to ``""`` and ``start``/``end``
        to -1. A :class:`LazyColumn`
        is converted the first time it is read. ``country`` holds the country
        keys of ``actor`` and ``target`` when the reader has them.

        Examples
        --------
        >>> import numpy as np
        >>> from tension.events import EventTable, LazyColumn
        >>> names = LazyColumn(np.array(["USA", "CHN"]), lambda a: a.copy(), 2)
        >>> t = EventTable.from_checked_columns({
        ...     "date": np.array(["2023-06-18", "2023-06-19"], dtype="datetime64[D]"), "actor": names,
        ...     "target": np.array(["CHN", "USA"]), "code": np.array(["042", "112"]),
        ...     "tension": np.array([-1.9, 2.0]), "mentions": np.array([1, 3])})
        >>> t.actor.tolist(), t.precision.tolist(), t.mode.tolist(), t.start.tolist()
        (['USA', 'CHN'], ['day', 'day'], ['act', 'act'], [-1, -1])
        """
        n = len(columns["date"])
        # Constant columns are read-only zero-stride views: no memory, no time, same values.
        minus_one = np.broadcast_to(np.array(-1, dtype=np.int64), (n,))
        cols: dict[str, np.ndarray | LazyColumn] = {
            "date": np.asarray(columns["date"]).astype("datetime64[D]", copy=False),
            "precision": np.broadcast_to(np.array("day", dtype="<U5"), (n,)),
            "actor": columns["actor"],
            "target": columns["target"],
            "code": columns["code"],
            "tension": np.asarray(columns["tension"], dtype=np.float64),
            "mentions": np.asarray(columns["mentions"], dtype=np.int64),
            "mode": _checked_mode(columns.get("mode"), n),
            "evidence": np.zeros(n, dtype=StringDType()),
            "source": columns["source"] if "source" in columns else np.zeros(n, dtype=StringDType()),
            "start": minus_one,
            "end": minus_one,
        }

        def ro(v: np.ndarray | LazyColumn) -> np.ndarray | LazyColumn:
            return v if isinstance(v, LazyColumn) else readonly(v)

        keys = None if country is None else {k: readonly(v) for k, v in country.items()}
        return cls({k: ro(cols[k]) for k in COLUMNS}, {k: ro(v) for k, v in (extras or {}).items()}, keys)

    @classmethod
    def from_events(cls, events: Iterable[Event]) -> EventTable:
        """Build a table from :class:`Event` records.

        Examples
        --------
        >>> from tension import Event, EventTable
        >>> ev = Event(date="2023-06-18", actor="USA", target="CHN", code="042", tension=-1.9)
        >>> len(EventTable.from_events([ev, ev]))
        2
        """
        evs = list(events)
        for i, ev in enumerate(evs):
            if not isinstance(ev, Event):
                raise FieldTypeError(f"events[{i}]", "a tension.Event", ev)
        if not evs:
            return cls.empty()
        return cls.from_arrays(**{name: [getattr(ev, name) for ev in evs] for name in COLUMNS})

    @classmethod
    def empty(cls, **extras: np.dtype | str) -> EventTable:
        """A table with no rows (optionally with typed, empty extra columns).

        Examples
        --------
        >>> from tension import EventTable
        >>> len(EventTable.empty()), EventTable.empty().date.dtype
        (0, dtype('<M8[D]'))
        """
        return cls.from_arrays(
            date=np.zeros(0, "datetime64[D]"), actor=np.zeros(0, "<U3"), target=np.zeros(0, "<U3"),
            code=np.zeros(0, "<U4"), tension=np.zeros(0), **{k: np.zeros(0, dtype=v) for k, v in extras.items()},
        )

    # ------------------------------------------------------------------ columns
    @property
    def date(self) -> np.ndarray:
        """Event days, ``datetime64[D]``."""
        return self._column("date")

    @property
    def precision(self) -> np.ndarray:
        """Date precision per event: "day", "month" or "year"."""
        return self._column("precision")

    @property
    def actor(self) -> np.ndarray:
        """Actor codes (fixed-width str)."""
        return self._column("actor")

    @property
    def target(self) -> np.ndarray:
        """Target codes (fixed-width str)."""
        return self._column("target")

    @property
    def code(self) -> np.ndarray:
        """CAMEO event codes (``<U4``, leading zeros kept)."""
        return self._column("code")

    @property
    def tension(self) -> np.ndarray:
        """Signed tension, float64 in [-10, 10] (+ conflict, - cooperation)."""
        return self._column("tension")

    @property
    def mentions(self) -> np.ndarray:
        """Reports per event, int64 >= 1."""
        return self._column("mentions")

    @property
    def mode(self) -> np.ndarray:
        """What each event reports (``<U4``): "act" (it happened) or "plan" (an announced future act)."""
        return self._column("mode")

    @property
    def evidence(self) -> np.ndarray:
        """Evidence spans (StringDType)."""
        return self._column("evidence")

    @property
    def source(self) -> np.ndarray:
        """Source document ids or URLs (StringDType)."""
        return self._column("source")

    @property
    def start(self) -> np.ndarray:
        """Evidence start offsets, int64, -1 when none."""
        return self._column("start")

    @property
    def end(self) -> np.ndarray:
        """Evidence end offsets, int64, -1 when none."""
        return self._column("end")

    @property
    def columns(self) -> Mapping[str, np.ndarray]:
        """The core columns, in canonical order (read-only mapping)."""
        for name in COLUMNS:
            self._column(name)
        return types.MappingProxyType(self._cols)  # type: ignore[arg-type]

    @property
    def extras(self) -> Mapping[str, np.ndarray]:
        """Extra columns attached by a reader (read-only mapping)."""
        for name in self._extras:
            self._extra(name)
        return types.MappingProxyType(self._extras)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._cols["date"])

    def __getitem__(self, key: Any) -> Any:
        """``t["col"]`` is a column, ``t[i]`` an :class:`Event`, ``t[mask]`` / ``t[1:5]`` a table."""
        if isinstance(key, str):
            if key in self._cols:
                return self._column(key)
            if key in self._extras:
                return self._extra(key)
            raise KeyError(f"no column {key!r}; columns are {list(self._cols) + list(self._extras)}")
        if isinstance(key, (int, np.integer)):
            return self._event(int(key))
        if isinstance(key, slice):
            return self._take(key)
        return self.select(key)

    def __iter__(self) -> Iterator[Event]:
        for i in range(len(self)):
            yield self._event(i)

    def _event(self, i: int) -> Event:
        c = self.columns
        return Event(
            date=c["date"][i].astype(_dt.date), precision=str(c["precision"][i]),
            actor=str(c["actor"][i]), target=str(c["target"][i]), code=str(c["code"][i]),
            tension=float(c["tension"][i]), mentions=int(c["mentions"][i]), mode=str(c["mode"][i]),
            evidence=str(c["evidence"][i]), source=str(c["source"][i]),
            start=int(c["start"][i]), end=int(c["end"][i]),
        )

    def __repr__(self) -> str:
        n = len(self)
        span = f", {self.date.min()}..{self.date.max()}" if n else ""
        extra = f", extras={list(self._extras)}" if self._extras else ""
        return f"EventTable({n} events{span}{extra})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventTable):
            return NotImplemented
        if list(self._extras) != list(other._extras) or len(self) != len(other):
            return False
        pairs = [(self._column(k), other._column(k)) for k in COLUMNS]
        pairs += [(self._extra(k), other._extra(k)) for k in self._extras]
        return all(_arrays_equal(a, b) for a, b in pairs)

    __hash__ = None  # type: ignore[assignment]

    # ------------------------------------------------------------------ selection
    def _take(self, index: Any) -> EventTable:
        """Rows at ``index`` (a slice, a boolean mask or positions); columns are gathered on use."""
        if not isinstance(index, slice):
            index = np.asarray(index)
            if index.dtype == bool:
                index = np.flatnonzero(index)  # positions once, not one mask scan per column
            index = index.astype(np.intp, copy=False)
            n = len(self)
            if index.size and (int(index.max()) >= n or int(index.min()) < -n):
                bad = int(index.max()) if int(index.max()) >= n else int(index.min())
                raise IndexError(f"row {bad} is out of range for a table of {n} events")
            index = readonly(index)
        return EventTable(
            {k: _take_column(v, index) for k, v in self._cols.items()},
            {k: _take_column(v, index) for k, v in self._extras.items()},
            {k: _take_column(v, index) for k, v in self._country.items()},
        )

    def select(self, mask: Any) -> EventTable:
        """Rows where ``mask`` is true (a boolean array) or at the given integer positions.

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-06-18", "2023-06-19"], actor=["USA", "CHN"],
        ...                            target=["CHN", "USA"], code=["042", "112"], tension=[-1.9, 2.0])
        >>> t.select(t.tension > 0).code.tolist()
        ['112']
        """
        m = np.asarray(mask)
        if m.dtype == bool:
            if m.shape != (len(self),):
                raise SchemaError("mask", f"a boolean array of length {len(self)}", f"shape {m.shape}")
        elif m.dtype.kind in "iu" or m.size == 0:
            m = m.astype(np.int64)
        else:
            raise FieldTypeError("mask", "a boolean mask or integer positions", mask)
        return self._take(m)

    def dyad(self, a: str, b: str, *, directed: bool = False) -> EventTable:
        """Events between two actors, matched on the start of their codes.

        ``dyad("USA", "CHN")`` takes ``USAGOV -> CHNMIL`` and ``CHN -> USA``;
        a longer code narrows the match (``dyad("USAMIL", "CHN")``).

        Parameters
        ----------
        a, b : str
            Code prefixes, usually three-letter countries.
        directed : bool
            If true, only events with actor ``a`` and target ``b``.

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-06-18"] * 3, actor=["USAGOV", "CHN", "RUS"],
        ...                            target=["CHNMIL", "USA", "CHN"], code=["042"] * 3, tension=[-1.9] * 3)
        >>> t.dyad("USA", "CHN").actor.tolist()
        ['USAGOV', 'CHN']
        >>> t.dyad("USA", "CHN", directed=True).actor.tolist()
        ['USAGOV']
        """
        return self._take(self.dyad_mask(a, b, directed=directed))

    def dyad_mask(self, a: str, b: str, *, directed: bool = False) -> np.ndarray:
        """Boolean mask of :meth:`dyad` (vectorized over the code points of the codes)."""
        for name, v in (("a", a), ("b", b)):
            if not isinstance(v, str):
                raise FieldTypeError(name, "an actor code prefix such as 'USA'", v)
        m = self._prefix_mask("actor", a) & self._prefix_mask("target", b)
        if not directed:
            m |= self._prefix_mask("actor", b) & self._prefix_mask("target", a)
        return m

    def _prefix_mask(self, field: str, prefix: str) -> np.ndarray:
        """``column.startswith(prefix)``: on the integer country keys when the prefix allows it."""
        head = prefix[:3]
        key = country_keys(np.array([head]))[0] if len(head) == 3 else NO_COUNTRY_KEY
        if key == NO_COUNTRY_KEY:  # short prefix or characters no actor code has
            return prefix_equals(self._column(field), prefix)
        m = self._country_keys(field) == key
        if len(prefix) > 3:  # refine the country matches on the full prefix
            rows = np.flatnonzero(m)
            v = self._cols[field]
            strings = v.rows(rows) if isinstance(v, _Gather) else _base(v)[rows]
            m[rows] = prefix_equals(strings, prefix)
        return m

    def between(self, start: Any = None, end: Any = None) -> EventTable:
        """Events dated from ``start`` to ``end``, both inclusive (either may be None).

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-01-01", "2023-06-18"], actor=["USA"] * 2,
        ...                            target=["CHN"] * 2, code=["042"] * 2, tension=[-1.9] * 2)
        >>> len(t.between("2023-06-01", "2023-06-30"))
        1
        """
        m = np.ones(len(self), dtype=bool)
        if start is not None:
            m &= self.date >= to_day(start, "start")
        if end is not None:
            m &= self.date <= to_day(end, "end")
        return self._take(m)

    def select_modes(self, modes: str | Sequence[str] = "act") -> EventTable:
        """Events of the given modes: ``"act"``, ``"plan"``, ``"all"`` or a sequence of them.

        The selection that :meth:`series` and the indices make with their
        ``modes=`` option (the rule is :func:`tension.schema.check_modes`). The
        table itself is returned when every event is already of those modes.

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-06-18", "2023-06-30"], actor=["USA"] * 2,
        ...                            target=["CHN"] * 2, code=["042", "163"], tension=[-1.9, 8.0],
        ...                            mode=["act", "plan"])
        >>> t.select_modes().code.tolist(), t.select_modes("plan").code.tolist(), len(t.select_modes("all"))
        (['042'], ['163'], 2)
        """
        wanted = check_modes(modes)
        if len(wanted) == len(MODES):
            return self
        same = _constant(self._cols["mode"])
        if same is not None:  # the readers' constant column, or a selection of it: one look, nothing gathered
            return self if same in wanted else self._take(np.zeros(0, dtype=np.intp))
        mode = self._column("mode")
        m = mode == wanted[0] if len(wanted) == 1 else np.isin(mode, wanted)
        return self if m.all() else self._take(m)

    def sort(self, by: str | Sequence[str] = "date") -> EventTable:
        """A copy sorted by one or more columns (stable; first key is primary).

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-06-18", "2023-01-01"], actor=["USA"] * 2,
        ...                            target=["CHN"] * 2, code=["042", "112"], tension=[-1.9, 2.0])
        >>> t.sort().code.tolist(), t.sort("tension").code.tolist()
        (['112', '042'], ['042', '112'])
        """
        keys = [by] if isinstance(by, str) else list(by)
        if not keys:
            return self
        cols = [self[k] for k in keys]
        order = np.lexsort(list(reversed(cols))) if len(cols) > 1 else np.argsort(cols[0], kind="stable")
        return self._take(order)

    def with_extras(self, **extras: Any) -> EventTable:
        """A copy with extra columns added or replaced.

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
        ...                            code=["042"], tension=[-1.9]).with_extras(weight=[0.5])
        >>> t["weight"].tolist()
        [0.5]
        """
        merged = dict(self._extras)
        merged.update(_check_extras(extras, len(self)))
        return EventTable(self._cols, merged, self._country)

    # ------------------------------------------------------------------ aggregation
    def series(
        self,
        freq: str = "D",
        how: str = "sum",
        weight: str | None = None,
        start: Any = None,
        end: Any = None,
        *,
        modes: str | Sequence[str] = "act",
    ) -> Series:
        """Aggregate tension into a regular series; see :func:`tension.series.aggregate_table`.

        Only acts are counted unless ``modes`` says otherwise (``"all"`` or
        ``("act", "plan")`` adds the announced future acts, ``"plan"`` counts
        only them).

        Examples
        --------
        >>> from tension import EventTable
        >>> t = EventTable.from_arrays(date=["2023-06-18", "2023-06-20"], actor=["USA"] * 2,
        ...                            target=["CHN"] * 2, code=["042", "112"], tension=[-1.9, 2.0])
        >>> s = t.series("D")
        >>> s.values.tolist(), s.counts.tolist()
        ([-1.9, 0.0, 2.0], [1, 0, 1])
        >>> p = EventTable.from_arrays(date=["2023-06-18", "2023-06-18"], actor=["USA"] * 2, target=["CHN"] * 2,
        ...                            code=["042", "163"], tension=[-1.9, 8.0], mode=["act", "plan"])
        >>> p.series("D").values.tolist(), p.series("D", modes="all").values.tolist()
        ([-1.9], [6.1])
        """
        from .series import aggregate_table

        return aggregate_table(self, freq=freq, how=how, weight=weight, start=start, end=end, modes=modes)

    # ------------------------------------------------------------------ interop
    def to_arrow(self) -> pa.Table:
        """This table as a :class:`pyarrow.Table` (see :func:`tension.io.convert.to_arrow`)."""
        from .io.convert import to_arrow

        return to_arrow(self)

    @classmethod
    def from_arrow(cls, table: pa.Table) -> EventTable:
        """Build from a :class:`pyarrow.Table` with the event columns (validated)."""
        from .io.convert import from_arrow

        return from_arrow(table)

    def to_pandas(self) -> pd.DataFrame:
        """This table as a :class:`pandas.DataFrame` (pandas is imported lazily)."""
        from .io.convert import to_pandas

        return to_pandas(self)

    @classmethod
    def from_pandas(cls, df: pd.DataFrame) -> EventTable:
        """Build from a :class:`pandas.DataFrame` with the event columns (validated)."""
        from .io.convert import from_pandas

        return from_pandas(df)

    def to_jsonl(self, path: str | Path) -> None:
        """Write one JSON object per event (see :func:`tension.read_jsonl`)."""
        from .io.tables import write_jsonl

        write_jsonl(self, path)

    def to_csv(self, path: str | Path) -> None:
        """Write a CSV file with a header (see :func:`tension.read_csv`)."""
        from .io.tables import write_csv

        write_csv(self, path)

    def to_parquet(self, path: str | Path) -> None:
        """Write a Parquet file (see :func:`tension.read_parquet`)."""
        from .io.tables import write_parquet

        write_parquet(self, path)

    @classmethod
    def concat(cls, tables: Iterable[EventTable]) -> EventTable:
        """Stack tables row-wise; see :func:`tension.concat`."""
        return concat(tables)


def concat(tables: Iterable[EventTable]) -> EventTable:
    """Stack event tables row-wise (all must have the same extra columns).

    Parameters
    ----------
    tables : iterable of EventTable

    Returns
    -------
    EventTable
        An empty table when ``tables`` is empty.

    Examples
    --------
    >>> from tension import EventTable, concat
    >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                            code=["042"], tension=[-1.9])
    >>> len(concat([t, t, EventTable.empty()]))
    2
    """
    ts = list(tables)
    for i, t in enumerate(ts):
        if not isinstance(t, EventTable):
            raise FieldTypeError(f"tables[{i}]", "an EventTable", t)
    nonempty = [t for t in ts if len(t)] or ts[:1]
    if not nonempty:
        return EventTable.empty()
    names = list(nonempty[0].extras)
    for t in nonempty[1:]:
        if list(t.extras) != names:
            raise SchemaError("extras", f"the same extra columns in every table {names}", list(t.extras))
    if len(nonempty) == 1:
        return nonempty[0]
    cols = {k: readonly(np.concatenate([t.columns[k] for t in nonempty])) for k in COLUMNS}
    extras = {k: readonly(np.concatenate([t.extras[k] for t in nonempty])) for k in names}
    country = {k: readonly(np.concatenate([t._country_keys(k) for t in nonempty])) for k in ("actor", "target")}
    return EventTable(cols, extras, country)


def _check_extras(extras: Mapping[str, Any], n: int) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for name, values in extras.items():
        if name in COLUMNS:
            raise SchemaError(name, "an extra column name that is not a core column", repr(name))
        a = values if isinstance(values, np.ndarray) else np.asarray(values)
        if a.dtype == object or a.dtype.kind == "U":
            a = as_var_str(a, name)
        elif a.dtype.kind not in "biufM" and not isinstance(a.dtype, StringDType):
            raise FieldTypeError(name, "an extra column of numbers, dates or str", a)
        if a.ndim != 1 or a.shape[0] != n:
            raise SchemaError(name, f"a 1-d column of length {n}", f"shape {a.shape}")
        out[name] = readonly(a)
    return out


def _arrays_equal(a: np.ndarray, b: np.ndarray) -> bool:
    if a.shape != b.shape:
        return False
    if a.dtype.kind == "f" and b.dtype.kind == "f":
        return bool(np.array_equal(a, b, equal_nan=True))
    return bool(np.all(a == b))
