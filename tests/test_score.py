"""Tests of tension.text.score: the vectorized scorer agrees with the pure-Python reference."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import tension
from tension.exceptions import FieldTypeError, SchemaError
from tension.text import score as S

try:
    from tests import reference_score as R
    from tests.score_lexicon_fixture import ACTORS, NEGATORS, TERMS, fixture_lexicon
except ImportError:  # pytest's rootdir-relative imports
    import reference_score as R  # type: ignore[no-redef]
    from score_lexicon_fixture import ACTORS, NEGATORS, TERMS, fixture_lexicon  # type: ignore[no-redef]

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_65d63fafd7e7c7d7.txt"
LEX = fixture_lexicon()
try:  # the property tests run against every installed engine (CI installs the `fast` extra)
    import numba  # noqa: F401

    ENGINES = ["numpy", "numba"]
except ImportError:
    ENGINES = ["numpy"]

WORDS = (
    [p for p, _ in ACTORS] + [p for p, _, _ in TERMS] + NEGATORS
    + ["the", "officials", "said", "that", "and", "but", "which", "on", "Monday", "a", "to", "with", "Mr", "Gen",
       "J", "e", "g", "US", "Us", "uS", "us", "PRC", "Prc", "NATO", "sanctionsx", "sanction",
       "counterintelligence", "Cooperation",
       "COOPERATION", "didn", "t", "3", "5", "2023", "Zhōngguó", "zhōngguó", "réunion", "Réunion", "Ünited"]
)
GLUE = [" ", " ", " ", "", ". ", ".", "! ", "? ", ", ", "\n", "\n\n", "’s ", "'s ", "“", "” ", " — ", "–", "…",
        "\u00a0", "«", "» ", "-", "U.S. ", " Mr. ", " Gen. ", " e.g. ", " J. ", "(", ") ", "\x00", ".” ",
        "?\u201d ", "\udcff", "é", "\u2020", "\u00a9"]

# upper-case and mixed-case forms: "MEET" and "MET" (2-4 capitals whose lower-case form is a term) are not
# the terms, "US" and "PRC" are the actors, "Meet" and "CHINA" are the lower-case entries
CASED = ["MEET", "MET", "Meet", "mEET", "TALKS", "Talks", "SIGN", "AGREE", "VISIT", "CHINA", "ChINA", "Xi", "XI", "MR",
         "Mr", "GEN", "USA", "PRCS", "Prc", "pRC", "NOT", "Not", "NEVER", "THAT", "AND", "UNITED", "STATES", "U", "S"]
cased = st.sampled_from(WORDS + CASED).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.lower(), w.title(), w.swapcase(), w[:4].upper()]))
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), cased, st.text(max_size=5))
glue = st.one_of(st.just(" "), st.just(" "), st.sampled_from(GLUE))
actor = st.sampled_from([p for p, _ in ACTORS])
term = st.one_of(st.sampled_from([p for p, _, _ in TERMS]), st.sampled_from([p for p, _, _ in TERMS]), cased)
negator = st.sampled_from(NEGATORS + ["", "", ""])
# a likely dyad sentence: actor, maybe a negator and filler, a term, another actor
sentence = st.tuples(actor, glue, negator, glue, st.sampled_from(["", "", "very ", "not "]), term, glue, actor,
                     glue).map("".join)
document = st.lists(st.one_of(st.tuples(word, glue).map("".join), sentence), max_size=30).map("".join)
corpus = st.lists(document, max_size=8)


def _assert_same(texts, got, dyad=("USA", "CHN")):
    want = R.score_texts(texts, LEX, dyad)
    assert len(got) == len(want)
    for i, w in enumerate(want):
        assert got.tension[i] == w.tension, (i, texts[i])
        assert got.conflict[i] == w.conflict, (i, texts[i])
        assert got.cooperation[i] == w.cooperation, (i, texts[i])
        assert got.terms[i] == w.terms, (i, texts[i])
        assert got.dyad_sentences[i] == w.dyad_sentences, (i, texts[i])


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=corpus)
def test_matches_reference(texts, engine):
    """Random documents of lexicon words, other words, punctuation and unicode score as the reference does."""
    _assert_same(texts, tension.score_texts(texts, lexicon=LEX, engine=engine))


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=100, deadline=None)
@given(texts=corpus, chunk=st.integers(1, 200))
def test_matches_reference_in_small_chunks_and_threads(texts, chunk, engine):
    """Chunk boundaries and worker threads do not change any document's score."""
    _assert_same(texts, tension.score_texts(texts, lexicon=LEX, chunk_bytes=chunk, workers=2, engine=engine))


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=100, deadline=None)
@given(texts=corpus, dyad=st.sampled_from([("CHN", "USA"), ("USA", "TWN"), ("CHNGOV", "USAGOV"), ("TWN", "CHN")]))
def test_matches_reference_for_other_dyads(texts, dyad, engine):
    """Any dyad of code prefixes gates sentences as in the reference."""
    _assert_same(texts, tension.score_texts(texts, lexicon=LEX, dyad=dyad, engine=engine), dyad)


