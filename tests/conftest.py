"""Shared fixtures: paths, settings, workspaces on both back ends, a local HTTP server.

PostgreSQL tests run when ``DABIR_TEST_PG_URL`` names a server (``.ci/run`` starts one); with
``DABIR_REQUIRE_PG=1`` (set in CI) a missing server is a failure, not a skip.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from dabir.settings import Settings
from dabir.workspace import Workspace, open_workspace

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DABIR_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "track-persia-2021-05-17-qaani-calls.txt"
BUNDLED = ROOT / "data" / "corpus"
BUNDLED_SEED = BUNDLED / "seed" / "track-persia-2021-05-17-qaani-calls.txt"
PG_URL = os.environ.get("DABIR_TEST_PG_URL", "")
REQUIRE_PG = os.environ.get("DABIR_REQUIRE_PG") == "1"


def shared_path(*parts: str) -> Path:
    """A file of the team's shared corpus; its absence is a failure (CI always has it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"the shared corpus is missing: {path} (set DABIR_SHARED)")
    return path


def extracting(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("extract") is not None


@pytest.fixture(autouse=True)
def _extraction_only_where_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction (a spaCy parse of every article) runs in tests marked ``extract``; the
    others test ingest and storage and would only wait for it."""
    monkeypatch.setenv("DABIR_EXTRACT", "1" if extracting(request) else "0")


@pytest.fixture
def settings(tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    """Offline-safe settings on a fresh SQLite file."""
    return Settings(db=str(tmp_path / "dabir.db"), fetch_linked_pages=False, extract=extracting(request))


def _postgres_schema_url() -> Iterator[str]:
    import sqlalchemy as sa

    from dabir.store import database_url

    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("DABIR_REQUIRE_PG=1 but DABIR_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set DABIR_TEST_PG_URL)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(database_url(PG_URL))
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@contextlib.contextmanager
def fresh_database(like: str, folder: Path) -> Iterator[str]:
    """Another fresh, empty database on the back end of ``like`` (a ``db_url``), for a test that
    needs one per generated example."""
    if like.startswith("postgresql"):
        yield from _postgres_schema_url()
    else:
        yield str(folder / f"fresh-{uuid.uuid4().hex[:8]}.db")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each back end."""
    if request.param == "sqlite":
        yield str(tmp_path / "contract.db")
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def make_workspace(settings: Settings) -> Iterator[Callable[..., Workspace]]:
    opened: list[Workspace] = []

    def make(db: str | None = None, **overrides: object) -> Workspace:
        chosen = replace(settings, db=db or settings.db, **overrides)  # type: ignore[arg-type]
        workspace = open_workspace(settings=chosen)
        opened.append(workspace)
        return workspace

    yield make
    for workspace in opened:
        workspace.close()


@pytest.fixture
def workspace(make_workspace: Callable[..., Workspace], db_url: str) -> Workspace:
    """A workspace on each back end."""
    return make_workspace(db_url)
