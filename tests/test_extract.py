"""Tests for tension.text.extract: events from news sentences across event families, negation and dates."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tension
from tension.exceptions import FieldTypeError, SchemaError

PUB = "2024-05-01"  # a Wednesday


def _events(text: str, published: str = PUB) -> list[tuple[str, str, str, str]]:
    t = tension.extract_events(text, published=published)
    return [(e.actor, e.target, e.code, e.date.isoformat()) for e in t]


def _codes(text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    return [(a, t, c) for a, t, c, _ in _events(text, published)]


# ---------------------------------------------------------------- event families


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Joe Biden met Chinese President Xi Jinping near San Francisco.", ("USAGOV", "CHNGOV", "040")),
        ("Russian President Vladimir Putin hosted Xi Jinping in Moscow.", ("RUSGOV", "CHNGOV", "043")),
        ("Chinese Foreign Minister Qin Gang spoke by phone with his Russian counterpart Sergei Lavrov.",
         ("CHNGOV", "RUSGOV", "041")),
        ("Xi and Putin held talks in Moscow.", ("CHNGOV", "RUSGOV", "040")),
        ("Ukraine's President Volodymyr Zelensky praised Poland for its support.", ("UKRGOV", "POL", "051")),
        ("France and Germany signed a defense agreement in Berlin.", ("FRA", "DEU", "057")),
        ("Egypt mediated between Israel and the Palestinians.", ("EGY", "ISR", "045")),
        ("Saudi Arabia and Iran restored diplomatic relations.", ("SAU", "IRN", "054")),
    ],
)
def test_cooperation(text: str, expected: tuple[str, str, str]) -> None:
    """Meetings, visits, calls, praise, agreements and mediation are coded with direction."""
    assert _codes(text, "2023-11-20")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi Jinping accused the United States of using its military might.", ("CHNGOV", "USA", "112")),
        ("The Chinese embassy in London criticized the British government's decision.",
         ("CHNGOV", "GBRGOV", "111")),
        ("Beijing lodged solemn representations with Washington over the remarks.", ("CHN", "USA", "114")),
        ("The Philippines summoned the Chinese ambassador to protest.", ("PHL", "CHNGOV", "114")),
        ("Putin warned NATO against sending troops to Ukraine.", ("RUSGOV", "IGOWSTNAT", "130")),
        ("Biden threatened to impose tariffs on all Chinese imports.", ("USAGOV", "CHN", "1312")),
        ("The European Union imposed new sanctions on Iran.", ("IGOEUREEC", "IRN", "163")),
        ("The Dutch government restricted exports of chipmaking equipment to China.", ("NLDGOV", "CHN", "163")),
        ("Germany expelled two Russian diplomats.", ("DEU", "RUSGOV", "174")),
        ("Venezuelan authorities arrested two American citizens.", ("VENGOV", "USA", "173")),
        ("Chinese warships conducted drills near Taiwan.", ("CHNMIL", "TWN", "150")),
        ("A US fighter jet shot down the Chinese balloon off the coast of South Carolina.", ("USAMIL", "CHN", "190")),
        ("Israel launched airstrikes on Lebanon.", ("ISR", "LBN", "195")),
        ("Indian and Pakistani troops clashed along the Line of Control.", ("INDMIL", "PAKMIL", "190")),
        ("North Korea fired a ballistic missile into the sea off Japan, Seoul said.", ("PRK", "JPN", "190")),
    ],
)
def test_conflict(text: str, expected: tuple[str, str, str]) -> None:
    """Accusations, protests, threats, sanctions, expulsions, arrests, force and fighting."""
    assert _codes(text)[0] == expected


def test_tension_comes_from_the_codebook() -> None:
    """Each event's tension is minus the Goldstein value of its code."""
    t = tension.extract_events("China condemned the US. Japan and India signed a trade deal.", published=PUB)
    assert np.allclose(t.tension, tension.codebook.tension_of(t.code))
    assert (t.tension[t.code == "111"] > 0).all() and (t.tension[t.code == "057"] < 0).all()


