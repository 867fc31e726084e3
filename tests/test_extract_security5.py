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
    # "charged X with <crime>" is a legal charge (173), "charged that" a spoken accusation
    ("WASHINGTON — On Tuesday the Justice Department charged two Chinese hackers with stealing vaccine data.",
     ["USA>CHN 173"], ["USA>CHN 11"]),
    ("MOSCOW — Russian prosecutors charged an American journalist with espionage on Friday.", ["RUS>USA 173"], []),
    # military exchanges and contacts: cut off is halted (164), resumed is contact (04)
    ("China cut off military exchanges with the United States in August 2022.", ["CHN>USA 164"], ["CHN>USA 04"]),
    ("China and the United States resumed military contacts on Tuesday.", ["CHN>USA 04"], ["CHN>USA 16"]),
    # "likely to" is a forecast, no act
    ("BEIJING — A Chinese court on Monday sentenced a U.S. citizen to life in prison, in a case likely to add to "
     "tension between Beijing and Washington.", ["CHN>USA"], ["CHN>CHN", "CHN>USA 06"]),
    ("Analysts said Tokyo was likely to impose sanctions on Moscow.", [], ["JPN>RUS 16"]),
    # an agentless jailing or arrest: the authorities of where it happened; what they were jailed for is no act
    ("HONG KONG — Three pro-democracy activists were jailed on Wednesday for their roles in a protest last year.",
     ["HKG>HKG 173"], ["HKG>HKG 14"]),
    ("WASHINGTON — An American teacher was detained in Moscow on Tuesday.", ["RUS>USA 173"], ["USA>USA"]),
    ("Chinese prosecutors indicted an employee of the Japanese drugmaker Astellas who was detained in Beijing "
     "in March 2023.", ["CHN>JPN 173"], ["CHN>CHN"]),
    # a light verb before an event noun has no act of its own
    ('"The Chinese destroyer conducted an unsafe manoeuvre near the USS Decatur," a U.S. Navy spokesman said.', [],
     ["CHN>USA 06"]),
    ("Chinese warships conducted drills near Taiwan on Monday.", ["CHN>TWN 150"], []),
    ("Japan made a formal protest to China on Monday.", ["JPN>CHN 11"], []),
    # the purpose of a mission, bid or effort is no act
    ("Chinese ships collided with two Philippine vessels on a mission to supply an outpost in the Spratlys.",
     ["CHN>PHL 19"], ["CHN>PHL 06", "PHL>CHN 06"]),
    ("Tokyo imposed export curbs on Monday in a bid to pressure Moscow.", ["JPN>RUS"], ["JPN>RUS 17"]),
    # "a video call on Tuesday with X": the "on" is the date's, no appeal
    ("WASHINGTON — Defense Secretary Lloyd Austin spoke by video call on Tuesday with Chinese Defense Minister "
     "Dong Jun.", ["USA>CHN 041"], ["USA>CHN 02"]),
    ("Japan called on Monday on China to stop the drills.", ["JPN>CHN 02"], []),
    # a consequence for a ship's crew is no coercion of its own
    ("A Chinese warship cut across the path of an American destroyer, forcing the American ship to slow down.",
     ["CHN>USA 150"], ["CHN>USA 17"]),
    # a companion of a transit is no target; the participle's own noun sails
    ("An American destroyer sailed through the Taiwan Strait with a Canadian frigate on Saturday.",
     ["USA>CHN 150"], ["USA>CAN"]),
    ("India moved more troops to its border with China on Monday.", ["IND>CHN 15"], []),
    ("A Chinese warship cut sharply across the path of a U.S. destroyer sailing through the Taiwan Strait.",
     ["CHN>USA 150"], ["CHN>TWN"]),
    # a territorial claim in the present is a standing position
    ("Beijing claims almost the entire South China Sea, including areas within the Philippines' economic zone.",
     [], ["*"]),
    ("China claims nearly all of the sea, including waters also claimed by Vietnam and Malaysia.", [], ["*"]),
    ("China claimed on Monday that Washington had staged the incident.", ["CHN>USA"], []),
    # "denied X the ability / entry": a restriction, no denial of an accusation
    ("Washington said Chinese ships denied the Philippines the ability to resupply its outpost.", [], ["CHN>PHL 016"]),
    ("Japan denied entry to two Chinese officials on Monday.", ["JPN>CHN 172"], ["JPN>CHN 016"]),
    ("China denied the accusations on Monday, calling them groundless.", [], ["CHN>USA 172"]),
    # rejecting accusations is a denial (016), aimed at the accuser; rejecting an offer stays a refusal
    ("China on Tuesday rejected U.S. accusations that it was behind the hack.", ["CHN>USA 016"], ["CHN>USA 12"]),
    ("WASHINGTON — The United States on Monday accused China of hacking Microsoft servers, and NATO condemned "
     "Beijing. China rejected the accusations on Tuesday.", ["USA>CHN 112", "CHN>USA 016 @2024-05-21"],
     ["CHN>IGO 016"]),
    ("Japan rejected China's offer of talks on Monday.", ["JPN>CHN 12"], ["JPN>CHN 016"]),
    # a noun modifier between the article and an event noun keeps it a noun ("the Exchange hack")
    ("WASHINGTON — Britain, Japan, Australia and Canada joined Washington in condemning the Exchange hack.", [],
     ["GBR>JPN", "GBR>AUS", "JPN>AUS", "GBR>CAN"]),
    ("The Philippines condemned the Sunday attack on its vessel by Chinese ships.", ["PHL>CHN 11"], []),
    # a date in the dateline is the story's, not an event's; its place is no actor
    ("WASHINGTON (May 24, 2024) — The United States on Monday blamed China for the hack, and the Justice "
     "Department unsealed charges against four Chinese nationals.", ["USA>CHN 112 @2024-05-20",
                                                                      "USA>CHN 173 @2024-05-20"],
     ["USA>CHN 173 @2024-05-24"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_security_round5(text: str, expected: list[str], must_not: list[str]) -> None:
    """Negated refusals, continued acts, naming clauses, charges and drills."""
    assert check(text, expected, must_not, PUB) == []


READOUT_CASES: list[tuple[str, list[str], list[str]]] = [
    # what one side told the other in the story's call is dated on the call's day, not the publication day
    ("WASHINGTON — Defense Secretary Lloyd Austin spoke by video call on Monday with Chinese Defense Minister "
     "Dong Jun. Austin criticised China's conduct toward the Philippines, according to a Pentagon readout.",
     ["USA>CHN 041 @2024-05-20", "USA>CHN 11 @2024-05-20"], ["USA>CHN 11 @2024-05-24"]),
    ("WASHINGTON — Defense Secretary Lloyd Austin spoke by video call on Monday with Chinese Defense Minister "
     "Dong Jun. Dong told Austin that Washington must stop arming Taiwan.",
     ["USA>CHN 041 @2024-05-20", "CHN>USA 10 @2024-05-20"], []),
    # a later reaction, or a remark to reporters, keeps its own day
    ("WASHINGTON — Defense Secretary Lloyd Austin spoke by video call on Monday with Chinese Defense Minister "
     "Dong Jun. China's foreign ministry accused Washington of stoking confrontation.",
     ["CHN>USA 112 @2024-05-24"], ["CHN>USA 11 @2024-05-20"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), READOUT_CASES,
                         ids=[str(i) for i in range(len(READOUT_CASES))])
def test_readout_day(text: str, expected: list[str], must_not: list[str]) -> None:
    """A readout's content takes the day of the talks it reports."""
    assert check(text, expected, must_not, PUB) == []
