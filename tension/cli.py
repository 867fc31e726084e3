"""The ``tension`` command line. The only module of the package that prints.

Each subcommand is a pair of functions: ``_add_<name>(subparsers)`` declares its
arguments and ``_run_<name>(args, out)`` does the work, writing to ``out``.

One rule for output files: every file a command writes (``--out``, ``--docs``,
``--plot``) has its missing folders created. User errors print one line
(``tension: error: ...``), never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

import numpy as np

from . import __version__
from ._values import parse_day
from ._values import parse_dyad as _parse_dyad
from .events import EventTable
from .exceptions import ParseError, SchemaError, TensionError
from .pipeline import read_events
from .series import FREQS, HOWS, Series

__all__ = ["main"]


def parse_dyad(text: str | None) -> tuple[str, str] | None:
    """``"USA:CHN"`` -> ``("USA", "CHN")``; ``None`` or ``""`` -> ``None``."""
    if not text:
        return None
    try:
        return _parse_dyad(text)
    except TensionError:
        raise argparse.ArgumentTypeError(f"expected a dyad as A:B, e.g. USA:CHN, got {text!r}") from None


#: The sign convention, in every header.
CONVENTION = "tension = -Goldstein: + conflict, - cooperation"
_UNIT = {"D": "day", "W": "week", "M": "month"}
_UNITS = {"D": "days", "W": "weeks", "M": "months"}
#: Series whose values carry the tension sign (printed with an explicit + or -).
_SIGNED = frozenset({"sum", "mean", "level", "goldstein_mean"})


def _n(count: int, word: str) -> str:
    """'1 event', '2,000 events'."""
    return f"{count:,} {word}{'s' * (count != 1)}"


def _span(dates: np.ndarray) -> str:
    """'2023-02-01 to 2023-06-19' for the first and last of ``dates`` (``""`` when empty)."""
    if not len(dates):
        return ""
    first, last = str(dates.min()), str(dates.max())
    return first if first == last else f"{first} to {last}"


def _pairs(table: EventTable, top: int = 3) -> str:
    """'3 actor -> target pairs (by country); most events: USA -> CHN 2, ...' for the table's events."""
    def country(codes: np.ndarray) -> np.ndarray:
        c = np.asarray(codes).astype("U3")
        return np.where(c == "", "?", c)

    keys = np.char.add(np.char.add(country(table.actor), " -> "), country(table.target))
    names, counts = np.unique(keys, return_counts=True)
    order = np.argsort(-counts, kind="stable")[:top]
    most = ", ".join(f"{names[i]} {counts[i]:,}" for i in order)
    return f"{len(names):,} actor -> target pair{'s' * (len(names) != 1)} by country; most events: {most}"


def _selection(table: EventTable, dyad: tuple[str, str] | None, before: int) -> str:
    """What the series adds up: the dyad's events, or every pair's (the default without --dyad)."""
    if dyad:
        a, b = dyad
        return (f"dyad {a}:{b}, both directions (actor and target codes starting {a} or {b}): "
                f"{len(table):,} of {before:,} events")
    if not len(table):
        return "all pairs (no --dyad)"
    return f"all pairs of actors together (no --dyad): {_pairs(table)}"


def _meaning(how: str, weight: str | None, freq: str, thing: str = "events", convention: str = CONVENTION) -> str:
    """The header line that says what the value and count columns hold."""
    unit = _UNIT[freq]
    weighted = " weighted by mentions" if weight == "mentions" else ""
    value = {"sum": f"summed tension of the {unit}'s {thing}{weighted}",
             "mean": f"mean tension per {thing[:-1]} of the {unit}{weighted}",
             "count": f"{thing} in the {unit}" + (" (mentions)" if weight == "mentions" else "")}[how]
    return f"value = {value} ({convention}); count = {thing} in the {unit}"


