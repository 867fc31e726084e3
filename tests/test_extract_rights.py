"""Human rights, Hong Kong, detainees and media in news (issue 11; tension/text/coverage.py,
signs.py, clauses.py, discourse.py and the role anchoring in extract.py).

Sentences written for these tests (news style, no copied text). Each rule has cases it must
code and cases it must leave alone.
"""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events

Row = tuple[str, str, str, str, str, str]  # actor, target, code, date, precision, mode


def _has(rows: list[Row], actor: str, target: str, prefix: str, day: str = "") -> bool:
    return any(a[:len(actor)] == actor and t[:len(target)] == target and c.startswith(prefix)
               and (not day or d == day) for a, t, c, d, _, _ in rows)


# ------------------------------------------------------------------ the dateline's police and protesters

@pytest.mark.parametrize(("text", "country"), [
    ("HONG KONG — Police fired tear gas at protesters on Wednesday.", "HKG"),
    ("MINSK, Belarus — Riot police fired rubber bullets and stun grenades on Sunday at thousands of "
     "demonstrators.", "BLR"),
    ("SANTIAGO, Chile — Police fired water cannon and tear gas on Friday at crowds of protesters who had "
     "blocked a highway.", "CHL"),
])
def test_police_of_the_dateline_repress_protesters(text: str, country: str) -> None:
    rows = _coded_events(text, "2019-06-12")
    assert _has(rows, country + "COP", country + "OPP", "175"), rows


def test_a_country_named_in_the_sentence_still_wins_over_the_dateline() -> None:
    rows = _coded_events("BEIJING — Police in Hong Kong fired tear gas at protesters on Sunday.", "2019-08-12")
    assert _has(rows, "HKGCOP", "HKGOPP", "175"), rows
    assert not any(a[:3] == "CHN" for a, *_ in rows), rows


def test_the_city_is_the_city_named_before_not_the_dateline() -> None:
    rows = _coded_events("BEIJING — China said on Monday it would punish groups that backed protests in Hong Kong, "
                         "in retaliation for a U.S. law supporting the city's protesters.", "2019-12-02")
    assert not any(t == "CHNOPP" for _, t, *_ in rows), rows


# ------------------------------------------------------------------ relative clauses and what a bill allows

def test_a_relative_clause_has_its_own_subject() -> None:
    rows = _coded_events("HONG KONG — Police fired tear gas on Wednesday at thousands of protesters who had "
                         "surrounded the city's legislature.", "2019-06-12")
    assert _has(rows, "HKGCOP", "HKGOPP", "175"), rows
    assert not any(a == "HKGCOP" and t[:3] != "HKG" for a, t, *_ in rows), rows


@pytest.mark.parametrize("text", [
    "Thousands marched on Sunday against a bill allowing extraditions to mainland China.",
    "Lawmakers debated a proposed law that would allow extraditions to Russia.",
    "The opposition denounced a new law backing the security services.",
])
def test_what_a_bill_allows_is_no_event(text: str) -> None:
    rows = _coded_events(text, "2019-06-10")
    assert not any(c[:3] == "063" or c[:2] == "17" for _, _, c, *_ in rows), rows


def test_a_result_clause_forcing_a_government_is_no_coercion() -> None:
    rows = _coded_events("Protesters blocked the roads around parliament on Monday, forcing the government to "
                         "postpone the vote.", "2019-06-10")
    assert not any(c[:3] == "170" for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ releases of people

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("China released an American pastor on Sunday.", "CHN", "USA"),
    ("Iran has released Anoosheh Ashoori, a British engineer, officials said on Wednesday.", "IRN", "GBR"),
    ("A Japanese academic was released by Chinese authorities on Friday.", "CHN", "JPN"),
    ("Russia released two American journalists on Thursday in an exchange.", "RUS", "USA"),
])
def test_people_released(text: str, actor: str, target: str) -> None:
    rows = _coded_events(text, "2024-09-16")
    assert _has(rows, actor, target, "084"), rows


@pytest.mark.parametrize("text", [
    "China released a report on Japan's military spending on Sunday.",
    "The White House released a statement on Russia on Friday.",
    "The report on North Korea was released on Monday.",
])
def test_released_documents_are_no_release(text: str) -> None:
    rows = _coded_events(text, "2024-09-16")
    assert not any(c[:3] == "084" for _, _, c, *_ in rows), rows


def test_a_passive_release_is_by_the_state_that_held_them() -> None:
    rows = _coded_events("OTTAWA — Two Canadians detained in China for nearly three years were freed on Friday.",
                         "2021-09-25")
    assert _has(rows, "CHN", "CAN", "084", "2021-09-24"), rows
    assert not any(c[:2] == "17" for _, _, c, *_ in rows), rows  # the detention only describes them


def test_a_passive_arrest_in_a_country_is_by_its_state() -> None:
    rows = _coded_events("An American businessman was detained in Shanghai on Friday.", "2024-09-16")
    assert _has(rows, "CHN", "USA", "173"), rows


