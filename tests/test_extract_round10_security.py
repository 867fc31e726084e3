"""Security rules of the ninth round, redone in the tenth (our own sentences here, not the dev set's)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_unilaterally_and_unsafe_judge_the_reported_party() -> None:
    rows = _rows("Vietnam said the Chinese coast guard had unilaterally changed the situation at the reef.",
                 "2024-05-08")
    assert [r[:3] for r in rows] == [("VNM", "CHN", "112")], rows
    rows = _rows("Canada said the Chinese warship had acted in an unsafe manner.", "2024-05-08")
    assert [r[:3] for r in rows] == [("CAN", "CHN", "111")], rows


def test_a_frequency_comparative_is_a_trend_not_an_act() -> None:
    rows = _rows("Russian bombers flew near Norway's coast more often this year than last, according to a count "
                 "by an Oslo institute.", "2024-12-28")
    assert rows == [], rows
    rows = _rows("Seoul said North Korean drones had made more frequent incursions into its airspace.", "2024-12-28")
    assert not any(c == "150" or c[:2] == "19" for _, _, c, _ in rows), rows
    # a plain flight stays news
    rows = _rows("Russian bombers flew near Norway's coast on Friday.", "2024-12-28")
    assert [r[:3] for r in rows] == [("RUS", "NOR", "150")], rows


def test_making_a_passage_through_a_strait_is_a_show_of_force() -> None:
    rows = _rows("A British frigate made a passage through the Taiwan Strait on Sunday.", "2024-05-08")
    assert [r[:3] for r in rows] == [("GBR", "CHN", "150")], rows
    rows = _rows("A British frigate made a transit of the Taiwan Strait on Sunday.", "2024-05-08")
    assert [r[:3] for r in rows] == [("GBR", "CHN", "150")], rows


def test_cutting_across_a_planes_nose_is_a_show_of_force_dated_by_its_own_clause() -> None:
    rows = _rows("A Russian fighter cut across the nose of a Norwegian patrol plane on Tuesday.", "2024-05-10")
    assert rows == [("RUS", "NOR", "150", "2024-05-07")], rows
    # the act coordinated after "and" keeps the first conjunct's date, not the closing report's weekday
    rows = _rows("A Russian fighter cut across the nose of a Norwegian patrol plane last month and released flares "
                 "near it, Norway's defense ministry said on Friday.", "2024-05-10")
    assert rows == [("RUS", "NOR", "150", "2024-04-01")], rows


def test_the_second_member_of_between_is_the_target_of_a_called_off_meeting() -> None:
    rows = _rows("India called off a meeting between its defense minister and his Pakistani counterpart.",
                 "2024-05-08")
    assert [r[:2] for r in rows] == [("IND", "PAK")] and rows[0][2][:2] in ("12", "16"), rows
    rows = _rows("India called off a meeting between its defense minister, Rajnath Singh, and his Pakistani "
                 "counterpart that had been set for Friday.", "2024-05-08")
    assert [r[:2] for r in rows] == [("IND", "PAK")], rows


def test_withheld_aid_is_aid_stopped() -> None:
    rows = _rows("Germany withheld aid from Niger on Tuesday.", "2024-05-08")
    assert rows == [("DEU", "NER", "162", "2024-05-07")], rows
    rows = _rows("Britain said on Monday it was withholding military aid to Niger.", "2024-05-08")
    assert [r[:3] for r in rows] == [("GBR", "NER", "1622")], rows
    assert _rows("Britain did not withhold aid from Niger.", "2024-05-08") == []


def test_an_order_to_leave_reaches_past_a_described_object() -> None:
    rows = _rows("Russia ordered the last three Estonian diplomats in the country to leave.", "2024-05-08")
    assert [r[:3] for r in rows] == [("RUS", "EST", "174")], rows


def test_a_titled_name_opening_the_paragraph_after_the_lead_keeps_the_leads_day() -> None:
    text = ("SEOUL — South Korea's foreign minister, Park Jin, demanded on Sunday that North Korea free three "
            "detained missionaries.\n\nMr. Park criticized North Korea's missile launches near Japan.")
    rows = _rows(text, "2023-04-03")
    assert ("KOR", "PRK", "111", "2023-04-02") in rows, rows


def test_the_leads_person_later_by_title_keeps_the_leads_day() -> None:
    text = ("SEOUL — South Korea's foreign minister, Park Jin, demanded on Sunday that North Korea free three "
            "detained missionaries.\n\nThe missionaries were detained last month.\n\n"
            "Mr. Park also criticized North Korea's missile launches near Japan.")
    rows = _rows(text, "2023-04-03")
    assert ("KOR", "PRK", "111", "2023-04-02") in rows, rows
    # somebody the lead does not name is not its person
    text = text.replace("Mr. Park also", "Mr. Kim also")
    assert ("KOR", "PRK", "111", "2023-04-02") not in _rows(text, "2023-04-03")


def test_a_verb_coordinated_with_a_charged_act_is_charged_too() -> None:
    rows = _rows("Vietnam said Chinese ships had deliberately entered its waters and then blocked a fishing boat.",
                 "2024-05-08")
    assert [r[:3] for r in rows] == [("VNM", "CHN", "112")], rows


def test_an_accused_described_as_the_arresting_states_own_is_arrested_at_home() -> None:
    rows = _rows("LONDON — British police arrested a former aide to two London mayors on Tuesday on charges that he "
                 "had acted as an agent of the Chinese government.", "2024-09-04")
    assert ("GBR", "GBR", "173", "2024-09-03") in rows and not any(
        t == "CHN" and c[:2] == "17" for _, t, c, _ in rows), rows
    # an accused of no known country stays the served state's
    rows = _rows("OTTAWA — Canadian police arrested two men on Tuesday on charges of spying for China.", "2024-09-04")
    assert ("CAN", "CHN", "173", "2024-09-03") in rows, rows


def test_a_report_or_accusation_called_groundless_is_denied() -> None:
    rows = _rows("Canada accused India of plotting a killing on Monday. India's foreign minister called the "
                 "accusations baseless.", "2023-09-19")
    assert ("IND", "CAN", "016", "2023-09-19") in rows and not any(c == "111" for _, _, c, _ in rows), rows
    # an act so called stays a criticism
    rows = _rows("India called the Canadian move baseless on Tuesday.", "2023-09-19")
    assert [r[:3] for r in rows] == [("IND", "CAN", "111")], rows


def test_a_visit_someone_else_is_to_make_is_not_the_clause_subjects() -> None:
    rows = _rows("China has released Anna Carter, a British television anchor, Prime Minister Keir Starmer said on "
                 "Wednesday, clearing one of the last obstacles to a visit he is expected to make to Beijing.",
                 "2024-07-10")
    assert [r[:3] for r in rows] == [("CHN", "GBR", "0841")], rows


def test_declining_to_say_when_is_no_refusal_of_the_act() -> None:
    rows = _rows("Germany's chancellor declined to say when he would travel to India.", "2024-05-08")
    assert not any(c[:2] in ("12", "16") for _, _, c, _ in rows), rows


def test_a_person_the_paragraph_after_the_lead_names_on_its_day_keeps_it_later() -> None:
    text = ("SEOUL — South Korea's foreign minister, Park Jin, demanded on Sunday that North Korea free three "
            "detained missionaries.\n\nMr. Park held talks with his Japanese counterpart, Yoshimasa Hayashi.\n\n"
            "The missionaries were detained last month.\n\nMr. Hayashi, for his part, criticized North Korea's "
            "missile launches.")
    rows = _rows(text, "2023-04-03")
    assert ("JPN", "PRK", "111", "2023-04-02") in rows, rows


def test_calling_a_long_judged_object_provocative_is_criticism() -> None:
    rows = _rows("Seoul called Pyongyang's decision to fly balloons over the border provocative.", "2024-05-08")
    assert [r[:3] for r in rows] == [("KOR", "PRK", "111")], rows
    # "called on ... to stop its dangerous ..." stays an appeal
    rows = _rows("Seoul called on Pyongyang to stop its dangerous launches.", "2024-05-08")
    assert not any(c == "111" for _, _, c, _ in rows), rows


def test_talks_of_countryless_officers_in_a_two_country_story_are_the_two_countries() -> None:
    text = ("ISLAMABAD — Pakistani and Indian soldiers clashed last week along the Line of Control, Pakistan's army "
            "said on Tuesday.\n\nLocal commanders held a flag meeting on Sunday to restore calm, the army said.")
    rows = _rows(text, "2022-12-14")
    assert any({a, t} == {"PAK", "IND"} and c[:2] == "04" and d == "2022-12-11" for a, t, c, d in rows), rows


def test_a_titled_speaker_posted_in_a_capital_is_no_subject_of_the_reported_clause() -> None:
    rows = _rows("The British ambassador in Kyiv, Jane Smith, said on Monday that Britain stood with Ukraine.",
                 "2024-05-08")
    assert [r[:3] for r in rows] == [("GBR", "UKR", "052")], rows


def test_an_event_noun_named_by_its_year_is_history() -> None:
    rows = _rows("Tokyo should ask Washington to honour the two allies' 1960 Security Treaty.", "2024-05-08")
    assert not any(c == "057" for _, _, c, _ in rows), rows
    rows = _rows("Japan signed a security treaty with Australia on Monday.", "2024-05-08")
    assert [r[:3] for r in rows] == [("JPN", "AUS", "057")], rows


def test_a_judging_noun_with_its_own_adjective_judges_that_party() -> None:
    rows = _rows("Iran said Iraq had suffered from American meddling.", "2024-05-08")
    assert [r[:3] for r in rows] == [("IRN", "USA", "111")], rows


def test_a_countryless_office_in_what_a_foreign_organ_says_is_that_organs_countrys() -> None:
    from tension.text.discourse import home_object

    toks = "iran s judiciary said a court had sentenced the engineer to a year in prison".split()
    assert not home_object(toks, 5, "IRN", "CAN")
    # a new party after the named country's act stays the dateline's
    toks = "an iranian boat fired at a police vessel".split()
    assert home_object(toks, 6, "IRN", "CAN")
