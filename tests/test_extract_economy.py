"""Economy and technology measures in articles (issue 11; tension/text/signs.py, coverage.py, dates.py).

Sentences written for these tests (news style, no copied text). Each rule has cases it must
code and cases it must leave alone.
"""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events

Row = tuple[str, str, str, str, str, str]  # actor, target, code, date, precision, mode


def _has(rows: list[Row], actor: str, target: str, prefix: str, day: str = "") -> bool:
    return any(a[:3] == actor and t[:3] == target and c.startswith(prefix) and (not day or d == day)
               for a, t, c, d, _, _ in rows)


# ------------------------------------------------------------------ measures kept are states

@pytest.mark.parametrize("text", [
    "The truce keeps American tariffs on most Chinese imports at about 30 percent.",
    "The deal left the Japanese duties on Korean chemicals in place.",
    "The ruling maintains European sanctions on Russian banks.",
])
def test_a_kept_measure_is_no_new_act(text: str) -> None:
    rows = _coded_events(text, "2025-08-12")
    assert not any(c[:2] == "16" for _, _, c, *_ in rows), rows


def test_a_measure_imposed_after_a_keep_verb_is_still_an_act() -> None:
    rows = _coded_events("China kept its word and imposed tariffs on American soybeans.", "2019-05-14")
    assert _has(rows, "CHN", "USA", "16"), rows


# ------------------------------------------------------------------ removals from a list

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The Commerce Department removed China's Institute of Forensic Science from its entity list.", "USA", "CHN"),
    ("Tokyo took two Russian banks off its sanctions blacklist on Friday.", "JPN", "RUS"),
])
def test_removal_from_a_list_is_easing(text: str, actor: str, target: str) -> None:
    rows = _coded_events(text, "2023-11-17")
    assert _has(rows, actor, target, "08"), rows
    assert not any(c[:2] == "16" for _, _, c, *_ in rows), rows


def test_adding_to_a_list_stays_a_sanction() -> None:
    rows = _coded_events("The Commerce Department added China's Institute of Forensic Science to its entity list.",
                         "2020-06-06")
    assert _has(rows, "USA", "CHN", "16"), rows
    assert not any(c[:2] == "08" for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ reversals and "no longer"

def test_a_reversed_ban_on_sales_to_a_country_eases_toward_it() -> None:
    rows = _coded_events("Washington reversed a ban on sales of Nvidia's H20 chip to China in July.", "2025-08-12")
    assert _has(rows, "USA", "CHN", "08"), rows
    assert not any(c[:2] in ("16", "17") for _, _, c, *_ in rows), rows
    assert not any(a[:3] == t[:3] for a, t, *_ in rows), rows  # the seller is no target


def test_a_ban_on_sales_to_a_country_targets_it() -> None:
    rows = _coded_events("Washington imposed a ban on sales of Nvidia's chips to China on Monday.", "2023-10-17")
    assert _has(rows, "USA", "CHN", "1"), rows
    assert not any(a[:3] == t[:3] for a, t, *_ in rows), rows


def test_no_longer_imposing_a_measure_is_easing() -> None:
    rows = _coded_events("The United States said it will no longer impose tariffs on Chinese steel.", "2025-08-12")
    assert _has(rows, "USA", "CHN", "08"), rows
    assert not any(c[:2] == "16" for _, _, c, *_ in rows), rows


def test_continuing_a_suspension_is_the_easing_not_an_intent() -> None:
    rows = _coded_events("China's commerce ministry said it would continue to suspend an additional 24 percent "
                         "tariff on American products.", "2025-08-12")
    assert _has(rows, "CHN", "USA", "085"), rows
    assert not any(c[:2] in ("03", "16") for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ investigations of goods from a country

def test_a_probe_into_goods_from_a_country_targets_it() -> None:
    rows = _coded_events("China opened an anti-dumping investigation into imports of plastic from the "
                         "United States.", "2024-05-19")
    assert _has(rows, "CHN", "USA", "09"), rows
    assert not _has(rows, "USA", "CHN", ""), rows


def test_a_loan_from_a_country_keeps_its_agent() -> None:
    rows = _coded_events("Pakistan received a loan from China on Monday.", "2024-05-19")
    assert _has(rows, "CHN", "PAK", "07"), rows


# ------------------------------------------------------------------ dates of announced measures

def test_a_start_date_after_a_long_list_of_goods_is_future() -> None:
    rows = _coded_events("China's tariff commission said it would impose a 15 percent levy on U.S. coal and LNG and a "
                         "10 percent levy on crude oil, farm machinery, large cars and pickup trucks from Feb. 10.",
                         "2025-02-04")
    assert any(d == "2025-02-10" for _, _, _, d, _, _ in rows), rows
    assert not any(d.startswith("2024") for _, _, _, d, _, _ in rows), rows


def test_would_have_is_a_counterfactual_past() -> None:
    rows = _coded_events("Without the deal, tariffs would have returned to the rates that Washington imposed on "
                         "Chinese goods in April.", "2025-08-12")
    assert not any(d.startswith("2026") for _, _, _, d, _, _ in rows), rows


# ------------------------------------------------------------------ "lift ... to" a level

def test_lifting_duties_to_a_level_is_a_raise() -> None:
    rows = _coded_events("President Donald Trump lifted duties on Chinese imports to 145 percent on Wednesday.",
                         "2025-04-11")
    assert _has(rows, "USA", "CHN", "163"), rows
    assert not any(c[:2] == "08" for _, _, c, *_ in rows), rows


def test_lifting_duties_without_a_level_is_easing() -> None:
    rows = _coded_events("President Donald Trump lifted duties on Chinese imports on Wednesday.", "2025-04-11")
    assert _has(rows, "USA", "CHN", "08"), rows


# ------------------------------------------------------------------ orders to stop dealing with a party

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("China ordered state firms to stop using American software.", "CHN", "USA"),
    ("Beijing ordered operators of critical infrastructure to stop buying products from Micron Technology.",
     "CHN", "USA"),
])
def test_an_order_to_stop_dealing_with_a_party_is_a_sanction_on_it(text: str, actor: str, target: str) -> None:
    rows = _coded_events(text, "2023-05-22")
    assert _has(rows, actor, target, "163"), rows
    assert not any(c[:2] == "10" for _, _, c, *_ in rows), rows  # no demand on one's own firms


