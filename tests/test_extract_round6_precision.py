"""Precision on articles (sixth round): an act told once is one event. Sentences written here."""

from __future__ import annotations

import pytest

from tension.text import clauses
from tension.text.extract import _coded_events


def _roots(text: str, published: str = "2024-03-14") -> list[tuple[str, str, str]]:
    return [(r[0][:3], r[1][:3], r[2][:2]) for r in _coded_events(text, published)]


@pytest.mark.parametrize(("text", "want"), [
    # a participle after a comma glosses the act: one protest, one attack, one visit
    ("A Vietnamese foreign ministry spokeswoman said Hanoi firmly opposed the Chinese survey, accusing Beijing "
     "of violating its waters.", ("VNM", "CHN", "11")),
    ("Seoul summoned Tokyo's ambassador on Friday to protest what it called a distortion of history.",
     ("KOR", "JPN", "11")),
    ("The Indian delegation arrived in Tokyo for talks, hosted by Japan's foreign minister.", ("IND", "JPN", "04")),
])
def test_an_act_glossed_in_its_own_clause_is_one_event(text: str, want: tuple[str, str, str]) -> None:
    assert _roots(text) == [want]


def test_acts_joined_by_and_stay_two() -> None:
    rows = _roots("Beijing suspended port calls by American warships and imposed sanctions on three American "
                  "charities on Monday.")
    assert rows == [("CHN", "USA", "16"), ("CHN", "USA", "16")]


@pytest.mark.parametrize(("text", "first", "second", "want"), [
    ("Ankara said it opposed the plan, calling it reckless.", "opposed", "calling", True),
    ("Oslo summoned the envoy to protest what it called interference.", "summoned", "what", True),
    ("The minister arrived for talks, hosted by her counterpart.", "arrived", "hosted", True),
    ("Rome opposes it and has lodged a protest.", "opposes", "lodged", False),
    ("Rome protested, and Paris recalled its envoy.", "protested", "recalled", False),
])
def test_restates(text: str, first: str, second: str, want: bool) -> None:
    assert clauses.restates(text, text.index(first), text.index(second)) is want


@pytest.mark.parametrize("text", [
    "Speaker Kevin McCarthy said arms sales to Taiwan should be accelerated.",
    "Speaker Kevin McCarthy said sanctions on China should be tightened.",
    "Senator Rubio said talks with China could resume soon.",
    "The prime minister said curbs on Russian oil must be enforced more strictly.",
])
def test_what_should_or_could_happen_is_no_act(text: str) -> None:
    assert _coded_events(text, "2024-03-14") == []


@pytest.mark.parametrize(("text", "want"), [
    # announced measures ("would", "will") are acts; a relative clause's modal leaves the main act standing
    ("China said tariffs on U.S. goods would rise to 125 percent on Saturday.", ("CHN", "USA", "16")),
    ("The United States imposed sanctions on Chinese banks that could hurt trade.", ("USA", "CHN", "16")),
])
def test_a_modal_elsewhere_leaves_the_act(text: str, want: tuple[str, str, str]) -> None:
    assert _roots(text) == [want]


def test_a_past_perfect_in_the_story_s_own_voice_is_background() -> None:
    rows = _coded_events("Before flying to Seoul, the Japanese prime minister had threatened to curb exports of "
                         "chemicals to South Korea.", "2019-07-10")
    assert rows and all(r[4] == "year" for r in rows), rows
    assert not any(r[3] == "2019-07-10" for r in rows), rows  # never the publication day


def test_a_past_perfect_reported_by_a_speaker_is_news_of_the_day() -> None:
    rows = _coded_events("A spokesman said Hanoi had lodged a formal protest with the Chinese embassy.", "2019-07-10")
    assert [(r[0][:3], r[1][:3], r[2][:2], r[3], r[4]) for r in rows] == [("VNM", "CHN", "11", "2019-07-10", "day")]


@pytest.mark.parametrize("text", [
    "Xi said that those in the United States who sought to use Taiwan to contain China were playing with fire.",
    "Any country that imposes sanctions on China will pay a price, the spokesman said.",
])
def test_what_a_class_of_people_might_do_is_no_act(text: str) -> None:
    assert _coded_events(text, "2024-03-14") == []


def test_those_as_a_determiner_names_particular_people() -> None:
    rows = _roots("China sanctioned those American lawmakers who visited Taiwan last month.")
    assert ("USA", "TWN", "04") in rows and ("CHN", "USA", "16") in rows


