"""Coverage rules: finding the events a sentence reports when the main path finds no actor pair.

Pure functions over the token list of a clause and the actor spans found in it, called by
:mod:`tension.text.extract` as fallbacks (the main path's actor and target win whenever it has
one). Each rule is a general convention of news language and of CAMEO coding:

- **Crowds** ("thousands of Armenians", "hundreds of protesters"): the quantity word and its
  "of" do not govern the actor; the people after them are the subject.
- **Protests without a named target** (CAMEO 14x) are aimed at the government of the country
  where they happen ("Hundreds of thousands of people marched in Hong Kong" -> HKGOPP->HKGGOV);
  a crowd of people with no country of its own takes the place's country, as opposition.
- **Force against civilians** (roots 17–20: "used chemical weapons against civilians",
  "fired tear gas at residents") hits the civilians of the country where it happens, else of the
  actor's country.
- **Unidentified armed actors** ("gunmen", "militants", "rebels" with no country) acting on a
  country's people or institutions belong to that country: a domestic attack.
- **Reactions drawn from someone** ("drew a sharp rebuke from Beijing", "sparked protests from
  Tokyo"): the one after "from" acts on the subject's owner.
- **Force abroad** with no named victim ("a Hamas militant carried out a suicide bombing in Tel
  Aviv", "Russian jets bombed targets in Syria") is aimed at the country where it happens; at
  home it needs a named victim or civilians.
- **Moves aimed at someone** ("..., a move aimed at Washington"): an appositive that names the
  target of the clause's measure.
- **Rehearsals** ("rehearsed sealing off the island", "simulated strikes"): what an exercise
  practises is a show of force (150), not the blockade or the attack.
- **Campaigns against a problem** ("the fight against terrorism", "the war on drugs", "combat
  corruption", "battle climate change"): a force word aimed at a crime, a disease or a social ill
  is a policy, not an attack on anyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .rules import BE_FORMS, WEEKDAYS

__all__ = ["Span", "crowd_of", "fallback_pair", "aimed_at", "draw_verb", "drawn_from", "reaction_from",
           "inquiry_complement", "NUMBER_WORDS", "willing_to", "domestic_force_code", "attempt_code", "mass_killing_code", "listed_member",
           "invested_in", "investor", "purpose_target", "measure_relative",
           "against_a_problem", "bomber_code", "bombing_code", "approach_force", "MOVING_WORDS", "arms_sale", "sold_to", "problem_object",
           "spy_beneficiary", "feud_target", "AROUND", "rehearsed", "owner_of_sold", "sale_recipient",
           "SUBSIDIARY_NOUNS", "subsidiary_mention",
           "licensed_destination", "licence_holder", "border_buildup", "PATIENT_ROLES", "SECURITY_ROLES",
           "released_people", "detention_of", "welcomed_act"]


class Span(NamedTuple):
    """An actor mention as the fallbacks see it."""

    ts: int  # first token
    te: int  # one past the last token
    code: str  # its actor code on the day ("" if it has none of its own: a bare role)
    role: str  # role suffix ("OPP", "UAF", ...) or ""
    countryish: bool  # a country, its adjective, demonym or capital without a role
    place: bool = False  # demoted to a place ("the city of Hiroshima")
    people: bool = False  # a demonym naming people ("Armenians", "Venezuelans")


# quantity words of a crowd: "thousands of", "hundreds of thousands of", "a group of", "dozens of"
_CROWD_WORDS = frozenset("thousands hundreds dozens scores millions tens crowds crowd group groups handful "
                         "number throngs lots".split())
# nouns naming a crowd or private people with no country of their own
_CROWD_NOUNS = frozenset("people crowds crowd demonstrators protesters protestors marchers residents citizens "
                         "thousands hundreds dozens activists students workers".split())
_CIVILIAN_NOUNS = frozenset("civilians civilian residents villagers people inhabitants worshippers pilgrims "
                            "children women families passengers bystanders shoppers youths youth teenagers "
                            "mourners".split())
_PREPS = frozenset("of in at on to for from with by against about over into under near".split())
_LOCATION_PREPS = frozenset(["in", "at", "inside", "across", "throughout", "outside", "near", "through", "around"])
_NONSTATE_ROLES = frozenset(["UAF", "REB", "INS", "CRM", "RAD", "SEP", "OPP"])
_CIVIL_TARGET_ROLES = frozenset(["CVL", "OPP", "EDU", "LAB", "AGR", "REF", "MED", "BUS", "REL", "JUD", "COP", "GOV",
                                 "MIL", "LEG", "PPL"])
_FORCE_ROOTS = frozenset(["17", "18", "19", "20"])
_MISSIONS = frozenset(["embassy", "consulate", "mission", "embassies", "consulates"])  # abroad: not the place's country


def crowd_of(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the mention starting at ``ts`` is the people of a crowd phrase ("thousands of X").

    >>> crowd_of("thousands of armenians protested".split(), 2, 0)
    True
    >>> crowd_of("the capital of armenia".split(), 3, 0)
    False
    """
    return ts - 2 >= ca and toks[ts - 1] == "of" and toks[ts - 2] in _CROWD_WORDS


def _country(code: str) -> str:
    return code[:3] if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() and not code.startswith("IGO") \
        else ""


def _location(toks: Sequence[str], spans: Sequence[Span], ca: int, cb: int) -> str:
    """The country of the clause's place ("in Hong Kong", "outside the embassy in Tokyo")."""
    for s in spans:
        if not (ca < s.ts < cb and (s.countryish or s.place or toks[s.te - 1] in _PLACE_NOUNS) and _country(s.code)):
            continue  # a country, a place, or a country's building or town ("in Turkish prisons")
        k = s.ts - 1
        while k > ca and s.ts - k <= 3 and toks[k] in _PLACE_MODIFIERS:
            k -= 1  # "in eastern Congo", "in northwest Pakistan", "in several Indian cities"
        if toks[k] in _LOCATION_PREPS:
            return _country(s.code)
    return ""


# the head nouns of a country's places and buildings: "in Turkish prisons", "in Iraqi cities"
_PLACE_NOUNS = frozenset("prison prisons jail jails camp camps city cities town towns village villages province "
                         "provinces region regions".split())
_PLACE_MODIFIERS = frozenset("northern southern eastern western central north south east west northeast northwest "
                             "southeast southwest northeastern northwestern southeastern southwestern several many "
                             "two three four five some other the a".split())


def _subject_span(toks: Sequence[str], spans: Sequence[Span], ca: int, at: int) -> Span | None:
    """The first mention before the trigger not governed by a preposition (crowds allowed)."""
    for s in spans:
        if s.ts >= at or s.ts < ca:
            continue
        if s.place:
            continue
        if s.ts > ca and toks[s.ts - 1] in _PREPS and not crowd_of(toks, s.ts, ca):
            continue
        if not s.code and any(o.ts == s.te and o.code and not o.place for o in spans):
            continue  # "the destroyer USS Halsey", "the frigate HMS Richmond": the named ship is the subject
        return s
    return None


def _crowd_subject(toks: Sequence[str], ca: int, at: int) -> bool:
    """A crowd noun in subject position before the trigger ("Hundreds of thousands of people marched")."""
    for k in range(ca, min(at, ca + 8)):
        if toks[k] in _CROWD_NOUNS:
            return True
        if toks[k] in _PREPS and toks[k] != "of":
            return False
    return False


def _protest_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                  ) -> tuple[str, str] | None:
    place = _location(toks, spans, ca, cb)
    subj = _subject_span(toks, spans, ca, at)
    actor = ""
    if subj is not None and subj.countryish and len(subj.code) == 3:
        # "French rail workers": the country's people named a word or two on
        head = next((s for s in spans if subj.te <= s.ts <= subj.te + 2 and s.role and s.code[:3] == subj.code), None)
        if head is not None:
            subj = head
    if subj is not None and subj.code:
        actor = subj.code
        if subj.people and len(actor) == 3:
            actor += "OPP"  # "Thousands of Armenians protested": the people, in opposition
        elif actor[3:6] == "PPL":
            actor = actor[:3] + "OPP"  # "people marched": demonstrators
    elif subj is not None and subj.role and place and subj.role != "REF":
        actor = place + subj.role  # "protesters in Beirut blocked roads" (refugees are seldom the place's)
    elif subj is None and place and _crowd_subject(toks, ca, at):
        actor = place + "OPP"  # "Hundreds of thousands of people marched in Hong Kong"
    if not actor or not _country(actor) or (actor[3:6] == "REF" and actor[:3] == place):
        return None  # refugees anchored to where they protest are seldom its people
    if len(actor) == 3 or actor[3:6] in ("GOV", "MIL", "COP", "LEG", "JUD", "SPY"):
        return None  # a state's own protest is a diplomatic act (11x), not a street demonstration
    # a rally outside a foreign mission is aimed at its state ("protested outside the Chinese embassy")
    mission = next((s.code for s in spans if te <= s.ts < min(cb, te + 6) and s.code and _country(s.code)
                    and any(toks[k] in _MISSIONS for k in range(s.ts, s.te))), "")
    # ... and a protest "against Chinese rule" at the state named after "against"
    against = next((s.code for s in spans if te <= s.ts < min(cb, te + 8) and s.code and _country(s.code)
                    and "against" in toks[max(te, s.ts - 3):s.ts]), "")
    if against and len(against) == 3:
        against += "GOV"
    # ... and "to protest EU policies": the state or body right after the verb
    obj = next((s.code for s in spans if te <= s.ts <= te + 1 and s.code and not s.place
                and (s.ts == te or toks[te] in ("the", "a", "an"))), "")
    if obj and len(obj) == 3:
        obj += "GOV"
    target = mission or against or obj or (place or _country(actor)) + "GOV"
    if target[:3] == actor[:3] and not mission and target[3:] == actor[3:]:
        return None
    return actor, target


def _force_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                ) -> tuple[str, str] | None:
    subj = _subject_span(toks, spans, ca, at)
    if subj is None:
        return None
    place = _location(toks, spans, te, cb)
    if not place and not subj.code:
        place = _location(toks, spans, subj.ts, at)  # "Rebels in eastern Zaire captured the town": theirs
    after = [s for s in spans if te <= s.ts < min(cb, te + 8) and not s.place and s.code]
    if not subj.code and subj.role in _NONSTATE_ROLES:
        # "Gunmen assassinated the Haitian president": unidentified armed men of the victims' country
        victim = next((s for s in after if toks[s.ts - 1] not in _LOCATION_PREPS), None)
        # where it happens first ("Baloch separatists attacked the Chinese consulate in Karachi")
        country = place or (_country(victim.code) if victim is not None and not any(
            toks[k] in _MISSIONS for k in range(victim.ts, victim.te)) else "")
        if not country:
            return None
        actor = country + subj.role
        target = victim.code if victim is not None else country + "CVL"
        if target == country:
            target = country + "CVL"
        return (actor, target) if actor != target else None
    actor = subj.code
    if not actor and subj.role in SECURITY_ROLES and place:
        actor = place + subj.role  # "Government aircraft dropped chlorine gas on a town near Damascus"
    if not _country(actor):
        return None
    # "used chemical weapons against civilians", "fired tear gas at residents": the civilians there
    for k in range(te, min(cb, te + 12)):
        if toks[k] in _CIVILIAN_NOUNS and (k == te or toks[k - 1] != "of" or crowd_of(toks, k, te)
                                           or toks[k - 2] in NUMBER_WORDS or toks[k - 2].isdigit()):
            if any(s.ts <= k < s.te for s in spans):
                return None  # a named group: the main path decides
            country = place or _country(actor)
            target = country + "CVL"
            return (actor, target) if actor[:3] != country or actor[3:6] not in ("CVL", "") else None
        if toks[k] in (",", "said", "says", "after", "before", "when", "while", "which", "that"):
            break
    if any(toks[k] in _PASSIVE_AUX for k in range(max(ca, at - 2), at)):
        return None  # "a Canadian diplomat was detained in Beijing": the subject is the one it is done to
    # a place as the verb's object ("sealed off the West Bank", "shelled the Palestinian town of Hebron")
    # is the target: the country it belongs to
    hit = next((s for s in spans if s.place and te <= s.ts <= te + 3 and _country(s.code) and not _located(toks, s.ts, te)
                and all(t in _ARTICLES_ADJ for t in toks[te:s.ts])), None)
    if hit is not None and _country(hit.code) != actor[:3]:
        return actor, _country(hit.code)
    return _abroad(actor, place)


def _abroad(actor: str, place: str) -> tuple[str, str] | None:
    """Force used in another country with no named victim ("carried out a suicide bombing in Tel
    Aviv", "Russian jets bombed targets in Syria") is aimed at the country where it happens."""
    if place and _country(actor) and place != actor[:3]:
        return actor, place
    return None


_AIMED_PREPS = frozenset(["at", "against", "into", "on"])


_RELEASED_THINGS = frozenset("report reports statement statements data figures video videos document documents "
                             "results survey paper list plan plans details footage images photos book album film "
                             "guidance rules funds oil reserves water emissions gas version transcript readout "
                             "findings record records assessment strategy update app software product products "
                             "text".split())


#: the acts a party welcomes without naming the other party ("welcomed the deal", "welcomed the move"; a
#: truce is not one: its brokers may be the ones welcomed)
_WELCOMED_ACTS = frozenset("deal agreement accord pact decision move step steps release releases "
                           "announcement outcome progress breakthrough arrangement understanding".split())


