"""Who did it to whom for triggers dropped for want of a pair (seventh round, pairs pass): the rules of
:mod:`tension.text.pairs` and their hooks, in sentences written here (not taken from articles), each with
must-not cases."""

from __future__ import annotations

import datetime as dt

import tension


def _rows(text: str, published: str = "2024-06-05") -> list[tuple[str, str, str]]:
    table = tension.extract_events(text, published=dt.date.fromisoformat(published))
    return [(e.actor, e.target, e.code) for e in table]


def _has(rows: list[tuple[str, str, str]], actor: str, target: str, root: str) -> bool:
    return any(a[:3] == actor and t[:3] == target and c.startswith(root) for a, t, c in rows)


def test_he_after_a_titled_office_is_its_holder() -> None:
    text = ("Asked about the case on Friday, the foreign ministry spokesperson in Beijing said she had no "
            "details. She accused Washington of smearing Chinese students.")
    assert _has(_rows(text), "CHN", "USA", "112")
    text = ("BEIJING — A defence ministry spokesman said on Thursday that the new bases threatened peace. "
            "He urged Tokyo to halt the deployment.")
    assert _has(_rows(text), "CHN", "JPN", "02")
    # must-not: a named person in the sentence stays the one "she" means (not the office)
    text = ("In Beijing, a foreign ministry spokeswoman, Mao Ning, told reporters that Manila had no right "
            "to the reef. She accused Manila of stirring up trouble.")
    rows = _rows(text)
    assert _has(rows, "CHN", "PHL", "112") and not _has(rows, "PHL", "CHN", "112"), rows


def test_a_second_participle_shares_the_passive() -> None:
    text = "Two American soldiers were arrested and charged with selling secrets to Chinese agents."
    rows = _rows(text)
    # must-not: the soldiers are acted upon, they arrest no one, and the charge's content names no agent
    assert not _has(rows, "USA", "CHN", "17") and not _has(rows, "CHN", "USA", "17"), rows
    # a state of mind after "was" is no passive: "was concerned and urged Beijing" keeps its actor
    text = "The State Department said it was deeply concerned and urged Beijing to show restraint."
    assert _has(_rows(text), "USA", "CHN", "02")


def test_a_charging_participle_on_a_noun_is_passive() -> None:
    text = ("The Treasury said sanctions imposed on four Chinese firms accused of helping Iran build "
            "missiles would take effect on Friday.")
    rows = _rows(text)
    assert not _has(rows, "CHN", "IRN", "11"), rows  # must-not: the firms accuse no one
    assert _has(_rows("Beijing accused Washington of meddling on Monday."), "CHN", "USA", "112")


def test_the_allies_acting_on_a_third_party_are_each_an_actor() -> None:
    text = ("The United States and Japan held talks in Tokyo on Sunday. In Tokyo, the allies issued a joint "
            "statement criticising China's conduct at sea.")
    rows = _rows(text)
    assert _has(rows, "USA", "CHN", "11") and _has(rows, "JPN", "CHN", "11"), rows
    # must-not: the allies of one country, and allies joined, are no pair
    assert not _has(_rows("China warned the allies of the United States on Monday."), "CHN", "USA", "")
    text = ("The United States and Britain accused Chinese hackers on Monday. Canada joined the allies on "
            "Tuesday.")
    rows = _rows(text)
    assert not _has(rows, "CAN", "GBR", "04") and not _has(rows, "CAN", "USA", "04"), rows


def test_a_protest_over_the_incident_is_aimed_at_the_story_s_act() -> None:
    text = ("A Chinese ship rammed a Vietnamese fishing boat on Sunday. Hanoi said it would lodge a "
            "diplomatic protest over the incident.")
    assert _has(_rows(text), "VNM", "CHN", "11")
    # must-not: with no act told before, the protest has no target
    rows = _rows("Hanoi said it would lodge a diplomatic protest over the incident.")
    assert not any(c.startswith("11") for _, _, c in rows), rows


def test_a_coordinated_passive_acts_on_the_clause_s_first_noun() -> None:
    text = ("Officials cancelled the trip after a Russian drone crossed Polish airspace and was shot down "
            "by a Polish fighter jet on Saturday.")
    rows = _rows(text)
    assert _has(rows, "POL", "RUS", "19"), rows
    assert not _has(rows, "POL", "POL", "19"), rows  # must-not: not the object of the first verb


def test_an_agentless_arrest_is_by_the_place_or_the_police_who_tell_it() -> None:
    assert _has(_rows("A Japanese employee of a drugmaker was taken into custody in Beijing in March."), "CHN", "JPN", "173")
    rows = _rows("BERLIN — German prosecutors said on Monday that two citizens had been arrested on "
                 "suspicion of spying for Russia.")
    assert any(a == "DEUJUD" and t == "DEUCVL" and c == "173" for a, t, c in rows), rows
    # must-not: the country the suspects spied for is neither arrester nor arrested
    assert not _has(rows, "RUS", "DEU", "17") and not _has(rows, "DEU", "RUS", "17"), rows
    # must-not: an arrest in one's own country without a teller names no one
    assert not _has(_rows("A Chinese businessman was detained in Shanghai on Monday."), "CHN", "CHN", "17")


