"""Alembic environment: Dabir runs migrations in-process on an open connection."""

from __future__ import annotations

from alembic import context

from dabir.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - Dabir always passes its connection
    raise RuntimeError("run Dabir migrations through dabir.store.open_store()")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
