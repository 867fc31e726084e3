"""Run :mod:`tension` on a Dask cluster: GDELT archives and text corpora past one machine.

Each file is one partition. On the workers, the ordinary single-machine code reads
and reduces a file to a :class:`~tension.series.PartialSeries` (per-period sums,
weights and counts); partials are combined by a tree reduction, and the finished
:class:`~tension.Series` equals (to float rounding) what reading everything on one
machine gives. Means are computed once, from the combined sums and weights.

This module needs the ``dask`` extra (``pip install 'tension[dask]'``); it is only
imported when used: ``import tension.dask``.

Clients
-------
Every function takes ``client=``: a :class:`distributed.Client`, a scheduler address
(``"tcp://10.0.0.5:8786"``), or ``None``. With ``None`` the current default client is
used if there is one; otherwise a local cluster (one worker process per core) is
started for the call and closed after it.

Errors
------
A partition that fails raises in the caller: a :class:`~tension.ParseError` names the
file, line and column; any other failure is wrapped in :class:`PartitionError`
naming the file. Warnings raised on workers (``errors="warn"``) are collected and
re-emitted in the caller, so skipped rows are reported as on one machine.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .events import EventTable, concat
from .exceptions import TensionError
from .series import PartialSeries, Series

if TYPE_CHECKING:
    import distributed

__all__ = ["PartitionError", "gdelt_series", "score_corpus", "extract_corpus", "partition_files"]


class PartitionError(TensionError, RuntimeError):
    """A partition (one input file) failed on a worker; names the file and the cause."""

    def __init__(self, path: str, cause: str) -> None:
        self.path = str(path)
        self.cause = cause
        super().__init__(f"{self.path}: partition failed: {cause}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.cause))


# ---------------------------------------------------------------------- clients
@contextlib.contextmanager
def _session(client: distributed.Client | str | None) -> Iterator[distributed.Client]:
    """The client to use, starting (and afterwards closing) a local cluster if needed."""
    from distributed import Client, LocalCluster, default_client

    if isinstance(client, str):
        with Client(client) as c:
            yield c
        return
    if client is not None:
        yield client
        return
    try:
        yield default_client()
        return
    except ValueError:
        pass
    n = os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, Client(cluster) as c:
        yield c


def _tree_reduce(client: distributed.Client, futures: list[Any], combine: Callable[..., Any], split_every: int) -> Any:
    """Combine futures level by level, ``split_every`` at a time, on the workers."""
    if not futures:
        return None
    level = futures
    while len(level) > 1:
        level = [client.submit(combine, *level[i:i + split_every], pure=False) for i in range(0, len(level), split_every)]
    return level[0].result()


def _show_progress(futures: list[Any], progress: bool) -> None:
    if progress and futures:
        from distributed import progress as dask_progress

        dask_progress(futures)  # Dask's own text progress bar (opt-in)


# ---------------------------------------------------------------------- partitions
def partition_files(paths: str | Path | Iterable[str | Path], *, suffixes: Sequence[str] = ()) -> list[str]:
    """Expand paths, globs and folders into a sorted list of files (one partition each).

    Parameters
    ----------
    paths : str, Path or iterable of them
        Files, folders (their files, recursively) or glob patterns.
    suffixes : sequence of str
        Keep only files with these suffixes when expanding folders.

    Raises
    ------
    ParseError
        When a path or pattern matches no file.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.txt", "c.csv"):
    ...     _ = (d / name).write_text("x")
    >>> [pathlib.Path(p).name for p in partition_files(d, suffixes=[".txt"])]
    ['a.txt', 'b.txt']
    """
    from .exceptions import ParseError
    from .io._sources import resolve_paths

    try:
        return [str(p) for p in resolve_paths(paths, folders=True, suffixes=suffixes)]
    except FileNotFoundError as e:
        raise ParseError(paths, None, None, None, f"expected existing files, folders or globs matching files ({e})") from None


Caught = list[tuple[type[Warning], str]]


def _guard(path: str, fn: Callable[[], Any]) -> tuple[Any, Caught]:
    """Run one partition: keep TensionErrors, name the file on any other failure, keep warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn()
        except TensionError:
            raise
        except Exception as e:
            raise PartitionError(path, f"{type(e).__name__}: {e}") from e
    return result, [(w.category, str(w.message)) for w in caught]


def _combine_partials(*parts: tuple[PartialSeries, Caught]) -> tuple[PartialSeries, Caught]:
    total = PartialSeries.combine_all([p for p, _ in parts])
    messages = [m for _, ms in parts for m in ms]
    return total, messages


def _reemit(caught: Caught) -> None:
    """Emit in the caller the warnings that workers caught, with their own categories."""
    for category, message in caught:
        warnings.warn(message, category, stacklevel=3)


# ---------------------------------------------------------------------- GDELT
def _gdelt_partial(path: str, dyad: tuple[str, str] | None, freq: str, weight: str | None,
                   errors: str, batch_rows: int) -> tuple[PartialSeries, Caught]:
    from .io.gdelt import iter_gdelt

    def run() -> PartialSeries:
        total = PartialSeries.empty(freq, weight)
        for batch in iter_gdelt(path, dyad=dyad, errors=errors, batch_rows=batch_rows):
            total = total.combine(PartialSeries.from_table(batch, freq, weight))
        return total

    return _guard(path, run)


