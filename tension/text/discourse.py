"""How a news story refers back to its actors and frames its time, across sentences.

A wire story names its actors in the headline and the lead ("The United States on
Tuesday added 12 Chinese companies to its entity list") and then refers to them by
definite descriptions ("the administration", "the ministry", "the firms", "the
minister"), by plural pronouns ("They urged ...") and by possessives ("its
ambassador to the United Nations"). Its later paragraphs often step back in time
("The escalation began on April 2 ... Beijing retaliated within days"): a reader
does not take the undated sentences of such a paragraph for news of the day.

These are the rules a coder applies, written as pure functions over the token list
and the extractor's mentions (:mod:`tension.text.extract` calls them):

- :func:`resolve_definites`: a bare role noun after "the" ("the ministry", "the
  official", "the companies") is the most recent actor of the story whose mention
  holds the same head noun ("China's commerce ministry"), else the most recent one
  with the same role in the last few sentences; "its"/"their" + role is the
  possessor's office ("its ambassador").
- :func:`demote_posts`: the country after "ambassador to", "envoy to", "mission
  to" is the post, not a party ("its ambassador to the United Nations").
- :func:`plural_subject` and :func:`resolve_they`: "they" opening a later sentence
  is the previous sentence's plural subject ("U.S. officials ...", "the two
  sides ...").
- :func:`paragraphs` and :func:`history_frame`: after the lead, a paragraph whose
  sentence is dated more than a week before publication (or is undated background)
  is history; its undated sentences that follow are history too.

Examples
--------
>>> from tension.text.discourse import paragraphs
>>> paragraphs("Headline\\n\\nFirst. Second.\\n\\nThird.", [(0, 8), (10, 16), (17, 24), (26, 32)])
[0, 1, 1, 2]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar, cast

import attrs

from .dates import DateMention
from .rules import REPORTING_VERBS, WEEKDAYS
from .signs import ANNOUNCING, passive_easing

__all__ = ["described_party", "home_object", "sponsor_gap", "state_itself", "RESPONSE_VERBS", "responded_to", "story_actor", "story_intruder", "retold_move", "retold_object", "retold_pact", "PACT_NOUNS", "pact_party", "RETOLD_MOVES", "eased_pair", "retold_easing", "recent_target", "briefer", "in_appeal_list", "institution_heads", "listed_stop", "meeting_phrase", "reported_subject", "report_dated", "reported_events", "story_agent", "transcript_label", "resolve_first_person", "is_question", "frame_day", "dates_told_event", "redate", "dateline_end", "definite_event", "retold_events", "demote_posts", "history_frame", "paragraphs", "plural_subject", "reporter", "resolve_by_salience", "resolve_definites", "resolve_they", "resolve_them"]


class _MentionLike(Protocol):
    ts: int
    te: int
    kind: str
    role: str
    person: bool
    token: str
    names: tuple[Any, ...]

    @property
    def countries(self) -> tuple[str, ...]: ...


M = TypeVar("M", bound=_MentionLike)

# the head nouns that refer to the same office or body: "the firms" after "12 Chinese companies"
_SAME_HEAD = {
    "ministry": ("ministry", "department"), "department": ("department", "ministry"),
    "company": ("company", "companies", "firm", "firms"), "firm": ("company", "companies", "firm", "firms"),
    "official": ("official", "officials"), "minister": ("minister", "secretary"),
    "secretary": ("secretary", "minister"), "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokeswoman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "vessel": ("vessel", "ship", "boat", "warship", "destroyer"), "ship": ("vessel", "ship", "boat", "warship"),
    "warship": ("warship", "destroyer", "vessel", "ship"), "destroyer": ("destroyer", "warship", "vessel", "ship"),
    "troop": ("troop", "soldier", "force"), "soldier": ("troop", "soldier", "force"),
    "jet": ("jet", "aircraft", "plane", "fighter"), "aircraft": ("jet", "aircraft", "plane", "fighter"),
    "lawmaker": ("lawmaker", "senator", "legislator", "congressman", "congresswoman"),
}
# nouns general enough to refer back to any office of their role told just before ("the Commerce
# Department ... The government"); others ("the official", "the ministry") need their own head noun
_ROLE_ONLY = frozenset(["government", "authority"])
# a description that, unresolved, means one country's office in English news: "the administration"
_DEFAULT_COUNTRY = {"administration": "USA"}
_DEFINITE = frozenset(["the"])
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson"])
#: what restricts a description so that it refers to no one told before: "the government in Ottawa",
#: "navies of other countries"
RESTRICTORS = frozenset(["in", "at", "of", "from", "for"])
_PERSONAL_OWNERS = frozenset(["his", "her"])
_OWNERS = frozenset(["its", "their"]) | _PERSONAL_OWNERS
# how many sentences back a description reaches: by its head noun, by its role only
_HEAD_REACH = 8
_ROLE_REACH = 2
# offices held "to" a country or organisation: the country is the post, not a party
_POSTS = frozenset("ambassador ambassadors envoy envoys representative representatives consul mission delegate "
                   "delegates emissary".split())


_PHRASE_OPENERS = frozenset("its their his her the a an s new former top senior chief".split())
_PHRASE_BREAKS = frozenset("and but or who which that said says".split())
_POST_FILLERS = frozenset("of the s extraordinary and plenipotentiary special permanent deputy".split())


def _evolve(m: M, **changes: Any) -> M:
    return cast(M, attrs.evolve(cast(Any, m), **changes))


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _heads(word: str) -> tuple[str, ...]:
    one = _singular(word)
    return _SAME_HEAD.get(one, (one, word))


_NAMED_BODIES = frozenset(["company", "institution", "group"])
# a state's many offices share these roles: "the administration" is not any government body told before
_STATE_ROLES = frozenset(["", "GOV", "MIL"])


#: verbs whose "from" is their own ("barred the company from its network"), not the noun's origin
_FROM_VERBS = frozenset("barred bars bar banned bans ban blocked blocks block excluded excludes exclude prevented "
                        "prevents prevent kept keeps keep removed removes remove shut shuts cut cuts".split())


def _verb_from(toks: list[str], ts: int, te: int) -> bool:
    """Whether the "from" after a definite description at ``ts``..``te`` belongs to the verb before it
    ("Australia barred the company from its 5G network"), not to the noun ("the company from Shenzhen").

    >>> _verb_from("australia barred the company from its network".split(), 3, 4)
    True
    >>> _verb_from("officials met the company from shenzhen".split(), 3, 4)
    False
    """
    return toks[te] == "from" and ts - 2 >= 0 and toks[ts - 2] in _FROM_VERBS


def _antecedent(toks: list[str], m: _MentionLike, earlier: Sequence[tuple[int, Any]], k: int,
                by_role: bool = True) -> Any:
    """The most recent mention (from ``earlier``: (sentence number, mention), oldest first) that a
    definite description ``m`` in sentence ``k`` refers to, or None."""
    head = _singular(toks[m.te - 1])
    for heads in ((head,), _heads(toks[m.te - 1])):  # the same noun first, then a synonym
        for n, ante in reversed(earlier):
            if k - n > _HEAD_REACH:
                break
            if any(_singular(t) in heads for t in toks[ante.ts:ante.te]):
                return ante
    for n, ante in reversed(earlier):  # "Huawei ... the company": a named body of the description's role
        if k - n > _HEAD_REACH:
            break
        if m.role not in _STATE_ROLES and ante.names and ante.names[0].kind in _NAMED_BODIES \
                and ante.names[0].code[3:6] == m.role:
            return ante
    for n, ante in reversed(earlier if by_role else ()):
        if k - n > _ROLE_REACH:
            break
        if m.role and (ante.role or (ante.names[0].code[3:6] if ante.names else "")) == m.role \
                and _singular(toks[m.te - 1]) in _ROLE_ONLY:
            return ante
    return None


_MEMBER_NOUNS = frozenset("ally allies member members partner partners countries states nations summit".split())


# offices a country does not have by that name: Washington has departments, not ministries
_NO_MINISTRIES = {"ministry": ("USA",), "spokesman": ("USA",), "spokeswoman": ("USA",), "spokesperson": ("USA",)}


def _generic(m: _MentionLike) -> bool:
    """An office named by the dictionary's default country ("Foreign Ministry" alone)."""
    return bool(m.names) and m.names[0].kind == "generic"


def _international(m: _MentionLike) -> bool:
    """An organisation's name ("the Security Council", "NATO"): a possessive before it makes it the
    possessor's own body."""
    return bool(m.names) and m.names[0].code[:3] in ("IGO", "NGO")


def _actorish(m: _MentionLike) -> bool:
    """A mention that can be referred back to: a country's actor, not a place, pair or pronoun."""
    return m.kind == "name" and bool(m.countries)


# "In Tokyo, the foreign ministry said": the words between a place and the office it locates
_PLACING_PREPS = frozenset(["in", "from"])
_PLACE_GLUE = frozenset(["the", "its"])


