"""Crash safety: a ``dabir ingest`` killed with SIGKILL and run again loses and doubles nothing.

Every test here runs the real command in a subprocess and kills it with SIGKILL, on SQLite and
on PostgreSQL. A kill lands either where the test sees it (a committed-article count reached,
a time after start) or at an exact SQL statement: the child then runs under a small hook that
stops after the n-th matching statement *inside its open transaction* and waits to be killed.
After the kill the same ingest runs again to completion, and the database must be exactly what
an uninterrupted run makes: the same articles once each, the same story links, and no integrity
problems (``ws.integrity_problems()`` and ``dabir check``).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from dabir import open_workspace
from dabir.store import database_url
from dabir.types import ArticleFilter
from tests.conftest import BUNDLED, BUNDLED_SEED

pytestmark = pytest.mark.slow

ENV = {
    **os.environ,
    "DABIR_FETCH_LINKED_PAGES": "0",
    "DABIR_EXTRACT": "0",
}  # extraction: test_extract_crash.py
TIMEOUT = 120.0  # seconds for one subprocess; far more than any of them needs
KILLED_LOG = "killed-run.stderr"  # the stderr of the runs to be killed, in their directory

# Run as ``python -c PAUSE MARKER STATEMENT N dabir-arguments...``: the CLI, stopped right
# after the N-th SQL statement that starts with STATEMENT (inside that statement's transaction;
# nothing after it is committed). The MARKER file says it has stopped.
PAUSE = r"""
import sys, time
import sqlalchemy

marker, needle, nth = sys.argv[1], sys.argv[2].upper(), int(sys.argv[3])
seen = 0

def pause(conn, cursor, statement, parameters, context, executemany):
    global seen
    if " ".join(statement.split()).upper().startswith(needle):
        seen += 1
        if seen == nth:
            with open(marker, "w") as handle:
                handle.write("paused")
            time.sleep(600)

