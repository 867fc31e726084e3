"""Who did it to whom when a trigger's clause does not say: rules of news English that supply the
actor or the target of an act the extractor found but could not tie to two parties (issue 11, family 3).

Each rule reads the token list and the mentions the extractor already found, and is called once per
candidate trigger from :mod:`tension.text.extract` (never per token). The rules are selective: each
resolves one kind of reference a trained coder resolves the same way on any story, and leaves the
trigger without a pair otherwise.

- :func:`titled_subject`: an office named by its holder's title ("the foreign ministry spokesperson
  in Beijing said ...") is the person a following "he" or "she" refers to, when the sentence names no
  person.
- :func:`coordinated_passive`, :func:`coordinated_be`, :func:`charged_participle`: passives the clause's
  shape hides ("were arrested and charged with", "crossed the United States and was shot down by",
  "companies accused of helping Iran").
- :func:`placed_agent`, :func:`law_teller`: who made an arrest told without an agent (the place's
  authorities, the police or prosecutors who tell it).
- :func:`third_party`: a pair ("the allies") acting together on a third party.
- :func:`complaint_over`, :func:`judged_object`: a complaint or judgement whose object retells the story's
  act ("a protest over the incident", "called the decision disappointing").
- :func:`inner_subject`, :func:`perfect_where`: a "where" clause's own subject, or its history.
- :func:`them_pair`: "them" after a sentence that named "both countries".
- :func:`channel_subject`, :func:`story_meeting`: "the trip ... was called off".
- :func:`modifier_only`: a country adjective on a thing is no speaker for a later role.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

import attrs

from .rules import PERFECT_AUX


class _PlacedLike(Protocol):
    @property
    def ts(self) -> int: ...

    @property
    def te(self) -> int: ...

    @property
    def kind(self) -> str: ...


class _NameLike(Protocol):
    @property
    def tokens(self) -> tuple[str, ...]: ...

    @property
    def kind(self) -> str: ...


class _MentionLike(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def names(self) -> Sequence[_NameLike]: ...


def titled_subject(subject: _MentionLike | None, titles: frozenset[str], toks: Sequence[str] = (),
                   te: int = -1) -> bool:
    """Whether a sentence's subject is an office named by its holder's title: a generic actor name
    whose last word is a person's title in ``titles`` ("the foreign ministry spokesperson", "the
    commerce minister"), not a person's own name and not an institution ("the foreign ministry").
    A "he" or "she" in the next sentence refers to that holder when no person was named. An office's
    name followed by a title ("a defence ministry spokesman": ``toks[te]``, ``te`` the name's end) is
    one too.

    >>> from types import SimpleNamespace as N
    >>> name = N(tokens=("foreign", "ministry", "spokesperson"), kind="generic")
    >>> titled_subject(N(kind="name", names=(name,)), frozenset(["spokesperson"]))
    True
    >>> ministry = N(kind="name", names=(N(tokens=("defence", "ministry"), kind="generic"),))
    >>> titled_subject(ministry, frozenset(["spokesman"]))
    False
    >>> titled_subject(ministry, frozenset(["spokesman"]), "a defence ministry spokesman said".split(), 3)
    True
    """
    return subject is not None and subject.kind == "name" and bool(subject.names) \
        and subject.names[0].kind != "person" and (
            subject.names[0].tokens[-1] in titles or (0 <= te < len(toks) and toks[te] in titles))


#: the words that join a second participle to a passive ("were arrested *and* charged")
_JOINS = frozenset(["and", "or", "but", "then"])
#: participles that after "be" tell a state of mind, not a passive ("was concerned and urged Beijing")
_STATES = frozenset("concerned worried pleased disappointed determined committed prepared interested alarmed "
                    "surprised dismayed encouraged troubled shocked satisfied convinced involved scheduled expected "
                    "supposed used based opposed united divided engaged tired frustrated".split())
#: how many tokens of adverbial ("on Thursday", "in Beijing") may follow the first participle
_PASSIVE_GAP = 4


#: words that may follow a passive participle (its adverbials and agent), not its own object
_AFTER_PASSIVE = frozenset("on with in for by at after over last under and".split())


def coordinated_passive(toks: Sequence[str], at: int, ca: int, be: frozenset[str], te: int | None = None) -> bool:
    """Whether the participle at ``at`` is the second of two passives sharing one "be": "two sailors
    *were arrested and charged* with passing secrets", "a boat was rammed on Saturday and towed away".
    Its subject is then acted upon, like the first participle's, and is no actor of its own. ``be``
    holds the forms of "be"; the first participle ends in "-ed" and stands right after "be" (or after
    "be" and an "-ly" adverb), at most ``_PASSIVE_GAP`` tokens before the joining word, which has no
    comma before it (", and charged" may start a new clause with its own subject). When ``te`` (the end of
    the second participle's term) is given, an object of its own after it makes it active ("was angered
    and imposed sanctions").

    >>> be = frozenset(["was", "were"])
    >>> coordinated_passive("two sailors were arrested and charged with spying".split(), 5, 0, be)
    True
    >>> coordinated_passive("he was detained on monday and later charged".split(), 7, 0, be)
    False
    >>> coordinated_passive("he was detained on monday and charged".split(), 6, 0, be)
    True
    >>> coordinated_passive("police arrested him and charged him".split(), 4, 0, be)
    False
    >>> coordinated_passive("it was seriously concerned and urged beijing".split(), 5, 0, be)
    False
    >>> coordinated_passive("beijing was angered and imposed sanctions".split(), 4, 0, be, 5)
    False
    >>> coordinated_passive("two sailors were arrested and charged with spying".split(), 5, 0, be, 7)
    True
    """
    if at - 1 <= ca or toks[at - 1] not in _JOINS:
        return False
    if te is not None and te < len(toks) and toks[te] not in _AFTER_PASSIVE and toks[te - 1] not in _AFTER_PASSIVE:
        return False  # (a term ending in its preposition, "charged with", has its object in the charge)
    for k in range(at - 2, max(ca, at - 2 - _PASSIVE_GAP) - 1, -1):
        word = toks[k]
        if word.endswith("ed") and word not in _STATES and k - 1 >= ca and (
                toks[k - 1] in be or (toks[k - 1].endswith("ly") and k - 2 >= ca and toks[k - 2] in be)):
            return True
        if word in be or word in _JOINS:
            return False
    return False


def third_party(pair: Sequence[str], after: Sequence[tuple[int, str, bool]], te: int, reach: int = 8) -> str:
    """The party a pair acts on together, when it is a third one: "*the allies* issued a joint statement
    criticising *China's* coercion", "the two countries condemned North Korea's launch" (each member
    acts on it; the caller gives one event to each). ``pair`` holds the pair's two codes; ``after``
    (first token, code, governed by a preposition of place) the mentions after the trigger ending at
    ``te``. The first mention within ``reach`` tokens, not a place ("in Tokyo"), whose country is
    neither member's; "" when there is none.

    >>> third_party(("USA", "JPN"), [(9, "CHN", False)], 6)
    'CHN'
    >>> third_party(("USA", "JPN"), [(7, "JPN", False)], 6)
    ''
    >>> third_party(("USA", "JPN"), [(7, "KOR", True)], 6)
    ''
    """
    countries = {c[:3] for c in pair}
    for ts, code, placed in after:
        if ts - te > reach:
            break
        if placed:
            continue
        return code if code[:3] not in countries else ""
    return ""


#: participles of charging and the preposition of the charge: used actively they take an object first
#: ("accused Washington of"), so right before the preposition they are passive
_CHARGING = {"accused": "of", "suspected": "of", "convicted": "of", "charged": "with"}


def charged_participle(toks: Sequence[str], at: int, te: int, mention_ends: Sequence[int]) -> bool:
    """Whether a charging verb is a participle on the noun before it: "six Chinese companies *accused of*
    helping Iran", "two men *charged with* spying". An active "accused" names whom it accuses before
    "of" ("Beijing accused Washington of meddling"), so a one-word participle right after a mention
    (ending at ``at``, one of ``mention_ends``) and right before its preposition makes that mention the
    one charged, not the accuser.

    >>> charged_participle("six chinese companies accused of helping iran".split(), 3, 4, [3])
    True
    >>> charged_participle("beijing accused washington of meddling".split(), 1, 2, [1, 3])
    False
    """
    return te == at + 1 and te < len(toks) and _CHARGING.get(toks[at]) == toks[te] and at in mention_ends


#: the roots of a complaint noun whose object can retell the story's act ("a protest over the incident")
_COMPLAINT_ROOTS = frozenset(["10", "11", "12"])
_OVER = frozenset(["over", "about", "against"])


def complaint_over(toks: Sequence[str], ts: int, te: int, code: str, free: bool, cb: int) -> bool:
    """Whether a complaint ("a diplomatic protest", "lodged a complaint", "a demand") at ``toks[ts:te]``
    is followed by "over", "about" or "against" (within its clause ending at ``cb``), so
    that a definite noun after it may retell the story's act: "Manila said it would file a diplomatic
    protest *over the incident*" is aimed at whoever the story told acting against Manila. ``free``: the
    caller has checked the trigger is not negated and has no fixed parties. The caller checks the retelling
    noun itself.

    >>> complaint_over("file a diplomatic protest over the incident".split(), 3, 4, "114", True, 7)
    True
    >>> complaint_over("file a diplomatic protest with china".split(), 3, 4, "114", True, 6)
    False
    """
    return free and code[:2] in _COMPLAINT_ROOTS and te + 1 < cb and toks[te] in _OVER


def coordinated_be(toks: Sequence[str], at: int, ca: int, be: frozenset[str]) -> bool:
    """Whether the passive participle at ``at`` opens a second verb phrase of its clause with its own
    "be": "a Chinese balloon crossed the United States *and was shot down* by an American jet". Its
    subject is the clause's first noun phrase (the balloon), not the object of the first verb right
    before it (the United States). ``be`` holds the forms of "be".

    >>> be = frozenset(["was", "were"])
    >>> coordinated_be("a chinese balloon crossed the u s and was shot down".split(), 9, 0, be)
    True
    >>> coordinated_be("the balloon was shot down".split(), 3, 0, be)
    False
    """
    k = at - 1
    if k > ca and toks[k].endswith("ly"):
        k -= 1
    return k - 1 > ca and toks[k] in be and toks[k - 1] in _JOINS


#: how far after an agentless arrest its place may stand ("was detained *in Beijing*", "was arrested on
#: Thursday *in Shanghai*")
_PLACE_REACH = 6


def placed_agent(code: str, patient: str, te: int, places: Sequence[tuple[int, str, str]]) -> str | None:
    """Who made an arrest told in the passive without an agent: the authorities of the place it
    happened in, when that place belongs to another country than the one arrested ("a Japanese
    employee *was detained in Beijing*": Chinese authorities). ``code`` is the act's CAMEO code (only
    arrests and detentions, 173), ``patient`` the code of the one arrested, ``places`` (first token,
    the preposition before it, country) of the mentions after the trigger ending at ``te``. The
    country's government code, or None.

    >>> placed_agent("173", "JPNLAB", 4, [(5, "in", "CHN")])
    'CHNGOV'
    >>> placed_agent("173", "CHNCVL", 4, [(5, "in", "CHN")]) is None
    True
    >>> placed_agent("190", "JPNLAB", 4, [(5, "in", "CHN")]) is None
    True
    """
    if not code.startswith("173"):
        return None
    for ts, prep, country in places:
        if ts - te > _PLACE_REACH:
            break
        if prep == "in" and len(country) == 3 and country != patient[:3]:
            return country + "GOV"
    return None


#: words that open a clause of place with a subject of its own inside a clause ("when" clauses tell background)
_INNER_OPENERS = frozenset(["where", "whereupon"])
#: what may join a second subject to the first ("he and his Philippine counterpart")
_AND_OWNER = (["and"], ["and", "his"], ["and", "her"], ["and", "its"], ["and", "their"], ["and", "the"])


def inner_subject(toks: Sequence[str], ca: int, ts: int, spans: Sequence[tuple[int, int]]
                  ) -> tuple[int, int] | None:
    """The subject of a trigger at ``ts`` inside a "where" clause of its clause (from ``ca``):
    "Austin stopped in Manila, *where he and his Philippine counterpart* Gilberto Teodoro signed an
    agreement": the subject is "he" and its partner the counterpart, not the main clause's Austin.
    ``spans`` are the clause's mentions (first token, end), in order. Returns the indexes (into
    ``spans``) of the subject and of its partner (-1 when alone), or None: the opener must be followed
    by the subject, the partner may follow with "and" (or "and his"), one name may stand in apposition,
    and the trigger must follow within two tokens.

    >>> toks = "austin stopped in manila where he and his counterpart teodoro signed a deal".split()
    >>> inner_subject(toks, 0, 10, [(0, 1), (3, 4), (5, 6), (8, 9), (9, 10)])
    (2, 3)
    >>> inner_subject("austin signed a deal".split(), 0, 1, [(0, 1)]) is None
    True
    """
    opener = next((k for k in range(ts - 1, ca - 1, -1) if toks[k] in _INNER_OPENERS), -1)
    if opener < 0:
        return None
    first = next((n for n, (s, _) in enumerate(spans) if s in (opener + 1, opener + 2)), -1)
    if first < 0 or (spans[first][0] == opener + 2 and toks[opener + 1] != "the"):
        return None
    end = spans[first][1]
    partner = -1
    if first + 1 < len(spans) and list(toks[end:spans[first + 1][0]]) in _AND_OWNER:
        partner = first + 1
        end = spans[partner][1]
        if partner + 1 < len(spans) and spans[partner + 1][0] == end:
            end = spans[partner + 1][1]  # "his counterpart Gilberto Teodoro"
    return (first, partner) if 0 <= ts - end <= 2 else None


_PERFECT = PERFECT_AUX


def perfect_where(toks: Sequence[str], ca: int, ts: int) -> bool:
    """Whether the trigger at ``ts`` is the verb of a "where" clause in the perfect, which describes
    the place an act happened with its history, not a new act: "... in the South China Sea, *where
    Chinese vessels have clashed repeatedly* with Philippine ships". The perfect's "has", "have" or
    "had" stands between the opener and the trigger, within four tokens of the trigger.

    >>> perfect_where("the sea where chinese vessels have clashed with ships".split(), 0, 6)
    True
    >>> perfect_where("manila where he and teodoro signed a deal".split(), 0, 5)
    False
    """
    opener = next((k for k in range(ts - 1, max(ca, ts - 8) - 1, -1) if toks[k] in _INNER_OPENERS), -1)
    return opener >= 0 and any(toks[k] in _PERFECT for k in range(max(opener + 1, ts - 4), ts))


#: the roles of those who make and announce arrests: police, prosecutors, security services
_LAW_ROLES = frozenset(["COP", "JUD", "SPY"])
_TELLING = frozenset(["said", "says", "told", "announced", "reported", "confirmed", "added"])


def law_teller(toks: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> int:
    """The mention (index into ``mentions``: first token, end, code) that tells a sentence and makes
    arrests: police, prosecutors or a security service followed by a verb of saying ("German
    prosecutors said on Monday that three citizens had been arrested", "..., the National Police said").
    An arrest told in the passive without an agent is theirs. -1 when there is none.

    >>> law_teller("german prosecutors said three citizens were arrested".split(), [(0, 2, "DEUJUD")])
    0
    >>> law_teller("germany said three citizens were arrested".split(), [(0, 1, "DEU")])
    -1
    """
    for n, (_, te, code) in enumerate(mentions):
        if code[3:6] in _LAW_ROLES and te < len(toks) and toks[te] in _TELLING:
            return n
    return -1


_M = TypeVar("_M", bound=_PlacedLike)


def them_pair(toks: Sequence[str], mentions: list[_M], pair: _M | None, a: int, b: int) -> list[_M]:
    """"Them" that its own sentence (tokens ``[a, b)``) gives no group for is the pair the sentence
    before named ("Beijing had lodged stern representations with *both countries*. He urged *them* to
    stop spreading disinformation"): ``pair`` is that sentence's last pair mention, put at the pronoun
    (a new mention, in order), when it is the object of a verb in the past ("urged them", "hosted
    them"). "Them" the sentence already resolved (a mention stands there), after a preposition or an
    irregular verb ("had set them back": relations, not the pair) is left alone.

    >>> import attrs
    >>> @attrs.frozen
    ... class M:
    ...     ts: int
    ...     te: int
    ...     kind: str
    >>> out = them_pair("he urged them to stop".split(), [M(0, 1, "pron")], M(9, 11, "pair"), 0, 5)
    >>> [(m.ts, m.kind) for m in out]
    [(0, 'pron'), (2, 'pair')]
    """
    if pair is None or "them" not in toks[a:b]:
        return mentions
    taken = {m.ts for m in mentions}
    new = [attrs.evolve(pair, ts=k, te=k + 1) for k in range(a, b)  # type: ignore[misc]
           if toks[k] == "them" and k not in taken and k > a and toks[k - 1].endswith("ed")]
    return sorted([*mentions, *new], key=lambda m: m.ts) if new else mentions


_CALLING = frozenset(["called", "calls", "call", "calling", "termed", "described"])
_JUDGED_ROOTS = frozenset(["01", "11", "12"])


def judged_object(toks: Sequence[str], ts: int, ca: int, code: str) -> int:
    """Where the object of "called" starts when a judgement word at ``ts`` follows it: "China's
    ambassador *called the decision* disappointing and wrong", "Beijing called the move *unacceptable*".
    The caller checks that the object retells the story's act (the judgement is then aimed at that act's
    actor, as "criticized the move" is). At most four tokens of object; -1 when the trigger is no
    judgement (roots 01, 11, 12) or no "called" stands before it in its clause.

    >>> judged_object("his ambassador called the decision disappointing".split(), 5, 0, "110")
    3
    >>> judged_object("his ambassador called the decision disappointing".split(), 5, 0, "190")
    -1
    """
    if code[:2] not in _JUDGED_ROOTS:
        return -1
    for k in range(ts - 2, max(ca, ts - 6) - 1, -1):
        if toks[k] in _CALLING:
            return k + 1
    return -1


_RETELLING_DETERMINERS = frozenset(["the", "that", "this", "his", "her", "its", "their"])


def channel_subject(toks: Sequence[str], ca: int, at: int, nouns: frozenset[str]) -> bool:
    """Whether the passive at ``at`` has a definite channel noun for subject, at the start of its clause
    (from ``ca``): "*The trip* had been planned for February but was called off", "*The talks* were
    suspended". ``nouns`` are the channel nouns (trip, visit, talks, dialogue, ...). The cancelled or
    suspended channel is the story's meeting, whose parties the act is between.

    >>> channel_subject("the trip had been planned but was called off".split(), 0, 6, frozenset(["trip"]))
    True
    >>> channel_subject("imports were suspended".split(), 0, 2, frozenset(["trip"]))
    False
    """
    return at - ca >= 2 and toks[ca] in _RETELLING_DETERMINERS and toks[ca + 1] in nouns


class _MeetingLike(Protocol):
    @property
    def actor(self) -> str: ...

    @property
    def target(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def mode(self) -> str: ...


def story_meeting(raws: Sequence[_MeetingLike], dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """The parties of the story's latest meeting or visit (root 04, told or planned) between its two
    main parties (``dyad``), for a channel noun that retells it ("The trip ... was called off"):
    (actor, target), or None. A meeting of a third party told in the background ("after Pelosi visited
    Taiwan") is not the story's trip.

    >>> from types import SimpleNamespace as R
    >>> story_meeting([R(actor="USAGOV", target="CHN", code="042", mode="plan")], ("USA", "CHN"))
    ('USAGOV', 'CHN')
    >>> story_meeting([R(actor="USALEG", target="TWN", code="042", mode="act")], ("USA", "CHN")) is None
    True
    """
    if dyad is None:
        return None
    for r in reversed(raws):
        if r.code[:2] == "04" and {r.actor[:3], r.target[:3]} == set(dyad):
            return r.actor, r.target
    return None


_ADJECTIVE_KINDS = frozenset(["adjective", "demonym"])


def modifier_only(names: Sequence[_NameLike], modifies: bool) -> bool:
    """Whether a previous subject is only a country adjective on a thing ("*a suspected Chinese
    surveillance balloon* crossed the United States"): no speaker or office a later role without a country
    ("The Air Force shot the balloon down") can stand for. ``modifies``: a noun follows the mention.

    >>> from types import SimpleNamespace as N
    >>> modifier_only([N(tokens=("chinese",), kind="adjective")], True)
    True
    >>> modifier_only([N(tokens=("china",), kind="country")], False)
    False
    """
    return modifies and bool(names) and names[0].kind in _ADJECTIVE_KINDS
