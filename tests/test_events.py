"""Tests of tension.events: Event validation and EventTable selection, sorting, concatenation."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import numpy as np
import pytest
import reference

from tension import Event, EventTable, FieldTypeError, SchemaError, UnknownCodeError, concat

GOOD = dict(date="2023-06-18", actor="USAGOV", target="CHNGOV", code="042", tension=-1.9)

BAD_FIELDS = [
    ("date", "2023-02-30", SchemaError, "ISO date", "'2023-02-30'"),
    ("date", "18/06/2023", SchemaError, "ISO date", "'18/06/2023'"),
    ("date", 20230618, FieldTypeError, "datetime.date", "int 20230618"),
    ("date", None, FieldTypeError, "datetime.date", "NoneType None"),
    ("precision", "week", SchemaError, "'day', 'month', 'year'", "'week'"),
    ("precision", None, FieldTypeError, "str", "NoneType None"),
    ("actor", "usa", SchemaError, "CAMEO-style actor code", "'usa'"),
    ("actor", "U$A", SchemaError, "CAMEO-style actor code", "'U$A'"),
    ("actor", 1, FieldTypeError, "str", "int 1"),
    ("target", "CH", SchemaError, "CAMEO-style actor code", "'CH'"),
    ("target", None, FieldTypeError, "str", "NoneType None"),
    ("code", "999", UnknownCodeError, "CAMEO event code", "unknown code '999'"),
    ("code", "42", UnknownCodeError, "CAMEO event code", "unknown code '42'"),
    ("code", 42, FieldTypeError, "str", "int 42"),
    ("tension", 10.01, SchemaError, "finite number in [-10, 10]", "10.01"),
    ("tension", float("nan"), SchemaError, "finite number", "nan"),
    ("tension", float("-inf"), SchemaError, "finite number", "-inf"),
    ("tension", "1.5", FieldTypeError, "a number", "str '1.5'"),
    ("tension", True, FieldTypeError, "a number", "bool True"),
    ("tension", None, FieldTypeError, "a number", "NoneType None"),
    ("mentions", 0, SchemaError, "integer >= 1", "0"),
    ("mentions", 2.5, SchemaError, "whole number", "2.5"),
    ("mentions", "2", FieldTypeError, "a number", "str '2'"),
    ("mentions", False, FieldTypeError, "a number", "bool False"),
    ("evidence", 7, FieldTypeError, "str", "int 7"),
    ("evidence", None, FieldTypeError, "str", "NoneType None"),
    ("source", b"doc", FieldTypeError, "str", "bytes b'doc'"),
    ("start", -3, SchemaError, "offset >= 0", "-3"),
    ("start", "0", FieldTypeError, "a number", "str '0'"),
    ("end", 1.5, SchemaError, "whole number", "1.5"),
]


@pytest.mark.parametrize(("field", "value", "error", "expected", "got"), BAD_FIELDS)
def test_event_rejects_bad_fields(field, value, error, expected, got):
    """A bad field raises the right error class naming the field, what was expected and what arrived."""
    with pytest.raises(error) as info:
        Event(**{**GOOD, field: value})
    message = str(info.value)
    assert f"'{field}'" in message and expected in message and got in message
    assert "row" not in message  # one record has no rows


@pytest.mark.parametrize(("start", "end", "got"), [(3, -1, "start=3, end=-1"), (-1, 3, "start=-1, end=3"), (9, 2, "start=9, end=2")])
def test_event_rejects_inconsistent_offsets(start, end, got):
    """Offsets must both be -1 or satisfy 0 <= start <= end."""
    with pytest.raises(SchemaError, match=f"'end'.*end >= start.*{got}"):
        Event(**GOOD, start=start, end=end)


def test_event_converts_and_normalizes_fields():
    """Dates become datetime.date and numbers plain int/float whatever came in."""
    ev = Event(date=np.datetime64("2023-06-18"), actor="USA", target="", code="0874", tension=np.float32(-10),
               mentions=np.int64(3), start=np.int32(0), end=5.0)
    assert ev.date == dt.date(2023, 6, 18)
    assert type(ev.tension) is float and ev.tension == -10.0
    assert type(ev.mentions) is int and ev.mentions == 3
    assert type(ev.end) is int and ev.end == 5
    assert Event(**{**GOOD, "date": dt.datetime(2023, 6, 18, 9, 30)}).date == dt.date(2023, 6, 18)


def test_event_is_frozen_keyword_only_and_comparable():
    """Events are immutable, built from keywords, equal by value and hashable."""
    ev = Event(**GOOD)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ev.tension = 1.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        Event("2023-06-18", "USA", "CHN", "042", -1.9)  # type: ignore[misc]
    assert ev == Event(**GOOD) and hash(ev) == hash(Event(**GOOD))
    assert ev != Event(**{**GOOD, "tension": -1.8})
    assert ev.country_pair == ("USA", "CHN")


# ---------------------------------------------------------------------- tables
def test_table_iteration_yields_events(small_table):
    """Iterating a table yields one Event per row with the row's values."""
    events = list(small_table)
    assert len(events) == len(small_table) == 8
    assert all(isinstance(e, Event) for e in events)
    first = events[0]
    assert (first.date, first.actor, first.target, first.code, first.tension, first.mentions) == (
        dt.date(2023, 6, 18), "USAGOV", "CHNGOV", "042", -1.9, 3)
    assert (first.evidence, first.source, first.start, first.end, first.precision) == ("Blinken visited Beijing", "a", 0, 23, "day")


