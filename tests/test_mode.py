"""Tests of the ``mode`` column: acts and plans through the model, every format, the readers, series,
indices and the CLI."""

from __future__ import annotations

import io
import json
import pickle

import numpy as np
import pytest

import tension
from tension import Event, EventTable, FieldTypeError, ParseError, SchemaError, concat, indices
from tension.cli import main
from tension.events import LazyColumn
from tension.io import _synth
from tension.schema import MODES, check_modes

# Two acts and one plan of the same dyad: a meeting, a visit announced for later, a sanction.
ROWS = dict(
    date=["2023-06-18", "2023-06-18", "2023-06-19"], actor=["USAGOV", "USAGOV", "CHN"],
    target=["CHN", "CHNGOV", "USA"], code=["042", "043", "163"], tension=[-1.9, -2.8, 8.0],
    mentions=[1, 2, 3], mode=["act", "plan", "act"],
)


@pytest.fixture
def mixed() -> EventTable:
    return EventTable.from_arrays(**ROWS)


def _old_style(t: EventTable) -> EventTable:
    """The same events as written before the mode column existed (all acts)."""
    return EventTable.from_arrays(**{k: v for k, v in t.columns.items() if k != "mode"})


# ---------------------------------------------------------------------- model
def test_event_mode_defaults_to_act_and_is_validated():
    ev = Event(date="2023-06-18", actor="USA", target="CHN", code="042", tension=-1.9)
    assert ev.mode == "act"
    assert Event(date="2023-06-18", actor="USA", target="CHN", code="042", tension=-1.9, mode="plan").mode == "plan"
    with pytest.raises(SchemaError) as info:
        Event(date="2023-06-18", actor="USA", target="CHN", code="042", tension=-1.9, mode="planned")
    assert info.value.field == "mode" and "'act', 'plan'" in str(info.value) and "'planned'" in str(info.value)
    with pytest.raises(FieldTypeError):
        Event(date="2023-06-18", actor="USA", target="CHN", code="042", tension=-1.9, mode=None)


def test_from_arrays_defaults_and_dtype(mixed):
    plain = EventTable.from_arrays(**{k: v for k, v in ROWS.items() if k != "mode"})
    assert plain.mode.tolist() == ["act"] * 3 and plain.mode.dtype == np.dtype("<U4")
    assert EventTable.from_arrays(**ROWS, **{}).mode.tolist() == ["act", "plan", "act"]
    assert mixed.mode.dtype == np.dtype("<U4") and not mixed.mode.flags.writeable
    assert EventTable.empty().mode.dtype == np.dtype("<U4")


def test_bad_mode_names_row_and_expectation():
    with pytest.raises(SchemaError) as info:
        EventTable.from_arrays(**{**ROWS, "mode": ["act", "act", "future"]})
    e = info.value
    assert (e.field, e.row) == ("mode", 2) and "one of 'act', 'plan'" in str(e) and "'future'" in str(e)
    with pytest.raises(FieldTypeError) as info2:
        EventTable.from_arrays(**{**ROWS, "mode": ["act", 1, "act"]})
    assert (info2.value.field, info2.value.row) == ("mode", 1)
    with pytest.raises(SchemaError):
        EventTable.from_arrays(**{**ROWS, "mode": ["act", "plan"]})  # wrong length
    with pytest.raises(FieldTypeError):
        EventTable.from_arrays(**{**ROWS, "mode": "act"})  # one string, not a column


def test_from_events_and_iteration_keep_mode(mixed):
    events = list(mixed)
    assert [e.mode for e in events] == ["act", "plan", "act"]
    assert EventTable.from_events(events) == mixed
    assert mixed[1].mode == "plan"


def test_from_checked_columns_takes_mode_eager_or_lazy():
    base = {"date": np.array(["2023-06-18", "2023-06-19"], dtype="datetime64[D]"), "actor": np.array(["USA", "CHN"]),
            "target": np.array(["CHN", "USA"]), "code": np.array(["042", "112"]),
            "tension": np.array([-1.9, 2.0]), "mentions": np.array([1, 1])}
    assert EventTable.from_checked_columns(base).mode.tolist() == ["act", "act"]
    lazy = LazyColumn(np.array(["plan", "act"]), lambda a: a.astype("<U4"), 2)
    t = EventTable.from_checked_columns({**base, "mode": lazy})
    assert lazy.value is None  # not converted yet
    assert t.select_modes("plan").code.tolist() == ["042"]
    assert t.mode.tolist() == ["plan", "act"]


