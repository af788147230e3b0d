"""Whom an event is done to (real gazetteer, real parse, real KB; invented sentences).

- Governments of countries the KB has none for (states.v1): CAMEO codes states, not territory,
  so a country outside the KB that an event names stands for a new, unreviewed "Government of
  <country>" actor, the one a text naming it that way links to.
- Parties named only by a description ("met with leaders from the private sector") are kept
  with the event as written.
- A meeting that a trip is made for ("travelled to Washington to meet …") is part of the trip."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dabir.evaluate import gold_article
from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.resolve.kb import load_kb
from dabir.resolve.link import seen_actor_id
from dabir.resolve.places import gazetteer
from dabir.resolve.states import government_name
from dabir.types import PublishedDate


@pytest.mark.parametrize(
    ("country", "name"),
    [
        ("The Netherlands", "Government of the Netherlands"),
        ("United Kingdom", "Government of the United Kingdom"),
        ("Dominican Republic", "Government of the Dominican Republic"),
        ("Greece", "Government of Greece"),
    ],
)
def test_a_government_is_named_as_news_names_it(country: str, name: str) -> None:
    assert government_name(country) == name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Netherlands", "NLD"),
        ("Netherlands", "NLD"),
        ("Britain", "GBR"),
        ("UAE", "ARE"),
        ("Japan", "JPN"),
    ],
)
def test_a_country_is_named_exactly(name: str, code: str) -> None:
    found = gazetteer().country_named(name)
    assert found is not None and found.country == code


@pytest.mark.parametrize("name", ["Gaza", "Washington", "Holland Park", "Uae", "Korea Town"])
def test_a_city_or_a_near_name_is_no_country(name: str) -> None:
    assert gazetteer().country_named(name) is None


@pytest.fixture(scope="module")
def extractor() -> ArticleExtractor:
    return ArticleExtractor(load_english(), load_kb())


def _extraction(extractor: ArticleExtractor, text: str):  # type: ignore[no-untyped-def]
    item = {"id": "states", "publisher": "", "fields": {"title": "Test", "text": text}}
    return extractor.extract(
        replace(gold_article(item), published=PublishedDate("2024-03-12", "day")), 1 << 30
    )


@pytest.mark.extract
def test_a_trip_to_countries_outside_the_kb_targets_their_governments(extractor: ArticleExtractor) -> None:
    x = _extraction(extractor, "Director Chris Inglis traveled to Israel, the Netherlands and Japan.")
    names = {a.id: a for a in x.new_actors}
    (trip,) = [e for e in x.facts.events if e.trigger_text == "traveled"]
    assert trip.target_ids[0] == "israel-government"  # the KB's own government stays
    made = [names[t] for t in trip.target_ids[1:]]
    assert [(a.name, a.country, a.kind, a.reviewed) for a in made] == [
        ("Government of the Netherlands", "NLD", "organization", False),
        ("Government of Japan", "JPN", "organization", False),
    ]
    assert trip.place is None or trip.place.name not in ("Netherlands", "Japan")


@pytest.mark.extract
def test_the_made_government_is_the_one_a_text_names(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor, "Greece signed an agreement with Moldova. The Government of Greece welcomed the deal."
    )
    (signed,) = [e for e in x.facts.events if e.trigger_text == "signed"]
    greece = seen_actor_id("organization", "Government of Greece")
    assert greece in signed.source_ids
    assert greece in {m.actor_id for m in x.mentions if m.text == "Government of Greece"}
    assert len([a for a in x.new_actors if a.id == greece]) == 1


@pytest.mark.extract
def test_a_country_no_event_names_makes_no_actor(extractor: ArticleExtractor) -> None:
    x = _extraction(extractor, "The weather in Japan was mild this spring, forecasters said.")
    assert not [a for a in x.new_actors if a.name.startswith("Government of")]


@pytest.mark.extract
def test_a_meeting_keeps_whom_it_was_with_when_no_actor_names_them(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Director Chris Inglis met with officials of Israel and the United Kingdom. "
        "Director Inglis met with leaders from the private sector. "
        "Director Inglis met with Saudi leaders.",
    )
    met = [e for e in x.facts.events if e.trigger_text == "met"]
    assert [e.target_described for e in met] == [(), ("leaders from the private sector",), ()]


@pytest.mark.extract
def test_a_meeting_a_trip_is_made_for_is_part_of_the_trip(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Foreign Secretary William Hague travelled to Washington on Friday to meet his counterpart. "
        "Hague met with the Secretary of Defense on Saturday.",
    )
    assert [(e.trigger_text, e.code) for e in x.facts.events] == [("travelled", "042"), ("met", "040")]


@pytest.mark.extract
def test_an_office_is_a_title_not_an_organization(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "National Security Advisor to the Vice President Dr. Phil Gordon visited Israel on June 23. "
        "The Ministry of Finance welcomed the visit.",
    )
    texts = {m.text for m in x.mentions}
    assert "National Security Advisor" not in texts and "Ministry of Finance" in texts
    (visit,) = [e for e in x.facts.events if e.trigger_text == "visited"]
    names = {a.id: a.name for a in x.new_actors}
    assert [names.get(s, s) for s in visit.source_ids] == ["Phil Gordon"]
    assert visit.target_ids == ("israel-government",)
    assert visit.place is not None and visit.place.name == "Israel" and visit.place.kind == "country"


@pytest.mark.extract
def test_the_holders_of_an_office_named_together_are_the_parties(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "National Security Advisor Jake Sullivan hosted Israeli National Security Advisor Eyal Hulata today. "
        "The National Security Advisors agreed to remain in close consultation.",
    )
    (agreed,) = [e for e in x.facts.events if e.trigger_text == "agreed"]
    assert "jake-sullivan" in agreed.source_ids and len(agreed.source_ids) == 2
    assert set(agreed.source_ids) == set(agreed.target_ids)


@pytest.mark.extract
def test_a_meeting_is_no_trip_purpose_when_it_is_told_as_done_or_the_trip_goes_nowhere(
    extractor: ArticleExtractor,
) -> None:
    done = _extraction(
        extractor, "Hague traveled to Cairo to attend the summit and met with President Sisi on Friday."
    )
    assert "met" in [e.trigger_text for e in done.facts.events]
    nowhere = _extraction(extractor, "Blinken traveled on Monday to meet President Sisi.")
    assert [(e.trigger_text, e.code) for e in nowhere.facts.events] == [("meet", "040")]


def test_a_government_takes_the_article_its_country_takes() -> None:
    assert government_name("Philippines") == "Government of the Philippines"  # vocab/countries-with-the.txt


@pytest.mark.extract
def test_every_member_of_a_listed_meeting_is_a_target(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Envoy Sarah Lund met with President Omar Haddad, Minister for Regional Affairs Karim Nasser, "
        "and Chairman of the Reform Party Leila Mansour. "
        "Envoy Lund later met with senior officials, including Finance Minister Karim Nasser and "
        "Governor of the Central Bank Leila Mansour. "
        "Envoy Lund met with Karim Nasser, adviser to President Omar Haddad.\n\n"
        "Envoy Lund met with Sameh Khalil, Representative of President Omar Haddad, and Hussein Jaber.",
    )
    names = {a.id: a.name for a in x.new_actors}
    met = [[names.get(t, t) for t in e.target_ids] for e in x.facts.events if e.trigger_text == "met"]
    assert met == [
        ["Omar Haddad", "Karim Nasser", "Leila Mansour"],  # a title before a name stands for the holder
        ["Karim Nasser", "Leila Mansour"],  # "officials, including A and B": the named members
        ["Karim Nasser"],  # an apposition that is a title of the person met names no second party
        ["Sameh Khalil", "Hussein Jaber"],  # whom an office serves is not its holder
    ]


@pytest.mark.extract
def test_its_stands_for_the_state_named_before_it(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Belarus sold drones to Russia for its war against Ukraine. Talks on the sale went nowhere, "
        "and the Netherlands said the buyer had begun its war in Ukraine long before.\n\n"
        "Russia shelled Kharkiv during its offensive.",
    )
    wars = [e for e in x.facts.events if e.trigger_text == "war"]
    assert wars[0].source_ids == ("russia-government",)  # the nearest body before "its"
    assert len(wars) == 2 and wars[1].source_ids == ()  # an unnamed subject between owns it
    (offensive,) = [e for e in x.facts.events if e.trigger_text == "offensive"]
    assert offensive.source_ids == ("russia-government",)  # a city is never "it"


@pytest.mark.extract
def test_coordinated_adjectives_of_states_are_each_a_party(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        # the parse hangs "Israeli" on "the" here (preconj): every listed adjective still counts
        "After talks between the Israeli, Greek and Moldovan governments, where the ship is registered, "
        "the destination was changed. "
        "Iranian and Iraqi officials held talks in Baghdad on Sunday. "
        "\n\nThe President discussed Iranian-enabled attacks by the Houthis against civilian targets.",
    )
    names = {a.id: a for a in x.new_actors}
    first, second = [e for e in x.facts.events if e.trigger_text == "talks"]
    made = [names[t] for t in first.source_ids[1:]]
    assert first.source_ids[0] == "israel-government"
    # a state the KB has no government for stands for a new, unreviewed one, with its ISO code
    assert [(a.name, a.country, a.reviewed) for a in made] == [
        ("Government of Greece", "GRC", False),
        ("Government of Moldova", "MDA", False),
    ]
    assert first.target_ids == first.source_ids  # talks are reciprocal
    assert second.source_ids == ("iran-government", "iraq-government")
    (attacks,) = [e for e in x.facts.events if e.trigger_text == "attacks"]
    assert attacks.source_ids == ("ansarallah",)  # an adjective of another word is no party


@pytest.mark.extract
def test_a_sanction_is_done_to_what_it_is_with_respect_to(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "I have sent to the Federal Register the enclosed notice stating that the national emergency "
        "with respect to the actions of the Government of Lebanon declared in Executive Order 13441 "
        "of August 1, 2007, is to continue in effect beyond August 1, 2024.\n\n"
        "Jordan praised the envoy with respect to the policies of the Government of Lebanon.",
    )
    by_trigger = {e.trigger_text: e for e in x.facts.events}
    assert by_trigger["Order"].target_ids == ("lebanon-government",)
    assert "lebanon-government" not in by_trigger["praised"].target_ids  # elsewhere only a topic


@pytest.mark.extract
def test_an_act_done_by_an_order_takes_the_order_s_date(extractor: ArticleExtractor) -> None:
    """A real letter of the gold set's dev part ("… the Government of Syria declared in Executive
    Order 13338 of May 11, 2004 — as modified …"): the declaration is dated by its order."""
    import json
    from pathlib import Path

    gold = Path(__file__).parents[1] / "data" / "gold" / "events.jsonl"
    items = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    (item,) = [i for i in items if i["split"] == "dev" and "letter-to-the-speaker" in i["id"]]
    article = replace(gold_article(item), published=PublishedDate(item["published"][:10], "day"))
    events = extractor.extract(article, 1 << 30).facts.events
    declared = [e for e in events if e.trigger_text == "declared" and e.date and e.date.precision == "day"]
    assert declared and declared[0].date is not None and declared[0].date.iso == "2004-05-11"


