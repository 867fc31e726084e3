"""Rules of the twelfth round (the lead's), each checked on sentences written fresh for the construction."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_pronoun_after_a_reporting_verb_is_its_subject() -> None:
    story = "Australia criticized Beijing on Monday. Canada said on Tuesday it would expel two Russian diplomats."
    rows = _rows(story, "2021-03-23")
    assert ("CAN", "RUS", "174", "2021-03-23") in rows, rows
    assert not any(a == "AUS" and t == "RUS" for a, t, _, _ in rows), rows
    # not the previous sentence's subject as the target of the speaker's own act
    story = "Australia criticized Beijing on Monday. Japan said on Tuesday that it would release treated water."
    assert [r for r in _rows(story, "2021-03-23") if r[0] == "JPN"] == []
    # an expletive "it" stays no party
    story = "Norway protested on Monday. Canada said it was unclear whether Russia would expel diplomats."
    assert not any(a == "CAN" for a, _, _, _ in _rows(story, "2021-03-23"))


def test_an_event_noun_after_the_practice_of_is_talked_about() -> None:
    rows = _rows("The ministry said Beijing hoped Washington would correct the wrong practice of unilateral "
                 "tariff increases.", "2025-05-12")
    assert not any(c.startswith("16") for _, _, c, _ in rows), rows
    rows = _rows("India urged Pakistan to abandon its policy of cross-border attacks.", "2025-05-12")
    assert not any(c.startswith(("18", "19")) for _, _, c, _ in rows), rows
