"""Derive tension/data/verb_patterns.tsv and verb_synsets.tsv from the PETRARCH2 CAMEO verb dictionary.

Source: ``CAMEO.2.0.txt`` of PETRARCH2 (github.com/openeventdata/petrarch2, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT License, Copyright (c) 2015 Open Event Data
Alliance), kept verbatim in ``/work/shared/data/petrarch2/`` (or any folder given as the first
argument). Run from the repository root::

    python scripts/derive_petrarch_verbs.py [/path/to/petrarch2] [--out=folder]

Output (tab-separated, one row per line of the source that carries information):

``verb_patterns.tsv``
    ``block`` (the synonym block's number), ``kind`` (``verb`` or ``pattern``), ``verb`` (the
    lemma, words joined by spaces: "call off"), ``forms`` (its surface forms, ``|``-separated:
    given ``{...}`` forms plus the base, or the regular inflections of the word marked ``+``),
    ``pattern`` (lower-cased PETRARCH pattern: words before ``*`` must precede the verb, words
    after it follow it; ``(prep noun)`` a prepositional phrase, ``{a b}`` a noun phrase with its
    head last, ``&name`` a synset, ``$`` the source, ``+`` the target, ``^`` skip, ``%``
    compound; a trailing ``_`` means no plural), ``code`` (the CAMEO code: the first of
    ``a:b``, else ``b``; empty for ``---``, "no event"; a code missing from the package's
    codebook becomes its nearest ancestor, 176 -> 170), ``line`` (line in the source).
    A verb row's code is its own ``[code]`` or the block's; its pattern is ``*``.

``verb_synsets.tsv``
    ``synset``, ``phrase`` (words joined by spaces), ``plural`` (``no`` when the phrase or the
    synset name ends with ``_``), ``line``.

The derivation is deterministic: the same source gives byte-identical files.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tension import codebook
from tension.text.lexicon import inflect

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = Path("/work/shared/data/petrarch2")
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")


def _raw_code(raw: str) -> str:
    """'042:043' -> '042', ':173' -> '173', '---' -> ''."""
    raw = raw.strip()
    parts = [p.strip() for p in raw.split(":")]
    for p in parts:
        if p and p != "---" and p.isdigit():
            return p
    return ""


def _code(raw: str) -> str:
    """The source code, or its nearest ancestor in the package's codebook ('176' -> '170')."""
    code = _raw_code(raw)
    if not code:
        return ""
    for cand in (code, code[:3], code[:2] + "0", code[:2]):
        if bool(codebook.is_known([cand])[0]):
            return cand
    return ""


def _words(text: str) -> str:
    return " ".join(w for w in text.replace("_", " ").lower().split())


def _verb_forms(entry: str) -> tuple[str, list[str]]:
    """The lemma and surface forms of one verb line ("+CALL_OFF {..}", "WIRE_+TAP", "PUT {PUTS}")."""
    braces = re.search(r"\{([^}]*)\}", entry)
    head = entry[: braces.start()] if braces else entry
    head = head.strip()
    lemma_words = head.replace("+", "").split("_")
    lemma = " ".join(w.lower() for w in lemma_words if w)
    if braces is not None and braces.group(1).strip():
        listed = [_words(f.replace("+", "")) for f in braces.group(1).split()]
        forms = [lemma, *listed]
    elif braces is not None:  # "{}": no forms beyond the phrase itself
        forms = [lemma]
    else:
        parts = head.split("_")
        k = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        verb = parts[k].lstrip("+").lower()
        forms = []
        for f in inflect(verb):
            words = [p.lower() for p in parts]
            words[k] = f
            forms.append(" ".join(w.lstrip("+") for w in words if w))
    return lemma, list(dict.fromkeys(f for f in forms if f))


def derive(source: Path) -> tuple[list[list[str]], list[list[str]]]:
    lines = (source / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    patterns: list[list[str]] = []
    synsets: list[list[str]] = []
    section = "head"
    synset = ""
    block = 0
    block_code = ""
    for n, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].rstrip()
        if "SYNONYM SETS" in raw:
            section = "synsets"
            continue
        if "VERB PATTERNS" in raw:
            section = "verbs"
            continue
        if not line.strip():
            continue
        if section == "synsets":
            if line.startswith("&"):
                synset = line.strip()
            elif line.startswith("+") and synset:
                phrase = line[1:].strip()
                no_plural = phrase.endswith("_") or synset.endswith("_")
                name = synset.rstrip("_").lower()
                synsets.append([name, _words(phrase.rstrip("_")), "no" if no_plural else "yes", str(n)])
            continue
        if section != "verbs" or line.startswith("~"):
            continue
        m = _BLOCK_RE.match(line)
        if m is not None:
            block += 1
            block_code = _code(m.group(2))
            continue
        if line.startswith("-"):
            codes = _CODE_RE.findall(line)
            if not codes:
                continue
            body = line[1: line.rindex("[")].strip()
            body = " ".join(body.split()).lower()
            body = re.sub(r"&(\w+?)_?(?=[\s)}]|$)", lambda mm: "&" + mm.group(1).lower(), body)
            patterns.append([str(block), "pattern", "", "", body, _code(codes[-1]), str(n)])
            continue
        if line[0].isalpha() or line[0] == "+":
            codes = _CODE_RE.findall(line)
            entry = _CODE_RE.sub("", line).strip()
            if not entry:
                continue
            lemma, forms = _verb_forms(entry)
            code = _code(codes[0]) if codes else block_code
            patterns.append([str(block), "verb", lemma, "|".join(forms), "*", code, str(n)])
    return patterns, synsets


def write(patterns: list[list[str]], synsets: list[list[str]], out: Path) -> None:
    """Write ``verb_patterns.tsv`` and ``verb_synsets.tsv`` into the folder ``out``."""
    with open(out / "verb_patterns.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("block\tkind\tverb\tforms\tpattern\tcode\tline\n")
        for row in patterns:
            f.write("\t".join(row) + "\n")
    with open(out / "verb_synsets.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("synset\tphrase\tplural\tline\n")
        for row in synsets:
            f.write("\t".join(row) + "\n")


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--out=")]
    outs = [a.split("=", 1)[1] for a in argv[1:] if a.startswith("--out=")]
    source = Path(args[0]) if args else DEFAULT_SOURCE
    out = Path(outs[0]) if outs else ROOT / "tension" / "data"
    patterns, synsets = derive(source)
    write(patterns, synsets, out)
    n_verbs = sum(1 for r in patterns if r[1] == "verb")
    print(f"{n_verbs} verbs, {len(patterns) - n_verbs} patterns, {len(synsets)} synset phrases -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
