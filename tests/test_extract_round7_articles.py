"""Rules of the seventh round's articles pass (court, congressional, business and reaction stories), with
sentences written for these tests, most of them about countries other than the United States and China."""

from __future__ import annotations

from tension.text.extract import _coded_events

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


def test_a_court_opening_the_dateline_sentence_after_a_headline_is_the_home_countrys() -> None:
    text = ("Smuggler Jailed for Eight Years\n\n"
            "MELBOURNE — A federal judge on Tuesday sentenced a Vietnamese smuggler to eight years in prison.")
    rows = _rows(text, "2019-03-14")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] in ([("AUS", "VNM", "11")], [("AUS", "VNM", "17")]), rows
    # must not: the sentenced man is no actor
    assert not any(a == "VNM" for a, _, _, _ in rows), rows


def test_what_a_court_punished_for_is_no_act_of_the_court() -> None:
    rows = _rows("A Dutch court on Monday sentenced a Russian hacker to six years in prison for trying to steal "
                 "data from Belgian banks.", "2019-03-14")
    assert [(a, t) for a, t, _, _ in rows] == [("NLD", "RUS")], rows


def test_the_first_time_gloss_repeats_the_act_told_before_it() -> None:
    rows = _rows("Norwegian police arrested a Swedish diplomat on Friday, the first time a Swedish envoy has been "
                 "detained and charged in Norway.", "2019-03-16")
    assert [(a, t, c) for a, t, c, _ in rows] == [("NOR", "SWE", "173")], rows


def test_a_month_of_that_year_takes_the_year_of_the_sentence_before() -> None:
    rows = _rows("Canada arrested the businessman in March 2019. Canada deported him to Ireland in June of that year.",
                 "2021-03-16")
    assert ("CAN", "IRL", "174", "2019-06-01") in rows, rows
    # must not: the year of publication
    assert not any(t == "IRL" and d.startswith("2021") for _, t, _, d in rows), rows


def test_an_act_days_before_an_undated_sentence_is_not_dated_on_the_publication_day() -> None:
    rows = _coded_events("The expulsion comes days after the Polish president met the German chancellor in Berlin.",
                         "2016-05-20")
    assert [(r[0][:3], r[1][:3], r[2][:2], r[3], r[4]) for r in rows] == [("POL", "DEU", "04", "2016-05-01", "month")]


def test_a_restrictive_bill_reaches_the_firms_it_bars_purchases_from() -> None:
    rows = _rows("The Senate on Tuesday passed a bill that would bar state agencies from buying cameras or drones "
                 "from several Russian manufacturers.", "2019-03-14")
    assert rows == [("USA", "RUS", "172", "2019-03-12")], rows


def test_participles_with_a_by_agent_after_a_day_are_passive_reactions() -> None:
    rows = _rows("A new defence pact between France, Italy and Spain drew mixed reactions on Monday, welcomed by "
                 "Portugal and condemned by Algeria.", "2019-03-14")
    assert {(a, t, c) for a, t, c, _ in rows} == {("PRT", "FRA", "051"), ("DZA", "FRA", "111")}, rows
    # must not: the pact's members welcoming or condemning anyone
    assert not any(a in ("FRA", "ITA", "ESP") for a, _, _, _ in rows), rows


def test_a_comment_on_the_pact_is_aimed_at_the_story_agreements_first_party() -> None:
    rows = _rows("Chile and Peru signed a fisheries pact on Monday. Argentina welcomed the pact on Tuesday.",
                 "2019-03-14")
    assert ("ARG", "CHL", "051", "2019-03-12") in rows, rows
    rows = _rows("Chile and Peru signed a fisheries pact on Monday. Bolivia's foreign minister said La Paz welcomed "
                 "the partnership as a model.", "2019-03-14")
    assert ("BOL", "CHL", "051", "2019-03-14") in rows, rows
    # must not: a deal its own words tie to another party is not the story's pact
    assert not any((a, t) == ("ARG", "CHL") for a, t, _, _ in _rows(
        "Chile and Peru signed a fisheries pact on Monday. Argentina welcomed the deal with Uruguay.", "2019-03-14"))


def test_not_conducive_to_peace_is_a_reproach_of_the_judged_party() -> None:
    rows = _rows("A French foreign ministry spokesman said Russia's manoeuvres were not conducive to regional stability.",
                 "2018-06-02")
    assert [(a, t, c) for a, t, c, _ in rows] == [("FRA", "RUS", "111")], rows


def test_what_would_follow_a_condition_is_no_act() -> None:
    # must not: the narrator's "would" after an "if" clause
    assert _rows("If the treaty is ratified, Norway would have to consult Denmark each year on fishing quotas.",
                 "2018-06-02") == []
    # ... while a party's conditional warning stays a threat
    rows = _rows("Ankara would impose sanctions on Athens if the drilling went ahead, the ministry said.", "2018-06-02")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("TUR", "GRC", "13")], rows


def test_a_deal_somebody_wants_is_an_intent_not_an_agreement() -> None:
    rows = _rows("The Brazilian president has said he wants a trade deal with Argentina.", "2018-06-02")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("BRA", "ARG", "03")], rows
    # must not: no signed agreement
    assert not any(c[:2] == "05" for _, _, c, _ in rows), rows


def test_under_the_action_told_a_will_measure_is_decided() -> None:
    rows = _coded_events("Under today's order, the European Commission will impose duties on steel made in Turkey.",
                         "2018-06-02")
    assert [(r[0][:3], r[1][:3], r[2], r[5]) for r in rows] == [("IGO", "TUR", "163", "act")], rows


def test_a_bill_requiring_sanctions_keeps_the_party_it_hits() -> None:
    rows = _rows("The House of Representatives on Wednesday passed legislation that would require sanctions on "
                 "Iranian officials.", "2018-06-02")
    assert rows == [("USA", "IRN", "172", "2018-05-30")], rows


def test_an_agent_noun_from_a_countrys_ship_is_that_countrys() -> None:
    rows = _rows("The Dutch minister said helicopters from a Russian destroyer directed the radar at Dutch frigates "
                 "on Saturday.", "2018-06-04")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "NLD", "150")], rows


def test_a_spokesman_after_a_body_speaks_for_it() -> None:
    rows = _rows("Russia's navy rejected the account. A spokesman accused Oslo of hyping the encounter.", "2018-06-04")
    assert ("RUS", "NOR", "112", "2018-06-04") in rows, rows
    # must not: a spokesman "for" another body is that body's
    rows = _rows("Norway protested on Sunday. A spokesman for the Russian navy accused Oslo of lying.", "2018-06-04")
    assert [(a, t) for a, t, _, _ in rows if t == "NOR"] == [("RUS", "NOR")], rows


def test_a_disapproval_one_would_hold_is_a_stance_taken_now() -> None:
    rows = _coded_events("Ankara said it would firmly oppose the Greek decision.", "2018-06-04")
    assert [(r[0][:3], r[1][:3], r[2][:2], r[5]) for r in rows] == [("TUR", "GRC", "11", "act")], rows


def test_what_the_powers_a_bill_grants_would_allow_is_no_act() -> None:
    # must not: the content of a bill is no restriction by its endorser
    assert _rows("The French government has endorsed a bill that would give the economy ministry new powers to "
                 "restrict technology from Russia.", "2018-06-04") == []
