"""General rules of wire-story language that the article rules missed (tension.text.extract and its
rule modules): the pair "the two sides" names, agent noun phrases that hold a verb form, arrivals.

Sentences and short documents written here in wire style (no text is copied from an article). Specs
are those of tests/test_extract_families.py: "AAA>BBB CODE" (actor and target country, CAMEO code
prefix), "@YYYY-MM-DD" for the date, "plan"/"act" for the mode.
"""

from __future__ import annotations

import pytest
from test_extract_families import check

from tension.text import clauses, coverage

PUB = "2024-05-15"  # a Wednesday

CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- "the two countries", "both sides": the pair named last, not the story's most-named pair
    ("two countries after another pair",
     "Japan and South Korea held talks in Tokyo on Monday. Japan's foreign minister praised Seoul. "
     "Separately, the United States and China met in Geneva on Tuesday. The two countries agreed to cut tariffs.",
     ["USA>CHN 08"], ["JPN>KOR 08", "KOR>JPN 08"]),
    ("both sides in the clause after the pair",
     "Japan protested to China on Monday. Japan's foreign ministry also criticized Beijing. "
     "Later the United States and China met in Geneva, and the two sides agreed to cut tariffs.",
     ["USA>CHN 08"], ["JPN>CHN 08", "CHN>JPN 08"]),
    ("the story's own pair stays",
     "The United States and China held trade talks in London on Monday. "
     "The two sides agreed to cut tariffs.",
     ["USA>CHN 08"], []),
    ("the object of an appeal is another pair",
     "India and Pakistan exchanged fire along the border on Tuesday. "
     "China and the United States urged both countries to exercise restraint.",
     [], ["USA>CHN", "CHN>USA"]),
    ("the story's pair named in the sentence itself",
     "The United States and China held talks on Monday. Indonesia and Australia signed a deal on Tuesday. "
     "Blinken's meeting with Xi laid the groundwork for talks between the two countries later this year.",
     [], ["CHN>IDN", "IDN>CHN", "AUS>IDN 04", "IDN>AUS 04"]),
    ("a noun after a country lends nothing to an -ing form",
     "Wang blasted US sanctions and putting the blame on Washington, China's foreign ministry said.",
     [], ["CHN>USA 16"]),
    # --- a verb form inside an agent noun phrase is no verb
    ("the agent noun of a country + role mention",
     "Two Chinese spies were arrested by U.S. authorities on Thursday.",
     ["USA>CHN 17"], ["CHN>USA 09"]),
    ("a noun modifier before an agent noun",
     "A Chinese coast guard spokesman said on Monday that the Philippine supply boat had intruded.",
     [], ["CHN>PHL 07", "PHL>CHN 07"]),
    ("a past form after a role stays a verb",
     "Chinese coast guard vessels blocked a Philippine supply boat on Sunday.",
     ["CHN>PHL 19"], []),
    # --- coordinated verbs share the subject, and a verb without a target borrows its partner's
    ("a later verb borrows the target",
     "China condemned the U.S. move on Tuesday and vowed to retaliate.",
     ["CHN>USA 111 @2024-05-14", "CHN>USA 13 @2024-05-14"], []),
    ("an earlier verb borrows the target",
     "The Chinese government criticized the decision and summoned the U.S. ambassador on Monday.",
     ["CHN>USA 111", "CHN>USA 114"], []),
    ("a cooperative verb lends nothing to a conflictual one",
     "Lithuania welcomed the decision and criticized the delay.",
     [], ["*"]),
    ("a cooperative verb borrows nothing from a conflictual one",
     "Lithuania criticized China on Monday and welcomed the ruling.",
     ["LTU>CHN 111"], ["LTU>CHN 05"]),
    ("passive participles have no subject to share",
     "Under the deal, brokered by the United States and France and approved by Israel's cabinet, "
     "the fighting stopped.",
     [], ["FRA>ISR 04", "USA>ISR 04"]),
    ("a report between the verbs ends the sharing",
     "Japan criticized the plan, which China said was lawful and welcomed the talks.",
     [], ["CHN>JPN 05", "JPN>CHN 05"]),
    # --- a participle with "by" and an agent, without "was": headlines and reduced relatives are passive
    ("a passive headline",
     "U.S. envoy summoned by Beijing over Taiwan remarks",
     ["CHN>USA 114"], ["USA>CHN 114"]),
    ("a reduced relative after the subject",
     "Two Chinese diplomats, expelled by Washington last week, left the country on Monday.",
     ["USA>CHN 174"], ["CHN>USA 174"]),
    ("by with a gerund is no agent",
     "China retaliated by imposing tariffs on American soybeans on Friday.",
     [], ["USA>CHN"]),
    ("a participle after a thing describes the thing",
     "China said it held drills in waters claimed by Taiwan on Friday.",
     [], ["TWN>CHN 11"]),
    # --- "X said Y should/must <verb>" is X's demand of Y; its complement is no event
    ("a reported demand",
     "Beijing said on Monday that Washington should stop arming Taiwan.",
     ["CHN>USA 10 @2024-05-13"], ["USA>TWN"]),
    ("a reported demand to the one told",
     "Chinese foreign ministry spokesman Wang Wenbin told reporters the United States must withdraw the sanctions.",
     ["CHN>USA 10"], ["USA>CHN 08"]),
    ("told someone that another should",
     "Xi told Biden on Tuesday that Japan should stop meddling in the region.",
     ["CHN>JPN 10"], ["CHN>USA 10"]),
    ("a demand of one's own people is none",
     "Germany's economy ministry said German companies should diversify their suppliers.",
     [], ["*"]),
    ("a passive after the modal is no demand",
     "Biden said China should be held accountable for the attack.",
     [], ["USA>CHN 10"]),
    ("the speaker itself is no addressee",
     "China said it must respond firmly to the U.S. provocation.",
     [], ["CHN>USA 10"]),
    # --- a fronted meeting or call: the main clause's subject held it with the party it addresses
    ("a fronted phone call",
     "In a phone call on Thursday, Xi told Biden that Taiwan was the most important issue.",
     ["CHN>USA 041 @2024-05-09"], []),
    ("a fronted meeting with a partner",
     "In a meeting with Blinken in Beijing, Xi said China wanted stable ties.",
     ["CHN>USA 04"], ["CHN>CHN"]),
    ("a fronted call with no one else is no meeting",
     "In a call with reporters on Tuesday, Chinese Premier Li Qiang said the economy was recovering.",
     [], ["*"]),
    ("a fronted statement is no meeting",
     "In a statement on Monday, China's foreign ministry criticized the United States.",
     ["CHN>USA 111"], ["CHN>USA 04"]),
    # --- "<Title> <Name> of <Country>": the title belongs to that country
    ("a title and an unknown name of a country",
     "Foreign Minister Arnoldo Ventura of Guatemala criticized China on Monday.",
     ["GTM>CHN 111"], []),
    ("... as the target",
     "Chinese Premier Li Qiang met Prime Minister Lars Pedersen of Denmark on Monday.",
     ["CHN>DNK 04"], []),
    ("lower-case words between are no name",
     "The minister said on Monday that officials of China would attend.",
     [], ["*"]),
    # --- an arrival: the place reached is the country visited
    ("arrived, a date before the place",
     "Chinese President Xi Jinping arrived on Monday in Washington for talks.",
     ["CHN>USA 042 @2024-05-13"], []),
    ("arrived in the Chinese capital",
     "U.S. Secretary of State Antony Blinken arrived in the Chinese capital on Sunday.",
     ["USA>CHN 042 @2024-05-12"], []),
    ("landed in",
     "Blinken landed in Beijing late on Sunday.",
     ["USA>CHN 042"], []),
    ("a missile that landed is no visit",
     "A North Korean missile landed in Japan's exclusive economic zone on Monday.",
     [], ["PRK>JPN 04"]),
    ("a plane that landed is no visit by its owner",
     "Pelosi said on Monday that she would visit Asia. Her plane landed in Taipei on Tuesday night.",
     [], ["CHN>TWN 04"]),
    ("arrived to do something elsewhere is no arrival in that place",
     "Chinese rescue teams arrived to help victims of the earthquake in Turkey on Monday.",
     [], ["CHN>TUR 042"]),
]


@pytest.mark.parametrize("name,text,expected,must_not", CASES, ids=[c[0] for c in CASES])
def test_generalise_case(name: str, text: str, expected: list[str], must_not: list[str]) -> None:
    assert check(text, expected, must_not, PUB) == []


def test_agent_modifier_keeps_verbs() -> None:
    toks = "china sends warships".split()
    assert not clauses.agent_modifier(toks, 1, 2, "send", True, True, False)
    assert clauses.agent_modifier("a philippine supply boat".split(), 2, 3, "supply", True, True, False)


def test_arrival_place_stops_at_other_words() -> None:
    toks = "xi arrived in the morning in moscow".split()
    assert coverage.arrival_place(toks, 2, len(toks)) == 6
    toks = "xi arrived with his wife in moscow".split()
    assert coverage.arrival_place(toks, 2, len(toks)) == -1
