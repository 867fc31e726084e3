"""Score extracted events against a gold annotation (the bundled seed article and its gold).

A gold file (JSON) lists ``events`` (each with ``evidence``, ``actors``, ``sign``,
``date_min``, ``date_max``, ``required``) and ``must_not`` cases (``evidence``,
``sign``). An extracted event **matches** a gold event when its evidence span
overlaps an occurrence of the gold evidence in the text, its actor and target
countries are the gold pair, the sign of its tension is the gold sign, and its
date lies in ``[date_min, date_max]``. A **must_not violation** is an extracted
event of the forbidden sign whose evidence overlaps the must_not evidence.

Examples
--------
>>> from tension.text.evaluate import evaluate_seed
>>> report = evaluate_seed()
>>> report.required_found >= 11, report.must_not_violations, report.evidence_ok
(True, 0, True)
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs
import numpy as np

from ..events import EventTable

__all__ = ["GoldReport", "evaluate", "evaluate_seed", "load_seed", "SEED_ID", "SEED_PUBLISHED"]

#: The bundled seed article (package data ``tension/data/seed/``).
SEED_ID = "000_65d63fafd7e7c7d7"
SEED_PUBLISHED = _dt.date(2023, 6, 19)


@attrs.frozen
class GoldReport:
    """How an event table compares with a gold annotation."""

    n_events: int
    required_total: int
    required_found: int
    optional_total: int
    optional_found: int
    must_not_total: int
    must_not_violations: int
    evidence_ok: bool
    missed: tuple[str, ...]
    violations: tuple[str, ...]

    def lines(self) -> list[str]:
        """The report as human-readable lines."""
        out = [
            f"events extracted:        {self.n_events}",
            f"required gold found:     {self.required_found} / {self.required_total}",
            f"optional gold found:     {self.optional_found} / {self.optional_total}",
            f"must_not violations:     {self.must_not_violations} / {self.must_not_total}",
            f"every evidence in text:  {'yes' if self.evidence_ok else 'NO'}",
        ]
        out += [f"missed: {m}" for m in self.missed]
        out += [f"violation: {v}" for v in self.violations]
        return out


def load_seed() -> tuple[str, dict[str, Any]]:
    """The bundled seed article's text and its gold annotation.

    Examples
    --------
    >>> text, gold = load_seed()
    >>> gold["published"], len(gold["events"]), text.startswith("US-China Rift Eases")
    ('2023-06-19', 17, True)
    """
    folder = resources.files("tension").joinpath("data").joinpath("seed")
    text = folder.joinpath(f"{SEED_ID}.txt").read_text(encoding="utf-8")
    gold = json.loads(folder.joinpath(f"{SEED_ID}.gold.json").read_text(encoding="utf-8"))
    return text, gold


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def evaluate(table: EventTable, text: str, gold: Mapping[str, Any]) -> GoldReport:
    """Compare ``table`` (extracted from ``text``) with a gold annotation.

    Parameters
    ----------
    table : EventTable
        Events extracted from ``text`` (with ``start``/``end`` offsets).
    text : str
        The annotated document.
    gold : mapping
        The parsed gold JSON.

    Returns
    -------
    GoldReport

    Examples
    --------
    >>> import tension
    >>> text = "China and the US agreed to hold talks."
    >>> gold = {"events": [{"evidence": "agreed to hold talks", "actors": ["CHN", "USA"], "sign": -1,
    ...                     "date_min": "2023-06-19", "date_max": "2023-06-19", "required": True}],
    ...         "must_not": []}
    >>> evaluate(tension.extract_events(text, published="2023-06-19"), text, gold).required_found
    1
    """
    starts = table.start.tolist()
    ends = table.end.tolist()
    dates = table.date.astype("datetime64[D]").astype(object).tolist()
    signs = np.sign(table.tension).tolist()
    pairs = [frozenset((a[:3], t[:3])) for a, t in zip(table.actor.tolist(), table.target.tolist())]
    evidence = table.evidence.tolist()
    evidence_ok = all(text[s:e] == ev and s >= 0 for s, e, ev in zip(starts, ends, evidence))
    req_total = req_found = opt_total = opt_found = 0
    missed = []
    for g in gold.get("events", []):
        spans = _occurrences(text, g["evidence"])
        lo = _dt.date.fromisoformat(g["date_min"])
        hi = _dt.date.fromisoformat(g["date_max"])
        want = frozenset(g["actors"])
        found = any(
            _overlaps(spans, s, e) and p == want and sg == g["sign"] and lo <= d <= hi
            for s, e, p, sg, d in zip(starts, ends, pairs, signs, dates)
        )
        if g.get("required", False):
            req_total += 1
            req_found += found
            if not found:
                missed.append(g["evidence"])
        else:
            opt_total += 1
            opt_found += found
    violations = []
    for case in gold.get("must_not", []):
        spans = _occurrences(text, case["evidence"])
        for s, e, sg, ev in zip(starts, ends, signs, evidence):
            if _overlaps(spans, s, e) and sg == case["sign"]:
                violations.append(f"{case['evidence']!r} <- {ev!r}")
    return GoldReport(
        n_events=len(table), required_total=req_total, required_found=req_found, optional_total=opt_total,
        optional_found=opt_found, must_not_total=len(gold.get("must_not", [])),
        must_not_violations=len(violations), evidence_ok=evidence_ok, missed=tuple(missed),
        violations=tuple(violations),
    )


def evaluate_seed() -> GoldReport:
    """Extract the bundled seed article (published 2023-06-19) and score it against its gold.

    Examples
    --------
    >>> evaluate_seed().n_events <= 40
    True
    """
    from .extract import extract_events

    text, gold = load_seed()
    table = extract_events(text, published=gold.get("published", SEED_PUBLISHED.isoformat()), source=SEED_ID)
    return evaluate(table, text, gold)
