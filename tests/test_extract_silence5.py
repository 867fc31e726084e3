"""Silence, fifth round: vocabulary the extractor did not know (issue 11, family 1).

Written here (paraphrased news style; no sentence is copied from an article). One or two cases per
family of terms added to ``tension/data/event_terms.tsv``, with must-not cases for the same words
in a sense that is no event or another event. Each case is ``(text, expected, must_not)`` in the
spec syntax of ``tests/extract_family_cases.py``.
"""

from __future__ import annotations

import pytest
from test_extract_families import check

PUB = "2024-05-24"

CASES: list[tuple[str, list[str], list[str]]] = [
    # spreading lies or disinformation about a party accuses it (112)
    ("Washington spread lies about Beijing's trade practices, the Chinese commerce ministry said.",
     ["USA>CHN 112"], []),
    ("Russian state media spread disinformation about Ukraine's army on Friday.", ["RUS>UKR 112"], []),
    ("The virus spread from China to Japan within weeks.", [], ["CHN>JPN 11"]),
    # blocking or obstructing vessels (plural objects) restricts movement (191)
    ("Chinese coast guard ships blocked two Philippine supply boats near the shoal on Sunday.", ["CHN>PHL 191"], []),
    ("Vietnamese patrols obstructed Chinese fishing vessels near the Paracels.", ["VNM>CHN 191"], []),
    ("Manila blocked the ships' entry.", [], ["*>* 191"]),
    # a crowd staging a march or protest demonstrates (141)
    ("Students staged a march in Seoul against Japan on Saturday.", ["KOR>JPN 141"], ["KOR>JPN 114"]),
    ("Thousands of Filipinos staged protests outside the Chinese embassy in Manila.", ["PHL>CHN 141"], []),
    # sharing or exchanging information (064)
    ("Japan and South Korea agreed to share information on North Korean missile launches.", ["JPN>KOR 0"], []),
    ("Seoul began exchanging intelligence with Tokyo on Monday.", ["KOR>JPN 064"], []),
    ("South Korea refused to share information with Japan about the incident.", [], ["KOR>JPN 064"]),
    # breaking into computers is hacking (176), not force
    ("Chinese hackers broke into the computer systems of the US Treasury, officials said.", ["CHN>USA 176"],
     ["CHN>USA 19"]),
    ("Police said the man broke into the Chinese embassy's garden in Berlin.", [], ["*>* 176"]),
    # disaster relief is aid (073); debt or tariff relief is not
    ("Japan sent relief flights to Turkey two days after the earthquake.", ["JPN>TUR 073"], []),
    ("India sent flood relief to Bangladesh on Tuesday.", ["IND>BGD 07"], []),
    ("Greece demanded debt relief from its European creditors.", [], ["GRC>* 073"]),
    # taking away a licence or accreditation (172)
    ("China revoked the licence of a British broadcaster on Thursday.", ["CHN>GBR 172"], []),
    ("Moscow withdrew the accreditation of two German journalists.", ["RUS>DEU 172"], []),
    # putting forces on alert (152), across the object that "put on alert" cannot reach
    ("Pakistan put its troops on high alert along the Indian border.", ["PAK>IND 152"], []),
    ("The warning put Japanese fishermen on alert near the Senkakus.", [], ["*>* 152"]),
    # dismissing or refuting allegations denies them (016); a court dismissing charges does not
    ("China dismissed US allegations of hacking.", ["CHN>USA 016"], []),
    ("A Hong Kong court dismissed the charges against two activists.", [], ["*>* 016"]),
    # freezing ratification of an agreement reduces relations (160)
    ("The European Parliament froze ratification of the investment agreement with China.", ["IGO>CHN 160"], []),
    # fire-control radar aimed or locked on another's ship or plane; tailing a warship (150)
    ("A Chinese frigate aimed its fire-control radar at a Japanese destroyer.", ["CHN>JPN 150"], []),
    ("China locked its radar on an Australian patrol plane.", ["CHN>AUS 150"], []),
    ("The Chinese navy tailed a Canadian frigate through the strait.", ["CHN>CAN 150"], []),
    ("Japan's exports to China tailed off in March.", [], ["*"]),
    # warplanes sent into another's zone are a show of force (150), not aid
    ("Beijing sent 20 warplanes into Taiwan's air defence zone.", ["CHN>TWN 150"], ["CHN>TWN 07"]),
    # boycotting or skipping a meeting rejects it (125), never a meeting; boycotting goods stays 163
    ("India boycotted the meeting hosted by Pakistan.", ["IND>PAK 125"], ["IND>PAK 04", "PAK>IND 04"]),
    ("Russia boycotted UN Security Council meetings on Ukraine.", ["RUS>IGO 125"], ["*>* 04"]),
    ("Chinese shoppers boycotted Japanese goods.", [], ["CHN>JPN 125"]),
    # "was hit with/by tariffs": a measure laid on the subject by the agent (163), not force; a verb whose
    # participle is its lemma ("hit", "cut", "put") is passive right after "be"
    ("Chinese steel was hit with anti-dumping duties by the European Union.", ["IGO>CHN 163"],
     ["CHN>* 19", "CHN>IGO 163"]),
    ("Russian banks were hit with sanctions by Britain.", ["GBR>RUS 163"], ["RUS>GBR 163", "*>* 19"]),
    ("Washington hit Chinese goods with new tariffs.", ["USA>CHN 163"], ["*>* 19"]),
    ("Japanese carmakers have been hit hard by Chinese tariffs.", ["CHN>JPN 163"], ["*>* 19"]),
    ("China is set to cut tariffs on US goods.", ["CHN>USA 085"], ["USA>CHN 085"]),
    # an intention whose object is retaliation threatens it (130), not an intent to cooperate (030)
    ("China vowed firm countermeasures against Japan.", ["CHN>JPN 130"], ["CHN>JPN 03"]),
    ("Beijing promised retaliation against Lithuania on Tuesday.", ["CHN>LTU 130"], ["CHN>LTU 03"]),
    ("Japan promised humanitarian aid to Turkey.", ["JPN>TUR 033"], ["JPN>TUR 13"]),
    # placing someone under (house) arrest detains them (173); freeing them from it releases (0841)
    ("Beijing placed a Canadian businessman under house arrest.", ["CHN>CAN 173"], []),
    ("China freed a Canadian businessman from house arrest.", ["CHN>CAN 0841"], ["CHN>CAN 173"]),
    # cutting off or halting purchases, imports or exports is an embargo (163)
    ("Beijing cut off soybean purchases from the United States.", ["CHN>USA 163"], []),
    ("China halted exports of gallium to the United States.", ["CHN>USA 163"], []),
    ("The storm cut off power to thousands of homes in Japan.", [], ["*"]),
    # migrants are their own country's people abroad (REF), not the protesters of the city they march in
    ("Hundreds of Venezuelan migrants staged a march in Bogota demanding work permits.", ["VEN>COL 141"],
     ["COL>COL 141"]),
    # rolling over or restructuring a loan, writing off a debt is economic aid (071)
    ("China rolled over a $2 billion loan to Pakistan.", ["CHN>PAK 071"], []),
    ("Beijing wrote off Cuba's debts on Monday.", ["CHN>CUB 071"], []),
    ("Kenya sought debt relief from China.", [], ["CHN>KEN 03", "CHN>KEN 07"]),
    # taking a party to the WTO or to court brings a case (115)
    ("The United States took China to the WTO over its subsidies.", ["USA>CHN 115"], []),
    ("The court took the case to a higher court.", [], ["*"]),
    # withdrawing an ambassador is a recall (161), not a troop withdrawal; shuttering a consulate (161)
    ("Beijing withdrew its ambassador from Vilnius.", ["CHN>LTU 161"], ["CHN>LTU 0874"]),
    ("The US shuttered China's consulate in Houston.", ["USA>CHN 161"], []),
    # sinking a boat damages property (171); a simulated blockade or rehearsed strikes are a show of force
    ("A Chinese vessel sank a Vietnamese fishing boat near the Paracels.", ["CHN>VNM 171"], []),
    ("China simulated a blockade of Taiwan on Saturday.", ["CHN>TWN 150"], ["CHN>TWN 191"]),
    ("Chinese forces rehearsed strikes on Taiwan.", ["CHN>TWN 150"], ["CHN>TWN 19"]),
    # dispatching an envoy or delegation to a party is a visit (042)
    ("Beijing dispatched an envoy to Moscow on Tuesday.", ["CHN>RUS 042"], []),
    # idioms: closing the door on talks rejects them (125); slamming a party is still criticism (111)
    ("China slammed the door on talks with Taiwan's new president.", ["CHN>TWN 125"], ["CHN>TWN 111"]),
    ("China slammed the United States over its Taiwan policy.", ["CHN>USA 111"], ["CHN>USA 12"]),
    ("Beijing poured cold water on Washington's proposal for military talks.", ["CHN>USA 12"], []),
    ("Washington turned up the heat on Beijing over Xinjiang.", ["USA>CHN 100"], []),
    ("Beijing rolled out the red carpet for the Russian leader.", ["CHN>RUS 043"], []),
    # smearing a party denounces it (111)
    ("Beijing smeared the United States on Monday.", ["CHN>USA 111"], []),
    # an appeal for a loan, bailout or debt relief asks for economic aid (0231); for weapons, military aid (0232)
    ("Pakistan appealed to the World Bank for a loan.", ["PAK>IGO 0231"], ["PAK>IGO 071", "IGO>PAK 07"]),
    ("Ukraine asked Germany for tanks on Friday.", ["UKR>DEU 0232"], ["DEU>UKR 07"]),
    ("The villagers asked for arms to be banned, Japanese officials said.", [], ["*>* 0232"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_silence_vocabulary(text: str, expected: list[str], must_not: list[str]) -> None:
    """Terms added for silence fire on their event and stay silent in another sense."""
    assert check(text, expected, must_not, PUB) == []
