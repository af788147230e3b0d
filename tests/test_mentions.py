"""Mentions on the founding sample: the model's entities, corrected by the KB gazetteer,
surname propagation and aliases the text teaches (issue 3's list of the seed's actors)."""

from __future__ import annotations

from functools import cache

import pytest

from dabir.extract.mentions import Mention, MentionFinder, _spelled_out, initials, safe_for_gazetteer
from dabir.extract.nlp import load_english
from dabir.ingest.layout import parse_layout
from dabir.resolve.kb import load_kb
from dabir.resolve.link import link_mentions
from tests.conftest import BUNDLED_SEED


@cache
def seed_mentions() -> tuple[dict[str, str], list[Mention]]:
    layout = parse_layout(BUNDLED_SEED.read_text(encoding="utf-8"))
    assert layout.caption is not None
    fields = {"caption": layout.caption.text, "text": layout.body}
    return fields, MentionFinder(load_english(), load_kb()).find(fields)  # type: ignore[arg-type]


def surfaces(actor: str) -> list[str]:
    return [m.text for m in seed_mentions()[1] if m.actor == actor]


def test_every_span_points_at_its_text() -> None:
    fields, mentions = seed_mentions()
    for mention in mentions:
        assert fields[mention.span.field][mention.span.start : mention.span.end] == mention.text


def test_qaani_in_every_spelling_and_every_bare_surname() -> None:
    assert surfaces("esmail-qaani") == ["Esmail Qaani", "Ghaani", "Ismail Qaani", "Qaani", "Qaani"]
    origins = [m.origin for m in seed_mentions()[1] if m.actor == "esmail-qaani"]
    assert origins == ["gazetteer", "taught", "gazetteer", "propagated", "propagated"]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("ismail-haniyeh", ["Ismail Haniyeh", "Haniyeh"]),
        ("ziyad-al-nakhalah", ["Ziyad al-Nakhalah", "al-Nakhalah"]),
        ("qasem-soleimani", ["Qasem Soleimani"]),
        ("ali-khamenei", ["Ali Khamenei"]),
        ("irgc", ["Revolutionary Guards"]),
        ("irgc-quds-force", ["IRGC Qods Force", "Revolutionary Guards Quds Force", "Quds (Jerusalem) Force"]),
        ("hamas", ["Hamas", "Hamas"]),
        ("irna", ["IRNA", "IRNA"]),
        ("baghdad", ["Baghdad"]),
        ("gaza", ["Gaza", "Gaza"]),
        ("jerusalem", ["Jerusalem"]),
        ("iran-government", ["Tehran", "Tehran", "Islamic republic"]),  # metonymy, from KB aliases
    ],
)
def test_the_seed_actors_are_found(actor: str, expected: list[str]) -> None:
    assert surfaces(actor) == expected


def test_the_second_al_nakhalah_is_a_person() -> None:
    mentions = [m for m in seed_mentions()[1] if m.text == "al-Nakhalah"]
    assert [m.kind for m in mentions] == ["person"]


def test_nested_and_junk_names_are_not_mentions() -> None:
    _, mentions = seed_mentions()
    jerusalem = [m for m in mentions if m.text == "Jerusalem"]
    assert len(jerusalem) == 1  # the one inside "Quds (Jerusalem) Force" is not a place
    assert not [m for m in mentions if m.text == "supreme"]
    assert not [m for m in mentions if "Track Persia" in m.text]  # the footer is not in the text


def test_gazetteer_names_must_be_safe() -> None:
    assert safe_for_gazetteer("IRNA") and safe_for_gazetteer("Quds (Jerusalem) Force")
    assert not safe_for_gazetteer("the")  # a common word
    assert not safe_for_gazetteer("GHANI, Esmail")  # the OFAC listing form
    assert not safe_for_gazetteer("US")  # too short to trust in running text
    assert not safe_for_gazetteer("tehran")  # not capitalized


