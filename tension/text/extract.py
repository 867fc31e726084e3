"""Events from news text: who did what to whom, when, with the sentence as evidence.

The extractor is rule-based and dictionary-driven (the dictionaries are the
packaged lexicon, :mod:`tension.text.lexicon`). For each sentence it

1. finds **actor mentions**: names, adjectives, demonyms and capitals of
   countries, institutions and office holders (coded for the event's date, so
   "Pompeo" is ``USASPY`` in 2017 and ``USAGOV`` in 2019); a country followed by
   a role noun becomes a coded actor ("Chinese navy" -> ``CHNMIL``, "Japan's
   Foreign Ministry" -> ``JPNGOV``); a title or role before a name yields to the
   name ("US counterpart Lloyd Austin" -> ``USAMIL``); "the two countries" and
   "both sides" stand for the document's two most-mentioned countries;
2. splits the sentence into **clauses** (``;``, dashes, "but", "after",
   "until", ", which", ", causing", ...) and finds **event terms** and
   **negators** in each (longest match; a multi-word term may have up to two
   words inside it: "imposed new sanctions", "accused China of spying");
3. applies **negation and reversal**: a cooperative term after "not", "no",
   "without", "no longer", "declined to", "refused", "cancelled", "called
   off", ... becomes its ``negated_code`` (125 reject a meeting, 160 reduce
   relations, ...) or is dropped; a refusal or cancellation with nothing to
   reverse is an event of its own (120, 160); terms in conditional clauses
   ("if", "unless", "until"), complements of appeals and demands ("urged China
   to stop") and intentions ("wants to", "seeks to") are not events;
4. assigns **direction**: the subject (first mention of the clause not governed
   by a preposition, or the possessor right before a noun: "Blinken's visit",
   "Chinese spy balloon") acts on the first mention of another country after the
   term; "X and Y agreed" and "talks between the two countries" are one joint
   event; passives are turned around ("was criticized by X"; without "by", the
   other country named after the verb acts on the subject); mentions governed by
   "in" or "at" are places, not targets; a conflictual act after "will" is a
   threat (CAMEO 13), an appeal for one against someone rallies opposition (113);
5. attributes **reported speech**: inside quotes, "we" and an absent subject are
   the speaker ("..., Blinken said"), carried over to a following all-quote
   sentence, and a quoted remark without a target is aimed at the other country
   of the document's main dyad;
6. dates each event from the date phrases of its clause or sentence
   (:mod:`tension.text.dates`), "at that time" from the previous dated sentence,
   else the publication day;
7. keeps only events whose actor and target are both resolved and belong to
   different countries; repeated identical events in one document are merged
   (``mentions`` counts them).

Examples
--------
>>> import tension
>>> t = tension.extract_events("Secretary of State Antony Blinken met Xi Jinping in Beijing on Monday.",
...                            published="2023-06-21")
>>> [(e.date.isoformat(), e.actor, e.target, e.code, e.tension) for e in t]
[('2023-06-19', 'USAGOV', 'CHNGOV', '040', -1.0)]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import numpy as np

from .._values import document_fields, replace_surrogates
from ..events import EventTable
from ..exceptions import FieldTypeError
from .dates import DateMention, as_published, find_dates, is_date_anchor
from .lexicon import ActorName, Lexicon, Term, load_lexicon
from .rules import NEGATION_BLOCKERS, negation_window
from .sentences import split_clauses, split_sentences
from .tokens import tokenize

__all__ = ["extract_events", "extract_corpus"]

# ------------------------------------------------------------------ word classes

_PREPS = frozenset(
    "in at near around from with to for of on by against toward towards about over into onto between among "
    "after before during under through via amid across within without like than upon per since until".split()
)
_LOCATION_PREPS = frozenset("in at inside within".split())
_SOFT_LOCATION_PREPS = frozenset("near around off outside across along".split())
_SUBORDINATORS = frozenset("after before since until as while when because although though once whereas".split())
_DETERMINERS = frozenset(
    "a an the his her its their our my your this that these those s rare first recent official state planned "
    "proposed upcoming high level latest new fresh further earlier last next two three several any every some "
    "another whose such".split()
)
_BE = frozenset("is are was were be been being get got gets getting".split())
_SAID = frozenset(["said", "says", "say", "stated", "claimed", "claims", "reported", "announced"])
_REPORTING = frozenset("said says say told tells added adds stated states noted notes wrote writes according".split())
_MODIFIER_STOP = frozenset(
    "and or but that which who said says told to the a an of for with in on at by is are was were has have had "
    "will would not".split()
)
_CONDITIONAL = frozenset(["if", "unless", "until", "whether", "should"])
_INTENT_BEFORE_TO = frozenset(
    "want wants wanted wanting seek seeks seeking sought hope hopes hoped hoping try tries tried trying aim aims "
    "aimed aiming wish wishes wished attempt attempts attempted need needs needed reasons ready willing "
    "eager".split()
)
_PERSONAL = frozenset(["he", "she"])
_IMPERSONAL = frozenset(["it"])
_EXPLETIVE_NEXT = frozenset("is was s would will could may might seems seemed remains remained appears appeared "
                            "has had".split())
_FIRST_PERSON = frozenset(["we", "i"])
_PAIR_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in [
        "the two countries", "both countries", "the two nations", "both nations", "the two sides", "both sides",
        "the two governments", "both governments", "the two powers", "the two superpowers", "the two leaders",
        "both leaders", "the two militaries", "both militaries", "the two presidents", "the two economies",
        "the two rivals", "both capitals", "the two capitals", "the world s two largest economies",
        "their countries",
    ]
)
_PAIR_ROLE = {"leaders": "GOV", "governments": "GOV", "presidents": "GOV", "militaries": "MIL", "capitals": "GOV"}
_QUOTE_OPEN = "“\""

# Event-code roots that are verbal (may be aimed at the speaker's counterpart when quoted).
_VERBAL_ROOTS = frozenset(["01", "02", "03", "04", "05", "10", "11", "12", "13"])


# ------------------------------------------------------------------ compiled lexicon


@attrs.frozen(eq=False)
class _Compiled:
    actors: Mapping[str, tuple[tuple[tuple[str, ...], tuple[ActorName, ...]], ...]]
    roles: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    terms: Mapping[str, tuple[Term, ...]]
    negators: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    pairs: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    term_index: Mapping[tuple[str, ...], Term]
    starters: frozenset[str]  # first tokens of any actor, role or pair phrase, and pronouns


def _by_first(items: Iterable[tuple[tuple[str, ...], Any]]) -> dict[str, tuple[Any, ...]]:
    out: dict[str, list[Any]] = {}
    for toks, value in items:
        out.setdefault(toks[0], []).append((toks, value))
    return {k: tuple(sorted(v, key=lambda tv: -len(tv[0]))) for k, v in out.items()}


@functools.cache
def _compiled() -> _Compiled:
    lex: Lexicon = load_lexicon()
    terms: dict[str, list[Term]] = {}
    for t in lex.terms:
        terms.setdefault(t.tokens[0], []).append(t)
    actors = _by_first(list(lex.actor_index.items()) + [(p, ()) for p in lex.places])
    roles = _by_first(lex.role_index.items())
    pairs = _by_first((p, _PAIR_ROLE.get(p[-1], "")) for p in _PAIR_PHRASES)
    return _Compiled(
        actors=actors,
        roles=roles,
        terms={k: tuple(sorted(v, key=lambda t: -len(t.tokens))) for k, v in terms.items()},
        negators=_by_first(lex.negator_index.items()),
        pairs=pairs,
        term_index=lex.term_index,
        starters=frozenset(actors) | frozenset(roles) | frozenset(pairs) | _PERSONAL | _FIRST_PERSON | _IMPERSONAL,
    )


# ------------------------------------------------------------------ mentions


@attrs.define
class _Mention:
    ts: int  # first token (index into the document's tokens)
    te: int  # one past the last token
    kind: str  # name | role | pair | pron
    names: tuple[ActorName, ...] = ()
    country: str = ""  # fixed country for a composed mention
    role: str = ""  # role suffix for a composed mention
    person: bool = False
    token: str = ""  # pronoun text

    def codes(self, day: _dt.date, dyad: tuple[str, str] | None) -> tuple[str, ...]:
        """The actor code(s) on ``day``: one for a name, two for a pair, none if unresolved."""
        if self.kind == "pair":
            if dyad is None:
                return ()
            return (dyad[0] + self.role, dyad[1] + self.role)
        if self.names:
            code = ""
            for n in self.names:
                if n.valid_on(day):
                    code = n.code
                    break
            if not code:
                code = self.names[0].code[:3]
            if self.role and len(code) == 3:
                code = code + self.role
            return (code,)
        if self.country:
            return (self.country + self.role,)
        return ()

    @property
    def countries(self) -> tuple[str, ...]:
        if self.names:
            return (self.names[0].code[:3],)
        if self.country:
            return (self.country,)
        return ()


_PLACE_KINDS = frozenset(["country", "adjective", "demonym", "capital", "region"])


def _is_countryish(m: _Mention) -> bool:
    return m.kind == "name" and bool(m.names) and m.names[0].kind in _PLACE_KINDS and not m.role


_GLUE = frozenset(" \t\n'’s-")


def _find_mentions(toks: list[str], a: int, b: int, comp: _Compiled, text: str = "",
                   starts: list[int] | None = None, ends: list[int] | None = None) -> list[_Mention]:
    """Actor, role, pair and pronoun mentions in tokens [a, b), merged into coded actors.

    Two mentions merge only when nothing but spaces, a possessive or a hyphen separates them
    (so "In Tokyo, Blinken" stays two mentions).
    """

    def glued(i: int, j: int) -> bool:  # tokens i-1 and j are separated by glue only
        if starts is None or ends is None or i <= 0 or j >= len(starts):
            return True
        between = text[ends[i - 1]:starts[j]]
        if ends[i - 1] - starts[i - 1] == 1 and between.startswith("."):
            between = between[1:]  # the period of an abbreviation: "U.S. President"
        return all(c in _GLUE for c in between)

    raw: list[_Mention] = []
    starters = comp.starters
    skip_to = a
    for i in [k for k in range(a, b) if toks[k] in starters]:
        if i < skip_to:
            continue
        t = toks[i]
        best: _Mention | None = None
        best_len = 0
        for cand, names in comp.actors.get(t, ()):
            n = len(cand)
            if i + n <= b and (n == 1 or toks[i + 1] == cand[1]) and tuple(toks[i:i + n]) == cand:
                if names:
                    best = _Mention(i, i + n, "name", names=names, person=names[0].kind == "person")
                else:  # a place whose name holds a country word ("South China Sea"): no actor
                    best = _Mention(i, i + n, "place")
                best_len = n
                break
        for cand, role in comp.roles.get(t, ()):
            n = len(cand)
            if n > best_len and i + n <= b and (n == 1 or toks[i + 1] == cand[1]) and tuple(toks[i:i + n]) == cand:
                best = _Mention(i, i + n, "role", role=role)
                best_len = n
                break
        for cand, role in comp.pairs.get(t, ()):
            n = len(cand)
            if n > best_len and i + n <= b and toks[i + 1] == cand[1] and tuple(toks[i:i + n]) == cand:
                best = _Mention(i, i + n, "pair", role=role)
                best_len = n
                break
        if best is None and (t in _PERSONAL or t in _FIRST_PERSON or t in _IMPERSONAL):
            best = _Mention(i, i + 1, "pron", token=t)
            best_len = 1
        if best is not None:
            raw.append(best)
            skip_to = i + best_len
    if not raw:
        return raw
    # merge: country + ['s] + up to 3 modifiers + role / generic institution
    merged: list[_Mention] = []
    k = 0
    while k < len(raw):
        m = raw[k]
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        if nxt is not None and (_is_countryish(m) or m.kind == "pair"):
            gap = toks[m.te:nxt.ts]
            if gap and gap[0] == "s":
                gap = gap[1:]
            ok_gap = len(gap) <= 3 and all(_adjectival(g) for g in gap) and glued(m.te, nxt.ts)
            generic = nxt.kind == "name" and bool(nxt.names) and nxt.names[0].kind == "generic"
            if ok_gap and (nxt.kind == "role" or generic):
                role = nxt.role if nxt.kind == "role" else nxt.names[0].code[3:]
                if m.kind == "pair":
                    merged.append(_Mention(m.ts, nxt.te, "pair", role=role))
                else:
                    merged.append(_Mention(m.ts, nxt.te, "name", country=m.names[0].code[:3], role=role))
                k += 2
                continue
        merged.append(m)
        k += 1
    # "officials from China", "commanders of both sides": a role with its country after it
    k = 0
    regrouped: list[_Mention] = []
    while k < len(merged):
        m = merged[k]
        nxt = merged[k + 1] if k + 1 < len(merged) else None
        if (m.kind == "role" and nxt is not None and nxt.ts == m.te + 1 and toks[m.te] in ("from", "of")
                and (_is_countryish(nxt) or (nxt.kind == "pair" and not nxt.role))):
            if nxt.kind == "pair":
                regrouped.append(_Mention(m.ts, nxt.te, "pair", role=m.role))
            else:
                regrouped.append(_Mention(m.ts, nxt.te, "name", country=nxt.names[0].code[:3], role=m.role))
            k += 2
            continue
        regrouped.append(m)
        k += 1
    merged = regrouped
    # a role, title or composed mention right before a person name yields to the name
    out: list[_Mention] = []
    for m in merged:
        if out and m.kind == "name" and m.person:
            prev = out[-1]
            adjacent = (prev.te == m.ts or (prev.te + 1 == m.ts and toks[prev.te] == "s")) and glued(prev.te, m.ts)
            if adjacent and (prev.kind == "role" or (prev.kind == "name" and not prev.person)):
                # the title's role is the fallback when the person is out of office on the day
                role = prev.role or (prev.names[0].code[3:6] if prev.names else "")
                out[-1] = attrs.evolve(m, ts=prev.ts, role=role)
                continue
        out.append(m)
    return out


# ------------------------------------------------------------------ terms and negators


@attrs.define
class _Trigger:
    ts: int  # anchor token (the negator's first token when negated)
    te: int  # one past the last matched token
    term: Term
    code: str
    negated: bool = False
    nominal: bool = False
    at: int = -1  # the term's own first token

    def __attrs_post_init__(self) -> None:
        if self.at < 0:
            self.at = self.ts


_MAX_INNER_GAP = 2


_PARTICLES = frozenset("on for off upon with to down out back in at of against from about by".split())


def _match_term(toks: list[str], i: int, b: int, comp: _Compiled,
                names: set[int] | frozenset[int] = frozenset()) -> tuple[Term, int] | None:
    for term in comp.terms.get(toks[i], ()):
        tt = term.tokens
        if len(tt) == 1:
            return term, i + 1
        j = i + 1
        ok = True
        for want in tt[1:]:
            k = j
            skipped = 0  # words inside the term, articles not counted ("signed an intelligence-sharing pact")
            while k < b and toks[k] != want:
                if toks[k] not in _ARTICLES:
                    skipped += 1
                    if skipped > _MAX_INNER_GAP:
                        break
                k += 1
            if k >= b or toks[k] != want:
                if want in _ARTICLES:
                    continue  # "sign the trade deal" matches "sign a deal"
                ok = False
                break
            if want in _PARTICLES and any(toks[g] not in _ARTICLES and toks[g] not in _PARTICLES and g not in names
                                          for g in range(j, k)):
                ok = False  # a particle follows its verb, or the verb's named object ("accused China of")
                break
            if term.kind != "verb" and any(not _adjectival(toks[g]) for g in range(j, k)):
                ok = False  # inside a noun term only modifiers may stand ("joint naval exercises")
                break
            j = k + 1
        if ok:
            return term, j
    return None


_ARTICLES = frozenset(["a", "an", "the"])
_ARTICLES_POSS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "s"])
_LIST_CONTINUERS = frozenset(["including", "notably", "especially", "particularly", "and"])


def _match_negator(toks: list[str], i: int, b: int, comp: _Compiled) -> tuple[str, int] | None:
    for cand, kind in comp.negators.get(toks[i], ()):
        n = len(cand)
        if i + n <= b and tuple(toks[i:i + n]) == cand:
            return kind, i + n
    return None


def _scan_clause(toks: list[str], a: int, b: int, comp: _Compiled, mention_tokens: set[int]) -> list[_Trigger]:
    """Event triggers in tokens [a, b) with negation and reversal applied."""
    items: list[tuple[str, int, int, Any]] = []  # (what, start, end, payload)
    consumed: set[int] = set()  # tokens of a discontinuous term ("impose new tariffs": "tariffs")
    i = a
    while i < b:
        if i in mention_tokens or i in consumed:
            i += 1
            continue
        neg = _match_negator(toks, i, b, comp)
        found = _match_term(toks, i, b, comp, mention_tokens)
        if found is not None and found[1] - 1 in consumed:
            found = None  # its last word belongs to a term already found ("joint military exercises")
        if found is not None and (neg is None or found[1] - i > neg[1] - i):
            items.append(("term", i, found[1], found[0]))
            if found[1] - i == len(found[0].tokens):
                i = found[1]
            else:
                wanted = set(found[0].tokens[1:])
                consumed.update(k for k in range(i + 1, found[1]) if toks[k] in wanted)
                i += 1
            continue
        if neg is not None:
            items.append(("neg", i, neg[1], neg[0]))
            i = neg[1]
            continue
        i += 1
    triggers: list[_Trigger] = []
    pending: tuple[str, int, int] | None = None  # (kind, negator start, negator end)
    for what, s, e, payload in items:
        if what == "neg":
            if pending is not None and pending[0] in ("refuse", "cancel"):
                _standalone(toks, pending, comp, triggers)
            pending = (payload, s, e)
            continue
        term: Term = payload
        if pending is None:
            triggers.append(_Trigger(s, e, term, term.code, nominal=_is_nominal(toks, s, term, a)))
            continue
        kind, ns, ne = pending
        distance = s - ne
        window = negation_window(kind)
        blocked = any(toks[k] in NEGATION_BLOCKERS for k in range(ne, s))
        if distance > window or blocked:
            if kind in ("refuse", "cancel"):
                _standalone(toks, pending, comp, triggers)
            pending = None
            triggers.append(_Trigger(s, e, term, term.code, nominal=_is_nominal(toks, s, term, a)))
            continue
        pending = None
        nominal = _is_nominal(toks, s, term, a)
        if term.tension > 0:  # a negated conflict event did not happen
            if kind in ("refuse", "cancel") and toks[ne - 1] != "to":
                _standalone(toks, (kind, ns, ne), comp, triggers)  # "rejected the accusations": 120
            continue  # "refused to condemn": nothing
        if kind == "negate" and nominal and distance > 0 and toks[ne - 1] == "no":
            # "no sign that his meetings ...", "no progress on talks": nothing happened, nothing refused
            if distance > 1:
                continue
        if term.negated_code is None:
            if kind in ("refuse", "cancel"):
                _standalone(toks, (kind, ns, ne), comp, triggers)
            continue
        triggers.append(_Trigger(ns, e, term, term.negated_code, True, nominal=nominal, at=s))
    if pending is not None and pending[0] in ("refuse", "cancel"):
        _standalone(toks, pending, comp, triggers)
    triggers.sort(key=lambda t: t.ts)
    return triggers


def _standalone(toks: list[str], pending: tuple[str, int, int], comp: _Compiled, out: list[_Trigger]) -> None:
    """A refusal or cancellation with nothing cooperative after it is its own event (120, 160)."""
    _, s, e = pending
    for k in range(e, s, -1):
        term = comp.term_index.get(tuple(toks[s:k]))
        if term is not None:
            out.append(_Trigger(s, k, term, term.code))
            return


def _is_nominal(toks: list[str], s: int, term: Term, a: int) -> bool:
    """Whether a term is used as a noun ("the visit", "Blinken's trip", "rare praise")."""
    if term.kind == "noun":
        return True
    if term.kind == "phrase":  # "talks", "trade war" are nouns; "at odds", "sentenced to" are predicates
        return term.tokens[0] not in _PREPS and not term.tokens[0].endswith("ed") and term.tokens[0] != "found"
    first = toks[s]
    lemma0 = term.lemma.split()[0].lower()
    if first != lemma0 and not first.endswith("ing") and not (first.endswith("s") and first[:-1] == lemma0):
        return False
    if s == a:
        return False
    return toks[s - 1] in _DETERMINERS


# ------------------------------------------------------------------ quotes and speakers


_QUOTE_RE = re.compile("[\"“”]")


def _quote_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    spans = []
    open_at = -1
    straight = False
    for m in _QUOTE_RE.finditer(text, s, e):
        c = m.group()
        i = m.start()
        if open_at < 0:
            if c in _QUOTE_OPEN:
                open_at = i
                straight = c == '"'
        elif (c == "”" and not straight) or (c == '"' and straight):
            spans.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, e))
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans`` (binary search)."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


# ------------------------------------------------------------------ the extractor


@attrs.frozen
class _Raw:
    date: _dt.date
    precision: str
    actor: str
    target: str
    code: str
    tension: float
    start: int
    end: int
    date_phrase: str


def _dyad(mentions: list[_Mention]) -> tuple[str, str] | None:
    counts: Counter[str] = Counter()
    for m in mentions:
        for c in m.countries:
            counts[c] += 1
    top = [c for c, _ in counts.most_common(2)]
    return (top[0], top[1]) if len(top) == 2 else None


@functools.lru_cache(maxsize=1024)
def _tension_of(code: str) -> float:
    from .. import codebook

    return float(codebook.tension_of([code])[0])


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    return s, e


def _personish(m: _Mention) -> bool:
    if m.kind == "name" and m.person:
        return True
    return m.kind == "name" and m.role in ("GOV", "MIL")


def _resolve_pronoun(m: _Mention, prev_subject: _Mention | None) -> _Mention | None:
    if m.kind == "role":
        return None
    if m.kind != "pron":
        return m
    if m.token in _PERSONAL and prev_subject is not None and _personish(prev_subject):
        return prev_subject
    if m.token in _IMPERSONAL and prev_subject is not None and prev_subject.kind == "name" and not prev_subject.person:
        return prev_subject
    return None


def _speaker(toks: list[str], starts: list[int], a: int, b: int, mentions: list[_Mention],
             quotes: list[tuple[int, int]], prev_subject: _Mention | None) -> _Mention | None:
    """The mention a sentence's quotes are attributed to ("..., Blinken said")."""
    if not quotes:
        return None
    by_end = {m.te: m for m in mentions if not _inside(quotes, starts[m.ts])}
    by_start = {m.ts: m for m in by_end.values()}
    for i in range(a, b):
        if toks[i] not in _REPORTING or _inside(quotes, starts[i]):
            continue
        m = by_end.get(i) or (by_end.get(i - 1) if toks[i - 1] in ("has", "had", "also") else None)
        if m is None:
            m = by_start.get(i + 1)
        if m is None and toks[i] == "according":
            m = by_start.get(i + 2) or by_start.get(i + 3)
        if m is not None:
            return _resolve_pronoun(m, prev_subject)
    return None


