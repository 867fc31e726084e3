"""Security and diplomacy rules of the thirteenth round (our own sentences here, not the dev set's)."""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


@pytest.mark.parametrize("text, own, served", [
    ("Estonian prosecutors charged two soldiers on Monday with spying for Russia.", "ESTMIL", "RUS"),
    ("Polish prosecutors charged a former army officer with spying for Russia.", "POLMIL", "RUS"),
    ("Taiwanese prosecutors indicted three navy officers on charges of spying for China.", "TWNMIL", "CHN"),
    ("Philippine police arrested three Filipinos on charges of spying for China.", "PHLCVL", "CHN"),
    ("German police arrested three German citizens on suspicion of spying for China.", "DEUCVL", "CHN"),
])
def test_the_arresting_states_own_people_are_the_target(text: str, own: str, served: str) -> None:
    rows = [(r[0], r[1], r[2]) for r in _coded_events(text, "2024-05-15")]
    assert [r[1] for r in rows if r[2] == "173"] == [own], rows
    # the state served is accused of espionage, not arrested
    assert any(r[1][:3] == served and r[2] == "1125" for r in rows), rows


@pytest.mark.parametrize("text, target", [
    # a foreign national stays the target; persons of no country keep the state served (as before)
    ("Indian police arrested a Chinese national on charges of spying for China.", "CHN"),
    ("Federal agents arrested two men in New York on Monday on charges of running a secret police station "
     "in Manhattan for China's Ministry of Public Security.", "CHN"),
])
def test_an_accused_of_no_own_country_is_left_alone(text: str, target: str) -> None:
    rows = _rows(text, "2024-05-15")
    assert [r[1] for r in rows if r[2] == "173"] == [target], rows


@pytest.mark.parametrize("text", [
    "Were Russia to attack Estonia, NATO would be obliged to respond.",
    "Were China to blockade Taiwan, Japan would come under pressure to help.",
    "Had Pakistan shot down the Indian jet, New Delhi would have retaliated.",
])
def test_a_condition_told_by_inversion_is_no_act(text: str) -> None:
    assert _rows(text, "2024-05-15") == []


def test_an_inverted_condition_leaves_a_plain_sentence_alone() -> None:
    rows = _rows("Were the talks a failure? Officials said China sanctioned Lockheed Martin on Monday.", "2024-05-15")
    assert [r[:3] for r in rows] == [("CHN", "USA", "163")], rows


@pytest.mark.parametrize("text, date", [
    ("Hours after the frigate HMS Spey sailed through the Taiwan Strait on Sunday, China's military accused "
     "Britain of provocation.", "2024-05-12"),
    ("Minutes after North Korea fired a missile on Tuesday, Japan lodged a protest with Pyongyang.", "2024-05-14"),
    ("A day after the drills began on Monday, North Korea condemned Seoul.", "2024-05-14"),
])
def test_a_fronted_tied_clause_dates_the_main_clause(text: str, date: str) -> None:
    rows = [r for r in _rows(text, "2024-05-15") if r[2][:2] == "11"]
    assert len(rows) == 1 and rows[0][3] == date, rows


def test_an_untied_fronted_clause_does_not_date_the_main_clause() -> None:
    rows = _rows("Days after Lai returned on Friday, China accused Taiwan of provocation.", "2024-05-15")
    assert [(r[0], r[1], r[3]) for r in rows] == [("CHN", "TWN", "2024-05-15")], rows


@pytest.mark.parametrize("text, actor, date", [
    ("Pyongyang said on Tuesday it would reject any talks with Seoul, a day after South Korea's president said "
     "he hoped to meet Kim.", "KOR", "2024-05-13"),
    ("Iran condemned the strike on Thursday, a day after Israel said it had hit a weapons depot in Syria.",
     "ISR", "2024-05-08"),
])
def test_a_saying_inside_a_tied_after_clause_keeps_the_tie(text: str, actor: str, date: str) -> None:
    rows = _rows(text, "2024-05-15")
    assert [r[3] for r in rows if r[0] == actor] == [date], rows


@pytest.mark.parametrize("text, target", [
    ("Pyongyang said on Tuesday it would reject any talks with Seoul.", "KOR"),
    ("Hungary said it would refuse to accept any refugees under the EU plan.", "IGOEUREEC"),
])
def test_a_refusal_one_says_one_would_make_is_made(text: str, target: str) -> None:
    rows = [(r[1], r[2], r[5]) for r in _coded_events(text, "2024-05-15")]
    assert [r for r in rows if r[1][:2] == "12"] and all(r[2] == "act" for r in rows if r[1][:2] == "12"), rows
    assert any(r[0][:len(target)] == target for r in rows), rows


