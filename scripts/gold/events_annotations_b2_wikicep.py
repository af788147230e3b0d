"""Hand annotations of the second batch: wikipedia-current-events-2015-09 documents chosen by `select_batch.py --batch 2`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

# Wikipedia current-events items carry no date in their text: events are "R" (guideline).
# Judgement calls where the guideline is silent (decided as the first batch did):
# - A trailing "according to X" gives `reported_by` only, not an indirect quote (wikicep-56908);
#   "X says/claims that ..." is an indirect quote (wikicep-56887).
# - When a participant reports its own side's event ("France says it has carried out ...", "the
#   Free Syrian Army says one of its officers has been killed"), `reported_by` stays null, as
#   for "authorities in Cyprus said that they had detained a ship" (wikinews-120380).
# - "following X" recalls X as context: background (wikicep-56733, -56746).
# - Troop or aircraft deployments are force posture (15x), not annotated, as "deploy special
#   forces to the Iraqi border" in wikicep-56733. Domestic legislative steps (Senate votes, a
#   parliament approving a law, the President's request to it) are not annotated either.
# - Adjectival mentions of support ("American supplied equipment", "Western-backed") are not
#   annotated as events.

# US Senate votes on the Iran deal: domestic legislative politics, no event of the brief; the
# "nuclear deal with Iran" is only the topic (agreements named as topics are not annotated, as
# "the Abraham Accords" in treasury-sb0289). No quote, no date.
DOCS.append(DOC("wikicep-56679", events=[], quotes=[], dates=[]))

# Accepting Syrian refugees is granting asylum (075, within the brief's 06x-08x aid range), by
# "his administration" (us-government), planned for the next fiscal year. The 10,000 refugees
# fit none of the count types, so no count. "the next fiscal year" (seen from 2015-09-10) is US
# fiscal year 2016, October 2015 to September 2016: a date expression, not a duration.
DOCS.append(DOC(
    "wikicep-56780",
    events=[E("accept", "075", ["us-government"], ["~syrian refugees"], ("2015-10/2016-09", "month"),
              mod="planned")],
    quotes=[],
    dates=[D("the next fiscal year", "2015-10/2016-09", "month")],
))

# Russia moving fighter jets to Syria is a deployment (force posture): not annotated (see above).
DOCS.append(DOC("wikicep-56906", events=[], quotes=[], dates=[]))

# Executing 56 captured soldiers: 180 (violence against captives, not more specific than the
# text; mass killing 20x is outside the brief's ranges). "Syrian Army personnel" is a named force
# the KB has (syrian-arab-army). The capture of the airbase (192, as "the 2014 capture" of Sanaa
# in treasury-jy0191) is recalled with "following": background; a state-held place captured has
# the government as target. Both from the Syrian Observatory.
DOCS.append(DOC(
    "wikicep-56924",
    events=[
        E("execute", "180", ["~islamist rebels"], ["syrian-arab-army"], "R",
          place="Abu al-Duhur airbase", counts={"killed": [K(56, "Abu al-Duhur airbase")]},
          by="syrian-observatory-for-human-rights"),
        E("capture", "192", ["~islamist rebels"], ["syria-government"], "R",
          place="Abu al-Duhur airbase", by="syrian-observatory-for-human-rights", bg=True),
    ],
    quotes=[],
    dates=[],
))

DOCS.append(DOC(
    "wikicep-56925",
    events=[E("hit", "195", ["turkey-government"], ["pkk"], "R", place="northern Iraq",
              counts={"killed": [K(55, "northern Iraq")]}, by="~turkish security sources")],
    quotes=[],
    dates=[],
))

# Mosque bombing, perpetrator not named: 183 with empty source (as wikicep-56746). "Eid al-Adha"
# is a holiday name, not annotated as a date (as "Independence Day" on 2024-07-04).
DOCS.append(DOC(
    "wikicep-56999",
    events=[E("bombing", "183", [], [], "R", place="Sanaa",
              counts={"killed": [K(29, "Sanaa")]})],
    quotes=[],
    dates=[],
))

# Handing over US-supplied military equipment to the Nusra Front (hayat-tahrir-al-sham in the KB,
# which keeps al-Nusrah Front as an alias) is coded as a transfer of military material, 072, as
# "shipping the weapons" (wikinews-250584). The safe passage is the other half of the same
# exchange, not a separate event.
DOCS.append(DOC(
    "wikicep-57011",
    events=[E("trade", "072", ["New Syrian Forces"], ["hayat-tahrir-al-sham"], "R")],
    quotes=[],
    dates=[],
))

# Clashes with "Yemeni forces": by the states-as-actors rule ("Saudi troops" is saudi-government)
# the Yemeni side is yemen-government, since the text names no other force. "near the border
# with Yemen" names no single place: place null.
DOCS.append(DOC(
    "wikicep-57023",
    events=[E("clashes", "190", ["saudi-government", "yemen-government"],
              ["saudi-government", "yemen-government"], "R", counts={"killed": [K(2)]})],
    quotes=[],
    dates=[],
))

# France's first air-strikes in Syria, and its earlier air-strikes in Iraq (background, target
# ISIL as in the first sentence). "with consent of the Iraqi government" is a condition of the
# earlier strikes, not annotated. "Previously" is a vague reference, not a date.
DOCS.append(DOC(
    "wikicep-57040",
    events=[
        E("air-strikes", "195", ["france-government"], ["isis"], "R", place="Syria"),
        E(S("air-strikes", n=1), "195", ["france-government"], ["isis"], "R", place="Iraq",
          bg=True),
    ],
    quotes=[
        IQ("it has carried out its first air-strikes against the Islamic State of Iraq and the "
           "Levant within Syria, destroying a training camp in the east of the country",
           "france-government", "says"),
    ],
    dates=[],
))

# Three items joined. The Federation Council vote and Putin's request to it are domestic
# legislative steps: not annotated. Russia's airstrikes begin (195); "the air attack" the US
# official places near Homs is the same event (place: Homs). Assad's request is recalled with
# "following": background, 020 (the text does not say what was requested). The FSA item reports
# one airstrike that killed one of its officers: kept as a separate event (another item, a
# specific strike with its own victim), one killed (the victim is not named). The US official's
# two reported clauses are two indirect quotes (the second is nested in the first's relative
# clause, so the first ends before it); 'leading officers' is a scare quote inside the FSA's
# indirect quote, so both are annotated.
DOCS.append(DOC(
    "wikicep-57070",
    events=[
        E("airstrikes", "195", ["russia-government"], ["~anti-government targets"], "R",
          place="Homs"),
        E(S("request", n=1), "020", ["bashar-al-assad"], ["russia-government"], "R", bg=True),
        E(S("airstrike", after="killed in a Russian "), "195", ["russia-government"],
          ["Free Syrian Army"], "R", place="Homs Governorate",
          counts={"killed": [K(1, "Homs Governorate")]}),
    ],
    quotes=[
        IQ("the air attack struck near the Syrian city of Homs", "~u.s. official", "said"),
        IQ("ISIS currently does not have a major presence", "~u.s. official", "said"),
        IQ("one of its 'leading officers' has been killed in a Russian airstrike in the central "
           "Homs Governorate", "Free Syrian Army", "says"),
        SQ("leading officers"),
    ],
    dates=[],
))
