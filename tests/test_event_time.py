"""When an event happened, read from the parse (events.v1; real spaCy parse, real KB, invented
sentences): a date on a verb also dates the verbs coordinated with it that share its subject and
tense; strike nouns count only the figure the text gives ("an airstrike" is one)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dabir.actor_types import ArticleExtraction
from dabir.evaluate import gold_article
from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.resolve.kb import load_kb
from dabir.types import PublishedDate

pytestmark = pytest.mark.extract


@pytest.fixture(scope="module")
def extractor() -> ArticleExtractor:
    return ArticleExtractor(load_english(), load_kb())


def _extraction(extractor: ArticleExtractor, text: str, published: str) -> ArticleExtraction:
    item = {"id": "time", "publisher": "", "fields": {"title": "Test", "text": text}}
    article = replace(gold_article(item), published=PublishedDate(published, "day"))
    return extractor.extract(article, 1 << 30)


def _dates(extractor: ArticleExtractor, text: str, published: str) -> list[tuple[str, str | None]]:
    events = _extraction(extractor, text, published).facts.events
    return [(e.trigger_text, e.date.iso if e.date else None) for e in events if e.trigger.field == "text"]


def test_a_coordinated_verb_happened_when_the_verb_it_is_joined_to_did(extractor: ArticleExtractor) -> None:
    found = _dates(
        extractor,
        "On Tuesday, Britain, France and Germany issued a statement and urged the U.N. Security "
        "Council to intervene.\n\n"
        "By early 2009, Egyptian authorities had disrupted the Hizballah cell and arrested Mansur.\n\n"
        "Iran met Iraq on Monday and will visit Syria.",
        "2006-01-14",
    )
    assert ("urged", "2006-01-10") in found
    assert ("arrested", "2009") in found
    assert ("met", "2006-01-09") in found
    assert ("visit", "2006-01-14") in found  # "will visit": not Monday's, dated by the report


def test_a_coordinated_passive_acts_on_the_subject_of_the_first(extractor: ArticleExtractor) -> None:
    x = _extraction(
        extractor,
        "Syrian Arab Airlines was identified as a controlled entity of the Government of Syria "
        "in 2013 and was concurrently designated pursuant to E.O. 13224 for acting for Iran's "
        "Islamic Revolutionary Guard Corps.",
        "2016-12-23",
    )
    designated = [e for e in x.facts.events if e.trigger_text == "designated"]
    names = {a.id: a.name for a in x.new_actors} | {m.actor_id: m.text for m in x.mentions if m.actor_id}
    assert [([names[t] for t in e.target_ids], e.date.iso if e.date else None) for e in designated] == [
        (["Syrian Arab Airlines"], "2013")
    ]


def test_strike_nouns_count_only_a_figure_the_text_gives(extractor: ArticleExtractor) -> None:
    events = _extraction(
        extractor,
        "The Turkish military conducts airstrikes on PKK camps in Iraq's northern Dohuk Governorate. "
        "Near Mosul, an airstrike struck an ISIL tactical unit. Near Raqqa, three airstrikes struck ISIL "
        "positions.",
        "2015-09-20",
    ).facts.events
    counted = [(e.trigger_text, [(c.kind, c.n) for c in e.counts]) for e in events]
    assert ("airstrikes", []) in counted  # no figure: no count
    assert ("airstrike", [("strikes", 1)]) in counted  # "an airstrike": one
    assert ("airstrikes", [("strikes", 3)]) in counted


def test_rockets_fired_are_strikes_and_a_people_named_in_the_plural_is_counted(
    extractor: ArticleExtractor,
) -> None:
    events = _extraction(
        extractor,
        "Hamas has fired more than 100 rockets at Israel since Tuesday, when Israeli forces killed "
        "19 Palestinians. The minister fired two officials.",
        "2008-01-19",
    ).facts.events
    counted = {(c.kind, c.n) for e in events for c in e.counts}
    assert counted == {("strikes", 100), ("killed", 19)}  # not two strikes for two officials fired


def test_the_dead_of_a_when_clause_are_its_event_s(extractor: ArticleExtractor) -> None:
    events = _extraction(
        extractor,
        "At least 55 are killed when Turkish warplanes hit Kurdistan Workers Party (PKK) camps in "
        "northern Iraq. Two ISIS militants, Reyaad Khan and Ruhul Amin, were killed in Syria when a "
        "British drone attack hit their car. No one was injured in the explosion.",
        "2015-09-20",
    ).facts.events
    counted = {(e.trigger_text, c.kind, c.n) for e in events for c in e.counts}
    assert ("hit", "killed", 55) in counted
    assert ("attack", "killed", 2) in counted  # "killed" → "hit" → the drone attack "hit" is folded into
    assert not [c for c in counted if c[1] == "injured"]  # "no one"


def test_no_time_is_shared_across_a_change_of_tense_or_a_word_of_sequence(
    extractor: ArticleExtractor,
) -> None:
    found = _dates(
        extractor,
        "He began working for Hezbollah in 2009 and was later arrested by Israel.\n\n"
        "Bahrain normalized relations with Israel in 2020 and has welcomed Israeli tourists.",
        "2023-01-14",
    )
    assert ("arrested", "2023-01-14") in found and ("welcomed", "2023-01-14") in found


def test_casualties_told_right_after_an_act_of_violence_are_its_own(extractor: ArticleExtractor) -> None:
    events = _extraction(
        extractor,
        "On Wednesday evening, a bomb exploded in a north-eastern Druze district of Aley. Five people "
        "were wounded according to a senior security official.\n\n"
        "Hamas condemned Israel. Ten people were wounded.",
        "2007-05-25",
    ).facts.events
    assert [(e.trigger_text, [(c.kind, c.n) for c in e.counts]) for e in events] == [
        ("exploded", [("injured", 5)]),
        ("condemned", []),  # no act of violence: the ten wounded are not the condemnation's
    ]


def test_a_toll_naming_no_one_after_an_act_of_violence_is_its_toll(extractor: ArticleExtractor) -> None:
    """ "Two police officers are reportedly killed.": a casualty verb with no one acting and no one
    acted upon, right after an attack, counts the attack's dead and is no second event; one with
    a party of its own stays an event; an event noun that kills ("a bombardment … kills at least
    50") takes its dead."""
    events = _extraction(
        extractor,
        "Gunmen launched coordinated attacks on police posts in Kunduz. Four police officers were killed.\n\n"
        "A coalition bombardment of the port of Hodeidah kills at least 30 people.\n\n"
        "Rebels attacked a convoy in Aleppo. Syrian troops killed 12 rebels.\n\n"
        "Rebels attacked a base in Hama on Monday. On Tuesday, three people were killed in Homs.",
        "2015-09-20",
    ).facts.events
    assert [(e.trigger_text, [(c.kind, c.n) for c in e.counts]) for e in events] == [
        ("attacks", [("killed", 4)]),
        ("bombardment", [("killed", 30)]),
        ("attacked", []),
        ("killed", [("killed", 12)]),
        ("attacked", []),
        ("killed", [("killed", 3)]),  # a toll of its own day
    ]


def test_an_event_noun_happened_when_the_light_verb_carrying_it_did(extractor: ArticleExtractor) -> None:
    """A date on "conducted" dates the strikes it carries, through "the night of"; a noun beside
    the verb ("Concurrently with Treasury's designations") is not carried by it."""
    found = _dates(
        extractor,
        "On the night of November 12, 2023, at my direction, United States forces conducted precision "
        "strikes against two facilities in eastern Syria.\n\n"
        "Concurrently with Treasury's designations, the Department of State on Monday imposed "
        "sanctions on five entities based in Iran.",
        "2023-11-14",
    )
    assert ("strikes", "2023-11-12") in found
    assert ("sanctions", "2023-11-13") in found
    assert ("designations", "2023-11-14") in found  # dated by the report


def test_an_act_done_previously_is_recalled_before_the_report(extractor: ArticleExtractor) -> None:
    """ "previously travelled" with no date: some time before the report's day, a recalled event
    (so no dateline places it); an act with no such word is dated by the report. A designation
    recalled with no date is no event at all (`dated_recall_codes`)."""
    events = _extraction(
        extractor,
        "WASHINGTON – North Korea's Second Economic Committee was previously designated pursuant to "
        "E.O. 13382.\n\n"
        "Al-Sayyid previously travelled with al-Bazzal to Southeast Asia.\n\n"
        "Today OFAC designated Bank Melli.",
        "2023-05-10",
    ).facts.events
    found = [(e.trigger_text, e.date.iso if e.date else None, e.background) for e in events]
    assert found == [
        ("travelled", "../2023-05-10", True),
        ("designated", "2023-05-10", False),
    ]
    assert [e.place.name if e.place else None for e in events][:1] == ["Southeast Asia"]


def test_a_legal_window_is_not_the_date_of_the_act(extractor: ArticleExtractor) -> None:
    """ "is being designated for, on or after June 12, 2009, having engaged in …": the window is the
    conduct's; the designation is dated by the report. "Since at least late 2019 … has met" is an
    open period."""
    found = _dates(
        extractor,
        "Today OFAC designated Bank Melli.\n\n"
        "Arvan Cloud is being designated pursuant to E.O. 13846 for having engaged in censorship with "
        "respect to Iran on or after June 12, 2009.\n\n"
        "Since at least late 2019, Zgheib has met with Muhammad Qasir.",
        "2023-06-02",
    )
    assert found[1:] == [("designated", "2023-06-02"), ("met", "2019/..")]