def _subject(toks: list[str], ca: int, clause_mentions: list[_Mention]) -> tuple[_Mention, _Mention | None] | None:
    """The clause subject: first mention not governed by a preposition; with a conjoined partner."""
    for idx, m in enumerate(clause_mentions):
        prev = toks[m.ts - 1] if m.ts > ca else ""
        if prev in _DETERMINERS and m.ts - 1 > ca and toks[m.ts - 2] in _PREPS:
            prev = toks[m.ts - 2]  # "according to the Pentagon"
        if prev in _SUBORDINATORS and m.ts - 1 == ca:
            prev = ""  # "after Pelosi visited", "as the US blocks": a subordinate clause's subject
        if prev in _PREPS or m.kind in ("role", "place"):
            continue
        if m.te < len(toks) and toks[m.te] in _SAID and idx + 1 < len(clause_mentions) \
                and clause_mentions[idx + 1].kind != "pron":
            continue  # "The Pentagon said China had ...": the reporter is not the subject
        if m.kind == "pron" and m.token in _IMPERSONAL and m.te < len(toks) and toks[m.te] in _EXPLETIVE_NEXT:
            continue  # "It was very good that ...": no actor
        partner = None
        if idx + 1 < len(clause_mentions):
            nxt = clause_mentions[idx + 1]
            if toks[m.te:nxt.ts] in ([], ["and"], ["and", "the"]) and nxt.kind not in ("role", "pron") \
                    and set(nxt.countries).isdisjoint(m.countries):
                partner = nxt  # "The US and China agreed", headline "Japan, Philippines sign"
        return m, partner
    return None


