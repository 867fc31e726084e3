"""Bulk tension scoring of news text, vectorized with numpy.

:func:`score_texts` scores each document of a corpus in one pass over a UTF-8
byte buffer per chunk of about 1 MB (``chunk_bytes``). Every step is a numpy
operation over the whole chunk; there is no Python loop over documents,
sentences or tokens:

1. **Tokens** (:mod:`tension.text.tokens`): word bytes, token start/end offsets.
2. **Lookup**: each token's lower-cased first 8 bytes (mixed with the rest and
   the length for longer tokens) key an open-addressing hash table of the
   lexicon's tokens, looked up for all tokens at once; long tokens are checked
   byte for byte, and "US"-like tokens get their kept-upper-case reading. Every
   token gets a vocabulary id (0 outside the lexicon).
3. **Sentences**: a sentence ends at a line break, or at ``.``, ``!`` or ``?``
   followed by a non-word character when the next token does not start with a
   lower-case letter -- except that a ``.`` after a single letter ("U.S.",
   "J. Smith") or a listed abbreviation ("Mr.", "Gen.") ends nothing.
   Documents are always separate sentences.
4. **Phrases**: actor names, event terms and negators (sequences of token ids,
   inside one sentence) are found by hashing the ids that follow each candidate
   start; overlapping matches are resolved leftmost-longest.
5. **Negation**: a term whose first token has a negator ending at most
   :data:`~tension.text.rules.NEGATION_WINDOWS` tokens before it, in the same sentence, takes its
   ``negated_tension`` (or is dropped when the lexicon gives none).
6. **Dyad gating and sums**: terms count only in sentences that name both sides
   of the dyad; per-document sums use :func:`numpy.bincount`.

The rules are documented in ``docs/scoring.md`` and restated, one by one, by
the pure-Python reference scorer in ``tests/reference_score.py``.

Examples
--------
>>> import tension
>>> s = tension.score_texts(["The United States and China signed a trade agreement.",
...                          "China imposed sanctions on the United States.",
...                          "China imposed sanctions."])
>>> [bool(v < 0) for v in s.tension], [bool(v > 0) for v in s.tension]
([True, False, False], [False, True, False])
>>> s.dyad_sentences.tolist()
[1, 1, 0]
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, cast

import attrs
import numpy as np

from .._arrays import readonly, ro_days, ro_float64, ro_int64, ro_strings
from .._values import decode_counting, parse_dyad
from ..exceptions import FieldTypeError, SchemaError, TensionError
from ..series import HOWS, PartialSeries, Series
from .rules import ABBREVIATIONS, NEGATION_BLOCKERS, negation_window
from .tokens import (
    PAD,
    Workspace,
    normalize_token,
    prefix_keys,
    split_tokens,
    token_bounds,
    word_bytes,
)

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd
    import pyarrow as pa

__all__ = [
    "TextScores",
    "score_texts",
    "compile_lexicon",
    "CompiledLexicon",
    "score_batch",
    "check_options",
]

_C1 = np.uint64(0x9E3779B97F4A7C15)
_C2 = np.uint64(0xC2B2AE3D27D4EB4F)
_PHRASE_SEED = np.uint64(0x27D4EB2F165667C5)


# ----------------------------------------------------------------------------- the compiled lexicon
_ROLE_ACTOR, _ROLE_TERM, _ROLE_NEG = 1, 2, 4


@attrs.frozen(eq=False)
class HashTable:
    """An open-addressing (linear probing) table from nonzero uint64 keys to int64 values, looked up in bulk.

    Empty slots hold key 0 and value ``missing``; the table is kept at most 1/16
    full so that almost every lookup ends at its first slot.
    """

    keys: np.ndarray
    values: np.ndarray
    shift: np.uint64
    missing: int

    @classmethod
    def build(cls, keys: np.ndarray, values: np.ndarray, missing: int = -1) -> HashTable:
        keys = np.asarray(keys, dtype=np.uint64)
        if np.any(keys == 0):
            raise TensionError("a lexicon key hashed to 0; change the hash constants")
        bits = max(6, int(np.ceil(np.log2(max(len(keys), 1) * 16))))
        size = 1 << bits
        tk = np.zeros(size, dtype=np.uint64)
        tv = np.full(size, missing, dtype=np.int64)
        shift = np.uint64(64 - bits)
        slots = ((keys * _C1) >> shift).tolist()
        for k, v, slot in zip(keys.tolist(), np.asarray(values).tolist(), slots):
            while tk[slot] != 0 and tk[slot] != k:
                slot = (slot + 1) & (size - 1)
            tk[slot], tv[slot] = k, v
        return cls(readonly(tk), readonly(tv), shift, missing)

    def lookup(self, q: np.ndarray, ws: Workspace | None = None) -> np.ndarray:
        """Value of each key (``missing`` when absent)."""
        ws = ws or Workspace()
        n = q.shape[0]
        slot_u = ws.get("ht_slot", n, np.uint64)
        np.multiply(q, _C1, out=slot_u)
        np.right_shift(slot_u, self.shift, out=slot_u)
        slot = slot_u.view(np.int64)
        out = np.take(self.values, slot, mode="clip")  # round one: almost every key ends here (empty slot or hit)
        k = ws.get("ht_keys", n, np.uint64)
        np.take(self.keys, slot, out=k, mode="clip")
        miss = ws.get("ht_miss", n, np.bool_)
        other = ws.get("ht_other", n, np.bool_)
        np.not_equal(k, q, out=miss)
        np.not_equal(k, 0, out=other)
        np.bitwise_and(miss, other, out=miss)  # a slot holding another key: probe on
        if not miss.any():
            return out
        idx = np.flatnonzero(miss)
        out[idx] = self.missing
        mask = self.keys.shape[0] - 1
        q, slot = q[idx], (slot[idx] + 1) & mask
        while q.size:
            k = np.take(self.keys, slot)
            hit = k == q
            out[idx[hit]] = np.take(self.values, slot[hit])
            sel = np.flatnonzero(~hit & (k != 0))
            idx, q, slot = idx[sel], q[sel], (slot[sel] + 1) & mask
        return out


@attrs.frozen(eq=False)
class PhraseTable:
    """One dictionary of phrases (actors, terms or negators) over token ids.

    ``ids[p, :lengths[p]]`` are the token ids of phrase ``p``. ``single[id]`` is
    the one-token phrase of an id (-1: none) and ``longer[id]`` whether a longer
    phrase starts with it; ``prefixes[n]`` maps the hash of the first ``n`` ids of
    phrases to ``2 * (phrase + 1) + (1 if a longer phrase continues it)``.
    """

    ids: np.ndarray
    lengths: np.ndarray
    single: np.ndarray
    longer: np.ndarray
    prefixes: tuple[HashTable | None, ...]

    @property
    def max_len(self) -> int:
        return int(self.ids.shape[1]) if self.ids.shape[0] else 0


@attrs.frozen(eq=False)
class CompiledLexicon:
    """A lexicon compiled into lookup arrays (see :func:`compile_lexicon`)."""

    n_words: int  # uint64 words per token key (tokens longer than 8 * n_words bytes are never in the lexicon)
    tokens: HashTable  # token key -> id of the lower-case reading, or -(entry + 2) when case matters
    entry_of_id: np.ndarray  # id -> entry (lower-cased form)
    entry_key1: np.ndarray  # second key word of each entry (bytes 8..15), for exact checks of long tokens
    entry_len: np.ndarray  # byte length of each entry
    id_lower: np.ndarray  # id of the lower-case reading of each entry (0: none)
    id_upper: np.ndarray  # id of the kept-upper-case reading (2-4 capitals; 0: none)
    roles: np.ndarray  # uint8 per id: which dictionaries have a phrase starting with it
    is_abbrev: np.ndarray  # bool per id
    is_blocker: np.ndarray  # bool per id
    actors: PhraseTable
    terms: PhraseTable
    negators: PhraseTable
    actor_codes: tuple[tuple[str, ...], ...]  # codes of each actor phrase
    term_tension: np.ndarray  # float64 per term phrase
    term_negated: np.ndarray  # float64 per term phrase, NaN: dropped when negated
    negator_window: np.ndarray  # int64 per negator phrase

    @property
    def max_phrase(self) -> int:
        return max(self.actors.max_len, self.terms.max_len, self.negators.max_len, 1)


def _token_key(key0: np.ndarray, rest: list[np.ndarray], lengths: np.ndarray) -> np.ndarray:
    """The lookup key of tokens: their first 8 bytes, mixed with the next words and length when longer."""
    key = key0.copy()
    if rest:
        h = lengths.astype(np.uint64) * _C2
        for k in rest:
            h ^= k
            h *= _C1
        long = lengths > 8
        key[long] ^= h[long]
    return key


def _phrase_step(h: np.ndarray, ids: np.ndarray) -> np.ndarray:
    h = h ^ ids.astype(np.uint64)
    h *= _C1
    return h


def _ascii_lower(t: str) -> str:
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in t)


def _norm_phrase(tokens: Iterable[str], what: str) -> tuple[str, ...]:
    out: list[str] = []
    for t in tokens:
        if len(split_tokens(t)) != 1:
            raise SchemaError(what, "phrase tokens that are single tokens under the tokenization rule", repr(t))
        out.append(normalize_token(t))
    return tuple(out)


def _phrase_table(phrases: list[tuple[int, ...]], vocab_size: int) -> PhraseTable:
    max_len = max((len(p) for p in phrases), default=0)
    ids = np.zeros((len(phrases), max_len), dtype=np.int64)
    lengths = np.array([len(p) for p in phrases], dtype=np.int64)
    for i, p in enumerate(phrases):
        ids[i, : len(p)] = p
    single = np.full(vocab_size + 1, -1, dtype=np.int64)
    longer = np.zeros(vocab_size + 1, dtype=bool)
    prefixes: list[HashTable | None] = [None, None]
    for n in range(1, max_len + 1):
        info: dict[int, int] = {}
        h = np.full(len(phrases), _PHRASE_SEED, dtype=np.uint64)
        for j in range(n):
            h = _phrase_step(h, ids[:, j])
        for k, (hp, ln) in enumerate(zip(h.tolist(), lengths.tolist())):
            if ln < n:
                continue
            v = info.get(hp, 0)
            if ln == n:
                v = (v & 1) | (2 * (k + 1))
            else:
                v |= 1
            info[hp] = v
        if n == 1:
            for k, ln in enumerate(lengths.tolist()):
                if ln == 1:
                    single[ids[k, 0]] = k
                else:
                    longer[ids[k, 0]] = True
        else:
            keys = np.fromiter(info.keys(), dtype=np.uint64, count=len(info))
            vals = np.fromiter(info.values(), dtype=np.int64, count=len(info))
            prefixes.append(HashTable.build(keys, vals))
    return PhraseTable(ids, lengths, single, longer, tuple(prefixes))


@functools.cache
def compile_lexicon(lexicon: Any) -> CompiledLexicon:
    """Compile a lexicon (see ``LEXICON_CONTRACT``) into lookup arrays, once per lexicon.

    Duplicate phrases keep the first term (its code and scores); an actor phrase
    listed several times keeps all its codes; negators take their window from
    ``lexicon.negator_kinds`` when present (:data:`tension.text.rules.NEGATION_WINDOWS`).

    Examples
    --------
    >>> from tension.text.score import compile_lexicon
    >>> from tension.text.lexicon import load_lexicon
    >>> c = compile_lexicon(load_lexicon())
    >>> c.terms.ids.shape[0] > 0 and c.actors.ids.shape[0] > 0
    True
    """
    from .tokens import build_buffer, word_keys

    vocab: dict[str, int] = {}

    def ids_of(tokens: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(vocab.setdefault(t, len(vocab) + 1) for t in tokens)

    actor_index: dict[tuple[int, ...], int] = {}
    actor_codes: list[list[str]] = []
    for a in lexicon.actors:
        p = ids_of(_norm_phrase(a.tokens, "actor phrase"))
        if not p:
            continue
        if p not in actor_index:
            actor_index[p] = len(actor_codes)
            actor_codes.append([])
        if a.code not in actor_codes[actor_index[p]]:
            actor_codes[actor_index[p]].append(a.code)
    term_index: dict[tuple[int, ...], int] = {}
    tens: list[float] = []
    neg: list[float] = []
    for t in lexicon.terms:
        p = ids_of(_norm_phrase(t.tokens, "term phrase"))
        if not p or p in term_index:
            continue
        term_index[p] = len(tens)
        tens.append(float(t.tension))
        neg.append(np.nan if t.negated_tension is None else float(t.negated_tension))
    kinds = getattr(lexicon, "negator_kinds", None) or ("negate",) * len(lexicon.negators)
    neg_index: dict[tuple[int, ...], int] = {}
    for n, kind in zip(lexicon.negators, kinds):
        p = ids_of(_norm_phrase(n, "negator"))
        if p:
            neg_index.setdefault(p, negation_window(kind))
    for a in sorted(ABBREVIATIONS | NEGATION_BLOCKERS):
        ids_of((a,))
    size = len(vocab) + 1
    is_abbrev = np.zeros(size, dtype=bool)
    is_abbrev[[vocab[a] for a in ABBREVIATIONS]] = True
    is_blocker = np.zeros(size, dtype=bool)
    is_blocker[[vocab[a] for a in NEGATION_BLOCKERS]] = True

    # one entry per lower-cased form, with its two readings
    lowered: dict[str, list[int]] = {}
    for tok, i in vocab.items():
        entry = lowered.setdefault(_ascii_lower(tok), [0, 0])
        upper = len(tok) in (2, 3, 4) and tok.isascii() and tok.isalpha() and tok.isupper()
        entry[1 if upper else 0] = i
    forms = list(lowered)
    buf, starts = build_buffer([f.encode("utf-8") for f in forms])
    lengths = np.diff(starts) - 1
    n_words = max(1, int(-(-lengths.max() // 8)))
    keys = word_keys(buf, starts[:-1], lengths, n_words)
    key = _token_key(keys[:, 0], [keys[:, w] for w in range(1, n_words)], lengths)
    if np.unique(key).size != key.size:
        raise TensionError("two lexicon tokens share a lookup key; change the hash constants")
    readings = np.array([lowered[f] for f in forms], dtype=np.int64).reshape(-1, 2)
    entry_of_id = np.zeros(size, dtype=np.int64)
    for j, (lo_id, up_id) in enumerate(readings.tolist()):
        entry_of_id[lo_id] = entry_of_id[up_id] = j
    values = np.where(readings[:, 1] > 0, -(np.arange(len(forms)) + 2), readings[:, 0])
    actors = _phrase_table(list(actor_index), size - 1)
    terms = _phrase_table(list(term_index), size - 1)
    negators = _phrase_table(list(neg_index), size - 1)
    roles = np.zeros(size, dtype=np.uint8)
    for bit, table in ((_ROLE_ACTOR, actors), (_ROLE_TERM, terms), (_ROLE_NEG, negators)):
        roles[(table.single >= 0) | table.longer] |= bit
    return CompiledLexicon(
        n_words=n_words,
        tokens=HashTable.build(key, values),
        entry_of_id=entry_of_id,
        entry_key1=keys[:, 1] if n_words > 1 else np.zeros(len(forms), dtype=np.uint64),
        entry_len=lengths,
        id_lower=readings[:, 0],
        id_upper=readings[:, 1],
        roles=roles,
        is_abbrev=is_abbrev,
        is_blocker=is_blocker,
        actors=actors,
        terms=terms,
        negators=negators,
        actor_codes=tuple(tuple(c) for c in actor_codes),
        term_tension=np.array(tens, dtype=np.float64),
        term_negated=np.array(neg, dtype=np.float64),
        negator_window=np.array(list(neg_index.values()), dtype=np.int64),
    )


@functools.cache
def _dyad_sides(lexicon: Any, dyad: tuple[str, str]) -> tuple[np.ndarray, np.ndarray]:
    comp = compile_lexicon(lexicon)
    a = np.array([any(c.startswith(dyad[0]) for c in cs) for cs in comp.actor_codes], dtype=bool)
    b = np.array([any(c.startswith(dyad[1]) for c in cs) for cs in comp.actor_codes], dtype=bool)
    return a, b


# ----------------------------------------------------------------------------- the chunk kernel
def _token_ids(comp: CompiledLexicon, buf: np.ndarray, low: np.ndarray, starts: np.ndarray,
               lengths: np.ndarray, ws: Workspace) -> np.ndarray:
    """Vocabulary id of every token (0 outside the lexicon), padded with zeros for
    phrase look-ahead."""
    n_tok = starts.shape[0]
    key = prefix_keys(low, starts, lengths, ws=ws)
    long = np.zeros(0, dtype=np.int64)
    if comp.n_words > 1:  # mix the rest of long tokens into their key
        long = np.flatnonzero(lengths > 8)
        ls, ll = starts[long], lengths[long]
        h = ll.astype(np.uint64) * _C2
        k1 = np.zeros(0, dtype=np.uint64)
        for w in range(1, comp.n_words):
            k = prefix_keys(low, ls, ll, 8 * w)
            k[ll <= 8 * w] = 0
            k1 = k if w == 1 else k1
            h ^= k
            h *= _C1
        key[long] ^= h
    vals = comp.tokens.lookup(key, ws)
    if long.size:  # exact check of long tokens: length and bytes 8..15
        v = vals[long]
        found = np.flatnonzero(v != -1)
        if found.size:
            v = v[found]
            e = np.where(v >= 0, comp.entry_of_id[np.maximum(v, 0)], -v - 2)
            bad = (comp.entry_len[e] != ll[found]) | (comp.entry_key1[e] != k1[found])
            vals[long[found[bad]]] = -1
    special = np.flatnonzero(vals <= -2)
    if special.size:  # the kept-upper-case reading: 2-4 ASCII capitals in the original bytes
        e = -vals[special] - 2
        us, ul = starts[special], lengths[special]
        upper = (ul >= 2) & (ul <= 4)
        for j in range(4):
            b = buf[us + j]
            upper &= (j >= ul) | ((b >= 0x41) & (b <= 0x5A))
        vals[special] = np.where(upper, comp.id_upper[e], comp.id_lower[e])
    tid = ws.get("tid", n_tok + comp.max_phrase + 1, np.int64)
    tid[n_tok:] = 0  # look-ahead past the last token reads "no token"
    np.maximum(vals, 0, out=tid[:n_tok])
    return tid


def _sentence_starts(buf: np.ndarray, word: np.ndarray, starts: np.ndarray, ends: np.ndarray, tid: np.ndarray,
                     comp: CompiledLexicon, doc_first: np.ndarray, ws: Workspace) -> np.ndarray:
    """A mask over tokens (padded with True past the last one): True where a sentence begins
    (document starts included)."""
    n_tok = starts.shape[0]
    mark = ws.get("mark", buf.shape[0], np.bool_)
    tmp = ws.get("tmp", buf.shape[0], np.bool_)
    np.equal(buf, np.uint8(0x2E), out=mark)
    for byte in (0x0A, 0x21, 0x3F):
        np.equal(buf, np.uint8(byte), out=tmp)
        np.bitwise_or(mark, tmp, out=mark)
    p = np.flatnonzero(mark)
    # a ".", "!" or "?" directly followed by a word byte ("U.S", "2.5") ends nothing: drop it before searching
    c = buf[p]
    keep = (c == 0x0A) | ~word[p + 1]
    p = p[keep]
    g = np.searchsorted(starts, p)
    inside = (g > 0) & (g < n_tok)
    p, g = p[inside], g[inside]
    c = buf[p]
    nxt = buf[starts[g]]
    prev = g - 1
    prev_start = starts[prev]
    pb = buf[prev_start] | np.uint8(0x20)
    single = (ends[prev] - prev_start == 1) & (pb >= 0x61) & (pb <= 0x7A)
    after_abbrev = (c == 0x2E) & (single | comp.is_abbrev[tid[prev]])
    ends_sentence = (p + 1 < starts[g]) & ~((nxt >= 0x61) & (nxt <= 0x7A)) & ~after_abbrev
    ends_sentence |= c == 0x0A
    is_start = np.zeros((n_tok + comp.max_phrase + 8) // 8 * 8, dtype=bool)  # padded: look-ahead stops here
    is_start[0] = True
    is_start[g[ends_sentence]] = True
    is_start[doc_first] = True
    is_start[n_tok:] = True
    return is_start


def _match(table: PhraseTable, tid: np.ndarray, cand: np.ndarray, is_start: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Leftmost-longest matches of a phrase table starting at the candidate tokens
    ``cand`` (sorted): (start token, length, phrase index)."""
    first = tid[cand]
    best_phrase = table.single[first]
    best_len = (best_phrase >= 0).astype(np.int64)
    alive = np.flatnonzero(table.longer[first])
    h = np.full(alive.size, _PHRASE_SEED, dtype=np.uint64)
    h = _phrase_step(h, first[alive])
    for n in range(2, table.max_len + 1):
        if alive.size == 0:
            break
        pos = cand[alive] + (n - 1)
        nxt = tid[pos]
        keep = (nxt > 0) & ~is_start[pos]  # inside one sentence
        alive, h, nxt = alive[keep], h[keep], nxt[keep]
        h = _phrase_step(h, nxt)
        prefixes = table.prefixes[n]
        assert prefixes is not None  # built for every length 2..max_len
        v = prefixes.lookup(h)
        full = np.flatnonzero(v >= 2)
        if full.size:
            phrase = (v[full] >> 1) - 1
            at = alive[full]
            ok = np.ones(full.size, dtype=bool)
            for j in range(n):  # verify the ids (hashes could collide)
                ok &= table.ids[phrase, j] == tid[cand[at] + j]
            best_len[at[ok]] = n
            best_phrase[at[ok]] = phrase[ok]
        more = (v >= 0) & (v & 1 == 1)
        alive, h = alive[more], h[more]
    found = np.flatnonzero(best_len > 0)
    start, length, phrase = cand[found], best_len[found], best_phrase[found]
    keep = _leftmost_longest(start, length)
    return start[keep], length[keep], phrase[keep]


