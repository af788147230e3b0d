"""Deterministic keys and hashes, shared by every stage: article and source ids, content
hashes, and the normalized form they are computed on. Pure functions, no dependencies."""

from __future__ import annotations

import hashlib
import unicodedata

from dabir.types import Identity

_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def normalize_for_identity(text: str) -> str:
    """The form two texts share when they differ only in spacing, case, quotes or Unicode form."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTE_FOLD).casefold()
    return " ".join(folded.split())


def sha256_hex(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def article_id(identity: Identity) -> str:
    """16 hex digits of the SHA-256 of the identity: the same input always gets the same id."""
    return sha256_hex(f"{identity.kind.value}:{identity.key}")[:16]


def source_id(name: str) -> str:
    """Sources are keyed by their name, case and spacing aside."""
    return sha256_hex(" ".join(name.casefold().split()))[:16]


def content_hash(*parts: str | None) -> str:
    """A hash of the fields whose change makes a new revision."""
    return sha256_hex("\x1e".join(normalize_for_identity(p or "") for p in parts))
