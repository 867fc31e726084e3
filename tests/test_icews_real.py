"""ICEWS files as they really come: R's NA cells, the real sector names, GDELT rescoring, no mentions weight."""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

import tension
from tension import ParseError, codebook
from tension.cli import main
from tension.io.icews import ICEWS_COLUMNS, sector_role

HEADER = "\t".join(ICEWS_COLUMNS)
# Rows in the layout of the Dataverse files (doi:10.7910/DVN/28075), as an R export writes them: NA in empty cells.
ROWS = [
    ("926685\t1995-01-01\tExtremist (Russia)\tRadicals / Extremists / Fundamentalists,Dissident\tRussian Federation\t"
     "Praise or endorse\t051\t3.4\tBoris Yeltsin\tElite,Executive,Executive Office,Government\tRussian Federation\t"
     "28235806\t5\tThe Toronto Star\tMoscow\tNA\tMoskva\tRussian Federation\t55.7522\t37.6156"),
    ("32891062\t2018-06-01\tJapan\tNA\tJapan\tExpress intent to engage in diplomatic cooperation (such as policy support)\t"
     "032\t4.5\tVietnam\tNA\tVietnam\t47400359\t2\tVietnam News Agency Bulletin\tNA\tNA\tNA\tJapan\tNA\tNA"),
    ("32891063\t2018-06-01\tMinistry (Japan)\tGovernment\tJapan\tConsider policy option\t014\t0\tCitizen (Japan)\t"
     "General Population / Civilian / Social,Social\tJapan\t47400357\t5\tMainichi Daily News\tOsaka\tOsaka-shi\t"
     "Osaka-fu\tJapan\t34.6937\t135.502"),
    ("32891064\t2018-06-02\tDefense / Security Ministry (United States)\tGovernment,Defense / Security Ministry\t"
     "United States\tAccuse\t112\t-2\tXinhua News Agency\tState Media,Government\tChina\t47400360\tNA\tXinhua\t"
     "NA\tNA\tNA\tNA\tNA\tNA"),
    ("32891065\t2018-06-02\tNA\tNA\tNA\tHalt negotiations\t164\t-3.8\tCongress (United States)\t"
     "Lower House,Legislative / Parliamentary\tUnited States\t47400361\t3\tReuters News\tNA\tNA\tNA\tNA\tNA\tNA"),
]


def write(tmp_path: Path, rows=ROWS) -> Path:
    path = tmp_path / "events.2018.sample.tab"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_na_cells_are_missing_not_bad_rows(tmp_path):
    """NA in text, coordinate and sentence cells reads as missing: every row is kept."""
    t = tension.read_icews(write(tmp_path))
    assert len(t) == len(ROWS)
    assert t.actor.tolist() == ["RUSRAD", "JPN", "JPNGOV", "USAMIL", ""]
    assert t.target.tolist() == ["RUSGOV", "VNM", "JPNCVL", "CHNMED", "USALEG"]
    assert t["source_sectors"].tolist()[1] == "" and t["publisher"].tolist()[0] == "The Toronto Star"
    assert np.isnan(t["latitude"][1]) and t["latitude"][0] == pytest.approx(55.7522)
    assert t["sentence_number"].tolist() == [5, 2, 5, 0, 3]


def test_na_where_a_value_is_required_is_still_a_bad_row(tmp_path):
    """NA Intensity or a non-number in Latitude names the line and column."""
    rows = list(ROWS)
    rows[2] = rows[2].replace("\t014\t0\t", "\t014\tNA\t")
    with pytest.raises(ParseError) as info:
        tension.read_icews(write(tmp_path, rows))
    assert info.value.line == 4 and info.value.column == "Intensity"
    rows = list(ROWS)
    rows[0] = rows[0].replace("55.7522", "north")
    with pytest.raises(ParseError, match="Latitude"):
        tension.read_icews(write(tmp_path, rows))


# Sector cells that really occur in ICEWS files (the most frequent ones and the examples above).
REAL_CELLS = {
    "General Population / Civilian / Social,Social": "CVL",
    "Government,Police": "COP",
    "Police,Government": "COP",
    "Government,Military": "MIL",
    "Military,Government": "MIL",
    "Unidentified Forces": "UAF",
    "Government,Legislative / Parliamentary": "LEG",
    "Executive,Executive Office,Government": "GOV",
    "Dissident,Protestors / Popular Opposition / Mobs": "OPP",
    "Government,Judicial": "JUD",
    "Parties": "",
    "Elite,Executive,Executive Office,Government": "GOV",
    "Executive,Foreign Ministry,Government": "GOV",
    "Government,Local,Municipal": "GOV",
    "Radicals / Extremists / Fundamentalists,Dissident": "RAD",
    "Rebel,Dissident": "REB",
    "Global,International Government Organization,Global Diplomatic IGOs": "IGO",
    "Regional Diplomatic IGOs,International Government Organization,Regional": "IGO",
    "Global,International Government Organization,Global Defense / Security IGOs": "IGO",
    "Marines,Military": "MIL",
    "Military Intelligence,Military,Government": "SPY",
    "Upper House,Legislative / Parliamentary": "LEG",
    "Nongovernmental Organizations": "NGO",
    "Multinational Corporation": "MNC",
}


@pytest.mark.parametrize(("cell", "role"), sorted(REAL_CELLS.items()))
def test_real_sector_cells_get_their_role(cell, role):
    """The most frequent real sector cells map to the CAMEO role they name."""
    assert sector_role(cell) == role


def test_sector_table_holds_real_icews_names_only():
    """The table has no invented names such as 'Executives' or 'News': each row is an ICEWS sector."""
    text = resources.files("tension").joinpath("data", "icews_sectors.tsv").read_text(encoding="utf-8")
    names = [line.split("\t")[0] for line in text.splitlines()[1:]]
    assert len(names) == len(set(names))
    for invented in ("Executives", "News", "Media", "Business", "Intelligence", "Rebels", "Ministry"):
        assert invented not in names


def test_rescore_gdelt_puts_icews_on_gdelt_weights(tmp_path):
    """rescore='gdelt' gives minus GDELT's Goldstein value per code, and ignores Intensity (even NA)."""
    rows = list(ROWS)
    rows[2] = rows[2].replace("\t014\t0\t", "\t014\tNA\t")
    t = tension.read_icews(write(tmp_path, rows), rescore="gdelt")
    np.testing.assert_array_equal(t.tension, codebook.tension_of(t.code))
    assert t.tension[4] == pytest.approx(7.0)  # 164: Intensity -3.8 in the row; GDELT publishes -7.0
    with pytest.raises(ValueError, match="rescore"):
        tension.read_icews(write(tmp_path), rescore="icews")


def test_cli_refuses_mentions_weight_for_icews(tmp_path, capsys):
    """`tension icews --weight mentions` is an error: ICEWS has no mention count."""
    path = write(tmp_path)
    out = io.StringIO()
    assert main(["icews", str(path), "--weight", "mentions"], out=out) == 1
    assert "no mention count" in capsys.readouterr().err
    assert main(["icews", str(path), "--rescore", "gdelt", "--freq", "M"], out=out) == 0
