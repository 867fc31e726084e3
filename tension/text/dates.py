"""When did it happen? Date phrases in news text, resolved against the publication day.

:func:`find_dates` finds date phrases in a span of text and resolves each one
against ``published`` (never the machine clock), with a precision:

===========================================  ==========================================  =========
phrase                                       resolves to                                 precision
===========================================  ==========================================  =========
"June 18", "18 June 2023", "Sept. 30, 2022"  that day (dateparser, pinned settings)       day
"on Sunday", "Monday"                        the last such weekday on or before           day
                                             publication ("next Sunday": the next one)
"in February", "November"                    the latest such month not after              month
                                             publication (future tense: the next one)
"in March 2022", "in 2019"                   that month / year                            month/year
"today", "yesterday", "tomorrow"             publication day, -1, +1                      day
"last week", "recently", "in recent days"    seven days before publication                day
"N days/weeks ago"                           publication minus N days/weeks               day
"last month", "this month", "next month"     that month                                   month
"earlier this month", "later this month"     this month                                   month
"earlier this year", "later this year"       a month halfway to 1 January / 31 December   month
"last year", "this year", "next year"        that year                                    year
"last summer", "this spring"                 the season's middle month                    month
===========================================  ==========================================  =========

Explicit calendar dates go through ``dateparser`` with pinned settings (a fixed
``RELATIVE_BASE``, ``TIMEZONE`` UTC, ``RETURN_AS_TIMEZONE_AWARE`` False, cached
per phrase) for their month and day; a phrase without a year gets the latest
such day on or before publication (the next one in planned contexts) by calendar
arithmetic. Every other form is plain calendar arithmetic; the machine clock is
never read.

Examples
--------
>>> import datetime as dt
>>> from tension.text.dates import find_dates
>>> pub = dt.date(2023, 6, 19)
>>> [(d.phrase, d.date.isoformat(), d.precision) for d in find_dates("On Sunday, talks began in February.", pub)]
[('On Sunday', '2023-06-18', 'day'), ('in February', '2023-02-01', 'month')]
>>> [(d.date.isoformat(), d.precision) for d in find_dates("They met November 12 and will meet later this year.", pub)]
[('2022-11-12', 'day'), ('2023-09-01', 'month')]
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from typing import Any

import attrs

from .._values import parse_day
from .rules import MONTH_ABBREVIATIONS

__all__ = ["DateMention", "find_dates", "as_published", "is_date_anchor", "is_start_date", "shift_anaphor", "DATE_ANCHORS",
           "FUTURE_RE"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_ABBR = MONTH_ABBREVIATIONS
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a few": 3}

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_SHORT = "(?:" + "|".join(sorted((a.capitalize() for a in _MONTH_ABBR), key=len, reverse=True)) + r")\.?"
_MONTH_ANY = rf"(?:{_MONTH_NAME}|{_MONTH_SHORT})"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_THAT_YEAR = r"(?:that|the\s+same|the\s+following)\s+year"
_NUM = r"(?:\d{1,2}|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"

_RULES: list[tuple[str, str]] = [
    ("iso", rf"\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"),
    ("explicit", rf"\b(?:[Oo]n\s+)?{_MONTH_ANY}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
    ("explicit", rf"\b(?:[Oo]n\s+)?{_DAY}\s+(?:of\s+)?{_MONTH_ANY}(?:,?\s+{_YEAR}\b)?"),
    ("month_year",
     rf"\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?{_MONTH_NAME},?\s+{_YEAR}\b"),
    ("month_rel", rf"\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?{_MONTH_NAME}\s+"
                  rf"(?:of\s+)?(?:last|this|next)\s+year\b"),
    # a month or year told from the previous sentence's year: "in October of that year", "later that year"
    ("anaphor", rf"\b(?:(?:[Ii]n|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?{_MONTH_NAME}\s+(?:of\s+)?{_THAT_YEAR}\b"
                rf"|\b(?:[Ll]ater|[Ee]arlier)\s+(?:in\s+)?{_THAT_YEAR}\b"),
    ("weekday", rf"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?{_WEEKDAY}\b"),
    ("month", rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Tt]his|[Nn]ext|"
              rf"[Ee]arlier in|[Ll]ater in|[Bb]ack in|[Ss]ince early|[Ss]ince late)\s+{_MONTH_NAME}\b"
              rf"|\b(?!May\b|March\b){_MONTH_NAME}\b"),
    ("ago", rf"\b(?i:{_NUM})\s+(?:days?|weeks?|months?|years?)\s+ago\b"),
    ("relative", r"\b(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:year|month|week)\b"),
    ("relative", r"\b(?i:last|this|next|past)\s+(?i:week|weekend|month|year)\b"),  # (also a headline's "Next Week")
    ("relative", r"\b(?:[Oo]ver\s+the\s+weekend)\b"),
    ("relative", r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b"),
    ("relative", r"\b(?:[Rr]ecently|[Ii]n\s+recent\s+(?:days|weeks)|[Ee]arlier\s+this\s+week)\b"),
    ("year", rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+{_YEAR}\b"),
    ("season", r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ii]n\s+the|[Ee]arly|[Ll]ate|[Oo]ver\s+the|[Dd]uring\s+the)\s+"
               r"(?:spring|summer|autumn|fall|winter)\b"),
    ("anaphor", r"\b(?:[Aa]t\s+that\s+time|[Aa]t\s+the\s+time)\b"),
    # a day told from the previous sentence's: "the same day", "the following day", "a month later", and
    # back from it: "the previous day", "a day earlier", "two days before," (not "two days before the vote")
    ("anaphor", rf"\b(?:[Tt]he\s+same\s+day|[Tt]he\s+(?:following|next|previous|preceding)\s+day|"
                rf"(?i:{_NUM})\s+(?:days?|weeks?|months?)\s+(?:later|earlier(?!\s+th(?:is|an)\b)|before(?!\s+\w))|"
                rf"[Tt]he\s+day\s+before(?!\s+\w))\b"),
]
_DATE_RE = re.compile("|".join(f"(?P<{kind}{i}>{rx})" for i, (kind, rx) in enumerate(_RULES)))

#: Words that put a clause in the future (planned events); "would have" is a counterfactual past
#: ("would have climbed back to the rates imposed in April": the last April).
FUTURE_RE = re.compile(
    r"\b(?:will|would(?!\s+have\b)|shall|plans?\s+to|(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )planned|"
    r"planning|scheduled|expected\s+to|set\s+to|(?:is|are|was|were)\s+due\s+to|(?:is|are)\s+(?:due|expected)\s+in|"
    r"prepar(?:ing|es?)\s+for|to\s+be\s+held|"
    r"upcoming|next|later|intends?\s+to|is\s+to|are\s+to|going\s+to)\b",
    re.IGNORECASE,
)


@attrs.frozen
class DateMention:
    """A date phrase found in text: its offsets, resolved date and precision.

    ``kind`` is the rule that matched (``explicit``, ``weekday``, ``month``,
    ``relative``, ``anaphor``, ...). An ``anaphor`` ("at that time") has no date
    of its own: the caller resolves it to the previous sentence's date.
    """

    start: int
    end: int
    phrase: str
    date: _dt.date | None
    precision: str
    kind: str


def as_published(published: Any) -> _dt.date:
    """Check and convert a publication date (``datetime.date`` or ISO string), by :func:`tension._values.parse_day`.

    Examples
    --------
    >>> as_published("2023-06-19")
    datetime.date(2023, 6, 19)
    >>> as_published("19/06/2023")
    Traceback (most recent call last):
    ...
    tension.exceptions.SchemaError: field 'published': expected YYYY-MM-DD or an ISO date-time such as '2023-06-19T08:00:00Z', got '19/06/2023'
    """
    return parse_day(published, "published")


def _month_start(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, 1)


def _add_months(d: _dt.date, k: int) -> _dt.date:
    m = d.year * 12 + (d.month - 1) + k
    return _dt.date(m // 12, m % 12 + 1, 1)


def _halfway_month(a: _dt.date, b: _dt.date) -> _dt.date:
    mid = a + (b - a) / 2
    return _month_start(mid.year, mid.month)


# A fixed, leap-year base for dateparser: the phrase's month and day do not depend on it, and the
# year of a phrase without one is chosen below by calendar arithmetic against the publication day.
_PARSE_BASE = _dt.datetime(2000, 7, 1)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@functools.lru_cache(maxsize=8192)
def _parse_month_day(phrase: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of an explicit date phrase, through dateparser (pinned settings)."""
    import dateparser  # imported here: keep `import tension` cheap

    settings = {
        "RELATIVE_BASE": _PARSE_BASE,
        "PREFER_DATES_FROM": "current_period",
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "MDY",
    }
    try:
        got = dateparser.parse(phrase, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if got is None:
        return None
    year = got.year if _YEAR_RE.search(phrase) else None
    return year, got.month, got.day


def _parse_explicit(phrase: str, base: _dt.date, prefer: str) -> _dt.date | None:
    """The date of an explicit phrase; without a year, the latest (or, for the future, next) one."""
    parsed = _parse_month_day(phrase)
    if parsed is None:
        return None
    year, month, day = parsed
    if year is not None:
        try:
            return _dt.date(year, month, day)
        except ValueError:
            return None
    step = 1 if prefer == "future" else -1
    y = base.year
    for _ in range(9):  # Feb 29 may need a few years
        try:
            candidate = _dt.date(y, month, day)
        except ValueError:
            y += step
            continue
        if (step < 0 and candidate <= base) or (step > 0 and candidate >= base):
            return candidate
        y += step
    return None


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMBERS.get(w, 1)


@functools.lru_cache(maxsize=16384)
def _resolve(kind: str, phrase: str, pub: _dt.date, future: bool) -> tuple[_dt.date | None, str]:
    low = phrase.lower()
    if kind == "iso":
        return _dt.date.fromisoformat(phrase), "day"
    if kind == "explicit":
        clean = re.sub(r"^on\s+", "", phrase, flags=re.IGNORECASE)
        clean = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", clean)
        return _parse_explicit(clean, pub, "future" if future else "past"), "day"
    if kind == "month_year":
        words = re.findall(r"[A-Za-z]+|\d{4}", phrase)
        month = next(_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS)
        return _month_start(int(words[-1]), month), "month"
    if kind == "year":
        return _dt.date(int(re.findall(r"\d{4}", phrase)[0]), 1, 1), "year"
    if kind == "weekday":
        words = low.split()
        wd = _WEEKDAYS[words[-1]]
        back = (pub.weekday() - wd) % 7
        if words[0] == "next" or (future and words[0] not in ("last", "since")):
            ahead = (wd - pub.weekday()) % 7
            return pub + _dt.timedelta(days=ahead or (7 if words[0] == "next" else 0)), "day"
        if words[0] == "last" and back == 0:
            back = 7
        return pub - _dt.timedelta(days=back), "day"
    if kind == "month_rel":  # "in March last year", "June of next year"
        words = re.findall(r"[a-z]+", low)
        month = next(_MONTHS[w] for w in words if w in _MONTHS)
        shift = {"last": -1, "this": 0, "next": 1}[words[-2]]
        return _month_start(pub.year + shift, month), "month"
    if kind == "month":
        words = re.findall(r"[a-z]+", low)
        month = _MONTHS[words[-1]]
        first = words[0]
        if first == "next" or (future and first not in ("last", "since", "back", "earlier")):
            year = pub.year if month >= pub.month else pub.year + 1
            if first == "next" and month == pub.month:
                year += 1
        else:
            year = pub.year if month <= pub.month else pub.year - 1
            if first == "last" and month == pub.month:
                year -= 1
        return _month_start(year, month), "month"
    if kind == "ago":
        m = re.match(r"(\S+(?:\s+few)?)\s+(day|week|month|year)", low)
        assert m is not None
        n, unit = _num(m.group(1)), m.group(2)
        if unit == "day":
            return pub - _dt.timedelta(days=n), "day"
        if unit == "week":
            return pub - _dt.timedelta(weeks=n), "day"
        if unit == "month":
            return _add_months(pub, -n), "month"
        return _dt.date(pub.year - n, 1, 1), "year"
    if kind == "relative":
        low = " ".join(low.split())
        if low in ("today", "tonight"):
            return pub, "day"
        if low == "yesterday":
            return pub - _dt.timedelta(days=1), "day"
        if low == "tomorrow":
            return pub + _dt.timedelta(days=1), "day"
        if low in ("recently", "in recent days", "in recent weeks", "last week", "past week", "earlier this week"):
            return pub - _dt.timedelta(days=7 if "days" not in low and "this week" not in low else 3), "day"
        if low in ("last weekend", "over the weekend"):
            back = (pub.weekday() - 5) % 7 or 7
            return pub - _dt.timedelta(days=back), "day"
        if low == "this week":
            return pub, "day"
        if low in ("next week", "later this week"):
            return pub + _dt.timedelta(days=7 if low == "next week" else 2), "day"
        if low == "this weekend":
            return pub + _dt.timedelta(days=(5 - pub.weekday()) % 7), "day"
        if low in ("last month", "past month"):
            return _add_months(pub, -1), "month"
        if low == "this month":
            return _month_start(pub.year, pub.month), "month"
        if low == "next month":
            return _add_months(pub, 1), "month"
        if low in ("earlier this month", "later this month"):
            return _month_start(pub.year, pub.month), "month"  # the month is all the phrase tells
        if low == "earlier this year":
            return _halfway_month(_dt.date(pub.year, 1, 1), pub), "month"
        if low == "later this year":
            return _halfway_month(pub, _dt.date(pub.year, 12, 31)), "month"
        if low in ("last year", "past year"):
            return _dt.date(pub.year - 1, 1, 1), "year"
        if low == "this year":
            return _dt.date(pub.year, 1, 1), "year"
        if low == "next year":
            return _dt.date(pub.year + 1, 1, 1), "year"
    if kind == "season":
        words = low.split()
        month = _SEASON_MONTH[words[-1]]  # the season's middle month (northern hemisphere)
        first = words[0]
        if first == "this":  # "this spring" said in March is this year's, whether past or to come;
            year = pub.year + int(month == 1 and pub.month >= 10)  # "this winter" said in November: January next
        elif first == "next" or (future and first != "last"):
            year = pub.year if month >= pub.month else pub.year + 1
        else:
            year = pub.year if month <= pub.month else pub.year - 1
            if first == "last" and month >= pub.month - 1 and year == pub.year:
                year -= 1  # "last summer" said in August is the previous one
        return _month_start(year, month), "month"
    if kind == "anaphor":
        return None, "day"
    return None, "day"  # pragma: no cover - every rule is handled above


#: Normalized tokens (see :func:`tension.text.tokens.tokenize`) that can be part of a date phrase;
#: a span without any of them (or a 4-digit year) has no date phrase.
DATE_ANCHORS: frozenset[str] = frozenset(
    list(_MONTHS) + list(_MONTH_ABBR) + list(_WEEKDAYS)
    + "ago today yesterday tomorrow tonight recently recent week weekend month year time spring summer autumn "
    "fall winter day days weeks months later".split()
)


def is_date_anchor(token: str) -> bool:
    """Whether a normalized token can anchor a date phrase ("june", "sunday", "ago", "2023").

    Examples
    --------
    >>> is_date_anchor("sunday"), is_date_anchor("2023"), is_date_anchor("talks")
    (True, True, False)
    """
    if token in DATE_ANCHORS or (token.isupper() and token.lower() in DATE_ANCHORS):  # ("AUG" of "AUG. 16")
        return True
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


# a comma or full stop inside a number ("35.3 percent", "$1,000") breaks nothing
#: "as soon as" / "as early as" before a date looks forward ("could announce the tariffs on electric vehicles,
#: solar cells and other goods as soon as Tuesday": the next Tuesday, however far the future word stands)
_SOONEST_RE = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.IGNORECASE)
_LOCAL_BREAK_RE = re.compile(r"[;:!?]|[,.](?!\d)|\band\b|\bbut\b|\bafter\b|\bbefore\b")


