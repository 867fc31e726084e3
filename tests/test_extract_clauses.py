"""Tests for the clause rules (tension.text.clauses): which clause and which trigger of a news sentence is
the event, and which mentions are background. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

import tension
from tension.text import clauses

PUB = "2024-05-01"  # a Wednesday


def _codes(text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    t = tension.extract_events(text, published=published)
    return [(e.actor, e.target, e.code) for e in t]


def _roots(text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    return [(a[:3], t[:3], c[:2]) for a, t, c in _codes(text, published)]


# ---------------------------------------------------------------- reported judgements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The White House said Beijing had chosen to overreact.", ("USA", "CHN", "11")),
        ("Washington said China had overreacted to the congressional visit.", ("USA", "CHN", "11")),
        ("Beijing said Washington had violated the one-China principle.", ("CHN", "USA", "11")),
        ("China said the United States was interfering in its internal affairs.", ("CHN", "USA", "11")),
        ("Seoul said Pyongyang's missile launch was a grave provocation.", ("KOR", "PRK", "11")),
        ("The State Department said China's actions were dangerous and irresponsible.", ("USA", "CHN", "11")),
        ("Russia said NATO was provoking a confrontation in Europe.", ("RUS", "IGO", "11")),
        ("Beijing had chosen to overreact, the White House said.", ("USA", "CHN", "11")),
        ("Manila said on Friday that Chinese coast guard ships had violated its sovereign rights.", ("PHL", "CHN", "11")),
    ],
)
def test_reported_judgement_is_the_speakers_criticism(text: str, expected: tuple[str, str, str]) -> None:
    """'X said Y had <judging word>' reports X's criticism of Y (111), not an act of Y."""
    got = _roots(text)
    assert expected in got
    assert not any(a == expected[1] and c in ("12", "13", "16", "17", "18", "19", "20") for a, _, c in got)


@pytest.mark.parametrize(
    "text",
    [
        "China said it had not interfered in the election.",  # a denial about itself, no judgement of another
        "Beijing said Washington had not violated the agreement.",  # negated
        "Tokyo said the talks with Beijing were useful.",  # no judging word
    ],
)
def test_no_judgement_without_a_judging_word_about_another(text: str) -> None:
    assert not any(c == "11" for _, _, c in _roots(text))


def test_reported_fact_stays_the_reported_partys_act() -> None:
    """A fact told by a source is the reported party's act: no criticism invented."""
    got = _roots("Manila said Chinese ships had rammed a Philippine supply boat.")
    assert ("CHN", "PHL", "19") in got
    assert not any(c == "11" for _, _, c in got)


def test_accusation_complement_is_no_separate_event() -> None:
    """'A accused B of X-ing': one accusation (112), no separate act of B."""
    got = _codes("Japan accused China of harassing Japanese fishermen and of violating its airspace.")
    assert got == [("JPN", "CHN", "112")]


def test_reported_judgement_function() -> None:
    toks = "the white house said beijing had chosen to overreact".split()
    assert clauses.reported_judgement(toks, 0, len(toks), [(0, 3), (4, 5)]) == (0, 4, 3, 8, "111")
    # the judging word must be inside the reported clause, before a relative or subordinate clause
    toks = "china said the us envoy who met officials which it called provocative".split()
    assert clauses.reported_judgement(toks, 0, len(toks), [(0, 1), (3, 4)]) is None
    # a speaker after a preposition is no speaker ("in Manila, officials said")
    toks = "in beijing said china had overreacted".split()
    assert clauses.reported_judgement(toks, 0, len(toks), [(1, 2), (3, 4)]) is None


# ---------------------------------------------------------------- comments on event nouns


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Japan condemned the invasion of Ukraine by Russia.", ("JPN", "RUS", "11"), ("RUS", "UKR")),
        ("The US criticised Russia's invasion of Ukraine.", ("USA", "RUS", "11"), ("RUS", "UKR")),
        ("The G7 condemned Iran's missile attack on Israel.", ("IGO", "IRN", "11"), ("IRN", "ISR")),
        ("Beijing denounced the American arms sale to Taiwan.", ("CHN", "USA", "11"), ("USA", "TWN")),
    ],
)
def test_commented_event_noun_is_background(text: str, expected: tuple[str, str, str],
                                            not_expected: tuple[str, str]) -> None:
    """The direct object of a comment (criticise, condemn, reject, protest) is what is commented on: the
    comment is the event, aimed at the noun's actor; the noun is no new event."""
    got = _roots(text)
    assert expected in got
    assert not any((a, t) == not_expected for a, t, _ in got)


