"""Tests of tension.text.rules: the abbreviations and negation windows that extraction and scoring share."""

from __future__ import annotations

import pytest

import tension
from tension.text import rules
from tension.text.sentences import split_sentences
from tension.text.tokens import normalize_token


def test_word_lists_are_normalized_tokens() -> None:
    lists = [rules.TITLES, rules.MONTH_ABBREVIATIONS, rules.NUMBER_ABBREVIATIONS, rules.SUFFIX_ABBREVIATIONS,
             rules.ABBREVIATIONS, rules.NEGATION_BLOCKERS]
    for words in lists:
        assert all(normalize_token(w) == w and w.isalpha() for w in words)
    assert rules.ABBREVIATIONS >= rules.TITLES | set(rules.MONTH_ABBREVIATIONS) | rules.SUFFIX_ABBREVIATIONS
    assert not rules.ABBREVIATIONS & {"no", "v", "al"}  # "no." ends sentences ("He said no.")


@pytest.mark.parametrize("title", sorted(rules.TITLES))
def test_a_title_never_ends_a_sentence_in_either_splitter(title: str) -> None:
    """The sentence splitter and the scorer both read "Gen. Li" as one sentence."""
    text = f"China and the United States met {title.capitalize()}. Li agreed to talks."
    assert len(split_sentences(text)) == 1
    assert tension.score_texts([text]).dyad_sentences.tolist() == [1]


def test_negation_windows() -> None:
    assert rules.negation_window("negate") == 3
    assert rules.negation_window("refuse") == rules.negation_window("cancel") == 4
    assert rules.negation_window("other") == rules.NEGATION_WINDOWS["negate"]


@pytest.mark.parametrize("gap", [0, 1, 2, 3, 4, 5])
def test_extraction_and_scoring_share_the_negation_window(gap: int) -> None:
    """A negator reaches a term over at most its window of tokens, in the extractor and the scorer alike."""
    filler = " ".join(["really"] * gap)
    text = f"China did not {filler} agree to talks with the United States.".replace("  ", " ")
    within = gap <= rules.negation_window("negate")
    scores = tension.score_texts([text])
    plain = tension.score_texts(["China agreed to talks with the United States."])
    assert (scores.tension[0] != plain.tension[0]) == within
    codes = tension.extract_events(text, published="2023-06-19").code.tolist()
    assert codes == (["125"] if within else ["036"])  # 125: reject a proposal to meet; 036: express intent to meet


def test_blockers_stop_negation_in_both() -> None:
    text = "China did not say that it agreed to talks with the United States."
    plain = tension.score_texts(["China agreed to talks with the United States."])
    assert tension.score_texts([text]).tension[0] == plain.tension[0]