# a start date ("from Sunday", "starting on Monday", "effective Tuesday") is future when the sentence
# announces the measure ("said it would bar downloads of TikTok and WeChat from Sunday"): the future
# word may stand further back, across "and" and object phrases (a long list of goods before "from
# Feb. 10"), up to the sentence's last clause break
_EFFECTIVE_RE = re.compile(r"\b(?:from|starting|effective|beginning|as\s+of|(?:take|takes|took|taking)\s+effect)"
                           r"\s+(?:on\s+)?$", re.IGNORECASE)
# (the period of an initialism, "U.S. coal", "U.N.", ends no sentence)
_WIDE_BREAK_RE = re.compile(r"[;!?]|(?<![A-Z])\.|\bbut\b|\bafter\b|\bbefore\b")


def is_start_date(text: str, at: int) -> bool:
    """Whether the date phrase starting at ``text[at]`` tells when a measure starts: "from June 1",
    "starting on Feb. 14", "effective Monday", "take effect on Tuesday".

    >>> text = "it would cut tariffs from Feb. 14"
    >>> is_start_date(text, text.index("Feb")), is_start_date("talks on Monday", 6)
    (True, False)
    """
    return _EFFECTIVE_RE.search(text, max(0, at - 24), at) is not None


def _future_start_date(text: str, a: int, b: int) -> bool:
    """Whether a date phrase ending the span ``text[a:b]`` is a start date in an announced future."""
    if _EFFECTIVE_RE.search(text, max(a, b - 24), b) is None:
        return False
    cut = a
    for m in _WIDE_BREAK_RE.finditer(text, a, b):
        cut = m.end()
    return FUTURE_RE.search(text, cut, b) is not None