def test_topic_after_comment_keeps_a_noun_with_its_own_agent() -> None:
    """A noun in a prepositional phrase after the comment is not its direct object: 'protested over the
    visit by Pelosi' still reports the visit."""
    got = _codes("China protested over the visit by Pelosi to Taiwan.", "2022-08-05")
    assert ("USALEG", "TWN", "042") in got


def test_comment_with_a_second_act_keeps_the_act() -> None:
    """'condemned the decision and imposed sanctions': the sanctions are a verb of their own, not an object."""
    got = _roots("China condemned the decision and imposed sanctions on Lithuania.")
    assert ("CHN", "LTU", "16") in got


def test_commented_noun_function() -> None:
    toks = "japan condemned russia s invasion of ukraine".split()
    assert clauses.commented_noun(toks, 2, 4, [(0, 1), (2, 3), (6, 7)])
    toks = "china protested over the visit by pelosi".split()
    assert not clauses.commented_noun(toks, 2, 4, [(0, 1), (6, 7)])
    toks = "the invasion of ukraine by russia".split()
    assert clauses.agent_of_noun(toks, 2, len(toks), [(3, 4), (5, 6)]) == (5, 6)
    toks = "the invasion of ukraine , russia said".split()
    assert clauses.agent_of_noun(toks, 2, len(toks), [(3, 4), (5, 6)]) is None


# ---------------------------------------------------------------- occurrences and time clauses


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose sharply after Russia's war in Ukraine began.",
        "Chinese exports slumped after the trade war with the United States began.",
        "Oil prices jumped as the war in Ukraine escalated.",
    ],
)
def test_occurrence_in_a_time_clause_is_background(text: str) -> None:
    """An event noun that merely occurs in an after/since/as clause ('after the war began') is the time
    of the main clause, not a new event."""
    assert not any(c in ("19", "20", "17", "16") for _, _, c in _roots(text))


def test_main_clause_after_a_background_occurrence_stays() -> None:
    got = _roots("Since the invasion began, Japan has sent humanitarian aid to Ukraine.")
    assert ("JPN", "UKR", "07") in got
    assert not any(a == "RUS" for a, _, _ in got)


def test_time_clause_with_a_verb_event_stays() -> None:
    """A time clause with its own verb event is news ('after China fired missiles'); only occurrences of a
    noun are background."""
    got = _roots("Japan lodged a protest with Beijing after China fired missiles near Japanese waters.")
    assert ("JPN", "CHN", "11") in got or ("JPN", "CHN", "14") in got
    assert ("CHN", "JPN", "19") in got
    got = _roots("Tokyo protested to Beijing after Chinese ships entered Japanese waters near the Senkakus.")
    assert ("CHN", "JPN", "15") in got


def test_occurrence_noun_takes_no_actor_from_the_reporter() -> None:
    """'Indian officials said the violence broke out ...': the violence is not the officials' act."""
    got = _roots("Indian officials said the violence broke out near a Chinese outpost on Monday.")
    assert not any(a == "IND" and c in ("18", "19", "20") for a, _, c in got)


def test_occurrence_and_time_clause_functions() -> None:
    toks = "the violence broke out when troops arrived".split()
    assert clauses.occurrence_subject(toks, 1, 2, len(toks))
    toks = "russia began the war".split()
    assert not clauses.occurrence_subject(toks, 3, 4, len(toks))
    toks = "the war that russia began".split()
    assert not clauses.occurrence_subject(toks, 1, 2, len(toks))  # a relative clause's verb
    assert clauses.time_clause("after clashes in colombo".split(), 0)
    assert clauses.time_clause("shortly after the war began".split(), 0)
    assert not clauses.time_clause("after meeting xi in beijing".split(), 0)
    assert not clauses.time_clause("china said".split(), 0)


# ---------------------------------------------------------------- nouns and verbs


