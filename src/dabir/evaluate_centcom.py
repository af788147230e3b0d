"""The CENTCOM strike lines as gold pairs for place and count extraction, and their scorer.

The shared corpus ``centcom-oir-strikes/oir_strike_lines_2014-2016.csv`` (its SOURCE.md) holds
one row per bullet of a U.S. Central Command press release of 2014–2016: "- Near Ar Raqqah, one
strike destroyed two oil pump jacks." with the place ("Raqqa") and the number of strikes (1)
read by the table's author. The ``line`` is the input; ``location`` and ``number`` the expected
output.

Scoring (:func:`score_places`): a predicted place is right when the gazetteer, given the line's
country as context, finds the same place for it as for the gold location (same GeoNames id, or
within :data:`SAME_PLACE_KM`); when either name is not in the gazetteer, their loose keys must be
equal. A predicted count is right when equal. Precision is over the lines with a prediction,
recall over the lines with a gold value.

:func:`baseline_predict` is the plain reading of the releases' pattern ("Near <place>, <number>
strike(s)"), to test the scorer on and to beat.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dabir.resolve.places import Gazetteer, Place, distance_km, gazetteer, loose_key

log = logging.getLogger(__name__)

SAME_PLACE_KM = 10.0
COLUMNS = ("date", "country", "location", "number", "line")
Prediction = tuple[str | None, int | None]


@dataclass(frozen=True)
class StrikeLine:
    """One bullet of a release: its date, country, gold place and number of strikes."""

    date: date
    country: str
    location: str
    number: int
    line: str


class MalformedRow(ValueError):
    """A row of the strike table that cannot be read; the message says which and why."""


# --- reading ------------------------------------------------------------------------------------


def read_strike_lines(path: Path | str, *, problems: list[str] | None = None) -> list[StrikeLine]:
    """The table's rows. A malformed row is skipped: its reason is logged and, when given,
    appended to ``problems``; a file without the expected columns raises :class:`MalformedRow`."""
    lines: list[StrikeLine] = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise MalformedRow(f"{path}: no column {', '.join(missing)} (header: {reader.fieldnames})")
        for row in reader:
            try:
                lines.append(_strike_line(row))
            except MalformedRow as error:
                message = f"{path}, line {reader.line_num}: {error}"
                log.warning("skipped %s", message)
                if problems is not None:
                    problems.append(message)
    return lines


def _strike_line(row: dict[str, str | None]) -> StrikeLine:
    values = {column: (row.get(column) or "").strip() for column in COLUMNS}
    empty = [column for column, value in values.items() if not value]
    if empty:
        raise MalformedRow(f"empty {', '.join(empty)}")
    try:
        day = datetime.strptime(values["date"], "%m/%d/%Y").date()
    except ValueError:
        raise MalformedRow(f"date {values['date']!r} is not MM/DD/YYYY") from None
    if not values["number"].isdigit():
        raise MalformedRow(f"number {values['number']!r} is not a count")
    return StrikeLine(day, values["country"], values["location"], int(values["number"]), values["line"])


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class _Tally:
    predicted: int = 0
    gold: int = 0
    correct: int = 0

    def scores(self) -> dict[str, float]:
        precision = self.correct / self.predicted if self.predicted else 0.0
        recall = self.correct / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "predicted": self.predicted,
            "gold": self.gold,
            "correct": self.correct,
        }


class _PlaceJudge:
    """Same-place decisions, with the gazetteer's look-ups cached per (name, context)."""

    def __init__(self, places: Gazetteer) -> None:
        self._places = places
        self._found: dict[tuple[str, str], Place | None] = {}
        self._contexts: dict[str, tuple[str, ...]] = {}

    def context(self, country: str) -> tuple[str, ...]:
        """The ISO-3 code of a line's country, when the gazetteer knows it."""
        if country not in self._contexts:
            self._contexts[country] = tuple(self._places.context([country]))
        return self._contexts[country]

    def find(self, name: str, country: str) -> Place | None:
        if (name, country) not in self._found:
            self._found[name, country] = self._places.lookup(name, self.context(country))
        return self._found[name, country]

    def same(self, predicted: str, gold: str, country: str) -> bool:
        """Whether the two names mean one place, in the context of the line's country."""
        ours, theirs = self.find(predicted, country), self.find(gold, country)
        if ours is None or theirs is None:
            return loose_key(predicted) == loose_key(gold)
        return ours.id == theirs.id or distance_km(ours, theirs) <= SAME_PLACE_KM


def score_places(
    lines: Iterable[StrikeLine],
    predict: Callable[[StrikeLine], Prediction],
    places: Gazetteer | None = None,
) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 (and the counts behind them) of the predicted place and count
    of each line, as ``{"place": {...}, "number": {...}}`` (the module's docstring says when a
    prediction is right). ``place["gold_unresolved"]`` counts the distinct gold locations the
    gazetteer does not know: those are compared by loose key."""
    judge = _PlaceJudge(places or gazetteer())
    place, number = _Tally(), _Tally()
    unresolved: set[str] = set()
    for line in lines:
        if judge.find(line.location, line.country) is None:
            unresolved.add(line.location)
        name, count = predict(line)
        place.gold += 1
        number.gold += 1
        if name:
            place.predicted += 1
            place.correct += judge.same(name, line.location, line.country)
        if count is not None:
            number.predicted += 1
            number.correct += count == line.number
    return {
        "place": place.scores() | {"gold_unresolved": len(unresolved)},
        "number": number.scores(),
    }


# --- the baseline -------------------------------------------------------------------------------

_NEAR = re.compile(
    r"^\W*Near (?P<place>[^,]+?)(?: in (?P<region>[^,]+?))?,? (?P<count>[\w -]+?) (?:air)?strikes?\b", re.I
)
_UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def parse_number(text: str) -> int | None:
    """A count written in digits or English words ("13", "one", "twenty-one", "a hundred and
    five"), or None."""
    words = text.casefold().replace("-", " ").replace(",", "").split()
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    return _number_words([w for w in words if w != "and"])


def _number_words(words: Sequence[str]) -> int | None:
    total = current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            current = max(current, 1) * scale
            if scale > 100:
                total, current = total + current, 0
        else:
            return None
    return total + current if words else None


def baseline_predict(line: StrikeLine) -> Prediction:
    """Place and count from "Near <place>[ in <region>], <number> strike(s)", else (None, None)."""
    match = _NEAR.match(line.line)
    if match is None:
        return None, None
    return match.group("place").strip(), parse_number(match.group("count"))
