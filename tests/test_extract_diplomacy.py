"""Diplomacy news of the fifth round: plans dated forward, conjuncts dated by their own date,
disputes fought by other means, former officials as commentators (sentences written here)."""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events


def _short(rows: list[tuple]) -> list[tuple]:
    return [(r[0][:3], r[1][:3], r[2][:2], r[3], r[5]) for r in rows]


@pytest.mark.parametrize("text", [
    "Mr. Xi is due to meet Japan's new prime minister, Sanae Takaichi, on Friday.",
    "Mr. Xi will meet Japan's prime minister, Fumio Kishida, on Friday in San Francisco.",
    "Wang Yi is expected to hold talks with the Japanese foreign minister on Friday.",
])
def test_a_planned_meeting_on_a_weekday_is_the_next_one(text: str) -> None:
    rows = _short(_coded_events(text, "2025-10-30"))  # a Thursday
    assert ("CHN", "JPN", "04", "2025-10-31", "plan") in rows, rows


def test_a_weekday_before_the_future_verb_dates_the_decision() -> None:
    rows = _coded_events("The Commerce Department on Tuesday finalised a rule that will bar Chinese software "
                         "from American cars.", "2025-01-15")
    assert rows and all(r[3] == "2025-01-14" for r in rows), rows


def test_a_past_meeting_on_a_weekday_stays_in_the_past() -> None:
    rows = _short(_coded_events("Mr. Xi met Japan's prime minister on Friday.", "2025-10-30"))
    assert rows == [("CHN", "JPN", "04", "2025-10-24", "act")]


@pytest.mark.parametrize("text", [
    "Mr. Trump signed an agreement with Japan in Tokyo on Tuesday, and met South Korea's president on Wednesday.",
    "Mr. Trump signed an agreement with Japan in Tokyo on Tuesday and met South Korea's president on Wednesday.",
])
def test_a_second_conjunct_takes_its_own_date(text: str) -> None:
    rows = _short(_coded_events(text, "2025-10-30"))
    assert ("USA", "JPN", "05", "2025-10-28", "act") in rows, rows
    assert ("USA", "KOR", "04", "2025-10-29", "act") in rows, rows


def test_a_conjunct_without_a_date_shares_the_first_one() -> None:
    rows = _short(_coded_events("Mr. Trump signed an agreement with Japan on Tuesday and met South Korea's president.",
                                "2025-10-30"))
    assert ("USA", "KOR", "04", "2025-10-28", "act") in rows, rows


@pytest.mark.parametrize("text", [
    "Trump and Xi agree to ease trade fight at meeting in South Korea",
    "The two governments are locked in a legal battle over the company's assets in Canada.",
])
def test_a_dispute_by_other_means_is_no_force(text: str) -> None:
    rows = _coded_events(text, "2025-10-30")
    assert all(r[2][:2] not in ("18", "19", "20") for r in rows), rows
    assert all(r[1][:3] != "KOR" and r[1][:3] != "CAN" for r in rows), rows


def test_a_real_fight_is_still_force() -> None:
    rows = _short(_coded_events("Chinese troops fought Indian soldiers in the Galwan valley on Monday.", "2020-06-17"))
    assert [r[:3] for r in rows] == [("CHN", "IND", "19")]


@pytest.mark.parametrize("text", [
    '"Both sides want to keep the door open," said a former American diplomat who negotiated with Chinese officials.',
    '"There were no illusions going in," said a former American trade negotiator who has dealt with Mr. Yang.',
])
def test_a_former_official_quoted_is_a_commentator(text: str) -> None:
    assert _coded_events(text, "2021-03-20") == []


def test_a_statement_about_a_former_official_is_not_commentary() -> None:
    rows = _short(_coded_events("China said on Monday it had expelled a former American diplomat.", "2021-03-22"))
    assert [r[:3] for r in rows] == [("CHN", "USA", "17")] or [r[:3] for r in rows] == [("CHN", "USA", "16")], rows
