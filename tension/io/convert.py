"""Event tables to and from in-memory formats: Arrow tables and pandas DataFrames.

Round trips are lossless for the core columns (dates, CAMEO codes with their
leading zeros, unicode evidence, offsets, empty tables); extra columns keep
their type. Files are :mod:`tension.io.tables`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.dtypes import StringDType

from ..events import EventTable
from ..exceptions import FieldTypeError, SchemaError
from ..schema import COLUMNS

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["to_arrow", "from_arrow", "to_pandas", "from_pandas"]

_STRING_COLUMNS = ("precision", "actor", "target", "code", "mode", "evidence", "source")
_INT_COLUMNS = ("mentions", "start", "end")


def _arrow_schema_core() -> dict[str, pa.DataType]:
    import pyarrow as pa

    types = {name: pa.string() for name in _STRING_COLUMNS}
    types.update({name: pa.int64() for name in _INT_COLUMNS})
    types["date"] = pa.date32()
    types["tension"] = pa.float64()
    return types


def _arrow_array(a: np.ndarray) -> pa.Array:
    import pyarrow as pa

    if a.dtype.kind == "U":
        a = a.astype(StringDType())
    if a.dtype.kind == "M":
        return pa.array(a.astype("datetime64[D]"), type=pa.date32())
    return pa.array(a)


def to_arrow(table: EventTable) -> pa.Table:
    """An :class:`EventTable` as a :class:`pyarrow.Table` (core columns first, then extras).

    Examples
    --------
    >>> from tension import EventTable
    >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                            code=["042"], tension=[-1.9])
    >>> t.to_arrow().column("code").to_pylist()
    ['042']
    """
    import pyarrow as pa

    types = _arrow_schema_core()
    arrays = [_arrow_array(table.columns[name]).cast(types[name]) for name in COLUMNS]
    names = list(COLUMNS)
    for name, a in table.extras.items():
        arrays.append(_arrow_array(a))
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def _column_to_numpy(col: pa.ChunkedArray | pa.Array, name: str) -> np.ndarray:
    import pyarrow as pa

    if col.null_count:
        first = int(np.argmax(np.asarray(col.is_null())))
        raise SchemaError(name, "a value in every row", f"{col.null_count} empty values", first)
    t = col.type
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return np.asarray(col.to_numpy(zero_copy_only=False), dtype=object).astype(StringDType())
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        return col.to_numpy(zero_copy_only=False).astype("datetime64[D]")
    return np.asarray(col.to_numpy(zero_copy_only=False))


def from_arrow(table: pa.Table) -> EventTable:
    """Build an :class:`EventTable` from a :class:`pyarrow.Table` (validated).

    Columns other than the core event columns become extras.

    Examples
    --------
    >>> from tension import EventTable
    >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                            code=["042"], tension=[-1.9])
    >>> EventTable.from_arrow(t.to_arrow()) == t
    True
    """
    import pyarrow as pa

    if not isinstance(table, pa.Table):
        raise FieldTypeError("table", "a pyarrow.Table", table)
    missing = [c for c in ("date", "actor", "target", "code", "tension") if c not in table.column_names]
    if missing:
        raise SchemaError("columns", "the event columns date, actor, target, code, tension", f"missing {missing}")
    cols = {name: _column_to_numpy(table.column(name), name) for name in table.column_names}
    for name in ("actor", "target", "code", "precision"):
        if name in cols:
            cols[name] = _fixed(cols[name])
    core = {k: cols.pop(k) for k in COLUMNS if k in cols}
    return EventTable.from_arrays(**core, **cols)


def _fixed(a: np.ndarray) -> np.ndarray:
    if isinstance(a.dtype, StringDType):
        width = int(np.strings.str_len(a).max()) if a.size else 1
        return a.astype(f"<U{max(width, 1)}")
    return a


def to_pandas(table: EventTable) -> pd.DataFrame:
    """An :class:`EventTable` as a :class:`pandas.DataFrame` (one column per field).

    Dates become ``datetime64``, string columns pandas strings.

    Examples
    --------
    >>> from tension import EventTable
    >>> t = EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                            code=["042"], tension=[-1.9])
    >>> t.to_pandas()["code"].tolist()
    ['042']
    """
    import pandas as pd

    data: dict[str, Any] = {}
    for name, a in list(table.columns.items()) + list(table.extras.items()):
        if a.dtype.kind == "M":
            data[name] = a.astype("datetime64[s]")
        elif a.dtype.kind == "U" or isinstance(a.dtype, StringDType):
            data[name] = pd.array(a.astype(object), dtype="string")
        else:
            data[name] = a
    return pd.DataFrame(data)


def from_pandas(df: pd.DataFrame) -> EventTable:
    """Build an :class:`EventTable` from a :class:`pandas.DataFrame` (validated).

    String, categorical and object columns are accepted for codes; columns that
    are not event fields become extras.

    Examples
    --------
    >>> import pandas as pd
    >>> from tension import EventTable
    >>> df = pd.DataFrame({"date": ["2023-06-18"], "actor": ["USA"], "target": ["CHN"],
    ...                    "code": ["042"], "tension": [-1.9]})
    >>> EventTable.from_pandas(df).code.tolist()
    ['042']
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise FieldTypeError("df", "a pandas.DataFrame", df)
    cols: dict[str, np.ndarray] = {}
    for name in df.columns:
        s = df[name]
        if s.isna().any():
            raise SchemaError(str(name), "no missing values", f"{int(s.isna().sum())} missing")
        if isinstance(s.dtype, pd.CategoricalDtype):
            s = s.astype(s.cat.categories.dtype)
        if pd.api.types.is_datetime64_any_dtype(s.dtype):
            cols[str(name)] = s.to_numpy().astype("datetime64[D]")
        elif pd.api.types.is_string_dtype(s.dtype) or s.dtype == object:
            cols[str(name)] = np.asarray(s.to_numpy(dtype=object), dtype=object)
        else:
            cols[str(name)] = s.to_numpy()
    for name in ("actor", "target", "code", "precision"):
        if name in cols and cols[name].dtype == object:
            cols[name] = cols[name].astype(str) if cols[name].size else np.zeros(0, "<U1")
    core = {k: cols.pop(k) for k in COLUMNS if k in cols}
    return EventTable.from_arrays(**core, **cols)
