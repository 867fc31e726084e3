"""Tests of tension.text.tokens: the ONE tokenization rule, and the byte tokenizer that follows it."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tension.text.lexicon import tokens_of
from tension.text.score import _chunk_buffer
from tension.text.tokens import (
    SEPARATOR_CHARS,
    normalize_token,
    prefix_keys,
    split_tokens,
    token_bounds,
    tokenize,
    word_bytes,
)

ALPHABET = st.sampled_from(list("aZ9 .,'’‘“”-–—…\u00a0«»\n\tÄéß中\u2020\u00a9\x00") + ["US", "PRC", "Us", "NATOS"])
text = st.lists(st.one_of(ALPHABET, st.characters()), max_size=60).map("".join)


def _byte_tokens(docs: list[str]) -> list[list[str]]:
    buf, doc_starts = _chunk_buffer(docs)
    low, word = word_bytes(buf)
    starts, ends = token_bounds(word)
    out: list[list[str]] = [[] for _ in docs]
    doc = np.searchsorted(doc_starts, starts, side="right") - 1
    raw = bytes(buf)
    for d, s, e in zip(doc.tolist(), starts.tolist(), ends.tolist()):
        out[d].append(normalize_token(raw[s:e].decode("utf-8", "surrogatepass")))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(text, max_size=5))
def test_byte_tokens_equal_lexicon_tokenize(docs):
    """The byte tokenizer finds the same normalized tokens as tension.text.tokens.tokenize, document by document."""
    docs = [d.replace("\x00", " ") for d in docs]
    want = [[t for t, _, _ in tokenize(d)] for d in docs]
    assert _byte_tokens(docs) == want
    assert [split_tokens(d) for d in docs] == want


def test_contract_examples():
    """The contract's examples: curly apostrophes, U.S., US-China and kept capitals."""
    assert split_tokens("China’s U.S.-made didn't US-China NATO Nato") == [
        "china", "s", "u", "s", "made", "didn", "t", "US", "china", "NATO", "nato"]
    assert all(not split_tokens(c) for c in SEPARATOR_CHARS)


def test_prefix_keys_mask_long_and_short_tokens():
    """prefix_keys reads 8 bytes at any offset and zeroes bytes past the token."""
    buf = np.zeros(48, dtype=np.uint8)
    buf[3:20] = np.frombuffer(b"counterintel x ab", dtype=np.uint8)
    k = prefix_keys(buf, np.array([3, 3, 19]), np.array([12, 12, 1]), 0)
    assert int(k[0]).to_bytes(8, "little") == b"counteri" and int(k[2]).to_bytes(8, "little") == b"b" + bytes(7)
    k8 = prefix_keys(buf, np.array([3]), np.array([12]), 8)
    assert int(k8[0]).to_bytes(8, "little") == b"ntel" + bytes(4)


def test_tokenize_contract_examples() -> None:
    """The contract's examples tokenize as specified."""
    assert tokens_of("China’s") == ("china", "s")
    assert tokens_of("didn't") == ("didn", "t")
    assert tokens_of("U.S.") == ("u", "s")
    assert tokens_of("US-China") == ("US", "china")
    assert tokens_of("us") == ("us",)
    assert tokens_of("NATO and the EU") == ("NATO", "and", "the", "EU")


def test_tokenize_separators_and_offsets() -> None:
    """Curly quotes, dashes, ellipsis, nbsp and guillemets separate; offsets slice the text."""
    text = "“Xi”\u2014Li\u2013Wang\u2026Qin\u00a0«Dong» Côte d’Ivoire 北京"
    toks = tokenize(text)
    assert [t for t, _, _ in toks] == ["xi", "li", "wang", "qin", "dong", "côte", "d", "ivoire", "北京"]
    for tok, s, e in toks:
        assert normalize_token(text[s:e]) == tok


def test_uppercase_rule_bounds() -> None:
    """Only 2-4 upper-case ASCII letters stay upper-case."""
    assert normalize_token("A") == "a"
    assert normalize_token("PRC") == "PRC"
    assert normalize_token("CCTVX") == "cctvx"
    assert normalize_token("G7") == "g7"
    assert normalize_token("ÉTAT") == "État"


@given(st.text(max_size=60))
def test_tokens_are_maximal_runs(text: str) -> None:
    """Every token is a maximal run of word characters and round-trips its normalization."""
    toks = tokenize(text)
    last = 0
    for tok, s, e in toks:
        assert s >= last and e > s
        assert normalize_token(text[s:e]) == tok
        assert tokenize(text[s:e]) == [(tok, 0, e - s)]
        last = e
