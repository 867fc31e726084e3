"""Tests of the tension package itself: the public API and a cheap import."""

from __future__ import annotations

import os
import subprocess
import sys

import tension

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_all_names_are_importable():
    """Every name in tension.__all__ exists."""
    for name in tension.__all__:
        assert hasattr(tension, name), name
    assert {"Event", "EventTable", "concat", "codebook", "Series", "read_jsonl", "read_csv", "read_parquet",
            "TensionError", "SchemaError", "FieldTypeError", "UnknownCodeError", "ParseError"} <= set(tension.__all__)
    assert isinstance(tension.__version__, str)


def test_import_is_cheap():
    """Importing tension does not import pandas, pyarrow, dateparser, matplotlib or dask."""
    code = "import sys, tension; print(sorted(m for m in ('pandas', 'pyarrow', 'dateparser', 'matplotlib', 'dask') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"
