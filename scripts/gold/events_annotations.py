"""Hand annotations for `data/gold/events.jsonl` (events, quotes, dates).

Written by a person reading each document (twice); `build_events_gold.py` only turns the
strings chosen here into character offsets and checks them. Conventions: `data/gold/README.md`,
section "Event, quote and date gold set".

Span specs: a plain string is its first occurrence in `text`; `S(s, n=k)` is the k-th (0-based)
occurrence; `S(s, after="ctx")` the first occurrence after the first occurrence of "ctx";
`S(s, field="title")` another field. Dates given with `all=True` are every whole-word
occurrence of the string. An event date "R" means "no date in the text": the publication date
with precision "reported".
"""

from __future__ import annotations


def S(s, n=0, field="text", after=None, all=False):
    d = {"s": s, "n": n, "field": field}
    if after is not None:
        d["after"] = after
    if all:
        d["all"] = True
    return d


def K(n, place=None, approx=False):
    d = {"n": n, "place": place}
    if approx:
        d["approx"] = True
    return d


def E(trigger, code, source, target, date, place=None, counts=None, by=None, mod="asserted",
      neg=False, bg=False):
    return {
        "trigger": trigger, "code": code, "source": list(source), "target": list(target),
        "date": date, "place": place, "counts": counts or {}, "reported_by": by,
        "modality": mod, "negated": neg, "background": bg,
    }


def Q(span, speaker, cue, to=(), by=None):
    """A direct quote: the span is the text inside the quote marks (without outer spaces)."""
    return {"span": span, "direct": True, "scare": False, "speaker": speaker,
            "addressee": list(to), "cue": cue, "reported_by": by}


def IQ(span, speaker, cue, to=(), by=None):
    """Indirect speech: the span is the reported content (clause or noun phrase)."""
    return {"span": span, "direct": False, "scare": False, "speaker": speaker,
            "addressee": list(to), "cue": cue, "reported_by": by}


def SQ(span):
    """A scare quote (one or two words in quote marks; also quoted titles and labels)."""
    return {"span": span, "direct": True, "scare": True, "speaker": None, "addressee": [],
            "cue": None, "reported_by": None}


def D(span, value, precision, all=False):
    if all:
        span = S(span, all=True) if isinstance(span, str) else {**span, "all": True}
    return {"span": span, "value": value, "precision": precision}


def DOC(id, events=(), quotes=(), dates=(), split=None):
    return {"id": id, "split": split, "events": list(events), "quotes": list(quotes),
            "dates": list(dates)}


BIDEN, NETANYAHU, BENNETT = "joe-biden", "benjamin-netanyahu", "naftali-bennett"
ISR, US = "israel-government", "us-government"

DOCS = []

# =============================================================================================
# Seed (Track Persia, Monday 17 May 2021). Fields are copied from mentions.jsonl.

DOCS.append(DOC(
    "seed",
    events=[
        # One call event with both targets; "In a separate call, Qaani told al-Nakhalah" is the
        # same call with al-Nakhalah (a repetition, not annotated again). The lead sentence's
        # "phone calls with some factions' officials" is the vaguer first mention; the event is
        # anchored at the first mention that names the participants.
        E("talked", "041", ["esmail-qaani"], ["ismail-haniyeh", "ziyad-al-nakhalah"],
          ("2021-05-16", "day"), by="irna"),
        E("fighting", "190", [ISR, "hamas"], [ISR, "hamas"], ("2021-05-10/..", "day"),
          counts={"killed": [K(181, "Gaza"), K(10, "Israel")]}),
        E("condemned", "111", ["esmail-qaani"], [ISR], ("2021-05-16", "day"), by="irna"),
        E("praised", "051", ["esmail-qaani"], ["palestinians"], ("2021-05-16", "day"), by="irna"),
        E("airstrike", "195", [US], ["qasem-soleimani"], ("2020-01", "month"), place="Baghdad",
          bg=True),
        E(S("called", after="this month "), "111", ["ali-khamenei"], [ISR], ("2021-05", "month")),
    ],
    quotes=[
        IQ("Tehran’s support for Palestinians facing Israeli “crimes” in Jerusalem and Gaza",
           "esmail-qaani", "stressed", to=["ismail-haniyeh", "ziyad-al-nakhalah"],
           by="~state media"),
        SQ("crimes"),
        Q("stands alongside the nation of Palestine", "esmail-qaani", "told",
          to=["ismail-haniyeh"], by="irna"),
        Q("against all international laws and conventions,", "esmail-qaani", "condemned",
          to=["ismail-haniyeh"], by="irna"),
        Q("the Palestinians’ right to confront the aggression and crimes of the Zionist enemy",
          "esmail-qaani", "told", to=["ziyad-al-nakhalah"], by="irna"),
        Q("praised the development of Palestinian resistance and its capabilities in defending the "
          "people of Palestine", "esmail-qaani", "praised", to=["ziyad-al-nakhalah"], by="irna"),
        Q("not a country, but a terrorist base", "ali-khamenei", "called"),
        Q("fighting this despotic regime is fighting oppression and terrorism, and (doing so) is "
          "everyone’s duty", "ali-khamenei", "said"),
    ],
    dates=[
        D("Sunday", "2021-05-16", "day"),
        D("since 2014", "2014/..", "year"),
        D("since Monday", "2021-05-10/..", "day"),
        D("January last year", "2020-01", "month"),
        D("1979", "1979/..", "year"),
        D("this month", "2021-05", "month"),
    ],
))

# =============================================================================================
# White House Briefing Room: readouts of calls and meetings with Israeli leaders, two statements.

DOCS.append(DOC(
    "whitehouse-2021-05-12-readout-of-president-joseph-r-biden-jr-call-with-prime-minister-benjamin-netanyahu-of-israel-2",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2021-05-12", "day")),
        E("condemned", "111", [BIDEN], ["hamas"], ("2021-05-12", "day")),
        E("rocket attacks", "194", ["hamas"], [ISR], "R"),
        E(S("support", after="He conveyed his unwavering "), "051", [BIDEN], [ISR],
          ("2021-05-12", "day")),
        E("engagement", "040", [US],
          ["egypt-government", "jordan-government", "qatar-government",
           "~palestinian officials"], "R"),
        E("agreed", "036", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2021-05-12", "day")),
    ],
    quotes=[
        IQ("his unwavering support for Israel’s security and for Israel’s legitimate right to "
           "defend itself and its people, while protecting civilians", BIDEN, "conveyed",
           to=[NETANYAHU]),
        IQ("the United States’ encouragement of a pathway toward restoring a sustainable calm",
           BIDEN, "conveyed", to=[NETANYAHU]),
        IQ("Jerusalem, a city of such importance to people of faith from around the world, must be "
           "a place of peace", BIDEN, "shared", to=[NETANYAHU]),
    ],
    dates=[D("today", "2021-05-12", "day")],
))

DOCS.append(DOC(
    "whitehouse-2021-05-19-readout-of-president-joseph-r-biden-jr-call-with-prime-minister-benjamin-netanyahu-of-israel-5",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2021-05-19", "day")),
        E("degrading", "190", [ISR], ["hamas"], "R"),
    ],
    quotes=[
        IQ("he expected a significant de-escalation today on the path to a ceasefire", BIDEN,
           "conveyed", to=[NETANYAHU]),
    ],
    dates=[D("today", "2021-05-19", "day", all=True)],
))

DOCS.append(DOC(
    "whitehouse-2021-08-27-readout-of-president-joseph-r-biden-jr-s-meeting-with-prime-minister-naftali-bennett-of-israel",
    events=[
        E("met", "043", [BIDEN], [BENNETT], ("2021-08-27", "day"), place="White House"),
        E("appreciation", "051", [BIDEN], [ISR], ("2021-08-27", "day")),
        E("attack", "180", [], [US], ("2021-08-26", "day"), place="Kabul", bg=True),
        E(S("support", after="The President conveyed his ironclad "), "051", [BIDEN], [ISR],
          ("2021-08-27", "day")),
        E(S("support", after="administration’s full "), "0332", [BIDEN], [ISR],
          ("2021-08-27", "day")),
    ],
    quotes=[
        IQ("appreciation for Israel’s condolences for yesterday’s attack in Kabul that killed U.S. "
           "service members and Afghan civilians", BIDEN, "expressed", to=[BENNETT]),
        IQ("his ironclad support for Israel’s security and right to self-defense", BIDEN,
           "conveyed", to=[BENNETT]),
        IQ("his administration’s full support for replenishing Israel’s Iron Dome system", BIDEN,
           "underscored", to=[BENNETT]),
        IQ("his commitment to ensure Iran never develops a nuclear weapon", BIDEN, "made clear",
           to=[BENNETT]),
        IQ("a negotiated two-state solution is the only viable path to achieving a lasting "
           "resolution to the Israeli-Palestinian conflict", BIDEN, "reaffirmed", to=[BENNETT]),
        IQ("his administration would strengthen bilateral cooperation with Israel in ways that "
           "would benefit both U.S. citizens and Israeli citizens, including by working together "
           "towards Israel’s inclusion in the Visa Waiver Program", BIDEN, "emphasized",
           to=[BENNETT]),
    ],
    dates=[D("today", "2021-08-27", "day"), D("yesterday", "2021-08-26", "day")],
))

