"""Name keys v3: a company's legal form closing a name ("LLC", "S.A.R.L.") is left out of its key.
Every stored name is keyed again with the current :func:`dabir.resolve.names.name_key`.

Actors first seen before this revision keep their ids ("seen-…" ids hash the key of the name
seen), so a name with a legal form that is seen again after it may make a second unreviewed
actor with the same key, which an analyst joins with ``dabir kb merge`` (nothing proposes it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dabir.resolve.names import name_key, strip_titles

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    _rekey()


def downgrade() -> None:
    pass  # the v2 key is not kept; v3 keys still find every name v2 found without a legal form


def _rekey() -> None:
    conn = op.get_bind()
    names = sa.table("actor_names", sa.column("id"), sa.column("name"), sa.column("name_key"))
    rows = conn.execute(sa.select(names.c.id, names.c.name, names.c.name_key)).all()
    changed = [
        {"row_id": r.id, "key": key} for r in rows if (key := name_key(strip_titles(r.name))) != r.name_key
    ]
    update = sa.update(names).where(names.c.id == sa.bindparam("row_id")).values(name_key=sa.bindparam("key"))
    for start in range(0, len(changed), BATCH):
        conn.execute(update, changed[start : start + BATCH])
