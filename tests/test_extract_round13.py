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


def test_a_relative_clause_with_its_own_subject_is_that_subjects_act() -> None:
    rows = _rows("China criticized the sanctions that Washington imposed on Iranian oil buyers.", "2025-07-30")
    assert ("USA", "IRN", "163", "2025-07-30") in rows and not any(a == "CHN" and t == "IRN" for a, t, _, _ in rows)
    rows = _rows("He raised concerns about the tariffs that Mr. Trump imposed on Brazilian coffee.", "2025-07-30")
    assert any(a == "USA" and t == "BRA" for a, t, _, _ in rows), rows


def test_a_party_in_a_relative_clause_on_the_object_is_not_the_target() -> None:
    assert _rows("Trump imposed tariffs on countries that buy Russian oil.", "2025-07-30") == []
    assert not any(t == "IRN" for _, t, _, _ in _rows("Canada sanctioned banks which finance Iran's drone program.",
                                                       "2025-07-30"))
    # a content clause is no relative: "demanded on Friday that Turkey ...", "reports that Chinese troops ..."
    assert ("GRC", "TUR") in {(a, t) for a, t, _, _ in _rows("Greece demanded on Friday that Turkey withdraw its "
                                                              "warships.", "2025-07-30")}
    # nor is the measure's own content: "export controls last October that limit sales to Chinese companies"
    rows = _rows("The administration issued export controls last October that limit sales of chips to Chinese "
                 "companies.", "2023-07-04")
    assert any(t == "CHN" for _, t, _, _ in rows), rows


def test_forces_sent_to_show_force_are_the_show_of_force() -> None:
    rows = _rows("China sent warships and fighter jets to encircle Taiwan on Monday.", "2024-10-14")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("CHN", "TWN", "15")], rows
    rows = _rows("Russia dispatched bombers to patrol near Alaska on Tuesday.", "2024-10-14")
    assert not any(c.startswith("06") for _, _, c, _ in rows), rows


def test_a_future_support_verb_makes_its_event_noun_a_plan() -> None:
    table = tension.extract_events("Chinese Premier Li Qiang will also pay an official visit to Laos.",
                                   published="2024-09-05")
    assert list(table.mode) == ["plan"], list(table.mode)


def test_a_plan_told_again_without_its_date_is_the_dated_plan() -> None:
    story = ("Chinese Premier Li Qiang will travel to Vientiane from October 9 to 11 for the leaders' meetings. "
             "He will also pay an official visit to Laos.")
    rows = _rows(story, "2024-09-05")
    assert [(a, t, d) for a, t, c, d in rows if c.startswith("04")] == [("CHN", "LAO", "2024-10-09")], rows


def test_adjectives_between_a_determiner_and_a_plural_make_it_a_noun() -> None:
    rows = _rows("China firmly opposes the illegal unilateral sanctions imposed by the U.S. on Chinese companies.",
                 "2024-09-05")
    assert not any(a == "CHN" and c == "163" for a, _, c, _ in rows), rows
    assert ("USA", "CHN", "163", "2024-09-05") in rows, rows


def test_an_unquoted_we_speaks_for_the_institution_the_text_is_about() -> None:
    story = ("The Foreign Ministry firmly opposes the sanctions. We have lodged stern representations with the "
             "Japanese side.")
    table = tension.extract_events(story, published="2024-09-05")
    assert "114" in set(table.code), list(zip(table.actor, table.target, table.code))
    # no institution before it: an op-ed's "we" is nobody's
    assert len(tension.extract_events("We must stand up to China's coercion.", published="2024-09-05")) == 0


@pytest.mark.parametrize("text", [
    "China will take measures to firmly protect the legitimate rights and interests of Chinese companies.",
    "The Commerce Department on Monday extended a licence that lets American firms sell parts to Huawei.",
])
def test_a_state_dealing_with_its_own_firms_is_no_event(text: str) -> None:
    assert not any(a == t for a, t, _, _ in _rows(text, "2024-05-15"))


def test_a_state_coercing_its_own_firms_stays() -> None:
    rows = _rows("Chinese police arrested the founder of a Chinese tech company on Monday.", "2021-06-18")
    assert any(a == t == "CHN" and c.startswith("17") for a, t, c, _ in rows), rows


@pytest.mark.parametrize("text, party", [
    ("China imposed anti-dumping duties on brandy from European producers on Tuesday.", "IGOEUREEC"),
    ("European officials criticized China on Monday.", "IGOEUREEC"),
])
def test_an_organisation_composed_with_a_role_keeps_its_whole_code(text: str, party: str) -> None:
    table = tension.extract_events(text, published="2024-05-15")
    assert party in set(table.actor) | set(table.target), list(zip(table.actor, table.target))
    assert not any(c.startswith("IGO") and c != party for c in set(table.actor) | set(table.target))


@pytest.mark.parametrize("text, expected", [
    ("The United States condemned the crackdown in Hong Kong.", ("USA", "HKG")),
    ("The UN condemned the fighting in Sudan.", ("IGO", "SDN")),
    ("China condemned the attack in Karachi on Monday.", ("CHN", "PAK")),
])
def test_a_comment_on_an_act_is_about_where_it_took_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(a, t) for a, t, _, _ in _rows(text, "2024-05-15")}


def test_a_military_presence_reduced_or_expanded_in_a_country() -> None:
    assert ("FRA", "NER", "087", "2024-05-15") in _rows("France reduced its military presence in Niger.", "2024-05-15")
    rows = _rows("The US will expand its military presence in the Philippines.", "2024-05-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("USA", "PHL", "154")], rows
