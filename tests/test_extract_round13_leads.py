"""News-lead and codebook rules of the thirteenth round (leads pass): our own wire-style sentences here,
with other actors and wording than the dev set's items s2620-s2719."""

from __future__ import annotations

import pytest

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def _has(rows: list[tuple[str, str, str, str]], actor: str, target: str, root: str) -> bool:
    return any(r[0] == actor and r[1] == target and r[2][:2] == root for r in rows)


@pytest.mark.parametrize("text, actor, target", [
    ("Moscow denied a request by Tokyo for access to the islands.", "RUS", "JPN"),
    ("Egypt denied a request by Israel to open the crossing.", "EGY", "ISR"),
    ("Beijing denied requests from Canberra for consular access to the detained writer.", "CHN", "AUS"),
    ("Israel denied permission for a Turkish aid ship to dock at Ashdod on Monday.", "ISR", "TUR"),
])
def test_a_denied_request_is_a_refusal_not_a_denial(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2022-03-01")
    assert _has(rows, actor, target, "12"), rows
    assert not any(r[2] == "016" for r in rows), rows


def test_a_denial_of_a_charge_stays_a_denial() -> None:
    rows = _rows("China denied that its ships had rammed a Philippine boat.", "2022-03-01")
    assert [r[:3] for r in rows] == [("CHN", "PHL", "016")], rows


@pytest.mark.parametrize("text, actor, target", [
    ("Egypt restored the licence of a Qatari broadcaster on Sunday.", "EGY", "QAT"),
    ("Saudi Arabia restored flights to Qatar on Monday.", "SAU", "QAT"),
    ("Russia restored the licences of two Finnish banks on Monday.", "RUS", "FIN"),
    ("Ankara restored visas for Dutch diplomats on Tuesday.", "TUR", "NLD"),
    ("Turkey reversed its ban on Greek fishing boats on Friday.", "TUR", "GRC"),
])
def test_a_restriction_restored_or_reversed_is_easing(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2022-03-01")
    assert _has(rows, actor, target, "08"), rows


@pytest.mark.parametrize("text, actor, target", [
    ("Germany said on Monday it would end its partnership with a Russian gas company.", "DEU", "RUS"),
    ("Finland terminated its partnership with Russia's state nuclear company on Monday.", "FIN", "RUS"),
    ("The European Space Agency ended its cooperation with Russia on the Mars rover on Thursday.", "IGO", "RUS"),
    ("Australia ended its cooperation with China's Huawei on the cable project.", "AUS", "CHN"),
])
def test_a_partnership_ended_reduces_relations(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2022-03-01")
    assert _has(rows, actor, target, "16"), rows


@pytest.mark.parametrize("text, actor, target", [
    ("Canada expressed regret over India's decision to expel its diplomats.", "CAN", "IND"),
    ("Ankara regretted the decision by Sweden to allow the protest.", "TUR", "SWE"),
    ("Japan expressed regret over South Korea's decision to end the intelligence pact.", "JPN", "KOR"),
])
def test_regret_at_anothers_decision_is_disapproval(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2022-03-01")
    assert _has(rows, actor, target, "11"), rows
    assert not any(r[2] == "018" for r in rows), rows


def test_regret_over_deaths_stays_sympathy() -> None:
    rows = _rows("Germany expressed regret over the deaths of Nepalese climbers.", "2022-03-01")
    assert [r[:3] for r in rows] == [("DEU", "NPL", "018")], rows


def test_the_paris_agreement_is_no_party() -> None:
    rows = _rows("Brazil criticised Washington's exit from the Paris accord on Thursday.", "2017-06-02")
    assert [r[:3] for r in rows] == [("BRA", "USA", "111")], rows
    rows = _rows("Mexico expressed regret over Washington's decision to leave the Paris climate agreement.",
                 "2017-06-02")
    assert [r[:3] for r in rows] == [("MEX", "USA", "110")], rows


@pytest.mark.parametrize("text, actor, target", [
    ("An assailant stabbed a Brazilian presidential candidate at a rally on Thursday.", "BRA", "BRA"),
    ("An attacker stabbed a Japanese schoolboy in Shenzhen on Wednesday.", "CHN", "JPN"),
    ("A gunman stabbed a Dutch film director in Amsterdam on Tuesday.", "NLD", "NLD"),
])
def test_an_unnamed_attacker_is_of_the_victims_country(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2024-01-03")
    assert _has(rows, actor, target, "18"), rows


@pytest.mark.parametrize("text, actor", [
    ("Fighters of a Sudanese militia killed hundreds of ethnic Masalit civilians in Geneina on Sunday.", "SDN"),
    ("Janjaweed militiamen killed more than 100 villagers in Sudan's Darfur region on Saturday.", "SDN"),
    ("Militiamen in Congo killed at least 120 villagers in Ituri province on Friday.", "COD"),
])
def test_a_killing_of_hundreds_of_civilians_is_a_mass_killing(text: str, actor: str) -> None:
    rows = _rows(text, "2023-11-07")
    assert any(r[0] == actor and r[2] == "202" for r in rows), rows


def test_a_killing_of_a_few_stays_a_killing() -> None:
    rows = _rows("Russian forces killed two Ukrainian soldiers on Friday.", "2023-11-07")
    assert [r[:3] for r in rows] == [("RUS", "UKR", "1823")], rows


@pytest.mark.parametrize("text, actor, target", [
    ("A Russian frigate docked in Havana on Wednesday for a five-day port call.", "RUS", "CUB"),
    ("An Indian destroyer docked at Colombo on Friday.", "IND", "LKA"),
    ("Two Japanese warships began a port visit to Manila on Sunday.", "JPN", "PHL"),
])
def test_a_port_call_is_a_visit(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2015-11-03")
    assert _has(rows, actor, target, "04"), rows


@pytest.mark.parametrize("text, actor, target", [
    ("Russia sanctioned a firm in the Japanese city of Osaka on Monday.", "RUS", "JPN"),
    ("The European Union blacklisted a firm based in the Turkish city of Izmir on Friday.", "IGO", "TUR"),
    ("Japan sanctioned two firms in the Russian port of Vladivostok on Monday.", "JPN", "RUS"),
])
def test_a_firm_in_a_named_countrys_city_is_that_countrys(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2023-11-16")
    assert _has(rows, actor, target, "16"), rows
    assert not any(r[0] == r[1] for r in rows), rows


@pytest.mark.parametrize("text, actor, target", [
    ("The State Department and its Chinese counterpart agreed on Thursday to resume talks.", "USA", "CHN"),
    ("Japan's health ministry and its Korean counterpart agreed on Thursday to resume talks.", "JPN", "KOR"),
    ("Brazil's central bank and its Argentine counterpart agreed on Monday to resume talks.", "BRA", "ARG"),
])
def test_an_agency_and_its_foreign_counterpart_act_together(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2024-02-22")
    assert _has(rows, actor, target, "03"), rows


@pytest.mark.parametrize("text, actor, target", [
    ("Japan said it was ready to invite Chinese students to its universities.", "JPN", "CHN"),
    ("China is ready to invite American lawmakers to visit, the foreign ministry said.", "CHN", "USA"),
    ("Moscow said it was willing to invite Ukrainian negotiators to Istanbul.", "RUS", "UKR"),
])
def test_readiness_to_invite_is_an_intent(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2023-11-16")
    assert _has(rows, actor, target, "03"), rows


@pytest.mark.parametrize("text, actor, target", [
    ("China donated 100,000 test kits to Pakistan on Monday.", "CHN", "PAK"),
    ("Turkey sent ventilators and protective equipment to Britain on Wednesday.", "TUR", "GBR"),
    ("Japan shipped a million face masks to Italy on Friday.", "JPN", "ITA"),
])
def test_pandemic_relief_goods_are_humanitarian_aid(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2020-03-20")
    assert [r[:3] for r in rows] == [(actor, target, "073")], rows


@pytest.mark.parametrize("text, actor, target", [
    ("Britain carried out a deportation flight to Jamaica on Wednesday.", "GBR", "JAM"),
    ("The United States sent a removal flight with 120 Venezuelans to Caracas on Friday.", "USA", "VEN"),
    ("Germany organised a repatriation flight for 28 Afghans to Kabul on Friday.", "DEU", "AFG"),
])
def test_a_removal_flight_is_a_deportation(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2024-06-18")
    assert _has(rows, actor, target, "17"), rows


@pytest.mark.parametrize("text, country", [
    ("Gunmen opened fire on a police patrol in northern Nigeria on Monday.", "NGA"),
    ("Armed men stormed a Turkish police station in the south-east, killing two officers.", "TUR"),
    ("A gunman opened fire on a Colombian senator at a rally in Bogota on Saturday.", "COL"),
])
def test_unnamed_gunmen_firing_on_their_own_country_use_unconventional_violence(text: str, country: str) -> None:
    rows = _rows(text, "2024-05-16")
    assert any(r[0] == country and r[1] == country and r[2][:2] == "18" for r in rows), rows
    assert not any(r[2][:2] == "19" for r in rows), rows


@pytest.mark.parametrize("text, actor, target", [
    ("India dispatched a medical team to Nepal on Sunday.", "IND", "NPL"),
    ("China sent rescuers to Myanmar on Saturday.", "CHN", "MMR"),
    ("Cuba sent doctors and nurses to Italy on Sunday.", "CUB", "ITA"),
    ("Greece sent an emergency rescue team to Turkey on Monday.", "GRC", "TUR"),
])
def test_rescuers_and_medical_teams_sent_are_humanitarian_aid(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2023-02-10")
    assert [r[:3] for r in rows] == [(actor, target, "073")], rows


def test_a_team_of_negotiators_stays_a_delegation() -> None:
    rows = _rows("Japan sent a team of negotiators to Seoul on Monday.", "2023-02-10")
    assert [r[:3] for r in rows] == [("JPN", "KOR", "036")], rows


@pytest.mark.parametrize("text, actor, target", [
    ("Moscow demanded that Ankara revoke its approval of Sweden's NATO bid.", "RUS", "TUR"),
    ("India demanded that Washington revoke a deal to sell fighter jets to Pakistan.", "IND", "USA"),
    ("Beijing demanded on Friday that Berlin revoke a $2.1 billion arms sale to Taiwan.", "CHN", "DEU"),
])
def test_a_demand_to_revoke_a_sale_is_one_demand(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2017-06-30")
    assert [r[:2] for r in rows] == [(actor, target)], rows
    assert rows[0][2][:2] == "10", rows


def test_a_sale_revoked_reduces_relations() -> None:
    rows = _rows("Germany revoked its approval of a Chinese firm's purchase of a chip plant on Tuesday.", "2022-11-10")
    assert [(r[0], r[1], r[2][:2]) for r in rows] == [("DEU", "CHN", "16")], rows


def test_a_sum_of_money_is_not_counted_inside_a_term() -> None:
    rows = _rows("India cancelled a $500 million arms deal with Russia on Monday.", "2017-06-30")
    assert [(r[0], r[1], r[2][:2]) for r in rows] == [("IND", "RUS", "16")], rows


@pytest.mark.parametrize("text, actor, target", [
    ("Tokyo dismissed Seoul's ruling on wartime labour as a violation of international law.", "JPN", "KOR"),
    ("India dismissed Pakistan's offer of talks as a ploy on Monday.", "IND", "PAK"),
    ("Beijing dismissed Washington's call for talks as insincere.", "CHN", "USA"),
    ("Iran dismissed the IAEA resolution as politically motivated on Thursday.", "IRN", "IGO"),
])
def test_dismissed_as_a_trick_is_criticism(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2016-12-03")
    assert [r[:3] for r in rows] == [(actor, target, "111")], rows


def test_dismissed_allegations_stay_a_denial() -> None:
    rows = _rows("Moscow dismissed the British allegations as groundless on Monday.", "2016-12-03")
    assert [r[:3] for r in rows] == [("RUS", "GBR", "016")], rows


@pytest.mark.parametrize("text", [
    "A Chinese invasion of Taiwan would fail, according to war games run by a Washington think tank.",
    "A Russian attack on the Baltic states would be repelled within weeks, according to war games held by a "
    "British think tank.",
    "Tehran could build a bomb within months, according to an assessment by American intelligence agencies.",
])
def test_a_cited_source_is_no_event(text: str) -> None:
    rows = _rows(text, "2023-01-09")
    assert rows == [], rows


def test_an_event_with_a_cited_source_stays() -> None:
    rows = _rows("China held war games near Taiwan on Monday, according to Taiwan's defence ministry.", "2023-01-09")
    assert [r[:3] for r in rows] == [("CHN", "TWN", "150")], rows


def test_a_quantity_of_goods_is_not_counted_inside_a_term() -> None:
    rows = _rows("Japan shipped 30 tons of blankets to Turkey on Monday.", "2023-02-10")
    assert [r[:3] for r in rows] == [("JPN", "TUR", "073")], rows


@pytest.mark.parametrize("text", [
    "A Canadian who had been detained in China for more than two years returned to Toronto on Saturday.",
    "A British aid worker who had been held in Iran for nearly six years landed in London on Thursday.",
    "An Australian writer who has been barred from leaving Russia for 18 months spoke to reporters on Monday.",
])
def test_a_state_that_lasted_told_in_a_relative_clause_is_no_act(text: str) -> None:
    rows = _rows(text, "2022-03-17")
    assert not any(r[2][:2] == "17" for r in rows), rows


def test_the_main_act_beside_such_a_relative_clause_stays() -> None:
    rows = _rows("Iran freed a French tourist who had been held for 18 months on Friday.", "2022-03-17")
    assert [r[:3] for r in rows] == [("IRN", "FRA", "0841")], rows


@pytest.mark.parametrize("text, first, second", [
    ("Russia expelled two Estonian diplomats and Estonia expelled a Russian diplomat on Monday.",
     ("RUS", "EST"), ("EST", "RUS")),
    ("Russia freed an American teacher and the United States released a Russian hacker on Thursday.",
     ("RUS", "USA"), ("USA", "RUS")),
    ("India banned Chinese apps and China suspended Indian imports on Tuesday.", ("IND", "CHN"), ("CHN", "IND")),
])
def test_and_with_a_named_subject_and_its_verb_opens_a_second_clause(text: str, first: tuple[str, str],
                                                                     second: tuple[str, str]) -> None:
    rows = _rows(text, "2023-12-14")
    pairs = [r[:2] for r in rows]
    assert first in pairs and second in pairs, rows


@pytest.mark.parametrize("text", [
    "Japan and South Korea condemned the launch on Monday.",
    "The ministry said Japan and China agreed to resume talks.",
    "China imposed sanctions on Lockheed and Raytheon said it would comply.",
])
def test_a_joint_subject_stays_one_clause(text: str) -> None:
    from tension.text.sentences import split_clauses
    assert len(split_clauses(text, 0, len(text))) == 1, split_clauses(text, 0, len(text))
