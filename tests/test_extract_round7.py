"""Rules of the seventh round (the lead's), found on fresh leads and articles (our own sentences here)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_negation_before_a_participation_verb_reaches_the_meeting() -> None:
    rows = _rows("Norway said on Tuesday it would not take part in talks with Russia on fishing quotas.", "2016-03-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("NOR", "RUS", "125")], rows
    rows = _rows("Sweden said it would not take part in the summit with Finland.", "2016-03-15")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("SWE", "FIN", "12")], rows
    # not joining someone's drills is no drill of one's own
    assert _rows("Denmark did not take part in the naval drills near Norway.", "2016-03-15") == []


def test_a_habit_in_the_perfect_over_years_is_background() -> None:
    assert _rows("Madrid has accused Rabat of smuggling for more than a decade.", "2016-03-15") == []
    rows = _rows("Madrid accused Rabat of smuggling on Monday.", "2016-03-15")
    assert [(a, t) for a, t, _, _ in rows] == [("ESP", "MAR")], rows
    # a relative clause's background leaves the main clause's act alone
    rows = _rows("Egypt freed two Israelis it had held for nearly three years.", "2016-03-15")
    assert [(a, t, c[:3]) for a, t, c, _ in rows] == [("EGY", "ISR", "084")], rows


def test_agreeing_with_a_partner_to_act_is_an_agreement_to_act() -> None:
    rows = _rows("Chile's president agreed with President Mauricio Macri of Argentina to resume border talks.",
                 "2017-05-02")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("CHL", "ARG", "03")], rows
    rows = _rows("Chile's president agreed with Argentina on the need for calm.", "2017-05-02")
    assert [(a, t, c) for a, t, c, _ in rows] == [("CHL", "ARG", "019")], rows


def test_a_coordinated_would_continues_the_report() -> None:
    rows = _rows("The Mexican president said he had agreed with Canada's prime minister to restart talks and would "
                 "hold off on imposing new tariffs on Canadian steel.", "2018-06-10")
    codes = sorted(c for a, t, c, _ in rows if (a, t) == ("MEX", "CAN"))
    assert codes == ["030", "0354"], rows


def test_a_conditional_force_is_a_threat_at_the_conditions_party() -> None:
    rows = _rows("Athens said on Monday that Greece would intervene militarily if Turkey attacked Cyprus.", "2016-03-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("GRC", "TUR", "138")], rows
    rows = _rows("Athens warned that Greece would respond with force to defend Cyprus if Turkey invaded.", "2016-03-15")
    assert ("GRC", "TUR", "138", "2016-03-15") in rows, rows
    assert not any(c[:2] in ("18", "19") for _, _, c, _ in rows), rows  # no force was used
    # a past intervention is force, no threat
    rows = _rows("Greece intervened militarily in Cyprus in 1974.", "2016-03-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("GRC", "CYP", "190")], rows


def test_a_names_own_place_noun_demotes_no_country_after_it() -> None:
    rows = _rows("APIA, Marshall Islands — Japan and the Marshall Islands signed a fisheries agreement on Tuesday.",
                 "2019-04-17")
    assert [(a, t, c) for a, t, c, _ in rows] == [("JPN", "MHL", "057")], rows
    # a place noun before a country still makes a place
    assert _rows("Leaders met in the Japanese city of Hiroshima on Friday.", "2019-04-17") == []


def test_a_time_clause_after_days_before_is_a_clause_of_its_own() -> None:
    rows = _rows("Peru and Chile signed a border accord on Tuesday, days before a Bolivian delegation arrived in Lima.",
                 "2019-04-17")
    assert ("PER", "CHL", "057", "2019-04-16") in rows, rows
    assert not any("BOL" in (a, t) and c == "057" for a, t, c, _ in rows), rows  # no co-signer from the time clause
    # a time phrase without a verb stays in its clause and keeps the main clause's date
    rows = _rows("On Monday, two days before the signing, Peru lifted its tariffs on Chilean wine.", "2019-04-17")
    assert [(a, t, d) for a, t, _, d in rows] == [("PER", "CHL", "2019-04-15")], rows


def test_forces_sent_toward_a_country_are_a_show_of_force() -> None:
    rows = _rows("Russia sent 30 warplanes and four ships toward Estonia on Sunday.", "2019-04-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "EST", "150")], rows
    rows = _rows("Russia sent troops to Syria in 2015.", "2019-04-15")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("RUS", "SYR", "06")], rows  # deployed to help: no force


def test_a_handed_sentence_is_a_verdict() -> None:
    rows = _rows("A Russian court on Monday handed a long prison sentence to a British citizen.", "2019-04-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "GBR", "116")], rows


def test_a_ranked_apposition_with_a_possessive_restates_the_act() -> None:
    rows = _rows("Canada on Monday added 40 Russian firms to its sanctions list, its third crackdown this year on "
                 "Russia's arms industry.", "2019-04-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("CAN", "RUS", "163")], rows


def test_a_bar_is_not_aimed_at_the_party_of_its_reason() -> None:
    rows = _rows("Russia barred two Polish firms from trading with Russia over their arms sales to Ukraine.", "2019-04-15")
    assert [(a, t) for a, t, _, _ in rows] == [("RUS", "POL")], rows


def test_what_a_threat_threatens_is_no_act_and_a_retaliation_gloss_no_second_act() -> None:
    rows = _rows("Mexico stopped buying American corn, hitting back at Trump's threat to impose tariffs on Mexican goods.",
                 "2019-04-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("MEX", "USA", "163")], rows


def test_a_reported_conditional_threat_is_no_narrators_hypothetical() -> None:
    rows = _rows("Ankara said it would retaliate if Athens sent troops to the islands.", "2019-04-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("TUR", "GRC", "130")], rows
    # the narrator's would after a condition stays no act
    assert _rows("If the bill becomes law, the ministry would have to sanction Greek officials.", "2019-04-15") == []


def test_a_control_law_is_restrictive_by_its_kind() -> None:
    rows = _rows("China's parliament passed a sweeping national security law for Macau on Tuesday.", "2019-04-16")
    assert [(a[:3], t, c) for a, t, c, _ in rows] == [("CHN", "MAC", "172")], rows


def test_suggesting_someone_may_have_done_something_is_a_veiled_accusation() -> None:
    rows = _rows("A Russian spokesman suggested on Monday that British agents might have poisoned the defector.",
                 "2019-04-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "GBR", "112")], rows
    rows = _rows("Macron suggested that Germany and Italy hold talks on Friday.", "2019-04-15")
    assert all(c[:2] == "02" for _, _, c, _ in rows) and rows, rows


def test_a_spokesman_for_an_office_is_the_reporter_not_the_subject() -> None:
    rows = _rows("A spokesman for the Russian foreign ministry said that Moscow urged Kyiv to show restraint.",
                 "2019-04-15")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("RUS", "UKR", "02")], rows


def test_a_judging_word_inside_an_appeal_is_the_appeals() -> None:
    rows = _rows("A spokesman for the Russian foreign ministry said that Moscow urged Kyiv to stop provoking trouble.",
                 "2019-04-15")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("RUS", "UKR", "02")], rows
    rows = _rows("Moscow said Kyiv was provoking trouble.", "2019-04-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "UKR", "111")], rows


def test_a_measure_they_had_imposed_is_the_nouns_background() -> None:
    rows = _rows("Canada and Mexico agreed on Monday to lift the tariffs they had imposed on each other's goods.",
                 "2019-04-15")
    assert not any(c[:2] == "16" for _, _, c, _ in rows), rows


def test_rejected_accusations_answer_the_side_a_reported_hostile_act_harmed() -> None:
    text = ("Hackers tied to the Russian government broke into the networks of several British banks, the "
            "British police said on Wednesday.\n\nRussia rejected the accusations on Thursday.")
    rows = _rows(text, "2019-04-18")
    assert ("RUS", "GBR", "016", "2019-04-18") in rows, rows


def test_what_a_draft_would_let_a_party_do_is_its_content_and_a_led_delegation_a_visit() -> None:
    assert _rows("A draft of the pact that leaked last month would let Russian warships stop in the islands and "
                 "allow Russia to send troops at the request of Fiji.", "2022-04-20") == []
    rows = _rows("Fiji's foreign minister will lead a delegation to Canberra next week.", "2022-04-20")
    assert [(a, t, c) for a, t, c, _ in rows] == [("FJI", "AUS", "042")], rows


def test_a_clause_after_and_with_an_irregular_past_verb_is_its_own() -> None:
    rows = _rows("New Canadian tariffs took effect on Sunday, and Mexico began imposing duties on Canadian steel.",
                 "2019-09-01")
    assert ("MEX", "CAN", "163", "2019-09-01") in rows, rows


def test_a_passed_up_chance_is_no_meeting_and_no_yielding() -> None:
    rows = _rows("Putin will skip the summit in Delhi, passing up a chance to meet President Macron.", "2023-09-04")
    assert not any(c[:2] in ("04", "08") for _, _, c, _ in rows), rows


def test_the_house_is_the_chamber_and_voting_for_a_restrictive_bill_restricts() -> None:
    rows = _rows("WASHINGTON — The House voted on Wednesday for a bill that would force ByteDance, the Chinese owner "
                 "of TikTok, to sell the app or see it banned.", "2024-03-13")
    assert [(a, t, c) for a, t, c, _ in rows] == [("USA", "CHN", "172")], rows
    assert _rows("The house of the activist was searched on Monday.", "2024-03-13") == []


def test_a_title_before_a_named_person_is_the_persons_not_the_datelines() -> None:
    rows = _rows("MANILA — Secretary of State Antony J. Blinken met President Ferdinand R. Marcos Jr. on Tuesday.",
                 "2024-03-19")
    assert [(a, t, c) for a, t, c, _ in rows] == [("USA", "PHL", "040")], rows


def test_an_event_noun_with_its_year_is_a_named_past_act() -> None:
    rows = _rows("Athens said the 1951 mutual defense treaty with Ankara still held.", "2024-03-19")
    assert not any(c[:2] == "05" for _, _, c, _ in rows), rows


def test_a_weapon_kind_is_no_attack_and_export_permits_are_controls() -> None:
    rows = _rows("Washington approved the sale of attack helicopters to Poland on Tuesday.", "2024-06-19")
    assert not any(c[:2] in ("18", "19") for _, _, c, _ in rows), rows
    rows = _rows("Japan said on Friday that it would require export permits for chipmaking tools sold to Russia.",
                 "2023-10-20")
    assert [(a, t, c) for a, t, c, _ in rows] == [("JPN", "RUS", "163")], rows


def test_a_show_of_force_near_a_countrys_land_is_aimed_at_that_country() -> None:
    rows = _rows("Russian bombers flew near Alaska on Tuesday.", "2024-07-25")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "USA", "150")], rows
    rows = _rows("Russian bombers flew near Okinawa on Tuesday.", "2024-07-25")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "JPN", "150")], rows
