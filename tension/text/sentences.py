"""Sentence and clause splitting that survives news prose.

Sentences are returned as ``(start, end)`` character offsets into the input, so
that any evidence cut from them is an exact substring. The splitter is a single
left-to-right pass over candidate boundaries (linear in the text length):

- ``.``, ``!``, ``?`` and ``…`` (with any closing quotes or brackets after them)
  end a sentence when whitespace and a plausible sentence start follow;
- a period after a title (``Mr.``, ``Gen.``, ``Sen.``), a single initial
  (``George W. Bush``), a month abbreviation (``Jan. 5``) or ``No.`` does not;
- a period after an acronym with inner periods (``U.S.``, ``D.C.``) or a company
  suffix (``Co.``, ``Inc.``) ends a sentence only when the next word is a typical
  sentence opener ("The", "But", "He", ...);
- a blank line always ends a sentence (paragraphs, and headlines without a full
  stop); a single line break ends one after terminal punctuation, or after a short
  line without it (a headline) when the next line starts with a capital.

Examples
--------
>>> from tension.text.sentences import split_sentences
>>> text = "Mr. Blinken met Xi on Monday. The U.S. said it was “candid.” Talks ran 7 1/2 hours."
>>> [text[s:e] for s, e in split_sentences(text)]
['Mr. Blinken met Xi on Monday.', 'The U.S. said it was “candid.”', 'Talks ran 7 1/2 hours.']
"""

from __future__ import annotations

import re

from .rules import MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SUFFIX_ABBREVIATIONS, TITLES

__all__ = ["split_sentences", "split_clauses"]

_OPENERS = frozenset(
    "the a an it its he she they we i this that these those there but and however in on at meanwhile still yet "
    "so his her their our my when while after before as if although though since for with by officials "
    "analysts critics some many most both all one".split()
)

# A candidate boundary: terminal punctuation, optional closers, then whitespace.
_BOUNDARY_RE = re.compile(r"(?:[.!?]+|\u2026|\.\.\.)[\"'”’)\]»]*(?=\s)|\n[ \t\r\f\v]*\n|\n")
_WORD_RE = re.compile(r"[A-Za-z]+")
_SPACE_RUN_RE = re.compile(r"\s*")


