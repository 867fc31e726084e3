"""Where event file bytes come from (internal): paths and globs, plain files and zip members, read as
blocks of whole lines."""

from __future__ import annotations

import glob
import gzip
import os
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from ..exceptions import ParseError

__all__ = ["BLOCK_BYTES", "MAX_LINE_BYTES", "GZIP_ERRORS", "LineTooLong", "Member", "resolve_paths", "members",
           "find_newline", "line_too_long", "damaged_gzip"]

#: Bytes read from a file at a time (blocks are cut at the last newline).
BLOCK_BYTES = 64 << 20

#: The longest line a reader accepts (32 MiB). A longer line is refused in both
#: ``errors=`` modes as soon as it is met, before it is read whole, so one absurd
#: line cannot take the memory of a machine.
MAX_LINE_BYTES = 32 << 20


#: What Python's gzip reader raises on a truncated or damaged ``.gz`` file.
GZIP_ERRORS: tuple[type[Exception], ...] = (EOFError, zlib.error, gzip.BadGzipFile)


def line_too_long(path: object, line: int, size: int | None = None) -> ParseError:
    """The error for a line longer than :data:`MAX_LINE_BYTES` (the one wording every reader uses).

    Examples
    --------
    >>> line_too_long("a.jsonl", 3).line
    3
    """
    got = "" if size is None else f"; got {size:,} bytes"
    return ParseError(path, line, None, None,
                      f"expected a line of at most {MAX_LINE_BYTES:,} bytes (the longest a reader accepts){got}")


def damaged_gzip(path: object, line: int | None, error: Exception) -> ParseError:
    """The error for a truncated or damaged ``.gz`` file, at the line being read when it ended.

    Examples
    --------
    >>> str(damaged_gzip("a.jsonl.gz", 7, EOFError("ended early"))).endswith("(ended early)")
    True
    """
    return ParseError(path, line, None, None, f"expected a complete gzip file; it is truncated or damaged ({error})")


class LineTooLong(Exception):
    """A line longer than :data:`MAX_LINE_BYTES` starts after ``newlines`` line ends of the current block."""

    def __init__(self, newlines: int) -> None:
        super().__init__(newlines)
        self.newlines = newlines


def find_newline(a: np.ndarray, start: int) -> int:
    """Index of the first ``\\n`` in the byte array ``a`` at or after ``start`` (``-1`` if none).

    Searches in growing windows, so finding a near newline costs little however large ``a`` is.

    Examples
    --------
    >>> import numpy as np
    >>> a = np.frombuffer(b"ab\\ncd\\n", dtype=np.uint8)
    >>> find_newline(a, 0), find_newline(a, 3), find_newline(a, 6)
    (2, 5, -1)
    """
    n, w = len(a), 4096
    while start < n:
        stop = min(start + w, n)
        hit = np.flatnonzero(a[start:stop] == 10)
        if len(hit):
            return start + int(hit[0])
        start, w = stop, w * 4
    return -1


def resolve_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, folders: bool = False,
                  suffixes: Iterable[str] = ()) -> list[Path]:
    """One path, many paths or glob patterns -> existing files, in the order given (globs sorted).

    With ``folders``, a folder stands for its files (recursively, sorted), keeping only
    those ending in one of ``suffixes`` when any are given. ``**`` in a pattern
    matches any depth of folders.

    Folders matched by a glob pattern are skipped: a pattern stands for the files
    it matches.

    Raises
    ------
    FileNotFoundError
        A path that is not a file (or folder, with ``folders``), or a pattern or
        folder that matches no file. The message says when the path or every
        match is a folder.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "2023").mkdir()
    >>> for part in ("2023/02.CSV", "2023/01.CSV", "notes.md"):
    ...     _ = (root / part).write_text("x")
    >>> [p.name for p in resolve_paths([root / "notes.md", str(root / "*" / "*.CSV")])]
    ['notes.md', '01.CSV', '02.CSV']
    >>> [p.name for p in resolve_paths(root, folders=True, suffixes=[".CSV"])]
    ['01.CSV', '02.CSV']
    """
    wanted = tuple(suffixes)
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    out: list[Path] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            from ..exceptions import FieldTypeError

            raise FieldTypeError("paths", "a path, a glob pattern or a list of them", item)
        text = os.fspath(item)
        if folders and Path(text).is_dir():
            found = sorted(f for f in Path(text).rglob("*") if f.is_file() and (not wanted or f.suffix in wanted))
            if not found:
                raise FileNotFoundError(f"{text}: no file in this folder")
            out.extend(found)
        elif any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = sorted(glob.glob(text, recursive=True))
            files = [Path(m) for m in matches if not Path(m).is_dir()]
            if not files:
                only = f" (it matches {len(matches)} folder{'s' if len(matches) > 1 else ''} only)" if matches else ""
                raise FileNotFoundError(f"{text}: no file matches this pattern{only}")
            out.extend(files)
        else:
            p = Path(text)
            if p.is_dir():
                raise FileNotFoundError(f"{text}: is a folder, not a file; give its files, e.g. {os.path.join(text, '*')}")
            if not p.is_file():
                raise FileNotFoundError(f"{text}: no such file")
            out.append(p)
    return out