_MODALS = frozenset(["would", "could", "might", "may", "should"])
_WILL = frozenset(["will", "would", "ll"])
# A conflictual act announced for the future ("will impose tariffs") is a threat (CAMEO 13).
_THREAT_OF_CODE = {"163": "1312", "161": "1313", "164": "134", "165": "135", "166": "136", "172": "132",
                   "173": "132", "174": "132", "175": "137"}
_THREAT_OF_ROOT = {"16": "131", "17": "132", "18": "138", "19": "138", "20": "138"}


def _as_threat(toks: list[str], trig: _Trigger, ca: int) -> str | None:
    """The threat code for a conflictual act after "will"/"would" (``None``: not a threat)."""
    if trig.negated or trig.term.tension <= 0 or trig.code[:2] not in _THREAT_OF_ROOT:
        return None
    if not any(toks[k] in _WILL for k in range(max(ca, trig.ts - 2), trig.ts)):
        return None
    return _THREAT_OF_CODE.get(trig.code, _THREAT_OF_ROOT[trig.code[:2]])


def _skip_trigger(toks: list[str], trig: _Trigger, triggers: list[_Trigger], ca: int) -> bool:
    """Hypotheticals ('would host'), complements of appeals and demands, bare intentions are not events."""
    if (trig.term.kind == "verb" and not trig.negated and trig.ts > ca and toks[trig.ts - 1] in _ARTICLES_POSS
            and _participle(toks[trig.at], trig.term)):
        return True  # a participle used as an adjective: "the detained sailors"
    modal = [toks[k] for k in range(max(ca, trig.ts - 2), trig.ts) if toks[k] in _MODALS]
    if modal and not (modal == ["would"] and (_as_threat(toks, trig, ca) is not None or trig.code[:2] == "13")):
        return True
    if trig.negated or trig.ts - 1 < ca or toks[trig.ts - 1] != "to":
        return False
    if trig.ts - 2 >= ca and toks[trig.ts - 2] in _INTENT_BEFORE_TO:
        return True
    for other in triggers:
        if other is trig or other.ts >= trig.ts:
            continue
        if other.code[:2] in ("02", "10") and not other.negated and trig.ts - other.te <= 6:
            return True
    return False