def test_verb_form_after_a_preposition_is_a_noun() -> None:
    """'after clashes in Colombo': 'clashes' is a noun, whose actor is not the main clause's subject."""
    got = _roots("Sri Lankan protesters burned the homes of ruling party politicians after clashes in Colombo.")
    assert not any(c == "19" for _, _, c in got)
    assert clauses.noun_after_preposition("protesters burned homes after clashes in colombo".split(), 4, 0)
    assert clauses.noun_after_preposition("talks stalled amid fresh protests".split(), 4, 0)
    assert not clauses.noun_after_preposition("blinken left after meeting xi".split(), 3, 0)
    assert not clauses.noun_after_preposition("china vowed to protest".split(), 3, 0)  # an infinitive


def test_gerund_after_a_preposition_stays_a_verb() -> None:
    """'after meeting Xi': a participle clause shares the main clause's subject and is an event."""
    got = _roots("Blinken left Beijing on Monday after meeting Xi Jinping.")
    assert ("USA", "CHN", "04") in got


def test_noun_with_an_unknown_agent_has_no_actor() -> None:
    """'an embargo on Qatar by its Gulf neighbours': the embargo's actor is named (and unknown here), so it
    is not the sentence subject's."""
    got = _roots("Qatar Airways flights were grounded after the announcement of an air and sea embargo on "
                 "Qatar by its Gulf neighbours.")
    assert not any(a == "QAT" and c == "16" for a, _, c in got)
    toks = "flights were grounded after an embargo on qatar by its gulf neighbours".split()
    assert clauses.unresolved_agent(toks, 6, len(toks), [(7, 8)])
    toks = "the visit by the chinese delegation".split()
    assert not clauses.unresolved_agent(toks, 2, len(toks), [(4, 6)])


# ---------------------------------------------------------------- denials, relative clauses, perfect subjects


@pytest.mark.parametrize(
    ("text", "denial", "denied"),
    [
        ("China denied that its ships had rammed the Philippine vessel.", ("CHN", "PHL", "01"), "19"),
        ("The White House denied that it had blocked the sale of chips to China.", ("USA", "CHN", "01"), "12"),
    ],
)
def test_denied_act_is_no_event(text: str, denial: tuple[str, str, str], denied: str) -> None:
    """What a denial denies did not happen as far as the report goes: only the denial (016) is coded."""
    got = _roots(text)
    assert denial in got
    assert not any(c == denied for _, _, c in got)


def test_denial_does_not_reach_past_the_clause() -> None:
    toks = "china denied the report but later recalled its ambassador".split()
    assert not clauses.denied_content(toks, 2, 6)
    toks = "china denied that its ships had rammed the vessel".split()
    assert clauses.denied_content(toks, 2, 6)


def test_undated_relative_clause_is_background() -> None:
    """'China, which has sanctioned several American firms, warned the US': the sanctions describe China;
    only the warning is news."""
    got = _roots("China, which has sanctioned several American defence firms, warned the US on Friday.")
    assert ("CHN", "USA", "13") in got
    assert not any(c == "16" for _, _, c in got)


def test_dated_relative_clause_keeps_its_event() -> None:
    """A relative clause with a date of its own reports a past event ('who visited Manila in February')."""
    got = _events_dated("The Chinese envoy, who visited Tokyo in March, criticised Japan on Friday.", "2023-04-04")
    assert any(a[:3] == "CHN" and t[:3] == "JPN" and c[:2] == "04" and d == "2023-03-01" for a, t, c, d in got)
    assert any(a[:3] == "CHN" and t[:3] == "JPN" and c[:2] == "11" and d == "2023-03-31" for a, t, c, d in got)
    assert clauses.background_relative("which has sanctioned several american firms".split(), 0, False)
    assert not clauses.background_relative("who visited manila in february".split(), 0, True)
    assert not clauses.background_relative("china said".split(), 0, False)


def _events_dated(text: str, published: str) -> list[tuple[str, str, str, str]]:
    t = tension.extract_events(text, published=published)
    return [(e.actor, e.target, e.code, e.date.isoformat()) for e in t]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's invasion of Ukraine, which began in February 2022, has pushed Moscow closer to Beijing.",
        "China's support for Russia's war in Ukraine has strained its ties with Europe.",
        "American sanctions on Chinese chipmakers have cost them billions in lost sales.",
    ],
)
def test_event_noun_as_subject_of_a_perfect_is_background(text: str) -> None:
    """An event noun whose clause tells its consequences in the present perfect ('the invasion has pushed
    ...') is background, not an event on the publication day."""
    got = _roots(text)
    assert not any(c in ("05", "16", "19") for _, _, c in got)


