"""Throughput of the bulk text scorer, in MB/s of UTF-8 text, side by side with the
pure-Python reference scorer and VADER.

``TENSION_BENCH_SIZE`` picks the corpus: ``small`` (1 MB, the CI smoke run),
``medium`` (10 MB) or ``full`` (50 MB) of seeded news-like text
(``benchmarks/textgen.py``). The reference and VADER are timed on the first
1 MB and 200 KB of it (they are slow; MB/s does not depend on the size).

    # pytest-benchmark, one benchmarked callable per test
    TENSION_BENCH_SIZE=full pytest benchmarks/bench_score.py --benchmark-enable
    # the table of docs/performance.md: every figure measured in one run, ratios included
    TENSION_BENCH_SIZE=full python benchmarks/bench_score.py
"""

from __future__ import annotations

import functools
import os
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import textgen  # noqa: E402

import tension  # noqa: E402
from tension.text.lexicon import load_lexicon  # noqa: E402

SIZES_MB: dict[str, float] = {"small": 1, "medium": 10, "full": 50}
SIZE = os.environ.get("TENSION_BENCH_SIZE", "small")
REFERENCE_BYTES = 1_000_000
VADER_BYTES = 200_000


@functools.cache
def corpus() -> tuple[str, ...]:
    return tuple(textgen.texts(int(SIZES_MB[SIZE] * 1e6), seed=42))


def sample(n_bytes: int) -> list[str]:
    out, size = [], 0
    for t in corpus():
        if size >= n_bytes:
            break
        out.append(t)
        size += len(t.encode("utf-8"))
    return out


def mb(texts: list[str] | tuple[str, ...]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _vader():
    vs = pytest.importorskip("vaderSentiment.vaderSentiment")
    analyzer = vs.SentimentIntensityAnalyzer()
    return lambda texts: [analyzer.polarity_scores(t)["compound"] for t in texts]


# ------------------------------------------------------------------ pytest-benchmark
def test_score_texts_one_worker(benchmark):
    """score_texts on one core, negation, phrases and dyad gating on."""
    texts, lex = list(corpus()), load_lexicon()
    tension.score_texts(texts[:5], lexicon=lex)  # compile the lexicon outside the timer
    s = benchmark(tension.score_texts, texts, lexicon=lex, workers=1)
    assert len(s) == len(texts) and (s.terms > 0).mean() > 0.5


def test_score_texts_two_workers(benchmark):
    """score_texts with two threads."""
    texts, lex = list(corpus()), load_lexicon()
    tension.score_texts(texts[:5], lexicon=lex)
    s = benchmark(tension.score_texts, texts, lexicon=lex, workers=2)
    assert len(s) == len(texts) and (s.terms > 0).mean() > 0.5


def test_reference_scorer(benchmark):
    """The pure-Python reference scorer (same rules) on the first 1 MB."""
    import reference_score

    texts, lex = sample(REFERENCE_BYTES), load_lexicon()
    out = benchmark.pedantic(reference_score.score_texts, args=(texts, lex), rounds=1, iterations=1)
    assert [o.tension for o in out] == tension.score_texts(texts, lexicon=lex).tension.tolist()


def test_vader(benchmark):
    """VADER sentiment (a common bulk text baseline) on the first 200 KB."""
    run, texts = _vader(), sample(VADER_BYTES)
    out = benchmark.pedantic(run, args=(texts,), rounds=1, iterations=1)
    assert len(out) == len(texts)


# ------------------------------------------------------------------ one run, one table
def _best(fn, repeat: int, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        fn()
        best = min(best, clock() - t0)
    return best


def _numpy_thread_scaling() -> float:
    """Speed-up of two threads over one on pure numpy work: what the machine offers right now."""
    import threading

    import numpy as np

    a = np.random.default_rng(0).random(1_000_000)

    def work() -> None:
        for _ in range(60):
            np.sqrt(a)

    def run(n: int) -> float:
        threads = [threading.Thread(target=work) for _ in range(n)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.perf_counter() - t0

    return 2 * min(run(1) for _ in range(3)) / min(run(2) for _ in range(3))


def main() -> None:
    import reference_score

    lex = load_lexicon()
    texts = list(corpus())
    tension.score_texts(texts[:5], lexicon=lex)
    size = mb(texts)
    ref_texts, vader_texts = sample(REFERENCE_BYTES), sample(VADER_BYTES)
    rows = []
    repeat = 5 if size < 20 else 3
    t1 = _best(lambda: tension.score_texts(texts, lexicon=lex, workers=1), repeat)
    t2 = _best(lambda: tension.score_texts(texts, lexicon=lex, workers=2), repeat)
    cpu1 = _best(lambda: tension.score_texts(texts, lexicon=lex, workers=1), repeat, time.process_time)
    tr = _best(lambda: reference_score.score_texts(ref_texts, lex), 1)
    rows += [("score_texts, 1 worker", size, size / t1), ("score_texts, 2 workers", size, size / t2),
             ("reference (pure Python)", mb(ref_texts), mb(ref_texts) / tr)]
    try:
        run = _vader()
        tv = _best(lambda: run(vader_texts), 1)
        rows.append(("VADER", mb(vader_texts), mb(vader_texts) / tv))
    except pytest.skip.Exception:
        rows.append(("VADER (not installed)", 0.0, float("nan")))
    print(f"corpus: {SIZE} = {size:.1f} MB, {len(texts)} documents; best of {repeat} for score_texts; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'scorer':<26} {'MB':>7} {'MB/s':>10}")
    for name, n, rate in rows:
        print(f"{name:<26} {n:7.2f} {rate:10.2f}")
    print(f"score_texts, 1 worker, per CPU second (process time): {size / cpu1:.2f} MB/s")
    print(f"control: two threads of pure numpy work run {_numpy_thread_scaling():.2f}x one thread on this machine now")
    one = rows[0][2]
    print(f"ratios: 2 workers / 1 worker = {rows[1][2] / one:.2f}x; 1 worker / reference = {one / rows[2][2]:.0f}x; "
          f"1 worker / VADER = {one / rows[3][2]:.0f}x")


if __name__ == "__main__":
    main()
