"""tension.dask on a 2-worker local cluster side by side with one process.

Inputs are generated once into ``benchmarks/_data/`` (outside every timer) by the
seeded generators: GDELT-2.0-shaped files (``tension.io._synth``) and a news-like
text corpus (``benchmarks/textgen.py``). Sizes by ``TENSION_BENCH_SIZE``:

- ``small`` (CI smoke run): 4 GDELT files of 2,000 rows, a 1 MB corpus in 4 files;
- ``full``: 16 GDELT files, ~1 GB in all; a 200 MB corpus in 16 files; plus 200
  tiny files to measure the per-file overhead of the cluster.

Each test times one call and checks its result against the one-process result:

- ``test_gdelt_one_process`` / ``test_gdelt_cluster``: the US–China daily series;
- ``test_gdelt_tiny_files_one_process`` / ``..._cluster``: the same over many tiny
  files (overhead per file = (cluster time - one-process time) / files);
- ``test_corpus_one_process`` / ``test_corpus_cluster``: the monthly series of
  ``score_texts`` over the corpus.

Reproduce the figures of ``docs/performance.md`` with::

    TENSION_BENCH_SIZE=full python -m benchmarks.bench_dask
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import tension
from tension.io import _synth

distributed = pytest.importorskip("distributed")
import tension.dask as tdask  # noqa: E402

DATA = Path(__file__).resolve().parent / "_data"
#: (files, rows per file) of GDELT input; (files, MB in all) of corpus input; tiny files.
SIZES: dict[str, dict[str, Any]] = {
    "small": {"gdelt": (4, 2_000), "corpus": (4, 1), "tiny": 8},
    "full": {"gdelt": (16, 156_000), "corpus": (16, 200), "tiny": 200},
}


def bench_size() -> str:
    """``TENSION_BENCH_SIZE`` (``small`` or ``full``)."""
    size = os.environ.get("TENSION_BENCH_SIZE", "small")
    if size not in SIZES:
        raise ValueError(f"TENSION_BENCH_SIZE: expected one of {sorted(SIZES)}, got {size!r}")
    return size


def gdelt_files(n: int, rows: int, tag: str = "") -> list[Path]:
    """``n`` seeded GDELT 2.0 files of ``rows`` rows each (written once, then reused)."""
    out = []
    for i in range(n):
        path = DATA / "dask" / f"gdelt{tag}_{rows}_{i:03d}.export.CSV"
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            _synth.write_gdelt(tmp, rows, layout=61, seed=1000 + i, start="2015-02-18", days=3000)
            os.replace(tmp, path)
        out.append(path)
    return out


def corpus_files(n: int, megabytes: int) -> list[Path]:
    """``n`` JSONL corpus files holding about ``megabytes`` MB of news-like text in all."""
    from .textgen import write_jsonl  # the scorer benchmark's seeded news-like text generator

    folder = DATA / "dask"
    folder.mkdir(parents=True, exist_ok=True)
    per_file = megabytes * 1_000_000 // n
    return [write_jsonl(folder / f"corpus_{megabytes}mb_{i:03d}.jsonl", per_file, seed=500 + i) for i in range(n)]


def one_process_gdelt(files: list[Path]) -> tension.Series:
    """The single-machine route: read every file (dyad filter while reading), then bin."""
    return tension.read_gdelt(files, dyad=("USA", "CHN"), columns=[]).series("D")


def one_process_corpus(files: list[Path]) -> tension.Series:
    """The single-machine route for text: score every file, then bin by publication day."""
    parts = [tension.score_corpus(f, progress=False).partial("M") for f in files]
    return tension.series.PartialSeries.combine_all(parts).to_series("sum")


@pytest.fixture(scope="module")
def size() -> dict[str, Any]:
    """The input sizes for ``TENSION_BENCH_SIZE``."""
    return SIZES[bench_size()]


@pytest.fixture(scope="module")
def client():
    """A local cluster of 2 worker processes (one per core), one thread each."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def same(a: tension.Series, b: tension.Series) -> bool:
    """Same periods and counts, values equal to float rounding."""
    return bool(np.array_equal(a.dates, b.dates) and np.array_equal(a.counts, b.counts)
                and np.allclose(a.values, b.values, rtol=1e-12, atol=1e-9, equal_nan=True))


