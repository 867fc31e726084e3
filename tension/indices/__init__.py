"""Indices of the relationship: tension level, conflict shares, stability, shocks and turning points.

Pure functions over a :class:`tension.Series` or a :class:`tension.EventTable`;
each returns a :class:`~tension.Series` (same periods) or a small frozen result
class. Formulas and sources are in each module's notes and in ``docs/indices.md``.

========================= ============================================================
function                  what it measures
========================= ============================================================
:func:`level`             event flow with memory (exponential decay, half-life in days)
:func:`conflict_share`    share of QuadClass 3–4 events per period
:func:`instability`       (material conflict + protest) / all events, inspired by GDELT's dashboard
:func:`goldstein_mean`    mentions-weighted mean tension per period
:func:`volatility`        rolling standard deviation
:func:`stability`         0–100 index from volatility
:func:`shocks`            robust z-score spikes
:func:`normalize`         tension per event or per event of all coverage (volume-free)
:func:`changepoints`      exact PELT segmentation, mBIC robust to autocorrelation
:func:`bands`             −9..+9 relation score from tension per event (after Yan & Zhou 2004)
:func:`bootstrap`         confidence bands by a Poisson bootstrap over days
:func:`explain`           the events that moved a period most
:func:`between`           events between two actors or groups (CHN+HKG+MAC pooled or apart)
:func:`triad`             the three dyad series of a triad (USA, CHN, TWN)
:func:`directed`          a -> b and b -> a side by side, with reciprocity
:func:`compare`           a tension series against an external index (docs/validation.md)
========================= ============================================================

Examples
--------
>>> from tension import read_jsonl, indices
>>> t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
>>> s = t.series("M")                     # summed tension per month, Nov 2022 .. Jun 2023
>>> indices.level(s, half_life=30).values.round(2).tolist()
[-4.0, -2.0, -0.98, 10.72, 5.61, 2.74, 1.37, 2.57]
>>> indices.explain(t, "2023-02-01", freq="M", top=1).rows()[0]["code"]
'150'

"""

from __future__ import annotations

from .breaks import Changepoints, changepoints, noise_scale
from .counts import CONFLICT_QUADS, PROTEST_ROOT, conflict_share, goldstein_mean, instability
from .dispersion import stability, volatility
from .evidence import Explanation, explain
from .memory import decayed_sum, level
from .relations import GREATER_CHINA, THIRD_PARTIES, Directed, Triad, between, directed, lagged_correlation, triad
from .resample import SCHEMES, Bootstrap, bootstrap
from .scale import BAND_EDGES, BAND_NAMES, SCALE, Bands, band_of, bands
from .spikes import Shocks, robust_z, shocks
from .validate import Comparison, compare
from .volume import NORMALIZATIONS, normalize

__all__ = [
    "level",
    "decayed_sum",
    "conflict_share",
    "instability",
    "goldstein_mean",
    "CONFLICT_QUADS",
    "PROTEST_ROOT",
    "volatility",
    "stability",
    "Shocks",
    "shocks",
    "robust_z",
    "Changepoints",
    "changepoints",
    "noise_scale",
    "normalize",
    "NORMALIZATIONS",
    "Bands",
    "bands",
    "BAND_NAMES",
    "BAND_EDGES",
    "band_of",
    "SCALE",
    "Bootstrap",
    "bootstrap",
    "SCHEMES",
    "Explanation",
    "explain",
    "GREATER_CHINA",
    "THIRD_PARTIES",
    "between",
    "Triad",
    "triad",
    "Directed",
    "directed",
    "lagged_correlation",
    "Comparison",
    "compare",
]
