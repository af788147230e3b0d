"""The store: one class over SQLAlchemy Core, for SQLite and PostgreSQL alike.

Only this package speaks SQL. Every article is written in one transaction (source, raw bytes,
article row, its full-text entry through triggers or a generated column, MinHash bands, story
link), so a process killed at any point leaves either the whole article or none of it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, Row

from dabir.errors import AmbiguousIdError, NotFoundError, StoreError
from dabir.keys import article_id as make_article_id
from dabir.keys import sha256_hex, source_id
from dabir.query.parse import Query
from dabir.store import schema as t
from dabir.store.actors import ActorStore
from dabir.store.facts import FactStore
from dabir.store.records import ArticleWrite, Candidate, StoredState
from dabir.store.search import (
    postgres_match,
    postgres_snippets,
    snippet_to_html,
    sqlite_ranked,
    sqlite_snippets,
)
from dabir.types import (
    Article,
    ArticleFilter,
    ArticleSummary,
    Caption,
    Identity,
    IdentityKind,
    PublishedDate,
    RawInput,
    Rejected,
    RejectionRecord,
    RevisionInfo,
    SearchHit,
    Source,
    SourceInfo,
)

_HEX_PREFIX = re.compile(r"^[0-9a-f]{4,16}$")
MAX_CANDIDATES = 200  # near-duplicate candidates compared per new text
WRITE_INTENT = "dabir_write_intent"  # connection.info flag: SQLite begins with BEGIN IMMEDIATE


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: on SQLite it takes the write lock when it begins."""
    with engine.connect() as conn:
        conn.info[WRITE_INTENT] = True
        try:
            with conn.begin():
                yield conn
        finally:
            conn.info.pop(WRITE_INTENT, None)


def naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class SqlStore:
    """The one Store. ``engine`` is ready and migrated (see :func:`dabir.store.open_store`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.actors = ActorStore(engine, self._insert_ignore, write_transaction)
        self.facts = FactStore(engine, write_transaction)

    def close(self) -> None:
        self.engine.dispose()

    # --- write side: articles ----------------------------------------------------------------------

    def article_state(self, article_id: str) -> StoredState | None:
        columns = [t.articles.c[n] for n in ("id", "content_hash", "revision", "story_id", "pending")]
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*columns).where(t.articles.c.id == article_id)).first()
        if row is None:
            return None
        return StoredState(row.id, row.content_hash, row.revision, row.story_id, row.pending)

    def candidates(self, bands: Sequence[int], exclude: str) -> list[Candidate]:
        """Stored articles sharing at least one MinHash band with ``bands``, those sharing the
        most first (at most ``MAX_CANDIDATES``, in the same order on every back end)."""
        # Band hashes are salted with the band number, so a bucket value names its band.
        shared = (
            sa.select(t.minhash_bands.c.article_id, sa.func.count().label("shared"))
            .where(
                t.minhash_bands.c.bucket.in_(sa.bindparam("buckets", expanding=True)),
                t.minhash_bands.c.article_id != exclude,
            )
            .group_by(t.minhash_bands.c.article_id)
            .subquery("shared")
        )
        query = (
            sa.select(
                t.articles.c.id,
                t.articles.c.story_id,
                t.articles.c.minhash,
                t.articles.c.source_id,
                t.articles.c.published_start,
            )
            .join(shared, shared.c.article_id == t.articles.c.id)
            .where(t.articles.c.minhash.is_not(None))
            .order_by(shared.c.shared.desc(), t.articles.c.seq)
            .limit(MAX_CANDIDATES)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query, {"buckets": list(bands)}).all()
        return [
            Candidate(
                r.id,
                r.story_id,
                bytes(r.minhash),
                r.source_id,
                aware(r.published_start) if r.published_start else None,
            )
            for r in rows
        ]

    def article_with_url(self, canonical: str, exclude: str) -> tuple[str, str, datetime | None] | None:
        """(id, story id, publication start) of the first stored article with this canonical URL
        naming it alone."""
        query = (
            sa.select(t.articles.c.id, t.articles.c.story_id, t.articles.c.published_start)
            .where(
                t.articles.c.canonical_url == canonical,
                t.articles.c.url_identifies.is_(True),
                t.articles.c.id != exclude,
            )
            .order_by(t.articles.c.seq)
            .limit(1)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return row.id, row.story_id, aware(row.published_start) if row.published_start else None

    def write_new(self, write: ArticleWrite) -> None:
        """Insert a new article, all of it or nothing."""
        try:
            self._write_new(write)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {write.article_id}: {_reason(exc)}") from exc

    def _write_new(self, write: ArticleWrite) -> None:
        with write_transaction(self.engine) as conn:
            self._upsert_source(conn, write.draft.source, write.now)
            raw_sha = self._put_raw(conn, write.draft.raw, write.now)
            conn.execute(t.articles.insert().values(**self._article_row(write, raw_sha), fetched=write.now))
            self._write_bands(conn, write)
            if write.duplicate is not None:
                conn.execute(
                    t.near_duplicates.insert().values(
                        article_id=write.article_id,
                        of_article_id=write.duplicate.of_article_id,
                        similarity=write.duplicate.similarity,
                        method=write.duplicate.method,
                        created_at=write.now,
                    )
                )

    def write_revision(self, write: ArticleWrite) -> None:
        """Keep the current revision in ``article_revisions`` and make ``write`` current."""
        try:
            self._write_revision(write)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {write.article_id}: {_reason(exc)}") from exc

    def _write_revision(self, write: ArticleWrite) -> None:
        with write_transaction(self.engine) as conn:
            current = conn.execute(sa.select(t.articles).where(t.articles.c.id == write.article_id)).one()
            conn.execute(t.article_revisions.insert().values(**_revision_row(current, write.now)))
            self._upsert_source(conn, write.draft.source, write.now)
            raw_sha = self._put_raw(conn, write.draft.raw, write.now)
            row = self._article_row(write, raw_sha)
            row["story_id"] = current.story_id
            conn.execute(t.articles.update().where(t.articles.c.id == write.article_id).values(**row))
            conn.execute(t.minhash_bands.delete().where(t.minhash_bands.c.article_id == write.article_id))
            self._write_bands(conn, write)

    def _article_row(self, write: ArticleWrite, raw_sha: str) -> dict[str, Any]:
        draft = write.draft
        published = draft.published
        return {
            "id": write.article_id,
            "identity_kind": draft.identity.kind.value,
            "identity_key": draft.identity.key,
            "source_id": source_id(draft.source.name),
            "url": draft.url,
            "canonical_url": draft.canonical_url,
            "url_identifies": draft.url_identifies,
            "title": draft.title,
            "title_derived": draft.title_derived,
            "byline": draft.byline,
            "published": published.value if published else None,
            "published_precision": published.precision if published else None,
            "published_start": naive_utc(published.start) if published else None,
            "published_end": naive_utc(published.end) if published else None,
            "updated_at": write.now,
            "language": draft.language,
            "language_confidence": draft.language_confidence,
            "caption_text": draft.caption.text if draft.caption else None,
            "caption_credit": draft.caption.credit if draft.caption else None,
            "text": draft.text,
            "meta": dict(draft.metadata),
            "pending": draft.pending,
            "content_hash": write.content_hash,
            "revision": write.revision,
            "story_id": write.story_id,
            "status": "new",
            "input": draft.input_label,
            "encoding": draft.raw.encoding,
            "raw_sha256": raw_sha,
            "minhash": write.fingerprint.signature if write.fingerprint else None,
        }

    def _write_bands(self, conn: Connection, write: ArticleWrite) -> None:
        if write.fingerprint is None:
            return
        rows = [
            {"band": index, "bucket": bucket, "article_id": write.article_id}
            for index, bucket in enumerate(write.fingerprint.bands)
        ]
        conn.execute(t.minhash_bands.insert(), rows)

    def _upsert_source(self, conn: Connection, info: SourceInfo, now: datetime) -> str:
        key = source_id(info.name)
        row = conn.execute(sa.select(t.sources).where(t.sources.c.id == key)).first()
        if row is None:
            inserted = self._insert_ignore(t.sources).values(
                id=key,
                name=" ".join(info.name.split()),
                kind=info.kind.value,
                url=info.url,
                description=info.description,
                language=info.language,
                created_at=now,
                updated_at=now,
            )
            conn.execute(inserted)
            return key
        updates = {
            name: value
            for name, value in (
                ("description", info.description),
                ("url", info.url),
                ("language", info.language),
            )
            if value and getattr(row, name) != value and (name == "description" or not getattr(row, name))
        }
        if updates:
            conn.execute(t.sources.update().where(t.sources.c.id == key).values(**updates, updated_at=now))
        return key

    def _put_raw(self, conn: Connection, raw: RawInput, now: datetime) -> str:
        digest = sha256_hex(raw.data)
        exists = conn.execute(sa.select(t.raw_blobs.c.sha256).where(t.raw_blobs.c.sha256 == digest)).first()
        if exists is None:
            conn.execute(
                self._insert_ignore(t.raw_blobs).values(
                    sha256=digest,
                    size=len(raw.data),
                    media_type=raw.media_type,
                    compression="zlib",
                    data=zlib.compress(raw.data, 6),
                    created_at=now,
                )
            )
        return digest

    def _insert_ignore(self, table: sa.Table) -> Any:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table).on_conflict_do_nothing()
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing()

    def update_pending(self, article_id: str, reason: str, now: datetime) -> None:
        """Say why a headline-only article is still waiting (the latest failed fetch)."""
        with write_transaction(self.engine) as conn:
            conn.execute(
                t.articles.update()
                .where(t.articles.c.id == article_id, t.articles.c.pending.is_not(None))
                .values(pending=reason)  # not updated_at: that is when the revision was made
            )

    def raw_bytes_of(self, article_id: str) -> bytes:
        with self.engine.connect() as conn:
            sha = conn.execute(
                sa.select(t.articles.c.raw_sha256).where(t.articles.c.id == article_id)
            ).scalar_one_or_none()
        if not sha:
            raise NotFoundError(f"no raw input kept for article {article_id}")
        return self.raw_bytes(sha)

    def raw_bytes(self, sha256: str) -> bytes:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.raw_blobs.c.data).where(t.raw_blobs.c.sha256 == sha256)).first()
        if row is None:
            raise NotFoundError(f"no raw input with hash {sha256}")
        return zlib.decompress(bytes(row.data))

    # --- write side: rejections, runs, fetch state, boilerplate ---------------------------------

    def record_rejection(self, rejected: Rejected, run_id: str, now: datetime) -> None:
        key = sha256_hex(f"{rejected.input}\x1f{rejected.reason.value}")[:16]
        with write_transaction(self.engine) as conn:
            raw = rejected.raw
            raw_sha = self._put_raw(conn, raw, now) if raw is not None and _keepable(raw) else None
            existing = conn.execute(sa.select(t.rejections.c.times).where(t.rejections.c.id == key)).first()
            if existing is None:
                conn.execute(
                    t.rejections.insert().values(
                        id=key,
                        input=rejected.input,
                        reason=rejected.reason.value,
                        message=rejected.message,
                        raw_sha256=raw_sha,
                        first_seen=now,
                        last_seen=now,
                        times=1,
                        last_run=run_id,
                    )
                )
            else:
                conn.execute(
                    t.rejections.update()
                    .where(t.rejections.c.id == key)
                    .values(
                        message=rejected.message, last_seen=now, times=existing.times + 1, last_run=run_id
                    )
                )

    def start_run(self, run_id: str, arguments: Sequence[str], now: datetime) -> None:
        with write_transaction(self.engine) as conn:
            conn.execute(t.ingest_runs.insert().values(id=run_id, started_at=now, arguments=list(arguments)))

    def finish_run(self, run_id: str, summary: dict[str, Any], now: datetime) -> None:
        with write_transaction(self.engine) as conn:
            conn.execute(
                t.ingest_runs.update()
                .where(t.ingest_runs.c.id == run_id)
                .values(finished_at=now, summary=summary)
            )

    def fetch_validators(self, url: str) -> tuple[str | None, str | None] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.fetch_state).where(t.fetch_state.c.url == url)).first()
        return (row.etag, row.last_modified) if row else None

    def remember_validators(
        self, url: str, etag: str | None, last_modified: str | None, now: datetime
    ) -> None:
        with write_transaction(self.engine) as conn:
            conn.execute(t.fetch_state.delete().where(t.fetch_state.c.url == url))
            conn.execute(
                t.fetch_state.insert().values(url=url, etag=etag, last_modified=last_modified, fetched_at=now)
            )

    def register_paragraphs(self, source_name: str, page_key: str, hashes: Sequence[str]) -> None:
        if not hashes:
            return
        source = source_id(source_name)
        page = sha256_hex(page_key)[:20]
        rows = [{"source_id": source, "paragraph_hash": h, "page_hash": page} for h in set(hashes)]
        with write_transaction(self.engine) as conn:
            conn.execute(self._insert_ignore(t.boilerplate_paragraphs), rows)

    def repeated_paragraphs(self, source_name: str, hashes: Sequence[str], min_pages: int) -> set[str]:
        if not hashes:
            return set()
        table = t.boilerplate_paragraphs
        query = (
            sa.select(table.c.paragraph_hash)
            .where(table.c.source_id == source_id(source_name), table.c.paragraph_hash.in_(list(hashes)))
            .group_by(table.c.paragraph_hash)
            .having(sa.func.count() >= min_pages)
        )
        with self.engine.connect() as conn:
            return {row.paragraph_hash for row in conn.execute(query)}

    def article_metadata(self, article_id: str) -> dict[str, Any] | None:
        """The stored metadata of an article, or None when there is no such article."""
        query = sa.select(t.articles.c.meta).where(t.articles.c.id == article_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return None if row is None else dict(row.meta or {})

    def is_complete(self, identity: Identity) -> bool:
        query = sa.select(t.articles.c.pending).where(t.articles.c.id == make_article_id(identity))
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return row is not None and row.pending is None

    # --- read side -------------------------------------------------------------------------------

    def resolve_id(self, reference: str) -> str:
        """The full article id for an id or a unique prefix of at least 4 hex digits."""
        reference = reference.strip().lower()
        if not _HEX_PREFIX.match(reference):
            raise NotFoundError(f"no article {reference!r} (ids are hexadecimal, like 3fa2c81d09e4b7a6)")
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(t.articles.c.id)
                .where(t.articles.c.id.startswith(reference, autoescape=True))
                .limit(3)
            ).all()
        if not rows:
            raise NotFoundError(f"no article {reference!r}")
        if len(rows) > 1:
            raise AmbiguousIdError(f"{reference!r} is the start of several article ids; give more digits")
        return str(rows[0].id)

    def get_article(self, reference: str) -> Article:
        article_id = self.resolve_id(reference)
        query = sa.select(t.articles, *_source_columns()).join(t.sources).where(t.articles.c.id == article_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).one()
            duplicate = conn.execute(
                sa.select(t.near_duplicates.c.of_article_id).where(
                    t.near_duplicates.c.article_id == article_id
                )
            ).first()
            revisions = conn.execute(
                sa.select(
                    t.article_revisions.c.revision,
                    t.article_revisions.c.content_hash,
                    t.article_revisions.c.created_at,
                )
                .where(t.article_revisions.c.article_id == article_id)
                .order_by(t.article_revisions.c.revision)
            ).all()
            story = conn.execute(
                sa.select(t.articles.c.id)
                .where(t.articles.c.story_id == row.story_id)
                .order_by(t.articles.c.seq)
            ).scalars()
            members = tuple(str(member) for member in story)
        history = tuple(RevisionInfo(r.revision, r.content_hash, aware(r.created_at)) for r in revisions)
        current = RevisionInfo(row.revision, row.content_hash, aware(row.updated_at))
        found = _article(row, duplicate.of_article_id if duplicate else None, (*history, current))
        return replace(found, story_articles=members)

    def list_articles(self, filters: ArticleFilter) -> list[ArticleSummary]:
        query = _summary_select().where(*self._filter_conditions(filters))
        query = (
            query.order_by(t.articles.c.published_start.desc().nulls_last(), t.articles.c.seq.desc())
            .limit(filters.limit)
            .offset(filters.offset)
        )
        with self.engine.connect() as conn:
            return [_summary(row) for row in conn.execute(query)]

    def count_articles(self, filters: ArticleFilter | None = None) -> int:
        conditions = self._filter_conditions(filters) if filters else []
        query = sa.select(sa.func.count()).select_from(t.articles.join(t.sources)).where(*conditions)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def _filter_conditions(self, filters: ArticleFilter) -> list[Any]:
        conditions: list[Any] = []
        if filters.source:
            wanted = filters.source.strip()
            conditions.append(
                sa.or_(t.sources.c.id == wanted, sa.func.lower(t.sources.c.name) == wanted.lower())
            )
        if filters.since is not None:
            conditions.append(t.articles.c.published_end > naive_utc(filters.since))
        if filters.until is not None:
            conditions.append(t.articles.c.published_start < naive_utc(filters.until))
        if filters.language:
            conditions.append(t.articles.c.language == filters.language)
        if filters.pending is not None:
            column = t.articles.c.pending
            conditions.append(column.is_not(None) if filters.pending else column.is_(None))
        return conditions

    def search(
        self, query: Query, filters: ArticleFilter, *, collapse_stories: bool = True
    ) -> list[SearchHit]:
        """Best first. With ``collapse_stories``, one hit per story (its best-scoring copy), with
        the number of matching copies."""
        if self.dialect == "sqlite":
            ranked, params = sqlite_ranked(query)
            matches = ranked.subquery("m")
            scored = (
                _summary_select()
                .add_columns((-matches.c.rank).label("score"))
                .join(matches, matches.c.seq == t.articles.c.seq)
            )
        else:
            where, rank = postgres_match(query)
            scored = _summary_select().add_columns(rank.label("score")).where(where)
            params = {}
        page = _best_per_story(
            scored.where(*self._filter_conditions(filters)).subquery("scored"), collapse_stories, filters
        )
        with self.engine.connect() as conn:
            rows = conn.execute(page, params).all()
            if not rows:
                return []
            seqs = [r.seq for r in rows]
            statement = (
                sqlite_snippets(query, seqs) if self.dialect == "sqlite" else postgres_snippets(query, seqs)
            )
            snippets = {r.seq: r.snippet for r in conn.execute(*statement)}
        return [
            SearchHit(_summary(r), snippet_to_html(snippets.get(r.seq) or ""), float(r.score), int(r.copies))
            for r in rows
        ]

    def list_sources(self) -> list[Source]:
        counts = (
            sa.select(t.articles.c.source_id, sa.func.count().label("n"))
            .group_by(t.articles.c.source_id)
            .subquery()
        )
        query = (
            sa.select(t.sources, sa.func.coalesce(counts.c.n, 0).label("article_count"))
            .outerjoin(counts, counts.c.source_id == t.sources.c.id)
            .order_by(t.sources.c.name)
        )
        with self.engine.connect() as conn:
            return [_source(row, prefix="") for row in conn.execute(query)]

    def list_rejections(self, limit: int = 100, reason: str | None = None) -> list[RejectionRecord]:
        query = sa.select(t.rejections).order_by(t.rejections.c.last_seen.desc(), t.rejections.c.input)
        if reason:
            query = query.where(t.rejections.c.reason == reason)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit)).all()
        return [
            RejectionRecord(
                r.id, r.input, r.reason, r.message, aware(r.first_seen), aware(r.last_seen), r.times
            )
            for r in rows
        ]

    def integrity_problems(self) -> list[str]:
        """Empty when the database is sound: engine checks plus Dabir's own invariants."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
                if result != ["ok"]:
                    problems.extend(str(r) for r in result)
                try:
                    conn.exec_driver_sql(
                        "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)"
                    )
                except sa.exc.DatabaseError as exc:
                    problems.append(f"full-text index: {exc.orig}")
                conn.rollback()
            problems.extend(_invariant_problems(conn))
        return problems


