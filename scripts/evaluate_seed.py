"""Evaluate the extractor on the bundled seed article against its gold annotation.

Usage: ``python scripts/evaluate_seed.py`` (exit status 1 if a target is missed:
>= 11 of 12 required gold events, no must_not case, every evidence in the text,
<= 40 events).
"""

from __future__ import annotations

import sys

from tension.text.evaluate import evaluate_seed


def main() -> int:
    report = evaluate_seed()
    for line in report.lines():
        print(line)
    ok = (report.required_found >= 11 and report.must_not_violations == 0 and report.evidence_ok
          and report.n_events <= 40)
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
