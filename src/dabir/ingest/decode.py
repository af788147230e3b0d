"""Bytes to text: detect binary content and the encoding, return NFC text or a reason.

Handled: UTF-8 with or without BOM, UTF-16 and UTF-32 (with BOM, or UTF-16 without one when the
NUL pattern says so), and the legacy single-byte encodings of the region's press: Windows-1256
(Arabic), Windows-1252 and Latin-1. Newlines are normalized to ``\\n``; nothing else changes
(curly quotes, dashes and every letter stay as published).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

ARABIC_SHARE = 0.6  # of the bytes above 0x7F, as Arabic letters, to read Windows-1256


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True)
class DecodeFailure:
    reason: str  # "binary", "undecodable" or "empty"
    message: str


def decode_bytes(data: bytes) -> Decoded | DecodeFailure:
    """Turn input bytes into NFC text with ``\\n`` newlines, or say why that is impossible."""
    if not data.strip():
        return DecodeFailure("empty", "the input is empty (no bytes, or only whitespace)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, with_bom=True)
    kind = _magic_kind(data)
    if kind:
        return DecodeFailure("binary", f"binary content ({kind}), not text")
    utf16 = guess_utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, with_bom=False)
    if b"\x00" in data[:65536]:
        return DecodeFailure("binary", "binary content (NUL bytes), not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _magic_kind(data: bytes) -> str | None:
    """Signatures long enough that no text starts with them. (Two-letter ones such as "MZ" are
    left to the control-character test: "MZ Anwar said …" is news.)"""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if re.match(rb"BZh[1-9]1AY&SY", data):
        return "bzip2-compressed data"
    return None


def guess_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, *, with_bom: bool) -> Decoded | DecodeFailure:
    label = f"{encoding} (BOM)" if with_bom else encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        return DecodeFailure(
            "undecodable",
            f"invalid {label} at byte {exc.start}: {exc.reason}",
        )
    if not text.strip():
        return DecodeFailure("empty", "the input holds only a byte-order mark or whitespace")
    return _finish(text, encoding.replace("-le", "").replace("-be", "") if with_bom else encoding)


def _legacy(data: bytes) -> Decoded | DecodeFailure:
    """Windows-1256 when the bytes above 0x7F read as Arabic letters; else Windows-1252; else
    Latin-1 (which defines every byte, so this never fails)."""
    high = sum(1 for byte in data if byte >= 0x80)
    as_arabic = data.decode("cp1256", errors="replace")
    arabic_letters = sum(1 for ch in as_arabic if "\u0600" <= ch <= "\u06ff")
    if high and arabic_letters >= ARABIC_SHARE * high:
        return _finish(as_arabic, "windows-1256")
    try:
        return _finish(data.decode("cp1252"), "windows-1252")
    except UnicodeDecodeError:
        return _finish(data.decode("latin-1"), "iso-8859-1")


def _finish(text: str, encoding: str) -> Decoded | DecodeFailure:
    text = normalize_newlines(unicodedata.normalize("NFC", text))
    if not text.strip():
        return DecodeFailure("empty", "the input holds only whitespace")
    if _looks_binary(text):
        return DecodeFailure("binary", "binary content (control characters), not text")
    return Decoded(text, encoding)


def normalize_newlines(text: str) -> str:
    """CRLF, CR, NEL and the Unicode line/paragraph separators become LF."""
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u0085", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n\n")
    )


def _looks_binary(text: str) -> bool:
    sample = text[:16384]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\f\v")
    return controls > max(8, len(sample) // 100)
