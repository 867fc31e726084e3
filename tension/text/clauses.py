"""Which clause of a news sentence is the event: rules of English news syntax over the token list.

Pure functions over the lower-cased token list of a document (``toks``) and token index ranges, used by
:mod:`tension.text.extract`. They decide

- when reported speech is the speaker's criticism rather than news of what the reported party did
  ("The White House said Beijing had chosen to overreact": the White House criticises China, 111),
  also in an apposition or relative clause (", a move Taipei called provocative");
- what is said but not asserted: the contents of accusations and denials, alleged acts ("an inquiry
  into possible war crimes"), options under discussion ("how to counter ...");
- when an event noun is background rather than a new event: the object of a comment ("condemned
  Russia's invasion": the comment is the event, aimed at the noun's actor), the subject of an
  occurrence verb in a time clause ("after the war in Ukraine began"), a subject judged or told in
  the present perfect, an undated past relative clause, a ranking apposition;
- which clause's parties and dates a trigger may take: its own phrase for a subject noun that causes
  a reaction, not a participial interruption's, not a coordinated verb's, the subject before a
  relative clause for the main clause that resumes after it;
- nouns and verbs: verb forms after prepositions, nationality adjectives and "article + modifier"
  are nouns; a capitalised name part is no verb; "went to <verb>" is a purpose.

Examples
--------
>>> toks = "the white house said beijing had chosen to overreact".split()
>>> reported_judgement(toks, 0, len(toks), [(0, 3), (4, 5)])
(0, 4, 3, 8, '111')
>>> toks = "prices rose after the war began".split()
>>> occurrence_subject(toks, 4, 5, len(toks))
True
"""

from __future__ import annotations

from collections.abc import Sequence

from .rules import BE_FORMS, IRREGULAR_PARTICIPLES, REPORT_TAIL, REPORTING_VERBS, WEEKDAYS

__all__ = [
    "DECIDED_NOUNS",
    "owned_decision",
    "agreed_to_act",
    "cited_reason",
    "braced_for",
    "court_name",
    "joined_in_doing",
    "for_gerund",
    "dated_noun",
    "insinuation",
    "restates",
    "modal_subject",
    "background_pluperfect",
    "generic_relative",
    "ongoing_clause",
    "framework_noun",
    "charge_content",
    "standing",
    "relative_agent",
    "own_relative",
    "relative_maker",
    "COMMENT_ROOTS",
    "accusation_complement",
    "agent_modifier",
    "agent_of_noun",
    "answered_judgement",
    "alleged_event",
    "appositive_judgement",
    "background_head",
    "background_relative",
    "that_relative",
    "blamed_act",
    "ARMED_FORCE",
    "ARMED_FORCE_CODES",
    "meeting_venue",
    "risk_warning",
    "speculated",
    "betting",
    "quoted_wording",
    "scoped",
    "hedged",
    "effect_subject",
    "milestone_since",
    "milestone_gloss",
    "labelling",
    "caused_by_subject",
    "characterising_apposition",
    "commented_noun",
    "coordinated_speaker",
    "denied_content",
    "discussed_option",
    "disputed_noun",
    "indicating_verb",
    "interruptions",
    "shares_subject",
    "speaker_participle",
    "judged_subject",
    "motion_with_purpose",
    "intensified_noun",
    "name_part",
    "named_judgement",
    "noun_after_article",
    "noun_after_modifier",
    "noun_after_preposition",
    "occurrence_verb",
    "reaction_from",
    "participle_modifier",
    "participle_speaker",
    "perfect_subject",
    "occurrence_subject",
    "relative_judgement",
    "reported_judgement",
    "reduced_passive",
    "go_between",
    "GO_BETWEEN_PARTICIPLES",
    "reported_demand",
    "resumed_clause",
    "time_clause",
    "UNNAMED",
    "SPEAKER",
    "unresolved_agent", "move_gloss"]

#: verbs that report what somebody said: the speaker stands before them ("X said ...") or after
#: them at the end of the clause ("..., X said")
REPORT_VERBS = REPORTING_VERBS | frozenset(
    "insisted insists claimed claims charged alleged complained complains argued argues maintained maintains "
    "asserted asserts".split())

#: judging words that charge a crime ("said the Islamic State had committed genocide"): an accusation (112)
CRIME_WORDS = frozenset("genocide atrocities atrocity crimes cleansing persecution abuses".split())

#: words that judge the conduct of the reported clause's subject: said of somebody else, they are the
#: speaker's criticism or accusation (CAMEO 111), not a report of what that party did. Facts told by a
#: source ("the Pentagon said a Chinese jet came within ten feet of a B-52") are not judgements.
JUDGEMENT_WORDS = frozenset(
    "overreact overreacted overreacting overreacts overreaction overreactions "
    "irresponsible provocative provocation provocations reckless unprofessional unsafe hypocritical hypocrisy "
    "violate interfere meddle undermine provoke coerce destabilise destabilize provoking provoked provokes "
    "aggressive destabilising destabilizing selfish hegemonic hegemonism bullying bullied bully bullies "
    "coercive coercing coerced coercion interfering interfered interferes interference meddling meddled "
    "meddles violated violates violating violation violations undermined undermining undermines "
    "smearing smeared smear slandering slandered slander unjustified groundless baseless illegitimate "
    "unlawful illegal politicised politicized politicising politicizing politicise politicize weaponised "
    "weaponized weaponising weaponizing weaponise weaponize abused abusing "
    "hype hypes hyped hyping distorting".split()) | CRIME_WORDS  # ("were exaggerated", "fabricated": denials)

#: adverbs by which a speaker charges the reported party's act ("the coast guard said the Philippine boats had
#: 'deliberately approached' its ship"): the speaker's accusation (112) of the party, and the act so modified is
#: the speaker's claim, not news of an act (:func:`blamed_act`)
BLAME_ADVERBS = frozenset(
    "deliberately intentionally purposely purposefully wilfully willfully knowingly dangerously recklessly "
    "provocatively brazenly blatantly flagrantly wantonly illegally unlawfully unprofessionally unilaterally".split())


JUDGEMENT_WORDS = JUDGEMENT_WORDS | BLAME_ADVERBS

#: the judged start :func:`reported_judgement` gives when the judged act has no party in the clause
#: ("said the decision undermines ..."): the caller takes the other side of the story
UNNAMED = -2
#: the judge :func:`named_judgement` gives when the judge is the story's speaker ("This is yet another act of
#: suppression by the US side" in a spokesperson's answer, or closed by ", the spokesman said")
SPEAKER = -3

_NEGATORS = frozenset(["not", "never", "no", "n", "t", "nothing", "neither", "nor"])
# words that end the reported clause: what follows belongs to another clause
_CONTENT_STOPS = frozenset(["which", "who", "whom", "whose", "but", "because", "after", "before", "while",
                            "although", "though", "if", "unless", "when", "since", "until", "whether"])


_SKIP_AFTER_REPORT = frozenset(["that", "on", "in", "late", "early", "last", "this", "earlier", "later", "also",
                                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "today", "yesterday", "week", "month", "year", "the", "a", "an",
                                # "said in a statement on Monday that", "told a regular news briefing that"
                                "statement", "briefing", "news", "press", "conference", "regular", "daily",
                                "interview", "speech", "remarks", "post", "online"])


_PERSON_PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our"])
_AUDIENCE = frozenset(["reporters", "journalists", "at"])  # ("said at a briefing that")


def _after_report(toks: Sequence[str], k: int, cb: int, mentions: Sequence[tuple[int, int]]) -> int:
    """The first token from ``k`` after a reporting verb's frame: time words, "a news briefing",
    "reporters" and a place where it was said ("told a briefing in Beijing that", "said in Washington
    on Monday that"), which is no party to the reported clause.

    >>> toks = "told a news briefing in beijing that the united states had coerced".split()
    >>> _after_report(toks, 1, len(toks), [(5, 6), (8, 10)])
    8
    """
    while k < cb:
        if toks[k] in _SKIP_AFTER_REPORT or toks[k] in _AUDIENCE:
            k += 1
            continue
        place = next((m for m in mentions if m[0] == k), None) if toks[k - 1] in ("in", "at") else None
        if place is not None and place[1] < cb and toks[place[1]] in _SKIP_AFTER_REPORT:
            k = place[1]
            continue
        break
    return k


_JUDGEMENT_REACH = 9  # tokens from the end of the reported subject to the judging word
_SPEAKER_REACH = 6  # tokens from the end of the speaker to the reporting verb


def _speaker_before(toks: Sequence[str], r: int, ca: int, mentions: Sequence[tuple[int, int]]
                    ) -> tuple[int, int] | None:
    """The last mention ending at most a few words before the reporting verb at ``r`` that no
    preposition governs: who speaks ("China's foreign ministry said", not "in Beijing said")."""
    return next((m for m in reversed(mentions) if m[1] <= r and r - m[1] <= _SPEAKER_REACH
                 and not _governed(toks, m[0], ca)), None)


def reported_judgement(toks: Sequence[str], ca: int, cb: int, mentions: Sequence[tuple[int, int]],
                       ) -> tuple[int, int, int, int, str] | None:
    """A reported judgement in clause [ca, cb): ``(speaker start, judged start, reporting verb, judging
    word, code)`` or ``None``.

    "X said (that) Y had <judging word>" and "Y <judging word> ..., X said" report X's criticism of Y
    (111), or its accusation of a crime (112: "said the Islamic State had committed genocide"): "The White
    House said Beijing had chosen to overreact", "Vietnam said the Chinese vessels had
    violated its sovereignty", "Seoul said Pyongyang's launch was a grave provocation". ``mentions`` are
    the clause's actor mentions as (first token, end token) in text order. Not a judgement: a negated
    one ("said Japan had not violated"), a reported clause whose subject is a pronoun (often the
    speaker itself: "China said it had not interfered"), a judging word beyond the reported clause.

    >>> toks = "china said the united states was interfering in its affairs".split()
    >>> reported_judgement(toks, 0, len(toks), [(0, 1), (3, 5)])
    (0, 3, 1, 6, '111')
    >>> toks = "washington said the islamic state had committed genocide".split()
    >>> reported_judgement(toks, 0, len(toks), [(0, 1), (3, 5)])
    (0, 3, 1, 7, '112')
    >>> toks = "china said the decision severely undermines its sovereignty".split()
    >>> reported_judgement(toks, 0, len(toks), [(0, 1)])
    (0, -2, 1, 5, '111')
    >>> toks = "china said the united states had not interfered".split()
    >>> reported_judgement(toks, 0, len(toks), [(0, 1), (3, 5)]) is None
    True
    >>> toks = "manila said chinese ships rammed a supply boat".split()
    >>> reported_judgement(toks, 0, len(toks), [(0, 1), (2, 4)]) is None
    True
    """
    for r in range(ca, cb):
        if toks[r] not in REPORT_VERBS:
            continue
        speaker = _speaker_before(toks, r, ca, mentions)
        if speaker is None:
            continue
        k = _after_report(toks, r + 1, cb, mentions)
        lo = r
        if toks[r] in ("told", "tells"):
            # "told the council on Thursday that the United States was interfering": the one told is the audience
            told_that = next((j for j in range(k, min(cb, k + 8)) if toks[j] == "that"), -1)
            if told_that > k:
                lo, k = told_that, _after_report(toks, told_that + 1, cb, mentions)
        judged = next((m for m in reversed(mentions) if lo < m[0] <= k  # (not "reporters", "in Beijing")
                       and not (toks[m[0]] in _AUDIENCE and m[1] < k)), None)
        if judged is None and k < cb and toks[k - 1] in ("the", "this", "that") and speaker[1] == r \
                and not any(lo < m[0] <= k + 1 and not (toks[m[0]] in _AUDIENCE and m[1] < k) for m in mentions):
            # "said the decision severely undermines China's sovereignty": a judged act of the other side
            w = _judging_word(toks, k, min(cb, k + _JUDGEMENT_REACH))
            if w >= 0:
                return speaker[0], UNNAMED, r, w, _judgement_code(toks[w])
            continue
        if judged is not None and all(toks[j].isalpha() and toks[j] not in _CONTENT_STOPS
                                      for j in range(speaker[1], r)):
            # "X said [that] Y ... <judging word>": the reported clause follows ("Foreign ministry
            # spokeswoman Le Thi Thu Hang said the Chinese vessels had violated ...")
            if toks[judged[0]] in _PERSON_PRONOUNS:
                continue
            w = _judging_word(toks, judged[1], min(cb, judged[1] + _JUDGEMENT_REACH))
            if w >= 0 and not any(toks[j] in _APPEAL_VERBS for j in range(judged[1], w)):
                # ("said that Beijing urged Manila to stop provoking trouble": the word is the appeal's)
                return speaker[0], _judged_owner(toks, w, mentions, judged), r, w, _judgement_code(toks[w])
            continue
        # "Y ... <judging word>, X said": the reported clause comes first, the speaker closes the clause
        if speaker[1] < r - 2 or any(toks[j] not in ("has", "had", "also") for j in range(speaker[1], r)):
            continue
        judged = next((m for m in mentions if m[1] <= speaker[0] and not _governed(toks, m[0], ca)), None)
        if judged is None or toks[judged[0]] in _PERSON_PRONOUNS or judged[0] - ca > 3:
            continue
        w = _judging_word(toks, judged[1], min(speaker[0], judged[1] + _JUDGEMENT_REACH))
        if w >= 0:
            return speaker[0], _judged_owner(toks, w, mentions, judged), r, w, _judgement_code(toks[w])
    return None


def _judged_owner(toks: Sequence[str], w: int, mentions: Sequence[tuple[int, int]], judged: tuple[int, int]) -> int:
    """The judged party of a judging noun its own adjective or possessor names ("Japan had suffered from
    *American* bullying": the United States), else the reported clause's subject ``judged``.

    >>> toks = "china said japan had suffered from american bullying".split()
    >>> _judged_owner(toks, 7, [(0, 1), (2, 3), (6, 7)], (2, 3))
    6
    >>> _judged_owner("china said japan was bullying".split(), 4, [(0, 1), (2, 3)], (2, 3))
    2
    """
    end = w - 1 if w >= 1 and toks[w - 1] == "s" else w  # ("America's bullying")
    owner = next((m for m in mentions if m[1] == end and m[0] > judged[0]), None)
    return owner[0] if owner is not None else judged[0]


_APPEAL_VERBS = frozenset("urge urges urged urging ask asks asked asking demand demands demanded demanding press "
                          "presses pressed pressing call calls called calling request requests requested".split())


def _judgement_code(word: str) -> str:
    """112 (accuse) for a charged crime or a charged act, 111 (criticise) for any other judgement."""
    return "112" if word in CRIME_WORDS or word in BLAME_ADVERBS else "111"


def blamed_act(toks: Sequence[str], w: int, ts: int) -> bool:
    """Whether the verb at ``ts`` is the act a blame adverb at ``w`` charges ("had deliberately and
    dangerously approached"): reported with the speaker's charge, it is no news of an act.

    >>> toks = "said the boats had deliberately and dangerously approached a vessel".split()
    >>> blamed_act(toks, 4, 7), blamed_act(toks, 4, 9)
    (True, False)

    A verb coordinated with the charged one is charged with it ("said Indian troops had illegally crossed
    the line and obstructed a Chinese patrol": the obstruction is the speaker's claim too):

    >>> toks = "said indian troops had illegally crossed the line and obstructed a chinese patrol".split()
    >>> blamed_act(toks, 4, 9)
    True

    Armed force so charged (:data:`ARMED_FORCE`) stays an event: the caller keeps it.
    """
    if toks[w] not in BLAME_ADVERBS:
        return False
    if w < ts <= w + 4 and all(toks[j] in BLAME_ADVERBS or toks[j] == "and" for j in range(w + 1, ts)):
        return True
    k = ts - 1
    if k > w and (toks[k].endswith("ly") or toks[k] == "then"):
        k -= 1  # "and then blocked", "and repeatedly blocked"
    return w + 2 < k <= w + _CHARGED_REACH and toks[k] == "and" and not any(
        t in _CONTENT_STOPS or t in REPORT_VERBS or t in _NEGATORS for t in toks[w + 1:k])


_CHARGED_REACH = 9  # tokens from a blame adverb to the "and" of a verb coordinated with the charged one


#: codes of armed force that stay news although a speaker charges them ("Kyiv said Russian forces had
#: deliberately shelled a hospital" is the shelling as well as the charge); blockades and rams (191, 192) do not
ARMED_FORCE = frozenset(["18", "20"])
ARMED_FORCE_CODES = frozenset(["190", "193", "194", "195", "1951", "1952", "196"])


