"""News leads and their sign (issue 11, family 2; tension/text/signs.py).

Sentences written for these tests (news style, no copied text). Each rule has cases it must
code and cases it must leave alone.
"""

from __future__ import annotations

import pytest

from tension.text import signs
from tension.text.extract import _coded_events
from tension.text.tokens import tokenize

Row = tuple[str, str, str, str, str, str]  # actor, target, code, date, precision, mode


def _rows(text: str, published: str) -> list[Row]:
    return _coded_events(text, published)


def _has(rows: list[Row], actor: str, target: str, prefix: str, day: str = "", mode: str = "") -> bool:
    return any(a[:3] == actor and t[:3] == target and c.startswith(prefix) and (not day or d == day)
               and (not mode or m == mode) for a, t, c, d, _, m in rows)


def _toks(text: str) -> list[str]:
    return [t for t, _, _ in tokenize(text)]


# ------------------------------------------------------------------ bars on one's own people

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The Treasury on Tuesday barred American investors from buying shares in 31 Chinese defence firms.",
     "USA", "CHN"),
    ("Tokyo banned Japanese companies from shipping chip-making tools to Russia on Monday.", "JPN", "RUS"),
    ("Beijing prohibited its airlines from flying to Japan after the dispute, the ministry said.", "CHN", "JPN"),
])
def test_bar_from_is_a_sanction_on_the_activity_party(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2022-03-09")
    assert _has(rows, actor, target, "16"), rows
    assert not any(a[:3] == t[:3] for a, t, *_ in rows), rows  # never a restriction of one's own people
    assert not any(c[:2] in ("06", "05", "04") for _, _, c, *_ in rows), rows  # the activity is no event


def test_bar_from_keeps_domestic_bars_domestic() -> None:
    rows = _rows("Hong Kong police barred protesters from marching to the legislature on Sunday.", "2019-07-02")
    assert not any(c.startswith("163") for _, _, c, *_ in rows), rows


def test_bar_from_needs_a_gerund() -> None:
    toks = _toks("Britain barred imports from the region.")
    assert signs.bar_from(toks, 1, 0, len(toks)) is None
    toks = _toks("Britain barred its banks from lending to Moscow.")
    assert signs.bar_from(toks, 1, 0, len(toks)) == 4


# ------------------------------------------------------------------ announced measures

@pytest.mark.parametrize(("text", "actor", "target", "code", "day"), [
    ("Beijing said on Tuesday it would expel three Australian reporters.", "CHN", "AUS", "17", "2021-05-04"),
    ("The Kremlin announced on Monday that it would impose sanctions on 20 British lawmakers.", "RUS", "GBR", "16",
     "2021-05-03"),
])
def test_announced_measure_is_the_act(text: str, actor: str, target: str, code: str, day: str) -> None:
    rows = _rows(text, "2021-05-05")
    assert _has(rows, actor, target, code, day=day, mode="act"), rows
    assert not _has(rows, actor, target, "13"), rows


@pytest.mark.parametrize("text", [
    "Beijing warned on Tuesday it would expel Australian reporters if Canberra kept up its inquiry.",
    "Moscow said it would impose sanctions on British lawmakers if London went ahead with the seizure.",
])
def test_warnings_and_conditions_stay_threats(text: str) -> None:
    rows = _rows(text, "2021-05-05")
    assert not any(c[:2] in ("16", "17") for _, _, c, *_ in rows), rows


def test_announced_measure_takes_its_start_date() -> None:
    text = "Canberra said on Thursday it would bar Chinese apps from government phones and tablets from Monday."
    rows = _rows(text, "2023-04-07")  # a Friday: "from Monday" is 10 April
    assert any(c[:2] in ("16", "17") and d == "2023-04-10" and m == "act" for _, _, c, d, _, m in rows), rows


def test_announced_measure_rejects_passives_and_plain_will() -> None:
    toks = _toks("Officials said sanctions would be imposed on the groups.")
    assert not signs.announced_measure(toks, toks.index("imposed"), 0, len(toks))
    toks = _toks("The United States signed a deal under which its troops would withdraw.")
    assert not signs.announced_measure(toks, toks.index("withdraw"), 0, len(toks))


# ------------------------------------------------------------------ findings and polls

@pytest.mark.parametrize("text", [
    "A poll by a Tokyo newspaper found that 70 percent of Japanese distrust China.",
    "A study published on Monday found that most South Koreans view the United States favourably.",
    "The survey shows a majority of Taiwanese oppose unification with China.",
])
def test_polls_and_findings_are_no_events(text: str) -> None:
    assert _rows(text, "2024-03-05") == []


def test_finding_rule_leaves_founding_alone() -> None:
    toks = _toks("The two firms founded a joint venture in Shanghai.")
    assert not signs.is_finding(toks, 3)
    assert signs.poll_share(_toks("Half of Americans said"), 2)
    assert not signs.poll_share(_toks("the leader of China said"), 3)


# ------------------------------------------------------------------ signing a law

def test_signed_restrictive_law_is_no_agreement() -> None:
    text = ("President Joe Biden signed a bill on Tuesday forcing a Chinese drone maker to sell its American "
            "unit or face a ban.")
    rows = _rows(text, "2024-12-25")
    assert not any(c.startswith("05") for _, _, c, *_ in rows), rows
    assert _has(rows, "USA", "CHN", "17"), rows


def test_signed_plain_law_and_real_treaties() -> None:
    rows = _rows("Trump signed a law on Monday funding research with China's help.", "2019-06-04")
    assert not any(c.startswith("057") for _, _, c, *_ in rows), rows
    rows = _rows("Japan and India signed a defence pact on Monday.", "2020-09-08")
    assert _has(rows, "JPN", "IND", "057") or _has(rows, "IND", "JPN", "057"), rows


# ------------------------------------------------------------------ eased conflicts, markets, orders

def test_truce_in_a_war_is_the_truce() -> None:
    rows = _rows("Ethiopia and the rebels agreed to a truce in their two-year war on Wednesday.", "2022-11-03")
    assert not any(c[:2] in ("16", "18", "19", "20") for _, _, c, *_ in rows), rows
    rows = _rows("Washington and Tokyo called for an end to the tariff war with Seoul.", "2022-11-03")
    assert not any(c.startswith("163") for _, _, c, *_ in rows), rows
    toks = _toks("Beijing escalated its trade war with Canberra.")
    assert not signs.eased_conflict(toks, toks.index("trade"), 0)


@pytest.mark.parametrize("text", [
    "TOKYO — Japanese stocks fell on Tuesday as the trade war with China weighed on exporters.",
    "China's economy slowed in the second quarter as American tariffs bit, data showed on Monday.",
])
def test_market_reports_are_no_events(text: str) -> None:
    rows = _rows(text, "2019-07-16")
    assert not any(a[:3] in ("JPN", "CHN") and t[:3] in ("JPN", "CHN") for a, t, *_ in rows), rows


def test_market_subject_keeps_goods_and_consumers() -> None:
    rows = _rows("Washington raised tariffs on Chinese goods on Friday.", "2019-05-10")
    assert _has(rows, "USA", "CHN", "163"), rows
    assert not signs.market_subject(_toks("Chinese consumers boycotted Japanese beer"), 1)


def test_ordered_the_country_to_close_a_consulate() -> None:
    rows = _rows("BEIJING — China ordered the United States to close its consulate in Chengdu on Friday.",
                 "2020-07-24")
    assert _has(rows, "CHN", "USA", "16", day="2020-07-24"), rows
    assert not _has(rows, "USA", "CHN", ""), rows


# ------------------------------------------------------------------ reciprocal acts and measure verbs

def test_reciprocal_measures_go_both_ways() -> None:
    rows = _rows("Canada and China placed 20 percent duties on $2 billion of each other's farm goods on Monday.",
                 "2019-03-04")
    assert _has(rows, "CAN", "CHN", "163") and _has(rows, "CHN", "CAN", "163"), rows


def test_reciprocal_fighting_stays_one_event() -> None:
    rows = _rows("Indian and Chinese soldiers hurled rocks at each other in the Galwan valley on Monday.",
                 "2020-06-16")
    assert len({(a[:3], t[:3]) for a, t, *_ in rows}) <= 1, rows
    assert not signs.reciprocal(_toks("each of them imposed tariffs on china"), 5, 7)


def test_put_and_levy_measures() -> None:
    rows = _rows("WASHINGTON — Washington put new sanctions on three Iranian shipping firms on Tuesday.", "2023-05-10")
    assert _has(rows, "USA", "IRN", "163", day="2023-05-09"), rows
    rows = _rows("LONDON — The government put the dispute with Brussels behind it on Tuesday.", "2023-05-10")
    assert not any(c.startswith("16") for _, _, c, *_ in rows), rows


def test_revoked_credentials_of_named_newspaper() -> None:
    rows = _rows("MOSCOW — Russia revoked the press credentials of two Washington Post reporters on Friday.",
                 "2022-03-05")
    assert _has(rows, "RUS", "USA", "17", day="2022-03-04"), rows


# ------------------------------------------------------------------ refused requests

@pytest.mark.parametrize("text", [
    "TOKYO — Beijing declined a Japanese proposal for a summit between the two leaders, officials said on Monday.",
    "Moscow declined Washington's request for talks on arms control on Friday.",
])
def test_refused_request_is_a_refusal(text: str) -> None:
    rows = _rows(text, "2023-06-06")
    assert rows and all(c[:2] == "12" for _, _, c, *_ in rows), rows


def test_refusal_does_not_reach_past_a_new_clause() -> None:
    toks = _toks("Beijing declined, and later held a meeting with Tokyo.")
    assert not signs.refused_request(toks, 2, toks.index("meeting"))


# ------------------------------------------------------------------ roles of leads

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("TOKYO — U.S. Energy Secretary Jennifer Granholm met Japan's prime minister on Tuesday.", "USAGOV", "JPNGOV"),
    ("MANILA — The U.S. Navy held a video call with the head of China's Eastern Theater Command on Tuesday.",
     "USAMIL", "CHNMIL"),
    ("WASHINGTON — The United States sanctioned members of China's National People's Congress on Tuesday.",
     "USA", "CHNLEG"),
])
def test_titled_offices_and_possessed_bodies_keep_their_role(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "2023-03-08")
    assert any(a == actor and t == target for a, t, *_ in rows), rows


