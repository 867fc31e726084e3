"""The project's ONE tokenization rule: :func:`tokenize` over strings (extraction, the lexicon) and
the byte-level tokenizer behind :func:`tension.score_texts`, which applies it to a UTF-8 byte buffer
with numpy, with no Python loop over bytes or tokens:

* word characters are ASCII letters and digits and every non-ASCII character
  except the separators in :data:`SEPARATOR_CHARS` (curly quotes, en/em dashes,
  the ellipsis, the no-break space and guillemets);
* a token is a maximal run of word characters;
* ASCII letters are lower-cased, except in a token made only of 2 to 4 upper-case
  ASCII letters ("US", "PRC", "NATO"), which keeps its case.

On bytes: every byte of a multi-byte UTF-8 character is >= 0x80, so a non-ASCII
character is a run of "word bytes" unless it is one of the separators, whose
encodings (``E2 80 xx`` and ``C2 xx``) are found and blanked out.

Examples
--------
>>> from tension.text.tokens import normalize_token, split_tokens
>>> split_tokens("China’s U.S.-made NATO us")
['china', 's', 'u', 's', 'made', 'NATO', 'us']
>>> normalize_token("Beijing"), normalize_token("PRC"), normalize_token("PRCS5")
('beijing', 'PRC', 'prcs5')
"""

from __future__ import annotations

import functools
import re

import numpy as np

__all__ = [
    "SEPARATOR_CHARS",
    "normalize_token",
    "tokenize",
    "split_tokens",
    "build_buffer",
    "word_bytes",
    "token_bounds",
    "prefix_keys",
    "word_keys",
    "Workspace",
]

#: Non-ASCII characters that separate tokens (all other non-ASCII characters are word characters).
SEPARATOR_CHARS: str = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00ab\u00bb"

