"""The small language rules that extraction and scoring share: abbreviations and negation.

The sentence splitter (:mod:`tension.text.sentences`), the extractor
(:mod:`tension.text.extract`) and the bulk scorer (:mod:`tension.text.score`)
apply these rules by different means (string scans, numpy over token ids); the
word lists and windows themselves live only here. Words are normalized tokens
(:func:`tension.text.tokens.normalize_token`).

Examples
--------
>>> from tension.text.rules import ABBREVIATIONS, NEGATION_WINDOWS, negation_window
>>> "gen" in ABBREVIATIONS, negation_window("refuse"), negation_window("unknown kind")
(True, 4, 3)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "PERFECT_AUX",
    "TITLES",
    "MONTH_ABBREVIATIONS",
    "NUMBER_ABBREVIATIONS",
    "SUFFIX_ABBREVIATIONS",
    "ABBREVIATIONS",
    "NEGATION_WINDOWS",
    "NEGATION_BLOCKERS",
    "negation_window",
    "EASING_KINDS",
    "REPORTING_VERBS",
    "BE_FORMS",
    "IRREGULAR_PARTICIPLES",
    "WEEKDAYS",
]

#: Titles before a name: a "." after them never ends a sentence ("Gen. Li", "Mr. Blinken").
TITLES: frozenset[str] = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr sgt adm gov sen rep rev st mt ft fr pres amb sec supt insp "
    "messrs mme mlle hon det cpl pvt gens brig atty".split()
)
#: Month abbreviations ("Jan. 5") and their months.
MONTH_ABBREVIATIONS: Mapping[str, int] = MappingProxyType({
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
})
#: Abbreviations that stand before a number or a name ("No. 5", "vs. China").
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    "no nos vol art fig approx est dept univ ave blvd rd vs v cf al ca".split()
)
#: Company and name suffixes ("Co.", "Inc.", "Jr."): they may also end a sentence.
SUFFIX_ABBREVIATIONS: frozenset[str] = frozenset("co corp inc ltd plc llc bros jr sr etc".split())
#: Words after which a "." does not end a sentence for the bulk scorer, which cannot look at the
#: next word as the sentence splitter does: titles, months, suffixes and "vs".
ABBREVIATIONS: frozenset[str] = TITLES | set(MONTH_ABBREVIATIONS) | SUFFIX_ABBREVIATIONS | {"vs"}

#: Verbs of saying: the speaker stands before them ("X said ...") or after them at the end of the
#: clause ("..., X said"). The one base list of the extractor's speaker, clause and story rules;
#: :mod:`~tension.text.clauses` adds the verbs of claiming, :mod:`~tension.text.discourse` those of
#: announcing, each for its own rule.
REPORTING_VERBS: frozenset[str] = frozenset(
    "said says say stated states told tells added adds noted notes wrote writes".split()
)

#: The forms of "be" (before a passive participle: "was released", "were placed under arrest").
BE_FORMS: frozenset[str] = frozenset("is are was were be been being".split())

#: What may follow a reporting verb before what it reports or after the sentence it closes: its day or
#: its medium ("said on Thursday", "said in a statement", "said late Monday").
REPORT_TAIL: frozenset[str] = frozenset(["on", "in", "a", "an", "the", "statement", "today", "yesterday", "monday",
                                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "late",
                                        "early", "also"])

#: The auxiliaries of the perfect ("has accused", "had detained").
PERFECT_AUX: frozenset[str] = frozenset(["has", "have", "had"])

#: Negator kinds (``Lexicon.negator_kinds``) and how many tokens may stand between negator and term.
#: Irregular past participles (forms that do not end in "-ed") that open a passive, a participle phrase or a
#: phrase term: "an appeal, issued ... *held* in The Hague", "the tariffs *put* on ...", "was *taken* into custody".
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    "held made led known seen built brought sent struck shot won begun taken given written drawn set put laid "
    "shown met beaten thrown driven caught kept hit".split()
)
#: ``ease`` ("cut", "lifted", "rolled back") is the bulk scorer's: the extractor reads those verbs through
#: its verb patterns instead.
NEGATION_WINDOWS: dict[str, int] = {"negate": 3, "refuse": 4, "cancel": 4, "ease": 4}
#: Negator kinds that ease a conflictual measure they negate ("suspended the tariffs", "cut its duties"): the
#: measure's easing code scores (:func:`tension.text.signs.eased_measure`), not its plain negation.
EASING_KINDS: frozenset[str] = frozenset({"cancel", "ease"})
#: Words between a negator and a term that stop the negation ("did not say that ... agreed"; "declined to say
#: when he would travel": the question is no act refused).
NEGATION_BLOCKERS: frozenset[str] = frozenset({"that", "which", "who", "because", "and", "but", "when", "whether", "where", "why"})


def negation_window(kind: str) -> int:
    """Tokens that may stand between a negator of ``kind`` and the term it negates (unknown kinds: ``negate``).

    Examples
    --------
    >>> negation_window("negate"), negation_window("cancel")
    (3, 4)
    """
    return NEGATION_WINDOWS.get(kind, NEGATION_WINDOWS["negate"])

#: The days of the week, lower-cased as tokens ("said on *Monday*", "TUESDAY, AUG. 16 —").
WEEKDAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: The months, lower-cased as tokens, with their abbreviations ("last *October*", "*Feb.* 14").
MONTHS: frozenset[str] = frozenset("january february march april may june july august september october november "
                                   "december jan feb mar apr jun jul aug sep sept oct nov dec".split())
