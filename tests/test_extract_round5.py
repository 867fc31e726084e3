"""Rules of the fifth round found on fresh CAMEO-style sentences (written here, not taken from articles)."""

from __future__ import annotations

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_day_between_a_refusal_and_its_infinitive_dates_the_refusal() -> None:
    rows = _rows("Iraq refused on Monday to allow United Nations inspectors into the palaces.", "1998-01-14")
    assert rows and all(d == "1998-01-12" for *_, d in rows), rows


def test_a_date_inside_the_cancelled_thing_still_is_not_the_acts() -> None:
    rows = _rows("Washington backed off its Sept. 1 deadline for tariffs on Chinese goods on Monday.", "2019-08-14")
    assert rows and all(d == "2019-08-12" for *_, d in rows), rows


def test_a_statistic_verb_in_a_subordinate_clause_does_not_make_the_act_a_state() -> None:
    rows = _rows("India expelled two Pakistani diplomats on Thursday as tensions rose.", "2001-12-28")
    assert ("IND", "PAK", "174", "2001-12-27") in rows or ("IND", "PAK", "166", "2001-12-27") in rows, rows
    rows = _rows("Pakistan moved troops toward its border with India on Thursday as tensions rose.", "2001-12-28")
    assert ("PAK", "IND", "154", "2001-12-27") in rows, rows


def test_a_measure_that_remains_is_still_a_state() -> None:
    assert _rows("Tariffs imposed on Chinese goods last year remain in place.", "2020-01-10") == []
    assert _rows("Exports to the United States fell 13 percent as tariffs rose.", "2020-01-10") == []


def test_resumed_talks_are_talks_and_an_agreement_to_resume_them_is_intent() -> None:
    rows = _rows("Israeli and Syrian negotiators resumed peace talks on Monday.", "2000-01-04")
    assert [c for *_, c, _ in rows] == ["046"], rows
    rows = _rows("Israel and Syria agreed on Monday to resume peace talks.", "2000-01-04")
    assert rows and all(c.startswith("03") for *_, c, _ in rows), rows


def test_a_message_of_sympathy_is_an_empathetic_comment() -> None:
    rows = _rows("Putin sent a message of sympathy to the American people on Wednesday.", "2001-09-13")
    assert [c for *_, c, _ in rows] == ["018"], rows


def test_a_broker_is_no_party_to_the_truce_it_brokered() -> None:
    rows = _rows("Israel and Hamas agreed on Friday to a ceasefire brokered by Egypt.", "2002-02-23")
    assert ("ISR", "PSE", "0871", "2002-02-22") in rows, rows
    assert not any(t == "EGY" for _, t, _, _ in rows), rows
    assert ("EGY", "ISR", "045", "2002-02-22") in rows, rows
    rows = _rows("Israel and Hamas agreed to a truce mediated by Qatar and Egypt.", "2002-02-23")
    assert not any(a in ("ISR", "PSE") and t in ("QAT", "EGY") for a, t, _, _ in rows), rows


def test_the_sponsor_of_a_rejected_motion_stays_its_target() -> None:
    rows = _rows("The U.N. Human Rights Council voted down a motion led by the United States on Thursday.", "2022-10-07")
    assert rows and rows[0][1] == "USA", rows


def test_a_government_and_its_rebels_agree_with_each_other() -> None:
    rows = _rows("The Sri Lankan government and the Tamil Tiger rebels agreed on Friday to a permanent ceasefire.",
                 "2002-02-23")
    assert rows == [("LKA", "LKA", "0871", "2002-02-22")], rows
    rows = _coded_events("The Chinese government and state media denounced the American sanctions on Monday.",
                         "2002-02-19")
    assert [(r[0], r[1][:3]) for r in rows] == [("CHNGOV", "USA")], rows


