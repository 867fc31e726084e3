"""Rules of the seventh round found on fresh news leads (sentences written here, not taken from articles)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _us_china(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    return [r for r in rows if {r[0], r[1]} == {"USA", "CHN"}]


# ---------------------------------------------------------------- transits through contested waters

def test_any_moving_verb_through_the_taiwan_strait_is_a_show_of_force_at_china() -> None:
    rows = _rows("TAIPEI — An American Navy patrol plane flew through the Taiwan Strait on Monday.", "2023-03-07")
    assert ("USA", "CHN", "150", "2023-03-06") in rows, rows
    rows = _rows("A U.S. Navy destroyer transited the Taiwan Strait on Thursday, the Navy said.", "2023-03-10")
    assert ("USA", "CHN", "150", "2023-03-09") in rows, rows


def test_flying_through_nobodys_waters_or_a_city_is_no_show_of_force() -> None:
    assert _rows("The president flew through Alaska on his way to Tokyo on Sunday.", "2023-03-07") == []
    assert not any(c[:2] == "15" for *_, c, _ in _rows(
        "Chinese airliners flew through the Bashi Channel on Tuesday.", "2023-03-07"))


def test_close_approaches_in_front_of_or_across_the_bow_of_a_craft() -> None:
    rows = _rows("WASHINGTON — A Chinese fighter flew directly in front of the nose of an American patrol plane over "
                 "the South China Sea on Friday, the Pentagon said.", "2023-06-03")
    assert ("CHN", "USA", "150", "2023-06-02") in rows, rows
    rows = _rows("A Russian warship sailed across the bow of a Japanese destroyer on Monday.", "2023-06-06")
    assert ("RUS", "JPN", "150", "2023-06-05") in rows, rows


# ---------------------------------------------------------------- espionage arrests and charges

def test_a_spy_arrest_is_also_an_accusation_of_the_state_served() -> None:
    rows = _rows("BOSTON — A former Navy engineer was arrested on Thursday on charges of passing ship designs to "
                 "Chinese intelligence officers.", "2022-05-13")
    assert any(a == "USA" and t == "USA" and c == "173" for a, t, c, _ in rows), rows
    assert ("USA", "CHN", "1125", "2022-05-12") in rows, rows


def test_an_active_spy_arrest_by_federal_agents_is_the_home_countrys() -> None:
    rows = _rows("CHICAGO — Federal agents arrested a university researcher on Monday on charges of acting as an "
                 "illegal agent of China.", "2021-02-02")
    assert _us_china(rows) and all(a == "USA" for a, *_ in _us_china(rows)), rows


def test_a_spy_arrest_abroad_accuses_the_other_state() -> None:
    rows = _rows("MOSCOW — Russian security services detained a German engineer on Friday on suspicion of spying "
                 "for Germany's intelligence service.", "2021-06-19")
    assert any(a == "RUS" and t == "DEU" and c == "173" for a, t, c, _ in rows), rows


def test_an_arrest_for_stealing_is_no_spy_accusation() -> None:
    rows = _rows("WASHINGTON — Federal prosecutors charged an engineer on Monday with stealing trade secrets from "
                 "his employer.", "2021-02-02")
    assert not any(c == "1125" for *_, c, _ in rows), rows


def test_what_a_charge_says_is_no_event_of_its_own() -> None:
    rows = _rows("WASHINGTON — The Justice Department charged four people on Tuesday with working for China's "
                 "police to spy on and harass dissidents living in New York.", "2022-10-25")
    assert not any(c[:2] == "15" for *_, c, _ in rows), rows
    assert any(a == "USA" and t == "CHN" for a, t, _, _ in rows), rows


def test_arrested_and_charged_are_both_passive() -> None:
    rows = _rows("HONOLULU — A former soldier was arrested and charged on Friday with selling military secrets to "
                 "China.", "2024-03-09")
    assert not any(a == "USA" and t == "CHN" and c == "173" for a, t, c, _ in rows), rows
    assert any(a == "USA" and t == "CHN" and c == "1125" for a, t, c, _ in rows), rows


# ---------------------------------------------------------------- who acts: datelines, federal offices, initialisms

def test_dotted_initialisms_name_their_institutions() -> None:
    rows = _rows("WASHINGTON — The F.B.I. arrested a Chinese engineer on Monday.", "2024-02-06")
    assert ("USA", "CHN", "173", "2024-02-05") in rows, rows
    rows = _rows("The C.I.A. director met his Chinese counterpart in Beijing on Tuesday.", "2024-02-07")
    assert any({a, t} == {"USA", "CHN"} and c[:2] == "04" for a, t, c, _ in rows), rows


def test_a_federal_office_is_the_dateline_countrys() -> None:
    rows = _rows("SEATTLE — A federal judge sentenced a former soldier to 12 years in prison on Monday for spying "
                 "for China.", "2024-05-21")
    assert any(a == "USA" and t == "CHN" for a, t, _, _ in rows), rows


def test_homeland_security_is_a_us_institution() -> None:
    rows = _rows("WASHINGTON — The Department of Homeland Security restricted visas for Chinese researchers on "
                 "Friday.", "2020-05-30")
    assert any(a == "USA" and t == "CHN" and c[:2] in ("16", "17") for a, t, c, _ in rows), rows


def test_firm_before_countermeasures_is_no_company() -> None:
    rows = _rows("The United States blacklisted six Chinese chip firms on Friday, and China vowed to take firm "
                 "countermeasures.", "2023-06-10")
    assert ("CHN", "USA", "130", "2023-06-09") in rows, rows
    assert not any(a == t == "CHN" for a, t, _, _ in rows), rows


# ---------------------------------------------------------------- targets named by the story

def test_a_measure_in_a_running_conflict_hits_its_other_side() -> None:
    rows = _rows("BEIJING — China banned exports of drone parts on Tuesday, escalating a trade war with "
                 "Washington.", "2024-06-12")
    assert ("CHN", "USA", "163", "2024-06-11") in rows, rows


def test_a_measure_with_no_conflict_named_has_no_target() -> None:
    assert _rows("BEIJING — China banned exports of drone parts on Tuesday, citing security.", "2024-06-12") == []


def test_talks_held_in_a_capital_with_nobody_named_are_a_visit_there() -> None:
    rows = _rows("WASHINGTON — Commerce Secretary Gina Raimondo held talks in Beijing on Monday.", "2023-08-29")
    assert ("USA", "CHN", "042", "2023-08-28") in rows, rows


def test_talks_that_continued_somewhere_are_nobodys_visit() -> None:
    rows = _rows("Washington eased sanctions on three Iranian officials as talks continued in Vienna.", "2021-06-08")
    assert not any(t == "AUT" for _, t, _, _ in rows), rows


def test_an_organisation_before_a_topic_and_a_summit_is_a_venue() -> None:
    rows = _rows("The climate envoys of the United States and China held talks at the U.N. climate summit on "
                 "Tuesday.", "2022-11-16")
    assert any({a, t} == {"USA", "CHN"} for a, t, _, _ in rows), rows
    assert not any(t == "IGO" for _, t, _, _ in rows), rows


def test_an_order_not_to_buy_from_a_company_is_a_ban_on_it() -> None:
    rows = _rows("BEIJING — China ordered its state firms not to buy American soybeans on Monday.", "2019-08-06")
    assert ("CHN", "USA", "163", "2019-08-05") in rows, rows


def test_countermeasures_against_a_named_party_stay_aimed_at_it() -> None:
    rows = _rows("China vowed countermeasures against Japan on Friday.", "2022-09-03")
    assert ("CHN", "JPN", "130", "2022-09-02") in rows, rows


# ---------------------------------------------------------------- must-not cases

def test_a_participle_describing_a_thing_is_not_the_subjects_act() -> None:
    rows = _rows("WASHINGTON — The United States ended two agreements with Hong Kong on Wednesday, saying a law "
                 "imposed by Beijing had eroded the city's freedoms.", "2020-08-20")
    assert not any(a == "USA" and t == "CHN" and c[:2] == "16" for a, t, c, _ in rows), rows
    rows = _rows("BEIJING — China condemned the tariffs imposed by President Trump on Chinese goods on Friday.",
                 "2019-05-11")
    assert ("USA", "CHN", "163", "2019-05-10") in rows, rows


def test_american_interest_rates_are_no_actor() -> None:
    rows = _rows("HONG KONG — The yuan fell on Tuesday as higher American interest rates pushed investors out of "
                 "Chinese assets.", "2023-08-15")
    assert _us_china(rows) == [], rows


def test_a_visa_denied_is_a_sanction_not_a_denial() -> None:
    rows = _rows("BEIJING — China denied a visa to an American journalist on Tuesday.", "2024-06-12")
    assert ("CHN", "USA", "172", "2024-06-11") in rows, rows


# ---------------------------------------------------------------- added after batch B

def test_a_listing_of_companies_tied_to_a_military_is_a_sanction() -> None:
    rows = _rows("WASHINGTON — The Pentagon added a Chinese battery maker to its list of companies that work with "
                 "China's military on Monday.", "2024-01-09")
    assert any(a == "USA" and t == "CHN" and c == "163" for a, t, c, _ in rows), rows


def test_goods_described_by_where_they_come_from_trade_nothing() -> None:
    rows = _rows("BEIJING — China said on Sunday it would impose duties on a chemical imported from the United "
                 "States, starting on Monday.", "2025-05-18")
    assert rows and all(c == "163" for *_, c, _ in rows), rows
    rows = _rows("China imported more soybeans from the United States on Monday.", "2025-05-13")
    assert any(c[:2] == "06" for *_, c, _ in rows), rows  # after an actor it is a verb


def test_a_restriction_its_target_had_sought_is_yielding() -> None:
    rows = _rows("BEIJING — China said on Tuesday it would tighten controls on two chemicals used to make fentanyl, "
                 "a step Washington had long sought.", "2024-03-20")
    assert ("CHN", "USA", "0832", "2024-03-19") in rows, rows
    rows = _rows("TOKYO — Japan imposed sanctions on Russia on Tuesday, a step Washington had long sought.",
                 "2024-03-20")
    assert ("JPN", "RUS", "163", "2024-03-19") in rows, rows


def test_two_parties_at_an_organisation_meet_there() -> None:
    rows = _rows("GENEVA — The United States and China clashed at the World Health Organization on Tuesday.",
                 "2024-03-20")
    assert rows and all(t != "IGO" for _, t, _, _ in rows), rows


def test_a_complaint_filed_at_the_wto_keeps_its_forum_rule() -> None:
    rows = _rows("China lodged a complaint at the WTO against the United States on Tuesday.", "2024-03-20")
    assert ("CHN", "USA", "114", "2024-03-19") in rows, rows


def test_a_strategy_that_calls_china_the_only_competitor_criticises_it() -> None:
    rows = _rows("WASHINGTON — The Pentagon labeled China a pacing challenge on Wednesday.", "2023-01-12")
    assert ("USA", "CHN", "111", "2023-01-11") in rows, rows


def test_a_warship_that_had_come_within_yards() -> None:
    rows = _rows("WASHINGTON — The Pentagon said on Tuesday that a Chinese warship had come within 150 yards of an "
                 "American destroyer.", "2024-03-20")
    assert any(a == "CHN" and t == "USA" and c == "150" for a, t, c, _ in rows), rows
    assert _rows("China has come a long way since 1979.", "2024-03-20") == []


def test_us_departments_are_us_institutions() -> None:
    rows = _rows("WASHINGTON — The Transportation Department ordered Chinese airlines to cut flights on Tuesday.",
                 "2024-03-20")
    assert any(a == "USA" and t == "CHN" for a, t, _, _ in rows), rows


def test_a_passive_listing_in_a_story_filed_from_a_capital_is_that_governments() -> None:
    rows = _rows("WASHINGTON — Chinese telecom giant Huawei was added to a trade blacklist on Tuesday.", "2024-03-20")
    assert ("USA", "CHN", "163", "2024-03-19") in rows, rows


def test_a_verdict_in_the_passive_is_the_courts_of_where_it_was_handed_down() -> None:
    rows = _rows("BEIJING — An American citizen was sentenced to death in China on Tuesday for drug smuggling.",
                 "2024-03-20")
    assert ("CHN", "USA", "116", "2024-03-19") in rows, rows
    assert _rows("China was sentenced on Tuesday.", "2024-03-20") == []


def test_an_answer_to_dealings_with_a_claimed_territory_is_aimed_at_the_dealer() -> None:
    rows = _rows("WASHINGTON — The State Department approved an arms sale to Taiwan on Friday, and China vowed to "
                 "take countermeasures.", "2022-09-03")
    assert ("CHN", "USA", "130", "2022-09-02") in rows, rows
    rows = _rows("TOKYO — Japan sent aid to the Philippines on Friday, and China vowed to take countermeasures.",
                 "2022-09-03")
    assert not any(a == "CHN" and t == "JPN" for a, t, _, _ in rows), rows


def test_companies_in_the_news_have_their_country() -> None:
    rows = _rows("BEIJING — China's state broadcaster suspended broadcasts of NBA games on Tuesday.", "2019-10-09")
    assert ("CHN", "USA", "160", "2019-10-08") in rows, rows
    rows = _rows("BEIJING — China put the American drone maker Skydio on a sanctions list on Friday.", "2024-10-12")
    assert any(a == "CHN" and t == "USA" for a, t, _, _ in rows), rows


def test_an_agentless_passive_announcement_is_the_dateline_governments() -> None:
    rows = _rows("BEIJING — The expulsion of three American journalists was announced on Tuesday.", "2024-03-20")
    assert ("CHN", "USA", "174", "2024-03-19") in rows, rows
    assert _rows("The imposition of new tariffs on Chinese goods was announced on Tuesday.", "2024-03-20") == []


def test_warnings_a_lead_says_were_defied_are_no_act_of_the_day() -> None:
    rows = _rows("HONG KONG — China's legislature passed a security law for Hong Kong on Tuesday, brushing aside "
                 "warnings from the United States.", "2020-06-30")
    assert not any(a == "USA" for a, *_ in rows), rows
    rows = _rows("BEIJING — China issued a warning to the United States on Tuesday.", "2020-06-30")
    assert ("CHN", "USA", "130", "2020-06-30") in rows, rows


def test_the_angered_or_warning_party_acts_in_the_relative_clause_after_it() -> None:
    rows = _rows("TAIPEI — Nancy Pelosi arrived in Taipei on Tuesday, angering Beijing, which summoned the American "
                 "ambassador.", "2022-08-03")
    assert ("CHN", "USA", "114", "2022-08-02") in rows, rows
    rows = _rows("TAIPEI — Pelosi met Taiwan's president on Wednesday despite warnings from Beijing, which summoned "
                 "the U.S. ambassador.", "2022-08-04")
    assert ("CHN", "USA", "114", "2022-08-03") in rows, rows


def test_a_show_of_force_noun_is_aimed_where_it_is_held() -> None:
    rows = _rows("BEIJING — China summoned the American ambassador on Wednesday and announced military drills "
                 "around Taiwan.", "2022-08-03")
    assert ("CHN", "USA", "114", "2022-08-03") in rows, rows
    assert ("CHN", "TWN", "150", "2022-08-03") in rows, rows


def test_leaving_or_suspending_a_treaty_is_no_signing() -> None:
    rows = _rows("WASHINGTON — The United States terminated a treaty with Hong Kong on Wednesday.", "2020-08-20")
    assert ("USA", "HKG", "160", "2020-08-19") in rows, rows
    rows = _rows("WASHINGTON — The United States suspended its extradition treaty with Hong Kong on Wednesday.",
                 "2020-08-20")
    assert not any(c[:2] in ("05", "12") for *_, c, _ in rows), rows
    rows = _rows("The United States and China signed an agreement to end the trade war on Tuesday.", "2020-08-20")
    assert ("USA", "CHN", "057", "2020-08-18") in rows, rows
    rows = _rows("The summit ended without any agreement on Tuesday.", "2020-08-20")
    assert not any(c[:2] == "16" for *_, c, _ in rows), rows


def test_the_parties_put_on_a_list_are_its_target() -> None:
    rows = _rows("BEIJING — China on Tuesday added six American defense companies to a list of entities barred from "
                 "trading with Chinese firms.", "2024-03-20")
    assert any(a == "CHN" and t == "USA" and c[:2] in ("16", "17") for a, t, c, _ in rows), rows
    assert not any(a == t == "CHN" for a, t, _, _ in rows), rows


def test_warning_a_ship_away_expels_it() -> None:
    rows = _rows("BEIJING — China's military said on Tuesday that it had warned away an American destroyer that "
                 "sailed near the Paracel Islands.", "2024-03-20")
    assert ("CHN", "USA", "174", "2024-03-19") in rows, rows
