"""Words of events.v1 that the parse tags oddly or that the vocabulary names (real spaCy parse,
real KB, invented sentences): each test reads a sentence as an analyst would."""

from __future__ import annotations

import pytest

from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.resolve.kb import load_kb
from tests.extracting import events_of, extraction_of

pytestmark = pytest.mark.extract


@pytest.fixture(scope="module")
def extractor() -> ArticleExtractor:
    return ArticleExtractor(load_english(), load_kb())


def test_an_event_noun_tagged_as_an_adjective_still_names_the_event(extractor: ArticleExtractor) -> None:
    """The parse tags "roundtable" an adjective in "convened a roundtable with"; with its article
    and in an argument's place it is the noun."""
    events = events_of(
        extractor,
        "Deputy Secretary Wally Adeyemo convened a roundtable with humanitarian organizations in Brussels.",
    )
    assert [(e.trigger_text, e.code) for e in events] == [("roundtable", "040")]


def test_to_endanger_a_state_of_things_is_no_threat(extractor: ArticleExtractor) -> None:
    """ "threatened Yemen's peace", "threatens to undermine the peace" and "the threat posed by"
    endanger; "threatened to kill" and "threatened Israel" threaten someone."""
    text = (
        "The actions by the Government of Turkey threaten to undermine the peace, security, and stability "
        "in the region.\n\n"
        "Certain members of the Government of Yemen threatened Yemen's peace, security, and stability.\n\n"
        "Treasury will protect the financial system from the threat posed by Iran.\n\n"
        "Hamas threatened to kill the hostages.\n\n"
        "Iran threatened Israel with a harsh response."
    )
    threats = [(e.source_ids, e.target_ids) for e in events_of(extractor, text) if e.code.startswith("13")]
    assert threats == [(("hamas",), ()), (("iran-government",), ("israel-government",))]


def test_officials_a_body_names_are_that_body_s_wherever_they_are(extractor: ArticleExtractor) -> None:
    """ "senior Hizballah officials in Lebanon" are Hizballah's; "officials in Egypt" Egypt's."""
    text = (
        "Ghazi Nasr al Din has met with senior Hizballah officials in Lebanon.\n\n"
        "Blinken met with officials in Egypt."
    )
    assert [e.target_ids for e in events_of(extractor, text)] == [("hezbollah",), ("egypt-government",)]


def test_an_act_someone_is_kept_from_is_not_done(extractor: ArticleExtractor) -> None:
    """ "deter X from conducting or supporting further attacks" tells no attack and no support;
    "pressure from these designations" still tells designations, and rockets "fired from Gaza"
    were fired."""
    text = (
        "The strikes were intended to deter Iran and Iran-backed militia groups from conducting or "
        "supporting further attacks on United States personnel.\n\n"
        "Israel intercepted rockets fired from Gaza."
    )
    assert [(e.trigger_text, e.code) for e in events_of(extractor, text)] == [("fired", "194")]


def test_a_call_to_action_is_no_telephone_call(extractor: ArticleExtractor) -> None:
    text = (
        "The strategy includes over 100 calls to action for Congress, state and local governments.\n\n"
        "During his call to Netanyahu, Biden discussed Gaza."
    )
    assert [(e.trigger_text, e.code) for e in events_of(extractor, text)] == [("call", "041")]


def test_a_participle_describing_a_noun_with_support_is_no_act(extractor: ArticleExtractor) -> None:
    """ "Houthi militants backed by Yemeni troops", "the militias, supported by Iran,": who they are;
    "Egypt backed the proposal" and "the proposal was backed by Qatar" are acts."""
    text = (
        "Houthi militants backed by allied Yemeni troops seized two Saudi bases. "
        "The militias, supported by Iran, attacked the base.\n\n"
        "Egypt backed the proposal. The plan was backed by Qatar."
    )
    found = [(e.trigger_text, e.source_ids) for e in events_of(extractor, text) if e.code == "051"]
    assert found == [("backed", ("egypt-government",)), ("backed", ("qatar-government",))]


def test_detonating_a_bomb_is_a_bombing(extractor: ArticleExtractor) -> None:
    text = "Later that month, Hamas militants detonated an IED near the checkpoint. The talks detonated."
    found = [(e.trigger_text, e.code, e.source_ids) for e in events_of(extractor, text)]
    assert found == [("detonated", "183", ("hamas",))]


