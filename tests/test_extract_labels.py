"""A damning name given to a party is the namer's accusation or criticism (sentences written here)."""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events


def _pairs(text: str, published: str = "2019-08-06") -> list[tuple[str, str, str]]:
    return [(r[0][:3], r[1][:3], r[2]) for r in _coded_events(text, published)]


@pytest.mark.parametrize(("text", "code"), [
    ("The Treasury Department on Monday labelled China a currency manipulator.", "112"),
    ("Washington formally designated China a currency manipulator on Monday.", "112"),
    ("Secretary of State Mike Pompeo called Russia an aggressor on Monday.", "112"),
    ("Pompeo called the Chinese Communist Party a threat on Monday.", "111"),
])
def test_a_damning_name_is_a_judgement_of_the_named(text: str, code: str) -> None:
    got = _pairs(text)
    assert got and got[0][1] in ("CHN", "RUS") and got[0][0] == "USA" and got[0][2] == code, got


@pytest.mark.parametrize("text", [
    "Biden called China a partner on Monday.",
    "China called the talks constructive on Monday.",
])
def test_a_neutral_name_is_no_accusation(text: str) -> None:
    assert not any(c[:3] in ("111", "112") for _, _, c in _pairs(text)), _pairs(text)


def test_a_view_said_is_a_judgement_a_view_held_is_not() -> None:
    assert ("USA", "CHN", "111") in _pairs("Biden said he still regarded Xi as a dictator.", "2023-11-16")
    assert not _pairs("Many in Washington view Beijing as a threat.", "2023-11-16")