def _date_for(trig: _Trigger, triggers: list[_Trigger], clause_dates: list[DateMention],
              sentence_date: DateMention | None, published: _dt.date,
              starts: list[int]) -> tuple[_dt.date, str, str]:
    pos = starts[trig.at]
    best: DateMention | None = None
    for d in clause_dates:
        assert d.date is not None
        if d.date > published and len(triggers) > 1:
            # a future date belongs to the trigger nearest to it
            nearest = min(triggers, key=lambda t: abs(starts[t.at] - d.start))
            if nearest is not trig:
                continue
        if best is None or abs(d.start - pos) < abs(best.start - pos):
            best = d
    if best is None and not clause_dates and sentence_date is not None and sentence_date.date is not None:
        best = sentence_date
    if best is None or best.date is None:
        return published, "day", ""
    return best.date, best.precision, best.phrase


def _actor_target(toks: list[str], trig: _Trigger, ca: int, clause_mentions: list[_Mention],
                  subj: tuple[_Mention, _Mention | None] | None, sentence_subject: _Mention | None,
                  prev_subject: _Mention | None, speaker: _Mention | None, quoted: bool, day: _dt.date,
                  dyad: tuple[str, str] | None, commas: frozenset[int] = frozenset()) -> tuple[str, str] | None:
    at = trig.at
    before = [m for m in clause_mentions if m.ts < trig.ts]
    after = [m for m in clause_mentions if m.ts > at]
    actor_m: _Mention | None = None
    partner: _Mention | None = None

    # passive: "was criticized by X" (X acts on the subject); without "by", the subject is the target
    # and the actor is another country named after the verb ("were killed in a clash with Chinese troops")
    if not trig.nominal and not trig.negated and _participle(toks[at], trig.term) and (
            (at - 1 >= ca and toks[at - 1] in _BE) or (at - 2 >= ca and toks[at - 2] in _BE)):
        target_m = subj[0] if subj is not None and subj[0].ts < at else (before[-1] if before else None)
        if target_m is None:
            return None
        target_m = _deref(target_m, prev_subject, speaker, quoted)
        by = [m for m in after if toks[m.ts - 1] == "by" and m.ts - trig.te <= 2]
        agents = by or [m for m in after if m.ts - trig.te <= 8 and toks[m.ts - 1] not in _LOCATION_PREPS
                        and m.kind == "name" and target_m is not None
                        and set(m.countries).isdisjoint(target_m.countries)]
        if not agents:
            return None
        return _codes_pair(_deref(agents[0], prev_subject, speaker, quoted), target_m, day, dyad)

    # a noun followed by "between X and Y": one joint event ("talks between Iran and the United States")
    if trig.nominal and trig.te < len(toks) and toks[trig.te] == "between":
        joint = [m for m in after if m.ts > trig.te and m.ts - trig.te <= 6]
        if joint and joint[0].kind == "pair":
            codes = joint[0].codes(day, dyad)
            if len(codes) == 2:
                return codes[0], codes[1]
        if len(joint) >= 2 and toks[joint[0].te:joint[1].ts] in (["and"], ["and", "the"]):
            got = _codes_pair(_deref(joint[0], prev_subject, speaker, quoted),
                              _deref(joint[1], prev_subject, speaker, quoted), day, dyad)
            if got is not None:
                return got

    # control: "causing Blinken to cancel", "pressure on Xi to condemn"
    if not trig.nominal and trig.ts - 1 >= ca and toks[trig.ts - 1] == "to":
        for m in before:
            if m.te == trig.ts - 1 and m.kind != "pron":
                actor_m = m
    if actor_m is None and trig.nominal:
        # the possessor or modifier right before a noun: "Blinken's visit", "Chinese spy balloon"
        if before:
            m = before[-1]
            gap = toks[min(m.te, at):at]
            if gap and gap[0] == "s":
                gap = gap[1:]
            if len(gap) <= 2 and m.kind not in ("pron", "role", "place") and all(_adjectival(g) for g in gap):
                actor_m = m
    if actor_m is None and trig.nominal and _in_pp(toks, trig.at, ca):
        # a noun inside a prepositional phrase ("protested over arms sales to Taiwan") is not the
        # subject's act; only an agent after it ("by the US") can act
        agents = [m for m in after if toks[m.ts - 1] in ("by", "from", "of") and m.ts - trig.te <= 3]
        if not agents:
            return None
        actor_m = agents[0]
        after = [m for m in after if m is not actor_m]
    if actor_m is None and subj is not None and subj[0].ts < trig.ts:
        actor_m, partner = subj
    if actor_m is None and before:
        for m in reversed(before):
            if m.kind not in ("role", "place") and (m.ts == ca or toks[m.ts - 1] not in _PREPS):
                actor_m = m
                break
    if actor_m is None and sentence_subject is not None and sentence_subject.ts < trig.ts:
        actor_m = sentence_subject
    if actor_m is None and quoted and speaker is not None:
        actor_m = speaker
    if actor_m is None:
        return None
    actor_m = _deref(actor_m, prev_subject, speaker, quoted)
    if actor_m is None:
        return None

    # joint events: "The US and China agreed", "talks between the two countries"
    if partner is not None:
        partner_m = _deref(partner, prev_subject, speaker, quoted)
        if partner_m is not None:
            return _codes_pair(actor_m, partner_m, day, dyad)
    if actor_m.kind == "pair":
        codes = actor_m.codes(day, dyad)
        return (codes[0], codes[1]) if len(codes) == 2 else None

    actor_codes = actor_m.codes(day, dyad)
    if not actor_codes:
        return None
    actor = actor_codes[0]
    window = 7 if trig.nominal else 10
    soft: _Mention | None = None
    for m in after:
        if m.ts - trig.te > window:
            break
        prev = toks[m.ts - 1]
        if prev in _LOCATION_PREPS and not (m.ts == trig.te and trig.term.tokens[-1] == prev):
            continue  # a place ("met in Jakarta"), unless the term ends in the preposition ("arrived in")
        if (m.te < len(toks) and toks[m.te] in _REPORTING) or prev in _REPORTING:
            continue  # the source of the report ("..., Seoul said"), not the target
        if prev in _SOFT_LOCATION_PREPS:
            if soft is None:
                soft = m  # "drills near Taiwan", "missiles into waters around Taiwan": a target if nothing else
            continue
        if prev in _DETERMINERS and m.ts - 2 >= 0:
            prev = toks[m.ts - 2]
        if trig.nominal and m.ts >= trig.te and prev not in _PREPS and m.kind != "pair":
            # after a noun, a target comes with a preposition ("visit to", "talks with", "praise for")
            continue
        if trig.nominal and any(k in commas and toks[k + 1] not in _LIST_CONTINUERS
                                for k in range(trig.te - 1, m.ts - 1)):
            break  # a comma ends the noun's phrase ("talks, in retaliation for ..."), unless "including"
        if trig.nominal and prev in ("from", "by") and m.kind == "name":
            # "a loan from China", "a visit by Xi": the noun's agent follows it
            codes = m.codes(day, dyad)
            if codes and codes[0][:3] != actor[:3]:
                return codes[0], actor
            continue
        target_m = _deref(m, prev_subject, speaker, quoted) if m.kind == "pron" else m
        if target_m is None or target_m.kind == "role":
            continue
        codes = target_m.codes(day, dyad)
        if target_m.kind == "pair":
            if len(codes) != 2:
                continue
            if prev == "between":
                return codes[0], codes[1]
            other = [c for c in codes if c[:3] != actor[:3]]
            if other:
                return actor, other[0]
            continue
        if codes and codes[0][:3] != actor[:3]:
            return actor, codes[0]
    if trig.nominal and actor_m is not None:
        # "The US added Chinese companies to its entity list": an object between subject and noun
        for m in before:
            if m.ts > actor_m.te and m.kind == "name" and toks[m.ts - 1] not in _PREPS:
                codes = m.codes(day, dyad)
                if codes and codes[0][:3] != actor[:3]:
                    return actor, codes[0]
    if soft is not None and soft.kind == "name":
        codes = soft.codes(day, dyad)
        if codes and codes[0][:3] != actor[:3]:
            return actor, codes[0]
    # a quoted verbal remark without a target is aimed at the other side of the main dyad
    if quoted and speaker is not None and dyad is not None and actor_m is speaker and trig.code[:2] in _VERBAL_ROOTS:
        if actor[:3] in dyad:
            return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    return None


