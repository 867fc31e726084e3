"""Coverage: events the sentence reports that the main path left without actors (issue 11, family 1).

Written here (news style in our own words; no sentence is copied from an article or the CAMEO
manual). Each case is ``(text, expected, must_not)`` in the spec syntax of
``tests/extract_family_cases.py``. The rules live in :mod:`tension.text.coverage`: crowds and their
protests, force against civilians, unidentified armed men, reactions drawn from someone, moves aimed
at someone, investigations and their complements; and the lexicon rows marked "coverage" in
``tension/data/event_terms.tsv``.
"""

from __future__ import annotations

import pytest

from tension.text import coverage
from tension.text.extract import _coded_events

PUB = "2024-05-01"

COVERAGE_CASES: list[tuple[str, list[str], list[str]]] = [
    # crowds: the quantity word does not govern the actor
    ("Thousands of Armenians protested against Azerbaijan.", ["ARM>AZE 1"], []),
    ("Dozens of Filipinos protested against China outside the consulate.", ["PHL>CHN"], []),
    # protests with no named target are aimed at the government where they happen
    ("Hundreds of thousands of people marched in Hong Kong on Sunday.", ["HKGOPP>HKGGOV 14"], []),
    ("Hundreds of students rallied in Seoul on Monday.", ["KOREDU>KORGOV 14"], ["KOR>KOR 15"]),
    ("Protesters in Beirut staged a sit-in outside parliament.", [], ["LBNGOV>"]),
    ("Thousands protested outside the Chinese embassy in Manila.", ["PHLOPP>CHNGOV 14"], []),
    # must-not: a state's protest stays diplomatic; troops rallying are no demonstration
    ("Japan protested to China over the incident.", ["JPN>CHN 11"], ["JPN>CHN 14"]),
    ("China protested.", [], ["*"]),
    ("Japanese troops rallied near the border.", [], ["JPN>JPN 14", "JPNMIL>JPNGOV"]),
    ("Hundreds of Tibetans protested in Kathmandu against Chinese rule.", ["NPLOPP>CHNGOV 14"], ["NPL>NPL"]),
    ("Thousands of students marched through Bogota to protest against the government's policies.",
     ["COLEDU>COLGOV 14"], []),
    ("French rail workers went on strike against plans to overhaul the railway.", ["FRALAB>FRAGOV 143"], []),
    ("Farmers blocked highways around Brussels with tractors to protest EU policies.", ["BELAGR>IGOEUREEC 14"],
     ["BELAGR>BELGOV"]),
    ("Rohingya refugees staged a hunger strike in Bangladesh.", [], ["BGDREF>BGDGOV", "BGD>BGD 143"]),
    ("Azerbaijan launched anti-terrorist operations in Nagorno-Karabakh.", [], ["AZE>AZEUAF"]),
    # force against civilians: the civilians of the place, else of the actor's country
    ("Syrian government forces used chemical weapons against civilians.", ["SYRMIL>SYRCVL 20"], []),
    ("Myanmar soldiers opened fire on villagers in Sagaing.", ["MMRMIL>MMRCVL 1"], []),
    # unidentified armed men act on the people and institutions of where it happens
    ("Gunmen assassinated the Haitian president.", ["HTIUAF>HTIGOV 18"], []),
    ("Militants kidnapped foreign workers in Nigeria.", ["NGAUAF>NGALAB 18"], []),
    ("Gunmen stormed the French embassy.", [], ["FRAUAF>"]),
    # domestic events between a state's forces and armed or religious groups; modifiers inside a mention
    ("Pakistani police arrested two suspected militants in Karachi.", ["PAKCOP>PAKUAF 173"], []),
    ("Egyptian police detained dozens of Muslim Brotherhood members.", ["EGYCOP>EGYMUS 173"], []),
    ("Nepalese Maoist rebels attacked a police post.", ["NPLREB>NPLCOP 19"], []),
    ("In Tokyo, Chinese officials met Japanese diplomats.", ["CHNGOV>JPNGOV 04"], []),
    ("North Korea sent troops to Russia.", ["PRK>RUS 0"], []),  # "sent" is no modifier of "troops"
    # a state's forces firing on its protesters repress them (175); protesters fighting police riot (145)
    ("Indian police opened fire on protesters in Kashmir.", ["INDCOP>INDOPP 175"], ["INDCOP>INDOPP 19"]),
    ("Riot police dispersed opposition protesters in Caracas.", ["VENCOP>VENOPP 175"], []),
    ("Opposition supporters clashed with police in Nairobi.", ["KENOPP>KENCOP 145"], []),
    ("Russian troops fired on Ukrainian protesters in Kherson.", ["RUSMIL>UKR 1"], ["RUSMIL>UKROPP 175"]),
    ("Syrian forces used chlorine gas against rebels in Saraqeb.", ["SYRMIL>SYRREB 2041"], []),
    # a state cutting its own firms off from a foreign one embargoes it
    ("The Commerce Department barred American companies from selling parts to China's ZTE for seven years.",
     ["USAGOV>CHNBUS 163"], ["USAGOV>USABUS"]),
    ("The order bars American firms from buying equipment from Huawei.", ["USA>CHNBUS 163"], []),
    ("China banned its firms from buying Micron chips.", ["CHN>USABUS 163"], []),
    ("Japan barred Chinese nationals from entering the country.", ["JPN>CHN 17"], ["JPN>CHN 163"]),
    ("They met at a bar in Beijing.", [], ["*"]),
    # a term that starts with a planning word is no planning frame
    ("Japan and the Philippines set up a joint task force to counter illegal fishing.", ["JPN>PHL 062"], []),
    ("Biden is set to visit Japan next week.", ["USAGOV>JPN 042"], []),
    # a crowd's obstruction (144) or violence (145) is protest against the government where it happens
    ("Protesters in Beirut blocked roads with burning tyres.", ["LBNOPP>LBNGOV 144"], []),
    ("Protesters set fire to police stations in several Indian cities.", ["INDOPP>IND 145"], []),
    ("Protesters rejected the plan.", [], ["*"]),
    # places with a modifier ("in eastern Congo"); security forces without a country act where they are
    ("Militiamen massacred more than 40 villagers in eastern Congo.", ["CODUAF>CODCVL 20"], []),
    ("Government aircraft dropped chlorine gas on a town near Damascus, killing dozens of civilians.",
     ["SYRGOV>SYRCVL 2041"], []),
    # a show of force in contested waters with nobody named is aimed at their claimant
    ("The Royal Navy sailed a frigate through the Taiwan Strait on Friday.", ["GBR>CHN 15"], []),
    ("The US Navy conducted a freedom of navigation operation near the Paracel Islands.", ["USA>CHN 15"], []),
    ("Chinese warplanes crossed the median line of the Taiwan Strait.", ["CHN>TWN 15"], ["CHN>CHN"]),
    ("The bill sailed through parliament.", [], ["*"]),
    ("Cargo ships transit the Strait of Malacca every day.", [], ["*"]),
    # reactions drawn from someone: the one after "from" acts on the subject's owner
    ("Washington's blacklisting of Huawei drew a sharp rebuke from Beijing.", ["CHN>USA 11"], ["USA>CHN 11"]),
    ("Tokyo's decision sparked protests from Seoul.", ["KOR>JPN 1"], ["JPN>KOR 1"]),
    # a move aimed at someone names the measure's target
    ("Beijing barred exports of gallium to foreign buyers, a move aimed at Washington.", ["CHN>USA 16"], []),
    ("Beijing barred exports of gallium, officials said.", [], ["CHN>USA"]),
    # investigations: what is investigated is a topic, not an event of the sentence
    ("The International Criminal Court opened an inquiry into war crimes committed by Russian forces.",
     ["IGOUNOJUDICC>RUSMIL 09"], ["RUSMIL>UKR", "RUSMIL>IGO"]),
    ("Prosecutors launched a probe into the attack on the embassy.", [], ["*"]),
    ("British police opened an investigation into the poisoning of a former Russian spy in Salisbury.",
     ["GBRCOP>RUS 09"], ["GBRCOP>ZWE"]),  # Salisbury is also a Zimbabwean place; "a Russian spy" is no verb
    ("United Nations experts investigated reports of abuses against Uyghurs in Xinjiang.", ["IGOUNO>CHN 09"], []),
    # attempts at force are acts (an attempted assassination is 185)
    ("A gunman tried to assassinate Donald Trump at a rally in Pennsylvania.", ["USAUAF>USA 185"], []),
    ("Iran tried to seize a British tanker.", ["IRN>GBR 171"], []),
    ("China tried to improve ties with Japan.", [], ["CHN>JPN 1"]),
    # places of the gazetteer give the country where things happen
    ("Thousands of protesters marched in Karachi.", ["PAKOPP>PAKGOV 14"], []),
    ("Baloch separatists attacked the Chinese consulate in Karachi.", ["PAKREB>CHNGOV 19"], ["CHNREB>CHNGOV"]),
    # event nouns reported in the passive: the agent after "by", the target in the noun's own phrase
    ("The imposition of tariffs on $50 billion of Chinese goods was announced by the White House on Thursday.",
     ["USAGOV>CHN 163"], []),
    ("The closure of the Chinese consulate in Houston was ordered by the State Department.",
     ["USAGOV>CHNGOV 16"], []),
    ("The imposition of sanctions on Russia by the European Union followed the invasion.", ["IGOEUREEC>RUS 163"], []),
    ("Moscow announced the expulsion of ten Polish diplomats.", ["RUS>POLGOV 174"], []),
    ("The Pentagon confirmed the interception of a US drone by Russian jets.", ["RUSMIL>USA 15"], ["USA>RUS"]),
    # must-not: a noun said by someone is not done by them; an agent of another verb is not the noun's
    ("The expulsion of diplomats was criticised by Poland.", [], ["POL>"]),
    ("The expulsion of Russian diplomats was criticised by Poland.", [], ["POL>RUS 17"]),
    ("Sanctions on Russia were discussed by the leaders of France and Germany.", [], ["FRA>RUS 16", "DEU>RUS 16"]),
    # a stated readiness to cooperate is an expressed intent; a refusal or a conflict act is not
    ("Israeli Prime Minister Ehud Olmert said he was ready to meet Palestinian President Mahmoud Abbas.",
     ["ISR>PSE 036"], ["ISR>PSE 040"]),
    ("The European Union said it was ready to ease sanctions on Belarus.", ["IGOEUREEC>BLR 035"], []),
    ("Japan is willing to provide aid to Turkey.", ["JPN>TUR 033"], ["JPN>TUR 07"]),
    ("Israel said it was not ready to meet Egypt.", [], ["ISR>EGY 03"]),
    # PETRARCH persons: dated offices to 2015, the country after that
    ("Hamid Karzai met Pervez Musharraf in Kabul.", ["AFG>PAK 04"], []),
    # an infinitive after a place is not the place's act ("sent investigators to Ukraine to look into")
    ("The International Criminal Court sent investigators to Ukraine to look into war crimes by Russian forces.",
     ["IGOUNOJUDICC>RUSMIL 09"], ["UKR>RUSMIL"]),
    ("Pope Francis urged Congo's warring parties to lay down their arms.", ["VAT>COD 02"], []),
    # a passive verb's agent far after it; optimism or pessimism about a party
    ("Iranian diplomats were banned from travelling beyond a small area of New York by the State Department.",
     ["USAGOV>IRNGOV 172"], ["IRN>USA"]),
    ("The talks were criticized by analysts in Tokyo.", [], ["*"]),
    ("Britain's foreign secretary said he was pessimistic about a new deal with the European Union.",
     ["GBRGOV>IGOEUREEC 012"], []),
    ("Japan was optimistic about the economy.", [], ["*"]),
    # lexicon rows
    ("A Chinese warship cut sharply across the bow of an American destroyer.", ["CHNMIL>USAMIL 15"], []),
    ("The Philippines won its case against China at the tribunal.", ["PHL>CHN 115"], []),
    ("Vietnam handed over four suspects to Japan.", ["VNM>JPN 063"], []),
    ("Japan condoled with Turkey over the earthquake.", ["JPN>TUR 018"], []),
    ("China loaned $2 billion to Sri Lanka.", ["CHN>LKA 071"], []),
    ("The IMF bailed out Sri Lanka.", ["IGOBUSIMF>LKA 071"], []),
    ("The United States delivered tanks to Ukraine.", ["USA>UKR 072"], []),
    ("China shipped vaccines to Pakistan.", ["CHN>PAK 073"], []),
    ("Russia pulled out of the treaty with the United States.", ["RUS>USA 16"], []),
    ("The United States did not deliver tanks to Ukraine.", [], ["USA>UKR 072"]),
]


