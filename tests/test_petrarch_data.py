"""Tests for the actor, place, region, agent and discard tables and their layering in the lexicon.

The PETRARCH-derived files (``petrarch_actors.tsv``, ``petrarch_places.tsv``, ``agents.tsv``,
``discards.tsv``) come from ``scripts/derive_petrarch_actors.py``; the project's own layer is
``actors.tsv``, ``regions.tsv`` and ``places.tsv``.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import importlib.util
import itertools
from collections import defaultdict
from pathlib import Path

import pytest

import tension
from tension import codebook  # noqa: F401  (the lexicon's model dependency)
from tension.text.lexicon import ActorName, load_lexicon, tokens_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tension" / "data"
SCRIPT = ROOT / "scripts" / "derive_petrarch_actors.py"
PETRARCH_SOURCE = next(
    (
        p / "shared" / "data" / "petrarch2"
        for p in ROOT.parents[:2]
        if (p / "shared" / "data" / "petrarch2" / "Phoenix.Countries.actors.txt").exists()
    ),
    ROOT.parent / "shared" / "data" / "petrarch2",
)

HEADERS = {
    "actors.tsv": ["phrase", "code", "valid_from", "valid_to", "kind", "source"],
    "petrarch_actors.tsv": ["phrase", "code", "valid_from", "valid_to", "kind", "petrarch_code", "source"],
    "places.tsv": ["phrase", "code", "kind", "note"],
    "petrarch_places.tsv": ["phrase", "code", "kind", "note"],
    "regions.tsv": ["phrase", "code", "note"],
    "agents.tsv": ["phrase", "code", "role", "position", "form", "source"],
    "discards.tsv": ["phrase", "scope", "exact", "source"],
}
ACTOR_KINDS = {
    "actors.tsv": {
        "country",
        "adjective",
        "demonym",
        "capital",
        "institution",
        "generic",
        "role",
        "person",
        "company",
        "igo",
        "group",
    },
    "petrarch_actors.tsv": {"country", "institution", "person", "igo", "group"},
}


def _rows(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header == HEADERS[name], name
    out = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name}:{n}: {len(cells)} cells, expected {len(header)}"
        out.append(dict(zip(header, cells), _line=str(n)))
    return out


def _date(s: str) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _script():
    spec = importlib.util.spec_from_file_location("derive_petrarch_actors", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _countries() -> set[str]:
    codes = {line.split("\t")[0] for line in (DATA / "cameo_countries.tsv").read_text().splitlines()[1:]}
    return codes | {r["code"][:3] for r in _rows("actors.tsv")}


# ------------------------------------------------------------------ schema


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_cells_and_phrases(name: str) -> None:
    """Every table has its header, the same number of cells on each row and phrases that tokenize."""
    rows = _rows(name)
    assert rows
    for r in rows:
        assert tokens_of(r["phrase"]), f"{name}:{r['_line']}: no tokens in {r['phrase']!r}"
        assert r["phrase"] == r["phrase"].strip()


@pytest.mark.parametrize("name", ["actors.tsv", "petrarch_actors.tsv"])
def test_actor_codes_kinds_and_dates(name: str) -> None:
    """Codes are CAMEO-style with a known country or non-state prefix; dated ranges are valid."""
    countries = _countries() | {"IGO", "NGO", "IMG", "NGM", "INT", "UIS", "PKO"}
    for r in _rows(name):
        code = r["code"]
        assert code.isalnum() and code.isupper() and len(code) >= 3, r
        assert code[:3] in countries, r
        assert r["kind"] in ACTOR_KINDS[name], r
        vf, vt = _date(r["valid_from"]), _date(r["valid_to"])
        if vf and vt:
            assert vf <= vt, f"{name}:{r['_line']}: valid_from after valid_to"


def test_petrarch_codes_follow_project_convention() -> None:
    """Country codes are country + one role (USAGOVLEG -> USALEG); petrarch_code keeps the original."""
    rows = _rows("petrarch_actors.tsv")
    for r in rows:
        if r["code"][:3] not in ("IGO", "NGO", "IMG", "NGM", "INT", "UIS", "PKO"):
            assert len(r["code"]) in (3, 6), r
        assert r["petrarch_code"][3:].startswith(r["code"][3:6]) or r["petrarch_code"][3:6] == "GOV", r
    by_phrase = {r["phrase"]: r for r in rows}
    assert by_phrase["National People's Congress"]["code"] == "CHNLEG"
    assert by_phrase["National People's Congress"]["petrarch_code"] == "CHNGOVLEG"


@pytest.mark.parametrize("name", ["actors.tsv", "petrarch_actors.tsv"])
def test_no_conflicting_rows(name: str) -> None:
    """For one phrase, two rows with different codes never share a day (an undated row is a default)."""
    by_tokens: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    for r in _rows(name):
        by_tokens[tokens_of(r["phrase"])].append(r)
    lo, hi = dt.date(1000, 1, 1), dt.date(9999, 12, 31)
    for toks, rows in by_tokens.items():
        dated = [r for r in rows if r["valid_from"] or r["valid_to"]]
        undated = {r["code"] for r in rows if not (r["valid_from"] or r["valid_to"])}
        assert len(undated) <= 1, (toks, undated)
        if name == "actors.tsv" and undated and dated:
            raise AssertionError(f"{toks}: the project layer dates every row of a dated phrase")
        for a, b in itertools.combinations(dated, 2):
            if a["code"] == b["code"]:
                continue
            a0, a1 = _date(a["valid_from"]) or lo, _date(a["valid_to"]) or hi
            b0, b1 = _date(b["valid_from"]) or lo, _date(b["valid_to"]) or hi
            assert a1 < b0 or b1 < a0, (toks, a, b)


def test_places_and_regions_schema() -> None:
    """Places carry the country they lie in (or none) and a kind; regions name a territory."""
    countries = _countries()
    for name in ("places.tsv", "petrarch_places.tsv"):
        for r in _rows(name):
            assert r["code"] == "" or r["code"] in countries, r
            assert r["kind"], r
    for r in _rows("regions.tsv"):
        assert r["code"] in countries, r


def test_layers_do_not_overlap_in_files() -> None:
    """No project place or region is also a project actor; PETRARCH places are never PETRARCH actors."""
    project = {tokens_of(r["phrase"]) for r in _rows("actors.tsv")}
    for name in ("places.tsv", "regions.tsv"):
        for r in _rows(name):
            assert tokens_of(r["phrase"]) not in project, r
    petrarch = {tokens_of(r["phrase"]) for r in _rows("petrarch_actors.tsv")}
    for r in _rows("petrarch_places.tsv"):
        assert tokens_of(r["phrase"]) not in petrarch, r


def test_dangerous_surface_forms_are_dropped() -> None:
    """No single common English word, one-letter phrase or one-word person name among the PETRARCH rows."""
    common = _script()._common_words()
    for name in ("petrarch_actors.tsv", "petrarch_places.tsv"):
        for r in _rows(name):
            toks = tokens_of(r["phrase"])
            assert not all(len(t) == 1 for t in toks), r
            if len(toks) == 1:
                assert toks[0].isupper() or toks[0] not in common, r
                if name == "petrarch_actors.tsv":
                    assert r["kind"] != "person", r
    assert {"phoenix", "providence", "jersey"} <= common
    places = {tokens_of(r["phrase"]) for r in _rows("petrarch_places.tsv")}
    assert ("phoenix",) not in places and ("new", "jersey") in places


def test_agents_and_discards() -> None:
    """Agent nouns carry a role and their plural; discards have a scope; years are not discards."""
    agents = {r["phrase"]: r for r in _rows("agents.tsv")}
    assert agents["warship"]["role"] == "MIL" and agents["warships"]["form"] == "plural"
    assert agents["diplomats"]["role"] == "GOV"
    for r in agents.values():
        assert r["position"] in ("after-country", "before-country"), r
        assert r["form"] in ("singular", "plural", "listed"), r
        assert len(r["role"]) == 3 and r["role"] in r["code"], r
    discards = _rows("discards.tsv")
    assert {r["scope"] for r in discards} == {"sentence", "story"}
    assert {r["exact"] for r in discards} <= {"yes", "no"}
    phrases = {r["phrase"] for r in discards}
    assert "basketball" in phrases and "2008" not in phrases and "typhoon" not in phrases


@pytest.mark.skipif(
    not (PETRARCH_SOURCE / "Phoenix.Countries.actors.txt").exists(),
    reason="PETRARCH2 dictionaries (shared/data/petrarch2) not present",
)
def test_derivation_is_reproducible(tmp_path: Path) -> None:
    """Running the script again gives the committed files byte for byte."""
    for name in ("actors.tsv", "roles.tsv", "cameo_countries.tsv"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    module = _script()
    assert module.main(["--source", str(PETRARCH_SOURCE), "--out", str(tmp_path), "--quiet"]) == 0
    for name in ("petrarch_actors.tsv", "petrarch_places.tsv", "agents.tsv", "discards.tsv"):
        assert filecmp.cmp(tmp_path / name, DATA / name, shallow=False), name


# ------------------------------------------------------------------ the lexicon's layering


def _code(phrase: str, day: str) -> str:
    names = load_lexicon().actor_index[tokens_of(phrase)]
    d = dt.date.fromisoformat(day)
    for n in names:
        if n.valid_on(d):
            return n.code
    return ""


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Pelosi", "2024-06-01", "USALEG"),
        ("Nancy Pelosi", "2025-11-01", "USALEG"),
        ("Nancy Pelosi", "2020-06-01", "USALEG"),
        ("John Ratcliffe", "2020-06-01", "USASPY"),
        ("John Ratcliffe", "2023-01-01", "USAELI"),
        ("John Ratcliffe", "2025-03-01", "USASPY"),
        ("Ratcliffe", "2025-03-01", "USASPY"),
        ("Lai Ching-te", "2018-01-01", "TWNGOV"),
        ("Lai Ching-te", "2019-06-01", "TWNELI"),
        ("Lai Ching-te", "2021-01-01", "TWNGOV"),
        ("William Lai", "2025-01-01", "TWNGOV"),
        ("Hsiao Bi-khim", "2021-06-01", "TWNGOV"),
        ("Hsiao Bi-khim", "2024-01-15", "TWNELI"),
        ("Hsiao Bi-khim", "2024-06-01", "TWNGOV"),
        ("Liu He", "2015-06-01", "CHNGOV"),
        ("Liu He", "2019-06-01", "CHNGOV"),
        ("He Lifeng", "2019-06-01", "CHNGOV"),
        ("He Lifeng", "2024-06-01", "CHNGOV"),
        ("Liu Jianchao", "2023-06-01", "CHNGOV"),
        ("Lu Kang", "2018-06-01", "CHNGOV"),
        ("Geng Shuang", "2018-06-01", "CHNGOV"),
        ("Chang Wanquan", "2016-06-01", "CHNMIL"),
        ("Xie Zhenhua", "2022-06-01", "CHNGOV"),
        ("Li Chenggang", "2025-06-01", "CHNGOV"),
        ("He Weidong", "2023-06-01", "CHNMIL"),
        ("Harry Harris", "2017-06-01", "USAMIL"),
        ("Harry Harris", "2019-06-01", "USAGOV"),
        ("Philip Davidson", "2019-06-01", "USAMIL"),
        ("John Aquilino", "2022-06-01", "USAMIL"),
        ("Samuel Paparo", "2025-06-01", "USAMIL"),
        ("Michael Flynn", "2017-02-01", "USAGOV"),
        ("Stephen Biegun", "2020-06-01", "USAGOV"),
        ("Yen Teh-fa", "2020-06-01", "TWNMIL"),
        ("Chiu Kuo-cheng", "2022-06-01", "TWNMIL"),
        ("Wellington Koo", "2025-06-01", "TWNMIL"),
        ("Mainland Affairs Council", "2025-06-01", "TWNGOV"),
        ("Legislative Yuan", "2025-06-01", "TWNLEG"),
        ("Chinese Taipei", "2025-06-01", "TWN"),
        ("China's Taiwan region", "2025-06-01", "TWN"),
        ("Taiwan region", "2025-06-01", "TWN"),
        ("Hong Kong SAR", "2025-06-01", "HKG"),
    ],
)
def test_office_holders_and_names(phrase: str, day: str, code: str) -> None:
    """The corrected and added 2017-2025 terms, Taiwan's institutions and the region names."""
    assert _code(phrase, day) == code