def _leftmost_longest(start: np.ndarray, length: np.ndarray) -> np.ndarray:
    """Keep a match unless it starts inside an earlier kept match (greedy, left to right)."""
    end = start + length
    keep = np.ones(start.size, dtype=bool)
    if start.size < 2 or not np.any(start[1:] < np.maximum.accumulate(end)[:-1]):
        return keep
    while True:  # fixed point: each pass settles at least one more link of an overlap chain
        reach = np.maximum.accumulate(np.where(keep, end, 0))
        covered = np.zeros(start.size, dtype=bool)
        covered[1:] = start[1:] < reach[:-1]
        new = ~covered
        if np.array_equal(new, keep):
            return keep
        keep = new


def _negated(comp: CompiledLexicon, tid: np.ndarray, is_start: np.ndarray, t_start: np.ndarray,
             n_start: np.ndarray, n_len: np.ndarray, n_phrase: np.ndarray) -> np.ndarray:
    """Which terms (sorted starts ``t_start``) are negated by the nearest negator before them."""
    out = np.zeros(t_start.size, dtype=bool)
    if n_start.size == 0 or t_start.size == 0:
        return out
    n_last = n_start + n_len - 1  # sorted: leftmost-longest matches do not overlap
    j = np.searchsorted(n_last, t_start) - 1
    has = np.flatnonzero(j >= 0)
    e = n_last[j[has]]
    s = t_start[has]
    window = comp.negator_window[n_phrase[j[has]]]
    ok = s - e - 1 <= window
    prev_term = np.concatenate(([-1], t_start[:-1]))[has]
    ok &= prev_term <= e  # no other term between the negator and this one
    for k in range(1, int(comp.negator_window.max()) + 2):
        pos = e + k
        between = pos < s
        ok &= ~(between & comp.is_blocker[tid[pos]])
        ok &= ~(pos <= s) | ~is_start[np.minimum(pos, is_start.size - 1)]  # same sentence
    out[has] = ok
    return out


