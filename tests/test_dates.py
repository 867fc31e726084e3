"""Tests for tension.text.dates: date phrases resolved against the publication day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tension.text.dates import find_dates

PUB = dt.date(2023, 6, 19)  # a Monday


def _one(text: str, pub: dt.date = PUB) -> tuple[str, str]:
    found = [d for d in find_dates(text, pub) if d.date is not None]
    assert len(found) == 1, found
    return found[0].date.isoformat(), found[0].precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on June 18", ("2023-06-18", "day")),
        ("June 25", ("2022-06-25", "day")),  # a past event: the latest June 25 not after publication
        ("on 18 June 2023", ("2023-06-18", "day")),
        ("Sept. 30, 2022", ("2022-09-30", "day")),
        ("on Jan. 5", ("2023-01-05", "day")),
        ("on March 3rd", ("2023-03-03", "day")),
        ("2021-11-15", ("2021-11-15", "day")),
    ],
)
def test_explicit_dates(text: str, expected: tuple[str, str]) -> None:
    """Explicit calendar dates resolve through pinned dateparser settings."""
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Sunday", "2023-06-18"),
        ("on Monday", "2023-06-19"),  # publication day itself
        ("Tuesday", "2023-06-13"),
        ("last Monday", "2023-06-12"),
        ("next Friday", "2023-06-23"),
    ],
)
def test_weekdays(text: str, expected: str) -> None:
    """A weekday is the last such day on or before publication; 'next' looks ahead."""
    assert _one(text) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in February", "2023-02-01"),
        ("November", "2022-11-01"),
        ("in June", "2023-06-01"),
        ("last June", "2022-06-01"),
        ("in March 2022", "2022-03-01"),
        ("early May", "2023-05-01"),
    ],
)
def test_months(text: str, expected: str) -> None:
    """A month is the latest such month not after publication, with month precision."""
    assert _one(text) == (expected, "month")


def test_bare_may_and_march_are_not_months() -> None:
    """'may' and 'march' as words are not dates without a preposition."""
    assert find_dates("China May retaliate and protesters March on.", PUB) == []
    assert find_dates("they may march", PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", ("2023-06-19", "day")),
        ("yesterday", ("2023-06-18", "day")),
        ("tomorrow", ("2023-06-20", "day")),
        ("last week", ("2023-06-12", "day")),
        ("recently", ("2023-06-12", "day")),
        ("three days ago", ("2023-06-16", "day")),
        ("two weeks ago", ("2023-06-05", "day")),
        ("last month", ("2023-05-01", "month")),
        ("next month", ("2023-07-01", "month")),
        ("earlier this month", ("2023-06-01", "month")),  # the month is all the phrase tells
        ("later this month", ("2023-06-01", "month")),
        ("earlier this year", ("2023-03-01", "month")),
        ("later this year", ("2023-09-01", "month")),
        ("last year", ("2022-01-01", "year")),
        ("in 2019", ("2019-01-01", "year")),
        ("over the weekend", ("2023-06-17", "day")),
    ],
)
def test_relative_phrases(text: str, expected: tuple[str, str]) -> None:
    """Relative phrases resolve against publication with their precision."""
    assert _one(text) == expected


def test_future_context_looks_ahead() -> None:
    """Planned events ('will', 'next', 'scheduled') resolve weekdays and months forward."""
    assert _one("She will visit on Friday") == ("2023-06-23", "day")
    assert _one("The summit is scheduled for November") == ("2023-11-01", "month")
    assert _one("They met in November") == ("2022-11-01", "month")


def test_future_does_not_leak_across_clauses() -> None:
    """A future verb in one clause does not move a past date in another."""
    dates = find_dates("They met November 12, and will meet later this year.", PUB)
    assert [d.date.isoformat() for d in dates] == ["2022-11-12", "2023-09-01"]


def test_anaphor_is_reported_without_date() -> None:
    """'At that time' is found but left for the caller to resolve."""
    (d,) = find_dates("At that time, leaders met.", PUB)
    assert d.kind == "anaphor" and d.date is None


def test_offsets_are_exact() -> None:
    """Each mention's offsets slice its phrase out of the text."""
    text = "Talks began in February and ended on Sunday."
    for d in find_dates(text, PUB):
        assert text[d.start:d.end] == d.phrase


def test_machine_clock_is_never_used() -> None:
    """The same phrase gives different dates for different publication days."""
    assert _one("on Sunday", dt.date(2020, 1, 1)) == ("2019-12-29", "day")
    assert _one("in February", dt.date(2020, 1, 1)) == ("2019-02-01", "month")


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_weekday_is_within_the_week_before(pub: dt.date) -> None:
    """'on Sunday' is a Sunday at most six days before publication."""
    (d,) = find_dates("on Sunday", pub)
    assert d.date is not None and d.date.weekday() == 6 and 0 <= (pub - d.date).days <= 6


def test_explicit_date_years_and_leap_days() -> None:
    """Explicit dates without a year take the latest one on or before publication; Feb 29 finds a leap year."""
    assert _one("on February 29", dt.date(2023, 6, 19)) == ("2020-02-29", "day")
    assert _one("on December 31", dt.date(2024, 1, 2)) == ("2023-12-31", "day")
    assert _one("They will meet on January 5", dt.date(2023, 12, 20)) == ("2024-01-05", "day")
    assert _one("on 5 March 2019", dt.date(2023, 12, 20)) == ("2019-03-05", "day")


def test_seasons() -> None:
    """Seasons resolve to their middle month (northern hemisphere), before publication unless planned."""
    assert _one("last summer") == ("2022-07-01", "month")
    assert _one("in the spring") == ("2023-04-01", "month")
    assert _one("They will meet this autumn") == ("2023-10-01", "month")
    assert find_dates("Stocks fall and winter wheat rose", PUB) == []
