"""One JSON Lines line reader for every reader of :mod:`tension` (internal).

Event tables (:func:`tension.read_jsonl`), news corpora for extraction
(:func:`tension.io.documents.iter_documents`) and corpora for bulk scoring
(:mod:`tension.io.corpus`) all read one JSON object per line; this module holds the
decoding and parsing rules they share, with errors that name file, line and value.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .._values import decode_counting
from ..exceptions import ParseError
from . import _sources

__all__ = ["parse_line", "json_lines", "open_lines", "raw_lines"]


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        raise _DuplicateKey(next(k for k, _ in pairs if k in seen or seen.add(k)))  # type: ignore[func-returns-value]
    return obj


def parse_line(path: str | Path, lineno: int, raw: bytes, *, replace: bool = False,
               unique_keys: bool = False) -> tuple[dict[str, Any], int]:
    """Parse one JSON Lines line into an object.

    Parameters
    ----------
    path, lineno
        Where the line comes from (for error messages).
    raw : bytes
        The line as read from the file.
    replace : bool
        Replace bytes that are not UTF-8 by U+FFFD (and count them) instead of raising.
        A byte-order mark at the start of the file is dropped either way.
    unique_keys : bool
        Refuse an object that names a key twice (JSON itself would keep the last value silently).

    Returns
    -------
    obj : dict
    replaced : int
        How many bytes were replaced (0 unless ``replace``).

    Raises
    ------
    ParseError
        The line is not UTF-8 (unless ``replace``), not JSON, not a JSON object,
        nested too deeply, holds a number too long to convert (over 4,300 digits), or
        (with ``unique_keys``) names a key twice.

    Examples
    --------
    >>> parse_line("c.jsonl", 3, b'{"text": "Beijing \\xff"}', replace=True)
    ({'text': 'Beijing \\ufffd'}, 1)
    >>> parse_line("c.jsonl", 3, b'[1, 2]')
    Traceback (most recent call last):
    ...
    tension.exceptions.ParseError: c.jsonl, line 3: expected a JSON object; got '[1, 2]'
    """
    if replace:
        text, replaced = decode_counting(raw[3:] if lineno == 1 and raw.startswith(b"\xef\xbb\xbf") else raw)
    else:
        try:
            text, replaced = raw.decode("utf-8-sig" if lineno == 1 else "utf-8"), 0
        except UnicodeDecodeError as e:
            raise ParseError(path, lineno, None, raw[max(e.start - 10, 0): e.end + 10], "expected UTF-8 text") from None
    try:
        obj = json.loads(text, object_pairs_hook=_unique_pairs) if unique_keys else json.loads(text)
    except json.JSONDecodeError as e:
        raise ParseError(path, lineno, None, text.strip()[:80], f"expected a JSON object ({e.msg})") from None
    except _DuplicateKey as e:
        raise ParseError(path, lineno, e.key, None, "expected each key once in a JSON object; this one is repeated") from None
    except RecursionError:
        raise ParseError(path, lineno, None, text.strip()[:80], "expected a JSON object nested less deeply") from None
    except ValueError as e:  # e.g. an integer of more digits than Python converts
        raise ParseError(path, lineno, None, text.strip()[:80], f"expected a JSON object with convertible values ({e})") from None
    if not isinstance(obj, dict):
        raise ParseError(path, lineno, None, text.strip()[:80], "expected a JSON object")
    return obj, replaced


def open_lines(path: str | Path) -> gzip.GzipFile | io.BufferedReader:
    """Open a JSON Lines file for reading bytes (``.gz`` files are decompressed)."""
    if str(path).lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return open(path, "rb")


def raw_lines(path: str | Path) -> Iterator[tuple[int, bytes]]:
    """``(line number, bytes)`` of each line of a JSON Lines file (``.gz`` decompressed).

    A truncated or damaged ``.gz`` file and a line longer than
    :data:`tension.io._sources.MAX_LINE_BYTES` raise :class:`~tension.ParseError`
    naming the file and the line, before an over-long line is read whole.
    """
    lineno = 0
    limit = _sources.MAX_LINE_BYTES
    try:
        with open_lines(path) as fh:
            while raw := fh.readline(limit + 1):
                lineno += 1
                if len(raw) > limit:
                    raise _sources.line_too_long(path, lineno)
                yield lineno, raw
    except _sources.GZIP_ERRORS as e:
        raise _sources.damaged_gzip(path, lineno + 1, e) from None


def json_lines(path: str | Path, *, replace: bool = False, unique_keys: bool = False
               ) -> Iterator[tuple[int, dict[str, Any], int]]:
    """``(line number, object, replaced bytes)`` for each non-blank line of a JSON Lines file.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"a": 1}\\n\\n{"a": 2}\\n')
    >>> [(n, obj) for n, obj, _ in json_lines(p)]
    [(1, {'a': 1}), (3, {'a': 2})]
    """
    for lineno, raw in raw_lines(path):
        if raw.strip():
            obj, replaced = parse_line(path, lineno, raw, replace=replace, unique_keys=unique_keys)
            yield lineno, obj, replaced