def paragraph_places(toks: Sequence[str], sent_tok: Sequence[tuple[int, int]], sent_mentions: Sequence[Sequence[M]],
                     paragraph: Sequence[int], comma_before: Callable[[int], bool]) -> list[str]:
    """The country each sentence's paragraph is told from, when the paragraph opens on a place ("In London,
    the government said ...", "In Tokyo, officials ..."): the wire story's way of moving the scene, which
    holds for the paragraph's offices named without their country ("The foreign office summoned ..."); ""
    elsewhere. ``comma_before(i)`` tells whether a comma stands before token ``i``.

    >>> import attrs
    >>> @attrs.frozen
    ... class M:
    ...     ts: int
    ...     te: int
    ...     countries: tuple[str, ...]
    ...     person: bool = False
    >>> toks = "in london the government said so the foreign office agreed china refused".split()
    >>> paragraph_places(toks, [(0, 6), (6, 10), (10, 12)], [[M(1, 2, ("GBR",))], [], [M(10, 11, ("CHN",))]],
    ...                  [0, 0, 1], lambda i: i == 2)
    ['GBR', 'GBR', '']
    """
    out: list[str] = []
    place = ""
    for k, ((a, b), mentions) in enumerate(zip(sent_tok, sent_mentions)):
        if k == 0 or paragraph[k] != paragraph[k - 1]:
            place = next((m.countries[0] for m in mentions[:1] if a + 1 == m.ts and b > m.te and toks[a] == "in"
                          and comma_before(m.te) and m.countries and not m.person), "")
        out.append(place)
    return out


def _placed_elsewhere(ante: M, placed: Sequence[str], k: int, earlier: Sequence[tuple[int, M]],
                      new: Sequence[M]) -> bool:
    """Whether an office's antecedent is of another country than the place sentence ``k``'s paragraph is
    told from, and was named before that paragraph ("The Treasury Department imposed sanctions ... / In
    London, the government said ...": London's government, not Washington's)."""
    if k >= len(placed) or not placed[k] or not ante.countries or ante.countries[0] == placed[k]:
        return False
    since = k
    while since > 0 and placed[since - 1] == placed[k]:
        since -= 1
    return not any(x.ts == ante.ts for x in new) and not any(n >= since and x.ts == ante.ts for n, x in earlier)


def resolve_definites(toks: list[str], sent_mentions: list[list[M]],
                      home: str = "", lead: int = 0, placed: Sequence[str] = ()) -> tuple[list[list[M]], set[int]]:
    """Resolve "the ministry", "the firms", "the minister" and "its ambassador" to the story's actors.

    A role noun without a country of its own, after "the", is the most recent actor whose mention
    holds the same head noun or a synonym, else a named body of its role ("Huawei ... the company")
    (within ``_HEAD_REACH`` sentences), else, for a general noun
    ("the government"), the most recent actor with the same role (within ``_ROLE_REACH`` sentences),
    else its usual country in English news ("the administration" is Washington's); "its"/"their" + role is the office of the nearest
    actor of the sentence before it (its subject), else of the previous sentence's first actor;
    "his"/"her" + role that of the nearest person before it. An organisation's name after a
    possessive ("his security council") is the possessor's body, or no actor. An office named without
    its country ("the Foreign Ministry", dictionary kind ``generic``) is that of the last office of the
    same head noun named with its country, else of ``home`` (the country of the story's dateline),
    else the dictionary's default. A state organ without a country that opens the
    story ("LAGOS, Nigeria — The junta ...", "... — Police ...") is of ``home``; ``lead`` is the sentence
    that opens on the dateline (after a headline: "Spy Gets 20 Years / CINCINNATI — A federal judge ...").
    ``placed`` holds the country each sentence's paragraph is told from (:func:`paragraph_places`), which
    an office named without its country takes before ``home``. Unresolved mentions are left as they are. Also returns the first tokens of the resolved mentions
    (a sentence opening on one continues the story, as one opening on a pronoun does).
    """
    resolved: set[int] = set()
    earlier: list[tuple[int, M]] = []
    out: list[list[M]] = []
    for k, mentions in enumerate(sent_mentions):
        new: list[M] = []
        for m in mentions:
            if m.kind == "role" and m.ts > 0 and (toks[m.ts - 1] in _DEFINITE or _counted_definite(toks, m.ts)) \
                    and (m.te >= len(toks) or toks[m.te] not in RESTRICTORS or _verb_from(toks, m.ts, m.te)):
                ante = _antecedent(toks, m, earlier + [(k, x) for x in new if _actorish(x)], k)
                if ante is not None and _placed_elsewhere(ante, placed, k, earlier, new):
                    m = _evolve(m, kind="name", country=placed[k])  # "In London, the government said"
                    resolved.add(m.ts)
                elif ante is not None:
                    m = _evolve(ante, ts=m.ts, te=m.te, role=ante.role or m.role)
                    resolved.add(m.ts)
                elif toks[m.te - 1] in _DEFAULT_COUNTRY:
                    m = _evolve(m, kind="name", country=_DEFAULT_COUNTRY[toks[m.te - 1]])
                    resolved.add(m.ts)
            elif m.kind == "role" and m.ts > 0 and toks[m.ts - 1] in ("a", "an") and toks[m.te - 1] in _SPOKES \
                    and not any(_actorish(x) for x in new) and (m.te >= len(toks) or toks[m.te] not in RESTRICTORS) \
                    and (body := next((x for n, x in earlier if n == k - 1 and not x.person), None)) is not None:
                # "China's navy rejected the account. A spokesman said ...": the body the sentence before named
                m = _evolve(body, ts=m.ts, te=m.te, role=body.role or m.role)
                resolved.add(m.ts)
            elif m.kind == "name" and m.names and m.names[0].kind == "generic" and not m.person:
                # "Foreign ministry spokeswoman ...": a country's office named without the country is
                # that of the office named before, else of the country the story is filed from
                ante = _antecedent(toks, m, [(n, x) for n, x in earlier if not _generic(x)], k, by_role=False)
                if m.ts > 0 and toks[m.ts - 1] in ("its", "their"):  # "China ..., but its foreign ministry"
                    ante = next((x for x in new if _actorish(x) and not x.person and x.countries), None) or next(
                        (x for n, x in earlier if n == k - 1 and not x.person and x.countries), ante)
                owned = m.ts > 0 and toks[m.ts - 1] in _OWNERS  # "its foreign ministry": the owner's, told later
                if ante is None and not owned:  # "In Tokyo, the foreign ministry said ...": the place's office
                    ante = next((x for x in reversed(new) if x.te < m.ts <= x.te + 3 and x.ts > 0
                                 and toks[x.ts - 1] in _PLACING_PREPS and x.countries and not x.person
                                 and all(t in _PLACE_GLUE for t in toks[x.te:m.ts])), None)
                country = placed[k] if ante is not None and _placed_elsewhere(ante, placed, k, earlier, new) else \
                    ante.countries[0] if ante is not None else \
                    ("" if owned else (placed[k] if k < len(placed) and placed[k] else home))
                if country and country not in _NO_MINISTRIES.get(toks[m.te - 1], ()):
                    name = m.names[0]
                    m = _evolve(m, names=(attrs.evolve(name, code=country + name.code[3:]),))
                    resolved.add(m.ts)
            elif m.ts > 0 and toks[m.ts - 1] in _OWNERS and (
                    (m.kind == "role" and m.role) or (m.kind == "name" and _international(m))):
                # "its ambassador", "his security council": the possessor's own office or body
                person = toks[m.ts - 1] in _PERSONAL_OWNERS
                # "its" is the subject's: the first actor of the sentence before it, not the nearest
                owner = next((x for x in (reversed(new) if person else new) if _actorish(x) and x.person == person),
                             None)
                if owner is None and toks[m.ts - 1] == "its":
                    owner = next((x for n, x in earlier if n == k - 1 and not x.person), None)
                if owner is None and person:  # "President Moon ... His government said": the last person before
                    owner = next((x for n, x in reversed(earlier) if k - n <= _PRONOUN_REACH and x.person), None)
                if m.kind == "name" and m.te < len(toks) and toks[m.te] in _MEMBER_NOUNS:
                    m = _evolve(m, kind="place")  # "its NATO ally": a member, told elsewhere
                elif owner is not None:
                    m = _evolve(m, kind="name", names=(), country=owner.countries[0], role=m.role or "GOV")
                elif m.kind == "name":
                    m = _evolve(m, kind="place")  # someone's body, not the organisation of that name
            if m.kind == "role" and home and k in (0, lead) and not any(_actorish(x) for x in new) and m.role in _HOME_ROLES \
                    and not (m.te < len(toks) and toks[m.te] in ("in", "at", "of")) \
                    and not any(x.person and m.te < x.ts <= m.te + 2 for x in mentions):  # "Police in Hong Kong": there
                # "LAGOS, Nigeria — The junta ...": filed from there (but "MANILA — Secretary of State Antony J.
                # Blinken" is the named person's title)
                m = _evolve(m, kind="name", country=home)
            new.append(m)
        out.append(new)
        earlier.extend((k, x) for x in new if _actorish(x))
        del earlier[:-40]
    return out, resolved


#: the counts of a definite group ("the two companies", "the three carriers") that refers back to its members
_COUNTS = frozenset("two three four five six seven eight nine ten".split())


def _counted_definite(toks: list[str], ts: int) -> bool:
    """Whether a role noun at ``ts`` is a counted definite group: "the two companies" after "Huawei and
    ZTE" refers to them as "the companies" would.

    >>> _counted_definite("it designated the two companies threats".split(), 4)
    True
    >>> _counted_definite("it designated two companies".split(), 3)
    False
    """
    return ts > 1 and toks[ts - 1] in _COUNTS and toks[ts - 2] in _DEFINITE


# a state organ with no country opening the dateline's sentence is of the country the story is filed from
_HOME_ROLES = frozenset(["GOV", "MIL", "COP", "JUD", "LEG"])  # (crowds and rebels take the place they are in)


