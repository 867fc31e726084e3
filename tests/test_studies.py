"""Tests of the worked studies (docs/studies/*.py): each runs and draws real pictures."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("matplotlib")

STUDIES = Path(__file__).resolve().parent.parent / "docs" / "studies"
SCRIPTS = sorted(p for p in STUDIES.glob("*.py") if p.name != "build_hook.py")
MARKER = re.compile(r"<!-- study: ([\w-]+)/([\w-]+) -->")


def _pixels(path: Path) -> np.ndarray:
    """The PNG's RGB pixels as an (h, w, 3) float array in [0, 1]."""
    from matplotlib import image

    return image.imread(path)[..., :3]


def test_there_are_three_studies_each_with_its_page():
    """The GDELT, news-text and directed studies each have a script and a Markdown page."""
    assert [p.stem for p in SCRIPTS] == ["directed", "gdelt_index", "news_texts"]
    for script in SCRIPTS:
        assert script.with_suffix(".md").exists()


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_study_runs_and_draws_non_blank_pngs_its_page_shows(script, tmp_path):
    """Each study writes PNGs that are large and varied (not blank), and returns every fragment its page asks for."""
    fragments = runpy.run_path(str(script), run_name="study")["run"](tmp_path)
    assert fragments and all(isinstance(v, str) and v.strip() for v in fragments.values())

    pngs = sorted(tmp_path.glob("*.png"))
    assert pngs
    page = script.with_suffix(".md").read_text(encoding="utf-8")
    for png in pngs:
        assert png.name.startswith(script.stem)
        assert png.stat().st_size > 20_000
        px = _pixels(png)
        assert px.shape[0] >= 400 and px.shape[1] >= 800
        assert px.std() > 0.05  # not a flat fill
        assert (np.abs(np.diff(px, axis=1)) > 0.1).sum() > 5_000  # lines, bars and text
        assert f"]({png.name})" in page  # shown on the page

    asked = MARKER.findall(page)
    assert asked
    for name, key in asked:
        assert name == script.stem and key in fragments
