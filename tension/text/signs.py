"""Sign rules of news leads: which act a lead reports, and with which sign.

Pure functions over the lower-cased token list of :func:`tension.text.tokens.tokenize`
(indices are token positions; ``ca``/``cb`` bound the clause). The extractor
(:mod:`tension.text.extract`) calls them with a line each; the rules are general
constructions of English news language (issue 11, family 2):

- **Bars on one's own people** ("barred American companies from selling to ZTE",
  "barred Americans from investing in Chinese companies"): the act is a sanction
  or embargo (CAMEO 163) against the party named in the ``from`` complement, not a
  restriction of the barred people; the complement ("selling", "investing") is no
  event of its own. See :func:`bar_from`.
- **Orders to stop dealing** ("ordered state firms to stop using American software", "told
  operators to stop buying products from Micron"): an order to one's own people to stop
  trading with a party is a sanction on that party, like a bar (163); the stopped activity is no
  event of its own. See :func:`stop_order`.
- **Orders to sell** ("ordered a Chinese-backed company to sell land near a missile base",
  "ordered ByteDance to divest TikTok"): a forced sale is a sanction on the seller (163), not
  the sale's own code. See :func:`forced_sale`.
- **Announced measures** ("China said on Monday it would impose sanctions on 11
  Americans", "the ministry said it would expel the journalists"): a conflictual act
  a government *says* it will take, with no condition, is the act announced (16x,
  17x), not a threat (13x). A warning ("warned it would"), a condition ("if ...")
  or a passive without an agent stays a threat. See :func:`announced_measure`.
- **Findings and polls** ("a survey found that 83 percent of Americans ...", "the
  study finds that"): "find" reporting a finding is no event (PETRARCH reads it as
  "found" a venture, 060), and the share of a population in a poll ("83 percent of
  Americans", "a majority of Taiwanese") is no actor. See :func:`is_finding` and
  :func:`poll_share`.
- **Conflicts that are eased** ("agreed to a truce in their trade war", "an end to the
  tariff war", "a pause in the fighting"): the conflict noun is what the truce or end is
  about, no event of its own. See :func:`eased_conflict`.
- **Commentary** ("'China is targeting the countries that voted yes,' said a trade economist in
  Brussels", "Analysts said the move was calibrated to pressure Paris"): what analysts,
  economists and other commentators say is their reading of events, no event; the sentence
  they are quoted in codes nothing. See :func:`commentary`.
- **Market subjects** ("Chinese stocks fell as the trade war weighed on sentiment", "the
  yuan slid"): a country's stocks, shares, currency or economy are no actor. See
  :func:`market_subject`.
- **Reciprocal acts** ("the United States and China put tariffs on $16 billion of each
  other's goods", "expelled one another's diplomats"): a conjoined subject acting on "each
  other" does the act both ways, also when the reciprocal stands several words after the
  verb. See :func:`reciprocal`.
- **Refused requests** ("declined a U.S. proposal for a meeting between defence chiefs",
  "turned down Washington's request for talks"): a refusal reaches over the request noun to
  the cooperative act requested, which it reverses (125), however long the requester's name;
  so does a cancellation over a plan or deadline ("backed off its Sept. 1 deadline for
  tariffs" eases the tariffs). See :func:`refused_request`.
- **Measures called off** ("postponed a tariff increase", "delayed the duties on laptops",
  "paused the sanctions", "backed off its deadline for tariffs"): a cancelled, delayed or
  paused measure is eased (085 for economic measures, 081 for administrative ones), never a
  cut in relations (160). See :func:`eased_measure`.
- **Reported refusals** ("Biden said on Wednesday he would not lift the tariffs"): a
  refusal announced with "would not"/"will not" is the refusal (12x), not a hypothetical.
  See :func:`reported_refusal`.
- **Summary appositions** ("The United States will not send any officials to the Beijing
  Olympics, the White House said on Monday, a diplomatic boycott that ..."): when the lead's
  clauses code nothing, an event noun opening a closing noun phrase names the lead's act,
  done by the sentence's subject. See :func:`summary_noun`.
- **Measures kept** ("the extension keeps American tariffs on Chinese goods at 30 percent",
  "left the sanctions in place"): a measure that is kept, left or maintained is a state, no
  new act. See :func:`kept_measure`.
- **Measures expiring** ("hours before the truce was due to expire", "when the exemptions
  lapse"): a measure or truce told with its expiry is the state it is in, no new act. See
  :func:`expiring`.
- **Removals from a list** ("removed China's Institute of Forensic Science from its entity
  list", "took the firms off the blacklist"): the listing noun after "from"/"off" is reversed,
  an easing (085), never a new listing. See :func:`delisted`.
- **Measures no longer taken** ("said it would no longer delist three Chinese companies"): a
  conflictual measure under "no longer" is eased, as under "paused". See :func:`no_longer`.
- **Measures lifted to a level** ("lifted duties on Chinese imports to 145 percent"): "lift"
  with a new level is a raise (163), not a removal (085). See :func:`raised_to`.
- **Acts continued** ("said it would continue to suspend the additional tariff"): what a
  party says it will go on doing is the act itself (here the easing, 085), not an intent
  (03x). See :func:`continued`.
- **Signing a law** ("signed a law giving ByteDance nine months to sell",
  "signed an executive order banning ..."): a domestic law is no agreement (057)
  with whoever it concerns; it is the law's content: a restrictive law aimed at a
  foreign party is 172 (new restrictive measure), another law is no event of its
  own. See :func:`signed_law`.

Examples
--------
>>> toks = "biden barred americans from investing in chinese companies".split()
>>> bar_from(toks, 1, 0, len(toks))
3
>>> toks = "china said it would impose sanctions on 11 americans".split()
>>> announced_measure(toks, 4, 0, len(toks))
True
"""

from __future__ import annotations

from . import adverbials
from .rules import BE_FORMS, REPORT_TAIL

__all__ = ["exchange_delisting", "instrument_author", "adjective_firm", "announced_measure", "sought_step", "listed_span", "condition_subject", "defending", "bar_from", "commentary", "continued", "delisted", "expiring", "forced_sale", "eased_conflict", "is_finding", "kept_measure",
           "market_subject", "no_longer", "raised_to", "stop_order", "poll_share", "eased_measure", "passive_easing", "reciprocal", "refused_request",
           "reported_refusal", "request_head", "signed_law", "summary_noun", "coordinated_easing", "withheld_measure", "took_effect",
           "ANNOUNCING", "ORDER_VERBS", "ordered_done"]

# ------------------------------------------------------------------ bars on one's own people

_BAR_VERBS = frozenset(
    "bar bars barred barring ban bans banned banning prohibit prohibits prohibited prohibiting forbid forbids "
    "forbade forbidden forbidding".split()
)
_BAR_GAP = 6  # object words between the verb and "from"


def bar_from(toks: list[str], at: int, ca: int, cb: int) -> int | None:
    """The position of ``from`` when the verb at ``at`` bars its object from an activity.

    "barred American companies from selling parts to ZTE": the bar is aimed at the
    party of the activity (``from`` + a gerund), not at the barred object.
    ``None`` when the verb is no bar verb or no ``from`` + gerund follows it in the
    clause.

    >>> bar_from("they barred firms from selling chips to china".split(), 1, 0, 8)
    3
    >>> bar_from("they barred exports from the port".split(), 1, 0, 5) is None
    True

    The barred object may be a pair of nouns ("barred its companies *and citizens* from doing business with
    two Lithuanian banks"); an "and" before a verb ends the object ("barred the firms and imposed ...").

    >>> bar_from("china barred its companies and citizens from doing business with them".split(), 1, 0, 11)
    6
    >>> bar_from("china barred the firms and imposed fines from selling".split(), 1, 0, 8) is None
    True
    """
    if toks[at] not in _BAR_VERBS:
        return None
    for k in range(at + 2, min(cb - 1, at + 2 + _BAR_GAP)):
        if toks[k] in ("and", "or") and not _verb_like(toks[k + 1]):
            continue  # "its companies and citizens": one object
        if toks[k] in (",", ";", "and", "but", "that", "which", "who"):
            return None
        if toks[k] == "from":
            nxt = toks[k + 1]
            return k if nxt.endswith("ing") and len(nxt) > 4 else None
    return None