DOCS.append(DOC(
    "whitehouse-2022-03-30-readout-of-president-bidens-call-with-prime-minister-naftali-bennett-of-israel",
    events=[
        E("spoke", "041", [BIDEN], [BENNETT], ("2022-03-30", "day")),
        E("condolences", "018", [BIDEN], [BENNETT], ("2022-03-30", "day")),
        E("terrorist attacks", "180", [], [ISR], "R", counts={"killed": [K(11)]}),
        E("stands", "051", [BIDEN], [ISR], ("2022-03-30", "day")),
        E("offered", "033", [BIDEN], [ISR], ("2022-03-30", "day")),
    ],
    quotes=[
        IQ("the United States stands firmly and resolutely with Israel in the face of this "
           "terrorist threat and all threats to the state of Israel", BIDEN, "emphasized",
           to=[BENNETT]),
    ],
    dates=[D("today", "2022-03-30", "day")],
))

DOCS.append(DOC(
    "whitehouse-2023-03-19-readout-of-president-joe-bidens-call-with-prime-minister-benjamin-netanyahu-of-israel",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2023-03-19", "day")),
        E("meeting", "044",
          [ISR, "palestinian-authority", "egypt-government", "jordan-government", US],
          [ISR, "palestinian-authority", "egypt-government", "jordan-government", US],
          ("2023-03-19", "day"), place="Sharm El Sheikh"),
        E("commitment", "051", [BIDEN], [ISR], ("2023-03-19", "day")),
        E("agreed", "036", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2023-03-19", "day")),
    ],
    quotes=[
        IQ("the need for all sides to take urgent, collaborative steps to enhance security "
           "coordination, condemn all acts of terrorism, and maintain the viability of a two-state "
           "solution", BIDEN, "reinforced", to=[NETANYAHU]),
        IQ("democratic values have always been, and must remain, a hallmark of the U.S.-Israel "
           "relationship, that democratic societies are strengthened by genuine checks and "
           "balances, and that fundamental changes should be pursued with the broadest possible "
           "base of popular support", BIDEN, "underscored", to=[NETANYAHU]),
        IQ("his unwavering commitment to Israel’s security and the ongoing cooperation between our "
           "national security teams, including to counter all threats posed by Iran", BIDEN,
           "reiterated", to=[NETANYAHU]),
    ],
    dates=[D("today", "2023-03-19", "day"), D("March 19", "2023-03-19", "day")],
))

DOCS.append(DOC(
    "whitehouse-2023-10-18-readout-of-president-joseph-r-biden-jr-meeting-with-prime-minister-benjamin-netanyahu-of--e3809755",
    events=[
        E("met", "042", [BIDEN], [NETANYAHU, "War Cabinet"], ("2023-10-18", "day"),
          place="Israel"),
        E("attack", "180", ["hamas"], [ISR], "R", bg=True),
        E(S("support", after="reiterated his steadfast "), "051", [BIDEN], [ISR],
          ("2023-10-18", "day")),
        E("provide", "033", [BIDEN], [ISR], ("2023-10-18", "day")),
        E("taken", "181", ["hamas"], ["~hostages"], "R", bg=True),
    ],
    quotes=[
        IQ("his steadfast support for Israel", BIDEN, "reiterated", to=[NETANYAHU]),
        IQ("U.S. determination to provide the Israeli government with what it needs to protect its "
           "citizens", BIDEN, "reaffirmed", to=[NETANYAHU]),
    ],
    dates=[D("today", "2023-10-18", "day")],
))

DOCS.append(DOC(
    "whitehouse-2023-10-22-readout-of-president-joseph-r-biden-jr-s-call-with-prime-minister-benjamin-netanyahu-of-israel",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2023-10-22", "day")),
        E("terrorist attack", "180", ["hamas"], [ISR], ("2023-10-07", "day"), bg=True),
        E("appreciation", "051", [BIDEN], [ISR], ("2023-10-22", "day")),
        E("taken", "181", ["hamas"], ["~hostages"], "R", bg=True),
        E("agreed", "036", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2023-10-22", "day")),
    ],
    quotes=[
        IQ("appreciation for Israel’s support in helping to accommodate the release of two American "
           "hostages", BIDEN, "expressed", to=[NETANYAHU]),
    ],
    # "since Hamas's October 7 terrorist attack": open, as the date rules write "since the 1979
    # revolution" (corrected in the fifth session; see the README's date rules).
    dates=[D("today", "2023-10-22", "day"), D("October 7", "2023-10-07/..", "day")],
))

DOCS.append(DOC(
    "whitehouse-2023-10-25-readout-of-president-bidens-call-with-prime-minister-netanyahu-of-israel-6",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2023-10-25", "day")),
        E("agreed", "036", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2023-10-25", "day")),
    ],
    quotes=[
        IQ("Israel has every right and responsibility to defend its citizens from terrorism and to "
           "do so in a manner consistent with international humanitarian law", BIDEN, "reiterated",
           to=[NETANYAHU]),
        IQ("the importance of focusing on what comes after this crisis to include a pathway for a "
           "permanent peace between Israelis and Palestinians", BIDEN, "noted", to=[NETANYAHU]),
        IQ("Hamas does not represent the Palestinian people or their legitimate aspirations",
           BIDEN, "emphasizing", to=[NETANYAHU]),
    ],
    dates=[D("this afternoon", "2023-10-25", "day")],
))

DOCS.append(DOC(
    "whitehouse-2023-11-26-readout-of-president-bidens-call-with-prime-minister-benjamin-netanyahu-of-israel-2",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2023-11-26", "day")),
        E("release", "0841", ["hamas"], ["~hostages"], ("2023-11-24/2023-11-26", "day")),
        E("pause", "0871", [ISR, "hamas"], [ISR, "hamas"], "R"),
        E("thanked", "051", [NETANYAHU], [BIDEN], ("2023-11-26", "day")),
        E("broker", "045", [BIDEN], [ISR, "hamas"], "R"),
        E("agreed", "030", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2023-11-26", "day")),
        E(S("agreed", after="will continue working to secure the release of all hostages. "),
          "036", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2023-11-26", "day")),
    ],
    quotes=[],
    dates=[D("today", "2023-11-26", "day"),
           D("the past three days", "2023-11-24/2023-11-26", "day")],
))

DOCS.append(DOC(
    "whitehouse-2023-12-07-readout-of-president-bidens-call-with-prime-minister-netanyahu-of-israel-10",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2023-12-07", "day")),
        E("permitted", "1055", [BIDEN], ["hamas"], ("2023-12-07", "day")),
        E(S("noted", after="Hamas terrorists. He "), "112", [BIDEN], ["hamas"],
          ("2023-12-07", "day")),
        E("refusal", "1243", ["hamas"], ["~hostages"], "R", bg=True),
        E("welcomed", "051", [BIDEN], [ISR], ("2023-12-07", "day")),
        E("agreed", "030", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU], ("2023-12-07", "day")),
        E(S("agreed", n=1), "036", [BIDEN, NETANYAHU], [BIDEN, NETANYAHU],
          ("2023-12-07", "day")),
    ],
    quotes=[
        IQ("his deep concern for the hostages that remain in Gaza", BIDEN, "expressed",
           to=[NETANYAHU]),
        IQ("the ICRC must be permitted to access remaining hostages held by Hamas terrorists",
           BIDEN, "reiterated", to=[NETANYAHU]),
        IQ("it was Hamas’s refusal to release young women civilian hostages that led to a breakdown "
           "in the humanitarian pause", BIDEN, "noted", to=[NETANYAHU]),
        IQ("much more assistance was urgently required across the board", BIDEN, "stressed",
           to=[NETANYAHU]),
        IQ("the critical need to protect civilians and to separate the civilian population from "
           "Hamas including through corridors that allow people to move safely from defined areas "
           "of hostilities", BIDEN, "emphasized", to=[NETANYAHU]),
        IQ("his concern about extremist violence committed against Palestinians and the need to "
           "increase stability in the West Bank", BIDEN, "reiterated", to=[NETANYAHU]),
    ],
    dates=[D("this morning", "2023-12-07", "day")],
))