@pytest.mark.extract
def test_an_arrest_told_without_its_agent_is_the_state_s_where_it_happened(
    extractor: ArticleExtractor,
) -> None:
    x = _extraction(
        extractor,
        "Dozens of protesters were arrested in Tehran on Sunday. "
        "Hezbollah fighters attacked a convoy in Tehran on Monday.",
    )
    by_trigger = {e.trigger_text: e for e in x.facts.events}
    assert by_trigger["arrested"].source_ids == ("iran-government",)
    assert by_trigger["attacked"].source_ids == ("hezbollah",)  # an act anyone may do keeps its agent


@pytest.mark.extract
def test_an_office_written_out_before_a_name_is_its_holder_s_title(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "On May 2, Under Secretary of the Treasury for Terrorism and Financial Intelligence John R. Miller "
        "traveled to Amman, Jordan. The Under Secretary also met with Jordanian officials.\n\n"
        "The Vice President and President Omar Haddad agreed to work together.\n\n"
        "Prime Minister Benjamin Levi and Defense Minister Yoav Peretz met in Haifa.",
    )
    by_trigger = {e.trigger_text: e for e in x.facts.events}
    assert by_trigger["met"].source_ids == by_trigger["traveled"].source_ids  # "the Under Secretary"
    trip_place = by_trigger["traveled"].place
    assert trip_place is not None and trip_place.name == "Amman"  # "On May 2": a date, no place "May"
    titles = {m.text: m.title for m in x.mentions if m.kind == "person"}
    assert (
        titles["John R. Miller"] == "Under Secretary of the Treasury for Terrorism and Financial Intelligence"
    )
    assert titles["Omar Haddad"] == "President"  # "and" between two offices parts two people
    assert titles["Yoav Peretz"] == "Defense Minister"  # the office nearest the name, not a neighbour's


