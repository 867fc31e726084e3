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


# ------------------------------------------------------------------ places in a list after "in"

@pytest.mark.parametrize("text", [
    "Washington's tariffs pushed American buyers toward suppliers in Mexico and Vietnam.",
    "The tariffs sent orders to factories in Mexico, India and Vietnam.",
])
def test_every_member_of_a_place_list_is_a_place(text: str) -> None:
    rows = _coded_events(text, "2024-01-12")
    assert not any(t[:3] in ("VNM", "IND", "MEX") for _, t, *_ in rows), rows


def test_a_list_after_on_is_still_the_target() -> None:
    rows = _coded_events("Beijing imposed tariffs on goods made in Canada and Mexico.", "2025-03-04")
    assert _has(rows, "CHN", "MEX", "16"), rows
    rows = _coded_events("China imposed sanctions on Japan and South Korea.", "2025-03-04")
    assert _has(rows, "CHN", "KOR", "16"), rows


# ------------------------------------------------------------------ bans on investment: where the money goes

@pytest.mark.parametrize("text", [
    "President Joe Biden on Thursday widened a ban on American investment in Chinese companies.",
    "Biden signed an executive order on Wednesday that will bar some new American investment in Chinese companies.",
    "Tokyo banned Japanese investment in Russian energy projects on Friday.",
])
def test_a_ban_on_investment_hits_where_the_money_goes(text: str) -> None:
    rows = _coded_events(text, "2023-08-10")
    assert any(c[:2] in ("16", "17") and a[:3] != t[:3] and t[:3] in ("CHN", "RUS") for a, t, c, *_ in rows), rows
    assert not any(a[:3] == t[:3] for a, t, *_ in rows), rows


def test_an_investment_in_a_place_is_not_a_target_without_a_measure() -> None:
    rows = _coded_events("Chinese investment in Hungary rose last year, officials said.", "2024-05-08")
    assert not any(c[:2] in ("16", "17") for _, _, c, *_ in rows), rows


def test_a_widened_conflict_is_no_new_measure_but_a_widened_ban_is() -> None:
    assert not _coded_events("The tariffs widened the trade war.", "2019-05-14")
    rows = _coded_events("Washington widened a ban on Chinese drone makers on Thursday.", "2021-06-04")
    assert _has(rows, "USA", "CHN", "1", "2021-06-03"), rows


# ------------------------------------------------------------------ announced measures, restored and second

def test_a_restored_duty_announced_with_a_second_would_is_a_measure() -> None:
    text = ("China said on Friday it would impose tariffs on about $75 billion of American goods from Sept. 1, "
            "and would restore duties on American cars.")
    rows = _coded_events(text, "2019-08-23")
    assert _has(rows, "CHN", "USA", "163"), rows
    assert not any(c.startswith("13") for _, _, c, *_ in rows), rows


def test_a_warning_with_a_second_would_stays_a_threat() -> None:
    rows = _coded_events("China warned it would retaliate and would restore duties on American cars.", "2019-08-23")
    assert not any(c == "163" for _, _, c, *_ in rows), rows


def test_postponing_a_restored_tariff_is_easing() -> None:
    rows = _coded_events("Beijing postponed plans to restore tariffs on American cars.", "2019-12-16")
    assert _has(rows, "CHN", "USA", "08"), rows


# ------------------------------------------------------------------ what a threat protects is no target

@pytest.mark.parametrize("text", [
    "China would take resolute measures to protect the rights of its companies, he said.",
    "Beijing will take all necessary measures to safeguard the interests of Chinese firms.",
])
def test_the_protected_party_of_a_threat_is_no_target(text: str) -> None:
    rows = _coded_events(text, "2024-12-03")
    assert not any(a[:3] == t[:3] for a, t, *_ in rows), rows


# ------------------------------------------------------------------ break, hurt: no force in trade news

@pytest.mark.parametrize("text", [
    "The Commerce Department said the maker had broken a settlement over illegal shipments to Iran.",
    "The industry group said the controls were hurting its members' sales in China.",
])
def test_broken_settlements_and_hurt_sales_are_no_force(text: str) -> None:
    rows = _coded_events(text, "2018-04-16")
    assert not any(c[:2] in ("18", "19") for _, _, c, *_ in rows), rows


def test_breaking_a_ceasefire_violates_it() -> None:
    rows = _coded_events("Israel broke the ceasefire with Hamas on Sunday.", "2024-01-15")
    assert any(c == "196" for _, _, c, *_ in rows), rows
    assert not any(c.startswith("087") for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ a proposed measure is a planned measure

@pytest.mark.parametrize(("text", "actor"), [
    ("The Commerce Department on Monday proposed barring Chinese software from connected cars.", "USA"),
    ("The EU proposed imposing tariffs on Chinese electric cars.", "IGO"),
])
def test_a_proposed_measure_is_a_plan_of_that_measure(text: str, actor: str) -> None:
    rows = _coded_events(text, "2024-09-23")
    assert any(a[:3] == actor and t[:3] == "CHN" and c[:2] in ("16", "17") and m == "plan"
               for a, t, c, _, _, m in rows), rows
    assert not any(c[:2] == "02" for _, _, c, *_ in rows), rows


def test_proposing_talks_is_not_a_measure() -> None:
    rows = _coded_events("Washington proposed holding talks with Beijing.", "2024-09-23")
    assert not any(c[:2] in ("16", "17") for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ "a week after"

def test_a_week_after_dates_the_earlier_act_a_week_before() -> None:
    text = ("China's market regulator said on Monday it had opened an investigation into Nvidia, "
            "a week after Washington widened its curbs on chip sales to China.")
    rows = _coded_events(text, "2024-12-09")
    assert _has(rows, "USA", "CHN", "16", "2024-12-02"), rows
    assert not _has(rows, "USA", "CHN", "16", "2024-12-09"), rows


# ------------------------------------------------------------------ a measure's purpose names its target

@pytest.mark.parametrize(("text", "actor"), [
    ("Japan restricted exports of chip-making equipment on Sunday in a move to limit China's ability to make chips.",
     "JPN"),
    ("The Netherlands said on Wednesday it would restrict exports of advanced machines, a step that brings it into "
     "line with an American campaign to slow China's progress in building its own chips.", "NLD"),
])
def test_the_purpose_of_a_measure_names_its_target(text: str, actor: str) -> None:
    rows = _coded_events(text, "2023-07-23")
    assert _has(rows, actor, "CHN", "16"), rows
    assert not _has(rows, actor, "USA", "16"), rows


def test_a_purpose_without_a_measure_is_no_event() -> None:
    assert not _coded_events("Officials met to limit the damage from the dispute.", "2023-07-23")


def test_a_concern_with_an_adverb_of_degree_is_a_concern() -> None:
    rows = _coded_events("China's commerce ministry said on Thursday that it was seriously concerned about the "
                         "U.S. order.", "2023-08-10")
    assert _has(rows, "CHN", "USA", "012"), rows


def test_a_measure_s_relative_clause_names_its_far_target() -> None:
    text = ("The Biden administration issued sweeping export controls last October that limit sales of advanced "
            "semiconductors and equipment to Chinese companies.")
    rows = _coded_events(text, "2023-07-04")
    assert _has(rows, "USA", "CHN", "16", "2022-10-01"), rows
