"""Hand annotations of the third batch: treasury-press documents chosen by
`select_batch.py --batch 3`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S

DOCS: list[dict] = []

# Conventions decided for this batch where the guideline is silent (each applied wherever it
# arises below), in addition to those of the second batch (`events_annotations_b2_treasury.py`):
# - A state that the KB lacks is written "Government of X" when it acts or is acted on, as the
#   first batch wrote "Government of Egypt" before the KB had it (Kuwait, Belgium, Ukraine,
#   Venezuela).
# - Headlines inside `text` (sm469's and sm816's sub-headings, sm816's "Readout from ... on
#   Secretary Mnuchin's meeting with ..." lines) are titles: events are anchored in the body.
#   Dates in the `title` field are annotated (field="title"), as every date in the fields is.
# - Issuing a general license that eases a sanctions programme for humanitarian purposes is
#   easing sanctions (085, as the pair-2 statement's "lifted"), source OFAC, target the
#   government of the sanctioned state (the "States as actors" rule).
# - "X announced that <clause>" about an appointment is indirect speech (the cue list of the Quote
#   rules); the appointment itself is not an event.
# - A purpose infinitive ("convened a roundtable ... to underscore ...", as sb0289's "met ... to
#   reaffirm the strong ties") and topic lists ("covered a range of topics", "raised areas where
#   ...", as jy1854's "raised challenges"; "discussed a range of topics") are not quotes.
# - "As of <month>" keeps "As of", as the second batch kept "Circa" and "before".

# -- Appointment notice: no event of the brief (appointments are not annotated). Snow's
# "announced that ..." is indirect speech. "(1984 - 2001)" is one interval; "the 1990s" a decade
# as "the mid-2000s" in sm0011.
DOCS.append(DOC(
    "treasury-20034251292419811",
    events=[],
    quotes=[
        IQ("Treasury Deputy General Counsel George Wolfe will serve as Deputy Financial Coordinator "
           "for the Office of Reconstruction and Humanitarian Assistance (ORHA) in Iraq",
           "John Snow", "announced"),
    ],
    dates=[D("today", "2003-04-25", "day", all=True), D("since 2001", "2001/..", "year"),
           D("1984 - 2001", "1984/2001", "year"), D("1990s", "1990/1999", "decade"),
           D("1973", "1973", "year"), D("1977", "1977", "year")],
))

# -- Today's designation of the three Syrian entities; SSRC's designation in the Annex of
# E.O. 13382 "issued on June 29, 2005" (163, background, by President Bush); the Commerce
# Department's addition of SSRC, HIAST and NSCL to the Entity List in March 2005 (an export
# sanction: 163, background). "In the Annex ..., the President identified eight entities" is the
# SSRC designation again, as a count: not annotated. The issuance of E.O. 13382 itself is an
# authority with no target (its sanctions are the Annex designations): not annotated. Japan's
# and South Korea's identifications have no date: not annotated (second-batch convention).
# The dated list of earlier Treasury designations gives one background event per dated item
# (different dates are different acts); the items have no verb of their own, so each is anchored
# at its own noun phrase, and the count summary "has designated twenty-one entities and one
# individual" is not annotated separately. The last item ("Three Syrian entities on January 4,
# 2007") is today's designation again: not annotated. Levey's sentence lost its quote marks:
# indirect speech; the following "We will continue ..." has no cue of its own and is not
# annotated, as the second sentence after the cue in hp1284.
DOCS.append(DOC(
    "treasury-hp216",
    events=[
        E("designated", "163", ["us-treasury"],
          ["Higher Institute of Applied Science and Technology", "Electronics Institute",
           "National Standards and Calibration Laboratory"], ("2007-01-04", "day")),
        E(S("designated", after="Scientific Studies and Research Center (SSRC), which was "),
          "163", ["george-w-bush"], ["Scientific Studies and Research Center"],
          ("2005-06-29", "day"), bg=True),
        E("added", "163", ["Bureau of Industry and Security"],
          ["Scientific Studies and Research Center",
           "Higher Institute of Applied Science and Technology",
           "National Standards and Calibration Laboratory"], ("2005-03", "month"), bg=True),
        E("Eight North Korean entities", "163", ["us-treasury"], ["~eight north korean entities"],
          ("2005-10-21", "day"), bg=True),
        E(S("Two Iranian entities", n=0), "163", ["us-treasury"], ["~two iranian entities"],
          ("2006-01-04", "day"), bg=True),
        E("One Swiss individual and one Swiss entity", "163", ["us-treasury"],
          ["~one swiss individual and one swiss entity"], ("2006-03-30", "day"), bg=True),
        E("Four Chinese entities and one U.S. entity", "163", ["us-treasury"],
          ["~four chinese entities and one u.s. entity"], ("2006-06-08", "day"), bg=True),
        E(S("Two Iranian entities", n=1), "163", ["us-treasury"], ["~two iranian entities"],
          ("2006-07-18", "day"), bg=True),
    ],
    quotes=[
        IQ("Syria is using official government organizations to develop nonconventional weapons "
           "and the missiles to deliver them", "stuart-levey", "said"),
    ],
    dates=[D("today", "2007-01-04", "day", all=True), D("Today", "2007-01-04", "day", all=True),
           D("June 29, 2005", "2005-06-29", "day", all=True), D("March 2005", "2005-03", "month"),
           D("October 21, 2005", "2005-10-21", "day"), D("January 4, 2006", "2006-01-04", "day"),
           D("March 30, 2006", "2006-03-30", "day"), D("June 8, 2006", "2006-06-08", "day"),
           D("July 18, 2006", "2006-07-18", "day"), D("January 4, 2007", "2007-01-04", "day")],
))

# -- Prepared remarks on the International Compact with Iraq. Annotated: the launch of the
# Compact by Iraq and the UN (an intent to cooperate, 030, both on both sides as a joint act;
# background), the single, dated meetings (the World Bank and IMF briefing in Singapore; the
# 16 March meeting that Ban Ki-moon hosted in New York: 043, background), the planned ministerial
# meeting at Sharm el Sheikh (044, a third place, both sides on both sides as the first batch's
# Sharm El Sheikh meeting) and the formal endorsement planned there (057, as a signing), the
# appeal to offer support (023, no source in the text) and the appeal said not to have been made
# ("has not been asked ... a specific fundraising target": negated), and the pledges expected at
# Sharm el Sheikh (debt relief 0331; "support in the form of loans, grants, and technical
# assistance" and "a generous bilateral pledge" 033, not more specific than the text; "planned",
# dated to the meeting, where "participants have been invited to offer their support").
# Not annotated, as recurring process rather than single events (habitual): Iraq "consulted
# regularly" with the preparatory group, the UAE and Kuwait "each hosted preparatory group
# meetings", and the UN's progress briefings of its members on three dates (the last of which,
# 16 March, is the New York meeting, annotated at its own sentence, which first names its host,
# attendees and place). Also not annotated: Iraq's "reached out to key partners" (the launched
# initiative described again), the preparatory group's establishment (institutional),
# "played a strong supporting role" (general), the Cabinet's endorsement (internal), "the final
# signing is in Egypt" (a vaguer first mention of the endorsement), and Rice's, Kimmitt's and
# the ministers' attendance and the co-chairing (participation in the Sharm el Sheikh meeting).
# "Nine months ago" is the month nine months before 30 April 2007.
DOCS.append(DOC(
    "treasury-hp380",
    events=[
        E("launch", "030", ["iraq-government", "united-nations"],
          ["iraq-government", "united-nations"], ("2006-07-27", "day"), bg=True),
        E(S("hosted", after="The World Bank and IMF also "), "043", ["World Bank", "IMF"], [],
          ("2006-09", "month"), place="Singapore", bg=True),
        E(S("meeting", after="was presented at a "), "043", ["ban-ki-moon"],
          ["~over seventy countries and institutions"], ("2007-03-16", "day"), place="New York",
          bg=True),
        E(S("endorse", after="formally "), "057", ["iraq-government", "~international community"],
          ["iraq-government", "~international community"], ("2007-05-03", "day"),
          place="Sharm el Sheikh", mod="planned"),
        E(S("meeting", after="Ministerial-level "), "044",
          ["iraq-government", "~international community"],
          ["iraq-government", "~international community"], ("2007-05-03", "day"),
          place="Sharm el Sheikh", mod="planned"),
        E("invited", "023", [], ["~participants"], "R"),
        E(S("asked", after="international community has not been "), "023", [],
          ["~international community"], "R", neg=True),
        E(S("commitment", after="announce at Sharm el Sheikh a "), "0331", ["saudi-government"],
          ["iraq-government"], ("2007-05-03", "day"), place="Sharm el Sheikh", mod="planned"),
        E("follow suit", "0331", ["uae-government", "~others"], ["iraq-government"],
          ("2007-05-03", "day"), place="Sharm el Sheikh", mod="planned"),
        E(S("offer", after="Other countries are expected to "), "033", ["~other countries"],
          ["iraq-government"], ("2007-05-03", "day"), place="Sharm el Sheikh", mod="planned"),
        E(S("offer", after="The United States will also "), "033", ["us-government"],
          ["iraq-government"], ("2007-05-03", "day"), place="Sharm el Sheikh", mod="planned"),
    ],
    quotes=[],
    dates=[D("Nine months ago", "2006-07", "month"), D("July 27, 2006", "2006-07-27", "day"),
           D("Between July and December", "2006-07/2006-12", "month"),
           D("September 18", "2006-09-18", "day"), D("November 13", "2006-11-13", "day"),
           D("March 16", "2007-03-16", "day", all=True), D("September 2006", "2006-09", "month"),
           D("last December", "2006-12", "month"), D("May 3", "2007-05-03", "day")],
))

# -- COVID-19 general licenses: easing sanctions (085, see above). The licenses' sentence names
# no state; the targets are the three programmes the release names ("Iran GL N, Syria GL 21, or
# Venezuela GL 39"), as po837's act took the organizations named later. The FAQs, the National
# Security Memorandum's direction to US agencies, and "OFAC encourages those interested in
# providing COVID-19-related relief ..." (addressed to relief providers, as sm890's "we encourage
# companies": not annotated) are not events of the brief. The three quoted guidance titles are
# scare quotes (quoted titles); their "(April 2020)" and "(October 2014)" are dates.
DOCS.append(DOC(
    "treasury-jy0234",
    events=[
        E("issued", "085", ["ofac"],
          ["iran-government", "syria-government", "Government of Venezuela"],
          ("2021-06-17", "day")),
    ],
    quotes=[
        SQ("OFAC Licensing Process"),
        SQ("OFAC’s Fact Sheet: Provision of Humanitarian Assistance and Trade to Combat COVID-19"),
        SQ("Guidance Related to the Provision of Humanitarian Assistance by Not-For-Profit "
           "Non-Governmental Organizations"),
    ],
    dates=[D("Today", "2021-06-17", "day", all=True), D("today", "2021-06-17", "day", all=True),
           D("April 2020", "2020-04", "month"), D("October 2014", "2014-10", "month")],
))

# -- Two designations whose names come one per sentence ("Al-Shaban is being designated",
# "Fayzimatov is being designated"): one event per named party, as in jy2644; the opening counts
# ("one Turkey-based al-Qa'ida financial facilitator", "one Syria-based terrorist fundraiser") are
# the same acts. The fundraising, recruiting and money movements are the basis of the
# designations: not annotated.
DOCS.append(DOC(
    "treasury-jy0293",
    events=[
        E(S("designated", after="Al-Shaban is being "), "163", ["ofac"], ["Hasan al-Shaban"],
          ("2021-07-28", "day")),
        E(S("designated", after="Fayzimatov is being "), "163", ["ofac"],
          ["Farrukh Furkatovitch Fayzimatov"], ("2021-07-28", "day")),
    ],
    quotes=[
        Q("Terrorist groups like al-Qa’ida and HTS continue to raise funds, recruit online, and "
          "exploit the international banking sector to support their ongoing terrorist "
          "activities,", "andrea-gacki", "said"),
        Q("These designations underscore this Administration’s commitment to disrupting support "
          "networks of al-Qa’ida and other terrorist groups that seek to attack the United States "
          "and its allies.", "andrea-gacki", "said"),
    ],
    dates=[D("Today", "2021-07-28", "day", all=True), D("today", "2021-07-28", "day", all=True)],
))

# -- Readout of Adeyemo's visit to Brussels on 30 October 2023 (the trip of the second batch's
# jy1854; the roundtable here is the jy1854 roundtable, the same real event). The visit is 042
# ("was in Brussels, Belgium, to build on the strong relationship between the United States and
# Belgium"), the meetings during it 040 (named participants only, as jy2057), place Brussels.
# From the topics: Russia's "illegal war in Ukraine" (190, background, as "Operation Iraqi
# Freedom" named in passing in js2487) and the EU's "forthcoming sanctions package" (163,
# planned). The ongoing collaboration on sanctions, the EU's windfall-profits proposal (a
# proposal, not an announced act) and "the actions the United States is taking ... to deny
# Hamas's access to financing" (ongoing) are not annotated. "reaffirmed the United States'
# continued commitment to providing economic assistance to Ukraine": 0331 and a quote (as
# jy1854's 0333 "commitment"). The roundtable's "to underscore the United States' commitment
# ..." is a purpose infinitive: the 0333 event as in jy1854, but no quote (see above).
# "They discussed", "both sides discussed", "Adeyemo and European officials also discussed" are
# joint: no quotes; "covered a range of topics" and "raised areas" are topic lists (see above).
DOCS.append(DOC(
    "treasury-jy1859",
    events=[
        E("was in Brussels", "042", ["Wally Adeyemo"], ["Government of Belgium"],
          ("2023-10-30", "day"), place="Brussels"),
        E("met", "040", ["Wally Adeyemo"],
          ["Stefano Sannino", "Willem van de Voorde", "Tim Hermans", "Peter Sneyers"],
          ("2023-10-30", "day"), place="Brussels"),
        E("war", "190", ["russia-government"], ["ukraine-government"], "R", place="Ukraine",
          bg=True),
        E("sanctions package", "163", ["european-union"], ["russia-government"], "R",
          mod="planned"),
        E(S("commitment", after="reaffirmed the United States’ continued "), "0331",
          ["Wally Adeyemo"], ["ukraine-government"], ("2023-10-30", "day")),
        E("convened", "040", ["Wally Adeyemo"], ["~humanitarian organizations"],
          ("2023-10-30", "day"), place="Brussels"),
        E(S("commitment", after="to underscore the United States’ "), "0333", ["Wally Adeyemo"],
          ["~people of gaza"], ("2023-10-30", "day")),
    ],
    quotes=[
        IQ("the United States’ continued commitment to providing economic assistance to Ukraine",
           "Wally Adeyemo", "reaffirmed",
           to=["Stefano Sannino", "Willem van de Voorde", "Tim Hermans", "Peter Sneyers"]),
        IQ("the need to move with urgency", "Wally Adeyemo", "underscored",
           to=["~european officials"]),
    ],
    dates=[D("October 30", "2023-10-30", "day")],
))

# -- OFAC's designation of the three recruiters and the UN 1267 Committee's listing "Yesterday"
# (concurrent and in the sub-heading "Follows UN Designation": not background, as sm0011's "last
# night"). The beheading video is one event reported four times (the three "executed captives";
# Udin's "beheading of a prisoner", Faiz's "execution of a prisoner", Kiram's "beheading of three
# prisoners" in June 2016): anchored at the first mention naming the participants, 180 (as
# "execute" in wikicep-56924), dated June 2016 and killed 3 from the later mentions; place not
# given. Background acts with dates: Hapilon's (OFAC) and JI's (no agency: us-government)
# designations; Udin's arrest (173, "arrested and detained from 2003 to 2006"); the 2012
# Zamboanga bus bombing that "Philippine police believe" Kiram was responsible for (183, claimed,
# reported_by the police; "believe" is not a speech cue, so no quote). The Abu Sayyaf Group's
# Annex listing has no date; the recruiting, calls to join ISIS and to conduct attacks, the pledges
# of allegiance and the travel are the basis of the designations; Faiz's nine years in prison is
# a state (as sm0011's six years); "fighting on behalf of JI" and "was fighting for ISIS in Syria"
# name no opponent and no occasion (generic): none annotated.
DOCS.append(DOC(
    "treasury-sm469",
    events=[
        E("took action", "163", ["ofac"],
          ["Mohamad Rafi Udin", "Mohammed Karim Yusop Faiz", "Mohammad Reza Lahaman Kiram"],
          ("2018-08-24", "day")),
        E("executed", "180",
          ["Mohamad Rafi Udin", "Mohammed Karim Yusop Faiz", "Mohammad Reza Lahaman Kiram"],
          ["~captives held by isis"], ("2016-06", "month"), counts={"killed": [K(3)]}, bg=True),
        E(S("designated", after="Sanctions Committee also "), "163",
          ["United Nations Security Council 1267 ISIL (Da’esh) and Al-Qa’ida Sanctions Committee"],
          ["Mohamad Rafi Udin", "Mohammed Karim Yusop Faiz", "Mohammad Reza Lahaman Kiram"],
          ("2018-08-23", "day")),
        E(S("designated", after="OFAC "), "163", ["ofac"], ["Isnilon Hapilon"],
          ("2005-11-30", "day"), bg=True),
        E("arrested", "173", [], ["Mohamad Rafi Udin"], ("2003/2006", "year"), bg=True),
        E(S("designated", after="JI was "), "163", ["us-government"], ["Jemaah Islamiyah"],
          ("2002-10-23", "day"), bg=True),
        E("bus bombing", "183", ["Mohammad Reza Lahaman Kiram"], [], ("2012", "year"),
          place="Zamboanga", by="~philippine police", mod="claimed", bg=True),
    ],
    quotes=[
        Q("Treasury is targeting ISIS recruiters who have engaged in a beheading video and other "
          "brutal acts as part of a propaganda campaign to attract radicals to join militant "
          "terrorist groups in Southeast Asia,", "Sigal Mandelker", "said"),
        Q("We are sanctioning these terrorists along with our UN and international partners as part "
          "of a coordinated effort to counter ISIS’s global networks that enable the group to "
          "recruit foreign fighters to conduct international terrorist attacks.",
          "Sigal Mandelker", "said"),
    ],
    dates=[D("today", "2018-08-24", "day", all=True), D("Yesterday", "2018-08-23", "day"),
           D("As of November 2017", "2017-11", "month"), D("2014", "2014", "year", all=True),
           D("November 30, 2005", "2005-11-30", "day"), D("since 1998", "1998/..", "year"),
           D("from 2003 to 2006", "2003/2006", "year"),
           D("October 23, 2002", "2002-10-23", "day"), D("June 2016", "2016-06", "month", all=True),
           D("As of January 2017", "2017-01", "month"), D("2015", "2015", "year"),
           D("2012", "2012", "year")],
))

# -- Readouts of Mnuchin's meetings in Riyadh, dated by the title ("on October 30, 2019"), with
# the Riyadh dateline as place (as sm0192's Jerusalem). Meetings with Saudi officials: 042 (the
# subject travels); the Kuwaiti finance minister, met "on the sidelines of the Future Investment
# Initiative conference" in Riyadh: 044 (a third place). The TFTC's joint designation names no
# party, only a count: one event with a `~` target, as the White House summaries; its source is
# the named body. "encouraged Kuwait's further cooperation": 022 (as sb0289's "encouraged"),
# target the state named. Each "expressed his appreciation" is its own 051 event and quote;
# "reiterated the United States' support for Saudi Arabia" 051 and a quote. "the Aramco attack":
# 180 (no weapon, no perpetrator in the text), target the company named, background. "received an
# update on efforts ..." gives no speaker's content; the purpose clauses ("to discuss ...") and
# the joint "discussed" are not quotes.
HUWAIRINI = "Abdulaziz bin Mohammed al-Huwairini"
DOCS.append(DOC(
    "treasury-sm816",
    events=[
        E("jointly designated", "163", ["Terrorist Financing Targeting Center"],
          ["~25 targets affiliated with the iranian regime’s terror-support networks"],
          ("2019-10-30", "day")),
        E(S("met", n=0), "044", ["steven-mnuchin"], ["Nayef al-Hajraf"], ("2019-10-30", "day"),
          place="Riyadh"),
        E("encouraged", "022", ["steven-mnuchin"], ["kuwait-government"],
          ("2019-10-30", "day")),
        E(S("met", n=1), "042", ["steven-mnuchin"], ["Mohammed Al-Jadaan"], ("2019-10-30", "day"),
          place="Riyadh"),
        E(S("appreciation", n=0), "051", ["steven-mnuchin"], ["saudi-government"],
          ("2019-10-30", "day")),
        E(S("met", n=2), "042", ["steven-mnuchin"], ["Ahmed al-Kholifey"], ("2019-10-30", "day"),
          place="Riyadh"),
        E(S("met", n=3), "042", ["steven-mnuchin"], [HUWAIRINI], ("2019-10-30", "day"),
          place="Riyadh"),
        E(S("support", after="reiterated the United States’ "), "051", ["steven-mnuchin"],
          ["saudi-government"], ("2019-10-30", "day")),
        E("Aramco attack", "180", [], ["Aramco"], "R", bg=True),
        E(S("appreciation", n=1), "051", ["steven-mnuchin"], ["saudi-government"],
          ("2019-10-30", "day")),
        E(S("met", n=4), "042", ["steven-mnuchin"], ["Abdulaziz bin Salman Al Saud"],
          ("2019-10-30", "day"), place="Riyadh"),
    ],
    quotes=[
        IQ("his appreciation for Saudi Arabia’s continued leadership of the Terrorist Finance "
           "Targeting Center and the Saudi government’s recent efforts to inform the private sector "
           "about the risks of fraudulent coin offerings and other digital asset activities in the "
           "Kingdom", "steven-mnuchin", "expressed", to=["Mohammed Al-Jadaan"]),
        IQ("the importance of continued economic ties between the United States and the Kingdom of "
           "Saudi Arabia", "steven-mnuchin", "reaffirmed", to=["Ahmed al-Kholifey"]),
        IQ("the United States’ support for Saudi Arabia following the Aramco attack",
           "steven-mnuchin", "reiterated", to=[HUWAIRINI]),
        IQ("his appreciation for its continued leadership of the Terrorist Finance Targeting Center",
           "steven-mnuchin", "expressed", to=[HUWAIRINI]),
    ],
    dates=[D(S("October 30, 2019", field="title"), "2019-10-30", "day"),
           D("October 30", "2019-10-30", "day")],
))

# -- Designation of Bank Refah (fullest name in the identifying information: "Bank Refah
# Kargaran"). Background acts with dates: MODAFL's State designation (October 2007), HESA's
# Treasury designation (September 2008), the Iranian Financial Sanctions Regulations that
# Treasury issued in August 2010 (sanctions on Iran: 163, target the state, as tg1283's
# "imposing" on the Government of Syria), and the EU's sanctions on Bank Refah (July 2010). The
# EU's sanctions on Bank Melli ("following the sanctions imposed on the latter bank") and the
# "20 banks" that Levey's quote counts have no date: not annotated. The facilitated purchases and
# payments are the basis of the designation. "In recent years" is vague; "Act of 2010" is a year
# in a law's name.
DOCS.append(DOC(
    "treasury-tg1067",
    events=[
        E("designated", "163", ["us-treasury"], ["Bank Refah Kargaran"], ("2011-02-17", "day")),
        E(S("designated", after="ballistic missile program, and was "), "163",
          ["us-department-of-state"],
          ["Iranian Ministry of Defense and Armed Forces Logistics"], ("2007-10", "month"),
          bg=True),
        E(S("designated", after="in October 2007. Treasury "), "163", ["us-treasury"],
          ["Iran Aircraft Manufacturing Industrial Company"], ("2008-09", "month"), bg=True),
        E(S("issued", after="In August 2010, Treasury "), "163", ["us-treasury"],
          ["iran-government"], ("2010-08", "month"), bg=True),
        E("imposed sanctions", "163", ["european-union"], ["Bank Refah Kargaran"],
          ("2010-07", "month"), bg=True),
    ],
    quotes=[
        Q("Treasury has now exposed and sanctioned 20 banks owned by the Government of Iran for "
          "supporting Iran's nuclear and missile programs or terrorism,", "stuart-levey", "said"),
        Q("The pervasiveness of this illicit conduct explains why legitimate financial institutions "
          "everywhere are deciding to shun Iranian banks.", "stuart-levey", "said"),
    ],
    dates=[D("today", "2011-02-17", "day", all=True), D("Today", "2011-02-17", "day", all=True),
           D("October 2007", "2007-10", "month"), D("September 2008", "2008-09", "month"),
           D("August 2010", "2010-08", "month"), D("July 2010", "2010-07", "month")],
))

# -- Temporary general license for earthquake relief in Iran: easing sanctions (085, see
# above), anchored at "issuance" (the later "OFAC issued a temporary general license today" is
# the same act). Context recalled (background): the U.S. offer of assistance made "Since the
# August 11, 2012 earthquake" (033, and "made it clear that ..." is indirect speech, as
# Sullivan's "made clear"); the Iranian government's not accepting the offer (a rejection, 120,
# the unspecific code because the text does not say "rejected"); and the NGOs' relief assistance
# (073). The earthquake itself is no political interaction. The commitment the license
# "demonstrates" and the American people's "desire" are general statements. Dates: "Since the
# August 11, 2012 earthquake" gives "August 11, 2012" with an open interval (as "Since the 1979
# revolution"); the license's cut-off "until October 5, 2012" is annotated as the day, as the
# cut-off dates "on or after November 5, 2018" in jy2644; "the next 45 days" and "the 45-day
# period" are durations.
DOCS.append(DOC(
    "treasury-tg1689",
    events=[
        E("issuance", "085", ["ofac"], ["iran-government"], ("2012-08-21", "day")),
        E(S("offer", after="made it clear that it would "), "033", ["us-government"],
          ["iranian-people"], ("2012-08-11/..", "day"), bg=True),
        E("not accepted", "120", ["iran-government"], ["us-government"], "R", bg=True),
        E("assisting", "073", ["~non-governmental organizations"], ["iranian-people"], "R",
          bg=True),
    ],
    quotes=[
        IQ("it would offer assistance to the Iranian people as they recover and rebuild",
           "us-government", "made it clear"),
    ],
    dates=[D("today", "2012-08-21", "day", all=True), D("August 11, 2012", "2012-08-11/..", "day"),
           D("October 5, 2012", "2012-10-05", "day")],
))
