"""Reference across sentences and clauses in articles (issue 11, round 5): a later sentence calls
back the story's act or actor ("The move drew an angry response from Beijing", "Those duties will
now be halved", "It also summoned the U.S. ambassador").

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import tension
from tension.text import discourse

PUB = dt.date(2024, 5, 15)  # a Wednesday


def _events(text: str) -> list[tuple[str, str, str, dt.date]]:
    return [(e.actor, e.target, e.code, e.date) for e in tension.extract_events(text, published=PUB)]


# ---------------------------------------------------------------- a reaction to the act told before


@pytest.mark.parametrize("text, reactor, mover", [
    ("The United States shut the Chinese consulate in Houston on Tuesday. "
     "The move drew an angry response from Beijing.", "CHN", "USA"),
    ("Washington added 12 Chinese firms to its export blacklist. The decision drew a sharp rebuke from Beijing.",
     "CHN", "USA"),
    ("Chinese warships held live-fire drills around Taiwan on Monday. "
     "The move drew condemnation from Washington.", "USA", "CHN"),
    ("Japan restricted exports of chip-making tools to China last week. "
     "Those measures prompted a protest from Beijing.", "CHN", "JPN"),
])
def test_retold_move_draws_a_reaction(text: str, reactor: str, mover: str) -> None:
    got = _events(text)
    assert any(a[:3] == reactor and t[:3] == mover and c[:2] in ("11", "10") for a, t, c, _ in got), got


@pytest.mark.parametrize("text", [
    # a cooperative act is no "move" a protest answers
    "The United States and China agreed to cut tariffs on Monday. The move drew praise from Japan.",
    # an indefinite noun calls back nothing
    "A move by an unnamed company drew an angry response from Beijing.",
])
def test_retold_move_must_not(text: str) -> None:
    got = _events(text)
    assert not any(c[:2] == "11" for _, _, c, _ in got), got


def test_retold_move_helper() -> None:
    assert discourse.retold_move("those steps drew criticism from tokyo".split(), 0, 2)
    assert not discourse.retold_move("washington s move drew criticism".split(), 0, 3)


# ---------------------------------------------------------------- easing a measure told before


@pytest.mark.parametrize("text, actor, target", [
    ("The United States imposed tariffs on Chinese steel in March. "
     "Those duties will now be halved, the Commerce Department said on Wednesday.", "USA", "CHN"),
    ("China imposed sanctions on Lockheed Martin in 2020. Those sanctions were lifted on Monday.", "CHN", "USA"),
    ("China imposed export controls on American drone makers in March. "
     "On Wednesday Beijing suspended the export controls.", "CHN", "USA"),
])
def test_easing_of_a_retold_measure(text: str, actor: str, target: str) -> None:
    got = _events(text)
    assert any(a[:3] == actor and t[:3] == target and c[:2] == "08" for a, t, c, _ in got), got


@pytest.mark.parametrize("text", [
    "The United States imposed tariffs on Chinese steel in March. The tariffs were raised again on Monday.",
    "The United States imposed tariffs on Chinese steel in March. The tariffs will not be lifted, officials said.",
    "Analysts said higher prices were likely. The tariffs were lifted on Monday.",  # the story told no measure
])
def test_easing_of_a_retold_measure_must_not(text: str) -> None:
    got = _events(text)
    assert not any(c[:2] == "08" for _, _, c, _ in got), got


def test_retold_easing_helper() -> None:
    assert discourse.retold_easing("the curbs were partly eased".split(), 0, 5)
    assert not discourse.retold_easing("the curbs were tightened".split(), 0, 4)


# ---------------------------------------------------------------- relative clauses telling the next step


@pytest.mark.parametrize("text, actor, target, root", [
    ("The ban drew protests from Beijing, which then expelled two American diplomats.", "CHN", "USA", "17"),
    ("Japan lodged a protest with China, which then summoned the Japanese ambassador.", "CHN", "JPN", "11"),
    ("Manila filed a protest with Beijing, which later detained three Filipino fishermen.", "CHN", "PHL", "17"),
])
def test_relative_clause_next_step(text: str, actor: str, target: str, root: str) -> None:
    got = _events(text)
    assert any(a[:3] == actor and t[:3] == target and c[:2] == root for a, t, c, _ in got), got


@pytest.mark.parametrize("text", [
    # background about the antecedent, no sequence adverb: no new act
    "Japan lodged a protest with China, which has detained several Japanese citizens.",
    # a place, not an actor
    "The talks were held in Beijing, which then hosted a banquet for the Japanese delegation.",
])
def test_relative_clause_next_step_must_not(text: str) -> None:
    got = _events(text)
    assert not any(a[:3] == "CHN" and t[:3] == "JPN" for a, t, _, _ in got), got