DOCS.append(DOC(
    "whitehouse-2024-04-28-readout-of-president-joe-bidens-call-with-prime-minister-netanyahu-of-israel-4",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2024-04-28", "day")),
        E("commitment", "051", [BIDEN], [ISR], ("2024-04-28", "day")),
        E("attack", "195", ["iran-government"], [ISR], ("2024-04", "month"), bg=True),
        E("demanding", "1053", [BIDEN, "~17 other world leaders"], ["hamas"], "R", bg=True),
    ],
    quotes=[
        IQ("his ironclad commitment to Israel’s security following the successful defense against "
           "Iran’s unprecedented missile and drone attack earlier this month", BIDEN, "reaffirmed",
           to=[NETANYAHU]),
        IQ("Hamas release their citizens without delay to secure a ceasefire and relief for the "
           "people of Gaza", BIDEN, "demanding"),
        IQ("the need for this progress to be sustained and enhanced in full coordination with "
           "humanitarian organizations", BIDEN, "stressed", to=[NETANYAHU]),
    ],
    dates=[D("earlier today", "2024-04-28", "day"), D("earlier this month", "2024-04", "month"),
           D("this week", "2024-W18", "week")],
))

DOCS.append(DOC(
    "whitehouse-2024-07-04-readout-of-president-joe-bidens-call-with-prime-minister-netanyahu-of-israel-6",
    events=[
        E("spoke", "041", [BIDEN], [NETANYAHU], ("2024-07-04", "day")),
        E("congratulated", "051", [NETANYAHU], [US], ("2024-07-04", "day")),
        E("thanked", "051", [NETANYAHU], [BIDEN], ("2024-07-04", "day")),
        E("endorsed", "051", ["un-security-council", "g7"], [BIDEN], "R", bg=True),
        E("welcomed", "051", [BIDEN], [NETANYAHU], ("2024-07-04", "day")),
        E(S("commitment", after="President Biden reaffirmed his ironclad "), "051", [BIDEN],
          [ISR], ("2024-07-04", "day")),
        E(S("meeting", after="Both leaders welcomed the "), "040", [US, ISR], [US, ISR],
          ("2024-07-15", "day"), mod="planned"),
    ],
    quotes=[
        IQ("his ironclad commitment to Israel’s security including in the face of threats from "
           "Iranian-backed terrorist groups such as Lebanese Hezbollah", BIDEN, "reaffirmed",
           to=[NETANYAHU]),
    ],
    dates=[D("this morning", "2024-07-04", "day"), D("July 15", "2024-07-15", "day")],
))

# --- same-event pair 1 (with treasury-jy1444): sanctions for wrongful detention, 2023-04-27
DOCS.append(DOC(
    "whitehouse-2023-04-27-statement-from-president-joe-biden-on-new-steps-to-punish-and-deter-wrongful-detention-an-af7ab392",
    events=[
        E("sanctions", "163", ["us-department-of-state", "us-treasury"],
          ["~four individuals and two security services in russia and iran"],
          ("2023-04-27", "day")),
        E("Release", "1053", [BIDEN], ["russia-government", "iran-government"],
          ("2023-04-27", "day")),
    ],
    quotes=[],
    dates=[D("Today", "2023-04-27", "day", all=True),
           D("Since the first day of my Administration", "2021-01-20/..", "day"),
           D("last summer", "2022-SU", "season")],
))

# --- same-event pair 2 (with treasury-jy2644): oil sanctions after the 1 October attack
DOCS.append(DOC(
    "whitehouse-2024-10-11-statement-from-national-security-advisor-jake-sullivan-on-expansion-of-sanctions-on-iran--2c9ec04f",
    events=[
        E("attack", "195", ["iran-government"], [ISR], ("2024-10-01", "day"), place="Tel Aviv",
          bg=True),
        E("made clear", "130", [US], ["iran-government"], "R", bg=True),
        E("call", "041", [BIDEN], ["g7"], "R", bg=True),
        E("measures", "163", ["us-treasury", "us-department-of-state"], ["iran-government"],
          ("2024-10-11", "day")),
        E("lifted", "085", [US], ["iran-government"], "R", neg=True, bg=True),
        E(S("designated", after="single sanction on Iran and has "), "163", [US],
          ["~over 700 individuals and entities"], "R", bg=True),
        E(S("measures", after="many of whom will announce their own "), "163",
          ["~allies and partners"], ["iran-government"], "R", mod="planned"),
    ],
    quotes=[
        IQ("Iran would face severe consequences", US, "made clear"),
        SQ("Ghost Fleet"),
    ],
    dates=[D("October 1", "2024-10-01", "day"), D("today", "2024-10-11", "day", all=True),
           D("Today", "2024-10-11", "day", all=True)],
))

# =============================================================================================
# U.S. Treasury press releases (designations) and readouts.

DOCS.append(DOC(
    "treasury-jy1444",  # same-event pair 1 (with the White House statement of 2023-04-27)
    events=[
        E(S("designated", after="an entity that is being concurrently "), "163",
          ["us-department-of-state"], ["irgc-intelligence-organization"],
          ("2023-04-27", "day")),
        E(S("designation", after="OFAC implemented the Department of State’s "), "163",
          ["us-department-of-state"], ["fsb"], ("2023-04-27", "day")),
        E(S("designated", after="Kazemi was previously "), "163", ["ofac"], ["Mohammad Kazemi"],
          ("2022-10-26", "day"), bg=True),
        E(S("designated", after="Mohammad Hasan Mohagheghi are being "), "163", ["ofac"],
          ["Ruhollah Bazghandi", "Mohammad Kazemi", "Mohammad Mehdi Sayyari",
           "Mohammad Hasan Mohagheghi"], ("2023-04-27", "day")),
    ],
    quotes=[
        SQ("Bolstering Efforts to Bring Hostages and Wrongfully Detained U.S. Nationals Home,"),
        Q("Today’s action targets senior officials and security services in Iran and Russia that are "
          "responsible for the hostage-taking or wrongful detention of U.S. nationals abroad,",
          "brian-e-nelson", "said"),
        Q("We are committed to bringing home wrongfully detained U.S. nationals and acting against "
          "foreign threats to the safety of U.S. nationals abroad.", "brian-e-nelson", "said"),
    ],
    dates=[D("Today", "2023-04-27", "day", all=True), D("today", "2023-04-27", "day", all=True),
           D("June 2022", "2022-06", "month"), D("October 26, 2022", "2022-10-26", "day")],
))

