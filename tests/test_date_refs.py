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
        ("over the last week", "2021-05-11/2021-05-17", date(2021, 5, 11), date(2021, 5, 17)),
        ("the past two weeks", "2021-05-04/2021-05-17", date(2021, 5, 4), date(2021, 5, 17)),
        ("from April 26 to May 5", "2021-04-26/2021-05-05", date(2021, 4, 26), date(2021, 5, 5)),
        ("December 30-January 2, 2020", "2019-12-30/2020-01-02", date(2019, 12, 30), date(2020, 1, 2)),
    ],
)
def test_ranges_of_days(expression: str, value: str, start: date, end: date) -> None:
    ref = resolve_expression(expression, MONDAY)
    assert ref is not None and (ref.value, ref.precision, ref.start, ref.end) == (value, "day", start, end)


@pytest.mark.parametrize(
    ("expression", "value", "precision", "start", "end"),
    [
        ("between 1997 and 2001", "1997/2001", "year", date(1997, 1, 1), date(2001, 12, 31)),
        ("1984 - 2001", "1984/2001", "year", date(1984, 1, 1), date(2001, 12, 31)),
        ("from 2011 to 2012", "2011/2012", "year", date(2011, 1, 1), date(2012, 12, 31)),
        ("between July and December", "2020-07/2020-12", "month", date(2020, 7, 1), date(2020, 12, 31)),
        ("July-August 2006", "2006-07/2006-08", "month", date(2006, 7, 1), date(2006, 8, 31)),
        ("the final quarter of 2012", "2012-10/2012-12", "month", date(2012, 10, 1), date(2012, 12, 31)),
        ("Q3 2019", "2019-07/2019-09", "month", date(2019, 7, 1), date(2019, 9, 30)),
        ("the first half of 2020", "2020-01/2020-06", "month", date(2020, 1, 1), date(2020, 6, 30)),
        ("last summer", "2020-SU", "season", date(2020, 6, 1), date(2020, 8, 31)),
        ("this summer", "2021-SU", "season", date(2021, 6, 1), date(2021, 8, 31)),  # still to come
        ("the winter of 2019", "2019-WI", "season", date(2019, 12, 1), date(2020, 2, 29)),
        ("over the weekend", "2021-05-15/2021-05-16", "day", date(2021, 5, 15), date(2021, 5, 16)),
        ("overnight", "2021-05-16/2021-05-17", "day", date(2021, 5, 16), date(2021, 5, 17)),
        ("the overnight hours", "2021-05-16/2021-05-17", "day", date(2021, 5, 16), date(2021, 5, 17)),
        ("early 2016", "2016", "year", date(2016, 1, 1), date(2016, 12, 31)),  # no invented month
        ("mid-2000s", "2000/2009", "decade", date(2000, 1, 1), date(2009, 12, 31)),
        ("late August 2003", "2003-08", "month", date(2003, 8, 1), date(2003, 8, 31)),
        ("on or about March 9, 2007", "2007-03-09", "day", date(2007, 3, 9), date(2007, 3, 9)),
        ("Monday, May 4, 2020", "2020-05-04", "day", date(2020, 5, 4), date(2020, 5, 4)),
        ("until September 9", "2021-09-09", "day", None, date(2021, 9, 9)),  # the nearest: a bound ahead
        ("until April 30", "2021-04-30", "day", None, date(2021, 4, 30)),
        ("the last two months", "2021-03-17/2021-05-17", "month", date(2021, 3, 17), date(2021, 5, 17)),
        ("over the past year", "2020-05-17/2021-05-17", "year", date(2020, 5, 17), date(2021, 5, 17)),
    ],
)
def test_periods_seasons_and_hedged_dates(
    expression: str, value: str, precision: str, start: date | None, end: date | None
) -> None:
    ref = resolve_expression(expression, MONDAY)
    assert ref is not None
    assert (ref.value, ref.precision, ref.start, ref.end) == (value, precision, start, end)


