"""Bulk tension scoring of news text, vectorized with numpy.

:func:`score_texts` scores each document of a corpus in one pass over a UTF-8
byte buffer per chunk of about 1 MB (``chunk_bytes``), in slices of about
512 KiB (:data:`NUMPY_SLICE_BYTES`). Every step is a numpy operation over the
whole slice; there is no Python loop over documents, sentences or tokens:

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

import operator
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

import attrs
import numpy as np

from .._values import decode_counting, parse_dyad
from ..exceptions import FieldTypeError, MissingDependencyError, SchemaError
from .compiled import (
    _C1,
    _C2,
    _PHRASE_SEED,
    _ROLE_ACTOR,
    _ROLE_NEG,
    _ROLE_TERM,
    ID_BITS,
    ID_MASK,
    CompiledLexicon,
    PhraseTable,
    _dyad_sides,
    _phrase_step,
    compile_lexicon,
    pair_bit,
)
from .scores import TextScores
from .tokens import PAD, Workspace, prefix_keys, token_bounds, word_bytes

_UPPER_SHIFT = np.uint64(ID_BITS)
_ENTRY_SHIFT = np.uint64(2 * ID_BITS)

__all__ = [
    "TextScores",
    "score_texts",
    "compile_lexicon",
    "CompiledLexicon",
    "score_batch",
    "check_options",
    "resolve_engine",
    "ENGINES",
    "arrow_spans",
    "is_arrow",
    "ArrowSpan",
]


# ----------------------------------------------------------------------------- the chunk kernel
def _token_ids(comp: CompiledLexicon, buf: np.ndarray, low: np.ndarray, starts: np.ndarray,
               lengths: np.ndarray, ws: Workspace) -> np.ndarray:
    """Vocabulary id of every token (0 outside the lexicon), padded with zeros for
    phrase look-ahead."""
    n_tok = starts.shape[0]
    key = prefix_keys(low, starts, lengths, ws=ws)
    long = np.zeros(0, dtype=np.int64)
    k1 = long.view(np.uint64)
    if comp.n_words > 1:  # mix the rest of long tokens into their key
        long = np.flatnonzero(lengths > 8)
        ls, ll = starts[long], lengths[long]
        h = ll.astype(np.uint64) * _C2
        k1 = prefix_keys(low, ls, ll, 8)
        h ^= k1
        h *= _C1
        for w in range(2, comp.n_words):
            k = np.zeros(long.size, dtype=np.uint64)
            more = np.flatnonzero(ll > 8 * w)  # rare: most long tokens end before byte 8 * w
            if more.size:
                k[more] = prefix_keys(low, ls[more], ll[more], 8 * w)
            h ^= k
            h *= _C1
        key[long] ^= h
    val = comp.token_packed.lookup(key, ws).view(np.uint64)  # both readings and the entry; 0 when absent
    if long.size:  # exact check of long tokens: length and bytes 8..15
        v = val[long]
        found = np.flatnonzero(v)
        if found.size:
            e = (v[found] >> _ENTRY_SHIFT).view(np.int64)
            bad = (comp.entry_len[e] != ll[found]) | (comp.entry_key1[e] != k1[found])
            val[long[found[bad]]] = 0
    tid = ws.get("tid", n_tok + comp.max_phrase + 1, np.int64)
    tid[n_tok:] = 0  # look-ahead past the last token reads "no token"
    tu = tid[:n_tok].view(np.uint64)
    np.bitwise_and(val, ID_MASK, out=tu)
    # a token of 2-4 ASCII capitals keeps its case: it reads as the upper-case form ("US") or as nothing
    # ("MEET" is not "meet"); only tokens in the lexicon whose first two bytes are capitals need the full check
    b0 = ws.get("cap_b0", n_tok, np.uint8)
    b1 = ws.get("cap_b1", n_tok, np.uint8)
    np.take(buf, starts, out=b0, mode="clip")
    np.take(buf[1:], starts, out=b1, mode="clip")
    b0 -= np.uint8(0x41)
    b1 -= np.uint8(0x41)
    np.maximum(b0, b1, out=b0)
    cap = ws.get("cap", n_tok, np.bool_)
    np.less(b0, np.uint8(26), out=cap)
    cap &= val != 0
    short = np.flatnonzero(cap)
    if short.size:
        us, ul = starts[short], lengths[short]
        upper = ul <= 4
        for j in range(2, 4):
            b = buf[us + j]
            upper &= (j >= ul) | ((b >= 0x41) & (b <= 0x5A))
        up = short[upper]
        tu[up] = (val[up] >> _UPPER_SHIFT) & ID_MASK
    return tid


def _sentence_starts(buf: np.ndarray, word: np.ndarray, starts: np.ndarray, ends: np.ndarray, tid: np.ndarray,
                     comp: CompiledLexicon, doc_first: np.ndarray, ws: Workspace) -> np.ndarray:
    """A mask over tokens (padded with True past the last one): True where a sentence begins
    (document starts included).

    A break can only sit in the gap between two tokens: at a line break, or at a ".", "!" or
    "?" that is not the gap's last byte. The first two bytes of every gap are read (most gaps
    are one space); only gaps that start with a line break, that are two bytes long and hold
    a mark or a line break, or that are longer, are read further.
    """
    n_tok = starts.shape[0]
    is_start = np.zeros((n_tok + comp.max_phrase + 8) // 8 * 8, dtype=bool)  # padded: look-ahead stops here
    is_start[0] = True
    is_start[n_tok:] = True
    if n_tok > 1:
        n = n_tok - 1
        gs = ends[:-1]  # gap k - 1 lies between token k - 1 and token k
        glen = starts[1:] - gs
        b0 = ws.get("gap_b0", n, np.uint8)
        b1 = ws.get("gap_b1", n, np.uint8)
        np.take(buf, gs, out=b0, mode="clip")
        np.take(buf[1:], gs, out=b1, mode="clip")  # in a one-byte gap: the next token's first byte
        cand = ws.get("gap_cand", n, np.bool_)
        tmp = ws.get("gap_tmp", n, np.bool_)
        np.equal(b0, np.uint8(0x2E), out=cand)  # b0 or b1 holds a mark or a line break ...
        for c in (0x21, 0x3F):
            np.equal(b0, np.uint8(c), out=tmp)
            np.bitwise_or(cand, tmp, out=cand)
        np.equal(b1, np.uint8(0x0A), out=tmp)
        np.bitwise_or(cand, tmp, out=cand)
        np.greater(glen, 1, out=tmp)  # ... in a gap of 2+ bytes
        np.bitwise_and(cand, tmp, out=cand)
        np.equal(b0, np.uint8(0x0A), out=tmp)  # or the gap starts with a line break
        np.bitwise_or(cand, tmp, out=cand)
        np.greater(glen, 2, out=tmp)  # or it is longer
        np.bitwise_or(cand, tmp, out=cand)
        multi = np.flatnonzero(cand)
        if multi.size:
            nl, bang, dot = _gap_marks(buf, gs[multi], glen[multi])
            prev = multi  # token k - 1 of gap k - 1
            prev_start = starts[prev]
            pb = buf[prev_start] | np.uint8(0x20)
            single = (ends[prev] - prev_start == 1) & (pb >= 0x61) & (pb <= 0x7A)
            mark = bang | (dot & ~(single | comp.is_abbrev[tid[prev]]))
            nxt = buf[starts[multi + 1]]
            ends_sentence = nl | (mark & ~((nxt >= 0x61) & (nxt <= 0x7A)))
            is_start[multi[ends_sentence] + 1] = True
    is_start[doc_first] = True
    return is_start


def _gap_marks(buf: np.ndarray, gs: np.ndarray, glen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For gaps at ``gs`` (of 2+ bytes, or of one line break): does each hold a line break, a "!" or
    "?" that is not its last byte, a "." that is not its last byte? The first two bytes are read
    directly, the rest of longer gaps byte by byte."""
    b0, b1 = buf[gs], buf[gs + 1]  # b1 of a one-byte gap is a word byte: no mark, no line break
    nl = (b0 == 0x0A) | (b1 == 0x0A)
    bang = (b0 == 0x21) | (b0 == 0x3F)
    dot = b0 == 0x2E
    long = np.flatnonzero(glen > 2)
    if long.size:
        c1 = b1[long]  # byte 1 is not last in a long gap
        bang[long[(c1 == 0x21) | (c1 == 0x3F)]] = True
        dot[long[c1 == 0x2E]] = True
        nl[long[buf[gs[long] + 2] == 0x0A]] = True  # byte 2: the last of a three-byte gap
        long = long[glen[long] > 3]
    if long.size:  # four bytes or more: bytes 2.. one by one
        ml = glen[long] - 2
        first = np.cumsum(ml) - ml
        owner = np.repeat(np.arange(long.size), ml)
        pos = np.arange(int(first[-1] + ml[-1])) - first[owner] + (gs[long] + 2)[owner]
        c = buf[pos]
        last = pos + 1 == (gs[long] + glen[long])[owner]
        nl[long[owner[c == 0x0A]]] = True
        inner = ~last
        bang[long[owner[inner & ((c == 0x21) | (c == 0x3F))]]] = True
        dot[long[owner[inner & (c == 0x2E)]]] = True
    return nl, bang, dot


