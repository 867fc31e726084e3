"""The one reader of the tab-separated data files packaged in ``tension/data/`` (internal, Model layer)."""

from __future__ import annotations

import csv
import io
from importlib import resources

__all__ = ["read_tsv"]


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """The rows of a packaged TSV file (header line first; no quoting) as dicts.

    Each row also holds ``"_line"``: its line number in the file, for error messages.

    Examples
    --------
    >>> from tension._packaged import read_tsv
    >>> row = read_tsv("cameo_codebook.tsv")[0]
    >>> row["_line"]
    '2'
    """
    file = resources.files("tension").joinpath("data")
    for part in parts:
        file = file.joinpath(part)
    text = file.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [dict(row, _line=str(i)) for i, row in enumerate(reader, start=2)]
