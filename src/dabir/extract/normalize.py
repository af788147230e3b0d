"""Text for the parser, with the same length as the text it came from, so every offset the
parser gives is an offset into the article's own field.

Curly apostrophes break spaCy's parses ("Hamas’ political bureau" parses badly; NLP-NOTES §2):
each typographic quote becomes its one-character ASCII form. Nothing else changes.
"""

from __future__ import annotations

_FOR_PARSER = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "\u00a0": " "})


def parser_text(text: str) -> str:
    """``text`` with typographic quotes and no-break spaces made ASCII; same length, same
    offsets (one character for one character)."""
    return text.translate(_FOR_PARSER)
