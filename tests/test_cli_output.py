"""What a newcomer reads: every command's output names its source, unit and sign convention (issue 16).

The header lines start with ``#``; the table follows; periods without events are left out of a printed
series (and counted in a closing ``#`` line) unless --start/--end ask for a range.
"""

from __future__ import annotations

import io

import pytest

from tension.cli import CONVENTION, main
from tension.io import _synth

SEED_EVENTS = "seeds/000_65d63fafd7e7c7d7.events.jsonl"


def run(*argv: str) -> list[str]:
    """Run the CLI; return its stdout lines (status 0 required)."""
    out = io.StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue().splitlines()


@pytest.fixture
def three_rows(tmp_path):
    """A 3-row GDELT 1.0 daily file: GOV -> KOR (2014-02-14), JPN -> USAMIL (03-13), PRK -> CHNBUS (06-02)."""
    return _synth.write_gdelt(tmp_path / "three.export.CSV", 3, layout=58, seed=3)


def test_gdelt_without_dyad_says_all_pairs_and_prints_only_days_with_events(three_rows):
    """No --dyad: the header says every pair was summed and names them; 3 rows, not 109 days of zeros."""
    assert run("gdelt", str(three_rows)) == [
        "# GDELT: 3 events read from three.export.CSV, 2014-02-14 to 2014-06-02",
        "# all pairs of actors together (no --dyad): 3 actor -> target pairs by country; most events: "
        "GOV -> KOR 1, JPN -> USA 1, PRK -> CHN 1",
        f"# value = summed tension of the day's events ({CONVENTION}); count = events in the day",
        "period           value    count",
        "2014-02-14      +4.000        1",
        "2014-03-13      -1.000        1",
        "2014-06-02      -4.000        1",
        "# 106 days without events not shown (--start/--end print every day)",
    ]


def test_gdelt_start_end_print_every_period_of_the_range(three_rows):
    """--start/--end ask for a range: every day of it is printed, empty ones too (zero without a sign)."""
    lines = run("gdelt", str(three_rows), "--start", "2014-02-13", "--end", "2014-02-15")
    assert lines[3:] == ["period           value    count",
                         "2014-02-13       0.000        0",
                         "2014-02-14      +4.000        1",
                         "2014-02-15       0.000        0"]


def test_gdelt_with_dyad_names_the_dyad(three_rows):
    """--dyad: the first line says whose events were read, in both directions, and the convention follows."""
    lines = run("gdelt", str(three_rows), "--dyad", "USA:JPN", "--freq", "M", "--how", "mean")
    assert lines[:2] == [
        "# GDELT: 1 event of the dyad USA:JPN (both directions) read from three.export.CSV, 2014-03-13",
        f"# value = mean tension per event of the month ({CONVENTION}); count = events in the month",
    ]
    assert lines[3:] == ["2014-03-01      -1.000        1"]


def test_icews_names_its_scale():
    """ICEWS events are scored with minus the ICEWS Intensity unless --rescore gdelt."""
    import tempfile
    from pathlib import Path

    path = _synth.write_icews(Path(tempfile.mkdtemp()) / "events.2015.tab", 50, seed=1)
    assert "tension = -ICEWS Intensity: + conflict" in run("icews", str(path), "--freq", "M")[2]
    assert CONVENTION in run("icews", str(path), "--freq", "M", "--rescore", "gdelt")[2]


def test_series_header_and_an_empty_dyad_says_what_the_file_has():
    """`tension series` names the file and the events kept; a dyad without events says which pairs there are."""
    lines = run("series", SEED_EVENTS, "--dyad", "USA:CHN", "--freq", "M")
    assert lines[:2] == [
        "# events file 000_65d63fafd7e7c7d7.events.jsonl: 12 events, 2022-11-01 to 2023-06-19",
        "# dyad USA:CHN, both directions (actor and target codes starting USA or CHN): 12 of 12 events",
    ]
    assert lines[-1] == "# 5 months without events not shown (--start/--end print every month)"
    lines = run("series", SEED_EVENTS, "--dyad", "FRA:DEU")
    assert lines[1] == ("# no events between FRA and DEU; the file has 2 actor -> target pairs by country; "
                        "most events: CHN -> USA 6, USA -> CHN 6")
    assert lines[-1] == "# no events"


def test_index_says_what_to_try_when_the_window_is_too_long():
    """Stability over a 30-month window of an 8-month series has no value: the output says what to change."""
    lines = run("index", SEED_EVENTS, "--kind", "stability", "--freq", "M")
    assert "# the window of 30 months is not shorter than the series (8 months): try --window 2 or a finer --freq" \
        in lines
    assert lines[-1] == "# no values in the 8 months from 2022-11-01 to 2023-06-01"


def test_index_bands_explain_the_opposite_sign():
    """The bands table shows the tension per event (+ conflict) next to the relation score (+ friendly)."""
    lines = run("index", SEED_EVENTS, "--kind", "bands", "--freq", "M")
    assert "score = -9 confrontation .. +9 friendly (sign opposite to tension)" in lines[2]
    assert lines[3].split() == ["period", "per_event", "score", "band"]
    assert lines[7].split() == ["2023-02-01", "5.059", "-4.553", "tension"]