def test_a_killing_takes_the_code_of_the_weapon_that_killed(extractor: ArticleExtractor) -> None:
    """The gold README codes violence by its weapon: a bomb's killing is a bombing (183), a
    rocket's rocket fire (194); a killing with no weapon named stays 190."""
    text = (
        "A car bomb kills at least six people in Mogadishu.\n\n"
        "Three soldiers were killed by a roadside bomb near Kirkuk.\n\n"
        "A rocket killed two civilians in Sderot.\n\n"
        "Gunmen killed five police officers in Arish.\n\n"
        "A barrel bomb killed eight people in Aleppo.\n\n"
        "A car bomb assassinated the governor of Aden."
    )
    assert [e.code for e in events_of(extractor, text)] == ["183", "183", "194", "190", "195", "186"]


def test_a_state_s_forces_that_bombard_use_aerial_weapons(extractor: ArticleExtractor) -> None:
    """The gold README: "states' forces that 'bomb'/'bombard' are 195"."""
    found = [(e.trigger_text, e.code) for e in events_of(extractor, "Israel bombarded Gaza on Sunday.")]
    assert found == [("bombarded", "195")]


def test_cutting_a_deal_is_no_cut_in_aid(extractor: ArticleExtractor) -> None:
    text = "Hamas cut deals with the smugglers to get the aid in. Britain cut aid to Gaza."
    found = [(e.trigger_text, e.code) for e in events_of(extractor, text)]
    assert found == [("cut", "162")]


def test_a_call_on_someone_to_act_is_an_appeal(extractor: ArticleExtractor) -> None:
    text = (
        "Egypt repeated its call on Israel to open the crossings. Biden held a call with Netanyahu on Sunday. "
        "Jordan renewed its call on Iran to be transparent."
    )
    found = [(e.trigger_text, e.code, e.source_ids, e.target_ids) for e in events_of(extractor, text)]
    assert found == [
        ("call", "020", ("egypt-government",), ("israel-government",)),
        ("call", "041", ("joe-biden",), ("benjamin-netanyahu",)),
        ("call", "020", ("jordan-government",), ("iran-government",)),
    ]


def test_i_is_the_speaker_of_the_turn_or_the_signer_of_the_letter(extractor: ArticleExtractor) -> None:
    """A transcript's "I" is the speaker of the turn it is in ("THE PRESIDENT:" is the title's
    President); a letter's is the person who signs it."""
    transcript = (
        "PRESIDENT BIDEN: I spoke with King Abdullah II this morning.\n\n"
        "PRIME MINISTER BENNETT: I want to thank you, Mr. President, for your support of Israel.\n\n"
        "Q: Did you speak with Netanyahu?\n\n"
        "THE PRESIDENT: I met with my commanders this morning."
    )
    events = events_of(
        extractor,
        transcript,
        title="Remarks by President Biden and Prime Minister Bennett of the State of Israel",
    )
    sources = {e.trigger_text: e.source_ids for e in events}
    assert (sources["spoke"], sources["thank"], sources["met"]) == (
        ("joe-biden",),
        ("naftali-bennett",),
        ("joe-biden",),
    )
    assert sources.get("speak", ()) == ()  # the question's "you" is nobody named
    letter = "I appreciate the support of the Government of Iraq in this action.\n\nSincerely,\n\nJOSEPH R. BIDEN JR."
    assert [e.source_ids for e in events_of(extractor, letter, title="Letter to the Speaker")] == [
        ("joe-biden",)
    ]
    statement = "I urge Iraq's other creditors to move quickly."
    title = "Statement of President Joe Biden on the Debt Reduction Agreement"  # a document's "of"
    assert [e.source_ids for e in events_of(extractor, statement, title=title)] == [("joe-biden",)]


def test_one_who_acts_against_attacks_does_not_make_them(extractor: ArticleExtractor) -> None:
    text = (
        "President Biden directed this military action to protect and defend our personnel against "
        "these attacks.\n\n"
        "Israel launched a campaign against Hamas attacks."
    )
    assert [
        (e.trigger_text, e.source_ids) for e in events_of(extractor, text) if e.trigger_text == "attacks"
    ] == [("attacks", ("hamas",))]


