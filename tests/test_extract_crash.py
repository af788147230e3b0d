"""Extraction killed in the middle: the rerun ends with the same mentions, links and roles as
an uninterrupted run, on both back ends; at the kill, every article is extracted whole or not
at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from dabir.settings import Settings
from dabir.store import database_url
from dabir.workspace import open_workspace
from tests.conftest import BUNDLED
from tests.test_crash import PAUSE, more_databases, sigkill, wait_until

pytestmark = pytest.mark.extract

INPUTS = [str(BUNDLED / "seed"), str(BUNDLED / "wikinews-saliency")]
ENV = {**os.environ, "DABIR_FETCH_LINKED_PAGES": "0", "DABIR_EXTRACT": "1", "DABIR_EXTRACT_WORKERS": "1"}
TIMEOUT = 300.0

Row = tuple[object, ...]


def snapshot(db: str) -> tuple[list[Row], list[Row], list[Row], list[Row], list[Row]]:
    engine = sa.create_engine(database_url(db))
    try:
        with engine.connect() as conn:
            mentions = conn.exec_driver_sql(
                'SELECT m.article_id, m.field, m.start, m."end", m.text, m.kind, l.actor_id, l.score '
                "FROM mentions m LEFT JOIN links l ON l.mention_id = m.id "
                'ORDER BY m.article_id, m.field, m.start, m."end"'
            ).all()
            roles = conn.exec_driver_sql(
                "SELECT actor_id, other_id, role, article_id, span_start FROM affiliations "
                "WHERE origin = 'text' ORDER BY article_id, span_start, actor_id, role"
            ).all()
            extracted = conn.exec_driver_sql("SELECT article_id FROM extractions ORDER BY article_id").all()
            with_mentions = conn.exec_driver_sql(
                "SELECT DISTINCT article_id FROM mentions ORDER BY article_id"
            ).all()
            facts = conn.exec_driver_sql(
                "SELECT f.id, f.kind, f.code, f.event_id, a.actor_id FROM facts f "
                "LEFT JOIN fact_actors a ON a.fact_id = f.id ORDER BY f.id, a.role, a.position"
            ).all()
    finally:
        engine.dispose()
    return (
        [tuple(r) for r in mentions],
        [tuple(r) for r in roles],
        [tuple(r) for r in extracted],
        [tuple(r) for r in with_mentions],
        [tuple(r) for r in facts],
    )


def run(arguments: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "dabir.cli", *arguments]
    return subprocess.run(
        command, env={**ENV, **env}, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def test_a_killed_extraction_reruns_to_the_same_rows(db_url: str, tmp_path: Path) -> None:
    with more_databases(db_url, tmp_path, ["whole", "killed"]) as dbs:
        settings = Settings(db=dbs["whole"], fetch_linked_pages=False, extract=True, extract_workers=1)
        with open_workspace(settings=settings) as ws:
            ws.ingest(INPUTS)
        reference = snapshot(dbs["whole"])
        assert len(reference[2]) > 40 and len(reference[0]) > 500

        stored = run(["ingest", *INPUTS, "--db", dbs["killed"]], tmp_path, DABIR_EXTRACT="0")
        assert stored.returncode == 0, stored.stderr  # articles stored, extraction killed below
        marker = tmp_path / "paused"
        command = [sys.executable, "-c", PAUSE, str(marker), "INSERT INTO extractions", "5"]
        command += ["extract", "--db", dbs["killed"]]
        with (tmp_path / "killed-run.stderr").open("ab") as errors:
            process = subprocess.Popen(
                command, env=ENV, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=errors
            )
            try:
                wait_until(marker.exists, process, "the fifth extraction write", tmp_path)
                sigkill(process)
            finally:
                if process.poll() is None:
                    process.kill()
                process.wait()
        at_kill = snapshot(dbs["killed"])
        assert 0 < len(at_kill[2]) < len(reference[2])
        assert set(at_kill[3]) <= set(at_kill[2])  # no article has mentions without its extraction row

        rerun = run(["extract", "--db", dbs["killed"]], tmp_path)
        assert rerun.returncode == 0, rerun.stderr
        assert snapshot(dbs["killed"]) == reference
        check = run(["check", "--db", dbs["killed"]], tmp_path)
        assert check.returncode == 0, check.stderr
