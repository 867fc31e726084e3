"""Rules of the thirteenth round's trade batch, each checked on fresh sentences of other actors and wordings."""

from __future__ import annotations

import pytest

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _codes(text: str, published: str) -> list[tuple[str, str, str]]:
    return [r[:3] for r in _rows(text, published)]


@pytest.mark.parametrize(("text", "want"), [
    ("The tariffs on Chinese robots were lifted by Washington on Friday.", ("USA", "CHN", "085")),
    ("The anti-dumping duties on Australian barley were scrapped by Beijing on Friday.", ("CHN", "AUS", "085")),
    ("The export ban on Japanese seafood was partially lifted by China on Sunday.", ("CHN", "JPN", "085")),
    ("The visa restrictions on Nigerian officials were dropped by the State Department on Friday.",
     ("USA", "NGA", "081")),
    ("Tariffs of 25 percent on Brazilian steel pipes and aluminium sheets were suspended for another year by "
     "Washington on Friday.", ("USA", "BRA", "085")),
])
def test_a_measure_eased_in_the_passive_by_its_agent(text: str, want: tuple[str, str, str]) -> None:
    rows = _codes(text, "2025-11-29")
    assert rows == [want], rows


def test_a_measure_imposed_in_the_passive_stays_imposed() -> None:
    rows = _codes("Sanctions on Russian banks were imposed by the European Union on Monday.", "2025-11-29")
    assert rows == [("IGO", "RUS", "163")], rows


@pytest.mark.parametrize(("text", "want"), [
    ("Beijing will put American drone makers on its export-control list if Washington goes ahead with a ban on "
     "DJI, a spokesman said on Thursday.", ("CHN", "USA", "1312")),
    ("Russia would place Finnish timber firms on its sanctions list if Helsinki closed the border crossing, a "
     "Kremlin aide said on Monday.", ("RUS", "FIN", "1312")),
])
def test_a_measure_noun_a_will_verb_puts_in_place_under_a_condition_is_a_threat(
        text: str, want: tuple[str, str, str]) -> None:
    rows = _codes(text, "2025-12-18")
    assert rows == [want], rows


def test_a_listing_done_is_no_threat() -> None:
    rows = _codes("Beijing put American drone makers on its export-control list on Thursday after Washington "
                  "banned DJI.", "2025-12-18")
    assert ("CHN", "USA", "163") in rows, rows
    rows = _codes("Beijing will put American drone makers on its export-control list, a spokesman said on Thursday.",
                  "2025-12-18")
    assert not any(c.startswith("13") for _, _, c in rows), rows


@pytest.mark.parametrize(("text", "want"), [
    ("China on Wednesday barred its companies and citizens from doing business with two Lithuanian banks.",
     ("CHN", "LTU", "163")),
    ("Russia on Tuesday banned its citizens and firms from trading with three Estonian companies.",
     ("RUS", "EST", "163")),
    ("Iran on Monday prohibited its banks and insurers from dealing with two British firms.", ("IRN", "GBR", "163")),
    ("Beijing barred Chinese companies and individuals from doing business with Lockheed Martin on Friday.",
     ("CHN", "USA", "163")),
])
def test_a_bar_on_a_pair_of_ones_own_is_aimed_at_the_other_party(text: str, want: tuple[str, str, str]) -> None:
    rows = _codes(text, "2025-08-14")
    assert rows == [want], rows


@pytest.mark.parametrize(("text", "want"), [
    ("Japan urged the United States and the Netherlands on Tuesday to coordinate any new limits on sales of "
     "chip-making equipment to China.", {("JPN", "USA"), ("JPN", "NLD")}),
    ("The United Arab Emirates urged Iran and the United States on Sunday to return to nuclear talks.",
     {("ARE", "IRN"), ("ARE", "USA")}),
    ("Germany urged France, Italy and Spain on Monday to impose sanctions on Russian oil firms.",
     {("DEU", "FRA"), ("DEU", "ITA"), ("DEU", "ESP")}),
])
def test_an_appeal_to_listed_addressees_keeps_its_complement(text: str, want: set[tuple[str, str]]) -> None:
    rows = _codes(text, "2024-09-10")
    assert {r[:2] for r in rows} == want and all(c[:2] == "02" for _, _, c in rows), rows


@pytest.mark.parametrize(("text", "want"), [
    ("Mexico's economy ministry turned down a Chinese request to delay the tariffs on Wednesday.",
     ("MEX", "CHN", "1244")),
    ("Germany's economy minister criticized China's export controls on Monday.", ("DEU", "CHN", "111")),
    ("Italy's economy ministry rejected on Tuesday a French proposal for talks.", ("ITA", "FRA", "125")),
])
def test_an_economy_ministry_is_no_market(text: str, want: tuple[str, str, str]) -> None:
    rows = _codes(text, "2025-12-11")
    assert rows == [want], rows


def test_a_countrys_economy_is_still_a_market() -> None:
    assert _codes("China's economy slowed sharply on Monday.", "2025-12-11") == []


