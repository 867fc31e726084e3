"""Tests of tension._packaged: the one reader of the packaged TSV files."""

from __future__ import annotations

from tension._packaged import read_tsv


def test_rows_are_dicts_with_their_line() -> None:
    """Every row has the header's keys and its 1-based line number in the file."""
    rows = read_tsv("cameo_codebook.tsv")
    assert rows and all(r["_line"] == str(i) for i, r in enumerate(rows, start=2))
    assert {"cameo_code", "goldstein"} <= set(rows[0])


def test_no_quoting() -> None:
    """A double quote is data, not quoting: fields are split on tabs only."""
    for name in ("actors.tsv", "event_terms.tsv", "negators.tsv", "icews_countries.tsv", "cameo_roots.tsv"):
        rows = read_tsv(name)
        assert rows and all(None not in r for r in rows), name  # no row longer than its header
