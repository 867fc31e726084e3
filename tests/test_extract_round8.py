"""Rules of the eighth round (the lead's), found on the dev set's misses (our own sentences here)."""

from __future__ import annotations

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _full(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in _coded_events(text, published)]


def test_a_city_before_a_company_gives_the_company_its_country() -> None:
    assert _full("Britain imposed sanctions on a Wuhan company on Monday.", "2024-03-26") == [("GBR", "CHNBUS", "163")]
    assert _full("Canada barred two Shenzhen-based firms from its 5G networks on Monday.",
                 "2024-03-26")[0][1] == "CHNBUS"
    # a firm placed after its noun too; officials placed in a city are visitors, not its citizens
    assert [r[:2] for r in _full("France fined a company based in Osaka on Monday.", "2024-03-26")] == [("FRA", "JPNBUS")]
    # a possessive owns what its city-named thing is ("China's Liaoning aircraft carrier"): no other target
    rows = _rows("China's Liaoning aircraft carrier sailed past two Japanese islands near Taiwan on Monday.",
                 "2024-09-19")
    assert not any(t == "TWN" for _, t, _, _ in rows), rows


def test_police_and_protesters_in_a_city_are_that_citys_country() -> None:
    assert _full("Police in Lahore arrested dozens of protesters on Sunday.", "2024-03-26") == [
        ("PAKCOP", "PAKOPP", "173")]


def test_rejecting_the_criticism_is_a_denial_aimed_at_the_critic() -> None:
    rows = _rows("Japan criticised China on Tuesday. China rejected the criticism on Wednesday.", "2022-04-20")
    assert ("CHN", "JPN", "016", "2022-04-20") in rows, rows


def test_a_conjoined_clause_opened_by_a_time_adverbial_is_a_clause_of_its_own() -> None:
    rows = _rows("Mr. Rutte met Olaf Scholz on Sunday, and on Monday morning he met President Macron.", "2023-06-20")
    assert ("NLD", "DEU", "040", "2023-06-18") in rows and ("NLD", "FRA", "040", "2023-06-19") in rows, rows
    rows = _rows("Ms. Baerbock held talks with Wang Yi, and later she met Prime Minister Kishida.", "2023-06-20")
    assert {(a, t) for a, t, _, _ in rows} == {("DEU", "CHN"), ("DEU", "JPN")}, rows


def test_denying_a_party_the_right_to_act_is_criticism_of_it() -> None:
    rows = _rows("Moscow said on Monday that Washington had no right to intervene in the dispute.", "2023-06-20")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "USA", "111")], rows


def test_mark_rutte_was_the_dutch_prime_minister_before_he_led_nato() -> None:
    assert _full("Mark Rutte met Olaf Scholz on Sunday.", "2023-06-20")[0][0] == "NLDGOV"
    assert _full("Mark Rutte met Olaf Scholz on Sunday.", "2024-12-20")[0][0] == "IGOWSTNAT"


def test_denying_the_reports_answers_whoever_made_the_charge() -> None:
    rows = _rows("Norway accused Russia of espionage on Friday. Russia on Monday denied the reports.", "2019-12-16")
    assert ("RUS", "NOR", "016", "2019-12-16") in rows, rows
