"""The Pipeline layer: files and corpora run through the kernels of Text and IO.

Text (:mod:`tension.text`), IO (:mod:`tension.io`) and Analysis
(:mod:`tension.indices`) never import each other; whatever needs two of them lives
here (and in :mod:`tension.dask`, which runs the same steps on a cluster):

* :func:`score_corpus`: a corpus read in batches by :mod:`tension.io.corpus` and
  scored by :func:`tension.text.score.score_batch`, with an optional progress bar;
* :func:`iter_file_documents` and :func:`extract_file`: a JSON Lines corpus or a
  text file read by :mod:`tension.io.documents` and run through the extractor;
* :func:`read_events`: an events file read by its extension.
"""

from __future__ import annotations

import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .events import EventTable
from .exceptions import ParseError, SkippedInputWarning, TensionError
from .io.corpus import Batch, corpus_bytes, iter_batches
from .io.documents import iter_documents, read_text
from .io.tables import read_csv, read_jsonl, read_parquet
from .text.extract import extract_corpus
from .text.score import TextScores, check_options, resolve_engine, score_batch
from .text.tokens import Workspace

__all__ = ["score_corpus", "iter_file_documents", "extract_file", "read_events", "EVENT_READERS"]

#: Events file readers by (lower-case) file extension.
EVENT_READERS: dict[str, Callable[[str | Path], EventTable]] = {
    ".jsonl": read_jsonl, ".json": read_jsonl, ".csv": read_csv, ".parquet": read_parquet,
}


def read_events(path: str | Path) -> EventTable:
    """Read an events file by its extension: .jsonl, .csv or .parquet.

    Examples
    --------
    >>> import pathlib, tempfile, tension
    >>> from tension.pipeline import read_events
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "e.csv"
    >>> tension.EventTable.from_arrays(date=["2023-06-18"], actor=["USA"], target=["CHN"],
    ...                                code=["042"], tension=[-1.9]).to_csv(p)
    >>> len(read_events(p))
    1
    """
    suffix = Path(path).suffix.lower()
    if suffix not in EVENT_READERS:
        raise TensionError(f"{path}: expected an events file ending in .jsonl, .csv or .parquet, got {suffix!r}")
    return EVENT_READERS[suffix](path)


# ---------------------------------------------------------------------- extraction over files
def iter_file_documents(path: str | Path, *, published: Any = None, source: str | None = None
                        ) -> Iterator[tuple[str, Any, str]]:
    """The ``(id, published, text)`` documents of one file: a JSON Lines corpus, or one text file.

    A ``.jsonl`` file carries each document's id and publication day. A text file
    is one document: its publication day is ``published`` (a date, or a function
    of the path), its id ``source`` (default: the file name without extension).

    Raises
    ------
    ParseError
        A damaged corpus line, or a text file without ``published``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from tension.pipeline import iter_file_documents
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("China condemned US tariffs.", encoding="utf-8")
    >>> list(iter_file_documents(p, published="2024-02-01"))
    [('a', '2024-02-01', 'China condemned US tariffs.')]
    """
    if str(path).lower().endswith(".jsonl"):
        yield from iter_documents(path)
        return
    if published is None:
        raise ParseError(path, None, "published", None,
                         "expected published= for plain text files (JSONL corpora carry their own)")
    day = published(str(path)) if callable(published) else published
    yield (Path(path).stem if source is None else source), day, read_text(path)


def extract_file(path: str | Path, *, published: Any = None, source: str | None = None) -> EventTable:
    """Extract the events of one file (see :func:`iter_file_documents`) with :func:`tension.extract_corpus`.

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> from tension.pipeline import extract_file
    >>> corpus = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> doc = {"id": "n1", "published": "2024-02-01", "text": "China condemned US tariffs."}
    >>> _ = corpus.write_text(json.dumps(doc) + "\\n", encoding="utf-8")
    >>> t = extract_file(corpus)
    >>> t.source.tolist(), t.code.tolist()
    (['n1'], ['111'])
    """
    return extract_corpus(iter_file_documents(path, published=published, source=source))


# ---------------------------------------------------------------------- scoring corpora
class _Progress:
    """A one-line progress bar written to a text stream (stderr), or a callback."""

    def __init__(self, progress: Any, total: int | None) -> None:
        self.total = total
        self.done = 0
        self.docs = 0
        self.t0 = time.perf_counter()
        self.callback: Callable[[int, int | None], None] | None = None
        self.stream: Any = None
        if callable(progress) and not hasattr(progress, "write"):
            self.callback = progress
        elif hasattr(progress, "write"):
            self.stream = progress
        elif progress is True and sys.stderr is not None and sys.stderr.isatty():
            self.stream = sys.stderr

    def update(self, nbytes: int, ndocs: int) -> None:
        self.done += nbytes
        self.docs += ndocs
        if self.callback is not None:
            self.callback(self.done, self.total)
        if self.stream is not None:
            rate = self.done / max(time.perf_counter() - self.t0, 1e-9) / 1e6
            mb = self.done / 1e6
            if self.total:
                frac = min(self.done / self.total, 1.0)
                bar = "#" * int(frac * 30)
                line = f"\rscoring [{bar:<30}] {frac:6.1%} {mb:,.1f}/{self.total / 1e6:,.1f} MB"
            else:
                line = f"\rscoring {mb:,.1f} MB"
            self.stream.write(f"{line} {self.docs:,} docs {rate:,.1f} MB/s")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


