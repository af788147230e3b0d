"""Hand annotations of the second batch: whitehouse-briefing-room documents chosen by `select_batch.py --batch 2`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

BIDEN, NETANYAHU = "joe-biden", "benjamin-netanyahu"
ISR, US = "israel-government", "us-government"

# Judgement calls where the guideline is silent (decided as the first batch did):
# - "discussed"/"reviewed" a topic is neither an event nor a quote (as in the first batch).
# - Support "for a ceasefire" or "for a ... transition process" names no actor: it is an indirect
#   quote only, not a 051 event (the first batch did not annotate "offered support for efforts
#   underway" on 2023-03-19 either). Welcoming "efforts" or "the resumption of flights" with no
#   named actor is not annotated (the guideline: welcoming a *named actor's* decision).
# - "commitment to never allow Iran to acquire a nuclear weapon" is a quote only, no event, like
#   "his commitment to ensure Iran never develops a nuclear weapon" (2021-08-27).
# - "hostages currently held by Hamas" is a state, not an act: not annotated, as "remaining
#   hostages held by Hamas terrorists" in the 2023-12-07 readout of the first batch.
# - Readout "underscored/emphasized the importance of ..." is an indirect quote (guideline:
#   "reaffirmed/conveyed/expressed/underscored <noun phrase>"; as 2023-10-25 "noted the
#   importance of").

# 2021-05-11 (Tuesday). Modelled on the 2021-05-12 readout of the first batch: "other terrorist
# groups" is left out of the condemnation and the rocket attacks, as there; "encouragement of
# steps" is a quote, not an event. Source of the support event is the speaker, Sullivan, although
# the support conveyed is the President's.
DOCS.append(DOC(
    "whitehouse-2021-05-11-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-cal-a9bcb190",
    events=[
        E("spoke", "041", ["jake-sullivan"], ["meir-ben-shabbat"], ("2021-05-11", "day")),
        E("condemned", "111", ["jake-sullivan"], ["hamas"], ("2021-05-11", "day")),
        E("rocket attacks", "194", ["hamas"], [ISR], "R"),
        E(S("support", after="He conveyed the President’s unwavering "), "051", ["jake-sullivan"],
          [ISR], ("2021-05-11", "day")),
        E("agreed", "036", ["jake-sullivan", "meir-ben-shabbat"],
          ["jake-sullivan", "meir-ben-shabbat"], ("2021-05-11", "day")),
        E(S("spoke", n=1), "041", ["jake-sullivan"], ["egypt-government"], ("2021-05-11", "day")),
        E(S("agreed", n=1), "036", ["jake-sullivan", "egypt-government"],
          ["jake-sullivan", "egypt-government"], ("2021-05-11", "day")),
    ],
    quotes=[
        IQ("the President’s unwavering support for Israel’s security and for its legitimate right "
           "to defend itself and its people, while protecting civilians", "jake-sullivan",
           "conveyed", to=["meir-ben-shabbat"]),
        IQ("the United States’ encouragement of steps toward restoring a sustainable calm",
           "jake-sullivan", "conveyed", to=["meir-ben-shabbat"]),
    ],
    dates=[D("today", "2021-05-11", "day", all=True)],
))

# 2021-05-17 (Monday). "indiscriminate rocket attacks" are the real, ongoing attacks on Israel;
# the sentence names no perpetrator, so the source is empty (as "terrorist attacks" on
# 2022-03-30). "military operations against Hamas" is 190, as "degrading" on 2021-05-19.
# "encouraged Israel to ..." is an appeal with no more specific content: 020. "U.S. engagement
# with Egypt and other partners" is 040, as "engagement" on 2021-05-12.
DOCS.append(DOC(
    "whitehouse-2021-05-17-readout-of-president-joseph-r-biden-jr-call-with-prime-minister-benjamin-netanyahu-of-israel-4",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2021-05-17", "day")),
        E("support", "051", [BIDEN], [ISR], ("2021-05-17", "day")),
        E("rocket attacks", "194", [], [ISR], "R"),
        E("encouraged", "020", [BIDEN], [ISR], ("2021-05-17", "day")),
        E("military operations", "190", [ISR], ["hamas"], "R", place="Gaza"),
        E("engagement", "040", [US], ["egypt-government", "~other partners"], "R"),
        E("agreed", "036", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2021-05-17", "day")),
    ],
    quotes=[
        IQ("his firm support for Israel’s right to defend itself against indiscriminate rocket "
           "attacks", BIDEN, "reiterated", to=[NETANYAHU]),
        IQ("his support for a ceasefire", BIDEN, "expressed", to=[NETANYAHU]),
    ],
    dates=[D("today", "2021-05-17", "day")],
))

# 2022-05-16 (Monday), an NSC statement: "The United States"/"We" is us-government. Its own
# acts (thanks, support, commitment) carry no date in the text: "R". The UN-brokered truce is
# recalled as context (background); its parties are not named, only "the parties" later, so
# they are "~parties". "nearly six weeks ago" is a point in time (not a duration): six weeks
# before 2022-05-16 falls in ISO week 2022-W14. "Yemen today" is annotated as "today".
DOCS.append(DOC(
    "whitehouse-2022-05-16-statement-by-nsc-spokesperson-adrienne-watson-welcoming-the-resumption-of-flights-from-sanaa",
    events=[
        E("brokered", "045", ["united-nations"], ["~parties"], "R", bg=True),
        E("truce", "0871", ["~parties"], ["~parties"], ("2022-W14", "week"), bg=True),
        E("thanks", "051", [US], ["saudi-government"], "R"),
        E(S("thank", after="We also "), "051", [US], ["jordan-government", "yemen-government"],
          "R"),
        E("supports", "051", [US], ["Hans Grundberg"], "R"),
        E("committed", "051", [US], ["yemen-government"], "R"),
    ],
    quotes=[],
    dates=[D("since 2016", "2016/..", "year"), D("nearly six weeks ago", "2022-W14", "week"),
           D("today", "2022-05-16", "day")],
))

# 2022-06-01, joint statement. Sullivan and Hulata jointly "convened a meeting at the White
# House": both are in source and target (as the reciprocal Sharm El Sheikh meeting of
# 2023-03-19), code 043 because the place is the White House (the US hosts). "convened" is a
# support verb like "conveyed", so the trigger is the noun "meeting". "committed to coordinate
# on efforts ..." is 030, "committed that ... they will remain in close coordination" is 036;
# both said at the meeting and dated to it. Joint commitments are not quotes.
DOCS.append(DOC(
    "whitehouse-2022-06-01-joint-statement-on-the-meeting-of-the-u-s-israel-strategic-consultative-group",
    events=[
        E("meeting", "043", ["jake-sullivan", "Eyal Hulata"], ["jake-sullivan", "Eyal Hulata"],
          ("2022-05-31", "day"), place="White House"),
        E("committed", "030", ["jake-sullivan", "Eyal Hulata"], ["jake-sullivan", "Eyal Hulata"],
          ("2022-05-31", "day")),
        E(S("committed", n=1), "036", ["jake-sullivan", "Eyal Hulata"],
          ["jake-sullivan", "Eyal Hulata"], ("2022-05-31", "day")),
    ],
    quotes=[],
    dates=[D("May 31, 2022", "2022-05-31", "day")],
))

# 2022-08-31 (Wednesday). The July trip to Israel is a background 042 visit; "the warm
# reception" and "a visit" are the same trip. Appreciation for the reception in Israel: target
# israel-government (as "appreciation for Israel's condolences", 2021-08-27). The maritime
# boundary negotiations between Israel and Lebanon are an ongoing 046 event (not concluded).
DOCS.append(DOC(
    "whitehouse-2022-08-31-readout-of-president-joe-bidens-call-with-prime-minister-yair-lapid-of-israel",
    events=[
        E("spoke", "041", [BIDEN], ["yair-lapid"], ("2022-08-31", "day")),
        E("appreciation", "051", [BIDEN], [ISR], ("2022-08-31", "day")),
        E("trip", "042", [BIDEN], [ISR], ("2022-07", "month"), place="Israel", bg=True),
        E("negotiations", "046", [ISR, "lebanon-government"], [ISR, "lebanon-government"], "R"),
    ],
    quotes=[
        IQ("U.S. commitment to never allow Iran to acquire a nuclear weapon", BIDEN, "underscored",
           to=["yair-lapid"]),
        IQ("appreciation for the warm reception during his July trip to Israel, a visit that "
           "illustrated the unbreakable bonds and friendship between our two countries", BIDEN,
           "expressed", to=["yair-lapid"]),
        IQ("the importance of concluding the maritime boundary negotiations between Israel and "
           "Lebanon in the coming weeks", BIDEN, "emphasized", to=["yair-lapid"]),
    ],
    dates=[D("today", "2022-08-31", "day"), D("July", "2022-07", "month")],
))

# 2023-12-07, readout of a meeting on December 6. As treasury-jy2057 ("traveled" 042, then
# "met" 040 during the visit): the travel is 042 (no date in the text for the trip as a whole:
# "R"; two places, so place null; the West Bank is not a state, so only Israel becomes a
# government actor), the meeting with the families 040. What Gordon said at the meeting is dated
# to it (2023-12-06); its addressee is the families. "continued commitment to work with Israel,
# Qatar, and Egypt" is a unilateral intent to cooperate: 030 (source: the speaker).
FAM = "~families of israeli hostages"
DOCS.append(DOC(
    "whitehouse-2023-12-07-readout-of-national-security-advisor-to-the-vice-president-phil-gordons-meeting-with-fami-6796bcd0",
    events=[
        E("travel", "042", ["Phil Gordon"], [ISR], "R"),
        E("met", "040", ["Phil Gordon"], [FAM], ("2023-12-06", "day"), place="Israel"),
        E("support", "051", ["Phil Gordon"], [FAM], ("2023-12-06", "day")),
        E("commitment", "030", ["Phil Gordon"], [ISR, "qatar-government", "egypt-government"],
          ("2023-12-06", "day")),
    ],
    quotes=[
        IQ("the steadfast support of President Biden, Vice President Harris, and the entire "
           "Biden-Harris Administration", "Phil Gordon", "expressed", to=[FAM]),
        IQ("the Biden-Harris Administration will relentlessly pursue every effort to secure the "
           "release of all hostages", "Phil Gordon", "emphasized", to=[FAM]),
        IQ("the well-being of the hostages remains front and center in our diplomatic "
           "conversations", "Phil Gordon", "assured", to=[FAM]),
        IQ("our continued commitment to work with Israel, Qatar, and Egypt to reach a new deal to "
           "secure the release of hostages", "Phil Gordon", "emphasized", to=[FAM]),
    ],
    dates=[D("December 6", "2023-12-06", "day")],
))

# 2024-04-04 (Thursday evening), an NSC statement ("We" = us-government). The steps announced by
# the Israeli government tonight (Ashdod port, Erez crossing, deliveries from Jordan) are one
# announced package, anchored at its first mention "steps": 0863, planned, dated to the
# announcement ("tonight", the only date the text gives them). "at the President's request" is
# an appeal for these steps (0255); the text does not date it. The call is dated by the later
# "said today on the call". "These steps ... must now be fully and rapidly implemented" is a
# demand (1055, as "the ICRC must be permitted", 2023-12-07). The conditional "U.S. policy ...
# will be determined by our assessment" is not coded as a threat: the text does not threaten.
DOCS.append(DOC(
    "whitehouse-2024-04-04-statement-from-national-security-council-spokesperson-adrienne-watson-on-steps-announced--1421e795",
    events=[
        E("welcome", "051", [US], [ISR], "R"),
        E("steps", "0863", [ISR], ["~civilians in gaza"], ("2024-04-04", "day"), place="Gaza",
          mod="planned"),
        E("request", "0255", [BIDEN], [ISR], "R"),
        E("call", "041", [BIDEN], [NETANYAHU], ("2024-04-04", "day")),
        E("implemented", "1055", [US], [ISR], "R"),
        E("prepared", "030", [US],
          [ISR, "jordan-government", "egypt-government", "united-nations",
           "~humanitarian organizations"], "R"),
    ],
    quotes=[
        IQ("U.S. policy with respect to Gaza will be determined by our assessment of Israel’s "
           "immediate action on these and other steps, including steps to protect innocent "
           "civilians and the safety of aid workers", BIDEN, "said", to=[NETANYAHU]),
    ],
    dates=[D("tonight", "2024-04-04", "day"), D("today", "2024-04-04", "day")],
))

# 2024-12-09 (Monday). "the strikes conducted last night against ... ISIS fighters" in the
# D-ISIS mission: source us-government, 195 (military "strikes" on fighters are air or missile
# strikes, as "Turkish jets strike", wikicep-56733), background like "yesterday's attack in
# Kabul" (2021-08-27); "last night" in an afternoon readout is the evening before, 2024-12-08.
# Place as the text frames it: "eastern Syria". Support for the Syrian-led transition process
# names no actor: quote only.
DOCS.append(DOC(
    "whitehouse-2024-12-09-readout-of-president-bidens-call-with-his-majesty-king-abdullah-ii-of-jordan-7",
    events=[
        E("spoke", "041", [BIDEN], ["king-abdullah-ii"], ("2024-12-09", "day")),
        E("strikes", "195", [US], ["isis"], ("2024-12-08", "day"), place="eastern Syria",
          bg=True),
        E(S("support", after="The President emphasized the "), "051", [BIDEN],
          ["jordan-government"], ("2024-12-09", "day")),
        E("agreed", "036", [BIDEN, "king-abdullah-ii"], [BIDEN, "king-abdullah-ii"],
          ("2024-12-09", "day")),
    ],
    quotes=[
        IQ("his full support for a Syrian-led transition process under the auspices of the United "
           "Nations as outlined in UN Security Council Resolution 2254", BIDEN, "emphasized",
           to=["king-abdullah-ii"]),
        IQ("the support of the United States for the stability of Jordan and Jordan’s central role "
           "in maintaining stability and de-escalating tensions throughout the Middle East region",
           BIDEN, "emphasized", to=["king-abdullah-ii"]),
    ],
    dates=[D("today", "2024-12-09", "day"), D("last night", "2024-12-08", "day")],
))