def test_telling_a_foreign_state_to_stop_buying_is_no_sanction_on_a_third() -> None:
    rows = _coded_events("Biden told China to stop buying Russian oil.", "2023-05-22")
    assert not _has(rows, "USA", "RUS", "16"), rows


# ------------------------------------------------------------------ matching tariffs, expiring truces, drug fights

def test_matching_tariffs_is_a_sanction_not_a_fight() -> None:
    rows = _coded_events("Beijing matched each round of American tariffs with its own on Friday.", "2019-05-14")
    assert _has(rows, "CHN", "USA", "163"), rows
    assert not any(c[:2] in ("18", "19", "20") for _, _, c, *_ in rows), rows


def test_a_truce_due_to_expire_is_a_state() -> None:
    rows = _coded_events("Trump signed an order on Monday extending a pause on higher tariffs on Chinese goods, "
                         "hours before the truce between the two countries was due to expire.", "2025-08-12")
    assert _has(rows, "USA", "CHN", "085"), rows
    assert not any(c.startswith("087") for _, _, c, *_ in rows), rows


def test_a_truce_agreed_is_still_a_truce() -> None:
    rows = _coded_events("The United States and China agreed to a truce in their trade war on Saturday.",
                         "2018-12-02")
    assert any(c[:2] == "08" or c[:2] == "05" or c[:2] == "03" for _, _, c, *_ in rows), rows


