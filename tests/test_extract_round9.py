"""Rules of the ninth round (the lead's), found on the dev set's misses (our own sentences here)."""

from __future__ import annotations

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_denial_of_a_joint_accusation_answers_its_first_named_maker() -> None:
    rows = _rows("Canada and Australia on Monday accused Russia of hacking their ministries. Russia rejected "
                 "the accusations on Tuesday.", "2024-03-27")
    assert ("RUS", "CAN", "016", "2024-03-26") in rows, rows
    # a later accusation by one of them alone is the one answered
    rows = _rows("Canada and Australia on Monday accused Russia of hacking. On Tuesday Australia alone accused "
                 "Russia of spying. Russia rejected the accusations on Wednesday.", "2024-03-28")
    assert ("RUS", "AUS", "016", "2024-03-27") in rows, rows