def welcomed_act(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether a praising verb ending at ``te`` takes a definite act with no party named in it ("welcomed
    *the deal* on Wednesday", "welcomed the latest move"): the story's other party is the one praised.

    >>> welcomed_act("the ministry welcomed the deal on wednesday".split(), 3, 7)
    True
    >>> welcomed_act("japan welcomed the deal with korea".split(), 2, 6)
    False
    """
    k = te
    while k < cb and k - te < 3 and toks[k] in ("the", "this", "that", "latest", "new", "recent", "two", "sides", "s"):
        k += 1
    if k >= cb or toks[k] not in _WELCOMED_ACTS:
        return False
    return k + 1 >= cb or toks[k + 1] not in ("with", "between", "by", "of")


#: nouns of a person's detention that a statement about a state's own national is about ("demanded
#: Michael Spavor's release", "called Ms. Meng's detention persecution")
_DETENTION_NOUNS = frozenset("detention detentions arrest arrests release sentencing sentence imprisonment jailing "
                             "trial extradition conviction detainment freedom".split())


def detention_of(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether a detention noun stands in the eight words from ``te`` (after a statement's verb).

    >>> detention_of("canada demanded michael spavor s release on friday".split(), 2, 8)
    True
    >>> detention_of("canada demanded an apology".split(), 2, 4)
    False
    """
    return any(toks[k] in _DETENTION_NOUNS for k in range(te, min(cb, te + 8)))


# what describes the subject of a passive release before its verb ("Two Canadians *who* had been held in
# China for 1,000 days were released", "an American *jailed* in Russia was freed"), and how far back it reaches
_DESCRIBED_BY = frozenset("who whom held detained jailed imprisoned arrested".split())
_DESCRIBED_REACH = 16


def released_people(toks: Sequence[str], i: int, te: int, b: int, names: set[int] | frozenset[int]) -> bool:
    """Whether "release" at ``i``..``te`` frees people: a party named right after it ("released two
    Canadians", "released an American pastor"), a name followed by its apposition ("released David Lin,
    an American pastor"), or a party as the subject of its passive ("a Japanese academic was released").
    Released reports, statements and data are no release (CAMEO 0841 is for persons).

    >>> released_people("china released two canadians".split(), 1, 2, 4, {3})
    True
    >>> released_people("china released david lin an american pastor".split(), 1, 2, 7, {5})
    True
    >>> released_people("china released a report on japan".split(), 1, 2, 6, {5})
    False
    >>> released_people("a japanese academic was released".split(), 4, 5, 5, {1})
    True
    >>> released_people("the report on japan was released".split(), 5, 6, 6, {3})
    False
    >>> released_people("two canadians who had been held in china were released".split(), 9, 10, 10, {1, 7})
    True
    """
    if i - 2 >= 0 and toks[i - 1] in BE_FORMS and any(
            j in names and toks[j - 1] not in _PREPS for j in (i - 2, i - 3) if j >= 1) \
            and not any(toks[j] in _RELEASED_THINGS for j in range(max(0, i - 6), i - 1)):
        return True
    if i - 3 >= 0 and toks[i - 1] in BE_FORMS and any(
            toks[k] in _DESCRIBED_BY and any(j in names and (j == 0 or toks[j - 1] not in _PREPS)
                                             for j in range(max(0, k - 3), k))
            for k in range(max(1, i - _DESCRIBED_REACH), i - 1)):
        return True  # "Two Canadians who had been held in China ... were released": the described people
    k = te
    while k < b and (toks[k] in ("the", "a", "an", "all", "its", "their") or toks[k].isdigit()
                     or toks[k] in NUMBER_WORDS):
        k += 1
    if k < b and k in names:
        return True
    for j in range(k, min(b - 2, k + 4)):
        if toks[j] in _RELEASED_THINGS or toks[j] in _PREPS:
            return False
        if toks[j] in ("a", "an") and j > k and j + 1 in names:
            return True  # (commas are no tokens) "David Lin, an American pastor"
    return False


def _nominal_force_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span],
                        aimed_only: bool = False) -> tuple[str, str] | None:
    """The subject's force noun ("fired tear gas", "used rubber bullets") aimed at its own country's
    people after "at/against/on" ("... at thousands of protesters"), else (18-20 only) at the place."""
    subj = _subject_span(toks, spans, ca, at)
    if subj is not None and subj.code:
        own = subj.code[:3]
        aimed = next((s for s in spans if te <= s.ts < cb and s.code and not s.place and s.code[:3] == own
                      and toks[s.ts - 3 if crowd_of(toks, s.ts, te) else s.ts - 1] in _AIMED_PREPS), None)
        if aimed is not None:
            return subj.code, aimed.code  # "police fired tear gas ... at thousands of protesters": at home
    if aimed_only:
        return None
    if subj is None or not subj.code or any(te <= s.ts < cb and not s.place and s.code and
                                            not _located(toks, s.ts, te) for s in spans):
        return None
    return _abroad(subj.code, _location(toks, spans, te, cb))


def _located(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the mention at ``ts`` is a place the event happens in ("in Bosnia", "in eastern Bosnia",
    "in several Indian cities")."""
    k = ts - 1
    while k > ca and ts - k <= 3 and toks[k] in _PLACE_MODIFIERS:
        k -= 1
    return k >= ca and toks[k] in _LOCATION_PREPS


def fallback_pair(toks: Sequence[str], code: str, at: int, te: int, ca: int, cb: int, spans: Sequence[Span],
                  nominal: bool = False, home: str = "") -> tuple[str, str, str] | None:
    """Actor, target and code for a trigger the main path left without a pair, or ``None``.

    ``code`` is the trigger's CAMEO code, ``[at, te)`` its tokens, ``[ca, cb)`` its clause, ``home``
    the country of the story's dateline ("" when none).

    >>> toks = "hundreds of thousands of people marched in hong kong".split()
    >>> fallback_pair(toks, "141", 5, 6, 0, 9, [Span(7, 9, "HKG", "", True)])
    ('HKGOPP', 'HKGGOV', '141')
    """
    if code[:2] == "09":
        return _with(_inquiry_pair(toks, at, te, ca, cb, spans), code)
    held = _held_where(toks, code, at, te, ca, cb, spans, home) if not nominal else None
    if held is None and code in ("173", "116") and not nominal:
        held = _spy_arrest_pair(toks, at, te, ca, cb, spans, home)
    if held is not None:
        return None if held == ("", "") else _with(held, code)
    if not nominal and at - 1 >= ca and (toks[at - 1] in _PASSIVE_AUX or (at - 2 >= ca and toks[at - 2] in _PASSIVE_AUX)):
        got = _passive_pair(toks, at, te, ca, cb, spans)
        if got is not None:
            return _with(got, code)
    if code in ("012", "013"):
        got = _mood_pair(toks, at, te, ca, cb, spans)
        if got is not None:
            return _with(got, code)
    if code[:2] == "15":
        got = _show_of_force_pair(toks, at, te, ca, cb, spans)
        if got is not None:
            return _with(got, code)
    if code in ("040", "046"):
        got = _talks_abroad(toks, at, te, ca, cb, spans)
        if got is not None:
            return _with(got, "042")
    if nominal:
        got = _nominal_pair(toks, at, te, ca, cb, spans, home)
        if got is None and code[:2] in ("17", "18", "19", "20"):
            got = _nominal_force_pair(toks, at, te, ca, cb, spans, aimed_only=code[:2] == "17")
        if got is None and code[:2] in _FORCE_ROOTS and at - 1 >= ca and toks[at - 1] in _FIRING_VERBS:
            got = _force_pair(toks, at, te, ca, cb, spans)  # "fired tear gas at youths in Hebron": a weapon used
        return _with(got or _domestic_pair(toks, code, at, te, ca, cb, spans)
                     or _insurgent_yield_pair(toks, code, at, ca, spans), code)
    if code[:2] == "14":
        return _with(_protest_pair(toks, at, te, ca, cb, spans),
                     "141" if code == "140" and toks[at] in _STREET_VERBS else code)
    if toks[at] in _STREET_VERBS:
        # "Thousands protested outside the embassy", "students rallied in Seoul": people in the street
        # demonstrate (141); the verb's diplomatic (114) or military (150) reading needs a state subject
        return _with(_protest_pair(toks, at, te, ca, cb, spans), "141")
    street = _street_code(toks, code, at, ca, spans)
    if street:
        # "Protesters in Beirut blocked roads", "Protesters set fire to police stations": a crowd's
        # obstruction (144) or violence (145) is protest against the government where it happens
        return _with(_protest_pair(toks, at, te, ca, cb, spans), street)
    if code[:2] in _FORCE_ROOTS:
        got = _force_pair(toks, at, te, ca, cb, spans)
        if got is None and code[:2] == "20":
            got = _mass_violence_pair(toks, at, te, ca, cb, spans)
        return _with(got, code)
    return _with(_domestic_pair(toks, code, at, te, ca, cb, spans) or _insurgent_yield_pair(toks, code, at, ca, spans),
                 code)


def _insurgent_yield_pair(toks: Sequence[str], code: str, at: int, ca: int, spans: Sequence[Span]
                          ) -> tuple[str, str] | None:
    """An armed group's concession with no other side named ("The PKK declared a unilateral ceasefire",
    "the rebels freed 20 hostages") is made to the state it fights: its country's government."""
    if code[:2] != "08":
        return None
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or subj.code[3:6] not in ("REB", "INS", "SEP") or not _country(subj.code):
        return None
    return subj.code, _country(subj.code) + "GOV"


def _mass_violence_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                        ) -> tuple[str, str] | None:
    """Mass violence or weapons of mass destruction (root 20) with no named victim ("Iraqi aircraft
    dropped chemical weapons on the town of Halabja") strike the people where they fall: the
    civilians of the place's country, else of the actor's own."""
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or not _country(subj.code) or any(toks[k] in _PASSIVE_AUX for k in range(max(ca, at - 2), at)):
        return None
    if any(te <= s.ts < cb and s.code and not s.place and not _located(toks, s.ts, te) for s in spans):
        return None  # a named victim: the main path decides
    return subj.code, (_location(toks, spans, te, cb) or _country(subj.code)) + "CVL"


# a place named as a part ("much of northern Uganda", "the south of Sudan"): no party
_PART_OF_PLACE = (_PLACE_MODIFIERS - {"the", "a"}) | {"of"}
# roles that stand for a country's own people or forces in a domestic event
# (rebels and opposition address their own state; media, business or civilians with no country may be anyone's)
_DOMESTIC_ROLES = frozenset(["GOV", "MIL", "COP", "JUD", "LEG", "REB", "INS", "OPP", "SEP", "UAF"])


def _domestic_pair(toks: Sequence[str], code: str, at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                   ) -> tuple[str, str] | None:
    """A domestic event with one side named only by its role ("rebels", "government forces",
    "police"): that side belongs to the country of the other side.

    "Kurdish rebels demanded that Ankara grant autonomy" -> TURREB -> TUR; "Government forces and Tamil
    Tiger rebels declared a truce" -> LKAMIL -> LKAREB. The bare side must be the subject, the other a
    partner joined by "and", or the first party after the verb (not a place).
    """
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or subj.code or subj.role not in _DOMESTIC_ROLES or code[:2] == "04":
        return None  # (a visit's country is where one goes: "organised trips to North Korea")
    partner = next((s for s in spans if subj.te <= s.ts < at and toks[s.ts - 1] == "and" and _country(s.code)
                    and all(not o.code for o in spans if subj.te <= o.ts < s.ts)), None)
    if partner is None:
        partner = next((s for s in spans if te <= s.ts < min(cb, te + 4) and not s.place
                        and toks[s.ts - 1] not in _LOCATION_PREPS and toks[s.ts - 1] not in _PART_OF_PLACE), None)
    if partner is None or not _country(partner.code) or partner.code[3:6] == subj.role:
        return None
    if subj.role in _STATE_ROLES and partner.code[3:6] in _STATE_ROLES | {""}:
        return None  # "Police arrested two Chinese tourists", "Officials criticized Canada": not theirs
    if subj.te < at and toks[subj.te] in _LOCATION_PREPS:
        return None  # "officials in New Mexico ...": the subject's own place decides, not the other side
    return _country(partner.code) + subj.role, partner.code


