"""Security news: time adverbials inside a verb's frame, force at places, implied agents (issue 11).

Written here (paraphrased news style; no sentence is copied from an article). Each case is
``(text, expected, must_not)`` in the spec syntax of ``tests/extract_family_cases.py``
(``"RUS>CHN 023 @2024-05-06"``: actor and target countries, a code prefix, a day).
"""

from __future__ import annotations

import pytest
from test_extract_families import check

from tension.text.adverbials import span_within, time_adverbial_end, time_adverbial_start
from tension.text.tokens import tokenize

PUB = "2024-05-07"  # a Tuesday

ADVERBIAL_CASES: list[tuple[str, list[str], list[str]]] = [
    # a day between the verb and the rest of its pattern keeps the pattern and dates the clause
    ("Russia asked China on Monday for military aid.", ["RUS>CHN 023 @2024-05-06"], ["RUS>CHN 07"]),
    ("Russia asked China for military aid.", ["RUS>CHN 023"], ["RUS>CHN 07"]),
    ("China ordered the United States on Friday to close its consulate in Chengdu.",
     ["CHN>USA 16 @2024-05-03"], ["CHN>USA 10"]),
    ("China ordered the United States earlier on Friday to close its consulate in Chengdu.",
     ["CHN>USA 16 @2024-05-03"], ["CHN>USA 10"]),
    ("Vietnam asked Japan last week for patrol boats.", ["VNM>JPN 02"], ["VNM>JPN 07", "JPN>VNM"]),
    ("Manila asked Washington in March for help with the resupply missions.", ["PHL>USA 02 ~month"], []),
    ("Japan asked China on Tuesday to prevent a recurrence.", ["JPN>CHN 02 @2024-05-07"], []),
    # the one summoned does not act in the summoner's purpose clause
    ("China summoned the U.S. ambassador on Thursday to protest against the arms sale.", ["CHN>USA 114"],
     ["USA>CHN", "USA>USA"]),
    ("Seoul summoned Japan's ambassador to protest the textbook.", ["KOR>JPN 114"], ["JPN>KOR"]),
    # control still holds where the one ordered is the doer, and a date alone breaks nothing
    ("The United States forced China on Monday to close the consulate in Houston.", ["USA>CHN 16"], []),
    ("Beijing called Xi's critics traitors on Tuesday.", [], ["CHN>CHN 04"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), ADVERBIAL_CASES,
                         ids=[str(i) for i in range(len(ADVERBIAL_CASES))])
def test_time_adverbial_in_frame(text: str, expected: list[str], must_not: list[str]) -> None:
    """A time adverbial between a verb and its object, preposition or infinitive keeps the frame."""
    assert check(text, expected, must_not, PUB) == []


APPROACH_CASES: list[tuple[str, list[str], list[str]]] = [
    # military craft moved up to a country: a show of force aimed at it
    ("Chinese bombers flew near Japan on Tuesday.", ["CHN>JPN 150 @2024-05-07"], []),
    ("Chinese and Russian bombers flew a joint patrol near Japan on Monday.", ["CHN>JPN 150", "RUS>JPN 150"],
     ["CHN>RUS 15", "RUS>CHN 15"]),
    ("China's military sent warships and aircraft around Taiwan on Tuesday.", ["CHN>TWN 150"], ["CHN>TWN 07"]),
    ("A Chinese navy helicopter flew within three meters of a Philippine government plane.", ["CHN>PHL 150"], []),
    ("Russian warships sailed off the coast of Japan on Friday.", ["RUS>JPN 150"], []),
    ("A Chinese military aircraft came within 10 feet of an American B-52 in October, the Pentagon said.",
     ["CHN>USA 150 ~month"], []),
    ("A Chinese warship came dangerously close to a Canadian frigate on Saturday.", ["CHN>CAN 150"], []),
    # must-not: seas named after a country, aid sent to a country, civilian travel
    ("Chinese bombers flew over the Sea of Japan.", [], ["CHN>JPN"]),
    ("China sent medical teams and aid to Tonga.", [], ["CHN>TON 15"]),
    ("Chinese tourists flew to Japan for the holidays.", [], ["CHN>JPN 15"]),
    ("The Chinese ambassador flew to Tokyo on Monday.", [], ["CHN>JPN 15"]),
    ("Chinese officials came to Washington for talks.", [], ["CHN>USA 15"]),
    # conjoined craft of two countries moving together are one side, not two
    ("U.S. and Canadian warships sailed through the Taiwan Strait on Sunday.", ["USA>CHN 150", "CAN>CHN 150"],
     ["USA>CAN", "CAN>USA"]),
    ("An American destroyer and a Canadian frigate sailed through the Taiwan Strait.", ["USA>CHN 150",
                                                                                       "CAN>CHN 150"], ["USA>CAN"]),
    ("Chinese and Indian troops clashed along the border.", ["CHN<>IND 19"], []),
    # craft sent through contested waters: the claimant; "the waterway" is the strait the story named
    ("Japan sent a destroyer through the Taiwan Strait for the first time in September.", ["JPN>CHN 150 ~month"],
     ["JPN>TWN"]),
    ("A British frigate sailed through the Taiwan Strait on Monday. Japan sent a destroyer through the waterway "
     "in September.", ["GBR>CHN 150", "JPN>CHN 150 ~month"], []),
    ("Britain sent a warship through the strait.", [], ["*"]),
    ("Britain sent aid through Jordan.", [], ["GBR>JOR 15"]),
    # a clause opened by "as" with a named subject has its own actor
    ("Chinese bombers flew near Japan on Tuesday as Biden met Kishida in Tokyo.", ["CHN>JPN 150", "USA>JPN 04"],
     ["CHN>JPN 04"]),
    ("Beijing condemned the visit as Pelosi arrived in Taipei.", ["USA>TWN 04"], ["CHN>TWN 04"]),
    ("Countries such as Japan welcomed the deal.", [], []),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), APPROACH_CASES,
                         ids=[str(i) for i in range(len(APPROACH_CASES))])