def test_index_changepoints_and_shocks_say_when_there_are_none():
    lines = run("index", SEED_EVENTS, "--kind", "changepoints", "--freq", "M")
    assert lines[-1] == "# no changepoint: one segment, mean +0.604"
    lines = run("index", SEED_EVENTS, "--kind", "shocks", "--freq", "M", "--window", "3")
    assert lines[2].startswith("# shocks: months whose mean tension per event is at least 3 robust z")


def test_extract_header_and_no_events(tmp_path):
    """The events table says what its columns mean; a text with no events says what the extractor looks for."""
    story = tmp_path / "story.txt"
    story.write_text("On Sunday, Japan protested to China.", encoding="utf-8")
    lines = run("extract", str(story), "--published", "2023-06-19")
    assert lines[:2] == ["# story.txt, published 2023-06-19: 1 event, 2023-06-18",
                         f"# {CONVENTION}; prec = how precisely the date is known; mode = act (it happened) or "
                         "plan (announced); evidence = the text the event rests on"]
    assert "JPN -> CHN" in lines[3]
    assert run("extract", str(story), "--published", "2023-06-19", "--format", "csv")[0].startswith("date,")
    story.write_text("The weather was fine.", encoding="utf-8")
    assert run("extract", str(story), "--published", "2023-06-19")[1].startswith("# no events found: ")


def test_score_header_names_documents():
    lines = run("score", "docs/studies/data/news_2023.jsonl", "--freq", "M", "--no-progress")
    assert lines[0].startswith("# corpus news_2023.jsonl: 22 documents scored for USA:CHN")
    assert lines[1].endswith("count = documents in the month")


def test_plot_says_what_it_drew(tmp_path):
    pytest.importorskip("matplotlib")
    target = tmp_path / "chart.png"
    assert run("plot", SEED_EVENTS, "--out", str(target), "--freq", "M") == [
        f"wrote {target}: 12 events, 2022-11-01 to 2023-06-19, per month; panels: tension per event over the "
        "relation bands, summed tension, events (up = conflict on every panel)"]


# ---------------------------------------------------------------- the demo tells the article's story
def _demo_months(text: str) -> dict[str, list[str]]:
    """The rows of the demo's monthly table, by month."""
    lines = text.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("month ")))
    rows = {}
    for line in lines[start + 1:]:
        if not line.strip():
            break
        rows[line.split()[0]] = line.split()[1:]
    return rows


def test_demo_reads_like_the_seed_article():
    """'Rift Eases After Blinken Trip': per event, June 2023 is below February 2023 (the balloon), and the demo
    says so in one line; the sum, which grows with the events, is shown next to it and explained."""
    text = "\n".join(run("demo"))
    assert "Seed article: 'US-China Rift Eases After Blinken Trip, But Frictions Remain' (published 2023-06-19)" \
        in text
    assert ("  mean   = tension per event: the tone of the month's acts, -10..+10; months of any volume compare\n"
            "  sum    = the acts' tension added up: it grows with the number of events\n"
            "  acts   = events that happened in the month; plans = announced or intended for it (not in mean or sum)\n"
            "  band   = the relation band of the mean on the absolute per-event scale (see docs/indices.md)\n"
            "month       mean     sum  acts plans  band") in text
    rows = _demo_months(text)
    feb, june = rows["2023-02"], rows["2023-06"]
    assert float(june[0]) < float(feb[0])  # the story: per event, June eased against February
    assert feb == ["+5.50", "+11.00", "2", "0", "tension"]  # the balloon (+7.0) and the cancelled trip (+4.0)
    assert june[-1] in ("discord", "ordinary") and float(june[1]) > float(feb[1])  # the sum alone would say "rose"
    assert rows["2023-09"] == ["-", "-", "0", "1", "(plans", "only)"]  # talks "later this year": a plan, apart
    reading = next(line for line in text.splitlines() if line.startswith("Reading: "))
    assert reading.startswith(f"Reading: per event, 2023-06 ({june[0]}, {june[-1]}) is below 2023-02 ({feb[0]}, "
                              "tension: ")
    assert "spy balloon" in reading and reading.endswith("the tensest month before it: tension eased.")
    assert f"The sum says the opposite ({june[1]} against {feb[1]}) only because 2023-06 has {june[2]} acts and " \
        "2023-02 2 acts." in text


def test_series_says_how_many_plans_it_left_out(tmp_path):
    """Plans (announced future acts) are not counted unless --include-plans; the header says how many there were."""
    from tension import EventTable

    path = tmp_path / "mixed.jsonl"
    EventTable.from_arrays(date=["2023-06-18", "2023-06-18", "2023-06-19"], actor=["USA"] * 3, target=["CHN"] * 3,
                           code=["043", "042", "112"], tension=[-2.8, -1.9, 2.0],
                           mode=["plan", "act", "act"]).to_jsonl(path)
    lines = run("series", str(path))
    assert lines[2] == "# 1 plan left out (announced future acts; --include-plans counts them)"
    assert lines[-2:] == ["2023-06-18      -1.900        1", "2023-06-19      +2.000        1"]
    assert not any("left out" in line for line in run("series", str(path), "--include-plans"))
