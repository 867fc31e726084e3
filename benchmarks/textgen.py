"""A seeded generator of news-like text for the scoring benchmarks.

Documents mix US–China diplomacy sentences (actors, event terms, negations,
titles such as "Mr." and "U.S.", curly quotes, datelines) with ordinary prose
(markets, weather, sport, local news), in paragraphs of a few sentences, about
2–6 KB per article, like wire copy. The same seed gives the same corpus.

    python benchmarks/textgen.py 10 out.jsonl      # 10 MB of JSONL (id, published, text)
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

US = ["The United States", "Washington", "The U.S.", "The US", "The White House",
      "U.S. Secretary of State Antony Blinken", "President Joe Biden", "The State Department", "The Pentagon",
      "American officials", "The Biden administration",
      "U.S. Treasury Secretary Janet Yellen", "Mr. Blinken", "US lawmakers"]
CN = ["China", "Beijing", "Chinese President Xi Jinping", "The Chinese Foreign Ministry", "Mr. Xi", "Chinese officials",
      "the People’s Liberation Army", "Chinese Foreign Minister Wang Yi", "the PRC", "Chinese diplomats"]
OTHERS = ["Japan", "Taiwan", "the European Union", "India", "Russia", "Australia", "South Korea", "Vietnam",
          "the Philippines", "Germany"]
COOP = ["signed a trade agreement with", "agreed to resume talks with", "held talks with", "met with",
        "praised its cooperation with", "reached a trade deal with", "pledged to cooperate with",
        "eased sanctions on", "welcomed the visit of", "hosted"]
CONF = ["imposed sanctions on", "accused", "criticized", "threatened", "condemned", "warned",
        "expelled diplomats from", "blamed", "restricted exports to", "called off talks with"]
NEG = ["did not", "refused to", "declined to", "has not", "never", "failed to", "would not"]
BASE = ["sign a trade agreement with", "meet", "agree to talks with", "criticize", "impose sanctions on",
        "cooperate with", "visit"]
TAILS = ["on Monday", "on Tuesday", "last week", "in a statement", "according to officials", "after months of tension",
         "amid a dispute over chips", "over Taiwan", "at a summit in Bali", "in Beijing", "in Washington",
         "during a phone call", "this year", "despite earlier warnings"]
PROSE_SUBJ = ["Shares in Hong Kong", "The local council", "Heavy rain", "The central bank", "Oil prices",
              "A spokesman for the company", "The home team", "Farmers in the region", "The museum", "Analysts",
              "Retail sales", "The airline", "Residents", "The mayor", "Tech stocks", "The coach"]
PROSE_VERB = ["rose", "fell", "said", "announced", "reported", "expected", "closed", "opened", "warned", "noted",
              "celebrated", "postponed", "forecast", "recorded"]
PROSE_OBJ = ["a 2.5% gain in early trading", "record attendance over the weekend", "new measures to cut costs",
             "that the plan would take years", "flooding in low-lying areas", "a quarterly profit of $1.2 billion",
             "delays on the main line", "a new exhibition of Ming dynasty ceramics", "that demand remained weak",
             "the season’s first win", "plans for a new stadium", "higher prices for fuel", "strong holiday sales",
             "“an unusually quiet week” for markets"]
DATELINES = ["WASHINGTON (Reuters) — ", "BEIJING — ", "HONG KONG, June 19 (Reuters) - ", "TOKYO — ", ""]


def _diplomacy(r: random.Random) -> str:
    a, b = (r.choice(US), r.choice(CN)) if r.random() < 0.5 else (r.choice(CN), r.choice(US))
    if r.random() < 0.15:
        b = r.choice(OTHERS)
    x = r.random()
    if x < 0.2:
        verb = f"{r.choice(NEG)} {r.choice(BASE)}"
    elif x < 0.6:
        verb = r.choice(COOP)
    else:
        verb = r.choice(CONF)
    s = f"{a} {verb} {b[0].lower() + b[1:] if b.startswith('The ') else b} {r.choice(TAILS)}."
    if r.random() < 0.2:
        s = f"“{s[:-1]},” {r.choice(['a spokesman said', 'officials said', 'Mr. Wang told reporters'])}."
    return s


def _prose(r: random.Random) -> str:
    s = f"{r.choice(PROSE_SUBJ)} {r.choice(PROSE_VERB)} {r.choice(PROSE_OBJ)} {r.choice(TAILS)}."
    if r.random() < 0.3:
        s += f" {r.choice(PROSE_SUBJ)} {r.choice(PROSE_VERB)} {r.choice(PROSE_OBJ)}."
    return s


def article(r: random.Random) -> str:
    """One news-like article: a headline, a dateline, paragraphs of 1-4 sentences."""
    head = _diplomacy(r)[:-1] if r.random() < 0.5 else _prose(r)[:-1]
    paras = []
    target = r.randint(2000, 6000)
    size = 0
    diplomacy_share = r.choice([0.05, 0.2, 0.4])
    while size < target:
        p = " ".join(_diplomacy(r) if r.random() < diplomacy_share else _prose(r) for _ in range(r.randint(1, 4)))
        paras.append(p)
        size += len(p)
    return head + "\n\n" + r.choice(DATELINES) + "\n\n".join(paras)


def documents(n_bytes: int, seed: int = 0) -> Iterator[tuple[str, str, str]]:
    """(id, published, text) of articles until about ``n_bytes`` of UTF-8 text."""
    r = random.Random(seed)
    day0 = dt.date(2023, 1, 1)
    total = 0
    i = 0
    while total < n_bytes:
        text = article(r)
        total += len(text.encode("utf-8"))
        yield f"doc{i:08d}", (day0 + dt.timedelta(days=r.randrange(365))).isoformat(), text
        i += 1


def texts(n_bytes: int, seed: int = 0) -> list[str]:
    """The article texts of :func:`documents` as a list."""
    return [t for _, _, t in documents(n_bytes, seed)]


def write_jsonl(path: Path, n_bytes: int, seed: int = 0) -> Path:
    """Write a JSONL corpus of about ``n_bytes`` of text (skipped when the file already exists)."""
    path = Path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for rid, day, text in documents(n_bytes, seed):
            f.write(json.dumps({"id": rid, "published": day, "text": text}, ensure_ascii=False) + "\n")
    tmp.rename(path)
    return path


if __name__ == "__main__":
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent / "_data" / f"news_{mb:g}mb.jsonl"
    print(write_jsonl(out, int(mb * 1e6)))
