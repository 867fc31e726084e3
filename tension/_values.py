"""The rules for single input values that readers and the text path share (internal, Model layer).

One home for each rule, so that every reader and the text path agree:

* :func:`parse_day`: a publication day (or any one date) from ``datetime.date``,
  ``datetime.datetime`` or a strict ISO string;
* :func:`decode_counting`: UTF-8 bytes to text, counting the bytes that were not UTF-8;
* :func:`replace_surrogates`: text with its lone surrogates (which UTF-8 cannot hold) as U+FFFD;
* :func:`parse_dyad`: a pair of actor code prefixes from ``"USA:CHN"`` or ``("USA", "CHN")``;
* :func:`document_fields`: a news document's id, publication day and text, from a mapping
  (a JSON object) or an ``(id, published, text)`` tuple.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .exceptions import FieldTypeError, SchemaError

__all__ = ["parse_day", "is_plain_day", "decode_counting", "replace_surrogates", "parse_dyad", "document_fields", "ISO_DAY"]

#: What :func:`parse_day` accepts as a string: ``YYYY-MM-DD``, optionally followed by ``T`` or a
#: space and an ISO time (with an optional ``Z`` or UTC offset); surrounding white space is ignored.
ISO_DAY = "YYYY-MM-DD or an ISO date-time such as '2023-06-19T08:00:00Z'"

_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_plain_day(text: str) -> bool:
    """Whether ``text`` is exactly ``YYYY-MM-DD`` with a year after 0 (a candidate for a bulk date parse;
    :func:`parse_day` stays the rule, and a month or day out of range still fails there).

    >>> is_plain_day("2024-02-29"), is_plain_day("2024-02-29T08:00:00Z"), is_plain_day("0000-01-01")
    (True, False, False)
    """
    return len(text) == 10 and _DAY_RE.fullmatch(text) is not None and text[:4] != "0000"


def parse_day(value: Any, field: str = "date") -> _dt.date:
    """One day from a ``datetime.date``, a ``datetime.datetime`` (its date) or a strict ISO string.

    A string is ``YYYY-MM-DD``, or that followed by ``T`` or one space and an ISO
    time, whose calendar day (as written, whatever the offset) is taken.
    Anything else in the string is refused: ``"2023-06-19 junk"`` is not a day.

    Raises
    ------
    SchemaError
        A string that is not such a date.
    FieldTypeError
        A value that is neither a date nor a string.

    Examples
    --------
    >>> from tension._values import parse_day
    >>> parse_day("2023-06-19"), parse_day(" 2023-06-19T23:30:00-05:00 ")
    (datetime.date(2023, 6, 19), datetime.date(2023, 6, 19))
    >>> parse_day("2023-06-19 junk", "published")
    Traceback (most recent call last):
    ...
    tension.exceptions.SchemaError: field 'published': expected YYYY-MM-DD or an ISO date-time such as '2023-06-19T08:00:00Z', got '2023-06-19 junk'
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise FieldTypeError(field, "a datetime.date or an ISO date string", value)
    text = value.strip()
    try:
        if _DAY_RE.match(text):
            if len(text) == 10:
                return _dt.date.fromisoformat(text)
            if text[10] in "T ":
                return _dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise SchemaError(field, ISO_DAY, repr(value))


_SURROGATES = re.compile("[\udc80-\udcff]")


def decode_counting(data: bytes) -> tuple[str, int]:
    """Decode UTF-8, replacing each byte that is not UTF-8 by U+FFFD; return the text and their count.

    Examples
    --------
    >>> from tension._values import decode_counting
    >>> decode_counting(b"Beijing \\xff\\xfe said")
    ('Beijing \\ufffd\\ufffd said', 2)
    """
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", "surrogateescape")
        text, n = _SURROGATES.subn("\ufffd", text)
        return text, n


