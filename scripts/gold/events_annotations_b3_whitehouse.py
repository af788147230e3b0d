"""Hand annotations of the third batch: whitehouse-briefing-room documents chosen by
`select_batch.py --batch 3`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

BIDEN, NETANYAHU, SISI = "joe-biden", "benjamin-netanyahu", "abdel-fattah-el-sisi"
ISR, US = "israel-government", "us-government"

# Judgement calls where the guideline is silent (decided as the earlier batches did):
# - "discussed"/"exchanged views on" a topic is neither an event nor a quote, and a war or
#   conflict named only as a topic of discussion with no parties ("the war in Gaza", "the current
#   conflict") is not annotated (as "the war began" in 2022-05-16, "discussed the situation in
#   Gaza" in 2024-12-09).
# - Coordination with allies that only qualifies an act already annotated ("We have acted in
#   coordination with the EU ...") is not a separate event, as "Today's announcement has been
#   coordinated with allies and partners" (2024-10-11); the allies' own sanctions are (163).
# - Joint statements of a view ("The leaders underscored that ...", "agreed that this incident
#   underscored the urgency ...") are neither quotes (guideline) nor events (no act of the brief).
# - A purpose of a planned trip that describes the trip itself ("to consult on next steps") is
#   the trip, not a separate event; "travel" (042) and a meeting during the visit (040) are two
#   events, as treasury-jy2057 and the 2023-12-07 Gordon readout.

# 2021-07-16 (Friday). Biden "looks forward to welcoming" al-Kadhimi to the White House: a
# planned meeting the President hosts (043), dated to the day planned. "The Prime Minister's
# visit" and "The visit" are later mentions of it. "looks forward to strengthening bilateral
# cooperation with Iraq" is an expressed intent to cooperate (030), as "continued commitment to
# work with Israel, Qatar, and Egypt" (2023-12-07) and "We are prepared to work ..." (2024-04-04);
# the expression has no date in the text ("R"). The Strategic Framework Agreement is only named
# as a topic (as the Abraham Accords in treasury-sb0289). No speech cue, so no quote.
DOCS.append(DOC(
    "whitehouse-2021-07-16-statement-by-white-house-spokesperson-jen-psaki-on-the-visit-of-prime-minister-mustafa-al-faa7b2d5",
    events=[
        E("welcoming", "043", [BIDEN], ["mustafa-al-kadhimi"], ("2021-07-26", "day"),
          place="White House", mod="planned"),
        E("strengthening", "030", [BIDEN], ["iraq-government"], "R"),
    ],
    quotes=[],
    dates=[D("July 26, 2021", "2021-07-26", "day")],
))

# 2021-11-09, a presidential notice. The national emergency "with respect to Iran" declared in
# 1979 together with its "related steps" / "measures" is the sanctions regime on Iran (163,
# background); "the President" of 1979 is not named, so the source is us-government (as for a
# past designation with no agency named). Continuing it for a year is today's act (163, source
# the signer "I", Joseph R. Biden Jr.; no date in the running text: "R"). The 1995 emergency and
# the renewal of March 5, 2021 are recalled with dates (163, background); the text does not say
# against whom, so their targets are empty. The agreements with Iran of January 19, 1981 are a
# signed agreement recalled with a date (057, background, as the Oslo Accords in wikinews-17944).
# "Our relations with Iran have not yet normalized" is a general statement.
# Dates: "that date" is anaphoric (as "At that time" in treasury-jl0143): 1979-11-14. "beyond
# November 14, 2021" is a legal cut-off date: the date only, as "on or after November 5, 2018" in
# treasury-jy2644. "for 1 year" is a duration. The closing "THE WHITE HOUSE, November 9, 2021."
# is the document's place-and-date line, i.e. its dateline: not annotated.
DOCS.append(DOC(
    "whitehouse-2021-11-09-notice-on-the-continuation-of-the-national-emergency-with-respect-to-iran-2",
    events=[
        E("declared", "163", [US], ["iran-government"], ("1979-11-14", "day"), bg=True),
        E("agreements", "057", [US, "iran-government"], [US, "iran-government"],
          ("1981-01-19", "day"), bg=True),
        E("continuing", "163", [BIDEN], ["iran-government"], "R"),
        E(S("declared", after="distinct from the emergency "), "163", [US], [],
          ("1995-03-15", "day"), bg=True),
        E(S("renewal", after="distinct from the emergency "), "163", [US], [],
          ("2021-03-05", "day"), bg=True),
    ],
    quotes=[],
    dates=[D("November 14, 1979", "1979-11-14", "day", all=True),
           D("January 19, 1981", "1981-01-19", "day"),
           D("that date", "1979-11-14", "day"),
           D("November 14, 2021", "2021-11-14", "day"),
           D("March 15, 1995", "1995-03-15", "day"),
           D("March 5, 2021", "2021-03-05", "day")],
))

# 2022-12-14 (Wednesday), Sullivan's statement ("We"/"our"/"The United States" = us-government).
# The UN's removal of Iran from the Commission on the Status of Women is a reduction of relations
# with no more specific act in the text: 160 (16x, like sanctions 163; not coded 163 because the
# text says no sanction). Iran's "systemic repression", the "abuses it is committing", "the
# violence it is enabling" and the "regular drumbeat of sanctions" are habitual or generic: not
# annotated. "is working with our allies and partners ... to hold Iran accountable" is a general
# statement of policy (as "has consistently confronted Iran's destabilizing actions", 2024-10-11):
# not annotated. The three sets of US sanctions are one mention (one event, as "has designated
# over 700 individuals and entities", 2024-10-11), dated "Over the last week" (the seven days
# ending on the publication day), background to the news of the UN vote; the allies' own
# sanctions are a 163 event with no date. "the welcome decision of the UN Human Rights Council"
# is welcoming a named actor's decision (051, source us-government); the fact-finding mission
# itself (investigation, 09x) is outside the brief. Last week's joint statement condemning the
# Iranian authorities is a 111 by its signatories (Canada, Australia ... are not in the KB),
# background. The executions in Tehran (180, as "execute" in wikicep-56924) by "the Iranian
# regime and its officials", victims not named. "our resolve to ... pursue all possible
# mechanisms of accountability" names no act: not coded as a threat.
DOCS.append(DOC(
    "whitehouse-2022-12-14-statement-by-national-security-advisor-jake-sullivan-on-un-vote-to-remove-iran-from-the-c-e9e5778d",
    events=[
        E("remove", "160", ["united-nations"], ["iran-government"], ("2022-12-14", "day")),
        E("sanctions", "163", [US], ["iran-government"], ("2022-12-08/2022-12-14", "day"),
          bg=True),
        E(S("sanctions", after="who have issued new "), "163",
          ["european-union", "uk-government", "Government of Canada", "Government of Australia", "~others"],
          ["iran-government"], "R", bg=True),
        E(S("welcome", after="Iran’s nuclear program, the "), "051", [US],
          ["UN Human Rights Council"], "R"),
        E("condemning", "111",
          [US, "Government of Australia", "Government of Canada", "Government of Chile",
           "Government of Iceland", "Government of New Zealand", "Government of the Republic of Korea",
           "Government of Sweden", "uk-government"], ["iran-government"], ("2022-W49", "week"), bg=True),
        E("executions", "180", ["iran-government"], [], "R", place="Tehran", bg=True),
    ],
    quotes=[],
    dates=[D("Today", "2022-12-14", "day"),
           D("Over the last week", "2022-12-08/2022-12-14", "day"),
           D(S("last week", n=1), "2022-W49", "week")],
))

# 2023-10-16 (Monday evening). The trip to Israel "on Wednesday, October 18" (042, planned) and
# the steadfast support it is to demonstrate (051, planned, dated to the visit). Hamas's attack
# is recalled as context with no date in the text (180, background, as "attack" in the
# 2023-10-18 readout). The trip on to Amman (042, target jordan-government) and the meeting there
# with the King, Sisi and Abbas (040, a meeting during a visit) are planned with no date of their
# own ("then"): "R", as Cheney "will also meet" (wikinews-55475). What Biden "will reiterate"
# there is indirect speech addressed to the leaders he meets; it is a quote only, as "emphasizing
# Hamas does not represent the Palestinian people" (2023-10-25). "discuss" is not annotated.
# "Wednesday, October 18" is one date expression.
TRIO = ["king-abdullah-ii", SISI, "mahmoud-abbas"]
DOCS.append(DOC(
    "whitehouse-2023-10-16-statement-from-press-secretary-karine-jean-pierre-on-president-bidens-travel-to-israel-and-jordan",
    events=[
        E("travel", "042", [BIDEN], [ISR], ("2023-10-18", "day"), place="Israel",
          mod="planned"),
        E("support", "051", [BIDEN], [ISR], ("2023-10-18", "day"), mod="planned"),
        E("terrorist attack", "180", ["hamas"], [ISR], "R", bg=True),
        E(S("travel", n=1), "042", [BIDEN], ["jordan-government"], "R", place="Amman",
          mod="planned"),
        E("meet", "040", [BIDEN], TRIO, "R", place="Amman", mod="planned"),
    ],
    quotes=[
        IQ("Hamas does not stand for the Palestinian people’s right to dignity and "
           "self-determination", BIDEN, "reiterate", to=TRIO),
    ],
    dates=[D("Wednesday, October 18", "2023-10-18", "day")],
))

# 2023-10-17 (Tuesday evening), the President's own statement ("I" = Biden; "we" after "The
# United States" = us-government). The explosion at the hospital: the text gives neither a
# weapon nor a perpetrator, so 180 (attack with unknown perpetrator) with empty source and
# target, no figure (no counts), no date in the text. "we mourn the patients, medical staff and
# other innocents killed or wounded" is an empathetic comment (018, as "condolences"); "outraged
# and deeply saddened by the explosion" names no actor and is the same expression of grief. The
# calls with King Abdullah II and Netanyahu are one event with two targets (guideline; the seed's
# "talked"), undated ("Immediately upon hearing this news" is no date expression). Directing his
# own team and standing "for the protection of civilian life" are not interactions.
DOCS.append(DOC(
    "whitehouse-2023-10-17-statement-from-president-joe-biden-on-the-hospital-explosion-in-gaza",
    events=[
        E("explosion", "180", [], [], "R", place="Al Ahli Arab hospital"),
        E("spoke", "041", [BIDEN], ["king-abdullah-ii", NETANYAHU], "R"),
        E("mourn", "018", [US], ["~patients, medical staff and other innocents"], "R"),
    ],
    quotes=[],
    dates=[],
))

# 2024-02-29 (Thursday). The thanks for Egypt's leadership in delivering aid is 051 (target the
# President thanked); the leadership it thanks for is an ongoing role, not a separate event (as
# "thanks Saudi Arabia for its leadership in helping to overcome obstacles", 2022-05-16).
# "hostages held by Hamas" is a state (b2 convention). The "tragic and alarming incident earlier
# today in northern Gaza", in which civilian lives were lost, is violence with no perpetrator or
# weapon given: 180, target ~civilians, no figure. "Both leaders grieved the loss of civilian
# lives" is a joint empathetic comment (018, both leaders as source). The joint "underscored
# that" / "agreed that ... underscored the urgency" are views, not quotes (joint) or events.
# "stay in regular contact" is 036.
DOCS.append(DOC(
    "whitehouse-2024-02-29-readout-of-president-bidens-call-with-president-abdel-fattah-al-sisi-of-egypt-4",
    events=[
        E("spoke", "041", [BIDEN], [SISI], ("2024-02-29", "day")),
        E("thanked", "051", [BIDEN], [SISI], ("2024-02-29", "day")),
        E("incident", "180", [], ["~civilians"], ("2024-02-29", "day"), place="northern Gaza"),
        E("grieved", "018", [BIDEN, SISI], ["~civilians"], ("2024-02-29", "day")),
        E(S("agreed", n=1), "036", [BIDEN, SISI], [BIDEN, SISI], ("2024-02-29", "day")),
    ],
    quotes=[],
    dates=[D("today", "2024-02-29", "day"), D("earlier today", "2024-02-29", "day")],
))

# 2024-07-21 (Sunday morning). The meeting "On Friday" of three US officials with the women
# leaders: the text gives no place, so neither hosting (043) nor travel (042) can be read from
# it: 040. "offered their perspective on ..." has no reported clause and "The meeting highlighted
# the ... Administration's commitment ..." has no speaker: no quotes. The White House meeting of
# June 17 on conflict-related sexual violence is recalled as context (043, host white-house;
# participants not named). Hamas's "sexual violence and atrocities ... on and after October 7"
# is one recalled event (180, the least specific 18x code covering both nouns; victims not
# named), dated by the open interval the text gives; "on and after" is kept in the span because
# it makes the value an interval (not a legal cut-off).
DOCS.append(DOC(
    "whitehouse-2024-07-21-readout-of-meeting-with-israeli-and-palestinian-women-leaders",
    events=[
        E("met", "040", ["Jennifer Klein", "Jon Finer", "Geeta Rao Gupta"],
          ["~israeli and palestinian women leaders"], ("2024-07-19", "day")),
        E(S("meeting", after="the White House held a "), "043", ["white-house"], [],
          ("2024-06-17", "day"), bg=True),
        E(S("sexual violence", after="including the "), "180", ["hamas"], [],
          ("2023-10-07/..", "day"), bg=True),
    ],
    quotes=[],
    dates=[D("Friday", "2024-07-19", "day"), D("Last month", "2024-06", "month"),
           D("June 17", "2024-06-17", "day"),
           D("on and after October 7", "2023-10-07/..", "day")],
))

# 2024-10-02 (Wednesday). Iran's "attack against Israel" (the 1 October attack; no date in this
# text) is 190 as in treasury-jy2644 ("attack" with no weapon given), background to the call.
# The "new sanctions" are only a topic of the coordination (neither announced nor scheduled): not
# annotated. The condemnation is joint (111, source both). "full solidarity and support" is one
# 051 (trigger "support", the noun of the guideline's examples) and the "ironclad commitment"
# another, both dated to the call, with their indirect quotes addressed to the G7.
DOCS.append(DOC(
    "whitehouse-2024-10-02-readout-of-president-bidens-call-with-the-g7",
    events=[
        E("call", "041", [BIDEN], ["g7"], ("2024-10-02", "day")),
        E("attack", "190", ["iran-government"], [ISR], "R", bg=True),
        E("condemned", "111", [BIDEN, "g7"], ["iran-government"], ("2024-10-02", "day")),
        E(S("support", after="full solidarity and "), "051", [BIDEN], [ISR],
          ("2024-10-02", "day")),
        E("commitment", "051", [BIDEN], [ISR], ("2024-10-02", "day")),
    ],
    quotes=[
        IQ("the United States’ full solidarity and support to Israel and its people", BIDEN,
           "expressed", to=["g7"]),
        IQ("the United States’ ironclad commitment to Israel’s security", BIDEN, "reaffirmed",
           to=["g7"]),
    ],
    dates=[D("Today", "2024-10-02", "day")],
))
