"""Turn the arguments of ``dabir ingest`` (files, directories, globs, URLs) into inputs.

Directories are walked in sorted order; files Dabir reads are kept, others are skipped with a
note (a ``SOURCE.md``, a licence, a CSV, an image …). A file named explicitly is read whatever
its extension, by sniffing its first bytes.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dabir.ingest.feeds import looks_like_feed
from dabir.types import Rejected, RejectReason, Skipped

Format = Literal["text", "html", "jsonl", "feed"]

_BY_EXTENSION: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
}
_DOCUMENTATION = re.compile(
    r"^(source|readme|licen[cs]e|copying|notice|authors|changelog|contributing)([-_.].*)?$", re.I
)
_SKIP_NOTES = {
    ".csv": "a CSV table, not articles",
    ".tsv": "a TSV table, not articles",
    ".json": "a JSON document, not JSON lines",
    ".md": "a Markdown document",
    ".pdf": "a PDF document",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".svg": "an image",
    ".webp": "an image",
    ".zip": "an archive",
    ".gz": "a compressed file",
}


@dataclass(frozen=True)
class FileInput:
    path: Path
    format: Format
    size: int

    @property
    def label(self) -> str:
        return display_path(self.path)


@dataclass(frozen=True)
class UrlInput:
    url: str


Input = FileInput | UrlInput | Skipped | Rejected


def expand(arguments: Sequence[str]) -> Iterator[Input]:
    """Each argument becomes one or more inputs, in a stable order."""
    for argument in arguments:
        yield from _expand_one(argument)


def _expand_one(argument: str) -> Iterator[Input]:
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", argument)
    if scheme:
        if scheme.group(1).lower() in ("http", "https"):
            yield UrlInput(argument)
        else:
            yield Rejected(
                argument,
                RejectReason.REFUSED_SCHEME,
                f"only http and https URLs are fetched, not {scheme.group(1)}://",
            )
        return
    if any(ch in argument for ch in "*?["):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            yield Rejected(argument, RejectReason.NOT_FOUND, "no file matches this pattern")
        for match in matches:
            yield from _expand_path(Path(match), explicit=False)
        return
    yield from _expand_path(Path(argument), explicit=True)


def _expand_path(path: Path, *, explicit: bool) -> Iterator[Input]:
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        yield _classify(path, explicit=explicit)
    elif path.exists():
        yield Rejected(display_path(path), RejectReason.UNSUPPORTED, "not a regular file or directory")
    else:
        yield Rejected(display_path(path), RejectReason.NOT_FOUND, "no such file or directory")


def _walk(directory: Path) -> Iterator[Input]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            yield _classify(Path(root) / name, explicit=False)


def display_path(path: Path | str) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not UTF-8
    become U+FFFD instead of unencodable surrogates."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _classify(path: Path, *, explicit: bool) -> Input:
    label = display_path(path)
    try:
        status = path.stat()
    except OSError as exc:
        return Rejected(label, RejectReason.UNREADABLE, f"cannot read: {exc.strerror}")
    if not stat.S_ISREG(status.st_mode):  # a named pipe or a device would block or never end
        return Skipped(label, "skipped: not a regular file (a pipe, socket or device)")
    extension = path.suffix.lower()
    if not explicit:
        if _DOCUMENTATION.match(path.name):
            return Skipped(label, "skipped: documentation or licence file")
        if extension not in _BY_EXTENSION:
            note = _SKIP_NOTES.get(extension, f"a {extension or 'extensionless'} file")
            return Skipped(label, f"skipped: {note} (not a format Dabir ingests)")
        return FileInput(path, _BY_EXTENSION[extension], status.st_size)
    return FileInput(path, _BY_EXTENSION.get(extension) or _sniff(path), status.st_size)


def _sniff(path: Path) -> Format:
    """Guess the format of an explicitly named file from its first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return "text"  # the read that follows reports the error
    if looks_like_feed(head):
        return "feed"
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if sample.startswith((b"<!doctype html", b"<html")) or b"<body" in sample:
        return "html"
    if sample.startswith(b"{"):
        return "jsonl"
    return "text"
