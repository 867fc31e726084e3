"""Tests for tension.io.documents: reading text files and JSONL corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from tension.exceptions import ParseError
from tension.io.documents import iter_documents, read_text


def test_read_text_utf8_and_bom(tmp_path: Path) -> None:
    """UTF-8 (with or without BOM) is read; other bytes are a ParseError naming the line."""
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffXi’s visit".encode())
    assert read_text(p) == "Xi’s visit"
    p.write_bytes(b"ok\nbad \xff byte")
    with pytest.raises(ParseError, match="line 2"):
        read_text(p)


def test_iter_documents_errors(tmp_path: Path) -> None:
    """Damaged corpus lines name file, line and field."""
    p = tmp_path / "c.jsonl"
    cases = {
        '{"published": "2023-06-19", "text": 5}': "text",
        '{"published": "19/6/2023", "text": "x"}': "published",
        '[1, 2]': "JSON object",
        'not json': "JSON object",
        '{"text": "x"}': "published",
    }
    for line, field in cases.items():
        p.write_text('{"id": 1, "published": "2023-06-19", "text": "fine"}\n' + line + "\n", encoding="utf-8")
        with pytest.raises(ParseError, match="line 2") as info:
            list(iter_documents(p))
        assert field in str(info.value)
