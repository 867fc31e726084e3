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


#: The public API, pinned: a change here is a change to what users import (and to the changelog).
PUBLIC_API = [
    "__version__", "Event", "EventTable", "concat", "codebook", "Series", "indices", "read_jsonl", "read_csv",
    "read_parquet", "read_gdelt", "iter_gdelt", "read_icews", "extract_events", "extract_corpus", "score_texts",
    "score_corpus", "TextScores", "TensionError", "SchemaError", "FieldTypeError", "UnknownCodeError", "ParseError",
    "TensionWarning", "SkippedInputWarning", "CacheRebuiltWarning",
]

#: The CLI's subcommands with their positional arguments and options, pinned the same way.
CLI = {
    "series": ["events", "--dyad", "--end", "--freq", "--how", "--include-plans", "--out", "--start", "--weight"],
    "score": ["corpus", "--docs", "--dyad", "--end", "--engine", "--errors", "--freq", "--how", "--id-column",
              "--no-progress", "--out", "--published", "--published-column", "--start", "--text-column", "--workers"],
    "extract": ["file", "--format", "--published", "--source"],
    "demo": ["--format", "--plot"],
    "gdelt": ["files", "--cache", "--dedupe", "--dyad", "--end", "--errors", "--freq", "--how", "--out", "--start",
              "--weight"],
    "icews": ["files", "--dedupe", "--dyad", "--end", "--errors", "--freq", "--how", "--out", "--rescore", "--start",
              "--weight"],
    "index": ["events", "--dyad", "--end", "--freq", "--half-life", "--how", "--include-plans", "--kind",
              "--min-count", "--no-weight", "--out", "--penalty", "--start", "--weight", "--window", "--z"],
    "plot": ["events", "--dyad", "--freq", "--half-life", "--include-plans", "--out", "--penalty", "--title", "--window",
             "--z"],
}


def test_public_api_is_pinned():
    assert tension.__all__ == PUBLIC_API


def _subcommands() -> dict[str, list[str]]:
    import argparse

    from tension.cli import build_parser

    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    out = {}
    for name, p in action.choices.items():
        positional = [a.dest for a in p._actions if not a.option_strings]
        options = sorted(o for a in p._actions for o in a.option_strings if o.startswith("--") and o != "--help")
        out[name] = positional + options
    return out


def test_cli_subcommands_are_pinned():
    assert _subcommands() == CLI
