"""Charts of tension series and their indices (matplotlib, the ``plot`` extra).

matplotlib is imported inside the functions, so ``import tension`` stays cheap
and works without it. Figures are drawn on a bare :class:`matplotlib.figure.Figure`
with the Agg canvas: no pyplot, no global backend switch, safe in servers and tests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import indices
from .exceptions import FieldTypeError, SchemaError, TensionError
from .series import Series

if TYPE_CHECKING:
    from .events import EventTable
    from .indices import Bootstrap

__all__ = ["plot_series", "plot_timeline"]

_BAND_COLOURS = ("#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac")


def _matplotlib() -> Any:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise TensionError("plotting needs matplotlib: pip install 'tension[plot]'") from e
    return Figure, FigureCanvasAgg


def plot_timeline(
    table: EventTable,
    *,
    out: str | Path,
    freq: str = "D",
    half_life: float = 30.0,
    window: int = 30,
    z: float = 3.0,
    penalty: float | None = None,
    title: str | None = None,
    size: tuple[float, float] = (10.0, 6.0),
    dpi: int = 100,
    modes: str | Sequence[str] = "act",
) -> Path:
    """Draw a tension timeline to a PNG: series, level, shocks, changepoints and relation bands.

    Top panel: summed tension per period (bars; red = tension rose, blue = eased),
    its running :func:`~tension.indices.level` (line), :func:`~tension.indices.shocks`
    (triangles) and the :func:`~tension.indices.changepoints` segments (alternate
    shading, dashed segment means). Bottom panel: the −9..+9 relation score of the
    tension per event, with the level's half-life (:func:`~tension.indices.bands`), over its six named bands.

    Parameters
    ----------
    table : EventTable
        The events (e.g. one dyad).
    out : str or Path
        PNG file to write (the format follows the suffix: .png, .svg, .pdf).
    freq : {"D", "W", "M"}
    half_life : float, default 30
        Half-life of the level, in days.
    window : int, default 30
        Baseline window of the shocks, in periods.
    z : float, default 3.0
        Shock threshold.
    penalty : float, optional
        Changepoint penalty (default: :func:`~tension.indices.changepoints`'s).
    title : str, optional
    size : (float, float), default (10, 6)
        Figure size in inches.
    dpi : int, default 100
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count: acts only unless asked (see :meth:`tension.EventTable.select_modes`).

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from tension import read_jsonl
    >>> from tension.plot import plot_timeline
    >>> t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = plot_timeline(t, freq="W", out=pathlib.Path(d) / "seed.png")
    ...     p.stat().st_size > 10_000
    True
    """
    Figure, FigureCanvasAgg = _matplotlib()
    out = Path(out)
    series = table.series(freq, modes=modes)
    lvl = indices.level(series, half_life=half_life)
    found = indices.shocks(series, z=z, window=window)
    cps = indices.changepoints(series, penalty=penalty)
    rel = indices.bands(series, half_life=half_life)

    dates = series.dates.astype("datetime64[D]")
    step = np.diff(dates).astype(np.int64)
    widths = np.r_[step, step[-1] if step.size else {"D": 1, "W": 7, "M": 30}[freq]] * 0.8

    fig = Figure(figsize=size, dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))

    for i, (a, b) in enumerate(zip(cps.starts.tolist(), cps.ends.tolist())):
        if i % 2 and len(dates):
            end = dates[b - 1] + np.timedelta64(int(widths[b - 1] / 0.8), "D")
            top.axvspan(dates[a], end, color="0.9", zorder=0)
    v = series.values
    for keep, colour, label in ((v > 0, "#d6604d", "conflict"), (v < 0, "#4393c3", "cooperation")):
        if keep.any():
            top.bar(dates[keep], v[keep], width=widths[keep], align="edge", color=colour, alpha=0.6, zorder=2,
                    label=f"net {label} per period ({freq})")
    top.plot(dates, lvl.values, color="black", lw=1.5, label=f"level (half-life {half_life:g} d)", zorder=3)
    if len(cps.starts) and len(dates):
        top.step(dates, cps.fitted, where="post", color="#762a83", lw=1, ls="--",
                 label=f"segments ({len(cps)} changepoints)", zorder=3)
    for d, sign, marker, colour in ((1, "rose", "^", "#b2182b"), (-1, "eased", "v", "#2166ac")):
        m = found.direction == d
        if m.any():
            top.scatter(found.dates[m], found.values[m], marker=marker, s=60, color=colour, edgecolor="black",
                        zorder=4, label=f"shock: tension {sign}")
    top.axhline(0, color="0.4", lw=0.6)
    top.set_ylabel("tension (+ conflict)")
    top.legend(loc="lower left", bbox_to_anchor=(0.0, 1.01), fontsize="small", ncols=3, frameon=False)
    if title:
        fig.suptitle(title)

    for (lo, hi), name, colour in zip(zip(indices.BAND_EDGES[:-1], indices.BAND_EDGES[1:]), indices.BAND_NAMES,
                                      _BAND_COLOURS):
        bottom.axhspan(lo, hi, color=colour, alpha=0.35, lw=0)
        bottom.text(1.005, (lo + hi) / 2, name, transform=bottom.get_yaxis_transform(), va="center", fontsize="small")
    bottom.plot(dates, rel.score.values, color="black", lw=1.5)
    bottom.set_ylim(-9, 9)
    bottom.set_yticks(indices.BAND_EDGES)
    bottom.set_ylabel("relation score")
    bottom.set_xlabel("period start")
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    return out


def plot_series(
    panels: Mapping[str, Series | Bootstrap],
    *,
    out: str | Path,
    sharey: bool = False,
    ylabel: str = "tension (+ conflict)",
    title: str | None = None,
    width: float = 10.0,
    panel_height: float = 2.2,
    dpi: int = 100,
) -> Path:
    """Draw series one above the other on a shared time axis, to compare them.

    Each panel is titled by its key. A :class:`~tension.Series` is drawn as bars
    per period (red = tension rose, blue = eased; grey for ``how="count"``) with
    the number of events or documents it counts written in the panel's legend; a
    :class:`~tension.indices.Bootstrap` is drawn as its estimate (line) inside
    its shaded confidence band. Empty periods are drawn at zero (bars) or left
    as gaps (NaN estimates).

    Parameters
    ----------
    panels : mapping of str to Series or Bootstrap
        Panel title -> what to draw, top to bottom (at least one panel).
    out : str or Path
        File to write (the format follows the suffix: .png, .svg, .pdf).
    sharey : bool, default False
        One y scale for all panels (use it when the panels measure the same
        thing, e.g. the two directions of a dyad).
    ylabel : str, default "tension (+ conflict)"
        Label of the y axes (panels of counts are labelled "count").
    title : str, optional
    width : float, default 10
        Figure width in inches.
    panel_height : float, default 2.2
        Height of each panel in inches.
    dpi : int, default 100

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    FieldTypeError
        A panel is not a Series or a Bootstrap.
    SchemaError
        ``panels`` is empty.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from tension import read_jsonl
    >>> from tension.plot import plot_series
    >>> t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
    >>> panels = {"USA -> CHN": t.dyad("USA", "CHN", directed=True).series("M"),
    ...           "CHN -> USA": t.dyad("CHN", "USA", directed=True).series("M")}
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = plot_series(panels, out=pathlib.Path(d) / "directions.png", sharey=True)
    ...     p.stat().st_size > 10_000
    True
    """
    from .indices import Bootstrap

    if not isinstance(panels, Mapping):
        raise FieldTypeError("panels", "a mapping of panel title -> Series or Bootstrap", panels)
    if not panels:
        raise SchemaError("panels", "at least one panel", "an empty mapping")
    for key, item in panels.items():
        if not isinstance(item, (Series, Bootstrap)):
            raise FieldTypeError(f"panels[{key!r}]", "a tension.Series or tension.indices.Bootstrap", item)
    Figure, FigureCanvasAgg = _matplotlib()
    out = Path(out)
    fig = Figure(figsize=(width, panel_height * len(panels) + 0.6), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    axes = np.atleast_1d(fig.subplots(len(panels), 1, sharex=True, sharey=sharey, squeeze=False)[:, 0])
    for ax, (name, item) in zip(axes, panels.items()):
        if isinstance(item, Bootstrap):
            s = item.estimate
            dates = s.dates.astype("datetime64[D]")
            pct = f"{item.confidence:.0%}"
            ax.fill_between(dates, item.lower, item.upper, color="#9ecae1", alpha=0.6, lw=0,
                            label=f"{pct} bootstrap band ({item.replicates.shape[0]} resamples)")
            ax.plot(dates, s.values, color="black", lw=1.5, marker="o", ms=3, label="estimate")
        else:
            s = item
            dates = s.dates.astype("datetime64[D]")
            step = np.diff(dates).astype(np.int64)
            widths = np.r_[step, step[-1] if step.size else {"D": 1, "W": 7, "M": 30}[s.freq]] * 0.8
            v = s.values
            if s.how == "count":
                ax.bar(dates, v, width=widths, align="edge", color="0.55", label="count")
            for keep, colour, label in ((v > 0, "#d6604d", "tension rose"), (v < 0, "#4393c3", "tension eased")):
                if s.how != "count" and keep.any():
                    ax.bar(dates[keep], v[keep], width=widths[keep], align="edge", color=colour, alpha=0.8,
                           label=label)
            ax.plot([], [], " ", label=f"{int(s.counts.sum()):,} counted; {s.how} per period ({s.freq})")
        ax.axhline(0, color="0.4", lw=0.6)
        ax.set_title(name, loc="left", fontsize="medium")
        ax.set_ylabel("count" if isinstance(item, Series) and item.how == "count" else ylabel, fontsize="small")
        ax.legend(loc="best", fontsize="x-small", framealpha=0.8)
    axes[-1].set_xlabel("period start")
    if title:
        fig.suptitle(title)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    return out
