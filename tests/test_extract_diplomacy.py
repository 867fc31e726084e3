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


@pytest.mark.parametrize("text", [
    "Mr. Blinken said on Thursday that China's actions threatened the rules-based order.",
    "Mr. Blinken said on Thursday that Beijing's conduct endangered regional stability.",
])
def test_harm_to_an_order_in_reported_speech_is_the_speakers_criticism(text: str) -> None:
    rows = _short(_coded_events(text, "2021-03-20"))
    assert [r[:3] for r in rows] == [("USA", "CHN", "11")], rows


def test_a_reported_threat_stays_the_threat() -> None:
    rows = _short(_coded_events("Mr. Blinken said on Thursday that China threatened the Philippines.", "2021-03-20"))
    assert [r[:3] for r in rows] == [("CHN", "PHL", "13")], rows


def test_a_second_reference_by_title_goes_on_with_the_paragraphs_day() -> None:
    from tension import extract_events
    text = ("The talks between Blinken and Wang Yi got off to a rancorous start on Thursday. "
            "Mr. Wang accused the United States of condescension.")
    rows = [(e.actor[:3], e.target[:3], e.code[:2], str(e.date)) for e in extract_events(text, published="2021-03-20")]
    assert ("CHN", "USA", "11", "2021-03-18") in rows, rows


@pytest.mark.parametrize(("text", "target"), [
    ("Blinken flew to Busan on Thursday.", "KOR"),
    ("Blinken travelled from Seoul to Beijing on Thursday.", "CHN"),
    ("China's foreign minister Wang Yi flew to Alaska on Thursday.", "USA"),
])
def test_a_trip_goes_to_the_country_of_the_place_reached(text: str, target: str) -> None:
    rows = _short(_coded_events(text, "2021-03-20"))
    assert [r[1] for r in rows] == [target], rows


def test_a_trip_home_from_abroad_is_no_visit() -> None:
    assert _coded_events("Blinken flew to Alaska from Seoul on Thursday.", "2021-03-20") == []


def test_talks_after_which_the_subject_acted_are_the_subjects_meeting() -> None:
    rows = _short(_coded_events("Blinken flew to Alaska on Thursday after talks in Tokyo with his Japanese "
                                "counterpart on Tuesday.", "2021-03-20"))
    assert ("USA", "JPN", "04", "2021-03-16", "act") in rows, rows


@pytest.mark.parametrize("text", [
    "China said on Thursday it would suspend the rare-earth measures against the United States for one year.",
    "The United States and China agreed on Thursday to pause the port fees on each other's ships.",
])
def test_suspending_fees_or_measures_is_easing(text: str) -> None:
    rows = _short(_coded_events(text, "2025-10-30"))
    assert rows and all(r[2] in ("08", "03") for r in rows), rows
    assert not any(r[2] == "16" for r in rows), rows


def test_easing_ones_own_measure_in_a_two_country_story_reaches_the_other_side() -> None:
    from tension import extract_events
    text = ("The United States and China agreed on Thursday to a trade truce. "
            "China said it would suspend its export controls on rare earths for one year.")
    rows = [(e.actor[:3], e.target[:3], e.code[:2]) for e in extract_events(text, published="2025-10-30")]
    assert ("CHN", "USA", "03") in rows or ("CHN", "USA", "08") in rows, rows
    assert not any(r[2] == "16" for r in rows), rows


def test_a_date_in_a_contact_relative_clause_dates_only_that_clause() -> None:
    from tension import extract_events
    text = ("The United States and China agreed on Thursday to a trade truce. Both governments also agreed to "
            "pause the port fees they had imposed on each other's ships in October.")
    rows = [(e.code[:2], str(e.date)) for e in extract_events(text, published="2025-10-30")]
    assert ("08", "2025-10-30") in rows, rows


def test_a_second_verb_of_saying_reports_its_own_subjects_act() -> None:
    rows = _short(_coded_events("Mr. Trump called the meeting amazing and said China had agreed to keep buying "
                                "American soybeans.", "2025-10-30"))
    assert [r[:3] for r in rows] == [("CHN", "USA", "03")], rows


@pytest.mark.parametrize("text", [
    "Mr. Trump met Lee on Wednesday in the city of Gyeongju, the host of this year's summit.",
    "Biden attended this year's summit in Lima.",
])
def test_a_host_or_an_occasion_named_by_its_time_is_no_act_of_the_subject(text: str) -> None:
    rows = _short(_coded_events(text, "2025-10-30"))
    assert not any(r[2] == "04" and r[3] == "2025-01-01" for r in rows), rows
    assert not any(r[1] in ("JPN", "PER") for r in rows), rows


def test_a_time_named_occasion_with_its_parties_is_still_coded() -> None:
    rows = _short(_coded_events("Tuesday's talks between China and Japan ended without a deal.", "2025-10-30"))
    assert rows and rows[0][:2] == ("CHN", "JPN"), rows


@pytest.mark.parametrize("text", [
    "Both sides failed to agree on how far to ease sanctions on North Korea.",
    "Japan is weighing whether to expel Russian diplomats.",
])
def test_a_question_in_an_infinitive_is_no_act(text: str) -> None:
    assert _coded_events(text, "2019-02-28") == []


