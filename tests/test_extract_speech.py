"""Tests for the diplomacy-and-speech rules of the fourth round: charges carried by the reporter's words
inside reported speech, judgements in briefings, retaliation vowed without a named target, offices placed
by the story. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from test_extract_clauses import PUB, _codes, _roots

import tension
from tension.text import clauses

# ---------------------------------------------------------------- a charged act in reported speech


@pytest.mark.parametrize(
    ("text", "expected", "not_act"),
    [
        ("China's coast guard said on Tuesday that a Philippine supply ship had deliberately rammed one of its "
         "vessels.", ("CHN", "PHL", "11"), ("PHL", "CHN")),
        ("The coast guard of China said in a statement on Monday that the Philippine boats had \"deliberately and "
         "dangerously approached\" a Chinese vessel.", ("CHN", "PHL", "11"), ("PHL", "CHN")),
        ("Tokyo said Chinese fishing boats had intentionally entered Japanese waters near the islands.",
         ("JPN", "CHN", "11"), ("CHN", "JPN")),
        ("Vietnam said the Chinese survey ship had illegally blocked its fishing boats on Monday.",
         ("VNM", "CHN", "11"), ("CHN", "VNM")),
    ],
)
def test_a_charged_act_is_the_speakers_accusation(text: str, expected: tuple[str, str, str],
                                                  not_act: tuple[str, str]) -> None:
    """'X said Y had deliberately <act>': X accuses Y; Y's act is X's claim, not news."""
    got = _roots(text)
    assert expected in got
    assert not any((a, t) == not_act for a, t, _ in got)


def test_a_charged_act_is_an_accusation_code() -> None:
    got = _codes("Manila said Chinese ships had deliberately rammed a Philippine supply boat on Sunday.")
    assert [c for a, t, c in got if a.startswith("PHL")] == ["112"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact told by a source, with no charge, stays the reported party's act
        ("Manila said Chinese ships had rammed a Philippine supply boat on Sunday.", ("CHN", "PHL", "19")),
        # armed force stays news although charged
        ("Ukraine said Russian forces deliberately shelled Ukrainian villages on Monday.", ("RUS", "UKR", "19")),
    ],
)
def test_uncharged_facts_and_armed_force_stay_acts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text)


def test_a_supply_ship_is_no_supply() -> None:
    """'a Philippine supply ship': a noun modifier of a craft, no economic act."""
    got = _roots("A Philippine supply ship reached the grounded warship on Tuesday, the navy said.")
    assert not any(c == "06" for _, _, c in got)


def test_blamed_act_function() -> None:
    toks = "said the ship had deliberately and dangerously rammed the boat".split()
    assert clauses.blamed_act(toks, 4, 7)
    assert not clauses.blamed_act(toks, 4, 9)
    assert not clauses.blamed_act("said the ship had rammed the boat".split(), 3, 4)


# ---------------------------------------------------------------- retaliation vowed, participle clauses


@pytest.mark.parametrize(
    "text",
    [
        "China condemned the U.S. sanctions on Tuesday, vowing to retaliate.",
        "Beijing denounced the American export curbs, vowing to take all necessary measures to defend its interests.",
        "The Chinese commerce ministry criticised the U.S. blacklisting of its firms, warning of countermeasures.",
    ],
)
def test_a_participle_clause_shares_the_speakers_subject_and_target(text: str) -> None:
    """', vowing to retaliate' after a clause about the United States: China threatens the United States."""
    got = _roots(text)
    assert ("CHN", "USA", "11") in got
    assert ("CHN", "USA", "13") in got


def test_retaliation_without_a_named_party_is_aimed_at_the_other_side() -> None:
    text = ("Washington added 30 Chinese companies to its export blacklist on Monday. "
            "China's commerce ministry said on Tuesday that Beijing would take all necessary measures to protect "
            "the rights of Chinese firms.")
    got = tension.extract_events(text, published=PUB)
    threats = [(e.actor[:3], e.target[:3], e.mode) for e in got if e.code.startswith("13")]
    assert threats == [("CHN", "USA", "act")]  # a threat is made now; what is protected is no target


def test_retaliation_told_as_done_is_no_threat() -> None:
    """'Beijing retaliated with its own duties': past, no threat aimed at the other side."""
    got = _roots("American tariffs took effect at midnight, and Beijing retaliated with its own duties.")
    assert not any(c == "13" for _, _, c in got)


def test_resolute_measures_at_home_are_no_threat() -> None:
    assert _roots("China will take resolute measures to contain the epidemic, the health ministry said.") == []


def test_speaker_participle_function() -> None:
    toks = "china criticised the move vowing to respond".split()
    assert clauses.speaker_participle(toks, 4, frozenset([3]))
    assert not clauses.speaker_participle(toks, 4, frozenset())
    assert not clauses.speaker_participle("china criticised the move and vowed".split(), 5, frozenset([3]))


# ---------------------------------------------------------------- judgements named in a noun phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treasury Secretary Janet Yellen said on Tuesday that Washington would respond to what she described as "
         "China's economic coercion.", ("USA", "CHN", "11")),
        ("China said the measure answered what it called the United States' gross interference in its internal "
         "affairs.", ("CHN", "USA", "11")),
        ("Beijing said the visa rules were yet another act of suppression by the United States.", ("CHN", "USA", "11")),
        ("The White House condemned what it called genocide in Xinjiang by China.", ("USA", "CHN", "11")),
    ],
)
def test_a_named_judgement_is_the_judges_criticism(text: str, expected: tuple[str, str, str]) -> None:
    got = _roots(text)
    assert expected in got
    assert not any(a == expected[1] and t == expected[0] for a, t, _ in got)  # no act of the judged on the judge


def test_a_judgement_in_a_transcript_answer_is_the_answerers() -> None:
    text = ("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference\n\n"
            "Q: The State Department has put new visa limits on Chinese reporters. What is your comment?\n\n"
            "A: This is yet another act of political suppression of Chinese media by the US side.\n")
    got = [(e.actor[:3], e.target[:3], e.code[:2]) for e in tension.extract_events(text, published=PUB)]
    assert ("CHN", "USA", "11") in got


@pytest.mark.parametrize(
    "text",
    [
        "Manila protested what it called a routine patrol by Chinese ships.",  # no judging noun: no criticism of it
        "The minister said it was another example of cooperation between the two countries.",
    ],
)
def test_no_named_judgement_without_a_judging_noun(text: str) -> None:
    got = clauses.named_judgement(text.lower().replace(".", "").split(), 0, len(text.split()), [])
    assert got is None


# ---------------------------------------------------------------- diplomatic recognition switched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwan ended diplomatic relations with Honduras on Sunday.", ("TWN", "HND", "161")),
        ("Honduras switched recognition to Beijing on Sunday.", ("HND", "CHN", "054")),
        ("The Solomon Islands switched diplomatic ties to China last year.", ("SLB", "CHN", "054")),
    ],
)
def test_recognition_switched_and_ties_ended(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(a[:3], t[:3], c) for a, t, c in _codes(text)]


def test_a_regions_adjective_is_not_the_united_states() -> None:
    """'the Central American country' is Honduras, not America."""
    got = _roots("Taiwan ended diplomatic relations with Honduras on Sunday after the Central American country "
                 "switched recognition to Beijing.")
    assert not any("USA" in (a, t) for a, t, _ in got)


# ---------------------------------------------------------------- listings in press releases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Commerce Department on Wednesday added Huawei Technologies and about 70 of its affiliates to a list "
         "of companies that cannot buy American parts without government approval.", ("USA", "CHN", "163")),
        ("The Commerce Department added 25 Chinese entities to its Unverified List on Thursday.", ("USA", "CHN", "163")),
        ("The Commerce Department removed 25 Chinese entities from the Entity List on Thursday.", ("USA", "CHN", "085")),
        ("The Commerce Department on Thursday removed 25 Chinese entities from its Unverified List.",
         ("USA", "CHN", "085")),
    ],
)
def test_listings_and_delistings(text: str, expected: tuple[str, str, str]) -> None:
    got = [(a[:3], t[:3], c) for a, t, c in _codes(text)]
    assert expected in got
    if expected[2] == "085":
        assert not any(c == "163" for _, _, c in got)  # removal from a list is no listing


def test_a_conflict_fed_is_no_new_event() -> None:
    """'a step that could further inflame the trade war': the war goes on; no new act of it."""
    got = _roots("The Commerce Department blacklisted Huawei on Wednesday, a step that could further inflame the "
                 "trade war between the two countries.", "2019-05-16")
    assert got.count(("USA", "CHN", "16")) == 1
    assert not any(a == "CHN" for a, _, _ in got)


# ---------------------------------------------------------------- the day of a speech told in its phrase


@pytest.mark.parametrize(
    "text",
    [
        "Speaking after a cabinet meeting on Friday, Japan's prime minister criticized China's coast guard patrols.",
        "Japan's prime minister, speaking after a cabinet meeting on Friday, criticized China.",
    ],
)
def test_a_speaking_phrase_dates_the_speech(text: str) -> None:
    got = tension.extract_events(text, published="2024-02-20")  # a Tuesday
    assert [(e.actor[:3], e.target[:3], str(e.date)) for e in got] == [("JPN", "CHN", "2024-02-16")]


def test_an_after_clause_still_dates_only_itself() -> None:
    """'China retaliated on Monday after the US imposed tariffs on Friday': each its own day."""
    got = tension.extract_events("China retaliated with tariffs on Monday after the United States imposed new duties "
                                 "on Chinese goods on Friday.", published="2024-02-20")
    days = {(e.actor[:3], str(e.date)) for e in got}
    assert ("USA", "2024-02-16") in days
    assert ("CHN", "2024-02-16") not in days


def test_a_relative_judgement_in_an_answer_is_aimed_at_the_other_side() -> None:
    text = ("Foreign Ministry Spokesperson's Regular Press Conference\n\n"
            "Reuters: The United States has invited Taiwan to its summit. What is your comment?\n\n"
            "Zhao Lijian: By inviting the Taiwan authorities, the U.S. side is sending a wrong signal, which is yet "
            "another act of interference in China's internal affairs.\n")
    got = [(e.actor[:3], e.target[:3], e.code[:2]) for e in tension.extract_events(text, published="2021-12-07")]
    assert ("CHN", "USA", "11") in got
    assert not any(a == "USA" and t == "CHN" and c == "11" for a, t, c in got)


def test_a_so_called_noun_is_no_event() -> None:
    """'the so-called boycott is a show': the speaker disputes it; no boycott is told."""
    got = _roots("China said on Tuesday that the so-called boycott by the United States was a political show.")
    assert not any(c in ("14", "16") for _, _, c in got)


def test_a_participle_after_a_report_is_the_speakers() -> None:
    """'..., Beijing said on Wednesday, calling the move an escalation and vowing to retaliate': Beijing's."""
    got = _roots("The United States has ordered China to close its consulate in Houston within 72 hours, Beijing "
                 "said on Wednesday, calling the move an outrageous escalation and vowing to retaliate.")
    assert ("CHN", "USA", "11") in got and ("CHN", "USA", "13") in got
    assert not any(a == "USA" and c in ("11", "13") for a, _, c in got)


