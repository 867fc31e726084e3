"""News-lead rules of the eleventh round (our own wire-style sentences here, not the dev set's)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_reported_sighting_of_foreign_military_craft_is_their_show_of_force() -> None:
    rows = _rows("TAIPEI — Taiwan said on Monday it had detected 27 Chinese military aircraft and 10 warships "
                 "around the island over the previous 24 hours.", "2024-05-27")
    assert [r[:3] for r in rows] == [("CHN", "TWN", "150")], rows
    rows = _rows("TOKYO — Japan's defence ministry said it had spotted two Chinese destroyers near Yonaguni "
                 "island on Tuesday.", "2024-10-16")
    assert rows == [("CHN", "JPN", "150", "2024-10-15")], rows
    rows = _rows("TAIPEI — Taiwan's defence ministry reported 153 Chinese military aircraft around the island on "
                 "Monday, a single-day record.", "2024-10-15")
    assert rows == [("CHN", "TWN", "150", "2024-10-14")], rows
    rows = _rows("MANILA — The Philippine coast guard said on Tuesday it had tracked four Chinese coast guard ships "
                 "near Scarborough Shoal.", "2024-02-20")
    assert [r[:3] for r in rows] == [("CHN", "PHL", "150")], rows


def test_sighted_fishing_boats_are_no_show_of_force() -> None:
    rows = _rows("SEOUL — South Korea said on Tuesday it had spotted two Chinese fishing vessels in its waters.",
                 "2024-02-20")
    assert not any(c == "150" for _, _, c, _ in rows), rows
    rows = _rows("MANILA — The Philippines said on Saturday it had monitored about 200 Chinese fishing boats at "
                 "Whitsun Reef.", "2021-02-06")
    assert not any(c == "150" for _, _, c, _ in rows), rows


def test_craft_sent_in_a_list_to_the_seas_around_a_country() -> None:
    rows = _rows("BEIJING (Reuters) — China's military said on Friday it had sent warships, bombers and fighter "
                 "jets to the seas and skies around Taiwan.", "2022-04-15")
    assert [r[:3] for r in rows] == [("CHN", "TWN", "150")], rows
    rows = _rows("MOSCOW — Russia's defence ministry said on Tuesday it had sent frigates, submarines and bombers "
                 "to the waters around Japan's northern islands.", "2023-03-28")
    assert [r[:3] for r in rows] == [("RUS", "JPN", "150")], rows


def test_sailing_near_islands_claimed_by_a_country() -> None:
    rows = _rows("BEIJING — Two U.S. Navy destroyers sailed near islands claimed by China in the South China Sea on "
                 "Monday without permission, Beijing said.", "2019-05-07")
    assert ("USA", "CHN", "150", "2019-05-06") in rows, rows
    rows = _rows("A Chinese warship sailed near islands controlled by Japan on Thursday.", "2019-05-10")
    assert [r[:3] for r in rows] == [("CHN", "JPN", "150")], rows


def test_ending_a_duty_free_exemption_lays_the_duty_on() -> None:
    rows = _rows("WASHINGTON — The United States on Friday ended a duty-free exemption for low-value parcels from "
                 "China.", "2025-05-03")
    assert [r[:3] for r in rows] == [("USA", "CHN", "163")], rows
    rows = _rows("OTTAWA — Canada on Tuesday scrapped the duty-free treatment of steel from Russia.", "2022-03-02")
    assert [r[:3] for r in rows] == [("CAN", "RUS", "163")], rows
    # a lifted duty stays an easing
    rows = _rows("BEIJING — China on Wednesday exempted 16 types of American products from its retaliatory tariffs.",
                 "2019-09-12")
    assert [r[:3] for r in rows] == [("CHN", "USA", "085")], rows


def test_an_exemption_from_retaliatory_tariffs_is_no_tariff() -> None:
    rows = _rows("BEIJING — China said on Monday it would let importers apply for exemptions from retaliatory "
                 "tariffs on 696 American goods.", "2020-02-18")
    assert rows and all(c[:2] in ("03", "08") for _, _, c, _ in rows), rows


def test_ending_exchange_programs_reduces_relations() -> None:
    rows = _rows("WASHINGTON (Reuters) — The State Department on Friday ended five cultural exchange programs paid "
                 "for by the Chinese government.", "2020-12-05")
    assert [r[:3] for r in rows] == [("USA", "CHN", "160")], rows
    rows = _rows("MOSCOW — Russia on Tuesday ended a student exchange program with Norway.", "2023-03-01")
    assert [r[:3] for r in rows] == [("RUS", "NOR", "160")], rows


def test_a_cause_told_with_retaliating_for_is_no_event_of_the_day() -> None:
    rows = _rows("BEIJING — China said on Tuesday it would impose sanctions on four members of a U.S. government "
                 "commission, retaliating for American sanctions on Chinese officials over Xinjiang.", "2021-12-21")
    assert [r[:3] for r in rows] == [("CHN", "USA", "163")], rows
    rows = _rows("MOSCOW — Russia expelled two Estonian diplomats on Friday, responding to Estonia's expulsion of "
                 "a Russian diplomat.", "2023-01-13")
    assert [r[:3] for r in rows] == [("RUS", "EST", "174")] or [r[:3] for r in rows] == [("RUS", "EST", "166")], rows


def test_a_participle_after_a_count_describes_its_noun() -> None:
    rows = _rows("WASHINGTON — The FBI said on Wednesday it had taken down a network of more than 200,000 hijacked "
                 "devices run by a Beijing-based company.", "2024-09-19")
    assert not any(c == "181" for _, _, c, _ in rows), rows
    rows = _rows("Police in Lagos found two kidnapped Chinese workers on Monday.", "2024-09-19")
    assert not any(c == "181" for _, _, c, _ in rows), rows
    # a kidnapping told as the act stays
    rows = _rows("Gunmen in Nigeria kidnapped two Chinese workers on Monday.", "2024-09-19")
    assert any(c == "181" for _, _, c, _ in rows), rows
    # a count that names a group is its subject ("the Group of Seven pledged")
    rows = _rows("The Group of Seven pledged long-term security assistance to Ukraine on Wednesday.", "2023-07-12")
    assert any(c[:2] == "03" for _, _, c, _ in rows), rows


def test_what_an_accident_turns_into_is_feared_not_fought() -> None:
    rows = _rows("OPINION — Washington and Beijing should open a permanent crisis hotline between their militaries "
                 "before an accident at sea turns into a war, two former defence officials argue.", "2022-05-10")
    assert rows == [], rows
    rows = _rows("Analysts say a collision between Indian and Pakistani jets could quickly escalate into a war.",
                 "2019-03-01")
    assert not any(c[:2] in ("18", "19", "20") for _, _, c, _ in rows), rows


def test_recalled_for_consultations_is_one_recall_per_country() -> None:
    rows = _rows("Turkey recalled its ambassadors to Israel and the United States for consultations on Monday.",
                 "2018-05-15")
    assert sorted(r[:3] for r in rows) == [("TUR", "ISR", "161"), ("TUR", "USA", "161")], rows


def test_an_end_to_a_war_is_peace() -> None:
    rows = _rows("Ethiopia and Eritrea declared an end to their state of war on Monday.", "2018-07-09")
    assert [r[2] for r in rows] == ["0871"], rows
    rows = _rows("The two governments declared an end to the war in Asmara on Monday, Ethiopia and Eritrea said.",
                 "2018-07-09")
    assert not any(c[:2] == "19" for _, _, c, _ in rows), rows


def test_an_approved_sale_of_civil_goods_is_trade_with_the_buyer() -> None:
    rows = _rows("WASHINGTON — The Commerce Department approved the sale of Boeing jets to China on Thursday.",
                 "2023-11-10")
    assert [r[:3] for r in rows] == [("USA", "CHN", "061")], rows
    rows = _rows("OTTAWA — Canada approved the sale of Airbus passenger planes to Iran on Tuesday.", "2024-01-10")
    assert [r[:3] for r in rows] == [("CAN", "IRN", "061")], rows
    # weapons stay military aid
    rows = _rows("WASHINGTON — The State Department approved the sale of 66 F-16 fighter jets to Taiwan on Tuesday.",
                 "2019-08-21")
    assert [r[:3] for r in rows] == [("USA", "TWN", "072")], rows


def test_agreeing_to_curb_a_drug_trade_is_an_agreement_not_a_threat() -> None:
    rows = _rows("BEIJING — China agreed on Friday to halt exports of fentanyl precursors to Mexico.", "2024-03-01")
    assert [r[2][:2] for r in rows] == ["03"], rows
    # a vowed measure against a country stays a threat
    rows = _rows("ANKARA — Turkey vowed on Tuesday to ban imports of Syrian oil.", "2019-05-01")
    assert [r[:3] for r in rows] == [("TUR", "SYR", "1312")], rows


def test_hosted_delegations_of_two_countries() -> None:
    rows = _rows("ANKARA — Turkey hosted Ukrainian and Russian delegations in Istanbul on Tuesday.", "2022-03-08")
    assert sorted(r[:3] for r in rows) == [("TUR", "RUS", "043"), ("TUR", "UKR", "043")], rows
    rows = _rows("DOHA — Qatar hosted American and Afghan Taliban delegations on Saturday.", "2020-02-29")
    assert ("QAT", "USA", "043") in [r[:3] for r in rows], rows


def test_a_request_for_a_call() -> None:
    rows = _rows("BEIJING — China turned down a U.S. request for a call between the two defence chiefs on Friday.",
                 "2024-06-01")
    assert [r[:3] for r in rows] == [("CHN", "USA", "125")], rows
    rows = _rows("WASHINGTON — The Pentagon said on Friday it had made a request for a call with China's defence "
                 "minister.", "2024-06-01")
    assert [r[:3] for r in rows] == [("USA", "CHN", "026")], rows


def test_studying_somewhere_and_telephone_services_are_no_events() -> None:
    rows = _rows("WASHINGTON — President Donald Trump said on Monday he would allow 600,000 Chinese students to study "
                 "in the United States.", "2025-08-26")
    assert not any(c[:2] == "09" for _, _, c, _ in rows), rows
    rows = _rows("WASHINGTON — The FCC voted on Thursday to deny China Mobile permission to provide telephone services "
                 "in the United States, citing the risk that Beijing could use the carrier to spy on Americans.",
                 "2019-05-10")
    assert not any(c == "041" for _, _, c, _ in rows), rows
    # a real inquiry and a real call stay
    rows = _rows("The United Nations will study claims that Russian troops executed civilians in Bucha, its rights "
                 "chief said on Tuesday.", "2022-04-06")
    assert not any(r[0] == "USA" for r in rows), rows
    rows = _rows("French President Emmanuel Macron telephoned German Chancellor Olaf Scholz on Monday.", "2022-04-06")
    assert [r[2] for r in rows] == ["041"], rows


def test_a_warning_about_what_is_being_done_is_a_complaint() -> None:
    rows = _rows("GUANGZHOU — Janet Yellen warned on Saturday that cheap Chinese exports were flooding global "
                 "markets.", "2024-04-07")
    assert [r[:3] for r in rows] == [("USA", "CHN", "111")], rows
    rows = _rows("BRUSSELS — The EU warned on Monday that Russian hackers had targeted its election systems.",
                 "2024-04-08")
    assert [r[2][:2] for r in rows] == ["11"], rows
    # a warning of what will be done stays a threat
    rows = _rows("GUANGZHOU — Janet Yellen warned on Saturday that China would face consequences if it helped "
                 "Russia.", "2024-04-07")
    assert [r[:3] for r in rows] == [("USA", "CHN", "130")], rows


def test_a_country_office_title_and_name_are_one_subject() -> None:
    rows = _rows("BEIJING — U.S. Treasury Secretary Janet Yellen and Chinese Premier Li Qiang agreed on Saturday to "
                 "hold talks on their economies.", "2024-04-07")
    assert [r[:3] for r in rows] == [("USA", "CHN", "036")], rows
    rows = _rows("TOKYO — U.S. Defense Secretary Lloyd Austin and Japanese Defense Minister Minoru Kihara agreed on "
                 "Sunday to upgrade their military command ties.", "2024-07-28")
    assert rows and rows[0][:2] in (("USA", "JPN"), ("JPN", "USA")), rows


def test_a_duration_inside_a_verb_term() -> None:
    rows = _rows("BEIJING (Reuters) — China said on Wednesday it would suspend for 90 days the countermeasures it took "
                 "against 17 U.S. companies.", "2025-05-15")
    assert rows and rows[0][:2] == ("CHN", "USA") and rows[0][2][:2] in ("03", "08"), rows
    rows = _rows("BRUSSELS — The EU extended for another six months its sanctions on Russian banks on Monday.",
                 "2024-01-30")
    assert rows and rows[0][:2] == ("IGO", "RUS") and rows[0][2][:2] == "16", rows


def test_business_leaders_met_by_name() -> None:
    rows = _rows("BEIJING (Reuters) — Chinese President Xi Jinping met Bill Gates in Beijing on Friday.", "2023-06-16")
    assert [r[:2] for r in rows] == [("CHN", "USA")] and rows[0][2][:2] == "04", rows
    rows = _rows("BEIJING — Vice Premier Ding Xuexiang met Tim Cook on Saturday.", "2024-03-23")
    assert [r[:2] for r in rows] == [("CHN", "USA")] and rows[0][2][:2] == "04", rows


def test_easing_pressure_is_no_demand() -> None:
    rows = _rows("WASHINGTON — Wilbur Ross said on Tuesday his department would issue licences to American companies "
                 "to sell goods to Huawei Technologies, easing pressure on the Chinese company.", "2019-07-10")
    assert rows and all(c[:2] in ("03", "08") for _, _, c, _ in rows), rows


def test_a_bill_passed_by_a_chamber_that_calls_for_sanctions_is_restrictive() -> None:
    rows = _rows("BEIJING — China denounced on Wednesday a bill passed by the U.S. House of Representatives that calls "
                 "for sanctions on Chinese officials over the mass detention of Uighurs.", "2019-12-04")
    assert ("CHN", "USA", "111") in [r[:3] for r in rows], rows
    assert not any(c[:2] == "08" for _, _, c, _ in rows), rows


def test_a_vow_with_an_adverb_or_a_date_between_is_a_threat() -> None:
    rows = _rows("WASHINGTON — The administration vowed in May to aggressively revoke the visas of Chinese students.",
                 "2025-08-26")
    assert rows == [("USA", "CHN", "132", "2025-05-01")], rows
    rows = _rows("MOSCOW — Russia vowed on Friday to swiftly expel Estonian diplomats.", "2023-01-14")
    assert [r[2][:2] for r in rows] == ["13"], rows


def test_a_press_visa_not_renewed_restricts_the_reporter() -> None:
    rows = _rows("BEIJING — China has refused to renew the press visa of BuzzFeed News's Beijing bureau chief, the "
                 "news site said on Wednesday.", "2018-08-23")
    assert [r[:3] for r in rows] == [("CHN", "USA", "172")], rows
    rows = _rows("MOSCOW — Russia declined to renew the press credentials of a Washington Post correspondent on Friday.",
                 "2021-08-14")
    assert [r[:3] for r in rows] == [("RUS", "USA", "172")], rows