@pytest.mark.parametrize("text", [
    "Seoul and Tokyo agreed on Monday to a freeze on new duties while they negotiate.",
    "Hanoi and Beijing opened a hotline on Friday as the two countries work to restore fishing talks.",
    "The United States kept tariffs on Indian steel while it pursues a broader trade deal with New Delhi.",
])
def test_what_goes_on_in_a_while_or_as_clause_is_no_new_act(text: str) -> None:
    rows = _coded_events(text, "2024-03-14")
    assert len(rows) <= 1, rows  # only the main clause's act, if any


@pytest.mark.parametrize(("text", "want"), [
    ("China raised tariffs on Monday as Washington imposed new sanctions on Chinese banks.", ("USA", "CHN", "16")),
    ("China Raises Tariffs on U.S. Goods as Trump Pauses Duties for Others", ("CHN", "USA", "16")),
])
def test_a_past_or_headline_verb_after_as_is_an_act(text: str, want: tuple[str, str, str]) -> None:
    assert want in _roots(text)


def test_a_measure_whose_removal_is_sought_is_no_new_measure() -> None:
    rows = _roots("Australian Trade Minister Don Farrell said he had pressed China for the removal of Chinese "
                  "tariffs on Australian barley.")
    assert ("CHN", "AUS", "16") not in rows, rows


def test_a_meeting_that_may_be_affected_is_no_meeting() -> None:
    rows = _coded_events("Officials in Tokyo said a meeting between the Japanese and Chinese foreign ministers, "
                         "planned for next month, may also be affected.", "2023-07-04")
    assert not any(r[2][:2] == "04" and r[5] == "act" for r in rows), rows


def test_an_agreement_an_act_is_done_under_is_no_new_signing() -> None:
    rows = _roots("Canberra agreed to buy nuclear-powered submarines from the United States under the Aukus pact.")
    assert all(r[2] != "05" for r in rows), rows


def test_a_new_agreement_stays_news() -> None:
    rows = _roots("Japan apologized to South Korea for the suffering of wartime comfort women under a new agreement.")
    assert ("JPN", "KOR", "05") in rows


def test_an_apposition_restating_a_plan_is_one_plan_with_its_date() -> None:
    rows = _coded_events("Mr. Yoon is expected to meet Prime Minister Li Qiang at a regional summit in Jakarta in "
                         "September, a meeting officials hope will ease tensions.", "2023-06-12")
    assert [(r[2][:2], r[3], r[4], r[5]) for r in rows] == [("04", "2023-09-01", "month", "plan")]


def test_those_with_a_participle_is_a_class() -> None:
    rows = _roots("The ambassador said those betting on a Chinese defeat in its rivalry with Washington were wrong.")
    assert ("CHN", "USA", "19") not in rows, rows


@pytest.mark.parametrize("text", [
    "Chinese sailors trained their guns on a Vietnamese fishing boat on Friday.",
    "Two Chinese coast guard vessels trained a water cannon on a Philippine supply boat near the shoal.",
])
def test_weapons_trained_on_a_party_are_a_show_of_force_not_training(text: str) -> None:
    rows = _roots(text)
    assert rows and all(r[2] == "15" for r in rows), rows


def test_what_has_to_be_done_first_is_no_act() -> None:
    rows = _roots("Chinese officials said the American sanctions on Defense Minister Li Shangfu had to be lifted "
                  "first.")
    assert not any(r[2] == "08" for r in rows), rows


_SUMMIT = ("President Moon Jae-in and Prime Minister Shinzo Abe held talks in Tokyo on Monday. "
           "Mr. Abe warned that Japan would respond if forces in North Korea fired missiles, and said those "
           "in South Korea who sought to use Pyongyang to pressure Tokyo were making a mistake. "
           "The two leaders also discussed trade and the pandemic. "
           "Officials said the two sides had also discussed easing visa rules for students.")


def test_the_two_leaders_are_the_two_people_named_not_the_places() -> None:
    rows = _roots(_SUMMIT, "2019-12-24")
    assert not any("PRK" in (r[0], r[1]) and r[2] in ("04", "08") for r in rows), rows


def test_an_option_discussed_is_no_act() -> None:
    rows = _roots(_SUMMIT, "2019-12-24")
    assert not any(r[2] == "08" for r in rows), rows
    rows = _roots("Officials said American and Chinese negotiators had discussed easing visa rules for students.")
    assert rows == [("USA", "CHN", "04")], rows