def test_a_where_clause_has_its_own_subject() -> None:
    text = ("Lloyd Austin stopped at a naval base in Manila on Tuesday, where he and his Philippine "
            "counterpart signed an agreement to share intelligence.")
    rows = _rows(text)
    assert any({a[:3], t[:3]} == {"USA", "PHL"} and c.startswith("05") for a, t, c in rows), rows
    # must-not: a "where" clause in the perfect tells the place's past, no act
    text = ("Jake Sullivan met Wang Yi in Beijing on Tuesday to discuss the South China Sea, where Chinese "
            "ships have clashed with Philippine vessels.")
    rows = _rows(text)
    assert _has(rows, "USA", "CHN", "04") and not _has(rows, "CHN", "PHL", "19"), rows


def test_them_after_both_countries_is_that_pair() -> None:
    text = ("The United States and Britain accused Chinese hackers of spying on Monday. A Chinese spokesman "
            "said Beijing had lodged protests with both countries. He urged them to stop spreading lies.")
    rows = _rows(text)
    assert _has(rows, "CHN", "USA", "02") or _has(rows, "CHN", "GBR", "02"), rows
    # must-not: "them" after an irregular verb ("set them back") is not the pair
    text = ("China and Canada agreed to talk on Monday. Both countries said years of disputes had set them "
            "back.")
    rows = _rows(text)
    assert not _has(rows, "CHN", "CAN", "05") and not _has(rows, "CAN", "CHN", "05"), rows


def test_the_two_companies_refers_back_to_the_firms_named() -> None:
    text = ("The Federal Communications Commission banned sales of new equipment from Huawei and ZTE on "
            "Friday. The commission had already moved against the firms. In 2020 it designated the two "
            "companies threats to national security.")
    assert _has(_rows(text), "USA", "CHN", "163")
    # must-not: "two companies" without "the" is no reference back
    text = ("The Federal Communications Commission banned sales of new equipment from Huawei and ZTE on "
            "Friday. In 2020 it fined two companies in Ohio.")
    assert not _has(_rows(text), "USA", "CHN", "163")


def test_called_the_decision_a_judgement_is_aimed_at_the_story_s_act() -> None:
    text = "Australia banned Chinese-made cameras on Tuesday. Beijing called the move discriminatory and wrong."
    rows = _rows(text)
    assert _has(rows, "CHN", "AUS", "11"), rows
    # must-not: with no act told, the judgement has no target
    rows = _rows("Beijing called the move discriminatory and wrong.")
    assert not any(c.startswith("11") for _, _, c in rows), rows


def test_an_order_to_strip_a_firm_s_equipment_is_a_ban_on_the_firm() -> None:
    text = "Sweden ordered telecom operators on Tuesday to strip Huawei equipment from their networks."
    assert _has(_rows(text), "SWE", "CHN", "163")
    # must-not: an order to remove something of no party is no sanction
    assert not any(c.startswith("16") for _, _, c in _rows("China ordered its troops to remove the barricades on Monday."))


def test_his_government_after_a_person_is_that_person_s() -> None:
    text = ("Philippine President Ferdinand Marcos condemned the ramming on Monday. \"We will not be "
            "intimidated,\" he said. His government said it would expel two Chinese diplomats.")
    rows = _rows(text)
    assert any(a == "PHLGOV" and t[:3] == "CHN" and c.startswith("1") for a, t, c in rows), rows
    # must-not: "his" with no person before it stays unresolved (no Chinese actor made up)
    rows = _rows("His government said it would expel two Chinese diplomats.")
    assert not any(a[:3] == "CHN" for a, _, _ in rows), rows


def test_a_called_off_trip_in_the_passive_is_between_the_story_s_parties() -> None:
    text = ("Antony Blinken met Wang Yi in Beijing on Monday. The trip had been planned for the spring but was "
            "called off after a dispute over a Chinese balloon.")
    rows = _rows(text)
    assert any({a[:3], t[:3]} == {"USA", "CHN"} and c.startswith("16") for a, t, c in rows), rows
    # must-not: a third party's visit told in the background is not the story's trip
    text = ("Antony Blinken met Wang Yi in Beijing on Monday, a year after Nancy Pelosi visited Taiwan. The "
            "trip had been planned for the spring but was called off after a dispute over a Chinese balloon.")
    rows = _rows(text)
    assert not any(t[:3] == "TWN" and c.startswith("16") for _, t, c in rows), rows


def test_a_country_adjective_on_a_thing_speaks_for_no_later_role() -> None:
    text = ("BEIJING — A suspected Chinese surveillance balloon crossed the United States in February. The Air "
            "Force shot the balloon down off the coast on Feb. 4.")
    rows = _rows(text, "2023-06-19")
    assert not _has(rows, "CHN", "USA", "19"), rows  # must-not: the balloon's country shot nothing down
    # a country that was the subject still speaks through "the ministry"
    text = "China condemned the sanctions on Monday. The ministry accused Washington of bullying."
    assert _has(_rows(text), "CHN", "USA", "112")
