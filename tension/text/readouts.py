"""Rules of government readouts, briefing transcripts and statements about detainees and topics.

A readout ("The Secretary raised the cases of U.S. citizens wrongfully detained in the PRC and called
for their immediate release", "reaffirmed the importance of keeping open lines of communication") says
what one side told the other; the acts named inside its topics are not the speaker's. Pure functions
over the lower-cased token list, called from :mod:`tension.text.extract`.

Examples
--------
>>> toks = "called for the release of citizens detained in china".split()
>>> held_in(toks, 8)
True
>>> toks = "stressed the importance of keeping open lines of communication".split()
>>> topic_complement(toks, 4, 0)
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["failed_talks", "fronted_meeting", "held_in", "involved_in", "no_event", "rhetorical_protection", "told_in_talks",
           "topic_complement"]

_HELD = frozenset("detained held jailed imprisoned arrested sentenced locked abducted kidnapped".split())


def held_in(toks: Sequence[str], ts: int) -> bool:
    """Whether the mention at ``ts`` is the country holding a detainee ("citizens detained in China"):
    the target of a demand for their release, not a mere place.

    >>> held_in("met officials in china".split(), 3)
    False
    """
    return ts >= 2 and toks[ts - 1] in ("in", "by") and toks[ts - 2] in _HELD


# nouns whose "of"-complement is a topic a speaker talks about ("the importance of keeping lines open",
# "the cases of citizens detained in ...", "the issue of arms sales")
_TOPIC_HEADS = frozenset("importance need necessity value significance case cases issue issues question "
                         "questions matter matters subject topic topics".split())
_TOPIC_TALK = frozenset("raised raises raise stressed stresses emphasized emphasised emphasizes emphasises "
                        "underscored underscores highlighted highlights reaffirmed reaffirms reiterated "
                        "reiterates noted notes discussed discusses addressed addresses".split())


# verbs whose object is a topic being weighed, not an act: "agreed to review the duties"
# ("considered the visit a provocation" judges an act the story tells: "consider" is not among them)
_DELIBERATING = frozenset("review reviewed reviewing discuss discussed discussing examine examined examining study "
                          "studied studying reconsider reconsidered reconsidering evaluate evaluated evaluating "
                          "assess assessed assessing revisit revisited revisiting".split())
_DELIBERATED_LEAD = frozenset("the its their his her those these such existing current".split())


def topic_complement(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the trigger at ``ts`` is inside the topic a speaker raised ("raised the cases of citizens
    detained in China", "emphasized the importance of managing competition"): no event of its own.

    A coordinated verb of the speaker ("... and called for their release") ends the topic.

    >>> topic_complement("raised the cases of citizens detained in china and called for their release".split(), 10, 0)
    False
    >>> topic_complement("china detained two citizens".split(), 1, 0)
    False
    >>> topic_complement("the two agreed to review the duties on wine".split(), 6, 0)
    True
    """
    k = ts - 1
    while k >= ca and ts - k <= 4 and toks[k] in _DELIBERATED_LEAD:
        k -= 1
    if k >= ca and k < ts - 1 and toks[k] in _DELIBERATING:
        return True  # "agreed to review the duties", "discussed the sanctions": the topic, no new measure
    for j in range(ts - 1, max(ca, ts - 14) - 1, -1):
        w = toks[j]
        if w in ("and", "but") and j + 1 < len(toks) and toks[j + 1] not in ("of", "to", "the", "a", "an") \
                and (toks[j + 1].endswith("ed") or j + 1 == ts):
            return False
        if w in (";", "."):
            return False
        if w == "of" and j - 1 >= ca and toks[j - 1] in _TOPIC_HEADS:
            k = j - 2
            while k >= ca and k >= j - 5 and toks[k] in ("the", "a", "an", "its", "their", "his", "her", "our",
                                                        "great", "critical", "continued", "individual"):
                k -= 1
            return k >= ca and toks[k] in _TOPIC_TALK
    return False


#: words that are no part of a name between "raised" and the noun ("raised Taiwan during talks with Xi")
_NOT_NAME_WORDS = frozenset("a an our and or of to on in at during with while over about for from by as".split())
#: verbs that put a subject on the table, said of a third party's conduct ("raised Chinese support for Russia")
_RAISING = frozenset("raised raises raise raising discussed discusses discuss discussing".split())


