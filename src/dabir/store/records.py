"""Values that cross the store's boundary on the write side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dabir.types import Draft, Fingerprint


@dataclass(frozen=True)
class StoredState:
    """What the store knows of an article id, enough to decide new / unchanged / revision."""

    article_id: str
    content_hash: str
    revision: int
    story_id: str
    pending: str | None


@dataclass(frozen=True)
class Candidate:
    """A stored article that shares a MinHash band with a new text."""

    article_id: str
    story_id: str
    signature: bytes
    source_id: str
    published_start: datetime | None


@dataclass(frozen=True)
class DuplicateLink:
    of_article_id: str  # the story's original
    similarity: float | None
    method: str  # "near_duplicate.v1" or "same-url"


@dataclass(frozen=True)
class ArticleWrite:
    """Everything one transaction writes for an article."""

    article_id: str
    draft: Draft
    content_hash: str
    revision: int
    story_id: str
    fingerprint: Fingerprint | None
    duplicate: DuplicateLink | None
    now: datetime
