"""Derive tension's PETRARCH-based data files from the PETRARCH2/Phoenix dictionaries.

Reads the MIT-licensed PETRARCH2/Phoenix dictionaries (openeventdata/petrarch2, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf, ``petrarch2/data/dictionaries/``; a verbatim copy is in
the team's ``shared/data/petrarch2/``) and writes reviewable TSV files under ``tension/data/``:

``petrarch_actors.tsv`` (phrase, code, valid_from, valid_to, kind, petrarch_code, source)
    Actor phrases from ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
    ``Phoenix.MilNonState.actors.txt`` with their CAMEO codes and the dates each code applies.
``petrarch_places.tsv`` (phrase, code, kind, note)
    Cities, provinces, rivers and other geographic names that the Countries dictionary lists as
    synonyms of a country: places *in* that country, not actors.
``agents.tsv`` (phrase, code, role, position, form, source)
    Agent nouns (``Phoenix.agents.txt``) with their role codes, one row per surface form
    (singular and plural).
``discards.tsv`` (phrase, scope, exact, source)
    Phrases whose sentence (``scope=sentence``) or whole story (``scope=story``) PETRARCH does not
    code (``Phoenix.discards.txt``).

Run from the repository root (the output is deterministic; commit it)::

    python scripts/derive_petrarch_actors.py [--source ../shared/data/petrarch2] [--out tension/data]

Rules (each one is applied here and nowhere else; counts are printed at the end):

Reading
    * PETRARCH phrases are upper case with ``_`` or blanks between words; a trailing ``_`` ("this
      exact word") is dropped. Phrases are written out in ordinary case so that
      ``tension.text.tokens.split_tokens`` (the project's one tokenization rule) gives the tokens a
      news text has: words are capitalised, and a 2-4 letter word keeps upper case only when it is
      a known acronym (upper case in the project's own ``actors.tsv``/``roles.tsv``, the initials
      of another name in the same PETRARCH record, or a word without a vowel such as "PKK", but not a title such as "MR"). A
      single-word 2-4 letter name that is not a known acronym is written both ways ("Iran" and
      "IRAN") unless the lower-case word is a common English word (see below).
    * A leading "THE" is dropped ("THE_UNITED_NATIONS_" -> "United Nations"): names are matched
      without their article, as in the project layer.
    * Date restrictions: ``>D`` -> ``valid_from=D``; ``<D`` -> ``valid_to=D``; ``D1-D2`` -> both
      (PETRARCH reads the limits as inclusive). Six-digit dates are YYMMDD with PETRARCH's own
      pivot (YY 00-30 -> 20YY, else 19YY); eight-digit dates are YYYYMMDD. Restrictions with
      malformed or impossible dates (e.g. "2004017") are dropped and counted. A bare ``[CODE]``
      next to dated restrictions is PETRARCH's default (used when no dated restriction applies):
      it is written after the dated rows of that phrase with empty dates, and the loader takes the
      first row valid on a day.
    * Rows for the same phrase with the same code and overlapping or adjacent ranges are merged.
      Where two different codes overlap, the earlier-starting range is cut to end the day before
      the later one begins (a new office supersedes the old one); a range that becomes empty is
      dropped and counted.
    * Codes: the first three letters must be a CAMEO country/region code
      (``tension/data/cameo_countries.tsv``, plus the ISO codes the project uses for countries
      missing there: HKG, COL, SSD, KSV, BRA) or a non-state prefix (IGO, NGO, IMG, NGM, INT, ...);
      ``ROU`` and ``MNE`` become CAMEO's ``ROM`` and ``MTN``. Role-only codes such as ``[ELI]``,
      the null code ``[---]`` and codes of states that no longer exist (SUN, USR, DDR, YUG, CSK,
      SCG) or unknown prefixes (KKL, KNT, HIN, ...) are dropped, and so are rows whose last valid
      day is before 1979 (the first year of GDELT, the oldest data tension reads). ``code`` is the
      project's convention, country + one role (``USAGOVLEG`` -> ``USALEG``, ``CHNGOVMIL`` ->
      ``CHNMIL``, sector sub-codes ``GOVEDU``/``GOVBUS``/... -> ``GOV``); IGO/NGO/IMG codes are kept
      whole. ``petrarch_code`` keeps the code as PETRARCH wrote it.

Classification of country records (``CHINA_ [CHN]`` followed by ``+`` synonyms)
    A synonym is a *name of the country* (kind ``country``, an actor) when one of its words shares
    its first six letters (or the whole word, if shorter) with a word of the country's name, its
    adjective, demonym or capital in the project's ``actors.tsv`` or in the PETRARCH record's
    primary phrase (generic words such as "republic", "state", "new", "north" do not count), or
    when it contains a multi-word project-layer name of the country ("THE_UNITED_STATES") or is
    "the" + a project-layer name ("THE_US").
    Every other synonym (``HERAT``, ``XINJIANG``, ``NEW_YORK``, ``YELLOW_RIVER``) is a place in that country: it goes to
    ``petrarch_places.tsv``, not to the actors, so "the Chinese region of Xinjiang" or "in New York"
    never makes an actor.

Dropped on purpose (surface matching has no parser to tell a name from a word)
    * Single-word phrases that are common English words (``COMMON_WORDS`` below: the single-word
      PETRARCH phrases whose lower-case form is a lower-case entry of the SCOWL
      ``american-english`` word list, Debian package ``wamerican`` 2020.12.07, frozen here so the
      output does not depend on the machine). PETRARCH can afford "PHOENIX", "MOBILE", "BUSH" or
      "RICE" as actor words because it only looks them up inside noun phrases found by a parser;
      tension matches surface tokens, where "rice" and "mobile" are words. Multi-word phrases
      ("CONDOLEEZZA_RICE") are kept.
    * Persons named by one word ("ABDULLAH", "FAHD", "SISI"): a given name or a surname alone
      names many people; the project layer lists the surnames that are safe in 2017-2025 news.
    * Phrases whose tokens are all one character long ("U,S,", "U._S._"), and phrases with a
      parenthesised note ("AMERICA_(UNITED_STATES)_").
    * ``MNC`` (multinational company) records of the International dictionary: companies without a
      country are never parties to a country-pair event in tension, and their names are very
      often ordinary words ("APPLE", "SHELL", "TARGET"). Companies that matter are in the
      project's ``actors.tsv`` with a country (``CHNBUS``, ``USABUS``).
    * Phrases that the Countries dictionary gives to two different countries without dates
      (e.g. "GEORGIA" in USA and GEO): ambiguous, so neither is kept (for places, the row is kept
      with an empty code).
    * Single-word places that are the last word of a person's name in the project layer
      ("AUSTIN", a US city and the surname of a defense secretary).
    * Discards shorter than 4 characters; the bare years 1914-2013 (PETRARCH drops sentences with
      a year to skip chronologies; tension dates background itself and would lose "since 2008"
      sentences); and ``DISCARD_EXCLUDE``: disasters, diseases and words that occur in political
      news ("typhoon", "ebola", "pollution", "champion", "JETRO", ...), whose sentences can carry
      real events ("the US sent aid after the typhoon").
    * Agent nouns are kept whole, common words included ("farmer", "soldier"): the agent list is
      a list of role nouns, which only make an actor together with a country.

The project's own ``tension/data/actors.tsv`` (2017-2025 office holders) is NOT merged here; the
lexicon loader lays it over these rows (a phrase in ``actors.tsv`` hides every PETRARCH row of the
same tokens).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tension.text.tokens import split_tokens  # noqa: E402  (the project's one tokenization rule)

SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
NONSTATE_PREFIXES = frozenset("IGO NGO IMG NGM INT MNC UIS PKO".split())
DROP_PREFIXES = frozenset(["MNC"])
# ISO codes PETRARCH uses where CAMEO (and tension) has its own (see tension/data/README.md)
CODE_RENAMES = {"ROU": "ROM", "MNE": "MTN"}
# Rows whose last valid day is before 1979 (GDELT's first year) are left out.
OLDEST_DAY = dt.date(1979, 1, 1)
SOURCE_KEYS = {"Phoenix.Countries.actors.txt": "countries", "Phoenix.International.actors.txt": "international",
               "Phoenix.MilNonState.actors.txt": "milnonstate", "Phoenix.agents.txt": "agents",
               "Phoenix.discards.txt": "discards"}
# roles that leave a code naming the country itself (occupied, unrecognised state)
COUNTRY_ROLES = frozenset(["", "OCC", "UNR"])
PRIMARY_UNDER_GOV = ("MIL", "LEG", "JUD", "SPY", "COP")
GENERIC_NAME_WORDS = frozenset(
    "the of and republic democratic people peoples s islamic state states kingdom federal federation union "
    "socialist new north south east west northern southern eastern western central city island islands saint "
    "st san santa great sea river united arab".split()
)

# Single-word PETRARCH phrases (actors, places, agents, discards) whose lower-case form is a
# lower-case word of the SCOWL american-english list (wamerican 2020.12.07), except place and
# country names whose capitalised use dominates news text (kept: afghan, chad, chile, china, cologne, french, guinea, japan, madras, mecca, morocco, muscat, shanghai, soviet, tangier, tangiers, turkey, wales, wellington, welsh).
# Regenerate the candidates with --scan-wordlist /usr/share/dict/american-english and review.
_COMMON_WORDS_TEXT = """
abbot abductor academic academician activist actor administration admiral advocate aerospace
agriculturalist airline airliner airman airway ambassador anesthetist angora aquatics archaeology
archbishop archdiocese army arsonist artillery assailant assemblage assemblies astrakhan athlete
attorney authority autocrat avatar backpacker badminton bale bandit bantamweight bargainer barracks
barrister baseball basketball batsman batsmen battalion battleship believer billiards biscuit bishop
blackmailer blizzard blockbuster blog blogger bomber boss bowler bowling boxing brigand buffalo
bureaucracy bureaucrat burglar business cabinet cabinetmaker campaigner canaries cantor captain
cardiologist caregiver carjacker carrier cartel caseworker chamber champagne champion champions
championship chancellery chancellor chancery chevron child children citizen civilian clergy cleric
coaching college collegian colonel colonist columnist combatant commandant commander commando
commentator community company conglomerate congress conservationist conservatory constable
constituent consul consulate convict cork corporal corporation correspondent counsel counsellor
counselor counterfeiter court cricket criminal crook cropper cruiser crusader culprit cultivator
customer dean defector delegate demonstrator dentist deputy deserter despot destroyer detainee
detective dictator diocese diplomat dissenter dissident doc doctor echelon ecologist economist
educator elector electorate embassy emissary emperor employee employer empress engineer ensign
entrepreneur environmentalist envoy eta exile expatriate exporter extortionist extremist falcon
farmer featherweight felon fez fighter firefighter fisher flyweight football forger freighter
frigate gang gangland gangster garrison gazette generalissimo generals gent girl goalkeeper golfer
golfing google governance government governor guerilla guerrilla gunman gunmen gunrunner gunslinger
gymnasium gynecologist handball headmaster heavyweight hiker hippo historian hockey hospital hunter
imam immigrant industry infant infantry infirmary inning insurgence insurgency insurgent
insurrectionist intellectual intelligence internist investor jersey jihadist jihadists journalist
judge judicature judiciary judo junta kidnaper kidnapper killer kindergarten king kingdom kiwi
laborer landholder landlord landowner landslide lawbreaker lawgiver lawmaker lawyer lecturer legate
legislator legislature liege lieutenant lightweight limerick looter magazine magistrate male
malefactor man manufacturer marathon marauder marches marines maritimes mavericks mayor media medic
men mendicant mercenary merchant meshed middleweight midwife migrant militant military militia
militiaman militiamen millennium ministry miscreant missionary mob mobster monarch monastery monger
monk moron mother mourner mudslide mugger mullah mummy mutineer nanny natal native naturalized naval
navy neighborhood neurologist newspaper noncombatant nurse nursemaid objector onlooker operative
orangutan organization orthopedist outfield outlaw pampas paramilitary paratroops parliament
parliamentarian passenger peasant pediatrician pentagon people perpetrator persons phalanx pharaoh
philharmonic phoenix physician pickpocket pilferer pilgrim pirate playoff pleader plunderer
podiatrist pole police polio polish politician polity pollution population potentate preacher
prelate premier preschool president priest prince prison privateer producer professor prosecutor
protester providence psychiatrist publication publisher pupil rabbi rabble racehorses raider rancher
rapist reactionaries rebel rebellion recreant reformer refugee regime regiment regulator religion
repatriate reporter representatives reservist resident retired returnee revolt rioter robber rugby
ruler rustler saga sanatorium sanitarium scholar school schoolhouse schoolteacher scientist sculptor
seaman senate senator separatist settlement settler sharecropper sheriff shopkeeper shoplifter
sightseer smuggler snooker soccer sociologist soldier sovereign spinner sprinter spy student
supertanker surgeon tabloid tamale tanker taxpayers teacher television tenant tennis terrorist thief
tigers tourist tournament townspeople trader trafficker traveler traveller triathlon tribunal troop
tsunami turncoat tycoon typhoon tyrant undersecretary university uprising urologist us vacationer
victim victims village villager voter waiter waitress warship website weightlifting welterweight
wicket woman women worker worshiper worshipper wrestler writer youth zero
"""


DISCARD_EXCLUDE = frozenset(
    "champion champions ebola h5n1 polio pollution tsunami typhoon landslide mudslide blizzard millennium "
    "jetro philexim everest".split()
)


def _common_words() -> frozenset[str]:
    return frozenset(_COMMON_WORDS_TEXT.split())


# ---------------------------------------------------------------- dates


def parse_date(text: str) -> dt.date | None:
    """A PETRARCH date: YYMMDD (00-30 -> 20YY) or YYYYMMDD; None if malformed."""
    if not text.isdigit():
        return None
    try:
        if len(text) == 6:
            yy = int(text[:2])
            return dt.date(2000 + yy if yy <= 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------- records

_CODE_RE = re.compile(r"\[([^\]]*)\]")


class Record:
    """One PETRARCH actor record: phrases (with source lines) and restrictions."""

    def __init__(self, file: str, line: int, phrase: str, comment: str):
        self.file = file
        self.line = line
        self.phrases: list[tuple[str, int]] = [(phrase, line)]
        self.restrictions: list[str] = []
        self.comment = comment


def _split_comment(line: str) -> tuple[str, str]:
    if "#" in line:
        i = line.index("#")
        return line[:i], line[i + 1:]
    return line, ""


def read_records(path: Path) -> Iterator[Record]:
    """The records of an actor dictionary, in file order."""
    cur: Record | None = None
    name = path.name
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        body, comment = _split_comment(raw)
        if not body.strip():
            continue
        codes = _CODE_RE.findall(body)
        text = _CODE_RE.sub(" ", body)
        if body[0] in " \t":  # restriction line(s)
            if cur is not None:
                cur.restrictions.extend(codes)
            continue
        stripped = text.strip()
        if stripped.startswith("+"):
            if cur is not None:
                for part in re.split(r"\s*\+_?", stripped[1:]):  # a few lines glue two synonyms with "+"
                    if part.strip():
                        cur.phrases.append((part.strip(), n))
                cur.restrictions.extend(codes)
            continue
        if cur is not None:
            yield cur
        cur = Record(name, n, stripped, comment)
        cur.restrictions.extend(codes)
    if cur is not None:
        yield cur


class Stats(collections.Counter[str]):
    pass


def parse_restriction(text: str, stats: Stats) -> tuple[str, dt.date | None, dt.date | None, bool] | None:
    """(code, valid_from, valid_to, dated) from the inside of ``[...]``; None if unusable."""
    parts = text.split()
    if not parts:
        stats["restriction: empty"] += 1
        return None
    code = parts[0].upper()
    code = CODE_RENAMES.get(code[:3], code[:3]) + code[3:]
    if code.startswith("-") or not code.isalnum():
        stats["restriction: null or malformed code"] += 1
        return None
    rest = "".join(parts[1:])
    if not rest:
        return code, None, None, False
    if rest.startswith(">"):
        d = parse_date(rest[1:])
        if d is None:
            stats["restriction: malformed date"] += 1
            return None
        return code, d, None, True
    if rest.startswith("<"):
        d = parse_date(rest[1:])
        if d is None:
            stats["restriction: malformed date"] += 1
            return None
        return code, None, d, True
    if "-" in rest:
        a, _, b = rest.partition("-")
        da, db = parse_date(a), parse_date(b)
        if da is None or db is None or db < da:
            stats["restriction: malformed date"] += 1
            return None
        return code, da, db, True
    stats["restriction: malformed date"] += 1
    return None


def normalize_code(code: str) -> str:
    """Country + one role (``USAGOVLEG`` -> ``USALEG``); non-state codes unchanged."""
    head, tail = code[:3], code[3:]
    if head in NONSTATE_PREFIXES:
        return code
    segs = [tail[i:i + 3] for i in range(0, len(tail), 3)]
    if not segs:
        return head
    role = segs[0]
    if role == "GOV" and len(segs) > 1 and segs[1] in PRIMARY_UNDER_GOV:
        role = segs[1]
    return head + role


# ---------------------------------------------------------------- phrases

_VOWELS = set("AEIOUY")
_TITLES = frozenset("MR MRS MS DR ST JR SR MT FT GEN LT COL SGT".split())  # abbreviations, not acronyms


def petrarch_words(phrase: str) -> list[str]:
    phrase = phrase.split(";")[0]  # old TABARI-style "; CountryInfo.txt" comments
    words = [w for w in re.split(r"[_\s]+", phrase.strip()) if w]
    words = [w for w in words if w not in ("(", ")")]
    if len(words) > 1 and words[0].upper() == "THE":  # "THE_UNITED_NATIONS": names are matched without the article
        words = words[1:]
    return words


def render(words: list[str], acronyms: frozenset[str]) -> list[str]:
    """Ordinary-case renderings of a PETRARCH phrase (one, or two for an unknown short single word)."""

    def word_case(w: str, upper: bool) -> str:
        if upper:
            return w
        return "-".join(p[:1] + p[1:].lower() for p in w.split("-"))

    def short_alpha(w: str) -> bool:
        return w.isalpha() and w.isascii() and 2 <= len(w) <= 4

    def is_acronym(w: str) -> bool:
        if w in _TITLES:
            return False
        return w in acronyms or (short_alpha(w) and not (set(w) & _VOWELS))

    out = [" ".join(word_case(w, short_alpha(w) and is_acronym(w)) for w in words)]
    if len(words) == 1 and short_alpha(words[0]) and not is_acronym(words[0]):
        out.append(words[0])  # "IRAN" as written, beside "Iran"
    return out


def tokens(phrase: str) -> tuple[str, ...]:
    return tuple(split_tokens(phrase))


# ---------------------------------------------------------------- project layer facts


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def project_facts(data: Path) -> tuple[frozenset[str], dict[str, set[str]], frozenset[str], dict[str, set[tuple[str, ...]]]]:
    """Country codes, name words and names per country code, and upper-case acronyms of the project layer."""
    project_rows = read_tsv(data / "actors.tsv")
    countries = frozenset(r["code"] for r in read_tsv(data / "cameo_countries.tsv")) | {
        r["code"][:3] for r in project_rows if r["source"] == "iso-3166"}
    words: dict[str, set[str]] = collections.defaultdict(set)
    names: dict[str, set[tuple[str, ...]]] = collections.defaultdict(set)
    acronyms: set[str] = set()
    for r in read_tsv(data / "cameo_countries.tsv"):
        words[r["code"]].update(split_tokens(r["label"]))
    for r in project_rows:
        toks = split_tokens(r["phrase"])
        acronyms.update(t for t in toks if t.isupper())
        if r["kind"] in ("country", "adjective", "demonym", "capital") and len(r["code"]) == 3:
            words[r["code"]].update(t.lower() for t in toks)
            names[r["code"]].add(tuple(toks))
    for r in read_tsv(data / "roles.tsv"):
        acronyms.update(t for t in split_tokens(r["phrase"]) if t.isupper())
    return countries, words, frozenset(acronyms), names


def contains_name(toks: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """Whether a project-layer name of the country is a run of tokens of ``toks`` ("the United States")."""
    if toks[:1] == ("the",) and toks[1:] in names:
        return True
    return any(len(n) > 1 and any(toks[i:i + len(n)] == n for i in range(len(toks) - len(n) + 1)) for n in names)


def is_name_variant(toks: tuple[str, ...], name_words: set[str]) -> bool:
    keys = {w[:6] for w in name_words if w not in GENERIC_NAME_WORDS and len(w) >= 4}
    for t in toks:
        t = t.lower()
        if t in GENERIC_NAME_WORDS or len(t) < 4:
            continue
        if t[:6] in keys:
            return True
    return False


# ---------------------------------------------------------------- derivation


class Row:
    __slots__ = ("phrase", "toks", "code", "pcode", "vf", "vt", "kind", "source", "order")

    def __init__(self, phrase: str, toks: tuple[str, ...], code: str, pcode: str, vf: dt.date | None,
                 vt: dt.date | None, kind: str, source: str, order: int):
        self.phrase, self.toks, self.code, self.pcode = phrase, toks, code, pcode
        self.vf, self.vt, self.kind, self.source, self.order = vf, vt, kind, source, order


_LO, _HI = dt.date(1000, 1, 1), dt.date(9999, 12, 31)


def resolve(rows: list[Row], stats: Stats) -> list[Row]:
    """Merge same-code ranges, cut overlapping different-code ranges; dated rows first, default last."""
    dated = sorted((r for r in rows if r.vf or r.vt), key=lambda r: (r.vf or _LO, r.vt or _HI, r.order))
    merged: list[Row] = []
    for r in dated:
        same = [m for m in merged if m.code == r.code and (m.vt or _HI) >= (r.vf or _LO) - dt.timedelta(days=1)
                and (r.vt or _HI) >= (m.vf or _LO) - dt.timedelta(days=1)]
        if same:
            m = same[0]
            m.vf = None if (m.vf is None or r.vf is None) else min(m.vf, r.vf)
            m.vt = None if (m.vt is None or r.vt is None) else max(m.vt, r.vt)
            stats["rows merged (same code, overlapping dates)"] += 1
            continue
        merged.append(r)
    merged.sort(key=lambda r: (r.vf or _LO, r.order))
    out: list[Row] = []
    for i, r in enumerate(merged):
        later = [m for m in merged[i + 1:] if m.code != r.code and (m.vf or _LO) <= (r.vt or _HI)]
        if later:
            start = min(m.vf or _LO for m in later)
            if start == _LO or (r.vf is not None and start <= r.vf):
                stats["rows dropped (superseded by an overlapping different code)"] += 1
                continue
            r.vt = start - dt.timedelta(days=1)
            stats["rows cut (overlapping a later different code)"] += 1
        out.append(r)
    defaults = sorted((r for r in rows if not (r.vf or r.vt)), key=lambda r: r.order)
    if defaults:
        out.append(defaults[0])  # PETRARCH's default code: the first one given
        stats["default codes dropped (a phrase has one default)"] += sum(1 for r in defaults[1:] if r.code != defaults[0].code)
    return out


def derive_actors(src: Path, data: Path, common: frozenset[str], stats: Stats):
    countries, name_words, acronyms, project_names = project_facts(data)
    surnames = {split_tokens(r["phrase"])[-1] for r in read_tsv(data / "actors.tsv") if r["kind"] == "person"}
    records: list[tuple[Record, str]] = []
    for fname in ACTOR_FILES:
        for rec in read_records(src / fname):
            records.append((rec, fname))
    # acronyms: short words that are the initials of another phrase in the same record
    extra = set(acronyms)
    for rec, _ in records:
        initials = set()
        for p, _line in rec.phrases:
            ws = [w for w in petrarch_words(p) if w.isalpha() and w not in ("OF", "THE", "AND", "FOR")]
            if len(ws) >= 2:
                initials.add("".join(w[0] for w in ws))
        for p, _line in rec.phrases:
            ws = petrarch_words(p)
            if len(ws) == 1 and ws[0] in initials:
                extra.add(ws[0])
    acr = frozenset(extra)

    actor_rows: dict[tuple[str, ...], list[Row]] = collections.defaultdict(list)
    place_rows: dict[tuple[str, ...], list[tuple[str, str, str]]] = collections.defaultdict(list)
    order = 0
    for rec, fname in records:
        parsed = [parse_restriction(r, stats) for r in rec.restrictions]
        parsed_ok = [p for p in parsed if p is not None]
        good = []
        for code, vf, vt, dated in parsed_ok:
            head = code[:3]
            if head not in countries and head not in NONSTATE_PREFIXES:
                stats[f"restriction: code without a country or non-state prefix ({code[:3]}...)"] += 1
                continue
            if head in DROP_PREFIXES:
                stats["restriction: MNC (company) code"] += 1
                continue
            good.append((code, vf, vt, dated))
        if not good:
            stats["records without a usable code"] += 1
            continue
        any_dated = any(d for *_, d in good)
        # a country's own record ("IRAQ_ [IRQ]", or dated: "KYIV_ [UKRUNR 910824-911220] [UKR >911221]")
        country_record = (fname == ACTOR_FILES[0] and "CountryInfo" not in rec.comment
                          and all(c[:3] in countries and c[3:] in COUNTRY_ROLES for c, *_ in good))
        if country_record:
            code3 = sorted(good, key=lambda g: g[1] or _LO)[-1][0][:3]
            primary = tokens(" ".join(petrarch_words(rec.phrases[0][0])))
            nw = set(name_words.get(code3, set())) | {t.lower() for t in primary}
        for idx, (p, line) in enumerate(rec.phrases):
            words = petrarch_words(p)
            if not words:
                continue
            if "(" in p:
                stats["phrases with a parenthesised note"] += 1
                continue
            source = f"{SOURCE_KEYS[fname]}:{line}"
            for phrase in render(words, acr):
                toks = tokens(phrase)
                if not toks:
                    continue
                if all(len(t) == 1 for t in toks):
                    stats["phrases of one-letter tokens"] += 1
                    continue
                if len(toks) == 1 and toks[0].lower() in common and not toks[0].isupper():
                    stats["single common English words"] += 1
                    continue
                if (country_record and idx > 0 and not is_name_variant(toks, nw)
                        and not contains_name(toks, project_names.get(code3, set()))):
                    place_rows[toks].append((phrase, code3, source))
                    continue
                if country_record:
                    kind = "country"
                elif good[0][0][:3] == "IMG" or fname == ACTOR_FILES[2]:
                    kind = "group"
                elif fname == ACTOR_FILES[1]:
                    kind = "person" if any_dated else "igo"
                elif any_dated or "CountryInfo" in rec.comment or good[0][0][3:6] == "ELI":
                    kind = "person"
                else:
                    kind = "institution"
                if kind == "person" and len(toks) == 1:
                    stats["single-word person names"] += 1
                    continue
                for code, vf, vt, _d in good:
                    order += 1
                    actor_rows[toks].append(Row(phrase, toks, normalize_code(code), code, vf, vt, kind, source, order))
    # ambiguity: undated rows of one phrase in different countries (and no dated rows)
    out_actors: list[Row] = []
    for toks, rows in actor_rows.items():
        undated_countries = {r.code[:3] for r in rows if not (r.vf or r.vt)}
        if not any(r.vf or r.vt for r in rows) and len(undated_countries) > 1:
            stats["ambiguous phrases (two countries, no dates)"] += 1
            continue
        if toks in place_rows:
            # a name that one record calls a place and another an actor: the actor wins
            stats["places also listed as actors (kept as actors)"] += 1
            del place_rows[toks]
        for r in resolve(rows, stats):
            if r.vt is not None and r.vt < OLDEST_DAY:
                stats["rows ending before 1979"] += 1
                continue
            out_actors.append(r)
    out_places = []
    for toks in [t for t in place_rows if len(t) == 1 and t[0] in surnames]:
        stats["single-word places that are surnames in the project layer (Austin)"] += 1
        del place_rows[toks]
    for toks, rows in place_rows.items():
        codes = sorted({c for _, c, _ in rows})
        if len(codes) > 1:
            stats["places in two countries (code left empty)"] += 1
            out_places.append((rows[0][0], "", "place", "in " + " or ".join(codes) + "; " + rows[0][2]))
        else:
            out_places.append((rows[0][0], codes[0], "place", rows[0][2]))
    return out_actors, out_places, acr


# ---------------------------------------------------------------- agents

_AGENT_RE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]+)\]")


def _plural(word: str) -> str:
    # dictionaries.rst: add S; Y -> IES; SS -> SSES
    if word.endswith("SS"):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def derive_agents(src: Path, common: frozenset[str], acr: frozenset[str], stats: Stats):
    subs: dict[str, list[str]] = {}
    rows = []
    seen: set[tuple[str, ...]] = set()
    lines = (src / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    for n, raw in enumerate(lines, 1):
        body, _ = _split_comment(raw)
        body = body.strip()
        if not body or body.startswith("<!--"):
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", body)
        if m:
            subs[m.group(1)] = [s.strip() for s in m.group(2).split(",") if s.strip()]
            continue
        m = _AGENT_RE.match(body)
        if not m:
            stats["agents: unparsed lines"] += 1
            continue
        code = m.group("code").strip()
        if code.startswith("~"):
            position, role_code = "after-country", code[1:]
        elif code.endswith("~"):
            position, role_code = "before-country", code[:-1]
        else:
            stats["agents: code without ~"] += 1
            continue
        if not role_code.isalnum():
            stats["agents: malformed code"] += 1
            continue
        role = role_code[:3]
        if role == "GOV" and role_code[3:6] in PRIMARY_UNDER_GOV:
            role = role_code[3:6]
        phrase = m.group("phrase").strip()
        plural_spec = m.group("plural")
        expansions = [(phrase, False)]
        for name, values in subs.items():
            marker = f"!{name}!"
            if any(marker in p for p, _ in expansions):
                expansions = [(p.replace(marker, v, 1), True) for p, _ in expansions for v in values]
                while any(marker in p for p, _ in expansions):  # a marker twice in one phrase
                    expansions = [(p.replace(marker, v, 1), True) for p, _ in expansions for v in values]
        for p, substituted in expansions:
            if "!" in p:
                stats["agents: unknown substitution marker"] += 1
                continue
            words = petrarch_words(p)
            if not words:
                continue
            forms: list[tuple[list[str], str]] = [(words, "singular" if not substituted else "listed")]
            if not substituted:
                if plural_spec is None:
                    forms.append((words[:-1] + [_plural(words[-1])], "plural"))
                else:
                    for pl in plural_spec.split():
                        forms.append((petrarch_words(pl), "plural"))
            for ws, form in forms:
                for ph in render(ws, acr)[:1]:
                    toks = tokens(ph)
                    if not toks or toks in seen:
                        continue
                    seen.add(toks)
                    rows.append((ph.lower() if not any(t.isupper() for t in toks) else ph, role_code, role,
                                 position, form, f"agents:{n}"))
    return rows


# ---------------------------------------------------------------- discards


def derive_discards(src: Path, common: frozenset[str], stats: Stats):
    rows = []
    seen: set[tuple[str, ...]] = set()
    lines = (src / "Phoenix.discards.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    for n, raw in enumerate(lines, 1):
        body, _ = _split_comment(raw)
        body = body.strip()
        if not body:
            continue
        scope = "sentence"
        if body.startswith("+"):
            scope, body = "story", body[1:].strip()
        exact = body.endswith("_")
        body = body.rstrip("_").strip()
        toks = tokens(body)
        if not toks:
            continue
        if len(body) < 4:
            stats["discards: shorter than 4 characters"] += 1
            continue
        if body.isdigit() or body.lower() in DISCARD_EXCLUDE:
            stats["discards: years and news words excluded"] += 1
            continue
        if toks in seen:
            continue
        seen.add(toks)
        rows.append((body.lower(), scope, "yes" if exact else "no", f"discards:{n}"))
    return rows


# ---------------------------------------------------------------- output


def _d(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def write_tsv(path: Path, header: Iterable[str], rows: Iterable[Iterable[str]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            cells = list(row)
            for c in cells:
                if "\t" in c or "\n" in c:
                    raise ValueError(f"tab or newline in a cell: {c!r}")
            fh.write("\t".join(cells) + "\n")
            n += 1
    return n


def scan_wordlist(src: Path, wordlist: Path) -> list[str]:
    """Single-word PETRARCH phrases that are lower-case words of a word list (for review)."""
    lower_words = {w.strip() for w in wordlist.read_text(encoding="utf-8", errors="replace").splitlines()
                   if w.strip() and w.strip().islower() and w.strip().isalpha()}
    found = set()
    for fname in (*ACTOR_FILES, "Phoenix.agents.txt", "Phoenix.discards.txt"):
        for raw in (src / fname).read_text(encoding="utf-8", errors="replace").splitlines():
            body, _ = _split_comment(raw)
            body = _CODE_RE.sub(" ", body).strip().lstrip("+").strip()
            body = re.sub(r"\{[^}]*\}", " ", body).strip()
            words = petrarch_words(body)
            if len(words) == 1:
                w = words[0].lower()
                if w in lower_words:
                    found.add(w)
                if w.endswith("s") and w[:-1] in lower_words:
                    found.add(w)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=ROOT.parent.parent / "shared" / "data" / "petrarch2")
    ap.add_argument("--out", type=Path, default=ROOT / "tension" / "data")
    ap.add_argument("--scan-wordlist", type=Path, default=None,
                    help="print the single-word phrases found in this word list and exit")
    args = ap.parse_args(argv)
    src: Path = args.source
    if not (src / ACTOR_FILES[0]).exists():
        alt = Path("/work/shared/data/petrarch2")
        if (alt / ACTOR_FILES[0]).exists():
            src = alt
        else:
            ap.error(f"no PETRARCH dictionaries in {src}")
    if args.scan_wordlist:
        print("\n".join(scan_wordlist(src, args.scan_wordlist)))
        return 0
    common = _common_words()
    stats = Stats()
    actors, places, acr = derive_actors(src, args.out, common, stats)
    agents = derive_agents(src, common, acr, stats)
    discards = derive_discards(src, common, stats)
    actors.sort(key=lambda r: (r.toks, r.order))
    n_a = write_tsv(args.out / "petrarch_actors.tsv",
                    ("phrase", "code", "valid_from", "valid_to", "kind", "petrarch_code", "source"),
                    ((r.phrase, r.code, _d(r.vf), _d(r.vt), r.kind, r.pcode, r.source) for r in actors))
    places.sort(key=lambda r: (tokens(r[0]), r[1]))
    n_p = write_tsv(args.out / "petrarch_places.tsv", ("phrase", "code", "kind", "note"), places)
    n_g = write_tsv(args.out / "agents.tsv", ("phrase", "code", "role", "position", "form", "source"), agents)
    n_d = write_tsv(args.out / "discards.tsv", ("phrase", "scope", "exact", "source"), discards)
    print(f"petrarch_actors.tsv {n_a} rows; petrarch_places.tsv {n_p}; agents.tsv {n_g}; discards.tsv {n_d}")
    for key, value in sorted(stats.items()):
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
