"""Tests of :mod:`tension.io.icews`: header-driven mapping, countries and sectors, strictness, CLI."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from reference_gdelt import icews_reference

import tension
from tension import ParseError, TensionWarning
from tension.cli import main
from tension.io import _synth
from tension.io.icews import ICEWS_COLUMNS, country_code, sector_role

N = 300


def write(tmp_path: Path, *, n: int = N, seed: int = 1, zip: bool = False, name: str = "events.2015.tab") -> Path:
    return _synth.write_icews(tmp_path / (name + (".zip" if zip else "")), n, seed=seed, zip=zip)


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def rewrite(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def set_field(line: bytes, column: str, value: bytes) -> bytes:
    fields = line.split(b"\t")
    fields[ICEWS_COLUMNS.index(column)] = value
    return b"\t".join(fields)


def pandas_frame(path: Path) -> pd.DataFrame:
    """What pandas reads from the same file, every column as text."""
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)


@pytest.mark.parametrize("zipped", [False, True], ids=["plain", "zip"])
def test_every_mapped_field_matches_pandas(tmp_path, zipped):
    """Dates, codes, -Intensity, Story ID and the extras equal what pandas reads from the same file."""
    path = write(tmp_path, zip=zipped)
    t = tension.read_icews(path)
    df = pandas_frame(path)
    assert len(t) == len(df) == N
    assert t.date.astype(str).tolist() == df["Event Date"].tolist()
    assert t.code.tolist() == df["CAMEO Code"].tolist()
    assert np.array_equal(t.tension, -df["Intensity"].astype(float).to_numpy())
    assert t.mentions.tolist() == [1] * N
    assert t.source.tolist() == df["Story ID"].tolist()
    assert t["event_id"].tolist() == df["Event ID"].astype(int).tolist()
    assert t["source_name"].tolist() == df["Source Name"].tolist()
    assert t["target_sectors"].tolist() == df["Target Sectors"].tolist()
    assert t["publisher"].tolist() == df["Publisher"].tolist()
    assert t["sentence_number"].tolist() == df["Sentence Number"].astype(int).tolist()
    lat = df["Latitude"].replace("", "nan").astype(float).to_numpy()
    assert np.array_equal(t["latitude"], lat, equal_nan=True)
    want_actor = [country_code(c) + sector_role(s) for c, s in zip(df["Source Country"], df["Source Sectors"])]
    want_target = [country_code(c) + sector_role(s) for c, s in zip(df["Target Country"], df["Target Sectors"])]
    assert t.actor.tolist() == want_actor and t.target.tolist() == want_target


def test_countries_and_sectors_map_to_cameo_actor_codes(tmp_path):
    """Hand-written rows: country names become CAMEO codes and the most specific sector its role."""
    path = write(tmp_path, n=4)
    lines = lines_of(path)
    cases = [
        (b"United States", b"Military,Government", b"Russian Federation", b"", "USAMIL", "RUS"),
        (b"China", b"Government,Police", b"Taiwan", b"Legislative / Parliamentary,Government", "CHNCOP", "TWNLEG"),
        (b"", b"Global,International Government Organization", b"Romania", b"State Media,Government", "IGO", "ROMMED"),
        (b"Hong Kong", b"Parties,Ideological", b"", b"", "HKG", ""),
    ]
    for i, (sc, ss, tc, ts, _, _) in enumerate(cases, start=1):
        line = set_field(set_field(lines[i], "Source Country", sc), "Source Sectors", ss)
        lines[i] = set_field(set_field(line, "Target Country", tc), "Target Sectors", ts)
    rewrite(path, lines)
    t = tension.read_icews(path)
    assert t.actor.tolist() == [c[4] for c in cases]
    assert t.target.tolist() == [c[5] for c in cases]


def test_columns_are_found_by_header_name(tmp_path):
    """Columns in another order (and a byte-order mark) read the same."""
    path = write(tmp_path, n=50)
    df = pandas_frame(path)
    order = list(reversed(df.columns))
    other = tmp_path / "reordered.tab"
    text = "\ufeff" + "\t".join(order) + "\n" + "".join("\t".join(r) + "\n" for r in df[order].itertuples(index=False))
    other.write_text(text, encoding="utf-8")
    assert tension.read_icews(other) == tension.read_icews(path)


DAMAGE = {
    "bad date": (lambda line: set_field(line, "Event Date", b"2015-02-30"), "Event Date"),
    "date in another format": (lambda line: set_field(line, "Event Date", b"02/03/2015"), "Event Date"),
    "non-numeric Intensity": (lambda line: set_field(line, "Intensity", b"strong"), "Intensity"),
    "Intensity out of range": (lambda line: set_field(line, "Intensity", b"-11"), "Intensity"),
    "unknown CAMEO code": (lambda line: set_field(line, "CAMEO Code", b"0999"), "CAMEO Code"),
    "unknown country": (lambda line: set_field(line, "Target Country", b"Atlantis"), "Target Country"),
    "non-numeric Story ID": (lambda line: set_field(line, "Story ID", b"s-12"), "Story ID"),
    "non-numeric Latitude": (lambda line: set_field(line, "Latitude", b"north"), "Latitude"),
    "too few columns": (lambda line: line.rsplit(b"\t", 1)[0], "Longitude"),
    "too many columns": (lambda line: line + b"\tx", None),
    "not UTF-8": (lambda line: set_field(line, "Source Name", b"Xi \xe9 Jinping"), "Source Name"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_each_damage_raises_with_line_and_column(tmp_path, damage):
    """Each kind of damage raises ParseError with the file's 1-based line (header = line 1) and column."""
    path = write(tmp_path)
    lines = lines_of(path)
    hurt, column = DAMAGE[damage]
    lines[17] = hurt(lines[17])  # line 18
    lines[250] = hurt(lines[250])
    rewrite(path, lines)
    with pytest.raises(ParseError) as info:
        tension.read_icews(path)
    assert (info.value.path, info.value.line, info.value.column) == (str(path), 18, column)


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_each_damage_warns_once_with_count(tmp_path, damage):
    """errors='warn' drops the bad rows (as the reference does) and warns once with count and lines."""
    path = write(tmp_path)
    lines = lines_of(path)
    hurt, _ = DAMAGE[damage]
    for k in (1, 150, 300):
        lines[k] = hurt(lines[k])
    rewrite(path, lines)
    with pytest.warns(TensionWarning, match=r"skipped 3 bad rows \(lines 2, 151, 301\)") as record:
        t = tension.read_icews(path, errors="warn")
    assert len(record) == 1
    rows, bad = icews_reference(path)
    assert bad == [2, 151, 301]
    for field in ("actor", "target", "code", "tension", "source"):
        assert t[field].tolist() == [r[field] for r in rows]
    assert t.date.astype(object).tolist() == [r["date"] for r in rows]


