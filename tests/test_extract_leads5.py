"""News-lead rules of the fifth round (sentences written here, not taken from articles)."""

from __future__ import annotations

from tension.text.adverbials import tied_offset
from tension.text.dates import is_future_context

try:
    from tests.extract_rows import country_rows as _rows
except ImportError:  # pytest's rootdir-relative imports
    from extract_rows import country_rows as _rows  # type: ignore[no-redef]


# --- the attribution after a relative clause dates the act -------------------------------------------


def test_an_attribution_after_a_relative_clause_dates_the_act() -> None:
    rows = _rows("Vietnam has cancelled a port call by a Chinese frigate that was planned for next month, "
                 "a navy official said on Saturday.", "2021-03-15")
    assert rows and all(d == "2021-03-13" for *_, d in rows), rows


def test_an_attribution_inside_the_relative_clause_does_not() -> None:
    # no comma: "which officials said on Monday" belongs to the relative clause
    rows = _rows("Seoul eased the curbs on Japanese firms which officials said on Monday had hurt trade.",
                 "2024-10-30")
    assert rows and all(d == "2024-10-30" for *_, d in rows), rows


# --- "minutes after", "a day after": the tied clause's day ------------------------------------------


def test_minutes_after_a_dated_clause_is_that_day() -> None:
    rows = _rows("Moscow expelled two Polish diplomats, announcing the step hours after Warsaw closed a Russian "
                 "consulate on Tuesday.", "2024-10-24")
    assert ("RUS", "POL", "2024-10-22") in [(a, t, d) for a, t, _, d in rows], rows


def test_a_bare_after_clause_lends_no_day() -> None:
    rows = _rows("Moscow expelled two Polish diplomats after Warsaw closed a Russian consulate on Tuesday.",
                 "2024-10-24")
    assert ("RUS", "POL", "2024-10-22") not in [(a, t, d) for a, t, _, d in rows], rows


def test_tied_offset() -> None:
    assert tied_offset("expelled envoys minutes after the vote".split(), 3) == 0
    assert tied_offset("drills began a day after lai spoke".split(), 4) == 1
    assert tied_offset("talks ended two days before the vote".split(), 4) == -2
    assert tied_offset("talks ended days after the vote".split(), 3) is None
    assert tied_offset("talks ended after the vote".split(), 2) is None


# --- "days after": a few days before the main clause, never its own day ----------------------------


def test_days_after_is_not_the_main_clauses_day() -> None:
    rows = _rows("Tokyo protested to Beijing on Friday, days after Chinese coast guard ships entered Japanese "
                 "waters near the Senkaku Islands.", "2023-03-31")
    dated = [(a, t, d) for a, t, _, d in rows if a == "CHN"]
    assert dated and all(d != "2023-03-31" for *_, d in dated), rows


# --- a number's decimal point is no clause break for the tense -------------------------------------


def test_a_decimal_point_does_not_end_the_future_tense() -> None:
    s = "it would raise duties of up to 17.5 percent on steel made abroad from Monday"
    assert is_future_context(s, 0, s.index("from"))
    s = "it raised duties. Officials spoke from Monday"
    assert not is_future_context(s, 0, s.index("from"))


def test_a_measure_with_a_decimal_rate_takes_effect_on_the_next_weekday() -> None:
    rows = _rows("Ottawa said on Tuesday it would impose a surtax of 6.5 percent on steel made in China "
                 "from Thursday.", "2024-10-22")
    assert ("CAN", "CHN", "2024-10-24") in [(a, t, d) for a, t, _, d in rows], rows


# --- cutting a country off from supplies --------------------------------------------------------------


def test_cutting_a_country_off_from_supplies_is_a_sanction() -> None:
    rows = _rows("The Netherlands moved on Friday to cut China off from advanced lithography machines.",
                 "2023-06-30")
    assert ("NLD", "CHN", "163", "2023-06-30") in rows, rows
    rows = _rows("Washington cut off Huawei's access to American chips on Friday.", "2020-05-16")
    assert [(a, t, c) for a, t, c, _ in rows] == [("USA", "CHN", "163")], rows


def test_a_storm_cutting_a_town_off_is_no_event() -> None:
    assert not _rows("The storm cut the town off from the rest of the country on Friday.", "2023-06-30")


# --- who: goods "from" a country, the warner's own side, a law's content -----------------------------


def test_imports_from_a_country_name_the_target_not_the_agent() -> None:
    rows = _rows("A Canadian ban on imports from Russia's Far East took effect on Monday.", "2022-06-20")
    assert [(a, t) for a, t, _, _ in rows] == [("CAN", "RUS")], rows
    rows = _rows("Kenya received a loan from China on Monday.", "2022-06-20")
    assert ("CHN", "KEN") in [(a, t) for a, t, _, _ in rows], rows


def test_a_warning_that_the_warners_side_could_act_is_aimed_at_the_object() -> None:
    rows = _rows("Russia's state television warned on Monday that Moscow could halt gas deliveries to Poland.",
                 "2022-04-25")
    assert [(a, t, c[:2]) for a, t, c, _ in rows] == [("RUS", "POL", "13")], rows


def test_a_warning_naming_another_country_keeps_it() -> None:
    rows = _rows("Tokyo warned on Monday that Chinese ships would face a response.", "2022-04-25")
    assert ("JPN", "CHN") in [(a, t) for a, t, _, _ in rows], rows


