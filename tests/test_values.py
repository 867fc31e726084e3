"""Tests of tension._values: the one rule for a publication day, for UTF-8 decoding and for a dyad.

Every entry point that takes such a value goes through these rules; the tests here also check
that each entry point agrees with them, so that the rules cannot drift apart again.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tension
from tension._arrays import to_day
from tension._values import decode_counting, parse_day, parse_dyad
from tension.exceptions import FieldTypeError, ParseError, SchemaError
from tension.io.corpus import iter_batches
from tension.io.documents import iter_documents
from tension.text.dates import as_published

PUB = dt.date(2023, 6, 19)
GOOD = ["2023-06-19", " 2023-06-19 ", "2023-06-19T08:00:00", "2023-06-19T08:00:00Z", "2023-06-19 08:00",
        "2023-06-19T23:30:00-05:00"]
BAD = ["2023-06-19 junk", "2023-06-19junk", "19/06/2023", "June 19", "20230619", "2023-W25-1", "2023-06", "",
       "2023-02-30"]


def test_parse_day_accepts_dates_and_strict_iso() -> None:
    for v in GOOD + [PUB, dt.datetime(2023, 6, 19, 12)]:
        assert parse_day(v) == PUB, v
    for v in BAD:
        with pytest.raises(SchemaError, match="'published'"):
            parse_day(v, "published")
    with pytest.raises(FieldTypeError, match="'published'"):
        parse_day(20230619, "published")


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["", "T00:00:00", " 12:30", "T23:59:59Z"]))
def test_parse_day_reads_the_calendar_day(day: dt.date, time: str) -> None:
    assert parse_day(day.isoformat() + time) == day


def _corpus_day(value: object) -> object:
    return next(iter_batches([{"text": "x", "published": value}])).published[0].astype(object)


def _documents_day(tmp_path, value: object) -> object:
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": 1, "published": value, "text": "x"}) + "\n")
    return dt.date.fromisoformat(next(iter_documents(p))[1])


def test_every_entry_point_agrees(tmp_path) -> None:
    """as_published, to_day, the scoring corpus reader and the document reader take the same days."""
    readers = [as_published, lambda v: to_day(v).astype(object), _corpus_day, lambda v: _documents_day(tmp_path, v)]
    for read in readers:
        for v in GOOD:
            assert read(v) == PUB, (read, v)
        for v in BAD:
            if v == "" and read is _corpus_day:
                continue  # an empty publication day is "unknown" in a corpus
            with pytest.raises((SchemaError, ParseError)):
                read(v)


def test_decode_counting() -> None:
    assert decode_counting("Beijing’s".encode()) == ("Beijing’s", 0)
    assert decode_counting(b"a\xffb\xc3") == ("a\ufffdb\ufffd", 2)


@given(st.binary(max_size=40))
def test_decode_counting_matches_python(data: bytes) -> None:
    text, n = decode_counting(data)
    assert text == data.decode("utf-8", "replace") or n > 0
    assert n == len(data.decode("utf-8", "surrogateescape")) - len(data.decode("utf-8", "ignore"))


def test_scoring_counts_replaced_bytes_by_the_same_rule() -> None:
    s = tension.score_texts([b"China \xff\xfe"])
    assert s.replaced_bytes.tolist() == [decode_counting(b"China \xff\xfe")[1]]


def test_parse_dyad() -> None:
    assert parse_dyad("usa:chn") == ("USA", "CHN") == parse_dyad(["USA", "CHN"]) == parse_dyad(("usa", "chn"))
    assert parse_dyad(None) is None
    for bad in ("USA", "USA:CHN:RUS", ":CHN", ("USA", ""), ("USA", 3)):
        with pytest.raises(SchemaError, match="dyad"):
            parse_dyad(bad)
    with pytest.raises(FieldTypeError):
        parse_dyad(5)


def test_every_dyad_entry_point_agrees() -> None:
    """score_texts, the GDELT/ICEWS readers' dyad and the CLI read dyads by the same rule."""
    from tension.cli import parse_dyad as cli_dyad

    assert cli_dyad("usa:chn") == parse_dyad("usa:chn")
    assert tension.score_texts(["x"], dyad=("usa", "chn")).dyad == ("USA", "CHN")
    assert tension.score_texts(["x"], dyad="usa:chn").dyad == ("USA", "CHN")
    with pytest.raises(SchemaError):
        tension.read_gdelt([], dyad="USA")


def test_document_fields() -> None:
    from tension._values import document_fields

    assert document_fields(("a", "2023-06-19", "x"), "0") == ("a", "2023-06-19", "x")
    assert document_fields({"id": 7, "text": "x"}, "0") == ("7", None, "x")
    assert document_fields({"text": "x"}, "f.jsonl:3") == ("f.jsonl:3", None, "x")
    with pytest.raises(SchemaError, match="'published'") as info:
        document_fields({"text": "x"}, "0", need_published=True, row=4)
    assert info.value.row == 4
    with pytest.raises(SchemaError, match="'text'"):
        document_fields({"id": "a"}, "0")
    for bad in ({"id": True, "text": "x"}, {"id": [1], "text": "x"}, ("a", "b"), 5):
        with pytest.raises(FieldTypeError):
            document_fields(bad, "0")


def test_every_document_reader_agrees(tmp_path) -> None:
    """Extraction, the scoring corpus reader and the document reader read documents by the same rule."""
    docs = [{"id": 7, "published": "2023-06-19", "text": "China condemned US tariffs."}]
    assert tension.extract_corpus(docs).source.tolist() == ["7"]
    assert next(iter_batches(docs)).ids == ["7"]
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps(docs[0]) + "\n")
    assert next(iter_documents(p))[0] == "7"
    assert tension.score_corpus(p, progress=False).ids.tolist() == ["7"]
    bad = [{"id": True, "published": "2023-06-19", "text": "x"}]
    for read in (tension.extract_corpus, lambda d: next(iter_batches(d))):
        with pytest.raises(FieldTypeError, match="'id'"):
            read(bad)