def raised_conduct(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is a party's conduct that a speaker raised or discussed right before
    it ("also raised Chinese support for Russia's war", "discussed Beijing's aid to Moscow"): the topic of a
    meeting, not an event the reporter tells. Only a name or a nationality word, with its "'s", may stand
    between verb and noun ("raised its aid" or "raised the tariffs" may be an increase).

    >>> raised_conduct("rutte raised chinese support for russia".split(), 3, 0)
    True
    >>> raised_conduct("blinken raised china s support for russia".split(), 4, 0)
    True
    >>> raised_conduct("canada raised its aid to ukraine".split(), 3, 0)
    False
    """
    k = ts - 1
    if k >= ca and toks[k] == "s":
        k -= 1
    words = 0
    while k >= ca and words < 2 and toks[k] not in _RAISING:
        if toks[k] in _DELIBERATED_LEAD or toks[k] in _NOT_NAME_WORDS:
            return False
        k -= 1
        words += 1
    return words > 0 and k >= ca and toks[k] in _RAISING


# nouns of intention and evidence that "no" denies ("no plans to invade", "no attempt by China to",
# "no sign that", "no intention of imposing")
_DENIED_NOUNS = frozenset("attempt attempts plan plans intention intentions intent sign signs evidence "
                          "indication indications desire wish move moves effort efforts".split())
# subjects that name nobody ("Whoever seeks to split the country will ...", "anyone who crosses the line")
_GENERIC_SUBJECTS = frozenset(["whoever", "whomever"])
_GENERIC_HEADS = frozenset(["anyone", "anybody", "those", "any"])
_CONDITION_WORDS = frozenset(["conditions", "circumstances", "time"])


def no_event(toks: Sequence[str], ts: int, te: int, ca: int, cb: int) -> bool:
    """Whether a trigger at ``ts``..``te`` in the clause ``ca``..``cb`` tells no event: its intention or
    sign is denied ("saw no imminent attempt by China to invade Taiwan", "has no plans to visit") or only
    neared ("appeared close to a truce", "on the verge of a deal"), its
    subject names nobody ("Whoever seeks to split Taiwan from China will be violating ..."), or a future
    act waits for conditions ("We will travel to China when conditions allow").

    >>> no_event("he saw no imminent attempt by china to invade taiwan".split(), 8, 9, 0, 10)
    True
    >>> no_event("whoever seeks to split taiwan from china will pay".split(), 3, 4, 0, 9)
    True
    >>> no_event("we will travel to china when conditions allow".split(), 2, 3, 0, 8)
    True
    >>> no_event("the two sides had appeared close to a truce in may".split(), 8, 9, 0, 11)
    True
    >>> no_event("china sent no warships but fired missiles".split(), 5, 6, 0, 7)
    False
    """
    for j in range(ts, max(ca, ts - 7) - 1, -1):
        if toks[j] in ("but", "and", "while", "although"):
            break
        if toks[j] == "no" and any(toks[k] in _DENIED_NOUNS for k in range(j + 1, min(max(te, ts + 1), j + 4))):
            return True
    for j in range(ts - 1, max(ca + 1, ts - 5) - 1, -1):
        if toks[j] in ("and", "but", "or"):
            break
        if (toks[j] == "to" and toks[j - 1] in ("close", "closer", "near")) \
                or (toks[j] == "of" and toks[j - 1] in ("verge", "brink", "cusp")):
            return True  # "The two sides had appeared close to a truce in May": nearly is not at all
    for j in range(ca, ts):
        if toks[j] in _GENERIC_SUBJECTS or (
                toks[j] in _GENERIC_HEADS and j + 1 < ts and toks[j + 1] in ("who", "that")):
            return True
    for j in range(te, min(cb, te + 10) - 1):
        if toks[j] in ("when", "once", "if", "until") and toks[j + 1] in _CONDITION_WORDS \
                or (toks[j] in ("when", "once", "if") and toks[j + 1] == "the" and j + 2 < cb
                    and toks[j + 2] == "time"):
            k = j + 2 if toks[j + 1] != "the" else j + 3
            if k < len(toks) and toks[k] in ("allow", "allows", "permit", "permits", "is", "are"):
                return True
    return False


_ENDED = frozenset("collapsed collapses ended ends broke breaks fell falls concluded concludes".split())
_DEAL = frozenset("agreement agreements deal deals accord breakthrough".split())


def failed_talks(toks: Sequence[str], ca: int, cb: int, starts: Sequence[int], ends: Sequence[int]
                 ) -> tuple[int, int, int] | None:
    """A meeting of two parties that ended without a deal ("The summit between Trump and Kim collapsed on
    Thursday without an agreement", "Lighthizer and Liu He broke up on Friday without an agreement"): the
    end verb's index and the two parties' first tokens (from the mention ``starts``/``ends``), or ``None``.
    Talks that end without a deal are broken off (164), never cooperation.

    >>> toks = "trump and kim broke up on friday without an agreement".split()
    >>> failed_talks(toks, 0, len(toks), [0, 2], [1, 3])
    (3, 0, 2)
    >>> toks = "trump and kim signed an agreement".split()
    >>> failed_talks(toks, 0, len(toks), [0, 2], [1, 3]) is None
    True
    """
    for v in range(ca, cb):
        if toks[v] not in _ENDED:
            continue
        tail = v + 1 + int(v + 1 < cb and toks[v + 1] in ("up", "apart", "early", "down"))
        for j in range(tail, min(cb, tail + 6)):
            if toks[j] in (",", "after", "but", "and", "because", "as"):
                break
            if toks[j] == "without" and any(toks[k] in _DEAL for k in range(j + 1, min(cb, j + 4))):
                pair = [(a, e) for a, e in zip(starts, ends) if ca <= a and e <= v]
                for (a1, e1), (a2, _e2) in zip(pair, pair[1:]):
                    if tuple(toks[e1:a2]) in (("and",), ("and", "the")):
                        return v, a1, a2
                return None
    return None


# what statements say they protect: interests and principles, not people under military protection
_ABSTRACT_GOODS = frozenset("interest interests right rights sovereignty security dignity principle principles "
                            "order peace stability integrity unity values freedom freedoms approach legitimate "
                            "lawful national core".split())
# "coast guard", "border guard", "national guard": the noun of a force, no act of guarding
_GUARD_NOUNS = frozenset("coast border national security honour honor palace home republican revolutionary "
                         "presidential".split())


def rhetorical_protection(toks: Sequence[str], ts: int, te: int, cb: int) -> bool:
    """Whether a protection verb (CAMEO 074, "protect", "safeguard", "defend", "guard") is no act of military
    protection: an infinitive of purpose or intent ("To safeguard national interests, China has decided
    ...", "measures to protect the rights of Chinese firms"), abstract goods as its object ("protects the
    core interests of the country"), or the noun of a force ("the Philippine coast guard said").

    >>> rhetorical_protection("to safeguard national interests china has decided".split(), 1, 2, 7)
    True
    >>> rhetorical_protection("the philippine coast guard said".split(), 3, 4, 5)
    True
    >>> rhetorical_protection("us warships guarded the tankers".split(), 2, 3, 5)
    False
    """
    if ts > 0 and (toks[ts - 1] == "to" or toks[ts - 1] in _GUARD_NOUNS):
        return True
    return any(toks[k] in _ABSTRACT_GOODS for k in range(te, min(cb, te + 4)))


_INVOLVED = frozenset("involved engaged participating implicated complicit linked related connected tied "
                      "responsible".split())


def involved_in(toks: Sequence[str], at: int, ca: int) -> bool:
    """Whether the event noun at ``at`` is what a modified noun takes part in ("sanctions on US companies
    involved in the arms sales to Taiwan"): the participants' act, not the clause subject's.

    >>> involved_in("sanctions on us companies involved in the arms sales to taiwan".split(), 7, 0)
    True
    >>> involved_in("china halted arms sales".split(), 2, 0)
    False
    """
    k = at - 1
    while k >= ca and at - k <= 3 and toks[k] in ("the", "a", "an", "its", "their", "recent", "latest"):
        k -= 1
    return k - 1 >= ca and toks[k] in ("in", "to", "for", "with") and toks[k - 1] in _INVOLVED


_FRONTING = frozenset(["in", "during", "at"])


def fronted_meeting(toks: Sequence[str], at: int, ca: int, cb: int, commas: frozenset[int]) -> int:
    """Where the main clause starts after a fronted meeting or call that it tells of, or -1: "In a phone
    call on Thursday, Xi told Biden ...", "During talks in Beijing, Blinken pressed Wang ...". The noun
    at ``at`` lies in a phrase that opens the clause with "in", "during" or "at" and ends at a comma;
    the main clause's subject held the meeting with the party it addresses. ``commas`` holds the
    tokens a comma follows.

    >>> toks = "in a phone call on thursday xi told biden that taiwan mattered".split()
    >>> fronted_meeting(toks, 3, 0, len(toks), frozenset([5]))
    6
    >>> toks = "xi told biden in a phone call on thursday that taiwan mattered".split()
    >>> fronted_meeting(toks, 6, 0, len(toks), frozenset()) == -1
    True
    """
    if toks[ca] not in _FRONTING or not ca < at <= ca + 4:
        return -1
    close = next((k for k in sorted(commas) if at <= k < min(cb - 1, at + 10)), -1)
    return close + 1 if close >= 0 else -1


_TALK_CUES = frozenset(["readout", "readouts", "told"])
_AUDIENCE = frozenset("reporters journalists a an the state lawmakers parliament congress supporters".split())


#: verbs that retell a meeting from its host's side ("Yoon hosted Kishida and Li at the presidential office")
_HOSTING = frozenset("hosted greeted".split())
#: the occasion nouns of "during the talks", "at their meeting"
_OCCASIONS = frozenset("talks meeting meetings summit call session dinner banquet".split())


def retold_meeting(toks: Sequence[str], a: int, b: int) -> bool:
    """Whether a sentence retells a meeting or tells what happened at it: "hosted X and Y at the
    presidential office", "During the talks, Li said ...", "at their meeting". Undated, such a sentence
    is the story's meeting again, on its day.

    >>> retold_meeting("during the talks li urged japan to lift the ban".split(), 0, 9)
    True
    >>> retold_meeting("li urged japan to lift the ban".split(), 0, 7)
    False
    """
    for k in range(a, b):
        if toks[k] in _HOSTING:
            return True
        if toks[k] in ("during", "at") and k + 2 < b and toks[k + 1] in ("the", "their", "this") \
                and toks[k + 2] in _OCCASIONS:
            return True
    return False


def told_in_talks(toks: Sequence[str], a: int, b: int, countries: Sequence[str],
                  talks: Sequence[tuple[str, str]]) -> int:
    """The talks an undated sentence reports from: the index in ``talks`` (the story's dated meetings
    and calls so far, as (actor, target) countries) of the latest one between two countries the
    sentence names, when the sentence tells what was said in them ("according to a Pentagon readout",
    "Dong told Austin that ..."); -1 otherwise. Such a sentence takes the talks' day, not the
    publication day.

    >>> toks = "austin stressed freedom of navigation according to a pentagon readout".split()
    >>> told_in_talks(toks, 0, len(toks), ["USA", "CHN"], [("USA", "CHN")])
    0
    >>> told_in_talks(toks, 0, len(toks), ["USA"], [("USA", "CHN")])
    -1
    >>> told_in_talks("china accused washington of stoking confrontation".split(), 0, 6, ["CHN", "USA"],
    ...               [("USA", "CHN")])
    -1
    >>> told_in_talks("biden told reporters he regarded xi as a dictator".split(), 0, 9, ["USA", "CHN"],
    ...               [("USA", "CHN")])
    -1
    >>> toks = "yoon hosted kishida and li at the presidential office".split()
    >>> told_in_talks(toks, 0, len(toks), ["KOR", "JPN", "CHN"], [("KOR", "JPN"), ("KOR", "CHN")])
    1
    """
    if not talks or not (any(toks[k] in _TALK_CUES and (toks[k] != "told" or k + 1 >= b or toks[k + 1] not in _AUDIENCE)
                             for k in range(a, b)) or retold_meeting(toks, a, b)):
        return -1  # ("told reporters": a remark of its own day)
    named = set(countries)
    for n in range(len(talks) - 1, -1, -1):
        if talks[n][0] in named and talks[n][1] in named and talks[n][0] != talks[n][1]:
            return n
    return -1
