"""GDELT rows as they really come: country codes for dyads, SQLDATE lagging DATEADDED, root events, one a day.

Files are written in GDELT's real layouts, column by column from the shared column lists
(``/work/shared/data/gdelt*_columns*.txt``, packaged in ``tension/data/gdelt/``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import tension
from tension import FieldTypeError, ParseError, SchemaError
from tension.io.gdelt import layout_columns

SHARED = Path("/work/shared/data")


def row(layout: int, **fields: str) -> str:
    """One tab-separated row of ``layout`` with plausible defaults and the given fields."""
    values = {c: "" for c in layout_columns(layout)}
    values.update(GLOBALEVENTID="1", SQLDATE="20230618", MonthYear="202306", Year="2023", FractionDate="2023.4603",
                  IsRootEvent="1", EventCode="042", EventBaseCode="042", EventRootCode="04", QuadClass="1",
                  GoldsteinScale="1.9", NumMentions="2", NumSources="1", NumArticles="2", AvgTone="1.5",
                  Actor1Geo_Type="0", Actor2Geo_Type="0", ActionGeo_Type="0",
                  DATEADDED="20230618" if layout != 61 else "20230618101500")
    if "SOURCEURL" in values:
        values["SOURCEURL"] = "https://example.org/story"
    values.update(fields)
    return "\t".join(values[c] for c in layout_columns(layout))


def write(tmp_path: Path, layout: int, rows: list[str], name: str = "sample.export.CSV") -> Path:
    path = tmp_path / f"{layout}.{name}"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("layout", [57, 58, 61])
def test_packaged_layouts_are_the_shared_column_lists(layout):
    """The layouts used here are exactly the shared column lists."""
    files = {57: "gdelt1_events_columns_historical_57.txt", 58: "gdelt1_events_columns_daily_58.txt",
             61: "gdelt2_events_columns_61.txt"}
    shared = SHARED / files[layout]
    if not shared.is_file():
        pytest.skip("shared data not mounted")
    names = tuple(x.strip() for x in shared.read_text().splitlines() if x.strip())
    assert names == layout_columns(layout)


@pytest.mark.parametrize("layout", [57, 58, 61])
def test_dyads_use_actor_country_codes(tmp_path, layout):
    """MNCUSA with country USA is a US actor; a bare role gets its country; IGOs without one stay as they are."""
    rows = [
        row(layout, GLOBALEVENTID="1", Actor1Code="MNCUSA", Actor1CountryCode="USA", Actor2Code="CHNGOV",
            Actor2CountryCode="CHN"),
        row(layout, GLOBALEVENTID="2", Actor1Code="GOV", Actor1CountryCode="CHN", Actor2Code="USA",
            Actor2CountryCode="USA"),
        row(layout, GLOBALEVENTID="3", Actor1Code="IGOUNO", Actor1CountryCode="", Actor2Code="CHN",
            Actor2CountryCode="CHN"),
        row(layout, GLOBALEVENTID="4", Actor1Code="", Actor1CountryCode="", Actor2Code="", Actor2CountryCode=""),
    ]
    path = write(tmp_path, layout, rows)
    t = tension.read_gdelt(path)
    assert t.actor.tolist() == ["USAMNC", "CHNGOV", "IGOUNO", ""]
    assert t.target.tolist() == ["CHNGOV", "USA", "CHN", ""]
    assert len(tension.read_gdelt(path, dyad="USA:CHN")) == 2
    raw = tension.read_gdelt(path, country_codes=False, columns=["Actor1Code"])
    assert raw.actor.tolist() == ["MNCUSA", "GOV", "IGOUNO", ""] == raw["Actor1Code"].tolist()
    assert len(tension.read_gdelt(path, dyad="USA:CHN", country_codes=False)) == 0


def test_a_bad_country_code_is_a_bad_row(tmp_path):
    """Actor1CountryCode is checked like an actor code, with its line and column."""
    path = write(tmp_path, 58, [row(58), row(58, Actor1Code="USA", Actor1CountryCode="us")])
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(path)
    assert info.value.line == 2 and info.value.column == "Actor1CountryCode"


@pytest.mark.parametrize("layout", [58, 61])
def test_max_lag_drops_rows_dated_long_before_they_were_added(tmp_path, layout):
    """A 2014 row dated 2004 (and one 40 days late) go with max_lag=30; the lag can be kept as an extra."""
    added = (lambda d: d) if layout == 58 else (lambda d: d + "000000")
    rows = [
        row(layout, GLOBALEVENTID="1", Actor1Code="USA", Actor2Code="CHN", SQLDATE="20040601",
            DATEADDED=added("20140601")),
        row(layout, GLOBALEVENTID="2", Actor1Code="USA", Actor2Code="CHN", SQLDATE="20140422",
            DATEADDED=added("20140601")),
        row(layout, GLOBALEVENTID="3", Actor1Code="USA", Actor2Code="CHN", SQLDATE="20140531",
            DATEADDED=added("20140601")),
        row(layout, GLOBALEVENTID="4", Actor1Code="USA", Actor2Code="CHN", SQLDATE="20140601",
            DATEADDED=added("20140601")),
    ]
    path = write(tmp_path, layout, rows)
    every = tension.read_gdelt(path, columns=["lag_days", "global_event_id"])
    assert every["lag_days"].tolist() == [3652, 40, 1, 0]
    kept = tension.read_gdelt(path, max_lag=30, columns=["global_event_id"])
    assert kept["global_event_id"].tolist() == [3, 4]
    assert len(tension.read_gdelt(path, max_lag=0)) == 1
    streamed = list(tension.iter_gdelt(path, max_lag=30))
    assert sum(len(b) for b in streamed) == 2
    with pytest.raises(SchemaError):
        tension.read_gdelt(path, max_lag=-1)
    with pytest.raises(FieldTypeError):
        tension.read_gdelt(path, max_lag="30")


def test_root_only_keeps_root_events(tmp_path):
    """root_only keeps rows with IsRootEvent 1."""
    rows = [row(61, GLOBALEVENTID=str(i), IsRootEvent=str(i % 2), Actor1Code="USA", Actor2Code="CHN")
            for i in range(1, 7)]
    path = write(tmp_path, 61, rows)
    assert tension.read_gdelt(path, root_only=True, columns=["global_event_id"])["global_event_id"].tolist() == [1, 3, 5]
    assert len(tension.read_gdelt(path)) == 6


def test_one_a_day_counts_a_repeated_interaction_once(tmp_path):
    """Same date, actor, target and code: one event, the first read; another day or code stays."""
    accuse = {"EventCode": "112", "EventBaseCode": "112", "EventRootCode": "11", "QuadClass": "3",
              "GoldsteinScale": "-2"}
    rows = [
        row(58, GLOBALEVENTID="1", Actor1Code="USAGOV", Actor2Code="CHN", NumMentions="5", **accuse),
        row(58, GLOBALEVENTID="2", Actor1Code="USAGOV", Actor2Code="CHN", NumMentions="1", **accuse),
        row(58, GLOBALEVENTID="3", Actor1Code="USAGOV", Actor2Code="CHN"),
        row(58, GLOBALEVENTID="4", Actor1Code="USAGOV", Actor2Code="CHN", SQLDATE="20230619", **accuse),
        row(58, GLOBALEVENTID="5", Actor1Code="CHN", Actor2Code="USAGOV", **accuse),
    ]
    path = write(tmp_path, 58, rows)
    t = tension.read_gdelt(path, one_a_day=True, columns=["global_event_id"])
    assert t["global_event_id"].tolist() == [1, 3, 4, 5]
    assert t.mentions.tolist()[0] == 5
    assert len(tension.read_gdelt(path)) == 5


def test_filters_combine_with_dyad_and_dedupe(tmp_path):
    """Filters, dedupe and the dyad compose; a mixed folder of layouts reads with them."""
    a = write(tmp_path, 57, [row(57, GLOBALEVENTID="7", Actor1Code="MNCUSA", Actor1CountryCode="USA",
                                 Actor2Code="CHN", IsRootEvent="0")], name="a.CSV")
    b = write(tmp_path, 61, [row(61, GLOBALEVENTID="7", Actor1Code="MNCUSA", Actor1CountryCode="USA",
                                 Actor2Code="CHN"),
                             row(61, GLOBALEVENTID="8", Actor1Code="RUS", Actor2Code="CHN")], name="b.CSV")
    t = tension.read_gdelt([a, b], dyad="USA:CHN", dedupe=True, columns=["global_event_id"])
    assert t["global_event_id"].tolist() == [7]
    t = tension.read_gdelt([a, b], dyad="USA:CHN", root_only=True, columns=["global_event_id"])
    assert t["global_event_id"].tolist() == [7] and np.all(t.actor == "USAMNC")
