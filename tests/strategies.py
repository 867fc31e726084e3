"""Hypothesis strategies for events and event tables."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import strategies as st

from tension import EventTable, codebook
from tension.schema import MODES, PRECISIONS

CODES = codebook.load().codes.tolist()
COUNTRIES = ["USA", "CHN", "RUS", "TWN", "HKG", "JPN", "GBR", "PRK", "IND", "AFR"]
ROLES = ["", "GOV", "MIL", "BUS", "MED", "GOVMIL", "OPP", "REB"]

#: Dates across centuries (datetime64[D] and Arrow date32 both cover them).
dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))
actors = st.one_of(
    st.just(""),
    st.builds(lambda c, r: c + r, st.sampled_from(COUNTRIES), st.sampled_from(ROLES)),
    st.from_regex(r"[A-Z0-9]{3,10}", fullmatch=True),
)
codes = st.sampled_from(CODES)
tensions = st.floats(min_value=-10, max_value=10, allow_nan=False)
#: Text with quotes, commas, newlines, emoji and any other non-surrogate character.
texts = st.one_of(
    st.just(""),
    st.sampled_from(['He said, "no"', "line one\nline two", "a,b,,c", "🇺🇸🤝🇨🇳", "Blinken’s visit", "\r\n", " "]),
    st.text(max_size=40),
)


@st.composite
def offsets(draw: st.DrawFn) -> tuple[int, int]:
    """A (start, end) pair: both -1, or 0 <= start <= end."""
    if draw(st.booleans()):
        return -1, -1
    start = draw(st.integers(0, 10**9))
    return start, start + draw(st.integers(0, 10**6))


@st.composite
def tables(draw: st.DrawFn, max_size: int = 12, extras: bool = True) -> EventTable:
    """An event table of up to ``max_size`` rows, optionally with numeric extra columns."""
    n = draw(st.integers(0, max_size))
    spans = [draw(offsets()) for _ in range(n)]
    cols = dict(
        date=np.array([draw(dates) for _ in range(n)], dtype="datetime64[D]"),
        actor=np.array([draw(actors) for _ in range(n)], dtype=str).reshape(n),
        target=np.array([draw(actors) for _ in range(n)], dtype=str).reshape(n),
        code=np.array([draw(codes) for _ in range(n)], dtype=str).reshape(n),
        tension=np.array([draw(tensions) for _ in range(n)], dtype=float),
        precision=np.array([draw(st.sampled_from(PRECISIONS)) for _ in range(n)], dtype=str).reshape(n),
        mentions=np.array([draw(st.integers(1, 2**53)) for _ in range(n)], dtype=np.int64),
        mode=np.array([draw(st.sampled_from(MODES)) for _ in range(n)], dtype=str).reshape(n),
        evidence=[draw(texts) for _ in range(n)],
        source=[draw(texts) for _ in range(n)],
        start=np.array([s for s, _ in spans], dtype=np.int64),
        end=np.array([e for _, e in spans], dtype=np.int64),
    )
    # a month-precise date is the 1st of its month, a year-precise one 1 January (the schema's rule)
    month, year = cols["precision"] == "month", cols["precision"] == "year"
    cols["date"][month] = cols["date"][month].astype("datetime64[M]").astype("datetime64[D]")
    cols["date"][year] = cols["date"][year].astype("datetime64[Y]").astype("datetime64[D]")
    if extras and draw(st.booleans()):
        cols["avg_tone"] = np.array(
            [draw(st.floats(-100, 100, allow_nan=False, allow_subnormal=False)) for _ in range(n)], dtype=float
        )
        cols["quad_class"] = np.array([draw(st.integers(1, 4)) for _ in range(n)], dtype=np.int64)
    return EventTable.from_arrays(**cols)
