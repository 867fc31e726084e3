"""Streaming readers of text corpora for :func:`tension.score_corpus`.

A corpus is a JSONL file (one object per line with ``text`` and optional
``id`` and ``published``; ``.gz`` files are read compressed), a folder of
``.txt`` files (searched recursively, in sorted order; the id is the path
relative to the folder, without ``.txt``), or an iterable of documents (str or
bytes, ``(id, published, text)`` tuples, or dicts like the JSONL objects).

:func:`iter_batches` yields the documents in batches of about ``chunk_bytes``
of text, so memory stays bounded whatever the corpus size. Bytes that are not
UTF-8 are replaced by U+FFFD and counted per document.

Examples
--------
>>> from tension.io.corpus import iter_batches
>>> batches = list(iter_batches(["China imposed sanctions.", b"Beijing \\xff"]))
>>> batches[0].ids, batches[0].replaced.tolist()
(['0', '1'], [0, 1])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from .._values import decode_counting, document_fields, parse_day
from ..exceptions import FieldTypeError, ParseError, SchemaError
from ._jsonl import parse_line, raw_lines

__all__ = ["Batch", "iter_batches", "corpus_bytes", "ERRORS"]

#: What to do with a malformed JSONL line: raise a ParseError, or skip it (counted, with a warning).
ERRORS: tuple[str, ...] = ("raise", "warn")

_NAT = np.datetime64("NaT", "D")


@attrs.frozen(eq=False)
class Batch:
    """Documents read from a corpus: parallel lists plus the bytes they came from."""

    ids: list[str]
    published: np.ndarray  # datetime64[D], NaT when unknown
    texts: list[str]
    replaced: np.ndarray  # int64: bytes replaced by U+FFFD in each document
    nbytes: int  # input bytes consumed (for progress)
    skipped: list[tuple[int, str]] = attrs.field(factory=list)  # (line, reason) of skipped lines


def _day(value: Any) -> np.datetime64:
    """A publication day (:func:`tension._values.parse_day`), or NaT for None and ``""``."""
    if value is None or value == "":
        return _NAT
    if isinstance(value, np.datetime64):
        return value.astype("datetime64[D]")
    return np.datetime64(parse_day(value, "published"), "D")


def _published_for(published: Any) -> Callable[[str], Any] | None:
    if published is None:
        return None
    if isinstance(published, Mapping):
        return published.get
    if callable(published):
        return published
    raise FieldTypeError("published", "None, a mapping from document id to date, or a callable id -> date",
                         type(published).__name__)


def corpus_bytes(source: Any) -> int | None:
    """Total input bytes of a file or folder corpus (None for iterables), for progress bars."""
    if isinstance(source, (str, os.PathLike)):
        p = Path(source)
        if p.is_dir():
            return sum(f.stat().st_size for f in p.rglob("*.txt") if f.is_file())
        if p.is_file():
            return p.stat().st_size
    return None


def iter_batches(
    source: Any,
    *,
    chunk_bytes: int = 1 << 20,
    published: Any = None,
    errors: str = "raise",
) -> Iterator[Batch]:
    """Read a corpus in batches of about ``chunk_bytes`` bytes of text.

    Parameters
    ----------
    source : path of a JSONL file or folder of .txt files, or an iterable of documents
    chunk_bytes : int
    published : mapping or callable, optional
        Publication day by document id (overrides the JSONL ``published`` field).
    errors : {"raise", "warn"}
        A malformed JSONL line raises :class:`~tension.exceptions.ParseError`
        (file, line, field), or with ``"warn"`` is skipped and reported in
        ``Batch.skipped``.

    Examples
    --------
    >>> from tension.io.corpus import iter_batches
    >>> [b.ids for b in iter_batches([("a", "2023-06-19", "x"), {"id": "b", "text": "y"}])]
    [['a', 'b']]
    """
    if errors not in ERRORS:
        raise SchemaError("errors", f"one of {ERRORS}", repr(errors))
    lookup = _published_for(published)
    if isinstance(source, (str, os.PathLike)):
        p = Path(source)
        if p.is_dir():
            records: Iterator[tuple[Any, ...]] = _folder_records(p)
        elif p.is_file():
            records = _jsonl_records(p, errors) if _is_jsonl(p) else _file_records(p)
        else:
            raise FileNotFoundError(f"{p}: no such corpus file or folder")
    elif isinstance(source, (bytes, bytearray)):
        raise FieldTypeError("source", "a path or an iterable of documents", "bytes")
    elif isinstance(source, Iterable):
        records = _iterable_records(source)
    else:
        raise FieldTypeError("source", "a path or an iterable of documents", type(source).__name__)
    yield from _batched(records, chunk_bytes, lookup)


def _is_jsonl(p: Path) -> bool:
    name = p.name.lower()
    return name.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz", ".ndjson", ".ndjson.gz"))


# a record: (id, published, text, replaced, nbytes, skipped-or-None)
def _batched(records: Iterator[tuple[Any, ...]], chunk_bytes: int, lookup: Callable[[str], Any] | None
             ) -> Iterator[Batch]:
    ids: list[str] = []
    days: list[np.datetime64] = []
    texts: list[str] = []
    replaced: list[int] = []
    skipped: list[tuple[int, str]] = []
    size = nbytes = 0
    for rid, day, text, bad, n, skip in records:
        nbytes += n
        if skip is not None:
            skipped.append(skip)
            continue
        if lookup is not None:
            try:
                day = _day(lookup(rid))
            except (TypeError, ValueError) as e:
                raise SchemaError("published", "an ISO date for document " + repr(rid), str(e)) from e
        ids.append(rid)
        days.append(day)
        texts.append(text)
        replaced.append(bad)
        size += len(text)
        if size >= chunk_bytes:
            yield Batch(ids, np.array(days, dtype="datetime64[D]"), texts, np.array(replaced, dtype=np.int64),
                        nbytes, skipped)
            ids, days, texts, replaced, skipped = [], [], [], [], []
            size = nbytes = 0
    if ids or skipped or nbytes:
        yield Batch(ids, np.array(days, dtype="datetime64[D]"), texts, np.array(replaced, dtype=np.int64),
                    nbytes, skipped)


def _folder_records(folder: Path) -> Iterator[tuple[Any, ...]]:
    for f in sorted(folder.rglob("*.txt")):
        if f.is_file():
            rid = f.relative_to(folder).with_suffix("").as_posix()
            data = f.read_bytes()
            text, bad = decode_counting(data)
            yield rid, _NAT, text, bad, len(data), None


def _file_records(f: Path) -> Iterator[tuple[Any, ...]]:
    data = f.read_bytes()
    text, bad = decode_counting(data)
    yield f.stem, _NAT, text, bad, len(data), None


def _jsonl_records(path: Path, errors: str) -> Iterator[tuple[Any, ...]]:
    for lineno, raw in raw_lines(path):  # a truncated .gz or an over-long line raises, naming file and line
        if not raw.strip():
            continue
        try:
            yield _jsonl_record(path, lineno, raw)
        except ParseError as e:
            if errors == "raise":
                raise
            yield None, None, None, 0, len(raw), (lineno, e.reason)


def _jsonl_record(path: Path, lineno: int, raw: bytes) -> tuple[Any, ...]:
    obj, bad = parse_line(path, lineno, raw, replace=True)
    try:
        rid, published, text = document_fields(obj, f"{path.name}:{lineno}")
    except (SchemaError, FieldTypeError) as e:
        raise ParseError(path, lineno, e.field, e.got, f"expected {e.expected}") from None
    if not isinstance(text, str):
        raise ParseError(path, lineno, "text", text, "expected a string")
    try:
        day = _day(published)
    except (TypeError, ValueError):
        raise ParseError(path, lineno, "published", published, "expected an ISO date (YYYY-MM-DD...) or null") from None
    return rid, day, text, bad, len(raw), None


def _iterable_records(items: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    for i, item in enumerate(items):
        if isinstance(item, str):
            yield str(i), _NAT, item, 0, len(item), None
            continue
        if isinstance(item, (bytes, bytearray, memoryview)):
            text, bad = decode_counting(bytes(item))
            yield str(i), _NAT, text, bad, len(item), None
            continue
        if not isinstance(item, (Mapping, tuple)):
            raise FieldTypeError("source", "documents as str, bytes, (id, published, text) or dicts",
                                 f"{type(item).__name__} at position {i}")
        rid, pub, text = document_fields(item, str(i), row=i)
        bad = 0
        if isinstance(text, (bytes, bytearray)):
            text, bad = decode_counting(bytes(text))
        if not isinstance(text, str):
            raise FieldTypeError("text", f"a str or bytes text in document {i}", type(text).__name__, i)
        try:
            day = _day(pub)
        except (TypeError, ValueError) as e:
            raise SchemaError("published", f"an ISO date in document {i}", repr(pub), i) from e
        yield rid, day, text, bad, len(text), None
