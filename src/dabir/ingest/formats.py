"""Readers for plain text, HTML pages and JSON lines. Each turns bytes into drafts or rejections;
none touches the network or the database."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from dabir.ingest.dates import parse_published
from dabir.ingest.decode import DecodeFailure, decode_bytes
from dabir.ingest.draft import Fields, build_draft, clean_text
from dabir.ingest.html import HtmlPage, PageFailure, decode_html, extract_page
from dabir.ingest.layout import Layout, parse_layout
from dabir.types import Draft, RawInput, Rejected, RejectReason, SourceInfo, SourceKind

_DECODE_REASONS = {
    "empty": RejectReason.EMPTY,
    "binary": RejectReason.BINARY,
    "undecodable": RejectReason.UNDECODABLE,
}
JSONL_FIELDS = ("id", "source", "url", "title", "published", "authors", "text")
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_failure(origin: str, failure: DecodeFailure, raw: RawInput | None) -> Rejected:
    return Rejected(origin, _DECODE_REASONS[failure.reason], failure.message, raw)


# --- plain text ---------------------------------------------------------------------------------


def read_text(data: bytes, origin: str, source_hint: str, max_text_bytes: int) -> Draft | Rejected:
    """A plain-text item, laid out like the founding sample or not at all."""
    decoded = decode_bytes(data)
    raw = RawInput(data, "text/plain", origin)
    if isinstance(decoded, DecodeFailure):
        return decode_failure(origin, decoded, raw)
    raw = RawInput(data, "text/plain", origin, encoding=decoded.encoding)
    layout = parse_layout(decoded.text)
    return build_draft(_text_fields(layout, raw, source_hint), max_text_bytes)


def _text_fields(layout: Layout, raw: RawInput, source_hint: str) -> Fields:
    source = SourceInfo(
        name=layout.footer_name or source_hint,
        kind=SourceKind.FILE,
        description=layout.footer_text,
    )
    return Fields(
        source=source,
        raw=raw,
        text=layout.body,
        title=layout.title,
        byline=layout.byline,
        published=layout.published,
        caption=layout.caption,
    )


# --- HTML ---------------------------------------------------------------------------------------


def read_html(
    data: bytes,
    origin: str,
    *,
    source_hint: str,
    url: str | None = None,
    charset: str | None = None,
    kind: SourceKind = SourceKind.FILE,
) -> Fields | Rejected:
    """An HTML page's fields, before the boilerplate filter and the shared checks."""
    decoded = decode_html(data, charset)
    raw = RawInput(data, "text/html", origin)
    if isinstance(decoded, DecodeFailure):
        return decode_failure(origin, decoded, raw)
    raw = RawInput(data, "text/html", origin, encoding=decoded.encoding)
    page = extract_page(decoded.text, url)
    if isinstance(page, PageFailure):
        return Rejected(origin, RejectReason.NO_CONTENT, page.message, raw)
    layout = parse_layout(page.text)
    return _page_fields(page, layout, raw, source_hint, url, kind)


def _page_fields(
    page: HtmlPage,
    layout: Layout,
    raw: RawInput,
    source_hint: str,
    url: str | None,
    kind: SourceKind,
) -> Fields:
    source = SourceInfo(
        name=page.site_name or layout.footer_name or source_hint,
        kind=kind,
        description=layout.footer_text,
        url=_site_root(url),
    )
    # A head paragraph leaves the text only when it becomes a field the page lacks (or repeats
    # the page's own title): a deck or a date line under a headline stays.
    unused = {
        role
        for role, present in (
            ("caption", page.caption),
            ("published", page.published),
            ("byline", page.byline),
            ("title", page.title != layout.title and page.title),
        )
        if present
    }
    return Fields(
        source=source,
        raw=raw,
        text=layout.body_keeping(page.text, unused),
        title=page.title or layout.title,
        url=page.canonical_url or url,
        byline=page.byline or layout.byline,
        published=page.published or layout.published,
        caption=page.caption or layout.caption,
        declared_language=page.declared_language,
    )


def _site_root(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}/"


def paragraphs_of(text: str) -> list[str]:
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def without_paragraphs(fields: Fields, drop: set[str]) -> Fields:
    """The fields with the given paragraphs (compared after stripping) taken out of the text."""
    if not drop:
        return fields
    kept = [p for p in paragraphs_of(fields.text) if p not in drop]
    return replace(fields, text="\n\n".join(kept))


# --- JSON lines ---------------------------------------------------------------------------------


def read_jsonl(
    stream: BinaryIO, origin: str, max_text_bytes: int, shared_urls: set[str]
) -> Iterator[tuple[Draft | Rejected, int]]:
    """Each line of a JSON lines file, with the bytes it took. ``shared_urls`` holds the URLs that
    several lines of this file carry: those name a listing, not an article."""
    line_cap = max_text_bytes * 4 + 65536
    for number, line in enumerate(_capped_lines(stream, line_cap), start=1):
        consumed = len(line)
        if not line.strip():
            continue
        yield _read_json_line(line, origin, number, max_text_bytes, shared_urls, line_cap), consumed


