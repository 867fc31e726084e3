"""Tests of the `tension index` and `tension plot` subcommands."""

from __future__ import annotations

import io

import pytest

from tension import read_jsonl
from tension.cli import main

SEED_EVENTS = "seeds/000_65d63fafd7e7c7d7.events.jsonl"
KINDS = ["level", "stability", "volatility", "conflict-share", "instability", "goldstein-mean", "shocks",
         "changepoints", "bands"]


def run(*argv: str) -> tuple[int, str]:
    """Run the CLI and return (status, stdout)."""
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.mark.parametrize("kind", KINDS)
def test_index_prints_every_kind(kind):
    """Every --kind prints a table with a header and the seed's periods."""
    status, text = run("index", SEED_EVENTS, "--kind", kind, "--freq", "M", "--window", "3")
    assert status == 0
    lines = text.splitlines()
    assert lines[0].startswith("# events file 000_65d63fafd7e7c7d7.events.jsonl: 12 events")
    assert [line for line in lines if not line.startswith("#")][0].split()[0] == "period"


def test_index_level_writes_csv(tmp_path):
    """--out writes the level as period,value,count CSV."""
    out = tmp_path / "level.csv"
    status, text = run("index", SEED_EVENTS, "--kind", "level", "--freq", "M", "--out", str(out))
    rows = out.read_text().splitlines()
    assert status == 0 and "wrote 8 periods" in text
    assert rows[0] == "period,value,count" and rows[1] == "2022-11-01,-4.0,1"


def test_index_shocks_and_changepoints_write_csv(tmp_path):
    """Shocks and changepoints are written as CSV with their own headers."""
    for kind, header in (("shocks", "period,value,baseline,size,zscore,direction"),
                         ("changepoints", "period,position,before,after")):
        out = tmp_path / f"{kind}.csv"
        status, _ = run("index", SEED_EVENTS, "--kind", kind, "--freq", "M", "--window", "3", "--out", str(out))
        assert status == 0 and out.read_text().splitlines()[0] == header


def test_index_rejects_an_unknown_kind(capsys):
    """An unknown --kind is a usage error (status 2)."""
    with pytest.raises(SystemExit) as e:
        run("index", SEED_EVENTS, "--kind", "mood")
    assert e.value.code == 2


def test_plot_writes_a_png(tmp_path):
    """`tension plot` writes the chart and says where."""
    pytest.importorskip("matplotlib")
    out = tmp_path / "chart.png"
    status, text = run("plot", SEED_EVENTS, "--out", str(out), "--freq", "W")
    assert status == 0 and out.stat().st_size > 10_000 and str(out) in text
    assert len(read_jsonl(SEED_EVENTS)) == 12


def test_plot_of_an_empty_dyad_is_an_error(tmp_path, capsys):
    """Plotting no events fails with a message instead of an empty chart."""
    status, _ = run("plot", SEED_EVENTS, "--out", str(tmp_path / "x.png"), "--dyad", "FRA:DEU")
    assert status == 1 and "no events" in capsys.readouterr().err
