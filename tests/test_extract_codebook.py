"""CAMEO-codebook-style single sentences (issue 11; tension/text/coverage.py, data/event_terms.tsv).

Sentences written for these tests (wire style, no copied text). Each rule has cases it must code
and cases it must leave alone.
"""

from __future__ import annotations

import pytest

from tension.text.extract import _coded_events

Row = tuple[str, str, str, str, str, str]  # actor, target, code, date, precision, mode


def _rows(text: str, published: str = "2001-05-16") -> list[tuple[str, str, str]]:
    return [(a, t, c) for a, t, c, *_ in _coded_events(text, published)]


# ------------------------------------------------------------------ one side named only by its role

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Separatist rebels demanded on Monday that Jakarta hold a referendum on independence.", "IDNREB", "IDN"),
    ("Army troops and Tamil Tiger rebels agreed to a truce on Tuesday.", "LKAMIL", "LKAREB"),
    ("Maoist rebels urged Kathmandu on Sunday to free their jailed leaders.", "NPLREB", "NPL"),
])
def test_a_bare_role_takes_the_other_sides_country(text: str, actor: str, target: str) -> None:
    rows = _rows(text)
    assert any(a[:6] == actor and t.startswith(target) for a, t, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Officials in Ontario criticized Mexico on Monday.",  # a located subject is not the object's people
    "Police detained three Japanese tourists on Monday.",  # a state organ takes no foreigner's country
    "Rebels have held much of southern Sudan since the 1980s.",  # a part of a place is no party
    "A businessman who led tours to Cuba was arrested on Monday.",  # a destination is not one's country
])
def test_a_bare_role_is_not_given_a_country_it_does_not_have(text: str) -> None:
    rows = _rows(text)
    assert not any(a[:3] == t[:3] for a, t, _ in rows), rows


def test_a_country_s_prisons_and_towns_are_where_it_happens() -> None:
    rows = _rows("Jailed activists went on hunger strike in Egyptian prisons on Sunday.")
    assert any(a[:3] == "EGY" and c == "142" for a, _, c in rows), rows


# ------------------------------------------------------------------ mass violence with no named victim

def test_weapons_of_mass_destruction_at_home_strike_the_civilians() -> None:
    rows = _rows("Syrian aircraft dropped chemical weapons on a town in the north on Sunday.")
    assert ("SYRMIL", "SYRCVL", "2041") in rows or any(a[:3] == "SYR" and t == "SYRCVL" and c == "2041"
                                                       for a, t, c in rows), rows


def test_chemical_weapons_in_a_hypothetical_stay_uncoded() -> None:
    assert _rows("If Syria dropped chemical weapons on a town, the West would respond.") == []


# ------------------------------------------------------------------ verbs and idioms of CAMEO codes

@pytest.mark.parametrize(("text", "code"), [
    ("Militiamen hacked to death dozens of villagers in eastern Congo on Monday.", "1823"),
    ("Iraq expelled U.N. weapons inspectors on Monday.", "1662"),
    ("The IAEA sent inspectors to North Korea on Monday.", "090"),
    ("Beijing released a prominent dissident from prison on Monday.", "0841"),
    ("Minsk released opposition leader Mikola Statkevich on Monday.", "0841"),
    ("The Security Council voted on Monday to lift sanctions on Sudan.", "085"),
])
def test_codebook_idioms(text: str, code: str) -> None:
    rows = _rows(text)
    assert any(c == code for _, _, c in rows), rows


@pytest.mark.parametrize(("text", "code"), [
    ("Hackers broke into the Indian defence ministry's network on Monday.", "1823"),  # no killing
    ("Her party released a statement on Monday.", "0841"),  # a release of words, not of a person
    ("Canada expelled two Russian diplomats on Monday.", "1662"),  # diplomats are no inspectors
])
def test_codebook_idioms_must_not(text: str, code: str) -> None:
    rows = _rows(text)
    assert not any(c == code for _, _, c in rows), rows


# ------------------------------------------------------------------ agents of a group, days inside a verb term

def test_a_groups_agent_noun_is_the_group() -> None:
    rows = _rows("A Hezbollah gunman fired on an Israeli patrol on Monday.")
    assert any(a == "LBNINS" and t[:3] == "ISR" for a, t, _ in rows), rows


@pytest.mark.parametrize(("text", "code"), [
    ("The Chilean government declined on Friday to comment on the report from Lima.", "011"),
    ("Ecuador agreed on Tuesday to lift sanctions on Colombia.", "085"),
    ("Kenyan President Daniel arap Moi received the visiting Ugandan foreign minister on Monday.", "043"),
    ("Egyptian intelligence handed Israel information on Monday about a planned bombing.", "064"),
])
def test_codebook_terms_with_a_day_or_object_inside(text: str, code: str) -> None:
    rows = _rows(text)
    assert any(c == code for _, _, c in rows), rows


