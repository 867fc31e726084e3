"""Rules of the sixth round found on fresh news leads (sentences written here, not taken from articles)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_the_head_noun_of_a_subject_phrase_is_no_verb() -> None:
    rows = _rows("MANILA — A Chinese coast guard ship chased a Philippine supply boat near the shoal on Monday.",
                 "2024-03-05")
    assert not any(c == "062" for *_, c, _ in rows), rows  # "ship" is the subject's noun, not shipping arms
    rows = _rows("HANOI — Chinese navy ships rammed a Vietnamese fishing boat near the Paracels on Sunday.",
                 "2024-03-05")
    assert not any(c == "062" for *_, c, _ in rows), rows
    assert any(a == "CHN" and t == "VNM" and c[:2] in ("19", "17", "15") for a, t, c, _ in rows), rows


def test_a_verb_whose_past_is_its_base_form_stays_a_verb() -> None:
    rows = _rows("A Chinese destroyer cut across the bow of an American warship on Saturday.", "2023-06-05")
    assert any(a == "CHN" and t == "USA" for a, t, _, _ in rows), rows


def test_a_verb_stays_a_verb_before_its_object() -> None:
    rows = _rows("China ships weapons parts to Russia, the Treasury said on Tuesday.", "2024-04-10")
    assert not any(t == "USA" for _, t, _, _ in rows), rows


def test_a_force_noun_after_with_is_what_the_verb_did() -> None:
    rows = _rows("MANILA — Chinese coast guard vessels blasted a Philippine patrol boat with water cannon on "
                 "Saturday, the Philippine coast guard said.", "2024-03-25")
    assert ("CHN", "PHL", "191", "2024-03-23") in rows, rows
    assert not any(c[:2] == "11" and a == "CHN" for a, _, c, _ in rows), rows


def test_a_threat_with_a_noun_is_still_a_threat() -> None:
    rows = _rows("Pyongyang threatened Seoul with a nuclear strike on Monday.", "2024-05-07")
    assert rows and all(c[:2] == "13" for *_, c, _ in rows), rows


def test_talks_during_which_a_speaker_told_someone_something_took_place() -> None:
    rows = _rows("BEIJING — Foreign Minister Wang Yi told Secretary of State Antony Blinken on Friday that "
                 "Washington should lift its sanctions on Chinese firms, during six hours of talks in Beijing.",
                 "2024-04-27")
    assert any({a, t} == {"CHN", "USA"} and c[:2] == "04" and d == "2024-04-26" for a, t, c, d in rows), rows
    rows = _rows("WASHINGTON — President Biden raised Taiwan during talks with Xi Jinping on Wednesday.",
                 "2023-11-16")
    assert any({a, t} == {"CHN", "USA"} and c[:2] == "04" for a, t, c, _ in rows), rows


def test_talks_about_which_someone_speaks_are_no_meeting() -> None:
    rows = _rows("WASHINGTON — Blinken said on Monday that he hoped for progress during the talks.", "2024-04-22")
    assert not any(c[:2] == "04" for *_, c, _ in rows), rows


def test_a_leader_who_received_a_visitor_hosted_a_visit() -> None:
    rows = _rows("BEIJING — President Xi Jinping received Treasury Secretary Janet Yellen in Beijing on Friday.",
                 "2023-07-08")
    assert ("CHN", "USA", "043", "2023-07-07") in rows, rows
    rows = _rows("BEIJING — Premier Li Qiang received Jamie Dimon, the American banker, on Friday.", "2023-06-03")
    assert not any(c == "043" for *_, c, _ in rows), rows  # a banker is no official visitor


def test_an_unknown_name_with_an_official_apposition_is_the_visitor() -> None:
    rows = _rows("BEIJING — Xi Jinping received Bill Gates's friend Henry Paulson, the former U.S. treasury "
                 "secretary, on Wednesday.", "2023-06-15")
    assert not any(t == "CHN" and c == "043" for _, t, c, _ in rows), rows
    rows = _rows("BEIJING — Chinese leader Xi Jinping received Henry Paulson, the former U.S. treasury secretary, "
                 "at a guesthouse on Wednesday.", "2023-06-15")
    assert ("CHN", "USA", "043", "2023-06-14") in rows, rows


def test_a_letter_received_or_a_host_received_by_is_no_visit_hosted() -> None:
    rows = _rows("TOKYO — Prime Minister Fumio Kishida received a letter from Xi Jinping on Thursday.", "2023-07-21")
    assert not any(c == "043" for *_, c, _ in rows), rows
    rows = _rows("BEIJING — Blinken was received by Xi Jinping on Monday.", "2023-06-20")
    assert not any(a == "USA" and c == "043" for a, _, c, _ in rows), rows


def test_an_indefinite_role_object_in_a_foreign_story_is_the_home_countrys() -> None:
    rows = _rows("MANILA — A Chinese coast guard ship fired a water cannon at a government fisheries boat near "
                 "Sabina Shoal on Monday.", "2024-08-27")
    assert ("CHN", "PHL", "191", "2024-08-26") in rows, rows
    rows = _rows("BEIJING — A Chinese coast guard ship fired a water cannon at a government fisheries boat near "
                 "Sabina Shoal on Monday.", "2024-08-27")
    assert not any(t == "PHL" for _, t, _, _ in rows), rows  # filed from China: no other country is named


def test_an_agent_tied_to_a_state_is_that_states() -> None:
    rows = _rows("WASHINGTON — Hackers working for China's military stole data from a U.S. Navy contractor, "
                 "officials said on Thursday.", "2018-06-09")
    assert ("CHN", "USA", "171", "2018-06-07") in rows or any(
        a == "CHN" and t == "USA" and c[:2] == "17" for a, t, c, _ in rows), rows
    rows = _rows("WASHINGTON — Hackers backed by the Chinese state broke into the email accounts of State "
                 "Department officials, Microsoft said on Tuesday.", "2023-07-13")
    assert any(a == "CHN" and t == "USA" and c == "176" for a, t, c, _ in rows), rows
    assert not any(a == "USA" and t == "CHN" for a, t, _, _ in rows), rows


def test_a_states_region_stays_a_place() -> None:
    rows = _rows("NEW DELHI — Police in the Indian state of Manipur fired tear gas at protesters on Monday.",
                 "2023-05-09")
    assert rows and all(a[:3] == "IND" and t[:3] == "IND" for a, t, _, _ in rows), rows


def test_breaking_into_accounts_is_hacking() -> None:
    rows = _rows("WASHINGTON — Chinese hackers broke into the email accounts of Commerce Department officials "
                 "on Monday, the company said.", "2023-07-12")
    assert ("CHN", "USA", "176", "2023-07-10") in rows, rows


def test_a_laser_aimed_at_a_plane_is_a_show_of_force() -> None:
    rows = _rows("TOKYO — A Chinese frigate aimed a military-grade laser at a Japanese patrol plane over the East "
                 "China Sea on Tuesday, Japan's defence ministry said.", "2019-01-23")
    assert ("CHN", "JPN", "150", "2019-01-22") in rows, rows


def test_ships_driven_or_chased_away_are_expelled() -> None:
    rows = _rows("TAIPEI — Taiwan's coast guard drove away three Chinese coast guard ships near Kinmen on Monday.",
                 "2024-02-20")
    assert ("TWN", "CHN", "174", "2024-02-19") in rows, rows


def test_a_forecast_of_the_toll_of_tariffs_is_no_event() -> None:
    rows = _rows("BEIJING — Analysts expect American imports from China to shrink this year as higher tariffs "
                 "take their toll, a survey showed on Monday.", "2019-05-13")
    assert not any(c[:2] == "16" for *_, c, _ in rows), rows
    rows = _rows("WASHINGTON — The United States raised tariffs on Chinese goods on Friday as new duties took "
                 "effect.", "2019-05-11")
    assert ("USA", "CHN", "163", "2019-05-10") in rows, rows


def test_a_coast_guard_forced_to_respond_is_no_coercion_of_it() -> None:
    rows = _rows("NAHA, Japan — Chinese coast guard ships entered Japanese waters near the Senkaku Islands on "
                 "Sunday, forcing Japan's coast guard to send patrol boats.", "2021-02-15")
    assert not any(c[:2] == "17" for *_, c, _ in rows), rows


def test_a_visitor_named_with_an_apposition_still_lands_on_a_visit() -> None:
    rows = _rows("TAIPEI — Nancy Pelosi, the speaker of the U.S. House of Representatives, landed in Taipei on "
                 "Tuesday night.", "2022-08-03")
    assert ("USA", "TWN", "042", "2022-08-02") in rows, rows
    rows = _rows("TAIPEI — A Chinese missile, one of eleven fired on Thursday, landed in waters off Taiwan.",
                 "2022-08-05")
    assert not any(c == "042" for *_, c, _ in rows), rows  # a missile visits no one
