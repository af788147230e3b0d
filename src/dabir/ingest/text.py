"""Small pure helpers on article text: first sentence, derived headline, size."""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "sen",
    "rep", "gov", "pres", "st", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "inc", "co", "corp",
    "ltd", "dept", "fig", "approx", "est",
}  # fmt: skip
_SENTENCE_BREAK = re.compile(r"([.!?])([\"”’)]?)(\s+)(?=[\"“‘(]?[A-Z0-9\u0600-\u06FF])")
HEADLINE_CHARS = 110


def first_sentence(text: str) -> str:
    """The first sentence of the first paragraph (abbreviations such as "U.S." do not end it)."""
    paragraph = text.strip().split("\n\n", 1)[0].strip()
    for match in _SENTENCE_BREAK.finditer(paragraph):
        before = paragraph[: match.start(1)]
        last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        if last_word.rstrip(".") in _ABBREVIATIONS or len(last_word) == 1:
            continue
        return paragraph[: match.end(2)].strip()
    return paragraph


def lead_paragraph(text: str, min_words: int = 6) -> str:
    """The first paragraph (or line, in text without blank lines) that reads like prose: at
    least ``min_words`` words. Falls back to the whole text."""
    separator = "\n\n" if "\n\n" in text else "\n"
    for paragraph in text.split(separator):
        if len(paragraph.split()) >= min_words:
            return paragraph.strip()
    return text.strip()


def derive_headline(text: str, limit: int = HEADLINE_CHARS) -> str:
    """A short headline from the lead's first sentence: whole if short, else cut at a word."""
    sentence = " ".join(first_sentence(lead_paragraph(text)).split())
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))