@pytest.mark.extract
def test_an_owned_war_is_no_act_sought_or_possible(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Officials discussed limiting Russia's ability to fund its illegal war in Ukraine.\n\n"
        "Belarus's providing of drones to Russia for its war in Ukraine should be condemned.\n\n"
        "Officials discussed efforts to secure the release of the hostages.",
    )
    wars = [e for e in x.facts.events if e.trigger_text == "war"]
    assert [w.source_ids for w in wars] == [("russia-government",), ("russia-government",)]
    y = _extraction(extractor, "Israel's potential war with Hezbollah could devastate Lebanon.")
    assert not [e for e in y.facts.events if e.trigger_text == "war"]  # called possible: none
    assert not [e for e in x.facts.events if e.trigger_text == "release"]  # sought, not done


@pytest.mark.extract
def test_an_event_noun_framing_a_clause_names_the_event_told_before(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "President Joe Biden met Prime Minister Benjamin Netanyahu in Jerusalem. During the "
        "meeting, they discussed the hostages.\n\n"
        "President Joe Biden visited Israel in July. During his visit to Egypt in August, Biden "
        "thanked President Abdel Fattah el-Sisi. After his visit to Israel in September, he spoke "
        "with reporters.",
    )
    codes = [(e.trigger_text, e.target_ids) for e in x.facts.events if e.code[:2] == "04"]
    assert "meeting" not in [t for t, _ in codes]  # the meeting told in the sentence before
    assert ("visit", ("egypt-government",)) in codes  # another country: a new visit
    assert sum(1 for t, _ in codes if t == "visit") == 2  # September is not July: a new visit too
    y = _extraction(
        extractor,
        "President Joe Biden spoke with Prime Minister Benjamin Netanyahu. During his trip, Biden "
        "met families of hostages.",
    )
    assert "trip" in [e.trigger_text for e in y.facts.events]  # a call is no trip (another code)


