"""Precision rules of the fifth round: what a trained coder leaves uncoded in an article (sentences
written here, not taken from articles)."""

from __future__ import annotations

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_trend_in_the_perfect_progressive_is_background() -> None:
    assert _rows("Seoul has been expanding its navy and deepening defence ties with Australia and Canada.",
                 "2024-05-02") == []
    assert _rows("Vietnam has also been strengthening security cooperation with India.", "2024-05-02") == []


def test_a_dated_act_in_the_progressive_or_the_simple_past_stays() -> None:
    rows = _rows("Vietnam deepened security cooperation with India on Monday.", "2024-05-02")
    assert rows and all(a == "VNM" and t == "IND" for a, t, *_ in rows), rows
    rows = _rows("Indian and Vietnamese negotiators have been meeting in Geneva this week.", "2024-05-02")
    assert rows, rows


def test_examples_of_a_group_do_not_act_on_each_other() -> None:
    assert _rows("Nine states, including Peru and Chile, voted in favour of the motion; others abstained.",
                 "2024-05-02") == []
    assert _rows("Several governments, such as Kenya and Ghana, welcomed the plan.", "2024-05-02") == []


def test_examples_of_a_group_still_sign_together() -> None:
    rows = _rows("Eleven Asian nations, including Laos and Cambodia, signed the accord in Bangkok.", "2024-05-02")
    assert any({a, t} == {"LAO", "KHM"} and c == "057" for a, t, c, _ in rows), rows


def test_an_obligation_is_a_state_also_after_a_relative_clause() -> None:
    assert _rows("Tokyo, which signed the treaty in 1960, is obliged to defend the islands.", "2024-05-02") == []
    assert _rows("Washington, which has no embassy in Taipei, is bound by law to provide Taiwan with arms.",
                 "2024-05-02") == []


def test_threaten_with_a_harm_as_object_means_endanger() -> None:
    assert _rows("The ministry said Japanese steel was sold below cost, threatening serious damage to Korean mills.",
                 "2024-05-02") == []
    assert _rows("The drought threatens the livelihoods of farmers in Kenya.", "2024-05-02") == []


def test_threaten_with_a_measure_or_a_party_is_still_a_threat() -> None:
    assert [c[:2] for *_, c, _ in _rows("Ankara threatened retaliation against Greece on Monday.", "2024-05-02")] == ["13"]
    assert [c[:2] for *_, c, _ in _rows("Moscow threatened Kyiv with serious consequences.", "2024-05-02")] == ["13"]


def test_the_noun_an_appeal_asks_for_is_its_content_not_an_act() -> None:
    rows = _rows("Havana asked Washington for the lifting of trade sanctions.", "2024-05-02")
    assert rows and all(c.startswith("02") for *_, c, _ in rows), rows
    rows = _rows("Pyongyang had asked only for the lifting of some sanctions, its minister said.", "2024-05-02")
    assert all(not c.startswith("08") for *_, c, _ in rows), rows


def test_a_report_verbs_pattern_does_not_reach_into_the_embedded_clause() -> None:
    rows = _rows("The ministry said it was studying the Australian measures.", "2024-05-02")
    assert all(not c.startswith("13") for *_, c, _ in rows), rows
    rows = _rows("Beijing said it would take resolute measures against Canberra.", "2024-05-02")
    assert [c[:2] for *_, c, _ in rows] == ["13"], rows


def test_a_blamed_act_told_in_the_main_clause_with_a_trailing_attribution_is_news() -> None:
    rows = _rows("A Vietnamese patrol boat deliberately rammed a Cambodian fishing boat on Friday, Cambodian "
                 "officials said.", "2024-05-04")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("VNM", "KHM", "19")], rows


def test_a_blamed_act_inside_the_reported_clause_stays_the_speakers_charge() -> None:
    rows = _rows("Cambodian officials said the Vietnamese boats had deliberately rammed a fishing boat.", "2024-05-04")
    assert all(not c.startswith("19") for *_, c, _ in rows), rows


def test_a_plan_to_hold_an_event_noun_is_one_planned_event_per_partner() -> None:
    rows = [r for r in _coded_events("Indonesia plans to hold joint patrols with Malaysia and Singapore next year.",
                                     "2024-05-02")]
    assert {(r[1][:3], r[2], r[5]) for r in rows} == {("MYS", "062", "plan"), ("SGP", "062", "plan")}, rows


def test_an_event_noun_after_a_past_carrier_verb_stays_an_act() -> None:
    rows = _coded_events("Indonesia held joint patrols with Malaysia on Monday.", "2024-05-02")
    assert [(r[2], r[5]) for r in rows] == [("062", "act")], rows


def test_no_before_a_report_verbs_pattern_noun_negates_it() -> None:
    rows = _rows("Lukashenko said Belarus had no plans to invade Lithuania.", "2024-05-02")
    assert all(not c.startswith("03") for *_, c, _ in rows), rows


def test_a_report_verbs_pattern_does_not_reach_past_an_infinitive() -> None:
    rows = _rows("Putin said Russia had no plans to attack Finland.", "2024-05-02")
    assert all(not c.startswith("19") for *_, c, _ in rows), rows