DOCS.append(DOC(
    "treasury-jy2644",  # same-event pair 2 (with the White House statement of 2024-10-11)
    events=[
        E("sanctions", "163", [US], ["iran-government"], ("2024-10-11", "day")),
        E("attack", "190", ["iran-government"], [ISR], ("2024-10-01", "day"), bg=True),
        E(S("designated", after="NIOC was "), "163", [US], ["national-iranian-oil-company"],
          ("2020-10-26", "day"), bg=True),
        E(S("designated", after="Triliance was "), "163", [US],
          ["Triliance Petrochemical Co. Limited"], ("2020-01-23", "day"), bg=True),
        E(S("designated", after="Max Maritime is being "), "163", ["ofac"],
          ["Max Maritime Solutions FZE"], ("2024-10-11", "day")),
        E(S("designated", after="Cathay Harvest is being "), "163", ["ofac"],
          ["Cathay Harvest Marine Ltd"], ("2024-10-11", "day")),
        E(S("designated", after="Elza Shipping SA is being "), "163", ["ofac"],
          ["Elza Shipping SA"], ("2024-10-11", "day")),
        E(S("designated", after="Jazira Das International Oil Products Trading LLC is being "),
          "163", ["ofac"], ["Jazira Das International Oil Products Trading LLC"],
          ("2024-10-11", "day")),
        E(S("designated", after="Harry Victor Ship Management and Operation L.L.C. is being "),
          "163", ["ofac"], ["Harry Victor Ship Management and Operation L.L.C."],
          ("2024-10-11", "day")),
        E(S("designated", after="Rita Shipping Inc is being "), "163", ["ofac"],
          ["Rita Shipping Inc"], ("2024-10-11", "day")),
        E(S("designated", after="Derecttor Company Limited is being "), "163", ["ofac"],
          ["Derecttor Company Limited"], ("2024-10-11", "day")),
        E(S("designated", after="Delnaz Ship Management Sdn Bhd is being "), "163", ["ofac"],
          ["Delnaz Ship Management Sdn Bhd"], ("2024-10-11", "day")),
        E(S("designated", after="Diamante Tankers Incorporated is being "), "163", ["ofac"],
          ["Diamante Tankers Incorporated"], ("2024-10-11", "day")),
        E(S("designated", after="Davina Shipping Inc is being "), "163", ["ofac"],
          ["Davina Shipping Inc"], ("2024-10-11", "day")),
        E(S("designated", after="Celia Armas Ltd are all being "), "163",
          ["us-department-of-state"],
          ["Strong Roots Provider NV", "Glazing Future Management NV", "Engen Management NV",
           "Gabbaro Ship Services PVT LTD", "Alya Marine Sendirian Berhad", "Celia Armas Ltd"],
          ("2024-10-11", "day")),
    ],
    quotes=[
        Q("In response to Iran’s attack on Israel, the United States is taking decisive action to "
          "further disrupt the Iranian regime’s ability to fund and carry out its destabilizing "
          "activity,", "janet-yellen", "said"),
        Q("Today’s sanctions target Iranian efforts to channel revenues from its energy industry to "
          "finance deadly and disruptive activity—including development of its nuclear program, the "
          "proliferation of ballistic missiles and unmanned aerial vehicles, and support to "
          "regional terrorist proxies—with dangerous consequences for the region and the world. We "
          "will not hesitate to take further action to hold Iran accountable.", "janet-yellen",
          "said"),
    ],
    dates=[D("Today", "2024-10-11", "day", all=True), D("today", "2024-10-11", "day", all=True),
           D("October 1", "2024-10-01", "day"), D("this year", "2024", "year"),
           D("October 26, 2020", "2020-10-26", "day"), D("January 23, 2020", "2020-01-23", "day"),
           D("November 5, 2018", "2018-11-05", "day", all=True), D(S("2023", after="transfers of Iranian oil with NITC-affiliated vessels in "), "2023", "year")],
))

DOCS.append(DOC(
    "treasury-jy0191",
    events=[
        E("offensive", "190", ["ansarallah"], ["yemen-government"], "R", place="Marib",
          counts={"displaced": [K(20000, "Marib", approx=True)]}),
        E(S("war", after="continue to wage a bloody "), "190", ["ansarallah"],
          ["yemen-government"], "R"),
        E(S("support", after="The Houthis, with the "), "072", ["iran-government"], ["ansarallah"],
          "R"),
        E(S("attacks", after="Al-Ghamari has also overseen Houthi UAV and missile "), "195",
          ["ansarallah"], ["saudi-government"], "R", bg=True),
        E("received", "072", ["hezbollah", "irgc"], ["Muhammad Abd Al-Karim al-Ghamari"], "R",
          mod="claimed", bg=True),
        E(S("ballistic missile attacks", after="with reports of Houthi "), "195", ["ansarallah"],
          ["~displaced civilians"], "R", place="Marib", by="~reports"),
        E(S("attacks", after="Al-Ghamari also participated in Houthi "), "190", ["ansarallah"],
          [], "R", place="Saada", bg=True),
        E(S("capture", after="the 2014 "), "192", ["ansarallah"], ["yemen-government"],
          ("2014", "year"),
          place="Sanaa", bg=True),
        E(S("designated", after="Basis for Designation Al-Ghamari is being "), "163", ["ofac"],
          ["Muhammad Abd Al-Karim al-Ghamari"], ("2021-05-20", "day")),
        E(S("designating", after="the Department of State is "), "163",
          ["us-department-of-state"], ["Yusuf al-Madani"], ("2021-05-20", "day")),
    ],
    quotes=[
        IQ("the Marib offensive is contributing to a tipping point in Yemen’s humanitarian crisis",
           "~humanitarians", "warned"),
        IQ("the world’s worst humanitarian crisis", "united-nations", "called"),
        Q("As the senior Houthi military official, Muhammad Abd Al-Karim al-Ghamari is directly "
          "responsible for attacks on infrastructure that have harmed civilians and now oversees an "
          "offensive in Marib that compounds human suffering,", "andrea-gacki", "said"),
        Q("The United States will continue to hold Houthi leadership accountable for actions that "
          "contribute to Yemen’s humanitarian crisis.", "andrea-gacki", "said"),
    ],
    dates=[D("today", "2021-05-20", "day", all=True), D("Today", "2021-05-20", "day", all=True),
           D("2014", "2014", "year"), D("2015", "2015", "year"),
           D("November 23, 2011", "2011-11-23", "day")],
))

DOCS.append(DOC(
    "treasury-sm1210",
    events=[
        E("abduction", "181", ["Mohammad Baseri", "Ahmad Khazai"], ["Robert A. Levinson"],
          ("2007-03-09", "day"), place="Kish Island", bg=True),
        E(S("designated", after="The individuals "), "163", ["us-treasury"],
          ["Mohammad Baseri", "Ahmad Khazai"], ("2020-12-14", "day")),
    ],
    quotes=[
        SQ("Bob"),
        Q("The abduction of Mr. Levinson in Iran is an outrageous example of the Iranian regime’s "
          "willingness to commit unjust acts,", "steven-mnuchin", "said"),
        Q("The United States will always prioritize the safety and security of the American people "
          "and will continue to aggressively pursue those who played a role in Mr. Levinson’s "
          "detention and probable death.", "steven-mnuchin", "said"),
        Q("The government of Iran pledged to provide assistance in bringing Bob Levinson home, but "
          "it has never followed through. The truth is that Iranian intelligence officers —with the "
          "approval of senior Iranian officials — were involved in Bob’s abduction and detention,",
          "christopher-wray", "said"),
        Q("While no one should be as cruelly treated as Bob was, this situation is personal because "
          "Bob served as a special agent for 22 years and will always be a part of the FBI family. "
          "We will never waver from our commitment to find out more about Bob’s long captivity, to "
          "give the Levinson family the answers they deserve, and to finally bring Bob home.",
          "christopher-wray", "said"),
    ],
    dates=[D("Today", "2020-12-14", "day", all=True), D("today", "2020-12-14", "day", all=True),
           D("March 9, 2007", "2007-03-09", "day"),
           D("since June 12, 2009", "2009-06-12/..", "day")],
))

DOCS.append(DOC(
    "treasury-jl0331",
    events=[
        E("designating", "163", ["us-treasury"],
          ["Mohamad Noureddine", "Hamdi Zaher El Dine", "Trade Point International S.A.R.L."],
          ("2016-01-28", "day")),
        E(S("designated", after="Hizballah was "), "163", ["us-department-of-state"],
          ["hezbollah"], ("2001-10", "month"), bg=True),
        E(S("designated", after="It was also "), "163", [US], ["hezbollah"], ("2012-08", "month"),
          bg=True),
        E("listed", "163", [US], ["hezbollah"], ("1995-01", "month"), bg=True),
    ],
    quotes=[
        Q("Hizballah needs individuals like Mohamad Noureddine and Hamdi Zaher El Dine to launder "
          "criminal proceeds for use in terrorism and political destabilization,",
          "adam-szubin", "said"),
        Q("We will continue to target this vulnerability, and expose and disrupt such enablers of "
          "terrorism wherever we find them.", "adam-szubin", "said"),
    ],
    dates=[D("today", "2016-01-28", "day", all=True), D("Today", "2016-01-28", "day", all=True),
           D("October 2001", "2001-10", "month"), D("August 2012", "2012-08", "month"),
           D("January 1995", "1995-01", "month")],
))

DOCS.append(DOC(
    "treasury-200721612254215654",
    events=[
        E("designated", "163", ["us-treasury"],
          ["Kalaye Electric Company", "Kavoshyar Company", "Pioneer Energy Industries Company"],
          "R"),
    ],
    quotes=[
        # An archived release whose quote marks were lost: annotated as indirect speech.
        IQ("Treasury is taking this action to deny Iran access to the materials and services that "
           "support its nuclear ambitions", "stuart-levey", "said"),
    ],
    dates=[],
))