@pytest.mark.extract
def test_a_definite_event_noun_naming_no_one_acted_upon_is_the_act_told_before(
    extractor: ArticleExtractor,
) -> None:
    """ "The designation by OFAC requires …", "These designations support …": the designation
    told before, named again; a designation of another code or one with its own target is not."""
    x = _extraction(
        extractor,
        "The U.S. Department of the Treasury today designated Future Bank B.S.C. under E.O. 13382. "
        "The designation by OFAC requires all U.S. persons to block its assets. These designations "
        "support the strategy of the President.\n\n"
        "In October, OFAC announced the designation of Bank Melli.",
    )
    designations = [(e.trigger_text, e.target_ids) for e in x.facts.events if e.code == "163"]
    assert [t for t, _ in designations] == ["designated", "designation"]
    assert designations[1][1]  # the last one names whom: a designation of its own


@pytest.mark.extract
def test_him_as_an_object_is_the_other_party_of_the_call(extractor: ArticleExtractor) -> None:
    """ "He congratulated him": "he" is the last person named as a subject, so "him" is the other
    person of the call told before; "Biden praised him" after a meeting with Netanyahu is him."""
    x = _extraction(
        extractor,
        "President Biden spoke today with President Joseph Aoun of Lebanon. He congratulated him "
        "on his election.",
    )
    (congratulated,) = [e for e in x.facts.events if e.code == "051"]
    names = {a.id: a.name for a in x.new_actors}
    assert congratulated.source_ids == ("joe-biden",)
    assert [names.get(a, a) for a in congratulated.target_ids] == ["Joseph Aoun"]


@pytest.mark.extract
def test_an_event_noun_owned_by_a_day_is_the_act_told_before(extractor: ArticleExtractor) -> None:
    """ "Today's designation freezes …", "Today's designations were taken pursuant to …": the act
    told before, named again by its day; one of another day with its own target is its own."""
    x = _extraction(
        extractor,
        "WASHINGTON – Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control "
        "(OFAC) designated Future Bank B.S.C. under E.O. 13382. Today’s designations were taken "
        "pursuant to Executive Order 13224, as amended. Today's designation freezes any assets of "
        "the bank.\n\n"
        "Monday's designation of Bank Melli by OFAC was the first.",
    )
    designations = [(e.trigger_text, e.target_ids) for e in x.facts.events if e.code == "163"]
    assert [t for t, _ in designations] == ["designated", "designation"]
    assert designations[1][1]  # Bank Melli's: a designation of its own
    talks = _extraction(
        extractor, "Israel and Hamas held talks in Cairo. Sunday's talks in Doha focused on hostages."
    )
    assert [e.trigger_text for e in talks.facts.events if e.code == "046"] == ["talks", "talks"]  # two days


@pytest.mark.extract
def test_institutions_counted_and_then_listed_are_named(extractor: ArticleExtractor) -> None:
    """ "four financial institutions owned by Bank Melli, including A, B and C": the parse hangs
    "including" on the owner's name, and a list of institutions is not only its persons."""
    x = _extraction(
        extractor,
        "OFAC also designated four financial institutions owned or controlled by Bank Melli, "
        "including Melli Bank plc, Arian Bank, and Bank Kargoshaee.",
    )
    (designated,) = [e for e in x.facts.events if e.code == "163"]
    names = {a.id: a.name for a in x.new_actors}
    assert sorted(names.get(t, t) for t in designated.target_ids) == [
        "Arian Bank",
        "Bank Kargoshaee",
        "Melli Bank plc",
    ]


