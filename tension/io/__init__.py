"""Readers and writers: the only code in :mod:`tension` that opens files."""

from __future__ import annotations

from .documents import iter_documents, read_text
from .gdelt import iter_gdelt, read_gdelt
from .icews import read_icews
from .tables import read_csv, read_jsonl, read_parquet

__all__ = ["read_csv", "read_jsonl", "read_parquet", "read_gdelt", "iter_gdelt", "read_icews", "read_text", "iter_documents"]
