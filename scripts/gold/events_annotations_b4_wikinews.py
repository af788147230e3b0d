"""Hand annotations of the fourth batch: wikinews documents chosen by `select_batch.py --batch 4`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

BUSH = "george-w-bush"
RICE = "condoleezza-rice"
ISR = "israel-government"
IRN = "iran-government"
US = "us-government"
UNSC = "un-security-council"
GICDF = "Gaddafi International Charity and Development Foundation"

# Calls of the earlier batches followed here: quotes in titles are annotated (none of these titles
# has a quote or a date); a state the KB lacks is "Government of X" (b3); a trailing or leading
# "according to X" is an indirect quote (b3); a speech act whose content is a criticism or
# accusation but whose verb is only "said"/"says"/"warned that" is a quote, not an event (b2
# Rice's "warned ... dangerous", b3 "cannot allow ... to blackmail"); an event that a speaker
# recalls inside his reported speech has him as `reported_by` (b3, Obama's call that Hague points
# out); a drafted resolution is not an event (b3, wikinews-36034); "told <outlet>" makes the outlet
# addressee and `reported_by` (b2); a meeting of the IAEA board is a 040 with its parties on both
# sides (b2, wikinews-22319); votes on a plan are coded by their content (b3); an unnamed source is
# a `~` entry; "talks" between governments are 040 unless the text says peace talks or
# negotiations (046, as "peace talks" in wikinews-96593).
#
# Judgement calls where the guideline is silent:
# - A resolution that a body adopts ("passed/adopted a resolution calling for ...") is an act of
#   that body (source: the Security Council or the IAEA), anchored at the noun "resolution" (the
#   noun carries the event after the light verb, as "support" after "conveyed"), and coded by what
#   the resolution does (calls for a ceasefire 0256; asks Iran to suspend its nuclear fuel
#   activities 025; calls for cooperation with an investigation 0213). Each further act the text
#   gives the resolution or its body with a verb of its own ("The Security Council demanded ...",
#   "The resolution warns of ...") is its own event, as the several acts of one readout call.
#   Content of the same act without a verb of its own ("language calling for the re-instatement of
#   seals") is not annotated separately. An appeal or demand with an infinitive or noun-phrase
#   object ("calling for Syria to cooperate", "demands a clear statement") is not a quote; a
#   "demanded that <clause>" is (as "demanding" in the White House readout of 2024-04-28).
# - "abstained and did not veto the resolution": a veto that did not happen (129, negated, as
#   "did not reject the proposal"); the abstention itself is no act of the brief.
# - An event dated only by another event that the text dates ("Fighting has continued since the
#   resolution", passed "Late on Thursday") is the open interval from that date; no date span is
#   annotated for it. "the first 13 days of the Israeli offensive" is a duration counted from a
#   start the text does not give: no date, and the offensive is "R".
# - One threat reported twice ("yesterday Israel warned of increased military action", then the
#   Saturday phone message that the "third stage" of the operation will begin soon) is one event,
#   anchored at the first mention; its target comes from the later mention (as counts do). The
#   leaflets and messages Israel "continued" to send are habitual: not annotated.
# - Halting aid (162x, "after halting them on Thursday") is not among the brief's kinds (its 16x
#   is sanctions only): not annotated; resuming aid is aid (073).
# - A statement printed after a colon without quote marks ("read ... a statement made by his
#   republic ...:How can this body ...") is indirect speech by the lost-quote-marks rule; its
#   speaker is the state that made it (the reader only reads it), its addressee the body it was
#   made to.
# - A state that speaks at an IAEA board meeting is a party of that meeting (the b2 meeting had
#   Iran only as its topic).
# - A war, crisis or hostage taking named in passing with a year range ("the 1979-1981 Iranian
#   hostage crisis") is its event (background, actors as the text gives them, here none) and the
#   range is a date ("1979/1981").
# - A war named several times is anchored at the first mention that names its sides ("the War on
#   Iraq" after "the war in Iraq"), with the place of the earlier mention.
# - A denial whose object is only a noun phrase ("denied any agreement", "denies such
#   allegations") is not an indirect quote. The agreement denied is an event with modality
#   "denied" (its one named party on both sides, as the b2 meeting); an act that one side
#   alleges and the other denies stays "claimed".
# - An appeal or aid whose content mixes kinds ("diplomatic and financial backing", "arms or
#   financial support") gets the unspecific code of its family (020, 070).
# - A visit to a city is a 042 with the state's government as target and the city as place
#   ("visited Dubai": uae-government, Dubai); an arrival in a country for talks with its leaders
#   is one visit (042), and the later "talks with Saudi leaders" are the same event. Acts the
#   visitor "is expected to" do there are "planned".
# - A bare weekday with "This" in a past-tense sentence of a story published the day before
#   ("This Tuesday ... adopted", a Monday story) is the previous Tuesday, and "today" in a quote
#   said "After the vote" is that day (as the b3 rule for "today" in quotes).
# - A newspaper "citing U.S. officials" relays them: the officials are the speaker ("~u.s.
#   officials") and the paper is `reported_by`.

# =============================================================================================

DOCS.append(DOC(
    "wikinews-119151",  # Sunday 11 January 2009. The resolution was passed "Late on Thursday"
    # (8 January; the span keeps "Late on", inner words as in "earlier in the day" in
    # wikinews-153103); "yesterday" and "Saturday" are 10 January.
    events=[
        E("resolution", "0256", [UNSC], [ISR, "hamas"], ("2009-01-08", "day")),
        # "Fighting has continued since the resolution": the two sides are those of the ceasefire
        # named in the sentence before; the date is open from the resolution's (see the top).
        # Distinct from the offensive whose first 13 days have the toll, as "Fighting" and
        # "offensive" in wikinews-119346.
        E("Fighting", "190", [ISR, "hamas"], [ISR, "hamas"], ("2009-01-08/..", "day"),
          place="Gaza Strip"),
        # The warning and the Saturday phone message on the "third stage" are one threat (see
        # the top); the threatened act is its own event (as in wikinews-69829).
        E("warned", "138", [ISR], ["~gaza residents"], ("2009-01-10", "day")),
        E("military action", "190", [ISR], [], "R", mod="threatened"),
        E("offensive", "190", [ISR], ["palestinians"], "R", place="Gaza Strip",
          counts={"killed": [K(770), K(14)]}),
        E("veto", "129", [US], [UNSC], ("2009-01-08", "day"), neg=True),
        # UNRWA resuming aid shipments: humanitarian aid (073); halting them on Thursday is not
        # annotated (see the top). Rice's "the text of which we support" is an explanation of a
        # vote inside a quote, not support for an actor.
        E("resumed", "073", ["UNRWA"], ["~gaza residents"], ("2009-01-10", "day")),
    ],
    quotes=[
        # The quote follows "has given an explanation for why ...": the noun is the cue.
        Q("...But after a great deal of consideration, we decided that this resolution, the text "
          "of which we support, the goals of which we support, and the objectives that we fully "
          "support, should indeed be allowed to go forward. I believe in doing so, the council has "
          "provided a roadmap for a sustainable, durable peace in Gaza.", RICE, "explanation"),
        IQ("the resolution was still a disappointment", "Riyad al-Maliki", "commented"),
        Q("To tell you the truth, we have really expected that all countries would vote in favor. "
          "Are we happy? No, we are not really happy. We expected something more. But we are "
          "really satisfied with the outcome so far. What really concerns us the most is the "
          "immediate applicability of the resolution on ground. We fear, and we have reasons to do "
          "so, that Israel will delay its acceptance and implementation of the cease-fire for few "
          "hours, if not few days.", "Riyad al-Maliki", "commented"),
        IQ("the \"third stage\" of their operation will begin soon", ISR, "saying",
           to=["~gaza residents"]),
        SQ("third stage"),
    ],
    dates=[
        D("Late on Thursday", "2009-01-08", "day"),
        D("yesterday", "2009-01-10", "day", all=True),
        D("Saturday", "2009-01-10", "day"),
        D(S("Thursday", n=1), "2009-01-08", "day"),
    ],
))

DOCS.append(DOC(
    "wikinews-18527",  # Friday 12 August 2005. The IAEA board adopted the resolution on Thursday
    # 11 August ("Thurday", a typo, is annotated as the date it names).
    events=[
        # First mention that names the parties: Rafsanjani's "the U. N. watchdog group adopting
        # the resolution for Iran to stop nuclear enrichment activities"; the date and place come
        # from "The Thurday adoption in Vienna". Rafsanjani's "The decision was a cruel one" has
        # only "said": a quote, not a 111 event (see the calls followed, above). The board's
        # request for a report from its own chief is internal procedure: not annotated.
        E("resolution", "025", ["iaea"], [IRN], ("2005-08-11", "day"), place="Vienna"),
        # The emergency board meeting, at which Iran made the statement Nasseri read: a meeting
        # (040) with the board and Iran on both sides; the text does not date the meeting itself.
        E("meeting", "040", ["iaea", IRN], ["iaea", IRN], "R", place="Vienna"),
        # Not events: the "pressure" of France, Britain, Germany and the US (no act named); the
        # monitoring the agency "is to" do; the "possible referral" and sanctions (possibilities,
        # no actor); the US being "likely to grant" a visa (a guess, not announced); the US
        # "probe" (investigation, 09x, not of the brief).
        E("hostage crisis", "181", [], [], ("1979/1981", "year"), bg=True),
    ],
    quotes=[
        Q("The decision was a cruel one.", "Akbar Hashemi Rafsanjani", "said"),
        # The statement after the colon has no quote marks: indirect speech (see the top).
        IQ("How can this body be called to react to an act, which is in full conformity with the "
           "NPT and the safeguards and constitutes a limited manifestation of the exercise of an "
           "inalienable right? A right, which by its own simple meaning, cannot be alienated from "
           "anyone", IRN, "read", to=["iaea"]),
        Q("The resolution on Iran was just adopted without a vote, by consensus. So, full "
          "consensus. All 35 members of the board agreed to the language of the resolution text.",
          "Melissa Fleming", "said"),
        IQ("The decision remains tentative as intelligence reports within the administration "
           "continue to circulate", "~u.s. officials", "according to", by="The Washington Post"),
    ],
    dates=[
        D("Friday", "2005-08-12", "day"),
        D("Thurday", "2005-08-11", "day"),
        D("Thursday", "2005-08-11", "day"),
        D("yesterday", "2005-08-11", "day"),
        # "After a September 3 deadline": the date names the deadline; "After" modifies the
        # deadline, not the date.
        D("September 3", "2005-09-03", "day"),
        D("next month", "2005-09", "month"),
        D("1979-1981", "1979/1981", "year"),
    ],
))

DOCS.append(DOC(
    "wikinews-194984",  # Sunday 11 July 2010. The ship left Lavrio "yesterday" (10 July).
    events=[
        # The aid shipment is anchored where its sender is named ("chartered by ... to carry
        # goods"), dated by the departure; recipients: the Palestinian people the text names.
        E(S("carry", after="Development Foundation to "), "073", [GICDF], ["palestinians"],
          ("2010-07-10", "day")),
        E("talks", "040", [ISR, "Government of Greece", "Government of Moldova"],
          [ISR, "Government of Greece", "Government of Moldova"], "R"),
        # "Libyan authorities" confirming the change to the Greek government is a statement with
        # no content of its own ("This"): not annotated.
        E("agreement", "057", [GICDF], [GICDF], "R", mod="denied"),
        # Israel's warning and the act it threatens, both recalled in the crew member's reported
        # speech. The blockade itself is a standing state named only as an object: not annotated.
        E("warning", "130", [ISR], [GICDF], "R", by="~crew member", bg=True),
        E("prevent", "191", [ISR], [GICDF], "R", by="~crew member", mod="threatened"),
    ],
    quotes=[
        Q("supporters who are keen on expressing solidarity with the Palestinian people", GICDF,
          "described"),
        Q("due to these talks, the ship will not reach Gaza.", ISR, "said"),
        Q("We have not cut deals with anyone,", "Youssef Sawwan", "told",
          to=["BBC Arabic service"], by="BBC Arabic service"),
        Q("We are heading to Gaza for purely humanitarian reasons, we are not out to provoke anyone "
          "or to seek media attention.", "Youssef Sawwan", "told", to=["BBC Arabic service"],
          by="BBC Arabic service"),
        IQ("although the current destination is Egypt, those on board are prepared to change "
           "course towards Gaza again, despite Israel's warning it will prevent the ship from "
           "breaking the blockade", "~crew member", "said"),
    ],
    dates=[D("yesterday", "2010-07-10", "day")],
))

DOCS.append(DOC(
    "wikinews-25256",  # Monday 31 October 2005. "This Tuesday ... adopted": the previous Tuesday,
    # 25 October (see the top); Rice's "today", said "After the vote", is that day.
    events=[
        E("resolution", "0213", [UNSC], ["syria-government"], ("2005-10-25", "day")),
        E("demanded", "1013", [UNSC], ["syria-government"], ("2005-10-25", "day")),
        # "further action" names no act of the brief: no threatened event beside the threat.
        E("warns", "130", [UNSC], ["syria-government"], ("2005-10-25", "day")),
        # The draft circulated by the US, British and French ministers is not an event; Russia's
        # and China's opposition to its wording is (120, as "objected" in wikinews-36034). "The
        # final wording was endorsed by all 15 members" is the adoption again. Rice's and Li
        # Zhaoxing's words are quotes only (no act verb).
        E("opposed", "120", ["russia-government", "china-government"],
          [US, "uk-government", "france-government"], "R"),
        E("rejected", "120", ["syria-government"],
          ["UN International Independent Investigation Commission"], "R", bg=True),
        # The killing with no perpetrator named: 180, no more specific than "murder".
        E("murder", "180", [], ["Rafiq al-Hariri"], "R", bg=True),
    ],
    quotes=[
        IQ("Syria detain suspects indentified by the UNIIC until such time as they could be "
           "questioned", UNSC, "demanded", to=["syria-government"]),
        # As "warns ... "harsh" measures if the Kingdom fails ..." in wikicep-57074.
        IQ("\"further action\" if Syria fails to cooperate with the investigation", UNSC, "warns",
           to=["syria-government"]),
        SQ("further action"),
        Q("With our decision today, we show that Syria has isolated itself from the international "
          "community through its false statements, its support for terrorism, its interference in "
          "the affairs of its neighbours and its destabilising behaviour in the Middle East.", RICE,
          "said"),
        Q("The commission itself believes that the investigation is yet to be completed and there "
          "is no final conclusion. Under such circumstances it is inappropriate for the council to "
          "prejudge the outcome of the investigation and to threaten to impose sanctions.",
          "Li Zhaoxing", "told", to=[UNSC]),
        Q("It is a political statement against Syria based on allegations by witnesses known for "
          "their hostility to Syria,", "Mehdi Dakhlallah", "told", to=["al-jazeera"],
          by="al-jazeera"),
    ],
    dates=[
        D("This Tuesday", "2005-10-25", "day"),
        D("today", "2005-10-25", "day"),
    ],
))

DOCS.append(DOC(
    "wikinews-25326",  # Tuesday 1 November 2005. US domestic politics on the Iraq war, annotated
    # as the domestic disputes of the earlier batches. Not events: the Senate's closed session,
    # the rule the Democrats invoked and their "pressure" (legislative procedure); the
    # administration's manipulating intelligence, Libby's lying and leaking and his resignation,
    # and the Alito nomination (no interaction of the brief, or appointments); the inspectors
    # finding no weapons. "saw the unusual maneuver as a ploy" is a view, not a speech act.
    events=[
        # The indictment (a formal accusation, 112, as "accusing" in wikicep-56698) is recalled in
        # Reid's reported speech; the text names no prosecutor.
        E("indictment", "112", [], ["Lewis Libby"], "R", by="Harry Reid", bg=True),
        # "the war in Iraq" names only the place; "the War on Iraq" names the administration
        # (subject of the clause) and Iraq (see the top).
        E("War", "190", [US], ["iraq-government"], "R", place="Iraq", bg=True),
        # "made his case on the war by citing U.S. intelligence showed Iraq with ... weapons of
        # mass destruction": the allegation (112, as Netanyahu "claiming" Saddam was preparing
        # WMD in wikinews-17944).
        E("citing", "112", [BUSH], ["iraq-government"], "R", bg=True),
        # The investigation the Democrats forced the session for.
        E("dismissed", "120", ["~conservatives"], ["Democrats"], "R"),
    ],
    quotes=[
        IQ("a private session was justified by the fact that the indictment of Lewis Libby showed "
           "how the administration manipulated the intelligence in order to justify the War on "
           "Iraq", "Harry Reid", "stated"),
        IQ("U.S. intelligence showed Iraq with the possessions of weapons of mass destruction",
           BUSH, "citing"),
    ],
    # "over the past several days" and "recent" are vague (b2).
    dates=[D("Tuesday", "2005-11-01", "day")],
))

DOCS.append(DOC(
    "wikinews-46788",  # Monday 7 August 2006. The text ends with a markup fragment ("]]"), left
    # as it is.
    events=[
        # "warned the U.N. today that the ... resolution will not end the on-going conflict": a
        # warning without an act against an actor (quote only). The draft's "calls for" and
        # "demands" are the draft's content (not events); Siniora's proposal is a plan.
        # The conflict is anchored where its sides are named ("The conflict between Israel and
        # Hezbollah"); "thousands homeless" is displacement.
        E(S("conflict", n=1), "190", [ISR, "hezbollah"], [ISR, "hezbollah"], "R", place="Lebanon",
          counts={"displaced": [K(2000, approx=True)]}),
        # Mitri "demands a clear statement that Israel must withdraw": a demand for withdrawal
        # (106), whose target is the party asked to withdraw. The text gives only "Mitri".
        E(S("demands", after="Mitri"), "106", ["Mitri"], [ISR], "R"),
    ],
    quotes=[
        IQ("the U.S.–French drafted UN Security Council resolution will not end the on-going "
           "conflict in Lebanon", "lebanon-government", "warned", to=["united-nations"]),
        Q("We're trying to deal with a problem that has been festering and brewing in Lebanon now "
          "for years and years and years, and so it's not going to be solved by one resolution in "
          "the Security Council.", RICE, "saying"),
        IQ("the resolution is a first step for a better future in the on-going conflict", RICE,
           "emphasized"),
    ],
    # "for years and years and years" is a duration.
    dates=[D("today", "2006-08-07", "day"), D("Yesterday", "2006-08-06", "day")],
))

DOCS.append(DOC(
    "wikinews-779",  # Saturday 13 November 2004
    events=[
        # The negotiations are first named with both sides in "negotiations with Europe on its
        # nuclear program"; their parties are those the text then names ("Iran and the European
        # Union's big three powers — Britain, Germany, and France"). The document asserts them
        # itself, so no reported_by. Giving a "final response" to the EU proposal is part of
        # them (no act of its own); Powell's "says that ... intended to make nuclear weapons" has
        # no accusation verb (quote only); "Critics ... point to Israel's nuclear program" is a
        # general statement.
        E("negotiations", "046", [IRN, "uk-government", "germany-government", "france-government"],
          [IRN, "uk-government", "germany-government", "france-government"], "R"),
        # As "has not lifted a single sanction" (negated, background) in the first batch.
        E("condemned", "111", [US], [ISR], "R", neg=True, bg=True),
    ],
    quotes=[
        IQ("negotiations with Europe on its nuclear program are in the final stages",
           "~iranian representatives", "say"),
        IQ("Iranian negotiators have given their final response to a European Union proposal to "
           "suspend Iran's uranium enrichment program", "Kamal Kharazi", "told",
           to=["~state television"], by="~state television"),
        # The next sentence of the same interview.
        IQ("it is now up to the Europeans to decide whether or not to accept their decision",
           "Kamal Kharazi", "said", by="~state television"),
        IQ("Iran's nuclear program is intended to make nuclear weapons", "Colin Powell", "says"),
        IQ("their nuclear ambitions are limited to generating electricity from atomic energy "
           "plants, not making bombs", IRN, "insisted"),
    ],
    dates=[D("Saturday", "2004-11-13", "day")],
))

DOCS.append(DOC(
    "wikinews-96235",  # Monday 14 January 2008. "Sunday" (twice) is 13 January; "Tuesday" and
    # "Wednesday" are the coming days of the announced itinerary (15 and 16 January).
    events=[
        # The arrival in Saudi Arabia is the visit (042), and "Mr. Bush's talks with Saudi leaders"
        # are part of it; the text gives no date for the arrival.
        E("arrived", "042", [BUSH], ["saudi-government"], "R", place="Saudi Arabia"),
        # "is expected to attempt to encourage support for ... peace talks and U.S.-led efforts
        # to contain Iran": an appeal for policy support (022), planned.
        E("encourage", "022", [BUSH], ["saudi-government"], "R", mod="planned"),
        E("peace talks", "046", [ISR, "palestinians"], [ISR, "palestinians"], "R"),
        # The tour-wide request to the Arab allies (a different target from the Saudi appeal):
        # mixed diplomatic and financial backing, 020.
        E("ask", "020", [BUSH], ["~arab allies of the usa"], "R"),
        E("urged", "022", [BUSH], ["~gulf states"], ("2008-01-13", "day"), place="Abu Dhabi"),
        # "which he called "the world's leading state sponsor of terror."": 111, as the seed's
        # "called" Israel "a terrorist base"; the accusation of arming militants in the same
        # speech is a separate act (112).
        E("called", "111", [BUSH], [IRN], ("2008-01-13", "day"), place="Abu Dhabi"),
        E("visited", "042", [BUSH], ["uae-government"], "R", place="Dubai"),
        E("accused", "112", [BUSH], [IRN], ("2008-01-13", "day"), place="Abu Dhabi"),
        # The alleged support (arms or money: 070), claimed; Iran's denial leaves it claimed.
        E("sending", "070", [IRN], ["~militants"], "R", mod="claimed"),
        E("accuses", "112", [IRN], [US], "R"),
        # "is due to leave Saudi Arabia on Tuesday for Egypt, the final stop": a scheduled visit.
        # The return to Washington is no interaction.
        E("leave", "042", [BUSH], ["egypt-government"], ("2008-01-15", "day"), place="Egypt",
          mod="planned"),
        # Not events: the Gulf states' relations with Iran (a standing state), the arms sales the
        # talks are expected to cover (business), the "strong relationship" with the Saudi royal
        # family (a standing state).
    ],
    quotes=[
        Q("the world's leading state sponsor of terror.", BUSH, "called"),
        IQ("America respects their religion and wants to work together in peace", BUSH, "told",
           to=["~young arab leaders"]),
        # As "accusing ... of being involved in the abduction" in wikicep-56698.
        IQ("sending arms or financial support to militants in Iraq, Afghanistan, Lebanon and the "
           "Palestinian territories", BUSH, "accused", to=[IRN]),
        IQ("trying to spread anti-Iranian sentiment in the region", IRN, "accuses", to=[US]),
        IQ("George Bush has kept a strong relationship with the Saudi royal family, who are often "
           "considered as allies of the United States", "~many reporters", "According to"),
    ],
    dates=[
        D("Sunday", "2008-01-13", "day", all=True),
        D("Tuesday", "2008-01-15", "day"),
        D("Wednesday", "2008-01-16", "day"),
    ],
))
