"""Damage fuzzing (issue 14): rows read + rows skipped == data lines; every error names its file and line.

The damages and checks are in ``benchmarks/fuzz_damage.py``, which runs many more examples.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz_damage import FORMATS, Damage, damages, one


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(todo=damages(), seed=st.integers(0, 3))
def test_damage_loses_nothing_and_names_file_and_line(fmt: str, todo: list[Damage], seed: int) -> None:
    one(fmt, todo, seed)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("todo", [
    [(3, "join_cr", 0, b"")],
    [(0, "insert", 0, b"\xef\xbb\xbf")],
    [(5, "field", 4, b" 5")],
    [(5, "field", 30, b"+5")],
    [(2, "empty", 0, b""), (2, "empty", 0, b"")],
    [(7, "insert", 10, b"\r")],
    [(1, "long", 5, b"")],
    [(4, "truncate", 0, b""), (9, "delete", 3, b"")],
])
def test_known_damages(fmt: str, todo: list[Damage]) -> None:
    one(fmt, todo, 1)
