"""Hand annotations of the fourth batch: treasury documents chosen by `select_batch.py --batch 4`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

# Judgement calls where the guideline is silent (each applied wherever it arises below), in
# addition to those of the second and third batches (`events_annotations_b2_treasury.py`,
# `events_annotations_b3_treasury.py`), which are followed here:
# - Archive release numbers that are built from a timestamp ("2006-11-6-11-58-51-25240") are
#   identifiers, not date expressions (the first batch left "2007-2-16-12-25-42-15654" in
#   treasury-200721612254215654 unannotated).
# - "X discussed <noun phrase>" by a single speaker names a topic, not content: no quote (as the
#   third batch's topic lists and joint "discussed"). "The report notes <noun phrase>" and
#   "highlighting <noun phrase>" carry content like "noted"/"underscored": indirect quotes whose
#   speaker is the body that wrote the report; "details <noun phrase>" is a topic.
# - Verbs of mental state or forecast ("have worried that", "knew", "doubted", "projects the
#   economy to grow") are not speech cues (as "believe" in the third batch's sm469).
# - An op-ed reproduced in a release is its author's own text, not a quote (as po837's
#   statement). The release's "X writes that <clause>" about it is indirect speech with cue
#   "writes"; the newspaper that published the op-ed is `reported_by` (the medium, as "on state
#   television").
# - In that op-ed, "we" is `us-government` where the act is the country's and the text equates
#   "us" with "the U.S." ("we began negotiations with Iran"; "puts the U.S." / "puts us in a
#   better position"); otherwise "we" stays the publisher (second-batch convention).
# - The terms of an agreement (what the parties "will" do under it: Iran's reductions, IAEA
#   access, the release of frozen funds, designations that "will remain") are its content, not
#   events of their own; the agreement itself, named in passing, is one 057 event (as the third
#   batch's Compact launch, 030).
# - Ongoing cooperation and contact ("intensifying our work alongside Israel", "has been in close
#   contact with partners", "a long-standing ... information sharing relationship", "has already
#   resulted in the sharing of ... data") is habitual: not annotated.
# - "The past year", "the last two months": the span of that length ending on the publication
#   day, written with day endpoints, precision the unit ("year", "month"), as the README's "the
#   past N days". "over" is kept in the span (as the README's "Over the past four days");
#   "during" and "for" are left out (like "in"), as is "from" before a range ("October 23-26,
#   2023").
# - A date given relative to an event whose date the text does not give ("nine days after the
#   ... elections") is not annotated (a duration). "Then" meaning "at that time" is annotated
#   with the date it refers to (second-batch anaphora rule); "Then" meaning "next" is not.
# - A year that names a document but is used as a time anchor ("since the 2016 Mutual Evaluation
#   Report") is annotated as "since the 1979 revolution" ("2016", 2016/..).
# - Content relayed inside an official's direct quote whose actor is not the speaker (Iran's
#   claim in Mnuchin's quote, the FATF's condemnation in Billingslea's) is annotated (a nested
#   indirect quote, an event) with `reported_by` the quoted official; the speaker's own acts in
#   the quote (commend, urge, appreciate) keep `reported_by` null, as sm890's "thank".
# - In a speech or statement whose occasion is not itself an event of the brief, the recent
#   developments it recalls ("just entered into", "earlier this month", "last week") are
#   background, as the README's "earlier this month".
# - A foreign ministry that the text names as a party and the KB lacks is written by its name
#   ("Ministry of Finance of the State of Israel"), as `us-treasury` is used for the US side; a
#   state named as such stays its government actor ("Government of Japan").
# - Debt reduction granted is economic aid (071); commitments to loan guarantees and their
#   extension are intents to provide economic aid (0331), as the third batch's debt-relief
#   pledges.
# - The announcement of an Executive Order meant "to dissuade" a state, with sanctions authority
#   against it, is a threat of sanctions (1312); the designations said to follow "as needed" are
#   163 `threatened`; "It is imperative that Turkey ..." in the release's voice is a demand (100).
# - Meetings of an announced trip are dated to the trip's interval and `planned` (as jy2057's
#   meetings took the trip's "January 28 and 29"). "This week" in a Sunday release that looks
#   back ("This week, Treasury sanctioned ...") is the ISO week ending that Sunday (the README's
#   look-ahead exception does not apply).
# - "One-Year Anniversary" in a title names an occasion, not a date: not annotated.

# -- Monday 6 November 2006. Archived release, no quote marks: Kimmitt's "We commend Iraq ...,
# said ..." is indirect speech and also his praise (051, as sm890's "thank" inside a quote), dated
# only "when the Compact was launched" (no date: "R", background). The trip to Japan and South
# Korea "this week" is announced (042, planned, two places: place null); the Compact's launch by
# the UN and Iraq (030, as hp380's launch) and last week's meeting in Kuwait City (044: a third
# place, with Iraqi officials and representatives, the UN, IMF and World Bank named) are
# recalled (background). What the Compact "will embody" is its content. The title's "this week"
# is annotated (field="title").
DOCS.append(DOC(
    "treasury-200611611585125240",
    events=[
        E("travels", "042", ["Robert M. Kimmitt"], ["Government of Japan", "Government of South Korea"],
          ("2006-W45", "week"), mod="planned"),
        E("launched", "030", ["united-nations", "iraq-government"],
          ["united-nations", "iraq-government"], "R", bg=True),
        E("commend", "051", ["Robert M. Kimmitt"], ["iraq-government"], "R", bg=True),
        E("meeting", "044", ["Robert M. Kimmitt"],
          ["~iraqi officials", "~representatives from 20 countries and regional and multilateral "
           "institutions", "united-nations", "IMF", "World Bank"],
          ("2006-W44", "week"), place="Kuwait City", bg=True),
    ],
    quotes=[
        IQ("We commend Iraq for its commitment, as part of this Compact, to take a series of steps "
           "to achieve objectives in economic and reconstruction areas", "Robert M. Kimmitt",
           "said"),
    ],
    dates=[D(S("this week", field="title"), "2006-W45", "week"),
           D("this week", "2006-W45", "week"), D("last week", "2006-W44", "week")],
))

# -- Thursday 11 December 2008. Levey's remarks at the Wilson Center: no event of the brief (a
# speech; "the Treasury Department's campaign to warn the world" is habitual; the financial
# measures that "have left Iran ... isolated" are earlier sanctions without a date, not annotated
# by the second-batch convention; the banks' scaling back is business). "He discussed ..." names
# a topic: no quote (see above). Only the sentence with the lost-quote-marks cue "said Levey" is
# indirect speech (as hp216).
DOCS.append(DOC(
    "treasury-2008121193067009",
    events=[],
    quotes=[
        IQ("This has intensified a debate in Iran on whether the country's best interests lie in "
           "continued defiance and isolation", "stuart-levey", "said"),
    ],
    dates=[D("Thursday", "2008-12-11", "day")],
))

# -- Thursday 24 September 2015. Release introducing Szubin's op-ed, then the op-ed itself (see
# above: not a quote; its headline "Nuclear deal should help ... By Adam Szubin" is a title).
# The two "writes that" clauses are indirect speech, reported_by the Sun-Sentinel. Events: the
# Iran agreement (057, both parties on both sides, anchored at its first mention "the Iran
# agreement"; concluded before, no date in the text: "R", background) and the negotiations that
# "we began ... two years ago" (046, us-government, see above; background). Not annotated: the
# deal's terms (see above); "will aggressively enforce sanctions" and "will continue to
# aggressively counter Iran's missile program" (general statements of resolve in the author's own
# voice, as Yellen's "We will not hesitate ..." in jy2644); "intensifying our work alongside
# Israel" (ongoing); "Contrary to what some critics contend" (no reported clause) and "Some have
# worried that ..." (mental state, see above); the IAEA's stalemate and Iran's building (states
# and programmes, not interactions). Dates: "Oct. 18" (the deal's taking effect), "two years ago"
# and "2013", "the 2000s" (decade), "the last two months" (see above); "a decade or two away",
# "24 days" are durations.
DOCS.append(DOC(
    "treasury-jl0178",
    events=[
        E("agreement", "057", ["us-government", "iran-government"],
          ["us-government", "iran-government"], "R", bg=True),
        E("negotiations", "046", ["us-government", "iran-government"],
          ["us-government", "iran-government"], ("2013", "year"), bg=True),
    ],
    quotes=[
        IQ("as the discussion about the Iran agreement continues it should not be clouded by "
           "misconceptions about the deal", "adam-szubin", "writes",
           by="South Florida Sun-Sentinel"),
        IQ("the agreement neutralizes the threat of a nuclear-armed Iran and puts the U.S. in a "
           "better position to deal with Iran if it ever tries to build a nuclear weapon",
           "adam-szubin", "writes", by="South Florida Sun-Sentinel"),
    ],
    dates=[D("Thursday", "2015-09-24", "day"),
           D("the last two months", "2015-07-24/2015-09-24", "month"),
           D("Oct. 18", "2015-10-18", "day"), D("two years ago", "2013", "year"),
           D(S("2013", after="It bears remembering that, in "), "2013", "year"),
           D("2000s", "2000/2009", "decade")],
))

# -- Friday 22 October 2004. Taylor's remarks on the anniversary of the Iraqi currency exchange;
# no event of the brief happens on the day, so everything recalled is background (see above).
# Annotated: the currency exchange as cooperation of the Iraqi people with the United States and
# the coalition partners (061, all on both sides; "working with", dated "One year ago this
# week"); Iraq's agreement with the IMF (057) and the G7's approving and welcoming it (051,
# trigger "welcomed", targets both parties); the Iraqi Finance Minister's visit to Washington for
# the IMF and World Bank annual meetings (042, "was in Washington" as jy1859's "was in Brussels")
# and his appeal for debt relief there ("to ... make the case for erasing ... debt": 0231, a
# purpose infinitive as jy1859's 0333). "As President Bush mentioned ..." is indirect speech.
# Not annotated: the planning, the President's approval and "the Iraqis and the Coalition
# Provisional Authority working together" (internal decisions; the same cooperation again), the
# printing, distribution and destruction of currency, the hypothetical sabotage, "is hailed as a
# success" (no speaker). Dates: "One year ago this week" (the ISO week a year before), "one year
# later" (anaphoric: this week), "this year", "the past year" (see above), "next year",
# "Earlier this month", "2002", "spring of 2003" (season); "everyday" is a frequency. The
# title's "One-Year Anniversary" is not a date (see above).
DOCS.append(DOC(
    "treasury-js2056",
    events=[
        E("working", "061", ["~iraqi people", "us-government", "~coalition partners"],
          ["~iraqi people", "us-government", "~coalition partners"], ("2003-W43", "week"),
          bg=True),
        E("agreement", "057", ["iraq-government", "International Monetary Fund"],
          ["iraq-government", "International Monetary Fund"], "R", bg=True),
        E("welcomed", "051", ["g7"], ["iraq-government", "International Monetary Fund"], "R",
          bg=True),
        E("was in Washington", "042", ["~iraq's finance minister"],
          ["International Monetary Fund", "World Bank"], ("2004-10", "month"),
          place="Washington", bg=True),
        E("make the case", "0231", ["~iraq's finance minister"], ["~world's economic leaders"],
          ("2004-10", "month"), place="Washington", bg=True),
    ],
    quotes=[
        IQ("the Finance Minister was amazed that the U.S. press coverage missed all this good "
           "economic news about his country", "george-w-bush", "mentioned"),
    ],
    dates=[D("One year ago this week", "2003-W43", "week"),
           D("one year later", "2004-W43", "week"), D("this year", "2004", "year"),
           D("the past year", "2003-10-22/2004-10-22", "year"), D("next year", "2005", "year"),
           D("Earlier this month", "2004-10", "month"), D("2002", "2002", "year"),
           D("spring of 2003", "2003-SP", "season")],
))

# -- Tuesday 8 February 2005. Taylor's press statement from Baghdad (the title's dateline gives
# the place, as sm0192's and sm816's datelines). His visit to Iraq (042; its extent is not given:
# "R"), his meetings with the unnamed Deputy Prime Minister, Minister of Finance and Central Bank
# Governor (040, dated by "One of the topics for discussion today"), his thanks to the Minister
# of Finance (051, performative, as sm890's "thank"; the hosted lunch is part of the meetings,
# not a separate event), his earlier visit "here in June 2003" (042, background), and the "80
# percent reduction on Iraq's sovereign debt" over the past year (071, granted debt relief, no
# creditor named; background, one of the "successes" recalled). The statement is his own text,
# so "I note and can see that ..." is not reported speech; "One of the topics for discussion" is
# a topic. The elections, the new currency, the central bank law and the account at the Federal
# Reserve Bank are not interactions. "nine days after the ... elections" is not annotated (see
# above); "Then" is June 2003.
DOCS.append(DOC(
    "treasury-js2240",
    events=[
        E("visit", "042", ["John B. Taylor"], ["iraq-government"], "R", place="Baghdad"),
        E("meetings", "040", ["John B. Taylor"],
          ["~iraqi deputy prime minister", "~iraqi minister of finance",
           "~iraqi central bank governor"], ("2005-02-08", "day"), place="Baghdad"),
        E("thank", "051", ["John B. Taylor"], ["~iraqi minister of finance"], "R"),
        E(S("visit", after="compared to the conditions during my "), "042", ["John B. Taylor"],
          ["iraq-government"], ("2003-06", "month"), place="Baghdad", bg=True),
        E("reduction", "071", [], ["iraq-government"], ("2004-02-08/2005-02-08", "year"),
          bg=True),
    ],
    quotes=[],
    dates=[D("June 2003", "2003-06", "month"), D("Then", "2003-06", "month"),
           D("today", "2005-02-08", "day", all=True),
           D("over the past year", "2004-02-08/2005-02-08", "year")],
))

# -- Thursday 25 August 2022. The finalization of the Treasury–Israeli Ministry of Finance MoU
# (057, both on both sides, no date: "R"); the announcement is joint, so no quote. Adeyemo's
# November 2021 visit to Israel (042) and the bilateral partnership it "established" (030, as
# hp380's launch; both on both sides; background): the later "launched a bilateral Cyber Task
# Force with Israel" on the same trip is the same partnership, anchored at its first mention.
# The ongoing information sharing and the MoU's areas of cooperation are not annotated (see
# above). “MoU” is a quoted label: a scare quote.
DOCS.append(DOC(
    "treasury-jy0929",
    events=[
        E("finalization", "057", ["us-treasury", "Ministry of Finance of the State of Israel"],
          ["us-treasury", "Ministry of Finance of the State of Israel"], "R"),
        E("visit", "042", ["Wally Adeyemo"], ["israel-government"], ("2021-11", "month"),
          place="Israel", bg=True),
        E("established", "030", ["Wally Adeyemo", "israel-government"],
          ["Wally Adeyemo", "israel-government"], ("2021-11", "month"), place="Israel", bg=True),
    ],
    quotes=[
        SQ("MoU"),
        Q("We are pleased to have the government of Israel as partners in our global effort to "
          "stop ransomware,", "Wally Adeyemo", "said"),
        Q("This partnership has already resulted in the sharing of real time cyber threat data to "
          "prevent the spread of ransomware and other cyber attacks from impacting the U.S. "
          "financial sector. We look forward to expanding this partnership.", "Wally Adeyemo",
          "said"),
    ],
    dates=[D("November 2021", "2021-11", "month", all=True)],
))

# -- Sunday 22 October 2023. Announcement of Nelson's trip to Riyadh and Doha, October 23-26
# (042, planned, targets the two states, place null: two places), and of its meetings (040,
# planned, dated to the trip, see above): the TFTC Executive Committee meeting he will co-chair
# "In Saudi Arabia", the Saudi national security officials in Riyadh, the Qatari officials in
# Doha. "This week" (looking back from Sunday: 2023-W42) Treasury's two sanctions, each given only
# as a summary (163, `~` targets, as the White House summaries; background). Biden "has stressed
# ..." is indirect speech. Not annotated: the aims of the trip ("to further U.S. efforts to deny
# Hamas ..."), the TFTC's habitual work, the FinCEN alert and the proposed regulation (addressed
# to financial institutions; not interactions), "in close contact with partners" (ongoing), and
# the linked titles at the end ("2022 National Terrorist Financing Risk Assessment" is a document
# name).
DOCS.append(DOC(
    "treasury-jy1831",
    events=[
        E("travel", "042", ["brian-e-nelson"], ["saudi-government", "qatar-government"],
          ("2023-10-23/2023-10-26", "day"), mod="planned"),
        E(S("meeting", after="will co-chair a "), "040", ["brian-e-nelson"],
          ["Terrorist Financing Targeting Center"], ("2023-10-23/2023-10-26", "day"),
          place="Saudi Arabia", mod="planned"),
        E(S("meet", after="While in Riyadh, Under Secretary Nelson will also "), "040",
          ["brian-e-nelson"], ["~key saudi national security officials"],
          ("2023-10-23/2023-10-26", "day"), place="Riyadh", mod="planned"),
        E(S("meet", after="In Doha, Under Secretary Nelson will "), "040", ["brian-e-nelson"],
          ["~senior qatari officials"], ("2023-10-23/2023-10-26", "day"), place="Doha",
          mod="planned"),
        E(S("sanctioned", after="This week, Treasury "), "163", ["us-treasury"],
          ["~ten key hamas terrorist group members, operatives, and financial facilitators"],
          ("2023-W42", "week"), bg=True),
        E(S("sanctioned", after="supporting the terrorist organization Hamas;"), "163",
          ["us-treasury"], ["~actors supporting iran's missile and uav programs"],
          ("2023-W42", "week"), bg=True),
    ],
    quotes=[
        IQ("the urgency of getting life-saving aid on an ongoing basis to the people of Gaza",
           "joe-biden", "stressed"),
    ],
    dates=[D("October 23-26, 2023", "2023-10-23/2023-10-26", "day"),
           D("This week", "2023-W42", "week")],
))

# -- Friday 11 October 2019. The sub-heading "Impending Presidential E.O. ..." is a title (third
# batch): events are anchored in the body. Turkey's "ongoing military offensive in northeastern
# Syria" (190; no target named; ongoing, not background). The E.O. that Trump "intends to sign"
# to dissuade Turkey is a threat of sanctions (1312) and Mnuchin's "we will be targeting specific
# Turkish individuals or departments as needed" the threatened designations (163, threatened;
# "we" is the publisher); "It is imperative that Turkey not allow ..." a demand (100) in the
# release's voice (`us-treasury`); Mnuchin's "notice to banks and other parties ... of potential
# actions" a threat with unspecified acts (130) to those parties (see above). The authorities
# the Order "will delegate" and "give" are its content (as hp216's E.O.), and the listed kinds of
# targeting are hypothetical: not annotated. No date expression.
DOCS.append(DOC(
    "treasury-sm791",
    events=[
        E("offensive", "190", ["turkey-government"], [], "R", place="northeastern Syria"),
        E("intends to sign", "1312", ["donald-trump"], ["turkey-government"], "R"),
        E("imperative", "100", ["us-treasury"], ["turkey-government"], "R"),
        E(S("targeting", after="we will be "), "163", ["us-treasury"],
          ["~specific turkish individuals or departments"], "R", mod="threatened"),
        E(S("notice", n=0, after="This is a "), "130", ["steven-mnuchin"],
          ["~banks and other parties"], "R"),
    ],
    quotes=[
        Q("At the direction of President Trump we will be targeting specific Turkish individuals or "
          "departments as needed,", "steven-mnuchin", "said"),
        Q("This is a notice to banks and other parties to be on notice of potential actions.",
          "steven-mnuchin", "said"),
    ],
    dates=[],
))

# -- Friday 21 February 2020. The FATF's public statement "calling for countermeasures on Iran"
# (020, as hp1216's "called"; anchored at this first mention, which names the caller; the
# addressees, "all jurisdictions", come from the later "The FATF called on all jurisdictions ...",
# which is the same act, as is Mnuchin's "calling on our partners"; dated "Today"). The FATF's
# "condemnation of Iran's failure" (111, a different act of the same statement, no date in the
# text: "R"; reported in Billingslea's quote, see above), Mnuchin's "We commend FATF" (051),
# Billingslea's "applauds" the FATF's decision (051, welcoming a named actor's decision) and "We
# urge countries around the world" (020, as hp1216's "encourage"), and the FATF's call for
# countermeasures on North Korea (020). Iran's claim inside Mnuchin's quote is a nested indirect
# quote (see above). The report's "notes" and "highlighting" are indirect quotes of the FATF (see
# above). Not annotated: the plenary itself (the body's own meeting), the evaluation of the US
# framework, the guidance, the adoption of reports, FinCEN's advisory. Dates: "Today", "2016"
# (see above), "2018", "19-21 February 2020"; "in the near future" is vague.
FATF = "Financial Action Task Force"
DOCS.append(DOC(
    "treasury-sm913",
    events=[
        E("calling", "020", [FATF], ["~all jurisdictions"], ("2020-02-21", "day")),
        E("commend", "051", ["steven-mnuchin"], [FATF], "R"),
        E("applauds", "051", ["Marshall Billingslea"], [FATF], "R"),
        E("condemnation", "111", [FATF], ["iran-government"], "R", by="Marshall Billingslea"),
        E("urge", "020", ["Marshall Billingslea"], ["~countries around the world"], "R"),
        E(S("called", after="The FATF also "), "020", [FATF], ["~all countries"], "R"),
    ],
    quotes=[
        Q("Iran claimed it was finally ready to implement basic controls to counter illicit finance, "
          "but the regime has failed to live up to its commitments,", "steven-mnuchin", "said"),
        IQ("it was finally ready to implement basic controls to counter illicit finance",
           "iran-government", "claimed", by="steven-mnuchin"),
        Q("We commend FATF for calling on our partners around the world to take concrete steps to "
          "impose financial restrictions to protect the global financial system from Iranian "
          "threats.", "steven-mnuchin", "said"),
        Q("The U.S. applauds the condemnation of Iran’s failure to combat money laundering and "
          "terrorist financing, a consensus decision of 39 FATF members,", "Marshall Billingslea",
          "said"),
        Q("We urge countries around the world to take meaningful steps to prevent Iran from using "
          "the international financial system for illicit purposes. The safety and security of the "
          "international financial system depends upon it.", "Marshall Billingslea", "said"),
        IQ("the growing trend of ISIL affiliates generating their own revenue and relying less on "
           "funds sent from Syria and Iraq", FATF, "notes"),
        IQ("the ongoing threat of Al-Qaeda to international peace and security", FATF,
           "highlighting"),
    ],
    dates=[D("Today", "2020-02-21", "day"), D("2016", "2016/..", "year"),
           D("2018", "2018", "year"), D("19-21 February 2020", "2020-02-19/2020-02-21", "day")],
))

# -- Wednesday 24 October 2012. Archived release, no quote marks: Geithner's and Cohen's
# sentences with "said" are indirect speech (the sentences after them have no cue: not
# annotated, as hp216). Events: this week's JEDG meetings in Washington (043, the US hosting;
# both parties on both sides, as talks; dated by the later "October 24-25"); the extension of the
# loan guarantee program, anchored at its first mention "the extension of the U.S.-Israel Loan
# Guarantee program", which names both parties, with its actor and date from the later "On July
# 27, 2012, President Obama signed legislation extending ..." (0331, see above; background); the
# MOU that Geithner and Cohen signed today (057, both on both sides; place the building named, as
# "White House"); the "$9 billion commitment made by the U.S. in 2003" (0331, background); and
# Cohen's "Israel appreciates the ... support of the United States" (051, performative, as
# sm890's "thank"). Not annotated: the ceremony that "marked" the extension, "the new framework
# affirms the United States' confidence" (the framework is not a speaker), the Bank of Israel's
# projection (see above). Dates: "this week", "today", "July 27, 2012", "2016" (the extension's
# end), "2003", "October 24-25", "2011", "2012" (the projection year), "September"; "in recent
# years" and "in the years to come" are vague.
DOCS.append(DOC(
    "treasury-tg1745",
    events=[
        E("meetings", "043", ["us-government", "israel-government"],
          ["us-government", "israel-government"], ("2012-10-24/2012-10-25", "day"),
          place="Washington"),
        E("extension", "0331", ["barack-obama"], ["israel-government"], ("2012-07-27", "day"),
          bg=True),
        E("signed", "057", ["Tim Geithner", "Doron Cohen"], ["Tim Geithner", "Doron Cohen"],
          ("2012-10-24", "day"), place="U.S. Department of the Treasury"),
        E("commitment", "0331", ["us-government"], ["israel-government"], ("2003", "year"),
          bg=True),
        E("appreciates", "051", ["Doron Cohen"], ["us-government"], "R"),
    ],
    quotes=[
        IQ("Israel is a vital partner and ally of the United States", "Tim Geithner", "said"),
        IQ("Israel appreciates the longstanding extraordinary support of the United States for "
           "Israel and the relationship between two countries that have so much in common",
           "Doron Cohen", "said"),
    ],
    dates=[D("this week", "2012-W43", "week"), D("today", "2012-10-24", "day"),
           D("July 27, 2012", "2012-07-27", "day"), D("2016", "2016", "year"),
           D("2003", "2003", "year"), D("October 24-25", "2012-10-24/2012-10-25", "day"),
           D("2011", "2011", "year"), D(S("2012", after="3.3 percent in "), "2012", "year"),
           D("September", "2012-09", "month")],
))
