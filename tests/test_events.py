"""Events, dates and their store on the founding sample (issue 4's acceptance on the seed), on
both back ends: who did what to whom, when and where, with counts, reporter and evidence; the
parse traps of NLP-NOTES §2; reports of one event merged, different events kept apart."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from dabir.cli import cli
from dabir.settings import Settings
from dabir.workspace import open_workspace
from tests.conftest import BUNDLED_SEED

pytestmark = pytest.mark.extract


Seeded = tuple[str, dict[str, Any]]


@pytest.fixture
def seeded(db_url: str) -> Iterator[Seeded]:
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    with open_workspace(settings=settings) as ws:
        summary = ws.ingest([str(BUNDLED_SEED)])
        yield summary.new[0], ws.article_facts(summary.new[0])


def ids(actors: list[dict[str, str]]) -> set[str]:
    return {a["id"] for a in actors}


def events_with(facts: dict[str, Any], root: str) -> list[dict[str, Any]]:
    return [e for e in facts["events"] if e["root"] == root]


def test_the_calls_are_consultations_by_qaani_dated_by_their_report(seeded: Seeded) -> None:
    _, facts = seeded
    calls = [e for e in events_with(facts, "04") if "esmail-qaani" in ids(e["source"])]
    targets = set().union(*(ids(e["target"]) for e in calls))
    assert {"ismail-haniyeh", "ziyad-al-nakhalah"} <= targets
    assert all(e["code"] == "041" and e["plover"] == "CONSULT" for e in calls)
    assert all(e["date"]["value"] == "2021-05-16" for e in calls)  # "state media reported Sunday"
    talked = next(e for e in calls if len(ids(e["target"])) == 2)  # coordinated addressees both kept
    assert talked["reported_by"]["id"] == "irna"
    assert talked["evidence"]["text"].startswith("Brigadier General Ismail Qaani talked to")


def test_qaani_not_iran_condemned_israel(seeded: Seeded) -> None:
    _, facts = seeded
    criticisms = events_with(facts, "11")
    condemned = next(e for e in criticisms if e["trigger"]["text"] == "condemned")
    assert ids(condemned["source"]) == {"esmail-qaani"}
    assert ids(condemned["target"]) == {"israel-government"}  # a state acted upon is its government
    assert condemned["reported_by"]["id"] == "irna"


def test_he_praised_is_qaani(seeded: Seeded) -> None:
    _, facts = seeded
    praise = [e for e in events_with(facts, "05") if e["trigger"]["text"] == "praised"]
    assert [ids(e["source"]) for e in praise] == [{"esmail-qaani"}]
    assert [ids(e["target"]) for e in praise] == [{"palestinians"}]  # "the people of Palestine"


def test_the_fighting_is_between_both_parties_with_its_counts(seeded: Seeded) -> None:
    _, facts = seeded
    fighting = next(e for e in events_with(facts, "19") if e["trigger"]["text"] == "fighting")
    assert {"hamas"} < ids(fighting["source"])  # not Hamas alone
    assert fighting["date"]["value"] == "2021-05-10/.." and fighting["date"]["end"] is None
    counts = {(c["kind"], c["n"], c["place"]) for c in fighting["counts"]}
    assert counts == {("killed", 181, "Gaza"), ("killed", 10, "Israel")}
    assert not fighting["background"]


def test_the_airstrike_on_soleimani_is_background(seeded: Seeded) -> None:
    _, facts = seeded
    strike = next(e for e in events_with(facts, "19") if e["trigger"]["text"] == "airstrike")
    assert ids(strike["source"]) == {"us-government"} and ids(strike["target"]) == {"qasem-soleimani"}
    assert strike["date"]["value"] == "2020-01" and strike["date"]["precision"] == "month"
    assert strike["location"]["name"] == "Baghdad"
    assert abs(strike["location"]["lat"] - 33.34) < 0.1 and abs(strike["location"]["lon"] - 44.40) < 0.1
    assert strike["background"] is True


def test_khamenei_criticized_israel_this_month(seeded: Seeded) -> None:
    _, facts = seeded
    called = next(e for e in events_with(facts, "11") if "ali-khamenei" in ids(e["source"]))
    assert ids(called["target"]) == {"israel-government"}
    assert called["date"]["value"] == "2021-05"


def test_the_seed_dates(seeded: Seeded) -> None:
    _, facts = seeded
    values = {d["surface"]: d["value"] for d in facts["dates"]}
    assert values["Sunday"] == "2021-05-16"
    assert values["since Monday"] == "2021-05-10/.."
    assert values["January last year"] == "2020-01"
    assert values["this month"] == "2021-05"
    assert values["since 2014"] == "2014/.."
    assert values["since the 1979"] == "1979/.."
    # "since 2014" is a comparison window ("the heaviest fighting since 2014"), no event's date
    assert all(not e["date"]["value"].startswith("2014") for e in facts["events"])


def test_every_event_keeps_its_evidence(seeded: Seeded) -> None:
    _, facts = seeded
    for event in facts["events"]:
        assert event["component"] == "events.v1" and 0 < event["confidence"] <= 1
        assert event["review_state"] == "unreviewed"
        assert event["trigger"]["text"] in event["evidence"]["text"]
        assert event["mentions"] >= 1 and event["event"]


def test_show_json_has_the_facts(seeded: Seeded, db_url: str) -> None:
    article_id, _ = seeded
    result = CliRunner().invoke(cli, ["show", article_id, "--json", "--db", db_url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"dates", "quotes", "events", "categories", "extraction_errors"} <= data.keys()
    event = data["events"][0]
    assert {
        "code",
        "root",
        "plover",
        "label",
        "source",
        "target",
        "date",
        "location",
        "counts",
    } <= event.keys()
    assert {
        "reported_by",
        "modality",
        "negated",
        "background",
        "evidence",
        "confidence",
        "mentions",
    } <= event.keys()


def test_the_seed_is_filed_under_iran_israel_and_palestine(seeded: Seeded) -> None:
    _, facts = seeded
    assert {"Iran", "Israel", "Palestine"} <= {c["name"] for c in facts["categories"]}


def test_the_seed_quotes_with_speaker_addressee_and_reporter(seeded: Seeded) -> None:
    _, facts = seeded
    direct = {q["text"].strip('“”",. '): q for q in facts["quotes"] if q["direct"]}
    assert direct["crimes"]["scare"] and direct["crimes"]["speaker"] is None
    stands = direct["stands alongside the nation of Palestine"]
    assert stands["speaker"]["id"] == "esmail-qaani" and ids(stands["addressees"]) == {"ismail-haniyeh"}
    assert stands["reported_by"]["id"] == "irna"
    laws = direct["against all international laws and conventions"]
    assert laws["speaker"]["id"] == "esmail-qaani" and laws["reported_by"]["id"] == "irna"
    right = next(q for text, q in direct.items() if text.startswith("the Palestinians"))
    assert ids(right["addressees"]) == {"ziyad-al-nakhalah"}
    praised = next(q for text, q in direct.items() if text.startswith("praised"))
    assert praised["speaker"]["id"] == "esmail-qaani" and praised["speaker_text"] == "He"
    khamenei = [q for q in direct.values() if q["speaker"] and q["speaker"]["id"] == "ali-khamenei"]
    assert len(khamenei) == 2
    assert all(q["date"]["value"] == "2021-05-16" for q in facts["quotes"])  # dated by their report


def test_an_analyst_s_verdicts_on_events_and_quotes_hold_through_reprocessing(db_url: str) -> None:
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    runner = CliRunner()
    with open_workspace(settings=settings) as ws:
        article = ws.ingest([str(BUNDLED_SEED)]).new[0]
        airstrike = next(e for e in ws.events(actor="us-government") if e["trigger"]["text"] == "airstrike")
        quote = next(q for q in ws.quotes(speaker="esmail-qaani") if q["direct"])
        rejected = runner.invoke(
            cli, ["verdict", airstrike["id"][:12], "--reject", "--db", db_url, "--why", "t"]
        )
        assert rejected.exit_code == 0, rejected.output
        judgement = rejected.output.split("judgement ")[-1].strip(" )\n")
        confirmed = runner.invoke(cli, ["verdict", quote["id"], "--confirm", "--db", db_url])
        assert confirmed.exit_code == 0, confirmed.output
        assert airstrike["id"] not in {e["id"] for e in ws.events(actor="us-government")}
        ws.reprocess()  # extraction again: the verdicts are keyed by the facts' ids and hold
        facts = ws.article_facts(article)
        states = {f["id"]: f["review_state"] for f in facts["events"] + facts["quotes"]}
        assert states[airstrike["id"]] == "rejected" and states[quote["id"]] == "confirmed"
        assert airstrike["id"] not in {e["id"] for e in ws.events(actor="us-government")}
        undone = runner.invoke(cli, ["kb", "undo", judgement, "--db", db_url])
        assert undone.exit_code == 0, undone.output
        assert airstrike["id"] in {e["id"] for e in ws.events(actor="us-government")}
        missing = runner.invoke(cli, ["verdict", "zzzz", "--confirm", "--db", db_url])
        assert missing.exit_code == 3 and "no fact" in missing.output


def test_an_analyst_s_correction_of_an_event_holds_through_reprocessing(db_url: str) -> None:
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    runner = CliRunner()
    with open_workspace(settings=settings) as ws:
        ws.ingest([str(BUNDLED_SEED)])
        condemned = next(e for e in ws.events(actor="esmail-qaani") if e["code"] == "111")
        command = ["correct", condemned["id"][:12], "--code", "112", "--target", "Israel Defense Forces"]
        corrected = runner.invoke(cli, [*command, "--db", db_url, "--why", "an accusation"])
        assert corrected.exit_code == 0, corrected.output
        assert "111" in corrected.output and "112" in corrected.output
        judgement = corrected.output.split("judgement ")[-1].strip(" )\n")

        def report() -> dict[str, Any]:
            return next(e for e in ws.events(actor="esmail-qaani") if e["id"] == condemned["id"])

        now = report()
        assert (now["code"], now["root"], now["review_state"]) == ("112", "11", "corrected")
        assert [t["id"] for t in now["target"]] == ["israel-defense-forces"]
        assert now["label"] != condemned["label"] and now["source"] == condemned["source"]
        ws.reprocess()  # extraction again: the correction is keyed by the report's id and holds
        assert (report()["code"], report()["review_state"]) == ("112", "corrected")
        undone = runner.invoke(cli, ["kb", "undo", judgement, "--db", db_url])
        assert undone.exit_code == 0, undone.output
        back = report()
        assert (back["code"], back["target"], back["review_state"]) == (
            "111",
            condemned["target"],
            "unreviewed",
        )
        quote = ws.quotes(speaker="esmail-qaani")[0]
        not_an_event = runner.invoke(cli, ["correct", quote["id"], "--code", "112", "--db", db_url])
        assert not_an_event.exit_code == 2 and "not an event report" in not_an_event.output
        unknown = runner.invoke(cli, ["correct", condemned["id"], "--code", "999", "--db", db_url])
        assert unknown.exit_code == 2 and "no CAMEO code" in unknown.output