def _score_chunk(comp: CompiledLexicon, side_a: np.ndarray, side_b: np.ndarray, buf: np.ndarray,
                 doc_starts: np.ndarray, ws: Workspace | None = None) -> np.ndarray:
    """Score the documents of one chunk buffer: array (5, n_docs) of
    tension, conflict, cooperation, terms, dyad_sentences."""
    ws = ws or Workspace()
    n_docs = doc_starts.shape[0] - 1
    out = np.zeros((5, n_docs), dtype=np.float64)
    low, word = word_bytes(buf, ws)
    starts, ends = token_bounds(word, ws)
    n_tok = starts.shape[0]
    if n_tok == 0:
        return out
    tid = _token_ids(comp, buf, low, starts, ends - starts, ws)
    doc_first = np.searchsorted(starts, doc_starts[:-1])
    is_start = _sentence_starts(buf, word, starts, ends, tid, comp, doc_first, ws)
    sent_starts = np.flatnonzero(is_start)
    sent_starts = sent_starts[sent_starts < n_tok]
    roles = ws.get("roles", n_tok, np.uint8)
    np.take(comp.roles, tid[:n_tok], out=roles, mode="clip")
    picked = ws.get("picked", n_tok, np.uint8)

    # dyad sentences
    np.bitwise_and(roles, _ROLE_ACTOR, out=picked)
    a_start, _, a_phrase = _match(comp.actors, tid, np.flatnonzero(picked), is_start)
    a_sent = np.searchsorted(sent_starts, a_start, side="right") - 1
    n_sent = sent_starts.shape[0]
    has_a = np.bincount(a_sent[side_a[a_phrase]], minlength=n_sent) > 0
    has_b = np.bincount(a_sent[side_b[a_phrase]], minlength=n_sent) > 0
    dyad = has_a & has_b
    dyad_sent = np.flatnonzero(dyad)
    sent_doc = np.searchsorted(doc_first, sent_starts[dyad_sent], side="right") - 1
    out[4] = np.bincount(sent_doc, minlength=n_docs)
    if dyad_sent.size == 0:
        return out

    # terms and negators of the dyad sentences
    sent_len = np.diff(sent_starts, append=n_tok)[dyad_sent]
    inside = np.ones(int(sent_len.sum()), dtype=np.int64)  # the token indices of the dyad sentences
    first_of = np.cumsum(sent_len)[:-1]
    inside[0] = sent_starts[dyad_sent[0]]
    inside[first_of] = sent_starts[dyad_sent[1:]] - (sent_starts[dyad_sent[:-1]] + sent_len[:-1] - 1)
    k = np.cumsum(inside)
    r = roles[k] & (_ROLE_TERM | _ROLE_NEG)
    sel = np.flatnonzero(r)
    k, r = k[sel], r[sel]
    t_start, _, t_phrase = _match(comp.terms, tid, k[(r & _ROLE_TERM) > 0], is_start)
    n_start, n_len, n_phrase = _match(comp.negators, tid, k[(r & _ROLE_NEG) > 0], is_start)
    negated = _negated(comp, tid, is_start, t_start, n_start, n_len, n_phrase)
    score = np.where(negated, comp.term_negated[t_phrase], comp.term_tension[t_phrase])
    kept = ~np.isnan(score)
    t_start, score = t_start[kept], score[kept]
    doc = np.searchsorted(doc_first, t_start, side="right") - 1
    out[0] = np.bincount(doc, weights=score, minlength=n_docs)
    out[1] = np.bincount(doc, weights=np.maximum(score, 0.0), minlength=n_docs)
    out[2] = np.bincount(doc, weights=np.maximum(-score, 0.0), minlength=n_docs)
    out[3] = np.bincount(doc, minlength=n_docs)
    return out