def _capped_lines(stream: BinaryIO, cap: int) -> Iterator[bytes]:
    """Lines of the stream; a line longer than ``cap`` comes back cut at cap + 1 bytes (and the
    rest of it is skipped), so memory stays bounded."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def _read_json_line(
    line: bytes, origin: str, number: int, max_text_bytes: int, shared_urls: set[str], cap: int
) -> Draft | Rejected:
    label = f"{origin} line {number}"
    raw = RawInput(line.rstrip(b"\r\n"), "application/x-ndjson", origin, f"line {number}", "utf-8")
    if len(line) > cap:
        return Rejected(
            label, RejectReason.TOO_LARGE, f"line is over {cap:,} bytes (setting max_text_bytes)", raw
        )
    record = _parse_json_object(line, label, raw)
    if isinstance(record, Rejected):
        return record
    return _record_to_draft(record, raw, origin, max_text_bytes, shared_urls)


def _parse_json_object(line: bytes, label: str, raw: RawInput) -> dict[str, Any] | Rejected:
    decoded = decode_bytes(line)
    if isinstance(decoded, DecodeFailure):
        return decode_failure(label, decoded, raw)
    record = load_json_object(decoded.text)
    if isinstance(record, str):
        return Rejected(label, RejectReason.MALFORMED_JSON, record, raw)
    return record


def load_json_object(text: str) -> dict[str, Any] | str:
    """The JSON object in ``text`` with its strings made storable, or what is wrong with it."""
    try:
        record = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        return f"invalid JSON at column {exc.colno}: {exc.msg}"
    except RecursionError:
        return "invalid JSON: nested too deeply"
    except ValueError as exc:  # NaN/Infinity, or an integer with thousands of digits
        return f"invalid JSON: {exc}"
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    cleaned: dict[str, Any] = _storable(record)
    return cleaned


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _storable(value: Any) -> Any:
    """Strings without NUL or lone surrogates (neither can be stored), recursively."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value.replace("\x00", ""))
    if isinstance(value, dict):
        return {_storable(k): _storable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_storable(v) for v in value]
    return value


def _record_to_draft(
    record: dict[str, Any], raw: RawInput, origin: str, max_text_bytes: int, shared_urls: set[str]
) -> Draft | Rejected:
    label = f"{raw.origin} {raw.locator}"
    problem = _check_types(record)
    if problem:
        return Rejected(label, RejectReason.INVALID_FIELD, problem, raw)
    if not (record.get("text") or record.get("title")):
        return Rejected(label, RejectReason.MISSING_FIELD, 'no "text" and no "title"', raw)
    warnings: list[str] = []
    try:
        published = parse_published(record.get("published"))
    except ValueError as exc:
        published = None
        warnings.append(f"published: {exc}")
    url = record.get("url") or None
    metadata = {k: v for k, v in record.items() if k not in JSONL_FIELDS}
    if warnings:
        metadata["ingest_warnings"] = warnings
    own_id = record.get("id")
    fields = Fields(
        source=SourceInfo(name=record.get("source") or Path(origin).stem, kind=SourceKind.DATASET),
        raw=raw,
        text=clean_text(record.get("text")),
        title=record.get("title") or None,
        own_id=str(own_id) if own_id not in (None, "") else None,
        url=url,
        url_identifies=url not in shared_urls,
        byline=", ".join(record.get("authors") or []) or None,
        published=published,
        metadata=metadata,
    )
    return build_draft(fields, max_text_bytes)


def _check_types(record: dict[str, Any]) -> str | None:
    for name in ("source", "url", "title", "text"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return f'field "{name}" must be a string, got {type(value).__name__}'
    identifier = record.get("id")
    if identifier is not None and (isinstance(identifier, bool) or not isinstance(identifier, (str, int))):
        return f'field "id" must be a string or a number, got {type(identifier).__name__}'
    authors = record.get("authors")
    if authors is not None and not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
        return 'field "authors" must be a list of strings'
    return None


def shared_urls_in_jsonl(stream: BinaryIO, cap: int) -> set[str]:
    """URLs that appear on more than one line: a day page or listing, not one article."""
    seen: set[str] = set()
    shared: set[str] = set()
    for line in _capped_lines(stream, cap):
        url = _quick_url(line)
        if url:
            (shared if url in seen else seen).add(url)
    return shared


def _quick_url(line: bytes) -> str | None:
    try:
        record = load_json_object(line.decode("utf-8"))
    except UnicodeDecodeError:
        return None
    url = record.get("url") if isinstance(record, dict) else None
    return url if isinstance(url, str) and url else None