def test_a_state_led_raid_is_the_coalition_it_leads(extractor: ArticleExtractor) -> None:
    """ "Saudi-led" names the coalition the KB has the Saudi government lead; "Turkish jets" still
    names Turkey's government."""
    text = (
        "A Saudi-led air raid on Yemen's Al Hudaydah port kills 20 Indian nationals.\n\n"
        "A Saudi-led military coalition attacked government buildings in Sana'a.\n\n"
        "Turkish jets bombed PKK camps."
    )
    assert [e.source_ids for e in events_of(extractor, text)] == [
        ("saudi-led-coalition",),
        ("saudi-led-coalition",),
        ("turkey-government",),
    ]


def test_asking_someone_to_act_is_an_appeal_and_a_question_is_not(extractor: ArticleExtractor) -> None:
    """ "asked South Korea to call off the exercise" and "asked the Pentagon for a review" appeal
    (020); "asked Blair whether he prayed" is a question."""
    text = (
        "China and Russia asked South Korea to call off the exercise.\n\n"
        "President Barack Obama asked the Department of Defense for a review of the ban.\n\n"
        "In an interview with Tony Blair, Jeremy Paxman asked Blair whether he prayed.\n\n"
        "Germany went on to request a common response from other European Union member nations."
    )
    appeals = [(e.trigger_text, e.code, e.target_ids) for e in events_of(extractor, text)]
    assert [(t, c) for t, c, _ in appeals] == [("asked", "020"), ("asked", "020"), ("request", "020")]
    assert appeals[2][2] == ("european-union",)  # "from" on the object: who is asked
    assert len(appeals[0][2]) == 1  # the Government of South Korea (new to the KB)


def test_a_warning_is_a_threat_when_it_sets_a_condition(extractor: ArticleExtractor) -> None:
    """ "warned that Europe will lose the chance … if it pursues sanctions" threatens; "warned the
    move could escalate the confrontation" foretells."""
    text = (
        "Mahmoud Ahmadinejad warned that Europe will lose the chance of reconciliation if it pursues sanctions.\n\n"
        "China has warned the move could only escalate the confrontation."
    )
    assert [(e.trigger_text, e.code) for e in events_of(extractor, text)] == [("warned", "130")]


def test_condemning_an_act_is_done_to_its_doer_never_to_its_place(extractor: ArticleExtractor) -> None:
    """ "condemns the attack in Abu Dhabi in the UAE" does not condemn the UAE; "their condemnation
    of Iran's attack on Israel" condemns Iran."""
    text = (
        "The United States condemns the terrorist attack in Abu Dhabi in the United Arab Emirates.\n\n"
        "The leaders reiterated their condemnation of Iran's attack on Israel."
    )
    judged = [(e.trigger_text, e.target_ids) for e in events_of(extractor, text) if e.code.startswith("11")]
    assert judged == [("condemns", ()), ("condemnation", ("iran-government",))]


def test_a_clause_on_the_place_of_an_event_is_on_the_event(extractor: ArticleExtractor) -> None:
    """ "the attack in Abu Dhabi …, which killed three civilians": the attack killed them, not the
    place (the parse hangs the clause on the nearest noun)."""
    text = "The United States condemns the attack in Abu Dhabi in the United Arab Emirates, which killed three civilians."
    events = events_of(extractor, text)
    assert [
        (e.trigger_text, [(c.kind, c.n) for c in e.counts]) for e in events if e.code[:2] in ("18", "19")
    ] == [("attack", [("killed", 3)])]


def test_aggression_and_arms_transfers_are_acts_of_their_owners(extractor: ArticleExtractor) -> None:
    text = (
        "They reiterated their support for Ukraine as it defends itself against Russia's continuing aggression.\n\n"
        "They discussed Iran's transfer of weapons to Russia and Russia's provision of military technology to Iran."
    )
    acts = [(e.trigger_text, e.code, e.source_ids, e.target_ids) for e in events_of(extractor, text)]
    assert ("aggression", "190", ("russia-government",), ()) in acts
    assert ("transfer", "072", ("iran-government",), ("russia-government",)) in acts
    assert ("provision", "072", ("russia-government",), ("iran-government",)) in acts


def test_a_casualty_participle_counts_the_dead_of_the_act_it_follows(extractor: ArticleExtractor) -> None:
    """ "a car bomb exploded in Baghdad, killing 20 people" is one bombing that killed 20, not a
    bombing and a killing by no one."""
    text = (
        "A car bomb exploded in Baghdad, killing 20 people.\n\n"
        "Turkish forces attacked the village, killing five civilians and wounding 12 others."
    )
    events = events_of(extractor, text)
    assert [(e.trigger_text, e.code, sorted((c.kind, c.n) for c in e.counts)) for e in events] == [
        ("exploded", "183", [("killed", 20)]),
        ("attacked", "190", [("injured", 12), ("killed", 5)]),
    ]


