"""Build a :class:`Draft` from the fields a reader found, with the checks every format shares:
Unicode form, size cap, empty input, derived headline, language and identity."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dabir.ingest.decode import normalize_newlines
from dabir.ingest.identity import canonical_url, choose_identity, is_front_page
from dabir.ingest.language import detect_language
from dabir.ingest.text import derive_headline, utf8_size
from dabir.types import (
    Caption,
    Draft,
    Identity,
    PublishedDate,
    RawInput,
    Rejected,
    RejectReason,
    SourceInfo,
)


@dataclass(frozen=True)
class Fields:
    """What a reader found in one input, before the shared checks."""

    source: SourceInfo
    raw: RawInput
    text: str
    title: str | None = None
    own_id: str | None = None
    url: str | None = None
    url_identifies: bool = True
    byline: str | None = None
    published: PublishedDate | None = None
    caption: Caption | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    pending: str | None = None
    declared_language: str | None = None
    identity_text: str | None = None  # the text that identifies the article, when not ``text``
    # (an HTML page's text before boilerplate removal: what is removed may change over time)


def identity_of(found: Fields) -> Identity:
    """The identity :func:`build_draft` will give these fields."""
    text = clean_text(found.identity_text if found.identity_text is not None else found.text)
    canonical = canonical_url(found.url) if found.url else None
    return choose_identity(
        source_name=found.source.name,
        own_id=found.own_id,
        canonical=canonical,
        url_identifies=_names_one_article(found, canonical),
        title=clean_line(found.title) or "",
        text=text,
    )


def _names_one_article(found: Fields, canonical: str | None) -> bool:
    return bool(canonical and found.url_identifies and not is_front_page(canonical))


def clean_text(value: str | None) -> str:
    """NFC, LF newlines, no NUL, no surrounding whitespace."""
    if not value:
        return ""
    return normalize_newlines(unicodedata.normalize("NFC", value)).replace("\x00", "").strip()


def clean_line(value: str | None) -> str | None:
    """One-line fields (title, byline): whitespace runs, including no-break spaces, become one space."""
    text = " ".join(clean_text(value).split())
    return text or None


def build_draft(found: Fields, max_text_bytes: int) -> Draft | Rejected:
    label = f"{found.raw.origin} {found.raw.locator}" if found.raw.locator else found.raw.origin
    text = clean_text(found.text)
    title = clean_line(found.title)
    size = utf8_size(text)
    if size > max_text_bytes:
        return Rejected(
            label,
            RejectReason.TOO_LARGE,
            f"article text is {size:,} bytes, over the size limit of {max_text_bytes:,} "
            "bytes (setting max_text_bytes)",
            found.raw,
        )
    if not text and not title:
        return Rejected(label, RejectReason.EMPTY, "no text and no title", found.raw)
    if not _visible(text) and not _visible(title or ""):
        return Rejected(label, RejectReason.EMPTY, "only invisible characters", found.raw)
    title_derived = title is None
    if title is None:
        headline = derive_headline(text)
        title = headline if _has_words(headline) else " ".join(text.split())[:110]
    canonical = canonical_url(found.url) if found.url else None
    language = detect_language(text or title)
    if language.code == "und" and found.declared_language:
        language = type(language)(found.declared_language, 0.0)
    pending = found.pending if found.pending else (None if text else "the input has no text")
    return Draft(
        source=found.source,
        identity=identity_of(found),
        text=text,
        title=title,
        title_derived=title_derived,
        raw=found.raw,
        url=found.url.strip() if found.url else None,
        canonical_url=canonical,
        url_identifies=_names_one_article(found, canonical),
        byline=clean_line(found.byline),
        published=found.published,
        caption=_clean_caption(found.caption),
        language=language.code,
        language_confidence=language.confidence,
        metadata=dict(found.metadata),
        pending=pending,
    )


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _visible(text: str) -> bool:
    """Anything but whitespace and format characters (zero-width spaces, direction marks)."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def _clean_caption(caption: Caption | None) -> Caption | None:
    if caption is None:
        return None
    text = clean_line(caption.text)
    if not text:
        return None
    return Caption(text=text, credit=clean_line(caption.credit))