#: File name endings a folder given to :func:`gdelt_series` is searched for.
_GDELT_SUFFIXES = (".CSV", ".csv", ".zip", ".txt")


def gdelt_series(
    paths: str | Path | Iterable[str | Path],
    *,
    dyad: tuple[str, str] | None = ("USA", "CHN"),
    freq: str = "D",
    how: str = "sum",
    weight: str | None = None,
    start: Any = None,
    end: Any = None,
    errors: str = "raise",
    batch_rows: int = 1_000_000,
    client: distributed.Client | str | None = None,
    split_every: int = 8,
    progress: bool = False,
) -> Series:
    """The dyad's tension series of many GDELT files, computed on a Dask cluster.

    Each file is read on a worker with :func:`tension.iter_gdelt` (bounded memory)
    and reduced to per-period partial sums; partials are combined by a tree
    reduction. The result equals ``read_gdelt(paths, dyad=dyad).series(freq, how,
    weight)`` to float rounding.

    Parameters
    ----------
    paths : str, Path or iterable
        GDELT event files (plain or .zip), folders or globs. A folder stands for
        the files under it whose names end in ``.CSV``, ``.csv``, ``.zip`` or
        ``.txt`` (GDELT's names); empty files in it (which real 15-minute archive
        folders hold) are zero rows.
    dyad : (str, str) or None
        Country pair kept while reading; None keeps every event.
    freq, how, weight, start, end
        As in :meth:`tension.EventTable.series`.
    errors : {"raise", "warn"}
        As in :func:`tension.read_gdelt`; warnings from workers are re-emitted here.
    batch_rows : int
        Rows per batch read on a worker.
    client : distributed.Client, str or None
        A client, a scheduler address, or None (default client, else a local cluster).
    split_every : int
        Fan-in of the tree reduction.
    progress : bool
        Show Dask's progress bar (printed by Dask) while files are read.

    Returns
    -------
    Series

    Examples
    --------
    >>> import pathlib, tempfile
    >>> import numpy as np
    >>> from distributed import Client
    >>> import tension, tension.dask
    >>> from tension.io._synth import write_gdelt
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> files = [write_gdelt(d / f"part{i}.CSV", 500, seed=i) for i in range(3)]
    >>> with Client(processes=False, n_workers=1, dashboard_address=":0") as client:
    ...     s = tension.dask.gdelt_series(files, freq="M", how="mean", client=client)
    >>> one = tension.read_gdelt(files, dyad=("USA", "CHN")).series("M", how="mean")
    >>> bool(np.allclose(s.values, one.values, equal_nan=True) and (s.counts == one.counts).all())
    True
    """
    from .io._sources import resolve_paths

    files = [str(p) for p in resolve_paths(paths, folders=True, suffixes=_GDELT_SUFFIXES)]
    with _session(client) as c:
        futures = c.map(_gdelt_partial, files, dyad=dyad, freq=freq, weight=weight, errors=errors,
                        batch_rows=batch_rows, pure=False)
        _show_progress(futures, progress)
        total, messages = _tree_reduce(c, futures, _combine_partials, split_every)
    _reemit(messages)
    return total.to_series(how, start, end)


# ---------------------------------------------------------------------- text corpora
def _extract_partition(path: str, published: Any, out: str | None, index: int) -> tuple[Any, Caught]:
    from .pipeline import extract_file

    def run() -> Any:
        table = extract_file(path, published=published, source=Path(path).name)
        if out is None:
            return table
        target = Path(out) / f"part-{index:05d}.parquet"
        table.to_parquet(target)
        return str(target), len(table)

    return _guard(path, run)


def extract_corpus(
    paths: str | Path | Iterable[str | Path],
    *,
    published: Any = None,
    out: str | Path | None = None,
    client: distributed.Client | str | None = None,
    progress: bool = False,
) -> EventTable | list[str]:
    """Full event extraction over a corpus, one partition per file, on a Dask cluster.

    Each ``.jsonl`` file (``id``, ``published``, ``text`` per line) or text file is
    read and run through :func:`tension.extract_corpus` on a worker. The result is
    the same table as extracting every document in order on one machine.

    Parameters
    ----------
    paths : str, Path or iterable
        Corpus files (``.jsonl`` or ``.txt``), folders of them, or globs.
    published : date-like or callable, optional
        Publication day of plain text files (a date, or a function of the path);
        JSON Lines corpora carry their own.
    out : str or Path, optional
        A folder: each partition's events are written there as
        ``part-NNNNN.parquet`` (for tables larger than memory) and the list of
        written files is returned instead of a table.
    client, progress
        As in :func:`gdelt_series`.

    Returns
    -------
    EventTable, or list of str when ``out`` is given.

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> from distributed import Client
    >>> import tension, tension.dask
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> docs = [{"id": "a", "published": "2023-06-19", "text": "Blinken visited Beijing on Sunday."},
    ...         {"id": "b", "published": "2024-02-01", "text": "China condemned US tariffs."}]
    >>> _ = (d / "docs.jsonl").write_text("\\n".join(json.dumps(x) for x in docs), encoding="utf-8")
    >>> with Client(processes=False, n_workers=1, dashboard_address=":0") as client:
    ...     t = tension.dask.extract_corpus(d, client=client)
    >>> t == tension.extract_corpus(docs)
    True
    """
    files = partition_files(paths, suffixes=(".jsonl", ".txt"))
    if out is not None:
        Path(out).mkdir(parents=True, exist_ok=True)
    with _session(client) as c:
        futures = c.map(_extract_partition, files, [published] * len(files),
                        [None if out is None else str(out)] * len(files), list(range(len(files))), pure=False)
        _show_progress(futures, progress)
        results = c.gather(futures)
    _reemit([m for _, ms in results for m in ms])
    if out is not None:
        return [p for (p, _n), _ in results]
    return concat([t for t, _ in results])