def test_drug_fighting_talks_are_no_force() -> None:
    rows = _coded_events("U.S. and China Revive Drug-Fighting Talks in Beijing", "2024-01-31")
    assert not any(c[:2] in ("18", "19", "20") for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ forced sales, one measure told twice

@pytest.mark.parametrize("text", [
    "Biden on Monday ordered a Chinese-backed mining company to sell land it owns near a missile base.",
    "President Joe Biden ordered ByteDance to divest TikTok's American operations within 90 days.",
])
def test_an_order_to_sell_is_a_sanction(text: str) -> None:
    rows = _coded_events(text, "2024-05-13")
    assert _has(rows, "USA", "CHN", "163"), rows
    assert not any(c[:2] in ("03", "10") for _, _, c, *_ in rows), rows


def test_a_sale_agreed_is_no_sanction() -> None:
    rows = _coded_events("ByteDance agreed on Monday to sell TikTok's American operations to Oracle.", "2024-05-13")
    assert not any(c.startswith("163") for _, _, c, *_ in rows), rows


def test_a_measure_told_with_its_effective_day_is_the_measure_announced() -> None:
    text = ("China Hits Back With Tariffs\n\nBEIJING — China announced tariffs on American coal and gas on Tuesday. "
            "The tariff commission said China would impose a 15 percent levy on U.S. coal from Feb. 10.")
    rows = [r for r in _coded_events(text, "2025-02-04") if r[0][:3] == "CHN" and r[1][:3] == "USA"
            and r[2].startswith("163")]
    assert len(rows) == 1, rows


# ------------------------------------------------------------------ designations dropped, trusted-partner lists

def test_dropping_a_designation_is_easing() -> None:
    rows = _coded_events("On Monday the Treasury Department dropped its designation of China as a currency "
                         "manipulator.", "2020-01-16")
    assert _has(rows, "USA", "CHN", "08", "2020-01-13"), rows


@pytest.mark.parametrize("text", [
    "Japan's cabinet approved on Friday the removal of South Korea from a list of trusted trading partners.",
    "Seoul said on Friday it would drop Japan from its own list of trusted partners.",
])
def test_removal_from_a_trusted_partner_list_is_a_restriction(text: str) -> None:
    rows = _coded_events(text, "2019-08-03")
    assert any(c.startswith("163") for _, _, c, *_ in rows), rows
    assert not any(c[:2] == "08" for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ "the bloc"

def test_the_bloc_is_the_organisation_named_before() -> None:
    rows = _coded_events("The EU imposed tariffs on Chinese cars. China criticised the bloc on Friday.", "2024-10-08")
    assert _has(rows, "CHN", "IGO", "11"), rows


def test_the_country_is_never_an_organisation() -> None:
    rows = _coded_events("The EU imposed tariffs on Chinese cars. The country said on Friday it would appeal.",
                         "2024-10-08")
    assert not any(a.startswith("IGO") and c.startswith("11") for a, _, c, *_ in rows), rows


# ------------------------------------------------------------------ analysts are no actors

@pytest.mark.parametrize("text", [
    '"China is targeting the countries that voted yes," said a trade economist in Brussels.',
    '"Beijing is punishing Paris for its vote," said an analyst at a bank in Hong Kong.',
    "Analysts said China was targeting France with the brandy duties.",
    "According to economists, Beijing is retaliating against the European Union.",
])
def test_commentary_codes_nothing(text: str) -> None:
    assert _coded_events(text, "2024-10-08") == []


def test_an_analyst_detained_is_still_an_event() -> None:
    rows = _coded_events("China detained an American analyst on Monday, the State Department said.", "2024-10-08")
    assert _has(rows, "CHN", "USA", "173"), rows


# ------------------------------------------------------------------ "European" goods

def test_european_goods_are_the_eus() -> None:
    rows = _coded_events("China raised tariffs on European cars on Monday.", "2024-10-08")
    assert _has(rows, "CHN", "IGO", "163"), rows


# ------------------------------------------------------------------ dispute forums

def test_the_wto_is_the_forum_of_a_complaint() -> None:
    rows = _coded_events("China filed a complaint with the World Trade Organization against American tariffs.",
                         "2024-10-08")
    assert _has(rows, "CHN", "USA", "11"), rows
    assert not any(t.startswith("IGOBUSWTO") for _, t, *_ in rows), rows


def test_a_challenge_at_the_wto_is_not_aimed_at_it() -> None:
    rows = _coded_events("The European Commission said it would challenge the measures at the World Trade "
                         "Organization.", "2024-10-08")
    assert not any(t.startswith("IGOBUSWTO") for _, t, *_ in rows), rows


# ------------------------------------------------------------------ goods made in a country

def test_goods_made_in_a_country_make_it_the_target() -> None:
    rows = _coded_events("The EU imposed tariffs on electric cars made in China on Tuesday.", "2024-10-29")
    assert _has(rows, "IGO", "CHN", "163"), rows


def test_a_meeting_in_a_country_keeps_it_a_place() -> None:
    rows = _coded_events("Apple praised phones made in China.", "2024-10-29")
    assert not any(c[:2] == "16" for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ countermeasures and regulatory probes

@pytest.mark.parametrize("text", [
    "China's commerce ministry announced countermeasures against Lockheed Martin and Raytheon on Thursday.",
    "China imposed countermeasures on two American defence firms on Thursday.",
])
def test_countermeasures_announced_or_imposed_are_measures(text: str) -> None:
    rows = _coded_events(text, "2023-02-16")
    assert _has(rows, "CHN", "USA", "163"), rows
    assert not any(c[:2] == "13" for _, _, c, *_ in rows), rows


def test_countermeasures_warned_of_stay_a_threat() -> None:
    rows = _coded_events("China warned on Thursday that it would take countermeasures against the United States.",
                         "2023-02-16")
    assert not any(c.startswith("163") for _, _, c, *_ in rows), rows


def test_a_security_review_of_a_firm_is_an_investigation() -> None:
    rows = _coded_events("China opened a security review of Micron's products sold in China.", "2023-04-01")
    assert _has(rows, "CHN", "USA", "09"), rows
