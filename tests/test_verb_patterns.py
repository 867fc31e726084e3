"""The CAMEO verb dictionary derived from PETRARCH2: reproducible, loadable, and used by the extractor."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import tension
from tension import codebook
from tension.text.lexicon import load_verb_patterns

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/work/shared/data/petrarch2")


def test_derivation_is_reproducible(tmp_path: Path) -> None:
    """Running scripts/derive_petrarch_verbs.py again gives the committed files byte for byte."""
    if not (SOURCE / "CAMEO.2.0.txt").exists():
        pytest.skip("the PETRARCH2 source is not on this machine")
    spec = importlib.util.spec_from_file_location("derive", ROOT / "scripts" / "derive_petrarch_verbs.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.write(*mod.derive(SOURCE), tmp_path)
    for name in ("verb_patterns.tsv", "verb_synsets.tsv"):
        assert (tmp_path / name).read_bytes() == (ROOT / "tension" / "data" / name).read_bytes(), name


def test_rows_are_known_codes_with_forms() -> None:
    """Every verb has surface forms, every code is in the codebook, synsets are defined."""
    rows, synsets = load_verb_patterns()
    verbs = [r for r in rows if r.kind == "verb"]
    assert len(verbs) > 1500 and len(rows) - len(verbs) > 4000
    assert all(r.forms for r in verbs)
    codes = sorted({r.code for r in rows if r.code})
    assert codebook.is_known(codes).all()
    assert {"&weapon", "&military"} <= set(synsets)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Chinese coast guard ship rammed a Philippine supply boat.", ("CHNMIL", "PHL", "191")),
        ("Ottawa kicked out a Chinese diplomat.", ("CAN", "CHNGOV", "161")),  # the dictionary: 161
        ("Turkey occupied parts of northern Syria.", ("TUR", "SYR", "192")),
        ("Russia shelled Ukrainian positions.", ("RUS", "UKR", "194")),
    ],
)
def test_dictionary_verbs_code_events(text: str, expected: tuple[str, str, str]) -> None:
    """Verbs outside the curated terms are coded through the derived CAMEO patterns."""
    t = tension.extract_events(text, published="2024-05-01")
    got = [(e.actor, e.target, e.code) for e in t]
    assert any(g[:2] == expected[:2] and g[2][:2] == expected[2][:2] for g in got), got
