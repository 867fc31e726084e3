"""The numba kernel of this tree against the kernel of an earlier git revision, in one process.

Loads ``tension/text/jit.py`` of ``--rev`` (``git show``), with the ``tension/text/compiled.py`` of
the same revision (the lexicon tables the kernel reads), as scratch modules next to the current
ones, checks that both give identical results on a seeded corpus (``benchmarks/textgen.py``) held
as a pyarrow string array, then times the two kernels in
interleaved rounds with ``time.process_time`` and prints the best of each and their ratio.
Only the ratio means something on a shared machine.

    python benchmarks/compare_kernels.py --rev 041fc71 --mb 10 --rounds 7
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]


def _scratch(rev: str, path: str, name: str, subs: dict[str, str]):  # type: ignore[no-untyped-def]
    """The file ``path`` of revision ``rev``, imported as a scratch module (relative imports made absolute)."""
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"], check=True,
                         capture_output=True, text=True).stdout
    for a, b in subs.items():
        src = src.replace(a, b)
    file = Path(tempfile.mkdtemp()) / f"{name}.py"
    file.write_text(src)
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _old_kernel(rev: str):  # type: ignore[no-untyped-def]
    """The kernel of ``rev`` and the compiled-lexicon module it reads (``tension/text/compiled.py`` of the same
    revision, so that changes to the shared tables count too)."""
    compiled = _scratch(rev, "tension/text/compiled.py", "compiled_old_kernel",
                        {"from ..": "from tension.", "from .": "from tension.text."})
    kernel = _scratch(rev, "tension/text/jit.py", "jit_old_kernel",
                      {"from .compiled import": "from compiled_old_kernel import"})
    return kernel, compiled


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rev", required=True, help="the git revision of the old kernel")
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()

    import pyarrow as pa

    import tension.text.jit as new
    from benchmarks import textgen
    from tension.text.compiled import compile_lexicon
    from tension.text.score import _dyad_sides, check_options

    old, old_compiled = _old_kernel(args.rev)
    arr = pa.array(textgen.texts(int(args.mb * 1e6), seed=args.seed), type=pa.large_string())
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8)
    offs = np.frombuffer(arr.buffers()[1], dtype=np.int64)[: len(arr) + 1]
    n_bytes = int(offs[-1] - offs[0])
    dyad, lex = check_options(1, 1 << 20, "usa:chn", None)
    comp = compile_lexicon(lex)
    comp_old = old_compiled.compile_lexicon(lex)
    a, b = _dyad_sides(lex, dyad)
    r_new = new.score_spans(comp, a, b, data, offs)
    r_old = old.score_spans(comp_old, a, b, data, offs)
    print("identical results:", np.array_equal(r_new, r_old, equal_nan=True))
    best = {"new": float("inf"), "old": float("inf")}
    for _ in range(args.rounds):
        for name, mod, c in (("new", new, comp), ("old", old, comp_old)):
            t = time.process_time()
            mod.score_spans(c, a, b, data, offs)
            best[name] = min(best[name], time.process_time() - t)
    for name, t in best.items():
        print(f"{name}: {t * 1e3:.1f} ms, {n_bytes / t / 1e6:.1f} MB/s (this machine, now)")
    print(f"time new/old: {best['new'] / best['old']:.3f}  (speed-up {best['old'] / best['new']:.2f}x)")


if __name__ == "__main__":
    main()