def test_participle_speaker_function() -> None:
    toks = "the us acted beijing said calling it an escalation".split()
    assert clauses.participle_speaker(toks, 5, 0, frozenset([2, 4]), [(1, 2), (3, 4)]) == 3
    assert clauses.participle_speaker(toks, 5, 0, frozenset([2]), [(1, 2), (3, 4)]) == -1  # no comma


def test_an_answerers_statement_of_a_partys_conduct_is_a_judgement() -> None:
    text = ("Foreign Ministry Spokesperson's Regular Press Conference\n\n"
            "Q: The US Secretary of State is visiting New Delhi this week. Does China have any comment?\n\n"
            "A: Secretary Pompeo has repeatedly spread lies about China and incited confrontation. China and India "
            "have the ability and the wisdom to resolve their differences through dialogue. China will continue to "
            "take necessary measures to firmly safeguard its sovereignty.\n")
    got = [(e.actor[:3], e.target[:3], e.code) for e in tension.extract_events(text, published="2020-10-26")]
    assert ("CHN", "USA", "112") in got
    assert not any(t == "IND" for _, t, _ in got)  # a capacity to talk is no talk
    assert not any(c.startswith("13") for _, _, c in got)  # a standing policy is no threat


def test_a_statement_outside_an_answer_is_no_judgement_by_a_speaker() -> None:
    got = _roots("Secretary Pompeo has repeatedly spread lies about China, the newspaper wrote.")
    assert not any(a == "CHN" for a, _, _ in got)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("China imposed sanctions on Friday on two American institutions that hosted Taiwan's president.",
         ("USA", "TWN", "04"), ("CHN", "TWN")),
        ("Beijing said on Tuesday that Washington hosted Taiwan's president.", None, None),
    ],
)
def test_a_that_relative_clause_has_its_antecedent_as_subject(text: str, expected: tuple[str, str, str] | None,
                                                              absent: tuple[str, str] | None) -> None:
    got = _roots(text)
    if expected is not None:
        assert expected in got
    if absent is not None:
        assert not any((a, t) == absent for a, t, _ in got)
    toks = text.lower().replace(".", "").replace("'", " ").split()
    if expected is None:
        assert clauses.that_relative(toks, toks.index("hosted"), 0, [(0, 1), (5, 6), (7, 8)]) is None


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Japan's foreign minister said Chinese ships had entered its waters, and accused Beijing of violating its "
         "sovereignty.", ("JPN", "CHN", "11"), ("CHN", "JPN", "11")),
        ("China said the United States had imposed new tariffs, and vowed to retaliate.", ("CHN", "USA", "13"),
         ("USA", "CHN", "13")),
    ],
)
def test_a_second_verb_after_a_reported_clause_is_the_speakers(text: str, expected: tuple[str, str, str],
                                                               wrong: tuple[str, str, str]) -> None:
    got = _roots(text)
    assert expected in got
    assert wrong not in got


