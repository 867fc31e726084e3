"""Arrow to numpy (internal): parsed event columns into an :class:`~tension.EventTable`, string and
dictionary columns into numpy strings, and the dyad filter on Arrow tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.dtypes import StringDType

if TYPE_CHECKING:
    import pyarrow as pa

    from ..events import EventTable

__all__ = [
    "to_event_table",
    "to_fixed_str",
    "to_var_str",
    "dictionary_parts",
    "dictionary_encode",
    "dyad_filter",
]


def to_event_table(table: pa.Table) -> EventTable:
    """Canonical arrow columns -> a validated :class:`EventTable` (numpy)."""
    import pyarrow as pa

    from ..events import EventTable

    n = table.num_rows
    actor, actor_keys = _deferred_fixed_str(table.column("actor"))
    target, target_keys = _deferred_fixed_str(table.column("target"))
    core = {
        "date": table.column("date").to_numpy().astype("datetime64[D]") if n else np.zeros(0, "datetime64[D]"),
        "actor": actor,
        "target": target,
        "code": _deferred_fixed_str(table.column("code"), "<U4")[0] if n else np.zeros(0, "<U4"),
        "tension": table.column("tension").to_numpy(),
        "mentions": table.column("mentions").to_numpy(),
    }
    core["source"] = (_deferred_var_str(table.column("source")) if "source" in table.column_names
                      else np.zeros(n, dtype=StringDType()))
    extras = {}
    for name in table.column_names:
        if name in core or name == "source":
            continue
        col = table.column(name)
        t = col.type
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            extras[name] = _deferred_var_str(col)
        elif pa.types.is_floating(t):
            extras[name] = np.asarray(col.to_numpy(), dtype=np.float64)
        else:
            extras[name] = np.asarray((col.fill_null(-1) if col.null_count else col).to_numpy(), dtype=np.int64)
    return EventTable.from_checked_columns(core, extras, {"actor": actor_keys, "target": target_keys})


def _deferred_var_str(col: Any) -> Any:
    """A text column converted to ``StringDType`` only when the table's user reads it.

    Building millions of numpy strings (URLs) costs about as much as parsing
    them; a read followed by a series never needs them.
    """
    from ..events import LazyColumn

    return LazyColumn(col, to_var_str, len(col))


def to_fixed_str(col: Any) -> np.ndarray:
    """An arrow string (or dictionary) column as a fixed-width numpy ``<U`` array.

    Examples
    --------
    >>> import pyarrow as pa
    >>> from tension.io._arrow import to_fixed_str
    >>> to_fixed_str(pa.chunked_array([["USA", "", "CHNGOV", "USA"]])).tolist()
    ['USA', '', 'CHNGOV', 'USA']
    """
    values, index = dictionary_parts(col)
    return values[index]


def _deferred_fixed_str(col: Any, dtype: str | None = None) -> tuple[Any, np.ndarray]:
    """:func:`to_fixed_str`, gathered on first use, and the country keys of its rows.

    Both come from the distinct values: the keys cost one gather of 2-byte
    integers now, the ``<U`` column one gather when a user reads it (a series
    or a country dyad never does).
    """
    from .._arrays import country_keys
    from ..events import LazyColumn

    values, index = dictionary_parts(col)
    if dtype is not None:
        values = values.astype(dtype)
    return LazyColumn((values, index), _gather, len(index)), country_keys(values)[index]


def _gather(parts: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    values, index = parts
    return values[index]


def dictionary_parts(col: Any) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a string column (``<U``) and each row's position among them.

    A dictionary column (as :func:`tension.io.gdelt` builds them, and as the
    Parquet cache stores them) costs no hashing; a plain string column one
    hash pass. Event files repeat a few thousand codes over millions of rows,
    so converting the distinct values to numpy strings is free, and the rows
    are one integer gather.

    Examples
    --------
    >>> import pyarrow as pa
    >>> from tension.io._arrow import dictionary_parts
    >>> values, index = dictionary_parts(pa.chunked_array([["USA", ""], ["CHN", "USA"]]))
    >>> values[index].tolist()
    ['USA', '', 'CHN', 'USA']
    """
    if len(col) == 0:
        return np.zeros(0, dtype="<U1"), np.zeros(0, dtype=np.intp)
    dictionary, index = _dictionary_arrays(col)
    values = np.array(dictionary.to_pylist(), dtype=str)
    if values.dtype.itemsize == 0:
        values = values.astype("<U1")
    return values, index


def _dictionary_arrays(col: Any) -> tuple[Any, np.ndarray]:
    """The distinct values of a non-empty string column (arrow) and each row's position (numpy)."""
    import pyarrow as pa

    if isinstance(col, pa.Array):
        col = pa.chunked_array([col])
    col = dictionary_encode(col).unify_dictionaries()
    chunks = [c for c in col.chunks if len(c)] or col.chunks[:1]
    if not chunks:
        return pa.array([], pa.string()), np.zeros(0, dtype=np.intp)
    parts = [np.asarray(c.indices.to_numpy(zero_copy_only=False)) for c in chunks]
    return chunks[0].dictionary, parts[0] if len(parts) == 1 else np.concatenate(parts)


def dictionary_encode(col: Any) -> Any:
    """A string column as an arrow dictionary column (one hash pass; see :func:`dictionary_parts`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return col if pa.types.is_dictionary(col.type) else pc.dictionary_encode(col)


def to_var_str(col: Any) -> np.ndarray:
    """An arrow string column as a numpy ``StringDType`` array."""
    if len(col) == 0:
        return np.zeros(0, dtype=StringDType())
    return np.asarray(col.to_numpy(zero_copy_only=False), dtype=object).astype(StringDType())


def dyad_filter(table: pa.Table, dyad: tuple[str, str] | None, actor: str = "actor", target: str = "target") -> pa.Table:
    """Rows of an arrow table whose actor/target codes start with the dyad's prefixes (either direction)."""
    if dyad is None or table.num_rows == 0:
        return table
    import pyarrow.compute as pc

    a, b = dyad
    x, y = table.column(actor), table.column(target)
    if pa_is_dictionary(x) or pa_is_dictionary(y):
        xa, xb = _starts_with(x, a, b)
        ya, yb = _starts_with(y, a, b)
        return table.filter((xa & yb) | (xb & ya))
    m = pc.or_(pc.and_(pc.starts_with(x, a), pc.starts_with(y, b)), pc.and_(pc.starts_with(x, b), pc.starts_with(y, a)))
    return table.filter(m)


def pa_is_dictionary(col: Any) -> bool:
    import pyarrow as pa

    return pa.types.is_dictionary(col.type)


def _starts_with(col: Any, *prefixes: str) -> list[np.ndarray]:
    """``col.startswith(prefix)`` for each row and prefix, tested once per distinct value."""
    if len(col) == 0:
        return [np.zeros(0, dtype=bool) for _ in prefixes]
    dictionary, index = _dictionary_arrays(col)
    values = np.array(dictionary.to_pylist(), dtype=str)
    return [np.char.startswith(values, p)[index] if len(values) else np.zeros(len(col), dtype=bool)
            for p in prefixes]
