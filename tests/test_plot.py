"""Tests of tension.plot: the timeline chart is written and is a real picture."""

from __future__ import annotations

import numpy as np
import pytest

from tension import EventTable, codebook, read_jsonl
from tension.plot import plot_timeline

pytest.importorskip("matplotlib")

SEED_EVENTS = "seeds/000_65d63fafd7e7c7d7.events.jsonl"


def _pixels(path):
    """The PNG's pixels as an (h, w, channels) float array, read back with matplotlib."""
    from matplotlib import image

    return image.imread(path)


def test_plot_timeline_writes_a_non_blank_png_of_the_requested_size(tmp_path):
    """The seed timeline is a 1000x600 PNG with varied pixels (not blank)."""
    path = plot_timeline(read_jsonl(SEED_EVENTS), freq="D", out=tmp_path / "seed.png", size=(10, 6), dpi=100)
    px = _pixels(path)
    assert px.shape[:2] == (600, 1000)
    assert px[..., :3].std() > 0.05
    assert (np.abs(np.diff(px[..., :3], axis=1)) > 0.1).sum() > 5000  # lines and text, not a flat fill


def test_plot_timeline_draws_many_periods(tmp_path):
    """A four-year weekly table is drawn without error, into a new directory."""
    rng = np.random.default_rng(0)
    n = 2000
    codes = rng.choice(codebook.load().codes, n)
    t = EventTable.from_arrays(date=np.datetime64("2018-01-01") + rng.integers(0, 1500, n), actor=["USA"] * n,
                               target=["CHN"] * n, code=codes, tension=codebook.tension_of(codes))
    path = plot_timeline(t, freq="W", out=tmp_path / "sub" / "weekly.png", title="weekly", dpi=60)
    assert path.exists() and _pixels(path)[..., :3].std() > 0.05


def test_demo_plot_draws_the_seed_timeline(tmp_path):
    """`tension demo --plot FILE` writes a non-blank PNG of the seed's US–China timeline."""
    import io

    from tension.cli import main

    path = tmp_path / "seed.png"
    out = io.StringIO()
    assert main(["demo", "--plot", str(path)], out=out) == 0
    px = _pixels(path)
    assert px.shape[:2] == (600, 1000) and px[..., :3].std() > 0.05
    assert f"wrote the monthly timeline of the US–China acts to {path}" in out.getvalue()


def test_plot_series_draws_one_panel_per_series_and_a_bootstrap_band(tmp_path):
    """Two series and a bootstrap band make a three-panel, non-blank PNG of the requested width."""
    from tension.indices import bootstrap, goldstein_mean
    from tension.plot import plot_series

    t = read_jsonl(SEED_EVENTS)
    band = bootstrap(t, lambda x: goldstein_mean(x, freq="M"), n=50, seed=1, freq="M")
    panels = {"USA -> CHN": t.dyad("USA", "CHN", directed=True).series("M"),
              "CHN -> USA": t.dyad("CHN", "USA", directed=True).series("M"),
              "mean tension": band}
    path = plot_series(panels, out=tmp_path / "new" / "panels.png", sharey=False, width=8, panel_height=2, dpi=100)
    px = _pixels(path)
    assert px.shape[:2] == (660, 800)
    assert px[..., :3].std() > 0.05


def test_plot_series_rejects_what_it_cannot_draw(tmp_path):
    """No panels is a SchemaError; a panel that is not a Series or Bootstrap is a FieldTypeError naming it."""
    from tension import FieldTypeError, SchemaError
    from tension.plot import plot_series

    with pytest.raises(SchemaError, match="at least one panel"):
        plot_series({}, out=tmp_path / "x.png")
    with pytest.raises(FieldTypeError, match=r"panels\['a'\]"):
        plot_series({"a": [1.0, 2.0]}, out=tmp_path / "x.png")
    with pytest.raises(FieldTypeError, match="mapping"):
        plot_series([read_jsonl(SEED_EVENTS).series("M")], out=tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_timeline_panels_all_run_up_for_conflict_and_say_so():
    """Every panel of the timeline reads the same way (up = conflict), the bands sit on the per-event scale
    in their named order, and the footer gives the convention, the source and the events counted."""
    from tension.indices import BAND_NAMES
    from tension.plot import CONVENTION, _timeline_figure

    t = read_jsonl(SEED_EVENTS).dyad("USA", "CHN")
    fig = _timeline_figure(t, freq="M", half_life=30.0, window=4, z=3.0, penalty=None, title="seed",
                           source="the seed article", size=(10, 6), dpi=100)
    top, middle, bottom = fig.axes
    assert top.get_ylim() == (-10.0, 10.0)  # increasing: + conflict at the top
    assert "+ conflict" in top.get_ylabel() and "+ conflict" in middle.get_ylabel()
    lo, hi = middle.get_ylim()
    assert lo < hi
    # band names from the top of the axis down: confrontation at the top, friendly at the bottom
    names = sorted(((txt.get_position()[1], txt.get_text()) for txt in top.texts), reverse=True)
    assert [n for _, n in names] == list(BAND_NAMES)
    assert names[0][0] > 6.6 and names[-1][0] < -6.6
    # the bars of the top panel are the tension per event: February 2023 = (+7.2 + 4.0) / 2
    heights = {round(p.get_height(), 2) for p in top.patches if p.get_height()}
    assert 5.6 in heights
    # the bottom panel counts every event once
    assert sum(p.get_height() for p in bottom.patches) == len(t)
    footer = fig.get_supxlabel()
    assert CONVENTION in footer and "source: the seed article" in footer and f"{len(t)} events" in footer


def test_plot_series_labels_the_convention_and_relation_scores(tmp_path):
    """plot_series writes the sign convention and the source in its footer; a relation score is labelled
    as running the other way (+ friendly)."""
    from tension.indices import bands
    from tension.plot import CONVENTION, _series_figure

    s = read_jsonl(SEED_EVENTS).dyad("USA", "CHN").series("M")
    fig = _series_figure({"sum": s, "relation": bands(s).score}, sharey=False, ylabel="tension (+ conflict)",
                         title=None, source="seed", width=8, panel_height=2, dpi=80)
    first, second = fig.axes
    assert first.get_ylabel() == "tension (+ conflict)" and "+ friendly" in second.get_ylabel()
    assert fig.get_supxlabel() == f"{CONVENTION}   ·   source: seed"
    labels = first.get_legend_handles_labels()[1]
    assert "conflict (+)" in labels and not any("rose" in x for x in labels)
