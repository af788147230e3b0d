"""Date expressions in news text, resolved against an anchor (``dates.v1``; issue 4, begun).

:func:`resolve_expression` turns one expression ("Sunday", "since Monday", "January last year",
"this month", "May 3", "the 1990s", "1400/02/27", "Ramadan 1442") into a :class:`DateRef`: a
value as partial ISO with the precision the text gives and never more, the closed or open
interval it covers, and the anchor it was resolved against. News conventions (NLP-NOTES §3):

- a bare weekday is the most recent such day on or before the anchor (the publication date):
  "Sunday" in a Monday 2021-05-17 story is 2021-05-16, and "Monday" in it is that very day;
- except after "since": "since Monday" in a Monday story cannot mean "since today" (the story
  reports days of fighting), so it is the Monday a week before, 2021-05-10;
- a date without a year ("May 3") is the most recent one on or before the anchor;
- except in a clause about the future ("will meet on Monday", "the meeting to take place on July
  15"): a weekday, a day or a month without a year is then the next one on or after the anchor;
- "since X" is an interval open at the end; "until X" one open at the start (without a year, the
  nearest X); a date inside a "since" clause ("since the uprisings began in 2011") opens too;
- spans of years or months, quarters, seasons (TIMEX3: "2022-SU"), the weekend, overnight; hedges
  ("on or about", "early", "mid-") keep the value and precision of what they hedge;
- Solar Hijri dates (y/m/d with a year between 1300 and 1499) and Islamic months with a year
  ("Ramadan 1442") are converted; the Islamic calendar by its arithmetic (tabular) form, which
  can differ from the observed months by a day or two — so such dates keep month precision.

Pure: the anchor is passed in; finding expressions in a parse (spaCy DATE entities plus a
"since/until/from" before them) is :func:`find_dates`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from dabir.extract.numbers import read_number
from dabir.types import FieldName, Span
from dabir.vocab import document_names

COMPONENT = "dates.v1"
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
ISLAMIC_MONTHS = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi al-thani": 4,
    "jumada al-awwal": 5, "jumada al-ula": 5, "jumada al-thani": 6, "jumada al-akhirah": 6, "rajab": 7,
    "shaban": 8, "sha'ban": 8, "ramadan": 9, "ramazan": 9, "shawwal": 10, "dhu al-qadah": 11,
    "dhu al-qa'dah": 11, "dhu al-hijjah": 12, "dhul-hijja": 12,
}  # fmt: skip
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
OPENERS = {"since": "since", "from": "since", "until": "until", "till": "until", "before": "until"}
# "as early as 2010" opens a period as "since" does. A legal cut-off ("on or after November 5,
# 2018", "on or before", "no later than") is a date like any other (the gold set's rule); it only
# dates no event (`CONDITION_PHRASES`, read by events.v1).
OPENING_PHRASES = {"as early as": "since"}
CONDITION_PHRASES = ("on or after", "on or before", "no later than")
# Words before a date that hedge it or place it in its period without changing its value.
HEDGES = r"(?:on|in|the|of|during|at|least|over|or|about|around|approximately|circa|early|late|mid)"
SEASONS = {
    "spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12),
}  # fmt: skip


@dataclass(frozen=True)
class DateRef:
    surface: str
    value: str  # partial ISO: "2021-05-16", "2021-W19", "2021-05", "2014", or an interval ("1990/1999")
    precision: str  # day | week | month | season | year | decade
    start: date | None  # first day covered (None: open towards the past)
    end: date | None  # last day covered (None: open towards the future)
    anchor: date
    anchor_kind: str = "published"  # published | sentence
    calendar: str = "gregorian"  # gregorian | solar-hijri | islamic
    span: Span | None = None

    @property
    def open(self) -> bool:
        return self.start is None or self.end is None


def resolve_expression(
    surface: str, anchor: date, anchor_kind: str = "published", ahead: bool = False
) -> DateRef | None:
    """The date an expression names, or None when it names none we can read. ``ahead``: the
    expression is in a clause about the future (a day without a year is the next one)."""
    words = " ".join(surface.replace("’", "'").split())
    lowered = words.lower()
    opener = "ahead" if ahead else None
    first = lowered.split(" ", 1)[0]
    spanned = first == "from" and re.search(r" (?:to|until|through) |[-–]", lowered)  # "from 2011 to 2012"
    phrase = next((p for p in OPENING_PHRASES if lowered.startswith(p + " ")), None)
    if phrase is not None:
        opener, lowered = OPENING_PHRASES[phrase], lowered[len(phrase) + 1 :]
    elif first in OPENERS and not spanned:
        opener = OPENERS[first]
        lowered = lowered.split(" ", 1)[1] if " " in lowered else ""
    lowered = re.sub(r"'s$", "", lowered)  # "last week's statement"
    whole = past_stretch(lowered.strip(" .,"), anchor, opener)  # "the last week" is not "last week"
    if whole is not None:
        return DateRef(words, whole[0], whole[1], whole[2], whole[3], anchor, anchor_kind, whole[4])
    lowered = re.sub(rf"^(?:{HEDGES}(?:\s+|(?<=mid)-))+", "", lowered).strip(" .,")
    for rule in RULES:
        found = rule(lowered, anchor, opener)
        if found is not None:
            value, precision, start, end, cal = found
            if opener == "since":
                end = None
            elif opener == "until":
                start = None
            return DateRef(words, value, precision, start, end, anchor, anchor_kind, cal)
    return None


Found = tuple[str, str, date | None, date | None, str]


def _day(d: date, cal: str = "gregorian") -> Found:
    return d.isoformat(), "day", d, d, cal


def _month(year: int, month: int, cal: str = "gregorian") -> Found:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}", "month", date(year, month, 1), date(year, month, last), cal


def _year(year: int) -> Found:
    return f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31), "gregorian"


def relative_day(text: str, anchor: date, opener: str | None) -> Found | None:
    shifts = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "yesterday": -1, "last night": -1, "tomorrow": 1,
    }  # fmt: skip
    text = re.sub(r"^(?:earlier|later) (?=today|tonight|this )", "", text)  # "earlier today"
    if text in shifts:
        return _day(anchor + timedelta(days=shifts[text]))
    return None


def time_ago(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "ten days ago", "nine months ago", "a year ago": as precise as its unit."""
    bound = r"(?:nearly |about |some |almost |more than |over )?"
    match = re.fullmatch(bound + r"(\w+) (day|week|month|year)s? ago", text)
    if not match:
        return None
    number = read_number([match.group(1)], {}) if match.group(1) not in ("a", "one") else None
    count = 1 if match.group(1) in ("a", "one") else (number.value if number is not None else 0)
    if not isinstance(count, int) or not 0 < count <= 100:
        return None
    unit = match.group(2)
    if unit == "day":
        return _day(anchor - timedelta(days=count))
    if unit == "week":
        day = anchor - timedelta(weeks=count)
        monday = day - timedelta(days=day.weekday())
        return _iso_week(monday), "week", monday, monday + timedelta(days=6), "gregorian"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - count
        return _month(index // 12, index % 12 + 1)
    return _year(anchor.year - count)


def last_month_named(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "last December": the most recent such month before the anchor's month."""
    match = re.fullmatch(r"(?:last|this past) (\w+)", text)
    if not match or match.group(1) not in MONTHS:
        return None
    month = MONTHS[match.group(1)]
    year = anchor.year if month < anchor.month else anchor.year - 1
    return _month(year, month)


def past_stretch(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "over the last week", "the past two months", "the past year": the stretch of that length
    that ends on the anchor ("the last week" is not "last week", nor "the past year" "last year").
    Weeks are counted in days; months and years keep their unit as the precision."""
    match = re.fullmatch(
        r"(?:over |in |during |for )?the (?:past|last) (?:(\w+) )?(weeks?|months?|years?)", text
    )
    if not match:
        return None
    number = read_number([match.group(1)], {}) if match.group(1) else None
    if match.group(1) and (number is None or not 0 < number.value <= 12):
        return None
    count, unit = (int(number.value) if number else 1), match.group(2).rstrip("s")
    if (count > 1) != match.group(2).endswith("s"):
        return None
    if unit == "week":
        start = anchor - timedelta(days=7 * count - 1)
        return f"{start.isoformat()}/{anchor.isoformat()}", "day", start, anchor, "gregorian"
    months = count * (12 if unit == "year" else 1)
    index = anchor.year * 12 + anchor.month - 1 - months
    year, month = index // 12, index % 12 + 1
    start = date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))
    return f"{start.isoformat()}/{anchor.isoformat()}", unit, start, anchor, "gregorian"


def weekday(text: str, anchor: date, opener: str | None) -> Found | None:
    match = re.fullmatch(
        r"(?:last |this past |this |on )?(\w+?)(?:'s)?(?: (?:morning|afternoon|evening|night))?", text
    )
    if not match or match.group(1) not in WEEKDAYS:
        return None
    if opener == "ahead" and not text.startswith(("last ", "this past ")):
        return _day(anchor + timedelta(days=(WEEKDAYS[match.group(1)] - anchor.weekday()) % 7))
    back = (anchor.weekday() - WEEKDAYS[match.group(1)]) % 7
    if back == 0 and (opener == "since" or text.startswith("last ")):
        back = 7
    return _day(anchor - timedelta(days=back))


def relative_period(text: str, anchor: date, opener: str | None) -> Found | None:
    match = re.fullmatch(r"(earlier |later )?(this|last|next|past) (week|month|year)", text)
    if not match:
        return None
    which, unit = match.group(2), match.group(3)
    step = {"this": 0, "past": -1, "last": -1, "next": 1}[which]
    if unit == "year":
        return _year(anchor.year + step)
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return _month(month_index // 12, month_index % 12 + 1)
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    end = min(monday + timedelta(days=6), anchor) if step == 0 else monday + timedelta(days=6)
    return _iso_week(monday), "week", monday, end, "gregorian"


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_relative_year(text: str, anchor: date, opener: str | None) -> Found | None:
    match = re.fullmatch(r"(\w+) (this|last|next) year", text)
    if not match or match.group(1) not in MONTHS:
        return None
    step = {"this": 0, "last": -1, "next": 1}[match.group(2)]
    return _month(anchor.year + step, MONTHS[match.group(1)])


def absolute_day(text: str, anchor: date, opener: str | None) -> Found | None:
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return _safe_day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    text = re.sub(rf"^(?:{'|'.join(WEEKDAYS)}),? (?=\w)", "", text)  # "Monday, May 4, 2026"
    match = re.fullmatch(r"(\w+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", text) or re.fullmatch(
        r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?(\w+)\.?(?:,? (\d{4}))?", text
    )
    if not match:
        return None
    first, second, year = match.groups()
    month_name, day_text = (first, second) if first.isalpha() else (second, first)
    if month_name not in MONTHS:
        return None
    month, day = MONTHS[month_name], int(day_text)
    if year:
        return _safe_day(int(year), month, day)
    try:
        this_year = date(anchor.year, month, day)
    except ValueError:
        return None
    if opener == "ahead":  # no year, about the future: the next such day
        return _safe_day(anchor.year + 1, month, day) if this_year < anchor else _day(this_year)
    if opener == "until":  # a bound without a year: the nearest such day, either side
        near = [_safe_day(anchor.year + step, month, day) for step in (-1, 0, 1)]
        days = [d for d in near if d is not None and d[2] is not None]
        return min(days, key=lambda d: abs((d[2] - anchor).days) if d[2] else 0, default=None)
    # No year: the most recent such day on or before the anchor.
    return _safe_day(anchor.year - 1, month, day) if this_year > anchor else _day(this_year)


def day_range(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "January 28 and 29", "28-29 January 2024", "from June 26 to July 5": the days covered, as
    an interval of days."""
    across = _across_months(text, anchor, opener)
    if across is not None:
        return across
    match = re.fullmatch(r"(\w+)\.? (\d{1,2}) ?(?:and|-|–|to|through) ?(\d{1,2})(?:,? (\d{4}))?", text)
    if match and match.group(1) in MONTHS:
        month, first, last, year = MONTHS[match.group(1)], match.group(2), match.group(3), match.group(4)
    else:
        match = re.fullmatch(r"(\d{1,2}) ?(?:and|-|–|to) ?(\d{1,2}) (\w+)\.?(?:,? (\d{4}))?", text)
        if not match or match.group(3) not in MONTHS:
            return None
        first, last, month, year = match.group(1), match.group(2), MONTHS[match.group(3)], match.group(4)
    start = absolute_day(f"{month_name(month)} {first}" + (f" {year}" if year else ""), anchor, opener)
    if start is None or start[2] is None or not 0 < int(last) - int(first) < 31:
        return None
    end = _safe_day(start[2].year, month, int(last))
    if end is None or end[2] is None:
        return None
    return f"{start[0]}/{end[0]}", "day", start[2], end[2], "gregorian"


def _across_months(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "from June 26 to July 5", "between December 30 and January 2, 2015", "from March 3 to March
    5": two days, each with its month.
    Without a year the first day is read as any such day is, and the second follows it."""
    match = re.fullmatch(
        r"(from |between )?(\w+)\.? (\d{1,2}) ?(and|-|–|to|through|until) ?(\w+)\.? (\d{1,2})(?:,? (\d{4}))?",
        text,
    )
    if not match or match.group(2) not in MONTHS or match.group(5) not in MONTHS:
        return None
    if (match.group(4) == "and") != (match.group(1) == "between "):
        return None  # "June 26 and July 5" are two days
    first_month, last_month, year = MONTHS[match.group(2)], MONTHS[match.group(5)], match.group(7)
    if first_month == last_month and int(match.group(6)) <= int(match.group(3)):
        return None
    if year:
        start = _safe_day(int(year) - (last_month < first_month), first_month, int(match.group(3)))
    else:
        start = absolute_day(f"{month_name(first_month)} {match.group(3)}", anchor, opener)
    if start is None or start[2] is None:
        return None
    end = _safe_day(start[2].year + (last_month < first_month), last_month, int(match.group(6)))
    if end is None or end[2] is None or (end[2] - start[2]).days > 92:
        return None
    return f"{start[0]}/{end[0]}", "day", start[2], end[2], "gregorian"


def past_days(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "the past three days", "the last 48 hours": the days up to the anchor, as an interval."""
    match = re.fullmatch(r"(?:over |in |during |for )?(?:the )?(?:past|last) (\w+) (days|hours)", text)
    if not match:
        return None
    number = read_number([match.group(1)], {})
    if number is None or not 0 < number.value <= 31 * (24 if match.group(2) == "hours" else 1):
        return None
    days = number.value if match.group(2) == "days" else -(-number.value // 24)
    start = anchor - timedelta(days=days - 1)
    return f"{start.isoformat()}/{anchor.isoformat()}", "day", start, anchor, "gregorian"


def month_name(month: int) -> str:
    return calendar.month_name[month].lower()


def _safe_day(year: int, month: int, day: int) -> Found | None:
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def month_year(text: str, anchor: date, opener: str | None) -> Found | None:
    match = re.fullmatch(r"(\w+)\.?,? (\d{4})", text)
    if match and match.group(1) in MONTHS:
        return _month(int(match.group(2)), MONTHS[match.group(1)])
    if text in MONTHS and len(text) > 3:  # "in January": the most recent January
        month = MONTHS[text]
        if opener == "ahead":
            return _month(anchor.year if month >= anchor.month else anchor.year + 1, month)
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return _month(year, month)
    return None


def year_or_decade(text: str, anchor: date, opener: str | None) -> Found | None:
    match = re.fullmatch(r"(?:the )?(\d{3})0'?s", text)
    if match:
        decade = int(match.group(1))
        first, last = date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)
        return f"{first.year}/{last.year}", "decade", first, last, "gregorian"
    match = re.fullmatch(r"(\d{4})(?: \w+)?", text)  # "2014", "1979 revolution"
    if match and 1000 <= int(match.group(1)) <= 2999:
        return _year(int(match.group(1)))
    return None


def year_range(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "between 1997 and 2001", "1984 - 2001": the years covered."""
    match = re.fullmatch(r"(between |from )?(\d{4}) ?(and|-|–|to|through|until) ?(\d{4})", text)
    if not match or (match.group(3) == "and") != (match.group(1) == "between "):
        return None  # "1997 and 2001" are two years; "between 1997 and 2001" is a span
    first, last = int(match.group(2)), int(match.group(4))
    if not (1800 <= first < last <= 2099 and last - first <= 100):  # not "50 U.S.C. 1701-1706"
        return None
    return f"{first}/{last}", "year", date(first, 1, 1), date(last, 12, 31), "gregorian"


def month_range(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "between July and December", "March to May 2019": the months covered; without a year,
    the most recent such span (the next one in a clause about the future)."""
    match = re.fullmatch(r"(between |from )?(\w+) ?(and|-|–|to|through|until) ?(\w+)(?:,? (\d{4}))?", text)
    if not match or match.group(2) not in MONTHS or match.group(4) not in MONTHS:
        return None
    if (match.group(3) == "and") != (match.group(1) == "between "):
        return None  # "in January and November" are two months
    first, last = MONTHS[match.group(2)], MONTHS[match.group(4)]
    if match.group(5):
        end_year = int(match.group(5))
    elif opener == "ahead":
        end_year = anchor.year if last >= anchor.month else anchor.year + 1
    else:
        end_year = anchor.year if last <= anchor.month else anchor.year - 1
    start_year = end_year if first <= last else end_year - 1
    start, end = _month(start_year, first), _month(end_year, last)
    return f"{start[0]}/{end[0]}", "month", start[2], end[3], "gregorian"


def quarter(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "the final quarter of 2012", "Q3 2019", "the first half of 2020": the months covered."""
    ordinals = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
    match = re.fullmatch(r"(\w+) (quarter|half) (?:of )?(\d{4})", text)
    if match:
        size = 3 if match.group(2) == "quarter" else 6
        count = 12 // size
        index = count if match.group(1) in ("final", "last") else ordinals.get(match.group(1), 0)
        year = int(match.group(3))
    else:
        match = re.fullmatch(r"q([1-4]),? (\d{4})", text)
        if not match:
            return None
        size, count, index, year = 3, 4, int(match.group(1)), int(match.group(2))
    if not 1 <= index <= count:
        return None
    start, end = _month(year, (index - 1) * size + 1), _month(year, index * size)
    return f"{start[0]}/{end[0]}", "month", start[2], end[3], "gregorian"


def season(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "last summer", "the summer of 2019", "winter 2020": a season of the northern
    hemisphere's meteorological calendar, written as in TIMEX3 ("2022-SU")."""
    match = re.fullmatch(r"(last|this|next|this past)? ?(\w+)(?:,? (?:of )?(\d{4}))?", text)
    if not match or match.group(2) not in SEASONS:
        return None
    code, first_month = SEASONS[match.group(2)]
    which = match.group(1)
    if which is None and not match.group(3):
        return None  # a bare "winter" ("severe winter storms") names no particular season

    def starting(year: int) -> date:
        return date(year, first_month, 1)

    if match.group(3):
        year = int(match.group(3))
    else:
        year = anchor.year if starting(anchor.year) <= anchor else anchor.year - 1  # the latest begun
        over = _season_end(starting(year)) < anchor
        if which in ("last", "this past") and not over:
            year -= 1  # "last summer" is one that is over
        elif which == "next" or (over and (which == "this" or opener == "ahead")):
            year += 1  # "this summer" in April is the coming one
    start = starting(year)
    return f"{year:04d}-{code}", "season", start, _season_end(start), "gregorian"


def _season_end(start: date) -> date:
    index = start.year * 12 + start.month - 1 + 2
    last_month = date(index // 12, index % 12 + 1, 1)
    return last_month.replace(day=calendar.monthrange(last_month.year, last_month.month)[1])


def weekend(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "over the weekend": the latest Saturday and Sunday begun by the anchor; "last weekend"
    one that is over; "next weekend" (or one in a clause about the future) the coming one."""
    match = re.fullmatch(r"(last|this|next|this past)? ?weekend", text)
    if not match:
        return None
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    if match.group(1) in ("last", "this past") and saturday + timedelta(days=1) >= anchor:
        saturday -= timedelta(weeks=1)
    elif match.group(1) == "next" or (opener == "ahead" and saturday + timedelta(days=1) < anchor):
        saturday += timedelta(weeks=1)
    sunday = saturday + timedelta(days=1)
    return f"{saturday.isoformat()}/{sunday.isoformat()}", "day", saturday, sunday, "gregorian"


def overnight(text: str, anchor: date, opener: str | None) -> Found | None:
    """ "overnight", "the overnight hours": the night that ends on the anchor's day."""
    if not re.fullmatch(r"overnight(?: hours)?", text):
        return None
    eve = anchor - timedelta(days=1)
    return f"{eve.isoformat()}/{anchor.isoformat()}", "day", eve, anchor, "gregorian"


def solar_hijri(text: str, anchor: date, opener: str | None) -> Found | None:
    match = re.fullmatch(r"(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})", text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    return _day(jalali_to_gregorian(year, month, day), "solar-hijri")


def islamic_month(text: str, anchor: date, opener: str | None) -> Found | None:
    match = re.fullmatch(r"([a-z' -]+?),? (1[34]\d\d)(?: ah| a\.h\.)?", text)
    if not match or match.group(1) not in ISLAMIC_MONTHS:
        return None
    year, month = int(match.group(2)), ISLAMIC_MONTHS[match.group(1)]
    first = islamic_to_gregorian(year, month, 1)
    last = islamic_to_gregorian(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    # An Islamic month straddles two Gregorian ones: the value is the interval, not a month.
    return f"{first.isoformat()}/{last.isoformat()}", "month", first, last, "islamic"


RULES: tuple[Callable[[str, date, str | None], Found | None], ...] = (
    relative_day, weekday, relative_period, month_relative_year, day_range, past_days, absolute_day,
    month_year, solar_hijri, islamic_month, year_range, month_range, quarter, season, weekend, overnight,
    year_or_decade, time_ago, last_month_named,
)  # fmt: skip


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """A Solar Hijri (Persian) date in the Gregorian calendar, counted from 1 Farvardin 1400 =
    21 March 2021 with the 33-year leap cycle, which matches Iran's civil calendar for the
    years 1300–1499 that news uses."""
    days = day - 1 + (31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7))
    return date(2021, 3, 21) + timedelta(days=_jalali_days_before(year) - _jalali_days_before(1400) + days)


def _jalali_days_before(year: int) -> int:
    """Days in the years 1 … year-1 (a year y has 366 days when y mod 33 is a leap position)."""
    years = year - 1
    cycles, rest = divmod(years, 33)
    leaps = cycles * 8 + sum(1 for y in range(1, rest + 1) if y % 33 in (1, 5, 9, 13, 17, 22, 26, 30))
    return years * 365 + leaps


def islamic_to_gregorian(year: int, month: int, day: int) -> date:
    """The tabular Islamic calendar (30-year cycle, epoch 16 July 622 Julian): within a day or
    two of the observed calendar."""
    days = day + (29 * (month - 1) + (month) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
    return date(622, 7, 19) + timedelta(days=days - 1)


def find_dates(doc: Any, field: FieldName, offset: int, anchor: date) -> list[DateRef]:
    """Every DATE entity of a paragraph's parse (with a "since/until/from" right before it), and
    every TIME entity that names a day ("last night", "this morning"), that resolves, with its
    span in the field. A list of dates in one entity ("September 18, November 13") gives each."""
    found: list[DateRef] = []
    for entity in doc.ents:
        if entity.label_ not in ("DATE", "TIME") or _not_a_date(entity):
            continue
        start = _opening(doc, entity)
        opened = start != entity.start
        if not opened and _cut_determiner(doc, entity):
            start -= 1  # "this week's meetings": the model tags "week" alone
        span = doc[start : entity.end]
        for part, ref in _dated_parts(span, anchor, opened=opened):
            if ref is not None:
                found.append(_with_span(ref, Span(field, offset + part.start_char, offset + part.end_char)))
    return found


def _opening(doc: Any, entity: Any) -> int:
    """Where a date's expression starts: at a "since/until/before" right before it ("since
    Monday", "since the 1979 revolution"); but "before Monday's meeting" or "until the March 18
    conference" bound no period by the date."""
    start: int = entity.start
    for phrase in OPENING_PHRASES:
        words = phrase.split()
        if start >= len(words) and [t.lower_ for t in doc[start - len(words) : start]] == words:
            return start - len(words)  # "on or after November 5, 2018"
    word = doc[start - 1].lower_ if start > 0 else ""
    if word in OPENERS and (OPENERS[word] == "since" or entity.root.dep_ == "pobj"):
        return start - 1
    if start > 1 and word == "the" and doc[start - 2].lower_ == "since":
        return start - 2  # "since the 1979 revolution"
    return start


def _cut_determiner(doc: Any, entity: Any) -> bool:
    """A bare "week", "month" or "year" entity right after "this", "last" or "next"."""
    return (
        len(entity) == 1
        and entity[0].lower_ in ("week", "month", "year")
        and entity.start > 0
        and doc[entity.start - 1].lower_ in ("this", "last", "next")
    )


def _resolve_span(span: Any, anchor: date, opened: bool) -> DateRef | None:
    ahead = not opened and _about_the_future(span.root)
    ref = resolve_expression(span.text, anchor, ahead=ahead)
    if ref is not None and not opened and ref.end is not None and _in_since_clause(span.root):
        return replace(ref, end=None)  # "since the uprisings began in 2011": open from 2011
    return ref


def _dated_parts(span: Any, anchor: date, opened: bool) -> list[tuple[Any, DateRef | None]]:
    """The span with its date; or, when it names none, each date of the list it is."""
    whole = _resolve_span(span, anchor, opened)
    if whole is not None:
        return [(span, whole)]
    if len(span) > 2 and span[1].lower_ == "of" and span[0].text.isdecimal() and int(span[0].text) > 31:
        dated = span.doc[span.start + 2 : span.end]  # "(Executive Order) 13572 of April 29, 2011"
        return [(dated, _resolve_span(dated, anchor, opened=False))]
    return [(part, _resolve_span(part, anchor, opened=False)) for part in _listed(span)]


def _listed(span: Any) -> list[Any]:
    """The dates of a list read as one entity: "September 18, November 13" gives two spans."""
    parts, begin = [], span.start
    for token in span:
        next_is_year = token.i + 1 < span.end and re.fullmatch(r"\d{4}", span.doc[token.i + 1].text)
        if token.lower_ in ("and", "or", ";") or (token.lower_ == "," and not next_is_year):
            if token.i > begin:
                parts.append(span.doc[begin : token.i])
            begin = token.i + 1
    if begin < span.end:
        parts.append(span.doc[begin : span.end])
    return parts if len(parts) > 1 else []


def _not_a_date(entity: Any) -> bool:
    """A DATE entity that names no date: "expected to last four days" (a verb), "the last month of
    the talks" (a part of something), a year that is part of a name ("the 2020 … Accountability
    Act", "Treasury's 2021 Sanctions Review"), the number of a document ("UNSCR 1929")."""
    first = entity[0]
    if first.lower_ == "last" and first.pos_ == "VERB":
        return True
    following = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if (
        following is not None
        and following.lower_ == "of"
        and re.fullmatch(r"the (?:last|final|first) (?:day|week|month|year)s?", entity.text.lower())
    ):
        return True  # "the last month of the agreement": a part of something, not a stretch up to now
    back = 2 if first.i > 1 and entity.doc[first.i - 1].text == "." else 1  # "No. 1701" read as "No", "."
    before = entity.doc[first.i - back] if first.i >= back else None
    named = before is not None and before.text[:1].isupper() and not first.is_sent_start  # not "Act. 2021"
    numbered = named and before is not None and before.lower_.rstrip(".") in document_names()
    if len(entity) == 1 and first.like_num and numbered:
        return True  # "UNSCR 1929", "Resolution 1803", "No. 1701": the document's number
    if len(entity) == 1 and first.like_num and len(first.text) == 4:
        for token in entity.doc[first.i + 1 : first.i + 16]:  # the capitalized name that follows
            if token.lower_ in document_names() and token.text[:1].isupper() and not token.text.isupper():
                return True
            if not (token.text[:1].isupper() or token.lower_ in ("and", "of", "&", "-")):
                return False
    return False


def _in_since_clause(token: Any) -> bool:
    """Whether a date sits in a "since" clause or phrase: "since suffering a stroke in January
    2006", "since the uprisings began in 2011" (up to the clause's verb)."""
    node = token
    for _ in range(8):
        if node.lower_ == "since":
            return True
        if node.pos_ in ("VERB", "AUX"):
            marks = any(c.lower_ == "since" and c.dep_ in ("mark", "prep") for c in node.children)
            return marks or (node.dep_ == "pcomp" and node.head.lower_ == "since")
        if node.head is node:
            return False
        node = node.head
    return False


def _about_the_future(token: Any) -> bool:
    """Whether the date's clause is about the future: its verb takes "will"/"shall" or is a "to"
    infinitive ("will meet on Monday", "the meeting to take place on July 15")."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head is verb:
            return False
        verb = verb.head
    else:
        return False
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(helpers & FUTURE_AUXILIARIES) or (verb.tag_ == "VB" and "to" in helpers)


def _with_span(ref: DateRef, span: Span) -> DateRef:
    return replace(ref, span=span)
