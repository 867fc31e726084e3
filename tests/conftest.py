"""Shared fixtures: a seeded random generator, small hand-written tables, the seed files."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, settings

from tension import EventTable

# "tension" keeps the suite fast; HYPOTHESIS_PROFILE=thorough runs 1000 examples per property.
settings.register_profile("tension", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", parent=settings.get_profile("tension"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "tension"))

ROOT = Path(__file__).resolve().parent.parent
SEED_EVENTS = ROOT / "seeds" / "000_65d63fafd7e7c7d7.events.jsonl"


@pytest.fixture
def rng() -> np.random.Generator:
    """A numpy generator with a fixed seed, fresh for every test."""
    return np.random.default_rng(20230618)


@pytest.fixture
def seed_events_path() -> Path:
    """The hand-coded events of the seed article."""
    return SEED_EVENTS


@pytest.fixture
def small_table() -> EventTable:
    """Eight hand-written events: US–China both ways, other dyads, a one-actor event."""
    return EventTable.from_arrays(
        date=["2023-06-18", "2023-06-19", "2023-06-19", "2023-02-04", "2023-06-20", "2023-03-01", "2022-12-31", "2023-06-18"],
        actor=["USAGOV", "CHNGOV", "USA", "USAMIL", "RUS", "CHN", "TWNGOV", ""],
        target=["CHNGOV", "USA", "CHNMIL", "CHN", "CHN", "TWN", "CHNGOV", "CHN"],
        code=["042", "112", "036", "172", "057", "0874", "110", "010"],
        tension=[-1.9, 2.0, -4.0, 5.0, -8.0, -10.0, 2.0, 0.0],
        mentions=[3, 1, 2, 10, 1, 1, 4, 1],
        evidence=["Blinken visited Beijing", 'He said, "no"', "agreed to talk", "balloon shot down", "", "", "", ""],
        source=["a", "a", "a", "b", "c", "d", "e", "f"],
        start=[0, 10, -1, 5, -1, -1, -1, -1],
        end=[23, 25, -1, 22, -1, -1, -1, -1],
        precision=["day", "day", "day", "day", "day", "month", "day", "day"],
    )


@pytest.fixture
def tiny_table() -> EventTable:
    """Two events a day apart, the smallest useful table."""
    return EventTable.from_arrays(
        date=["2023-06-18", "2023-06-19"], actor=["USA", "CHN"], target=["CHN", "USA"],
        code=["042", "112"], tension=[-1.9, 2.0],
    )