def format_series(series: Series, *, every: bool = True, thing: str = "events") -> str:
    """A series as an aligned text table (period, value, count).

    With ``every=False`` the periods without events (or without a value, for an
    index) are left out and counted in a closing ``#`` line, so a sparse daily
    series is not a wall of zeros.
    """
    v, c = series.values, series.counts
    keep = np.ones(len(series), dtype=bool)
    if not every:
        keep = (c > 0) & ~np.isnan(v) if series.how in HOWS else ~np.isnan(v)
    fmt = "{:>+10.3f}" if series.how in _SIGNED else "{:>10.3f}"
    lines = [f"{'period':<10}  {'value':>10}  {'count':>7}"]
    for d, x, n in zip(series.dates[keep].astype(str).tolist(), v[keep].tolist(), c[keep].tolist()):
        cell = fmt.format(x) if x and x == x else f"{x + 0.0:>10.3f}"  # no sign on zero or NaN
        lines.append(f"{d:<10}  {cell}  {n:>7d}")
    left = int((~keep).sum())
    unit = _UNITS[series.freq]
    if not len(series):
        lines.append(f"# no {thing}")
    elif not keep.any():
        lines.append(f"# no {thing} in the {len(series):,} {unit} from {_span(series.dates)}" if series.how in HOWS
                     else f"# no values in the {len(series):,} {unit} from {_span(series.dates)}")
    elif left:
        empty = f"without {thing}" if series.how in HOWS else "without a value"
        lines.append(f"# {left:,} {unit if left > 1 else _UNIT[series.freq]} {empty} not shown "
                     f"(--start/--end print every {_UNIT[series.freq]})")
    return "\n".join(lines) + "\n"


def out_file(path: str) -> str:
    """An output file named by the user, its missing folders created: the one rule of every ``--out``/``--docs``."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return path


def emit_series(series: Series, out_path: str | None, out: TextIO, *, header: Sequence[str] = (),
                every: bool = True, thing: str = "events") -> None:
    """Print ``# `` header lines and ``series`` as a table, or write it as CSV to ``out_path``."""
    for line in header:
        out.write(f"# {line}\n")
    if out_path:
        series.to_csv(out_file(out_path))
        out.write(f"wrote {len(series)} periods to {out_path}\n")
    else:
        out.write(format_series(series, every=every, thing=thing))


def _ranged(args: argparse.Namespace) -> bool:
    """True when --start or --end asked for a range: then every period of it is printed."""
    return bool(args.start or args.end)


def _add_plans_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--include-plans", action="store_true",
                   help="also count events of mode 'plan' (announced future acts); by default only acts count")


def _modes(args: argparse.Namespace) -> str:
    return "all" if args.include_plans else "act"


def _add_series_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--freq", choices=FREQS, default="D", help="period: D(ay), W(eek, Monday start), M(onth) [D]")
    p.add_argument("--how", choices=HOWS, default="sum", help="reducer over each period's tension [sum]")
    p.add_argument("--weight", choices=["mentions"], default=None, help="weight events by their mentions")
    p.add_argument("--start", default=None, help="first day of the series (YYYY-MM-DD); the printed table then shows every period, empty ones too")
    p.add_argument("--end", default=None, help="last day of the series (YYYY-MM-DD); as --start")
    p.add_argument("--out", default=None, help="write the series as CSV to this file instead of printing it")