def _future_before(text: str, a: int, b: int) -> bool:
    """Whether the words just before a date phrase (back to a comma or conjunction) are future."""
    cut = a
    for m in _LOCAL_BREAK_RE.finditer(text, a, b):
        cut = m.end()
    return FUTURE_RE.search(text, cut, b) is not None


_BARE_WEEKDAY_RE = re.compile(rf"(?:[Oo]n\s+)?{_WEEKDAY}")
_BARE_MONTH_RE = re.compile(rf"(?:[Ii]n\s+)?{_MONTH_NAME}")


def planned_day(phrase: str, day: _dt.date, published: _dt.date) -> _dt.date:
    """The day of a planned act whose date phrase was read in the past: a bare weekday ("is due to meet
    Japan's prime minister, Sanae Takaichi, on Friday", where the apposition's commas hid the future
    from the date reader) is the next such day; any other phrase keeps ``day``.

    >>> planned_day("on Friday", _dt.date(2025, 10, 24), _dt.date(2025, 10, 30))
    datetime.date(2025, 10, 31)
    >>> planned_day("last Friday", _dt.date(2025, 10, 24), _dt.date(2025, 10, 30))
    datetime.date(2025, 10, 24)
    >>> planned_day("in November", _dt.date(2022, 11, 1), _dt.date(2023, 6, 19))
    datetime.date(2023, 11, 1)
    """
    if day >= published:
        return day
    if _BARE_WEEKDAY_RE.fullmatch(phrase.strip()) is not None:
        return _resolve("weekday", phrase.strip(), published, True)[0] or day
    if _BARE_MONTH_RE.fullmatch(phrase.strip()) is not None:  # "preparing for a meeting ... in November"
        return _resolve("month", phrase.strip(), published, True)[0] or day
    return day