_NOT_ADJECTIVAL = _MODIFIER_STOP | frozenset(
    "also still remain remains remained may might can could did does do be then now already again earlier later "
    "just recently had has have been".split()
)


_ED_ADJECTIVES = frozenset(
    "alleged suspected proposed planned renewed increased unprecedented coordinated combined armed advanced "
    "detained unmanned expanded escalated heightened repeated stepped unannounced unexpected so called".split()
)


_ADJECTIVES = frozenset(
    "new fresh rare major joint high level large big small top first latest recent further military naval air "
    "economic trade border nuclear cyber illegal unilateral bilateral diplomatic spy surveillance chip tech "
    "technology export import two three several many more full massive live fire scale state official "
    "planned possible potential sweeping tough harsh strong sharp unsafe dangerous aggressive foreign policy "
    "defense defence security senior chief former deputy vice acting interim outgoing incoming then current "
    "prime foreign affairs finance commerce interior home justice energy climate health intelligence navy "
    "army air force coast guard border police riot special news media state top".split()
)
_ADJECTIVE_SUFFIXES = ("al", "ic", "ive", "ary", "ous", "ful", "less", "ese", "ian", "ish", "ent", "ant", "ile")


def _adjectival(word: str) -> bool:
    """Whether a word between a possessor and a noun can be a modifier ("alleged", "new", "naval")."""
    if word in _NOT_ADJECTIVAL or word.endswith("ly") or not word.isalpha():
        return False
    if word in _ADJECTIVES or word in _ED_ADJECTIVES or word in _DETERMINERS:
        return True
    return word.endswith(_ADJECTIVE_SUFFIXES)


