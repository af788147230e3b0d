"""The documented JSON shapes (docs/json.md), shared by the CLI and the API.

Keys are only ever added, never renamed or removed. Datetimes are ISO 8601 in UTC with a "Z";
publication dates keep the precision the source gave ("2021-05-17" stays a date).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dabir.resolve.matcher import Resolution, Scored
from dabir.types import (
    Article,
    ArticleSummary,
    PublishedDate,
    RejectionRecord,
    SearchHit,
    Source,
)

FIELDS = ("title", "caption", "text")
"""The article fields every span names: ``{"field": "text", "start": 10, "end": 16}``."""


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def published_json(published: PublishedDate | None) -> str | None:
    return published.value if published else None


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "name": source.name,
        "kind": source.kind,
        "url": source.url,
        "description": source.description,
        "language": source.language,
        "country": source.country,
        "affiliation": source.affiliation,
        "notes": source.notes,
        "articles": source.article_count,
    }


def article_json(article: Article) -> dict[str, Any]:
    """``dabir show ID --json``."""
    caption = article.caption
    return {
        "id": article.id,
        "title": article.title,
        "title_derived": article.title_derived,
        "published": published_json(article.published),
        "published_precision": article.published.precision if article.published else None,
        "source": {
            "id": article.source.id,
            "name": article.source.name,
            "description": article.source.description,
            "kind": article.source.kind,
            "url": article.source.url,
            "affiliation": article.source.affiliation,
        },
        "url": article.url,
        "byline": article.byline,
        "caption": {"text": caption.text, "credit": caption.credit} if caption else None,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "text": article.text,
        "revision": article.revision,
        "revisions": [
            {"revision": r.revision, "content_hash": r.content_hash, "created": iso(r.created)}
            for r in article.revisions
        ],
        "story": article.story,
        "story_articles": list(article.story_articles),
        "near_duplicate_of": article.near_duplicate_of,
        "status": article.status,
        "pending": article.pending,
        "identity": {"kind": article.identity.kind.value, "key": article.identity.key},
        "fetched": iso(article.fetched),
        "input": article.input,
        "encoding": article.encoding,
        "metadata": dict(article.metadata),
        "fields": list(FIELDS),
    }


def summary_json(summary: ArticleSummary) -> dict[str, Any]:
    """One item of ``dabir articles --json``."""
    return {
        "id": summary.id,
        "title": summary.title,
        "title_derived": summary.title_derived,
        "published": published_json(summary.published),
        "published_precision": summary.published.precision if summary.published else None,
        "source": summary.source,
        "language": summary.language,
        "revision": summary.revision,
        "story": summary.story,
        "pending": summary.pending,
    }


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """One item of ``dabir search --json``: the article summary plus snippet and rank."""
    return {
        **summary_json(hit.article),
        "snippet": hit.snippet,
        "rank": round(hit.rank, 6),
        "copies": hit.copies,
    }


def resolution_json(found: Resolution) -> dict[str, Any]:
    """``dabir resolve NAME --json``."""

    def actor(scored: Scored) -> dict[str, Any]:
        return {
            "id": scored.actor.id,
            "name": scored.actor.name,
            "kind": scored.actor.kind,
            "matched": scored.alias,
            "score": scored.score,
            "explanation": scored.explanation,
        }

    chosen = found.actor
    return {
        "name": found.name,
        "actor": {"id": chosen.id, "name": chosen.name, "kind": chosen.kind} if chosen else None,
        "score": found.score,
        "explanation": found.explanation,
        "candidates": [actor(c) for c in found.candidates[:10]],
    }


def rejection_json(record: RejectionRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "input": record.input,
        "reason": record.message,  # as in ``dabir ingest --json``: the human reason …
        "code": record.reason,  # … and its stable code
        "first_seen": iso(record.first_seen),
        "last_seen": iso(record.last_seen),
        "times": record.times,
    }
