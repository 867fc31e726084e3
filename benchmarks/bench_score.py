"""Throughput of the bulk text scorer (pytest-benchmark), in MB/s of UTF-8 text: both engines, from a
list of str and from a pyarrow string array, one and two workers, and score_corpus on JSON Lines and
Parquet files; the pure-Python reference and VADER on samples.

``TENSION_BENCH_SIZE`` picks the corpus: ``small`` (1 MB, the CI smoke run: every benchmark runs
once with ``--benchmark-disable``), ``medium`` (10 MB) or ``full`` (50 MB) of seeded news-like text
(``benchmarks/textgen.py``).

    TENSION_BENCH_SIZE=full pytest benchmarks/bench_score.py --benchmark-enable

The figures of ``docs/performance.md`` (every scorer in one process, interleaved rounds, the OLD
code, the idiomatic Python baseline, the load average) come from ``benchmarks/compare_scorers.py``.
"""

from __future__ import annotations

import functools
import os
import sys
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
ENGINES = ["numpy"] + (["numba"] if tension.text.score._numba_installed() else [])


@functools.cache
def arrow_corpus():
    import pyarrow as pa

    return pa.array(list(corpus()), pa.large_string())


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("source", ["list", "arrow"])
@pytest.mark.parametrize("workers", [1, 2])
def test_score_texts(benchmark, engine, source, workers):
    """score_texts on one or two cores: negation, phrases and dyad gating on."""
    texts, lex = (list(corpus()) if source == "list" else arrow_corpus()), load_lexicon()
    tension.score_texts(list(corpus())[:5], lexicon=lex, engine=engine)  # compile outside the timer
    s = benchmark(tension.score_texts, texts, lexicon=lex, workers=workers, engine=engine)
    assert len(s) == len(corpus()) and (s.terms > 0).mean() > 0.5


@functools.cache
def corpus_files() -> tuple[Path, Path]:
    import tempfile

    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(tempfile.mkdtemp(prefix="tension-bench-score-"))
    docs = list(textgen.documents(int(SIZES_MB[SIZE] * 1e6), seed=42))
    jl = textgen.write_jsonl(folder / "corpus.jsonl", int(SIZES_MB[SIZE] * 1e6), seed=42)
    ids, days, texts = zip(*docs)
    pq.write_table(pa.table({"id": list(ids), "published": list(days), "text": list(texts)}), folder / "corpus.parquet")
    return jl, folder / "corpus.parquet"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_score_corpus(benchmark, engine, fmt):
    """score_corpus streaming a file (Arrow batches into the kernel)."""
    path = corpus_files()[0 if fmt == "jsonl" else 1]
    lex = load_lexicon()
    s = benchmark(tension.score_corpus, path, lexicon=lex, engine=engine, progress=False)
    assert len(s) == len(corpus())


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


def test_idiomatic_scorer(benchmark):
    """The idiomatic same-rules Python baseline of compare_scorers.py on the first 1 MB: it agrees with the engines."""
    from idiomatic_score import IdiomaticScorer

    texts, lex = sample(REFERENCE_BYTES), load_lexicon()
    scorer = IdiomaticScorer(lex)
    out = benchmark.pedantic(scorer.score, args=(texts,), rounds=1, iterations=1)
    s = tension.score_texts(texts, lexicon=lex)
    assert [o[0] for o in out] == s.tension.tolist() and [o[3] for o in out] == s.terms.tolist()
