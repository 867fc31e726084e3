"""Pass rate of the extractor on the family sentences of issue 11 (tests/extract_family_cases.py).

Usage (from the repository root)::

    PYTHONPATH=. python scripts/report_families.py [-v]

prints the pass rate per family (``-v``: and every failing sentence with what was extracted).
The same checks run in ``tests/test_extract_families.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extract_family_cases import CASES
from test_extract_families import check


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    tally: dict[str, list[int]] = {}
    for family, text, expected, must_not, published in CASES:
        problems = check(text, expected, must_not, published)
        t = tally.setdefault(family, [0, 0])
        t[0] += not problems
        t[1] += 1
        if problems and verbose:
            print(f"[{family}] {text}\n    " + "\n    ".join(problems))
    for family, (ok, n) in tally.items():
        print(f"{family:8s} {ok:3d}/{n:3d} {ok / n:.0%}")
    total_ok = sum(v[0] for v in tally.values())
    total = sum(v[1] for v in tally.values())
    print(f"{'total':8s} {total_ok:3d}/{total:3d} {total_ok / total:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