def test_titles_are_split_from_names_and_kept() -> None:
    _, mentions = seed_mentions()
    titled = {(m.text, m.title) for m in mentions if m.title}
    assert ("Esmail Qaani", "Brigadier-General") in titled
    assert ("Ismail Qaani", "Brigadier General") in titled
    assert all(not m.text.startswith(("Brigadier", "General")) for m in mentions)


def test_a_nationality_names_a_group_only_before_a_collective_noun() -> None:
    text = "Hundreds of Lebanese demonstrators marched while Israeli jets flew over Beirut."
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    groups = [(m.text, m.kind) for m in found if m.kind == "group"]
    assert groups == [("Lebanese demonstrators", "group")]
    assert not [m for m in found if m.text.startswith("Israeli")]


def test_what_a_place_noun_is_of_is_a_place() -> None:
    text = (
        "An air-strike hit a wedding party in Wahijah, a village near the Red Sea port city of "
        "Mocha in southern Yemen, making it the deadliest attack so far."
    )
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    (mocha,) = [m for m in found if m.text == "Mocha"]
    assert mocha.kind == "place"  # the model reads it as a person here
    text = "A bomb exploded in a north-eastern Druze district of Aley, injuring five people."
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    assert [m.kind for m in found if m.text == "Aley"] == ["place"]  # the model: an organization


def test_a_name_followed_by_a_comma_and_a_country_is_a_town_of_it() -> None:
    text = "Brent Neiman visited Buenos Aires, Argentina, and met Ahmed Ali, Iraq's envoy."
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    kinds = {m.text: m.kind for m in found}
    assert kinds["Buenos Aires"] == "place"  # the model reads it as a person here
    assert kinds["Ahmed Ali"] == "person"  # a possessive country after the comma: his office


def test_an_office_s_first_words_alone_are_no_organization() -> None:
    text = "Secretary Mnuchin, Prime Minister Netanyahu and National Security Advisor Ben-Shabbat met."
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    assert "National Security" not in [m.text for m in found]
    text = "Supreme Leader Ali Khamenei spoke on Friday. The Supreme leader warned the opposition."
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    assert "Supreme" not in [m.text for m in found]  # "leader" is an office noun


def test_a_short_acronym_opening_an_office_is_the_body_that_owns_it() -> None:
    text = "President Biden met virtually with G7 Leaders today. The Iraqi Minister of Finance spoke."
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    assert [m.text for m in found if m.kind == "organization"] == ["G7"]


