"""Worked study: a folder of GDELT files -> a monthly US–China index.

With bootstrap bands, shocks, changepoints and the events behind the biggest
month. The files are synthetic (``tension.io._synth``: the real GDELT 1.0 daily
layout, no real events), with a story planted in them so that there is something
to find: a crisis of material conflict between the United States and China from
March to June 2024. Run it on its own with

    python docs/studies/gdelt_index.py OUT_DIR

which writes the GDELT folder, the pictures and the tables into OUT_DIR.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

import tension
from tension import codebook, indices
from tension.io import _synth
from tension.plot import plot_series, plot_timeline

# --8<-- [start:data]
MONTHS = np.arange("2023-01", "2025-01", dtype="datetime64[M]")  # a file a month
CRISIS = np.arange("2024-03", "2024-07", dtype="datetime64[M]")  # planted story
ROWS = 1500  # rows of every kind per file (about a fifth are US–China)


def write_folder(folder: Path) -> None:
    """One GDELT 1.0 daily-layout file per month: 58 tab-separated columns."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, month in enumerate(MONTHS):
        first = month.astype("datetime64[D]")
        days = int(((month + 1).astype("datetime64[D]") - first).astype(int))
        rows = _synth.gdelt_table(ROWS, layout=58, seed=i, start=str(first),
                                  days=days, first_id=1_000_000_000 + i * 100_000)
        if month in CRISIS:
            # add the US–China rows of material conflict (QuadClass 4) of 4000 more
            more = _synth.gdelt_table(4000, layout=58, seed=1000 + i,
                                      start=str(first), days=days,
                                      first_id=2_000_000_000 + i * 100_000)
            a1, a2 = more["Actor1CountryCode"], more["Actor2CountryCode"]
            pair = pa.array(["USA", "CHN"])
            us_cn = pc.and_(pc.and_(pc.is_in(a1, pair), pc.is_in(a2, pair)),
                            pc.not_equal(a1, a2))
            conflict = pc.and_(us_cn, pc.equal(more["QuadClass"], "4"))
            rows = pa.concat_tables([rows, more.filter(conflict)])
        name = str(first).replace("-", "") + ".export.CSV"
        pcsv.write_csv(rows, folder / name, write_options=pcsv.WriteOptions(
            include_header=False, delimiter="\t", quoting_style="none"))
# --8<-- [end:data]


def check(ok: bool, claim: str) -> None:
    """Fail the study (and the site build) when a claim of its page no longer holds."""
    if not ok:
        raise RuntimeError(f"gdelt_index study: {claim}")


def month(day: np.datetime64) -> str:
    """'2024-03' for any day of March 2024."""
    return str(np.datetime64(day, "M"))


def run(out: Path) -> dict[str, str]:
    """Run the study into ``out``: GDELT folder, two PNGs; Markdown tables by name."""
    out = Path(out)
    write_folder(out / "gdelt")

    # --8<-- [start:index]
    # The folder -> the US–China events (either direction), every row validated.
    t = tension.read_gdelt(out / "gdelt" / "*.export.CSV", dyad="USA:CHN")

    # The index: mentions-weighted mean tension per month, with a 95% bootstrap
    # band (the events resampled within each month, 300 times).
    def index(x: tension.EventTable) -> tension.Series:
        return indices.goldstein_mean(x, freq="M",
                                      start="2023-01-01", end="2024-12-01")

    band = indices.bootstrap(t, index, n=300, seed=7, freq="M")
    mean = band.estimate
    plot_series({
        "US–China index: mentions-weighted mean tension per month": band,
        "US–China events per month (both directions)": t.series("M", how="count"),
    }, out=out / "gdelt_index_band.png")
    # --8<-- [end:index]

    # --8<-- [start:turns]
    # Shocks (robust z against the previous 6 months) and changepoints (PELT).
    found = indices.shocks(mean, z=3.0, window=6)
    cps = indices.changepoints(mean)
    plot_timeline(t, freq="M", window=6, out=out / "gdelt_index_timeline.png",
                  title="US–China, monthly: summed tension, level, shocks, "
                        "changepoints")
    # --8<-- [end:turns]

    # --8<-- [start:explain]
    # The events behind the month with the highest index.
    biggest = mean.dates[int(np.nanargmax(mean.values))]
    ex = indices.explain(t, biggest, freq="M", top=5, weight="mentions")
    # --8<-- [end:explain]

    # The story the page tells, checked on every build.
    crisis = [month(m) for m in CRISIS]
    check(month(ex.period) in crisis, f"the highest month {month(ex.period)} is not in {crisis}")
    turns = [np.datetime64(d, "M") for d in cps.dates]
    check(len(turns) == 2 and abs(turns[0] - CRISIS[0]) <= 1 and turns[1] == CRISIS[-1] + 1,
          f"the changepoints {turns} do not bracket the crisis {crisis}")
    check(month(CRISIS[0]) in [month(d) for d in found.dates[found.direction > 0]],
          "the crisis' first month is not an upward shock")

    rows = zip(mean.dates, mean.values, band.lower, band.upper, mean.counts)
    ups = [(d, z) for d, z in zip(found.dates, found.zscore)]
    return {
        "summary": (
            f"Read **{len(t):,} US–China events** from {len(MONTHS)} files "
            f"({month(t.date.min())} to {month(t.date.max())}).\n\n"
            "| month | index | 95% band | events |\n| --- | ---: | :---: | ---: |\n"
            + "\n".join(f"| {month(d)} | {v:+.2f} | {lo:+.2f} .. {hi:+.2f} | {n} |"
                        for d, v, lo, hi, n in rows)
        ),
        "changepoints": (
            f"**{len(cps)} changepoints** of the index, at "
            + ", ".join(month(d) for d in cps.dates)
            + "; segment means "
            + ", ".join(f"{m:+.2f}" for m in cps.means)
            + f".\n\n**{len(ups)} shocks** (|z| ≥ 3 against the previous 6 months): "
            + (", ".join(f"{month(d)} (z = {z:+.1f})" for d, z in ups) or "none")
            + "."
        ),
        "explain": (
            f"Highest month: **{month(ex.period)}**, {ex.count} events, summed tension × "
            f"mentions {ex.total:+,.0f}. The five events that moved it most:\n\n"
            "| date | actor → target | CAMEO event | contribution | share | source |\n"
            "| --- | --- | --- | ---: | ---: | --- |\n"
            + "\n".join(f"| {r['date']} | {r['actor']} → {r['target']} | {r['code']} "
                        f"{codebook.name(r['code'])} | {r['contribution']:+.0f} "
                        f"| {r['share']:.1%} | `{r['source'].split('/')[-1]}` |"
                        for r in ex.rows())
        ),
    }


if __name__ == "__main__":
    for key, text in run(Path(sys.argv[1] if len(sys.argv) > 1 else "study-gdelt")).items():
        print(f"## {key}\n\n{text}\n")