def test_approach_force(text: str, expected: list[str], must_not: list[str]) -> None:
    """Military craft moving up to a country show force at it; an "as" clause has its own subject."""
    assert check(text, expected, must_not, PUB) == []


RESPONSE_CASES: list[tuple[str, list[str], list[str]]] = [
    # a military response with no object answers whoever the sentence names after "after"/"when"/"to"
    ("South Korea scrambled fighter jets on Friday after Chinese and Russian aircraft entered its air defense "
     "zone.", ["KOR>CHN 150 @2024-05-03", "CHN>KOR 150"], []),
    ("Taiwan scrambled jets when Chinese warplanes crossed the median line.", ["TWN>CHN 150"], []),
    # ... or the story's latest intruder; with neither, nothing
    ("A Chinese plane entered Japanese airspace on Monday. Japan's air force scrambled fighter jets.",
     ["CHN>JPN 150", "JPN>CHN 150"], []),
    ("Japan scrambled fighter jets on Monday.", [], ["*"]),
    # ... on the incident's day when the response sentence carries no date of its own
    ("A Chinese plane entered Japanese airspace on Monday morning, the Defense Ministry said. Japan's air force "
     "scrambled fighter jets.", ["JPN>CHN 150 @2024-05-06"], []),
    # must-not: a verb that is no response does not borrow the story's intruder
    ("Chinese jets entered Taiwan's air defense zone. The Taiwanese destroyer sailed through the strait.",
     ["CHN>TWN 150"], ["TWN>CHN"]),
    ("Japan scrambled jets after the typhoon hit Okinawa.", [], ["JPN>JPN"]),
    # "entered its airspace": the owner named before the clause, or the reporting subject
    ("Seoul scrambled jets after five Chinese and six Russian military aircraft entered its air defense "
     "identification zone.", ["CHN>KOR 150", "RUS>KOR 150"], ["CHN>RUS", "RUS>CHN"]),
    ("Japan said Chinese bombers entered its airspace on Monday.", ["CHN>JPN 150 @2024-05-06"], ["JPN>CHN 15"]),
    ("Chinese bombers flew over their own territory.", [], ["*"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), RESPONSE_CASES,
                         ids=[str(i) for i in range(len(RESPONSE_CASES))])
def test_military_response(text: str, expected: list[str], must_not: list[str]) -> None:
    """Scrambling jets answers the intruder the sentence or the story names."""
    assert check(text, expected, must_not, PUB) == []


STORY_CASES: list[tuple[str, list[str], list[str]]] = [
    # a comment on a definite event noun with no agent is aimed at whoever the story told doing it
    ("A Chinese coast guard ship rammed a Philippine vessel on Saturday. U.S. Ambassador MaryKay Carlson "
     "condemned the ramming on Saturday.", ["CHN>PHL 191", "USA>CHN 11"], ["USA>PHL 11"]),
    ("Chinese warships held drills near Japan on Monday. Australia criticized the drills.",
     ["AUS>CHN 11"], ["AUS>JPN 11"]),
    # a role noun "of the Japanese drugmaker" belongs to that country, not to the place it is held
    ("Chinese prosecutors indicted an employee of the Japanese drugmaker Astellas who was detained in Beijing "
     "in March 2023.", ["CHN>JPN 173"], ["CHN>CHN"]),
    ("China detained a staff member of the British consulate in Shanghai.", ["CHN>GBR 173"], ["CHN>CHN"]),
    ("Biden hosted leaders of the Group of Seven on Sunday.", [], ["USA>IGO 17"]),
    # a country named only as whose allies they are is no party
    ("Warships of U.S. allies have sailed through the Taiwan Strait more often this year.", [], ["USA>CHN"]),
    ("China warned the allies of the United States on Monday.", [], ["CHN>USA"]),
    ("U.S. allies Japan and Australia protested to China on Monday.", ["JPN>CHN 11", "AUS>CHN 11"], ["USA>CHN"]),
    ("The United States and its allies condemned China on Monday.", ["USA>CHN 11"], []),
    # must-not: no such act told, or the commenter's own act
    ("Washington condemned the ramming.", [], ["*"]),
    ("Japan held drills near its islands on Monday. Tokyo defended the drills.", [], ["JPN>JPN"]),
    # an object relative clause names the event noun's agent and dates it
    ("The passage followed the drills, code-named Strait Thunder, that China held on Monday in the waters "
     "around Taiwan.", ["CHN>TWN 150 @2024-05-06"], ["TWN>CHN"]),
    ("Manila protested the blockade that China imposed on the shoal in March.", ["PHL>CHN 11"], []),
    ("The passage followed the drills that angered China on Monday.", [], ["*"]),
    # "the island" is the island country the story named in any way
    ("Taiwan's president spoke on Thursday. China staged large-scale military drills around the island on Monday.",
     ["CHN>TWN 150 @2024-05-06"], []),
    ("China staged drills around the island on Monday.", [], ["CHN>TWN", "CHN>CHN"]),
    ("Two warships sailed through the Taiwan Strait. China sent warships toward the island on Monday.",
     ["CHN>TWN 150"], []),
    # China's show of force in the seas it claims against several neighbours names no one ...
    ("Chinese warships held drills in the South China Sea on Monday.", [], ["CHN>TWN"]),
    ("China's deployment of missiles to the Spratlys drew a protest from Vietnam.", ["VNM>CHN 11"], ["CHN>TWN"]),
    # ... but in the Taiwan Strait it is aimed at Taiwan
    ("Chinese warships held drills in the Taiwan Strait on Monday.", ["CHN>TWN 15"], []),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), STORY_CASES, ids=[str(i) for i in range(len(STORY_CASES))])