def test_a_possessive_is_not_part_of_a_name() -> None:
    text = "Later, Phil Gordon’s aide met Rania Haddad's delegation in Amman."
    mentions = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    names = [m.text for m in mentions if m.kind == "person"]
    assert names and not any(n.endswith(("’s", "'s")) for n in names), names
    assert "Phil Gordon" in names
    assert all(text[m.span.start : m.span.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Financial Action Task Force", "FATF"),
        ("Office of Foreign Assets Control", "OFAC"),
        ("The Terrorist Financing Targeting Center", "TFTC"),
        ("Kurdistan Workers' Party", "KWP"),
        ("Ministry of defence", ""),  # a word in lower case: no acronym is made of it
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_an_acronym_is_the_organization_whose_initials_it_spells_before_or_after_it() -> None:
    text = (
        "IMCC warned on Tuesday that fines would rise. The statement is at www.example.org/a.html  "
        "The Independent Media Complaints Commission is an advisory body. IMCC said it would meet "
        "the Kurdistan Workers' Party, which the PKK leads."
    )
    kb = load_kb()
    mentions = MentionFinder(load_english(), kb).find({"text": text})  # type: ignore[dict-item]
    full = [m for m in mentions if m.text == "Independent Media Complaints Commission"]
    assert len(full) == 1, [(m.text, m.origin) for m in mentions]
    short = [m for m in mentions if m.text == "IMCC"]
    assert len(short) == 2 and all(m.refers_to == full[0].span for m in short)
    assert all(m.refers_to is None for m in mentions if m.text == "PKK")  # spells nothing here
    links = {link.mention.span: link.actor_id for link in link_mentions(kb, mentions)}
    assert {links[m.span] for m in [*full, *short]} == {links[full[0].span]}
    assert links[full[0].span] is not None


def test_an_acronym_s_full_name_ends_before_punctuation_and_hostile_text_is_read_once() -> None:
    found = _spelled_out(
        "IMCC", {"text": "Members of the Independent Media Complaints Commission's board."}, []
    )
    assert found is not None and found.text == "Independent Media Complaints Commission"
    hostile = {"text": "I" + "a" * 50_000 + ", " + "Ia. " * 20_000}  # once a catastrophic backtrack
    assert _spelled_out("IMCC", hostile, []) is None


def test_a_bare_name_spelled_out_only_later_is_that_person() -> None:
    text = (
        "Deputy Secretary Kimmitt travels to Japan this week. "
        "We commend Iraq, said Deputy Secretary Robert M. Kimmitt. "
        "Smith met Bush on Friday. George W. Bush and Jeb Bush spoke later."
    )
    kb = load_kb()
    links = link_mentions(kb, MentionFinder(load_english(), kb).find({"text": text}))  # type: ignore[arg-type]
    (full,) = [lk for lk in links if lk.mention.text == "Robert M. Kimmitt"]
    (bare,) = [lk for lk in links if lk.mention.text == "Kimmitt"]
    assert bare.mention.span.start < full.mention.span.start
    assert bare.actor_id == full.actor_id and bare.mention.origin == "propagated"
    # two people of the article share "Bush": the bare name is not linked to either by repetition
    assert all(lk.mention.origin != "propagated" for lk in links if lk.mention.text == "Bush")


def test_a_country_s_adjective_is_no_name_whatever_the_model_reads() -> None:
    """The model reads "Emirati" in "our Emirati partners" as an organization, and "Iranian" in
    "Iranian-backed militias" as a nationality noun; both are adjectives, as the mention gold has it."""
    text = (
        "We stand beside our Emirati partners.\n\n"
        "The Vice President condemned recent attacks by Iranian-backed militias across the region."
    )
    found = MentionFinder(load_english(), load_kb()).find({"text": text})  # type: ignore[dict-item]
    assert [m.text for m in found if m.text in ("Emirati", "Iranian")] == []


def test_a_given_name_the_kb_person_never_has_is_another_person() -> None:
    """ "Melania Trump" ends with the KB's "Trump" but is not Donald Trump; "Joseph R. Biden" is
    a name of the KB's Joe Biden and stays his."""
    text = "First Lady Melania Trump met Keith Siegel. Today, President Joseph R. Biden spoke with him."
    finder = MentionFinder(load_english(), load_kb())
    found = finder.find({"text": text})  # type: ignore[dict-item]
    people = {m.text: m.actor for m in found if m.kind == "person"}
    assert people["Melania Trump"] is None  # for the linker to weigh as a whole name
    assert "Trump" not in people
    assert [m.actor for m in found if m.text.endswith("Biden")] == ["joe-biden"]


def test_a_known_alias_inside_a_company_s_name_is_a_word_of_that_name() -> None:
    """ "Sepah" is an alias of the IRGC, but in "Bank Sepah" and "Bank Sepah International Plc" it
    is a word of the bank's name; "OFAC" stays OFAC when the model runs a name across it."""
    text = (
        "The Treasury today designated Bank Sepah, a state-owned Iranian bank. Bank Sepah International "
        "Plc, its subsidiary in London, was also designated. The IRGC, also known as Sepah, was not."
    )
    finder = MentionFinder(load_english(), load_kb())
    found = finder.find({"text": text})  # type: ignore[dict-item]
    by_text = {m.text: m.actor for m in found}
    assert by_text["Bank Sepah"] is None and by_text["Bank Sepah International Plc"] is None
    assert [m.text for m in found if m.actor == "irgc"] == ["IRGC", "Sepah"]
    heading = "TRUST LIFE INSURANCE COMPANY S.A.L. OFAC designated Trust Life Insurance Company S.A.L."
    assert "ofac" in {m.actor for m in finder.find({"text": heading})}  # type: ignore[dict-item]