_SEP_CLASS = re.escape(SEPARATOR_CHARS)
_TOKEN_RE = re.compile(rf"(?:[A-Za-z0-9]|[^\x00-\x7f{_SEP_CLASS}])+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_E2_SEPARATORS = np.array([0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6], dtype=np.uint8)  # E2 80 xx
_C2_SEPARATORS = np.array([0xA0, 0xAB, 0xBB], dtype=np.uint8)  # C2 xx
#: Padding after the text in a chunk buffer, so that 8-byte reads past a token stay inside it.
PAD = 24


def normalize_token(token: str) -> str:
    """Normalize one token: ASCII lower case, except 2-4 upper-case ASCII letters.

    Examples
    --------
    >>> normalize_token("US"), normalize_token("Us"), normalize_token("Ärger"), normalize_token("NATOS")
    ('US', 'us', 'Ärger', 'natos')
    """
    if token.isascii():
        if 2 <= len(token) <= 4 and token.isupper() and token.isalpha():
            return token
        return token.lower()
    return token.translate(_ASCII_LOWER)


_normalize_cached = functools.lru_cache(maxsize=1 << 16)(normalize_token)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split ``text`` into ``(normalized token, start, end)`` triples (character offsets).

    This is the rule as the extractor and the lexicon apply it to Python strings;
    the byte kernels below apply the same rule to UTF-8 buffers.

    Examples
    --------
    >>> tokenize("US-China talks")
    [('US', 0, 2), ('china', 3, 8), ('talks', 9, 14)]
    >>> [t for t, _, _ in tokenize("Xi’s “very good” visit — 7 1/2 hours")]
    ['xi', 's', 'very', 'good', 'visit', '7', '1', '2', 'hours']
    """
    norm = _normalize_cached
    return [(norm(m.group()), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def split_tokens(text: str) -> list[str]:
    """The normalized tokens of ``text`` (without offsets).

    Examples
    --------
    >>> split_tokens("didn’t sign the U.S.–China deal")
    ['didn', 't', 'sign', 'the', 'u', 's', 'china', 'deal']
    """
    norm = _normalize_cached
    return [norm(m.group()) for m in _TOKEN_RE.finditer(text)]


def build_buffer(docs: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Join UTF-8 documents into one padded byte buffer.

    The buffer is ``NUL doc0 NUL doc1 NUL ... docN NUL`` followed by zero padding
    up to a multiple of 8 bytes plus :data:`PAD`. NUL is a separator, so no token
    spans two documents.

    Returns
    -------
    buf : ndarray of uint8
    doc_starts : ndarray of int64, shape (n_docs + 1,)
        Byte offset of each document in ``buf``; the last entry is one past the
        end of the last document.

    Examples
    --------
    >>> buf, starts = build_buffer([b"ab", b"", b"c"])
    >>> bytes(buf[:8]), starts.tolist()
    (b'\\x00ab\\x00\\x00c\\x00\\x00', [1, 4, 5, 7])
    """
    lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
    starts = np.empty(len(docs) + 1, dtype=np.int64)
    starts[0] = 1
    np.cumsum(lengths + 1, out=starts[1:])
    starts[1:] += 1
    joined = b"\x00" + b"\x00".join(docs) + b"\x00"
    return _padded(joined), starts


def _padded(joined: bytes) -> np.ndarray:
    size = (len(joined) + 7) // 8 * 8 + PAD
    buf = np.zeros(size, dtype=np.uint8)
    buf[: len(joined)] = np.frombuffer(joined, dtype=np.uint8)
    return buf


class Workspace:
    """Scratch arrays reused from chunk to chunk by one thread.

    Fresh multi-megabyte arrays for every chunk cost page faults; a workspace
    hands out views of arrays it keeps (growing them when needed). Not shared
    between threads.
    """

    def __init__(self) -> None:
        self._arrays: dict[str, np.ndarray] = {}

    def get(self, name: str, size: int, dtype: type | np.dtype) -> np.ndarray:
        """An uninitialized array of ``size`` elements, reused under ``name``."""
        a = self._arrays.get(name)
        if a is None or a.dtype != np.dtype(dtype) or a.shape[0] < size:
            a = np.empty(size + size // 4 + 64, dtype=dtype)
            self._arrays[name] = a
        return a[:size]


def word_bytes(buf: np.ndarray, ws: Workspace | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Lower-cased bytes and the word-byte mask of a chunk buffer.

    Returns
    -------
    low : ndarray of uint8
        ``buf`` with ASCII upper-case letters lower-cased.
    word : ndarray of bool
        True for bytes of word characters.

    Examples
    --------
    >>> import numpy as np
    >>> buf = np.zeros(16, dtype=np.uint8)  # a multiple of 8 bytes, as chunk buffers are
    >>> buf[1:8] = np.frombuffer("A’b-9".encode(), dtype=np.uint8)
    >>> low, word = word_bytes(buf)
    >>> bytes(low[:2]), word[:9].astype(int).tolist()
    (b'\\x00a', [0, 1, 0, 0, 0, 1, 0, 1, 0])
    """
    ws = ws or Workspace()
    n = buf.shape[0]
    x = ws.get("x", n, np.uint8)
    letter = ws.get("letter", n, np.bool_)
    low = ws.get("low", n, np.uint8)
    word = ws.get("word", n, np.bool_)
    np.bitwise_or(buf, np.uint8(0x20), out=x)
    np.subtract(x, np.uint8(ord("a")), out=x)
    np.less(x, np.uint8(26), out=letter)
    np.multiply(letter.view(np.uint8), np.uint8(0x20), out=low)
    np.bitwise_or(low, buf, out=low)
    np.subtract(buf, np.uint8(ord("0")), out=x)
    np.less(x, np.uint8(10), out=word)
    np.bitwise_or(word, letter, out=word)
    high = ws.get("high", n, np.bool_)
    np.greater_equal(buf, np.uint8(0x80), out=high)
    pos = np.flatnonzero(high)
    if pos.size:
        np.bitwise_or(word, high, out=word)
        _blank_separators(buf, word, pos)
    return low, word


#: The last byte of each separator: ``_E2_LAST[b]`` for ``E2 80 b``, ``_C2_LAST[b]`` for ``C2 b``.
_E2_LAST = np.zeros(256, dtype=bool)
_E2_LAST[_E2_SEPARATORS] = True
_C2_LAST = np.zeros(256, dtype=bool)
_C2_LAST[_C2_SEPARATORS] = True


def _blank_separators(buf: np.ndarray, word: np.ndarray, high: np.ndarray) -> None:
    """Mark the bytes of the non-ASCII separator characters as non-word, in place (``high``: the
    positions of the bytes >= 0x80)."""
    b0 = buf[high]
    pos = high[(b0 & np.uint8(0xDF)) == np.uint8(0xC2)]  # 0xE2 and 0xC2 (and only they) become 0xC2
    if pos.size == 0:
        return
    b0, b1, b2 = buf[pos], buf[pos + 1], buf[pos + 2]
    three = (b0 == 0xE2) & (b1 == 0x80) & _E2_LAST[b2]
    two = (b0 == 0xC2) & _C2_LAST[b1]
    p3 = pos[three]
    p2 = pos[two]
    for k in range(3):
        word[p3 + k] = False
    for k in range(2):
        word[p2 + k] = False


def token_bounds(word: np.ndarray, ws: Workspace | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) byte offsets of every token.

    ``word[0]`` must be False (the buffer starts with NUL) and the buffer ends
    with non-word padding, so word runs start and end in alternation.

    Examples
    --------
    >>> import numpy as np
    >>> s, e = token_bounds(np.array([0, 1, 1, 0, 1, 0, 0, 0], dtype=bool))
    >>> s.tolist(), e.tolist()
    ([1, 4], [3, 5])
    """
    ws = ws or Workspace()
    change = ws.get("change", word.shape[0], np.bool_)
    change[0] = False
    np.not_equal(word[1:], word[:-1], out=change[1:])  # change[i]: byte i starts or ends a word run
    pairs = np.flatnonzero(change).reshape(-1, 2)
    return np.ascontiguousarray(pairs[:, 0]), np.ascontiguousarray(pairs[:, 1])


#: MASKS[k] keeps the low k bytes of a little-endian uint64 (k = 0..8).
_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(9)], dtype=np.uint64)


def prefix_keys(low: np.ndarray, starts: np.ndarray, lengths: np.ndarray, offset: int = 0,
                ws: Workspace | None = None) -> np.ndarray:
    """The bytes ``[start + offset, start + offset + 8)`` of each token, masked to its length, as uint64.

    Reads two aligned 8-byte words and shifts them together (faster than an
    unaligned gather); bytes past the token's end are zeroed.

    Examples
    --------
    >>> import numpy as np
    >>> buf = np.zeros(40, dtype=np.uint8); buf[1:12] = np.frombuffer(b"sanctions x", dtype=np.uint8)
    >>> k = prefix_keys(buf, np.array([1, 11]), np.array([9, 1]))
    >>> [int(v).to_bytes(8, "little") for v in k]
    [b'sanction', b'x\\x00\\x00\\x00\\x00\\x00\\x00\\x00']
    """
    ws = ws or Workspace()
    n = starts.shape[0]
    pos = starts + offset if offset else starts
    words = low.view(np.uint64)
    q = ws.get("q", n, np.int64)
    r = ws.get("r", n, np.int64)
    hi = ws.get("hi", n, np.uint64)
    np.right_shift(pos, 3, out=q)
    np.bitwise_and(pos, 7, out=r)
    np.left_shift(r, 3, out=r)
    ru = r.view(np.uint64)
    lo = np.take(words, q, mode="clip")  # "clip": in range by construction, and faster than "raise"
    np.right_shift(lo, ru, out=lo)
    np.take(words[1:], q, out=hi, mode="clip")  # the next aligned word
    np.subtract(np.uint64(64), ru, out=ru)  # numpy shifts by >= 64 give 0: no hi bytes when aligned
    np.left_shift(hi, ru, out=hi)
    np.bitwise_or(lo, hi, out=lo)
    n_left = lengths - offset if offset else lengths
    np.take(_MASKS, n_left, mode="clip", out=hi)
    np.bitwise_and(lo, hi, out=lo)
    return lo


def word_keys(low: np.ndarray, starts: np.ndarray, lengths: np.ndarray, n_words: int) -> np.ndarray:
    """Full keys of tokens: ``n_words`` uint64 words per token (shape (k, n_words)), zero-padded.

    Examples
    --------
    >>> import numpy as np
    >>> buf = np.zeros(40, dtype=np.uint8); buf[1:12] = np.frombuffer(b"cooperation", dtype=np.uint8)
    >>> k = word_keys(buf, np.array([1]), np.array([11]), 2)
    >>> int(k[0, 1]).to_bytes(8, "little")
    b'ion\\x00\\x00\\x00\\x00\\x00'
    """
    out = np.empty((starts.shape[0], n_words), dtype=np.uint64)
    for w in range(n_words):
        k = prefix_keys(low, starts, lengths, 8 * w)
        k[lengths <= 8 * w] = 0
        out[:, w] = k
    return out
