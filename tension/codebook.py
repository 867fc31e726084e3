"""The CAMEO event codebook: names, Goldstein values, roots and quad classes.

The table ships as ``tension/data/cameo_codebook.tsv`` (sources in
``tension/data/README.md``). Every lookup is vectorized: codes are turned into
small integer keys with array arithmetic on their code points and looked up in a
dense table, so classifying ten million events costs a few array passes.

``tension`` is minus the Goldstein scale: positive values mean tension rises
(conflict), negative values mean it eases (cooperation).

Examples
--------
>>> from tension import codebook
>>> codebook.tension_of(["042", "173", "0874"]).tolist()
[-1.9, 5.0, -10.0]
>>> codebook.quad_class(["042", "173"]).tolist()
[1, 4]
>>> codebook.root(["0874"]).tolist()
['08']
>>> codebook.name("042")
'Make a visit'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import attrs
import numpy as np

from ._arrays import as_fixed_str, char_matrix, readonly
from ._packaged import read_tsv
from .exceptions import SchemaError, UnknownCodeError

__all__ = [
    "Codebook",
    "load",
    "lookup",
    "is_known",
    "tension_of",
    "goldstein",
    "quad_class",
    "root",
    "name",
    "QUAD_NAMES",
    "QUAD_CONVENTIONS",
]

#: QuadClass numbers and their names (GDELT's grouping of CAMEO roots; see :func:`quad_class`).
QUAD_NAMES: dict[int, str] = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}

_WIDTH = 4  # CAMEO codes have 2 to 4 digits
_KEYS = 11**_WIDTH  # one key per digit string of length <= 4 (digit+1 per place, 0 = absent)


_NOT_DIGIT = 100
#: Value of a code point in a key: 0 for an absent character (NUL padding), digit + 1 for "0".."9".
_PLACE_VALUE = np.full(129, _NOT_DIGIT, dtype=np.int32)
_PLACE_VALUE[0] = 0
_PLACE_VALUE[48:58] = np.arange(1, 11)


def _keys(codes: np.ndarray) -> np.ndarray:
    """Integer key per code string, -1 where the string cannot be a CAMEO code.

    Works column by column on the code points (a ``uint32`` view of the ``<U``
    array, no copy) through a small lookup table: a few passes over ten million codes.
    """
    n = codes.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    m = char_matrix(codes, _WIDTH)
    key = np.zeros(n, dtype=np.int32)
    length = np.zeros(n, dtype=np.int8)
    ok = np.ones(n, dtype=bool)
    for j in range(_WIDTH):
        v = _PLACE_VALUE[np.minimum(m[:, j], 128)]  # 0 absent, digit + 1, or _NOT_DIGIT
        ok &= v != _NOT_DIGIT
        length += v > 0
        key *= 11
        key += v
    ok &= (length >= 2) & (length <= _WIDTH)
    if codes.dtype.itemsize // 4 > _WIDTH:  # anything beyond the 4th character is unknown
        ok &= ~np.ascontiguousarray(codes).view(np.uint32).reshape(n, -1)[:, _WIDTH:].any(axis=1)
    return np.where(ok, key, -1).astype(np.int64)


@attrs.frozen(eq=False)
class Codebook:
    """The CAMEO codebook as parallel arrays, one row per code.

    Attributes
    ----------
    codes : ndarray of str, shape (k,)
        CAMEO event codes, leading zeros kept ("01", "042", "0874").
    names : ndarray of str
        Short descriptions.
    goldstein : ndarray of float64
        Goldstein (1992) conflict-cooperation weights as published by GDELT.
    goldstein_icews : ndarray of float64
        The ICEWS variant of the same weights (differs for 016, 022, 164, 165).
    roots : ndarray of str
        The two-digit root code of each code.
    levels : ndarray of int64
        1 for roots, 2 for three-digit codes, 3 for four-digit codes.
    quad_classes : ndarray of int64
        GDELT QuadClass: 1 verbal cooperation, 2 material cooperation,
        3 verbal conflict, 4 material conflict (roots 01-05, 06-09, 10-14, 15-20).
    quad_classes_icews : ndarray of int64
        The ICEWS convention: as GDELT's except root 09 (investigate) is verbal
        conflict (3) and root 14 (protest) is material conflict (4).
    inherited : ndarray of bool
        True where no published table gives the code a Goldstein value (the CAMEO
        1.1b3 codes 155, 176, 1834, 1951, 1952): its values are its parent code's.
    """

    codes: np.ndarray
    names: np.ndarray
    goldstein: np.ndarray
    goldstein_icews: np.ndarray
    roots: np.ndarray
    levels: np.ndarray
    quad_classes: np.ndarray
    quad_classes_icews: np.ndarray
    inherited: np.ndarray
    root_names: dict[str, str]
    _table: np.ndarray = attrs.field(alias="_table", repr=False)

    @property
    def tension(self) -> np.ndarray:
        """Tension of each code: ``-goldstein``."""
        return -self.goldstein

    def __len__(self) -> int:
        return int(self.codes.shape[0])

    def index(self, codes: Any, *, field: str = "code") -> np.ndarray:
        """Row of each code in the codebook; raise :class:`UnknownCodeError` for unknown codes."""
        arr = _as_codes(codes, field)
        idx = self._index_or_missing(arr)
        bad = idx < 0
        if bad.any():
            first = int(np.argmax(bad))
            raise UnknownCodeError(str(arr[first]), row=first, count=int(bad.sum()))
        return idx

    def _index_or_missing(self, arr: np.ndarray) -> np.ndarray:
        keys = _keys(arr)
        return np.where(keys >= 0, self._table[np.maximum(keys, 0)], -1)

    def is_known(self, codes: Any) -> np.ndarray:
        """Boolean array: which codes are in the codebook."""
        return self._index_or_missing(_as_codes(codes, "code")) >= 0


def _as_codes(codes: Any, field: str) -> np.ndarray:
    if isinstance(codes, str):
        codes = [codes]
    a = as_fixed_str(codes if isinstance(codes, np.ndarray) else list(codes), field)
    return a.reshape(-1)


@functools.cache
def load() -> Codebook:
    """The packaged CAMEO codebook (read once, then shared; it is immutable).

    Returns
    -------
    Codebook

    Examples
    --------
    >>> from tension import codebook
    >>> cb = codebook.load()
    >>> len(cb)
    317
    >>> cb.codes[:3].tolist()
    ['01', '010', '011']
    """
    rows = read_tsv("cameo_codebook.tsv")
    codes = np.array([r["cameo_code"] for r in rows])
    table = np.full(_KEYS, -1, dtype=np.int64)
    table[_keys(codes)] = np.arange(len(rows))
    roots = {r["root_code"]: r["name"] for r in read_tsv("cameo_roots.tsv")}
    by_code = {r["cameo_code"]: r for r in rows}
    gdelt: list[float] = []
    icews: list[float] = []
    inherited: list[bool] = []
    for r in rows:
        # 1213 is only in the ICEWS table: GDELT gives it no weight, so its ICEWS weight stands in.
        # 155, 176, 1834, 1951, 1952 (CAMEO 1.1b3) are in neither table: they take their parent's
        # values (the base code for four digits, the root for three); see data/README.md.
        parent = r["base_code"] if r["level"] == "3" else r["root_code"]
        missing = not (r["goldstein"] or r["goldstein_icews"])
        src = by_code[parent] if missing else r
        gdelt.append(float(src["goldstein"] or src["goldstein_icews"]))
        icews.append(float(src["goldstein_icews"] or src["goldstein"]))
        inherited.append(missing)
    return Codebook(
        codes=readonly(codes),
        names=readonly(np.array([r["description"] for r in rows])),
        goldstein=readonly(np.array(gdelt)),
        goldstein_icews=readonly(np.array(icews)),
        roots=readonly(np.array([r["root_code"] for r in rows])),
        levels=readonly(np.array([int(r["level"]) for r in rows], dtype=np.int64)),
        quad_classes=readonly(np.array([int(r["quad_class"]) for r in rows], dtype=np.int64)),
        quad_classes_icews=readonly(np.array([int(r["quad_class_icews"]) for r in rows], dtype=np.int64)),
        inherited=readonly(np.array(inherited, dtype=bool)),
        root_names=roots,
        _table=readonly(table),
    )


def lookup(codes: Iterable[str] | np.ndarray) -> np.ndarray:
    """Row index of each code in :func:`load`'s arrays.

    Parameters
    ----------
    codes : array_like of str, shape (n,)
        CAMEO event codes as strings.

    Returns
    -------
    ndarray of int64, shape (n,)

    Raises
    ------
    UnknownCodeError
        If a code is not in the codebook; the message names the first one.

    Examples
    --------
    >>> from tension import codebook
    >>> cb = codebook.load()
    >>> cb.codes[codebook.lookup(["042"])].tolist()
    ['042']
    """
    return load().index(codes)


def is_known(codes: Iterable[str] | np.ndarray) -> np.ndarray:
    """Which codes are CAMEO event codes in the codebook.

    Examples
    --------
    >>> from tension import codebook
    >>> codebook.is_known(["042", "42", "999", "0874"]).tolist()
    [True, False, False, True]
    """
    return load().is_known(codes)


def tension_of(codes: Iterable[str] | np.ndarray) -> np.ndarray:
    """Tension (``-Goldstein``) of each event code.

    Parameters
    ----------
    codes : array_like of str, shape (n,)

    Returns
    -------
    ndarray of float64, shape (n,)
        Positive: conflict (tension rises); negative: cooperation.

    Examples
    --------
    >>> from tension import codebook
    >>> codebook.tension_of(["036", "112", "190"]).tolist()
    [-4.0, 2.0, 10.0]
    """
    cb = load()
    return -cb.goldstein[cb.index(codes)]


def goldstein(codes: Iterable[str] | np.ndarray) -> np.ndarray:
    """Goldstein scale value of each event code (GDELT's published weights).

    Examples
    --------
    >>> from tension import codebook
    >>> codebook.goldstein(["042", "190"]).tolist()
    [1.9, -10.0]
    """
    cb = load()
    return cb.goldstein[cb.index(codes)]


#: The two QuadClass conventions :func:`quad_class` knows.
QUAD_CONVENTIONS = ("gdelt", "icews")


def quad_class(codes: Iterable[str] | np.ndarray, convention: str = "gdelt") -> np.ndarray:
    """QuadClass of each event code (1..4, see :data:`QUAD_NAMES`).

    QuadClass is GDELT's grouping of the CAMEO roots, not part of CAMEO itself.

    Parameters
    ----------
    codes : array_like of str, shape (n,)
        CAMEO event codes.
    convention : {"gdelt", "icews"}
        ``"gdelt"`` (default): roots 01-05 verbal cooperation (1), 06-09 material
        cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4), as
        in GDELT's ``QuadClass`` column. ``"icews"``: the same except root 09
        (investigate) is verbal conflict and root 14 (protest) material conflict,
        the grouping used with ICEWS data.

    Returns
    -------
    ndarray of int64, shape (n,)

    Raises
    ------
    UnknownCodeError
        If a code is not in the codebook.
    SchemaError
        If ``convention`` is not one of :data:`QUAD_CONVENTIONS`.

    Examples
    --------
    >>> from tension import codebook
    >>> codebook.quad_class(["042", "061", "111", "190"]).tolist()
    [1, 2, 3, 4]
    >>> codebook.quad_class(["091", "141"]).tolist()
    [2, 3]
    >>> codebook.quad_class(["091", "141"], convention="icews").tolist()
    [3, 4]
    """
    if convention not in QUAD_CONVENTIONS:
        raise SchemaError("convention", f"one of {QUAD_CONVENTIONS}", repr(convention))
    cb = load()
    table = cb.quad_classes if convention == "gdelt" else cb.quad_classes_icews
    return table[cb.index(codes)]


def root(codes: Iterable[str] | np.ndarray) -> np.ndarray:
    """Two-digit CAMEO root code of each event code.

    Examples
    --------
    >>> from tension import codebook
    >>> codebook.root(["042", "1712", "20"]).tolist()
    ['04', '17', '20']
    """
    cb = load()
    return cb.roots[cb.index(codes)]


def name(code: str) -> str:
    """Description of one event code.

    Examples
    --------
    >>> from tension import codebook
    >>> codebook.name("173")
    'Arrest, detain, or charge with legal action'
    """
    cb = load()
    return str(cb.names[cb.index([code])[0]])