sqlalchemy.event.listen(sqlalchemy.engine.Engine, "after_cursor_execute", pause)
sys.argv = ["dabir", *sys.argv[4:]]
from dabir.cli import main
main()
"""


# --- subprocesses ------------------------------------------------------------------------------


def dabir(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "dabir.cli", *arguments]


def paused_dabir(marker: Path, statement: str, nth: int, *arguments: str) -> list[str]:
    return [sys.executable, "-c", PAUSE, str(marker), statement, str(nth), *arguments]


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=ENV, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


@contextmanager
def started(command: list[str], cwd: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A running subprocess that is killed and reaped however the block ends."""
    with (cwd / KILLED_LOG).open("ab") as errors:
        process = subprocess.Popen(command, env=ENV, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            yield process
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()


def sigkill(process: subprocess.Popen[bytes]) -> None:
    assert process.poll() is None, f"the run ended by itself (status {process.returncode}) before the kill"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


def wait_until(condition: Callable[[], bool], process: subprocess.Popen[bytes], what: str, cwd: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if process.poll() is not None:
            errors = (cwd / KILLED_LOG).read_text(errors="replace")[-3000:]
            pytest.fail(f"the run ended (status {process.returncode}) before {what}:\n{errors}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


# --- looking at a database from outside --------------------------------------------------------


class CommittedCount:
    """Counts committed article rows with a plain query: no migration, no Dabir code.

    ``None`` while there is no database or no ``articles`` table yet.
    """

    def __init__(self, db: str) -> None:
        self.db = db
        self.engine: Any = None
        if db.startswith("postgresql"):
            self.engine = sa.create_engine(database_url(db))

    def __call__(self) -> int | None:
        if self.engine is not None:
            try:
                with self.engine.connect() as conn:
                    return int(conn.exec_driver_sql("SELECT count(*) FROM articles").scalar_one())
            except sa.exc.ProgrammingError:  # no articles table (yet)
                return None
        path = Path(self.db)
        if not path.exists():
            return None
        try:
            with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)) as conn:
                return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        except sqlite3.OperationalError:
            return None

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


@contextmanager
def committed_count(db: str) -> Iterator[CommittedCount]:
    counter = CommittedCount(db)
    try:
        yield counter
    finally:
        counter.close()


@contextmanager
def more_databases(db_url: str, tmp_path: Path, names: list[str]) -> Iterator[dict[str, str]]:
    """Fresh, empty databases on the back end of ``db_url``, one per name."""
    if not db_url.startswith("postgresql"):
        yield {name: str(tmp_path / f"{name}.db") for name in names}
        return
    option = re.search(r"csearch_path%3D(\w+)", db_url)
    assert option is not None, db_url
    schemas = {name: f"{option.group(1)}_{name}" for name in names}
    admin = sa.create_engine(database_url(db_url))
    try:
        with admin.begin() as conn:
            for schema in schemas.values():
                conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        yield {
            name: db_url.replace(option.group(0), f"csearch_path%3D{schema}")
            for name, schema in schemas.items()
        }
    finally:
        with admin.begin() as conn:
            for schema in schemas.values():
                conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@dataclass(frozen=True)
class Stored:
    """What one article looks like, for comparing two databases."""

    identity: tuple[str, str]
    story: str
    near_duplicate_of: str | None
    revisions: tuple[int, ...]
    content_hash: str
    pending: str | None


@dataclass
class Snapshot:
    ids: list[str]
    count: int
    problems: list[str]
    articles: dict[str, Stored] = field(default_factory=dict)


def snapshot(db: str) -> Snapshot:
    with open_workspace(db) as ws:
        summaries = ws.articles(ArticleFilter(limit=100000))
        shot = Snapshot([s.id for s in summaries], ws.count(), ws.integrity_problems())
        for summary in summaries:
            article = ws.article(summary.id)
            shot.articles[summary.id] = Stored(
                (article.identity.kind.value, article.identity.key),
                article.story,
                article.near_duplicate_of,
                tuple(r.revision for r in article.revisions),
                article.revisions[-1].content_hash,
                article.pending,
            )
    return shot


def differences(reference: Snapshot, got: Snapshot) -> list[str]:
    """Everything in which ``got`` is not exactly ``reference``; empty when they agree."""
    found: list[str] = []
    if len(got.ids) != len(set(got.ids)):
        found.append(f"{len(got.ids) - len(set(got.ids))} article ids listed more than once")
    identities = [stored.identity for stored in got.articles.values()]
    if len(identities) != len(set(identities)):
        found.append(f"{len(identities) - len(set(identities))} identities stored more than once")
    if got.count != reference.count:
        found.append(f"{got.count} articles, the uninterrupted run stored {reference.count}")
    missing = set(reference.ids) - set(got.ids)
    extra = set(got.ids) - set(reference.ids)
    if missing:
        found.append(f"{len(missing)} articles missing, e.g. {sorted(missing)[:3]}")
    if extra:
        found.append(f"{len(extra)} articles the uninterrupted run does not have, e.g. {sorted(extra)[:3]}")
    if got.problems:
        found.append(f"integrity problems: {got.problems[:5]}")
    changed = [
        f"{key}: {got.articles[key]} != {reference.articles[key]}"
        for key in sorted(set(reference.ids) & set(got.ids))
        if got.articles[key] != reference.articles[key]
    ]
    if changed:
        found.append(f"{len(changed)} articles differ (story links, revisions or content): {changed[:3]}")
    return found


# --- the bundled corpus, killed at several points ----------------------------------------------


@dataclass(frozen=True)
class KillPoint:
    name: str
    after_seconds: float | None = None  # kill this long after the start
    committed: int | None = None  # kill once this many articles are committed
    statement: str | None = None  # kill inside the transaction of this statement's n-th run
    nth: int = 0


KILL_POINTS = [
    KillPoint("early", after_seconds=0.3),  # most likely before the database exists
    KillPoint("c5", committed=5),
    KillPoint("c60", committed=60),
    # inside the transaction of the 200th article: its row and bands written, not committed
    KillPoint("tx200", statement="INSERT INTO minhash_bands", nth=200),
]


@dataclass
class Outcome:
    point: KillPoint
    db: str
    committed_at_kill: int | None
    rerun: subprocess.CompletedProcess[str]
    check: subprocess.CompletedProcess[str]

    def problems(self, reference: Snapshot) -> list[str]:
        found = []
        if self.rerun.returncode != 0:
            found.append(f"rerun exit {self.rerun.returncode}: {self.rerun.stderr[-2000:]}")
        else:
            found.extend(differences(reference, snapshot(self.db)))
        if self.check.returncode != 0:
            found.append(f"dabir check exit {self.check.returncode}: {self.check.stderr[-2000:]}")
        at_kill = self.committed_at_kill or 0
        if self.point.after_seconds is None and not 0 < at_kill < reference.count:
            found.append(f"not killed mid-way: {at_kill} of {reference.count} committed")
        return [f"{self.point.name}: {problem}" for problem in found]


def kill_and_rerun(point: KillPoint, db: str, work: Path) -> Outcome:
    work.mkdir()
    ingest = ("ingest", str(BUNDLED), "--db", db, "--json")
    marker = work / "paused"
    command = paused_dabir(marker, point.statement, point.nth, *ingest) if point.statement else dabir(*ingest)
    with committed_count(db) as count, started(command, work) as process:
        if point.after_seconds is not None:
            time.sleep(point.after_seconds)
        elif point.committed is not None:
            threshold = point.committed

            def reached() -> bool:
                return (count() or 0) >= threshold

            wait_until(reached, process, f"{threshold} articles", work)
        else:
            wait_until(marker.exists, process, f"{point.statement} #{point.nth}", work)
        sigkill(process)
        at_kill = count()
    rerun = run(dabir(*ingest), work)
    return Outcome(point, db, at_kill, rerun, run(dabir("check", "--db", db), work))


def test_killed_ingest_reruns_to_the_same_database(db_url: str, tmp_path: Path) -> None:
    names = [p.name for p in KILL_POINTS]
    with more_databases(db_url, tmp_path, names) as databases, ThreadPoolExecutor(2) as pool:
        reference_run = pool.submit(run, dabir("ingest", str(BUNDLED), "--db", db_url, "--json"), tmp_path)
        runs = [
            pool.submit(kill_and_rerun, point, databases[point.name], tmp_path / point.name)
            for point in KILL_POINTS
        ]
        done = reference_run.result()
        assert done.returncode == 0, done.stderr
        reference = snapshot(db_url)
        assert reference.problems == []
        assert reference.count == len(reference.ids) > 300
        assert any(a.near_duplicate_of for a in reference.articles.values())  # links compared

        outcomes = [future.result() for future in runs]
        problems = [problem for outcome in outcomes for problem in outcome.problems(reference)]
    print(*(f"{o.point.name}: {o.committed_at_kill} committed at the kill" for o in outcomes))
    assert problems == [], "\n".join(problems)


def test_killed_in_the_middle_of_creating_the_schema(db_url: str, tmp_path: Path) -> None:
    """The first run on a new database dies while its tables are being created."""
    ingest = ("ingest", str(BUNDLED_SEED), "--db", db_url, "--json")
    marker = tmp_path / "paused"
    command = paused_dabir(marker, "CREATE TABLE articles", 1, *ingest)
    with started(command, tmp_path) as process:
        wait_until(marker.exists, process, "CREATE TABLE articles", tmp_path)
        sigkill(process)
    rerun = run(dabir(*ingest), tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert len(json.loads(rerun.stdout)["new"]) == 1
    with open_workspace(db_url) as ws:
        assert ws.count() == 1
        assert ws.integrity_problems() == []
    check = run(dabir("check", "--db", db_url), tmp_path)
    assert check.returncode == 0, check.stderr


# --- a revision write, killed ------------------------------------------------------------------

WORDS = """
    minister border trade talks envoy militia port convoy drone council ceasefire election
    protest harbour pipeline tariff sanctions court ruling refinery budget parliament treaty
    summit airport railway governor province senate inquiry embassy reactor shipment
"""
VOCABULARY = WORDS.split()
REPORTS = 30
CORRECTION = " A correction was added to this report later."


def report_text(number: int) -> str:
    """A different text for every report, so none of them is another's near-duplicate."""
    rng = random.Random(number)
    sentences = [" ".join(rng.choice(VOCABULARY) for _ in range(12)).capitalize() + "." for _ in range(8)]
    return f"Report {number}. " + " ".join(sentences)


def write_reports(path: Path, addition: str = "") -> None:
    lines = []
    for number in range(REPORTS):
        record = {
            "id": f"rev-{number}",
            "source": "Crash Wire",
            "url": f"https://wire.example/rev-{number}",
            "title": f"Report {number}",
            "published": "2021-05-17",
            "text": report_text(number) + addition,
        }
        lines.append(json.dumps(record) + "\n")
    path.write_text("".join(lines), encoding="utf-8")


def revision_state(db: str, first: dict[str, str]) -> tuple[int, list[str]]:
    """(articles at revision 2, problems): each article must be wholly old or wholly new."""
    revised = 0
    problems: list[str] = []
    with open_workspace(db) as ws:
        if ws.count() != REPORTS:
            problems.append(f"{ws.count()} articles, not {REPORTS}")
        problems.extend(ws.integrity_problems())
        for key, old_hash in first.items():
            article = ws.article(key)
            history = [(r.revision, r.content_hash) for r in article.revisions]
            if article.revision == 1:
                ok = history == [(1, old_hash)] and not article.text.endswith(CORRECTION)
            else:
                revised += 1
                ok = (
                    article.revision == 2
                    and [r for r, _ in history] == [1, 2]
                    and history[0] == (1, old_hash)
                    and history[1][1] != old_hash
                    and article.text.endswith(CORRECTION)
                    and article.text.count(CORRECTION) == 1
                    and article.story == key
                )
            if not ok:
                problems.append(f"{key}: revision {article.revision}, history {history}")
    return revised, problems


def test_killed_revision_writes_rerun_cleanly(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    write_reports(path)
    with open_workspace(db_url) as ws:
        summary = ws.ingest([str(path)])
        assert len(summary.new) == REPORTS and summary.ok
        first = {key: ws.article(key).revisions[-1].content_hash for key in summary.new}
    write_reports(path, CORRECTION)
    ingest = ("ingest", str(path), "--db", db_url, "--json")

    # Killed just after the 8th revision's old version was copied to article_revisions; then
    # the rerun killed just after the bands of its 10th revision (row updated, old bands gone).
    committed = 0
    for number, (statement, nth) in enumerate(
        [("INSERT INTO article_revisions", 8), ("INSERT INTO minhash_bands", 10)]
    ):
        marker = tmp_path / f"paused-{number}"
        with started(paused_dabir(marker, statement, nth, *ingest), tmp_path) as process:
            wait_until(marker.exists, process, f"{statement} #{nth}", tmp_path)
            sigkill(process)
        committed += nth - 1  # the transaction the kill landed in is gone, all before it kept
        revised, problems = revision_state(db_url, first)
        assert problems == []
        assert revised == committed

    rerun = run(dabir(*ingest), tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    result = json.loads(rerun.stdout)
    assert len(result["revised"]) == REPORTS - committed
    assert len(result["unchanged"]) == committed
    assert result["new"] == [] and result["rejected"] == []
    revised, problems = revision_state(db_url, first)
    assert problems == []
    assert revised == REPORTS
