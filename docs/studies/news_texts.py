"""Worked study: a small corpus of news texts -> extracted events and a weekly series,
next to the bulk ``score_texts`` series of the same texts.

The corpus (``docs/studies/data/news_2023.jsonl``) holds 22 short news-style items
written for this study: summaries, in our own words, of widely reported US–China
events of 2023, simplified. Run it on its own with

    python docs/studies/news_texts.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

import tension
from tension.plot import plot_series

CORPUS = Path(__file__).parent / "data" / "news_2023.jsonl"
YEAR = {"start": "2023-01-02", "end": "2023-12-25"}  # the Monday weeks of 2023


def check(ok: bool, claim: str) -> None:
    """Fail the study (and the site build) when a claim of its page no longer holds."""
    if not ok:
        raise RuntimeError(f"news_texts study: {claim}")


def run(out: Path) -> dict[str, str]:
    """Run the study into ``out``: one PNG; Markdown tables by name."""
    out = Path(out)
    # --8<-- [start:both]
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines]  # dicts: id, published, text

    # 1. Full extraction: dated events (actor -> target, code, tension, evidence).
    events = tension.extract_corpus(docs)
    weekly_events = events.dyad("USA", "CHN").series("W", **YEAR)

    # 2. Bulk scoring: one tension score per document, dated by publication day.
    scores = tension.score_texts([d["text"] for d in docs],
                                 published=[d["published"] for d in docs],
                                 ids=[d["id"] for d in docs])
    weekly_scores = scores.series("W", **YEAR)

    plot_series({
        "extract_corpus: US–China events, by the day they happened": weekly_events,
        "score_texts: documents by the day they were published": weekly_scores,
    }, out=out / "news_texts_weekly.png", sharey=True, source=CORPUS.name)
    # --8<-- [end:both]

    # --8<-- [start:compare]
    us_cn = events.dyad("USA", "CHN")
    per_doc = {d["id"]: us_cn.select(us_cn.source == d["id"]) for d in docs}
    r = np.corrcoef(weekly_events.values, weekly_scores.values)[0, 1]
    published = {d["id"]: d["published"] for d in docs}
    pub = np.array([published[s] for s in us_cn.source], dtype="datetime64[D]")
    earlier, later = us_cn.date < pub, us_cn.date > pub
    # --8<-- [end:compare]

    check(len(docs) == 22, f"{len(docs)} documents, expected 22")
    check(len(us_cn) >= 20, f"only {len(us_cn)} US–China events extracted")
    check(r > 0.5, f"the weekly series agree less than the page says (r = {r:.2f})")
    for name, w in (("events", weekly_events), ("scores", weekly_scores)):
        top = w.dates[int(np.argmax(w.values))]  # a Monday
        check(np.datetime64("2023-01-26") <= top <= np.datetime64("2023-02-27"),
              f"the top week of the {name} starts {top}, not in the February crisis")
        for day in ("2023-06-04", "2023-10-17"):
            at = int(np.searchsorted(w.dates, np.datetime64(day, "D"), side="right")) - 1
            check(w.values[at] > 0, f"the {name}' week of {day} is not a week of rising tension")
    check(weekly_scores.values.max() > weekly_events.values.max(),
          "bulk scoring no longer puts the larger number on the crisis week")
    missed = [d["id"] for d in docs if not len(per_doc[d["id"]])]
    bulk_only = [i for i in missed if scores.terms[scores.ids == i][0] > 0]
    neither = [i for i in missed if i not in bulk_only]
    check(bulk_only == [] and neither == ["n08"],
          f"the documents only bulk scoring sees changed: {bulk_only}, neither: {neither}")
    lockheed = per_doc["n05"]
    check(len(lockheed) == 1 and lockheed.target[0] == "USABUS",
          "the Lockheed Martin sanctions are no longer a CHN -> USABUS event")

    def short(text: str, n: int = 70) -> str:
        return text if len(text) <= n else text[: n - 1].rstrip() + "…"

    return {
        "events": (
            f"**{len(events)} events** from {len(docs)} documents, **{len(us_cn)}** of them "
            "between the United States and China (either direction); the others involve "
            "Taiwan.\n\n"
            "| doc | event day | actor → target | CAMEO | tension | evidence |\n"
            "| --- | --- | --- | --- | ---: | --- |\n"
            + "\n".join(f"| {e.source} | {e.date} | {e.actor} → {e.target} | {e.code} "
                        f"| {e.tension:+.1f} | {short(e.evidence)} |" for e in events)
        ),
        "per_doc": (
            "| doc | published | extracted events | their summed tension | score_texts tension "
            "| terms scored |\n| --- | --- | ---: | ---: | ---: | ---: |\n"
            + "\n".join(f"| {d['id']} | {d['published']} | {len(per_doc[d['id']])} "
                        f"| {per_doc[d['id']].tension.sum():+.1f} | {s:+.1f} | {k} |"
                        for d, s, k in zip(docs, scores.tension, scores.terms))
        ),
        "gaps": (
            f"Extraction found no US–China event in {len(missed)} documents "
            f"({', '.join(missed)}). Bulk scoring scored terms in "
            + (", ".join(f"{i} ({scores.tension[scores.ids == i][0]:+.1f})" for i in bulk_only)
               or "none")
            + f" of them; neither path scored {', '.join(neither) or 'any other'}."
        ),
        "compare": (
            f"Over the {len(weekly_events)} weeks of 2023 the two weekly series correlate at "
            f"**r = {r:.2f}**. {int(earlier.sum())} of the {len(us_cn)} US–China events "
            "happened before the day their report was published: extraction dates them to the "
            "day of the event, bulk scoring to the day of publication. Extraction found "
            f"US–China events in {sum(len(v) > 0 for v in per_doc.values())} of the "
            f"{len(docs)} documents; bulk scoring scored terms in {int((scores.terms > 0).sum())}."
            "\n\nEvents dated after their report was published: "
            + (", ".join(f"{e.source} ({e.code} dated {e.date}, published {published[e.source]}: "
                         f"\"{short(e.evidence, 60)}\")" for e in us_cn.select(later)) or "none")
            + "."
        ),
    }


if __name__ == "__main__":
    for key, text in run(Path(sys.argv[1] if len(sys.argv) > 1 else "study-news")).items():
        print(f"## {key}\n\n{text}\n")
