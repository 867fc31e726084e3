"""Peak memory of ``tension.score_corpus`` streaming a large JSONL corpus.

Generates (once) a seeded news-like JSONL corpus of ``--mb`` megabytes under
``benchmarks/_data/`` with ``benchmarks/textgen.py``, scores it in a fresh child
process and reports the child's peak resident set size (``ru_maxrss``), its
throughput and the corpus size. The issue's bound: under 1 GB for 500 MB.

    python benchmarks/memory_score_corpus.py --mb 500 [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = """
import json, sys, time, resource
import tension
t0 = time.perf_counter()
s = tension.score_corpus(sys.argv[1], progress=False, workers=int(sys.argv[2]))
dt = time.perf_counter() - t0
print(json.dumps({"docs": len(s), "seconds": dt, "dyad_docs": int((s.dyad_sentences > 0).sum()),
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def main() -> None:
    import textgen

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=500.0, help="corpus size in MB of text [500]")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    path = HERE / "_data" / f"news_{args.mb:g}mb.jsonl"
    t0 = time.perf_counter()
    textgen.write_jsonl(path, int(args.mb * 1e6), seed=7)
    size = path.stat().st_size
    print(f"corpus: {path} ({size / 1e6:.0f} MB on disk, ready in {time.perf_counter() - t0:.0f} s)")
    root = HERE.parent
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(args.workers)], check=True,
                         capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": ""})
    res = json.loads(out.stdout.strip().splitlines()[-1])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"score_corpus: {res['docs']} documents ({res['dyad_docs']} with dyad sentences) in {res['seconds']:.1f} s "
          f"= {size / 1e6 / res['seconds']:.1f} MB/s (file bytes), workers={args.workers}")
    print(f"peak RSS of the scoring process: {peak:.0f} MiB (bound: 1024 MiB) -> "
          f"{'OK' if peak < 1024 else 'OVER'}")


if __name__ == "__main__":
    main()
