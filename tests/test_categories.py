"""Region categories (``categories.v1``): the region map, the weighting on hand-built evidence,
its invariants (hypothesis), and the filing of real text parsed with spaCy: the founding sample,
five White House readouts of calls with Israeli leaders, and an article written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dabir.extract.categories import (
    Category,
    Located,
    Regions,
    categorize,
    lead_end,
    load_regions,
    located_from_mentions,
    publisher_country,
    salience,
)
from dabir.extract.mentions import MentionFinder
from dabir.extract.nlp import load_english
from dabir.ingest.draft import clean_text
from dabir.ingest.layout import parse_layout
from dabir.resolve.kb import KnowledgeBase, load_kb
from dabir.resolve.link import governments_of, link_mentions
from dabir.types import FieldName
from tests.conftest import BUNDLED, BUNDLED_SEED

pytestmark = pytest.mark.extract

READOUTS = BUNDLED / "whitehouse-briefing-room" / "whitehouse_statements_me_sample.jsonl"
ISRAEL_CALLS = (  # "President Biden spoke … with Prime Minister … of Israel"
    "whitehouse-2021-05-12-readout-of-president-joseph-r-biden-jr-call-with-prime-minister-benjamin-netanyahu-of-israel-2",
    "whitehouse-2021-05-19-readout-of-president-joseph-r-biden-jr-call-with-prime-minister-benjamin-netanyahu-of-israel-5",
    "whitehouse-2022-03-30-readout-of-president-bidens-call-with-prime-minister-naftali-bennett-of-israel",
    "whitehouse-2023-03-19-readout-of-president-joe-bidens-call-with-prime-minister-benjamin-netanyahu-of-israel",
    "whitehouse-2023-10-22-readout-of-president-joseph-r-biden-jr-s-call-with-prime-minister-benjamin-netanyahu-of-israel",
)
# Written for these tests: Iraqi armed factions and Iraqi leaders act throughout; Iran is named
# once, in passing, near the end.
MILITIAS_TITLE = "Kata'ib Hezbollah and Asa'ib Ahl al-Haq reject Baghdad's call to disarm"
MILITIAS_TEXT = """Iraq's most powerful armed factions on Tuesday rejected a government demand that \
they hand their heavy weapons to the state, deepening a standoff with Prime Minister Mohammed Shia \
al-Sudani.

Kata'ib Hezbollah said in a statement that its fighters would keep their weapons "as long as \
foreign forces remain on Iraqi soil". Asa'ib Ahl al-Haq leader Qais al-Khazali told supporters in \
Baghdad that the Popular Mobilization Forces were part of the state and could not be disarmed by \
decree.

Hadi al-Amiri, who heads the Badr Organization, called for calm and urged the factions to settle \
the dispute inside the ruling alliance of Shiite parties that backs the government.

The Popular Mobilization Forces, an umbrella of mostly Shiite paramilitary groups formed in 2014 \
to fight the Islamic State, were folded into the armed forces in 2016, but several of their \
brigades still answer to their own commanders. Some of the factions receive training and money \
from Iran.

Sudani's office said talks with faction leaders would continue next week."""


@pytest.fixture(scope="module")
def regions() -> Regions:
    return load_regions()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def finder(kb: KnowledgeBase) -> MentionFinder:
    return MentionFinder(load_english(), kb)


def located(finder: MentionFinder, kb: KnowledgeBase, fields: dict[FieldName, str]) -> list[Located]:
    """Mentions found, linked and located as the pipeline does it, acting read on the parse."""
    mentions, parses = finder.find_with_docs(fields)
    links = link_mentions(kb, mentions, governments_of(kb))
    return located_from_mentions(mentions, {lk.mention.span: lk.actor_id for lk in links}, kb, parses)


def filed(
    finder: MentionFinder,
    kb: KnowledgeBase,
    regions: Regions,
    fields: dict[FieldName, str],
    home: str | None = None,
) -> list[Category]:
    return categorize(located(finder, kb, fields), lead_end(fields.get("text", "")), regions, home)


def names(categories: list[Category]) -> list[str]:
    return [c.name for c in categories]


def seed_fields() -> dict[FieldName, str]:
    """The seed's fields as the pipeline reads them (its layout has no title)."""
    layout = parse_layout(BUNDLED_SEED.read_text(encoding="utf-8"))
    assert layout.caption is not None and layout.caption.credit is not None
    return {"caption": layout.caption.text, "credit": layout.caption.credit, "text": layout.body}


def readout(corpus_id: str) -> dict[str, Any]:
    lines = READOUTS.read_text(encoding="utf-8").splitlines()
    record: dict[str, Any] = next(r for r in map(json.loads, lines) if r["id"] == corpus_id)
    return record


