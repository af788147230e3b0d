"""Facts: dates, quotes and events read in articles (with the actors they name), real-world
events that merge reports, region categories, and extraction errors per component.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(16)
AID = sa.String(80)
TABLES = ("extraction_errors", "article_categories", "events", "fact_actors", "facts")


def upgrade() -> None:
    with op.batch_alter_table("extractions") as batch:  # the pipeline name grows with its components
        batch.alter_column("pipeline", type_=sa.Text, existing_type=sa.String(64), existing_nullable=False)
    op.create_table(
        "facts",
        sa.Column("id", ID, primary_key=True),
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("field", sa.String(8), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("code", sa.String(8)),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("event_id", ID),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("component", sa.String(32), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False),
    )
    op.create_index("ix_facts_article_id", "facts", ["article_id"])
    op.create_index("ix_facts_code", "facts", ["code"])
    op.create_index("ix_facts_date_start", "facts", ["date_start"])
    op.create_index("ix_facts_event_id", "facts", ["event_id"])
    op.create_table(
        "fact_actors",
        sa.Column("fact_id", ID, sa.ForeignKey("facts.id"), primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("actor_id", AID, nullable=False),
    )
    op.create_index("ix_fact_actors_actor_id", "fact_actors", ["actor_id"])
    op.create_table(
        "events",
        sa.Column("id", ID, primary_key=True),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("root", sa.String(2), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_root", "events", ["root"])
    op.create_table(
        "article_categories",
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("component", sa.String(32), nullable=False),
    )
    op.create_table(
        "extraction_errors",
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("component", sa.String(32), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
    with op.batch_alter_table("extractions") as batch:
        batch.alter_column("pipeline", type_=sa.String(64), existing_type=sa.Text, existing_nullable=False)
