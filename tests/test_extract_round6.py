"""Rules of the sixth round, found on the dev set's silent leads and documents (our own sentences here)."""

from __future__ import annotations

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_share_of_a_possessive_is_the_owners_thing_not_a_population() -> None:
    rows = _rows("Canada on Tuesday rejected most of Denmark's fishing claims as unlawful.", "2011-05-04")
    assert ("CAN", "DNK", "120", "2011-05-03") in rows, rows
    # ... while a share of a people stays no actor
    assert _rows("Most of Canada's voters opposed the treaty, a poll found.", "2011-05-04") == []


def test_a_role_of_the_country_is_that_countrys_office() -> None:
    rows = _rows("The trade ministers of the United Kingdom and Norway met in Oslo on Friday.", "2016-03-13")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("GBR", "NOR", "04")], rows
    rows = _rows("Envoys from the Netherlands and Belgium resumed border talks on Friday.", "2016-03-13")
    assert [(a, t, c) for a, t, c, _ in rows] == [("NLD", "BEL", "046")], rows


def test_an_announced_protest_after_a_reported_would_is_a_planned_protest() -> None:
    rows = _coded_events("Oslo said it would lodge a formal protest with Moscow.", "2015-06-02")
    assert [(r[0][:3], r[1][:3], r[2], r[5]) for r in rows] == [("NOR", "RUS", "114", "plan")], rows
    rows = _coded_events("Athens said on Monday it would hold naval drills near the islands claimed by Ankara.",
                         "2015-06-02")
    assert [(r[2][:2], r[5]) for r in rows] == [("15", "plan")], rows
    # a conditional "would" stays no protest
    assert _rows("If Moscow sent more troops, Oslo would protest.", "2015-06-02") == []


def test_a_talk_infinitive_after_a_meeting_is_its_purpose_not_a_second_event() -> None:
    rows = _coded_events("Danish and Swedish officials will meet on Tuesday in Malmo to discuss the bridge tolls.",
                         "2015-06-01")
    assert [(r[0][:3], r[1][:3], r[2][:2], r[3], r[5]) for r in rows] == [("DNK", "SWE", "04", "2015-06-02", "plan")], rows
    # ... while a talk that is the clause's own act stays
    rows = _rows("Denmark agreed on Monday to discuss the bridge tolls with Sweden.", "2015-06-02")
    assert rows and all(r[0] == "DNK" and r[1] == "SWE" for r in rows), rows


def test_an_event_n_years_before_the_clause_is_history() -> None:
    # "Fifty years after X's visit ...": the visit is dated fifty years back (year precision), never today
    rows = _rows("Fifty years after the Danish king's visit to Oslo opened relations between Denmark and Norway, "
                 "scholars say the ties have never been so strained.", "2015-03-02")
    assert all(d[:4] == "1965" for *_, d in rows), rows


def test_the_risk_of_a_clash_is_no_clash() -> None:
    assert _rows("Analysts say the risk of an accidental clash between Greek and Turkish warships has grown.",
                 "2015-03-02") == []
    rows = _rows("Greek and Turkish warships clashed near the islands on Monday.", "2015-03-03")
    assert rows and rows[0][2][:2] in ("19", "15"), rows


def test_a_measure_told_as_retaliation_for_a_partys_act_is_aimed_at_that_party() -> None:
    rows = _rows("OSLO — Norway said on Monday that it would restrict exports of salmon feed, two products used in "
                 "fish farming, in a move widely seen as retaliation for Russian curbs on Norwegian fish.", "2015-07-07")
    assert rows and rows[0][:3] == ("NOR", "RUS", "163"), rows
    # no cause told, no party: the measure keeps no target
    assert _rows("OSLO — Norway said on Monday that it would restrict exports of salmon feed.", "2015-07-07") == []


def test_a_questions_cited_announcement_is_news_its_asking_sentence_is_not() -> None:
    text = ("Spokesperson's Regular Press Conference\n\nQ: The Danish government said yesterday that it had expelled "
            "two Russian diplomats. What is Russia's comment?\n\nA: We will respond.")
    rows = _rows(text, "2015-05-05")
    assert ("DNK", "RUS", "174", "2015-05-04") in rows or ("DNK", "RUS", "166", "2015-05-04") in rows, rows
    # a question's hearsay ("Some reports say ...") and the question itself stay no event
    text = "Q: Some reports say Denmark will expel two Russian diplomats. Will Russia respond?\n\nA: No comment."
    assert [r for r in _rows(text, "2015-05-05") if r[0] == "DNK"] == []


def test_an_approved_arms_sale_is_military_aid_to_a_recipient_named_after_a_long_object() -> None:
    rows = _rows("The State Department approved the possible sale of spare parts for F-16 aircraft to Norway on "
                 "Monday.", "2015-05-05")
    assert rows == [("USA", "NOR", "072", "2015-05-04")], rows
    rows = _rows("The United States approved the sale of soybeans to Norway on Monday.", "2015-05-05")
    # goods stay economic cooperation: since the eleventh round an approved sale is the act (061), not an intent
    assert rows and rows[0][2] == "061", rows


def test_what_a_move_would_do_is_its_aim_not_an_act() -> None:
    rows = _rows("Oslo raised tariffs on Russian fish on Tuesday, in a move the government said would protect "
                 "Norwegian fishermen.", "2015-05-06")
    assert [r[2] for r in rows] == ["163"], rows
    # "dissatisfied with the move and would take countermeasures" is the speaker's own threat
    rows = _rows("Russia said on Thursday that it was dissatisfied with the move and would take countermeasures "
                 "against Norway.", "2015-05-08")
    assert any(r[2].startswith("13") for r in rows), rows


def test_an_ordered_measure_is_the_act() -> None:
    rows = _rows("The Norwegian prime minister ordered a ban on Russian fishing boats on Tuesday.", "2015-05-06")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("NOR", "RUS", "17")], rows
    rows = _rows("Norway ordered new tariffs on Russian fish on Tuesday.", "2015-05-06")
    assert [(a, t, c) for a, t, c, _ in rows] == [("NOR", "RUS", "163")], rows
    # an order to another party stays a demand, its complement no act
    rows = _rows("Norway ordered Russia to lift its ban on Tuesday.", "2015-05-06")
    assert all(c[:2] != "17" for *_, c, _ in rows), rows


def test_a_national_security_strategy_is_no_released_citizen() -> None:
    assert [r for r in _rows("Oslo released a national security strategy on Wednesday that names Russia as its main "
                             "threat.", "2015-05-07") if r[2] == "0841"] == []
    rows = _rows("Russia released a Norwegian national on Friday.", "2015-05-09")
    assert ("RUS", "NOR", "0841", "2015-05-08") in rows, rows


def test_the_islands_president_is_the_islands() -> None:
    rows = _rows("Turkey began naval drills near Cyprus on Saturday, a day after the island's president returned "
                 "from a trip to Greece.", "2015-04-12")
    assert not any(r[0] == "TUR" and r[1] == "GRC" for r in rows), rows
    assert any(r[0] == "CYP" and r[1] == "GRC" for r in rows), rows
