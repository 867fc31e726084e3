"""tension.dask on a real distributed.LocalCluster (2 worker processes) gives single-machine results."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

import tension
from tension.exceptions import ParseError, TensionWarning
from tension.io._synth import write_gdelt

distributed = pytest.importorskip("distributed")
import tension.dask as tdask  # noqa: E402


@pytest.fixture(scope="module")
def client():
    """One 2-process local cluster for the whole module (starting one costs seconds)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as cluster:
        with distributed.Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def gdelt_files(tmp_path_factory) -> list[Path]:
    """Many small GDELT files of uneven sizes and all three layouts, one zipped."""
    d = tmp_path_factory.mktemp("gdelt")
    sizes = [1, 7, 250, 40, 1200, 3, 600]
    files = [write_gdelt(d / f"f{i:02d}.CSV", n, seed=i, layout=(61, 58, 57)[i % 3]) for i, n in enumerate(sizes)]
    files.append(write_gdelt(d / "z.export.CSV.zip", 300, seed=99, zip=True))
    return files


def assert_same_series(a: tension.Series, b: tension.Series) -> None:
    """Two series have the same periods and counts, and values equal to float rounding."""
    assert a.freq == b.freq and a.how == b.how
    np.testing.assert_array_equal(a.dates, b.dates)
    np.testing.assert_array_equal(a.counts, b.counts)
    np.testing.assert_allclose(a.values, b.values, rtol=1e-12, atol=1e-9, equal_nan=True)


@pytest.mark.parametrize("freq", ["D", "W", "M"])
@pytest.mark.parametrize(("how", "weight"), [("sum", None), ("mean", None), ("mean", "mentions"), ("count", "mentions")])
def test_gdelt_series_equals_single_machine(client, gdelt_files, freq, how, weight):
    """The cluster's series equals reading every file on one machine, for every reducer and weight."""
    got = tdask.gdelt_series(gdelt_files, freq=freq, how=how, weight=weight, client=client, split_every=3)
    want = tension.read_gdelt(gdelt_files, dyad=("USA", "CHN")).series(freq, how=how, weight=weight)
    assert_same_series(got, want)


def test_gdelt_series_without_dyad_and_with_range(client, gdelt_files):
    """dyad=None keeps every event, and start/end fix the range of periods."""
    got = tdask.gdelt_series(gdelt_files, dyad=None, freq="M", start="2014-01-01", end="2016-12-31", client=client)
    want = tension.read_gdelt(gdelt_files).series("M", start="2014-01-01", end="2016-12-31")
    assert_same_series(got, want)


def test_gdelt_series_damaged_file_raises_with_its_name(client, gdelt_files, tmp_path):
    """A damaged file among good ones raises a ParseError naming that file and its line."""
    bad = tmp_path / "damaged.CSV"
    lines = Path(gdelt_files[2]).read_text(encoding="utf-8").splitlines(keepends=True)
    cols = lines[4].split("\t")
    cols[1] = "2015X301"  # SQLDATE
    lines[4] = "\t".join(cols)
    bad.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ParseError) as info:
        tdask.gdelt_series([*gdelt_files, bad], client=client)
    assert info.value.path.endswith("damaged.CSV") and info.value.line == 5


def test_gdelt_series_bad_file_raises_like_one_machine(client, gdelt_files, tmp_path):
    """A damaged file fails on the cluster exactly as it does on one machine: named, never dropped."""
    bad = tmp_path / "bad.CSV"
    bad.write_bytes(b"not\ta\tgdelt\tfile\n")
    with pytest.raises(ParseError) as one:
        tension.read_gdelt([*gdelt_files, bad])
    with pytest.raises(ParseError) as many:
        tdask.gdelt_series([*gdelt_files, bad], client=client)
    assert str(many.value) == str(one.value)


