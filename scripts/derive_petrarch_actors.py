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
      of another name in the same PETRARCH record, or a word without a vowel such as "PKK", but
      not a title such as "MR"). A single-word 2-4 letter name that is not a known acronym is
      written both ways ("Iran" and "IRAN"); when the word is a common English word only the
      upper-case form stays ("WHO", "ETA"), which matches text written in capitals only.
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
    when it is, or contains, a project-layer name of the country ("US", "THE_UNITED_STATES",
    "THE_US").
    A synonym with a geographic feature word (``FEATURE_WORDS``: "OTTAWA_RIVER",
    "GREAT_WALL_OF_CHINA", "TAIPEI_COUNTY") and every other synonym (``HERAT``, ``XINJIANG``,
    ``NEW_YORK``) is a place in that country: it goes to ``petrarch_places.tsv``, not to the actors, so "the Chinese region of
    Xinjiang" or "in New York" never makes an actor.

Dropped on purpose (surface matching has no parser to tell a name from a word)
    * Single-word phrases that are common English words (the words of the dictionaries that are
      lower-case entries of the SCOWL ``american-english`` word list, Debian package
      ``wamerican`` 2020.12.07, frozen in ``scripts/petrarch_common_words.txt`` so the output does
      not depend on the machine; ``NOT_COMMON`` and ``EXTRA_COMMON`` below adjust it by hand).
      PETRARCH can afford "PHOENIX", "BUFFALO", "PROVIDENCE" or "JERSEY" as names of the USA
      because it only looks them up inside noun phrases found by a parser; tension matches
      surface tokens, where these are words.
      Multi-word phrases ("NEW_JERSEY") are kept.
    * Names of armed groups and NGOs (not IGOs) made of two or three common words ("RED_LINE",
      "WE_WILL_WIN", "SHARED_INTEREST", "SOCIAL_RESISTANCE"), unless listed in
      ``KEEP_COMMON_NAMES`` ("Red Cross", "World Bank", "Shining Path", "Freedom House").
    * Persons named by one word ("ABDULLAH", "FAHD", "SISI"): a given name or a surname alone
      names many people; the project layer lists the surnames that are safe in 2017-2025 news.
    * Phrases whose tokens are all one character long ("U,S,", "U._S._"), and phrases with a
      parenthesised note ("AMERICA_(UNITED_STATES)_").
    * ``MNC`` (multinational company) records of the International dictionary: companies without a
      country are never parties to a country-pair event in tension, and their names are very
      often ordinary words ("APPLE", "SHELL", "TARGET"). Companies that matter are in the
      project's ``actors.tsv`` with a country (``CHNBUS``, ``USABUS``).
    * Phrases that the dictionaries give to two different countries or prefixes without dates
      ("ISLAMIC_GROUP" as SEAREB and INTREB, "LASHKAR_E_TOIBA" as SASREB and IMG...): ambiguous,
      so neither is kept (a place named in two countries' records is kept with an empty code).
    * Single-word places that are the last word of a person's name in the project layer
      ("AUSTIN", a US city and the surname of a defense secretary) or in
      ``PLACES_THAT_ARE_NAMES`` ("CHARLOTTE", "LAWRENCE", "RICHMOND").
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

from tension.text.tokens import split_tokens  # noqa: E402 (after the sys.path insert) the project's one tokenization rule

SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
NONSTATE_PREFIXES = frozenset(["IGO", "NGO", "IMG", "NGM", "INT", "MNC", "UIS", "PKO"])
DROP_PREFIXES = frozenset(["MNC"])
# ISO codes PETRARCH uses where CAMEO (and tension) has its own (see tension/data/README.md)
CODE_RENAMES = {"ROU": "ROM", "MNE": "MTN"}
# Rows whose last valid day is before 1979 (GDELT's first year) are left out.
OLDEST_DAY = dt.date(1979, 1, 1)
SOURCE_KEYS = {
    "Phoenix.Countries.actors.txt": "countries",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "milnonstate",
    "Phoenix.agents.txt": "agents",
    "Phoenix.discards.txt": "discards",
}
# roles that leave a code naming the country itself (occupied, unrecognised state)
COUNTRY_ROLES = frozenset(["", "OCC", "UNR"])
PRIMARY_UNDER_GOV = ("MIL", "LEG", "JUD", "SPY", "COP")
GENERIC_NAME_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "republic",
        "democratic",
        "people",
        "peoples",
        "s",
        "islamic",
        "state",
        "states",
        "kingdom",
        "federal",
        "federation",
        "union",
        "socialist",
        "new",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "city",
        "island",
        "islands",
        "saint",
        "st",
        "san",
        "santa",
        "great",
        "sea",
        "river",
        "united",
        "arab",
    ]
)