def test_a_party_after_a_noun_of_talk_is_the_subject_matter() -> None:
    rows = _rows("Japan and South Korea agreed on Wednesday to share intelligence on North Korean missile launches.",
                 "2016-11-23")
    assert rows and all({a, t} == {"JPN", "KOR"} for a, t, _, _ in rows), rows
    rows = _rows("Japan voiced concern about China's military buildup on Monday.", "2016-11-23")
    assert rows and rows[0][1] == "CHN", rows


def _doc(text: str, published: str) -> list[tuple[str, str, str, str]]:
    return _rows(text, published)


def test_a_person_named_after_an_office_is_that_office_later() -> None:
    text = ("WASHINGTON — The Treasury imposed sanctions on 20 Chinese companies on Wednesday. Deputy Treasury "
            "Secretary Wally Adeyemo said the firms had helped Russia. On Thursday, Mr. Adeyemo accused Beijing "
            "of fueling the war.")
    assert ("USA", "CHN", "112", "2024-05-02") in _doc(text, "2024-05-02")


def test_a_deputy_before_an_office_is_no_police_deputy() -> None:
    rows = _coded_events("Chinese Deputy Foreign Minister Ma Zhaoxu summoned the American ambassador on Monday.",
                         "2023-02-07")
    assert rows and not any(r[0].endswith("COP") for r in rows), rows


def test_a_name_word_two_unknown_people_share_refers_to_nobody() -> None:
    text = ("WASHINGTON — Deputy Secretary John Lee spoke on Monday. Trade Representative Mary Lee spoke too. "
            "On Tuesday, Ms. Lee criticized Beijing.")
    assert not any(a == "USA" and c == "111" for a, _, c, _ in _doc(text, "2024-05-02"))


def test_measures_vowed_in_a_coordinated_would_clause_are_a_threat() -> None:
    text = ("WASHINGTON — President Biden raised tariffs on Chinese electric cars on Tuesday. China's commerce "
            "ministry said it firmly opposed the increases and would take resolute measures to defend its rights.")
    rows = _doc(text, "2024-05-14")
    assert ("CHN", "USA", "130", "2024-05-14") in rows, rows


def test_an_organisation_is_the_other_side_of_its_story_in_full() -> None:
    text = ("BRUSSELS — European Union governments backed tariffs on Chinese electric cars on Friday. Beijing said "
            "on Friday that it firmly opposed the outcome and would take all necessary measures to protect its "
            "companies.")
    rows = _coded_events(text, "2024-10-05")
    assert any(r[0][:3] == "CHN" and r[1] == "IGOEUREEC" and r[2][:2] == "13" for r in rows), rows
    assert not any(r[1] == "IGO" for r in rows), rows


def test_taken_into_custody_is_an_arrest() -> None:
    rows = _rows("Chinese police took two Canadians into custody in Beijing on Monday.", "2018-12-13")
    assert ("CHN", "CAN", "173", "2018-12-10") in rows, rows


def test_a_month_after_dates_the_earlier_act_a_month_back() -> None:
    text = ("WASHINGTON — President Biden raised tariffs on Chinese cars on Tuesday. The announcement came a month "
            "after Treasury Secretary Janet Yellen visited Beijing.")
    assert ("USA", "CHN", "042", "2024-04-01") in _doc(text, "2024-05-14")


def test_weeks_after_count_seven_days_each() -> None:
    rows = _rows("China sanctioned Lockheed Martin on Friday, two weeks after Washington approved arms sales to "
                 "Taiwan.", "2023-08-19")
    assert ("USA", "TWN", "072", "2023-08-04") in rows, rows


def test_a_titled_office_before_an_unknown_name_is_the_datelines() -> None:
    text = ("BEIJING — China has detained a Canadian. Over the weekend, Vice Foreign Minister Le Yucheng summoned "
            "the ambassadors of Canada and the United States.")
    rows = _doc(text, "2018-12-13")
    assert ("CHN", "CAN", "114", "2018-12-08") in rows and ("CHN", "USA", "114", "2018-12-08") in rows, rows