@pytest.mark.extract
def test_a_state_s_war_in_another_country_is_waged_on_its_government(extractor: ArticleExtractor) -> None:
    """ "Russia's war in Ukraine", "its war of aggression in Ukraine": on Ukraine's government, the
    place Ukraine; a war in the waging state's own country is on no one named."""
    x = _extraction(
        extractor,
        "Russia's brutal war in Ukraine has killed thousands.\n\n"
        "Russia continues its war of aggression in Ukraine.\n\n"
        "Syria's war in Syria continues.",
    )
    wars = [(e.source_ids, e.target_ids, e.place.name if e.place else None) for e in x.facts.events]
    assert wars == [
        (("russia-government",), ("ukraine-government",), "Ukraine"),
        (("russia-government",), ("ukraine-government",), "Ukraine"),
        (("syria-government",), (), "Syria"),
    ]


@pytest.mark.extract
def test_a_verb_hung_on_an_object_takes_its_coordinate_s_subject(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Iran denies such allegations and accuses Washington of spreading anti-Iranian sentiment.\n\n"
        "Today, President Joe Biden joined a call with the G7 to discuss the attack.",
    )
    by_word = {e.trigger_text: e for e in x.facts.events}
    assert by_word["accuses"].source_ids == ("iran-government",)
    assert by_word["accuses"].target_ids == ("us-government",)
    assert by_word["call"].source_ids == ("joe-biden",)  # "join" is a light verb


@pytest.mark.extract
def test_a_verb_hung_deep_in_a_reported_clause_takes_its_coordinate_s_subject(
    extractor: ArticleExtractor,
) -> None:
    """ "X states that … will no longer abide by the accords and praises Y": the parse may hang
    "praises" on a noun of the reported clause; it goes with the nearest verb above in its tense."""
    x = _extraction(
        extractor,
        "Mahmoud Abbas, the President of the Palestinian Authority, states that the Palestinians will no "
        "longer abide by the interim accords and praises Egypt.",
    )
    by_word = {e.trigger_text: e for e in x.facts.events}
    assert by_word["praises"].source_ids == ("mahmoud-abbas",)
    assert by_word["praises"].target_ids == ("egypt-government",)


@pytest.mark.extract
def test_it_that_gives_aid_is_the_state_that_says_so(extractor: ArticleExtractor) -> None:
    """ "The United States says it will give $10 million in humanitarian aid to Lebanon": "it" is
    the subject of the verb the aid hangs on, and stands for the state that says it."""
    x = _extraction(
        extractor,
        "The United States says it will give an additional $10 million in humanitarian aid to Lebanon.\n\n"
        "Egypt gave humanitarian aid to Syria.",
    )
    (given, pledged) = sorted(
        (e for e in x.facts.events if e.trigger_text == "aid"), key=lambda e: e.modality
    )
    assert (given.source_ids, given.target_ids, given.code) == (
        ("egypt-government",),
        ("syria-government",),
        "073",
    )
    assert pledged.source_ids == ("us-government",)
    assert pledged.target_ids == ("lebanon-government",)
    assert pledged.modality == "planned"


@pytest.mark.extract
def test_the_one_accused_of_an_act_or_thanked_for_it_did_it(extractor: ArticleExtractor) -> None:
    """ "accused Iran of supplying weapons": Iran supplies them, as a claim (the content of an
    accusation); "thanked Qatar for hosting the talks": Qatar hosts; "by designating" stays the
    subject's act."""
    x = _extraction(
        extractor,
        "Saudi Arabia has accused Iran of supplying weapons to Houthi militants.\n\n"
        "Egypt was accused of supplying weapons to Hamas.\n\n"
        "President Joe Biden thanked Qatar for hosting the talks.\n\n"
        "Russia used Iranian drones for attacking Ukrainian cities.",
    )
    supplied = [(e.source_ids, e.modality) for e in x.facts.events if e.trigger_text == "supplying"]
    assert supplied == [(("iran-government",), "claimed"), (("egypt-government",), "claimed")]
    (hosting,) = [e for e in x.facts.events if e.trigger_text == "hosting"]
    assert hosting.source_ids == ("qatar-government",)
    (attacking,) = [e for e in x.facts.events if e.trigger_text == "attacking"]
    assert attacking.source_ids == ("russia-government",)  # "used … for": no judging verb


