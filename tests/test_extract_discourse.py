"""How a news story refers back to its actors and frames its time (tension.text.discourse).

Short multi-sentence documents written here in wire style (no text is copied from an article).
Each rule has a case it must get and a case it must not. Specs are those of
tests/test_extract_families.py: "AAA>BBB CODE" (actor and target country, CAMEO code prefix),
"@YYYY-MM-DD" for the date, "~month" for the precision, "plan"/"act" for the mode.
"""

from __future__ import annotations

import pytest
from test_extract_families import check

from tension.text import discourse
from tension.text.sentences import split_sentences

PUB = "2024-05-08"  # a Wednesday

CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- a definite description is the last actor named by the same head noun
    ("definite head noun",
     "China's commerce ministry condemned the new US chip controls on Tuesday. "
     "The ministry urged Washington to correct its mistakes at once.",
     ["CHN>USA 10"], ["USA>CHN 10"]),  # a call to correct one's mistakes is a demand (extract._asks_to)
    ("definite head noun, a synonym",
     "The United States on Tuesday added 12 Chinese companies to its entity list. "
     "The firms denounced Washington's decision as unfair.",
     ["CHN>USA 11"], ["USA>CHN 11"]),
    ("definite synonym: the vessels are the ships",
     "Chinese coast guard ships fired water cannon at a Philippine supply boat on Monday. "
     "The vessels also blocked a Philippine navy boat.",
     ["CHN>PHL 19"], []),
    ("the administration, unresolved, is Washington's",
     "China's commerce ministry criticized the new chip rules on Tuesday. "
     "The administration imposed visa restrictions on two Chinese officials.",
     ["USA>CHN 17"], ["CHN>CHN"]),
    ("the command is the command named before",
     "China's Eastern Theater Command said it had tracked the U.S. destroyer on Saturday. "
     "The command accused Washington of hyping the transit.",
     ["CHN>USA 11"], ["USA>USA"]),
    ("its is the subject's, not the nearest country's",
     "China's Eastern Theater Command said it had tracked the U.S. ship and that its troops would defend "
     "national sovereignty.",
     [], ["USA>CHN"]),
    ("a capitalized name is not the institution's head noun",
     "The Commerce Department added Huawei to its entity list on Tuesday. "
     "The Department of Justice charged two Chinese nationals with spying.",
     ["USA>CHN 1"], []),
    ("the company is the company named before",
     "China's commerce ministry on Friday put Lockheed Martin on its unreliable entity list. "
     "The company condemned Beijing's decision.",
     ["USA>CHN 11"], ["CHN>CHN"]),
    ("definite role, the last actor of that role",
     "The Commerce Department on Tuesday added 12 Chinese companies to its entity list. "
     "The administration also imposed visa restrictions on two Chinese officials.",
     ["USA>CHN 17"], []),
    ("a readout: the Secretary is the one named at the start",
     "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Saturday.\n\n"
     "The Secretary warned the PRC about the consequences of providing weapons to Russia.",
     ["USA>CHN 13"], ["CHN>USA 13"]),
    ("press release: the minister is the one named at the start",
     "On May 7, Foreign Minister Yoko Kamikawa received the Chinese ambassador at the Ministry.\n\n"
     "The Minister lodged a strong protest with the Chinese side over the buoy. She demanded its immediate removal.",
     ["JPN>CHN 11 @2024-05-07", "JPN>CHN 10 @2024-05-07"], ["CHN>JPN 11"]),
    ("a restricted role is not the speaker so far",
     "Secretary of State Mike Pompeo criticized China on Monday. Navies of other countries have also challenged "
     "China's claims.",
     ["USA>CHN 11"], ["USA>CHN 110"]),
    ("a restricted description is no reference back",
     "Beijing criticized Ottawa on Monday. The government in Ottawa rejected the criticism from Beijing.",
     [], ["CHN>CHN", "CHN>CAN 12"]),
    # --- an office named without its country: that of the office named before, else the dateline's
    ("an office without its country is the dateline country's",
     "HANOI — Vietnam demanded on Monday that China withdraw a survey ship from its waters.\n\n"
     "The Foreign Ministry also summoned China's ambassador.",
     ["VNM>CHN 10", "VNM>CHN 11"], ["CHN>VNM"]),
    ("an office without its country is that of the same office named before",
     "Japan's Foreign Ministry protested to South Korea on Monday over the islands. "
     "The Foreign Ministry also summoned China's ambassador.",
     ["JPN>CHN 11"], ["CHN>JPN"]),
    ("Washington has no ministries: a dateline in the US leaves the dictionary's default",
     "WASHINGTON (Reuters) - The United States imposed tariffs on Chinese steel on Tuesday.\n\n"
     "The Commerce Ministry condemned the tariffs.",
     ["USA>CHN 16", "CHN>USA 11"], ["USA>USA"]),
    # --- an envoy's post is no party
    ("ambassador to a country",
     "China's ambassador to Japan condemned the deployment of US missiles on Tuesday.",
     ["CHN>USA 11"], ["CHN>JPN"]),
    ("its ambassador to an organisation",
     "Switzerland, which hosted the talks at the residence of its ambassador to the United Nations, "
     "praised both delegations.",
     [], ["CHE>IGO"]),
    ("a possessed body is the possessor's, not the organisation",
     "Philippine President Ferdinand Marcos Jr. is expected to convene his security council on Wednesday.",
     [], ["PHL>IGO"]),
    ("an organisation named as itself stays one",
     "Japan asked the Security Council to condemn North Korea's missile launch.",
     ["JPN>IGO 02"], []),
    ("its NATO ally is a member, not NATO",
     "The United States said it stood in solidarity with its NATO ally.",
     [], ["USA>IGO"]),
    # --- "they" opening a sentence is the previous sentence's plural subject
    ("they: a country's officials",
     "U.S. officials met Chinese diplomats in Geneva on Monday. "
     "They criticized Beijing's military drills near Taiwan.",
     ["USA>CHN 11"], []),
    ("they: the two sides",
     "Chinese and Japanese diplomats held talks in Tokyo on Monday. The two sides met again on Tuesday. "
     "They agreed to resume a maritime hotline.",
     ["CHN<>JPN 0"], []),
    ("they: never a singular country",
     "Germany criticized China on Monday. They also condemned Japan.",
     [], ["DEU>JPN", "CHN>JPN"]),
    # --- the teller of reported speech is the next sentence's "it", "he", "she"
    ("the teller, not the told",
     "The Pentagon said Chinese fighter jets had flown close to a US aircraft. "
     "It called the manoeuvre unsafe and unprofessional.",
     ["USA>CHN 11"], ["CHN>USA 11"]),
    ("a spokesman who tells is the next he",
     "Chinese foreign ministry spokesman Wang Wenbin said the United States was abusing export controls. "
     "He urged Washington to stop suppressing Chinese firms.",
     ["CHN>USA 0"], ["USA>CHN 0"]),
    # --- "he" after a country's sentence is the last person who was a subject; "it" after a person's,
    # the last country or institution
    ("he skips a country's sentence",
     "Philippine President Ferdinand Marcos Jr. visited Japan on Friday. "
     "Tokyo agreed to provide coast guard vessels to Manila. "
     "He also criticized China's actions in the South China Sea.",
     ["PHL>CHN 11"], ["JPN>CHN 11"]),
    ("it skips a spokesman's sentence",
     "China's commerce ministry said on Tuesday it would restrict exports of gallium. "
     "Spokesman He Yadong said the measures were lawful. "
     "It also warned the United States against further chip curbs.",
     ["CHN>USA 13"], []),
    ("she is the person named when no person was the subject",
     "The announcement came days before Treasury Secretary Janet Yellen is due to arrive in Beijing. "
     "She will hold meetings with Chinese officials on Thursday, the Treasury said.",
     ["USA<>CHN 04 plan @2024-05-09"], ["USA<>CHN 04 act"]),
    ("he reaches back two sentences only",
     "Philippine President Ferdinand Marcos Jr. visited Japan on Friday. "
     "Tokyo agreed to provide coast guard vessels to Manila. Seoul welcomed the deal. Canada praised Japan. "
     "He also criticized China.",
     [], ["PHL>CHN"]),
    ("he inside a quote is left to the quote",
     "Philippine President Ferdinand Marcos Jr. visited Japan on Friday. "
     "Tokyo agreed to provide coast guard vessels to Manila. "
     "\"He has criticized China before,\" a Japanese official said.",
     [], ["PHL>CHN"]),
    # --- "The incident took place on Saturday" dates the events just told without a date of their own
    ("the incident's own date",
     "The Philippines summoned China's ambassador on Monday after a Chinese coast guard ship fired water cannon "
     "at a Philippine supply boat.\n\nThe incident took place on Saturday morning near the shoal.",
     ["PHL>CHN 11 @2024-05-06", "CHN>PHL 19 @2024-05-04"], ["PHL>CHN 11 @2024-05-04"]),
    ("a sentence with an event of its own dates nothing before",
     "Japan lodged a protest with China after a Chinese coast guard ship fired water cannon at a Japanese boat.\n\n"
     "The meeting was cancelled on Saturday.",
     ["CHN>JPN 19 @2024-05-08"], ["CHN>JPN 19 @2024-05-04"]),
    # --- a paragraph told in the past: its undated sentences are set in its month, or background
    ("history paragraph: its undated sentences in its month",
     "US, China Agree to Cut Tariffs\n\n"
     "The United States and China agreed on Monday to cut tariffs for 90 days.\n\n"
     "The escalation began on March 2, when Washington raised duties on Chinese steel. "
     "Beijing retaliated with tariffs on American soybeans.",
     ["USA<>CHN 08", "CHN>USA 16 @2024-03-01 ~month"], ["CHN>USA 16 @2024-05-08", "CHN>USA 16 @2024-05-06"]),
    ("a paragraph of today's news keeps its undated sentences",
     "US, China Trade Blows\n\n"
     "The United States and China held talks on Monday.\n\n"
     "On Tuesday, Washington raised duties on Chinese steel. "
     "Beijing imposed tariffs on American soybeans.",
     ["USA>CHN 16", "CHN>USA 16"], []),
    ("background paragraph opened by a state since a year",
     "US Blacklists Chinese Chip Firms\n\n"
     "The United States on Tuesday added 12 Chinese companies to its entity list.\n\n"
     "The two countries have been at odds over technology since 2018. "
     "Beijing punished American firms.",
     ["USA>CHN 16"], ["CHN>USA 1 @2024-05-08", "CHN>USA 0 @2024-05-08"]),
    ("the lead is never history",
     "US Raises Tariffs\n\n"
     "The United States raised tariffs on Chinese steel in March, officials said. "
     "China condemned the decision.",
     ["USA>CHN 16", "CHN>USA 11"], []),
    # --- a question asks; it reports no event (the answer may)
    ("a reporter's question",
     "Will the President meet President Xi later this year?",
     [], ["*"]),
    ("a briefing transcript: the question is no event, the answer is",
     "Q: Is China concerned that the US will impose sanctions on Chinese banks?\n"
     "A: China firmly opposes the illegal sanctions imposed by the United States.",
     ["CHN>USA 1"], ["USA>CHN"]),
    ("a told sentence around a quoted question still tells",
     "China accused the United States of provocation on Monday. \"Who is the real threat?\" the spokesman asked.",
     ["CHN>USA 11"], []),
    # --- a transcript: the label names the paragraph's speaker; a question's paragraph tells nothing
    ("transcript: I and we are the labelled speaker",
     "REMARKS TO THE PRESS\n\nSECRETARY BLINKEN: Good evening. We condemned China's violation of our airspace.",
     ["USA>CHN 11"], ["CHN>USA"]),
    ("transcript: a question's paragraph",
     "QUESTION: Your readout mentions Russia. Officials say China sent weapons to Moscow.",
     [], ["*"]),
    ("no label, no speaker for we",
     "Good evening. We condemned China's violation of our airspace.",
     [], ["USA>CHN"]),
    # --- a wire dateline places the story; its places are no actors
    ("dateline with agency and double hyphen",
     "BEIJING (Reuters) -- Japan condemned China on Tuesday.",
     ["JPN>CHN 11"], ["CHN>CHN", "CHN>JPN"]),
    ("dateline with a date: the place is not the subject",
     "WASHINGTON, May 7 (Reuters) - Japan's foreign ministry criticized China on Tuesday.",
     ["JPN>CHN 11"], ["USA>CHN"]),
    # --- an agentless passive of an act the story told is by the one it told doing it
    ("agentless passive: the story's agent",
     "Chinese authorities detained a Canadian businessman on Monday. "
     "A former Canadian diplomat was detained in Beijing the same day.",
     ["CHN>CAN 173"], ["CAN>CHN"]),
    ("agentless passive with no such act told before: no event",
     "Japan protested to China on Monday. A Japanese businessman was detained.",
     [], ["JPN>JPN", "CHN>JPN 17", "JPN>CHN 17"]),
    # --- an act retold with a definite noun is the act told before, one event
    ("retold with a definite noun",
     "The United States on Tuesday imposed sanctions on two Chinese oil refiners. "
     "Treasury imposed the sanctions under an executive order on Iran.",
     ["USA>CHN 163 @2024-05-07"], ["USA>IRN 163", "USA>CHN 163 @2024-05-08"]),
    ("a retelling with its own date is its own report",
     "The United States on Tuesday imposed sanctions on two Chinese oil refiners. "
     "In 2019, Washington imposed the sanctions on Iran.",
     ["USA>CHN 163 @2024-05-07", "USA>IRN 163 @2019-01-01"], []),
    ("an indefinite act is a new act",
     "The United States on Tuesday imposed sanctions on two Chinese oil refiners. "
     "Japan imposed sanctions on Russia.",
     ["USA>CHN 163", "JPN>RUS 163"], ["JPN>CHN"]),
    ("habitual perfect is background",
     "China imposed sanctions on three US defense firms on Friday.\n\n"
     "Beijing has repeatedly punished American arms makers.",
     ["CHN>USA 16"], ["CHN>USA 17"]),
]


