"""Security rules of the eleventh round (our own sentences here, not the dev set's)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_plan_told_in_the_past_perfect_fell_through() -> None:
    for text in ("Japan's defense minister had been due to visit Manila next week, officials said.",
                 "The Vietnamese president was to have visited Manila in December.",
                 "The Indonesian foreign minister had been scheduled to meet his Chinese counterpart on Friday.",
                 "The Indonesian foreign minister had been set to pay a visit to Beijing on Friday."):
        rows = _rows(text, "2023-03-10")
        assert not any(c[:2] == "04" for _, _, c, _ in rows), (text, rows)
    # a plan still standing and a visit made stay
    assert [r[:3] for r in _rows("Japan's defense minister is due to visit Manila next week.", "2023-03-10")] \
        == [("JPN", "PHL", "042")]
    assert [r[:3] for r in _rows("Japan's defense minister had visited Manila in January.", "2023-03-10")] \
        == [("JPN", "PHL", "042")]


def test_a_vowed_measure_is_a_threat_of_it() -> None:
    for text in ("Trump has promised steep new tariffs on Chinese goods if he wins the election.",
                 "Britain's trade minister promised tariffs on Chinese steel.",
                 "The German chancellor vowed new sanctions against Russia.",
                 "Mr. Trump vowed to slap a 60 percent tariff on Chinese imports if he returned to the White House."):
        rows = _rows(text, "2024-04-02")
        assert [r[2] for r in rows] == ["1312"], (text, rows)
    # a threatened measure was already a threat; an imposed one stays the measure
    assert [r[2] for r in _rows("Trump threatened steep new tariffs on Chinese goods.", "2024-04-02")] == ["1312"]
    assert [r[2] for r in _rows("Britain imposed tariffs on Chinese steel on Monday.", "2024-04-02")] == ["163"]


def test_not_sitting_idly_by_is_a_warning() -> None:
    rows = _rows("China said it would not sit idly by if Pelosi visited Taiwan.", "2022-08-01")
    assert [r[:3] for r in rows] == [("CHN", "USA", "130")], rows
    rows = _rows("Beijing said China would not stand idly by in the face of provocations by Manila.", "2024-01-15")
    assert [r[:3] for r in rows] == [("CHN", "PHL", "130")], rows
    rows = _rows("North Korea said it would not sit back and watch the drills by South Korea.", "2024-01-15")
    assert ("PRK", "KOR", "130") in [r[:3] for r in rows], rows
    assert _rows("The world cannot sit idly by while civilians die, the UN chief said.", "2024-01-15") == []


def test_the_later_members_of_a_companions_list_are_no_targets() -> None:
    rows = _rows("A Japanese destroyer sailed through the Taiwan Strait on Wednesday together with Australian "
                 "and New Zealand warships.", "2024-09-26")
    assert [r[:3] for r in rows] == [("JPN", "CHN", "150")], rows
    rows = _rows("A British frigate sailed through the Taiwan Strait on Friday with Canadian and French ships.",
                 "2024-09-26")
    assert [r[:3] for r in rows] == [("GBR", "CHN", "150")], rows


def test_a_singular_second_member_of_between() -> None:
    rows = _rows("A meeting between Taiwan's defense minister and a senior Pentagon official was called off.",
                 "2025-07-29")
    assert [r[:2] for r in rows] == [("TWN", "USA")] and rows[0][2][:2] in ("12", "16"), rows
    rows = _rows("A meeting between Japan's defense minister and a Chinese general took place on Monday.", "2025-07-29")
    assert [r[:3] for r in rows] == [("JPN", "CHN", "040")], rows
    rows = _rows("Talks between Japan and a Chinese delegation were called off.", "2025-07-29")
    assert [r[:2] for r in rows] == [("JPN", "CHN")], rows


def test_controlling_territory_is_a_state() -> None:
    for text in ("Japan and China remain at odds over islands that Japan controls and calls the Senkaku.",
                 "Japan controls the islands and calls them the Senkaku.",
                 "Hanoi says the Paracel Islands, which China has controlled since 1974, are Vietnamese."):
        assert _rows(text, "2024-07-10") == [], text
    # seizing control is no cooperation either
    rows = _rows("China seized control of the Paracel Islands from South Vietnam in 1974.", "2024-07-10")
    assert all(c[:2] != "06" for _, _, c, _ in rows), rows


def test_a_leaders_transit_is_no_show_of_force() -> None:
    assert _rows("The State Department said transits by Taiwanese presidents were private and unofficial.",
                 "2025-07-29") == []
    # a warship's transit stays one
    rows = _rows("Beijing said transits by American warships threatened peace in the strait.", "2025-07-29")
    assert [r[:3] for r in rows] == [("USA", "CHN", "150")], rows


def test_japans_self_defense_forces_are_its_military() -> None:
    from tension.text.extract import _coded_events
    rows = _coded_events("The Japan Ground Self-Defense Force held drills with American marines on Monday.", "2024-05-06")
    assert [(r[0], r[1]) for r in rows] == [("JPNMIL", "USAMIL")], rows
    rows = _coded_events("Japan's Self-Defense Forces scrambled jets on Monday after Chinese drones flew near Yonaguni.",
                         "2024-05-06")
    assert rows and rows[0][0] == "JPNMIL", rows


def test_drills_held_with_another_force_are_joint_drills() -> None:
    rows = _rows("The Indian navy held drills with the Japanese navy on Monday.", "2024-05-06")
    assert [r[:3] for r in rows] == [("IND", "JPN", "062")], rows
    rows = _rows("Philippine marines staged war games with Australian troops on Tuesday.", "2024-05-08")
    assert [r[:3] for r in rows] == [("PHL", "AUS", "062")], rows
    # drills with live fire, or with ships and planes, stay a show of force where they are held
    rows = _rows("China staged drills with live fire around Taiwan on Monday.", "2024-05-06")
    assert [r[:3] for r in rows] == [("CHN", "TWN", "150")], rows
    rows = _rows("China held drills near Taiwan on Monday with ships and planes.", "2024-05-06")
    assert [r[:3] for r in rows] == [("CHN", "TWN", "150")], rows


def test_a_participles_date_stays_with_the_participle() -> None:
    rows = _rows("China on Thursday condemned the tariffs imposed in March and urged Washington to lift them.",
                 "2024-09-26")
    assert [(r[2][:2], r[3]) for r in rows] == [("11", "2024-09-26"), ("02", "2024-09-26")], rows
    rows = _rows("Seoul on Friday protested against the drills held last week near the islands and summoned "
                 "Tokyo's ambassador.", "2024-09-27")
    assert all(r[3] == "2024-09-27" for r in rows) and rows, rows
    # a verb with its own object keeps its date
    rows = _rows("China lifted its tariffs on Australian barley in August.", "2023-10-11")
    assert [r[3] for r in rows] == ["2023-08-01"], rows


def test_demanding_that_a_party_stop_is_a_demand_to_yield() -> None:
    for text, pair in (("China demanded that Washington stop arming Taiwan.", ("CHN", "USA")),
                       ("Japan demanded that China halt its drills near the islands.", ("JPN", "CHN")),
                       ("Seoul demanded that Pyongyang cease its missile launches.", ("KOR", "PRK"))):
        rows = _rows(text, "2024-09-26")
        assert [r[:3] for r in rows] == [(*pair, "1042")], (text, rows)
    rows = _rows("Manila demanded that Beijing explain the presence of its ships.", "2024-09-26")
    assert [r[2] for r in rows] == ["100"], rows


def test_the_call_spoken_of_is_no_appeal() -> None:
    rows = _rows("WASHINGTON — President Biden and China's leader, Xi Jinping, spoke by telephone on Tuesday. The two "
                 "governments issued separate accounts of the call, which lasted an hour and 45 minutes.", "2024-04-02")
    assert [r[2] for r in rows] == ["041"], rows
    rows = _rows("Japan issued a call on China to release the detained employee.", "2024-04-02")
    assert [r[2][:2] for r in rows] == ["02"], rows


def test_taking_part_in_exercises_with_a_force_is_military_cooperation() -> None:
    from tension.text.extract import _coded_events
    rows = _coded_events("Indian warships will take part in exercises with the French navy next month.", "2024-05-06")
    assert [(r[0][:3], r[1][:3], r[2]) for r in rows] == [("IND", "FRA", "062")], rows
    rows = _rows("South Korea participated in naval exercises with the United States and Japan last week.", "2024-05-06")
    assert sorted(r[:3] for r in rows) == [("KOR", "JPN", "062"), ("KOR", "USA", "062")], rows
    # drills joined with no partner named are neither cooperation with the place nor a show of force at it
    assert _rows("Denmark took part in the naval drills near Norway.", "2016-03-15") == []


def test_making_concerns_known_is_a_representation() -> None:
    rows = _rows("Canberra made its concerns known to Beijing on Sunday.", "2024-05-06")
    assert rows == [("AUS", "CHN", "114", "2024-05-05")], rows
    rows = _rows("Seoul made its displeasure known to Tokyo's ambassador on Friday.", "2024-05-06")
    assert [r[:3] for r in rows] == [("KOR", "JPN", "114")], rows


def test_a_middle_initial_does_not_hide_a_name() -> None:
    rows = _rows("The White House also announced that Treasury Secretary Janet L. Yellen would travel to China later "
                 "this week.", "2024-04-02")
    assert [r[:3] for r in rows] == [("USA", "CHN", "042")], rows
    rows = _rows("Former President Donald J. Trump has promised steep new tariffs on Chinese goods.", "2024-04-02")
    assert [r[:3] for r in rows] == [("USA", "CHN", "1312")], rows
    # a possessive "s" is no initial
    rows = _rows("China's Xi met Mr. Biden on Monday.", "2024-04-02")
    assert [r[:3] for r in rows] == [("CHN", "USA", "040")], rows


def test_the_reason_for_thanks_is_no_event_of_the_thanker() -> None:
    rows = _rows("In Taipei, the foreign ministry thanked Mr. Biden for reaffirming America's support for peace and "
                 "stability in the strait.", "2024-04-02")
    assert [r[:3] for r in rows] == [("TWN", "USA", "051")], rows
    rows = _rows("Manila praised Tokyo for supplying patrol boats to its coast guard.", "2024-04-02")
    assert [r[:3] for r in rows] == [("PHL", "JPN", "051")], rows


def test_a_when_clause_interrupting_an_act_under_way_has_its_own_subject() -> None:
    rows = _rows("A Vietnamese fishing boat was anchored near the islands on Sunday when a Chinese ship rammed it.",
                 "2025-08-12")
    assert rows == [("CHN", "VNM", "191", "2025-08-10")], rows
    rows = _rows("The Philippine ship had been escorting fishing boats near the shoal when Chinese coast guard "
                 "vessels began to shadow it.", "2025-08-12")
    assert [r[:2] for r in rows] == [("CHN", "PHL")], rows
    rows = _rows("The boat was fishing when a Chinese ship rammed a Vietnamese boat.", "2025-08-12")
    assert [r[:3] for r in rows] == [("CHN", "VNM", "191")], rows
    # a protest "when" someone acted answers that party
    rows = _rows("Japan protested on Sunday when a Chinese ship rammed a Vietnamese boat.", "2025-08-12")
    assert ("JPN", "CHN", "114", "2025-08-10") in rows, rows
    # a dispute that deepened when tariffs rose keeps its time clause in the main clause's time
    rows = _rows("The dispute deepened earlier this month when Washington raised tariffs on Chinese goods.",
                 "2019-05-29")
    assert [r[3] for r in rows] == ["2019-05-01"], rows


def test_speech_acts_in_a_series_after_a_report_are_the_speakers() -> None:
    rows = _rows("China said the pact was dangerous, warned Japan not to harm the interests of others and told Tokyo "
                 "to reflect on its past.", "2024-07-10")
    assert [r[:3] for r in rows] == [("CHN", "JPN", "130")], rows
    rows = _rows("China said the pact was dangerous, urged Japan to reflect on its past and summoned its ambassador.",
                 "2024-07-10")
    assert rows and all(r[:2] == ("CHN", "JPN") for r in rows), rows
    rows = _rows('A Chinese foreign ministry spokesman, Lin Jian, said the region "does not need new blocs," warned '
                 'Japan not to harm the interests of others.', "2024-07-10")
    assert [r[:3] for r in rows] == [("CHN", "JPN", "130")], rows
    # an appositive name before the verb is no report
    rows = _rows("Canada's foreign minister, Chrystia Freeland, condemned the arrests on Thursday.", "2019-05-17")
    assert [r[:2] for r in rows] in ([], [("CAN", "CHN")]) or all(r[0] == "CAN" for r in rows), rows


def test_a_fighter_is_a_military_craft_and_approaching_a_craft_is_a_show_of_force() -> None:
    from tension.text.extract import _coded_events
    rows = _coded_events("A Chinese fighter approached a Japanese patrol plane on Saturday.", "2024-05-06")
    assert [(r[0], r[1][:3], r[2]) for r in rows] == [("CHNMIL", "JPN", "150")], rows
    rows = _rows("Two Russian fighter jets approached a Norwegian surveillance aircraft over the Barents Sea on Friday.",
                 "2024-05-06")
    assert [r[:3] for r in rows] == [("RUS", "NOR", "150")], rows
    # approaching a person or a government is no show of force
    rows = _rows("China approached Japan about a new trade deal.", "2024-05-06")
    assert all(r[2][:2] != "15" for r in rows), rows


def test_concerns_raised_with_or_voiced_to_a_party_are_a_representation() -> None:
    rows = _rows("The Australian Government has raised its concerns about the interaction with China at senior "
                 "levels.", "2024-05-06")
    assert [r[:3] for r in rows] == [("AUS", "CHN", "114")], rows
    rows = _rows("New Zealand said it had raised its concerns with the Chinese ambassador.", "2024-05-06")
    assert [r[:3] for r in rows] == [("NZL", "CHN", "114")], rows
    rows = _rows("Japan voiced concern to Beijing over the drills on Monday.", "2024-05-06")
    assert [r[:3] for r in rows] == [("JPN", "CHN", "114")], rows
    # concerns about a party's conduct stay its criticism
    rows = _rows("Washington raised concerns about Beijing's support for Russia.", "2024-05-06")
    assert [r[:3] for r in rows] == [("USA", "CHN", "111")], rows


def test_enforcing_another_bodys_sanctions_is_no_sanction() -> None:
    for text in ("Australian ships help enforce United Nations sanctions against North Korea.",
                 "Canadian patrol planes monitor U.N. Security Council sanctions on Pyongyang from Japan.",
                 "Japanese planes monitor international sanctions against North Korea."):
        rows = _rows(text, "2024-05-06")
        assert not any(c[:3] == "163" for _, _, c, _ in rows), (text, rows)
    # a state enforcing its own new measure imposes it
    rows = _rows("The United States began enforcing new tariffs on Chinese goods on Tuesday.", "2024-05-06")
    assert [r[:3] for r in rows] == [("USA", "CHN", "163")], rows
