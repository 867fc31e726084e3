"""Peak memory of ``errors="warn"`` on heavily damaged input: bounded, whatever the damage.

Each case runs in a fresh subprocess that reads one damaged file with
``tension.read_gdelt(path, errors="warn")`` (or streams it with ``iter_gdelt``),
then reports its peak resident set size (``ru_maxrss``), the rows read and the
rows skipped. The inputs, built once in a cache folder:

* ``mixed``: ``TENSION_DAMAGE_MB`` (default 1024: 1 GB) of GDELT 2.0 lines of which
  about 70% are damaged: empty lines, cut rows, garbage bytes, bytes that are not
  UTF-8, lone carriage returns, values out of range, unknown codes, " 5" and "+5";
* ``blank_zip``: a small zip holding one row and 256 MB of empty lines (every one a bad row);
* ``long_line_zip``: a small zip holding one 600 MB line (refused early).

Run::

    PYTHONPATH=. python benchmarks/memory_damaged_warn.py          # 1 GB
    TENSION_DAMAGE_MB=64 PYTHONPATH=. python benchmarks/memory_damaged_warn.py   # smoke test

It exits with status 1 if a peak reaches 1 GB. The figure is in ``docs/performance.md``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

LIMIT_BYTES = 1 << 30

_CHILD = r"""
import json, resource, sys, warnings
import tension
case, path, how = sys.argv[1], sys.argv[2], sys.argv[3]
caught = []
rows, refused = 0, None
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        if how == "read":
            rows = len(tension.read_gdelt(path, errors="warn"))
        else:
            rows = sum(len(b) for b in tension.iter_gdelt(path, errors="warn", batch_rows=250_000))
    except tension.ParseError as e:
        refused = str(e)[:160]
skipped = sum(int(str(w.message).split("skipped ")[1].split(" ")[0]) for w in caught if "skipped " in str(w.message))
print(json.dumps({"case": case, "how": how, "rows": rows, "skipped": skipped, "refused": refused,
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def _damaged_chunk(seed: int = 7) -> bytes:
    """About 1 MB of GDELT 2.0 lines, about 70% of them damaged in a dozen ways."""
    import numpy as np

    from tension.io import _synth
    from tension.io.gdelt import layout_columns

    cols = layout_columns(61)
    gold, code = cols.index("GoldsteinScale"), cols.index("EventCode")
    with tempfile.TemporaryDirectory() as tmp:
        lines = _synth.write_gdelt(Path(tmp) / "c.CSV", 4000, layout=61, seed=seed).read_bytes().split(b"\n")[:-1]
    rng = np.random.default_rng(seed)
    out: list[bytes] = []
    for i, line in enumerate(lines):
        kind = int(rng.integers(0, 14))
        fields = line.split(b"\t")
        if kind == 0:
            out.extend([b""] * 50)  # runs of empty lines
            continue
        if kind == 1:
            line = line[: int(rng.integers(0, len(line)))]
        elif kind == 2:
            line = bytes(rng.integers(0, 256, 120, dtype=np.uint8)).replace(b"\n", b"")
        elif kind == 3:
            line = line.replace(b"\t", b"\xff\t", 1)
        elif kind == 4 and i + 1 < len(lines):
            line = line + b"\r" + lines[i + 1]
        elif kind == 5:
            fields[gold] = b"12.5"
        elif kind == 6:
            fields[code] = b"999"
        elif kind == 7:
            fields[gold] = b" 5"
        elif kind == 8:
            fields[gold] = b"+5"
        if kind in (5, 6, 7, 8):
            line = b"\t".join(fields)
        out.append(line)  # kinds 9-13: good rows
    return b"\n".join(out) + b"\n"


def inputs(folder: Path, mb: int) -> dict[str, Path]:
    """Build (once) the damaged inputs in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    mixed = folder / f"mixed_{mb}mb.export.CSV"
    if not mixed.exists():
        chunk = _damaged_chunk()
        with open(mixed.with_suffix(".tmp"), "wb") as f:
            for _ in range(max(1, (mb << 20) // len(chunk))):
                f.write(chunk)
        mixed.with_suffix(".tmp").rename(mixed)
    blank = folder / "blank.export.CSV.zip"
    if not blank.exists():
        good = _damaged_chunk().split(b"\n")
        first = next(line for line in good if line.count(b"\t") == 60 and b"\r" not in line)
        with zipfile.ZipFile(blank, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf, \
                zf.open("blank.export.CSV", "w", force_zip64=True) as f:
            f.write(first + b"\n")  # one row, then nothing but empty lines (bad rows)
            for _ in range(256):
                f.write(b"\n" * (1 << 20))
    long_line = folder / "long_line.export.CSV.zip"
    if not long_line.exists():
        with zipfile.ZipFile(long_line, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf, \
                zf.open("long_line.export.CSV", "w", force_zip64=True) as f:
            for _ in range(600):
                f.write(b"x" * (1 << 20))
            f.write(b"\n")
    return {"mixed": mixed, "blank_zip": blank, "long_line_zip": long_line}


def measure(case: str, path: Path, how: str) -> dict[str, object]:
    """Run one read in a fresh interpreter and return its report."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-c", _CHILD, case, str(path), how], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    mb = int(os.environ.get("TENSION_DAMAGE_MB", "1024"))
    folder = Path(os.environ.get("TENSION_BENCH_DATA", Path(tempfile.gettempdir()) / "tension-bench-damage"))
    paths = inputs(folder, mb)
    worst = 0.0
    for case, how in (("mixed", "read"), ("mixed", "iter"), ("blank_zip", "read"), ("long_line_zip", "read")):
        r = measure(case, paths[case], how)
        r["input_mb"] = round(paths[case].stat().st_size / 2**20, 1)
        print(json.dumps(r))
        worst = max(worst, float(r["peak_mb"]))  # type: ignore[arg-type]
    print(f"worst peak: {worst:.0f} MB (limit {LIMIT_BYTES >> 20} MB)")
    return 0 if worst * 2**20 < LIMIT_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
