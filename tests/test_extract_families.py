"""Family sentences of issue 11 (tests/extract_family_cases.py) against the extractor.

Each case passes when every expected event is extracted (actor and target country, code prefix,
and mode or date when the spec names them) and no must-not event is. Cases the extractor still
gets wrong are listed in ``KNOWN_FAIL`` (xfail, not strict) so that the suite documents them;
``test_family_floors`` keeps the pass rate of each family from sliding back.
"""

from __future__ import annotations

import pytest
from extract_family_cases import CASES

from tension.text.extract import _coded_events

Row = tuple[str, str, str, str, str, str]  # actor, target, code, date, precision, mode


def _match(spec: str, rows: list[Row]) -> bool:
    parts = spec.split()
    pair, code = parts[0], parts[1] if len(parts) > 1 else ""
    mode = next((p for p in parts[2:] if p in ("act", "plan")), "")
    day = next((p[1:] for p in parts[2:] if p.startswith("@")), "")
    prec = next((p[1:] for p in parts[2:] if p.startswith("~")), "")
    joint = "<>" in pair
    a, b = pair.split("<>" if joint else ">")
    for actor, target, c, d, pr, m in rows:
        ok_pair = (actor[:3], target[:3]) == (a, b) or (joint and (actor[:3], target[:3]) == (b, a))
        if not ok_pair or not c.startswith(code):
            continue
        if (mode and m != mode) or (day and d != day) or (prec and pr != prec):
            continue
        return True
    return False


def check(text: str, expected: list[str], must_not: list[str], published: str) -> list[str]:
    """Problems of one case ([] when it passes)."""
    rows = _coded_events(text, published)
    problems = [f"missing {s}" for s in expected if not _match(s, rows)]
    for s in must_not:
        if (s == "*" and rows) or (s != "*" and _match(s, rows)):
            problems.append(f"must not {s}")
    if problems:
        problems.append(f"got {rows}")
    return problems


KNOWN_FAIL: frozenset[str] = frozenset([
    'Russia deployed bombers to Belarus.',
    'China sent a hospital ship to Tonga.',
    'A Chinese spy balloon flew over Montana.',
    'Chinese hackers breached US government email accounts.',
    'Washington unfroze Iranian assets.',
    'China declined an invitation for its defense minister to meet Austin.',
    'Xi told Biden that Taiwan was a red line.',
    'The Taiwanese defense ministry said Chinese aircraft entered its air defense zone.',
    'Speaker Pelosi landed in Taipei despite warnings from Beijing.',
    'Seoul said Pyongyang fired artillery shells near the border island.',
    'Washington and Manila signed a defense deal, angering Beijing.',
    'Chinese fighter jets flew near a US reconnaissance plane over the South China Sea.',
    'The Chinese military said it tracked a US destroyer in the Taiwan Strait.',
    'The US announced it would expel two Chinese diplomats.',
    'The talks are due to start in Geneva next week between the US and Russia.',
    "Japan will host South Korea's president next Thursday.",
    'Israeli troops raided a refugee camp in Jenin.',
    'Tokyo and Seoul resumed their security dialogue.',
    'Israel blockaded the Gaza Strip.',
    'Japan protested after a Chinese survey ship entered its territorial waters.',
])

FLOORS = {'plain': 0.85, 'reverse': 0.94, 'who': 0.84, 'state': 0.92, 'date': 0.94, 'pairs': 0.87}  # pass rates when last recorded, minus 0.03


@pytest.mark.parametrize(("family", "text", "expected", "must_not", "published"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_family_case(family: str, text: str, expected: list[str], must_not: list[str], published: str) -> None:
    """One family sentence is coded as a trained coder would."""
    problems = check(text, expected, must_not, published)
    if problems and text in KNOWN_FAIL:
        pytest.xfail("; ".join(problems))
    assert not problems, problems


def test_family_floors() -> None:
    """Each family keeps at least its recorded pass rate."""
    passed: dict[str, list[bool]] = {}
    for family, text, expected, must_not, published in CASES:
        passed.setdefault(family, []).append(not check(text, expected, must_not, published))
    for family, floor in FLOORS.items():
        rate = sum(passed[family]) / len(passed[family])
        assert rate >= floor, (family, rate)