def test_a_received_visitor_needs_a_party() -> None:
    assert not any(c == "043" for _, _, c in _rows("The museum received visiting students on Monday."))


# ------------------------------------------------------------------ the dateline's country for a bare state organ

def test_a_bare_state_organ_opening_a_datelined_story_is_the_datelines() -> None:
    rows = _rows("HARARE, Zimbabwe (AP) — The police arrested 30 opposition activists on Monday.")
    assert any(a == "ZWECOP" and t[:3] == "ZWE" for a, t, _ in rows), rows


def test_a_dateline_does_not_claim_a_crowd_or_a_named_country() -> None:
    rows = _rows("BEIJING (AP) — Thousands of protesters marched in Hong Kong on Monday.")
    assert not any(a[:3] == "CHN" for a, _, _ in rows), rows
    rows = _rows("TOKYO (AP) — Chinese police detained two Japanese businessmen on Monday.")
    assert not any(a[:3] == "JPN" for a, _, _ in rows), rows


# ------------------------------------------------------------------ an armed group's concession; a weapon fired at youths

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The PKK announced a unilateral ceasefire on Friday.", "TURREB", "TURGOV"),
    ("Tamil Tiger rebels freed four captured soldiers on Friday.", "LKAREB", "LKA"),
])
def test_an_armed_groups_concession_is_made_to_its_state(text: str, actor: str, target: str) -> None:
    rows = _rows(text)
    assert any(a == actor and t.startswith(target) and c[:2] == "08" for a, t, c in rows), rows


def test_a_state_concession_with_no_other_side_is_not_given_one() -> None:
    assert _rows("Colombia announced a unilateral ceasefire on Friday.") == []


def test_a_weapon_fired_at_youths_in_a_town_hits_the_towns_civilians() -> None:
    rows = _rows("Israeli soldiers fired rubber bullets at youths in the Palestinian town of Jenin on Friday.")
    assert any(a[:3] == "ISR" and t == "PSECVL" and c[:2] == "17" for a, t, c in rows), rows


def test_a_condemned_shelling_of_civilians_is_no_attack_by_the_speaker() -> None:
    rows = _rows("Chinese officials condemned the shelling of civilians in Gaza on Friday.")
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in rows), rows


# ------------------------------------------------------------------ mood words; a place in a nominal force event

@pytest.mark.parametrize(("text", "code"), [
    ("Seoul's foreign minister said on Friday he was hopeful that talks with Pyongyang would resume.", "013"),
    ("Egypt said on Friday it was optimistic that Israel and Syria would reach a deal.", "013"),
])
def test_mood_adjectives_are_comments(text: str, code: str) -> None:
    assert any(c == code for _, _, c in _rows(text)), _rows(text)


def test_a_mood_with_no_state_speaker_is_not_coded() -> None:
    assert _rows("Investors were optimistic that the Brazilian economy would recover.") == []


def test_a_place_after_a_compass_word_is_where_a_nominal_force_event_happens() -> None:
    rows = _rows("Croatian forces carried out ethnic cleansing of villages in western Bosnia.")
    assert any(a[:3] == "HRV" and t[:3] == "BIH" and c == "203" for a, t, c in rows), rows


# ------------------------------------------------------------------ places as the object of force; located rebels

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Turkish troops sealed off the Syrian town of Afrin on Friday.", "TUR", "SYR"),
    ("Ethiopian troops shelled western Eritrea on Friday.", "ETH", "ERI"),
    ("Rebels in southern Sudan captured the town of Torit on Friday.", "SDN", "SDN"),
])
def test_a_place_is_the_target_of_force_done_to_it(text: str, actor: str, target: str) -> None:
    rows = _rows(text)
    assert any(a[:3] == actor and t[:3] == target and c[:2] in ("17", "18", "19") for a, t, c in rows), rows


def test_an_unnamed_place_sealed_off_has_no_target() -> None:
    assert _rows("Police sealed off the area around the stadium on Friday.") == []


# ------------------------------------------------------------------ the victims' event is background; beheading; sieges

def test_the_event_that_made_the_victims_is_not_the_mourners_act() -> None:
    rows = _rows("Egypt's president sent condolences on Friday to the victims of the London bus bombings.")
    assert not any(c[:2] in ("18", "19") for _, _, c in rows), rows


@pytest.mark.parametrize(("text", "code"), [
    ("Militants beheaded a Filipino truck driver in Iraq on Friday.", "1823"),
    ("Ethiopian troops laid siege to the Somali port of Kismayo on Friday.", "191"),
    ("Serb forces laid siege to the Bosnian town of Bihac on Friday.", "191"),
])
def test_beheadings_and_sieges(text: str, code: str) -> None:
    rows = _rows(text)
    assert any(c == code for _, _, c in rows), rows
