"""The annotated extraction dev set (``devset/``) and its evaluation command."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest

from tension import codebook

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "devset"


def _load_script():
    spec = importlib.util.spec_from_file_location("evaluate_devset", ROOT / "scripts" / "evaluate_devset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ev = _load_script()


@pytest.fixture(scope="module")
def items():
    return ev.load(DEVSET)


def test_counts(items):
    sentences = [it for it in items if it.kind == "sentence"]
    documents = [it for it in items if it.kind == "document"]
    assert len(sentences) >= 400
    assert len(documents) >= 25


def test_every_root_and_family_is_covered(items):
    roots = {g.root for it in items if it.kind == "sentence" for g in it.events}
    assert roots >= set(ev.ROOTS)
    codebook_roots = {g.root for it in items if "codebook" in it.families for g in it.events}
    assert codebook_roots >= set(ev.ROOTS)
    families = {f for it in items for f in it.families}
    assert families == set(ev.FAMILIES)
    for split in ("dev", "test"):
        assert {f for it in items if it.split == split for f in it.families} == set(ev.FAMILIES)


def test_split_is_about_seventy_thirty(items):
    # (the fresh batches since the eleventh round are all `dev` by design: held-out material is measured on
    # each batch before any rule is fitted to it, so the test share drifts down as they are added; 24% with
    # the thirteenth round's three batches. The floor keeps the test split from being forgotten.)
    share = sum(it.split == "test" for it in items) / len(items)
    assert 0.20 <= share <= 0.35


def test_codes_dates_and_evidence_are_valid(items):
    codes = [g.code for it in items for g in it.events]
    codes += [c for it in items for g in it.events for c in g.alt_codes]
    assert codebook.is_known(codes).all()
    for it in items:
        for g in it.events:
            assert g.root == g.code[:2]
            assert g.precision in ev.PRECISIONS and g.mode in ev.MODES
            for e in g.evidence:
                assert e in it.text
        if it.kind == "document":
            words = len(it.text.split())
            assert 300 <= words <= 800, (it.id, words)
            assert len(it.events) >= 3, it.id
            assert it.must_not, it.id


def test_documents_are_files_of_the_folder():
    listed = {
        json.loads(line)["file"]
        for line in (DEVSET / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    on_disk = {p.name for p in (DEVSET / "documents").glob("*.txt")}
    assert listed == on_disk


def test_bad_files_are_reported_with_place(tmp_path):
    (tmp_path / "documents.jsonl").write_text("", encoding="utf-8")
    good = {
        "id": "s1",
        "split": "dev",
        "family": ["sign"],
        "published": "2020-01-02",
        "text": "X.",
        "events": [{"actor": "USA", "target": "CHN", "code": "085", "date": "2020-01-02", "precision": "day"}],
    }
    bad = dict(good, id="s2", events=[dict(good["events"][0], code="999")])
    (tmp_path / "sentences.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ev.DevsetError, match=r"sentences.jsonl:2: events\[0\]: field 'code'.*'999'"):
        ev.load(tmp_path)
    bad = dict(good, id="s2", events=[dict(good["events"][0], date="2020-02-30")])
    (tmp_path / "sentences.jsonl").write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ev.DevsetError, match="sentences.jsonl:1: events.0.: field 'date'"):
        ev.load(tmp_path)
    bad = dict(good, events=[dict(good["events"][0], precision="month")])
    (tmp_path / "sentences.jsonl").write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ev.DevsetError, match="first day of its month"):
        ev.load(tmp_path)


def _event(**kw):
    base = {
        "actor": "USAGOV",
        "target": "CHN",
        "code": "163",
        "date": dt.date(2020, 1, 2),
        "precision": "day",
        "mode": "act",
        "tension": 8.0,
        "start": 0,
        "end": 10,
    }
    base.update(kw)
    return ev.Extracted(**base)


def test_matching_rule():
    gold = ev.Gold(actor="USA", target="CHN", code="085", date=dt.date(2020, 1, 2), precision="day")
    item = ev.Item(
        id="x",
        kind="sentence",
        split="dev",
        published=dt.date(2020, 1, 2),
        text="The US cut tariffs.",
        families=("sign",),
        events=[gold],
        must_not=[ev.MustNot(actor="USA", target="CHN", sign=1)],
    )
    # right pair, wrong sign: a match for recall, a sign error, and a must-not violation
    o = ev.score_item(item, [_event()])
    assert len(o.pairs) == 1 and not o.pairs[0].sign_ok and not o.pairs[0].root_ok and not o.pairs[0].role_ok
    assert o.must_not_broken == 1
    # reversed pair: no match unless the gold event is symmetric
    o = ev.score_item(item, [_event(actor="CHN", target="USA", code="085", tension=-7.0)])
    assert not o.pairs and len(o.missed) == 1 and len(o.spurious) == 1
    gold.symmetric = True
    o = ev.score_item(item, [_event(actor="CHN", target="USA", code="085", tension=-7.0)])
    assert len(o.pairs) == 1 and o.pairs[0].sign_ok and o.pairs[0].root_ok and o.must_not_broken == 0
    # a duplicate of a matched event is spurious; the better agreeing one is paired
    o = ev.score_item(item, [_event(), _event(code="085", tension=-7.0)])
    assert o.pairs[0].got.code == "085" and len(o.spurious) == 1


def _lead(events, families=("lead",), must_not=()):
    return ev.Item(
        id="l",
        kind="sentence",
        split="dev",
        published=dt.date(2020, 1, 2),
        text="WASHINGTON — The US met China and cut tariffs.",
        families=families,
        events=list(events),
        must_not=list(must_not),
    )


def test_lead_net_sign_dated_and_clean():
    met = ev.Gold(actor="USAGOV", target="CHNGOV", code="042", date=dt.date(2020, 1, 2), precision="day")
    warned = ev.Gold(actor="USAGOV", target="CHNGOV", code="130", date=dt.date(2020, 1, 2), precision="day")
    item = _lead([met, warned])  # gold net: -1.9 + 4.4 > 0, conflictual
    tally = ev.LeadTally()
    # only the meeting found (cooperative): net sign wrong, but the main event is dated right
    tally.add(ev.score_item(item, [_event(code="042", tension=-1.9, target="CHNGOV")]))
    # both found, the meeting a day late: net sign right, dated wrong
    late = _event(code="042", tension=-1.9, target="CHNGOV", date=dt.date(2020, 1, 3))
    tally.add(ev.score_item(item, [late, _event(code="130", tension=4.4, target="CHNGOV")]))
    # a third-country event does not count toward the US-China net sign
    tally.add(ev.score_item(item, [_event(actor="JPN", code="130", tension=4.4), _event(code="130", tension=4.4)]))
    fig = tally.figures()
    assert (fig["items"], fig["us_china_leads"], fig["dated_leads"]) == (3, 3, 3)
    assert fig["net_sign_right"] == round(2 / 3, 4) and fig["dated_right"] == round(1 / 3, 4)
    # a distractor lead: right and clean only when nothing US-China comes out
    quiet = _lead([], families=("lead", "distractor"), must_not=[ev.MustNot(note="no event")])
    tally = ev.LeadTally()
    tally.add(ev.score_item(quiet, []))
    tally.add(ev.score_item(quiet, [_event(tension=0.5, code="010")]))
    fig = tally.figures()
    assert fig["distractors"] == 2 and fig["distractors_clean"] == 0.5
    assert fig["net_sign_right"] == 1.0 and math.isnan(fig["dated_right"])


def test_codebook_examples_found_sign_and_root():
    """Codebook examples are judged like the CAMEO manual's: any event found; sign of the first; root of any."""
    protest = ev.Gold(actor="KOR", target="JPN", code="111", date=dt.date(2020, 1, 2), precision="day",
                      alt_codes=("112",))
    item = _lead([protest], families=("codebook",))
    tally = ev.CodebookTally()
    tally.add(ev.score_item(item, []))  # nothing found
    # found, wrong country pair, right sign and an alternative's root
    tally.add(ev.score_item(item, [_event(actor="CHN", target="USA", code="112", tension=4.0)]))
    # found, the first event conflictual but a later one has the root
    tally.add(ev.score_item(item, [_event(code="042", tension=-1.9, start=0),
                                   _event(code="111", tension=2.0, start=5)]))
    fig = tally.figures()
    assert fig["examples"] == 3 and fig["found"] == round(2 / 3, 4)
    assert fig["sign_right"] == 0.5 and fig["root_right"] == 1.0
    tally.add(ev.score_item(_lead([], families=("codebook",)), []))  # no gold event: not an example
    assert tally.figures()["examples"] == 3