def _is_period_boundary(text: str, p: int, nxt: int) -> bool:
    """Decide a '.'-boundary at text[p] == '.' with the next sentence starting at nxt."""
    if nxt >= len(text):
        return True
    c = text[nxt]
    if c.islower():
        return False
    # the word before the period (letters and inner periods, e.g. "U.S")
    start = p
    while start > 0 and p - start < 40 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:p]
    if not word:
        return True
    lw = word.lower()
    m = _WORD_RE.match(text, nxt, nxt + 30)
    next_word = m.group().lower() if m else ""
    if "." in word:  # an acronym with inner periods: U.S., D.C., U.K.
        return next_word in _OPENERS
    if lw in TITLES:
        return False
    if len(word) == 1 and word.isupper():  # an initial: George W. Bush
        return False
    if lw in MONTH_ABBREVIATIONS and c.isdigit():
        return False
    if lw in NUMBER_ABBREVIATIONS and c.isdigit():
        return False
    if lw in SUFFIX_ABBREVIATIONS:
        return next_word in _OPENERS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split news text into sentences.

    Parameters
    ----------
    text : str
        An article, paragraph or headline.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` offsets of each sentence, stripped of surrounding
        whitespace; ``text[start:end]`` is the sentence.

    Examples
    --------
    >>> t = "US-China Rift Eases\\n\\nGen. Mark Milley spoke with Gen. Li. He said so!\\n“Good,” Xi said."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['US-China Rift Eases', 'Gen. Mark Milley spoke with Gen. Li.', 'He said so!', '“Good,” Xi said.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    line_start = 0
    ws = [-1, -1]  # a known whitespace run [from, to): skipping whitespace stays linear

    def _next_start(text: str, i: int) -> int:
        if ws[0] <= i <= ws[1]:
            return ws[1]
        m = _SPACE_RUN_RE.match(text, i)
        ws[0], ws[1] = i, m.end() if m else i
        return ws[1]

    for m in _BOUNDARY_RE.finditer(text):
        b, e = m.start(), m.end()
        tok = m.group()
        cut = -1
        if tok.startswith("\n"):
            if tok.count("\n") >= 2:
                cut = b
            else:
                line = text[line_start:b].rstrip()
                nxt = _next_start(text, e)
                ends_terminal = bool(line) and line[-1] in ".!?\"”’)"
                headline = (
                    bool(line)
                    and not ends_terminal
                    and len(line) < 60
                    and line[-1] not in ",;:-–—"
                    and nxt < n
                    and (text[nxt].isupper() or text[nxt] in "\"“")
                )
                if ends_terminal or headline:
                    cut = b
            line_start = e
        else:
            nxt = _next_start(text, e)
            if tok[0] == "." and not tok.startswith("...") and len(tok.rstrip("\"'”’)]»")) == 1:
                if _is_period_boundary(text, b, nxt):
                    cut = e
            else:
                if nxt >= n or not text[nxt].islower():
                    cut = e
        if cut >= 0:
            s0 = _next_start(text, start)
            e0 = cut
            while e0 > s0 and text[e0 - 1].isspace():
                e0 -= 1
            if e0 > s0:
                spans.append((s0, e0))
            start = cut
    s0 = _next_start(text, start)
    e0 = n
    while e0 > s0 and text[e0 - 1].isspace():
        e0 -= 1
    if e0 > s0:
        spans.append((s0, e0))
    return spans


#: participles of saying and committing that carry an absolute clause's act ("with Beijing promising to ...")
_ABSOLUTE_ING = (r"(?:saying|promising|pledging|vowing|agreeing|offering|insisting|refusing|announcing|committing|"
                 r"threatening|warning|demanding|urging|calling|declining|rejecting)\b")

# Clause boundaries inside a sentence: strong punctuation, and subordinators after a comma
# (or, for the unambiguous ones, anywhere). The alternatives guarded by lookbehinds first look ahead for
# their word ("(?=\s+when\s)"), so that the lookbehinds run only where it stands: the regex runs on every
# sentence, and unguarded they cost a third of its time.
#: a name of one to four capitalised words ("the United States", "South Korea"), and a list of two to five
#: ("South Korea, Japan and the United States", "Japan and South Korea")
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}"
_NAME_LIST = _NAME + r"(?:(?:,\s+and\s+|,\s+|\s+and\s+)" + _NAME + r"){1,4}"


_CLAUSE_RE = re.compile(
    r"\s*[;:]\s+|\s+[—–-]\s+|\s*—\s*"
    r"|,\s+(?=(?:but|while|whereas|although|though|after|before|as|because|since|causing|prompting|"
    r"leading|bringing|sparking|saying|adding|which|who|when|amid|even as|according to)\b)"
    r"|\s+(?=(?:but|while|whereas|although|after|because|until|unless|if)\b)"
    # "China said the pact was dangerous, warned Japan not to ... and told Tokyo to ...": a series of the
    # subject's speech acts, each a clause of its own (not the reported clause's)
    r"|(?P<series>,[\"”’]?\s+(?=(?:warned|urged|accused|demanded|vowed|criticized|criticised|condemned|summoned|pledged|"
    r"rejected|denied|called\s+on|called\s+for)\s+(?!by\b)))"
    # "Japan protested when a Chinese ship rammed a boat", "was anchored when a Chinese ship rammed it": a time
    # clause with its own named subject and a past verb (not "asked when the talks would resume")
    r"|(?P<when>(?=\s+when\s)(?<!asked)(?<!know)(?<!knew)(?<!clear)(?<!about)(?<!said)(?<!says)(?<!decide)(?<!decided)(?<!\bon)"
    r"(?<!\bof)\s+)(?=when\s+(?:a|an|the|two|three|several|(?-i:[A-Z])[\w.’'-]*)\s+(?:[\w.’'-]+\s+){0,4}?"
    r"(?:[a-z]+ed|fired|hit|struck|shot|sent|flew|sank|rammed|cut|took|seized|began|came|met|held)\b)"
    # ("an investigation into whether Chinese subsidies ...": the inquiry's object, no clause of its own)
    r"|(?=\s+whether\b)(?<!\binto)(?<!\bof)(?<!\babout)(?<!\bover)\s+(?=whether\b)"
    # "..., (two) days before an American delegation arrived": a time clause of its own
    r"|,\s+(?=(?:just\s+|only\s+|a\s+few\s+|(?:a|an|one|two|three|four|five|six|several|\d+)\s+)?"
    r"(?:days?|hours?|weeks?|months?)\s+(?:before|after)\s(?![^,]{0,30},))"  # (not "two days before the signing,")
    # "as" opening a clause with a named subject and a past verb ("... near Japan as President Joe Biden
    # met ..."), not "such as", "as well as" or "as part of"
    r"|(?=\s+as\s)(?<!such)(?<!well)\s+(?=as\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){1,4}"
    r"(?:[a-z]+ed|met|held|spoke|flew|sent|took|made|began|came|left|told|said|wrapped)\s)"
    # ", and he met", ", and on Monday morning he met", ", and later they said": a second clause
    r"|,\s+(?=and\s+(?:(?:on|later|then|earlier|afterwards?)\b[^,]{0,24}?\s+)?(?:they|he|she|it)\s)"
    # ", and on Tuesday the State Department accused ...", ", and later Japan's foreign ministry said ...": a time
    # adverbial and a named subject open a second clause (the verb within four words of the subject's first)
    r"|,\s+(?=and\s+(?:on|later|then|earlier|afterwards?|last|this)\b[^,]{0,24}?\s+"
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month"
    r"|year|day)\b)(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+[\w.’'-]+){0,3}?\s+"
    r"(?:said|says|accused|condemned|urged|warned|called|announced|imposed|expelled|summoned|protested|rejected|"
    r"denied|ordered|sent|met|held|told|issued|added|approved|sanctioned|lodged|filed|demanded|criticized|"
    r"criticised|declared|agreed|signed|released|arrested|launched|fired|suspended|canceled|cancelled)\b)"
    r"|,?\s+(?=and\s+that\s)"  # "said X had violated ... and that Y had deployed ...": a second reported clause
    # "..., with Beijing promising to buy ... and Washington saying it would ...": an absolute clause whose named
    # subject acts (the "with" goes; the participle reads as the subject's verb)
    r"|,?\s+with\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+" + _ABSOLUTE_ING + r")"
    r"|\s+(?=and\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+" + _ABSOLUTE_ING + r")"
    # ", and South Korea, Japan and the United States condemned the launch", ", and Japan and South Korea
    # protested": a second clause whose subject is a list of names (its verb right after the list)
    r"|,\s+(?=and\s+" + _NAME_LIST + r"\s+(?:both\s+|all\s+|also\s+|jointly\s+|separately\s+|later\s+)?"
    r"(?-i:[a-z]+ed|said|met|held|sent|told|spoke|issued|gave|took|made|began|cut|struck)\b)"
    # "Azerbaijan freed 32 Armenian soldiers and Armenia released two Azerbaijani servicemen": no comma, a named
    # subject and its past verb right after "and" (kept only after a clause with a verb of its own, below)
    r"|(?P<bare>\s+(?=and\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+"
    r"(?-i:[a-z]+ed|freed|met|held|sent|told|gave|took|made|began|cut|struck|hit|put|set|shot|flew|won|left|said)\s))"
    r"|(?P<conj>,\s+(?=and\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){1,3}|and\s+(?:the\s+two\s+\w+|both\s+sides)\s+)"
    r"(?=\S+(?:\s+\S+){0,3}?\s+(?:said|says|will|would|has|have|had|also|later|then|[a-z]+ed|began|took|made|"
    r"sent|held|met|told|spoke|gave|struck|hit|cut|put|set|won|sold|bought|fought|led|kept|left|came|went|brought)\b))",
    re.IGNORECASE,
)


#: a report before a comma ("China said the pact was dangerous, warned Japan ..."): the speech acts that follow
#: the comma are the subject's own, each a clause
_REPORTED_RE = re.compile(r"\b(?:said|says)\b(?![^,]*,\s*$)", re.IGNORECASE)

#: a main clause told as under way ("was sailing", "had been escorting", "was anchored"), which a "when" clause
#: with its own subject interrupts: the incident is that clause's own act
_UNDER_WAY_RE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+ing\b|\bhad\s+been\s+\w+ing\b"
    r"|\b(?:was|were)\s+(?:anchored|moored|docked|stationed|deployed|on\s+patrol|on\s+a\s+\w+\s+mission)\b",
    re.IGNORECASE)

#: words that show a verb in the words before an appositive (so ", Name, and X verb" is a second clause)
_VERBISH = frozenset("said says told met congratulated is was are were has have had will would".split())


_SUBORDINATE_RE = re.compile(
    # (a measure of time may open it: "Hours before Mr. Zhao spoke, ...", "Two days after the vote, ...")
    r"(?:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|just|only)\s+)?"
    r"(?:moments?|minutes?|hours?|days?|weeks?|months?)\s+)?"
    r"(?:shortly\s+|soon\s+|just\s+|but\s+|and\s+)?(?:after|while|although|though|as|when|before|since|because|if|"
    r"unless|until|whereas|once|which|who|whose)\b",
    re.IGNORECASE,
)


#: a condition told by inversion at the head of a sentence, ended by its first comma when "would" follows it
#: ("Were Russia to attack Estonia, NATO would ...", "Had Israel struck the oil fields, prices would have ...")
_INVERTED_RE = re.compile(r"(?:Were|Had)\s+(?=[^,]*,[^.;]*\bwould\b)")


_APPOSITION_OPENERS = ("then ", "the ", "a ", "an ", "now ", "its ", "his ", "her ", "their ", "former ")


def _named_before_apposition(text: str, s: int, comma: int, b: int) -> bool:
    """Whether a subordinate clause's words before its first comma are only capitalised names and an
    apposition or a participle opens after the comma ("after *Nancy Pelosi*, then the speaker of the House,
    visited", "after *President Biden and Xi Jinping*, meeting near San Francisco, agreed")."""
    words = [w for w in text[s:comma].split() if w not in ("and", "of", "the")]
    after = text[comma + 2:comma + 40].split(" ", 1)[0]
    return 1 <= len(words) <= 6 and all(w[0].isupper() for w in words) \
        and (text.startswith(_APPOSITION_OPENERS, comma + 2) or (after.endswith("ing") and after.islower())) \
        and text.find(", ", comma + 2, b) >= 0


_PAST_IRREGULAR = frozenset("freed met held sent told gave took made began cut struck hit put set shot flew won left "
                            "said sold bought fought led kept came went brought".split())


def _bare_second_clause(text: str, pos: int, at: int) -> bool:
    """Whether an "and" at ``at`` with a named subject and a past verb after it opens a second clause: the
    words since ``pos`` hold a verb of their own, and the word before "and" ends an object, not a name
    ("Azerbaijan freed 32 Armenian soldiers and Armenia released ..."; not "Japan and South Korea protested",
    nor "the ministry said Japan and China agreed").

    >>> _bare_second_clause("Azerbaijan freed 32 Armenian soldiers and Armenia released two", 0, 37)
    True
    >>> _bare_second_clause("The ministry said Japan and China agreed", 0, 23)
    False
    """
    words = text[pos:at].split()
    if not words or not words[-1][:1].islower():
        return False
    return any((w.endswith("ed") and len(w) > 4) or w in _PAST_IRREGULAR for w in words[1:])


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the sentence ``text[start:end]`` into clauses (offsets into ``text``).

    Clauses end at ``;``, ``:``, dashes, and before subordinators such as
    "but", "after", "until", "if", or ", which" / ", causing" / ", saying".

    Examples
    --------
    >>> s = "The US and China agreed to talk but tensions lingered after Blinken left."
    >>> [s[a:b] for a, b in split_clauses(s, 0, len(s))]
    ['The US and China agreed to talk', 'but tensions lingered', 'after Blinken left.']
    >>> s = "China, which imposed sanctions in March, condemned the US."
    >>> [s[a:b] for a, b in split_clauses(s, 0, len(s))]
    ['China', 'which imposed sanctions in March', 'condemned the US.']
    >>> s = "After Nancy Pelosi, then the speaker, visited Taiwan, China held drills."
    >>> [s[a:b] for a, b in split_clauses(s, 0, len(s))]
    ['After Nancy Pelosi, then the speaker, visited Taiwan', 'China held drills.']
    >>> s = "Hours before Zhao spoke, police arrested Jimmy Lai."
    >>> [s[a:b] for a, b in split_clauses(s, 0, len(s))]
    ['Hours before Zhao spoke', 'police arrested Jimmy Lai.']
    """
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE_RE.finditer(text, start, end):
        if m.group("series") is not None and not _REPORTED_RE.search(text, pos, m.start()):
            continue  # ("Canada's foreign minister, Chrystia Freeland, condemned ...": an appositive name, one clause)
        if m.group("when") is not None and not _UNDER_WAY_RE.search(text, pos, m.start()):
            continue  # only "X was sailing (was anchored) when Y rammed it" opens a "when" clause of its own
        if m.group("bare") is not None and not _bare_second_clause(text, pos, m.start()):
            continue  # "Japan and South Korea protested", "said Japan and China agreed": one subject
        if m.group("conj") is not None:
            prev_comma = text.rfind(",", pos, m.start())
            item = text[prev_comma + 1:m.start()].split()
            before = text[text.rfind(",", pos, prev_comma) + 1:prev_comma].split() if prev_comma > pos else []
            if prev_comma >= 0 and len(item) <= 4 and all(w[0].isupper() or w in ("the", "of") for w in item) \
                    and 0 < len(before) <= 4 and all(w[0].isupper() or w in ("the", "of") for w in before):
                continue  # "Japan, South Korea, and Australia voiced concern": a list, not a clause; but
                # "... new president, Lai Ching-te, and the State Department urged ...": an appositive name
            if prev_comma > pos and text.rfind(",", pos, prev_comma) < 0 and len(item) <= 4 \
                    and all(w[0].isupper() for w in item) and 0 < len(before) <= 6 \
                    and not any(w.lower().endswith("ed") or w.lower() in _VERBISH for w in before):
                continue  # "China's top trade negotiator, Liu He, and President Trump signed ...": one subject
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    # a clause opened by a subordinator or a relative pronoun ends at its first comma ("After X left,
    # China said ...", "China, which imposed sanctions in March, condemned ...")
    final: list[tuple[int, int]] = []
    for a, b in out:
        sub = _SUBORDINATE_RE.match(text, a, b)
        if sub is None and a == start:
            sub = _INVERTED_RE.match(text, a, b)  # "Were China to blockade Taiwan, Japan would ...": a condition
        if sub is not None:
            comma = text.find(", ", sub.end(), b)
            if comma >= 0 and _named_before_apposition(text, sub.end(), comma, b):
                # "after Nancy Pelosi, then the speaker of the House, visited Taiwan": the name's
                # apposition is inside the clause, which ends at the comma after it (if any)
                second = text.find(", ", comma + 2, b)
                comma = text.find(", ", second + 2, b) if second >= 0 else -1
            if comma >= 0:
                final.append((a, comma))
                a = comma + 2
        final.append((a, b))
    return [(a, b) for a, b in final if text[a:b].strip()]
