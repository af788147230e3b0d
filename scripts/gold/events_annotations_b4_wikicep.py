"""Hand annotations of the fourth batch: wikicep documents chosen by `select_batch.py --batch 4`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, IQ, SQ, D, E, K, Q, S  # noqa: F401

DOCS: list[dict] = []

# Wikipedia current-events items carry no date in their text: events are "R" unless the item
# gives one (guideline). The titles are the story names: no quote, no date in any of them.
# Calls of the earlier batches followed here: deployments and the presence of forces are force
# posture, not annotated (b2: wikicep-56733, -56906); domestic legislative steps are not
# annotated (b2: wikicep-56679); "X says (that) <clause>" is an indirect quote (wikicep-56887,
# -57040); an explosion or bombing with no perpetrator has an empty source (wikicep-56746,
# -56999, -57061); "reportedly" that qualifies only the toll of an asserted strike ("reportedly
# leaves as many as 131 people dead", wikicep-57049) leaves the strike asserted with
# `reported_by` null; a strike on a named city's building or port has the city as its place,
# in its usual English spelling ("a government building in a southern suburb of Sana'a":
# "Sanaa", wikicep-56842).
#
# Judgement calls where the guideline is silent:
# - "X confirms (that) <clause>" is a speech cue like "says": an indirect quote, and the event it
#   reports has X as `reported_by` (as "according to" in wikicep-56908); "confirms" does not make
#   the event `claimed` (wikicep-56657).
# - A noun "reports that <clause>" with no named source is indirect speech of "~reports" with
#   cue "reports" (the speaker written as for "~reports ... say" in wikinews-119346)
#   (wikicep-56657).
# - A group that destroys a named building or monument: 1712 (destroy property, within the
#   brief's 17x), not 180, as the destruction is the act itself and no attack is described; the
#   runways "destroyed during the violence" of wikinews-246452 were an attack's damage (180). The
#   monument is not an actor: target empty (wikicep-56657).
# - "An explosion" with no weapon and no perpetrator named: 180 (the least specific code of
#   violence; not 183, which needs a bomb or a "bombing", since the text gives none)
#   (wikicep-56700).
# - Soldiers of a coalition member ("Emirati soldiers who were part of the Saudi led coalition")
#   are that state's government (states-as-actors rule: uae-government), not the coalition
#   (wikicep-56700).
# - "up to N" is read as "as many as N": N with `approx` (wikicep-56791).
# - "strikes N targets" gives a `strikes` count of N, the number of targets struck (at least one
#   strike each, as "at least N" gives N) (wikicep-56791). A rocket intercepted is a rocket fired:
#   a `strikes` count (wikicep-57064).
# - An interception by air defence (Iron Dome) is defence against the attack, not an event of
#   its own, as the "successful defense against Iran's ... attack" of the 2024-04-28 readout was
#   not annotated; the attack is anchored at its first mention, "rocket" (wikicep-57064).
# - "agrees to begin ... talks with Russia" is one event, 036 (express intent to negotiate), as
#   "agreed to stay in touch" (first batch); the talks themselves are not a separate planned
#   event (wikicep-56907).
# - Quoted characterisations introduced by the agentless "what has been described as" have no
#   speaker: quoted labels, i.e. scare quotes, as the b3 Wikinews module reads unattributed
#   passages of three words or more; the reported clause that contains them is then an indirect
#   quote as well (the mixed-quote rule for scare quotes) (wikicep-56844).
# - "since the collapse of the USSR" names an event, no date word or year: not a date expression
#   (unlike "since the 1979 revolution", whose span is the year) (wikicep-56844).
# - A cabinet order that sets sentences and new police rules of engagement is a domestic legal
#   measure, as the domestic legislative steps of wikicep-56679: not annotated; "three-year" and
#   "four-year" are durations (wikicep-57001).

# 2015-09-01 (Tuesday). The UN confirms ISIL's destruction of the Temple of Bel: 1712 (see
# above), source isis, reported by the UN, which is not a participant. Place: the town the text
# gives with "in" ("the Temple of Bel in Palmyra, Syria"), as wikicep-56908. "after earlier
# reports that ..." modifies "confirms", so the UN's clause ends at "Syria"; the earlier reports
# are their own indirect quote. "earlier" is a vague reference: no date.
DOCS.append(DOC(
    "wikicep-56657",
    events=[E("destroyed", "1712", ["isis"], [], "R", place="Palmyra", by="united-nations")],
    quotes=[
        IQ("the Islamic State of Iraq and the Levant has completely destroyed the Temple of Bel in "
           "Palmyra, Syria", "united-nations", "confirms"),
        IQ("the structure was mostly intact", "~reports", "reports"),
    ],
    dates=[],
))

# 2015-09-04 (Friday). An explosion at an arms depot kills 45 Emirati soldiers: 180 with no
# source (see above); the soldiers are uae-government (see above). The depot is not named, so
# the place is "Yemen" (as "Syria" in wikicep-57040).
DOCS.append(DOC(
    "wikicep-56700",
    events=[E("explosion", "180", [], ["uae-government"], "R", place="Yemen",
              counts={"killed": [K(45, "Yemen")]})],
    quotes=[],
    dates=[],
))

# 2015-09-08 (Tuesday). A Saudi-led air raid (195, saudi-led-coalition) on the port of
# Hodeidah ("Al Hudaydah port": the city in its usual English spelling, the KB's name, as
# "Sanaa" in wikicep-56842). "reportedly kills" qualifies the toll only: the raid is asserted and
# `reported_by` null, as "reportedly leaves as many as 131 people dead" in wikicep-57049. The
# victims are unnamed foreign nationals: "~indian nationals". Oil smuggling is not an event.
DOCS.append(DOC(
    "wikicep-56751",
    events=[E("air raid", "195", ["saudi-led-coalition"], ["~indian nationals"], "R",
              place="Hodeidah", counts={"killed": [K(20, "Hodeidah")]})],
    quotes=[],
    dates=[],
))

# 2015-09-11 (Friday). "The Turkish Air Force" is not in the KB: turkey-government (as "Turkish
# jets", wikicep-56733, and "the Turkish military", wikicep-57027). 195 on the PKK in northern
# Iraq; 64 targets struck (strikes count) and "up to 60" killed (approx), see above.
# "reportedly killing" qualifies the toll only (as wikicep-57049).
DOCS.append(DOC(
    "wikicep-56791",
    events=[E("strikes", "195", ["turkey-government"], ["pkk"], "R", place="northern Iraq",
              counts={"strikes": [K(64, "northern Iraq")],
                      "killed": [K(60, "northern Iraq", approx=True)]})],
    quotes=[],
    dates=[],
))

# 2015-09-12 (Saturday). A drone strike (195) by an unnamed actor on "suspected Al-Qaeda
# militants": target al-qaeda (the text names al-Qaeda, not its Yemeni branch; "suspected"
# qualifies the victims' identity, not the strike, which is asserted). Place as the text frames
# it: "northern Yemen" (as "northern Iraq").
DOCS.append(DOC(
    "wikicep-56808",
    events=[E("drone strike", "195", [], ["al-qaeda"], "R", place="northern Yemen",
              counts={"killed": [K(4, "northern Yemen")]})],
    quotes=[],
    dates=[],
))

# 2015-09-14 (Monday). Russia deploying armoured vehicles and troops to Syria is a deployment
# (force posture): not annotated (b2: wikicep-56906). The Department of Defense's clause is an
# indirect quote up to the end of the clause; it contains two agentless quoted characterisations,
# annotated as scare quotes (see above), so both the clause and the two scare quotes are
# annotated. "since the collapse of the USSR" is not a date expression (see above).
DOCS.append(DOC(
    "wikicep-56844",
    events=[],
    quotes=[
        IQ("Russia has deployed armoured vehicles and troops to Syria in what has been described "
           "as the \"first clear sign of offensive weapons arriving in Syria\" and \"the largest "
           "deployment of Russian forces outside the former Soviet Union since the collapse of the "
           "USSR\"", "us-department-of-defense", "says"),
        SQ("first clear sign of offensive weapons arriving in Syria"),
        SQ("the largest deployment of Russian forces outside the former Soviet Union since the "
           "collapse of the USSR"),
    ],
    dates=[],
))

# 2015-09-18 (Friday). Kerry agrees to begin military-to-military talks with Russia: 036, source
# "John Kerry" (not in the KB), target russia-government (states-as-actors rule); the talks are
# not a separate planned event (see above). "Russia's military activities in Syria" is the topic
# (force posture). No speech cue, no quote; no date.
DOCS.append(DOC(
    "wikicep-56907",
    events=[E("agrees", "036", ["John Kerry"], ["russia-government"], "R")],
    quotes=[],
    dates=[],
))

# 2015-09-22 (Tuesday). Kerry's assessment of the Russian aircraft in Syria: an indirect quote
# ("says" without "that"). The presence of the aircraft is force posture, not an event. The
# second sentence ("However, it is still not clear ...") has no cue of its own: not a quote (as
# the sentence after the cue in treasury-hp1284). "long-term" is not a date.
DOCS.append(DOC(
    "wikicep-56980",
    events=[],
    quotes=[
        IQ("the type of Russian aircraft in Syria is consistent with that needed to protect their "
           "own forces", "John Kerry", "says"),
    ],
    dates=[],
))

# 2015-09-24 (Thursday). The security cabinet's temporary order (minimum sentences for stone-
# and firebomb-throwers) and the police's new rules of engagement are domestic legal measures
# with no act against a named actor: not annotated (see above). "three-year" and "four-year" are
# durations. No quote.
DOCS.append(DOC("wikicep-57001", events=[], quotes=[], dates=[]))

# 2015-09-29 (Tuesday). A rocket fired at Israel (194, ground-launched rocket), intercepted over
# Ashdod: target israel-government (states-as-actors rule; the place goes in `place`). The text
# names no one who fired it ("believed to have come from the Gaza Strip" gives an origin, not an
# actor): source empty. "At least one rocket": strikes 1. The interception is not a separate
# event (see above).
DOCS.append(DOC(
    "wikicep-57064",
    events=[E("rocket", "194", [], ["israel-government"], "R", place="Ashdod",
              counts={"strikes": [K(1, "Ashdod")]})],
    quotes=[],
    dates=[],
))