def is_future_context(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends in future words (back to a comma or conjunction).

    Examples
    --------
    >>> is_future_context("China will impose the tariffs on goods ", 0, 39)
    True
    >>> is_future_context("China will act, and imposed tariffs ", 0, 36)
    False
    >>> is_future_context("Blinken postponed a planned trip to Beijing ", 0, 44)
    False
    """
    return _future_before(text, a, b)


def find_dates(text: str, published: _dt.date, start: int = 0, end: int | None = None,
               *, future: bool | None = None) -> list[DateMention]:
    """Find and resolve the date phrases in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The text (offsets in the result refer to it).
    published : datetime.date
        The publication day every relative phrase is resolved against.
    start, end : int
        The span to search (default: all of ``text``).
    future : bool, optional
        Whether the span speaks of planned events ("will", "next", "plans to").
        Default: decided for each phrase from the words just before it (back to
        a comma or conjunction) with :data:`FUTURE_RE`.

    Returns
    -------
    list of DateMention
        In text order; an unparseable explicit phrase is left out, and so is a
        relative phrase that would fall outside the calendar (years 1 to 9999:
        "last week" published on 0001-01-01, "next year" on 9999-12-31).

    Examples
    --------
    >>> import datetime as dt
    >>> pub = dt.date(2023, 6, 19)  # a Monday
    >>> [(d.date.isoformat(), d.precision) for d in find_dates("talks last week and two days ago", pub)]
    [('2023-06-12', 'day'), ('2023-06-17', 'day')]
    >>> [d.date.isoformat() for d in find_dates("She will visit on Friday.", pub)]
    ['2023-06-23']
    >>> find_dates("They will meet next year.", dt.date(9999, 12, 31))
    []
    >>> [d.date.isoformat() for d in find_dates("The duties on cars, steel and goods as soon as Friday.", pub)]
    ['2023-06-23']
    """
    end = len(text) if end is None else end
    out: list[DateMention] = []
    if not _may_hold_date(text, start, end):
        return out
    if _CAPS_DATE_RE.search(text, start, end) is not None:
        # a date written in capitals ("MONDAY, FEB. 24 —" heading a roundup's item, "AUG. 16"): read it in
        # title case (the same length, so offsets hold)
        text = _CAPS_DATE_RE.sub(lambda c: c.group().title(), text)
    for m in _DATE_RE.finditer(text, start, end):
        kind = (m.lastgroup or "").rstrip("0123456789")
        phrase = m.group()
        fut = future if future is not None else (_future_before(text, max(start, m.start() - 60), m.start())
                                                 or _future_start_date(text, max(0, m.start() - 240), m.start()))
        if _SOONEST_RE.search(text, max(0, m.start() - 16), m.start()) is not None:
            fut = True  # "as soon as Tuesday", "as early as next week": a time still to come, past any list
        try:
            date, precision = _resolve(kind, phrase, published, fut)
        except (OverflowError, ValueError):  # a day before 0001-01-01 or after 9999-12-31
            continue
        if date is None and kind != "anaphor":
            continue
        out.append(DateMention(m.start(), m.end(), phrase, date, precision, kind))
    return out


#: a month in capitals with its day ("FEB. 24", "AUGUST 16"), perhaps after a weekday in capitals ("MONDAY, FEB. 24")
_CAPS_DATE_RE = re.compile(
    r"\b(?:(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),\s+)?"
    r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?"
    r"|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?\s+\d{1,2}\b")


#: a word every date phrase of :data:`_RULES` holds (or a digit): without one the span has no date, and the
#: long alternation of the rules need not run (it would cost a fifth of the extractor's time on news text)
#: (a month's abbreviation is a substring of its name: "jan" of "january"; "may" has none)
_DATE_HINTS = tuple(sorted({*MONTH_ABBREVIATIONS, "may", *_WEEKDAYS, "week", "month", "year", "day", "today",
                            "yesterday", "tomorrow", "tonight", "recent", *_SEASON_MONTH, "time"}))
_DIGIT_RE = re.compile(r"\d")


def _may_hold_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a digit or a word a date phrase needs (a cheap test, a superset).

    >>> _may_hold_date("China protested to Japan.", 0, 25), _may_hold_date("talks on Friday", 0, 15)
    (False, True)
    """
    if _DIGIT_RE.search(text, start, end) is not None:
        return True
    low = text[start:end].lower()
    return any(w in low for w in _DATE_HINTS)


_LATER = re.compile(rf"^({_NUM})\s+(day|week|month)s?\s+(later|earlier|before)$", re.IGNORECASE)


def shift_anaphor(d: DateMention, base: DateMention) -> DateMention:
    """The date of an anaphoric phrase told from ``base``, the previous sentence's date: "at that
    time" and "the same day" are that date, "the following day" the day after, "three days later"
    and "a week later" that many days on (at day precision only), "a month later" the next month.

    >>> pub = _dt.date(2021, 9, 1)
    >>> july = find_dates("in July", pub)[0]
    >>> later = find_dates("Beijing recalled its envoy a month later.", pub)[0]
    >>> shifted = shift_anaphor(later, july)
    >>> shifted.date.isoformat(), shifted.precision
    ('2021-08-01', 'month')
    >>> april = find_dates("in April 2018", pub)[0]
    >>> october = shift_anaphor(find_dates("in October of that year", pub)[0], april)
    >>> october.date.isoformat(), october.precision
    ('2018-10-01', 'month')
    >>> friday = find_dates("on Friday", pub)[0]
    >>> shift_anaphor(find_dates("the following day", pub)[0], friday).date.isoformat()
    '2021-08-28'
    >>> shift_anaphor(find_dates("A day earlier, the navy sailed.", pub)[0], friday).date.isoformat()
    '2021-08-26'
    """
    if base.date is None:
        return base
    low = " ".join(d.phrase.lower().split())
    if low.endswith(" year"):  # "in October of that year", "later that year": the base's year
        year = base.date.year + int(low.endswith("following year"))
        month = next((_MONTHS[w] for w in low.split() if w in _MONTHS), 0)
        return attrs.evolve(d, date=_dt.date(year, month or 1, 1), precision="month" if month else "year")
    if low in ("the following day", "the next day"):
        n, unit = 1, "day"
    elif low in ("the previous day", "the preceding day", "the day before"):
        n, unit = -1, "day"
    else:
        m = _LATER.match(low)
        if m is None:
            return attrs.evolve(d, date=base.date, precision=base.precision)  # "at that time", "the same day"
        n, unit = _NUMBERS.get(m.group(1), 0) or int(m.group(1)), m.group(2)
        n = n if m.group(3) == "later" else -n
    if unit == "month":
        if base.precision == "year":
            return attrs.evolve(d, date=base.date, precision="year")
        return attrs.evolve(d, date=_add_months(base.date, n), precision="month")
    if base.precision != "day":
        return attrs.evolve(d, date=base.date, precision=base.precision)
    return attrs.evolve(d, date=base.date + _dt.timedelta(days=n * (7 if unit == "week" else 1)), precision="day")
