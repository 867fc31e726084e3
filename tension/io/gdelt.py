"""GDELT event exports (1.0 historical, 1.0 daily, 2.0) to :class:`~tension.EventTable`.

GDELT ships events as tab-separated files without a header, without quoting,
often zipped: GDELT 1.0 historical files have 57 columns, GDELT 1.0 daily files
58 (they add ``SOURCEURL``) and GDELT 2.0 files 61 (they add the three
``*Geo_ADM2Code`` columns). The layout is detected per file from its column
count; the column names ship in ``tension/data/gdelt/`` (sources in
``tension/data/README.md``).

Mapping to events:

================ =========================== ==========================================
event field      GDELT column                note
================ =========================== ==========================================
date             SQLDATE                     the day GDELT dates the event (YYYYMMDD);
                                             not the day it was reported (DATEADDED)
actor, target    Actor1Code, Actor2Code      CAMEO actor codes; may be empty. Led by
                 + Actor1/2CountryCode       the actor's country code where GDELT gives
                                             one (MNCUSA with country USA -> USAMNC)
code             EventCode                   string, leading zeros kept ("042")
tension          -GoldsteinScale             + conflict, - cooperation
mentions         NumMentions                 2.0: mentions in the first 15 minutes only
source           SOURCEURL                   "" in 57-column files
quad_class       QuadClass                   extra column
avg_tone         AvgTone                     extra column
num_sources      NumSources                  extra column
num_articles     NumArticles                 extra column
global_event_id  GLOBALEVENTID               extra column
================ =========================== ==========================================

Reading is strict: see :func:`read_gdelt` for what counts as a bad row and how
``errors=`` handles it. Filters: ``root_only=`` (IsRootEvent), ``max_lag=``
(SQLDATE against DATEADDED) and ``one_a_day=`` (one event per date, actor,
target and code); see :func:`read_gdelt`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .._values import parse_dyad
from ..events import EventTable
from ..exceptions import CacheRebuiltWarning, FieldTypeError, ParseError, SchemaError
from . import _arrow, _sources, _tsv
from ._tsv import BadRows, FileLayout

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["read_gdelt", "iter_gdelt", "layout_columns", "LAYOUTS", "GDELT_EXTRAS", "LAG_COLUMN", "detect_layout"]

#: Column counts of the GDELT event layouts and their names.
LAYOUTS: dict[int, str] = {
    57: "GDELT 1.0 historical, 57 columns",
    58: "GDELT 1.0 daily, 58 columns",
    61: "GDELT 2.0, 61 columns",
}

_LAYOUT_FILES = {
    57: "gdelt1_events_columns_historical_57.txt",
    58: "gdelt1_events_columns_daily_58.txt",
    61: "gdelt2_events_columns_61.txt",
}

#: Extra columns kept by default: extra name -> GDELT column.
GDELT_EXTRAS: dict[str, str] = {
    "quad_class": "QuadClass",
    "avg_tone": "AvgTone",
    "num_sources": "NumSources",
    "num_articles": "NumArticles",
    "global_event_id": "GLOBALEVENTID",
}

_DEFAULT_COLUMNS: tuple[str, ...] = ("source", *GDELT_EXTRAS)

#: Bump when the cached Parquet layout changes (old cache files are then ignored).
_CACHE_VERSION = 3

#: Derived extra: DATEADDED's day minus SQLDATE, in days (ask for it with ``columns=``).
LAG_COLUMN = "lag_days"
#: Hidden columns kept from the parse (and in the cache) for the filters; never in the result.
_HIDDEN = ("__country1", "__country2", "__root", "__added")


@functools.cache
def layout_columns(layout: int) -> tuple[str, ...]:
    """Column names of a GDELT event layout, in file order.

    Parameters
    ----------
    layout : {57, 58, 61}

    Examples
    --------
    >>> from tension.io.gdelt import layout_columns
    >>> cols = layout_columns(61)
    >>> len(cols), cols[:2], cols[-2:]
    (61, ('GLOBALEVENTID', 'SQLDATE'), ('DATEADDED', 'SOURCEURL'))
    >>> "SOURCEURL" in layout_columns(57)
    False
    """
    if layout not in _LAYOUT_FILES:
        raise SchemaError("layout", f"one of {sorted(LAYOUTS)}", repr(layout))
    text = resources.files("tension").joinpath("data").joinpath("gdelt").joinpath(_LAYOUT_FILES[layout]).read_text(encoding="utf-8")
    names = tuple(line.strip() for line in text.splitlines() if line.strip())
    assert len(names) == layout, (layout, len(names))
    return names


def _kind(column: str) -> str:
    """The :data:`tension.io._tsv.KINDS` entry of a GDELT column."""
    fixed = {
        "GLOBALEVENTID": "int", "SQLDATE": "yyyymmdd", "MonthYear": "int", "Year": "int", "FractionDate": "float",
        "Actor1Code": "actor", "Actor2Code": "actor", "IsRootEvent": "int", "EventCode": "event_code",
        "QuadClass": "quad", "GoldsteinScale": "goldstein", "NumMentions": "count1", "NumSources": "count0",
        "NumArticles": "count0", "AvgTone": "float", "DATEADDED": "int",
    }
    if column in fixed:
        return fixed[column]
    if column.endswith("_Type"):
        return "int"
    if column.endswith(("_Lat", "_Long")):
        return "float_or_empty"
    return "str"


def _check_columns(columns: Sequence[str] | None) -> tuple[str, ...]:
    if columns is None:
        return _DEFAULT_COLUMNS
    if isinstance(columns, str):
        columns = [columns]
    allowed = set(_DEFAULT_COLUMNS) | set(layout_columns(61)) | {LAG_COLUMN}
    out = []
    for c in columns:
        if c not in allowed:
            raise SchemaError("columns", f"'source', {sorted(GDELT_EXTRAS)}, {LAG_COLUMN!r} or GDELT column names "
                              "such as 'ActionGeo_CountryCode'", repr(c))
        if c not in out:
            out.append(c)
    return tuple(out)


def detect_layout(first_block: bytes, name: str = "<data>") -> int:
    """The GDELT layout (57, 58 or 61) of a file from its first lines.

    The first of its first 100 lines with a known column count decides, so one
    damaged first line does not hide the layout.

    Examples
    --------
    >>> from tension.io.gdelt import detect_layout
    >>> detect_layout(b"\\t".join([b"x"] * 58) + b"\\n")
    58
    """
    end = -1
    for _ in range(100):  # cut after the 100th line first: splitting the whole block copies it
        end = first_block.find(b"\n", end + 1)
        if end < 0:
            break
    lines = (first_block if end < 0 else first_block[:end]).split(b"\n")
    counts = [line.rstrip(b"\r").count(b"\t") + 1 for line in lines if line.rstrip(b"\r")]
    for c in counts:
        if c in LAYOUTS:
            return c
    got = counts[0] if counts else 0
    raise ParseError(name, 1, None, None,
                     f"expected a GDELT events file with 57, 58 or 61 tab-separated columns; got {got} columns")


def _file_layout(layout: int, wanted: tuple[str, ...], dedupe: bool) -> FileLayout:
    names = layout_columns(layout)
    read = ["SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "GoldsteinScale", "NumMentions",
            "Actor1CountryCode", "Actor2CountryCode", "IsRootEvent", "DATEADDED"]
    if dedupe:
        read.append("GLOBALEVENTID")
    for c in wanted:
        gd = "SOURCEURL" if c == "source" else GDELT_EXTRAS.get(c, c)
        if gd in names and gd not in read:
            read.append(gd)
    kinds = {c: _kind(c) for c in names if c in read}
    for c in ("Actor1CountryCode", "Actor2CountryCode"):
        kinds[c] = "actor"  # empty or a 3-letter code: the actor code rule
    encode = tuple(c for c in ("Actor1Code", "Actor2Code", "EventCode", "Actor1CountryCode", "Actor2CountryCode")
                   if c in kinds)
    return FileLayout(names=names, kinds=kinds, description=LAYOUTS[layout], encode=encode)


# ---------------------------------------------------------------------- arrow tables
def _canonical(table: pa.Table, layout: FileLayout, wanted: tuple[str, ...], dedupe: bool) -> pa.Table:
    """Validated GDELT columns -> the event columns (arrow), extras named as asked."""
    import pyarrow as pa

    days, _ = _tsv.yyyymmdd_to_days(table.column("SQLDATE").to_numpy())
    gold = table.column("GoldsteinScale").to_numpy()
    cols: dict[str, Any] = {
        "date": pa.array(days, type=pa.date32()),
        # codes repeat: dictionary columns are hashed once here, filtered and converted per distinct value
        "actor": _arrow.dictionary_encode(table.column("Actor1Code")),
        "target": _arrow.dictionary_encode(table.column("Actor2Code")),
        "code": _arrow.dictionary_encode(table.column("EventCode")),
        "tension": pa.array(0.0 - gold, type=pa.float64()),
        "mentions": table.column("NumMentions"),
    }
    n = table.num_rows
    for c in wanted:
        gd = "SOURCEURL" if c == "source" else GDELT_EXTRAS.get(c, c)
        if gd in layout.kinds:
            col = table.column(gd)
            if _kind(gd) == "float_or_empty":
                col = col.fill_null(float("nan"))
            if pa.types.is_dictionary(col.type):  # a code column hashed at parse time, asked for as an extra
                col = col.cast(pa.string())
            cols[c] = col
        else:  # a column this layout does not have (SOURCEURL in 57, *_ADM2Code in 57/58)
            cols[c] = pa.array([""] * n, type=pa.string()) if _kind(gd) == "str" else pa.nulls(n, pa.int64())
    if dedupe and "global_event_id" not in cols:
        cols["__id"] = table.column("GLOBALEVENTID")
    cols["__country1"] = _tsv.dictionary_encode(table.column("Actor1CountryCode"))
    cols["__country2"] = _tsv.dictionary_encode(table.column("Actor2CountryCode"))
    cols["__root"] = table.column("IsRootEvent")
    cols["__added"] = pa.array(_added_days(table.column("DATEADDED").to_numpy()), type=pa.date32())
    return pa.table(cols)


def _added_days(v: np.ndarray) -> np.ndarray:
    """DATEADDED (YYYYMMDD in GDELT 1.0, YYYYMMDDHHMMSS in 2.0) -> its day; NaT where it is no date."""
    v = np.asarray(v, dtype=np.int64)
    ymd = np.where(v >= 10**13, v // 10**6, v)
    days, ok = _tsv.yyyymmdd_to_days(ymd)
    return np.where(ok, days, np.datetime64("NaT"))


def _empty(wanted: tuple[str, ...], dedupe: bool) -> pa.Table:
    import pyarrow as pa

    code = pa.dictionary(pa.int32(), pa.string())
    fields = [("date", pa.date32()), ("actor", code), ("target", code), ("code", code),
              ("tension", pa.float64()), ("mentions", pa.int64())]
    for c in wanted:
        gd = "SOURCEURL" if c == "source" else GDELT_EXTRAS.get(c, c)
        kind = _tsv.KINDS[_kind(gd)].arrow_type
        fields.append((c, pa.string() if kind == "string" else getattr(pa, kind)()))
    if dedupe and "global_event_id" not in wanted:
        fields.append(("__id", pa.int64()))
    fields += [("__country1", code), ("__country2", code), ("__root", pa.int64()), ("__added", pa.date32())]
    return pa.schema(fields).empty_table()


def _dedupe(table: pa.Table) -> pa.Table:
    """Drop rows whose GLOBALEVENTID was seen before (keeps the first)."""
    key = "global_event_id" if "global_event_id" in table.column_names else "__id"
    ids = table.column(key).to_numpy()
    _, first = np.unique(ids, return_index=True)
    keep = np.zeros(len(ids), dtype=bool)
    keep[first] = True
    return table.filter(keep)


# ---------------------------------------------------------------------- files
def _read_member(member: _sources.Member, wanted: tuple[str, ...], dedupe: bool, errors: str,
                 max_rows: int | None, report: BadRows) -> Iterator[pa.Table]:
    def layout_of(first: bytes) -> FileLayout:
        return _file_layout(detect_layout(first, member.name), wanted, dedupe)

    for table, layout in _tsv.parse_file(member, layout_of, errors=errors, max_rows=max_rows, report=report):
        yield _canonical(table, layout, wanted, dedupe)


def _cache_file(path: Path, cache: str | os.PathLike[str] | bool, wanted: tuple[str, ...], dedupe: bool) -> Path:
    st = path.stat()
    key = json.dumps([str(path.resolve()), st.st_size, st.st_mtime_ns, wanted, dedupe, _CACHE_VERSION])
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    folder = path.parent / ".tension-cache" if cache is True else Path(cache)  # type: ignore[arg-type]
    return folder / f"{path.name}.{digest}.parquet"


def _read_cache(target: Path, source: Path, skip: tuple[str, ...] = ()) -> tuple[pa.Table, list[BadRows]] | None:
    """A cache file's rows (without the columns ``skip``) and reports, or ``None`` (after a
    :class:`~tension.CacheRebuiltWarning`) if it is damaged."""
    import warnings

    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(target)
        meta = json.loads((pf.schema_arrow.metadata or {}).get(b"tension", b"{}"))
        if meta.get("version") != _CACHE_VERSION:
            raise ValueError(f"cache version {meta.get('version')!r}, expected {_CACHE_VERSION}")
        reports = [BadRows.from_meta(m["name"], m) for m in meta["reports"]]
        table = pf.read(columns=[c for c in pf.schema_arrow.names if c not in skip]).replace_schema_metadata(None)
    except (pa.ArrowException, OSError, ValueError, KeyError, TypeError, IndexError) as e:
        warnings.warn(f"{target}: the cache of {source} is damaged and was rebuilt from the source "
                      f"({type(e).__name__}: {str(e)[:200]})", CacheRebuiltWarning, stacklevel=4)
        return None
    return table, reports


def _read_file(path: Path, wanted: tuple[str, ...], dedupe: bool, errors: str,
               cache: str | os.PathLike[str] | bool | None, skip: tuple[str, ...] = ()) -> pa.Table:
    """All good rows of one file as canonical arrow columns (through the cache if asked).

    ``skip`` names hidden columns the caller will not use (the cache keeps them all,
    a re-read does not load them).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = _cache_file(path, cache, wanted, dedupe) if cache not in (None, False) else None
    if target is not None and target.is_file():
        cached = _read_cache(target, path, skip)
        if cached is not None:
            table, reports = cached
            for r in reports:
                if r.count and errors == "raise" and r.first is not None:
                    raise r.first
            for r in reports:
                r.warn()
            return table
    tables: list[pa.Table] = []
    reports = []
    for member in _sources.members(path):
        report = BadRows(member.name)
        tables.extend(_read_member(member, wanted, dedupe, errors, None, report))
        reports.append(report)
    table = pa.concat_tables(tables) if tables else _empty(wanted, dedupe)
    if target is not None:
        meta = {"reports": [dict(r.to_meta(), name=r.path) for r in reports], "version": _CACHE_VERSION}
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + f".{os.getpid()}.tmp")
        pq.write_table(table.replace_schema_metadata({"tension": json.dumps(meta)}), tmp, compression="lz4")
        os.replace(tmp, target)
    for r in reports:
        r.warn()
    return table.drop_columns([c for c in skip if c in table.column_names])


