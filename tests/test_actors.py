"""Actors end to end, on both back ends: extraction after ingest, `show` actors and roles, the
OFAC import (joins, idempotence, no weak names in text), resolution through the workspace's KB,
judgements (merge, split, alias, verdicts on links) and how they survive `reprocess`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from dabir.cli import cli
from dabir.errors import AmbiguousActorError
from dabir.settings import Settings
from dabir.types import Span
from dabir.workspace import Workspace, open_workspace
from tests.conftest import BUNDLED_SEED, shared_path

pytestmark = pytest.mark.extract

SEED_ACTORS = {
    "esmail-qaani": ["Esmail Qaani", "Ghaani", "Ismail Qaani", "Qaani", "Qaani"],
    "ismail-haniyeh": ["Ismail Haniyeh", "Haniyeh"],
    "ziyad-al-nakhalah": ["Ziyad al-Nakhalah", "al-Nakhalah"],
    "qasem-soleimani": ["Qasem Soleimani"],
    "ali-khamenei": ["Ali Khamenei"],
    "irgc": ["Revolutionary Guards"],
    "irgc-quds-force": ["IRGC Qods Force", "Revolutionary Guards Quds Force", "Quds (Jerusalem) Force"],
    "hamas": ["Hamas", "Hamas"],
    "irna": ["IRNA", "IRNA"],
    "mehr-news-agency": ["MEHR"],
    "israel": None,
    "gaza": ["Gaza", "Gaza"],
    "jerusalem": ["Jerusalem"],
    "baghdad": ["Baghdad"],
    "united-states": ["US"],
}


@pytest.fixture
def seeded(db_url: str, tmp_path: Path) -> Iterator[tuple[Workspace, str]]:
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    with open_workspace(settings=settings) as ws:
        summary = ws.ingest([str(BUNDLED_SEED)])
        assert summary.extraction is not None and summary.extraction["articles"] == 1
        yield ws, summary.new[0]


def mentions_by_actor(ws: Workspace, article_id: str) -> dict[str, list[str]]:
    return {a.actor.id: [m.text for m in a.mentions] for a in ws.article_actors(article_id)}


def test_the_seed_lists_every_actor_with_all_its_mentions(seeded: tuple[Workspace, str]) -> None:
    ws, article_id = seeded
    found = mentions_by_actor(ws, article_id)
    for actor, expected in SEED_ACTORS.items():
        assert actor in found, f"{actor} missing from {sorted(found)}"
        if expected is not None:
            assert found[actor] == expected
    # Iran acting ("Tehran supports", "the Islamic republic", "Iran's foreign policy") is its government.
    assert {"Tehran", "Islamic republic", "Iran"} <= set(found["iran-government"])
    article = ws.article(article_id)
    for item in ws.article_actors(article_id):
        for m in item.mentions:
            assert article.field_text(m.span.field)[m.span.start : m.span.end] == m.text
            assert m.component == "mentions.v1" and m.explanation and 0 < m.score <= 1
    assert not [t for ts in found.values() for t in ts if "Track Persia" in t or "About" in t]


def test_roles_come_with_evidence_and_no_guess(seeded: tuple[Workspace, str]) -> None:
    ws, article_id = seeded
    roles = {(r.actor_id, r.role, r.other_id, r.tense) for r in ws.article_roles(article_id)}
    assert ("ismail-haniyeh", "head of political bureau", "hamas", "current") in roles
    assert ("ali-khamenei", "supreme leader", "iran-government", "current") in roles
    assert ("qasem-soleimani", "leader", "irgc-quds-force", "former") in roles
    assert not [r for r in roles if r[0] == "ziyad-al-nakhalah"]  # "the extremist group" is not named
    article = ws.article(article_id)
    for role in ws.article_roles(article_id):
        assert role.evidence is not None and role.article_id == article.id and role.component == "roles.v1"


def test_show_json_lists_actors_with_spans(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DABIR_EXTRACT_WORKERS", "1")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(BUNDLED_SEED), "--db", db_url]).exit_code == 0
    [listed] = json.loads(runner.invoke(cli, ["articles", "--json", "--db", db_url]).output)
    shown = json.loads(runner.invoke(cli, ["show", listed["id"], "--json", "--db", db_url]).output)
    actors = {a["id"]: a for a in shown["actors"]}
    assert actors["esmail-qaani"]["name"] == "Esmail Qaani" and actors["esmail-qaani"]["kind"] == "person"
    first = actors["mehr-news-agency"]["mentions"][0]
    assert (first["field"], first["text"]) == ("credit", "MEHR")
    assert {"start", "end", "text", "field"} <= set(first)
    assert any(r["actor"]["id"] == "ismail-haniyeh" for r in shown["roles"])


def test_reextraction_gives_the_same_rows(seeded: tuple[Workspace, str]) -> None:
    ws, article_id = seeded
    before = mentions_by_actor(ws, article_id)
    summary = ws.reprocess()
    assert summary.articles == 1
    assert mentions_by_actor(ws, article_id) == before
    assert ws.extract().articles == 0  # nothing due any more


# --- judgements ------------------------------------------------------------------------------------


def test_merge_split_and_alias_hold_through_reprocess(seeded: tuple[Workspace, str], tmp_path: Path) -> None:
    ws, article_id = seeded
    note = tmp_path / "note.txt"
    note.write_text(
        "Commander Jafar Hosseinpour-Tabar met officials in Baghdad on Monday.\n", encoding="utf-8"
    )
    ws.ingest([str(note)])
    [seen] = [a for a in ws.knowledge.actors(origin="seen") if "Hosseinpour" in a.name]

    merge = ws.knowledge.merge("esmail-qaani", seen.id, "tester", "the same man under a nom de guerre")
    alias = ws.knowledge.add_alias("irgc-quds-force", "Jerusalem Force", "tester", "seen in a translation")
    split = ws.knowledge.split("mehr-news-agency", ["MEHR"], "tester", "test of the mechanism", "Mehr credit")
    ws.reprocess()
    found = mentions_by_actor(ws, article_id)
    assert "MEHR" not in found.get("mehr-news-agency", [])
    assert found[split.payload["new_actor"]["id"]] == ["MEHR"]
    note_id = ws.articles()[0].id if ws.articles()[0].id != article_id else ws.articles()[1].id
    assert "Jafar Hosseinpour-Tabar" in mentions_by_actor(ws, note_id)["esmail-qaani"]
    assert "Jerusalem Force" in {n.name for n in ws.knowledge.find("irgc-quds-force").names}

    for judgement in (merge, alias, split):
        ws.knowledge.undo(judgement.id, "tester")
    ws.reprocess()
    assert mentions_by_actor(ws, article_id)["mehr-news-agency"] == ["MEHR"]
    assert "esmail-qaani" not in mentions_by_actor(ws, note_id)
    assert "Jerusalem Force" not in {n.name for n in ws.knowledge.find("irgc-quds-force").names}
    states = {j.id: j.state for j in ws.knowledge.judgements()}
    assert [states[j.id] for j in (merge, alias, split)] == ["undone"] * 3


def test_a_verdict_on_a_link_reattaches_after_reprocess(
    seeded: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws, article_id = seeded
    article = ws.article(article_id)
    start = article.text.index("Tehran supports")
    span = Span("text", start, start + len("Tehran"))
    tehrans = mentions_by_actor(ws, article_id)["iran-government"].count("Tehran")
    judgement = ws.knowledge.review_link(
        article_id, article.revision, span, "rejected", None, "tester", "unclear"
    )
    assert judgement.state == "applied"
    assert mentions_by_actor(ws, article_id)["iran-government"].count("Tehran") == tehrans - 1
    ws.reprocess()
    assert mentions_by_actor(ws, article_id)["iran-government"].count("Tehran") == tehrans - 1  # by key
    assert ws.knowledge.review_queue() == []


def test_a_verdict_whose_fact_is_gone_waits_for_review(db_url: str, tmp_path: Path) -> None:
    """A new revision of the article: the verdict's key names the old revision, so it waits in
    the review queue; it is never silently dropped nor applied to another span."""
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    text = "Ismail Haniyeh, head of Hamas' political bureau, met officials in Doha on Monday."
    feed = tmp_path / "items.jsonl"
    feed.write_text(
        json.dumps({"id": "item-1", "title": "Talks in Doha", "text": text}) + "\n", encoding="utf-8"
    )
    with open_workspace(settings=settings) as ws:
        [article_id] = ws.ingest([str(feed)]).new
        span = Span("text", 0, len("Ismail Haniyeh"))
        judgement = ws.knowledge.review_link(article_id, 1, span, "confirmed", None, "tester", "checked")
        ws.reprocess()
        assert ws.knowledge.review_queue() == []
        revised = "Updated: " + text
        feed.write_text(
            json.dumps({"id": "item-1", "title": "Talks in Doha", "text": revised}) + "\n", encoding="utf-8"
        )
        assert ws.ingest([str(feed)]).revised == [article_id]
        assert [j.id for j in ws.knowledge.review_queue()] == [judgement.id]
        links = {m.span: m for m in ws.store.actors.article_mentions(article_id)}
        moved = Span("text", len("Updated: "), len("Updated: Ismail Haniyeh"))
        assert links[moved].actor_id == "ismail-haniyeh" and links[moved].link_review_state == "unreviewed"


# --- OFAC ------------------------------------------------------------------------------------------


@pytest.fixture
def with_ofac(seeded: tuple[Workspace, str]) -> tuple[Workspace, str]:
    ws, article_id = seeded
    first = ws.knowledge.import_list("ofac", shared_path("kb-sources", "ofac-sdn"))
    assert first.actors_added > 5000 and first.joined >= 50
    assert first.left_out == {"vessel": 420, "aircraft": 280}
    return ws, article_id


def test_ofac_import_joins_resolves_and_is_idempotent(with_ofac: tuple[Workspace, str]) -> None:
    ws, _ = with_ofac
    counts = ws.store.actors.counts()
    again = ws.knowledge.import_list("ofac", shared_path("kb-sources", "ofac-sdn"))
    assert (
        again.actors_added,
        again.names_added,
        again.designations_added,
        again.relations_added,
        again.proposals_added,
    ) == (0, 0, 0, 0, 0)
    assert ws.store.actors.counts() == counts

    def resolved(name: str) -> str | None:
        found = ws.resolve(name)
        return found.actor.id if found.actor else None

    qaani = {resolved(n) for n in ("Ismail Ghaani", "Esma'il Qa'ani", "Ismail Qaani", "Esmail Ghaani")}
    assert qaani == {"esmail-qaani"}
    assert ws.knowledge.find("esmail-qaani").external["ofac"] == 13107
    for other in ("Ismail Haniyeh", "Ashraf Ghani", "Mojtaba Khamenei"):
        assert resolved(other) not in ("esmail-qaani", "ali-khamenei")
    assert resolved("Ruhollah Khomeini") != "ali-khamenei"
    assert len({resolved(n) for n in ("Qasem Soleimani", "Ghasem Soleimani", "Qassem Suleimani")}) == 1
    assert resolved("Qasem Soleimani") is not None
    designations = ws.knowledge.entity("esmail-qaani").designations
    assert designations and all(d.authority == "OFAC" for d in designations)


def test_ambiguous_names_list_their_candidates(with_ofac: tuple[Workspace, str]) -> None:
    ws, _ = with_ofac
    with pytest.raises(AmbiguousActorError) as raised:
        ws.knowledge.find("Soleimani")
    assert "qasem-soleimani" in str(raised.value) and "ofac-" in str(raised.value)


def test_imported_names_never_become_mentions(with_ofac: tuple[Workspace, str], tmp_path: Path) -> None:
    ws, _ = with_ofac
    weak = [n.name for a in ws.knowledge.actors(origin="ofac") for n in a.names if n.origin == "weak"]
    assert weak  # one-word imported aliases exist, kept for display
    text = tmp_path / "tankers.txt"
    text.write_text(
        "The tankers SNOW and HORSE left port. Snow fell on Tehran, where the HORSE racing club met. "
        + " ".join(weak[:30])
        + ".\n",
        encoding="utf-8",
    )
    summary = ws.ingest([str(text)])
    mentions = ws.store.actors.article_mentions(summary.new[0])
    assert not [m for m in mentions if m.text in ("SNOW", "HORSE")]
    assert not [
        m for m in mentions if m.actor_id and m.actor_id.startswith("ofac-") and m.origin == "gazetteer"
    ]


def test_entity_and_kb_commands(with_ofac: tuple[Workspace, str], db_url: str) -> None:
    runner = CliRunner()
    entity = json.loads(runner.invoke(cli, ["entity", "Ismail Qaani", "--json", "--db", db_url]).output)
    assert entity["actor"]["id"] == "esmail-qaani" and entity["mention_count"] == 5
    assert {"Ghaani", "Qaani"} <= {s["text"] for s in entity["aliases"]["seen"]}
    assert any(a["role"] == "commander" for a in entity["affiliations"])
    assert len(entity["articles"]) == 1
    actors = json.loads(
        runner.invoke(cli, ["kb", "actors", "--json", "--kind", "person", "--db", db_url]).output
    )
    assert isinstance(actors, list) and all(a["kind"] == "person" for a in actors)
    ambiguous = runner.invoke(cli, ["entity", "Soleimani", "--db", db_url])
    assert ambiguous.exit_code == 2 and "qasem-soleimani" in ambiguous.output


# --- FtM, languages, size ----------------------------------------------------------------------


def test_ftm_import_joins_by_ofac_id_and_adds_the_rest(seeded: tuple[Workspace, str], tmp_path: Path) -> None:
    ws, _ = seeded
    lines = [
        {"id": "ofac-13107", "schema": "Person", "properties": {"name": ["Esmail Ghaani"], "weakAlias": ["Haj"]}},
        {"id": "NK-abc", "schema": "Person", "properties": {"name": ["Hamid Rezaei Tabar"], "nationality": ["ir"]}},
        {"id": "NK-org", "schema": "Organization", "properties": {"name": ["Tabar Trading Company"]}},
        {"id": "m1", "schema": "Membership", "properties": {"member": ["NK-abc"], "organization": ["NK-org"]}},
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["NK-abc"], "authority": ["Example Authority"],
                                                         "program": ["EX-1"], "startDate": ["2021-03-04"]}},
    ]  # fmt: skip
    path = tmp_path / "entities.ftm.json"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n", encoding="utf-8")
    summary = ws.knowledge.import_list("ftm", path)
    assert (summary.actors_added, summary.joined) == (2, 1)
    assert summary.rejected_lines and "entities.ftm.json:6" in summary.rejected_lines[0]
    assert ws.knowledge.import_list("ftm", path).actors_added == 0
    added = ws.knowledge.find("Hamid Rezaei Tabar")
    assert added.origin == "ftm" and not added.reviewed
    view = ws.knowledge.entity(added.id)
    assert [(d.authority, d.program, d.listed) for d in view.designations] == [
        ("Example Authority", "EX-1", "2021-03-04")
    ]
    assert ("Hamid Rezaei Tabar", "member", "Tabar Trading Company") in {
        (view.names[a.actor_id], a.role, view.names[a.other_id]) for a in view.affiliations
    }
    assert "Haj" in {n.name for n in ws.knowledge.find("esmail-qaani").names if n.origin == "weak"}


def test_other_languages_and_oversized_texts_are_skipped_with_the_reason(db_url: str, tmp_path: Path) -> None:
    persian = tmp_path / "fa.txt"
    persian.write_text(
        "سردار اسماعیل قاآنی فرمانده نیروی قدس سپاه پاسداران انقلاب اسلامی است.\n", encoding="utf-8"
    )
    long_text = tmp_path / "long.txt"
    long_text.write_text("Ismail Haniyeh met officials in Doha. " * 40 + "\n", encoding="utf-8")
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    with open_workspace(settings=settings) as ws:
        summary = ws.ingest([str(persian)])
        assert summary.extraction is not None and summary.extraction["articles"] == 0
    with open_workspace(settings=replace(settings, extract=False)) as ws:
        ws.ingest([str(long_text)])  # stored under the default cap …
    small_cap = replace(settings, max_text_bytes=1000)
    with open_workspace(settings=small_cap) as ws:
        done = ws.extract()  # … and read by extraction under a smaller one
        assert done.skipped == 1 and "over the cap" in done.notes[0]


def test_judgement_commands_record_who_and_why_and_undo(seeded: tuple[Workspace, str], db_url: str) -> None:
    _, article_id = seeded
    runner = CliRunner()

    def dabir(*args: str) -> str:
        result = runner.invoke(cli, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
        return result.output

    dabir("kb", "alias", "add", "irgc-quds-force", "Sepah Quds", "--who", "tester", "--why", "a Persian name")
    [judgement] = json.loads(dabir("kb", "judgements", "--json"))
    assert (judgement["kind"], judgement["who"], judgement["why"], judgement["state"]) == (
        "alias", "tester", "a Persian name", "applied",
    )  # fmt: skip
    dabir("kb", "undo", judgement["id"][:8], "--who", "reviewer")
    [undone] = json.loads(dabir("kb", "judgements", "--json"))
    assert (undone["state"], undone["undone_by"]) == ("undone", "reviewer")

    shown = json.loads(dabir("show", article_id, "--json"))
    [haniyeh] = [a for a in shown["actors"] if a["id"] == "ismail-haniyeh"]
    first = haniyeh["mentions"][0]
    verdict = json.loads(
        dabir("review", article_id, "--field", first["field"], "--start", str(first["start"]),
              "--end", str(first["end"]), "--confirm", "--json", "--who", "tester")
    )  # fmt: skip
    assert verdict["payload"]["verdict"] == "confirmed" and verdict["fact_key"].endswith(":link")
    assert json.loads(dabir("review", "--queue", "--json")) == []
    resolved = json.loads(dabir("resolve", "Ismail Qaani", "--json"))
    assert resolved["actor"]["id"] == "esmail-qaani"
