"""The store: the only package that speaks SQL. :func:`open_store` is its front door."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dabir.errors import ConfigError, StoreError
from dabir.store.sql import WRITE_INTENT, SqlStore, write_transaction

log = logging.getLogger(__name__)

__all__ = ["SqlStore", "database_url", "open_store"]


def database_url(db: str) -> str:
    """A SQLAlchemy URL for a ``--db`` value: a file path, ``sqlite:///…`` or ``postgresql://…``."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith("postgresql+"):
        return db
    if db.startswith("sqlite:///"):
        return db
    if "://" in db:
        raise ConfigError(f"unsupported database URL {db!r}: use a file path, sqlite:/// or postgresql://")
    path = Path(db).expanduser()
    if path.is_dir():
        raise ConfigError(f"--db {db} is a directory; give a database file path")
    return f"sqlite:///{path.resolve()}"


def open_store(db: str, *, migrate: bool = True) -> SqlStore:
    """Open (and create or upgrade) the database named by ``db``."""
    url = database_url(db)
    engine = _engine(url)
    try:
        if migrate:
            upgrade(engine)
        else:
            with engine.connect():
                pass
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        detail = getattr(exc, "orig", None) or exc
        where = _redacted(url)
        raise StoreError(f"cannot open the database {where}: {type(detail).__name__}: {detail}") from exc
    return SqlStore(engine)


def _engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.parent.exists():
            raise ConfigError(f"the folder for the database {path} does not exist")
        engine = sa.create_engine(url, connect_args={"timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = sa.create_engine(url, pool_pre_ping=True)
    sa.event.listen(engine, "connect", _postgres_session)
    return engine


def _postgres_session(dbapi_connection: Any, _record: Any) -> None:
    """Commits need not wait for the disk: a crash of the server can lose the last moment of
    commits but never corrupts, and re-running an ingest restores what was lost (every write is
    idempotent). The same trade SQLite makes with WAL and synchronous=NORMAL."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")
    dbapi_connection.commit()


def _sqlite_begin(connection: sa.Connection) -> None:
    """Begin every transaction ourselves. The sqlite3 driver would otherwise commit each DDL
    statement on its own (a migration killed half-way would leave tables without a version);
    writers take the write lock up front (``BEGIN IMMEDIATE``) so two processes queue instead of
    failing when one upgrades a read lock."""
    immediate = connection.info.pop(WRITE_INTENT, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver's own transaction handling off
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _use_wal(cursor: Any, attempts: int = 100) -> None:
    """Switch a new database file to WAL (the mode then stays in the file). The switch does not
    wait on the busy timeout when another process is creating the same file: retry briefly."""
    for attempt in range(attempts):
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


def upgrade(engine: sa.Engine) -> None:
    """Apply every migration the database does not have yet, in one transaction."""
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with write_transaction(engine) as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7020913)")  # one migrator at a time
        config.attributes["connection"] = conn
        log.info("migrating database from %s to %s", current, head)
        command.upgrade(config, "head")


def _redacted(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)