def test_an_arrest_by_a_named_agent_keeps_it() -> None:
    rows = _coded_events("Chinese police detained two Canadians on Friday.", "2021-09-25")
    assert _has(rows, "CHNCOP", "CAN", "173"), rows


# ------------------------------------------------------------------ announced suspensions

@pytest.mark.parametrize(("text", "prefix"), [
    ("China said on Monday it would suspend visits by American warships to Hong Kong.", "16"),
    ("Beijing said on Monday it would cancel talks with Tokyo.", "16"),
])
def test_an_announced_suspension_is_an_act_not_an_intent(text: str, prefix: str) -> None:
    rows = _coded_events(text, "2019-12-02")
    assert any(c.startswith(prefix) and m == "act" for _, _, c, _, _, m in rows), rows
    assert not any(c[:2] == "03" for _, _, c, *_ in rows), rows


def test_a_reported_visit_stays_a_plan() -> None:
    rows = _coded_events("China said it would send its foreign minister to visit the United States next month.",
                         "2019-12-02")
    assert not any(c[:2] == "16" for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ "its" office

def test_its_foreign_ministry_is_the_country_just_named() -> None:
    rows = _coded_events("NEW DELHI — China did not disclose casualties, but its foreign ministry accused Indian "
                         "troops of crossing the border.", "2020-06-17")
    assert _has(rows, "CHN", "IND", "112"), rows


# ------------------------------------------------------------------ votes at the UN and its office holders

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The Human Rights Council on Thursday voted down a motion led by the United States to debate Xinjiang.",
     "IGOUNO", "USA"),
    ("The Senate voted down a resolution brought by Russia on Tuesday.", "USA", "RUS"),
])
def test_voting_down_a_motion_is_a_rejection(text: str, actor: str, target: str) -> None:
    rows = _coded_events(text, "2022-10-06")
    assert _has(rows, actor, target, "12"), rows
    assert not any(c[:2] == "17" for _, _, c, *_ in rows), rows


def test_the_un_rights_chief_is_the_un_while_in_office_and_chile_before() -> None:
    rows = _coded_events("Michelle Bachelet urged the Chinese government on Saturday to review its policies.",
                         "2022-05-28")
    assert _has(rows, "IGOUNO", "CHN", "02"), rows
    rows = _coded_events("Michelle Bachelet visited Argentina on Monday.", "2008-03-03")
    assert _has(rows, "CHL", "ARG", "04"), rows


# ------------------------------------------------------------------ detainees described, releases requested

def test_a_detainee_described_is_no_new_detention() -> None:
    rows = _coded_events("Japan's foreign minister met Wang Yi on Thursday and requested the early release of a "
                         "Japanese employee of a drugmaker detained in China.", "2024-07-05")
    assert not any(c[:2] == "17" for _, _, c, *_ in rows), rows
    assert _has(rows, "JPN", "CHN", "0253"), rows  # aimed at the state holding him, not at Japan


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Two Canadians were detained in China on Friday.", "CHN", "CAN"),
    ("Police detained in Minsk more than 100 people on Sunday.", "BLR", "BLR"),
])
def test_a_detention_told_as_such_stays(text: str, actor: str, target: str) -> None:
    rows = _coded_events(text, "2024-07-05")
    assert _has(rows, actor, target, "173"), rows


def test_a_demand_for_release_names_the_holder() -> None:
    rows = _coded_events("Canada demanded the release of two Canadians detained in China.", "2019-01-10")
    assert _has(rows, "CAN", "CHN", "105"), rows


# ------------------------------------------------------------------ expulsions and travel advisories

def test_ordering_foreign_reporters_to_leave_is_an_expulsion() -> None:
    rows = _coded_events("China ordered three Wall Street Journal reporters to leave the country within five days.",
                         "2020-02-19")
    assert _has(rows, "CHN", "USA", "174"), rows


def test_ordering_ones_own_people_to_leave_is_no_expulsion() -> None:
    rows = _coded_events("China told its citizens to leave Ukraine on Monday.", "2022-02-28")
    assert not any(c == "174" for _, _, c, *_ in rows), rows


def test_a_lowered_travel_advisory_eases() -> None:
    rows = _coded_events("The State Department on Monday lowered its travel advisory for China by one level.",
                         "2023-11-27")
    assert _has(rows, "USA", "CHN", "081"), rows


# ------------------------------------------------------------------ characterisations

@pytest.mark.parametrize("text", [
    "China's foreign ministry on Wednesday condemned the law as a malicious attack on Chinese companies.",
    "Beijing denounced the measure as an assault on Chinese students.",
])
def test_a_characterisation_names_no_target_and_no_attack(text: str) -> None:
    rows = _coded_events(text, "2022-06-22")
    assert not any(a[:3] == t[:3] for a, t, *_ in rows), rows
    assert not any(c[:2] in ("18", "19") for _, _, c, *_ in rows), rows


def test_a_comment_on_a_named_party_stays() -> None:
    rows = _coded_events("China condemned the American law as a malicious attack on Chinese companies.", "2022-06-22")
    assert _has(rows, "CHN", "USA", "11"), rows
