"""Damage fuzzing of the file readers: nothing lost, every error names its file and line.

A clean file (GDELT 2.0, ICEWS, JSON Lines or CSV) is damaged by a random list of
damages (bytes cut, inserted or deleted, a field replaced by a hostile value, a
line emptied, two lines joined, a line made long) and read. For every damage:

* ``errors="warn"`` (GDELT, ICEWS, the JSON Lines scoring corpus of news documents): rows read +
  rows reported skipped == data lines of the file, and ``read_gdelt`` and
  ``iter_gdelt`` agree;
* ``errors="raise"`` (and the readers without a warn mode, ``read_jsonl`` and
  ``read_csv``): either every data line is read, or a :class:`~tension.ParseError`
  names the file and a line of it, the first one the warn mode skipped;
* no other exception escapes.

A *data line* ends with a line feed (the last one may not); the ICEWS header is
not one; blank lines are not data lines in JSON Lines and CSV, which allow them.

``tests/test_fuzz_damage.py`` runs a few examples per format in CI; this script
runs many (hypothesis, ``--examples`` per format)::

    PYTHONPATH=. python benchmarks/fuzz_damage.py --examples 2000

It prints one line per format and exits with status 1 at the first broken invariant.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import tension
from tension import ParseError, SkippedInputWarning
from tension.io import _synth

FORMATS = ("gdelt", "icews", "jsonl", "corpus", "csv")

#: Bytes a damage inserts or a field is replaced by.
HOSTILE = (b"\t", b"\r", b"\n", b"\r\n", b"\x00", b"\xff", b"\xc3", b" ", b"+", b"\xef\xbb\xbf", b"\\", b"{", b"}",
           b"[", b",", b":", b"0x1", b"9" * 19, b"9223372036854775808", b"-", b"\xe4\xb8\xad", b"nan", b"inf",
           b"1e999", b" 5", b"+5", b"5 ", b"-0", b"", b"\"", b"NA", b"\xed\xa0\x80")
KINDS = ("truncate", "insert", "delete", "field", "empty", "join_cr", "join", "long", "duplicate")

#: One damage: (which line, kind, position, hostile bytes).
Damage = tuple[int, str, int, bytes]


def damages(max_size: int = 6) -> st.SearchStrategy[list[Damage]]:
    """A hypothesis strategy of damage lists."""
    return st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(KINDS), st.integers(0, 10**6),
                              st.sampled_from(HOSTILE)), min_size=1, max_size=max_size)


@functools.cache
def clean(fmt: str, n: int, seed: int) -> tuple[bytes, tuple[bytes, ...]]:
    """A clean file's header (``b""`` if none) and data lines (without line feeds)."""
    with tempfile.TemporaryDirectory() as tmp:
        header, lines = _clean(fmt, Path(tmp), n, seed)
    return header, tuple(lines)


def _clean(fmt: str, folder: Path, n: int, seed: int) -> tuple[bytes, list[bytes]]:
    if fmt == "gdelt":
        data = _synth.write_gdelt(folder / "clean.CSV", n, layout=61, seed=seed).read_bytes()
        return b"", data.split(b"\n")[:-1]
    if fmt == "icews":
        data = _synth.write_icews(folder / "clean.tab", n, seed=seed).read_bytes()
        head, _, rest = data.partition(b"\n")
        return head + b"\n", rest.split(b"\n")[:-1]
    if fmt == "corpus":  # news documents for the scoring corpus reader
        import json

        actors = ("China", "the United States", "Beijing", "Washington")
        return b"", [json.dumps({"id": f"d{i}", "published": f"2023-06-{1 + (i + seed) % 28:02d}",
                                 "text": f"{actors[i % 4]} condemned {actors[(i + 1) % 4]} on day {i}."}).encode()
                     for i in range(n)]
    table = tension.read_gdelt(_synth.write_gdelt(folder / "src.CSV", n, layout=61, seed=seed), columns=["source"])
    if fmt == "jsonl":
        table.to_jsonl(folder / "clean.jsonl")
        return b"", (folder / "clean.jsonl").read_bytes().split(b"\n")[:-1]
    table.to_csv(folder / "clean.csv")  # no quotes: synthetic URLs hold no comma or quote
    head, _, rest = (folder / "clean.csv").read_bytes().partition(b"\n")
    return head + b"\n", rest.split(b"\n")[:-1]


