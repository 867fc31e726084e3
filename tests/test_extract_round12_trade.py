"""Rules of the twelfth round's trade batch (our own sentences here, other actors and wording than the batch)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _codes(text: str, published: str) -> list[tuple[str, str, str]]:
    return [r[:3] for r in _rows(text, published)]


def test_members_of_the_subjects_list_are_no_object() -> None:
    assert _codes("Cuba, Venezuela, Iran and North Korea stay under the strictest bans, where the existing embargoes "
                  "apply.", "2025-05-30") == []
    assert _codes("Russia, Belarus and Syria remain in the lowest group, where the toughest sanctions apply.",
                  "2025-05-30") == []
    # an object between the subject and a measure noun still is the target
    rows = _codes("The United States added Chinese companies to its entity list on Monday.", "2025-05-27")
    assert rows == [("USA", "CHN", "163")], rows
    # and each member of a listed subject still acts on a target named after the verb
    rows = _codes("Britain, Canada and Australia imposed sanctions on Iranian officials on Monday.", "2025-05-27")
    assert {r[:2] for r in rows} == {("GBR", "IRN"), ("CAN", "IRN"), ("AUS", "IRN")}, rows


def test_forces_sent_to_strike_are_the_strike() -> None:
    rows = _codes("Turkey sent warplanes to bomb Syrian army positions near Idlib on Sunday.", "2025-03-03")
    assert rows == [("TUR", "SYR", "195")], rows
    rows = _codes("Israel dispatched fighter jets to strike Houthi ports on Monday.", "2025-05-27")
    assert [r[:2] for r in rows] == [("ISR", "YEM")] and rows[0][2][:2] in ("19", "18"), rows
    # a sending with no force after it stays what it was
    rows = _codes("Japan sent emergency aid to Turkey on Monday.", "2023-02-07")
    assert rows and all(r[2][:2] == "07" for r in rows), rows


def test_a_measure_an_exemption_lifts_is_eased() -> None:
    rows = _codes("The European Commission extended the waiver on duties for Ukrainian grain on Tuesday.", "2025-05-30")
    assert rows == [("IGO", "UKR", "085")], rows
    rows = _codes("Washington granted exemptions from sanctions to two Indian refiners on Friday.", "2025-05-30")
    assert rows == [("USA", "IND", "085")], rows
    # a measure imposed on a country is no exemption
    rows = _codes("Seoul imposed duties on Japanese steel on Friday.", "2025-05-30")
    assert rows == [("KOR", "JPN", "163")], rows


def test_dissatisfaction_is_criticism_of_the_story_act() -> None:
    rows = _codes("Japan imposed new duties on South Korean steel on Monday. South Korea's trade ministry said it was "
                  "strongly dissatisfied with the decision.", "2025-05-28")
    assert ("KOR", "JPN", "111") in rows, rows
    rows = _codes("Seoul expressed strong dissatisfaction with Tokyo's new export rules on Tuesday.", "2025-05-28")
    assert rows == [("KOR", "JPN", "111")], rows
    rows = _codes("Vietnam voiced displeasure over the Chinese survey ship's presence in its waters.", "2025-05-28")
    assert rows == [("VNM", "CHN", "111")], rows


def test_a_feeling_is_no_passive() -> None:
    # "was dissatisfied with X, signed by Y": the one dissatisfied speaks, the signer is not the actor
    rows = _codes("Tokyo said on Monday it was strongly dissatisfied with a Russian decree, signed by President "
                  "Vladimir Putin last week.", "2025-05-27")
    assert [r[:2] for r in rows] == [("JPN", "RUS")] and rows[0][2] == "111", rows


def test_as_soon_as_a_weekday_looks_forward() -> None:
    # a list of goods between the future word and the date no longer turns the weekday back
    rows = _rows("Ottawa is expected to announce duties on Chinese steel, aluminium and solar panels as soon as "
                 "Thursday.", "2024-08-20")  # a Tuesday
    assert [(r[0], r[1], r[2], str(r[3])) for r in rows] == [("CAN", "CHN", "163", "2024-08-22")], rows
