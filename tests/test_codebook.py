"""Tests of tension.codebook: the packaged CAMEO codebook and its vectorized lookups."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest
import reference

from tension import UnknownCodeError, codebook


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, str]]:
    """The packaged codebook TSV parsed by hand."""
    text = resources.files("tension").joinpath("data", "cameo_codebook.tsv").read_text(encoding="utf-8")
    return reference.codebook_rows(text)


def test_every_packaged_code_looks_up_to_its_row(rows):
    """Every code in the TSV looks up to its own Goldstein value, root, quad class and name."""
    codes = list(rows)
    cb = codebook.load()
    assert len(cb) == len(codes) == 312
    want_g = [float(rows[c]["goldstein"] or rows[c]["goldstein_icews"]) for c in codes]
    assert codebook.goldstein(codes).tolist() == want_g
    assert codebook.root(codes).tolist() == [rows[c]["root_code"] for c in codes]
    assert codebook.quad_class(codes).tolist() == [int(rows[c]["quad_class"]) for c in codes]
    assert [codebook.name(c) for c in codes] == [rows[c]["description"] for c in codes]
    assert cb.codes[codebook.lookup(codes)].tolist() == codes
    assert codebook.is_known(codes).all()


def test_tension_is_minus_goldstein(rows):
    """tension_of is exactly -goldstein for every code, and Codebook.tension likewise."""
    codes = list(rows)
    np.testing.assert_array_equal(codebook.tension_of(codes), -codebook.goldstein(codes))
    cb = codebook.load()
    np.testing.assert_array_equal(cb.tension, -cb.goldstein)
    assert codebook.tension_of(["190", "0874"]).tolist() == [10.0, -10.0]


def test_codes_keep_leading_zeros(rows):
    """Codes are strings with their leading zeros; the same digits without them are different or unknown."""
    assert "042" in rows and codebook.is_known(["042"]).all()
    assert not codebook.is_known(["42"]).any()
    assert codebook.root(["010"]).tolist() == ["01"]
    cb = codebook.load()
    assert set(cb.levels.tolist()) == {1, 2, 3}
    assert all(len(c) == lvl + 1 for c, lvl in zip(cb.codes.tolist(), cb.levels.tolist()))


@pytest.mark.parametrize("bad", ["999", "42", "0", "", "04a", "04200", " 042", "042 ", "ab"])
def test_unknown_codes_raise_naming_the_code(bad):
    """An unknown code raises UnknownCodeError naming it, in every lookup."""
    for fn in (codebook.tension_of, codebook.goldstein, codebook.quad_class, codebook.root, codebook.lookup):
        with pytest.raises(UnknownCodeError) as info:
            fn(["042", bad])
        assert info.value.code == bad and info.value.row == 1
        assert repr(bad) in str(info.value)
    with pytest.raises(UnknownCodeError, match=repr(bad)):
        codebook.name(bad)
    assert codebook.is_known(["042", bad]).tolist() == [True, False]


def test_unknown_code_error_counts_all_unknown_codes():
    """The error names the first unknown code and counts the others."""
    with pytest.raises(UnknownCodeError, match=r"'998' \(3 unknown codes in all\)") as info:
        codebook.tension_of(["042", "998", "999", "042", "997"])
    assert info.value.count == 3


def test_lookups_accept_arrays_of_any_string_dtype():
    """Lookups take lists, <U arrays, StringDType arrays, object arrays and a single str."""
    want = [-1.9, 2.0]
    for codes in (["042", "112"], np.array(["042", "112"]), np.array(["042", "112"], dtype=np.dtypes.StringDType()),
                  np.array(["042", "112"], dtype=object), np.array([b"042", b"112"])):
        assert codebook.tension_of(codes).tolist() == want
    assert codebook.tension_of("042").tolist() == [-1.9]
    assert codebook.tension_of([]).tolist() == []


def test_icews_weights_and_quad_names():
    """The ICEWS variant differs only where documented, and every quad class has a name."""
    cb = codebook.load()
    differ = cb.codes[(cb.goldstein != cb.goldstein_icews)].tolist()
    assert set(differ) <= {"016", "022", "164", "165", "1213"}
    assert set(cb.quad_classes.tolist()) == set(codebook.QUAD_NAMES) == {1, 2, 3, 4}
    assert cb.root_names["04"]


def test_codebook_is_loaded_once_and_read_only():
    """load() returns one shared, read-only codebook."""
    cb = codebook.load()
    assert codebook.load() is cb
    with pytest.raises(ValueError):
        cb.goldstein[0] = 5.0
