"""The lexicon compiled into lookup arrays for the bulk scorer (:mod:`tension.text.score`).

:func:`compile_lexicon` turns a lexicon's actor names, terms and negators into
token ids, an open-addressing hash table from token keys to ids
(:class:`HashTable`) and per-dictionary phrase tables (:class:`PhraseTable`), once
per lexicon. The abbreviations and negation windows come from
:mod:`tension.text.rules`; tokens follow :mod:`tension.text.tokens`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import attrs
import numpy as np

from .. import codebook
from .._arrays import readonly
from ..exceptions import SchemaError, TensionError
from .rules import ABBREVIATIONS, EASING_KINDS, NEGATION_BLOCKERS, negation_window
from .signs import eased_measure
from .tokens import Workspace, normalize_token, split_tokens

__all__ = ["HashTable", "PhraseTable", "CompiledLexicon", "compile_lexicon"]

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
    def build(cls, keys: np.ndarray, values: np.ndarray, missing: int = -1, spread: int = 16) -> HashTable:
        """A table ``spread`` times (at least) the number of keys: 16 for bulk look-ups, where most keys
        must end at their first slot; 2 for one look-up at a time, where a table that stays in cache
        matters more than a second probe in the same cache line."""
        keys = np.asarray(keys, dtype=np.uint64)
        if np.any(keys == 0):
            raise TensionError("a lexicon key hashed to 0; change the hash constants")
        bits = max(6, int(np.ceil(np.log2(max(len(keys), 1) * spread))))
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
    the one-token phrase of an id (-1: none), ``longer[id]`` whether a longer
    phrase starts with it and ``second[id]`` whether it is the second token of a
    phrase (a cheap filter before hashing: "the" starts "the United States", but
    is rarely followed by a second token); ``prefixes[n]`` maps the hash of the first ``n`` ids of
    phrases to ``2 * (phrase + 1) + (1 if a longer phrase continues it)``.
    """

    ids: np.ndarray
    lengths: np.ndarray
    single: np.ndarray
    longer: np.ndarray
    prefixes: tuple[HashTable | None, ...]
    second: np.ndarray
    pairs: np.ndarray

    @property
    def max_len(self) -> int:
        return int(self.ids.shape[1]) if self.ids.shape[0] else 0


@attrs.frozen(eq=False)
class CompiledLexicon:
    """A lexicon compiled into lookup arrays (see :func:`compile_lexicon`)."""

    n_words: int  # uint64 words per token key (tokens longer than 8 * n_words bytes are never in the lexicon)
    token_packed: HashTable  # token key -> packed value of packed_tokens (both readings and the entry); 0 when absent
    token_kv: np.ndarray  # the same keys in a table of (key, packed value) pairs: see packed_tokens
    token_shift: np.uint64  # its hash shift
    entry_of_id: np.ndarray  # id -> entry (lower-cased form)
    entry_key1: np.ndarray  # second key word of each entry (bytes 8..15), for exact checks of long tokens
    entry_len: np.ndarray  # byte length of each entry
    id_lower: np.ndarray  # id of the lower-case reading of each entry (0: none), then a 0 for "absent" (-1)
    id_upper: np.ndarray  # id of the kept-upper-case reading (2-4 capitals; 0: none), then a 0 for "absent"
    roles: np.ndarray  # uint8 per id: which dictionaries have a phrase starting with it
    actor_flags: np.ndarray  # uint8 per id: 1 an actor phrase, 2 starts a longer one, 4 the second token of one
    is_abbrev: np.ndarray  # bool per id
    is_blocker: np.ndarray  # bool per id
    actors: PhraseTable
    terms: PhraseTable
    negators: PhraseTable
    actor_codes: tuple[tuple[str, ...], ...]  # codes of each actor phrase
    term_tension: np.ndarray  # float64 per term phrase
    term_negated: np.ndarray  # float64 per term phrase, NaN: dropped when negated
    negator_window: np.ndarray  # int64 per negator phrase
    term_eased: np.ndarray  # float64 per term phrase: its score under an easing negator (its eased measure's, else
    # ``term_negated``)
    negator_eases: np.ndarray  # bool per negator phrase: of an easing kind (rules.EASING_KINDS)

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


