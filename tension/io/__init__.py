"""Readers and writers: the only code in :mod:`tension` that opens files."""

from __future__ import annotations

from .documents import iter_documents, read_text
from .tables import read_csv, read_jsonl, read_parquet

__all__ = ["read_csv", "read_jsonl", "read_parquet", "read_text", "iter_documents"]
