"""The values that flow through Dabir: frozen dataclasses, no behaviour beyond small helpers.

Datetimes are always timezone-aware UTC. Text offsets are Python string indices (code points)
into one named field of an article: ``title``, ``caption`` or ``text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

FieldName = Literal["title", "caption", "credit", "text"]
"""The article fields a span can point into ("credit": the photo credit of the caption)."""

Precision = Literal["year", "month", "day", "minute", "second"]
MIN_YEAR, MAX_YEAR = 1, 9998  # a period's end must still be a representable datetime


@dataclass(frozen=True)
class Span:
    """A character range in one field of an article: ``article.field(name)[start:end]``."""

    field: FieldName
    start: int
    end: int


@dataclass(frozen=True)
class Provenance:
    """Who made a fact: the component and its version, and how sure it was."""

    component: str  # e.g. "ingest.layout"
    version: str  # e.g. "v1"
    confidence: float = 1.0


@dataclass(frozen=True)
class PublishedDate:
    """When an article was published, only as precise as the input says.

    ``value`` is ISO 8601: "2021", "2021-05", "2021-05-17", "2021-05-17T13:17Z" or
    "2021-05-17T13:17:06Z". Times are converted to UTC; a date alone stays a date.
    """

    value: str
    precision: Precision

    def __post_init__(self) -> None:
        year = int(self.value[:4]) if self.value[:4].isdigit() else 0
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(f"date {self.value!r} is outside the years {MIN_YEAR}–{MAX_YEAR}")

    @property
    def start(self) -> datetime:
        """The first instant (UTC) the value can mean."""
        return _period_bounds(self)[0]

    @property
    def end(self) -> datetime:
        """The first instant (UTC) after the period the value can mean."""
        return _period_bounds(self)[1]

    @staticmethod
    def from_datetime(moment: datetime) -> PublishedDate:
        """A timestamp to the second (or minute when seconds are zero), in UTC."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        try:
            utc = moment.astimezone(UTC)
        except OverflowError as exc:
            raise ValueError(f"date {moment.isoformat()} is out of range") from exc
        if utc.second == 0 and utc.microsecond == 0:
            return PublishedDate(utc.strftime("%Y-%m-%dT%H:%MZ"), "minute")
        return PublishedDate(utc.strftime("%Y-%m-%dT%H:%M:%SZ"), "second")

    @staticmethod
    def from_date(day: date) -> PublishedDate:
        return PublishedDate(day.isoformat(), "day")


def _period_bounds(published: PublishedDate) -> tuple[datetime, datetime]:
    value, precision = published.value, published.precision
    if precision == "year":
        year = int(value[:4])
        return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    if precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        nxt = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        return datetime(year, month, 1, tzinfo=UTC), nxt
    if precision == "day":
        start = datetime.fromisoformat(value[:10]).replace(tzinfo=UTC)
        return start, start + timedelta(days=1)
    start = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    step = timedelta(minutes=1) if precision == "minute" else timedelta(seconds=1)
    return start, start + step


class SourceKind(StrEnum):
    FILE = "file"
    PAGE = "page"
    FEED = "feed"
    DATASET = "dataset"  # JSON lines and similar bulk files


@dataclass(frozen=True)
class SourceInfo:
    """What the input says about its publisher. The store gives it an id."""

    name: str
    kind: SourceKind
    url: str | None = None
    description: str | None = None  # e.g. the "About <publisher>" footer text
    language: str | None = None


@dataclass(frozen=True)
class Source:
    """A publisher or feed as stored: facts analysts weigh (affiliation, notes) live here."""

    id: str
    name: str
    kind: str
    url: str | None
    description: str | None
    language: str | None
    country: str | None
    affiliation: str | None
    notes: str | None
    article_count: int = 0