_LONE_SURROGATES = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (U+D800 to U+DFFF, which UTF-8 cannot hold) replaced by U+FFFD.

    One code point for one, so offsets into the text stay valid.

    Examples
    --------
    >>> from tension._values import replace_surrogates
    >>> replace_surrogates("Beijing \\ud800 said")
    'Beijing \\ufffd said'
    """
    return _LONE_SURROGATES.sub("\ufffd", text) if isinstance(text, str) else text


def parse_dyad(value: str | Sequence[str] | None, field: str = "dyad") -> tuple[str, str] | None:
    """Two actor code prefixes, upper-cased, from ``"USA:CHN"`` or ``("USA", "CHN")``; ``None`` stays ``None``.

    Raises
    ------
    SchemaError
        Not exactly two non-empty codes.
    FieldTypeError
        Neither a string nor a sequence of strings.

    Examples
    --------
    >>> from tension._values import parse_dyad
    >>> parse_dyad("usa:CHN"), parse_dyad(("USA", "RUS")), parse_dyad(None)
    (('USA', 'CHN'), ('USA', 'RUS'), None)
    >>> parse_dyad("USA")
    Traceback (most recent call last):
    ...
    tension.exceptions.SchemaError: field 'dyad': expected two actor code prefixes, as 'USA:CHN' or ('USA', 'CHN'), got 'USA'
    """
    if value is None:
        return None
    if isinstance(value, str):
        parts: list[Any] = value.split(":")
    elif isinstance(value, (tuple, list)):
        parts = list(value)
    else:
        raise FieldTypeError(field, "two actor code prefixes, as 'USA:CHN' or ('USA', 'CHN')", value)
    if len(parts) != 2 or not all(isinstance(p, str) and p for p in parts):
        raise SchemaError(field, "two actor code prefixes, as 'USA:CHN' or ('USA', 'CHN')", repr(value))
    return parts[0].upper(), parts[1].upper()


_DOCUMENT = "an (id, published, text) tuple or a mapping with keys 'id', 'published' and 'text'"


def document_fields(doc: Any, default_id: str, *, need_published: bool = False, row: int | None = None
                    ) -> tuple[str, Any, Any]:
    """A document's ``(id, published, text)``, as given: the one rule for what a document is.

    A document is a mapping with ``text`` and optional ``id`` and ``published``
    (required when ``need_published``), or an ``(id, published, text)`` tuple or
    list. The id is a string or an integer, kept as a string (default
    ``default_id``); a missing ``published`` is ``None``. The values of
    ``published`` and ``text`` are checked by the caller (a day, a str or bytes).

    Raises
    ------
    SchemaError
        A required key is missing (``field`` names it; ``row`` is passed through).
    FieldTypeError
        Neither a mapping nor a 3-tuple, or an id that is not a string or integer.

    Examples
    --------
    >>> from tension._values import document_fields
    >>> document_fields({"id": 7, "published": "2023-06-19", "text": "Hi."}, "0")
    ('7', '2023-06-19', 'Hi.')
    >>> document_fields({"text": "Hi."}, "c.jsonl:3")
    ('c.jsonl:3', None, 'Hi.')
    >>> document_fields({"text": "Hi."}, "3", need_published=True, row=3)
    Traceback (most recent call last):
    ...
    tension.exceptions.SchemaError: field 'published' (row 3): expected a document with keys 'id', 'published' and 'text', got keys ['text']
    """
    if isinstance(doc, Mapping):
        for key in ("published", "text") if need_published else ("text",):
            if key not in doc:
                raise SchemaError(key, "a document with keys 'id', 'published' and 'text'",
                                  f"keys {sorted(map(str, doc))}", row)
        rid, published, text = doc.get("id", default_id), doc.get("published"), doc["text"]
    elif isinstance(doc, (tuple, list)) and len(doc) == 3:
        rid, published, text = doc
    else:
        raise FieldTypeError("document", _DOCUMENT, doc, row)
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise FieldTypeError("id", "a string or an integer document id", rid, row)
    return str(rid), published, text