@pytest.mark.parametrize("name,text,expected,must_not", CASES, ids=[c[0] for c in CASES])
def test_discourse_case(name: str, text: str, expected: list[str], must_not: list[str]) -> None:
    assert check(text, expected, must_not, PUB) == []


def test_paragraphs_follow_line_breaks() -> None:
    text = "Headline\n\nOne. Two.\nThree."
    assert discourse.paragraphs(text, split_sentences(text)) == [0, 1, 1, 2]


@pytest.mark.parametrize("text,label", [
    ("SECRETARY BLINKEN: Good evening.", (17, False)),
    ("MR. WANG: We oppose it.", (8, False)),
    ("QUESTION: Did you discuss it?", (8, True)),
    ("Q: What is your comment?", (1, True)),
    ("The talks: an overview.", None),  # not in capitals
    ("U.S. AND CHINA AGREE TO TALKS", None),  # no colon
])
def test_transcript_label(text: str, label: tuple[int, bool] | None) -> None:
    assert discourse.transcript_label(text, 0) == label


@pytest.mark.parametrize("text,asks", [
    ("Will the President meet Xi later this year?", True),
    ("Is China concerned that the US will use the trip to put pressure on Colombo?\"", True),
    ("Q: What is your comment on the new US tariffs.", True),
    ("China imposed tariffs on Monday.", False),
    ("\"Who is the threat?\" the spokesman asked.", False),
])
def test_is_question(text: str, asks: bool) -> None:
    assert discourse.is_question(text, 0, len(text)) is asks


