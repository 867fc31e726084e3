"""Rules of the eleventh round (the lead's), found on three fresh articles (devset d242-d244, gold
written before any run) and checked here on sentences written fresh for each construction."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]

import datetime as _dt

import tension


def _coded(text: str, published: str) -> list[tuple[str, str, str, str]]:
    return [(e.actor, e.target, e.code, e.date.isoformat())
            for e in tension.extract_events(text, published=_dt.date.fromisoformat(published))]


def test_a_release_after_a_relative_clause_is_done_by_the_state_that_held_them() -> None:
    rows = _rows("Two Canadians who had been held in China for more than 1,000 days were released on Friday.",
                 "2021-09-25")
    assert [(a, t, c) for a, t, c, _ in rows] == [("CHN", "CAN", "0841")], rows
    rows = _rows("An American who had been jailed in Russia for two years was freed on Thursday.", "2022-12-09")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "USA", "0841")], rows  # the jailing is background
    rows = _rows("A Japanese businessman who was detained in Beijing in 2019 was released on Tuesday.", "2021-09-25")
    assert ("CHN", "JPN", "0841", "2021-09-21") in rows, rows
    rows = _rows("A report that had been held back for months was released on Friday.", "2021-09-25")
    assert rows == [], rows  # a report is no person


def test_taken_into_custody_is_a_passive() -> None:
    rows = _rows("Michael Kovrig, a former Canadian diplomat, was taken into custody in Beijing.", "2018-12-13")
    assert [(a, t, c) for a, t, c, _ in rows] == [("CHN", "CAN", "173")], rows


def test_the_owner_of_a_decision_does_its_infinitive() -> None:
    coded = _coded("China condemned Washington's decision to blacklist Huawei.", "2020-08-10")
    assert ("CHN", "USA", "111", "2020-08-10") in coded, coded
    assert ("USA", "CHNBUS", "163", "2020-08-10") in coded and not any(
        a[:3] == "CHN" and c == "163" for a, _, c, _ in coded), coded
    coded = _coded("Beijing hit back at Washington's move to sanction Chinese officials.", "2020-08-10")
    assert not any(a[:3] == "CHN" and c[:2] == "16" for a, _, c, _ in coded), coded
    # without a named object the infinitive keeps the sentence's reading
    rows = _rows("Taiwan protested Beijing's decision to hold drills near the island.", "2020-08-10")
    assert ("TWN", "CHN", "114", "2020-08-10") in rows, rows


def test_a_statement_about_a_states_own_detained_national_is_aimed_at_the_holder() -> None:
    rows = _rows("Canada demanded Michael Spavor's release on Friday.", "2021-09-25")
    assert not any(a == t for a, t, _, _ in rows), rows  # never Canada at Canada
    text = ("Chinese authorities detained Michael Spavor, a Canadian businessman, in December. "
            "Canada demanded Michael Spavor's release on Friday.")
    rows = _rows(text, "2019-01-12")
    assert ("CAN", "CHN", "1053", "2019-01-11") in rows, rows


def test_fighting_a_legal_step_is_no_force() -> None:
    for text in ("She is fighting extradition in a Vancouver court.",
                 "Huawei fought the charges in a New York court."):
        assert not any(c[:2] in ("18", "19", "20") for _, _, c, _ in _rows(text, "2021-09-25")), text
    rows = _rows("Ukrainian troops fought Russian forces near Bakhmut.", "2023-02-01")
    assert ("UKR", "RUS", "190", "2023-02-01") in rows, rows


def test_meeting_someone_halfway_is_no_meeting() -> None:
    for text in ("Zhao said China hoped the United States would \"meet it halfway\".",
                 "Seoul urged Tokyo to meet it halfway on the wartime labour dispute."):
        assert not any(c[:2] == "04" for _, _, c, _ in _rows(text, "2021-11-17")), text


def test_welcoming_a_deal_with_no_party_named_praises_the_storys_other_party() -> None:
    text = ("The United States and China agreed on Tuesday to ease visa rules for journalists. "
            "The Chinese foreign ministry welcomed the deal on Wednesday.")
    assert ("CHN", "USA", "051", "2021-11-17") in _rows(text, "2021-11-18")
    # a named partner, or no story to take one from: as before
    assert ("JPN", "KOR", "051", "2021-11-17") in _rows("Japan welcomed the agreement with South Korea on "
                                                        "Wednesday.", "2021-11-18")
    assert _rows("Japan welcomed the deal on Wednesday.", "2021-11-18") == []


def test_deferring_charges_eases_them() -> None:
    rows = _rows("The Justice Department agreed to defer its fraud charges against Meng Wanzhou on Friday.",
                 "2021-09-25")
    assert ("USA", "CHN", "081", "2021-09-24") in rows, rows


def test_people_of_the_news_of_2018_2025_are_actors() -> None:
    coded = _coded("Hong Kong police arrested Jimmy Lai on Monday.", "2020-08-10")
    assert ("HKGCOP", "HKGMED", "173", "2020-08-10") in coded, coded
    coded = _coded("China sentenced Michael Spavor to 11 years in prison on Wednesday.", "2021-08-12")
    assert any(t == "CANCVL" for _, t, _, _ in coded), coded


def test_a_time_measure_opens_a_fronted_clause() -> None:
    rows = _rows("Hours before the spokesman spoke, the Hong Kong police arrested Jimmy Lai.", "2020-08-10")
    assert ("HKG", "HKG", "173", "2020-08-10") in rows, rows
    rows = _rows("Two days after Xi arrived, Japan protested to China over the drills.", "2021-11-17")
    assert [(a, t, c) for a, t, c, _ in rows] == [("JPN", "CHN", "114")], rows


def test_taking_up_a_matter_with_a_party_is_consulting_it() -> None:
    rows = _rows("Pompeo took up the matter with his Chinese counterpart on Monday.", "2020-09-10")
    assert ("USA", "CHN", "040", "2020-09-07") in rows, rows
    assert not any(c.startswith("18") for _, _, c, _ in _rows(
        "The envoy is expected to take up the issue with Group of Seven ministers next month.", "2020-08-10"))


def test_planning_to_do_something_at_home_is_no_intent() -> None:
    rows = _rows("American officials said they planned to raise the treatment of reporters again.", "2021-11-17")
    assert rows == [], rows
    rows = _rows("China plans to send a delegation to Washington next month.", "2021-11-17")
    assert ("CHN", "USA", "042", "2021-12-01") in rows, rows


def test_what_a_draft_would_permit_is_no_event_across_a_relative_clause() -> None:
    rows = _rows("A leaked draft of the agreement, which circulated online last month, would allow Chinese warships "
                 "to make stops in the islands and permit China to send police at the government's request.",
                 "2022-04-20")
    assert rows == [], rows


def test_a_name_with_an_apposition_stays_the_subject_of_its_subordinate_clause() -> None:
    rows = _rows("Beijing froze the talks after Nancy Pelosi, then the speaker of the House, visited Taiwan.",
                 "2023-11-17")
    assert ("USA", "TWN", "042") in [(a, t, c) for a, t, c, _ in rows], rows
    assert not any(a == "CHN" and t == "TWN" for a, t, _, _ in rows), rows


def test_prepared_to_travel_is_a_plan_and_prepared_to_talk_is_willingness() -> None:
    coded = [(e.actor[:3], e.target[:3], e.code, e.mode) for e in tension.extract_events(
        "An American delegation prepared to travel to Honiara this week.", published=_dt.date(2022, 4, 20))]
    assert coded == [("USA", "SLB", "042", "plan")], coded
    rows = _rows("China said it was prepared to hold talks with Japan.", "2022-04-20")
    assert any(c.startswith("03") for _, _, c, _ in rows), rows


def test_europeans_and_penalties() -> None:
    assert ("CHN", "IGO", "163", "2021-03-22") in [
        (a, t[:3], c, d) for a, t, c, d in _rows("China imposed sanctions on ten Europeans on Monday.", "2021-03-23")]
    coded = _coded("The European Union penalized four Chinese officials on Monday.", "2021-03-23")
    assert ("IGOEUREEC", "CHNGOV", "163", "2021-03-22") in coded, coded


def test_brussels_is_the_eu_in_a_story_that_names_the_eu() -> None:
    text = ("The European Union imposed tariffs on Chinese cars on Monday. On Tuesday Brussels rejected "
            "Beijing's request for talks.")
    coded = _coded(text, "2024-06-19")
    assert any(a == "IGOEUREEC" and t[:3] == "CHN" and c[:2] == "12" for a, t, c, _ in coded), coded
    coded = _coded("Belgium protested. Brussels summoned the Chinese ambassador on Monday.", "2021-03-23")
    assert any(a[:3] == "BEL" for a, _, _, _ in coded), coded
    coded = _coded("Farmers blocked highways around Brussels with tractors to protest EU policies.", "2024-02-02")
    assert ("BELAGR", "IGOEUREEC", "141", "2024-02-02") in coded, coded


def test_following_suit_repeats_the_storys_last_measure() -> None:
    text = ("The European Union imposed sanctions on four Chinese officials on Monday. Britain, Canada and the "
            "United States announced similar steps against the same officials on the same day.")
    rows = _rows(text, "2021-03-23")
    for actor in ("GBR", "CAN", "USA"):
        assert (actor, "CHN", "163", "2021-03-22") in rows, rows
    rows = _rows("Poland expelled three Russian diplomats on Tuesday. Lithuania followed suit on Wednesday.",
                 "2024-05-09")
    assert ("LTU", "RUS", "174", "2024-05-08") in rows, rows
    # with no measure told before, nothing is followed
    assert _rows("Canada followed suit on Wednesday.", "2024-05-09") == []


def test_names_with_a_participle_aside_stay_the_subject_of_their_clause() -> None:
    rows = _rows("The decision came a day after President Biden and Xi Jinping, meeting at an estate outside San "
                 "Francisco, agreed to restart cooperation on counternarcotics.", "2023-11-17")
    assert any({a, t} == {"USA", "CHN"} for a, t, _, _ in rows), rows


def test_a_leads_closing_speaker_judges_on_the_day_of_saying() -> None:
    rows = _rows("SEOUL — North Korea fired two ballistic missiles into the sea on Sunday, South Korea's military "
                 "said, calling the launches a grave provocation.", "2024-06-25")
    assert any(a == "KOR" and t == "PRK" and c == "111" and d == "2024-06-25" for a, t, c, d in rows), rows
    # a saying with its own day keeps that day
    rows = _rows("TOKYO — A Chinese carrier sailed near Japanese islands on Wednesday, Japan's defence ministry said "
                 "on Thursday, calling the move unacceptable.", "2024-09-20")
    assert ("JPN", "CHN", "111", "2024-09-19") in rows, rows


def test_a_party_said_to_pose_or_be_a_threat_is_criticised() -> None:
    rows = _rows("Blinken said on Thursday that China posed the most serious long-term challenge to the "
                 "international order.", "2022-05-27")
    assert ("USA", "CHN", "111", "2022-05-26") in rows, rows
    rows = _rows("The German chancellor said on Monday that Russia was the greatest threat to peace in Europe.",
                 "2024-02-13")
    assert ("DEU", "RUS", "111", "2024-02-12") in rows, rows
    assert _rows("Japan said China was its largest trading partner.", "2024-02-13") == []
    rows = _rows("The United States and Japan called China their greatest strategic challenge on Wednesday.",
                 "2023-01-12")
    assert ("JPN", "CHN", "111", "2023-01-11") in rows, rows


def test_breaking_into_computer_systems_is_a_cyber_attack() -> None:
    rows = _rows("Chinese hackers broke into the computer systems of the Treasury Department.", "2020-12-18")
    assert ("CHN", "USA", "176", "2020-12-18") in rows, rows
    rows = _rows("Russian hackers infiltrated the networks of a German utility, officials said on Monday.",
                 "2024-03-26")
    assert any(a == "RUS" and c == "176" for a, _, c, _ in rows), rows


def test_people_a_states_police_act_on_are_its_own_when_the_sentence_names_two_countries() -> None:
    rows = _rows("Before Blinken spoke, Russian police detained an opposition leader.", "2021-11-17")
    assert ("RUS", "RUS", "173", "2021-11-17") in rows, rows
    coded = _coded("U.S. Says China-Linked Hackers Stole Call Records From Telecom Networks", "2024-11-14")
    assert not any(a[:3] == t[:3] == "CHN" for a, t, _, _ in coded), coded
