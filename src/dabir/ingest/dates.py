"""Publication dates as inputs give them: ISO strings, feed dates, and date lines in text.

Every result keeps the precision the input has: "2021-05-17" stays a day, "May 2021" a month.
Nothing here invents a time of day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Literal

from dabir.types import PublishedDate

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"

_DATE_LINE_PATTERNS = [
    # May 17, 2021 / Monday, May 17, 2021 / May 17 2021
    re.compile(
        rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}$", re.I
    ),
    # 17 May 2021 / Monday 17 May 2021
    re.compile(
        rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}$", re.I
    ),
    # 2021-05-17
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$"),
    # May 2021
    re.compile(rf"^{_MONTH}\s+(?P<year>\d{{4}})$", re.I),
]


def parse_date_line(line: str) -> PublishedDate | None:
    """A paragraph that is nothing but a date ("May 17, 2021") → that date; else None."""
    candidate = line.strip().rstrip(".")
    if len(candidate) > 60:
        return None
    for pattern in _DATE_LINE_PATTERNS:
        match = pattern.match(candidate)
        if match:
            return _from_parts(match.groupdict())
    return None


def _from_parts(parts: dict[str, Any]) -> PublishedDate | None:
    month_text = str(parts["month"]).lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
    year = int(parts["year"])
    try:
        if parts.get("day") is None:
            return PublishedDate(f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else None
        return PublishedDate.from_date(date(year, month, int(parts["day"])))
    except (ValueError, OverflowError):
        return None


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_published(value: object, date_order: str | None = None) -> PublishedDate | None:
    """A published value from structured input (ISO 8601, RFC 822, epoch seconds, or a date as
    people write it, read in ``date_order`` such as "DMY") or None when there is none.

    Raises ValueError with a readable message when the value is present but unreadable.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            moment = datetime.fromtimestamp(float(value), tz=UTC)
        except (OverflowError, OSError, ValueError) as exc:
            raise ValueError(f"timestamp {value!r} is out of range") from exc
        return PublishedDate.from_datetime(moment)
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    text = value.strip()
    if _ISO_DATE.match(text):
        return _partial_iso(text)
    parsed = _parse_iso_datetime(text) or _parse_rfc822(text) or parse_loose(text, date_order)
    if parsed is None:
        raise ValueError(f"unreadable date {text!r}")
    return parsed


def _partial_iso(text: str) -> PublishedDate:
    """Raises ValueError for impossible dates (2021-02-30, month 13, year 0)."""
    precision: Literal["year", "month", "day"] = (
        "year" if len(text) == 4 else "month" if len(text) == 7 else "day"
    )
    if precision == "day":
        date.fromisoformat(text)  # validates; raises ValueError on 2021-02-30
    elif precision == "month" and not 1 <= int(text[5:7]) <= 12:
        raise ValueError(f"no month {text[5:7]} in {text!r}")
    return PublishedDate(text, precision)


def _parse_iso_datetime(text: str) -> PublishedDate | None:
    try:
        return PublishedDate.from_datetime(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except (ValueError, OverflowError):
        return None


def _parse_rfc822(text: str) -> PublishedDate | None:
    try:
        return PublishedDate.from_datetime(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def parse_loose(text: str, date_order: str | None = None) -> PublishedDate | None:
    """Last resort for non-standard dates ("17/05/2021 14:03", "Mon, 17 May 21"): dateparser."""
    line = parse_date_line(text)
    if line is not None:
        return line
    parsed = _dateparser_parse(text.strip()[:100], date_order or "")
    if parsed is None:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    try:
        return PublishedDate.from_datetime(parsed) if has_time else PublishedDate.from_date(parsed.date())
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str, date_order: str) -> datetime | None:
    import dateparser  # imported late: it is slow to import and rarely needed

    settings: dict[str, Any] = {
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        # Absolute dates only: "the day after tomorrow" must not become a date computed from
        # the clock (a re-ingest on another day would then make a new revision).
        "PARSERS": ["absolute-time", "custom-formats"],
    }
    if date_order:
        settings["DATE_ORDER"] = date_order
    try:
        result = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return result if isinstance(result, datetime) else None
