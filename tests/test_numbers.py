"""Numbers as news writes them (``dabir.extract.numbers``): digits, words, approximations, and
nothing that is no count ("1e309", floats, 40 digits) — never an overflow."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dabir.extract.numbers import MAX_COUNT, Number, read_number

APPROX = {"dozens": 24, "hundreds": 200}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["181"], Number(181)),
        (["1,200"], Number(1200)),
        (["ten"], Number(10)),
        (["twenty-one"], Number(21)),
        (["two", "hundred"], Number(200)),
        (["three", "thousand", "five", "hundred"], Number(3500)),
        (["dozens"], Number(24, approx=True)),
        (["2", "million"], Number(2_000_000)),
    ],
)
def test_numbers_read(words: list[str], expected: Number) -> None:
    assert read_number(words, APPROX) == expected


@pytest.mark.parametrize("words", [["1e309"], ["3.5"], ["9" * 40], ["people"], [], ["ten", "people"]])
def test_what_is_no_count_gives_none(words: list[str]) -> None:
    assert read_number(words, APPROX) is None


@given(st.lists(st.text(max_size=12), max_size=6))
def test_any_words_give_none_or_a_bounded_count(words: list[str]) -> None:
    number = read_number(words, APPROX)
    assert number is None or 0 <= number.value <= MAX_COUNT


@given(st.integers(min_value=0, max_value=MAX_COUNT))
def test_every_digit_string_reads_back(n: int) -> None:
    assert read_number([str(n)], APPROX) == Number(n)
    assert read_number([f"{n:,}"], APPROX) == Number(n)