def _no_surrogates(t: str) -> str:
    return t.encode("utf-8", "replace").decode("utf-8")  # Arrow strings are UTF-8: lone surrogates cannot be in them


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.one_of(document.map(_no_surrogates), st.none()), max_size=8),
       kind=st.sampled_from(["string", "large_string", "string_view", "chunked", "sliced"]),
       chunk=st.sampled_from([1, 50, 1 << 20]))
def test_arrow_input_matches_reference(texts, kind, chunk, engine):
    """A pyarrow string array (plain, large, view, chunked, a slice with nulls) scores as the reference does;
    a null scores as an empty document."""
    pa = pytest.importorskip("pyarrow")
    if kind == "chunked":
        arr = pa.chunked_array([pa.array(texts[:2], pa.string()), pa.array(texts[2:], pa.string())])
    elif kind == "sliced":
        arr = pa.array(["China imposed sanctions on the US", None] + texts + ["US and China signed"], pa.string())
        arr = arr.slice(2, len(texts))
    else:
        arr = pa.array(texts, getattr(pa, kind)())
    got = tension.score_texts(arr, lexicon=LEX, engine=engine, chunk_bytes=chunk, workers=2)
    _assert_same(["" if t is None else t for t in texts], got)
    assert got.replaced_bytes.tolist() == [0] * len(texts)


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=100, deadline=None)
@given(blobs=st.lists(st.binary(max_size=30).map(lambda b: b + b"China imposed sanctions on the US"), max_size=5))
def test_bytes_are_replaced_and_counted(blobs, engine):
    """Bytes that are not UTF-8 become U+FFFD, are counted per document, and score as the reference does."""
    got = tension.score_texts(blobs, lexicon=LEX, engine=engine)
    _assert_same(blobs, got)
    assert got.replaced_bytes.tolist() == [R.decode(b)[1] for b in blobs]


def test_required_sentences():
    """Cooperation scores below zero, conflict above zero, one side only scores zero."""
    s = tension.score_texts(
        ["The United States and China signed a trade agreement",
         "China imposed sanctions on the United States",
         "China imposed sanctions on Taiwan. The United States said nothing.",
         ""],
        lexicon=LEX,
    )
    assert s.tension[0] < 0 < s.tension[1]
    assert s.tension[2] == 0 and s.tension[3] == 0
    assert s.dyad_sentences.tolist() == [1, 1, 0, 0]


def test_sentence_rule_keeps_abbreviations_and_initials():
    """'U.S.', 'Mr.' and initials do not end a sentence; '. The' and a line break do."""
    s = tension.score_texts(
        ["The U.S. and Mr. Xi of China agreed.",
         "Antony J. Blinken met China’s envoy.",
         "The United States agreed. China hesitated.",
         "The United States\nChina agreed."],
        lexicon=LEX,
    )
    assert s.dyad_sentences.tolist() == [1, 1, 0, 0]


def test_negation_reverses_or_drops():
    """A negator within the window reverses a term to its negated code, or drops it when it has none."""
    s = tension.score_texts(
        ["China did not agree to meet the United States.",
         "China agreed to meet the United States.",
         "China never signed anything with the United States.",
         "China refused to, in the end, after a long delay, meet the United States."],
        lexicon=LEX,
    )
    assert s.tension[0] > 0 > s.tension[1]
    assert s.terms[2] == 0
    assert s.tension[3] < 0  # the negator is too far away