def test_missiles_launched_at_a_state_are_an_aerial_attack(extractor: ArticleExtractor) -> None:
    """ "Iran launched over 200 ballistic missiles at Israel" (195, as the gold README codes
    missiles); "a drone attack launched against X" is the attack, not a second launching; "the
    deal struck with Iran" strikes no one."""
    text = (
        "On October 1, 2024, Iran launched over 200 ballistic missiles at Israel.\n\n"
        "The United States condemns the drone and missile attack launched against Iraq's Kurdistan region.\n\n"
        "Critics of the deal struck with Iran spoke out."
    )
    events = events_of(extractor, text, published="2024-10-15")
    assert [(e.trigger_text, e.code[:3]) for e in events if e.code[:2] == "19"] == [
        ("launched", "195"),
        ("attack", "195"),
    ]
    launched = events[0]
    assert (launched.source_ids, launched.target_ids, launched.date.iso if launched.date else None) == (
        ("iran-government",),
        ("israel-government",),
        "2024-10-01",
    )


def test_staying_in_contact_and_attacks_into_a_state(extractor: ArticleExtractor) -> None:
    """ "will stay in close contact with X" is an intent to keep consulting (036, as "agreed to stay
    in touch"); "rocket attacks by Hamas into Israel" are attacks on Israel."""
    text = (
        "We will continue to stay in close contact with Israeli authorities.\n\n"
        "Mr. Sullivan condemned the rocket attacks by Hamas into Israel."
    )
    acts = [(e.trigger_text, e.code, e.target_ids) for e in events_of(extractor, text)]
    assert ("contact", "036", ("israel-government",)) in acts
    assert ("attacks", "194", ("israel-government",)) in acts


def test_a_killing_in_an_accident_is_no_one_s_act(extractor: ArticleExtractor) -> None:
    """ "a boat sinks …, killing 15" and "killed as a small plane crashes" name no act; a car bomb
    that kills and gunmen who kill do."""
    text = (
        "An overloaded wooden boat carrying migrants sinks off the coast of Malaysia killing at least 15 people.\n\n"
        "Five people are killed as a small plane crashes in western Colorado.\n\n"
        "A car bomb in Somalia kills at least six people at the gates of the presidential palace.\n\n"
        "Gunmen killed five people in Baghdad."
    )
    assert [e.trigger_text for e in events_of(extractor, text)] == ["kills", "killed"]


def test_an_indirect_quote_ends_before_a_verb_coordinated_with_its_cue(extractor: ArticleExtractor) -> None:
    """The parse hangs "and encouraged efforts …" inside "the need to avoid steps …"; it goes with
    "underscored", so what was underscored ends at "on the ground"."""
    text = (
        "Mr. Sullivan underscored the need to avoid steps that can inflame tensions on the ground "
        "and encouraged efforts to promote calm in Jerusalem."
    )
    quotes = extraction_of(extractor, text).facts.quotes
    assert [q.text for q in quotes] == ["the need to avoid steps that can inflame tensions on the ground"]


def test_charges_unsealed_or_filed_are_a_legal_action(extractor: ArticleExtractor) -> None:
    """ "the Justice Department also announced criminal charges against A and B" (173)."""
    text = "The Justice Department also announced criminal charges against Hossein Akbari and Reza Amidi."
    events = events_of(extractor, text)
    assert [(e.trigger_text, e.code, e.source_ids, len(e.target_ids)) for e in events] == [
        ("charges", "173", ("us-department-of-justice",), 2)
    ]


def test_the_possessor_of_an_act_undergone_undergoes_it(extractor: ArticleExtractor) -> None:
    """ "Navalny's arrest", "Robert Levinson's abduction": the possessor is arrested or abducted;
    "Hamas's release of the hostages": with an "of" phrase, the possessor releases."""
    text = (
        "Robert Levinson's abduction in 2007 was authorized by senior Iranian officials.\n\n"
        "The United States demands Hamas's release of the hostages."
    )
    acts = {e.trigger_text: (e.source_ids, e.target_ids) for e in events_of(extractor, text)}
    assert acts["abduction"][0] == () and len(acts["abduction"][1]) == 1  # Levinson, new to the KB
    assert acts["release"][0] == ("hamas",)


