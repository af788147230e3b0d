"""Articles, sources, raw inputs, revisions, near duplicates, rejections and full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(16)

SQLITE_FTS = [
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, caption_text, text,
        content='articles', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, caption_text, text)
        VALUES (new.seq, new.title, new.caption_text, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, caption_text, text)
        VALUES ('delete', old.seq, old.title, old.caption_text, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, caption_text, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, caption_text, text)
        VALUES ('delete', old.seq, old.title, old.caption_text, old.text);
        INSERT INTO articles_fts(rowid, title, caption_text, text)
        VALUES (new.seq, new.title, new.caption_text, new.text);
    END""",
]

# tsvector values are capped at 1 MB: index the first 250,000 characters of the text.
POSTGRES_FTS = [
    """ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(caption_text, '')), 'B') ||
        setweight(to_tsvector('english', left(coalesce(text, ''), 250000)), 'C')
    ) STORED""",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
]


def upgrade() -> None:
    _create_tables()
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS:
        op.execute(statement)


def _create_tables() -> None:
    op.create_table(
        "sources",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("description", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("country", sa.String(3)),
        sa.Column("affiliation", sa.Text),
        sa.Column("notes", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "raw_blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("compression", sa.String(8), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", ID, nullable=False, unique=True),
        sa.Column("identity_kind", sa.String(16), nullable=False),
        sa.Column("identity_key", sa.Text, nullable=False),
        sa.Column("source_id", ID, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("url_identifies", sa.Boolean, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("title_derived", sa.Boolean, nullable=False),
        sa.Column("byline", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("published_start", sa.DateTime),
        sa.Column("published_end", sa.DateTime),
        sa.Column("fetched", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("language_confidence", sa.Float, nullable=False),
        sa.Column("caption_text", sa.Text),
        sa.Column("caption_credit", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("pending", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("story_id", ID, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("encoding", sa.String(32)),
        sa.Column("raw_sha256", sa.String(64), sa.ForeignKey("raw_blobs.sha256")),
        sa.Column("minhash", sa.LargeBinary),
    )
    op.create_index("ix_articles_source_id", "articles", ["source_id"])
    op.create_index("ix_articles_canonical_url", "articles", ["canonical_url"])
    op.create_index("ix_articles_published_start", "articles", ["published_start"])
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.create_table(
        "article_revisions",
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("revision", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("title_derived", sa.Boolean, nullable=False),
        sa.Column("byline", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("caption_text", sa.Text),
        sa.Column("caption_credit", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("raw_sha256", sa.String(64), sa.ForeignKey("raw_blobs.sha256")),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("superseded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "near_duplicates",
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("of_article_id", ID, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("similarity", sa.Float),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_near_duplicates_of_article_id", "near_duplicates", ["of_article_id"])
    op.create_table(
        "minhash_bands",
        sa.Column("bucket", sa.BigInteger, primary_key=True),
        sa.Column("band", sa.SmallInteger, primary_key=True),
        sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
    )
    op.create_index("ix_minhash_bands_article_id", "minhash_bands", ["article_id"])
    op.create_table(
        "rejections",
        sa.Column("id", ID, primary_key=True),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("raw_sha256", sa.String(64), sa.ForeignKey("raw_blobs.sha256")),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.Column("times", sa.Integer, nullable=False),
        sa.Column("last_run", sa.String(32)),
    )
    op.create_index("ix_rejections_reason", "rejections", ["reason"])
    op.create_table(
        "fetch_state",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "boilerplate_paragraphs",
        sa.Column("source_id", ID, primary_key=True),
        sa.Column("paragraph_hash", sa.String(20), primary_key=True),
        sa.Column("page_hash", sa.String(20), primary_key=True),
    )
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("arguments", sa.JSON, nullable=False),
        sa.Column("summary", sa.JSON),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in (
        "ingest_runs",
        "boilerplate_paragraphs",
        "fetch_state",
        "rejections",
        "minhash_bands",
        "near_duplicates",
        "article_revisions",
        "articles",
        "raw_blobs",
        "sources",
    ):
        op.drop_table(table)