def test_a_verb_coordinated_inside_the_reported_clause_stays_there() -> None:
    """'told Wang that the incident was premeditated and planned by China': no comma, no second verb of the
    speaker."""
    toks = "jaishankar told wang that the clash was premeditated and planned by china".split()
    assert clauses.coordinated_speaker(toks, 9, 0, [(0, 1), (2, 3), (11, 12)], frozenset()) == -1


def test_opposing_a_definite_act_told_before_is_aimed_at_its_author() -> None:
    text = ("The Commerce Department added 36 Chinese companies to the Entity List on Thursday. "
            "China's commerce ministry said on Friday that it firmly opposed the additions.")
    got = [(e.actor[:3], e.target[:3], e.code[:2]) for e in tension.extract_events(text, published="2022-12-16")]
    assert ("CHN", "USA", "11") in got


def test_what_it_called_without_a_report_is_the_subjects_judgement() -> None:
    got = _roots("India summoned Pakistan's envoy on Wednesday and protested against what it called an act of "
                 "aggression against military targets.")
    assert not any(a == "PAK" for a, _, _ in got)
    assert any(a == "IND" and t == "PAK" and c == "11" for a, t, c in got)


def test_a_trip_put_off_is_no_visit() -> None:
    got = _codes("Secretary of State Antony Blinken put off his planned trip to Beijing on Friday after a Chinese "
                 "balloon was spotted over Montana.", "2023-02-06")
    assert got and all(c.startswith("16") for a, t, c in got if a.startswith("USA"))


