"""News-lead and codebook rules of the twelfth round (leads pass): our own wire-style sentences here, with
other actors and wording than the dev set's items s2460-s2559."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_warned_would_with_a_condition_is_the_warners_threat() -> None:
    rows = _rows("MOSCOW — Russia warned on Thursday it would take resolute and forceful measures if Finland "
                 "allowed American troops on its soil.", "2023-04-06")
    assert [r[:3] for r in rows] == [("RUS", "FIN", "130")], rows
    rows = _rows("SEOUL — North Korea cautioned on Monday that it would take strong countermeasures if South Korea "
                 "resumed loudspeaker broadcasts.", "2024-06-10")
    assert [r[:3] for r in rows] == [("PRK", "KOR", "130")], rows
    # the narrator's own hypothesis stays no event
    rows = _rows("If the bill passes, Beijing would take countermeasures against Canadian firms, analysts said.",
                 "2024-06-10")
    assert rows == [], rows


def test_a_vow_to_fight_back_is_a_threat_not_force() -> None:
    rows = _rows("TOKYO — Japan vowed on Monday to hit back after South Korea threatened new curbs on its "
                 "chemical exports.", "2019-07-08")
    assert ("JPN", "KOR", "130", "2019-07-08") in rows, rows
    assert not any(c[:2] in ("18", "19") for _, _, c, _ in rows), rows


def test_readiness_for_a_measure_is_a_threat_of_it() -> None:
    rows = _rows("BRUSSELS — The European Union said on Tuesday it was ready to impose duties on American "
                 "motorcycles and bourbon.", "2018-05-22")
    assert [r[:3] for r in rows] == [("IGO", "USA", "1312")], rows
    rows = _rows("ANKARA — Turkey's president said he was prepared to impose sanctions on Sweden.", "2022-06-01")
    assert [r[:3] for r in rows] == [("TUR", "SWE", "1312")], rows
    # readiness to cooperate stays an intent
    rows = _rows("Seoul said on Tuesday it was ready to resume talks with Tokyo.", "2022-06-01")
    assert [r[:3] for r in rows] == [("KOR", "JPN", "036")], rows


def test_taken_off_a_list_is_easing() -> None:
    rows = _rows("WASHINGTON — The Treasury said on Thursday it had removed four Venezuelan oil tankers from a "
                 "list of sanctioned vessels.", "2019-05-09")
    assert [(r[0], r[1], r[2][:2]) for r in rows] == [("USA", "VEN", "08")], rows
    rows = _rows("OTTAWA — Canada removed three Iranian firms from its blacklist on Friday.", "2019-05-10")
    assert [(r[0], r[1], r[2][:2]) for r in rows] == [("CAN", "IRN", "08")], rows


def test_an_extended_licence_or_waiver_is_easing() -> None:
    rows = _rows("WASHINGTON — The State Department extended by another 120 days a waiver that lets Iraq buy "
                 "electricity from Iran.", "2020-05-07")
    assert any(r[:2] == ("USA", "IRQ") and r[2][:2] == "08" for r in rows), rows
    rows = _rows("The U.S. Trade Representative on Thursday extended exclusions for 77 Vietnamese products.",
                 "2024-05-31")
    assert [(r[0], r[1], r[2][:2]) for r in rows] == [("USA", "VNM", "08")], rows


def test_ending_a_spell_of_talks_is_holding_them() -> None:
    rows = _rows("GENEVA — Iranian and European negotiators ended three days of nuclear talks in Geneva on "
                 "Friday that both sides called useful.", "2019-11-15")
    assert [r[2][:2] for r in rows] == ["04"], rows
    rows = _rows("Pakistan ended talks with India on Friday.", "2019-11-15")
    assert [r[2] for r in rows] == ["164"], rows


def test_cutting_short_a_visit_is_reducing_relations() -> None:
    rows = _rows("LONDON — Turkey's foreign minister cut short a visit to Britain on Tuesday.", "2021-03-09")
    assert [r[:3] for r in rows] == [("TUR", "GBR", "160")], rows


def test_a_call_that_carried_an_appeal_or_a_warning_is_a_call_too() -> None:
    rows = _rows("BERLIN — Chancellor Olaf Scholz urged Vladimir Putin in a phone call on Friday to allow grain "
                 "shipments from Ukrainian ports.", "2022-05-14")
    assert ("DEU", "RUS", "041", "2022-05-13") in rows, rows
    assert any(c[:2] == "02" for _, _, c, _ in rows), rows
    rows = _rows("PARIS — President Emmanuel Macron warned Iranian President Ebrahim Raisi in a telephone call on "
                 "Sunday that time was running out for the nuclear talks.", "2022-09-04")
    assert ("FRA", "IRN", "041", "2022-09-04") in rows, rows


def test_a_measure_kept_in_place_is_a_refusal_to_ease_it() -> None:
    rows = _rows("OTTAWA — Canada's finance minister said on Monday that the government would keep its tariffs "
                 "on Chinese electric vehicles in place.", "2025-03-10")
    assert [r[:3] for r in rows] == [("CAN", "CHN", "1244")], rows
    rows = _rows("SEOUL — Japan said it would maintain its export curbs on South Korea.", "2019-08-28")
    assert [r[:3] for r in rows] == [("JPN", "KOR", "1241")], rows
    # a state told by the narrator stays none
    rows = _rows("Tariffs on Canadian steel remain in place.", "2019-08-28")
    assert rows == [], rows


def test_an_opposition_lawmaker_is_the_opposition() -> None:
    rows = _rows("Police in Uganda arrested an opposition lawmaker on Monday on charges of treason.", "2018-08-14")
    assert [r[:3] for r in rows] == [("UGA", "UGA", "173")], rows


def test_the_state_of_a_country_is_the_country() -> None:
    rows = _rows("Slovenia formally recognised the state of Palestine on Wednesday.", "2024-06-05")
    assert [r[:3] for r in rows] == [("SVN", "PSE", "054")], rows
    # a city or a province after its noun stays a place
    rows = _rows("Israeli troops raided the West Bank city of Nablus on Monday.", "2024-06-05")
    assert ("ISR", "PSE") == rows[0][:2] if rows else True, rows


def test_relief_goods_flown_to_a_country_are_humanitarian_aid() -> None:
    rows = _rows("China flew tents, blankets and medical supplies to Pakistan on Tuesday for flood victims.",
                 "2022-08-30")
    assert [r[:3] for r in rows] == [("CHN", "PAK", "073")], rows


def test_a_measure_that_remains_in_place_is_a_state() -> None:
    rows = _rows("TOKYO — Japan's exports to South Korea fell for a tenth month in May, data showed on Thursday, "
                 "a slide blamed on weak demand and export curbs that remain in force.", "2020-06-18")
    assert rows == [], rows
    # an act told with its lasting state stays the act
    rows = _rows("Japan imposed export curbs on South Korea on Monday that remain in force.", "2019-07-09")
    assert [r[:3] for r in rows] == [("JPN", "KOR", "163")], rows