def test_table_index_gives_event_column_or_table(small_table):
    """table[i] is an Event, table['col'] a column, table[slice] and table[mask] tables."""
    assert small_table[1] == list(small_table)[1]
    assert small_table[-1].actor == ""
    assert small_table["code"].tolist()[:2] == ["042", "112"]
    assert len(small_table[2:5]) == 3
    assert len(small_table[small_table.tension > 0]) == 3
    with pytest.raises(KeyError, match="no column 'nope'"):
        small_table["nope"]
    with pytest.raises(IndexError):
        small_table[8]


def test_from_events_round_trips_through_iteration(small_table):
    """from_events(list(table)) rebuilds an equal table; no events give an empty table."""
    assert EventTable.from_events(list(small_table)) == small_table
    assert len(EventTable.from_events([])) == 0
    with pytest.raises(FieldTypeError, match=r"events\[1\]"):
        EventTable.from_events([small_table[0], "not an event"])


def test_columns_are_read_only_and_typed(small_table):
    """Every column is a read-only numpy array of its documented dtype."""
    dtypes = {"date": "datetime64[D]", "tension": "float64", "mentions": "int64", "start": "int64", "end": "int64",
              "code": "<U4", "precision": "<U5"}
    for name, a in small_table.columns.items():
        assert not a.flags.writeable, name
        if name in dtypes:
            assert a.dtype == np.dtype(dtypes[name]), name
    assert small_table.actor.dtype.kind == "U" and small_table.evidence.dtype == np.dtypes.StringDType()
    with pytest.raises(ValueError):
        small_table.tension[0] = 1.0
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        small_table.foo = 1  # type: ignore[attr-defined]


def test_dyad_matches_country_parts_both_ways(small_table):
    """dyad('USA', 'CHN') takes USAGOV->CHNGOV, CHNGOV->USA, USA->CHNMIL, USAMIL->CHN and nothing else."""
    d = small_table.dyad("USA", "CHN")
    assert list(zip(d.actor.tolist(), d.target.tolist())) == [
        ("USAGOV", "CHNGOV"), ("CHNGOV", "USA"), ("USA", "CHNMIL"), ("USAMIL", "CHN")]
    assert small_table.dyad("CHN", "USA") == d


def test_dyad_directed_keeps_one_direction(small_table):
    """directed=True keeps only events from a to b."""
    assert small_table.dyad("USA", "CHN", directed=True).actor.tolist() == ["USAGOV", "USA", "USAMIL"]
    assert small_table.dyad("CHN", "USA", directed=True).actor.tolist() == ["CHNGOV"]


