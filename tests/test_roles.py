"""Role statements (``roles.v1``) on the founding sample and on sentences written for these tests:
appositions, possessives, copulas and "formerly led by", never a guessed organization."""

from __future__ import annotations

from typing import Any

import pytest

from dabir.extract.mentions import MentionFinder
from dabir.extract.nlp import load_english
from dabir.extract.normalize import parser_text
from dabir.extract.roles import RoleFact, find_roles
from dabir.ingest.layout import parse_layout, split_paragraphs
from dabir.resolve.kb import load_kb
from dabir.types import FieldName
from tests.conftest import BUNDLED_SEED

Row = tuple[str, str, str, str]  # holder, role, organization, tense
Seed = tuple[dict[FieldName, str], list[RoleFact]]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_english()


@pytest.fixture(scope="module")
def finder(nlp: Any) -> MentionFinder:
    return MentionFinder(nlp, load_kb())


def roles_of(nlp: Any, finder: MentionFinder, fields: dict[FieldName, str]) -> list[RoleFact]:
    """find_roles per paragraph of every field, as the pipeline will call it."""
    mentions = finder.find(fields)
    facts: list[RoleFact] = []
    for name, text in fields.items():
        for paragraph in split_paragraphs(text):
            doc = nlp(parser_text(text[paragraph.start : paragraph.end]))
            inside = [
                m
                for m in mentions
                if m.span.field == name and paragraph.start <= m.span.start and m.span.end <= paragraph.end
            ]
            facts.extend(find_roles(doc, name, paragraph.start, inside))
    return facts


def rows(facts: list[RoleFact]) -> list[Row]:
    return [(f.holder.text, f.role, f.organization.text, f.tense) for f in facts]


@pytest.fixture(scope="module")
def seed(nlp: Any, finder: MentionFinder) -> Seed:
    layout = parse_layout(BUNDLED_SEED.read_text(encoding="utf-8"))
    assert layout.caption is not None
    fields: dict[FieldName, str] = {"caption": layout.caption.text, "text": layout.body}
    return fields, roles_of(nlp, finder, fields)


def evidence_text(fields: dict[FieldName, str], fact: RoleFact) -> str:
    return fields[fact.evidence.field][fact.evidence.start : fact.evidence.end]


def test_the_seed_gives_exactly_its_role_statements(seed: Seed) -> None:
    _, facts = seed
    assert rows(facts) == [
        ("Esmail Qaani", "commander", "IRGC Qods Force", "current"),
        ("Ismail Haniyeh", "head of political bureau", "Hamas", "current"),
        ("Quds (Jerusalem) Force", "foreign operations arm", "Revolutionary Guards", "current"),
        ("Qasem Soleimani", "leader", "Quds (Jerusalem) Force", "former"),
        ("Ali Khamenei", "supreme leader", "Iran", "current"),
    ]


@pytest.mark.parametrize(
    ("holder", "field", "evidence"),
    [
        ("Esmail Qaani", "caption", "Esmail Qaani (Ghaani), IRGC Qods Force commander"),
        ("Ismail Haniyeh", "text", "head of Hamas’ political bureau, Ismail Haniyeh"),
        ("Ali Khamenei", "text", "Iran’s supreme leader Ali Khamenei"),
        (
            "Qasem Soleimani",
            "text",
            "Quds (Jerusalem) Force is the foreign operations arm of the elite Revolutionary Guards, "
            "formerly led by Qasem Soleimani",
        ),
        (
            "Quds (Jerusalem) Force",
            "text",
            "Quds (Jerusalem) Force is the foreign operations arm of the elite Revolutionary Guards",
        ),
    ],
)
def test_evidence_is_the_smallest_span_in_the_right_field(
    seed: Seed, holder: str, field: str, evidence: str
) -> None:
    fields, facts = seed
    [fact] = [f for f in facts if f.holder.text == holder]
    assert fact.evidence.field == field
    assert evidence_text(fields, fact) == evidence