def test_what_a_bill_could_do_is_no_event_of_its_own() -> None:
    rows = _rows("The Senate passed a bill on Tuesday that could expel Chinese firms from American exchanges.",
                 "2020-05-20")
    assert [(a, t, c) for a, t, c, _ in rows] == [("USA", "CHN", "172")], rows  # the passing, restrictive
    assert not _rows("The Senate passed a bill on Tuesday that funds new schools.", "2020-05-20")
    assert not _rows("Congress passed a law that would allow refugees from Hong Kong to settle.", "2020-05-20")


# --- a pursued deal is no deal ------------------------------------------------------------------------


def test_a_pursued_deal_is_an_intent_not_an_agreement() -> None:
    rows = _rows("London is pursuing a broader trade deal with Canberra, officials said on Monday.", "2021-06-14")
    assert rows and all(c[:2] == "03" for *_, c, _ in rows), rows
    rows = _rows("London signed a trade deal with Canberra on Monday.", "2021-06-14")
    assert [c[:2] for *_, c, _ in rows] == ["05"], rows


# --- "products sold by X": the owner of what a measure hits is its target -----------------------------


def test_the_agent_of_a_participle_on_the_object_is_the_target() -> None:
    rows = _rows("Seoul said on Monday it was launching a security review of cameras sold in Korea by the Chinese "
                 "firm Hikvision.", "2023-04-03")
    assert [(a, t) for a, t, _, _ in rows] == [("KOR", "CHN")], rows


def test_the_agent_of_the_measure_itself_stays_its_agent() -> None:
    rows = _rows("A visit by Xi to Moscow began on Monday.", "2023-03-20")
    assert ("CHN", "RUS") in [(a, t) for a, t, _, _ in rows], rows


# --- listings, odds, "this spring", getting ready for talks -------------------------------------------


def test_adding_a_part_of_a_firm_to_a_blacklist_is_a_listing() -> None:
    rows = _rows("Tokyo on Monday restricted exports to Russia, adding 12 of the Russian firm's units to an "
                 "economic blacklist.", "2022-05-16")
    assert ("JPN", "RUS", "163") in [(a, t, c) for a, t, c, _ in rows], rows


def test_adding_a_clause_to_a_deal_is_no_listing() -> None:
    rows = _rows("Seoul added a clause to the deal with Tokyo on Monday.", "2022-05-16")
    assert all(c != "163" for *_, c, _ in rows), rows


def test_the_odds_of_a_deal_are_no_deal() -> None:
    assert not _rows("The odds of a comprehensive Anglo-Indian trade agreement this year are slim, and any deal "
                     "is likely to leave the hardest questions open, economists say.", "2023-03-20")


def test_this_spring_is_this_years() -> None:
    import datetime as dt

    from tension.text.dates import find_dates
    got = [(d.date, d.precision) for d in find_dates("talks this spring", dt.date(2019, 3, 20))]
    assert got == [(dt.date(2019, 4, 1), "month")]
    got = [d.date for d in find_dates("a visit this winter", dt.date(2019, 11, 20))]
    assert got == [dt.date(2020, 1, 1)]


def test_getting_ready_for_talks_is_no_meeting() -> None:
    rows = _rows("Seoul and Tokyo are getting ready for a new round of trade talks, officials said on Monday.",
                 "2019-09-02")
    assert not any(c[:2] == "04" for *_, c, _ in rows), rows


def test_investments_in_a_party_name_the_measures_target() -> None:
    rows = _rows("Ottawa on Monday restricted Canadian investments in Chinese mining companies.", "2022-11-07")
    assert [(a, t) for a, t, _, _ in rows] == [("CAN", "CHN")], rows
    assert not _rows("Tokyo praised new investments in Vietnam on Monday.", "2022-11-07")


# --- hypotheticals and awaited talks; starting exercises; revoking orders --------------------------


def test_an_attack_in_the_event_of_is_hypothetical() -> None:
    rows = _rows("Tokyo said on Sunday it would help defend the Philippines in the event of an attack by China.",
                 "2024-05-12")
    assert not any(c[:2] in ("18", "19", "20") for *_, c, _ in rows), rows


def test_awaited_talks_have_not_happened() -> None:
    assert not _rows("Oil prices rose on Monday as investors looked ahead to this week's talks between India and "
                     "Pakistan.", "2019-10-07")
    assert not _rows("Markets awaited talks between Seoul and Tokyo on Monday.", "2019-10-07")


def test_the_event_that_drew_protests_is_no_hypothetical() -> None:
    rows = _rows("China attacked Vietnamese boats in an incident that drew protests on Monday.", "2019-10-07")
    assert ("CHN", "VNM") in [(a, t) for a, t, _, _ in rows], rows


def test_beginning_exercises_is_a_show_of_force() -> None:
    rows = _rows("Two Russian warships began exercises near Japan on Saturday.", "2020-07-04")
    assert [(a, t, c) for a, t, c, _ in rows] == [("RUS", "JPN", "150")], rows


def test_revoking_an_order_that_banned_is_easing() -> None:
    rows = _rows("Ottawa on Wednesday revoked executive orders that sought to ban the Chinese-owned app WeChat.",
                 "2021-06-09")
    assert rows and all(c[:2] == "08" for *_, c, _ in rows), rows