def test_floors_are_checked():
    rep = ev.Report()
    rep.total.gold, rep.total.found, rep.total.extracted, rep.total.matched_x = 10, 5, 8, 4
    rep.total.must_not, rep.total.broken = 4, 2
    assert ev.check_floors(rep, {"total": {"recall": 0.5, "must_not_violations_max": 2}}) == []
    failures = ev.check_floors(rep, {"total": {"recall": 0.6, "precision": 0.5, "must_not_violations_max": 1}})
    assert len(failures) == 2 and "recall" in failures[0] and "must_not_violations" in failures[1]


def test_extractor_meets_the_floors_on_a_sample(items):
    """CI floor: the current extractor on a seeded sample of the dev split (floors.json)."""
    floors = json.loads((DEVSET / "floors.json").read_text(encoding="utf-8"))
    sample = ev.select(items, split="dev", sample=floors.get("sample"), seed=0)
    rep = ev.evaluate(sample)
    failures = ev.check_floors(rep, floors["floors"])
    assert not failures, "\n".join(failures + ev.report_lines(rep))


def test_command_runs(capsys):
    assert ev.main(["--split", "dev", "--sample", "20", "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "family" in out and "must-not broken" in out and "all" in out
    assert ev.main(["--check"]) == 0


def test_id_ranges_select_a_batch(items):
    chosen = ev.select(items, split="all", ids="d001-d003,s0001")
    assert {it.id for it in chosen} <= {"d001", "d002", "d003", "s0001"}
    assert chosen
    with pytest.raises(ev.DevsetError, match="expected ranges"):
        ev.parse_ids("d1-s3")
    assert ev.main(["--split", "all", "--ids", "bogus"]) == 1
