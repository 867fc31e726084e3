"""score_corpus over files read as Arrow batches: JSON Lines (pyarrow's reader, block by block, with the
line-by-line rules where the fast path cannot apply them), Parquet, folders of text and gzip files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tension
from tension.exceptions import ParseError, SchemaError, SkippedInputWarning
from tension.io.corpus import iter_batches

try:
    from tests.score_lexicon_fixture import fixture_lexicon
except ImportError:  # pytest's rootdir-relative imports
    from score_lexicon_fixture import fixture_lexicon  # type: ignore[no-redef]

LEX = fixture_lexicon()
ENGINES = ["numpy", "numba"] if tension.text.score._numba_installed() else ["numpy"]

SENTENCES = ["China imposed sanctions on the US.", "The US and China signed a trade deal.",
             "Beijing did not agree to talks with Washington.", "Rain fell in Taipei.", "MEET the PRC. US met China.",
             "Zhōngguó and America — “agreed”.", ""]


def _docs(n: int, seed: int = 0) -> list[dict]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        text = " ".join(rng.choice(SENTENCES, size=int(rng.integers(0, 6))).tolist())
        out.append({"id": f"d{i}", "published": f"2023-06-{1 + i % 28:02d}", "text": text})
    return out


def _same(a: tension.TextScores, b: tension.TextScores) -> None:
    assert a.ids.tolist() == b.ids.tolist()
    assert a.published.tolist() == b.published.tolist()
    for f in ("tension", "conflict", "cooperation", "terms", "dyad_sentences", "replaced_bytes"):
        assert getattr(a, f).tolist() == getattr(b, f).tolist(), f


def _write_jsonl(path: Path, lines: list[bytes]) -> Path:
    data = b"".join(lines)
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_jsonl_equals_in_memory(tmp_path, name, engine):
    """A JSONL corpus read block by block scores exactly as the same documents in memory."""
    docs = _docs(300)
    p = _write_jsonl(tmp_path / name, [json.dumps(d, ensure_ascii=False).encode() + b"\n" for d in docs])
    got = tension.score_corpus(p, lexicon=LEX, progress=False, chunk_bytes=2000, engine=engine, workers=2)
    _same(got, tension.score_corpus(docs, lexicon=LEX, progress=False, engine="numpy"))
    assert isinstance(next(iter_batches(p, chunk_bytes=2000)).texts, pa.Array)  # the fast path was taken


line = st.one_of(
    st.sampled_from(SENTENCES).map(lambda t: {"id": "x", "text": t}),
    st.sampled_from(SENTENCES).map(lambda t: {"id": 7, "text": t, "published": "2023-01-02T08:00:00Z"}),
    st.sampled_from(SENTENCES).map(lambda t: {"text": t}),
    st.sampled_from(SENTENCES).map(lambda t: {"id": "y", "text": t, "extra": {"a": [1, "\xff"]}}),
).map(lambda d: json.dumps(d).encode() + b"\n")
odd = st.sampled_from([b"\n", b"   \n", b'{"id": "b", "text": "China \xff\xfe sanctioned the US"}\n',
                       b'{"id": "c", "text": "US", "title": "\xff"}\n', b'{"id": "d", "text": "a"} {"id": "e", "text": "b"}\n',
                       b'{"id": "f", "text": "China accused the US", "published": ""}\n',
                       b'{"id": "g", "text": "China accused the US", "published": null}\n'])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(line, line, odd), min_size=1, max_size=40), chunk=st.sampled_from([40, 300, 1 << 20]),
       bom=st.booleans())
def test_jsonl_blocks_keep_the_line_rules(tmp_path_factory, lines, chunk, bom):
    """Ids defaulting to file:line, replaced bytes counted per line (anywhere in it), blank lines, BOMs, and two
    objects on one line (an error) are as the line-by-line reader has them."""
    p = tmp_path_factory.mktemp("j") / "c.jsonl"
    _write_jsonl(p, ([b"\xef\xbb\xbf"] if bom else []) + lines)
    from tension.io import corpus as C

    raw_lines = p.read_bytes().splitlines(keepends=True)
    want_batches = list(C._batched(C._jsonl_lines(p, ((n, raw) for n, raw in enumerate(raw_lines, 1)
                                                    if raw.strip()), "warn"), 1 << 62, None))
    got = list(iter_batches(p, chunk_bytes=chunk, errors="warn"))
    ids = [i for b in got for i in b.ids]
    assert ids == [i for b in want_batches for i in b.ids]
    assert [int(r) for b in got for r in b.replaced] == [int(r) for b in want_batches for r in b.replaced]
    assert [s for b in got for s in b.skipped] == [s for b in want_batches for s in b.skipped]
    texts = [t for b in got for t in (b.texts.to_pylist() if isinstance(b.texts, pa.Array) else b.texts)]
    assert texts == [t for b in want_batches for t in b.texts]
    assert sum(b.nbytes for b in got) >= sum(b.nbytes for b in want_batches)


def test_jsonl_errors_name_file_and_line(tmp_path):
    """A bad line in a block read by pyarrow is still reported with its file and line."""
    good = [json.dumps(d).encode() + b"\n" for d in _docs(50)]
    p = _write_jsonl(tmp_path / "c.jsonl", good[:30] + [b'{"id": "z", "text": 5}\n'] + good[30:])
    with pytest.raises(ParseError) as e:
        tension.score_corpus(p, lexicon=LEX, progress=False, chunk_bytes=500)
    assert e.value.line == 31 and e.value.column == "text"
    p = _write_jsonl(tmp_path / "d.jsonl", good[:40] + [b'{"id": "z", "text": "x", "published": "June"}\n'])
    with pytest.raises(ParseError) as e:
        tension.score_corpus(p, lexicon=LEX, progress=False, chunk_bytes=1 << 20)
    assert e.value.line == 41 and e.value.column == "published"
    with pytest.warns(SkippedInputWarning, match="line 41"):
        s = tension.score_corpus(p, lexicon=LEX, progress=False, errors="warn")
    assert len(s) == 40 and s.skipped == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_parquet_equals_in_memory(tmp_path, engine):
    """A Parquet corpus (named columns, dates or strings) scores as the same documents in memory."""
    docs = _docs(500, seed=1)
    table = pa.table({"body": [d["text"] for d in docs], "doc": [d["id"] for d in docs],
                      "day": pa.array(np.array([d["published"] for d in docs], dtype="datetime64[D]"))})
    p = tmp_path / "c.parquet"
    pq.write_table(table, p, row_group_size=120)
    got = tension.score_corpus(p, lexicon=LEX, progress=False, chunk_bytes=3000, engine=engine,
                               text_column="body", id_column="doc", published_column="day")
    _same(got, tension.score_corpus(docs, lexicon=LEX, progress=False, engine="numpy"))
    pq.write_table(pa.table({"text": [d["text"] for d in docs], "published": [d["published"] for d in docs]}), p)
    got = tension.score_corpus(p, lexicon=LEX, progress=False, engine=engine)
    assert got.ids.tolist() == [str(i) for i in range(len(docs))]
    assert got.tension.tolist() == tension.score_texts([d["text"] for d in docs], lexicon=LEX).tension.tolist()
    assert got.published.tolist() == [np.datetime64(d["published"]).astype(object) for d in docs]
    with pytest.raises(SchemaError, match="text_column"):
        tension.score_corpus(p, lexicon=LEX, progress=False, text_column="body")


def test_parquet_binary_text_is_replaced_and_counted(tmp_path):
    """A binary text column is decoded as UTF-8, bytes that are not UTF-8 replaced and counted."""
    p = tmp_path / "b.parquet"
    pq.write_table(pa.table({"text": pa.array([b"China \xff sanctioned the US", None, b"ok"], pa.binary())}), p)
    s = tension.score_corpus(p, lexicon=LEX, progress=False)
    assert s.replaced_bytes.tolist() == [1, 0, 0]
    assert s.tension.tolist() == tension.score_texts([b"China \xff sanctioned the US", b"", b"ok"],
                                                     lexicon=LEX).tension.tolist()


@pytest.mark.parametrize("engine", ENGINES)
def test_folder_of_text_and_gzip_files(tmp_path, engine):
    """A folder of .txt and .txt.gz files: one document each, ids without the suffix, bad bytes counted."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(b"China imposed sanctions on the US.")
    (tmp_path / "sub" / "b.txt.gz").write_bytes(gzip.compress(b"The US and China \xff signed a trade deal."))
    (tmp_path / "notes.md").write_text("ignored")
    s = tension.score_corpus(tmp_path, lexicon=LEX, progress=False, engine=engine)
    assert s.ids.tolist() == ["a", "sub/b"]
    assert s.replaced_bytes.tolist() == [0, 1]
    want = tension.score_texts([b"China imposed sanctions on the US.", b"The US and China \xff signed a trade deal."],
                               lexicon=LEX)
    assert s.tension.tolist() == want.tension.tolist()
    one = tension.score_corpus(tmp_path / "sub" / "b.txt.gz", lexicon=LEX, progress=False, engine=engine)
    assert one.ids.tolist() == ["b"] and one.tension.tolist() == want.tension.tolist()[1:]
