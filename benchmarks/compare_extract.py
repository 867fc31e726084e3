"""The extraction speed of ``docs/performance.md``: this tree against an older checkout, alternating.

Each round runs ``benchmarks/bench_extract.py`` (best of three passes over the seeded news corpus, 20,010
sentences at ``--size full``) once in a fresh process for the OLD tree and once for this tree (which goes
first alternates from round to round), and a
control between rounds (two threads of plain numpy work: what the machine offers now), and prints the
load average. The two trees are timed in the same minutes, so their ratio holds even when the machine's
own speed drifts from one window to the next (by 35% and more on the shared 2-core machine). Run it on a
quiet machine (no test suite, no helper, no other benchmark):

    git worktree add --detach ../start 93f286f
    python benchmarks/compare_extract.py --old ../start --rounds 5        # ~8 minutes at full size
    python benchmarks/compare_extract.py --old ../start --rounds 1 --size small   # a smoke run

The printed table gives each round's sentences per CPU-second for both trees and their ratio, then
the medians.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parents[1]
_RATE = re.compile(r"([\d,]+) sentences per CPU-second")


def control() -> float:
    """Seconds two threads of numpy sorting take (one BLAS-free, GIL-releasing workload per core)."""
    data = np.random.default_rng(0).random(1_000_000)

    def work() -> None:
        for _ in range(10):
            np.sort(data)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


def run_tree(tree: Path, size: str) -> tuple[float, str]:
    """Sentences per CPU-second of ``bench_extract.py`` in ``tree`` (a fresh process importing that tree)."""
    env = dict(os.environ, PYTHONPATH=str(tree), TENSION_BENCH_SIZE=size, OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([sys.executable, str(tree / "benchmarks" / "bench_extract.py")], cwd=tree, env=env,
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    m = _RATE.search(out)
    if m is None:
        raise RuntimeError(f"{tree}: expected a line with 'sentences per CPU-second', got {out!r}")
    return float(m.group(1).replace(",", "")), out


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, required=True, help="a checkout of the older version")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--size", choices=["small", "full"], default="full")
    args = ap.parse_args(argv)
    old = args.old.resolve()
    if not (old / "benchmarks" / "bench_extract.py").is_file():
        ap.error(f"--old: expected a checkout with benchmarks/bench_extract.py, got {old}")
    rows = []
    for k in range(1, args.rounds + 1):
        c = control()
        print(f"round {k} {time.strftime('%H:%M:%S', time.gmtime())} UTC  load {load()}  control {c:.2f} s",
              flush=True)
        if k % 2:  # alternate which tree goes first: the first run of a round is often the faster
            r_old, line_old = run_tree(old, args.size)
            r_new, line_new = run_tree(HERE, args.size)
        else:
            r_new, line_new = run_tree(HERE, args.size)
            r_old, line_old = run_tree(old, args.size)
        print(f"  old: {line_old}\n  new: {line_new}", flush=True)
        rows.append((r_old, r_new))
    print(f"end {time.strftime('%H:%M:%S', time.gmtime())} UTC  load {load()}  control {control():.2f} s")
    print("\nround  old/s  new/s  new/old")
    for k, (o, n) in enumerate(rows, 1):
        print(f"{k:>5}  {o:6,.0f}  {n:6,.0f}  {n / o:7.2f}")
    print(f"median {statistics.median(o for o, _ in rows):6,.0f}  {statistics.median(n for _, n in rows):6,.0f}  "
          f"{statistics.median(n / o for o, n in rows):7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
