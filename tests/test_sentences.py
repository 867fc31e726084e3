"""Tests for tension.text.sentences: sentence and clause splitting of news prose."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tension.text.sentences import split_clauses, split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_titles_do_not_split() -> None:
    """Titles, initials and acronyms with inner periods keep a sentence whole."""
    text = "Mr. Blinken and Gen. Mark A. Milley met Dr. Li in Washington, D.C. on Friday. Talks went well."
    assert _split(text) == [
        "Mr. Blinken and Gen. Mark A. Milley met Dr. Li in Washington, D.C. on Friday.",
        "Talks went well.",
    ]


def test_us_abbreviation_mid_and_end_of_sentence() -> None:
    """'U.S.' inside a sentence does not split; at the end before an opener it does."""
    text = "The U.S. Navy sailed. China protested to the U.S. The move angered Beijing."
    assert _split(text) == ["The U.S. Navy sailed.", "China protested to the U.S.", "The move angered Beijing."]


def test_company_suffix_and_numbers() -> None:
    """'Ford Motor Co. and' stays together; '7 1/2' and decimals do not split."""
    text = "Ford Motor Co. and General Motors Co. cut 3.5 percent after 7 1/2 hours. Shares fell."
    assert _split(text) == [
        "Ford Motor Co. and General Motors Co. cut 3.5 percent after 7 1/2 hours.",
        "Shares fell.",
    ]


def test_curly_and_straight_quotes() -> None:
    """A quote ending in punctuation splits before a capital, not before a lower-case attribution."""
    text = "“We disagree,” Blinken said. “Very good!” he added. \"No,\" said Wang. \"Go.\" Then he left."
    assert _split(text) == ["“We disagree,” Blinken said.", "“Very good!” he added.", "\"No,\" said Wang.",
                            "\"Go.\"", "Then he left."]


def test_headlines_and_paragraphs() -> None:
    """A headline without a full stop and paragraph breaks end sentences."""
    text = "US-China Rift Eases After Blinken Trip\n\nThe US and China agreed.\nTaiwan Security\n\nChina said no"
    assert _split(text) == ["US-China Rift Eases After Blinken Trip", "The US and China agreed.", "Taiwan Security",
                            "China said no"]


def test_hard_wrapped_lines_are_joined() -> None:
    """A long line broken mid-sentence is not a sentence boundary."""
    text = ("The foreign ministers of China and Japan met in Beijing on Sunday to discuss the dispute over\n"
            "the islands, officials said.")
    assert len(split_sentences(text)) == 1


def test_month_abbreviation_before_day() -> None:
    """'Jan. 5' does not end a sentence; 'No. 2' neither."""
    assert len(split_sentences("They met on Jan. 5 in Tokyo. He is the No. 2 official.")) == 2


def test_question_exclamation_and_ellipsis() -> None:
    """'?', '!' and an ellipsis end sentences before a capital."""
    assert _split("Will they meet? Nobody knows! Maybe... Or not.") == ["Will they meet?", "Nobody knows!",
                                                                        "Maybe...", "Or not."]


def test_empty_and_whitespace() -> None:
    """Empty or blank text has no sentences; punctuation alone is one span."""
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []
    assert _split("?!...") == ["?!..."]


def test_clauses() -> None:
    """Clauses end at semicolons, dashes, subordinators and a fronted subordinate clause's comma."""
    s = "After Blinken left, China blamed the US; Japan protested — and Korea was silent, causing alarm."
    assert [s[a:b] for a, b in split_clauses(s, 0, len(s))] == [
        "After Blinken left", "China blamed the US", "Japan protested", "and Korea was silent", "causing alarm.",
    ]


def test_clause_offsets_within_sentence() -> None:
    """Clause offsets refer to the full text."""
    text = "Intro. China agreed but Japan refused."
    s, e = split_sentences(text)[1]
    assert [text[a:b] for a, b in split_clauses(text, s, e)] == ["China agreed", "but Japan refused."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"“”’'AB,;—1")), max_size=120))
def test_spans_are_ordered_stripped_and_inside(text: str) -> None:
    """Sentence spans are ordered, non-overlapping, non-empty and free of outer whitespace."""
    last = 0
    for s, e in split_sentences(text):
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e


def test_whitespace_runs_are_linear() -> None:
    """Long runs of newlines and spaces are skipped once (no quadratic rescans)."""
    assert split_sentences("\n" * 100_000) == []
    text = "\n\n".join(["A headline"] * 5_000)
    assert len(split_sentences(text)) == 5_000
