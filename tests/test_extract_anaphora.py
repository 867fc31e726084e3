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


# ---------------------------------------------------------------- a record's "since", talks held by the subject


def test_record_since_is_no_background() -> None:
    got = _events("President Biden praised President Xi on Thursday. The two leaders met for four hours, "
                  "their first face-to-face meeting since 2019.")
    assert any(c[:2] == "04" for _, _, c, _ in got), got


def test_habit_since_stays_background() -> None:
    got = _events("China has imposed tariffs on American soybeans since 2019.")
    assert not any(d == PUB for _, _, _, d in got), got


@pytest.mark.parametrize("text, pair", [
    ("President Biden said on Wednesday that relations had improved, after talks with President Xi in Woodside.",
     {"USA", "CHN"}),
    ("Japan's prime minister spoke to reporters after talks with the South Korean president in Seoul.",
     {"JPN", "KOR"}),
])
def test_talks_after_are_the_subjects(text: str, pair: set[str]) -> None:
    got = _events(text)
    assert any({a[:3], t[:3]} == pair and c[:2] == "04" for a, t, c, _ in got), got


def test_talks_that_collapsed_are_no_meeting() -> None:
    got = _events("Japan protested on Monday after talks with China collapsed.")
    assert not any(c[:2] == "04" for _, _, c, _ in got), got


# ---------------------------------------------------------------- days told from the previous sentence's


@pytest.mark.parametrize("text, published, actor, day, precision", [
    ("Lithuania let Taiwan open an office in Vilnius in July. Beijing recalled its ambassador from the country "
     "a month later.", dt.date(2021, 9, 1), "CHN", dt.date(2021, 8, 1), "month"),
    ("The United States imposed tariffs on Chinese goods on Friday. China retaliated the same day with duties "
     "on American soybeans.", dt.date(2018, 7, 7), "CHN", dt.date(2018, 7, 6), "day"),
    ("Chinese ships blocked a Philippine supply boat on Sunday. Manila lodged a protest with Beijing the "
     "following day.", dt.date(2023, 10, 24), "PHL", dt.date(2023, 10, 23), "day"),
    ("Chinese ships blocked a Philippine supply boat on Sunday. Manila lodged a protest with Beijing two "
     "days later.", dt.date(2023, 10, 25), "PHL", dt.date(2023, 10, 24), "day"),
])
def test_day_told_from_the_previous_sentence(text: str, published: dt.date, actor: str, day: dt.date,
                                             precision: str) -> None:
    got = [(e.actor, e.date, e.precision) for e in tension.extract_events(text, published=published)]
    assert any(a[:3] == actor and d == day and p == precision for a, d, p in got), got


def test_later_with_no_date_before_keeps_the_publication_day() -> None:
    got = [(e.actor, e.date) for e in tension.extract_events(
        "Manila lodged a protest with Beijing a day later.", published=dt.date(2023, 10, 24))]
    assert all(d == dt.date(2023, 10, 24) for _, d in got), got


# ---------------------------------------------------------------- a comment on "the decision" the story told


def test_opposed_the_decision_taken_against_the_commenter() -> None:
    got = _events("Washington added 33 Chinese entities to its export blacklist on Tuesday. China's commerce "
                  "ministry said it firmly opposed the decision and would take measures to protect Chinese firms.")
    assert any(a[:3] == "CHN" and t[:3] == "USA" and c[:2] == "11" for a, t, c, _ in got), got
    assert not any(a[:3] == "CHN" and t[:3] == "CHN" for a, t, _, _ in got), got


@pytest.mark.parametrize("text", [
    # the decision was not taken against the commenter: no target from the story
    "The European Union imposed duties on Chinese cars on Tuesday. France said it regretted the decision.",
    # a restricted noun has content of its own
    "China condemned the decision to ban Chinese drones.",
])
def test_opposed_the_decision_must_not(text: str) -> None:
    got = _events(text)
    assert not any(a[:3] in ("FRA", "CHN") and c[:2] == "11" for a, _, c, _ in got), got


# ---------------------------------------------------------------- "the two" and a topic being reviewed


def test_the_two_is_the_pair_just_named() -> None:
    got = _events("Australia's trade minister met his Chinese counterpart in Beijing on Friday. "
                  "The two agreed to review the duties on Australian wine.")
    assert any({a[:3], t[:3]} == {"AUS", "CHN"} and c[:2] == "03" for a, t, c, _ in got), got
    assert not any(c[:2] == "16" for _, _, c, _ in got), got  # reviewing duties imposes none


def test_the_two_before_a_noun_is_no_pair() -> None:
    got = _events("China added two American firms to its entity list on Monday. "
                  "The two firms will be barred from trade with China.")
    assert not any(a[:3] == "USA" for a, _, _, _ in got), got


# ---------------------------------------------------------------- the reactor's next measure


def test_reactor_then_tightens_its_measures() -> None:
    got = _events("Washington's decision to widen its export blacklist drew an angry response from Beijing, "
                  "which then tightened its controls on rare earths.")
    assert any(a[:3] == "USA" and t[:3] == "CHN" and c[:2] == "16" for a, t, c, _ in got), got
    assert any(a[:3] == "CHN" and t[:3] == "USA" and c[:2] == "16" for a, t, c, _ in got), got


def test_reactor_threat_is_not_doubled() -> None:
    # the threat told in the relative clause is the reaction itself: no second, target-less threat pair
    got = _events("President Trump signed the bill on Wednesday, drawing a furious response from Beijing, "
                  "which threatened unspecified countermeasures.")
    assert sum(1 for a, _, c, _ in got if a[:3] == "CHN" and c[:2] == "13") <= 1, got


# ---------------------------------------------------------------- "them" as an object


def test_them_is_the_group_named_before() -> None:
    got = _events("The State Department ordered the consulate closed on Tuesday, giving Chinese diplomats "
                  "72 hours to leave, and accused them of aiding efforts to steal research.")
    assert any(a[:3] == "USA" and t[:3] == "CHN" and c == "112" for a, t, c, _ in got), got


def test_two_of_them_is_no_target() -> None:
    got = _events("The ministry summoned Japanese diplomats on Tuesday, and two of them left the country.")
    assert not any(t[:3] == "JPN" and c[:2] == "17" for _, t, c, _ in got), got
