"""Rules of the fifth round found on fresh CAMEO-style sentences (written here, not taken from articles)."""

from __future__ import annotations

from tension.text.extract import _coded_events


def _rows(text: str, published: str) -> list[tuple[str, str, str, str]]:
    return [(r[0][:3], r[1][:3], r[2], r[3]) for r in _coded_events(text, published)]


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