def _keepable(raw: RawInput) -> bool:
    return 0 < len(raw.data) <= 64 * 1024 * 1024


def _invariant_problems(conn: Connection) -> list[str]:
    problems: list[str] = []
    duplicates = conn.execute(
        sa.select(t.articles.c.identity_kind, t.articles.c.identity_key, sa.func.count())
        .group_by(t.articles.c.identity_kind, t.articles.c.identity_key)
        .having(sa.func.count() > 1)
    ).all()
    problems.extend(f"identity stored {n} times: {kind} {key}" for kind, key, n in duplicates)
    orphans = conn.execute(
        sa.select(sa.func.count())
        .select_from(t.articles)
        .where(~sa.exists().where(t.sources.c.id == t.articles.c.source_id))
    ).scalar_one()
    if orphans:
        problems.append(f"{orphans} articles without their source")
    bands = conn.execute(
        sa.select(t.minhash_bands.c.article_id, sa.func.count())
        .group_by(t.minhash_bands.c.article_id)
        .having(sa.func.count() != 32)
    ).all()
    problems.extend(f"article {a} has {n} MinHash bands, not 32" for a, n in bands)
    return problems


def _best_per_story(scored: Any, collapse: bool, filters: ArticleFilter) -> sa.Select[Any]:
    """Page through scored rows, best first; with ``collapse``, keep each story's best copy."""
    order = (scored.c.score.desc(), scored.c.seq)
    if not collapse:
        plain = sa.select(scored, sa.literal(1).label("copies"))
        return plain.order_by(*order).limit(filters.limit).offset(filters.offset)
    place = sa.func.row_number().over(partition_by=scored.c.story_id, order_by=order)
    copies = sa.func.count().over(partition_by=scored.c.story_id)
    ranked = sa.select(scored, place.label("place"), copies.label("copies")).subquery("stories")
    return (
        sa.select(ranked)
        .where(ranked.c.place == 1)
        .order_by(ranked.c.score.desc(), ranked.c.seq)
        .limit(filters.limit)
        .offset(filters.offset)
    )


