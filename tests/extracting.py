"""Extraction of invented sentences for the event tests: a real spaCy parse and the real KB, the
article dated as the test says."""

from __future__ import annotations

from dataclasses import replace

from dabir.actor_types import ArticleExtraction
from dabir.evaluate import gold_article
from dabir.extract.article import ArticleExtractor
from dabir.fact_types import EventRecord
from dabir.types import PublishedDate


def extraction_of(
    extractor: ArticleExtractor,
    text: str,
    publisher: str = "",
    published: str = "2024-03-12",
    title: str = "Test",
) -> ArticleExtraction:
    item = {"id": "rules", "publisher": publisher, "fields": {"title": title, "text": text}}
    article = replace(gold_article(item), published=PublishedDate(published, "day"))
    return extractor.extract(article, 1 << 30)


def events_of(
    extractor: ArticleExtractor,
    text: str,
    publisher: str = "",
    published: str = "2024-03-12",
    title: str = "Test",
) -> list[EventRecord]:
    events = extraction_of(extractor, text, publisher, published, title).facts.events
    return [e for e in events if e.trigger.field == "text"]
