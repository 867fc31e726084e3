"""Every scoring figure of ``docs/performance.md`` in ONE process, in interleaved rounds.

Each round times every scorer once, in turn, on the same seeded news-like corpus
(``benchmarks/textgen.py``); the table gives the median over rounds, in MB/s of UTF-8
text per core (a 2-worker figure is divided by 2), and the machine's load average
before and after. Run it on a quiet machine (no test suite, no other benchmark):

    python benchmarks/compare_scorers.py --old /path/to/old/checkout      # ~2-4 minutes
    python benchmarks/compare_scorers.py --rss                            # peak RSS on a 1 GB corpus

Scorers, all with the same rules and the packaged lexicon:

* ``score_texts`` with the numba engine (from a pyarrow string array and from a list
  of str; 1 and 2 workers) and the numpy engine (list of str, Arrow; 1 and 2 workers);
* the OLD code (``--old``: a checkout of an earlier version, e.g. a git worktree at
  the commit before this change), imported from that tree in a child process that
  times one run whenever the parent asks, so its rounds interleave with the others;
  once with its own packaged lexicon and once with this tree's (handed over as the
  fields its ``compile_lexicon`` reads), so that a larger lexicon is not counted as a
  slower engine;
* the idiomatic same-rules Python scorer (``benchmarks/idiomatic_score.py``; checked
  to agree with the engines on a sample first) and the test suite's reference, on
  samples (they are slow; MB/s does not depend on the size);
* VADER (``vaderSentiment``) on a sample, when installed;
* ``score_corpus`` on the same documents as a JSON Lines file and as a Parquet file
  against ``score_texts`` on them in memory (same engine);
* a control: two threads of plain numpy work against one (what the machine offers now).

``--rss`` generates a corpus of ``--rss-gb`` GB (JSON Lines and Parquet) in a temporary
folder (``--data-dir`` to keep it) and reports the peak resident set size of a fresh
process running ``score_corpus`` over each file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE), str(ROOT / "tests")]

import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import textgen  # noqa: E402

import tension  # noqa: E402
from tension.text.lexicon import load_lexicon  # noqa: E402

OLD_CHILD = r"""
import json, sys, time
from collections import namedtuple
old, bench, n_bytes, seed, lex_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
sys.path[:0] = [old, bench]
import textgen
from tension.text.score import score_texts
import tension
assert tension.__file__.startswith(old), tension.__file__
texts = textgen.texts(n_bytes, seed=seed)
lexicon = None
if lex_file:  # this tree's lexicon, as the fields the old compile_lexicon reads (tokens, codes, scores)
    Actor = namedtuple("Actor", "tokens code")
    Term = namedtuple("Term", "tokens code tension negated_tension")

    class Lexicon:  # hashable by identity: the old compile_lexicon caches per lexicon
        pass

    d = json.load(open(lex_file))
    lexicon = Lexicon()
    lexicon.actors = tuple(Actor(tuple(t), c) for t, c in d["actors"])
    lexicon.terms = tuple(Term(tuple(t), c, x, n) for t, c, x, n in d["terms"])
    lexicon.negators = tuple(tuple(t) for t in d["negators"])
    lexicon.negator_kinds = tuple(d["negator_kinds"])
s = score_texts(texts, workers=1, lexicon=lexicon)
print(f"ready {len(texts)} {float(s.tension.sum())!r} {s.terms.tolist() == json.load(open(lex_file))['terms_want'] if lex_file else ''}",
      flush=True)
for line in sys.stdin:
    if line.strip() != "run":
        break
    t0 = time.perf_counter()
    score_texts(texts, workers=1, lexicon=lexicon)
    print(time.perf_counter() - t0, flush=True)