_STATE_ROLES = frozenset(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"])


_OBSTRUCT_VERBS = ("block", "barricad", "blockad", "occup", "paralys", "paralyz", "shut")


def _street_code(toks: Sequence[str], code: str, at: int, ca: int, spans: Sequence[Span]) -> str:
    """The protest code of a conflict act whose subject is a crowd in the street ("" if not one)."""
    if code[:2] < "12":
        return ""
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or subj.role not in ("OPP",):
        return ""
    if toks[at].startswith(_OBSTRUCT_VERBS):
        return "144"
    if code[:2] in ("18", "19", "20") or toks[at] in ("set", "torched", "burned", "burnt", "looted", "stormed"):
        return "145"
    return ""


def _with(pair: tuple[str, str] | None, code: str) -> tuple[str, str, str] | None:
    return None if pair is None else (pair[0], pair[1], code)


_ARTICLES_ADJ = frozenset("the a an its their his her to".split()) | _PLACE_MODIFIERS  # ("laid siege to the city of")
_FIRING_VERBS = frozenset("fired fires fire firing used uses use using lobbed lobs lobbing sprayed sprays spraying "
                          "threw throws throwing".split())
_STREET_VERBS = frozenset("protested protest protests protesting rallied rally rallies rallying marched march "
                          "marches marching demonstrated demonstrate demonstrates demonstrating".split())


# "drew a sharp rebuke from Beijing", "sparked protests from Tokyo", "prompted condemnation from"
_DRAW_VERBS = frozenset("drew draws drawn drawing sparked sparks sparking prompted prompts prompting triggered "
                        "triggers triggering provoked provokes provoking elicited elicits eliciting earned earns "
                        "attracted attracts".split())


def draw_verb(toks: Sequence[str], at: int, ca: int) -> int:
    """The verb that draws the reaction noun at ``at`` ("*drew* a sharp rebuke"), at most four tokens
    before it in the clause, or -1.

    >>> draw_verb("the move drew a sharp rebuke from beijing".split(), 5, 0)
    2
    """
    for k in range(at - 1, max(ca, at - 5) - 1, -1):
        if toks[k] in _DRAW_VERBS:
            return k
        if toks[k] in (",", "and", "which", "that"):
            break
    return -1


def drawn_from(toks: Sequence[str], rel: int, ca: int) -> bool:
    """Whether the relative pronoun at ``rel`` follows the one a reaction was drawn from ("drew an angry
    response *from Beijing, which* called it a provocation"): its clause tells that reactor's acts.

    >>> drawn_from("the move drew an angry response from beijing , which called it".split(), 9, 0)
    True
    >>> drawn_from("a delegation from beijing , which".split(), 5, 0)
    False
    >>> drawn_from("pelosi landed in taipei angering beijing , which".split(), 7, 0)
    True
    """
    for k in range(rel - 1, max(ca, rel - 5), -1):
        if toks[k] == "from":  # (and "despite warnings from Beijing, which summoned ...": the one who warned)
            return draw_verb(toks, k - 1, ca) >= 0 or (k > ca and toks[k - 1] in _WARNING_NOUNS)
        if toks[k] in _ANGERING:
            return True  # "angering Beijing, which summoned the American ambassador": the angered party acts
    return False


#: verbs of angering someone, whose object then acts in a relative clause ("angering Beijing, which ...")
_ANGERING = frozenset("angering angered infuriating infuriated enraging enraged irking irked riling riled "
                      "provoking provoked".split())
#: what a party had said before an act that defied it ("in defiance of warnings from Beijing, which ...")
_WARNING_NOUNS = frozenset("warnings warning objections objection protests opposition threats".split())


def reaction_from(toks: Sequence[str], at: int, te: int, ca: int) -> int:
    """If the trigger ``[at, te)`` is a reaction noun drawn *from* someone ("drew a sharp rebuke from
    Beijing"), the index of the token after "from"; else -1.

    >>> toks = "the ban drew a sharp rebuke from beijing".split()
    >>> reaction_from(toks, 5, 6, 0)
    7
    >>> toks = "the ban prompted a complaint on tuesday from beijing".split()
    >>> reaction_from(toks, 4, 5, 0)
    8
    """
    k = te + 2 if te + 1 < len(toks) and toks[te] == "on" and toks[te + 1] in WEEKDAYS else te
    # ("prompted a complaint on Tuesday from the Chinese embassy": the reaction's day between)
    if k >= len(toks) or toks[k] != "from":
        return -1
    return k + 1 if draw_verb(toks, at, ca) >= 0 else -1


# "a move aimed at Washington", "a step targeting Japan", "a measure directed against Seoul"
_AIM_WORDS = (("aimed", "at"), ("targeting",), ("targetting",), ("directed", "at"), ("directed", "against"),
              ("seen", "as", "targeting"), ("widely", "seen", "as", "aimed", "at"), ("seen", "as", "aimed", "at"),
              ("apparently", "aimed", "at"), ("largely", "aimed", "at"), ("mainly", "aimed", "at"))
_MOVE_NOUNS = frozenset("move step measure decision action retaliation response measures steps moves".split())


def aimed_at(toks: Sequence[str], te: int, cb: int) -> int:
    """The first token after "a move aimed at" following the trigger's end ``te`` in the clause,
    or -1: the appositive names the measure's target.

    >>> toks = "beijing barred exports of gallium , a move aimed at washington".split()
    >>> aimed_at(toks, 3, len(toks))
    10
    >>> toks = "washington imposed tariffs , a move aimed largely at china".split()
    >>> aimed_at(toks, 3, len(toks))
    9
    """
    for k in range(te, min(cb, te + 16)):
        if toks[k] in _MOVE_NOUNS and k + 1 < cb:
            for phrase in _AIM_WORDS:
                n = len(phrase)
                j = k + 1
                aim = list(toks[j:j + n + 1])
                if len(aim) == n + 1 and aim[0] == phrase[0] and aim[1].endswith("ly") and tuple(aim[2:]) == phrase[1:]:
                    return _past_purpose(toks, j + n + 1, cb)  # "a move aimed largely at China": an adverb inside
                if tuple(toks[j:j + n]) == phrase:
                    return _past_purpose(toks, j + n, cb)
        if toks[k] in ("said", "says", "but", "while"):
            return -1
    k = purpose_target(toks, te, cb)
    return k if k >= 0 else feud_target(toks, te, cb)


#: verbs of a measure's purpose whose object is the party it is aimed at ("efforts to limit China's
#: ability", "a campaign to slow China's progress", "aimed at slowing Beijing's military advances")
_PURPOSE_VERBS = frozenset("limit slow curb restrict contain hobble hamper stymie blunt choke constrain "
                           "thwart impede".split())
_PURPOSE_ING = frozenset("limiting slowing curbing restricting containing hobbling hampering stymieing blunting "
                         "choking constraining thwarting impeding".split())


def _past_purpose(toks: Sequence[str], j: int, cb: int) -> int:
    """``j``, or the token after a purpose gerund there ("aimed at slowing China's rise")."""
    while j < cb and (toks[j] in _PURPOSE_ING or toks[j] == "the"):
        j += 1
    return j


_LIMITING = frozenset("limit limits bar bars ban bans restrict restricts block blocks cut cuts prohibit prohibits "
                      "curb curbs deny denies stop stops".split())


def measure_relative(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether a relative clause telling what a measure does follows the measure noun ending at ``te``
    ("export controls last October *that limit* sales of chips to Chinese companies"): the party at its
    end is the measure's target, farther off than a noun's target usually stands.

    >>> measure_relative("export controls last october that limit sales of chips to china".split(), 2, 11)
    True
    >>> measure_relative("export controls that angered china".split(), 2, 5)
    False
    """
    for k in range(te, min(cb - 1, te + 5)):
        if toks[k] in ("that", "which") and toks[k + 1] in _LIMITING:
            return True
    return False


def purpose_target(toks: Sequence[str], te: int, cb: int) -> int:
    """The first token after "to limit" / "to slow" (and the like) after the trigger's end ``te`` in the
    clause, or -1: a measure's stated purpose names the party it hits ("restricted exports of chip tools,
    bringing Tokyo in line with American efforts to limit China's ability to make chips").

    >>> toks = "japan restricted exports of chip tools in a push to slow china s progress".split()
    >>> purpose_target(toks, 3, len(toks))
    11
    >>> purpose_target("japan restricted exports of tools to china".split(), 3, 7)
    -1
    """
    for k in range(te, min(cb - 1, te + 30)):
        if toks[k] in ("said", "says", "but", "while", "although", "though"):
            return -1
        if toks[k] == "to" and toks[k + 1] in _PURPOSE_VERBS:
            return _past_purpose(toks, k + 2, cb)
    return -1


#: the nouns of a running conflict a measure is told as part of ("escalating a tech war with Washington")
_FEUD_NOUNS = frozenset("war wars fight feud dispute disputes battle standoff stand-off confrontation row spat "
                        "tensions rivalry showdown clash".split())


def feud_target(toks: Sequence[str], te: int, cb: int) -> int:
    """The first token of the other side of the running conflict a measure is told as part of, after the
    trigger's end ``te`` in the clause, or -1: "banned exports of magnet technology, *escalating a tech
    war with Washington*", "raised tariffs, deepening its trade fight with Beijing", "amid rising
    tensions with Tokyo". The measure hits that side.

    >>> toks = "china banned exports of magnet technology escalating a tech war with washington".split()
    >>> feud_target(toks, 2, len(toks))
    11
    >>> feud_target("china banned exports of tools to japan".split(), 2, 7)
    -1
    """
    for k in range(te, min(cb - 1, te + 30)):
        if toks[k] in ("said", "says", "but", "while", "although", "though"):
            return -1
        if toks[k] == "with" and k > te and toks[k - 1] in _FEUD_NOUNS:
            return k + 2 if k + 2 < cb and toks[k + 1] == "the" else k + 1
    return -1


_INQUIRY_NOUNS = frozenset("investigation investigations inquiry inquiries probe probes review".split())
_AGENT_MARKS = frozenset(["by"])
_INQUIRY_STEMS = ("investig", "inquir", "enquir", "probe", "look", "review", "examin", "inspect", "audit", "open",
                  "launch", "began", "begin", "start", "order")


def inquiry_complement(toks: Sequence[str], at: int, ca: int) -> bool:
    """Whether the trigger at ``at`` is what an investigation is into ("opened an inquiry into possible
    war crimes", "a probe of the attack"): the investigated act is a topic, not an event told here.

    >>> inquiry_complement("opened an inquiry into possible war crimes".split(), 5, 0)
    True
    """
    for k in range(at - 1, max(ca, at - 5) - 1, -1):
        if toks[k] in ("into", "of", "over") and k - 1 >= ca and toks[k - 1] in _INQUIRY_NOUNS:
            return True
        if toks[k] in ("into",) and k - 1 >= ca and toks[k - 1] in ("investigate", "investigated", "investigating",
                                                                     "probe", "probed", "probing", "looking",
                                                                     "look", "looked"):
            return True
    return False


def _inquiry_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                  ) -> tuple[str, str] | None:
    """An investigation of acts "committed by X" / "by X" investigates X."""
    if not toks[at].startswith(_INQUIRY_STEMS):
        return None  # "a former Russian spy": a noun the verb dictionary reads as "to spy"
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or not subj.code:
        return None
    near = [s for s in spans if te <= s.ts < min(cb, te + 12) and s.code and s.code[:3] != subj.code[:3]]
    for s in near:
        if toks[s.ts - 1] in _AGENT_MARKS:
            return subj.code, s.code  # "abuses by Ethiopian security forces"
    # else whom the investigated acts concern ("the poisoning of a former Russian spy"), else where they
    # happened ("abuses against Uyghurs in Xinjiang")
    for s in near:
        if not s.place and toks[s.ts - 1] not in _LOCATION_PREPS:
            return subj.code, s.code
    return (subj.code, near[0].code) if near else None


# number words between a preposition and its noun ("the expulsion of ten Polish diplomats")
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
                         "fifty hundred dozens hundreds thousands several few".split())
_PASSIVE_AUX = frozenset(["was", "were", "be", "been", "being", "is", "are"])
_OBJECT_PREPS = frozenset(["of", "on", "against", "to", "upon"])
# participles that make the agent the doer of the noun's act ("was announced by"), unlike comments
# on it ("was criticised by", "were discussed by")
_ACT_PARTICIPLES = frozenset("announced ordered approved confirmed decided authorized authorised imposed declared "
                             "signed unveiled enacted introduced adopted issued launched conducted carried carried "
                             "implemented finalized finalised executed staged mounted initiated".split())


def _nominal_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span],
                  home: str = "") -> tuple[str, str] | None:
    """An event noun reported in the passive with its agent far after it: "The imposition of tariffs
    on Chinese goods was announced by the White House", "The closure of the consulate was ordered by
    the State Department". The agent follows "by" after a passive auxiliary and participle; the
    target is the noun's own "of/on/against/to" object."""
    agent: Span | None = None
    for s in spans:
        by = s.ts - 2 if s.ts - 2 > te and toks[s.ts - 1] == "the" else s.ts - 1
        if s.ts <= te or s.ts >= cb or not s.code or toks[by] != "by":
            continue
        # "was announced by", "were ordered by", "has been approved by": a participle after an auxiliary
        k = by - 1
        if k - 1 > te and toks[k - 1] in _PASSIVE_AUX and toks[k] in _ACT_PARTICIPLES:
            agent = s
        elif not any(toks[j] in _PASSIVE_AUX or toks[j].endswith("ed") or toks[j] in ("said", "says")
                     for j in range(te, by)):
            agent = s  # "the imposition of sanctions on Russia by the European Union": the noun's own agent
        break
    if agent is None and home:
        # no agent at all ("WASHINGTON — The closure of China's consulate in Houston was ordered on Tuesday"):
        # the government of the place the story is filed from
        aux = next((k for k in range(te, min(cb - 1, te + 12)) if toks[k] in _PASSIVE_AUX
                    and toks[k + 1] in _ACT_PARTICIPLES), -1)
        if aux >= 0 and (aux + 2 >= cb or toks[aux + 2] != "by"):
            agent = Span(aux, aux + 1, home + "GOV", "GOV", False)
    if agent is None:
        return None
    for s in spans:
        if s is agent or s.place or not s.code or s.ts < at or s.ts >= agent.ts:
            continue
        k = s.ts - 1
        while k > te and (toks[k] in ("the", "a", "an", "its", "their", "all") or toks[k].isdigit()
                          or toks[k] in NUMBER_WORDS or toks[k] in ("billion", "million", "worth")):
            k -= 1
        if (toks[k] in _OBJECT_PREPS or s.ts < te) and s.code[:3] != agent.code[:3]:
            return agent.code, s.code
    return None


# a stated readiness to cooperate is an expressed intent (CAMEO 03x): "said it was ready to meet",
# "is willing to ease sanctions", "stands ready to provide aid"
# (a hope or a wish to meet or to cooperate is an expressed intention, CAMEO 03x: "hoped to hold talks")
_WILLING = frozenset(["ready", "willing", "eager", "prepared", "open", "keen", "hope", "hopes", "hoped", "hoping",
                      "wish", "wishes", "wished", "want", "wants", "wanted", "seek", "seeks", "sought", "seeking"])
_NOT_IN_INFINITIVE = frozenset([",", "and", "or", "but", "that", "which", "who", "after", "before", "while", "if"])
_NOT_WILLING = frozenset(["not", "never", "no", "nt", "t", "un", "less", "hardly"])


# verbs (and verb + particle) whose object is sought, not had: "pursues a trade deal", "pushed for talks"
_PURSUIT = frozenset("seek seeks sought seeking pursue pursues pursued pursuing".split())
_PURSUIT_PARTICLE = {"push": "for", "pushes": "for", "pushed": "for", "pushing": "for", "press": "for",
                     "presses": "for", "pressed": "for", "pressing": "for", "work": "toward", "works": "toward",
                     "worked": "toward", "working": "toward", "strive": "for", "strives": "for", "striving": "for",
                     "aim": "for", "aims": "for", "aiming": "for", "angling": "for", "hope": "for", "hopes": "for",
                     "hoping": "for", "ready": "for", "prepare": "for", "prepares": "for", "prepared": "for",
                     "preparing": "for"}
_PURSUIT_GLUE = frozenset("a an the broader broad new wider comprehensive lasting formal final possible trade "
                          "peace ceasefire towards round of another next".split())


def pursued(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is the object of a pursuit ("while it pursues a broader trade
    deal", "is seeking talks", "pushed for a ceasefire", "working toward a deal"): sought, not had.

    >>> pursued("while it pursues a broader trade deal with beijing".split(), 6, 0)
    True
    >>> pursued("the two sides pushed for a ceasefire".split(), 6, 0)
    True
    >>> pursued("they signed a trade deal".split(), 4, 0)
    False
    """
    k = ts - 1
    while k >= ca and ts - k <= 5 and toks[k] in _PURSUIT_GLUE:
        k -= 1
    if k < ca:
        return False
    if toks[k] in _PURSUIT:
        return True
    if toks[k] in ("for", "toward", "towards") and k - 1 >= ca:
        want = _PURSUIT_PARTICLE.get(toks[k - 1])
        return want is not None and (want == toks[k] or (want == "toward" and toks[k] == "towards"))
    return False


def willing_to(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` follows "ready/willing/eager/prepared to" or "hoped/wants/seeks to"
    (not negated).

    >>> willing_to("china said it was ready to meet japan".split(), 6, 0)
    True
    >>> willing_to("china said it was not ready to meet japan".split(), 7, 0)
    False
    >>> willing_to("the pentagon hoped to hold a round of talks with china".split(), 8, 0)
    True
    >>> willing_to("china hoped to win and then held talks".split(), 6, 0)
    False
    >>> willing_to("a delegation prepared to travel to honiara".split(), 4, 0)
    False
    """
    to = ts - 1
    while to > ca + 1 and ts - to <= 7 and toks[to] != "to" and toks[to] not in _NOT_IN_INFINITIVE:
        to -= 1  # "hoped to hold a round of talks": the noun's light verb and modifiers
    if to - 1 < ca or toks[to] != "to" or toks[to - 1] not in _WILLING:
        return False
    if toks[to - 1] == "prepared" and (to - 2 < ca or toks[to - 2] not in BE_FORMS):
        return False  # "a delegation prepared to travel": about to, a plan; "was prepared to talk": willing
    return not any(toks[k] in _NOT_WILLING for k in range(max(ca, to - 4), to - 1))


SECURITY_ROLES = frozenset(["COP", "MIL", "GOV", "SPY"])
_STREET_ROLES = frozenset(["OPP", "EDU", "LAB", "AGR"])


def domestic_force_code(actor: str, target: str, code: str) -> str:
    """The CAMEO code of force between a state's security forces and its own street: security forces
    firing on or beating protesters repress them (175); protesters fighting the police or burning
    property riot (145). Other codes pass through.

    >>> domestic_force_code("MMRCOP", "MMROPP", "190"), domestic_force_code("CHLOPP", "CHLGOV", "180")
    ('175', '145')
    >>> domestic_force_code("RUSMIL", "UKROPP", "190")
    '190'

    Unnamed armed men (a gunman, assailants: ``UAF``) who open fire on their own country's people or
    officials use unconventional violence (180), not military force: "A gunman opened fire on the prime
    minister", "Armed men stormed a police station".

    >>> domestic_force_code("SVKUAF", "SVKGOV", "190"), domestic_force_code("TURUAF", "TURCOP", "190")
    ('180', '180')
    """
    if code[:2] not in ("18", "19") or len(actor) < 6 or len(target) < 3 or actor[:3] != target[:3]:
        return code
    if actor[3:6] == "UAF" and code[:2] == "19" and code not in ("191", "192"):
        return "180"
    if actor[3:6] in SECURITY_ROLES and target[3:6] in _STREET_ROLES:
        return "175"
    if actor[3:6] in _STREET_ROLES and (len(target) == 3 or target[3:6] in SECURITY_ROLES | _STATE_ORGANS):
        return "145"
    return code


_STATE_FORCE_ROLES = frozenset(["", "GOV", "MIL"])
_STATE_ORGANS = frozenset(["GOV", "LEG"])  # "protesters stormed the legislature": a riot (145)


def bombing_code(actor: str, code: str) -> str:
    """A "bombing" (183, non-military bombing) by a state, its armed forces or an alliance is an air
    strike (195): "NATO's bombing of Serbia", "the US bombing of Libya". Other codes pass through.

    >>> bombing_code("IGOWSTNAT", "183"), bombing_code("USAMIL", "183"), bombing_code("PSEINS", "183")
    ('195', '195', '183')
    """
    if code != "183":
        return code
    if actor.startswith("IGO") or (len(actor) >= 3 and actor[:3].isalpha() and actor[3:6] in _STATE_FORCE_ROLES
                                   and not actor.startswith(("NGO", "IGO"))):
        return "195"
    return code


_ATTEMPT_WORDS = frozenset("tried tries trying attempted attempts attempting".split())


def attempt_code(toks: Sequence[str], ts: int, ca: int, code: str) -> str:
    """The code of a force act told as an attempt ("tried to assassinate", "attempted to kill": 185;
    "tried to seize a tanker": the act's own code), or "" when the trigger is no attempt's complement.

    >>> attempt_code("a gunman tried to assassinate the president".split(), 4, 0, "186")
    '185'
    >>> attempt_code("china wants to meet japan".split(), 3, 0, "040")
    ''
    """
    if ts - 2 < ca or toks[ts - 1] != "to" or toks[ts - 2] not in _ATTEMPT_WORDS or code[:2] not in _FORCE_ROOTS:
        return ""
    return "185" if code in ("186", "1823", "182", "180") else code


_KILLING_CODES = frozenset(["1823", "180"])
_MASS_WORDS = frozenset(["hundreds", "thousands", "tens"])


def _mass_count(toks: Sequence[str], k: int, b: int) -> int:
    """The end of a count of a hundred or more starting at ``k`` ("hundreds of", "more than 100",
    "at least 1,200", "some 300"), or -1."""
    if k < b and toks[k] in _MASS_WORDS:
        return k + 2 if k + 1 < b and toks[k + 1] == "of" else k + 1
    j = k
    while j < b and toks[j] in ("more", "than", "at", "least", "some", "about", "nearly", "almost", "over"):
        j += 1
    if j < b and toks[j].replace(",", "").isdigit() and int(toks[j].replace(",", "")) >= 100:
        return j + 1
    return -1


def mass_killing_code(toks: Sequence[str], ts: int, te: int, cb: int, code: str) -> str:
    """A killing of a hundred or more civilians is a mass killing (202), or "" when the object is no such
    count ("killed hundreds of ethnic Masalit civilians", "killed more than 100 villagers"); a participle
    ("bombers struck churches, killing more than 250 people") tells the toll of another act.

    >>> mass_killing_code("militias killed hundreds of ethnic masalit civilians in ardamata".split(), 1, 2, 9, "1823")
    '202'
    >>> mass_killing_code("gunmen killed more than 100 villagers".split(), 1, 2, 6, "1823")
    '202'
    >>> mass_killing_code("gunmen killed two soldiers".split(), 1, 2, 4, "1823")
    ''
    >>> mass_killing_code("bombers struck churches , killing more than 250 people".split(), 4, 5, 9, "1823")
    ''
    """
    if code not in _KILLING_CODES or toks[ts].endswith("ing"):
        return ""
    end = _mass_count(toks, te, cb)
    if end < 0:
        return ""
    return "202" if any(toks[k] in _CIVILIAN_NOUNS for k in range(end, min(cb, end + 3))) else ""


_BOMBER_NOUNS = frozenset("bomber bombers attacker attackers".split())


def bomber_code(toks: Sequence[str], ts: int, ca: int, code: str) -> str:
    """A suicide bomber's attack is a suicide bombing (1831), or "" when the attacker is no suicide bomber.

    >>> bomber_code("a hamas suicide bomber attacked a bus".split(), 4, 0, "190")
    '1831'
    >>> bomber_code("hamas gunmen attacked a bus".split(), 2, 0, "190")
    ''
    """
    if code not in ("180", "190", "1823", "182", "183"):
        return ""
    for k in range(max(ca, ts - 6), ts - 1):
        if toks[k] == "suicide" and toks[k + 1] in _BOMBER_NOUNS:
            return "1831"
    return ""


# waters and features whose passage by foreign navies and air forces challenges a claimant: a US destroyer
# sailing through the Taiwan Strait or near the Paracels is a show of force towards China; China's own
# aircraft crossing the strait's median line are one towards Taiwan
_CONTESTED_WATERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("median", "line"), "TWN"),
    (("taiwan", "strait"), "CHN"), (("south", "china", "sea"), "CHN"), (("paracel", "islands"), "CHN"),
    (("paracels",), "CHN"), (("spratly", "islands"), "CHN"), (("spratlys",), "CHN"),
    (("artificial", "island"), "CHN"), (("artificial", "islands"), "CHN"), (("scarborough", "shoal"), "CHN"),
)


_HOLDING_VERBS = frozenset("held holds hold holding wrapped concluded concludes began begins opened opens ended ends "
                           "started starts".split())


def _talks_abroad(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                  ) -> tuple[str, str] | None:
    """Talks held "in" another country or its capital with nobody named across the table ("Treasury
    Secretary Janet Yellen held talks in Beijing", "wrapped up four days of talks in Beijing"): a visit
    (042) by the subject to that country."""
    if not any(toks[k] in _HOLDING_VERBS for k in range(max(ca, at - 5), te)):
        return None  # ("as talks continued in Vienna": whose talks the clause does not say)
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or not _country(subj.code):
        return None
    for s in spans:
        if te <= s.ts < min(cb, te + 3) and s.countryish and toks[s.ts - 1] == "in" and _country(s.code) \
                and _country(s.code) != _country(subj.code):
            return subj.code, s.code
    return None


def _show_of_force_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                        ) -> tuple[str, str] | None:
    """A show of force (15x) in contested waters with nobody named is aimed at the waters' claimant."""
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or not _country(subj.code):
        return None
    for k in range(at + 1, min(cb, te + 14)):  # (from the verb: "transited the Taiwan Strait" is one term)
        if toks[k] == "the" and k + 1 < cb and toks[k + 1] in ("strait", "waterway"):
            named = _strait_named_before(toks, k)  # "through the waterway": the strait the story named
            if named:
                return (subj.code, named) if named != _country(subj.code) else None
        for phrase, claimant in _CONTESTED_WATERS:
            if toks[k] == phrase[0] and tuple(toks[k:k + len(phrase)]) == phrase:
                if claimant == _country(subj.code):
                    # China's own show of force in the Taiwan Strait is aimed at Taiwan; in the seas it
                    # claims against several neighbours it names no one
                    return (subj.code, "TWN") if phrase == ("taiwan", "strait") else None
                return subj.code, claimant
    return None


PATIENT_ROLES = frozenset(["", "CVL", "OPP", "MED", "EDU", "REL", "BUS", "LAB", "REF", "PPL"])


def _held_where(toks: Sequence[str], code: str, at: int, te: int, ca: int, cb: int, spans: Sequence[Span],
                home: str = "") -> tuple[str, str] | None:
    """Arrests and releases told in the passive without an agent are the acts of the state where the
    people are held: "Two Canadians were freed on Friday" after "detained in China", "an American was
    detained in Shanghai" -> the government of that country acts on them. With no place named, an
    arrest or jailing (173) is the act of the dateline's ``home``, also on its own people ("HONG KONG —
    Three activists were jailed on Wednesday": its courts jail them). A participle right after
    the people ("Two Canadians detained in China for 1,000 days were freed") only describes them:
    ``("", "")``, no event. ``None`` when the rule does not apply.

    >>> toks = "three activists were jailed on wednesday".split()
    >>> _held_where(toks, "173", 3, 4, 0, 6, [Span(1, 2, "HKGOPP", "OPP", False)], "HKG")
    ('HKGJUD', 'HKGOPP')
    >>> _held_where(toks, "173", 3, 4, 0, 6, [Span(1, 2, "HKGOPP", "OPP", False)]) is None
    True
    """
    if code[:2] != "17" and code[:3] != "084" and code != "116":  # (and verdicts: "was sentenced in China")
        return None
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or not subj.code or (subj.role not in PATIENT_ROLES) or (
            not subj.people and not subj.role and not (subj.te < at and toks[subj.te] in _PERSON_NOUNS)
            and not (subj.ts > 0 and toks[subj.ts - 1] in ("a", "an"))):
        return None  # (a bare country is no detainee; "an American", "a Canadian businessman" are)
    if subj.te == at and toks[at].endswith("ed") and (at + 1 >= cb or toks[at + 1] not in ("by",)):
        return "", ""  # "Canadians detained in China ...": a description of the people
    if not (toks[at - 1] in _PASSIVE_AUX or (at - 2 >= ca and toks[at - 2] in _PASSIVE_AUX)) \
            or (te < cb and toks[te] == "by"):
        return None
    where = _location(toks, spans, te - 1, min(cb, te + 4)) or _location(toks, spans, subj.te - 1, at)
    if not where and code == "173" and home:
        role = "JUD" if toks[at].startswith(("jail", "sentenc", "convict", "imprison")) else "GOV"
        return home + role, subj.code  # "HONG KONG — Three activists were jailed": the dateline's courts
    if not where or where == _country(subj.code):
        return None
    return where + ("JUD" if code == "116" else "GOV"), subj.code


# what an espionage charge says the accused did for a state: "spying for China", "acting as an agent of
# China", "passing secrets to Chinese intelligence officers", "on behalf of Beijing"
_SPY_CUES = frozenset("spying spy spied spies espionage agent agents behalf secrets information documents secret "
                      "secretly covert illegally unregistered "
                      "intelligence passing passed".split())
_SPY_LINKS = frozenset(["for", "of", "to"])


def spy_beneficiary(toks: Sequence[str], te: int, cb: int, named: Sequence[tuple[int, str]], doer: str
                    ) -> tuple[int, str]:
    """The state an espionage charge after an arrest or charge ending at ``te`` says the accused served
    ("were arrested on charges of *spying for China*", "charged with acting as an illegal agent *of
    China*", "passing information *to Chinese intelligence officers*"), or "": its country, when it
    is not ``doer``'s (the arresting state's) own. The arresting state accuses that state of
    espionage (CAMEO 1125), as the news report of the arrest says it does. ``named`` holds (first
    token, code) of the clause's actors (no places).

    >>> toks = "an engineer was charged with spying for china on monday".split()
    >>> spy_beneficiary(toks, 4, 10, [(7, "CHN")], "USA")
    (7, 'CHN')
    >>> toks = "an engineer was charged with stealing data on monday".split()
    >>> spy_beneficiary(toks, 4, 9, [], "USA")
    (-1, '')
    """
    for ts, code in named:
        if ts < te or ts >= min(cb, te + 24) or not _country(code):
            continue
        k = ts - 1
        while k > te and toks[k] in ("the", "a", "an"):
            k -= 1
        if toks[k] not in _SPY_LINKS or not any(toks[j] in _SPY_CUES for j in range(max(te, k - 6), k)):
            continue
        country = _country(code)
        return (ts, country) if country != doer else (-1, "")
    return -1, ""


def _spy_arrest_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span],
                     home: str) -> tuple[str, str] | None:
    """An arrest, charge or sentence whose charge is spying for a foreign state, left without a pair.
    In the passive without an agent ("A New York police officer was charged with acting as an agent
    of China", "Two U.S. Navy sailors were arrested on charges of passing information to Chinese
    intelligence officers") it is the act of the state the accused belongs to (the country of the
    subject, of a place naming it, or the dateline's ``home``) on the accused; in the active voice with
    an accused of no known country ("Federal agents arrested two men on charges of acting as agents of
    China", "A federal judge sentenced a former Army officer for spying for China") it is the subject's
    (of the ``home`` country when it names none) against the state served; against its own country when
    the accused's phrase names it ("arrested a former aide to two New York governors on charges ...")."""
    passive = toks[at - 1] in _PASSIVE_AUX or (at - 2 >= ca and toks[at - 2] in _PASSIVE_AUX) \
        or (at - 3 >= ca and toks[at - 1] == "and" and toks[at - 3] in _PASSIVE_AUX)  # ("was arrested and charged")
    if passive and te < cb and toks[te] == "by":
        return None
    subj = _subject_span(toks, spans, ca, at)
    if subj is None and passive and home and spy_beneficiary(toks, te, cb, [(s.ts, s.code) for s in spans
                                                                          if not s.place], home)[1]:
        return home + "JUD", home  # "NEW YORK — A former aide to the governor was arrested ...": one of its people
    if subj is None or (not subj.code and not subj.role):
        return None
    where = next((_country(s.code) for s in spans if s.te == subj.ts and s.place), "")
    state = _country(subj.code) or where or home
    if not state:
        return None
    spy_ts, served = spy_beneficiary(toks, te, cb, [(s.ts, s.code) for s in spans if not s.place], state)
    if not served:
        return None
    if passive:
        return state + "JUD", subj.code or state + subj.role
    if any(te <= s.ts < spy_ts and _country(s.code) == state and toks[s.ts - 1] not in _LOCATING for s in spans):
        # "arrested a former aide to two New York governors on charges that she acted as an agent of the
        # Chinese government": an accused of the arresting state's own is its own person, arrested at home
        return subj.code or state + subj.role, state
    return subj.code or state + subj.role, served


