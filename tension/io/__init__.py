"""Readers and writers: the only code in :mod:`tension` that opens files."""

from __future__ import annotations

from .tables import read_csv, read_jsonl, read_parquet

__all__ = ["read_csv", "read_jsonl", "read_parquet"]