def apply(lines: list[bytes], todo: list[Damage], sep: bytes) -> list[bytes]:
    """``lines`` with the damages applied in order (lines may be joined, split or added)."""
    out = list(lines)
    for which, kind, pos, value in todo:
        if not out:
            out = [value]
            continue
        i = which % len(out)
        line = out[i]
        p = pos % (len(line) + 1)
        if kind == "truncate":
            out[i] = line[:p]
        elif kind == "insert":
            out[i] = line[:p] + value + line[p:]
        elif kind == "delete":
            out[i] = line[:p] + line[p + 1 :]
        elif kind == "field":
            fields = line.split(sep)
            fields[pos % len(fields)] = value
            out[i] = sep.join(fields)
        elif kind == "empty":
            out[i] = b""
        elif kind in ("join_cr", "join") and i + 1 < len(out):
            out[i : i + 2] = [line + (b"\r" if kind == "join_cr" else b"") + out[i + 1]]
        elif kind == "long":
            out[i] = line[:p] + b"x" * (1 << 16) + line[p:]
        elif kind == "duplicate":
            out.insert(i, line)
    return out


def data_lines(fmt: str, body: bytes) -> int:
    """How many data lines the damaged body (the file after its header) holds."""
    lines = body.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if fmt in ("jsonl", "corpus", "csv"):
        if fmt == "csv":  # records as Python's csv module (the reference) reads them: quoted newlines, CR ends
            import csv
            import io

            csv.field_size_limit(1 << 30)  # this script's own process: long damaged fields are records too
            try:
                return sum(1 for row in csv.reader(io.StringIO(body.decode("utf-8"), newline="")) if row)
            except (UnicodeDecodeError, csv.Error):
                return -1  # not CSV at all: the reader must refuse it

        return sum(1 for line in lines if line.strip())
    return len(lines)


def _skipped(caught: list[Any]) -> tuple[int, list[int]]:
    count, first = 0, []
    for w in caught:
        if issubclass(w.category, SkippedInputWarning):
            m = re.search(r"skipped (\d+) bad rows? \(lines ([0-9, ]+)", str(w.message))
            if m:
                count += int(m.group(1))
                first.extend(int(x) for x in m.group(2).split(", "))
    return count, first


