"""Quote marks paired in a field's paragraphs (part of ``quotes.v1``): string work, linear in the
text. Single quotes count only where no apostrophe can be; a lone mark is skipped; a quote left
open while the next paragraph opens again goes on there (the news convention)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dabir.types import FieldName

_MARK = re.compile("[\"'“”„«»‘’]")
_OPEN_AFTER = frozenset(" \t\n([{—–-/:;\"'“‘«„")  # characters a straight mark opens after
_CLOSE_BEFORE = frozenset(" \t\n)]}.,;:!?…—–-\"'”’»")  # characters a straight mark closes before


@dataclass(frozen=True)
class Marks:
    """A quote between marks: the quoted text is ``text[start:end]``. ``chain`` (the position of
    the first piece's opening mark) is shared by the pieces of a quote over several paragraphs."""

    field: FieldName
    start: int
    end: int
    chain: int | None = None


def pair_marks(field: FieldName, paragraphs: Sequence[tuple[int, str]]) -> list[Marks]:
    """The quotes of one field's paragraphs (offset, text), each paired on its own; a quote left
    open at a paragraph's end goes on only when the next paragraph opens with a quote mark."""
    found: list[Marks] = []
    chain: int | None = None  # the quote the next paragraph's opening mark continues
    for index, (offset, text) in enumerate(paragraphs):
        pairs, dangling = _pair_paragraph(text)
        continuing, chain = chain, None
        after = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
        if dangling is not None and after and _role(after, 0) in {("double", "open"), ("double", "either")}:
            chain = continuing if continuing is not None and dangling == 0 else offset + dangling
            pairs.append((dangling, len(text)))
        for open_at, close_at in pairs:
            inner = text[open_at + 1 : close_at]
            piece = continuing if open_at == 0 and continuing is not None else None
            piece = chain if piece is None and open_at == dangling else piece
            first, last = close_at - len(inner.lstrip()), open_at + 1 + len(inner.rstrip())
            if any(c.isalnum() for c in inner):
                found.append(Marks(field, offset + first, offset + last, piece))
    return found


def _pair_paragraph(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """(opening mark, closing mark) pairs in one paragraph and the position of a double mark
    left open at its end. Single quotes pair only outside double ones."""
    marks = [(m.start(), *_role(text, m.start())) for m in _MARK.finditer(text)]
    last_single = max((i for i, kind, role in marks if kind == "single" and role == "close"), default=-1)
    pairs: list[tuple[int, int]] = []
    double: int | None = None
    single: int | None = None
    for i, kind, role in marks:
        if kind == "double":
            single = None
            if double is not None and role in {"close", "either"}:
                pairs.append((double, i))
                double = None
            elif role in {"open", "either"}:
                double = i  # a second opener: the first was a lone mark
        elif double is None:
            if single is not None and role == "close" and not _possessive(text, i, last_single):
                pairs.append((single, i))
                single = None
            elif role == "open":
                single = i  # a second opener: the first was a letter ("‘Abd al-Rahman … Juday‘")
    return pairs, double


def _role(text: str, i: int) -> tuple[str, str]:
    """("double" | "single", "open" | "close" | "either" | "none") for the mark at ``i``."""
    mark = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    kind = "single" if mark in "'‘’" else "double"
    if kind == "single" and (before.isalnum() or _joined(text, i)) and after.isalnum():
        return kind, "none"  # "Shi‘a", "al-‘Ajmi": a transliterated letter, inside a word
    if mark in "“„«‘":
        return kind, "open"
    if mark in "”»":
        return kind, "close"
    opens = before in _OPEN_AFTER and not after.isspace()
    closes = after in _CLOSE_BEFORE and not before.isspace()
    if kind == "single":  # never an apostrophe: not between letters, opening only before a word
        if before.isalnum() and after.isalnum():
            return kind, "none"
        opens = mark == "'" and opens and after.isalpha() and text[i + 2 : i + 3] != "'"  # not '90s, 'n'
        closes = closes and before not in _OPEN_AFTER
    if opens and closes:
        return kind, "either" if kind == "double" else "none"
    if kind == "double" and not opens and not closes and before in ",.!?…":
        return kind, "close"  # 'not sufficient,"Ban Ki-moon … said': a space missing after it
    return kind, "open" if opens else "close" if closes else "none"


def _joined(text: str, i: int) -> bool:
    """A mark right after a hyphen that follows a letter ("al-‘Ajmi")."""
    return i >= 2 and text[i - 1] == "-" and text[i - 2].isalpha()


def _possessive(text: str, i: int, last_close: int) -> bool:
    """ "Palestinians’ right": an s-apostrophe before a lowercase word is a possessive while a
    later closing single mark remains in the paragraph."""
    before_word = text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()
    return i < last_close and text[i - 1] in "sS" and before_word
