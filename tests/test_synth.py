"""Tests of :mod:`tension.io._synth`, the seeded GDELT/ICEWS file generator."""

from __future__ import annotations

import pytest

from tension.io import _synth
from tension.io.icews import ICEWS_COLUMNS


@pytest.mark.parametrize("layout", [57, 58, 61])
def test_gdelt_files_have_the_layout_and_are_seeded(tmp_path, layout):
    """Every line has the layout's column count; the same seed writes the same bytes."""
    a = _synth.write_gdelt(tmp_path / "a.CSV", 300, layout=layout, seed=5, chunk_rows=128)
    b = _synth.write_gdelt(tmp_path / "b.CSV", 300, layout=layout, seed=5, chunk_rows=128)
    lines = a.read_bytes().split(b"\n")[:-1]
    assert len(lines) == 300 and {line.count(b"\t") + 1 for line in lines} == {layout}
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != _synth.write_gdelt(tmp_path / "c.CSV", 300, layout=layout, seed=6).read_bytes()


def test_icews_file_has_the_header(tmp_path):
    """ICEWS files start with the 20-column header."""
    p = _synth.write_icews(tmp_path / "e.tab", 10, seed=1)
    header, *rows = p.read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == list(ICEWS_COLUMNS) and len(rows) == 10