@pytest.mark.parametrize(
    "text",
    [
        "The State Department said on Wednesday it would designate six more Chinese media organisations as "
        "foreign missions.",
        "The State Department designated four Chinese media outlets as foreign missions on Monday.",
    ],
)
def test_a_designation_as_foreign_mission_restricts(text: str) -> None:
    assert ("USA", "CHN", "17") in _roots(text)


def test_a_foreign_mission_abroad_is_no_designation() -> None:
    assert _roots("Protesters gathered outside China's foreign missions in London on Sunday.") == [] or not any(
        c == "17" for _, _, c in _roots("Protesters gathered outside China's foreign missions in London on Sunday."))


def test_a_concern_voiced_is_the_speakers_pessimism_not_a_passive() -> None:
    got = _codes("The United States said on Saturday that it was concerned by reports of Chinese interference with "
                 "oil and gas activities in the South China Sea.", "2019-07-20")
    assert [(a[:3], t[:3], c) for a, t, c in got] == [("USA", "CHN", "012")]


def test_the_standard_of_a_comparison_is_no_party() -> None:
    got = _roots("China offered Nauru more economic aid than Taiwan could, officials said.")
    assert ("CHN", "NRU", "03") in got
    assert not any(t == "TWN" for _, t, _ in got)


def test_an_island_nation_is_the_country_named_before() -> None:
    got = _roots("TAIPEI — Taiwan cut diplomatic ties with Nauru on Monday after the Pacific island nation said it "
                 "would recognise Beijing instead.", "2024-01-16")
    assert not any(a == "TWN" and t == "CHN" for a, t, _ in got)
    assert any(a == "NRU" for a, _, _ in got)


