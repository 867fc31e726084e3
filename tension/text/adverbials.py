"""Time adverbials inside a verb's frame: "asked China *on Monday* for aid".

News writers put the day of an act between the verb and the rest of its frame: "Russia asked China
on Monday for military aid", "China ordered the United States on Friday to close its consulate",
"Vietnam accused China last week of violating its waters". The time adverbial says *when*; it does
not break the frame, so the verb's object, preposition or infinitive still belongs to the verb. The
date itself is read separately (:mod:`tension.text.dates`) and still dates the clause.

Pure functions over the lower-cased token list (:func:`tension.text.tokens.tokenize`). A time
adverbial here is a short fixed-form phrase:

- a weekday, optionally after "on" and before a part of the day ("on Monday", "Friday night");
- a calendar date after "on" ("on Oct. 14", "on May 3, 2024");
- "last", "this", "next" or "earlier this" with a unit, a weekday or a month ("last week",
  "earlier this month", "this spring");
- "yesterday", "today", "tonight", "overnight";
- "in" with a month, a month and year, or a year ("in March", "in June 2023", "in 2019");
- an amount of time "ago" ("two days ago", "a week ago");
- any of these after "earlier", "later", "early" or "late" ("earlier on Friday", "late last week").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .rules import MONTHS, WEEKDAYS

__all__ = ["tied_span", "time_adverbial_end", "time_adverbial_start", "span_within", "ADVERBIAL_FIRST",
           "record_since", "tied_offset"]

_UNITS = frozenset("week weekend month year spring summer autumn fall winter quarter".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_DEICTIC = frozenset(["last", "this", "next"])
_ALONE = frozenset(["yesterday", "today", "tonight", "overnight"])
_PREFIXES = frozenset(["earlier", "later", "early", "late"])
_AMOUNTS = frozenset("a an one two three four five six seven eight nine ten several few".split())
_AGO_UNITS = frozenset("day days week weeks month months year years".split())

#: tokens a time adverbial can start with (a cheap test before :func:`time_adverbial_end`)
ADVERBIAL_FIRST = frozenset(["on", "in", *WEEKDAYS, *_DEICTIC, *_ALONE, *_PREFIXES, *_AMOUNTS])


def _number(tok: str) -> bool:
    return tok.isdigit() and len(tok) <= 2


def _year(tok: str) -> bool:
    return tok.isdigit() and len(tok) == 4 and tok[:2] in ("19", "20")


def _core_end(toks: list[str], k: int, hi: int) -> int:
    """End of a time adverbial without a prefix starting at ``k`` (``k``: none)."""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < hi else ""
    if t in _ALONE:
        return k + 1
    if t in WEEKDAYS:
        return k + 2 if nxt in _PARTS_OF_DAY else k + 1
    if t == "on":
        if nxt in WEEKDAYS:
            return k + 3 if k + 2 < hi and toks[k + 2] in _PARTS_OF_DAY else k + 2
        if nxt in MONTHS and k + 2 < hi and _number(toks[k + 2]):
            return k + 4 if k + 3 < hi and _year(toks[k + 3]) else k + 3
        return k
    if t in _DEICTIC:
        if nxt in _UNITS or nxt in WEEKDAYS or nxt in MONTHS:
            return k + 2
        return k
    if t == "in":
        if nxt in MONTHS and nxt != "may":
            return k + 3 if k + 2 < hi and _year(toks[k + 2]) else k + 2
        if nxt == "may" and k + 2 < hi and _year(toks[k + 2]):
            return k + 3
        if _year(nxt):
            return k + 2
        return k
    if t in _AMOUNTS or _number(t):
        if nxt in _AGO_UNITS and k + 2 < hi and toks[k + 2] == "ago":
            return k + 3
    return k


def time_adverbial_end(toks: list[str], k: int, hi: int) -> int:
    """End (exclusive) of the time adverbial starting at token ``k``, before ``hi``; ``k`` when none.

    >>> from tension.text.tokens import tokenize
    >>> toks = [t for t, _, _ in tokenize("asked China earlier on Monday for aid")]
    >>> time_adverbial_end(toks, 2, len(toks))
    5
    >>> time_adverbial_end(toks, 1, len(toks))
    1
    """
    if k >= hi or toks[k] not in ADVERBIAL_FIRST and not _number(toks[k]):
        return k
    if toks[k] in _PREFIXES and k + 1 < hi:
        if toks[k + 1] == "this" or toks[k + 1] in _DEICTIC or toks[k + 1] in ("on", "in", *WEEKDAYS, *_ALONE):
            end = _core_end(toks, k + 1, hi)
            return end if end > k + 1 else k
        return k
    return _core_end(toks, k, hi)


_STARTING = frozenset(["starting", "beginning", "effective", "commencing"])


def effective_start(toks: list[str], at: int, hi: int) -> bool:
    """Whether the word at ``at`` only says when a measure takes effect ("duties on plastics, *starting on
    Monday*", "effective Jan. 1", "beginning from next month"): a date, not an act of starting anything.

    >>> from tension.text.tokens import tokenize
    >>> toks = [t for t, _, _ in tokenize("it would impose duties, starting on Monday")]
    >>> effective_start(toks, 4, len(toks))
    True
    >>> toks = [t for t, _, _ in tokenize("China started joint exercises on Monday")]
    >>> effective_start(toks, 1, len(toks))
    False
    """
    if toks[at] not in _STARTING or at + 1 >= hi:
        return False
    k = at + 2 if toks[at + 1] in ("from", "as") and at + 2 < hi else at + 1
    if toks[k] == "of" and k + 1 < hi:  # "as of Monday"
        k += 1
    return time_adverbial_end(toks, k, hi) > k or toks[k] in MONTHS


def time_adverbial_start(toks: list[str], end: int, lo: int) -> int:
    """Start of a time adverbial that ends right before token ``end`` (not before ``lo``); ``end`` when none.

    >>> from tension.text.tokens import tokenize
    >>> toks = [t for t, _, _ in tokenize("ordered the United States on Friday to close")]
    >>> time_adverbial_start(toks, 6, 0)
    4
    """
    for s in range(max(lo, end - 5), end):  # the longest first: "earlier on Friday", not "Friday"
        if time_adverbial_end(toks, s, end) == end:
            return s
    return end


def span_within(toks: list[str], lo: int, hi: int, limit: int) -> tuple[int, int]:
    """The first time adverbial starting in tokens [lo, hi) (it may run on to ``limit``) as a
    (start, end) span; ``(0, 0)`` when none.

    >>> from tension.text.tokens import tokenize
    >>> toks = [t for t, _, _ in tokenize("asked China on Monday for aid")]
    >>> span_within(toks, 1, 5, len(toks))
    (2, 4)
    """
    for k in range(lo, hi):
        t = toks[k]
        if t in ADVERBIAL_FIRST or t.isdigit():
            end = time_adverbial_end(toks, k, limit)
            if end > k:
                return k, end
    return 0, 0


# "their first face-to-face meeting since 2019", "the highest level since 2008": a record, not a habit
_RECORD_BEFORE_SINCE = re.compile(r"\b(?:first|last|only|highest|lowest|largest|biggest|worst|best|longest|"
                                  r"shortest|sharpest|deepest|strongest|weakest|most|least)\b[^,.;:()\"“”]{0,45}$")


def record_since(text: str, start: int, phrase: str) -> bool:
    """Whether the date phrase at character ``start`` is the "since" of a record ("the two leaders'
    *first* meeting *since 2019*", "the *highest* level since 2008"): it dates no act of the sentence
    and makes none of them background.

    >>> t = "The two leaders met, their first face-to-face meeting since 2019."
    >>> record_since(t, t.index("since"), "since 2019")
    True
    >>> t = "Tariffs have been in place since 2019."
    >>> record_since(t, t.index("since"), "since 2019")
    False
    """
    if phrase[:6].lower() != "since ":
        return False
    return _RECORD_BEFORE_SINCE.search(text, max(0, start - 60), start) is not None


# spans that tie a clause to the day of an "after"/"before" clause: "minutes after", "a day before"
_SAME_DAY_SPANS = frozenset(["minutes", "hours", "moments", "shortly", "soon", "just", "right", "immediately"])
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "hundred": 100}
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_MONTH_UNITS = frozenset(["month", "months"])
_YEAR_UNITS = frozenset(["year", "years", "decade", "decades"])


def tied_span(toks: Sequence[str], opener: int) -> tuple[int, str] | None:
    """The span an "after"/"before" clause opened at ``opener`` is apart from the clause it follows, as
    ``(count, unit)`` with unit ``"day"``, ``"month"`` or ``"year"`` (negative before): "minutes after"
    (0, day), "a day after" (1, day), "two weeks after" (14, day), "a month after" (1, month), "fifty
    years after" (50, year; "two decades after" 20), "two days before" (-2, day); None when no span is
    told ("days after", a plain "after").

    >>> tied_span("the announcement came a month after yellen visited".split(), 5)
    (1, 'month')
    >>> tied_span("drills began two weeks after lai was sworn in".split(), 4)
    (14, 'day')
    >>> tied_span("sanctions came days after the talks".split(), 3) is None
    True
    >>> tied_span("fifty years after nixon visited beijing".split(), 2)
    (50, 'year')
    """
    if opener < 1 or toks[opener] not in ("after", "before"):
        return None
    sign = 1 if toks[opener] == "after" else -1
    prev = toks[opener - 1]
    if prev in _SAME_DAY_SPANS:
        return 0, "day"
    if opener < 2 or toks[opener - 2] not in _DAY_COUNTS:
        return None
    count = _DAY_COUNTS[toks[opener - 2]]
    if prev in _UNIT_DAYS:
        return sign * count * _UNIT_DAYS[prev], "day"
    if prev in _MONTH_UNITS:
        return sign * count, "month"
    if prev in _YEAR_UNITS:
        return sign * count * (10 if prev.startswith("decade") else 1), "year"
    return None


_VAGUE_SPANS = frozenset(["days", "weeks", "months", "years"])


def vague_span(toks: Sequence[str], opener: int) -> str:
    """The unit of an uncounted span before an "after" clause ("days after Biden met Xi": ``"days"``;
    "weeks after", "months after"), else ``""``: the clause's act is that much earlier than its
    sentence's, on no day the text tells.

    >>> vague_span("the sentencing comes days after biden met xi".split(), 4)
    'days'
    >>> vague_span("drills began two weeks after lai was sworn in".split(), 4)
    ''
    """
    if opener < 1 or toks[opener] not in ("after", "following") or toks[opener - 1] not in _VAGUE_SPANS:
        return ""
    return "" if opener >= 2 and toks[opener - 2] in _DAY_COUNTS else toks[opener - 1]


def tied_offset(toks: Sequence[str], opener: int) -> int | None:
    """The days from an "after"/"before" clause opened at ``opener`` to the clause it follows, when a
    span ties them ("minutes after Biden was sworn in on Wednesday": 0; "a day after": +1; "two days
    before": -2), else None ("days after", a plain "after": no day).

    >>> tied_offset("imposed sanctions minutes after biden was sworn in".split(), 3)
    0
    >>> tied_offset("drills began a day after lai was sworn in".split(), 4)
    1
    >>> tied_offset("sanctions came days after the talks".split(), 3) is None
    True
    """
    span = tied_span(toks, opener)
    return span[0] if span is not None and span[1] == "day" else None