# ---------------------------------------------------------------- negation and reversal


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chinese Defense Minister Li Shangfu has declined to meet with Lloyd Austin.", "125"),
        ("China refused an invitation to hold talks with the US defense secretary.", "125"),
        ("Blinken postponed his trip to Beijing.", "160"),
        ("Washington called off a planned visit by Gina Raimondo to Beijing.", "160"),
        ("Russia scrapped a planned summit with Ukraine.", "125"),
        ("Iran halted negotiations with the European Union.", "125"),
        ("US lawmakers will no longer travel to China.", "160"),
        ("Turkey refused to release the detained Swedish journalist.", "120"),
    ],
)
def test_refusals_and_cancellations_become_conflict(text: str, code: str) -> None:
    """A refused or cancelled cooperative act is its conflictual counterpart, never cooperation."""
    t = tension.extract_events(text, published="2023-06-19")
    assert t.code.tolist() == [code]
    assert (t.tension > 0).all()


@pytest.mark.parametrize(
    "text",
    [
        "There was no progress on restoring direct contacts between the US and China.",
        "The talks between Iran and the United States ended without an agreement.",
        "Japan and South Korea failed to reach an agreement on the issue.",
        "China did not praise the United States.",
        "There was no sign that his meetings with Chinese officials helped resolve differences with the US.",
        "The US did not impose new tariffs on China.",
        "Beijing would host Washington's envoy if the US lifts sanctions.",
    ],
)
def test_negated_events_are_never_cooperation(text: str) -> None:
    """Negated, failed or conditional cooperation yields no cooperative event."""
    t = tension.extract_events(text, published="2023-06-19")
    negative = t.tension < 0
    if negative.any():  # only the talks themselves may remain, never the agreement
        assert set(t.code[negative].tolist()) <= {"040"}
    assert "163" not in t.code.tolist()


def test_negated_conflict_is_dropped() -> None:
    """'did not criticize' is no criticism."""
    assert _codes("Japan did not criticize China over the incident.") == []


# ---------------------------------------------------------------- direction, joint events, speech


def test_joint_subject_is_one_event() -> None:
    """'The US and China agreed' is a single event between the two."""
    assert _codes("The US and China agreed to boost dialogue.") == [("USA", "CHN", "030")]


def test_passive_is_turned_around() -> None:
    """'Beijing was criticized by Canberra' has Canberra as actor."""
    assert _codes("Beijing was criticized by Canberra for the detention of a writer.") == [("AUS", "CHN", "111")]


def test_agent_after_noun() -> None:
    """'a loan from China' makes China the giver."""
    assert _codes("Kenya received a $1 billion loan from China.") == [("CHN", "KEN", "071")]


def test_reporter_is_not_the_subject() -> None:
    """'The State Department said China had ...': China acts."""
    got = _codes("The State Department said China had expelled two American journalists.")
    assert got == [("CHN", "USA", "174")]


def test_quoted_speech_is_the_speakers() -> None:
    """'We' in a quote is the speaker, carried into a following all-quote sentence."""
    text = ("“We have no illusions,” Blinken told reporters in Beijing after meeting Chinese officials. "
            "“There are many issues on which we strongly disagree.”")
    got = _codes(text, "2023-06-19")
    assert ("USAGOV", "CHN", "110") in got or ("USAGOV", "CHNGOV", "110") in got


def test_places_are_not_targets() -> None:
    """'met in Indonesia' does not make Indonesia the target."""
    got = _codes("Biden and Xi pledged to improve relations during a meeting in Indonesia.", "2022-11-20")
    assert got == [("USAGOV", "CHNGOV", "030")]


def test_office_holders_are_coded_by_date() -> None:
    """Pompeo is CIA (USASPY) in 2017 and Secretary of State (USAGOV) in 2019; titles are the fallback."""
    assert _codes("Pompeo criticized China.", "2017-06-01") == [("USASPY", "CHN", "111")]
    assert _codes("Pompeo criticized China.", "2019-06-01") == [("USAGOV", "CHN", "111")]
    assert _codes("Trump criticized China.", "2023-06-01") == [("USAELI", "CHN", "111")]
    assert _codes("Defense Secretary Mattis arrived in Beijing.", "2018-06-26") == [("USAMIL", "CHN", "042")]
    assert _codes("Former Defense Secretary Mattis criticized China.", "2023-06-01") == [("USAMIL", "CHN", "111")]


def test_country_role_composition() -> None:
    """'Japan's Foreign Ministry' is JPNGOV even though 'Foreign Ministry' alone defaults to China."""
    assert _codes("Japan's Foreign Ministry protested to South Korea.") == [("JPNGOV", "KOR", "114")]


def test_same_country_events_are_dropped() -> None:
    """Domestic events (both sides one country) are not in the table."""
    assert _codes("Biden criticized Congress.") == []