@dataclass(frozen=True)
class Fingerprint:
    """A text's MinHash signature and its LSH band hashes (see ingest/dedup.py)."""

    signature: bytes  # little-endian uint32 values, one per permutation
    bands: tuple[int, ...]  # one signed 64-bit hash per band


@dataclass(frozen=True)
class Caption:
    """A photo caption and the credit that closes it, e.g. text "… commander." credit "MEHR"."""

    text: str
    credit: str | None


class IdentityKind(StrEnum):
    SOURCE_ID = "source-id"  # the input's own id within its source (JSON lines ``id``, feed guid)
    URL = "url"  # the canonical URL, when it names exactly one article
    TEXT = "text"  # the hash of the normalized text


@dataclass(frozen=True)
class Identity:
    """What makes two inputs the same article."""

    kind: IdentityKind
    key: str  # deterministic string; the article id is a hash of it


@dataclass(frozen=True)
class RawInput:
    """The bytes an article was made from, kept for provenance."""

    data: bytes
    media_type: str  # e.g. "text/html", "application/x-ndjson", "text/plain"
    origin: str  # file path or URL
    locator: str | None = None  # position inside origin, e.g. "line 17" or "entry 3"
    encoding: str | None = None  # how the bytes were decoded


@dataclass(frozen=True)
class Draft:
    """An article as read from its input, before the store decides new / unchanged / revision."""

    source: SourceInfo
    identity: Identity
    text: str
    title: str
    title_derived: bool
    raw: RawInput
    url: str | None = None  # as the input gives it
    canonical_url: str | None = None  # tracking parameters, fragment and case noise removed
    url_identifies: bool = False  # the URL names this one article
    byline: str | None = None
    published: PublishedDate | None = None
    caption: Caption | None = None
    language: str = "und"
    language_confidence: float = 0.0
    metadata: Mapping[str, Any] = field(default_factory=dict)
    pending: str | None = None  # why the text is incomplete (headline-only feed item) or None

    @property
    def input_label(self) -> str:
        """Where the draft came from, for messages: "file.jsonl line 17"."""
        return f"{self.raw.origin} {self.raw.locator}" if self.raw.locator else self.raw.origin


@dataclass(frozen=True)
class Article:
    """An article as stored: its current revision."""

    id: str
    source: Source
    identity: Identity
    title: str
    title_derived: bool
    text: str
    url: str | None
    byline: str | None
    published: PublishedDate | None
    fetched: datetime
    language: str
    language_confidence: float
    caption: Caption | None
    metadata: Mapping[str, Any]
    revision: int
    story: str
    status: str
    pending: str | None
    input: str
    encoding: str | None
    near_duplicate_of: str | None = None
    revisions: tuple[RevisionInfo, ...] = ()
    story_articles: tuple[str, ...] = ()  # every article of the story, this one included

    def field_text(self, name: FieldName) -> str:
        """The text a span with this field name points into."""
        if name == "title":
            return self.title
        if name == "caption":
            return self.caption.text if self.caption else ""
        if name == "credit":
            return (self.caption.credit or "") if self.caption else ""
        return self.text


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    content_hash: str
    created: datetime


@dataclass(frozen=True)
class ArticleSummary:
    """One row of an article listing."""

    id: str
    source: str
    title: str
    title_derived: bool
    published: PublishedDate | None
    language: str
    revision: int
    story: str
    pending: str | None


@dataclass(frozen=True)
class SearchHit:
    article: ArticleSummary
    snippet: str  # HTML-escaped text with the matched terms wrapped in <mark>…</mark>
    rank: float  # higher is better; comparable within one result list only
    copies: int = 1  # matching articles of the same story (near-duplicates) this hit stands for


