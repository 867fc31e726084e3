"""Security rules of the twelfth round (our own sentences here, not the dev set's)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_second_clause_whose_subject_is_a_list_of_names() -> None:
    rows = _rows("Iran test-fired a cruise missile on Monday, and Saudi Arabia, Kuwait and Bahrain "
                 "condemned Tehran.", "2024-03-05")
    assert sorted(r[:3] for r in rows if r[2][:2] == "11") == [
        ("BHR", "IRN", "111"), ("KWT", "IRN", "111"), ("SAU", "IRN", "111")], rows
    rows = _rows("Turkey shelled Kurdish positions in Syria on Friday, and Iraq and Iran protested to Ankara.",
                 "2024-03-09")
    assert sorted(r[:2] for r in rows if r[2][:2] == "11") == [("IRN", "TUR"), ("IRQ", "TUR")], rows
    # the first clause keeps its own target, not the second clause's subjects
    assert not any(r[0] == "TUR" and r[1] in ("IRQ", "IRN") for r in rows), rows
    # a list that is the subject of the only clause is still one clause
    rows = _rows("Egypt, Jordan and Qatar condemned Israel on Monday.", "2024-03-05")
    assert sorted(r[0] for r in rows) == ["EGY", "JOR", "QAT"], rows


def test_honorifics_do_not_break_a_conjoined_subject() -> None:
    rows = _rows("Mr. Scholz and Mr. Macron both urged Moscow to pull back its troops.", "2022-02-15")
    assert sorted(r[0] for r in rows) == ["DEU", "FRA"], rows
    rows = _rows("Mr. Albanese and Mr. Kishida condemned North Korea on Tuesday.", "2023-07-12")
    assert sorted(r[0] for r in rows) == ["AUS", "JPN"], rows


def test_a_reported_act_takes_its_own_past_date() -> None:
    rows = _rows("India's navy said on Tuesday that its frigates had completed a joint exercise with French "
                 "warships in the Arabian Sea last month.", "2024-03-06")
    assert [(r[0], r[1], r[3]) for r in rows] == [("IND", "FRA", "2024-02-01")], rows
    rows = _rows("Canada's defense department said on Thursday that a Chinese fighter had flown within 20 feet "
                 "of a Canadian patrol plane on Oct. 16.", "2023-11-02")
    assert [(r[0], r[1], r[3]) for r in rows] == [("CHN", "CAN", "2023-10-16")], rows
    # the report's day stays when the later date belongs to a plan or a participle phrase
    rows = _rows("The European Commission said on Friday that it would raise duties on Chinese bicycles, "
                 "finalizing a plan first announced in May.", "2024-09-13")
    assert all(r[3] == "2024-09-13" for r in rows), rows
    rows = _rows("Beijing said on Monday that it had expelled the diplomat over a protest last week.", "2024-03-06")
    assert all(r[3] == "2024-03-04" for r in rows), rows


def test_a_participle_phrase_keeps_its_own_date() -> None:
    rows = _rows("Brazil's foreign ministry said on Wednesday it rejected a decree signed by President Maduro on "
                 "Monday.", "2024-05-02")
    assert rows and all(r[3] == "2024-05-01" for r in rows), rows
    # a date far from the participle, or after a complement, is the verb's
    rows = _rows("Two Japanese destroyers sailed near islands claimed by China in the East China Sea on Monday, "
                 "Beijing said.", "2024-05-02")
    assert [(r[0], r[3]) for r in rows if r[1] == "CHN"] == [("JPN", "2024-04-29")], rows


def test_a_dated_item_of_a_roundup_or_timeline() -> None:
    text = ("The Week in Review\n\n"
            "TUESDAY, MARCH 12 — Poland expelled a Belarusian diplomat. Belarus condemned the move.\n\n"
            "Oct. 3 — India summoned Pakistan's envoy. Pakistan rejected the protest.\n\n"
            "Looking ahead, ministers will meet again in April.")
    rows = _rows(text, "2024-03-16")
    assert ("POL", "BLR", "2024-03-12") in [(r[0], r[1], r[3]) for r in rows], rows
    assert ("BLR", "POL", "2024-03-12") in [(r[0], r[1], r[3]) for r in rows], rows
    assert ("IND", "PAK", "2023-10-03") in [(r[0], r[1], r[3]) for r in rows], rows
    # a dateline with a place stays a dateline, not an event's date
    rows = _rows("WARSAW, March 12 — Poland expelled a Belarusian diplomat on Monday.", "2024-03-12")
    assert [(r[0], r[1], r[3]) for r in rows] == [("POL", "BLR", "2024-03-11")], rows


def test_a_deadline_to_leave_or_close_is_the_order() -> None:
    rows = _rows("Britain gave the two Russian diplomats 72 hours to leave the country.", "2022-04-05")
    assert [r[:3] for r in rows] == [("GBR", "RUS", "166")], rows
    rows = _rows("Ottawa gave Beijing 48 hours on Monday to close its consulate in Toronto.", "2023-05-10")
    assert [(r[0], r[1], r[2]) for r in rows if r[1] == "CHN"] == [("CAN", "CHN", "161")], rows
    # a deadline for something else stays an ultimatum
    rows = _rows("Israel gave Hamas 24 hours to respond to the proposal.", "2024-05-01")
    assert [r[2] for r in rows] == ["139"], rows
