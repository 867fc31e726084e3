"""Regression tests of issue 14: hostile files and text (nothing lost, bounded memory, errors name file and line)."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tension
from tension import ParseError, SkippedInputWarning
from tension.cli import main
from tension.io import _sources, _synth, _tsv
from tension.io.gdelt import layout_columns


def gdelt_lines(tmp_path: Path, n: int = 50, layout: int = 58, seed: int = 1) -> list[bytes]:
    path = _synth.write_gdelt(tmp_path / "src.CSV", n, layout=layout, seed=seed)
    return path.read_bytes().split(b"\n")[:-1]


def set_field(line: bytes, column: str, value: bytes, layout: int = 58) -> bytes:
    fields = line.split(b"\t")
    fields[layout_columns(layout).index(column)] = value
    return b"\t".join(fields)


def write(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def read_warn(reader, path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t = reader(path, errors="warn", **kw)
    skipped = [w for w in caught if issubclass(w.category, SkippedInputWarning)]
    return t, skipped


# ---------------------------------------------------------------------- 1. ICEWS header > 1 MB
def test_icews_long_header_loses_no_rows(tmp_path):
    """A header line longer than 1 MB still leaves every row of the first block to be read."""
    path = _synth.write_icews(tmp_path / "e.tab", 40, seed=3)
    head, rest = path.read_bytes().split(b"\n", 1)
    path.write_bytes(head + b"\t" + b"x" * (2 << 20) + b"\n" + b"\n".join(line + b"\t" for line in rest.split(b"\n")[:-1]) + b"\n")
    assert len(tension.read_icews(path)) == 40


# ---------------------------------------------------------------------- 2. multi-megabyte SOURCEURL
@pytest.mark.parametrize("errors", ["raise", "warn"])
def test_gdelt_multi_megabyte_url_is_read(tmp_path, errors):
    """A row with a 5 MB SOURCEURL is valid data in both modes."""
    lines = gdelt_lines(tmp_path)
    url = b"https://example.com/" + b"a" * (5 << 20)
    lines[7] = set_field(lines[7], "SOURCEURL", url)
    t = tension.read_gdelt(write(tmp_path / "big.CSV", lines), errors=errors)
    assert len(t) == 50 and len(t.source[7]) == len(url)
    assert sum(len(b) for b in tension.iter_gdelt(tmp_path / "big.CSV", batch_rows=10, errors=errors)) == 50


def test_line_over_the_limit_names_its_line(tmp_path, monkeypatch):
    """A line over MAX_LINE_BYTES is refused in both modes, naming the file and the line."""
    monkeypatch.setattr(_sources, "MAX_LINE_BYTES", 1 << 16)
    monkeypatch.setattr(_tsv, "MAX_LINE_BYTES", 1 << 16)
    lines = gdelt_lines(tmp_path)
    lines[12] = set_field(lines[12], "SOURCEURL", b"u" * (1 << 17))
    path = write(tmp_path / "long.CSV", lines)
    for errors in ("raise", "warn"):
        with pytest.raises(ParseError, match="at most") as info:
            tension.read_gdelt(path, errors=errors)
        assert info.value.line == 13 and info.value.path == str(path)


def test_absurd_line_in_a_zip_fails_early_with_bounded_memory(tmp_path, monkeypatch):
    """A zipped line longer than the limit is refused before it is read whole."""
    monkeypatch.setattr(_sources, "MAX_LINE_BYTES", 1 << 16)
    monkeypatch.setattr(_sources, "BLOCK_BYTES", 1 << 14)
    lines = gdelt_lines(tmp_path, n=30)
    path = tmp_path / "z.CSV.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("z.CSV", b"\n".join(lines[:20]) + b"\n" + b"x" * (1 << 20) + b"\n")
    with pytest.raises(ParseError, match="at most") as info:
        tension.read_gdelt(path, errors="warn")
    assert info.value.line == 21


# ---------------------------------------------------------------------- 3. carriage returns and line numbers
def test_carriage_return_joining_rows_is_one_bad_row(tmp_path):
    """A lone CR between two rows makes one bad line; later lines keep their numbers in both readers."""
    lines = gdelt_lines(tmp_path)
    lines[3] = lines[3] + b"\r" + lines[4]
    del lines[4]
    lines[30] = set_field(lines[30], "GoldsteinScale", b"x")  # line 31 of the file
    path = write(tmp_path / "cr.CSV", lines)
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(path)
    assert info.value.line == 4
    t, w = read_warn(tension.read_gdelt, path)
    assert len(t) == 47 and "skipped 2 bad rows (lines 4, 31)" in str(w[0].message)
    batches = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        batches = list(tension.iter_gdelt(path, errors="warn", batch_rows=7))
    assert sum(len(b) for b in batches) == 47
    assert "(lines 4, 31)" in str(caught[0].message)


# ---------------------------------------------------------------------- 4. one rule for values
DOUBTFUL = [(b" 5", "GoldsteinScale"), (b"+5", "GoldsteinScale"), (b"5 ", "GoldsteinScale"),
            (b" 20230101", "SQLDATE"), (b"0x10", "NumMentions"), (b"\xef\xbb\xbf3", "NumMentions")]


@pytest.mark.parametrize(("value", "column"), DOUBTFUL)
def test_values_are_judged_the_same_whatever_the_neighbours(tmp_path, value, column):
    """Spaces, '+', hex and a BOM inside a number are bad rows, in a clean block or a damaged one."""
    lines = gdelt_lines(tmp_path)
    lines[5] = set_field(lines[5], column, value)
    clean = write(tmp_path / "clean.CSV", lines)
    with pytest.raises(ParseError) as info:
        tension.read_gdelt(clean)
    assert (info.value.line, info.value.column) == (6, column)
    lines[20] = b"damaged"
    t, w = read_warn(tension.read_gdelt, write(tmp_path / "damaged.CSV", lines))
    assert len(t) == 48 and "(lines 6, 21)" in str(w[0].message)


def test_nineteen_digit_ids_and_a_leading_bom_are_read(tmp_path):
    """A 19-digit integer within int64 and a BOM at the start of a file are good, whatever the neighbours."""
    lines = gdelt_lines(tmp_path)
    lines[0] = b"\xef\xbb\xbf" + lines[0]
    lines[5] = set_field(lines[5], "GLOBALEVENTID", b"9223372036854775807")
    cols = ["global_event_id"]
    assert tension.read_gdelt(write(tmp_path / "a.CSV", lines), columns=cols).extras["global_event_id"][5] == 2**63 - 1
    lines[9] = b"damaged"
    t, _ = read_warn(tension.read_gdelt, write(tmp_path / "b.CSV", lines), columns=cols)
    assert len(t) == 49 and t.extras["global_event_id"][5] == 2**63 - 1
    lines[5] = set_field(lines[5], "GLOBALEVENTID", b"9223372036854775808")
    with pytest.raises(ParseError, match="whole number"):
        tension.read_gdelt(write(tmp_path / "c.CSV", lines), columns=cols)


# ---------------------------------------------------------------------- 5. bounded memory under warn
def test_warn_keeps_a_bounded_report(tmp_path):
    """200,000 bad rows are counted; the report keeps only the first line numbers."""
    path = tmp_path / "blank.CSV"
    lines = gdelt_lines(tmp_path, n=3)
    path.write_bytes(lines[0] + b"\n" + b"\n" * 200_000 + lines[1] + b"\n")
    report = _tsv.BadRows(str(path))
    member = _sources.members(path)[0]
    from tension.io.gdelt import _read_member

    rows = sum(t.num_rows for t in _read_member(member, (), False, "warn", None, report))
    assert rows == 2 and report.count == 200_000
    assert report.lines == list(range(2, 2 + report.keep))


# ---------------------------------------------------------------------- 7. globs and folders
def test_glob_matching_a_folder_skips_it(tmp_path):
    """A glob that also matches a folder reads the files it matches; only folders is a clear error."""
    _synth.write_gdelt(tmp_path / "a.CSV", 5, layout=58)
    (tmp_path / "b.CSV").mkdir()
    assert len(tension.read_gdelt(tmp_path / "*.CSV")) == 5
    with pytest.raises(FileNotFoundError, match="folder"):
        tension.read_gdelt(tmp_path / "b*")
    with pytest.raises(FileNotFoundError, match="is a folder"):
        tension.read_gdelt(tmp_path / "b.CSV")


def test_cli_glob_matching_a_folder_prints_one_line(tmp_path, capsys):
    (tmp_path / "b.CSV").mkdir()
    assert main(["gdelt", str(tmp_path / "b*"), "--out", str(tmp_path / "o.csv")]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "folder" in err and len(err.strip().splitlines()) == 1


# ---------------------------------------------------------------------- 13. empty files
@pytest.mark.parametrize("reader", ["gdelt", "icews", "jsonl", "csv", "parquet", "gdelt_zip"])
def test_an_empty_file_is_zero_rows(tmp_path, reader):
    """One rule in every reader: an empty file is zero rows (noted by a warning under errors='warn')."""
    name = {"gdelt": "e.CSV", "icews": "e.tab", "jsonl": "e.jsonl", "csv": "e.csv", "parquet": "e.parquet",
            "gdelt_zip": "e.CSV.zip"}[reader]
    path = tmp_path / name
    if reader == "gdelt_zip":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("e.CSV", b"")
    else:
        path.write_bytes(b"")
    fn = {"gdelt": tension.read_gdelt, "gdelt_zip": tension.read_gdelt, "icews": tension.read_icews,
          "jsonl": tension.read_jsonl, "csv": tension.read_csv, "parquet": tension.read_parquet}[reader]
    assert len(fn(path)) == 0
    if reader in ("gdelt", "gdelt_zip", "icews"):
        with pytest.warns(SkippedInputWarning, match="empty"):
            assert len(fn(path, errors="warn")) == 0
        assert sum(len(b) for b in tension.iter_gdelt(path)) == 0 if reader != "icews" else True


def test_dask_series_over_a_folder_with_empty_files(tmp_path):
    """A Dask job over a GDELT folder holding empty 15-minute files completes with the right series."""
    pytest.importorskip("distributed")
    from tension.dask import gdelt_series

    _synth.write_gdelt(tmp_path / "20230101000000.export.CSV", 300, layout=61, seed=5)
    (tmp_path / "20230101001500.export.CSV").write_bytes(b"")
    _synth.write_gdelt(tmp_path / "20230101003000.export.CSV", 200, layout=61, seed=6)
    (tmp_path / "20230101004500.export.CSV").write_bytes(b"")
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0",
                      silence_logs=40) as cluster, Client(cluster) as client:
        got = gdelt_series(tmp_path, freq="D", client=client)  # the folder itself
    want = tension.read_gdelt(tmp_path / "*.CSV", dyad=("USA", "CHN")).series("D")
    np.testing.assert_array_equal(got.dates, want.dates)
    np.testing.assert_array_equal(got.counts, want.counts)
    np.testing.assert_allclose(got.values, want.values, rtol=1e-12, atol=1e-9, equal_nan=True)


# ---------------------------------------------------------------------- 6. a damaged Parquet cache
@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_damaged_cache_is_reported_and_rebuilt(tmp_path, damage):
    """A corrupted cache file is named with its source in a warning, and rebuilt from the source."""
    src = _synth.write_gdelt(tmp_path / "a.CSV", 80, layout=61, seed=2)
    cache = tmp_path / "cache"
    first = tension.read_gdelt(src, cache=cache)
    (target,) = cache.glob("*.parquet")
    data = target.read_bytes()
    target.write_bytes({"truncate": data[: len(data) // 2], "garbage": b"x" * len(data), "empty": b""}[damage])
    with pytest.warns(tension.CacheRebuiltWarning) as caught:
        again = tension.read_gdelt(src, cache=cache)
    message = str(caught[0].message)
    assert str(target) in message and str(src) in message and "rebuilt" in message
    assert again == first
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert tension.read_gdelt(src, cache=cache) == first  # the rebuilt cache reads cleanly


# ---------------------------------------------------------------------- 8. CSV round trips of float extras
def test_csv_round_trips_float_extras_with_nan_and_inf(tmp_path):
    """Float extras stay floats (0., 1., 2.) and NaN, inf, -inf, -0. and tiny values survive the CSV."""
    weird = np.array([0.0, 1.0, 2.0, np.nan, np.inf, -np.inf, -0.0, 1e-300, 0.1 + 0.2, 123456789012345678.0])
    n = len(weird)
    t = tension.EventTable.from_arrays(date=["2023-06-18"] * n, actor=["USA"] * n, target=["CHN"] * n,
                                       code=["042"] * n, tension=np.zeros(n), w=weird, whole=np.array([0., 1., 2.] * 3 + [3.]))
    path = tmp_path / "e.csv"
    t.to_csv(path)
    back = tension.read_csv(path)
    assert back.extras["w"].dtype == np.float64 and back.extras["whole"].dtype == np.float64
    np.testing.assert_array_equal(back.extras["w"], weird)  # NaN == NaN here
    assert np.signbit(back.extras["w"][6])
    assert back == t


# ---------------------------------------------------------------------- 9. clear errors in read_jsonl and read_csv
ROW = '{"date": "2023-06-18", "actor": "USA", "target": "CHN", "code": "042", "tension": -1.9}'


@pytest.mark.parametrize(("line", "column", "says"), [
    ("[" * 100_000 + "]" * 100_000, None, "nested"),
    ('{"date": "2023-06-18", "actor": "USA", "target": "CHN", "code": "042", "tension": -1.9, "n": ' + "7" * 5000 + "}",
     None, "convertible"),
    ('{"date": "2023-06-18", "actor": "USA", "target": "CHN", "code": "042", "tension": -1.9, "actor": "RUS"}',
     "actor", "once"),
])
def test_read_jsonl_hostile_lines_name_file_and_line(tmp_path, line, column, says):
    """Deep nesting, a 5,000-digit number and a duplicated key are ParseErrors (ValueErrors) naming file and line."""
    path = tmp_path / "e.jsonl"
    path.write_text(ROW + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ParseError, match=says) as info:
        tension.read_jsonl(path)
    assert isinstance(info.value, ValueError) and isinstance(info.value, tension.TensionError)
    assert (info.value.path, info.value.line, info.value.column) == (str(path), 3, column)


def test_read_csv_duplicate_header_names_the_column(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("date,actor,target,code,tension,actor\n2023-06-18,USA,CHN,042,-1.9,RUS\n", encoding="utf-8")
    with pytest.raises(ParseError, match="once") as info:
        tension.read_csv(path)
    assert (info.value.path, info.value.line, info.value.column) == (str(path), 1, "actor")


# ---------------------------------------------------------------------- 11. truncated .jsonl.gz
def _truncated_gz(tmp_path: Path, name: str, line: str, n: int = 2000) -> Path:
    import gzip

    path = tmp_path / name
    data = gzip.compress(("\n".join([line] * n) + "\n").encode())
    path.write_bytes(data[: len(data) // 2])
    return path


def test_truncated_jsonl_gz_names_the_file(tmp_path):
    path = _truncated_gz(tmp_path, "e.jsonl.gz", ROW)
    with pytest.raises(ParseError, match="truncated") as info:
        tension.read_jsonl(path)
    assert info.value.path == str(path) and info.value.line is not None and info.value.line > 1


def test_cli_score_truncated_gz_prints_one_line(tmp_path, capsys):
    path = _truncated_gz(tmp_path, "c.jsonl.gz", '{"id": "a", "published": "2023-06-18", "text": "China and the US met."}')
    assert main(["score", str(path), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(path) in err and len(err.strip().splitlines()) == 1


# ---------------------------------------------------------------------- 10. text functions never raise raw errors
def test_extract_events_copes_with_lone_surrogates():
    """A lone surrogate becomes U+FFFD (offsets kept); score_texts already copes the same way."""
    text = "China and the United States \ud800 clashed over Taiwan."
    t = tension.extract_events(text, published="2023-06-18")
    assert len(t) >= 1  # a joint clash may be coded in both directions
    assert all("\ufffd" in ev and e - s == len(ev) for ev, s, e in zip(t.evidence, t.start, t.end))
    assert len(tension.extract_corpus([{"id": "a", "published": "2023-06-18", "text": text}])) == len(t)


@pytest.mark.parametrize("field", ["evidence", "source"])
def test_from_arrays_names_a_lone_surrogate(field):
    kw = dict(date=["2023-06-18"] * 2, actor=["USA"] * 2, target=["CHN"] * 2, code=["042"] * 2, tension=[1.0, 2.0])
    kw[field] = ["fine", "bad \udcff here"]
    with pytest.raises(tension.SchemaError, match="surrogate") as info:
        tension.EventTable.from_arrays(**kw)
    assert (info.value.field, info.value.row) == (field, 1)


@pytest.mark.parametrize(("text", "published"), [
    ("Last week China condemned the United States.", "0001-01-01"),
    ("Next year China will condemn the United States.", "9999-12-31"),
    ("Two days ago China condemned the United States.", "0001-01-01"),
    ("Next month China will condemn the United States.", "9999-12-31"),
])
def test_relative_dates_at_the_ends_of_the_calendar(text, published):
    """A relative phrase that would leave years 1-9999 is not resolved; the event keeps its publication day."""
    t = tension.extract_events(text, published=published)
    assert len(t) == 1 and str(t.date[0]) == published


# ---------------------------------------------------------------------- 12. absurd windows
def test_absurd_windows_cost_no_more_than_the_series():
    """window=10**8 over 100 points: same result as window=n (all NaN by default, values with min_periods)."""
    import time

    from tension.indices import stability, volatility

    s = tension.Series(dates=np.arange("2020-01-01", "2020-04-10", dtype="datetime64[D]"),
                       values=np.random.default_rng(0).normal(size=100), counts=np.ones(100, np.int64), freq="D")
    t0 = time.perf_counter()
    big = volatility(s, window=10**8, min_periods=2)
    st = stability(s, window=10**8, min_periods=2, scale=1.0)
    assert time.perf_counter() - t0 < 5
    np.testing.assert_allclose(big.values, volatility(s, window=100, min_periods=2).values, equal_nan=True)
    np.testing.assert_allclose(st.values, stability(s, window=100, min_periods=2, scale=1.0).values, equal_nan=True)
    assert np.isnan(volatility(s, window=10**8).values).all()  # min_periods defaults to half the window
    from tension.indices.spikes import robust_z

    z, _ = robust_z(s, window=10**8, min_periods=3)
    np.testing.assert_allclose(z, robust_z(s, window=99, min_periods=3)[0], equal_nan=True)


# ---------------------------------------------------------------------- 14. one rule for missing output folders
def test_every_out_creates_missing_folders(tmp_path, capsys):
    """`tension series --out`, `index --out`, `score --docs` and `plot --out` all create missing folders."""
    events = tmp_path / "e.jsonl"
    tension.EventTable.from_arrays(date=["2023-06-18", "2023-07-02"], actor=["USA", "CHN"], target=["CHN", "USA"],
                                   code=["042", "111"], tension=[-1.9, 2.0]).to_jsonl(events)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "published": "2023-06-18", "text": "China condemned the US."}\n', encoding="utf-8")
    runs = {
        "series": ["series", str(events), "--out", str(tmp_path / "a" / "b" / "s.csv")],
        "index": ["index", str(events), "--kind", "level", "--out", str(tmp_path / "c" / "d" / "i.csv")],
        "score": ["score", str(corpus), "--no-progress", "--docs", str(tmp_path / "e" / "docs.csv"),
                  "--out", str(tmp_path / "f" / "s.csv")],
    }
    for argv in runs.values():
        assert main(argv) == 0, capsys.readouterr().err
    for name in ("a/b/s.csv", "c/d/i.csv", "e/docs.csv", "f/s.csv"):
        assert (tmp_path / name).is_file()
    pytest.importorskip("matplotlib")
    assert main(["plot", str(events), "--out", str(tmp_path / "g" / "h" / "p.png")]) == 0
    assert (tmp_path / "g" / "h" / "p.png").is_file()


# ---------------------------------------------------------------------- the fast path's guard
def _doubtful_reference(data: bytes) -> bool:
    """Readable reference of _tsv._doubtful: which blocks pyarrow might read otherwise than the line scan."""
    if b"\xef\xbb\xbf" in data:
        return True
    body = data[:-1] if data.endswith(b"\n") else data
    for line in body.split(b"\n"):
        if line.endswith(b"\r"):
            line = line[:-1]
        if line == b"" or b"\r" in line:
            return True
        for f in line.split(b"\t"):
            if f.startswith((b" ", b"+", b"0x", b"0X")) or f.endswith(b" "):
                return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"a", b"0", b"x", b" ", b"+", b"\t", b"\n", b"\r", b"\r\n", b"\xef\xbb\xbf", b"5"]),
                min_size=1, max_size=30).map(b"".join))
def test_fast_path_guard_agrees_with_its_reference(data):
    assert _tsv._doubtful(memoryview(data)) == _doubtful_reference(data)


def test_empty_lines_never_reach_pyarrow(tmp_path):
    """pyarrow reads an empty line as a row of nulls: a block with one goes to the line scan (bounded memory)."""
    lines = gdelt_lines(tmp_path, n=3)
    assert _tsv._doubtful(memoryview(lines[0] + b"\n\n" + lines[1] + b"\n"))
    assert not _tsv._doubtful(memoryview(lines[0] + b"\n" + lines[1] + b"\n"))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=24) | st.lists(st.sampled_from([b"a", b"1", b"\t", b"\n", b" ", b"+", b"0", b"x", b"X",
                                                          b"\r", b"\xef\xbb\xbf"]), max_size=24).map(b"".join))
def test_doubtful_shortcut_agrees_with_the_full_scan(data):
    """The block guard's shortcut (byte classes, places that can matter) gives the full vectorized scan's verdict."""
    from tension.io._tsv import _doubtful, _doubtful_scan

    assert _doubtful(memoryview(data)) == _doubtful_scan(memoryview(data))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"a", b"1", b"\t", b"\n", b" ", b"+", b"0", b"x", b"X", b"\r", b"\xef\xbb\xbf"]),
                max_size=40).map(b"".join), st.integers(1, 8))
def test_doubtful_shortcut_agrees_across_windows(data, window):
    """The shortcut copies a block window by window: a pattern across a window's edge still counts."""
    from tension.io import _tsv as tsv

    saved = tsv._GUARD_WINDOW
    tsv._GUARD_WINDOW = window
    try:
        assert tsv._doubtful(memoryview(data)) == tsv._doubtful_scan(memoryview(data))
    finally:
        tsv._GUARD_WINDOW = saved
