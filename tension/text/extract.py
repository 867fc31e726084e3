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
   different countries (or, domestically, to one country's roles with a societal
   role on one side); repeated identical events in one document are merged
   (``mentions`` counts them), and each event has a ``mode``: ``"act"`` or
   ``"plan"`` (an announced future act).

Behind the curated terms stands the CAMEO verb dictionary derived from PETRARCH2
(``tension/data/verb_patterns.tsv``): verb forms indexed by their first token, their
patterns matched inside the clause without a parser. The complement of an appeal,
demand or intention is no event of its own and chooses the frame's subcode; easing,
refusals, cancellations told before or after the event, states, background and
plans follow the rules listed in ``docs/extraction.md`` ("Coding like a trained
coder").

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
import calendar
import datetime as _dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs
import numpy as np

from .._values import document_fields, replace_surrogates
from ..events import EventTable
from ..exceptions import FieldTypeError
from . import adverbials, clauses, coverage, discourse, pairs, readouts, signs
from .clauses import (
    ARMED_FORCE,
    ARMED_FORCE_CODES,
    COMMENT_ROOTS,
    SPEAKER,
    UNNAMED,
    accusation_complement,
    agent_modifier,
    agent_of_noun,
    alleged_event,
    answered_judgement,
    appositive_judgement,
    background_head,
    background_relative,
    blamed_act,
    caused_by_subject,
    characterising_apposition,
    commented_noun,
    coordinated_speaker,
    denied_content,
    discussed_option,
    disputed_noun,
    intensified_noun,
    interruptions,
    judged_subject,
    motion_with_purpose,
    name_part,
    named_judgement,
    noun_after_article,
    noun_after_modifier,
    noun_after_preposition,
    occurrence_subject,
    occurrence_verb,
    participle_modifier,
    participle_speaker,
    perfect_subject,
    reaction_from,
    reduced_passive,
    relative_judgement,
    reported_demand,
    reported_judgement,
    resumed_clause,
    shares_subject,
    speaker_participle,
    that_relative,
    time_clause,
    unresolved_agent,
)
from .dates import (
    DateMention,
    as_published,
    find_dates,
    is_date_anchor,
    is_future_context,
    is_start_date,
    planned_day,
    shift_anaphor,
)
from .lexicon import BARE_PARTICIPLES, ActorName, Lexicon, Term, load_lexicon, load_verb_patterns
from .rules import (
    BE_FORMS,
    IRREGULAR_PARTICIPLES,
    MONTHS,
    NEGATION_BLOCKERS,
    PERFECT_AUX,
    REPORT_TAIL,
    REPORTING_VERBS,
    WEEKDAYS,
    negation_window,
)
from .sentences import split_clauses, split_sentences
from .tokens import tokenize

__all__ = ["extract_corpus", "extract_events"]

# ------------------------------------------------------------------ word classes

_PREPS = frozenset(
    ["in", "at", "near", "around", "from", "with", "to", "for", "of", "on", "by", "against", "toward", "towards", "about", "over", "into", "onto", "between", "among", "after", "before", "during", "under", "through", "via", "amid", "across", "within", "without", "like", "than", "upon", "per", "since", "until"]
)
_LOCATION_PREPS = frozenset(["in", "at", "inside", "within"])
_SOFT_LOCATION_PREPS = frozenset(["near", "around", "off", "outside", "across", "along"])
_SUBORDINATORS = frozenset(["after", "before", "since", "until", "as", "while", "when", "because", "although", "though", "once", "whereas"])
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "s", "rare", "first", "recent", "official", "state", "planned", "proposed", "upcoming", "high", "level", "latest", "new", "fresh", "further", "earlier", "last", "next", "two", "three", "several", "any", "every", "some", "another", "whose", "such"]
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting"])
_SAID = frozenset(["said", "says", "say", "stated", "claimed", "claims", "reported", "announced"])
_SPEAKER_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople official officials source sources "
                           "statement".split())
#: titles of a speaker whose name may follow in apposition before the reporting verb ("The American
#: ambassador, Sung Kim, said that ..."): the title's mention reports, it is not the reported clause's subject
_SPEAKER_TITLES = frozenset("ambassador envoy minister secretary president premier chancellor commander "
                            "chairman chairwoman chief governor representative".split())
_REPORTING = REPORTING_VERBS | {"according"}
_MODIFIER_STOP = frozenset(
    ["and", "or", "but", "that", "which", "who", "said", "says", "told", "to", "the", "a", "an", "of", "for", "with", "in", "on", "at", "by", "is", "are", "was", "were", "has", "have", "had", "will", "would", "not"]
)
_CONDITIONAL = frozenset(["if", "unless", "until", "whether", "should"])


def _conceding_saying(text: str, toks: list[str], ends: list[int], at: int, cb: int) -> bool:
    """Whether "concede" at ``at`` is a saying ("officials *concede* that ...", ", Japanese officials privately
    *concede*, Tokyo would ..."): an admission in words, no yielding (080) to anyone.

    >>> toks = "officials concede that talks failed".split()
    >>> _conceding_saying("officials concede that talks failed", toks, [9, 17, 22, 28, 35], 1, 5)
    True
    """
    return toks[at].startswith("conced") and (at + 1 >= cb or toks[at + 1] == "that"
                                               or text[ends[at]:ends[at] + 1] == ",")


def _inverted_condition(toks: list[str], ca: int, cb: int, a: int, b: int) -> bool:
    """Whether the clause [ca, cb) opening the sentence [a, b) is a condition told by inversion, an
    "if" clause without "if" ("*Were* Russia to attack Estonia, NATO would ...", "*Had* Israel struck the
    oil fields, prices would have soared"): what it tells is supposed, no act; a "would" must follow.
    ("Should X ..." opens a condition as "if" does, ``_CONDITIONAL``.)

    >>> toks = "were china to blockade taiwan japan would come under pressure".split()
    >>> _inverted_condition(toks, 0, 5, 0, len(toks))
    True
    >>> toks = "were the talks a success officials said".split()
    >>> _inverted_condition(toks, 0, 5, 0, len(toks))
    False
    """
    if ca != a or cb - ca < 3 or "would" not in toks[cb:b]:
        return False
    if toks[ca] == "were":
        return "to" in toks[ca + 2:min(cb, ca + 8)]
    return toks[ca] == "had" and any(toks[k] == "have" and toks[k - 1] == "would" for k in range(cb + 1, b))
_INTENT_BEFORE_TO = frozenset(
    ["want", "wants", "wanted", "wanting", "seek", "seeks", "seeking", "sought", "hope", "hopes", "hoped", "hoping", "try", "tries", "tried", "trying", "aim", "aims", "aimed", "aiming", "wish", "wishes", "wished", "attempt", "attempts", "attempted", "need", "needs", "needed", "reasons", "ready", "willing", "eager", "likely", "unlikely", "mission", "missions", "bid", "effort", "efforts",
     # what a threat or warning threatens ("Trump's threat to impose new tariffs") is its content, no act;
     # a chance is no act ("passing up a chance to meet President Biden")
     "threat", "threats", "ultimatum", "chance", "chances"]
)
_PERSONAL = frozenset(["he", "she"])
_IMPERSONAL = frozenset(["it"])
_EXPLETIVE_NEXT = frozenset(["is", "was", "s", "would", "will", "could", "may", "might", "seems", "seemed", "remains", "remained", "appears", "appeared", "has", "had"])
_FIRST_PERSON = frozenset(["we", "i"])
_PLURAL = frozenset(["they"])
_PAIR_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in [
        "the two countries", "both countries", "the two nations", "both nations", "the two sides", "both sides",
        "the two governments", "both governments", "the two powers", "the two superpowers", "the two leaders",
        "both leaders", "the two militaries", "both militaries", "the two presidents", "the two economies",
        "the two rivals", "both capitals", "the two capitals", "the world s two largest economies",
        "their countries", "the two ministers", "both ministers", "the two defense ministers",
        "the two defence ministers", "the two foreign ministers", "the two defense chiefs", "the two defence chiefs",
        "the two navies", "the two commanders", "the allies", "the two allies", "both allies",
    ]
)
# "The two agreed to ...": "the two" alone is the pair when a verb of a joint act follows
_TWO_THEN = frozenset("agreed met discussed also signed held spoke pledged exchanged vowed promised reaffirmed "
                      "will would".split())
_PAIR_ROLE = {"leaders": "GOV", "governments": "GOV", "presidents": "GOV", "militaries": "MIL", "capitals": "GOV",
              "ministers": "GOV", "chiefs": "MIL", "navies": "MIL", "commanders": "MIL"}
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
    verbs: Mapping[str, tuple[_VerbForm, ...]]  # CAMEO verb dictionary: first token -> forms
    civilians: frozenset[str] = frozenset()  # one-word civilian agent nouns ("tourists", "residents")
    # the same actor, role and pair phrases keyed by their first two tokens (see ``_by_two``)
    actors2: Mapping[str, _TwoIndex] = attrs.field(factory=dict)
    roles2: Mapping[str, _TwoIndex] = attrs.field(factory=dict)
    pairs2: Mapping[str, _TwoIndex] = attrs.field(factory=dict)
    # each term's words after the first that must stand in the clause (articles are optional)
    term_needs: Mapping[str, tuple[tuple[Term, frozenset[str]], ...]] = attrs.field(factory=dict)


# first token -> (second token -> longer phrases, longest first; the one-word phrases)
_TwoIndex = tuple[Mapping[str, tuple[tuple[tuple[str, ...], Any], ...]], tuple[tuple[tuple[str, ...], Any], ...]]


def _by_two(by_first: Mapping[str, tuple[tuple[tuple[str, ...], Any], ...]]) -> dict[str, _TwoIndex]:
    """``_by_first``'s phrases split by their second token, so a lookup tries only phrases that can match."""
    out: dict[str, _TwoIndex] = {}
    for first, items in by_first.items():
        longer: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for cand, value in items:
            if len(cand) > 1:
                longer.setdefault(cand[1], []).append((cand, value))
        out[first] = ({k: tuple(v) for k, v in longer.items()}, tuple(iv for iv in items if len(iv[0]) == 1))
    return out


def _longest_at(index: Mapping[str, _TwoIndex], toks: list[str], i: int, b: int
                ) -> tuple[tuple[str, ...], Any] | None:
    """The longest phrase of ``index`` that starts at token ``i`` and ends by ``b`` (the first listed on ties)."""
    entry = index.get(toks[i])
    if entry is None:
        return None
    if i + 1 < b:
        for cand, value in entry[0].get(toks[i + 1], ()):
            n = len(cand)
            if i + n <= b and tuple(toks[i:i + n]) == cand:
                return cand, value
    return entry[1][0] if entry[1] else None


def _by_first(items: Iterable[tuple[tuple[str, ...], Any]]) -> dict[str, tuple[Any, ...]]:
    out: dict[str, list[Any]] = {}
    for toks, value in items:
        out.setdefault(toks[0], []).append((toks, value))
    return {k: tuple(sorted(v, key=lambda tv: -len(tv[0]))) for k, v in out.items()}


# generic civilian nouns ("village", "scientist", "residents") make no actor of their own
_SKIPPED_AGENT_ROLES = frozenset(["CVL", "ELI", "MOD", "CRM", "HLH", "ENV", "NGO", "IGO", "MNC", "SET"])


# agent nouns that mostly modify another noun ("a Chinese spy balloon" is China's, not its spies')
# craft a noun modifier describes ("a Philippine supply ship", "a Chinese research vessel")
_CARRIER_NOUNS = frozenset("ship ships boat boats vessel vessels plane planes aircraft convoy convoys".split())
# weapons a conflict word may name the kind of ("attack drones", "assault rifles", "strike fighters")
_WEAPON_NOUNS = frozenset("drone drones helicopter helicopters submarine submarines aircraft jet jets fighter fighters "
                          "rifle rifles boat boats craft vehicle vehicles dogs".split())
_NOUN_MODIFIERS = frozenset([("spy",), ("surveillance",), ("research",), ("fishing",), ("cargo",), ("trade",)])


@functools.cache
def _compiled() -> _Compiled:
    lex: Lexicon = load_lexicon()
    terms: dict[str, list[Term]] = {}
    for t in lex.terms:
        terms.setdefault(t.tokens[0], []).append(t)
    actors = _by_first(list(lex.actor_index.items()) + [(p, ()) for p in lex.places])
    # role nouns: the project's roles.tsv, then the agent nouns of the PETRARCH agents dictionary
    # ("warship" MIL, "negotiators" GOV, "protesters" OPP) that it does not name
    agent_index: Mapping[tuple[str, ...], str] = getattr(lex, "agent_index", {})
    role_items = {k: v for k, v in agent_index.items() if v not in _SKIPPED_AGENT_ROLES and k not in _NOUN_MODIFIERS}
    role_items.update(lex.role_index)
    roles = _by_first(role_items.items())
    pairs = _by_first((p, _PAIR_ROLE.get(p[-1], "")) for p in _PAIR_PHRASES)
    civilians = frozenset(k[0] for k, v in agent_index.items() if v == "CVL" and len(k) == 1)
    return _Compiled(
        civilians=civilians,
        verbs=_compile_verbs(),
        actors=actors,
        roles=roles,
        terms={k: tuple(sorted(v, key=lambda t: -len(t.tokens))) for k, v in terms.items()},
        # ("ease" negators are the bulk scorer's; the verb patterns read "cut its duties" here)
        negators=_by_first((k, v) for k, v in lex.negator_index.items() if v != "ease"),
        pairs=pairs,
        term_index=lex.term_index,
        starters=frozenset(actors) | frozenset(roles) | frozenset(pairs) | _PERSONAL | _FIRST_PERSON | _IMPERSONAL | _PLURAL,
        term_needs={k: tuple((t, frozenset(t.tokens[1:]) - _ARTICLES) for t in sorted(v, key=lambda t: -len(t.tokens)))
                    for k, v in terms.items()},
        actors2=_by_two(actors),
        roles2=_by_two(roles),
        pairs2=_by_two(pairs),
    )


# ------------------------------------------------------------------ CAMEO verb dictionary


@attrs.frozen(eq=False)
class _VerbPattern:
    pre: tuple[frozenset[tuple[str, ...]], ...]  # in order, before the verb
    post: tuple[frozenset[tuple[str, ...]], ...]  # in order, after the verb
    code: str  # "" = no event
    line: int
    reverse: bool = False  # target before the verb or source after it
    first: frozenset[str] = frozenset()  # first tokens its first word after the verb may start with
    last_pre: frozenset[str] = frozenset()  # first tokens its last word before the verb may start with


@attrs.frozen(eq=False)
class _VerbForm:
    tokens: tuple[str, ...]
    lemma: str
    code: str  # the isolated verb's code ("" = none)
    patterns: tuple[_VerbPattern, ...]  # most specific first
    # positions in ``patterns`` by the first token of their first word after the verb; and of those
    # with no word after the verb (always tried)
    by_first: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict)
    always: tuple[int, ...] = ()


def _plural_forms(word: str) -> tuple[str, ...]:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return (word, word + "es")
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return (word, word[:-1] + "ies")
    return (word, word + "s")


_PATTERN_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")
_SLOTS = frozenset(["$", "+", "^", "%", "*"])
_GENERIC_VERB_ROOTS = frozenset(["01"])
# verbs whose isolated default code is mostly wrong in news ("called Xi a dictator" is no phone call)
# (checked on the dev split: these verbs' isolated codes were mostly wrong there and in the family sentences)
_NO_ISOLATED = frozenset(["call", "arm", "receive", "get", "take", "make", "hold", "run", "go", "come", "move", "see", "put", "set", "keep", "give", "bring", "turn", "leave", "show", "play", "unveil", "delay", "rule", "relate", "issue", "trade", "deepen", "hear", "gather", "expect", "ready", "respect", "unite", "release", "sentence", "slap", "remove", "withdraw", "approve", "grant", "block", "defend", "retaliate", "take", "over", "face", "break", "hurt", "control"])  # ("Japan controls the islands": a state, no 060)
# isolated verbs whose PETRARCH code reads the verb outside international news ("impose" 170 coerce, "protest"
# 140 demonstrate): the code a news coder gives the verb alone between two states
_ISOLATED_CODE = {"impose": "163", "agree": "030", "protest": "114", "summon": "114", "free": "0841",
                  "harass": "150", "sue": "115", "arrive": "042", "ease": "081"}
_NO_ISOLATED_CODES = frozenset(["010"])  # an isolated statement verb ("said", "noted") is no event here


def _word_alternatives(word: str, synsets: Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]],
                       head: bool) -> list[tuple[str, ...]]:
    if word.startswith("&"):
        out: list[tuple[str, ...]] = []
        for toks, plural in synsets.get(word, ()):
            if not toks:
                continue
            out.append(toks)
            if plural:
                out.extend((*toks[:-1], p) for p in _plural_forms(toks[-1])[1:])
        return out
    no_plural = word.endswith("_")
    w = word.rstrip("_")
    toks = tuple(t for t, _, _ in tokenize(w))
    if not toks:
        return []
    if no_plural or not head or toks[-1] in _PREPS or toks[-1] in _PARTICLES or len(toks[-1]) < 3:
        return [toks]
    return [(*toks[:-1], p) for p in _plural_forms(toks[-1])]


def _pattern_elems(text: str, synsets: Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]]
                   ) -> tuple[frozenset[tuple[str, ...]], ...] | None:
    """Elements of one side of a pattern; ``None`` if a synset is unknown."""
    out: list[frozenset[tuple[str, ...]]] = []
    for piece in _PATTERN_TOKEN.findall(text):
        if piece.startswith("("):
            inner = piece[1:-1].split()
            words = [w for w in inner if w not in _SLOTS]
            groups = _PATTERN_TOKEN.findall(" ".join(words))
        else:
            groups = [piece]
        for g in groups:
            if g in _SLOTS:
                continue
            if g.startswith("{"):
                words = [w for w in g[1:-1].split() if w not in _SLOTS]
                seqs: list[tuple[str, ...]] = [()]
                for k, w in enumerate(words):
                    alts = _word_alternatives(w, synsets, k == len(words) - 1)
                    if not alts:
                        return None
                    seqs = [s + a for s in seqs for a in alts][:64]
                out.append(frozenset(seqs))
            else:
                alts = _word_alternatives(g, synsets, True)
                if not alts:
                    return None
                out.append(frozenset(alts))
    return tuple(out)


@functools.cache
def _compile_verbs() -> Mapping[str, tuple[_VerbForm, ...]]:
    """Index the CAMEO verb dictionary by the first token of each verb form (once per process)."""
    rows, synsets = load_verb_patterns()
    block_patterns: dict[int, list[_VerbPattern]] = {}
    for r in rows:
        if r.kind != "pattern":
            continue
        pre_text, _, post_text = r.pattern.partition("*")
        pre = _pattern_elems(pre_text, synsets)
        post = _pattern_elems(post_text, synsets)
        if pre is None or post is None or not (pre or post):
            continue
        reverse = "+" in pre_text.split() or "$" in post_text.replace("(", " ").replace(")", " ").split()
        first = frozenset(alt[0] for alt in post[0]) if post else frozenset()
        last_pre = frozenset(alt[0] for alt in pre[-1]) if pre else frozenset()
        block_patterns.setdefault(r.block, []).append(_VerbPattern(pre, post, r.code, r.line, reverse, first, last_pre))
    forms: dict[tuple[str, ...], list[Any]] = {}
    for r in rows:
        if r.kind != "verb":
            continue
        pats = block_patterns.get(r.block, [])
        for f in r.forms:
            if not f:
                continue
            entry = forms.setdefault(f, [r.lemma, r.code, []])
            if not entry[1] and r.code:
                entry[1] = r.code
            entry[2].extend(pats)
    out: dict[str, list[_VerbForm]] = {}
    for f, (lemma, code, pats) in forms.items():
        pats = sorted(pats, key=lambda p: -(len(p.pre) + len(p.post)))
        by_first: dict[str, list[int]] = {}
        for k, p in enumerate(pats):
            for w in p.first:
                by_first.setdefault(w, []).append(k)
        out.setdefault(f[0], []).append(_VerbForm(f, lemma, code, tuple(pats),
                                                  {w: tuple(ks) for w, ks in by_first.items()},
                                                  tuple(k for k, p in enumerate(pats) if not p.first)))
    return MappingProxyType({k: tuple(sorted(v, key=lambda vf: -len(vf.tokens))) for k, v in out.items()})


_VERB_GAP_FIRST = 6  # tokens between the verb and its first pattern word
_VERB_GAP = 4  # tokens between two pattern words
_VERB_PRE_WINDOW = 6
#: a subject pronoun and a tensed auxiliary (a copula, or "had" with a participle) open an embedded clause
#: with a verb of its own; a modal ("said it would take measures") keeps the report's pattern
_SUBJECT_PRONOUNS = frozenset(["it", "they", "he", "she", "we"])
_PAST_AUX = frozenset(["was", "were", "is", "are"])
_CLAUSE_STOPS = frozenset(["that", "which", "who", "whom", "whose", "while", "because", "but", "after", "before",
                           "said", "says", "told"])


def _find_seq(toks: list[str], alts: frozenset[tuple[str, ...]], lo: int, hi: int) -> int:
    """End of the first alternative found starting in [lo, hi) (-1: none); stops at a clause word."""
    for k in range(lo, hi):
        t = toks[k]
        for alt in alts:
            if alt[0] == t and toks[k:k + len(alt)] == list(alt):
                return -1 if k > lo and toks[k - 1] == "no" else k + len(alt)  # "said it had no plans"
        if t in _CLAUSE_STOPS or (t in _SUBJECT_PRONOUNS and k + 2 < hi and (toks[k + 1] in _PAST_AUX or (
                toks[k + 1] in ("had", "has", "have") and toks[k + 2].endswith(("ed", "en", "ne", "wn"))))):
            return -1  # ("said it was analysing the measures": the noun is the embedded verb's)
    return -1


def _match_pattern(toks: list[str], i: int, j: int, a: int, b: int, pat: _VerbPattern,
                   names: set[int] | frozenset[int] = frozenset(), when: tuple[int, int] = (0, 0)) -> int:
    """End of the matched pattern after the verb [i, j) (or j if it has no words after); -1 if no match.

    A preposition of the pattern may be separated from what precedes it only by a name, articles,
    modifiers and the time adverbial ``when`` (token span) ("asked China for aid", "asked China on
    Monday for aid", not "called Xi a dictator on Tuesday")."""
    p = j
    first = True
    for el in pat.post:
        reach = (_VERB_GAP_FIRST if first else _VERB_GAP) + (when[1] - when[0] if p <= when[0] else 0)
        end = _find_seq(toks, el, p, min(b, p + reach + 1))
        if end < 0:
            return -1
        if end - p > 1 and len(el) == 1 and next(iter(el))[0] in _PREPS:  # one alternative: a preposition
            start = end - 1
            if any(k not in names and toks[k] not in _ARTICLES_POSS and not _adjectival(toks[k])
                   and not when[0] <= k < when[1] for k in range(p, start)):
                return -1
        p = end
        first = False
    q = i
    for el in reversed(pat.pre):
        found = -1
        for k in range(q - 1, max(a, i - _VERB_PRE_WINDOW) - 1, -1):
            if any(alt[0] == toks[k] and toks[k:k + len(alt)] == list(alt) and k + len(alt) <= q for alt in el):
                found = k
                break
        if found < 0:
            return -1
        q = found
    return p


_VERB_BEFORE = frozenset(["will", "would", "to", "not", "also", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "did", "does", "do", "has", "reportedly", "then", "later", "again", "formally", "officially", "jointly", "swiftly", "quickly", "never", "n", "t"])


_REDUCED_RELATIVE_PREPS = frozenset(["to", "by", "with", "in", "from", "on", "for"])
#: participles that describe a noun they follow rather than tell its act ("individuals linked to", "firms
#: based in", "groups backed by")
_HELD_PARTICIPLES = frozenset("detained jailed imprisoned held arrested".split())
_DESCRIBING_PARTICIPLES = frozenset("linked tied connected affiliated associated based backed owned controlled "
                                    "operated allied aligned funded sponsored supported administered governed "
                                    "claimed".split())


def _described_detainee(toks: list[str], i: int, a: int, names: set[int] | frozenset[int]) -> bool:
    """Whether "detained/held/jailed in <place>" at ``i`` describes the noun before it ("two Canadians
    detained in China", "an employee of the firm held in China") rather than telling a detention."""
    prev = toks[i - 1] if i > a else ""
    return toks[i] in _HELD_PARTICIPLES and i > a and prev not in _VERB_BEFORE and prev not in _PERSONAL \
        and prev not in ("they", "it") and prev not in _DETAINING and i + 2 < len(toks) and toks[i + 1] == "in" \
        and (i + 2) in names


_DETAINING = frozenset("police authorities officers troops forces agents guards".split())  # "police detained in"


def _us_acronym(toks: list[str], k: int, a: int) -> bool:
    """Whether the token ``s`` at ``k`` ends "U.S." (tokens ``u``, ``s``), not a possessive: "The U.S. imposed
    sanctions" has a verb after it, "China's imposed tariffs" would not.

    >>> _us_acronym("the u s imposed sanctions".split(), 2, 0), _us_acronym("china s imposed".split(), 1, 0)
    (True, False)
    """
    return k - 1 >= a and toks[k] == "s" and toks[k - 1] == "u"


def _verbal(toks: list[str], i: int, form: _VerbForm, a: int, names: set[int] | frozenset[int]) -> bool:
    """Whether the form at ``i`` is used as a verb: a past form or "-ing" not after a determiner, or a
    base/-s form right after a name, a pronoun, an auxiliary or an adverb."""
    prev = toks[i - 1] if i > a else ""
    if (prev in _DETERMINERS or prev in _ARTICLES_POSS) and not _us_acronym(toks, i - 1, a):
        return False
    first = form.tokens[0]
    lemma0 = form.lemma.split()[0]
    if first.endswith("ing") and (prev in _PREPS or (prev and _adjectival(prev))):
        return False  # a gerund ("warned China against arming Russia") or a modifier ("a major trading partner")
    if first in _DESCRIBING_PARTICIPLES and i > a and (i - 1) not in names and prev.isalpha() \
            and (prev.endswith("s") or (i - 2 >= a and toks[i - 2] in ("a", "an"))) \
            and prev not in _VERB_BEFORE and prev not in _PLURAL and i + 1 < len(toks) \
            and toks[i + 1] in _REDUCED_RELATIVE_PREPS:
        return False  # a reduced relative: "two individuals linked to a hacking group", "firms based in", "a
        # company linked to the miner Bitmain"
    if _described_detainee(toks, i, a, names):
        return False  # a detainee described: "two Canadians detained in China", "an employee ... held in China"
    if first != lemma0 and not first.endswith("s") or (first.endswith("ss") and first != lemma0):
        return True  # past, participle, -ing
    if i == a:
        return False
    return (i - 1) in names or prev in _VERB_BEFORE or prev in _PERSONAL or prev in _FIRST_PERSON \
        or prev in ("they", "it") or prev.endswith("ly")


def _hyphenated(text: str, starts: list[int], ends: list[int], at: int, ca: int, cb: int) -> bool:
    """Whether the token at ``at`` is joined by a hyphen to a neighbouring word: part of a compound
    ("supply-chain exposure", "a trade-war truce", "the long-range strike"), never a dictionary verb."""
    return (at + 1 < cb and text[ends[at]:starts[at + 1]] == "-") or (at > ca and text[ends[at - 1]:starts[at]] == "-")


@attrs.frozen
class _CameoTerm(Term):
    """A verb found through the CAMEO verb dictionary (the curated terms win over it).

    ``reverse``: the pattern names the target before the verb or the source after it
    ("received aid from X"), so the clause's subject is the target.
    """

    reverse: bool = False


@functools.lru_cache(maxsize=4096)
def _verb_term(tokens: tuple[str, ...], code: str, lemma: str, reverse: bool = False) -> Term:
    t = _tension_of(code)
    return _CameoTerm(tokens, code, t, None, None, "verb", lemma, reverse)


# light and matrix verbs: they govern another verb ("causing X to cancel", "helped to resolve") and say
# nothing of their own; the governed verb is the event
_LIGHT_VERBS = frozenset(["cause", "help", "lead", "prompt", "allow", "let", "enable", "bring", "get", "keep", "want", "need", "try", "begin", "start", "continue", "seem", "appear", "become", "come", "go", "look", "aim", "seek", "hope", "wish"])


# phrasal verbs whose particle turns the dictionary verb into declining: no event of the verb's own
_DECLINING_PARTICLES = frozenset([("pass", "up"), ("pass", "over")])


def _match_verb(toks: list[str], i: int, a: int, b: int, comp: _Compiled,
                names: set[int] | frozenset[int]) -> tuple[Term, int, int] | None:
    """The CAMEO verb dictionary at ``i``: (term, end of the verb, end of its pattern) or ``None``."""
    for form in comp.verbs.get(toks[i], ()):
        n = len(form.tokens)
        if i + n > b or tuple(toks[i:i + n]) != form.tokens:
            continue
        if form.lemma in _LIGHT_VERBS or (i + n < b and (form.lemma, toks[i + n]) in _DECLINING_PARTICLES):
            return None  # ("passing up a chance to meet Biden": a declined chance, no yielding)
        if not _verbal(toks, i, form, a, names):
            return None
        when = adverbials.span_within(toks, i + n, min(b, i + n + _VERB_GAP_FIRST + 1), b)
        ahead = frozenset(toks[i + n:min(b, i + n + _VERB_GAP_FIRST + 1 + when[1] - when[0])])
        behind = frozenset(toks[max(a, i - _VERB_PRE_WINDOW):i])
        tried = set(form.always)  # most patterns' first word is not in reach: only the others are tried
        for w in ahead:
            tried.update(form.by_first.get(w, ()))
        for k in sorted(tried):
            pat = form.patterns[k]
            if pat.last_pre and pat.last_pre.isdisjoint(behind):
                continue  # nor is the word it needs before the verb
            end = _match_pattern(toks, i, i + n, a, b, pat, names, when)
            if end >= 0 and toks[i] in _REPORTING and "to" in toks[i + n:end - 1]:
                end = -1  # "said Russia had no plans to attack": the noun is the reported infinitive's
            if end > i + n and toks[end - 1] == "on" and adverbials.time_adverbial_end(toks, end - 1, b) > end:
                end = -1  # "pressed Beijing on Friday to ...": the "on" is the date's, no "press on" (attack)
            if end >= 0:
                if not pat.code:
                    return None
                return _verb_term(form.tokens, pat.code, form.lemma, pat.reverse), i + n, end
        code = _ISOLATED_CODE.get(form.lemma, form.code)
        if form.lemma == "release" and coverage.released_people(toks, i, i + n, b, names):
            return _verb_term(form.tokens, "0841", form.lemma), i + n, i + n  # "released two Canadians"
        if code and code[:2] not in _GENERIC_VERB_ROOTS and toks[i] not in _REPORTING \
                and form.lemma not in _NO_ISOLATED and code not in _NO_ISOLATED_CODES:
            return _verb_term(form.tokens, code, form.lemma), i + n, i + n
        return None
    return None


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
    pair: tuple[str, str] | None = None  # the two countries a pair names, when not the story's dyad
    role_of: bool = False  # a role composed with the country after it: "the leaders of South Korea"

    def codes(self, day: _dt.date, dyad: tuple[str, str] | None) -> tuple[str, ...]:
        """The actor code(s) on ``day``: one for a name, two for a pair, none if unresolved."""
        if self.kind == "pair":
            if self.pair is not None:
                dyad = self.pair
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


def _is_bloc(m: _Mention) -> bool:
    """An organisation of states ("the European Union"), the antecedent of "the bloc"."""
    return m.kind == "name" and bool(m.names) and m.names[0].code.startswith("IGO") and not m.role


_GLUE = frozenset(" \t\n'’s-")


def _composed_country(code: str) -> str:
    """The country part of a name composed with a role: the ISO code ("Chinese officials": CHN), or a whole
    organisation's code, which takes no role ("European producers", "European officials": IGOEUREEC)."""
    return code if code.startswith("IGO") else code[:3]


def _composed_role(code: str, role: str) -> str:
    """The role of a name composed with a role: none for an organisation (see :func:`_composed_country`)."""
    return "" if code.startswith("IGO") else role


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
        return all(c in _GLUE or c.isalpha() for c in between)  # modifier words in between, no punctuation

    raw: list[_Mention] = []
    starters = comp.starters
    skip_to = a
    for i in [k for k in range(a, b) if toks[k] in starters]:
        if i < skip_to:
            continue
        t = toks[i]
        best: _Mention | None = None
        best_len = 0
        hit = _longest_at(comp.actors2, toks, i, b)
        if hit is None and starts is not None and i + 2 < b and len(toks[i + 1]) == 1 and toks[i + 1] != "s" \
                and text[starts[i + 1]].isupper() \
                and text[starts[i + 1] + 1:starts[i + 1] + 2] == ".":
            # a middle initial ("Janet L. Yellen", "Antony J. Blinken"): the name without it
            alt = _longest_at(comp.actors2, [t, *toks[i + 2:b]], 0, b - i - 1)
            if alt is not None and len(alt[0]) >= 2 and alt[1] and alt[1][0].kind == "person":
                hit = ((alt[0][0], toks[i + 1], *alt[0][1:]), alt[1])
        if hit is not None:
            cand, names = hit
            n = len(cand)
            if names:
                if names[0].kind == "person" and n > 1:
                    # "President Xi Jinping": the titled name ("president xi") runs on into the full name
                    # ("xi jinping"), which is the same person's; the mention ends where the longer one does
                    on = _longest_at(comp.actors2, toks, i + n - 1, b)
                    if on is not None and len(on[0]) > 1 and on[1] and on[1][0].kind == "person":
                        names, n = on[1], n - 1 + len(on[0])
                best = _Mention(i, i + n, "name", names=names, person=names[0].kind == "person")
            else:  # a place whose name holds a country word ("South China Sea"): no actor
                best = _Mention(i, i + n, "place")
            best_len = n
        # "anti-terrorist operations": no terrorists; "artificial intelligence": no spies
        hit = _longest_at(comp.roles2, toks, i, b) if not (i > a and toks[i - 1] in ("anti", "counter", "artificial")) \
            else None
        if hit is not None and len(hit[0]) > best_len:
            best = _Mention(i, i + len(hit[0]), "role", role=hit[1])
            best_len = len(hit[0])
        hit = _longest_at(comp.pairs2, toks, i, b)
        if hit is not None and len(hit[0]) > best_len:
            best = _Mention(i, i + len(hit[0]), "pair", role=hit[1])
            best_len = len(hit[0])
        if best is None and t == "house" and i > a and toks[i - 1] == "the" and starts is not None \
                and text[starts[i]] == "H" and not (i + 1 < b and toks[i + 1] == "of"):
            chamber = _longest_at(comp.actors2, ["house", "of", "representatives"], 0, 3)
            if chamber is not None:  # "The House voted on Wednesday ...": the chamber (not "the House of Lords")
                best = _Mention(i, i + 1, "name", names=chamber[1])
                best_len = 1
        if best is None and t == "the" and i + 2 < b and toks[i + 1] == "two" and toks[i + 2] in _TWO_THEN:
            best = _Mention(i, i + 2, "pair")  # "The two agreed to review the duties"
            best_len = 2
        if best is None and (t in _PERSONAL or t in _FIRST_PERSON or t in _IMPERSONAL or t in _PLURAL):
            best = _Mention(i, i + 1, "pron", token=t)
            best_len = 1
        if best is not None:
            raw.append(best)
            skip_to = i + best_len
    if not raw:
        return raw
    # "Deputy Treasury Secretary", "Chinese Deputy Foreign Minister": the office, no police deputy
    raw = [attrs.evolve(raw[k + 1], ts=m.ts) if k + 1 < len(raw) and m.kind == "role" and toks[m.ts:m.te] == ["deputy"]
           and raw[k + 1].ts == m.te and raw[k + 1].kind == "role" else m
           for k, m in enumerate(raw) if not (k > 0 and raw[k - 1].kind == "role" and toks[raw[k - 1].ts:raw[k - 1].te]
                                              == ["deputy"] and m.ts == raw[k - 1].te and m.kind == "role")]
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
            # title-case words are the office's own name ("U.S. Health Secretary", "China's Southern Theater
            # Command")
            g0 = nxt.ts - len(gap)
            titled = bool(gap) and starts is not None and nxt.kind == "role" and glued(m.te, g0) and all(
                text[starts[j]].isupper() and glued(j + 1, j + 1) for j in range(g0, nxt.ts))
            ok_gap = len(gap) <= 3 and (titled or (all(_mention_modifier(g) for g in gap) and glued(m.te, nxt.ts)))
            generic = nxt.kind == "name" and bool(nxt.names) and nxt.names[0].kind == "generic"
            if not gap and m.kind == "name" and nxt.kind == "name" and nxt.names and not nxt.person \
                    and nxt.names[0].kind == "institution" and nxt.names[0].code[:3] == m.names[0].code[:3] \
                    and glued(m.te, nxt.ts):
                merged.append(attrs.evolve(nxt, ts=m.ts))  # "China's National People's Congress": the body
                k += 2
                continue
            if ok_gap and (nxt.kind == "role" or generic):
                role = nxt.role if nxt.kind == "role" else nxt.names[0].code[3:]
                if m.kind == "pair":
                    merged.append(_Mention(m.ts, nxt.te, "pair", role=role))
                else:
                    merged.append(_Mention(m.ts, nxt.te, "name", country=_composed_country(m.names[0].code),
                                           role=_composed_role(m.names[0].code, role)))
                k += 2
                continue
        if nxt is not None and m.kind == "name" and m.names and m.names[0].kind == "generic" and not m.person \
                and _is_countryish(nxt) and toks[m.te:nxt.ts] in (["of"], ["of", "the"]):
            # "the Ministry of Foreign Affairs of Japan", "the Ministry of National Defense of the Republic of
            # China": an office the dictionary names for one country, of the country named after it
            merged.append(_Mention(m.ts, nxt.te, "name", country=nxt.names[0].code[:3], role=m.names[0].code[3:]))
            k += 2
            continue
        if nxt is not None and m.kind == "name" and m.names and m.names[0].kind == "group" and nxt.kind == "role" \
                and nxt.ts == m.te and glued(m.te, nxt.ts):
            merged.append(attrs.evolve(m, te=nxt.te))  # "a Hamas suicide bomber": the group's own agent
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
        named = m.kind == "role" and nxt is not None and starts is not None and 2 <= nxt.ts - m.te <= 4 \
            and toks[nxt.ts - 1] == "of" and _is_countryish(nxt) and all(
                text[starts[j]].isupper() and toks[j].isalpha() for j in range(m.te, nxt.ts - 1))
        if named and nxt is not None:  # "Foreign Minister Arnoldo Ventura of Guatemala": the title's country
            regrouped.append(_Mention(m.ts, nxt.te, "name", country=nxt.names[0].code[:3], role=m.role, person=True))
            k += 2
            continue
        if (m.kind == "role" and nxt is not None and toks[m.te] in ("from", "of")
                and (nxt.ts == m.te + 1 or (nxt.ts == m.te + 2 and toks[m.te + 1] == "the"))  # "of the United States"
                and (_is_countryish(nxt) or (nxt.kind == "pair" and not nxt.role))):
            if nxt.kind == "pair":
                regrouped.append(_Mention(m.ts, nxt.te, "pair", role=m.role))
            else:
                regrouped.append(_Mention(m.ts, nxt.te, "name", country=nxt.names[0].code[:3], role=m.role,
                                          role_of=True))
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
                if prev.kind == "role" and len(out) >= 2:
                    inst = out[-2]  # "U.S. Treasury | Secretary | Janet Yellen": the institution before the title too
                    if inst.kind == "name" and not inst.person and inst.names and inst.te == prev.ts \
                            and glued(inst.te, prev.ts) and m.names and inst.names[0].code[:3] == m.names[0].code[:3]:
                        out[-2:] = [attrs.evolve(out[-1], ts=inst.ts)]
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
    neg_kind: str = ""  # negate | refuse | cancel, when negated
    fixed_actor: int = -1  # first token of the actor's mention, when a clause rule chose it
    fixed_target: int = -1  # ... and of the target's (a reported judgement, a comment's event noun)
    mention_end: int = -1  # when set, the trigger's parties stand before this token (a subject's own phrase)
    date_from: int = -1  # when set, only dates from this token on are the trigger's
    about_root: str = ""  # a comment on a definite event noun with no agent ("condemned the ramming"): its root

    def __attrs_post_init__(self) -> None:
        if self.at < 0:
            self.at = self.ts


_MAX_INNER_GAP = 2
_AMOUNT_UNITS = frozenset(["million", "billion", "trillion", "tonnes", "tons"])


def _amount_word(toks: list[str], k: int) -> bool:
    """Whether the token at ``k`` is part of a large sum or a quantity of goods ("$1.42 billion" is "1 42
    billion", "18 tonnes of masks"), which a term's gap does not count; a bare number ("the 100 percent
    tariff") is counted.

    >>> toks = "a 1 42 billion arms sale and the 100 percent tariff".split()
    >>> [_amount_word(toks, k) for k in (1, 2, 3, 4, 7)]
    [True, True, True, False, False]
    """
    if toks[k] in _AMOUNT_UNITS:
        return True
    return toks[k].isdigit() and any(t in _AMOUNT_UNITS for t in toks[k + 1:k + 3])


_PARTICLES = frozenset(["on", "for", "off", "upon", "with", "to", "down", "out", "back", "in", "at", "of", "against", "from", "about", "by"])


def _match_term(toks: list[str], i: int, b: int, comp: _Compiled,
                names: set[int] | frozenset[int] = frozenset(),
                present: frozenset[str] | None = None) -> tuple[Term, int] | None:
    """The longest lexicon term starting at token ``i`` and its end; ``present`` (the clause's words, when
    given) skips at once a term whose other words the clause lacks."""
    for term, needs in comp.term_needs.get(toks[i], ()):
        tt = term.tokens
        if len(tt) == 1:
            return term, i + 1
        if present is not None and not needs <= present:
            continue
        if term.lemma.startswith(("keep ", "maintain ")) and i + 1 < b and toks[i + 1].endswith("ing") \
                and len(toks[i + 1]) > 4:
            continue  # "would keep enforcing U.N. sanctions": the measure is enforced, not kept as one's own
        j = i + 1
        ok = True
        # "called China's decision to send warships near the islands provocative": a judged object may be long
        # ... and so may one "dismissed ... as a petty trick" (its object's title may come first: "President-elect
        # Donald Trump's call", and a topic's "on" does not end it: "Seoul's ruling on wartime labour as")
        dismissed = term.lemma.startswith("dismiss ")
        judged = len(tt) == 2 and term.code == "111" and term.lemma.startswith(("call ", "dismiss ")) and i + 1 < b \
            and (toks[i + 1] in _ARTICLES_POSS or i + 1 in names or (dismissed and i + 3 < b and (
                i + 2 in names or i + 3 in names)))
        gap = _JUDGED_GAP if judged else _MAX_INNER_GAP
        for want in tt[1:]:
            k = j
            skipped = 0  # words inside the term, articles not counted ("signed an intelligence-sharing pact")
            while k < b and toks[k] != want:
                if toks[k] in adverbials.ADVERBIAL_FIRST and adverbials.time_adverbial_end(toks, k, b) > k:
                    k = adverbials.time_adverbial_end(toks, k, b)  # "asked China on Monday for": not counted
                    continue
                if toks[k] in ("for", "by") and (span := _duration_end(toks, k, b)) > k:
                    k = span  # "suspend for 90 days the countermeasures", "extended by another 90 days a licence":
                    # a duration, not counted
                    continue
                if judged and toks[k] in _JUDGED_GAP_STOPS and not (dismissed and toks[k] in ("on", "for")):
                    break
                if toks[k] not in _ARTICLES and toks[k] not in _QUANTIFIERS and k not in names and toks[k] != "s" \
                        and not _amount_word(toks, k):  # "revoke a $1.42 billion arms sale": a sum is not counted
                    skipped += 1
                    if skipped > gap:
                        break
                k += 1
            if k >= b or toks[k] != want:
                if want in _ARTICLES:
                    continue  # "sign the trade deal" matches "sign a deal"
                ok = False
                break
            when = adverbials.span_within(toks, j, k, k) if want in _PARTICLES and k - j > 1 else (0, 0)
            if want in _PARTICLES and any(toks[g] not in _ARTICLES and toks[g] not in _PARTICLES and g not in names
                                          and not when[0] <= g < when[1] for g in range(j, k)) \
                    and not (want == "from" and term.kind == "verb" and _object_before_from(toks, j, k)):
                ok = False  # a particle follows its verb, or the verb's named object ("accused China of")
                break
            if term.kind != "verb" and any(not _adjectival(toks[g]) for g in range(j, k)):
                ok = False  # inside a noun term only modifiers may stand ("joint naval exercises")
                break
            j = k + 1
        if ok and term.kind == "verb" and j < b and toks[j] == "free" and tt[-1] in _FREE_MEASURES:
            continue  # "ended a duty-free exemption": "duty-free" is no duty, the exemption is the object
        if ok:
            return term, j
    return None


def _carrying_call(toks: list[str], trig: _Trigger, ca: int) -> bool:
    """Whether ``trig`` is a call noun that carried another act of its clause ("warned Biden in a phone call",
    "pressed Yang in a phone call on Friday to ..."): the call is an event of its own (041)."""
    return trig.nominal and not trig.negated and trig.code == "041" and toks[trig.te - 1] in _MEDIUM_NOUNS \
        and coverage.during_meeting(toks, trig.ts, ca)


def _kept_measure(toks: list[str], trig: _Trigger, ca: int) -> bool:
    """Whether a "keep/maintain <measure>" term tells no refusal to ease: only a keeping announced or decided
    ("would keep tariffs in place", "decided to keep its sanctions") is one; a keeping told in the past or the
    perfect ("China has kept in place the sanctions it imposed", "Tokyo kept in place its curbs") is a state,
    as "the tariffs remain in place" is (and :func:`_match_term` leaves out "would keep enforcing U.N.
    sanctions": the measure is enforced)."""
    lemma = trig.term.lemma
    if trig.nominal or not (lemma.startswith(("keep ", "maintain ")) or (lemma.startswith("leave ")
                                                                        and lemma.endswith(" in place"))):
        return False
    return not any(toks[k] in ("will", "would", "ll", "to") for k in range(max(ca, trig.ts - 3), trig.ts))


_SPELL_NOUNS = frozenset("round rounds day days week weeks hours session sessions".split())


def _ended_round(toks: list[str], ns: int, ne: int, s: int) -> bool:
    """Whether "ended" at [ns, ne) closes a spell of talks that took place ("ended two days of trade talks",
    "ended a round of negotiations", "ended their third round of talks"), not talks broken off.

    >>> _ended_round("negotiators ended two days of trade talks".split(), 1, 2, 6)
    True
    >>> _ended_round("russia ended talks with ukraine".split(), 1, 2, 2)
    False
    """
    return toks[ns] in ("ended", "ends", "end", "ending") and any(
        toks[k] in _SPELL_NOUNS and k + 1 < s and toks[k + 1] == "of" for k in range(ne, s))


_OBJECT_STOPS = frozenset(["that", "which", "who", "and", "or", "but", "said", "says", "to", "in", "on", "at",
                           "for", "with", "by", "of", "as", "after", "before", "while", "its", "their", "his", "her"])


def _object_before_from(toks: list[str], j: int, k: int) -> bool:
    """Whether tokens [j, k) before a term's "from" are the verb's own short object ("removed 27 Chinese
    entities from a list", "took two firms off"), at most four words with no clause or phrase break in them.

    >>> _object_before_from("removed 27 chinese entities from a list".split(), 1, 4)
    True
    >>> _object_before_from("removed them , and said from".split(), 1, 5)
    False
    """
    return 0 < k - j <= 4 and not any(toks[g] in _OBJECT_STOPS or not toks[g].isalnum() for g in range(j, k))


# measures whose "<measure>-free" compound means their absence ("duty-free", "tariff-free", "sanctions-free")
_FREE_MEASURES = frozenset("duty duties tariff tariffs sanction sanctions tax taxes toll tolls visa visas".split())


_ARTICLES = frozenset(["a", "an", "the"])
_DURATION_UNITS = frozenset("day days week weeks month months year years".split())


def _duration_end(toks: list[str], k: int, b: int) -> int:
    """The end of a duration "for 90 days", "for another six months", "for a year" at ``k`` (``k`` if none)."""
    j = k + 1
    while j < b and j - k <= 3 and (toks[j].isdigit() or toks[j] in ("a", "an", "another", "further", "additional",
                                                                    "two", "three", "six", "nine", "twelve")):
        j += 1
    return j + 1 if j > k + 1 and j < b and toks[j] in _DURATION_UNITS else k


#: the gap a "call <judging word>" term allows for its object, and the words that end that object first
_JUDGED_GAP = 8
_JUDGED_GAP_STOPS = frozenset(["that", "and", "but", "which", "who", "said", "says", "because", "after", "as", "while",
                               "if", "when", "for", "on", "upon"])
# words inside a verb term that are not counted against its gap ("pause most of their new tariffs")
_QUANTIFIERS = frozenset(["most", "some", "all", "many", "much", "part", "of", "their", "its", "his", "her", "our", "those", "these", "remaining", "existing", "additional", "certain"])
_ARTICLES_POSS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "s"])
_LIST_CONTINUERS = frozenset(["including", "notably", "especially", "particularly", "and", "among"])


def _match_negator(toks: list[str], i: int, b: int, comp: _Compiled) -> tuple[str, int] | None:
    for cand, kind in comp.negators.get(toks[i], ()):
        n = len(cand)
        if i + n <= b and tuple(toks[i:i + n]) == cand:
            return kind, i + n
    return None


def _role_at(toks: list[str], i: int, b: int, comp: _Compiled) -> bool:
    """Whether an agent noun of the lexicon's roles starts at ``i`` ("boat", "coast guard")."""
    return i < b and any(tuple(toks[i:i + len(k)]) == k for k, _ in comp.roles.get(toks[i], ()))


def _scan_clause(toks: list[str], a: int, b: int, comp: _Compiled, mention_tokens: set[int],
                 agent_words: frozenset[int] = frozenset()) -> list[_Trigger]:
    """Event triggers in tokens [a, b) with negation and reversal applied; ``agent_words`` are the
    agent nouns ending country + role mentions ("Chinese spies"), which no dictionary verb starts on."""
    items: list[tuple[str, int, int, Any]] = []  # (what, start, end, payload)
    consumed: set[int] = set()  # tokens of a discontinuous term ("impose new tariffs": "tariffs")
    derived_until = -1  # end of the last dictionary verb's pattern
    bridged: set[int] = set()  # tokens of dictionary verbs whose pattern's curated term won
    present = frozenset(toks[a:b])
    i = a
    while i < b:
        if i in mention_tokens or i in consumed or (toks[i] == "called" and i > a and toks[i - 1] == "so"):
            i += 1  # (a mention's own words; "the so-called China threat": an adjective, nobody calls anything)
            continue
        neg = _match_negator(toks, i, b, comp)
        found = _match_term(toks, i, b, comp, mention_tokens, present)
        if found is not None and found[1] - 1 in consumed:
            found = None  # its last word belongs to a term already found ("joint military exercises")
        if found is not None and toks[found[1] - 1] == "on" and signs.time_not_object(toks, found[1] - 1, b):
            found = None  # "a video call on Tuesday with Dong": the "on" is the date's
        if found is not None and found[0].code == "016" and signs.denied_access(toks, found[1], b, mention_tokens):
            found = None  # "denied the Philippines the ability to ...": a restriction, no denial
        if found is not None and _described_detainee(toks, i, a, mention_tokens):
            found = None
        if found is not None and found[1] - i == 1 and found[1] < b and toks[found[1]] in _WEAPON_NOUNS:
            found = None  # "attack drones", "strike fighters": a kind of weapon, no attack
        if found is not None and toks[i].startswith("meet") and "halfway" in toks[found[1]:min(b, found[1] + 3)]:
            found = None  # "would meet it halfway": a compromise hoped for, no meeting
        if found is not None and i > a and toks[i - 1] == "non":
            found = None  # "non-tariff barriers", "non-military aid": the prefix denies the noun
        if found is not None and toks[found[1] - 1] in ("national", "nationals") and found[1] < b \
                and toks[found[1]] in _NATIONAL_COMPOUNDS:
            found = None  # "released a national security strategy": no citizen is released
        if found is not None and found[0].lemma == "agree with" and clauses.agreed_to_act(toks, found[1], b, mention_tokens):
            found = (comp.term_index[("agree",)], found[1])  # "agreed with Xi to restart talks": an agreement to act
        if found is not None and (neg is None or found[1] - i > neg[1] - i):
            if items and isinstance(items[-1][3], _CameoTerm) and items[-1][3].code == found[0].code \
                    and items[-1][2] + 6 > i >= derived_until:
                i = found[1] if found[1] - i == len(found[0].tokens) else i + 1
                continue  # the verb's own object ("impose an extra 34 percent tariff"): one event
            if i < derived_until and items and isinstance(items[-1][3], _CameoTerm):
                # a curated term inside a dictionary verb's pattern wins ("received a loan"); a negation
                # before the verb reaches the term across it ("would not take part in the summit")
                bridged.update(range(items[-1][1], items[-1][2]))
                items.pop()
            elif items and isinstance(items[-1][3], _CameoTerm) and items[-1][2] == i \
                    and items[-1][3].code[:2] in _FORCE_ROOTS and found[0].code[:2] in _FORCE_ROOTS:
                items.pop()  # "fired water cannons": the curated instrument names the force, the bare verb none
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
        verb = _match_verb(toks, i, a, b, comp, mention_tokens) if toks[i] in comp.verbs else None
        if verb is not None and agent_modifier(toks, i, verb[1], verb[0].lemma.split()[0], i - 1 in mention_tokens
                                               or i - 1 in agent_words or (toks[i - 1],) in _NOUN_MODIFIERS
                                               or (i > a and toks[i - 1] in comp.roles),
                                               _role_at(toks, verb[1], b, comp)
                                               or (verb[1] < b and (toks[verb[1]] in _CARRIER_NOUNS
                                                                    or toks[verb[1]] in _WEAPON_NOUNS)),
                                               i in agent_words):
            verb = None  # "a Philippine supply boat", "a coast guard spokesman", "Chinese spies": nouns
        if verb is not None and toks[i].startswith("meet") and "halfway" in toks[verb[1]:min(b, verb[1] + 3)]:
            verb = None  # "would meet it halfway": a compromise hoped for, no meeting
        if verb is not None and (signs.pressed_on_with(toks, i, b) or clauses.naming_what(toks, i, a)
                                 or signs.standing_claim(toks, i, b)):
            verb = None  # "pressed on with the drills": the drills are the act; "in what it called": a name
        if verb is not None and toks[i] in clauses.LIGHT_VERBS and any(
                _match_term(toks, k, b, comp, mention_tokens, present) is not None
                for k in range(verb[1], min(b, verb[1] + 4))):
            verb = None  # "conducted an unsafe manoeuvre": the event noun names the act, the light verb none
        if verb is not None:
            items.append(("term", i, verb[1], verb[0]))
            derived_until = verb[2]
            i = verb[1]
            continue
        i += 1
    triggers: list[_Trigger] = []
    pending: tuple[str, int, int] | None = None  # (kind, negator start, negator end)
    for n_item, (what, s, e, payload) in enumerate(items):
        if what == "neg":
            if pending is not None and pending[0] in ("refuse", "cancel"):
                _standalone(toks, pending, comp, triggers)
            elif signs.negated_reversal(toks, pending, payload, s):
                pending = ("void", s, e)  # "has never ruled out force": no refusal, no force
                continue
            pending = (payload, s, e)
            continue
        term: Term = payload
        if pending is None:
            triggers.append(_Trigger(s, e, term, term.code, nominal=_is_nominal(toks, s, term, a)))
            continue
        kind, ns, ne = pending
        if kind in ("refuse", "cancel") and signs.request_head(toks, s) and n_item + 1 < len(items) \
                and items[n_item + 1][0] == "term" and signs.refused_request(toks, ne, items[n_item + 1][1]):
            continue  # "rejected China's offer to hold talks": the refusal reaches the talks over the offer
        distance = s - ne - sum(1 for k in range(ne, s) if k in bridged) if bridged else s - ne
        window = negation_window(kind)
        if kind == "void":
            pending = None
            if distance <= negation_window("refuse"):
                continue  # what was "never ruled out" is only a possibility
            triggers.append(_Trigger(s, e, term, term.code, nominal=_is_nominal(toks, s, term, a)))
            continue
        blocked = any(toks[k] in NEGATION_BLOCKERS for k in range(ne, s))
        if distance > window and kind in ("refuse", "cancel") and signs.refused_request(toks, ne, s):
            distance = window  # "declined a U.S. proposal for a meeting": the meeting is refused
        if distance > window or blocked:
            if kind in ("refuse", "cancel"):
                _standalone(toks, pending, comp, triggers)
            pending = None
            triggers.append(_Trigger(s, e, term, term.code, nominal=_is_nominal(toks, s, term, a)))
            continue
        pending = None
        nominal = _is_nominal(toks, s, term, a)
        if kind == "cancel" and term.code[:2] == "04" and _ended_round(toks, ns, ne, s):
            triggers.append(_Trigger(s, e, term, term.code, nominal=nominal))  # "ended two days of talks": held
            continue
        if kind == "cancel" and signs.coordinated_easing(toks, ne, s, term.code):
            triggers.append(_Trigger(ns, e, term, term.code, nominal=nominal, at=s))  # "suspend or remove"
            continue
        if term.tension > 0:  # a negated conflict event did not happen
            eased = signs.eased_measure(term.code) if kind == "cancel" or signs.no_longer(toks, ns, ne) else None
            if eased is not None:  # "postponed a tariff increase": the measure is eased
                triggers.append(_Trigger(ns, e, term, eased, True, nominal=nominal, at=s, neg_kind=kind))
                continue
            withheld = signs.withheld_measure(toks, ns, term.code) if kind == "negate" else None
            if withheld is not None:  # "said he would not impose new tariffs": a promise to hold off
                triggers.append(_Trigger(ns, e, term, withheld, True, nominal=nominal, at=s, neg_kind=kind))
                continue
            if kind == "refuse" and toks[ne - 1] != "to" and term.code[:2] == "11" and nominal \
                    and toks[e - 1] in _ACCUSATIONS:
                # "rejected the accusations": a denial (016), aimed at whoever the story told accusing
                triggers.append(_Trigger(ns, e, term, "016", nominal=False, at=ns, about_root="11"))
                continue
            if kind in ("refuse", "cancel") and toks[ne - 1] != "to":
                _standalone(toks, (kind, ns, ne), comp, triggers)  # "rejected the offer as unfair": 120
            continue  # "refused to condemn": nothing
        if kind == "negate" and toks[ne - 1] == "no" and (term.code[:2] == "03" or nominal or distance == 0):
            continue  # "no plans to meet", "no talks were scheduled": nothing happened, nothing was refused
        if kind == "negate" and nominal and distance > 0 and toks[ne - 1] == "no":
            # "no sign that his meetings ...", "no progress on talks": nothing happened, nothing refused
            if distance > 1:
                continue
        if term.negated_code is None:
            if kind in ("refuse", "cancel"):
                _standalone(toks, (kind, ns, ne), comp, triggers)
            elif _carries_negation(toks, term, items[n_item + 1:n_item + 2], e):
                pending = (kind, ns, e)  # "would not take part in talks": the talks are refused
                bridged.update(range(e, items[n_item + 1][1]))
            continue
        code = term.negated_code
        if kind == "cancel" and term.code[:2] == "07":  # "paused military aid": aid reduced, not refused
            code = _REDUCED_AID.get(term.code, "162")
        elif kind == "cancel" and term.code[:2] == "04" and any(w in term.lemma for w in _TALK_WORDS):
            code = "164"  # "called off talks", "the cancellation of military talks": negotiations halted
        triggers.append(_Trigger(ns, e, term, code, True, nominal=nominal, at=s, neg_kind=kind))
    if pending is not None and pending[0] in ("refuse", "cancel"):
        _standalone(toks, pending, comp, triggers)
    triggers.sort(key=lambda t: t.ts)
    return _postposed(toks, triggers, b)


def _carries_negation(toks: list[str], verb: Term, following: list[tuple[str, int, int, Any]], end: int) -> bool:
    """Whether a negated cooperative verb with no negated code of its own ("take part in") passes its
    negation on to the term right after it ("would not take part in talks": 125; "did not take part in the
    drills": no drills)."""
    if verb.kind != "verb" or verb.tension > 0 or not following or following[0][0] != "term":
        return False
    return following[0][1] - end <= 6 and not any(toks[k] in NEGATION_BLOCKERS or toks[k] in _WH_INFINITIVE
                                                   or toks[k] == "to" for k in range(end, following[0][1]))


# nouns that make "national" an adjective, not a citizen ("a national security strategy", "the national team")
_NATIONAL_COMPOUNDS = frozenset("security guard assembly day team interest interests strategy defense defence "
                                "emergency park debt champion championship anthem flag".split())
_REDUCED_AID = {"071": "1621", "072": "1622", "073": "1623"}
# words that qualify a vowed retaliation ("vowed firm countermeasures"; "firm" is also a company)
_RESOLUTE = frozenset("firm resolute resolutely strong forceful decisive necessary swift tough reciprocal".split())
# accusations a refusal rejects are denied (016; PETRARCH2's block 121, "reject * accusation"), not refused
_ACCUSATIONS = frozenset("accusation accusations allegation allegations charge charges criticism criticisms".split())
# what a denial (016) denies when it is aimed at whoever made the charge ("denied the reports", "dismissed the claims")
_DENIED_CHARGES = _ACCUSATIONS | frozenset("report reports claim claims account accounts".split())
#: refusal verbs that deny when their object is a claim ("rejected the claims as groundless")
_DISMISSING = ("reject", "dismiss", "rebuff")
#: words after a claim noun that make it a claim to something (a territorial or legal claim, not a charge):
#: "rejected China's claims to the islands", "claims in the South China Sea", "claims over the reef"
_CLAIMED_TO = frozenset("to in over of on for at".split())


def _claim_object(toks: list[str], te: int, cb: int) -> bool:
    """Whether a refusal verb ending at ``te`` takes a charge as its object ("rejected *the claims* as
    groundless", "dismissed *Ukraine's reports*", "rejected *claims that* it had armed Moscow"): a denial
    (016) of what someone said, not a refusal (12x). A claim *to* or *in* something ("rejected China's
    claims in the South China Sea") is a territorial claim, refused, unless the "on" is a day's ("the
    claims on Wednesday").

    >>> _claim_object("rejected the claims as groundless".split(), 1, 5)
    True
    >>> _claim_object("rejected china s claims to the islands".split(), 1, 7)
    False
    >>> _claim_object("rejected the claims on wednesday".split(), 1, 5)
    True
    """
    for k in range(te, min(cb, te + 5)):
        if toks[k] in _DENIED_CHARGES and toks[k] not in ("charge", "charges", "criticism", "criticisms"):
            nxt = toks[k + 1] if k + 1 < cb else ""
            if nxt == "s":
                return False  # "the report's findings"
            return nxt not in _CLAIMED_TO or (nxt == "on" and k + 2 < cb and toks[k + 2] in WEEKDAYS)
        if toks[k] in _REPORTING or toks[k] in ("and", "but", "to", "which", "that"):
            return False
    return False


_TALK_WORDS = ("talk", "negotiat", "dialog")
# infinitives that tell a meeting's purpose ("met in Geneva to discuss trade")
_TALK_PURPOSES = ("discuss", "consult", "review", *_TALK_WORDS)
# reversals told after their event: "the visit was put on hold", "talks ended without a deal"
_POST_CANCEL = tuple(tuple(p.split()) for p in [
    "was put on hold", "were put on hold", "has been put on hold", "have been put on hold", "was postponed",
    "were postponed", "has been postponed", "was cancelled", "was canceled", "were cancelled", "were canceled",
    "has been cancelled", "was called off", "were called off", "has been called off", "was shelved",
    "were shelved", "was scrapped", "was suspended", "were suspended", "has been suspended", "was delayed",
    "was scuttled", "was axed", "was put on ice", "were put on ice", "has been put on ice", "have been put on ice",
    "was frozen", "were frozen", "has been frozen", "have been frozen"])
_POST_FAIL = tuple(tuple(p.split()) for p in [
    "ended without", "stalled", "failed", "ended in deadlock", "ended in stalemate", "produced no",
    "yielded no", "ended inconclusively", "made no progress"])
# talks that broke down or collapsed were halted (164)
_POST_HALT = tuple(tuple(p.split()) for p in ["broke down", "collapsed", "fell through", "broke off"])
_POST_FIRST = frozenset(p[0] for p in _POST_CANCEL + _POST_FAIL + _POST_HALT)


def _postposed(toks: list[str], triggers: list[_Trigger], b: int) -> list[_Trigger]:
    """Apply reversals told after a cooperative event: cancelled ones take their negated code, failed
    talks are no cooperation."""
    out: list[_Trigger] = []
    for t in triggers:
        if t.negated or t.term.tension >= 0:
            out.append(t)
            continue
        hit = ""
        for j in range(t.te, min(b, t.te + 12)):
            tj = toks[j]
            if tj in ("but", "which", "that", "who", "after", "because"):
                break
            if tj not in _POST_FIRST:
                continue
            for phrase in _POST_CANCEL:
                if tj == phrase[0] and tuple(toks[j:j + len(phrase)]) == phrase:
                    hit = "cancel"
            for phrase in _POST_FAIL:
                if tj == phrase[0] and tuple(toks[j:j + len(phrase)]) == phrase:
                    hit = "fail"
            for phrase in _POST_HALT:
                if tj == phrase[0] and tuple(toks[j:j + len(phrase)]) == phrase:
                    hit = "halt" if any(w in t.term.lemma for w in _TALK_WORDS) else "fail"
            if hit:
                break
        if hit == "fail":
            continue
        if hit == "halt":
            out.append(attrs.evolve(t, code="164", negated=True, neg_kind="cancel"))
            continue
        if hit == "cancel":
            if t.term.negated_code is not None:
                out.append(attrs.evolve(t, code=t.term.negated_code, negated=True, neg_kind="cancel"))
            continue
        out.append(t)
    return out


def _standalone(toks: list[str], pending: tuple[str, int, int], comp: _Compiled, out: list[_Trigger]) -> None:
    """A refusal or cancellation with nothing cooperative after it is its own event (120, 160)."""
    _, s, e = pending
    for k in range(e, s, -1):
        term = comp.term_index.get(tuple(toks[s:k]))
        if term is not None:
            out.append(_Trigger(s, k, term, term.code))
            return


#: first words of phrases that are predicates, not nouns ("found guilty", "(would) not sit idly by", "(won)'t stand idly by")
_PREDICATE_FIRST = frozenset(["found", "not", "t"])


def _is_nominal(toks: list[str], s: int, term: Term, a: int) -> bool:
    """Whether a term is used as a noun ("the visit", "Blinken's trip", "rare praise")."""
    if term.kind == "noun":
        return True
    if term.kind == "phrase":  # "talks", "trade war" are nouns; "at odds", "sentenced to" are predicates
        return term.tokens[0] not in _PREPS and not term.tokens[0].endswith("ed") and term.tokens[0] not in _PREDICATE_FIRST \
            and term.tokens[0] not in IRREGULAR_PARTICIPLES  # ("taken into custody", "held hostage": predicates)
    first = toks[s]
    lemma0 = term.lemma.split()[0].lower()
    if first != lemma0 and not first.endswith("ing") and not (first.endswith("s") and first[:-1] == lemma0) \
            and not (first.endswith("es") and first[:-2] == lemma0):
        return False
    e = s + len(term.tokens)
    if first != lemma0 and first.endswith("s") and e < len(toks) and toks[e] in ("by", "of") \
            and len(term.tokens) == 1:
        return True  # "said transits by Taiwanese presidents were private": a plural noun with its agent
    if s == a:
        return False
    if s - 2 >= a and toks[s - 2] in _ARTICLES and first == lemma0 and toks[s - 1] not in _DETERMINERS \
            and not toks[s - 1].endswith("s") and toks[s - 1].isalpha() and term.kind == "verb":
        return True  # "the Exchange hack", "a border clash": a noun modifier between article and noun
    k = s - 1
    while k > a and s - k <= 3 and _adjectival(toks[k]) and toks[k] not in _DETERMINERS:
        k -= 1
    if k < s - 1 and toks[k] in _DETERMINERS and not _us_acronym(toks, k, a):
        return True  # "the illegal unilateral sanctions", "these new tariffs": adjectives between a determiner and a noun
    return (toks[s - 1] in _DETERMINERS and not _us_acronym(toks, s - 1, a)) or noun_after_preposition(toks, s, a)


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


def _quoted_fragment(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether the quote around ``pos`` is a fragment of at most three words with no first person that
    follows a modal of the reporter's own sentence ('said it would "actively engage" with American
    officials'): its verb's subject stands outside it, as for any reported clause."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    words = text[spans[k][0]:spans[k][1]].strip("\"“”‘’' ").split()
    before = text[max(0, spans[k][0] - 12):spans[k][0]].split()
    return len(words) <= 3 and not any(w.lower().strip(".,;:!?") in ("we", "i", "us", "our", "me", "my") for w in words) \
        and bool(before) and before[-1].lower() in _FRAGMENT_MODALS


_FRAGMENT_MODALS = frozenset(["would", "will", "could", "can", "should", "may", "might", "must", "to"])


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
    mode: str = "act"
    retold: bool = False  # told with a definite noun ("imposed the sanctions"): maybe an event told before
    reported: bool = False  # dated only by its report ("..., Ottawa said on Thursday"): no later than that
    at: int = -1  # the text offset of the trigger's own first word


def _dyad(mentions: list[_Mention]) -> tuple[str, str] | None:
    counts: Counter[str] = Counter()
    for m in mentions:
        for c in m.countries:
            # an organisation keeps its whole code ("IGOEUREEC"): "IGO" alone would name no party
            counts[m.names[0].code if c in ("IGO", "NGO") and m.names else c] += 1
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


def _quoted(spans: list[tuple[int, int]], starts: list[int], m: _Mention) -> bool:
    return _inside(spans, starts[m.ts])


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


# verbs of saying take a clause, never an act of their subject ("announced new tariffs", "claimed
# responsibility for" are acts, so this is not _SAID)
_SAYING = frozenset(["said", "says", "say", "told", "tells", "added", "stated", "states"])


_TOLD_AUDIENCE = frozenset("reporters journalists briefing conference statement interview parliament lawmakers".split())


def _told_on(toks: list[str], k: int, lo: int) -> bool:
    """Whether the date phrase at token ``k`` dates a report of the act ("..., the ministry said on
    Thursday", "officials told reporters on Friday"), not the act: a reporting verb, or its audience,
    right before it (back to ``lo``).

    >>> _told_on("china will impose sanctions the ministry said on thursday".split(), 7, 3)
    True
    >>> _told_on("china will meet them on thursday".split(), 4, 3)
    False
    """
    j = k - 1 if k - 1 >= lo and toks[k - 1] in ("on", "in", "late", "early") else k
    if j - 1 < lo:
        return False
    prev = toks[j - 1]
    return prev in _SAYING or prev in _SAID or (prev in _TOLD_AUDIENCE and not _SAYING.isdisjoint(toks[max(lo, j - 6):j - 1]))


def _unnamed_subject(toks: list[str], ca: int, trig: _Trigger, clause_mentions: list[_Mention]) -> bool:
    """Whether a subordinate clause ("as the West pressed China to ...", "while investors sold ...") has a
    subject of its own that names no party: its act then belongs to nobody we code, not to the main
    clause's subject."""
    if toks[ca] not in _SUBORDINATORS or trig.nominal or trig.ts <= ca + 1:
        return False
    if any(ca < m.ts < trig.ts for m in clause_mentions):
        return False
    return any(toks[k].isalpha() and toks[k] not in _DETERMINERS and toks[k] not in _VERB_BEFORE
               for k in range(ca + 1, trig.ts))


def _plain_code(m: _Mention) -> str:
    """A mention's code without a day: its first name's (with the composed role) or its composed country's."""
    if m.names:
        code = m.names[0].code
        return code + m.role if m.role and len(code) == 3 else code
    return m.country + m.role


def _example_opener(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the mention at ``ts`` opens a list of examples of a larger group ("Ten countries, including
    France and Italy, voted in favour", "several states, such as Peru and Chile, abstained"): its members
    act alongside the group, not on each other, unless the act is one all sign or agree together."""
    k = ts - 1
    return k >= ca and (toks[k] in ("including", "notably") or (k - 1 >= ca and tuple(toks[k - 1:k + 1]) in (
        ("such", "as"), ("among", "them"), ("among", "which"))))


def _subject(toks: list[str], ca: int, clause_mentions: list[_Mention]) -> tuple[_Mention, _Mention | None] | None:
    """The clause subject: first mention not governed by a preposition; with a conjoined partner."""
    for idx, m in enumerate(clause_mentions):
        prev = toks[m.ts - 1] if m.ts > ca else ""
        if prev in _DETERMINERS and m.ts - 1 > ca and toks[m.ts - 2] in _PREPS:
            prev = toks[m.ts - 2]  # "according to the Pentagon"
        if prev in _SUBORDINATORS and m.ts - 1 == ca:
            prev = ""  # "after Pelosi visited", "as the US blocks": a subordinate clause's subject
        if (prev in _PREPS and not coverage.crowd_of(toks, m.ts, ca)) or m.kind in ("role", "place"):
            continue
        said_at = m.te
        while said_at < min(len(toks), m.te + 2) and toks[said_at] in _SPEAKER_NOUNS:
            said_at += 1  # "A Philippine coast guard spokesman said ..."
        if said_at > m.te or toks[m.te - 1] in _SPEAKER_NOUNS or toks[m.te - 1] in _SPEAKER_TITLES:
            # "Foreign ministry spokeswoman Le Thi Thu Hang said ...": the speaker's name before "said";
            # "The American ambassador, Sung Kim, said ...": a titled speaker's appositive name
            j = said_at
            posted = next((o for o in clause_mentions[idx + 1:idx + 2] if said_at < len(toks) and o.ts == said_at + 1
                           and toks[said_at] in ("in", "at") and toks[m.te - 1] in _SPEAKER_TITLES), None)
            if posted is not None:
                j = posted.te  # "The American ambassador in Manila, Sung Kim, said": the post's place
            start = j
            while j < min(len(toks), start + 4) and toks[j].isalpha() and toks[j] not in _MODIFIER_STOP \
                    and toks[j] not in _SAID and not toks[j].endswith("ed"):
                j += 1
            if j < len(toks) and toks[j] in _SAID:
                said_at = j
            elif said_at < len(toks) and toks[said_at] in ("for", "of", "at") and idx + 1 < len(clause_mentions) \
                    and clause_mentions[idx + 1].ts - said_at <= 2 and clause_mentions[idx + 1].te < len(toks) \
                    and toks[clause_mentions[idx + 1].te] in _SAID:
                said_at = clause_mentions[idx + 1].te  # "A spokesman for the Chinese foreign ministry said ..."
        if said_at < len(toks) and toks[said_at] in _SAID and idx + 1 < len(clause_mentions) \
                and clause_mentions[idx + 1].kind != "pron" and (
                    clause_mentions[idx + 1].ts - said_at <= 3 or toks[said_at] in _SAYING):
            continue  # "The Pentagon said China had ...": the reporter is not the subject (but "Trump
            # announced new tariffs on Chinese goods" is Trump's act: no party opens the content)
        if m.kind == "pron" and m.token in _IMPERSONAL and m.te < len(toks) and toks[m.te] in _EXPLETIVE_NEXT:
            continue  # "It was very good that ...": no actor
        partner = None
        nxt_at, m_end = idx + 1, m.te
        if nxt_at + 1 < len(clause_mentions) and _appositive_name(toks, m, clause_mentions[nxt_at]):
            # "Japan's prime minister, Sanae Takaichi, and China's leader, Xi Jinping, met": the office's
            # name in apposition is no partner; the one after "and" is
            nxt_at, m_end = nxt_at + 1, clause_mentions[nxt_at].te
        if nxt_at < len(clause_mentions):
            nxt = clause_mentions[nxt_at]
            gap = [t for t in toks[m_end:nxt.ts] if t not in _HONORIFICS]
            listed = gap == ["the"] and nxt.kind == "name" and bool(nxt.names) and not nxt.role \
                and nxt_at + 1 < len(clause_mentions) \
                and toks[nxt.te:clause_mentions[nxt_at + 1].ts] in (["and"], ["and", "the"])
            # ("Saudi Arabia, the United Arab Emirates and Bahrain": a list, not "Xi, the Chinese leader")
            if (listed or gap in (
                    [], ["and"], ["and", "the"], ["and", "a"], ["and", "an"], ["and", "his"], ["and", "her"],
                    ["and", "its"], ["and", "their"])) \
                    and nxt.kind not in ("pron", "place") and (nxt.kind != "role" or nxt.country) \
                    and toks[m.te - 1] not in _PREPS \
                    and (set(nxt.countries).isdisjoint(m.countries) or _distinct(_plain_code(m), _plain_code(nxt))):
                partner = nxt  # "The US and China agreed", headline "Japan, Philippines sign"; one country's
                # government and rebels ("the Sri Lankan government and the Tamil Tigers agreed to a truce");
                # an agency and "its Chinese counterpart" (as a minister and "his")
        return m, partner
    return None


def _appositive_name(toks: list[str], m: _Mention, nxt: _Mention) -> bool:
    """Whether ``nxt`` is the name of the office or party ``m`` right after it, of the same country and with
    nothing but a comma between ("Japan's new prime minister, *Sanae Takaichi*, and ...", "India's foreign
    minister, *S. Jaishankar*, and ..."), followed by "and" and a second member of the subject."""
    return nxt.person and m.kind == "name" and not m.person and bool(m.countries) \
        and m.countries == nxt.countries and not [t for t in toks[m.te:nxt.ts] if t not in _HONORIFICS] \
        and nxt.te < len(toks) and toks[nxt.te] == "and"


def _co_targets(toks: list[str], trig: _Trigger, clause_mentions: list[_Mention], actor: str, target: str,
                day: _dt.date, dyad: tuple[str, str] | None) -> list[str]:
    """Further members of a listed target: "lifted its ban on tours to the United States, Japan and South
    Korea" (one event each)."""
    pair = next((m for m in clause_mentions if m.ts > trig.at and m.kind == "pair" and target in m.codes(day, dyad)),
                None)  # (after the verb: a pattern may run over the pair, "urged both countries to exercise restraint")
    if pair is not None:  # "urged both countries to exercise restraint": each of the two
        return [c for c in pair.codes(day, dyad) if c != target and _distinct(actor, c)]
    first = next((m for m in clause_mentions if m.ts >= trig.te and m.codes(day, dyad)[:1] == (target,)), None)
    if first is None:
        return []
    if toks[first.ts - 1] == "between":
        return []

    # a member followed straight by the next member (a comma between them in the text) modifies no noun: "from
    # the United States, the European Union, Japan and Taiwan" lists four
    starts = {m.ts for m in clause_mentions} | {m.ts - 1 for m in clause_mentions if toks[m.ts - 1] == "the"}

    def ends_list(gap: list[str], m: _Mention) -> bool:
        return gap not in ([], ["and"], ["and", "the"], ["the"], ["or"]) or m.kind != "name" \
            or (m.person and not (first is not None and first.person and gap == ["and"])) \
            or (_modifies_noun(toks, m.te) and m.te not in starts) or (m.te < len(toks) and toks[m.te] in _REPORTING)

    # a listed person's "of Japan" is part of the member ("hosted Prime Minister Kishida of Japan and Premier
    # Li Qiang of China": two guests, the second a person too)
    members = clause_mentions
    if first.person:
        of_country = {m.ts - 1: m for m in clause_mentions if m.ts >= 1 and toks[m.ts - 1] == "of" and _is_countryish(m)}
        members = [attrs.evolve(m, te=of_country[m.te].te) if m.person and m.te in of_country else m
                   for m in clause_mentions if not (m.ts - 1 in of_country and of_country[m.ts - 1] is m)]
        first = next((m for m in members if m.ts == first.ts), first)
    return _list_members(toks, first, members, {actor[:3], target[:3]}, day, dyad, ends_list)


def _list_members(toks: list[str], first: _Mention, clause_mentions: list[_Mention], seen: set[str],
                  day: _dt.date, dyad: tuple[str, str] | None,
                  ends_list: Callable[[list[str], _Mention], bool]) -> list[str]:
    """Codes of the mentions listed after ``first`` ("X, Y and Z"), one per country not in ``seen``,
    up to the first mention that ``ends_list(gap tokens, mention)`` says is no longer a list member."""
    out: list[str] = []
    prev = first
    for m in clause_mentions:
        if m.ts <= first.ts:
            continue
        # an honorific before a member's name is no break ("Mr. Kishida and Mr. Yoon urged ...")
        if ends_list([t for t in toks[prev.te:m.ts] if t not in _HONORIFICS], m):
            break
        codes = m.codes(day, dyad)
        if codes and codes[0][:3] not in seen:
            out.append(codes[0])
            seen.add(codes[0][:3])
        prev = m
    return out


def _modifies_noun(toks: list[str], at: int) -> bool:
    """Whether the mention ending before token ``at`` is a possessor or modifier of a noun after it
    ("and US limits on ...", "and Japan's navy"): a new noun phrase, not another member of a list."""
    if at >= len(toks):
        return False
    nxt = toks[at]
    return nxt == "s" or (nxt.isalpha() and nxt not in _PREPS and nxt not in _MODIFIER_STOP
                          and nxt not in _REPORTING and nxt not in _SUBORDINATORS and nxt not in _CLAUSE_WORDS)


_CLAUSE_WORDS = frozenset("yesterday today tonight monday tuesday wednesday thursday friday saturday sunday "
                          "last this next earlier later recently also both respectively".split())


# codes that conjoined subjects do together, to each other ("X and Y met / signed / clashed")
_JOINT_ROOTS = frozenset(["03", "04", "06", "08", "15", "19"])
_TRADED = frozenset("traded trade trading trades exchanged exchange exchanging exchanges swapped".split())
_RECIPROCAL = _TRADED | frozenset("each another mutual mutually between".split())
_JOINT_CODES = frozenset(["057", "054", "0871", "050", "051", "160", "161", "164"])


def _co_actors(toks: list[str], subj: tuple[_Mention, _Mention | None] | None, clause_mentions: list[_Mention],
               actor: str, target: str, day: _dt.date, dyad: tuple[str, str] | None) -> list[str]:
    """The other members of a conjoined subject that acts on a target of its own: "Saudi Arabia, Egypt,
    Bahrain and the UAE severed ties with Qatar" (one event each), not a joint event among them."""
    if subj is not None and subj[0].kind == "pair":  # "the allies criticised China": the second ally too
        codes = subj[0].codes(day, dyad)
        return [codes[1]] if len(codes) == 2 and codes[0] == actor and target[:3] not in (codes[0][:3], codes[1][:3]) \
            else []
    if subj is None or subj[1] is None:
        return []
    first = subj[0]
    if first.codes(day, dyad)[:1] != (actor,):
        return []
    if target[:3] in subj[1].countries:
        return []  # a joint event between the two

    def ends_list(gap: list[str], m: _Mention) -> bool:
        return gap not in ([], ["and"], ["and", "the"], ["the"], ["and", "a"], ["and", "an"]) \
            or m.kind in ("role", "pron", "place")

    return _list_members(toks, first, clause_mentions, {actor[:3], target[:3]}, day, dyad, ends_list)


def _joint_members(toks: list[str], subj: tuple[_Mention, _Mention | None] | None, clause_mentions: list[_Mention],
                   code: str, actor: str, target: str, day: _dt.date, dyad: tuple[str, str] | None) -> list[str]:
    """The third member of a conjoined subject that acts jointly: "The leaders of South Korea, Japan and
    China met" is a meeting of each two of the three, not only of the first two. The code of the member
    after the partner, in the shared role of the first two when it has none of its own; nothing for lists
    of four and more."""
    if subj is None or not (code[:2] in _JOINT_ROOTS or code in _JOINT_CODES):
        return []
    first, partner = subj
    if partner is None:
        return []
    if first.codes(day, dyad)[:1] != (actor,) or partner.countries[:1] != (target[:3],):
        return []

    def ends_list(gap: list[str], m: _Mention) -> bool:
        return gap not in ([], ["and"], ["and", "the"], ["the"]) or m.kind != "name"

    members = _list_members(toks, partner, clause_mentions, {actor[:3], target[:3]}, day, dyad, ends_list)
    if len(members) != 1:
        return []  # (four and more, "the Quad's ministers", "the G7": coders pick the pairs the story is about)
    role = actor[3:] if actor[3:] == target[3:] or _role_of_country(first) else ""
    return [c + role if len(c) == 3 else c for c in members]


# acts of giving, whose recipient follows the thing given with "to" ("the sale of ... to Taiwan")
_GIVING_ROOTS = frozenset(["03", "06", "07"])
_MODALS = frozenset(["would", "could", "might", "may", "should"])
_WILL = frozenset(["will", "would", "ll"])
# A conflictual act announced for the future ("will impose tariffs") is a threat (CAMEO 13).
_THREAT_OF_CODE = {"163": "1312", "161": "1313", "164": "134", "165": "135", "166": "136", "172": "132",
                   "173": "132", "174": "132", "175": "137"}
_THREAT_OF_ROOT = {"16": "131", "17": "132", "18": "138", "19": "138", "20": "138"}


# verbs of wanting: what they govern is a wish, not an act ("wants a trade deal", "wants Beijing to criticize")
_WISH_VERBS = frozenset("want wants wanted wanting seek seeks sought seeking desire desires desired expect expects "
                        "expected wish wishes wished need needs needed".split())
_HOPE_VERBS = frozenset("hope hopes hoped hoping push pushes pushed pushing".split())


def _wished_for(toks: list[str], trig: _Trigger, ca: int) -> bool:
    """Whether an agreement, meeting or cooperation noun is what its subject wants ("Trump has said he
    wants a trade deal with Xi", "seeks a summit", "hopes for talks"): a wish, CAMEO's intent (03x), not
    the agreement made."""
    k = trig.ts - 1
    while k >= ca and trig.ts - k <= 4 and (toks[k] in _DETERMINERS or _adjectival(toks[k])):
        k -= 1
    if k < ca:
        return False
    return toks[k] in _WISH_VERBS or (toks[k] == "for" and k - 1 >= ca and toks[k - 1] in _HOPE_VERBS)


def _hypothetical_would(toks: list[str], trig: _Trigger, ca: int) -> bool:
    """Whether a trigger is what the narrator says "would" or "could" happen (in a sentence with a
    condition: "If the act becomes law, the State Department would have to certify ..."), not what a
    party said it would do ("said it would retaliate if ..." is a threat, "offered to" an intent)."""
    reach = 6 if trig.ts - 1 >= ca and toks[trig.ts - 1] == "to" else 4  # ("would face pressure to let ...")
    return any(toks[k] in ("would", "could", "might") for k in range(max(ca, trig.ts - reach), trig.ts)) \
        and not _said_would(toks, trig.ts, ca) and not _warned_would(toks, trig.ts, ca)


#: a warning verb before "would" makes what follows the warner's own threat ("warned on Tuesday it would take
#: resolute and forceful measures if ..."), not the narrator's hypothesis
_WARN_BEFORE_WOULD = frozenset("warned warns warning cautioned threatened threatening".split())


def _warning_tail(toks: list[str], te: int, b: int) -> bool:
    """Whether the sentence ending at ``b`` closes with its speaker's warning or saying after the "would"
    clause and its condition ("China would take resolute countermeasures if Manila allowed ..., *a Chinese
    defence ministry spokesman warned on Thursday*"): the "would" is the speaker's threat, as in "warned it
    would ..." (:func:`_warned_would`), not the narrator's supposition.

    >>> _warning_tail("china would retaliate if tokyo acted a spokesman warned on monday".split(), 3, 11)
    True
    >>> _warning_tail("prices would soar if iran closed the strait".split(), 2, 8)
    False
    >>> _warning_tail("prices would soar if iran closed the strait analysts said".split(), 2, 10)
    False
    """
    k = b - 1
    while k > te and toks[k] in REPORT_TAIL:
        k -= 1
    return k > te and b - k <= 6 and toks[k] in _WARN_BEFORE_WOULD and toks[k - 1] not in ("would", "not")
    # (a plain "officials said" after a condition may report anyone's supposition: "If the bill becomes law,
    # the State Department would have to certify ..., officials said" is no threat)


def _warned_would(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` follows a "would" that a warning verb governs, at most six words before it.

    >>> _warned_would("china warned on tuesday it would take measures".split(), 6, 0)
    True
    >>> _warned_would("if it passes china would take measures".split(), 5, 0)
    False
    """
    k = ts - 1
    while k >= ca and toks[k] != "would":
        k -= 1
    return k > ca and any(toks[j] in _WARN_BEFORE_WOULD for j in range(max(ca, k - 6), k))


# what makes a warning's content a threat or a forecast (to come, or on a condition), not a complaint about a fact
_WARNING_FUTURE = frozenset("will would could might may can shall should if unless risk risks risked ll going "
                            "threaten threatens threatened".split())
_WARNING_FACT_VERBS = frozenset("was were is are has have had".split())


def _factual_warning(toks: list[str], te: int, cb: int) -> bool:
    """Whether "warned" ending at ``te`` is followed by "that" and a clause telling what is or was being done,
    with no future, modal or condition in it ("warned that cheap Chinese exports were flooding global
    markets", "warned that Beijing had been arming Russia").

    >>> _factual_warning("warned that cheap chinese exports were flooding global markets".split(), 1, 9)
    True
    >>> _factual_warning("warned that china would face consequences".split(), 1, 6)
    False
    """
    k = te
    while k < cb and adverbials.time_adverbial_end(toks, k, cb) > k:
        k = adverbials.time_adverbial_end(toks, k, cb)  # ("warned on Saturday that")
    if k >= cb or toks[k] != "that":
        return False
    end = next((j for j in range(k + 1, cb) if toks[j] in (",", ";", "and", "but", "after", "as", "while")), cb)
    body = toks[k + 1:end]
    return bool(body) and not any(w in _WARNING_FUTURE for w in body) \
        and any(w in _WARNING_FACT_VERBS for w in body)


def _as_threat(toks: list[str], trig: _Trigger, ca: int, conditional: bool = False) -> str | None:
    """The threat code for a conflictual act after "will"/"would" (``None``: not a threat); in a sentence with a
    condition also a measure noun that a "will"/"would" verb puts in place (:func:`_willed_measure_noun`)."""
    if trig.negated or trig.term.tension <= 0 or trig.code[:2] not in _THREAT_OF_ROOT:
        return None
    if not any(toks[k] in _WILL for k in range(max(ca, trig.ts - 2), trig.ts)) and not _ready_to(toks, trig.ts, ca) \
            and not (conditional and trig.nominal and _willed_measure_noun(toks, trig.ts, ca)):
        return None
    return _THREAT_OF_CODE.get(trig.code, _THREAT_OF_ROOT[trig.code[:2]])


#: verbs that put a measure noun in place ("will *put* American drone makers on its export-control list", "would
#: *add* the firms to its entity list", "will *slap* duties on")
_MEASURE_PLACING = frozenset("put puts place places add adds impose imposes slap slaps levy levies include".split())


def _willed_measure_noun(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the measure noun at ``ts`` is put in place by a verb right after "will"/"would" at most eight words
    before it ("Beijing *will put* American drone makers on its export-control *list* if Washington bans DJI"):
    with a condition in the sentence, that is a threat of the measure (13x), not the measure.

    >>> _willed_measure_noun("beijing will put american drone makers on its export control list".split(), 9, 0)
    True
    >>> _willed_measure_noun("beijing put american drone makers on its export control list".split(), 8, 0)
    False
    """
    return any(toks[k] in _WILL and toks[k + 1] in _MEASURE_PLACING for k in range(max(ca, ts - 9), ts - 1))


#: a stated readiness for a measure or for force is a threat of it ("said he was ready to impose tariffs on all
#: Chinese goods", "is prepared to use force"), as "will"/"would" is
_READY_WORDS = frozenset(["ready", "prepared"])


def _ready_to(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` follows "ready to" or "prepared to" (an adverb between allowed).

    >>> _ready_to("trump said he was ready to impose tariffs".split(), 6, 0)
    True
    >>> _ready_to("trump said he was fully prepared to impose tariffs".split(), 7, 0)
    True
    >>> _ready_to("the tariffs are ready to take effect".split(), 5, 0)
    True
    """
    return ts - 2 >= ca and toks[ts - 1] == "to" and toks[ts - 2] in _READY_WORDS


#: adverbs that make a perfect a habit ("has long accused", "has repeatedly punished American arms makers")
_HABIT_ADVERBS = frozenset(["long", "repeatedly", "often", "frequently", "regularly", "routinely"])
_BACKGROUND = (("in", "recent", "years"), ("for", "years"), ("for", "decades"), ("over", "the", "years"),
               ("in", "past", "years"), ("in", "the", "past"),
               ("for", "a", "long", "time"), ("long", "standing"), ("historically",), ("traditionally",),
               ("for", "several", "years"), ("for", "months"), ("in", "the", "years", "since"),
               *((aux, adv) for aux in sorted(PERFECT_AUX) for adv in sorted(_HABIT_ADVERBS)))


_BACKGROUND_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _p in _BACKGROUND:
    _BACKGROUND_BY_FIRST[_p[0]] = (*_BACKGROUND_BY_FIRST.get(_p[0], ()), _p)


_HABIT_SAYING = clauses.REPORT_VERBS | frozenset("accused warned criticized criticised".split())


def _habitual_saying(toks: list[str], a: int, b: int) -> bool:
    """Whether the clause [a, b) tells its speaker's own saying as a habit ("U.S. officials *have long
    said* that ...", "Beijing has repeatedly accused ..."): no statement of the day."""
    return any(toks[k] in PERFECT_AUX and toks[k + 1] in _HABIT_ADVERBS and toks[k + 2] in _HABIT_SAYING
               for k in range(a, b - 2))


def _background(toks: list[str], a: int, b: int) -> bool:
    """Whether tokens [a, b) hold an undated-background phrase ("in recent years", "has long")."""
    for i in range(a, b):
        for phrase in _BACKGROUND_BY_FIRST.get(toks[i], ()):
            if i + len(phrase) <= b and tuple(toks[i:i + len(phrase)]) == phrase:
                return True
        if toks[i] == "for" and _perfect_duration(toks, a, i, b):
            return True
    return False


_DURATION_HEDGES = frozenset(["more", "than", "over", "nearly", "almost", "about", "the", "past", "last", "at", "least",
                              "well", "some", "roughly"])
_DURATION_COUNTS = coverage.NUMBER_WORDS | {"a", "many"}


def _perfect_duration(toks: list[str], a: int, i: int, b: int) -> bool:
    """Whether "for" at ``i`` opens a span of years after a perfect ("has accused Beijing of hacking for more
    than a decade", "have sparred over the island for 70 years"): a habit, undated background."""
    if not any(toks[k] in _PERFECT for k in range(a, i)) or any(toks[k] in _RELATIVES for k in range(a, i)) \
            or _zero_relative_before(toks, a, i):
        return False  # ("the two Canadians it had held for nearly three years": a relative clause's background)
    k = i + 1
    while k < b and k - i <= 4 and toks[k] in _DURATION_HEDGES:
        k += 1
    if k < b and (toks[k] in _DURATION_COUNTS or toks[k].isdigit()):
        k += 1
        if k < b and toks[k] == "half":  # "a decade and a half" reads as "a decade" here
            k += 1
        return k < b and toks[k] in ("decade", "decades", "years", "centuries", "century")
    return False


def _duration_after(toks: list[str], i: int, b: int) -> bool:
    """Whether "for" at ``i`` opens a span of months or years ("for nearly three years", "for 18 months")."""
    if i >= b or toks[i] != "for":
        return False
    k = i + 1
    while k < b and k - i <= 4 and toks[k] in _DURATION_HEDGES:
        k += 1
    if k < b and (toks[k] in _DURATION_COUNTS or toks[k].isdigit()):
        k += 1
        return k < b and toks[k] in ("months", "years", "decade", "decades")
    return False


_PAST_PERFECT = frozenset(["had", "has", "have"])


def _relative_state(toks: list[str], trig: _Trigger, ca: int, cb: int) -> bool:
    """Whether the verb ``trig`` is a perfect inside a relative clause that tells how long a state lasted
    ("An American businessman *who had been barred* from leaving China *for nearly three years* flew home"):
    it describes the person, it is no act of the story's day.

    >>> from tension.text.lexicon import load_lexicon
    >>> t = load_lexicon().terms[0]
    >>> toks = "a businessman who had been barred from leaving china for nearly three years flew home".split()
    >>> _relative_state(toks, _Trigger(5, 6, t, "172"), 0, len(toks))
    True
    >>> toks = "a businessman who was barred from leaving china on monday flew home".split()
    >>> _relative_state(toks, _Trigger(4, 5, t, "172"), 0, len(toks))
    False
    """
    if trig.nominal:
        return False
    k = trig.ts - 1
    if k >= ca and toks[k] == "been":
        k -= 1
    if k < ca + 1 or toks[k] not in _PAST_PERFECT or toks[k - 1] not in ("who", "that", "which"):
        return False
    return any(_duration_after(toks, j, cb) for j in range(trig.te, min(cb, trig.te + 8)))


_HOPING = frozenset("hopes hope wants want wishes wish aims aim intends intend expects expect".split())  # now
_PRESENT_BE = frozenset(["are", "is", "been", "re"])  # "are at odds" (a state), not "were at odds at the talks"
_STATE_VERBS = frozenset(["remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "still"])
_COPULAS = frozenset(["is", "are", "was", "were", "remains", "remain", "remained", "be", "been", "being"])
_STATISTIC_VERBS = frozenset(["fell", "rose", "dropped", "grew", "increased", "declined", "jumped", "slumped", "surged", "climbed", "plunged", "soared", "slipped", "doubled", "halved", "totaled", "totalled"])


#: verbs of a level reached, before a number ("tariffs would total 55 percent", "now average about 20 percent");
#: "a total of 25 firms" has no number right after "total"
_LEVEL_VERBS = frozenset(["total", "totals", "average", "averages", "averaged", "reach", "reaches", "stand", "stands"])
_ABOUT = frozenset(["about", "around", "roughly", "nearly", "almost", "some", "at", "more", "over", "close"])

_HEDGES = frozenset(["probably", "possibly", "perhaps", "maybe"])


def _is_year(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and tok[:2] in ("19", "20")


#: words of frequency that, compared ("more often", "less frequently", "increasingly frequent"), tell a
#: trend of acts rather than one act
_FREQUENCY_COMPARATIVES = frozenset(["often", "frequently", "frequent", "regularly", "routinely"])
_COMPARING = frozenset(["more", "less", "increasingly"])


def _frequency_comparative(toks: list[str], trig: _Trigger, ca: int, cb: int) -> bool:
    """Whether the trigger is compared in frequency: "crossed the median line more often this year than
    ever", "more frequent intercepts" (a trend counted, not a dated act)."""
    k = trig.ts - 1
    while k > ca and _adjectival(toks[k]) and toks[k] not in _FREQUENCY_COMPARATIVES:
        k -= 1
    if k > ca and toks[k] in _FREQUENCY_COMPARATIVES and toks[k - 1] in _COMPARING:
        return True  # "more frequent intercepts" (an event noun, or a noun read as a verb)
    if trig.nominal:
        return False
    for j in range(trig.te + 1, min(cb, trig.te + 12)):
        if toks[j] in ("but", "which", "that", "who", "and") or toks[j] in _SUBORDINATORS:
            return False
        if toks[j] in _FREQUENCY_COMPARATIVES and toks[j - 1] in _COMPARING:
            return True
    return False


#: what a breach of a measure is said with: "contrary to", "in violation of", "in breach of", "violating"
_BREACHING = frozenset(["violating", "violated", "violate", "violates", "breaching", "breached", "breach", "breaches",
                        "evading", "evaded", "evade", "evades", "circumventing", "circumvented", "circumvent",
                        "flouting", "flouted", "flout", "defying", "defied"])
_BREACH_NOUNS = frozenset(["violation", "violations", "breach", "breaches", "evasion", "circumvention"])


def _breached_measure(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the measure noun at ``ts`` is one said to be broken or dodged ("contrary to U.S. export controls
    on Huawei", "in violation of American sanctions", "evading the tariffs"): the rule in force, not a new act.

    >>> _breached_measure("shipped the chips contrary to u s export controls".split(), 8, 0)
    True
    >>> _breached_measure("accused of violating american sanctions on iran".split(), 4, 0)
    True
    >>> _breached_measure("imposed new export controls".split(), 3, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - 6) - 1, -1):
        w = toks[k]
        if w in _BREACHING or (w == "to" and k - 1 >= ca and toks[k - 1] == "contrary") \
                or (w == "of" and k - 1 >= ca and toks[k - 1] in _BREACH_NOUNS):
            return True
        if w in ("and", "but", "which", "that", "who", "with", "by", "after", "before") or w in _SUBORDINATORS:
            return False
    return False


#: economic blows that "hit" a party: no force ("carmakers were hit by shortages of magnets")
_ECONOMIC_BLOWS = frozenset("shortage shortages slump slumps slowdown drop drops fall decline declines losses loss "
                            "weakness inflation costs cost demand downturn crisis glut prices price".split())
#: places of study: attending them is no meeting ("allow Chinese students to attend American colleges")
_STUDY_PLACES = frozenset("college colleges university universities school schools classes class lectures courses "
                          "campus campuses".split())
#: event nouns that, as subjects, press nobody themselves ("The Dutch move puts more pressure on Japan")
_EVENT_SUBJECTS = frozenset("move moves decision decisions step steps ruling rule rules measure measures deal policy "
                            "law order ban sanctions tariffs curbs controls shortage shortages crisis dispute".split())
#: what a company's warning is about: its own results ("warned that further curbs could hurt its business")
_BUSINESS_RESULTS = frozenset("business sales earnings revenue revenues profit profits margins results outlook "
                              "growth orders shares".split())


def _figurative(toks: list[str], trig: _Trigger, ca: int, cb: int) -> bool:
    """Whether the verb ``trig`` is used in a sense that is no act between parties: "were hit by shortages"
    (no force), "to attend American colleges" (no meeting), "The Dutch move puts pressure on Japan" (an event
    noun presses nobody), "warned that further curbs could hurt its business" (a company's outlook, no threat).

    >>> from tension.text.lexicon import load_lexicon
    >>> t = load_lexicon().terms[0]
    >>> toks = "carmakers were hit by shortages of chinese magnets".split()
    >>> _figurative(toks, _Trigger(2, 3, t, "190"), 0, len(toks))
    True
    >>> toks = "the dutch move puts more pressure on japan".split()
    >>> _figurative(toks, _Trigger(3, 6, t, "100"), 0, len(toks))
    True
    >>> toks = "washington put pressure on seoul".split()
    >>> _figurative(toks, _Trigger(1, 3, t, "100"), 0, len(toks))
    False
    """
    if trig.nominal or trig.negated:
        return False
    at, root = trig.at, trig.code[:2]
    verb = toks[at]
    if trig.code == "012" and verb in REPORTING_VERBS:
        k = next((j for j in range(trig.te, min(cb, trig.te + 14)) if toks[j] in ("concern", "concerns")), -1)
        if k - 2 >= ca and toks[k - 1] == "s" and not any(toks[j] in ("express", "expressed", "voice", "voiced")
                                                          for j in range(trig.te, k)):
            return True  # "said the Netherlands would take China's concerns into account": China's concern
    if verb == "place" and at - 1 >= ca and toks[at - 1] == "in":
        return True  # "has kept in place the sanctions it imposed": "in place", no verb "place"
    if root in ("18", "19") and verb == "hit" and at + 1 < cb and toks[at + 1] == "by":
        return any(toks[k] in _ECONOMIC_BLOWS for k in range(at + 2, min(cb, at + 6)))
    if root == "04" and verb in ("sit", "sits", "sat", "sitting") and trig.te < cb \
            and toks[trig.te] in ("their", "his", "her", "its", "our", "each"):
        return True  # "before sitting down with their delegations": their own side, no meeting of two parties
    if root == "04" and verb.startswith("attend"):
        return any(toks[k] in _STUDY_PLACES for k in range(at + 1, min(cb, at + 5)))
    if "pressure" in toks[at:trig.te + 2] and at - 1 >= ca and toks[at - 1] in _EVENT_SUBJECTS:
        return True
    if root == "13" and verb.startswith("warn"):
        for k in range(trig.te, min(cb, trig.te + 12)):
            if toks[k] in _BUSINESS_RESULTS and toks[k - 1] in ("its", "their", "s"):
                return True
    return False


def _number(tok: str) -> float | None:
    if tok in ("zero", "nil", "nothing"):
        return 0.0
    try:
        return float(tok.replace(",", ""))
    except ValueError:
        return None


_RATE_BREAKS = frozenset(["and", "but", "which", "that", "who", "while", "after", "before", "when", "said"])


def _rate_change(toks: list[str], te: int, cb: int) -> int:
    """The direction of a rate change told right after a measure noun ending at ``te``: -1 for "tariffs on
    Chinese goods from 145 percent to 30 percent" (lowered: an easing, whatever the verb or a gapped one),
    +1 for a rise, 0 when there is none.

    >>> _rate_change("tariffs on american goods from 125 percent to 10 percent".split(), 1, 9)
    -1
    >>> _rate_change("duties on steel from 10 percent to 25 percent".split(), 1, 8)
    1
    >>> _rate_change("tariffs on goods from china".split(), 1, 5)
    0
    """
    for k in range(te, min(cb - 3, te + 12)):
        if toks[k] in _RATE_BREAKS:
            return 0
        if toks[k] != "from" or (first := _number(toks[k + 1])) is None:
            continue
        j = k + 2
        while j < cb and toks[j] in ("percent", "per", "cent", "pct"):
            j += 1
        if j + 1 < cb and toks[j] == "to" and (second := _number(toks[j + 1])) is not None and second != first:
            return -1 if second < first else 1
        return 0
    return 0


def _kept_going(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the measure verb at ``ts`` is kept going: "will keep restricting", "would continue to restrict"
    (a refusal to ease it, not a new measure or a threat).

    >>> _kept_going("the netherlands will keep restricting sales".split(), 4, 0)
    True
    >>> _kept_going("tokyo would continue to restrict exports".split(), 4, 0)
    True
    >>> _kept_going("tokyo would restrict exports".split(), 2, 0)
    False
    """
    k = ts - 1
    if k >= ca and toks[k] == "to":
        k -= 1
    return k - 1 >= ca and toks[k] in ("keep", "continue") and toks[k - 1] in ("will", "would")


_TABLE_REFUSALS = {"163": "1244", "172": "1241", "085": "1244", "081": "1241", "084": "1243"}


def _off_the_table(toks: list[str], trig: _Trigger, cb: int) -> str:
    """The refusal code of an event noun said to be off the table ("the controls on advanced chips were
    'not on the table'", "sanctions relief is off the table", "talks are off the table"): a measure whose
    easing is refused (1244, 1241), a cooperative act refused (the term's negated code); "" otherwise.

    >>> from tension.text.lexicon import load_lexicon
    >>> toks = "the american controls on advanced chips were not on the table".split()
    >>> _off_the_table(toks, _Trigger(2, 3, load_lexicon().terms[0], "163", nominal=True), len(toks))
    '1244'
    """
    if not trig.nominal or trig.negated:
        return ""
    for j in range(trig.te, min(cb - 2, trig.te + 8)):
        if toks[j] in ("that", "which", "who", "but", "and", "said", "says") or toks[j] in _SUBORDINATORS:
            return ""
        if toks[j] in _COPULAS and (toks[j + 1:j + 4] == ["not", "on", "the"] or toks[j + 1:j + 3] == ["off", "the"]):
            end = j + 4 if toks[j + 1] == "not" else j + 3
            if end < len(toks) and toks[end] == "table":
                return _TABLE_REFUSALS.get(trig.code[:3], "") or (trig.term.negated_code or "" if trig.term.tension < 0
                                                                  else "")
    return ""


def _habitual(toks: list[str], trig: _Trigger, ca: int, cb: int) -> bool:
    """Whether the verb ``trig`` tells a habit: a perfect with "repeatedly" before it ("has repeatedly said it
    would take necessary measures") or a "whenever" clause after it ("protests whenever ...").

    >>> from tension.text.lexicon import load_lexicon
    >>> t = load_lexicon().terms[0]
    >>> toks = "china has repeatedly said it would take necessary measures".split()
    >>> _habitual(toks, _Trigger(6, 9, t, "130"), 0, len(toks))
    True
    >>> toks = "china said on monday it would take necessary measures".split()
    >>> _habitual(toks, _Trigger(6, 9, t, "130"), 0, len(toks))
    False
    """
    if any(toks[k] == "whenever" for k in range(trig.te, cb)):
        return True
    return any(toks[k] == "repeatedly" and toks[k - 1] in PERFECT_AUX and toks[k + 1] in _HABIT_VERBS
               for k in range(max(ca + 1, trig.ts - 8), trig.at))


#: verbs of saying and warning that "has repeatedly" makes a habit ("has repeatedly warned"); a deed so told
#: ("has repeatedly spread lies") may still be judged
_HABIT_VERBS = frozenset("said warned threatened vowed urged called pledged promised stated insisted demanded "
                         "asked appealed".split())


def _is_state(toks: list[str], trig: _Trigger, ca: int, cb: int) -> bool:
    """States and statistics are not events: "tariffs remain in place", "the two remain at odds",
    "China is a major trading partner", "exports to the US fell 13 percent"."""
    if trig.term.lemma == "label":
        return False  # a damning name given now is said now, even of a view held "still"
    if not trig.nominal and not trig.negated and clauses.standing(toks, trig.at, ca, cb):
        return True  # "patrol the waters almost every day", "is bound by law to provide", "claims X as its own"
    k = trig.ts - 1
    if k >= ca and (toks[k] in _STATE_VERBS or (k - 1 >= ca and toks[k - 1] in _STATE_VERBS and toks[k].endswith("ly"))):
        return True
    if k >= ca and toks[k] in _PRESENT_BE and trig.term.kind == "phrase" and toks[trig.ts] == "at":
        return True  # "the two countries are at odds", "have been at odds": a standing disagreement, a state
    if trig.nominal and trig.te + 1 < len(toks) and toks[trig.te] in ("that", "which") \
            and toks[trig.te + 1] in _STATE_VERBS:
        return True  # "a slide blamed on tariffs that remain in place": the relative clause tells a state
    for j in range(trig.te, min(cb, trig.te + 12)):
        if toks[j] in _STATE_VERBS or toks[j] in _STATISTIC_VERBS:
            return True
        if trig.nominal and toks[j] in _LEVEL_VERBS and j + 1 < cb and (toks[j + 1] in _ABOUT or toks[j + 1][:1].isdigit()):
            return True  # "American tariffs on Chinese goods would total 55 percent": a level, not a measure laid
        if toks[j] in ("but", "which", "that", "who") or toks[j] in _SUBORDINATORS:
            break  # "expelled two diplomats as tensions rose": the rise is another clause's
    if _frequency_comparative(toks, trig, ca, cb):
        return True  # "crossed the line more often this year", "more frequent intercepts": a trend
    if trig.nominal and trig.ts - 1 >= ca and _is_year(toks[trig.ts - 1]):
        return True  # "the 1962 war": history, not news
    if trig.nominal and any(_is_year(toks[k]) and k > ca and toks[k - 1] not in _PREPS
                            and all(_adjectival(toks[j]) for j in range(k + 1, trig.ts))
                            for k in range(max(ca, trig.ts - 4), trig.ts - 1)):
        return True  # "the two countries' 1951 Mutual Defense Treaty": a named act of that year
    if not trig.nominal and _habitual(toks, trig, ca, cb):
        return True  # "has repeatedly said it would take necessary measures whenever Washington ...": a habit
    if trig.nominal and trig.term.tension > 0 and _breached_measure(toks, trig.ts, ca):
        return True  # "contrary to U.S. export controls on Huawei", "in violation of sanctions": the rule in force
    if trig.nominal and trig.term.tension > 0 and signs.kept_measure(toks, trig.ts, ca):
        return True  # "keeps American tariffs at 30 percent": a measure kept is a state
    if trig.nominal and signs.expiring(toks, trig.te, cb):
        return True  # "before the truce was due to expire": a measure's expiry is its state
    k = trig.ts - 1
    while k > ca and _adjectival(toks[k]):
        k -= 1
    indefinite = k >= ca and toks[k] in ("a", "an", "any") and (k == ca or toks[k - 1] in ("that", "whether"))
    if trig.nominal or indefinite:
        for j in range(trig.te, min(cb, trig.te + 14)):
            if toks[j] in _CONTINUING and j > trig.te and toks[j - 1] in ("have", "has", "had", "are", "is"):
                return True  # "Trade talks between Washington and Beijing have continued": a state
            if indefinite and toks[j] in _MODAL_HYPOTHETICAL:
                return True  # "that an armed attack on its vessels would invoke the treaty": a hypothesis
            if toks[j] in ("but", "which", "that", "who", "said", "including", "where", "when"):
                break
    if trig.nominal and trig.ts - 1 >= ca and toks[trig.ts - 1] == "the" and (
            trig.ts - 1 == ca or toks[trig.ts - 2] in _REPORTING or toks[trig.ts - 2] == "that") and (
            trig.te >= cb or toks[trig.te] not in _PREPS) and not _agent_passive(toks, trig.te, cb):
        return True  # "The deal showed ...", "The talks were productive": a repeat of an event told before
    if not trig.nominal and any(toks[k] in _HEDGES for k in range(max(ca, trig.ts - 2), trig.ts)):
        return True  # "was probably fired by": a guess, not a report
    if trig.nominal or trig.term.kind == "phrase":
        j = trig.ts - 1
        steps = 0
        while j >= ca and steps < 4 and (toks[j] in _DETERMINERS or _adjectival(toks[j]) or toks[j] == "major"):
            j -= 1
            steps += 1
        if j >= ca and toks[j] in _COPULAS and j < trig.ts - 1:
            return True  # "is a major trading partner"
        for j in range(trig.te, min(cb, trig.te + 6)):
            if toks[j] in _STATE_VERBS or toks[j] in _STATISTIC_VERBS:
                return True
            if toks[j] in ("and", "but", "which", "that", "who") or toks[j] in _SUBORDINATORS:
                break
    return False


_TOPIC_OPENERS = frozenset(["over", "about", "regarding", "concerning", "amid", "amidst"])
#: nouns of talk and knowledge: a party after "on" or "about" one is the subject matter ("agreed to share
#: intelligence on North Korean missile launches", "talks on Ukraine"), not a target; nouns of attitude
#: ("concern about China's buildup") keep theirs
_SUBJECT_MATTER_HEADS = frozenset(
    "talks negotiations dialogue consultations discussions intelligence information data views question questions "
    "issue issues topic topics matter matters".split())
_TOPIC_HEADS = frozenset(
    "support concern concerns dispute disputes difference differences disagreement disagreements odds row rows "
    "spat spats feud tension tensions question questions issue issues topic topics matter matters worry worries "
    "fear fears view views position positions stance talks negotiations dialogue consultations discussions "
    "criticism anger outrage frustration alarm".split())
#: nouns of a habit or course of action: an event noun after "the practice of" is talked about, not done
_PRACTICE_HEADS = frozenset("practice practices policy policies habit pattern strategy tactic tactics".split())
_TOPIC_STOP = frozenset(["that", "which", "who", "whose", "to", "said", "says", "but", "because", "when", "while",
                         "after", "before", "until", "if", "by"])


#: "in retaliation for", "in response to", "in protest at": the noun says why the sentence's act was done
#: and what follows its preposition is that act's cause; one table for both rules below
_PURPOSE_PREPS: Mapping[str, frozenset[str]] = {
    "retaliation": frozenset(["for", "against"]), "reprisal": frozenset(["for"]), "revenge": frozenset(["for"]),
    "punishment": frozenset(["for"]), "response": frozenset(["to"]), "reply": frozenset(["to"]),
    "protest": frozenset(["at", "against", "over"]),
    # the participles say the same ("..., retaliating for American sanctions on Chinese officials")
    "retaliating": frozenset(["for", "against"]), "responding": frozenset(["to"]),
}
_CAUSE_OPENERS = frozenset((prep, noun) for noun, preps in _PURPOSE_PREPS.items() for prep in preps)


def _purpose_noun(toks: list[str], at: int, cb: int) -> bool:
    """"(expelled two diplomats) in retaliation for ...", "in response to", "in protest at": the noun
    says why the sentence's act was done and is no event of its own."""
    return at > 0 and toks[at - 1] == "in" and at + 1 < cb and toks[at + 1] in _PURPOSE_PREPS.get(toks[at], ())


_ANSWERED_GLUE = frozenset(["the", "a", "an", "its", "their", "recent", "new", "earlier", "latest", "previous"])


def _answered_party(toks: list[str], a: int, b: int, trig: _Trigger, mentions: list[_Mention], actor: str,
                    day: _dt.date, dyad: tuple[str, str] | None) -> str | None:
    """The party a conflictual act answers when its sentence says so after it ("would restrict exports of
    gallium, ..., in a move widely seen as *retaliation for American* curbs", "in response to Japan's
    decision"): the country of the mention right after the cause noun's preposition (a few determiners
    and modifiers between), when it is not the actor's."""
    for k in range(trig.te, b - 1):
        if toks[k + 1] not in _PURPOSE_PREPS.get(toks[k], ()) or toks[k] == "protest":
            continue
        j = k + 2
        while j < b and toks[j] in _ANSWERED_GLUE:
            j += 1
        m = next((m for m in mentions if m.ts == j and m.kind == "name"), None)
        codes = m.codes(day, dyad) if m is not None else ()
        if codes and codes[0][:3] != actor[:3]:
            return codes[0]
        return None
    return None


#: roots of a reaction whose target an "after" clause's subject may name (criticism, refusals, threats, measures)
#: what before "visiting" makes it the verb of a visit ("is visiting China"), not the visitor's adjective
_VISITING_AUX = BE_FORMS | frozenset("am not also still now currently".split())
_ARMED_ROOTS = frozenset(["18", "19", "20"])
_REACTING_ROOTS = frozenset(["11", "12", "13", "16", "17"])
_AFTER_WORDS = frozenset(["after", "following", "when"])  # ("protested when a Chinese ship rammed ...")


def _after_party(toks: list[str], b: int, trig: _Trigger, mentions: list[_Mention], actor: str, day: _dt.date,
                 dyad: tuple[str, str] | None) -> str | None:
    """The party a reaction with no target of its own answers when an "after" clause right behind it names
    who acted ("Beijing threatened retaliation after the U.S. blacklisted more Chinese firms", "China
    protested after Japan released the water"): that clause's subject, when it is another country's."""
    k = trig.te
    while k < min(b, trig.te + 3) and toks[k] not in _AFTER_WORDS:
        k += 1
    if k >= b or toks[k] not in _AFTER_WORDS or any(trig.te <= m.ts < k for m in mentions):
        return None  # (no party between: "to suppress Chinese companies, three days after ..." is no reaction)
    j = k + 1 + int(k + 1 < b and toks[k + 1] in _ARTICLES)  # ("when a Chinese ship rammed ...")
    m = next((m for m in mentions if m.ts == j and m.kind == "name"), None)
    if m is None or m.te >= b or not toks[m.te].isalpha() or toks[m.te] in _PREPS or toks[m.te] == "s":
        return None  # ("after the U.S. sanctions ...": a noun phrase; "after Japan's decision": its owner's)
    codes = m.codes(day, dyad)
    return codes[0] if codes and codes[0][:3] != actor[:3] else None


def _topic_noun(toks: list[str], trig: _Trigger, triggers: list[_Trigger], ca: int) -> bool:
    """An event noun inside a topic phrase is what the sentence is about, not an event of it: "at odds over
    trade disputes and China's support for Russia's war", "amid tensions over the blockade", "differences on
    the sanctions", "issues such as the arms sales". The phrase opens with "over", "about", "regarding", "amid"
    or with a topic noun followed by "for", "on", "such as", "including" ("support for", "concerns
    about"); a list of such topics is walked back through. A verb between the opener and the noun governs
    the noun, which is then that verb's object and stays an event ("agreed on a ceasefire"), and so does a
    noun with its own agent ("over the visit by Pelosi"). An event noun after "since" is a time anchor,
    background whoever did it."""
    if not trig.nominal or trig.negated or (trig.term.tension > 0 and signs.took_effect(toks, trig.te, len(toks))):
        return False  # (a measure "that took effect the same day" happened, whatever the phrase)
    agent = "by" in toks[trig.te:trig.te + 4]  # an agent of its own: "protested over the visit by Pelosi"
    k = trig.ts - 1
    while k >= ca and trig.ts - k <= 16:
        w = toks[k]
        if any(o is not trig and not o.nominal and o.ts <= k < o.te for o in triggers):
            return False  # a verb governs the noun ("imposed tariffs over ..." keeps the tariffs)
        prev = toks[k - 1] if k - 1 >= ca else ""
        if (w, prev) in _CAUSE_OPENERS:
            return True  # "in retaliation for Pelosi's visit": the cause, told before, is no event of the day
        if w in _TOPIC_STOP:
            return False
        if w == "since":
            return True  # a time anchor ("since the invasion of Ukraine by Russia"), told as background
        if w in _TOPIC_OPENERS and not clauses.approximation(toks, k):  # ("about 12 hours of talks")
            return not agent
        if w in ("for", "on", "including") and prev in _TOPIC_HEADS:
            return not agent
        if w == "of" and prev in _PRACTICE_HEADS:
            return not agent  # "the wrong practice of unilateral tariff increases": a habit talked about
        if w == "as" and prev == "such" and k - 2 >= ca and toks[k - 2] in _TOPIC_HEADS:
            return not agent
        k -= 1
    return False


def _object_of_skipped(toks: list[str], trig: _Trigger, triggers: list[_Trigger], ca: int,
                       skipped: set[int]) -> bool:
    """An event noun that is the object of a verb which is itself no event (the complement of a demand:
    "pressed Xi to condemn Russia's invasion of Ukraine") is not reported as happening either."""
    if not trig.nominal or trig.negated:
        return False
    for k in range(trig.ts - 1, max(ca - 1, trig.ts - 6), -1):
        if toks[k] in _TOPIC_STOP or toks[k] in _PREPS:
            return False
        governor = next((o for o in triggers if o is not trig and o.ts <= k < o.te), None)
        if governor is not None:
            return not governor.nominal and governor.te == k + 1 and id(governor) in skipped \
                and not _ordered_measure(toks, governor, trig)  # ("ordered a ban": the ban stands)
    return False




def _criticised_plan(toks: list[str], trig: _Trigger, triggers: list[_Trigger], ca: int) -> bool:
    """Whether the verb ``trig`` is the infinitive of an unowned plan that an earlier criticism or objection
    of the clause is aimed at ("objected ... to a plan to revoke the visas of some Chinese students"): the plan's
    maker is not named, and the objector is not it ("condemned Canada's decision to expel" keeps its owner).

    >>> from tension.text.lexicon import load_lexicon
    >>> t = load_lexicon().terms[0]
    >>> toks = "beijing objected to a plan to revoke the visas".split()
    >>> _criticised_plan(toks, _Trigger(6, 7, t, "172"), [_Trigger(1, 2, t, "111"), _Trigger(6, 7, t, "172")], 0)
    True
    """
    if trig.nominal or trig.negated or trig.ts < ca + 3 or toks[trig.ts - 1] != "to" \
            or toks[trig.ts - 2] not in clauses.DECIDED_NOUNS or toks[trig.ts - 3] not in ("a", "an", "the", "any"):
        return False
    return any(o is not trig and o.code[:2] in ("11", "12") and not o.nominal and o.te <= trig.ts - 3
               for o in triggers)


_CONTINUING = frozenset(["continued", "continuing", "persisted", "dragged"])
_MODAL_HYPOTHETICAL = frozenset(["would", "could", "might"])
_ORDINALS = frozenset("first second third latest last".split())
_COMMENT_ROOTS = frozenset(["01", "10", "11", "12", "13", "14"])


def _bare_object(toks: list[str], trig: _Trigger, triggers: list[_Trigger], mention_ends: set[int], ca: int) -> bool:
    """An event noun that is the object of a statement, with no actor of its own, is what is talked
    about, not a second event of the speaker: "criticised coercion in the region" (but "condemned the
    US arms sale" keeps the sale, whose actor is named)."""
    if not trig.nominal:
        return False
    k = trig.ts - 1
    steps = 0
    while k >= ca and steps < 3 and (toks[k] in _DETERMINERS or (_adjectival(toks[k]) and k + 1 not in mention_ends)):
        k -= 1
        steps += 1
    if steps == 0 and k - 1 >= ca and toks[k - 1] in _ARTICLES and toks[k].isalpha() and not toks[k].endswith("s") \
            and k + 1 not in mention_ends:
        k -= 2  # "condemning the Exchange hack": a noun modifier after the article
    if k + 1 in mention_ends or (k >= ca and toks[k] == "s"):
        return False  # a possessor or a country modifier names the noun's actor
    if any(toks[j] in ("by", "from") for j in range(trig.te, min(len(toks), trig.te + 6))):
        return False  # ... or an agent after it ("the arms sale to Taiwan by the United States")
    return any(o is not trig and not o.nominal and o.code[:2] in _COMMENT_ROOTS and o.te == k + 1
               and not _ordered_measure(toks, o, trig) for o in triggers)  # ("ordered a ban": the ban is done)


def _appositive(toks: list[str], trig: _Trigger, ca: int, commas: frozenset[int], mention_ends: set[int]) -> bool:
    """A noun in an apposition describes, it does not happen: "The United States, a treaty ally of the
    Philippines, condemned ..."."""
    if not trig.nominal:
        return False
    k = trig.ts - 1
    steps = 0
    while k >= ca and steps < 4 and (toks[k] in _DETERMINERS or _adjectival(toks[k])):
        k -= 1
        steps += 1
    if k >= ca and k in commas and any(toks[j] in _ORDINALS for j in range(k + 1, trig.ts)):
        return True  # "..., the first trip by a secretary of state in five years"
    return k >= ca and k in commas and (k + 1) in mention_ends  # "<mention>, a ... <noun>"


_PLAN_VERBS = frozenset(["plan", "plans", "planned", "planning", "expected", "scheduled", "set", "due", "intends", "intend", "intended", "going", "prepares", "prepared", "preparing", "poised", "slated"])
_PACTS = frozenset("treaty pact alliance commitment commitments guarantee guarantees article".split())
_REHEARSED_ROOTS = frozenset(["18", "19", "20"])  # force a drill rehearses is a show of force (coverage.rehearsed)
_PLAN_BEFORE_TO = _PLAN_VERBS | frozenset(["is", "are", "was", "were"])
_FUTURE_AUX = frozenset(["will", "ll", "shall"])


def _planning_frame(toks: list[str], trig: _Trigger, triggers: list[_Trigger]) -> bool:
    """A planning word that governs another trigger ("plans to travel") is not an event of its own."""
    if toks[trig.at] not in _PLAN_VERBS or trig.negated:
        return False
    # the planning word itself governs the "to" ("set to visit"), not a term that starts with it ("set up a
    # joint task force to counter illegal fishing")
    end = trig.te if trig.te - trig.at <= 2 else trig.at + 1
    return any(o is not trig and ((0 < o.ts - end <= 2 and toks[o.ts - 1] == "to") or (
        o.nominal and _to_do(toks, end, o.ts))) for o in triggers)


#: verbs that only carry an event noun ("plans to hold joint patrols", "is due to pay a visit")
_CARRIER_VERBS = frozenset("hold conduct make pay stage carry sign launch begin start".split())


def _to_do(toks: list[str], k: int, ts: int) -> bool:
    """Whether tokens [k, ts) are "to" and a carrier verb before an event noun at ``ts`` ("(plans) to hold
    joint patrols", "(is expected) to pay a visit"), with at most articles and modifiers between."""
    return 2 <= ts - k <= 5 and toks[k] == "to" and toks[k + 1] in _CARRIER_VERBS and all(
        t in _DETERMINERS or _adjectival(t) for t in toks[k + 2:ts])


_STANCE_STEMS = ("oppos", "object", "resist", "keep", "kept", "maintain", "reject", "refus", "rebuff", "spurn")
# a disapproval one "will" hold is held now, and so is a measure one "will keep" in place ("said it would keep
# tariffs in place": a refusal to ease, 124x), and a refusal one "would" make is made ("said it would reject any
# contact with Tokyo": the refusal is the statement)


def _mode(toks: list[str], trig: _Trigger, ca: int, day: _dt.date, published: _dt.date) -> str:
    """``plan`` for an announced future act ("will visit", "plans to travel", "is to meet", a future
    date), else ``act``."""
    if day > published:
        return "plan"
    if trig.code[:2] == "13":  # "China will take resolute countermeasures": the threat is made now
        return "act"
    k = trig.ts - 1
    if k >= ca and toks[k] == "to" and k - 1 >= ca and toks[k - 1] in _PLAN_BEFORE_TO:
        return "plan"
    if toks[trig.ts] in ("expected", "due") and k >= ca and toks[k] in ("is", "are"):
        return "plan"  # "the minister is expected in Washington next week", "is due in Beijing": a visit to come
    if trig.nominal and trig.code[:2] == "04":
        rel = trig.te + int(trig.te < len(toks) and toks[trig.te] in ("that", "which"))
        if any(clauses.relative_maker(toks, trig.te, [(rel, rel + n)])[1] for n in (1, 2, 3)):
            return "plan"  # "a visit he is expected to make to Beijing": one to come
    if trig.nominal and any(toks[j - 1] in _PLAN_BEFORE_TO and _to_do(toks, j, trig.ts)
                            for j in range(max(ca + 1, trig.ts - 5), trig.ts - 1)):
        return "plan"  # "plans to hold joint patrols", "is to pay a visit"
    if k >= ca and toks[k] in signs.PROPOSING and toks[trig.ts].endswith("ing"):
        return "plan"  # "proposed barring Chinese software": proposed, not yet done
    for j in range(max(ca, trig.ts - 3), trig.ts):
        if toks[j] in _FUTURE_AUX:
            return "plan"
    if trig.nominal and trig.ts <= ca + 2 and any(toks[j] in _FUTURE_AUX for j in range(trig.te, min(len(toks), trig.te + 4))):
        return "plan"  # "Talks on that issue will continue": the noun is the future verb's subject
    if trig.nominal and _future_light_verb(toks, trig.ts, ca):
        return "plan"  # "He will also pay an official visit to Laos"
    return "act"


#: the verbs that carry an event noun as their object ("pay a visit", "hold talks", "make a trip")
_SUPPORT_VERBS = clauses.LIGHT_VERBS | frozenset("pay hold attend host".split())


def _future_light_verb(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is the object of a support verb in the future tense ("will also
    pay an official visit", "will soon hold a new round of talks")."""
    k = ts - 1
    while k >= ca and ts - k <= 4 and (_adjectival(toks[k]) or toks[k] in _ARTICLES or toks[k].isdigit()):
        k -= 1  # ("an official", "a two-day state", "a new round of")
    if k >= ca + 1 and toks[k] == "of" and toks[k - 1] in ("round", "series"):
        k -= 2
        while k >= ca and (toks[k] in _ARTICLES or _adjectival(toks[k])):
            k -= 1
    if k < ca or toks[k] not in _SUPPORT_VERBS:
        return False
    k -= 1
    while k >= ca and (toks[k].endswith("ly") or toks[k] in ("also", "then", "soon", "again", "not")):
        k -= 1
    return k >= ca and toks[k] in _FUTURE_AUX


#: the roots of what a state says or asks on behalf of its own national held abroad
_ON_BEHALF_ROOTS = frozenset(["01", "02", "10", "11", "12", "13"])


_AROUND_PLACE = frozenset("in at inside within around near outside to from into across through".split())
_EU_NAME = ActorName(("brussels",), "IGOEUREEC", None, None, "igo", "Brussels (the EU, in a story that names it)")


def _seat_of_the_eu(toks: list[str], sent_mentions: list[list[_Mention]]) -> list[list[_Mention]]:
    """In a story that names the European Union, "Brussels" as a party is the EU ("the agreement that
    Brussels and Beijing concluded"), as news uses it; a place ("highways around Brussels") and any
    Brussels of a story without the EU stay Belgium's capital."""
    names_eu = any(m.names and m.names[0].code == "IGOEUREEC" and m.names[0].tokens != ("brussels",)
                   for ms in sent_mentions for m in ms)
    if not names_eu:
        return sent_mentions
    return [[attrs.evolve(m, names=(_EU_NAME,)) if m.names and m.names[0].tokens == ("brussels",) and not m.role
             and not (m.ts > 0 and toks[m.ts - 1] in _AROUND_PLACE) else m for m in ms] for ms in sent_mentions]


_FOLLOWING = "follow a measure"  # the lemma of a trigger made by :func:`_followed_measure`
_ALIKE = frozenset(["similar", "parallel", "same", "identical", "matching", "comparable", "reciprocal"])
_MEASURE_NOUNS = frozenset(["steps", "step", "measures", "measure", "action", "actions", "sanctions", "moves",
                            "move", "penalties", "restrictions", "curbs"])


def _followed_measure(toks: list[str], ca: int, cb: int, raws: Sequence[_Raw]) -> tuple[int, int, str] | None:
    """A clause that repeats the story's last measure ("Britain, Canada and the United States announced
    *similar steps* against the same officials", "Canada *followed suit*"): (start, end, the measure's
    code), the story's last reduction of relations or coercion (roots 16-17); None when there is none.

    >>> raw = _Raw(_dt.date(2021, 3, 22), "day", "IGOEUREEC", "CHNGOV", "163", 8.0, 0, 10, "", "act")
    >>> _followed_measure("britain announced similar steps against the officials".split(), 0, 7, [raw])
    (2, 4, '163')
    >>> _followed_measure("canada followed suit".split(), 0, 3, [raw])
    (1, 3, '163')
    >>> _followed_measure("canada followed suit".split(), 0, 3, []) is None
    True
    """
    last = next((r for r in reversed(raws) if r.code[:2] in ("16", "17") and r.mode == "act"), None)
    if last is None:
        return None
    for k in range(ca, cb - 1):
        if toks[k] in ("followed", "follow", "follows", "following") and toks[k + 1] == "suit":
            return k, k + 2, last.code
        if toks[k] in _ALIKE and toks[k + 1] in _MEASURE_NOUNS and k > ca \
                and (toks[k - 1] not in ("the", "a") or toks[k] == "same"):
            return k, k + 2, last.code  # ("took the same steps"; not "a similar step is due")
    return None


def _held_before_release(toks: list[str], trig: _Trigger, triggers: list[_Trigger], ca: int) -> bool:
    """Whether ``trig`` is a detention told in a pluperfect relative clause about the people a later
    release in the clause frees ("Two Canadians *who had been held* in China ... were released"): the
    detention is the release's background, no event of the day.

    >>> toks = "an american who had been jailed in russia was freed".split()
    >>> t = lambda s, c: _Trigger(s, s + 1, Term((toks[s],), c, 0.0, None, None, "verb", toks[s]), c)
    >>> _held_before_release(toks, t(5, "173"), [t(5, "173"), t(9, "0841")], 0)
    True
    """
    if trig.code[:2] != "17" or trig.nominal or trig.negated or trig.ts - 3 < ca \
            or toks[trig.ts - 3:trig.ts] not in (["who", "had", "been"], ["that", "had", "been"]):
        return False
    return any(o.ts > trig.te and o.code[:3] == "084" for o in triggers)


_ENFORCING = frozenset("enforce enforces enforced enforcing enforcement monitor monitors monitored monitoring "
                        "police policing patrol patrolling".split())
_OTHERS_SANCTIONS = frozenset("united nations un u n security council international multilateral multinational".split())


def _enforced_sanctions(toks: list[str], ts: int, te: int, ca: int) -> bool:
    """Whether the sanctions term [ts, te) is the object of enforcing or monitoring another body's sanctions
    ("to monitor and enforce United Nations Security Council sanctions against North Korea", "keep
    enforcing international sanctions on Iran")."""
    lo = max(ca, ts - 8)
    k = next((j for j in range(ts - 1, lo - 1, -1) if toks[j] in _ENFORCING), -1)
    return k >= 0 and any(t in _OTHERS_SANCTIONS for t in toks[k + 1:te])


_THANKING = ("thank", "prais", "commend", "credit", "hail", "applaud")
#: the planning words of a plan told in the past perfect ("had been due to visit"): one that fell through
_LAPSED_PLAN = frozenset("due scheduled expected set slated supposed".split())


#: drills held "with" another force are joint drills (062), as "joint drills" are
_DRILL_LEMMAS = frozenset(["drill", "military exercise", "war game"])
_PARTAKING = ("take part in", "participate in")  # ... exercises "with" a partner force: joint (062)
#: the passage nouns of a naval show of force, and the roles whose passage is a stopover instead
_PASSAGE_LEMMAS = frozenset(["transit"])
_STATESMEN_ROLES = frozenset(["GOV", "ELI", "LEG", "OPP"])


def _lapsed_plan(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` is the object of a plan told as lapsed: "had been due to visit Tokyo",
    "had been scheduled to meet", "was to have visited Manila". Such a plan fell through (the story
    goes on to the cancellation), so it is neither the visit nor a plan still standing."""
    k = ts - 1
    if k - 3 >= ca and toks[k] == "to" and toks[k - 1] in _LAPSED_PLAN and toks[k - 2] == "been" and toks[k - 3] == "had":
        return True
    return k - 2 >= ca and toks[k] == "have" and toks[k - 1] == "to" and toks[k - 2] in ("was", "were")


# the present-tense verbs of an outcome that is feared or generic, not told ("before an accident turns into
# a war", "a clash that could spiral into conflict", "mistakes that lead to war")
_OUTCOME_INTO = frozenset("turn turns escalate escalates spiral spirals tip tips slide slides descend descends "
                          "erupt erupts".split())
_OUTCOME_TO = frozenset(["lead", "leads"])


def _feared_outcome(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is what something present-tense "turns into" or "leads to"."""
    k = ts - 1
    while k > ca and toks[k] in ("a", "an", "the", "full", "open", "all", "out", "armed", "military", "outright"):
        k -= 1
    return k > ca and ((toks[k] == "into" and toks[k - 1] in _OUTCOME_INTO)
                       or (toks[k] == "to" and toks[k - 1] in _OUTCOME_TO))


_NOT_COUNTED = frozenset("outside inside across around near against over into onto toward towards along "
                         "abroad overseas there here".split())


def _counted_noun(toks: list[str], k: int) -> bool:
    """Whether a plural noun, perhaps after one modifier, starts at ``k`` ("hijacked *devices*",
    "kidnapped *Chinese workers*"), not a preposition or an adverb ("thousands protested *outside*")."""
    w = toks[k] if k < len(toks) else ""
    if not w.isalpha() or w in _NOT_DESCRIBED_NOUN or w in _PREPS or w in _NOT_COUNTED or w == "by":
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    return (w.endswith("s") and not w.endswith("ss")) or (nxt.isalpha() and nxt.endswith("s")
                                                           and not nxt.endswith("ss") and nxt not in _PREPS)


# a verb's other sense, told by the word after it: studying somewhere is schooling (no inquiry, 090), a telephone
# service or network is no call (041)
_STUDY_WHERE = frozenset("in at abroad overseas there here".split())
_PHONE_THINGS = frozenset("services service network networks lines line company companies carrier carriers "
                          "operator operators market markets records numbers equipment".split())
_OTHER_SENSE_NEXT: Mapping[str, frozenset[str]] = {
    **{w: _STUDY_WHERE for w in ("study", "studies", "studied", "studying")},
    **{w: _PHONE_THINGS for w in ("telephone", "phone", "mobile")},
}
_RECALLS = frozenset(["recalled", "recalls", "recall", "recalling", "summoned", "summons"])
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens hundreds thousands several "
                         "many".split())


def _part_of_name(trig: _Trigger, ca: int, cb: int, capitals: frozenset[int]) -> bool:
    """Whether a nominal trigger is a capitalised word inside a proper name ("the Hudson *Institute*", "the
    Polish *Institute*'s director", "the Peace *Corps*") in a clause that is not a title-case headline:
    a name, no event."""
    if not trig.nominal or trig.ts <= ca or trig.ts - 1 not in capitals or trig.ts - 1 == ca:
        return False
    if any(k not in capitals for k in range(trig.ts, trig.te)):
        return False
    return 2 * len(capitals) < cb - ca  # (a headline capitalises most of its words)


def _skip_trigger(toks: list[str], trig: _Trigger, triggers: list[_Trigger], ca: int) -> bool:
    """Hypotheticals ('would host'), complements of appeals and demands, bare intentions are not events."""
    if trig.ts - 2 >= ca and toks[trig.ts - 1] == "for" and toks[trig.ts].endswith("ing") and any(
            toks[k].startswith(_THANKING) for k in range(max(ca, trig.ts - 8), trig.ts - 1)):
        return True  # "thanked Mr. Biden for reaffirming support": the reason for thanks, the thanked one's act
    if trig.code[:3] == "163" and _enforced_sanctions(toks, trig.ts, trig.te, ca):
        return True  # "help enforce United Nations sanctions against North Korea": a standing task, not a sanction
    if _lapsed_plan(toks, trig.ts if not trig.nominal else trig.ts - 2, ca) and (
            not trig.nominal or toks[trig.ts - 2] in _CARRIER_VERBS):
        return True  # "had been due to visit Tokyo", "was to have visited Manila", "had been set to pay a visit"
    if trig.nominal and toks[trig.at] in ("host", "hosts") and trig.te - trig.at == 1:
        return True  # "the city of Gyeongju, the host of this year's summit": a role, not an act
    if not trig.nominal and trig.ts - 1 > ca and toks[trig.ts - 1] == "to" and any(
            toks[k] in _WH_INFINITIVE for k in range(max(ca, trig.ts - 4), trig.ts - 1)):
        return True  # "failed to agree on how far to ease sanctions", "debated whether to expel": a question, no act
    if not trig.nominal and trig.te == trig.at + 1 and trig.te < len(toks) \
            and toks[trig.te] in _OTHER_SENSE_NEXT.get(toks[trig.at], ()):
        return True  # "students study in the United States", "provide telephone services": no inquiry, no call
    if trig.nominal and toks[trig.at] in ("consultations", "consultation") and toks[trig.ts - 1] == "for" \
            and any(toks[k] in _RECALLS for k in range(max(ca, trig.ts - 12), trig.ts)):
        return True  # "recalled its ambassadors to Israel and the United States for consultations": the recall
    if trig.nominal and trig.code[:2] in ("18", "19", "20") and _feared_outcome(toks, trig.ts, ca):
        return True  # "before an accident at sea turns into a war": an outcome feared, no fighting
    if trig.code[:2] in ("18", "19", "20") and coverage.against_a_problem(toks, trig.at, trig.te, len(toks)):
        return True  # "the fight against terrorism" is a policy, no attack
    if (trig.term.kind == "verb" and not trig.negated and trig.ts > ca and toks[trig.ts - 1] in _ARTICLES_POSS
            and not _us_acronym(toks, trig.ts - 1, ca) and _participle(toks[trig.at], trig.term)):
        return True  # a participle used as an adjective: "the detained sailors"
    if (trig.term.kind == "verb" and not trig.negated and trig.ts > ca and trig.te < len(toks)
            and (toks[trig.ts - 1].isdigit() or toks[trig.ts - 1] in _COUNT_WORDS)
            and (trig.ts - 2 < ca or toks[trig.ts - 2] not in ("of", "the"))  # ("the Group of Seven pledged")
            and _counted_noun(toks, trig.te) and _participle(toks[trig.at], trig.term)):
        return True  # and after a count: "a network of 200,000 hijacked devices", "two detained sailors"
    # a modal governs the verb right after it, and an event noun a few words on ("could resolve differences
    # through dialogue")
    modal = [toks[k] for k in range(max(ca, trig.ts - (6 if trig.nominal else 2)), trig.ts) if toks[k] in _MODALS]
    if modal and not (modal == ["would"] and (_as_threat(toks, trig, ca) is not None or trig.code[:2] == "13"
                                              or _reported_would(toks, trig, ca) or _announced_act(toks, trig, ca)
                                              or (trig.neg_kind == "cancel" and _said_would(toks, trig.ts, ca))
                                              or (trig.negated and trig.code[:3] == "035"))):
        # ("said it would suspend visits": an announced suspension is an act; "would not impose": a promise)
        return True
    if _frame_of(toks, trig, triggers, ca) is not None:
        return True
    if any(_ordered_measure(toks, trig, o) for o in triggers if o is not trig):
        return True  # "ordered a ban on ...": the ban is the act
    if _held_before_release(toks, trig, triggers, ca):
        return True  # "An American who had been jailed in Russia ... was freed": the release is the news
    if not trig.nominal and clauses.move_gloss(toks, trig.ts, ca):
        return True  # "..., in a move the White House said would protect American workers": the move's aim
    if toks[trig.ts - 1] == "to" and trig.ts - 1 >= ca and any(
            o is not trig and o.te <= trig.ts - 1 and trig.ts - o.te <= 4 and (o.negated or o.code[:2] == "12")
            for o in triggers):
        return True  # "did not accept an invitation to visit Beijing": the refused visit is no visit
    pron = trig.ts - 2 if trig.ts - 2 >= ca and toks[trig.ts - 1] in ("had", "have", "has") else trig.ts - 1
    if (not trig.nominal and pron - 1 >= ca and toks[pron] in ("they", "it", "he", "she", "we")
            and any(o is not trig and o.te == pron for o in triggers)):
        return True  # "the tariffs they (had) imposed in April": a clause about the noun, told as background
    for j in range(max(ca, trig.ts - 10), trig.ts - 2):
        if toks[j] in ("no", "little", "without") and toks[j + 1] in _NO_SIGN and toks[j + 2] in ("that", "of"):
            return True  # "there was no sign that his meetings helped"
    if _kept_measure(toks, trig, ca):
        return True  # "would keep enforcing U.N. sanctions", "has kept in place the sanctions": no refusal told
    if trig.negated or trig.ts - 1 < ca or toks[trig.ts - 1] != "to":
        return False
    if trig.ts - 2 >= ca and toks[trig.ts - 2] in _INTENT_BEFORE_TO:
        # (but a readiness for a measure or for force is a threat of it: "said he was ready to impose tariffs")
        return not (toks[trig.ts - 2] in _READY_WORDS and _as_threat(toks, trig, ca) is not None)
    # "wants Beijing to criticize": a wish about someone else's act, the wished act is no event
    return any(toks[k] in _WISH_VERBS and all(toks[j] not in _PREPS and toks[j] not in _MODIFIER_STOP
                                              for j in range(k + 1, trig.ts - 1))
               for k in range(max(ca, trig.ts - 6), trig.ts - 2))


def _ordered_measure(toks: list[str], order: _Trigger, trig: _Trigger) -> bool:
    """Whether ``trig`` is a measure noun that the order verb ``order`` takes as its direct object ("ordered
    a ban on transactions with ...", "ordered new tariffs"): the measure is the act, the order no event of
    its own (an ordered act is an act)."""
    return trig.nominal and trig.term.tension > 0 and trig.code[:2] in ("16", "17") and not order.nominal \
        and order.code[:2] == "10" and toks[order.at] in signs.ORDER_VERBS and order.te <= trig.ts and all(
            toks[j] in _ARTICLES or toks[j] in _QUANTIFIERS or _adjectival(toks[j]) or toks[j] == "new"
            for j in range(order.te, trig.ts))


_NO_SIGN = frozenset(["sign", "signs", "indication", "evidence", "proof", "suggestion"])


_REPORT_BEFORE_WOULD = frozenset("said says announced told promised pledged vowed confirmed insisted stated "
                                  "saying promising pledging vowing announcing adding".split())  # ", saying it would"


def _reported_would(toks: list[str], trig: _Trigger, ca: int) -> bool:
    """A cooperative act after a reported "would" ("Trump said he would hold off on tariffs") is an intent;
    a reported "would consider" is the option considered (014)."""
    if (trig.term.tension >= 0 and trig.code != "014") or trig.negated:
        return False
    return _said_would(toks, trig.ts, ca)


def _announced_act(toks: list[str], trig: _Trigger, ca: int) -> bool:
    """A protest, demand or show of force after a reported "would" ("said it would file a diplomatic
    protest", "said it would hold drills near the island"): the roots with no threat code of their
    own announce the act itself, a plan."""
    return not trig.negated and trig.term.tension > 0 and trig.code[:2] in ("10", "11", "12", "14", "15") \
        and _said_would(toks, trig.ts, ca)


def _said_would(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` follows a reported "would" ("said it would suspend visits")."""
    k = ts - 1
    while k >= ca and toks[k] != "would":
        k -= 1
    # "said (that) he had agreed to restart talks and would hold off on tariffs": the "would" continues the report
    reach = 20 if k - 1 > ca and toks[k - 1] in ("and", "or") else 6
    reach += sum(1 for j in range(max(ca, k - reach), k) if len(toks[j]) == 1 and toks[j] not in ("s", "a", "t"))
    # (a middle initial is no word: "announced that Treasury Secretary Janet L. Yellen would travel")
    reach += 2 * any(toks[j] in WEEKDAYS and toks[j - 1] == "on" for j in range(max(ca + 1, k - reach - 2), k))
    # (nor is the day it was said: "said on Monday that the Biden administration would keep tariffs")
    return k > ca and any(toks[j] in _REPORT_BEFORE_WOULD for j in range(max(ca, k - reach), k))


#: a vow, pledge or promise of a measure ("promised steep new tariffs", "vowed sanctions on Russian banks") is a
#: threat of it (1312), not the measure
_VOWED_MEASURE_ROOTS = frozenset(["16", "17"])
_VOW_STEMS = ("vow", "pledg", "promis")
_IMPOSING = frozenset("impose slap levy put place".split())
_MEASURE_SIZES = frozenset("percent per cent %".split())


def _frame_of(toks: list[str], trig: _Trigger, triggers: list[_Trigger], ca: int) -> _Trigger | None:
    """The appeal or demand whose complement ``trig`` is ("urged China to release ...", "demanded that
    Russia withdraw ..."): the complement is not an event of its own."""
    k = trig.ts - 1
    if k < ca:
        return None
    if toks[k] in ("and", "or"):
        # "asked the US to lift export controls and remove Chinese firms from its list": the second
        # verb of a complement is in the complement too
        before = [o for o in triggers if o is not trig and o.te <= k and k - o.te <= 8 and not o.nominal]
        if before:
            frame = _frame_of(toks, before[-1], triggers, ca)
            if frame is not None:
                return frame
    for other in triggers:
        intent = other.code[:2] == "03" or (other.code[:2] == "13" and other.term.code[:2] == "03"
                                            and toks[other.at].startswith(("vow", "pledg", "promis")))
        if other is trig or other.ts >= trig.ts or other.negated or (other.code[:2] not in ("02", "10") and not intent
                                                                     and other.code != "014"):
            continue
        if _ordered_measure(toks, other, trig):
            continue  # "ordered a ban on transactions with ...": the ordered measure is the act (an order is made)
        gap = trig.ts - other.te
        if gap > 6 and not _listed_addressees(toks, other.te, k, gap):
            continue
        if other.code == "014":
            if gap <= 3:
                return other  # "is considering sending troops", "is weighing new sanctions": an option, no act
            continue
        if intent:  # (also once "vowed" has taken the threat code of its complement)
            # "agreed to cut tariffs", "vowed to retaliate": the intention is the event; an adverb before the
            # verb and a time adverbial after the frame are not counted ("vowed in May to aggressively revoke")
            kk, lean = k, gap
            while kk > other.te and toks[kk].endswith("ly") and toks[kk].isalpha():
                kk, lean = kk - 1, lean - 1
            when = adverbials.time_adverbial_end(toks, other.te, trig.ts)
            lean -= when - other.te
            if toks[kk] == "to" and lean <= 3 and toks[other.at] not in _PLAN_VERBS:
                return other
            if trig.nominal and (trig.code[:2] == "13" or (trig.code[:2] in _VOWED_MEASURE_ROOTS and trig.term.tension > 0
                                                           and toks[other.at].startswith(_VOW_STEMS))) \
                    and gap <= 2 and toks[other.at] not in _PLAN_VERBS \
                    and all(_adjectival(toks[j]) or toks[j] in _ARTICLES or toks[j] in _RESOLUTE
                            for j in range(other.te, trig.ts)):
                return other  # "vowed (firm) countermeasures", "promised retaliation": a threat, no intent to cooperate
            if trig.nominal and trig.code[:2] in _VOWED_MEASURE_ROOTS and trig.term.tension > 0 \
                    and toks[other.at].startswith(_VOW_STEMS) and gap <= 7 and toks[other.te] == "to" \
                    and toks[other.te + 1] in _IMPOSING and all(
                        _adjectival(t) or t in _ARTICLES or t.isdigit() or t in _MEASURE_SIZES
                        for t in toks[other.te + 2:trig.ts]):
                return other  # "vowed to slap a 60 percent tariff on": a threat of the tariff (1312)
            continue
        if toks[k] == "to" or any(toks[j] == "that" and all(t in _CLAUSE_WORDS or t == "on" for t in toks[other.te + 1:j])
                                  for j in range(other.te, min(other.te + 4, trig.ts))):
            return other  # "demanded (on Friday) that China release ..."
        f = next((j for j in range(trig.ts - 1, other.te - 1, -1) if toks[j] == "for"), -1)
        if trig.nominal and f >= 0 and all(
                t in _DETERMINERS or t in ("only", "also") or _adjectival(t) for t in toks[f + 1:trig.ts]) and all(
                t.isalpha() and t not in _PREPS and t not in _CLAUSE_STOPS for t in toks[other.te:f]):
            return other  # "asked (Washington) only for the lifting of sanctions": the appeal's content
    return None


def _listed_addressees(toks: list[str], te: int, k: int, gap: int) -> bool:
    """Whether the words between an appeal verb ending at ``te`` and the "to" at ``k`` of its complement are a
    list of addressees and a time adverbial ("urged *the United States and the Netherlands on Tuesday* to
    coordinate any new limits"), at most twelve words with no gerund, modal, relative or conjunction of time: the
    complement is still the appeal's, however long the list.

    >>> toks = "urged the united states and the netherlands on tuesday to coordinate".split()
    >>> _listed_addressees(toks, 1, 9, 10)
    True
    >>> toks = "urged calm after the ships collided near the shoal and to talks".split()
    >>> _listed_addressees(toks, 1, 10, 10)
    False
    """
    return gap <= 12 and k > te and toks[k] == "to" and all(
        t.isalnum() and t not in _CLAUSE_STOPS and t not in ("to", "after", "before", "because", "while", "when")
        and not t.endswith("ing") and t not in _WILL for t in toks[te:k])


def _root_sub(code: str, table: Mapping[str, str]) -> str | None:
    for n in (4, 3, 2):
        got = table.get(code[:n])
        if got is not None:
            return got
    return None


# the complement of an appeal (02) or demand (10) chooses its subcode; the complement is not an event.
# Demands mirror appeals as in CAMEO 1.1b3 (and PETRARCH2's verb dictionary): 105x yield (a withdrawal
# or ceasefire is 1056), 106 meet or negotiate, 107 settle, 108 mediation; GDELT's eventcodes list
# names 105-108 differently (tension/data/README.md)
_APPEAL_FOR = {"084": "0253", "0841": "0253", "0842": "0253", "085": "0254", "081": "0251", "082": "0252",
               "086": "0255", "087": "0256", "04": "026", "036": "026", "037": "027", "027": "027", "045": "028",
               "038": "028", "070": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
               "061": "0211", "062": "0212", "063": "0213", "064": "0214", "06": "021", "05": "022",
               "083": "024", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244", "166": "025"}
_DEMAND_FOR = {"084": "1053", "0841": "1053", "0842": "1053", "085": "1054", "081": "1051", "082": "1052",
               "086": "1055", "087": "1056", "04": "106", "036": "106", "037": "107", "027": "107", "045": "108",
               "038": "108",
               "070": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034", "061": "1011",
               "062": "1012", "063": "1013", "064": "1014", "06": "101", "05": "102", "09": "101",
               "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044", "166": "105"}


_INTENT_FOR = {"084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "081": "0351", "082": "0352",
               "086": "0355", "087": "0356", "04": "036", "036": "036", "037": "037", "027": "037", "045": "039",
               "038": "038", "026": "036", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
               "061": "0311", "062": "0312", "063": "0313", "064": "0314", "06": "031", "05": "032", "057": "030",
               "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344"}


_STOP_WORDS = frozenset("stop halt cease end refrain desist abandon drop".split())


_RESTRAINT_WORDS = frozenset("restraint calm de escalate deescalate".split())


#: verbs of putting a wrong right, and the wrongs they put right: "urged Washington to correct its mistakes",
#: "asked Tokyo to rectify its wrong practices" charges the other with a wrong and demands a change of policy
_CORRECT_WORDS = frozenset("correct rectify redress undo right reverse fix".split())
_WRONG_WORDS = frozenset("mistake mistakes error errors wrong wrongs wrongdoing wrongdoings erroneous "
                         "practices practice".split())


def _asks_to(toks: list[str], j: int, cb: int) -> str:
    """What an appeal or demand ending at ``j`` asks: "stop" ("to stop/halt/cease ...", to yield),
    "restraint" ("to exercise restraint", "to de-escalate"), "correct" ("to correct its mistakes", a
    change of policy demanded) or "" (something else)."""
    for k in range(j, min(cb - 1, j + 6)):
        if toks[k] == "to" and toks[k + 1] in _STOP_WORDS:
            return "stop"
        if toks[k] == "to" and toks[k + 1] in _CORRECT_WORDS \
                and any(toks[m] in _WRONG_WORDS for m in range(k + 2, min(cb, k + 6))):
            return "correct"
        if toks[k] == "to" and any(toks[m] in _RESTRAINT_WORDS for m in range(k + 1, min(cb, k + 5))):
            return "restraint"
        if toks[k] == "to":
            return "stop" if discourse.listed_stop(toks, k, cb) else ""
        if toks[k] == "that" and any(toks[m] in _STOP_WORDS and toks[m - 1] not in ("to", "will", "would", "s")
                                     for m in range(k + 2, min(cb, k + 6))):
            return "stop"  # "demanded that Washington stop arming Taiwan": to yield (1042)
        if toks[k] in ("that", "which", "and", "but"):
            return ""
    return ""


_AGREE_FORMS = frozenset(["agree", "agrees", "agreed", "agreeing", "decided", "decide", "decides",
                          "vote", "votes", "voted", "voting"])  # "voted to lift sanctions": the easing
_AGREED_FORMS = frozenset(["agree", "agrees", "agreed", "agreeing"])
_OFFER_FORMS = frozenset(["offer", "offers", "offered", "offering", "agree", "agrees", "agreed", "agreeing"])


def _first_word(trig: _Trigger) -> str:
    """The first word of a trigger's own term (its lemma's first word as written in the lexicon)."""
    return trig.term.tokens[0]


def _framed_code(frame: _Trigger, complement: _Trigger, problem: bool = False) -> str | None:
    """The appeal's, demand's or intention's subcode chosen by its complement (None: keep the frame's code).

    An intention to do something conflictual is a threat ("vowed to impose sanctions": 1312)."""
    if complement.negated:
        if complement.neg_kind == "cancel" and frame.code[:2] in ("02", "10"):
            return "025" if frame.code[:2] == "02" else "1042"  # "urged X to stop selling arms": to yield
        return None
    if frame.code[:2] == "03":
        if complement.code[:2] == "08" and _first_word(frame) in _AGREE_FORMS:
            return complement.code  # "agreed to pause tariffs": a decided easing is the easing (085)
        if complement.code == "166" and _first_word(frame) in _OFFER_FORMS:
            return "035"  # "offered to withdraw from southern Lebanon": an offer to yield, no threat
        if complement.term.tension > 0 and problem and _first_word(frame) in _AGREED_FORMS:
            return "030"  # "agreed to halt exports of fentanyl precursors" (``problem``: the measure's object is
            # an ill both sides fight): an agreement to act later (03x), no threat
        if complement.term.tension > 0:  # "vowed to impose sanctions" 1312, "vowed to retaliate" 13x
            return _THREAT_OF_CODE.get(complement.code, _THREAT_OF_ROOT.get(complement.code[:2], complement.code))
        if frame.code != "030":
            return None
        return _root_sub(complement.code, _INTENT_FOR)
    table = _APPEAL_FOR if frame.code[:2] == "02" else _DEMAND_FOR
    if frame.code not in ("020", "021", "023", "025", "100", "103", "105"):
        return None  # already specific ("call for talks" 026)
    return _root_sub(complement.code, table)


def _relative_between(toks: list[str], i: int, j: int) -> bool:
    """Whether a relative clause opens in tokens [i, j): "that"/"which"/"who", or a pronoun subject
    right after a noun ("the curbs it imposed")."""
    for k in range(i, j):
        if toks[k] in _RELATIVES or _zero_relative(toks, k, j):
            return True
    return False


def _zero_relative(toks: list[str], k: int, j: int) -> bool:
    """Whether a relative clause without "that" opens at ``k`` (before ``j``): a pronoun subject right
    after a noun and a past verb ("the curbs it imposed", "the countermeasures it has taken"), or a name
    right after a measure noun ("the sanctions Washington imposed last month", "the tariffs the United
    States announced in March")."""
    if k == 0 or k + 1 >= j or toks[k - 1] in _RELATIVE_BREAKS:
        return False
    if toks[k] not in _SUBJECT_PRONOUNS:
        return toks[k - 1] in _MEASURE_HEADS and _named_relative(toks, k, j)
    v = k + 2 if toks[k + 1] in _PERFECT and k + 2 < j else k + 1
    return toks[v].endswith(("ed", "en")) or toks[v] in _PARTICIPLES


#: plural measure nouns that a relative clause without "that" often follows ("the curbs Washington imposed")
_MEASURE_HEADS = frozenset("sanctions tariffs duties levies curbs controls restrictions measures penalties bans "
                           "countermeasures limits".split())
_NOT_SUBJECT_START = frozenset("on against by for of in to from at with that which and or but as since over "
                               "after before would will could may might have has had were was are is be".split())


def _named_relative(toks: list[str], k: int, j: int) -> bool:
    """Whether a subject of one to three words (not a preposition, auxiliary or verb) at ``k`` is followed by
    a past verb before ``j`` ("Washington imposed", "the United States announced", "China has taken")."""
    if toks[k] in _NOT_SUBJECT_START or toks[k][:1].isdigit():
        return False
    for v in range(k + 1, min(j, k + 4)):
        w = toks[v]
        if w in _PERFECT and v + 1 < j:
            w = toks[v + 1]
            return w.endswith(("ed", "en")) or w in _PARTICIPLES
        if w.endswith("ed") or w in _PARTICIPLES:
            return all(not toks[m].endswith(("ed", "ing")) and toks[m] not in _NOT_SUBJECT_START
                       for m in range(k, v))
        if w in _NOT_SUBJECT_START:
            return False
    return False


def _zero_relative_before(toks: list[str], a: int, k_d: int) -> bool:
    """Whether a relative clause without "that" opens in tokens [a, k_d) of the sentence."""
    return any(_zero_relative(toks, k, k_d) for k in range(a + 1, k_d))


_PERFECT = PERFECT_AUX
_PARTICIPLES = frozenset(["put", "set", "cut", "made", "brought", "built", "held", "kept", "laid", "sent", "won"])


def _trailing_report(toks: list[str], starts: list[int], trig: _Trigger, date_start: int,
                     commas: frozenset[int]) -> bool:
    """Whether the date at ``date_start`` dates an attribution that closes a relative clause after a
    comma: "has called off a meeting that was set for this month, a U.S. official said on Sunday"
    (``commas`` are the tokens a comma follows; "which officials said on Monday" stays inside)."""
    if not discourse.report_dated(toks, starts, trig.at, date_start):
        return False
    k = bisect.bisect_left(starts, date_start)
    last_rel = max((j for j in range(trig.te, k) if toks[j] in _RELATIVES), default=-1)
    return last_rel >= 0 and any(j in commas for j in range(last_rel + 1, k - 1))


_RELATIVES = frozenset(["that", "which", "who", "whom", "whose"])
_RELATIVE_BREAKS = frozenset(["and", "but", "or", "said", "says", "if", "when", "as", "because"])


def _date_rank(d: DateMention, pos: int, toks: list[str], starts: list[int], trig: _Trigger,
               ahead: bool) -> tuple[bool, int]:
    """How well a date of the clause fits a trigger: nearest first, but when a future date follows the
    trigger, a date that dates the report rather than the reported plan comes last ("said on Wednesday
    that he would meet Xi at the end of June": Wednesday is the saying, June the meeting). Such a date
    follows a reporting verb or has a "that" between it and the trigger."""
    k0 = bisect.bisect_left(starts, d.start)
    speech = False
    if ahead and d.start < pos:
        speech = (k0 >= 1 and toks[k0 - 1] in _REPORTING) or "that" in toks[k0:trig.ts]
        # a verb after "and" has its own date ahead; the one before the "and" dates the first conjunct
        # ("signed an agreement in Tokyo on Tuesday, and met Lee on Wednesday")
        speech = speech or (not trig.nominal and trig.ts >= 1 and toks[trig.ts - 1] == "and")
    return speech, abs(d.start - pos)


#: words between a trigger and a later date that make the date another thing's ("in response to the attack last
#: week", "after talks in May", "over a protest on Saturday")
_OTHER_TIME = frozenset("after before over for following since because response amid during ahead until when "
                        "which who that while as".split())


def _verbish(tok: str) -> bool:
    """Whether a token reads as a verb or participle of its own (a past form, an -ing form, an irregular
    participle or past), which would own a date after it."""
    return (len(tok) > 4 and tok.endswith(("ed", "ing"))) or tok in IRREGULAR_PARTICIPLES \
        or tok in ("took", "made", "gave", "met", "held", "sent", "began", "came", "went")


def _reported_act_date(trig: _Trigger, triggers: list[_Trigger], clause_dates: list[DateMention], pos: int,
                       starts: list[int], toks: list[str]) -> DateMention | None:
    """The past date after a reported act's trigger that dates the act, when a date before the trigger dates
    the report ("X said on Tuesday that Y had done Z in September"): the earlier date follows a reporting verb
    (or a "that" stands between it and the trigger), the later one is no later than the report, and neither
    another trigger nor a word of cause, time or relation stands between the trigger and it."""
    speech = [d for d in clause_dates if d.start < pos and d.date is not None
              and (toks[bisect.bisect_left(starts, d.start) - 1] in _REPORTING
                   or "that" in toks[bisect.bisect_left(starts, d.start):trig.ts])]
    if not speech or trig.negated:
        return None
    said = speech[-1]
    assert said.date is not None
    if not _WILL.isdisjoint(toks[bisect.bisect_left(starts, said.start):trig.ts]) \
            or not _MODALS.isdisjoint(toks[bisect.bisect_left(starts, said.start):trig.ts]):
        return None  # "said on Friday it would raise tariffs ..., a plan announced in May": a plan's later dates
    for d in clause_dates:
        if d.start <= pos or d.date is None or d.date > said.date or d.kind in ("weekday", "anaphor"):
            continue
        k = bisect.bisect_left(starts, d.start)
        if any(trig.te <= t.ts < k for t in triggers if t is not trig) \
                or not _OTHER_TIME.isdisjoint(toks[trig.te:k]) \
                or any(_verbish(t) for t in toks[trig.te:k]):
            continue  # (a participle or a verb between: "finalizing a plan announced in May", "it took in April")
        return d
    return None


def _date_for(trig: _Trigger, triggers: list[_Trigger], clause_dates: list[DateMention],
              sentence_date: DateMention | None, published: _dt.date,
              starts: list[int], toks: list[str], continued: DateMention | None = None,
              commas: frozenset[int] = frozenset(), ca: int = 0) -> tuple[_dt.date, str, str]:
    pos = starts[trig.at]
    best: DateMention | None = None
    relative = False
    # a future date, or a weekday, after the trigger is the reported act's own ("said on Monday that a
    # warship had cut across ... on Saturday"); a vaguer past one may date a cause ("... last week")
    # ("..., and released chaff, the minister said on Sunday": a weekday that dates the closing report is none)
    ahead = any(d.start > pos and d.date is not None and (d.date > published or d.kind == "weekday")
                and not (d.kind == "weekday" and discourse.report_dated(toks, starts, trig.at, d.start))
                for d in clause_dates)
    # a past date after the trigger dates the reported act when the date before it dates the report
    # ("said on Tuesday that its ships had completed a joint patrol ... in September", "said on Thursday that a
    # fighter came within 10 feet of a bomber on the night of Oct. 24"): the report's day ranks last
    ahead = ahead or _reported_act_date(trig, triggers, clause_dates, pos, starts, toks) is not None
    for d in clause_dates:
        assert d.date is not None
        if d.start > pos and _relative_between(toks, trig.te, bisect.bisect_left(starts, d.start)) \
                and not (trig.nominal and clauses.own_relative(toks, trig.te)) \
                and not _trailing_report(toks, starts, trig, d.start, commas):
            relative = True
            continue  # "lift the curbs it imposed in 2019", "the buoy that China installed in June"
        if d.start < pos and _earlier_relative(toks, trig, triggers, starts, d):
            relative = True
            continue  # "cut the tariffs they imposed last month, a truce that ...": the relative clause's date
        if d.start > pos and not trig.nominal and _reduced_relative_date(toks, starts, trig, d):
            relative = True
            continue  # "opposed a memorandum signed by Trump on Friday": the participle's date
        if d.start < pos and not trig.nominal and _participle_date(toks, starts, trig, d, ca):
            relative = True
            continue  # "opposed the sale announced this month and demanded ...": the participle's date
        if _attributive_date(toks, starts, trig, d):
            continue  # "with an Aug. 12 deadline looming": the deadline's date, not the talks'
        if _accused_act_date(toks, starts, trig, d):
            continue  # "accusing them of cyberattacks on the Games in February": the accused act's time
        if d.start > pos and trig.code[:2] == "08" and not trig.negated and _eased_gerund_date(toks, starts, trig, d):
            continue  # "agreed to hold off on raising tariffs ... on January 1": the raise's day, not the deal's
        if trig.negated and d.start > pos and d.phrase.lower().startswith(("this ", "next ", "later ")):
            continue  # "declined an invitation to visit Beijing this year": the visit's time, not the refusal's
        if trig.negated and starts[trig.ts] < d.start < pos and not _frames_infinitive(toks, starts, d) \
                and not _dates_refusal(toks, starts, trig, d):
            continue  # "backed off its Sept. 1 deadline for tariffs": the cancelled thing's date
        if d.date > published and len(triggers) > 1:
            # a future date belongs to the trigger nearest to it
            nearest = min((t for t in triggers if t.code != _COMMENTED or t is trig),
                          key=lambda t: abs(starts[t.at] - d.start))
            if nearest is not trig and not (not trig.nominal and starts[trig.te - 1] < d.start < starts[nearest.ts]
                                            and (nearest.nominal or any(toks[k] in ("for", "of") for k in range(
                                                max(trig.te, nearest.ts - 4), nearest.ts)))):
                continue  # (a date between a verb and a later noun is the verb's: "will meet X on Monday for talks")
        if best is None or _date_rank(d, pos, toks, starts, trig, ahead) < _date_rank(best, pos, toks, starts, trig, ahead):
            best = d
    if best is None and not clause_dates and sentence_date is not None and sentence_date.date is not None:
        best = sentence_date
    if best is None and relative and continued is not None:
        best = continued  # only a relative clause's date: the story's day goes on
    if best is None or best.date is None:
        back, unit = _span_before(toks, max(0, trig.ts - 12), trig) if trig.ts > 0 else (0, "day")
        if back > 0 and unit == "month":  # "The announcement came a month after Yellen visited Beijing"
            return _months_back(published, back), "month", ""
        if back > 0 and unit == "year":  # "Fifty years after Nixon's visit to Beijing ...": history
            return _dt.date(max(1, published.year - back), 1, 1), "year", ""
        return published, "day", ""
    back, unit = _span_before(toks, bisect.bisect_left(starts, best.start), trig) if best.start < pos \
        and best.precision in ("day", "month") else (0, "day")
    if back > 0 and unit == "month":  # "tariffs on Tuesday, a month after Yellen's visit": the month before
        return _months_back(best.date, back), "month", best.phrase
    if back > 0 and unit == "year":
        return _dt.date(max(1, best.date.year - back), 1, 1), "year", best.phrase
    if back > 0 and best.precision == "day":  # "drills on Saturday, a day after Lai returned": Friday
        return best.date - _dt.timedelta(days=back), "day", best.phrase
    return best.date, best.precision, best.phrase


_OBJECT_LEADS = frozenset("the a an its their his her".split())


_PARTICIPLE_NEXT = frozenset(["by", "in", "last", "this", "earlier"])
_PARTICIPLE_NOT_AFTER = BE_FORMS | PERFECT_AUX | frozenset(["and", "or", "to", "not", "also", "it", "they", "he",
                                                             "she", "we", "who", "that", "which"])


def _reduced_relative_date(toks: list[str], starts: list[int], trig: _Trigger, d: DateMention) -> bool:
    """Whether the date ``d``, after ``trig``, ends a participle phrase on a noun between them ("opposed a
    memorandum signed by President Trump on Friday", "condemned the sanctions announced in March"): the
    participle's date, not the trigger's. The participle follows a word that is no auxiliary, conjunction or
    subject ("had signed", "and signed", "it signed" are verbs of their own), "by" or "in" follows it, and the
    date comes within five words."""
    k = bisect.bisect_left(starts, d.start)
    for j in range(trig.te + 1, min(k, trig.te + 12)):
        w = toks[j]
        if (w.endswith("ed") and len(w) > 4 or w in IRREGULAR_PARTICIPLES) and toks[j - 1] not in _PARTICIPLE_NOT_AFTER \
                and toks[j - 1].isalpha() and j + 1 < k <= j + 5 and toks[j + 1] in _PARTICIPLE_NEXT:
            return True  # (not "ordered the consulate closed on Tuesday", "islands claimed by China in the
            # South China Sea on Monday": the verb's complement, a date too far from the participle)
    return False


def _participle_date(toks: list[str], starts: list[int], trig: _Trigger, d: DateMention, ca: int) -> bool:
    """Whether the date ``d``, before ``trig``, closes a participle phrase on an object noun ("opposed the
    sale announced this month and demanded ...", "condemned the tariffs imposed in March and urged ..."):
    it dates the participle, not a verb coordinated after it."""
    k = bisect.bisect_left(starts, d.start)
    e = bisect.bisect_left(starts, d.end)
    if e >= trig.at or any(t in ("that", "which", "who", "said", "says") for t in toks[e:trig.at]):
        return False
    for j in range(k - 1, max(ca, k - 5), -1):
        w = toks[j]
        if w.endswith("ed") or w in IRREGULAR_PARTICIPLES:
            if j - 1 >= ca and toks[j - 1] in PERFECT_AUX:
                return False  # "commanders had met on June 6 and agreed ...": a perfect, no participle phrase
            if j + 1 != k and toks[j + 1] not in _PREPS:
                return False  # "lifted its barley duties in August": a verb with its object, no participle
            det = next((i for i in range(j - 1, max(ca - 1, j - 5), -1) if toks[i] in _OBJECT_LEADS), -1)
            return det - 1 >= ca and all(t.isalpha() and t not in _BE for t in toks[det + 1:j]) \
                and (toks[det - 1] in _PREPS or toks[det - 1].endswith("ed"))
        if not w.isalpha() or w in ("and", "but", "or"):
            return False
    return False


def _frames_infinitive(toks: list[str], starts: list[int], d: DateMention) -> bool:
    """Whether the date ``d`` stands right before "to" and an infinitive, as the time adverbial of the
    verb before it ("refused on Monday to allow inspectors", "declined on Friday to extend the truce"):
    it dates that verb, not the thing refused."""
    k = bisect.bisect_left(starts, d.end)
    return k + 1 < len(toks) and toks[k] == "to"


_ATTRIBUTIVE_LEADS = frozenset("a an the its their his her this that".split())
_OCCASION_PREPS = frozenset("at during in on after before since until following amid of ahead from".split())
_NOUN_PHRASE_ENDS = frozenset("on of by to for in at against with from and or but that which as".split())


#: the gerunds of a measure an easing holds off or delays ("hold off on *raising* tariffs on January 1")
_MEASURE_GERUNDS = frozenset("raising imposing increasing hiking levying adding introducing applying "
                             "expanding tightening extending".split())


def _eased_gerund_date(toks: list[str], starts: list[int], trig: _Trigger, d: DateMention) -> bool:
    """Whether the date ``d`` after an easing ``trig`` dates the measure held off or delayed, told as a
    gerund between the two ("agreed to hold off on raising tariffs to 25 percent on January 1", "delayed
    imposing the duties due on March 1"): the measure's planned day, not the easing's."""
    k = bisect.bisect_left(starts, d.start)
    return any(toks[j] in _MEASURE_GERUNDS for j in range(trig.ts, min(k, trig.te + 6)))


def _attributive_date(toks: list[str], starts: list[int], trig: _Trigger, d: DateMention) -> bool:
    """Whether the date ``d`` modifies a noun of its own, between a determiner and that noun ("with an
    Aug. 12 deadline looming", "ahead of the March 1 vote") or as its possessor ("condemned Monday's
    sanctions"), a noun that is not ``trig``: it dates that noun only ("the Aug. 12 talks", "Tuesday's
    talks" still date the talks)."""
    k = bisect.bisect_left(starts, d.start)
    e = bisect.bisect_left(starts, d.end)
    if d.kind == "weekday" and d.phrase[:1].isupper() and " " not in d.phrase and e + 1 < len(toks) \
            and toks[e] == "s" and starts[e] == d.end + 1 and toks[e + 1].isalpha() \
            and not (k >= 1 and toks[k - 1] in _OCCASION_PREPS):  # ("were at odds at Monday's talks": its day)
        head = next((j for j in range(e + 1, min(len(toks), e + 6)) if toks[j] in _NOUN_PHRASE_ENDS), e + 6)
        return not e + 1 <= trig.ts < head  # "condemned Monday's sanctions": Monday is the sanctions' day
    if d.kind != "explicit" or d.phrase[:1].islower():
        return False  # a calendar date only ("Aug. 12", "March 1"), no adverbial ("on Monday", "the past year")
    if k < 1 or e >= len(toks) or toks[k - 1] not in _ATTRIBUTIVE_LEADS or not toks[e].isalpha() \
            or starts[e] - d.end > 1:
        return False
    return not trig.ts <= e < trig.te


def _accused_act_date(toks: list[str], starts: list[int], trig: _Trigger, d: DateMention) -> bool:
    """Whether the month or year ``d`` stands in the "of"/"for" complement of the accusation ``trig``
    ("accusing them of cyberattacks on the Asian Winter Games in February", "criticised Tokyo for the
    purchase of the islands in 2012"): it dates the accused act, not the accusation."""
    if trig.code[:2] != "11" or trig.nominal or d.precision == "day" or d.start <= starts[trig.at]:
        return False
    return clauses.accusation_complement(toks, trig.at, bisect.bisect_left(starts, d.start), len(toks))


def _dates_refusal(toks: list[str], starts: list[int], trig: _Trigger, d: DateMention) -> bool:
    """Whether the date ``d`` stands right after the refusing word that opens the negated ``trig`` ("rejected
    on Tuesday an Israeli proposal to resume talks", "turned down on Friday an offer of talks"): the time
    adverbial of the refusal, not the refused thing's date."""
    k = bisect.bisect_left(starts, d.start)
    return k - 1 == trig.ts or (k - 2 == trig.ts and toks[k - 1] in ("down", "off", "out"))


def _earlier_relative(toks: list[str], trig: _Trigger, triggers: list[_Trigger], starts: list[int],
                      d: DateMention) -> bool:
    """Whether the date ``d`` before ``trig`` stands in a relative clause without "that" on an earlier
    trigger's object ("agreed to cut the tariffs they imposed last month, a truce that ..."): it dates
    that clause's verb, not a trigger after it."""
    k_d = bisect.bisect_left(starts, d.start)
    return any(o is not trig and o.te <= k_d and o.te < trig.ts
               and any(_zero_relative(toks, k, k_d) for k in range(o.te, k_d)) for o in triggers)


def _tied_date(toks: list[str], following: list[tuple[int, int, int, int]], dates: list[DateMention],
               starts: list[int]) -> tuple[_dt.date, str, str] | None:
    """The day of an undated clause from the "after"/"before" clause that follows it with a span that
    ties the two ("minutes after Joe Biden was sworn in on Wednesday": Wednesday; "a day after": +1)."""
    for cs, ce, ca, _ in following:
        offset = adverbials.tied_offset(toks, ca)
        if offset is None:
            continue
        d = next((d for d in dates if cs <= d.start < ce and d.date is not None), None)
        if d is None or d.date is None or d.precision != "day":
            return None
        return d.date + _dt.timedelta(days=offset), "day", d.phrase
    return None


def _fronted_tied_date(toks: list[str], chunk: tuple[int, int, int, int], a: int, dates: list[DateMention],
                       starts: list[int]) -> tuple[_dt.date, str, str] | None:
    """The day of an undated main clause from the "after"/"before" clause that opens the sentence with a
    span that ties the two ("*Hours after* the destroyer sailed through the strait *on Wednesday*, China's
    military accused ...": Wednesday; "*A day after* Seoul's drills began on Monday, Pyongyang fired ...":
    Tuesday; "Two days before the vote on Friday, ...": Wednesday)."""
    cs, ce, ca, cb = chunk
    if toks[ca] not in ("after", "before") or not 0 < ca - a <= 3:  # (only a span before it: "hours", "a day")
        return None
    return _tied_date(toks, [chunk], dates, starts)


def _part_of(toks: list[str], ts: int, lo: int) -> bool:
    """Whether the mention at ``ts`` follows a number or quantifier and "of" ("added 38 of Huawei's
    affiliates", "some of the Chinese company's units"): the object is part of that party's."""
    k = ts - 1
    if k > lo and toks[k] == "the":
        k -= 1
    return k - 1 >= lo and toks[k] == "of" and (toks[k - 1].isdigit() or toks[k - 1] in coverage.NUMBER_WORDS
                                                 or toks[k - 1] in _QUANTIFIERS or toks[k - 1] == "one")
    # ("added Zhipu AI, one of China's leading start-ups, to its entity list")


# "days after": the gap news writers mean is mostly three to seven days; the middle is an estimate
_SOME_DAYS = 4
_SPAN_STOPS = frozenset(["said", "says", "that", "which", "who", "but", "while", "because"])


def _span_before(toks: list[str], lo: int, trig: _Trigger) -> tuple[int, str]:
    """How long before its main clause a trigger in a following "after" clause happened, as (count,
    unit) (:func:`tension.text.adverbials.tied_span`: "a day after" 1 day, "two weeks after" 14 days,
    "a month after" 1 month; "hours after" 0); a bare "days after" is a few days, ``_SOME_DAYS``, never
    the main clause's own day. The "after" is looked for in tokens [lo, trig.ts)."""
    for k in range(trig.ts - 1, lo, -1):
        if toks[k] in _SPAN_STOPS and not _after_clause_saying(toks, k, lo):
            break
        if toks[k] == "after":
            span = adverbials.tied_span(toks, k)
            if span is not None:
                return span
            if k - 1 >= 0 and toks[k - 1] == "days" and not (k - 2 >= 0 and (
                    toks[k - 2].isdigit() or toks[k - 2] in coverage.NUMBER_WORDS)):  # "days after", "a few days
                return _SOME_DAYS, "day"  # after" (a count the tie did not take ends a phrase: "for 90 days, after")
            return 0, "day"
    return 0, "day"


def _after_clause_saying(toks: list[str], k: int, lo: int) -> bool:
    """Whether the saying verb at ``k`` is the verb of a short "after" clause ("a day after Japan's prime
    minister *said* he hoped to meet Kim": what was said then is dated with the saying, so the span before
    "after" still ties it), not a report that ends the clause ("..., after which, officials said, ...")."""
    return toks[k] in ("said", "says") and any(toks[j] == "after" and j + 1 < k
                                               for j in range(k - 1, max(lo, k - 7), -1))


def _months_back(day: _dt.date, months: int) -> _dt.date:
    """The first of the month ``months`` before ``day``'s."""
    m = day.year * 12 + day.month - 1 - months
    return _dt.date(m // 12, m % 12 + 1, 1)


# acts that answer someone when their clause names no target: tightened or new measures (a threat in such a
# clause is usually the reaction itself told again: "drew a furious response from Beijing, which threatened ...")
_ANSWERING_ROOTS = frozenset(["16"])
_ANY_ACT = "*"  # ``about_root`` of a comment on a general noun ("opposed the decision"): any act the story told


#: roots of speech acts a speaker may join by "and" to its report ("said ... and urged")
_SPEECH_ROOTS = frozenset(["01", "02", "03", "10", "11", "12", "13"])
_REPORT_FRAMES = frozenset(["should", "would", "must", "could", "will", "can", "was", "is", "were", "are"])


def _second_speech_act(toks: list[str], trig: _Trigger, ca: int, before: list[_Mention]) -> _Mention | None:
    """The speaker of a report whose second act "and" joins to the report ("A ministry spokesman said the
    Netherlands should revoke the order and urged The Hague to ...", "Wingtech said the suspension was not
    enough and demanded that ..."): the past-tense speech verb after "and" is the speaker's, not the
    reported clause's subject's, when that clause is a modal or copular statement."""
    if trig.ts - 1 <= ca or toks[trig.ts - 1] != "and" or not toks[trig.at].endswith("ed"):
        return None
    said = next((r for r in range(trig.ts - 2, ca, -1) if toks[r] in _SAID), -1)
    if said < 0:
        return None
    report = toks[said + 1:trig.ts - 1]
    if not any(t in _REPORT_FRAMES for t in report) or any(t in ("had", "has", "have", "and") for t in report):
        return None
    return next((m for m in reversed(before) if m.te <= said and m.kind in ("name", "role", "pron")
                 and all(toks[k] in _VERB_BEFORE or toks[k] in ("in", "a", "statement") for k in range(m.te, said))),
                None)


def _listed_with(toks: list[str], after_actor: int, at: int, mentions: list[_Mention],
                 commas: frozenset[int] = frozenset()) -> bool:
    """Whether the mention at token ``at`` continues the list the actor ends at ``after_actor`` in: only other
    mentions, "and", "or" and articles lie between, after a comma or with a conjunction ("Russia, Iran and
    North Korea"; commas are no tokens: ``k in commas`` is a comma after token ``k``).

    >>> toks = "Russia Iran and North Korea remain".split()
    >>> _listed_with(toks, 1, 3, [])
    False
    >>> _listed_with(toks, 1, 3, [_Mention(1, 2, "name", ())])
    True
    >>> _listed_with("Cuba Venezuela Iran".split(), 1, 2, [_Mention(1, 2, "name", ())], frozenset({0, 1}))
    True
    """
    covered = {k for m in mentions for k in range(m.ts, m.te)}
    between = range(after_actor, at)
    return (after_actor - 1 in commas or any(toks[k] in ("and", "or") for k in between)) and all(
        k in covered or toks[k] in ("and", "or", "the") for k in between)


def _cause_after_object(toks: list[str], trig: _Trigger, at: int) -> bool:
    """Whether the mention at ``at`` stands in a cause phrase ("over ...") that follows the trigger's own
    object ("China sanctioned the Hudson Institute *over Tsai's meeting*"): the cause's parties are
    not the target, even when the dictionaries do not know the object."""
    k = next((j for j in range(trig.te + 1, at) if toks[j] == "over"), -1)
    return k > trig.te and not trig.nominal and toks[trig.te] not in _PREPS and toks[k - 1] not in _PREPS \
        and toks[k + 1:k + 3] not in (["the", "past"], ["the", "last"], ["the", "weekend"])


def _actor_target(toks: list[str], trig: _Trigger, ca: int, clause_mentions: list[_Mention],
                  subj: tuple[_Mention, _Mention | None] | None, sentence_subject: _Mention | None,
                  prev_subject: _Mention | None, speaker: _Mention | None, quoted: bool, day: _dt.date,
                  dyad: tuple[str, str] | None, commas: frozenset[int] = frozenset()) -> tuple[str, str] | None:
    at = trig.at
    before = [m for m in clause_mentions if m.ts < trig.ts]
    after = [m for m in clause_mentions if m.ts > at and toks[m.ts - 1] != "than"  # "more aid than Taiwan": no party
             and not clauses.go_between(toks, m.ts, trig.ts, trig.te)
             and not (toks[m.ts - 1] == "from" and trig.code == "042")
             and not (trig.code[:2] == "15" and clauses.companion(toks, m.ts))  # "sailed with a Canadian frigate"
             and not _cause_after_object(toks, trig, m.ts)
             and not _in_object_relative(toks, trig.te, m.ts, clause_mentions)]
    # ("flew to Alaska from Seoul", "travelled from Seoul to Beijing": the place left is no country visited)
    if not trig.nominal and toks[trig.at].startswith("warn"):
        # "warned other countries against following Lithuania's example": what one is warned against doing is
        # no party; the one warned is
        ag = next((k for k in range(trig.te, min(len(toks) - 1, trig.te + 6))
                   if toks[k] == "against" and toks[k + 1].endswith("ing")), -1)
        if ag > 0:
            after = [m for m in after if m.ts < ag]
    forum_seen = False  # a forum named as the only party ("filed a complaint at the WTO over those rules")
    actor_m: _Mention | None = None
    partner: _Mention | None = None
    if not trig.nominal and trig.ts - 3 >= ca and toks[trig.ts - 1] in _SAID and toks[trig.ts - 2] in _SUBJECT_PRONOUNS \
            and toks[trig.ts - 3] in ("that", "which", "who"):
        # "added six Chinese entities that it said supported the balloon program": the relative's antecedent acts
        actor_m = next((m for m in before if m.te == trig.ts - 3 and m.kind in ("name", "role")), None)
        if actor_m is None:
            return None

    # passive: "was criticized by X" (X acts on the subject); without "by", the subject is the target
    # and the actor is another country named after the verb ("were killed in a clash with Chinese troops")
    if not trig.nominal and not trig.negated and _participle(toks[at], trig.term, toks[at - 1] if at > ca else "") and (
            (at - 1 >= ca and toks[at - 1] in _BE) or (at - 2 >= ca and toks[at - 2] in _BE)
            or pairs.coordinated_passive(toks, at, ca, _BE, trig.te)
            or pairs.charged_participle(toks, at, trig.te, [m.te for m in before if m.kind != "place"])
            or reduced_passive(toks, at, trig.te, [m.ts for m in after if m.kind in ("name", "role")],
                               [m.te for m in before if m.kind != "place"])
            or (toks[at] in clauses.GO_BETWEEN_PARTICIPLES and trig.te < len(toks) and toks[trig.te] == "by")):
        joint_by = _joint_agents(toks, trig, after) if trig.code != "045" and toks[at - 1] in ("was", "were") and (
            trig.code in _JOINT_CODES or trig.code[:2] in _JOINT_ROOTS) else None  # (mediators meet no one; "must
        # still be ratified by" is to come)
        if joint_by is not None:  # "An agreement on fishing rights was signed by Norway and Russia": theirs
            return _codes_pair(joint_by[0], joint_by[1], day, dyad)
        target_m = subj[0] if subj is not None and subj[0].ts < at else (before[-1] if before else None)
        if before and before[0].ts - ca <= 3 and before[0].kind == "name" and pairs.coordinated_be(toks, at, ca, _BE):
            target_m = before[0]  # "a Chinese balloon crossed the United States and was shot down by ..."
        if target_m is None:
            return None
        target_m = _first_member(toks, target_m, before)  # "a pact between the U.S., Britain and Australia"
        target_m = _deref(target_m, prev_subject, speaker, quoted)
        by = [m for m in after if m.ts - trig.te <= 3 and (toks[m.ts - 1] == "by" or (
            toks[m.ts - 1] in _ARTICLES and toks[m.ts - 2] == "by"))]  # ("by the Cambodian king")
        agents = by or [m for m in after if m.ts - trig.te <= 8 and toks[m.ts - 1] not in _LOCATION_PREPS
                        and m.kind == "name" and target_m is not None and not clauses.charge_content(toks, m.ts, ca)
                        and set(m.countries).isdisjoint(target_m.countries)]
        if not agents:
            return None
        return _codes_pair(_deref(agents[0], prev_subject, speaker, quoted), target_m, day, dyad)

    if trig.nominal and (trig.code in _JOINT_CODES or trig.code[:2] in _JOINT_ROOTS) \
            and (by_at := _signed_by(toks, trig.te, len(toks))) > 0:
        joint_by = _joint_agents(toks, trig, after, reach=by_at - trig.te + 2)
        if joint_by is not None:  # "The deal was signed by the United States and Ukraine": theirs
            return _codes_pair(joint_by[0], joint_by[1], day, dyad)
    described = clauses.described_by(toks, at, trig.te, [m.ts for m in after if m.kind in ("name", "role")],
                                     [m.te for m in before if m.kind != "place"]) \
        if not trig.nominal and not trig.negated and _participle(toks[at], trig.term) else -1
    if described >= 0:  # "a law imposed by Beijing (on Hong Kong)": the agent's act, on whom follows it, if named
        agent_m = next(m for m in after if m.ts == described)
        on_m = next((m for m in after if m.ts > agent_m.te and toks[m.ts - 1] in ("on", "against")
                     and m.ts - agent_m.te <= 6), None)
        return _codes_pair(agent_m, on_m, day, dyad, share_role=False) if on_m is not None else None

    # a noun followed by "between X and Y": one joint event ("talks between Iran and the United States")
    if trig.nominal and trig.te < len(toks) and toks[trig.te] == "between":
        joint = [m for m in after if m.ts > trig.te and m.ts - trig.te <= 8]  # ("between Japan's defense minister and a Chinese general")
        if len(joint) >= 3 and joint[1].kind == "role" and joint[1].ts == joint[0].te and not joint[1].country:
            joint = [joint[0]] + joint[2:]  # "a summit between European Union leaders and President Xi"
        if joint and joint[0].kind == "pair":
            codes = joint[0].codes(day, dyad)
            if len(codes) == 2:
                return codes[0], codes[1]
        gap = [t for k, t in enumerate(toks[joint[0].te:joint[1].ts], joint[0].te)
               if not any(o.kind == "role" and o.ts <= k < o.te for o in after)] if len(joint) >= 2 else []
        if gap[:1] == ["and"] and len(gap) <= 3 and all(t in _ARTICLES or _adjectival(t) for t in gap[1:]):
            # ("and the United States", "and a (senior) Chinese general")
            got = _codes_pair(_deref(joint[0], prev_subject, speaker, quoted),
                              _deref(joint[1], prev_subject, speaker, quoted), day, dyad)
            if got is not None:
                return got

    # control: "causing Blinken to cancel", "pressure on Xi to condemn"
    if not trig.nominal and trig.ts - 1 >= ca and toks[trig.ts - 1] == "to":
        ends_at = (trig.ts - 1, adverbials.time_adverbial_start(toks, trig.ts - 1, ca))  # "ordered X on Friday to"
        for m in before:
            if m.te in ends_at and m.kind != "pron" and (m.ts == ca or toks[m.ts - 1] not in _PREPS) \
                    and not (subj is not None and subj[1] is m and subj[0].ts <= ca + int(toks[ca] == "the")) \
                    and toks[m.ts - 1 - int(m.ts - 1 > ca and toks[m.ts - 1] == "the")] not in _SUMMONED:
                # (not the second of a joint subject: "Biden and Xi to meet next week" is their meeting)
                actor_m = m  # ("summoned the ambassador to protest": the one who summons protests)
        # "The US ordered China to close its consulate": the one who orders acts on the one ordered
        # ("ordered the United States to close": the article is skipped)
        ordered_at = -1 if actor_m is None else actor_m.ts - 1 - int(toks[actor_m.ts - 1] == "the")
        if actor_m is not None and ordered_at >= ca and toks[ordered_at] in _ORDER_VERBS \
                and subj is not None and subj[0].ts < actor_m.ts:
            return _codes_pair(_deref(subj[0], prev_subject, speaker, quoted), actor_m, day, dyad)
    if actor_m is None and trig.nominal and toks[trig.at] == "as" and subj is not None and subj[0].ts < trig.ts:
        # "designated five Chinese news outlets as foreign missions": the subject designates the object
        verb = next((k for k in range(trig.at - 1, max(ca, trig.at - 8) - 1, -1) if toks[k].startswith("designat")), -1)
        obj = next((m for m in before if verb < m.ts and m.te <= trig.at and m.kind == "name"), None) if verb >= 0 else None
        if obj is not None and subj[0].ts < verb:
            return _codes_pair(_deref(subj[0], prev_subject, speaker, quoted), obj, day, dyad)
    if actor_m is None and trig.nominal:
        # the possessor or modifier right before a noun: "Blinken's visit", "Chinese spy balloon"
        if before:
            m = before[-1]
            gap = toks[min(m.te, at):at]
            if gap and gap[0] == "s":
                gap = gap[1:]
            if len(gap) <= 2 and m.kind not in ("pron", "role", "place") and all(_adjectival(g) for g in gap):
                actor_m = m
    from_k = trig.te  # where the noun's or verb's target may stand
    if trig.nominal and trig.code[:2] == "04" and not trig.negated:
        # "a visit he is expected to make to Beijing", "the trip Blinken made to China": the maker visits
        maker_ts, _ = clauses.relative_maker(toks, trig.te, [(m.ts, m.te) for m in after])
        maker = next((m for m in after if m.ts == maker_ts), None)
        if maker is not None and maker.kind == "pron":
            # ("..., Albanese said, clearing the way for a visit he is expected to make": the person named before)
            maker = _deref(maker, prev_subject, speaker, quoted) or next(
                (m for m in reversed(before) if m.kind == "name" and m.person), None)
            if maker is None:
                return None  # somebody we do not know makes the visit, not the clause's subject
        if maker is not None:
            actor_m, from_k = maker, maker_ts + 1
    if actor_m is None and trig.nominal:  # "the drills that China held": the relative clause's subject
        agent_ts = clauses.relative_agent(toks, trig.te, {m.ts: m.te for m in after if m.kind == "name"})
        actor_m = next((m for m in after if m.ts == agent_ts), None)
        if actor_m is not None:
            from_k = actor_m.te + 1  # "... that China held on Oct. 14 in the waters around Taiwan"
    main = readouts.fronted_meeting(toks, trig.at, ca, len(toks), commas) \
        if trig.nominal and trig.code[:2] == "04" and not trig.negated else -1
    if main >= 0:  # "In a phone call on Thursday, Xi told Biden ...": the subject's call with its addressee
        held = [m for m in after if m.ts >= main and m.kind in ("name", "role", "pron", "pair")]
        partner = next((m for m in after if trig.te < m.ts < main and toks[m.ts - 1] == "with"), None)
        if held and held[0].kind == "pair" and held[0].ts == main + int(toks[main] == "the"):
            codes = held[0].codes(day, dyad)
            return (codes[0], codes[1]) if len(codes) == 2 else None
        if held and partner is not None and held[0].ts == main + int(toks[main] == "the"):
            held = [held[0], partner]  # "In a meeting with Blinken, Xi said ..."
        if len(held) >= 2 and held[0].ts == main + int(toks[main] == "the") \
                and (held[1] is partner or toks[held[1].ts - 1] not in _PREPS):
            return _codes_pair(_deref(held[0], prev_subject, speaker, quoted),
                               _deref(held[1], prev_subject, speaker, quoted), day, dyad)
        return None
    if actor_m is None and trig.nominal and trig.code[:2] == "04" and not trig.negated and _after_meeting(toks, trig.ts, ca):
        # "flew to Alaska on Thursday, after talks in Tokyo with their Japanese counterparts on Tuesday":
        # the subject's meeting with the one it was held with; "Biden and Xi agreed ... after four hours of
        # talks": the two subjects'
        holder = subj[0] if subj is not None and subj[0].ts < trig.ts else sentence_subject
        with_m = next((m for m in after if m.ts - trig.te <= 3 and m.kind == "name"
                       and "with" in toks[max(trig.ts, m.ts - 3):m.ts]), None)
        if holder is not None and with_m is not None and holder.ts < trig.ts:
            return _codes_pair(_deref(holder, prev_subject, speaker, quoted), with_m, day, dyad)
        if with_m is None and subj is not None and subj[1] is not None and subj[0].ts < trig.ts:
            return _codes_pair(subj[0], subj[1], day, dyad)
        own = holder.codes(day, dyad) if with_m is None and holder is not None and holder.kind == "name" \
            and trig.code != "042" and holder.te < len(toks) and toks[holder.te] == "and" else ()  # "Biden and Xi"
        if own and dyad is not None and own[0][:3] in dyad and holder is not None and holder.ts < trig.ts:
            return own[0], (dyad[1] if own[0][:3] == dyad[0] else dyad[0])  # the story's two sides
    if actor_m is None and trig.nominal and (_in_pp(toks, trig.at, ca) or readouts.involved_in(toks, trig.at, ca)
                                             or _dated_occasion(toks, trig.ts, ca)
                                             or occurrence_subject(toks, trig.ts, trig.te, len(toks))):
        # a noun inside a prepositional phrase ("protested over arms sales to Taiwan") is not the
        # subject's act; only an agent after it ("by the US") can act
        agents = [m for m in after if toks[m.ts - 1] in ("by", "from", "of") and m.ts - trig.te <= 3]
        if not agents:
            return None
        actor_m = agents[0]
        after = [m for m in after if m is not actor_m]
    if actor_m is None and trig.nominal and unresolved_agent(toks, trig.te, len(toks), [(m.ts, m.te) for m in after]):
        return None  # "an embargo on Qatar by its Gulf neighbours": the noun's own agent, unknown here
    if actor_m is None and not trig.nominal:
        # ", and Xi spoke with Trump": the subject of a coordinated clause of its own, not the sentence's
        covered = {k for o in before for k in range(o.ts, o.te)}
        actor_m = next((m for m in reversed(before) if m.kind in ("name", "pair") and m.ts - 2 > ca
                        and toks[m.ts - 1] in ("and", "but") and (m.ts - 2) in commas
                        and all(toks[k] in _VERB_BEFORE for k in range(m.te, trig.ts))
                        and not all(k in covered or toks[k] in ("the", "and") for k in range(ca, m.ts))), None)
        # (not the last member of a subject list with a serial comma: "Japan, South Korea, and Australia
        # condemned ...")
    if actor_m is None and not trig.nominal:
        # "criticized the sanctions that Washington imposed on ...": a relative clause's own subject acts
        actor_m = next((m for m in before if m.kind == "name" and m.te == trig.ts
                        and _relative_subject(toks, m.ts, ca)), None)
    if actor_m is None and not trig.nominal and trig.code[:2] in _SPEECH_ROOTS:
        sayer = _second_speech_act(toks, trig, ca, before)
        if sayer is not None:  # "said the Netherlands should revoke the order and urged The Hague to ..."
            actor_m = prev_subject if sayer.kind == "role" and not sayer.country else sayer
    if actor_m is None and subj is not None and subj[0].ts < trig.ts:
        actor_m, partner = subj
        # "Trump called the meeting amazing and said China had agreed to ...": a second verb of saying
        # reports a clause with its own subject, whose act it is
        said = next((r for r in range(subj[0].te + 1, trig.ts - 1) if toks[r] in _SAID and toks[r - 1] == "and"), -1)
        if said > 0:
            told = next((m for m in before if said < m.ts <= said + 2 + int(toks[said + 1] == "that")
                         and m.kind == "name" and m.te <= trig.ts), None)
            if told is not None:
                actor_m, partner = told, None
    if actor_m is None and before:
        for m in reversed(before):
            if m.kind not in ("role", "place") and (m.ts == ca or toks[m.ts - 1] not in _PREPS) \
                    and not _seated_in(toks, m.ts) and not any(o.te == m.ts and _seated_in(toks, o.ts) for o in before):
                # ("25 entities based in the People's Republic of China (PRC)": a seat and its short name)
                actor_m = m
                break
    if actor_m is None and sentence_subject is not None and sentence_subject.ts < trig.ts:
        actor_m = sentence_subject
    if actor_m is None and quoted and speaker is not None:
        actor_m = speaker
    if actor_m is None and trig.nominal:
        # "The new sanctions on Russia will take effect on Tuesday, the European Commission said": an
        # event noun without an actor of its own is the reporting institution's
        reporters = [m for m in after if m.kind == "name" and not m.person and m.te < len(toks)
                     and toks[m.te] in _SAID and m.ts > trig.te]
        if reporters and not any(toks[k] in ("by", "from") for k in range(trig.te, min(len(toks), trig.te + 4))):
            actor_m = reporters[-1]
            after = [m for m in after if m is not actor_m]
    if actor_m is None and trig.nominal:
        # "A planned visit by the Chinese delegation to Washington ...": the agent after the noun acts
        agents = [m for m in after if m.ts - trig.te <= 3 and m.kind == "name" and (
            toks[m.ts - 1] == "by" or (toks[m.ts - 1] in _ARTICLES and toks[m.ts - 2] == "by"))]
        if agents:
            actor_m = agents[0]
            after = [m for m in after if m is not actor_m]
    if actor_m is None and trig.code in _TALK_CODES and dyad is not None and not trig.negated \
            and not any(m.kind in ("name", "pair", "pron") and not (m.te < len(toks) and toks[m.te] in _SAID)
                        for m in clause_mentions):  # (", Mr. Singh said": the teller is no party)
        # "Local commanders held talks on Sunday", in a story about two countries: theirs, in that role
        talker = next((m for m in before if m.kind == "role" and not m.country and m.role and m.ts - ca <= 2
                       and (m.te == trig.ts or toks[m.te] in _HOLDING)), None)  # (not "a cabinet meeting")
        if talker is not None:
            return dyad[0] + talker.role, dyad[1] + talker.role
    if actor_m is None and prev_subject is not None and prev_subject.kind == "name" \
            and not pairs.modifier_only(prev_subject.names, _modifies_noun(toks, prev_subject.te)) and any(
            m.kind == "role" and m.role not in _SOCIETAL_ROLES and m.ts < trig.ts
            and (m.ts == ca or toks[m.ts - 1] in _DETERMINERS)
            and (m.te >= len(toks) or toks[m.te] not in discourse.RESTRICTORS) for m in before):
        # "The ministry condemned the US": a role without a country as subject is the document's
        # speaker so far (the previous subject), as in press releases
        actor_m = prev_subject
    if actor_m is None and trig.nominal and trig.code in _TALK_CODES and dyad is not None and not trig.negated \
            and not any(m.kind in ("name", "pair") for m in clause_mentions):
        return dyad  # "after two days of talks in Geneva" in a story about two countries: their talks
    if actor_m is None:
        return None
    if not quoted and ca <= actor_m.ts and actor_m.te <= trig.ts and discourse.reported_subject(toks, actor_m.te, trig.ts):
        return None  # "The ministry said Chinese warships crossed ...": a reported act is not the speaker's
    actor_m = _deref(actor_m, prev_subject, speaker, quoted)
    if actor_m is None:
        return None

    # joint events: "The US and China agreed", "talks between the two countries"; but conjoined actors
    # with a target of their own act on it ("American and British warplanes struck Yemen")
    if partner is not None and trig.code[:2] == "15" and toks[trig.at] in coverage.MOVING_WORDS:
        # "U.S. and Canadian warships sailed through the strait": one group moving, not two sides
        return _actor_target(toks, trig, ca, [m for m in clause_mentions if m is not partner],
                             (subj[0], None) if subj else None, sentence_subject, prev_subject, speaker, quoted,
                             day, dyad, commas)
    if partner is not None and trig.code not in _JOINT_CODES and subj is not None \
            and _example_opener(toks, subj[0].ts, ca):
        partner = None  # "Ten countries, including France and Italy, voted in favour": not to each other
    if partner is not None:
        partner_m = _deref(partner, prev_subject, speaker, quoted)
        if partner_m is not None:
            solo = _actor_target(toks, trig, ca, clause_mentions, (subj[0], None) if subj else None,
                                 sentence_subject, prev_subject, speaker, quoted, day, dyad, commas)
            if solo is not None and solo[1][:3] not in partner_m.countries and solo[0] == actor_m.codes(day, dyad)[:1][0]:
                return solo
            if trig.code[:2] not in _JOINT_ROOTS and trig.code not in _JOINT_CODES and not any(
                    toks[k] in _RECIPROCAL and (k <= trig.ts or toks[k] not in _TRADED)  # ("condemning the Exchange hack")
                    for k in range(max(ca, trig.ts - 2), min(len(toks), trig.te + 3))) \
                    and not signs.reciprocal(toks, trig.te, len(toks)):
                return None  # "Japan, Australia and the EU voiced concern": no event between them
            return _codes_pair(actor_m, partner_m, day, dyad)
    if actor_m.kind == "pair":
        codes = actor_m.codes(day, dyad)
        if len(codes) == 2 and trig.code[:2] not in _JOINT_ROOTS and trig.code not in _JOINT_CODES:
            third = pairs.third_party(codes, [(m.ts, c[0], toks[m.ts - 1] in _LOCATION_PREPS) for m in after
                                              if m.kind == "name" and (c := m.codes(day, dyad))], trig.te)
            if third:  # "the allies issued a statement criticising China": each ally (see _co_actors)
                return codes[0], third
        return (codes[0], codes[1]) if len(codes) == 2 else None

    actor_codes = actor_m.codes(day, dyad)
    if not actor_codes:
        return None
    actor = actor_codes[0]
    if not trig.nominal and trig.term.lemma in coverage.ARRIVAL_LEMMAS:
        arrival = _arrival(toks, trig, actor_m, actor, clause_mentions)
        if arrival is not None:
            return arrival if arrival[1] else None
    if not trig.nominal and trig.code == "042" and trig.term.lemma.endswith(" to"):
        # "flew to Busan": the country of the place reached; "flew to Alaska" (home): no visit
        dest = next((m for m in clause_mentions if trig.te <= m.ts <= trig.te + 1 and m.kind == "place"), None)
        country = load_lexicon().place_index.get(tuple(toks[dest.ts:dest.te]), "")[:3] if dest is not None else ""
        if country:
            return (actor, country) if _distinct(actor, country) else None
    window = 7 if trig.nominal and from_k == trig.te else 10  # (a relative clause's verb reaches as a verb)
    if trig.code[:2] in ("16", "17") and coverage.measure_relative(toks, trig.te, len(toks)):
        window = 16  # "export controls last October that limit sales of chips to Chinese companies"
    soft: _Mention | None = None
    # a refused or cancelled thing's owner is the target: "rejected a Ukrainian proposal", "rebuffed Seoul's offer"
    inner = [m for m in clause_mentions if m.kind == "name" and m is not actor_m and (
        (trig.negated and trig.ts < m.ts < trig.at) or (not trig.nominal and trig.at < m.ts < trig.te - 1))
        and not (toks[m.ts - 1] == "from" and trig.code == "042")]  # "travelled from Seoul to Beijing"
    # ... and so is the object inside a verb term ("called Japan's decision unacceptable")
    definite = trig.te + 2 < len(toks) and toks[trig.te] == "the" and toks[trig.te + 2] in ("of", "for") \
        and not toks[trig.te + 1].endswith(("er", "est")) and toks[trig.te + 1] not in _NOT_DEFINITE_HEADS \
        and not any(m.ts == trig.te + 1 and (m.kind != "role" or m.country) for m in clause_mentions)
    # ("accusing the companies of ...": a definite noun with no country of its own)
    if not trig.nominal and trig.code[:2] == "11" and trig.te < len(toks) and (toks[trig.te] in ("it", "them")
                                                                                 or definite):
        # "would cut ties with the WHO, accusing it of bowing to Beijing": the pronoun object is the party named
        # before it, never one inside the charge
        ante = next((m for m in reversed(before) if m.kind == "name" and m is not actor_m and m.countries
                     and m.countries[0] != actor[:3]), None)
        if ante is not None:  # (the accuser keeps its own role: "The United States ..., accusing them")
            return _codes_pair(actor_m, ante, day, dyad, share_role=False)
    for m in inner + after:
        origin_at = m.ts - 1 - int(toks[m.ts - 1] == "the")  # "from (the) United States"
        if m.ts - from_k > window and not _second_between(toks, m, clause_mentions) \
                and not (m.ts - from_k <= 2 * window and (
                coverage.made_in(toks, m.ts) or (toks[origin_at] == "from"
                                                 and coverage.goods_origin(toks, trig.te, origin_at))
                or (toks[origin_at] == "to" and trig.code[:2] in _GIVING_ROOTS
                    and not any(k in commas for k in range(trig.te, m.ts)))
                or (trig.code[:2] == "16" and coverage.sale_recipient(toks, trig.te, m.ts))
                or (trig.code[:2] in ("16", "17") and coverage.licensed_destination(toks, trig.te, m.ts)))):
            break  # (a long object before its recipient: "approved the sale of spare parts for F-16 jets to Taiwan")
        if from_k > trig.te and m.ts < from_k:
            continue  # the relative clause's own subject
        if trig.code[:2] == "13" and not trig.nominal and m.ts > trig.te and m.countries[:1] == (actor[:3],) \
                and "that" in toks[trig.te:m.ts]:
            window = max(window, m.te - from_k + 10)  # the complement's verb and object follow
            continue  # "warned that Beijing could cut off supplies to the US": the warner's own side acts
        prev = toks[m.ts - 1]
        if (prev in ("and", "or") or m.ts in {o.te for o in clause_mentions}) and _place_list(toks, m, clause_mentions):
            prev = "in"  # "suppliers in Mexico and Vietnam": the second place of a list is a place too
        if trig.code[:2] in ("16", "17") and m.ts > trig.te:
            if coverage.investor(toks, m.te):
                continue  # "a ban on American investment in Chinese firms": the investor is no target
            if coverage.licence_holder(toks, trig.te, m.ts):
                continue  # "revoked licences that let Intel sell chips to Huawei": the holder is no target
            if clauses.for_gerund(toks, trig.te, m.ts):
                break  # "sanctioned two firms for helping Iran": what the measure punishes names no target
            parent_at = coverage.subsidiary_mention(toks, m.ts, m.te, [o.ts for o in clause_mentions])
            if parent_at == m.ts - 1:
                continue  # "Huawei's U.S. subsidiary": the owner named before is the target
            if parent_at > m.ts:  # "a Swedish subsidiary of the Chinese company ...": the parent is the target
                m = next(o for o in clause_mentions if o.ts == parent_at)
            if coverage.owner_of_sold(toks, m.ts, len(toks)):
                continue  # "blocked the sale of a plant owned by a Dutch firm to ...": the seller is no target
            if coverage.invested_in(toks, m.ts):
                prev = "into"  # ... where the money goes is (no place)
        if prev in _LOCATION_PREPS and not (m.ts == trig.te and trig.term.tokens[-1] == prev) \
                and not (trig.term.tension > 0 and coverage.made_in(toks, m.ts)) \
                and not (trig.code[:2] in ("16", "17") and not trig.nominal and m.ts > trig.te and _seated_in(toks, m.ts)) \
                and not ("release" in trig.term.tokens and readouts.held_in(toks, m.ts)) \
                and not (prev == "at" and m.role and not m.names) \
                and not (prev == "at" and trig.code[:2] in _FORCE_ROOTS and not trig.nominal):
            # a place ("met in Jakarta"); but force "at" someone aims at them ("launched drones at Israel",
            # "fired at protesters")
            continue  # a place ("met in Jakarta"), unless the term ends in the preposition ("arrived in")
        if (m.te < len(toks) and toks[m.te] in _REPORTING) or prev in _REPORTING:
            continue  # the source of the report ("..., Seoul said"), not the target
        if trig.code == "016" and m.ts > trig.te and any(
                toks[k] == "that" and toks[k - 1] in clauses.ALLEGATION_NOUNS for k in range(trig.te, m.ts)):
            break  # "denied a report that it had reached a deal with Cuba": the report's content names no target
        if not trig.nominal and trig.code[:2] in ("02", "10") and m.ts > trig.te and any(
                toks[k] == "to" and k + 1 < m.ts and toks[k + 1] not in _DETERMINERS
                and not any(o.ts == k + 1 for o in clause_mentions) for k in range(trig.te, m.ts)):
            break  # "called on the free world to change China's behaviour": the complement's, not the addressee
        if m.ts > trig.te and any(toks[k] in _TOPIC_OPENERS for k in range(trig.te, m.ts)) \
                and any(o.kind == "name" and o is not actor_m and trig.at > o.ts > (actor_m.te if actor_m else -1)
                        for o in clause_mentions):
            continue  # "added 12 U.S. companies to its list over arms sales to Taiwan": the cause's, not the target
        if prev in _SOFT_LOCATION_PREPS:
            if soft is None:
                soft = m  # "drills near Taiwan", "missiles into waters around Taiwan": a target if nothing else
            continue
        if prev in _DETERMINERS and m.ts - 2 >= 0:
            prev = toks[m.ts - 2]
        if prev == "and" and _second_between(toks, m, clause_mentions):
            prev = "between"  # "a meeting between its foreign minister and his Japanese counterpart"
        k = m.ts - 1
        while trig.nominal and prev not in _PREPS and k > trig.te and m.ts - k <= 3 and (
                toks[k] in _DETERMINERS or toks[k] in _QUANTIFIERS or toks[k].isdigit() or toks[k] in coverage.NUMBER_WORDS):
            k -= 1  # "exemptions to 65 American products", "tariffs on all American goods"
            prev = toks[k]
        if trig.nominal and trig.code[:2] == "04" and m.ts >= trig.te and prev in _TOPIC_PREPS:
            continue  # "a consultation on possible tariffs on Chinese batteries", "talks on North Korea": a topic
        if trig.nominal and m.ts >= trig.te and prev not in _PREPS and m.kind != "pair" \
                and not coverage.listed_member(toks, m.ts, trig.code, trig.te):
            # after a noun, a target comes with a preposition ("visit to", "talks with", "praise for")
            continue
        if trig.nominal and any(k in commas and toks[k + 1] not in _LIST_CONTINUERS
                                for k in range(trig.te - 1, m.ts - 1)) \
                and not discourse.described_party(toks, trig.te, m.ts, commas, [x.ts for x in after]) \
                and not _second_between(toks, m, clause_mentions):
            if m.ts - 1 in commas and m.te - 1 in commas and any(o.te == m.ts for o in clause_mentions) \
                    and _second_between(toks, next((o for o in after if o.ts > m.ts), m), clause_mentions):
                continue  # "a meeting between its foreign minister, Wang Yi, and ...": the name in apposition
            break  # a comma ends the noun's phrase ("talks, in retaliation for ..."), unless "including"
        if trig.nominal and prev in ("from", "by") and m.kind == "name" \
                and not (prev == "from" and coverage.goods_origin(toks, trig.te, m.ts - 1)) \
                and not (prev == "by" and coverage.object_agent(toks, trig.te, m.ts - 1)):
            # "a loan from China", "a visit by Xi": the noun's agent follows it
            codes = m.codes(day, dyad)
            if codes and _distinct(actor, codes[0]):
                if trig.negated:  # "declined an invitation from Austin": the one who invited is the target
                    return actor, codes[0]
                return codes[0], actor
            continue
        target_m = _deref(m, prev_subject, speaker, quoted) if m.kind == "pron" else m
        if target_m is None or target_m.kind in ("role", "place"):
            continue
        codes = target_m.codes(day, dyad)
        if codes and coverage.forum(toks, m.ts, codes[0]):
            forum_seen = True
            continue  # "a complaint with the WTO against ...": the forum, not the target
        if target_m.kind == "pair":
            if len(codes) != 2:
                continue
            if prev == "between":
                return codes[0], codes[1]
            other = [c for c in codes if c[:3] != actor[:3]]
            if other:
                return actor, other[0]
            continue
        if codes and _distinct(actor, codes[0]):
            return actor, codes[0]
    if trig.nominal and actor_m is not None:
        # "The US added Chinese companies to its entity list": an object between subject and noun
        for m in before:
            if m.ts > actor_m.te and m.kind == "name" and (toks[m.ts - 1] not in _PREPS
                                                           or _part_of(toks, m.ts, actor_m.te)) \
                    and not (trig.term.tension > 0 and _listed_with(toks, actor_m.te, m.ts, before, commas)):
                # ("Russia, Iran and North Korea stay in the bottom tier, where the bans apply": members of the
                # subject's own list are no object)
                codes = m.codes(day, dyad)
                if codes and _distinct(actor, codes[0]):
                    return actor, codes[0]
    told_m = next((m for m in before if m is not actor_m and m.kind == "name" and m.ts - 1 >= ca and m.te < trig.ts
                   and (toks[m.ts - 1] in _NOTIFYING or (toks[m.ts - 1] in ("its", "their", "the") and m.ts - 2 >= ca
                                                         and toks[m.ts - 2] in _NOTIFYING))
                   and (toks[m.te] == "that" or (m.te + 1 < trig.ts and toks[m.te] in _CLIENTS
                                                 and toks[m.te + 1] == "that"))), None)
    # ("has told its Chinese customers that it will stop shipping them ...": the customers' country)
    if told_m is not None and not trig.nominal and trig.code[:2] in ("16", "12"):
        codes = told_m.codes(day, dyad)  # "Italy has formally told China that it is leaving the Belt and Road"
        if codes and _distinct(actor, codes[0]):
            return actor, codes[0]
    if soft is not None and soft.kind == "name":
        codes = soft.codes(day, dyad)
        if codes and _distinct(actor, codes[0]):
            return actor, codes[0]
    if trig.code[:2] in ("18", "19", "20") and not trig.negated:
        # force used "in Syria" with nobody else named strikes the country it happens in
        for m in after:
            if m.ts - trig.te <= window and toks[m.ts - 1] == "in" and _is_countryish(m):
                codes = m.codes(day, dyad)
                if codes and _distinct(actor, codes[0]):
                    return actor, codes[0]
    # force against a thing told before ("shot the balloon down", "seized the vessel") with no one named
    # is aimed at the other side of the document's main dyad (the thing's owner)
    if not trig.nominal and not trig.negated and trig.code[:2] in ("11", "17", "18", "19", "20") and dyad is not None \
            and actor[:3] in dyad and trig.at + 1 < len(toks) and toks[trig.at + 1] in _DEFINITE_OBJECT \
            and not any(m.ts > trig.te and m.ts - trig.te <= 4 and m.kind == "name"
                        and m.countries[:1] != (actor[:3],) for m in after) \
            and (trig.code[:2] != "11" or toks[trig.at] in _CALLED or toks[trig.at] in _OPPOSING):
        # "called the manoeuvre unsafe", "firmly opposed the additions"
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    # a warning with no one named ("warned that Seoul would respond with countermeasures") is aimed at
    # the other side of a story about two countries
    if not trig.nominal and not trig.negated and trig.code[:2] == "13" and dyad is not None and actor[:3] in dyad \
            and trig.te < len(toks) and toks[trig.te] == "that" and toks[trig.at].startswith("warn") \
            and all(m.countries[:1] in ((), (actor[:3],)) for m in after if m.ts - trig.te <= window):
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    # retaliation vowed with no one named ("will take resolute countermeasures", "vowing to take all necessary
    # measures to defend its interests") is aimed at the other side of a story about two countries
    if not trig.nominal and not trig.negated and trig.code[:2] == "13" and dyad is not None and actor[:3] in dyad \
            and (any(w.startswith(_RETALIATION_STEMS) for w in trig.term.tokens)
                 or any(w.startswith(_RETALIATION_STEMS + ("respon",)) for w in toks[trig.te:trig.te + 3])) \
            and not toks[trig.at].endswith("ed") \
            and not (trig.ts >= 2 and toks[trig.ts - 1] == "to" and toks[trig.ts - 2].startswith("continu")) \
            and all(m.countries[:1] in ((), (actor[:3],)) for m in after if m.ts - trig.te <= window):
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    # a measure one retaliates with, no party named ("Beijing retaliated with its own duties") is aimed at the
    # other side of a story about two countries
    if trig.nominal and not trig.negated and trig.code[:2] == "16" and dyad is not None and actor[:3] in dyad \
            and any(toks[k].startswith(("retaliat", "respond")) or (toks[k] == "back" and toks[k - 1] in _HIT)
                    for k in range(max(ca + 1, trig.ts - 5), trig.ts)) \
            and all(m.countries[:1] in ((), (actor[:3],)) for m in after if m.ts - trig.te <= window):
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    # easing one's own measure with no party named ("said it would suspend its export controls on rare earths for
    # a year", "agreed to pause the port fees") in a story about two countries: the other side gains
    if not trig.nominal and not trig.negated and trig.code in ("085", "081") and dyad is not None \
            and actor[:3] in dyad and trig.at + 1 < len(toks) and toks[trig.at + 1] in ("its", "their", "the") \
            and all(m.countries[:1] in ((), (actor[:3],)) for m in after if m.ts - trig.te <= window):
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    # a complaint at a forum with no party named ("filed a complaint at the World Trade Organization over those
    # rules") is aimed at the other side of a story about two countries
    if forum_seen and not trig.negated and trig.code[:2] == "11" and dyad is not None and actor[:3] in dyad:
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    # a demand or request for the other side's act on what it holds ("demanded its immediate removal",
    # "requested his early release") in a document about two countries
    if not trig.negated and trig.code[:2] in ("02", "10") and dyad is not None and actor[:3] in dyad \
            and trig.te < len(toks) and (toks[trig.at + 1] in _POSSESSIVES or toks[trig.te - 1] in _POSSESSIVES
                                         or toks[trig.te] in _POSSESSIVES) \
            and not any(m.ts >= trig.te and m.ts - trig.te <= window and m.kind == "name" for m in after):
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    if trig.nominal and trig.code in ("1244", "1241") and dyad is not None and actor[:3] in dyad:
        # "the broader American controls on advanced chips were 'not on the table'": kept against the other side
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    if trig.code[:2] in ("03", "08") and not trig.negated and dyad is not None and actor[:3] in dyad \
            and _absolute_clause(toks, ca):
        # "... agreed on a framework, with Beijing promising to speed up exports of magnets and Washington
        # saying it would ease its curbs": each side's pledge in a deal between the two is to the other
        return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    if trig.code[:2] in ("16", "17") and not trig.negated:
        # "added 25 entities based in China to the Entity List": the seat of the parties listed before the noun
        seated = min((m for m in before if m is not actor_m and m.kind == "name" and m.ts > actor_m.te
                      and _seated_in(toks, m.ts)), key=lambda m: m.ts, default=None)
        seat = seated.codes(day, dyad) if seated is not None else ()
        if seat and _distinct(actor, seat[0]):
            return actor, seat[0]
    # a quoted verbal remark without a target is aimed at the other side of the main dyad
    if quoted and speaker is not None and dyad is not None and actor_m is speaker and trig.code[:2] in _VERBAL_ROOTS:
        if actor[:3] in dyad:
            return actor, (dyad[1] if actor[:3] == dyad[0] else dyad[0])
    return None


def _place_list(toks: list[str], m: _Mention, clause_mentions: list[_Mention]) -> bool:
    """Whether ``m`` continues a list ("and"/"or" or a comma before it) whose first member follows "in"
    or "at" ("suppliers in Mexico, India and Vietnam"), so it is a place like the first."""
    ends = {o.te: o for o in clause_mentions}
    cur = m
    for _ in range(8):
        k = cur.ts - 1 if cur.ts > 0 and toks[cur.ts - 1] in ("and", "or") else cur.ts
        before = ends.get(k)
        if before is None or before is cur:
            return False
        if before.ts > 0 and toks[before.ts - 1] in _LOCATION_PREPS:
            return True
        cur = before
    return False


def _same_side(a: _Trigger, b: _Trigger) -> bool:
    """Whether two verbs are both conflictual: only then does one lend its target to the other
    ("welcomed the decision and criticized China" lends nothing; nor does "welcomed the ceasefire and
    called on Israel to abide by it", whose appeal has an addressee of its own)."""
    return _tension_of(a.code) >= 1 and _tension_of(b.code) >= 1  # (an appeal to yield, +0.3, is no conflict)


def _arrival(toks: list[str], trig: _Trigger, actor_m: _Mention, actor: str,
             clause_mentions: list[_Mention]) -> tuple[str, str] | None:
    """An arrival's pair: the country of the place reached ("arrived on Monday in Washington", "arrived in the
    Chinese capital"); ``(actor, "")`` drops a landing that no person or office made ("a missile landed in
    ..."); ``None`` leaves the target to the general rules."""
    if trig.term.lemma != "arrive" and trig.term.lemma != "arrive in" and not (
            (actor_m.person or _personish(actor_m) or actor_m.role in ("GOV", "MIL", "LEG"))
            and (all(t.endswith("ly") for t in toks[actor_m.te:trig.ts])
                 or (toks[actor_m.te:actor_m.te + 1] in (["the"], ["a"]) and any(  # "Pelosi, the speaker of the
                     m.te == trig.ts and m.ts > actor_m.te for m in clause_mentions)))):  # House, landed in"
        return actor, ""  # "her plane landed in Taipei", "a missile landed in ...": no one's visit
    at = coverage.arrival_place(toks, trig.te, len(toks))
    if at < 0:
        return None
    place = next((m for m in clause_mentions if at <= m.ts <= at + 1 and m.kind in ("name", "place") and m.names
                  and m.names[0].kind in _PLACE_KINDS), None)
    if place is None:
        return None
    country = place.names[0].code[:3]
    return (actor, country) if _distinct(actor, country) else (actor, "")


def _coverage_pair(toks: list[str], trig: _Trigger, ca: int, cb: int, clause_mentions: list[_Mention],
                   pair: tuple[str, str] | None, day: _dt.date, dyad: tuple[str, str] | None,
                   told: Sequence[_Raw] = (), home: str = "") -> tuple[tuple[str, str] | None, _Trigger]:
    """The rules of :mod:`tension.text.coverage` over this clause: inquiry complements, reactions drawn
    from someone, moves aimed at someone, and actor pairs for protests and force the main path left
    without one (with the code a crowd's protest takes)."""
    if coverage.inquiry_complement(toks, trig.at, ca):
        return None, trig  # "opened an inquiry into war crimes committed by ...": the crimes are its topic
    places = load_lexicon().place_index  # a place's country ("in Karachi", "in Xinjiang"), for where things happen
    spans = [coverage.Span(m.ts, m.te, (m.codes(day, dyad) or (places.get(tuple(toks[m.ts:m.te]), ""),))[0], m.role,
                           _is_countryish(m), m.kind == "place",
                           (_is_countryish(m) and m.names[0].kind == "demonym" and toks[m.te - 1].endswith("s"))
                           or (m.person and not m.role and not _is_countryish(m)))  # ("Ms. Meng was detained")
             for m in clause_mentions if m.kind != "pron"]
    if not trig.negated:
        k = coverage.reaction_from(toks, trig.at, trig.te, ca)
        if k >= 0:
            source = next((s for s in spans if s.ts == k and s.code), None)
            owner = next((s for s in spans if s.ts < trig.at and s.code and not s.place), None)
            if source is not None and owner is not None and _distinct(source.code, owner.code):
                return (source.code, owner.code), trig  # "Washington's blacklisting ... drew a rebuke from Beijing"
            mover = discourse.story_actor(told, "", source.code[:3]) if source is not None and owner is None \
                and discourse.retold_move(toks, ca, coverage.draw_verb(toks, trig.at, ca)) else None
            if mover is not None and source is not None:
                return (source.code, mover), trig  # "The move drew an angry response from Beijing"
            return pair, trig
    if pair is not None or trig.negated:
        return pair, trig
    k = coverage.aimed_at(toks, trig.te, cb) if trig.term.tension > 0 else -1  # (a measure is aimed)
    if k >= 0 and not trig.nominal:
        aimed = next((s for s in spans if s.ts == k and s.code), None)
        subj = next((s for s in spans if s.ts < trig.at and s.code and not s.place
                     and (s.ts == ca or toks[s.ts - 1] not in _PREPS)), None)
        if aimed is not None and subj is not None and _distinct(subj.code, aimed.code):
            return (subj.code, aimed.code), trig  # "Beijing barred exports of gallium, a move aimed at Washington"
    got = coverage.fallback_pair(toks, trig.code, trig.at, trig.te, ca, cb, spans, trig.nominal, home)
    if got is None or any(sp.code == got[0] and sp.te <= trig.ts and discourse.reported_subject(toks, sp.te, trig.ts)
                          for sp in spans if sp.ts >= ca):
        return None, trig  # "Taiwan's defence ministry said Chinese warships crossed ...": not the ministry's act
    return (got[0], got[1]), (trig if got[2] == trig.code else attrs.evolve(trig, code=got[2]))


_SUMMONED = frozenset(["summoned", "summons", "summon", "summoning"])
_ORDER_VERBS = frozenset("ordered orders order forced forces force compelled compels told tells instructed "
                          "instructs directed directs".split())


_OPPOSING = frozenset("opposed opposes oppose condemned condemns denounced denounces deplored deplores slammed "
                      "slams protested protests".split())
_HIT = frozenset(["hit", "hits", "struck", "strikes", "striking", "hitting", "fought", "fights", "fire", "fired"])
_HOSTILE_SPEECH = frozenset(["10", "11", "12", "13"])
_RETALIATION_STEMS = ("countermeasure", "retaliat", "safeguard", "protect", "defend", "uphold", "back")
_PROTECTING = ("safeguard", "protect", "defend", "uphold")  # "take resolute measures to protect its firms"
_FORCE_ROOTS = frozenset(["15", "17", "18", "19", "20"])
_CALLED = frozenset(["called", "calls", "call", "calling", "branded", "described", "denounced", "condemned"])
_RELATIVE_OPENERS = frozenset(["who", "which", "whose"])
_TALK_CODES = frozenset(["040", "046"])
_HOLDING = frozenset(["held", "hold", "holds", "holding", "had", "have", "has"])  # "commanders held a flag meeting"
_POSSESSIVES = frozenset(["its", "his", "her", "their"])
_DEFINITE_OBJECT = frozenset(["the", "its", "their", "this", "that", "these", "those"])


_NOT_ADJECTIVAL = _MODIFIER_STOP | frozenset(
    ["also", "still", "remain", "remains", "remained", "may", "might", "can", "could", "did", "does", "do", "be", "then", "now", "already", "again", "earlier", "later", "just", "recently", "had", "has", "have", "been"]
)


_ED_ADJECTIVES = frozenset(
    ["alleged", "suspected", "proposed", "planned", "renewed", "increased", "unprecedented", "coordinated", "combined", "armed", "advanced", "detained", "unmanned", "expanded", "escalated", "heightened", "repeated", "stepped", "unannounced", "unexpected", "so", "called"]
)


_ADJECTIVES = frozenset(
    ["new", "fresh", "rare", "major", "joint", "high", "level", "large", "big", "small", "top", "first", "latest", "recent", "further", "military", "naval", "air", "economic", "trade", "border", "nuclear", "cyber", "illegal", "unilateral", "bilateral", "diplomatic", "spy", "surveillance", "chip", "tech", "technology", "export", "import", "two", "three", "several", "many", "more", "full", "massive", "live", "fire", "scale", "state", "official", "planned", "possible", "potential", "sweeping", "tough", "harsh", "strong", "sharp", "unsafe", "dangerous", "aggressive", "foreign", "policy", "defense", "defence", "security", "senior", "chief", "former", "deputy", "vice", "acting", "interim", "outgoing", "incoming", "then", "current", "prime", "foreign", "affairs", "finance", "commerce", "interior", "home", "justice", "energy", "climate", "health", "intelligence", "navy", "army", "air", "force", "coast", "guard", "border", "police", "riot", "special", "news", "media", "state", "top"]
)
# political and ethnic modifiers of agent nouns ("Nepalese Maoist rebels", "Turkish nationalist groups")
# the size of a measure ("steep new tariffs", "punishing sanctions")
_ADJECTIVES = _ADJECTIVES | frozenset("steep heavy hefty stiff punishing broad blanket higher "  # (sizes of a measure)
                                      "maoist islamist communist leftist rightist nationalist separatist socialist "
                                      "marxist jihadist hardline ethnic armed retaliatory countervailing".split())
_ADJECTIVE_SUFFIXES = ("al", "ic", "ive", "ary", "ous", "ful", "less", "ese", "ian", "ish", "ent", "ant", "ile")


def _adjectival(word: str) -> bool:
    """Whether a word between a possessor and a noun can be a modifier ("alleged", "new", "naval")."""
    if word in _NOT_ADJECTIVAL or word.endswith("ly") or not word.isalpha():
        return False
    if word in _ADJECTIVES or word in _ED_ADJECTIVES or word in _DETERMINERS:
        return True
    return word.endswith(_ADJECTIVE_SUFFIXES)


_MODIFIER_SUFFIXES = ("al", "ic", "ian", "ese", "ary", "ive", "ous", "ish")


def _mention_modifier(word: str) -> bool:
    """A modifier inside an actor mention ("Chinese paramilitary police", "Nepalese Maoist rebels"):
    a listed adjective or an adjective suffix that verbs do not have ("sent", "want" are no modifiers)."""
    if word in _NOT_ADJECTIVAL or not word.isalpha():
        return False
    return word in _ADJECTIVES or word in _DETERMINERS or word.endswith(_MODIFIER_SUFFIXES)


_PP_HEADS = frozenset(["over", "about", "against", "amid", "despite", "after", "before", "following", "during", "since"])


_MEETING_SPAN = frozenset("of a the two three four five six several many hours hour days day weeks rounds round "
                          "lengthy marathon long".split())


def _after_meeting(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the meeting noun at ``ts`` is the object of "after"/"following", past a span of time ("after
    talks with", "after four hours of talks", "following two days of meetings")."""
    k = ts - 1
    while k > ca and ts - k <= 5 and toks[k] in _MEETING_SPAN:
        k -= 1
    return k >= ca and toks[k] in ("after", "following")


_TIME_NOUNS = frozenset(["year", "month", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "weekend"])


def _dated_occasion(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the noun at ``ts`` is an occasion named by its time ("this year's summit", "Tuesday's
    talks"): only its own phrase names who takes part, never the clause's subject."""
    return ts - 2 >= ca and toks[ts - 1] == "s" and toks[ts - 2] in _TIME_NOUNS


def _in_pp(toks: list[str], at: int, ca: int) -> bool:
    """Whether the noun at ``at`` heads the object of a preposition like "over", "amid", "after"."""
    k = at - 1
    steps = 0
    while k >= ca and steps < 3 and (toks[k] in _DETERMINERS or _adjectival(toks[k])) and toks[k] not in _PP_HEADS:
        k -= 1
        steps += 1
    return k >= ca and toks[k] in _PP_HEADS


def _second_between(toks: list[str], m: _Mention, mentions: list[_Mention]) -> bool:
    """Whether ``m`` is the second member of "between A and B" ("a meeting between its foreign minister and
    his Japanese counterpart"): it stands with the first as after a preposition.

    >>> toks = "a meeting between its foreign minister and his japanese counterpart".split()
    >>> ms = [_Mention(ts=4, te=6, kind="name", names=()), _Mention(ts=8, te=10, kind="name", names=())]
    >>> _second_between(toks, ms[1], ms), _second_between(toks, ms[0], ms)
    (True, False)
    """
    k = m.ts - 1
    if k >= 0 and toks[k] in _DETERMINERS:
        k -= 1
    if k < 0 or toks[k] != "and":
        return False
    # (an appositive name may stand between: "between its foreign minister, Wang Yi, and his counterpart")
    first = next((o for o in reversed(mentions) if o.te <= k and k - o.te <= 3 and all(
        t.isalpha() and t not in _PREPS for t in toks[o.te:k])), None)
    if first is None:
        return False
    while (ante := next((o for o in mentions if o.te == first.ts), None)) is not None:
        first = ante  # ("its foreign minister, Wang Yi,": the name is the office holder's apposition)
    j = first.ts - 1
    if j >= 0 and toks[j] in _DETERMINERS:
        j -= 1
    return j >= 0 and toks[j] == "between"


def _first_member(toks: list[str], m: _Mention, before: list[_Mention]) -> _Mention:
    """The first member of the "between" list ``m`` closes ("a pact between the United States, Britain and
    Australia, welcomed by Japan": the United States), else ``m``."""
    k = next((n for n, x in enumerate(before) if x is m), -1)
    while k > 0 and toks[before[k - 1].te:before[k].ts] in ([], ["and"], ["the"], ["and", "the"]):
        k -= 1
    if k < 0 or before[k] is m:
        return m
    at = before[k].ts - 1 - int(toks[before[k].ts - 1] == "the")
    return before[k] if at >= 0 and toks[at] == "between" else m


def _passive(toks: list[str], trig: _Trigger, ca: int) -> bool:
    """Whether a verb trigger is passive ("was charged by", "were expelled", "was arrested and charged")."""
    at = trig.at
    return not trig.nominal and _participle(toks[at], trig.term, toks[at - 1] if at > ca else "") and (
        (at - 1 >= ca and toks[at - 1] in _BE) or (at - 2 >= ca and toks[at - 2] in _BE)
        or pairs.coordinated_passive(toks, at, ca, _BE, trig.te)  # "were arrested and charged"
        or (trig.te + 1 < len(toks) and toks[trig.te] == "by" and not toks[trig.te + 1].endswith("ing")
            and (at == ca or toks[at - 1] in ("and", "or", "but"))))  # "..., welcomed by Japan and condemned by China"




_FEELINGS = frozenset(["dissatisfied", "concerned", "disappointed", "worried", "alarmed", "satisfied", "pleased",
                       "troubled", "unsatisfied"])


def _participle(token: str, term: Term, prev: str = "") -> bool:
    """Whether a verb form is a past participle ("criticized", "held", "shot"), not base/-s/-ing; a form
    equal to its lemma ("hit", "cut", "put") only right after a form of "be" (``prev``: "was hit by")."""
    if term.kind == "phrase":
        # (a feeling is no passive: "said it was strongly dissatisfied with the bill, signed by Biden")
        return (token.endswith("ed") and token not in _FEELINGS) or token in IRREGULAR_PARTICIPLES
    lemma0 = term.lemma.split()[0].lower()
    if token == lemma0 and lemma0 in BARE_PARTICIPLES and prev in _BE:
        return True
    return token != lemma0 and not token.endswith("ing") and not (token.endswith("s") and token[:-1] == lemma0) \
        and not (token.endswith("es") and token[:-2] == lemma0) and not token.endswith("ies")


def _deref(m: _Mention, prev_subject: _Mention | None, speaker: _Mention | None, quoted: bool) -> _Mention | None:
    """Resolve pronouns: "we"/"I" inside quotes is the speaker, "he"/"she" the previous subject."""
    if m.kind == "role":
        return None
    if m.kind != "pron":
        return m
    if m.token in _FIRST_PERSON:
        if quoted:
            return speaker
        # unquoted "we" speaks for the institution the text has been about: a ministry's statement or a
        # briefing's answers ("China firmly opposes the sanctions. We have lodged stern representations")
        ok = m.token == "we" and prev_subject is not None and prev_subject.kind == "name" and not prev_subject.person
        return prev_subject if ok else None
    if m.token in _IMPERSONAL:  # "it": a country or institution that was the previous subject
        ok = prev_subject is not None and prev_subject.kind == "name" and not prev_subject.person
        return prev_subject if ok else None
    if m.token in _PLURAL:  # "they" is resolved inside its sentence only (_resolve_conjoined)
        return None
    return prev_subject if prev_subject is not None and _personish(prev_subject) else None


# societal roles: a domestic event needs one of them on a side ("police fired tear gas at protesters":
# HKGCOP -> HKGOPP); disputes inside a government ("Biden criticized Congress") are left out
_SOCIETAL_ROLES = frozenset(["OPP", "REB", "INS", "CVL", "EDU", "LAB", "AGR", "REF", "MED", "BUS", "JUD", "REL",
                            "UAF", "RAD", "SEP", "CRM", "MUS", "CHR", "JEW", "BUD", "HIN", "PPL", "NGO"])


def _distinct(a: str, b: str) -> bool:
    """Whether two actor codes are two parties: different countries, or one country's different roles
    with a societal role on one side (a domestic event)."""
    if a[:3] != b[:3]:
        return True
    ra, rb = a[3:6], b[3:6]
    return ra != rb and (ra in _SOCIETAL_ROLES or rb in _SOCIETAL_ROLES)  # "Saudi agents killed the journalist"


#: words that end an arrest's object and open its date, place or charge ("arrested three men *on* Monday",
#: "*with* spying for", "*for* helping")
_CHARGE_LINKS = frozenset(["on", "with", "for", "in", "at", "after", "over", "as", "near"])


def _own_accused(toks: list[str], trig: _Trigger, cb: int, mentions: Sequence[_Mention], pair: tuple[str, str],
                 day: _dt.date, dyad: tuple[str, str] | None) -> str | None:
    """The arresting state's own people as the target of an active arrest, charge or indictment whose
    target was taken from the espionage charge ("Taiwanese prosecutors indicted five *soldiers* on charges
    of spying for China", "German police arrested three *German citizens* on suspicion of spying for
    China", "Philippine police arrested three *Filipinos* ..."): the accused named before the charge are
    the actor's country with their role (soldiers, officers: MIL; citizens: CVL), not the state served,
    whom the arrest's report accuses of espionage instead (1125). ``None`` when the object names a foreign
    person ("arrested a Chinese national on charges of spying for China") or no person at all ("arrested
    two men on charges of running a police station for China": the state served stays the target)."""
    own = pair[0][:3]
    if trig.code != "173" or pair[1][:3] == own or trig.negated or trig.nominal:
        return None
    named = [(m.ts, c[0]) for m in mentions if (c := m.codes(day, dyad)) and m.ts >= trig.te]
    spy_ts, served = coverage.spy_beneficiary(toks, trig.te, cb, named, own)
    if served != pair[1][:3]:
        return None
    end = next((k for k in range(trig.te, spy_ts) if toks[k] in _CHARGE_LINKS), spy_ts)
    for m in mentions:
        if not trig.te <= m.ts < end:
            continue
        codes = m.codes(day, dyad)
        if codes and codes[0][:3] != own:
            return None  # "arrested a Chinese national": a foreigner, the clause's own target
        if codes:
            return own + (codes[0][3:] or "CVL")
        if m.kind == "role" and m.role and m.role != "PPL":  # ("two men" are anyone's)
            return own + m.role  # "indicted five soldiers": the state's own soldiers
    return None


_LIST_OPENERS = (("such", "as"), ("issues", "of"), ("questions", "of"), ("matters", "of"))
_PLACE_NOUNS = frozenset(["capital", "city", "town", "village", "province", "region", "port", "island", "islands", "state", "county", "district", "prefecture"])
#: nouns naming a gathering: an organisation's name right before one names the venue, not a party ("met on
#: the eve of the Group of 20 summit", "at a NATO summit", "the APEC meeting")
_VENUE_NOUNS = frozenset(["summit", "summits", "meeting", "meetings", "forum", "conference", "ministerial",
                          "gathering", "games", "olympics"])
_VENUE_OPENERS = frozenset(["the", "a", "an", "this", "next", "last", "year", "s", "annual"])
#: a gathering's topic between the organisation and the gathering ("at the U.N. climate summit")
_VENUE_TOPICS = frozenset("climate security economic trade health nuclear ocean oceans biodiversity general "
                          "leaders foreign defense defence finance annual".split())


def _demote_places(toks: list[str], mentions: list[_Mention], a: int,
                   civilians: frozenset[str] = frozenset()) -> list[_Mention]:
    """Places and list members are no actors: "the Japanese city of Hiroshima", "the Peruvian capital,
    Lima", "issues such as Hong Kong, Tibet and Xinjiang"; nor is a nationality of private people
    ("Japanese tourists cancelled trips")."""
    out: list[_Mention] = []
    listing = False
    for idx, m in enumerate(mentions):
        if m.kind != "name":
            out.append(m)
            listing = False
            continue
        prev = toks[m.ts - 1] if m.ts > a else ""
        prev2 = tuple(toks[m.ts - 2:m.ts]) if m.ts - 2 >= a else ()
        nxt = toks[m.te] if m.te < len(toks) else ""
        demote = False
        if prev2 in _LIST_OPENERS or (prev == "including" and m.ts - 2 >= a and toks[m.ts - 2] in ("issues", "topics")) \
                or (prev in ("on", "about", "regarding") and prev2[:1] and prev2[0] in _SUBJECT_MATTER_HEADS):
            demote = True
            listing = True
        elif listing and prev in ("and", "or", "") and out and out[-1].kind == "place":
            demote = True
        elif listing and out and out[-1].kind == "place" and out[-1].te == m.ts:
            demote = True  # the comma of a list: "Hong Kong, Tibet"
        else:
            listing = False
        if not demote and idx + 1 < len(mentions) and mentions[idx + 1].ts == m.te and _is_countryish(m) \
                and m.names[0].kind == "adjective" and _is_countryish(mentions[idx + 1]) \
                and mentions[idx + 1].names[0].kind == "adjective":
            demote = True  # "a Chinese-American scientist": an ethnicity, no state (the second one too, below)
        elif out and out[-1].kind == "place" and out[-1].te == m.ts and _is_countryish(m) \
                and m.names[0].kind == "adjective" and out[-1].names and out[-1].names[0].kind == "adjective":
            demote = True
        if not demote and idx + 1 < len(mentions) and m.countries == ("CHN",) and nxt == "s":
            follower = mentions[idx + 1]
            if follower.ts == m.te + 1 and follower.countries and follower.countries[0] in ("TWN", "HKG", "MAC"):
                demote = True  # "China's Taiwan region" is Taiwan
        if not demote and m.names and m.names[0].code.startswith("IGO") and any(o.kind == "name" for o in out) \
                and ((prev in _VENUE_OPENERS and (nxt in _VENUE_NOUNS or (m.te + 1 < len(toks) and toks[m.te + 1]
                                                                          in _VENUE_NOUNS and nxt in _VENUE_TOPICS)))
                     or (prev2 == ("at", "the") and sum(o.kind == "name" for o in out) >= 2)):
            # ("The US and China clashed at the World Health Organization": where two parties met, not whom)
            demote = True  # "on the eve of the Group of 20 summit": the gathering is a venue (a host
            # country stays: "will send no ministers to the Moscow forum" is aimed at Russia)
        if not demote and _is_countryish(m):
            if (prev in _PLACE_NOUNS and not (idx > 0 and mentions[idx - 1].te == m.ts)) \
                    or (prev == "of" and m.ts - 2 >= a and toks[m.ts - 2] in _PLACE_NOUNS
                        and toks[m.ts - 2] != "state"):  # ("recognised the state of Palestine": the country)
                # "the city of Hiroshima", "the Peruvian capital, Lima" (a name's own noun is none:
                # "HONIARA, Solomon Islands — China and ...")
                demote = True
            elif nxt in _PLACE_NOUNS and m.names[0].kind in ("adjective", "demonym") \
                    and not discourse.state_itself(toks, m.te):
                demote = True  # "the Japanese city", "the Vietnamese capital" (not "sponsored by the Chinese state")
            elif nxt in civilians and m.names[0].kind in ("adjective", "demonym") \
                    and not any(o.kind == "name" for o in out):
                demote = True  # subject "Japanese tourists" (as object, "detained two Canadian citizens", a target)
        out.append(attrs.evolve(m, kind="place") if demote else m)
    return out


def _acronym_aliases(text: str, toks: list[str], starts: list[int], ends: list[int],
                     sent_tok: Sequence[tuple[int, int]], sent_mentions: list[list[_Mention]]) -> list[list[_Mention]]:
    """An acronym defined in parentheses after a name stands for that name wherever the story uses it
    again: "The Philippine Coast Guard (PCG) said ... The PCG accused China", "South Korea's Joint Chiefs
    of Staff (JCS) ... The JCS condemned". The later bare acronym (a capitalised token no dictionary knows)
    is the defined party, with its country and role; the one in the parentheses is part of its name."""
    defined: dict[str, _Mention] = {}
    for mentions in sent_mentions:
        for m in mentions:
            k = m.te
            if m.kind == "name" and m.countries and k < len(toks) and 2 <= len(toks[k]) <= 6 \
                    and toks[k].isupper() and toks[k].isalpha() and text[ends[m.te - 1]:starts[k]] == " (" \
                    and text[ends[k]:ends[k] + 1] == ")" and not any(o.ts <= k < o.te for o in mentions):
                owner = next((o for o in mentions if o.te == m.ts - 1 and toks[o.te] == "s" and _is_countryish(o)),
                             None)  # "South Korea's Joint Chiefs of Staff (JCS)": the possessor's body
                defined.setdefault(toks[k], m if owner is None else _Mention(
                    m.ts, m.te, "name", country=owner.countries[0],
                    role=m.role or (m.names[0].code[3:6] if m.names and len(m.names[0].code) > 3 else "")))
    if not defined:
        return sent_mentions
    out: list[list[_Mention]] = []
    for (a, b), mentions in zip(sent_tok, sent_mentions):
        covered = {k for o in mentions for k in range(o.ts, o.te)}
        added = [attrs.evolve(defined[toks[k]], ts=k, te=k + 1) for k in range(a, b)
                 if k not in covered and toks[k] in defined and text[ends[k]:ends[k] + 1] != ")"]
        out.append(sorted(mentions + added, key=lambda x: x.ts) if added else mentions)
    return out


def _us_state_georgia(text: str, toks: list[str], starts: list[int], ends: list[int], mentions: list[_Mention],
                      a: int) -> list[_Mention]:
    """"Georgia" after a town and a comma ("in Ellabell, Georgia, on Thursday", "Police in Savannah, Georgia,
    arrested ...") is the American state, the town's locator as in "Dalton, Ga.": a place in the United
    States, not the Caucasus country (whose capital keeps it: "Tbilisi, Georgia"). The town is a
    capitalised word the lexicon knows as no actor or place of another country."""
    places = load_lexicon().place_index
    out: list[_Mention] = []
    for m in mentions:
        k = m.ts - 1
        if m.kind == "name" and m.countries == ("GEO",) and m.te - m.ts == 1 and toks[m.ts] == "georgia" \
                and k >= a and text[ends[k]:starts[m.ts]] == ", " and text[starts[k]].isupper() \
                and places.get((toks[k],), "USA") == "USA" and not any(o.ts <= k < o.te for o in mentions):
            m = attrs.evolve(m, kind="place", names=(), country="USA")
        out.append(m)
    return out


#: the nouns of listed or sanctioned parties whose seat "in" a country names them ("25 entities in China")
_SEATED = frozenset("entity entities company companies firm firms individual individuals business businesses "
                    "subsidiary subsidiaries supplier suppliers organisation organisations organization "
                    "organizations".split())


_PAUSING = frozenset("pause pauses paused pausing suspend suspends suspended suspending delay delays delayed "
                     "delaying lift lifts lifting freeze freezes froze freezing halt halts halted halting".split())


def _paused_over_time(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the measure noun at ``ts`` is the object of a pausing verb with a span between them ("to pause
    for a year the sweeping controls on rare-earth exports", "suspended for 90 days the tariffs"): an easing.

    >>> _paused_over_time("agreed to pause for a year the sweeping controls".split(), 8, 0)
    True
    >>> _paused_over_time("imposed for a year the sweeping controls".split(), 6, 0)
    False
    """
    k = ts - 1
    while k >= ca and ts - k <= 4 and (_adjectival(toks[k]) or toks[k].endswith("ing") or toks[k] in _ARTICLES_POSS):
        k -= 1  # "the sweeping", "its new"
    if k < ca or toks[k] not in _DURATION_UNITS:
        return False
    j = k - 1
    while j >= ca and k - j <= 2 and (toks[j].isdigit() or toks[j] in coverage.NUMBER_WORDS or toks[j] in ("a", "an")):
        j -= 1
    return j - 1 >= ca and toks[j] == "for" and toks[j - 1] in _PAUSING


def _absolute_clause(toks: list[str], ca: int) -> bool:
    """Whether the clause at ``ca`` is an absolute "with" clause split off its sentence ("..., with Beijing
    promising to ...") or a second one joined to it by "and" ("... and Washington saying it would ...").

    >>> toks = "they agreed with beijing promising to buy soybeans and washington saying it would".split()
    >>> _absolute_clause(toks, 3), _absolute_clause(toks, 8), _absolute_clause(toks, 0)
    (True, True, False)
    """
    if ca < 1:
        return False
    if toks[ca - 1] == "with":
        return True
    return toks[ca] == "and" and ca + 2 < len(toks) and any(toks[k] == "with" for k in range(max(0, ca - 30), ca)) \
        and any(toks[k].endswith("ing") and toks[k - 1] != "with" for k in range(ca + 2, min(len(toks), ca + 5)))


def _seated_in(toks: list[str], ts: int) -> bool:
    """Whether the country at ``ts`` is where the parties a measure names are based ("added 25 entities based
    in China", "sanctioned two companies in Hong Kong"): those parties are the country's, the measure's target.

    >>> _seated_in("added 25 entities based in china to the entity list".split(), 5)
    True
    >>> _seated_in("sanctioned two companies in hong kong".split(), 4)
    True
    >>> _seated_in("added 25 entities based in the people s republic of china".split(), 6)
    True
    >>> _seated_in("imposed sanctions in brussels".split(), 3)
    False
    """
    if ts >= 1 and toks[ts - 1] == "the":
        ts -= 1  # "entities based in the People's Republic of China"
    if ts < 2 or toks[ts - 1] != "in":
        return False
    return toks[ts - 2] == "based" or toks[ts - 2] in _SEATED


#: countries with federal institutions ("federal prosecutors", "a federal judge" exist only in a federation)
_FEDERATIONS = frozenset("USA CAN MEX BRA ARG VEN DEU AUT CHE BEL RUS IND PAK NPL MYS AUS NGA ETH SOM SDN SSD ARE "
                         "IRQ BIH COM FSM KNA".split())


def _federal_country(home: str, placed: str, place: str, named: Collection[str] = ()) -> str:
    """The country of a "federal" role with no country of its own ("Federal prosecutors charged two Chinese
    researchers", "sentenced by a federal judge in San Jose", "federal immigration agents raided the plant"):
    the dateline's, else the federation its place or the sentence's place names, else the one federation the
    sentence names ``named`` ("sued the Canadian government and the federal police"), else the United States (a
    "federal" office in an English news story with no other federation named is American; San Jose, Costa
    Rica, has no federal judge).

    >>> _federal_country("", "CRI", ""), _federal_country("", "", ""), _federal_country("", "BRA", "")
    ('USA', 'USA', 'BRA')
    >>> _federal_country("DEU", "", ""), _federal_country("", "", "CAN")
    ('DEU', 'CAN')
    """
    if home:
        return home
    for country in (placed, place):
        if country in _FEDERATIONS:
            return country
    federal = {c for c in named if c in _FEDERATIONS}
    return federal.pop() if len(federal) == 1 else "USA"


def _placed_role(toks: list[str], m: _Mention, mentions: list[_Mention], places: Mapping[tuple[str, ...], str]) -> str:
    """The country of a city that places a role noun: right before it ("a Wuhan company", "a Shenzhen-based
    firm") or right after it ("a company in Wuhan", "a firm based in Shenzhen"), or ""."""
    for n in mentions:
        if n.ts == m.te + 1 and toks[m.te] == "in" and m.role in _SEATED_ROLES and (n.kind == "place" or (
                _is_countryish(n) and n.names[0].kind == "capital")):
            # "a court in Shenzhen sentenced a Canadian man who had worked in Hong Kong": the court's seat
            return places.get(tuple(toks[n.ts:n.te]), "")[:3] if n.kind == "place" else n.countries[0]
        if n.kind != "place":
            continue
        if (n.te == m.ts or (n.te + 1 == m.ts and toks[n.te] == "based")) and n.ts > 0 \
                and (toks[n.ts - 1] in _ROLE_DETERMINERS or toks[n.ts - 1] in coverage.NUMBER_WORDS):
            return places.get(tuple(toks[n.ts:n.te]), "")[:3]  # (not "China's Liaoning aircraft carrier")
        if n.ts > m.te and m.role == "BUS" and toks[m.te:n.ts] in _SEAT_GAPS:
            # (a firm's seat; "officials in Geneva" are visitors); "a company in the Chinese city of Dalian":
            # the nationality that names the city's country
            return (places.get(tuple(toks[n.ts:n.te]), "") or (n.countries[0] if n.countries else ""))[:3]
    return ""


_ROLE_DETERMINERS = frozenset(["a", "an", "the", "two", "three", "several", "some", "other"])
#: the words between a firm and the place of its seat ("a company in Wuhan", "a firm based in the Chinese city of")
_SEAT_GAPS = (["in"], ["based", "in"], ["in", "the"], ["based", "in", "the"])
#: roles that act where they sit: the city right after "in" is their country ("a court in Suzhou", "police in
#: Savannah"), whatever place a later clause names
_SEATED_ROLES = frozenset(["JUD", "COP"])
#: roles that travel: the place named after them is where they went ("The negotiators met their Chinese
#: counterparts in Stockholm"), not their country (unlike "police ... in Minsk")
_ENVOY_ROLES = frozenset(["GOV", "MIL"])


_FOREIGN_PRONE_ROLES = frozenset(["REF", "IGO", "NGO"])  # refugees are seldom the sentence's country
_HOME_ROLES = frozenset(["COP", "OPP"])  # with no country named, the police and protesters of the dateline's place
_HOME_OWNERS = (["city", "s"], ["territory", "s"])  # "the city's legislature": the city or the dateline's place
_CITY_STATES = frozenset(["HKG", "MAC", "SGP"])
# countries news calls "the island" ("the island's president" after "drills around Taiwan")
_ISLAND_STATES = frozenset("TWN JPN PHL LKA CUB CYP MLT ISL NZL HTI JAM MDG BHR SGP IRL TTO BRB MUS".split())


_OWNER_GAPS = (["of", "the"], ["of", "a"], ["of"], ["at", "the"], ["for", "the"], ["with", "the"],
               ["from", "the"], ["from", "a"])  # "J-15 fighters from the Chinese aircraft carrier": the carrier's


def _anchor_roles(toks: list[str], mentions: list[_Mention], a: int, home: str = "",
                  upper: Callable[[int], bool] = lambda i: False) -> list[_Mention]:
    """Give a bare role noun ("police", "protesters", "rebels") the country of the sentence: the place
    it happens ("in Hong Kong", "in Minsk"), else the only country the sentence names, else, for the
    police and protesters named before any country, and the offices of "the city's", that of the
    story's dateline ``home`` ("HONG KONG — Police fired tear gas at protesters")."""
    if not any(m.kind == "role" for m in mentions):
        return mentions
    place = city = ""
    place_ts = -1
    countries: set[str] = set()
    for m in mentions:
        if not city and m.kind == "place" and m.ts > a and toks[m.ts - 1] in _LOCATION_PREPS:
            city = load_lexicon().place_index.get(tuple(toks[m.ts:m.te]), "")[:3]  # "protesters in Shanghai"
        if not city and m.kind == "place" and m.country and m.ts - 2 > a and toks[m.ts - 2] in _LOCATION_PREPS:
            city = m.country  # "police in Savannah, Georgia": the town's state (_us_state_georgia)
        if m.kind != "name":
            continue
        countries.update(m.countries)
        if not place and m.ts > a and toks[m.ts - 1] in _LOCATION_PREPS and _is_countryish(m) and any(
                r.kind == "role" and abs(r.ts - m.ts) <= 12 for r in mentions):
            place, place_ts = m.countries[0], m.ts
    only = next(iter(countries)) if len(countries) == 1 else ""
    first_name = next((m.ts for m in mentions if m.kind == "name"), len(toks))
    places = load_lexicon().place_index
    out = []
    for m in mentions:
        # the sentence's only country names a role after it ("Hong Kong police ... protesters"); a role
        # before any country ("The ministry condemned the US") is the document's own speaker, not the target;
        # a role "of the Japanese drugmaker", "at the British consulate" belongs to that country first
        owner = next((n for n in mentions if m.kind == "role" and n.kind == "name" and n.countries
                      and n.countries[0] not in ("IGO", "NGO", "MNC", "IMG") and (toks[m.te:n.ts] in _OWNER_GAPS
                                                                            or discourse.sponsor_gap(toks[m.te:n.ts]))),
                     None) or next((n for n in mentions if m.kind == "role" and n.kind == "name" and n.countries
                                    and n.te == m.ts - 1 and toks[m.ts - 1] == "of" and upper(m.ts)), None)
        # (and "hackers linked to China's military", "militias loyal to the government"; a capitalised role
        # "of" a name is part of it: "the U.S. House of Representatives")
        # ... and so does an office before any country with no person the dictionaries know after it
        # ("BEIJING — ... Vice Foreign Minister Le Yucheng summoned the ambassadors of Canada and ...")
        # (a title before a name, "Secretary of State Antony J. Blinken", is the person's; "a spokesman, Gan Yu,"
        # is not)
        titled = m.kind == "role" and any(n.person and n.countries and m.te <= n.ts <= m.te + 2
                                          and all(upper(k) for k in range(m.te, n.ts)) for n in mentions)
        office = m.kind == "role" and toks[m.te - 1] in _PERSON_TITLES and upper(m.ts) and upper(m.te) \
            and not titled and not any(n.ts == m.te for n in mentions)
        placed = _placed_role(toks, m, mentions, places) if m.kind == "role" else ""
        country = owner.countries[0] if owner is not None else "" if titled else \
            (_federal_country(home, placed, place or city, countries) if toks[m.ts] == "federal" and m.kind == "role" else "") \
            or placed \
            or (place if m.role not in _ENVOY_ROLES or place_ts < m.ts or place_ts - m.te <= 4 else "") \
            or (city if m.role in _HOME_ROLES else "") \
            or (home if m.ts > first_name and discourse.home_object(toks, m.ts, only, home) else "") \
            or (only if m.ts > first_name and m.role not in _FOREIGN_PRONE_ROLES else "") \
            or (home if m.ts < first_name and (m.role in _HOME_ROLES or office) and not titled else "")
        if not country and m.kind == "role" and m.role in _HELD_PEOPLE:
            # "Before Blinken spoke, Russian police detained an opposition leader": with two countries in the
            # sentence, the people a state's security forces act on just before are that state's own
            near = next((x for x in reversed(mentions) if x.ts < m.ts and m.ts - x.te <= 4 and x.kind == "name"
                         and x.role in _HOME_ENFORCERS and x.countries), None)
            country = near.countries[0] if near is not None else ""
        if not country and toks[m.ts - 2:m.ts] == ["island", "s"]:  # "the island's president": the island named
            country = next((x.countries[0] for x in reversed(mentions) if x.ts < m.ts and x.kind == "name"
                            and x.countries and x.countries[0] in _ISLAND_STATES), "") \
                or (home if home in _ISLAND_STATES else "")
        if not country and toks[m.ts - 2:m.ts] in _HOME_OWNERS:  # "the city's legislature": the city named last
            country = next((x.countries[0] for x in reversed(mentions) if x.ts < m.ts and x.kind == "name" and x.names
                            and (x.names[0].kind == "capital" or x.names[0].code in _CITY_STATES)), "") \
                or (home if m.ts < first_name else "")
        out.append(attrs.evolve(m, kind="name", country=country) if m.kind == "role" and country else m)
    return out


#: the people a state's police, soldiers or courts act on at home (named people, not "two men" or firms), and
#: those enforcers (not its spies: "China-linked hackers stole call records from telecom networks")
_HELD_PEOPLE = coverage.PATIENT_ROLES - {"", "PPL", "BUS"}
_HOME_ENFORCERS = (coverage.SECURITY_ROLES - {"SPY"}) | {"JUD"}


#: words after "the" that do not name the accused ("blasted the smaller of them", "the rest of")
_NOT_DEFINITE_HEADS = frozenset("rest remainder first last two three both most some each one".split())


def _joined_judgement(toks: list[str], w: int, t: _Trigger) -> bool:
    """Whether the verb trigger ``t`` is a second judging word joined by "and" to the judging word at ``w``
    ("is politicizing trade issues and violating WTO rules"): the same judgement, no act of its own
    (armed force excepted)."""
    return not t.nominal and w < t.at and toks[t.at] in clauses.JUDGEMENT_WORDS and "and" in toks[w:t.at] \
        and t.code[:2] not in ARMED_FORCE


def _role_of_country(m: _Mention) -> bool:
    """Whether a mention is a role composed with the country after it ("the leaders of South Korea", "defense
    chiefs of Australia"): a role that the further members of a list after it share ("..., Japan and China")."""
    return m.role_of and bool(m.role)


def _codes_pair(a: _Mention | None, b: _Mention | None, day: _dt.date,
                dyad: tuple[str, str] | None, share_role: bool = True) -> tuple[str, str] | None:
    if a is None or b is None:
        return None
    if share_role and _is_countryish(a) and b.kind == "name" and b.role and not b.names:
        a = attrs.evolve(a, names=(), country=_composed_country(a.names[0].code),
                         role=_composed_role(a.names[0].code, b.role))  # "Indian and Pakistani troops"
    if share_role and _role_of_country(a) and _is_countryish(b):
        b = attrs.evolve(b, names=(), country=_composed_country(b.names[0].code),
                         role=_composed_role(b.names[0].code, a.role))  # "the leaders of Japan and China"
    ca = a.codes(day, dyad)
    cb = b.codes(day, dyad)
    if not ca or not cb or not _distinct(ca[0], cb[0]):
        return None
    return ca[0], cb[0]


#: prepositions that give a meeting noun its topic, not its partner ("talks on North Korea")
_TOPIC_PREPS = frozenset(["on", "about", "over", "regarding", "concerning"])


#: verbs by which a party is told of a step it is the target of ("formally told China that it is leaving")
_NOTIFYING = frozenset("told tells tell informed informs inform notified notifies notify".split())
#: the parties a supplier tells ("told its Chinese customers that ...")
_CLIENTS = frozenset("customers clients buyers suppliers partners".split())


_REASON_OPENERS = frozenset(["over", "because", "amid", "citing", "after"])


def _bar_pair(toks: list[str], pair: tuple[str, str] | None, at_from: int, cb: int, mentions: list[_Mention],
              subj: tuple[_Mention, _Mention | None] | None, day: _dt.date,
              dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """A bar on one's own people is aimed at the foreign party of the barred activity (rule in
    :func:`tension.text.signs.bar_from`): the first party of another country after ``from``, else the
    last one named before the verb ("products made by Micron ... barred operators from buying them")."""
    actor = pair[0] if pair is not None else next(iter(subj[0].codes(day, dyad)), "") if subj is not None else ""
    if not actor:  # "The order bars American firms from buying ...": the barred firms' country acts
        barred = next((m for m in reversed(mentions) if m.te <= at_from and m.codes(day, dyad)), None)
        actor = barred.codes(day, dyad)[0][:3] if barred is not None else ""
    if not actor:
        return None
    if pair is not None and pair[1][:3] != actor[:3] and not any(
            m.ts > at_from and m.ts < cb and m.kind == "name" for m in mentions):
        return None  # "barred Chinese nationals from entering": the barred are the target, the verb's own code
    # (the activity ends at its reason: "barred two American firms from trading with China over their arms
    # sales to Taiwan" is aimed at the firms)
    stop = next((k for k in range(at_from + 1, cb) if toks[k] in _REASON_OPENERS), cb)
    after = [m for m in mentions if at_from < m.ts < stop]
    before = [m for m in reversed(mentions) if m.te <= at_from and m.kind == "name"]
    for n, m in enumerate(after + before):
        codes = m.codes(day, dyad)
        if codes and codes[0][:3] != actor[:3] and m.kind == "name":
            owned = after[n + 1] if n + 1 < len(after) and after[n + 1].ts == m.te + 1 and toks[m.te] == "s" else None
            owned_codes = owned.codes(day, dyad) if owned is not None else ()
            if owned_codes and owned_codes[0][:3] == codes[0][:3]:
                return actor, owned_codes[0]  # "to China's ZTE": the company
            return actor, codes[0]
    return pair if pair is not None and pair[1][:3] != actor[:3] else None


def _summary_raw(text: str, toks: list[str], summary: tuple[_Trigger, int, int], subject: _Mention,
                 mentions: list[_Mention], sentence_date: DateMention | None, published: _dt.date,
                 dyad: tuple[str, str] | None) -> list[_Raw]:
    """A lead whose main clause codes nothing but which names its act in a closing apposition ("The
    United States will not send officials to the Beijing Olympics, the White House said on Monday, a
    diplomatic boycott ...", rule in :func:`tension.text.signs.summary_noun`): the sentence's subject
    does the act to the first party of another country named in the sentence."""
    trig, cs, ce = summary
    day = sentence_date.date if sentence_date is not None and sentence_date.date is not None else published
    precision = sentence_date.precision if sentence_date is not None and sentence_date.date is not None else "day"
    actor = next(iter(subject.codes(day, dyad)), "")
    target = next((c for m in mentions if m.kind == "name" and m.ts > subject.ts
                   for c in m.codes(day, dyad)[:1] if actor and c[:3] != actor[:3]), "")
    if not actor or not target:
        return []
    ev_s, ev_e = _trim(text, cs, ce)
    return [_Raw(day, precision, actor, target, trig.code, _tension_of(trig.code), ev_s, ev_e,
                 sentence_date.phrase if sentence_date is not None else "")]


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


# clauses whose dates are their own ("when", "as", "once" clauses share the main clause's time); a
# conditional's too ("If talks fail next week, Washington will raise tariffs": a threat made today)
#: an anaphoric date that goes back in time ("a day earlier", "the previous day", "two days before,")
_BACKWARD_ANAPHOR = re.compile(r"\b(?:earlier|before|previous|preceding)\b", re.IGNORECASE)

_BOUND_OPENERS = frozenset(["which", "who", "whose", "after", "before", "since", "while", "although", "though",
                            "because"]) | _CONDITIONAL
_SPEAKING = frozenset(["speaking", "talking", "writing", "commenting", "testifying"])
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


def _comma_pieces(text: str, toks: list[str], starts: list[int], ends: list[int], lo: int,
                  hi: int) -> list[list[int]]:
    """Token windows [lo, hi] cut after each comma that no year follows."""
    out: list[list[int]] = []
    for k in range(lo, hi):
        if "," in text[ends[k]:starts[k + 1]] and not _is_year(toks[k + 1]):
            out.append([lo, k])
            lo = k + 1
    out.append([lo, hi])
    return out


#: a paragraph opening with a weekday or a month (a roundup's or a timeline's dated item, no dateline)
_DATE_OPENING_RE = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul"
                              r"|aug|sep|oct|nov|dec)[a-z]*\.?[\s,]", re.IGNORECASE)


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
    # a comma inside a window starts a new tense context ("... next month, officials said on Tuesday"),
    # unless a year follows it ("May 10, 2019")
    windows = [piece for lo, hi in windows for piece in _comma_pieces(text, toks, starts, ends, lo, hi)]
    out: list[DateMention] = []
    for lo, hi in windows:
        # the tense is read back to the clause's break, also before the window ("will impose the tariffs
        # on US goods on Tuesday": the next Tuesday)
        fut = True if lo > a and is_future_context(text, max(starts[a], starts[lo] - 80), starts[lo]) else None
        out.extend(find_dates(text, published, starts[lo], ends[hi], future=fut))
    # (a paragraph that opens with its date before the dash, "TUESDAY, AUG. 16 — ...", is a roundup's dated item,
    # not a dateline: its date stays)
    dateline = discourse.dateline_end(text, starts[a]) if out and _DATE_OPENING_RE.match(text, starts[a]) is None \
        else -1
    return [d for d in out if d.start >= dateline]  # "WASHINGTON (July 20, 2021) —": the story's day, no event's


#: what stands before "call" when it names a phone call spoken of ("accounts of the call", "after the call"),
#: and what follows an appeal's "call" ("a call for calm", "calls on Beijing")
_CALL_OF = frozenset(["the", "that", "this", "their", "his", "her", "its", "tuesday", "monday", "wednesday", "thursday",
                      "friday", "saturday", "sunday", "s"])
_APPEAL_AFTER = frozenset(["for", "on", "upon", "to", "from", "by"])


def _spoken_call(toks: list[str], ts: int, cb: int) -> bool:
    """Whether the "call" an appeal pattern at ``ts`` reads is a phone call spoken of ("issued separate accounts
    of the call, which lasted an hour"): after "of the", with no "for"/"on" of an appeal after it."""
    k = next((j for j in range(ts, min(cb, ts + 8)) if toks[j] in ("call", "calls")), -1)
    return k >= 2 and toks[k - 1] in _CALL_OF and toks[k - 2] in ("of", "during", "after", "before", "in", "on") \
        and (k + 1 >= cb or toks[k + 1] not in _APPEAL_AFTER)


_MEDIUM_NOUNS = frozenset(["call", "calls", "conversation", "conference"])  # "in a phone call", "video conference"
_COMMENTED = "commented"  # the code of an event noun that a comment is about (dropped)


_SENDING = frozenset("sent send sends sending dispatched dispatch dispatches dispatching deployed deploy deploys "
                      "deploying scrambled scramble scrambles scrambling".split())
_STRIKE_ROOTS = frozenset(["15", "18", "19", "20"])  # (and a show of force: "sent warships to encircle Taiwan")


def _sent_to_strike(toks: list[str], ca: int, triggers: list[_Trigger], clause_mentions: list[_Mention],
                    commas: frozenset[int]) -> list[_Trigger]:
    """"Thailand sent F-16 jets to bomb Cambodian positions": the sending is no aid or cooperation of its own;
    the purpose verb's force is the subject's act on the purpose verb's object."""
    for s in triggers:
        if s.nominal or s.negated or toks[s.at] not in _SENDING:
            continue
        f = next((t for t in triggers if t is not s and not t.nominal and not t.negated and t.code[:2] in _STRIKE_ROOTS
                  and s.te < t.at <= s.te + 7 and toks[t.at - 1] == "to"
                  and not any(k in commas for k in range(s.te - 1, t.at - 1))), None)
        if f is None:
            continue
        subj = next((m for m in reversed(clause_mentions) if m.ts < s.at and m.kind in ("name", "pron", "pair")
                     and (m.ts == ca or toks[m.ts - 1] not in _PREPS)), None)
        obj = next((m for m in clause_mentions if f.te <= m.ts <= f.te + 3 and m.kind == "name"
                    and toks[m.ts - 1] not in _LOCATION_PREPS), None)
        if subj is None or obj is None:
            continue
        return sorted([t for t in triggers if t is not s and t is not f]
                      + [attrs.evolve(f, fixed_actor=subj.ts, fixed_target=obj.ts)], key=lambda t: t.ts)
    return triggers


#: what a deadline orders done ("gave the diplomats 72 hours to leave", "gave China three days to close its
#: consulate"): an expulsion (166) or a closure (161), an order with a deadline, not an ultimatum's threat
_DEADLINE_ORDERS = {"leave": "166", "depart": "166", "exit": "166", "quit": "166", "vacate": "166",
                    "close": "161", "shut": "161"}
_DEADLINE_UNITS = frozenset("hours days weeks".split())


def _deadline_order(toks: list[str], trig: _Trigger, cb: int) -> _Trigger:
    """An ultimatum (139) whose deadline is given for leaving or closing ("gave China 72 hours on Tuesday to
    close its consulate", "giving the diplomats 48 hours to leave the country") is the order itself: the
    expulsion or the closure, decided and announced as done (an ultimatum to do something else, "gave Hamas 24
    hours to respond", stays 139)."""
    if trig.code != "139" or trig.negated or trig.nominal:
        return trig
    unit = next((k for k in range(trig.ts, min(cb, trig.te + 8)) if toks[k] in _DEADLINE_UNITS), -1)
    if unit < 0:
        return trig
    to = next((k for k in range(unit + 1, min(cb - 1, unit + 6)) if toks[k] == "to"), -1)
    code = _DEADLINE_ORDERS.get(toks[to + 1], "") if to >= 0 else ""
    return attrs.evolve(trig, code=code) if code else trig


def _clause_rules(toks: list[str], ca: int, cb: int, triggers: list[_Trigger], clause_mentions: list[_Mention],
                  b: int, commas: frozenset[int] = frozenset(), capitals: frozenset[int] = frozenset(),
                  owner: _Mention | None = None, answering: bool = False) -> list[_Trigger]:
    """Apply the clause rules of :mod:`tension.text.clauses` to a clause's triggers: a reported judgement
    becomes the speaker's criticism (its judging word no event of the judged), an event noun commented on
    is dropped and its agent becomes the comment's target, an occurrence in a time clause is background
    (``b`` is the sentence's end: a subject's verb may follow a relative clause)."""
    spans = [(m.ts, m.te) for m in clause_mentions]
    triggers = [_deadline_order(toks, t, cb) for t in triggers]  # "gave the diplomats 72 hours to leave"
    triggers = [t for t in triggers if t.nominal or t.negated or not name_part(t.at, ca, cb, capitals)]  # "Thu Hang"
    triggers = [t for t in triggers if not (len(t.term.tokens) == 1 and t.term.tokens[0] in ("add", "adds", "added", "adding")
                                            and toks[t.te:t.te + 1] == ["that"])]  # "adding that ...": a report
    triggers = _approaches(toks, ca, cb, triggers, clause_mentions, owner)
    triggers = _sent_to_strike(toks, ca, triggers, clause_mentions, commas)
    got = reported_judgement(toks, ca, cb, spans)
    if got is not None and got[2] > got[3] and toks[got[3]] in clauses.BLAME_ADVERBS:
        # "A Chinese ship deliberately rammed a Philippine vessel on Saturday, Philippine officials said": the
        # story tells the act in its own main clause and only attributes it; the manner is no second event
        triggers = [t for t in triggers if t.at != got[2]]
    elif got is not None:
        speaker_ts, judged_ts, r, w, code = got
        # (a force noun that holds the judging word stays: "made an unsafe approach to a US warship, the Navy
        # said" is the approach and the Navy's criticism; an act a blame adverb charges goes, unless armed force)
        triggers = [t for t in triggers if not ((t.at <= w < t.te and not (t.nominal and t.code[:2] == "15"))
                                                or t.at == r
                                                or (not t.nominal and blamed_act(toks, w, t.ts)
                                                    and t.code[:2] not in ARMED_FORCE
                                                    and t.code not in ARMED_FORCE_CODES)
                                                # a second judging word joined to the first ("politicizing trade
                                                # and violating WTO rules"): the same judgement
                                                or _joined_judgement(toks, w, t))]
        triggers.append(_Trigger(r, r + 1, _verb_term((toks[r],), code, "say"), code,
                                 fixed_actor=speaker_ts, fixed_target=judged_ts))
        triggers.sort(key=lambda t: t.ts)
    named = named_judgement(toks, ca, cb, spans) if got is None else None
    triggers = [attrs.evolve(t, fixed_actor=rel[0], fixed_target=rel[1])
                if not t.nominal and not t.negated and t.fixed_actor < 0 and t.term.kind == "verb"
                and (rel := that_relative(toks, t.at, ca, spans)) is not None else t for t in triggers]
    # ("two American institutions that hosted Taiwan's president": the institutions host)
    triggers = [attrs.evolve(t, fixed_actor=own[0], fixed_target=own[1])
                if not t.nominal and not t.negated and t.fixed_actor < 0 and t.term.kind == "verb"
                and (own := clauses.owned_decision(toks, t.at, ca, spans)) is not None else t for t in triggers]
    # ("condemned Washington's decision to blacklist Huawei": Washington blacklists)
    answered = answered_judgement(toks, ca, cb, spans) if got is None and named is None and answering else None
    if answered is not None:  # in a briefing answer: "Secretary Pompeo has repeatedly spread lies about China"
        judged_ts, w, code = answered
        triggers = sorted([t for t in triggers if not judged_ts < t.at <= w and not _joined_judgement(toks, w, t)]
                          + [_Trigger(w, w + 1, _verb_term((toks[w],), code, "judge"), code,
                                      fixed_actor=SPEAKER, fixed_target=judged_ts)], key=lambda t: t.ts)
    if named is not None:  # "what she described as China's economic coercion", "yet another act of suppression"
        judge_ts, judged_ts, lo, last, code = named
        triggers = sorted([t for t in triggers if not lo <= t.at <= last]
                          + [_Trigger(lo, lo + 1, _verb_term((toks[lo],), code, "judge"), code,
                                      fixed_actor=judge_ts, fixed_target=judged_ts)], key=lambda t: t.ts)
    demand = reported_demand(toks, ca, cb, spans)
    if demand is not None and len({c for m in clause_mentions if m.ts in demand[:2] for c in m.countries[:1]}) == 1:
        demand = None  # "Germany's economy ministry said German companies should diversify": its own people
    if demand is not None:  # "Beijing said Washington should stop arming Taiwan": a demand (100), its complement none
        speaker_ts, addressee_ts, r, _ = demand
        triggers = sorted([t for t in triggers if t.at < r or (  # (not the talks it was made "during")
                              t.nominal and t.code[:2] == "04" and coverage.during_meeting(toks, t.ts, ca))]
                          + [_Trigger(r, r + 1, _verb_term((toks[r],), "100", "demand"), "100",
                                      fixed_actor=speaker_ts, fixed_target=addressee_ts)], key=lambda t: t.ts)
    triggers = [attrs.evolve(t, code=_COMMENTED) if t.code[:2] == "13" and not t.nominal and not t.negated
                and clauses.risk_warning(toks, t.te, cb) else t for t in triggers]  # "warned firms of the risks"
    labelled = clauses.labelling(toks, ca, cb, spans)
    if labelled is not None:  # "labelled China a currency manipulator": the name is the subject's judgement
        v, named_ts, namer_ts, code = labelled
        triggers = sorted([t for t in triggers if not v <= t.at < v + 8]
                          + [_Trigger(v, v + 1, _verb_term((toks[v],), code, "label"), code,
                                      fixed_actor=namer_ts, fixed_target=named_ts)], key=lambda t: t.ts)
    apposed = appositive_judgement(toks, ca, cb, commas, spans)
    if apposed is not None:  # "..., a move Taipei called provocative"
        judge_ts, judged_ts, v, code, comma = apposed
        triggers = sorted([t if t.at > comma or t.mention_end >= 0 else attrs.evolve(t, mention_end=comma + 1)
                           for t in triggers if not t.at <= v < t.te]  # the act's parties are before the comma
                          + [_Trigger(v, v + 1, _verb_term((toks[v],), code, "call"), code, fixed_actor=judge_ts,
                                      fixed_target=judged_ts, date_from=v)], key=lambda t: t.ts)
    triggers = [attrs.evolve(t, mention_end=t.te) if t.mention_end < 0 and t.code[:2] == "13"
                and (t.term.tokens[-1].startswith(_RETALIATION_STEMS)
                     or (t.te + 1 < cb and toks[t.te] == "to" and toks[t.te + 1].startswith(_PROTECTING))) else t
                for t in triggers]
    purposes = frozenset(t.te + 1 for t in triggers if t.code[:2] == "13" and t.te + 1 < cb and toks[t.te] == "to")
    triggers = [t for t in triggers if not (t.ts in purposes and toks[t.ts].startswith(_PROTECTING))]
    # ("would take all necessary measures to protect the rights of Chinese firms": what is protected is no target)
    meetings = [t.te for t in triggers if t.code[:2] == "04" and not t.negated]
    triggers = [attrs.evolve(t, code=_COMMENTED) if t.code[:2] == "04" and not t.negated and t.ts - 1 > ca
                and toks[t.ts - 1] == "to" and toks[t.ts].startswith(_TALK_PURPOSES)
                and any(0 <= t.ts - 1 - e <= 8 for e in meetings) else t for t in triggers]
    # ("will meet on Tuesday in Tokyo to discuss seafood imports": the talk is the meeting's purpose, one event)
    in_time_clause = time_clause(toks, ca)
    triggers = [attrs.evolve(t, code=_COMMENTED) if not t.negated and (
        clauses.court_name(toks, t.ts, ca) or (t.nominal and clauses.braced_for(toks, t.ts, ca))) else t
        for t in triggers]  # "the Court of Appeal", "farmers were bracing for retaliation"
    triggers = [attrs.evolve(t, code=_COMMENTED) if not t.negated and not t.nominal
                and clauses.joined_in_doing(toks, t.at, cb) else t for t in triggers]  # "joining the US in trying to"
    triggers = [attrs.evolve(t, code="163") if t.code == "085" and not t.negated
                and signs.exchange_delisting(toks, t.at, ca, cb) else t for t in triggers]  # "delisting China Mobile"
    triggers = [attrs.evolve(t, code=_COMMENTED) if not t.negated and clauses.cited_reason(toks, t.ts, ca, commas)
                else t for t in triggers]  # "blocked the sale, citing a threat to public order": the reason given
    triggers = [attrs.evolve(t, code=_COMMENTED) if clauses.milestone_since(toks, t.ts, ca, commas) else t
                for t in triggers]  # "the first step since their leaders met": the yardstick
    ends = frozenset(m.te for m in clause_mentions)
    noun_ends = frozenset(t.te for t in triggers if t.nominal)
    mention_starts = frozenset(m.ts for m in clause_mentions)
    triggers = [attrs.evolve(t, code=_COMMENTED) if not t.negated and (
        (not t.nominal and t.code[:2] in _VERBAL_ROOTS and participle_modifier(toks, t.at, ca, noun_ends, commas))
        or (t.nominal and (background_head(toks, t.ts, ca) or intensified_noun(toks, t.ts, ca)
                           or clauses.dated_noun(toks, t.ts, ca)
                           or disputed_noun(toks, t.ts, ca)
                           or (t.code[:2] == "05" and clauses.framework_noun(toks, t.ts, ca)
                               and any(o.ts < t.ts and not o.negated for o in triggers))))  # (the act done under it)
        or clauses.modal_subject(toks, t.ts, t.te, ca, cb)
        or clauses.generic_relative(toks, t.at, ca)
        or clauses.ongoing_clause(toks, ca, t.at, capitals, t.nominal)
        or (toks[t.at] == "citing" and t.at - 1 in commas)
        or (not t.nominal and discussed_option(toks, t.ts, ca))
        or (not t.nominal and t.code[:2] == "04" and motion_with_purpose(toks, t.te, cb, mention_starts, capitals))
        or characterising_apposition(toks, t.at, ca, commas)) else t
        for t in triggers]  # "a hunger strike demanding ...", "the end of the war", ", citing ..."
    options = [t.ts - 2 for t in triggers if t.code == _COMMENTED and not t.nominal and discussed_option(toks, t.ts, ca)]
    triggers = [attrs.evolve(t, code=_COMMENTED) if t.nominal and t.code != _COMMENTED
                and any(0 < t.ts - (p + 2) <= 6 for p in options) else t for t in triggers]
    # ("have the ability to resolve their differences through dialogue": the dialogue is the option's too)
    if options:  # "would discuss how to counter threats posed by China": China is the option's, not the talks'
        triggers = [attrs.evolve(t, mention_end=min(p for p in options if p >= t.te))
                    if t.mention_end < 0 and t.code != _COMMENTED and any(p >= t.te for p in options) else t
                    for t in triggers]
    # (a verbal participle tells the noun's aim; a forceful one, "drills encircling the island", its act)
    adjective_ends = frozenset(m.te for m in clause_mentions if m.names and m.names[0].kind == "adjective")
    triggers = [attrs.evolve(t, nominal=True)
                if t.term.kind == "verb" and not t.nominal and not t.negated and t.ts == t.at
                and noun_after_modifier(toks, t.at, t.term.lemma.split()[0].lower(), t.at in adjective_ends) else t
                for t in triggers]  # "American sanctions", "Russian strikes": nouns
    out = [t if t.nominal or t.negated or not occurrence_verb(toks, t.at, ca, ends) else attrs.evolve(t, code=_COMMENTED)
           for t in triggers]  # "the violence broke out": nobody acts
    inside = {k for m in clause_mentions for k in range(m.ts, m.te)}
    out = [attrs.evolve(t, nominal=True) if t.term.kind == "verb" and not t.nominal and not t.negated
           and t.ts == t.at and noun_after_article(toks, t.at, ca, t.term.lemma.split()[0].lower(), inside) else t
           for t in out]  # "a sharp rebuke", "the latest attack": nouns
    out = [attrs.evolve(t, code=_COMMENTED) if not t.negated and t.code[:2] == "04" and (
               t.nominal or (t.ts - 1 >= ca and toks[t.ts - 1] in ("for", "at", "during")
                             and not toks[t.ts].endswith("ing")))  # "for talks with": a noun
           and clauses.meeting_venue(toks, t.ts, ca)
           and any(not o.nominal and o.code[:2] == "04" and o.te <= t.ts for o in out) else t
           for t in out]  # "met Xi at the summit", "will visit Washington for talks": one meeting
    # ("warned Biden in a phone call", "urged Putin in a phone call to ...": the call took place between them
    # and is an event as well as the warning or the appeal it carried; see coverage.during_meeting)
    for n, t in enumerate(out):
        nxt = next((u for u in out[n + 1:] if not u.nominal and u.ts - 1 >= t.te and toks[u.ts - 1] == "and"), None)
        if nxt is not None and t.mention_end < 0 and t.fixed_actor < 0 and any(
                not v.nominal and v.ts <= t.ts for v in out[:n + 1]):
            out[n] = attrs.evolve(t, mention_end=nxt.ts - 1)  # "welcomed the ceasefire and called on Israel to"
    for n, t in enumerate(out):
        if not t.nominal or t.negated:
            continue
        v = caused_by_subject(toks, ca, t.ts, t.te, cb, spans)
        if v < 0:
            continue
        out[n] = attrs.evolve(t, mention_end=v)  # "North Korea's test prompted a session of the UN"
        for k, other in enumerate(out):
            parties = reaction_from(toks, v, other.ts, other.te, cb, spans) if other.nominal and other.ts > v else None
            if parties is not None:  # "drew a rebuke from Beijing"
                out[k] = attrs.evolve(other, fixed_actor=parties[0], fixed_target=parties[1], date_from=v)
    for n, t in enumerate(out):
        if not t.negated and t.code != _COMMENTED and any(c.code[:2] == "17" or c.code == "116" or (
                c.code[:2] == "11" and clauses.charged_with(toks, c.ts, cb)) for c in out[:n]) \
                and clauses.charge_content(toks, t.at, ca):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "arrested on charges of passing secrets to": its content
            continue
        if not t.negated and t.code != _COMMENTED and any(
                c.code[:2] in ("16", "17") and not c.negated and c.code != _COMMENTED and c.te <= t.ts
                and clauses.for_gerund(toks, c.te, t.ts) for c in out[:n]):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "sanctioned two firms for supplying drones to Russia"
            continue
        against = next((k for k in range(t.ts - 1, max(ca, t.ts - 4) - 1, -1) if toks[k] == "against"), -1) \
            if t.nominal else (t.ts - 1 if t.ts - 1 >= ca and toks[t.ts - 1] == "against" and toks[t.ts].endswith("ing")
                               else -1)
        if not t.negated and against >= ca and any(c.code[:2] == "13" and not c.negated and c.code != _COMMENTED
                                                   and c.te <= against for c in out[:n]):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "warned China against attacking Taiwan", "warned against
            continue  # Chinese support for Russia": what is warned against
        if any(c.code[:2] == "11" and not c.nominal and not c.negated and c.code != _COMMENTED
               and accusation_complement(toks, c.at, t.at, cb) for c in out[:n]):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "accused China of harassing fishermen": its content
            continue
        if any(c.code == "016" and not c.nominal and not c.negated and denied_content(toks, c.te, t.at)
               for c in out[:n]):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "denied that its ships had rammed the vessel"
            continue
        if not t.negated and t.code[:2] in _REHEARSED_ROOTS and clauses.scoped(toks, ca, t.at) \
                and any(toks[k] in _PACTS for k in range(ca, t.ts)):
            out[n] = attrs.evolve(t, code="0334")  # "the treaty extends to armed attacks on X": protection pledged
            continue
        if not t.negated and (alleged_event(toks, ca, t.at) or clauses.scoped(toks, ca, t.at)):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "an inquiry into possible war crimes": alleged
            continue
        if (not t.negated and (t.nominal and (clauses.hedged(toks, ca, t.at) or clauses.speculated(toks, ca, t.ts))
                               or clauses.betting(toks, ca, t.ts))) or clauses.quoted_wording(toks, ca, t.ts):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "warned against a possible visit to Taiwan"
            continue
        if t.nominal and not t.negated and judged_subject(toks, ca, t.ts, t.te, cb):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "The US arms sales to Taiwan seriously violate ..."
            continue
        if t.nominal and not t.negated and clauses.effect_subject(toks, ca, t.ts, t.te, b, spans):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "as tariffs on both sides weighed on trade"
            continue
        if t.nominal and not t.negated and perfect_subject(toks, ca, t.ts, t.te, b, spans):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "Russia's invasion of Ukraine has pushed Moscow ..."
            continue
        if not t.nominal or t.negated:
            continue
        if in_time_clause and occurrence_subject(toks, t.ts, t.te, cb):
            out[n] = attrs.evolve(t, code=_COMMENTED)  # "after the war in Ukraine began": background
            continue
        comment = next((c for c in reversed(out[:n]) if not c.nominal and not c.negated
                        and c.code[:2] in COMMENT_ROOTS and commented_noun(toks, c.te, t.ts, spans)), None)
        if comment is None:
            continue
        out[n] = attrs.evolve(t, code=_COMMENTED)
        agent = agent_of_noun(toks, t.te, cb, spans)
        if agent is not None and comment.fixed_actor < 0:
            out[out.index(comment)] = attrs.evolve(comment, fixed_target=agent[0])
        elif agent is None and comment.fixed_actor < 0 and comment.fixed_target < 0 and toks[t.ts - 1] == "the" \
                and comment.te <= t.ts - 1 and not any(comment.te <= m.ts < t.te for m in clause_mentions):
            # "condemned the ramming": the definite noun is an act the story told (discourse.story_actor)
            out[out.index(comment)] = attrs.evolve(comment, about_root=t.code[:2])
    for n, t in enumerate(out):
        if (not t.nominal and t.code[:2] in COMMENT_ROOTS or t.code == "012") and not t.negated and t.fixed_actor < 0 \
                and t.fixed_target < 0 and not t.about_root and discourse.retold_object(toks, t.te, cb) \
                and not any(t.te <= m.ts < t.te + 4 for m in clause_mentions):
            out[n] = attrs.evolve(t, about_root=_ANY_ACT)  # "firmly opposed the decision": the story's act
        elif pairs.complaint_over(toks, t.ts, t.te, t.code, not t.negated and t.fixed_actor < 0
                                  and t.fixed_target < 0 and not t.about_root, cb) \
                and discourse.retold_object(toks, t.te + 1, cb):
            out[n] = attrs.evolve(t, about_root=_ANY_ACT)  # "would file a protest over the incident": the same
        elif not t.negated and t.fixed_actor < 0 and t.fixed_target < 0 and not t.about_root \
                and (k_obj := pairs.judged_object(toks, t.ts, ca, t.code)) >= 0 \
                and discourse.retold_object(toks, k_obj, t.ts) and not any(k_obj <= m.ts < t.ts for m in clause_mentions):
            out[n] = attrs.evolve(t, about_root=_ANY_ACT)  # "called the decision disappointing": the story's act
        elif not t.nominal and (t.code[:2] in COMMENT_ROOTS or t.code[:3] in ("012", "051")) and not t.negated \
                and t.fixed_actor < 0 and t.fixed_target < 0 and not t.about_root \
                and discourse.retold_pact(toks, t.te, cb) and not any(t.te <= m.ts < t.te + 4 for m in clause_mentions):
            out[n] = attrs.evolve(t, about_root="05")  # "Tokyo welcomed the partnership": the story's agreement
        elif t.code == "016" and not t.negated and t.fixed_actor < 0 and t.fixed_target < 0 and not t.about_root \
                and _DENIED_CHARGES.intersection(toks[t.ts:min(cb, t.te + 3)]):
            out[n] = attrs.evolve(t, about_root="11")  # "denied the reports": aimed at the accuser (discourse.accuser)
        elif t.code[:2] == "12" and not t.negated and not t.nominal and t.fixed_actor < 0 and t.fixed_target < 0 \
                and not t.about_root and toks[t.at].startswith(_DISMISSING) and _claim_object(toks, t.te, cb):
            out[n] = attrs.evolve(t, code="016", about_root="11")  # "rejected the claims as groundless": a denial
    return _lead_rules(toks, ca, cb, out, clause_mentions, commas, capitals)


def _lead_rules(toks: list[str], ca: int, cb: int, out: list[_Trigger], clause_mentions: list[_Mention],
                commas: frozenset[int], capitals: frozenset[int]) -> list[_Trigger]:
    """The subject phrase's head noun is no verb ("A Chinese coast guard ship targeted"); a force noun
    after "with" is what the verb did ("blasted a vessel with water cannon"); talks "during" which a
    verb's act took place are its parties' (:func:`coverage.during_meeting`); "received" a person is
    hosting a visit (:func:`coverage.received_visitor`)."""
    ends = {m.te: m for m in clause_mentions}
    out = [t for t in out if not (t.term.kind == "verb" and not t.nominal and not t.negated and t.ts == t.at
                                  and t.at in ends and clauses.subject_head_noun(
                                      toks, t.at, t.term.lemma.split()[0].lower(), ends[t.at].ts, cb))]
    for n, t in enumerate(out):
        if not t.nominal or t.negated or t.code == _COMMENTED or t.fixed_actor >= 0:
            continue
        verb = next((v for v in reversed(out[:n]) if not v.nominal and not v.negated and v.code != _COMMENTED
                     and v.te <= t.ts), None)
        if verb is not None and t.code[:2] in ("15", "17", "18", "19", "20") \
                and verb.code[:2] == "11" and not clauses.charged_with(toks, verb.ts, cb) \
                and coverage.instrument_noun(toks, verb.te, t.ts):  # ("threatened X with attack": its content)
            out[out.index(verb)] = attrs.evolve(verb, code=t.code)
            out[n] = attrs.evolve(t, code=_COMMENTED)
        elif t.code[:2] == "04" and coverage.during_meeting(toks, t.ts, ca):
            at = verb.at if verb is not None else t.ts
            subject = next((m for m in reversed(clause_mentions) if m.te <= at), None) if verb is not None \
                else next((m for m in clause_mentions if m.te <= at), None)
            w = t.te if toks[t.te - 1] == "with" else t.te + 1 if toks[t.te:t.te + 1] == ["with"] else -1
            party = next((m for m in clause_mentions if m.ts == w), None) if w >= 0 else next(
                (m for m in clause_mentions if verb is not None and verb.te <= m.ts < t.ts), None)
            if subject is not None and party is not None:  # "told Blinken ... during five hours of talks"
                out[n] = attrs.evolve(t, fixed_actor=subject.ts, fixed_target=party.ts)
    if "received" not in toks[ca:cb] and "receives" not in toks[ca:cb]:
        return out
    visitors = [(m.ts, _personish(m) or (m.kind == "name" and bool(m.names)
                                         and m.names[0].code[3:6] in ("GOV", "MIL", "LEG"))) for m in clause_mentions]
    for k in [k for k in range(ca, cb) if toks[k] in ("received", "receives")]:
        visitor = coverage.received_visitor(toks, k, visitors, capitals, commas)
        host = next((m for m in reversed(clause_mentions) if m.te <= k), None)
        if visitor < 0 and k - 1 >= ca and toks[k - 1] in ("was", "were", "been") and toks[k + 1:k + 2] == ["by"] \
                and host is not None and _personish(host):
            # "Blinken was received by Xi Jinping": the passive's agent hosts its subject
            visitor, host = host.ts, next((m for m in clause_mentions if _personish(m) and (
                m.ts == k + 2 or (m.ts == k + 3 and toks[k + 2] in _ARTICLES))), None)  # ("by the Cambodian king")
        if visitor >= 0 and host is not None and _personish(host):  # "Xi received Kissinger, the former ..."
            out = sorted([t for t in out if t.at != k]
                         + [_Trigger(k, k + 1, _verb_term((toks[k],), "043", "receive"), "043",
                                     fixed_actor=host.ts, fixed_target=visitor)], key=lambda t: t.ts)
    return out


_SIGHTING_REPORTS = frozenset(["reported", "reports", "detected", "spotted", "tracked"])  # "Taiwan reported 30 ..."


def _approaches(toks: list[str], ca: int, cb: int, triggers: list[_Trigger], clause_mentions: list[_Mention],
                owner: _Mention | None = None) -> list[_Trigger]:
    """Military craft moved up to a country (:func:`coverage.approach_force`): a show of force (150) at
    the verb, in place of what the dictionary read there ("sent warships around Taiwan" is no aid);
    "entered its zone" is aimed at ``owner``, the subject named before the clause."""
    if not any(toks[k] in coverage.MOVING_WORDS for k in range(ca, cb)):
        return triggers
    spans = []
    said_it: dict[int, int] = {}  # a pronoun subject of a report -> the reporting subject
    places = load_lexicon().place_index
    if owner is None:  # "Japan said Chinese bombers entered its airspace": the reporting subject
        owner = next((m for m in clause_mentions if m.kind != "pron" and m.countries
                      and any(toks[k] in _REPORTING or toks[k] in _SIGHTING_REPORTS
                              for k in range(m.te, min(cb, m.te + 3)))), None)
    for m in clause_mentions:
        code = m.names[0].code if m.names and not m.role else (m.countries[0] + m.role if m.countries else "")
        if m.kind == "place" and not code:  # "flew near Alaska": the land's country
            code = places.get(tuple(toks[m.ts:m.te]), "")
        if m.kind == "pron" and owner is not None and owner.countries and owner.te < m.ts and toks[m.ts] == "it" \
                and any(toks[k] in _REPORTING for k in range(owner.te, m.ts)):
            # "China's military said on Friday it had sent warships around Taiwan": the reporting subject
            code = owner.names[0].code if owner.names and not owner.role else owner.countries[0] + owner.role
            said_it[m.ts] = owner.ts
        elif m.kind == "pron":
            code = ""
        spans.append(coverage.Span(m.ts, m.te, code, code[3:6], _is_countryish(m)))
    found: list[tuple[int, int, int]] = []
    plain: list[int] = []
    for v, actor_ts, target_ts in coverage.approach_force(toks, ca, cb, spans):
        actor_ts = said_it.get(actor_ts, actor_ts)
        if target_ts == -2:  # no named target: the main path and the fallbacks find the waters' claimant
            if not any(t.at == v and t.code[:2] == "15" for t in triggers):
                plain.append(v)
            continue
        if target_ts >= 0:  # a dictionary reading of the verb as a show of force stays
            if not any(t.at == v and t.code[:2] == "15" for t in triggers):
                found.append((v, actor_ts, target_ts))
            continue
        actor_country = next((m.countries[:1] for m in clause_mentions if m.ts == actor_ts), ())
        if owner is not None and owner.countries and tuple(owner.countries[:1]) != actor_country:
            found.append((v, actor_ts, owner.ts))  # "entered its airspace": the owner's
    if not found and not plain:
        return triggers
    verbs = {v for v, _, _ in found} | set(plain)
    return sorted([t for t in triggers if t.at not in verbs]
                  + [_Trigger(v, v + 1, _verb_term((toks[v],), "150", toks[v]), "150",
                              fixed_actor=actor_ts, fixed_target=target_ts) for v, actor_ts, target_ts in found]
                  + [_Trigger(v, v + 1, _verb_term((toks[v],), "150", toks[v]), "150") for v in plain],
                  key=lambda t: t.ts)


def _story_pair(trig: _Trigger, subj: tuple[_Mention, _Mention | None] | None, prev_subject: _Mention | None,
                speaker: _Mention | None, quoted: bool, raws: list[_Raw], day: _dt.date,
                dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """A comment on a definite event noun with no agent ("condemned the ramming") is aimed at whoever
    the story last told doing such an act (:func:`discourse.story_actor`)."""
    actor = _subject_code(trig, subj, prev_subject, speaker, quoted, day, dyad)
    if actor is None:
        return None
    target = discourse.accuser(raws, actor[:3]) if trig.code == "016" else \
        discourse.pact_party(raws, actor[:3]) if trig.about_root == "05" else \
        discourse.story_actor(raws, "" if trig.about_root == _ANY_ACT else trig.about_root, actor[:3],
                              trig.about_root == _ANY_ACT)  # ("rejected the accusations": the accuser)
    return (actor, target) if target is not None else None


def _denied_content_pair(toks: list[str], trig: _Trigger, cb: int, clause_mentions: list[_Mention],
                         subj: tuple[_Mention, _Mention | None] | None, prev_subject: _Mention | None,
                         speaker: _Mention | None, quoted: bool, day: _dt.date,
                         dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """A denial of reports or claims the story told no one making ("China on Monday rejected reports that
    two of its diplomats had tried to gain access to an American military base", "Russia dismissed reports
    that its hackers had broken into German ministries"): aimed at the country whose property the denied
    content tells struck (an adjective of another country); None when it names none (a partner named by
    its name, "a secret deal with Cuba", is no accuser)."""
    actor = _subject_code(trig, subj, prev_subject, speaker, quoted, day, dyad)
    if actor is None:
        return None
    k = next((k for k in range(trig.te, min(cb, trig.te + 4)) if toks[k] == "that"), -1)
    if k < 0:
        return None
    other = next((c[0] for m in clause_mentions if m.ts > k and (c := m.codes(day, dyad)) and m.kind != "pron"
                  and (m.names[0].kind in ("adjective", "institution") if m.names else bool(m.country)
                       and (m.te >= len(toks) or toks[m.te] not in _LOCATION_PREPS))  # (not a role placed:
                  # "a naval base in Cambodia")
                  and toks[m.ts - 1] not in ("with", "and", "to", *_LOCATION_PREPS) and m.kind != "place"
                  # (what of that country's the content says was
                  # struck: "an American base", "German ministries"; not a partner, "a deal with Cuba")
                  and c[0][:3] != actor[:3] and c[0][:3] not in ("IGO", "NGO", "MNC", "IMG")), None)
    return (actor, other[:3]) if other is not None else None


def _promised_to(trig: _Trigger, subj: tuple[_Mention, _Mention | None] | None, prev_subject: _Mention | None,
                 speaker: _Mention | None, teller: _Mention | None, day: _dt.date,
                 dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """A promise or offer (03x) whose clause names no other side, told by a party of another country
    ("Mr. Trump said Beijing had promised to work harder"): made to the teller
    (:func:`discourse.reporter`); None when nobody of another country tells it."""
    if teller is None or teller.kind == "pron" or subj is None or not teller.te <= subj[0].ts < trig.ts:
        return None
    actor = _subject_code(trig, subj, prev_subject, speaker, False, day, dyad)
    told = teller.codes(day, dyad)
    return (actor, told[0]) if actor is not None and told and told[0][:3] != actor[:3] else None


_NOT_DESCRIBED_NOUN = frozenset("was were is are be been being has have had and or but to not also then which that "
                                 "who it they he she we s".split())


def _undated_description(toks: list[str], trig: _Trigger, ca: int, cb: int, clause_dates: list[DateMention],
                         starts: list[int]) -> bool:
    """Whether ``trig`` is a past participle of force describing a thing in a reduced relative with its agent
    and no date of its own ("demanded that Britain release an Iranian oil tanker seized by British marines"):
    an earlier act the clause mentions, not dated by the clause's day (only its year)."""
    if trig.nominal or trig.negated or trig.te >= cb or toks[trig.te] != "by" or trig.at - 1 <= ca \
            or trig.code[:2] not in ("17", "18", "19", "20"):
        return False  # (force only: "a ceasefire brokered by Norway" is part of the day's agreement)
    word, before = toks[trig.at], toks[trig.at - 1]
    if not (word.endswith("ed") or word in _PARTICIPLES) or before in _NOT_DESCRIBED_NOUN or before in _REPORTING \
            or not before.isalpha() or before in _DAY_NAMES:
        return False
    return not any(d.start > starts[trig.at] for d in clause_dates)


_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
_CONCERN_LINKS = frozenset(["about", "over", "regarding", "at"])
_CONCERN_ADVERBIALS = frozenset("on again also repeatedly".split()) | _DAY_NAMES  # ("raised concerns on Monday about")
_CONCERN_GLUE = frozenset("the what a an its their continued growing recent".split())


def _concern_about_party(toks: list[str], te: int, cb: int, clause_mentions: list[_Mention]) -> int:
    """The first token of the party whose conduct the concerns raised at ``te`` are about ("raised concerns
    about Beijing's support for Russia", "over Chinese military activity near Japan"): a criticism of that
    party (111), not a pessimistic comment on the world (012); -1 when no party opens the topic."""
    while te < cb and toks[te] in _CONCERN_ADVERBIALS:
        te += 1  # ("raised concerns on Monday about ...")
    if te >= cb or toks[te] not in _CONCERN_LINKS:
        return -1
    k = te + 1
    while k < cb and toks[k] in _CONCERN_GLUE:
        k += 1
    return k if any(m.ts == k and m.kind != "pron" for m in clause_mentions) else -1


def _concern_with_party(toks: list[str], te: int, cb: int, clause_mentions: list[_Mention]) -> int:
    """The first token of the party concerns were raised with or expressed to ("raised its concerns with the Chinese
    ambassador", "raised its concerns about the interaction with China at senior levels"): a representation
    to that party (114); -1 when none is named within a short topic."""
    for k in range(te, min(cb - 1, te + 7)):
        if toks[k] in ("with", "to"):  # ("expressed our concerns directly to China")
            j = k + 1
            while j < cb and toks[j] in _CONCERN_GLUE:
                j += 1
            return j if any(m.ts == j and m.kind == "name" for m in clause_mentions) else -1
        if any(m.ts == k for m in clause_mentions) or toks[k] in ("that", "which", "and", "but"):
            return -1  # ("raised concerns about Chinese ships ...": a party of the topic first)
    return -1


#: the roots a dictionary gives a move of forces that :func:`coverage.border_buildup` makes a build-up (154)
_BUILDUP_ROOTS = frozenset(["03", "04", "06", "07", "15"])
_MEASURE_EASINGS = frozenset(["081", "085"])


def _eased_pair(trig: _Trigger, subj: tuple[_Mention, _Mention | None] | None, prev_subject: _Mention | None,
                speaker: _Mention | None, quoted: bool, raws: list[_Raw], day: _dt.date,
                dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """An easing whose clause names no target ("Beijing would suspend the export controls") eases the
    measure the story told its actor imposing (:func:`discourse.eased_pair`): the actor of the easing,
    the target of that measure."""
    actor = _subject_code(trig, subj, prev_subject, speaker, quoted, day, dyad)
    if actor is None:
        return None
    told = discourse.eased_pair(raws, actor[:3])
    return (actor, told[1]) if told is not None and _distinct(actor, told[1]) else None


def _passive_eased_pair(toks: list[str], trig: _Trigger, cb: int, clause_mentions: list[_Mention], day: _dt.date,
                        dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """A measure eased in the passive with its agent named ("Tariffs on Chinese robots were suspended for another
    year by the trade representative's office", "Sanctions on two Iranian refiners were lifted by the Treasury"):
    the agent after "by" eases the measure on whom its complement names ("on Chinese robots")."""
    p = signs.passive_easing(toks, trig.te, cb)
    if p < 0:
        return None
    by = next((k for k in range(p + 1, min(cb, p + 6)) if toks[k] == "by"), -1)
    agent = next((m for m in clause_mentions if by >= 0 and by < m.ts <= by + 5 and "," not in toks[by:m.ts]
                  and m.kind in ("name", "role") and m.codes(day, dyad)), None)
    on = next((m for m in clause_mentions if trig.te < m.ts < p and m.kind in ("name", "role")
               and m.codes(day, dyad)), None)
    if agent is None or on is None:
        return None
    pair = (agent.codes(day, dyad)[0], on.codes(day, dyad)[0])
    return pair if _distinct(*pair) else None


def _law_pair(trig: _Trigger, actor: str | None, clause_mentions: list[_Mention], cb: int, day: _dt.date,
              dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """A restrictive law or bill (rule in :func:`tension.text.signs.signed_law`) whose target stands past
    the verb's usual reach: the first party of another country named in what the law does ("a bill
    that would bar federal agencies from buying equipment or services from several Chinese firms")."""
    if not actor:
        return None
    target = next((c[0] for m in clause_mentions if trig.te < m.ts < min(cb, trig.te + 24) and m.kind == "name"
                   and (c := m.codes(day, dyad)) and c[0][:3] != actor[:3]), None)
    return (actor, target) if target is not None else None


def _subject_code(trig: _Trigger, subj: tuple[_Mention, _Mention | None] | None, prev_subject: _Mention | None,
                  speaker: _Mention | None, quoted: bool, day: _dt.date,
                  dyad: tuple[str, str] | None) -> str | None:
    """The code of the clause's subject when it stands before the trigger (a pronoun resolved)."""
    if subj is None or subj[0].ts > trig.at:
        return None
    actor_m = _deref(subj[0], prev_subject, speaker, quoted)
    codes = actor_m.codes(day, dyad) if actor_m is not None and actor_m.kind != "pair" else ()
    return codes[0] if codes else None


def _response_pair(toks: list[str], trig: _Trigger, cb: int, b: int, mentions: list[_Mention],
                   subj: tuple[_Mention, _Mention | None] | None, prev_subject: _Mention | None,
                   speaker: _Mention | None, quoted: bool, raws: list[_Raw], day: _dt.date,
                   dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """A show of force with no target in its clause (scrambling jets, raising alert) answers whoever the
    rest of the sentence names after "after"/"when"/"to", else the story's latest intruder."""
    actor = _subject_code(trig, subj, prev_subject, speaker, quoted, day, dyad)
    if actor is None:
        return None
    at = discourse.responded_to(toks, [(m.ts, m.countries[0] if m.countries and m.kind in ("name", "role") else "")
                                       for m in mentions], cb, b, actor[:3])
    target_m = next((m for m in mentions if m.ts == at), None)
    target = target_m.codes(day, dyad) if target_m is not None else ()
    if target:
        return actor, target[0]
    intruder = discourse.story_intruder(raws, actor[:3])
    return (actor, intruder) if intruder is not None else None


def _fixed_pair(trig: _Trigger, clause_mentions: list[_Mention], prev_subject: _Mention | None,
                speaker: _Mention | None, quoted: bool, day: _dt.date,
                dyad: tuple[str, str] | None, toks: list[str] | None = None) -> tuple[str, str] | None:
    """The actor and target a clause rule chose; a speaker named only by its role ("the foreign ministry
    said") is the story's subject so far."""
    actor_m = next((m for m in clause_mentions if m.ts == trig.fixed_actor), None)
    target_m = next((m for m in clause_mentions if m.ts == trig.fixed_target), None)
    if trig.fixed_target == UNNAMED:  # "said the decision undermines ...": the other side of the story
        actor_m = _deref(actor_m, prev_subject, speaker, quoted) if actor_m is not None else None
        if actor_m is not None and actor_m.kind == "role" and not actor_m.country:
            actor_m = prev_subject
        own = actor_m.codes(day, dyad) if actor_m is not None and actor_m.kind != "pair" else ()
        if not own or dyad is None or own[0][:3] not in dyad:
            return None
        return own[0], dyad[1] if own[0][:3] == dyad[0] else dyad[0]
    if actor_m is not None and prev_subject is not None and prev_subject.kind == "name" and target_m is not None \
            and ((actor_m.kind == "role" and not actor_m.country)
                 or (actor_m.names and actor_m.names[0].kind == "generic"
                     and set(actor_m.countries) & set(target_m.countries))):
        # "the foreign ministry said ...": the story's subject so far, when the role names no country
        # or a generic office would judge its own country's party
        actor_m = prev_subject
    if actor_m is None or target_m is None:
        return None
    actor_m = _deref(actor_m, prev_subject, speaker, quoted)
    target_m = _deref(target_m, prev_subject, speaker, quoted)
    actor = actor_m.codes(day, dyad) if actor_m is not None and actor_m.kind != "pair" else ()
    target = target_m.codes(day, dyad) if target_m is not None and target_m.kind != "pair" else ()
    if not target and target_m is not None and target_m.kind == "place" and toks is not None and trig.code[:2] == "15":
        land = load_lexicon().place_index.get(tuple(toks[target_m.ts:target_m.te]), "")
        target = (land,) if land else ()  # "bombers flew near Alaska": a show of force at the land's country
    if not actor or not target or not _distinct(actor[0], target[0]):
        return None
    return actor[0], target[0]


def _told_by_pair(teller: _Mention, pair: tuple[str, str] | None, prev_subject: _Mention | None,
                  speaker: _Mention | None, day: _dt.date, dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """The pair of a participle clause of a report's speaker: the speaker acts, on the party its own
    search found when that is another country, else on its target or the story's other side."""
    teller_m = _deref(teller, prev_subject, speaker, False) if teller.kind == "pron" else teller
    if teller_m is not None and teller_m.kind == "role" and not teller_m.country:
        teller_m = prev_subject
    own = teller_m.codes(day, dyad) if teller_m is not None and teller_m.kind != "pair" else ()
    if not own:
        return pair
    if pair is not None:
        other = pair[0] if pair[0][:3] != own[0][:3] else pair[1]
    elif dyad is not None and own[0][:3] in dyad:
        other = dyad[1] if own[0][:3] == dyad[0] else dyad[0]
    else:
        return None
    return (own[0], other) if _distinct(own[0], other) else None


def _speaker_pair(trig: _Trigger, clause_mentions: list[_Mention], speaker: _Mention | None,
                  prev_subject: _Mention | None, day: _dt.date, dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    """The pair of a judgement whose judge is the story's speaker (a transcript's answerer, ", the spokesman
    said"; a role without a country is the story's subject so far) and whose judged party a clause rule chose."""
    actor_m = speaker
    if actor_m is None or actor_m.kind == "pron" or (actor_m.kind == "role" and not actor_m.country):
        actor_m = prev_subject
    target_m = next((m for m in clause_mentions if m.ts == trig.fixed_target), None)
    if trig.fixed_target == UNNAMED and actor_m is not None and actor_m.kind != "pair" and dyad is not None:
        own = actor_m.codes(day, dyad)  # "..., which is yet another act of interference": the other side
        return (own[0], dyad[1] if own[0][:3] == dyad[0] else dyad[0]) if own and own[0][:3] in dyad else None
    if actor_m is None or target_m is None or actor_m.kind == "pair" or target_m.kind not in ("name", "role"):
        return None
    actor, target = actor_m.codes(day, dyad), target_m.codes(day, dyad)
    if not actor or not target or not _distinct(actor[0], target[0]):
        return None
    return actor[0], target[0]


def _fixed_target(pair: tuple[str, str], trig: _Trigger, clause_mentions: list[_Mention], day: _dt.date,
                  dyad: tuple[str, str] | None) -> tuple[str, str]:
    """The pair with its target replaced by the mention a clause rule chose (when it is another party)."""
    m = next((m for m in clause_mentions if m.ts == trig.fixed_target), None)
    codes = m.codes(day, dyad) if m is not None and m.kind in ("name", "role") else ()
    if codes and _distinct(pair[0], codes[0]):
        return pair[0], codes[0]
    return pair


#: verb forms after which a US state's name is the clause's subject ("Montana banned", "Missouri sues")
_US_STATE_VERBS = frozenset("sues sued bans banned bars barred passes passed signs signed sends sent orders ordered "
                         "became will has".split())


def _acting_states(toks: list[str], mentions: list[_Mention], a: int, states: frozenset[tuple[str, ...]],
                   place_index: Mapping[tuple[str, ...], str]) -> list[_Mention]:
    """A US state that opens a sentence before its verb acts through its government: "Missouri sued
    China", "Florida barred Chinese citizens from buying land", "Texas Governor Greg Abbott ordered"
    (the governor's role). Elsewhere ("a balloon over Montana") a state stays a place."""
    out = list(mentions)
    for idx, m in enumerate(out):
        if m.kind != "place" or m.ts != a or tuple(toks[m.ts:m.te]) not in states or m.te >= len(toks):
            continue
        country = place_index.get(tuple(toks[m.ts:m.te]), "")
        nxt = out[idx + 1] if idx + 1 < len(out) else None
        if nxt is not None and nxt.kind == "role" and nxt.ts == m.te and not nxt.country:
            out[idx:idx + 2] = [_Mention(m.ts, nxt.te, "name", country=country, role=nxt.role)]
        elif toks[m.te] in _US_STATE_VERBS or (toks[m.te].endswith("ed") and toks[m.te].isalpha()):
            out[idx] = _Mention(m.ts, m.te, "name", country=country, role="GOV")
        break
    return out


def _in_object_relative(toks: list[str], te: int, ts: int, clause_mentions: list[_Mention]) -> bool:
    """Whether token ``ts`` lies in a relative clause on a plain noun of the object ("imposed tariffs on
    *countries that buy Russian oil*", "sanctioned companies that supply Iran"): a party named there is
    the relative clause's, not the act's target."""
    for k in range(te + 1, ts):
        if toks[k] not in _RELATIVE_OPENERS and toks[k] != "that":
            continue
        if not toks[k - 1].isalpha() or any(m.te == k for m in clause_mentions) or toks[k - 1] in _SAID or toks[k - 1] in _CLAUSE_WORDS \
                or toks[k - 1] in MONTHS or _adjectival(toks[k - 1]):
            continue  # ("export controls last October that limit sales to ...": the measure's own content)
        if toks[k] == "that" and (any(m.ts == k + 1 for m in clause_mentions) or k + 1 >= ts or toks[k + 1] in _DETERMINERS
                                  or toks[k + 1] in _SUBJECT_PRONOUNS or toks[k + 1] in _POSSESSIVES):
            continue  # "reports that Chinese troops had ...", "signs that the economies ...": a content clause
        return True
    return False


def _commented_place(toks: list[str], te: int, cb: int, clause_mentions: list[_Mention], day: _dt.date,
                     dyad: tuple[str, str] | None) -> str:
    """The country where the event noun a comment takes as its object took place ("condemned *the coup in
    Niger*", "the violence in Myanmar"): a country or place right after "in" that closes the noun phrase,
    within five words of the comment; "" if none."""
    for k in range(te, min(cb - 1, te + 5)):
        if toks[k] in (",", "and", "that", "which", "who") or any(m.ts == k for m in clause_mentions):
            return ""
        if toks[k] != "in":
            continue
        at = k + 1 + int(toks[k + 1] == "the")
        m = next((o for o in clause_mentions if o.ts == at), None)
        if m is None:
            return ""
        if m.kind == "place":
            return load_lexicon().place_index.get(tuple(toks[m.ts:m.te]), "")[:3]
        codes = m.codes(day, dyad) if m.kind == "name" else ()
        return codes[0] if codes else ""
    return ""


def _joint_agents(toks: list[str], trig: _Trigger, after: list[_Mention], reach: int = 2
                  ) -> tuple[_Mention, _Mention] | None:
    """The two agents of a passive joint act ("was signed *by Norway and Russia*", "The deal was signed by
    ..." with ``reach`` 4 from the noun), or ``None``."""
    first = next((m for m in after if m.ts - trig.te <= reach and m.kind == "name" and (
        toks[m.ts - 1] == "by" or (toks[m.ts - 1] in _ARTICLES and toks[m.ts - 2] == "by"))), None)
    if first is None:
        return None
    second = next((m for m in after if m.ts > first.te and m.kind == "name"
                   and toks[first.te:m.ts] in (["and"], ["and", "the"])), None)
    return (first, second) if second is not None else None


def _agent_passive(toks: list[str], te: int, cb: int) -> bool:
    """Whether an event noun is the subject of a passive with its agent ("The deal *was signed by* Norway
    and Russia", "The talks were hosted by Qatar"): the act reported, not a state of one told before."""
    return te + 2 < cb and toks[te] in ("was", "were") and toks[te + 1].endswith("ed") and toks[te + 2] == "by"


#: participles by which a passive tells an agreement made ("The deal was signed by ...")
_SIGNED = frozenset("signed concluded reached inked finalized finalised initialed initialled agreed".split())


def _signed_by(toks: list[str], te: int, cb: int) -> int:
    """The index of "by" when an agreement noun ending at ``te`` (with a short phrase of its own: "an
    agreement on fishing rights") is the subject of "was signed by", -1 otherwise."""
    for k in range(te, min(cb - 2, te + 5)):
        if toks[k] in ("was", "were") and toks[k + 1] in _SIGNED and toks[k + 2] == "by":
            return k + 2
        if toks[k] in (",", "and", "that", "which"):
            break
    return -1


def _relative_subject(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the mention starting at ``ts`` opens a relative clause as its subject ("the sanctions
    *that Washington* imposed", "the tariffs that *Mr. Trump* imposed"), not a reported one ("said that
    Washington imposed", whose subject acts anyway)."""
    k = ts - 1
    while k >= ca and (toks[k] == "the" or toks[k] in _HONORIFICS):
        k -= 1
    return k >= ca and toks[k] in ("that", "which") and (k == ca or toks[k - 1] not in _SAID)


def _owned_object(toks: list[str], te: int, cb: int, clause_mentions: list[_Mention]) -> bool:
    """Whether an act's object, within five words after it and before any party is named, is owned
    through "its" or "their" ("fired water cannon at *its* boats", "rammed one of *their* fishing boats")."""
    for k in range(te, min(cb, te + 5)):
        if any(m.ts == k for m in clause_mentions):
            return False
        if toks[k] in ("its", "their"):
            return True
    return False


def _teller(toks: list[str], a: int, b: int, mentions: list[_Mention]) -> _Mention | None:
    """Who tells a sentence of reported speech: the actor before the reporting verb that opens it ("The
    Philippines said ...") or the one before the one that closes it ("..., the Philippines said")."""
    lead = discourse.reporter(toks, a, mentions)
    if lead is not None:
        return lead
    return next((m for m in reversed(mentions)
                 if m.kind == "name" and a < m.ts and m.te < b and toks[m.te] in clauses.REPORT_VERBS), None)


#: the roots of what a state does to its own firms that a coder of relations between states codes: a probe,
#: a threat, a raid or an arrest ("police raided the company's offices")
_OWN_FIRM_ROOTS = frozenset(["09", "13", "17", "18"])


def _own_firms(actor: str, target: str, code: str) -> bool:
    """Whether an event is a state's (or its government's) dealing with its own country's firms other than
    by coercion: "barred its companies from doing business with two Lithuanian banks", "vowed to protect
    the rights of Chinese companies" tell of the foreign party, not of an event between the state and
    its firms.

    >>> _own_firms("CHNGOV", "CHNBUS", "032"), _own_firms("CHNCOP", "CHNBUS", "171")
    (True, False)
    """
    return actor[:3] == target[:3] and target[3:6] == "BUS" and actor[3:] in ("", "GOV") \
        and code[:2] not in _OWN_FIRM_ROOTS


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
    lexicon = load_lexicon()
    sent_mentions = [_us_state_georgia(text, toks, starts, ends, _acting_states(
        toks, _demote_places(toks, _find_mentions(toks, a, b, comp, text, starts, ends), a, comp.civilians), a,
        lexicon.states, lexicon.place_index), a)
                     for a, b in sent_tok]
    sent_mentions = _acronym_aliases(text, toks, starts, ends, sent_tok, sent_mentions)
    lead = next((k for k, (a, b) in enumerate(sent_tok[:3]) if a < b and discourse.dateline_end(text, starts[a]) > 0), 0)
    home = next((m.countries[0] for (a, _), ms in zip(sent_tok[:3], sent_mentions[:3]) for m in ms[:2] if m.countries
                 and (discourse.dateline_end(text, starts[m.ts]) > starts[m.ts]
                      or starts[m.ts] < discourse.dateline_end(text, starts[a]))), "")  # where the story is filed
    # (its place, or the country after a place the lexicon does not name: "LAGOS, Nigeria (AP) —")
    if not home:  # an upper-case dateline of short words ("HONG KONG —") keeps them as acronyms
        home = next((m.countries[0] for a, b in sent_tok[:3] if a < b
                     and (end := discourse.dateline_end(text, starts[a])) > 0
                     for m in _find_mentions(*_title_tokens(text[starts[a]:end]), comp) if m.countries), "")
    if not home:  # a city the lexicon knows as a place of its country ("NEW YORK —", "WOODSIDE, Calif. —")
        home = _dateline_place(text, starts, sent_tok, comp)
    sent_mentions = [_without_dateline(text, starts, ends, ms) for ms in sent_mentions]
    sent_mentions = [[m for m in ms if not signs.poll_share(toks, m.ts) and not signs.market_subject(toks, m.te)
                      and not signs.adjective_firm(toks, m.ts, m.te)]
                     for ms in sent_mentions]  # "83 percent of Americans", "Chinese stocks", "firm steps": no actors
    sent_mentions = _short_names(toks, starts, text, sent_tok, sent_mentions)
    # "the ministry", "its ambassador" refer back to the story's actors before a role takes its sentence's country
    told_from_place = discourse.paragraph_places(toks, sent_tok, sent_mentions, discourse.paragraphs(text, sentences),
                                        lambda i: 0 < i < len(toks) and "," in text[ends[i - 1]:starts[i]])
    sent_mentions, referring = discourse.resolve_definites(toks, [discourse.demote_posts(toks, ms, a) for ms, (a, _)
                                                                  in zip(sent_mentions, sent_tok)], home, lead,
                                                           told_from_place)
    sent_mentions = discourse.institution_heads(toks, sent_tok, sent_mentions,
                                                lambda i: i < len(toks) and text[starts[i]].isupper())
    sent_mentions = [_anchor_roles(toks, ms, a, home, lambda i: i < len(toks) and text[starts[i]].isupper())
                     for ms, (a, _) in zip(sent_mentions, sent_tok)]
    sent_mentions = _titled_aliases(toks, starts, text, sent_tok, sent_mentions, home)
    sent_mentions = _seat_of_the_eu(toks, sent_mentions)
    dyad = _dyad([m for ms in sent_mentions for m in ms])
    sent_mentions = discourse.local_pairs(toks, sent_mentions, dyad)  # "the two sides": the pair last named
    paragraph = discourse.paragraphs(text, sentences)
    history_paragraph = -1  # the paragraph told in the past so far (its undated sentences are background)
    history_day: DateMention | None = None  # ... and the month it is set in, when it names one
    lead_paragraph = -1  # the last paragraph of the lead: that of the first sentence with an event
    lead_names: set[str] = set()  # the words of the lead (a later "Mr. Hayashi" is the lead's person)
    lead_day: DateMention | None = None  # ... and its day (also for a paragraph's "A day earlier,")
    prev_group: _Mention | None = None  # the last plural subject, for a later "they"
    prev_pair: _Mention | None = None  # the pair the last sentence named ("both countries"), for a later "them"
    last_told: tuple[int, int] | None = None  # the events of the last sentence that told any
    label_speaker: _Mention | None = None  # a transcript paragraph's labelled speaker ("SECRETARY BLINKEN:")
    briefer: _Mention | None = None  # the spokesperson a briefing's title names ("Spokesperson Zhao Lijian's ...")
    asking = False  # a transcript paragraph labelled as a question

    out: list[_Raw] = []
    heading: DateMention | None = None  # the date a paragraph opens with before a dash ("Aug. 4 — China fires ...")
    carry_date: DateMention | None = None
    prev_subject: _Mention | None = None
    prev_speaker: _Mention | None = None
    prev_had_quote = False
    # the day of the previous sentence, which an undated sentence continuing its story inherits
    prev_day: DateMention | None = None
    # the last person and the last country or institution that were a sentence's subject, for "he" and "it"
    prev_person: tuple[int, _Mention] | None = None
    prev_thing: tuple[int, _Mention] | None = None
    for k_sent, ((s, e), (a, b), mentions, par) in enumerate(zip(sentences, sent_tok, sent_mentions, paragraph)):
        if a >= b:
            continue
        if k_sent == 0 or par != paragraph[k_sent - 1]:
            label = discourse.transcript_label(text, s)
            asking = label is not None and label[1]
            was_answer = label_speaker
            label_speaker = next((m for m in mentions if starts[m.ts] < label[0]), None) \
                if label is not None and not label[1] else None
            if label is not None and not label[1] and label_speaker is None:
                label_speaker = briefer  # "A: ..." at a briefing: the spokesperson the title names
            elif label is None and was_answer is not None and not discourse.is_question(text, s, e):
                label_speaker = was_answer  # an answer's further paragraph, unlabelled
        if k_sent == 0:
            briefer = discourse.briefer(toks, mentions)
            if label_speaker is not None and label is not None:
                mentions = [m for m in mentions if starts[m.ts] >= label[0]]  # the label is no actor of the lead
        if label_speaker is not None:
            mentions = discourse.resolve_first_person(mentions, label_speaker)
        if (discourse.is_question(text, s, e, told_ok=True) or not discourse.party_report(toks, a, b, mentions)
                if asking else discourse.is_question(text, s, e)) or signs.commentary(toks, a, b):
            mentions = []  # a reporter's question, an analyst's reading: no event
            # (what a question's paragraph tells as fact before asking, "Q: The US side announced last
            # Wednesday that ... Will China respond?", is the news it asks about, and stays)
        if not mentions and not discourse.retold_easing(toks, a, b):
            # no actor in sight: only the date may matter (for a later "at that time")
            dated = [d for d in _dates_in(text, published, toks, starts, ends, a, b) if d.date is not None]
            if dated:
                carry_date = dated[-1]
                told_day = dated[0]
                if last_told is not None and told_day.date is not None and told_day.date <= published \
                        and discourse.dates_told_event(toks, a, b):
                    out = discourse.redate(out, *last_told, told_day.date, told_day.precision, told_day.phrase)
                if discourse.history_frame(published, (), dated[0].date, False, lead_paragraph < 0):
                    history_paragraph, history_day = par, discourse.frame_day(published, (), dated[0])
            prev_day = _recent_day(dated, published)
            prev_had_quote = False
            continue
        mentions = discourse.resolve_them(toks, _resolve_conjoined(toks, mentions), a, b)  # "accused them of"
        # a ship's flag is no party when its crew's nationality is told ("detained a Togo-flagged cargo ship
        # with a Chinese crew")
        mentions = [m for m in mentions if not (m.te < len(toks) and toks[m.te] == "flagged"
                                                and "crew" in toks[m.te:min(b, m.te + 10)])]
        # (but the flag state is the target when no crew is named: "seized a British-flagged tanker")
        mentions = pairs.them_pair(toks, mentions, prev_pair, a, b)  # "... with both countries. He urged them to"
        if prev_group is not None and mentions and mentions[0].kind == "pron" and text[s] not in "\"“":
            mentions = discourse.resolve_they(toks, mentions, prev_group)
            referring.add(mentions[0].ts)
        if prev_person is not None or prev_thing is not None:
            spans = _quote_spans(text, s, e)
            mentions = discourse.resolve_by_salience(mentions, prev_subject, prev_person, prev_thing, k_sent,
                                                     functools.partial(_quoted, spans, starts), _personish)
        told_from = len(out)
        # terms may not start inside a name, but may start on a role word ("military drills",
        # "Chinese military exercises")
        mention_tokens = {i for m in mentions if m.kind != "role"
                          for i in range(m.ts, m.te - 1 if (m.country and m.role and not m.names) else m.te)}
        agent_words = frozenset(m.te - 1 for m in mentions if m.country and m.role and not m.names)
        quotes = _quote_spans(text, s, e)
        dates = [d for d in _dates_in(text, published, toks, starts, ends, a, b)
                 if not adverbials.record_since(text, d.start, d.phrase)]  # "their first meeting since 2019"
        if k_sent == 0 or par != paragraph[k_sent - 1]:
            heading = _heading_date(text, s, dates)  # "MONDAY, FEB. 24 — ...": the date the paragraph is filed under
        sentence_date: DateMention | None = None
        chunks = _clause_chunks(text, s, e, a, b, starts, ends)
        # a date in a relative or subordinate clause dates that clause only, not the sentence
        bound = [(cs, ce) for cs, ce, ca, cb in chunks if toks[ca] in _BOUND_OPENERS
                 and not (ca > a and toks[ca - 1] in _SPEAKING)  # "speaking after a meeting on Friday": the speech's day
                 and not (ca <= a + 1 and discourse.meeting_phrase(toks, ca, cb))]  # "After talks with Wang on Friday, ..."
        inverted = next((n for n, (_, _, ca, cb) in enumerate(chunks) if _inverted_condition(toks, ca, cb, a, b)), -1)
        conditional = inverted >= 0 or any(toks[ca] in ("if", "unless") for _, _, ca, _ in chunks)  # a condition
        # makes a threat
        for d in dates:
            if any(cs <= d.start < ce for cs, ce in bound):
                continue
            if sentence_date is None and d.kind != "anaphor" and _zero_relative_before(
                    toks, max(a, bisect.bisect_left(starts, d.start) - 5), bisect.bisect_left(starts, d.start)):
                continue  # "... the export restrictions it imposed last month, after two days of talks": that verb's
            if d.kind == "anaphor":
                # "the following day", "a month later" go on from the last date told; a paragraph opened by
                # "A day earlier," or "The day before," goes back from the news of the lead
                base = lead_day if lead_day is not None and d.start - s <= 2 and _BACKWARD_ANAPHOR.search(d.phrase) \
                    and (k_sent == 0 or par != paragraph[k_sent - 1]) else carry_date
                if base is not None and sentence_date is None:
                    sentence_date = shift_anaphor(d, base)
            elif sentence_date is None:
                sentence_date = d
        inherited: DateMention | None = None
        continued = prev_day if prev_day is not None and mentions and (
            _continues(toks, a, mentions) or mentions[0].ts in referring
            or (k_sent > 0 and par == paragraph[k_sent - 1] and toks[a] in _HONORIFICS)
            or (k_sent > 0 and lead_paragraph >= 0 and par == lead_paragraph + 1 and toks[a] in _HONORIFICS)) else None
        if continued is None and not dates and lead_day is not None and toks[a] in _HONORIFICS and a + 1 < b \
                and toks[a + 1] in lead_names:
            continued = lead_day  # "Mr. Hayashi also expressed concern" later on: the lead's person, the lead's day
        # ("The meeting got off to a rancorous start on Thursday. Mr. Yang answered with a lecture ...": a
        # second reference by title in the same paragraph goes on with its story's day)
        if continued is None and heading is not None:
            continued = heading  # (also for a clause whose only date is a relative clause's)
        if sentence_date is None and not dates and heading is not None:
            sentence_date = inherited = heading  # an undated sentence of a roundup's or timeline's dated item
        if sentence_date is None and not dates and continued is not None:
            sentence_date = inherited = continued
        if sentence_date is None and not dates:  # "..., according to a Pentagon readout": the call's day
            talks = [r for r in out if r.code[:2] == "04" and r.mode == "act" and r.precision == "day"]
            n_talk = readouts.told_in_talks(toks, a, b, [m.countries[0] for m in mentions if m.countries],
                                            [(r.actor[:3], r.target[:3]) for r in talks])
            if n_talk >= 0:
                sentence_date = inherited = DateMention(talks[n_talk].start, talks[n_talk].end,
                                                        talks[n_talk].date_phrase, talks[n_talk].date, "day", "talks")
        relative = [(cs, ce) for cs, ce, ca, _ in chunks if toks[ca] in _RELATIVE_OPENERS | {"that"}]
        sentence_background = _background(toks, a, b) or any(
            d.phrase[:6].lower() == "since " and not any(cs <= d.start < ce for cs, ce in relative)
            and not _zero_relative_before(toks, a, bisect.bisect_left(starts, d.start))
            for d in dates)  # (a relative clause's "since": "its suspension, which has continued since 2023",
        # "the countermeasures it has taken since April")
        if history_paragraph == par and not dates and continued is None:
            # an undated sentence of a paragraph told in the past: in that month, or background
            if history_day is not None and sentence_date is None:
                sentence_date = inherited = history_day
            else:
                sentence_background = True
        speaker = _speaker(toks, starts, a, b, mentions, quotes, prev_subject)
        if speaker is None and quotes and quotes[0][0] == s and prev_had_quote:
            speaker = prev_speaker  # a quote continuing the previous sentence's speaker
        subject_of_sentence: _Mention | None = None
        mention_starts = [m.ts for m in mentions]
        n_out = len(out)
        summaries: list[tuple[_Trigger, int, int]] = []  # ", a diplomatic boycott that ...": the lead's act
        for n_chunk, (cs, ce, ca, cb) in enumerate(chunks):
            clause_mentions = mentions[bisect.bisect_left(mention_starts, ca):bisect.bisect_left(mention_starts, cb)]
            sa = ca  # where the clause's subject starts
            lead = resumed_clause(toks, [(c[2], c[3]) for c in chunks], n_chunk)
            if lead >= 0:  # "The deal with Cambodia, which was signed in March, was praised by Beijing"
                sa = chunks[lead][2]
                clause_mentions = mentions[bisect.bisect_left(mention_starts, sa):
                                           bisect.bisect_left(mention_starts, chunks[lead][3])] + clause_mentions
            if quotes:
                outside = [m for m in clause_mentions if not _inside(quotes, starts[m.ts])]
                inside = [m for m in clause_mentions if _inside(quotes, starts[m.ts])]
                subjects = (_subject(toks, sa, outside), _subject(toks, sa, inside))
            else:
                subjects = (_subject(toks, sa, clause_mentions), None)
            subj = subjects[0]
            if subj is not None and subject_of_sentence is None:
                subject_of_sentence = subj[0]
            if toks[ca] in _CONDITIONAL or n_chunk == inverted:
                continue
            commas = frozenset(k for k in range(ca, cb - 1) if "," in text[ends[k]:starts[k + 1]])
            capitals = frozenset(k for k in range(ca, cb) if text[starts[k]].isupper())
            scanned = [t for t in _scan_clause(toks, ca, cb, comp, mention_tokens, agent_words)
                       if not (isinstance(t.term, _CameoTerm) and (_hyphenated(text, starts, ends, t.at, ca, cb)
                                                                    or clauses.indicating_verb(toks, t.at, cb)))
                       and not _purpose_noun(toks, t.at, cb) and not _part_of_name(t, ca, cb, capitals)
                       and not _conceding_saying(text, toks, ends, t.at, cb)
                       and not (toks[t.at] == "free" and toks[t.at + 1:t.at + 2] == ["to"])
                       and not (t.at - 2 >= ca and toks[t.at - 2:t.at] == ["free", "to"])]
            # ("leaves allies free to buy American chips": an adjective, no release; the buying only allowed)
            if any(signs.poll_share(toks, k) for k in range(ca + 1, min(cb, ca + 8))):
                scanned = []  # "Most Americans see China as a threat": a public's opinion, no event
            owner = subject_of_sentence if subject_of_sentence is not None and subject_of_sentence.ts < ca else None
            triggers = _clause_rules(toks, ca, cb, scanned, clause_mentions, b, commas, capitals, owner,
                                     label_speaker is not None and not asking)
            followed = _followed_measure(toks, ca, cb, out) if not triggers else None
            if followed is not None:  # "Britain, Canada and the United States announced similar steps"
                triggers = [_Trigger(followed[0], followed[1], _verb_term(tuple(toks[followed[0]:followed[1]]),
                                                                          followed[2], _FOLLOWING), followed[2])]
            triggers = [attrs.evolve(t, code="150") if t.code[:2] in _REHEARSED_ROOTS and not t.negated
                        and coverage.rehearsed(toks, t.ts, ca) else t for t in triggers]  # "rehearsed a blockade"
            triggers = [attrs.evolve(t, code="154") if not t.negated and not t.nominal
                        and t.code[:2] in _BUILDUP_ROOTS and coverage.border_buildup(toks, t.at, t.te, cb) else t
                        for t in triggers]  # "sent tanks and troops to its border with Colombia": a build-up
            for n, t in enumerate(triggers):
                about = _concern_about_party(toks, t.te, cb, clause_mentions) if t.code == "012" and not t.negated \
                    and not t.nominal and toks[t.at].startswith("rais") else -1
                if about >= 0:  # "raised concerns about Beijing's support for Russia": a criticism of Beijing
                    triggers[n] = attrs.evolve(t, code="111", fixed_target=about)
                    continue
                raised_with = _concern_with_party(toks, t.te, cb, clause_mentions) if t.code == "012" \
                    and not t.negated and not t.nominal and toks[t.at].startswith(("rais", "express", "voic")) else -1
                if raised_with >= 0:  # "raised its concerns (about the incident) with China": a representation
                    triggers[n] = attrs.evolve(t, code="114", fixed_target=raised_with)
            proposed = {t.te for t in triggers for o in triggers if o is not t and not t.nominal
                        and signs.proposed_measure(toks, t.ts, t.te, o.ts, o.code)}
            if proposed:  # "proposed barring Chinese software": the measure (planned), not an appeal
                triggers = [attrs.evolve(t, nominal=False) if t.ts in proposed else t for t in triggers
                            if not (t.te in proposed and toks[t.ts] in signs.PROPOSING)]
            if owner is not None and any(t.fixed_target == owner.ts for t in triggers):
                clause_mentions = [owner, *clause_mentions]  # "... after Chinese aircraft entered its zone"
            triggers = [t for t in triggers if not (t.code[:2] == "03" and not t.nominal and any(  # "said it would
                o.neg_kind == "cancel" and 0 < o.ts - t.te <= 8 for o in triggers))]  # suspend visits": no intent
            failed = readouts.failed_talks(toks, ca, cb, [m.ts for m in clause_mentions if m.kind == "name"],
                                           [m.te for m in clause_mentions if m.kind == "name"])
            if failed is not None:
                # "the summit between Trump and Kim collapsed on Thursday without an agreement": 164 (the
                # end verb is no other event: "broke up")
                triggers = sorted([t for t in triggers if not t.ts <= failed[0] < t.te] + [_Trigger(failed[0], failed[0] + 1, _verb_term((toks[failed[0]],), "164", "end"),
                                                       "164", fixed_actor=failed[1], fixed_target=failed[2])],
                                  key=lambda t: t.ts)
            rel = relative_judgement(toks, ca, cb, [(m.ts, m.te) for m in clause_mentions])
            if rel is not None and subject_of_sentence is not None and subject_of_sentence.ts < ca:
                # "China held drills near Taiwan, which Taipei called provocative": Taipei judges China
                clause_mentions = [subject_of_sentence, *clause_mentions]
                triggers = [_Trigger(rel[1], rel[1] + 1, _verb_term((toks[rel[1]],), rel[2], "call"), rel[2],
                                     fixed_actor=rel[0], fixed_target=subject_of_sentence.ts, date_from=rel[1])]
            if not triggers:
                continue
            background = _background(toks, ca, cb) or (sentence_background and not any(
                cs <= d.start < ce for d in dates))
            clause_dates = [d for d in dates if cs <= d.start < ce and d.date is not None]
            own_sentence_date = sentence_date
            for gs, ge in interruptions(toks, ca, cb, commas):  # "The ruling, issued in The Hague on Tuesday, was"
                clause_mentions = [m for m in clause_mentions if not gs <= m.ts < ge]
                triggers = [t for t in triggers if not gs <= t.at < ge]
                clause_dates = [d for d in clause_dates if not starts[gs] <= d.start < ends[ge - 1]]
                if sentence_date is not None and starts[gs] <= sentence_date.start < ends[ge - 1]:
                    own_sentence_date = None
            clause_mentions = [m for m in clause_mentions if not signs.law_content(toks, m.ts, ca)]  # what a bill allows
            for gs, ge in clauses.characterisations(toks, ca, cb):  # "condemned the law as an attack on X"
                clause_mentions = [m for m in clause_mentions if not gs <= m.ts < ge]
                triggers = [t for t in triggers if not gs <= t.at < ge]
            if not triggers:
                continue
            if rel is None and background_relative(toks, ca, bool(clause_dates)) and not coverage.drawn_from(toks, ca, a):
                continue  # "China, which has sanctioned several American firms, warned ...": background
            chosen: dict[tuple[str, str, _dt.date], tuple[_Trigger, _Raw]] = {}
            extras: list[_Raw] = []  # the same event for the other members of a listed actor or target
            for t in list(triggers):
                frame = _frame_of(toks, t, triggers, ca)
                if frame is not None:
                    sub = _framed_code(frame, t, coverage.problem_object(toks, t.te, cb))
                    if sub is not None:
                        triggers[triggers.index(frame)] = attrs.evolve(frame, code=sub)
            for n, t in enumerate(triggers):
                asked = _asks_to(toks, t.te, cb) if t.code in ("020", "100") and not t.negated else ""
                if asked == "stop":
                    triggers[n] = attrs.evolve(t, code="025" if t.code == "020" else "1042")
                elif asked == "restraint":
                    triggers[n] = attrs.evolve(t, code="0256" if t.code == "020" else "1056")
                elif asked == "correct":  # "urged the US to correct its mistakes": a demand for a change
                    triggers[n] = attrs.evolve(t, code="1042")
                elif t.code in ("111", "112") and not t.negated and clauses.charged_with(toks, t.ts, cb):
                    triggers[n] = attrs.evolve(t, code="173")  # "charged two hackers with theft": legal action
                elif t.nominal and t.code == "150" and t.term.lemma in _DRILL_LEMMAS and t.te + 1 < cb \
                        and toks[t.te] == "with" and not t.negated \
                        and any(m.ts == t.te + 1 + int(toks[t.te + 1] in _ARTICLES) and m.kind in ("name", "role")
                                for m in clause_mentions):
                    triggers[n] = attrs.evolve(t, code="062")  # "held drills with American marines": joint drills
                elif t.term.lemma.startswith(_PARTAKING) and not (t.te + 1 < cb and toks[t.te] == "with"):
                    triggers[n] = attrs.evolve(t, code=_COMMENTED)  # "took part in drills near Norway": no partner named
            mention_ends = {m.te for m in clause_mentions}
            state_ends: list[int] = []
            skipped: set[int] = set()  # triggers that are no event of their own (complements, intentions)
            barred_from = cb  # the "from" complement of a bar ("barred firms from selling to ZTE") is no event
            waiting: list[_Trigger] = []  # verbs without a target of their own, for a coordinated verb's
            borrowed: dict[int, tuple[str, str]] = {}  # ... pair ("criticized the decision and summoned ...")
            last_pair: tuple[_Trigger, tuple[str, str]] | None = None
            for trig in triggers:
                trig0 = trig
                if signs.summary_noun(toks, trig.ts, ca, trig.nominal, commas) and trig.term.tension > 0:
                    summaries.append((trig, cs, ce))
                if signs.is_finding(toks, trig.at) or barred_from < trig.ts or (
                        trig.nominal and trig.term.tension > 0 and signs.eased_conflict(toks, trig.ts, ca)):
                    continue
                if trig.code == _COMMENTED:
                    continue  # the event noun a comment is about ("condemned Russia's invasion")
                if trig.code[:2] == "02" and _spoken_call(toks, trig.ts, cb):
                    continue  # "issued separate accounts of the call, which lasted an hour": the phone call, no appeal
                if not trig.nominal and (adverbials.effective_start(toks, trig.at, cb) or clauses.goods_participle(
                        toks, trig.at, [m.te for m in clause_mentions])):
                    continue  # "..., starting on Monday": when the measure takes effect; "a plastic imported from"
                if trig.nominal and trig.code[:2] in ("10", "11", "12", "13") and clauses.defied_noun(toks, trig.ts, ca):
                    continue  # "brushing aside warnings from the United States": recalled, not said today
                if clauses.charge_gloss(toks, trig.ts, trig.code, max((t.te for t in triggers if t.code[:3] == "173"
                                                                     and t.te <= trig.ts), default=-9), commas):
                    continue  # "unsealed charges against Huawei, accusing it of theft": one act
                eased_code = signs.eased_measure(trig.code) if trig.nominal and not trig.negated and (
                    signs.passive_easing(toks, trig.te, cb) >= 0 or _rate_change(toks, trig.te, cb) < 0
                    or _paused_over_time(toks, trig.ts, ca)
                    or (trig.term.tension > 0 and signs.exempted_from(toks, trig.ts, ca))) else None
                if not trig.nominal and trig.at - 2 >= ca and toks[trig.at - 1] == "had" \
                        and toks[trig.at - 2] in _RELATIVES and not any(
                            trig.te <= (k_d := bisect.bisect_left(starts, d.start)) < cb
                            and not _relative_between(toks, trig.te, k_d) for d in dates if d.date is not None):
                    continue  # "a status that had exempted them from the controls Washington imposed in 2022"
                if _figurative(toks, trig, ca, cb):
                    continue  # "hit by shortages", "attend American universities", "The move puts pressure on"
                kept_code = _off_the_table(toks, trig, cb)
                if kept_code:  # "the controls on advanced chips were not on the table": their easing refused
                    trig = attrs.evolve(trig, code=kept_code)
                elif eased_code is not None:
                    trig = attrs.evolve(trig, code=eased_code)  # "Those duties will now be halved": an easing
                elif _is_state(toks, trig, ca, cb):
                    state_ends.append(trig.te)
                    continue
                if trig.nominal and any(0 <= trig.ts - e <= 4 and "and" not in toks[e:trig.ts] for e in state_ends):
                    continue  # "It was the first visit to Japan for bilateral talks": the talks are the state's too
                intent = _root_sub(trig.code, _INTENT_FOR)
                attempt = "" if trig.negated else (coverage.attempt_code(toks, trig.ts, ca, trig.code)
                                                   or coverage.bomber_code(toks, trig.ts, ca, trig.code)
                                                   or coverage.mass_killing_code(toks, trig.ts, trig.te, cb, trig.code))
                if attempt:
                    trig = attrs.evolve(trig, code=attempt)  # "tried to assassinate": an attempt is an act (185)
                elif (coverage.willing_to(toks, trig.ts, ca) or (trig.nominal and coverage.pursued(toks, trig.ts, ca))) \
                        and trig.term.tension < 0 and not trig.negated and intent is not None:
                    trig = attrs.evolve(trig, code=intent)  # "ready to meet", "pursues a trade deal": 036, 030
                elif _skip_trigger(toks, trig, triggers, ca) and not (
                        trig.negated and trig.code[:2] == "12" and signs.reported_refusal(toks, trig.ts, ca)):
                    skipped.add(id(trig))
                    continue
                if _planning_frame(toks, trig, triggers) \
                        or _appositive(toks, trig, ca, commas, mention_ends) \
                        or _bare_object(toks, trig, triggers, mention_ends, ca) \
                        or _topic_noun(toks, trig, triggers, ca) \
                        or readouts.topic_complement(toks, trig.ts, ca) \
                        or (trig.nominal and trig.term.tension < 0 and readouts.raised_conduct(toks, trig.ts, ca)) \
                        or readouts.no_event(toks, trig.ts, trig.te, ca, cb) \
                        or (trig.nominal and readouts.cited_source(toks, trig.ts, ca)) \
                        or _relative_state(toks, trig, ca, cb) \
                        or signs.law_content(toks, trig.ts, sa, modal=True) \
                        or clauses.result_participle(toks, trig.at, commas) \
                        or any(f.code[:2] in ("02", "10") and not f.nominal and not f.negated and f.te <= trig.ts
                               and discourse.in_appeal_list(toks, f.te, trig.ts) for f in triggers if f is not trig) \
                        or (trig.code == "074" and readouts.rhetorical_protection(toks, trig.at, trig.te, cb)) \
                        or _object_of_skipped(toks, trig, triggers, ca, skipped) \
                        or _criticised_plan(toks, trig, triggers, ca):
                    continue
                if trig.date_from < 0:
                    day, precision, phrase = _date_for(trig, triggers, clause_dates, own_sentence_date, published,
                                                       starts, toks, continued, commas, ca)
                else:  # a reaction is dated after its verb, not by its cause ("the ban on Wednesday drew ...")
                    day, precision, phrase = _date_for(trig, triggers, [d for d in clause_dates
                                                                        if d.start >= starts[trig.date_from]],
                                                       None, published, starts, toks, None)
                if _undated_description(toks, trig, ca, cb, clause_dates, starts):
                    day, precision, phrase = _dt.date(day.year, 1, 1), "year", ""  # "a tanker seized by marines"
                if not clause_dates and toks[ca] in discourse.EARLIER_CLAUSE and own_sentence_date is not None \
                        and own_sentence_date.precision == "day" and phrase == own_sentence_date.phrase:
                    # "summoned the envoy on Monday after a ship fired water cannon": no later than the
                    # main clause's day, no date of its own (a month or a year covers both clauses)
                    phrase = ""
                if not clause_dates and own_sentence_date is None and not phrase \
                        and (vague := adverbials.vague_span(toks, ca)):
                    # "The sentencing comes days after Biden met Xi": earlier, on no day the text tells
                    day, precision = (_dt.date(day.year, 1, 1), "year") if vague in ("months", "years") else \
                        ((day - _dt.timedelta(days=14 if vague == "weeks" else 0)).replace(day=1), "month")
                if not phrase and not clause_dates and trig.date_from < 0:
                    tied = _tied_date(toks, chunks[n_chunk + 1:n_chunk + 3], dates, starts)
                    if tied is None and n_chunk >= 1:  # "Hours after X on Sunday, Y ..."
                        tied = next((f for c in chunks[:min(n_chunk, 3)]
                                     if (f := _fronted_tied_date(toks, c, a, dates, starts)) is not None), None)
                    if tied is not None:  # "imposed sanctions minutes after Biden was sworn in on Wednesday"
                        day, precision, phrase = tied
                if not clause_dates and trig.nominal and "next" in toks[max(ca, trig.ts - 5):trig.ts]:
                    continue  # "no date was set for the next round of talks": an undated future event
                if ((not phrase or (inherited is not None and phrase == inherited.phrase)) and background
                        and ((trig.fixed_actor != SPEAKER and not (trig.fixed_actor >= 0 and trig.code[:2] == "11"))
                             or _habitual_saying(toks, ca, cb))) \
                        or phrase[:6].lower() == "since ":  # (a speaker's judgement of a habit is made now,
                    # unless the saying is the habit: "U.S. officials have long said that ...")
                    continue  # undated background ("in recent years", "has long"), a state "since March"
                quoted = bool(quotes) and _inside(quotes, starts[trig.at]) \
                    and not _quoted_fragment(text, quotes, starts[trig.at])
                sentence_subject = subject_of_sentence
                rel_at = ca if toks[ca] in _RELATIVE_OPENERS else \
                    clauses.relative_opener(toks, trig.ts, ca) if not trig.nominal else -1
                if rel_at < 0 and trig.ts - 1 > ca and toks[trig.ts - 1] == "that" and any(
                        m.te == trig.ts - 1 and signs.instrument_author(toks, m.ts) for m in mentions):
                    continue  # "an executive order by President Trump that bars Americans from ...": what it does
                if rel_at < 0 and trig.code[:2] == "15" and not trig.nominal and toks[trig.ts].endswith("ing") \
                        and trig.ts - 1 not in commas and any(ca < m.te and trig.ts - 2 <= m.te <= trig.ts for m in mentions):
                    rel_at = trig.ts  # "the path of a U.S. destroyer sailing through the strait": the destroyer sails
                if rel_at >= 0:
                    # "Spavor, a businessman who organised trips", "Switzerland, which hosted": the
                    # antecedent right before the relative pronoun is the clause's subject, or nobody
                    # ("drew a rebuke from Beijing, which ...", "a protest with China, which then ...": the
                    # one a reaction came from, the one that takes the story's next step, a capital too)
                    acting = coverage.drawn_from(toks, rel_at, a) or toks[rel_at + 1] in clauses.SEQUENCE_ADVERBS
                    sentence_subject = next((m for m in mentions if rel_at - 3 <= m.te <= rel_at
                                             and (toks[m.ts - 1] not in _PREPS or coverage.crowd_of(toks, m.ts, a)
                                                  or (acting and toks[m.ts - 1] not in _LOCATION_PREPS)
                                                  # "the actions of Chinese vessels, which fired", "by Chinese
                                                  # vessels, which rammed": an agent named by "of"/"by"
                                                  or (toks[m.ts - 1] in ("of", "by") and (bool(m.role) or any(
                                                      len(n.code) > 3 for n in m.names)))
                                                  or signs.instrument_author(toks, m.ts))
                                             and (acting or not (m.names and m.names[0].kind in ("capital", "region")))),
                                            None)
                if trig.fixed_actor == SPEAKER:  # "This is yet another act of suppression by the US side"
                    pair = _speaker_pair(trig, clause_mentions, speaker or label_speaker, prev_subject, day, dyad)
                elif trig.fixed_actor >= 0:
                    pair = _fixed_pair(trig, clause_mentions, prev_subject, speaker, quoted, day, dyad, toks)
                else:
                    own = clause_mentions if trig.mention_end < 0 else [m for m in clause_mentions
                                                                        if m.ts < trig.mention_end]
                    if _unnamed_subject(toks, ca, trig, own):
                        continue  # "..., as the West pressed China to stop": no party of ours acts
                    clause_subj = subjects[1] if quoted else subjects[0]
                    if rel_at > ca and sentence_subject is not None:
                        clause_subj = (sentence_subject, None)  # "protesters who had surrounded ..."
                    if pairs.perfect_where(toks, ca, trig.ts):
                        continue  # "in the South China Sea, where Chinese vessels have clashed with ...": background
                    inner = pairs.inner_subject(toks, ca, trig.ts, [(m.ts, m.te) for m in own]) if not quoted else None
                    if inner is not None:  # "..., where he and his Philippine counterpart signed an agreement"
                        inner_m = own[inner[0]]
                        if inner_m.kind == "pron" and clause_subj is not None and _personish(clause_subj[0]):
                            inner_m = clause_subj[0]  # ("he": the person the sentence is about)
                        clause_subj = (inner_m, own[inner[1]] if inner[1] >= 0 else None)
                    # ("A Vietnamese boat was anchored when a Chinese ship rammed it": "it" is the main clause's subject)
                    main_it = subject_of_sentence if n_chunk > 0 and toks[ca] == "when" \
                        and subject_of_sentence is not None and subject_of_sentence.ts < ca else None
                    pair = _actor_target(toks, trig, ca, own, clause_subj, sentence_subject,
                                         main_it or prev_subject, speaker, quoted, day, dyad, commas)
                    if pair is None and rel_at == trig.ts:
                        continue  # the participle's own noun acts, or nobody we know: not the sentence's subject
                if pair is not None and trig.fixed_actor < 0 and trig.fixed_target >= 0:
                    pair = _fixed_target(pair, trig, clause_mentions, day, dyad)
                pair, trig = _coverage_pair(toks, trig, ca, cb, clause_mentions, pair, day, dyad, out, home)
                if pair is not None and trig.nominal and trig.term.lemma in _PASSAGE_LEMMAS \
                        and pair[0][3:6] in _STATESMEN_ROLES and toks[trig.te] == "by":
                    continue  # "transits by Taiwanese presidents": a leader's stopover, no show of force
                if pair is not None and trig.nominal and trig.code[:2] == "15":
                    # "summoned the American ambassador and announced military drills around Taiwan": a
                    # show of force is aimed where it is held, not at an earlier verb's object
                    near = next((m for m in clause_mentions if trig.te < m.ts <= trig.te + 3
                                 and toks[m.ts - 1] in coverage.AROUND and m.codes(day, dyad)), None)
                    if near is not None and near.codes(day, dyad)[0][:3] not in (pair[0][:3], pair[1][:3]):
                        pair = (pair[0], near.codes(day, dyad)[0])
                li = next((k for k in range(max(ca, trig.ts - 4), min(cb, trig.te + 1)) if toks[k] in ("list", "blacklist")),
                          -1) if pair is not None and trig.code[:2] in ("16", "17") else -1
                if li >= 0 and pair is not None:
                    lo, hi = signs.listed_span(toks, li, ca)  # "added six American firms to a list of
                    listed = next((m for m in clause_mentions if lo <= m.ts < hi and m.codes(day, dyad)), None)
                    if listed is not None and listed.codes(day, dyad)[0][:3] != pair[0][:3]:
                        pair = (pair[0], listed.codes(day, dyad)[0])  # entities barred from trading with ..."
                spans_all = [(m.ts, m.te) for m in mentions]
                told_by = max(participle_speaker(toks, trig.at, a, commas, spans_all),
                              coordinated_speaker(toks, trig.at, a, spans_all, frozenset(
                                  [trig.at - 2] if trig.at - 2 >= a and "," in text[ends[trig.at - 2]:starts[trig.at - 1]]
                                  else []))) \
                    if not trig.nominal and not trig.negated and trig.code[:2] in _VERBAL_ROOTS else -1
                if told_by >= 0:  # "..., Beijing said on Wednesday, calling the move an escalation and vowing to"
                    tellers = _told_by_pair(next(m for m in mentions if m.ts == told_by), pair, prev_subject, speaker,
                                            day, dyad)
                    if tellers is not None and (pair is None or pair[0][:3] != tellers[0][:3]):
                        pair = tellers  # (only where the clause's own search took another party as the actor)
                    if phrase and (lead_paragraph < 0 or par == lead_paragraph) \
                            and not any(d.start > starts[told_by] for d in dates) \
                            and any(d.phrase == phrase and d.start < starts[told_by] for d in dates):
                        # "... on Tuesday, the coast guard said, calling the maneuver reckless": the judgement
                        # is made when said (a lead's undated saying: the publication day), not on the act's day
                        day, precision, phrase = published, "day", ""
                if pair is None and (_passive(toks, trig, ca) or clauses.light_passive(toks, trig.ts, trig.te, ca)) \
                        and not trig.negated \
                        and "by" not in toks[trig.te:trig.te + 2]:
                    passive_subj = subjects[1] if quoted else subjects[0]
                    passive_m = _deref(passive_subj[0], prev_subject, speaker, quoted) \
                        if passive_subj is not None and passive_subj[0].ts < trig.at else None
                    passive_codes = passive_m.codes(day, dyad) if passive_m is not None else ()
                    if passive_codes:  # "Kovrig was detained the same day": by whoever the story said detains
                        pair = discourse.story_agent(out, trig.code, passive_codes[0])
                    placed = pairs.placed_agent(trig.code, passive_codes[0], trig.te, [
                        (m.ts, toks[m.ts - 1], c[0][:3]) for m in clause_mentions if m.ts >= trig.te
                        and m.kind == "name" and (c := m.codes(day, dyad))]) if passive_codes and pair is None else None
                    if placed is not None:  # "an employee who was detained in Beijing": by China's authorities
                        pair = (placed, passive_codes[0])
                    law_told = [(m.ts, m.te, c[0]) for m in mentions if m.kind == "name" and (c := m.codes(day, dyad))] \
                        if pair is None and trig.code.startswith("173") else []
                    n_told = pairs.law_teller(toks, law_told)
                    if n_told >= 0:  # "German prosecutors said three citizens had been arrested": by them
                        law_actor = law_told[n_told][2]
                        patient = passive_codes[0] if passive_codes and passive_m is not None \
                            and passive_m.ts != law_told[n_told][0] else law_actor[:3] + "CVL"
                        pair = (law_actor, patient) if _distinct(law_actor, patient) else None
                if pair is None and trig.code[:2] in discourse.CHANNEL_ROOTS and not trig.negated \
                        and _passive(toks, trig, ca) and pairs.channel_subject(
                            toks, a if toks[ca] in ("but", "and") else ca, trig.at, discourse.CHANNEL_NOUNS):
                    pair = pairs.story_meeting(out, dyad)  # "The trip had been planned for February but was called off"
                if pair is None and trig.code[:2] in discourse.CHANNEL_ROOTS \
                        and discourse.channel_object(toks, trig.ts, trig.te, cb):  # ("suspended talks": negated 04x)
                    actor = _subject_code(trig, subjects[1] if quoted else subjects[0], prev_subject, speaker,
                                          quoted, day, dyad)  # "China suspended the dialogue": with the other party
                    other = discourse.other_party(dyad, actor[:3]) if actor is not None else None
                    pair = (actor, other) if actor is not None and other is not None else None
                if pair is None and not trig.negated and (
                        (trig.nominal and discourse.answered_with(toks, trig.ts, ca))
                        or (trig.code[:2] in discourse.ANSWER_ROOTS and rel_at < 0
                            and discourse.answer_word(toks, trig.ts, trig.te, cb))):
                    actor = _subject_code(trig, subjects[1] if quoted else subjects[0], prev_subject, speaker,
                                          quoted, day, dyad)  # "Trump answered with a threat": at whom he answered
                    answered = (discourse.story_actor(out, "", actor[:3], True)
                                or discourse.claim_actor(out, actor[:3])) if actor is not None else None
                    pair = (actor, answered) if actor is not None and answered is not None else None
                if pair is None and trig.code[:2] == "03" and not trig.nominal and not trig.negated and not quoted:
                    pair = _promised_to(trig, subjects[0], prev_subject, speaker, discourse.reporter(toks, a, mentions),
                                        day, dyad)  # "Trump said Beijing had promised to ...": to the teller
                if trig.nominal and eased_code is not None:  # "Tariffs on X were suspended by Y": Y eases them on X
                    pair = _passive_eased_pair(toks, trig, cb, clause_mentions, day, dyad) or pair
                if pair is None and trig.code in _MEASURE_EASINGS and not trig.negated:
                    pair = _eased_pair(trig, subjects[0], prev_subject, speaker, quoted, out, day, dyad) \
                        if eased_code is None else discourse.eased_pair(out, "")  # (passive: the story's measure)
                if trig.about_root == _ANY_ACT:  # (the story's act wins over a party named later on)
                    pair = _story_pair(trig, subjects[0], prev_subject, speaker, quoted, out, day, dyad) or pair
                if pair is None and trig.about_root:
                    pair = _story_pair(trig, subjects[0], prev_subject, speaker, quoted, out, day, dyad)
                if pair is None and trig.code == "016" and trig.about_root == "11" and not trig.negated:
                    pair = _denied_content_pair(toks, trig, b, mentions, subjects[0], prev_subject, speaker,
                                                quoted, day, dyad)  # "rejected reports that ... an American base"
                if pair is None and trig.about_root and trig.about_root != _ANY_ACT and not trig.negated:
                    # "The UN condemned the coup in Niger", "welcomed the ceasefire in Gaza": where the act
                    # commented on took place is the party the comment is about
                    actor = _subject_code(trig, subjects[1] if quoted else subjects[0], prev_subject, speaker,
                                          quoted, day, dyad)
                    where = _commented_place(toks, trig.te, cb, clause_mentions, day, dyad)
                    if actor is not None and where and _distinct(actor, where):
                        pair = (actor, where)
                if pair is None and not trig.nominal and not trig.negated and trig.code[:2] in _ANSWERING_ROOTS \
                        and rel_at >= 0 and sentence_subject is not None and coverage.drawn_from(toks, rel_at, a) \
                        and not any(m.ts >= trig.te for m in clause_mentions):
                    # "drew a rebuke from Beijing, which then tightened its export controls": the reactor
                    # answers whom it just reacted to
                    actor = next(iter(sentence_subject.codes(day, dyad)), None)
                    answered = discourse.recent_target(out[told_from:], actor[:3]) if actor is not None else None
                    if answered is not None and actor is not None and _distinct(actor, answered):
                        pair = (actor, answered)
                if pair is None and not trig.negated and trig.code[:2] in _REACTING_ROOTS:
                    actor = _subject_code(trig, subjects[1] if quoted else subjects[0], prev_subject, speaker,
                                          quoted, day, dyad)
                    answered = _answered_party(toks, a, b, trig, mentions, actor, day, dyad) \
                        if actor and trig.code[:2] in discourse.ANSWER_ROOTS else None
                    if answered is None and actor:  # "China protested after the U.S. blacklisted ...": at it
                        answered = _after_party(toks, b, trig, mentions, actor, day, dyad)
                    if actor is not None and answered is not None:
                        pair = (actor, answered)  # "..., in a move seen as retaliation for American curbs"
                if trig.term.lemma == _FOLLOWING and not any(
                        trig.te <= m.ts <= trig.te + 3 and toks[m.ts - 1] in ("against", "on") for m in clause_mentions):
                    # the followed measure's target, unless the clause names one ("similar steps against Iran")
                    pair = None
                    actor = _subject_code(trig, subjects[1] if quoted else subjects[0], prev_subject, speaker,
                                          quoted, day, dyad)
                    followed_target = next((r.target for r in reversed(out) if r.code == trig.code), None)
                    if actor is not None and followed_target is not None and _distinct(actor, followed_target):
                        pair = (actor, followed_target)
                if pair is None and not trig.negated and not trig.nominal and trig.code[:2] == "05" \
                        and coverage.welcomed_act(toks, trig.te, cb):
                    # "The Chinese foreign ministry welcomed the deal": the story's other party made it with them
                    actor = _subject_code(trig, subjects[1] if quoted else subjects[0], prev_subject, speaker,
                                          quoted, day, dyad)
                    other = discourse.other_party(dyad, actor[:3]) if actor is not None else None
                    if actor is not None and other is not None:
                        pair = (actor, other)
                if conditional and not trig.negated and (pair is None or signs.defending(toks, trig.te, b)) \
                        and (_as_threat(toks, trig, ca) is not None or trig.code[:2] == "13"):
                    # "would intervene militarily (to defend Taiwan) if China attacked": aimed at the condition's party
                    actor = pair[0] if pair is not None else _subject_code(
                        trig, subjects[1] if quoted else subjects[0], prev_subject, speaker, quoted, day, dyad)
                    cond = signs.condition_subject(toks, trig.te, b, [(m.ts, m.te) for m in mentions])
                    threatened = next((m.codes(day, dyad)[0] for m in mentions if m.ts == cond and m.codes(day, dyad)),
                                      None) if cond >= 0 else None
                    if actor is not None and threatened is not None and _distinct(actor, threatened):
                        pair = (actor, threatened)
                if pair is None and trig.code[:2] == "15" and not trig.nominal and not trig.negated \
                        and toks[trig.at].startswith(discourse.RESPONSE_VERBS):
                    pair = _response_pair(toks, trig, cb, b, mentions, subjects[0], prev_subject, speaker, quoted,
                                          out, day, dyad)  # "Japan scrambled jets (after Chinese planes ...)"
                if pair is None and not trig.negated and trig.code[:2] in _FORCE_ROOTS \
                        and not toks[trig.at].endswith("ing") and _HABIT_ADVERBS.isdisjoint(toks[ca:trig.ts]) \
                        and _owned_object(toks, trig.te, cb, clause_mentions):
                    # "The Philippines said Chinese vessels fired water cannon at two of its boats": the
                    # teller owns what the act struck
                    actor = _subject_code(trig, subjects[1] if quoted else subjects[0], prev_subject, speaker,
                                          quoted, day, dyad)
                    owner = _teller(toks, a, b, mentions)
                    owned = owner.codes(day, dyad) if owner is not None else ()
                    if actor is not None and owned and _distinct(actor, owned[0]):
                        pair = (actor, owned[0])
                lent = False
                # finite verbs only: "brokered by X and approved by Y" has no subject, "-ing" forms and
                # "US sanctions" (a noun) are no coordinated verbs
                active = not trig.nominal and not trig.negated and not _passive(toks, trig, ca) \
                    and toks[trig.te:trig.te + 1] != ["by"] and not toks[trig.at].endswith("ing") \
                    and not (toks[trig.at].endswith("s") and not toks[trig.at].endswith("ss"))
                if pair is None and active:  # coordinated verbs share a subject
                    pair = borrowed.pop(trig.ts, None)
                    lent = pair is not None
                    if pair is None and last_pair is not None and _same_side(last_pair[0], trig) \
                            and shares_subject(toks, last_pair[0].te, trig.ts):
                        pair = last_pair[1]  # "China condemned the U.S. move and vowed to retaliate"
                    if pair is None:
                        waiting.append(trig0)
                elif pair is None and last_pair is not None and not trig.nominal and not trig.negated \
                        and speaker_participle(toks, trig.at, commas):
                    pair, lent = last_pair[1], True  # "China condemned the U.S. sanctions, vowing to retaliate"
                elif pair is not None and last_pair is not None and pair[0] == last_pair[1][0] \
                        and not trig.nominal and speaker_participle(toks, trig.at, commas):
                    lent = True  # "condemned the launch, warning that ...": a second act of the same speaker
                elif pair is not None and active:
                    last_pair = (trig, pair)
                    for w in [w for w in waiting if _same_side(w, trig) and shares_subject(toks, w.te, trig.ts)]:
                        waiting.remove(w)
                        borrowed[w.ts] = pair  # "criticized the decision and summoned the U.S. ambassador"
                        triggers.append(w)
                # a bar's object + "from" + gerund shows a verb even after a noun ("The order bars firms from buying")
                bar = signs.bar_from(toks, trig.at, ca, cb) if not trig.negated else None
                stop = signs.stop_order(toks, trig.at, ca, cb) if bar is None and not trig.negated else None
                own_country = pair[0] if pair is not None else next(iter(subjects[0][0].codes(day, dyad)), "") \
                    if stop is not None and subjects[0] is not None else ""
                if stop is not None and own_country and not any(  # ... told to one's own people only
                        trig.at < m.ts < stop and m.kind == "name" and m.codes(day, dyad)
                        and m.codes(day, dyad)[0][:3] != own_country[:3] for m in clause_mentions):
                    bar = stop  # "ordered state firms to stop using American software"
                if bar is not None:
                    barred_from = bar
                    aimed = _bar_pair(toks, pair, bar, cb, mentions, subjects[0], day, dyad)
                    if aimed is not None:  # a bar on one's own people's dealings with a party is a sanction on it
                        pair, trig = aimed, attrs.evolve(trig, code="163")
                    elif pair is not None and pair[1][:3] == (pair[0][:3] if pair else ""):
                        pair = None
                if pair is not None and pair[0][:3] == pair[1][:3] and trig.code[:2] in ("08", "16", "17"):
                    dest = coverage.trade_destination(toks, trig.te, cb, [m.ts for m in clause_mentions])
                    dest_m = next((m for m in clause_mentions if m.ts == dest), None)
                    dest_codes = dest_m.codes(day, dyad) if dest_m is not None else ()
                    if dest_codes and dest_codes[0][:3] != pair[0][:3]:
                        pair = (pair[0], dest_codes[0])  # "a ban on sales of Nvidia's chips to China"
                    elif home and home != pair[1][:3] and trig.code[:2] == "16" and "by" not in toks[trig.te:trig.te + 3] \
                            and (_passive(toks, trig, ca) or any(toks[k] in _BE and toks[k + 1].endswith("ed")
                                                                 for k in range(max(ca, trig.ts - 5), trig.ts - 1))):
                        pair = (home + "GOV", pair[1])  # "WASHINGTON — Chinese telecom giant Huawei was added to a
                        # trade blacklist": listed by the government of the place the story is filed from
                if not trig.negated and trig.code[:2] == "02" and clauses.insinuation(toks, trig.at, cb):
                    trig = attrs.evolve(trig, code="112")  # "suggested that the U.S. Army might have brought the virus"
                if not trig.negated and signs.forced_sale(toks, trig.ts, ca):
                    trig = attrs.evolve(trig, code="163")  # "ordered ByteDance to divest TikTok": a sanction
                if not trig.negated and pair is not None and pair[0][:3] != pair[1][:3] \
                        and signs.ordered_out(toks, trig.ts, ca):
                    trig = attrs.evolve(trig, code="174")  # "ordered three reporters to leave": an expulsion
                if not trig.negated and pair is not None and pair[0][:3] != pair[1][:3] \
                        and (done := signs.ordered_done(toks, trig.at, cb)):
                    trig = attrs.evolve(trig, code=done)  # "ordered two German diplomats expelled": the expulsion
                if trig.code == "042" and toks[trig.at] == "visiting" and trig.at - 1 >= ca \
                        and toks[trig.at - 1] not in _VISITING_AUX and any(m.ts == trig.te for m in clause_mentions):
                    trig = attrs.evolve(trig, code="043")  # "Xi told visiting Treasury Secretary Yellen": he hosts her
                if trig.code[:3] == "085" and signs.raised_to(toks, trig.at, trig.te, cb):
                    trig = attrs.evolve(trig, code="163")  # "lifted duties to 145 percent": a raise
                if trig.code[:3] in ("163", "172") and signs.delisted(toks, trig.ts, trig.te, ca):
                    trig = attrs.evolve(trig, code=signs.eased_measure(trig.code) or trig.code)  # off a list
                if trig.code == "130" and not trig.nominal and toks[trig.at].startswith("warn") \
                        and _factual_warning(toks, trig.te, cb):
                    trig = attrs.evolve(trig, code="111")  # "warned that cheap Chinese exports were flooding
                    # markets": a complaint about what is being done, no threat of what will be
                if trig.code == "0311" and not trig.nominal and coverage.arms_sale(toks, trig.te, cb):
                    trig = attrs.evolve(trig, code="072")  # "approved the sale of F-16 parts to Taiwan": arms
                elif trig.code == "0311" and not trig.nominal and toks[trig.at].endswith("ed") \
                        and (buyer := coverage.sold_to(toks, trig.te, cb)) >= 0 \
                        and (bm := next((m for m in clause_mentions if m.ts == buyer and m.codes(day, dyad)), None)):
                    # "approved the sale of Boeing jets to China": an approved trade is economic cooperation
                    # (061) with the buyer, not a promise to the seller
                    trig = attrs.evolve(trig, code="061", fixed_target=bm.ts)
                    if pair is not None and bm.codes(day, dyad)[0][:3] != pair[0][:3]:
                        pair = (pair[0], bm.codes(day, dyad)[0])
                if trig.code == "060" and not trig.nominal and signs.listed(toks, trig.at, cb):
                    trig = attrs.evolve(trig, code="163")  # "adding 38 affiliates to a blacklist": a listing
                law = signs.signed_law(toks, trig.at, b) if trig.code in ("057", "080") or (
                    trig.code[:2] == "03" and toks[trig.at].startswith("vot")) else None  # ("voted for a bill that ...")
                if law is not None:
                    trig = attrs.evolve(trig, code="172")
                if law == "restrictive" and pair is None:  # "passed a bill that would bar agencies from buying
                    pair = _law_pair(trig, _subject_code(  # equipment from several Chinese companies"
                        trig, subjects[1] if quoted else subjects[0], prev_subject, speaker, quoted, day, dyad),
                        clause_mentions, cb, day, dyad)
                if pair is None or law == "law":
                    continue
                pair = (pair[0], coverage.release_holder(  # "requested the release of a Japanese ... in China"
                    toks, trig.code, pair[0], pair[1], ca, cb,
                    [(m.ts, c[0]) for m in clause_mentions if (c := m.codes(day, dyad))]))
                if trig.term.lemma == "plan" and pair[0][:3] == pair[1][:3]:
                    continue  # "American officials said they planned to raise the treatment of reporters": no
                    # intent towards anyone (the dictionary's bare "plan", 030, needs another party)
                if pair[0][:3] == pair[1][:3] and trig.code[:2] in _ON_BEHALF_ROOTS and not trig.negated \
                        and coverage.detention_of(toks, trig.at + 1, cb):
                    # "Canada demanded Michael Spavor's release", "called Ms. Meng's detention persecution":
                    # said of the state's own national held abroad, at the state that holds them
                    holder = discourse.story_agent(out, "173", pair[1])
                    other = holder[0] if holder is not None else discourse.other_party(dyad, pair[0][:3])
                    if other is None:
                        continue
                    pair = (pair[0], other)
                if coverage.domestic_force_code(pair[0], pair[1], trig.code) != trig.code:
                    trig = attrs.evolve(trig, code=coverage.domestic_force_code(pair[0], pair[1], trig.code))
                if coverage.bombing_code(pair[0], trig.code) != trig.code:
                    trig = attrs.evolve(trig, code=coverage.bombing_code(pair[0], trig.code))  # a state's bombing
                if (accused := _own_accused(toks, trig, cb, clause_mentions, pair, day, dyad)) is not None \
                        and not _passive(toks, trig, ca):
                    pair = (pair[0], accused)  # "indicted five soldiers on charges of spying for China"
                actor, target = pair
                if isinstance(trig.term, _CameoTerm) and trig.term.reverse and not _passive(toks, trig, ca):
                    actor, target = target, actor
                co_actors = _co_actors(toks, subjects[1] if quoted else subjects[0], clause_mentions, actor, target,
                                       day, dyad)
                co_targets = _co_targets(toks, trig, clause_mentions, actor, target, day, dyad)
                joint = [] if co_actors else _joint_members(toks, subjects[1] if quoted else subjects[0],
                                                            clause_mentions, trig.code, actor, target, day, dyad)
                reported_plan = False
                eased_from = next((d for d in dates if d.start > starts[trig.at] and d.date is not None
                                   and d.date > published and is_start_date(text, d.start)
                                   and not _relative_between(toks, trig.te, bisect.bisect_left(starts, d.start))),
                                  None) \
                    if trig.code[:2] == "08" and not trig.negated and signs.announced_measure(toks, trig.ts, ca, b) \
                    else None  # (a delay's date is the delayed thing's: "would delay the increase due on March 1")
                if eased_from is not None and eased_from.date is not None:
                    # "said it would halve the tariffs, starting on Feb. 14": a decided easing, on its day
                    day, precision, phrase = eased_from.date, eased_from.precision, eased_from.phrase
                elif (_reported_would(toks, trig, ca) and trig.code[:2] == "04") or _announced_act(toks, trig, ca):
                    reported_plan = True  # "said Putin would travel to Beijing": a planned visit
                elif _reported_would(toks, trig, ca) and trig.code[:2] != "03" and trig.code != "014" \
                        and not signs.continued(toks, trig.ts, ca):
                    trig = attrs.evolve(trig, code=_root_sub(trig.code, _INTENT_FOR) or "030")
                elif trig.nominal and trig.code[:2] in ("04", "05", "06") and _wished_for(toks, trig, ca):
                    trig = attrs.evolve(trig, code=_root_sub(trig.code, _INTENT_FOR) or "030")
                if (trig.code[:2] == "03" or trig.code == "013") and day < published and phrase and any(
                        d.phrase == phrase and d.start > starts[trig.at] and "to" in toks[max(ca, trig.ts - 1):bisect.bisect_left(
                            starts, d.start)] and not _HOPING.isdisjoint(toks[max(ca, trig.ts - 3):bisect.bisect_left(
                                starts, d.start)]) for d in clause_dates) and planned_day(phrase, day, published) > published:
                    day, precision, phrase = published, "day", ""  # "hopes to meet Xi in June": June is the meeting's
                if trig.code[:2] == "03" and day > published:
                    day, precision, phrase = published, "day", ""  # the intent is stated now; the act is later
                mode = "act" if trig.code[:2] == "03" or eased_from is not None else _mode(toks, trig, ca, day, published)
                if reported_plan:
                    mode = "plan"
                if mode == "plan" and inherited is not None and phrase == inherited.phrase and day < published \
                        and inherited.precision != "day":
                    # a plan told with no day of its own after background ("... earlier this year. Talks on that
                    # issue will continue"): told on the publication day, not in the background's month
                    day, precision, phrase = published, "day", ""
                head = subjects[0][1] or subjects[0][0] if subjects[0] is not None else None
                if mode == "act" and not trig.nominal and head is not None and trig.ts - 1 > ca \
                        and toks[trig.ts - 1] == "to" and head.te == trig.ts - 1 \
                        and subjects[0] is not None and subjects[0][0].ts <= ca + int(toks[ca] == "the"):
                    mode = "plan"  # a headline's "Blinken to Visit China", "Biden, Xi to Meet": announced, to come
                if trig.code[:2] in ("11", "12") and toks[trig.at].startswith(_STANCE_STEMS) and day <= published:
                    mode = "act"  # "said it would firmly oppose any forced sale": a stance taken now
                if mode == "plan" and any(d.phrase == phrase and d.start > starts[trig.at]
                                          and not _told_on(toks, bisect.bisect_left(starts, d.start), trig.te)
                                          for d in clause_dates):
                    day = planned_day(phrase, day, published)  # "is due to meet X on Friday": the next Friday
                    # (not "..., the ministry said on Thursday": the day it was told)
                if not trig.negated and not trig.nominal and trig.code[:3] in ("163", "172") \
                        and _kept_going(toks, trig.ts, ca):
                    # "will keep restricting sales of chipmaking machines to China": no easing, no new threat
                    trig, mode = attrs.evolve(trig, code=_TABLE_REFUSALS[trig.code[:3]]), "act"
                threat = _as_threat(toks, trig, ca, conditional) if not (mode == "plan" and day > published) or conditional \
                    else None
                if threat is not None and conditional and day > published:
                    day, precision, phrase = published, "day", ""  # threatened today, for a later day
                elif threat is not None and trig.code[:2] not in _ARMED_ROOTS and signs.announced_measure(toks, trig.ts, ca, b):
                    # (force is threatened, never announced as decided: "said it would crush any attempt at ...")
                    threat, mode = None, "act"  # "said on Monday it would impose sanctions": the measure
                    start = next((d for d in clause_dates if d.start > starts[trig.at] and d.date is not None
                                  and d.date > published), None)
                    if start is not None and start.date is not None:  # "... it would bar downloads from Sunday"
                        day, precision, phrase = start.date, start.precision, start.phrase
                if threat is None and conditional and not trig.negated and _hypothetical_would(toks, trig, ca) \
                        and not _warning_tail(toks, trig.te, b):
                    continue  # "If the act becomes law, the State Department would have to certify ...": no act
                if threat is not None:
                    trig = attrs.evolve(trig, code=threat)
                    mode = "act"  # a threat is itself an act
                elif mode == "plan" and day > published and trig.code[:2] in ("16", "17"):
                    mode = "act"  # a measure decided with its effective day ("tariffs from April 10") is an act
                key_day = day  # (the clause's acts of one day compete before a background one is re-dated)
                if not phrase and day == published and not trig.nominal and clauses.background_pluperfect(toks, trig.at, a):
                    day, precision = published.replace(month=1, day=1), "year"  # "Trump had threatened ...": before
                if trig.code[:2] in ("16", "17") and not trig.negated and (
                        seeker := signs.sought_step(toks, trig.te, cb)) >= 0 and any(
                        m.ts == seeker and (c := m.codes(day, dyad)) and c[0][:3] == target[:3] for m in clause_mentions):
                    trig = attrs.evolve(trig, code="0832")  # "tightened controls ..., a step Washington had long sought"
                tension = _tension_of(trig.code)
                ev_s, ev_e = _trim(text, cs, ce)
                raw = _Raw(day, precision, actor, target, trig.code, tension, ev_s, ev_e, phrase, mode,
                           discourse.definite_event(toks, trig.at, trig.te, trig.nominal),
                           bool(phrase) and discourse.report_dated(toks, starts, trig.at, next(
                               (d.start for d in dates if d.phrase == phrase), -1)), at=starts[trig.at])
                extras.extend(attrs.evolve(raw, actor=co) for co in co_actors)
                extras.extend(attrs.evolve(raw, target=co) for co in co_targets)
                extras.extend(attrs.evolve(raw, actor=side, target=co) for co in joint for side in (actor, target))
                spy_named = [(m.ts, c[0]) for m in clause_mentions if (c := m.codes(day, dyad)) and m.kind != "place"] \
                    if trig.code == "173" else []
                spy_ts, spied = coverage.spy_beneficiary(toks, trig.te, cb, spy_named, actor[:3]) if spy_named else (-1, "")
                if spied and next((k for k, c in spy_named if k >= trig.te and c[:3] == target[:3]), -1) != spy_ts:
                    # "arrested on charges of spying for China": the arresting state accuses China too (unless
                    # the clause already took the state served as the target: "charged X with spying for China")
                    extras.append(attrs.evolve(raw, actor=actor[:3] + "GOV", target=spied, code="1125",
                                               tension=_tension_of("1125")))
                extras.extend(attrs.evolve(raw, actor=ca_, target=ct) for ca_ in co_actors for ct in co_targets
                              if _distinct(ca_, ct))  # "China and the US urged both countries": each to each
                if trig.code[:2] in ("11", "12", "13", "16", "17") and (signs.reciprocal(toks, trig.te, cb) or (
                        trig.code[:2] in ("11", "12", "13")
                        and any(toks[k] in _TRADED and not (k > ca and toks[k - 1] in _ARTICLES_POSS
                                                                     and not _us_acronym(toks, k - 1, ca))
                                and all(_adjectival(toks[j]) for j in range(k + 1, trig.ts))
                                for k in range(max(ca, trig.ts - 3), trig.ts + 1)))):
                    # (the trading verb governs the act: not "a trade blacklist, accusing", "politicizing trade
                    # issues and violating")
                    # "on each other's goods", "traded sharp rebukes": both ways
                    extras.append(attrs.evolve(raw, actor=target, target=actor))
                key = (actor, target, key_day)
                if key in chosen and trig.code != chosen[key][0].code and (
                        _carrying_call(toks, trig, ca) or _carrying_call(toks, chosen[key][0], ca)):
                    extras.append(raw)  # "urged Putin in a phone call on Friday to ...": the call and the appeal
                    continue
                if key in chosen and chosen[key][0].code[:2] == "01" and trig.code[:2] != "01":
                    extras.append(raw)  # "admitted that its forces had shot down the jet": both
                    continue
                if key in chosen and lent:
                    if chosen[key][0].code != trig.code:
                        extras.append(raw)  # a verb told before the one that lent it its target
                    continue
                if key in chosen and not trig.nominal and not chosen[key][0].nominal \
                        and chosen[key][0].code[:2] != trig.code[:2] and chosen[key][0].code[:2] in _HOSTILE_SPEECH \
                        and trig.code[:2] in _HOSTILE_SPEECH and shares_subject(toks, chosen[key][0].te, trig.ts):
                    extras.append(raw)  # "China firmly opposes it and has lodged serious protests": two acts
                    continue
                if key in chosen:
                    first, first_raw = chosen[key]
                    if isinstance(first.term, _CameoTerm) and not isinstance(trig.term, _CameoTerm):
                        chosen[key] = (trig, raw)  # a curated term wins over the verb dictionary
                        continue
                    if first.nominal and not trig.nominal and first.te <= trig.ts and _passive(toks, trig, ca) \
                            and trig.code[:2] in _FORCE_ROOTS:  # (not "the closure ... was ordered by": the order's act)
                        chosen[key] = (trig, raw)  # "A Chinese spy balloon was shot down by": what was done to it
                        continue
                    # an intention (03) that governs a conflictual term gives way to it, and so does a
                    # retaliation to the measure it retaliates with ("retaliated with duties" 163)
                    if (first.code[:2] == "03" or first.term.lemma.startswith("retaliat")) and tension > 0 \
                            and not first.negated and trig.code[:2] in ("15", "16", "17", "18", "19", "20"):
                        chosen[key] = (trig, raw)
                    elif first.code[:2] == "03" and tension > 0 and not first.negated:
                        chosen[key] = (trig, raw)
                    elif not trig.nominal and not first.nominal and trig.ts > first.te and toks[trig.ts - 1] == "and" \
                            and trig.code[:2] != first.code[:2] and first.code[:2] not in ("02", "03", "04", "10") \
                            and not (first.code[:2] >= "15" and trig.code[:2] >= "15"):
                        extras.append(raw)  # "called the ban unacceptable and urged Beijing to lift it": two acts
                    elif first.code in ("040", "044", "046") and not first.negated and not trig.negated \
                            and trig.code[:2] in ("03", "05", "06") and not trig.nominal and "and" in toks[first.te:trig.ts]:
                        chosen[key] = (trig, raw)  # "had met on June 6 and agreed on a pull-back": the agreement
                    # an appeal for a conflictual act against the target rallies opposition (113)
                    elif (first.code[:2] == "02" and tension > 0 and not first.negated and trig.nominal
                          and trig.at - first.te <= 4):
                        chosen[key] = (first, attrs.evolve(first_raw, code="113", tension=_tension_of("113")))
                    continue
                chosen[key] = (trig, raw)
            out.extend(raw for _, raw in chosen.values())
            out.extend(extras)
        if len(out) == n_out and summaries and subject_of_sentence is not None:
            trig0, cs0, ce0 = summaries[0]
            said_at = [d for d in dates if cs0 <= d.start < starts[trig0.ts] and d.date is not None]
            out.extend(_summary_raw(text, toks, summaries[0], subject_of_sentence, mentions,
                                    said_at[-1] if said_at else sentence_date, published, dyad))
        opener = mentions[0] if mentions else None
        teller = discourse.reporter(toks, a, [m for m in mentions if not _inside(quotes, starts[m.ts])])
        if opener is not None and opener.kind == "role" and opener.ts - a <= 4 and subject_of_sentence is not None \
                and subject_of_sentence.ts > opener.ts \
                and _RELATIVES.intersection(toks[max(a, subject_of_sentence.ts - 2):subject_of_sentence.ts]):
            pass  # "The Minister lodged a protest over what the Chinese side did": the speaker so far goes on
        elif subject_of_sentence is not None or teller is not None:
            # "The Pentagon said China had fired ... It added": the teller, not the told, is talked about next
            told = teller or subject_of_sentence
            prev_subject = (_deref(told, prev_subject, speaker, False) if told is not None else None) or prev_subject
            if prev_subject is told and told is not None and told.kind == "name":
                if told.person:
                    prev_person = (k_sent, told)
                else:
                    prev_thing = (k_sent, told)
        if prev_person is None or prev_person[0] != k_sent:
            # no person was the subject: the first person named is the one a later "he" or "she" means
            named = next((m for m in mentions if m.kind == "name" and m.person and not _inside(quotes, starts[m.ts])),
                         None)
            if named is not None:
                prev_person = (k_sent, named)
            else:
                titled = subject_of_sentence or next((m for m in mentions[:1] if m.ts - a <= 2), None)
                if titled is not None and pairs.titled_subject(titled, _PERSON_TITLES, toks, titled.te):
                    prev_person = (k_sent, titled)  # "The foreign ministry spokesperson said ... He"
        prev_group = discourse.plural_subject(toks, subject_of_sentence)
        prev_pair = next((m for m in reversed(mentions) if m.kind == "pair"), None)
        if lead_paragraph < 0 and len(out) > told_from:
            lead_paragraph = par
        if par == lead_paragraph:
            lead_names.update(toks[a:b])
            lead_day = _recent_day([d for d in dates if d.date is not None], published) or lead_day
        elif lead_day is not None and par == lead_paragraph + 1 and inherited is not None:
            lead_names.update(toks[a:b])  # "Mr. Hayashi held talks with ... Qin Gang": the lead's occasion
        if last_told is not None and sentence_date is not None and sentence_date.date is not None \
                and sentence_date.date <= published and discourse.dates_told_event(toks, a, b):
            # "The incident took place on Saturday": the date of the events told just before
            out = discourse.redate(out, *last_told, sentence_date.date, sentence_date.precision, sentence_date.phrase)
        if len(out) > told_from:
            last_told = (told_from, len(out))
        in_past = discourse.history_frame(
            published, [(r.date, r.date_phrase) for r in out[told_from:]],
            sentence_date.date if sentence_date is not None and sentence_date is not inherited else None,
            sentence_background, lead_paragraph < 0 or par <= lead_paragraph)
        if in_past is not None:
            history_paragraph = par if in_past else -1
            history_day = discourse.frame_day(
                published, [(r.date, r.precision, r.date_phrase) for r in out[told_from:]],
                sentence_date if sentence_date is not inherited else None) if in_past else None
        prev_speaker = speaker
        prev_had_quote = bool(quotes)
        dated = [d for d in dates if d.date is not None]
        if dated:
            carry_date = dated[-1]
        prev_day = _recent_day(dated, published) or continued
    out = _without_restatements(discourse.reported_events(discourse.retold_events(out)), text)
    out = [r for r in out if not _own_firms(r.actor, r.target, r.code)]
    if len(sentences) >= _ARTICLE_SENTENCES:
        out = _without_history(out, published, sentences)
    return out


# an article's story is its news and its recent past: what happened more than a year before
# publication, outside the headline and the lead, is history ("the 1947 independence", "after Pelosi
# visited Taiwan" in a story 15 months later); recaps of the last months stay (the seed's "In February")
_ARTICLE_SENTENCES = 4
_HISTORY_DAYS = 365


def _without_restatements(raws: list[_Raw], text: str) -> list[_Raw]:
    """Drop an act that restates an earlier one of the same clause, parties, root and mode
    (:func:`tension.text.clauses.restates`): "said China opposed the move, accusing Washington of ..." is one
    protest; "is expected to meet Li in September, a meeting ..." one plan, dated by whichever tells a date."""
    seen: dict[tuple[Any, ...], list[int]] = {}
    out: list[_Raw] = []
    for r in raws:
        key = (r.start, r.end, r.actor[:3], r.target[:3], r.code[:2], r.mode)
        told = seen.setdefault(key, [])
        n = next((n for n in told if r.at >= 0 and clauses.restates(text, out[n].at, r.at)
                  and (out[n].date == r.date or not (out[n].date_phrase and r.date_phrase))), -1)
        if n >= 0:
            if r.date_phrase and not out[n].date_phrase:
                out[n] = attrs.evolve(out[n], date=r.date, precision=r.precision, date_phrase=r.date_phrase)
            continue
        if r.at >= 0 and text[max(0, r.at - 2):r.at] == ", " \
                and text[r.at:r.at + 24].lower().startswith(_RETALIATION_GLOSSES) and any(
                o.start == r.start and o.end == r.end and o.at < r.at and o.actor[:3] == r.actor[:3]
                and o.target[:3] == r.target[:3] and o.tension > 0 for o in out):
            continue  # "stopped buying American farm products, hitting back at Trump's threat": the act retaliates
        if r.at >= 0:
            told.append(len(out))
        out.append(r)
    return out


# participles that gloss the act before them as a retaliation
_RETALIATION_GLOSSES = ("hitting back", "striking back", "retaliating", "in retaliation")


def _without_history(raws: list[_Raw], published: _dt.date, sentences: list[tuple[int, int]]) -> list[_Raw]:
    """Drop the background of an article: acts dated more than ``_HISTORY_DAYS`` before publication,
    outside its first two sentences (headline and lead)."""
    lead_end = sentences[min(1, len(sentences) - 1)][1]
    return [r for r in raws if r.start < lead_end or r.mode == "plan"
            or ((published - r.date).days <= _HISTORY_DAYS)]


_ANAPHORIC_OPENERS = frozenset(["under", "at", "during", "in", "after"])
_HONORIFICS = frozenset(["mr", "ms", "mrs"])
_WH_INFINITIVE = frozenset(["how", "whether", "what", "when", "where", "which"])


def _continues(toks: list[str], a: int, mentions: list[_Mention]) -> bool:
    """Whether a sentence continues the previous one's story: its first actor is a pronoun, a bare role
    or "the two sides", or it opens on the story's event ("Under the deal", "At the talks")."""
    if mentions[0].kind in ("pron", "role", "pair"):
        return True
    if any(toks[k].startswith("scrambl") for k in range(a, min(len(toks), a + 8))):
        return True  # "Japan's air force scrambled fighter jets": the response on the incident's day
    return toks[a] in _ANAPHORIC_OPENERS and a + 2 < len(toks) and toks[a + 1] == "the" \
        and toks[a + 2] not in ("same", "past", "early", "late")


# a pronoun right after these opens a clause whose subject it is ("..., and she met", "as it confronts")
_PRONOUN_OPENERS = frozenset(["and", "as", "while", "because", "when", "after", "before", "although", "though",
                              "but", "until", "once", "since"])


#: a short time adverbial between a conjunction and the pronoun it opens (", and on Monday morning he met")
_OPENER_ADVERBIALS = WEEKDAYS | frozenset("on later then earlier afterwards afterward the same next following day "
                                          "morning afternoon evening night".split())


def _conjoined_pronoun(toks: list[str], at: int) -> bool:
    """Whether the pronoun at ``at`` opens a conjoined clause, right after its conjunction or after a short
    time adverbial ("and later he said", "and on Monday morning she met")."""
    for k in range(at - 1, max(-1, at - 5), -1):
        if toks[k] in _PRONOUN_OPENERS:
            return True
        if toks[k] not in _OPENER_ADVERBIALS:
            return False
    return False


#: "it was *unclear* whether ...": an expletive "it" after a reporting verb, no party
_EXPLETIVE_ADJECTIVES = frozenset("unclear clear likely unlikely possible impossible important necessary "
                                  "time too not hard difficult essential vital crucial".split())
#: what may stand between a reporting verb and the subject of what it reports ("said on Tuesday that it")
_REPORT_GAP = _OPENER_ADVERBIALS | frozenset(["that", "in", "a", "statement", "late", "early", "last", "week"])
# (not all of rules.REPORT_TAIL: after "warned yesterday that it", "it" is left to the story's subject, which
# keeps the target of a question's premise, devset d250)
#: the verbs whose reported clause may open with a pronoun for their subject ("Japan announced it would ...")
_REPORTING_PRONOUN_VERBS = clauses.REPORT_VERBS | frozenset(["announced", "confirmed", "warned"])


def _reported_pronoun(toks: list[str], at: int, first: _Mention) -> bool:
    """Whether the pronoun at ``at`` is the subject of a clause reported by the sentence's subject
    ``first`` ("Japan said on Tuesday *it* would release ...", "the minister told reporters *she* had
    ..."): it refers to that subject, not to the previous sentence's."""
    for k in range(at - 1, max(first.te - 1, at - 7), -1):
        if toks[k] in _REPORTING_PRONOUN_VERBS:
            return all(t not in (",", ";") for t in toks[first.te:k])
        if toks[k] not in _REPORT_GAP:
            return False
    return False


def _resolve_conjoined(toks: list[str], mentions: list[_Mention]) -> list[_Mention]:
    """A pronoun opening a conjoined clause refers inside its sentence: "Germany's foreign minister
    arrived on Thursday, and she met ..." (the sentence's subject), "Biden convened leaders of the
    Group of Seven, and they condemned ..." (the last group named before it); so does the subject of a
    clause its subject reports ("Japan said on Tuesday it would ...": Japan)."""
    if len(mentions) < 2 or not any(m.kind == "pron" and (_conjoined_pronoun(toks, m.ts)
                                                          or _reported_pronoun(toks, m.ts, mentions[0]))
                                    for m in mentions[1:]):
        return mentions
    out: list[_Mention] = [mentions[0]]
    first = mentions[0]
    for k in range(1, len(mentions)):
        m = mentions[k]
        if m.kind == "pron" and m.token != "they" and k == 1 and _reported_pronoun(toks, m.ts, first):
            if m.token in _PERSONAL and _personish(first) or m.token in _IMPERSONAL and first.kind == "name" \
                    and not first.person \
                    and not (toks[m.te:m.te + 1] in (["is"], ["was"], ["s"]) and toks[m.te + 1:m.te + 2] and
                             toks[m.te + 1] in _EXPLETIVE_ADJECTIVES):
                m = attrs.evolve(first, ts=m.ts, te=m.te)
        elif m.kind == "pron" and _conjoined_pronoun(toks, m.ts):
            ante: _Mention | None = None
            if m.token in _PERSONAL and _personish(first):
                ante = first
            elif m.token in _IMPERSONAL and first.kind == "name" and not first.person \
                    and not (m.te < len(toks) and toks[m.te] in _EXPLETIVE_NEXT):
                ante = first
            elif m.token in _PLURAL:
                ante = next((x for x in reversed(mentions[:k]) if x.kind == "pair" or (
                    x.kind == "name" and not x.person and x.names and x.names[0].kind not in _PLACE_KINDS) or (
                    x.kind == "name" and not x.person and not x.names and x.role)), None)  # "Chinese officials"
            if ante is not None:
                m = attrs.evolve(ante, ts=m.ts, te=m.te)
        out.append(m)
    return out


_COUNTRY_NOUNS = frozenset(["country", "nation", "island", "kingdom", "republic", "archipelago", "bloc"])
_PLURAL_NEXT = frozenset(["s"])  # tokens are split at the apostrophe: "the country's" is still the country
_ISLANDS = frozenset(["TWN", "JPN", "PHL", "LKA", "SGP", "CUB", "IDN", "GBR", "IRL", "NZL", "HKG"])


def _dateline_place(text: str, starts: list[int], sent_tok: list[tuple[int, int]], comp: _Compiled) -> str:
    """The country of the place a story is filed from when the lexicon knows the dateline's words only as
    a place ("NEW YORK —", "SAN DIEGO —", "WOODSIDE, Calif. —": a U.S. state's abbreviation), or ""."""
    places = load_lexicon().place_index
    for a, b in sent_tok[:3]:  # (the lead's dateline may follow a headline)
        end = discourse.dateline_end(text, starts[a]) if a < b else 0
        if end <= 0:
            continue
        toks, _, n = _title_tokens(text[starts[a]:end])
        for m in reversed(_find_mentions(toks, 0, n, comp)):  # ("WOODSIDE, Calif.": the state names the country)
            if m.kind == "place" and places.get(tuple(toks[m.ts:m.te])):
                return places[tuple(toks[m.ts:m.te])]
    return ""


def _title_tokens(head: str) -> tuple[list[str], int, int]:
    """The tokens of a dateline read in title case, and their range, for :func:`_find_mentions`."""
    toks = [t for t, _, _ in tokenize(head.title())]
    return toks, 0, len(toks)


def _without_dateline(text: str, starts: list[int], ends: list[int], mentions: list[_Mention]) -> list[_Mention]:
    """A dateline ("SINGAPORE — China's defence minister ...", "TAIPEI, Taiwan (AP) —") places the story;
    it is no actor."""
    if not mentions:
        return mentions
    first = starts[mentions[0].ts]
    end = discourse.dateline_end(text, first)
    if end < 0:  # "NEW DELHI —": the mention starts inside the dateline, after a short upper-case word
        line = text.rfind("\n", 0, first) + 1
        end = discourse.dateline_end(text, line) if first - line <= 12 else -1
    return [m for m in mentions if starts[m.ts] >= end] if end >= 0 else mentions


#: the last word of a role phrase that names one person's office, so that a name may follow it
_PERSON_TITLES = frozenset(
    "minister secretary spokesman spokeswoman spokesperson ambassador envoy president premier chancellor governor "
    "senator representative congressman congresswoman official director chairman chairwoman chair commander general "
    "admiral adviser advisor negotiator leader chief mayor undersecretary attorney prosecutor judge".split())
_NOT_NAMES = frozenset([*(d.lower() for d in calendar.day_name), *(m.lower() for m in calendar.month_name if m),
                        *"the a an on in at of and said says".split()])  # capitalised words that name no one


def _titled_names(toks: list[str], starts: list[int], text: str, a: int, b: int, mentions: list[_Mention],
                  covered: set[int]) -> list[tuple[_Mention, tuple[str, str]]]:
    """People the dictionaries do not know, named after their office ("Deputy Treasury Secretary Wally
    Adeyemo", "a foreign ministry spokesman, Lin Jian,"): the office's mention with the name's first and
    last words, by which the story calls the person later ("Mr. Adeyemo", "Lin")."""
    out: list[tuple[_Mention, tuple[str, str]]] = []
    for m in mentions:
        if m.kind not in ("role", "name") or m.person or (m.kind == "name" and not m.role) \
                or toks[m.te - 1] not in _PERSON_TITLES:
            continue
        j = m.te
        while j < b and j - m.te < 3 and _name_word(toks, starts, text, j, covered):
            j += 1
        if j - m.te >= 2 and (j >= b or not text[starts[j]].isupper()):
            out.append((m, (toks[m.te], toks[j - 1])))
    # ... and a name followed by its office in apposition ("Meng Wanzhou, Huawei's chief financial officer,")
    for office in mentions:
        if office.kind not in ("name", "role") or office.person or not office.countries:
            continue
        j = office.ts - 1 if office.ts - 1 > a and toks[office.ts - 1] in ("a", "an", "the") else office.ts
        if j - 2 <= a or "," not in text[starts[j - 1]:starts[j]]:
            continue
        i = j
        while i - 1 > a and j - i < 3 and _name_word(toks, starts, text, i - 1, covered):
            i -= 1
        if j - i >= 2:
            out.append((office, (toks[i], toks[j - 1])))
    return out


def _name_word(toks: list[str], starts: list[int], text: str, k: int, covered: set[int]) -> bool:
    """Whether token ``k`` can be a word of a person's name the dictionaries lack (capitalised, not a
    known mention, not a weekday, month or function word)."""
    return k not in covered and toks[k].isalpha() and toks[k] not in _NOT_NAMES and text[starts[k]].isupper() \
        and len(toks[k]) > 1


def _titled_aliases(toks: list[str], starts: list[int], text: str, sent_tok: list[tuple[int, int]],
                    sent_mentions: list[list[_Mention]], home: str = "") -> list[list[_Mention]]:
    """A person the dictionaries do not know, named after an office ("Deputy Treasury Secretary Wally
    Adeyemo said ..."), is that office when later called by a word of the name ("Mr. Adeyemo accused
    Beijing"); an office of no named country is the dateline's. A word two such people share refers
    to nobody."""
    alias: dict[str, _Mention | None] = {}
    out: list[list[_Mention]] = []
    for (a, b), mentions in zip(sent_tok, sent_mentions):
        covered = {i for m in mentions for i in range(m.ts, m.te)}
        extra = [attrs.evolve(m, ts=i, te=i + 1) for i in range(a, b)
                 if i not in covered and (m := alias.get(toks[i])) is not None and text[starts[i]].isupper()] \
            if alias else []
        out.append(sorted(mentions + extra, key=lambda m: m.ts) if extra else mentions)
        for m, words in _titled_names(toks, starts, text, a, b, mentions, covered):
            if not m.countries and home:
                m = attrs.evolve(m, kind="name", country=home)
            if m.countries:
                m = attrs.evolve(m, person=True)  # a person, whom "she" and "he" may take up
                for word in words:
                    known = alias.get(word, m)
                    alias[word] = m if known == m else None
    return out


def _short_names(toks: list[str], starts: list[int], text: str, sent_tok: list[tuple[int, int]],
                 sent_mentions: list[list[_Mention]]) -> list[list[_Mention]]:
    """A person named in full is later called by one of the name's words ("Defense Minister Li
    Shangfu ... Li declined", "Lloyd Austin ... Austin said"): capitalized, and not shared by two
    people named in the document."""
    alias: dict[str, _Mention | None] = {}
    out: list[list[_Mention]] = []
    recent: list[_Mention] = []  # the last countries named, for "the country", "the Baltic nation"
    islands: list[str] = []  # the last island countries named in any way ("Taiwan's president", "Taiwan Strait")
    for (a, b), mentions in zip(sent_tok, sent_mentions):
        covered = {i for m in mentions for i in range(m.ts, m.te)}
        extra = [attrs.evolve(m, ts=i, te=i + 1) for i in range(a, b)
                 if i not in covered and (m := alias.get(toks[i])) is not None and text[starts[i]].isupper()] \
            if alias else []
        for i in range(a, b):
            if toks[i] in _COUNTRY_NOUNS and i not in covered and i + 1 < len(toks) and toks[i + 1] not in _PLURAL_NEXT \
                    and not (toks[i] == "island" and toks[i + 1] in _COUNTRY_NOUNS):  # "island nation": the nation
                k = i - 1
                while k >= a and k > i - 4 and toks[k] != "the" and (text[starts[k]].isupper() or toks[k] == "island"):
                    k -= 1  # "the Baltic country", "the Asian nation", "the Pacific island nation"
                if k < a or toks[k] != "the" or k in covered:
                    continue
                first = mentions[0].countries if mentions and mentions[0].ts < k else ()
                seen = recent + [m for m in mentions if m.ts < k and (_is_countryish(m) or _is_bloc(m))]
                ante = next((m for m in reversed(seen) if m.countries and m.countries[0] not in first
                             and (toks[i] != "island" or m.countries[0] in _ISLANDS)
                             and (toks[i] == "bloc") == m.countries[0].startswith("IGO")), None)
                if ante is not None:
                    extra.append(attrs.evolve(ante, ts=k, te=i + 1))
                elif toks[i] == "island":  # "Taiwan's president ... drills around the island": the island named
                    c = next((c for c in reversed(islands + [x.countries[0] for x in mentions if x.ts < k
                                                             and x.countries and x.countries[0] in _ISLANDS])
                              if c not in first), "")
                    if c:
                        extra.append(_Mention(k, i + 1, "name", country=c))
        if extra:
            mentions = sorted(mentions + extra, key=lambda m: m.ts)
        out.append(mentions)
        recent.extend(m for m in mentions if _is_countryish(m) or _is_bloc(m))
        del recent[:-8]
        islands.extend(m.countries[0] for m in mentions if m.countries and m.countries[0] in _ISLANDS)
        if "taiwan" in toks[a:b] and not any(m.countries[:1] == ("TWN",) for m in mentions):
            islands.append("TWN")  # named only in "the Taiwan Strait"
        del islands[:-8]
        for m in mentions:
            if m.kind != "name" or not m.person:
                continue
            for n in m.names[:1]:
                if n.kind != "person" or len(n.tokens) < 2:
                    continue
                # (a title the dictionary keeps with the name is no alias: "Premier Li Qiang ... Li")
                given = n.tokens[1] if len(n.tokens) >= 3 and n.tokens[0] in _PERSON_TITLES else n.tokens[0]
                for word in (given, n.tokens[-1]):
                    if len(word) < 2 or word in _MODIFIER_STOP or word in _NOT_ADJECTIVAL:
                        continue  # "Moon Jae-in": never "In"
                    known = alias.get(word, m)
                    alias[word] = m if known is not None and known.names[:1] == m.names[:1] else None
    return out


_HEADING_DASH_RE = re.compile(r"\s*(?:[—–]|--|:)\s")


def _heading_date(text: str, s: int, dates: list[DateMention]) -> DateMention | None:
    """The day-precise date a paragraph opens with, before a dash or colon, as a roundup's or a timeline's
    item does ("MONDAY, FEB. 24 — China's commerce ministry said ...", "Aug. 4 — China fires missiles"): the
    paragraph's undated sentences are that day's."""
    if not dates or dates[0].start - s > 12 or _DATE_OPENING_RE.match(text, s) is None:
        return None  # (a weekday in capitals before the date, "MONDAY, FEB. 24", is no date of its own)
    k = 0
    while k + 1 < len(dates) and text[dates[k].end:dates[k + 1].start] in (", ", " "):
        k += 1  # "Monday, Feb. 24": the weekday and its date
    if _HEADING_DASH_RE.match(text, dates[k].end) is None:
        return None
    day = dates[k]
    return day if day.date is not None and day.precision == "day" else None


def _recent_day(dated: list[DateMention], published: _dt.date) -> DateMention | None:
    """The sentence's day-precise date of the past week, which the next undated sentence inherits."""
    days = [d for d in dated if d.precision == "day" and d.date is not None and 0 <= (published - d.date).days <= 7]
    return days[0] if len(days) == 1 and len(dated) == 1 else None


def _empty() -> EventTable:
    return EventTable.empty(date_phrase=np.dtypes.StringDType(), mode=np.dtypes.StringDType())


_Row = tuple[_dt.date, str, str, str, str, float, int, str, str, int, int, str, str]


def _headline_end(text: str) -> int:
    """End of the document's headline (a first line without closing punctuation before more text), or -1."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    nl = stripped.find("\n")
    if nl <= 0 or not stripped[nl:].strip():
        return -1
    line = stripped[:nl].rstrip()
    if not line or line[-1] in ".!?\"”:;," or len(line) > 200:
        return -1
    return lead + nl


_MEASURE_ROOTS = frozenset(["08", "16", "17"])


def _merge(raws: list[_Raw], published: _dt.date | None = None, headline_end: int = -1) -> list[tuple[_Raw, int]]:
    """One (first report, mentions) per distinct event of a document, in text order.

    The same (actor country, target country, code, date) told in several sentences is one event
    (with the most specific actor and target codes told); its ``mentions`` counts the sentences and
    the first report is the evidence. An event dated by default (no date
    phrase) that repeats an event dated by a phrase within the week before publication (a headline
    and its story's "on Wednesday") takes that date; a measure told again later in the story with
    its effective day ("from Feb. 10") is the measure already reported. A plan repeated as an act is an act. A headline's event that the story
    tells again between the same two countries is left to the story.
    """
    if headline_end > 0:
        body = [r for r in raws if r.start >= headline_end]
        body_pairs = {frozenset((r.actor[:3], r.target[:3])) for r in body}
        body_keys = {(r.actor, r.target, r.code) for r in body}
        # the story's report comes first (it is the evidence); the headline still counts as a mention
        head = [r for r in raws if r.start < headline_end and ((r.actor, r.target, r.code) in body_keys
                or frozenset((r.actor[:3], r.target[:3])) not in body_pairs)]
        raws = body + head
    if published is not None:
        dated: dict[tuple[str, str, str], _Raw] = {}
        for r in raws:
            if r.date_phrase and r.precision == "day" and 0 <= (published - r.date).days <= 7:
                dated.setdefault((r.actor[:3], r.target[:3], r.code), r)
        if dated:
            raws = [attrs.evolve(r, date=dated[k].date, date_phrase=dated[k].date_phrase)
                    if r.precision == "day" and (k := (r.actor[:3], r.target[:3], r.code)) in dated
                    and (not r.date_phrase or ((r.reported or r.retold) and r is not dated[k] and dated[k].date <= r.date))
                    else r for r in raws]  # (not an act dated to its year on purpose: a year-precise day is no date;
            # an act dated only by its report, "..., the Navy said on Monday", that retells Sunday's is Sunday's)
    if published is not None:
        # a plan told again without its date ("will travel to Vientiane from October 9 ... He will also pay an
        # official visit to Laos") is the dated plan
        planned: dict[tuple[str, str, str], _Raw] = {}
        for r in raws:
            if r.mode == "plan" and r.date_phrase and r.date > published:
                planned.setdefault((r.actor[:3], r.target[:3], r.code), r)
        if planned:
            raws = [attrs.evolve(r, date=p.date, precision=p.precision, date_phrase=p.date_phrase)
                    if r.mode == "plan" and not r.date_phrase and r.date == published
                    and (p := planned.get((r.actor[:3], r.target[:3], r.code))) is not None else r for r in raws]
    if published is not None:
        # a measure told as announced (dated up to a week before publication) and again with its
        # effective day ("from Feb. 10") is one measure: the later mention joins the first report
        told: dict[tuple[str, str, str], _Raw] = {}
        for r in raws:
            if r.code[:2] in _MEASURE_ROOTS and 0 <= (published - r.date).days <= 7:
                told.setdefault((r.actor[:3], r.target[:3], r.code), r)
        if told:
            raws = [attrs.evolve(r, date=t.date, precision=t.precision, date_phrase=t.date_phrase)
                    if r.code[:2] in _MEASURE_ROOTS and 0 < (r.date - published).days <= 62
                    and (t := told.get((r.actor[:3], r.target[:3], r.code))) is not None and t.start < r.start
                    else r for r in raws]
    merged: dict[tuple[Any, ...], list[Any]] = {}
    for r in raws:
        # one event per (actor country, target country, code, day): "China" and "China's foreign
        # ministry" protesting on the same day in the lead and the body are one protest
        key = (r.date, r.precision, r.actor[:3], r.target[:3], r.code)
        if key in merged:
            merged[key][1] += 1
            first = merged[key][0]
            if r.mode == "act" and first.mode != "act":
                first = attrs.evolve(first, mode="act")
            if len(r.actor) > len(first.actor):
                first = attrs.evolve(first, actor=r.actor)  # the more specific party ("CHNGOV" over "CHN")
            if len(r.target) > len(first.target):
                first = attrs.evolve(first, target=r.target)
            merged[key][0] = first
        else:
            merged[key] = [r, 1]
    return [(r, m) for r, m in sorted(merged.values(), key=lambda rm: rm[0].start)]


def _rows(raws: list[_Raw], text: str, source: str, published: _dt.date | None = None) -> list[_Row]:
    """One table row per distinct event of a document (see :func:`_merge`)."""
    return [(r.date, r.precision, r.actor, r.target, r.code, r.tension, m, text[r.start:r.end], source,
             r.start, r.end, r.date_phrase, r.mode) for r, m in _merge(raws, published, _headline_end(text))]


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
        mode=np.array(cols[12], dtype=np.dtypes.StringDType()),
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
        ``mode`` ``"act"``, or ``"plan"`` for an announced future act ("will
        visit", "plans to travel"), and an extra string column ``date_phrase``
        (the phrase the date came from, ``""`` when it is the publication day). Only events whose actor and target are both
        resolved, and in different countries, are kept (or, for a domestic
        event, one country's different roles with a societal role on one side:
        police and protesters).

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


def _coded_events(text: str, published: _dt.date | str) -> list[tuple[str, str, str, str, str, str]]:
    """(actor, target, code, date, precision, mode) of each distinct event of one text (for tests)."""
    pub = as_published(published)
    out = []
    for r in _merge(_events_in_document(text, pub), pub, _headline_end(text)):
        out.append((r[0].actor, r[0].target, r[0].code, r[0].date.isoformat(), r[0].precision, r[0].mode))
    return out


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
