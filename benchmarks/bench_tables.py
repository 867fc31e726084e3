"""Building a validated EventTable from plain columns (what every reader pays).

``EventTable.from_arrays`` checks every column: dates, actor codes, CAMEO codes
against the codebook, tension range, mentions, offsets; it also computes the
country keys that make ``dyad`` fast. Run::

    TENSION_BENCH_SIZE=full PYTHONPATH=. python -m pytest benchmarks/bench_tables.py --benchmark-enable
"""

from __future__ import annotations

import numpy as np
import pytest

from tension import EventTable


@pytest.fixture(scope="module")
def plain_columns(event_table: EventTable) -> dict[str, np.ndarray]:
    """The benchmark table's columns as fresh writeable arrays."""
    return {name: np.array(col) for name, col in event_table.columns.items()}


def test_from_arrays_validates_columns(benchmark, plain_columns, event_table):
    """from_arrays on the benchmark table's columns gives back an equal table."""
    table = benchmark(lambda: EventTable.from_arrays(**plain_columns))
    assert len(table) == len(event_table)
    assert np.array_equal(table.code, event_table.code) and np.array_equal(table.actor, event_table.actor)
