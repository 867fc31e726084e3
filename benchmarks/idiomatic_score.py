"""The baseline of ``benchmarks/compare_scorers.py``: the rules of :func:`tension.score_texts` written as
idiomatic, reasonably fast Python -- a regular expression for tokens, dicts of phrases by first token,
set look-ups -- the way one would write it without numpy or a compiler.

It is not the test suite's reference (``tests/reference_score.py`` restates each rule as plainly as
possible and is deliberately slow); it is what the engines' speed should be compared with.
``compare_scorers.py`` asserts that it gives the engines' scores on a sample before timing it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from tension.text.rules import ABBREVIATIONS, NEGATION_BLOCKERS, negation_window
from tension.text.tokens import SEPARATOR_CHARS

_TOKEN = re.compile(rf"(?:[A-Za-z0-9]|[^\x00-\x7f{re.escape(SEPARATOR_CHARS)}])+")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_UPPER_KEPT = re.compile(r"[A-Z]{2,4}")


def _norm(tok: str) -> str:
    if _UPPER_KEPT.fullmatch(tok):
        return tok
    return tok.translate(_LOWER)


def _index(phrases: dict[tuple[str, ...], Any]) -> dict[str, list[tuple[int, tuple[str, ...], Any]]]:
    """Phrases by first token, longest first."""
    by_first: dict[str, list[tuple[int, tuple[str, ...], Any]]] = {}
    for p, v in phrases.items():
        by_first.setdefault(p[0], []).append((len(p), p, v))
    for v in by_first.values():
        v.sort(key=lambda x: -x[0])
    return by_first


class IdiomaticScorer:
    """Same rules, plain Python: ``IdiomaticScorer(lexicon, dyad).score(texts)`` -> list of
    ``(tension, conflict, cooperation, terms, dyad_sentences)``."""

    def __init__(self, lexicon: Any, dyad: tuple[str, str] = ("USA", "CHN")) -> None:
        actors: dict[tuple[str, ...], tuple[bool, bool]] = {}
        for a in lexicon.actors:
            key = tuple(_norm(t) for t in a.tokens)
            if key:
                sa, sb = actors.get(key, (False, False))
                actors[key] = (sa or a.code.startswith(dyad[0]), sb or a.code.startswith(dyad[1]))
        terms: dict[tuple[str, ...], tuple[float, float]] = {}
        for t in lexicon.terms:
            key = tuple(_norm(x) for x in t.tokens)
            if key and key not in terms:
                terms[key] = (float(t.tension), math.nan if t.negated_tension is None else float(t.negated_tension))
        kinds = getattr(lexicon, "negator_kinds", None) or ["negate"] * len(lexicon.negators)
        negators: dict[tuple[str, ...], int] = {}
        for n, kind in zip(lexicon.negators, kinds):
            key = tuple(_norm(x) for x in n)
            if key and key not in negators:
                negators[key] = negation_window(kind)
        self.actors, self.terms, self.negators = _index(actors), _index(terms), _index(negators)

    @staticmethod
    def _matches(norms: list[str], sent: list[int], lo: int, hi: int, by_first: dict) -> list[tuple[int, int, Any]]:
        out = []
        i = lo
        while i < hi:
            cands = by_first.get(norms[i])
            if cands:
                for n, p, v in cands:
                    if i + n <= hi and sent[i + n - 1] == sent[i] and tuple(norms[i:i + n]) == p:
                        out.append((i, n, v))
                        i += n
                        break
                else:
                    i += 1
            else:
                i += 1
        return out

    def score_one(self, text: str) -> tuple[float, float, float, int, int]:
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        raw = [text[a:b] for a, b in spans]
        norms = [_norm(t) for t in raw]
        sent = [0] * len(raw)
        cur = 0
        for k in range(1, len(raw)):
            gap = text[spans[k - 1][1]:spans[k][0]]
            if gap != " ":
                if "\n" in gap:
                    cur += 1
                elif not ("a" <= raw[k][0] <= "z"):
                    prev = raw[k - 1]
                    dot_ends = not ((len(prev) == 1 and prev.isascii() and prev.isalpha()) or norms[k - 1] in ABBREVIATIONS)
                    for c in gap[:-1]:
                        if c == "!" or c == "?" or (c == "." and dot_ends):
                            cur += 1
                            break
            sent[k] = cur
        n = len(raw)
        side_a: set[int] = set()
        side_b: set[int] = set()
        for i, _, (a, b) in self._matches(norms, sent, 0, n, self.actors):
            if a:
                side_a.add(sent[i])
            if b:
                side_b.add(sent[i])
        dyad = side_a & side_b
        if not dyad:
            return 0.0, 0.0, 0.0, 0, 0
        tension = conflict = cooperation = 0.0
        count = 0
        k = 0
        while k < n:  # sentence by sentence
            s = sent[k]
            k1 = k
            while k1 < n and sent[k1] == s:
                k1 += 1
            if s in dyad:
                negs = [(i + m - 1, w) for i, m, w in self._matches(norms, sent, k, k1, self.negators)]
                j = 0
                prev_term = -1
                for i, _, (score, negated_score) in self._matches(norms, sent, k, k1, self.terms):
                    while j < len(negs) and negs[j][0] < i:
                        j += 1
                    negated = False
                    if j:
                        e, w = negs[j - 1]
                        negated = (i - e - 1 <= w and prev_term <= e
                                   and not any(norms[q] in NEGATION_BLOCKERS for q in range(e + 1, i)))
                    prev_term = i
                    value = negated_score if negated else score
                    if math.isnan(value):
                        continue
                    tension += value
                    conflict += max(value, 0.0)
                    cooperation += max(-value, 0.0)
                    count += 1
            k = k1
        return tension, conflict, cooperation, count, len(dyad)

    def score(self, texts: Iterable[str]) -> list[tuple[float, float, float, int, int]]:
        return [self.score_one(t) for t in texts]
