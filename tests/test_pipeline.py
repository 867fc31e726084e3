"""Tests of tension.pipeline: files and corpora through the Text and IO kernels."""

from __future__ import annotations

import json

import pytest

import tension
from tension.exceptions import ParseError, TensionError
from tension.pipeline import extract_file, iter_file_documents, read_events

TEXT = "Blinken visited Beijing on Sunday. China condemned US tariffs."


def test_extract_file_equals_extract_events(tmp_path) -> None:
    p = tmp_path / "article.txt"
    p.write_text(TEXT, encoding="utf-8")
    want = tension.extract_events(TEXT, published="2023-06-19", source="article")
    assert extract_file(p, published="2023-06-19") == want
    assert extract_file(p, published=lambda path: "2023-06-19", source="x").source.tolist() == ["x"] * len(want)
    with pytest.raises(ParseError, match="published"):
        extract_file(p)


def test_jsonl_corpus_equals_extract_corpus(tmp_path) -> None:
    docs = [{"id": "a", "published": "2023-06-19", "text": TEXT}, {"id": "b", "published": "2024-02-01", "text": "x"}]
    p = tmp_path / "docs.JSONL"
    p.write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    assert [d[0] for d in iter_file_documents(p)] == ["a", "b"]
    assert extract_file(p) == tension.extract_corpus(docs)


def test_read_events_by_extension(tmp_path) -> None:
    t = tension.EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"], code=["042"],
                                       tension=[-1.9])
    for name, write in (("e.jsonl", t.to_jsonl), ("e.csv", t.to_csv), ("e.parquet", t.to_parquet)):
        write(tmp_path / name)
        assert read_events(tmp_path / name) == t
    with pytest.raises(TensionError, match="xlsx"):
        read_events(tmp_path / "e.xlsx")


def test_score_corpus_is_score_texts_in_batches() -> None:
    texts = ["China imposed sanctions on the United States.", "The US and China signed a trade deal."] * 50
    whole = tension.score_texts(texts)
    streamed = tension.score_corpus(texts, chunk_bytes=200, progress=False, workers=2)
    assert streamed.tension.tolist() == whole.tension.tolist()
    assert streamed.ids.tolist() == whole.ids.tolist()