def _unused(max_lag: int | None, root_only: bool, country_codes: bool, want_lag: bool) -> tuple[str, ...]:
    """The hidden columns that :func:`_filter` and :func:`_finish` will not look at under these options."""
    return (*(() if country_codes else ("__country1", "__country2")), *(() if root_only else ("__root",)),
            *(() if max_lag is not None or want_lag else ("__added",)))


# ---------------------------------------------------------------------- filters after the parse
def _check_filters(max_lag: Any, root_only: Any, country_codes: Any, one_a_day: Any = False) -> int | None:
    for name, v in (("root_only", root_only), ("country_codes", country_codes), ("one_a_day", one_a_day)):
        if not isinstance(v, bool):
            raise FieldTypeError(name, "True or False", v)
    if max_lag is None:
        return None
    if isinstance(max_lag, bool) or not isinstance(max_lag, (int, np.integer)):
        raise FieldTypeError("max_lag", "None or a whole number of days >= 0", max_lag)
    if max_lag < 0:
        raise SchemaError("max_lag", "None or a whole number of days >= 0", repr(max_lag))
    return int(max_lag)


def _lag_days(table: pa.Table) -> np.ndarray:
    """DATEADDED's day minus SQLDATE per row, in days (int64; meaningless where ``__added`` is null)."""
    added = table.column("__added").to_numpy(zero_copy_only=False).astype("datetime64[D]")
    date = table.column("date").to_numpy(zero_copy_only=False).astype("datetime64[D]")
    return (added - date).astype(np.int64)