def test_a_journey_to_someone_named_is_not_placed_by_the_dateline(extractor: ArticleExtractor) -> None:
    """ "WASHINGTON – … Brian E. Nelson will travel to Muscat, Oman as well as Ankara and Istanbul,
    Türkiye": the trip begins where the story was filed."""
    text = (
        "WASHINGTON – From November 26 – December 1, Under Secretary Brian E. Nelson will travel to "
        "Muscat, Oman as well as Ankara and Istanbul, Türkiye."
    )
    events = events_of(extractor, text, publisher="U.S. Department of the Treasury")
    travel = next(e for e in events if e.trigger_text == "travel")
    assert travel.place is None or travel.place.name != "Washington"


def test_condolences_offered_in_a_call(extractor: ArticleExtractor) -> None:
    text = (
        "I spoke with Prime Minister Netanyahu today to offer my profound condolences on behalf of the "
        "American people to our friends in Israel."
    )
    title = "Statement from President Joe Biden on the Tragedy at Mount Meron"
    events = events_of(extractor, text, publisher="The White House", title=title)
    assert ("condolences", "018") in [(e.trigger_text, e.code) for e in events]  # "to offer", as written


def test_an_implicative_verb_dates_its_clause_and_a_weekday_is_no_place(extractor: ArticleExtractor) -> None:
    """ "Yesterday, Iran purported to impose sanctions": imposed yesterday; "On Monday, Hamas agreed
    to release the hostages": the release is yet to come. "On Monday" names no town of Monday."""
    text = (
        "Yesterday, Iran purported to impose sanctions on 51 Americans.\n\n"
        "On Monday, Hamas agreed to release the hostages.\n\n"
        "On Monday, Turkish forces shelled the town."
    )
    events = events_of(extractor, text, published="2022-01-09")
    dates = {e.trigger_text: e.date.iso if e.date else None for e in events}
    assert (dates["sanctions"], dates["agreed"], dates["release"]) == (
        "2022-01-08",
        "2022-01-03",
        "2022-01-09",
    )
    shelled = next(e for e in events if e.trigger_text == "shelled")
    assert shelled.place is None


def test_an_inverted_designation_names_who_is_designated(extractor: ArticleExtractor) -> None:
    """ "Also designated today is Hassan Nasrallah, …": the parse hangs the name on "is"."""
    text = "Also designated today is Hassan Nasrallah, the Secretary General of Hizballah."
    events = events_of(
        extractor, text, publisher="U.S. Department of the Treasury", title="Treasury Designates"
    )
    assert [(e.code, e.target_ids) for e in events] == [("163", ("hassan-nasrallah",))]


def test_he_is_not_the_subject_of_a_relative_clause(extractor: ArticleExtractor) -> None:
    """ "… said the election by which Mahmoud Ahmadinejad had won was fair. He accused …": he is
    Khamenei; the subject of an adverbial clause may still be he ("After Kasparov cast his vote,
    he accused …")."""
    text = (
        "Supreme Leader Ali Khamenei said the election by which Mahmoud Ahmadinejad had won was fair. "
        'He accused foreign countries of meddling, saying "the most evil of them is the British government."\n\n'
        "After opposition leader Garry Kasparov cast his vote, he accused the ruling party of, in his words, "
        '"not just rigging the vote, but raping the whole electoral system."'
    )
    extraction = extraction_of(extractor, text, published="2009-06-19")
    speakers = [q.speaker_id for q in extraction.facts.quotes if q.direct]
    assert speakers[0] == "ali-khamenei"
    assert speakers[1] is not None and speakers[1].startswith("seen-")  # Kasparov, new to the KB


def test_a_document_named_again_speaks_for_its_author(extractor: ArticleExtractor) -> None:
    """ "The report describes …" after "the latest report published by the United States State
    Department": the State Department speaks."""
    text = (
        "In the latest report published by the United States State Department, it accuses Iran of being "
        "the top state sponsor of terrorism.\n\n"
        "The report describes Iran's interest in Israel as \"encouraging anti-Israeli terrorist activity "
        'rhetorically, operationally, and financially."'
    )
    quotes = extraction_of(extractor, text, published="2007-05-01").facts.quotes
    assert [q.speaker_id for q in quotes if q.direct] == ["us-department-of-state"]