def test_dyad_longer_prefixes_narrow_the_match(small_table):
    """Longer prefixes match roles: USAMIL-CHN, USAGOV-CHNGOV, and a 2-letter prefix works too."""
    assert small_table.dyad("USAMIL", "CHN").actor.tolist() == ["USAMIL"]
    assert small_table.dyad("USAGOV", "CHNGOV").actor.tolist() == ["USAGOV"]
    assert small_table.dyad("CHNGOV", "USA", directed=True).actor.tolist() == ["CHNGOV"]
    assert small_table.dyad("US", "CH").actor.tolist() == ["USAGOV", "CHNGOV", "USA", "USAMIL"]
    assert len(small_table.dyad("USAGOVMIL", "CHN")) == 0
    assert len(small_table.dyad("usa", "chn")) == 0


def test_dyad_with_empty_prefix_and_empty_actors(small_table):
    """An empty prefix matches any code, including the empty actor of one-actor events."""
    assert small_table.dyad("", "CHN", directed=True).actor.tolist() == ["USAGOV", "USA", "USAMIL", "RUS", "TWNGOV", ""]


def test_dyad_mask_equals_reference_on_random_tables(rng):
    """The vectorized dyad mask equals the row-by-row reference on a random table."""
    pool = np.array(["", "USA", "USAGOV", "USAMIL", "CHN", "CHNGOV", "CHNMILGOV", "RUS", "US1", "TWN", "HKGGOV"])
    actor, target = pool[rng.integers(0, len(pool), 500)], pool[rng.integers(0, len(pool), 500)]
    t = EventTable.from_arrays(date=np.full(500, "2023-01-01"), actor=actor, target=target,
                               code=np.full(500, "042"), tension=np.zeros(500))
    for a, b in [("USA", "CHN"), ("USAGOV", "CHN"), ("CHN", "CHNGOV"), ("US", "C"), ("", "USA"), ("CHNMILGOV", "USA")]:
        for directed in (False, True):
            want = reference.dyad(actor.tolist(), target.tolist(), a, b, directed)
            assert t.dyad_mask(a, b, directed=directed).tolist() == want, (a, b, directed)


def test_dyad_on_a_selection_and_after_concat(small_table):
    """Dyad filtering works the same on a selection of a table and on concatenated tables."""
    sub = small_table[1:]
    assert sub.dyad("USA", "CHN") == small_table.dyad("USA", "CHN")[1:]
    both = concat([small_table, sub])
    assert len(both.dyad("USA", "CHN")) == 4 + 3


def test_dyad_rejects_non_str_prefixes(small_table):
    """Prefixes must be str."""
    with pytest.raises(FieldTypeError, match="'b'"):
        small_table.dyad("USA", None)  # type: ignore[arg-type]


def test_between_is_inclusive_and_open_ended(small_table):
    """between keeps dates from start to end inclusive; either bound may be omitted."""
    assert sorted(small_table.between("2023-06-18", "2023-06-19").date.astype(str).tolist()) == [
        "2023-06-18", "2023-06-18", "2023-06-19", "2023-06-19"]
    assert len(small_table.between(start=dt.date(2023, 6, 20))) == 1
    assert len(small_table.between(end=np.datetime64("2022-12-31"))) == 1
    assert small_table.between() == small_table
    with pytest.raises(SchemaError, match="'start'"):
        small_table.between("June 2023")


def test_sort_is_stable_and_takes_several_keys(small_table):
    """sort orders by date (stable), by any column, or by several columns, first key primary."""
    s = small_table.sort()
    assert (np.diff(s.date.astype(np.int64)) >= 0).all()
    assert s.actor.tolist()[:2] == ["TWNGOV", "USAMIL"]
    same_day = s.between("2023-06-18", "2023-06-18")
    assert same_day.actor.tolist() == ["USAGOV", ""]  # original order kept among ties
    assert small_table.sort("tension").tension.tolist() == sorted(small_table.tension.tolist())
    by_two = small_table.sort(["date", "tension"])
    assert by_two.between("2023-06-19", "2023-06-19").tension.tolist() == [-4.0, 2.0]
    assert small_table.sort("evidence").evidence.tolist()[-1] == "balloon shot down"
    assert small_table.sort([]) == small_table