def test_an_agreement_to_ease_is_still_easing() -> None:
    rows = _short(_coded_events("The United States agreed on Thursday to ease sanctions on North Korea.", "2019-02-28"))
    assert [r[:3] for r in rows] == [("USA", "PRK", "08")], rows


def test_talks_after_a_span_of_time_are_the_conjoined_subjects_meeting() -> None:
    rows = _short(_coded_events("Biden and Xi agreed on Wednesday to resume military communications after four hours "
                                "of talks at an estate south of San Francisco.", "2023-11-16"))
    assert ("USA", "CHN", "03", "2023-11-15", "act") in rows, rows
    assert ("USA", "CHN", "04", "2023-11-15", "act") in rows, rows


def test_a_single_subject_after_the_visit_is_no_visit_of_its_own() -> None:
    rows = _short(_coded_events("Chinese authorities halted imports of citrus and fish from Taiwan after the visit.",
                                "2022-08-04"))
    assert not any(r[2] == "04" for r in rows), rows


@pytest.mark.parametrize(("text", "target"), [
    ("The State Department said on Sunday that Washington stood in solidarity with Lithuania.", "LTU"),
    ("Biden said the United States stands with Ukraine.", "UKR"),
])
def test_standing_with_a_party_is_support(text: str, target: str) -> None:
    rows = _short(_coded_events(text, "2021-11-22"))
    assert [(r[0], r[1], r[2]) for r in rows] == [("USA", target, "05")], rows


def test_standing_with_a_thing_is_nothing() -> None:
    assert _coded_events("Protesters stood with banners outside the embassy.", "2021-11-22") == []


def test_told_him_that_x_must_stop_is_a_demand_of_x() -> None:
    rows = _short(_coded_events("Wang Yi told him that the United States must stop suppressing China's technological "
                                "development.", "2023-06-19"))
    assert [r[:3] for r in rows] == [("CHN", "USA", "10")], rows


def test_a_relative_clause_that_it_said_belongs_to_its_antecedent() -> None:
    rows = _short(_coded_events("The Commerce Department on Friday added six Chinese entities that it said supported "
                                "Beijing's balloon program to its entity list.", "2023-02-10"))
    assert [r[:3] for r in rows] == [("USA", "CHN", "16")], rows


def test_harm_to_a_partys_security_told_to_reporters_is_criticism_of_the_other_side() -> None:
    from tension import extract_events
    text = ("Japan summoned China's envoy on Monday. Chief Cabinet Secretary Yoshimasa Hayashi told reporters "
            "that the flight threatened Japan's security.")
    rows = [(e.actor[:3], e.target[:3], e.code[:2]) for e in extract_events(text, published="2024-08-27")]
    assert ("JPN", "CHN", "11") in rows, rows
    assert not any(r[1] == "JPN" for r in rows), rows  # the reporters are no party


def test_reporters_told_are_never_the_judged_party() -> None:
    rows = _coded_events("Chief Cabinet Secretary Yoshimasa Hayashi told reporters that the flight threatened "
                         "Japan's security.", "2024-08-27")
    assert not any(r[0][:3] == r[1][:3] for r in rows), rows


@pytest.mark.parametrize("text", [
    "China told the council on Thursday that the United States was interfering in its internal affairs.",
    "China told the United Nations on Thursday that the United States was interfering in its internal affairs.",
])
def test_the_one_told_is_the_audience_of_a_judgement(text: str) -> None:
    rows = _short(_coded_events(text, "2022-10-07"))
    assert [r[:4] for r in rows] == [("CHN", "USA", "11", "2022-10-06")], rows


@pytest.mark.parametrize("text", [
    "Chinese state media warned other countries against following Lithuania's example.",
    "China warned other countries against recognising Taiwan.",
])
def test_what_one_is_warned_against_doing_names_no_target(text: str) -> None:
    assert _coded_events(text, "2021-11-22") == []


def test_the_one_warned_stays_the_target() -> None:
    rows = _short(_coded_events("The United States warned China against supplying weapons to Russia.", "2022-03-18"))
    assert [r[:3] for r in rows] == [("USA", "CHN", "13")], rows


@pytest.mark.parametrize("text", [
    "The State Department designated five Chinese news outlets as foreign missions on Tuesday.",
    "The State Department on Wednesday designated six more Chinese news organisations as foreign missions.",
])
def test_designating_outlets_as_foreign_missions_is_the_designators_act(text: str) -> None:
    rows = _short(_coded_events(text, "2020-10-21"))
    assert [r[:3] for r in rows] == [("USA", "CHN", "17")], rows


def test_treating_as_foreign_missions_is_no_designation() -> None:
    assert _coded_events("China treated the outlets as foreign missions.", "2020-10-21") == []


def test_no_right_to_interfere_is_criticism() -> None:
    rows = _short(_coded_events("China said on Monday that the United States had no right to interfere in the dispute.",
                                "2023-10-23"))
    assert [r[:3] for r in rows] == [("CHN", "USA", "11")], rows


def test_a_denied_interference_is_no_criticism() -> None:
    assert _coded_events("China said on Monday that the United States had not interfered.", "2023-10-23") == []