DOCS.append(DOC(
    "treasury-hp1284",
    events=[
        E("designated", "163", ["us-treasury"], ["Redouane El Habhab"], ("2008-11-20", "day")),
        E("convicted", "173", ["Schleswig-Holstein Higher Regional Court"], ["Redouane El Habhab"],
          ("2008-01-24", "day"), place="Germany", bg=True),
        E("added", "163", ["U.N. 1267 Committee"], ["Redouane El Habhab"], ("2008-11-12", "day"),
          bg=True),
    ],
    quotes=[
        IQ("We must remain vigilant in our efforts to shut every funding stream terrorists and "
           "their supporters exploit to carry out attacks in Iraq and around the world",
           "adam-szubin", "said"),
    ],
    dates=[D("today", "2008-11-20", "day", all=True), D("January 24, 2008", "2008-01-24", "day"),
           D("November 12, 2008", "2008-11-12", "day"),
           D("December 20, 1969", "1969-12-20", "day")],
))

DOCS.append(DOC(
    "treasury-sm0149",
    events=[
        E("took action", "163", ["ofac"], ["Salim Mustafa Muhammad al-Mansur"],
          ("2017-08-29", "day")),
        E("bar", "163", ["iraq-government"], ["Salim Mustafa Muhammad al-Mansur"], "R"),
    ],
    quotes=[
        Q("Treasury continues to work in close collaboration with the Government of Iraq to dismantle "
          "ISIS financial networks both inside and outside of ISIS-controlled territory,",
          "John E. Smith", "said"),
        Q("This action underscores the United States' resolve to work with international partners "
          "to further restrict ISIS's ability to abuse the U.S. and Iraqi financial systems.",
          "John E. Smith", "said"),
    ],
    dates=[D("today", "2017-08-29", "day", all=True), D("late 2009", "2009", "year"),
           D("early 2014", "2014", "year"), D("2015", "2015", "year"),
           D("mid-2016", "2016", "year"), D("early 2017", "2017", "year")],
))

DOCS.append(DOC(
    "treasury-tg1283",
    events=[
        E("designations", "163", ["us-treasury"],
          ["Walid Al-Moallem", "Bouthaina Shaaban", "Ali Abdul Karim Ali"], ("2011-08-30", "day")),
        E("imposing", "163", ["Obama"], ["syria-government"], ("2011-08-18", "day"), bg=True),
    ],
    quotes=[
        Q("Building on our sanctions targeting the entire Government of Syria, we are bringing "
          "additional pressure to bear today directly on three senior Asad regime officials who are "
          "principal defenders of the regime’s activities,", "david-s-cohen", "said"),
    ],
    dates=[D("today", "2011-08-30", "day", all=True),
           D("February 2006", "2006-02", "month"), D("since July 2008", "2008-07/..", "month"),
           D("since May 2009", "2009-05/..", "month"), D("May 18, 2011", "2011-05-18", "day"),
           D("August 18, 2011", "2011-08-18", "day"), D("1941", "1941", "year"),
           D("1953", "1953", "year", all=True)],
))

DOCS.append(DOC(
    "treasury-sm0192",
    events=[
        E("met", "042", ["steven-mnuchin"], [NETANYAHU, "meir-ben-shabbat"], "R",
          place="Jerusalem"),
    ],
    quotes=[
        IQ("the close partnership between the Department of the Treasury and the State of Israel in "
           "countering the financing of terrorism and other illicit activity", "steven-mnuchin",
           "underscored", to=[NETANYAHU, "meir-ben-shabbat"]),
    ],
    dates=[],
))

DOCS.append(DOC(
    "treasury-sb0289",
    events=[
        E("met", "043", ["scott-bessent"], ["bezalel-smotrich"], ("2025-10-20", "day"),
          place="Washington"),
        E("encouraged", "022", ["scott-bessent"], ["bezalel-smotrich"], ("2025-10-20", "day")),
        E("thanked", "051", ["scott-bessent"], ["bezalel-smotrich"], ("2025-10-20", "day")),
    ],
    quotes=[
        IQ("the historic return of the hostages", "scott-bessent", "underscored",
           to=["bezalel-smotrich"]),
        IQ("the great potential for expansion of the Abraham Accords", "scott-bessent", "noted",
           to=["bezalel-smotrich"]),
    ],
    dates=[D("Today", "2025-10-20", "day")],
))

DOCS.append(DOC(
    "treasury-jy2057",
    events=[
        E("traveled", "042", ["brian-e-nelson"], ["iraq-government"],
          ("2024-01-28/2024-01-29", "day"), place="Baghdad"),
        E("met", "040", ["brian-e-nelson"],
          ["mohammed-shia-al-sudani", "Ali al-Allaq", "Faiq Zaidan", "Razzaq Muhaibis"],
          ("2024-01-28/2024-01-29", "day"), place="Baghdad"),
        E(S("met", after="The Under Secretary also "), "040", ["brian-e-nelson"],
          ["Bilal al-Hamdani", "~representatives of privately-owned banks"],
          ("2024-01-28/2024-01-29", "day"), place="Baghdad"),
        E("identified", "163", ["us-treasury"], ["Al-Huda Bank"], ("2024-01-29", "day")),
        E(S("imposed", after="Concurrently, Treasury’s Office of Foreign Assets Control (OFAC) "),
          "163", ["ofac"], ["~ceo of al-huda bank"], ("2024-01-29", "day")),
    ],
    quotes=[SQ("primary money laundering concern")],
    dates=[D("January 28 and 29", "2024-01-28/2024-01-29", "day"),
           D("Yesterday", "2024-01-29", "day")],
))

# =============================================================================================
# Wikinews articles.

DOCS.append(DOC(
    "wikinews-96593",  # Saturday 19 January 2008
    events=[
        E("sealed", "191", [ISR], ["hamas"], "R", place="Gaza"),
        E("fired", "194", ["hamas"], [ISR], ("2008-01-15/..", "day"),
          counts={"strikes": [K(100)]}),
        E(S("killed", after="when Israeli forces "), "190", ["israel-defense-forces"],
          ["palestinians", "hamas"], ("2008-01-15", "day"), counts={"killed": [K(19)]}),
        E("tightened", "163", [ISR], ["hamas"], ("2007-06/..", "month"), bg=True),
        E("seized", "192", ["hamas"], ["fatah"], ("2007-06", "month"), place="Gaza", bg=True),
        E(S("condemned", after="in the West Bank also "), "111", ["palestinian-authority"], [ISR],
          "R"),
        E("peace talks", "046", [ISR, "palestinian-authority"], [ISR, "palestinian-authority"],
          ("2007-12", "month"), bg=True),
    ],
    quotes=[
        IQ("the move is raising fears of a humanitarian crisis in the impoverished territory",
           "Robert Berger", "reports"),
        IQ("under these circumstances, it cannot be business as usual with Gaza", "Arieh Mekel",
           "says"),
        Q("We are determined to continue and do whatever it takes until these daily attacks against "
          "our citizens will stop,", "Arieh Mekel", "said"),
        IQ("the situation is going from bad to worse", "Mona al-Farra", "says"),
        Q("I am warning of a large humanitarian crisis in Gaza for Palestinian people, for women "
          "children,", "Mona al-Farra", "said"),
        IQ("Israeli \"collective punishment\" will not stop the rockets", "hamas", "say"),
        SQ("collective punishment"),
        IQ("Israel is harming new peace talks, which resumed last month after a seven-year break",
           "~palestinian officials", "warned"),
    ],
    dates=[D("this week", "2008-W03", "week"), D("since Tuesday", "2008-01-15/..", "day"),
           D("since June", "2007-06/..", "month"), D("last month", "2007-12", "month")],
))