@pytest.mark.parametrize("text, pair", [
    ("Ukraine accused China of arming Russia on Tuesday. China rejected the claims as groundless on Wednesday.",
     ("CHN", "UKR")),
    ("China rejected Ukraine's claims as groundless on Wednesday.", ("CHN", "UKR")),
    ("Ukraine accused China of arming Russia on Tuesday. Beijing dismissed the reports on Wednesday.", ("CHN", "UKR")),
    ("India rejected Pakistan's claims that it had violated the ceasefire.", ("IND", "PAK")),
])
def test_rejecting_claims_is_a_denial(text: str, pair: tuple[str, str]) -> None:
    rows = _rows(text, "2024-05-15")
    assert (pair[0], pair[1], "016") in {r[:3] for r in rows}, rows


@pytest.mark.parametrize("text", [
    "The United States rejected China's claims to the South China Sea on Monday.",
    "Vietnam rejected China's claims in the Paracels.",
])
def test_rejecting_a_territorial_claim_is_no_denial(text: str) -> None:
    rows = _rows(text, "2024-05-15")
    assert rows and all(r[2][:2] == "12" for r in rows), rows


@pytest.mark.parametrize("text, pair", [
    ("India's ban prompted a complaint on Tuesday from the Chinese embassy.", ("CHN", "IND")),
    ("India's ban on Chinese apps drew a protest on Tuesday from Beijing.", ("CHN", "IND")),
    ("Sweden's expulsion of a Chinese journalist on Monday prompted a complaint on Tuesday from the Chinese "
     "embassy in Stockholm.", ("CHN", "SWE")),
])
def test_a_reaction_drawn_from_someone_on_a_day(text: str, pair: tuple[str, str]) -> None:
    rows = _rows(text, "2024-05-15")
    assert [r[:2] for r in rows if r[2] == "114"] == [pair], rows


@pytest.mark.parametrize("text, actor", [
    ("Police in Savannah, Georgia, arrested two Chinese nationals on Monday.", "USA"),
    ("Federal agents raided a factory in Dalton, Georgia, on Tuesday and detained 40 Mexican workers.", "USA"),
    # the country keeps its name: its capital, its government, a party to talks
    ("Police in Tbilisi, Georgia, detained hundreds of protesters on Monday.", "GEO"),
    ("Georgia's government expelled a Russian diplomat on Monday.", "GEO"),
])
def test_georgia_after_a_town_is_the_american_state(text: str, actor: str) -> None:
    rows = _rows(text, "2024-05-15")
    assert rows and all(r[0] == actor for r in rows), rows
    assert not any("GEO" in r[:2] for r in rows) or actor == "GEO", rows


@pytest.mark.parametrize("text, pair", [
    ("The Ministry of Foreign Affairs of Japan strongly condemns North Korea's ballistic missile launch.",
     ("JPNGOV", "PRK")),
    ("The Ministry of Foreign Affairs of the Philippines summoned the Chinese ambassador on Monday.",
     ("PHLGOV", "CHNGOV")),
    ("The Foreign Ministry of Ukraine summoned China's charge d'affaires on Tuesday.", ("UKRGOV", "CHNGOV")),
    # the office named alone keeps the dictionary's country
    ("The Ministry of Foreign Affairs criticized Japan on Monday.", ("CHNGOV", "JPN")),
])
def test_an_office_of_the_country_named_after_it(text: str, pair: tuple[str, str]) -> None:
    rows = _coded_events(text, "2024-05-15")
    assert [(r[0], r[1]) for r in rows] == [pair], rows


@pytest.mark.parametrize("text, pair", [
    ("The Philippine Coast Guard (PCG) said on Monday that it would patrol the shoal. The PCG accused China of "
     "harassment.", ("PHLMIL", "CHN")),
    ("South Korea's Joint Chiefs of Staff (JCS) said North Korea fired a missile on Monday. The JCS condemned "
     "Pyongyang.", ("KORMIL", "PRK")),
    ("The World Health Organization (WHO) said on Monday that China had shared data. The WHO praised Beijing.",
     ("IGOUNOHLHWHO", "CHN")),
    ("The Armed Forces of the Philippines (AFP) said on Monday that it was monitoring the area. The AFP accused "
     "China of dangerous conduct.", ("PHLMIL", "CHN")),
])
def test_an_acronym_defined_in_parentheses_stands_for_its_name(text: str, pair: tuple[str, str]) -> None:
    rows = _coded_events(text, "2024-05-15")
    assert pair in {(r[0], r[1]) for r in rows}, rows


@pytest.mark.parametrize("text, pair", [
    ("China would take resolute countermeasures if Manila allowed a second American missile system onto its "
     "soil, a Chinese defence ministry spokesman warned on Thursday.", ("CHN", "PHL")),
    ("Iran would retaliate if Israel struck its nuclear sites, a military spokesman warned on Monday.",
     ("IRN", "ISR")),
])
def test_a_would_clause_with_a_condition_warned_after_it_is_a_threat(text: str, pair: tuple[str, str]) -> None:
    rows = _rows(text, "2025-04-24")
    assert [r[:2] for r in rows if r[2][:2] == "13"] == [pair], rows