# ------------------------------------------------------------------ measures called off, reported refusals

@pytest.mark.parametrize(("text", "actor", "target", "day"), [
    ("OTTAWA — Canada postponed a tariff increase on Chinese electric vehicles on Friday.", "CAN", "CHN",
     "2024-06-07"),
    ("BRUSSELS — The European Union on Tuesday delayed new duties on American whiskey until March.", "IGO", "USA",
     "2024-06-04"),
    ("TOKYO — Japan on Wednesday backed off its July 1 deadline for export curbs on South Korean chipmakers.", "JPN",
     "KOR", "2024-06-05"),
])
def test_measures_called_off_are_eased(text: str, actor: str, target: str, day: str) -> None:
    rows = _rows(text, "2024-06-08")
    assert any(a[:3] == actor and t[:3] == target and c[:2] == "08" and d == day for a, t, c, d, *_ in rows), rows
    assert not any(c[:2] == "16" for _, _, c, *_ in rows), rows


def test_postponed_visit_is_still_a_cut_and_eased_codes() -> None:
    rows = _rows("SEOUL — South Korea's president postponed his visit to Tokyo on Monday.", "2019-07-02")
    assert _has(rows, "KOR", "JPN", "16"), rows
    assert signs.eased_measure("163") == "085" and signs.eased_measure("040") is None