# Words of PETRARCH phrases that are lower-case entries of the SCOWL american-english word list
# (Debian package wamerican 2020.12.07), frozen in scripts/petrarch_common_words.txt so that the
# output does not depend on the machine. Regenerate with
#   python scripts/derive_petrarch_actors.py --scan-wordlist /usr/share/dict/american-english
# Place and country names whose capitalised use dominates news text are not common words here:
NOT_COMMON = frozenset(
    "shanghai cologne madras mecca muscat tangier tangiers wellington wales china japan turkey chile morocco "
    "guinea chad afghan french welsh soviet".split()
)
# One-word names that are not in the word list but read as words or names in news text.
EXTRA_COMMON = frozenset("yahweh boogeymen inevitables avengers".split())
COMMON_WORDS_FILE = Path(__file__).with_name("petrarch_common_words.txt")
# Geographic feature words: a country synonym holding one is a place ("OTTAWA_RIVER",
# "GREAT_WALL_OF_CHINA", "TAIPEI_COUNTY"), even when it holds the country's name.
FEATURE_WORDS = frozenset(
    "river rivers alps shield bight peninsula mountains mountain sea gulf bay lake desert canton district atoll "
    "province county region city ville territory colony valley plateau basin strait channel canal falls wall".split()
)
# Short names whose upper-case form is another name's acronym ("SANA", the Syrian news agency).
NOT_UPPER_FORMS = frozenset(["SANA"])
# One-word places that are at least as often a given name or a surname in news text.
PLACES_THAT_ARE_NAMES = frozenset("charlotte lawrence richmond murray tara eyre columbus".split())
# Organisations and groups whose names are made of common words but are the names' usual sense.
KEEP_COMMON_NAMES = frozenset(
    [
        "red cross",
        "red crescent",
        "world bank",
        "world bank group",
        "amnesty international",
        "human rights watch",
        "doctors without borders",
        "reporters without borders",
        "shining path",
        "red brigades",
        "revolutionary guards",
        "revolutionary guard",
        "international crisis group",
        "world food programme",
        "world food program",
        "transparency international",
        "freedom house",
        "world economic forum",
        "nuclear suppliers group",
        "group of seven",
        "group of eight",
        "central command",
        "pacific command",
        "peace corps",
        "world health assembly",
        "world health organization",
        "security council",
        "party of god",
        "islamic state",
        "sierra club",
        "oxfam",
        "save the children",
        "care international",
        "catholic relief services",
        "international rescue committee",
        "friends of the earth",
        "world vision",
        "habitat for humanity",
        "committee to protect journalists",
        "federal reserve",
        "federal security service",
        "secret intelligence service",
        "royal navy",
        "royal air force",
        "royal marines",
        "federation council",
        "guardian council",
        "assembly of experts",
        "expediency council",
        "intelligence community",
        "metropolitan police service",
        "new people s army",
        "lord s resistance army",
        "people s liberation army",
        "national security council",
        "bin laden",
        "global witness",
        "gates foundation",
        "ford foundation",
        "human rights first",
        "popular resistance committees",
        "conservation international",
        "refugees international",
        "peace brigades international",
        "international alert",
        "minority rights group",
        "international bar association",
        "international press institute",
        "nuclear threat initiative",
    ]
)

DISCARD_EXCLUDE = frozenset(
    [
        "champion",
        "champions",
        "ebola",
        "h5n1",
        "polio",
        "pollution",
        "tsunami",
        "typhoon",
        "landslide",
        "mudslide",
        "blizzard",
        "millennium",
        "jetro",
        "philexim",
        "everest",
    ]
)