def _lead_with_country(codes: Any, countries: Any) -> Any:
    """Actor codes led by their country code where GDELT gives one (distinct pairs computed once).

    Works on the dictionary positions of both columns: a pair is one integer, hashed
    once per row; the strings are built once per distinct pair.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    code_values, code_index = _arrow._dictionary_arrays(codes)
    country_values, country_index = _arrow._dictionary_arrays(countries)
    width = max(len(country_values), 1)
    key = pa.array(code_index.astype(np.int64) * width + country_index, type=pa.int64())
    uniq = pc.unique(key)  # in order of first appearance
    row_pair = np.asarray(pc.index_in(key, value_set=uniq).to_numpy())
    code_list, country_list = code_values.to_pylist(), country_values.to_pylist()
    out: dict[str, int] = {}  # led code -> its position in the new dictionary (order of first appearance)
    pair_out = []
    for k in uniq.to_numpy().tolist():
        code, country = code_list[k // width], country_list[k % width]
        if not country or code.startswith(country):
            led = code
        elif code.endswith(country):  # MNCUSA, country USA -> USAMNC
            led = country + code[: -len(country)]
        else:
            led = country + code
        pair_out.append(out.setdefault(led, len(out)))
    index = np.asarray(pair_out, dtype=np.int32)[row_pair]
    return pa.DictionaryArray.from_arrays(pa.array(index, type=pa.int32()), pa.array(list(out), type=pa.string()))


def _filter(table: pa.Table, max_lag: int | None, root_only: bool, country_codes: bool) -> pa.Table:
    """Row filters and the country lead of actor codes, on canonical columns with the hidden ones."""
    if table.num_rows == 0:
        return table
    keep = np.ones(table.num_rows, dtype=bool)
    if root_only:
        keep &= table.column("__root").to_numpy() == 1
    if max_lag is not None:
        added = table.column("__added")
        known = ~np.asarray(added.is_null().to_numpy(zero_copy_only=False), dtype=bool)
        keep &= ~known | (_lag_days(table) <= max_lag)  # an unreadable DATEADDED cannot be judged: kept
    if not keep.all():
        table = table.filter(keep)
    if country_codes and table.num_rows:
        table = table.set_column(table.column_names.index("actor"), "actor",
                                 _lead_with_country(table.column("actor"), table.column("__country1")))
        table = table.set_column(table.column_names.index("target"), "target",
                                 _lead_with_country(table.column("target"), table.column("__country2")))
    return table


def _one_a_day(table: pa.Table) -> pa.Table:
    """Keep the first row of each (date, actor, target, code)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if table.num_rows == 0:
        return table
    key = pc.binary_join_element_wise(
        pc.cast(pc.cast(table.column("date"), pa.int32()), pa.string()),
        *[pc.cast(table.column(c), pa.string()) for c in ("actor", "target", "code")], "\x1f")
    codes = np.asarray(pc.index_in(key, value_set=pc.unique(key)).to_numpy())
    _, first = np.unique(codes, return_index=True)
    keep = np.zeros(table.num_rows, dtype=bool)
    keep[first] = True
    return table.filter(keep)