def test_frame_day() -> None:
    import datetime as dt

    pub = dt.date(2024, 5, 8)
    day = discourse.frame_day(pub, [(dt.date(2024, 5, 6), "day", "on Monday"), (dt.date(2024, 3, 2), "day", "on March 2")],
                              None)
    assert day is not None and (day.date, day.precision, day.phrase) == (dt.date(2024, 3, 1), "month", "on March 2")
    year = discourse.frame_day(pub, [(dt.date(2019, 1, 1), "year", "in 2019")], None)
    assert year is not None and (year.date, year.precision) == (dt.date(2019, 1, 1), "year")
    assert discourse.frame_day(pub, [(dt.date(2024, 3, 2), "day", "")], None) is None  # undated: no frame


def test_history_frame() -> None:
    import datetime as dt

    pub = dt.date(2024, 5, 8)
    old, recent = dt.date(2024, 3, 2), dt.date(2024, 5, 6)
    assert discourse.history_frame(pub, [(old, "on March 2")], None, False, False) is True
    assert discourse.history_frame(pub, [(recent, "on Monday")], None, False, False) is False
    assert discourse.history_frame(pub, [(old, "on March 2")], None, False, True) is None  # the lead
    assert discourse.history_frame(pub, [(pub, "")], None, True, False) is None  # undated events: no change
    assert discourse.history_frame(pub, [], None, True, False) is True  # background, no event
    assert discourse.history_frame(pub, [], old, False, False) is True


