"""Who did it to whom in articles (sixth round): acts whose other side the story has told, in
sentences written here (not taken from articles), with must-not cases."""

from __future__ import annotations

import datetime as dt

import tension


def _rows(text: str, published: str) -> list[tuple[str, str, str, str]]:
    table = tension.extract_events(text, published=dt.date.fromisoformat(published))
    return [(e.actor[:3], e.target[:3], e.code, text[e.start:e.end]) for e in table]


_TWO_PARTY = ("Chinese and American officials met in Vienna on Tuesday to discuss the fentanyl trade. "
              "The talks were the first of their kind in a year. ")


def test_a_suspended_channel_is_aimed_at_the_story_s_other_party() -> None:
    text = _TWO_PARTY + "China suspended the climate dialogue in March after a dispute over visas."
    rows = _rows(text, "2024-01-31")
    assert any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows
    text = _TWO_PARTY + "Beijing cut off most military exchanges in March."
    rows = _rows(text, "2024-01-31")
    assert any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows


def test_a_called_off_trip_is_aimed_at_the_story_s_other_party() -> None:
    text = _TWO_PARTY + "Antony Blinken had planned a visit in March, but he called off that trip."
    rows = _rows(text, "2024-01-31")
    assert any(a == "USA" and t == "CHN" and c.startswith("16") for a, t, c, _ in rows), rows


def test_a_channel_with_a_named_side_or_a_third_party_is_not_given_the_other_party() -> None:
    # the channel's other side is named: it is that side, not the story's other party
    text = _TWO_PARTY + "China suspended its dialogue with Japan in March."
    rows = _rows(text, "2024-01-31")
    assert not any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows
    # a third country's suspension is no act on either party of the story
    text = _TWO_PARTY + "Australia suspended the dialogue in March."
    rows = _rows(text, "2024-01-31")
    assert not any(a == "AUS" and c.startswith("16") for a, t, c, _ in rows), rows
    # a suspension of something that is no channel takes no implicit target
    text = _TWO_PARTY + "China suspended imports of beef in March."
    rows = _rows(text, "2024-01-31")
    assert not any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows


_DRILLS = ("China's military held large-scale drills around Taiwan on Monday, sending dozens of warships "
           "toward the island. ")


def test_a_comment_on_the_drills_is_aimed_at_whoever_the_story_told_holding_them() -> None:
    text = _DRILLS + "Taiwan's defence ministry condemned the drills as reckless."
    rows = _rows(text, "2024-10-16")
    assert any(a == "TWN" and t == "CHN" and c.startswith("11") for a, t, c, _ in rows), rows


def test_drills_the_story_never_told_give_no_target() -> None:
    text = "Taiwan's defence ministry condemned the drills as reckless."
    rows = _rows(text, "2024-10-16")
    assert not any(a == "TWN" and c.startswith("11") for a, t, c, _ in rows), rows


def test_concern_about_the_order_is_aimed_at_whoever_gave_it() -> None:
    text = ("The United States imposed new export controls on Chinese chipmakers on Wednesday. "
            "China's commerce ministry said on Thursday that it was seriously concerned about the order.")
    rows = _rows(text, "2023-08-10")
    assert any(a == "CHN" and t == "USA" and c[:2] in ("01", "11") for a, t, c, _ in rows), rows


def test_concern_about_an_order_aimed_at_someone_else_is_not_aimed_at_its_author() -> None:
    # the order was aimed at Japan, not at the commenter (China): no target
    text = ("The United States imposed new export controls on Japanese chipmakers on Wednesday. "
            "China's commerce ministry said on Thursday that it was seriously concerned about the order.")
    rows = _rows(text, "2023-08-10")
    assert not any(a == "CHN" and t == "USA" for a, t, c, _ in rows), rows


def test_taken_into_custody_is_done_by_whoever_the_story_told_detaining() -> None:
    text = ("China detained a Japanese businessman in Beijing on Monday. "
            "Two Japanese journalists were taken into custody in Dalian on Tuesday.")
    rows = _rows(text, "2023-03-29")
    assert any(a == "CHN" and t == "JPN" and c == "173" and "taken into custody" in s for a, t, c, s in rows), rows


def test_taken_into_custody_in_a_city_is_done_by_its_state() -> None:
    """Round 11: "were taken into custody in Dalian" is a passive like "were detained in Dalian": the state
    the people are held in detains them (``coverage._held_where``), as it does for "detained"."""
    text = "Two Japanese journalists were taken into custody in Dalian on Tuesday."
    rows = _rows(text, "2023-03-28")
    assert [(a[:3], t[:3], c) for a, t, c, _ in rows] == [("CHN", "JPN", "173")], rows
    rows = _rows("Two Japanese journalists were taken into custody on Tuesday.", "2023-03-28")
    assert not any(c == "173" for a, t, c, _ in rows), rows  # no place, no detainer told: nothing


