"""Run extraction (mentions, links, roles) over stored articles and store the results.

Which articles: those whose stored extraction is missing, of an older revision, or by another
pipeline version (``dabir reprocess --all`` makes every article due). Each article's results are
written in one transaction, so a killed run leaves every article either extracted or due; the
next run finishes the work. With several workers, each process loads the model and the KB once
and parses; the main process writes.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from dabir.actor_types import ArticleExtraction
from dabir.extract.article import LANGUAGES, PIPELINE, ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.knowledge import Knowledge
from dabir.resolve.kb import KnowledgeBase
from dabir.settings import Settings
from dabir.store import SqlStore
from dabir.types import Article, utc_now

BATCH = 32
POOL_FROM = 16  # fewer articles than this are parsed in this process (a pool costs a model load each)


@dataclass
class ExtractSummary:
    articles: int = 0
    skipped: int = 0
    mentions: int = 0
    linked: int = 0
    new_actors: int = 0
    affiliations: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def add(self, ex: ArticleExtraction) -> None:
        if ex.status != "done":
            self.skipped += 1
            self.notes.append(f"{ex.article_id}: {ex.note}")
            return
        self.articles += 1
        self.mentions += len(ex.mentions)
        self.linked += sum(1 for m in ex.mentions if m.actor_id is not None)
        self.new_actors += len(ex.new_actors)
        self.affiliations += len(ex.affiliations)

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "seconds": round(self.seconds, 2)}


def workers_for(settings: Settings) -> int:
    return settings.extract_workers or min(2, os.cpu_count() or 1)


def extract_due(
    store: SqlStore,
    knowledge: Knowledge,
    settings: Settings,
    progress: Callable[[int], None] | None = None,
) -> ExtractSummary:
    started = time.perf_counter()
    summary = ExtractSummary()
    due = [a for language in LANGUAGES for a in store.actors.articles_to_extract(PIPELINE, language)]
    if due:
        kb = knowledge.kb()
        for ex in _extractions(store, kb, settings, [article_id for article_id, _ in due]):
            store.actors.write_extraction(ex, utc_now())
            summary.add(ex)
            if progress:
                progress(1)
        knowledge.changed()
    summary.seconds = time.perf_counter() - started
    return summary


def _articles(store: SqlStore, ids: Sequence[str]) -> Iterator[Article]:
    for article_id in ids:
        yield store.get_article(article_id)


def _extractions(
    store: SqlStore, kb: KnowledgeBase, settings: Settings, ids: list[str]
) -> Iterator[ArticleExtraction]:
    workers = workers_for(settings)
    if workers <= 1 or len(ids) < POOL_FROM:
        extractor = ArticleExtractor(load_english(), kb)
        for article in _articles(store, ids):
            yield extractor.extract(article, settings.max_text_bytes)
        return
    # fork where the platform has it: no re-import of the caller's script (a script without a
    # __main__ guard works) and the KB is inherited. The children never touch the parent's
    # database connections, and end without running finalizers on them.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(kb,)) as pool:
        for start in range(0, len(ids), BATCH):
            batch = list(_articles(store, ids[start : start + BATCH]))
            yield from pool.map(
                _extract_in_worker, batch, [settings.max_text_bytes] * len(batch), chunksize=4
            )


_WORKER: dict[str, ArticleExtractor] = {}  # this worker process's extractor, once started


def _start_worker(kb: KnowledgeBase) -> None:
    _WORKER["extractor"] = ArticleExtractor(load_english(), kb)


def _extract_in_worker(article: Article, max_text_bytes: int) -> ArticleExtraction:
    return _WORKER["extractor"].extract(article, max_text_bytes)
