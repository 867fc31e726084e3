"""Rules of the thirteenth round (the lead's), each checked on sentences written fresh for the construction."""

from __future__ import annotations

import pytest

import tension

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _pairs(text: str, published: str) -> set[frozenset[str]]:
    return {frozenset((a, t)) for a, t, _, _ in _rows(text, published)}


@pytest.mark.parametrize("text, members", [
    ("The leaders of South Korea, Japan and China met in Seoul on Monday.", ("KOR", "JPN", "CHN")),
    ("India, Brazil and South Africa signed a trade pact on Tuesday.", ("IND", "BRA", "ZAF")),
    ("The defense chiefs of Australia, Japan and the US met in Singapore on Saturday.", ("AUS", "JPN", "USA")),
    ("The US, Japan and South Korea agreed to share missile warning data in real time.", ("USA", "JPN", "KOR")),
])
def test_three_parties_acting_jointly_are_each_two_of_them(text: str, members: tuple[str, str, str]) -> None:
    a, b, c = members
    assert {frozenset((a, b)), frozenset((a, c)), frozenset((b, c))} <= _pairs(text, "2024-05-15")


def test_four_parties_are_left_to_the_story_and_a_list_acting_on_a_target_is_not_joint() -> None:
    pairs = _pairs("The foreign ministers of the United States, Japan, India and Australia met in Tokyo.",
                   "2020-10-06")
    assert frozenset(("IND", "AUS")) not in pairs, pairs
    rows = _rows("Britain, France and Germany held talks with Iran in Geneva on Friday.", "2024-05-15")
    assert {(a, t) for a, t, _, _ in rows} == {("GBR", "IRN"), ("FRA", "IRN"), ("DEU", "IRN")}, rows


def test_a_role_of_a_country_is_shared_by_the_list_after_it() -> None:
    table = tension.extract_events("The foreign ministers of Japan and China met in Busan on Sunday.",
                                   published="2024-05-15")
    assert {(a, t) for a, t in zip(table.actor, table.target)} == {("JPNGOV", "CHNGOV")}
    table = tension.extract_events("The defense chiefs of Australia, Japan and the US met in Singapore.",
                                   published="2024-05-15")
    assert set(table.actor) | set(table.target) == {"AUSMIL", "JPNMIL", "USAMIL"}


def test_an_undated_hosting_retells_the_meeting_of_the_lead() -> None:
    story = ("HANOI — The leaders of Vietnam and Thailand met in Hanoi on Monday to discuss trade.\n\n"
             "Vietnamese Prime Minister Pham Minh Chinh hosted Thai Prime Minister Srettha Thavisin at the "
             "government office.")
    rows = _rows(story, "2024-05-15")
    assert rows and all(d == "2024-05-13" for _, _, c, d in rows if c.startswith("04")), rows


@pytest.mark.parametrize("text, expected", [
    ("Missouri sued China over its handling of the pandemic on Tuesday.", ("USA", "CHN", "115")),
    ("Ohio welcomed a Japanese trade delegation on Monday.", ("USA", "JPN", "051")),
    ("Florida barred Chinese citizens from buying land near military bases.", ("USA", "CHN", "163")),
])
def test_a_us_state_opening_a_sentence_before_its_verb_acts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {r[:3] for r in _rows(text, "2024-05-15")}


def test_a_us_state_elsewhere_stays_a_place() -> None:
    rows = _rows("A Chinese balloon flew over Montana on Thursday.", "2024-05-15")
    assert not any(a == "USA" for a, _, _, _ in rows), rows
    rows = _rows("Chinese investors bought farmland in Texas, and Japan protested to China on Friday.", "2024-05-15")
    assert not any(a == "USA" for a, _, _, _ in rows), rows


@pytest.mark.parametrize("text, expected", [
    ("The Philippines said Chinese coast guard vessels fired water cannon at two of its boats.", ("CHN", "PHL")),
    ("Vietnam said Chinese ships rammed one of its fishing boats on Monday.", ("CHN", "VNM")),
    ("Russian jets harassed one of its patrol planes over the Baltic, Sweden said on Friday.", ("RUS", "SWE")),
])
def test_what_an_act_of_force_struck_is_owned_by_the_teller(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(a, t) for a, t, _, _ in _rows(text, "2024-05-15")}


def test_an_owned_object_in_a_participle_or_a_habit_has_no_teller_as_target() -> None:
    rows = _rows("Fishermen from Vietnam say they are routinely chased away from its waters, Hanoi said.", "2024-05-15")
    assert rows == [], rows


@pytest.mark.parametrize("text, code", [
    ("India and China completed the disengagement of troops at two friction points on Wednesday.", "087"),
    ("Israel withdrew its forces from Gaza on Sunday.", "0874"),
])
def test_troops_pulled_back_ease_the_military_standoff(text: str, code: str) -> None:
    assert code in {c for _, _, c, _ in _rows(text, "2024-05-15")}
