"""The tables, as SQLAlchemy Core objects, for queries. Migrations (``migrations/versions``)
create them; a test checks that the migrated database matches these definitions.

Conventions: ids are short deterministic hex strings; datetimes are naive UTC; JSON columns
hold dicts or lists. Dialect-specific search structures (SQLite FTS5 table and triggers,
PostgreSQL tsvector column and GIN index) are made by the migrations and used by
``store/search.py`` only.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

ID = sa.String(16)

sources = sa.Table(
    "sources",
    metadata,
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

raw_blobs = sa.Table(
    "raw_blobs",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("media_type", sa.String(64), nullable=False),
    sa.Column("compression", sa.String(8), nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    # An integer key that never changes, for the SQLite full-text index (content_rowid).
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", ID, nullable=False, unique=True),
    sa.Column("identity_kind", sa.String(16), nullable=False),
    sa.Column("identity_key", sa.Text, nullable=False),
    sa.Column("source_id", ID, sa.ForeignKey("sources.id"), nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text, index=True),
    sa.Column("url_identifies", sa.Boolean, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("title_derived", sa.Boolean, nullable=False),
    sa.Column("byline", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("published_precision", sa.String(8)),
    sa.Column("published_start", sa.DateTime, index=True),
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
    sa.Column("story_id", ID, nullable=False, index=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("input", sa.Text, nullable=False),
    sa.Column("encoding", sa.String(32)),
    sa.Column("raw_sha256", sa.String(64), sa.ForeignKey("raw_blobs.sha256")),
    sa.Column("minhash", sa.LargeBinary),
)

article_revisions = sa.Table(
    "article_revisions",
    metadata,
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

near_duplicates = sa.Table(
    "near_duplicates",
    metadata,
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("of_article_id", ID, sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("similarity", sa.Float),
    sa.Column("method", sa.String(32), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

minhash_bands = sa.Table(
    "minhash_bands",
    metadata,
    sa.Column("bucket", sa.BigInteger, primary_key=True),
    sa.Column("band", sa.SmallInteger, primary_key=True),
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True, index=True),
)

rejections = sa.Table(
    "rejections",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("input", sa.Text, nullable=False),
    sa.Column("reason", sa.String(32), nullable=False, index=True),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("raw_sha256", sa.String(64), sa.ForeignKey("raw_blobs.sha256")),
    sa.Column("first_seen", sa.DateTime, nullable=False),
    sa.Column("last_seen", sa.DateTime, nullable=False),
    sa.Column("times", sa.Integer, nullable=False),
    sa.Column("last_run", sa.String(32)),
)

fetch_state = sa.Table(
    "fetch_state",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("fetched_at", sa.DateTime, nullable=False),
)

boilerplate_paragraphs = sa.Table(
    "boilerplate_paragraphs",
    metadata,
    sa.Column("source_id", ID, primary_key=True),
    sa.Column("paragraph_hash", sa.String(20), primary_key=True),
    sa.Column("page_hash", sa.String(20), primary_key=True),
)

ingest_runs = sa.Table(
    "ingest_runs",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("finished_at", sa.DateTime),
    sa.Column("arguments", sa.JSON, nullable=False),
    sa.Column("summary", sa.JSON),
)

# --- actors (issue 3): the knowledge base, mentions in articles, links, roles, judgements -------

AID = sa.String(80)  # actor ids: KB slugs ("esmail-qaani"), "ofac-13107", "seen-…", "analyst-…"

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", AID, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("sectors", sa.JSON, nullable=False),
    sa.Column("origin", sa.String(16), nullable=False),  # starter | ofac | ftm | seen | analyst
    sa.Column("reviewed", sa.Boolean, nullable=False),
    sa.Column("merged_into", AID, index=True),  # set by a merge judgement, cleared by its undo
    sa.Column("external", sa.JSON, nullable=False),  # {"ofac": 13107, "ftm": "…"}
    sa.Column("details", sa.JSON, nullable=False),  # birth dates, places, nationalities, notes, sources
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

actor_names = sa.Table(
    "actor_names",
    metadata,
    sa.Column("id", ID, primary_key=True),  # hash of where the name came from: never reused
    sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_key", sa.Text, nullable=False, index=True),
    sa.Column("script", sa.String(8), nullable=False),
    # curated (starter KB) | imported | weak (never matched in text) | seen | analyst
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("gazetteer", sa.Boolean, nullable=False),  # safe to look for in running text
    sa.Column("source", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

affiliations = sa.Table(
    "affiliations",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False, index=True),
    sa.Column("other_id", AID, sa.ForeignKey("actors.id"), nullable=False, index=True),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("start", sa.String(10)),
    sa.Column("end", sa.String(10)),
    sa.Column("tense", sa.String(8)),  # current | former, when the text says so
    sa.Column("origin", sa.String(16), nullable=False),  # starter | ofac | ftm | text | analyst
    sa.Column("source", sa.JSON, nullable=False),
    # Evidence, for facts read in an article (origin "text"):
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), index=True),
    sa.Column("revision", sa.Integer),
    sa.Column("field", sa.String(8)),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("component", sa.String(32), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("review_state", sa.String(16), nullable=False),
)

designations = sa.Table(
    "designations",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False, index=True),
    sa.Column("authority", sa.Text, nullable=False),
    sa.Column("program", sa.Text, nullable=False),
    sa.Column("listed", sa.String(10)),
    sa.Column("source", sa.JSON, nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", ID, primary_key=True),  # hash of article, revision, field, span
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("field", sa.String(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("origin", sa.String(16), nullable=False),  # model | gazetteer | propagated | taught | …
    sa.Column("title", sa.Text),  # a title or rank said with a person's name: role evidence
    sa.Column("component", sa.String(32), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("review_state", sa.String(16), nullable=False),
)

links = sa.Table(
    "links",
    metadata,
    sa.Column("mention_id", ID, sa.ForeignKey("mentions.id"), primary_key=True),
    sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False, index=True),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("component", sa.String(32), nullable=False),
    sa.Column("review_state", sa.String(16), nullable=False),
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("pipeline", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # done | skipped (language, size)
    sa.Column("note", sa.Text),
    sa.Column("extracted_at", sa.DateTime, nullable=False),
)

judgements = sa.Table(
    "judgements",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # merge | split | alias | proposal | fact
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("why", sa.Text, nullable=False),
    sa.Column("undone_at", sa.DateTime),
    sa.Column("undone_by", sa.Text),
    # fact judgements: the key that re-attaches them after re-extraction
    sa.Column("fact_key", sa.Text, index=True),
    sa.Column("state", sa.String(16), nullable=False),  # applied | undone | unmatched
)

proposals = sa.Table(
    "proposals",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # merge
    sa.Column("actor_id", AID, sa.ForeignKey("actors.id"), nullable=False),
    sa.Column("other_id", AID, sa.ForeignKey("actors.id"), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # open | accepted | rejected
    sa.Column("judgement_id", ID),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

kb_loads = sa.Table(
    "kb_loads",
    metadata,
    sa.Column("source", sa.Text, primary_key=True),  # "starter", "ofac:<digest>", "ftm:<digest>"
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("loaded_at", sa.DateTime, nullable=False),
    sa.Column("summary", sa.JSON, nullable=False),
)

# --- Issue 4: dates, quotes, events, categories ------------------------------------------------

facts = sa.Table(
    "facts",
    metadata,
    sa.Column("id", ID, primary_key=True),  # hash of article, revision, kind, span, code
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(8), nullable=False),  # date | quote | event
    sa.Column("field", sa.String(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("code", sa.String(8), index=True),  # events: the CAMEO code
    sa.Column("date_start", sa.Date, index=True),  # the interval the fact is dated to (None: open)
    sa.Column("date_end", sa.Date),
    sa.Column("event_id", ID, index=True),  # events: the real-world event this report is of
    sa.Column("data", sa.JSON, nullable=False),  # the rest, as `dabir show --json` prints it
    sa.Column("component", sa.String(32), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("review_state", sa.String(16), nullable=False),
)

fact_actors = sa.Table(
    "fact_actors",
    metadata,
    sa.Column("fact_id", ID, sa.ForeignKey("facts.id"), primary_key=True),
    sa.Column("role", sa.String(16), primary_key=True),  # source | target | speaker | addressee | reporter
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("actor_id", sa.String(80), nullable=False, index=True),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("code", sa.String(8), nullable=False),
    sa.Column("root", sa.String(2), nullable=False, index=True),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

article_categories = sa.Table(
    "article_categories",
    metadata,
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("component", sa.String(32), nullable=False),
)

extraction_errors = sa.Table(
    "extraction_errors",
    metadata,
    sa.Column("article_id", ID, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("component", sa.String(32), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("error", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
)