def test_spans_point_at_their_text(seed: Seed) -> None:
    fields, facts = seed
    for fact in facts:
        for mention in (fact.holder, fact.organization):
            assert fields[mention.span.field][mention.span.start : mention.span.end] == mention.text
            assert fact.evidence.start <= mention.span.start and mention.span.end <= fact.evidence.end


def test_an_unnamed_organization_is_never_guessed(seed: Seed) -> None:
    # "the secretary-general of the extremist group, Ziyad al-Nakhalah": Hamas is named earlier in
    # the sentence, but the role phrase itself names no organization.
    _, facts = seed
    assert not [f for f in facts if "Nakhalah" in f.holder.text]
    assert not [f for f in facts if f.role.startswith("secretary")]


def test_soleimani_led_the_quds_force(seed: Seed) -> None:
    _, facts = seed
    [fact] = [f for f in facts if f.holder.text == "Qasem Soleimani"]
    assert fact.organization.text == "Quds (Jerusalem) Force"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hassan Nasrallah, the secretary-general of Hezbollah, said the group would respond.",
            [("Hassan Nasrallah", "secretary-general", "Hezbollah", "current")],
        ),
        (
            "The former commander of the Badr Organization, Hadi al-Amiri, met officials in Baghdad.",
            [("Hadi al-Amiri", "commander", "Badr Organization", "former")],
        ),
        (
            "Hezbollah leader Hassan Nasrallah spoke on television.",
            [("Hassan Nasrallah", "leader", "Hezbollah", "current")],
        ),
        (
            "Quds Force commander Esmail Qaani visited Baghdad.",
            [("Esmail Qaani", "commander", "Quds Force", "current")],
        ),
        (  # two named organizations in the phrase: the one nearest the role noun
            "Iran's Revolutionary Guards Quds Force commander Esmail Qaani visited Baghdad.",
            [("Esmail Qaani", "commander", "Revolutionary Guards Quds Force", "current")],
        ),
        (
            "Esmail Qaani, the commander of the Quds Force of Iran, visited Baghdad.",
            [("Esmail Qaani", "commander", "Quds Force", "current")],
        ),
        (
            "The late Quds Force commander Qasem Soleimani was killed in Baghdad.",
            [("Qasem Soleimani", "commander", "Quds Force", "former")],
        ),
        (
            "The Quds Force, the foreign operations arm of the Revolutionary Guards, denied the report.",
            [("Quds Force", "foreign operations arm", "Revolutionary Guards", "current")],
        ),
        (
            "Hadi al-Amiri, an ex-commander of the Badr Organization, spoke.",
            [("Hadi al-Amiri", "commander", "Badr Organization", "former")],
        ),
        (
            "Hadi al-Amiri was the head of the Badr Organization.",
            [("Hadi al-Amiri", "head", "Badr Organization", "former")],
        ),
        (
            "The Badr Organization, led by Hadi al-Amiri, said it would not withdraw.",
            [("Hadi al-Amiri", "leader", "Badr Organization", "current")],
        ),
    ],
)
def test_written_sentences(nlp: Any, finder: MentionFinder, sentence: str, expected: list[Row]) -> None:
    assert rows(roles_of(nlp, finder, {"text": sentence})) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman of the ministry, Hassan Nasrallah, declined to comment.",  # no named org
        "Hassan Nasrallah, a resident of Beirut, spoke on television.",  # no role noun
        "Hadi al-Amiri met the head of the Badr Organization in Baghdad.",  # no holder named
        "Hezbollah's commander said the Badr Organization would not withdraw.",  # no holder named
    ],
)
def test_no_fact_without_a_named_holder_role_and_organization(
    nlp: Any, finder: MentionFinder, sentence: str
) -> None:
    assert roles_of(nlp, finder, {"text": sentence}) == []


def test_offsets_hold_in_a_later_paragraph(nlp: Any, finder: MentionFinder) -> None:
    text = (
        "Officials met in Baghdad on Sunday.\n\n"
        "Hassan Nasrallah, the secretary-general of Hezbollah, said the group would respond."
    )
    [fact] = roles_of(nlp, finder, {"text": text})
    assert (
        text[fact.evidence.start : fact.evidence.end]
        == "Hassan Nasrallah, the secretary-general of Hezbollah"
    )
