"""Bulk tension scoring of news text, vectorized with numpy.

:func:`score_texts` scores each document of a corpus in one pass over a UTF-8
byte buffer per chunk of about 1 MB (``chunk_bytes``). Every step is a numpy
operation over the whole chunk; there is no Python loop over documents,
sentences or tokens:

1. **Tokens** (:mod:`tension.text.tokens`): word bytes, token start/end offsets.
2. **Lookup**: each token's lower-cased first 8 bytes and length are hashed into
   a bitmap of the lexicon's tokens; the few candidates are verified exactly
   (all their bytes) against the vocabulary, which gives each token an id.
3. **Sentences**: a sentence ends at a line break, or at ``.``, ``!`` or ``?``
   followed by a non-word character when the next token does not start with a
   lower-case letter -- except that a ``.`` after a single letter ("U.S.",
   "J. Smith") or a listed abbreviation ("Mr.", "Gen.") ends nothing.
   Documents are always separate sentences.
4. **Phrases**: actor names, event terms and negators (sequences of token ids,
   inside one sentence) are found by hashing the ids that follow each candidate
   start; overlapping matches are resolved leftmost-longest.
5. **Negation**: a term whose first token has a negator ending at most
   :data:`NEGATION_WINDOW` tokens before it, in the same sentence, takes its
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

import codecs
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from .._arrays import readonly, to_day
from ..exceptions import FieldTypeError, SchemaError, TensionError
from ..series import FREQS, HOWS, Series, aggregate, period_keys, period_starts
from .tokens import PAD, normalize_token, prefix_keys, sparse_flatnonzero, split_tokens, token_bounds, word_bytes

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "TextScores",
    "score_texts",
    "compile_lexicon",
    "CompiledLexicon",
    "ABBREVIATIONS",
    "NEGATION_WINDOW",
    "decode_counting",
]

#: A term is negated when a negator ends within this many tokens before it (same sentence).
NEGATION_WINDOW: int = 3

#: Tokens (normalized) after which a "." does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm cmdr sen rep gov pres amb rev hon st jr sr "
    "vs etc inc corp co ltd jan feb aug sept oct nov dec".split()
)

_HASH_BITS = 18  # first-stage bitmap of 2**18 slots (256 KiB)
_C1 = np.uint64(0x9E3779B97F4A7C15)
_C2 = np.uint64(0xC2B2AE3D27D4EB4F)
_PHRASE_SEED = np.uint64(0x27D4EB2F165667C5)


# ----------------------------------------------------------------------------- the compiled lexicon
@attrs.frozen(eq=False)
class PhraseTable:
    """One dictionary of phrases (actors, terms or negators) as id arrays.

    ``ids[p, :lengths[p]]`` are the token ids of phrase ``p``; ``keys_by_len[l]``
    are the sorted phrase hashes of length ``l`` and ``index_by_len[l]`` the phrase
    of each.
    """

    ids: np.ndarray
    lengths: np.ndarray
    first: np.ndarray  # bool per vocabulary id: some phrase starts with it
    keys_by_len: tuple[np.ndarray, ...]
    index_by_len: tuple[np.ndarray, ...]

    @property
    def max_len(self) -> int:
        return len(self.keys_by_len) - 1


@attrs.frozen(eq=False)
class CompiledLexicon:
    """A lexicon compiled into lookup arrays (see :func:`compile_lexicon`)."""

    n_words: int  # uint64 words per full token key
    bitmap: np.ndarray  # bool, 2**_HASH_BITS: some vocabulary token has this (prefix, length) hash
    vocab_hash: np.ndarray  # sorted full-key hashes of the lower-cased vocabulary
    vocab_keys: np.ndarray  # (k, n_words) uint64, in vocab_hash order
    vocab_len: np.ndarray  # byte length, in vocab_hash order
    id_lower: np.ndarray  # id of the lower-case reading (0: none)
    id_upper: np.ndarray  # id of the kept-upper-case reading (2-4 capitals; 0: none)
    is_abbrev: np.ndarray  # bool per id
    actors: PhraseTable
    terms: PhraseTable
    negators: PhraseTable
    actor_codes: tuple[tuple[str, ...], ...]  # codes of each actor phrase
    term_tension: np.ndarray  # float64 per term phrase
    term_negated: np.ndarray  # float64 per term phrase, NaN: dropped when negated

    @property
    def max_phrase(self) -> int:
        return max(self.actors.max_len, self.terms.max_len, self.negators.max_len)


def _first_hash(key0: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    h = key0 + lengths.view(np.uint64)
    h *= _C1
    h >>= np.uint64(64 - _HASH_BITS)
    return h.view(np.int64)


def _full_hash(keys: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    h = lengths.astype(np.uint64) * _C2
    for w in range(keys.shape[1]):
        h ^= keys[:, w]
        h *= _C1
    return h


def _phrase_hash(ids: np.ndarray) -> np.ndarray:
    """Hash of id sequences, shape (k, l) -> (k,)."""
    h = np.full(ids.shape[0], _PHRASE_SEED, dtype=np.uint64)
    for j in range(ids.shape[1]):
        h ^= ids[:, j].astype(np.uint64)
        h *= _C1
    return h


def _lower_keys(tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Byte keys of lower-cased tokens, computed with the same code as the text path."""
    from .tokens import build_buffer, word_keys

    encoded = [t.lower().encode("utf-8") if t.isascii() else _ascii_lower(t).encode("utf-8") for t in tokens]
    buf, starts = build_buffer(encoded)
    lengths = np.diff(starts) - 1
    n_words = max(1, int(-(-lengths.max() // 8))) if lengths.size else 1
    keys = word_keys(buf, starts[:-1], lengths, n_words)
    return keys, lengths, starts


def _ascii_lower(t: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in t)


def _norm_phrase(tokens: Iterable[str], what: str) -> tuple[str, ...]:
    out: list[str] = []
    for t in tokens:
        parts = split_tokens(t)
        if len(parts) != 1:
            raise SchemaError(what, "phrase tokens that are single tokens under the tokenization rule", repr(t))
        out.append(normalize_token(t))
    return tuple(out)


def _phrase_table(phrases: list[tuple[int, ...]], vocab_size: int) -> PhraseTable:
    max_len = max((len(p) for p in phrases), default=1)
    ids = np.zeros((len(phrases), max_len), dtype=np.int64)
    lengths = np.array([len(p) for p in phrases], dtype=np.int64)
    for i, p in enumerate(phrases):
        ids[i, : len(p)] = p
    first = np.zeros(vocab_size + 1, dtype=bool)
    if phrases:
        first[ids[:, 0]] = True
    keys_by_len: list[np.ndarray] = [np.zeros(0, dtype=np.uint64)]
    index_by_len: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    for n in range(1, max_len + 1):
        sel = np.flatnonzero(lengths == n)
        h = _phrase_hash(ids[sel, :n])
        order = np.argsort(h, kind="stable")
        if np.any(np.diff(h[order]) == 0):
            raise TensionError("two lexicon phrases share a hash; change _PHRASE_SEED")
        keys_by_len.append(h[order])
        index_by_len.append(sel[order])
    return PhraseTable(ids, lengths, first, tuple(keys_by_len), tuple(index_by_len))


@functools.cache
def compile_lexicon(lexicon: Any) -> CompiledLexicon:
    """Compile a lexicon (see ``LEXICON_CONTRACT``) into lookup arrays, once per lexicon.

    Duplicate phrases keep the first term (its code and scores); an actor phrase
    listed several times keeps all its codes.

    Examples
    --------
    >>> from tension.text.score import compile_lexicon
    >>> from tension.lexicon import load_lexicon
    >>> c = compile_lexicon(load_lexicon())
    >>> c.terms.ids.shape[0] > 0 and c.actors.ids.shape[0] > 0
    True
    """
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
    neg_phrases = list(dict.fromkeys(p for p in (ids_of(_norm_phrase(n, "negator")) for n in lexicon.negators) if p))
    for a in sorted(ABBREVIATIONS):
        ids_of((a,))
    tokens = list(vocab)  # id - 1 -> token
    is_abbrev = np.zeros(len(tokens) + 1, dtype=bool)
    is_abbrev[[vocab[a] for a in ABBREVIATIONS]] = True

    # lower-cased vocabulary: one entry per lower-cased form, with its two readings
    lowered: dict[str, list[int]] = {}
    for tok, i in vocab.items():
        entry = lowered.setdefault(_ascii_lower(tok), [0, 0])
        upper = len(tok) in (2, 3, 4) and tok.isascii() and tok.isalpha() and tok.isupper()
        entry[1 if upper else 0] = i
    forms = list(lowered)
    keys, lengths, _ = _lower_keys(forms)
    bitmap = np.zeros(1 << _HASH_BITS, dtype=bool)
    bitmap[_first_hash(keys[:, 0].copy(), lengths)] = True
    full = _full_hash(keys, lengths)
    order = np.argsort(full, kind="stable")
    if np.any(np.diff(full[order]) == 0):
        raise TensionError("two lexicon tokens share a hash; change the hash constants")
    readings = np.array([lowered[f] for f in forms], dtype=np.int64).reshape(-1, 2)
    return CompiledLexicon(
        n_words=keys.shape[1],
        bitmap=readonly(bitmap),
        vocab_hash=full[order],
        vocab_keys=keys[order],
        vocab_len=lengths[order],
        id_lower=readings[order, 0],
        id_upper=readings[order, 1],
        is_abbrev=is_abbrev,
        actors=_phrase_table(list(actor_index), len(tokens)),
        terms=_phrase_table(list(term_index), len(tokens)),
        negators=_phrase_table(neg_phrases, len(tokens)),
        actor_codes=tuple(tuple(c) for c in actor_codes),
        term_tension=np.array(tens, dtype=np.float64),
        term_negated=np.array(neg, dtype=np.float64),
    )


@functools.cache
def _dyad_sides(lexicon: Any, dyad: tuple[str, str]) -> tuple[np.ndarray, np.ndarray]:
    comp = compile_lexicon(lexicon)
    a = np.array([any(c.startswith(dyad[0]) for c in cs) for cs in comp.actor_codes], dtype=bool)
    b = np.array([any(c.startswith(dyad[1]) for c in cs) for cs in comp.actor_codes], dtype=bool)
    return a, b


# ----------------------------------------------------------------------------- the chunk kernel
def _token_ids(comp: CompiledLexicon, buf: np.ndarray, low: np.ndarray, starts: np.ndarray,
               lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vocabulary id of every token (0 outside the lexicon), padded with zeros for
    phrase look-ahead, and the sorted indices of the tokens with an id."""
    tid = np.zeros(starts.shape[0] + comp.max_phrase + 1, dtype=np.int64)
    key0 = prefix_keys(low, starts, lengths)
    cand = np.flatnonzero(np.take(comp.bitmap, _first_hash(key0, lengths)))
    if cand.size == 0:
        return tid, cand
    c_start, c_len = starts[cand], lengths[cand]
    keys = np.empty((cand.size, comp.n_words), dtype=np.uint64)
    keys[:, 0] = key0[cand]
    for w in range(1, comp.n_words):
        k = prefix_keys(low, c_start, c_len, 8 * w)
        k[c_len <= 8 * w] = 0
        keys[:, w] = k
    h = _full_hash(keys, c_len)
    pos = np.searchsorted(comp.vocab_hash, h)
    pos[pos == comp.vocab_hash.size] = 0
    ok = (comp.vocab_hash[pos] == h) & (comp.vocab_len[pos] == c_len) & (c_len <= 8 * comp.n_words)
    ok &= np.all(comp.vocab_keys[pos] == keys, axis=1)
    cand, pos, c_start, c_len = cand[ok], pos[ok], c_start[ok], c_len[ok]
    # the kept-upper-case reading: 2-4 ASCII capitals in the original bytes
    upper = (c_len >= 2) & (c_len <= 4)
    for j in range(4):
        b = buf[c_start + j]
        upper &= (j >= c_len) | ((b >= 0x41) & (b <= 0x5A))
    ids = np.where(upper, comp.id_upper[pos], comp.id_lower[pos])
    tid[cand] = ids
    return tid, cand[ids > 0]


def _sentence_starts(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray, tid: np.ndarray,
                     comp: CompiledLexicon, doc_first: np.ndarray) -> np.ndarray:
    """Sorted token indices that begin a sentence (document starts included)."""
    n_tok = starts.shape[0]
    mark = buf == 0x2E
    mark |= buf == 0x0A
    mark |= buf == 0x21
    mark |= buf == 0x3F
    p = sparse_flatnonzero(mark)
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
    first = np.concatenate(([0], g[ends_sentence], doc_first[doc_first < n_tok]))
    return np.unique(first)


def _match(table: PhraseTable, tid: np.ndarray, known: np.ndarray, sent_starts: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Leftmost-longest matches of a phrase table among the tokens ``known`` to the
    lexicon: (start token, length, phrase index)."""
    cand = known[table.first[tid[known]]]
    if cand.size == 0 or table.ids.shape[0] == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e, e
    best_len = np.zeros(cand.size, dtype=np.int64)
    best_phrase = np.zeros(cand.size, dtype=np.int64)
    sent = np.searchsorted(sent_starts, cand, side="right")
    h = np.full(cand.size, _PHRASE_SEED, dtype=np.uint64)
    alive = np.ones(cand.size, dtype=bool)
    for n in range(1, table.max_len + 1):
        nxt = tid[cand + (n - 1)]
        h ^= nxt.astype(np.uint64)
        h *= _C1
        if n > 1:
            alive &= (nxt > 0) & (np.searchsorted(sent_starts, cand + (n - 1), side="right") == sent)
        keys = table.keys_by_len[n]
        if keys.size == 0:
            continue
        pos = np.searchsorted(keys, h)
        pos[pos == keys.size] = 0
        hit = alive & (keys[pos] == h)
        if not hit.any():
            continue
        phrase = table.index_by_len[n][pos]
        for j in range(n):  # verify the ids (hashes could collide)
            hit &= table.ids[phrase, j] == tid[cand + j]
        best_len[hit] = n
        best_phrase[hit] = phrase[hit]
    found = best_len > 0
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


def _score_chunk(comp: CompiledLexicon, side_a: np.ndarray, side_b: np.ndarray, buf: np.ndarray,
                 doc_starts: np.ndarray) -> np.ndarray:
    """Score the documents of one chunk buffer: array (5, n_docs) of
    tension, conflict, cooperation, terms, dyad_sentences."""
    n_docs = doc_starts.shape[0] - 1
    out = np.zeros((5, n_docs), dtype=np.float64)
    low, word = word_bytes(buf)
    starts, ends = token_bounds(word)
    n_tok = starts.shape[0]
    if n_tok == 0:
        return out
    lengths = ends - starts
    tid, known = _token_ids(comp, buf, low, starts, lengths)
    doc_first = np.searchsorted(starts, doc_starts[:-1])
    sent_starts = _sentence_starts(buf, starts, ends, tid, comp, doc_first)

    # dyad sentences
    a_start, _, a_phrase = _match(comp.actors, tid, known, sent_starts)
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

    # terms in dyad sentences, with negation
    t_start, _, t_phrase = _match(comp.terms, tid, known, sent_starts)
    t_sent = np.searchsorted(sent_starts, t_start, side="right") - 1
    inside = dyad[t_sent]
    t_start, t_phrase, t_sent = t_start[inside], t_phrase[inside], t_sent[inside]
    score = comp.term_tension[t_phrase]
    n_start, n_len, _ = _match(comp.negators, tid, known, sent_starts)
    if n_start.size and t_start.size:
        n_last = np.sort(n_start + n_len - 1)
        j = np.searchsorted(n_last, t_start) - 1
        last = n_last[np.maximum(j, 0)]
        negated = (j >= 0) & (last >= t_start - NEGATION_WINDOW)
        negated &= np.searchsorted(sent_starts, last, side="right") - 1 == t_sent
        score = np.where(negated, comp.term_negated[t_phrase], score)
        kept = ~np.isnan(score)
        t_start, score = t_start[kept], score[kept]
    doc = np.searchsorted(doc_first, t_start, side="right") - 1
    out[0] = np.bincount(doc, weights=score, minlength=n_docs)
    out[1] = np.bincount(doc, weights=np.maximum(score, 0.0), minlength=n_docs)
    out[2] = np.bincount(doc, weights=np.maximum(-score, 0.0), minlength=n_docs)
    out[3] = np.bincount(doc, minlength=n_docs)
    return out


# ----------------------------------------------------------------------------- documents to buffers
_SURROGATES = re.compile("[\udc80-\udcff]")


def decode_counting(data: bytes) -> tuple[str, int]:
    """Decode UTF-8, replacing each byte that is not UTF-8 by U+FFFD; return the text and their count.

    Examples
    --------
    >>> from tension.text.score import decode_counting
    >>> decode_counting(b"Beijing \\xff\\xfe said")
    ('Beijing \\ufffd\\ufffd said', 2)
    """
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", "surrogateescape")
        text, n = _SURROGATES.subn("\ufffd", text)
        return text, n


def _chunk_buffer(docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``NUL doc0 NUL doc1 ... NUL`` as a padded uint8 buffer, and the document offsets.

    ``doc_starts[i]`` is the byte offset of document ``i``; ``doc_starts[-1]`` is
    one past the end of the last document.
    """
    data = ("\x00" + "\x00".join(docs) + "\x00").encode("utf-8", "surrogatepass")
    size = (len(data) + 7) // 8 * 8 + PAD
    buf = np.zeros(size, dtype=np.uint8)
    buf[: len(data)] = np.frombuffer(data, dtype=np.uint8)
    if len(docs) == 1:
        return buf, np.array([1, len(data) - 1], dtype=np.int64)
    nul = sparse_flatnonzero(buf[: size - PAD] == 0)
    if nul.size - (size - PAD - len(data)) != len(docs) + 1:
        # some documents hold NUL characters: a separator like a space, so blank them
        return _chunk_buffer([d.replace("\x00", " ") for d in docs])
    doc_starts = nul[: len(docs) + 1] + 1
    doc_starts[-1] -= 1
    return buf, doc_starts


def _as_texts(texts: Iterable[str | bytes]) -> tuple[list[str], np.ndarray]:
    """Documents as str, with the count of bytes replaced in each (bytes input only)."""
    docs = texts if isinstance(texts, list) else list(texts)
    replaced = np.zeros(len(docs), dtype=np.int64)
    kinds = set(map(type, docs))
    if kinds <= {str}:
        return docs, replaced
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
    from ..lexicon import load_lexicon

    return load_lexicon()


def _check_dyad(dyad: Any) -> tuple[str, str]:
    if not (isinstance(dyad, (tuple, list)) and len(dyad) == 2 and all(isinstance(s, str) and s for s in dyad)):
        raise FieldTypeError("dyad", "a pair of actor code prefixes such as ('USA', 'CHN')", repr(dyad))
    return str(dyad[0]).upper(), str(dyad[1]).upper()


def score_chunks(docs: list[str], *, dyad: tuple[str, str], lexicon: Any, workers: int,
                 chunk_bytes: int) -> np.ndarray:
    """Score str documents chunk by chunk (threads when ``workers > 1``): array (5, n)."""
    comp = compile_lexicon(lexicon)
    side_a, side_b = _dyad_sides(lexicon, dyad)

    def run(bounds: tuple[int, int]) -> np.ndarray:
        buf, doc_starts = _chunk_buffer(docs[bounds[0]: bounds[1]])
        return _score_chunk(comp, side_a, side_b, buf, doc_starts)

    pieces = _chunks(docs, chunk_bytes)
    if not pieces:
        return np.zeros((5, 0), dtype=np.float64)
    if workers > 1 and len(pieces) > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            parts = list(pool.map(run, pieces))
    else:
        parts = [run(p) for p in pieces]
    return np.concatenate(parts, axis=1)


# ----------------------------------------------------------------------------- results
def _f64(v: Any) -> np.ndarray:
    return readonly(np.asarray(v, dtype=np.float64))


def _i64(v: Any) -> np.ndarray:
    return readonly(np.asarray(v, dtype=np.int64))


def _days(v: Any) -> np.ndarray:
    return readonly(np.asarray(v).astype("datetime64[D]"))


def _ids(v: Any) -> np.ndarray:
    return readonly(np.asarray(v, dtype=np.dtypes.StringDType()))


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

    tension: np.ndarray = attrs.field(converter=_f64)
    conflict: np.ndarray = attrs.field(converter=_f64)
    cooperation: np.ndarray = attrs.field(converter=_f64)
    terms: np.ndarray = attrs.field(converter=_i64)
    dyad_sentences: np.ndarray = attrs.field(converter=_i64)
    replaced_bytes: np.ndarray = attrs.field(converter=_i64)
    ids: np.ndarray = attrs.field(converter=_ids)
    published: np.ndarray = attrs.field(converter=_days)
    dyad: tuple[str, str] = ("USA", "CHN")

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
        return cls(**cols, dyad=parts[0].dyad)

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
        if freq not in FREQS:
            raise SchemaError("freq", f"one of {FREQS}", repr(freq))
        if how not in HOWS:
            raise SchemaError("how", f"one of {HOWS}", repr(how))
        known = ~np.isnat(self.published)
        if len(self) and not known.any():
            raise SchemaError("published", "publication days for the documents (score with published=...)",
                              "no document with a publication day")
        keys = period_keys(self.published[known], freq)
        lo = period_keys(np.array([to_day(start, "start")]), freq)[0] if start is not None else None
        hi = period_keys(np.array([to_day(end, "end")]), freq)[0] if end is not None else None
        inside = np.ones(keys.shape[0], dtype=bool)
        if lo is not None:
            inside &= keys >= lo
        if hi is not None:
            inside &= keys <= hi
        keys = keys[inside]
        values = self.tension[known][inside]
        first = lo if lo is not None else (keys.min() if keys.size else 0)
        last = hi if hi is not None else (keys.max() if keys.size else -1)
        size = max(int(last - first + 1), 0)
        vals, counts = aggregate(keys - first, values, size, how)
        return Series(dates=period_starts(np.arange(first, first + size), freq), values=vals, counts=counts,
                      freq=freq, how=how)


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
        :func:`tension.lexicon.load_lexicon`). Compiled once per lexicon.
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
    if not isinstance(workers, int) or workers < 1:
        raise SchemaError("workers", "an int >= 1", repr(workers))
    if not isinstance(chunk_bytes, int) or chunk_bytes < 1:
        raise SchemaError("chunk_bytes", "an int >= 1", repr(chunk_bytes))
    dyad = _check_dyad(dyad)
    lex = _default_lexicon() if lexicon is None else lexicon
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