@pytest.mark.parametrize("text", [
    "If the bill becomes law, the State Department would have to certify China's compliance, officials said.",
    "Prices would soar if Iran closed the strait, analysts warned.",
])
def test_a_supposition_with_a_report_after_it_stays_no_act(text: str) -> None:
    assert _rows(text, "2025-04-24") == []


@pytest.mark.parametrize("text, pair, code", [
    ("Japan's new prime minister, Sanae Takaichi, and China's leader, Xi Jinping, met for about 30 minutes on "
     "Friday.", ("JPN", "CHN"), "040"),
    ("The Australian prime minister, Anthony Albanese, and the Chinese premier, Li Qiang, met in Canberra on "
     "Monday.", ("AUS", "CHN"), "040"),
    ("China's top trade negotiator, Liu He, and President Trump signed the deal on Wednesday.", ("CHN", "USA"), "057"),
])
def test_two_offices_each_with_its_name_in_apposition_act_jointly(text: str, pair: tuple[str, str],
                                                                  code: str) -> None:
    rows = _rows(text, "2025-04-24")
    assert [r[:3] for r in rows] == [(*pair, code)], rows


def test_a_single_office_with_its_name_keeps_its_object() -> None:
    rows = _rows("China's foreign minister, Wang Yi, met Blinken on Friday.", "2025-04-24")
    assert [r[:2] for r in rows] == [("CHN", "USA")], rows


@pytest.mark.parametrize("text, actor", [
    ("The destroyer USS Halsey sailed through the Taiwan Strait on Wednesday.", "USA"),
    ("The frigate HMS Richmond sailed through the Taiwan Strait on Wednesday.", "GBR"),
    ("The survey ship USNS Bowditch sailed through the Taiwan Strait on Monday.", "USA"),
    ("The Dutch frigate HNLMS Tromp sailed through the Taiwan Strait on Monday.", "NLD"),
])
def test_a_ship_named_after_its_class_is_the_subject(text: str, actor: str) -> None:
    rows = _rows(text, "2024-10-21")
    assert [r[:3] for r in rows] == [(actor, "CHN", "150")], rows


def test_a_retold_act_dated_only_by_its_report_is_the_first_reports() -> None:
    text = ("TAIPEI — A British frigate and an Australian destroyer sailed through the Taiwan Strait on Sunday, "
            "officials said.\n\nThe frigate HMS Richmond and the destroyer HMAS Sydney transited the strait "
            "through international waters, the Royal Navy said in a statement on Monday.")
    rows = _rows(text, "2024-10-22")
    assert {(r[0], r[3]) for r in rows if r[2] == "150"} == {("GBR", "2024-10-20"), ("AUS", "2024-10-20")}, rows


@pytest.mark.parametrize("text, actor, target", [
    ("A court in Shenzhen sentenced a Canadian man who had worked in Hong Kong to death on Friday.", "CHN", "CAN"),
    ("A court in Moscow sentenced Paul Whelan, a former U.S. Marine who lived in Michigan, to 16 years on Monday.",
     "RUS", "USA"),
    ("Police in Shanghai detained two Japanese men who had lived in Taiwan.", "CHN", "JPN"),
])
def test_a_court_or_police_in_a_city_are_that_citys(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2023-05-15")
    assert [r[:2] for r in rows] == [(actor, target)], rows


@pytest.mark.parametrize("text, pair", [
    ("China on Monday rejected reports that two of its diplomats had tried to gain access to an American military "
     "base.", ("CHN", "USA")),
    ("Russia dismissed reports that its hackers had broken into German ministries as fabrications.", ("RUS", "DEU")),
])
def test_a_denial_of_reports_is_aimed_at_the_side_they_say_was_struck(text: str, pair: tuple[str, str]) -> None:
    rows = _rows(text, "2019-12-16")
    assert [r[:3] for r in rows] == [(*pair, "016")], rows


@pytest.mark.parametrize("text", [
    "China denied reports that it was building a naval base in Cambodia.",
    "China on Friday denied a report that it had reached a secret deal with Cuba to set up a spy base.",
])
def test_a_place_or_partner_in_denied_reports_is_no_accuser(text: str) -> None:
    assert _rows(text, "2019-12-16") == []


@pytest.mark.parametrize("text", [
    "Were Beijing to impose a blockade on Taiwan, Japanese officials privately concede, Tokyo would face enormous "
    "pressure to let American forces operate from Okinawa.",
    "Officials in Kyiv concede that Russia holds the advantage.",
])
def test_conceding_in_words_is_no_yielding(text: str) -> None:
    assert _rows(text, "2025-11-20") == []


def test_conceding_territory_is_still_yielding() -> None:
    rows = _rows("Armenia conceded the disputed villages to Azerbaijan on Monday.", "2025-11-20")
    assert [r[:3] for r in rows] == [("ARM", "AZE", "080")], rows