DOCS.append(DOC(
    "wikinews-119346",  # Thursday 15 January 2009
    events=[
        E("Fighting", "190", [ISR, "hamas"], [ISR, "hamas"], ("2009-01-14/2009-01-15", "day"),
          place="Gaza"),
        E("agreeing", "0356", ["hamas"], [ISR], "R"),
        E("brokered", "045", ["~egyptian officials"], [ISR, "hamas"], "R"),
        E("strike", "194", ["israel-defense-forces"], [], "R", place="Gaza", by="Ramattan"),
        E("fought", "190", ["hamas"], ["israel-defense-forces"], "R", place="Gaza", by="Ramattan"),
        E("offensive", "190", [ISR], ["palestinians"], ("2008-12-27/..", "day"), place="Gaza",
          counts={"killed": [K(1000, "Gaza")], "injured": [K(4300, "Gaza")]}),
        E("reject", "127", ["hamas"], ["~egyptian leadership"], "R", neg=True),
        E(S("calling", after="new audio tape "), "138", ["osama-bin-laden"], [ISR], "R"),
        E(S("condemned", after="President of the United Nations General Assembly, "), "111",
          ["Miguel d'Escoto Brockmann"], [ISR], ("2009-01-13", "day")),
        E(S("called", after="Israel's ambassador to the UN, "), "111", ["Gabriela Shalev"],
          ["Miguel d'Escoto Brockmann"], "R"),
        E(S("fired", after="eliminate rockets being "), "194", ["hamas"], [ISR], "R",
          mod="claimed"),
    ],
    quotes=[
        Q("presented to the Egyptian leadership our detailed vision,", "hamas", "said"),
        IQ("Hamas did not reject the proposal", "hamas", "added"),
        SQ("holy war"),
        IQ("the voice on the tape is similar to previous recording released by bin Laden",
           "~reports", "say"),
        Q("stop the aggression against Gaza", "osama-bin-laden", "calls", to=["palestinians"]),
        SQ("liberate Palestine."),
        Q("The number of victims in Gaza is increasing by the day... The situation is untenable. "
          "It's genocide.", "Miguel d'Escoto Brockmann", "saying"),
        SQ("Israel hater"),
        IQ("it began bombarding Gaza to eliminate rockets being fired by Hamas and Palestinian "
           "fighters inside the Strip", ISR, "claims"),
        Q("You have to attack problems at their root cause and the Palestinian people have been "
          "subjected to subhuman treatment for decades and this is going to make matters worse,",
          "Miguel d'Escoto Brockmann", "added"),
    ],
    dates=[D("overnight", "2009-01-14/2009-01-15", "day"),
           D("the overnight hours", "2009-01-14/2009-01-15", "day"),
           # "since the bombings began on December 27, 2008": open, as the date rules write "since
           # the uprisings began in 2011" (corrected in the fifth session).
           D("Tuesday", "2009-01-13", "day"), D("December 27, 2008", "2008-12-27/..", "day")],
))

DOCS.append(DOC(
    "wikinews-105869",  # Sunday 11 May 2008
    events=[
        E("conflict", "190", ["hezbollah", "~supporters of the lebanese government"],
          ["hezbollah", "~supporters of the lebanese government"], "R", place="Lebanon",
          counts={"killed": [K(36)], "injured": [K(120)],
                  "displaced": [K(7000, approx=True)]}),
        E("retract", "035", ["lebanon-government"], ["hezbollah"], "R"),
        E("demanded", "106", ["fouad-siniora"], ["hezbollah"], "R"),
    ],
    quotes=[
        IQ("machine guns and rocket propelled grenades were being used", "~bbc reporter", "noted"),
        IQ("she was \"deeply concerned\" by the current situation in Lebanon",
           "condoleezza-rice", "said"),
        SQ("deeply concerned"),
        Q("undermining the legitimate authority of the Lebanese government.",
          "condoleezza-rice", "stated"),
        IQ("the Lebanese government was struggling to bring an end to the violence",
           "The Washington Post", "reported"),
        Q("remove its fighters from the streets… and respect government institutions.",
          "fouad-siniora", "demanded"),
    ],
    dates=[D("Over the past four days", "2008-05-08/2008-05-11", "day"),
           D("Friday", "2008-05-09", "day")],
))

DOCS.append(DOC(
    "wikinews-69829",  # Thursday 24 May 2007
    events=[
        E("fighting", "190", ["lebanese-armed-forces", "fatah-al-islam"],
          ["lebanese-armed-forces", "fatah-al-islam"], ("2007-05-20/..", "day"),
          place="Nahr al-Bared", counts={"killed": [K(69)]}),
        E("ultimatum", "139", ["fouad-siniora"], ["fatah-al-islam"], ("2007-05-24", "day"),
          place="Beirut"),
        E("fired back", "138", ["fatah-al-islam"], ["lebanese-armed-forces"], "R"),
        E("bombing", "183", ["fatah-al-islam"], [], "R", mod="threatened"),
        E("exploded", "183", [], [], ("2007-05-23", "day"), place="Aley",
          counts={"injured": [K(5, "Aley")]}, by="~senior security official"),
    ],
    quotes=[
        IQ("Lebanon would not give in to terrorism", "fouad-siniora", "saying"),
        Q("attempting to ride on the suffering and the struggle of the Palestinian people.",
          "fouad-siniora", "describing"),
        IQ("more bombing would take place unless the Lebanese Army backs down", "fatah-al-islam",
           "saying"),
    ],
    dates=[D("since Sunday", "2007-05-20/..", "day"), D("Earlier today", "2007-05-24", "day"),
           D("Wednesday evening", "2007-05-23", "day")],
))

DOCS.append(DOC(
    "wikinews-250584",  # Wednesday 16 March 2011
    events=[
        E("seized", "171", ["israel-defense-forces"], [], ("2011-03-16", "day")),
        E(S("claimed", after="He also "), "112", [NETANYAHU], ["iran-government"], "R"),
        E("shipping", "072", ["iran-government"], ["~terror groups in gaza"], "R", mod="claimed"),
    ],
    quotes=[
        Q("n the boat we discovered many weapons destined for terror groups in the heart of Gaza.",
          NETANYAHU, "According to"),
        IQ("Iran was responsible for shipping the weapons", NETANYAHU, "claimed"),
        Q("he only certain thing is the source of the weaponry was Iran, and there was a Syrian "
          "relay station as well.", NETANYAHU, "saying"),
    ],
    dates=[D("today", "2011-03-16", "day")],
))

DOCS.append(DOC(
    "wikinews-120380",  # Sunday 1 February 2009
    events=[
        E("detained", "171", ["cyprus-government"], [], "R", place="Limassol"),
        E("ordered", "174", ["egypt-government"], [], "R", place="Port Said"),
        E("stopped", "191", ["United States Navy"], [], "R", place="Red Sea", by="~reports"),
    ],
    quotes=[
        IQ("they had detained a ship carrying the nation's flag", "cyprus-government", "said"),
        IQ("the ship contains specialized components for the manufacture of rockets",
           "~well-informed sources", "saying", by="Famagusta Gazette"),
        IQ("the vessel was Russian-owned traveling from Iran to Syria with weapons destined for "
           "Hamas", "Cyprus state radio", "reported"),
        IQ("Israel believes the weapons were bound for Hezbollah or for Hamas militants in the Gaza "
           "Strip", "Haaretz", "reported"),
        IQ("the ship was in violation of United Nations resolutions", "Dimitris Christofias",
           "said"),
        Q("We are investigating what it is carrying and for this reason we have to handle things "
          "very responsibly and with a great deal of seriousness, without a lot of media noise,",
          "Dimitris Christofias", "said"),
        Q("It is a problem for us that we are forced to accept a ship under the Cypriot flag which "
          "is carrying whatever is carrying, which is contrary or in conflict with Security Council "
          "resolutions,", "Dimitris Christofias", "added"),
        IQ("the government was still investigating whether the ship was in violation of United "
           "Nations resolutions", "Markos Kyprianou", "said"),
        Q("Our aim is to resolve the matter in the best possible way without harming the interests "
          "of the Republic of Cyprus ... The less that is said the better,", "Marios Garoyian",
          "said"),
    ],
    dates=[D("Friday", "2009-01-30", "day", all=True), D("Sunday", "2009-02-01", "day", all=True)],
))