def test_project_layer_hides_petrarch() -> None:
    """A phrase in the project's actors, regions or roles hides every PETRARCH row of the same tokens."""
    lex = load_lexicon()
    assert [a.code for a in lex.actor_index[tokens_of("PLA")]] == ["CHNMIL"]
    assert [a.code for a in lex.actor_index[tokens_of("Xi Jinping")]] == ["CHNGOV"]
    assert tokens_of("secretary of state") not in lex.actor_index  # a role in roles.tsv
    # PETRARCH rows the project layer lacks are there
    assert _code("Eastern Turkistan Islamic Movement", "2020-01-01") == "CHNREB"
    assert _code("International Atomic Energy Agency", "2020-01-01") == "IGOUNOIAE"
    assert _code("Russian Federation", "2020-01-01") == "RUS"
    assert _code("International Monetary Fund", "2020-01-01") == "IGOBUSIMF"
    assert _code("Red Cross", "2020-01-01") == "NGOHLHIRC"
    for phrase in ("red line", "we will win", "shared interest", "foundation", "phoenix"):
        assert tokens_of(phrase) not in lex.actor_index, phrase
    # PETRARCH persons are loaded with their dated offices; an open-ended office ends with the
    # dictionary (2015), after which the name gives its country only
    assert _code("Hamid Karzai", "2005-01-01") == "AFGGOV"
    assert _code("Hamid Karzai", "2020-01-01") == ""  # no office on the day: the extractor codes AFG
    # a PETRARCH title + name of a person the project layer knows is left to the project layer
    assert tokens_of("Russian President Vladimir Putin") not in lex.actor_index