def demote_posts(toks: list[str], mentions: list[M], a: int = 0) -> list[M]:
    """The country or organisation an envoy is posted to is no party when the envoy acts or is only
    named: "China's ambassador to Japan condemned ...", "at the residence of its ambassador to the
    United Nations", "Ambassador Extraordinary and Plenipotentiary of the People's Republic of China
    to Japan". It stays the target when the envoy is the object of a verb: "Mexico recalled its
    ambassador to Peru" acts on Peru. A country named only as whose allies or partners they are ("warships
    of U.S. allies", "Washington's partners", "allies of Russia") is no party either. ``a`` is the
    sentence's first token."""
    if not mentions:
        return mentions
    out: list[M] = []
    for m in mentions:
        k = m.ts - 1
        after = m.te + 1 if m.te < len(toks) and toks[m.te] == "s" else m.te
        of = k - 1 if k > a and toks[k] == "the" else k
        if m.kind == "name" and ((after < len(toks) and toks[after] in _ALLIES)
                                 or (of - 1 >= a and toks[of] == "of" and toks[of - 1] in _ALLIES)):
            out.append(_evolve(m, kind="place"))  # "warships of U.S. allies", "allies of Russia": not that country
            continue
        if k > a and toks[k] == "the":
            k -= 1
        if k > a and toks[k] == "to" and m.kind == "name":
            j = k - 1
            inside = {i for x in out for i in range(x.ts, x.te)}
            while j >= a and k - j <= 10 and (toks[j] in _POST_FILLERS or j in inside) and toks[j] not in _POSTS:
                j -= 1
            if j >= a and toks[j] in _POSTS:
                h = j  # the start of the envoy's phrase: "its", "China's", "the new"
                while h - 1 >= a and (toks[h - 1] in _PHRASE_OPENERS or h - 1 in inside):
                    h -= 1
                if h <= a or toks[h - 1] in _GOVERNORS or toks[h - 1] in _PHRASE_BREAKS:
                    m = _evolve(m, kind="place")
        out.append(m)
    return out


_ALLIES = frozenset(["allies", "ally", "partners"])
_PLURAL_HEADS_NOT = frozenset(["states", "philippines", "nations", "emirates", "islands", "netherlands"])


_REPORT_VERBS = REPORTING_VERBS | frozenset(
    "announced announces confirmed confirms insisted insists reiterated reiterates".split())


_REPORT_GAP = frozenset(["also", "has", "had", "have", "again", "further", "later", "then"])
_GOVERNORS = frozenset("in at near from with to for of on by against toward towards about over into between among "
                       "after before during under through via amid across within without like than since until "
                       "according".split())


def reporter(toks: list[str], a: int, mentions: Sequence[M]) -> M | None:
    """The one who speaks in a sentence of reported speech ("The Pentagon said China had ...",
    "Foreign ministry spokesman Wang Wenbin told reporters ..."): its first actor outside quotes, not
    governed by a preposition, right before a reporting verb. A reader takes that speaker, not the
    reported subject, as the "he", "she" or "it" of the next sentence."""
    for m in mentions:
        if m.kind in ("role", "place"):
            continue
        k = m.ts - 1
        if k >= a and toks[k] == "the":
            k -= 1
        if k >= a and toks[k] in _GOVERNORS:
            continue
        j = m.te
        while j < len(toks) and j - m.te < 2 and toks[j] in _REPORT_GAP:
            j += 1
        return m if j < len(toks) and toks[j] in _REPORT_VERBS else None
    return None


_PERSONAL = frozenset(["he", "she"])
# how many sentences back "he" or "it" reaches past a subject of the other kind
_PRONOUN_REACH = 2


def resolve_by_salience(mentions: list[M], prev_subject: M | None, person: tuple[int, M] | None,
                        thing: tuple[int, M] | None, k: int, quoted: Callable[[M], bool],
                        personish: Callable[[M], bool]) -> list[M]:
    """"He"/"she" after a sentence whose subject was no person is the last person who was a subject
    (within ``_PRONOUN_REACH`` sentences); "it" after a person's sentence is the last country or
    institution that was a subject. ``person`` and ``thing`` are (sentence number, mention); ``k`` is
    this sentence's number; ``personish`` tells a mention "he" can refer to. A pronoun with an
    antecedent of its kind earlier in its own sentence, or inside quotes, is left to the sentence."""
    if not mentions or (person is None and thing is None):
        return mentions
    out: list[M] = []
    for m in mentions:
        if m.kind == "pron" and not quoted(m):
            if m.token in _PERSONAL and person is not None and k - person[0] <= _PRONOUN_REACH \
                    and not (prev_subject is not None and personish(prev_subject)) \
                    and not any(personish(x) for x in out):
                m = _evolve(person[1], ts=m.ts, te=m.te)
            elif m.token == "it" and thing is not None and k - thing[0] <= _PRONOUN_REACH \
                    and prev_subject is not None and prev_subject.person \
                    and not any(x.kind == "name" and not x.person for x in out):
                m = _evolve(thing[1], ts=m.ts, te=m.te)
        out.append(m)
    return out


def plural_subject(toks: list[str], subject: M | None) -> M | None:
    """The subject if "they" can refer back to it: "the two sides", "U.S. officials", "Chinese
    authorities" (a country's group named by a plural noun), else None."""
    if subject is None:
        return None
    if subject.kind == "pair":
        return subject
    last = toks[subject.te - 1]
    if subject.kind == "name" and not subject.person and subject.role and last.endswith("s") \
            and last not in _PLURAL_HEADS_NOT and len(last) > 3:
        return subject
    return None


def resolve_they(toks: list[str], mentions: list[M], group: M | None) -> list[M]:
    """"They" before any other actor of its sentence is the previous sentence's plural subject
    (``group``): "U.S. officials met Chinese diplomats on Monday. They criticized ..."."""
    if group is None or not mentions:
        return mentions
    m = mentions[0]
    if m.kind != "pron" or m.token != "they":
        return mentions
    return [_evolve(group, ts=m.ts, te=m.te), *mentions[1:]]


_THEM_NOT_AFTER = frozenset(["of", "among", "between", "like", "than"])


def resolve_them(toks: list[str], mentions: list[M], a: int, b: int) -> list[M]:
    """"Them" as the object of a verb is the latest group named before it in its sentence other than
    the subject: "The State Department summoned Chinese diplomats on Tuesday and accused *them* of
    spying" (a plural noun of a country's group, as :func:`plural_subject` reads one); the resolved
    mention stands at the pronoun. "Two of them" and a sentence naming no such group stay as they are.
    """
    if "them" not in toks[a:b] or len(mentions) < 2:
        return mentions
    out = list(mentions)
    for k in range(a + 1, b):
        if toks[k] != "them" or toks[k - 1] in _THEM_NOT_AFTER:
            continue
        group = next((m for m in reversed(mentions[1:]) if m.te <= k and plural_subject(toks, m) is not None
                      and m.kind != "pair"), None)
        if group is not None:
            out.append(_evolve(group, ts=k, te=k + 1))
    return sorted(out, key=lambda m: m.ts) if len(out) > len(mentions) else mentions


