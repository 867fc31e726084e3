"""Gatherings as venues and plans dated by their own clause (fourth round; sentences written here)."""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events


@pytest.mark.parametrize("text", [
    "Biden and Xi met for three hours on Monday on the eve of the Group of 20 summit.",
    "Biden and Xi met on Monday at the Group of 20 summit in Bali.",
    "Biden met Erdogan at a NATO summit on Monday.",
])
def test_a_gathering_named_as_venue_is_no_party(text: str) -> None:
    rows = _coded_events(text, "2022-11-15")
    assert rows, text
    assert all(not r[0].startswith("IGO") and not r[1].startswith("IGO") for r in rows), rows


def test_a_gathering_that_acts_is_still_a_party() -> None:
    rows = _coded_events("The NATO summit condemned Russia on Monday.", "2022-11-15")
    assert [(r[0][:3], r[1][:3], r[2][:2]) for r in rows] == [("IGO", "RUS", "11")]


def test_the_meeting_at_a_summit_is_one_meeting_dated_by_its_own_clause() -> None:
    rows = _coded_events("Trump said on Wednesday that he would meet Xi at the summit at the end of June.",
                         "2019-05-16")
    assert [(r[0][:3], r[1][:3], r[2][:2], r[3], r[4], r[5]) for r in rows] == [
        ("USA", "CHN", "04", "2019-06-01", "month", "plan")]


def test_a_future_meeting_keeps_its_weekday_beside_a_venue() -> None:
    rows = _coded_events("Xi will meet Prime Minister Fumio Kishida of Japan on Thursday at a regional summit in "
                         "Bangkok.", "2022-11-14")
    assert [(r[2][:2], r[3], r[5]) for r in rows] == [("04", "2022-11-17", "plan")]


def test_a_past_date_of_a_cause_does_not_date_the_reported_act() -> None:
    # "last week" dates Washington's sanctions, not China's; the act keeps the report's Monday
    rows = _coded_events("China said on Monday it would impose sanctions on 11 Americans in response to "
                         "Washington's sanctions on Chinese officials last week.", "2020-08-10")
    assert ("CHN", "USA", "16", "2020-08-10") in [(r[0][:3], r[1][:3], r[2][:2], r[3]) for r in rows]


def test_a_milestones_since_clause_is_its_yardstick_not_news() -> None:
    rows = _coded_events("The United States and China set up a joint working group on drugs on Tuesday, the first "
                         "concrete step since their leaders met in California in November.", "2024-01-31")
    assert [(r[0][:3], r[1][:3], r[2][:2], r[3]) for r in rows] == [("USA", "CHN", "06", "2024-01-30")]


def test_a_plain_since_clause_is_left_alone() -> None:
    # no milestone: the clause is not dropped by this rule (whatever else codes it)
    from tension.text.clauses import milestone_since
    toks = "exports have fallen since china imposed the curbs".split()
    assert not milestone_since(toks, 5, 0)


def test_talks_as_the_purpose_of_a_visit_are_the_visit() -> None:
    rows = _coded_events("Wang Yi will visit Washington on Thursday for talks with Blinken.", "2023-10-25")
    assert [(r[0][:3], r[1][:3], r[2], r[3], r[5]) for r in rows] == [("CHN", "USA", "042", "2023-10-26", "plan")]


def test_a_measures_effect_is_no_new_measure() -> None:
    assert not _coded_events("U.S. tariffs on Chinese steel hurt American carmakers last year.", "2020-02-06")
    assert not _coded_events("Exports fell 3 percent as tariffs on both sides weighed on trade.", "2020-02-06")


def test_a_decided_easing_is_dated_on_its_start_day() -> None:
    rows = _coded_events("China said on Thursday it would cut tariffs on $75 billion of American goods from "
                         "Feb. 14.", "2020-02-06")
    assert [(r[0][:3], r[1][:3], r[2], r[3], r[5]) for r in rows] == [("CHN", "USA", "085", "2020-02-14", "act")]


def test_a_delay_keeps_the_day_it_was_announced() -> None:
    rows = _coded_events("Trump said on Sunday that he would delay an increase in tariffs on Chinese goods that "
                         "had been due to take effect on March 1.", "2019-02-25")
    assert [r[3] for r in rows] == ["2019-02-24"]  # easing (085) or its intent (0354): on Sunday