def test_seed_article_matches_reference():
    """The seed article scores as the reference does, with dyad sentences found."""
    text = SEED.read_text(encoding="utf-8")
    got = tension.score_texts([text, text[:2000]], lexicon=LEX)
    _assert_same([text, text[:2000]], got)
    assert got.dyad_sentences[0] > 5


def test_textscores_frame_and_series():
    """TextScores has a DataFrame view and a per-period series of its publication days."""
    s = tension.score_texts(["China imposed sanctions on the US.", "The US and China signed a trade deal.", "x"],
                            lexicon=LEX, published=["2023-06-19", "2023-06-20", "2023-07-02"], ids=["a", "b", "c"])
    df = s.to_pandas()
    assert df["id"].tolist() == ["a", "b", "c"] and df["tension"].tolist() == s.tension.tolist()
    w = s.series("W")
    assert w.counts.tolist() == [2, 1, 0] or w.counts.sum() == 3
    m = s.series("M", how="mean")
    assert m.dates.astype(str).tolist() == ["2023-06-01", "2023-07-01"]
    assert math.isclose(m.values[0], (s.tension[0] + s.tension[1]) / 2)


def test_series_needs_publication_days():
    """A series of scores without publication days is an error naming the field."""
    with pytest.raises(SchemaError, match="published"):
        tension.score_texts(["China"], lexicon=LEX).series("D")


def test_bad_arguments():
    """A single str, a bad dyad or bad workers are refused with clear errors."""
    with pytest.raises(FieldTypeError):
        tension.score_texts("China imposed sanctions", lexicon=LEX)
    with pytest.raises(SchemaError):
        tension.score_texts(["x"], lexicon=LEX, dyad="USA")
    with pytest.raises(FieldTypeError):
        tension.score_texts(["x"], lexicon=LEX, dyad=None)
    with pytest.raises(SchemaError):
        tension.score_texts(["x"], lexicon=LEX, workers=0)
    with pytest.raises(FieldTypeError):
        tension.score_texts([1], lexicon=LEX)
    with pytest.raises(SchemaError, match="engine"):
        tension.score_texts(["x"], lexicon=LEX, engine="cython")
    with pytest.raises(FieldTypeError, match="pyarrow array of int64"):
        tension.score_texts(pytest.importorskip("pyarrow").array([1, 2]), lexicon=LEX)


def test_numba_engine_missing(monkeypatch):
    """engine='numba' without numba installed says how to install it; 'auto' falls back to numpy."""
    from tension.exceptions import MissingDependencyError

    monkeypatch.setattr(S, "_numba_installed", lambda: False)
    with pytest.raises(MissingDependencyError, match="tension\\[fast\\]"):
        tension.score_texts(["x"], lexicon=LEX, engine="numba")
    assert S.resolve_engine("auto") == "numpy"
    assert tension.score_texts(["China imposed sanctions on the US"], lexicon=LEX).tension.tolist() == [8.4]


def test_compile_is_cached():
    """The lexicon is compiled once."""
    assert S.compile_lexicon(LEX) is S.compile_lexicon(LEX)


def test_empty_input():
    """No documents give empty scores."""
    s = tension.score_texts([], lexicon=LEX)
    assert len(s) == 0 and s.tension.dtype == np.float64


def _real_words() -> list[str]:
    from tension.text.lexicon import load_lexicon

    lex = load_lexicon()
    phrases = [" ".join(t.tokens) for t in lex.terms[::7]] + [a.phrase for a in lex.actors[::5]]
    return phrases + [" ".join(n) for n in lex.negators] + ["US", "China", "the", "that", "U.S.", "Mr."]


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_matches_reference_with_packaged_lexicon(data, engine):
    """With the packaged lexicon too, random documents score as the reference does."""
    from tension.text.lexicon import load_lexicon

    lex = load_lexicon()
    words = st.one_of(st.sampled_from(_real_words()), st.sampled_from(WORDS), st.sampled_from(_real_words()).map(str.upper),
                      cased)
    doc = st.lists(st.tuples(words, glue).map("".join), max_size=40).map("".join)
    texts = data.draw(st.lists(doc, max_size=6))
    got = tension.score_texts(texts, lexicon=lex, engine=engine)
    want = R.score_texts(texts, lex)
    assert got.tension.tolist() == [w.tension for w in want]
    assert got.terms.tolist() == [w.terms for w in want]
    assert got.dyad_sentences.tolist() == [w.dyad_sentences for w in want]