def test_the_subject_of_a_passive_cue_is_spoken_of_not_the_speaker(extractor: ArticleExtractor) -> None:
    """ "Iran is accused of playing a "destabilizing role"": not Iran's words; "was told by Egypt
    that" gives Egypt's; "was quoted as saying" stays the subject's."""
    text = (
        'Second, Iran is accused of playing a "destabilizing role in Iraq."\n\n'
        'Israel was told by Egypt that "the crossing will stay closed."\n\n'
        'Dalton McGuinty was quoted as saying "Ontarians deserve a new statutory holiday."'
    )
    quotes = extraction_of(extractor, text).facts.quotes
    speakers = [q.speaker_id for q in quotes if q.direct]
    assert speakers[0] is None and speakers[1] == "egypt-government"
    assert speakers[2] is not None and speakers[2].startswith("seen-")  # McGuinty, new to the KB


def test_a_murder_is_a_killing_outside_combat_and_counts_its_dead(extractor: ArticleExtractor) -> None:
    """ "murdered", "were massacred": unconventional violence (180) and mass killing (202), each
    with its dead counted, as "killed" is."""
    text = (
        "On March 3, Hamas murdered 12 farmers in Sderot.\n\n"
        "More than 40 villagers were massacred by the militia in Kirkuk."
    )
    acts = [(e.trigger_text, e.code, [(c.kind, c.n) for c in e.counts]) for e in events_of(extractor, text)]
    assert ("murdered", "180", [("killed", 12)]) in acts
    assert ("massacred", "202", [("killed", 40)]) in acts


def test_a_document_does_what_its_participle_says_for_whoever_put_it_out(extractor: ArticleExtractor) -> None:
    """ "the Security Council passed a resolution calling for …": the Council's appeal, dated when
    it was passed; a draft calls for nothing yet; "companies supporting X" still only describes."""
    text = (
        "On Friday the United Nations Security Council adopted a resolution demanding that Hamas free "
        "the hostages.\n\n"
        "A draft statement calling for talks with Iran was blocked by Russia.\n\n"
        "Firms supporting Hezbollah operate in Beirut."
    )
    acts = [
        (e.trigger_text, e.code, e.source_ids, e.date.iso if e.date else None)
        for e in events_of(extractor, text)
    ]
    assert ("demanding", "100", ("un-security-council",), "2024-03-08") in acts
    assert not [a for a in acts if a[0] in ("calling", "supporting")]


def test_an_appeal_s_that_clause_names_whom_it_urges_and_its_act_is_not_done(
    extractor: ArticleExtractor,
) -> None:
    """ "demanded that Hamas free the hostages": a demand on Hamas; the freeing is urged, not done."""
    acts = [
        (e.trigger_text, e.target_ids)
        for e in events_of(extractor, "Biden demanded that Hamas free the hostages.")
    ]
    assert acts == [("demanded", ("hamas",))]


def test_sanctions_a_verb_of_yielding_lifts_are_not_imposed_again(extractor: ArticleExtractor) -> None:
    """ "issued a general license that lifts sanctions against Sudan": the word "issued" is there,
    but the sanctions are what is lifted, no imposition."""
    events = events_of(
        extractor, "OFAC has issued a general license that lifts most sanctions against Sudan."
    )
    assert not [e for e in events if e.code.startswith("16")]


def test_a_speech_judged_is_judged_against_whoever_it_is_by(extractor: ArticleExtractor) -> None:
    """ "denounced the speech by Ahmadinejad": a condemnation of his words is done to him, wherever
    the parse hangs the "by"."""
    events = events_of(extractor, "Israel denounced the speech by Ahmadinejad on Tuesday.")
    assert [(e.trigger_text, e.target_ids) for e in events] == [("denounced", ("mahmoud-ahmadinejad",))]


def test_a_verb_s_subject_does_the_acts_of_a_wave_not_those_in_its_shadow(
    extractor: ArticleExtractor,
) -> None:
    """ "X launched a wave of strikes": X struck; "we gather in the shadow of a massacre": we did
    not massacre anyone (`event_measure_nouns`)."""
    text = "Hezbollah launched a wave of rocket attacks on Haifa.\n\nWe gather in the shadow of a massacre."
    acts = {
        e.trigger_text: e.source_ids
        for e in events_of(extractor, text, publisher="U.S. Department of the Treasury")
    }
    assert acts["attacks"] == ("hezbollah",)
    assert not acts.get("massacre")
