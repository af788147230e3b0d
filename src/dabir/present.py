"""The documented JSON shapes (docs/json.md), shared by the CLI and the API.

Keys are only ever added, never renamed or removed. Datetimes are ISO 8601 in UTC with a "Z";
publication dates keep the precision the source gave ("2021-05-17" stays a date).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from dabir.actor_types import ActorRecord, Affiliation, ArticleActor, Judgement, Proposal
from dabir.knowledge import EntityView
from dabir.resolve.matcher import Resolution, Scored
from dabir.types import (
    Article,
    ArticleSummary,
    PublishedDate,
    RejectionRecord,
    SearchHit,
    Source,
    Span,
)

FIELDS = ("title", "caption", "credit", "text")
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


def article_json(
    article: Article,
    actors: Sequence[ArticleActor] = (),
    roles: Sequence[Affiliation] = (),
    names: Mapping[str, str] | None = None,
    facts: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``dabir show ID --json``. ``names``: actor id → name, for the roles; ``facts``: dates,
    quotes, events, categories and extraction errors (``Workspace.article_facts``)."""
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
        "actors": [article_actor_json(a) for a in actors],
        "roles": [affiliation_json(r, names or {}) for r in roles],
        **(facts or {"dates": [], "quotes": [], "events": [], "categories": [], "extraction_errors": []}),
    }


ACTOR_KEYS = ("source", "target", "speaker", "addressees", "reported_by")


def actor_ids_in(data: Any) -> Iterator[str]:
    """Every actor id under an actor key of facts (nested lists and dicts)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ACTOR_KEYS and isinstance(value, str):
                yield value
            elif key in ACTOR_KEYS and isinstance(value, list):
                yield from (v for v in value if isinstance(v, str))
            else:
                yield from actor_ids_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from actor_ids_in(item)


def named_actors(data: Any, names: Mapping[str, tuple[str, str]]) -> Any:
    """``data`` with each actor id under an actor key as {"id", "name"} (``names``: id → (id, name))."""

    def named(actor: str) -> dict[str, str]:
        root, name = names.get(actor, (actor, actor))
        return {"id": root, "name": name}

    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key in ACTOR_KEYS and isinstance(value, str):
                out[key] = named(value)
            elif key in ACTOR_KEYS and isinstance(value, list):
                out[key] = [named(v) if isinstance(v, str) else v for v in value]
            else:
                out[key] = named_actors(value, names)
        return out
    if isinstance(data, list):
        return [named_actors(item, names) for item in data]
    return data


def span_json(span: Span, text: str) -> dict[str, Any]:
    return {"field": span.field, "start": span.start, "end": span.end, "text": text}


def actor_ref_json(actor: ActorRecord) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "origin": actor.origin}


def article_actor_json(item: ArticleActor) -> dict[str, Any]:
    return {
        **actor_ref_json(item.actor),
        "reviewed": item.actor.reviewed,
        "mentions": [
            {
                **span_json(m.span, m.text),
                "kind": m.kind,
                "origin": m.origin,
                "title": m.title,
                "component": m.component,
                "confidence": m.confidence,
                "link": {
                    "actor": m.actor_id,
                    "score": m.score,
                    "explanation": m.explanation,
                    "component": m.link_component,
                    "review_state": m.link_review_state,
                },
            }
            for m in item.mentions
        ],
    }


def affiliation_json(a: Affiliation, names: Mapping[str, str]) -> dict[str, Any]:
    return {
        "actor": {"id": a.actor_id, "name": names.get(a.actor_id)},
        "other": {"id": a.other_id, "name": names.get(a.other_id)},
        "role": a.role,
        "start": a.start,
        "end": a.end,
        "tense": a.tense,
        "origin": a.origin,
        "source": dict(a.source),
        "evidence": (
            {
                "article": a.article_id,
                "revision": a.revision,
                "field": a.evidence.field,
                "start": a.evidence.start,
                "end": a.evidence.end,
            }
            if a.evidence
            else None
        ),
        "component": a.component,
        "confidence": a.confidence,
        "review_state": a.review_state,
    }


def actor_json(actor: ActorRecord) -> dict[str, Any]:
    """One item of ``dabir kb actors --json``."""
    return {
        **actor_ref_json(actor),
        "country": actor.country,
        "sectors": list(actor.sectors),
        "reviewed": actor.reviewed,
        "external": dict(actor.external),
        "merged_into": actor.merged_into,
        "names": [
            {"name": n.name, "origin": n.origin, "in_text": n.gazetteer, "script": n.script}
            for n in actor.names
        ],
    }


def judgement_json(j: Judgement) -> dict[str, Any]:
    return {
        "id": j.id,
        "kind": j.kind,
        "payload": dict(j.payload),
        "who": j.who,
        "at": iso(j.at),
        "why": j.why,
        "state": j.state,
        "fact_key": j.fact_key,
        "undone_at": iso(j.undone_at),
        "undone_by": j.undone_by,
    }


def proposal_json(p: Proposal, names: Mapping[str, str]) -> dict[str, Any]:
    return {
        "id": p.id,
        "kind": p.kind,
        "status": p.status,
        "score": p.score,
        "explanation": p.explanation,
        "actor": {"id": p.actor_id, "name": names.get(p.actor_id)},
        "other": {"id": p.other_id, "name": names.get(p.other_id)},
        "origin": p.origin,
        "created": iso(p.created_at),
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


def entity_json(view: EntityView) -> dict[str, Any]:
    """``dabir entity NAME --json``."""
    actor = view.actor
    return {
        "actor": actor_json(actor),
        "aliases": {
            "known": sorted({n.name for n in actor.names}),
            "seen": [{"text": text, "times": times} for text, times in view.seen_as.items()],
        },
        "merged": view.merged,
        "affiliations": [affiliation_json(a, view.names) for a in view.affiliations],
        "designations": [
            {"authority": d.authority, "program": d.program, "listed": d.listed, "source": dict(d.source)}
            for d in view.designations
        ],
        "mention_count": view.mentions,
        "articles": view.articles,
    }