def _score_partition(path: str, freq: str, options: dict[str, Any]) -> tuple[PartialSeries, Caught]:
    from .pipeline import score_corpus as score_local

    return _guard(path, lambda: score_local(path, progress=False, **options).partial(freq))


def _scores_frame(path: str, options: dict[str, Any]) -> Any:
    from .pipeline import score_corpus as score_local

    frame, caught = _guard(path, lambda: score_local(path, progress=False, **options).to_pandas())
    _reemit(caught)
    return frame


def score_corpus(
    paths: str | Path | Iterable[str | Path],
    *,
    published: Any = None,
    freq: str = "D",
    how: str = "sum",
    start: Any = None,
    end: Any = None,
    dyad: tuple[str, str] = ("USA", "CHN"),
    errors: str = "raise",
    chunk_bytes: int = 1 << 20,
    return_scores: bool = False,
    client: distributed.Client | str | None = None,
    split_every: int = 8,
    progress: bool = False,
    engine: str = "auto",
) -> Series | tuple[Series, Any]:
    """Bulk-score a text corpus on a Dask cluster: the tension series by publication day.

    Each corpus file (JSON Lines, ``.jsonl.gz``, Parquet, or a folder of ``.txt`` files, as
    :func:`tension.score_corpus` reads them) is scored on a worker with
    :func:`tension.score_texts` and reduced to per-period partial sums, combined by a
    tree reduction. The series equals ``tension.score_corpus`` over every file on one
    machine (to float rounding).

    Parameters
    ----------
    paths : str, Path or iterable
        Corpus files, folders or globs; each file is one partition.
    published : mapping or callable, optional
        Publication days by document id (see :func:`tension.score_corpus`).
    freq, how, start, end
        As in :meth:`tension.TextScores.series`.
    dyad, errors, chunk_bytes, engine
        As in :func:`tension.score_corpus`; skip warnings from workers are re-emitted here.
    return_scores : bool
        Also return the per-document scores as a lazy :class:`dask.dataframe.DataFrame`
        (one partition per file; computing it scores the files again).
    client, split_every, progress
        As in :func:`gdelt_series`.

    Returns
    -------
    Series, or (Series, dask.dataframe.DataFrame) with ``return_scores=True``.

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> from distributed import Client
    >>> import tension, tension.dask
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> docs = [{"id": "a", "published": "2023-06-19", "text": "China imposed sanctions on the United States."},
    ...         {"id": "b", "published": "2023-07-02", "text": "The US and China signed a trade agreement."}]
    >>> for i, doc in enumerate(docs):
    ...     _ = (d / f"part{i}.jsonl").write_text(json.dumps(doc), encoding="utf-8")
    >>> with Client(processes=False, n_workers=1, dashboard_address=":0") as client:
    ...     s, per_doc = tension.dask.score_corpus(d, freq="M", client=client, return_scores=True)
    ...     frame = per_doc.compute()
    >>> s.values.tolist() == tension.score_corpus(d / "part0.jsonl", progress=False).series("M").values.tolist() + [-6.4]
    True
    >>> frame["id"].tolist()
    ['a', 'b']
    """
    files = partition_files(paths, suffixes=(".jsonl", ".gz", ".txt", ".parquet"))
    options = {"published": published, "dyad": dyad, "errors": errors, "chunk_bytes": chunk_bytes, "engine": engine}
    with _session(client) as c:
        futures = c.map(_score_partition, files, [freq] * len(files), [options] * len(files), pure=False)
        _show_progress(futures, progress)
        total, caught = _tree_reduce(c, futures, _combine_partials, split_every)
    _reemit(caught)
    series = total.to_series(how, start, end)
    if not return_scores:
        return series
    import dask
    import dask.dataframe as dd

    from .text.score import TextScores

    meta = TextScores.empty(dyad).to_pandas()
    frame = dd.from_delayed([dask.delayed(_scores_frame)(f, options) for f in files], meta=meta, verify_meta=False)
    return series, frame