_SKIPS_SHOWN = 3  # skipped lines named in score_corpus's warning; the rest are counted


def score_corpus(
    source: Any,
    *,
    published: Any = None,
    chunk_bytes: int = 1 << 20,
    progress: Any = True,
    workers: int = 1,
    dyad: tuple[str, str] = ("USA", "CHN"),
    lexicon: Any = None,
    errors: str = "raise",
    engine: str = "auto",
    text_column: str = "text",
    id_column: str | None = None,
    published_column: str | None = None,
) -> TextScores:
    """Score a corpus too large for memory, streaming it in chunks.

    Files are read as Arrow batches (pyarrow's JSON and Parquet readers) and scored
    from their UTF-8 buffers, with no Python str per document.

    Parameters
    ----------
    source : path or iterable
        A JSONL file (``id``, ``published``, ``text`` per line; ``.gz`` read
        compressed), a Parquet file with a text column, a folder of ``.txt`` and
        ``.txt.gz`` files (recursive; ids are relative paths without ``.txt``), one
        text file, or an iterable of documents: str, bytes, ``(id, published,
        text)`` tuples or dicts like the JSONL objects.
    published : mapping or callable, optional
        Publication day by document id (e.g. for a folder of .txt files);
        overrides the JSONL ``published`` field.
    chunk_bytes : int
        Text scored at once; memory stays bounded by a few times this per worker.
    progress : bool, callable or text stream
        ``True`` draws a progress bar on stderr when stderr is a terminal (and
        prints nothing otherwise); ``False`` never; a stream (``sys.stderr``)
        always gets the bar; a callable is called as ``progress(bytes_done,
        bytes_total_or_None)`` after each chunk.
    workers : int
        Threads scoring chunks while the main thread reads the next ones (with
        ``workers=1`` too: reading and scoring overlap).
    dyad, lexicon
        As for :func:`tension.score_texts`.
    errors : {"raise", "warn"}
        A malformed JSONL line raises :class:`~tension.exceptions.ParseError`
        naming the file, line and field; with ``"warn"`` it is skipped, counted in
        ``TextScores.skipped`` and reported with a
        :class:`~tension.exceptions.SkippedInputWarning`.
    engine : {"auto", "numpy", "numba"}
        As for :func:`tension.score_texts`.
    text_column, id_column, published_column : str, optional
        The columns of a Parquet corpus: the text (default ``"text"``), the
        document ids (default ``"id"`` when present, else row numbers) and the
        publication days (default ``"published"`` when present: dates, timestamps
        or ISO strings).

    Returns
    -------
    TextScores
        One row per document, in corpus order, with ids, publication days and
        the count of non-UTF-8 bytes replaced in each.

    Examples
    --------
    >>> import tension
    >>> docs = [("a", "2023-06-19", "China imposed sanctions on the United States."),
    ...         ("b", "2023-06-20", "The US and China signed a trade deal.")]
    >>> s = tension.score_corpus(docs, progress=False)
    >>> s.ids.tolist(), [bool(v > 0) for v in s.tension]
    (['a', 'b'], [True, False])
    """
    dyad, lex = check_options(workers, chunk_bytes, dyad, lexicon)
    run = resolve_engine(engine)
    bar = _Progress(progress, corpus_bytes(source))
    local = threading.local()

    def score(batch: Batch) -> TextScores:
        ws = getattr(local, "ws", None)
        if ws is None:
            ws = local.ws = Workspace()
        return score_batch(batch.texts, ids=batch.ids, published=batch.published, replaced=batch.replaced,
                           dyad=dyad, lexicon=lex, skipped=len(batch.skipped), workspace=ws, engine=run)

    parts: list[TextScores] = []
    skipped: list[tuple[int, str]] = []  # the first few skipped lines, for the warning
    n_skipped = 0

    def finish(batch: Batch, scores: TextScores) -> None:
        nonlocal n_skipped
        parts.append(scores)
        n_skipped += len(batch.skipped)
        skipped.extend(batch.skipped[:max(0, _SKIPS_SHOWN - len(skipped))])  # memory stays bounded
        bar.update(batch.nbytes, len(batch.texts))

    batches = iter_batches(source, chunk_bytes=chunk_bytes, errors=errors, published=published,
                           text_column=text_column, id_column=id_column, published_column=published_column)
    try:
        # the main thread reads (and parses) the next batch while ``workers`` threads score: with
        # workers=1 reading and scoring overlap on two cores, as both release the GIL
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending: deque[tuple[Batch, Future[TextScores]]] = deque()
            for batch in batches:
                pending.append((batch, pool.submit(score, batch)))
                while len(pending) > workers:  # bounded: at most workers + 1 batches in memory
                    done, fut = pending.popleft()
                    finish(done, fut.result())
            while pending:
                done, fut = pending.popleft()
                finish(done, fut.result())
    finally:
        bar.close()
    if n_skipped:
        first = ", ".join(f"line {ln}: {why}" for ln, why in skipped)
        more = f", and {n_skipped - len(skipped)} more" if n_skipped > len(skipped) else ""
        warnings.warn(f"{source}: skipped {n_skipped} malformed line(s) ({first}{more})", SkippedInputWarning,
                      stacklevel=2)
    return TextScores.concat(parts) if parts else TextScores.empty(dyad)
