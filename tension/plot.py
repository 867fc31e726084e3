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

__all__ = ["plot_series", "plot_timeline", "CONVENTION"]

_BAND_COLOURS = ("#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac")
#: The sign convention, written on every figure.
CONVENTION = "tension = −Goldstein: + = conflict, − = cooperation"


def _matplotlib() -> Any:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise TensionError("plotting needs matplotlib: pip install 'tension[plot]'") from e
    return Figure, FigureCanvasAgg


def _widths(dates: np.ndarray, freq: str) -> np.ndarray:
    """Bar width of each period in days (80% of the period), for ``align="edge"`` bars."""
    step = np.diff(dates).astype(np.int64)
    return np.r_[step, step[-1] if step.size else {"D": 1, "W": 7, "M": 30}[freq]] * 0.8


def _signed_bars(ax: Any, dates: np.ndarray, values: np.ndarray, widths: np.ndarray, what: str) -> None:
    """Bars up in red where ``values`` > 0 (conflict), down in blue where < 0 (cooperation)."""
    for keep, colour, label in ((values > 0, "#d6604d", "conflict (+)"), (values < 0, "#4393c3", "cooperation (−)")):
        if keep.any():
            ax.bar(dates[keep], values[keep], width=widths[keep], align="edge", color=colour, alpha=0.8, zorder=2,
                   label=f"{what}{label}")


def _save(fig: Any, out: str | Path) -> Path:
    """Write ``fig`` to ``out`` (format by suffix), creating its folder."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    return path


def _caption(table: EventTable | None, source: str | None, n: int, first: str, last: str, what: str = "events") -> str:
    """The figure's footer: the sign convention, the source and what was counted."""
    if source is None and table is not None and len(table):
        names = np.unique(table.source)
        names = names[names != ""]
        source = str(names[0]) if len(names) == 1 else f"{len(names):,} documents" if len(names) else None
    where = f"source: {source}" if source else "source: not recorded"
    span = f"{first} to {last}" if first != last else first
    return f"{CONVENTION}   ·   {where}   ·   {n:,} {what}, {span}"


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
    source: str | None = None,
    size: tuple[float, float] = (10.0, 6.0),
    dpi: int = 100,
    modes: str | Sequence[str] = "act",
) -> Path:
    """Draw a tension timeline: tension per event over the named bands, summed tension, events per period.

    Every panel runs the same way: up is more tension (conflict), down is
    cooperation, and the footer says so, names the source and counts the events.

    * Top: the **tension per event** of each period (bars: the mean tension of its
      events, −10..+10, see :func:`~tension.indices.normalize`) over the six
      named relation bands of :func:`~tension.indices.bands` on their absolute
      scale (*confrontation* at the top, *friendly* at the bottom), with its
      running level (line: decayed tension over decayed events, half-life
      ``half_life``), :func:`~tension.indices.shocks` (triangles) and the
      :func:`~tension.indices.changepoints` segments (alternate shading, dashed
      segment means), all of the per-event series, which does not grow with the
      number of events.
    * Middle: the **summed tension** per period (net conflict minus cooperation),
      which grows with the number of events.
    * Bottom: the **events per period**, conflictual (tension > 0) stacked on
      cooperative (< 0) and neutral ones; with few periods each bar carries its count.

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
    source : str, optional
        Where the events come from, written in the footer (default: the table's
        ``source`` when it names one document, else the number of documents).
    size : (float, float), default (10, 6)
        Figure size in inches.
    dpi : int, default 100
    modes : {"act", "plan", "all"} or sequence of them, default "act"
        Which events count: acts only unless asked (see :meth:`tension.EventTable.select_modes`).

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    SchemaError
        ``table`` has no events.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from tension import read_jsonl
    >>> from tension.plot import plot_timeline
    >>> t = read_jsonl("seeds/000_65d63fafd7e7c7d7.events.jsonl")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = plot_timeline(t, freq="W", out=pathlib.Path(d) / "seed.png", source="seed article")
    ...     p.stat().st_size > 10_000
    True
    """
    selected = table.select_modes(modes)
    if len(selected) == 0:
        raise SchemaError("table", f"at least one event to draw (modes={modes!r})", "an empty table")
    # the footer says "acts" or "plans" only when the selection left events out
    what = "events" if len(selected) == len(table) or not isinstance(modes, str) else \
        {"act": "acts", "plan": "plans"}.get(modes, "events")
    table = selected
    return _save(_timeline_figure(table, freq=freq, half_life=half_life, window=window, z=z, penalty=penalty,
                                  title=title, source=source, size=size, dpi=dpi, what=what), out)


