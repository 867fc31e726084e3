"""Slow, readable reference readers of GDELT and ICEWS files (pure Python, one line at a time).

They state the rules of :mod:`tension.io.gdelt` and :mod:`tension.io.icews` once more,
plainly, so that the vectorized readers can be checked against them: which lines are
bad, and what each good line maps to.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

from tension import codebook
from tension.io.gdelt import layout_columns
from tension.io.icews import country_code, sector_role

_ACTOR = re.compile(r"(?:[A-Z0-9]{3,})?")
_INT = re.compile(r"-?[0-9]{1,18}")
_FLOAT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?")
_CODES = set(codebook.load().codes.tolist())


def _int(text: str) -> int | None:
    return int(text) if _INT.fullmatch(text) else None


def _float(text: str) -> float | None:
    if not _FLOAT.fullmatch(text):
        return None
    v = float(text)
    return v if math.isfinite(v) else None


def _lines(path: Path) -> list[bytes]:
    lines = Path(path).read_bytes().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [line[:-1] if line.endswith(b"\r") else line for line in lines]


def gdelt_reference(path: Path) -> tuple[list[dict], list[int]]:
    """Good rows (mapped fields) and the 1-based numbers of bad lines of a plain GDELT file."""
    raw = _lines(path)
    layout = next(n for n in (line.count(b"\t") + 1 for line in raw) if n in (57, 58, 61))
    names = layout_columns(layout)
    rows, bad = [], []
    for number, line in enumerate(raw, start=1):
        row = _gdelt_row(line, names)
        if row is None:
            bad.append(number)
        else:
            rows.append(row)
    return rows, bad


def _gdelt_row(line: bytes, names: tuple[str, ...]) -> dict | None:
    if b"\r" in line:
        return None
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None
    fields = text.split("\t")
    if len(fields) != len(names):
        return None
    f = dict(zip(names, fields))
    try:
        date = dt.datetime.strptime(f["SQLDATE"], "%Y%m%d").date() if re.fullmatch(r"\d{8}", f["SQLDATE"]) else None
    except ValueError:
        date = None
    gold, tone = _float(f["GoldsteinScale"]), _float(f["AvgTone"])
    ints = {k: _int(f[k]) for k in ("GLOBALEVENTID", "QuadClass", "NumMentions", "NumSources", "NumArticles")}
    ok = (
        date is not None
        and _ACTOR.fullmatch(f["Actor1Code"]) and _ACTOR.fullmatch(f["Actor2Code"])
        and f["EventCode"] in _CODES
        and gold is not None and -10 <= gold <= 10 and tone is not None
        and None not in ints.values()
        and 1 <= ints["QuadClass"] <= 4 and ints["NumMentions"] >= 1
        and ints["NumSources"] >= 0 and ints["NumArticles"] >= 0
    )
    if not ok:
        return None
    return {
        "date": date, "actor": f["Actor1Code"], "target": f["Actor2Code"], "code": f["EventCode"],
        "tension": 0.0 - gold, "mentions": ints["NumMentions"], "source": f.get("SOURCEURL", ""),
        "quad_class": ints["QuadClass"], "avg_tone": tone, "num_sources": ints["NumSources"],
        "num_articles": ints["NumArticles"], "global_event_id": ints["GLOBALEVENTID"],
    }


def icews_reference(path: Path) -> tuple[list[dict], list[int]]:
    """Good rows (mapped fields) and the 1-based numbers of bad lines of a plain ICEWS file."""
    raw = _lines(path)
    names = raw[0].decode("utf-8").lstrip("\ufeff").split("\t")
    rows, bad = [], []
    for number, line in enumerate(raw[1:], start=2):
        row = _icews_row(line, names)
        if row is None:
            bad.append(number)
        else:
            rows.append(row)
    return rows, bad


def _icews_row(line: bytes, names: list[str]) -> dict | None:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None
    fields = text.split("\t")
    if len(fields) != len(names) or "\r" in text:
        return None
    f = dict(zip(names, fields))
    try:
        date = dt.date.fromisoformat(f["Event Date"]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["Event Date"]) else None
    except ValueError:
        date = None
    intensity = _float(f["Intensity"])
    ints = {k: _int(f[k]) for k in ("Event ID", "Story ID", "Sentence Number")}
    coords = [f[k] for k in ("Latitude", "Longitude")]
    src, tgt = country_code(f["Source Country"]), country_code(f["Target Country"])
    ok = (
        date is not None and intensity is not None and -10 <= intensity <= 10
        and None not in ints.values() and f["CAMEO Code"] in _CODES
        and src is not None and tgt is not None
        and all(c == "" or _float(c) is not None for c in coords)
    )
    if not ok:
        return None
    return {
        "date": date, "actor": src + sector_role(f["Source Sectors"]),
        "target": tgt + sector_role(f["Target Sectors"]), "code": f["CAMEO Code"],
        "tension": 0.0 - intensity, "mentions": 1, "source": f["Story ID"], "event_id": ints["Event ID"],
    }
