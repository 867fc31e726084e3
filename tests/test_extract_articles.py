"""Article-level rules of news writing (issue 11): who acts in reported clauses, readouts, transcripts.

The sentences and short documents are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import tension
from tension.text import discourse

PUB = dt.date(2023, 3, 10)


def _codes(text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.target, e.code) for e in tension.extract_events(text, published=PUB)]


# ---------------------------------------------------------------- reported clause with its own subject


@pytest.mark.parametrize("text", [
    "Manila's coast guard chief said on Monday 18 of the vessels had blocked a supply mission to the shoal.",
    "Lithuania's foreign ministry said several of the containers were refused entry at Chinese ports.",
    "Taipei's defence ministry said Chinese warships and aircraft crossed the median line of the strait.",
    "Manila has long been concerned that Chinese ships were blocking supply missions to the shoal.",
])
def test_reported_act_is_not_the_speakers(text: str) -> None:
    """The speaker of "X said <subject> <verb>" does not do what the reported subject did."""
    assert not any(a[:3] in ("PHL", "LTU", "TWN") for a, _, _ in _codes(text))


def test_regretted_act_is_not_the_speakers() -> None:
    got = _codes("Tokyo's foreign ministry on Friday expressed regret that the Chinese drone entered Japanese airspace.")
    assert not any(a[:3] == "JPN" and c[:2] in ("15", "19") for a, _, c in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker referred back to by a pronoun keeps the act
    ("Japan's foreign ministry said on Tuesday that it had lodged a protest with China.", ("JPNGOV", "CHN", "1")),
    # a second verb of the speaker after "and"
    ("China's foreign ministry spokesman said the buoy was lawful and rejected the Japanese demand.",
     ("CHNGOV", "JPN", "12")),
    # "told" has a listener before its clause
    ("President Biden told President Xi in a phone call on Friday that the United States did not seek conflict.",
     ("USAGOV", "CHN", "04")),
])
def test_speakers_own_acts_stay(text: str, expected: tuple[str, str, str]) -> None:
    got = _codes(text)
    assert any(a == expected[0] and t[:3] == expected[1] and c.startswith(expected[2]) for a, t, c in got), got


def test_reported_subject_rule() -> None:
    toks = "the ministry said 21 of the aircraft crossed the median line".split()
    assert discourse.reported_subject(toks, 2, 8)
    toks = "the ministry said in a statement on monday that it had expelled the diplomat".split()
    assert not discourse.reported_subject(toks, 2, 13)
    toks = "the us added 28 chinese companies to its entity list".split()
    assert not discourse.reported_subject(toks, 2, 9)  # "added" also takes an object
    toks = "biden told netanyahu in a phone call that".split()
    assert not discourse.reported_subject(toks, 1, 5)


# ---------------------------------------------------------------- readouts: topics and detainees


@pytest.mark.parametrize(("text", "expected"), [
    ("Biden pressed for the release of Americans wrongfully detained in China.", ("USAGOV", "CHN", "1053")),
    ("Japan demanded the release of its citizen held in China.", ("JPN", "CHN", "1053")),
])
def test_release_demand_targets_the_holder(text: str, expected: tuple[str, str, str]) -> None:
    """The country holding a detainee ("detained in China") is the target of a demand for release."""
    assert expected in _codes(text)


@pytest.mark.parametrize("text", [
    "Secretary Blinken raised the cases of Americans wrongfully detained in China.",
    "The minister stressed the importance of managing competition between the two countries.",
    "President Biden reaffirmed the importance of keeping open lines of communication with Beijing.",
])
def test_topic_of_a_readout_is_no_event(text: str) -> None:
    """The acts inside the topic a speaker raised are not the speaker's (nor new events)."""
    assert _codes(text) == []


def test_topic_ends_at_a_second_verb() -> None:
    got = _codes("Secretary Blinken raised the cases of Americans detained in China and condemned Beijing.")
    assert any(a == "USAGOV" and t[:3] == "CHN" and c[:2] == "11" for a, t, c in got), got
    assert not any(c[:2] == "17" for _, _, c in got)


# ---------------------------------------------------------------- denied intentions, generic subjects, conditions


@pytest.mark.parametrize("text", [
    "The general said he saw no imminent attempt by China to invade Taiwan.",
    "Whoever seeks to split Taiwan from China will be punished.",
    "Anyone who crosses the line will face sanctions from Beijing.",
    "Secretary Blinken said he will travel to China when conditions allow.",
    "The minister will visit Tokyo once the time is right.",
    "Washington and Beijing had appeared close to a trade truce in May.",
    "The two governments were on the verge of a deal on fentanyl, officials said.",
])
def test_no_event_told(text: str) -> None:
    assert _codes(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("China sent no warships but fired missiles toward Taiwan.", ("CHN", "TWN", "19")),
    ("Secretary Blinken will travel to China next week.", ("USAGOV", "CHN", "04")),
])
def test_events_next_to_denials_stay(text: str, expected: tuple[str, str, str]) -> None:
    got = _codes(text)
    assert any(a == expected[0] and t[:3] == expected[1] and c.startswith(expected[2]) for a, t, c in got), got


