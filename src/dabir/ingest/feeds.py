"""RSS and Atom feeds with feedparser, behind an XML safety check.

Before feedparser sees a byte, the document is parsed with defusedxml: a feed that declares
entities (the "billion laughs" bomb and its relatives) or external resources is refused, never
expanded. A feed that is not well-formed XML is still read when feedparser can recover entries
from it (real feeds often use HTML entities such as ``&nbsp;``), and rejected otherwise.

An entry's text is its full content when it carries one; otherwise the caller's ``load_page``
fetches the linked page. When that fails the entry is kept with its summary, or as headline
only, marked pending with the reason, to be completed by a later ingest.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as safe_fromstring

from dabir.ingest.dates import parse_published
from dabir.ingest.draft import Fields, build_draft
from dabir.ingest.identity import canonical_url, choose_identity
from dabir.types import (
    Draft,
    Identity,
    KnownArticle,
    PublishedDate,
    RawInput,
    Rejected,
    RejectReason,
    Skipped,
    SourceInfo,
    SourceKind,
)

FULL_TEXT_CHARS = 400  # content shorter than this is a teaser, not the article
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section")


@dataclass(frozen=True)
class PageResult:
    """What ``load_page`` returns: a draft of the linked page, or why there is none."""

    draft: Draft | None
    problem: str | None


PageLoader = Callable[[str], PageResult]
CompletenessCheck = Callable[[Identity], bool]


def check_xml(data: bytes, origin: str) -> Rejected | str | None:
    """A rejection for entity declarations; a warning string for other XML errors; None if fine."""
    raw = RawInput(data, "application/xml", origin)
    try:
        safe_fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        return Rejected(
            origin,
            RejectReason.XML_ENTITIES,
            f"the feed declares XML entities or external resources ({type(exc).__name__}); "
            "refused without expanding them",
            raw,
        )
    except ParseError as exc:
        return f"not well-formed XML: {exc}"
    return None


_FEED_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?"
    rb"(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.S | re.I,
)


def looks_like_feed(head: bytes) -> bool:
    """The document's root element is a feed's (a story that mentions <rss> is not a feed)."""
    return bool(_FEED_START.match(head[:4096]))


def read_feed(
    data: bytes,
    origin: str,
    *,
    max_text_bytes: int,
    load_page: PageLoader | None,
    is_complete: CompletenessCheck | None = None,
) -> Iterator[Draft | Rejected | Skipped | KnownArticle]:
    """Every entry of a feed document, as drafts (or rejections)."""
    checked = check_xml(data, origin)
    if isinstance(checked, Rejected):
        yield checked
        return
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.entries)
    if not entries:
        if parsed.get("version") and not checked:
            yield Skipped(origin, "the feed has no entries")
            return
        message = f"malformed feed: {checked}" if checked else "not an RSS or Atom feed"
        yield Rejected(
            origin, RejectReason.MALFORMED_FEED, message, RawInput(data, "application/xml", origin)
        )
        return
    if checked and not any(_has_substance(entry) for entry in entries):
        message = f"malformed feed: {checked} (no readable entry)"
        yield Rejected(
            origin, RejectReason.MALFORMED_FEED, message, RawInput(data, "application/xml", origin)
        )
        return
    source = _feed_source(parsed, origin)
    date_order = _date_order(parsed.feed.get("language"))
    for index, entry in enumerate(entries, start=1):
        raw = RawInput(data, "application/xml", origin, f"entry {index}", parsed.get("encoding"))
        context = _EntryContext(source, date_order, max_text_bytes, load_page, is_complete, checked)
        yield _entry_draft(entry, raw, context)


def _has_substance(entry: Any) -> bool:
    return any(str(dict.get(entry, key) or "").strip() for key in ("title", "link", "summary", "content"))


def _feed_source(parsed: Any, origin: str) -> SourceInfo:
    feed = parsed.feed
    title = " ".join(str(feed.get("title") or "").split()) or origin
    return SourceInfo(
        name=title,
        kind=SourceKind.FEED,
        url=str(feed.get("link") or "").strip() or None,
        description=" ".join(str(feed.get("subtitle") or "").split()) or None,
        language=str(feed.get("language") or "").strip() or None,
    )


def _date_order(language: str | None) -> str:
    """Numeric dates in a US-English feed are month first; elsewhere day first."""
    return "MDY" if (language or "").lower() in ("en-us", "en_us") else "DMY"


@dataclass(frozen=True)
class _EntryContext:
    source: SourceInfo
    date_order: str
    max_text_bytes: int
    load_page: PageLoader | None
    is_complete: CompletenessCheck | None
    xml_warning: str | None


def _entry_draft(entry: Any, raw: RawInput, context: _EntryContext) -> Draft | Rejected | KnownArticle:
    link = str(entry.get("link") or "").strip() or None
    title = str(entry.get("title") or "").strip() or None
    own_id = str(entry.get("id") or "").strip() or None
    content = _entry_content(entry)
    metadata: dict[str, Any] = {"feed_entry": raw.locator}
    tags = [str(t.get("term")) for t in entry.get("tags") or [] if t.get("term")]
    if tags:
        metadata["tags"] = [" ".join(t.split()) for t in tags]
    if context.xml_warning:
        metadata["ingest_warnings"] = [context.xml_warning]
    pending = None
    if len(content) < FULL_TEXT_CHARS:
        identity = choose_identity(
            source_name=context.source.name,
            own_id=own_id,
            canonical=canonical_url(link) if link else None,
            url_identifies=True,
            title=title or "",
            text=content,
        )
        if context.is_complete and context.is_complete(identity):
            return KnownArticle(identity, f"{raw.origin} {raw.locator}")
        page, pending = _linked_page(link, context.load_page)
        if page is not None:
            return _merge_page(page, entry, raw, metadata, context)
    fields = Fields(
        source=context.source,
        raw=raw,
        text=content,
        title=title,
        own_id=own_id,
        url=link,
        byline=_author(entry),
        published=_entry_date(entry, context.date_order),
        metadata=metadata,
        pending=pending,
    )
    return build_draft(fields, context.max_text_bytes)


def _linked_page(link: str | None, load_page: PageLoader | None) -> tuple[Draft | None, str | None]:
    if not link:
        return None, "the entry has no text and no link"
    if load_page is None:
        return None, f"the entry has no text; fetching linked pages is off ({link})"
    result = load_page(link)
    if result.draft is not None and result.draft.text:
        return result.draft, None
    return None, f"the entry has no text and the linked page could not be read: {result.problem}"


def _merge_page(
    page: Draft, entry: Any, raw: RawInput, metadata: dict[str, Any], context: _EntryContext
) -> Draft | Rejected:
    """The linked page's text under the entry's identity, title and date."""
    metadata = {**metadata, "fetched_from": page.url, "feed_locator": raw.locator}
    fields = Fields(
        source=context.source,
        raw=page.raw,
        text=page.text,
        title=str(entry.get("title") or "").strip() or page.title,
        own_id=str(entry.get("id") or "").strip() or None,
        url=str(entry.get("link") or "").strip() or page.url,
        byline=_author(entry) or page.byline,
        published=_entry_date(entry, context.date_order) or page.published,
        caption=page.caption,
        metadata=metadata,
    )
    return build_draft(fields, context.max_text_bytes)


def _entry_content(entry: Any) -> str:
    """The longest of the entry's content and summary, as plain text with paragraphs."""
    candidates = [str(c.get("value") or "") for c in entry.get("content") or []]
    candidates.append(str(entry.get("summary") or ""))
    texts = [html_fragment_text(c) for c in candidates if c.strip()]
    return max(texts, key=len, default="")


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph per block element; plain text stays as it is."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
        block.text = "\n\n" + (block.text or "") if block.tag not in ("li", "tr") else block.text
    text = root.text_content()
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _author(entry: Any) -> str | None:
    author = str(entry.get("author") or "").strip()
    return author or None


def _entry_date(entry: Any, date_order: str) -> PublishedDate | None:
    """The entry's own date. ``dict.get`` skips feedparser's deprecated key fallbacks
    ("updated" silently meaning "published")."""
    for key in ("published", "updated", "created"):
        raw_value = str(dict.get(entry, key) or "").strip()
        if not raw_value:
            continue
        found = _date_of(raw_value, dict.get(entry, f"{key}_parsed"), date_order)
        if found is not None:
            return found
    return None


def _date_of(raw_value: str, parsed: Any, date_order: str) -> PublishedDate | None:
    """Our own reading first: it keeps a date without a time a date. feedparser's reading is
    the fallback, and only for values that carry a time (else it invents midnight)."""
    try:
        return parse_published(raw_value, date_order)
    except ValueError:
        pass
    if parsed and re.search(r"\d{1,2}:\d{2}", raw_value):
        try:
            return PublishedDate.from_datetime(datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC))
        except (ValueError, OverflowError, OSError):
            return None
    return None