def _source_columns() -> list[Any]:
    return [c.label(f"src_{c.name}") for c in t.sources.c]


def _summary_select() -> sa.Select[Any]:
    columns = [
        t.articles.c[name]
        for name in (
            "seq", "id", "title", "title_derived", "published", "published_precision",
            "language", "revision", "story_id", "pending",
        )
    ]  # fmt: skip
    return sa.select(*columns, t.sources.c.name.label("source_name")).select_from(t.articles.join(t.sources))


def _published(row: Row[Any]) -> PublishedDate | None:
    if not row.published:
        return None
    return PublishedDate(row.published, row.published_precision)


def _summary(row: Row[Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        source=row.source_name,
        title=row.title,
        title_derived=bool(row.title_derived),
        published=_published(row),
        language=row.language,
        revision=row.revision,
        story=row.story_id,
        pending=row.pending,
    )


def _source(row: Row[Any], prefix: str) -> Source:
    def get(name: str) -> Any:
        return getattr(row, prefix + name)

    return Source(
        id=get("id"),
        name=get("name"),
        kind=get("kind"),
        url=get("url"),
        description=get("description"),
        language=get("language"),
        country=get("country"),
        affiliation=get("affiliation"),
        notes=get("notes"),
        article_count=int(getattr(row, "article_count", 0) or 0),
    )


def _article(row: Row[Any], duplicate_of: str | None, revisions: Iterable[RevisionInfo]) -> Article:
    caption = Caption(row.caption_text, row.caption_credit) if row.caption_text else None
    return Article(
        id=row.id,
        source=_source(row, prefix="src_"),
        identity=Identity(IdentityKind(row.identity_kind), row.identity_key),
        title=row.title,
        title_derived=bool(row.title_derived),
        text=row.text,
        url=row.url,
        byline=row.byline,
        published=_published(row),
        fetched=aware(row.fetched),
        language=row.language,
        language_confidence=float(row.language_confidence),
        caption=caption,
        metadata=dict(row.meta or {}),
        revision=row.revision,
        story=row.story_id,
        status=row.status,
        pending=row.pending,
        input=row.input,
        encoding=row.encoding,
        near_duplicate_of=duplicate_of,
        revisions=tuple(revisions),
    )


def _revision_row(current: Row[Any], now: datetime) -> dict[str, Any]:
    return {
        "article_id": current.id,
        "revision": current.revision,
        "content_hash": current.content_hash,
        "title": current.title,
        "title_derived": current.title_derived,
        "byline": current.byline,
        "published": current.published,
        "published_precision": current.published_precision,
        "caption_text": current.caption_text,
        "caption_credit": current.caption_credit,
        "text": current.text,
        "meta": current.meta,
        "raw_sha256": current.raw_sha256,
        "input": current.input,
        "created_at": current.updated_at,
        "superseded_at": now,
    }


def _reason(exc: sa.exc.SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    return f"{type(original or exc).__name__}: {original or exc}".splitlines()[0]