def test_adding_that_is_a_report_not_an_act() -> None:
    assert _roots("Taiwan's foreign ministry condemned Beijing on Monday, adding that it would not compete with China "
                  "in dollar diplomacy.").count(("TWN", "CHN", "06")) == 0


def test_a_complaint_at_a_forum_is_aimed_at_the_other_side() -> None:
    text = ("The United States imposed export controls on China in October. "
            "Beijing filed a complaint at the World Trade Organization over those rules on Monday.")
    got = [(e.actor[:3], e.target[:3], e.code[:2]) for e in tension.extract_events(text, published="2022-12-16")]
    assert ("CHN", "USA", "11") in got
    assert not any(t.startswith("IGO") for _, t, _ in got)


def test_a_sanctions_designation_in_a_press_release() -> None:
    assert ("USA", "CHN", "16") in _roots("The Treasury Department designated three Chinese companies on Tuesday for "
                                          "supplying Iran's drone program.")


def test_a_fronted_after_meeting_phrase_dates_the_report_on_it() -> None:
    got = tension.extract_events("After talks with Wang Yi on Friday, Blinken said the two sides had agreed to keep "
                                 "communicating.", published="2024-02-20")
    assert got and all(str(e.date) == "2024-02-16" for e in got)


def test_a_measure_retaliated_with_is_aimed_at_the_other_side() -> None:
    got = _roots("American tariffs on Chinese goods took effect at midnight, and Beijing retaliated with its own "
                 "duties.", "2018-07-06")
    assert ("CHN", "USA", "16") in got
    assert not any(a == "CHN" and c == "13" for a, _, c in got)  # told as done: no threat


def test_firm_measures_to_defend_sovereignty_are_a_threat() -> None:
    text = ("China condemned the US delegation's visit on Monday. "
            "China will take resolute and forceful measures to defend its sovereignty.")
    got = [(e.actor[:3], e.target[:3], e.code[:2]) for e in tension.extract_events(text, published="2024-01-16")]
    assert ("CHN", "USA", "13") in got


def test_opposing_and_lodging_protests_are_two_acts() -> None:
    got = _codes("China deplores and firmly opposes the visit by the US delegation and has lodged serious protests "
                 "with the US.")
    assert {c for _, _, c in got} >= {"110", "114"}
