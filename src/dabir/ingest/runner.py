"""Run the readers over expanded inputs: the one place in ``ingest`` that reads files and
fetches URLs. What it needs to remember between runs (HTTP validators, paragraphs seen per
source, which articles are complete) it asks of an :class:`IngestMemory`, which the workspace
implements on top of the store; ``ingest`` itself never imports the store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from dabir.ingest.decode import guess_utf16_without_bom
from dabir.ingest.discover import FileInput, Input, UrlInput, display_path, expand
from dabir.ingest.draft import Fields, build_draft, identity_of
from dabir.ingest.feeds import PageResult, looks_like_feed, read_feed
from dabir.ingest.fetch import (
    Fetcher,
    FetchFailure,
    FetchPolicy,
    NotModifiedResponse,
    Response,
    Validators,
)
from dabir.ingest.formats import (
    paragraphs_of,
    read_html,
    read_jsonl,
    read_text,
    shared_urls_in_jsonl,
    without_paragraphs,
)
from dabir.keys import normalize_for_identity
from dabir.settings import Settings
from dabir.types import (
    Draft,
    Identity,
    KnownArticle,
    NotModified,
    Rejected,
    RejectReason,
    Skipped,
    SourceKind,
)

Item = Draft | Rejected | Skipped | NotModified | KnownArticle
Progress = Callable[[int], None]
_PRESCAN_LIMIT = 2000  # HTML files kept in memory between the boilerplate pre-scan and the read


class IngestMemory(Protocol):
    """What ingest remembers between runs. Implemented by the workspace over the store."""

    def validators(self, url: str) -> Validators | None: ...

    def remember_validators(self, url: str, validators: Validators) -> None: ...

    def is_complete(self, identity: Identity) -> bool: ...

    def register_paragraphs(self, source: str, page_key: str, hashes: Sequence[str]) -> None: ...

    def repeated_paragraphs(self, source: str, hashes: Sequence[str], min_pages: int) -> set[str]: ...

    def removed_paragraphs(self, identity: Identity) -> set[str] | None:
        """The boilerplate removed from a stored article (None when it is not stored)."""
        ...


def paragraph_hash(paragraph: str) -> str:
    return hashlib.sha256(normalize_for_identity(paragraph).encode("utf-8")).hexdigest()[:20]


@dataclass
class Plan:
    """The expanded inputs of one run, and the bytes of local files (for a progress bar)."""

    inputs: list[Input]
    total_bytes: int = 0
    html_files: list[FileInput] = field(default_factory=list)


def plan(arguments: Sequence[str]) -> Plan:
    inputs = list(expand(arguments))
    files = [i for i in inputs if isinstance(i, FileInput)]
    return Plan(
        inputs=inputs,
        total_bytes=sum(f.size for f in files),
        html_files=[f for f in files if f.format == "html"],
    )


class Runner:
    """Reads every input of a plan and yields drafts, rejections and notes, in input order."""

    def __init__(
        self,
        settings: Settings,
        memory: IngestMemory,
        *,
        source_name: str | None = None,
        fetcher: Fetcher | None = None,
    ) -> None:
        self._settings = settings
        self._memory = memory
        self._source_name = source_name
        self._fetcher = fetcher
        self._scanned: set[str] = set()  # pages whose paragraphs this run has counted

    def run(self, work: Plan, progress: Progress | None = None) -> Iterator[Item]:
        report = progress or (lambda _n: None)
        self._prescan(work.html_files)
        for item in work.inputs:
            if isinstance(item, FileInput):
                yield from self._read_file(item, report)
            elif isinstance(item, UrlInput):
                yield from self._read_url(item.url)
            else:
                yield item

    # --- files ----------------------------------------------------------------------------------

    def _read_file(self, item: FileInput, report: Progress) -> Iterator[Item]:
        origin = item.label
        if item.format == "jsonl":
            yield from self._read_jsonl_file(item, report)
            return
        if item.size > self._settings.max_input_bytes:
            report(item.size)
            yield _too_large(origin, item.size, self._settings.max_input_bytes)
            return
        data = _read_bytes(item.path)
        report(item.size)
        if isinstance(data, Rejected):
            yield data
        elif item.format == "feed" or (item.format == "text" and looks_like_feed(data)):
            yield from self._feed(data, origin)
        elif item.format == "html":
            yield self._finish_html(self._html_fields(data, origin, None), origin)
        else:
            yield read_text(data, origin, self._hint(item.path), self._settings.max_text_bytes)

    def _read_jsonl_file(self, item: FileInput, report: Progress) -> Iterator[Item]:
        line_cap = self._settings.max_text_bytes * 4 + 65536
        wide = _wide_encoding(item.path)
        if wide:
            report(item.size)
            message = f"JSON lines must be UTF-8 (RFC 8259), and this file is {wide}: convert it first"
            yield Rejected(item.label, RejectReason.UNDECODABLE, message)
            return
        try:
            with item.path.open("rb") as handle:
                shared = shared_urls_in_jsonl(handle, line_cap)
            with item.path.open("rb") as handle:
                for result, consumed in read_jsonl(handle, item.label, self._settings.max_text_bytes, shared):
                    report(consumed)
                    yield result
        except OSError as exc:
            yield Rejected(item.label, RejectReason.UNREADABLE, f"cannot read: {exc}")

    def _hint(self, path: Path) -> str:
        return self._source_name or display_path(path.parent.name) or "local files"

    # --- HTML and the boilerplate filter ---------------------------------------------------------

    def _html_fields(
        self, data: bytes, origin: str, url: str | None, charset: str | None = None
    ) -> Fields | Rejected:
        hint = self._source_name or (_host(url) if url else Path(origin).parent.name) or "web"
        kind = SourceKind.PAGE if url else SourceKind.FILE
        fields = read_html(data, origin, source_hint=hint, url=url, charset=charset, kind=kind)
        key = url or origin  # the page's place: stable when the page is edited
        if isinstance(fields, Fields) and key not in self._scanned:
            self._scanned.add(key)
            hashes = [paragraph_hash(p) for p in paragraphs_of(fields.text)]
            self._memory.register_paragraphs(fields.source.name, key, hashes)
        return fields

    def _prescan(self, html_files: list[FileInput]) -> None:
        """Read the batch's HTML files once first, so the boilerplate filter knows every page
        (nothing is kept: the main pass reads each file again, so memory stays flat)."""
        if len(html_files) < self._settings.boilerplate_min_pages:
            return
        for item in html_files[:_PRESCAN_LIMIT]:
            if item.size > self._settings.max_input_bytes:
                continue
            data = _read_bytes(item.path)
            if isinstance(data, bytes):
                self._html_fields(data, item.label, None)

    def _finish_html(self, fields: Fields | Rejected, origin: str) -> Draft | Rejected:
        """Drop the source's boilerplate. An article already stored keeps the removal it had,
        so later counts never change stored text and ingesting again changes nothing."""
        if isinstance(fields, Rejected):
            return fields
        fields = replace(fields, identity_text=fields.text)
        by_hash = {paragraph_hash(p): p for p in paragraphs_of(fields.text)}
        removed = self._memory.removed_paragraphs(identity_of(fields))
        if removed is None:
            removed = self._memory.repeated_paragraphs(
                fields.source.name, list(by_hash), self._settings.boilerplate_min_pages
            )
        drop = {h for h in removed if h in by_hash}
        if len(drop) >= len(by_hash):
            drop = set()  # every paragraph is "boilerplate": the page repeats itself, keep it
        fields = without_paragraphs(fields, {by_hash[h] for h in drop})
        metadata = {**fields.metadata, "boilerplate_removed": sorted(drop)}
        return build_draft(replace(fields, metadata=metadata), self._settings.max_text_bytes)

    # --- feeds ----------------------------------------------------------------------------------

    def _feed(self, data: bytes, origin: str) -> Iterator[Item]:
        loader = self.load_page if self._settings.fetch_linked_pages else None
        yield from read_feed(
            data,
            origin,
            max_text_bytes=self._settings.max_text_bytes,
            load_page=loader,
            is_complete=self._memory.is_complete,
        )

    def load_page(self, url: str) -> PageResult:
        """Fetch and read an article page (a feed entry's link)."""
        result = self._fetch(url)
        if isinstance(result, FetchFailure):
            return PageResult(None, result.message)
        if isinstance(result, NotModifiedResponse):
            return PageResult(None, "not modified since the last fetch")
        fields = self._html_fields(result.body, result.url, result.url, result.charset)
        draft = self._finish_html(fields, result.url)
        if isinstance(draft, Rejected):
            return PageResult(None, draft.message)
        return PageResult(draft, None)

    # --- URLs -----------------------------------------------------------------------------------

    def _read_url(self, url: str) -> Iterator[Item]:
        """Everything a URL holds. Its validators are remembered only once every item read from
        it has been taken (and stored) by the caller: a run killed half-way must not get a 304
        for what it never stored."""
        result = self._fetch(url, conditional=True)
        if isinstance(result, FetchFailure):
            yield Rejected(url, result.reason, result.message)
            return
        if isinstance(result, NotModifiedResponse):
            yield NotModified(url)
            return
        yield from self._read_response(url, result)
        self._memory.remember_validators(result.url, result.validators)

    def _read_response(self, url: str, result: Response) -> Iterator[Item]:
        body, kind = result.body, result.content_type
        if "xml" in kind or "rss" in kind or "atom" in kind or looks_like_feed(body[:2048]):
            yield from self._feed(body, url)
        elif "html" in kind or body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            fields = self._html_fields(body, url, result.url, result.charset)
            yield self._finish_html(fields, url)
        elif "ndjson" in kind or "jsonl" in kind or "json" in kind:
            yield Rejected(url, RejectReason.UNSUPPORTED, "JSON lines are read from files, not URLs")
        else:
            yield read_text(body, url, _host(url), self._settings.max_text_bytes)

    def _fetch(self, url: str, *, conditional: bool = False) -> Response | NotModifiedResponse | FetchFailure:
        if self._fetcher is None:
            self._fetcher = Fetcher(_policy(self._settings))
        return self._fetcher.fetch(url, self._memory.validators if conditional else None)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def _policy(settings: Settings) -> FetchPolicy:
    return FetchPolicy(
        timeout=settings.fetch_timeout,
        max_bytes=settings.max_input_bytes,
        max_redirects=settings.max_redirects,
        user_agent=settings.user_agent,
        allow_private=settings.allow_private,
    )


def _read_bytes(path: Path) -> bytes | Rejected:
    try:
        return path.read_bytes()
    except OSError as exc:
        return Rejected(display_path(path), RejectReason.UNREADABLE, f"cannot read: {exc.strerror or exc}")


def _wide_encoding(path: Path) -> str | None:
    """UTF-16 or UTF-32 (by BOM or NUL bytes), which line-by-line reading would cut apart."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None  # the read that follows reports it
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-32" if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else "UTF-16"
    if head.startswith(b"\x00\x00\xfe\xff"):
        return "UTF-32"
    return "UTF-16 without a byte-order mark" if guess_utf16_without_bom(head) else None


def _too_large(origin: str, size: int, cap: int) -> Rejected:
    return Rejected(
        origin,
        RejectReason.TOO_LARGE,
        f"the input is {size:,} bytes, over the size limit of {cap:,} bytes (setting max_input_bytes)",
    )


def _host(url: str | None) -> str:
    if not url or "://" not in url:
        return ""
    return url.split("://", 1)[1].split("/", 1)[0].split("@")[-1].split(":")[0].removeprefix("www.")
