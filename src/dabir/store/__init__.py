"""The store: the only package that speaks SQL. :func:`open_store` is its front door."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dabir.errors import ConfigError, StoreError
from dabir.store.sql import SqlStore

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
    try:
        engine = _engine(url)
        if migrate:
            upgrade(engine)
        else:
            with engine.connect():
                pass
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot open the database {_redacted(url)}: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}") from exc
    return SqlStore(engine)


def _engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.parent.exists():
            raise ConfigError(f"the folder for the database {path} does not exist")
        engine = sa.create_engine(url, connect_args={"timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


def upgrade(engine: sa.Engine) -> None:
    """Apply every migration the database does not have yet."""
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as conn:
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
