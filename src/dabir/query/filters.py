"""Filter values as people type them."""

from __future__ import annotations

from datetime import datetime

from dabir.errors import UsageError
from dabir.ingest.dates import parse_published


def date_bound(value: str | None, option: str, *, start: bool) -> datetime | None:
    """``--since 2021-05`` → the first instant of May 2021; ``--until 2021-05`` → the first
    instant after it. A day, a month or a year; ISO 8601."""
    if not value:
        return None
    try:
        published = parse_published(value)
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}; use 2021, 2021-05 or 2021-05-17") from exc
    if published is None:
        return None
    return published.start if start else published.end