def _governed(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether a mention at ``ts`` stands after a preposition ("in Manila", "to the United States")."""
    k = ts - 1
    if k >= ca and toks[k] in ("the", "a", "an"):
        k -= 1
    return k >= ca and toks[k] in _PREPOSITIONS


_PREPOSITIONS = frozenset(["in", "at", "on", "to", "from", "with", "of", "by", "for", "near", "against", "over",
                           "about", "into", "toward", "towards", "than", "like"])


#: verbs of harm to an order rather than to a party ("said China's actions threatened the rules-based
#: order", "endangered regional stability"): a judgement when their object is one of ``_ORDER_WORDS``
_HARM_VERBS = frozenset("threaten threatens threatened threatening endanger endangers endangered endangering "
                        "jeopardise jeopardises jeopardised jeopardize jeopardizes jeopardized".split())


_ORDER_WORDS = frozenset("rules international global regional world peace stability security order norms "
                         "status quo sovereignty".split())


def _harms_order(toks: Sequence[str], j: int, hi: int) -> bool:
    """Whether the harm verb at ``j`` has an order, not a party, for its object ("threatened the
    rules-based order"; not "threatened to retaliate", "threatened the Philippines")."""
    k = j + 1
    while k < min(hi, j + 3) and toks[k] in ("the", "a", "an"):
        k += 1
    if k + 2 < len(toks) and toks[k + 1] == "s" and toks[k + 2] in _ORDER_WORDS:
        return True  # "threatened Japan's security"
    return k < len(toks) and toks[k] in _ORDER_WORDS


def _judging_word(toks: Sequence[str], lo: int, hi: int) -> int:
    """The first judging word in [lo, hi) before any clause break or negation, or -1.

    >>> _judging_word("china s actions threatened the rules based order".split(), 2, 8)
    3
    >>> _judging_word("china threatened to retaliate".split(), 1, 4)
    -1
    >>> _judging_word("washington had no right to interfere".split(), 1, 6)
    5
    >>> _judging_word("washington had no right to intervene".split(), 1, 6)
    2
    >>> _judging_word("china s actions were not conducive to peace".split(), 2, 8)
    5
    >>> _judging_word("china posed a serious challenge to the order".split(), 1, 7)
    1
    """
    j = lo
    while j < hi:
        t = toks[j]
        if t == "no" and toks[j + 1:j + 3] == ["right", "to"]:
            # denying the right is the judgement: "had no right to interfere", "no right to intervene"
            return j + 3 if j + 3 < hi and toks[j + 3] in JUDGEMENT_WORDS else j
        if t == "not" and j + 1 < hi and toks[j + 1] in _UNHELPFUL:
            return j + 1  # "China's actions were not conducive to regional peace": the diplomatic reproach
        if t in _NEGATORS or t in _CONTENT_STOPS or t in REPORT_VERBS:
            return -1
        if t in JUDGEMENT_WORDS or (t in _HARM_VERBS and _harms_order(toks, j, len(toks))):
            return j
        if t in _POSING and any(toks[x] in _THREAT_NOUNS for x in range(j + 1, min(hi, len(toks), j + 8))):
            return j  # "said China posed the most serious long-term challenge", "was the greatest threat"
        j += 1
    return -1


#: a party said to pose, or to be, a threat or challenge is judged (111): "Blinken said China posed the most
#: serious long-term challenge to the international order", "said Russia was the greatest threat"
_POSING = frozenset(["pose", "poses", "posed", "posing", "is", "was", "are", "were", "remains", "remained"])
_THREAT_NOUNS = frozenset(["threat", "threats", "challenge", "challenges", "risk", "risks", "danger", "dangers",
                           "menace"])


#: what a reproach says an act is not ("not conducive to regional peace and stability", "not helpful")
_UNHELPFUL = frozenset(["conducive", "helpful", "constructive"])


# ------------------------------------------------------------------ occurrences and time clauses


#: verbs of which an event noun is the subject when it just occurs ("the war began", "violence broke
#: out", "tensions escalated"): the noun's actor is only what its own phrase names
OCCURRENCE_VERBS = frozenset(
    "began begun begins begin started starts start broke erupted erupts erupt escalated escalates escalate "
    "intensified intensifies raged rages continued continues dragged drags wore flared flares spread "
    "spreads deepened deepens unfolded unfolds".split())


_OCCURRENCE_REACH = 6
# words between an event noun and its occurrence verb that keep the noun the verb's subject: its own
# phrase ("the war in Ukraine began") and auxiliaries ("had begun", "has dragged on")
_NOUN_PHRASE_GLUE = frozenset(["in", "on", "of", "with", "between", "over", "and", "the", "a", "an", "s", "had",
                               "has", "have", "was", "were", "is", "are", "first", "finally", "then", "already"])

#: words that open a clause about another time: what happens in it is background to the main clause
TIME_OPENERS = frozenset(["after", "since", "as", "when", "while", "before", "until", "once", "following"])


def occurrence_subject(toks: Sequence[str], ts: int, te: int, cb: int) -> bool:
    """Whether the event noun [ts, te) is the subject of an occurrence verb ("the war in Ukraine began",
    "the violence broke out", "as tensions escalated").

    >>> toks = "the violence broke out when troops arrived".split()
    >>> occurrence_subject(toks, 1, 2, len(toks))
    True
    >>> toks = "russia began the war".split()
    >>> occurrence_subject(toks, 3, 4, len(toks))
    False
    >>> toks = "agreed to hold talks on trade as she began a visit".split()
    >>> occurrence_subject(toks, 3, 4, len(toks))
    False
    """
    for j in range(te, min(cb, te + _OCCURRENCE_REACH)):
        t = toks[j]
        if t in OCCURRENCE_VERBS:
            return True
        if t not in _NOUN_PHRASE_GLUE and not t[:1].isalpha():
            return False
        if t in _CONTENT_STOPS or t in REPORT_VERBS or t in TIME_OPENERS or t in _PERSON_PRONOUNS or t == "that":
            return False  # another clause begins ("talks on trade, as she began a visit")
    return False


#: auxiliaries, modals and planning words between an occurrence verb and its subject ("will begin", "are
#: due to start", "is expected to begin"), walked over to find the subject
_OCCURRENCE_AUX = frozenset("will would could may might shall should can must to be is are was were been not also "
                            "due set expected scheduled slated poised planned plan plans planning about going".split())


def occurrence_verb(toks: Sequence[str], at: int, ca: int, mention_ends: frozenset[int] | set[int]) -> bool:
    """Whether the verb at ``at`` is an occurrence verb whose subject is a thing, not an actor ("the
    violence broke out", "fighting erupted"): no actor acts, so the verb is no event of its own (an event
    noun before it, "clashes erupted between X and Y", carries the event).

    >>> toks = "officials said the violence broke out near the border".split()
    >>> occurrence_verb(toks, 4, 0, {4})  # "... said the Indians broke out of the encirclement"
    False
    >>> occurrence_verb(toks, 4, 0, {1})
    True
    >>> occurrence_verb("china broke off talks".split(), 1, 0, {1})
    False
    >>> occurrence_verb("the two navies are due to begin joint drills".split(), 6, 0, {3})
    False
    >>> occurrence_verb("fighting is expected to begin soon".split(), 4, 0, set())
    True
    """
    if toks[at] not in OCCURRENCE_VERBS:
        return False
    k = at - 1
    while k >= ca and (toks[k] in ("had", "has", "have", "again", "then", "first", "finally", "already")
                       or toks[k] in _OCCURRENCE_AUX):
        k -= 1  # ("the two navies are due to begin joint exercises": the subject is the navies)
    return k >= ca and k + 1 not in mention_ends and toks[k].isalpha() and toks[k] not in _PERSON_PRONOUNS \
        and toks[k] != "state"  # ("hackers sponsored by the Chinese state broke into": the hackers act)


def time_clause(toks: Sequence[str], ca: int) -> bool:
    """Whether the clause starting at ``ca`` is a time clause with its own subject ("after the war
    began", "since China imposed the curbs"); a participle clause ("after meeting Xi") shares the main
    clause's subject and is not one.

    >>> time_clause("after clashes in colombo".split(), 0)
    True
    >>> time_clause("after meeting xi in beijing".split(), 0)
    False
    """
    if ca >= len(toks):
        return False
    k = ca
    if toks[k] in ("shortly", "soon", "just", "and", "but", "even", "long") and k + 1 < len(toks):
        k += 1
    if toks[k] not in TIME_OPENERS:
        return False
    return k + 1 < len(toks) and not toks[k + 1].endswith("ing")


_MILESTONE_WORDS = frozenset(["first", "highest", "lowest", "biggest", "largest", "worst", "best", "longest",
                              "strongest", "weakest", "most", "least"])


def milestone_since(toks: Sequence[str], ts: int, ca: int, commas: frozenset[int] = frozenset()) -> bool:
    """Whether the trigger at ``ts`` stands in the "since" clause of a milestone ("the first step since
    their leaders met in November", "for the first time since Beijing imposed the curbs"): what it
    tells is the yardstick, told before, not news of the report.

    >>> toks = "they launched a group the first step since their leaders met in november".split()
    >>> milestone_since(toks, 10, 0)
    True
    >>> milestone_since("trade has fallen since china imposed the curbs".split(), 5, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - 6) - 1, -1):
        if toks[k] == "since":
            return any(w in _MILESTONE_WORDS for w in toks[max(ca, k - 8):k])
    return milestone_gloss(toks, ts, commas)


_GLOSS_OPENERS = frozenset(["was", "is", "marks", "marked", "marking"])


def milestone_gloss(toks: Sequence[str], ts: int, commas: frozenset[int] = frozenset()) -> bool:
    """Whether the trigger at ``ts`` stands in a milestone that glosses the act just told ("sentenced
    him to 20 years, the first time an officer of the ministry has been tried in the United States",
    "marking the first time a Chinese warship has ...", "It was the first such case"): the same act
    again, measured against the past, no second event (``commas`` holds the tokens a comma follows).

    >>> toks = "a judge sentenced him the first time an officer has been sentenced here".split()
    >>> milestone_gloss(toks, 10, frozenset([3]))
    True
    >>> milestone_gloss("for the first time china sent warships".split(), 5)
    False
    """
    for k in range(ts - 1, max(2, ts - 18), -1):
        if k in commas or toks[k] in ("said", "says"):
            return False
        if toks[k] in ("time", "such") and toks[k - 1] in _MILESTONE_WORDS and toks[k - 2] in ("the", "a") \
                and ((k - 3) in commas or toks[k - 3] in _GLOSS_OPENERS):
            return True
    return False


# ------------------------------------------------------------------ nouns and verbs


#: prepositions after which a verb's form is a noun ("after clashes in Colombo", "amid protests",
#: "despite threats"): "-ing" forms stay verbs ("after meeting Xi"), and "to" is left out (an infinitive)
NOUN_PREPOSITIONS = frozenset(["after", "before", "amid", "amidst", "despite", "following", "during", "over",
                               "about", "against", "without", "since", "upon", "of", "from", "into", "via",
                               "through", "under", "among", "between"])


def noun_after_preposition(toks: Sequence[str], s: int, a: int) -> bool:
    """Whether the verb form at ``s`` is a noun because a preposition governs it, directly or across a
    modifier ("after clashes", "amid fresh protests", "despite repeated threats").

    >>> noun_after_preposition("protesters burned homes after clashes in colombo".split(), 4, 0)
    True
    >>> noun_after_preposition("blinken left after meeting xi".split(), 3, 0)
    False
    >>> noun_after_preposition("canada barred the app from official phones".split(), 6, 0)
    True
    """
    if s <= a or toks[s].endswith("ing"):
        return False
    k = s - 1
    if k > a and (toks[k] in _PREP_MODIFIERS or toks[k].endswith(_ADJECTIVE_ENDINGS)):
        k -= 1  # "amid fresh protests", "barred the app from official phones"
    return toks[k] in NOUN_PREPOSITIONS


def noun_after_modifier(toks: Sequence[str], at: int, lemma: str, adjective_end: bool) -> bool:
    """Whether a verb form right after a nationality adjective is a noun ("American sanctions", "Russian
    strikes", "Chinese protest"): ``adjective_end`` says that an adjective mention ends at ``at``. A
    past form stays a verb ("Chinese forces attacked" has the noun in the mention).

    >>> noun_after_modifier("american sanctions on chinese firms".split(), 1, "sanction", True)
    True
    >>> noun_after_modifier("china sanctions us firms".split(), 1, "sanction", False)
    False
    >>> noun_after_modifier("russian officials sanctioned".split(), 2, "sanction", False)
    False
    """
    if not adjective_end:
        return False
    t = toks[at]
    return t == lemma or (t.endswith("s") and not t.endswith("ss") and t[:-1] == lemma) \
        or (t.endswith("es") and t[:-2] == lemma)


def noun_after_article(toks: Sequence[str], at: int, ca: int, lemma: str, mention_tokens: set[int]) -> bool:
    """Whether a verb form after an article and one modifier is a noun ("a sharp rebuke", "the latest
    attack", "a new protest"); the modifier may not be an actor mention ("the US sanctioned" is a verb).

    >>> noun_after_article("beijing issued a sharp rebuke".split(), 4, 0, "rebuke", set())
    True
    >>> noun_after_article("the us sanctions chinese firms".split(), 2, 0, "sanction", {1})
    False
    """
    if at - 2 < ca or toks[at - 2] not in ("a", "an", "the") or at - 1 in mention_tokens or not toks[at - 1].isalpha():
        return False
    t = toks[at]
    return t == lemma or (t.endswith("s") and not t.endswith("ss") and t[:-1] == lemma) \
        or (t.endswith("es") and t[:-2] == lemma)


_ADJECTIVE_ENDINGS = ("ial", "ical", "ive", "ous", "ary")  # adjectives between a preposition and a noun
_PREP_MODIFIERS = frozenset(["fresh", "new", "repeated", "renewed", "further", "recent", "deadly", "violent",
                             "mass", "weeks", "days", "months", "years", "more", "several", "two", "three"])


# ------------------------------------------------------------------ comments on an event noun


#: CAMEO roots of comments whose object noun is what is commented on, not a new event: disapprove (11),
#: reject (12), protest (14)
COMMENT_ROOTS = frozenset(["11", "12", "14"])
_OBJECT_GLUE = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "s",
                          "to", "recent", "latest", "new", "continued",
                          "ongoing", "so", "called", "alleged", "planned", "full", "scale", "what", "it",
                          "described", "as", "unprovoked", "illegal", "brutal"])


def commented_noun(toks: Sequence[str], comment_te: int, noun_ts: int, mention_spans: Sequence[tuple[int, int]],
                   ) -> bool:
    """Whether the event noun at ``noun_ts`` is the direct object of a comment verb ending at
    ``comment_te``: only articles, possessives, the noun's own actor and a few modifiers stand between
    them ("condemned Russia's invasion", "objects to Moscow's war", "protested the detention of"). A noun
    in a prepositional phrase after the comment ("protested over the visit by Pelosi") is the comment's
    topic and may be news of its own; that is decided elsewhere.

    >>> toks = "japan condemned russia s invasion of ukraine".split()
    >>> commented_noun(toks, 2, 4, [(0, 1), (2, 3), (6, 7)])
    True
    >>> toks = "japan condemned the decision and imposed sanctions".split()
    >>> commented_noun(toks, 2, 6, [(0, 1)])
    False
    """
    if noun_ts < comment_te or noun_ts - comment_te > 6:
        return False
    inside = {k for s, e in mention_spans for k in range(s, e)}
    return all(k in inside or toks[k] in _OBJECT_GLUE or toks[k].isdigit() for k in range(comment_te, noun_ts))


def agent_of_noun(toks: Sequence[str], noun_te: int, cb: int, mention_spans: Sequence[tuple[int, int]],
                  ) -> tuple[int, int] | None:
    """The agent named after an event noun with "by" ("the invasion of Ukraine by Russia"), or None.

    >>> toks = "the invasion of ukraine by russia".split()
    >>> agent_of_noun(toks, 2, len(toks), [(3, 4), (5, 6)])
    (5, 6)
    """
    for s, e in mention_spans:
        if s < noun_te or s - noun_te > 6 or s > cb:
            continue
        k = s - 1
        if toks[k] in ("the", "a", "an"):
            k -= 1
        if toks[k] == "by" and all(toks[j] not in _CONTENT_STOPS and toks[j] not in REPORT_VERBS
                                   for j in range(noun_te, k)):
            return s, e
    return None


def unresolved_agent(toks: Sequence[str], noun_te: int, cb: int, mention_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether an event noun names its agent with "by" but the agent is no actor mention ("an embargo on
    Qatar by its Gulf neighbours", "the attack by unknown gunmen"): the noun's actor is then unknown,
    never the clause's or the sentence's subject.

    >>> toks = "flights were grounded after an embargo on qatar by its gulf neighbours".split()
    >>> unresolved_agent(toks, 6, len(toks), [(7, 8)])
    True
    >>> toks = "the visit by the chinese delegation".split()
    >>> unresolved_agent(toks, 2, len(toks), [(4, 6)])
    False
    """
    for k in range(noun_te, min(cb, noun_te + 4)):
        t = toks[k]
        if t in _CONTENT_STOPS or t in REPORT_VERBS or t in ("that", "and", "to"):
            return False
        if t == "by":
            return not any(k < s <= k + 2 for s, _ in mention_spans)
    return False


_COMPLEMENT_OPENERS = frozenset(["of", "for"])


def _united_states(toks: Sequence[str], k: int) -> bool:
    """Whether ``toks[k]`` is the "states" of "the United States" (a name, not the verb of saying).

    >>> _united_states("accused the united states of smearing china".split(), 3)
    True
    """
    return toks[k] == "states" and k > 0 and toks[k - 1] == "united"
_COMPLEMENT_REACH = 16


def accusation_complement(toks: Sequence[str], accuse_at: int, at: int, cb: int) -> bool:
    """Whether the trigger at ``at`` lies in the "of"/"for" complement of an accusation or criticism
    whose verb is at ``accuse_at`` ("accused China of harassing fishermen and of violating its airspace",
    "criticised Seoul for deploying the system"): what the accused is said to have done is the
    accusation's content, not an event the reporter asserts.

    >>> toks = "japan accused china of harassing fishermen and of violating its airspace".split()
    >>> accusation_complement(toks, 1, 4, len(toks)), accusation_complement(toks, 1, 8, len(toks))
    (True, True)
    >>> toks = "japan accused china of lying but imposed sanctions".split()
    >>> accusation_complement(toks, 1, 7, len(toks))
    False
    >>> toks = "britain accused china of a hacking campaign and imposed sanctions".split()
    >>> accusation_complement(toks, 1, 8, len(toks))
    False
    >>> toks = "china criticised the blacklisting of its firms threatening to retaliate".split()
    >>> accusation_complement(toks, 1, 9, len(toks))
    False
    """
    if at <= accuse_at or at - accuse_at > _COMPLEMENT_REACH:
        return False
    opened = False
    for k in range(accuse_at + 1, at):
        t = toks[k]
        if t in _CONTENT_STOPS or (t in REPORT_VERBS and not _united_states(toks, k)) or t == "said":
            return False
        if t == "and" and opened and toks[k + 1].endswith("ed") and len(toks[k + 1]) > 4:
            return False  # "accused China of a hacking campaign and imposed sanctions": a second finite verb
        if t in _COMPLEMENT_OPENERS and k - accuse_at <= 6:
            opened = True
        elif opened and t in SPEAKER_PARTICIPLES and toks[k - 1] not in ("of", "for", "and"):
            return False  # "criticised the U.S. blacklisting of its firms, threatening to retaliate": the speaker's
    return opened and not (toks[at] in SPEAKER_PARTICIPLES and toks[at - 1] not in ("of", "for", "and"))


_DENIAL_REACH = 12


def denied_content(toks: Sequence[str], deny_te: int, at: int) -> bool:
    """Whether the trigger at ``at`` lies in what a denial ending at ``deny_te`` denies ("denied that its
    ships had rammed the vessel", "denied blocking the sale"): a denied act is no event.

    >>> toks = "china denied that its ships had rammed the vessel".split()
    >>> denied_content(toks, 2, 6)
    True
    >>> toks = "china denied the report but later recalled its ambassador".split()
    >>> denied_content(toks, 2, 6)
    False
    """
    if at < deny_te or at - deny_te > _DENIAL_REACH:
        return False
    return all(toks[k] not in _CONTENT_STOPS and (toks[k] not in REPORT_VERBS or _united_states(toks, k))
               and toks[k] != "and" for k in range(deny_te, at))


_RELATIVE_OPENERS = frozenset(["which", "who", "whose", "whom"])


_REL_AUX = frozenset("had has have was were is are would will".split())


def relative_opener(toks: Sequence[str], ts: int, ca: int) -> int:
    """The position of the "who"/"which" that opens an unpunctuated relative clause whose verb is at
    ``ts`` ("protesters who had surrounded the legislature", "a firm which sells"), else -1: the
    antecedent before it, not the sentence's subject, is the verb's subject.

    >>> relative_opener("police fired at protesters who had surrounded the legislature".split(), 6, 0)
    4
    >>> relative_opener("police fired at protesters".split(), 1, 0)
    -1
    """
    k = ts - 1
    if k > ca and toks[k] in _REL_AUX:
        k -= 1
    return k if k > ca and toks[k] in ("who", "which") else -1


def result_participle(toks: Sequence[str], at: int, commas: frozenset[int]) -> bool:
    """Whether the verb at ``at`` is a result clause after a comma that forces a government's hand
    (", forcing the government to delay the debate", ", forcing authorities to cancel") or a ship's or
    plane's crew to manoeuvre (", forcing the American ship to slow down", ", forcing the crew to take
    evasive action"): the consequence of the main act, not a coercive act of its subject.

    >>> result_participle("police fired tear gas forcing the government to delay".split(), 4, frozenset([3]))
    True
    >>> result_participle("a warship cut across its path forcing the american ship to slow".split(), 6,
    ...                   frozenset([5]))
    True
    >>> result_participle("china forced the ship to leave".split(), 1, frozenset())
    False
    """
    if toks[at] not in ("forcing", "compelling") or at - 1 not in commas:
        return False
    for k in range(at + 1, min(len(toks), at + 5)):
        if toks[k] in _FORCED_ORGANS:
            return True
        if toks[k] == "to":
            return False
    return False


_FORCED_ORGANS = frozenset("government authorities legislature council lawmakers officials parliament "
                           "congress administration ship ships vessel vessels crew crews plane planes aircraft "
                           "pilot pilots boat boats destroyer frigate jet jets guard coastguard navy forces troops "
                           "police".split())  # (", forcing Japan's coast guard to send patrol vessels")


#: verbs by which the apposition's party judges the act: "called", "described as", "denounced as"
JUDGING_VERBS = frozenset(["called", "calls", "described", "describes", "denounced", "condemned", "termed",
                           "branded", "labelled", "labeled", "decried", "slammed"])


_CHARACTERISING = JUDGING_VERBS | frozenset(  # the judging verbs and their other forms
    "criticized criticised criticizes criticises dismissed dismisses rejected rejects denounces condemns slams "
    "decries describing calling denouncing condemning criticizing criticising dismissing rejecting".split())


_CHARACTER_START = frozenset("a an interference illegal baseless groundless unacceptable unreasonable racist "
                             "discriminatory hypocritical bullying unjustified unfounded".split())


_CHARACTER_ENDS = frozenset("and but that which who while after before said saying says".split())


def characterisations(toks: Sequence[str], ca: int, cb: int) -> list[tuple[int, int]]:
    """Token spans that characterise what a comment verb's object is ("condemned the law as a malicious
    attack on Chinese companies", "denounced the sanctions as interference in China's affairs"): neither
    the events nor the parties named in them are the comment's or anyone's act and target.

    >>> toks = "china condemned the law as a malicious attack on chinese companies".split()
    >>> characterisations(toks, 0, len(toks))
    [(4, 11)]
    >>> toks = "china criticized beijing as tensions rose".split()
    >>> characterisations(toks, 0, len(toks))
    []
    """
    out: list[tuple[int, int]] = []
    for v in range(ca, cb):
        if toks[v] not in _CHARACTERISING:
            continue
        for j in range(v + 1, min(cb - 1, v + 8)):
            if toks[j] == "as":
                if toks[j + 1] in _CHARACTER_START:
                    e = j + 1
                    while e < cb and e < j + 14 and toks[e] not in _CHARACTER_ENDS:
                        e += 1
                    out.append((j, e))
                break
            if toks[j] in _CHARACTER_ENDS or toks[j] == "to":
                break
    return out


#: adverbs by which a relative or coordinated clause tells the story's next step, not background:
#: "..., which then ordered", "and later expelled"
SEQUENCE_ADVERBS = frozenset("then later subsequently promptly quickly immediately swiftly soon".split())


def background_relative(toks: Sequence[str], ca: int, dated: bool) -> bool:
    """Whether the clause at ``ca`` is an undated relative clause ("China, which has sanctioned several
    American firms, warned ..."): it describes its antecedent, and what it tells is background, not news
    of the day. A dated one ("who visited Manila in February") reports a past event at its date, and one
    in the present ("who is on his first state visit") tells what is going on.

    >>> background_relative("which has sanctioned several american firms".split(), 0, False)
    True
    >>> background_relative("who visited manila in february".split(), 0, True)
    False
    >>> background_relative("who is on his first state visit to the us".split(), 0, False)
    False
    >>> background_relative("which accuses her of fraud".split(), 0, False)
    False
    >>> background_relative("which then expelled two diplomats".split(), 0, False)
    False
    """
    if ca + 1 >= len(toks) or toks[ca] not in _RELATIVE_OPENERS or dated:
        return False
    verb = toks[ca + 1]
    if verb in SEQUENCE_ADVERBS:
        return False  # "Beijing, which then expelled two diplomats": the story's next step
    # in the present it tells what is going on: "who is on his first state visit", "which accuses her of"
    return verb not in ("is", "are") and not (verb.endswith("s") and not verb.endswith("ss") and verb != "has"
                                              and verb != "was" and len(verb) > 3)


_PERFECT = frozenset(["has", "have"])
_SUBJECT_LEAD = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "s",
                           "recent", "new", "latest", "ongoing", "continued", "growing"])


_NOUN_PHRASE_REACH = 8


def perfect_subject(toks: Sequence[str], ca: int, ts: int, te: int, cb: int,
                    mention_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the event noun [ts, te) heads the subject of its clause and the clause's verb is a present
    perfect ("Russia's invasion of Ukraine has pushed Moscow closer to Beijing", "China's support for
    the war has strained ties"): the sentence tells the noun's consequences; the noun is background.

    >>> toks = "russia s invasion of ukraine has pushed moscow closer to beijing".split()
    >>> perfect_subject(toks, 0, 2, 3, len(toks), [(0, 1), (4, 5), (7, 8), (10, 11)])
    True
    >>> toks = "the invasion which began in 2022 has pushed moscow closer to beijing".split()
    >>> perfect_subject(toks, 0, 1, 2, len(toks), [(7, 8), (10, 11)])
    True
    >>> toks = "russia has invaded ukraine".split()
    >>> perfect_subject(toks, 0, 2, 3, len(toks), [(0, 1), (3, 4)])
    False
    """
    inside = {k for s, e in mention_spans for k in range(s, e)}
    if any(k not in inside and toks[k] not in _SUBJECT_LEAD for k in range(ca, ts)):
        return False
    j = te
    reach = te + _NOUN_PHRASE_REACH
    while j < min(cb - 1, reach):
        t = toks[j]
        if t in _PERFECT:
            return toks[j + 1] != "been" or j + 2 >= cb or not toks[j + 2].endswith("ed")
        if t in _RELATIVE_OPENERS and reach == te + _NOUN_PHRASE_REACH:
            reach = j + _NOUN_PHRASE_REACH + 2  # ", which began in February 2022, has pushed ...": over it
            j += 1
            while j < min(cb - 1, reach) and toks[j] not in _PERFECT:
                j += 1
            continue
        if t in _CONTENT_STOPS or t in REPORT_VERBS or t in ("that", "was", "were", "is", "are", "will", "would"):
            return False
        j += 1
    return False


#: verbs that tell what a measure did to something ("tariffs weighed on trade", "the sanctions hurt
#: farmers"): the measure is the cause in the sentence, told before, not news
EFFECT_VERBS = frozenset("weighed weighs weigh hurt hurts dragged drags slowed slows squeezed squeezes rattled "
                         "rattles disrupted disrupts dented dents battered batters hammered hammers eroded erodes "
                         "fuelled fueled fuels spooked spooks boosted boosts drove drives".split())


_CLAUSE_LEADS = frozenset(["as", "while", "because", "since", "with", "although", "though", "and", "but"])
_SUBORDINATE_LEADS = frozenset(["as", "while", "because", "although", "though"])
_MEASURE_DEGREES = frozenset("higher rising steeper steep heavy heavier punitive retaliatory".split())
_TAKING = frozenset(["take", "takes", "took", "taking", "taken"])


def effect_subject(toks: Sequence[str], ca: int, ts: int, te: int, cb: int,
                   mention_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the event noun [ts, te) heads the subject of a clause that tells its effect ("as tariffs
    on both sides weighed on trade", "the sanctions have hurt farmers"): the noun is background.

    >>> toks = "as tariffs on both sides weighed on trade".split()
    >>> effect_subject(toks, 0, 1, 2, len(toks), [(3, 5)])
    True
    >>> toks = "the united states imposed tariffs that weighed on trade".split()
    >>> effect_subject(toks, 0, 4, 5, len(toks), [(0, 3)])
    False
    >>> toks = "as higher tariffs take their toll".split()
    >>> effect_subject(toks, 0, 2, 3, len(toks), [])
    True
    >>> toks = "as higher tariffs take effect".split()
    >>> effect_subject(toks, 0, 2, 3, len(toks), [])
    False
    """
    inside = {k for s, e in mention_spans for k in range(s, e)}
    lead = next((k for k in range(ts - 1, max(ca, ts - 4) - 1, -1) if toks[k] in _SUBORDINATE_LEADS), ca)
    # (a subordinate clause inside a longer one: "economists expect exports to slow as higher tariffs take ...")
    if any(k not in inside and toks[k] not in _SUBJECT_LEAD and toks[k] not in _CLAUSE_LEADS
           and toks[k] not in _MEASURE_DEGREES for k in range(lead, ts)):
        return False
    for j in range(te, min(cb, te + _NOUN_PHRASE_REACH)):
        t = toks[j]
        if t in EFFECT_VERBS or (t in _TAKING and "toll" in toks[j + 1:j + 4]):
            return True  # ("as higher tariffs take their toll")
        if t in _CONTENT_STOPS or t in REPORT_VERBS or t in ("that", "was", "were", "is", "are", "will", "would"):
            return False
    return False


#: nouns whose complement is alleged, not asserted: "an inquiry into possible war crimes", "reports of
#: abuses", "claims that an agent plotted to kill"
ALLEGATION_NOUNS = frozenset(
    "inquiry inquiries investigation investigations probe probes report reports claim claims allegation "
    "allegations accusation accusations suspicion suspicions rumour rumours rumor rumors".split())


#: modifiers that hedge an event noun: "possible war crimes", "an alleged plot", "suspected strikes"
HEDGE_MODIFIERS = frozenset(["possible", "alleged", "suspected", "purported", "potential", "reported",
                             "so-called", "unconfirmed"])


_ALLEGATION_REACH = 9
_ALLEGATION_LINKS = frozenset(["into", "of", "about", "that", "over", "on"])


def hedged(toks: Sequence[str], ca: int, ts: int) -> bool:
    """Whether the noun at ``ts`` is hedged by its modifier: "possible war crimes", "an alleged attack",
    "a possible visit to Taiwan" (a visit that may happen is no visit).

    >>> hedged("warned against a possible visit to taiwan".split(), 0, 4)
    True
    >>> hedged("condemned the visit to taiwan".split(), 0, 2)
    False
    >>> hedged("approved the possible sale of jets to taiwan".split(), 0, 3)
    False
    """
    k = ts - 1
    while k >= ca and k >= ts - 3 and toks[k] in _HEDGED_NOUN_GLUE:
        k -= 1
    if k < ca or toks[k] not in HEDGE_MODIFIERS:
        return False
    j = k - 1 - int(k - 1 >= ca and toks[k - 1] in ("the", "a", "an"))
    return not (j >= ca and toks[j] in _APPROVING)  # "approved the possible sale of": the approval is made


_APPROVING = frozenset("approved approves approve cleared clears authorized authorised authorizes authorises "
                       "notified notifies".split())


_RISK_NOUNS = frozenset("risk risks danger dangers hazards hazard perils".split())
#: nouns of expectation: what they expect has not happened ("on hopes of renewed Chinese purchases",
#: "fears of a trade war", "speculation about a visit", "the risk of an accidental clash")
EXPECTATION_NOUNS = frozenset("hope hopes expectation expectations prospect prospects fear fears speculation "
                              "talk bets bet optimism worries worry concern concerns odds chance chances likelihood "
                              "possibility".split()) | _RISK_NOUNS


#: what a cause endangers rather than what a party threatens to do: "(low prices,) threatening substantial
#: damage to producers", "threatens the livelihoods of fishermen"
_HARMED_NOUNS = frozenset("damage harm injury jobs livelihood livelihoods survival lives growth recovery supply "
                          "supplies viability existence profits profitability health".split())


_HARM_GLUE = frozenset("the a an its their his her our serious substantial severe grave lasting further "
                       "irreparable material significant major great".split())


def risk_warning(toks: Sequence[str], te: int, cb: int) -> bool:
    """Whether a warning ending at ``te`` is about risks ("warned American companies of the growing risks
    of operating in Hong Kong", "warned travellers about the dangers"): advice, not a threat; and whether
    "threaten" ending at ``te`` means "endanger" ("threatening substantial damage to producers").

    >>> risk_warning("warned american companies of the growing risks of operating".split(), 1, 9)
    True
    >>> risk_warning("warned china of consequences".split(), 1, 4)
    False
    >>> risk_warning("prices threatening substantial damage to chinese producers".split(), 2, 7)
    True
    >>> risk_warning("china threatened retaliation".split(), 2, 3)
    False
    """
    if te - 1 >= 0 and toks[te - 1].startswith("threaten"):
        k = te
        while k < min(cb, te + 4) and toks[k] in _HARM_GLUE:
            k += 1
        if k < cb and toks[k] in _HARMED_NOUNS:
            return True
    for k in range(te, min(cb, te + 5)):
        if toks[k] in ("of", "about"):
            return any(toks[j] in _RISK_NOUNS for j in range(k + 1, min(cb, k + 5)))
    return False


_AWAITING = frozenset("await awaits awaited awaiting".split())
#: a pact's or a law's scope: what it "extends to", "applies to" or "covers" is a kind of act, not one done
_SCOPE_VERBS = frozenset("extends extend extended extending applies apply applied applying".split())
_COVERING = frozenset("covers cover covered covering".split())


def scoped(toks: Sequence[str], ca: int, ts: int) -> bool:
    """Whether the trigger at ``ts`` names what a pact, a pledge or a law covers ("the treaty extends to
    armed attacks on Philippine vessels", "applies to any attack", "covers attacks on"): a kind of act, none
    done.

    >>> scoped("the treaty extends to armed attacks on philippine vessels".split(), 0, 5)
    True
    >>> scoped("china extended its drills to the east".split(), 0, 3)
    False
    """
    for k in range(ts - 1, max(ca, ts - 4) - 1, -1):
        if (toks[k] == "to" and k - 1 >= ca and toks[k - 1] in _SCOPE_VERBS) or toks[k] in _COVERING:
            return True
        if toks[k] not in _SCOPE_GLUE:
            return False
    return False


_SCOPE_GLUE = frozenset("armed any all an a military possible such".split())


def speculated(toks: Sequence[str], ca: int, ts: int) -> bool:
    """Whether the event noun at ``ts`` is what an expectation noun expects: "soybeans rose on hopes of
    renewed Chinese purchases", "fears of a wider trade war" (nothing happened yet).

    >>> speculated("futures rose on hopes of renewed chinese purchases".split(), 0, 7)
    True
    >>> speculated("china resumed purchases of soybeans".split(), 0, 2)
    False
    """
    for k in range(ts - 1, max(ca, ts - 8) - 1, -1):  # ("the odds of a comprehensive U.S.-China trade deal")
        if toks[k] in ("of", "about", "for", "on") and k - 1 >= ca and toks[k - 1] in EXPECTATION_NOUNS:
            return True
        if toks[k] == "any" and (k == ca or toks[k - 1] in ("and", "but", "while", "though")):
            return True  # "any deal is likely to leave ...": no deal in particular, none made
        if toks[k] == "of" and k - 1 >= ca and toks[k - 1] in ("event", "case") and toks[k - 2:k - 1] in (["the"], ["in"]):
            return True  # "in the event of an attack by China", "in case of war": a hypothetical
        if (toks[k] == "to" and k - 1 >= ca and toks[k - 1] == "ahead") or toks[k] in _AWAITING:
            return True  # "investors looked ahead to this week's trade talks", "awaited the talks"
        if not (toks[k] in _HEDGED_NOUN_GLUE or toks[k].isalpha()) or toks[k] in REPORT_VERBS:
            return False
    return False


#: verbs of betting on an outcome: what they govern is a market's guess, not an event
_BETTING = frozenset("bet bets betting wager wagers wagered wagering gamble gambles gambled gambling speculate "
                     "speculates speculated speculating".split())
_BETTING_REACH = 8


def betting(toks: Sequence[str], ca: int, ts: int) -> bool:
    """Whether the trigger at ``ts`` is what a betting verb bets on: "stocks rose as investors bet that the
    trade truce would hold", "traders are wagering on a rate cut" (a guess about the future, no event).

    >>> betting("stocks rose as investors bet that the trade truce would hold".split(), 0, 7)
    True
    >>> betting("traders were betting on new sanctions".split(), 0, 5)
    True
    >>> betting("china imposed sanctions on the bank".split(), 0, 2)
    False
    """
    for k in range(ts - 1, max(ca, ts - _BETTING_REACH) - 1, -1):
        if toks[k] in ("that", "on") and k - 1 >= ca and toks[k - 1] in _BETTING:
            return True
        if toks[k] in REPORT_VERBS or (toks[k] in _CONTENT_STOPS and toks[k] != "that"):
            return False
    return False


#: pieces of a text whose wording is quoted, not reported: "removed a line saying Washington does not support
#: Taiwan independence" tells what the line says, no act of anyone's
_WORDING_NOUNS = frozenset("line lines sentence sentences passage passages phrase phrases wording language clause "
                           "clauses paragraph paragraphs reference references".split())
_WORDING_VERBS = frozenset(["saying", "stating", "says", "said", "stated", "reading", "reads"])
_WORDING_REACH = 10


def quoted_wording(toks: Sequence[str], ca: int, ts: int) -> bool:
    """Whether the trigger at ``ts`` is in the content of a quoted piece of text ("a line saying Washington
    does not support Taiwan's independence", "a passage that said China would retaliate").

    >>> quoted_wording("removed a line saying washington does not support taiwan s independence".split(), 0, 7)
    True
    >>> quoted_wording("issued a statement saying it would impose sanctions".split(), 0, 7)
    False
    """
    for k in range(ts, max(ca, ts - _WORDING_REACH) - 1, -1):  # (the saying itself: "a line saying ...")
        if toks[k] in _WORDING_VERBS and k - 1 >= ca and (
                toks[k - 1] in _WORDING_NOUNS or (toks[k - 1] == "that" and k - 2 >= ca and toks[k - 2] in _WORDING_NOUNS)):
            return True
        if toks[k] in _CONTENT_STOPS and toks[k] != "that":
            return False
    return False


def alleged_event(toks: Sequence[str], ca: int, ts: int) -> bool:
    """Whether the trigger at ``ts`` is alleged rather than asserted: hedged by its modifier ("possible
    war crimes", "an alleged attack") or inside the complement of an allegation noun ("an inquiry into
    ...", "reports of abuses", "claims that an agent plotted to kill ...").

    >>> alleged_event("icc opened an inquiry into possible war crimes".split(), 0, 6)
    True
    >>> alleged_event("investigators examined claims that an agent plotted to kill a dissident".split(), 0, 8)
    True
    >>> alleged_event("the report said china imposed sanctions".split(), 0, 5)
    False
    >>> alleged_event("russia launched strikes on kyiv".split(), 0, 2)
    False
    """
    if hedged(toks, ca, ts):
        return True
    for k in range(ts - 1, max(ca, ts - _ALLEGATION_REACH) - 1, -1):
        t = toks[k]
        if t in _ALLEGATION_LINKS and k - 1 >= ca and toks[k - 1] in ALLEGATION_NOUNS:
            return True
        if t in REPORT_VERBS or (t in _CONTENT_STOPS and t != "that"):
            return False
    return False


_HEDGED_NOUN_GLUE = frozenset(["war", "human", "rights", "chemical", "nuclear", "military", "cyber", "an", "a",
                               "the", "of", "missile"])


#: verbs by which an event noun in subject position causes a reaction: "the blacklisting drew a rebuke
#: from Beijing", "the test prompted an emergency session", "the drills sparked protests"
REACTION_VERBS = frozenset(
    "drew draws drawn prompted prompts sparked sparks triggered triggers provoked provokes caused causes "
    "brought brings earned earns elicited elicits attracted attracts".split())


_CAUSE_SUBJECT_REACH = 14
# words that show a clause's verb before the noun: the noun is then no subject
_NOT_IN_SUBJECT = frozenset(["that", "was", "were", "is", "are", "has", "have", "had", "will", "would", "to", "did",
                             "does", "do", "said", "says", "can", "could", "may", "might", "should"])


_REACTION_GLUE = frozenset(["a", "an", "the", "sharp", "strong", "swift", "angry", "fierce", "immediate",
                            "harsh", "widespread", "international", "formal", "official", "stern", "loud"])


def caused_by_subject(toks: Sequence[str], ca: int, ts: int, te: int, cb: int,
                      mention_spans: Sequence[tuple[int, int]]) -> int:
    """The reaction verb after the subject event noun [ts, te) ("North Korea's announcement of a bomb test
    prompted an emergency session of the UN"), or -1. The noun's target is inside its own phrase,
    before the verb; what the verb brings about is no party of it.

    >>> toks = "north korea s test prompted a session of the un council".split()
    >>> caused_by_subject(toks, 0, 3, 4, len(toks), [(0, 2), (8, 10)])
    4
    >>> toks = "china held drills near taiwan".split()
    >>> caused_by_subject(toks, 0, 2, 3, len(toks), [(0, 1), (4, 5)])
    -1
    >>> toks = "the us has said the test prompted a session".split()
    >>> caused_by_subject(toks, 0, 5, 6, len(toks), [(1, 2)])
    -1
    """
    if any(toks[k] in _CONTENT_STOPS or toks[k] in REPORT_VERBS or toks[k] in _NOT_IN_SUBJECT
           for k in range(ca, ts)):
        return -1
    for j in range(te, min(cb, te + _CAUSE_SUBJECT_REACH)):
        t = toks[j]
        if t in REACTION_VERBS:
            return j
        if t in _CONTENT_STOPS or t in REPORT_VERBS or t in ("that", "was", "were", "is", "are", "has", "have",
                                                            "had", "will", "would"):
            return -1
    return -1


def reaction_from(toks: Sequence[str], v: int, at: int, te: int, cb: int,
                  mention_spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """For a reaction noun [at, te) right after the reaction verb at ``v`` ("drew a sharp rebuke from
    Beijing"): the reacting party after "from" and the subject's party before the verb, as
    (actor mention start, target mention start), or None.

    >>> toks = "washington s blacklisting of huawei drew a sharp rebuke from beijing".split()
    >>> reaction_from(toks, 5, 8, 9, len(toks), [(0, 1), (4, 5), (10, 11)])
    (10, 0)
    >>> toks = "the ban prompted a complaint on tuesday from the chinese embassy".split()
    >>> reaction_from(toks, 2, 4, 5, len(toks), [(9, 11)])
    >>> reaction_from(toks, 2, 4, 5, len(toks), [(0, 2), (9, 11)])
    (9, 0)
    """
    if at <= v or any(toks[k] not in _REACTION_GLUE for k in range(v + 1, at)):
        return None
    if te + 2 < cb and toks[te] == "on" and toks[te + 1] in WEEKDAYS:
        te += 2  # "prompted a complaint on Tuesday from the Chinese embassy": the reaction's day between
    agent = next((s for s, _ in mention_spans if te < s <= te + 2 and (
        toks[s - 1] == "from" or (toks[s - 1] == "the" and toks[s - 2] == "from"))), None)
    if agent is None and te < cb and toks[te] == "from":
        return None
    subject = next((s for s, _ in mention_spans if s < v), None)
    if agent is None or subject is None:
        return None
    return agent, subject




_VERB_AFTER_INTERRUPTION = frozenset(["was", "were", "is", "are", "has", "have", "had", "will", "would", "could",
                                      "can", "may", "might", "remains", "remained", "drew", "prompted", "sparked"])


_INTERRUPTION_REACH = 14


def interruptions(toks: Sequence[str], ca: int, cb: int, commas: frozenset[int]) -> list[tuple[int, int]]:
    """Participial phrases set off by commas between a subject and its verb ("The ruling, issued in The
    Hague on Tuesday, was rejected by China"): token ranges whose places, parties and dates describe the
    subject, not the main clause. ``commas`` holds the tokens a comma follows.

    >>> toks = "the ruling for manila issued in the hague on tuesday was rejected by china".split()
    >>> interruptions(toks, 0, len(toks), frozenset([3, 9]))
    [(4, 10)]
    >>> toks = "china imposed sanctions on tuesday and japan protested".split()
    >>> interruptions(toks, 0, len(toks), frozenset([4]))
    []
    """
    out: list[tuple[int, int]] = []
    for k in sorted(commas):
        first = k + 1
        if first >= cb or not (toks[first].endswith("ed") or toks[first] in IRREGULAR_PARTICIPLES):
            continue
        close = next((j for j in sorted(commas) if first < j < min(cb - 1, first + _INTERRUPTION_REACH)), -1)
        if close < 0 or toks[close + 1] not in _VERB_AFTER_INTERRUPTION:
            continue
        out.append((first, close + 1))
    return out


#: words that resume a main clause after a relative clause set off by commas ("The deal, which was
#: signed in March, was praised by Beijing")
RESUMING_WORDS = frozenset(["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
                            "may", "might", "remains", "remained", "also", "then", "later"])


def resumed_clause(toks: Sequence[str], bounds: Sequence[tuple[int, int]], n: int) -> int:
    """The clause whose subject the clause ``n`` continues after a relative clause, or -1: in "The deal
    with Cambodia, which was signed in March, was praised by Beijing" the third clause's subject is the
    first's. ``bounds`` are the sentence's clauses as (first token, end token).

    >>> toks = "the deal with cambodia which was signed in march was praised by beijing".split()
    >>> resumed_clause(toks, [(0, 4), (4, 9), (9, 13)], 2)
    0
    >>> resumed_clause(toks, [(0, 4), (4, 9), (9, 13)], 1)
    -1
    """
    if n < 2:
        return -1
    ra = bounds[n - 1][0]
    ca = bounds[n][0]
    if toks[ra] not in _RELATIVE_OPENERS or ca >= len(toks) or toks[ca] not in RESUMING_WORDS:
        return -1
    la, lb = bounds[n - 2]
    if lb != ra or any(toks[k] in REPORT_VERBS or toks[k] in _NOT_IN_SUBJECT for k in range(la, lb)):
        return -1  # the relative clause must follow a bare subject
    return n - 2


_PP_OPENERS = frozenset(["in", "at", "on", "near", "outside", "across", "from", "against", "over", "of"])
_MODIFIER_REACH = 5


def participle_modifier(toks: Sequence[str], at: int, ca: int, noun_ends: frozenset[int],
                        commas: frozenset[int]) -> bool:
    """Whether the "-ing" verb at ``at`` modifies an event noun before it, directly or across a short
    place phrase ("staged a march demanding work permits", "a hunger strike in Bangladesh demanding
    recognition"): the noun is the event and the participle tells its aim (the caller applies this to
    verbal participles: demands, appeals, statements). ``noun_ends`` are the end
    tokens of the clause's event nouns; after a comma the participle is a clause of its own ("...,
    killing eighteen").

    >>> toks = "refugees staged a hunger strike in bangladesh demanding recognition".split()
    >>> participle_modifier(toks, 7, 0, frozenset([5]), frozenset())
    True
    >>> toks = "police opened fire on protesters killing two".split()
    >>> participle_modifier(toks, 5, 0, frozenset(), frozenset())
    False
    >>> toks = "troops fired on a march in yangon killing two".split()
    >>> participle_modifier(toks, 7, 0, frozenset([5]), frozenset([6]))
    False
    """
    if not toks[at].endswith("ing") or at - 1 < ca or at - 1 in commas:
        return False
    if at in noun_ends or toks[at - 1] in ACTION_NOUNS:
        return True
    for p in range(at - 1, max(ca, at - _MODIFIER_REACH) - 1, -1):
        if p in commas:
            return False
        if toks[p] in _PP_OPENERS:
            return p in noun_ends or (p - 1 >= ca and toks[p - 1] in ACTION_NOUNS)
    return False


#: collective actions whose aim a participle tells, also where the lexicon has no event for them
ACTION_NOUNS = frozenset(
    "march marches rally rallies protest protests demonstration demonstrations strike strikes sit-in vigil "
    "vigils petition petitions campaign boycott".split())


#: nouns after which "of <event>" names a past event as background: "to mark the end of the war",
#: "the anniversary of the invasion", "victims of the attack"
BACKGROUND_HEADS = frozenset(
    "end anniversary anniversaries memory memories memorial victims veterans survivors history legacy "
    "aftermath wake lessons scars remembrance commemoration commemorations era origins "
    # what is undone: "pressed for the removal of Chinese tariffs" (the tariffs are no new act)
    "removal repeal lifting withdrawal rollback scrapping abolition cancellation reversal relaxation easing "
    "suspension postponement".split())


def background_head(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` follows "<background head> of" ("the end of the war against
    Japan", "the anniversary of the invasion").

    >>> background_head("to mark the end of the war against japan".split(), 6, 0)
    True
    >>> background_head("the start of the talks".split(), 4, 0)
    False
    >>> background_head("sympathy for the victims of the madrid train bombings".split(), 8, 0)
    True
    """
    k = ts - 1
    while k >= ca and toks[k] != "of" and toks[k] not in _MODIFIER_STOPS and ts - k <= 4:
        k -= 1  # articles and modifiers: "the victims of the Madrid train bombings"
    return k - 1 >= ca and toks[k] == "of" and toks[k - 1] in BACKGROUND_HEADS


_MODIFIER_STOPS = frozenset(["and", "or", "but", "that", "which", "who", "by", "with", "for", "to", "in", "on", "at",
                             "from", "after", "before", "as"])


#: verbs that feed an existing conflict: their object ("could further inflame the trade war") is that
#: conflict going on, not a new event
INTENSIFYING_VERBS = frozenset(
    "inflame inflames inflamed inflaming escalate escalates escalated escalating intensify intensifies intensified "
    "intensifying deepen deepens deepened deepening widen widens widened widening fuel fuels fuelled fueled "
    "fuelling fueling stoke stokes stoked stoking worsen worsens worsened worsening exacerbate exacerbates "
    "exacerbated exacerbating prolong prolongs prolonged prolonging aggravate aggravates aggravated".split())


def intensified_noun(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is the object of a verb that feeds a conflict already going on
    ("a step that could further inflame the trade war", "widening the dispute").

    >>> intensified_noun("a step that could further inflame the trade war".split(), 7, 0)
    True
    >>> intensified_noun("china imposed a ban on imports".split(), 3, 0)
    False
    >>> intensified_noun("biden widened a ban on investment".split(), 3, 0)  # a measure widened: a new act
    False
    """
    k = ts - 1
    while k >= ca and ts - k <= 4 and toks[k] in ("the", "a", "an", "its", "their", "s", "this", "that", "trade",
                                                   "bitter", "long", "running", "ongoing", "growing"):
        k -= 1
    if k >= ca and toks[k].startswith("widen") and toks[ts] in _WIDENED_MEASURES:
        return False
    return k >= ca and toks[k] in INTENSIFYING_VERBS


#: measures whose widening is a new measure ("widened a ban on investment in Chinese firms"), unlike a
#: conflict that is widened ("widening the dispute")
_WIDENED_MEASURES = frozenset("ban bans sanctions controls restrictions curbs tariffs duties levies blacklist "
                              "embargo embargoes".split())


def disputed_noun(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is named with "so-called" ("the so-called boycott is a show", "the
    so-called forced labour"): the speaker disputes it or refers to it, no new event.

    >>> disputed_noun("so the so called diplomatic boycott is a show".split(), 5, 0)
    True
    >>> disputed_noun("the diplomatic boycott began".split(), 2, 0)
    False
    """
    return any(toks[k] == "called" and toks[k - 1] == "so" for k in range(max(ca + 1, ts - 3), ts))


_VENUE_PREPS = frozenset(["at", "during", "for"])
_VENUE_FRAMES = frozenset([("sidelines", "of"), ("margins", "of"), ("eve", "of"), ("ahead", "of"), ("end", "of"),
                           ("start", "of"), ("opening", "of"), ("close", "of")])


#: words before "of" that a meeting's opener reaches past: "the Group of 20 summit", "for three days of talks"
_OF_PASSABLE = frozenset("group days hours weeks rounds day round".split())


def meeting_venue(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether a meeting noun at ``ts`` names where, when or why another meeting happens, not a meeting
    of its own: "met Xi at the Group of 20 summit", "talks on the sidelines of the summit", "during the
    APEC meeting", "will visit Washington for talks with Blinken". Articles, modifiers and a gathering's
    name may stand between the opener and the noun.

    >>> meeting_venue("biden met xi at the group of 20 summit".split(), 7, 0)
    True
    >>> meeting_venue("he met xi on the sidelines of the summit".split(), 8, 0)
    True
    >>> meeting_venue("the summit ended without a deal".split(), 1, 0)
    False
    >>> meeting_venue("he will travel to beijing for three days of talks".split(), 9, 0)
    True
    """
    k = ts - 1
    while k >= ca and ts - k <= 7 and toks[k] not in _VENUE_PREPS \
            and (toks[k] != "of" or (k - 1 >= ca and toks[k - 1] in _OF_PASSABLE)):  # "the Group of 20 summit"
        k -= 1
    if k < ca or ts - k > 7:
        return False
    if toks[k] in _VENUE_PREPS:
        return True
    return k - 1 >= ca and (toks[k - 1], toks[k]) in _VENUE_FRAMES


#: verbs that give a party a name: "labelled China a currency manipulator", "branded the group a threat",
#: "still regarded Xi as a dictator"
LABEL_VERBS = frozenset("label labels labelled labeled labelling labeling brand brands branded branding call calls "
                        "called calling dub dubs dubbed name names named designate designates designated declare "
                        "declares declared deem deemed regarded saw viewed considered describe describes "
                        "described portray portrays portrayed".split())  # a view held now ("views X as") is a state


#: names that accuse (112) or criticise (111) the party they are given
LABEL_NOUNS = {
    **dict.fromkeys("manipulator manipulators violator violators aggressor aggressors abuser abusers sponsor "
                    "sponsors cheat cheats thief thieves liar liars predator predators proliferator "
                    "proliferators perpetrator perpetrators".split(), "112"),
    **dict.fromkeys("threat threats menace bully bullies adversary adversaries enemy enemies dictator dictators "
                    "troublemaker troublemakers hypocrite hypocrites".split(), "111"),
    # round 7, leads: the strategy documents' names for a rival ("calls China the only competitor with the
    # intent ...", "called China their greatest strategic challenge", "a pacing challenge")
    **dict.fromkeys("challenge challenges competitor competitors".split(), "111"),
}


def labelling(toks: Sequence[str], ca: int, cb: int,
              spans: Sequence[tuple[int, int]]) -> tuple[int, int, int, str] | None:
    """A party given a damning name by the clause's subject: "the Treasury labelled China a currency
    manipulator" is the Treasury accusing China (112); "called the party a threat" a criticism (111).
    Returns (the naming verb, the named party's start, the namer's start or -1, code) or None. Up to three
    modifiers may stand before the noun ("a currency manipulator", "a state sponsor of terrorism"); the
    namer is the party right before the verb, with up to four words between ("Biden still regarded Xi as
    a dictator", "the Treasury on Monday labelled").

    >>> toks = "the treasury labelled china a currency manipulator".split()
    >>> labelling(toks, 0, len(toks), [(1, 2), (3, 4)])
    (2, 3, 1, '112')
    >>> toks = "he called china a partner".split()
    >>> labelling(toks, 0, len(toks), [(0, 1), (2, 3)]) is None
    True
    """
    for ts, te in spans:
        v = ts - 1 - int(ts - 1 > ca and toks[ts - 1] == "the")
        if v < ca or toks[v] not in LABEL_VERBS or te >= cb:
            continue
        k = te + int(toks[te] == "as")
        if k < cb and toks[k] in ("a", "an", "the"):
            k += 1
        for j in range(k, min(cb, k + 4)):
            code = LABEL_NOUNS.get(toks[j])
            if code is not None:
                namer = next((ss for ss, se in reversed(spans) if se <= v and v - se <= 4
                              and (ss == ca or toks[ss - 1] not in NOUN_PREPOSITIONS | {"of", "to", "by"})), -1)
                if namer >= 0 and toks[namer] in ("he", "she", "it", "they", "we", "i"):
                    namer = -1  # a pronoun: the clause's own subject rules resolve it ("Biden said he ...")
                return v, ts, namer, code
            if not toks[j].isalpha() or toks[j] in ("and", "but", "that", "who", "which", "to", "for", "on"):
                break
    return None


#: nouns that sum up the main clause's act in an apposition: ", a move Taipei called provocative"
SUMMARY_NOUNS = frozenset(["move", "step", "decision", "action", "act", "measure", "development", "gesture",
                           "manoeuvre", "maneuver", "deployment", "visit", "trip", "remark", "remarks"])


_APPOSITION_GLUE = frozenset(["a", "an", "the", "in", "that", "which", "what"])


def appositive_judgement(toks: Sequence[str], ca: int, cb: int, commas: frozenset[int],
                         mentions: Sequence[tuple[int, int]]) -> tuple[int, int, int, str, int] | None:
    """A judgement in an apposition that sums up the main clause's act: "Chinese warplanes entered
    Taiwan's air defence zone, a move Taipei called provocative" is also Taipei's criticism of China
    (111). Returns (judging party start, judged party start, judging verb, code, the comma's token) or
    None; the judged party is the main clause's subject (its first mention not after a preposition).

    >>> toks = "chinese warplanes entered taiwan s zone a move taipei called provocative".split()
    >>> appositive_judgement(toks, 0, len(toks), frozenset([5]), [(0, 2), (3, 4), (8, 9)])
    (8, 0, 9, '111', 5)
    >>> toks = "china held drills a move taipei called routine".split()
    >>> appositive_judgement(toks, 0, len(toks), frozenset([2]), [(0, 1), (5, 6)]) is None
    True
    """
    for k in sorted(commas):
        if not ca <= k < cb - 3:
            continue
        j = k + 1
        while j < cb and toks[j] in _APPOSITION_GLUE:
            j += 1
        if j >= cb or (toks[j] not in SUMMARY_NOUNS and toks[k + 1] != "what"):
            continue
        if toks[j] in SUMMARY_NOUNS:
            j += 1
        while j < cb and toks[j] in _APPOSITION_GLUE:
            j += 1
        judge = next((m for m in mentions if m[0] == j), None)
        if judge is None or judge[1] >= cb or toks[judge[1]] not in JUDGING_VERBS:
            continue
        v = judge[1]
        w = next((x for x in range(v + 1, min(cb, v + 5)) if toks[x] in JUDGEMENT_WORDS), -1)
        if w < 0:
            continue
        judged = next((m for m in mentions if m[1] <= k and not _governed(toks, m[0], ca)), None)
        if judged is None:
            continue
        return judge[0], judged[0], v, _judgement_code(toks[w]), k
    return None


def name_part(at: int, ca: int, cb: int, capitals: frozenset[int]) -> bool:
    """Whether the token at ``at`` is part of a capitalised name, not a verb ("Le Thi Thu Hang said":
    "Hang" is no hanging): it is capitalised inside the clause, next to another capitalised token, and
    the clause is not a headline (where most words are capitalised). ``capitals`` holds the indices of
    capitalised tokens.

    >>> name_part(6, 0, 12, frozenset([0, 3, 4, 5, 6]))
    True
    >>> name_part(1, 0, 5, frozenset([0, 1, 2, 3, 4]))  # "China Fires Missiles Near Taiwan"
    False
    >>> name_part(0, 0, 5, frozenset([0, 1]))  # the clause's first word
    False
    """
    if at == ca or at not in capitals or (at - 1 not in capitals and at + 1 not in capitals):
        return False
    return sum(1 for k in range(ca, cb) if k in capitals) * 2 <= cb - ca


_OBJECT_DETERMINERS = frozenset("a an the its their his her".split())
#: words before a plural noun, not before a verb ("over *suspected* violations", "of violations")
_NOUN_LEADS = frozenset("over of for about suspected alleged possible repeated serious the its their".split())


def judged_subject(toks: Sequence[str], ca: int, ts: int, te: int, cb: int) -> bool:
    """Whether the event noun [ts, te) heads a subject that its clause judges ("The US arms sales to
    Taiwan seriously violate the one-China principle", "Japan's release of the water is irresponsible"):
    the noun is what is judged, not news of the day.

    >>> toks = "the us arms sales to taiwan seriously violate the principle".split()
    >>> judged_subject(toks, 0, 3, 4, len(toks))
    True
    >>> toks = "china said the arms sales were approved last week".split()
    >>> judged_subject(toks, 0, 4, 5, len(toks))
    False
    >>> toks = "china opened an investigation into nvidia over suspected violations".split()
    >>> judged_subject(toks, 0, 3, 4, len(toks))
    False
    """
    if any(toks[k] in _CONTENT_STOPS or toks[k] in REPORT_VERBS or toks[k] in _NOT_IN_SUBJECT
           or (toks[k].endswith("ed") and toks[k + 1] in _OBJECT_DETERMINERS) for k in range(ca, ts)):
        return False  # (a verb with its object before the noun: "China opened an investigation into ...")
    for j in range(te, min(cb, te + _JUDGEMENT_REACH)):
        t = toks[j]
        if t in JUDGEMENT_WORDS and not (t.endswith("s") and toks[j - 1] in _NOUN_LEADS):
            return True  # (not a plural noun: "an investigation over suspected violations")
        if t in _NEGATORS or t in _CONTENT_STOPS or t in REPORT_VERBS or t == "that":
            return False
    return False


_RANKING = frozenset(["first", "last", "latest", "only", "most", "least", "highest", "senior", "top", "second",
                      "third", "fourth", "fifth", "highest-ranking", "biggest", "largest", "worst", "deadliest",
                      "longest", "strongest", "sharpest", "broadest", "toughest"])


_APPOSITION_REACH = 8


def characterising_apposition(toks: Sequence[str], at: int, ca: int, commas: frozenset[int]) -> bool:
    """Whether the trigger at ``at`` stands in an apposition that ranks the main clause's act or actor:
    "..., the largest expulsion of foreign reporters in decades", "..., the most senior American
    official to visit Taiwan in four decades". The apposition characterises what the clause already
    reports; it is no second event.

    >>> toks = "china expelled reporters the largest expulsion of reporters in decades".split()
    >>> characterising_apposition(toks, 5, 0, frozenset([2]))
    True
    >>> toks = "azar met tsai the most senior official to visit taiwan".split()
    >>> characterising_apposition(toks, 8, 0, frozenset([2]))
    True
    >>> toks = "the us blacklisted 140 firms its third crackdown in three years".split()
    >>> characterising_apposition(toks, 7, 0, frozenset([4]))
    True
    >>> toks = "china expelled reporters and the us expelled diplomats".split()
    >>> characterising_apposition(toks, 6, 0, frozenset())
    False
    """
    for k in range(at - 1, max(ca, at - _APPOSITION_REACH) - 1, -1):
        if k in commas:
            words = toks[k + 1:at]
            return bool(words) and words[0] in ("the", "a", "an", "its", "their", "his", "her") and any(
                w in _RANKING or (w.endswith("est") and len(w) > 5) for w in words)
        if toks[k] in _CONTENT_STOPS or toks[k] in REPORT_VERBS:
            return False
    return False


def relative_judgement(toks: Sequence[str], ca: int, cb: int, mentions: Sequence[tuple[int, int]],
                       ) -> tuple[int, int, str] | None:
    """A relative clause that judges its antecedent act: ", which Taipei called provocative", ", which
    Beijing denounced as a provocation". Returns (judging party start, judging verb, code) or None; the
    judged party is the main clause's subject.

    >>> toks = "which taipei called provocative".split()
    >>> relative_judgement(toks, 0, len(toks), [(1, 2)])
    (1, 2, '111')
    >>> relative_judgement("which taipei called routine".split(), 0, 4, [(1, 2)]) is None
    True
    """
    if ca >= cb or toks[ca] not in ("which", "what"):
        return None
    judge = next((m for m in mentions if m[0] == ca + 1), None)
    if judge is None or judge[1] >= cb or toks[judge[1]] not in JUDGING_VERBS:
        return None
    v = judge[1]
    w = next((x for x in range(v + 1, min(cb, v + 5)) if toks[x] in JUDGEMENT_WORDS), -1)
    return (judge[0], v, _judgement_code(toks[w])) if w >= 0 else None


#: nouns by which a speaker names another party's conduct as wrong ("what she described as China's economic
#: coercion", "yet another act of suppression by the US side"), besides :data:`JUDGEMENT_WORDS`
JUDGING_NOUNS = frozenset(
    "suppression repression oppression intimidation harassment aggression hegemony blackmail containment "
    "lies lie disinformation manipulation protectionism unilateralism encroachment infringement intrusion "
    "intrusions incursion incursions espionage theft sabotage".split())


_NAMING_VERBS = JUDGING_VERBS | frozenset(["sees", "saw", "views", "viewed", "regards", "regarded"])
_CASE_NOUNS = frozenset(["act", "acts", "case", "example", "instance", "form", "display"])

_PLAIN_NAMING = frozenset(["called", "calls", "described", "describes", "termed", "terms", "dubbed", "dubs"])


def naming_what(toks: list[str], i: int, a: int) -> bool:
    """Whether the verb at ``i`` names what another clause reports: "in what it called strong
    punishment for ...", "what U.S. officials described as a probe": a way of naming, no act of its
    own (the judgement itself is read by :func:`named_judgement`).

    >>> naming_what("drills in what it called strong punishment for lai".split(), 4, 0)
    True
    >>> naming_what("he called for calm".split(), 1, 0)
    False
    """
    if toks[i] not in _PLAIN_NAMING:
        return False
    for k in range(i - 1, max(a, i - 5) - 1, -1):
        if toks[k] == "what":
            return True
        if toks[k] in ("and", "but", "that", "which", "who", "said"):
            return False
    return False


_CASE_GLUE = frozenset(["yet", "also", "just", "clearly", "simply", "another", "a", "an", "the", "typical",
                        "blatant", "flagrant", "clear", "new", "latest", "further", "serious", "gross"])


_PHRASE_REACH = 10  # tokens from the naming verb to the end of the named phrase
_NAMED_STOPS = (_CONTENT_STOPS | REPORT_VERBS | frozenset(["said", "that", "to", "was", "were", "is", "are"])
                ) - frozenset(["states", "state"])  # "the United States' interference"


def named_judgement(toks: Sequence[str], ca: int, cb: int, mentions: Sequence[tuple[int, int]],
                    ) -> tuple[int, int, int, int, str] | None:
    """A judgement that names the other party's conduct in a noun phrase: "criticized what she described as
    China's economic coercion", "answered what he called the United States' gross interference", "this is
    yet another act of political suppression by the US side". Returns (judge start or :data:`SPEAKER` when the
    judge is the story's speaker, judged start or :data:`UNNAMED`, first token of the judgement, last token, code) or
    ``None``. The judge of "what X called" is X (a pronoun there is the speaker of the clause's report, when
    there is one); the judge of "is another act of" is the speaker of the clause's report. The judged party
    is the agent after "by" in the phrase, else its possessor or modifier.

    >>> toks = "yellen said washington would respond to what she described as china s economic coercion".split()
    >>> named_judgement(toks, 0, len(toks), [(0, 1), (2, 3), (7, 8), (10, 11)])
    (0, 10, 6, 13, '111')
    >>> toks = "this is yet another act of political suppression of chinese media by the us side".split()
    >>> named_judgement(toks, 0, len(toks), [(9, 11), (13, 15)])
    (-3, 13, 1, 14, '112')
    >>> toks = "what she called a routine patrol".split()
    >>> named_judgement(toks, 0, len(toks), [(1, 2)]) is None
    True
    """
    words = JUDGEMENT_WORDS | JUDGING_NOUNS
    for k in range(ca, cb - 2):
        t = toks[k]
        if t == "what":
            judge = next((m for m in mentions if m[0] == k + 1), None)
            if judge is None or judge[1] >= cb or toks[judge[1]] not in _NAMING_VERBS:
                continue
            j = judge[1] + 1 + int(judge[1] + 1 < cb and toks[judge[1] + 1] == "as")
            lo, judge_ts = k, judge[0]
            if toks[judge_ts] in _PERSON_PRONOUNS:  # "Yellen said ... what she described as": the speaker
                r = next((x for x in range(k - 1, ca - 1, -1) if toks[x] in REPORT_VERBS), -1)
                speaker = _speaker_before(toks, r, ca, mentions) if r >= 0 else None
                if speaker is None:  # "India summoned the envoy and protested against what it called": the subject
                    speaker = next((m for m in mentions if ca <= m[0] < k and toks[m[0]] not in _PERSON_PRONOUNS
                                    and not _governed(toks, m[0], ca)), None)
                judge_ts = speaker[0] if speaker is not None else judge_ts
        elif t in _CASE_NOUNS and k + 1 < cb and toks[k + 1] == "of" and k - 1 >= ca and toks[k - 1] in _CASE_GLUE:
            c = k - 1
            while c > ca and toks[c] in _CASE_GLUE:
                c -= 1
            if toks[c] not in ("is", "was", "are", "were", "s", "constitutes", "constituted", "represents"):
                continue
            j, lo = k + 2, c
            r = next((x for x in range(c - 1, ca - 1, -1) if toks[x] in REPORT_VERBS), -1)
            speaker = _speaker_before(toks, r, ca, mentions) if r >= 0 else None
            judge_ts = speaker[0] if speaker is not None else SPEAKER
        else:
            continue
        end = j
        while end < min(cb, j + _PHRASE_REACH) and toks[end] not in _NAMED_STOPS:
            end += 1
        w = next((x for x in range(j, min(end, j + 6)) if toks[x] in words), -1)
        if w < 0 or any(x in _NEGATORS for x in toks[j:w]):
            continue
        inside = [m for m in mentions if j <= m[0] < end and m[0] != judge_ts]
        agent = next((m for m in inside if toks[m[0] - 1] == "by" or (toks[m[0] - 1] == "the" and toks[m[0] - 2] == "by")),
                     None)
        owner = next((m for m in inside if m[0] < w and not _governed(toks, m[0], ca)), None)
        judged = agent or owner
        if judged is None and judge_ts == SPEAKER and toks[lo - 1 if lo > ca else lo] not in ("which", "this", "it"):
            continue  # "..., which is yet another act of interference": the act told before, of the other side
        last = max(w, judged[1] - 1) if judged is not None else w
        charged = toks[w] in CRIME_WORDS or t in _CASE_NOUNS  # "yet another act of interference": an accusation
        return judge_ts, judged[0] if judged is not None else UNNAMED, lo, last, "112" if charged else "111"
    return None


_NOT_ANTECEDENT = frozenset(["so", "such", "now", "given", "except", "provided", "saying", "adding", "said", "says",
                             "announced", "noted", "warned", "claimed", "insisted", "argued", "stated"])


def that_relative(toks: Sequence[str], at: int, ca: int, mentions: Sequence[tuple[int, int]]
                  ) -> tuple[int, int] | None:
    """The parties of a past verb in a relative clause opened by "that" ("two American institutions that
    hosted Taiwan's president"): (the antecedent's start, the verb's object's start), or None. The
    antecedent is a party ending at most one word before "that"; a report's "that" ("said that") opens no
    relative clause.

    >>> toks = "china sanctioned two american institutions that hosted taiwan s president".split()
    >>> that_relative(toks, 6, 0, [(0, 1), (3, 4), (7, 8)])
    (3, 7)
    >>> that_relative("beijing said that washington hosted taiwan".split(), 4, 0, [(0, 1), (3, 4), (5, 6)]) is None
    True
    """
    if at - 2 < ca or toks[at - 1] != "that" or not toks[at].endswith("ed") or toks[at - 2] in _NOT_ANTECEDENT \
            or toks[at - 2] in REPORT_VERBS or not toks[at - 2].isalpha():
        return None
    antecedent = next((m for m in mentions if at - 3 <= m[1] <= at - 1 and not _governed(toks, m[0], ca)), None)
    target = next((m for m in mentions if at < m[0] <= at + 3 and not _governed(toks, m[0], ca)), None)
    if antecedent is None or target is None:
        return None
    return antecedent[0], target[0]


#: nouns of a party's decided, planned or attempted act whose infinitive tells that act ("Washington's decision
#: to blacklist Huawei", "Beijing's move to sanction the senators"; an unowned one criticised is no act of the
#: critic: ``extract._criticised_plan``), and the time words that may stand
#: between the noun and its "to" ("Washington's decision last week to penalize ...")
DECIDED_NOUNS = frozenset("decision decisions move moves plan plans proposal proposals bid attempt attempts effort "
                          "efforts push order orders".split())
_DECIDED_ADJECTIVES = frozenset("recent latest abrupt sudden surprise unilateral controversial new".split())
_DECIDED_GAP = frozenset("last this next week month year earlier on monday tuesday wednesday thursday friday "
                         "saturday sunday".split())


def owned_decision(toks: Sequence[str], at: int, ca: int, mentions: Sequence[tuple[int, int]]
                   ) -> tuple[int, int] | None:
    """The parties of a verb told as the infinitive of a party's decision, move or attempt ("condemned
    *Washington's decision to blacklist Huawei*"): (the owner's start, the object's start), or None. The
    owner decided the act, whoever the sentence's subject is; its object is a party within three words
    of the verb not after a preposition. Without a named object the rule does not apply.

    >>> toks = "china condemned washington s decision last week to blacklist huawei".split()
    >>> owned_decision(toks, 8, 0, [(0, 1), (2, 3), (9, 10)])
    (2, 9)
    >>> owned_decision("china decided to blacklist huawei".split(), 3, 0, [(0, 1), (4, 5)]) is None
    True
    """
    k = at - 1
    if k <= ca or toks[k] != "to":
        return None
    k -= 1
    gap = 0
    while k > ca and toks[k] in _DECIDED_GAP and gap < 3:
        k -= 1
        gap += 1
    if k <= ca or toks[k] not in DECIDED_NOUNS:
        return None
    k -= 1
    while k > ca and toks[k] in _DECIDED_ADJECTIVES:
        k -= 1
    if k <= ca or toks[k] != "s":
        return None
    owner = next((m for m in mentions if m[1] == k and m[0] >= ca), None)
    target = next((m for m in mentions if at < m[0] <= at + 3 and not _governed(toks, m[0], ca)), None)
    if owner is None or target is None:
        return None
    return owner[0], target[0]


_ANSWER_SUBJECT_REACH = 3  # tokens from the clause's start to its subject ("The US arms sales", "Secretary Pompeo")


def answered_judgement(toks: Sequence[str], ca: int, cb: int, mentions: Sequence[tuple[int, int]],
                       ) -> tuple[int, int, str] | None:
    """A judgement the answerer of a briefing makes of a party by stating its conduct: "Secretary Pompeo has
    repeatedly spread lies about China", "The US arms sales to Taiwan seriously violate the one-China
    principle". Returns (judged start, judging word, code) or None; the caller applies it to answer
    paragraphs of transcripts only, where the judge is the answerer. The judged party is the clause's
    subject; a judging word must follow it within a few words, before any negation or clause break.

    >>> toks = "secretary pompeo has repeatedly spread lies about china".split()
    >>> answered_judgement(toks, 0, len(toks), [(0, 2), (7, 8)])
    (0, 5, '112')
    >>> answered_judgement("we have never interfered".split(), 0, 4, [(0, 1)]) is None
    True
    """
    first = next((m for m in mentions if m[0] >= ca), None)
    if first is None or first[0] - ca > _ANSWER_SUBJECT_REACH or toks[first[0]] in _PERSON_PRONOUNS \
            or _governed(toks, first[0], ca):
        return None
    for j in range(first[1], min(cb, first[1] + _JUDGEMENT_REACH)):
        t = toks[j]
        if t in _NEGATORS or t in _CONTENT_STOPS or t in REPORT_VERBS:
            return None
        if t in JUDGEMENT_WORDS or t in JUDGING_NOUNS:
            return first[0], j, "112" if t in CRIME_WORDS or t in ("lies", "lie") else "111"
    return None


#: words before "to <verb>" that make the verb an option under discussion, not an act: "discuss how to
#: counter threats", "debated whether to impose sanctions", "ways to deter an invasion"
OPTION_WORDS = frozenset(["how", "whether", "ways", "way", "options", "option", "means", "proposals",
                          "proposal", "what", "when", "where",
                          # a capacity, no act: "have the ability and the wisdom to resolve their differences"
                          "ability", "capability", "capacity", "wisdom"])


def discussed_option(toks: Sequence[str], at: int, ca: int) -> bool:
    """Whether the verb at ``at`` is an option under discussion ("would discuss how to counter threats
    posed by China", "debated whether to impose sanctions", "ways to deter an invasion").

    >>> discussed_option("they would discuss how to counter threats".split(), 5, 0)
    True
    >>> discussed_option("china vowed to counter the threats".split(), 3, 0)
    False
    >>> discussed_option("the two sides discussed easing visa restrictions".split(), 4, 0)
    True
    """
    k = at - 1
    if k >= ca and toks[at].endswith("ing") and (toks[k] in _DISCUSSING or (
            toks[k] == "about" and k - 1 >= ca and toks[k - 1] in _TALKED)):
        return True  # "had also discussed easing visa restrictions", "talked about resuming flights"
    if k - 1 < ca or toks[k] != "to":
        return False
    j = k - 1
    if toks[j] in ("best", "further", "jointly", "together", "new", "possible") and j - 1 >= ca:
        j -= 1
    return toks[j] in OPTION_WORDS


#: verbs whose gerund object is an option talked over, not an act ("discussed easing", "debated imposing")
_DISCUSSING = frozenset("discuss discussed discusses discussing debate debated debates debating explore explored "
                        "explores exploring weigh weighed weighs weighing mull mulled mulls mulling".split())
_TALKED = frozenset("talk talked talks talking spoke speak speaks speaking thought think thinking".split())


_NOT_VERB_AFTER_TO = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
                                "our", "some", "all", "both", "each", "every", "and", "or"])


def motion_with_purpose(toks: Sequence[str], te: int, cb: int, starts_of_mentions: frozenset[int],
                        capitals: frozenset[int]) -> bool:
    """Whether a movement term ending in "to" ("went to", "travelled to") is followed by a verb, not a
    place: "troops went to remove a tent" tells a purpose, not a visit ("went to Beijing", "went to the
    border" are movements to a place).

    >>> motion_with_purpose("troops went to remove a tent".split(), 3, 6, frozenset(), frozenset())
    True
    >>> motion_with_purpose("xi went to moscow".split(), 3, 4, frozenset([3]), frozenset([3]))
    False
    >>> motion_with_purpose("troops went to the border".split(), 3, 5, frozenset(), frozenset())
    False
    """
    if te >= cb or toks[te - 1] != "to" or te in starts_of_mentions or te in capitals:
        return False
    t = toks[te]
    return t.isalpha() and t not in _NOT_VERB_AFTER_TO and not t.endswith(("ing", "s")) \
        and not t.endswith("ed")


def agent_modifier(toks: Sequence[str], at: int, end: int, lemma: str, after_name: bool, agent_next: bool,
                   agent_word: bool) -> bool:
    """Whether a dictionary verb form at ``toks[at:end]`` is a word of an agent noun phrase, not a verb.

    News composes actors from a country and an agent noun, with a noun modifier between:
    "a Philippine supply boat", "a coast guard spokesman", "Chinese spies". A word that is
    itself the agent noun of a country + role mention (``agent_word``: "spies") is no verb;
    a base form right after a name or a modifier (``after_name``) and right before an agent
    noun (``agent_next``: "boat", "spokesman") modifies that noun. A past form, an "-s" form
    or a base form after an auxiliary ("will send warships") stays a verb.

    >>> agent_modifier("a philippine supply boat".split(), 2, 3, "supply", True, True, False)
    True
    >>> agent_modifier("china will send warships".split(), 2, 3, "send", False, True, False)
    False
    >>> agent_modifier("china sends warships".split(), 1, 2, "send", True, True, False)
    False
    >>> agent_modifier("two chinese spies were held".split(), 2, 3, "spy", False, False, True)
    True
    """
    if agent_word and end - at == 1:
        return True
    return after_name and agent_next and end - at == 1 and toks[at] == lemma


#: participles of saying and intending that open a clause after a comma: their subject is the main clause's
#: ("China condemned the U.S. sanctions, vowing to retaliate")
SPEAKER_PARTICIPLES = frozenset(
    "vowing warning pledging promising threatening accusing calling urging saying adding insisting demanding "
    "describing denouncing condemning arguing noting stressing".split())


def speaker_participle(toks: Sequence[str], at: int, commas: frozenset[int] | set[int]) -> bool:
    """Whether the verb at ``at`` opens a participle clause after a comma (", vowing to retaliate"): it
    shares the main clause's subject and, with no party of its own, its target.

    >>> toks = "china condemned the sanctions vowing to retaliate".split()
    >>> speaker_participle(toks, 4, frozenset([3])), speaker_participle(toks, 4, frozenset())
    (True, False)
    """
    return at >= 1 and at - 1 in commas and toks[at] in SPEAKER_PARTICIPLES


def participle_speaker(toks: Sequence[str], at: int, a: int, commas: frozenset[int] | set[int],
                       mentions: Sequence[tuple[int, int]]) -> int:
    """The start of the speaker a participle clause belongs to when it follows a report ("..., Beijing said
    on Wednesday, calling the move an escalation and vowing to retaliate"), or -1. A participle
    coordinated with such a participle ("and vowing") belongs to the same speaker.

    >>> toks = "the us ordered the closure beijing said on wednesday calling it an escalation and vowing to retaliate".split()
    >>> participle_speaker(toks, 9, 0, frozenset([4, 8]), [(1, 2), (5, 6)]), participle_speaker(toks, 14, 0, frozenset([4, 8]), [(1, 2), (5, 6)])
    (5, 5)
    """
    if toks[at] not in SPEAKER_PARTICIPLES:
        return -1
    if at - 1 >= a and toks[at - 1] == "and":
        at = next((j for j in range(at - 2, max(a, at - 14) - 1, -1)
                   if toks[j] in SPEAKER_PARTICIPLES and j - 1 in commas), -1)
        if at < 0:
            return -1
    k = at - 1
    if k < a or k not in commas:
        return -1
    while k > a and toks[k] in REPORT_TAIL and at - k <= 5:
        k -= 1
    if toks[k] not in REPORT_VERBS:
        return -1
    speaker = _speaker_before(toks, k, a, mentions)
    return speaker[0] if speaker is not None else -1


def coordinated_speaker(toks: Sequence[str], at: int, a: int, mentions: Sequence[tuple[int, int]],
                        commas: frozenset[int] | set[int]) -> int:
    """The start of the speaker whose second verb is at ``at`` after a reported clause ("He said China had
    offered more aid, and accused Beijing of poaching"): the verb follows ", and" with no subject of its
    own, and an earlier report of the sentence names its speaker. -1 when there is none.

    >>> toks = "he said china had offered more aid and accused beijing of poaching".split()
    >>> coordinated_speaker(toks, 8, 0, [(0, 1), (2, 3), (9, 10)], frozenset([6]))
    0
    >>> coordinated_speaker(toks, 8, 0, [(0, 1), (2, 3), (9, 10)], frozenset())  # "premeditated and planned"
    -1
    """
    if at - 2 < a or toks[at - 1] != "and" or at - 2 not in commas or not toks[at].endswith("ed") \
            or toks[at] in REPORT_VERBS:
        return -1
    r = next((x for x in range(at - 2, a - 1, -1) if toks[x] in REPORT_VERBS and toks[x] not in ("states", "state")),
             -1)  # ("the United States": no report)
    if r < 0 or any(toks[x] in _CONTENT_STOPS for x in range(r, at)):
        return -1
    speaker = _speaker_before(toks, r, a, mentions)
    return speaker[0] if speaker is not None else -1


# what ends the subject's reach between two verbs: a report, a complement or a relative clause
_COORDINATION_BREAKS = frozenset("said says say that who which whom whose while but because if unless when after "
                                 "before as saying adding".split())


_COORDINATION_ADVERBS = frozenset("also then later subsequently promptly quickly immediately again further "
                                  "separately would will could might may should had has have".split())  # and modals and
# auxiliaries: "and would retaliate", "and had urged"


def shares_subject(toks: Sequence[str], first_te: int, ts: int) -> bool:
    """Whether a verb at ``ts`` is coordinated with the verb ending at ``first_te`` and shares its
    subject: "China condemned the move on Tuesday and vowed to retaliate", "The government criticized
    the decision and then summoned the U.S. ambassador". The second verb follows "and" (or "and" and
    an adverb) with no report, complement or relative clause between the two.

    >>> toks = "china condemned the move on tuesday and vowed to retaliate".split()
    >>> shares_subject(toks, 2, 7)
    True
    >>> toks = "china condemned the move which the us said was legal and vowed to retaliate".split()
    >>> shares_subject(toks, 2, 11)
    False
    >>> shares_subject("china opposed the increases and would retaliate".split(), 2, 6)
    True
    """
    if not 0 <= first_te <= ts or ts - first_te > 20 or ts < 1:
        return False
    k = ts - 1
    while k > first_te and (toks[k] in _COORDINATION_ADVERBS or toks[k].endswith("ly")):
        k -= 1
    if toks[k] != "and":
        return False
    return not any(t in _COORDINATION_BREAKS for t in toks[first_te:k])


#: verbs that propose when their "that" clause is subjunctive ("suggested that the two sides hold talks")
#: but only indicate when it is indicative ("the words suggest that both sides are ready")
_INDICATING = frozenset("suggest suggests suggested suggesting indicate indicates indicated indicating".split())
_INDICATIVE = frozenset("is are was were has have had will would could may might can".split())


def indicating_verb(toks: Sequence[str], at: int, cb: int) -> bool:
    """Whether the verb at ``at`` only indicates ("the upbeat words suggest that both sides are ready"):
    a suggest/indicate verb whose "that" clause has an indicative verb within a few words. Such a
    clause reports an inference, not a proposal (020), and no event of the subject.

    >>> indicating_verb("the words suggest that both sides are ready to talk".split(), 2, 10)
    True
    >>> indicating_verb("china suggested that the two sides hold talks".split(), 1, 8)
    False
    """
    if toks[at] not in _INDICATING or at + 1 >= cb or toks[at + 1] != "that":
        return False
    return any(toks[k] in _INDICATIVE for k in range(at + 2, min(cb, at + 7)))


def reduced_passive(toks: Sequence[str], at: int, te: int, mention_starts: Sequence[int],
                    mention_ends: Sequence[int]) -> bool:
    """Whether a past participle without "was" is passive: a one-word verb right after an actor's
    mention and followed by "by" and a named agent, as in headlines and reduced relatives ("U.S. envoy
    summoned by Beijing", "two diplomats, expelled by Washington last week, ..."). "By" with a gerund
    ("retaliated by imposing tariffs") or a measure ("by 25 percent") names no agent, and a participle
    after a thing ("waters claimed by Taiwan") describes the thing, not the sentence's subject.

    >>> reduced_passive("u s envoy summoned by beijing".split(), 3, 4, [5], [3])
    True
    >>> reduced_passive("china retaliated by imposing tariffs on the u s".split(), 1, 2, [7], [1])
    False
    >>> reduced_passive("drills in waters claimed by taiwan".split(), 3, 4, [5], [])
    False
    >>> reduced_passive("the pact drew reactions on thursday welcomed by japan".split(), 6, 7, [8], [])
    True
    """
    if te != at + 1 or te + 1 >= len(toks) or toks[te] != "by":
        return False
    if at not in mention_ends and not (toks[at - 1] in _DAY_WORDS or (toks[at - 1] in ("and", "or")
                                                                      and at - 1 in mention_ends)):
        return False  # (nor after a day or a coordinated agent: "on Thursday, welcomed by Japan and condemned by China")
    k = te + 2 if toks[te + 1] in ("the", "a", "an") else te + 1
    return k in mention_starts


#: words before a participle that make it no description of a thing ("and imposed by", "been imposed by")
_NOT_DESCRIBED = frozenset("and or but to not also then which that who it they he she we".split())


def described_by(toks: Sequence[str], at: int, te: int, mention_starts: Sequence[int],
                 mention_ends: Sequence[int]) -> int:
    """The first token of the "by" agent of a one-word participle that describes the thing right before
    it ("a national security law *imposed by Beijing*", "the tariffs *imposed by Mr. Trump* on Chinese
    goods"), or -1: the agent did the act, on whom the clause names after it, and the sentence's
    subject did not. A participle right after an actor's mention is a reduced passive
    (:func:`reduced_passive`), not a description.

    >>> toks = "saying a law imposed by beijing had crushed freedoms".split()
    >>> described_by(toks, 3, 4, [5], [])
    5
    >>> described_by("the u s imposed tariffs".split(), 3, 4, [], [3])
    -1
    """
    if te != at + 1 or te + 1 >= len(toks) or toks[te] != "by" or at in mention_ends or at < 1:
        return -1
    prev = toks[at - 1]
    if not prev.isalpha() or prev in _NOT_DESCRIBED or prev in BE_FORMS:
        return -1
    k = te + 2 if toks[te + 1] in ("the", "a", "an") else te + 1
    return k if k in mention_starts else -1


#: words of a day or a span of time ("on Monday", "last week", "for hours")
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week weekend "
                       "month year hours".split())


#: words before an event noun that make it what the sentence's act ignores ("despite warnings from Washington")
_DEFYING = frozenset("despite defying defied defies ignoring ignored ignores dismissing dismissed brushing "
                     "overriding overrode disregarding".split())


def defied_noun(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` is what the clause's act went ahead despite ("passed the law, *brushing
    aside warnings* from the United States", "*despite objections* from Beijing", "*in defiance of* threats"):
    earlier speech the report recalls, not an act of the day.

    >>> defied_noun("passed the law brushing aside warnings from the us".split(), 5, 0)
    True
    >>> defied_noun("the us issued warnings to china".split(), 3, 0)
    False
    """
    for k in range(max(ca, ts - 3), ts):
        if toks[k] in _DEFYING or (toks[k] == "defiance" and k + 1 < ts and toks[k + 1] == "of"):
            return True
    return False


#: participles that describe goods by where they come from or go ("a plastic *imported from* the United States")
_GOODS_PARTICIPLES = frozenset("imported exported made produced manufactured shipped sold sourced grown assembled "
                               "bought purchased".split())


def goods_participle(toks: Sequence[str], at: int, mention_ends: Sequence[int]) -> bool:
    """Whether the participle at ``at`` only describes the goods named right before it ("duties on a plastic
    *imported from* the United States", "chips *made by* American firms", "soybeans *grown in* Iowa"): no
    act of trade of its own. After an actor's mention it is a verb ("China imported more soybeans").

    >>> goods_participle("duties on a plastic imported from the united states".split(), 4, [])
    True
    >>> goods_participle("china imported soybeans from brazil".split(), 1, [1])
    False
    """
    if toks[at] not in _GOODS_PARTICIPLES or at < 1 or at + 1 >= len(toks) or at in mention_ends:
        return False
    prev = toks[at - 1]
    return prev.isalpha() and prev not in _NOT_DESCRIBED and prev not in BE_FORMS \
        and toks[at + 1] in ("from", "in", "by", "to", "for")


#: participles whose "by" agent stands between the parties, not against them ("a truce brokered by Egypt");
#: a host is not one of them: an invitation to "the summit hosted by Japan" is Japan's, and snubbing it aims at Japan
GO_BETWEEN_PARTICIPLES = frozenset("brokered mediated facilitated monitored overseen arranged".split())


#: nouns of a go-between's service, after its adjective ("under Chinese mediation") or before "of" ("the auspices of")
_GO_BETWEEN_NOUNS = frozenset("mediation auspices facilitation sponsorship brokering".split())
_GO_BETWEEN_STOPS = frozenset("to that which who said says but on in at with for of from against".split())


def companion(toks: Sequence[str], ts: int) -> bool:
    """Whether the mention at ``ts`` sails or flies with the actor ("sailed through the strait *with a
    Canadian frigate*", "alongside Japanese ships"): a companion of a show of force, not its target.

    >>> companion("sailed through the strait with a canadian frigate".split(), 6)
    True
    >>> companion("drills near taiwan".split(), 2)
    False
    >>> companion("moved troops to the border with china".split(), 6)
    False
    """
    k = ts - 1
    if k >= 0 and toks[k] in ("a", "an", "the", "two", "three", "several"):
        k -= 1
    if k >= 1 and toks[k] in ("and", "or", ","):
        # a later member of the companions' list ("together with Australian and New Zealand warships")
        for j in range(k - 1, max(-1, k - 5), -1):
            if toks[j] in _COMPANION_PREPS:
                k = j
                break
            if not toks[j].isalpha() and toks[j] != "," or toks[j] in _GO_BETWEEN_STOPS:
                break
    return k >= 0 and toks[k] in _COMPANION_PREPS and (k == 0 or toks[k - 1] not in _SHARED)


_COMPANION_PREPS = frozenset(["with", "alongside", "accompanied"])


_SHARED = frozenset("border borders frontier boundary line tensions standoff clash clashes ties".split())


def go_between(toks: Sequence[str], ms: int, ts: int, te: int) -> bool:
    """Whether the mention starting at ``ms`` is the "by" agent of a go-between's participle other than the
    trigger [ts, te) ("agreed to a ceasefire brokered by Egypt", "a truce mediated by Qatar"): the
    broker or mediator is neither party to the trigger's act.

    >>> toks = "israel and hamas agreed to a ceasefire brokered by egypt".split()
    >>> go_between(toks, 9, 3, 4), go_between(toks, 0, 3, 4)
    (True, False)
    >>> toks = "israel and hamas agreed to a truce mediated by qatar and egypt".split()
    >>> go_between(toks, 11, 3, 4)
    True
    >>> toks = "the truce was brokered by egypt".split()
    >>> go_between(toks, 5, 3, 4)
    False

    A mediator named by its adjective or after "the auspices of" stands between the parties as well
    ("held talks in Beijing under Chinese mediation", "under the auspices of the United Nations"):

    >>> toks = "saudi arabia and iran held talks under chinese mediation".split()
    >>> go_between(toks, 7, 4, 5)
    True
    """
    if ms >= 1 and toks[ms - 1] in ("under", "with", "through") or ms >= 2 and toks[ms - 2:ms] == ["under", "the"]:
        if any(t in _GO_BETWEEN_NOUNS for t in toks[ms + 1:ms + 3]):
            return True  # "under Chinese mediation", "with Qatari mediation"
    if ms >= 3 and toks[ms - 1] in ("the", "of") and "of" in toks[ms - 2:ms] and \
            any(t in _GO_BETWEEN_NOUNS for t in toks[max(0, ms - 3):ms]):
        return True  # "under the auspices of the United Nations", "with the mediation of Qatar"
    for k in range(ms - 1, max(0, ms - 7), -1):  # back over a list of agents ("by Qatar and Egypt")
        if toks[k] == "by":
            return toks[k - 1] in GO_BETWEEN_PARTICIPLES and not ts <= k - 1 < te
        if toks[k] in _GO_BETWEEN_STOPS:
            return False
    return False


_DEMAND_MODALS = frozenset(["should", "must"])
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])
# an audience between the reporting verb and its clause ("told reporters the United States should ...")
_AUDIENCES = frozenset("reporters journalists a news conference briefing regular daily press the media".split())
# what after the modal makes no demand of the subject: a passive or a state ("should be punished")
_NO_DEMAND_NEXT = frozenset(["be", "have", "not", "never", "n", "t", "also"])


def reported_demand(toks: Sequence[str], ca: int, cb: int, mentions: Sequence[tuple[int, int]],
                    ) -> tuple[int, int, int, int] | None:
    """A demand told as a report: "X said (that) Y should/must <verb> ..." is X's demand of Y (CAMEO
    10), as "demanded that Y <verb>" is ("Beijing said Washington should stop arming Taiwan", "the
    ministry told reporters Tokyo must withdraw the decision"). Returns ``(speaker start, addressee
    start, reporting verb, modal)`` or ``None``. Not a demand: a pronoun subject (often the speaker
    itself: "said it must respond"), a passive or a state after the modal ("should be punished",
    "should not"), a clause the speaker does not open.

    >>> toks = "beijing said washington should stop arming taiwan".split()
    >>> reported_demand(toks, 0, len(toks), [(0, 1), (2, 3), (6, 7)])
    (0, 2, 1, 3)
    >>> toks = "wang told him that washington must stop suppressing china".split()
    >>> reported_demand(toks, 0, len(toks), [(0, 1), (4, 5), (7, 8)])
    (0, 4, 1, 5)
    >>> toks = "china said it must respond firmly".split()
    >>> reported_demand(toks, 0, len(toks), [(0, 1)]) is None
    True
    >>> toks = "china said japan should be held responsible".split()
    >>> reported_demand(toks, 0, len(toks), [(0, 1), (2, 3)]) is None
    True
    """
    for r in range(ca, cb):
        if toks[r] not in REPORTING_VERBS:
            continue
        speaker = _speaker_before(toks, r, ca, mentions)
        if speaker is None or not all(toks[j].isalpha() and toks[j] not in _CONTENT_STOPS
                                      for j in range(speaker[1], r)):
            continue
        k = r + 1
        while k < cb and (toks[k] in _SKIP_AFTER_REPORT or toks[k] in _AUDIENCES):
            k += 1
        if toks[r] in ("told", "tells") and k + 1 < cb and toks[k] in _OBJECT_PRONOUNS and toks[k + 1] == "that":
            k += 2  # "Wang told him that the United States must stop ...": the one told is the audience
        addressee = next((m for m in mentions if m[0] == k or (m[0] == k + 1 and toks[k] == "the")), None)
        j = addressee[1] if addressee is not None else cb
        while j < cb and toks[j] in _SKIP_AFTER_REPORT and toks[j] != "that":
            j += 1  # "told Biden on Tuesday that ..."
        if addressee is not None and toks[r] in ("told", "tells") and j < cb and toks[j] == "that":
            k = j + 1  # "Xi told Biden that Washington should ...": the one told is the audience
            addressee = next((m for m in mentions if m[0] == k or (m[0] == k + 1 and toks[k] == "the")), None)
        if addressee is None or toks[addressee[0]] in _PERSON_PRONOUNS:
            continue
        modal = addressee[1]
        if modal + 1 < cb and toks[modal] in _DEMAND_MODALS and toks[modal + 1] not in _NO_DEMAND_NEXT \
                and toks[modal + 1].isalpha():
            return speaker[0], addressee[0], r, modal
    return None


_CHARGE_NOUNS = frozenset("charges charge suspicion allegations allegation accusations accusation counts".split())
#: a charging participle and the preposition of what it charges, before a gerund ("charged with passing")
_CHARGED_WITH = {"charged": "with", "accused": "of", "convicted": "of", "suspected": "of"}
_CHARGE_STOPS = frozenset([",", ";", "said", "says", "and", "but", "while", "after", "before", "which", "who"])


def charge_content(toks: Sequence[str], at: int, ca: int) -> bool:
    """Whether the token at ``at`` lies in what a charge says ("were arrested *on charges of passing
    secrets to Chinese intelligence officers*", "detained on suspicion of spying for Taiwan", "jailed
    for allegedly helping Russia"): the alleged act is the charge's content, not an event the report
    asserts, and nobody named in it is the agent of the arrest.

    >>> toks = "two sailors were arrested on charges of passing secrets to chinese officers".split()
    >>> charge_content(toks, 7, 0), charge_content(toks, 10, 0), charge_content(toks, 3, 0)
    (True, True, False)
    >>> toks = "he was detained on suspicion of spying, and china protested".split()
    >>> charge_content(toks, 9, 0)
    False
    >>> charge_content("three activists were jailed for their roles in a protest".split(), 9, 0)
    True
    >>> charge_content("prosecutors charged five people with working for china to spy on dissidents".split(), 9, 0)
    True
    >>> charge_content("two sailors were charged with passing secrets to chinese officers".split(), 8, 0)
    True
    """
    for k in range(at - 1, max(ca, at - 14) - 1, -1):
        t = toks[k]
        if t in ("and", "or") and k == at - 1:
            continue  # "charged with working for China to spy on *and harass* dissidents": one content
        if t in _CHARGE_STOPS:
            return False
        if t == "of" and k > ca and toks[k - 1] in _CHARGE_NOUNS:
            return True
        if k > ca and _CHARGED_WITH.get(toks[k - 1]) == t and k + 1 < len(toks) and toks[k + 1].endswith("ing"):
            return True  # "were arrested and charged with passing secrets to Chinese officers"
        if t == "for" and k + 1 < at and toks[k + 1].endswith("ing") and len(toks[k + 1]) > 4 \
                and any(w in _PUNISHING for w in toks[max(ca, k - 12):k]):
            return True  # "sentenced him to 20 years for trying to steal secrets": what he was punished for
        if t == "allegedly" and k > ca and toks[k - 1] == "for":
            return True
        if t == "with" and any(toks[j] in _CHARGED for j in range(max(ca, k - 6), k)):
            return True  # "charged five people on Wednesday with working for China's security services to spy on"
        if t == "in" and k - 3 >= ca and toks[k - 1] in _ROLE_IN and toks[k - 3] == "for":
            return True  # "jailed for their roles in a protest": the protest is what they were jailed for
    return False


_ROLE_IN = frozenset(["role", "roles", "part", "involvement", "participation"])
_PUNISHING = frozenset("sentenced jailed convicted imprisoned fined arrested detained prosecuted indicted charged "
                       "expelled deported punished executed".split())


_CHARGED = frozenset(["charge", "charges", "charged", "charging"])


def charged_with(toks: Sequence[str], ts: int, cb: int) -> bool:
    """Whether "charge" at ``ts`` brings a legal charge ("charged two hackers with stealing data", "were
    charged with spying"): CAMEO 173 (arrest, detain or charge with legal action), not a spoken
    accusation (112).

    >>> charged_with("prosecutors charged two chinese hackers with stealing data".split(), 1, 8)
    True
    >>> charged_with("beijing charged that washington was behind the hack".split(), 1, 8)
    False
    """
    if toks[ts] not in _CHARGED:
        return False
    for k in range(ts + 1, min(cb, ts + 10)):  # ("charged a former Army sergeant on Friday with spying")
        if toks[k] == "with":
            return True
        if toks[k] in _CHARGE_STOPS or toks[k] in ("that", "of", "in"):
            return False
    return False


_CHARGE_GLOSS = frozenset(["accusing", "alleging", "charging", "accused"])  # (", accused of ...": passive)


def charge_gloss(toks: Sequence[str], at: int, code: str, legal_end: int, commas: frozenset[int]) -> bool:
    """Whether an accusation at ``at`` only glosses the legal action ending at ``legal_end`` ("unsealed
    charges against Huawei, accusing the company of stealing secrets"): a participle after the comma
    says what the charge is, one act, not a second accusation (``commas`` holds the tokens a comma follows).

    >>> toks = "prosecutors indicted huawei accusing it of theft".split()
    >>> charge_gloss(toks, 3, "112", 2, frozenset([2]))
    True
    >>> charge_gloss(toks, 3, "112", 2, frozenset())
    False
    """
    return code[:3] == "112" and toks[at] in _CHARGE_GLOSS and 0 <= at - legal_end <= 14 and (at - 1) in commas


#: verbs by which an agent carries out the act an event noun names ("the drills China held")
#: verbs with no event of their own before an event noun ("conducted an unsafe manoeuvre", "carried out
#: drills"): the noun's code is the act (only for the CAMEO dictionary's verbs; curated terms keep theirs)
LIGHT_VERBS = frozenset("conduct conducts conducted conducting carry carries carried carrying make makes made making "
                        "stage stages staged staging perform performs performed undertake undertook undertaken "
                        "mount mounts mounted".split())


_CARRY_VERBS = frozenset("held holds staged stages conducted conducts imposed imposes launched launches announced "
                         "announces carried began started placed levied signed mounted unveiled slapped".split())


def relative_agent(toks: Sequence[str], noun_te: int, mention_ends: dict[int, int]) -> int:
    """The agent an object relative clause names for an event noun ending at ``noun_te``: "the drills
    (that) China held on Oct. 14", "the tariffs which Washington imposed": the first token of the
    mention right after the noun (past "that"/"which" and "the") when a carrying-out verb follows it
    (``mention_ends``: the end of each mention of the clause by its start); -1 if none.

    >>> toks = "the drills that china held around taiwan".split()
    >>> relative_agent(toks, 2, {3: 4, 6: 7})
    3
    >>> toks = "drills near china threatened taiwan".split()
    >>> relative_agent(toks, 1, {2: 3, 4: 5})
    -1
    """
    k = _relative_start(toks, noun_te)
    if k < len(toks) and toks[k] == "the":
        k += 1
    end = mention_ends.get(k, -1)
    if end < 0 or end >= len(toks) or toks[end] not in _CARRY_VERBS:
        return -1
    return k


#: verbs by which a relative clause's subject makes a visit or trip ("a visit he is expected to make to Beijing")
_MAKING = frozenset("make makes made making pay pays paid paying".split())
#: what may stand between that subject and the making verb, and which of it makes the visit one to come
_MAKING_FUTURE = frozenset("will would is are expected due set plans planned hopes hoped intends intended "
                           "to soon".split())


def relative_maker(toks: Sequence[str], noun_te: int, mention_spans: Sequence[tuple[int, int]]) -> tuple[int, bool]:
    """The maker of a visit or trip named by the object relative clause after its noun.

    "A visit (that) he is expected to make to Beijing", "the trip Blinken made to China in June": the
    relative clause's subject makes the visit; "expected to", "will", "plans to" before the making verb
    make it one to come.

    Parameters
    ----------
    toks : sequence of str
        The sentence's tokens, lower-cased.
    noun_te : int
        One past the visit or trip noun.
    mention_spans : sequence of (int, int)
        The clause's actor mentions as (first token, end token).

    Returns
    -------
    tuple of (int, bool)
        The first token of the maker's mention and whether the visit is to come; ``(-1, False)`` when the
        noun has no such relative clause.

    Examples
    --------
    >>> toks = "clearing the way for a visit he is expected to make to beijing".split()
    >>> relative_maker(toks, 6, [(6, 7), (12, 13)])
    (6, True)
    >>> toks = "the trip blinken made to china in june".split()
    >>> relative_maker(toks, 2, [(2, 3), (5, 6)])
    (2, False)
    >>> relative_maker("a visit to china made headlines".split(), 2, [(3, 4)])
    (-1, False)
    """
    k = _relative_start(toks, noun_te)
    end = next((e for s, e in mention_spans if s == k), -1)
    if end < 0:
        return -1, False
    j = end
    while j < len(toks) and j - end < 4 and toks[j] in _MAKING_FUTURE:
        j += 1
    if j >= len(toks) or toks[j] not in _MAKING:
        return -1, False
    return k, j > end


_NAMING = frozenset(["code", "dubbed", "named", "called", "known", "codenamed"])


def _relative_start(toks: Sequence[str], noun_te: int) -> int:
    """Where an object relative clause after an event noun starts: past "that"/"which" and past a name
    given to the noun ("the drills, code-named Joint Sword-2024B, that ...")."""
    k = noun_te
    if k < len(toks) and toks[k] in _NAMING:
        that = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j] in ("that", "which")), -1)
        if that < 0:
            return noun_te
        k = that
    if k < len(toks) and toks[k] in ("that", "which"):
        k += 1
    return k


def own_relative(toks: Sequence[str], noun_te: int) -> bool:
    """Whether the event noun ending at ``noun_te`` is the object of the relative clause after it ("the
    drills that China held on Oct. 14"): that clause's date is the noun's date.

    >>> own_relative("the drills that china held on oct 14".split(), 2)
    True
    >>> own_relative("the drills that angered china on monday".split(), 2)
    False
    """
    k = _relative_start(toks, noun_te)
    if k == noun_te:
        return False
    return any(toks[j] in _CARRY_VERBS for j in range(k + 1, min(len(toks), k + 4)))


_HABITUAL = (("every", "day"), ("every", "week"), ("each", "day"), ("almost", "daily"), ("daily",), ("routinely",),
             ("regularly",), ("frequently",), ("often",), ("at", "times"), ("from", "time", "to", "time"),
             ("habitually",))


_STANDING_PAST = frozenset("held sent flew met sailed made took gave began fought struck won led saw told said "
                           "spoke came went left sought".split())


_OBLIGED = frozenset(["bound", "obliged", "obligated", "required"])
_CLAIM_VERBS = frozenset(["claims", "claim", "regards", "regard", "considers", "consider", "sees", "see"])
#: words that date a clause to a day or a week: an ongoing act so dated is news ("have been meeting in
#: Geneva since Monday"), one without them a trend told as background


_PERFECT_GAP = frozenset(["also", "long", "increasingly", "steadily", "quietly", "reportedly", "now"])


def _progressive_perfect(toks: Sequence[str], at: int, ca: int, cb: int) -> bool:
    """"has been strengthening its defences and deepening ties with": a trend, not a dated act."""
    if not toks[at].endswith("ing"):
        return False
    for k in range(at - 1, max(ca, at - 12) - 1, -1):
        if toks[k] == "been":
            j = k - 1
            while j >= ca and toks[j] in _PERFECT_GAP:
                j -= 1
            if not (j >= ca and toks[j] in ("has", "have", "had") and toks[k + 1].endswith("ing")):
                return False
            return not any(toks[i] in _DAY_WORDS for i in range(ca, cb))
        if toks[k] in ("said", "says", "that", "which", "who", "when", "after", "before", "while", ";"):
            return False
    return False


def standing(toks: Sequence[str], at: int, ca: int, cb: int) -> bool:
    """Whether the verb at ``at`` tells a standing state rather than a dated act: a habit ("Chinese coast
    guard ships patrol the waters almost every day", "have at times chased fishing boats there"), a trend
    in the perfect progressive with no day named ("has been deepening ties with"), an
    obligation ("is bound by law to provide the island with the means to defend itself"), or a standing
    claim in the present ("China claims Taiwan as its own territory").

    >>> standing("chinese ships patrol the waters almost every day".split(), 2, 0, 8)
    True
    >>> standing("chinese ships patrolled the waters on monday".split(), 2, 0, 6)
    False
    >>> standing("washington is bound by law to provide the island with arms".split(), 6, 0, 11)
    True
    >>> standing("china claims taiwan as its own territory".split(), 1, 0, 7)
    True
    >>> standing("china claimed victory as its ships left".split(), 1, 0, 7)
    False
    >>> standing("japan has been deepening security ties with seoul".split(), 3, 0, 8)
    True
    >>> standing("the two have been meeting in geneva since monday".split(), 4, 0, 9)
    False
    """
    verb = toks[at]
    if _progressive_perfect(toks, at, ca, cb):
        return True
    perfect = any(toks[k] in ("have", "has") for k in range(max(ca, at - 3), at))  # "have at times chased"
    past = (verb.endswith("ed") or verb in _STANDING_PAST) and not perfect
    if not past:
        for k in range(ca, cb):
            if any(toks[k:k + len(h)] == list(h) for h in _HABITUAL if toks[k] == h[0]):
                return True
    # "is bound (by law) to provide", "are obliged to"; the obligation word itself as the trigger
    if verb in _OBLIGED and at - 1 >= ca and toks[at - 1] in ("is", "are", "was", "were", "be") \
            and at + 1 < cb and toks[at + 1] in ("to", "by"):
        return True
    j = at - 1
    if j >= ca and toks[j] == "to":
        j -= 1
        if j - 1 >= ca and toks[j - 1] == "by" and toks[j] == "law":
            j -= 2
        if j >= ca and toks[j] in _OBLIGED and j - 1 >= ca and toks[j - 1] in ("is", "are", "was", "were", "be"):
            return True
    if verb in _CLAIM_VERBS and "as" in toks[at + 1:min(cb, at + 5)]:
        own = toks.index("as", at + 1)
        return own + 2 < cb and toks[own + 1] in ("its", "their", "part") and (
            toks[own + 1] == "part" or toks[own + 2] == "own")
    return False


#: light verbs whose participle carries an event noun in the passive ("was taken into custody")
_LIGHT_PARTICIPLES = frozenset("taken placed put held brought kept".split())


def light_passive(toks: Sequence[str], ts: int, te: int, ca: int) -> bool:
    """Whether the trigger ``toks[ts:te]`` is an event noun carried by a light verb's passive participle:
    "Kovrig *was taken into custody*", "two citizens *were placed under arrest*" (the act has no agent
    in its clause, like "was detained"). At most one adverb between "be" and the verb.

    >>> light_passive("kovrig was taken into custody in beijing".split(), 2, 5, 0)
    True
    >>> light_passive("police took him into custody".split(), 1, 5, 0)
    False
    """
    if te - ts < 2 or toks[ts] not in _LIGHT_PARTICIPLES:
        return False
    return (ts - 1 >= ca and toks[ts - 1] in BE_FORMS) or (
        ts - 2 >= ca and toks[ts - 2] in BE_FORMS and toks[ts - 1].endswith("ly"))


def restates(text: str, first: int, at: int) -> bool:
    """Whether the act whose trigger starts at text offset ``at`` restates the act told from ``first`` in the
    same clause (the caller has checked that the two have the same parties, root and day): the same trigger
    word read twice; a participle after a comma that glosses the act ("said China firmly opposed the move,
    accusing Washington of ...", "struck churches and hotels, killing 250", "arrived for talks, hosted by
    the Treasury Secretary"); a judgement the act is about ("summoned the envoy to protest what it called a
    violation"). Acts joined by "and" are separate ("opposes it and has lodged representations").

    >>> t = "Lin said China firmly opposed the move, accusing Washington of abuse."
    >>> restates(t, t.index("opposed"), t.index("accusing"))
    True
    >>> t = "Japan summoned the envoy to protest what it called a grave violation."
    >>> restates(t, t.index("summoned"), t.index("what"))
    True
    >>> t = "Yoon is expected to meet Li in September, a meeting officials hope will ease tensions."
    >>> restates(t, t.index("meet"), t.index("meeting"))
    True
    >>> t = "China firmly opposes it and has lodged stern representations."
    >>> restates(t, t.index("opposes"), t.index("lodged"))
    False
    """
    if at == first:
        return True
    if at < first:
        return False
    word = text[at:at + 24].split(None, 1)[0].lower() if text[at:at + 24].strip() else ""
    if word == "what":
        return True
    before = text[first:at].rstrip()
    head, _, last = before.rpartition(" ")
    if last.lower() in ("a", "an") and head.rstrip().endswith(","):
        return True  # an apposition: "is expected to meet Li in September, a meeting officials hope ..."
    if not before.endswith(","):
        return False
    if word.endswith("ing"):
        return True
    rest = text[at:at + 40].lower().split()
    return word.endswith("ed") and len(rest) > 1 and rest[1] == "by"


#: modals of opinion, obligation and possibility: what "should", "must" or "could" happen has not happened
#: ("would" and "will" announce measures, which are acts, and stay out)
_OPINION_MODALS = frozenset(["should", "must", "could", "might", "may", "ought", "need"])
#: words that may stand between a subject noun and its modal: its complement ("arms sales to the island")
_SUBJECT_TAIL_STOP = frozenset(["that", "which", "who", "is", "are", "was", "were", "has", "have", "had", "will", "but",
                                "would", "said", "says", "told", "when", "if", "because", "after", "before"])


_SUBJECT_HEAD_GLUE = frozenset(["the", "a", "an", "new", "more", "further", "fresh", "any", "its", "their", "his",
                                "her", "additional", "higher", "tougher", "all", "some", "u", "s", "us"])


_SUBJECT_REACH = 12


def modal_subject(toks: Sequence[str], ts: int, te: int, ca: int, cb: int) -> bool:
    """Whether the event noun at ``ts``..``te`` is the subject of a modal of opinion or possibility: "said
    arms sales to the island should be accelerated", "said sanctions on China must be tightened", "talks
    could resume soon". What someone thinks should or could happen is no act (a relative clause's modal,
    "imposed sanctions that could hurt", leaves the noun the object of its own verb).

    >>> toks = "mccarthy said arms sales to the island should be accelerated".split()
    >>> modal_subject(toks, 2, 4, 0, len(toks))
    True
    >>> toks = "officials said the sanctions had to be lifted first".split()
    >>> modal_subject(toks, 3, 4, 0, len(toks))
    True
    >>> toks = "the us imposed sanctions that could hurt china".split()
    >>> modal_subject(toks, 3, 4, 0, len(toks))
    False
    >>> toks = "china said tariffs on us goods would rise to 125 percent".split()
    >>> modal_subject(toks, 2, 3, 0, len(toks))
    False
    """
    k = ts - 1
    while k >= ca and toks[k] in _SUBJECT_HEAD_GLUE:
        k -= 1
    if k >= ca and toks[k] not in REPORT_VERBS and toks[k] != "that":
        return False  # the object of a verb or a preposition, not a subject
    for j in range(te, min(cb, te + _SUBJECT_REACH + 1)):
        if toks[j] in _OPINION_MODALS:
            return toks[j] != "need" or toks[j + 1:j + 2] == ["to"]
        if toks[j] in ("has", "have", "had") and toks[j + 1:j + 2] == ["to"]:
            return True  # "said the sanctions had to be lifted first": an obligation
        if toks[j] in _SUBJECT_TAIL_STOP:
            return False
    return False


_PLUPERFECT_GAP = frozenset(["already", "also", "previously", "earlier", "repeatedly", "long", "once", "first",
                             "twice", "often", "even"])


def background_pluperfect(toks: Sequence[str], at: int, a: int) -> bool:
    """Whether the verb at ``at`` is a past perfect in its sentence's own voice ("Before leaving Washington,
    Mr. Trump had threatened to impose tariffs"): news English tells with it what came before the story's
    day, so the act is background, not news of the publication day. One reported by a speaker ("said China
    had lodged a protest") is the speaker's news of the day and is not background.

    >>> toks = "before leaving washington trump had threatened to impose tariffs".split()
    >>> background_pluperfect(toks, 5, 0)
    True
    >>> toks = "he said china had lodged a protest".split()
    >>> background_pluperfect(toks, 4, 0)
    False
    >>> background_pluperfect("china lodged a protest".split(), 1, 0)
    False
    """
    k = at - 1
    while k > a and toks[k] in _PLUPERFECT_GAP:
        k -= 1
    if k < a or toks[k] != "had":
        return False
    return not any(t in REPORT_VERBS or t == "that" for t in toks[a:k])


#: heads of a generic relative clause: a class of people or countries, no one in particular
_GENERIC_HEADS = frozenset(["those", "anyone", "anybody", "whoever", "whichever", "everyone"])
_ANY_NOUNS = frozenset(["country", "countries", "nation", "nations", "side", "party", "parties", "one", "company",
                        "companies", "firm", "firms", "force", "forces", "government", "governments", "individual",
                        "individuals", "person", "people", "attempt", "attempts"])


_GENERIC_REACH = 7


def generic_relative(toks: Sequence[str], at: int, ca: int) -> bool:
    """Whether the verb at ``at`` is told of a class, not of a party: a relative clause on "those",
    "anyone", "whoever" or "any country" ("those in the United States who sought to use Taiwan to contain
    China were playing with fire", "any country that imposes sanctions on China will pay a price"). What
    anyone who might do something would suffer is no act.

    >>> toks = "those in the united states who sought to use taiwan to contain china".split()
    >>> generic_relative(toks, 11, 0)
    True
    >>> generic_relative("any country that imposes sanctions on china".split(), 3, 0)
    True
    >>> generic_relative("those betting on a chinese defeat will regret it".split(), 5, 0)
    True
    >>> generic_relative("police arrested protesters who attacked the embassy".split(), 4, 0)
    False
    """
    if any(toks[k] == "those" and toks[k + 1].endswith("ing") for k in range(max(ca, at - _GENERIC_REACH), at - 1)):
        return True  # "those betting on a Chinese defeat", "those seeking to split the country"
    rel = next((k for k in range(at - 1, max(ca, at - _GENERIC_REACH) - 1, -1) if toks[k] in ("who", "that")), -1)
    if rel < 0:
        return toks[at - 1:at] == ["whoever"] if at - 1 >= ca else False
    for k in range(rel - 1, max(ca, rel - _GENERIC_REACH) - 1, -1):
        if toks[k] in _GENERIC_HEADS and (toks[k] != "those" or toks[k + 1] in _THOSE_NEXT):
            return True  # ("those American lawmakers who visited Taiwan": particular people)
        if toks[k] == "any" and k + 1 < rel and toks[k + 1] in _ANY_NOUNS:
            return True
        if toks[k] in ("said", "says", "told"):
            break
    return False


#: what follows "those" used as a pronoun ("those who", "those in Washington"), not as a determiner
_THOSE_NEXT = frozenset(["who", "that", "in", "at", "from", "of", "with", "among", "inside", "within", "on",
                         "behind", "responsible", "involved"])


_ONGOING_OPENERS = frozenset(["while", "as"])
#: what marks a tense other than the present simple between the opener and the verb
_NOT_PRESENT = frozenset(["had", "has", "have", "was", "were", "did", "would", "will", "could", "might", "should",
                          "been", "is", "are", "said", "says"])


_PAST_FORMS = frozenset("met held made took sent struck shot fought flew left began sought told spoke brought bought "
                        "sold won lost set put hit led broke gave came went drew threw ran kept stood rose fell "
                        "paid laid".split())


_ONGOING_REACH = 8


def ongoing_clause(toks: Sequence[str], ca: int, at: int, capitals: frozenset[int] = frozenset(),
                   nominal: bool = False) -> bool:
    """Whether the trigger at ``at`` is in the present simple inside a "while" or "as" clause of a story told
    in the past ("agreed to a truce while they negotiate", "as the two countries work to restore military
    communication", "while it pursues a broader trade deal"): it tells what goes on, not an act. A headline's
    present ("China Raises Tariffs as Trump Pauses Duties", capitalised) tells acts and is left alone; "as"
    before an article or "part of" is a preposition. An event noun needs a pronoun and its verb before it
    ("while it pursues a deal"; not "as tariffs took effect").

    >>> toks = "the two sides agreed to a truce while they negotiate".split()
    >>> ongoing_clause(toks, 7, 9)
    True
    >>> toks = "set up a hotline as the two countries work to restore military communication".split()
    >>> ongoing_clause(toks, 0, 10)
    True
    >>> ongoing_clause("while it pursues a broader trade deal".split(), 0, 5, nominal=True)
    True
    >>> ongoing_clause("as tariffs on chinese goods took effect".split(), 0, 1, nominal=True)
    False
    >>> ongoing_clause("as china imposed tariffs".split(), 0, 2)
    False
    >>> ongoing_clause("as the two countries had agreed to resume talks".split(), 0, 7)
    False
    """
    if at in capitals:
        return False
    k = next((j for j in range(at - 1, max(ca, at - _ONGOING_REACH) - 1, -1) if toks[j] in _ONGOING_OPENERS), -1)
    if k < 0 or k + 1 >= at or toks[k + 1] in _AS_PREPOSITION_NEXT or (k > ca and toks[k - 1] in ("such", "so")):
        return False
    if nominal:
        if toks[k + 1] not in ("it", "they", "he", "she", "we") or k + 2 >= at:
            return False
        between = toks[k + 2:at]
        if not between or between[0].endswith(("ed", "ing")) or between[0] in _PAST_FORMS \
                or between[0] in _NOT_PRESENT:
            return False
    verb = toks[at]
    if not nominal and (verb.endswith(("ed", "ing")) or verb in _PAST_FORMS):
        return False
    return not any(t in _NOT_PRESENT or t.endswith("ed") or t in _PAST_FORMS for t in toks[k + 1:at])


#: what follows "as" used as a preposition or in a fixed phrase: "as a result", "as part of", "as well"
_AS_PREPOSITION_NEXT = frozenset(["a", "an", "part", "well", "such", "soon", "long", "much", "many", "of", "if",
                                  "though", "before", "with", "for", "in", "to", "expected", "planned", "promised",
                                  "agreed", "usual", "early", "late", "recently", "far"])


_FRAMEWORK_REACH = 5
#: modifiers that make the agreement news of its own ("under a new agreement", "under Wednesday's deal")
_NEW_AGREEMENT = frozenset(["new", "latest", "fresh", "today", "yesterday", "monday", "tuesday", "wednesday",
                            "thursday", "friday", "saturday", "sunday", "week", "weekend", "proposed", "planned"])


def framework_noun(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` (an agreement, deal, pact, treaty) is the framework an act is done
    "under" ("cut tariffs by half under the phase one deal", "submarines ... under the Aukus pact", "under
    the 1951 Mutual Defense Treaty"): an agreement in force, not a new signing. One that is itself news
    ("under a new agreement", "under Wednesday's agreement") is left alone.

    >>> framework_noun("will be cut in half under the phase one deal".split(), 8, 0)
    True
    >>> framework_noun("apologized under a new agreement".split(), 4, 0)
    False
    >>> framework_noun("signed the deal".split(), 2, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - _FRAMEWORK_REACH) - 1, -1):
        t = toks[k]
        if t == "under":
            return True
        if t in _NEW_AGREEMENT or t in _MODIFIER_STOPS:
            return False
    return False
# --------------------------------------------------------------- round 6: leads

_SINGULAR_DETERMINERS = frozenset(["a", "an", "another", "one", "each", "every", "the"])
_SAME_PAST = frozenset("cut hit put set shut beat cast spread let quit burst hurt split bid thrust".split())
#: irregular past forms that can follow a subject's head noun ("a Chinese navy ship came within")
_IRREGULAR_PAST = frozenset("came flew shot struck sent took made held broke ran cut left began drew fell rose "
                            "went sank threw fought led told said stole drove kept met".split())


def subject_head_noun(toks: Sequence[str], at: int, lemma: str, name_ts: int, cb: int) -> bool:
    """Whether the verb form at ``at``, right after a name that starts at ``name_ts``, is the head noun of
    the subject phrase rather than its verb ("A Chinese coast guard ship targeted", "U.S. Navy ships
    sailed"): a past verb follows, and the form is plural or, after an article ("a ... ship"), bare.

    >>> subject_head_noun("a chinese coast guard ship targeted a vessel".split(), 4, "ship", 1, 8)
    True
    >>> subject_head_noun("chinese coast guard ships sailed near the shoal".split(), 3, "ship", 0, 8)
    True
    >>> subject_head_noun("china ships weapons to russia".split(), 1, "ship", 0, 5)
    False
    >>> subject_head_noun("a chinese warship cut sharply across".split(), 3, "cut", 1, 6)
    False
    """
    t = toks[at]
    bare = t == lemma
    plural = t.endswith("s") and not t.endswith("ss") and (t[:-1] == lemma or t[:-2] == lemma)
    if not (bare or plural):
        return False
    nxt = toks[at + 1] if at + 1 < cb else ""
    if not (nxt in _IRREGULAR_PAST or (nxt.endswith("ed") and len(nxt) > 4)) or t in _SAME_PAST:
        return False  # ("A Chinese warship cut sharply across": "cut" is its past)
    return plural or (name_ts > 0 and toks[name_ts - 1] in _SINGULAR_DETERMINERS)


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
                          "fifty hundred dozen dozens hundreds thousands".split())


_SPANS = frozenset("minutes hours days weeks months rounds sessions".split())


def approximation(toks: Sequence[str], k: int) -> bool:
    """Whether "about" (or "around") at ``k`` rounds a span of time or a count of rounds ("held *about
    12 hours* of talks", "about two days of meetings"), not a preposition opening a topic ("talks about
    trade"); "at about 30 percent" is no span of a meeting.

    >>> approximation("held about 12 hours of talks".split(), 1)
    True
    >>> approximation("talks about trade".split(), 1)
    False
    >>> approximation("at about 30 percent".split(), 1)
    False
    """
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    return toks[k] in ("about", "around") and (nxt[:1].isdigit() or nxt in _NUMBER_WORDS) \
        and k + 2 < len(toks) and toks[k + 2] in _SPANS


#: nouns that name the act just told ("..., in a move the White House said would protect workers")
_MOVE_NOUNS = frozenset(["move", "step", "decision", "measure", "action"])
_GLOSS_MODALS = frozenset(["would", "will", "could", "may", "might"])


def move_gloss(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` glosses a move just told, in a relative clause on "a move" (or step,
    decision) with a modal: "raised tariffs on Chinese cars, *in a move the White House said would
    protect* American workers", "a step that could hurt farmers": what the move would do is its aim or
    effect, no act of its own.

    >>> move_gloss("raised tariffs in a move the white house said would protect american workers".split(), 10, 0)
    True
    >>> move_gloss("the white house said it would protect american workers".split(), 6, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - 9) - 1, -1):
        if toks[k] in _MOVE_NOUNS and k - 1 >= ca and toks[k - 1] == "a":
            between = toks[k + 1:ts]  # (not "dissatisfied with the move and would take countermeasures")
            return any(t in _GLOSS_MODALS for t in between) and not any(t in ("it", "they", "he", "she", "and")
                                                                         for t in between)
    return False


_PARTNER_STOPS = frozenset(["that", "on", "about", "over", "and", "but", "which", "who", "in", "at", "for", "as",
                            "because", "when", "while", "if"])


def agreed_to_act(toks: list[str], k: int, b: int, names: set[int] | frozenset[int]) -> bool:
    """Whether "agreed with" ending before ``k`` names a partner and then an act it agreed to: "agreed with
    President Xi Jinping of China to restart trade talks" (an agreement to act, CAMEO 03, not accord 019).

    >>> toks = "trump agreed with xi to restart talks".split()
    >>> agreed_to_act(toks, 3, len(toks), {3})
    True
    >>> toks = "he agreed with the assessment".split()
    >>> agreed_to_act(toks, 3, len(toks), set())
    False
    """
    j = k
    while j < b and j - k <= 8 and toks[j] != "to" and toks[j] not in _PARTNER_STOPS:
        j += 1
    return j > k and j + 1 < b and toks[j] == "to" and toks[j + 1] not in ("the", "a", "an") \
        and any(g in names for g in range(k, j))


_INSINUATING = frozenset("suggest suggests suggested suggesting hint hints hinted hinting imply implies implied "
                         "implying insinuate insinuates insinuated insinuating".split())


def insinuation(toks: Sequence[str], at: int, cb: int) -> bool:
    """Whether the verb at ``at`` suggests that someone may have done something ("suggested that the U.S.
    Army might have brought the virus to Wuhan"): a veiled accusation (112), not an appeal ("suggested that
    the two sides meet" stays 02).

    >>> insinuation("he suggested that the us army might have brought the virus".split(), 1, 10)
    True
    >>> insinuation("he suggested that the two sides meet again".split(), 1, 8)
    False
    """
    that = next((k for k in range(at + 1, min(cb, at + 4)) if toks[k] == "that"), -1)  # ("suggested on Thursday that")
    if toks[at] not in _INSINUATING or that < 0:
        return False
    return any(toks[k] in ("might", "may", "could", "must") and toks[k + 1] == "have"
               for k in range(that + 1, min(cb - 1, that + 9)))


def dated_noun(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the event noun at ``ts`` carries its year as a modifier ("the 1951 mutual defense treaty",
    "the 2016 ruling"): a known act of its own time, named, not news of the report.

    >>> dated_noun("said the 1951 mutual defense treaty covered attacks".split(), 5, 0)
    True
    >>> dated_noun("signed a defense treaty".split(), 3, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - 4) - 1, -1):
        t = toks[k]
        if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20"):
            return k > ca and toks[k - 1] in ("the", "its", "their", "a", "s")
        if not t.isalpha() or t in _MODIFIER_STOPS or t in ("the", "a", "an"):
            return False
    return False


_CITING = frozenset(["citing", "cited", "cites", "cite"])


def cited_reason(toks: Sequence[str], ts: int, ca: int, commas: frozenset[int] = frozenset()) -> bool:
    """Whether the term at ``ts`` lies in a reason an actor cites ("blocked the sale, *citing a threat* to
    public order", "citing national security risks", "citing pests *found* in shipments"): the reason
    given is no event of its own; a comma (``commas``: the tokens a comma follows) ends the reason
    ("citing Japanese reports, condemned China").

    >>> cited_reason("blocked the sale citing a threat to public order".split(), 5, 0)
    True
    >>> cited_reason("citing reports that china had issued a threat".split(), 7, 0)
    False
    >>> cited_reason("suspend imports citing pests found in shipments".split(), 4, 0)
    True
    >>> cited_reason("citing what she called genocide".split(), 4, 0), cited_reason("citing what she called".split(), 1, 0)
    (False, False)
    >>> cited_reason("citing japanese reports condemned china".split(), 3, 0, frozenset([2]))
    False
    """
    if ts < len(toks) and toks[ts] in _CITED_OWN_CHARGE:
        return False
    for k in range(ts - 1, max(ca, ts - 5) - 1, -1):
        if k in commas:
            return False
        if toks[k] in _CITING:
            return True
        if toks[k] in _CITED_OWN_CHARGE or toks[k] in ("that", "which", "who", "and", "but", "to", "by", "from",
                                                        "had", "has", "have", "was", "were", "is", "are", "said"):
            return False  # ("citing what she called genocide": the speaker's own charge)
    return False


_CITED_OWN_CHARGE = frozenset(["what", "called", "calls", "termed", "described"])


#: "-ing" words after "for" that are nouns, not the gerund of a reason ("for Beijing", "for shipping firms")
_ING_NOUNS = frozenset("beijing nanjing chongqing kunming harbin shipping funding financing training housing "
                       "clothing building buildings mining manufacturing banking fishing trading processing spring "
                       "king something anything nothing everything meeting meetings hearing hearings briefing "
                       "ruling wording ceiling evening morning offering pricing lending spending "
                       "engineering marketing".split())
_ING_COMPOUNDS = ("making", "building", "keeping", "processing", "mining", "manufacturing", "shipping")


def for_gerund(toks: Sequence[str], te: int, at: int) -> bool:
    """Whether a "for" + gerund between a measure ending at ``te`` and the token at ``at`` tells what the
    measure punishes ("sanctioned two firms *for helping* Iran build missiles", "blacklisted in September
    *for carrying* Iranian oil"): the reason, whose parties are no target and whose act is no event.

    >>> toks = "sanctioned two firms for helping iran build missiles".split()
    >>> for_gerund(toks, 1, 5), for_gerund(toks, 1, 3)
    (True, False)
    >>> for_gerund("imposed tariffs on goods for beijing".split(), 2, 5)
    False
    >>> for_gerund("required permits for chipmaking tools sold to russia".split(), 2, 7)
    False
    """
    return any(toks[k] == "for" and toks[k + 1].endswith("ing") and len(toks[k + 1]) > 4
               and toks[k + 1] not in _ING_NOUNS and not toks[k + 1].endswith(_ING_COMPOUNDS)
               for k in range(te, min(at, len(toks) - 1)) if k + 1 <= at)


_JOIN_FORMS = frozenset("join joins joined joining".split())


def joined_in_doing(toks: Sequence[str], at: int, cb: int) -> bool:
    """Whether "join" at ``at`` joins another party *in doing* something ("joining the United States in
    trying to shield its industry", "joined Washington in imposing curbs"): siding with it in an act, no
    meeting with it (the act done is told by the gerund).

    >>> joined_in_doing("canada joined the united states in trying to shield its industry".split(), 1, 10)
    True
    >>> joined_in_doing("japan joined the talks in geneva".split(), 1, 6)
    False
    """
    if toks[at] not in _JOIN_FORMS:
        return False
    for k in range(at + 1, min(cb - 1, at + 7)):
        if toks[k] == "in":
            return toks[k + 1].endswith("ing") and len(toks[k + 1]) > 4
        if toks[k] in ("to", "that", "and", "on", "for", "with"):
            return False
    return False


_BRACING = frozenset("brace braces braced bracing".split())


def braced_for(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the noun at ``ts`` is what somebody braces for ("farmers were bracing for retaliation",
    "braced for Chinese countermeasures"): an act feared, not one done.

    >>> braced_for("farmers were bracing for retaliation".split(), 4, 0)
    True
    >>> braced_for("china announced retaliation".split(), 2, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - 4) - 1, -1):
        if toks[k] == "for":
            return k - 1 >= ca and toks[k - 1] in _BRACING
    return False


def court_name(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the noun at ``ts`` is part of a court's name ("the Court of Appeal", "Court of Appeals"),
    or an appeal a court rules on or hears ("has not yet ruled on Wingtech's appeal"): a lawsuit's step,
    no appeal (CAMEO 02) made to anybody.

    >>> court_name("the amsterdam court of appeal ruled".split(), 4, 0)
    True
    >>> court_name("the court has not yet ruled on wingtech s appeal".split(), 9, 0)
    True
    >>> court_name("tokyo made an appeal for calm".split(), 3, 0)
    False
    """
    if ts - 2 >= ca and toks[ts - 1] == "of" and toks[ts - 2] in ("court", "courts"):
        return True
    return toks[ts].startswith("appeal") and any(t in _RULING for t in toks[max(ca, ts - 5):ts])


_RULING = frozenset("rule rules ruled ruling hear hears heard hearing upheld uphold dismissed rejected".split())