@pytest.mark.extract
def test_a_visit_to_a_town_visits_the_government_of_its_country(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "President George W. Bush visited Dubai on Monday.\n\n"
        "Benjamin Netanyahu traveled to Jerusalem on Tuesday.\n\n"
        "The visit to Dubai was postponed.",
    )
    by_word = {e.trigger_text: e for e in x.facts.events}
    assert by_word["visited"].target_ids == ("uae-government",)
    assert by_word["visited"].place is not None and by_word["visited"].place.name == "Dubai"
    assert by_word["traveled"].target_ids == ()  # a journey at home
    (visit,) = [e for e in x.facts.events if e.trigger_text == "visit"]
    assert visit.target_ids == ()  # no visitor


@pytest.mark.extract
def test_a_clause_on_an_unnamed_last_member_is_the_whole_list_s(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "We acted in coordination with the EU, UK, Canada, and others who have imposed sanctions.",
    )
    (sanctions,) = [e for e in x.facts.events if e.trigger_text == "sanctions"]
    assert sanctions.source_ids[:2] == ("european-union", "uk-government")
    y = _extraction(extractor, "Police arrested Benjamin Netanyahu and two men who attacked the synagogue.")
    assert not [e for e in y.facts.events if "benjamin-netanyahu" in e.source_ids]  # two men attacked


@pytest.mark.extract
def test_a_clause_hung_on_a_preposition_gives_its_subject_or_its_object(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Benjamin Netanyahu of Israel "
        "to welcome the deal for the release of hostages.\n\n"
        "The President underscored his full support for replenishing Israel's Iron Dome system.",
    )
    by_word = {e.trigger_text: e for e in x.facts.events}
    assert by_word["spoke"].target_ids == ("benjamin-netanyahu",)  # "with [Netanyahu to welcome …]"
    assert by_word["support"].target_ids == ("israel-government",)  # "for [replenishing Israel's …]"


@pytest.mark.extract
def test_a_call_for_something_is_an_appeal_not_a_phone_call(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "President Joe Biden reiterated his call for an immediate ceasefire in Gaza.\n\n"
        "President Joe Biden held a call with Prime Minister Benjamin Netanyahu on Sunday.\n\n"
        "Secretary Antony Blinken held a call on Gaza with Prime Minister Benjamin Netanyahu.",
    )
    assert [(e.code, e.target_ids) for e in x.facts.events if e.trigger_text == "call"] == [
        ("020", ()),
        ("041", ("benjamin-netanyahu",)),
        ("041", ("benjamin-netanyahu",)),  # a call "on" a topic is still a call
    ]


@pytest.mark.extract
def test_officials_of_governments_act_for_each_state(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Director Chris Inglis met with officials from the Governments of Israel, Egypt, and Jordan.",
    )
    (met,) = [e for e in x.facts.events if e.trigger_text == "met"]
    assert met.target_ids == ("israel-government", "egypt-government", "jordan-government")


@pytest.mark.extract
def test_a_participle_aims_a_noun_act_at_its_object(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "The Treasury imposed sanctions targeting Iran's financing of terror.\n\n"
        "Israel launched airstrikes aimed at Hamas commanders in Gaza.\n\n"
        "Israel launched airstrikes near Gaza City carrying heavy bombs.",
    )
    assert [(e.trigger_text, e.target_ids) for e in x.facts.events] == [
        ("sanctions", ("iran-government",)),
        ("airstrikes", ("hamas",)),
        ("airstrikes", ()),  # a participle that aims at nothing names no target
    ]


@pytest.mark.extract
def test_an_act_a_plan_is_for_is_done_by_who_holds_the_plan(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Japan will press on with plans to withdraw its troops from Iraq in June.\n\n"
        "Greece announced plans to withdraw its troops from Iraq.",
    )
    withdrawals = [e for e in x.facts.events if e.trigger_text == "withdraw"]
    names = {a.id: a.name for a in x.new_actors}
    assert [([names.get(s, s) for s in e.source_ids], e.modality) for e in withdrawals] == [
        (["Government of Japan"], "planned"),
        (["Government of Greece"], "planned"),
    ]


@pytest.mark.extract
def test_entering_or_sealing_talks_makes_the_subject_a_party(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Foreign Minister Tzipi Livni entered talks with the Labour Party on Monday.\n\n"
        "Hamas condemned the talks with the Labour Party.",
    )
    talks = [e for e in x.facts.events if e.trigger_text == "talks"]
    livni = next(m.actor_id for m in x.mentions if m.text == "Tzipi Livni")
    assert talks[0].source_ids == (livni,)
    assert all("hamas" not in e.source_ids for e in talks)  # "condemned the talks": not a party