def test_selections_keep_mode(mixed):
    assert concat([mixed, mixed]).mode.tolist() == ["act", "plan", "act"] * 2
    assert mixed.select(mixed.tension < 0).mode.tolist() == ["act", "plan"]
    assert mixed[1:].mode.tolist() == ["plan", "act"]
    assert mixed.sort("tension").mode.tolist() == ["plan", "act", "act"]
    assert mixed.sort(["mode", "date"]).code.tolist() == ["042", "163", "043"]
    assert mixed.dyad("USA", "CHN", directed=True).mode.tolist() == ["act", "plan"]
    assert mixed.between("2023-06-19").mode.tolist() == ["act"]
    assert indices.between(mixed, "USA", "CHN").mode.tolist() == ["act", "plan", "act"]
    assert pickle.loads(pickle.dumps(mixed)) == mixed
    assert mixed != _old_style(mixed)


def test_select_modes(mixed):
    assert mixed.select_modes().code.tolist() == ["042", "163"]
    assert mixed.select_modes("plan").code.tolist() == ["043"]
    assert mixed.select_modes("all") is mixed
    assert mixed.select_modes(("plan", "act")) is mixed
    acts = mixed.select_modes("act")
    assert acts.select_modes("act") is acts  # nothing to drop: the same table
    assert len(EventTable.empty().select_modes("plan")) == 0


def test_select_modes_on_a_constant_column_reads_one_value():
    base = {"date": np.array(["2023-06-18"] * 3, dtype="datetime64[D]"), "actor": np.array(["USA"] * 3),
            "target": np.array(["CHN"] * 3), "code": np.array(["042"] * 3),
            "tension": np.array([-1.9] * 3), "mentions": np.array([1] * 3)}
    t = EventTable.from_checked_columns(base)  # as the GDELT and ICEWS readers build it: all acts
    assert t.mode.strides == (0,)
    assert t.select_modes() is t
    assert len(t.select_modes("plan")) == 0


@pytest.mark.parametrize(("modes", "error", "words"), [
    ("plans", SchemaError, "'plans'"),
    (["act", "maybe"], SchemaError, "'maybe'"),
    ((), SchemaError, "an empty sequence"),
    (None, FieldTypeError, "NoneType"),
    ([1], FieldTypeError, "'act', 'plan', 'all'"),
])
def test_check_modes_refuses(modes, error, words):
    with pytest.raises(error) as info:
        check_modes(modes)
    assert info.value.field == "modes" and words in str(info.value)


def test_check_modes_accepts():
    assert check_modes("all") == MODES == ("act", "plan")
    assert check_modes(["plan", "plan"]) == ("plan",)
    assert check_modes({"act"}) == ("act",)


# ---------------------------------------------------------------------- formats
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_files_round_trip_mode(tmp_path, mixed, fmt):
    path = tmp_path / f"e.{fmt}"
    getattr(mixed, f"to_{fmt}")(path)
    back = getattr(tension, f"read_{fmt}")(path)
    assert back == mixed and back.mode.dtype == np.dtype("<U4")


def test_in_memory_formats_round_trip_mode(mixed):
    assert EventTable.from_arrow(mixed.to_arrow()) == mixed
    df = mixed.to_pandas()
    assert df["mode"].tolist() == ["act", "plan", "act"]
    assert EventTable.from_pandas(df) == mixed
    df["mode"] = df["mode"].astype("category")
    assert EventTable.from_pandas(df) == mixed


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_files_written_before_mode_read_as_acts(tmp_path, mixed, fmt):
    """A file without a mode column (written before it existed) reads as all acts."""
    old = _old_style(mixed)
    path = tmp_path / f"old.{fmt}"
    if fmt == "jsonl":
        rows = [{k: v for k, v in json.loads(line).items() if k != "mode"} for line in _lines_of(mixed, tmp_path)]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    elif fmt == "csv":
        path.write_text("date,precision,actor,target,code,tension,mentions,evidence,source,start,end\n"
                        "2023-06-18,day,USAGOV,CHN,042,-1.9,1,,,-1,-1\n"
                        "2023-06-18,day,USAGOV,CHNGOV,043,-2.8,2,,,-1,-1\n"
                        "2023-06-19,day,CHN,USA,163,8.0,3,,,-1,-1\n", encoding="utf-8")
    else:
        import pyarrow.parquet as pq

        arrow = mixed.to_arrow()
        pq.write_table(arrow.drop_columns(["mode"]), str(path))
    back = getattr(tension, f"read_{fmt}")(path)
    assert back == old and back.mode.tolist() == ["act"] * 3