def test_select_takes_masks_and_positions(small_table):
    """select accepts a boolean mask or integer positions (in any order, repeated, negative)."""
    assert small_table.select(small_table.mentions > 2).mentions.tolist() == [3, 10, 4]
    picked = small_table.select([3, 0, 0, -1])
    assert picked.code.tolist() == ["172", "042", "042", "010"]
    assert len(small_table.select(np.array([], dtype=np.int64))) == 0
    assert len(small_table.select([])) == 0


def test_select_rejects_bad_masks(small_table):
    """A mask of the wrong length, wrong type or out-of-range positions is refused."""
    with pytest.raises(SchemaError, match="'mask'.*length 8"):
        small_table.select(np.ones(3, dtype=bool))
    with pytest.raises(FieldTypeError, match="'mask'"):
        small_table.select(["a"])
    with pytest.raises(IndexError, match="row 8"):
        small_table.select([8])


def test_selections_of_selections_keep_values(small_table):
    """Chained selections give the same rows as one selection, for every column and extra."""
    t = small_table.with_extras(weight=np.arange(8.0))
    chained = t.select(t.tension < 3).select([2, 0]).sort("mentions")
    direct = t.select([0, 2]).sort("mentions")
    assert chained == direct
    assert chained["weight"].tolist() == [2.0, 0.0] and chained.mentions.tolist() == [2, 3]


def test_concat_stacks_tables(small_table, tiny_table):
    """concat stacks rows in order; empty tables are skipped; no tables give an empty table."""
    both = concat([tiny_table, EventTable.empty(), small_table])
    assert len(both) == 10
    assert both[:2] == tiny_table and both[2:] == small_table
    assert len(concat([])) == 0
    assert concat([EventTable.empty(), EventTable.empty()]) == EventTable.empty()
    assert EventTable.concat([tiny_table]) == tiny_table


def test_concat_checks_extras_and_types(tiny_table):
    """Tables with different extra columns, or things that are not tables, are refused."""
    with pytest.raises(SchemaError, match="'extras'"):
        concat([tiny_table, tiny_table.with_extras(w=[1, 2])])
    with pytest.raises(FieldTypeError, match=r"tables\[1\]"):
        concat([tiny_table, [1, 2]])  # type: ignore[list-item]
    t = tiny_table.with_extras(w=[1.0, 2.0])
    assert concat([t, t])["w"].tolist() == [1.0, 2.0, 1.0, 2.0]


def test_equality_compares_every_column_and_extra(tiny_table):
    """Tables are equal when every column and extra is equal; they are not hashable."""
    assert tiny_table == EventTable.from_events(list(tiny_table))
    assert tiny_table != tiny_table.with_extras(w=[1, 2])
    assert tiny_table.with_extras(w=[1, 2]) != tiny_table.with_extras(w=[1, 3])
    assert tiny_table != tiny_table.sort("tension")[::-1]
    assert tiny_table != tiny_table[:1]
    assert (tiny_table == "x") is False
    with pytest.raises(TypeError):
        hash(tiny_table)


def test_empty_tables(small_table):
    """Empty tables have typed columns, iterate to nothing and survive every selection."""
    e = EventTable.empty(avg_tone="float64")
    assert len(e) == 0 and list(e) == [] and e["avg_tone"].dtype == np.float64
    assert e.date.dtype == np.dtype("datetime64[D]")
    assert len(e.dyad("USA", "CHN")) == 0 and len(e.sort()) == 0 and len(e.between("2020-01-01")) == 0
    assert len(small_table.select(np.zeros(8, dtype=bool))) == 0
    assert repr(EventTable.empty()) == "EventTable(0 events)"


def test_repr_shows_size_span_and_extras(tiny_table):
    """repr names the number of events, the date span and extras."""
    assert repr(tiny_table.with_extras(w=[1, 2])) == "EventTable(2 events, 2023-06-18..2023-06-19, extras=['w'])"


def test_tables_pickle(small_table):
    """A table, and a selection of one, survive pickling."""
    sel = small_table.dyad("USA", "CHN")
    assert pickle.loads(pickle.dumps(small_table)) == small_table
    assert pickle.loads(pickle.dumps(sel)) == sel
