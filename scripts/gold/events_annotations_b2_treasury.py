"""Hand annotations of the second batch: treasury-press documents chosen by `select_batch.py --batch 2`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

# Conventions decided for this batch where the guideline is silent (each applied wherever it
# arises below):
# - "we" in a Treasury statement is the publisher, `us-treasury` (the guideline reads "we" as the
#   publisher, as for the White House).
# - Earlier designations recalled without a date ("previously designated under EO 13315",
#   "U.S.-designated X", "We have designated Iranian entities") are not annotated, as in the
#   first batch's Treasury releases (jl0331, sm1210, jy2644).
# - A UN listing made concurrently with the Treasury action and named in the title ("Concurrently
#   with UN Designations") is part of the news: `background: false` (hp1284's UN listing, eight
#   days earlier, was background).
# - Anaphoric date references are annotated with the value they refer to, as "Since then" was in
#   the first batch ("Early that year", "that same time period", "At that time"); a bare "since"
#   adverb ("have since blocked") and clock times ("1:45 PM EST", "noon EST") name no day and are
#   not annotated.
# - Decades ("the mid-2000s", "the early 2000s") are the interval of the decade with precision
#   "decade", as "mid-2016" is the year with precision "year".
# - "Since at least late 2012" keeps "Since" (it changes the value) and so the words between.

# -- Archived release, start truncated in the corpus. FATF's concern, declarations and call,
# Treasury's planned measures and appeal. "We have designated Iranian entities – including ...
# Bank Saderat" has no date: not annotated (see above). "Expressed ... concern" is an indirect
# quote only, as in the first batch's readouts ("expressed his deep concern"); "declared that
# urgent action by Iran ... is necessary" is a demand on Iran, so event and quote (as
# "reiterated the ICRC must be permitted": 1055 and a quote). "The United States has repeatedly
# expressed" is habitual: quote only. "additional actions to target the risk of terrorist
# financing emanating from Iran" is read as planned sanctions (163, planned).
DOCS.append(DOC(
    "treasury-hp1216",
    events=[
        E(S("declared", n=1), "1042", ["Financial Action Task Force"], ["iran-government"], "R"),
        E("called", "020", ["Financial Action Task Force"], ["~countries throughout the world"],
          "R"),
        E(S("actions", after="we will be employing additional "), "163", ["us-treasury"],
          ["iran-government"], "R", mod="planned"),
        E("encourage", "020", ["us-treasury"], ["~all countries"], "R"),
    ],
    quotes=[
        IQ("particular concern about Iran's lack of effort to combat terrorist financing",
           "Financial Action Task Force", "expressed"),
        IQ("this continues to pose a serious threat to the integrity of the international financial "
           "system", "Financial Action Task Force", "declared"),
        IQ("urgent action by Iran to address these concerns is necessary",
           "Financial Action Task Force", "declared"),
        IQ("its deep concerns about Iran's financial and material support to deadly terrorist "
           "groups", "us-government", "expressed"),
    ],
    dates=[D("June 2008", "2008-06", "month"), D("February 2008", "2008-02", "month"),
           D("October 2007", "2007-10", "month")],
))

# -- The ransom facilitation and fundraising are the basis of the designation (not annotated);
# ANF's holding of a hostage is its own act (181, background), dated by "In that same time
# period" (early 2014). The "release of a hostage" that al-Ka'bi worked to obtain is not said
# to have happened: not annotated. "al-Ka'bi reported that ..." is indirect speech.
# "In recent years" is vague: not annotated.
DOCS.append(DOC(
    "treasury-jl0143",
    events=[
        E("imposed", "163", ["us-treasury"],
          ["Sa'd bin Sa'd Muhammad Shariyan al-Ka’bi",
           "'Abd al-Latif Bin 'Abdallah Salih Muhammad al-Kawari"], ("2015-08-05", "day")),
        E(S("held", after="collecting a ransom for a hostage being "), "181",
          ["hayat-tahrir-al-sham"], ["~hostage"], ("2014", "year"), bg=True),
    ],
    quotes=[
        Q("These sanctions target two major facilitators of the al-Nusrah Front and al-Qaida,",
          "adam-szubin", "said"),
        Q("Treasury remains committed to using our financial intelligence and authorities to "
          "unravel and disrupt the funding schemes exploited by terrorist groups.", "adam-szubin",
          "said"),
        IQ("he had set up donation campaigns in Qatar to aid with fundraising in response to a "
           "request from an ANF associate for money to purchase both weapons and food",
           "Sa'd bin Sa'd Muhammad Shariyan al-Ka’bi", "reported"),
    ],
    dates=[D("today", "2015-08-05", "day", all=True), D("Today", "2015-08-05", "day", all=True),
           D("early 2014", "2014", "year"), D("that same time period", "2014", "year"),
           D("2013", "2013", "year"), D("Since at least late 2012", "2012/..", "year"),
           D("early 2012", "2012", "year"), D("Early that year", "2012", "year"),
           D("early 2000s", "2000/2009", "decade"), D("At that time", "2000/2009", "decade")],
))

# -- Media advisory: no event of the brief (a planned press briefing). "1:45 PM EST" and "noon
# EST" are clock times with no day: not annotated.
DOCS.append(DOC(
    "treasury-js1330",
    events=[],
    quotes=[],
    dates=[D("Today", "2004-04-15", "day")],
))

# -- Archived release whose quote marks were lost: Levey's sentence is indirect speech, as in
# treasury-200721612254215654. "previously designated under EO 13315" (twice) has no date: not
# annotated. "Operation Iraqi Freedom", named in passing, is the war (190, background) with no
# actor given in the text, as the first batch annotated "the 2014 capture" named in passing.
# "According to information available to the U.S. Government" and "Information shows/indicates"
# are the release's own evidence, not a speaker: not quotes (the first batch did not make
# quotes of "According to The New York Times" or "According to medics" either).
# "before October 2003" keeps "before" (it changes the value): an interval open at the start,
# bounded by the named month.
DOCS.append(DOC(
    "treasury-js2487",
    events=[
        E(S("designated", after="Asif Shalish were "), "163", ["us-treasury"],
          ["SES International Corp.", "Zuhayr Shalish", "Asif Shalish"], ("2005-06-09", "day")),
        E("Operation Iraqi Freedom", "190", [], [], "R", place="Iraq", bg=True),
    ],
    quotes=[
        IQ("Zuhayr and Asif used SES as a vehicle to put military goods into the hands of Saddam "
           "Hussein and his regime, all while evading UN sanctions", "stuart-levey", "said"),
    ],
    dates=[D("today", "2005-06-09", "day", all=True), D("Today", "2005-06-09", "day", all=True),
           D("before October 2003", "../2003-10", "month"), D("Circa 1956", "1956", "year"),
           D("January 1, 1959", "1959-01-01", "day")],
))

# -- Readout of a roundtable that Adeyemo convened in Brussels during "his trip to Europe": 040
# (a meeting during a visit), place Brussels. The participants are the addressees of what he
# said. The United States' "commitment to ensuring that humanitarian assistance reaches the
# people of Gaza" is an intent to provide humanitarian aid (0333, trigger the noun, as for
# "full support for replenishing ... Iron Dome": 0332); Treasury's commitment that sanctions do
# not stand in the way of humanitarian activities in the same sentence names no recipient and
# is not annotated separately. "shared how Hamas has raised funds ..." describes Hamas's
# fundraising: a quote, not an accusation event. "As Deputy Secretary Adeyemo discussed ..."
# is indirect speech like "As X reports". "the meetings with counterparts" of his trip and
# Treasury's continuing support and designations are habitual: not annotated. "2021 Sanctions
# Review" and "2023 De-Risking Strategy" are document names: no dates.
DOCS.append(DOC(
    "treasury-jy1854",
    events=[
        E("convened", "040", ["Wally Adeyemo"],
          ["~officials from international non-governmental organizations"],
          ("2023-10-30", "day"), place="Brussels"),
        E(S("commitment", after="underscored the United States’ "), "0333", ["Wally Adeyemo"],
          ["~people of gaza"], ("2023-10-30", "day")),
        E("terrorist attacks", "180", ["hamas"], ["israel-government"], "R", bg=True),
    ],
    quotes=[
        IQ("the United States’ commitment to ensuring that humanitarian assistance reaches the "
           "people of Gaza", "Wally Adeyemo", "underscored",
           to=["~officials from international non-governmental organizations"]),
        IQ("Hamas has raised funds through entities that present themselves outwardly as charities "
           "but are in fact fronts for Hama’s fundraising", "Wally Adeyemo", "shared",
           to=["~officials from international non-governmental organizations"]),
        IQ("the importance of denying Hamas’s access to funds following its heinous terrorist "
           "attacks against the people of Israel, and Treasury’s commitment to ensuring that U.S. "
           "sanctions do not stand in the way of legitimate humanitarian activities in Gaza, and to "
           "working proactively with the private sector and humanitarian actors to make sure "
           "humanitarian activities continue", "Wally Adeyemo", "underscored",
           to=["~officials from international non-governmental organizations"]),
        IQ("all U.S. sanctions programs, including Treasury’s counterterrorism sanctions, have "
           "carveouts to protect the flow of humanitarian assistance to civilians",
           "Wally Adeyemo", "discussed",
           to=["~officials from international non-governmental organizations"]),
    ],
    dates=[D("today", "2023-10-30", "day")],
))

# -- The text says "spoke with"; the title calls it a meeting and the dateline is Washington, so
# it is read as a meeting Adeyemo hosted (043, place Washington), as sb0289 ("WASHINGTON –
# Today, ... met with": 043). "They discussed ..." is the same meeting and joint (no quote).
DOCS.append(DOC(
    "treasury-jy2661",
    events=[
        E("spoke", "043", ["Wally Adeyemo"], ["Mohammad Mustafa"], ("2024-10-21", "day"),
          place="Washington"),
        E("commended", "051", ["Wally Adeyemo"], ["palestinian-authority"],
          ("2024-10-21", "day")),
    ],
    quotes=[
        IQ("the importance of preventing terrorists and violent extremists from raising, using, and "
           "moving funds in the West Bank", "Wally Adeyemo", "stressed", to=["Mohammad Mustafa"]),
        IQ("the Palestinian Authority’s progress on strengthening its CFT regime to further support "
           "these relationships, including by completing key milestones related to the assessment "
           "of AML/CFT risks within its jurisdiction and bolstering effective compliance with "
           "international standards", "Wally Adeyemo", "noted", to=["Mohammad Mustafa"]),
    ],
    dates=[D("Today", "2024-10-21", "day")],
))

# -- Statement of Secretary O'Neill, no quote marks and no cue: the statement itself is not a
# quote; only "We stated very clearly our intent ..." is reported speech (and a threat, 130, as
# Sullivan's "made clear": event and quote; trigger the noun "intent"). "we" is us-treasury (see
# above). The blocking "since" September and the October extension to all FTOs are earlier
# designations recalled with a date (163, background). Today's act names no party in its own
# sentence ("shutting down three Hamas-controlled organizations"); its targets are the three
# organizations the statement goes on to name. The agents' closing of the Holy Land Foundation
# offices is a separate coercive act (172). Hamas "claimed credit" for Sunday's attacks and the
# statement itself calls them "their acts of evil": asserted. "has taken the lives of scores",
# "raise money", "will continue to name" are habitual or generic: not annotated.
DOCS.append(DOC(
    "treasury-po837",
    events=[
        E("blocked", "163", ["us-treasury"], ["Taliban", "al-qaeda"], ("2001-09/..", "month"),
          bg=True),
        E("broadened", "163", ["us-treasury"], ["~all foreign terrorist organizations", "hamas"],
          ("2001-10", "month"), bg=True),
        E("intent", "130", ["us-treasury"], ["~bankers who finance these terrorists"], "R",
          bg=True),
        E("shutting down", "163", ["us-treasury"],
          ["Holy Land Foundation", "al Aqsa bank", "Beit al Mal bank"], ("2001-12-04", "day")),
        E("attacks", "180", ["hamas"], [], ("2001-12-02", "day"), bg=True),
        E("shut down", "172", ["~government agents"], ["Holy Land Foundation"],
          ("2001-12-04", "day"), place="United States"),
    ],
    quotes=[
        IQ("our intent to pursue the bankers who finance these terrorists", "us-treasury",
           "stated"),
    ],
    dates=[D("September", "2001-09", "month"), D("October", "2001-10", "month"),
           D("Today", "2001-12-04", "day", all=True), D("this past Sunday", "2001-12-02", "day"),
           D("Last year", "2000", "year"), D("today", "2001-12-04", "day")],
))

# -- OFAC's two actions today and the UN listing "last night" (concurrent, not background; see
# above). From the basis: the looting of Free Syrian Army members' vehicles (a named victim,
# 171, background, place Dar'a where Khalil was emir) and al-Hasri's release by Syrian
# authorities (0841). "operatives responsible for assassinations", "prisons notorious for
# torture" and "oversaw the group's military operations" characterise rather than report acts
# (no victim, no instance), as the first batch left "Houthi military operations that have
# destroyed civilian infrastructure" unannotated. The appointments, the sending to Syria, the
# six years in prison (a state, not an act) and Zarqawi's death are not annotated. "OFAC
# previously designated Mechanical Construction Factory" and SSRC "named in the annex" have no
# date. "starting in December 2015": the month, as "starting this week" gave the week.
DOCS.append(DOC(
    "treasury-sm0011",
    events=[
        E("took action", "163", ["ofac"], ["Iyad Nazmi Salih Khalil", "Bassam Ahmad al-Hasri"],
          ("2017-02-23", "day")),
        E("added", "163", ["united-nations"], ["Iyad Nazmi Salih Khalil", "Bassam Ahmad al-Hasri"],
          ("2017-02-22", "day")),
        E(S("designated", after="Also today, OFAC "), "163", ["ofac"],
          ["Metallic Manufacturing Factory"], ("2017-02-23", "day")),
        E("looting", "171", ["hayat-tahrir-al-sham"], ["Free Syrian Army"], "R", place="Daraa",
          bg=True),
        E("released", "0841", ["syria-government"], ["Bassam Ahmad al-Hasri"], ("2011", "year"),
          bg=True),
    ],
    quotes=[
        Q("From overseeing militant operations to developing al-Nusrah Front’s strategy, these "
          "senior Al-Nusrah Front leaders and al-Qa’ida terroristsare responsible for providing key "
          "support to the violent terrorist group,", "John E. Smith", "said"),
        Q("Today, the Treasury Department, in line with actions just taken by the United Nations, is "
          "cutting off their access to the international financial system to further disrupt "
          "al-Nusrah Front’s ability to plan and execute terrorist attacks.", "John E. Smith",
          "said"),
    ],
    dates=[D("today", "2017-02-23", "day", all=True), D("Today", "2017-02-23", "day", all=True),
           D("last night", "2017-02-22", "day"), D("early 2016", "2016", "year"),
           D("2011", "2011", "year", all=True), D("mid-2000s", "2000/2009", "decade"),
           D("2006", "2006", "year"), D("June 2016", "2016-06", "month"),
           D("December 2015", "2015-12", "month")],
))

# -- OFAC's designation and the UN Security Council listing it "immediately" follows
# (concurrent, not background; no date in the text). From the basis: the detention of the two
# Austrian minors (173, detainer not named, arrested count 2), the July 2014 ISIS attack on the
# Al-Shaar gas field (180: a terrorist group's attack with no weapon given; no target named),
# and Denis Cuspert's dated State designation (163, background). Recruiting, facilitating travel
# and serving as a fighter are the basis of the designation: not annotated. "since at least
# 2014" as "Since at least late 2012" in jl0143.
DOCS.append(DOC(
    "treasury-sm0111",
    events=[
        E("took action", "163", ["ofac"], ["Fared Saal"], ("2017-06-16", "day")),
        E(S("add", after="(UN) Security Council to "), "163", ["un-security-council"],
          ["Fared Saal"], "R"),
        E("detained", "173", [], ["~two austrian minors"], ("2014-12", "month"),
          counts={"arrested": [K(2)]}, bg=True),
        E(S("attack", after="July 2014 ISIS "), "180", ["isis"], [], ("2014-07", "month"),
          place="Al-Shaar gas field", bg=True),
        E(S("designated", after="who was "), "163", ["us-department-of-state"], ["Denis Cuspert"],
          ("2015-02-09", "day"), bg=True),
    ],
    quotes=[
        Q("We are targeting a dangerous individual responsible for providing support to ISIS in a "
          "variety of ways, including serving as a facilitator, recruiter, and fighter for this "
          "deadly terrorist organization,", "John E. Smith", "said"),
        Q("This action was taken concurrently with new UN sanctions and demonstrates the United "
          "States’ resolve to work hand-in-hand with our international partners to further "
          "restrict terrorists’ access to the international financial system.", "John E. Smith",
          "said"),
    ],
    dates=[D("today", "2017-06-16", "day", all=True), D("since at least 2014", "2014/..", "year"),
           D("December 2014", "2014-12", "month"), D("March 2015", "2015-03", "month"),
           D("March 2016", "2016-03", "month"), D("July 2014", "2014-07", "month"),
           D("February 9, 2015", "2015-02-09", "day")],
))

# -- Humanitarian channel for Iran. The completed transactions benefitting Iranian patients are
# aid (073; the completion has no date of its own: "R"), and the earlier announcement of the
# channel with the State Department an intent to provide humanitarian aid (0333, background).
# Mnuchin's "We would like to thank the Swiss authorities" performs a thanks inside his quote:
# 051 (as sb0289's "thanked"). "we encourage companies to use this humanitarian mechanism" is
# addressed to businesses: not annotated.
DOCS.append(DOC(
    "treasury-sm890",
    events=[
        E("transactions", "073", ["us-treasury"], ["~iranian medical patients"], "R"),
        E(S("announced", after="were previously "), "0333",
          ["us-treasury", "us-department-of-state"], ["iranian-people"], ("2019-10-25", "day"),
          bg=True),
        E("thank", "051", ["steven-mnuchin"], ["~swiss authorities"], "R"),
    ],
    quotes=[
        Q("The United States is determined to ensure the Iranian people have access to food, "
          "life-saving medicines, and other humanitarian goods, despite the regime’s economic "
          "mismanagement and wasteful funding of malign activities across the region,",
          "steven-mnuchin", "said"),
        Q("This Administration has full confidence that, together with our partners abroad, this "
          "mechanism will improve the flow of humanitarian goods to the Iranian people. Humanitarian "
          "transactions are currently allowed under our sanctions programs, and we encourage "
          "companies to use this humanitarian mechanism. We would like to thank the Swiss "
          "authorities for working with us.", "steven-mnuchin", "said"),
    ],
    dates=[D("today", "2020-01-30", "day"), D("October 25, 2019", "2019-10-25", "day", all=True)],
))
