"""Reading GDELT 2.0 exports: ``tension.read_gdelt`` side by side with pandas' C engine.

A seeded generator (:mod:`tension.io._synth`) writes a GDELT-2.0-shaped file once
into ``benchmarks/_data/`` (outside every timer): a few MB by default, ~1 GB with
``TENSION_BENCH_SIZE=full``. Each test times one call:

- ``test_pandas_read_csv``: ``pandas.read_csv(sep="\\t", header=None, usecols=the 12
  mapped columns, dtype=str for the code columns, quoting off as GDELT needs)``, the baseline;
- ``test_read_gdelt``: the same columns into a validated ``EventTable``;
- ``test_read_gdelt_first_read_with_cache``: a cache miss (read + write the Parquet copy);
- ``test_read_gdelt_cached``: the re-read from the Parquet copy;
- ``test_read_gdelt_cached_dyad``: the re-read of the US–China events only.

Run the figures of ``docs/performance.md`` with::

    TENSION_BENCH_SIZE=full PYTHONPATH=. python -m pytest benchmarks/bench_gdelt.py \\
        --benchmark-enable --benchmark-columns=min,median,max,rounds -p no:cacheprovider

or ``PYTHONPATH=. python benchmarks/bench_gdelt.py`` for the ratios in one table.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

import tension
from tension.io import _synth
from tension.io.gdelt import layout_columns

#: Rows of the generated GDELT 2.0 file (~410 bytes a row): ~4 MB small, ~1 GB full.
SIZES: dict[str, int] = {"small": 10_000, "full": 2_500_000}
DATA = Path(__file__).resolve().parent / "_data"
USECOLS = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "QuadClass", "GoldsteinScale",
           "NumMentions", "NumSources", "NumArticles", "AvgTone", "SOURCEURL"]
ROUNDS = 3


def bench_size() -> str:
    """``TENSION_BENCH_SIZE`` (``small`` or ``full``)."""
    size = os.environ.get("TENSION_BENCH_SIZE", "small")
    if size not in SIZES:
        raise ValueError(f"TENSION_BENCH_SIZE: expected one of {sorted(SIZES)}, got {size!r}")
    return size


def gdelt_file(rows: int) -> Path:
    """The seeded GDELT 2.0 file of ``rows`` rows (written once, then reused)."""
    path = DATA / f"gdelt2_{rows}_seed20230618.export.CSV"
    if not path.is_file():
        tmp = path.with_name(path.name + ".tmp")
        _synth.write_gdelt(tmp, rows, layout=61, seed=20230618, start="2015-02-18", days=3000)
        os.replace(tmp, path)
    return path


#: The columns a series needs (what ``read_gdelt(columns=[])`` and the CLI read).
LEAN_USECOLS = ["SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "GoldsteinScale", "NumMentions"]


def pandas_read(path: Path, usecols: list[str] = USECOLS):
    """The baseline: pandas' C engine, only the mapped columns, codes as str."""
    import pandas as pd

    names = layout_columns(61)
    return pd.read_csv(path, sep="\t", header=None, usecols=[names.index(c) for c in usecols],
                       dtype={names.index(c): str for c in ("Actor1Code", "Actor2Code", "EventCode")},
                       quoting=csv.QUOTE_NONE, engine="c")


@pytest.fixture(scope="module")
def rows() -> int:
    """Rows of the benchmark file at the chosen size."""
    return SIZES[bench_size()]


@pytest.fixture(scope="module")
def path(rows: int) -> Path:
    """The benchmark file, built outside the timers."""
    return gdelt_file(rows)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    """A fresh cache folder for this module."""
    return tmp_path_factory.mktemp("gdelt-cache")


def test_pandas_read_csv(benchmark, path, rows):
    """Baseline: pandas.read_csv (C engine) of the 12 mapped columns."""
    df = benchmark.pedantic(pandas_read, args=(path,), rounds=ROUNDS, iterations=1, warmup_rounds=0)
    assert len(df) == rows


def test_read_gdelt(benchmark, path, rows):
    """read_gdelt of the same columns into a validated EventTable."""
    t = benchmark.pedantic(tension.read_gdelt, args=(path,), rounds=ROUNDS, iterations=1, warmup_rounds=0)
    assert len(t) == rows and len(t.extras) == 5