# ---------------------------------------------------------------------- series
def _add_series(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("series", help="aggregate an events file into a daily/weekly/monthly tension series")
    p.add_argument("events", help="events file (.jsonl, .csv or .parquet)")
    p.add_argument("--dyad", type=parse_dyad, default=None, help="keep only events between A and B, e.g. USA:CHN")
    _add_series_options(p)
    _add_plans_option(p)


def _read_selected(path: str, dyad: tuple[str, str] | None, modes: str = "act") -> tuple[EventTable, list[str]]:
    """An events file, cut to ``dyad``, and the header lines that say what was read and kept."""
    table = read_events(path)
    before = len(table)
    read = f"events file {Path(path).name}: {_n(before, 'event')}, {_span(table.date) or 'none'}"
    header = [read]
    if dyad:
        everything, table = table, table.dyad(*dyad)
        if before and not len(table):
            header.append(f"no events between {dyad[0]} and {dyad[1]}; the file has {_pairs(everything)}")
    header.append(_selection(table, dyad, before))
    plans = len(table) - len(table.select_modes(modes))
    if plans:
        header.append(f"{_n(plans, 'plan')} left out (announced future acts; --include-plans counts them)")
    return table, header


def _run_series(args: argparse.Namespace, out: TextIO) -> int:
    table, header = _read_selected(args.events, args.dyad, _modes(args))
    series = table.series(args.freq, how=args.how, weight=args.weight, start=args.start, end=args.end,
                          modes=_modes(args))
    emit_series(series, args.out, out, header=[*header, _meaning(args.how, args.weight, args.freq)],
                every=_ranged(args))
    return 0


# ---------------------------------------------------------------------- score
def published_option(value: str | None) -> Callable[[str], object] | dict[str, object] | None:
    """``--published``: one day for every document, or a CSV file of ``id,published`` rows.

    A day is checked at once; a CSV file is read whole, and a row without a valid
    day raises :class:`ParseError` naming the file, line and field. Ids missing
    from the file keep no publication day.
    """
    if value is None:
        return None
    if not os.path.exists(value):
        try:
            day = parse_day(value, "--published")
        except TensionError:
            raise TensionError(f"--published: expected a day (YYYY-MM-DD) or an existing CSV file of id,published "
                               f"rows, got {value!r}") from None
        return lambda _id: day
    days: dict[str, object] = {}
    first_line: dict[str, int] = {}
    with open(value, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ("id", "published") if c not in (reader.fieldnames or [])]
        if missing:
            raise ParseError(value, 1, missing[0], None,
                             f"expected a header with the columns id and published, got {reader.fieldnames!r}")
        for row in reader:
            line = reader.line_num
            doc_id, text = row["id"], row["published"]
            if doc_id is None or text is None:
                raise ParseError(value, line, "published", None, "expected two fields, id and published")
            if doc_id in first_line:
                raise ParseError(value, line, "id", doc_id, f"expected each id once; it is already on line "
                                 f"{first_line[doc_id]}")
            try:
                days[doc_id] = parse_day(text, "published")
            except TensionError:
                raise ParseError(value, line, "published", text, "expected a day as YYYY-MM-DD") from None
            first_line[doc_id] = line
    return days


def _add_score(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "score",
        help="score a text corpus (JSONL, Parquet or folder of .txt) in bulk and print its tension series",
        description="Score every document of CORPUS (a JSONL file with id, published, text per line, "
        "optionally .gz, a Parquet file with a text column, or a folder of .txt and .txt.gz files) for the "
        "dyad's tension and aggregate the "
        "documents' scores by publication day. A progress bar is drawn on stderr when it is a terminal.",
    )
    p.add_argument("corpus", help="JSONL file (.jsonl, .jsonl.gz), Parquet file or folder of .txt files")
    p.add_argument("--dyad", type=parse_dyad, default=("USA", "CHN"), help="the two sides, e.g. USA:CHN [USA:CHN]")
    p.add_argument("--freq", choices=FREQS, default="D", help="period: D(ay), W(eek, Monday start), M(onth) [D]")
    p.add_argument("--how", choices=HOWS, default="sum", help="sum or mean of document tension, or count [sum]")
    p.add_argument("--start", default=None, help="first day of the series (YYYY-MM-DD); the printed table then shows every period, empty ones too")
    p.add_argument("--end", default=None, help="last day of the series (YYYY-MM-DD); as --start")
    p.add_argument("--workers", type=int, default=1, help="threads scoring chunks [1]")
    p.add_argument("--errors", choices=["raise", "warn"], default="raise",
                   help="malformed JSONL lines: stop with an error, or skip and count them [raise]")
    p.add_argument("--engine", choices=["auto", "numpy", "numba"], default="auto",
                   help="scoring engine: numba (compiled, pip install 'tension[fast]'), numpy, or auto: numba "
                   "when installed [auto]")
    p.add_argument("--text-column", default="text", help="Parquet: the column of texts [text]")
    p.add_argument("--id-column", default=None, help="Parquet: the column of document ids [id when present]")
    p.add_argument("--published-column", default=None,
                   help="Parquet: the column of publication days [published when present]")
    p.add_argument("--published", default=None, metavar="DAY|CSV",
                   help="publication days for a folder of .txt files (which carry none): one day (YYYY-MM-DD) for "
                   "every document, or a CSV file with columns id and published (ids as printed: relative paths "
                   "without .txt); overrides the corpus's own published field")
    p.add_argument("--docs", default=None, help="also write the per-document scores as CSV to this file")
    p.add_argument("--no-progress", action="store_true", help="never draw the progress bar")
    p.add_argument("--out", default=None, help="write the series as CSV to this file instead of printing it")


def _run_score(args: argparse.Namespace, out: TextIO) -> int:
    from .pipeline import score_corpus

    scores = score_corpus(args.corpus, dyad=args.dyad, workers=args.workers, errors=args.errors,
                          progress=not args.no_progress, engine=args.engine, text_column=args.text_column,
                          id_column=args.id_column, published_column=args.published_column,
                          published=published_option(args.published))
    if args.docs:
        scores.to_csv(out_file(args.docs))
    replaced = int(scores.replaced_bytes.sum())
    if replaced:
        n_docs = int((scores.replaced_bytes > 0).sum())
        print(f"tension: note: replaced {replaced} bytes that were not UTF-8 in {n_docs} documents",
              file=sys.stderr)
    a, b = args.dyad
    header = [f"corpus {Path(args.corpus).name}: {_n(len(scores), 'document')} scored for {a}:{b} "
              f"(tension of the sentences naming both), published {_span(scores.published) or 'never'}",
              _meaning(args.how, None, args.freq, thing="documents")]
    emit_series(scores.series(args.freq, how=args.how, start=args.start, end=args.end), args.out, out,
                header=header, every=_ranged(args), thing="documents")
    return 0


# ---------------------------------------------------------------------- extract / demo
_EVENT_FIELDS = ("date", "precision", "actor", "target", "code", "tension", "mentions", "mode", "evidence",
                 "source", "start", "end")


#: What the less obvious columns of the events table mean.
_EVENT_COLUMNS = ("prec = how precisely the date is known; mode = act (it happened) or plan (announced); "
                  "evidence = the text the event rests on")


def format_events(table: EventTable, width: int = 100) -> str:
    """Events as aligned text lines: date, precision, mode, actor -> target, code, tension, evidence."""
    lines = [f"{'date':<10} {'prec':<5} {'mode':<4} {'actor':>9} -> {'target':<9} {'code':<4} {'tension':>7}  evidence"]
    for e in table:
        ev = " ".join(e.evidence.split())
        if len(ev) > width:
            ev = ev[: width - 1] + "…"
        lines.append(f"{e.date.isoformat():<10} {e.precision:<5} {e.mode:<4} {e.actor:>9} -> {e.target:<9} {e.code:<4} "
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
    from .pipeline import extract_file

    if args.published is None and not args.file.lower().endswith(".jsonl"):
        raise TensionError(f"{args.file}: a text file needs --published YYYY-MM-DD "
                           "(the day relative dates are resolved against)")
    table = extract_file(args.file, published=args.published, source=args.source)
    if args.format == "table":
        docs = len(np.unique(table.source)) if len(table) else 0
        where = f"{Path(args.file).name}" + (f", published {args.published}" if args.published else "")
        out.write(f"# {where}: {_n(len(table), 'event')}" + (f" from {docs:,} documents" if docs > 1 else "")
                  + (f", {_span(table.date)}" if len(table) else "") + "\n")
        if not len(table):
            out.write("# no events found: the extractor codes what named countries, their governments and "
                      "officials do to each other (CAMEO verbs); see docs/extraction.md\n")
            return 0
        out.write(f"# {CONVENTION}; {_EVENT_COLUMNS}\n")
    write_events(table, args.format, out)
    return 0


def _add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="the main job on the bundled seed article: its events and monthly tension")
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table", help="events format [table]")
    p.add_argument("--plot", default=None, metavar="FILE",
                   help="also draw the seed's monthly US–China timeline to this PNG (needs the plot extra)")


def demo_months(table: EventTable) -> list[str]:
    """The demo's monthly table of the US–China acts (plans counted apart), with what each column means."""
    from . import indices

    acts = table.select_modes("act")
    summed = acts.series("M")
    mean = indices.normalize(summed)
    band = indices.bands(summed).band
    plan_months = table.select_modes("plan").date.astype("datetime64[M]")
    lines = [
        "  mean   = tension per event: the tone of the month's acts, -10..+10; months of any volume compare",
        "  sum    = the acts' tension added up: it grows with the number of events",
        "  acts   = events that happened in the month; plans = announced or intended for it (not in mean or sum)",
        "  band   = the relation band of the mean on the absolute per-event scale (see docs/indices.md)",
        f"{'month':<8} {'mean':>7} {'sum':>7} {'acts':>5} {'plans':>5}  band",
    ]
    months = np.union1d(summed.dates[summed.counts > 0].astype("datetime64[M]"), plan_months)
    for m in months:
        i = int(np.searchsorted(summed.dates.astype("datetime64[M]"), m))
        has = i < len(summed) and summed.dates[i].astype("datetime64[M]") == m and summed.counts[i] > 0
        plans = int((plan_months == m).sum())
        if has:
            lines.append(f"{str(m):<8} {mean.values[i]:>+7.2f} {summed.values[i]:>+7.2f} {summed.counts[i]:>5d} "
                         f"{plans:>5d}  {band[i]}")
        else:
            lines.append(f"{str(m):<8} {'-':>7} {'-':>7} {0:>5d} {plans:>5d}  (plans only)")
    return lines


def demo_reading(table: EventTable, published: str) -> str:
    """One sentence comparing the article's month with the tensest month before it, per event and summed."""
    from . import indices

    acts = table.select_modes("act")
    summed = acts.series("M")
    mean = indices.normalize(summed).values
    months = summed.dates.astype("datetime64[M]")
    now = np.datetime64(published, "M")
    i = int(np.searchsorted(months, now))
    before = np.where((months < now) & ~np.isnan(mean))[0]
    if i >= len(months) or months[i] != now or np.isnan(mean[i]) or not len(before):
        return "Reading: too few events to compare the article's month with the months before it."
    j = int(before[np.argmax(mean[before])])
    band = indices.bands(summed).band
    moved = "eased" if mean[i] < mean[j] else "did not ease"
    top = indices.explain(acts, months[j].astype("datetime64[D]"), freq="M", top=1).rows()[0]["evidence"]
    top = " ".join(str(top).split())
    top = top if len(top) <= 60 else top[:59] + "…"
    line = (f"Reading: per event, {months[i]} ({mean[i]:+.2f}, {band[i]}) is "
            f"{'below' if mean[i] < mean[j] else 'not below'} {months[j]} ({mean[j]:+.2f}, {band[j]}: {top!r}), "
            f"the tensest month before it: tension {moved}.")
    if summed.values[i] > summed.values[j]:
        line += (f"\nThe sum says the opposite ({summed.values[i]:+.2f} against {summed.values[j]:+.2f}) only "
                 f"because {months[i]} has {_n(int(summed.counts[i]), 'act')} and {months[j]} "
                 f"{_n(int(summed.counts[j]), 'act')}.")
    return line


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .text import extract_events
    from .text.evaluate import SEED_ID, evaluate, load_seed

    text, gold = load_seed()
    published = gold["published"]
    table = extract_events(text, published=published, source=SEED_ID)
    first_line = text.strip().splitlines()[0]
    out.write(f"Seed article: {first_line!r} (published {published})\n\n")
    out.write(f"Events ({len(table)}; {CONVENTION}):\n")
    if args.format == "table":
        out.write(f"  {_EVENT_COLUMNS}\n")
    write_events(table, args.format, out)
    dyad = table.dyad("USA", "CHN")
    out.write(f"\nMonthly US–China tension ({_n(len(dyad), 'event')} between the US and China, both directions; "
              "months without events left out):\n")
    for line in demo_months(dyad):
        out.write(line + "\n")
    out.write("\n" + demo_reading(dyad, published) + "\n")
    out.write("\nAgainst the gold annotation:\n")
    for line in evaluate(table, text, gold).lines():
        out.write(f"  {line}\n")
    if args.plot:
        from .plot import plot_timeline

        path = plot_timeline(dyad, out=args.plot, freq="M", window=4, title=f"US–China tension: {first_line}",
                             source=f"the seed article ({SEED_ID}, {published})")
        out.write(f"\nwrote the monthly timeline of the US–China acts to {path}\n")
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


def _emit_dataset(table: EventTable, args: argparse.Namespace, out: TextIO, name: str) -> int:
    from .io._sources import resolve_paths

    files = resolve_paths(args.files)
    where = files[0].name if len(files) == 1 else f"{len(files):,} files ({files[0].name} .. {files[-1].name})"
    read = f"{name}: {_n(len(table), 'event')} read from {where}" + (f", {_span(table.date)}" if len(table) else "")
    if args.dyad:
        a, b = args.dyad
        read = f"{name}: {_n(len(table), 'event')} of the dyad {a}:{b} (both directions) read from {where}" + (
            f", {_span(table.date)}" if len(table) else "")
    convention = CONVENTION
    if name == "ICEWS" and not args.rescore:
        convention = "tension = -ICEWS Intensity: + conflict, - cooperation"
    header = [read, *([] if args.dyad else [_selection(table, None, len(table))]),
              _meaning(args.how, args.weight, args.freq, convention=convention)]
    series = table.series(args.freq, how=args.how, weight=args.weight, start=args.start, end=args.end)
    emit_series(series, args.out, out, header=header, every=_ranged(args))
    return 0


def _run_with_warnings(read: Callable[[], EventTable], args: argparse.Namespace, out: TextIO, name: str) -> int:
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
    return _emit_dataset(table, args, out, name)


def _run_gdelt(args: argparse.Namespace, out: TextIO) -> int:
    from .io.gdelt import read_gdelt

    return _run_with_warnings(  # a series needs no optional column: read none (faster)
        lambda: read_gdelt(args.files, dyad=args.dyad, errors=args.errors, columns=[],
                           dedupe=args.dedupe, cache=args.cache),
        args, out, "GDELT",
    )


def _add_icews(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("icews", help="read ICEWS event files (tab separated, with a header) into a tension series")
    p.add_argument("files", nargs="+", help="ICEWS event files or glob patterns")
    _add_dataset_options(p)
    p.add_argument("--rescore", choices=["gdelt"], default=None,
                   help="score events with GDELT's Goldstein values of their CAMEO codes instead of ICEWS Intensity")
    _add_series_options(p)


def _run_icews(args: argparse.Namespace, out: TextIO) -> int:
    from .io.icews import read_icews

    if args.weight == "mentions":
        raise SchemaError("--weight", "no weight for ICEWS, which has no mention count", "mentions")
    return _run_with_warnings(
        lambda: read_icews(args.files, dyad=args.dyad, errors=args.errors, dedupe=args.dedupe,
                           rescore=args.rescore), args, out, "ICEWS"
    )
# ---------------------------------------------------------------------- index
_INDEX_KINDS = ("level", "stability", "volatility", "conflict-share", "instability", "goldstein-mean",
                "shocks", "changepoints", "bands")


def _add_index(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="compute an index (level, stability, shocks, changepoints, ...) of an events file")
    p.add_argument("events", help="events file (.jsonl, .csv or .parquet)")
    p.add_argument("--kind", choices=_INDEX_KINDS, required=True, help="which index (see docs/indices.md)")
    p.add_argument("--dyad", type=parse_dyad, default=None, help="keep only events between A and B, e.g. USA:CHN")
    p.add_argument("--freq", choices=FREQS, default="M", help="period: D(ay), W(eek, Monday start), M(onth) [M]")
    p.add_argument("--how", choices=("mean", "sum"), default="mean",
                   help="series under level/volatility/stability/shocks/changepoints/bands: mean tension per event "
                        "(does not grow with news volume) or the sum [mean]")
    p.add_argument("--weight", choices=["mentions"], default=None,
                   help="weight events by mentions (goldstein-mean always does unless --no-weight)")
    p.add_argument("--no-weight", action="store_true", help="goldstein-mean: plain mean over events")
    p.add_argument("--half-life", type=float, default=30.0, help="level/bands: half-life in days [30]")
    p.add_argument("--window", type=int, default=30, help="volatility/stability/shocks: window in periods [30]")
    p.add_argument("--z", type=float, default=3.0, help="shocks: robust z threshold [3]")
    p.add_argument("--penalty", type=float, default=None,
                   help="changepoints: penalty (default: modified BIC, robust to autocorrelation)")
    p.add_argument("--min-count", type=int, default=1, help="goldstein-mean: fewest events for a value [1]")
    p.add_argument("--start", default=None, help="first day of the series (YYYY-MM-DD); the printed table then shows every period, empty ones too")
    p.add_argument("--end", default=None, help="last day of the series (YYYY-MM-DD); as --start")
    p.add_argument("--out", default=None, help="write CSV to this file instead of printing a table")
    _add_plans_option(p)


def _emit_text(csv_text: str, out_path: str | None, out: TextIO, what: str, header: Sequence[str] = (),
               none: str = "") -> None:
    """Print ``# `` header lines and CSV text as an aligned table, or write the CSV to ``out_path``."""
    for line in header:
        out.write(f"# {line}\n")
    if out_path:
        Path(out_file(out_path)).write_text(csv_text, encoding="utf-8")
        out.write(f"wrote {csv_text.count(chr(10)) - 1} {what} to {out_path}\n")
        return
    rows = [line.split(",") for line in csv_text.splitlines()]
    cells = [[_short(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    for r in cells:
        out.write("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip() + "\n")
    if len(rows) == 1 and none:
        out.write(f"# {none}\n")


def _short(cell: str) -> str:
    try:
        v = float(cell)
    except ValueError:
        return cell
    return cell if cell.lstrip("-").isdigit() else f"{v:.3f}"


def _index_meaning(args: argparse.Namespace) -> str:
    """The header line that says what the index's values are."""
    unit, units = _UNIT[args.freq], _UNITS[args.freq]
    base = "mean tension per event" if args.how == "mean" else "summed tension"
    weighted = " weighted by mentions" if args.weight == "mentions" else ""
    return {
        "level": f"value = level: running sum of the {base}{weighted} per {unit}, decaying with a half-life of "
                 f"{args.half_life:g} days ({CONVENTION})",
        "volatility": f"value = volatility: standard deviation of the {base}{weighted} over the last "
                      f"{args.window} {units}",
        "stability": f"value = stability: 100 = steady .. 0 = volatile, from the {base}{weighted} over the last "
                     f"{args.window} {units}",
        "conflict-share": f"value = share of the {unit}'s events that are conflict (GDELT QuadClass 3-4), 0..1",
        "instability": f"value = (material conflict + protest events) / all events of the {unit}, 0..1",
        "goldstein-mean": f"value = mean tension per event of the {unit}"
                          + ("" if args.no_weight else " weighted by mentions") + f" ({CONVENTION})",
        "shocks": f"shocks: {units} whose {base}{weighted} is at least {args.z:g} robust z from the previous "
                  f"{args.window} {units}; direction +1 = tension rose, -1 = eased",
        "changepoints": "changepoints (PELT, penalty "
                        + ("modified BIC" if args.penalty is None else f"{args.penalty:g}")
                        + f") of the {base}{weighted} per {unit} (+ conflict): the {unit} a new segment starts, "
                          "the segment means before and after",
        "bands": f"per_event = tension per event with memory (half-life {args.half_life:g} days, + conflict); "
                 "score = -9 confrontation .. +9 friendly (sign opposite to tension); band = the score's name",
    }[args.kind]


def _index_hint(args: argparse.Namespace, series: Series) -> str | None:
    """What to try when an index has no value at all."""
    if not len(series):
        return None
    n = len(series)
    if args.kind in ("volatility", "stability", "shocks") and args.window >= n:
        return (f"the window of {args.window} {_UNITS[args.freq]} is not shorter than the series "
                f"({n} {_UNITS[args.freq]}): try --window {max(2, n // 3)} or a finer --freq")
    return None


def _run_index(args: argparse.Namespace, out: TextIO) -> int:
    from . import indices

    table, header = _read_selected(args.events, args.dyad, _modes(args))
    header.append(_index_meaning(args))
    kind, rng, every = args.kind, {"start": args.start, "end": args.end, "modes": _modes(args)}, _ranged(args)
    if kind == "conflict-share":
        emit_series(indices.conflict_share(table, freq=args.freq, weight=args.weight, **rng), args.out, out,
                    header=header, every=every)
        return 0
    if kind == "instability":
        emit_series(indices.instability(table, freq=args.freq, weight=args.weight, **rng), args.out, out,
                    header=header, every=every)
        return 0
    if kind == "goldstein-mean":
        weight = None if args.no_weight else "mentions"
        emit_series(indices.goldstein_mean(table, freq=args.freq, weight=weight, min_count=args.min_count, **rng),
                    args.out, out, header=header, every=every)
        return 0
    series = table.series(args.freq, how=args.how, weight=args.weight, **rng)
    hint = _index_hint(args, series)
    if hint:
        header.append(hint)
    if kind == "level":
        emit_series(indices.level(series, half_life=args.half_life), args.out, out, header=header, every=every)
    elif kind == "volatility":
        emit_series(indices.volatility(series, window=args.window), args.out, out, header=header, every=every)
    elif kind == "stability":
        emit_series(indices.stability(series, window=args.window), args.out, out, header=header, every=every)
    elif kind == "shocks":
        found = indices.shocks(series, z=args.z, window=args.window)
        _emit_text(found.to_csv_text(), args.out, out, "shocks", header,
                   f"no shocks in the {len(series):,} {_UNITS[args.freq]} from {_span(series.dates)}")
    elif kind == "changepoints":
        cps = indices.changepoints(series, penalty=args.penalty)
        _emit_text(cps.to_csv_text(), args.out, out, "changepoints", header,
                   f"no changepoint: one segment, mean {np.nanmean(series.values):+.3f}" if len(series) and
                   np.isfinite(series.values).any() else "no changepoint")
    else:  # bands
        b = indices.bands(series, half_life=args.half_life)
        ok = every | ~np.isnan(b.score.values)
        lines = ["period,per_event,score,band"] + [f"{d},{t!r},{v!r},{n}" for d, t, v, n, k in zip(
            b.score.dates.astype(str).tolist(), b.per_event.values.tolist(), b.score.values.tolist(),
            b.band.tolist(), ok.tolist()) if k]
        _emit_text("\n".join(lines) + "\n", args.out, out, "periods", header, "no events")
    return 0


# ---------------------------------------------------------------------- plot
def _add_plot(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plot", help="draw the tension timeline with level, shocks, changepoints and bands (PNG)")
    p.add_argument("events", help="events file (.jsonl, .csv or .parquet)")
    p.add_argument("--out", required=True, help="image file to write (.png, .svg or .pdf)")
    p.add_argument("--dyad", type=parse_dyad, default=None, help="keep only events between A and B, e.g. USA:CHN")
    p.add_argument("--freq", choices=FREQS, default="D", help="period: D(ay), W(eek, Monday start), M(onth) [D]")
    p.add_argument("--half-life", type=float, default=30.0, help="half-life of the level in days [30]")
    p.add_argument("--window", type=int, default=30, help="shock baseline window in periods [30]")
    p.add_argument("--z", type=float, default=3.0, help="shock threshold [3]")
    p.add_argument("--penalty", type=float, default=None, help="changepoint penalty (default: modified BIC, robust to autocorrelation)")
    p.add_argument("--title", default=None, help="chart title [the file name]")
    _add_plans_option(p)


def _run_plot(args: argparse.Namespace, out: TextIO) -> int:
    from .plot import plot_timeline

    table, header = _read_selected(args.events, args.dyad, _modes(args))
    table = table.select_modes(_modes(args))
    if len(table) == 0:
        why = header[1] if header[1].startswith("no events between") else "no events to plot" + (
            "" if args.include_plans else " (plans are left out unless --include-plans)")
        raise TensionError(f"{args.events}: {why}")
    path = plot_timeline(table, out=args.out, freq=args.freq, half_life=args.half_life, window=args.window,
                         z=args.z, penalty=args.penalty, title=args.title or Path(args.events).name,
                         source=Path(args.events).name, modes=_modes(args))
    out.write(f"wrote {path}: {_n(len(table), 'event')}, {_span(table.date)}, per {_UNIT[args.freq]}; "
              "panels: tension per event over the relation bands, summed tension, events "
              "(up = conflict on every panel)\n")
    return 0


# ---------------------------------------------------------------------- main
_COMMANDS: dict[str, tuple[Callable[[argparse._SubParsersAction], None], Callable[[argparse.Namespace, TextIO], int]]] = {
    "series": (_add_series, _run_series),
    "extract": (_add_extract, _run_extract),
    "demo": (_add_demo, _run_demo),
    "score": (_add_score, _run_score),
    "gdelt": (_add_gdelt, _run_gdelt),
    "icews": (_add_icews, _run_icews),
    "index": (_add_index, _run_index),
    "plot": (_add_plot, _run_plot),
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
    except BrokenPipeError:
        # the reader went away (``tension gdelt ... | head``): not an error of ours; stop quietly and keep
        # Python from complaining again when it flushes stdout at exit
        if out is sys.stdout:
            devnull = open(os.devnull, "w")  # left open until the process ends
            os.dup2(devnull.fileno(), sys.stdout.fileno())
        return 0
    except (TensionError, OSError) as e:
        print(f"tension: error: {e}", file=sys.stderr)
        return 1