def test_story_noun(text: str, expected: list[str], must_not: list[str]) -> None:
    """A definite event noun refers to the act the story told; claimed seas name no target."""
    assert check(text, expected, must_not, PUB) == []


INTENT_CASES: list[tuple[str, list[str], list[str]]] = [
    # a hope or wish to meet or cooperate is an intention (03x), not the meeting
    ("The Pentagon said it still hoped to hold a round of maritime safety talks with China.", ["USA>CHN 036"],
     ["USA>CHN 04"]),
    ("Blinken said he hoped to visit Beijing soon.", ["USA>CHN 036"], ["USA>CHN 04"]),
    ("Tokyo wants to hold talks with Seoul on the dispute.", ["JPN>KOR 036"], ["JPN>KOR 04"]),
    # must-not: a hope that is denied, and a meeting that happened after a hope
    ("China does not want to hold talks with Washington.", [], ["CHN>USA 036", "CHN>USA 04"]),
    ("China hoped to win support, and then held talks with Russia.", ["CHN>RUS 04"], ["CHN>RUS 036"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), INTENT_CASES,
                         ids=[str(i) for i in range(len(INTENT_CASES))])
def test_hoped_to_meet(text: str, expected: list[str], must_not: list[str]) -> None:
    """A hope to meet is an intention to meet."""
    assert check(text, expected, must_not, PUB) == []


CHARGE_CASES: list[tuple[str, list[str], list[str]]] = [
    # what a charge says is no event, and nobody named in it made the arrest
    ("Two U.S. Navy sailors were arrested on charges of passing military secrets to Chinese intelligence officers.",
     [], ["CHN>USA", "USA>CHN 06"]),
    ("A Taiwanese officer was detained on suspicion of spying for China.", [], ["CHN>TWN 17", "TWN>CHN 06"]),
    ("China detained a Japanese employee of Astellas on suspicion of espionage.", ["CHN>JPN 173"], []),
    # must-not over-reach: an act after the charge's clause stays
    ("Police arrested two men on charges of fraud, and China protested to Japan on Monday.", ["CHN>JPN 11"], []),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), CHARGE_CASES,
                         ids=[str(i) for i in range(len(CHARGE_CASES))])