def _finish(table: pa.Table, wanted_lag: bool) -> pa.Table:
    """Add ``lag_days`` if asked and drop the hidden columns."""
    import pyarrow as pa

    if wanted_lag:
        lag = _lag_days(table) if table.num_rows else np.zeros(0, np.int64)
        known = (~np.asarray(table.column("__added").is_null().to_numpy(zero_copy_only=False), dtype=bool)
                 if table.num_rows else np.zeros(0, bool))
        table = table.append_column(LAG_COLUMN, pa.array(np.where(known, lag, 0), mask=~known, type=pa.int64()))
    return table.drop_columns([c for c in (*_HIDDEN, "__id") if c in table.column_names])


def read_gdelt(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    dyad: str | Sequence[str] | None = None,
    errors: str = "raise",
    columns: Sequence[str] | None = None,
    dedupe: bool = False,
    cache: str | os.PathLike[str] | bool | None = None,
    country_codes: bool = True,
    root_only: bool = False,
    max_lag: int | None = None,
    one_a_day: bool = False,
) -> EventTable:
    """Read GDELT event exports (1.0 historical, 1.0 daily, 2.0) into one :class:`EventTable`.

    Parameters
    ----------
    paths : path, glob pattern, or a list of them
        Plain tab-separated files or ``.zip`` archives of them, as GDELT ships
        them. Each file's layout (57, 58 or 61 columns) is detected from its
        column count; files of different layouts can be mixed.
    dyad : "A:B" or (A, B), optional
        Keep only events between actor codes starting with ``A`` and ``B`` (in
        either direction), e.g. ``"USA:CHN"``. Every row is still validated.
    errors : {"raise", "warn"}
        ``"raise"`` stops at the first bad row with :class:`~tension.ParseError`
        naming the file, the 1-based line, the column and the value.
        ``"warn"`` skips bad rows and emits one :class:`~tension.SkippedInputWarning`
        per file with the number of skipped rows and their first line numbers.
        Damage that is not a row (a truncated zip) raises in both modes.
    columns : sequence of str, optional
        Which optional columns to keep: ``"source"`` (SOURCEURL) and the extras
        ``quad_class``, ``avg_tone``, ``num_sources``, ``num_articles``,
        ``global_event_id`` (all by default), or any GDELT column by its name
        (kept as an extra under that name, e.g. ``"ActionGeo_CountryCode"``).
        Fewer columns read faster.
    dedupe : bool
        Drop rows whose GLOBALEVENTID was already read (first one kept, across
        all files).
    cache : path or True, optional
        Keep a Parquet copy of each file's validated rows in this folder (with
        ``True``: ``.tension-cache/`` next to each file), keyed on the file's
        path, size and modification time and on ``columns``; later reads of an
        unchanged file read the copy. Skipped rows are remembered: a cached
        read warns (or raises) as the first read did. A damaged cache file
        is detected, reported by a :class:`~tension.CacheRebuiltWarning` naming
        the cache and the source, and rebuilt from the source.
    country_codes : bool, default True
        Lead each actor and target code with ``Actor1CountryCode`` /
        ``Actor2CountryCode`` where GDELT gives one and the code does not
        already start with it, so that dyads match by country: ``MNCUSA`` with
        country ``USA`` becomes ``USAMNC``, a code without its country gets it in
        front. ``False`` keeps GDELT's codes as they are (only their first three
        letters then count for a dyad). The original codes can be kept with
        ``columns=["Actor1Code", "Actor2Code"]``.
    root_only : bool, default False
        Keep only rows with ``IsRootEvent == 1`` (events from a story's lead
        paragraph, which GDELT marks as more important).
    max_lag : int, optional
        Drop rows whose SQLDATE lies more than ``max_lag`` days before the day
        they were added (``DATEADDED``). GDELT dates an event by the day it
        happened as read from the text, so a 2014 article about a 2004 event is a
        2004 row; ``max_lag=30`` keeps what was reported within a month. Default
        ``None``: keep every row (a series then mixes retrospective mentions into
        past periods; rows whose DATEADDED is not a date are always kept). Pass
        ``columns=["lag_days"]`` to keep the lag as an extra and flag rather than drop.
    one_a_day : bool, default False
        Keep one row per date, actor, target and event code (the first read),
        after the other filters: repeated reports of the same interaction on
        the same day count once.

    Returns
    -------
    EventTable
        One row per good GDELT row, files in the order given; extras as asked.

    Raises
    ------
    ParseError
        A row has the wrong number of columns, a bad date, a non-numeric number,
        an unknown CAMEO event code, an invalid actor code, a Goldstein value
        outside [-10, 10], bytes that are not UTF-8; or a zip is truncated; or a
        line is longer than 32 MiB (in both modes).
    FileNotFoundError
        A path does not exist or a glob matches nothing (folders a glob matches
        are skipped).

    Notes
    -----
    Bad rows are: a column count other than the file's layout; SQLDATE not a
    calendar date YYYYMMDD; an empty or non-numeric GoldsteinScale, NumMentions,
    NumSources, NumArticles, QuadClass, AvgTone or GLOBALEVENTID (for those
    read); NumMentions < 1; QuadClass outside 1..4; EventCode not in the CAMEO
    codebook; an actor code that is not empty or 3+ upper-case letters/digits;
    bytes that are not UTF-8 anywhere in the row; a carriage return inside a row.
    Numbers are written plainly (no spaces, no ``+``, no hex; whole numbers up to
    19 digits within 64 bits), whatever the neighbouring rows hold. An empty file
    is zero rows (noted by a warning under ``errors="warn"``).

    Examples
    --------
    >>> import tempfile, pathlib, tension
    >>> from tension.io import _synth
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = _synth.write_gdelt(folder / "20230618.export.CSV", 200, layout=61, seed=3)
    >>> t = tension.read_gdelt(folder / "*.CSV")
    >>> len(t), sorted(t.extras)
    (200, ['avg_tone', 'global_event_id', 'num_articles', 'num_sources', 'quad_class'])
    >>> us_cn = tension.read_gdelt(folder / "*.CSV", dyad="USA:CHN", columns=["source"])
    >>> bool((us_cn.dyad_mask("USA", "CHN")).all()), list(us_cn.extras)
    (True, [])
    """
    errors = _tsv.check_errors(errors)
    pair = parse_dyad(dyad)
    wanted = _check_columns(columns)
    lag = _check_filters(max_lag, root_only, country_codes, one_a_day)
    want_lag = LAG_COLUMN in wanted
    wanted = tuple(c for c in wanted if c != LAG_COLUMN)
    import pyarrow as pa

    skip = _unused(lag, root_only, country_codes, want_lag)
    tables = [_read_file(path, wanted, dedupe, errors, cache, skip) for path in _sources.resolve_paths(paths)]
    table = pa.concat_tables(tables) if tables else _empty(wanted, dedupe)
    table = _filter(table, lag, root_only, country_codes)
    if dedupe:
        table = _dedupe(table)
    table = _arrow.dyad_filter(table, pair)
    if one_a_day:
        table = _one_a_day(table)
    return _arrow.to_event_table(_drop_id(_finish(table, want_lag)))