_LOCATING = frozenset(["in", "at", "near", "outside", "inside"])  # "arrested two men in New York": where
_HELD_WORDS = frozenset("detained jailed imprisoned held arrested".split())
#: nouns of private people after a nationality ("an American *citizen* was sentenced in China")
_PERSON_NOUNS = frozenset("citizen citizens national nationals man men woman women businessman businessmen "
                          "businesswoman executive executives employee employees worker workers student students "
                          "tourist tourists pastor engineer engineers".split())


def release_holder(toks: Sequence[str], code: str, actor: str, target: str, ca: int, cb: int,
                   named: Sequence[tuple[int, str]]) -> str:
    """The party an appeal or demand for a release (0253, 1053) is aimed at when the clause gives the
    detainee's own country as its target ("Japan requested the release of a Japanese employee detained
    in China"): the country the person is held in, else the first other country named in the clause
    ("met Wang Yi ... and requested"); ``target`` when it is another country already. ``named`` holds
    (first token, code) of the clause's actors.

    >>> toks = "japan requested the release of a japanese employee detained in china".split()
    >>> release_holder(toks, "0253", "JPNGOV", "JPNLAB", 0, 11, [(0, "JPNGOV"), (6, "JPN"), (10, "CHN")])
    'CHN'
    """
    if code not in ("0253", "1053") or actor[:3] != target[:3]:
        return target
    for k, c in named:
        if ca <= k < cb and k >= 2 and toks[k - 1] == "in" and toks[k - 2] in _HELD_WORDS and c[:3] != actor[:3]:
            return c
    return next((c for k, c in named if ca <= k < cb and c[:3] != actor[:3] and _country(c)), target)


