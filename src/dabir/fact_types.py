"""What extraction states about an article beyond its actors: dates, quotes, events and region
categories, as the store writes and reads them. Actors are ids (resolved); every fact keeps its
span, the component (and version) that produced it, a confidence and a review state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dabir.types import Span

if TYPE_CHECKING:  # actor_types imports this module
    from dabir.actor_types import ActorRecord

JOURNEY_CODES = frozenset({"042"})  # CAMEO "make a visit": a trip, which holds meetings but is none


@dataclass(frozen=True)
class DateValue:
    """A date as extraction read it: partial ISO value, precision, interval (None = open)."""

    value: str
    precision: str  # day | week | month | season | year | decade | reported
    start: dt.date | None
    end: dt.date | None

    @property
    def iso(self) -> str:
        """The value with ISO 8601 open-interval marks: "2021-05-10/..", "../2021-05"."""
        if self.start is None and self.end is not None:
            return f"../{self.value}"
        if self.end is None and self.start is not None:
            return f"{self.value}/.."
        return self.value

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.iso,
            "precision": self.precision,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class DateRecord:
    span: Span
    surface: str
    date: DateValue
    anchor: dt.date
    anchor_kind: str  # published | sentence
    calendar: str  # gregorian | solar-hijri | islamic
    component: str
    confidence: float


@dataclass(frozen=True)
class QuoteRecord:
    span: Span  # the quoted words (direct) or the reported clause (indirect)
    text: str
    direct: bool
    scare: bool
    cue: str | None
    speaker_id: str | None
    speaker_text: str | None  # the words naming the speaker ("He", "a spokesman")
    addressee_ids: tuple[str, ...]
    reported_by_id: str | None
    reported_by_text: str | None
    evidence: Span
    component: str
    confidence: float
    evidence_text: str = ""


@dataclass(frozen=True)
class PlaceValue:
    name: str
    actor_id: str | None
    lat: float | None
    lon: float | None
    gazetteer_id: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3 of the gazetteer place
    kind: str | None = None  # the gazetteer's kind: country | admin1 | city

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "actor": self.actor_id,
            "lat": self.lat,
            "lon": self.lon,
            "id": self.gazetteer_id,
            "country": self.country,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class CountValue:
    kind: str  # killed | injured | arrested | displaced | strikes
    n: int
    approx: bool
    bound: bool
    place: str | None
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "n": self.n,
            "approx": self.approx,
            "at_least": self.bound,
            "place": self.place,
            "span": {"field": self.span.field, "start": self.span.start, "end": self.span.end},
        }


@dataclass(frozen=True)
class EventRecord:
    code: str
    trigger: Span
    trigger_text: str
    source_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    date: DateValue | None
    place: PlaceValue | None
    counts: tuple[CountValue, ...]
    reported_by_id: str | None
    reported_by_text: str | None
    modality: str
    negated: bool
    background: bool
    evidence: Span
    component: str
    confidence: float
    label: str = ""
    plover: str = ""
    mode: str | None = None
    quad_class: int = 0
    evidence_text: str = ""
    source_within: tuple[str, ...] = ()  # the bodies the acting actors are part of (OFAC → Treasury → …)
    target_described: tuple[str, ...] = ()  # acted upon, named by no actor: "leaders from the private sector"


@dataclass(frozen=True)
class CategoryRecord:
    name: str
    score: float
    component: str


@dataclass(frozen=True)
class ComponentError:
    component: str
    error: str


@dataclass(frozen=True)
class ArticleFacts:
    """The facts of one article revision beyond its mentions (written with them, in one transaction)."""

    dates: tuple[DateRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    categories: tuple[CategoryRecord, ...] = ()
    errors: tuple[ComponentError, ...] = ()
    reported: DateValue | None = None  # when the news was reported: quotes are dated so
    new_actors: tuple[ActorRecord, ...] = ()  # governments of countries the KB lacks, named by events
