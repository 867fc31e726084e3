"""The packaged lexicon: actor names, event terms and negators, as data.

One source of truth shared by the sentence-level extractor
(:func:`tension.extract_events`) and any corpus scorer. The phrases live in
``tension/data/actors.tsv``, ``regions.tsv``, ``places.tsv``,
``event_terms.tsv``, ``negators.tsv`` and ``roles.tsv`` (the project's layer),
over the tables derived from the PETRARCH2/Phoenix dictionaries
(``petrarch_actors.tsv``, ``petrarch_places.tsv``, ``agents.tsv``,
``discards.tsv``; sources and rules in ``tension/data/README.md``); this
module tokenizes them with the ONE tokenization rule (:func:`tension.text.tokens.tokenize`),
expands verb inflections and joins each event code to its tension (minus
Goldstein) from the codebook.

Phrases are tokenized by the project's one tokenization rule,
:func:`tension.text.tokens.tokenize`.

Examples
--------
>>> from tension.text.lexicon import load_lexicon, tokens_of
>>> tokens_of("The U.S. and China’s PLA didn't meet.")
('the', 'u', 's', 'and', 'china', 's', 'PLA', 'didn', 't', 'meet')
>>> lex = load_lexicon()
>>> term = lex.term_index[("visited",)]
>>> term.code, term.tension, term.negated_code
('042', -1.9, '160')
>>> [a.code for a in lex.actor_index[("beijing",)]]
['CHN']
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from .. import codebook
from .._packaged import read_tsv
from .._values import parse_day
from ..exceptions import SchemaError
from .rules import NEGATION_WINDOWS
from .tokens import split_tokens

__all__ = [
    "BARE_PARTICIPLES",
    "ActorName",
    "Lexicon",
    "Role",
    "Term",
    "VerbPattern",
    "inflect",
    "load_lexicon",
    "load_verb_patterns",
    "tokens_of",
]


def tokens_of(phrase: str) -> tuple[str, ...]:
    """The normalized tokens of a phrase, as data-file phrases are matched.

    Examples
    --------
    >>> tokens_of("U.S. State Department")
    ('u', 's', 'state', 'department')
    """
    return tuple(split_tokens(phrase))


# ---------------------------------------------------------------- inflection

# Irregular verbs: lemma -> (past, past participle). Third person and -ing are regular.
_IRREGULAR: dict[str, tuple[str, str]] = {
    "meet": ("met", "met"), "hold": ("held", "held"), "send": ("sent", "sent"), "seek": ("sought", "sought"),
    "take": ("took", "taken"), "give": ("gave", "given"), "break": ("broke", "broken"), "fight": ("fought", "fought"),
    "shoot": ("shot", "shot"), "strike": ("struck", "struck"), "sell": ("sold", "sold"), "tell": ("told", "told"),
    "say": ("said", "said"), "speak": ("spoke", "spoken"), "lead": ("led", "led"), "go": ("went", "gone"),
    "come": ("came", "come"), "make": ("made", "made"), "begin": ("began", "begun"), "win": ("won", "won"),
    "bring": ("brought", "brought"), "buy": ("bought", "bought"), "throw": ("threw", "thrown"),
    "draw": ("drew", "drawn"), "withdraw": ("withdrew", "withdrawn"), "forbid": ("forbade", "forbidden"),
    "freeze": ("froze", "frozen"), "steal": ("stole", "stolen"), "shut": ("shut", "shut"), "cut": ("cut", "cut"),
    "put": ("put", "put"), "set": ("set", "set"), "let": ("let", "let"), "hit": ("hit", "hit"),
    "quit": ("quit", "quit"), "spread": ("spread", "spread"), "beat": ("beat", "beaten"), "keep": ("kept", "kept"),
    "leave": ("left", "left"), "lose": ("lost", "lost"), "pay": ("paid", "paid"), "lay": ("laid", "laid"),
    "rise": ("rose", "risen"), "stand": ("stood", "stood"), "fly": ("flew", "flown"), "blow": ("blew", "blown"),
    "sink": ("sank", "sunk"), "see": ("saw", "seen"), "write": ("wrote", "written"), "forgive": ("forgave", "forgiven"),
    "build": ("built", "built"), "swear": ("swore", "sworn"), "undertake": ("undertook", "undertaken"),
    "overtake": ("overtook", "overtaken"), "bid": ("bid", "bid"), "slay": ("slew", "slain"), "lend": ("lent", "lent"),
    "spend": ("spent", "spent"), "feel": ("felt", "felt"), "find": ("found", "found"), "get": ("got", "gotten"),
    "know": ("knew", "known"), "run": ("ran", "run"), "sit": ("sat", "sat"), "shake": ("shook", "shaken"),
    "ride": ("rode", "ridden"), "drive": ("drove", "driven"), "arise": ("arose", "arisen"), "bear": ("bore", "borne"),
    "withhold": ("withheld", "withheld"),
}
#: verbs whose past participle is the bare lemma ("was hit", "were cut", "was put"), from the table above
BARE_PARTICIPLES: frozenset[str] = frozenset(w for w, (_, pp) in _IRREGULAR.items() if pp == w)
# Multi-syllable verbs that double their last consonant; -l verbs get both spellings.
_DOUBLE = frozenset(
    ["expel", "compel", "propel", "patrol", "control", "commit", "admit", "submit", "permit", "omit", "regret", "refer", "prefer", "confer", "deter", "occur", "transfer", "rebut", "equip", "embed", "acquit"]
)
_DOUBLE_L_BOTH = frozenset(
    ["cancel", "travel", "signal", "label", "model", "channel", "fuel", "level", "total", "counsel", "dial", "marshal", "quarrel", "shovel"]
)
_VOWELS = frozenset("aeiou")


def _cvc(word: str) -> bool:
    """Monosyllabic consonant-vowel-consonant ending that doubles (stop, ban, slam)."""
    if len(word) < 3 or word[-1] in "wxy" or word[-1] in _VOWELS:
        return False
    if word[-2] not in _VOWELS or word[-3] in _VOWELS:
        return False
    return sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS)) == 1


def inflect(lemma: str) -> tuple[str, ...]:
    """The surface forms of an English verb: base, 3rd person, past, participle, -ing.

    Examples
    --------
    >>> inflect("visit")
    ('visit', 'visits', 'visited', 'visiting')
    >>> inflect("meet")
    ('meet', 'meets', 'met', 'meeting')
    >>> inflect("cancel")
    ('cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling')
    >>> inflect("deny")[:3], inflect("ban")[2], inflect("agree")[2:]
    (('deny', 'denies', 'denied'), 'banned', ('agreed', 'agreeing'))
    """
    w = lemma
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = w + "es"
    elif len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    stems: list[str]
    if w in _DOUBLE_L_BOTH:
        stems = [w + w[-1], w]
    elif w in _DOUBLE or _cvc(w):
        stems = [w + w[-1]]
    else:
        stems = [w]
    pasts: list[str] = []
    ings: list[str] = []
    for s in stems:
        if s.endswith("e"):
            pasts.append(s + "d")
            if s.endswith("ie"):
                ings.append(s[:-2] + "ying")
            else:
                ings.append(s + "ing" if s.endswith(("ee", "ye", "oe")) else s[:-1] + "ing")
        elif len(s) > 1 and s.endswith("y") and s[-2] not in _VOWELS:
            pasts.append(s[:-1] + "ied")
            ings.append(s + "ing")
        else:
            pasts.append(s + "ed")
            ings.append(s + "ing")
    if w in _IRREGULAR:
        pasts = list(dict.fromkeys(_IRREGULAR[w]))
    forms = [w, third, *pasts, *ings]
    return tuple(dict.fromkeys(forms))


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if len(noun) > 1 and noun.endswith("y") and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


# ---------------------------------------------------------------- records


@attrs.frozen
class Term:
    """One surface form of an event term.

    Attributes
    ----------
    tokens : tuple of str
        Normalized tokens, e.g. ``("imposed", "sanctions")``.
    code : str
        CAMEO event code; ``tension`` is minus its Goldstein value.
    negated_code : str or None
        The code when the term is negated or reversed; ``None`` drops the event.
    kind : str
        ``verb``, ``noun`` or ``phrase`` (as in the data file).
    lemma : str
        The data-file phrase this form was made from.
    """

    tokens: tuple[str, ...]
    code: str
    tension: float
    negated_code: str | None
    negated_tension: float | None
    kind: str
    lemma: str


@attrs.frozen
class ActorName:
    """One actor phrase with its CAMEO-style code and the dates it is valid (inclusive)."""

    tokens: tuple[str, ...]
    code: str
    valid_from: _dt.date | None
    valid_to: _dt.date | None
    kind: str
    phrase: str

    @property
    def country(self) -> str:
        """The three-letter country (or IGO) part of the code."""
        return self.code[:3]

    def valid_on(self, day: _dt.date) -> bool:
        """Whether the name carries this code on ``day``.

        Examples
        --------
        >>> a = ActorName(("blinken",), "USAGOV", _dt.date(2021, 1, 26), _dt.date(2025, 1, 19), "person", "Blinken")
        >>> a.valid_on(_dt.date(2023, 6, 19)), a.valid_on(_dt.date(2019, 1, 1))
        (True, False)
        """
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@attrs.frozen
class Role:
    """A role noun ("officials", "navy") that takes its country from a preceding name."""

    tokens: tuple[str, ...]
    role: str


@attrs.frozen(eq=False)
class Lexicon:
    """The compiled lexicon (immutable; build it with :func:`load_lexicon`)."""

    terms: tuple[Term, ...]
    actors: tuple[ActorName, ...]
    negators: tuple[tuple[str, ...], ...]
    negator_kinds: tuple[str, ...]
    roles: tuple[Role, ...]
    term_index: Mapping[tuple[str, ...], Term]
    actor_index: Mapping[tuple[str, ...], tuple[ActorName, ...]]
    negator_index: Mapping[tuple[str, ...], str]
    role_index: Mapping[tuple[str, ...], str]
    places: tuple[tuple[str, ...], ...] = ()
    #: place tokens -> the country the place is in ("" for seas and disputed features)
    place_index: Mapping[tuple[str, ...], str] = attrs.field(factory=lambda: MappingProxyType({}))
    #: agent nouns from PETRARCH's agent dictionary -> CAMEO role ("farmers" -> "AGR")
    agent_index: Mapping[tuple[str, ...], str] = attrs.field(factory=lambda: MappingProxyType({}))
    #: the tokens of the places of kind ``state`` in ``places.tsv`` (US states): a state's government acts
    #: when its name opens a clause before the verb ("Missouri sued China")
    states: frozenset[tuple[str, ...]] = frozenset()
    #: PETRARCH discard phrases -> "sentence" or "story" (text not to code)
    discard_index: Mapping[tuple[str, ...], str] = attrs.field(factory=lambda: MappingProxyType({}))


# ---------------------------------------------------------------- loading


def _date(value: str, name: str, row: dict[str, str]) -> _dt.date | None:
    if not value:
        return None
    try:
        return parse_day(value, name)
    except SchemaError:
        raise SchemaError(name, "an ISO date or empty", value, int(row["_line"])) from None


def _tension(code: str, row: dict[str, str]) -> float:
    if not code or not bool(codebook.is_known([code])[0]):
        raise SchemaError("code", "a CAMEO code from the codebook", code, int(row["_line"]))
    return float(codebook.tension_of([code])[0])


def _surface_forms(phrase: str, kind: str) -> list[tuple[str, ...]]:
    toks = tokens_of(phrase)
    if not toks:
        return []
    if kind == "verb":
        return [(form, *toks[1:]) for form in inflect(toks[0])]
    if kind == "noun":
        return [toks, (*toks[:-1], _plural(toks[-1]))]
    return [toks]


def _build_terms(rows: Iterable[dict[str, str]]) -> tuple[Term, ...]:
    out: dict[tuple[str, ...], Term] = {}
    for row in rows:
        kind = row["kind"]
        if kind not in ("verb", "noun", "phrase"):
            raise SchemaError("kind", "verb, noun or phrase", kind, int(row["_line"]))
        code = row["code"]
        neg = row["negated_code"] or None
        tension = _tension(code, row)
        neg_tension = _tension(neg, row) if neg else None
        for toks in _surface_forms(row["phrase"], kind):
            out.setdefault(toks, Term(toks, code, tension, neg, neg_tension, kind, row["phrase"]))
    return tuple(out.values())


def _build_actors(rows: Iterable[dict[str, str]]) -> tuple[ActorName, ...]:
    out = []
    for row in rows:
        code = row["code"]
        if not (len(code) >= 3 and code.isalnum() and code.isupper()):
            raise SchemaError("code", "an upper-case CAMEO-style actor code", code, int(row["_line"]))
        toks = tokens_of(row["phrase"])
        if toks:
            vf = _date(row["valid_from"], "valid_from", row)
            vt = _date(row["valid_to"], "valid_to", row)
            out.append(ActorName(toks, code, vf, vt, row["kind"], row["phrase"]))
            dotted = _dotted(row["phrase"])
            if dotted:
                out.append(ActorName(dotted, code, vf, vt, row["kind"], row["phrase"]))
    return tuple(out)


def _dotted(phrase: str) -> tuple[str, ...]:
    """The tokens of a name whose first word is an initialism, as papers that dot initialisms write it
    ("FBI" -> "F.B.I.", "CIA Director" -> "C.I.A. Director", New York Times style); () for other names.

    >>> _dotted("FBI"), _dotted("CIA Director John Brennan")[:4], _dotted("Beijing")
    (('f', 'b', 'i'), ('c', 'i', 'a', 'director'), ())
    """
    first, _, rest = phrase.partition(" ")
    if not (2 <= len(first) <= 5 and first.isascii() and first.isalpha() and first.isupper()):
        return ()
    return tuple(first.lower()) + tokens_of(rest)


# ---------------------------------------------------------------- PETRARCH layer
# The project's own files (actors.tsv, regions.tsv, places.tsv, roles.tsv) are the top layer;
# the files derived from the PETRARCH2/Phoenix dictionaries by scripts/derive_petrarch_actors.py
# (petrarch_actors.tsv, petrarch_places.tsv, agents.tsv, discards.tsv) lie under it: a phrase
# the project layer has hides every PETRARCH row with the same tokens.

#: PETRARCH actor kinds loaded into the lexicon. Person rows (29,000 office holders of 1979-2015,
#: most of them ministers of small states) are left out: their open-ended terms end in 2015 and
#: they add compile time without helping 2017-2025 news (see tension/data/README.md).
_PETRARCH_KINDS = frozenset(["country", "institution", "igo", "group", "person"])
#: The PETRARCH2 person rows end with the dictionary (2015): an open-ended office there is not known to
#: last, so a person row without an end date ends on this day; after it the name gives its country only.
_PERSON_HORIZON = _dt.date(2015, 12, 31)


def _horizon(a: ActorName) -> ActorName:
    if a.kind != "person" or a.valid_to is not None:
        return a
    if a.valid_from is not None and a.valid_from > _PERSON_HORIZON:
        return a
    return attrs.evolve(a, valid_to=_PERSON_HORIZON)


def _layered_actors(
    project: tuple[ActorName, ...], roles: Mapping[tuple[str, ...], str]
) -> tuple[tuple[ActorName, ...], dict[tuple[str, ...], str]]:
    """Project actors + regions, then PETRARCH actors whose tokens the project layer lacks.

    A phrase of the project's actors, regions or roles ("secretary of state" is a role there)
    hides every PETRARCH row with the same tokens; places hide PETRARCH actors too.
    """
    regions = tuple(
        ActorName(toks, row["code"], None, None, "region", row["phrase"])
        for row in read_tsv("regions.tsv")
        if (toks := tokens_of(row["phrase"]))
    )
    taken = {a.tokens for a in project} | {a.tokens for a in regions} | set(roles)
    place_index: dict[tuple[str, ...], str] = {}
    for name in ("places.tsv", "petrarch_places.tsv"):
        for row in read_tsv(name):
            toks = tokens_of(row["phrase"])
            if toks and toks not in taken:
                place_index.setdefault(toks, row.get("code") or "")
    # a PETRARCH person row ending in a person the project layer knows ("Russian President Vladimir
    # Putin") is that person's: the project's dates win
    people = {a.tokens for a in project if a.kind == "person"}
    petrarch = tuple(
        _horizon(a) for a in _build_actors(read_tsv("petrarch_actors.tsv", where=("kind", _PETRARCH_KINDS)))
        if a.tokens not in taken and a.tokens not in place_index and (a.kind != "person" or (
            len(a.tokens) > 1 and not any(a.tokens[k:] in people for k in range(1, len(a.tokens)))))
    )
    return project + regions + petrarch, place_index


@functools.cache
def load_lexicon() -> Lexicon:
    """Load and compile the packaged lexicon (cached; the result is immutable).

    Returns
    -------
    Lexicon
        ``terms`` (one per inflected surface form), ``actors`` (the project's
        actors and regions, then the PETRARCH actors whose tokens the project
        layer lacks), ``negators`` (with ``negator_kinds``: ``negate``,
        ``refuse``, ``cancel`` or ``ease``, the easing verbs only the bulk scorer reads), ``roles``, ``places`` (names that are never
        actors: "South China Sea", "New Mexico", "Hiroshima", "Xinjiang"),
        ``place_index`` (place -> country it lies in, or ``""``),
        ``agent_index`` (PETRARCH agent noun -> role), ``discard_index``
        (PETRARCH discard phrase -> ``sentence`` or ``story``) and dict-like
        indexes keyed by token tuples.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex.term_index[("imposed", "sanctions")].tension
    8.0
    >>> lex.negator_index[("declined", "to")]
    'refuse'
    >>> sorted({a.code for a in lex.actor_index[("xi", "jinping")]})
    ['CHNGOV']
    >>> [a.code for a in lex.actor_index[tokens_of("China's Taiwan region")]]
    ['TWN']
    >>> lex.place_index[("hiroshima",)], ("hiroshima",) in lex.actor_index
    ('JPN', False)
    >>> lex.agent_index[("warships",)]
    'MIL'
    """
    terms = _build_terms(read_tsv("event_terms.tsv"))
    neg_rows = read_tsv("negators.tsv")
    negators: dict[tuple[str, ...], str] = {}
    for row in neg_rows:
        if row["kind"] not in NEGATION_WINDOWS:
            raise SchemaError("kind", ", ".join(NEGATION_WINDOWS), row["kind"], int(row["_line"]))
        toks = tokens_of(row["phrase"])
        if toks:
            negators.setdefault(toks, row["kind"])
    roles: dict[tuple[str, ...], str] = {}
    for row in read_tsv("roles.tsv"):
        toks = tokens_of(row["phrase"])
        if toks:
            roles.setdefault(toks, row["role"])
    actors, place_index = _layered_actors(_build_actors(read_tsv("actors.tsv")), roles)
    actor_index: dict[tuple[str, ...], list[ActorName]] = {}
    for a in actors:
        actor_index.setdefault(a.tokens, []).append(a)
    agents = {t: r["role"] for r in read_tsv("agents.tsv") if (t := tokens_of(r["phrase"]))}
    discards = {t: r["scope"] for r in read_tsv("discards.tsv") if (t := tokens_of(r["phrase"]))}
    states = frozenset(t for r in read_tsv("places.tsv") if r["kind"] == "state" and not r["phrase"].endswith(".")
                       and (t := tokens_of(r["phrase"])))  # (not the AP abbreviations of datelines)
    return Lexicon(
        places=tuple(place_index),
        states=states,
        place_index=MappingProxyType(place_index),
        agent_index=MappingProxyType(agents),
        discard_index=MappingProxyType(discards),
        terms=terms,
        actors=actors,
        negators=tuple(negators),
        negator_kinds=tuple(negators.values()),
        roles=tuple(Role(t, r) for t, r in roles.items()),
        term_index=MappingProxyType({t.tokens: t for t in terms}),
        actor_index=MappingProxyType({k: tuple(v) for k, v in actor_index.items()}),
        negator_index=MappingProxyType(negators),
        role_index=MappingProxyType(roles),
    )


# ---------------------------------------------------------------- CAMEO verb patterns (PETRARCH2)


@attrs.frozen
class VerbPattern:
    """One row of ``verb_patterns.tsv`` (derived from the PETRARCH2 CAMEO verb dictionary).

    ``kind`` is ``verb`` (``lemma`` with its surface ``forms``; ``pattern`` is ``*``) or
    ``pattern`` (words around the verb ``*`` of every verb of the ``block``); ``code`` is the
    CAMEO code, ``""`` for "no event".
    """

    block: int
    kind: str
    lemma: str
    forms: tuple[tuple[str, ...], ...]
    pattern: str
    code: str
    line: int


@functools.cache
def load_verb_patterns() -> tuple[tuple[VerbPattern, ...], Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]]]:
    """The CAMEO verb dictionary rows and synsets (``&name`` -> (phrase tokens, takes a plural)).

    Examples
    --------
    >>> rows, synsets = load_verb_patterns()
    >>> next(r.code for r in rows if r.kind == "verb" and r.lemma == "call off")
    '160'
    >>> (("weapon",), True) in synsets["&weapon"]
    True
    """
    rows = []
    for row in read_tsv("verb_patterns.tsv"):
        code = row["code"]
        if code:
            _tension(code, row)
        forms = tuple(tokens_of(f) for f in row["forms"].split("|") if f) if row["forms"] else ()
        rows.append(VerbPattern(int(row["block"]), row["kind"], row["verb"], forms, row["pattern"], code,
                                int(row["line"])))
    synsets: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for row in read_tsv("verb_synsets.tsv"):
        synsets.setdefault(row["synset"], []).append((tokens_of(row["phrase"]), row["plural"] == "yes"))
    return tuple(rows), MappingProxyType({k: tuple(v) for k, v in synsets.items()})
