"""Evaluate ``tension.extract_events`` on the annotated dev set in ``devset/``.

Usage::

    python scripts/evaluate_devset.py [--split dev|test|all] [--sample N] [--seed S]
                                      [--kind sentences|documents|all] [--floors FILE]
                                      [--json FILE] [--errors N] [--check]

It prints precision, recall, sign, root, date, precision-of-date, role and mode
accuracy and must-not violations per CAMEO root, per failure family and in total,
and for the news leads (family ``lead``) the share with the net sign right, the
share dated right and the share of distractor leads left clean (see ``LeadTally``).
With ``--floors FILE`` (JSON, see ``devset/README.md``) it exits with status 1 when
a figure falls below its floor (or above its ceiling); ``--check`` only validates
the data files (status 1 on any problem).

The script uses nothing of the extractor but the public ``tension.extract_events``
(and ``tension.codebook`` for the gold codes), so it keeps working while the
extractor is rewritten. An extracted event without a ``mode`` is an ``"act"``.

Matching rule (documented in ``devset/README.md``): an extracted event *matches* a
gold event of the same item when the actor's and the target's entities agree (the
country: the first three letters of the CAMEO actor code, or six for IGO/NGO/MNC/
IMG codes; the roles may differ and are scored apart as role accuracy), in either
order when the gold event is ``symmetric``, and, when the gold event gives
``evidence``, the extracted event's span overlaps an occurrence of it. Within an
item each gold and each extracted event is used once; among the candidate pairs
the best agreeing ones (root, then sign, then date, then role) are paired first.
Accuracies (root, sign, date, date precision, role, mode) are over matched pairs.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Evaluate the tree this script sits in, also when another copy of tension is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tension
from tension import codebook

DEVSET = Path(__file__).resolve().parent.parent / "devset"

FAMILIES = {
    "silence": "1 plain events: nominal events, verbs/idioms outside a small lexicon, any pair of countries",
    "sign": "2 sign flips: de-escalation, refusals, called off, talks without a deal, appeals/demands",
    "who": "3 who did it to whom: places, list members, 'China's Taiwan region', agent nouns, passives",
    "state": "4 states vs acts vs plans, announced acts, repeated mentions",
    "date": "5 dates: relative clauses, future weekdays, undated background",
    "codebook": "CAMEO-codebook-style example sentences, one or more per root",
    "lead": "news leads: the first sentence(s) of a story, with net sign and date of the lead's main event",
    "distractor": "no event at all (or only must-not cases)",
}
ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
PRECISIONS = tension.schema.PRECISIONS
MODES = tension.schema.MODES  # "act", "plan": the model's one list
SPLITS = ("dev", "test")
_ORG_PREFIXES = ("IGO", "NGO", "MNC", "IMG")
#: |tension| below this is neutral (sign 0): statements like 010-013.
NEUTRAL = 1.0


class DevsetError(ValueError):
    """A dev-set file breaks the format (the message names file, line and field)."""


# --------------------------------------------------------------------------- data


@dataclass
class Gold:
    actor: str
    target: str
    code: str
    date: _dt.date
    precision: str
    mode: str = "act"
    symmetric: bool = False
    required: bool = True
    alt_codes: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    note: str = ""

    @property
    def root(self) -> str:
        return str(codebook.root([self.code])[0])

    @property
    def roots(self) -> set[str]:
        return {str(r) for r in codebook.root([self.code, *self.alt_codes])}

    @property
    def sign(self) -> int:
        return _sign(float(codebook.tension_of([self.code])[0]))


@dataclass
class MustNot:
    actor: str = ""
    target: str = ""
    root: str = ""
    code: str = ""
    sign: int | None = None
    mode: str = ""
    date: _dt.date | None = None
    evidence: str = ""
    note: str = ""


@dataclass
class Item:
    id: str
    kind: str  # "sentence" | "document"
    split: str
    published: _dt.date
    text: str
    families: tuple[str, ...]
    events: list[Gold]
    must_not: list[MustNot]
    where: str = ""


@dataclass
class Extracted:
    actor: str
    target: str
    code: str
    date: _dt.date
    precision: str
    mode: str
    tension: float
    start: int
    end: int

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def sign(self) -> int:
        return _sign(self.tension)


def _sign(t: float) -> int:
    return 0 if abs(t) < NEUTRAL else (1 if t > 0 else -1)


def entity(code: str) -> str:
    """The country (or organisation) an actor code belongs to: ``CHNMIL`` -> ``CHN``."""
    return code[:6] if code[:3] in _ORG_PREFIXES else code[:3]


def _date(value: Any, where: str, name: str) -> _dt.date:
    if not isinstance(value, str):
        raise DevsetError(f"{where}: field {name!r}: expected an ISO date string, got {value!r}")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DevsetError(f"{where}: field {name!r}: expected an ISO date YYYY-MM-DD, got {value!r}") from None


def _known(code: str) -> bool:
    return bool(codebook.is_known([code])[0])


def _code(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str) or not _known(value):
        raise DevsetError(f"{where}: field {name!r}: expected a CAMEO code of tension.codebook, got {value!r}")
    return value


def _actor(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str) or len(value) < 3 or not value.isalnum() or not value.isupper():
        raise DevsetError(f"{where}: field {name!r}: expected a CAMEO actor code like 'CHNGOV', got {value!r}")
    return value


def _gold(raw: dict[str, Any], where: str, text: str) -> Gold:
    allowed = {
        "actor",
        "target",
        "code",
        "root",
        "date",
        "precision",
        "mode",
        "symmetric",
        "required",
        "alt_codes",
        "evidence",
        "note",
    }
    extra = set(raw) - allowed
    if extra:
        raise DevsetError(f"{where}: unknown fields {sorted(extra)} (expected some of {sorted(allowed)})")
    for name in ("actor", "target", "code", "date", "precision"):
        if name not in raw:
            raise DevsetError(f"{where}: missing field {name!r}")
    code = _code(raw["code"], where, "code")
    if "root" in raw and raw["root"] != code[:2]:
        raise DevsetError(f"{where}: field 'root': expected {code[:2]!r} (the root of {code}), got {raw['root']!r}")
    precision = raw["precision"]
    if precision not in PRECISIONS:
        raise DevsetError(f"{where}: field 'precision': expected one of {PRECISIONS}, got {precision!r}")
    day = _date(raw["date"], where, "date")
    if precision == "month" and day.day != 1 or precision == "year" and (day.month, day.day) != (1, 1):
        raise DevsetError(
            f"{where}: field 'date': a {precision}-precise date is the first day of its "
            f"{precision}, got {day.isoformat()}"
        )
    mode = raw.get("mode", "act")
    if mode not in MODES:
        raise DevsetError(f"{where}: field 'mode': expected one of {MODES}, got {mode!r}")
    evidence = raw.get("evidence", ())
    evidence = (evidence,) if isinstance(evidence, str) else tuple(evidence)
    for ev in evidence:
        if ev not in text:
            raise DevsetError(f"{where}: field 'evidence': {ev!r} is not a substring of the text")
    alt = tuple(_code(c, where, "alt_codes") for c in raw.get("alt_codes", ()))
    return Gold(
        actor=_actor(raw["actor"], where, "actor"),
        target=_actor(raw["target"], where, "target"),
        code=code,
        date=day,
        precision=precision,
        mode=mode,
        symmetric=bool(raw.get("symmetric", False)),
        required=bool(raw.get("required", True)),
        alt_codes=alt,
        evidence=evidence,
        note=str(raw.get("note", "")),
    )


def _must_not(raw: dict[str, Any], where: str, text: str) -> MustNot:
    allowed = {"actor", "target", "root", "code", "sign", "mode", "date", "evidence", "note"}
    extra = set(raw) - allowed
    if extra:
        raise DevsetError(f"{where}: unknown must_not fields {sorted(extra)} (expected some of {sorted(allowed)})")
    m = MustNot(note=str(raw.get("note", "")))
    if "actor" in raw:
        m.actor = _actor(raw["actor"], where, "must_not.actor")
    if "target" in raw:
        m.target = _actor(raw["target"], where, "must_not.target")
    if "code" in raw:
        m.code = _code(raw["code"], where, "must_not.code")
    if "root" in raw:
        if raw["root"] not in ROOTS:
            raise DevsetError(f"{where}: field 'must_not.root': expected one of 01..20, got {raw['root']!r}")
        m.root = raw["root"]
    if "sign" in raw:
        if raw["sign"] not in (-1, 0, 1):
            raise DevsetError(f"{where}: field 'must_not.sign': expected -1, 0 or 1, got {raw['sign']!r}")
        m.sign = int(raw["sign"])
    if "mode" in raw:
        if raw["mode"] not in MODES:
            raise DevsetError(f"{where}: field 'must_not.mode': expected one of {MODES}, got {raw['mode']!r}")
        m.mode = raw["mode"]
    if "date" in raw:
        m.date = _date(raw["date"], where, "must_not.date")
    if "evidence" in raw:
        if raw["evidence"] not in text:
            raise DevsetError(f"{where}: field 'must_not.evidence': {raw['evidence']!r} is not in the text")
        m.evidence = raw["evidence"]
    return m


def _item(raw: dict[str, Any], kind: str, where: str, folder: Path) -> Item:
    for name in ("id", "split", "published", "family", "events"):
        if name not in raw:
            raise DevsetError(f"{where}: missing field {name!r}")
    if kind == "sentence":
        if not isinstance(raw.get("text"), str) or not raw["text"].strip():
            raise DevsetError(f"{where}: field 'text': expected a non-empty string")
        text = raw["text"]
    else:
        if not isinstance(raw.get("file"), str):
            raise DevsetError(f"{where}: field 'file': expected the document's file name")
        path = folder / "documents" / raw["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DevsetError(f"{where}: field 'file': cannot read {path}: {exc}") from None
    if raw["split"] not in SPLITS:
        raise DevsetError(f"{where}: field 'split': expected one of {SPLITS}, got {raw['split']!r}")
    fam = raw["family"]
    fam = (fam,) if isinstance(fam, str) else tuple(fam)
    bad = [f for f in fam if f not in FAMILIES]
    if bad or not fam:
        raise DevsetError(f"{where}: field 'family': expected some of {sorted(FAMILIES)}, got {fam!r}")
    events = [_gold(g, f"{where}: events[{i}]", text) for i, g in enumerate(raw["events"])]
    must_not = [_must_not(m, f"{where}: must_not[{i}]", text) for i, m in enumerate(raw.get("must_not", []))]
    if not events and not must_not:
        raise DevsetError(f"{where}: an item needs gold events or must_not cases")
    return Item(
        id=str(raw["id"]),
        kind=kind,
        split=raw["split"],
        published=_date(raw["published"], where, "published"),
        text=text,
        families=fam,
        events=events,
        must_not=must_not,
        where=where,
    )


def load(folder: Path = DEVSET) -> list[Item]:
    """Every item of the dev set (sentences, then documents), validated."""
    items: list[Item] = []
    for name, kind in (("sentences.jsonl", "sentence"), ("documents.jsonl", "document")):
        path = folder / name
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise DevsetError(f"cannot read {path}: {exc}") from None
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DevsetError(f"{where}: column {exc.colno}: not JSON: {exc.msg}") from None
            items.append(_item(raw, kind, where, folder))
    ids = [it.id for it in items]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise DevsetError(f"duplicate item ids: {dup}")
    return items


# ---------------------------------------------------------------------- extraction


def extract(item: Item) -> list[Extracted]:
    """Run the public extractor on one item."""
    table = tension.extract_events(item.text, published=item.published, source=item.id)
    out = []
    for ev in table:
        out.append(
            Extracted(
                actor=ev.actor,
                target=ev.target,
                code=ev.code,
                date=ev.date,
                precision=ev.precision,
                mode=getattr(ev, "mode", "act") or "act",
                tension=float(ev.tension),
                start=int(ev.start),
                end=int(ev.end),
            )
        )
    return out


def _spans(text: str, needle: str) -> Iterable[tuple[int, int]]:
    i = text.find(needle)
    while i >= 0:
        yield i, i + len(needle)
        i = text.find(needle, i + 1)


def _pair_ok(g: Gold, x: Extracted, text: str) -> bool:
    same = entity(g.actor) == entity(x.actor) and entity(g.target) == entity(x.target)
    swapped = g.symmetric and entity(g.actor) == entity(x.target) and entity(g.target) == entity(x.actor)
    if not (same or swapped):
        return False
    if g.evidence:
        return any(s < x.end and x.start < e for ev in g.evidence for s, e in _spans(text, ev))
    return True


def _role_ok(g: Gold, x: Extracted) -> bool:
    return {g.actor, g.target} == {x.actor, x.target} if g.symmetric else (g.actor, g.target) == (x.actor, x.target)


def _violates(m: MustNot, x: Extracted, text: str) -> bool:
    def who(want: str, got: str) -> bool:
        return not want or (
            entity(want) == entity(got)
            if len(want) <= 3 or want[:3] in _ORG_PREFIXES and len(want) <= 6
            else want == got
        )

    if not (who(m.actor, x.actor) and who(m.target, x.target)):
        return False
    if m.root and x.root != m.root or m.code and x.code != m.code:
        return False
    if m.sign is not None and x.sign != m.sign or m.mode and x.mode != m.mode:
        return False
    if m.date is not None and x.date != m.date:
        return False
    if m.evidence:
        return any(s < x.end and x.start < e for s, e in _spans(text, m.evidence))
    return True


@dataclass
class Pair:
    gold: Gold
    got: Extracted

    @property
    def root_ok(self) -> bool:
        return self.got.root in self.gold.roots

    @property
    def sign_ok(self) -> bool:
        return self.got.sign == self.gold.sign

    @property
    def date_ok(self) -> bool:
        return self.got.date == self.gold.date

    @property
    def precision_ok(self) -> bool:
        return self.got.precision == self.gold.precision

    @property
    def role_ok(self) -> bool:
        return _role_ok(self.gold, self.got)

    @property
    def mode_ok(self) -> bool:
        return self.got.mode == self.gold.mode


@dataclass
class Outcome:
    item: Item
    extracted: list[Extracted]
    pairs: list[Pair]
    missed: list[Gold]
    spurious: list[Extracted]
    violations: list[tuple[MustNot, Extracted]]
    must_not_broken: int


def score_item(item: Item, extracted: list[Extracted]) -> Outcome:
    """Pair gold and extracted events of one item and find must-not violations."""
    cands = []
    for gi, g in enumerate(item.events):
        for xi, x in enumerate(extracted):
            if _pair_ok(g, x, item.text):
                p = Pair(g, x)
                cands.append(((p.root_ok, p.sign_ok, p.date_ok, p.role_ok, -gi, -xi), gi, xi))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_x: set[int] = set()
    pairs = []
    for _, gi, xi in cands:
        if gi in used_g or xi in used_x:
            continue
        used_g.add(gi)
        used_x.add(xi)
        pairs.append(Pair(item.events[gi], extracted[xi]))
    missed = [g for gi, g in enumerate(item.events) if gi not in used_g and g.required]
    spurious = [x for xi, x in enumerate(extracted) if xi not in used_x]
    violations = [(m, x) for m in item.must_not for x in extracted if _violates(m, x, item.text)]
    broken = sum(1 for m in item.must_not if any(mm is m for mm, _ in violations))
    return Outcome(item, extracted, pairs, missed, spurious, violations, broken)


# ------------------------------------------------------------------------ metrics


@dataclass
class Tally:
    gold: int = 0  # required gold events
    found: int = 0  # required gold events matched
    extracted: int = 0
    matched_x: int = 0  # extracted events matched to a gold event
    pairs: int = 0
    root: int = 0
    sign: int = 0
    date: int = 0
    precision: int = 0
    role: int = 0
    mode: int = 0
    must_not: int = 0
    broken: int = 0
    items: int = 0

    def add_pairs(self, pairs: Sequence[Pair]) -> None:
        for p in pairs:
            self.pairs += 1
            self.root += p.root_ok
            self.sign += p.sign_ok
            self.date += p.date_ok
            self.precision += p.precision_ok
            self.role += p.role_ok
            self.mode += p.mode_ok

    def figures(self) -> dict[str, float | int]:
        def r(a: int, b: int) -> float:
            return round(a / b, 4) if b else float("nan")

        return {
            "items": self.items,
            "gold": self.gold,
            "extracted": self.extracted,
            "recall": r(self.found, self.gold),
            "precision": r(self.matched_x, self.extracted),
            "sign_accuracy": r(self.sign, self.pairs),
            "root_accuracy": r(self.root, self.pairs),
            "date_accuracy": r(self.date, self.pairs),
            "date_precision_accuracy": r(self.precision, self.pairs),
            "role_accuracy": r(self.role, self.pairs),
            "mode_accuracy": r(self.mode, self.pairs),
            "must_not": self.must_not,
            "must_not_violations": self.broken,
        }


def _item_tally(o: Outcome) -> Tally:
    t = Tally(items=1)
    t.gold = sum(g.required for g in o.item.events)
    t.found = sum(p.gold.required for p in o.pairs)
    t.extracted = len(o.extracted)
    t.matched_x = len(o.pairs)
    t.add_pairs(o.pairs)
    t.must_not = len(o.item.must_not)
    t.broken = o.must_not_broken
    return t


def is_us_china(actor: str, target: str) -> bool:
    """Whether an event is between the United States and China (either direction)."""
    return {entity(actor), entity(target)} == {"USA", "CHN"}


def _net_sign(tensions: Iterable[float]) -> int:
    return _sign(math.fsum(tensions))


@dataclass
class LeadTally:
    """The news-lead figures (family ``lead``).

    - net sign: per lead, the sign of the summed tension of the extracted US-China
      events equals that of the required gold US-China events (a lead without any is
      right when the extracted ones sum to neutral, |sum| < 1);
    - dated: per lead with a required gold event, its first required event (the lead's
      main event) is matched by an extracted event with the same date and precision;
    - clean: per distractor lead, no must-not case broken.
    """

    leads: int = 0
    sign_right: int = 0
    us_china: int = 0  # leads whose gold has a required US-China event
    us_china_sign_right: int = 0
    dated_leads: int = 0
    dated_right: int = 0
    distractors: int = 0
    clean: int = 0

    def add(self, o: Outcome) -> None:
        gold = [
            float(codebook.tension_of([g.code])[0])
            for g in o.item.events
            if g.required and is_us_china(g.actor, g.target)
        ]
        got = [x.tension for x in o.extracted if is_us_china(x.actor, x.target)]
        right = _net_sign(gold) == _net_sign(got)
        self.leads += 1
        self.sign_right += right
        if gold:
            self.us_china += 1
            self.us_china_sign_right += right
        main = next((g for g in o.item.events if g.required), None)
        if main is not None:
            self.dated_leads += 1
            self.dated_right += any(
                p.gold is main and p.got.date == main.date and p.got.precision == main.precision for p in o.pairs
            )
        if "distractor" in o.item.families:
            self.distractors += 1
            self.clean += o.must_not_broken == 0

    def figures(self) -> dict[str, float | int]:
        def r(a: int, b: int) -> float:
            return round(a / b, 4) if b else float("nan")

        return {
            "items": self.leads,
            "net_sign_right": r(self.sign_right, self.leads),
            "us_china_leads": self.us_china,
            "us_china_net_sign_right": r(self.us_china_sign_right, self.us_china),
            "dated_leads": self.dated_leads,
            "dated_right": r(self.dated_right, self.dated_leads),
            "distractors": self.distractors,
            "distractors_clean": r(self.clean, self.distractors),
        }


@dataclass
class CodebookTally:
    """The codebook-example figures (family ``codebook``), as the CAMEO manual's examples are judged.

    Per example with a required gold event (its first, the example's event):

    - found: the extractor gives any event at all;
    - sign: of the found, the first extracted event has the gold event's sign;
    - root: of the found, an extracted event has the gold root (or an alternative's).
    """

    examples: int = 0
    found: int = 0
    sign_right: int = 0
    root_right: int = 0

    def add(self, o: Outcome) -> None:
        main = next((g for g in o.item.events if g.required), None)
        if main is None:
            return
        self.examples += 1
        if not o.extracted:
            return
        self.found += 1
        first = min(o.extracted, key=lambda x: x.start)
        self.sign_right += _sign(first.tension) == main.sign
        self.root_right += any(x.root in main.roots for x in o.extracted)

    def figures(self) -> dict[str, float | int]:
        def r(a: int, b: int) -> float:
            return round(a / b, 4) if b else float("nan")

        return {"examples": self.examples, "found": r(self.found, self.examples),
                "sign_right": r(self.sign_right, self.found), "root_right": r(self.root_right, self.found)}


@dataclass
class DocSignTally:
    """The document sign (issue 11: "document sign from ``score_texts`` agrees with a reader").

    A reader's US-China sign of a document is the sign of the summed tension of its required gold
    US-China events (neutral when they sum to less than 1 in size, or there are none); it is compared
    with the sign of ``tension.score_texts`` on the document's text, and with that of the summed
    tension of the extracted US-China events.
    """

    documents: int = 0
    scored_right: int = 0
    extracted_right: int = 0

    def add(self, o: Outcome, scored: float) -> None:
        gold = _net_sign(float(codebook.tension_of([g.code])[0])
                         for g in o.item.events if g.required and is_us_china(g.actor, g.target))
        self.documents += 1
        self.scored_right += _sign(scored) == gold
        self.extracted_right += _net_sign(x.tension for x in o.extracted if is_us_china(x.actor, x.target)) == gold

    def figures(self) -> dict[str, float | int]:
        def r(a: int, b: int) -> float:
            return round(a / b, 4) if b else float("nan")

        return {"documents": self.documents, "score_texts_sign_right": r(self.scored_right, self.documents),
                "extracted_sign_right": r(self.extracted_right, self.documents)}


def _merge(into: Tally, t: Tally) -> None:
    for name in into.__dataclass_fields__:
        setattr(into, name, getattr(into, name) + getattr(t, name))


@dataclass
class Report:
    total: Tally = field(default_factory=Tally)
    sentences: Tally = field(default_factory=Tally)
    documents: Tally = field(default_factory=Tally)
    families: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    roots: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    leads: LeadTally = field(default_factory=LeadTally)
    codebook: CodebookTally = field(default_factory=CodebookTally)
    doc_sign: DocSignTally = field(default_factory=DocSignTally)
    outcomes: list[Outcome] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total.figures(),
            "leads": self.leads.figures(),
            "codebook": self.codebook.figures(),
            "doc_sign": self.doc_sign.figures(),
            "sentences": self.sentences.figures(),
            "documents": self.documents.figures(),
            "families": {f: self.families[f].figures() for f in FAMILIES if f in self.families},
            "roots": {r: self.roots[r].figures() for r in ROOTS if r in self.roots},
        }


def evaluate(items: Sequence[Item]) -> Report:
    """Run the extractor on ``items`` and tally the figures."""
    rep = Report()
    for item in items:
        o = score_item(item, extract(item))
        rep.outcomes.append(o)
        t = _item_tally(o)
        _merge(rep.total, t)
        _merge(rep.sentences if item.kind == "sentence" else rep.documents, t)
        for fam in item.families:
            _merge(rep.families[fam], t)
        if "lead" in item.families:
            rep.leads.add(o)
        if "codebook" in item.families:
            rep.codebook.add(o)
        # per root: recall and accuracies by gold root, precision by extracted root
        for g in item.events:
            if g.required:
                rep.roots[g.root].gold += 1
        for p in o.pairs:
            rt = rep.roots[p.gold.root]
            rt.found += p.gold.required
            rt.add_pairs([p])
        for x in o.extracted:
            rep.roots[x.root].extracted += 1
        for p in o.pairs:
            rep.roots[p.got.root].matched_x += 1
    docs = [o for o in rep.outcomes if o.item.kind == "document"]
    if docs:
        scored = tension.score_texts([o.item.text for o in docs]).tension
        for o, sc in zip(docs, scored):
            rep.doc_sign.add(o, float(sc))
    return rep


# ------------------------------------------------------------------------ output

_COLS = (
    ("items", "items", "{:>5}"),
    ("gold", "gold", "{:>5}"),
    ("extracted", "extr", "{:>5}"),
    ("precision", "prec", "{:>6}"),
    ("recall", "recall", "{:>6}"),
    ("sign_accuracy", "sign", "{:>6}"),
    ("root_accuracy", "root", "{:>6}"),
    ("date_accuracy", "date", "{:>6}"),
    ("date_precision_accuracy", "dprec", "{:>6}"),
    ("role_accuracy", "role", "{:>6}"),
    ("mode_accuracy", "mode", "{:>6}"),
)


def _fmt(v: float, key: str = "") -> str:
    if key == "items" and v == 0:
        return "-"
    if isinstance(v, float):
        return "-" if math.isnan(v) else f"{100 * v:.0f}%"
    return str(v)


def table_lines(title: str, rows: Iterable[tuple[str, dict[str, Any]]]) -> list[str]:
    head = f"{title:<12}" + "".join(" " + f.format(h) for _, h, f in _COLS) + "  must-not broken"
    out = [head, "-" * len(head)]
    for name, fig in rows:
        line = f"{name:<12}" + "".join(" " + f.format(_fmt(fig[k], k)) for k, _, f in _COLS)
        line += f"  {fig['must_not_violations']}/{fig['must_not']}" if fig["must_not"] else "  -"
        out.append(line)
    return out


def report_lines(rep: Report, errors: int = 0) -> list[str]:
    d = rep.as_dict()
    lines = table_lines("root", [(r, d["roots"][r]) for r in ROOTS if r in d["roots"]])
    lines.append(
        "(per root: gold, recall and accuracies by the gold root; extracted and precision by the extracted root)"
    )
    lines.append("")
    lines += table_lines("family", list(d["families"].items()))
    lines.append("")
    lines += table_lines("total", [("sentences", d["sentences"]), ("documents", d["documents"]), ("all", d["total"])])
    lf = d["leads"]
    if lf["items"]:
        lines.append("")
        lines.append(
            f"leads: {lf['items']} items; net sign right {_fmt(lf['net_sign_right'])}"
            f" (US-China leads: {lf['us_china_leads']}, {_fmt(lf['us_china_net_sign_right'])});"
            f" dated right {_fmt(lf['dated_right'])} of {lf['dated_leads']};"
            f" distractors clean {_fmt(lf['distractors_clean'])} of {lf['distractors']}"
        )
    cf = d["codebook"]
    if cf["examples"]:
        if not lf["items"]:
            lines.append("")
        lines.append(
            f"codebook examples: {cf['examples']}; an event found {_fmt(cf['found'])}; of those, sign right"
            f" {_fmt(cf['sign_right'])} (first event), root right {_fmt(cf['root_right'])} (any event)"
        )
    df = d["doc_sign"]
    if df["documents"]:
        lines.append(
            f"documents: the US-China sign a reader gives (the gold events' net tension) agrees with"
            f" score_texts in {_fmt(df['score_texts_sign_right'])} and with the extracted events in"
            f" {_fmt(df['extracted_sign_right'])} of {df['documents']}"
        )
    if errors:
        lines.append("")
        shown = 0
        for o in rep.outcomes:
            if shown >= errors:
                break
            bad = [p for p in o.pairs if not (p.root_ok and p.sign_ok and p.date_ok)]
            if not (o.missed or o.spurious or o.violations or bad):
                continue
            shown += 1
            lines.append(f"[{o.item.id}] ({o.item.split}, {','.join(o.item.families)}) published {o.item.published}")
            if o.item.kind == "sentence":
                lines.append(f"    text: {o.item.text}")
            for g in o.missed:
                lines.append(
                    f"    missed   {g.actor}->{g.target} {g.code} {g.date} {g.precision} {g.mode}"
                    + (f" ({g.evidence[0]!r})" if g.evidence else "")
                )
            for p in bad:
                lines.append(
                    f"    wrong    gold {p.gold.actor}->{p.gold.target} {p.gold.code} {p.gold.date}"
                    f" got {p.got.actor}->{p.got.target} {p.got.code} {p.got.date}"
                )
            for x in o.spurious:
                lines.append(
                    f"    spurious {x.actor}->{x.target} {x.code} {x.date} {x.precision} {x.mode}"
                    f" {o.item.text[x.start : x.end][:90]!r}"
                )
            for m, x in o.violations:
                lines.append(f"    MUST-NOT {x.actor}->{x.target} {x.code} breaks {m.note or m}")
    return lines


def check_floors(rep: Report, floors: dict[str, Any]) -> list[str]:
    """The floors (and ``*_max`` ceilings) that ``rep`` does not meet.

    A floors file holds this mapping as is or under the key ``"floors"`` (next to
    ``"sample"``, the sample size the test suite draws from the ``dev`` split).

    ``floors`` maps a scope (``"total"``, ``"sentences"``, ``"documents"``,
    ``"family:<name>"`` or ``"root:<NN>"``) to ``{metric: value}``; a metric named
    ``<name>_max`` is a ceiling on ``<name>`` (e.g. ``must_not_violations_max``).
    """
    d = rep.as_dict()
    failures = []
    for scope, wants in floors.items():
        if scope.startswith("family:"):
            fig = d["families"].get(scope[7:])
        elif scope.startswith("root:"):
            fig = d["roots"].get(scope[5:])
        else:
            fig = d.get(scope)
        if fig is None:
            failures.append(f"{scope}: no items in this run")
            continue
        for metric, bound in wants.items():
            name = metric.removesuffix("_max")
            if name not in fig:
                failures.append(f"{scope}.{metric}: unknown metric (expected one of {sorted(fig)})")
                continue
            value = fig[name]
            if isinstance(value, float) and math.isnan(value):  # nan: nothing to measure
                continue
            if metric.endswith("_max") and value > bound or not metric.endswith("_max") and value < bound:
                failures.append(
                    f"{scope}.{name} = {value} is {'above' if metric.endswith('_max') else 'below'} {bound}"
                )
    return failures


def parse_ids(spec: str) -> list[tuple[str, int, int]]:
    """Id ranges from ``"d248-d265,s2400-s2499,s0007"`` as ``(letter, low, high)`` triples.

    >>> parse_ids("d248-d265,s7")
    [('d', 248, 265), ('s', 7, 7)]
    """
    ranges = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        m = re.fullmatch(r"([sd])(\d+)(?:-\1?(\d+))?", part)
        if not m:
            raise DevsetError(f"--ids: expected ranges like d248-d265 or s2400-s2499, got {part!r}")
        low = int(m.group(2))
        high = int(m.group(3)) if m.group(3) else low
        ranges.append((m.group(1), low, high))
    return ranges


def _in_ranges(item_id: str, ranges: Sequence[tuple[str, int, int]]) -> bool:
    number = int(item_id[1:])
    return any(item_id[0] == letter and low <= number <= high for letter, low, high in ranges)


def select(
    items: Sequence[Item],
    split: str = "dev",
    kind: str = "all",
    sample: int | None = None,
    seed: int = 0,
    ids: str | None = None,
) -> list[Item]:
    """The items of a split and kind (and of the id ranges ``ids``, when given); ``sample`` draws
    that many of them (seeded by id hash, order kept)."""
    chosen = [it for it in items if (split == "all" or it.split == split) and (kind == "all" or it.kind + "s" == kind)]
    if ids:
        ranges = parse_ids(ids)
        chosen = [it for it in chosen if _in_ranges(it.id, ranges)]
    if sample is not None and sample < len(chosen):
        # rank by a seeded hash of the id, so that adding items changes a sample only a little
        rank = sorted(chosen, key=lambda it: hashlib.sha256(f"{seed}:{it.id}".encode()).hexdigest())
        keep = {it.id for it in rank[:sample]}
        chosen = [it for it in chosen if it.id in keep]
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--kind", choices=("sentences", "documents", "all"), default="all")
    ap.add_argument("--sample", type=int, default=None, help="evaluate a seeded sample of N items")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--floors", type=Path, default=None, help="JSON floors; exit 1 when one is not met")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    ap.add_argument("--errors", type=int, default=0, help="list the first N items with errors")
    ap.add_argument("--devset", type=Path, default=DEVSET, help="the dev-set folder")
    ap.add_argument("--check", action="store_true", help="only validate the data files")
    ap.add_argument(
        "--ids", default=None, help="only these id ranges, e.g. d248-d265,s2400-s2499 (a fresh batch)"
    )
    args = ap.parse_args(argv)
    try:
        items = load(args.devset)
    except DevsetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.check:
        print(f"{len(items)} items valid")
        return 0
    try:
        chosen = select(items, args.split, args.kind, args.sample, args.seed, args.ids)
    except DevsetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    rep = evaluate(chosen)
    print(
        f"dev set: split={args.split} kind={args.kind} items={len(chosen)}"
        + (f" ids={args.ids}" if args.ids else "")
        + (f" (sample of {args.sample}, seed {args.seed})" if args.sample else "")
    )
    print()
    for line in report_lines(rep, args.errors):
        print(line)
    if args.json:
        args.json.write_text(json.dumps(rep.as_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.floors:
        spec = json.loads(args.floors.read_text(encoding="utf-8"))
        failures = check_floors(rep, spec.get("floors", spec))
        print()
        for f in failures:
            print(f"FLOOR NOT MET: {f}")
        print("floors met" if not failures else f"{len(failures)} floors not met")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
