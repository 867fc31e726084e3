"""Peak memory of ``tension.iter_gdelt``: it stays bounded whatever the size of the input.

Each measurement runs in a fresh subprocess that streams GDELT 2.0 rows through
``iter_gdelt`` and reduces every batch to a monthly US–China series (the
archive-larger-than-memory use), then reports its peak resident set size
(``ru_maxrss``). The input is the benchmark file read 1, 2 and 4 times over (the
same path given several times), so the stream grows while the batch size stays.

Run (``TENSION_BENCH_SIZE=full`` uses the ~1 GB file of ``bench_gdelt.py``)::

    TENSION_BENCH_SIZE=full PYTHONPATH=. python benchmarks/memory_iter_gdelt.py

It exits with status 1 if a peak reaches 1 GB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LIMIT_BYTES = 1 << 30
HERE = Path(__file__).resolve().parent

_CHILD = r"""
import json, resource, sys, time
import numpy as np
import tension
path, repeat, batch_rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t0 = time.perf_counter()
rows = events = 0
total = None
for batch in tension.iter_gdelt([path] * repeat, batch_rows=batch_rows):
    rows += len(batch)
    us_cn = batch.dyad("USA", "CHN")
    events += len(us_cn)
    s = us_cn.series("M", start="2015-01-01", end="2023-12-31")
    total = s.values if total is None else total + s.values
secs = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"rows": rows, "us_cn": events, "seconds": secs, "peak_rss": peak}))
"""


def measure(path: Path, repeat: int, batch_rows: int) -> dict:
    """Run one streaming pass in a fresh interpreter and return its figures."""
    env = dict(os.environ, PYTHONPATH=str(HERE.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(repeat), str(batch_rows)],
                         check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    sys.path.insert(0, str(HERE))
    from bench_gdelt import SIZES, bench_size, gdelt_file

    path = gdelt_file(SIZES[bench_size()])
    size = path.stat().st_size
    print(f"file: {path.name}, {size / 1e6:,.0f} MB")
    ok = True
    for repeat in (1, 2, 4):
        r = measure(path, repeat, batch_rows=250_000)
        ok &= r["peak_rss"] < LIMIT_BYTES
        print(f"stream of {repeat} x file = {size * repeat / 1e9:5.2f} GB, {r['rows']:>11,} rows: "
              f"peak RSS {r['peak_rss'] / 2**20:7.0f} MiB, {r['seconds']:6.1f} s "
              f"({size * repeat / 1e6 / r['seconds']:.0f} MB/s)")
    print("peak RSS stays under 1 GiB:", ok)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