def test_places_are_not_actors() -> None:
    """Places carry their country but never make an actor."""
    lex = load_lexicon()
    expected = {
        "Hiroshima": "JPN",
        "Xinjiang": "CHN",
        "Tibet": "CHN",
        "Scarborough Shoal": "",
        "Second Thomas Shoal": "",
        "Paracel Islands": "",
        "Spratlys": "",
        "South China Sea": "",
        "New York": "USA",
        "Kaohsiung": "TWN",
    }
    for phrase, code in expected.items():
        toks = tokens_of(phrase)
        assert lex.place_index[toks] == code, phrase
        assert toks not in lex.actor_index, phrase
        assert toks in lex.places
    assert not set(lex.place_index) & set(lex.actor_index)


def test_lexicon_indexes_agents_and_discards() -> None:
    """Agent nouns and discard phrases are indexed by their tokens."""
    lex = load_lexicon()
    assert lex.agent_index[("warships",)] == "MIL"
    assert lex.discard_index[("basketball",)] == "sentence"


def test_region_names_mean_taiwan_in_extraction() -> None:
    """'China's Taiwan region' and 'the Taiwan region' name Taiwan, not China."""
    t = tension.extract_events("Beijing condemned the Taiwan region for provocations.", published="2024-06-01")
    assert list(zip(t.actor.tolist(), t.target.tolist())) == [("CHN", "TWN")]
    t = tension.extract_events("China's Taiwan region condemned Beijing.", published="2024-06-01")
    assert t.actor.tolist()[:1] == ["TWN"]


def test_actorname_examples_stay_valid() -> None:
    """The ActorName date rule the layering relies on: the first row valid on a day wins."""
    a = ActorName(("x",), "USAGOV", dt.date(2020, 1, 1), None, "person", "X")
    assert a.valid_on(dt.date(2020, 1, 1)) and not a.valid_on(dt.date(2019, 12, 31))
