"""Pure decisions of the write path: what to do with a draft, given what is stored."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dabir.ingest.dedup import similarity


class Action(StrEnum):
    INSERT = "insert"
    UNCHANGED = "unchanged"
    REVISE = "revise"


@dataclass(frozen=True)
class StoredVersion:
    content_hash: str
    revision: int
    pending: str | None


def decide(stored: StoredVersion | None, content_hash: str, draft_pending: str | None) -> Action:
    """New identity → insert; same text → unchanged; different text → a new revision.

    A complete stored article is never replaced by an incomplete copy of itself (a headline-only
    feed entry whose page could not be fetched this time).
    """
    if stored is None:
        return Action.INSERT
    if stored.content_hash == content_hash:
        return Action.UNCHANGED
    if draft_pending is not None and stored.pending is None:
        return Action.UNCHANGED
    return Action.REVISE


@dataclass(frozen=True)
class Match:
    article_id: str
    story_id: str
    similarity: float


@dataclass(frozen=True)
class Compared:
    """A stored article that shares a MinHash band with the new text."""

    article_id: str
    story_id: str
    signature: bytes
    same_source: bool
    days_apart: float | None  # None when either has no publication date


@dataclass(frozen=True)
class DuplicatePolicy:
    threshold: float  # another source's copy: estimated Jaccard at least this …
    window_days: float  # … and published within this many days of each other
    same_source_threshold: float = 0.9  # the same source's copy must be almost verbatim

    def accepts(self, candidate: Compared, score: float) -> bool:
        """A republished story appears within days of the original: templated documents
        (yearly notices) share most of their text and are years apart. Within one source,
        only a near-verbatim copy is the same story: the same day's readouts share sentences."""
        if candidate.days_apart is not None and candidate.days_apart > self.window_days:
            return False
        if candidate.same_source:
            return score >= self.same_source_threshold
        return score >= self.threshold


def best_match(signature: bytes, candidates: list[Compared], policy: DuplicatePolicy) -> Match | None:
    """The most similar acceptable candidate; ties go to a story's original."""
    eligible = []
    for candidate in candidates:
        score = similarity(signature, candidate.signature)
        if policy.accepts(candidate, score):
            eligible.append((score, candidate.story_id == candidate.article_id, candidate))
    if not eligible:
        return None
    score, _original, chosen = max(eligible, key=lambda e: (e[0], e[1]))
    return Match(chosen.article_id, chosen.story_id, score)
