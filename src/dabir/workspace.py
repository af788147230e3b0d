"""The front door: :func:`open_workspace` and the :class:`Workspace` the CLI and API call.

A workspace is one database plus the settings to use it. It runs ingest (readers → decisions →
store), and answers the read-side questions (articles, one article, search, sources,
rejections). Nothing outside ``dabir.store`` writes SQL; nothing outside this module wires
ingest to the store.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dabir.actor_types import Affiliation, ArticleActor, LinkedMention
from dabir.errors import StoreError
from dabir.evaluate import evaluate, read_gold
from dabir.evaluate_events import evaluate_facts
from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.extraction import ExtractSummary, extract_due
from dabir.ingest.decide import (
    Action,
    Compared,
    DuplicatePolicy,
    StoredVersion,
    best_match,
    decide,
)
from dabir.ingest.dedup import COMPONENT as NEAR_DUPLICATE_COMPONENT
from dabir.ingest.dedup import fingerprint
from dabir.ingest.fetch import Fetcher, Validators
from dabir.ingest.runner import Plan, Runner, plan
from dabir.keys import article_id, content_hash, source_id
from dabir.knowledge import Knowledge
from dabir.present import actor_ids_in, named_actors
from dabir.query.parse import parse_query
from dabir.resolve.kb import root_of
from dabir.resolve.matcher import Resolution
from dabir.settings import Settings, load_settings
from dabir.store import SqlStore, open_store
from dabir.store.records import ArticleWrite, DuplicateLink
from dabir.types import (
    Article,
    ArticleFilter,
    ArticleSummary,
    Draft,
    Fingerprint,
    Identity,
    IngestSummary,
    KnownArticle,
    NotModified,
    Outcome,
    Rejected,
    RejectionRecord,
    RejectReason,
    SearchHit,
    Skipped,
    Source,
    SourceInfo,
    SourceKind,
    Stored,
    utc_now,
)

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int], None]


def open_workspace(db: str | None = None, settings: Settings | None = None) -> Workspace:
    """Open the workspace in database ``db`` (a SQLite path or a PostgreSQL URL).

    With no arguments, settings come from ``dabir.toml`` and ``DABIR_*`` variables, and the
    database defaults to ``./dabir.db``.
    """
    settings = settings or load_settings()
    if db is not None:
        settings = replace(settings, db=db)
    return Workspace(open_store(settings.db), settings)


@dataclass(frozen=True)
class IngestOptions:
    source_name: str | None = None  # name for local text files without an "About" footer
    fetch_linked_pages: bool | None = None  # override the setting for this run
    allow_private: bool | None = None


class Workspace:
    def __init__(self, store: SqlStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.knowledge = Knowledge(store)
        self.knowledge.ensure_starter()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # --- ingest ----------------------------------------------------------------------------------

    def plan_ingest(self, arguments: Sequence[str]) -> Plan:
        """Expand the arguments (for a progress bar: ``.total_bytes``)."""
        return plan(arguments)

    def ingest(
        self,
        arguments: Sequence[str],
        options: IngestOptions | None = None,
        progress: ProgressCallback | None = None,
        fetcher: Fetcher | None = None,
        work: Plan | None = None,
    ) -> IngestSummary:
        """Ingest files, directories, globs and URLs. Bad inputs are recorded and skipped."""
        options = options or IngestOptions()
        settings = self.settings.with_overrides(
            fetch_linked_pages=options.fetch_linked_pages, allow_private=options.allow_private
        )
        work = work or plan(arguments)
        summary = IngestSummary()
        run_id = uuid.uuid4().hex
        self.store.start_run(run_id, list(arguments), utc_now())
        runner = Runner(settings, _StoreMemory(self.store), source_name=options.source_name, fetcher=fetcher)
        try:
            for item in runner.run(work, progress):
                self._take(item, summary, run_id, settings)
        finally:
            runner.close()
            self.store.finish_run(run_id, summary.to_json(), utc_now())
        if settings.extract:
            summary.extraction = self.extract().to_json()
        return summary

    # --- extraction ------------------------------------------------------------------------------

    def extract(self, progress: ProgressCallback | None = None) -> ExtractSummary:
        """Find and link the actors of every article that is due (new, revised, older pipeline)."""
        return extract_due(self.store, self.knowledge, self.settings, progress)

    def reprocess(self, progress: ProgressCallback | None = None) -> ExtractSummary:
        """Extract every article again with the current pipeline and KB; judgements hold."""
        self.store.actors.forget_extractions()
        return self.extract(progress)

    def article_actors(self, reference: str) -> list[ArticleActor]:
        """The actors an article names, each with its mentions, in order of first mention."""
        article = self.article(reference)
        merged = self.store.actors.merged_map()
        grouped: dict[str, list[LinkedMention]] = {}
        for mention in self.store.actors.article_mentions(article.id):
            if mention.actor_id is not None and mention.link_review_state != "rejected":
                grouped.setdefault(root_of(mention.actor_id, merged), []).append(mention)
        field_order = {"title": 0, "caption": 1, "credit": 2, "text": 3}
        ordered = sorted(
            grouped.items(), key=lambda kv: min((field_order[m.span.field], m.span.start) for m in kv[1])
        )
        return [ArticleActor(self.store.actors.actor(actor_id), tuple(ms)) for actor_id, ms in ordered]

    def evaluate(self, gold: Path, split: str = "all") -> list[dict[str, Any]]:
        """Scores of extraction against a gold file, per split (dev, heldout)."""
        items = read_gold(gold)
        extractor = ArticleExtractor(load_english(), self.knowledge.kb())
        splits = ["dev", "heldout"] if split == "all" else [split]
        if all("events" in i for i in items):  # the event, quote and date gold set
            return [
                evaluate_facts(items, extractor, s) for s in splits if any(i.get("split") == s for i in items)
            ]
        return [evaluate(items, extractor, s) for s in splits if any(i.get("split") == s for i in items)]

    def article_roles(self, reference: str) -> list[Affiliation]:
        return self.store.actors.article_affiliations(self.article(reference).id)

    def article_facts(self, reference: str) -> dict[str, Any]:
        """The article's dates, quotes, events, categories and extraction errors, with each actor
        given as {id, name} (a merged actor as its survivor)."""
        found = self.store.facts.article_facts(self.article(reference).id)
        facts: dict[str, Any] = self.with_actor_names(found)
        return facts

    def events(
        self,
        *,
        actor: str | None = None,
        target: str | None = None,
        code: str | None = None,
        root: str | None = None,
        place: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[dict[str, Any]]:
        """Event reports matching every filter (actors by name or id, merged ones included)."""
        found = self.store.facts.event_reports(
            actor=self._actor_ids(actor),
            target=self._actor_ids(target),
            code=code,
            root=root,
            place=place,
            since=since,
            until=until,
        )
        named: list[dict[str, Any]] = self.with_actor_names(found)
        return named

    def quotes(
        self, *, speaker: str | None = None, since: date | None = None, until: date | None = None
    ) -> list[dict[str, Any]]:
        found = self.store.facts.quotes(speaker=self._actor_ids(speaker), since=since, until=until)
        named: list[dict[str, Any]] = self.with_actor_names(found)
        return named

    def timeline(self, actor: str) -> list[dict[str, Any]]:
        """The actor's events and quotes by their own date."""
        ids = self._actor_ids(actor)
        assert ids is not None
        named: list[dict[str, Any]] = self.with_actor_names(self.store.facts.timeline(ids))
        return named

    def _actor_ids(self, reference: str | None) -> list[str] | None:
        """An actor (name or id) and every actor merged into it."""
        if reference is None:
            return None
        survivor = self.knowledge.find(reference).id
        merged = self.store.actors.merged_map()
        return [survivor, *(i for i in merged if root_of(i, merged) == survivor)]

    def with_actor_names(self, data: Any) -> Any:
        """``data`` with every actor id of a fact (source, target, speaker …) as {id, name}."""
        merged = self.store.actors.merged_map()
        ids = {i: root_of(i, merged) for i in actor_ids_in(data)}
        names = self.store.actors.names_of(ids.values())
        return named_actors(data, {i: (root, names.get(root, root)) for i, root in ids.items()})

    def _take(
        self,
        item: Draft | Rejected | Skipped | NotModified | KnownArticle,
        summary: IngestSummary,
        run_id: str,
        settings: Settings,
    ) -> None:
        if isinstance(item, Draft):
            result = self._store_draft(item, settings)
            if isinstance(result, Rejected):
                self.store.record_rejection(result, run_id, utc_now())
            elif item.pending is not None and result.outcome is not Outcome.UNCHANGED:
                summary.pending.append(result.article_id)
            summary.add(result)
        elif isinstance(item, KnownArticle):
            summary.add(Stored(Outcome.UNCHANGED, article_id(item.identity), item.input))
        else:
            if isinstance(item, Rejected):
                self.store.record_rejection(item, run_id, utc_now())
            summary.add(item)

    def _store_draft(self, draft: Draft, settings: Settings) -> Stored | Rejected:
        key = article_id(draft.identity)
        digest = _content_hash(draft)
        state = self.store.article_state(key)
        stored = StoredVersion(state.content_hash, state.revision, state.pending) if state else None
        action = decide(stored, digest, draft.pending)
        if action is Action.UNCHANGED:
            return Stored(Outcome.UNCHANGED, key, draft.input_label)
        prints = fingerprint(draft.text) if draft.text else None
        now = utc_now()
        try:
            if action is Action.REVISE and state is not None:
                write = ArticleWrite(
                    key, draft, digest, state.revision + 1, state.story_id, prints, None, now
                )
                self.store.write_revision(write)
                return Stored(Outcome.REVISED, key, draft.input_label)
            duplicate = self._find_duplicate(key, draft, prints, settings)
            story = duplicate.of_article_id if duplicate else key
            self.store.write_new(ArticleWrite(key, draft, digest, 1, story, prints, duplicate, now))
        except StoreError as exc:
            stored_meanwhile = self.store.article_state(key)  # another process wrote it first
            if stored_meanwhile is not None and stored_meanwhile.content_hash == digest:
                return Stored(Outcome.UNCHANGED, key, draft.input_label)
            return Rejected(draft.input_label, RejectReason.STORE_FAILED, exc.message, draft.raw)
        if duplicate is None:
            return Stored(Outcome.NEW, key, draft.input_label)
        return Stored(
            Outcome.NEAR_DUPLICATE, key, draft.input_label, duplicate.of_article_id, duplicate.similarity
        )

    def _find_duplicate(
        self, key: str, draft: Draft, prints: Fingerprint | None, settings: Settings
    ) -> DuplicateLink | None:
        if prints is not None:
            policy = DuplicatePolicy(settings.near_duplicate_threshold, settings.near_duplicate_window_days)
            own_source = source_id(draft.source.name)
            published = draft.published.start if draft.published else None
            compared = [
                Compared(
                    c.article_id,
                    c.story_id,
                    c.signature,
                    c.source_id == own_source,
                    _days_apart(published, c.published_start),
                )
                for c in self.store.candidates(prints.bands, exclude=key)
            ]
            match = best_match(prints.signature, compared, policy)
            if match is not None:
                return DuplicateLink(match.story_id, round(match.similarity, 3), NEAR_DUPLICATE_COMPONENT)
        if draft.canonical_url and draft.url_identifies:
            same = self.store.article_with_url(draft.canonical_url, exclude=key)
            if same is not None and _within(settings.near_duplicate_window_days, draft, same[2]):
                return DuplicateLink(same[1], None, "same-url")
        return None

    def refetch(
        self, options: IngestOptions | None = None, limit: int = 1000, fetcher: Fetcher | None = None
    ) -> IngestSummary:
        """Fetch the linked pages of headline-only articles again. A page that can be read now
        completes its article as a new revision; otherwise the article stays pending, with the
        latest reason. This is how entries of a feed that no longer lists them get completed."""
        options = options or IngestOptions()
        settings = self.settings.with_overrides(allow_private=options.allow_private)
        summary = IngestSummary()
        run_id = uuid.uuid4().hex
        self.store.start_run(run_id, ["refetch"], utc_now())
        runner = Runner(settings, _StoreMemory(self.store), fetcher=fetcher)
        try:
            for item in self.articles(ArticleFilter(pending=True, limit=limit)):
                self._refetch_one(self.article(item.id), runner, summary, settings, run_id)
        finally:
            runner.close()
            self.store.finish_run(run_id, summary.to_json(), utc_now())
        if settings.extract:
            summary.extraction = self.extract().to_json()
        return summary

    def _refetch_one(
        self, article: Article, runner: Runner, summary: IngestSummary, settings: Settings, run_id: str
    ) -> None:
        if not article.url:
            summary.add(Skipped(article.id, "no link to fetch"))
            return
        page = runner.load_page(article.url)
        if page.draft is None:
            self.store.update_pending(
                article.id, f"the linked page could not be read: {page.problem}", utc_now()
            )
            summary.pending.append(article.id)
            return
        completed = replace(
            page.draft,
            identity=article.identity,
            source=SourceInfo(
                name=article.source.name, kind=SourceKind(article.source.kind), url=article.source.url
            ),
            title=article.title if not article.title_derived else page.draft.title,
            title_derived=article.title_derived and page.draft.title_derived,
            published=article.published or page.draft.published,
            url=article.url,
            metadata={**article.metadata, "fetched_from": page.draft.url},
        )
        result = self._store_draft(completed, settings)
        if isinstance(result, Rejected):
            self.store.record_rejection(result, run_id, utc_now())
        summary.add(result)

    # --- read side -------------------------------------------------------------------------------

    def articles(self, filters: ArticleFilter | None = None) -> list[ArticleSummary]:
        return self.store.list_articles(filters or ArticleFilter())

    def count(self, filters: ArticleFilter | None = None) -> int:
        return self.store.count_articles(filters)

    def article(self, reference: str) -> Article:
        """One article by id or unique id prefix. Raises NotFoundError or AmbiguousIdError."""
        return self.store.get_article(reference)

    def search(
        self, query: str, filters: ArticleFilter | None = None, *, all_copies: bool = False
    ) -> list[SearchHit]:
        """Full-text search over titles, captions and texts (syntax in the README). One hit per
        story unless ``all_copies``: republished copies are counted, not repeated."""
        return self.store.search(
            parse_query(query), filters or ArticleFilter(), collapse_stories=not all_copies
        )

    def sources(self) -> list[Source]:
        return self.store.list_sources()

    def rejections(self, limit: int = 100, reason: str | None = None) -> list[RejectionRecord]:
        return self.store.list_rejections(limit, reason)

    def raw(self, reference: str) -> bytes:
        """The bytes the current revision of an article was made from."""
        article = self.article(reference)
        return self.store.raw_bytes_of(article.id)

    def resolve(self, name: str, kind: str | None = None) -> Resolution:
        """Which actor ``name`` refers to, with the score and why; changes nothing. Against the
        workspace's KB: the starter KB, imported lists, actors seen in articles, judgements."""
        return self.knowledge.resolve(name, kind)

    def integrity_problems(self) -> list[str]:
        return self.store.integrity_problems()