def test_charge_content(text: str, expected: list[str], must_not: list[str]) -> None:
    """The content of a charge is no event and gives no agent."""
    assert check(text, expected, must_not, PUB) == []


TALKS_CASES: list[tuple[str, list[str], list[str]]] = [
    # military talks: "the two ministers" is the story's pair; talks by video link are 041
    ("Lloyd Austin met Dong Jun on Friday. The two ministers also met in May in Singapore.",
     ["USA<>CHN 04 @2024-05-01 ~month"], []),
    ("Lloyd Austin and Dong Jun spoke by video link in April.", ["USA<>CHN 041 ~month"], []),
    # an unknown officer after "with" takes the country of the office an appositive gives him
    ("In September, Admiral Samuel Paparo held a video call with General Wu Yanan, commander of the Chinese "
     "military's Southern Theater Command.", ["USA<>CHN 041 ~month"], []),
    ("Austin held talks with officials, in a sign of warming ties with Beijing.", [], ["USA>CHN 04"]),
    ("The two navies held a videoconference on Tuesday, Washington and Beijing said.", [], ["USA>USA"]),
    # an arrangement reached is an agreement; "X and his Philippine counterpart" act together
    ("Manila and Beijing reached a provisional arrangement on resupply missions in July.", ["PHL<>CHN 057"], []),
    ("Lloyd Austin and his Philippine counterpart, Gilberto Teodoro, signed an agreement on Monday.",
     ["USA<>PHL 057"], []),
    ("Japan and Chinese officials traded accusations.", ["JPN>CHN 11", "CHN>JPN 11"], []),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), TALKS_CASES,
                         ids=[str(i) for i in range(len(TALKS_CASES))])
def test_military_talks(text: str, expected: list[str], must_not: list[str]) -> None:
    """Defence chiefs' talks: pairs of ministers and video links."""
    assert check(text, expected, must_not, PUB) == []


