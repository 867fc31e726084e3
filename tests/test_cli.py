"""Tests of tension.cli and `python -m tension`: the series, extract and demo commands, their output and errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tension import read_jsonl
from tension.cli import main, parse_dyad

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(argv):
    """Run the CLI in-process; return (status, stdout text)."""
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def table(text):
    """The table lines of a command's output: without the ``#`` header and notes."""
    return [line for line in text.splitlines() if not line.startswith("#")]


def test_series_on_the_seed_events(seed_events_path):
    """`tension series` prints one row per day with events (the day's tension sum and count), under a header."""
    status, text = run(["series", str(seed_events_path)])
    assert status == 0
    lines = table(text)
    assert lines[0].split() == ["period", "value", "count"]
    t = read_jsonl(seed_events_path)
    s = t.series("D")
    assert len(lines) == 1 + int((s.counts > 0).sum())
    first = lines[1].split()
    assert first[0] == str(s.dates[0]) and float(first[1]) == pytest.approx(s.values[0], abs=1e-3) and int(first[2]) == s.counts[0]
    empty = int((s.counts == 0).sum())
    assert text.splitlines()[-1] == f"# {empty} days without events not shown (--start/--end print every day)"


def test_series_options(seed_events_path):
    """--dyad, --freq, --how, --weight, --start and --end reach the series."""
    status, text = run(["series", str(seed_events_path), "--dyad", "usa:chn", "--freq", "M", "--how", "mean",
                        "--weight", "mentions", "--start", "2023-05-01", "--end", "2023-07-31"])
    assert status == 0
    rows = [line.split() for line in table(text)[1:]]
    assert [r[0] for r in rows] == ["2023-05-01", "2023-06-01", "2023-07-01"]  # --start/--end: every period
    assert rows[0][1] == "nan" and rows[0][2] == "0"


def test_series_out_writes_csv(tmp_path, seed_events_path):
    """--out writes the series as CSV and says so."""
    target = tmp_path / "s.csv"
    status, text = run(["series", str(seed_events_path), "--freq", "W", "--out", str(target)])
    assert status == 0 and f"to {target}" in text
    csv_text = target.read_text(encoding="utf-8")
    assert csv_text == read_jsonl(seed_events_path).series("W").to_csv_text()
    assert csv_text.startswith("period,value,count\n")


def test_series_reads_csv_and_parquet(tmp_path, seed_events_path):
    """The events file may be .csv or .parquet as well."""
    t = read_jsonl(seed_events_path)
    t.to_csv(tmp_path / "e.csv")
    t.to_parquet(tmp_path / "e.parquet")
    outputs = {"\n".join(table(run(["series", str(tmp_path / name)])[1])) for name in ("e.csv", "e.parquet")}
    assert outputs == {"\n".join(table(run(["series", str(seed_events_path)])[1]))}


