"""Trade and technology news (issue 11, fifth round): coordinated easing verbs, "non-" compounds,
dates and "since" inside relative clauses without "that", and reported judgements said at a place.

Sentences written for these tests (news style, no copied text). Each rule has cases it must
code and cases it must leave alone.
"""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events

Row = tuple[str, str, str, str, str, str]  # actor, target, code, date, precision, mode


def _has(rows: list[Row], actor: str, target: str, prefix: str, day: str = "") -> bool:
    return any(a[:3] == actor and t[:3] == target and c.startswith(prefix) and (not day or d == day)
               for a, t, c, d, _, _ in rows)


# ------------------------------------------------------------------ "suspend or remove": two easing verbs

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Beijing agreed to suspend or remove the non-tariff measures it had taken against Washington.", "CHN", "USA"),
    ("Washington agreed to pause or lift the punitive tariffs on Chinese goods.", "USA", "CHN"),
    ("Ottawa agreed to suspend or scrap the retaliatory duties on American steel.", "CAN", "USA"),
])
def test_a_cancel_verb_joined_to_an_easing_verb_eases(text: str, actor: str, target: str) -> None:
    rows = _coded_events(text, "2025-05-12")
    assert _has(rows, actor, target, "08"), rows
    assert not any(c.startswith("12") for _, _, c, *_ in rows), rows


def test_a_refusal_before_the_coordinated_verbs_is_still_a_refusal() -> None:
    rows = _coded_events("Beijing refused to suspend or lift its sanctions on the American firms.", "2025-05-12")
    assert _has(rows, "CHN", "USA", "12"), rows
    assert not _has(rows, "CHN", "USA", "08"), rows


def test_a_suspension_of_a_measure_is_still_easing() -> None:
    rows = _coded_events("Seoul suspended its tariffs on Japanese steel.", "2025-05-12")
    assert _has(rows, "KOR", "JPN", "08"), rows


# ------------------------------------------------------------------ "non-tariff": the prefix denies the noun

@pytest.mark.parametrize("text", [
    "Brussels complained about non-tariff barriers facing European firms in China.",
    "The talks also covered non-military aid to the region.",
])
def test_a_non_compound_is_no_event_of_its_noun(text: str) -> None:
    rows = _coded_events(text, "2024-06-12")
    assert not any(c[:2] in ("16", "07") for _, _, c, *_ in rows), rows


def test_a_plain_tariff_still_counts() -> None:
    rows = _coded_events("The European Union imposed tariffs on Chinese electric cars.", "2024-07-05")
    assert _has(rows, "IGO", "CHN", "16"), rows


# ------------------------------------------------------------------ dates in relative clauses without "that"

def test_a_date_in_a_zero_relative_clause_does_not_date_a_later_apposition() -> None:
    text = ("Japan and South Korea agreed on Friday to lift the export curbs they imposed on each other "
            "in 2019, a truce that cheered chip makers.")
    rows = _coded_events(text, "2023-03-17")
    assert not any(d.startswith("2019") and c[:2] in ("08", "07") for _, _, c, d, _, _ in rows), rows
    assert any(d == "2023-03-17" and c[:2] == "08" for _, _, c, d, _, _ in rows), rows


def test_the_relative_clause_date_still_dates_its_own_verb() -> None:
    rows = _coded_events("China agreed to lift the sanctions it has imposed on American firms in 2020.", "2025-05-12")
    assert _has(rows, "CHN", "USA", "08", "2025-05-12"), rows


@pytest.mark.parametrize("text", [
    "China agreed to suspend the countermeasures it has taken against the United States since April.",
    "Tokyo agreed to lift the curbs it had kept on Korean chemicals since 2019.",
])
def test_since_inside_a_zero_relative_clause_is_not_background(text: str) -> None:
    rows = _coded_events(text, "2025-05-12")
    assert any(c[:2] == "08" and d == "2025-05-12" for _, _, c, d, _, _ in rows), rows


def test_since_in_the_main_clause_is_still_background() -> None:
    rows = _coded_events("China has imposed sanctions on American firms since 2020.", "2025-05-12")
    assert not any(d == "2025-05-12" for _, _, _, d, _, _ in rows), rows


# ------------------------------------------------------------------ reported judgements said at a place

@pytest.mark.parametrize(("text", "target"), [
    ("Mao Ning told a regular news briefing in Beijing that the United States had coerced other countries.", "USA"),
    ("Lin Jian told reporters in Beijing that Washington had politicised trade issues.", "USA"),
    ("The Chinese foreign ministry said at a briefing that Japan had weaponised export controls.", "JPN"),
])
def test_a_judgement_told_at_a_place_is_criticism_of_the_judged(text: str, target: str) -> None:
    rows = _coded_events(text, "2023-03-08")
    assert _has(rows, "CHN", target, "11"), rows


@pytest.mark.parametrize("text", [
    "Mao Ning said in Beijing that Chinese firms would keep investing abroad.",
    "The commerce ministry said it had not politicised trade issues.",
])
def test_no_judgement_without_a_judged_party_or_with_negation(text: str) -> None:
    rows = _coded_events(text, "2023-03-08")
    assert not any(c[:2] == "11" for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ members of a measure's targets

@pytest.mark.parametrize("text", [
    "The Commerce Department added 140 entities to the Entity List, including Chinese chipmakers.",
    "The Commerce Department added 140 entities to the Entity List, among them Chinese firms.",
])
def test_a_listed_member_of_a_measure_is_its_target(text: str) -> None:
    rows = _coded_events(text, "2024-12-02")
    assert _has(rows, "USA", "CHN", "16"), rows


@pytest.mark.parametrize("text", [
    "Beijing has used trade restrictions against countries that displeased it, including Australia.",
    "The leaders held talks on many issues, including China.",
])
def test_members_of_another_noun_are_no_target(text: str) -> None:
    rows = _coded_events(text, "2024-12-02")
    assert not any(t[:3] in ("AUS", "CHN") and c[:2] == "16" for _, t, c, *_ in rows), rows