@pytest.mark.extract
def test_talking_only_to_a_news_outlet_is_an_interview_not_a_consultation(
    extractor: ArticleExtractor,
) -> None:
    x = _extraction(
        extractor,
        "Speaking to the Reuters news agency, Foreign Minister Ali Bagheri said the attack was a crime.\n\n"
        "Foreign Minister Ali Bagheri met with Hamas leaders and Reuters on Monday.",
    )
    assert [(e.trigger_text, e.target_ids) for e in x.facts.events if e.code.startswith("04")] == [
        ("met", ("hamas", "reuters")),  # a party besides the outlet: a meeting
    ]


@pytest.mark.extract
def test_it_stands_for_the_state_or_body_the_sentence_before_was_about(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Hizballah was designated by the Department of State as a Specially Designated Global Terrorist "
        "in October 2001. It was also designated for its support to the Government of Syria pursuant "
        "to E.O. 13582 in August 2012.\n\n"
        "Cuba announced it will release more than 3,500 prisoners.\n\n"
        "Al-Manar has been banned by France, making it unavailable in Canada, where it has not been banned.\n\n"
        "The ship left port on Monday. It attacked a patrol boat.\n\n"
        "For the first time, this deal gives the IAEA teeth when it comes to demanding access.",
    )
    by_trigger = {(e.trigger_text, e.evidence.start): (e.source_ids, e.target_ids) for e in x.facts.events}
    designations = sorted(v for (t, _), v in by_trigger.items() if t == "designated")
    assert [targets for _, targets in designations] == [("hezbollah",), ("hezbollah",)]
    names = {a.id: a.name for a in x.new_actors}
    release = [v for (t, _), v in by_trigger.items() if t == "release"]
    assert [[names[i] for i in src] for src, _ in release] == [["Government of Cuba"]]
    banned = [targets for (t, _), (_, targets) in by_trigger.items() if t == "banned"]
    assert banned and all("canada" not in " ".join(targets).lower() for targets in banned)
    assert not [v for (t, _), v in by_trigger.items() if t == "attacked" and v[0]]  # the ship is no actor
    assert not [v for (t, _), v in by_trigger.items() if t == "demanding" and v[0]]  # "it comes to"


@pytest.mark.extract
def test_condemning_an_act_is_done_to_whoever_did_it(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Hamas condemned the Israeli airstrike.\n\n"
        "He condemned the rocket attacks by Hamas.\n\n"
        "Iran-backed militias attacked a U.S. base. The US retaliated with airstrikes. Iran condemned the attack.",
    )
    condemned = [(e.source_ids, e.target_ids) for e in x.facts.events if e.trigger_text == "condemned"]
    assert condemned[0] == (("hamas",), ("israel-government",))  # the act's own doer
    assert condemned[1][1] == ("hamas",)
    assert condemned[2][1] == ()  # "the attack" alone: the last attacker told may be another one


@pytest.mark.extract
def test_a_place_in_a_noun_s_place_phrase_is_where_not_who(extractor: ArticleExtractor) -> None:
    x = _extraction(extractor, "Despite this warning, attacks in the Red Sea have continued.")
    attacks = [e for e in x.facts.events if e.trigger_text == "attacks"]
    assert attacks and all(e.source_ids == () for e in attacks)  # not "the Red Sea"


@pytest.mark.extract
def test_a_venue_and_a_reason_for_thanks_are_no_parties(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "National Security Advisor Jake Sullivan hosted Israeli National Security Advisor Eyal Hulata "
        "and a senior Israeli interagency delegation at the White House on October 5.\n\n"
        "President George W. Bush has thanked the Chinese government for persuading North Korea to return "
        "to the talks.",
    )
    hosted = next(e for e in x.facts.events if e.trigger_text == "hosted")
    assert hosted.target_ids and "white-house" not in hosted.target_ids  # where they met, not whom
    names = {a.id: a.name for a in x.new_actors}
    thanked = next(e for e in x.facts.events if e.trigger_text == "thanked")
    assert [names.get(t, t) for t in thanked.target_ids] == ["china-government"]  # not North Korea