def _match(table: PhraseTable, tid: np.ndarray, cand: np.ndarray, is_start: np.ndarray,
           alive: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Leftmost-longest matches of a phrase table starting at the candidate tokens
    ``cand`` (sorted): (start token, length, phrase index).

    ``alive`` (optional): the positions in ``cand`` of the starts of possible longer phrases
    (first token starts one, the next token, in the same sentence, is the second of one), when
    the caller has them."""
    first = tid[cand]
    best_phrase = table.single[first]
    best_len = (best_phrase >= 0).astype(np.int64)
    if alive is None:
        alive = np.flatnonzero(table.longer[first])
        pos = cand[alive] + 1
        nxt = tid[pos]
        alive = alive[table.second[nxt] & ~is_start[pos]]  # no phrase goes on with the next token: no rounds
    start = cand[alive]
    t0 = first[alive].view(np.uint64)
    t1 = tid[start + 1].view(np.uint64)
    bit = pair_bit(t0, t1)  # the (first, second) pair filter: most pairs of two common words start no phrase
    has = (table.pairs[(bit >> np.uint64(6)).view(np.int64)] >> (bit & np.uint64(63))) & np.uint64(1)
    sel = np.flatnonzero(has)
    alive, start, t0, t1 = alive[sel], start[sel], t0[sel], t1[sel]
    h = _phrase_step(_phrase_step(np.full(alive.size, _PHRASE_SEED, dtype=np.uint64), t0), t1)
    for n in range(2, table.max_len + 1):
        if alive.size == 0:
            break
        if n > 2:
            pos = start + (n - 1)
            nxt = tid[pos]
            keep = np.flatnonzero((nxt > 0) & ~is_start[pos])  # inside one sentence
            alive, start, h = alive[keep], start[keep], _phrase_step(h[keep], nxt[keep])
        prefixes = table.prefixes[n]
        assert prefixes is not None  # built for every length 2..max_len
        v = prefixes.lookup(h)
        full = np.flatnonzero(v >= 2)
        if full.size:
            phrase = (v[full] >> 1) - 1
            at = start[full]
            ok = np.ones(full.size, dtype=bool)
            for j in range(n):  # verify the ids (hashes could collide)
                ok &= table.ids[phrase, j] == tid[at + j]
            best_len[alive[full[ok]]] = n
            best_phrase[alive[full[ok]]] = phrase[ok]
        more = np.flatnonzero((v >= 0) & (v & 1 == 1))
        alive, start, h = alive[more], start[more], h[more]
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
             n_start: np.ndarray, n_len: np.ndarray, n_phrase: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which terms (sorted starts ``t_start``) are negated by the nearest negator before them, and
    which of those by an easing one."""
    out = np.zeros(t_start.size, dtype=bool)
    eases = np.zeros(t_start.size, dtype=bool)
    if n_start.size == 0 or t_start.size == 0:
        return out, eases
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
    eases[has] = ok & comp.negator_eases[n_phrase[j[has]]]
    return out, eases


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
    sent_starts = np.flatnonzero(is_start[:n_tok])

    # dyad sentences: actor phrases start at a token that is one, or at a token that starts a longer one
    # followed, in the same sentence, by a token that is the second of one (flags over all tokens, no gathers)
    flags = ws.get("flags", n_tok + 1, np.uint8)
    np.take(comp.actor_flags, tid[:n_tok + 1], out=flags, mode="clip")
    multi = ws.get("multi", n_tok, np.uint8)
    np.right_shift(flags[1:], 2, out=multi)  # bit 0: the next token is the second of a phrase
    np.bitwise_and(multi, flags[:-1] >> 1, out=multi)  # ... and this one starts a longer one
    np.greater(multi, is_start[1:n_tok + 1], out=multi.view(np.bool_))  # ... and the next is in the same sentence
    picked = ws.get("picked", n_tok, np.uint8)
    np.bitwise_and(flags[:-1], _ROLE_ACTOR, out=picked)
    np.bitwise_or(picked, multi, out=picked)
    cand = np.flatnonzero(picked)
    a_start, _, a_phrase = _match(comp.actors, tid, cand, is_start, np.flatnonzero(multi.view(np.bool_)[cand]))
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
    r = comp.roles[tid[k]] & (_ROLE_TERM | _ROLE_NEG)
    sel = np.flatnonzero(r)
    k, r = k[sel], r[sel]
    t_start, _, t_phrase = _match(comp.terms, tid, k[(r & _ROLE_TERM) > 0], is_start)
    n_start, n_len, n_phrase = _match(comp.negators, tid, k[(r & _ROLE_NEG) > 0], is_start)
    negated, eased = _negated(comp, tid, is_start, t_start, n_start, n_len, n_phrase)
    score = np.where(eased, comp.term_eased[t_phrase],
                     np.where(negated, comp.term_negated[t_phrase], comp.term_tension[t_phrase]))
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


def _chunks(docs: Sequence[str], chunk_bytes: int) -> list[tuple[int, int]]:
    if not docs:
        return []
    sizes = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs)) + 1
    return _cuts(np.cumsum(sizes), chunk_bytes)


