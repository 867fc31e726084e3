"""Tests of the `tension score` command."""

from __future__ import annotations

import io
import json

from tension.cli import main

DOCS = [
    {"id": "a", "published": "2023-06-19", "text": "China imposed sanctions on the United States."},
    {"id": "b", "published": "2023-06-21", "text": "The US and China signed a trade deal."},
]


def test_score_prints_daily_series(tmp_path):
    """`tension score CORPUS` prints one row per day, empty days included."""
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["score", str(p), "--no-progress"], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == ("# corpus c.jsonl: 2 documents scored for USA:CHN (tension of the sentences naming both), "
                        "published 2023-06-19 to 2023-06-21")
    assert lines[1].startswith("# value = summed tension of the day's documents")
    assert lines[3].startswith("2023-06-19") and lines[4].startswith("2023-06-21")
    assert lines[5:] == ["# 1 day without documents not shown (--start/--end print every day)"]


def test_score_writes_monthly_csv_and_docs(tmp_path):
    """--freq M --out writes the series as CSV and --docs the per-document scores."""
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["score", str(p), "--freq", "M", "--out", str(tmp_path / "s.csv"), "--docs",
                 str(tmp_path / "d.csv")], out) == 0
    assert (tmp_path / "s.csv").read_text().splitlines()[1].startswith("2023-06-01,")
    assert (tmp_path / "d.csv").read_text().splitlines()[0].startswith("id,published,tension")


def test_score_reports_malformed_line(tmp_path, capsys):
    """A malformed line is an error naming file and line, exit status 1."""
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps(DOCS[0]) + "\n{oops\n", encoding="utf-8")
    assert main(["score", str(p), "--no-progress"], io.StringIO()) == 1
    assert "line 2" in capsys.readouterr().err


def test_score_engines_and_parquet_columns(tmp_path):
    """--engine numpy and numba print the same series; a Parquet corpus takes its column names."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = tmp_path / "c.parquet"
    pq.write_table(pa.table({"body": [d["text"] for d in DOCS], "day": [d["published"] for d in DOCS]}), p)
    outs = []
    for engine in ("numpy", "auto"):
        out = io.StringIO()
        assert main(["score", str(p), "--no-progress", "--engine", engine, "--text-column", "body",
                     "--published-column", "day"], out) == 0
        outs.append(out.getvalue())
    rows = [line for line in outs[0].splitlines() if not line.startswith("#")]  # the table, not the header
    assert outs[0] == outs[1] and rows[1].startswith("2023-06-19")


def _folder(tmp_path):
    (tmp_path / "txt" / "sub").mkdir(parents=True)
    (tmp_path / "txt" / "sub" / "a.txt").write_text(DOCS[0]["text"], encoding="utf-8")
    (tmp_path / "txt" / "b.txt").write_text(DOCS[1]["text"], encoding="utf-8")
    return tmp_path / "txt"


def test_score_folder_takes_published_days_from_a_csv(tmp_path):
    """--published FILE.csv gives a folder of .txt files its days by document id."""
    days = tmp_path / "days.csv"
    days.write_text("id,published\nsub/a,2024-01-02\nb,2024-01-05\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["score", str(_folder(tmp_path)), "--published", str(days), "--no-progress"], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].endswith("published 2024-01-02 to 2024-01-05")
    assert lines[3].split()[:3] == ["2024-01-02", "+8.000", "1"]
    assert lines[4].split()[:3] == ["2024-01-05", "-8.000", "1"]


def test_score_folder_takes_one_published_day(tmp_path):
    """--published YYYY-MM-DD dates every document of the folder."""
    out = io.StringIO()
    assert main(["score", str(_folder(tmp_path)), "--published", "2024-03-01", "--no-progress"], out) == 0
    assert out.getvalue().splitlines()[3].split() == ["2024-03-01", "0.000", "2"]


def test_score_published_errors_name_the_file_line_and_field(tmp_path, capsys):
    """A bad day or a repeated id in the --published file is refused with its line and field."""
    folder = _folder(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,published\nb,2024-01-05\nsub/a,5 Jan\n", encoding="utf-8")
    assert main(["score", str(folder), "--published", str(bad), "--no-progress"], io.StringIO()) == 1
    assert "bad.csv, line 3, column 'published': expected a day as YYYY-MM-DD; got '5 Jan'" in capsys.readouterr().err
    bad.write_text("id,published\nb,2024-01-05\nb,2024-01-06\n", encoding="utf-8")
    assert main(["score", str(folder), "--published", str(bad), "--no-progress"], io.StringIO()) == 1
    assert "line 3, column 'id': expected each id once; it is already on line 2" in capsys.readouterr().err
    bad.write_text("name,day\nb,2024-01-05\n", encoding="utf-8")
    assert main(["score", str(folder), "--published", str(bad), "--no-progress"], io.StringIO()) == 1
    assert "expected a header with the columns id and published" in capsys.readouterr().err
    assert main(["score", str(folder), "--published", "2024-13-01", "--no-progress"], io.StringIO()) == 1
    assert "--published: expected a day (YYYY-MM-DD) or an existing CSV file" in capsys.readouterr().err