def test_perfect_of_an_actor_subject_stays_an_event() -> None:
    """'China has imposed sanctions on ...': the actor, not an event noun, is the subject."""
    got = _roots("China has imposed sanctions on two American defence firms.")
    assert ("CHN", "USA", "16") in got
    toks = "russia has invaded ukraine".split()
    assert not clauses.perfect_subject(toks, 0, 2, 3, len(toks), [(0, 1), (3, 4)])


# ---------------------------------------------------------------- alleged, not asserted


@pytest.mark.parametrize(
    ("text", "alleged_root"),
    [
        ("The UN opened an inquiry into possible war crimes committed by Russian forces in Ukraine.", "19"),
        ("Investigators in Ottawa examined claims that Chinese agents plotted to kill a dissident in Canada.", "18"),
        ("Seoul is investigating reports of an alleged attack by North Korean hackers on its banks.", "19"),
    ],
)
def test_alleged_event_is_no_event(text: str, alleged_root: str) -> None:
    """An act hedged ('possible war crimes', 'an alleged attack') or inside an allegation's complement ('an
    inquiry into', 'claims that', 'reports of') is alleged by the text, not reported as fact."""
    assert not any(c == alleged_root for _, _, c in _roots(text))


def test_asserted_event_after_a_report_stays() -> None:
    """A report that asserts an act keeps it ('the report said China imposed sanctions' has no link word
    between the report noun and the act)."""
    got = _roots("Japan imposed sanctions on Russian banks after reports of Moscow's new offensive.")
    assert ("JPN", "RUS", "16") in got
    assert clauses.alleged_event("icc opened an inquiry into possible war crimes".split(), 0, 6)
    assert not clauses.alleged_event("russia launched strikes on kyiv".split(), 0, 2)


def test_reported_crime_is_an_accusation() -> None:
    """'X said Y had committed genocide' is X accusing Y (112), not a criticism only."""
    toks = "washington said the islamic state had committed genocide".split()
    assert clauses.reported_judgement(toks, 0, len(toks), [(0, 1), (3, 5)]) == (0, 3, 1, 7, "112")
    got = _codes("Washington said Russian forces had committed war crimes in Bucha.")
    assert any(a[:3] == "USA" and t[:3] == "RUS" and c == "112" for a, t, c in got)


# ---------------------------------------------------------------- causes and reactions


def test_reaction_from_a_party_aims_at_the_cause() -> None:
    """'<event> drew a rebuke from X': X reacts against the event's actor, dated by the reaction, not by the
    cause."""
    got = [(e.actor[:3], e.target[:3], e.code[:2], e.date.isoformat()) for e in tension.extract_events(
        "Washington's blacklisting of Huawei on Wednesday drew a sharp rebuke from Beijing.", published="2019-05-16")]
    assert ("CHN", "USA", "11", "2019-05-16") in got
    assert ("USA", "CHN", "16", "2019-05-15") in got
    got2 = _roots("China's military drills near Taiwan drew condemnation from Japan.")
    assert ("JPN", "CHN", "11") in got2
    assert ("CHN", "TWN", "15") in got2
    assert not any(a == "JPN" and c == "15" for a, _, c in got2)


def test_cause_takes_no_target_from_what_it_brought_about() -> None:
    """'<event> prompted an emergency session of the UN': the UN is not the event's target."""
    got = _roots("North Korea's announcement of a hydrogen bomb test prompted an emergency session of the UN "
                 "Security Council.")
    assert not any(a == "PRK" and t == "IGO" for a, t, _ in got)
    toks = "north korea s test prompted a session of the un council".split()
    assert clauses.caused_by_subject(toks, 0, 3, 4, len(toks), [(0, 2), (8, 10)]) == 4
    toks = "the us has said the test prompted a session".split()
    assert clauses.caused_by_subject(toks, 0, 5, 6, len(toks), [(1, 2)]) == -1


def test_reaction_without_an_agent_is_not_forced() -> None:
    toks = "the test drew a sharp rebuke".split()
    assert clauses.reaction_from(toks, 2, 5, 6, len(toks), []) is None


