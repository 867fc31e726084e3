"""Rules of the ninth round's economy batch, redone in the tenth round (our own sentences here)."""

from __future__ import annotations

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _full(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in _coded_events(text, published)]


def test_a_trade_benefit_revoked_is_a_sanction() -> None:
    rows = _rows("Washington revoked Hong Kong's preferential trade status on Tuesday.", "2020-07-16")
    assert [r[:3] for r in rows] == [("USA", "HKG", "163")], rows
    rows = _rows("The United States stripped Turkey of its GSP benefits on Friday.", "2019-05-18")
    assert [r[:3] for r in rows] == [("USA", "TUR", "163")], rows
    rows = _rows("Ottawa withdrew Belarus's most-favoured-nation status last week.", "2022-03-10")
    assert [r[:3] for r in rows] == [("CAN", "BLR", "163")], rows
    # lifting a sanction stays an easing
    rows = _rows("The European Union withdrew its tariffs on Cambodian rice on Monday.", "2021-05-18")
    assert [r[:3] for r in rows] == [("IGO", "KHM", "085")], rows


def test_a_blocked_takeover_or_sale_is_a_sanction_on_the_bidder_or_buyer() -> None:
    rows = _rows("The Treasury on Friday blocked a Chinese company's bid for an American insurer.", "2019-06-08")
    assert [r[:3] for r in rows] == [("USA", "CHN", "163")], rows
    rows = _rows("Britain on Tuesday blocked the takeover of a Welsh chip plant by a Chinese-owned firm.", "2022-11-17")
    assert [r[:3] for r in rows] == [("GBR", "CHN", "163")], rows
    # a long description of what is sold does not hide the buyer ...
    rows = _rows("Italy vetoed the sale of a robotics maker owned by the family firm Alpha to a Chinese buyer.",
                 "2021-04-01")
    assert [r[:3] for r in rows] == [("ITA", "CHN", "163")], rows



def test_a_subsidiary_takes_its_parents_country() -> None:
    rows = _rows("Washington sanctioned a Dubai unit of a Russian bank on Friday.", "2023-05-20")
    assert [r[:3] for r in rows] == [("USA", "RUS", "163")], rows
    rows = _rows("Beijing fined the Chinese subsidiary of a Japanese drugmaker on Monday.", "2023-05-23")
    assert [r[:3] for r in rows] == [("CHN", "JPN", "172")], rows



def test_a_cited_reason_is_no_event() -> None:
    rows = _rows("Rome blocked the sale of a drone maker to a Chinese firm, citing a threat to national security.",
                 "2021-04-01")
    assert [r[:3] for r in rows] == [("ITA", "CHN", "163")], rows


def test_for_and_a_gerund_after_a_measure_is_its_reason() -> None:
    rows = _rows("Washington sanctioned three Chinese firms on Monday for helping Iran build drones.", "2023-02-15")
    assert [r[:3] for r in rows] == [("USA", "CHN", "163")], rows
    rows = _rows("The European Union blacklisted a Turkish bank for helping Russia carry out attacks on Ukraine.", "2023-02-15")
    assert ("IGO", "UKR") not in {r[:2] for r in rows} and ("TUR", "UKR") not in {r[:2] for r in rows}, rows
    # a city ending in "-ing" is no gerund
    rows = _rows("Washington imposed new export controls on Friday for Beijing's chipmakers.", "2023-02-15")
    assert [r[:3] for r in rows] == [("USA", "CHN", "163")], rows


def test_engaging_with_another_side_is_consultation() -> None:
    rows = _rows("Tokyo engaged with Beijing on Friday over the seafood dispute.", "2023-09-02")
    assert [r[:3] for r in rows] == [("JPN", "CHN", "040")], rows
    # a quoted fragment after a modal keeps the reported clause's subject
    full = _full("Mexico's trade ministry said it would \"actively engage\" with Canadian officials.", "2025-03-04")
    assert [r[:2] for r in full] == [("MEXGOV", "CANGOV")] and full[0][2][:2] == "04", full


def test_south_korean_kims_are_south_koreas() -> None:
    full = _full("Prime Minister Kim Min-seok met Japan's foreign minister in Seoul on Tuesday.", "2025-09-17")
    assert full and full[0][:2] == ("KORGOV", "JPNGOV"), full
    full = _full("Kim Jung-kwan criticised Washington's new tariffs on Friday.", "2025-09-20")
    assert full and full[0][0] == "KORGOV", full


def test_abusing_is_the_speakers_judgement_not_an_assault() -> None:
    rows = _rows("Beijing said on Saturday that Washington was abusing export controls to hold back its rivals.",
                 "2025-09-15")
    assert [r[:3] for r in rows] == [("CHN", "USA", "111")], rows


def test_a_licence_measure_is_aimed_at_the_exports_destination() -> None:
    rows = _rows("Seoul said on Friday it would require licences for exports of advanced memory chips to Russia.",
                 "2023-05-20")
    assert [r[:3] for r in rows] == [("KOR", "RUS", "163")], rows
    # the licence holders are no target when the licence's destination is named
    rows = _rows("Washington revoked the licences that allowed two American firms to sell chips to Huawei.",
                 "2024-05-08")
    assert [r[:2] for r in rows] == [("USA", "CHN")], rows


