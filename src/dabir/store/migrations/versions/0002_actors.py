"""Actors: the knowledge base, mentions in articles, links to actors, roles, designations,
analysts' judgements and merge proposals, and which articles were extracted by which pipeline.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(16)
AID = sa.String(80)

TABLES = (
    "kb_loads",
    "proposals",
    "judgements",
    "extractions",
    "links",
    "mentions",
    "designations",
    "affiliations",
    "actor_names",
    "actors",
)


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", AID, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sectors", sa.JSON, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("reviewed", sa.Boolean, nullable=False),
        sa.Column("merged_into", AID),
        sa.Column("external", sa.JSON, nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_actors_merged_into", "actors", ["merged_into"])
    op.create_table(
        "actor_names",
        sa.Column("id", ID, primary_key=True),
        sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("script", sa.String(8), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("gazetteer", sa.Boolean, nullable=False),
        sa.Column("source", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_actor_names_actor_id", "actor_names", ["actor_id"])
    op.create_index("ix_actor_names_name_key", "actor_names", ["name_key"])
    op.create_table(
        "affiliations",
        sa.Column("id", ID, primary_key=True),
        sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("other_id", AID, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("tense", sa.String(8)),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("source", sa.JSON, nullable=False),
        sa.Column("article_id", ID, sa.ForeignKey("articles.id")),
        sa.Column("revision", sa.Integer),
        sa.Column("field", sa.String(8)),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("component", sa.String(32), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False),
    )
    op.create_index("ix_affiliations_actor_id", "affiliations", ["actor_id"])
    op.create_index("ix_affiliations_other_id", "affiliations", ["other_id"])
    op.create_index("ix_affiliations_article_id", "affiliations", ["article_id"])
    op.create_table(
        "designations",
        sa.Column("id", ID, primary_key=True),
        sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("authority", sa.Text, nullable=False),
        sa.Column("program", sa.Text, nullable=False),
        sa.Column("listed", sa.String(10)),
        sa.Column("source", sa.JSON, nullable=False),
    )
    op.create_index("ix_designations_actor_id", "designations", ["actor_id"])
    op.create_table(
        "mentions",
        sa.Column("id", ID, primary_key=True),
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("field", sa.String(8), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("component", sa.String(32), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False),
    )
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
    op.create_table(
        "links",
        sa.Column("mention_id", ID, sa.ForeignKey("mentions.id"), primary_key=True),
        sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("component", sa.String(32), nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False),
    )
    op.create_index("ix_links_actor_id", "links", ["actor_id"])
    op.create_table(
        "extractions",
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("pipeline", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("extracted_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "judgements",
        sa.Column("id", ID, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        sa.Column("undone_at", sa.DateTime),
        sa.Column("undone_by", sa.Text),
        sa.Column("fact_key", sa.Text),
        sa.Column("state", sa.String(16), nullable=False),
    )
    op.create_index("ix_judgements_fact_key", "judgements", ["fact_key"])
    op.create_table(
        "proposals",
        sa.Column("id", ID, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("other_id", AID, sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("judgement_id", ID),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "kb_loads",
        sa.Column("source", sa.Text, primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