def test_resolve_definites_reach() -> None:
    """A description reaches back by its head noun eight sentences; a general noun ("the government")
    by its role only two; a specific one ("the official") never by its role alone."""
    from tension.text import extract as x

    text = ("China's foreign ministry criticized Japan. Markets fell. Oil rose. "
            "The ministry protested. The government spoke. The official spoke. The administration spoke.")
    comp = x._compiled()
    toks = [t for t, _, _ in x.tokenize(text)]
    starts = [s for _, s, _ in x.tokenize(text)]
    ends = [e for _, _, e in x.tokenize(text)]
    ranges = x._sentence_token_ranges(split_sentences(text), starts, ends)
    mentions = [x._find_mentions(toks, a, b, comp, text, starts, ends) for a, b in ranges]
    out, resolved = discourse.resolve_definites(toks, mentions)
    ministry, government, official, administration = (out[k][0] for k in (3, 4, 5, 6))
    assert ministry.countries == ("CHN",) and ministry.ts in resolved  # by "ministry", three sentences back
    assert government.kind == "name" and government.countries == ("CHN",)  # by role: the ministry just before
    assert official.kind == "role"  # no official named before
    assert administration.countries == ("USA",)  # unresolved, "the administration" is Washington's
    far = discourse.resolve_definites(toks, [mentions[0], [], [], [], mentions[4]])[0]
    assert far[4][0].kind == "role"  # by role only, four sentences back: too far