def _drop_id(table: pa.Table) -> pa.Table:
    return table.drop_columns(["__id"]) if "__id" in table.column_names else table


def iter_gdelt(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    batch_rows: int = 250_000,
    dyad: str | Sequence[str] | None = None,
    errors: str = "raise",
    columns: Sequence[str] | None = None,
    country_codes: bool = True,
    root_only: bool = False,
    max_lag: int | None = None,
) -> Iterator[EventTable]:
    """Read GDELT event exports as a stream of :class:`EventTable` batches (bounded memory).

    Each file is read ``batch_rows`` lines at a time (a zip member is
    decompressed as a stream), parsed, validated and filtered exactly as in
    :func:`read_gdelt`; only one batch is in memory at a time, so archives larger
    than memory can be reduced batch by batch (e.g. to a series per batch).

    Parameters
    ----------
    paths : path, glob pattern, or a list of them
    batch_rows : int
        Lines per batch (a batch holds at most this many events; fewer after
        ``dyad`` filtering or skipped rows). Memory grows with it: about 1 KB per
        line while parsing.
    dyad, errors, columns, country_codes, root_only, max_lag
        As in :func:`read_gdelt`. With ``errors="warn"`` a file's warning is
        emitted after its last batch. (``one_a_day`` needs every row of a day
        at once: use :func:`read_gdelt`.)

    Yields
    ------
    EventTable
        Batches in file order; empty batches (everything filtered out) are skipped.

    Examples
    --------
    >>> import tempfile, pathlib, tension
    >>> from tension.io import _synth
    >>> p = _synth.write_gdelt(pathlib.Path(tempfile.mkdtemp()) / "big.CSV", 2500, layout=58, seed=4)
    >>> [len(b) for b in tension.iter_gdelt(p, batch_rows=1000)]
    [1000, 1000, 500]
    """
    errors = _tsv.check_errors(errors)
    pair = parse_dyad(dyad)
    wanted = _check_columns(columns)
    lag = _check_filters(max_lag, root_only, country_codes)
    want_lag = LAG_COLUMN in wanted
    wanted = tuple(c for c in wanted if c != LAG_COLUMN)
    if isinstance(batch_rows, bool) or not isinstance(batch_rows, (int, np.integer)):
        raise FieldTypeError("batch_rows", "a whole number >= 1", batch_rows)
    if batch_rows < 1:
        raise SchemaError("batch_rows", "a whole number >= 1", repr(batch_rows))
    for path in _sources.resolve_paths(paths):
        for member in _sources.members(path):
            report = BadRows(member.name)
            for table in _read_member(member, wanted, False, errors, int(batch_rows), report):
                table = _arrow.dyad_filter(_filter(table, lag, root_only, country_codes), pair)
                if table.num_rows:
                    yield _arrow.to_event_table(_finish(table, want_lag))
            report.warn()