#: Bits of a phrase table's filter of (first, second) token-id pairs (128 KiB: it stays in the second-level
#: cache; with the ~19,000 pairs of the packaged actor phrases about 2% of other pairs pass, against 28% with
#: 64 Ki bits).
PAIR_BITS = 1 << 20
_PAIR_SHIFT = np.uint64(64 - 20)


def pair_bit(t0: Any, t1: Any) -> Any:
    """The filter bit of the token-id pairs ``(t0, t1)`` (uint64 arrays; the numba engine compiles this
    function as it is)."""
    return (((t0 * _C1) ^ t1) * _C1) >> _PAIR_SHIFT


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


#: The packed value of a token: its lower-case id in bits 0-20, its kept-upper-case id in bits 21-41, its entry
#: from bit 42 (0: absent).
ID_BITS = 21
ID_MASK = np.uint64((1 << ID_BITS) - 1)


def packed_tokens(tokens: HashTable, id_lower: np.ndarray, id_upper: np.ndarray) -> tuple[np.ndarray, np.uint64]:
    """The token table as ``kv``: ``kv[2 * slot]`` a key, ``kv[2 * slot + 1]`` its packed value (both ids and the
    entry, 0 for an empty slot), so that one look-up reads one cache line and no second table; the same
    keys and hash as ``tokens``, about 8 slots per key (a probe almost always ends at its first slot)."""
    used = np.flatnonzero(tokens.keys)
    t = HashTable.build(tokens.keys[used], tokens.values[used], spread=8)
    e = t.values.astype(np.int64)
    if max(int(id_lower.max(initial=0)), int(id_upper.max(initial=0)), e.shape[0]) >= 1 << ID_BITS:
        raise TensionError(f"a lexicon of more than {1 << ID_BITS} token forms")
    kv = np.zeros(2 * t.keys.shape[0], dtype=np.uint64)
    kv[0::2] = t.keys
    has = t.keys != 0
    kv[1::2][has] = (id_lower[e[has]].astype(np.uint64) | (id_upper[e[has]].astype(np.uint64) << np.uint64(ID_BITS))
                     | (e[has].astype(np.uint64) << np.uint64(2 * ID_BITS)))
    return readonly(kv), t.shift


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
            prefixes.append(HashTable.build(keys, vals, spread=32 if n == 2 else 16))  # most queries: n = 2
    second = np.zeros(vocab_size + 1, dtype=bool)
    pairs = np.zeros(PAIR_BITS // 64, dtype=np.uint64)
    if max_len > 1:
        two = ids[lengths > 1]
        second[two[:, 1]] = True
        bit = pair_bit(two[:, 0].astype(np.uint64), two[:, 1].astype(np.uint64))
        np.bitwise_or.at(pairs, (bit >> np.uint64(6)).astype(np.int64), np.uint64(1) << (bit & np.uint64(63)))
    return PhraseTable(ids, lengths, single, longer, tuple(prefixes), second, readonly(pairs))


@functools.cache
def compile_lexicon(lexicon: Any) -> CompiledLexicon:
    """Compile a lexicon (see ``LEXICON_CONTRACT``) into lookup arrays, once per lexicon.

    Duplicate phrases keep the first term (its code and scores); an actor phrase
    listed several times keeps all its codes; negators take their window from
    ``lexicon.negator_kinds`` when present (:data:`tension.text.rules.NEGATION_WINDOWS`), and
    a conflictual measure negated by an easing kind (:data:`tension.text.rules.EASING_KINDS`)
    scores its easing (:func:`tension.text.signs.eased_measure`: "suspended the tariffs" 085).

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
    measures: list[str | None] = []  # the easing code of a conflictual measure ("cut its duties": 085)
    for t in lexicon.terms:
        p = ids_of(_norm_phrase(t.tokens, "term phrase"))
        if not p or p in term_index:
            continue
        term_index[p] = len(tens)
        tens.append(float(t.tension))
        neg.append(np.nan if t.negated_tension is None else float(t.negated_tension))
        measures.append(eased_measure(str(t.code)) if float(t.tension) > 0 else None)
    eased_codes = [m for m in measures if m is not None]
    eased_of = dict(zip(eased_codes, codebook.tension_of(eased_codes).tolist())) if eased_codes else {}
    eased = [eased_of[m] if m is not None else n for m, n in zip(measures, neg)]
    kinds = getattr(lexicon, "negator_kinds", None) or ("negate",) * len(lexicon.negators)
    neg_index: dict[tuple[int, ...], tuple[int, bool]] = {}
    for n, kind in zip(lexicon.negators, kinds):
        p = ids_of(_norm_phrase(n, "negator"))
        if p:
            neg_index.setdefault(p, (negation_window(kind), kind in EASING_KINDS))
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
    n_words = max(2, int(-(-lengths.max() // 8)))  # >= 2: a token longer than 8 bytes never keys a shorter entry
    keys = word_keys(buf, starts[:-1], lengths, n_words)
    key = _token_key(keys[:, 0], [keys[:, w] for w in range(1, n_words)], lengths)
    if np.unique(key).size != key.size:
        raise TensionError("two lexicon tokens share a lookup key; change the hash constants")
    readings = np.array([lowered[f] for f in forms], dtype=np.int64).reshape(-1, 2)
    entry_of_id = np.zeros(size, dtype=np.int64)
    for j, (lo_id, up_id) in enumerate(readings.tolist()):
        entry_of_id[lo_id] = entry_of_id[up_id] = j
    actors = _phrase_table(list(actor_index), size - 1)
    terms = _phrase_table(list(term_index), size - 1)
    negators = _phrase_table(list(neg_index), size - 1)
    roles = np.zeros(size, dtype=np.uint8)
    for bit, table in ((_ROLE_ACTOR, actors), (_ROLE_TERM, terms), (_ROLE_NEG, negators)):
        roles[(table.single >= 0) | table.longer] |= bit
    tokens = HashTable.build(key, np.arange(len(forms), dtype=np.int64))
    id_lower, id_upper = np.append(readings[:, 0], 0), np.append(readings[:, 1], 0)
    token_kv, token_shift = packed_tokens(tokens, id_lower, id_upper)
    used = token_kv[0::2] != 0
    # a sparse table for the numpy engine's bulk look-up: with 32 slots per key, a token of news text lands on
    # another key's slot (and needs a second probing round) several times less often than with 16 -- the
    # frequent words decide
    token_packed = HashTable.build(token_kv[0::2][used], token_kv[1::2][used].view(np.int64), missing=0, spread=32)
    return CompiledLexicon(
        n_words=n_words,
        token_packed=token_packed,
        token_kv=token_kv,
        token_shift=token_shift,
        entry_of_id=entry_of_id,
        entry_key1=keys[:, 1],
        entry_len=lengths,
        id_lower=id_lower,
        id_upper=id_upper,
        roles=roles,
        actor_flags=readonly(((actors.single >= 0) | (actors.longer.astype(np.uint8) << 1)
                              | (actors.second.astype(np.uint8) << 2)).astype(np.uint8)),
        is_abbrev=is_abbrev,
        is_blocker=is_blocker,
        actors=actors,
        terms=terms,
        negators=negators,
        actor_codes=tuple(tuple(c) for c in actor_codes),
        term_tension=np.array(tens, dtype=np.float64),
        term_negated=np.array(neg, dtype=np.float64),
        negator_window=np.array([w for w, _ in neg_index.values()], dtype=np.int64),
        term_eased=np.array(eased, dtype=np.float64),
        negator_eases=np.array([e for _, e in neg_index.values()], dtype=bool),
    )


@functools.cache
def _dyad_sides(lexicon: Any, dyad: tuple[str, str]) -> tuple[np.ndarray, np.ndarray]:
    comp = compile_lexicon(lexicon)
    a = np.array([any(c.startswith(dyad[0]) for c in cs) for cs in comp.actor_codes], dtype=bool)
    b = np.array([any(c.startswith(dyad[1]) for c in cs) for cs in comp.actor_codes], dtype=bool)
    return a, b
