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


# One case or more per rule of the coverage pass, with must-not specs (same syntax as CASES').
RULE_CASES: list[tuple[str, list[str], list[str]]] = [
    # campaigns against a problem are no attack
    ("Russia pledged to work with the United States in the fight against terrorism.", ["RUS>USA 03"], ["RUS>USA 19"]),
    ("Mexico launched a war on drugs with US help.", [], ["MEX>USA 19"]),
    ("Israel waged war on Hamas.", ["ISR>PSE 19"], []),
    # a suicide bomber's attack is a suicide bombing
    ("A Hamas suicide bomber attacked a bus in Jerusalem.", ["PSE>ISR 1831"], ["PSE>ISR 190"]),
    ("Palestinian gunmen attacked an Israeli bus.", ["PSE>ISR 190"], ["PSE>ISR 183"]),
    # force abroad with no named victim hits the country where it happens; never the passive's subject
    ("Russian jets bombed targets in Syria.", ["RUS>SYR 195"], []),
    ("A former Canadian diplomat was detained in Beijing.", [], ["CAN>CHN"]),
    ("Russian jets bombed targets in Chechnya.", [], ["RUS>RUS"]),
    # a state's bombing is an air strike
    ("NATO's bombing of Serbia continued for a third day.", ["IGO>SRB 195"], ["IGO>SRB 183"]),
    ("Hamas claimed responsibility for the bombing of an Israeli bus.", ["PSE>ISR 183"], ["PSE>ISR 195"]),
    # appeals and demands for reform or withdrawal; offers to withdraw
    ("The European Union urged Belarus to hold free elections.", ["IGO>BLR 0244"], []),
    ("NATO urged the Yugoslav army to withdraw from Kosovo.", ["IGO>SRB 025"], []),
    ("Washington demanded that Belgrade grant autonomy to Kosovo.", ["USA>SRB 1044"], []),
    ("Israel offered to withdraw from southern Lebanon.", ["ISR>LBN 035"], ["ISR>LBN 13"]),
    ("Trump vowed to withdraw from the WHO.", ["USA>IGO 13"], ["USA>IGO 03"]),
    # considering an option (014); the option is no act
    ("Washington is weighing new sanctions against Venezuela.", ["USA>VEN 014"], ["USA>VEN 16"]),
    ("South Korea said it would consider sending weapons to Ukraine.", ["KOR>UKR 014"], ["KOR>UKR 07", "KOR>UKR 03"]),
    # exercises: alone a show of force, joint ones cooperation
    ("Chinese warships conducted exercises near Taiwan.", ["CHN>TWN 150"], ["CHN>TWN 06"]),
    ("The United States and Japan conducted joint exercises.", ["USA>JPN 062"], ["USA>JPN 15"]),
    ("China urged Japan to exercise restraint.", ["CHN>JPN 02"], ["CHN>JPN 15"]),
    # releasing people; bare "release" stays ambiguous
    ("Iraq released an American citizen.", ["IRQ>USA 0841"], []),
    ("Iran and Iraq exchanged prisoners of war.", ["IRN>IRQ 0841"], ["IRN>IRQ 19"]),
    ("China released its annual report on human rights in the United States.", [], ["*"]),
    # historical actors by surname, dated
    ("Yeltsin criticized NATO's bombing of Yugoslavia.", ["RUS>IGO 111"], []),
    ("The KLA ambushed a Serbian police patrol.", ["KSV>SRB 19"], []),
]


def test_rule_cases() -> None:
    problems = []
    for text, expected, must_not in RULE_CASES:
        rows = _coded_events(text, PUB)
        problems += [(text, "missing", s, rows) for s in expected if not _hit(s, rows)]
        problems += [(text, "must not", s, rows) for s in must_not if _hit(s, rows)]
    assert problems == []