def test_retold_is_one_event_with_two_mentions() -> None:
    from tension import extract_events

    t = extract_events("The United States on Tuesday imposed sanctions on two Chinese oil refiners. "
                       "Treasury imposed the sanctions under an executive order on Iran.", published=PUB)
    rows = [(e.actor, e.target, e.code, e.mentions) for e in t]
    assert rows == [("USAGOV", "CHN", "163", 2)]  # the more specific actor of the two reports


@pytest.mark.parametrize("text,dateline", [
    ("WASHINGTON, May 7 (Reuters) - China said", "WASHINGTON, May 7 (Reuters) - "),
    ("TAIPEI, Taiwan (AP) — China sent", "TAIPEI, Taiwan (AP) — "),
    ("BEIJING (Reuters) -- Japan lodged", "BEIJING (Reuters) -- "),
    ("Tokyo, May 7 (Kyodo) - Beijing said", "Tokyo, May 7 (Kyodo) - "),
    ("SINGAPORE — China's defence minister", "SINGAPORE — "),
    ("NEW YORK/BEIJING, Oct 3 (Reuters) - The", "NEW YORK/BEIJING, Oct 3 (Reuters) - "),
    ("U.S. - China talks resume", ""),  # a headline, no dateline
    ("China - US talks resumed", ""),
    ("The U.S. (and China) - talks", ""),
])
def test_dateline_end(text: str, dateline: str) -> None:
    end = discourse.dateline_end(text, 0)
    assert (text[:end] if end >= 0 else "") == dateline
    assert discourse.dateline_end("Lead. " + text, 6) == -1  # only at the start of a paragraph


def test_agentless_passive_takes_the_story_agent() -> None:
    from tension import extract_events

    t = extract_events("Chinese authorities detained a Canadian businessman on Monday. "
                       "A former Canadian diplomat was detained in Beijing on Tuesday.", published=PUB)
    rows = [(e.actor[:3], e.target[:3], e.code, str(e.date)) for e in t]
    assert ("CHN", "CAN", "173", "2024-05-07") in rows  # the second detention, by the same authorities


def test_report_dated_act_takes_the_act_date() -> None:
    """"..., Ottawa said on Wednesday" dates the report; the story's own date of the act wins."""
    from tension import extract_events

    t = extract_events("Chinese authorities have detained a Canadian businessman, the government in Ottawa said on "
                       "Wednesday. A Canadian businessman was detained by Chinese state security on Monday.", published=PUB)
    rows = [(e.actor[:3], e.target[:3], e.code, str(e.date), int(e.mentions)) for e in t if e.code == "173"]
    assert rows == [("CHN", "CAN", "173", "2024-05-06", 2)]


def test_report_dated_act_keeps_its_day_without_a_dated_retelling() -> None:
    from tension import extract_events

    t = extract_events("Chinese authorities have detained a Canadian businessman, the government in Ottawa said on "
                       "Wednesday. China expelled a Canadian diplomat on Monday.", published=PUB)
    rows = {(e.code, str(e.date)) for e in t if e.actor[:3] == "CHN"}
    assert ("173", "2024-05-08") in rows  # a different act on Monday does not date the detention
    assert ("173", "2024-05-06") not in rows
