"""The migrated database is exactly what store/schema.py describes, on both back ends."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dabir.store import alembic_config, database_url, open_store, upgrade
from dabir.store.schema import metadata

# Made by the migrations for search only, and used by store/search.py through SQL text.
SEARCH_OBJECTS = {"articles_fts", "articles_fts_data", "articles_fts_idx", "articles_fts_docsize",
                  "articles_fts_config", "articles_fts_content", "alembic_version"}  # fmt: skip


def include(obj: Any, name: str | None, kind: str, reflected: bool, _compare_to: Any) -> bool:
    if kind == "table" and name in SEARCH_OBJECTS:
        return False
    if kind == "column" and name == "search_vector":
        return False
    return not (kind == "index" and name == "ix_articles_search_vector")


def test_migrations_build_the_schema_the_code_expects(db_url: str) -> None:
    store = open_store(db_url)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": True})
            differences = compare_metadata(context, metadata)
    finally:
        store.close()
    assert differences == []


def test_opening_twice_migrates_once(db_url: str) -> None:
    open_store(db_url).close()
    engine = sa.create_engine(database_url(db_url))
    try:
        upgrade(engine)  # already at head: nothing to do, no error
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == "0004"
    finally:
        engine.dispose()
    assert alembic_config().get_main_option("script_location")


def test_name_keys_are_recomputed_when_the_key_changes(db_url: str) -> None:
    """Revision 0004 (name keys v3) keys every stored name again: a key written by the old rule
    ("Acme Trading LLC" kept its legal form) becomes the current one."""
    from datetime import datetime

    from dabir.resolve.names import name_key
    from dabir.store.schema import actor_names, actors

    open_store(db_url).close()
    engine = sa.create_engine(database_url(db_url))
    now = datetime(2026, 11, 27)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(actors).values(
                id="seen-acme", kind="organization", name="Acme Trading LLC", country=None, sectors=[],
                origin="seen", reviewed=False, merged_into=None, external={}, details={}, created_at=now,
                updated_at=now,
            ))  # fmt: skip
            conn.execute(sa.insert(actor_names).values(
                id="n-acme", actor_id="seen-acme", name="Acme Trading LLC", name_key="cm trdng lc", script="latn",
                origin="seen", gazetteer=False, source={}, created_at=now,
            ))  # fmt: skip
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0003'"))
        upgrade(engine)
        with engine.connect() as conn:
            key = conn.execute(
                sa.select(actor_names.c.name_key).where(actor_names.c.id == "n-acme")
            ).scalar_one()
    finally:
        engine.dispose()
    assert key == name_key("Acme Trading") == "cm trdng"
