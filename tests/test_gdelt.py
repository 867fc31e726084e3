"""Tests of :mod:`tension.io.gdelt`: exact mapping, strictness, streaming, cache, CLI."""

from __future__ import annotations

import csv
import io
import os
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference_gdelt import gdelt_reference

import tension
from tension import ParseError, SchemaError, TensionWarning
from tension.cli import main
from tension.io import _sources, _synth
from tension.io.gdelt import layout_columns

N = 240


def write(tmp_path: Path, layout: int, *, n: int = N, seed: int = 1, zip: bool = False, name: str | None = None) -> Path:
    name = name or f"{layout}.export.CSV" + (".zip" if zip else "")
    return _synth.write_gdelt(tmp_path / name, n, layout=layout, seed=seed, zip=zip)


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def rewrite(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def set_field(line: bytes, layout: int, column: str, value: bytes) -> bytes:
    fields = line.split(b"\t")
    fields[layout_columns(layout).index(column)] = value
    return b"\t".join(fields)


def pandas_frame(path: Path, layout: int) -> pd.DataFrame:
    """What pandas reads from the same file, every column as text."""
    return pd.read_csv(path, sep="\t", header=None, names=list(layout_columns(layout)), dtype=str,
                       keep_default_na=False, quoting=csv.QUOTE_NONE, compression="infer")


# ---------------------------------------------------------------------- mapping
@pytest.mark.parametrize("zipped", [False, True], ids=["plain", "zip"])
@pytest.mark.parametrize("layout", [57, 58, 61])
def test_every_mapped_field_matches_pandas(tmp_path, layout, zipped):
    """Each layout, plain or zipped, maps every field exactly as pandas reads it from the same file."""
    path = write(tmp_path, layout, zip=zipped)
    t = tension.read_gdelt(path)
    df = pandas_frame(path, layout)
    assert len(t) == len(df) == N
    assert t.date.tolist() == pd.to_datetime(df["SQLDATE"], format="%Y%m%d").dt.date.tolist()
    assert t.actor.tolist() == df["Actor1Code"].tolist()
    assert t.target.tolist() == df["Actor2Code"].tolist()
    assert t.code.tolist() == df["EventCode"].tolist()
    assert np.array_equal(t.tension, -df["GoldsteinScale"].astype(float).to_numpy())
    assert t.mentions.tolist() == df["NumMentions"].astype(int).tolist()
    want_source = df["SOURCEURL"].tolist() if layout != 57 else [""] * N
    assert t.source.tolist() == want_source
    assert t["quad_class"].tolist() == df["QuadClass"].astype(int).tolist()
    assert np.array_equal(t["avg_tone"], df["AvgTone"].astype(float).to_numpy())
    assert t["num_sources"].tolist() == df["NumSources"].astype(int).tolist()
    assert t["num_articles"].tolist() == df["NumArticles"].astype(int).tolist()
    assert t["global_event_id"].tolist() == df["GLOBALEVENTID"].astype(int).tolist()
    assert set(t.precision.tolist()) == {"day"}


def test_codes_keep_leading_zeros_and_empty_actors_are_kept(tmp_path):
    """Codes such as '042' keep their zero and one-actor events (empty Actor2Code) are read."""
    t = tension.read_gdelt(write(tmp_path, 61, n=2000))
    assert any(c.startswith("0") for c in t.code.tolist())
    assert "" in set(t.target.tolist()) and "" in set(t.actor.tolist())


def test_mixed_layouts_many_paths_and_a_glob(tmp_path):
    """Files of different layouts read together, in the order given; a glob is sorted."""
    a, b, c = write(tmp_path, 57, seed=1), write(tmp_path, 58, seed=2), write(tmp_path, 61, seed=3, zip=True)
    both = tension.read_gdelt([c, a])
    assert len(both) == 2 * N
    assert both.source.tolist()[N:] == [""] * N  # the 57-column file has no SOURCEURL
    by_glob = tension.read_gdelt(str(tmp_path / "*.export.CSV*"))
    parts = [tension.read_gdelt(p) for p in sorted([a, b, c])]
    assert by_glob == tension.concat(parts)


def test_columns_choose_extras_and_raw_gdelt_columns(tmp_path):
    """``columns`` keeps only the named extras; raw GDELT columns come under their own names."""
    p58 = write(tmp_path, 58)
    t = tension.read_gdelt(p58, columns=["avg_tone", "ActionGeo_CountryCode", "ActionGeo_Lat", "Actor1Geo_ADM2Code"])
    df = pandas_frame(p58, 58)
    assert list(t.extras) == ["avg_tone", "ActionGeo_CountryCode", "ActionGeo_Lat", "Actor1Geo_ADM2Code"]
    assert t["ActionGeo_CountryCode"].tolist() == df["ActionGeo_CountryCode"].tolist()
    lat = df["ActionGeo_Lat"].replace("", "nan").astype(float).to_numpy()
    assert np.array_equal(t["ActionGeo_Lat"], lat, equal_nan=True)
    assert t["Actor1Geo_ADM2Code"].tolist() == [""] * N  # 58-column files have no ADM2 codes
    assert t.source.tolist() == [""] * N  # "source" not asked for
    with pytest.raises(SchemaError, match="columns"):
        tension.read_gdelt(p58, columns=["NoSuchColumn"])


def test_dyad_filters_like_eventtable_dyad(tmp_path):
    """``dyad=`` keeps the same rows as reading everything and calling ``.dyad``."""
    p = write(tmp_path, 61, n=1500)
    assert tension.read_gdelt(p, dyad="USA:CHN") == tension.read_gdelt(p).dyad("USA", "CHN")
    assert tension.read_gdelt(p, dyad=("chn", "usa")) == tension.read_gdelt(p).dyad("USA", "CHN")
    with pytest.raises(SchemaError, match="dyad"):
        tension.read_gdelt(p, dyad="USA")


def test_dedupe_drops_repeated_globaleventids(tmp_path):
    """``dedupe=True`` keeps the first row of each GLOBALEVENTID, across files."""
    a = write(tmp_path, 61, seed=1, name="a.CSV")
    b = tmp_path / "b.CSV"
    b.write_bytes(b"\n".join(lines_of(a)[:10]) + b"\n")
    assert len(tension.read_gdelt([a, b])) == N + 10
    t = tension.read_gdelt([a, b], dedupe=True)
    assert len(t) == N and t == tension.read_gdelt(a)
    assert len(tension.read_gdelt([a, b], dedupe=True, columns=[])) == N


# ---------------------------------------------------------------------- strictness
DAMAGE = {
    # name: (how to damage line k, column named in the error)
    "too few columns": (lambda line, L: line.rsplit(b"\t", 1)[0], lambda L: layout_columns(L)[-1]),
    "too many columns": (lambda line, L: line + b"\textra", lambda L: None),
    "bad date": (lambda line, L: set_field(line, L, "SQLDATE", b"20230230"), lambda L: "SQLDATE"),
    "date not a number": (lambda line, L: set_field(line, L, "SQLDATE", b"2023-06-18"), lambda L: "SQLDATE"),
    "non-numeric Goldstein": (lambda line, L: set_field(line, L, "GoldsteinScale", b"high"), lambda L: "GoldsteinScale"),
    "Goldstein out of range": (lambda line, L: set_field(line, L, "GoldsteinScale", b"12.5"), lambda L: "GoldsteinScale"),
    "empty NumMentions": (lambda line, L: set_field(line, L, "NumMentions", b""), lambda L: "NumMentions"),
    "non-numeric NumMentions": (lambda line, L: set_field(line, L, "NumMentions", b"3.5"), lambda L: "NumMentions"),
    "unknown event code": (lambda line, L: set_field(line, L, "EventCode", b"999"), lambda L: "EventCode"),
    "code lost its zero": (lambda line, L: set_field(line, L, "EventCode", b"42"), lambda L: "EventCode"),
    "bad actor code": (lambda line, L: set_field(line, L, "Actor1Code", b"usa"), lambda L: "Actor1Code"),
    "not UTF-8": (lambda line, L: set_field(line, L, "Actor2Name", b"BEI\xff\xfeJING"), lambda L: "Actor2Name"),
    "carriage return inside": (lambda line, L: set_field(line, L, "Actor1Name", b"WASH\rINGTON"), lambda L: "Actor1Name"),
    "empty line": (lambda line, L: b"", lambda L: None),
}


@pytest.mark.parametrize("layout", [58, 61])
@pytest.mark.parametrize("damage", list(DAMAGE))
def test_each_damage_raises_with_line_and_column(tmp_path, damage, layout):
    """Every kind of damage raises ParseError naming the file, the 1-based line and the column."""
    path = write(tmp_path, layout)
    lines = lines_of(path)
    hurt, column = DAMAGE[damage]
    lines[36] = hurt(lines[36], layout)  # line 37
    lines[120] = hurt(lines[120], layout)  # line 121
    rewrite(path, lines)
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(path)
    e = info.value
    assert (e.path, e.line, e.column) == (str(path), 37, column(layout))
    assert str(path) in str(e) and "line 37" in str(e)


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_each_damage_warns_once_with_count_and_lines(tmp_path, damage):
    """errors='warn' skips the bad rows and emits one warning with their count and line numbers."""
    path = write(tmp_path, 61)
    lines = lines_of(path)
    hurt, _ = DAMAGE[damage]
    for k in (4, 99, 200):
        lines[k] = hurt(lines[k], 61)
    rewrite(path, lines)
    with pytest.warns(TensionWarning) as record:
        t = tension.read_gdelt(path, errors="warn")
    assert len(record) == 1
    msg = str(record[0].message)
    assert "skipped 3 bad rows" in msg and "lines 5, 100, 201" in msg and str(path) in msg
    assert len(t) == N - 3
    rows, bad = gdelt_reference(path)
    assert bad == [5, 100, 201]
    assert t.code.tolist() == [r["code"] for r in rows]


def test_damage_far_into_a_file_is_found_across_blocks(tmp_path, monkeypatch):
    """With small read blocks, line numbers still count from the start of the file."""
    monkeypatch.setattr(_sources, "BLOCK_BYTES", 4096)
    path = write(tmp_path, 61, n=600)
    lines = lines_of(path)
    lines[517] = set_field(lines[517], 61, "EventCode", b"000")
    rewrite(path, lines)
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(path)
    assert (info.value.line, info.value.column, info.value.value) == (518, "EventCode", "000")
    lines[300] = lines[300] + b"\tx"
    rewrite(path, lines)
    with pytest.warns(TensionWarning, match=r"skipped 2 bad rows \(lines 301, 518\)"):
        assert len(tension.read_gdelt(path, errors="warn")) == 598


def test_truncated_zip_raises_in_both_modes(tmp_path):
    """A truncated zip archive raises ParseError naming the file, whatever ``errors`` says."""
    path = write(tmp_path, 61, n=2000, zip=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    for errors in ("raise", "warn"):
        with pytest.raises(ParseError, match="truncated or damaged") as info:
            tension.read_gdelt(path, errors=errors)
        assert info.value.path == str(path)


def test_corrupt_zip_member_raises(tmp_path):
    """A zip whose compressed data is damaged (bad CRC or stream) raises ParseError."""
    path = write(tmp_path, 61, n=2000, zip=True)
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ParseError, match="zip"):
        tension.read_gdelt(path)


def test_empty_file_is_zero_rows(tmp_path):
    """An empty file is zero rows, noted by a warning under errors='warn' (one rule for every reader)."""
    path = tmp_path / "empty.CSV"
    path.write_bytes(b"")
    assert len(tension.read_gdelt(path)) == 0
    with pytest.warns(TensionWarning, match="empty"):
        assert len(tension.read_gdelt(path, errors="warn")) == 0


def test_unknown_layout_raises_on_line_one(tmp_path):
    """A file whose lines have no GDELT column count is refused on line 1."""
    path = tmp_path / "other.CSV"
    path.write_bytes(b"a\tb\tc\n1\t2\t3\n")
    with pytest.raises(ParseError, match="57, 58 or 61") as info:
        tension.read_gdelt(path)
    assert info.value.line == 1


def test_bad_arguments_are_refused(tmp_path):
    """No silent mode; missing files and empty globs are errors."""
    p = write(tmp_path, 61, n=5)
    with pytest.raises(SchemaError, match="no silent mode"):
        tension.read_gdelt(p, errors="ignore")
    with pytest.raises(FileNotFoundError):
        tension.read_gdelt(tmp_path / "missing.CSV")
    with pytest.raises(FileNotFoundError, match="no file matches"):
        tension.read_gdelt(str(tmp_path / "*.nothing"))


def test_crlf_line_endings_are_read(tmp_path):
    """Windows line endings are accepted and do not shift line numbers."""
    path = write(tmp_path, 61, n=50)
    lines = lines_of(path)
    lines[9] = set_field(lines[9], 61, "EventCode", b"999")
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(path)
    assert info.value.line == 10
    with pytest.warns(TensionWarning):
        assert len(tension.read_gdelt(path, errors="warn")) == 49


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hurt=st.lists(st.tuples(st.integers(0, 79), st.sampled_from(sorted(DAMAGE))), max_size=6))
def test_warn_mode_agrees_with_the_reference_reader(tmp_path_factory, hurt):
    """On randomly damaged files the fast reader keeps exactly the rows the line-by-line reference keeps."""
    folder = tmp_path_factory.mktemp("prop")
    path = write(folder, 61, n=80)
    lines = lines_of(path)
    for k, damage in dict(hurt).items():  # one damage per line (the last drawn wins)
        lines[k] = DAMAGE[damage][0](lines[k], 61)
    rewrite(path, lines)
    rows, bad = gdelt_reference(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t = tension.read_gdelt(path, errors="warn")
    assert len(caught) == (1 if bad else 0)
    if bad:
        assert f"skipped {len(bad)} bad row" in str(caught[0].message)
    assert len(t) == len(rows)
    assert t.date.astype(object).tolist() == [r["date"] for r in rows]
    for field in ("actor", "target", "code", "tension", "mentions", "source"):
        assert t[field].tolist() == [r[field] for r in rows], field
    for field in ("quad_class", "avg_tone", "num_sources", "num_articles", "global_event_id"):
        assert t[field].tolist() == [r[field] for r in rows], field


# ---------------------------------------------------------------------- streaming
def test_iter_gdelt_batches_add_up_to_read_gdelt(tmp_path):
    """The batches of iter_gdelt are the rows of read_gdelt, in order, at most batch_rows each."""
    a, b = write(tmp_path, 58, n=700, seed=1), write(tmp_path, 61, n=300, seed=2, zip=True)
    batches = list(tension.iter_gdelt([a, b], batch_rows=256))
    assert [len(x) for x in batches] == [256, 256, 188, 256, 44]
    assert tension.concat(batches) == tension.read_gdelt([a, b])
    us_cn = list(tension.iter_gdelt([a, b], batch_rows=256, dyad="USA:CHN"))
    assert tension.concat(us_cn) == tension.read_gdelt([a, b], dyad="USA:CHN")


def test_iter_gdelt_is_strict_too(tmp_path):
    """iter_gdelt raises at the right line in a later batch, or warns once per file after its batches."""
    path = write(tmp_path, 61, n=500)
    lines = lines_of(path)
    lines[433] = set_field(lines[433], 61, "SQLDATE", b"20231301")
    rewrite(path, lines)
    it = tension.iter_gdelt(path, batch_rows=100)
    got = [len(next(it)) for _ in range(4)]
    assert got == [100] * 4
    with pytest.raises(ParseError) as info:
        next(it)
    assert (info.value.line, info.value.column) == (434, "SQLDATE")
    with pytest.warns(TensionWarning, match=r"skipped 1 bad row \(lines 434\)") as record:
        assert sum(len(x) for x in tension.iter_gdelt(path, batch_rows=100, errors="warn")) == 499
    assert len(record) == 1
    with pytest.raises(SchemaError):
        list(tension.iter_gdelt(path, batch_rows=0))


# ---------------------------------------------------------------------- cache
def test_cache_gives_the_same_table_and_follows_the_file(tmp_path):
    """A cached read equals the first read; changing the file invalidates the copy."""
    path = write(tmp_path, 61, n=400)
    cache = tmp_path / "cache"
    first = tension.read_gdelt(path, cache=cache)
    files = list(cache.glob("*.parquet"))
    assert len(files) == 1
    assert tension.read_gdelt(path, cache=cache) == first
    assert tension.read_gdelt(path, cache=cache, dyad="USA:CHN") == first.dyad("USA", "CHN")
    lines = lines_of(path)[:100]
    rewrite(path, lines)
    os.utime(path, ns=(1, 1))
    assert len(tension.read_gdelt(path, cache=cache)) == 100
    assert len(list(cache.glob("*.parquet"))) == 2


def test_cached_reread_loads_only_the_columns_its_options_need(tmp_path):
    """A copy written under one set of options serves every other: each re-read equals an uncached read."""
    path = _synth.write_gdelt(tmp_path / "g.CSV", 300, layout=61, seed=11, start="2015-02-18", days=400)
    cache = tmp_path / "cache"
    tension.read_gdelt(path, cache=cache)
    for options in ({}, {"root_only": True}, {"max_lag": 3}, {"country_codes": False}, {"columns": ["lag_days"]},
                    {"root_only": True, "max_lag": 0, "country_codes": False, "dyad": "USA:CHN"}):
        assert tension.read_gdelt(path, cache=cache, **options) == tension.read_gdelt(path, **options), options


def test_cache_true_uses_a_folder_next_to_the_file(tmp_path):
    """``cache=True`` keeps the copy in .tension-cache beside the file."""
    path = write(tmp_path, 57, n=30)
    t = tension.read_gdelt(path, cache=True)
    assert len(list((tmp_path / ".tension-cache").glob("*.parquet"))) == 1
    assert tension.read_gdelt(path, cache=True) == t


def test_cached_read_remembers_skipped_rows(tmp_path):
    """A copy made under errors='warn' warns again when read, and raises under errors='raise'."""
    path = write(tmp_path, 61, n=60)
    lines = lines_of(path)
    lines[7] = set_field(lines[7], 61, "EventCode", b"999")
    rewrite(path, lines)
    cache = tmp_path / "c"
    with pytest.warns(TensionWarning, match=r"skipped 1 bad row \(lines 8\)"):
        tension.read_gdelt(path, errors="warn", cache=cache)
    with pytest.warns(TensionWarning, match=r"skipped 1 bad row \(lines 8\)"):
        assert len(tension.read_gdelt(path, errors="warn", cache=cache)) == 59
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(path, cache=cache)
    assert (info.value.line, info.value.column) == (8, "EventCode")


# ---------------------------------------------------------------------- CLI
def test_cli_gdelt_prints_and_writes_the_dyad_series(tmp_path, capsys):
    """`tension gdelt FILES --dyad USA:CHN --freq M` prints the series, or writes it with --out."""
    a, b = write(tmp_path, 58, n=300), write(tmp_path, 61, n=300, zip=True)
    out = io.StringIO()
    assert main(["gdelt", str(a), str(b), "--dyad", "USA:CHN", "--freq", "M"], out=out) == 0
    want = tension.read_gdelt([a, b], dyad="USA:CHN").series("M")
    text = [line for line in out.getvalue().splitlines() if not line.startswith("#")]
    assert text[0].split() == ["period", "value", "count"] and len(text) == int((want.counts > 0).sum()) + 1
    target = tmp_path / "s.csv"
    assert main(["gdelt", str(tmp_path / "*.CSV*"), "--dyad", "USA:CHN", "--freq", "D", "--out", str(target)],
                out=io.StringIO()) == 0
    assert target.read_text().count("\n") == len(tension.read_gdelt([a, b], dyad="USA:CHN").series("D")) + 1


def test_cli_gdelt_reports_errors_and_warnings(tmp_path, capsys):
    """A damaged file exits 1 with the ParseError; with --errors warn the warning goes to stderr."""
    path = write(tmp_path, 61, n=40)
    lines = lines_of(path)
    lines[2] = set_field(lines[2], 61, "GoldsteinScale", b"x")
    rewrite(path, lines)
    assert main(["gdelt", str(path)], out=io.StringIO()) == 1
    assert "line 3, column 'GoldsteinScale'" in capsys.readouterr().err
    assert main(["gdelt", str(path), "--errors", "warn"], out=io.StringIO()) == 0
    assert "tension: warning:" in capsys.readouterr().err


def test_zip_with_several_members_reads_each(tmp_path):
    """A zip holding several GDELT files reads them all and names the member in errors."""
    a, b = write(tmp_path, 61, n=20, seed=1), write(tmp_path, 58, n=30, seed=2)
    lines = lines_of(b)
    lines[4] = set_field(lines[4], 58, "EventCode", b"999")
    rewrite(b, lines)
    z = tmp_path / "two.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(a, "a.CSV")
        zf.write(b, "b.CSV")
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(z)
    assert info.value.path == f"{z}!b.CSV" and info.value.line == 5
    with pytest.warns(TensionWarning):
        assert len(tension.read_gdelt(z, errors="warn")) == 49


def test_reader_tables_equal_validated_from_arrays(tmp_path):
    """The reader's table (built from pre-validated columns) equals EventTable.from_arrays on its columns."""
    from tension.schema import COLUMNS

    for t in (tension.read_gdelt(write(tmp_path, 61, n=500)), tension.read_gdelt(write(tmp_path, 57, n=50))):
        again = tension.EventTable.from_arrays(**{c: t[c] for c in COLUMNS}, **t.extras)
        assert again == t
        assert {c: again[c].dtype for c in COLUMNS} == {c: t[c].dtype for c in COLUMNS}
        assert all(not t[c].flags.writeable for c in COLUMNS)


def test_deferred_text_columns_convert_on_use(tmp_path):
    """SOURCEURL and text extras are converted on first use, to the same StringDType arrays, through selections and pickling."""
    import pickle

    from numpy.dtypes import StringDType

    p = write(tmp_path, 61, n=300)
    cols = ["source", "ActionGeo_FullName"]
    expected, _ = gdelt_reference(p)
    t = tension.read_gdelt(p, columns=cols)
    sel = t.select(np.arange(len(t)) % 3 == 0)[5:40]
    assert sel.source.tolist() == [r["source"] for r in expected][::3][5:40]
    assert t.source.dtype == StringDType() and not t.source.flags.writeable
    assert t.source.tolist() == [r["source"] for r in expected]
    assert t["ActionGeo_FullName"].dtype == StringDType()
    for table in (tension.read_gdelt(p, columns=cols), tension.read_gdelt(p, columns=cols)[10:20]):
        again = pickle.loads(pickle.dumps(table))
        assert again == table and again.source.tolist() == table.source.tolist()


def _lead_reference(code: str, country: str) -> str:
    """Readable reference of gdelt._lead_with_country, one row at a time."""
    if not country or code.startswith(country):
        return code
    if code.endswith(country):
        return country + code[: -len(country)]
    return country + code


def test_lead_with_country_agrees_with_its_reference():
    """The dictionary-position version gives the row-by-row rule's codes (chunked and dictionary inputs too)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tension.io import gdelt

    rows = st.lists(st.tuples(st.sampled_from(["", "USA", "MNCUSA", "USAGOV", "IGO", "CHN", "GOVCHN", "CHNUSA"]),
                              st.sampled_from(["", "USA", "CHN", "TWN"])), min_size=1, max_size=30)

    @settings(max_examples=200, deadline=None)
    @given(rows, st.integers(0, 30), st.booleans())
    def check(pairs, cut, encode):
        codes, countries = [p[0] for p in pairs], [p[1] for p in pairs]
        cut = min(cut, len(pairs))

        def column(values):
            col = pa.chunked_array([values[:cut], values[cut:]], type=pa.string())
            return pc.dictionary_encode(col) if encode else col

        got = gdelt._lead_with_country(column(codes), column(countries))
        assert pc.cast(got, pa.string()).to_pylist() == [_lead_reference(a, c) for a, c in pairs]

    check()


def test_detect_layout_looks_at_the_first_100_lines_only():
    """A known column count on line 100 decides; one on line 101 is not looked at."""
    from tension.io.gdelt import detect_layout

    good = b"\t".join([b"x"] * 58)
    assert detect_layout(b"bad\n" * 99 + good + b"\n" + b"bad\n" * 5000) == 58
    assert detect_layout(b"bad\n" * 99 + good) == 58
    with pytest.raises(ParseError):
        detect_layout(b"bad\n" * 100 + good + b"\n")
