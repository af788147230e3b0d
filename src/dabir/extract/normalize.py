"""Text for the parser, with the same length as the text it came from, so every offset the
parser gives is an offset into the article's own field.

Curly apostrophes break spaCy's parses ("Hamas’ political bureau" parses badly; NLP-NOTES §2):
each typographic quote becomes its one-character ASCII form. Nothing else changes.
"""

from __future__ import annotations

import re

_FOR_PARSER = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "\u00a0": " "})


def parser_text(text: str) -> str:
    """``text`` with typographic quotes and no-break spaces made ASCII; same length, same
    offsets (one character for one character)."""
    return text.translate(_FOR_PARSER)


def headline_text(text: str, common: frozenset[str]) -> str:
    """A Title Case headline with its common words lowercased ("Harris Following Meeting" →
    "Harris following meeting"), so the model does not take them into a name. Same length and
    offsets. A headline that is not mostly capitalized is returned as it is."""
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", text))
    capitalized = [w for w in words if w.group()[0].isupper()]
    if len(words) < 3 or len(capitalized) < 0.7 * len(words):
        return text
    out = list(text)
    for word in words[1:]:
        if word.group().lower() in common:
            out[word.start()] = word.group()[0].lower()
    return "".join(out)