def test_gdelt_series_empty_file_is_zero_rows_like_one_machine(client, gdelt_files, tmp_path):
    """An empty file (real 15-minute archive folders hold some) is zero rows on the cluster as on one machine."""
    empty = tmp_path / "empty.CSV"
    empty.write_bytes(b"")
    got = tdask.gdelt_series([*gdelt_files, empty], client=client)
    assert_same_series(got, tension.read_gdelt([*gdelt_files, empty], dyad=("USA", "CHN")).series("D"))


def test_gdelt_series_warnings_from_workers_reach_the_caller(client, gdelt_files, tmp_path):
    """errors='warn' on the workers re-emits each file's warning in the caller with the same count."""
    bad = tmp_path / "twobad.CSV"
    lines = Path(gdelt_files[4]).read_text(encoding="utf-8").splitlines(keepends=True)
    for i in (2, 9):
        cols = lines[i].split("\t")
        cols[26] = "999"  # EventCode not in CAMEO
        lines[i] = "\t".join(cols)
    bad.write_text("".join(lines), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = tdask.gdelt_series([gdelt_files[0], bad], errors="warn", dyad=None, client=client)
    with warnings.catch_warnings(record=True) as caught_one:
        warnings.simplefilter("always")
        want = tension.read_gdelt([gdelt_files[0], bad], errors="warn").series("D")
    assert [str(w.message) for w in caught if issubclass(w.category, TensionWarning)] == [
        str(w.message) for w in caught_one if issubclass(w.category, TensionWarning)
    ]
    assert len([w for w in caught if issubclass(w.category, TensionWarning)]) == 1
    assert_same_series(got, want)


def test_partition_error_names_the_file_and_pickles():
    """A non-tension failure on a worker is wrapped with the file name and survives pickling."""
    import pickle

    err = tdask.PartitionError("/data/x.CSV", "MemoryError: out of memory")
    back = pickle.loads(pickle.dumps(err))
    assert isinstance(back, tension.TensionError) and isinstance(back, RuntimeError)
    assert str(back) == "/data/x.CSV: partition failed: MemoryError: out of memory"


def test_client_by_scheduler_address(client, gdelt_files):
    """A scheduler address string connects to that cluster (as for a real remote one)."""
    got = tdask.gdelt_series(gdelt_files[:3], freq="M", client=client.scheduler.address)
    want = tension.read_gdelt(gdelt_files[:3], dyad=("USA", "CHN")).series("M")
    assert_same_series(got, want)


SENTENCES = [
    "The United States and China signed a trade agreement on Monday.",
    "China imposed sanctions on the United States last week.",
    "Secretary of State Antony Blinken visited Beijing in February.",
    "Chinese Defense Minister Li Shangfu declined to meet Lloyd Austin.",
    "The weather in Paris was mild and the markets were quiet.",
    "Beijing accused Washington of interfering in its internal affairs.",
    "Japan and South Korea agreed to boost dialogue.",
]


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory) -> list[Path]:
    """JSONL corpus files of uneven sizes (one empty) and one plain text file."""
    import json

    rng = np.random.default_rng(7)
    d = tmp_path_factory.mktemp("corpus")
    files = []
    for i, n in enumerate([0, 1, 13, 4, 40]):
        lines = []
        for j in range(n):
            text = " ".join(SENTENCES[k] for k in rng.integers(0, len(SENTENCES), 4))
            day = f"2023-{1 + (i + j) % 12:02d}-{1 + j % 27:02d}"
            lines.append(json.dumps({"id": f"{i}-{j}", "published": day, "text": text}))
        p = d / f"c{i}.jsonl"
        p.write_text("\n".join(lines), encoding="utf-8")
        files.append(p)
    txt = d / "article.txt"
    txt.write_text(" ".join(SENTENCES), encoding="utf-8")
    files.append(txt)
    return files


def _docs_in_order(files: list[Path], published: str) -> list[tuple[str, str, str]]:
    from tension.io.documents import iter_documents, read_text

    docs: list[tuple[str, str, str]] = []
    for f in files:
        docs.extend(iter_documents(f) if f.suffix == ".jsonl" else [(f.name, published, read_text(f))])
    return docs