def _lines_of(t: EventTable, tmp_path) -> list[str]:
    p = tmp_path / "new.jsonl"
    t.to_jsonl(p)
    return p.read_text(encoding="utf-8").splitlines()


def test_arrow_and_pandas_without_mode_read_as_acts(mixed):
    assert EventTable.from_arrow(mixed.to_arrow().drop_columns(["mode"])).mode.tolist() == ["act"] * 3
    assert EventTable.from_pandas(mixed.to_pandas().drop(columns=["mode"])).mode.tolist() == ["act"] * 3


def test_bad_mode_in_files_names_line_and_field(tmp_path, mixed):
    lines = _lines_of(mixed, tmp_path)
    lines[2] = lines[2].replace('"mode": "act"', '"mode": "did"')
    p = tmp_path / "bad.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ParseError) as info:
        tension.read_jsonl(p)
    assert (info.value.line, info.value.column) == (3, "mode") and "'act', 'plan'" in str(info.value)

    c = tmp_path / "bad.csv"
    mixed.to_csv(c)
    c.write_text(c.read_text(encoding="utf-8").replace('"plan"', '"Plan"'), encoding="utf-8")
    with pytest.raises(ParseError) as info:
        tension.read_csv(c)
    assert (info.value.line, info.value.column) == (3, "mode") and "'Plan'" in str(info.value)


def test_gdelt_and_icews_readers_produce_acts(tmp_path):
    g = tension.read_gdelt(_synth.write_gdelt(tmp_path / "g.csv", 50, seed=1))
    assert len(g) and set(g.mode.tolist()) == {"act"} and g.select_modes() is g
    i = tension.read_icews(_synth.write_icews(tmp_path / "i.tab", 50, seed=1))
    assert len(i) and set(i.mode.tolist()) == {"act"}
    assert g.series("M") == g.series("M", modes="all")


# ---------------------------------------------------------------------- series and indices
def test_series_counts_acts_unless_asked(mixed):
    s = mixed.series("D")
    assert s.values.tolist() == [-1.9, 8.0] and s.counts.tolist() == [1, 1]
    assert mixed.series("D", modes="all").values.tolist() == pytest.approx([-4.7, 8.0])
    assert mixed.series("D", modes="plan").values.tolist() == [-2.8]
    assert mixed.series("D", modes=("act", "plan")) == mixed.series("D", modes="all")
    with pytest.raises(SchemaError):
        mixed.series("D", modes="acts")


def test_series_range_follows_the_counted_events():
    t = EventTable.from_arrays(date=["2023-01-05", "2023-06-18"], actor=["USA"] * 2, target=["CHN"] * 2,
                               code=["042", "043"], tension=[-1.9, -2.8], mode=["act", "plan"])
    assert t.series("M").dates.astype(str).tolist() == ["2023-01-01"]
    assert len(t.series("M", modes="all")) == 6


def test_table_indices_count_acts_unless_asked(mixed):
    for fn in (indices.conflict_share, indices.instability, indices.goldstein_mean):
        assert fn(mixed, freq="M").counts.tolist() == [2], fn.__name__
        assert fn(mixed, freq="M", modes="all").counts.tolist() == [3], fn.__name__
    assert indices.goldstein_mean(mixed, freq="M", weight=None).values.tolist() == pytest.approx([3.05])
    tr = indices.triad(mixed, "USA", "CHN", "RUS", freq="D")
    assert tr.ab.counts.tolist() == [1, 1]
    assert indices.triad(mixed, "USA", "CHN", "RUS", freq="D", modes="all").ab.counts.tolist() == [2, 1]
    d = indices.directed(mixed, "USA", "CHN", freq="D", modes="all")
    assert d.ab.counts.tolist() == [2, 0] and d.ba.counts.tolist() == [0, 1]
    assert indices.directed(mixed, "USA", "CHN", freq="D").ab.counts.tolist() == [1, 0]


