"""The one test helper the extraction rule tests share: coded events at country level."""

from __future__ import annotations

from tension.text.extract import _coded_events


def country_rows(text: str, published: str) -> list[tuple[str, str, str, str]]:
    """(actor country, target country, code, date) of each event coded from ``text``."""
    return [(r[0][:3], r[1][:3], r[2], r[3]) for r in _coded_events(text, published)]
