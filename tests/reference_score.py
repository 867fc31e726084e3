"""A readable pure-Python scorer with exactly the rules of :func:`tension.score_texts`.

It works on Python strings, one document, one token and one sentence at a time, so
each rule of ``docs/scoring.md`` can be read off directly. The property tests in
``tests/test_score.py`` check that the vectorized scorer gives identical results.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tension import codebook
from tension.text.rules import ABBREVIATIONS, EASING_KINDS, NEGATION_BLOCKERS, NEGATION_WINDOWS
from tension.text.signs import eased_measure
from tension.text.tokens import SEPARATOR_CHARS

SENTENCE_MARKS = ".!?"


@dataclass
class Token:
    text: str  # as written
    norm: str  # normalized
    start: int  # character offsets in the document
    end: int


@dataclass
class DocScore:
    tension: float = 0.0
    conflict: float = 0.0
    cooperation: float = 0.0
    terms: int = 0
    dyad_sentences: int = 0


def is_word_char(c: str) -> bool:
    """ASCII letters and digits, and every non-ASCII character but the listed separators."""
    if c.isascii():
        return c.isalnum()
    return c not in SEPARATOR_CHARS


def normalize(token: str) -> str:
    """Lower-case ASCII letters, except in a token of 2-4 upper-case ASCII letters."""
    if 2 <= len(token) <= 4 and all("A" <= c <= "Z" for c in token):
        return token
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in token)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    start = None
    for i, c in enumerate(text + " "):
        if is_word_char(c) and i < len(text):
            if start is None:
                start = i
        elif start is not None:
            tokens.append(Token(text[start:i], normalize(text[start:i]), start, i))
            start = None
    return tokens


def ends_sentence(text: str, before: Token, after: Token) -> bool:
    """Does a sentence end between two consecutive tokens?"""
    gap = text[before.end:after.start]
    if "\n" in gap:
        return True
    if "a" <= after.text[0] <= "z":
        return False
    for j, c in enumerate(gap):
        if c not in SENTENCE_MARKS or j + 1 == len(gap):
            continue  # a mark must be followed by a non-word character
        if c == "." and (is_single_letter(before.text) or before.norm in ABBREVIATIONS):
            continue  # "U.S.", "J. Smith", "Mr. Xi"
        return True
    return False


def is_single_letter(token: str) -> bool:
    return len(token) == 1 and token.isascii() and token.isalpha()


def sentence_ids(text: str, tokens: list[Token]) -> list[int]:
    ids = []
    current = 0
    for k, tok in enumerate(tokens):
        if k > 0 and ends_sentence(text, tokens[k - 1], tok):
            current += 1
        ids.append(current)
    return ids


def longest_matches(norms: list[str], sent: list[int], phrases: dict[tuple[str, ...], object]
                    ) -> list[tuple[int, int, object]]:
    """Leftmost-longest phrase matches inside sentences: (start, length, value)."""
    max_len = max((len(p) for p in phrases), default=0)
    out = []
    i = 0
    while i < len(norms):
        for n in range(min(max_len, len(norms) - i), 0, -1):
            if sent[i + n - 1] == sent[i] and tuple(norms[i:i + n]) in phrases:
                out.append((i, n, phrases[tuple(norms[i:i + n])]))
                i += n
                break
        else:
            i += 1
    return out


@dataclass
class Dictionaries:
    actors: dict[tuple[str, ...], list[str]]  # phrase -> codes
    # phrase -> (tension, negated tension, tension of its easing when an easing negator negates it)
    terms: dict[tuple[str, ...], tuple[float, float | None, float | None]]
    negators: dict[tuple[str, ...], tuple[int, bool]]  # phrase -> (window, of an easing kind)


def dictionaries(lexicon) -> Dictionaries:
    actors: dict[tuple[str, ...], list[str]] = {}
    for a in lexicon.actors:
        key = tuple(normalize(t) for t in a.tokens)
        if key:
            actors.setdefault(key, []).append(a.code)
    terms: dict[tuple[str, ...], tuple[float, float | None, float | None]] = {}
    for t in lexicon.terms:
        key = tuple(normalize(x) for x in t.tokens)
        if key and key not in terms:  # the first entry of a duplicated phrase wins
            measure = eased_measure(t.code) if t.tension > 0 else None
            terms[key] = (float(t.tension), None if t.negated_tension is None else float(t.negated_tension),
                          None if measure is None else float(codebook.tension_of([measure])[0]))
    kinds = getattr(lexicon, "negator_kinds", None) or ["negate"] * len(lexicon.negators)
    negators: dict[tuple[str, ...], tuple[int, bool]] = {}
    for n, kind in zip(lexicon.negators, kinds):
        key = tuple(normalize(x) for x in n)
        if key and key not in negators:
            negators[key] = (NEGATION_WINDOWS.get(kind, NEGATION_WINDOWS["negate"]), kind in EASING_KINDS)
    return Dictionaries(actors, terms, negators)


def score_document(text: str, dyad: tuple[str, str], d: Dictionaries) -> DocScore:
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    sent = sentence_ids(text, tokens)
    side_a: set[int] = set()
    side_b: set[int] = set()
    for i, _, codes in longest_matches(norms, sent, d.actors):
        if any(c.startswith(dyad[0]) for c in codes):
            side_a.add(sent[i])
        if any(c.startswith(dyad[1]) for c in codes):
            side_b.add(sent[i])
    dyad_sents = side_a & side_b
    negators = [(i + n - 1, window) for i, n, window in longest_matches(norms, sent, d.negators)]
    terms = longest_matches(norms, sent, d.terms)
    out = DocScore(dyad_sentences=len(dyad_sents))
    for i, _, (tension, negated_tension, eased_tension) in terms:
        if sent[i] not in dyad_sents:
            continue
        negator = negating(i, negators, [t[0] for t in terms], norms, sent)
        score = tension
        if negator is not None and negator[1] and eased_tension is not None:
            score = eased_tension  # "suspended the tariffs", "cut its duties": the measure eased
        elif negator is not None:
            if negated_tension is None or math.isnan(negated_tension):
                continue  # a negated term without a negated code scores nothing
            score = negated_tension
        out.tension += score
        out.conflict += max(score, 0.0)
        out.cooperation += max(-score, 0.0)
        out.terms += 1
    return out


def negating(i: int, negators: list[tuple[int, tuple[int, bool]]], term_starts: list[int], norms: list[str],
             sent: list[int]) -> tuple[int, bool] | None:
    """The nearest negator ending before token ``i`` negates the term starting there when it is in the
    same sentence, at most its window of tokens away, with no blocker word and no other term between:
    its (window, easing) or ``None``."""
    before = [(e, w) for e, w in negators if e < i]
    if not before:
        return None
    e, (window, eases) = max(before)
    between = range(e + 1, i)
    ok = (
        sent[e] == sent[i]
        and len(between) <= window
        and not any(norms[k] in NEGATION_BLOCKERS for k in between)
        and not any(e < s < i for s in term_starts)
    )
    return (window, eases) if ok else None


def decode(data: bytes) -> tuple[str, int]:
    """UTF-8 with each undecodable byte replaced by U+FFFD, and their count."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    return "".join("\ufffd" if "\udc80" <= c <= "\udcff" else c for c in text), bad


def score_texts(texts, lexicon, dyad=("USA", "CHN")) -> list[DocScore]:
    d = dictionaries(lexicon)
    out = []
    for t in texts:
        if isinstance(t, bytes):
            t, _ = decode(t)
        out.append(score_document(t, dyad, d))
    return out
