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

__all__ = ["parse_line", "json_lines", "open_lines"]


def parse_line(path: str | Path, lineno: int, raw: bytes, *, replace: bool = False) -> tuple[dict[str, Any], int]:
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

    Returns
    -------
    obj : dict
    replaced : int
        How many bytes were replaced (0 unless ``replace``).

    Raises
    ------
    ParseError
        The line is not UTF-8 (unless ``replace``), not JSON, or not a JSON object.

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
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise ParseError(path, lineno, None, text.strip()[:80], f"expected a JSON object ({e.msg})") from None
    if not isinstance(obj, dict):
        raise ParseError(path, lineno, None, text.strip()[:80], "expected a JSON object")
    return obj, replaced


def open_lines(path: str | Path) -> gzip.GzipFile | io.BufferedReader:
    """Open a JSON Lines file for reading bytes (``.gz`` files are decompressed)."""
    if str(path).lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return open(path, "rb")


def json_lines(path: str | Path, *, replace: bool = False) -> Iterator[tuple[int, dict[str, Any], int]]:
    """``(line number, object, replaced bytes)`` for each non-blank line of a JSON Lines file.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"a": 1}\\n\\n{"a": 2}\\n')
    >>> [(n, obj) for n, obj, _ in json_lines(p)]
    [(1, {'a': 1}), (3, {'a': 2})]
    """
    with open_lines(path) as fh:
        for lineno, raw in enumerate(fh, start=1):
            if raw.strip():
                obj, replaced = parse_line(path, lineno, raw, replace=replace)
                yield lineno, obj, replaced
