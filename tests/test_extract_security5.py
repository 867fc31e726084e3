"""Security news, fifth round: negated refusals, "pressed on with", naming clauses, charges and
their glosses, drills written out (issue 11).

Written here (paraphrased news style; no sentence is copied from an article). Each case is
``(text, expected, must_not)`` in the spec syntax of ``tests/extract_family_cases.py``
(``"CHN>TWN 150"``: actor and target countries and a code prefix).
"""

from __future__ import annotations

import pytest
from test_extract_families import check

PUB = "2024-05-24"

CASES: list[tuple[str, list[str], list[str]]] = [
    # a refusal that is itself negated: nothing refused, and the force only a possibility
    ("Beijing has never ruled out using force to bring Taiwan under its control.", [], ["*"]),
    ("China has not ruled out the use of force against Taiwan.", [], ["*"]),
    ("Moscow did not rule out military action against Kyiv.", [], ["*"]),
    ("Tokyo did not cancel the minister's visit to Seoul.", [], ["JPN>KOR 16"]),
    ("China ruled out talks with Taiwan's new leader.", ["CHN>TWN 12"], []),
    ("Seoul rejected the proposal, but Tokyo did not rule out talks with Pyongyang.", [], ["JPN>PRK 12"]),
    # "pressed on / pushed ahead with X": X is the act, no appeal, no advance
    ("China's military pressed on Friday with large-scale exercises around Taiwan.", ["CHN>TWN 150"],
     ["CHN>TWN 19", "CHN>TWN 02", "CHN>TWN 10"]),
    ("The Chinese navy pressed ahead with drills near Taiwan on Thursday.", ["CHN>TWN 150"], ["CHN>TWN 02"]),
    ("The United States pressed China to release three Americans.", ["USA>CHN 10"], []),
    # "in what X called ...": a way of naming, no appeal
    ("Chinese warships held drills around Taiwan in what Beijing called punishment for separatist acts.", ["CHN>TWN 150"],
     ["CHN>TWN 02"]),
    ("Vietnam protested against what it called Chinese aggression in the Paracels.", ["VNM>CHN 11"], []),
    # charges unsealed; the participle after them says what the charge is
    ("WASHINGTON — The Justice Department on Monday unsealed charges against four Chinese nationals.",
     ["USA>CHN 173"], []),
    ("WASHINGTON — Prosecutors unsealed an indictment against two Chinese hackers on Tuesday, accusing them of "
     "stealing vaccine research.", ["USA>CHN 173"], ["USA>CHN 112"]),
    ("WASHINGTON — Prosecutors indicted a Chinese engineer on Tuesday, and the State Department accused Beijing "
     "of running him.", ["USA>CHN 173", "USA>CHN 112"], []),
    # China's list of unreliable entities, written out
    ("China put three U.S. defence firms on a list of unreliable entities on Monday.", ["CHN>USA 163"], []),
    ("China's commerce ministry maintains a list of unreliable entities.", [], ["CHN>USA 16"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_security_round5(text: str, expected: list[str], must_not: list[str]) -> None:
    """Negated refusals, continued acts, naming clauses, charges and drills."""
    assert check(text, expected, must_not, PUB) == []