@pytest.mark.parametrize(
    "expression",
    [
        "1997 and 2001",
        "January and November",
        "50 U.S.C. 1701-1706",
        "1701-1706",
        "winter",
        "April 26 and May 5",
    ],
)
def test_two_dates_or_a_bare_season_are_no_period(expression: str) -> None:
    ref = resolve_expression(expression, MONDAY)
    assert ref is None or "/" not in ref.value


def _found(sentence: str) -> list[tuple[str, str]]:
    return [(r.surface, r.value if r.end is not None else r.value + "/..") for r in
            find_dates(load_english()(sentence), "text", 0, MONDAY)]  # fmt: skip


def test_a_list_of_dates_gives_each_date() -> None:
    found = _found("The council was briefed on September 18, November 13, and March 16.")
    assert found == [
        ("September 18", "2020-09-18"),
        ("November 13", "2020-11-13"),
        ("March 16", "2021-03-16"),
    ]
    found = _found("The two actions, taken on June 17, 2020 and on July 31, 2020, froze their assets.")
    assert found == [("June 17, 2020", "2020-06-17"), ("July 31, 2020", "2020-07-31")]


def test_a_since_clause_opens_its_date() -> None:
    assert _found("He is the highest official to defect since the uprisings began in 2011.") == [
        ("2011", "2011/..")
    ]
    assert _found("She had been in a coma since suffering a stroke in January 2006.") == [
        ("January 2006", "2006-01/..")
    ]
    assert _found("The uprisings began in 2011.") == [("2011", "2011")]


def test_a_year_in_the_name_of_a_law_is_no_date() -> None:
    assert _found("The order draws on the 2020 Hostage Recovery and Accountability Act.") == []
    assert _found("It builds on the findings of the ministry's 2021 Sanctions Review.") == []
    assert ("1993", "1993") in _found("The plan resembles the 1993 Oslo Accords.")  # an event's year


def test_the_number_of_a_resolution_is_no_year() -> None:
    assert _found("The bank was also designated by the United Nations in UNSCR 1929.") == []
    assert _found("The council adopted Resolution 1803 and, in August 2006, Resolution No. 1701.") == [
        ("August 2006", "2006-08")
    ]
    assert ("1929", "1929") in _found("The crash of 1929 ruined the bank.")  # a year still
    assert ("2021", "2021") in _found("Congress passed the Act. 2021 brought new sanctions.")
    assert ("2010", "2010") in _found("In 2010 UNSCR 1929 widened the sanctions.")


def test_a_verb_last_is_no_date() -> None:
    assert _found("The visit, expected to last four days, includes talks in Amman.") == []


def test_glued_paragraphs_still_give_their_dates() -> None:
    found = _found("He was listed in January 1995.Mohamad Noureddine is a money launderer.")
    assert found == [("January 1995", "1995-01")]
    assert _found("Rami Makhlouf DOB: July 10, 1969POB: Syria") == [("July 10, 1969", "1969-07-10")]


def test_a_date_the_model_tags_in_part_is_read_whole() -> None:
    assert _found("The talks were part of this week's meetings in Paris.") == [("this week", "2021-W20")]
    assert _found("He cited Executive Order 13224 of September 23, 2001, as amended.") == [
        ("September 23, 2001", "2001-09-23")
    ]


def test_the_last_month_of_something_is_no_stretch() -> None:
    assert _found("As they approach the last month of the agreed period, talks resume.") == []
    assert _found("Prices rose over the last month.") == [("the last month", "2021-04-17/2021-05-17")]


def test_hedged_openers_open_their_period() -> None:
    """ "since at least late 2019" and "as early as 2010" open a period at their date; a legal
    cut-off ("on or after November 5, 2018") is the date itself (data/gold/README.md, date rules)."""
    assert _found("Since at least late 2019, Zgheib has advised Hizballah.") == [
        ("Since at least late 2019", "2019/..")
    ]
    assert _found("As early as 2010, Hizballah used the company.") == [("As early as 2010", "2010/..")]
    assert _found("Transactions on or after November 5, 2018 are covered.") == [
        ("November 5, 2018", "2018-11-05")
    ]
