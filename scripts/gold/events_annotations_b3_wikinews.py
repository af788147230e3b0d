"""Hand annotations of the third batch: wikinews-saliency documents chosen by
`select_batch.py --batch 3`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

AHM = "mahmoud-ahmadinejad"
NETANYAHU = "benjamin-netanyahu"
US = "us-government"

# Judgement calls where the guideline is silent (applied to every document below, decided as the
# earlier batches did):
# - A state that the KB lacks is written as its government, "Government of X" (the pattern of the
#   KB's government actors and of "Government of Egypt" in the README), by the states-as-actors
#   rule: "Government of China", "Government of Canada", "Government of Indonesia". "Europe" (not
#   a state, and not the KB's European Union) is written as the text names it.
# - A speech act whose content is a conditional threat against a named party ("if X, then we will
#   Y", "X will bear the consequences if ...") is a 13x event at its speech verb, as "fired back
#   saying that more bombing would take place unless ..." in wikinews-69829; the threatened act,
#   when it is one of the brief, is its own event with modality "threatened" (wikinews-139087).
#   A threat performed inside a direct quote counts as well, as the thanks inside Mnuchin's quote
#   (treasury-sm890). Statements that Iran will not stop or retreat, without a rejection verb, are
#   general statements: quotes only.
# - Ending Iran's voluntary cooperation with the IAEA (and barring inspections) is coded 1245
#   (decline to allow international involvement), its threat 136 (threaten to halt international
#   involvement).
# - Indirect speech of two actors together ("They state that ...", Russia and China) is a joint
#   statement: not a quote (guideline). A direct quote of a joint statement must still be
#   annotated; its speaker is the grammatical subject named first.
# - Votes of a committee or parliament on a named actor's plan or agreement are coded as in
#   wikinews-17944 ("approved" 051) and wikinews-69354 ("rejected" 120), not skipped as the
#   Wikipedia current-events batch did for legislative steps that have no actor as object.
# - A trailing "according to X" is an indirect quote in Wikinews, as in wikinews-246452 and
#   wikinews-17944.
# - An unattributed passage in quote marks of three words or more that characterises something
#   ("offering "a check on al-Maliki's power"") has no speaker: it is read as a quoted label
#   (scare quote).
# - A weekday is resolved from the context when the mechanical rule contradicts the text
#   ("reached on Tuesday" in a Tuesday story, before Thursday and Saturday: the previous Tuesday);
#   "today" inside a quote is the day the words were said when the text gives it.

# =============================================================================================

DOCS.append(DOC(
    "wikinews-30715",  # Saturday 14 January 2006. Ahmadinejad's acts are from the news conference
    # "on Saturday" in Tehran.
    events=[
        E("spoke out", "111", [AHM], ["Europe", US], ("2006-01-14", "day"), place="Tehran"),
        # "saying that if any country refers it to the U.N. Security Council ..., that it will end
        # their voluntary compliance with surprise inspections ...": a conditional threat against
        # those whose statements he spoke out against (Europe and the US).
        E("saying", "136", [AHM], ["Europe", US], ("2006-01-14", "day"), place="Tehran"),
        E(S("end", after="it will "), "1245", ["iran-government"], ["iaea"], "R",
          mod="threatened"),
        E("warned", "130", [AHM], ["Europe"], ("2006-01-14", "day"), place="Tehran"),
        # Building support for reporting Iran to the Security Council: rallying opposition against
        # Iran (113). The referral itself has not happened.
        E("build support", "113", ["Europe", US], ["iran-government"], "R"),
        # China "warned the move could only escalate the confrontation": a statement without an
        # act against an actor (as Rice's "warned that ... were dangerous" in wikinews-22319): quote.
        E("urged", "020", ["george-w-bush", "Angela Merkel"], ["united-nations"], "R"),
        # The EU3-Iran talks are recalled as context in the EU3 statement (as "peace talks" in
        # wikinews-96593); "2 1/2 years" is a duration, so no date.
        E("negotiations", "046",
          ["uk-government", "france-government", "germany-government", "iran-government"],
          ["uk-government", "france-government", "germany-government", "iran-government"], "R",
          bg=True),
        E(S("urged", after="dead end"), "020",
          ["uk-government", "france-government", "germany-government"], ["un-security-council"],
          ("2006-01-10", "day")),
        E(S("said", after="Manoucher Mouttaki, "), "130", ["Manoucher Mouttaki"], ["~the west"],
          ("2006-01-13", "day")),
        # Not events: "They keep on threatening us" (inside a quote, as in wikinews-22319); the
        # Bush administration's "cannot allow ... to blackmail" (no accusation verb); the NPT
        # "which the nation has signed" (a treaty named as the topic of a claimed right, as the
        # Abraham Accords in treasury-sb0289); "continue to have growing concerns" (a state).
    ],
    quotes=[
        IQ("if any country refers it to the U.N. Security Council over its nuclear program, that it "
           "will end their voluntary compliance with surprise inspections and other nuclear "
           "cooperation with the U.N. nuclear watchdog, the IAEA", AHM, "saying"),
        IQ("Europe will lose the chance of reconciliation if it pursues sanctions", AHM, "warned"),
        IQ("even if Iran is referred to the Security Council for possible sanctions, the action "
           "would still not stop its nuclear program", AHM, "said"),
        Q("They keep on threatening us that we have to either accept what they say or they will "
          "send us to the Security Council,", AHM, "said"),
        IQ("the move could only escalate the confrontation", "china-government", "warned"),
        Q("The world needs to send a common message to Iran that their behavior...is unacceptable,",
          "george-w-bush", "said"),
        # The EU3 statement "declaring that ... were a "dead end"" is joint: no indirect quote; the
        # scare quote is annotated.
        SQ("dead end"),
        Q("the West will bear the consequences if Iran is sent to the Council. Iran does not need to "
          "have permission from any country. It is our legal right to have nuclear energy.",
          "Manoucher Mouttaki", "said", to=["~press"]),
        # Joint ("the Bush administration, along with Chancellor Angela Merkel"): speaker the
        # subject named first. The reported clause holds a direct quote: only the quote.
        Q("cannot allow countries such as Iran to blackmail peace-loving countries like themselves.",
          US, "said"),
        Q("country does not need nuclear weapons. They are needed only by people who want to solve "
          "everything through the use of force.", AHM, "said"),
        Q("Leaders who believe they can create peace for themselves by creating war for others are "
          "mistaken.", AHM, "say"),
        IQ("it has the right under Article VI of the nuclear Non-Proliferation Treaty — which the "
           "nation has signed but not ratified — to research nuclear energy for peaceful purposes",
           "iran-government", "said"),
    ],
    dates=[
        D("Saturday", "2006-01-14", "day"),
        D("Tuesday", "2006-01-10", "day"),
        D("yesterday", "2006-01-13", "day"),
    ],
))

DOCS.append(DOC(
    "wikinews-36034",  # Wednesday 15 March 2006
    events=[
        # Objecting to the draft statement of the United States, Britain and France: 120, no more
        # specific than the text. The draft "backed by" them is the object, not an event of its own
        # (an adjectival mention of support); "demands that it suspend uranium enrichment" are
        # standing demands with no source named (a state, not an act); Russia and China
        # "prefer"/"want" a deadline (preferences).
        E("objected", "120", ["china-government", "russia-government"],
          [US, "uk-government", "france-government"], ("2006-03-14", "day")),
        E("claim", "112", ["~some nations in the west", US], ["iran-government"], "R"),
        # The IAEA board's report to the Security Council (Iran's referral) is an official
        # complaint (114), recalled with "Following": background.
        E(S("report", after="last month's IAEA board "), "114", ["iaea"], ["iran-government"],
          ("2006-02", "month"), bg=True),
        E("ended", "1245", ["iran-government"], ["iaea"], "R", bg=True),
        # Not events: Khamenei's "irreversible" and "any retreat would endanger ..." (a statement
        # without a rejection verb); Iran's saying it "would start uranium enrichment and bar
        # surprise inspections" (the barring is part of the ended cooperation; enrichment is no
        # interaction).
    ],
    quotes=[
        IQ("its nuclear program is for producing energy", "iran-government", "says"),
        # Three words in quote marks: a direct quote, the only part annotated (mixed-quote rule).
        Q("lack of confidence", "iaea", "expressed"),
        IQ("Iran's goal of nuclear energy production is a cover for nuclear bomb development",
           "~some nations in the west", "claim"),
        # The draft is the Security Council's (in draft): its body is the speaker, as "The main
        # statement in their resolution says" is the committee's in wikinews-59168.
        Q("the conviction that continued Iranian enrichment-related activity would intensify "
          "international concern.", "un-security-council", "cite"),
        Q("constitutes a threat to international peace and security.", "un-security-council",
          "reiterate"),
        IQ("the nuclear program is \"irreversible,\" and any retreat would endanger the Islamic "
           "republic's independence", "ali-khamenei", "said"),
        SQ("irreversible,"),
        # "They state that tough council action could ...": Russia and China jointly, not a quote.
        IQ(S("lack of confidence", n=1), "iaea", "expressing"),
        IQ("it would start uranium enrichment and bar surprise inspections of the facilities",
           "iran-government", "said"),
    ],
    dates=[
        D("Tuesday", "2006-03-14", "day"),
        # "a report in two weeks" and "a six-week deadline" are lengths of time (durations).
        D("last month", "2006-02", "month"),
    ],
))

DOCS.append(DOC(
    "wikinews-59168",  # Wednesday 24 January 2007
    events=[
        # The committee's vote against the President's plan: a rejection of a named actor's plan
        # (120, as "rejected" in wikinews-69354). The troop increase itself is a planned
        # deployment (force posture, 15x): not annotated; the full Senate debate is legislative
        # business.
        E("voted", "120", ["Senate Foreign Relations Committee"], ["george-w-bush"],
          ("2007-01-24", "day")),
    ],
    quotes=[
        # The start of the quote is truncated in the corpus ("t is"): kept as it is.
        Q("t is not in the national interest of the United States to deepen its military involvement "
          "in Iraq, particularly by increasing the United States military force presence in Iraq.",
          "Senate Foreign Relations Committee", "says"),
        Q("We better be damn sure we know what we're doing, all of us, before we put 22,000 more "
          "Americans into that grinder.", "Chuck Hagel", "said"),
        # Senator Joseph Biden is the KB's joe-biden.
        Q("not an attempt to embarrass the president. ... It's an attempt to save the president from "
          "making a significant mistake with regard to our policy in Iraq.", "joe-biden", "said"),
        Q("I am not confident that President Bush's plan will succeed.", "Richard Lugar", "said"),
    ],
    dates=[
        D("Wednesday", "2007-01-24", "day"),
        D("next week", "2007-W05", "week"),
    ],
))

DOCS.append(DOC(
    "wikinews-99651",  # Saturday 16 February 2008. An appointment and a career: the appointment,
    # the future "close contact" with Solana (no act yet), Verhagen being "pleased" (a state, as
    # "deeply concerned" in wikinews-105869) and the career items (embassies, representing the EU
    # in Darfur, preparing the EU mission in Iraq, being in charge of the Aceh operation) are not
    # events, as the biography in wikinews-1076078. Supervising the peace negotiations between two
    # named parties is mediation (045, as "brokered" in wikinews-119346), recalled as background.
    events=[
        E("supervised", "045", ["Pieter Feith"], ["Government of Indonesia", "~rebels"],
          ("2005", "year"), place="Aceh", bg=True),
    ],
    quotes=[
        Q("The Special Representative for the E.U. in Kosovo is a figurehead. It is good news that "
          "the choice for this very important function is made for a Dutchman at this time,",
          "Maxime Verhagen", "says"),
        Q("I am convinced that Pieter Feith will approach the situation with good sense.",
          "Maxime Verhagen", "says"),
    ],
    dates=[
        D("today", "2008-02-16", "day"),
        # "will remain in function until February 2009": "until" changes the value (as "by
        # Memorial Day" in wikinews-69354), the interval from the publication month.
        D("until February 2009", "2008-02/2009-02", "month"),
        D("2004", "2004", "year"),
        D("A year later", "2005", "year"),
    ],
))

DOCS.append(DOC(
    "wikinews-153103",  # Monday 8 February 2010. An air crash and the search: no event of the
    # brief (the crash, the search and the recovery of the recorders and bodies are no
    # interactions between actors).
    events=[],
    quotes=[
        SQ(S("Black box", field="title")),
        Q("We found it and retrieved it about an hour ago today,", "Saleh Haj Suleiman", "said",
          by="BusinessWeek"),
        IQ("the plane made a sharp turn and disappeared from the radar upon departure", "~reports",
           "According to"),
        IQ("it's too early to conclude the crash was due to pilot error", "~lebanese officials",
           "say"),
        IQ("The boxes will be transported to France to be analysed", "~officials", "according to"),
        Q("The priority now is searching for the rest of the bodies of victims.", "Ghazi Aridi",
          "told", to=["reuters"], by="reuters"),
    ],
    dates=[
        # "several weeks ago" and "several minutes after takeoff" are vague or durations.
        D("earlier in the day", "2010-02-08", "day"),  # as "Earlier today" in wikinews-69829
        D("today", "2010-02-08", "day"),
        D("January 25", "2010-01-25", "day"),
    ],
))

DOCS.append(DOC(
    "wikinews-183772",  # Sunday 16 May 2010
    events=[
        # "travelled to Washington, D.C. on Friday to meet his opposite number": one visit with its
        # meeting (042). "The talks" and the press conference are later mentions of it.
        E("travelled", "042", ["William Hague"], ["Hillary Clinton"], ("2010-05-14", "day"),
          place="Washington, D.C."),
        # Obama's call and congratulations, which Hague points out, are recalled as context; the
        # text gives them no date.
        E("telephone", "041", ["barack-obama"], ["David Cameron"], "R", by="William Hague",
          bg=True),
        E("congratulate", "051", ["barack-obama"], ["David Cameron"], "R", by="William Hague",
          bg=True),
        # Clinton telling Hague she was "enthusiastic" about the new government and the "chemistry"
        # between Cameron and Clegg: praise (051), said at the meeting. The adjective carries the
        # event, as the noun after "conveyed"/"expressed" does in the readouts.
        E("enthusiastic", "051", ["Hillary Clinton"],
          ["uk-government", "David Cameron", "Nick Clegg"], ("2010-05-14", "day")),
        # A scheduled meeting at the G20 in Canada (a third place): 044, both leaders on both
        # sides.
        E(S("meet", after="scheduled to "), "044", ["David Cameron", "barack-obama"],
          ["David Cameron", "barack-obama"], ("2010-06", "month"), place="Canada", mod="planned"),
        # Not events: "expressing their unity on those issues" (a shared position on topics, as
        # "discussed" topics in the White House batch; the "further UN sanctions" and the Afghan
        # "campaign" are topics); the 2008 primaries and the UK election (elections).
    ],
    quotes=[
        # "was keen to point out that A and that B "quote"": the clause A is indirect speech; B
        # contains a direct quote, so only the quote (mixed-quote rule).
        IQ("US President Barack Obama had been the first foregin leader to telephone David Cameron "
           "and congratulate him upon becoming UK Prime Minister", "William Hague", "point out"),
        Q("to show we reciprocate that warmth", "William Hague", "point out"),
        IQ("she was \"enthusiastic\" about the new coalition government on the UK and the "
           "\"chemistry\" between Cameron and his Liberal Democrat deputy prime minister, Nick Clegg",
           "Hillary Clinton", "told", to=["William Hague"]),
        SQ("enthusiastic"),
        SQ("chemistry"),
        IQ("any future disharmony in the Westminster coalition government would not affect US–UK "
           "relations, nor the ability of the US to rely on the UK as partner in the future",
           "Hillary Clinton", "emphasise"),
        Q("We don't formally have a coalition government in the way that you have formed one in the "
          "UK now, but we have enough of our own internal differences that we have to sort "
          "through.", "Hillary Clinton", "said"),
        IQ("he intended to take a more relaxed approach to relations with the US than those of his "
           "Labour predecessors", "William Hague", "insisted"),
        # Start truncated in the corpus ("verything"): kept as it is.
        Q("verything I've said today about our approach to relations with the United States is an "
          "approach shared by the whole cabinet and I'm speaking on behalf of a united government",
          "William Hague", "adding"),
    ],
    dates=[
        D("Friday", "2010-05-14", "day"),
        D("ten days ago", "2010-05-06", "day"),
        # Six days after the election: an anaphoric point in time, not a duration.
        D("six days later", "2010-05-12", "day"),
        D("between 1997 and 2001", "1997/2001", "year"),
        D("2008", "2008", "year"),  # "the 2008 presidential election": a year naming an event
        # "today" in Hague's words at Friday's press conference is that Friday.
        D(S("today", after="verything I've said "), "2010-05-14", "day"),
        D("next month", "2010-06", "month"),
    ],
))

DOCS.append(DOC(
    "wikinews-220366",  # Tuesday 16 November 2010. Iraqi coalition politics, annotated as the
    # domestic disputes of the earlier batches. The parties to the deal are not named as such
    # ("agreed upon by the parties"): "~parties", as in the White House batch. The parliament is
    # named by the fullest name the text gives it, "Council of Representatives".
    events=[
        # Approving the agreement in a vote: an endorsement (051, as "approved" in
        # wikinews-17944), of the parties that made it.
        E("approved", "051", ["Council of Representatives"], ["~parties"], ("2010-11-13", "day")),
        E("negotiations", "046", ["~parties"], ["~parties"], "R", bg=True),
        # "The agreement, reached on Tuesday" and "culminated in a compromise on Thursday" are read
        # as one agreement (the text dates it twice); it is anchored at its first mention as an
        # act, with that date. Reaching an agreement is 057.
        E("reached", "057", ["~parties"], ["~parties"], ("2010-11-09", "day")),
        # Not events: the walkout and the announced boycott (protests, 14x); the March election,
        # the election of the Speaker and the offices in the deal (elections, appointments);
        # "Foreign Diplomats and Iraqi politicians have been scrambling to try and salvage the
        # agreement" (an ongoing effort with no act or party named).
        # Voting down al-Iraqiya's request (its disappointment is reported just before): a
        # rejection (120), by the rest of the parliament; the text does not date the vote itself.
        E("voted down", "120", ["~rest of the parliament"], ["al-Iraqiya List"], "R"),
        E("returned", "046", ["al-Iraqiya List", "~parties"], ["al-Iraqiya List", "~parties"],
          ("2010-11-13", "day")),
        # "beginning to lift the ban on Ba'athist politicians": easing a ban on politicians (0812).
        E("lift", "0812", ["Council of Representatives"], ["~ba'athist politicians"],
          ("2010-11-13", "day")),
    ],
    quotes=[
        IQ("disappointment that the parliament had not voted upon the power-sharing agreement before "
           "voting for the president", "al-Iraqiya List", "expressing"),
        # "telling the network that A "dead" and that B "tensions and violence"": A holds only a
        # scare quote (clause and scare quote), B a direct quote (only the quote).
        IQ("they viewed the power-sharing process to be \"dead\"", "Ayad Allawi", "telling",
           to=["CNN"], by="CNN"),
        SQ("dead"),
        Q("tensions and violence", "Ayad Allawi", "telling", to=["CNN"], by="CNN"),
        SQ("a check on al-Maliki's power"),  # unattributed: a quoted label (see the top)
        IQ("its plans on Saturday to boycott the parliamentary session on Saturday", "al-Iraqiya List",
           "announced"),
        IQ("the walkout as a \"misunderstanding\"", "~al-iraqiya spokesman", "characterised"),
        SQ("misunderstanding"),
    ],
    dates=[
        D("Saturday", "2010-11-13", "day", all=True),
        # A Tuesday story, but the agreement was reached before Thursday and Saturday: the
        # previous Tuesday (the publication-day reading contradicts the text).
        D("Tuesday", "2010-11-09", "day"),
        D("Thursday", "2010-11-11", "day", all=True),
        D("March 7", "2010-03-07", "day"),
    ],
))

DOCS.append(DOC(
    "wikinews-1101114",  # Wednesday 22 January 2014. The text holds a caption fragment ("] - Remy
    # Steinegger]"), left as it is.
    events=[
        # "stated Monday his country will provide the Palestinian Authority with C$66 million in
        # assistance": an offer of assistance (033), its source the speaker (as "provide" in the
        # White House readout of 2023-10-18). "During the meeting Harper announced providing the
        # assistance" is the same act.
        E("provide", "033", ["Stephen Harper"], ["palestinian-authority"], ("2014-01-20", "day")),
        # Canada's aid since 1993, reported by its own government (reported_by null): background.
        E("given", "070", ["Government of Canada"], ["palestinian-authority"], ("1993/..", "year"),
          bg=True),
        # "includes meetings in Israel as well as with the PA" is the vaguer first mention of the
        # two meetings below. The Netanyahu meeting has no date in the text. The Abbas meeting is
        # the one at which the assistance was announced "Monday": dated to it. The sightseeing and
        # the speech at the Israeli parliament are no interactions.
        E("met", "042", ["Stephen Harper"], [NETANYAHU], "R", place="Israel"),
        E(S("met", n=1), "042", ["Stephen Harper"], ["mahmoud-abbas"], ("2014-01-20", "day"),
          place="Ramallah"),
        # "he won't criticize Israel" is a statement of intent: quote only.
        # The criticism appeared in Shaath's article for The Globe and Mail: the paper is
        # reported_by (and addressee of the quote, as "in an e-mail to Arabian Business" in
        # wikinews-784547).
        E("criticized", "111", ["Nabeel Shaath"], ["Stephen Harper"], "R",
          by="The Globe and Mail"),
    ],
    quotes=[
        IQ("his country will provide the Palestinian Authority with C$66 million in assistance",
           "Stephen Harper", "stated"),
        IQ("Canada, since 1993 when the Palestinian Authority was established, has given the PA "
           "assistance worth C$650 million; and the current assistance aims to support the "
           "Palestinian peace process, security, and humanitarian aid", "Government of Canada",
           "says"),
        IQ("providing the assistance", "Stephen Harper", "announced"),
        IQ("his position isn't Israeli or Palestinian but Canadian", "Stephen Harper", "said"),
        IQ("he won't criticize Israel during his first visit to the Middle East", "Stephen Harper",
           "added"),
        Q("Unlike previous governments, the current Canadian government has done everything possible "
          "in order to undermine Palestine's international status and Canada's lobby against "
          "Palestine's UN bid have taken Canada outside of international consensus, making Canada "
          "part of the problem rather than part of the solution.", "Nabeel Shaath", "said",
          to=["The Globe and Mail"], by="The Globe and Mail"),
    ],
    dates=[
        D("Monday", "2014-01-20", "day"),
        D("since 1993", "1993/..", "year"),  # as "since 2014" in the seed
    ],
))
