"""Tests for the diplomacy-and-speech rules of the fourth round: charges carried by the reporter's words
inside reported speech, judgements in briefings, retaliation vowed without a named target, offices placed
by the story. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

import tension
from tension.text import clauses

PUB = "2024-05-01"  # a Wednesday


def _codes(text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    t = tension.extract_events(text, published=published)
    return [(e.actor, e.target, e.code) for e in t]


def _roots(text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    return [(a[:3], t[:3], c[:2]) for a, t, c in _codes(text, published)]


# ---------------------------------------------------------------- a charged act in reported speech


@pytest.mark.parametrize(
    ("text", "expected", "not_act"),
    [
        ("China's coast guard said on Tuesday that a Philippine supply ship had deliberately rammed one of its "
         "vessels.", ("CHN", "PHL", "11"), ("PHL", "CHN")),
        ("The coast guard of China said in a statement on Monday that the Philippine boats had \"deliberately and "
         "dangerously approached\" a Chinese vessel.", ("CHN", "PHL", "11"), ("PHL", "CHN")),
        ("Tokyo said Chinese fishing boats had intentionally entered Japanese waters near the islands.",
         ("JPN", "CHN", "11"), ("CHN", "JPN")),
        ("Vietnam said the Chinese survey ship had illegally blocked its fishing boats on Monday.",
         ("VNM", "CHN", "11"), ("CHN", "VNM")),
    ],
)
def test_a_charged_act_is_the_speakers_accusation(text: str, expected: tuple[str, str, str],
                                                  not_act: tuple[str, str]) -> None:
    """'X said Y had deliberately <act>': X accuses Y; Y's act is X's claim, not news."""
    got = _roots(text)
    assert expected in got
    assert not any((a, t) == not_act for a, t, _ in got)


def test_a_charged_act_is_an_accusation_code() -> None:
    got = _codes("Manila said Chinese ships had deliberately rammed a Philippine supply boat on Sunday.")
    assert [c for a, t, c in got if a.startswith("PHL")] == ["112"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact told by a source, with no charge, stays the reported party's act
        ("Manila said Chinese ships had rammed a Philippine supply boat on Sunday.", ("CHN", "PHL", "19")),
        # armed force stays news although charged
        ("Ukraine said Russian forces deliberately shelled Ukrainian villages on Monday.", ("RUS", "UKR", "19")),
    ],
)
def test_uncharged_facts_and_armed_force_stay_acts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text)


def test_a_supply_ship_is_no_supply() -> None:
    """'a Philippine supply ship': a noun modifier of a craft, no economic act."""
    got = _roots("A Philippine supply ship reached the grounded warship on Tuesday, the navy said.")
    assert not any(c == "06" for _, _, c in got)


def test_blamed_act_function() -> None:
    toks = "said the ship had deliberately and dangerously rammed the boat".split()
    assert clauses.blamed_act(toks, 4, 7)
    assert not clauses.blamed_act(toks, 4, 9)
    assert not clauses.blamed_act("said the ship had rammed the boat".split(), 3, 4)
