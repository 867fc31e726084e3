"""ICEWS event files to :class:`~tension.EventTable`.

ICEWS (Integrated Crisis Early Warning System) ships coded events as
tab-separated files with a header line and 20 columns: Event ID, Event Date,
Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity,
Target Name, Target Sectors, Target Country, Story ID, Sentence Number,
Publisher, City, District, Province, Country, Latitude, Longitude. Columns are
found by their header names, so their order does not matter.

Mapping to events:

=============== ========================================= ===================================
event field     ICEWS                                     note
=============== ========================================= ===================================
date            Event Date                                YYYY-MM-DD
actor, target   Source/Target Country + Sectors           country name -> CAMEO country code
                                                          (``tension/data/icews_countries.tsv``),
                                                          sectors -> one CAMEO role
                                                          (``tension/data/icews_sectors.tsv``):
                                                          "United States" + "Military,Government"
                                                          -> ``USAMIL``
code            CAMEO Code                                string, leading zeros kept
tension         -Intensity                                + conflict, - cooperation; with
                                                          ``rescore="gdelt"``: minus GDELT's
                                                          Goldstein value of the CAMEO code
mentions        1                                         ICEWS has no mention count: do not
                                                          weight ICEWS events by mentions
source          Story ID                                  the story the event was coded from
event_id        Event ID                                  extra; NOT unique in ICEWS
=============== ========================================= ===================================

Other extras: ``source_name``, ``target_name``, ``source_sectors``,
``target_sectors``, ``sentence_number``, ``publisher``, ``latitude``,
``longitude`` (NaN when empty).

Sectors map to a role by priority, not by their order in the cell: the first
row of ``icews_sectors.tsv`` found among an actor's sectors wins (Military
Intelligence, Military, Army, Defense / Security Ministry, Police, courts,
Lower House, Upper House before Government, ...). The sector names are the ones
that occur in the ICEWS files. Sectors with no CAMEO role (Parties, Ethnic,
Religious, ...) add nothing: the actor is then the bare country (``"CHN"``). An
actor with no country gets the role alone (``"IGO"``) or ``""``.

Missing values: ICEWS files exported from R write ``NA`` in empty cells. ``NA``
is read as missing in every text column (names, sectors, countries, publisher),
in Latitude and Longitude (NaN) and in Sentence Number (0); a missing Event
Date, CAMEO Code or Intensity is still a bad row (an Intensity only when
``rescore`` is None: with ``rescore="gdelt"`` it is not read).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .._packaged import read_tsv
from .._values import parse_dyad
from ..events import EventTable
from ..exceptions import ParseError, SchemaError
from . import _arrow, _sources, _tsv
from ._tsv import BadRows, FileLayout

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["read_icews", "ICEWS_COLUMNS", "country_code", "sector_role", "MISSING", "RESCORES"]

#: The columns of an ICEWS event file, in the usual order.
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)

_KINDS: dict[str, str] = {
    "Event ID": "int", "Event Date": "iso_date", "Source Name": "str", "Source Sectors": "str",
    "Source Country": "str", "CAMEO Code": "event_code", "Intensity": "goldstein", "Target Name": "str",
    "Target Sectors": "str", "Target Country": "str", "Story ID": "int", "Sentence Number": "str",
    "Publisher": "str", "Latitude": "str", "Longitude": "str",
}

#: What R writes in an empty cell; read as missing.
MISSING = "NA"
#: Scales ``read_icews(rescore=...)`` can put ICEWS events on.
RESCORES: tuple[str, ...] = ("gdelt",)
_NA_TEXT = ("Source Name", "Source Sectors", "Source Country", "Target Name", "Target Sectors", "Target Country",
            "Publisher")


@functools.cache
def _countries() -> dict[str, str]:
    return {r["icews_country"]: r["cameo"] for r in read_tsv("icews_countries.tsv")}


@functools.cache
def _sector_priority() -> dict[str, tuple[int, str]]:
    rows = read_tsv("icews_sectors.tsv")
    return {r["icews_sector"].casefold(): (i, r["cameo_role"]) for i, r in enumerate(rows)}


def country_code(name: str) -> str | None:
    """CAMEO country code of an ICEWS country name (``None`` if unknown, ``""`` for ``""``).

    Examples
    --------
    >>> from tension.io.icews import country_code
    >>> country_code("United States"), country_code("Russian Federation"), country_code("Romania")
    ('USA', 'RUS', 'ROM')
    >>> country_code("Atlantis") is None
    True
    """
    if name == "":
        return ""
    return _countries().get(name)


@functools.lru_cache(maxsize=65536)
def sector_role(sectors: str) -> str:
    """The CAMEO role code of an ICEWS sectors cell (comma separated), ``""`` if none maps.

    Examples
    --------
    >>> from tension.io.icews import sector_role
    >>> sector_role("Military,Government"), sector_role("Elite,Executive,Executive Office,Government")
    ('MIL', 'GOV')
    >>> sector_role("Government,Defense / Security Ministry"), sector_role("Lower House,Legislative / Parliamentary")
    ('MIL', 'LEG')
    >>> sector_role("State Media,Government"), sector_role("Parties"), sector_role("")
    ('MED', '', '')
    """
    prio = _sector_priority()
    best = min((prio[s.strip().casefold()] for s in sectors.split(",") if s.strip().casefold() in prio),
               default=None)
    return "" if best is None else best[1]


def _bad_countries(uniq: Any) -> np.ndarray:
    known = _countries()
    return np.array([v not in ("", MISSING) and v not in known for v in uniq.to_pylist()], dtype=bool)


def _bad_numbers(whole: bool) -> Any:
    def bad(uniq: Any) -> np.ndarray:
        out = []
        for v in uniq.to_pylist():
            if v in ("", MISSING):
                out.append(False)
                continue
            kind = _tsv.KINDS["int" if whole else "float"]  # the one rule for numbers (no spaces, no '+')
            out.append(not kind.lexical_ok(v.encode("utf-8")) or not np.isfinite(float(v)))
        return np.array(out, dtype=bool)

    return bad


_check_country = _tsv._by_distinct(_bad_countries)
_check_float_or_na = _tsv._by_distinct(_bad_numbers(False))
_check_int_or_na = _tsv._by_distinct(_bad_numbers(True))


_COUNTRY_EXPECTED = "an ICEWS country name from tension/data/icews_countries.tsv, or nothing"


def _layout_of(name: str, rescore: str | None = None) -> Callable[[bytes], FileLayout]:
    kinds = dict(_KINDS)
    if rescore is not None:
        del kinds["Intensity"]  # not used: the codebook gives the value

    def layout_of(first: bytes) -> FileLayout:
        header = first.split(b"\n", 1)[0].rstrip(b"\r")
        try:
            text = header.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            raise ParseError(name, 1, None, header[:80], "expected an ICEWS header line in UTF-8") from None
        names = tuple(text.split("\t"))
        missing = [c for c in kinds if c not in names]
        if missing:
            raise ParseError(name, 1, missing[0], text[:120],
                             f"expected an ICEWS header naming the columns {list(kinds)}; '{missing[0]}' is missing")
        check = (_check_country, _COUNTRY_EXPECTED)
        number = (_check_float_or_na, "a finite number, nothing or NA")
        return FileLayout(names=names, kinds=kinds, description=f"the {len(names)} columns of the header",
                          header=True, extra_checks={
                              "Source Country": check, "Target Country": check, "Latitude": number,
                              "Longitude": number, "Sentence Number": (_check_int_or_na, "a whole number, nothing or NA"),
                          })

    return layout_of


def _actor_codes(countries: Any, sectors: Any) -> Any:
    """Country names + sector cells -> CAMEO actor codes (arrow string array), via distinct pairs."""
    import pyarrow as pa
    import pyarrow.compute as pc

    pair = pc.binary_join_element_wise(countries, sectors, "\x1f")
    uniq = pc.unique(pair)
    codes = []
    for p in uniq.to_pylist():
        country, sector = p.split("\x1f", 1)
        codes.append((country_code(country) or "") + sector_role(sector))
    return pc.take(pa.array(codes, pa.string()), pc.index_in(pair, value_set=uniq))


def _na_to_empty(col: Any) -> Any:
    import pyarrow.compute as pc

    return pc.if_else(pc.equal(col, MISSING), "", col)


def _number(col: Any, dtype: str, fill: float) -> Any:
    """A text column of numbers, "" or NA -> arrow ``dtype`` with ``fill`` for the missing ones."""
    import pyarrow as pa
    import pyarrow.compute as pc

    missing = pc.or_(pc.equal(col, ""), pc.equal(col, MISSING))
    text = str(int(fill)) if dtype.startswith("int") else str(fill)
    return pc.cast(pc.if_else(missing, text, col), getattr(pa, dtype)())


def _canonical(table: pa.Table, rescore: str | None = None) -> pa.Table:
    import pyarrow as pa
    import pyarrow.compute as pc

    from .. import codebook

    text = {c: _na_to_empty(table.column(c)) for c in _NA_TEXT}
    date = pc.cast(pc.strptime(table.column("Event Date"), format="%Y-%m-%d", unit="s"), pa.date32())
    n = table.num_rows
    if rescore is None:
        tension = 0.0 - table.column("Intensity").to_numpy()
    else:
        tension = codebook.tension_of(np.asarray(table.column("CAMEO Code").to_numpy(zero_copy_only=False), dtype=str))
    return pa.table({
        "date": date,
        "actor": _actor_codes(text["Source Country"], text["Source Sectors"]),
        "target": _actor_codes(text["Target Country"], text["Target Sectors"]),
        "code": table.column("CAMEO Code"),
        "tension": pa.array(tension, pa.float64()),
        "mentions": pa.array(np.ones(n, dtype=np.int64)),
        "source": pc.cast(table.column("Story ID"), pa.string()),
        "event_id": table.column("Event ID"),
        "source_name": text["Source Name"],
        "target_name": text["Target Name"],
        "source_sectors": text["Source Sectors"],
        "target_sectors": text["Target Sectors"],
        "sentence_number": _number(table.column("Sentence Number"), "int64", 0),
        "publisher": text["Publisher"],
        "latitude": _number(table.column("Latitude"), "float64", float("nan")),
        "longitude": _number(table.column("Longitude"), "float64", float("nan")),
    })


_DEDUPE_KEY = ("event_id", "date", "source_name", "target_name", "code", "source", "sentence_number")


def _dedupe(table: pa.Table) -> pa.Table:
    """Drop rows that repeat an earlier row's Event ID *and* its content (see :func:`read_icews`)."""
    import pyarrow.compute as pc

    if table.num_rows == 0:
        return table
    key = pc.binary_join_element_wise(*[pc.cast(table.column(c), "string") for c in _DEDUPE_KEY], "\x1f")
    codes = np.asarray(pc.index_in(key, value_set=pc.unique(key)).to_numpy())
    _, first = np.unique(codes, return_index=True)
    keep = np.zeros(table.num_rows, dtype=bool)
    keep[first] = True
    return table.filter(keep)