def test_verb_form_after_article_and_modifier_is_a_noun() -> None:
    assert clauses.noun_after_article("beijing issued a sharp rebuke".split(), 4, 0, "rebuke", set())
    assert not clauses.noun_after_article("the us sanctions chinese firms".split(), 2, 0, "sanction", {1})
    got = _roots("The US sanctions Chinese firms over Xinjiang.")
    assert ("USA", "CHN", "16") in got


# ---------------------------------------------------------------- interruptions


def test_participial_interruption_keeps_its_place_and_date() -> None:
    """'The ruling ..., issued in The Hague on Tuesday, was rejected by China': The Hague is no target and
    Tuesday is the ruling's day, not the rejection's."""
    got = [(e.actor[:3], e.target[:3], e.code[:2], e.date.isoformat()) for e in tension.extract_events(
        "The ruling in favour of the Philippines, issued in The Hague on Tuesday, was rejected by China as null "
        "and void.", published="2016-07-13")]
    assert got == [("CHN", "PHL", "12", "2016-07-13")]


def test_interruption_function() -> None:
    toks = "the ruling for manila issued in the hague on tuesday was rejected by china".split()
    assert clauses.interruptions(toks, 0, len(toks), frozenset([3, 9])) == [(4, 10)]
    toks = "china imposed sanctions on tuesday and japan protested".split()
    assert clauses.interruptions(toks, 0, len(toks), frozenset([4])) == []
    # a list of participles closed by no verb is no interruption
    toks = "japan and korea signed the deal , seen as a thaw , and china objected".split()
    assert clauses.interruptions(toks, 0, len(toks), frozenset([5, 10])) == []


# ---------------------------------------------------------------- a second reported clause


def test_and_that_opens_a_second_reported_clause() -> None:
    """'said X had done A and that Y had done B': B is Y's, not X's."""
    from tension.text.sentences import split_clauses
    s = "Manila said Chinese ships had blocked a supply mission and that Philippine vessels had imposed controls."
    assert [s[a:b] for a, b in split_clauses(s, 0, len(s))] == [
        "Manila said Chinese ships had blocked a supply mission", "and that Philippine vessels had imposed controls."]
    got = _roots("Manila said Chinese ships had blocked a supply mission and that Philippine vessels had imposed new "
                 "controls on Chinese fishing boats.")
    assert ("PHL", "CHN", "17") in got
    assert not any(a == "CHN" and c == "17" for a, _, c in got)


def test_coordinated_verb_phrases_keep_their_own_objects() -> None:
    """'welcomed the ceasefire and called on Israel to abide by it': Israel is the call's target, not the
    welcome's."""
    got = _codes("Lebanon's prime minister welcomed the ceasefire and called on Israel to abide by it.")
    assert any(a[:3] == "LBN" and t[:3] == "ISR" and c[:2] == "02" for a, t, c in got)
    assert not any(t[:3] == "ISR" and c[:2] in ("05", "08") for _, t, c in got)


def test_main_clause_resumes_after_a_relative_clause() -> None:
    """'The deal with Cambodia, which was signed in March, was praised by Beijing on Thursday': the main
    clause's subject stands before the relative clause; the praise is Beijing's, dated Thursday."""
    got = [(e.actor[:3], e.target[:3], e.code[:2], e.date.isoformat()) for e in tension.extract_events(
        "The deal with Cambodia, which was signed in March, was praised by Beijing on Thursday.",
        published="2024-05-17")]
    assert ("CHN", "KHM", "05", "2024-05-16") in got
    toks = "the deal with cambodia which was signed in march was praised by beijing".split()
    assert clauses.resumed_clause(toks, [(0, 4), (4, 9), (9, 13)], 2) == 0
    assert clauses.resumed_clause(toks, [(0, 4), (4, 9), (9, 13)], 1) == -1
    toks = "china said the deal which was signed in march was good".split()
    assert clauses.resumed_clause(toks, [(0, 4), (4, 9), (9, 11)], 2) == -1  # no bare subject before it


# ---------------------------------------------------------------- modifiers of event nouns


