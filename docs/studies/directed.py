"""Worked study: directed series (USA -> CHN, CHN -> USA) and a third party (Taiwan).

The events come from a folder of synthetic GDELT 2.0 files (``tension.io._synth``:
the real 61-column layout, no real events), one a month for 2024, read without a
dyad filter. A story is planted in May and June: China's acts toward Taiwan turn to
material conflict (QuadClass 4) and its statements toward the United States to
verbal conflict (QuadClass 3), while the United States' acts toward China stay as
they were. The directed series must tell these apart; the undirected US–China
series cannot. Run it on its own with

    python docs/studies/directed.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

import tension
from tension.io import _synth
from tension.plot import plot_series


def check(ok: bool, claim: str) -> None:
    """Fail the study (and the site build) when a claim of its page no longer holds."""
    if not ok:
        raise RuntimeError(f"directed study: {claim}")


# --8<-- [start:data]
MONTHS = np.arange("2024-01", "2025-01", dtype="datetime64[M]")
STORY = np.arange("2024-05", "2024-07", dtype="datetime64[M]")
# In the story months: (actor country, target country, CAMEO quad class, rows drawn)
PLANTED = [("CHN", "TWN", "4", 20_000), ("CHN", "USA", "3", 3_000)]


def write_folder(folder: Path) -> None:
    """One GDELT 2.0-layout file a month (61 columns); more directed rows in STORY."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, month in enumerate(MONTHS):
        first = month.astype("datetime64[D]")
        days = int(((month + 1).astype("datetime64[D]") - first).astype(int))
        parts = [_synth.gdelt_table(1500, layout=61, seed=i, start=str(first),
                                    days=days, first_id=1_000_000_000 + i * 100_000)]
        for j, (a1, a2, quad, n) in enumerate(PLANTED if month in STORY else []):
            more = _synth.gdelt_table(n, layout=61, seed=100 * (j + 1) + i,
                                      start=str(first), days=days,
                                      first_id=2_000_000_000 + (10 * i + j) * 10**5)
            keep = pc.and_(pc.and_(pc.equal(more["Actor1CountryCode"], a1),
                                   pc.equal(more["Actor2CountryCode"], a2)),
                           pc.equal(more["QuadClass"], quad))
            parts.append(more.filter(keep))
        name = str(first).replace("-", "") + "000000.export.CSV"
        options = pcsv.WriteOptions(include_header=False, delimiter="\t",
                                    quoting_style="none")
        pcsv.write_csv(pa.concat_tables(parts), folder / name, write_options=options)
# --8<-- [end:data]


def run(out: Path) -> dict[str, str]:
    """Run the study into ``out``: GDELT folder, one PNG; Markdown tables by name."""
    out = Path(out)
    write_folder(out / "gdelt")

    # --8<-- [start:series]
    t = tension.read_gdelt(out / "gdelt" / "*.export.CSV")  # every pair of actors
    span = {"start": "2024-01-01", "end": "2024-12-01"}

    def monthly(a: str, b: str, directed: bool = True) -> tension.Series:
        """Summed tension per month of the events from a to b (or both ways)."""
        return t.dyad(a, b, directed=directed).series("M", **span)

    panels = {
        "USA → CHN": monthly("USA", "CHN"),
        "CHN → USA": monthly("CHN", "USA"),
        "CHN → TWN": monthly("CHN", "TWN"),
        "USA ↔ TWN (both directions)": monthly("USA", "TWN", directed=False),
    }
    both = monthly("USA", "CHN", directed=False)
    plot_series(panels, out=out / "directed_panels.png", sharey=True)
    # --8<-- [end:series]

    # --8<-- [start:identity]
    # The two directions partition the undirected dyad: same events, same sums.
    us_cn, cn_us = panels["USA → CHN"], panels["CHN → USA"]
    assert np.allclose(us_cn.values + cn_us.values, both.values)
    assert np.array_equal(us_cn.counts + cn_us.counts, both.counts)
    # --8<-- [end:identity]
    check(np.allclose(us_cn.values + cn_us.values, both.values)
          and np.array_equal(us_cn.counts + cn_us.counts, both.counts),
          "the two directions do not add up to the undirected dyad")

    story = np.isin(us_cn.dates.astype("datetime64[M]"), STORY)

    def ratio(s: tension.Series) -> float:
        """Mean monthly tension in the story months over the mean in the other months."""
        return float(s.values[story].mean() / s.values[~story].mean())

    ratios = {name: ratio(s) for name, s in panels.items()}
    ratios["USA ↔ CHN (both directions)"] = ratio(both)
    check(ratios["CHN → USA"] > 1.5 and ratios["CHN → TWN"] > 3.0,
          f"the planted rises are not found: {ratios}")
    check(0.67 < ratios["USA → CHN"] < 1.5,
          f"a direction without a planted story moved: {ratios}")

    per_month = float(panels["USA ↔ TWN (both directions)"].counts.mean())
    check(30 <= per_month <= 60, f"USA ↔ TWN has {per_month:.0f} events a month, not about 45")

    head = "| month | " + " | ".join(panels) + " | USA ↔ CHN |\n"
    head += "| --- |" + " ---: |" * (len(panels) + 1) + "\n"
    cols = [*panels.values(), both]
    return {
        "read": (
            f"Read **{len(t):,} events** of every pair of actors from {len(MONTHS)} files; "
            f"{int(both.counts.sum()):,} are between the United States and China "
            f"({int(us_cn.counts.sum()):,} USA → CHN, {int(cn_us.counts.sum()):,} CHN → USA)."
        ),
        "table": head + "\n".join(
            f"| {str(d)[:7]}{' (story)' if s else ''} | "
            + " | ".join(f"{c.values[k]:+.0f} ({c.counts[k]})" for c in cols) + " |"
            for k, (d, s) in enumerate(zip(us_cn.dates, story))),
        "ratios": "| series | mean monthly tension, May–June / other months |\n"
                  "| --- | ---: |\n" + "\n".join(
            f"| {name} | {r:.2f}× |" for name, r in ratios.items()),
    }


if __name__ == "__main__":
    for key, text in run(Path(sys.argv[1] if len(sys.argv) > 1 else "study-directed")).items():
        print(f"## {key}\n\n{text}\n")
