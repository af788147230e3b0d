"""The language of an article: ISO 639-1 code and a confidence, or "und" when unsure.

Arabic-script text is told apart by its letters first (Persian writes پ چ ژ گ and the Persian
forms of ک and ی; Arabic uses ك and ي and ة), which is more reliable on short texts than a
general classifier. Other text goes to py3langid, whose model ships inside the package (no
download).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_PERSIAN_LETTERS = set("پچژگ")  # letters Arabic does not have
_ARABIC_LETTERS = set("ة")  # ta marbuta: constant in Arabic, rare in Persian
_PERSIAN_FORMS = set("کی")  # Persian forms of kaf and yeh …
_ARABIC_FORMS = set("كيى")  # … and the Arabic ones
_MIN_LETTERS = 12
_SAMPLE_CHARS = 1500  # enough for a confident guess; more only costs time


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, or "und"
    confidence: float


def detect_language(text: str) -> Language:
    sample = text[:_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return Language("und", 0.0)
    arabic_script = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff")
    if arabic_script / len(letters) > 0.5:
        return _arabic_script_language(letters)
    ranked = _rank(sample)
    (code, confidence), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0.0
    # Short headlines spread probability over related languages; a clear lead is enough.
    if confidence >= 0.5 or (confidence >= 0.3 and confidence >= 2 * runner_up):
        return Language(code, round(confidence, 3))
    return Language("und", round(confidence, 3))


def _arabic_script_language(letters: list[str]) -> Language:
    """Persian writes پ چ ژ گ, which Arabic never does; Arabic writes ة, which Persian hardly
    does. Those decide first: Windows-1256 has no Persian ی, so Persian typed in it uses the
    Arabic ي, and the ی/ي count alone would call it Arabic. The ک ی / ك ي forms break ties."""
    decided = _majority(
        sum(1 for ch in letters if ch in _PERSIAN_LETTERS),
        sum(1 for ch in letters if ch in _ARABIC_LETTERS),
    ) or _majority(
        sum(1 for ch in letters if ch in _PERSIAN_FORMS),
        sum(1 for ch in letters if ch in _ARABIC_FORMS),
    )
    if decided is not None:
        return decided
    code, confidence = _rank("".join(letters), restrict=("ar", "fa", "ur", "ps"))[0]
    return Language(code, round(confidence, 3))


def _majority(persian: int, arabic: int) -> Language | None:
    if persian > arabic:
        return Language("fa", round(persian / (persian + arabic), 3))
    if arabic > persian:
        return Language("ar", round(arabic / (persian + arabic), 3))
    return None


@lru_cache(maxsize=2)
def _identifier(restrict: tuple[str, ...] | None) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if restrict:
        identifier.set_languages(list(restrict))
    return identifier


def _rank(text: str, restrict: tuple[str, ...] | None = None) -> list[tuple[str, float]]:
    ranked = _identifier(restrict).rank(text)
    return [(str(code), float(probability)) for code, probability in ranked[:2]]