def test_participle_telling_an_event_nouns_aim_is_no_event() -> None:
    """'staged a hunger strike in Bangladesh demanding recognition by Myanmar': the strike is the event,
    the demand its aim (and Bangladesh is where it happens)."""
    got = _roots("Rohingya refugees staged a hunger strike in Bangladesh demanding recognition by Myanmar.")
    assert not any(c == "10" for _, _, c in got)
    got = _roots("Hundreds of Hong Kong residents staged a march demanding the release of activists.")
    assert not any(c == "10" for _, _, c in got)


def test_participial_clause_after_a_comma_stays() -> None:
    """'..., killing at least eighteen' is a clause of its own, not a modifier."""
    toks = "troops fired on a march in yangon killing two".split()
    assert not clauses.participle_modifier(toks, 7, 0, frozenset([5]), frozenset([6]))
    toks = "police opened fire on protesters killing two".split()
    assert not clauses.participle_modifier(toks, 5, 0, frozenset(), frozenset())


def test_forceful_participle_is_kept() -> None:
    """'drills in six zones encircling the island': the participle is the drills' act, not their aim."""
    got = _roots("China held live-fire drills in six zones encircling Taiwan.")
    assert ("CHN", "TWN", "15") in got


def test_event_after_a_background_head_is_background() -> None:
    """'to mark the end of the war against Japan', 'the anniversary of the invasion': a past event named
    as background."""
    got = _roots("Chinese troops paraded through Tiananmen Square to mark the end of the war against Japan.")
    assert not any(c == "19" for _, _, c in got)
    got = _roots("Kyiv marked the anniversary of Russia's invasion with a minute of silence.")
    assert not any(a == "RUS" for a, _, _ in got)
    assert clauses.background_head("to mark the end of the war against japan".split(), 6, 0)
    assert not clauses.background_head("the start of the talks".split(), 4, 0)


def test_citing_gives_a_reason_not_an_event() -> None:
    got = _roots("Trump cancelled his summit with Kim Jong Un, citing North Korea's hostility.")
    assert not any(c == "01" for _, _, c in got)


def test_judged_act_without_a_named_party_is_the_other_side_of_the_story() -> None:
    """'China said the decision severely undermines its sovereignty and urged Lithuania to ...': the judged
    decision is the other side's (Lithuania's), so China criticises Lithuania."""
    got = _codes("China's foreign ministry said the decision severely undermines China's sovereignty and urged "
                 "Lithuania to correct its mistake.")
    assert any(a[:3] == "CHN" and t[:3] == "LTU" and c == "111" for a, t, c in got)
    toks = "china said the decision severely undermines its sovereignty".split()
    assert clauses.reported_judgement(toks, 0, len(toks), [(0, 1)]) == (0, clauses.UNNAMED, 1, 5, "111")
    toks = "china said the decision was taken on monday".split()  # no judging word
    assert clauses.reported_judgement(toks, 0, len(toks), [(0, 1)]) is None


def test_action_noun_outside_the_lexicon_still_carries_its_aim() -> None:
    toks = "residents staged a march demanding the release of activists".split()
    assert clauses.participle_modifier(toks, 4, 0, frozenset(), frozenset())


# ---------------------------------------------------------------- judgements in apposition


@pytest.mark.parametrize(
    ("text", "act", "judgement"),
    [
        ("Chinese warplanes entered Taiwan's air defence zone, a move Taipei called provocative.",
         ("CHN", "TWN", "15"), ("TWN", "CHN", "11")),
        ("The US sailed a destroyer through the strait on Monday, a move Beijing described as a provocation.",
         None, ("CHN", "USA", "11")),
        ("Japan released treated water into the sea, a step that China denounced as irresponsible.",
         None, ("CHN", "JPN", "11")),
    ],
)
def test_apposition_that_judges_the_act(text: str, act: tuple[str, str, str] | None,
                                        judgement: tuple[str, str, str]) -> None:
    """', a move X called <judgement>' is X's criticism of the main clause's actor; X is no party of the act."""
    got = _roots(text)
    assert judgement in got
    if act is not None:
        assert act in got
    if act is None:  # the judge is no target of the act ("sailed a destroyer ..., a move Beijing called ...")
        assert not any(a == judgement[1] and t == judgement[0] for a, t, _ in got)


