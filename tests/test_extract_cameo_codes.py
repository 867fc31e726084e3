"""Every CAMEO code's typical phrasing (tests/cameo_code_cases.py) against the extractor.

Scored as the CAMEO manual's examples are judged (issue 11): an event found at all; of the found,
the first event's sign equal to the gold code's sign and the gold root among the events. The
actor/target pair is scored too. ``test_cameo_code_floors`` holds floors on the shares so that
coverage of the codebook does not slide back; must-not specs hold case by case.
"""

from __future__ import annotations

from cameo_code_cases import CASES, PUB

from tension import codebook
from tension.text.extract import _coded_events

Row = tuple[str, str, str, str, str, str]


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _pair_ok(pair: str, rows: list[Row], root: str) -> bool:
    a, _, b = pair.partition(">")
    return any(r[2][:2] == root and r[0].startswith(a) and r[1].startswith(b) for r in rows)


def _hit(spec: str, rows: list[Row]) -> bool:
    if spec == "*":
        return bool(rows)
    pair, code = (spec.split() + [""])[:2]
    a, _, b = pair.partition(">")
    return any(r[0].startswith(a) and r[1].startswith(b) and r[2].startswith(code) for r in rows)


def score() -> dict[str, float]:
    """Shares over CASES: found, sign (of found), root (of found), pair (actor>target and root, of all)."""
    found = sign = root = pair = 0
    for code, text, p, _ in CASES:
        rows = _coded_events(text, PUB)
        if not rows:
            continue
        found += 1
        gold = _sign(float(codebook.tension_of([code])[0]))
        sign += _sign(float(codebook.tension_of([rows[0][2]])[0])) == gold
        root += any(r[2][:2] == code[:2] for r in rows)
        pair += _pair_ok(p, rows, code[:2])
    n = len(CASES)
    return {"found": found / n, "sign": sign / max(found, 1), "root": root / max(found, 1), "pair": pair / n}


def test_every_code_has_cases() -> None:
    have = {c for c, *_ in CASES}
    every = {str(c) for c in codebook.load().codes.tolist() if len(str(c)) == 3}
    assert len(every) == 149
    assert sorted(every - have) == []


def test_cameo_code_must_not() -> None:
    broken = [(text, s) for _, text, _, must_not in CASES for s in must_not if _hit(s, _coded_events(text, PUB))]
    assert broken == []


def test_cameo_code_floors() -> None:
    s = score()
    assert s["found"] >= FLOORS["found"], s
    assert s["sign"] >= FLOORS["sign"], s
    assert s["root"] >= FLOORS["root"], s
    assert s["pair"] >= FLOORS["pair"], s


# Before the coverage2 branch (main, end of round 3): found 0.695, sign 0.947, root 0.905, pair 0.605 on
# these 243 cases; after it: found 0.765, sign 0.989, root 0.946, pair 0.712. Floors sit a little below.
FLOORS = {"found": 0.74, "sign": 0.96, "root": 0.92, "pair": 0.68}