def test_required_sentences_with_packaged_lexicon():
    """With the packaged lexicon: cooperation < 0, conflict > 0, one side only = 0; the seed agrees with the reference."""
    from tension.text.lexicon import load_lexicon

    lex = load_lexicon()
    s = tension.score_texts(["The United States and China signed a trade agreement",
                             "China imposed sanctions on the United States",
                             "China imposed sanctions on Japan. Washington signed a trade agreement with Seoul."],
                            lexicon=lex)
    assert s.tension[0] < 0 < s.tension[1] and s.tension[2] == 0
    text = SEED.read_text(encoding="utf-8")
    got = tension.score_texts([text], lexicon=lex)
    want = R.score_texts([text], lex)[0]
    assert (got.tension[0], got.terms[0], got.dyad_sentences[0]) == (want.tension, want.terms, want.dyad_sentences)
    assert got.dyad_sentences[0] > 5


def test_numba_is_imported_only_when_used():
    """`import tension` and the numpy engine never import numba or the compiled kernel."""
    import subprocess
    import sys

    code = ("import sys, tension; tension.score_texts(['China and the US met.'], engine='numpy'); "
            "print('numba' in sys.modules, 'tension.text.jit' in sys.modules)")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.skipif("numba" not in ENGINES, reason="the numba engine is not installed")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(document, min_size=1, max_size=6), cut=st.integers(0, 8))
def test_numba_reads_no_byte_past_its_buffer(texts, cut):
    """The numba kernel loads 8 bytes at a time: at the very end of a buffer (an Arrow data buffer has no
    padding to count on) it reads byte by byte, with the same results; documents that end mid-buffer too."""
    from tension.text import jit
    from tension.text.compiled import _dyad_sides, compile_lexicon

    raw = [t.encode("utf-8", "surrogatepass") for t in texts]
    raw[-1] = raw[-1][: len(raw[-1]) - min(cut, len(raw[-1]))]  # the last document stops short of the buffer's end
    try:
        docs = [b.decode("utf-8", "surrogatepass") for b in raw]
    except UnicodeDecodeError:
        assume(False)  # the cut split a character
    offsets = np.cumsum([0] + [len(b) for b in raw])
    data = np.frombuffer(b"".join(raw) + b"x" * min(cut, 1), dtype=np.uint8)  # no padding (one word byte after)
    side_a, side_b = _dyad_sides(LEX, ("USA", "CHN"))
    got = jit.score_spans(compile_lexicon(LEX), side_a, side_b, data, offsets)
    want = tension.score_texts(docs, lexicon=LEX, engine="numpy")
    for row, field in enumerate(("tension", "conflict", "cooperation", "terms", "dyad_sentences")):
        assert got[row].tolist() == getattr(want, field).tolist(), field


@pytest.mark.parametrize("engine", ENGINES)
def test_an_eased_measure_scores_its_easing_in_the_packaged_lexicon(engine: str) -> None:
    """"cut its additional duties", "suspended the tariffs": the easing (085), as the extractor codes them."""
    texts = ["Washington will cut its additional duties on Chinese goods, the United States said.",
             "The United States suspended the tariffs on Chinese goods.",
             "The United States imposed tariffs on Chinese goods.",
             "The United States did not impose tariffs on Chinese goods."]
    got = tension.score_texts(texts, engine=engine)
    eased = float(tension.codebook.tension_of(["085"])[0])
    assert got.tension[0] == pytest.approx(eased)
    assert got.tension[1] < 0  # (the cancelling verb "suspended" also scores as a term of its own, +4)
    assert got.tension[2] > 0  # imposed: the measure
    assert got.tension[3] == 0  # not imposed: nothing happened (a plain negation drops the measure)
    table = tension.extract_events(texts[0], published="2025-05-13")
    assert [e.code for e in table] == ["085"]  # the extractor, in step