def _strait_named_before(toks: Sequence[str], k: int) -> str:
    """The claimant of the last contested strait the text named before token ``k`` ("the Taiwan Strait
    ... the waterway"), within 1,500 tokens; "" if none."""
    for j in range(k - 1, max(0, k - 1500) - 1, -1):
        if toks[j] == "strait" and j > 0 and toks[j - 1] == "taiwan":
            return "CHN"
    return ""


def _passive_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
                  ) -> tuple[str, str] | None:
    """A verb in the passive whose agent stands far after it ("Iranian diplomats were banned from
    travelling beyond a small area of New York by the State Department"): the agent acts on the
    subject."""
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or not subj.code:
        return None
    for s in spans:
        if not (te <= s.ts < min(cb, te + 16)) or not s.code or s.place:
            continue
        by = s.ts - 2 if toks[s.ts - 1] == "the" else s.ts - 1
        if by >= te and toks[by] == "by" and s.code[:3] != subj.code[:3]:
            return s.code, subj.code
    return None


def _mood_pair(toks: Sequence[str], at: int, te: int, ca: int, cb: int, spans: Sequence[Span]
               ) -> tuple[str, str] | None:
    """Optimism or pessimism about something with someone ("pessimistic about the chances of a new deal
    with the European Union"): the comment is about that party."""
    subj = _subject_span(toks, spans, ca, at)
    if subj is None or not subj.code:
        return None
    for s in spans:
        if te <= s.ts < min(cb, te + 12) and s.code and not s.place and toks[s.ts - 1] not in _LOCATION_PREPS \
                and s.code[:3] != subj.code[:3]:
            return subj.code, s.code
    return None


#: verbs of arriving somewhere: the place they reach is the country visited ("arrived in Beijing")
ARRIVAL_LEMMAS = frozenset(["arrive", "arrive in", "land in", "touch down in"])
# what may stand between an arrival verb and its "in"/"at": the time of the arrival
_ARRIVAL_TIME = frozenset(
    "on late early in the this last morning afternoon evening night monday tuesday wednesday thursday friday "
    "saturday sunday today tonight yesterday shortly just".split())
_ARRIVAL_PLACE_WORDS = frozenset(["the", "chinese", "american"])  # ... and any nationality before "capital"


def arrival_place(toks: Sequence[str], te: int, cb: int) -> int:
    """Where the place an arrival reaches starts, or -1: the token after "in" or "at" (and "the")
    when only the time of the arrival stands between the verb's end ``te`` and the preposition
    ("arrived on Monday in Washington", "arrived late on Tuesday at Beijing").

    >>> arrival_place("xi arrived on monday in washington".split(), 2, 6)
    5
    >>> arrival_place("blinken arrived in the chinese capital".split(), 2, 6)
    4
    >>> arrival_place("troops arrived to help victims in japan".split(), 2, 7)
    -1
    """
    k = te
    if k > 0 and toks[k - 1] in ("in", "at"):
        k -= 1  # the term ends on its preposition ("arrive in")
    while k < min(cb, te + 6):
        if toks[k] in ("in", "at") and k + 1 < cb:
            if toks[k] == "in" and k + 1 < cb and toks[k + 1] in ("the",) and k + 2 < cb \
                    and toks[k + 2] in _ARRIVAL_TIME:
                k += 1  # "in the morning"
                continue
            return k + 2 if toks[k + 1] == "the" else k + 1
        if toks[k] not in _ARRIVAL_TIME and not toks[k].isdigit():
            return -1
        k += 1
    return -1


_PROBLEM_NOUNS = frozenset(
    "terrorism terror terrorist crime crimes corruption graft drugs drug narcotics trafficking smuggling piracy "
    "poverty hunger famine disease diseases pandemic epidemic covid coronavirus virus aids malaria ebola cancer "
    "climate inflation unemployment extremism radicalism radicalization fraud laundering cybercrime "
    "desertification pollution illiteracy impunity disinformation misinformation outbreak outbreaks flu "
    "influenza cholera measles mpox sars wildfires wildfire fires locusts".split())
_PROBLEM_MODIFIERS = frozenset("the international global transnational organized organised illegal illicit "
                               "cross-border cross border domestic rampant official money human arms "
                               "its their our a new novel deadly spreading worsening growing rising ongoing "
                               "current latest bird swine".split())
#: fields a dispute is fought in by other means than force ("the trade fight", "a legal battle", "a tech war")
_NON_MILITARY_FIELDS = frozenset("trade tariff tariffs tech technology chip chips currency price legal court courtroom "
                                 "custody political diplomatic propaganda budget bidding".split())
#: legal steps a party fights in court, not with force ("is fighting extradition", "fought the charges")
_LEGAL_OBJECTS = frozenset("extradition deportation charges charge indictment conviction verdict ruling rulings "
                           "lawsuit lawsuits subpoena subpoenas sentence case cases".split())
_FORCE_WORDS = frozenset("fight fights fought fighting battle battles battled battling war wars combat combats "
                         "combating combatting combated campaign crackdown struggle offensive".split())


_DRUG_NOUNS = frozenset("fentanyl precursor precursors opioid opioids methamphetamine meth cocaine heroin "
                        "narcotic".split())