def _verb_like(word: str) -> bool:
    """Whether ``word`` looks like a finite verb or a gerund after "and" ("and *imposed* fines", "and *selling*")."""
    return word.endswith(("ed", "ing")) or word in ("will", "would", "has", "have", "had", "is", "are", "was", "were")


#: verbs of ordering
ORDER_VERBS = frozenset("order orders ordered ordering tell tells told telling instruct instructs instructed "
                         "instructing direct directs directed directing require requires required requiring".split())
_STOP_WORDS = frozenset(["stop", "halt", "cease", "end", "suspend"])
_DEALING = frozenset("buying using importing purchasing selling exporting shipping supplying installing "
                     "procuring dealing doing trading sourcing".split())
#: the same dealings after "not to" ("ordered its airlines not to take deliveries of Boeing jets")
_DEALING_BASE = frozenset("buy use import purchase take accept install procure source order".split())


def stop_order(toks: list[str], at: int, ca: int, cb: int) -> int | None:
    """The position of the stopped activity when the verb at ``at`` orders its object to stop trading.

    "ordered state firms to stop using American software": the order is aimed at the party of
    the activity (after the gerund), as a bar is (:func:`bar_from`). ``None`` when the verb is
    no order verb or no "to stop" + trading gerund follows in the clause.

    >>> stop_order("china ordered state firms to stop using american software".split(), 1, 0, 9)
    6
    >>> stop_order("china ordered troops to stop firing".split(), 1, 0, 6) is None
    True
    >>> stop_order("china ordered its airlines not to take deliveries of boeing jets".split(), 1, 0, 11)
    6
    >>> stop_order("britain ordered operators to strip huawei equipment".split(), 1, 0, 7)
    4
    """
    if toks[at] not in ORDER_VERBS:
        return None
    for k in range(at + 1, min(cb - 2, at + 2 + _BAR_GAP)):
        if toks[k] in (",", ";", "and", "but", "that", "which", "who"):
            return None
        if toks[k] == "to" and toks[k + 1] in _STOP_WORDS:
            return k + 2 if toks[k + 2] in _DEALING else None
        if toks[k] == "not" and toks[k + 1] == "to" and k + 2 < cb and toks[k + 2] in _DEALING_BASE:
            return k + 2  # "ordered its airlines not to take deliveries of Boeing jets"
        if toks[k] == "to" and toks[k + 1] in _REMOVING:
            return k + 1  # "ordered operators to strip Huawei equipment from their networks": a ban on Huawei
    return None


#: verbs of removing a party's goods, which an order to one's own people makes a ban on that party
_REMOVING = frozenset(["strip", "remove", "rip", "replace", "purge"])


_SELL_VERBS = frozenset("sell divest unload dispose".split())


