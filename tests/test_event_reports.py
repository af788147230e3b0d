"""One event, many reports, on real documents (issue 4): the White House's readout of Vice
President Harris's meeting with Prime Minister Netanyahu and her remarks after it, published the
same day, are two reports of one event; President Biden's meeting with Netanyahu that day is
another event between partly the same actors and stays apart. An analyst can take a report out
of its event (``dabir unmerge``), the split holds through re-extraction, and ``dabir kb undo``
merges it back. Both back ends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dabir.cli import cli
from dabir.settings import Settings
from dabir.workspace import Workspace, open_workspace
from tests.conftest import shared_path

pytestmark = pytest.mark.extract

DAY = "whitehouse-2024-07-25-"
PAIR = ("readout-of-vice-president-harriss-meeting", "remarks-by-vice-president-harris-following-meeting")
OTHER = "readout-of-president-joe-bidens-meeting"


def records(folder: Path) -> list[Path]:
    """The three documents of that day, each as a one-line JSON file of the corpus's own record."""
    source = shared_path("corpus", "whitehouse-briefing-room", "whitehouse_statements_me_sample.jsonl")
    wanted = (*PAIR, OTHER)
    paths = []
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"].startswith(DAY) and any(w in record["id"] for w in wanted):
            path = folder / f"{record['id'][:60]}.jsonl"
            path.write_text(line + "\n", encoding="utf-8")
            paths.append(path)
    assert len(paths) == 3
    return paths


@pytest.fixture
def ingested(db_url: str, tmp_path: Path) -> Iterator[Workspace]:
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    with open_workspace(settings=settings) as ws:
        ws.ingest([str(p) for p in records(tmp_path)])
        yield ws


def meetings_with(ws: Workspace, actor: str) -> list[dict[str, Any]]:
    return [e for e in ws.events(actor=actor, target="benjamin-netanyahu") if e["root"] == "04"]


def test_two_reports_of_one_meeting_are_one_event(ingested: Workspace) -> None:
    harris = meetings_with(ingested, "kamala-harris")
    events = {e["event"] for e in harris}
    assert len(events) == 1, harris
    assert len({e["article"] for e in harris}) == 2
    assert all(e["mentions"] >= 2 for e in harris)
    assert all("same root 04" in e["merged_because"] for e in harris)


def test_the_other_meeting_that_day_stays_apart(ingested: Workspace) -> None:
    harris = {e["event"] for e in meetings_with(ingested, "kamala-harris")}
    biden = {e["event"] for e in meetings_with(ingested, "joe-biden")}
    assert biden and not biden & harris


def test_an_analyst_unmerges_a_report_and_it_holds_through_reprocessing(
    ingested: Workspace, db_url: str
) -> None:
    before = meetings_with(ingested, "kamala-harris")
    report, reports = before[-1], before[-1]["mentions"]
    runner = CliRunner()
    out = runner.invoke(cli, ["unmerge", report["id"][:10], "--db", db_url, "--who", "ana", "--why", "test"])
    assert out.exit_code == 0, out.output
    judgement = out.output.split("judgement ")[-1].strip(" )\n")
    after = {e["id"]: e for e in meetings_with(ingested, "kamala-harris")}
    assert len({e["event"] for e in after.values()}) == 2
    assert after[report["id"]]["mentions"] == 1  # an event of its own
    assert {e["mentions"] for i, e in after.items() if i != report["id"]} == {reports - 1}
    ingested.reprocess()  # extraction again: the judgement is keyed by the report and holds
    assert len({e["event"] for e in meetings_with(ingested, "kamala-harris")}) == 2
    out = runner.invoke(cli, ["kb", "undo", judgement, "--db", db_url, "--who", "ana"])
    assert out.exit_code == 0, out.output
    merged = meetings_with(ingested, "kamala-harris")
    assert len({e["event"] for e in merged}) == 1 and {e["mentions"] for e in merged} == {reports}
    missing = runner.invoke(cli, ["unmerge", "ffffffffffff", "--db", db_url])
    assert missing.exit_code != 0 and "no event report" in missing.output


CROSS = {
    ("treasury-press", "treasury_news_me_sample.jsonl"): "treasury-jy1739",
    ("whitehouse-briefing-room", "whitehouse_statements_me_sample.jsonl"): (
        "whitehouse-2023-09-18-statement-from-president-joe-biden-on-the-return-of-american-detainees-from-iran"
    ),
}


def test_two_publishers_reporting_one_designation_give_one_event(db_url: str, tmp_path: Path) -> None:
    """The Treasury's release ("OFAC designated Mahmoud Ahmadinejad …") and the President's
    statement the same day ("we are sanctioning former President Mahmoud Ahmadinejad …"), worded
    differently: one sanctions event with two reports from two publishers. OFAC acts within the
    Treasury within the US government (the KB's part-of affiliations); "we" in a statement is its
    publisher's government."""
    paths = []
    for (folder, name), wanted in CROSS.items():
        for line in shared_path("corpus", folder, name).read_text(encoding="utf-8").splitlines():
            if json.loads(line)["id"] == wanted:
                path = tmp_path / f"{wanted[:40]}.jsonl"
                path.write_text(line + "\n", encoding="utf-8")
                paths.append(str(path))
    assert len(paths) == 2
    settings = Settings(db=db_url, fetch_linked_pages=False, extract=True, extract_workers=1)
    with open_workspace(settings=settings) as ws:
        ws.ingest(paths)
        sanctions = [e for e in ws.events(target="Mahmoud Ahmadinejad") if e["root"] == "16"]
        merged = [e for e in sanctions if e["independent_sources"] == 2]
        assert merged, [(e["code"], e["source"], e["target"], e["date"], e["article"]) for e in sanctions]
        assert len({e["article"] for e in merged}) == 2 and len({e["event"] for e in merged}) == 1
        assert "acting" in merged[0]["merged_because"] and "acted upon" in merged[0]["merged_because"]