def problem_object(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether the object of a measure ending at ``te`` names an ill ("halt exports *of fentanyl precursors*",
    "curb the *smuggling* of migrants"): a measure against it is no measure against a party.

    >>> problem_object("agreed to halt exports of fentanyl precursors to mexico".split(), 3, 9)
    True
    >>> problem_object("agreed to ban imports of syrian oil".split(), 3, 7)
    False
    """
    for k in range(te, min(cb, te + 6)):
        if toks[k] in _PROBLEM_NOUNS or toks[k] in _DRUG_NOUNS:
            return True
        if toks[k] in ("to", "and", "that", "which", "after", "as", "while", "but"):
            return False
    return False


def against_a_problem(toks: Sequence[str], at: int, te: int, cb: int) -> bool:
    """A force word aimed at a social ill, not at anyone ("the fight against terrorism", "war on drugs").

    ``at``..``te`` is the trigger; true when its word is a fight/battle/war/combat word and what
    follows (after "against", "on" or directly, past a few modifiers) is a problem noun.

    >>> against_a_problem("joined the fight against international terrorism".split(), 2, 3, 6)
    True
    >>> against_a_problem("troops fought against the rebels".split(), 1, 2, 5)
    False
    >>> against_a_problem("revive drug fighting talks".split(), 2, 3, 4)
    True
    >>> against_a_problem("agreed to ease their trade fight".split(), 5, 6, 6)
    True
    >>> against_a_problem("she is fighting extradition in a vancouver court".split(), 2, 3, 8)
    True
    """
    if toks[at] not in _FORCE_WORDS:
        return False
    if at > 0 and toks[at - 1] in _PROBLEM_NOUNS:
        return True  # "drug-fighting talks", "the drug war": the ill is the word's own modifier
    if at > 0 and toks[at - 1] in _NON_MILITARY_FIELDS:
        return True  # "the trade fight", "a legal battle": a dispute by other means, no force
    k = te
    if k < cb and toks[k] in ("against", "on"):
        k += 1
    for _ in range(4):
        if k >= cb:
            return False
        if toks[k] in _PROBLEM_NOUNS or toks[k] in _LEGAL_OBJECTS:
            return True  # (or a legal step: "is fighting extradition", "fought the charges in court")
        if toks[k] not in _PROBLEM_MODIFIERS and toks[k] not in ("her", "his", "its", "their", "the"):
            return False
        k += 1
    return False


# moving military craft up to someone: a show of force (CAMEO 150) aimed at the country it nears
_APPROACH_VERBS = frozenset("flew fly flies flying flown sailed sail sails sailing patrolled patrol patrols "
                            "patrolling cruised circled circling loitered transited approached approaching come "
                            "intruded entered crossed came comes coming passed manoeuvred maneuvered".split())
_SEND_VERBS = frozenset("sent send sends sending dispatched dispatch dispatches dispatching deployed deploy "
                        "deploys deploying".split())
_CRAFT = frozenset("warships warship warplanes warplane ships ship vessels vessel aircraft jets jet planes plane bombers bomber "
                   "fighters fighter destroyers destroyer frigates frigate carrier carriers drones drone "
                   "helicopters helicopter submarines submarine boats boat cutters cutter troops".split())
_ENTRY_VERBS = frozenset("entered enter enters entering violated violate violates violating intruded crossed "
                         "flew sailed".split())
_TERRITORY = frozenset("airspace waters zone territory territorial adiz eez".split())
# a country's report of the foreign military craft it saw around itself ("Taiwan said it had detected 27
# Chinese military aircraft around the island", "Japan said it had tracked two Chinese destroyers"): the
# craft's show of force (150) aimed at the reporting country (the eleventh round)
_SIGHTING_VERBS = frozenset("detected detects detecting spotted spots spotting tracked tracks tracking monitored "
                            "sighted observed recorded reported".split())
# craft that are military by their noun alone; ships, vessels and boats need a military word or role
_WAR_CRAFT = frozenset("warships warship warplanes warplane aircraft jets jet bombers bomber fighters fighter "
                       "destroyers destroyer frigates frigate carrier carriers drones drone helicopters "
                       "helicopter submarines submarine corvettes corvette".split())
_SIGHTING_FILLERS = frozenset("a an about some at least more than nearly almost up to as many".split())
#: the verbs :func:`approach_force` looks at (a cheap test before it runs)
MOVING_WORDS = _APPROACH_VERBS | _SEND_VERBS | _ENTRY_VERBS | _SIGHTING_VERBS
_NEAR = frozenset("near around off toward towards into over encircling surrounding".split())
#: where a show of force named by a noun is held ("drills around Taiwan", "exercises near Japan")
AROUND = frozenset("near around off toward towards encircling surrounding".split())
_WATER_NAMES = frozenset(["strait", "straits", "sea", "gulf", "channel", "bay", "ocean"])
#: what kind of craft a list names between its count and its noun ("30 military aircraft", "two navy ships")
_CRAFT_KINDS = frozenset("military navy naval air force coast guard fighter combat surveillance drone unmanned".split())
_CRAFT_COUNTS = frozenset("two three four five six seven eight nine ten dozen dozens several many more other".split())
_APPROACH_FILLERS = frozenset("the a an waters coast coasts shores shore skies airspace of island islands east "
                              "west north south northern southern eastern western nose bow bows path "
                              "claimed controlled held occupied disputed contested by".split())
# "sent warships to the seas and skies around Taiwan": the movement's place after "to"
_TO_FILLERS = frozenset("the seas sea skies waters airspace air and area areas".split())


_CRAFT_NAME_REACH = 6
_NOT_IN_CRAFT_NAME = frozenset(",;:.()\"'".split() + "and or but that which who whom said says of to in on at with "
                               "after before while as when".split())


def _craft_name(toks: Sequence[str], te: int, v: int) -> bool:
    """Whether the words from ``te`` to the verb at ``v`` name the actor's craft by its model and kind: "a U.S.
    Navy P-8A Poseidon patrol plane flew", "a Chinese J-16 fighter jet flew" (the craft is its navy's or air
    force's, however long its name)."""
    return 0 < v - te <= _CRAFT_NAME_REACH and toks[v - 1] in _CRAFT \
        and not any(toks[k] in _NOT_IN_CRAFT_NAME for k in range(te, v))


def approach_force(toks: Sequence[str], ca: int, cb: int, spans: Sequence[Span]) -> list[tuple[int, int, int]]:
    """Military craft moved up to a country with nobody else named: a show of force (150) aimed at it.

    "Chinese bombers flew near Japan", "Russian warships sailed off the coast of Alaska", "China's
    military sent warships around Taiwan", "a Chinese helicopter flew within three meters of a
    Philippine plane": the military subject (a span with the ``MIL`` role) acts on the country the
    movement nears (the first span with a country of its own after "near", "around", "off",
    "toward", "into", "over", "within ... of"). A sea or strait named after a country ("the Sea of
    Japan", "the Taiwan Strait") is no target. "sent"/"deployed" need military craft as their
    object ("sent troops around" yes; "sent aid to" no). "entered its/their airspace, waters, zone"
    gives the target -1: the owner named before the clause ("Seoul scrambled jets after Chinese
    aircraft entered its zone"); "sent a destroyer through the strait" gives -2: no named target, the
    waters' claimant (:func:`fallback_pair`). Returns (verb, actor span start, target span start) for
    each such verb of clause [ca, cb).

    >>> toks = "chinese bombers flew near japan on tuesday".split()
    >>> approach_force(toks, 0, 7, [Span(0, 2, "CHNMIL", "MIL", False), Span(4, 5, "JPN", "", True)])
    [(2, 0, 4)]
    >>> toks = "chinese bombers flew over the sea of japan".split()
    >>> approach_force(toks, 0, 8, [Span(0, 2, "CHNMIL", "MIL", False), Span(7, 8, "JPN", "", True)])
    []
    """
    out: list[tuple[int, int, int]] = []
    for v in range(ca + 1, cb):
        word = toks[v]
        if word in _SIGHTING_VERBS:
            out.extend(_sighting(toks, v, cb, spans))
            continue
        if word not in _APPROACH_VERBS and word not in _SEND_VERBS:
            continue
        actor = next((s for s in reversed(spans) if s.te <= v and (v - s.te <= 2 or _craft_name(toks, s.te, v))
                      and s.code), None)
        if actor is None or (actor.role != "MIL" and word not in _SEND_VERBS
                             and not any(toks[j] in _CRAFT for j in range(actor.ts, v))):
            continue  # "Chinese bombers flew", "a Chinese helicopter flew"
        k = v + 1
        if word in _ENTRY_VERBS:  # "entered its air defense zone": the owner is named before the clause
            j = k + 1 if k < cb and toks[k] == "into" else k
            if j + 1 < cb and toks[j] in ("its", "their") and any(toks[x] in _TERRITORY
                                                                 for x in range(j + 1, min(cb, j + 6))):
                out.append((v, actor.ts, -1))
                co = _co_actor(toks, spans, actor)
                if co is not None:
                    out.append((v, co.ts, -1))
                continue
        if word in _SEND_VERBS:  # its object: military craft, then the movement's preposition
            craft = next((j for j in range(k, min(cb, k + 6)) if toks[j] in _CRAFT), -1)
            if craft < 0 or any(toks[j] in (",", "to", "that") for j in range(k, craft)):
                continue
            while craft + 1 < cb and (toks[craft + 1] == "and" or toks[craft + 1] in _CRAFT
                                      or toks[craft + 1] in _CRAFT_KINDS):
                # "warships and aircraft", "71 warplanes and seven ships", "21 warships and 30 military aircraft",
                # "warships, bombers and fighter jets" (the tokens keep no commas)
                nxt = next((j for j in range(craft + 1, min(cb, craft + 5)) if toks[j] in _CRAFT), -1)
                if nxt < 0 or not all(toks[j].isdigit() or toks[j] in _CRAFT_COUNTS or toks[j] in _CRAFT_KINDS
                                      or toks[j] == "and" for j in range(craft + 1, nxt)):
                    break
                craft = nxt
            k = craft + 1
        prep = -1
        if word in ("approached", "approaching") and k < cb and toks[k] in _APPROACH_FILLERS and any(
                toks[j] in _CRAFT for j in range(k, min(cb, k + 6))):
            prep = v  # "approached a Japanese patrol plane": the craft approached is the object itself
        for j in range(k, min(cb, k + 8)) if prep < 0 else ():
            if toks[j] == "through":
                # "sent a destroyer through the strait", "a patrol plane flew through the Taiwan Strait": the
                # waters' claimant (_show_of_force_pair; nothing when the waters are nobody's)
                prep = -2
                break
            if toks[j] in _NEAR or (toks[j] == "within" and "of" in toks[j + 1:j + 5]):
                prep = j if toks[j] != "within" else toks.index("of", j + 1)
                break
            if toks[j] in ("close", "closer", "dangerously") and j + 1 < cb and toks[j + 1] == "to":
                prep = j + 1  # "came dangerously close to", "sailed close to"
                break
            if toks[j] in ("front", "across", "ahead") and j + 1 < cb and "of" in toks[j + 1:j + 4]:
                prep = toks.index("of", j + 1)  # "flew in front of", "cut across the bow of", "ahead of"
                break
            if toks[j] == "to":  # "sent warships to the seas and skies around Taiwan"
                near = next((x for x in range(j + 1, min(cb, j + 8)) if toks[x] in _NEAR), -1)
                if near > j + 1 and all(toks[x] in _TO_FILLERS for x in range(j + 1, near)):
                    prep = near
                break
            if toks[j] in (",", "and", "after", "before", "while", "as", "when", "to", "for"):
                break
        if prep == -2:
            out.append((v, actor.ts, -2))
            continue
        if prep < 0:
            continue
        target = next((s for s in spans if prep < s.ts <= prep + 5 and s.code), None)
        if target is None or target.code[:3] == actor.code[:3] \
                or any(toks[j] not in _APPROACH_FILLERS and not toks[j].isdigit() for j in range(prep + 1, target.ts)) \
                or (target.te < cb and toks[target.te] in _WATER_NAMES) \
                or (target.ts >= 2 and toks[target.ts - 1] == "of" and toks[target.ts - 2] in _WATER_NAMES):
            continue
        out.append((v, actor.ts, target.ts))
        co = _co_actor(toks, spans, actor)
        if co is not None and co.code[:3] != target.code[:3]:  # "Chinese and Russian bombers flew near Japan"
            out.append((v, co.ts, target.ts))
    return out


def _sighting(toks: Sequence[str], v: int, cb: int, spans: Sequence[Span]) -> list[tuple[int, int, int]]:
    """A sighting reported by a country ("had detected 27 Chinese military aircraft and 10 warships around
    the island", "spotted two Chinese navy destroyers near its southern islands"): the craft's country
    (the span after the count) shows force (150) at the place after "near"/"around" when it names another
    country, else at the reporting country (target -1: the owner named before the clause). Ships,
    vessels and boats count only with a military word or role ("Chinese fishing boats" are no force).

    >>> toks = "it had detected 27 chinese military aircraft around the island".split()
    >>> _sighting(toks, 2, 10, [Span(4, 6, "CHNMIL", "MIL", False)])
    [(2, 4, -1)]
    >>> toks = "it had monitored 200 chinese fishing boats at the reef".split()
    >>> _sighting(toks, 2, 10, [Span(4, 5, "CHN", "", True)])
    []
    """
    k = v + 1
    while k < cb and (toks[k] in _SIGHTING_FILLERS or toks[k].isdigit() or toks[k] in _CRAFT_COUNTS):
        k += 1
    actor = next((s for s in spans if s.ts == k and s.code), None)
    if actor is None:
        return []
    j = actor.te - 1 if toks[actor.te - 1] in _CRAFT else actor.te  # ("two Chinese destroyers": one mention)
    while j < cb and toks[j] in _CRAFT_KINDS:
        j += 1
    if j >= cb or toks[j] not in _CRAFT:
        return []
    military = actor.role == "MIL" or any(toks[x] in _CRAFT_KINDS and toks[x] not in ("fighter", "drone")
                                          for x in range(actor.te, j)) or toks[j] in _WAR_CRAFT
    if not military or any(toks[x] in ("fishing", "cargo", "merchant", "research", "civilian", "commercial")
                           for x in range(actor.ts, j)):
        return []
    target = -1
    for x in range(j + 1, min(cb, j + 12)):
        if toks[x] in (",", ";", "after", "as", "while", "when", "since"):
            break
        if toks[x] in _NEAR:
            s = next((s for s in spans if x < s.ts <= x + 5 and s.code), None)
            if s is not None and s.code[:3] != actor.code[:3] and all(
                    toks[y] in _APPROACH_FILLERS or toks[y].isdigit() for y in range(x + 1, s.ts)) \
                    and not (s.te < cb and toks[s.te] in _WATER_NAMES):
                target = s.ts
            break
    return [(v, actor.ts, target)]


def _co_actor(toks: Sequence[str], spans: Sequence[Span], actor: Span) -> Span | None:
    """The country joined to an actor by "and" ("Chinese and Russian bombers", "five Chinese and six
    Russian aircraft")."""
    for s in spans:
        gap = toks[s.te:actor.ts]
        if s.te < actor.ts and s.code and s.code[:3] != actor.code[:3] and gap[:1] == ["and"] \
                and all(t.isdigit() or t in NUMBER_WORDS for t in gap[1:]):
            return s
    return None


# ------------------------------------------------------------------ trade in a measure's object

_TRADE_NOUNS = frozenset("sales sale exports export shipments shipment supplies supply deliveries delivery "
                         "transfers transfer imports import purchases".split())
_TRADE_STOPS = frozenset([",", ";", "and", "but", "which", "who", "that", "said", "after", "because", "while"])
_OBJECT_OPENERS = frozenset(["into", "on", "against", "of", "over", "targeting"])


def trade_destination(toks: Sequence[str], te: int, cb: int, mention_starts: Sequence[int]) -> int:
    """Where the destination of the trade a measure is about starts ("a ban on sales of Nvidia's
    chips to China": China), else -1.

    The trade noun stands at most six words after the measure and "to" at most eight after it;
    the party right after "to" (or "to the") is the measure's target, not the seller named
    between.

    >>> toks = "reversed a ban on sales of nvidia s chips to china".split()
    >>> trade_destination(toks, 3, len(toks), [6, 10])
    10
    >>> trade_destination("a ban on travel to china".split(), 2, 6, [5])
    -1
    """
    starts = set(mention_starts)
    for k in range(te, min(cb, te + 6)):
        if toks[k] in _TRADE_STOPS:
            return -1
        if toks[k] in _TRADE_NOUNS:
            for j in range(k + 1, min(cb - 1, k + 9)):
                if toks[j] in _TRADE_STOPS:
                    return -1
                if toks[j] == "to":
                    at = j + 2 if toks[j + 1] == "the" else j + 1
                    return at if at in starts else -1
            return -1
    return -1


_MADE = frozenset("made produced manufactured built assembled grown sourced".split())
# goods that come "from" a country: the origin of what a measure hits, never the measure's agent
_GOODS = _TRADE_NOUNS | frozenset("goods products items steel aluminium aluminum cars vehicles chips".split())


# money put "in" a party: what a measure on investment hits ("restricting investments in Chinese companies")
_INVESTED = frozenset("investment investments investing invest stakes stake holdings".split())


def made_in(toks: Sequence[str], ts: int) -> bool:
    """Whether the place at ``ts`` is where goods were made ("electric cars made in China") or money
    is put ("investments in Chinese companies"): what a measure on them hits, its target, not where
    the measure happened.

    >>> made_in("tariffs on electric cars made in china".split(), 6)
    True
    >>> made_in("they met in china".split(), 3)
    False
    >>> made_in("restricting american investments in chinese companies".split(), 4)
    True
    """
    return ts >= 2 and toks[ts - 1] == "in" and (toks[ts - 2] in _MADE or toks[ts - 2] in _INVESTED)


def goods_origin(toks: Sequence[str], te: int, from_at: int) -> bool:
    """Whether "from" at ``from_at`` gives the origin of the goods a measure noun ending at ``te`` is
    about ("an investigation into imports of plastic from the United States"): the noun's object
    preposition stands between, so the party after "from" is the target, not the noun's agent
    ("a loan from China").

    >>> goods_origin("an investigation into imports of plastic from the us".split(), 2, 6)
    True
    >>> goods_origin("a loan from china".split(), 2, 2)
    False
    >>> goods_origin("a ban on imports from china".split(), 4, 4)
    True
    """
    return any(toks[k] in _OBJECT_OPENERS for k in range(te, from_at)) \
        or (from_at >= 1 and toks[from_at - 1] in _GOODS)  # "a ban on imports from China": the term ends in goods


_INVEST_NOUNS = frozenset(["investment", "investments", "investing", "invest", "stake", "stakes", "capital",
                           "money", "funds", "funding", "investors", "deals"])


def invested_in(toks: Sequence[str], ts: int) -> bool:
    """Whether the party at ``ts`` is where money goes ("a ban on American investment in Chinese
    companies", "curbs on investing in Chinese chipmakers"): after "in" it is no place but the target.

    >>> invested_in("a ban on american investment in chinese companies".split(), 6)
    True
    >>> invested_in("talks in beijing".split(), 2)
    False
    """
    k = ts - 1
    if k >= 0 and toks[k] in ("the", "a", "an", "some", "certain"):
        k -= 1
    return k >= 1 and toks[k] == "in" and toks[k - 1] in _INVEST_NOUNS


def investor(toks: Sequence[str], te: int) -> bool:
    """Whether the party ending at ``te`` owns the money of an investment that follows ("American
    investment in Chinese firms"): no target of a measure on that investment.

    >>> investor("a ban on american investment in chinese companies".split(), 4)
    True
    >>> investor("american investment fell".split(), 1)
    False
    """
    return te + 1 < len(toks) and toks[te] in _INVEST_NOUNS and toks[te + 1] == "in"


_OWNING = frozenset("owned controlled held run operated".split())


def owner_of_sold(toks: Sequence[str], ts: int, cb: int) -> bool:
    """Whether the party at ``ts`` is only the owner of the asset whose sale a measure hits, told in a
    participle phrase ("blocked the sale of a plant *owned by* a Dutch firm *to* a Chinese investor"):
    the buyer named after "to" is the target, not the seller.

    >>> toks = "blocked the sale of a plant owned by the dutch firm nexperia to a chinese investor".split()
    >>> owner_of_sold(toks, 9, len(toks))
    True
    >>> toks = "seized a tanker owned by an iranian company".split()
    >>> owner_of_sold(toks, 6, len(toks))
    False
    """
    by = next((k for k in range(ts - 1, max(0, ts - 5) - 1, -1) if toks[k] == "by"), -1)
    if by < 1 or toks[by - 1] not in _OWNING:
        return False
    return any(toks[k] == "to" for k in range(ts + 1, min(cb, ts + 8)))


_TRANSFER_NOUNS = frozenset("sale sales transfer transfers takeover acquisition purchase".split())


def sale_recipient(toks: Sequence[str], te: int, ts: int) -> bool:
    """Whether the party at ``ts`` is the buyer ("to (a) ...") of a sale or transfer that a measure ending
    at ``te`` hits, past a long description of what is sold ("blocked the sale of a chip plant owned by a
    German supplier *to* a Chinese firm"): the buyer is the target however long the object.

    >>> toks = "blocked the sale of a chip plant owned by a german supplier to a chinese firm".split()
    >>> sale_recipient(toks, 3, 13)
    True
    >>> sale_recipient("banned sales of chips , a move to punish china".split(), 2, 9)
    False
    """
    to_at = ts - 1 - int(ts >= 2 and toks[ts - 1] in ("a", "an", "the"))
    return te > 0 and toks[te - 1] in _TRANSFER_NOUNS and to_at > te and toks[to_at] == "to" \
        and not any(toks[k] in (",", "to", ";") or toks[k] in _MEMBER_BREAKS for k in range(te, to_at))


_LICENCE_NOUNS = frozenset("licence licences license licenses permit permits waiver waivers".split())
_EXPORT_NOUNS = frozenset("export exports shipment shipments sale sales transfer transfers supplies".split())
_LETTING = frozenset("let lets allowed allow allows permitted permit permits enabled".split())
_SELLING = frozenset("sell ship export supply sold shipped exported supplied selling shipping exporting "
                     "supplying".split())


def licensed_destination(toks: Sequence[str], te: int, ts: int) -> bool:
    """Whether the party at ``ts`` is where the exports go that a licence measure ending at ``te`` covers
    ("require licences *for exports* of lithography machines *to* China", "revoked licences *that let*
    Intel *sell* chips *to* Huawei"): the destination is the target, however long the goods' description.

    >>> toks = "would require licences for exports of advanced lithography machines and parts to china".split()
    >>> licensed_destination(toks, 3, 12)
    True
    >>> toks = "revoked licences that let intel and qualcomm sell chips to huawei".split()
    >>> licensed_destination(toks, 2, 10)
    True
    >>> licensed_destination("require licences for journalists in china".split(), 2, 5)
    False
    """
    to_at = ts - 1 - int(ts >= 2 and toks[ts - 1] in ("a", "an", "the"))
    if te < 1 or toks[te - 1] not in _LICENCE_NOUNS or to_at <= te or toks[to_at] != "to":
        return False
    span = toks[te:to_at]
    if any(t in (";", "to") or t in _MEMBER_BREAKS - {"that"} for t in span):
        return False
    return (len(span) > 1 and span[0] == "for" and any(t in _EXPORT_NOUNS for t in span[1:4])) \
        or (span[:1] == ["that"] and any(t in _LETTING for t in span[1:3]) and any(t in _SELLING for t in span))


def licence_holder(toks: Sequence[str], te: int, ts: int) -> bool:
    """Whether the party at ``ts`` holds the licence a measure ending at ``te`` grants or revokes
    ("revoked licences that let *Intel* sell chips to Huawei"): the holder is no target when the
    licence's destination is named.

    >>> toks = "revoked licences that let intel and qualcomm sell chips to huawei".split()
    >>> licence_holder(toks, 2, 4), licence_holder(toks, 2, 10)
    (True, False)
    >>> toks = "revoked waivers that let samsung ship tools to their plants in china".split()
    >>> licence_holder(toks, 2, 4)  # a waiver for one's own plants: the holder loses it
    False
    """
    if te < 1 or toks[te - 1] not in _LICENCE_NOUNS or te + 1 >= len(toks) or toks[te] != "that" \
            or toks[te + 1] not in _LETTING:
        return False
    sell = next((k for k in range(te + 2, min(len(toks), te + 10)) if toks[k] in _SELLING), -1)
    to_at = next((k for k in range(sell, min(len(toks) - 1, sell + 8)) if toks[k] == "to"), -1) if sell > ts else -1
    return to_at > 0 and toks[to_at + 1] not in ("their", "its", "his", "her")  # (to their own plants: no)


#: nouns of a company owned by another: it takes its parent's country, not the one of its seat
SUBSIDIARY_NOUNS = frozenset("subsidiary subsidiaries unit units affiliate affiliates arm division".split())
_PARENT_POSSESSIVES = frozenset(["its", "their", "s"])


def subsidiary_mention(toks: Sequence[str], ts: int, te: int, starts: Sequence[int]) -> int:
    """Where the parent of a subsidiary starts when the party at ``ts``..``te`` only names the subsidiary's
    seat ("a Swedish subsidiary *of* the Chinese company ...", "a tanker unit of the Chinese shipping giant
    Cosco"; ``starts`` are the parties' first tokens), ``ts - 1`` when a possessive names the parent
    ("Huawei's / its *U.S.* subsidiary"), else -1: the parent, not the seat, is the party.

    >>> toks = "sanctioned a swedish subsidiary of the chinese firm".split()
    >>> subsidiary_mention(toks, 2, 3, [2, 6])
    6
    >>> subsidiary_mention("sanctioned its u.s. subsidiary".split(), 2, 3, [2])
    1
    >>> subsidiary_mention("sanctioned swedish firms".split(), 1, 2, [1])
    -1
    """
    k = te
    while k < len(toks) and k - te < 2 and toks[k] not in SUBSIDIARY_NOUNS and toks[k].isalpha() \
            and toks[k] not in ("of", "and", "or", "to", "in", "s"):
        k += 1  # "a Swedish chip subsidiary", "a tanker unit"
    if k >= len(toks) or toks[k] not in SUBSIDIARY_NOUNS:
        return -1
    if ts > 0 and toks[ts - 1] in _PARENT_POSSESSIVES:
        return ts - 1
    if k + 1 < len(toks) and toks[k + 1] == "of":
        return next((s for s in starts if k + 2 <= s <= k + 3), -1)
    return -1


_MEMBER_BREAKS = frozenset(["that", "which", "who", "whose", "where", "when", "because", "after", "since"])


def listed_member(toks: Sequence[str], ts: int, code: str, te: int = 0) -> bool:
    """Whether the party at ``ts`` is named as a member of the parties a measure noun hits ("added 140
    entities to the Entity List, including Chinese chipmakers", "..., among them Chinese firms"): for
    sanctions, lists and restrictions (roots 16 and 17) such a member is the target.

    >>> toks = "added 140 entities to the entity list including chinese firms".split()
    >>> listed_member(toks, 8, "163"), listed_member(toks, 8, "040")
    (True, False)
    >>> listed_member("sanctions among them chinese banks".split(), 3, "163")
    True
    >>> toks = "used restrictions against countries that displeased it including australia".split()
    >>> listed_member(toks, 8, "163", 2)  # members of a relative clause's noun, not of the measure's
    False
    """
    if code[:2] not in ("16", "17") or ts < 1 or any(toks[k] in _MEMBER_BREAKS for k in range(te, ts)):
        return False
    k = ts - 1
    if toks[k] in ("the", "a", "an", "several", "some", "many", "two", "three", "four", "five"):
        k -= 1
    return k >= 0 and (toks[k] == "including" or (toks[k] in ("them", "which") and k >= 1 and toks[k - 1] == "among"))


_OWNED = frozenset("sold made produced manufactured built designed developed grown sourced owned operated run "
                    "held offered supplied marketed exported imported".split())


def object_agent(toks: Sequence[str], te: int, by_at: int) -> bool:
    """Whether "by" at ``by_at`` gives the agent of a participle on the object of a measure noun ending
    at ``te`` ("a review of products sold in China by Micron", "tariffs on chips designed by Nvidia"):
    the party after "by" owns what the measure hits, its target, not the noun's agent ("sanctions
    imposed by Washington").

    >>> object_agent("a review of products sold in china by micron".split(), 2, 7)
    True
    >>> object_agent("sanctions imposed by washington".split(), 1, 2)
    False
    """
    opened = False
    for k in range(te, by_at):
        if toks[k] in _OBJECT_OPENERS:
            opened = True
        elif opened and toks[k] in _OWNED:
            return True
    return False


# ------------------------------------------------------------------ dispute forums

_FORUM_CODES = ("IGOBUSWTO",)
_FORUM_PREPS = frozenset(["at", "with", "to", "before", "in"])


def forum(toks: Sequence[str], ts: int, code: str) -> bool:
    """Whether the organisation at ``ts`` is the forum of a dispute, not its target ("challenge the
    measures at the World Trade Organization", "filed a complaint with the WTO against ...").

    >>> forum("challenge the measures at the world trade organization".split(), 5, "IGOBUSWTO")
    True
    >>> forum("the world trade organization ruled against china".split(), 1, "IGOBUSWTO")
    False
    """
    if not code.startswith(_FORUM_CODES):
        return False
    k = ts - 1
    if k >= 0 and toks[k] == "the":
        k -= 1
    return k >= 0 and toks[k] in _FORUM_PREPS


# --------------------------------------------------------------- round 6: leads

#: words between "during" and a meeting noun: "during more than five hours of talks", "during their two
#: days of closed-door talks"
_DURING_GLUE = frozenset("more than about nearly almost over some several two three four five six seven eight "
                         "nine ten hours hour days day rounds round of the their a an lengthy long marathon "
                         "closed door high level".split())
_DURING_REACH = 8


def during_meeting(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the meeting noun at ``ts`` is governed by "during" ("told Blinken on Friday that ...,
    during more than five hours of talks in Beijing"): the talks took place, between the parties of the
    verb the phrase modifies.

    >>> during_meeting("wang told blinken during more than five hours of talks".split(), 9, 0)
    True
    >>> during_meeting("wang told blinken about the talks".split(), 5, 0)
    False
    >>> during_meeting("macron urged putin in a phone call".split(), 5, 0)
    True
    """
    k = ts - 1
    while k > ca and ts - k <= _DURING_REACH and (toks[k] in _DURING_GLUE or toks[k].isdigit()):
        k -= 1
    # ("urged Putin in a phone call on Friday to ...": a call the act was made in took place between them)
    return k >= ca and (toks[k] == "during" or (toks[k] in ("in", "on") and toks[ts] in _CALL_WORDS
                                                and ts - k <= 2))


#: the first words of a call noun ("phone call", "video call", "telephone conversation")
_CALL_WORDS = frozenset("phone telephone video call videoconference teleconference".split())


#: words between "with" and a force noun: "with water cannon", "with a military-grade laser"
_INSTRUMENT_GLUE = frozenset("a an the its their high pressure powerful military grade water".split())
_INSTRUMENT_REACH = 14


def instrument_noun(toks: Sequence[str], verb_te: int, ts: int) -> bool:
    """Whether the force noun at ``ts`` is the instrument of the verb ending at ``verb_te`` ("blasted a
    Philippine vessel with water cannon"): the instrument says what the verb did, so a verb that could be
    speech ("blast", "hit out", "slam") is the force the noun names.

    >>> instrument_noun("ships blasted a philippine vessel with water cannon".split(), 2, 6)
    True
    >>> instrument_noun("beijing blasted manila over the water cannon".split(), 2, 6)
    False
    """
    if not 0 < ts - verb_te <= _INSTRUMENT_REACH:
        return False
    k = ts - 1
    while k > verb_te and toks[k] in _INSTRUMENT_GLUE:
        k -= 1
    return k >= verb_te and toks[k] == "with"


_RECEIVING = frozenset(["received", "receives", "receive"])
_VISITOR_LEADS = frozenset(["the", "visiting", "former", "a", "his", "her", "their"])
_NAME_REACH = 4


def received_visitor(toks: Sequence[str], at: int, visitors: Sequence[tuple[int, bool]],
                     capitals: frozenset[int] | set[int], commas: frozenset[int] | set[int]) -> int:
    """The first token of the visitor a host "received" at ``at`` ("Xi Jinping received Secretary of
    State Antony Blinken", "received Henry Kissinger, the former U.S. secretary of state, at a
    guesthouse"), or -1: hosting a visit (CAMEO 043). ``visitors`` are the clause's mentions as (first
    token, names a person or an office). A letter, a call or aid received is no visit (no person
    follows), and a passive ("was received by") has the visitor as subject.

    >>> received_visitor("xi received secretary of state blinken".split(), 1, [(2, True)], set(), set())
    2
    >>> received_visitor("xi received henry kissinger the former u s secretary of state".split(), 1,
    ...                  [(6, True)], {2, 3}, {3})
    6
    >>> received_visitor("kishida received a letter from xi".split(), 1, [(5, True)], set(), set())
    -1
    """
    if toks[at] not in _RECEIVING or (at > 0 and toks[at - 1] in _PASSIVE_AUX):
        return -1
    person = {ts for ts, p in visitors if p}
    k = at + 1
    while k < len(toks) and k - at <= 2 and toks[k] in _VISITOR_LEADS:
        k += 1
    if k in person:
        return k
    j = at + 1
    while j in capitals and j - at <= _NAME_REACH:
        j += 1  # a name the dictionary does not know, then its apposition
    if j > at + 1 and (j - 1) in commas:
        k = j
        while k < len(toks) and k - j <= 2 and toks[k] in _VISITOR_LEADS:
            k += 1
        if k in person:
            return k
    return -1


# ------------------------------------------------------------------ arms sales

#: what an arms sale sells: weapons, their platforms and their parts (with the craft of :data:`_CRAFT`)
_ARMS = _CRAFT | frozenset("arms weapons weapon missiles missile munitions rockets rocket launchers launcher tanks "
                           "tank torpedoes torpedo radar radars howitzers artillery ammunition systems parts "
                           "equipment f".split())
_SALE_NOUNS = frozenset(["sale", "sales"])


def arms_sale(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether an approval ending at ``te`` approves a sale of weapons ("approved the possible sale of spare
    parts for F-16 jets to Taiwan", "cleared a $2 billion sale of missiles"): military aid (CAMEO 072, as the
    dev set codes arms sales), not the economic cooperation (0311) PETRARCH's "approve * sale" gives.

    >>> arms_sale("approved the possible sale of spare parts for f 16 aircraft to taiwan".split(), 1, 13)
    True
    >>> arms_sale("approved the sale of soybeans to china".split(), 1, 7)
    False
    """
    for k in range(te, min(cb, te + 6)):
        if toks[k] in _SALE_NOUNS:
            return any(toks[j] in _ARMS and not _civil_craft(toks, j, k) for j in range(k + 1, min(cb, k + 8))
                       if toks[j] != "to") \
                or any(toks[j] in ("arms", "weapons", "missile", "weapon") for j in range(te, k))
    return False


# makers and words of civil aircraft: "the sale of Boeing jets", "passenger planes", "Airbus aircraft"
_CIVIL_CRAFT = frozenset("boeing airbus comac embraer bombardier passenger commercial civilian civil cargo "
                         "airliners airliner jetliners jetliner".split())


def _civil_craft(toks: Sequence[str], j: int, k: int) -> bool:
    """Whether the craft word at ``j`` (after the sale noun at ``k``) is a civil one ("Boeing jets")."""
    return any(toks[x] in _CIVIL_CRAFT for x in range(max(k + 1, j - 3), j + 1))


def sold_to(toks: Sequence[str], te: int, cb: int) -> int:
    """The first token after "to" in a sale approved at ``te`` ("approved the sale of Boeing jets *to* China"):
    the buyer, the approval's other side (-1 when the phrase names none).

    >>> sold_to("approved the sale of boeing jets to china on thursday".split(), 1, 9)
    7
    """
    for k in range(te, min(cb, te + 6)):
        if toks[k] in _SALE_NOUNS:
            for j in range(k + 1, min(cb, k + 9)):
                if toks[j] == "to" and j + 1 < cb:
                    return j + 1 + int(toks[j + 1] == "the")
                if toks[j] in (",", "and", "that", "which", "for", "after", "as", "while", "on"):
                    break
            return -1
    return -1


# ------------------------------------------------------------------ rehearsals

#: verbs of a rehearsal: what an exercise practises is not done ("rehearsed sealing off the island",
#: "simulated strikes on ships", "practised landings")
_REHEARSAL_VERBS = frozenset("rehearsed rehearse rehearses rehearsing simulated simulate simulates simulating "
                             "practised practiced practise practice practises practices practising practicing "
                             "drilled rehearsal rehearsals simulation simulations".split())
_REHEARSAL_REACH = 8


def rehearsed(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the force term at ``ts`` (roots 18–20, a blockade 191) is what an exercise rehearses or
    simulates ("warships rehearsed what state television described as sealing off the island",
    "drills that simulated a blockade"): a show of force (150), not the blockade or the attack itself.

    >>> rehearsed("warships rehearsed what state television described as sealing off the island".split(), 7, 0)
    True
    >>> rehearsed("the coast guard sealed off the island on monday".split(), 3, 0)
    False
    >>> rehearsed("troops rehearsed on monday . then they sealed off the town".split(), 7, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - _REHEARSAL_REACH) - 1, -1):
        t = toks[k]
        if t in _REHEARSAL_VERBS:
            return True
        if t in (".", ";", "then", "and", "but", "after", "before", "while", "when"):
            return False
    return False


# ------------------------------------------------------------------ build-ups on a border

_BUILDUP_VERBS = _SEND_VERBS | frozenset("moved move moves moving massed mass masses massing amassed amass amasses "
                                         "amassing rushed rush rushes rushing".split())
_FORCE_NOUNS = _CRAFT | frozenset("soldiers forces tanks armour armor artillery units battalions brigades divisions "
                                  "reinforcements troop military".split())
_BORDER_PREPS = frozenset(["to", "on", "along", "near", "toward", "towards", "at"])
_BORDER_NOUNS = frozenset(["border", "borders", "frontier", "frontiers"])
_BORDER_GLUE = frozenset("the its their his her our a shared common northern southern eastern western".split())
_BUILDUP_REACH = 8


def border_buildup(toks: Sequence[str], at: int, te: int, cb: int) -> bool:
    """Whether the verb at ``at`` (its term ending at ``te``) moves military forces up to a border ("sent tanks
    and troops to its border with Colombia", "massed soldiers along the frontier"): a military build-up
    (CAMEO 154), not military aid or a deployment abroad.

    >>> border_buildup("venezuela sent tanks and troops to its border with colombia".split(), 1, 2, 9)
    True
    >>> border_buildup("india deployed extra soldiers along the frontier".split(), 1, 2, 7)
    True
    >>> border_buildup("the us sent tanks to ukraine".split(), 2, 3, 6)
    False
    """
    if toks[at] not in _BUILDUP_VERBS:
        return False
    force = False
    for k in range(te, min(cb, te + _BUILDUP_REACH)):
        if toks[k] in _FORCE_NOUNS:
            force = True
        elif toks[k] in _BORDER_PREPS:
            if not force:
                return False
            j = k + 1
            while j < cb and toks[j] in _BORDER_GLUE:
                j += 1
            return j < cb and toks[j] in _BORDER_NOUNS
        elif toks[k] in (",", "that", "which", "who", "and") and not force:
            return False
    return False