def _cuts(cum: np.ndarray, chunk_bytes: int) -> list[tuple[int, int]]:
    """(first, stop) document ranges of about ``chunk_bytes`` from cumulative sizes ``cum``."""
    n = cum.shape[0]
    if n == 0:
        return []
    cuts = np.searchsorted(cum, np.arange(chunk_bytes, int(cum[-1]), chunk_bytes), side="left") + 1
    bounds = np.unique(np.concatenate(([0], cuts, [n])))
    return list(zip(bounds[:-1].tolist(), bounds[1:].tolist()))


# ----------------------------------------------------------------------------- Arrow input
@attrs.frozen(eq=False)
class ArrowSpan:
    """Consecutive documents of an Arrow string array, in place: ``data[offsets[i]:offsets[i + 1]]``
    is document ``i`` unless ``valid[i]`` is 0 (a null, scored as an empty document)."""

    data: np.ndarray  # uint8: the array's data buffer (not copied)
    offsets: np.ndarray  # int32 or int64, n + 1 (a view of the array's offsets buffer)
    valid: np.ndarray | None  # uint8 per document, None when there are no nulls


def is_arrow(texts: Any) -> bool:
    """Is ``texts`` a pyarrow Array or ChunkedArray (checked without importing pyarrow)?"""
    return type(texts).__module__.startswith("pyarrow") and hasattr(texts, "type")


