"""Rules of government readouts, briefing transcripts and statements about detainees and topics.

A readout ("The Secretary raised the cases of U.S. citizens wrongfully detained in the PRC and called
for their immediate release", "reaffirmed the importance of keeping open lines of communication") says
what one side told the other; the acts named inside its topics are not the speaker's. Pure functions
over the lower-cased token list, called from :mod:`tension.text.extract`.

Examples
--------
>>> toks = "called for the release of citizens detained in china".split()
>>> held_in(toks, 8)
True
>>> toks = "stressed the importance of keeping open lines of communication".split()
>>> topic_complement(toks, 4, 0)
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["held_in", "topic_complement"]

_HELD = frozenset("detained held jailed imprisoned arrested sentenced locked abducted kidnapped".split())


def held_in(toks: Sequence[str], ts: int) -> bool:
    """Whether the mention at ``ts`` is the country holding a detainee ("citizens detained in China"):
    the target of a demand for their release, not a mere place.

    >>> held_in("met officials in china".split(), 3)
    False
    """
    return ts >= 2 and toks[ts - 1] in ("in", "by") and toks[ts - 2] in _HELD


# nouns whose "of"-complement is a topic a speaker talks about ("the importance of keeping lines open",
# "the cases of citizens detained in ...", "the issue of arms sales")
_TOPIC_HEADS = frozenset("importance need necessity value significance case cases issue issues question "
                         "questions matter matters subject topic topics".split())
_TOPIC_TALK = frozenset("raised raises raise stressed stresses emphasized emphasised emphasizes emphasises "
                        "underscored underscores highlighted highlights reaffirmed reaffirms reiterated "
                        "reiterates noted notes discussed discusses addressed addresses".split())


def topic_complement(toks: Sequence[str], ts: int, ca: int) -> bool:
    """Whether the trigger at ``ts`` is inside the topic a speaker raised ("raised the cases of citizens
    detained in China", "emphasized the importance of managing competition"): no event of its own.

    A coordinated verb of the speaker ("... and called for their release") ends the topic.

    >>> topic_complement("raised the cases of citizens detained in china and called for their release".split(), 10, 0)
    False
    >>> topic_complement("china detained two citizens".split(), 1, 0)
    False
    """
    for j in range(ts - 1, max(ca, ts - 14) - 1, -1):
        w = toks[j]
        if w in ("and", "but") and j + 1 < len(toks) and toks[j + 1] not in ("of", "to", "the", "a", "an") \
                and (toks[j + 1].endswith("ed") or j + 1 == ts):
            return False
        if w in (";", "."):
            return False
        if w == "of" and j - 1 >= ca and toks[j - 1] in _TOPIC_HEADS:
            k = j - 2
            while k >= ca and k >= j - 5 and toks[k] in ("the", "a", "an", "its", "their", "his", "her", "our",
                                                        "great", "critical", "continued", "individual"):
                k -= 1
            return k >= ca and toks[k] in _TOPIC_TALK
    return False
