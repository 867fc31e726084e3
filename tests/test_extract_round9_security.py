"""Rules of the ninth round (security pass), found on the dev set's misses (our own sentences here)."""

from __future__ import annotations

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _full(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in _coded_events(text, published)]


def test_and_a_time_adverbial_before_a_named_subject_opens_a_clause() -> None:
    rows = _rows("The ambassador said that the United States stood with the Philippines, and on Tuesday the State "
                 "Department accused Beijing of lying.", "2021-03-23")
    assert ("USA", "PHL", "052", "2021-03-23") in rows and ("USA", "CHN", "112", "2021-03-23") in rows, rows
    rows = _rows("India summoned the Chinese envoy on Friday, and on Saturday Beijing lodged a complaint with the "
                 "Indian ambassador.", "2023-06-10")
    assert ("IND", "CHN", "114", "2023-06-09") in rows and ("CHN", "IND", "114", "2023-06-10") in rows, rows


def test_a_titled_speakers_appositive_name_leaves_the_reported_clause_its_subject() -> None:
    rows = _rows("The American ambassador, Sung Kim, said that Washington condemned China.", "2021-03-23")
    assert [r[:3] for r in rows] == [("USA", "CHN", "111")], rows
    rows = _rows("Japan's defense minister, Nobuo Kishi, said Chinese and Russian bombers had flown near Japan.",
                 "2022-05-24")
    assert {r[:3] for r in rows} == {("CHN", "JPN", "150"), ("RUS", "JPN", "150")}, rows
    # the title's own act stays the title's
    assert _full("The Chinese foreign minister, Wang Yi, met Blinken on Friday.", "2021-03-23")[0][:2] == (
        "CHNGOV", "USAGOV")
