"""Rules of the eleventh round's trade, technology and law-enforcement batch (our own sentences here)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _codes(text: str, published: str) -> list[tuple[str, str, str]]:
    return [r[:3] for r in _rows(text, published)]


def test_what_the_united_states_is_accused_of_is_no_event() -> None:
    # "States" in "the United States" is no verb of saying that would end the accusation's content
    rows = _codes("Beijing said it knew nothing of the arrest, but accused the United States of slandering China.",
                  "2025-07-09")
    assert rows == [("CHN", "USA", "112")], rows
    rows = _codes("Moscow accused the United States of bullying Russian banks on Monday.", "2024-06-11")
    assert ("USA", "RUS") not in {r[:2] for r in rows}, rows
    rows = _codes("China denied the report and accused the United States of smearing Chinese firms.", "2024-06-11")
    assert ("USA", "CHN") not in {r[:2] for r in rows}, rows


def test_a_tariff_level_is_a_state() -> None:
    assert _codes("American duties on Chinese steel would total 75 percent, the official said.", "2025-06-12") == []
    assert _codes("EU tariffs on Chinese electric cars now average about 31 percent.", "2025-02-03") == []
    assert _codes("Canadian levies on Chinese aluminium stand at 25 percent.", "2025-02-03") == []
    # a number after "a total of" is no level of the measure
    rows = _codes("Ottawa imposed tariffs on a total of 40 Chinese firms on Monday.", "2025-02-04")
    assert rows == [("CAN", "CHN", "163")], rows


def test_a_third_partys_conduct_raised_at_a_meeting_is_its_topic() -> None:
    assert _codes("Scholz also raised Chinese support for Russia's war during the meeting.", "2024-04-17") == []
    rows = _codes("The prime minister raised Iranian aid to the Houthis with the Saudi crown prince.", "2024-04-17")
    assert ("IRN", "YEM") not in {r[:2] for r in rows}, rows
    # "raised" before a measure is an increase
    rows = _codes("Mexico raised tariffs on Chinese shoes on Friday.", "2024-04-20")
    assert rows == [("MEX", "CHN", "163")], rows


def test_a_measure_said_to_be_broken_is_the_rule_in_force() -> None:
    assert _codes("The firm sold the servers to a Chinese buyer contrary to U.S. export controls.", "2025-02-28") == []
    rows = _codes("Prosecutors said the broker shipped oil in breach of British sanctions on Russia.", "2025-02-28")
    assert ("GBR", "RUS") not in {r[:2] for r in rows}, rows
    rows = _codes("Washington sanctioned a Turkish trader on Friday for evading American sanctions on Iran.", "2025-02-28")
    assert rows == [("USA", "TUR", "163")], rows


def test_an_absolute_with_clause_tells_its_subjects_act() -> None:
    rows = _codes("Tokyo and Seoul settled their dispute on Monday, with Japan promising to buy more Korean beef.",
                  "2024-03-05")
    assert ("JPN", "KOR", "0311") in rows, rows
    rows = _codes("The talks ended on Friday, with the European Union saying it would lift its duties on Chinese bikes.",
                  "2024-03-09")
    assert ("IGO", "CHN", "0354") in rows, rows
    # a coordinated second absolute clause has its own subject
    rows = _codes("The sides reached a deal on Monday, with India pledging to buy more Russian oil and Russia agreeing "
                  "to lift its duties on Indian tea.", "2024-03-05")
    assert ("IND", "RUS") in {r[:2] for r in rows} and ("RUS", "IND") in {r[:2] for r in rows}, rows


def test_a_date_in_a_relative_clause_without_that_is_its_verbs() -> None:
    rows = _rows("Tokyo protested on Wednesday against the duties Beijing imposed in March.", "2024-05-15")
    assert rows == [("JPN", "CHN", "114", "2024-05-15")] or rows == [("JPN", "CHN", "111", "2024-05-15")], rows
    rows = _rows("Seoul condemned the sanctions Moscow announced last month.", "2024-05-15")
    assert [r[3] for r in rows] == ["2024-05-15"], rows


def test_a_measure_off_the_table_is_a_refusal_to_ease_it() -> None:
    rows = _codes("A Chinese official said the duties on Australian barley were off the table.", "2020-06-01")
    assert rows == [("CHN", "AUS", "1244")], rows
    rows = _codes("Ottawa said tariff relief for Beijing was not on the table.", "2024-06-01")
    assert rows == [("CAN", "CHN", "1244")], rows


def test_a_pluperfect_relative_clause_is_background() -> None:
    rows = _codes("Washington revoked on Friday a waiver that had exempted Seoul's firms from the curbs it imposed "
                  "in 2022.", "2025-08-30")
    assert all(r[2][:2] != "08" for r in rows), rows


def test_a_measure_that_will_not_be_reversed_is_a_refusal_to_ease_it() -> None:
    rows = _codes("Tokyo said it would not reverse its export controls on Seoul.", "2019-08-03")
    assert rows == [("JPN", "KOR", "1244")], rows
    rows = _codes("Canberra reversed its tariffs on Chinese steel on Monday.", "2024-05-07")
    assert rows == [("AUS", "CHN", "085")], rows


def test_a_supplier_that_stops_selling_to_a_buyer_and_a_licence_requirement_are_export_curbs() -> None:
    rows = _codes("Samsung said on Monday it would stop shipping memory chips to Russian buyers.", "2022-03-08")
    assert [r[:2] for r in rows] == [("KOR", "RUS")] and rows[0][2][:2] == "16", rows
    rows = _codes("A Dutch chipmaker halted shipments of its wafers to Chinese customers on Friday.", "2023-10-14")
    assert [r[:2] for r in rows] == [("NLD", "CHN")] and rows[0][2][:2] == "16", rows
    rows = _codes("Berlin said on Friday that German companies would need a licence to export turbines to Russia.",
                  "2022-06-04")
    assert [r[:3] for r in rows] == [("DEU", "RUS", "163")], rows


def test_sitting_down_with_someone_is_a_meeting() -> None:
    rows = _rows("Jake Sullivan sat down with Wang Yi in Vienna on Wednesday.", "2023-05-12")
    assert [r[:2] for r in rows] == [("USA", "CHN")] and rows[0][2][:2] == "04" and rows[0][3] == "2023-05-10", rows
    # sitting down with one's own delegation is no second meeting
    rows = _codes("The two ministers shook hands before sitting down with their delegations.", "2023-05-12")
    assert not any(r[2][:2] == "04" for r in rows), rows


def test_figurative_blows_pressure_study_and_company_warnings_are_no_acts() -> None:
    assert _codes("German carmakers were hit by shortages of Chinese chips last year.", "2022-01-10") == []
    assert _codes("The new rules would let Indian students attend Canadian universities.", "2024-01-10") == []
    assert _codes("The Japanese decision puts more pressure on Seoul.", "2023-03-10") == []
    assert _codes("Nvidia has warned that the new rules could hurt its sales in China.", "2023-10-18") == []
    # a government pressing another, and a warning about relations, stay acts
    rows = _codes("Washington put pressure on Seoul on Friday to curb chip sales to China.", "2024-05-15")
    assert rows == [("USA", "KOR", "100")], rows
    rows = _codes("Beijing warned that the sanctions would hurt relations with Washington.", "2024-03-28")
    assert rows == [("CHN", "USA", "130")], rows


def test_parties_based_in_a_country_that_a_measure_names_are_its_target() -> None:
    rows = _codes("The Commerce Department on Tuesday added 12 entities based in Russia to the Entity List.",
                  "2024-06-12")
    assert rows == [("USA", "RUS", "163")], rows
    rows = _codes("The Treasury on Friday sanctioned four firms in the United Arab Emirates.", "2024-06-15")
    assert rows == [("USA", "ARE", "163")], rows
    rows = _codes("Britain sanctioned two companies based in Iran on Monday.", "2024-06-18")
    assert rows == [("GBR", "IRN", "163")], rows
    # where a noun's effect falls is no seat: "tariffs pushed buyers toward suppliers in Mexico"
    rows = _codes("The tariffs pushed Canadian buyers toward suppliers in Mexico.", "2024-06-18")
    assert ("CAN", "MEX") not in {r[:2] for r in rows}, rows


def test_a_rate_lowered_from_one_level_to_another_is_an_easing() -> None:
    # the verb may be gapped or be none at all: the numbers tell the direction
    rows = _codes("The accord cut Korean duties on Chilean wine from 15 percent to 5 percent and Chilean duties "
                  "on Korean cars from 6 percent to zero.", "2024-04-02")
    assert ("CHL", "KOR", "085") in rows and not any(r[2] == "163" for r in rows), rows
    rows = _codes("Under the pact, Japanese tariffs on Australian beef fall from 38 percent to 19 percent.",
                  "2015-01-15")
    assert rows == [("JPN", "AUS", "085")], rows
    rows = _codes("Ottawa raised its tariffs on Chinese steel from 10 percent to 25 percent on Monday.", "2024-10-16")
    assert rows == [("CAN", "CHN", "163")], rows


def test_a_habit_is_no_event_of_the_day() -> None:
    assert _codes("Seoul has repeatedly warned Tokyo against dumping the water into the sea.", "2023-08-10") == []
    assert _codes("Moscow expels a Western diplomat whenever its own envoys are sent home.", "2023-08-10") == []
    rows = _codes("Seoul warned Tokyo on Tuesday against dumping the water into the sea.", "2023-08-10")
    assert [r[:2] for r in rows] == [("KOR", "JPN")], rows


def test_a_measure_kept_in_place_is_a_state() -> None:
    assert _codes("Ottawa has kept in place the duties it imposed on Chinese steel last year.", "2025-06-12") == []
    assert _codes("Tokyo kept in place its curbs on Korean chemicals on Monday.", "2019-09-10") == []
    rows = _codes("Tokyo placed curbs on Korean chemicals on Monday.", "2019-07-02")
    assert [r[:2] for r in rows] == [("JPN", "KOR")], rows


def test_a_pledge_in_an_absolute_clause_of_a_deal_goes_to_the_other_side() -> None:
    text = ("TOKYO — Japanese and South Korean negotiators agreed on Friday to end their trade dispute, with Tokyo "
            "promising to speed up licences for chemical exports and Seoul saying it would ease its own curbs.")
    rows = _codes(text, "2019-11-23")
    assert ("JPN", "KOR") in {r[:2] for r in rows} and ("KOR", "JPN") in {r[:2] for r in rows}, rows
    assert all(r[2][:2] in ("03", "04", "05", "08") for r in rows), rows


def test_controls_on_goods_are_export_controls_and_a_span_does_not_hide_their_pausing() -> None:
    rows = _codes("Seoul imposed controls on Japanese chemicals on Friday.", "2019-09-14")
    assert rows == [("KOR", "JPN", "172")], rows
    rows = _codes("Beijing agreed to suspend for a year the new controls on Australian coal.", "2023-01-10")
    assert not any(r[2][:2] in ("16", "17") for r in rows), rows


def test_a_measure_off_the_table_in_a_two_sided_story_is_kept_against_the_other_side() -> None:
    text = ("OTTAWA — Canadian and Chinese officials met on Monday to discuss canola and electric cars.\n\n"
            "A Canadian official said the tariffs on electric vehicles were not on the table.")
    rows = _codes(text, "2025-03-25")
    assert ("CAN", "CHN", "1244") in rows, rows


def test_a_seat_after_the_is_a_seat_too_and_never_the_actor() -> None:
    rows = _codes("The Treasury on Friday sanctioned six firms based in the United Arab Emirates.", "2024-06-15")
    assert rows == [("USA", "ARE", "163")], rows


def test_an_unowned_plan_that_is_objected_to_is_no_act_of_the_objector() -> None:
    rows = _codes("Seoul objected to Japanese sanctions and to a plan to detain Korean fishermen.", "2024-05-02")
    assert not any(r[2][:2] == "17" for r in rows), rows
    rows = _codes("Ottawa condemned Beijing's decision to expel a Canadian diplomat.", "2023-05-10")
    assert ("CAN", "CHN") in {r[:2] for r in rows}, rows


def test_a_supplier_that_tells_its_foreign_customers_it_will_stop_selling_aims_at_their_country() -> None:
    rows = _codes("Samsung has told its Russian customers that it will stop shipping them memory chips from Monday.",
                  "2022-03-07")
    assert [r[:2] for r in rows] == [("KOR", "RUS")], rows


def test_a_speakers_charge_of_a_habit_is_made_now() -> None:
    rows = _codes("A Russian spokesman said the British side had repeatedly coerced other countries into "
                  "joining its sanctions.", "2024-09-07")
    assert [r[:2] for r in rows] == [("RUS", "GBR")] and rows[0][2][:2] == "11", rows
    # told by the narrator, the habit stays background
    assert _codes("Britain has repeatedly coerced other countries into joining its sanctions.", "2024-09-07") == []


def test_another_partys_concerns_taken_into_account_are_no_concern_of_the_speaker() -> None:
    assert _codes("Olaf Scholz said Germany would take Poland's concerns into account.", "2023-05-10") == []
    rows = _codes("Japan said it shared concerns about China's military buildup.", "2024-03-28")
    assert [r[2] for r in rows] == ["012"], rows


def test_a_singular_noun_described_by_a_participle_is_no_act() -> None:
    assert _codes("Several Korean refiners, including a firm linked to the trader Vitol, buy Iranian oil.",
                  "2024-11-11") == []
    rows = _codes("The Treasury sanctioned a company linked to Iran on Friday.", "2024-11-11")
    assert rows == [("USA", "IRN", "163")], rows


def test_a_measure_kept_going_is_a_refusal_to_ease_it() -> None:
    rows = _codes("Seoul said it will keep restricting exports of rice to Japan.", "2024-03-28")
    assert rows == [("KOR", "JPN", "1244")], rows
    rows = _codes("Canberra said it would continue to restrict sales of uranium to Russia.", "2024-03-28")
    assert rows == [("AUS", "RUS", "1244")], rows