def test_explain_shows_the_mode(mixed):
    ex = indices.explain(mixed, "2023-06-18", freq="D")
    assert ex.count == 1 and [r["mode"] for r in ex.rows()] == ["act"]
    ex = indices.explain(mixed, "2023-06-18", freq="D", modes="all")
    assert ex.count == 2 and [(r["code"], r["mode"]) for r in ex.rows()] == [("043", "plan"), ("042", "act")]


def test_partial_series_counts_acts(mixed):
    from tension.series import PartialSeries

    assert PartialSeries.from_table(mixed, "D").to_series() == mixed.series("D")
    assert PartialSeries.from_table(mixed, "D", modes="all").to_series() == mixed.series("D", modes="all")


# ---------------------------------------------------------------------- CLI
def _run(argv):
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def test_cli_series_and_index_include_plans(tmp_path, mixed):
    path = tmp_path / "e.jsonl"
    mixed.to_jsonl(path)
    status, text = _run(["series", str(path)])
    assert status == 0 and [r.split()[2] for r in text.splitlines()[1:]] == ["1", "1"]
    status, text = _run(["series", str(path), "--include-plans"])
    assert status == 0 and [r.split()[2] for r in text.splitlines()[1:]] == ["2", "1"]
    status, text = _run(["index", str(path), "--kind", "conflict-share"])
    assert status == 0 and text.splitlines()[1].split()[2] == "2"
    status, text = _run(["index", str(path), "--kind", "level", "--include-plans"])
    assert status == 0 and text.splitlines()[1].split()[2] == "3"


def test_cli_plot_of_plans_only_says_why(tmp_path, capsys):
    path = tmp_path / "plans.jsonl"
    EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"], code=["043"], tension=[-2.8],
                           mode=["plan"]).to_jsonl(path)
    status, _ = _run(["plot", str(path), "--out", str(tmp_path / "p.png")])
    assert status == 1 and "--include-plans" in capsys.readouterr().err


def test_cli_extract_output_has_mode(tmp_path):
    from tension.cli import write_events

    out = io.StringIO()
    write_events(EventTable.from_arrays(**ROWS), "jsonl", out)
    assert [json.loads(line)["mode"] for line in out.getvalue().splitlines()] == ["act", "plan", "act"]


def test_cli_event_table_shows_mode():
    from tension.cli import format_events

    lines = format_events(EventTable.from_arrays(**ROWS)).splitlines()
    assert lines[0].split()[:3] == ["date", "prec", "mode"]
    assert [line.split()[2] for line in lines[1:]] == ["act", "plan", "act"]


def test_select_modes_after_a_selection_gathers_nothing():
    base = {"date": np.array(["2023-06-18"] * 4, dtype="datetime64[D]"), "actor": np.array(["USA", "CHN"] * 2),
            "target": np.array(["CHN", "RUS"] * 2), "code": np.array(["042"] * 4),
            "tension": np.array([-1.9] * 4), "mentions": np.array([1] * 4)}
    t = EventTable.from_checked_columns(base).dyad("USA", "CHN")
    assert t.select_modes() is t and len(t.select_modes("plan")) == 0
    assert type(t._cols["mode"]).__name__ == "_Gather"  # still deferred
    assert t.mode.tolist() == ["act", "act"]


def test_checked_mode_column_takes_the_column_dtype_and_old_pickles_read_as_acts(mixed):
    base = {"date": np.array(["2023-06-18"], dtype="datetime64[D]"), "actor": np.array(["USA"]),
            "target": np.array(["CHN"]), "code": np.array(["042"]), "tension": np.array([-1.9]),
            "mentions": np.array([1])}
    t = EventTable.from_checked_columns({**base, "mode": np.array(["plan"], dtype=np.dtypes.StringDType())})
    assert t.mode.dtype == np.dtype("<U4") and t.mode.tolist() == ["plan"]
    state = mixed.__getstate__()
    state["columns"] = {k: v for k, v in state["columns"].items() if k != "mode"}
    old = EventTable.__new__(EventTable)
    old.__setstate__(state)
    assert old == _old_style(mixed)
