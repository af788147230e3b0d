"""Hand annotations of the fourth batch: whitehouse documents chosen by `select_batch.py --batch 4`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

BIDEN = "joe-biden"
ISR, US = "israel-government", "us-government"
SYR, RUS, IRN = "syria-government", "russia-government", "iran-government"
KRG = "kurdistan-regional-government"

# Judgement calls where the guideline is silent (decided as the earlier batches did where they
# had a precedent):
# - Earlier executive orders that a notice or letter recalls with a date ("additional steps taken
#   in Executive Order 13399 of April 25, 2006, ...") are each their own 163 event (background),
#   as earlier designations recalled with a date (README) and the 1995 emergency and the 2021
#   renewal in the b3 notice on Iran. Seven orders in one phrase are seven events, each anchored
#   at its own "Executive Order", target the Government of Syria (the emergency is "with respect
#   to the actions of the Government of Syria"); the text names no President for them: source
#   us-government.
# - "the enclosed notice stating that <clause>" is indirect speech of the signer (the notice is
#   his): speaker joe-biden, cue "stating". The generic "the President publishes ... a notice
#   stating that the emergency is to continue" of Section 202(d) describes what the law requires,
#   not real speech: not annotated.
# - "calls on X to stop its war, enact a ceasefire, enable aid delivery and negotiate" is one
#   appeal with several contents: one event, coded by its first, de-escalation content (0256,
#   as "urged" in wikinews-119087). "its backers" right after "its Russian and Iranian
#   enablers" is resolved to the Russian and Iranian governments.
# - A regime's ongoing "brutality and repression", "brutal violence", "war against its own
#   people" and "use of chemical weapons", given as the grounds of a condemnation or appeal, are
#   habitual or generic (as Iran's "systemic repression" in the b3 statement of 2022-12-14): not
#   annotated. "the Syrian people, who have called for freedom" is the protest movement: not
#   annotated (protests).
# - A nested report ("noting that the President has made clear that <clause>") gives two
#   indirect quotes: the outer one by the person who notes, the inner one by the President with
#   reported_by the person who relays it (a person as reported_by, as "William Hague" in
#   b3 wikinews). The President's earlier warning is a 130 threat (as "made clear" that Iran
#   "would face severe consequences", 2024-10-11), background, with the same reported_by.
# - "The officials agreed on the importance of continuing and expanding bilateral
#   consultations" is an agreement to go on consulting: 036 with both on both sides (as "agreed
#   to stay in touch / remain in consultation"), not a mere view.
# - A commitment "to continuing to strengthen the defense partnership" is an intent to cooperate
#   (030, as "continued commitment to work with Israel, Qatar, and Egypt" in b2), separate from
#   the support for Israel's security (051) in the same noun phrase.
# - An attack on "Iraq's Kurdistan region" / in Erbil, "the capital city of the Kurdistan
#   region": the region as a polity attacked is its government, kurdistan-regional-government
#   (as a state attacked is its government actor); the place goes in `place`. Appreciation for
#   "the Kurdistan region's strong partnership" and "U.S. support" (object unstated, the
#   addressee's region) target it too.
# - An attack whose first, specific mention (weapon, target, date) names no perpetrator, but
#   which the following sentences attribute to Iran ("Iran cannot deflect blame ... with attacks
#   across its borders"), is anchored at the first mention with Iran as source (unlike the b2
#   "rocket attacks" of 2021-05-17, whose perpetrator the document never names).
# - "We stand with Iraq's leaders ... in condemning these attacks": the US's standing with them
#   is 051; the Iraqi leaders' own condemnation is a separate 111 (the US one is the earlier
#   "condemns"). The leaders are not named: a `~` entry (README).
# - Meetings during a trip whose dates are given only for the trip as a whole are dated to the
#   trip's interval (as treasury-jy2057). A trip to several countries is one 042 event with each
#   country's government as target and no place; a separate leg with its own date and place
#   ("On June 25, Dr. Gordon traveled to Ramallah") is its own 042 event, target the Palestinian
#   Authority (the host of the Palestinian officials he consulted there).
# - Asking for views during consultations ("solicited feedback on themes of the ... Strategy")
#   is part of the consultation, not a separate appeal.
# - Meetings with private-sector and academic leaders are 040 (as the meeting with
#   representatives of privately-owned banks in treasury-jy2057), targets `~` descriptions.
# - "From June 26 to July 5" is one date expression with an interval value; "From" is kept (the
#   README only leaves out "in" and "on").

# 2021-05-06 (Thursday), the President's letter to Congress on continuing the national emergency
# with respect to Syria. The 2004 declaration (no President named: us-government) and the seven
# later executive orders are background 163 events with their dates. Continuing the emergency is
# the signer's act today (163, source joe-biden; no date in the running text, "R", as the b3
# notice on Iran); "I have determined that it is necessary to continue" is the same act. "beyond
# May 11, 2021" is a legal cut-off date: the date only. "within 90 days prior to the anniversary
# date" is a duration and a generic legal reference: not annotated. The condemnation and the
# appeal are the United States' (us-government), undated. "will consider changes ... in
# determining whether to continue or terminate" is conditional and threatens nothing: not coded.
DOCS.append(DOC(
    "whitehouse-2021-05-06-letter-to-the-speaker-of-the-house-of-representatives-and-the-president-of-the-senate-on--fd07ddc6",
    events=[
        E("declared", "163", [US], [SYR], ("2004-05-11", "day"), bg=True),
        E(S("Executive Order", n=1), "163", [US], [SYR], ("2006-04-25", "day"), bg=True),
        E(S("Executive Order", n=2), "163", [US], [SYR], ("2008-02-13", "day"), bg=True),
        E(S("Executive Order", n=3), "163", [US], [SYR], ("2011-04-29", "day"), bg=True),
        E(S("Executive Order", n=4), "163", [US], [SYR], ("2011-05-18", "day"), bg=True),
        E(S("Executive Order", n=5), "163", [US], [SYR], ("2011-08-17", "day"), bg=True),
        E(S("Executive Order", n=6), "163", [US], [SYR], ("2012-04-22", "day"), bg=True),
        E(S("Executive Order", n=7), "163", [US], [SYR], ("2012-05-01", "day"), bg=True),
        E(S("continue", after="May 1, 2012"), "163", [BIDEN], [SYR], "R"),
        E("condemns", "111", [US], [SYR, RUS, IRN], "R"),
        E("calls", "0256", [US], [SYR, RUS, IRN], "R"),
    ],
    quotes=[
        IQ("the national emergency with respect to the actions of the Government of Syria declared "
           "in Executive Order 13338 of May 11, 2004 — as modified in scope and relied upon for "
           "additional steps taken in Executive Order 13399 of April 25, 2006, Executive Order "
           "13460 of February 13, 2008, Executive Order 13572 of April 29, 2011, Executive Order "
           "13573 of May 18, 2011, Executive Order 13582 of August 17, 2011, Executive Order 13606 "
           "of April 22, 2012, and Executive Order 13608 of May 1, 2012 — is to continue in effect "
           "beyond May 11, 2021", BIDEN, "stating"),
    ],
    dates=[D("May 11, 2004", "2004-05-11", "day"), D("April 25, 2006", "2006-04-25", "day"),
           D("February 13, 2008", "2008-02-13", "day"), D("April 29, 2011", "2011-04-29", "day"),
           D("May 18, 2011", "2011-05-18", "day"), D("August 17, 2011", "2011-08-17", "day"),
           D("April 22, 2012", "2012-04-22", "day"), D("May 1, 2012", "2012-05-01", "day"),
           D("May 11, 2021", "2021-05-11", "day")],
))

# 2021-06-23 (Wednesday evening), NSC statement on Sullivan's meeting with the IDF Chief of the
# General Staff "today in Washington": the subject hosts, 043 (as Bessent's meeting in
# Washington, treasury-sb0289). Source of the support and commitment events is the speaker,
# Sullivan, although they are the President's (b2, 2021-05-11). "the President's commitment to
# ensuring that Iran never gets a nuclear weapon" is a quote only (b2 convention). "discussed
# the challenges ..., including the threat posed by Iran's malign activities" is a topic of
# discussion and generic: not annotated.
DOCS.append(DOC(
    "whitehouse-2021-06-23-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-mee-651b35ad",
    events=[
        E("met", "043", ["jake-sullivan"], ["Aviv Kohavi"], ("2021-06-23", "day"),
          place="Washington"),
        E("support", "051", ["jake-sullivan"], [ISR], ("2021-06-23", "day")),
        E("commitment", "030", ["jake-sullivan"], [ISR], ("2021-06-23", "day")),
        E("agreed", "036", ["jake-sullivan", "Aviv Kohavi"], ["jake-sullivan", "Aviv Kohavi"],
          ("2021-06-23", "day")),
    ],
    quotes=[
        IQ("President Biden’s unwavering support for Israel’s security and commitment to continuing "
           "to strengthen the defense partnership between the two countries", "jake-sullivan",
           "reaffirmed", to=["Aviv Kohavi"]),
        IQ("the President’s commitment to ensuring that Iran never gets a nuclear weapon",
           "jake-sullivan", "affirmed", to=["Aviv Kohavi"]),
    ],
    dates=[D("today", "2021-06-23", "day")],
))

# 2021-10-05 (Tuesday), readout of the Strategic Consultative Group meeting that Sullivan
# "hosted ... at the White House on October 5": 043, trigger the verb "hosted" (not a support
# verb like "convened" in b2), targets Hulata and the unnamed delegation, who are also the
# addressees. "exchanged views" and the joint "expressed their shared determination" are neither
# events nor quotes (b3 convention for joint views). The commitment to Israel's security is 051
# (trigger "commitment"), with its indirect quote. Sullivan "explained that" and "noting that"
# are two indirect quotes; inside the second, the President "has made clear that" is a third,
# with reported_by Sullivan, and it is a background threat to Iran (130; "other options" is
# unspecified), undated. "agreed to maintain an open and constructive dialogue, and to expand the
# close coordination" is one agreement: 036.
SCG = ["Eyal Hulata", "~senior israeli interagency delegation"]
DOCS.append(DOC(
    "whitehouse-2021-10-05-readout-from-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivan-lead-c8e107eb",
    events=[
        E("hosted", "043", ["jake-sullivan"], SCG, ("2021-10-05", "day"), place="White House"),
        E("commitment", "051", ["jake-sullivan"], [ISR], ("2021-10-05", "day")),
        E("made clear", "130", [BIDEN], [IRN], "R", by="jake-sullivan", bg=True),
        E("agreed", "036", ["jake-sullivan", "Eyal Hulata"], ["jake-sullivan", "Eyal Hulata"],
          ("2021-10-05", "day")),
    ],
    quotes=[
        IQ("President Biden’s fundamental commitment to Israel’s security and to ensuring that Iran "
           "never gets a nuclear weapon", "jake-sullivan", "emphasized", to=SCG),
        IQ("this administration believes diplomacy is the\u202fbest path to achieve that goal",
           "jake-sullivan", "explained", to=SCG),
        IQ("the President has made clear that if diplomacy fails, the United States is prepared to "
           "turn to other options", "jake-sullivan", "noting", to=SCG),
        IQ("if diplomacy fails, the United States is prepared to turn to other options", BIDEN,
           "made clear", by="jake-sullivan"),
    ],
    dates=[D("October 5", "2021-10-05", "day")],
))

# 2022-05-09 (Monday), the same yearly letter on Syria as 2021-05-06, annotated the same way:
# the 2004 declaration and the seven later orders (background 163), the continuation (163,
# joe-biden, "R"), the condemnation of "the Assad regime and its Russian and Iranian enablers"
# (111) and the appeal to "the Assad regime, and its backers" (0256), the notice "stating" its
# content. "beyond May 11, 2022" is a legal cut-off date. "with respect to chemical weapons"
# names no act.
DOCS.append(DOC(
    "whitehouse-2022-05-09-letter-to-the-speaker-of-the-house-of-representatives-and-the-president-of-the-senate-on--37e3d7ef",
    events=[
        E("declared", "163", [US], [SYR], ("2004-05-11", "day"), bg=True),
        E(S("Executive Order", n=1), "163", [US], [SYR], ("2006-04-25", "day"), bg=True),
        E(S("Executive Order", n=2), "163", [US], [SYR], ("2008-02-13", "day"), bg=True),
        E(S("Executive Order", n=3), "163", [US], [SYR], ("2011-04-29", "day"), bg=True),
        E(S("Executive Order", n=4), "163", [US], [SYR], ("2011-05-18", "day"), bg=True),
        E(S("Executive Order", n=5), "163", [US], [SYR], ("2011-08-17", "day"), bg=True),
        E(S("Executive Order", n=6), "163", [US], [SYR], ("2012-04-22", "day"), bg=True),
        E(S("Executive Order", n=7), "163", [US], [SYR], ("2012-05-01", "day"), bg=True),
        E(S("continue", after="May 1, 2012"), "163", [BIDEN], [SYR], "R"),
        E("condemns", "111", [US], [SYR, RUS, IRN], "R"),
        E("calls", "0256", [US], [SYR, RUS, IRN], "R"),
    ],
    quotes=[
        IQ("the national emergency with respect to the actions of the Government of Syria declared "
           "in Executive Order 13338 of May 11, 2004 — as modified in scope and relied upon for "
           "additional steps taken in Executive Order 13399 of April 25, 2006, Executive Order "
           "13460 of February 13, 2008, Executive Order 13572 of April 29, 2011, Executive Order "
           "13573 of May 18, 2011, Executive Order 13582 of August 17, 2011, Executive Order 13606 "
           "of April 22, 2012, and Executive Order 13608 of May 1, 2012 — is to continue in effect "
           "beyond May 11, 2022", BIDEN, "stating"),
    ],
    dates=[D("May 11, 2004", "2004-05-11", "day"), D("April 25, 2006", "2006-04-25", "day"),
           D("February 13, 2008", "2008-02-13", "day"), D("April 29, 2011", "2011-04-29", "day"),
           D("May 18, 2011", "2011-05-18", "day"), D("August 17, 2011", "2011-08-17", "day"),
           D("April 22, 2012", "2012-04-22", "day"), D("May 1, 2012", "2012-05-01", "day"),
           D("May 11, 2022", "2022-05-11", "day")],
))

# 2022-07-12 (Tuesday), readout of the National Cyber Director's trip "From June 26 to July 5" to
# Israel, the Netherlands and the United Kingdom: one 042 trip with the three governments as
# targets and no single place ("the Governments of Israel, the Netherlands, and the United
# Kingdom" gives the fullest form "Government of the Netherlands", which the KB lacks). The
# meetings with the three governments' officials, with private-sector leaders and with
# educators are three 040 events during the visit, dated to the trip's interval. "solicited
# feedback" is part of the consultations; "Director Inglis's visit" is a later mention of the
# trip. No speech cues, so no quotes.
GOVS = [ISR, "Government of the Netherlands", "uk-government"]
TRIP = ("2022-06-26/2022-07-05", "day")
DOCS.append(DOC(
    "whitehouse-2022-07-12-readout-of-national-cyber-director-chris-ingliss-travel-to-israel-and-europe",
    events=[
        E("traveled", "042", ["Chris Inglis"], GOVS, TRIP),
        E(S("met", after="Director Inglis "), "040", ["Chris Inglis"], GOVS, TRIP),
        E(S("met", after="Strategy. Director Inglis "), "040", ["Chris Inglis"],
          ["~private sector leaders"], TRIP),
        E(S("met", after="cybersecurity. Director Inglis "), "040", ["Chris Inglis"],
          ["~educators and academic leaders"], TRIP),
    ],
    quotes=[],
    dates=[D("From June 26 to July 5", "2022-06-26/2022-07-05", "day")],
))

# 2022-09-28 (Wednesday), Sullivan's statement ("The United States"/"We" = us-government). The
# drone and missile attack "earlier today" against Iraq's Kurdistan region is 195, anchored at
# its first, specific mention; the text attributes it to Iran in the next sentences, so the
# source is iran-government; target the Kurdistan Regional Government (the region attacked).
# The US condemnation targets the attacker, Iran; it and the US standing with Iraq's leaders are
# the statement's own acts, undated ("R", b2 convention). The Iraqi leaders' condemnation is
# separate (111). "Iranian leaders continue to demonstrate flagrant disregard ..." and "Its
# flagrant use of missiles and drones against its neighbors" are the statement's own general
# criticism and habitual activity: not annotated; "should be universally condemned" names no one
# who condemns. Iran's "providing of drones to Russia ... and to proxies" is a real, ongoing
# supply of arms (072, as Iran's "support" of the Houthis in treasury-jy0191), and Russia's "war
# of aggression in Ukraine" a real, ongoing war (190; the state attacked is its government),
# both not background (ongoing, as the Houthis' "war" in treasury-jy0191). "will continue to
# pursue sanctions and other means" is a general statement of policy (b3, 2022-12-14): not
# annotated.
IRQ_LEADERS = "~iraqi leaders in the kurdistan region and baghdad"
DOCS.append(DOC(
    "whitehouse-2022-09-28-statement-by-national-security-advisor-jake-sullivan-on-irans-missile-and-drone-attacks-i-3e27df3e",
    events=[
        E("condemns", "111", [US], [IRN], "R"),
        E("attack", "195", [IRN], [KRG], ("2022-09-28", "day"), place="Kurdistan region"),
        E("stand", "051", [US], [IRQ_LEADERS], "R"),
        E("condemning", "111", [IRQ_LEADERS], [IRN], "R"),
        E("providing", "072", [IRN], [RUS, "~proxies throughout the middle east region"], "R"),
        E(S("war", after="Russia for its "), "190", [RUS], ["ukraine-government"], "R",
          place="Ukraine"),
    ],
    quotes=[],
    dates=[D("earlier today", "2022-09-28", "day")],
))

# 2024-01-16 (Tuesday), readout of Sullivan's meeting with the Kurdistan region's Prime Minister
# "today in Davos, Switzerland": a third place, 044. Iran's ballistic missile attacks "the
# previous day" in Erbil are 195, background (recalled as the reason for the condemnation, as
# "yesterday's attack in Kabul", 2021-08-27), target the Kurdistan Regional Government, with the
# four civilians killed as a count ("an infant less than one year old" is one of the four; its
# age is no date). Condemnation, condolences (018, addressed to Barzani, as 2022-03-30),
# appreciation and support are said at the meeting and dated to it. "discussed the importance of
# resuming oil exports" is a joint discussion: not annotated.
DOCS.append(DOC(
    "whitehouse-2024-01-16-readout-of-national-security-advisor-jake-sullivans-meeting-with-the-prime-minister-of-ir-c65ba0aa",
    events=[
        E("met", "044", ["jake-sullivan"], ["Masrour Barzani"], ("2024-01-16", "day"),
          place="Davos"),
        E("condemned", "111", ["jake-sullivan"], [IRN], ("2024-01-16", "day")),
        E("ballistic missile attacks", "195", [IRN], [KRG], ("2024-01-15", "day"),
          place="Erbil", counts={"killed": [K(4, "Erbil")]}, bg=True),
        E("condolences", "018", ["jake-sullivan"], ["Masrour Barzani"], ("2024-01-16", "day")),
        E("appreciation", "051", ["jake-sullivan"], [KRG], ("2024-01-16", "day")),
        E(S("support", after="reaffirmed U.S. "), "051", ["jake-sullivan"], [KRG],
          ("2024-01-16", "day")),
    ],
    quotes=[
        IQ("appreciation for the Kurdistan region’s strong partnership with the United States",
           "jake-sullivan", "expressed", to=["Masrour Barzani"]),
        IQ("U.S. support", "jake-sullivan", "reaffirmed", to=["Masrour Barzani"]),
    ],
    dates=[D("today", "2024-01-16", "day"), D("the previous day", "2024-01-15", "day")],
))

# 2024-06-26 (Wednesday), readout of Gordon's trip: the visit to Israel "June 23-25" (042) and
# the meeting with four named Israelis during it (040), dated to the visit's interval; what he
# said "Throughout his discussions with Israeli officials" is dated to that interval and
# addressed to the four he met. "Israeli operations in Gaza", a topic of discussion with a named
# party, is 190 as "Israel's military operations" in the b2 readout of 2021-05-17 (no target
# named). The "ceasefire deal that is on the table", "the release of all hostages", the "U.S.
# efforts to support de-escalation across the Blue Line", "extreme settler violence" and
# "Iranian-backed terrorist groups" are topics, proposals or habitual activity: not annotated
# ("concern about extremist violence" was a quote only on 2023-12-07). The leg to Ramallah "On
# June 25" is its own 042 (target the Palestinian Authority), with the meeting there (040) and
# the welcome of the new cabinet's appointment (051, welcoming a named actor's decision; the
# appointment itself is not annotated). "discussed the need for continued reforms" and "discussed
# the conflict in Gaza" are discussions: not annotated.
ISR_OFF = ["isaac-herzog", "Tzachi Hanegbi", "Ron Dermer", "benny-gantz"]
PAL_OFF = ["Hussein al-Sheikh", "Muhammad Mustafa"]
VISIT = ("2024-06-23/2024-06-25", "day")
DOCS.append(DOC(
    "whitehouse-2024-06-26-readout-of-national-security-advisor-to-the-vice-president-phil-gordons-trip-to-israel-an-93577cfc",
    events=[
        E("visited", "042", ["Phil Gordon"], [ISR], VISIT, place="Israel"),
        E("met", "040", ["Phil Gordon"], ISR_OFF, VISIT, place="Israel"),
        E("operations", "190", [ISR], [], "R", place="Gaza"),
        E("commitment", "051", ["Phil Gordon"], [ISR], VISIT),
        E("traveled", "042", ["Phil Gordon"], ["palestinian-authority"], ("2024-06-25", "day"),
          place="Ramallah"),
        E(S("met", after="Palestinian officials. Dr. Gordon "), "040", ["Phil Gordon"], PAL_OFF,
          ("2024-06-25", "day"), place="Ramallah"),
        E("welcomed", "051", ["Phil Gordon"], ["palestinian-authority"], ("2024-06-25", "day")),
    ],
    quotes=[
        IQ("the importance of the ceasefire deal that is on the table and the imperative of "
           "securing the release of all hostages", "Phil Gordon", "reiterated", to=ISR_OFF),
        IQ("the importance of improving the humanitarian situation in Gaza", "Phil Gordon",
           "emphasized", to=ISR_OFF),
        IQ("the United States’ ironclad commitment to Israel’s security against all Iranian-backed "
           "terrorist groups to include Lebanese Hezbollah", "Phil Gordon", "reaffirmed",
           to=ISR_OFF),
        IQ("concern with steps — including extreme settler violence and settlement expansion — "
           "that could destabilize the West Bank and undermine the cause of peace", "Phil Gordon",
           "expressed", to=ISR_OFF),
        IQ("the importance of improving humanitarian aid delivery in Gaza, and our concern with "
           "steps — such as extreme settler violence and settlement expansion — that could "
           "destabilize the West Bank and undermine the cause of peace", "Phil Gordon",
           "expressed", to=PAL_OFF),
    ],
    dates=[D("June 23-25", "2024-06-23/2024-06-25", "day"), D("June 25", "2024-06-25", "day")],
))
