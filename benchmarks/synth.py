"""Synthetic GDELT-like event tables for the benchmarks (seeded, reproducible).

Actors follow a GDELT-like mix: a country (a few large ones dominate, a long
tail of ~250 CAMEO country codes), often followed by one or two role codes
(``USAGOV``, ``CHNMIL``, ``USAGOVMIL``), and sometimes no actor at all.
"""

from __future__ import annotations

import numpy as np

from tension import EventTable, codebook
from tension._packaged import read_tsv

__all__ = ["actor_vocabulary", "random_actors", "random_table"]

#: Share of events whose actor or target is empty (one-actor events).
EMPTY_SHARE = 0.08


def actor_vocabulary(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Distinct actor codes and their sampling probabilities."""
    countries = np.array(sorted({r["code"] for r in read_tsv("cameo_countries.tsv") if len(r["code"]) == 3}))
    roles = np.array(sorted({r["code"] for r in read_tsv("cameo_roles.tsv") if len(r["code"]) == 3}))
    # Zipf-like country weights, with the big newsmakers (USA, CHN, RUS, ...) at the head.
    head = [c for c in ("USA", "CHN", "RUS", "GBR", "IND", "ISR", "IRN", "JPN", "FRA", "DEU", "UKR", "PAK") if c in countries]
    order = head + [c for c in countries if c not in head]
    cw = 1.0 / np.arange(1, len(order) + 1) ** 1.1
    codes: list[str] = []
    weights: list[float] = []
    role_w = 1.0 / np.arange(1, len(roles) + 1) ** 0.8
    role_w /= role_w.sum()
    for c, w in zip(order, cw):
        codes.append(c)
        weights.append(w * 0.45)
        for r, rw in zip(roles, role_w):
            codes.append(c + r)
            weights.append(w * 0.45 * rw)
        for r in roles[:4]:  # a few two-role codes, e.g. USAGOVMIL
            for r2 in roles[:3]:
                if r2 != r:
                    codes.append(c + r + r2)
                    weights.append(w * 0.10 / 12)
    p = np.array(weights)
    return np.array(codes), p / p.sum()


def random_actors(rng: np.random.Generator, n: int, vocab: np.ndarray, p: np.ndarray) -> np.ndarray:
    """``n`` actor codes drawn from ``vocab`` (``<U`` array), some empty."""
    a = vocab[rng.choice(vocab.shape[0], size=n, p=p)]
    a[rng.random(n) < EMPTY_SHARE] = ""
    return a


def random_table(n: int, seed: int = 0, start: str = "2015-01-01", days: int = 3653) -> EventTable:
    """A validated ``n``-row table of GDELT-like events over ``days`` days from ``start``."""
    rng = np.random.default_rng(seed)
    vocab, p = actor_vocabulary(rng)
    actor = random_actors(rng, n, vocab, p)
    target = random_actors(rng, n, vocab, p)
    cb = codebook.load()
    ci = rng.integers(0, len(cb), size=n)
    date = np.datetime64(start, "D") + rng.integers(0, days, size=n)
    return EventTable.from_arrays(
        date=date, actor=actor, target=target, code=cb.codes[ci], tension=cb.tension[ci],
        mentions=rng.integers(1, 20, size=n),
    )
