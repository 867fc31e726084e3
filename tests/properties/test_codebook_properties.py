"""Property tests: the vectorized codebook lookups equal a dict-based reference."""

from __future__ import annotations

from importlib import resources

import numpy as np
import reference
from hypothesis import given
from hypothesis import strategies as st

from tension import codebook

ROWS = reference.codebook_rows(
    resources.files("tension").joinpath("data", "cameo_codebook.tsv").read_text(encoding="utf-8")
)
CODES = sorted(ROWS)
#: Known codes and near misses: digits with and without leading zeros, other lengths.
ANY_CODE = st.one_of(st.sampled_from(CODES), st.from_regex(r"[0-9]{0,5}", fullmatch=True))


@given(st.lists(st.sampled_from(CODES), max_size=200))
def test_vectorized_lookups_equal_dict_reference(codes):
    """tension_of, quad_class and root equal per-code dict lookups on random known codes."""
    arr = np.array(codes, dtype="<U4")
    assert codebook.tension_of(arr).tolist() == [-reference.goldstein_of(ROWS, c) for c in codes]
    assert codebook.quad_class(arr).tolist() == [int(ROWS[c]["quad_class"]) for c in codes]
    assert codebook.quad_class(arr, convention="icews").tolist() == [int(ROWS[c]["quad_class_icews"]) for c in codes]
    assert codebook.root(arr).tolist() == [ROWS[c]["root_code"] for c in codes]


@given(st.lists(ANY_CODE, max_size=200))
def test_is_known_equals_dict_membership(codes):
    """is_known agrees with membership in the dict for known codes and near misses alike."""
    assert codebook.is_known(np.array(codes, dtype=str).reshape(len(codes))).tolist() == [c in ROWS for c in codes]
