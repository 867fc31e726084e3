"""Per-document results of the bulk scorer: :class:`TextScores`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from .._arrays import ro_days, ro_float64, ro_int64, ro_strings
from ..exceptions import SchemaError
from ..series import HOWS, PartialSeries, Series

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd
    import pyarrow as pa

__all__ = ["TextScores"]


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