def test_a_measure_answered_with_is_aimed_at_whoever_acted_against_the_subject() -> None:
    text = ("Beijing tightened its controls on exports of rare earths to the United States on Monday. "
            "Mr. Trump answered with a threat of new tariffs on Tuesday.")
    rows = _rows(text, "2025-10-15")
    assert any(a == "USA" and t == "CHN" and c.startswith("13") for a, t, c, _ in rows), rows


def test_answered_with_and_nobody_acting_against_the_subject_gives_no_target() -> None:
    # the story told no act aimed at the United States: no one to answer
    text = ("Beijing tightened its controls on exports of rare earths to Japan on Monday. "
            "Mr. Trump answered with a threat of new tariffs on Tuesday.")
    rows = _rows(text, "2025-10-15")
    assert not any(a == "USA" and c.startswith("13") and t[:3] in ("CHN", "JPN") for a, t, c, _ in rows), rows
    # "met with" is no answer
    text = ("Beijing tightened its controls on exports of rare earths to the United States on Monday. "
            "Mr. Trump met with a delegation of farmers on Tuesday.")
    rows = _rows(text, "2025-10-15")
    assert not any(a == "USA" and t == "CHN" and "delegation" in s for a, t, c, s in rows), rows


def test_a_promise_told_by_the_other_side_is_made_to_the_teller() -> None:
    text = "President Trump said on Thursday that Beijing had promised to buy more American soybeans."
    rows = _rows(text, "2025-10-30")
    assert any(a == "CHN" and t == "USA" and c.startswith("03") for a, t, c, _ in rows), rows


def test_a_promise_told_by_its_own_side_or_nobody_has_no_made_up_target() -> None:
    text = "China's commerce ministry said on Thursday that Beijing had promised to buy more soybeans."
    rows = _rows(text, "2025-10-30")
    assert not any(a == "CHN" and t == "CHN" for a, t, c, _ in rows), rows
    text = "Analysts said on Thursday that Beijing had promised to buy more soybeans."
    rows = _rows(text, "2025-10-30")
    assert not any(a == "CHN" and c.startswith("03") for a, t, c, _ in rows), rows


def test_a_threat_to_react_answers_whoever_acted_against_the_subject() -> None:
    text = ("Canada expelled a Chinese diplomat on Monday. "
            "Beijing said on Tuesday that it reserved the right to react further.")
    rows = _rows(text, "2023-05-09")
    assert any(a == "CHN" and t == "CAN" and c.startswith("13") for a, t, c, _ in rows), rows


def test_a_threat_to_react_with_no_act_against_the_subject_or_its_own_target_is_not_redirected() -> None:
    text = "Beijing said on Tuesday that it reserved the right to react further."
    rows = _rows(text, "2023-05-09")
    assert not any(a == "CHN" and t[:3] not in ("CHN", "") and c.startswith("13") for a, t, c, _ in rows), rows
    # a past retaliation is no answer to come
    text = ("India struck a camp in Pakistan on Tuesday. "
            "Pakistan's prime minister said on Wednesday that his country had retaliated only to show its capability.")
    rows = _rows(text, "2019-02-27")
    assert not any(a == "PAK" and c.startswith("13") for a, t, c, _ in rows), rows


_EU_MEASURE = "China imposed anti-dumping deposits on brandy from the European Union on Tuesday. "


def test_a_member_s_regret_over_a_measure_on_its_bloc_is_aimed_at_its_author() -> None:
    rows = _rows(_EU_MEASURE + "France's trade ministry said it regretted the decision.", "2024-10-09")
    assert any(a == "FRA" and t == "CHN" and c.startswith("11") for a, t, c, _ in rows), rows


def test_a_non_member_s_regret_is_not_aimed_at_the_bloc_s_adversary() -> None:
    rows = _rows(_EU_MEASURE + "Britain's trade ministry said it regretted the decision.", "2024-10-09")
    assert not any(a == "GBR" and t == "CHN" for a, t, c, _ in rows), rows


def test_about_a_span_of_time_is_no_topic_opener() -> None:
    text = ("John Kerry met Wang Yi on Tuesday. "
            "Mr. Kerry held about 12 hours of talks with Xie Zhenhua on Monday.")
    rows = _rows(text, "2023-07-19")
    assert any(a == "USA" and t == "CHN" and c.startswith("04") and "12 hours" in s for a, t, c, s in rows), rows


def test_talks_about_a_topic_stay_a_topic() -> None:
    text = "The two sides remain at odds about sanctions and about 12 disputed islands."
    rows = _rows(text, "2023-07-19")
    assert not any(c.startswith("16") for a, t, c, _ in rows), rows