def test_apposition_without_a_judging_word_is_no_judgement() -> None:
    toks = "china held drills a move taipei called routine".split()
    assert clauses.appositive_judgement(toks, 0, len(toks), frozenset([2]), [(0, 1), (5, 6)]) is None
    got = _roots("China held drills near Taiwan, a move Taipei called routine.")
    assert not any(c == "11" for _, _, c in got)


def test_capitalised_name_part_is_no_verb() -> None:
    """'Spokeswoman Le Thi Thu Hang said ...': 'Hang' is part of a name, not a hanging."""
    got = _roots("Foreign ministry spokeswoman Le Thi Thu Hang said on Friday that Chinese ships had left the area.")
    assert not any(c == "19" for _, _, c in got)
    assert clauses.name_part(6, 0, 12, frozenset([0, 3, 4, 5, 6]))
    assert not clauses.name_part(1, 0, 5, frozenset([0, 1, 2, 3, 4]))  # a headline
    got = _roots("China Fires Missiles Near Taiwan")
    assert ("CHN", "TWN", "19") in got


def test_judged_subject_noun_is_no_event() -> None:
    """'The US arms sales to Taiwan seriously violate the one-China principle': the sales are judged, not
    reported as a new sale."""
    got = _roots("The US arms sales to Taiwan seriously violate the one-China principle.")
    assert not any(c == "07" for _, _, c in got)
    got = _roots("China's sanctions on Lithuania took effect on Monday.")
    assert ("CHN", "LTU", "16") in got
    toks = "china said the arms sales were approved last week".split()
    assert not clauses.judged_subject(toks, 0, 4, 5, len(toks))


def test_ranking_apposition_is_no_second_event() -> None:
    """', the most senior American official to visit Taiwan in four decades' and ', the largest expulsion
    of foreign reporters in decades' characterise the act already reported."""
    got = _roots("U.S. Health Secretary Alex Azar met President Tsai Ing-wen in Taipei on Monday, the most senior "
                 "American official to visit Taiwan in four decades.")
    assert ("USA", "TWN", "04") in got
    assert len([1 for a, t, c in got if a == "USA" and t == "TWN"]) == 1
    got = _roots("China said on Tuesday it would expel American journalists, the largest expulsion of foreign "
                 "reporters from the country in decades.")
    assert not any(a == "USA" for a, _, _ in got)
    toks = "china expelled reporters and the us expelled diplomats".split()
    assert not clauses.characterising_apposition(toks, 6, 0, frozenset())


def test_appositive_name_before_a_coordinated_clause_is_no_list() -> None:
    """'..., the island's new president, Lai Ching-te, and the State Department urged Beijing ...': a new
    clause after an appositive name, not a list of actors."""
    from tension.text.sentences import split_clauses
    s = "China drilled around the island of its new president, Lai Ching-te, and the State Department urged calm."
    assert [s[a:b] for a, b in split_clauses(s, 0, len(s))][-1] == "and the State Department urged calm."
    s = "Japan, South Korea, and Australia voiced concern on Monday."
    assert [s[a:b] for a, b in split_clauses(s, 0, len(s))] == [s]
    got = _roots("China launched military exercises around Taiwan on Thursday, calling them punishment for the "
                 "island's new president, Lai Ching-te, and the State Department urged Beijing to act with restraint.")
    assert ("USA", "CHN", "02") in got


def test_relative_clause_that_judges_the_act() -> None:
    """', which Taipei called provocative' is Taipei's criticism of the main clause's actor; a relative
    clause without a judging word stays background."""
    got = _roots("China held drills near Taiwan on Monday, which Taipei called provocative.")
    assert ("TWN", "CHN", "11") in got and ("CHN", "TWN", "15") in got
    got = _roots("The US sailed a destroyer through the Taiwan Strait, which Beijing denounced as a provocation.")
    assert ("CHN", "USA", "11") in got
    assert not any(c == "11" for _, _, c in _roots("China held drills near Taiwan, which lasted three days."))
    assert clauses.relative_judgement("which taipei called provocative".split(), 0, 4, [(1, 2)]) == (1, 2, "111")


