"""Values of the actor side: knowledge-base actors and names, affiliations, designations,
mentions with their links, judgements and proposals. Frozen, no behaviour beyond small helpers.

A mention is what the text says (a span, its words, a kind); a link is a separate record of
which actor it names, with the score and the reason. Re-running extraction replaces mentions and
links of an article revision; it never touches actors, names or judgements.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dabir.fact_types import ArticleFacts
from dabir.types import Span

ActorKind = str  # person | organization | group | place
NAME_ORIGINS = ("curated", "imported", "weak", "seen", "analyst")


@dataclass(frozen=True)
class ActorName:
    name: str
    origin: str  # one of NAME_ORIGINS
    gazetteer: bool  # safe to look for in running text
    script: str = "latn"
    source: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Affiliation:
    actor_id: str
    other_id: str
    role: str
    start: str | None = None
    end: str | None = None
    tense: str | None = None  # current | former, when a text says so
    origin: str = "starter"  # starter | ofac | ftm | text | analyst
    source: Mapping[str, Any] = field(default_factory=dict)
    evidence: Span | None = None  # for facts read in an article
    article_id: str | None = None
    revision: int | None = None
    component: str = "kb"
    confidence: float = 1.0
    review_state: str = "unreviewed"


@dataclass(frozen=True)
class Designation:
    actor_id: str
    authority: str  # e.g. "OFAC": the government body that listed the actor
    program: str
    listed: str | None  # partial ISO date of the list the listing was read from
    source: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ActorRecord:
    id: str
    kind: ActorKind
    name: str
    origin: str  # starter | ofac | ftm | seen | analyst
    names: tuple[ActorName, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    reviewed: bool = False
    external: Mapping[str, Any] = field(default_factory=dict)
    details: Mapping[str, Any] = field(default_factory=dict)
    merged_into: str | None = None


@dataclass(frozen=True)
class LinkedMention:
    """A mention of an article revision and (when resolved) its link to an actor."""

    span: Span
    text: str
    kind: str
    origin: str  # model | gazetteer | propagated | taught | credit
    component: str
    confidence: float
    actor_id: str | None
    score: float
    explanation: str
    link_component: str
    review_state: str = "unreviewed"
    link_review_state: str = "unreviewed"
    title: str | None = None  # the title or rank said with the name


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extraction writes for one article revision, in one transaction."""

    article_id: str
    revision: int
    pipeline: str
    mentions: tuple[LinkedMention, ...]
    new_actors: tuple[ActorRecord, ...]  # unknown names, as new unreviewed actors
    affiliations: tuple[Affiliation, ...]
    status: str = "done"  # done | skipped | partial (a component failed: see facts.errors)
    note: str | None = None
    facts: ArticleFacts = field(default_factory=ArticleFacts)


@dataclass(frozen=True)
class ArticleActor:
    """An actor an article names, with every mention linked to it."""

    actor: ActorRecord
    mentions: tuple[LinkedMention, ...]


@dataclass(frozen=True)
class Judgement:
    id: str
    kind: str  # merge | split | alias | proposal | fact | event (a report split off its event)
    payload: Mapping[str, Any]
    who: str
    at: datetime
    why: str
    state: str  # applied | undone | unmatched
    fact_key: str | None = None
    undone_at: datetime | None = None
    undone_by: str | None = None


@dataclass(frozen=True)
class Proposal:
    id: str
    kind: str  # merge
    actor_id: str
    other_id: str
    score: float
    explanation: str
    origin: str
    status: str  # open | accepted | rejected
    created_at: datetime


@dataclass(frozen=True)
class Mention:
    span: Span
    text: str
    kind: str  # person | organization | place | group
    origin: str  # model | gazetteer | propagated | taught | credit
    actor: str | None = None  # the first KB actor a gazetteer match named
    actors: tuple[str, ...] = ()  # every KB actor whose text-safe name this is
    acting: bool = False  # the subject of a verb or a possessor
    refers_to: Span | None = None  # propagated and taught mentions: the mention they repeat
    title: str | None = None  # a title or rank before the name ("Brigadier-General"): role evidence