def arrow_spans(texts: Any) -> list[ArrowSpan]:
    """The documents of a pyarrow string array (string, large_string, string_view, or a ChunkedArray
    of them) as :class:`ArrowSpan` views of its buffers, one per chunk."""
    import pyarrow as pa

    chunks = texts.chunks if isinstance(texts, pa.ChunkedArray) else [texts]
    out: list[ArrowSpan] = []
    for arr in chunks:
        t = arr.type
        if pa.types.is_string_view(t):
            arr = arr.cast(pa.large_string())  # views point into several buffers: one copy, once
            t = arr.type
        if not (pa.types.is_string(t) or pa.types.is_large_string(t)):
            raise FieldTypeError("texts", "a pyarrow array of strings (string, large_string or string_view)",
                                 f"a pyarrow array of {t}")
        n = len(arr)
        if n == 0:
            continue
        _, off_buf, data_buf = arr.buffers()
        off = np.frombuffer(off_buf, dtype=np.int64 if pa.types.is_large_string(t) else np.int32)
        off = off[arr.offset: arr.offset + n + 1]
        data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None else np.zeros(0, dtype=np.uint8)
        valid = None
        if arr.null_count:
            valid = arr.is_valid().to_numpy(zero_copy_only=False).view(np.uint8)
        out.append(ArrowSpan(data, off, valid))
    return out