def paragraphs(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The paragraph number of each sentence: a line break between two sentences starts a new one."""
    out: list[int] = []
    n = 0
    prev_end = -1
    for s, e in sentences:
        if prev_end >= 0 and "\n" in text[prev_end:s]:
            n += 1
        out.append(n)
        prev_end = e
    return out


# a week: what a story dated within it tells is the news; older dates tell its background
_NEWS_DAYS = 7


def history_frame(published: _dt.date, told: Sequence[tuple[_dt.date, str]], own_date: _dt.date | None,
                  background: bool, lead: bool) -> bool | None:
    """Whether a sentence puts the rest of its paragraph in the past (True), back in the news (False)
    or leaves it as it was (None).

    ``told`` holds the (date, date phrase) of the events the sentence yielded, ``own_date`` its
    main-clause date when it yielded none. Outside the lead, events all dated by a phrase more than a
    week before publication ("The escalation began on April 2, when ..."), such a date, or undated
    background ("The two have been at odds since 2018.") open a history; a recent date closes it.
    """
    if lead:
        return None
    phrased = [d for d, phrase in told if phrase]
    if phrased:
        return all((published - d).days > _NEWS_DAYS for d in phrased)
    if told:
        return None
    if own_date is not None:
        return (published - own_date).days > _NEWS_DAYS
    return True if background else None


_DEFINITE_EVENT = frozenset(["the", "these", "those", "such"])


def definite_event(toks: list[str], at: int, te: int, nominal: bool) -> bool:
    """Whether an event is told with a definite noun, as a story retells an act it reported before:
    "Treasury imposed the sanctions under an executive order", "the visit went ahead"."""
    if nominal:
        return any(toks[k] in _DEFINITE_EVENT for k in range(max(0, at - 2), at))
    return any(toks[k] in _DEFINITE_EVENT for k in range(at + 1, te - 1))


class _RawLike(Protocol):
    @property
    def date(self) -> _dt.date: ...
    @property
    def actor(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def date_phrase(self) -> str: ...
    @property
    def precision(self) -> str: ...
    @property
    def retold(self) -> bool: ...
    @property
    def reported(self) -> bool: ...


R = TypeVar("R", bound=_RawLike)


def retold_events(raws: list[R]) -> list[R]:
    """An undated event told with a definite noun ("Treasury imposed the sanctions ...") by the actor
    of the same act told last before in the story ("The United States on Tuesday imposed sanctions on two
    Chinese refiners") is that act again: it takes the earlier report's target and date, so the two
    are one event with two mentions. An event told with its own date, or with no earlier act of its
    actor and code, is left alone."""
    if not any(r.retold for r in raws):
        return raws
    out: list[R] = []
    for r in raws:
        if r.retold and not r.date_phrase:
            first = next((e for e in reversed(out) if e.start < r.start and e.code == r.code and e.actor[:3] == r.actor[:3]
                          and not e.retold), None)
            if first is not None:
                r = _evolve_raw(r, target=first.target if first.target[:3] != r.target[:3] else r.target,
                                date=first.date, precision=first.precision, date_phrase=first.date_phrase)
        out.append(r)
    return out


def _evolve_raw(r: R, **changes: Any) -> R:
    return cast(R, attrs.evolve(cast(Any, r), **changes))


# "WASHINGTON, May 7 (Reuters) -", "TAIPEI, Taiwan (AP) —", "BEIJING --", "Tokyo (Kyodo) -": the place
# (in capitals, or any place with the agency after it), a region or country, a date, the agency, a dash
_DATELINE = re.compile(
    r"(?:(?=[A-Z./'’ -]*[A-Z]{3})[A-Z][A-Z./'’ -]*[A-Z.](?=[ ,(—–-])"
    r"|[A-Z][\w.'’ -]{1,30}(?=,[^\n]{0,40}\([A-Z]|\s*\([A-Z]))"
    r"(?:,\s*[A-Z][\w.'’ ]{1,30}?)?"
    r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"(?:\s*\([A-Z][\w .,&-]{0,30}\))?"  # "(AP)", "(Reuters)", "(July 20, 2021)"
    r"\s*(?:--|—|–|-)\s")


def dateline_end(text: str, s: int) -> int:
    """Where the dateline opening a paragraph at ``s`` ends (the place and agency a wire story is
    filed from: "WASHINGTON, May 7 (Reuters) - "), or -1. Its places are no actors of the story."""
    if s > 0 and text[s - 1] != "\n":
        return -1
    m = _DATELINE.match(text, s, min(len(text), s + 90))
    return m.end() if m else -1


#: clauses whose event comes before the main clause's: without a date of its own, it is not dated by it
EARLIER_CLAUSE = frozenset(["after", "following"])

def frame_day(published: _dt.date, told: Sequence[tuple[_dt.date, str, str]],
              own: DateMention | None) -> DateMention | None:
    """The time a paragraph told in the past is set in, for its undated sentences: the month of the
    first event told with a date more than a week old (``told`` holds (date, precision, phrase)), else
    of the sentence's own such date; a year stays a year. "Meng Wanzhou was arrested in Canada in
    December ... China detained two Canadian citizens days after her arrest" is December's."""
    day: tuple[_dt.date, str, str] | None = next(
        ((d, p, ph) for d, p, ph in told if ph and (published - d).days > _NEWS_DAYS), None)
    if day is None and own is not None and own.date is not None and (published - own.date).days > _NEWS_DAYS:
        day = (own.date, own.precision, own.phrase)
    if day is None:
        return None
    d, precision, phrase = day
    if precision == "day":
        d, precision = d.replace(day=1), "month"
    return DateMention(-1, -1, phrase, d, precision, "frame")


# "The incident took place on Saturday morning": a sentence that only dates an event told before
_INCIDENT_NOUNS = frozenset("incident incidents clash clashes confrontation collision attack attacks encounter standoff "
                            "skirmish episode intercept interception incursion launch launches strike strikes raid "
                            "raids meeting talks call visit exchange arrest arrests detention".split())


_OCCURRED = frozenset("took happened occurred unfolded came began started erupted broke".split())
_INCIDENT_OPENERS = frozenset("the that this latest last weekend s".split())


def dates_told_event(toks: list[str], a: int, b: int) -> bool:
    """Whether a sentence opens by dating an event the story told before: "The incident took place
    on Saturday", "The clash happened late on Monday", "The latest encounter occurred ..."."""
    k = a
    while k < b and k - a < 3 and toks[k] in _INCIDENT_OPENERS:
        k += 1
    return k < b and toks[k] in _INCIDENT_NOUNS and any(toks[j] in _OCCURRED for j in range(k + 1, min(b, k + 4)))


def redate(raws: list[R], lo: int, hi: int, day: _dt.date, precision: str, phrase: str) -> list[R]:
    """Give the events ``raws[lo:hi]`` that were dated by default (no date phrase: the publication day)
    the date a following sentence tells for them."""
    return [_evolve_raw(r, date=day, precision=precision, date_phrase=phrase)
            if lo <= n < hi and not r.date_phrase else r for n, r in enumerate(raws)]


def is_question(text: str, s: int, e: int, told_ok: bool = False) -> bool:
    """Whether sentence ``text[s:e]`` asks rather than tells: it ends with a question mark (a
    reporter's question at a briefing, "Will the President meet Xi later this year?") or opens a
    transcript's question ("Q:"). A question reports no event; the answer may. With ``told_ok``
    (the caller knows the paragraph is a question's) only the asking sentence counts: "Q: The US side
    announced last Wednesday that it would designate six more media. Will China respond?" tells its
    news in the first sentence.

    >>> t = "Q: The US side announced new sanctions. Will China respond?"
    >>> is_question(t, 0, 39), is_question(t, 0, 39, told_ok=True), is_question(t, 40, len(t), told_ok=True)
    (True, False, True)
    """
    body = text[s:e].rstrip(" \t\n\"”’'")
    return body.endswith("?") or (not told_ok and body.lstrip().startswith(("Q:", "Q.")))




def party_report(toks: Sequence[str], a: int, b: int, mentions: Sequence[Any]) -> bool:
    """Whether the sentence ``toks[a:b]`` opens with a named party's report ("The US side announced last
    Wednesday that ...", "The Japanese government said it would ..."): its first mention starts within
    its first four words and a verb of saying follows the mention within five words. A question's
    paragraph that opens so cites the party's news (:func:`is_question`); "Some reports say ..." and
    "President Xi spoke at ..." do not.

    >>> from types import SimpleNamespace as M
    >>> toks = "q the us side announced last wednesday that it would act".split()
    >>> party_report(toks, 0, len(toks), [M(ts=2, te=4, kind="name", names=())])
    True
    >>> toks = "q some reports say xi will meet trump".split()
    >>> party_report(toks, 0, len(toks), [M(ts=4, te=5, kind="name", names=("CHNGOV",))])
    False
    """
    first = next((m for m in mentions if m.ts >= a), None)
    if first is None or first.kind != "name" or first.ts - a > 4 or (not first.names and first.te - first.ts < 2):
        return False  # (a bare role the sentence's context gave a country, "Officials say ...", names no party)
    return any(toks[k] in ANNOUNCING for k in range(first.te, min(b, first.te + 5)))


# a transcript's speaker label at the start of a paragraph: "SECRETARY BLINKEN: ...", "MR WANG: ..."
_LABEL = re.compile(r"([A-Z](?:[A-Z.'’ -]{0,60}[A-Z.])?):\s")
_ASKER_LABELS = frozenset(["Q", "QUESTION", "REPORTER", "JOURNALIST"])


# a spokesperson's name as the label of an answer in a briefing transcript ("Zhao Lijian: ...", "Mao Ning: ...");
# an outlet asking ("Global Times: ...") is no speaker label
_NAME_LABEL = re.compile(r"((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+):\s")
_OUTLET_WORDS = frozenset("Times Daily News Post Journal Agency Press Television Radio Herald Tribune Review "
                          "Network Broadcasting Media Weekly Economist Observer".split())


def transcript_label(text: str, s: int) -> tuple[int, bool] | None:
    """The speaker label opening a transcript paragraph at ``s``: (where the label ends, whether it
    labels a question: "QUESTION:", "Q:"), or None. Everything in the paragraph is its speaker's.
    A label in capitals names any speaker; a name of two or three capitalised words ("Zhao Lijian:")
    labels an answer, unless it is an outlet's ("Global Times:").

    >>> transcript_label("Mao Ning: The US side should stop.", 0)
    (8, False)
    >>> transcript_label("Global Times: What is your comment?", 0) is None
    True
    """
    if s > 0 and text[s - 1] != "\n":
        return None
    m = _LABEL.match(text, s, min(len(text), s + 70))
    if m is None:
        n = _NAME_LABEL.match(text, s, min(len(text), s + 40))
        if n is None or _OUTLET_WORDS.intersection(n.group(1).split()):
            return None
        return n.end(1), False
    label = m.group(1).strip()
    return m.end(1), label in _ASKER_LABELS or label.startswith("QUESTION")


_FIRST_PERSON = frozenset(["i", "we"])


def resolve_first_person(mentions: list[M], speaker: M) -> list[M]:
    """In a transcript paragraph, "I" and "we" are the labelled speaker ("SECRETARY BLINKEN: ... I
    also told him that ...")."""
    return [_evolve(speaker, ts=m.ts, te=m.te) if m.kind == "pron" and m.token in _FIRST_PERSON else m
            for m in mentions]


# acts a story reports in the passive without an agent once it has named who does them
_AGENTLESS_ROOTS = frozenset(["16", "17", "18", "19", "20"])


def story_agent(raws: Sequence[R], code: str, target: str) -> tuple[str, str] | None:
    """The actor of an agentless passive ("Michael Kovrig ... was detained in Beijing the same day")
    is whoever the story last told doing the same act (Chinese authorities "have detained a second
    Canadian"): (that actor, ``target``), or None. Only coercive and forceful acts (roots 16-20), and
    never the target's own country."""
    if code[:2] not in _AGENTLESS_ROOTS:
        return None
    for r in reversed(raws):
        if r.code == code and r.actor[:3] != target[:3]:
            return r.actor, target
    return None


#: the beginnings of the verbs of a military response ("scrambled jets", "shadowed", "intercepted")
RESPONSE_VERBS = ("scrambl", "shadow", "track", "monitor", "intercept", "tail", "escort")
_RESPONSE_PREPS = frozenset(["after", "when", "as", "following", "to", "because"])


def responded_to(toks: Sequence[str], mention_starts: Sequence[tuple[int, str]], cb: int, b: int,
                 country: str) -> int:
    """The mention a military response without an object answers, later in the same sentence: "South
    Korea scrambled jets *after* Chinese aircraft entered its zone" (the first mention of another
    country in the next 25 tokens, past "after", "when", "as", "following" or "to"); -1 if none.
    ``mention_starts`` are (first token, country) of the sentence's mentions, ``[cb, b)`` the rest of
    the sentence after the response's clause.

    >>> toks = "korea scrambled jets after chinese aircraft entered its zone".split()
    >>> responded_to(toks, [(0, "KOR"), (4, "CHN")], 3, 9, "KOR")
    4
    >>> responded_to(toks, [(0, "KOR"), (4, "CHN")], 3, 4, "KOR")
    -1
    """
    for ts, c in mention_starts:
        if ts < cb or ts >= min(b, cb + 25) or not c or c == country:
            continue
        if any(toks[k] in _RESPONSE_PREPS for k in range(cb, ts + 1)):
            return ts
        return -1
    return -1


_DESCRIBING_ROLES = frozenset("commander chief head minister spokesman spokeswoman spokesperson director deputy envoy "
                              "ambassador president leader secretary general admiral official".split())


def described_party(toks: Sequence[str], te: int, ts: int, commas: frozenset[int], mention_starts: Sequence[int]
                    ) -> bool:
    """Whether the mention at ``ts`` describes an unknown person named right after an event noun ending
    at ``te``: "a video call *with General Wu Yanan, commander of the Chinese military's* Southern
    Theater Command" (the person is that country's); ``commas`` holds the tokens a comma follows and
    ``mention_starts`` the first tokens of the clause's mentions after the noun.

    >>> toks = "a call with general wu yanan commander of the chinese military".split()
    >>> described_party(toks, 2, 9, frozenset([5]), [9])
    True
    >>> described_party(toks, 2, 9, frozenset([5]), [4, 9])
    False
    """
    if te >= len(toks) or toks[te] != "with":
        return False
    comma = next((k for k in range(te + 1, min(ts, te + 6)) if k in commas), -1)
    if comma < 0 or any(te < s <= comma for s in mention_starts) or not all(t.isalpha() for t in toks[te + 1:comma + 1]):
        return False  # the person after "with" must be unknown
    k = comma + 1
    if k < ts and toks[k] in ("the", "a"):
        k += 1
    if k + 1 >= ts or toks[k] not in _DESCRIBING_ROLES or toks[k + 1] != "of":
        return False
    k += 2
    if k < ts and toks[k] == "the":
        k += 1
    return k == ts


#: the members of the European Union (since February 2020; CAMEO ISO-3 codes): a measure aimed at the EU
#: is aimed at each of them ("France's trade ministry said it regretted the decision")
_BLOC_MEMBERS = {"IGOEUREEC": frozenset("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX "
                                        "MLT NLD POL PRT ROU SVK SVN ESP SWE".split())}


def _aimed_at(target: str, country: str) -> bool:
    """Whether an act on ``target`` is aimed at ``country``: its own, or a bloc's it belongs to.

    >>> _aimed_at("IGOEUREEC", "FRA"), _aimed_at("CHNGOV", "CHN"), _aimed_at("IGOEUREEC", "GBR")
    (True, True, False)
    """
    return target[:3] == country or country in _BLOC_MEMBERS.get(target, ())


#: territories a state answers for as for itself ("China vowed countermeasures" after an arms sale to Taiwan)
_CLAIMED = {"CHN": ("TWN", "HKG", "MAC")}


def claim_actor(raws: Sequence[R], country: str) -> str | None:
    """Who did the story's latest act towards a territory ``country`` claims, when an answer of
    ``country``'s names no target and no act was aimed at it ("The State Department approved arms sales
    to Taiwan, and China vowed to take countermeasures"): the answer is aimed at that actor; None if
    the story told no such act.

    >>> from collections import namedtuple
    >>> Raw = namedtuple("Raw", "actor target code")
    >>> claim_actor([Raw("USAGOV", "TWN", "072")], "CHN"), claim_actor([Raw("USAGOV", "JPN", "072")], "CHN")
    ('USAGOV', None)
    """
    claimed = _CLAIMED.get(country, ())
    for r in reversed(raws):
        if r.actor[:3] != country and r.actor[:3] not in claimed and r.target[:3] in claimed:
            return r.actor
    return None


def story_actor(raws: Sequence[R], root: str, country: str, aimed: bool = False) -> str | None:
    """Who did the act a definite event noun names, when the sentence names nobody ("U.S. Ambassador
    MaryKay Carlson condemned *the ramming*"): the actor of the story's latest event of the noun's
    CAMEO ``root``, not of the commenter's ``country``; None when the story told no such act. An
    empty ``root`` stands for any act a general noun can retell ("*The move* drew an angry response
    from Beijing"): the latest conflictual act (roots 10-20) of another country than the reactor's;
    with ``aimed``, only an act aimed at the commenter's country or at a bloc it belongs to ("China
    firmly opposed *the decision*": the one taken against China; France regretting a measure on the EU)."""
    for r in reversed(raws):
        if r.actor[:3] != country and (r.code[:2] == root or (not root and "10" <= r.code[:2] <= "20")) \
                and (not aimed or _aimed_at(r.target, country)):
            return r.actor
    return None


def pact_party(raws: Sequence[R], country: str) -> str | None:
    """Whom a comment on "the pact" is aimed at: the first party of the story's latest agreement (root
    05) of another country than the commenter's ("Biden, Johnson and Morrison announced the pact ...
    Tokyo welcomed the partnership": the United States, the first named, not the last).

    >>> from collections import namedtuple
    >>> Raw = namedtuple("Raw", "actor target code start")
    >>> pact_party([Raw("USAGOV", "AUSGOV", "057", 10), Raw("GBRGOV", "AUSGOV", "057", 10)], "JPN")
    'USAGOV'
    """
    last = next((r for r in reversed(raws) if r.code[:2] == "05" and r.actor[:3] != country), None)
    if last is None:
        return None
    return next(r.actor for r in raws if r.code[:2] == "05" and r.start == last.start and r.actor[:3] != country)


def accuser(raws: Sequence[R], country: str) -> str | None:
    """Who made the accusations a denial rejects ("China rejected the accusations on Tuesday"): the actor
    of the story's latest accusation (112x) aimed at ``country``, else of its latest criticism (11x)
    aimed at it, else the other side of the latest hostile act the story told of ``country``; None when
    the story told none.

    >>> from collections import namedtuple
    >>> Raw = namedtuple("Raw", "actor target code")
    >>> accuser([Raw("USA", "CHNSPY", "112"), Raw("IGOWSTNAT", "CHN", "111")], "CHN")
    'USA'
    >>> accuser([Raw("CHNSPY", "USABUS", "176")], "CHN")
    'USA'

    An accusation made jointly ("The United States and Britain accused China ...") is answered to the
    first-named of its makers:

    >>> Told = namedtuple("Told", "actor target code start")
    >>> accuser([Told("USA", "CHN", "112", 0), Told("GBR", "CHN", "112", 0)], "CHN")
    'USA'
    """
    for prefix in ("112", "11"):
        for n in range(len(raws) - 1, -1, -1):
            r = raws[n]
            if r.code.startswith(prefix) and r.target[:3] == country and r.actor[:3] != country:
                start = getattr(r, "start", None)
                while start is not None and n > 0 and getattr(raws[n - 1], "start", None) == start \
                        and raws[n - 1].code == r.code and raws[n - 1].target[:3] == country:
                    n -= 1  # the same telling's earlier maker
                return raws[n].actor
    # else the other side of the story's latest hostile act by ``country``: its telling is the accusation
    # ("Hackers tied to the Chinese government broke into American networks, the F.B.I. said ... China
    # rejected the accusations")
    for r in reversed(raws):
        if r.code[:2] in _HOSTILE_ROOTS and r.actor[:3] == country and r.target[:3] != country:
            return r.target[:3]
    return None


_HOSTILE_ROOTS = frozenset(["13", "15", "16", "17", "18", "19", "20"])


#: general nouns by which a story calls back the act it just told: "the move", "the decision", "those steps"
RETOLD_MOVES = frozenset("move moves step steps decision decisions measure measures action actions ban order probe "
                         "announcement sanctions tariffs duties restrictions curbs controls drills exercises "
                         "incident incidents collision clash confrontation".split())


_RETELLING = frozenset(["the", "this", "that", "these", "those", "such"])


_MOVE_RESTRICTORS = frozenset("to by of on against from for over".split())


def retold_object(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether a comment verb ending at ``te`` takes as its object a definite general noun that calls
    back the story's act ("opposed *the decision*", "called *the move* a provocation", "condemned
    *those measures*"): a retelling determiner, at most two modifiers, a move noun that nothing
    restricts ("the decision *to ban drones*" has content of its own).

    >>> retold_object("firmly opposed the decision and vowed".split(), 2, 6)
    True
    >>> retold_object("opposed the decision to ban drones".split(), 1, 6)
    False
    """
    if te >= cb or toks[te] not in _RETELLING:
        return False
    for k in range(te + 1, min(cb, te + 4)):
        if toks[k] in RETOLD_MOVES:
            return k + 1 >= cb or toks[k + 1] not in _MOVE_RESTRICTORS
    return False


#: nouns by which a story calls back an agreement it told ("welcomed *the partnership*", "said *the pact*
#: undermined regional peace"): a comment on it is aimed at the agreement's first party
PACT_NOUNS = frozenset("pact pacts partnership partnerships alliance accord accords agreement agreements deal deals "
                       "treaty".split())


def retold_pact(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether a comment verb ending at ``te`` takes as its object a definite agreement noun that calls
    back an agreement the story told ("Tokyo welcomed *the partnership* as important", "criticised *the
    new pact*"), not one that its own words restrict ("the deal *with* Iran").

    >>> retold_pact("tokyo welcomed the partnership as important".split(), 2, 6)
    True
    >>> retold_pact("welcomed the deal with iran".split(), 1, 5)
    False
    """
    if te >= cb or toks[te] not in _RETELLING:
        return False
    for k in range(te + 1, min(cb, te + 4)):
        if toks[k] in PACT_NOUNS:
            nxt = toks[k + 1] if k + 1 < cb else ""
            return not nxt or (nxt not in _MOVE_RESTRICTORS and nxt not in ("with", "between")) \
                or (nxt == "on" and k + 2 < cb and toks[k + 2] in WEEKDAYS)  # "welcomed the pact on Tuesday"
    return False




def retold_move(toks: Sequence[str], ca: int, v: int) -> bool:
    """Whether the subject before the reaction verb at ``v`` is a definite general noun that calls back
    an act the story told before ("*The move* drew an angry response from Beijing", "*Those measures*
    prompted a protest"), with at most two modifiers between the determiner and the noun and no name.

    >>> retold_move("the move drew an angry response from beijing".split(), 0, 2)
    True
    >>> retold_move("the latest u.s. move drew protests".split(), 0, 4)
    True
    >>> retold_move("a move drew protests".split(), 0, 2)
    False
    """
    if v - 1 < ca or toks[v - 1] not in RETOLD_MOVES:
        return False
    return any(toks[k] in _RETELLING and k >= ca and (k == ca or toks[k - 1] in (",", "but", "and"))
               for k in range(v - 2, max(ca, v - 5) - 1, -1))


_EASED_ROOTS = frozenset(["16", "17"])


def eased_pair(raws: Sequence[R], country: str) -> tuple[str, str] | None:
    """Whose measure an easing with no target in its sentence eases ("Beijing would suspend the export
    controls for a year"; "Those duties will now be halved"): the story's latest sanction or restriction
    (roots 16-17) imposed by ``country`` (any country when it is empty, for an agentless passive), as
    (its actor, its target); None when the story told none.

    >>> from types import SimpleNamespace as R
    >>> eased_pair([R(actor="USAGOV", target="CHN", code="163")], "USA")
    ('USAGOV', 'CHN')
    >>> eased_pair([R(actor="USAGOV", target="CHN", code="163")], "CHN") is None
    True
    """
    for r in reversed(raws):
        if r.code[:2] in _EASED_ROOTS and (not country or r.actor[:3] == country) and r.target[:3] != r.actor[:3]:
            return r.actor, r.target
    return None


_MEASURE_NOUNS = frozenset("tariffs tariff duties duty levies levy sanctions curbs controls restrictions "
                           "measures countermeasures ban bans embargo".split())


def retold_easing(toks: list[str], a: int, b: int) -> bool:
    """Whether a sentence that names no party eases a measure the story told before, in the passive:
    "*Those duties* will now be halved", "*The sanctions* were lifted on Monday" (a retelling
    determiner at most three words before the measure noun; :func:`tension.text.signs.passive_easing`).

    >>> retold_easing("those duties will now be halved , he said".split(), 0, 9)
    True
    >>> retold_easing("tariffs will now be halved".split(), 0, 5)
    False
    """
    for k in range(a, b):
        if toks[k] in _MEASURE_NOUNS and any(toks[j] in _RETELLING for j in range(max(a, k - 3), k)) \
                and passive_easing(toks, k + 1, b) >= 0:
            return True
    return False


def recent_target(raws: Sequence[R], country: str) -> str | None:
    """Whom ``country`` last acted on in ``raws`` (the events of this sentence and the one before): the
    target of a threat or measure its clause leaves unnamed ("Beijing, which called it a provocation
    and *vowed to retaliate*"), or None.

    >>> from types import SimpleNamespace as R
    >>> recent_target([R(actor="CHNGOV", target="USA", code="111")], "CHN")
    'USA'
    >>> recent_target([R(actor="USA", target="CHN", code="163")], "CHN") is None
    True
    """
    for r in reversed(raws):
        if r.actor[:3] == country and r.target[:3] != country:
            return r.target
    return None


def story_intruder(raws: Sequence[R], country: str) -> str | None:
    """Whom a military response without an object answers, when its sentence names nobody ("Japan's
    air force scrambled fighter jets"): the actor of the story's latest show or use of force (roots
    15, 19) aimed at the responder's country, or None."""
    for r in reversed(raws):
        if r.code[:2] in ("15", "19") and r.target[:3] == country and r.actor[:3] != country:
            return r.actor
    return None


def report_dated(toks: list[str], starts: list[int], at: int, date_start: int) -> bool:
    """Whether the date phrase at character ``date_start`` dates the report, not the act told at
    token ``at``: it follows a reporting verb ("Chinese authorities have detained a second Canadian,
    the government said on Thursday"; "said on Tuesday it had imposed ...")."""
    if date_start < 0:
        return False
    k = bisect.bisect_left(starts, date_start)
    return 0 < k and k != at and toks[k - 1] in _REPORT_VERBS and k - 1 != at


def reported_events(raws: list[R]) -> list[R]:
    """An act dated only by its report ("..., Ottawa said on Thursday") happened no later than that
    day: when the story tells the same act (actor and target country, code) with its own date in the
    week before, it is that act, dated so."""
    if not any(r.reported for r in raws):
        return raws
    own = [r for r in raws if r.date_phrase and not r.reported]
    out: list[R] = []
    for r in raws:
        if r.reported:
            same = next((o for o in own if o.code == r.code and o.actor[:3] == r.actor[:3]
                         and o.target[:3] == r.target[:3] and 0 <= (r.date - o.date).days <= _NEWS_DAYS), None)
            if same is not None:
                r = _evolve_raw(r, date=same.date, precision=same.precision, date_phrase=same.date_phrase)
        out.append(r)
    return out


# the head nouns by which a story calls back a named institution: "the Eastern Theater Command ... the command"
_INSTITUTION_HEADS = frozenset("command department council agency commission office bureau ministry administration "
                               "committee corporation company bank group army navy guard fleet court".split())


_INSTITUTION_KINDS = frozenset(["institution", "company", "generic"])


def institution_heads(toks: list[str], sent_tok: Sequence[tuple[int, int]], sent_mentions: list[list[M]],
                      capitalized: Callable[[int], bool]) -> list[list[M]]:
    """"The command", "the department": after a named institution whose name ends in that noun
    ("China's Eastern Theater Command", "the Commerce Department"), the noun with "the" before it
    and not part of a name is that institution (within ``_HEAD_REACH`` sentences).
    ``capitalized(i)`` tells whether token ``i`` is written with a capital (a name of its own)."""
    last: dict[str, tuple[int, M]] = {}
    out: list[list[M]] = []
    for k, ((a, b), mentions) in enumerate(zip(sent_tok, sent_mentions)):
        covered = {i for m in mentions for i in range(m.ts, m.te)}
        extra: list[M] = []
        for i in range(a + 1, b) if last else ():
            if toks[i] in last and i not in covered and toks[i - 1] == "the" and not capitalized(i + 1) \
                    and (i + 1 >= len(toks) or toks[i + 1] not in RESTRICTORS):  # "the Department of Justice"
                n, ante = last[toks[i]]
                if k - n <= _HEAD_REACH:
                    extra.append(_evolve(ante, ts=i, te=i + 1))
        if extra:
            mentions = sorted([*mentions, *extra], key=lambda m: m.ts)
        out.append(mentions)
        for m in mentions:
            if m.names and m.names[0].kind in _INSTITUTION_KINDS and toks[m.te - 1] in _INSTITUTION_HEADS:
                last[toks[m.te - 1]] = (k, m)
    return out


# verbs that open a reported clause after their speaker ("The ministry said ...", "Officials told reporters ...")
# (not "added", "announced", "claimed": they also take an object, "added 28 firms to its entity list")
# ... and the verbs and nouns of a belief or worry whose "that"-clause has its own subject ("We have been
# concerned that China was providing support to Russia")
_REPORT_OPENERS = frozenset("said says say stated states told tells noted notes concerned worried concern "
                            "fear fears feared believe believes believed warned warns regret regrets regretted".split())
# what may follow the report verb before its clause begins: a date or the channel ("said on Friday in a
# statement"), the listener of "told" ("told reporters")
_REPORT_FILLER = frozenset(
    "on in at late early earlier later last this a an the statement statements briefing interview news conference "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening "
    "night week reporters journalists lawmakers parliament".split())
# a reported clause opening with these refers back to the speaker or has no subject of its own
_SPEAKER_BACK = frozenset("it its they their he his she her we our i my would will had has have was were is are "
                          "could should must may might can to".split())


_FINITE_AFTER_THAT = frozenset("was were is are has have had will would can could may might".split())


def _relative_that(toks: Sequence[str], at: int, verb: int) -> bool:
    """Whether "that" at ``at`` opens a relative clause on the noun before it rather than the reported
    clause of the reporting verb at ``verb``: it is not right after the verb, and a finite verb follows
    it with no subject between ("a press conference that capped two days of talks").

    >>> _relative_that("he told reporters at a briefing that followed the talks".split(), 6, 1)
    True
    >>> _relative_that("he told reporters that china had agreed".split(), 3, 1)
    False
    """
    if at <= verb + 1 or at + 1 >= len(toks):
        return False
    nxt = toks[at + 1]
    return nxt in _FINITE_AFTER_THAT or (nxt.endswith("ed") and len(nxt) > 4)


def reported_subject(toks: Sequence[str], actor_te: int, ts: int) -> bool:
    """Whether a trigger at ``ts`` lies in a clause reported by a speaker ending at ``actor_te`` that has a
    subject of its own: "Taiwan's defence ministry said Chinese warships and aircraft crossed the median
    line" is news of the warships, not the ministry's act; "The ministry said it had summoned the envoy"
    (the speaker referred back to) and "China said on Friday that it would retaliate" stay the speaker's.

    A wire story quotes one side on what the other did; a coder codes the reported act with its own actor,
    or not at all when that actor is unnamed ("21 of the aircraft").

    >>> toks = "the ministry said 21 of the aircraft crossed the median line".split()
    >>> reported_subject(toks, 2, 8)
    True
    >>> toks = "he said the buoy was lawful and rejected the demand".split()
    >>> reported_subject(toks, 1, 7)
    False
    >>> toks = "the ministry said on friday that it had summoned the envoy".split()
    >>> reported_subject(toks, 2, 8)
    False
    """
    r = actor_te
    while r < min(ts, actor_te + 6) and toks[r] not in _REPORT_OPENERS:
        if not toks[r].isalpha() or toks[r] in ("and", "or", "but", "who", "which", "that"):
            return False  # "Chinese foreign ministry spokesman Wang Wenbin said", not a second clause
        r += 1
    if r >= ts or toks[r] not in _REPORT_OPENERS:
        return False
    if toks[ts - 1] in ("and", "but", "then"):
        return False  # "He said the buoy was placed lawfully and rejected the demand": the speaker's second act
    k = r + 1
    thats = [j for j in range(k, ts) if toks[j] == "that"]
    if thats and _relative_that(toks, thats[0], r):
        return False  # "told reporters in a press conference that capped two days of meetings": no report
    if thats:
        k = thats[0] + 1
    elif toks[r] in ("told", "tells"):
        return False  # "Biden told Netanyahu in a phone call ...": the listener, then "that"
    else:
        while k < ts and toks[k] in _REPORT_FILLER:
            k += 1
    if k >= ts or toks[k] in _SPEAKER_BACK:
        return False
    return any(toks[j].isalpha() or toks[j].isdigit() for j in range(k, ts))


_LISTED_STOPS = frozenset("stop halt cease refrain desist".split())
_LIST_END = frozenset("so that which but while because as".split())


def listed_stop(toks: Sequence[str], to: int, cb: int) -> bool:
    """Whether the list of things an appeal asks for, opening at the infinitive ``to``, has a "stop" among
    its later items, as press conferences phrase their demands ("urge the US side to abide by the
    one-China principle, stop selling arms to Taiwan and cut off military ties"): a demand to yield.

    >>> listed_stop("to abide by the principle stop selling arms to taiwan".split(), 0, 9)
    True
    >>> listed_stop("to work with partners to end the war".split(), 0, 8)
    False
    """
    for k in range(to + 2, min(cb, to + 18)):
        if toks[k] in _LIST_END:
            return False
        if toks[k] in _LISTED_STOPS and toks[k - 1] not in ("a", "an", "the", "s", "its", "their") \
                and (toks[k - 1] != "to" or toks[k - 2] in ("and", "or")):
            return True
    return False


def in_appeal_list(toks: Sequence[str], frame_te: int, ts: int) -> bool:
    """Whether a trigger at ``ts`` is a later item of what an appeal ending at ``frame_te`` asks for
    ("urge the US side to abide by the principle, stop selling arms to Taiwan and cut off military ties
    with the Taiwan region"): the asked party's hoped-for act, no event of the one who asks.

    >>> in_appeal_list("urged the us to stop selling arms and cut off ties".split(), 1, 8)
    True
    >>> in_appeal_list("urged the us to talk so that china cut off ties".split(), 1, 9)
    False
    """
    to = next((k for k in range(frame_te, min(ts, frame_te + 6)) if toks[k] == "to"), -1)
    if to < 0 or ts - to > 18:
        return False
    return not any(toks[k] in _LIST_END for k in range(to + 1, ts))


_BRIEFING_WORDS = frozenset("press conference briefing briefings remarks conferences transcript".split())


def briefer(toks: list[str], title_mentions: Sequence[M]) -> M | None:
    """The speaker a briefing transcript's title names ("Foreign Ministry Spokesperson Zhao Lijian's
    Regular Press Conference on October 26, 2020"), who answers its unnamed "A:" paragraphs; ``None``
    when the first sentence names no briefing.

    >>> class _M:
    ...     ts, te, kind, role, person, token, names = 0, 5, "name", "GOV", True, "", ()
    >>> briefer("spokesperson zhao lijian s regular press conference".split(), [_M()]).te
    5
    >>> briefer("china sanctions us firms".split(), [_M()]) is None
    True
    """
    if not title_mentions or not any(t in _BRIEFING_WORDS for t in toks[title_mentions[0].ts:title_mentions[0].te + 12]):
        return None
    return next((m for m in title_mentions if m.kind == "name"), None)


# what may open the clause of "the two sides" in the sentence that named them: "..., and the two sides
# agreed", "...; both sides said"; the object of a verb ("X and Y urged both countries") is another pair
_PAIR_CLAUSE_OPENERS = frozenset(["and", ",", ";", "where", "when", "after", "as", "while"])
# how many sentences back "the two countries" reaches for the pair last named
_PAIR_REACH = 4


def local_pairs(toks: Sequence[str], sent_mentions: list[list[M]], dyad: tuple[str, str] | None) -> list[list[M]]:
    """Tie "the two countries", "both sides" to the last two countries named before them.

    A story about trade between the United States and China may tell of a Japanese protest
    first; "the two sides agreed" after "The United States and China met in Geneva" means
    those two, not the story's two most-named countries. The pair is taken from the clause
    before the phrase in its own sentence when the phrase opens a clause of its own, else
    from the nearest of the last few sentences that names two countries (its first two). A
    pair equal to the story's ``dyad``, or a sentence that names both of the story's countries
    before the phrase, keeps the story's pair; with none found, the story's dyad stands.

    >>> local_pairs([], [], None)
    []
    """
    out: list[list[M]] = []
    named: list[tuple[str, ...]] = []  # the distinct countries each earlier sentence names, in order
    people: list[tuple[str, ...]] = []  # ... and the countries of the people each names
    last_pair: tuple[int, tuple[str, ...]] | None = None  # the sentence and pair of the last "the two ..."
    story = set(dyad) if dyad is not None else set()
    for n, ms in enumerate(sent_mentions):
        own: list[str] = []
        persons: list[str] = []
        new: list[M] = []
        for m in ms:
            if m.kind == "pair" and toks[m.te - 1] == "allies" and (
                    (m.te < len(toks) and toks[m.te] == "of")
                    or (m.te - m.ts == 2 and m.ts > 0 and (toks[m.ts - 1].endswith(("ed", "ing"))
                                                            or toks[m.ts - 1] in _GROUP_GOVERNORS))):
                continue  # "the allies of the United States", "New Zealand joined the allies": a group, no pair
            if m.kind == "pair":
                pair: tuple[str, ...] = ()
                named_at = next((k for k in range(len(named) - 1, max(-1, len(named) - 1 - _PAIR_REACH), -1)
                                 if len(named[k]) >= 2), -1)
                if story and story <= set(own):
                    pair = ()  # "Blinken's meeting with Xi lays the groundwork for talks between the two
                    # countries": the story's pair, named in the sentence itself
                elif m.ts > 0 and toks[m.ts - 1] in _PAIR_CLAUSE_OPENERS and len(own) >= 2:
                    pair = tuple(own[:2])
                elif last_pair is not None and last_pair[0] > named_at and len(own) < 2:
                    pair = last_pair[1]  # "The two leaders also discussed ... Officials said the two sides ...":
                    # the pair already meant, when no sentence since has named two countries
                elif toks[m.te - 1] in _PERSON_PAIR_NOUNS and (leaders := _people_pair(people, persons)):
                    pair = () if set(leaders) == story else leaders  # "the two leaders": two named people's
                else:
                    pair = named[named_at][:2] if named_at >= 0 else ()
                    if len(own) == 1 and named_at >= 0 and own[0] in named[named_at][2:]:
                        pair = (named[named_at][0], own[0])  # "... South Korean officials ... Japanese
                        # counterparts. In Tokyo, the allies issued": the one of them its sentence names
                if len(pair) == 2 and (dyad is None or set(pair) != set(dyad)):
                    m = _evolve(m, pair=(pair[0], pair[1]))
                last_pair = (n, pair)
            elif m.kind in ("name", "role") and m.countries:
                c = m.countries[0]
                if c not in own and len(c) == 3 and c.isalpha():
                    own.append(c)
                if m.person and c not in persons and len(c) == 3 and c.isalpha():
                    persons.append(c)
            new.append(m)
        named.append(tuple(own))
        people.append(tuple(persons))
        out.append(new)
    return out


#: words before a bare "the allies" that make it an object, a group joined or addressed, not a pair acting
_GROUP_GOVERNORS = frozenset("with to of for among by from against join joins between".split())


#: nouns of a pair of persons: "the two leaders" are two people the story named, not two places
_PERSON_PAIR_NOUNS = frozenset(["leaders", "presidents", "ministers", "men", "women", "chiefs", "envoys",
                                "diplomats", "officials", "heads"])


def _people_pair(people: list[tuple[str, ...]], persons: list[str]) -> tuple[str, ...]:
    """The countries of the last two people of different countries named in this and the last few sentences."""
    got: list[str] = list(persons)
    for ps in reversed(people[-_PAIR_REACH:]):
        got.extend(c for c in ps if c not in got)
        if len(got) >= 2:
            break
    return tuple(got[:2]) if len(got) >= 2 else ()


_MEETING_HEADS = frozenset("talks meeting meetings call calls summit visit conversation conversations "
                           "discussions negotiations".split())


_MEETING_GLUE = frozenset("a an the his her their two days of hours phone video telephone lengthy brief "
                          "first second third closed door door high level".split())


def meeting_phrase(toks: list[str], ca: int, cb: int) -> bool:
    """Whether the clause at ``ca`` is a fronted "after" phrase naming a meeting and no verb ("After talks
    with Wang Yi on Friday, Blinken said ...", "After a phone call on Tuesday, ..."): its date is also the
    main clause's, which reports on that meeting.

    >>> meeting_phrase("after talks with wang yi on friday".split(), 0, 7)
    True
    >>> meeting_phrase("after the united states imposed tariffs on friday".split(), 0, 8)
    False
    """
    if toks[ca] not in ("after", "following"):
        return False
    k = ca + 1
    while k < cb and toks[k] in _MEETING_GLUE:
        k += 1
    return k < cb and toks[k] in _MEETING_HEADS and not any(t.endswith("ed") and len(t) > 4 for t in toks[k + 1:cb])



#: nouns of a channel between two parties ("suspended the dialogue", "cut off military exchanges",
#: "called off that trip"): the act needs no named other side in a story of two parties
CHANNEL_NOUNS = frozenset("dialogue dialogues talks exchanges channels contacts communications consultations "
                          "mechanism mechanisms hotline trip visit".split())


#: the roots of acts on such a channel: reducing relations (suspending, calling off)
CHANNEL_ROOTS = frozenset(["16"])
_CHANNEL_STOPS = frozenset(", ; . : with between on over after before because as in since".split())


def channel_object(toks: Sequence[str], ts: int, te: int, cb: int) -> bool:
    """Whether the act ``toks[ts:te]`` takes as its object a channel between two parties that names
    neither ("suspended *the counternarcotics dialogue*", "cut off *most military exchanges*", "called
    off *that trip*"): a channel noun in the trigger or within four words after it, before a
    preposition or a comma (whose phrase could name the other side).

    >>> channel_object("china suspended the counternarcotics dialogue in 2022".split(), 1, 2, 7)
    True
    >>> channel_object("china suspended imports of pork".split(), 1, 2, 5)
    False
    """
    for k in range(ts, min(cb, te + 4)):
        if k >= te and toks[k] in _CHANNEL_STOPS:
            return False
        if toks[k] in CHANNEL_NOUNS:
            return k + 1 >= cb or toks[k + 1] not in ("with", "between")
    return False


def other_party(dyad: tuple[str, str] | None, country: str) -> str | None:
    """The story's other party: the member of its ``dyad`` (its two most named parties) that is not
    ``country``; None when ``country`` is neither of them.

    >>> other_party(("CHN", "USA"), "CHN")
    'USA'
    >>> other_party(("CHN", "USA"), "JPN") is None
    True
    """
    if dyad is None or country not in (dyad[0][:3], dyad[1][:3]) or dyad[0][:3] == dyad[1][:3]:
        return None
    return dyad[1] if dyad[0][:3] == country else dyad[0]


#: the beginnings of verbs of answering an act ("answered with a threat", "responded with tariffs")
_ANSWERING = ("answer", "respond", "retaliat", "react", "counter", "hit", "struck", "shot")


def answered_with(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is what its subject answered an act with: "Mr. Trump *answered
    with* a threat of new tariffs", "Beijing *responded with* sanctions", "China *hit back with* duties"
    ("with" at most three words before the noun, right after the answering verb or its "back"). The
    act is aimed at whoever the story told acting against the subject (:func:`story_actor`).

    >>> answered_with("trump answered with a threat of tariffs".split(), 4, 0)
    True
    >>> answered_with("trump met with a delegation".split(), 4, 0)
    False
    """
    for k in range(max(ca + 1, ts - 4), ts):
        if toks[k] != "with":
            continue
        v = k - 2 if toks[k - 1] == "back" and k - 2 >= ca else k - 1
        return toks[v].startswith(_ANSWERING) and (toks[v][:3] not in ("hit", "str", "sho") or toks[k - 1] == "back")
    return False


#: the roots of an answer told by its verb ("reserved the right to react further"): threats, measures
ANSWER_ROOTS = frozenset(["13", "16", "17"])
_ANSWER_WORDS = ("react", "respond", "retaliat")
#: nouns that are an answer by themselves: a threat of "countermeasures" names no target of its own
_ANSWER_NOUNS = frozenset("countermeasure countermeasures reprisal reprisals retaliation".split())


def answer_word(toks: Sequence[str], ts: int, te: int, cb: int) -> bool:
    """Whether a threat or measure at ``toks[ts:te]`` is told as an answer by an infinitive of its own or
    of the next four words, with no object after it: "Beijing *reserved the right to react* further",
    "vowed *to retaliate*" (aimed, like :func:`answered_with`, at whoever the story told acting against
    the subject; "to respond to Japan" names its own target and is left to the clause; "had retaliated"
    tells a past act, not an answer to come).

    >>> answer_word("beijing reserved the right to react further".split(), 1, 4, 7)
    True
    >>> answer_word("beijing reserved the right to impose duties".split(), 1, 4, 7)
    False
    >>> answer_word("china vowed to take countermeasures".split(), 1, 2, 5)
    True
    """
    for k in range(max(ts, 1), min(cb, te + 5)):
        if (toks[k].startswith(_ANSWER_WORDS) and toks[k - 1] == "to") or toks[k] in _ANSWER_NOUNS:
            # ("vowed to take countermeasures", "threatened reprisals")
            return k + 1 >= cb or toks[k + 1] not in ("to", "against", "on")
    return False


_INDEFINITE = frozenset(["a", "an"])


def home_object(toks: list[str], ts: int, only: str, home: str) -> bool:
    """Whether a bare role noun at ``ts`` that follows the sentence's only named country belongs to the
    story's home (its dateline's country) instead: an indefinite one ("MANILA — A Chinese coast guard
    vessel fired a water cannon at a government fisheries vessel") is a new party, the home country's,
    when the one country named is another's; "the government" stays the named country's.

    >>> home_object("a chinese ship fired at a government vessel".split(), 6, "CHN", "PHL")
    True
    >>> home_object("a chinese ship fired at the government vessel".split(), 6, "CHN", "PHL")
    False
    >>> home_object("a chinese ship fired at a government vessel".split(), 6, "CHN", "CHN")
    False

    Nor is one that opens what the named country's organ says ("China's Ministry of State Security said a
    court had sentenced her": its own court):

    >>> home_object("china s ministry said a court had sentenced her".split(), 5, "CHN", "AUS")
    False
    """
    if any(toks[k] in _SAYING_OPENERS for k in range(max(0, ts - 3), ts - 1)):
        return False
    return bool(home) and bool(only) and home != only and ts > 0 and toks[ts - 1] in _INDEFINITE


_SAYING_OPENERS = frozenset(["said", "says", "announced", "announces", "stated", "reported", "confirmed"])


#: what ties an agent to the state it works for: "hackers linked to China's military", "a group backed by the
#: Chinese state", "militias loyal to the government"
_SPONSOR_GAPS = frozenset([("linked", "to"), ("tied", "to"), ("backed", "by"), ("sponsored", "by"), ("working", "for"),
                           ("affiliated", "with"), ("connected", "to"), ("employed", "by"), ("loyal", "to"),
                           ("acting", "for"), ("directed", "by"), ("run", "by"), ("controlled", "by")])


def sponsor_gap(gap: list[str]) -> bool:
    """Whether the tokens between an agent noun and a state are a tie of service or sponsorship ("hackers
    linked to China's military", "hackers sponsored by the Chinese state"): the agent is that state's.

    >>> sponsor_gap(["sponsored", "by", "the"])
    True
    >>> sponsor_gap(["linked", "to"])
    True
    >>> sponsor_gap(["fled", "to"])
    False
    """
    n = len(gap)
    return 2 <= n <= 3 and (gap[0], gap[1]) in _SPONSOR_GAPS and (n == 2 or gap[2] in ("the", "a"))


def state_itself(toks: list[str], te: int) -> bool:
    """Whether "state" after a nationality adjective ending at ``te`` is the state itself ("sponsored by
    the Chinese state", "the Chinese state broke into"), not a region ("the Indian state of Kerala") nor
    state media or a state firm ("Chinese state media", "a Chinese state company": those say whose).

    >>> state_itself("hackers sponsored by the chinese state broke in".split(), 5)
    True
    >>> state_itself("the indian state of kerala".split(), 2)
    False
    """
    if te >= len(toks) or toks[te] != "state":
        return False
    nxt = toks[te + 1] if te + 1 < len(toks) else ""
    return not nxt or nxt in _STATE_AFTER or (nxt.endswith("ed") and len(nxt) > 4)


_STATE_AFTER = frozenset(["broke", "said", "has", "had", "is", "was", "and", "or", "to", "in", "on", "for", "with",
                          "against", "over", "which", "that", "who", "s"])