"""


def lexicon_file(lex: Any, terms_want: list[float], folder: Path) -> Path:
    """This tree's lexicon as JSON for the OLD code's child (``--old``), and the term counts it should give."""
    path = folder / "lexicon.json"
    path.write_text(json.dumps({
        "actors": [[list(a.tokens), a.code] for a in lex.actors],
        "terms": [[list(t.tokens), t.code, t.tension, t.negated_tension] for t in lex.terms],
        "negators": [list(n) for n in lex.negators],
        "negator_kinds": list(lex.negator_kinds),
        "terms_want": terms_want,
    }))
    return path


class OldCode:
    """The old scorer in a child process, timed on demand (one run per request)."""

    def __init__(self, path: Path, n_bytes: int, seed: int, lex_file: Path | None = None) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", OLD_CHILD, str(path), str(HERE), str(n_bytes), str(seed),
                                      str(lex_file or "")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     env={**os.environ, "PYTHONPATH": str(path)}, cwd=str(path))
        assert self.proc.stdout is not None
        ready = self.proc.stdout.readline().split()
        if not ready or ready[0] != "ready":
            raise SystemExit(f"--old {path}: the child did not start ({ready})")
        self.n_docs, self.tension_sum = int(ready[1]), float(ready[2])
        self.same_terms = ready[3] if len(ready) > 3 else ""

    def run(self) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("run\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("quit\n")
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def utf8_mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def sample(texts: list[str], n_bytes: int) -> list[str]:
    out, size = [], 0
    for t in texts:
        if size >= n_bytes:
            break
        out.append(t)
        size += len(t.encode("utf-8"))
    return out


def numpy_control() -> float:
    """Two threads of plain numpy work against one: ~2.0 on two idle cores."""
    a = np.random.default_rng(0).random(1_000_000)

    def work() -> None:
        for _ in range(40):
            np.sqrt(a)

    def run(n: int) -> float:
        threads = [threading.Thread(target=work) for _ in range(n)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.perf_counter() - t0

    return 2 * run(1) / run(2)


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def write_corpus(folder: Path, docs: list[tuple[str, str, str]]) -> tuple[Path, Path]:
    import pyarrow.parquet as pq

    jl = folder / "corpus.jsonl"
    with open(jl, "w", encoding="utf-8") as f:
        for rid, day, text in docs:
            f.write(json.dumps({"id": rid, "published": day, "text": text}, ensure_ascii=False) + "\n")
    pqf = folder / "corpus.parquet"
    ids, days, texts = zip(*docs)
    pq.write_table(pa.table({"id": list(ids), "published": list(days), "text": list(texts)}), pqf,
                   row_group_size=20_000)
    return jl, pqf


def compare(args: argparse.Namespace) -> None:
    lex = load_lexicon()
    load0 = os.getloadavg()
    docs = list(textgen.documents(int(args.mb * 1e6), seed=args.seed))
    texts = [t for _, _, t in docs]
    arrow = pa.array(texts, pa.large_string())
    size = utf8_mb(texts)
    engines = ["numpy"] + (["numba"] if tension.text.score._numba_installed() else [])

    t0 = time.perf_counter()
    if "numba" in engines:
        tension.score_texts(texts[:3], lexicon=lex, engine="numba")
    first_call = time.perf_counter() - t0
    # one answer for every way of scoring
    want = tension.score_texts(texts, lexicon=lex, engine="numpy")
    for e in engines:
        for inp in (texts, arrow):
            got = tension.score_texts(inp, lexicon=lex, engine=e)
            assert np.array_equal(got.tension, want.tension) and np.array_equal(got.terms, want.terms), e
    from idiomatic_score import IdiomaticScorer

    idiom = IdiomaticScorer(lex)
    idiom_texts = sample(texts, args.idiomatic_bytes)
    check = idiom.score(idiom_texts)
    assert [c[0] for c in check] == want.tension[: len(idiom_texts)].tolist(), "idiomatic scorer disagrees"
    assert [c[3] for c in check] == want.terms[: len(idiom_texts)].tolist(), "idiomatic scorer disagrees"
    import reference_score

    ref_texts = sample(texts, args.reference_bytes)
    assert [r.tension for r in reference_score.score_texts(ref_texts, lex)] == want.tension[: len(ref_texts)].tolist()
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader: Any = SentimentIntensityAnalyzer()
    except ImportError:
        vader = None
    vader_texts = sample(texts, args.vader_bytes)
    tmp = tempfile.TemporaryDirectory(prefix="tension-bench-")
    old = old_same = None
    if args.old:  # the old code with its own lexicon, and with this tree's (the same work, rule for rule)
        old = OldCode(Path(args.old).resolve(), int(args.mb * 1e6), args.seed)
        old_same = OldCode(Path(args.old).resolve(), int(args.mb * 1e6), args.seed,
                           lexicon_file(lex, want.terms.tolist(), Path(tmp.name)))
        if old.n_docs != len(texts):
            raise SystemExit(f"--old: the child generated {old.n_docs} documents, expected {len(texts)}")

    # (name, MB, workers, callable)
    rows: list[tuple[str, float, int, Callable[[], Any]]] = []
    for e in reversed(engines):
        rows.append((f"{e}, Arrow input, 1 worker", size, 1,
                     lambda e=e: tension.score_texts(arrow, lexicon=lex, engine=e)))
        rows.append((f"{e}, list of str, 1 worker", size, 1,
                     lambda e=e: tension.score_texts(texts, lexicon=lex, engine=e)))
        rows.append((f"{e}, Arrow input, 2 workers", size, 2,
                     lambda e=e: tension.score_texts(arrow, lexicon=lex, engine=e, workers=2)))
    if old is not None and old_same is not None:
        rows.append(("OLD code (--old), list of str, 1 worker", size, 1, old.run))
        rows.append(("OLD code, this tree's lexicon, list of str", size, 1, old_same.run))
    rows.append(("idiomatic Python, same rules", utf8_mb(idiom_texts), 1, lambda: idiom.score(idiom_texts)))
    rows.append(("tests/reference_score.py", utf8_mb(ref_texts), 1,
                 lambda: reference_score.score_texts(ref_texts, lex)))
    if vader is not None:
        rows.append(("VADER (compound score)", utf8_mb(vader_texts), 1,
                     lambda: [vader.polarity_scores(t)["compound"] for t in vader_texts]))

    corpus_rows: list[tuple[str, str, str, Callable[[], Any]]] = []
    if not args.no_corpus:
        jl, pqf = write_corpus(Path(tmp.name), docs)
        for e in engines:
            corpus_rows.append((e, "JSON Lines", "score_corpus",
                                lambda e=e: tension.score_corpus(jl, lexicon=lex, engine=e, progress=False)))
            corpus_rows.append((e, "Parquet", "score_corpus",
                                lambda e=e: tension.score_corpus(pqf, lexicon=lex, engine=e, progress=False)))
            corpus_rows.append((e, "in memory", "score_texts",
                                lambda e=e: tension.score_texts(texts, lexicon=lex, engine=e)))
        for e in engines:
            a = tension.score_corpus(jl, lexicon=lex, engine=e, progress=False)
            b = tension.score_corpus(pqf, lexicon=lex, engine=e, progress=False)
            assert np.array_equal(a.tension, want.tension) and np.array_equal(b.tension, want.tension)

    times: dict[str, list[float]] = {r[0]: [] for r in rows}
    ctimes: dict[tuple[str, str], list[float]] = {(r[0], r[1]): [] for r in corpus_rows}
    controls: list[float] = []
    t_start = time.perf_counter()
    for _ in range(args.rounds):
        for name, _, _, fn in rows:
            times[name].append(fn() if fn in (getattr(old, "run", None), getattr(old_same, "run", None)) else timed(fn))
        for e, what, _, fn in corpus_rows:
            ctimes[(e, what)].append(timed(fn))
        controls.append(numpy_control())
    elapsed = time.perf_counter() - t_start
    load1 = os.getloadavg()
    for child in (old, old_same):
        if child is not None:
            child.close()
    tmp.cleanup()

    rate = {name: mb / statistics.median(times[name]) / w for name, mb, w, _ in rows}
    print(f"tension {tension.__version__}, numpy {np.__version__}, pyarrow {pa.__version__}"
          + (f", numba {__import__('numba').__version__}" if "numba" in engines else ", numba not installed"))
    print(f"corpus: textgen seed {args.seed}, {size:.1f} MB of UTF-8 text, {len(texts)} documents; "
          f"{args.rounds} interleaved rounds in {elapsed:.0f} s; medians")
    if old_same is not None:
        print(f"OLD code with this tree's lexicon: same term counts as this tree: {old_same.same_terms} "
              "(the old code matched 2-4 capital tokens such as 'MEET' as lower-case terms)")
    print(f"load average before: {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}; after: "
          f"{load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}; {os.cpu_count()} cores")
    if "numba" in engines:
        print(f"numba engine first call in this process (compile, or load from the cache): {first_call:.2f} s")
    print()
    print(f"| {'scorer, same rules and lexicon':<44} | {'MB':>6} | {'MB/s per core':>13} | {'min..max':>15} |")
    print(f"|{'-' * 46}|{'-' * 8}|{'-' * 15}|{'-' * 17}|")
    for name, mb, w, _ in rows:
        lo, hi = mb / max(times[name]) / w, mb / min(times[name]) / w
        print(f"| {name:<44} | {mb:6.2f} | {rate[name]:13.1f} | {lo:7.1f}..{hi:<7.1f}|")
    print(f"\ncontrol: two threads of plain numpy work = {statistics.median(controls):.2f}x one thread "
          f"(rounds: {', '.join(f'{c:.2f}' for c in controls)})")
    if corpus_rows:
        print(f"\n| {'engine':<6} | {'input':<11} | {'call':<12} | {'MB/s':>8} | {'/ in memory':>11} |")
        print(f"|{'-' * 8}|{'-' * 13}|{'-' * 14}|{'-' * 10}|{'-' * 13}|")
        for e, what, call, _ in corpus_rows:
            r = size / statistics.median(ctimes[(e, what)])
            base = size / statistics.median(ctimes[(e, "in memory")])
            print(f"| {e:<6} | {what:<11} | {call:<12} | {r:8.1f} | {r / base:10.2f}x |")

    def ratio(a: str, b: str) -> float:
        return rate[a] / rate[b] if a in rate and b in rate else float("nan")

    print("\ntargets of issue 12:")
    checks: list[tuple[str, float, float]] = []
    if "numba" in engines:
        n1, n2 = rate["numba, Arrow input, 1 worker"], rate["numba, Arrow input, 2 workers"]
        checks += [("numba, Arrow input, MB/s per core", n1, 300),
                   ("numba / numpy (Arrow, 1 worker)", ratio("numba, Arrow input, 1 worker",
                                                            "numpy, Arrow input, 1 worker"), 2.5),
                   ("numba 2 workers / 1 worker (total throughput)", 2 * n2 / n1, 1.6)]
    np1 = "numpy, list of str, 1 worker"
    if old is not None and old_same is not None:
        checks.append(("numpy / OLD code (list of str, 1 worker)", ratio(np1, "OLD code (--old), list of str, 1 worker"),
                       1.2))
        checks.append(("numpy / OLD code with this tree's lexicon", ratio(np1, "OLD code, this tree's lexicon, list of str"),
                       1.2))
    checks.append(("numpy / idiomatic Python", ratio(np1, "idiomatic Python, same rules"), 10))
    if vader is not None:
        checks.append(("numpy / VADER", ratio(np1, "VADER (compound score)"), 100))
    for e, what, _, _ in corpus_rows:
        if what != "in memory":
            checks.append((f"{e}: score_corpus {what} / in memory",
                           statistics.median(ctimes[(e, "in memory")]) / statistics.median(ctimes[(e, what)]), 0.85))
    for name, value, target in checks:
        print(f"  {name:<48} {value:8.2f}  (target >= {target:g}: {'met' if value >= target else 'NOT met'})")


RSS_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])

def hwm_kb():
    # VmHWM: this process's peak resident set since its exec (ru_maxrss would also count the parent's
    # peak before the fork, which is the corpus generator's)
    with open("/proc/self/status") as fh:
        return int(next(line for line in fh if line.startswith("VmHWM:")).split()[1])

import tension
tension.score_texts(["China and the US met."], engine=sys.argv[2])  # the lexicon and the kernel, outside the timer
warm_kb = hwm_kb()
t0 = time.perf_counter()
s = tension.score_corpus(sys.argv[1], progress=False, engine=sys.argv[2])
dt = time.perf_counter() - t0
print(json.dumps({"docs": len(s), "seconds": dt, "maxrss_kb": hwm_kb(), "warm_kb": warm_kb}))
"""