class RejectReason(StrEnum):
    """Why an input could not be ingested. The values are stable: scripts match on them."""

    NOT_FOUND = "not-found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too-large"
    UNSUPPORTED = "unsupported-format"
    MALFORMED_JSON = "malformed-json"
    MISSING_FIELD = "missing-field"
    INVALID_FIELD = "invalid-field"
    MALFORMED_FEED = "malformed-feed"
    XML_ENTITIES = "xml-entities"
    NO_CONTENT = "no-content"
    HTTP_STATUS = "http-status"
    FETCH_FAILED = "fetch-failed"
    REFUSED_SCHEME = "refused-scheme"
    REFUSED_ADDRESS = "refused-address"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    STORE_FAILED = "store-failed"


@dataclass(frozen=True)
class Rejected:
    """An input that could not be ingested, and why. A value, not an exception."""

    input: str  # file path, URL, or "path line N"
    reason: RejectReason
    message: str  # specific and human: what, and where
    raw: RawInput | None = None


@dataclass(frozen=True)
class Skipped:
    """A file in a directory that Dabir does not ingest (a licence, a CSV …): a note, not an error."""

    input: str
    note: str


@dataclass(frozen=True)
class NotModified:
    """A URL that answered 304 Not Modified to a conditional GET."""

    input: str


@dataclass(frozen=True)
class KnownArticle:
    """A feed entry without text whose article is already stored complete: nothing to fetch."""

    identity: Identity
    input: str


@dataclass(frozen=True)
class RejectionRecord:
    """A stored rejection."""

    id: str
    input: str
    reason: str
    message: str
    first_seen: datetime
    last_seen: datetime
    times: int


class Outcome(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    REVISED = "revised"
    NEAR_DUPLICATE = "near_duplicate"


@dataclass(frozen=True)
class Stored:
    """What happened to one draft."""

    outcome: Outcome
    article_id: str
    input: str
    duplicate_of: str | None = None  # for NEAR_DUPLICATE: the article it is a near-copy of
    similarity: float | None = None


@dataclass
class IngestSummary:
    """The tally of one ingest run. Mutable while the run goes on; read it when it is done."""

    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    near_duplicate: list[Stored] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # stored, but waiting for a fetch
    extraction: dict[str, Any] | None = None  # what extraction did after the ingest, when it ran

    @property
    def ok(self) -> bool:
        return not self.rejected

    def add(self, item: Stored | Rejected | Skipped | NotModified) -> None:
        if isinstance(item, Rejected):
            self.rejected.append(item)
        elif isinstance(item, Skipped):
            self.skipped.append(item)
        elif isinstance(item, NotModified):
            self.not_modified.append(item.input)
        elif item.outcome is Outcome.NEW:
            self.new.append(item.article_id)
        elif item.outcome is Outcome.UNCHANGED:
            self.unchanged.append(item.article_id)
        elif item.outcome is Outcome.REVISED:
            self.revised.append(item.article_id)
        else:
            self.near_duplicate.append(item)

    def rejected_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.rejected:
            counts[item.reason.value] = counts.get(item.reason.value, 0) + 1
        return dict(sorted(counts.items()))

    def to_json(self) -> dict[str, Any]:
        """The documented ``dabir ingest --json`` shape (see docs/json.md)."""
        return {
            "new": list(self.new),
            "unchanged": list(self.unchanged),
            "revised": list(self.revised),
            "near_duplicate": [
                {"id": s.article_id, "of": s.duplicate_of, "similarity": s.similarity}
                for s in self.near_duplicate
            ],
            "rejected": [
                {"input": r.input, "reason": r.message, "code": r.reason.value} for r in self.rejected
            ],
            "skipped": [{"input": s.input, "note": s.note} for s in self.skipped],
            "not_modified": list(self.not_modified),
            "pending": list(self.pending),
            "extraction": self.extraction,
        }


@dataclass(frozen=True)
class ArticleFilter:
    """Filters for listing articles. ``since``/``until`` compare with the publication period."""

    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    language: str | None = None
    pending: bool | None = None  # True: only articles waiting for their text; False: only complete
    limit: int = 50
    offset: int = 0


def utc_now() -> datetime:
    return datetime.now(UTC)
