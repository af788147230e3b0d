"""Numbers as news writes them: "181", "1,200", "ten", "twenty-one", "two hundred", "dozens".

:func:`read_number` turns the words of a number phrase into an integer, or None when they are no
number it can read. Never a float: "1e309", "3.5" or a 40-digit string are not counts of people,
so they give None (and never an overflow). Approximate words ("dozens") come from the event
vocabulary and give the smallest number they can mean, with ``approx`` set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
MAX_COUNT = 100_000_000  # larger is no count of people or strikes
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,9}")


@dataclass(frozen=True)
class Number:
    value: int
    approx: bool = False


def read_number(words: list[str], approximate: dict[str, int]) -> Number | None:
    """The number ``words`` spell ("two", "hundred"; "1,200"; "twenty-one"), else None."""
    cleaned = [w.lower() for word in words for w in word.replace("-", " ").split() if w.lower() != "and"]
    if not cleaned:
        return None
    if len(cleaned) == 1 and cleaned[0] in approximate:
        return Number(approximate[cleaned[0]], approx=True)
    if len(cleaned) == 1 and _DIGITS.fullmatch(cleaned[0]):
        value = int(cleaned[0].replace(",", ""))
        return Number(value) if value <= MAX_COUNT else None
    return _spelled(cleaned)


def _spelled(words: list[str]) -> Number | None:
    total, current = 0, 0
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in SCALES and (current or word != "hundred" or total == 0):
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1_000:
                total, current = total + current, 0
        elif _DIGITS.fullmatch(word) and current == 0:
            current = int(word.replace(",", ""))
        else:
            return None
        if total + current > MAX_COUNT:
            return None
    value = total + current
    return Number(value) if value or words == ["zero"] else None
