"""Extraction speed on realistic news text: sentences per second on one core.

The corpus is built once, outside the timer: documents of 8-30 sentences drawn
with a fixed seed from a pool of varied news sentences (diplomacy, trade,
military, protest, legal, quotes, dates, negation; many countries), plus the
seed article's paragraphs, with publication days spread over 2018-2024.
``TENSION_BENCH_SIZE=small`` (default) uses about 1,000 sentences,
``full`` about 20,000. Run::

    TENSION_BENCH_SIZE=full PYTHONPATH=. python -m pytest benchmarks/bench_extract.py \\
        --benchmark-enable --benchmark-columns=min,median,rounds

and divide the corpus's sentence count (printed by ``python benchmarks/bench_extract.py``,
which also times one pass) by the median. Published figures for rule-based coders:
TABARI 1,000-2,000 sentences/s, PETRARCH about 250/s; the target here is >= 2,000/s.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time

import pytest

import tension
from tension.text.evaluate import load_seed
from tension.text.sentences import split_sentences

SIZES = {"small": 1_000, "full": 20_000}

POOL = [
    "Japan protested to China on Friday over the intrusion of Chinese coast guard ships into waters near the "
    "Senkaku Islands.",
    "Russian President Vladimir Putin hosted Chinese President Xi Jinping in Moscow last month.",
    "China fired ballistic missiles into waters around Taiwan on Thursday after House Speaker Nancy Pelosi "
    "visited Taipei.",
    "Beijing suspended climate talks with Washington and sanctioned Pelosi.",
    "The United States raised tariffs on $200 billion of Chinese goods on Friday, and China vowed to retaliate.",
    "A US fighter jet shot down the balloon off the coast of South Carolina on Saturday.",
    "Top US and Chinese officials traded sharp accusations in Alaska on Thursday.",
    "China ordered the closure of the US consulate in Chengdu, retaliating for the closure of its consulate in "
    "Houston.",
    "Biden and Xi agreed on Wednesday to resume military-to-military communications.",
    "Indian and Pakistani troops clashed along the Line of Control on Tuesday.",
    "Germany expelled two Russian diplomats last week, the foreign ministry in Berlin said.",
    "France and Germany signed a defense agreement in Berlin on April 12.",
    "The European Union imposed new sanctions on Iran over its drone deliveries to Russia.",
    "“We strongly condemn this provocation,” Chinese foreign ministry spokesperson Wang Wenbin told reporters.",
    "Mexico and Canada will hold talks in Ottawa next month on migration and trade.",
    "Saudi Arabia and Iran restored diplomatic relations in March 2023 in a deal brokered by China.",
    "The Pentagon said China had turned down a request for a call between the two defense chiefs.",
    "Australia's trade minister said there was no progress on lifting the tariffs on Australian wine.",
    "Kenya received a $1 billion loan from China last year to finish the railway.",
    "The Dutch government restricted exports of chipmaking equipment to China in September.",
    "Stocks rose 1.2% in Tokyo as investors weighed the central bank's decision.",
    "The company said its revenue grew 8 percent in the third quarter, beating analysts' estimates.",
    "Officials in Brussels are expected to publish the report later this year.",
    "Rain and strong winds hit the coast of Vietnam on Sunday, cutting power to thousands of homes.",
    "Taiwan accused China of staging military drills to intimidate the island ahead of the election.",
    "North Korea fired a ballistic missile into the sea off Japan, Seoul said.",
    "The Philippines summoned the Chinese ambassador on Tuesday to protest the use of water cannon.",
    "Blinken postponed his trip to Beijing after the balloon was spotted over Montana.",
    "Xi will not attend the summit in New Delhi next week, officials said.",
    "Mr. Biden told reporters at the White House that he expected to speak with Mr. Xi soon.",
    "Canada expelled a Chinese diplomat accused of targeting a lawmaker's relatives in Hong Kong.",
    "Turkey refused to release the detained Swedish journalist despite appeals from Stockholm.",
    "South Korea and Japan agreed to resume regular summits for the first time in 12 years.",
    "Brazil's President Lula met with Argentine President Javier Milei on the sidelines of the summit.",
    "The central bank left interest rates unchanged at 5.25%, in line with expectations.",
    "Israel launched airstrikes on Lebanon overnight, the military said.",
    "Ukraine's President Volodymyr Zelensky praised Poland for its support.",
    "U.S. Trade Representative Katherine Tai met Chinese Vice Premier Liu He by video call in October.",
    "Analysts said the move was unlikely to change Beijing's calculus in the near term.",
]


def _corpus(n_sentences: int, seed: int = 20230618) -> tuple[list[tuple[str, str, str]], int]:
    rng = random.Random(seed)
    seed_text, _ = load_seed()
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    docs: list[tuple[str, str, str]] = []
    total = 0
    start = dt.date(2018, 1, 1)
    while total < n_sentences:
        k = rng.randint(8, 30)
        parts = [rng.choice(POOL) for _ in range(k)]
        parts.insert(rng.randint(0, k), rng.choice(paragraphs))
        text = " ".join(parts[: k // 2]) + "\n\n" + " ".join(parts[k // 2:])
        published = (start + dt.timedelta(days=rng.randint(0, 2500))).isoformat()
        docs.append((f"doc{len(docs)}", published, text))
        total += len(split_sentences(text))
    return docs, total


@pytest.fixture(scope="module")
def news_corpus() -> tuple[list[tuple[str, str, str]], int]:
    """Realistic news documents and their sentence count (built outside the timer)."""
    size = os.environ.get("TENSION_BENCH_SIZE", "small")
    if size not in SIZES:
        raise pytest.UsageError(f"TENSION_BENCH_SIZE: expected one of {sorted(SIZES)}, got {size!r}")
    docs, n = _corpus(SIZES[size])
    tension.extract_events("Warm-up: China met Japan on Sunday.", published="2023-06-19")  # load the lexicon
    return docs, n


def test_extract_corpus_speed(benchmark, news_corpus):
    """extract_corpus codes a realistic news corpus; every evidence is exact and events are plentiful."""
    docs, n_sentences = news_corpus
    table = benchmark(tension.extract_corpus, docs)
    assert len(table) > n_sentences // 10
    texts = {d: t for d, _, t in docs}
    for src, s, e, ev in zip(table.source.tolist()[:200], table.start.tolist(), table.end.tolist(),
                             table.evidence.tolist()):
        assert texts[src][s:e] == ev


def main() -> int:
    size = os.environ.get("TENSION_BENCH_SIZE", "full")
    docs, n = _corpus(SIZES[size])
    tension.extract_events("Warm-up: China met Japan on Sunday.", published="2023-06-19")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        table = tension.extract_corpus(docs)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(docs)} documents, {n} sentences, {len(table)} events; best of 3: {best:.3f} s "
          f"= {n / best:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
