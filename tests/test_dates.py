"""Publication dates keep the precision their input has."""

from __future__ import annotations

import pytest

from dabir.ingest.dates import parse_date_line, parse_published


@pytest.mark.parametrize(
    ("line", "value", "precision"),
    [
        ("May 17, 2021", "2021-05-17", "day"),
        ("Monday, May 17, 2021", "2021-05-17", "day"),
        ("17 May 2021", "2021-05-17", "day"),
        ("Sept. 3, 2015", "2015-09-03", "day"),
        ("November 02, 2015", "2015-11-02", "day"),
        ("2021-05-17", "2021-05-17", "day"),
        ("May 2021", "2021-05", "month"),
    ],
)
def test_date_lines(line: str, value: str, precision: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None
    assert (parsed.value, parsed.precision) == (value, precision)


@pytest.mark.parametrize("line", ["May 32, 2021", "The talks resumed on May 17, 2021.", "Sunday", "2021"])
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2021-05-17", "2021-05-17", "day"),
        ("2015-09", "2015-09", "month"),
        ("2014", "2014", "year"),
        ("2021-01-24T08:17:06-05:00", "2021-01-24T13:17:06Z", "second"),
        ("2026-01-21T00:00:00+00:00", "2026-01-21T00:00Z", "minute"),
        ("Wed, 11 Oct 2023 17:59:03 -0400", "2023-10-11T21:59:03Z", "second"),
        ("17/05/2021", "2021-05-17", "day"),
    ],
)
def test_published_values(raw: str, value: str, precision: str) -> None:
    parsed = parse_published(raw)
    assert parsed is not None
    assert (parsed.value, parsed.precision) == (value, precision)


def test_published_empty_is_none_and_garbage_is_an_error() -> None:
    assert parse_published("") is None
    assert parse_published(None) is None
    with pytest.raises(ValueError, match="unreadable date"):
        parse_published("the day after the war")
    with pytest.raises(ValueError):
        parse_published("2021-02-30")


def test_period_bounds() -> None:
    month = parse_published("2021-12")
    assert month is not None
    assert month.start.isoformat() == "2021-12-01T00:00:00+00:00"
    assert month.end.isoformat() == "2022-01-01T00:00:00+00:00"
