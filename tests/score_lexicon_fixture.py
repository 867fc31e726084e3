"""A small lexicon with the shape of ``tension.text.lexicon`` (see LEXICON_CONTRACT.md) for scoring tests.

It is built to exercise the hard cases: overlapping multi-token phrases, tokens kept in
upper case ("US", "PRC"), tokens longer than 8 and 16 bytes, non-ASCII tokens, negators of
several tokens, terms whose negation is dropped, easing negators ("cut", "suspended") before conflictual
measures, and an actor phrase listed twice.
"""

from __future__ import annotations

import dataclasses
import functools

from tension import codebook
from tension.text.tokens import split_tokens


@dataclasses.dataclass(frozen=True)
class Term:
    tokens: tuple[str, ...]
    code: str
    tension: float
    negated_code: str | None
    negated_tension: float | None


@dataclasses.dataclass(frozen=True)
class ActorName:
    tokens: tuple[str, ...]
    code: str
    valid_from: object = None
    valid_to: object = None


@dataclasses.dataclass(frozen=True)
class Lexicon:
    terms: tuple[Term, ...]
    actors: tuple[ActorName, ...]
    negators: tuple[tuple[str, ...], ...]
    negator_kinds: tuple[str, ...]


ACTORS = [
    ("United States", "USA"), ("US", "USA"), ("U.S.", "USA"), ("America", "USA"), ("American", "USA"),
    ("Washington", "USAGOV"), ("White House", "USAGOV"), ("Antony Blinken", "USAGOV"), ("Blinken", "USAGOV"),
    ("State Department", "USAGOV"), ("Pentagon", "USAMIL"), ("Biden", "USAGOV"), ("Biden", "USAGOV"),
    ("China", "CHN"), ("Chinese", "CHN"), ("PRC", "CHN"), ("Beijing", "CHNGOV"), ("Xi Jinping", "CHNGOV"),
    ("Xi", "CHNGOV"), ("People's Liberation Army", "CHNMIL"), ("South China Sea", "SCS"),
    ("Zhōngguó", "CHN"), ("Taiwan", "TWN"), ("Taipei", "TWNGOV"),
]

TERMS = [
    ("signed a trade agreement", "057", None), ("trade agreement", "057", None), ("trade deal", "057", None),
    ("signed", "057", None), ("sign", "057", None), ("agree", "036", "125"), ("agreed", "036", "125"),
    ("agreed to boost", "0311", "125"), ("imposed sanctions", "163", None), ("sanctions", "172", None),
    ("impose sanctions", "163", None), ("lifted sanctions", "085", "163"), ("visit", "042", "125"),
    ("visited", "042", "125"), ("talks", "046", "125"), ("meet", "036", "125"), ("met", "040", "125"),
    ("criticized", "111", None), ("accused", "112", None), ("threatened", "138", None),
    ("spy balloon", "112", None), ("call off", "161", None), ("called off", "161", None),
    ("cooperation", "061", "160"), ("cooperate", "061", "160"), ("progress", "046", "160"),
    ("counterintelligence operations", "1711", None), ("denuclearization talks", "046", "125"),
    ("praised", "051", None), ("attack", "190", None), ("US", "012", None), ("statement", "012", None),
    ("réunion", "043", None), ("sanctions", "163", None), ("tariffs", "163", None), ("export controls", "1721", None),
]

NEGATORS = ["not", "no", "never", "didn't", "did not", "without", "no longer", "refused to", "declined to",
            "failed to", "n't", "called off", "suspended", "cut", "rolled back"]
NEGATOR_KINDS = ["negate"] * 7 + ["refuse"] * 3 + ["negate", "cancel", "cancel", "ease", "ease"]


def _tension(code: str) -> float:
    return float(codebook.tension_of([code])[0])


@functools.cache
def fixture_lexicon() -> Lexicon:
    """The fixture lexicon (cached, hashable)."""
    terms = tuple(
        Term(tuple(split_tokens(p)), c, _tension(c), n, None if n is None else _tension(n)) for p, c, n in TERMS
    )
    actors = tuple(ActorName(tuple(split_tokens(p)), c) for p, c in ACTORS)
    negators = tuple(tuple(split_tokens(n)) for n in NEGATORS)
    return Lexicon(terms, actors, negators, tuple(NEGATOR_KINDS))
