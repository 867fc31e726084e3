"""The ``tension`` command line. The only module of the package that prints.

Each subcommand is a pair of functions: ``_add_<name>(subparsers)`` declares its
arguments and ``_run_<name>(args, out)`` does the work, writing to ``out``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .events import EventTable
from .exceptions import TensionError
from .series import FREQS, HOWS, Series

__all__ = ["main"]


def read_events(path: str) -> EventTable:
    """Read an events file by its extension: .jsonl, .csv or .parquet."""
    from .io.tables import read_csv, read_jsonl, read_parquet

    suffix = Path(path).suffix.lower()
    readers = {".jsonl": read_jsonl, ".json": read_jsonl, ".csv": read_csv, ".parquet": read_parquet}
    if suffix not in readers:
        raise TensionError(f"{path}: expected an events file ending in .jsonl, .csv or .parquet, got {suffix!r}")
    return readers[suffix](path)


def parse_dyad(text: str | None) -> tuple[str, str] | None:
    """``"USA:CHN"`` -> ``("USA", "CHN")``; ``None`` or ``""`` -> ``None``."""
    if not text:
        return None
    parts = text.split(":")
    if len(parts) != 2 or not all(parts):
        raise argparse.ArgumentTypeError(f"expected a dyad as A:B, e.g. USA:CHN, got {text!r}")
    return parts[0].upper(), parts[1].upper()


def format_series(series: Series) -> str:
    """A series as an aligned text table (period, value, count)."""
    lines = [f"{'period':<10}  {'value':>10}  {'count':>7}"]
    for d, v, c in zip(series.dates.astype(str).tolist(), series.values.tolist(), series.counts.tolist()):
        lines.append(f"{d:<10}  {v:>10.3f}  {c:>7d}")
    return "\n".join(lines) + "\n"


def emit_series(series: Series, out_path: str | None, out: TextIO) -> None:
    """Print ``series`` as a table, or write it as CSV to ``out_path``."""
    if out_path:
        series.to_csv(out_path)
        out.write(f"wrote {len(series)} periods to {out_path}\n")
    else:
        out.write(format_series(series))


def _add_series_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--freq", choices=FREQS, default="D", help="period: D(ay), W(eek, Monday start), M(onth) [D]")
    p.add_argument("--how", choices=HOWS, default="sum", help="reducer over each period's tension [sum]")
    p.add_argument("--weight", choices=["mentions"], default=None, help="weight events by their mentions")
    p.add_argument("--start", default=None, help="first day of the series (YYYY-MM-DD)")
    p.add_argument("--end", default=None, help="last day of the series (YYYY-MM-DD)")
    p.add_argument("--out", default=None, help="write the series as CSV to this file instead of printing it")


# ---------------------------------------------------------------------- series
def _add_series(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("series", help="aggregate an events file into a daily/weekly/monthly tension series")
    p.add_argument("events", help="events file (.jsonl, .csv or .parquet)")
    p.add_argument("--dyad", type=parse_dyad, default=None, help="keep only events between A and B, e.g. USA:CHN")
    _add_series_options(p)


def _run_series(args: argparse.Namespace, out: TextIO) -> int:
    table = read_events(args.events)
    if args.dyad:
        table = table.dyad(*args.dyad)
    series = table.series(args.freq, how=args.how, weight=args.weight, start=args.start, end=args.end)
    emit_series(series, args.out, out)
    return 0


# ---------------------------------------------------------------------- gdelt / icews
def _add_dataset_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dyad", type=parse_dyad, default=None, help="keep only events between A and B, e.g. USA:CHN")
    p.add_argument("--errors", choices=["raise", "warn"], default="raise",
                   help="stop at the first bad row (raise), or skip bad rows and warn per file (warn) [raise]")
    p.add_argument("--dedupe", action="store_true", help="drop repeated events (GDELT: GLOBALEVENTID; ICEWS: exact repeats)")


def _add_gdelt(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gdelt", help="read GDELT event exports (57/58/61 columns, plain or .zip) into a tension series")
    p.add_argument("files", nargs="+", help="GDELT event files or glob patterns")
    _add_dataset_options(p)
    p.add_argument("--cache", default=None, help="folder for Parquet copies that make re-reads fast")
    _add_series_options(p)


def _emit_dataset(table: EventTable, args: argparse.Namespace, out: TextIO) -> int:
    series = table.series(args.freq, how=args.how, weight=args.weight, start=args.start, end=args.end)
    emit_series(series, args.out, out)
    return 0


def _run_with_warnings(read: Callable[[], EventTable], args: argparse.Namespace, out: TextIO) -> int:
    import warnings

    from .exceptions import TensionWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", TensionWarning)
        table = read()
    for w in caught:
        if issubclass(w.category, TensionWarning):
            print(f"tension: warning: {w.message}", file=sys.stderr)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return _emit_dataset(table, args, out)


def _run_gdelt(args: argparse.Namespace, out: TextIO) -> int:
    from .io.gdelt import read_gdelt

    return _run_with_warnings(  # a series needs no optional column: read none (faster)
        lambda: read_gdelt(args.files, dyad=args.dyad, errors=args.errors, columns=[],
                           dedupe=args.dedupe, cache=args.cache),
        args, out,
    )


def _add_icews(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("icews", help="read ICEWS event files (tab separated, with a header) into a tension series")
    p.add_argument("files", nargs="+", help="ICEWS event files or glob patterns")
    _add_dataset_options(p)
    _add_series_options(p)


def _run_icews(args: argparse.Namespace, out: TextIO) -> int:
    from .io.icews import read_icews

    return _run_with_warnings(
        lambda: read_icews(args.files, dyad=args.dyad, errors=args.errors, dedupe=args.dedupe), args, out
    )
# ---------------------------------------------------------------------- extract / demo
_EVENT_FIELDS = ("date", "precision", "actor", "target", "code", "tension", "mentions", "evidence", "source",
                 "start", "end")


def format_events(table: EventTable, width: int = 100) -> str:
    """Events as aligned text lines: date, actor -> target, code, tension, evidence."""
    lines = [f"{'date':<10} {'prec':<5} {'actor':>9} -> {'target':<9} {'code':<4} {'tension':>7}  evidence"]
    for e in table:
        ev = " ".join(e.evidence.split())
        if len(ev) > width:
            ev = ev[: width - 1] + "…"
        lines.append(f"{e.date.isoformat():<10} {e.precision:<5} {e.actor:>9} -> {e.target:<9} {e.code:<4} "
                     f"{e.tension:>+7.1f}  {ev}")
    return "\n".join(lines) + "\n"


def write_events(table: EventTable, fmt: str, out: TextIO) -> None:
    """Write events to ``out`` as an aligned table, JSON Lines or CSV."""
    import csv
    import json

    if fmt == "table":
        out.write(format_events(table))
        return
    names = list(_EVENT_FIELDS) + list(table.extras)
    cols = [[v.isoformat() if hasattr(v, "isoformat") else v for v in table[n].astype(object).tolist()]
            if n == "date" else table[n].tolist() for n in names]
    if fmt == "jsonl":
        for row in zip(*cols):
            out.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    writer.writerows(zip(*cols))


def _add_extract(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract dated, coded events from a news text file or a JSONL corpus")
    p.add_argument("file", help="a UTF-8 text file, or a .jsonl corpus with id, published and text per line")
    p.add_argument("--published", default=None,
                   help="publication day of a text file (YYYY-MM-DD); relative dates resolve against it")
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table", help="output format [table]")
    p.add_argument("--source", default=None, help="document id for a text file [the file name]")


def _run_extract(args: argparse.Namespace, out: TextIO) -> int:
    from .io.documents import iter_documents, read_text
    from .text import extract_corpus, extract_events

    if args.file.lower().endswith(".jsonl"):
        table = extract_corpus(iter_documents(args.file))
    else:
        if args.published is None:
            raise TensionError(f"{args.file}: a text file needs --published YYYY-MM-DD "
                               "(the day relative dates are resolved against)")
        source = args.source if args.source is not None else Path(args.file).stem
        table = extract_events(read_text(args.file), published=args.published, source=source)
    write_events(table, args.format, out)
    return 0


def _add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="the main job on the bundled seed article: its events and monthly tension")
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table", help="events format [table]")


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .text import extract_events
    from .text.evaluate import SEED_ID, evaluate, load_seed

    text, gold = load_seed()
    published = gold["published"]
    table = extract_events(text, published=published, source=SEED_ID)
    first_line = text.strip().splitlines()[0]
    out.write(f"Seed article: {first_line!r} (published {published})\n\n")
    out.write(f"Events ({len(table)}; tension = -Goldstein: + conflict, - cooperation):\n")
    write_events(table, args.format, out)
    dyad = table.dyad("USA", "CHN")
    out.write(f"\nMonthly US–China tension (sum over {len(dyad)} US–China events):\n")
    out.write(format_series(dyad.series("M", how="sum")))
    out.write("\nAgainst the gold annotation:\n")
    for line in evaluate(table, text, gold).lines():
        out.write(f"  {line}\n")
    return 0


# ---------------------------------------------------------------------- main
_COMMANDS: dict[str, tuple[Callable[[argparse._SubParsersAction], None], Callable[[argparse.Namespace, TextIO], int]]] = {
    "series": (_add_series, _run_series),
    "gdelt": (_add_gdelt, _run_gdelt),
    "icews": (_add_icews, _run_icews),
    "extract": (_add_extract, _run_extract),
    "demo": (_add_demo, _run_demo),
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``tension`` command."""
    parser = argparse.ArgumentParser(
        prog="tension",
        description="Measure US–China tension from news and event data "
        "(tension = -Goldstein: + conflict, - cooperation).",
    )
    parser.add_argument("--version", action="version", version=f"tension {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for add, _ in _COMMANDS.values():
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the ``tension`` command; return its exit status.

    Errors from :mod:`tension` are reported on stderr as ``tension: error: ...``
    with exit status 1; usage errors exit with status 2.
    """
    out = out if out is not None else sys.stdout
    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command][1](args, out)
    except (TensionError, OSError) as e:
        print(f"tension: error: {e}", file=sys.stderr)
        return 1