@pytest.mark.parametrize("text", [
    "The investment agreement between China and the European Union was put on ice on Thursday.",
    "The trade deal between Britain and India was frozen on Monday.",
    "The cooperation accord between Serbia and Kosovo has been put on ice.",
])
def test_an_agreement_put_on_ice_is_no_signing(text: str) -> None:
    rows = _codes(text, "2021-05-21")
    assert not any(c.startswith("05") for _, _, c in rows), rows


def test_a_visit_put_on_ice_is_called_off() -> None:
    rows = _codes("The planned visit by the German chancellor to Beijing was put on ice on Friday.", "2021-05-21")
    assert rows and all(c.startswith("16") for _, _, c in rows), rows


@pytest.mark.parametrize(("text", "want"), [
    ("The Japanese foreign minister is due in Beijing on Thursday.", ("JPN", "CHN", "042", "2025-05-22")),
    ("Xi is due in Paris on Sunday for a state visit.", ("CHN", "FRA", "042", "2025-05-18")),
    ("Blinken is expected in Seoul next week.", ("USA", "KOR", "042", None)),
    ("Vietnam's trade minister is expected in Washington next week for talks on tariffs.",
     ("VNM", "USA", "042", None)),
])
def test_a_visitor_expected_or_due_in_a_capital_is_a_planned_visit(
        text: str, want: tuple[str, str, str, str | None]) -> None:
    from tension import extract_events
    events = [e for e in extract_events(text, published="2025-05-16") if e.code == "042"]
    assert len(events) == 1, events
    e = events[0]
    assert (e.actor[:3], e.target[:3], e.code) == want[:3] and e.mode == "plan", e
    if want[3] is not None:
        assert e.date.isoformat() == want[3], e


@pytest.mark.parametrize("text", [
    "Growth is expected in the second half of the year.",
    "A decision is due in March.",
    "The first payments are due in Kyiv next month.",
])
def test_what_is_expected_or_due_without_a_visitor_is_no_visit(text: str) -> None:
    assert _codes(text, "2025-05-16") == []


@pytest.mark.parametrize(("text", "want"), [
    ("A federal jury in Cincinnati on Friday convicted a Chinese intelligence officer.", ("USA", "CHN")),
    ("Federal prosecutors charged two Chinese researchers on Tuesday.", ("USA", "CHN")),
    ("A Chinese engineer was sentenced on Tuesday by a federal judge in San Jose to four months in prison.",
     ("USA", "CHN")),
    ("Federal police in Brazil arrested two Chinese nationals on Monday.", ("BRA", "CHN")),
    ("BERLIN — Federal prosecutors charged a Chinese spy on Monday.", ("DEU", "CHN")),
])
def test_a_federal_office_belongs_to_a_federation(text: str, want: tuple[str, str]) -> None:
    rows = _codes(text, "2025-09-05")
    assert [r[:2] for r in rows] == [want] and rows[0][2][:2] in ("17", "11"), rows


def test_a_federal_office_beside_a_named_federation_is_its() -> None:
    rows = _codes("Meng Wanzhou sued the Canadian government and the federal police on Friday.", "2019-03-04")
    assert not any("USA" in r[:2] for r in rows), rows


@pytest.mark.parametrize(("text", "want"), [
    ("The special representatives of India and China met in New Delhi on Tuesday.", ("IND", "CHN")),
    ("The trade representatives of Japan and Korea met in Seoul on Monday.", ("JPN", "KOR")),
    ("China's special representative for Eurasian affairs met Ukraine's foreign minister on Monday.",
     ("CHN", "UKR")),
])
def test_special_and_trade_representatives_are_envoys_not_legislators(text: str, want: tuple[str, str]) -> None:
    from tension import extract_events
    events = extract_events(text, published="2025-08-06")
    assert [(e.actor[:3], e.target[:3]) for e in events] == [want], events
    assert all(e.actor.endswith("GOV") for e in events), events


@pytest.mark.parametrize(("text", "want"), [
    ("China imposed duties on Sunday on a plastic imported from the United States, the European Union, Japan and "
     "Taiwan.", {("CHN", "USA"), ("CHN", "IGO"), ("CHN", "JPN"), ("CHN", "TWN")}),
    ("Russia banned imports of fruit from Poland, Lithuania, Latvia and Estonia on Monday.",
     {("RUS", "POL"), ("RUS", "LTU"), ("RUS", "LVA"), ("RUS", "EST")}),
    ("Beijing lifted its ban on group tours to Germany, the Netherlands, Spain and Italy on Friday.",
     {("CHN", "DEU"), ("CHN", "NLD"), ("CHN", "ESP"), ("CHN", "ITA")}),
])
def test_every_member_of_a_long_target_list_is_a_target(text: str, want: set[tuple[str, str]]) -> None:
    rows = _codes(text, "2025-05-19")
    assert {r[:2] for r in rows} == want, rows


def test_a_possessor_after_a_target_still_ends_the_list() -> None:
    rows = _codes("Washington imposed tariffs on Canada and Mexico's steel on Monday.", "2025-05-19")
    assert ("USA", "CAN", "163") in [r[:3] for r in rows], rows