DOCS.append(DOC(
    "wikinews-55475",  # Saturday 25 November 2006
    events=[
        E("met", "042", ["dick-cheney"], ["Abdullah"], ("2006-11-25", "day"), place="Riyadh"),
        E(S("meet", after="Cheney will also "), "042", ["dick-cheney"], ["Sultan"], "R",
          by="~saudi official", mod="planned"),
        E(S("summit", n=1), "043", ["iran-government"], ["Jalal Talabani", "bashar-al-assad"],
          ("2006-11-25", "day"), place="Tehran", mod="planned"),
        E(S("go", after="was unable to "), "042", ["Jalal Talabani"], ["iran-government"],
          ("2006-11-25", "day"), neg=True),
        E("accuses", "112", [US], ["iran-government", "syria-government"], "R"),
    ],
    quotes=[
        Q("the deteriorating situation in Iraq", "~saudi official", "said"),
        IQ("Cheney will also meet the Saudi Crown Prince Sultan", "~saudi official", "said"),
        IQ("he would be unable to visit Iran before Sunday at the earliest", "Jalal Talabani",
           "said"),
    ],
    dates=[D("today", "2006-11-25", "day", all=True), D("Sunday", "2006-11-26", "day")],
))

DOCS.append(DOC(
    "wikinews-71528",  # Sunday 10 June 2007
    events=[
        E("met", "042", ["Daniel Ortega"], ["ali-khamenei"], ("2007-06-10", "day"), place="Iran"),
        E("criticised", "111", ["Daniel Ortega", "ali-khamenei"], [US], ("2007-06-10", "day")),
        E(S("met", after="Prior to visiting Imam Khamenei, Daniel Ortega "), "042",
          ["Daniel Ortega"], ["mahmoud-ahmadinejad"], "R", place="Iran"),
    ],
    quotes=[
        SQ("imperialism"),
        SQ("hated"),
        SQ("isolated"),
        Q("The Bush administration is now the most disgraced government,", "ali-khamenei",
          "quoted", by="mehr-news-agency"),
        Q("in Iraq and Afghanistan and has lost the support of its own nation. Under such "
          "circumstances, unity among anti-American nations is essential.", "Daniel Ortega",
          "stated"),
        IQ("he was going to travel to Iran on a jet lent to him by the Islamic socialist Libyan "
           "leader Muammar Qaddafi", "Daniel Ortega", "said"),
        Q("a fair international political system", "ali-khamenei", "put"),
        Q("capitalism and imperialism", "Daniel Ortega", "couched"),
        IQ("he did not have to seek permission to court the Islamic Republic", "Daniel Ortega",
           "said"),
    ],
    dates=[D("Sunday", "2007-06-10", "day")],
))

DOCS.append(DOC(
    "wikinews-139087",  # Saturday 12 September 2009
    events=[
        E("forced closing", "1721", [], ["mehdi-karroubi"], ("2009-09-08", "day"), bg=True),
        E("warned", "137", ["ali-khamenei"], ["mir-hossein-mousavi", "mehdi-karroubi"],
          ("2009-09-11", "day")),
        E("arrest", "173", ["iran-government"], ["mir-hossein-mousavi", "mehdi-karroubi"], "R",
          mod="threatened"),
        E(S("support", after="gave Mahmoud Ahmadinejad his full "), "051", ["ali-khamenei"],
          ["mahmoud-ahmadinejad"], ("2009-09-11", "day")),
        E("pushing", "020", [US, "uk-government"], ["russia-government"], "R"),
        E("decried", "111", ["~opposition candidates"], ["iran-government"], "R", bg=True),
        E(S("arrested", after="Thousands of people were "), "173", ["iran-government"],
          ["~protesters"], ("2009-06", "month"), place="Iran",
          counts={"arrested": [K(2000, "Iran", approx=True)]}, bg=True),
    ],
    quotes=[
        IQ("they will be \"confronted.\"", "ali-khamenei", "warned",
           to=["mir-hossein-mousavi", "mehdi-karroubi"]),
        SQ("confronted."),
        Q("The system will not take action against anyone as long as they perform within the "
          "framework of the system, do not resort to violence, do not disturb the calm in society "
          "and do not carry out unlawful actions such as spreading lies and rumors,",
          "ali-khamenei", "stated"),
        IQ("anyone who confronts the system will face serious consequences", "ali-khamenei",
           "warned"),
        IQ("the possible arrest of Mousavi and Karroubi in the future if their ideas and ideology "
           "threaten the system", "ali-khamenei", "mentioned"),
        IQ("the Islamic Republic of Iran will not be intimidated by the Western powers, the United "
           "States and Britain", "ali-khamenei", "said"),
        IQ("a recount confirmed the earlier results re-electing Mahmoud Ahmadinejad",
           "guardian-council", "announced"),
    ],
    dates=[D("September 8", "2009-09-08", "day"), D("Friday", "2009-09-11", "day"),
           D("June 12", "2009-06-12", "day"), D(S("June", after="were arrested in "), "2009-06", "month")],
))

DOCS.append(DOC(
    "wikinews-119087",  # Thursday 8 January 2009
    events=[
        E("urged", "0256", ["mahmoud-abbas"], ["un-security-council"], "R"),
        E("ground operations", "190", [ISR], [], ("2009-01-03", "day"), place="Gaza",
          counts={"killed": [K(660, "Gaza")]}),
        E(S("pushing", after="Hosni Mubarak has been "), "0256", ["hosni-mubarak"], [], "R"),
        E(S("support", after="Mr. Abbas expressed "), "051", ["mahmoud-abbas"], ["hosni-mubarak"],
          "R"),
        E(S("open", after="Ehud Olmert will "), "0863", [ISR], ["palestinians"], "R",
          mod="planned"),
    ],
    quotes=[
        SQ("suffocating siege"),
        Q("I call on the council to take the first necessary step to save my people in Gaza: a "
          "resolution calling for an immediate full cessation of Israeli aggression,",
          "mahmoud-abbas", "told", to=["un-security-council"]),
        Q("The loss of civilian life in Gaza and Israel is a source of deep concern for me,",
          "barack-obama", "said"),
        IQ("the United States is deeply concerned about the \"clearly worsening\" situation",
           "condoleezza-rice", "told", to=["un-security-council"]),
        SQ("clearly worsening"),
        Q("We need very much to find a solution to this problem in the short term,",
          "condoleezza-rice", "said"),
        Q("But it really must be a solution this time that doesn't allow Hamas to use Gaza as "
          "launching pad against Israeli cities. It has to be a solution that does not allow the "
          "rearmament of Hamas, and it must be a solution that finds a way to open crossings so that "
          "Palestinians in Gaza can have normal life.", "condoleezza-rice", "said"),
        Q("invites the Israelis and Palestinians for an urgent meeting to reach arrangements and "
          "guarantees that would not allow the repeat of the current escalation,", "hosni-mubarak",
          "said"),
        IQ("the incursion had dealt heavy blows to the infrastructure of Hamas", "Gabriela Shalev",
           "stated"),
        IQ("Israel had no choice in the face of such attacks but to act", "Gabriela Shalev",
           "reiterated"),
        Q("In the face of such terrorism we have no choice,", "Gabriela Shalev", "said"),
        Q("We have to defend ourselves - not from the Palestinian people, but from the terrorists "
          "who have taken them hostage.", "Gabriela Shalev", "said"),
        IQ("there is a crisis in the Gaza Strip", ISR, "denying"),
        SQ("humanitarian corridor"),
        Q("This involves opening up geographical areas for limited periods of time during which the "
          "population will be able to receive the aid and stock up,", ISR, "said"),
    ],
    dates=[D("Saturday", "2009-01-03", "day")],
))

DOCS.append(DOC(
    "wikinews-784626",  # Wednesday 4 September 2013
    events=[
        E("killing", "175", ["syria-government"], ["~civilians"], "R", bg=True),
        E("house arrest", "173", ["syria-government"], ["Ali Habib"], ("2011/..", "year"),
          bg=True),
    ],
    quotes=[
        IQ("Habib had \"Western help\" to escape", "Kamal al-Labwani", "According to",
           by="reuters"),
        SQ("Western help"),
        Q("Habib has managed to escape from the grip of the regime and he is now in Turkey, but this "
          "does not mean that he has joined the opposition. I was told this by a Western diplomatic "
          "official,", "Kamal al-Labwani", "said", to=["reuters"], by="reuters"),
        Q("There is no truth to what the media has reported on the travel of former defense minister "
          "Ali Habib Mahmoud outside of Syria and he is still in his home", "syria-government",
          "saying", by="~state television"),
    ],
    dates=[D("this afternoon", "2013-09-04", "day"), D("2011", "2011", "year"),
           D("Since then", "2011/..", "year"), D(S("2011", n=1), "2011/..", "year")],
))

# =============================================================================================
# Wikipedia Current Events Portal, September 2015 (one-to-three-sentence items).