# ---------------------------------------------------------------- talks that end without a deal


@pytest.mark.parametrize("text", [
    "The summit between President Biden and President Xi collapsed on Thursday without an agreement.",
    "Secretary Blinken and Foreign Minister Wang Yi broke up on Friday without a deal.",
])
def test_talks_ending_without_a_deal_are_broken_off(text: str) -> None:
    got = _codes(text)
    assert any(c == "164" and {a[:3], t[:3]} == {"USA", "CHN"} for a, t, c in got), got
    assert not any(c[:2] in ("03", "04", "05", "06", "19") for _, _, c in got), got


def test_talks_ending_with_a_deal_are_not_broken_off() -> None:
    got = _codes("Secretary Blinken and Foreign Minister Wang Yi concluded on Friday with an agreement on fentanyl.")
    assert not any(c == "164" for _, _, c in got), got


# ---------------------------------------------------------------- protection as rhetoric


@pytest.mark.parametrize("text", [
    "To safeguard its national interests, China will respond firmly, the ministry said.",
    "Beijing would take all necessary measures to protect the legitimate rights of Chinese firms.",
    "The Philippine coast guard said the Chinese ships left the shoal.",
])
def test_protection_rhetoric_is_no_protection(text: str) -> None:
    assert not any(c == "074" for _, _, c in _codes(text))


def test_military_protection_stays() -> None:
    assert any(c == "074" for _, _, c in _codes("American warships guarded Taiwanese tankers in the strait."))


# ---------------------------------------------------------------- briefing transcripts and listed demands

_BRIEFING = """Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 9, 2023

Q: The US approved another arms sale to Taiwan last week. What is China's response?

A: China firmly opposes this. We urge the US side to honour its commitments, stop arming Taiwan and end its military contact with the region.

We will take resolute measures to defend our interests.
"""


def test_briefing_answer_is_the_spokespersons() -> None:
    got = [(e.actor, e.target, e.code) for e in tension.extract_events(_BRIEFING, published=PUB)]
    assert any(a == "CHNGOV" and t[:3] == "USA" and c[:2] in ("02", "10") for a, t, c in got), got
    # the later items of the demand are what the US is asked to do, no act of China towards Taiwan
    assert not any(a[:3] == "CHN" and t[:3] == "TWN" for a, t, _ in got), got
    # the question tells no event
    assert not any(a[:3] == "USA" and t[:3] == "TWN" for a, t, _ in got), got


def test_listed_stop_makes_a_demand_to_yield() -> None:
    got = _codes("China urged the US side to abide by the one-China principle, stop selling arms to Taiwan "
                 "and cut off military ties with the island.")
    assert any(a[:3] == "CHN" and t[:3] == "USA" and c in ("025", "1042") for a, t, c in got), got
    assert not any(t[:3] == "TWN" for _, t, _ in got), got


def test_listed_stop_and_appeal_list() -> None:
    toks = "to respect the principle and stop selling arms".split()
    assert discourse.listed_stop(toks, 0, len(toks))
    toks = "to work together so that the war will stop".split()
    assert not discourse.listed_stop(toks, 0, len(toks))
    toks = "urged japan to drop the plan and cut off ties".split()
    assert discourse.in_appeal_list(toks, 1, 8)


def test_what_participants_take_part_in_is_theirs() -> None:
    got = _codes("Beijing imposed sanctions on American firms involved in the arms sales to Taiwan.")
    assert ("CHN", "USABUS", "163") in got, got
    assert not any(a[:3] == "CHN" and t[:3] == "TWN" for a, t, _ in got), got


@pytest.mark.parametrize("text", [
    "President Biden described Xi as a dictator.",
    "Washington described the Chinese balloon as a provocation.",
    "Tokyo regarded the Chinese drills as a threat.",
])
def test_describing_as_is_calling(text: str) -> None:
    assert any(c == "111" for _, _, c in _codes(text))


def test_a_relative_that_after_a_reporting_verb_is_no_reported_clause() -> None:
    """'told reporters in a press conference that capped two days of meetings': the meetings are the
    teller's; 'told reporters that Chinese ships had rammed ...' stays a report of the ships."""
    got = _codes("Blinken told reporters in Beijing in a press conference that capped two days of meetings "
                 "with Chinese officials.")
    assert any(a[:3] == "USA" and t[:3] == "CHN" and c[:2] == "04" for a, t, c in got), got
    toks = "manila told reporters that chinese ships had rammed a boat".split()
    assert discourse.reported_subject(toks, 1, 7)


@pytest.mark.parametrize("text", [
    "Four US lawmakers will travel to Detroit to push carmakers to reduce their supply-chain exposure to China.",
    "Analysts said the long-range missile test was a message to Washington.",
])
def test_a_hyphenated_compound_is_no_dictionary_verb(text: str) -> None:
    """'supply-chain', 'long-range': a word joined to its neighbour by a hyphen is part of a compound noun."""
    got = _codes(text)
    assert not any(c[:2] == "06" for _, _, c in got), got
    assert not any(t[:3] == "CHN" and c[:2] in ("06", "04") for _, t, c in got), got
