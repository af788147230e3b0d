"""Hand annotations of the second batch: wikinews-saliency documents chosen by `select_batch.py --batch 2`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

AHM = "mahmoud-ahmadinejad"
NETANYAHU = "benjamin-netanyahu"
ISR = "israel-government"
US = "us-government"

# Judgement calls where the guideline is silent (applied to every document below):
# - Titles: quotes in titles are annotated (field="title"), as the Quote rules apply to every passage
#   in quote marks and only *events* are excluded from titles. No title here has a date.
# - Vague stretches of time without a figure ("over the last few days", "the past several days",
#   "the past few years") are vague references like "the coming days" and are not annotated.
# - "after DATE" keeps "after" in the span (it changes the value) and is the open interval starting
#   the next day; "by DATE" about the future is the interval from the publication day to DATE.
# - An unnamed spokesperson or official is a `~` entry ("~ministry spokesman", as "~saudi
#   official"); an organisation that is itself the subject of the cue ("Gulf Air said") is named.
# - A publication that receives a statement ("in an e-mail to Arabian Business") is both the
#   addressee and `reported_by`, as "told Reuters" in wikinews-784626.

# =============================================================================================

DOCS.append(DOC(
    "wikinews-1076078",  # Saturday 11 January 2014. An obituary: no event of the brief (death,
    # army service, elections, offices held, leaving Likud and "pursued a policy of unilateral
    # disengagement" are biography or general policy, not interactions).
    events=[],
    quotes=[],
    dates=[
        D("today", "2014-01-11", "day"),
        # "in a coma since suffering a stroke in January 2006": like "since the uprisings began
        # in 2011" (span "2011", value "2011/..").
        D("January 2006", "2006-01/..", "month"),
        D("1973", "1973", "year"),
        D("1998", "1998", "year"),
        D("2001", "2001", "year"),
        D("2005", "2005", "year"),
        D("1962", "1962", "year"),
        D("2000", "2000", "year"),
    ],
))

DOCS.append(DOC(
    "wikinews-112090",  # Friday 29 August 2008. A tourism story: no event of the brief. The
    # Foreign Office "advises against all travel to Baghdad" is standing advice (habitual), and
    # planning a Ferris wheel or seeking investors is business.
    events=[],
    quotes=[
        SQ(S("Baghdad Eye", field="title")),
        SQ("Baghdad Eye"),  # a quoted name (label): a scare quote
        Q("his wheel will be taller than the iconic 443-foot London Eye.", "Adel al Ardawi",
          "said"),
        Q("The security situation in Iraq remains highly dangerous with a continuing high threat "
          "of terrorism throughout the country.", "~foreign office spokesperson", "said"),
    ],
    dates=[
        # "since its formal opening on December 31, 1999": span without "since", as "since the
        # uprisings began in 2011".
        D("December 31, 1999", "1999-12-31/..", "day"),
    ],
))

DOCS.append(DOC(
    "wikinews-17944",  # Sunday 7 August 2005
    events=[
        # Netanyahu's resignation "to protest against" the withdrawal is a protest (not annotated);
        # Sharon naming Olmert finance minister is an appointment. "Sharon pushed for the pullout
        # within his ... Likud Party" is ongoing domestic campaigning, not one act.
        # The withdrawal, the "evacuation plan", the forced evacuations of settlers that the army
        # will assist and the "disengagement" are one real event, anchored at its first mention;
        # its date is the one given later ("due to start after August 15").
        E("withdrawal", "0874", [ISR], [], ("2005-08-16/..", "day"), mod="planned"),
        # Approving the plan in a vote is an endorsement (051, as "endorsed" in the first batch).
        E("approved", "051", ["likud"], ["Ariel Sharon"], "R", bg=True),
        # The 1993 accords (an agreement, 057) are recalled as context; the text names Israel's
        # security and "The Palestinians" as the parties.
        E("Oslo Accords", "057", [ISR, "palestinians"], [ISR, "palestinians"], ("1993", "year"),
          bg=True),
        E("criticism", "111", ["~critics"], [NETANYAHU], "R", bg=True),
        E("claiming", "112", [NETANYAHU], ["Saddam"], "R", bg=True),
        E("urged", "020", [NETANYAHU], [US], "R", bg=True),
    ],
    quotes=[
        IQ("Israeli Finance Minster Benjamin Netanyahu has resigned from the cabinet Sunday to "
           "protest against the upcoming Israeli withdrawal from the Gaza Strip and part of the West "
           "Bank", "~ministry spokesman", "according to"),
        # "a resignation letter ... that he said counts as his vote": the reported predicate of a
        # relative clause is the span (also "what some say was a failure ..." below).
        IQ("counts as his vote against the pullout plan", NETANYAHU, "said"),
        Q("I understand the ambition to leave Gaza. I can't be part of a move that I believe is "
          "wrong, a move that will endanger security and divide the people.", NETANYAHU, "told",
          to=["~reporters"]),
        SQ("disengagement"),
        IQ("the current evacuation plan has similarities to the 1993 Oslo Accords", NETANYAHU,
           "said"),
        IQ("was a failure to adequately insure Israeli security", "~critics", "say"),
        IQ("the Palestinian leadership is again being rewarded without concession", NETANYAHU,
           "said"),
        # "Weapons of Mass Destruction" is a quoted term (a label), so a scare quote, and the
        # clause around it is annotated as well (mixed-quote rule).
        IQ("Saddam was preparing \"Weapons of Mass Destruction\"", NETANYAHU, "claiming"),
        SQ("Weapons of Mass Destruction"),
    ],
    dates=[
        D("Sunday", "2005-08-07", "day", all=True),
        D("after August 15", "2005-08-16/..", "day"),
        D("1993", "1993", "year"),
    ],
))

DOCS.append(DOC(
    "wikinews-199397",  # Sunday 8 August 2010. A poll of opinions: no event of the brief
    # (respondents "disapproved of the job Barack Obama is doing", "support a nuclear-armed
    # Iran": general attitudes, not acts).
    events=[],
    quotes=[
        IQ("The poll results are a \"stark contrast\" from last year's results", "USA Today",
           "according to"),
        SQ("stark contrast"),
        SQ("optimistic"),
        SQ(S("discouraged", after="64% are ")),
        # Poll answers reported as "respondents ... say that <clause>": indirect speech by rule.
        IQ("they suspect that Iran is attempting to get weapons of mass destruction",
           "~poll respondents", "say"),
        IQ("it would be a good thing for Iran to get them", "~poll respondents", "say"),
        IQ("most Arabs think that Iran won't use the weapons", "Shibley Telhami", "says"),
        Q("when optimistic about American foreign policy, they are much tougher on Iran. So a year "
          "ago, in 2009, when you had a majority being optimistic about American policy in the "
          "Middle East, only 29 percent said Iran having nuclear weapons would be positive for the "
          "Middle East. This year, when you have two-thirds being pessimistic about American "
          "foreign policy, you have a larger percentage saying maybe it will be better if Iran has "
          "nuclear weapons.", "Shibley Telhami", "said"),
        Q("what this poll reveals is a backlash against the United States, reflecting the loss of "
          "hope that people had in what they thought were to be the policies of the new President "
          "Obama. It's really people venting by supporting 'the enemy of my enemy.'",
          "Shibley Telhami", "said"),
        # The proverb in single quotes inside Telhami's quote is a quoted label for Iran, so a
        # scare quote (no speaker), not a second direct quote.
        SQ("the enemy of my enemy."),
    ],
    dates=[
        D("last year", "2009", "year"),  # "last year's results"
        D("Last year", "2009", "year", all=True),
        D("this year", "2010", "year"),
        D("a year ago", "2009", "year"),
        D("2009", "2009", "year"),
        D("This year", "2010", "year"),
    ],
))

DOCS.append(DOC(
    "wikinews-22319",  # Sunday 18 September 2005. Everything Ahmadinejad says is from the one UN
    # speech announced "Saturday", so his acts are dated to it (as acts in a readout call).
    events=[
        # "noted that he was willing to allow international inspection": intent to allow
        # international involvement (0355), as "agreeing" (0356) and "retract" (035) in the first
        # batch; the clause is also annotated as indirect speech.
        E("allow", "0355", [AHM], ["~international inspectors"], ("2005-09-17", "day")),
        E(S("refusing", n=1), "124", [AHM], ["~certain powers"], ("2005-09-17", "day")),
        # A planned meeting of the IAEA board: a discussion, so its one named party is on both
        # sides (reciprocal rule); Iran is its topic, not a participant.
        E("discussion", "040", ["iaea"], ["iaea"], ("2005-09-19", "day"), place="Vienna",
          mod="planned"),
        # Not events: the "resolve ... to proceed" (a general statement); "talks should be
        # restarted" and Rice's warning that Iran's ambitions "were dangerous" (statements
        # without an act verb, as Rice's "should stop" and "warned that Israel is harming" in the
        # first batch); the British official's "we will now want to consult" (inside a quote).
    ],
    quotes=[
        IQ("the resolve of his country to proceed with the development of nuclear energy", AHM,
           "announced"),
        IQ("Iran would not pursue nuclear weapons", AHM, "stated"),
        IQ("he was willing to allow international inspection of his program", AHM, "noted"),
        IQ("his claim of its peaceful nature", AHM, "reaffirmed"),
        IQ("he felt that Iran had a right to nuclear energy, and that the nations of world "
           "practiced \"nuclear apartheid\" by refusing to let Iran pursue this course", AHM,
           "made clear"),
        SQ("nuclear apartheid"),
        Q("We're not going to cave in to the excessive demands of certain powers,", AHM, "said"),
        IQ("talks should be restarted, this time including other nations such as South Africa",
           AHM, "said"),
        IQ("Iran's nuclear ambitions were dangerous", "condoleezza-rice", "warned",
           to=["united-nations"]),
        Q("This was an unhelpful speech on which we will now want to consult our partners on the "
          "International Atomic Energy Agency board of governors.", "~british official", "saying"),
    ],
    dates=[
        D("Saturday", "2005-09-17", "day"),
        D("Monday", "2005-09-19", "day"),  # "is slated to begin ... on Monday": the next one
    ],
))

DOCS.append(DOC(
    "wikinews-246452",  # Tuesday 22 February 2011. The text opens with a caption fragment
    # ("Benina International Airport"), left as it is.
    events=[
        # The runways destroyed "during the violence": an attack with no perpetrator given (180),
        # attributed to the Egyptian minister named in the next sentence. Place: the city.
        E("destroyed", "180", [], [], "R", place="Benghazi", by="Ahmed Aboul Gheit"),
        # The 1991 war is recalled as context; the text names no side, only the place.
        E(S("war", after="outbreak of the Iraq "), "190", [], [], ("1991", "year"), place="Iraq",
          bg=True),
        # Not events: protests; "awaiting permission to land" (no request is reported); states
        # evacuating their own nationals (not aid to another actor).
    ],
    quotes=[
        SQ(S("destroyed", field="title")),
        IQ("The runways at Benina International Airport in Benghazi, Libya have been destroyed",
           "Ahmed Aboul Gheit", "according to"),
        IQ("the runways had been destroyed during the violence that is currently taking place",
           "Ahmed Aboul Gheit", "said"),
        Q("Regarding east of Libya, the Benghazi airport runways have been destroyed. It is not "
          "possible for Egyptair flights or any other flights to land in that airport.",
          "Ahmed Aboul Gheit", "told", to=["~media"]),
        Q("If Egyptians need to leave, and I always advise to stay home, then they would have to "
          "travel to Egyptian borders by land some 500km in proximity to danger. Such trips must be "
          "in groups and in buses.", "Ahmed Aboul Gheit", "added"),
    ],
    dates=[D("1991", "1991", "year")],
))

DOCS.append(DOC(
    "wikinews-69354",  # Friday 18 May 2007. US domestic politics on the Iraq war, annotated like
    # the domestic disputes of the first batch (Siniora and Hezbollah, Khamenei and Mousavi).
    # Parties that the KB lacks are named as the text names them ("Democrats", "Republican party").
    events=[
        # "rejected the proposed war spending bill": 120, no more specific than the text.
        E("rejected", "120", ["white-house"], ["Democrats"], ("2007-05-18", "day")),
        E("criticize", "111", ["Democrats"], ["Republican party"], "R"),
        # "fired back saying that ... American willpower was weak": a counter-criticism (as
        # "fired back" was coded by its content, 138, in wikinews-69829).
        E("fired back", "111", ["Republican party"], ["Democrats"], "R"),
        # "fired back with accusations that ...": the noun carries the event.
        E("accusations", "112", ["John Boehner"], ["Democrats"], "R"),
        # Not events: the Democrats proposing or planning a bill (legislative business); "the
        # meeting" Reid mentions inside his quote names no participants.
    ],
    quotes=[
        IQ("any timetable on the war would undermine the nation's efforts in Iraq", "white-house",
           "citing"),
        Q("To say I was disappointed in the meeting is an understatement,", "Harry Reid", "said"),
        Q("I really did expect that the president would accept some accountability for what we're "
          "trying to accomplish here.", "Harry Reid", "said"),
        IQ("even with an optional timetable, it would show the Iraqi insurgents that American "
           "willpower was weak", "Republican party", "saying"),
        Q("It is clear that the difference between the president and Democrats is accountability,",
          "Pelosi", "said"),
        Q("Our troops will be funded.", "Pelosi", "added"),
        # Both reported clauses of Boehner contain a direct quote of three words or more, so only
        # the direct quotes are annotated (mixed-quote rule).
        Q("an arbitrary surrender date", "John Boehner", "accusations"),
        Q("to sustain the president's veto on any bill.", "John Boehner", "saying"),
        Q("The American people deserve to know that the Democrats' commitment to bring this war to "
          "its responsible end has never been stronger,", "Harry Reid", "said"),
        Q("And if enough of our Republican colleagues decide to join with us, even the President of "
          "the United States will have to listen.", "Harry Reid", "said"),
        IQ("this one will be widely supported by Congress", "Pelosi", "remarked"),
    ],
    dates=[
        D("today", "2007-05-18", "day"),
        # "another bill on Bush's desk by Memorial Day" (Monday 28 May 2007): from the
        # publication day to that day.
        D("by Memorial Day", "2007-05-18/2007-05-28", "day"),
    ],
))

DOCS.append(DOC(
    "wikinews-784547",  # Tuesday 3 September 2013. No event of the brief: the US military action
    # is only "potential" (neither announced nor threatened in the text), Obama delaying a
    # decision is no interaction, and airlines rerouting or suspending flights is business.
    events=[],
    quotes=[
        Q("The safety and security of our customers is absolutely paramount and we have drawn up "
          "robust flight re-routing contingency plans in the event of any airspace being closed to "
          "commercial aircraft. Our 24 hours Network Operations Centre is constantly in "
          "communication with all air space management organisations in which we operate.",
          "~etihad airways spokesperson", "said", to=["Arabian Business"], by="Arabian Business"),
        Q("We are keeping our operations under review and we would make any changes that would be "
          "necessary", "~british airways spokesperson", "saying", by="Sydney Morning Herald"),
        Q("Nonetheless, given the current political climate, the airline has fully prepared "
          "contingency plans in case of any military intervention in the coming days These "
          "contingency plans are ready for implementation should there be any changes in the "
          "current situation in Syria. Such plans could potentially involve re-routing aircraft "
          "away from Syrian/neighbouring airspace. At the moment operations continue as normal and "
          "we are ready for all eventualities.", "Gulf Air", "said", to=["Arabian Business"],
          by="Arabian Business"),
        IQ("it currently has no flights passing over Syrian airspace", "Gulf Air", "says"),
    ],
    dates=[
        # "delayed a decision ... until after September 9"
        D("after September 9", "2013-09-10/..", "day"),
        D("a year ago", "2012", "year"),
        # A quarter has no format of its own: its three months.
        D("the final quarter of 2012", "2012-10/2012-12", "month"),
        D("Last week", "2013-W35", "week"),
    ],
))