def test_reported_refusal_is_the_refusal() -> None:
    rows = _rows("CANBERRA — Australia's prime minister said on Monday he would not lift sanctions on Russian banks.",
                 "2022-05-09")
    assert any(c[:2] == "12" and t[:3] == "RUS" for _, t, c, *_ in rows), rows
    rows = _rows("CANBERRA — The prime minister would not lift sanctions on Russian banks if asked.", "2022-05-09")
    assert not any(c[:2] == "12" for _, _, c, *_ in rows), rows


# ------------------------------------------------------------------ summary appositions

def test_summary_apposition_names_the_lead_act() -> None:
    text = ("LONDON — Britain will send no ministers to the Moscow forum next month, "
            "Downing Street said on Tuesday, a diplomatic boycott that leaves trade officials free to go.")
    rows = _rows(text, "2023-05-10")
    assert _has(rows, "GBR", "RUS", "163", day="2023-05-09"), rows


def test_summary_apposition_only_when_the_lead_codes_nothing() -> None:
    text = ("BEIJING — China expelled three Australian reporters on Tuesday, the foreign ministry said, "
            "the largest expulsion of foreign journalists in years.")
    rows = _rows(text, "2023-05-10")
    assert len([r for r in rows if r[0][:3] == "CHN" and r[1][:3] == "AUS"]) == 1, rows
    assert not signs.summary_noun(_toks("officials said they boycott"), 3, 0, True, frozenset())