_PP_HEADS = frozenset("over about against amid despite after before following during since".split())


def _in_pp(toks: list[str], at: int, ca: int) -> bool:
    """Whether the noun at ``at`` heads the object of a preposition like "over", "amid", "after"."""
    k = at - 1
    steps = 0
    while k >= ca and steps < 3 and (toks[k] in _DETERMINERS or _adjectival(toks[k])) and toks[k] not in _PP_HEADS:
        k -= 1
        steps += 1
    return k >= ca and toks[k] in _PP_HEADS


def _participle(token: str, term: Term) -> bool:
    """Whether a verb form is a past participle ("criticized", "held", "shot"), not base/-s/-ing."""
    lemma0 = term.lemma.split()[0].lower()
    return token != lemma0 and not token.endswith("ing") and not (token.endswith("s") and token[:-1] == lemma0) \
        and not (token.endswith("es") and token[:-2] == lemma0) and not token.endswith("ies")


def _deref(m: _Mention, prev_subject: _Mention | None, speaker: _Mention | None, quoted: bool) -> _Mention | None:
    """Resolve pronouns: "we"/"I" inside quotes is the speaker, "he"/"she" the previous subject."""
    if m.kind == "role":
        return None
    if m.kind != "pron":
        return m
    if m.token in _FIRST_PERSON:
        return speaker if quoted else None
    if m.token in _IMPERSONAL:  # "it": a country or institution that was the previous subject
        ok = prev_subject is not None and prev_subject.kind == "name" and not prev_subject.person
        return prev_subject if ok else None
    return prev_subject if prev_subject is not None and _personish(prev_subject) else None