STANDING_CASES: list[tuple[str, list[str], list[str]]] = [
    # habits, obligations and standing claims are states, not dated acts
    ("Chinese coast guard ships patrol the waters around the Senkaku Islands, a group of islets administered by "
     "Japan, almost every day.", [], ["*"]),
    ("Chinese coast guard ships have at times chased Japanese fishing boats there.", [], ["CHN>JPN"]),
    ("Washington is bound by law to provide the island with the means to defend itself.", [], ["*"]),
    ("China claims Taiwan as its own territory.", [], ["CHN>TWN"]),
    # facing rivalry or pressure is no meeting
    ("China will raise its military budget as it faces growing rivalry with the United States.", [], ["CHN>USA"]),
    ("Taiwan faces mounting pressure from Beijing.", [], ["TWN>CHN 04"]),
    # must-not over-reach: a dated act, and a claim made as news
    ("Chinese ships patrolled the waters near Japan on Monday.", ["CHN>JPN 150"], []),
    ("Chinese coast guard ships chased Japanese fishing boats near the islands on Sunday.", ["CHN>JPN"], []),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), STANDING_CASES,
                         ids=[str(i) for i in range(len(STANDING_CASES))])
def test_standing_states(text: str, expected: list[str], must_not: list[str]) -> None:
    """Habits, obligations and standing claims are no events."""
    assert check(text, expected, must_not, PUB) == []


LEXICON_CASES: list[tuple[str, list[str], list[str]]] = [
    # boarding vessels, flares at aircraft, talks cut off
    ("Chinese coast guard personnel boarded two Philippine navy boats on Monday.", ["CHN>PHL 171"], []),
    ("A Chinese fighter jet released flares near an Australian surveillance plane.", ["CHN>AUS 150"], []),
    ("China cut off military talks with the United States after Pelosi's visit.", ["CHN>USA 164"],
     ["CHN>USA 04"]),
    ("Washington cut off aid to Niger.", ["USA>NER 162"], []),
    # an unsafe approach or manoeuvre is a show of force, also when a source judges it
    ("A Chinese destroyer made an unsafe approach to an American warship on Sunday.", ["CHN>USA 150"], []),
    ('A Chinese destroyer made an "unsafe and unprofessional" approach to an American warship on Sunday, the U.S. '
     'Navy said.', ["CHN>USA 150", "USA>CHN 11"], []),
    ("The foreign ministry said its approach to Washington had not changed.", [], ["CHN>USA 15"]),
    ("A Russian fighter jet dumped fuel on a U.S. drone over the Black Sea on Tuesday.", ["RUS>USA 171"], []),
    ("The pilot dumped fuel before landing.", [], ["*"]),
    # must-not: a passenger boarding, an easing cut
    ("Xi boarded a plane to Moscow.", [], ["*"]),
    ("The United States cut tariffs on Chinese goods.", ["USA>CHN 085"], ["USA>CHN 16"]),
]


@pytest.mark.parametrize(("text", "expected", "must_not"), LEXICON_CASES,
                         ids=[str(i) for i in range(len(LEXICON_CASES))])
def test_security_lexicon(text: str, expected: list[str], must_not: list[str]) -> None:
    """Boarding, flares and cut-off talks."""
    assert check(text, expected, must_not, PUB) == []


def _toks(text: str) -> list[str]:
    return [t for t, _, _ in tokenize(text)]


@pytest.mark.parametrize(("phrase", "length"), [
    ("on Monday", 2), ("Friday night", 2), ("on Oct. 14", 3), ("on May 3, 2024", 4), ("last week", 2),
    ("earlier this month", 3), ("late last week", 3), ("yesterday", 1), ("in March", 2), ("in June 2023", 3),
    ("in 2019", 2), ("two days ago", 3), ("earlier on Friday", 3),
    # not time adverbials
    ("on Taiwan", 0), ("in May", 0), ("last round", 0), ("late payments", 0), ("in China", 0), ("on 14", 0),
])
def test_time_adverbial_end(phrase: str, length: int) -> None:
    toks = _toks(phrase + " for aid")
    assert time_adverbial_end(toks, 0, len(toks)) == length


def test_time_adverbial_start_and_span() -> None:
    toks = _toks("ordered the United States earlier on Friday to close")
    assert time_adverbial_start(toks, toks.index("to"), 0) == toks.index("earlier")
    assert time_adverbial_start(toks, toks.index("states") + 1, 0) == toks.index("states") + 1
    assert span_within(toks, 1, len(toks), len(toks)) == (toks.index("earlier"), toks.index("to"))
    assert span_within(_toks("asked China for aid"), 1, 4, 4) == (0, 0)