def test_header_without_icews_columns_is_refused(tmp_path):
    """A header missing an ICEWS column raises on line 1, naming the column."""
    path = tmp_path / "x.tab"
    path.write_text("Event ID\tEvent Date\n1\t2015-01-01\n")
    with pytest.raises(ParseError, match="ICEWS header") as info:
        tension.read_icews(path)
    assert (info.value.line, info.value.column) == (1, "Source Name")


def test_header_only_file_is_an_empty_table(tmp_path):
    """A file with a header and no rows gives an empty table with the ICEWS extras."""
    path = tmp_path / "h.tab"
    path.write_text("\t".join(ICEWS_COLUMNS) + "\n")
    t = tension.read_icews(path)
    assert len(t) == 0 and "event_id" in t.extras


def test_dedupe_drops_exact_repeats_but_keeps_shared_event_ids(tmp_path):
    """Event IDs are not unique: only rows repeating ID and content are dropped."""
    path = write(tmp_path, n=20)
    lines = lines_of(path)
    same_id_other_event = set_field(lines[3], "Story ID", b"99999999")
    rewrite(path, lines + [lines[1], lines[2], same_id_other_event])
    assert len(tension.read_icews(path)) == 23
    t = tension.read_icews(path, dedupe=True)
    assert len(t) == 21
    assert t["event_id"].tolist().count(int(lines[3].split(b"\t")[0])) == 2


def test_dyad_and_cli(tmp_path):
    """dyad= matches EventTable.dyad, and `tension icews` prints the dyad's series."""
    path = write(tmp_path, n=2000)
    t = tension.read_icews(path, dyad="USA:CHN")
    assert t == tension.read_icews(path).dyad("USA", "CHN")
    out = io.StringIO()
    assert main(["icews", str(path), "--dyad", "USA:CHN", "--freq", "M", "--how", "mean"], out=out) == 0
    assert len(out.getvalue().splitlines()) == len(t.series("M")) + 1