def _codes_pair(a: _Mention | None, b: _Mention | None, day: _dt.date,
                dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    if a is None or b is None:
        return None
    if _is_countryish(a) and b.kind == "name" and b.role and not b.names:
        a = attrs.evolve(a, names=(), country=a.names[0].code[:3], role=b.role)  # "Indian and Pakistani troops"
    ca = a.codes(day, dyad)
    cb = b.codes(day, dyad)
    if not ca or not cb or ca[0][:3] == cb[0][:3]:
        return None
    return ca[0], cb[0]


def _sentence_token_ranges(sentences: list[tuple[int, int]], starts: list[int],
                           ends: list[int]) -> list[tuple[int, int]]:
    out = []
    k = 0
    n = len(starts)
    for s, e in sentences:
        while k < n and starts[k] < s:
            k += 1
        a = k
        while k < n and ends[k] <= e:
            k += 1
        out.append((a, k))
    return out


_WEAK_ANCHORS = frozenset(["year", "week", "month", "weekend", "time", "recent"])
_WEAK_ANCHOR_BEFORE = frozenset(["last", "this", "next", "past", "that", "the", "in", "a"])


_MAX_CLAUSE_TOKENS = 80


def _clause_chunks(text: str, s: int, e: int, a: int, b: int, starts: list[int],
                   ends: list[int]) -> list[tuple[int, int, int, int]]:
    """Clauses of a sentence as (char start, char end, first token, end token); a clause longer than
    80 tokens (a run-on list, a pasted table) is cut into 80-token pieces so that work stays linear."""
    out = []
    for cs, ce in split_clauses(text, s, e):
        ca = max(a, bisect.bisect_left(starts, cs, a, b))
        cb = max(ca, bisect.bisect_left(starts, ce, a, b))
        if ca >= cb:
            continue
        piece_start = cs
        while cb - ca > _MAX_CLAUSE_TOKENS:
            mid = ca + _MAX_CLAUSE_TOKENS
            out.append((piece_start, ends[mid - 1], ca, mid))
            ca = mid
            piece_start = starts[ca]
        out.append((piece_start, ce, ca, cb))
    return out


def _dates_in(text: str, published: _dt.date, toks: list[str], starts: list[int], ends: list[int],
              a: int, b: int) -> list[DateMention]:
    """Date phrases of tokens [a, b): the date regex runs only around anchor words (fast path)."""
    windows: list[list[int]] = []
    for i in range(a, b):
        t = toks[i]
        if not is_date_anchor(t):
            continue
        if t in _WEAK_ANCHORS:  # "year", "week", "time": only in "last year", "at that time", ...
            before = toks[i - 1] if i > a else ""
            if before not in _WEAK_ANCHOR_BEFORE and not (i + 1 < b and toks[i + 1] == "ago"):
                continue
        lo, hi = max(a, i - 5), min(b - 1, i + 4)
        if windows and lo <= windows[-1][1] + 1:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    out: list[DateMention] = []
    for lo, hi in windows:
        out.extend(find_dates(text, published, starts[lo], ends[hi]))
    return out


def _events_in_document(text: str, published: _dt.date) -> list[_Raw]:
    comp = _compiled()
    toks_full = tokenize(text)
    if not toks_full:
        return []
    toks = [t for t, _, _ in toks_full]
    starts = [s for _, s, _ in toks_full]
    ends = [e for _, _, e in toks_full]
    sentences = split_sentences(text)
    sent_tok = _sentence_token_ranges(sentences, starts, ends)
    sent_mentions = [_find_mentions(toks, a, b, comp, text, starts, ends) for a, b in sent_tok]
    dyad = _dyad([m for ms in sent_mentions for m in ms])

    out: list[_Raw] = []
    carry_date: DateMention | None = None
    prev_subject: _Mention | None = None
    prev_speaker: _Mention | None = None
    prev_had_quote = False
    for (s, e), (a, b), mentions in zip(sentences, sent_tok, sent_mentions):
        if a >= b:
            continue
        if not mentions:  # no actor in sight: only the date may matter (for a later "at that time")
            dated = [d for d in _dates_in(text, published, toks, starts, ends, a, b) if d.date is not None]
            if dated:
                carry_date = dated[-1]
            prev_had_quote = False
            continue
        # terms may not start inside a name, but may start on a role word ("military drills",
        # "Chinese military exercises")
        mention_tokens = {i for m in mentions if m.kind != "role"
                          for i in range(m.ts, m.te - 1 if (m.country and m.role and not m.names) else m.te)}
        quotes = _quote_spans(text, s, e)
        dates = _dates_in(text, published, toks, starts, ends, a, b)
        sentence_date: DateMention | None = None
        for d in dates:
            if d.kind == "anaphor":
                if carry_date is not None and sentence_date is None:
                    sentence_date = carry_date
            elif sentence_date is None:
                sentence_date = d
        speaker = _speaker(toks, starts, a, b, mentions, quotes, prev_subject)
        if speaker is None and quotes and quotes[0][0] == s and prev_had_quote:
            speaker = prev_speaker  # a quote continuing the previous sentence's speaker
        subject_of_sentence: _Mention | None = None
        mention_starts = [m.ts for m in mentions]
        for cs, ce, ca, cb in _clause_chunks(text, s, e, a, b, starts, ends):
            clause_mentions = mentions[bisect.bisect_left(mention_starts, ca):bisect.bisect_left(mention_starts, cb)]
            if quotes:
                outside = [m for m in clause_mentions if not _inside(quotes, starts[m.ts])]
                inside = [m for m in clause_mentions if _inside(quotes, starts[m.ts])]
                subjects = (_subject(toks, ca, outside), _subject(toks, ca, inside))
            else:
                subjects = (_subject(toks, ca, clause_mentions), None)
            subj = subjects[0]
            if subj is not None and subject_of_sentence is None:
                subject_of_sentence = subj[0]
            if toks[ca] in _CONDITIONAL:
                continue
            triggers = _scan_clause(toks, ca, cb, comp, mention_tokens)
            if not triggers:
                continue
            commas = frozenset(k for k in range(ca, cb - 1) if "," in text[ends[k]:starts[k + 1]])
            clause_dates = [d for d in dates if cs <= d.start < ce and d.date is not None]
            chosen: dict[tuple[str, str, _dt.date], tuple[_Trigger, _Raw]] = {}
            for trig in triggers:
                if _skip_trigger(toks, trig, triggers, ca):
                    continue
                day, precision, phrase = _date_for(trig, triggers, clause_dates, sentence_date, published, starts)
                quoted = bool(quotes) and _inside(quotes, starts[trig.at])
                pair = _actor_target(toks, trig, ca, clause_mentions, subjects[1] if quoted else subjects[0],
                                     subject_of_sentence, prev_subject, speaker, quoted, day, dyad, commas)
                if pair is None:
                    continue
                actor, target = pair
                threat = _as_threat(toks, trig, ca)
                if threat is not None:
                    trig = attrs.evolve(trig, code=threat)
                tension = trig.term.negated_tension if trig.negated else None
                if tension is None:
                    tension = _tension_of(trig.code)
                ev_s, ev_e = _trim(text, cs, ce)
                raw = _Raw(day, precision, actor, target, trig.code, tension, ev_s, ev_e, phrase)
                key = (actor, target, day)
                if key in chosen:
                    first, first_raw = chosen[key]
                    # an intention (03) that governs a conflictual term gives way to it
                    if first.code[:2] == "03" and tension > 0 and not first.negated:
                        chosen[key] = (trig, raw)
                    # an appeal for a conflictual act against the target rallies opposition (113)
                    elif (first.code[:2] == "02" and tension > 0 and not first.negated and trig.nominal
                          and trig.at - first.te <= 4):
                        chosen[key] = (first, attrs.evolve(first_raw, code="113", tension=_tension_of("113")))
                    continue
                chosen[key] = (trig, raw)
            out.extend(raw for _, raw in chosen.values())
        if subject_of_sentence is not None:
            prev_subject = _deref(subject_of_sentence, prev_subject, speaker, False) or prev_subject
        prev_speaker = speaker
        prev_had_quote = bool(quotes)
        dated = [d for d in dates if d.date is not None]
        if dated:
            carry_date = dated[-1]
    return out


def _empty() -> EventTable:
    return EventTable.empty(date_phrase=np.dtypes.StringDType())


_Row = tuple[_dt.date, str, str, str, str, float, int, str, str, int, int, str]


def _rows(raws: list[_Raw], text: str, source: str, published: _dt.date | None = None) -> list[_Row]:
    """One row per distinct event of a document (repeats counted in ``mentions``), in text order.

    An event dated by default (no date phrase) that repeats an event dated by a phrase within
    the week before publication (a headline and its story's "on Wednesday") takes that date.
    """
    if published is not None:
        dated: dict[tuple[str, str, str], _Raw] = {}
        for r in raws:
            if r.date_phrase and r.precision == "day" and 0 <= (published - r.date).days <= 7:
                dated.setdefault((r.actor, r.target, r.code), r)
        if dated:
            raws = [attrs.evolve(r, date=dated[k].date, date_phrase=dated[k].date_phrase)
                    if not r.date_phrase and (k := (r.actor, r.target, r.code)) in dated else r for r in raws]
    merged: dict[tuple[Any, ...], list[Any]] = {}
    for r in raws:
        key = (r.date, r.precision, r.actor, r.target, r.code)
        if key in merged:
            merged[key][1] += 1
        else:
            merged[key] = [r, 1]
    ordered = sorted(merged.values(), key=lambda rm: rm[0].start)
    return [(r.date, r.precision, r.actor, r.target, r.code, r.tension, m, text[r.start:r.end], source,
             r.start, r.end, r.date_phrase) for r, m in ordered]


def _table(rows: list[_Row]) -> EventTable:
    """Build (and validate once) the table of many rows."""
    if not rows:
        return _empty()
    cols = list(zip(*rows))
    return EventTable.from_arrays(
        date=np.array(cols[0], dtype="datetime64[D]"),
        precision=list(cols[1]),
        actor=list(cols[2]),
        target=list(cols[3]),
        code=list(cols[4]),
        tension=np.array(cols[5], dtype=np.float64),
        mentions=np.array(cols[6], dtype=np.int64),
        evidence=list(cols[7]),
        source=list(cols[8]),
        start=np.array(cols[9], dtype=np.int64),
        end=np.array(cols[10], dtype=np.int64),
        date_phrase=np.array(cols[11], dtype=np.dtypes.StringDType()),
    )


def _document_rows(text: Any, published: Any, source: Any) -> list[_Row]:
    if not isinstance(text, str):
        raise FieldTypeError("text", "a str", type(text).__name__)
    pub = as_published(published)
    if not isinstance(source, str):
        raise FieldTypeError("source", "a str", type(source).__name__)
    if not text.strip():
        return []
    return _rows(_events_in_document(text, pub), text, source, pub)


def extract_events(text: str, *, published: _dt.date | str, source: str = "") -> EventTable:
    """Extract dated, coded events between countries from one news text.

    Parameters
    ----------
    text : str
        The article (headline, paragraphs, quotes). Offsets in the result refer
        to this exact string.
    published : datetime.date or str
        The publication day (ISO string accepted). Relative dates ("on Sunday",
        "in February", "last week") are resolved against it; the machine clock is
        never used.
    source : str, optional
        A document id stored in the ``source`` column.

    Returns
    -------
    EventTable
        One row per distinct event (``mentions`` counts repeats), with
        ``evidence`` the clause it came from (``text[start:end] == evidence``)
        and an extra string column ``date_phrase`` (the phrase the date came
        from, ``""`` when it is the publication day). Only events whose actor
        and target are both resolved, and in different countries, are kept.

    Raises
    ------
    FieldTypeError
        ``text`` is not a ``str``, or ``published`` is not a date or string.
    SchemaError
        ``published`` is a string that is not an ISO date.

    Examples
    --------
    >>> import tension
    >>> t = tension.extract_events(
    ...     "Chinese Defense Minister Li Shangfu has declined to meet US Defense Secretary Lloyd Austin. "
    ...     "In February, the US shot down a Chinese spy balloon.", published="2023-06-03")
    >>> [(e.date.isoformat(), e.precision, e.actor, e.target, e.code, e.tension) for e in t]
    [('2023-06-03', 'day', 'CHNMIL', 'USAMIL', '125', 5.0), ('2023-02-01', 'month', 'USA', 'CHN', '190', 10.0)]
    >>> t.evidence[0]
    'Chinese Defense Minister Li Shangfu has declined to meet US Defense Secretary Lloyd Austin.'
    >>> len(tension.extract_events("", published="2023-06-03"))
    0
    """
    return _table(_document_rows(replace_surrogates(text), published, source))


def extract_corpus(docs: Iterable[Any]) -> EventTable:
    """Extract events from many documents into one table.

    Parameters
    ----------
    docs : iterable
        ``(id, published, text)`` tuples or dicts with keys ``id``, ``published``
        and ``text``. The id goes into the ``source`` column.

    Returns
    -------
    EventTable
        The documents' events stacked in input order (with the extra column
        ``date_phrase``).

    Raises
    ------
    SchemaError, FieldTypeError
        A document is malformed (the message names the document's position).

    Examples
    --------
    >>> import tension
    >>> docs = [("a", "2023-06-19", "Blinken visited Beijing on Sunday."),
    ...         {"id": "b", "published": "2024-02-01", "text": "China condemned US tariffs."}]
    >>> t = tension.extract_corpus(docs)
    >>> list(zip(t.source.tolist(), t.code.tolist(), t.date.astype(str).tolist()))
    [('a', '042', '2023-06-18'), ('b', '111', '2024-02-01')]
    """
    rows: list[_Row] = []
    for i, doc in enumerate(docs):
        doc_id, published, text = document_fields(doc, str(i), need_published=True, row=i)
        rows.extend(_document_rows(replace_surrogates(text), published, doc_id))
    return _table(rows)