def test_a_lower_case_spokesman_is_not_the_datelines() -> None:
    text = ("MANILA — Chinese coast guard ships blocked a Philippine supply boat on Sunday. China's coast guard "
            "gave a different account. A spokesman, Gan Yu, said the Philippine boats had deliberately entered "
            "Chinese waters.")
    rows = _doc(text, "2023-10-23")
    assert not any(a == "PHL" and t == "PHL" for a, t, _, _ in rows), rows
    assert not any(a == "PHL" and c[:2] == "11" for a, _, c, _ in rows), rows


def test_a_measure_one_says_one_will_not_take_is_a_promise_to_hold_off() -> None:
    rows = _rows("President Trump said on Saturday that he would not impose new tariffs on Chinese imports.",
                 "2019-06-29")
    assert rows == [("USA", "CHN", "0354", "2019-06-29")], rows
    assert _rows("China did not impose new tariffs on American goods on Monday.", "2019-06-29") == []


def test_hitting_back_is_retaliation_not_force() -> None:
    text = ("WASHINGTON — The United States imposed tariffs on Chinese imports at midnight, and Beijing said it "
            "would hit back immediately.")
    rows = _doc(text, "2018-07-06")
    assert ("CHN", "USA", "130", "2018-07-06") in rows and not any(c[:2] == "19" for *_, c, _ in rows), rows


def test_the_pronoun_object_of_an_accusation_is_the_party_named_before_it() -> None:
    rows = _rows("President Trump said on Friday that the United States would terminate its relationship with the "
                 "World Health Organization, accusing it of bowing to Beijing.", "2020-05-30")
    assert ("USA", "IGO", "161", "2020-05-29") in rows and ("USA", "IGO", "112", "2020-05-29") in rows, rows
    assert not any(t == "CHN" for _, t, _, _ in rows), rows


def test_a_measure_that_took_effect_is_an_event_even_as_a_topic() -> None:
    rows = _rows("China filed a complaint at the WTO on Thursday over new American tariffs on Chinese goods that "
                 "took effect the same day.", "2018-08-24")
    assert ("USA", "CHN", "163", "2018-08-23") in rows, rows
    rows = _rows("China protested on Thursday over the tariffs that Washington threatened.", "2018-08-24")
    assert not any(a == "USA" and c[:2] == "16" for a, _, c, _ in rows), rows


def test_an_auxiliary_after_and_keeps_the_subject() -> None:
    from tension.text.clauses import shares_subject
    assert shares_subject("china condemned the move and had summoned the envoy".split(), 2, 6)


def test_a_name_with_its_office_in_apposition_is_that_office_later() -> None:
    text = ("BEIJING — China detained two Canadians this week after Canada's arrest of Meng Wanzhou, Huawei's "
            "chief financial officer. On Friday, Ms. Meng accused Canada of kidnapping.")
    rows = _doc(text, "2018-12-15")
    assert ("CHN", "CAN", "112", "2018-12-14") in rows, rows


def test_a_named_person_arrested_in_the_passive_is_held_by_the_places_state() -> None:
    text = ("BEIJING — China detained two Canadians this week after Canada's arrest of Meng Wanzhou, Huawei's "
            "chief financial officer. Ms. Meng was detained in Vancouver on Dec. 1 while changing planes.")
    rows = _doc(text, "2018-12-13")
    assert ("CAN", "CHN", "173", "2018-12-01") in rows, rows


def test_joint_exercises_begun_are_cooperation_and_lone_ones_a_show_of_force() -> None:
    rows = _rows("Indian and French forces began their first joint military exercises on Thursday.", "2005-08-19")
    assert rows and all(c == "062" for *_, c, _ in rows), rows
    rows = _rows("China began military exercises around Taiwan on Thursday.", "2005-08-19")
    assert ("CHN", "TWN", "150", "2005-08-18") in rows, rows