def test_option_under_discussion_is_no_act() -> None:
    """'would discuss how to counter threats posed by China', 'debated whether to impose sanctions': the
    verb is a topic; 'plans to travel' stays a plan."""
    got = _roots("Pompeo said the United States and India would discuss how to counter threats posed by the "
                 "Chinese Communist Party.")
    assert not any(t == "CHN" for _, t, _ in got)
    assert not any(c == "16" for _, _, c in _roots("EU ministers debated whether to impose sanctions on China."))
    got = _roots("Treasury Secretary Janet Yellen plans to travel to Beijing this week.")
    assert ("USA", "CHN", "04") in got
    assert not clauses.discussed_option("china vowed to counter the threats".split(), 3, 0)


def test_present_tense_relative_clause_is_news() -> None:
    """'Xi Jinping, who is on his first state visit to the United States, met Obama': the visit is going on;
    only an undated past or perfect relative clause is background."""
    got = _roots("Xi Jinping, who is on his first state visit to the United States, met Barack Obama at the White "
                 "House on Friday.", "2015-09-25")
    assert ("CHN", "USA", "04") in got
    assert not clauses.background_relative("which accuses her of fraud".split(), 0, False)
    assert clauses.background_relative("which has sanctioned american firms".split(), 0, False)


def test_occurrence_scan_stops_at_a_new_clause() -> None:
    """'agreed to set up a channel for talks on trade, as she began a visit': 'began' is not the talks'."""
    toks = "agreed to hold talks on trade as she began a visit".split()
    assert not clauses.occurrence_subject(toks, 3, 4, len(toks))


def test_movement_with_a_purpose_is_no_visit() -> None:
    """'troops went to remove a Chinese tent' tells a purpose, not a visit; 'went to Moscow' is one."""
    got = _roots("Indian officials said troops went to remove a Chinese tent.")
    assert not any(c == "04" for _, _, c in got)
    assert ("CHN", "RUS", "04") in _roots("Xi went to Moscow on Monday.")
    assert not clauses.motion_with_purpose("troops went to the border".split(), 3, 5, frozenset(), frozenset())


# ---------------------------------------------------------------- conditionals


@pytest.mark.parametrize(
    "text",
    [
        "If talks fail next week, Washington will raise tariffs on Chinese goods.",
        "Washington will raise tariffs on Chinese goods next week if talks fail.",
    ],
)
def test_conditional_act_is_a_threat_made_today(text: str) -> None:
    """A conflictual act promised under a condition is a threat (13x) stated on the report's day; the
    condition's date ('if talks fail next week') is not the main clause's."""
    got = [(e.actor[:3], e.target[:3], e.code, e.date.isoformat()) for e in tension.extract_events(
        text, published="2022-08-05")]
    assert got == [("USA", "CHN", "1312", "2022-08-05")]


def test_unconditional_future_measure_keeps_its_day() -> None:
    got = [(e.code, e.date.isoformat()) for e in tension.extract_events(
        "The US will impose new tariffs on Chinese goods next week.", published="2022-08-05")]
    assert got == [("163", "2022-08-12")]


def test_suggest_that_with_an_indicative_clause_only_indicates() -> None:
    """'the upbeat words from Xi and Blinken suggest that both sides are ready': an inference, no
    appeal; 'Beijing suggested that the two sides hold talks' stays a proposal."""
    got = [(e.actor[:3], e.target[:3], e.code) for e in tension.extract_events(
        "The upbeat words from Xi and Blinken suggest that both sides are ready to turn back the clock.",
        published="2023-06-19")]
    assert not any(c.startswith("02") for _, _, c in got), got
    assert clauses.indicating_verb("data indicated that china was ready".split(), 1, 6)
    assert not clauses.indicating_verb("beijing suggested that the two sides hold talks".split(), 1, 8)


def test_a_second_finite_verb_ends_an_accusation_and_reduced_relatives_are_no_verbs() -> None:
    """'accused China of a hacking campaign and imposed sanctions on a Chinese company and two
    individuals linked to the group': the sanctions are asserted; 'linked to' describes the individuals."""
    got = [(e.actor[:3], e.target[:3], e.code) for e in tension.extract_events(
        "Britain accused China of a sweeping hacking campaign and imposed sanctions on a Chinese company and "
        "two individuals linked to a state-backed group.", published="2024-03-26")]
    assert ("GBR", "CHN", "163") in got and any(c.startswith("112") for _, _, c in got), got
    assert not any(c.startswith("06") for _, _, c in got), got