def read_icews(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    dyad: str | Sequence[str] | None = None,
    errors: str = "raise",
    dedupe: bool = False,
    rescore: str | None = None,
) -> EventTable:
    """Read ICEWS event files (tab separated, with a header) into one :class:`EventTable`.

    Parameters
    ----------
    paths : path, glob pattern, or a list of them
        ICEWS ``.tab``/``.tsv`` files or ``.zip`` archives of them.
    dyad : "A:B" or (A, B), optional
        Keep only events between actor codes starting with ``A`` and ``B``
        (either direction), e.g. ``"USA:CHN"``. Every row is still validated.
    errors : {"raise", "warn"}
        ``"raise"`` stops at the first bad row with :class:`~tension.ParseError`
        (file, line, column, value); ``"warn"`` skips bad rows and emits one
        :class:`~tension.SkippedInputWarning` per file with the count and first lines.
    dedupe : bool
        Drop exact repeats: rows whose Event ID, Event Date, Source Name,
        Target Name, CAMEO Code, Story ID and Sentence Number all equal an
        earlier row's (e.g. an event present in both a yearly and a daily
        file). ICEWS Event IDs are **not unique**: different events can share
        one, so rows that only share the Event ID are kept.
    rescore : {None, "gdelt"}
        ``None`` (default): tension is minus the event's ICEWS Intensity.
        ``"gdelt"``: minus the Goldstein value GDELT publishes for its CAMEO code
        (:func:`tension.codebook.tension_of`), so ICEWS and GDELT events share one
        scale (ICEWS's values differ for 016, 022, 164 and 165, and its Intensity
        may differ per event); the Intensity column is then not read.

    Returns
    -------
    EventTable
        With extras ``event_id``, ``source_name``, ``target_name``,
        ``source_sectors``, ``target_sectors``, ``sentence_number``,
        ``publisher``, ``latitude``, ``longitude``. ``mentions`` is 1 for every
        event: ICEWS has no mention count, so never weight ICEWS events by
        mentions (``tension icews --weight mentions`` is refused).

    Raises
    ------
    ParseError
        A header without the ICEWS columns; a row with the wrong number of
        columns, a bad Event Date, a non-numeric Intensity/Event ID/Story ID/
        Sentence Number/Latitude/Longitude, an Intensity outside [-10, 10], a
        CAMEO Code not in the codebook, an unknown country name, bytes that are
        not UTF-8; a truncated zip; a line longer than 32 MiB. An empty file is
        zero rows (noted by a warning under ``errors="warn"``).

    Examples
    --------
    >>> import tempfile, pathlib, tension
    >>> from tension.io import _synth
    >>> p = _synth.write_icews(pathlib.Path(tempfile.mkdtemp()) / "events.2015.tab", 300, seed=2)
    >>> t = tension.read_icews(p)
    >>> len(t), t.code.dtype.kind, bool((t.tension >= -10).all())
    (300, 'U', True)
    >>> sorted(set(t.actor.tolist()) & {"USAMIL", "CHNMED", "IGO"})
    ['CHNMED', 'IGO', 'USAMIL']
    """
    import pyarrow as pa

    errors = _tsv.check_errors(errors)
    pair = parse_dyad(dyad)
    if rescore is not None and rescore not in RESCORES:
        raise SchemaError("rescore", f"None or one of {RESCORES}", repr(rescore))
    tables = []
    for path in _sources.resolve_paths(paths):
        for member in _sources.members(path):
            report = BadRows(member.name)
            for table, _layout in _tsv.parse_file(member, _layout_of(member.name, rescore), errors=errors,
                                                  report=report):
                tables.append(_canonical(table, rescore))
            report.warn()
    table = pa.concat_tables(tables) if tables else _empty()
    if dedupe:
        table = _dedupe(table)
    return _arrow.to_event_table(_arrow.dyad_filter(table, pair))


def _empty() -> pa.Table:
    import pyarrow as pa

    s = pa.string()
    return pa.schema([
        ("date", pa.date32()), ("actor", s), ("target", s), ("code", s), ("tension", pa.float64()),
        ("mentions", pa.int64()), ("source", s), ("event_id", pa.int64()), ("source_name", s), ("target_name", s),
        ("source_sectors", s), ("target_sectors", s), ("sentence_number", pa.int64()), ("publisher", s),
        ("latitude", pa.float64()), ("longitude", pa.float64()),
    ]).empty_table()
