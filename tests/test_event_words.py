"""Words of events.v1 that the parse tags oddly or that the vocabulary names (real spaCy parse,
real KB, invented sentences): each test reads a sentence as an analyst would."""

from __future__ import annotations

import pytest

from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.resolve.kb import load_kb
from tests.extracting import events_of

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
