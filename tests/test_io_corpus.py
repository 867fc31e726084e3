"""Tests of tension.io.corpus and tension.score_corpus: streaming JSONL, folders and iterables."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import numpy as np
import pytest

import tension
from tension.exceptions import ParseError, SchemaError, SkippedInputWarning
from tension.io.corpus import corpus_bytes, iter_batches

try:
    from tests.score_lexicon_fixture import fixture_lexicon
except ImportError:
    from score_lexicon_fixture import fixture_lexicon  # type: ignore[no-redef]

LEX = fixture_lexicon()
DOCS = [
    {"id": "a", "published": "2023-06-19", "text": "China imposed sanctions on the United States."},
    {"id": "b", "published": "2023-06-20T08:00:00Z", "text": "The US and China signed a trade deal."},
    {"id": "c", "published": None, "text": ""},
]


def _jsonl(tmp_path: Path, lines: list[str], name: str = "c.jsonl") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_jsonl_matches_score_texts(tmp_path):
    """Scores of a JSONL corpus equal score_texts on the same texts, with ids and days."""
    p = _jsonl(tmp_path, [json.dumps(d) for d in DOCS])
    s = tension.score_corpus(p, lexicon=LEX, progress=False, chunk_bytes=10)
    t = tension.score_texts([d["text"] for d in DOCS], lexicon=LEX)
    assert s.ids.tolist() == ["a", "b", "c"]
    assert s.tension.tolist() == t.tension.tolist()
    assert s.published.astype(str).tolist() == ["2023-06-19", "2023-06-20", "NaT"]
    assert s.tension[2] == 0


def test_gzip_and_workers(tmp_path):
    """A gzipped JSONL corpus scored by two workers gives the same rows in order."""
    p = tmp_path / "c.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for i in range(50):
            f.write(json.dumps({**DOCS[i % 2], "id": str(i)}) + "\n")
    s = tension.score_corpus(p, lexicon=LEX, progress=False, chunk_bytes=100, workers=2)
    assert s.ids.tolist() == [str(i) for i in range(50)]
    assert np.all(s.tension[0::2] > 0) and np.all(s.tension[1::2] < 0)


def test_malformed_line_raises_with_file_line_field(tmp_path):
    """A malformed JSONL line raises a ParseError naming file, line and field."""
    p = _jsonl(tmp_path, [json.dumps(DOCS[0]), json.dumps({"id": "x", "text": 5})])
    with pytest.raises(ParseError, match=r"c\.jsonl, line 2, column 'text'"):
        tension.score_corpus(p, lexicon=LEX, progress=False)
    p = _jsonl(tmp_path, [json.dumps({"text": "x", "published": "June 5"})], "d.jsonl")
    with pytest.raises(ParseError, match="line 1, column 'published'"):
        tension.score_corpus(p, lexicon=LEX, progress=False)


def test_malformed_lines_skipped_on_request(tmp_path):
    """With errors='warn' malformed lines are skipped, counted and reported by a warning."""
    p = _jsonl(tmp_path, [json.dumps(DOCS[0]), "{not json", json.dumps(DOCS[1])])
    with pytest.warns(SkippedInputWarning, match="skipped 1 malformed line"):
        s = tension.score_corpus(p, lexicon=LEX, progress=False, errors="warn")
    assert s.ids.tolist() == ["a", "b"] and s.skipped == 1


def test_many_skipped_lines_are_counted_and_the_first_named(tmp_path):
    """Across batches every skipped line is counted; the warning names the first three and counts the rest."""
    lines = [json.dumps(DOCS[0])] + ["{bad"] * 40 + [json.dumps(DOCS[1])]
    p = _jsonl(tmp_path, lines)
    with pytest.warns(SkippedInputWarning) as got:
        s = tension.score_corpus(p, lexicon=LEX, progress=False, errors="warn", chunk_bytes=64)
    (w,) = got
    assert "skipped 40 malformed line(s) (line 2: " in str(w.message)
    assert "line 4: " in str(w.message) and "line 5: " not in str(w.message)
    assert str(w.message).endswith(", and 37 more)")
    assert s.ids.tolist() == ["a", "b"] and s.skipped == 40


def test_bad_bytes_replaced_and_counted(tmp_path):
    """Bytes that are not UTF-8 are replaced and counted per document, never dropped."""
    good = json.dumps(DOCS[0]).encode()
    bad = good.replace(b"China imposed", b"China \xff\xfe imposed")
    p = tmp_path / "b.jsonl"
    p.write_bytes(good + b"\n" + bad + b"\n")
    s = tension.score_corpus(p, lexicon=LEX, progress=False)
    assert s.replaced_bytes.tolist() == [0, 2]
    assert s.tension[0] == s.tension[1] > 0


def test_folder_of_txt_with_published_mapping(tmp_path):
    """A folder of .txt files is read recursively in order, dated through a mapping."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(DOCS[1]["text"], encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_bytes(b"China imposed sanctions on the US.\xff")
    s = tension.score_corpus(tmp_path, lexicon=LEX, progress=False,
                             published={"b": "2023-06-20", "sub/a": "2023-06-19"})
    assert s.ids.tolist() == ["b", "sub/a"] and s.replaced_bytes.tolist() == [0, 1]
    assert s.series("D").values.tolist() == [s.tension[1], s.tension[0]]
    assert corpus_bytes(tmp_path) == sum(f.stat().st_size for f in tmp_path.rglob("*.txt"))


def test_progress_is_opt_in():
    """Nothing is written unless asked; a stream gets a bar and a callable gets byte counts."""
    calls = []
    tension.score_corpus(["China imposed sanctions on the US."] * 3, lexicon=LEX, progress=lambda d, t: calls.append(d))
    assert calls and calls[-1] > 0
    out = io.StringIO()
    tension.score_corpus(["China"] * 3, lexicon=LEX, progress=out)
    assert "scoring" in out.getvalue() and out.getvalue().endswith("\n")


def test_iterables_and_errors():
    """Tuples, dicts and bytes are documents; anything else is refused clearly."""
    s = tension.score_corpus([("x", "2023-01-02", "China"), {"id": "y", "text": b"US\xff"}, "plain"],
                             lexicon=LEX, progress=False)
    assert s.ids.tolist() == ["x", "y", "2"] and s.replaced_bytes.tolist() == [0, 1, 0]
    with pytest.raises(TypeError):
        tension.score_corpus([3.5], lexicon=LEX, progress=False)
    with pytest.raises(SchemaError):
        list(iter_batches(["x"], errors="ignore"))
    with pytest.raises(FileNotFoundError):
        tension.score_corpus("/nonexistent/corpus.jsonl", lexicon=LEX, progress=False)


def test_empty_corpus(tmp_path):
    """An empty file gives empty scores."""
    p = tmp_path / "e.jsonl"
    p.write_text("")
    assert len(tension.score_corpus(p, lexicon=LEX, progress=False)) == 0
