"""Date expressions resolved against the publication date (``dates.v1``, issue 4): news
conventions for weekdays and "since", precision never invented, Persian and Islamic dates."""

from __future__ import annotations

from datetime import date

import pytest

from dabir.extract.dates import find_dates, islamic_to_gregorian, jalali_to_gregorian, resolve_expression
from dabir.extract.nlp import load_english
from dabir.extract.normalize import parser_text
from dabir.ingest.layout import parse_layout, split_paragraphs
from tests.conftest import BUNDLED_SEED

MONDAY = date(2021, 5, 17)  # the seed's publication date


@pytest.mark.parametrize(
    ("expression", "value", "precision", "start", "end"),
    [
        ("Sunday", "2021-05-16", "day", date(2021, 5, 16), date(2021, 5, 16)),
        ("Monday", "2021-05-17", "day", date(2021, 5, 17), date(2021, 5, 17)),  # on or before: today
        ("since Monday", "2021-05-10", "day", date(2021, 5, 10), None),  # not "since today"
        ("since Sunday", "2021-05-16", "day", date(2021, 5, 16), None),
        ("last Monday", "2021-05-10", "day", date(2021, 5, 10), date(2021, 5, 10)),
        ("January last year", "2020-01", "month", date(2020, 1, 1), date(2020, 1, 31)),
        ("this month", "2021-05", "month", date(2021, 5, 1), date(2021, 5, 31)),
        ("last month", "2021-04", "month", date(2021, 4, 1), date(2021, 4, 30)),
        ("last year", "2020", "year", date(2020, 1, 1), date(2020, 12, 31)),
        ("since 2014", "2014", "year", date(2014, 1, 1), None),
        ("in 2014", "2014", "year", date(2014, 1, 1), date(2014, 12, 31)),
        ("1979", "1979", "year", date(1979, 1, 1), date(1979, 12, 31)),
        ("the 1990s", "1990/1999", "decade", date(1990, 1, 1), date(1999, 12, 31)),
        ("on May 3", "2021-05-03", "day", date(2021, 5, 3), date(2021, 5, 3)),
        ("May 20", "2020-05-20", "day", date(2020, 5, 20), date(2020, 5, 20)),  # not yet in 2021
        ("May 17, 2021", "2021-05-17", "day", date(2021, 5, 17), date(2021, 5, 17)),
        ("3 March 2020", "2020-03-03", "day", date(2020, 3, 3), date(2020, 3, 3)),
        ("yesterday", "2021-05-16", "day", date(2021, 5, 16), date(2021, 5, 16)),
        ("earlier this week", "2021-W20", "week", date(2021, 5, 17), date(2021, 5, 17)),
        ("last week", "2021-W19", "week", date(2021, 5, 10), date(2021, 5, 16)),
        ("last week's", "2021-W19", "week", date(2021, 5, 10), date(2021, 5, 16)),
        ("over the last week", "2021-05-11/2021-05-17", "day", date(2021, 5, 11), date(2021, 5, 17)),
        ("earlier today", "2021-05-17", "day", date(2021, 5, 17), date(2021, 5, 17)),
        ("ten days ago", "2021-05-07", "day", date(2021, 5, 7), date(2021, 5, 7)),
        ("two weeks ago", "2021-W18", "week", date(2021, 5, 3), date(2021, 5, 9)),
        ("nine months ago", "2020-08", "month", date(2020, 8, 1), date(2020, 8, 31)),
        ("a year ago", "2020", "year", date(2020, 1, 1), date(2020, 12, 31)),
        ("last December", "2020-12", "month", date(2020, 12, 1), date(2020, 12, 31)),
        ("last May", "2020-05", "month", date(2020, 5, 1), date(2020, 5, 31)),  # not this month
        ("until June", "2020-06", "month", None, date(2020, 6, 30)),
        ("1400/02/27", "2021-05-17", "day", date(2021, 5, 17), date(2021, 5, 17)),
    ],
)
def test_expressions_resolve_against_the_publication_date(
    expression: str, value: str, precision: str, start: date | None, end: date | None
) -> None:
    ref = resolve_expression(expression, MONDAY)
    assert ref is not None
    assert (ref.value, ref.precision, ref.start, ref.end) == (value, precision, start, end)
    assert ref.anchor == MONDAY and ref.open == (start is None or end is None)


