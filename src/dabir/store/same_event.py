"""The merge rule of one event, many reports (part of the store, but pure: no database).

Two reports are of one real-world event when they share the root code (and their codes are
compatible), their dates meet within :data:`WINDOW_DAYS`, they share an acting and an acted-upon
actor, and their places do not conflict. Within one article the rule is looser: a story retells
its own news with fewer actors or no date (:func:`same_event`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dabir.fact_types import JOURNEY_CODES, EventRecord

WINDOW_DAYS = 1  # reports of one event may date it a day apart (time zones, "yesterday")
GENERIC_CODES = frozenset({"040"})  # a code that a more specific one of its root may retell
DESCRIBED_APART = frozenset({"04"})  # consultations: a readout lists meetings by whom they were with
VIOLENT_RETOLD_ROOTS = frozenset({"18", "19"})  # an attack's code turns on whether its doer is named


@dataclass(frozen=True)
class Report:
    root: str
    code: str
    sources: frozenset[str]
    targets: frozenset[str]
    start: date | None
    end: date | None
    place: str | None
    article: str = ""
    within: frozenset[str] = frozenset()  # the bodies the acting actors are part of
    dated: bool = True  # the text gives the date (else it is the report's date, precision "reported")
    trigger: str = ""  # the trigger word as written
    described: frozenset[str] = frozenset()  # acted-upon parties named only by a description
    place_country: str | None = None  # the place's country (ISO alpha-3), from the gazetteer
    place_is_country: bool = False  # the place is that country itself


def report_of(event: EventRecord, article: str = "") -> Report:
    """A report as the merge rule compares it."""
    return Report(
        event.code[:2],
        event.code,
        frozenset(event.source_ids),
        frozenset(event.target_ids),
        event.date.start if event.date else None,
        event.date.end if event.date else None,
        event.place.name.casefold() if event.place else None,
        article,
        frozenset(event.source_within),
        event.date is not None and event.date.precision != "reported",
        event.trigger_text,
        descriptions(event.target_described),
        event.place.country if event.place else None,
        event.place is not None and event.place.kind == "country",
    )


def descriptions(described: Sequence[str]) -> frozenset[str]:
    """Descriptions compared as written, case aside ("Private sector leaders" is "private sector
    leaders")."""
    return frozenset(d.casefold() for d in described)


def same_event(a: Report, b: Report) -> str | None:
    """Why two reports are of one real-world event, or None when they may not be.

    Across articles the rule is strict: a shared acting actor (or one acting within the other:
    OFAC and the Treasury), a shared acted-upon actor, dates within a day, at least one of them
    given by its text (a story that recalls the 7 October attack without its date is not a
    report of an event of its own publication day). Within one article, where a story repeats
    its news ("In a separate call, …", "The fighting, ongoing since Sunday, …"), a report that
    names fewer actors or no date may join one that names more."""
    in_article = bool(a.article) and a.article == b.article
    retold = in_article and _violence_retold(a, b)
    if (a.root != b.root or not _codes_compatible(a.code, b.code)) and not retold:
        return None
    if not _places_meet(a, b, within_article=in_article):
        return None
    if in_article:
        return _same_in_article(a, b)
    if a.start is None or b.start is None or not (a.dated or b.dated):
        return None  # undated, or dated only by their reports: two days' (or years') events look alike
    if not _dates_meet(a, b):
        return None
    shared_sources = (a.sources & (b.sources | b.within)) | (b.sources & a.within)  # OFAC and the Treasury
    shared_targets = a.targets & b.targets
    if not shared_sources:
        return None
    if (a.targets or b.targets) and not shared_targets:
        return None
    if not a.targets and not b.targets and not (a.place and a.place == b.place):
        return None
    return (
        f"same root {a.root}; dates within {WINDOW_DAYS} day; acting {', '.join(sorted(shared_sources))}"
        + (f"; acted upon {', '.join(sorted(shared_targets))}" if shared_targets else f"; place {a.place}")
    )


def clashes_in_article(a: Report, b: Report) -> bool:
    """Two reports of one article that the article itself tells apart: an event may not hold
    both, even when a vaguer report of the article ("meetings in Israel") would join either."""
    return bool(a.article and a.article == b.article and a.root == b.root and same_event(a, b) is None)


def clashes_with_event(report: Report, others: Sequence[Report]) -> bool:
    """Whether an event's reports hold one the article tells apart from ``report``. Two retellings
    of parts of one listed act do not clash when a third report names the whole list: "designating
    A, B and C", then "A and B were designated today" and "C was designated today"."""
    return any(clashes_in_article(report, o) and not _parts_of_one(report, o, others) for o in others)


def _parts_of_one(a: Report, b: Report, reports: Sequence[Report]) -> bool:
    both = a.targets | b.targets
    return bool(a.targets and b.targets) and any(
        r.article == a.article and both <= r.targets and same_event(a, r) and same_event(b, r)
        for r in reports
    )


def _places_meet(a: Report, b: Report, within_article: bool) -> bool:
    """No place, the same place, or, within one article, a country and a place inside it
    ("travelled to the United States" and "travelled to Washington, D.C."). Across articles the
    places must be the same: an event placed in a country would otherwise gather reports placed
    in two of its cities."""
    if not a.place or not b.place or a.place == b.place:
        return True
    if not within_article:
        return False
    inside = a.place_country is not None and a.place_country == b.place_country
    return inside and (a.place_is_country or b.place_is_country)


def _dates_meet(a: Report, b: Report) -> bool:
    if a.start is None or b.start is None:
        return True
    window = timedelta(days=WINDOW_DAYS)
    a_end, b_end = a.end or date.max - window, b.end or date.max - window
    return not (a.start > b_end + window or b.start > a_end + window)


def _same_in_article(a: Report, b: Report) -> str | None:
    if not _dates_meet(a, b):
        return None
    if _spoken(a.root) and a.trigger and b.trigger and _stem(a.trigger) != _stem(b.trigger):
        return None  # "expressed support …", "expressed appreciation …": two things said
    for mine, theirs in ((a.sources, b.sources), (a.targets, b.targets)):
        if mine and theirs and not mine & theirs:
            return None
    if a.root in DESCRIBED_APART and _told_apart_by_description(a, b):
        return None  # met with officials of three governments, then with private-sector leaders
    mutual = a.sources == a.targets and b.sources == b.targets  # "they agreed", "clashes between"
    if mutual and a.sources and b.sources and not (a.sources <= b.sources or b.sources <= a.sources):
        return None  # Sullivan and Ben Shabbat agreed, then Sullivan and Egypt: two pairs, two events
    return f"same root {a.root} in the same article, actors and dates compatible"


def _told_apart_by_description(a: Report, b: Report) -> bool:
    """A report that names whom it was done to only by a description ("met with leaders from the
    private sector") is of another meeting than one with named parties or another description;
    a report that says nothing of whom ("during the meeting") may still retell either."""
    if not (a.described or b.described) or not (a.targets or a.described) or not (b.targets or b.described):
        return False
    return not (a.targets & b.targets or a.described & b.described)


def _spoken(root: str) -> bool:
    """Verbal acts (CAMEO quad classes 1 and 3: statements, appeals, support, demands, criticism,
    rejections, threats), but not consultations (04), which stories retell ("In a separate call")."""
    return root.isdigit() and (int(root) <= 5 or 10 <= int(root) <= 13) and root != "04"


def _violence_retold(a: Report, b: Report) -> bool:
    """ "today's terrorist attack in Abu Dhabi" (180: no one named doing it), then "the Houthis
    have claimed responsibility for this attack" (190): one attack, told by the same word, whose
    code changed only with what each report says of who did it."""
    violent = {a.root, b.root} <= VIOLENT_RETOLD_ROOTS
    return violent and bool(a.trigger) and _stem(a.trigger) == _stem(b.trigger)


def _stem(word: str) -> str:
    """ "condemned", "condemns", "condemnation": one word for comparing triggers."""
    return word.casefold()[:5]


def _codes_compatible(a: str, b: str) -> bool:
    """Equal codes, or a consultation told once generically ("talks", 040) and once by its manner
    ("a phone call", 041). A fight (190) and an airstrike (195) may be two events: not merged;
    nor are a trip (042) and the meetings held on it ("traveled to Israel …", "met with officials
    of Israel …")."""
    generic = {c for c in (a, b) if c in GENERIC_CODES}
    return a == b or (bool(generic) and not {a, b} & JOURNEY_CODES)
