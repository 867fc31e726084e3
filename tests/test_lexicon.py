"""Tests for tension.text.lexicon: inflection and the packaged data (the tokenization rule: test_tokens.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tension import codebook
from tension.text.lexicon import ActorName, inflect, load_lexicon


def test_inflect_regular_and_irregular() -> None:
    """Verb inflection covers -s/-es/-ies, -ed/-d/-ied, doubling, irregulars and -ing."""
    assert inflect("criticize") == ("criticize", "criticizes", "criticized", "criticizing")
    assert inflect("accuse")[2:] == ("accused", "accusing")
    assert "slammed" in inflect("slam") and "slamming" in inflect("slam")
    assert "expelled" in inflect("expel")
    assert inflect("hold")[2] == "held"
    assert "taken" in inflect("take")
    assert inflect("pledge")[1] == "pledges"
    assert "visitted" not in inflect("visit")


def test_terms_cover_all_roots_with_codebook_tension() -> None:
    """Event terms reach all 20 CAMEO roots and carry the codebook's tension."""
    lex = load_lexicon()
    roots = {t.code[:2] for t in lex.terms}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for t in lex.terms:
        assert t.tension == pytest.approx(float(codebook.tension_of([t.code])[0]))
        if t.negated_code is not None:
            assert t.negated_tension == pytest.approx(float(codebook.tension_of([t.negated_code])[0]))


def test_cooperative_terms_never_negate_to_cooperation() -> None:
    """A negated code is never cooperative (it is conflictual or dropped)."""
    for t in load_lexicon().terms:
        if t.negated_code is not None:
            assert t.negated_tension is not None and t.negated_tension > 0, t


def test_key_terms_and_inflections() -> None:
    """Frequent news verbs are present in their inflected forms."""
    idx = load_lexicon().term_index
    assert idx[("met",)].code == "040"
    assert idx[("visited",)].negated_code == "160"
    assert idx[("imposed", "tariffs")].code == "163"
    assert idx[("accused",)].code == "112"
    assert idx[("spy", "balloon")].tension > 0
    assert idx[("called", "off")].code == "160"
    assert idx[("praise",)].tension < 0


def test_actor_countries_and_offices() -> None:
    """Countries by name, adjective, demonym and capital; office holders carry their terms."""
    idx = load_lexicon().actor_index
    assert {a.code for a in idx[("chinese",)]} == {"CHN"}
    assert {a.code for a in idx[("u", "s")]} == {"USA"}
    assert {a.code for a in idx[("US",)]} == {"USA"}
    assert ("us",) not in idx
    assert {a.code for a in idx[("washington",)]} == {"USA"}
    assert {a.code for a in idx[("tokyo",)]} == {"JPN"}
    assert {a.code for a in idx[("germans",)]} == {"DEU"}
    assert {a.code for a in idx[("pentagon",)]} == {"USAMIL"}
    assert {a.code for a in idx[("xinhua",)]} == {"CHNMED"}
    qin = idx[("qin", "gang")][0]
    assert qin.valid_on(dt.date(2023, 6, 18)) and not qin.valid_on(dt.date(2024, 1, 1))
    trump = {a.code for a in idx[("trump",)] if a.valid_on(dt.date(2019, 5, 1))}
    assert trump == {"USAGOV"}


def test_every_cameo_country_has_a_name() -> None:
    """Every three-letter country of the CAMEO list has at least one actor phrase."""
    from tension._packaged import read_tsv

    codes = {r["code"] for r in read_tsv("cameo_countries.tsv") if len(r["code"]) == 3}
    have = {a.code[:3] for a in load_lexicon().actors}
    regions = {"WSB", "BAG", "GZS", "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU",
               "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"}
    assert codes - regions - have == set()


def test_actor_valid_on_open_interval() -> None:
    """An actor without dates is valid on any day."""
    a = ActorName(("china",), "CHN", None, None, "country", "China")
    assert a.valid_on(dt.date(1900, 1, 1))


def test_negators_kinds() -> None:
    """Negators carry one of the four kinds and include the contract's cues."""
    lex = load_lexicon()
    assert set(lex.negator_kinds) == {"negate", "refuse", "cancel", "ease"}
    assert lex.negator_index[("rolled", "back")] == "ease"
    for cue in [("not",), ("didn", "t"), ("refused", "to"), ("no", "longer"), ("without",), ("called", "off")]:
        assert cue in lex.negator_index


def test_load_is_cached() -> None:
    """load_lexicon returns the same immutable object."""
    assert load_lexicon() is load_lexicon()


def test_places_and_companies() -> None:
    """Place names holding a country word are listed; companies carry their country's BUS code."""
    lex = load_lexicon()
    assert ("south", "china", "sea") in lex.places
    assert ("new", "mexico") in lex.places
    assert {a.code for a in lex.actor_index[("huawei",)]} == {"CHNBUS"}
    assert {a.code for a in lex.actor_index[("micron",)]} == {"USABUS"}
