"""Slow, obviously correct pure-Python references for the vectorized cores.

Each function walks the rows one by one with the standard library only, so that
hypothesis can check the numpy implementations against them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence


def period_start(day: dt.date, freq: str) -> dt.date:
    """First day of the period holding ``day``: itself, its Monday, or the 1st of its month."""
    if freq == "D":
        return day
    if freq == "W":
        return day - dt.timedelta(days=day.weekday())
    if freq == "M":
        return day.replace(day=1)
    raise ValueError(freq)


def next_period(start: dt.date, freq: str) -> dt.date:
    """Start of the period after the one starting at ``start``."""
    if freq == "D":
        return start + dt.timedelta(days=1)
    if freq == "W":
        return start + dt.timedelta(days=7)
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    return dt.date(year, month, 1)


def series(
    dates: Sequence[dt.date],
    tension: Sequence[float],
    mentions: Sequence[int],
    freq: str = "D",
    how: str = "sum",
    weight: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> tuple[list[dt.date], list[float], list[int]]:
    """Period starts, values and row counts of a tension series, one row at a time."""
    lo = period_start(start, freq) if start is not None else None
    hi = period_start(end, freq) if end is not None else None
    sums: dict[dt.date, float] = {}
    wsum: dict[dt.date, float] = {}
    counts: dict[dt.date, int] = {}
    for day, value, m in zip(dates, tension, mentions):
        p = period_start(day, freq)
        if (lo is not None and p < lo) or (hi is not None and p > hi):
            continue
        w = float(m) if weight == "mentions" else 1.0
        sums[p] = sums.get(p, 0.0) + value * w
        wsum[p] = wsum.get(p, 0.0) + w
        counts[p] = counts.get(p, 0) + 1
    first = lo if lo is not None else (min(counts) if counts else None)
    last = hi if hi is not None else (max(counts) if counts else None)
    periods: list[dt.date] = []
    p = first
    while p is not None and last is not None and p <= last:
        periods.append(p)
        p = next_period(p, freq)
    values: list[float] = []
    for p in periods:
        if how == "sum":
            values.append(sums.get(p, 0.0))
        elif how == "count":
            values.append(wsum.get(p, 0.0))
        else:
            values.append(sums[p] / wsum[p] if wsum.get(p, 0.0) > 0 else math.nan)
    return periods, values, [counts.get(p, 0) for p in periods]


def dyad(actors: Sequence[str], targets: Sequence[str], a: str, b: str, directed: bool = False) -> list[bool]:
    """Which rows are events between ``a`` and ``b`` (code prefixes), row by row."""
    out = []
    for actor, target in zip(actors, targets):
        hit = actor.startswith(a) and target.startswith(b)
        if not directed:
            hit = hit or (actor.startswith(b) and target.startswith(a))
        out.append(hit)
    return out


def goldstein_of(rows: dict[str, dict[str, str]], code: str) -> float:
    """A code's Goldstein value: GDELT's, else ICEWS's, else (no published value) its parent's."""
    r = rows[code]
    if r["goldstein"] or r["goldstein_icews"]:
        return float(r["goldstein"] or r["goldstein_icews"])
    return goldstein_of(rows, r["base_code"] if r["level"] == "3" else r["root_code"])


def codebook_rows(path_text: str) -> dict[str, dict[str, str]]:
    """The codebook TSV as a dict from code to its row (parsed by hand, no csv module)."""
    lines = path_text.splitlines()
    header = lines[0].split("\t")
    rows = {}
    for line in lines[1:]:
        if line.strip():
            fields = dict(zip(header, line.split("\t")))
            rows[fields["cameo_code"]] = fields
    return rows