def test_extract_corpus_equals_single_machine(client, corpus_files):
    """Extraction on the cluster gives the same table as extracting every document in order."""
    got = tdask.extract_corpus(corpus_files, published="2023-06-19", client=client)
    want = tension.extract_corpus(_docs_in_order(corpus_files, "2023-06-19"))
    assert len(want) > 0 and got == want


def test_extract_corpus_writes_parquet_partitions(client, corpus_files, tmp_path):
    """With out=, each partition is written as Parquet and together they hold the whole table."""
    paths = tdask.extract_corpus(corpus_files, published="2023-06-19", out=tmp_path / "parts", client=client)
    assert [Path(p).name for p in paths] == [f"part-{i:05d}.parquet" for i in range(len(corpus_files))]
    got = tension.concat(tension.read_parquet(p) for p in paths)
    assert got == tension.extract_corpus(_docs_in_order(corpus_files, "2023-06-19"))


def test_extract_corpus_damaged_file_raises_with_its_name(client, corpus_files, tmp_path):
    """A corpus file with bytes that are not UTF-8 raises a ParseError naming it and the line."""
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "x", "published": "2023-06-19", "text": "ok"}\n{"id": "y", "published": "2023-06-19", "text": "\xff"}\n')
    with pytest.raises(ParseError) as info:
        tdask.extract_corpus([*corpus_files, bad], published="2023-06-19", client=client)
    assert info.value.path.endswith("bad.jsonl") and info.value.line == 2


def test_extract_corpus_text_file_needs_published(client, corpus_files):
    """A plain text file without published= is refused with a message naming it, never guessed."""
    with pytest.raises(ParseError, match="article.txt"):
        tdask.extract_corpus(corpus_files[-1:], client=client)


def test_score_corpus_equals_single_machine(client, corpus_files):
    """The cluster's scored series equals scoring every corpus file on one machine."""
    jsonl = [f for f in corpus_files if f.suffix == ".jsonl"]
    for freq, how in [("D", "sum"), ("M", "mean"), ("W", "count")]:
        got = tdask.score_corpus(jsonl, freq=freq, how=how, client=client, split_every=2)
        whole = tension.series.PartialSeries.combine_all(
            [tension.score_corpus(f, progress=False).partial(freq) for f in jsonl if f.stat().st_size]
        ).to_series(how)
        assert_same_series(got, whole)


def test_score_corpus_per_document_scores(client, corpus_files):
    """return_scores=True gives the per-document scores as a Dask DataFrame, file by file in order."""
    jsonl = [f for f in corpus_files if f.suffix == ".jsonl"]
    _, frame = tdask.score_corpus(jsonl, client=client, return_scores=True)
    got = frame.compute()
    want = tension.TextScores.concat([tension.score_corpus(f, progress=False) for f in jsonl]).to_pandas()
    assert got["id"].tolist() == want["id"].tolist()
    np.testing.assert_allclose(got["tension"].to_numpy(), want["tension"].to_numpy())


def test_score_corpus_damaged_file_raises_with_its_name(client, corpus_files, tmp_path):
    """A corpus file with a line that is not JSON raises a ParseError naming the file and line."""
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"id": "x", "published": "2023-06-19", "text": "ok"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ParseError) as info:
        tdask.score_corpus([*corpus_files[:3], bad], client=client)
    assert info.value.path.endswith("broken.jsonl") and info.value.line == 2


def test_score_corpus_skips_are_reported_in_the_caller(client, tmp_path):
    """errors='warn' skips a bad line on a worker and the caller gets the worker's SkippedInputWarning."""
    bad = tmp_path / "skippy.jsonl"
    bad.write_text('{"id": "x", "published": "2023-06-19", "text": "China imposed sanctions on the United States."}\n'
                   '{not json\n', encoding="utf-8")
    with pytest.warns(tension.SkippedInputWarning, match="skippy.jsonl"):
        s = tdask.score_corpus([bad], errors="warn", client=client)
    assert s.counts.sum() == 1
