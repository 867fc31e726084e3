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
    assert f"wrote the timeline to {path}" in out.getvalue()


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
