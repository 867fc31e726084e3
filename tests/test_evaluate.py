"""Tests for tension.text.evaluate: the seed article's figures against its gold annotation."""

from __future__ import annotations

import tension
from tension.text.evaluate import SEED_PUBLISHED, evaluate, evaluate_seed, load_seed


def test_seed_targets() -> None:
    """On the seed (published 2023-06-19): 12/12 required (the issue asks >= 11), no must_not, exact
    evidence, <= 40 events."""
    report = evaluate_seed()
    assert report.required_total == 12
    assert report.required_found == 12
    assert report.must_not_violations == 0
    assert report.evidence_ok
    assert report.n_events <= 40


def test_seed_package_copy_matches_published_day() -> None:
    """The bundled seed is the article published on 2023-06-19."""
    text, gold = load_seed()
    assert gold["published"] == SEED_PUBLISHED.isoformat()
    assert "Blinken" in text


def test_evaluate_counts_violations_and_misses() -> None:
    """A wrong-sign event over a must_not evidence is a violation; an absent gold event is missed."""
    text = "China declined to meet the US. Japan praised Korea."
    gold = {
        "events": [{"evidence": "Japan praised Korea", "actors": ["JPN", "KOR"], "sign": -1,
                    "date_min": "2024-01-01", "date_max": "2024-01-01", "required": True},
                   {"evidence": "China declined", "actors": ["CHN", "USA"], "sign": 1,
                    "date_min": "2020-01-01", "date_max": "2020-01-02", "required": True}],
        "must_not": [{"evidence": "China declined to meet", "sign": 1}],
    }
    report = evaluate(tension.extract_events(text, published="2024-01-01"), text, gold)
    assert report.required_found == 1 and report.missed == ("China declined",)
    assert report.must_not_violations == 1
    assert any("violation" in line for line in report.lines())