def _common_words() -> frozenset[str]:
    """The frozen common words, less the names in NOT_COMMON, plus EXTRA_COMMON."""
    lines = COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    words = {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    return frozenset(words - NOT_COMMON) | EXTRA_COMMON


def all_common(toks: tuple[str, ...], common: frozenset[str]) -> bool:
    """Whether every token is a common word or a function word ("red line", "we will win")."""
    return all(t.lower() in common or t.lower() in FUNCTION_WORDS for t in toks)


FUNCTION_WORDS = frozenset("a an the of and for to in on at by with without s we will no".split())


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
        return line[:i], line[i + 1 :]
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
    segs = [tail[i : i + 3] for i in range(0, len(tail), 3)]
    if not segs:
        return head
    role = segs[0]
    if role == "GOV" and len(segs) > 1 and segs[1] in PRIMARY_UNDER_GOV:
        role = segs[1]
    return head + role


# ---------------------------------------------------------------- phrases

_VOWELS = set("AEIOUY")
_TITLES = frozenset(
    ["MR", "MRS", "MS", "DR", "ST", "JR", "SR", "MT", "FT", "GEN", "LT", "COL", "SGT"]
)  # abbreviations, not acronyms


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
        if words[0] not in NOT_UPPER_FORMS:
            out.append(words[0])  # "IRAN" as written, beside "Iran"
    return out


def tokens(phrase: str) -> tuple[str, ...]:
    return tuple(split_tokens(phrase))


# ---------------------------------------------------------------- project layer facts


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def project_facts(
    data: Path,
) -> tuple[frozenset[str], dict[str, set[str]], frozenset[str], dict[str, set[tuple[str, ...]]]]:
    """Country codes, name words and names per country code, and upper-case acronyms of the project layer."""
    project_rows = read_tsv(data / "actors.tsv")
    countries = frozenset(r["code"] for r in read_tsv(data / "cameo_countries.tsv")) | {
        r["code"][:3] for r in project_rows if r["source"] == "iso-3166"
    }
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
    if toks in names or (toks[:1] == ("the",) and toks[1:] in names):
        return True
    return any(len(n) > 1 and any(toks[i : i + len(n)] == n for i in range(len(toks) - len(n) + 1)) for n in names)


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
    __slots__ = ("code", "kind", "order", "pcode", "phrase", "source", "toks", "vf", "vt")

    def __init__(
        self,
        phrase: str,
        toks: tuple[str, ...],
        code: str,
        pcode: str,
        vf: dt.date | None,
        vt: dt.date | None,
        kind: str,
        source: str,
        order: int,
    ):
        self.phrase, self.toks, self.code, self.pcode = phrase, toks, code, pcode
        self.vf, self.vt, self.kind, self.source, self.order = vf, vt, kind, source, order


_LO, _HI = dt.date(1000, 1, 1), dt.date(9999, 12, 31)


def resolve(rows: list[Row], stats: Stats) -> list[Row]:
    """Merge same-code ranges, cut overlapping different-code ranges; dated rows first, default last."""
    dated = sorted((r for r in rows if r.vf or r.vt), key=lambda r: (r.vf or _LO, r.vt or _HI, r.order))
    merged: list[Row] = []
    for r in dated:
        same = [
            m
            for m in merged
            if m.code == r.code
            and (m.vt or _HI) >= (r.vf or _LO) - dt.timedelta(days=1)
            and (r.vt or _HI) >= (m.vf or _LO) - dt.timedelta(days=1)
        ]
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
        later = [m for m in merged[i + 1 :] if m.code != r.code and (m.vf or _LO) <= (r.vt or _HI)]
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
        stats["default codes dropped (a phrase has one default)"] += sum(
            1 for r in defaults[1:] if r.code != defaults[0].code
        )
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
        country_record = (
            fname == ACTOR_FILES[0]
            and "CountryInfo" not in rec.comment
            and all(c[:3] in countries and c[3:] in COUNTRY_ROLES for c, *_ in good)
        )
        if country_record:
            code3 = max(reversed(good), key=lambda g: g[1] or _LO)[0][:3]  # the latest code
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
                if (
                    country_record
                    and idx > 0
                    and toks not in project_names.get(code3, set())
                    and (
                        any(t.lower() in FEATURE_WORDS for t in toks)
                        or not (is_name_variant(toks, nw) or contains_name(toks, project_names.get(code3, set())))
                    )
                ):
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
                if (
                    kind in ("group", "igo")
                    and not good[0][0].startswith("IGO")
                    and 2 <= len(toks) <= 3
                    and all_common(toks, common)
                    and " ".join(toks).lower() not in KEEP_COMMON_NAMES
                ):
                    stats["group and organisation names of two or three common words"] += 1
                    continue
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
    for toks in [t for t in place_rows if len(t) == 1 and (t[0] in surnames or t[0] in PLACES_THAT_ARE_NAMES)]:
        stats["single-word places that are personal names (Austin, Charlotte)"] += 1
        del place_rows[toks]
    for prows in place_rows.values():
        codes = sorted({c for _, c, _ in prows})
        if len(codes) > 1:
            stats["places in two countries (code left empty)"] += 1
            out_places.append((prows[0][0], "", "place", "in " + " or ".join(codes) + "; " + prows[0][2]))
        else:
            out_places.append((prows[0][0], codes[0], "place", prows[0][2]))
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
                    rows.append(
                        (
                            ph.lower() if not any(t.isupper() for t in toks) else ph,
                            role_code,
                            role,
                            position,
                            form,
                            f"agents:{n}",
                        )
                    )
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
    """Words of PETRARCH phrases that are lower-case words of a word list (or their plural)."""
    lower_words = {
        w.strip()
        for w in wordlist.read_text(encoding="utf-8", errors="replace").splitlines()
        if w.strip() and w.strip().islower() and w.strip().isalpha()
    }
    found = set()
    for fname in (*ACTOR_FILES, "Phoenix.agents.txt", "Phoenix.discards.txt"):
        for raw in (src / fname).read_text(encoding="utf-8", errors="replace").splitlines():
            body, _ = _split_comment(raw)
            body = _CODE_RE.sub(" ", body).strip().lstrip("+").strip()
            body = re.sub(r"\{[^}]*\}", " ", body).strip()
            for w in split_tokens(" ".join(petrarch_words(body))):
                w = w.lower()
                if w in lower_words or (w.endswith("s") and w[:-1] in lower_words):
                    found.add(w)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--source",
        type=Path,
        default=None,
        help="folder with the PETRARCH2 dictionaries (default: shared/data/petrarch2 beside the checkout)",
    )
    ap.add_argument("--quiet", action="store_true", help="print nothing")
    ap.add_argument("--out", type=Path, default=ROOT / "tension" / "data")
    ap.add_argument(
        "--scan-wordlist",
        type=Path,
        default=None,
        help="write the common words of the dictionaries found in this word list to scripts/petrarch_common_words.txt and exit",
    )
    args = ap.parse_args(argv)
    candidates = [args.source] if args.source else [p / "shared" / "data" / "petrarch2" for p in ROOT.parents[:2]]
    found = [p for p in candidates if (p / ACTOR_FILES[0]).exists()]
    if not found:
        ap.error("no PETRARCH dictionaries in " + " or ".join(map(str, candidates)))
    src = found[0]
    if args.scan_wordlist:
        words = scan_wordlist(src, args.scan_wordlist)
        header = (
            "# Words of the PETRARCH2/Phoenix dictionaries that are lower-case words (or their plurals) of the\n"
            "# SCOWL american-english list (Debian wamerican 2020.12.07); written by\n"
            "# scripts/derive_petrarch_actors.py --scan-wordlist /usr/share/dict/american-english\n"
        )
        COMMON_WORDS_FILE.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{COMMON_WORDS_FILE}: {len(words)} words")
        return 0
    common = _common_words()
    stats = Stats()
    actors, places, acr = derive_actors(src, args.out, common, stats)
    agents = derive_agents(src, common, acr, stats)
    discards = derive_discards(src, common, stats)
    actors.sort(key=lambda r: (r.toks, r.order))
    n_a = write_tsv(
        args.out / "petrarch_actors.tsv",
        ("phrase", "code", "valid_from", "valid_to", "kind", "petrarch_code", "source"),
        ((r.phrase, r.code, _d(r.vf), _d(r.vt), r.kind, r.pcode, r.source) for r in actors),
    )
    places.sort(key=lambda r: (tokens(r[0]), r[1]))
    n_p = write_tsv(args.out / "petrarch_places.tsv", ("phrase", "code", "kind", "note"), places)
    n_g = write_tsv(args.out / "agents.tsv", ("phrase", "code", "role", "position", "form", "source"), agents)
    n_d = write_tsv(args.out / "discards.tsv", ("phrase", "scope", "exact", "source"), discards)
    if not args.quiet:
        print(f"petrarch_actors.tsv {n_a} rows; petrarch_places.tsv {n_p}; agents.tsv {n_g}; discards.tsv {n_d}")
        for key, value in sorted(stats.items()):
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