def test_no_precision_is_invented_and_nonsense_is_no_date() -> None:
    for expression in ("we", "the group", "Quds", "May", "32 May 2021", "1400/13/01"):
        assert resolve_expression(expression, MONDAY) is None, expression


def test_persian_and_islamic_calendars() -> None:
    assert jalali_to_gregorian(1400, 1, 1) == date(2021, 3, 21)
    assert jalali_to_gregorian(1357, 11, 22) == date(1979, 2, 11)  # the revolution's day
    assert jalali_to_gregorian(1403, 1, 1) == date(
        2024, 3, 20
    )  # after the leap year 1402? no: 1403 follows 1402
    ramadan = resolve_expression("Ramadan 1442", MONDAY)
    assert ramadan is not None and ramadan.calendar == "islamic"
    assert ramadan.start is not None and abs((ramadan.start - date(2021, 4, 13)).days) <= 2
    assert ramadan.value == f"{ramadan.start.isoformat()}/{ramadan.end.isoformat() if ramadan.end else ''}"
    assert abs((islamic_to_gregorian(1445, 1, 1) - date(2023, 7, 19)).days) <= 2


def test_the_seed_dates_come_with_their_spans() -> None:
    layout = parse_layout(BUNDLED_SEED.read_text(encoding="utf-8"))
    nlp = load_english()
    text = layout.body
    refs = []
    for paragraph in split_paragraphs(text):
        doc = nlp(parser_text(text[paragraph.start : paragraph.end]))
        refs.extend(find_dates(doc, "text", paragraph.start, MONDAY))
    for ref in refs:
        assert ref.span is not None and text[ref.span.start : ref.span.end] == ref.surface
    values = {ref.surface: ref.value for ref in refs}
    assert values.get("Sunday") == "2021-05-16"
    assert values.get("since Monday") == "2021-05-10"
    assert values.get("January last year") == "2020-01"
    assert values.get("this month") == "2021-05"
    assert "2014" in values.values()


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("Thursday", "2021-05-20"),  # the next Thursday, not the last
        ("Monday", "2021-05-17"),  # today counts
        ("May 20", "2021-05-20"),  # this year, still to come
        ("May 3", "2022-05-03"),  # passed this year: the next one
        ("in June", "2021-06"),
        ("last Thursday", "2021-05-13"),  # "last" keeps its past
    ],
)
def test_a_clause_about_the_future_reads_forward(expression: str, value: str) -> None:
    ref = resolve_expression(expression, MONDAY, ahead=True)
    assert ref is not None and ref.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The two ministers will meet again on Thursday in Doha.", "2021-05-20"),
        ("Both welcomed the meeting to take place on May 20 in Amman.", "2021-05-20"),
        ("The two ministers met on Thursday in Doha.", "2021-05-13"),
        ("Talks held on May 20 ended without a deal.", "2020-05-20"),
    ],
)
def test_the_tense_of_the_date_s_clause_decides(sentence: str, value: str) -> None:
    refs = find_dates(load_english()(sentence), "text", 0, MONDAY)
    assert [r.value for r in refs] == [value]


@pytest.mark.parametrize(
    ("expression", "value", "start", "end"),
    [
        ("January 28 and 29", "2021-01-28/2021-01-29", date(2021, 1, 28), date(2021, 1, 29)),
        ("28-29 January 2020", "2020-01-28/2020-01-29", date(2020, 1, 28), date(2020, 1, 29)),
        ("the past three days", "2021-05-15/2021-05-17", date(2021, 5, 15), date(2021, 5, 17)),
        ("the last 48 hours", "2021-05-16/2021-05-17", date(2021, 5, 16), date(2021, 5, 17)),
    ],
)
def test_ranges_of_days(expression: str, value: str, start: date, end: date) -> None:
    ref = resolve_expression(expression, MONDAY)
    assert ref is not None and (ref.value, ref.precision, ref.start, ref.end) == (value, "day", start, end)