# --- the region map -----------------------------------------------------------------------------


def test_the_map_has_the_categories_a_site_of_this_field_files_under(regions: Regions) -> None:
    for name in ("Iran", "Iraq", "Syria", "Lebanon", "Yemen", "Israel", "Palestine", "Gulf", "Turkey"):
        assert name in regions.names
    gulf = {code for code, name in regions.of_country.items() if name == "Gulf"}
    assert gulf == {"SAU", "ARE", "QAT", "BHR", "KWT", "OMN"}
    assert regions.of_country["USA"] == "North America"
    assert regions.of_country["PSE"] == "Palestine"


def test_every_country_of_the_kb_has_a_category(regions: Regions, kb: KnowledgeBase) -> None:
    countries = {actor.country for actor in kb.actors.values() if actor.country}
    assert sorted(countries - set(regions.of_country)) == []


@pytest.mark.parametrize(
    ("countries", "error"),
    [("[IRQ, IRQ]", "IRQ is in Iraq already"), ("[IQ]", "'IQ' is no ISO alpha-3 code")],
)
def test_a_repeated_or_malformed_code_is_refused(tmp_path: Path, countries: str, error: str) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text(f"- name: Iraq\n  countries: {countries}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        load_regions(path)


# --- the lead -----------------------------------------------------------------------------------


def test_the_seed_lead_is_its_first_paragraph() -> None:
    body = seed_fields()["text"]
    assert body[: lead_end(body)].endswith("state media reported Sunday.")


def test_a_readout_lead_is_two_sentences_and_an_initial_ends_none() -> None:
    text = clean_text(readout(ISRAEL_CALLS[3])["text"])
    lead = text[: lead_end(text)]
    assert lead.startswith("President Joseph R. Biden, Jr. spoke today")
    assert lead.endswith("with an aim to reduce tensions.")


def test_a_label_paragraph_before_the_prose_belongs_to_the_lead() -> None:
    lines = (BUNDLED / "treasury-press" / "treasury_news_me_sample.jsonl").read_text(encoding="utf-8")
    record = next(json.loads(line) for line in lines.splitlines() if '"treasury-po837"' in line)
    text = clean_text(record["text"])
    assert text.startswith("(Archived Content)")
    assert text[: lead_end(text)].endswith("Foreign Terrorist Organizations, including Hamas.")


# --- weighting, on hand-built evidence ----------------------------------------------------------


def at(field: FieldName, start: int, country: str, *, acting: bool = False, voice: bool = False) -> Located:
    return Located(field, start, start + 4, country, "place", acting, voice)


def test_weight_falls_from_title_to_caption_to_lead_to_body() -> None:
    places: list[tuple[FieldName, int]] = [("title", 0), ("caption", 0), ("text", 10), ("text", 200)]
    weights = [salience(at(field, start, "IRQ"), 100) for field, start in places]
    assert weights == sorted(weights, reverse=True) and len(set(weights)) == 4


def test_a_title_mention_outweighs_two_in_the_body(regions: Regions) -> None:
    items = [at("title", 0, "IRQ"), at("text", 300, "IRN"), at("text", 400, "IRN")]
    categories = categorize(items, 100, regions)
    assert names(categories) == ["Iraq"]
    assert categories[0].score == pytest.approx(4 / (4 + 1 + 1 / 2))


def test_an_actor_that_acts_counts_twice_one_in_passing(regions: Regions) -> None:
    items = [at("text", 0, "IRQ", acting=True), at("text", 20, "IRN")]
    categories = categorize(items, 100, regions)
    assert [(c.name, round(c.score, 3)) for c in categories] == [("Iraq", 0.667), ("Iran", 0.333)]


def test_repeated_mentions_add_up_with_diminishing_returns(regions: Regions) -> None:
    items = [at("text", start, "IRN", acting=True) for start in (300, 400, 500)]
    (iran,) = categorize(items, 100, regions)
    assert [round(e.weight, 3) for e in iran.evidence] == [2.0, 1.0, 0.667]


def test_a_news_outlet_that_reports_and_a_credit_carry_no_weight(regions: Regions) -> None:
    items = [
        at("credit", 0, "IRN"),
        at("text", 0, "IRN", acting=True, voice=True),  # "IRNA reported"
        at("text", 30, "ISR"),
    ]
    (israel,) = categorize(items, 100, regions)
    assert (israel.name, israel.score) == ("Israel", 1.0)
    assert {e.country for e in israel.evidence} == {"ISR"}


def test_one_passing_mention_in_the_body_files_nothing(regions: Regions) -> None:
    assert categorize([at("text", 300, "IRN")], 100, regions) == []


def test_a_country_no_region_lists_takes_no_share(regions: Regions) -> None:
    (iraq,) = categorize([at("title", 0, "IRQ"), at("title", 10, "ZZZ")], 100, regions)
    assert iraq.score == 1.0


def test_the_publishers_own_country_is_its_voice(regions: Regions) -> None:
    """A readout: the President (home) acts in the title and the lead; Israel is named there."""
    items = [
        at("title", 0, "USA", acting=True),
        at("title", 40, "ISR"),
        at("text", 0, "USA", acting=True),
        at("text", 40, "ISR"),
    ]
    assert names(categorize(items, 100, regions, home="USA")) == ["Israel"]
    assert names(categorize(items, 100, regions)) == ["North America", "Israel"]


def test_a_release_about_its_own_country_is_filed_there(regions: Regions) -> None:
    items = [at("title", 0, "USA", acting=True), at("text", 0, "USA"), at("text", 300, "IRN")]
    assert names(categorize(items, 100, regions, home="USA")) == ["North America"]


# --- invariants ---------------------------------------------------------------------------------

COUNTRIES = ("IRN", "IRQ", "ISR", "PSE", "USA", "SAU", "QAT", "ZZZ")
LOCATED = st.builds(
    Located,
    field=st.sampled_from(["title", "caption", "credit", "text"]),
    start=st.integers(0, 500),
    end=st.just(0),
    country=st.sampled_from(COUNTRIES),
    kind=st.sampled_from(["person", "organization", "group", "place"]),
    acting=st.booleans(),
    voice=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(
    items=st.lists(LOCATED, max_size=30),
    lead=st.integers(0, 500),
    home=st.sampled_from([None, *COUNTRIES]),
    shuffled=st.randoms(use_true_random=False),
)
def test_scores_are_shares_sorted_and_deterministic(
    regions: Regions, items: list[Located], lead: int, home: str | None, shuffled: Any
) -> None:
    categories = categorize(items, lead, regions, home)
    scores = [c.score for c in categories]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert sum(scores) <= 1.0 + 1e-9
    assert scores == sorted(scores, reverse=True)
    assert len({c.name for c in categories}) == len(categories)
    reordered = list(items)
    shuffled.shuffle(reordered)
    assert categorize(reordered, lead, regions, home) == categories


# --- real text ----------------------------------------------------------------------------------


def test_credits_and_outlets_are_voices_and_a_subject_acts(finder: MentionFinder, kb: KnowledgeBase) -> None:
    fields = seed_fields()
    items = located(finder, kb, fields)
    voices = sorted(fields[i.field][i.start : i.end] for i in items if i.voice)
    assert voices == ["IRNA", "IRNA", "MEHR"]
    qaani = [i for i in items if fields[i.field][i.start : i.end] == "Ismail Qaani"]
    assert [(i.country, i.acting) for i in qaani] == [("IRN", True)]  # "Ismail Qaani talked to"


def test_the_seed_is_filed_under_iran_palestine_and_israel(
    finder: MentionFinder, kb: KnowledgeBase, regions: Regions
) -> None:
    """Baghdad (where Soleimani was killed) and the "US airstrike" are passing mentions."""
    assert names(filed(finder, kb, regions, seed_fields())) == ["Iran", "Palestine", "Israel"]


@pytest.mark.parametrize("corpus_id", ISRAEL_CALLS)
def test_a_readout_of_a_call_with_israel_is_filed_under_israel(
    finder: MentionFinder, kb: KnowledgeBase, regions: Regions, corpus_id: str
) -> None:
    record = readout(corpus_id)
    fields: dict[FieldName, str] = {"title": record["title"], "text": clean_text(record["text"])}
    home = publisher_country(kb, record["source"])
    assert home == "USA"
    categories = names(filed(finder, kb, regions, fields, home))
    assert categories[0] == "Israel"
    assert "North America" not in categories


def test_an_article_about_iraqi_militias_is_filed_under_iraq_not_iran(
    finder: MentionFinder, kb: KnowledgeBase, regions: Regions
) -> None:
    items = located(finder, kb, {"title": MILITIAS_TITLE, "text": MILITIAS_TEXT})
    assert [i.country for i in items].count("IRN") == 1
    assert names(categorize(items, lead_end(MILITIAS_TEXT), regions)) == ["Iraq"]


@pytest.mark.parametrize(
    ("publisher", "country"),
    [
        ("The White House", "USA"),
        ("The White House Briefing Room", "USA"),
        ("U.S. Department of the Treasury", "USA"),
        ("IRNA", None),  # a news outlet reports: no home
        ("Iran International", None),  # a place opening a name is no publisher
        ("Wikinews", None),
    ],
)
def test_the_publishers_country_comes_from_the_kb(
    kb: KnowledgeBase, publisher: str, country: str | None
) -> None:
    assert publisher_country(kb, publisher) == country
