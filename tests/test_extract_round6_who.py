"""Who did it to whom in articles (sixth round): acts whose other side the story has told, in
sentences written here (not taken from articles), with must-not cases."""

from __future__ import annotations

import datetime as dt

import tension


def _rows(text: str, published: str) -> list[tuple[str, str, str, str]]:
    table = tension.extract_events(text, published=dt.date.fromisoformat(published))
    return [(e.actor[:3], e.target[:3], e.code, text[e.start:e.end]) for e in table]


_TWO_PARTY = ("Chinese and American officials met in Vienna on Tuesday to discuss the fentanyl trade. "
              "The talks were the first of their kind in a year. ")


def test_a_suspended_channel_is_aimed_at_the_story_s_other_party() -> None:
    text = _TWO_PARTY + "China suspended the climate dialogue in March after a dispute over visas."
    rows = _rows(text, "2024-01-31")
    assert any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows
    text = _TWO_PARTY + "Beijing cut off most military exchanges in March."
    rows = _rows(text, "2024-01-31")
    assert any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows


def test_a_called_off_trip_is_aimed_at_the_story_s_other_party() -> None:
    text = _TWO_PARTY + "Antony Blinken had planned a visit in March, but he called off that trip."
    rows = _rows(text, "2024-01-31")
    assert any(a == "USA" and t == "CHN" and c.startswith("16") for a, t, c, _ in rows), rows


def test_a_channel_with_a_named_side_or_a_third_party_is_not_given_the_other_party() -> None:
    # the channel's other side is named: it is that side, not the story's other party
    text = _TWO_PARTY + "China suspended its dialogue with Japan in March."
    rows = _rows(text, "2024-01-31")
    assert not any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows
    # a third country's suspension is no act on either party of the story
    text = _TWO_PARTY + "Australia suspended the dialogue in March."
    rows = _rows(text, "2024-01-31")
    assert not any(a == "AUS" and c.startswith("16") for a, t, c, _ in rows), rows
    # a suspension of something that is no channel takes no implicit target
    text = _TWO_PARTY + "China suspended imports of beef in March."
    rows = _rows(text, "2024-01-31")
    assert not any(a == "CHN" and t == "USA" and c.startswith("16") for a, t, c, _ in rows), rows
