"""Readers for news documents: a plain text file, or a JSON Lines corpus of documents.

A corpus file has one JSON object per line with ``id`` (any JSON scalar, kept as
a string), ``published`` (an ISO date) and ``text`` (a string). Blank lines are
allowed. Damaged input raises :class:`~tension.exceptions.ParseError` naming the
file, line and field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .._values import document_fields, parse_day
from ..exceptions import FieldTypeError, ParseError, SchemaError
from ._jsonl import json_lines

__all__ = ["read_text", "iter_documents"]


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file (a BOM is dropped).

    Raises
    ------
    ParseError
        The bytes are not UTF-8 (the message names the line).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes("China’s visit".encode("utf-8"))
    >>> read_text(p)
    'China’s visit'
    """
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ParseError(path, line, None, raw[e.start:e.start + 8], "expected UTF-8 text") from None


def iter_documents(path: str | Path) -> Iterator[tuple[str, str, str]]:
    """Yield ``(id, published, text)`` from a JSON Lines corpus file.

    Raises
    ------
    ParseError
        A line is not UTF-8 or not a JSON object, or ``published``/``text`` is
        missing or of the wrong kind (the message names file, line and field).

    Examples
    --------
    >>> import tempfile, pathlib, json
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "docs.jsonl"
    >>> _ = p.write_text(json.dumps({"id": 7, "published": "2023-06-19", "text": "Hi."}) + "\\n\\n")
    >>> list(iter_documents(p))
    [('7', '2023-06-19', 'Hi.')]
    """
    for lineno, obj, _ in json_lines(path):
        try:
            rid, published, text = document_fields(obj, str(lineno), need_published=True)
        except (SchemaError, FieldTypeError) as e:
            raise ParseError(path, lineno, e.field, None, f"expected {e.expected}") from None
        if not isinstance(text, str):
            raise ParseError(path, lineno, "text", text, "expected a string")
        try:
            day = parse_day(published, "published").isoformat()
        except (TypeError, ValueError):
            raise ParseError(path, lineno, "published", published, "expected an ISO date") from None
        yield rid, day, text