def rss(args: argparse.Namespace) -> None:
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    keep = args.data_dir is not None
    folder = Path(args.data_dir) if keep else Path(tempfile.mkdtemp(prefix="tension-rss-"))
    folder.mkdir(parents=True, exist_ok=True)
    jl = folder / f"news_{args.rss_gb:g}gb.jsonl"
    pqf = jl.with_suffix(".parquet")
    t0 = time.perf_counter()
    textgen.write_jsonl(jl, int(args.rss_gb * 1e9), seed=args.seed)
    if not pqf.exists():  # streamed: the conversion's memory is bounded too
        schema = pa.schema([("id", pa.string()), ("published", pa.string()), ("text", pa.string())])
        reader = pj.open_json(jl, read_options=pj.ReadOptions(block_size=16 << 20),
                              parse_options=pj.ParseOptions(explicit_schema=schema))
        with pq.ParquetWriter(pqf, schema) as w:
            for batch in reader:
                w.write_batch(batch)
    print(f"corpus in {folder}: {jl.stat().st_size / 1e6:.0f} MB JSON Lines, {pqf.stat().st_size / 1e6:.0f} MB "
          f"Parquet (ready in {time.perf_counter() - t0:.0f} s); load average {os.getloadavg()[0]:.2f}")
    engine = "numba" if tension.text.score._numba_installed() else "numpy"
    for f in (jl, pqf):
        out = subprocess.run([sys.executable, "-c", RSS_CHILD, str(f), engine, str(ROOT)], check=True,
                             capture_output=True, text=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        peak = res["maxrss_kb"] / 1024
        print(f"score_corpus({f.name!r}, engine={engine!r}): {res['docs']} documents in {res['seconds']:.1f} s "
              f"= {jl.stat().st_size / 1e6 / res['seconds']:.0f} MB/s of JSON Lines bytes; peak RSS {peak:.0f} MiB "
              f"(target < 500 MiB: {'met' if peak < 500 else 'NOT met'}; {res['warm_kb'] / 1024:.0f} MiB after "
              f"importing and scoring one sentence)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    if not keep:
        for f in (jl, pqf):
            f.unlink()
        folder.rmdir()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=30.0, help="corpus size, MB of text [30]")
    ap.add_argument("--rounds", type=int, default=7, help="interleaved rounds [7]")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--old", default=None, help="a checkout of the old code to time against (its root folder)")
    ap.add_argument("--no-corpus", action="store_true", help="skip the score_corpus (JSON Lines, Parquet) rows")
    ap.add_argument("--idiomatic-bytes", type=int, default=2_000_000)
    ap.add_argument("--reference-bytes", type=int, default=200_000)
    ap.add_argument("--vader-bytes", type=int, default=200_000)
    ap.add_argument("--rss", action="store_true", help="instead: peak RSS of score_corpus on a large corpus")
    ap.add_argument("--rss-gb", type=float, default=1.0, help="size of the --rss corpus in GB of text [1]")
    ap.add_argument("--data-dir", default=None, help="--rss: keep the generated corpus in this folder")
    args = ap.parse_args()
    (rss if args.rss else compare)(args)


if __name__ == "__main__":
    main()
