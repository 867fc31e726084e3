"""Tests of tension._arrays: string, prefix and date helpers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from tension import FieldTypeError, SchemaError
from tension._arrays import (
    NO_COUNTRY_KEY,
    as_fixed_str,
    as_var_str,
    char_matrix,
    country_keys,
    prefix_equals,
    readonly,
    to_day,
    to_days,
)


def test_as_fixed_str_accepts_string_arrays_and_refuses_others():
    """Lists, object, StringDType and bytes arrays become <U; non-str values are named with their row."""
    want = ["USA", "CHNGOV"]
    for v in (want, np.array(want, dtype=object), np.array(want, dtype=np.dtypes.StringDType()), np.array([b"USA", b"CHNGOV"])):
        a = as_fixed_str(v, "actor")
        assert a.dtype.kind == "U" and a.tolist() == want
    assert as_fixed_str([], "actor").shape == (0,)
    with pytest.raises(FieldTypeError, match=r"'actor' \(row 1\): expected str, got int 3") as info:
        as_fixed_str(["USA", 3], "actor")
    assert (info.value.field, info.value.row, info.value.got) == ("actor", 1, 3)
    with pytest.raises(FieldTypeError, match="'actor'.*single string"):
        as_fixed_str("USA", "actor")
    with pytest.raises(FieldTypeError, match="'actor'"):
        as_fixed_str(np.array([1.0]), "actor")


def test_as_var_str():
    """Text columns become StringDType; non-str values are named with their row."""
    assert as_var_str(np.array(["a", "é"]), "evidence").dtype == np.dtypes.StringDType()
    assert as_var_str(["a\nb", ""], "evidence").tolist() == ["a\nb", ""]
    with pytest.raises(FieldTypeError, match=r"'source' \(row 0\): expected str"):
        as_var_str([None], "source")
    with pytest.raises(FieldTypeError, match="'source'"):
        as_var_str(np.array([1, 2]), "source")


def test_char_matrix_pads_and_cuts():
    """char_matrix gives code points, padded with 0 or cut to the width asked."""
    a = np.array(["AB", "ABCD"])
    assert char_matrix(a, 3).tolist() == [[65, 66, 0], [65, 66, 67]]
    assert char_matrix(a, 6)[:, 4:].tolist() == [[0, 0], [0, 0]]


@pytest.mark.parametrize("prefix", ["", "U", "US", "USA", "USAG", "USAGOV", "USAGOVX", "CHN", "é", "🇺"])
def test_prefix_equals_is_startswith(prefix):
    """prefix_equals equals str.startswith for prefixes of every length, unicode included."""
    a = np.array(["USAGOV", "USA", "US", "", "CHNUSA", "USAGOVMIL", "éUSA", "🇺🇸", "usa"])
    assert prefix_equals(a, prefix).tolist() == [s.startswith(prefix) for s in a.tolist()]
    assert prefix_equals(a[::2], prefix).tolist() == [s.startswith(prefix) for s in a[::2].tolist()]
    assert prefix_equals(a.astype(">U9"), prefix).tolist() == [s.startswith(prefix) for s in a.tolist()]
    assert prefix_equals(np.zeros(0, "<U3"), prefix).shape == (0,)


def test_country_keys_group_codes_by_their_first_three_letters():
    """Codes share a key exactly when their first three characters agree; '' has key 0."""
    codes = np.array(["USA", "USAGOV", "USAMILGOV", "CHN", "CHNGOV", "US1", "", "ZZZ"])
    k = country_keys(codes)
    assert k.dtype == np.uint16 and k[6] == 0
    for i, a in enumerate(codes.tolist()):
        for j, b in enumerate(codes.tolist()):
            assert (k[i] == k[j]) == (a[:3] == b[:3]), (a, b)


def test_to_day_accepts_dates_and_refuses_the_rest():
    """to_day takes date, datetime, ISO strings and datetime64; anything else is named."""
    want = np.datetime64("2023-06-18")
    for v in (dt.date(2023, 6, 18), dt.datetime(2023, 6, 18, 23, 59), "2023-06-18", " 2023-06-18 ", "2023-06-18T10:00:00",
              np.datetime64("2023-06-18T10:00")):
        assert to_day(v) == want
    for bad in ("2023-06-18xyz", "18.06.2023", "2023-06", ""):
        with pytest.raises(SchemaError, match="'date'.*ISO date"):
            to_day(bad)
    with pytest.raises(SchemaError, match="NaT"):
        to_day(np.datetime64("NaT"))
    with pytest.raises(FieldTypeError, match="'when'.*int 5"):
        to_day(5, "when")


def test_to_days_fast_and_slow_paths_agree():
    """ISO arrays take the vectorized path; mixed inputs are converted one by one with the same result."""
    iso = np.array(["2023-06-18", "1066-10-14", "2999-12-31"])
    want = iso.astype("datetime64[D]")
    assert (to_days(iso) == want).all()
    assert (to_days(iso.astype(np.dtypes.StringDType())) == want).all()
    assert (to_days([dt.date(2023, 6, 18), "1066-10-14", np.datetime64("2999-12-31")]) == want).all()
    assert to_days([]).dtype == np.dtype("datetime64[D]")
    with pytest.raises(SchemaError, match=r"\(row 2\).*'today'"):
        to_days(np.array(["2023-06-18", "2023-06-19", "today"]))


def test_readonly_clears_the_write_flag_without_touching_the_input():
    """readonly returns a read-only view and leaves the caller's array writeable."""
    a = np.arange(3)
    r = readonly(a)
    assert not r.flags.writeable and a.flags.writeable and np.shares_memory(a, r)
    assert readonly(r) is r


def test_country_keys_of_other_characters_are_the_sentinel():
    """Strings with a character outside 0-9A-Z in their first three get NO_COUNTRY_KEY."""
    k = country_keys(np.array(["éUS", "🇺🇸A", "USé", "usa", "U-S", "USA", "ZZZ", "999"]))
    assert k[:5].tolist() == [NO_COUNTRY_KEY] * 5
    assert len(set(k[5:].tolist())) == 3 and NO_COUNTRY_KEY not in k[5:]