def test_a_suspended_order_eases_but_cancelled_purchase_orders_are_a_boycott() -> None:
    rows = _rows("Rome on Tuesday suspended the order that had frozen the assets of a Chinese carmaker.", "2024-03-06")
    assert [r[:3] for r in rows] == [("ITA", "CHN", "081")], rows
    rows = _rows("Chinese importers cancelled orders for Australian barley on Monday.", "2020-05-12")
    assert [r[:3] for r in rows] == [("CHN", "AUS", "163")], rows


def test_a_revoked_waiver_lays_the_measure_on_its_holder() -> None:
    rows = _rows("Washington has revoked the waivers that let two Taiwanese chipmakers ship tools to their plants in "
                 "China, officials said on Friday.", "2025-09-06")
    assert [r[:3] for r in rows] == [("USA", "TWN", "163")], rows
    rows = _rows("Washington withdrew the sanctions waivers that let India buy Iranian oil.", "2019-04-23")
    assert ("USA", "IND", "163") in [r[:3] for r in rows], rows


def test_a_verb_inside_a_cited_reason_is_no_event() -> None:
    rows = _rows("Beijing halted imports of Philippine bananas on Friday, citing pests found in recent shipments.",
                 "2012-05-12")
    assert [r[:3] for r in rows] == [("CHN", "PHL", "163")], rows


def test_a_meeting_between_a_countrys_officials_and_another_is_joint() -> None:
    rows = _rows("Talks between Japanese officials and President Yoon Suk Yeol ended on Friday without a deal.",
                 "2023-03-18")
    assert {r[:2] for r in rows} == {("JPN", "KOR")} and all(r[2][:2] == "04" for r in rows), rows


def test_an_exchange_delisting_companies_is_a_measure() -> None:
    rows = _rows("Nasdaq delisted three Chinese chipmakers on Thursday.", "2022-08-12")
    assert [r[:3] for r in rows] == [("USA", "CHN", "163")], rows


def test_what_an_authors_instrument_does_is_no_act_told() -> None:
    rows = _rows("The bank said on Monday it would keep serving the firm despite an order by President Trump that "
                 "bars Americans from investing in Chinese military companies.", "2021-01-12")
    assert not any(r[2][:2] == "16" for r in rows), rows


def test_leaving_the_belt_and_road_and_a_party_told_of_a_step() -> None:
    rows = _rows("Panama quit China's Belt and Road Initiative on Thursday.", "2025-02-07")
    assert [r[:3] for r in rows] == [("PAN", "CHN", "160")], rows
    rows = _rows("Rome has formally notified Beijing that it is leaving the Belt and Road Initiative, officials said "
                 "on Wednesday.", "2023-12-07")
    assert [r[:3] for r in rows] == [("ITA", "CHN", "160")], rows


def test_joining_another_in_doing_something_is_no_meeting() -> None:
    rows = _rows("Australia on Friday banned the app on government phones, joining Britain in trying to protect its "
                 "networks.", "2023-04-08")
    assert not any(r[2][:2] == "04" for r in rows), rows


def test_a_meeting_nouns_topic_is_no_partner() -> None:
    rows = _rows("Ottawa said it would open a public consultation on possible tariffs on Chinese solar panels.",
                 "2024-08-27")
    assert not any(r[2][:2] == "04" for r in rows), rows
    rows = _rows("Seoul held talks with Tokyo on North Korea on Monday.", "2024-08-27")
    assert [r[:3] for r in rows][:1] == [("KOR", "JPN", rows[0][2])] and rows[0][2][:2] == "04", rows


def test_canadian_cities_are_canadas() -> None:
    rows = _rows("Blinken flew to Halifax on Friday to discuss Arctic security with Canadian ministers.", "2023-11-18")
    assert [r[:3] for r in rows] == [("USA", "CAN", "042")], rows


def test_talks_a_trip_is_for_are_the_trips_meeting() -> None:
    rows = _rows("Lammy is due to travel to Tokyo on Monday for two days of talks with Japanese ministers.",
                 "2025-03-01")
    assert len(rows) == 1 and rows[0][:2] == ("GBR", "JPN") and rows[0][2][:2] == "04", rows


def test_a_court_of_appeal_and_a_feared_retaliation_are_no_events() -> None:
    rows = _rows("The Paris Court of Appeal, which froze the assets in May, has not yet ruled on Huawei's appeal.",
                 "2025-11-20")
    assert not any(r[2][:2] == "02" for r in rows), rows
    rows = _rows("Australian winemakers were bracing for Chinese retaliation on Monday.", "2020-11-24")
    assert rows == [], rows


def test_a_regulator_is_its_governments() -> None:
    full = _full("Japan's market regulator said on Monday that Google violated the country's antitrust law.",
                 "2025-04-15")
    assert full and full[0][:2] == ("JPNGOV", "USABUS") and full[0][2][:2] == "11", full


def test_an_inquiry_into_whether_reaches_its_object() -> None:
    rows = _rows("Tokyo opened an investigation on Monday into whether South Korean steelmakers sold below cost.",
                 "2024-05-14")
    assert [r[:3] for r in rows] == [("JPN", "KOR", "090")], rows


def test_a_speech_act_joined_to_a_report_is_the_speakers() -> None:
    rows = _rows("Japan's foreign ministry said on Friday that Seoul's ruling was unacceptable and urged South Korea "
                 "to take appropriate measures.", "2023-01-14")
    assert ("JPN", "KOR") in {r[:2] for r in rows} and all(r[0] == "JPN" for r in rows), rows