# ----------------------------------------------------------------------------- documents to buffers
_ENCODE = operator.methodcaller("encode", "utf-8", "surrogatepass")


def _chunk_buffer(docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``NUL doc0 NUL doc1 ... NUL`` as a padded uint8 buffer, and the document offsets.

    ``doc_starts[i]`` is the byte offset of document ``i``; ``doc_starts[-1]`` is
    one past the end of the last document. NUL characters inside documents need
    no care: NUL is a separator like a space.
    """
    encoded = list(map(_ENCODE, docs))  # per document: ASCII runs copy fast
    lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    doc_starts = np.empty(len(encoded) + 1, dtype=np.int64)
    doc_starts[0] = 1
    np.cumsum(lengths + 1, out=doc_starts[1:])
    doc_starts[1:] += 1
    doc_starts[-1] -= 1
    text_end = int(doc_starts[-1])  # the NUL after the last document
    encoded.append(bytes(PAD + 8 + (-(text_end + 1 + PAD)) % 8))
    data = b"\x00".join([b""] + encoded)  # the padding is in the bytes: no copy into numpy
    return np.frombuffer(data, dtype=np.uint8), doc_starts


def _as_texts(texts: Iterable[str | bytes]) -> tuple[list[str], np.ndarray]:
    """Documents as str, with the count of bytes replaced in each (bytes input only)."""
    docs = texts if isinstance(texts, list) else list(texts)
    replaced = np.zeros(len(docs), dtype=np.int64)
    kinds = set(map(type, docs))
    if kinds <= {str}:
        return cast("list[str]", docs), replaced
    out: list[str] = []
    for i, d in enumerate(docs):
        if isinstance(d, str):
            out.append(d)
        elif isinstance(d, (bytes, bytearray, memoryview)):
            text, n = decode_counting(bytes(d))
            out.append(text)
            replaced[i] = n
        else:
            raise FieldTypeError("texts", "str or bytes documents", f"{type(d).__name__} at position {i}")
    return out, replaced


def _chunks(docs: list[str], chunk_bytes: int) -> list[tuple[int, int]]:
    if not docs:
        return []
    sizes = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs)) + 1
    cum = np.cumsum(sizes)
    cuts = np.searchsorted(cum, np.arange(chunk_bytes, int(cum[-1]), chunk_bytes), side="left") + 1
    bounds = np.unique(np.concatenate(([0], cuts, [len(docs)])))
    return list(zip(bounds[:-1].tolist(), bounds[1:].tolist()))


def _default_lexicon() -> Any:
    from .lexicon import load_lexicon

    return load_lexicon()


def check_options(workers: Any, chunk_bytes: Any, dyad: Any, lexicon: Any) -> tuple[tuple[str, str], Any]:
    """Check the options shared by :func:`score_texts` and :func:`tension.score_corpus`; return the dyad and lexicon.

    Examples
    --------
    >>> from tension.text.score import check_options
    >>> dyad, lexicon = check_options(1, 1 << 20, "usa:chn", None)
    >>> dyad, type(lexicon).__name__
    (('USA', 'CHN'), 'Lexicon')
    """
    for name, value in (("workers", workers), ("chunk_bytes", chunk_bytes)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise SchemaError(name, "an int >= 1", repr(value))
    return _check_dyad(dyad), (_default_lexicon() if lexicon is None else lexicon)


def _check_dyad(dyad: Any) -> tuple[str, str]:
    if dyad is None:
        raise FieldTypeError("dyad", "a pair of actor code prefixes such as ('USA', 'CHN')", dyad)
    pair = parse_dyad(dyad)
    assert pair is not None
    return pair


def _score_strings(comp: CompiledLexicon, side_a: np.ndarray, side_b: np.ndarray, docs: Sequence[str],
                   ws: Workspace | None) -> np.ndarray:
    """Score str documents as one chunk buffer: array (5, n)."""
    if not docs:
        return np.zeros((5, 0), dtype=np.float64)
    buf, doc_starts = _chunk_buffer(docs)
    return _score_chunk(comp, side_a, side_b, buf, doc_starts, ws)


def score_batch(
    texts: Sequence[str],
    *,
    ids: Any,
    published: Any,
    replaced: Any,
    dyad: tuple[str, str],
    lexicon: Any,
    skipped: int = 0,
    workspace: Workspace | None = None,
) -> TextScores:
    """Score one batch of str documents as one chunk (the kernel of :func:`tension.score_corpus`).

    ``dyad`` and ``lexicon`` are as :func:`check_options` returns them; ``ids``,
    ``published`` (``datetime64[D]``, NaT when unknown) and ``replaced`` (bytes
    replaced by U+FFFD when the text was decoded) are the batch's, one per text.
    ``workspace`` reuses scratch arrays between the batches of one thread.

    Examples
    --------
    >>> import numpy as np
    >>> from tension.text.score import check_options, score_batch
    >>> dyad, lex = check_options(1, 1 << 20, ("USA", "CHN"), None)
    >>> s = score_batch(["China imposed sanctions on the United States."], ids=["a"],
    ...                 published=np.array(["2023-06-19"], dtype="datetime64[D]"), replaced=[0],
    ...                 dyad=dyad, lexicon=lex)
    >>> s.ids.tolist(), s.tension.tolist()
    (['a'], [8.0])
    """
    comp = compile_lexicon(lexicon)
    side_a, side_b = _dyad_sides(lexicon, dyad)
    res = _score_strings(comp, side_a, side_b, texts, workspace)
    return TextScores(tension=res[0], conflict=res[1], cooperation=res[2], terms=res[3], dyad_sentences=res[4],
                      replaced_bytes=replaced, ids=ids, published=published, dyad=dyad, skipped=skipped)


def score_chunks(docs: list[str], *, dyad: tuple[str, str], lexicon: Any, workers: int,
                 chunk_bytes: int) -> np.ndarray:
    """Score str documents chunk by chunk (threads when ``workers > 1``): array (5, n)."""
    comp = compile_lexicon(lexicon)
    side_a, side_b = _dyad_sides(lexicon, dyad)

    pieces = _chunks(docs, chunk_bytes)
    if not pieces:
        return np.zeros((5, 0), dtype=np.float64)
    parts: list[np.ndarray] = [np.zeros((5, 0))] * len(pieces)

    def run(first: int) -> None:  # every ``workers``-th chunk, with one workspace
        ws = Workspace()
        for i in range(first, len(pieces), workers):
            a, b = pieces[i]
            parts[i] = _score_strings(comp, side_a, side_b, docs[a:b], ws)

    if workers > 1 and len(pieces) > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(run, range(workers)))
    else:
        for i in range(workers):
            run(i)
    return np.concatenate(parts, axis=1)


# ----------------------------------------------------------------------------- results
@attrs.frozen(eq=False)
class TextScores:
    """Per-document scores, one array per field and one row per document.

    Attributes
    ----------
    tension : ndarray of float64
        Sum of the signed term scores (minus Goldstein) in the sentences that
        name both sides of the dyad; ``conflict - cooperation`` up to rounding.
    conflict : ndarray of float64
        Sum of the positive term scores (>= 0).
    cooperation : ndarray of float64
        Sum of the magnitudes of the negative term scores (>= 0).
    terms : ndarray of int64
        Term matches scored (in dyad sentences, negated ones included, dropped ones not).
    dyad_sentences : ndarray of int64
        Sentences naming both sides of the dyad.
    replaced_bytes : ndarray of int64
        Bytes that were not UTF-8 and were replaced by U+FFFD before scoring.
    ids : ndarray of StringDType
        Document ids ("0", "1", ... when none were given).
    published : ndarray of datetime64[D]
        Publication day of each document (NaT when unknown).
    dyad : tuple of str
    skipped : int
        Input records skipped on request (``score_corpus(..., errors="warn")``).

    Examples
    --------
    >>> import tension
    >>> s = tension.score_texts(["The United States and China signed a trade agreement."],
    ...                         published=["2023-06-19"])
    >>> len(s), s.terms.tolist(), s.replaced_bytes.sum()
    (1, [1], np.int64(0))
    >>> s.series("M").dates.astype(str).tolist()
    ['2023-06-01']
    """

    tension: np.ndarray = attrs.field(converter=ro_float64)
    conflict: np.ndarray = attrs.field(converter=ro_float64)
    cooperation: np.ndarray = attrs.field(converter=ro_float64)
    terms: np.ndarray = attrs.field(converter=ro_int64)
    dyad_sentences: np.ndarray = attrs.field(converter=ro_int64)
    replaced_bytes: np.ndarray = attrs.field(converter=ro_int64)
    ids: np.ndarray = attrs.field(converter=ro_strings)
    published: np.ndarray = attrs.field(converter=ro_days)
    dyad: tuple[str, str] = ("USA", "CHN")
    skipped: int = 0

    FIELDS = ("ids", "published", "tension", "conflict", "cooperation", "terms", "dyad_sentences",
              "replaced_bytes")

    def __attrs_post_init__(self) -> None:
        n = self.tension.shape[0]
        for f in self.FIELDS:
            a = getattr(self, f)
            if a.shape != (n,):
                raise SchemaError(f, f"a 1-d array of length {n}", f"shape {a.shape}")

    def __len__(self) -> int:
        return int(self.tension.shape[0])

    @classmethod
    def empty(cls, dyad: tuple[str, str] = ("USA", "CHN")) -> TextScores:
        """No documents."""
        z = np.zeros(0)
        return cls(z, z, z, z, z, z, np.zeros(0, dtype=str), np.zeros(0, dtype="datetime64[D]"), dyad)

    @classmethod
    def concat(cls, parts: Sequence[TextScores]) -> TextScores:
        """Stack scores of several batches (same dyad) row-wise."""
        if not parts:
            return cls.empty()
        cols = {f: np.concatenate([getattr(p, f) for p in parts]) for f in cls.FIELDS}
        return cls(**cols, dyad=parts[0].dyad, skipped=sum(p.skipped for p in parts))

    def to_pandas(self) -> pd.DataFrame:
        """A DataFrame with one row per document and one column per field.

        Examples
        --------
        >>> import tension
        >>> df = tension.score_texts(["China imposed sanctions on the United States."]).to_pandas()
        >>> list(df.columns)
        ['id', 'published', 'tension', 'conflict', 'cooperation', 'terms', 'dyad_sentences', 'replaced_bytes']
        """
        import pandas as pd

        data = {f: getattr(self, f) for f in self.FIELDS}
        data["ids"] = self.ids.astype(object)
        data["published"] = self.published.astype("datetime64[s]")
        df = pd.DataFrame(data)
        return df.rename(columns={"ids": "id"})

    def to_arrow(self) -> pa.Table:
        """A :class:`pyarrow.Table` with one row per document (columns as :meth:`to_pandas`).

        Examples
        --------
        >>> import tension
        >>> tension.score_texts(["China imposed sanctions on the United States."]).to_arrow().column("tension").to_pylist()
        [8.0]
        """
        import pyarrow as pa

        arrays = [pa.array(self.ids), pa.array(self.published, type=pa.date32())]
        arrays += [pa.array(getattr(self, f)) for f in self.FIELDS[2:]]
        return pa.Table.from_arrays(arrays, names=["id", *self.FIELDS[1:]])

    def to_csv(self, path: str | Path) -> None:
        """Write the per-document scores as CSV with a header (no pandas needed).

        Examples
        --------
        >>> import pathlib, tempfile, tension
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "scores.csv"
        >>> tension.score_texts(["China imposed sanctions on the United States."], published=["2023-06-19"]).to_csv(p)
        >>> p.read_text().splitlines()
        ['id,published,tension,conflict,cooperation,terms,dyad_sentences,replaced_bytes', '"0",2023-06-19,8,8,0,1,1,0']
        """
        import pyarrow.csv as pcsv

        table = self.to_arrow()
        with open(path, "wb") as f:
            f.write((",".join(table.column_names) + "\n").encode("utf-8"))
            pcsv.write_csv(table, f, write_options=pcsv.WriteOptions(include_header=False, quoting_style="needed"))

    def series(self, freq: str = "D", how: str = "sum", start: Any = None, end: Any = None) -> Series:
        """Per-period tension over the documents' publication days.

        ``how="sum"`` adds the documents' tension per period, ``"mean"`` averages
        it over the documents of the period, ``"count"`` counts documents; the
        series' counts are documents per period. Documents without a publication
        day are left out; :class:`~tension.exceptions.SchemaError` is raised when
        no document has one.

        Examples
        --------
        >>> import tension
        >>> s = tension.score_texts(["China imposed sanctions on the United States.", "Nothing."],
        ...                         published=["2023-06-19", "2023-06-21"])
        >>> sr = s.series("D")
        >>> sr.dates.astype(str).tolist(), sr.counts.tolist()
        (['2023-06-19', '2023-06-20', '2023-06-21'], [1, 0, 1])
        """
        if how not in HOWS:
            raise SchemaError("how", f"one of {HOWS}", repr(how))
        return self.partial(freq).to_series(how, start, end)

    def partial(self, freq: str = "D") -> PartialSeries:
        """Mergeable per-period sums of the documents' tension by publication day.

        Partials of different batches or workers combine exactly
        (:meth:`tension.series.PartialSeries.combine`); :meth:`series` finishes one.

        Examples
        --------
        >>> import tension
        >>> a = tension.score_texts(["China imposed sanctions on the United States."], published=["2023-06-19"])
        >>> b = tension.score_texts(["The US and China signed a trade deal."], published=["2023-06-20"])
        >>> a.partial("M").combine(b.partial("M")).to_series("count").values.tolist()
        [2.0]
        """
        known = ~np.isnat(self.published)
        if len(self) and not known.any():
            raise SchemaError("published", "publication days for the documents (score with published=...)",
                              "no document with a publication day")
        return PartialSeries.from_arrays(self.published[known], self.tension[known], freq)


def _published_array(published: Any, n: int) -> np.ndarray:
    if published is None:
        return np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    from .._arrays import to_days

    d = to_days(published, "published")
    if d.shape != (n,):
        raise SchemaError("published", f"{n} publication days (one per text)", f"{d.shape[0]}")
    return d


def score_texts(
    texts: Iterable[str | bytes],
    *,
    dyad: tuple[str, str] = ("USA", "CHN"),
    lexicon: Any = None,
    workers: int = 1,
    published: Any = None,
    ids: Any = None,
    chunk_bytes: int = 1 << 20,
) -> TextScores:
    """Score the tension between the two sides of ``dyad`` in each text.

    Parameters
    ----------
    texts : iterable of str or bytes
        The documents. Bytes are decoded as UTF-8; bytes that are not UTF-8 are
        replaced by U+FFFD and counted in ``replaced_bytes``.
    dyad : (str, str)
        Actor code prefixes of the two sides (``"USA"`` matches ``USAGOV`` too).
    lexicon : Lexicon, optional
        The actor names, terms and negators (default: the packaged
        :func:`tension.text.lexicon.load_lexicon`). Compiled once per lexicon.
    workers : int
        Threads scoring chunks in parallel (numpy releases the GIL).
    published : array-like of dates, optional
        Publication day of each text, for :meth:`TextScores.series`.
    ids : array-like of str, optional
        Document ids (default "0", "1", ...).
    chunk_bytes : int
        Approximate size of the byte buffer scored at once.

    Returns
    -------
    TextScores
        One row per text, in order.

    Examples
    --------
    >>> import tension
    >>> s = tension.score_texts(["Beijing did not agree to talks with Washington.",
    ...                          "Beijing agreed to talks with Washington."])
    >>> bool(s.tension[0] > 0), bool(s.tension[1] < 0)
    (True, True)
    """
    if isinstance(texts, (str, bytes)):
        raise FieldTypeError("texts", "an iterable of documents (a list of str)", "a single str")
    dyad, lex = check_options(workers, chunk_bytes, dyad, lexicon)
    docs, replaced = _as_texts(texts)
    n = len(docs)
    res = score_chunks(docs, dyad=dyad, lexicon=lex, workers=workers, chunk_bytes=chunk_bytes)
    id_arr = np.arange(n).astype(str) if ids is None else np.asarray(ids, dtype=str)
    if id_arr.shape != (n,):
        raise SchemaError("ids", f"{n} ids (one per text)", f"{id_arr.shape[0]}")
    return TextScores(
        tension=res[0], conflict=res[1], cooperation=res[2], terms=res[3], dyad_sentences=res[4],
        replaced_bytes=replaced, ids=id_arr, published=_published_array(published, n), dyad=dyad,
    )