def test_unresolved_actors_are_dropped() -> None:
    """An event without a resolved target is not in the table."""
    assert _codes("China imposed sanctions.") == []
    assert _codes("Officials criticized the plan.") == []


# ---------------------------------------------------------------- dates inside extraction


def test_dates_of_events() -> None:
    """Each event takes the date phrase of its clause, sentence or the previous sentence."""
    text = ("The two leaders agreed to turn back the clock to November. At that time, Biden met Xi in Bali. "
            "On Sunday, Japan protested to China. Blinken's meeting with Xi paves the way for talks between "
            "the two countries later this year.")
    t = tension.extract_events(text, published="2023-06-19")
    got = {(e.code, e.date.isoformat(), e.precision) for e in t}
    assert ("040", "2022-11-01", "month") in got
    assert ("114", "2023-06-18", "day") in got
    assert ("040", "2023-09-01", "month") in got


def test_date_phrase_extra_column() -> None:
    """The date phrase is kept as an extra column; '' means the publication day."""
    t = tension.extract_events("On Sunday, Japan protested to China. Korea criticized Japan.", published=PUB)
    assert t["date_phrase"].tolist() == ["On Sunday", ""]


# ---------------------------------------------------------------- evidence, dedup, corpus


def test_evidence_is_exact_substring() -> None:
    """Evidence equals text[start:end]."""
    text = "Intro line\n\nChina, in a statement, condemned the US “provocation”; Japan praised India."
    t = tension.extract_events(text, published=PUB)
    assert len(t) == 2
    for e in t:
        assert text[e.start:e.end] == e.evidence


def test_repeated_events_are_merged() -> None:
    """The same event told twice is one row with mentions=2."""
    t = tension.extract_events("China condemned the US.\n\nChina condemned the US.", published=PUB)
    assert len(t) == 1 and t.mentions.tolist() == [2]


def test_corpus_forms_and_errors() -> None:
    """extract_corpus takes tuples and dicts, keeps ids as sources, and names bad documents."""
    t = tension.extract_corpus([("a", PUB, "China condemned the US."),
                                {"id": "b", "published": PUB, "text": "Japan praised India."}])
    assert t.source.tolist() == ["a", "b"]
    assert len(tension.extract_corpus([])) == 0
    with pytest.raises(SchemaError, match="published"):
        tension.extract_corpus([{"id": "x", "text": "..."}])
    with pytest.raises(FieldTypeError, match="document"):
        tension.extract_corpus(["just text"])


# ---------------------------------------------------------------- bad input


def test_bad_input() -> None:
    """Empty text gives an empty table; non-str text and bad dates are clear errors."""
    assert len(tension.extract_events("", published=PUB)) == 0
    assert len(tension.extract_events("   \n ", published=PUB)) == 0
    with pytest.raises(TypeError):
        tension.extract_events(b"China condemned the US.", published=PUB)  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="text"):
        tension.extract_events(None, published=PUB)  # type: ignore[arg-type]
    with pytest.raises(SchemaError, match="published"):
        tension.extract_events("China condemned the US.", published="yesterday")
    with pytest.raises(FieldTypeError, match="published"):
        tension.extract_events("China condemned the US.", published=None)  # type: ignore[arg-type]


def test_odd_text_finishes() -> None:
    """Huge sentences, punctuation only and mixed scripts finish and give sane tables."""
    huge = ("China condemned the US and " * 4000) + "Japan praised India"  # one ~110k-character sentence
    t = tension.extract_events(huge, published=PUB)
    assert len(t) >= 1
    assert len(tension.extract_events("?!.,;:“”—…" * 10000, published=PUB)) == 0
    mixed = "中国外交部 condemned the US. Россия and China 签署 agreements. العربية Japan praised India."
    t = tension.extract_events(mixed, published=PUB)
    assert all(mixed[e.start:e.end] == e.evidence for e in t)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["China", "the US", "Japan", "condemned", "met", "did not", "visit", "in",
                                 "February", "on Sunday", ",", ".", "“", "”", "and", "declined to", "talks",
                                 "with", "Xi", "Blinken", "\n\n", "sanctions", "on"]), max_size=40))
def test_random_word_salad(words: list[str]) -> None:
    """Any word salad gives valid events whose evidence is exact and actors differ."""
    text = " ".join(words)
    t = tension.extract_events(text, published=dt.date(2023, 6, 19))
    for e in t:
        assert text[e.start:e.end] == e.evidence
        assert e.actor[:3] != e.target[:3]