def _match(spec: str, rows: list[tuple[str, str, str, str, str, str]]) -> bool:
    """``"A>B code"``: an event whose actor and target codes start with A and B and whose code starts
    with ``code``."""
    pair, _, code = spec.partition(" ")
    a, b = pair.split(">")
    return any(actor.startswith(a) and target.startswith(b) and c.startswith(code) for actor, target, c, *_ in rows)


def check(text: str, expected: list[str], must_not: list[str], published: str) -> list[str]:
    rows = _coded_events(text, published)
    problems = [f"missing {s}" for s in expected if not _match(s, rows)]
    problems += [f"must not {s}" for s in must_not if (s == "*" and rows) or (s != "*" and _match(s, rows))]
    return problems + [f"got {rows}"] if problems else []


@pytest.mark.parametrize("case", range(len(COVERAGE_CASES)))
def test_coverage_case(case: int) -> None:
    text, expected, must_not = COVERAGE_CASES[case]
    problems = check(text, expected, must_not, PUB)
    assert not problems, f"{text!r}: {problems}"


def test_crowd_of() -> None:
    toks = "hundreds of thousands of people marched".split()
    assert coverage.crowd_of(toks, 4, 0)
    assert not coverage.crowd_of("the embassy of japan".split(), 3, 0)


def test_reaction_needs_a_drawing_verb() -> None:
    assert coverage.reaction_from("the ban drew criticism from tokyo".split(), 3, 4, 0) == 5
    assert coverage.reaction_from("the criticism from tokyo was muted".split(), 1, 2, 0) == -1


def test_aimed_at_stops_at_reporting() -> None:
    toks = "china barred exports officials said a move aimed at japan".split()
    assert coverage.aimed_at(toks, 3, len(toks)) == -1


def test_inquiry_complement() -> None:
    assert coverage.inquiry_complement("launched a probe into the attack".split(), 5, 0)
    assert not coverage.inquiry_complement("condemned the attack".split(), 2, 0)