SLC = "saudi-led-coalition"

DOCS.append(DOC(
    "wikicep-56675",  # same-event pair 3 (with wikicep-56698): the abduction of Turkish workers
    events=[E("kidnap", "181", ["~masked men in military uniforms"], ["~turkish workers"], "R",
              place="Baghdad")],
))

DOCS.append(DOC(
    "wikicep-56698",
    events=[
        E("raid", "170", ["iraq-government"], ["kataib-hezbollah"], "R", place="Baghdad"),
        E("accusing", "112", ["iraq-government"], ["kataib-hezbollah"], "R"),
        E("abduction", "181", ["kataib-hezbollah"], ["~turkish workers"], "R", mod="claimed",
          bg=True),
    ],
    quotes=[IQ("being involved in the abduction of 18 Turkish workers", "iraq-government",
               "accusing", to=["kataib-hezbollah"])],
))

DOCS.append(DOC(
    "wikicep-56733",  # same-event pair 4 (with wikicep-56746): the PKK attack killing 16 soldiers
    events=[
        E("strike", "195", ["turkey-government"], ["pkk"], "R"),
        E("attack", "190", ["pkk"], ["turkey-government"], "R", counts={"killed": [K(16)]},
          bg=True),
    ],
))

DOCS.append(DOC(
    "wikicep-56746",
    events=[
        E("bombs", "195", ["turkey-government"], ["pkk"], "R", place="Iraq"),
        E("bombing", "183", [], ["turkey-government"], ("2015-09-07", "day"),
          place="Hakkari Province", counts={"killed": [K(16, "Hakkari Province")]}, bg=True),
    ],
    dates=[D("yesterday", "2015-09-07", "day")],
))

DOCS.append(DOC(
    "wikicep-57027",  # two different events on the same day between the same actors
    events=[
        E("Fighting", "190", ["turkey-government", "pkk"], ["turkey-government", "pkk"], "R",
          place="Şırnak Province",
          counts={"killed": [K(34, "Şırnak Province"), K(4, "Şırnak Province"),
                             K(2, "Şırnak Province")]}),
        E("airstrikes", "195", ["turkey-government"], ["pkk"], "R", place="Dohuk Governorate"),
    ],
))

DOCS.append(DOC(
    "wikicep-56840",
    events=[E("clashes", "190", ["saudi-government", "ansarallah"],
              ["saudi-government", "ansarallah"], "R", place="Najran",
              counts={"killed": [K(5, "Najran")]})],
))

DOCS.append(DOC(
    "wikicep-56842",
    events=[E("airstrike", "195", [SLC], [], "R", place="Sanaa",
              counts={"killed": [K(10, "Sanaa")]})],
))

DOCS.append(DOC(
    "wikicep-56885",  # same day as wikicep-56886, Houthis vs Saudi side, a different event
    events=[E("captured", "181", ["ansarallah"], ["saudi-government"], "R")],
))

DOCS.append(DOC(
    "wikicep-56886",
    events=[E("bomb", "195", [SLC], ["ansarallah"], "R", place="Sanaa",
              counts={"killed": [K(9, "Sanaa")]})],
))

DOCS.append(DOC(
    "wikicep-56926",
    events=[E("bombards", "195", [SLC], [], "R", place="Sanaa",
              counts={"killed": [K(30, "Sanaa", approx=True)]})],
))

DOCS.append(DOC(
    "wikicep-57049",
    events=[
        E("air-strike", "195", [SLC], ["~wedding party"], "R", place="Wahijah",
          counts={"killed": [K(131, "Wahijah", approx=True)]}),
        E("condemns", "111", ["UN general secretary"], [SLC], "R"),
    ],
))

DOCS.append(DOC(
    "wikicep-56884",
    events=[E("attacks", "180", [], [], "R", place="Baghdad",
              counts={"killed": [K(21, "Baghdad")], "injured": [K(70, "Baghdad")]})],
))

DOCS.append(DOC(
    "wikicep-56959",
    events=[E("car bomb", "183", ["isis"], [], "R", place="Baghdad",
              counts={"killed": [K(12, "Baghdad")]})],
))

DOCS.append(DOC(
    "wikicep-56716",
    events=[E("battle", "190", ["~syrian rebels", "isis"], ["~syrian rebels", "isis"], "R",
              place="Mare'", counts={"killed": [K(20, "Mare'"), K(27, "Mare'")]})],
))

DOCS.append(DOC(
    "wikicep-56908",
    events=[E("air-raids", "195", ["syria-government"], ["isis"], "R", place="Palmyra",
              counts={"killed": [K(26, "Palmyra")]},
              by="syrian-observatory-for-human-rights")],
))

DOCS.append(DOC(
    "wikicep-56887",
    events=[E("used", "195", ["syria-government"], [], "R", place="Bosra",
              counts={"killed": [K(21, "Bosra")]}, mod="claimed",
              by="syrian-observatory-for-human-rights")],
    quotes=[IQ("the government has used barrel bombs resulting in the deaths of 21 people in the "
               "rebel held town of Bosra in the Daraa Governorate",
               "syrian-observatory-for-human-rights", "claims")],
))

DOCS.append(DOC(
    "wikicep-57074",
    events=[E("warns", "130", ["ali-khamenei"], ["saudi-government"], "R")],
    quotes=[
        IQ("\"harsh\" measures if the Kingdom fails to promptly repatriate the bodies of more than "
           "200 Iranian pilgrims killed in last week's Hajj stampede", "ali-khamenei", "warns",
           to=["saudi-government"]),
        SQ("harsh"),
    ],
    dates=[D("last week", "2015-W39", "week")],
))


# =============================================================================================
# Split: the rule of mentions.jsonl, decided before annotating. The seed is dev. Within each
# source folder the chosen documents are sorted by id; the one at 0-based position i is heldout
# if i % 5 is 1 or 3, else dev. Then every same-event pair is put in one split: the split of the
# pair member that comes first in (folder, id) order wins (see README).

PAIRS = [
    ("treasury-jy1444",
     "whitehouse-2023-04-27-statement-from-president-joe-biden-on-new-steps-to-punish-and-deter-wrongful-detention-an-af7ab392"),
    ("treasury-jy2644",
     "whitehouse-2024-10-11-statement-from-national-security-advisor-jake-sullivan-on-expansion-of-sanctions-on-iran--2c9ec04f"),
    ("wikicep-56675", "wikicep-56698"),
    ("wikicep-56733", "wikicep-56746"),
    ("wikicep-56885", "wikicep-56886"),  # same day, different events: kept together as well
]


def _folder(doc_id: str) -> str:
    return doc_id.split("-", 1)[0]


def _assign_splits(docs: list[dict], pairs: list[tuple[str, str]]) -> None:
    by_folder: dict[str, list[str]] = {}
    for d in docs:
        if d["id"] == "seed":
            d["split"] = "dev"
            continue
        by_folder.setdefault(_folder(d["id"]), []).append(d["id"])
    split = {"seed": "dev"}
    for ids in by_folder.values():
        for i, did in enumerate(sorted(ids)):
            split[did] = "heldout" if i % 5 in (1, 3) else "dev"
    for a, b in pairs:
        first = min((_folder(a), a), (_folder(b), b))[1]
        split[a] = split[b] = split[first]
    for d in docs:
        d["split"] = split[d["id"]]


_assign_splits(DOCS, PAIRS)


# =============================================================================================
# Later batches. The documents of each were chosen by `select_batch.py --batch N` (a seeded
# sample, made before annotating) and annotated by the same conventions, one module per source
# folder. The split rule above is applied to each batch on its own, so adding a batch moves no
# document of an earlier batch from one split to the other.

import importlib  # noqa: E402

FOLDERS = ("treasury", "whitehouse", "wikinews", "wikicep")
BATCH_MODULES = {
    f"events_annotations_b{batch}_{folder}": importlib.import_module(f"events_annotations_b{batch}_{folder}")
    for batch in (2, 3, 4)
    for folder in FOLDERS
}
for _name, _module in BATCH_MODULES.items():
    _batch = int(_name.split("_")[2][1:])
    for _d in _module.DOCS:
        _d["batch"] = _batch
for _batch in (2, 3, 4):
    _docs = [d for d in (d for m in BATCH_MODULES.values() for d in m.DOCS) if d["batch"] == _batch]
    _assign_splits(_docs, [])
    DOCS += _docs