def _warned(read: Callable[[], Any]) -> tuple[Any, int, list[int]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = read()
    return (result, *_skipped(caught))


def _named(e: ParseError, path: Path, physical: int) -> None:
    assert e.path == str(path), f"error names {e.path!r}, not the file {path}"
    assert e.line is not None and 1 <= e.line <= max(physical, 1), f"error names line {e.line} of {physical}: {e}"


def check(fmt: str, path: Path, header: bytes) -> dict[str, int]:
    """Read the damaged file every way; assert the invariants; return what was read."""
    raw = path.read_bytes()
    expect = data_lines(fmt, raw[len(header) :])
    physical = raw.count(b"\n") + (0 if raw.endswith(b"\n") or not raw else 1)
    first_skipped: int | None = None
    if fmt in ("gdelt", "icews"):
        read = tension.read_gdelt if fmt == "gdelt" else tension.read_icews
        try:
            table, skipped, lines = _warned(lambda: read(path, errors="warn"))
        except ParseError as e:  # damage that is not a row: the layout or header, a line over the limit
            _named(e, path, physical)
            return {"rows": 0, "skipped": 0, "lines": expect, "refused": 1}
        assert len(table) + skipped == expect, f"{fmt}: {len(table)} rows + {skipped} skipped != {expect} lines"
        first_skipped = min(lines) if lines else None
        if fmt == "gdelt":
            batches, skipped_iter, lines_iter = _warned(lambda: list(tension.iter_gdelt(path, errors="warn",
                                                                                           batch_rows=7)))
            assert sum(len(b) for b in batches) == len(table) and skipped_iter == skipped, "iter_gdelt disagrees"
            assert lines_iter == lines, f"iter_gdelt reports lines {lines_iter}, read_gdelt {lines}"
        rows = len(table)
    elif fmt == "corpus":
        from tension.io.corpus import iter_batches

        try:
            batches = list(iter_batches(path, errors="warn"))
        except ParseError as e:
            _named(e, path, physical)
            raise AssertionError(f"the corpus reader raised under errors='warn': {e}") from None
        rows = sum(len(b.ids) for b in batches)
        skipped = sum(len(b.skipped) for b in batches)
        assert rows + skipped == expect, f"corpus: {rows} documents + {skipped} skipped != {expect} lines"
        if skipped:
            first_skipped = min(line for b in batches for line, _ in b.skipped)
        try:
            strict_docs = sum(len(b.ids) for b in iter_batches(path))
        except ParseError as e:
            _named(e, path, physical)
            assert e.line == first_skipped, f"raise names line {e.line}, warn skipped line {first_skipped} first"
            return {"rows": rows, "skipped": skipped, "lines": expect, "refused": 1}
        assert skipped == 0 and strict_docs == expect, f"raise mode read {strict_docs} of {expect} documents"
        return {"rows": rows, "skipped": 0, "lines": expect, "refused": 0}
    else:
        rows, skipped = -1, 0
    reader = {"gdelt": tension.read_gdelt, "icews": tension.read_icews, "jsonl": tension.read_jsonl,
              "csv": tension.read_csv}[fmt]
    try:
        strict = reader(path)
    except ParseError as e:
        _named(e, path, physical)
        if first_skipped is not None:
            assert e.line == first_skipped, f"raise names line {e.line}, warn skipped line {first_skipped} first"
        # a reader without a warn mode (rows == -1) refused the whole file: no rows to account for
        return {"rows": max(rows, 0), "skipped": skipped, "lines": expect if rows >= 0 else 0, "refused": 1}
    if fmt in ("gdelt", "icews"):
        assert skipped == 0 and len(strict) == expect, f"raise mode read {len(strict)} of {expect} lines"
    else:
        assert expect >= 0, f"{reader.__name__} read a file that is not CSV"
        assert len(strict) == expect, f"{reader.__name__} read {len(strict)} rows of {expect} lines"
    return {"rows": len(strict), "skipped": skipped, "lines": expect, "refused": 0}


def one(fmt: str, todo: list[Damage], seed: int = 0, n: int = 30) -> dict[str, int]:
    """Make a clean file of ``fmt``, damage it, check it."""
    header, lines = clean(fmt, n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sep = b"," if fmt == "csv" else b"\t"
        body = b"\n".join(apply(list(lines), todo, sep))
        if todo[0][2] % 3:  # most files end with a line feed, some do not
            body += b"\n"
        path = folder / {"gdelt": "d.CSV", "icews": "d.tab", "jsonl": "d.jsonl", "corpus": "c.jsonl", "csv": "d.csv"}[fmt]
        path.write_bytes(header + body)
        return check(fmt, path, header)


def _run(fmt: str, examples: int, totals: dict[str, int]) -> None:
    from hypothesis import HealthCheck, given, settings

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(todo=damages(), seed=st.integers(0, 3))
    def run(todo: list[Damage], seed: int) -> None:
        for k, v in one(fmt, todo, seed).items():
            totals[k] += v
        totals["files"] += 1

    run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500, help="damaged files per format")
    parser.add_argument("--formats", nargs="*", default=list(FORMATS))
    args = parser.parse_args(argv)
    for fmt in args.formats:
        totals = {"rows": 0, "skipped": 0, "lines": 0, "refused": 0, "files": 0}
        try:
            _run(fmt, args.examples, totals)
        except AssertionError as e:
            print(f"{fmt}: BROKEN: {e}")
            return 1
        assert totals["lines"] == totals["rows"] + totals["skipped"]
        print(f"{fmt}: {totals['files']} damaged files; {totals['lines']} data lines = {totals['rows']} read "
              f"+ {totals['skipped']} skipped; {totals['refused']} refused by errors='raise' naming file and line: "
              "holds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