def _timeline_figure(table: EventTable, *, freq: str, half_life: float, window: int, z: float,
                     penalty: float | None, title: str | None, source: str | None, size: tuple[float, float],
                     dpi: int, what: str = "events") -> Any:
    """The figure of :func:`plot_timeline` (a matplotlib Figure, not yet saved), of every event of ``table``."""
    Figure, FigureCanvasAgg = _matplotlib()
    summed = table.series(freq, modes="all")  # the caller's modes are selected already
    rel = indices.bands(summed, half_life=half_life)
    per_event = indices.normalize(summed)
    found = indices.shocks(per_event, z=z, window=window)
    cps = indices.changepoints(per_event, penalty=penalty)
    level = rel.per_event

    dates = summed.dates.astype("datetime64[D]")
    widths = _widths(dates, freq)
    fig = Figure(figsize=size, dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    top, middle, bottom = fig.subplots(3, 1, sharex=True, height_ratios=(3.2, 1.4, 1.2))

    # top: tension per event over the bands, on the absolute scale of one event
    edges = -np.asarray(indices.BAND_EDGES) * rel.scale / indices.BAND_EDGES[-1]  # relation score -> tension
    for hi, lo, name, colour in zip(edges[:-1], edges[1:], indices.BAND_NAMES, _BAND_COLOURS):
        top.axhspan(lo, hi, color=colour, alpha=0.3, lw=0, zorder=0)
        top.text(1.005, (lo + hi) / 2, name, transform=top.get_yaxis_transform(), va="center", fontsize="small")
    for i, (a, b) in enumerate(zip(cps.starts.tolist(), cps.ends.tolist())):
        if i % 2 and len(dates):
            top.axvspan(dates[a], dates[b - 1] + np.timedelta64(int(widths[b - 1] / 0.8), "D"), color="0.5",
                        alpha=0.15, lw=0, zorder=1)
    v = per_event.values
    _signed_bars(top, dates, v, widths, "mean per event: ")
    ok = ~np.isnan(level.values)
    top.plot(dates[ok], level.values[ok], color="black", lw=1.5, zorder=3,
             label=f"level per event (memory: half-life {half_life:g} d)")
    if len(cps):
        top.step(dates, cps.fitted, where="post", color="#762a83", lw=1, ls="--", zorder=3,
                 label=f"segment means ({len(cps)} changepoint{'s' * (len(cps) != 1)})")
    else:
        top.plot([], [], " ", label="no changepoint")
    for d, word, marker, colour in ((1, "rose", "^", "#b2182b"), (-1, "eased", "v", "#2166ac")):
        m = found.direction == d
        if m.any():
            top.scatter(found.dates[m].astype("datetime64[D]"), found.values[m], marker=marker, s=60, color=colour,
                        edgecolor="black", zorder=4, label=f"shock: tension {word}")
    top.axhline(0, color="0.4", lw=0.6)
    top.set_ylim(edges[-1], edges[0])
    top.set_yticks(edges)
    top.set_yticklabels([f"{e:+.3g}" if e else "0" for e in edges])
    top.set_ylabel("tension per event\n(+ conflict)")
    top.legend(loc="lower left", bbox_to_anchor=(0.0, 1.01), fontsize="small", ncols=3, frameon=False)

    # middle: the sum, which grows with the number of events
    _signed_bars(middle, dates, summed.values, widths, "")
    middle.axhline(0, color="0.4", lw=0.6)
    middle.set_ylabel("summed tension\n(+ conflict)")
    middle.text(1.005, 0.5, "grows with\nthe events", transform=middle.transAxes, va="center", fontsize="small")

    # bottom: events per period, by sign
    period = np.searchsorted(dates, table.date.astype("datetime64[D]"), side="right") - 1
    base = np.zeros(len(dates))
    sign = np.sign(table.tension)
    for s_, colour, label in ((1, "#d6604d", "conflictual (+)"), (-1, "#4393c3", "cooperative (−)"), (0, "0.6", "neutral")):
        c = np.bincount(period[sign == s_], minlength=len(dates))
        if c.any():
            bottom.bar(dates, c, bottom=base, width=widths, align="edge", color=colour, alpha=0.8, label=label)
            base = base + c
    if len(dates) <= 40:
        centres = dates.astype("datetime64[h]") + (widths * 12).astype(np.int64)
        for d, n in zip(centres, summed.counts.tolist()):
            if n:
                bottom.annotate(f"{n}", (d, n), ha="center", va="bottom", fontsize="x-small", xytext=(0, 1),
                                textcoords="offset points")
    bottom.set_ylim(0, max(1.0, float(summed.counts.max()) * 1.25))
    bottom.set_ylabel("events")
    bottom.legend(loc="upper left", fontsize="x-small", ncols=3, framealpha=0.8)
    bottom.set_xlabel("period start")
    first, last = str(table.date.min()), str(table.date.max())
    fig.supxlabel(_caption(table, source, len(table), first, last, what), fontsize="small", color="0.25")
    if title:
        fig.suptitle(title)
    return fig


def plot_series(
    panels: Mapping[str, Series | Bootstrap],
    *,
    out: str | Path,
    sharey: bool = False,
    ylabel: str = "tension (+ conflict)",
    title: str | None = None,
    source: str | None = None,
    width: float = 10.0,
    panel_height: float = 2.2,
    dpi: int = 100,
) -> Path:
    """Draw series one above the other on a shared time axis, to compare them.

    Each panel is titled by its key. A :class:`~tension.Series` is drawn as bars
    per period, up = conflict on every panel (red above zero = conflict, blue
    below = cooperation; grey for ``how="count"``; a relation score, positive =
    friendly, is labelled so and coloured by its meaning) with the number of
    events or documents it counts written in the panel's legend; a
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
    source : str, optional
        Where the data come from, written in the footer next to the sign
        convention (:data:`CONVENTION`).
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
    return _save(_series_figure(panels, sharey=sharey, ylabel=ylabel, title=title, source=source, width=width,
                                panel_height=panel_height, dpi=dpi), out)


def _series_figure(panels: Mapping[str, Series | Bootstrap], *, sharey: bool, ylabel: str, title: str | None,
                   source: str | None, width: float, panel_height: float, dpi: int) -> Any:
    """The figure of :func:`plot_series` (a matplotlib Figure, not yet saved)."""
    from .indices import Bootstrap

    Figure, FigureCanvasAgg = _matplotlib()
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
            ax.plot(dates, s.values, color="black", lw=1.5, marker="o", ms=3,
                    label=f"estimate ({int(s.counts.sum()):,} counted; {s.freq})")
        else:
            s = item
            dates = s.dates.astype("datetime64[D]")
            widths = _widths(dates, s.freq)
            v = s.values
            if s.how == "count":
                ax.bar(dates, v, width=widths, align="edge", color="0.55", label="count")
            elif s.how == "relation_score":  # positive = friendly: colour by meaning, not by sign
                for keep, colour, label in ((v < 0, "#d6604d", "worse than ordinary (−)"),
                                            (v > 0, "#4393c3", "better than ordinary (+)")):
                    if keep.any():
                        ax.bar(dates[keep], v[keep], width=widths[keep], align="edge", color=colour, alpha=0.8,
                               label=label)
            else:
                _signed_bars(ax, dates, v, widths, "")
            ax.plot([], [], " ", label=f"{int(s.counts.sum()):,} counted; {s.how} per period ({s.freq})")
        ax.axhline(0, color="0.4", lw=0.6)
        ax.set_title(name, loc="left", fontsize="medium")
        how = item.how if isinstance(item, Series) else None
        ax.set_ylabel({"count": "count", "relation_score": "relation score\n(+ friendly)"}.get(how or "", ylabel),
                      fontsize="small")
        ax.legend(loc="best", fontsize="x-small", framealpha=0.8)
    axes[-1].set_xlabel("period start")
    fig.supxlabel(f"{CONVENTION}   ·   source: {source}" if source else CONVENTION, fontsize="small", color="0.25")
    if title:
        fig.suptitle(title)
    return fig
