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
    assert len(cb) == len(codes) == 317
    want_g = [reference.goldstein_of(rows, c) for c in codes]
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


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("101", "Demand material cooperation, not specified below"),
        ("103", "Demand material aid, not specified below"),
        ("105", "Demand that target yields, not specified below"),
        ("106", "Demand meeting, negotiation"),
        ("107", "Demand settling of dispute"),
        ("108", "Demand mediation"),
        ("0863", "Allow humanitarian access"),
        ("0252", "Appeal for easing of political dissent"),
    ],
)
def test_labels_are_cameo_1_1b3_not_gdelt_lookup(code, label):
    """The codes GDELT's lookup mislabels carry their CAMEO 1.1b3 names."""
    assert codebook.name(code) == label


def test_cameo_1_1b3_codes_missing_from_published_tables_inherit_their_parent():
    """155, 176, 1834, 1951, 1952 are known, material conflict, and take their parent's value, flagged."""
    new = ["155", "176", "1834", "1951", "1952"]
    parents = ["15", "17", "183", "195", "195"]
    assert codebook.is_known(new).all()
    assert codebook.goldstein(new).tolist() == codebook.goldstein(parents).tolist()
    assert codebook.quad_class(new).tolist() == [4] * 5
    cb = codebook.load()
    assert sorted(cb.codes[cb.inherited].tolist()) == sorted(new)
    assert codebook.name("176") == "Attack cybernetically"


def test_quad_class_conventions():
    """ICEWS puts root 09 in verbal conflict and root 14 in material conflict; the rest agree with GDELT."""
    cb = codebook.load()
    g = codebook.quad_class(cb.codes)
    i = codebook.quad_class(cb.codes, convention="icews")
    differ = set(cb.roots[g != i].tolist())
    assert differ == {"09", "14"}
    assert set(i[cb.roots == "09"].tolist()) == {3} and set(i[cb.roots == "14"].tolist()) == {4}
    with pytest.raises(ValueError, match="convention"):
        codebook.quad_class(["042"], convention="cameo")


def test_event_terms_use_cameo_1_1b3_codes():
    """Terms once built on GDELT's mislabels point at the right CAMEO 1.1b3 codes."""
    text = resources.files("tension").joinpath("data", "event_terms.tsv").read_text(encoding="utf-8")
    terms = {}
    for line in text.splitlines()[1:]:
        f = line.split("\t")
        terms.setdefault(f[0], set()).add(f[1])
    assert terms["demand talks"] == {"106"}
    assert terms["demand a ceasefire"] == {"1056"}
    assert terms["demand the withdrawal"] == {"105"}
    assert terms["cyberattack"] == terms["hacking"] == {"176"}