@pytest.mark.parametrize(
    ("files", "argv", "words"),
    [
        ({}, ["series", "{d}/missing.jsonl"], "No such file"),
        ({"e.txt": "x"}, ["series", "{d}/e.txt"], "expected an events file ending in .jsonl, .csv or .parquet"),
        ({"e.jsonl": '{"date": "2023-06-18", "actor": "USA", "target": "CHN", "code": "999", "tension": 1}\n'},
         ["series", "{d}/e.jsonl"], "line 1, column 'code'"),
        ({"e.jsonl": '{"date": "2023-06-18", "actor": "USA", "target": "CHN", "code": "042", "tension": 1}\n'},
         ["series", "{d}/e.jsonl", "--start", "2023-07-01", "--end", "2023-06-01"], "field 'end'"),
        ({"e.jsonl": '{"date": "2023-06-18", "actor": "USA", "target": "CHN", "code": "042", "tension": 1}\n'},
         ["series", "{d}/e.jsonl", "--start", "someday"], "field 'start'"),
    ],
)
def test_errors_exit_1_with_a_message_on_stderr(tmp_path, capsys, files, argv, words):
    """Bad files and bad values exit with status 1 and a 'tension: error:' line on stderr, nothing on stdout."""
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    status, text = run([a.format(d=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert status == 1 and text == ""
    assert err.startswith("tension: error: ") and words in err


@pytest.mark.parametrize("argv", [["series"], ["series", "x.jsonl", "--freq", "Y"], ["series", "x.jsonl", "--dyad", "USA"], ["nope"], []])
def test_usage_errors_exit_2(argv, capsys):
    """Usage errors (missing or bad arguments) exit with status 2 and a usage message."""
    with pytest.raises(SystemExit) as info:
        run(argv)
    assert info.value.code == 2
    assert "usage: tension" in capsys.readouterr().err


def test_parse_dyad():
    """'usa:chn' becomes ('USA', 'CHN'); empty gives None."""
    assert parse_dyad("usa:chn") == ("USA", "CHN")
    assert parse_dyad("") is None and parse_dyad(None) is None


def test_python_dash_m_help_and_version():
    """`python -m tension --help` and `--version` work in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-m", "tension", "--help"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0 and "series" in done.stdout and "usage: tension" in done.stdout
    done = subprocess.run([sys.executable, "-m", "tension", "--version"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0 and done.stdout.startswith("tension ")


# ---------------------------------------------------------------- extract and demo


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def test_demo_prints_events_series_and_gold() -> None:
    """`tension demo` extracts the bundled seed and prints events, the monthly series and the gold check."""
    code, text = _run(["demo"])
    assert code == 0
    assert "CHNMIL -> USAMIL    125" in text
    assert "Monthly US–China tension" in text
    assert "2023-02-01" in text
    assert "required gold found:     12 / 12" in text or "required gold found:     11 / 12" in text


def test_extract_text_file_formats(tmp_path: Path) -> None:
    """`tension extract FILE --published` prints a table, JSON Lines or CSV."""
    f = tmp_path / "story.txt"
    f.write_text("On Sunday, Japan protested to China. Korea praised India.", encoding="utf-8")
    code, text = _run(["extract", str(f), "--published", "2023-06-19"])
    assert code == 0 and "JPN -> CHN" in text
    code, text = _run(["extract", str(f), "--published", "2023-06-19", "--format", "jsonl"])
    rows = [json.loads(line) for line in text.splitlines()]
    assert [r["date"] for r in rows] == ["2023-06-18", "2023-06-19"]
    assert rows[0]["source"] == "story" and rows[0]["date_phrase"] == "On Sunday"
    code, text = _run(["extract", str(f), "--published", "2023-06-19", "--format", "csv"])
    assert text.splitlines()[0].startswith("date,precision,actor,target,code,tension")
    assert len(text.splitlines()) == 3


def test_extract_jsonl_corpus(tmp_path: Path) -> None:
    """A .jsonl corpus is read document by document; ids become sources."""
    f = tmp_path / "docs.jsonl"
    docs = [{"id": "a", "published": "2023-06-19", "text": "China condemned the US."},
            {"id": 2, "published": "2020-01-01", "text": "Japan praised India."}]
    f.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    code, text = _run(["extract", str(f), "--format", "jsonl"])
    assert code == 0
    assert [json.loads(line)["source"] for line in text.splitlines()] == ["a", "2"]


def test_extract_errors(tmp_path: Path, capsys: object) -> None:
    """Missing --published, bad dates and damaged corpora exit 1 with a clear message."""
    f = tmp_path / "story.txt"
    f.write_text("China condemned the US.", encoding="utf-8")
    assert _run(["extract", str(f)])[0] == 1
    assert _run(["extract", str(f), "--published", "June 19"])[0] == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "published": "2023-06-19", "text": "ok"}\n{"id": 2, "text": "x"}\n', encoding="utf-8")
    assert _run(["extract", str(bad)])[0] == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "bad.jsonl, line 2" in err and "published" in err
    assert _run(["extract", str(tmp_path / "missing.txt"), "--published", "2023-06-19"])[0] == 1


def test_a_closed_pipe_ends_quietly(capsys):
    """A reader that goes away (`tension demo | head -1`) ends the command with status 0 and no error."""
    from tension.cli import main

    class ClosedPipe(io.StringIO):
        def write(self, s):
            raise BrokenPipeError(32, "Broken pipe")

    assert main(["demo"], out=ClosedPipe()) == 0
    assert capsys.readouterr().err == ""