def test_gdelt_one_process(benchmark, size):
    """One process reads all GDELT files and bins the US–China daily series."""
    files = gdelt_files(*size["gdelt"])
    s = benchmark.pedantic(one_process_gdelt, args=(files,), rounds=1, iterations=1)
    assert s.counts.sum() > 0


def test_gdelt_cluster(benchmark, size, client):
    """The 2-worker cluster computes the same series from per-file partials."""
    files = gdelt_files(*size["gdelt"])
    s = benchmark.pedantic(tdask.gdelt_series, args=(files,), kwargs={"client": client}, rounds=1, iterations=1)
    assert same(s, one_process_gdelt(files))


def test_gdelt_tiny_files_one_process(benchmark, size):
    """One process over many tiny files (the baseline of the per-file overhead)."""
    files = gdelt_files(size["tiny"], 20, tag="tiny")
    s = benchmark.pedantic(one_process_gdelt, args=(files,), rounds=1, iterations=1)
    assert len(s) > 0


def test_gdelt_tiny_files_cluster(benchmark, size, client):
    """The cluster over many tiny files: its extra time per file is the scheduling overhead."""
    files = gdelt_files(size["tiny"], 20, tag="tiny")
    s = benchmark.pedantic(tdask.gdelt_series, args=(files,), kwargs={"client": client}, rounds=1, iterations=1)
    assert same(s, one_process_gdelt(files))


def test_corpus_one_process(benchmark, size):
    """One process scores every corpus file (one worker thread) and bins the monthly series."""
    files = corpus_files(*size["corpus"])
    s = benchmark.pedantic(one_process_corpus, args=(files,), rounds=1, iterations=1)
    assert s.counts.sum() > 0


def test_corpus_cluster(benchmark, size, client):
    """The cluster scores one file per task and gives the same monthly series."""
    files = corpus_files(*size["corpus"])
    s = benchmark.pedantic(tdask.score_corpus, args=(files,), kwargs={"freq": "M", "client": client},
                           rounds=1, iterations=1)
    assert same(s, one_process_corpus(files))


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    """Print the speed-ups and the overhead per file, measured in one run."""
    size = SIZES[bench_size()]
    files = gdelt_files(*size["gdelt"])
    tiny = gdelt_files(size["tiny"], 20, tag="tiny")
    mb = sum(f.stat().st_size for f in files) / 1e6
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as cluster, distributed.Client(cluster) as c:
        tdask.gdelt_series(tiny[:2], client=c)  # warm the workers' imports
        t1, s1 = _timed(lambda: one_process_gdelt(files))
        t2, s2 = _timed(lambda: tdask.gdelt_series(files, client=c))
        assert same(s1, s2)
        u1, _ = _timed(lambda: one_process_gdelt(tiny))
        u2, _ = _timed(lambda: tdask.gdelt_series(tiny, client=c))
        print(f"GDELT {len(files)} files, {mb:.0f} MB: one process {t1:.2f} s ({mb / t1:.0f} MB/s), "
              f"2-worker cluster {t2:.2f} s ({mb / t2:.0f} MB/s), speed-up {t1 / t2:.2f}x")
        print(f"{len(tiny)} tiny files: one process {u1:.2f} s, cluster {u2:.2f} s, "
              f"overhead {(u2 - u1) / len(tiny) * 1000:.1f} ms per file")
        corpus = corpus_files(*size["corpus"])
        cmb = sum(f.stat().st_size for f in corpus) / 1e6
        v1, c1 = _timed(lambda: one_process_corpus(corpus))
        v2, c2 = _timed(lambda: tdask.score_corpus(corpus, freq="M", client=c))
        assert same(c1, c2)
        print(f"corpus {len(corpus)} files, {cmb:.0f} MB: one process {v1:.2f} s ({cmb / v1:.1f} MB/s), "
              f"2-worker cluster {v2:.2f} s ({cmb / v2:.1f} MB/s), speed-up {v1 / v2:.2f}x")


if __name__ == "__main__":
    main()