@attrs.frozen
class Member:
    """One stream of rows: a plain file or one member of a zip archive."""

    path: Path
    name: str  # what error messages call it
    member: str | None = None
    empty: bool = False  # a zip archive without a file: no bytes at all

    def chunks(self, size: int | None = None) -> Iterator[memoryview]:
        """The bytes of the stream as blocks of whole lines (about ``size`` bytes each).

        ``size`` defaults to :data:`BLOCK_BYTES`. Zip damage raises :class:`ParseError`;
        a line longer than :data:`MAX_LINE_BYTES` raises :class:`LineTooLong` before
        more than that much of it is read.
        """
        size = size or BLOCK_BYTES
        if self.empty:
            return
        if self.member is None:
            yield from _mapped_line_blocks(self.path, size)
            return
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(self.member) as f:
                try:
                    yield from _whole_line_blocks(f, size)
                except (zipfile.BadZipFile, zlib.error, EOFError) as e:
                    raise ParseError(self.name, None, None, None,
                                     f"a complete zip archive; the member is truncated or damaged ({e})") from None
        except zipfile.BadZipFile as e:
            raise ParseError(self.name, None, None, None, f"a complete zip archive; it is truncated or damaged ({e})") from None


def _mapped_line_blocks(path: Path, size: int) -> Iterator[memoryview]:
    """Blocks of whole lines of a plain file, as zero-copy views of memory maps.

    Each block maps its own window of the file, so a block's pages leave the
    process when the block is dropped: streaming a file larger than memory
    keeps the resident set at about one block.
    """
    import pyarrow as pa

    total = os.path.getsize(path)
    pos = 0
    with open(path, "rb") as f:
        while pos < total:
            end = min(pos + size, total)
            if end < total:  # extend the block to the end of its last line
                f.seek(end)
                tail = f.readline(MAX_LINE_BYTES + 1)
                if len(tail) > MAX_LINE_BYTES:
                    f.seek(pos)
                    raise LineTooLong(f.read(end - pos).count(b"\n"))
                end += len(tail)
            mm = pa.memory_map(str(path))  # closed when collected, after the view is dropped
            mm.seek(pos)
            yield memoryview(mm.read_buffer(end - pos))
            pos = end


def _whole_line_blocks(f: Any, size: int) -> Iterator[memoryview]:
    """Read ``f`` into fresh buffers of ``size`` bytes, each completed to the end of its last line."""
    slack = 1 << 16
    while True:
        buf = np.empty(size + slack, dtype=np.uint8)  # not zero-filled: pages are touched by the read
        n = f.readinto(buf[:size].data)
        if not n:
            return
        if buf[n - 1] != 10:
            tail = f.readline(MAX_LINE_BYTES + 1)
            if len(tail) > MAX_LINE_BYTES:
                raise LineTooLong(int(np.count_nonzero(buf[:n] == 10)))
            if n + len(tail) <= len(buf):
                buf[n : n + len(tail)] = np.frombuffer(tail, dtype=np.uint8)
                n += len(tail)
            else:
                buf = np.concatenate([buf[:n], np.frombuffer(tail, dtype=np.uint8)])
                n = len(buf)
        yield buf[:n].data


def members(path: Path) -> list[Member]:
    """The row streams of a file: itself, or each file inside a ``.zip``.

    An empty file (zero bytes, even if named ``.zip``) is one empty stream, and so
    is a zip archive that holds no file: readers read zero rows from it.
    """
    if path.suffix.lower() != ".zip" or path.stat().st_size == 0:
        return [Member(path, str(path))]
    try:
        with zipfile.ZipFile(path) as zf:
            names = [i.filename for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError) as e:
        if isinstance(e, FileNotFoundError):
            raise
        raise ParseError(path, None, None, None, f"a complete zip archive; it is truncated or damaged ({e})") from None
    if not names:
        return [Member(path, str(path), None, empty=True)]
    if len(names) == 1:
        return [Member(path, str(path), names[0])]
    return [Member(path, f"{path}!{n}", n) for n in names]
