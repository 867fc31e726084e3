"""Tests for tension.cli: the extract and demo subcommands."""

from __future__ import annotations

import io
import json
from pathlib import Path

from tension.cli import main


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
