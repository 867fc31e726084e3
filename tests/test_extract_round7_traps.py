"""Rules of the seventh round's traps pass, found on fresh articles (our own sentences here)."""

from __future__ import annotations

from tension import extract_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_visit_that_ended_happened() -> None:
    rows = _rows("Spain's prime minister ended a state visit to Morocco on Friday.", "2016-03-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("ESP", "MAR", "042")], rows
    rows = _rows("The Dutch king ended his three-day trip to Belgium on Friday.", "2016-03-15")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("NLD", "BEL", "04")], rows
    # must not: ending a visit cuts nothing; ending talks or exchanges still does
    assert not any(c[:2] == "16" for _, _, c, _ in _rows("Spain's prime minister, who ended a state visit to "
                                                         "Morocco on Friday, spoke to reporters.", "2016-03-15"))
    rows = _rows("Turkey ended military exchanges with Greece on Friday.", "2016-03-15")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("TUR", "GRC", "16")], rows


def test_what_a_drill_rehearses_is_a_show_of_force() -> None:
    rows = _rows("Russian warships rehearsed what state media described as sealing off the Estonian coast on "
                 "Sunday.", "2016-03-15")
    assert all(c == "150" for _, _, c, _ in rows), rows
    rows = _rows("Indian jets simulated strikes on Pakistan on Sunday.", "2016-03-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("IND", "PAK", "150")], rows
    # must not: a real blockade stays a blockade
    rows = _rows("The Turkish navy sealed off the Greek island on Sunday.", "2016-03-15")
    assert [c for _, _, c, _ in rows] == ["191"], rows


def test_completed_drills_are_drills() -> None:
    rows = _rows("Russia's military said on Monday that it had completed three days of combat readiness exercises "
                 "around Belarus.", "2016-03-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "BLR", "150")], rows
    rows = _rows("The Indian navy wrapped up drills near Sri Lanka on Monday.", "2016-03-15")
    assert [(a, t, c) for a, t, c, _ in rows] == [("IND", "LKA", "150")], rows


def test_joint_exercises_due_to_begin_are_a_plan() -> None:
    events = list(extract_events("France and Italy are due to begin their largest joint military exercises in years "
                                 "on Tuesday.", published="2016-03-14"))
    assert [(e.actor[:3], e.target[:3], e.code, e.mode) for e in events] == [("FRA", "ITA", "062", "plan")], events
    events = list(extract_events("Japan and Australia will begin joint military exercises on Tuesday.",
                                 published="2016-03-14"))
    assert [(e.code, e.mode, str(e.date)) for e in events] == [("062", "plan", "2016-03-15")], events
    # must not: fighting that is expected to begin has no actor
    assert _rows("Fighting is expected to begin soon, officials said.", "2016-03-15") == []


def test_what_a_treaty_covers_is_no_attack() -> None:
    rows = _rows("Paris reaffirmed on Monday that the defence pact with Athens extends to armed attacks on Greek "
                 "vessels anywhere in the Aegean.", "2016-03-15")
    assert not any(c[:2] in ("18", "19", "20") for _, _, c, _ in rows), rows
    assert ("FRA", "GRC", "0334", "2016-03-14") in rows, rows  # the pledge of protection is the act
    assert _rows("Officials said the treaty covers attacks on Greek ships.", "2016-03-15") == []


def test_a_hoped_for_meeting_month_does_not_date_the_hope_in_the_past() -> None:
    events = list(extract_events("The Indian prime minister has said he hopes to meet the Pakistani prime minister "
                                 "when leaders gather in Astana at the end of June.", published="2019-05-16"))
    assert events and all(str(e.date) == "2019-05-16" and e.mode == "act" for e in events), events
    # must not: the hope is no meeting
    assert not any(e.code[:2] == "04" for e in events), events
    # a pledge dated before its infinitive keeps its own month
    rows = _rows("Japan pledged in March to buy more Australian coal.", "2019-05-16")
    assert [d for _, _, _, d in rows] == ["2019-03-01"], rows


def test_an_adverb_inside_call_for_keeps_the_appeal() -> None:
    rows = _rows("Canada arrested two Iranians on Monday. Iran's foreign minister condemned the arrests on "
                 "Tuesday and called again for the men's release.", "2016-03-16")
    assert ("IRN", "CAN", "111", "2016-03-15") in rows, rows
    # must not: the condemnation is not aimed at the minister's own people
    assert not any(a == "IRN" and t == "IRN" and c == "111" for a, t, c, _ in rows), rows


def test_being_at_odds_now_is_a_state() -> None:
    text = "Spain expelled two Moroccan diplomats on Monday. The two countries are at odds over fishing rights."
    rows = _rows(text, "2016-03-15")
    assert not any(c == "110" for _, _, c, _ in rows), rows
    assert not any(c == "110" for _, _, c, _ in _rows("Spain and Morocco have been at odds over fishing rights.",
                                                         "2016-03-15"))
    # a disagreement told at a dated meeting is still coded
    rows = _rows("Spain expelled two Moroccan diplomats on Friday. The two countries were at odds at Monday's "
                 "talks.", "2016-03-15")
    assert ("ESP", "MAR", "110", "2016-03-14") in rows or ("MAR", "ESP", "110", "2016-03-14") in rows, rows


def test_analysts_somewhere_are_commentators() -> None:
    # must not: what analysts say a country would do is their forecast, not the country's threat
    assert _rows("Analysts in Madrid said that if Rabat moved against more fishing boats, Spain would be forced to "
                 "respond in kind.", "2016-03-15") == []