def test_public_opinion_is_no_event() -> None:
    """'Most Americans now see China as the greatest threat': a poll, not a threat; a crowd still acts."""
    assert _rows("Most Americans now see China as the greatest threat to the United States, a poll found.",
                 "2024-02-10") == []
    rows = _rows("Some Americans protested outside the Chinese embassy on Friday.", "2024-02-10")
    assert any(r[0][:3] == "USA" and r[1][:3] == "CHN" for r in rows), rows


@pytest.mark.parametrize("text", [
    "China halted cooperation with the United States on climate change in retaliation for Pelosi's visit to Taiwan.",
    "Beijing expelled two US diplomats in response to the expulsion of Chinese envoys by Washington.",
])
def test_the_cause_of_a_retaliation_is_no_new_event(text: str) -> None:
    rows = _rows(text, "2022-08-06")
    assert any(r[0][:3] == "CHN" and r[1][:3] == "USA" and r[2][:2] in ("16", "17") for r in rows), rows
    assert not any(r[0][:3] == "USA" for r in rows), rows  # the visit / the US expulsion: told before
    assert not any(r[2][:2] == "13" for r in rows), rows  # "retaliation" is the reason, no threat


def test_a_planned_trip_postponed_is_dated_in_the_past() -> None:
    rows = _rows("Blinken postponed a planned trip to Beijing on Friday.", "2023-02-04")
    assert [(r[0][:3], r[1][:3], r[2], r[3]) for r in rows] == [("USA", "CHN", "160", "2023-02-03")], rows


@pytest.mark.parametrize("text", [
    "Top U.S. and Chinese officials traded sharp rebukes on Thursday at the opening of their talks.",
    "China and the United States exchanged accusations over the balloon on Monday.",
])
def test_traded_rebukes_go_both_ways(text: str) -> None:
    rows = _rows(text, "2021-03-19")
    assert _has(rows, "USA", "CHN", "11") and _has(rows, "CHN", "USA", "11"), rows


def test_fighting_a_problem_is_no_use_of_force() -> None:
    rows = _rows("China said it would halt cooperation with the United States on climate change, military talks "
                 "and fighting drug trafficking.", "2022-08-06")
    assert _has(rows, "CHN", "USA", "16") and not any(c[:2] in ("18", "19", "20") for _, _, c, *_ in rows), rows
    assert _has(_rows("Russia and Ukraine fought fierce battles near Bakhmut.", "2023-05-01"), "RUS", "UKR", "19")