def _within(window_days: float, draft: Draft, other_start: datetime | None) -> bool:
    """Published within the near-duplicate window of each other (or a date is unknown)."""
    apart = _days_apart(draft.published.start if draft.published else None, other_start)
    return apart is None or apart <= window_days


def _days_apart(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return abs((a - b).total_seconds()) / 86400.0


def _content_hash(draft: Draft) -> str:
    caption = draft.caption
    return content_hash(
        draft.title,
        caption.text if caption else None,
        caption.credit if caption else None,
        draft.byline,
        draft.published.value if draft.published else None,
        draft.text,
    )


class _StoreMemory:
    """Ingest's memory between runs, kept in the store."""

    def __init__(self, store: SqlStore) -> None:
        self._store = store

    def validators(self, url: str) -> Validators | None:
        found = self._store.fetch_validators(url)
        return Validators(*found) if found else None

    def remember_validators(self, url: str, validators: Validators) -> None:
        if validators.etag or validators.last_modified:
            self._store.remember_validators(url, validators.etag, validators.last_modified, utc_now())

    def is_complete(self, identity: Identity) -> bool:
        return self._store.is_complete(identity)

    def register_paragraphs(self, source: str, page_key: str, hashes: Sequence[str]) -> None:
        self._store.register_paragraphs(source, page_key, hashes)

    def repeated_paragraphs(self, source: str, hashes: Sequence[str], min_pages: int) -> set[str]:
        return self._store.repeated_paragraphs(source, hashes, min_pages)

    def removed_paragraphs(self, identity: Identity) -> set[str] | None:
        metadata = self._store.article_metadata(article_id(identity))
        if metadata is None:
            return None
        return set(metadata.get("boilerplate_removed") or [])