@pytest.mark.extract
def test_a_place_whose_country_the_kb_leaves_open_is_the_one_it_means(extractor: ArticleExtractor) -> None:
    x = _extraction(extractor, "President Joe Biden traveled to Jerusalem on Monday.")
    trip = next(e for e in x.facts.events if e.trigger_text == "traveled")
    assert trip.place is not None and trip.place.actor_id == "jerusalem"
    assert trip.place.lat is not None and 31 < trip.place.lat < 32.5  # not a namesake in the US
    assert trip.target_ids == ()  # no state is inferred as the host of a city the KB leaves open


@pytest.mark.extract
def test_a_hyphened_pair_names_both_parties_of_a_reciprocal_act(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor, "US-Israel talks resumed on Monday.\n\nThe Israel-Hamas conflict entered its second month."
    )
    talks = next(e for e in x.facts.events if e.trigger_text == "talks")
    assert set(talks.source_ids) == set(talks.target_ids) == {"us-government", "israel-government"}
    conflict = next(e for e in x.facts.events if e.trigger_text == "conflict")
    assert set(conflict.source_ids) == {"israel-government", "hamas"}


@pytest.mark.extract
def test_standing_with_is_support_for_those_named_not_for_their_state(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "The United States stands with Israel.\n\n"
        "The United States, along with our partners, stands with the women of Iran.\n\n"
        "She stood alongside Benjamin Netanyahu during the ceremony.\n\n"
        "Hamas carried out terrorist attacks against the people of Israel.",
    )
    found = [(e.trigger_text, e.code, e.target_ids) for e in x.facts.events]
    assert ("stands", "051", ("israel-government",)) in found
    assert not [
        f for f in found if f[0] == "stands" and "iran-government" in f[2]
    ]  # the women, not the state
    assert not [f for f in found if f[0] == "stood"]  # a scene narrated, not a stance
    assert ("attacks", "180", ("israel-government",)) in found  # an attack on the people is on the state


@pytest.mark.extract
def test_it_is_not_read_where_another_body_could_be_meant(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "The State Department designated Kata'ib Hizballah as a terrorist organization in 2009. "
        "It attacked U.S. forces in Iraq.\n\n"
        "The State Department said Iran was arming the Houthis, and it imposed new sanctions on Iran.\n\n"
        "Kenya has been an exemplary host and it is always a great pleasure to visit this dynamic country.\n\n"
        "My colleagues at the State Department imposed sanctions on Hezbollah.\n\n"
        "The Vice President condemned the Houthi attacks against commercial vessels in the Red Sea.",
    )
    by = {e.trigger_text: e for e in x.facts.events}
    assert by["attacked"].source_ids == ()  # the State Department or Kata'ib Hizballah: not said
    assert [e.source_ids for e in x.facts.events if e.trigger_text == "sanctions"] == [
        ("us-department-of-state",),  # not Iran, the subject of the clause "it" is not in
        ("us-department-of-state",),  # "colleagues at the State Department": a body is no venue
    ]
    assert "visit" not in by  # "it is a pleasure to visit": no one's visit
    assert by["attacks"].place is not None and by["attacks"].place.name == "Red Sea"


@pytest.mark.extract
def test_an_armed_group_described_by_its_nationality_acts(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Chadian rebels seized the town of Abeche on Monday.\n\n"
        "Eritrean pirates released the cargo ship and its crew on Friday after a ransom was paid.",
    )
    names = {a.id: a.name for a in x.new_actors}
    by_trigger = {e.trigger_text: e for e in x.facts.events}
    assert [names[i] for i in by_trigger["seized"].source_ids] == ["Chadian rebels"]
    released = by_trigger["released"]
    assert released.code == "0841" and [names[i] for i in released.source_ids] == ["Eritrean pirates"]
    assert released.date is not None and released.date.iso == "2024-03-08"


@pytest.mark.extract
def test_a_list_beside_a_common_noun_keeps_every_name_whatever_kind_the_model_read(
    extractor: ArticleExtractor,
) -> None:
    """ "designated the front company A, front company B, and front company C": all three are
    designated, also when the model reads one of the names as a person's (a sentence of an
    unlabeled Treasury release, treasury-JL10013, where the model reads "Denise Company" so)."""
    x = _extraction(
        extractor,
        "Additionally, Treasury designated the Syria-based front company Sigma Tech Company, "
        "Lebanon-based front company Shadi for Cars Trading, and Lebanon-based front company Denise "
        "Company, all pursuant to E.O. 13382.",
    )
    names = {a.id: a.name for a in x.new_actors}
    (designated,) = [e for e in x.facts.events if e.trigger_text == "designated"]
    assert sorted(names.get(i, i) for i in designated.target_ids) == [
        "Denise Company", "Shadi for Cars Trading", "Sigma Tech Company"
    ]  # fmt: skip
