"""Rules of the thirteenth round (the lead's), each checked on sentences written fresh for the construction."""

from __future__ import annotations

import pytest

import tension

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _pairs(text: str, published: str) -> set[frozenset[str]]:
    return {frozenset((a, t)) for a, t, _, _ in _rows(text, published)}


@pytest.mark.parametrize("text, members", [
    ("The leaders of South Korea, Japan and China met in Seoul on Monday.", ("KOR", "JPN", "CHN")),
    ("India, Brazil and South Africa signed a trade pact on Tuesday.", ("IND", "BRA", "ZAF")),
    ("The defense chiefs of Australia, Japan and the US met in Singapore on Saturday.", ("AUS", "JPN", "USA")),
    ("The US, Japan and South Korea agreed to share missile warning data in real time.", ("USA", "JPN", "KOR")),
])
def test_three_parties_acting_jointly_are_each_two_of_them(text: str, members: tuple[str, str, str]) -> None:
    a, b, c = members
    assert {frozenset((a, b)), frozenset((a, c)), frozenset((b, c))} <= _pairs(text, "2024-05-15")


def test_four_parties_are_left_to_the_story_and_a_list_acting_on_a_target_is_not_joint() -> None:
    pairs = _pairs("The foreign ministers of the United States, Japan, India and Australia met in Tokyo.",
                   "2020-10-06")
    assert frozenset(("IND", "AUS")) not in pairs, pairs
    rows = _rows("Britain, France and Germany held talks with Iran in Geneva on Friday.", "2024-05-15")
    assert {(a, t) for a, t, _, _ in rows} == {("GBR", "IRN"), ("FRA", "IRN"), ("DEU", "IRN")}, rows


def test_a_role_of_a_country_is_shared_by_the_list_after_it() -> None:
    table = tension.extract_events("The foreign ministers of Japan and China met in Busan on Sunday.",
                                   published="2024-05-15")
    assert {(a, t) for a, t in zip(table.actor, table.target)} == {("JPNGOV", "CHNGOV")}
    table = tension.extract_events("The defense chiefs of Australia, Japan and the US met in Singapore.",
                                   published="2024-05-15")
    assert set(table.actor) | set(table.target) == {"AUSMIL", "JPNMIL", "USAMIL"}


def test_an_undated_hosting_retells_the_meeting_of_the_lead() -> None:
    story = ("HANOI — The leaders of Vietnam and Thailand met in Hanoi on Monday to discuss trade.\n\n"
             "Vietnamese Prime Minister Pham Minh Chinh hosted Thai Prime Minister Srettha Thavisin at the "
             "government office.")
    rows = _rows(story, "2024-05-15")
    assert rows and all(d == "2024-05-13" for _, _, c, d in rows if c.startswith("04")), rows
