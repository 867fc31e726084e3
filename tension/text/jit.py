"""The compiled scoring engine (``engine="numba"``): a few tight loops per document, compiled with numba.

Imported only when :func:`tension.score_texts` runs with ``engine="numba"`` (or
``"auto"`` with numba installed: ``pip install 'tension[fast]'``). It applies exactly
the rules of the numpy engine (:mod:`tension.text.score`, ``docs/scoring.md``) to the
same compiled lexicon (:func:`tension.text.compiled.compile_lexicon`), reading each
document's UTF-8 bytes where they lie -- an Arrow string array's data buffer and
offsets, or a chunk buffer -- with no copy and no Python object per document:

1. token bounds in one pass over the bytes with no test per byte (a 256-entry class
   table; each byte's position is written and kept only where the word class changes);
2. per token, its sentence (from the flags of the two bytes before it, and of the rest of
   the gap when it is longer), its key from one unaligned 8-byte load lower-cased eight bytes at a time
   (the token key of :mod:`tension.text.tokens`), its vocabulary id from a sparse table
   whose first slot is read without a branch, and whether the previous
   token may start an actor phrase -- as arithmetic rather than tests: on news text a
   mispredicted branch costs as much as the rest of a token's work;
3. actor phrases, leftmost-longest, and the sentences naming both sides;
4. in those sentences only: negators, then terms, each term checked against the
   nearest negator before it; sums in document order (as the numpy engine sums).

The 8-byte loads assume a little-endian machine (as numba's targets are) and never
read past the end of the buffer: the last bytes are read one at a time.

The functions are compiled with ``cache=True``: the first call in a fresh
environment compiles them (a few seconds, once per Python and numba version),
later processes load the machine code from numba's cache.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

import numba as nb
import numpy as np
from llvmlite import ir
from numba.core import types
from numba.extending import intrinsic

from .compiled import (
    _C1,
    _C2,
    _PHRASE_SEED,
    CompiledLexicon,
    HashTable,
    PhraseTable,
    pair_bit,
)

__all__ = ["lexicon_tables", "score_spans"]

if sys.byteorder != "little":  # pragma: no cover
    raise ImportError("tension.text.jit reads little-endian 8-byte words; use engine='numpy' on this machine")


def _flat_phrases(table: PhraseTable) -> tuple[Any, ...]:
    """A phrase table as flat arrays: ids, single, longer, and the prefix hash tables concatenated."""
    keys: list[np.ndarray] = [np.zeros(1, dtype=np.uint64)] * 2
    vals: list[np.ndarray] = [np.full(1, -1, dtype=np.int64)] * 2
    shifts = [np.uint64(63), np.uint64(63)]
    for t in table.prefixes[2:]:
        assert t is not None
        used = np.flatnonzero(t.keys)
        t = HashTable.build(t.keys[used], t.values[used], spread=2)  # the same keys, a table that stays in cache
        keys.append(t.keys)
        vals.append(t.values)
        shifts.append(t.shift)
    offs = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum([k.shape[0] for k in keys], out=offs[1:])
    ids = table.ids if table.ids.shape[1] else np.zeros((max(table.ids.shape[0], 1), 1), dtype=np.int64)
    # first[t]: 1 if token t is a phrase, 2 if it starts a longer one; second[t]: 2 if it is the second token of one
    first = ((table.single >= 0) | (table.longer.astype(np.uint8) << 1)).astype(np.uint8)
    return (np.ascontiguousarray(ids, dtype=np.int64), table.single.astype(np.int64),
            table.longer.astype(np.uint8), np.concatenate(keys), np.concatenate(vals), offs,
            np.array(shifts, dtype=np.uint64), np.int64(table.max_len),
            np.where(table.second != 0, 2, 0).astype(np.uint8), table.pairs, first)


_pair_bit = nb.njit(nogil=True, cache=True)(pair_bit)  # the filter bit of a pair of token ids


@functools.cache
def lexicon_tables(comp: CompiledLexicon) -> tuple[Any, ...]:
    """The compiled lexicon as the tuple of arrays the kernel reads (once per lexicon)."""
    # per token id, the bits the tokenizing pass reads: 1 an actor phrase, 2 starts a longer one, 4 the second
    # token of one, 8 an abbreviation
    info = (comp.actor_flags | (comp.is_abbrev.astype(np.uint8) << 3)).astype(np.uint8)
    return (
        comp.token_kv, info, comp.token_shift, np.array([~np.uint64(0), 0], dtype=np.uint64), np.int64(comp.n_words),
        comp.entry_len.astype(np.int64), comp.entry_key1, comp.id_lower.astype(np.int64),
        comp.id_upper.astype(np.int64), comp.roles, comp.is_abbrev.astype(np.uint8),
        comp.is_blocker.astype(np.uint8),
        _flat_phrases(comp.actors), _flat_phrases(comp.terms), _flat_phrases(comp.negators),
        # a negator's window, plus 16 when it is of an easing kind (one array: the kernel's scratch stays the same)
        comp.term_tension, comp.term_negated, (comp.negator_window + 16 * comp.negator_eases).astype(np.int64),
        comp.term_eased,
    )


def _byte_tables() -> tuple[np.ndarray, ...]:
    """Byte tables of the tokenizer. The byte class (bits 0-1: 0 not a word byte, 1 a word byte, 2 for 0xE2 and
    0xC2, word bytes unless they start one of the separator marks ``E2 80 xx`` and ``C2 xx``; bits 2-4: the gap
    flags of the sentence rule, 1 line feed, 2 '!' and '?', 4 '.'), and the last bytes of the separator
    marks."""
    b = np.arange(256)
    word = ((b >= 0x30) & (b <= 0x39)) | (((b | 0x20) >= 0x61) & ((b | 0x20) <= 0x7A)) | (b >= 0x80)
    cls = word.astype(np.uint8)
    cls[0xE2], cls[0xC2] = 2, 2
    cls[0x0A], cls[0x21], cls[0x3F], cls[0x2E] = 1 << 2, 2 << 2, 2 << 2, 4 << 2
    p2 = np.isin(b, [0xA0, 0xAB, 0xBB]).astype(np.uint8)
    p3 = np.isin(b, [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6]).astype(np.uint8)
    return cls, p2, p3


_BCLASS, _PUNCT2, _PUNCT3 = _byte_tables()
#: _MASK[n] keeps the low n bytes of a little-endian word; _MSB[n] is the top bit of each of them
_MASK = np.array([(1 << (8 * n)) - 1 for n in range(9)], dtype=np.uint64)
_MSB = _MASK & np.uint64(0x8080808080808080)
_LOW7 = np.uint64(0x7F7F7F7F7F7F7F7F)
_HIGH = np.uint64(0x8080808080808080)


def _load8_typing(typingctx: Any, arr: Any, idx: Any) -> Any:
    """The 8 bytes ``arr[idx:idx + 8]`` of a uint8 array as one uint64 (an unaligned load, no bounds check)."""
    if not (isinstance(arr, types.Array) and arr.dtype == types.uint8 and isinstance(idx, types.Integer)):
        return None
    sig = types.uint64(arr, idx)

    def codegen(context: Any, builder: Any, signature: Any, args: Any) -> Any:
        ary = context.make_array(signature.args[0])(context, builder, args[0])
        i = context.cast(builder, args[1], signature.args[1], types.intp)
        ptr = builder.bitcast(builder.gep(ary.data, [i]), ir.IntType(64).as_pointer())
        return builder.load(ptr, align=1)

    return sig, codegen


_load8: Any = intrinsic(_load8_typing)


@nb.njit(nogil=True, cache=True, inline="always")
def _word(data: Any, pos: Any, n: Any, size: Any) -> Any:
    """Bytes ``data[pos:pos + n]`` (n <= 8; all unsigned) as the low bytes of a little-endian uint64, the rest zero."""
    if pos + np.uint64(8) <= size:
        return _load8(data, pos) & _MASK[n]
    x = np.uint64(0)
    for j in range(n):
        x |= np.uint64(data[pos + np.uint64(j)]) << np.uint64(8 * j)
    return x


@nb.njit(nogil=True, cache=True, inline="always")
def _caps(x: Any) -> Any:
    """The top bit of each byte of ``x`` that is an ASCII capital (eight bytes at once): ``x | _caps(x) >> 2``
    is ``x`` lower-cased."""
    h = x & _LOW7
    ge_a = h + np.uint64(0x3F3F3F3F3F3F3F3F)  # top bit: byte >= 'A' (0x41)
    gt_z = h + np.uint64(0x2525252525252525)  # top bit: byte > 'Z' (0x5A)
    return ge_a & ~gt_z & ~x & _HIGH


@nb.njit(nogil=True, cache=True)
def _bounds(data: Any, lo: Any, hi: Any, bclass: Any, punct2: Any, punct3: Any, bounds: Any) -> Any:
    """Start and end of every token of ``data[lo:hi]``, alternating in ``bounds``; returns their count.

    No test per byte: each byte's position is written, and kept only where the word class changes.
    Only 0xE2 and 0xC2 (which may start a separator mark) take a branch."""
    # unsigned positions and counters: numba adds no negative-index wrap-around to unsigned indices
    u0, u1, u2, u3 = np.uint64(0), np.uint64(1), np.uint64(2), np.uint64(3)
    nb_ = u0
    prev = u0
    i = np.uint64(lo)
    end = np.uint64(hi)
    while i < end:
        c = np.uint64(bclass[data[i]]) & u3
        if c == u2:
            n = u0
            if data[i] == 0xE2:
                if i + u2 < end and data[i + u1] == 0x80 and punct3[data[i + u2]]:
                    n = u3
            elif i + u1 < end and punct2[data[i + u1]]:
                n = u2
            if n:  # a separator mark: not word bytes
                bounds[nb_] = i
                nb_ += prev
                prev = u0
                i += n
                continue
            c = u1
        bounds[nb_] = i
        nb_ += c ^ prev
        prev = c
        i += u1
    bounds[nb_] = end
    nb_ += prev
    return np.int64(nb_)


@nb.njit(nogil=True, cache=True)
def _probe(keys: Any, values: Any, shift: Any, start: Any, size: Any, q: Any) -> Any:
    """Value of key ``q`` in the open-addressing table ``keys[start:start + size]`` (-1: absent)."""
    slot = np.int64((q * _C1) >> shift)
    mask = size - 1
    while True:
        k = keys[start + slot]
        if k == q:
            return values[start + slot]
        if k == 0:
            return np.int64(-1)
        slot = (slot + 1) & mask


@nb.njit(nogil=True, cache=True)
def _has_pair(pairs: Any, t0: Any, t1: Any) -> Any:
    """Might a phrase start with ids ``t0, t1``? (No false negatives; ``_longest`` decides.)"""
    bit = _pair_bit(np.uint64(t0), np.uint64(t1))
    return (pairs[np.int64(bit >> np.uint64(6))] >> (bit & np.uint64(63))) & np.uint64(1) != 0


@nb.njit(nogil=True, cache=True)
def _longest(tid: Any, sent: Any, i: Any, n_tok: Any, ids: Any, pkeys: Any, pvals: Any, poffs: Any, pshifts: Any,
             max_len: Any, best_n: Any, best_p: Any) -> Any:
    """The longest phrase of one phrase table (its arrays ``ids``, ``pkeys``, ``pvals``, ``poffs``, ``pshifts``:
    see ``_flat_phrases``) starting at token ``i`` inside its sentence, given its one-token phrase ``best_n,
    best_p``: (length, phrase). Called for terms and negators (in the dyad sentences only); the actor rounds,
    which run over every document, carry the same loop written out, as a call costs more than the look-up."""
    h = (_PHRASE_SEED ^ np.uint64(tid[i])) * _C1
    si = sent[i]
    for n in range(2, max_len + 1):
        pos = i + n - 1
        if pos >= n_tok:
            break
        nt = tid[pos]
        if nt == 0 or sent[pos] != si:
            break
        h = (h ^ np.uint64(nt)) * _C1
        v = _probe(pkeys, pvals, pshifts[n], poffs[n], poffs[n + 1] - poffs[n], h)
        if v < 0:
            break
        if v >= 2:
            p = (v >> 1) - 1
            ok = True
            for j in range(n):
                if ids[p, j] != tid[i + j]:
                    ok = False
                    break
            if ok:
                best_n = np.int64(n)
                best_p = p
        if v & 1 == 0:
            break
    return best_n, best_p


@nb.njit(nogil=True, cache=True)
def _score_doc(data: Any, lo: Any, hi: Any, lex: Any, side_a: Any, side_b: Any, cand: Any, sstart: Any,
               tid: Any, sent: Any, flags: Any, neg_end: Any, neg_win: Any, bounds: Any, out: Any, d: Any) -> None:
    (tkeys, info, tshift, tsel, n_words, entry_len, entry_key1, id_lower, id_upper, roles, is_abbrev, is_blocker,
     actors, terms, negators, term_tension, term_negated, negator_window, term_eased) = lex
    tmask = np.uint64(tkeys.shape[0] // 2 - 1)
    keep = tsel
    a_single, a_longer, a_pairs = actors[1], actors[2], actors[9]
    t_single, t_longer, t_pairs = terms[1], terms[2], terms[9]
    n_single, n_longer, n_pairs = negators[1], negators[2], negators[9]
    a_second, t_second, n_second = actors[8], terms[8], negators[8]
    a_first, t_first, n_first = actors[10], terms[10], negators[10]
    # the phrase tables' arrays one by one (see _longest)
    a_ids, a_pkeys, a_pvals, a_offs = actors[0], actors[3], actors[4], actors[5]
    a_shifts, a_maxlen = actors[6], actors[7]
    t_ids, t_pkeys, t_pvals, t_offs, t_shifts, t_maxlen = terms[0], terms[3], terms[4], terms[5], terms[6], terms[7]
    n_ids, n_pkeys, n_pvals, n_offs = negators[0], negators[3], negators[4], negators[5]
    n_shifts, n_maxlen = negators[6], negators[7]
    bclass, punct2, punct3 = _BCLASS, _PUNCT2, _PUNCT3

    # 1. token bounds: one branch-free pass over the bytes (``_bounds``)
    nb = _bounds(data, lo, hi, bclass, punct2, punct3, bounds)
    n_tok = nb >> 1
    if n_tok == 0:
        return
    # 2. per token, with as few branches as possible (a mispredicted branch costs as much as the rest): its
    # sentence, its key from unaligned 8-byte words lower-cased eight bytes at a time, its id; and whether the
    # previous token may start an actor phrase
    # unsigned positions and counters: numba adds no negative-index wrap-around to unsigned indices
    u0, u1, u2, u8 = np.uint64(0), np.uint64(1), np.uint64(2), np.uint64(8)
    size = np.uint64(data.shape[0])
    cur = u0
    dot_ok = u0
    n_cand_u = u0
    prev_inf = u0  # id 0 ("no token") starts no phrase
    prev_end = u0
    sstart[0] = 0
    ku = u0
    while ku < np.uint64(n_tok):
        s = np.uint64(bounds[u2 * ku])
        ln = np.uint64(bounds[u2 * ku + u1]) - s
        # the gap's flags: its last byte counts only as a line feed; bytes of the previous token have none, so
        # the two bytes before the token are read without a test (a longer gap is rare)
        fl = u0
        if ku > u0:  # no sentence break before the first token (after it, s >= lo + 2)
            fl = ((np.uint64(bclass[data[s - u1]]) >> u2) & u1) | (np.uint64(bclass[data[s - u2]]) >> u2)
            q = prev_end
            while q + u2 < s:
                fl |= np.uint64(bclass[data[q]]) >> u2
                q += u1
        prev_end = s + ln
        if s + u8 <= size:  # the 8-byte load written out rather than through _word: about 1.07x for the kernel
            x = _load8(data, s) & _MASK[min(ln, u8)]
        else:
            x = _word(data, s, min(ln, u8), size)
        b0 = x & np.uint64(0xFF)
        not_lower = np.uint64(b0 - np.uint64(0x61) >= np.uint64(26))
        brk = (fl | ((fl >> u1) & not_lower) | ((fl >> u2) & dot_ok & not_lower)) & u1
        sstart[cur + u1] = ku  # kept only when a sentence begins here
        cur += brk
        # the key: the lower-cased first 8 bytes (unaligned load; eight bytes lower-cased at once), mixed with
        # the next words and the length when the token is longer
        up = _caps(x)
        key = x | (up >> u2)
        w1 = u0
        if ln > u8:
            h = ln * _C2
            for q in range(1, n_words):
                at = u8 * np.uint64(q)
                x = _word(data, s + at, min(ln - min(ln, at), u8), size)
                w = x | (_caps(x) >> u2)
                w1 = w if q == 1 else w1
                h = (h ^ w) * _C1
            key ^= h
        # the open-addressing probe of HashTable.lookup; the first slot without a branch (the table is
        # sparse: almost every look-up ends there, found or not)
        slot = (key * _C1) >> tshift
        kk = tkeys[u2 * slot]
        miss = np.uint64(kk != key)
        v = tkeys[u2 * slot + u1] & keep[miss]  # keep[0] all ones, keep[1] 0: an array, so that no branch is made of it
        if miss & np.uint64(kk != 0):
            while True:
                slot = (slot + u1) & tmask
                kk = tkeys[u2 * slot]
                if kk == key:
                    v = tkeys[u2 * slot + u1]
                    break
                if kk == 0:
                    break
        if ln > u8 and v != 0:  # a long token: the entry must have its length and bytes 8..15
            e = v >> np.uint64(42)
            if ln > u8 * np.uint64(n_words) or entry_len[e] != ln or entry_key1[e] != w1:
                v = u0
        # 2-4 capitals: the kept-upper-case reading (bits 21..41), else the lower-case one (bits 0..20)
        caps = np.uint64((ln - u2 <= u2) & (up == _MSB[min(ln, u8)]))
        t = (v >> (np.uint64(21) * caps)) & np.uint64(0x1FFFFF)
        tid[ku] = t
        sent[ku] = cur
        # the previous token may start an actor phrase: it is one, or starts one and this token can be the second
        inf = np.uint64(info[t])
        cand[n_cand_u] = ku - u1
        n_cand_u += np.uint64((prev_inf & (u1 | ((inf >> u1) & u2))) != 0)
        prev_inf = inf
        # a '.' after a single letter or an abbreviation ends no sentence
        letter = np.uint64((b0 | np.uint64(0x20)) - np.uint64(0x61) < np.uint64(26))
        dot_ok = (u1 - (np.uint64(ln == u1) & letter)) & (u1 - (inf >> np.uint64(3)))
        ku += u1
    n_cand = np.int64(n_cand_u)
    n_sent = np.int64(cur) + 1

    # 3. actors and the sentences naming both sides
    for s_ in range(n_sent):
        flags[s_] = 0
    if a_first[tid[n_tok - 1]] & 1:
        cand[n_cand] = n_tok - 1
        n_cand += 1
    nxt = 0  # leftmost-longest: the next token a phrase may start at
    for ci in range(n_cand):
        k = cand[ci]
        if k < nxt:
            continue
        t0 = tid[k]
        p = a_single[t0]
        n = np.int64(1) if p >= 0 else np.int64(0)
        if a_longer[t0] and k + 1 < n_tok and sent[k + 1] == sent[k] and a_second[tid[k + 1]] != 0 and _has_pair(
                a_pairs, t0, tid[k + 1]):
            # the longest phrase starting at k: _longest written out here, as a call costs more than the
            # look-up (about 1.1x for the whole kernel)
            h = (_PHRASE_SEED ^ np.uint64(t0)) * _C1
            sk = sent[k]
            for nn in range(2, a_maxlen + 1):
                pos = k + nn - 1
                if pos >= n_tok:
                    break
                nt = tid[pos]
                if nt == 0 or sent[pos] != sk:
                    break
                h = (h ^ np.uint64(nt)) * _C1
                st = a_offs[nn]
                mask = a_offs[nn + 1] - st - 1
                slot = np.int64((h * _C1) >> a_shifts[nn])
                v = np.int64(-1)
                while True:
                    kk = a_pkeys[st + slot]
                    if kk == h:
                        v = a_pvals[st + slot]
                        break
                    if kk == 0:
                        break
                    slot = (slot + 1) & mask
                if v < 0:
                    break
                if v >= 2:
                    pp = (v >> 1) - 1
                    ok = True
                    for j in range(nn):
                        if a_ids[pp, j] != tid[k + j]:
                            ok = False
                            break
                    if ok:
                        n = np.int64(nn)
                        p = pp
                if v & 1 == 0:
                    break
        if n > 0:
            flags[sent[k]] |= (1 if side_a[p] else 0) | (2 if side_b[p] else 0)
            nxt = k + n
    dyads = 0
    for s_ in range(n_sent):
        if flags[s_] == 3:
            dyads += 1
    out[4, d] = dyads
    if dyads == 0:
        return

    # 4. negators and terms of the dyad sentences
    tension = 0.0
    conflict = 0.0
    coop = 0.0
    n_terms = 0
    sstart[n_sent] = n_tok
    for s_ in range(n_sent):
        if flags[s_] != 3:
            continue
        k = sstart[s_]
        k1 = sstart[s_ + 1]
        n_neg = 0
        m = k
        while m < k1:
            t0 = tid[m]
            if n_first[t0] & (1 | n_second[tid[m + 1]]):
                p = n_single[t0]
                n = np.int64(1) if p >= 0 else np.int64(0)
                if n_longer[t0] and m + 1 < n_tok and sent[m + 1] == sent[m] and n_second[tid[m + 1]] != 0 and _has_pair(n_pairs, t0, tid[m + 1]):
                    n, p = _longest(tid, sent, m, n_tok, n_ids, n_pkeys, n_pvals, n_offs, n_shifts, n_maxlen, n, p)
                if n > 0:
                    neg_end[n_neg] = m + n - 1
                    neg_win[n_neg] = negator_window[p]
                    n_neg += 1
                    m += n
                    continue
            m += 1
        j = 0  # negators ending before the current term: neg_end[:j]
        prev_term = np.int64(-1)
        m = k
        while m < k1:
            t0 = tid[m]
            if t_first[t0] & (1 | t_second[tid[m + 1]]):
                p = t_single[t0]
                n = np.int64(1) if p >= 0 else np.int64(0)
                if t_longer[t0] and m + 1 < n_tok and sent[m + 1] == sent[m] and t_second[tid[m + 1]] != 0 and _has_pair(t_pairs, t0, tid[m + 1]):
                    n, p = _longest(tid, sent, m, n_tok, t_ids, t_pkeys, t_pvals, t_offs, t_shifts, t_maxlen, n, p)
                if n > 0:
                    while j < n_neg and neg_end[j] < m:
                        j += 1
                    negated = False
                    eases = False
                    if j > 0:
                        e = neg_end[j - 1]
                        if m - e - 1 <= (neg_win[j - 1] & 15) and prev_term <= e:
                            negated = True
                            eases = neg_win[j - 1] >= 16
                            for q in range(e + 1, m):
                                if is_blocker[tid[q]]:
                                    negated = False
                                    break
                    score = (term_eased[p] if eases else term_negated[p]) if negated else term_tension[p]
                    if not np.isnan(score):
                        tension += score
                        conflict += max(score, 0.0)
                        coop += max(-score, 0.0)
                        n_terms += 1
                    prev_term = m
                    m += n
                    continue
            m += 1
    out[0, d] = tension
    out[1, d] = conflict
    out[2, d] = coop
    out[3, d] = n_terms


@nb.njit(nogil=True, cache=True)
def _score_spans(data: Any, offsets: Any, valid: Any, lex: Any, side_a: Any, side_b: Any, out: Any,
                 pos: Any) -> None:
    n_docs = offsets.shape[0] - 1
    longest = 0
    for d in range(n_docs):
        ln = offsets[d + 1] - offsets[d]
        if ln > longest:
            longest = ln
    cap = longest // 2 + 2  # tokens are separated by at least one byte
    tid = np.zeros(cap, dtype=np.int32)
    sent = np.empty(cap, dtype=pos.dtype)  # token positions: int32 when the buffer allows
    cand = np.empty(cap, dtype=pos.dtype)  # tokens that may start an actor phrase
    sstart = np.empty(cap + 1, dtype=pos.dtype)  # the first token of each sentence
    flags = np.empty(cap, dtype=np.uint8)
    neg_end = np.empty(cap, dtype=pos.dtype)
    neg_win = np.empty(cap, dtype=np.int64)
    bounds = np.empty(2 * cap + 2, dtype=pos.dtype)  # token starts and ends
    has_valid = valid.shape[0] > 0
    for d in range(n_docs):
        for r in range(5):
            out[r, d] = 0.0
        if has_valid and not valid[d]:
            continue
        _score_doc(data, offsets[d], offsets[d + 1], lex, side_a, side_b, cand, sstart, tid, sent,
                   flags, neg_end, neg_win, bounds, out, d)


_NO_VALID = np.zeros(0, dtype=np.uint8)


def score_spans(comp: CompiledLexicon, side_a: np.ndarray, side_b: np.ndarray, data: np.ndarray,
                offsets: np.ndarray, valid: np.ndarray | None = None) -> np.ndarray:
    """Score the documents ``data[offsets[i]:offsets[i + 1]]`` (UTF-8 bytes): array (5, n_docs) of
    tension, conflict, cooperation, terms, dyad_sentences. ``valid`` (uint8, optional):
    documents with 0 (Arrow nulls) score zero.

    The arguments are brought to one set of types (read-only uint8 bytes, int64 offsets) so
    that one compiled specialization, cached on disk, serves every input.
    """
    n = offsets.shape[0] - 1
    out = np.empty((5, max(n, 0)), dtype=np.float64)
    if n > 0:
        if data.flags.writeable:
            data = data.view()
            data.flags.writeable = False
        off = np.ascontiguousarray(offsets, dtype=np.int64)
        ok = _NO_VALID if valid is None else np.ascontiguousarray(valid, dtype=np.uint8)
        pos = np.zeros(0, dtype=np.int32 if data.shape[0] < 2**31 - 2 else np.int64)  # the type of byte positions
        _score_spans(data, off, ok, lexicon_tables(comp), side_a.astype(np.uint8), side_b.astype(np.uint8), out,
                     pos)
    return out