def test_read_gdelt_first_read_with_cache(benchmark, path, rows, cache_dir):
    """A cache miss: read the file and write its Parquet copy."""
    def setup():
        shutil.rmtree(cache_dir, ignore_errors=True)
        return (path,), {"cache": cache_dir}

    t = benchmark.pedantic(tension.read_gdelt, setup=setup, rounds=ROUNDS, iterations=1, warmup_rounds=0)
    assert len(t) == rows and any(cache_dir.glob("*.parquet"))


def test_read_gdelt_cached(benchmark, path, rows, cache_dir):
    """A cache hit: the whole table from the Parquet copy."""
    tension.read_gdelt(path, cache=cache_dir)
    t = benchmark.pedantic(tension.read_gdelt, args=(path,), kwargs={"cache": cache_dir},
                           rounds=ROUNDS, iterations=1, warmup_rounds=0)
    assert len(t) == rows


def test_read_gdelt_cached_dyad(benchmark, path, cache_dir):
    """A cache hit keeping only US–China events (filtered before conversion)."""
    tension.read_gdelt(path, cache=cache_dir)
    t = benchmark.pedantic(tension.read_gdelt, args=(path,), kwargs={"cache": cache_dir, "dyad": "USA:CHN"},
                           rounds=ROUNDS, iterations=1, warmup_rounds=0)
    assert len(t) > 0 and bool(t.dyad_mask("USA", "CHN").all())


def _best(fn, rounds: int = ROUNDS, setup=None) -> float:
    times = []
    for _ in range(rounds):
        if setup is not None:
            setup()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    """Print the timings and ratios side by side (min of ROUNDS rounds each)."""
    rows = SIZES[bench_size()]
    path = gdelt_file(rows)
    cache = DATA / "gdelt-cache"
    tension.read_gdelt(path)  # warm the imports and the page cache once
    pandas_read(path)

    def clear() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    timings = {
        "pandas.read_csv (C engine)": _best(lambda: pandas_read(path)),
        "tension.read_gdelt": _best(lambda: tension.read_gdelt(path)),
        "read_gdelt, first read with cache=": _best(lambda: tension.read_gdelt(path, cache=cache), setup=clear),
    }
    timings["read_gdelt, cached re-read"] = _best(lambda: tension.read_gdelt(path, cache=cache))
    timings["read_gdelt, cached re-read, dyad=USA:CHN"] = _best(
        lambda: tension.read_gdelt(path, cache=cache, dyad="USA:CHN"))
    timings["read_gdelt, dyad=USA:CHN (no cache)"] = _best(lambda: tension.read_gdelt(path, dyad="USA:CHN"))
    # What `tension gdelt ...` does: no optional column (a series needs none).
    timings["pandas.read_csv, 6 series columns"] = _best(lambda: pandas_read(path, LEAN_USECOLS))
    timings["read_gdelt columns=[] (6 series columns)"] = _best(lambda: tension.read_gdelt(path, columns=[]))
    lean = DATA / "gdelt-cache-lean"
    timings["read_gdelt columns=[], first read with cache="] = _best(
        lambda: tension.read_gdelt(path, columns=[], cache=lean), setup=lambda: shutil.rmtree(lean, ignore_errors=True))
    timings["read_gdelt columns=[], cached re-read"] = _best(lambda: tension.read_gdelt(path, columns=[], cache=lean))
    size_mb = path.stat().st_size / 1e6
    print(f"file: {path.name}, {rows:,} rows, {size_mb:,.0f} MB")
    for name, secs in timings.items():
        print(f"{name:<48} {secs:8.3f} s  {size_mb / secs:8.0f} MB/s")
    pandas, ours = timings["pandas.read_csv (C engine)"], timings["tension.read_gdelt"]
    first = timings["read_gdelt, first read with cache="]
    print(f"speed-up over pandas:                   {pandas / ours:6.2f}x")
    print(f"cached re-read vs first read:           {first / timings['read_gdelt, cached re-read']:6.2f}x")
    print(f"cached dyad re-read vs first read:      {first / timings['read_gdelt, cached re-read, dyad=USA:CHN']:6.2f}x")
    lean_first = timings["read_gdelt columns=[], first read with cache="]
    print(f"columns=[]: speed-up over pandas:       "
          f"{timings['pandas.read_csv, 6 series columns'] / timings['read_gdelt columns=[] (6 series columns)']:6.2f}x")
    print(f"columns=[]: cached re-read vs first:    {lean_first / timings['read_gdelt columns=[], cached re-read']:6.2f}x")
    print(f"cached dyad re-read vs uncached dyad:   "
          f"{timings['read_gdelt, dyad=USA:CHN (no cache)'] / timings['read_gdelt, cached re-read, dyad=USA:CHN']:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