def _arrow_pieces(spans: list[ArrowSpan], chunk_bytes: int) -> list[ArrowSpan]:
    """Split spans into pieces of about ``chunk_bytes`` of text (views, no copies)."""
    out: list[ArrowSpan] = []
    for sp in spans:
        cum = sp.offsets[1:].astype(np.int64) - int(sp.offsets[0])
        cum += np.arange(1, cum.shape[0] + 1)
        for a, b in _cuts(cum, chunk_bytes):
            out.append(ArrowSpan(sp.data, sp.offsets[a: b + 1], None if sp.valid is None else sp.valid[a:b]))
    return out


def _span_buffer(sp: ArrowSpan, ws: Workspace | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The numpy engine's padded ``NUL doc0 NUL doc1 ... NUL`` chunk buffer of a span (one copy of its bytes)."""
    off = sp.offsets.astype(np.int64)
    begin = off[:-1]
    lengths = np.diff(off)
    if sp.valid is not None:
        lengths[sp.valid == 0] = 0
    n = lengths.shape[0]
    doc_starts = np.empty(n + 1, dtype=np.int64)
    doc_starts[0] = 1
    np.cumsum(lengths + 1, out=doc_starts[1:])
    doc_starts[1:] += 1
    doc_starts[-1] -= 1
    text_end = int(doc_starts[-1])
    size = (text_end + 1 + PAD + 7) // 8 * 8 + 8
    if ws is None:
        buf = np.zeros(size, dtype=np.uint8)
    else:  # reused from chunk to chunk: no fresh pages to fault in
        buf = ws.get("span_buf", size, np.uint8)
        buf[:] = 0
    data = sp.data
    for ds, a, ln in zip(doc_starts[:-1].tolist(), begin.tolist(), lengths.tolist()):  # a slice copy per document
        if ln:
            buf[ds: ds + ln] = data[a: a + ln]
    return buf, doc_starts


# ----------------------------------------------------------------------------- engines
#: The scoring engines: ``"numpy"`` (always there), ``"numba"`` (the ``fast`` extra) and ``"auto"`` (numba when
#: it is installed, numpy otherwise).
ENGINES: tuple[str, ...] = ("numpy", "numba", "auto")


def _numba_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("numba") is not None


def resolve_engine(engine: Any) -> str:
    """The engine that runs for ``engine``: ``"numpy"`` or ``"numba"``.

    Raises
    ------
    SchemaError
        Not one of :data:`ENGINES`.
    MissingDependencyError
        ``"numba"`` without numba installed (``pip install 'tension[fast]'``).

    Examples
    --------
    >>> from tension.text.score import resolve_engine
    >>> resolve_engine("numpy"), resolve_engine("auto") in ("numpy", "numba")
    ('numpy', True)
    """
    if not isinstance(engine, str) or engine not in ENGINES:
        raise SchemaError("engine", f"one of {ENGINES}", repr(engine))
    if engine == "numpy":
        return engine
    if _numba_installed():
        return "numba"
    if engine == "numba":
        raise MissingDependencyError("numba", "engine='numba'", "pip install 'tension[fast]'")
    return "numpy"


#: The numpy engine scores at most about this much text at once, whatever the piece size: its intermediate
#: arrays (a few per byte, a dozen per token) then mostly stay in a core's second-level cache, which measured
#: faster than whole 1 MB pieces in interleaved rounds (``benchmarks/compare_scorers.py``). Documents are never
#: split, so the results do not depend on it.
NUMPY_SLICE_BYTES = 1 << 19


def _score_piece(engine: str, comp: CompiledLexicon, side_a: np.ndarray, side_b: np.ndarray,
                 piece: Sequence[str] | ArrowSpan, ws: Workspace | None) -> np.ndarray:
    """Score one piece (str documents or an Arrow span) with one engine: array (5, n)."""
    if isinstance(piece, ArrowSpan):
        if engine == "numba":
            from .jit import score_spans

            return score_spans(comp, side_a, side_b, piece.data, piece.offsets, piece.valid)
        if piece.offsets.shape[0] < 2:
            return np.zeros((5, 0), dtype=np.float64)
        parts = [_score_chunk(comp, side_a, side_b, *_span_buffer(sp, ws), ws)
                 for sp in _arrow_pieces([piece], NUMPY_SLICE_BYTES)]
        return parts[0] if len(parts) == 1 else np.concatenate(parts, axis=1)
    if not piece:
        return np.zeros((5, 0), dtype=np.float64)
    if engine == "numba":
        from .jit import score_spans

        buf, doc_starts = _chunk_buffer(piece)
        return score_spans(comp, side_a, side_b, buf, doc_starts)  # a trailing NUL in a span separates too
    parts = [_score_chunk(comp, side_a, side_b, *_chunk_buffer(piece[a:b]), ws)
             for a, b in _chunks(piece, NUMPY_SLICE_BYTES)]
    return parts[0] if len(parts) == 1 else np.concatenate(parts, axis=1)


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


def score_batch(
    texts: Sequence[str] | Any,
    *,
    ids: Any,
    published: Any,
    replaced: Any,
    dyad: tuple[str, str],
    lexicon: Any,
    skipped: int = 0,
    workspace: Workspace | None = None,
    engine: str = "numpy",
) -> TextScores:
    """Score one batch of documents (str, or a pyarrow string array) as one piece: the kernel of
    :func:`tension.score_corpus`.

    ``dyad`` and ``lexicon`` are as :func:`check_options` returns them, ``engine`` as
    :func:`resolve_engine` returns it; ``ids``, ``published`` (``datetime64[D]``, NaT
    when unknown) and ``replaced`` (bytes replaced by U+FFFD when the text was
    decoded) are the batch's, one per text. ``workspace`` reuses scratch arrays
    between the batches of one thread.

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
    if is_arrow(texts):
        parts = [_score_piece(engine, comp, side_a, side_b, sp, workspace) for sp in arrow_spans(texts)]
        res = np.concatenate(parts, axis=1) if parts else np.zeros((5, 0), dtype=np.float64)
    else:
        res = _score_piece(engine, comp, side_a, side_b, texts, workspace)
    return TextScores(tension=res[0], conflict=res[1], cooperation=res[2], terms=res[3], dyad_sentences=res[4],
                      replaced_bytes=replaced, ids=ids, published=published, dyad=dyad, skipped=skipped)


def score_chunks(docs: list[str] | list[ArrowSpan], *, dyad: tuple[str, str], lexicon: Any, workers: int,
                 chunk_bytes: int, engine: str = "numpy") -> np.ndarray:
    """Score str documents, or the documents of Arrow spans, piece by piece (threads when
    ``workers > 1``): array (5, n)."""
    comp = compile_lexicon(lexicon)
    side_a, side_b = _dyad_sides(lexicon, dyad)

    pieces: list[Any]
    if docs and isinstance(docs[0], ArrowSpan):
        pieces = _arrow_pieces(cast("list[ArrowSpan]", docs), chunk_bytes)
    else:
        strs = cast("list[str]", docs)
        pieces = [strs[a:b] for a, b in _chunks(strs, chunk_bytes)]
    if not pieces:
        return np.zeros((5, 0), dtype=np.float64)
    if engine == "numba":
        from . import jit  # noqa: F401  (compile or load the kernel before the threads start)
    parts: list[np.ndarray] = [np.zeros((5, 0))] * len(pieces)

    def run(first: int) -> None:  # every ``workers``-th piece, with one workspace
        ws = Workspace()
        for i in range(first, len(pieces), workers):
            parts[i] = _score_piece(engine, comp, side_a, side_b, pieces[i], ws)

    if workers > 1 and len(pieces) > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(run, range(workers)))
    else:
        for i in range(workers):
            run(i)
    return np.concatenate(parts, axis=1)


def _published_array(published: Any, n: int) -> np.ndarray:
    if published is None:
        return np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    from .._arrays import to_days

    d = to_days(published, "published")
    if d.shape != (n,):
        raise SchemaError("published", f"{n} publication days (one per text)", f"{d.shape[0]}")
    return d


def score_texts(
    texts: Iterable[str | bytes] | Any,
    *,
    dyad: tuple[str, str] = ("USA", "CHN"),
    lexicon: Any = None,
    workers: int = 1,
    published: Any = None,
    ids: Any = None,
    chunk_bytes: int = 1 << 20,
    engine: str = "auto",
) -> TextScores:
    """Score the tension between the two sides of ``dyad`` in each text.

    Parameters
    ----------
    texts : iterable of str or bytes, or a pyarrow string array
        The documents. Bytes are decoded as UTF-8; bytes that are not UTF-8 are
        replaced by U+FFFD and counted in ``replaced_bytes``. A pyarrow ``string``,
        ``large_string`` or ``string_view`` array (or ChunkedArray) is scored from its
        UTF-8 data buffer and offsets, with no Python str per document; a null scores
        as an empty document.
    dyad : (str, str)
        Actor code prefixes of the two sides (``"USA"`` matches ``USAGOV`` too).
    lexicon : Lexicon, optional
        The actor names, terms and negators (default: the packaged
        :func:`tension.text.lexicon.load_lexicon`). Compiled once per lexicon.
    workers : int
        Threads scoring chunks in parallel (both engines release the GIL).
    published : array-like of dates, optional
        Publication day of each text, for :meth:`TextScores.series`.
    ids : array-like of str, optional
        Document ids (default "0", "1", ...).
    chunk_bytes : int
        Approximate size of the text scored at once.
    engine : {"auto", "numpy", "numba"}
        ``"numpy"``: vectorized numpy over each chunk (always available).
        ``"numba"``: the compiled single-pass kernel of :mod:`tension.text.jit`
        (``pip install 'tension[fast]'``), about 2-3 times faster; its first call in a
        fresh environment compiles it (several seconds, cached on disk for later
        processes). ``"auto"``: numba when it is installed. Both give identical scores.

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

    Arrow input is scored in place:

    >>> import pyarrow as pa
    >>> arr = pa.array(["China imposed sanctions on the United States.", None], type=pa.large_string())
    >>> tension.score_texts(arr, engine="numpy").tension.tolist()
    [8.0, 0.0]
    """
    if isinstance(texts, (str, bytes)):
        raise FieldTypeError("texts", "an iterable of documents (a list of str)", "a single str")
    dyad, lex = check_options(workers, chunk_bytes, dyad, lexicon)
    run = resolve_engine(engine)
    docs: list[Any]
    if is_arrow(texts):
        docs = arrow_spans(texts)
        n = sum(len(sp.offsets) - 1 for sp in docs)
        replaced = np.zeros(n, dtype=np.int64)
    else:
        docs, replaced = _as_texts(texts)
        n = len(docs)
    res = score_chunks(docs, dyad=dyad, lexicon=lex, workers=workers, chunk_bytes=chunk_bytes, engine=run)
    id_arr = np.arange(n).astype(str) if ids is None else np.asarray(ids, dtype=str)
    if id_arr.shape != (n,):
        raise SchemaError("ids", f"{n} ids (one per text)", f"{id_arr.shape[0]}")
    return TextScores(
        tension=res[0], conflict=res[1], cooperation=res[2], terms=res[3], dyad_sentences=res[4],
        replaced_bytes=replaced, ids=id_arr, published=_published_array(published, n), dyad=dyad,
    )
