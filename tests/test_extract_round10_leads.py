"""Leads rules of the ninth round's leads pass, redone in the tenth (our own sentences here)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_what_investors_bet_on_is_no_event() -> None:
    rows = _rows("European shares climbed on Monday as traders bet that the trade truce between Brussels and "
                 "Washington would survive.", "2025-06-02")
    assert rows == [], rows
    rows = _rows("Bond traders were wagering that Japan would impose new tariffs on Chinese steel.", "2025-06-02")
    assert rows == [], rows
    # the act itself is still one
    rows = _rows("Japan imposed new tariffs on Chinese steel on Monday.", "2025-06-03")
    assert [(a, t, c) for a, t, c, _ in rows] == [("JPN", "CHN", "163")], rows


def test_relief_shipments_and_handed_information_are_aid_and_sharing() -> None:
    rows = _rows("Turkey sent 40 tons of food to Syria on Sunday.", "2023-02-07")
    assert [(a, t, c) for a, t, c, _ in rows] == [("TUR", "SYR", "073")], rows
    rows = _rows("Jordan gave French investigators information on the bombers on Friday.", "2023-02-07")
    assert [(a, t, c) for a, t, c, _ in rows] == [("JOR", "FRA", "064")], rows


def test_chinese_paramilitary_bodies_and_us_universities_are_actors() -> None:
    from tension.text.extract import _coded_events
    full = _coded_events("The European Union froze the assets of the Xinjiang Production and Construction Corps on "
                         "Monday.", "2021-03-23")
    assert [(r[0], r[1], r[2]) for r in full] == [("IGOEUREEC", "CHNGOV", "163")], full
    full = _coded_events("Officers of the People's Armed Police detained two Tibetan monks on Monday.", "2025-05-21")
    assert [r[0] for r in full] == ["CHNCOP"], full
    full = _coded_events("Stanford University signed an agreement with a Japanese university on Monday.", "2025-05-21")
    assert full and full[0][0] == "USAEDU", full


def test_forces_moved_up_to_a_border_are_a_buildup() -> None:
    rows = _rows("Armenia sent tanks and artillery to its border with Azerbaijan on Sunday.", "2021-05-17")
    assert [(a, t, c) for a, t, c, _ in rows] == [("ARM", "AZE", "154")], rows
    rows = _rows("Russia moved troops to the Ukrainian border on Monday.", "2021-04-13")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "UKR", "154")], rows


def test_a_named_craft_is_its_navys_or_air_forces() -> None:
    rows = _rows("A U.S. Air Force RC-135 Rivet Joint reconnaissance plane flew through the Taiwan Strait on "
                 "Monday.", "2023-06-06")
    assert [(a, t, c) for a, t, c, _ in rows] == [("USA", "CHN", "150")], rows
    rows = _rows("The HMS Kent sailed through the Taiwan Strait on Monday.", "2023-06-06")
    assert [(a, t, c) for a, t, c, _ in rows] == [("GBR", "CHN", "150")], rows


def test_a_call_to_correct_ones_mistakes_is_a_demand_for_a_change() -> None:
    rows = _rows("Moscow urged Berlin on Tuesday to rectify its wrong practices toward Russian journalists.",
                 "2024-05-08")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "DEU", "1042")], rows
    rows = _rows("Moscow urged Berlin on Tuesday to improve relations.", "2024-05-08")
    assert all(c[:2] != "10" for _, _, c, _ in rows), rows


def test_a_date_right_after_the_refusing_verb_dates_the_refusal() -> None:
    rows = _rows("Serbia rejected on Monday a Kosovar proposal to resume talks in Brussels.", "2023-03-15")
    assert rows == [("SRB", "KSV", "125", "2023-03-13")], rows


def test_a_month_in_the_accused_acts_complement_does_not_date_the_accusation() -> None:
    rows = _rows("Police in Seoul said on Wednesday they had put two men on a wanted list, accusing them of spying "
                 "for North Korea in March.", "2024-05-08")
    assert rows == [("KOR", "PRK", "112", "2024-05-08")], rows
    rows = _rows("Tokyo accused Beijing of violating its airspace in April.", "2024-05-08")
    assert rows == [("JPN", "CHN", "112", "2024-05-08")], rows


def test_an_attributive_date_dates_its_own_noun_only() -> None:
    rows = _rows("Britain's trade secretary will meet his Indian counterpart in London on Tuesday for three days "
                 "of trade talks, with a Sept. 30 deadline looming over the interim deal.", "2025-09-05")
    assert [(a, t, d) for a, t, _, d in rows] == [("GBR", "IND", "2025-09-09")], rows
    rows = _rows("Beijing condemned Monday's American sanctions on Chinese refiners.", "2025-09-05")
    assert sorted(rows) == [("CHN", "USA", "111", "2025-09-05"), ("USA", "CHN", "163", "2025-09-01")], rows


def test_fighting_a_new_disease_is_no_attack() -> None:
    rows = _rows("Japan offered on Monday to send doctors to Indonesia to help fight the deadly new outbreak.",
                 "2020-02-04")
    assert not any(c[:2] in ("18", "19", "20") for _, _, c, _ in rows), rows


def test_agreeing_to_resolve_concerns_is_an_intent_to_cooperate_not_a_yield() -> None:
    rows = _rows("Japan's trade minister held talks with his South Korean counterpart on Monday, and the two sides "
                 "agreed to resolve each other's concerns through dialogue.", "2023-03-14")
    assert not any(c[:2] == "08" for _, _, c, _ in rows) and any(c[:2] == "03" for _, _, c, _ in rows), rows


def test_concerns_raised_about_a_partys_conduct_are_a_criticism() -> None:
    rows = _rows("Canada's foreign minister raised concerns on Monday about India's actions in Punjab.", "2023-09-19")
    assert [(a, t, c) for a, t, c, _ in rows] == [("CAN", "IND", "111")], rows
    rows = _rows("The central bank governor raised concerns about inflation on Monday.", "2023-09-19")
    assert not any(c == "111" for _, _, c, _ in rows), rows


def test_what_a_quoted_line_says_is_no_event() -> None:
    rows = _rows("Britain deleted a line saying London supports Kosovo's independence from its website on Monday.",
                 "2024-05-08")
    assert rows == [], rows
    # a statement's content is what its author says: still reported
    rows = _rows("Britain issued a statement saying it would impose sanctions on Russia.", "2024-05-08")
    assert ("GBR", "RUS", "1312", "2024-05-08") in rows, rows


def test_a_force_participle_describing_a_thing_is_not_dated_by_the_clause() -> None:
    rows = _rows("Greece demanded on Monday that Turkey free two Greek soldiers detained by Turkish troops.",
                 "2022-05-10")
    assert ("GRC", "TUR", "1053", "2022-05-09") in rows and ("TUR", "GRC", "173", "2022-01-01") in rows, rows