def forced_sale(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` is a sale its subject was ordered to make ("ordered the company to sell").

    >>> forced_sale("biden ordered a chinese-backed company to sell land".split(), 6, 0)
    True
    >>> forced_sale("biden ordered a chinese-backed company to sell land".split(), 1, 0)
    True
    >>> forced_sale("the company agreed to sell land".split(), 4, 0)
    False
    """
    return _ordered_to(toks, ts, ca, _SELL_VERBS)


_LEAVE_VERBS = frozenset(["leave", "depart", "exit", "quit"])

#: the participle of a small clause after an order verb ("ordered two diplomats expelled") and the code of
#: the act it orders done; closing needs a diplomatic mission for its object (``_MISSIONS``)
_ORDERED_DONE = {"expelled": "174", "deported": "174", "arrested": "173", "detained": "173", "seized": "171",
                 "confiscated": "171", "impounded": "171", "released": "0841", "freed": "0841", "closed": "161",
                 "shut": "161"}
_MISSIONS = frozenset("consulate consulates embassy embassies mission missions office offices".split())


def ordered_done(toks: list[str], ts: int, cb: int) -> str:
    """The code of the act an order verb at ``ts`` orders done on its object in a small clause ("Moscow
    ordered two German diplomats expelled", "ordered the consulate in Houston closed", "ordered the
    fishermen released"): an ordered act is an act, the orderer's; "" when none follows in the clause (an
    order "to" do something is a demand on its object, :func:`ordered_out` and :func:`forced_sale` aside).

    >>> ordered_done("moscow ordered two german diplomats expelled".split(), 1, 6)
    '174'
    >>> ordered_done("the state department ordered the chinese consulate in houston closed".split(), 3, 10)
    '161'
    >>> ordered_done("the court ordered the factory closed".split(), 2, 6)
    ''
    >>> ordered_done("china ordered its coast guard to stop the detained boats".split(), 1, 10)
    ''
    """
    if toks[ts] not in ORDER_VERBS:
        return ""
    for k in range(ts + 2, min(cb, ts + 3 + _BAR_GAP)):
        if toks[k] in (";", "and", "but", "that", "which", "who", "to", "by"):
            return ""
        code = _ORDERED_DONE.get(toks[k], "")
        if code:
            return "" if code == "161" and not _MISSIONS.intersection(toks[ts + 1:k]) else code
    return ""


def ordered_out(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the verb at ``ts`` orders someone out of the country ("ordered three reporters to leave
    the country within five days", "told the diplomats to leave"): an expulsion (174) when the ones
    ordered are foreign (the caller checks the pair).

    >>> ordered_out("china ordered three reporters to leave the country".split(), 1, 0)
    True
    >>> ordered_out("china ordered the firm to stop sales".split(), 1, 0)
    False
    """
    return _ordered_to(toks, ts, ca, _LEAVE_VERBS)


#: object words between an order verb and its "to" ("ordered the last two Indian journalists in the country
#: to leave"): longer than a bar's, as the one ordered is often described
_ORDER_GAP = 10


def _ordered_to(toks: list[str], ts: int, ca: int, verbs: frozenset[str]) -> bool:
    if toks[ts] in ORDER_VERBS:  # the order verb itself ("ordered ... to sell"): look ahead
        for k in range(ts + 1, min(len(toks) - 1, ts + 2 + _ORDER_GAP)):
            if toks[k] in (",", ";", "and", "but", "that", "which", "who"):
                return False
            if toks[k] == "to":
                return toks[k + 1] in verbs
        return False
    if toks[ts] not in verbs or ts - 1 <= ca or toks[ts - 1] != "to":
        return False
    for k in range(ts - 2, max(ca, ts - 2 - _ORDER_GAP) - 1, -1):
        if toks[k] in ORDER_VERBS or toks[k] in ("forced", "forces", "force", "forcing", "compelled", "compel"):
            return True
        if toks[k] in (",", ";", "and", "but", "that", "which", "who", "to"):
            return False
    return False


# ------------------------------------------------------------------ announced measures

#: reporting verbs that announce a decision (not "warned", "threatened": those stay threats)
ANNOUNCING = frozenset(
    "said says announced announces confirmed confirms declared declares decided decides stated".split()
)
_WOULD = frozenset(["would", "will", "ll"])
_CONDITION = frozenset(["if", "unless", "should", "otherwise"])
_PASSIVE_BE = frozenset(["be", "been", "being"])
_BETWEEN_WOULD = frozenset(["also", "soon", "now", "then", "immediately", "swiftly", "formally"])


def announced_measure(toks: list[str], ts: int, ca: int, sentence_end: int) -> bool:
    """Whether the conflictual act at ``ts`` is announced as decided ("said it would impose").

    A reporting verb of announcement ("said", "announced", "confirmed", "decided")
    at most eight words before a "would"/"will" that governs the act, no condition
    ("if", "unless") in the rest of the sentence, and no passive ("would be
    imposed", which names no agent).

    >>> announced_measure("china said it would expel american journalists".split(), 4, 0, 7)
    True
    >>> announced_measure("china warned it would expel american journalists".split(), 4, 0, 7)
    False
    >>> announced_measure("china said it would expel journalists if washington acted".split(), 4, 0, 9)
    False

    The announcement may also follow the act, at the end of the sentence ("China will impose sanctions
    on two firms, the commerce ministry said on Thursday"):

    >>> toks = "china will impose sanctions on two firms the commerce ministry said on thursday".split()
    >>> announced_measure(toks, 2, 0, len(toks))
    True
    """
    k = ts - 1
    while k > ca and (toks[k] in _BETWEEN_WOULD or (toks[k].endswith("ly") and len(toks[k]) > 4)):
        k -= 1  # "will effectively bar", "would also impose"
    if k <= ca or toks[k] not in _WOULD:
        return False
    if toks[ts] in _PASSIVE_BE:
        return False
    lo = max(0, k - 8)
    if not any(toks[j] in ANNOUNCING for j in range(lo, k)) and not _decided_instrument(toks, k, ca) \
            and not _second_would(toks, k, ca) and not _under_instrument(toks, k, ca) \
            and not _announced_after(toks, ts, sentence_end):
        return False
    return not any(toks[j] in _CONDITION for j in range(ts, sentence_end))


def _announced_after(toks: list[str], ts: int, sentence_end: int) -> bool:
    """Whether the sentence closes on an announcement of the act at ``ts`` (", the ministry said on
    Thursday", ", officials announced"): a reporting verb of announcement in the last words, with only its
    day or medium after it.

    >>> _announced_after("china will impose sanctions the ministry said on thursday".split(), 2, 9)
    True
    >>> _announced_after("china will impose sanctions said to be harsh".split(), 2, 8)
    False
    """
    for j in range(sentence_end - 1, max(ts, sentence_end - 6), -1):
        if toks[j] in ANNOUNCING:
            return all(t in REPORT_TAIL for t in toks[j + 1:sentence_end]) and j - ts >= 3
        if toks[j] not in REPORT_TAIL:
            return False
    return False


def _second_would(toks: list[str], k: int, ca: int) -> bool:
    """Whether the "would" at ``k`` is the second of an announcement ("said it would impose tariffs
    ... and would restore duties on cars"): "and would" after an announced "would" shares its frame.

    >>> _second_would("china said it would impose tariffs on goods and would restore duties".split(), 9, 0)
    True
    >>> _second_would("china warned it would impose tariffs and would restore duties".split(), 7, 0)
    False
    """
    if k < 1 or toks[k - 1] != "and":
        return False
    for w in range(k - 2, max(0, k - 30) - 1, -1):  # (the first "would" may stand in an earlier clause)
        if toks[w] in _WOULD:
            return any(toks[j] in ANNOUNCING for j in range(max(0, w - 8), w))
    return False


#: instruments whose content is decided once they are issued: "finalised rules that will bar ..."
_INSTRUMENTS = frozenset("rule rules regulation regulations order orders measure measures law laws directive "
                         "directives guidelines guidance policy ban".split())
_ISSUING = frozenset("finalised finalized issued adopted signed approved announced unveiled published introduced "
                     "passed enacted imposed released".split())


def _decided_instrument(toks: list[str], would: int, ca: int) -> bool:
    """Whether the "will"/"would" at ``would`` opens a relative clause of an instrument just issued:
    "the Treasury finalised rules that will bar investments", "signed an executive order that will ban".

    >>> _decided_instrument("treasury finalised rules that will bar investments".split(), 4, 0)
    True
    >>> _decided_instrument("treasury said rules that will bar investments were drafted".split(), 4, 0)
    False
    """
    if would - 2 < ca or toks[would - 1] not in ("that", "which"):
        return False
    k = would - 2
    k = adverbials.time_adverbial_start(toks, k + 1, ca) - 1  # "signed an executive order on Wednesday that"
    if toks[k] not in _INSTRUMENTS:
        return False
    return any(toks[j] in _ISSUING for j in range(max(ca, k - 4), k))


def _under_instrument(toks: list[str], would: int, ca: int) -> bool:
    """Whether the clause of the "will"/"would" at ``would`` opens on the instrument that decides it, as
    press releases write: "Under today's action, USTR will impose fees", "Under the new rules, firms will
    need a licence".

    >>> _under_instrument("under today s action ustr will impose fees".split(), 5, 0)
    True
    >>> _under_instrument("under pressure ustr will impose fees".split(), 3, 0)
    False
    """
    for j in range(max(0, ca - 1, would - 10), would):
        if toks[j] == "under":
            return any(t in _INSTRUMENTS or t in ("action", "actions", "decision", "proclamation", "agreement")
                       for t in toks[j + 1:min(would, j + 5)])
    return False


# ------------------------------------------------------------------ findings and polls

_FIND = frozenset(["found", "finds", "find"])
_FINDING_NEXT = frozenset(["that", "no", "evidence", "it", "them", "him", "her", "itself", "guilty", "little",
                           "signs", "traces", "most", "more", "a", "an"])
_POPULATION_SHARE = frozenset("most many few fewer more some".split())
_OPINION = frozenset("see sees saw view views viewed believe believes think thinks feel feels regard regards consider "
                     "considers support supports oppose opposes favor favour favors favours want wants trust distrust "
                     "approve disapprove expect expects worry worries fear fears".split())
_NOT_PEOPLE = frozenset("forces troops officials ships vessels aircraft jets warships diplomats lawmakers".split())
_SHARE_BEFORE = frozenset(["percent", "%", "majority", "minority", "half", "third", "quarter", "share", "proportion",
                           "plurality", "most"])


def is_finding(toks: list[str], at: int) -> bool:
    """Whether ``find`` at ``at`` reports a finding ("a survey found that ..."), no act.

    >>> is_finding("a survey found that most americans distrust china".split(), 2)
    True
    >>> is_finding("they founded a company".split(), 1)
    False
    """
    return toks[at] in _FIND and at + 1 < len(toks) and toks[at + 1] in _FINDING_NEXT


def poll_share(toks: list[str], ts: int) -> bool:
    """Whether the mention starting at ``ts`` is a share of a population ("83 percent of Americans").

    >>> poll_share("83 percent of americans hold".split(), 3)
    True
    >>> poll_share("the president of china said".split(), 3)
    False
    >>> poll_share("most americans now see china as a threat".split(), 1)
    True
    """
    if ts >= 1 and toks[ts - 1] in _POPULATION_SHARE and toks[ts].endswith("s") and toks[ts] not in _NOT_PEOPLE \
            and any(t in _OPINION for t in toks[ts + 1:ts + 4]):
        return True  # "most Americans now see ...": a public's opinion, never a state's act
    # ("most of China's maritime claims": a possessive names the owner of what follows, no population)
    return ts >= 2 and toks[ts - 1] == "of" and toks[ts - 2] in _SHARE_BEFORE and toks[ts + 1:ts + 2] != ["s"]


# ------------------------------------------------------------------ signing a law

_SIGN = frozenset(["sign", "signs", "signed", "signing"])
# a legislature's passing of a bill enacts it as a signature does (PETRARCH's "pass" is 080, yield)
_ENACT = _SIGN | frozenset(["pass", "passes", "passed", "passing", "vote", "votes", "voted", "voting"])
_LAW = frozenset(["law", "laws", "bill", "bills", "legislation", "order", "orders", "decree", "decrees", "act",
                  "statute", "ordinance", "measure"])
_CONTROL_LAWS = frozenset("security sanctions espionage counterespionage sedition subversion secession "
                          "anti-secession counterterrorism".split())
_RESTRICTIVE = frozenset(
    "ending revoking suspending terminating curbing limiting "
    "ban bans banned banning barring bar bars sell divest divestiture divestment sanction sanctions sanctioning "
    "restrict restricts restricting restriction restrictions prohibit prohibiting prohibits blacklist "
    "blacklisting tariffs tariff duties forcing force forces penalize penalizing punish punishing "
    "expel expelling delist delisting kick kicking".split()
)


def signed_law(toks: list[str], at: int, cb: int) -> str | None:
    """``"restrictive"`` or ``"law"`` when the verb at ``at`` signs a domestic law, else ``None``.

    "signed a law giving ByteDance nine months to sell the app or see it banned"
    is restrictive (172 against the party it names); "signed a bill funding
    schools" is a law and no agreement with anyone.

    >>> toks = "biden signed a law giving bytedance nine months to sell the app or see it banned".split()
    >>> signed_law(toks, 1, len(toks))
    'restrictive'
    >>> signed_law("he signed a trade deal with japan".split(), 1, 7) is None
    True
    >>> signed_law("the house passed a bill that could delist chinese firms".split(), 2, 10)
    'restrictive'
    >>> signed_law("beijing passed a sweeping national security law for hong kong".split(), 1, 10)
    'restrictive'
    >>> signed_law("the house voted on wednesday for a bill that would ban the app".split(), 2, 13)
    'restrictive'
    >>> signed_law("denounced a bill passed by the house that calls for sanctions on chinese officials".split(), 3, 14)
    'restrictive'
    """
    if toks[at] not in _ENACT:
        return None
    if at > 0 and toks[at - 1] in _LAW and at + 1 < cb and toks[at + 1] == "by":
        # the participle on the bill ("a bill passed by the House that calls for sanctions on Chinese officials")
        rest = toks[at + 1:min(cb, at + 22)]
        return "restrictive" if _RESTRICTIVE.intersection(rest) else "law"
    for k in range(at + 1, min(cb, at + 7)):
        if toks[k] in _LAW:
            if toks[k] == "order" and toks[k - 1] not in ("executive", "an", "a"):
                return None
            rest = toks[k + 1:min(cb, k + 20)]
            # ("passed a sweeping national security law for Hong Kong": a law of control by its kind)
            return "restrictive" if _RESTRICTIVE.intersection(rest) or _CONTROL_LAWS.intersection(toks[at + 1:k]) \
                else "law"
        if toks[k] in ("deal", "agreement", "treaty", "pact", "accord", "memorandum", "contract", "with"):
            return None
    return None


_ENABLING = frozenset("allow allows allowing permit permits permitting authorize authorizes authorizing authorise backing "
                      "authorises authorising enable enables enabling require requires requiring let lets".split())
# texts whose terms a clause may tell as their subject's ("The draft would let ...")
_TEXTS = _LAW | frozenset("draft drafts pact agreement deal treaty accord proposal plan framework text".split())


_LAW_MODALS = frozenset(["would", "could", "will", "may", "might"])
_POWERS = frozenset(["power", "powers", "authority", "authorities", "mandate", "right"])


def law_content(toks: list[str], ts: int, ca: int, modal: bool = False) -> bool:
    """Whether the trigger at ``ts`` is what a law or bill would allow or require ("a bill allowing
    extraditions to mainland China", "a proposed law that would allow extraditions", "a law that
    requires reciprocal access"): the content of a law is no event of its own.

    >>> law_content("they marched against a bill allowing extraditions to china".split(), 6, 0)
    True
    >>> law_content("a proposed law that would allow extraditions to china".split(), 6, 0)
    True
    >>> law_content("china allowed extraditions to hong kong".split(), 1, 0)
    False
    >>> law_content("passed a bill that could ban chinese apps".split(), 5, 0, modal=True)
    True
    >>> law_content("a bill requiring sanctions on chinese officials".split(), 5, 0)
    False
    >>> toks = "a bill that would give the commerce department new powers to restrict technology".split()
    >>> law_content(toks, 11, 0)
    True
    >>> law_content("a draft of the pact that leaked would let chinese warships stop there".split(), 9, 0)
    True

    With ``modal`` (for triggers) what a law "could" or "would" do is content too; a party it names
    stays (the target of a restrictive law: "a bill that could delist Chinese firms").
    """
    if ts - 2 >= ca and toks[ts - 1] == "to" and toks[ts - 2] in _POWERS:
        # "a bill that would give the Commerce Department new powers to restrict technology": what the
        # powers a law grants would allow
        return any(toks[j] in _LAW_MODALS and toks[j - 1] in ("that", "which") and toks[j - 2] in _LAW
                   for j in range(max(ca + 2, ts - 12), ts - 2))
    for j in range(ts - 1, max(ca, ts - 5) - 1, -1):
        if not modal and toks[j] in _RESTRICTIVE:
            return False  # "a bill requiring sanctions on Chinese officials": the party a restriction hits
        if modal and toks[j] in _LAW_MODALS and j - 2 >= ca and toks[j - 1] in ("that", "which") and toks[j - 2] in _LAW:
            return True  # "a bill that could kick Chinese companies off American exchanges"
        if toks[j] in _ENABLING:
            k = j - 1
            while k >= ca and k > j - 4 and toks[k] in ("that", "which", "would", "will", "could", "to"):
                k -= 1
            # ... or the clause's subject is a text ("A draft of the pact that leaked last month would let
            # Chinese warships stop in the islands": what the draft would allow)
            return (k >= ca and toks[k] in _LAW) or (any(toks[x] in _LAW_MODALS for x in range(max(ca, j - 12), j))
                                                     and any(toks[x] in _TEXTS for x in range(ca, min(j, ca + 4))))
        if toks[j] in (",", ";", "and", "but"):
            return False
    return False


# ------------------------------------------------------------------ eased conflicts

_EASING_HEADS = frozenset(["truce", "ceasefire", "cease", "armistice", "end", "halt", "pause", "lull", "break",
                           "respite", "moratorium", "de", "escalation", "deescalation", "detente", "thaw"])
_EASING_PREPS = frozenset(["in", "to", "of", "over", "on"])


def eased_conflict(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the conflict noun at ``ts`` is what a truce or end is about ("a truce in their trade war").

    >>> eased_conflict("they agreed to a truce in their trade war".split(), 7, 0)
    True
    >>> eased_conflict("they escalated their trade war".split(), 3, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - 5), -1):
        if toks[k] in _EASING_PREPS:
            return k - 1 >= ca and toks[k - 1] in _EASING_HEADS
    return False


_EXEMPTION_HEADS = frozenset(["exemption", "exemptions", "exclusion", "exclusions", "waiver", "waivers", "relief",
                              "reprieve", "reprieves", "remission", "remissions", "carve", "carveout", "carveouts"])
_EXEMPTION_PREPS = frozenset(["from", "on", "of", "for", "to"])


def exempted_from(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the measure noun at ``ts`` is what an exemption, waiver or reprieve lifts ("extended the
    exclusions from the tariff actions", "a waiver on duties for Ukrainian grain"): the measure eased, not
    imposed.

    >>> exempted_from("it will extend certain exclusions from the tariff actions".split(), 7, 0)
    True
    >>> exempted_from("the commission extended the waiver on duties".split(), 6, 0)
    True
    >>> exempted_from("it imposed tariffs on exclusions".split(), 2, 0)
    False
    """
    for k in range(ts - 1, max(ca, ts - 4) - 1, -1):
        if toks[k] in _EXEMPTION_PREPS:
            return k - 1 >= ca and toks[k - 1] in _EXEMPTION_HEADS
        if toks[k] not in ("the", "its", "their", "all", "some", "certain", "new", "additional", "existing",
                           "american", "chinese", "u.s.", "us", "eu", "tariff", "trade", "section", "301"):
            return False
    return False


# ------------------------------------------------------------------ market subjects

_MARKET_NOUNS = frozenset(["stocks", "stock", "shares", "equities", "bonds", "markets", "yuan", "renminbi", "currency", "interest",
                           "yields",
                           "dollar", "economy", "gdp", "inflation", "index", "indexes", "indices",
                           "growth", "output"])


def market_subject(toks: list[str], te: int) -> bool:
    """Whether the mention ending before ``te`` names a country's market ("Chinese stocks", "China's economy").

    >>> market_subject("chinese stocks fell on monday".split(), 1)
    True
    >>> market_subject("china s economy slowed".split(), 1)
    True
    >>> market_subject("tariffs on chinese goods".split(), 3)
    False

    A market noun that names an office's field is no market ("Mexico's *economy ministry* turned down a request",
    "Germany's economy minister"):

    >>> market_subject("mexico s economy ministry turned down a request".split(), 1)
    False
    """
    k = te + 1 if te < len(toks) and toks[te] == "s" else te
    return k < len(toks) and toks[k] in _MARKET_NOUNS and not (k + 1 < len(toks) and toks[k + 1] in _OFFICE_HEADS)


#: nouns after a field ("economy", "growth") that make it an office, not a market
_OFFICE_HEADS = frozenset("ministry ministries minister ministers secretary department agency office council "
                          "commission czar chief".split())


#: nouns that make "firm" an adjective ("firm countermeasures", "firm opposition"), not a company
_FIRM_QUALIFIED = frozenset("countermeasure countermeasures measures measure response responses action actions "
                            "opposition support stance commitment determination resolve steps step".split())


def adjective_firm(toks: list[str], ts: int, te: int) -> bool:
    """Whether the mention ``toks[ts:te]`` is the adjective "firm" ("vowed to take *firm* countermeasures",
    "expressed *firm* opposition"), not a company.

    >>> adjective_firm("china vowed to take firm countermeasures".split(), 4, 5)
    True
    >>> adjective_firm("the firm denied it".split(), 1, 2)
    False
    """
    return te == ts + 1 and toks[ts] == "firm" and te < len(toks) and toks[te] in _FIRM_QUALIFIED


_SOUGHT_NOUNS = frozenset("step move measure concession demand".split())
_SEEK_VERBS = frozenset("sought demanded wanted urged requested pressed called".split())


def sought_step(toks: list[str], te: int, cb: int) -> int:
    """The first token of the party that had asked for the measure ending at ``te``, as an apposition tells
    it ("tightened controls on three fentanyl chemicals, *a step Washington had long sought*", "a move the
    United States has demanded for years"), or -1: a restriction its target asked for is yielding to a
    demand (0832), not a sanction on it.

    >>> toks = "china tightened controls on fentanyl a step washington had long sought".split()
    >>> sought_step(toks, 3, len(toks))
    7
    >>> sought_step("china tightened controls on fentanyl a step that angered washington".split(), 3, 10)
    -1
    """
    for k in range(te, min(cb - 2, te + 16)):
        if toks[k] not in _SOUGHT_NOUNS or toks[k - 1] not in ("a", "an", "the"):
            continue
        party = k + 2 if toks[k + 1] in ("that", "which") else k + 1
        for j in range(party + 1, min(cb, party + 7)):
            if toks[j] in _SEEK_VERBS:
                return party
            if toks[j] in ("and", "but", "to", "by", "as") or toks[j].endswith("ed") and toks[j] not in _SEEK_VERBS:
                break
        return -1
    return -1


_LISTING_VERBS = frozenset("add adds added adding place places placed placing put puts putting".split())


def listed_span(toks: list[str], ts: int, ca: int) -> tuple[int, int]:
    """The tokens naming what was put on the list whose name starts at ``ts`` ("added *six American defense
    companies* to a list of entities barred from trading with Chinese firms"): the listed parties are the
    target, not those the list's definition names; (-1, -1) when no listing verb governs the list.

    >>> toks = "china added six american firms to a list of entities barred from trading with chinese firms".split()
    >>> listed_span(toks, 8, 0)
    (2, 5)
    """
    for j in range(ts - 1, max(ca, ts - 4) - 1, -1):
        if toks[j] in ("to", "on"):
            for k in range(j - 1, max(ca, j - 9) - 1, -1):
                if toks[k] in _LISTING_VERBS:
                    return k + 1, j
            return -1, -1
    return -1, -1


# ------------------------------------------------------------------ reciprocal acts

_RECIPROCAL_WINDOW = 12


def reciprocal(toks: list[str], te: int, cb: int) -> bool:
    """Whether "each other" or "one another" follows the verb ending at ``te`` in its clause.

    >>> toks = "they put tariffs on 16 billion dollars of each other s goods".split()
    >>> reciprocal(toks, 3, len(toks))
    True
    >>> reciprocal("each of them imposed tariffs on china".split(), 5, 7)
    False
    """
    for k in range(te, min(cb, te + _RECIPROCAL_WINDOW) - 1):
        if (toks[k], toks[k + 1]) in (("each", "other"), ("one", "another")):
            return True
        if toks[k] in (";", "but", "while", "which", "who"):
            return False
    return False


# ------------------------------------------------------------------ refused requests

_REQUEST_NOUNS = frozenset(["proposal", "proposals", "request", "requests", "invitation", "invitations", "offer",
                            "offers", "call", "calls", "bid", "bids", "overture", "overtures", "suggestion",
                            "suggestions", "plan", "plans", "idea", "appeal", "appeals", "entreaties",
                            "deadline", "deadlines", "threat", "threats", "decision"])
_REQUEST_LINKS = frozenset(["for", "to", "of"])
_REQUEST_GAP = 10
_REQUEST_STOPS = frozenset([",", ";", "that", "which", "who", "because", "and", "but", "after", "while"])


def refused_request(toks: list[str], ne: int, s: int) -> bool:
    """Whether the words between a refusal (ending at ``ne``) and a term at ``s`` are a request for it.

    >>> toks = "china declined a u s proposal for a meeting".split()
    >>> refused_request(toks, 2, 8)
    True
    >>> refused_request("china declined and later held a meeting".split(), 2, 6)
    False
    """
    if s - ne > _REQUEST_GAP:
        return False
    for k in range(ne, s - 1):
        if toks[k] in _REQUEST_STOPS:
            return False
        if toks[k] in _REQUEST_NOUNS and toks[k + 1] in _REQUEST_LINKS:
            return s - (k + 2) <= 3
    return False


def request_head(toks: list[str], k: int) -> bool:
    """Whether the word at ``k`` heads a request for an act ("offer to", "request for", "invitation to"):
    a refusal before it reaches over it to the act requested (:func:`refused_request`), so it is no act
    of its own.

    >>> request_head("rejected china s offer to hold talks".split(), 3)
    True
    >>> request_head("made an offer on tuesday".split(), 2)
    False
    """
    return toks[k] in _REQUEST_NOUNS and k + 1 < len(toks) and toks[k + 1] in _REQUEST_LINKS


# ------------------------------------------------------------------ measures called off

def eased_measure(code: str) -> str | None:
    """The easing code of a conflictual measure that is cancelled, delayed or paused (``None``: none).

    >>> eased_measure("163"), eased_measure("1721"), eased_measure("190")
    ('085', '081', None)
    """
    if code.startswith("163"):
        return "085"
    if code.startswith("172"):
        return "081"
    return None


_WITHHELD = {"085": "0354", "081": "0351"}


def withheld_measure(toks: list[str], ns: int, code: str) -> str | None:
    """The intent-to-ease code of a measure the speaker says it will not take ("said he would not
    impose new tariffs on Chinese imports", "will not raise the duties"): CAMEO 0354/0351, a promise
    to hold off, not a non-event; ``ns`` is where the negator "not" stands.

    >>> toks = "trump said he would not impose new tariffs".split()
    >>> withheld_measure(toks, 4, "163"), withheld_measure(toks, 4, "190")
    ('0354', None)
    >>> withheld_measure("china did not impose new tariffs".split(), 3, "163") is None
    True
    """
    eased = eased_measure(code)
    if eased is None or ns < 1 or toks[ns] != "not" or toks[ns - 1] not in ("would", "will"):
        return None
    return _WITHHELD.get(eased)


def coordinated_easing(toks: list[str], ne: int, s: int, code: str) -> bool:
    """Whether a cancelling verb ending at ``ne`` is joined by "or" to an easing verb at ``s``.

    In "agreed to suspend or remove the countermeasures" "suspend" is a second easing verb, not a
    reversal of "remove": both verbs ease the measure, so the easing code stands.

    >>> toks = "agreed to suspend or remove the non tariff countermeasures".split()
    >>> coordinated_easing(toks, 3, 4, "085"), coordinated_easing(toks, 3, 4, "163")
    (True, False)
    """
    return code[:2] == "08" and s - ne == 1 and toks[ne] in ("or", "and")


_EASED_PARTICIPLES = frozenset("lifted halved suspended cut eased removed paused reduced lowered scrapped dropped "
                               "waived withdrawn rescinded revoked relaxed postponed delayed".split())
_PASSIVE_FILLERS = frozenset("will would could may might to have has had now also later then partly partially "
                             "largely temporarily fully further not".split())


#: words that open a measure noun's complement ("tariffs *of 25 percent on* Chinese robots", "sanctions *against*
#: two refiners") and words that end it (a verb's auxiliary, a relative, a clause's punctuation)
_COMPLEMENT_OPENERS = frozenset("of on against targeting for".split())
_COMPLEMENT_STOPS = BE_FORMS | frozenset("will would could may might has have had which that who , ; -- ( )".split())


def measure_complement_end(toks: list[str], te: int, cb: int, span: int = 16) -> int:
    """Where the complement of a measure noun ending at ``te`` ends ("Tariffs *of 25 percent on Chinese-made
    robots and welding machines* were suspended", "Sanctions *on two refiners* were lifted"): the first word
    after a complement opened by "of", "on", "against" or "for" that is an auxiliary, a relative or a
    punctuation mark, at most ``span`` words on; ``te`` itself when no complement follows or none ends there.

    >>> measure_complement_end("tariffs on chinese robots were suspended".split(), 1, 6)
    4
    >>> measure_complement_end("tariffs were suspended".split(), 1, 3)
    1
    >>> measure_complement_end("tariffs on chinese robots rose sharply".split(), 1, 6)
    1
    """
    if te >= cb or toks[te] not in _COMPLEMENT_OPENERS:
        return te
    for k in range(te + 1, min(cb, te + span + 1)):
        if toks[k] in _COMPLEMENT_STOPS:
            return k if toks[k] in BE_FORMS or toks[k] in ("will", "would", "could", "may", "might", "has", "have",
                                                            "had") else te
    return te


def passive_easing(toks: list[str], te: int, cb: int) -> int:
    """Where the participle of an easing told in the passive after a measure noun ending at ``te``
    stands ("Those duties *will now be halved*", "the sanctions were lifted on Monday"), or -1; the
    measure is eased, not imposed (see :func:`eased_measure`). "not" ends the search (a refusal).

    >>> passive_easing("those duties will now be halved".split(), 2, 6)
    5
    >>> passive_easing("the tariffs were raised".split(), 2, 4)
    -1
    >>> passive_easing("the sanctions will not be lifted".split(), 2, 6)
    -1
    >>> passive_easing("tariffs of 25 percent on chinese robots were suspended by washington".split(), 1, 10)
    8
    >>> passive_easing("the sanctions on the minister had to be lifted first".split(), 2, 10)
    -1
    """
    k = start = measure_complement_end(toks, te, cb)
    seen_be = False
    while k < min(cb, start + 6):
        w = toks[k]
        if w == "not" or (w == "to" and k > start and toks[k - 1] in ("had", "has", "have", "need", "needs")):
            return -1  # ("the sanctions had to be lifted first": a condition, no easing)
        if w in BE_FORMS:
            seen_be = True
        elif w in _EASED_PARTICIPLES:
            return k if seen_be else -1
        elif w not in _PASSIVE_FILLERS:
            return -1
        k += 1
    return -1


PROPOSING = frozenset(["propose", "proposes", "proposed", "proposing"])


def proposed_measure(toks: list[str], ts: int, te: int, next_ts: int, next_code: str) -> bool:
    """Whether "proposed" at [ts, te) proposes its subject's own measure, told by the gerund at
    ``next_ts`` ("proposed barring Chinese software from cars", "proposed imposing tariffs"): the
    measure is the event (a plan), not an appeal to the party it hits.

    >>> toks = "commerce proposed barring chinese software from cars".split()
    >>> proposed_measure(toks, 1, 2, 2, "172"), proposed_measure(toks, 1, 2, 2, "040")
    (True, False)
    """
    return toks[ts] in PROPOSING and next_ts == te and toks[next_ts].endswith("ing") and next_code[:2] in ("16", "17")


# ------------------------------------------------------------------ reported refusals

def reported_refusal(toks: list[str], ts: int, ca: int) -> bool:
    """Whether a refusal starting at ``ts`` ("not") is announced with "would"/"will" ("said he would not lift").

    >>> toks = "biden said he would not lift tariffs".split()
    >>> reported_refusal(toks, 4, 0)
    True
    >>> reported_refusal("biden would not lift tariffs if".split(), 2, 0)
    False
    """
    if toks[ts] not in ("not", "never") or ts - 1 <= ca or toks[ts - 1] not in _WOULD:
        return False
    return any(toks[j] in ANNOUNCING for j in range(max(ca, ts - 9), ts - 1))


# ------------------------------------------------------------------ summary appositions

_SUMMARY_OPENERS = frozenset(["a", "an", "the", "what"])
_SUMMARY_MODIFIERS = frozenset(["new", "first", "latest", "largest", "biggest", "sharpest", "major", "rare",
                                "full", "partial", "diplomatic", "economic", "further", "fresh", "sweeping",
                                "unprecedented", "so", "called", "de", "facto", "limited", "symbolic"])


def summary_noun(toks: list[str], ts: int, ca: int, nominal: bool, commas: frozenset[int]) -> bool:
    """Whether the event noun at ``ts`` opens a noun phrase right after a comma ("..., a diplomatic
    boycott that ...", "..., the largest expulsion of ..."); ``commas`` holds the tokens a comma follows.

    >>> toks = "officials said on monday a diplomatic boycott that stops short".split()
    >>> summary_noun(toks, 5, 0, True, frozenset([3]))
    True
    >>> summary_noun("officials said they boycott".split(), 3, 0, True, frozenset())
    False
    """
    if not nominal:
        return False
    j = ts - 1
    while j > ca and toks[j] in _SUMMARY_MODIFIERS:
        j -= 1
    return j > ca and toks[j] in _SUMMARY_OPENERS and (j - 1) in commas


# ------------------------------------------------------------------ measures kept (states)

_KEEP_VERBS = frozenset("keep keeps kept keeping leave leaves left leaving maintain maintains maintained "
                        "maintaining retain retains retained retaining".split())
_KEEP_STOPS = frozenset([",", ";", "and", "but", "or", "after", "before", "because", "to", "in", "on", "with",
                         "as", "while", "that", "which", "who", "said", "says", "by", "from", "for"])
_KEEP_GAP = 4


def kept_measure(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the measure noun at ``ts`` is the object of a verb that keeps it ("keeps American tariffs").

    A measure kept, left or maintained is a state ("the truce keeps tariffs at 30 percent",
    "left the sanctions in place"), not a new act; at most four modifier words stand between.

    >>> toks = "the extension keeps american tariffs on chinese goods at 30 percent".split()
    >>> kept_measure(toks, 4, 0)
    True
    >>> kept_measure("they left talks and imposed tariffs".split(), 5, 0)
    False
    >>> kept_measure("china has kept in place the sanctions it imposed".split(), 6, 0)
    True
    """
    k, lo = ts - 1, max(ca, ts - 1 - _KEEP_GAP)
    while k >= lo:
        if toks[k] in _KEEP_VERBS:
            return True
        if toks[k] == "place" and k - 1 >= ca and toks[k - 1] == "in":
            k, lo = k - 2, max(ca, lo - 2)  # "has kept in place the sanctions it imposed"
            continue
        if toks[k] in _KEEP_STOPS:
            return False
        k -= 1
    return False


_EXPIRE = frozenset("expire expires expired expiring lapse lapses lapsed lapsing".split())
_EXPIRE_STOPS = frozenset([",", ";", "and", "but", "which", "that", "who", "said", "after", "before", "because"])


def expiring(toks: list[str], te: int, cb: int) -> bool:
    """Whether the measure noun ending at ``te`` is told with its expiry ("the truce was due to expire").

    >>> expiring("hours before the truce was due to expire".split(), 4, 8)
    True
    >>> expiring("they agreed a truce on friday".split(), 4, 6)
    False
    """
    for k in range(te, min(cb, te + 12)):
        if toks[k] in _EXPIRE:
            return True
        if toks[k] in _EXPIRE_STOPS:
            return False
    return False


_TOOK_EFFECT = (("took", "effect"), ("came", "into"), ("went", "into"), ("entered", "into"), ("kicked", "in"))


def took_effect(toks: list[str], te: int, cb: int) -> bool:
    """Whether the measure noun ending at ``te`` has its own relative clause telling that it came into
    force ("over new American tariffs on Chinese goods that took effect the same day"): the measure
    happened, even where the sentence names it as a cause or topic.

    >>> took_effect("over new tariffs on chinese goods that took effect on thursday".split(), 2, 10)
    True
    >>> took_effect("over the tariffs that washington threatened".split(), 2, 5)
    False
    """
    for k in range(te, min(cb - 2, te + 10)):
        if toks[k] in ("that", "which"):
            return (toks[k + 1], toks[k + 2]) in _TOOK_EFFECT
        if toks[k] in _EXPIRE_STOPS:
            return False
    return False


# ------------------------------------------------------------------ removals from a list

_REMOVE_VERBS = frozenset("remove removes removed removing delete deletes deleted deleting drop drops dropped "
                          "dropping strike strikes struck striking take takes took taken taking delist delists "
                          "delisted delisting pull pulls pulled pulling exclude excludes excluded excluding "
                          "erase erased".split())
_LIST_WORDS = frozenset(["list", "lists", "blacklist", "blacklists"])
_FROM_OFF = frozenset(["from", "off"])
_REMOVE_GAP = 12
_TRUSTED = frozenset(["white", "whitelist", "trusted", "preferred", "favoured", "favored", "approved"])
_REMOVE_STOPS = frozenset([",", ";", "but", "which", "who", "that", "said", "after", "because", "while"])


_ADD_VERBS = frozenset("add adds added adding".split())


def listed(toks: list[str], at: int, cb: int) -> bool:
    """Whether the verb at ``at`` adds a party to a blacklist ("adding 38 of the company's affiliates to
    an economic blacklist"): a listing (163), not the verb dictionary's "add" as giving (060).

    >>> listed("adding 38 of the company s affiliates to an economic blacklist".split(), 0, 11)
    True
    >>> listed("added 40 units to its list of trusted suppliers".split(), 0, 9)
    False
    >>> listed("added a clause to the deal".split(), 0, 6)
    False
    """
    if toks[at] not in _ADD_VERBS:
        return False
    for k in range(at + 1, min(cb, at + _REMOVE_GAP)):
        if toks[k] in _REMOVE_STOPS:
            return False
        if toks[k] == "to":
            window = toks[k + 1:min(cb, k + 6)]
            return any(t in _LIST_WORDS for t in window) and not any(t in _TRUSTED for t in toks[k + 1:min(cb, k + 9)])
    return False


def delisted(toks: list[str], ts: int, te: int, ca: int) -> bool:
    """Whether the listing noun at ``ts``..``te`` is what a party is removed from ("removed X from its entity list").

    The list word may also follow the measure noun ("off its sanctions blacklist").

    "from"/"off" stands at most three words before the list (its, the, the ministry's), and a
    removal verb at most twelve words before that in the clause.

    >>> toks = "commerce removed china s institute of forensic science from its entity list".split()
    >>> delisted(toks, 10, 12, 0)
    True
    >>> toks = "commerce added china s institute of forensic science to its entity list".split()
    >>> delisted(toks, 10, 12, 0)
    False
    """
    if not any(t in _LIST_WORDS for t in toks[ts:te + 2]):  # "its sanctions blacklist": the noun before
        return False
    if any(t in _TRUSTED for t in toks[max(ca, ts - 4):te + 4]):
        return False  # off a list of trusted partners ("white list"): a restriction, not an easing
    for k in range(ts - 1, max(ca, ts - 4) - 1, -1):
        if toks[k] in _FROM_OFF:
            for j in range(k - 1, max(ca, k - _REMOVE_GAP) - 1, -1):
                if toks[j] in _REMOVE_VERBS:
                    return True
                if toks[j] in _REMOVE_STOPS:
                    return False
            return False
    return False


# ------------------------------------------------------------------ measures no longer taken

def no_longer(toks: list[str], ns: int, ne: int) -> bool:
    """Whether the negator at ``ns``..``ne`` is "no longer", which eases the measure it negates.

    >>> no_longer("it would no longer delist them".split(), 2, 4)
    True
    >>> no_longer("it would not delist them".split(), 2, 3)
    False
    """
    return ne - ns == 2 and toks[ns] == "no" and toks[ns + 1] == "longer"


def negated_reversal(toks: list[str], pending: tuple[str, int, int] | None, kind: str, s: int) -> bool:
    """Whether a refusal or cancellation at ``s`` is itself negated ("has never ruled out force",
    "did not cancel the visit", "not rejecting talks"): nothing was refused or called off, and the
    act it governs is only a possibility (``pending`` is the negator before it, or None).

    >>> toks = "beijing has never ruled out using force".split()
    >>> negated_reversal(toks, ("negate", 2, 3), "refuse", 3)
    True
    >>> negated_reversal(toks, None, "refuse", 3)
    False
    >>> negated_reversal("china did not attend but rejected the plan".split(), ("negate", 2, 3), "refuse", 5)
    False
    """
    return pending is not None and pending[0] == "negate" and kind in ("refuse", "cancel") \
        and 0 <= s - pending[2] <= 1 and toks[pending[2] - 1] != "no"


# ------------------------------------------------------------------ acts continued

_CONTINUE = frozenset(["continue", "keep", "go"])


def continued(toks: list[str], ts: int, ca: int) -> bool:
    """Whether the act at ``ts`` is one its actor goes on doing ("would continue to suspend the tariff").

    >>> continued("china would continue to suspend the tariff".split(), 4, 0)
    True
    >>> continued("china would suspend the tariff".split(), 2, 0)
    False
    """
    return ts - 2 >= ca and toks[ts - 1] in ("to", "on") and toks[ts - 2] in _CONTINUE


def time_not_object(toks: list[str], on: int, b: int) -> bool:
    """Whether the "on" at ``on`` that ends a term ("call on", "agree on") opens a time adverbial
    instead of the term's object: "spoke by video call on Tuesday with Dong" (no appeal), but "called on
    Tuesday for restraint" and "called on Friday on China to ..." keep the term.

    >>> time_not_object("spoke by video call on tuesday with dong".split(), 4, 8)
    True
    >>> time_not_object("china called on tuesday for restraint".split(), 2, 6)
    False
    >>> time_not_object("japan called on china to stop".split(), 2, 6)
    False
    """
    end = adverbials.time_adverbial_end(toks, on, b)
    return end > on + 1 and (end >= b or toks[end] not in ("for", "to", "on", "upon"))


_CLAIMED = frozenset("entire all most much nearly almost sea seas island islands islets reef reefs shoal shoals territory "
                     "territories waters sovereignty region area areas".split())


def standing_claim(toks: list[str], ts: int, b: int) -> bool:
    """Whether "claims"/"claim" at ``ts`` (present tense) states a territorial claim ("Beijing claims
    almost the entire South China Sea", "China claims the islands", "waters also claimed by Vietnam"):
    a standing position, no event.

    >>> standing_claim("beijing claims almost the entire south china sea".split(), 1, 8)
    True
    >>> standing_claim("china claimed the attack was staged".split(), 1, 6)
    False
    >>> standing_claim("waters also claimed by vietnam".split(), 2, 5)
    True
    """
    if toks[ts] == "claimed" and ts + 1 < b and toks[ts + 1] == "by":  # "waters also claimed by Vietnam"
        return ts == 0 or toks[ts - 1] not in ("was", "were", "been", "had")
    return toks[ts] in ("claims", "claim") and any(toks[k] in _CLAIMED for k in range(ts + 1, min(b, ts + 6)))


_DENIED_THINGS = frozenset("the ability access entry permission right rights visas visa landing passage".split())


def denied_access(toks: list[str], te: int, b: int, mention_tokens: set[int] | frozenset[int]) -> bool:
    """Whether "deny" ending at ``te`` keeps something from someone ("denied the Philippines the ability
    to resupply", "denied him entry"): a restriction, not a denial of an accusation (016).

    >>> denied_access("they denied the philippines the ability to resupply".split(), 2, 8, {3, 4})
    True
    >>> denied_access("china denied the accusations".split(), 2, 4, set())
    False
    """
    k = te
    if k < b and toks[k] in ("the", "its", "their"):
        k += 1
    if k >= b or (k not in mention_tokens and toks[k] not in ("him", "her", "them", "us", "it")):
        return False
    while k < b and k in mention_tokens:
        k += 1
    if k < b and toks[k] in ("him", "her", "them", "us", "it"):
        k += 1
    return k < b and toks[k] in _DENIED_THINGS


_PRESS_ON = frozenset(["press", "presses", "pressed", "pressing", "push", "pushes", "pushed", "pushing",
                       "forge", "forges", "forged", "forging"])
_ON_AHEAD = frozenset(["on", "ahead", "forward"])


def pressed_on_with(toks: list[str], ts: int, b: int) -> bool:
    """Whether the verb at ``ts`` is "pressed on with", "pushed ahead with", "forged ahead with" (a
    time phrase may stand between): it only says the act after "with" went on, it is no appeal or
    advance of its own.

    >>> pressed_on_with("china pressed on friday with large scale drills".split(), 1, 8)
    True
    >>> pressed_on_with("china pushed ahead with the plan".split(), 1, 6)
    True
    >>> pressed_on_with("troops pressed on toward the capital".split(), 1, 6)
    False
    """
    if toks[ts] not in _PRESS_ON or ts + 2 >= b:
        return False
    window = toks[ts + 1:min(b, ts + 5)]
    if "with" not in window:
        return False
    return toks[ts + 1] in _ON_AHEAD


# ------------------------------------------------------------------ measures lifted to a level

_LIFT = frozenset(["lift", "lifts", "lifted", "lifting"])


def raised_to(toks: list[str], at: int, te: int, cb: int) -> bool:
    """Whether "lift" at ``at`` raises a measure to a level ("lifted duties on Chinese imports to 145 percent").

    >>> toks = "trump lifted duties on chinese imports to 145 percent".split()
    >>> raised_to(toks, 1, 3, len(toks))
    True
    >>> raised_to("trump lifted duties on chinese imports".split(), 1, 3, 6)
    False
    """
    if toks[at] not in _LIFT:
        return False
    for k in range(te, min(cb - 1, te + 8)):
        if toks[k] in (",", ";", "and", "but", "which", "that"):
            return False
        if toks[k] == "to" and toks[k + 1][:1].isdigit():
            return True
    return False


# ------------------------------------------------------------------ commentary

_COMMENTATORS = frozenset("analyst analysts economist economists strategist strategists expert experts scholar "
                          "scholars researcher researchers professor professors commentator commentators observer "
                          "observers academic academics consultant consultants specialist specialists".split())
_ATTRIBUTION = frozenset("said says say according wrote writes noted notes argued argues added".split())
_BEFORE_COMMENTATOR = frozenset("a an the some many most other several one two three independent western chinese "
                                "american foreign trade china political security senior leading".split())


_AFTER_SPEAKER = frozenset("who whose in at with for from of".split())
_AUXILIARIES = frozenset("is are was were be been being has have had will would could should may might".split())


def _former_speaker(toks: list[str], k: int, b: int) -> bool:
    """Whether the noun phrase from ``k`` (after "said a former") is the speaker: it ends the sentence or
    a "who" or prepositional phrase follows within three words, with no verb in between ("said a former
    diplomat who served in Beijing", not "said a former diplomat had been detained")."""
    for n in range(k, min(b, k + 3)):
        if toks[n] in _AUXILIARIES:
            return False
        if n + 1 >= b or toks[n + 1] in _AFTER_SPEAKER:
            return True
    return False


def commentary(toks: list[str], a: int, b: int) -> bool:
    """Whether the sentence ``toks[a:b]`` is attributed to a commentator ("..., said an analyst").

    >>> toks = "china is targeting france said a trade economist in brussels".split()
    >>> commentary(toks, 0, len(toks))
    True
    >>> toks = "analysts said the move was calibrated to pressure paris".split()
    >>> commentary(toks, 0, len(toks))
    True
    >>> toks = "both sides want talks said a former american diplomat who served in beijing".split()
    >>> commentary(toks, 0, len(toks))
    True
    >>> toks = "analysts in beijing said china would be forced to respond in kind".split()
    >>> commentary(toks, 0, len(toks))
    True
    >>> toks = "china said an analyst had been detained".split()
    >>> commentary(toks, 0, len(toks))
    False
    """
    for i in range(a, b):
        if toks[i] not in _ATTRIBUTION:
            continue
        j = i + 1
        if toks[i] == "according" and j < b and toks[j] == "to":
            j += 1
        if j + 1 < b and toks[j] in ("a", "an") and toks[j + 1] == "former" and _former_speaker(toks, j + 2, b):
            return True  # "..., said a former American diplomat who served in Beijing": out of office, a commentator
        if j < b and toks[j] in _BEFORE_COMMENTATOR:
            k = j
            while k < min(b, j + 4) and toks[k] not in _COMMENTATORS:
                k += 1
            if k < b and toks[k] in _COMMENTATORS and (k + 1 >= b or toks[k + 1] in (",", "at", "in", "with", "for",
                                                                                         "who", "from", "of", ".")):
                return True
        elif j < b and toks[j] in _COMMENTATORS and toks[i] == "according":
            return True
        k = i - 1
        while k > a and toks[k] in ("have", "has", "had", "also"):
            k -= 1
        if k >= a and toks[k] in _COMMENTATORS and (k == a or toks[k - 1] in _BEFORE_COMMENTATOR):
            return True
        m = k  # "analysts in Beijing said", "experts at the institute said": the place is the commentators'
        while m > a and m > k - 4 and toks[m] not in _COMMENTATOR_PLACES:
            m -= 1
        if m - 1 >= a and toks[m] in _COMMENTATOR_PLACES and toks[m - 1] in _COMMENTATORS and (
                m - 1 == a or toks[m - 2] in _BEFORE_COMMENTATOR):
            return True
    return False


_COMMENTATOR_PLACES = frozenset(["in", "at", "from", "with"])


def condition_subject(toks: list[str], k: int, b: int, spans: list[tuple[int, int]]) -> int:
    """The start of the party that opens the "if"/"unless" clause after token ``k`` (-1: none): the party a
    conditional threat is aimed at ("would intervene militarily if China attacked Taiwan": China).

    >>> toks = "the us would intervene militarily if china attacked taiwan".split()
    >>> condition_subject(toks, 5, len(toks), [(1, 2), (6, 7), (8, 9)])
    6
    >>> condition_subject(toks, 5, len(toks), [(1, 2), (8, 9)])
    -1
    """
    cond = next((j for j in range(k, min(b, k + 8)) if toks[j] in ("if", "unless")), -1)
    if cond < 0:
        return -1
    return next((s for s, _ in spans if cond < s <= cond + 2), -1)


def defending(toks: list[str], k: int, b: int) -> bool:
    """Whether a purpose of defending someone follows token ``k`` before an "if" ("would intervene militarily to
    defend Taiwan if China invaded"): the defended party is no target of the threat.

    >>> toks = "would intervene militarily to defend taiwan if china invaded".split()
    >>> defending(toks, 3, len(toks))
    True
    """
    for j in range(k, min(b, k + 6)):
        if toks[j] in ("if", "unless"):
            return False
        if toks[j] == "to" and j + 1 < b and toks[j + 1] in ("defend", "protect", "help", "support", "assist"):
            return True
    return False


_EXCHANGE_WORDS = frozenset("exchange exchanges stock stocks shares listing listings listed nasdaq nyse".split())


def exchange_delisting(toks: list[str], at: int, ca: int, cb: int) -> bool:
    """Whether "delist" at ``at`` removes companies from a stock exchange ("the New York Stock Exchange
    would go ahead with delisting China Mobile", "delisted the shares of three Chinese firms"): a measure
    against them (163), not the easing of removing them from a sanctions list.

    >>> exchange_delisting("the stock exchange will go ahead with delisting china mobile".split(), 7, 0, 10)
    True
    >>> exchange_delisting("commerce is delisting the firms from its entity list".split(), 2, 0, 9)
    False
    """
    return toks[at].startswith("delist") and any(t in _EXCHANGE_WORDS for t in toks[ca:cb]) \
        and not any(t in _LIST_WORDS for t in toks[at + 1:cb])


def instrument_author(toks: list[str], ts: int) -> bool:
    """Whether the party at ``ts`` is the author of an instrument named just before it ("an executive order
    *by President Trump* that bars Americans from investing"): a relative clause after it describes what
    the instrument does, background to the story, not an act told here.

    >>> instrument_author("an executive order by president trump that bars americans".split(), 4)
    True
    >>> instrument_author("a ruling by the court".split(), 4)
    False
    """
    k = ts - 1
    if k >= 0 and toks[k] == "the":
        k -= 1
    return k >= 1 and toks[k] == "by" and toks[k - 1] in _INSTRUMENTS
