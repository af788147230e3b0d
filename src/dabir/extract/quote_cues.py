"""The quote vocabulary (``vocab/quote-cues.yaml``) and the questions asked of it about one
token (part of ``quotes.v1``): is it a cue, with which flags, as what words. Knowledge is data:
a word is added to the vocabulary file, never to the code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

VOCAB = Path(__file__).parents[1] / "vocab" / "quote-cues.yaml"


@dataclass(frozen=True)
class Cues:
    """The vocabulary of quote-cues.yaml."""

    verbs: Mapping[str, frozenset[str]]  # lemma → flags (reporting, addressee, quoting, content, object)
    phrases: Mapping[str, str]  # first word → the phrase ("according" → "according to")
    verb_phrases: Mapping[str, tuple[str, frozenset[str]]]  # "make" → ("clear", flags)
    addressee_prepositions: frozenset[str]
    media_nouns: frozenset[str]
    pronouns: frozenset[str]
    document_nouns: frozenset[str]
    body_pronouns: frozenset[str]
    issuing_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    non_speakers: frozenset[str]
    going_on_verbs: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The quote vocabulary, read once from the vocab file."""
    data = yaml.safe_load(VOCAB.read_text(encoding="utf-8"))
    verbs = {str(k): frozenset(v or ()) for k, v in data["cue_verbs"].items()}
    phrases = {str(p).split()[0]: str(p) for p in data["cue_phrases"]}
    verb_phrases = {
        str(k).split()[0]: (str(k).split()[1], frozenset(v or ()))
        for k, v in data["cue_verb_phrases"].items()
    }
    keys = (
        "addressee_prepositions", "media_nouns", "person_pronouns", "document_nouns", "body_pronouns",
        "issuing_verbs", "naming_verbs", "non_speakers", "going_on_verbs",
    )  # fmt: skip
    words = [frozenset(data[k]) for k in keys]
    return Cues(verbs, phrases, verb_phrases, *words)


def flags(token: Any) -> frozenset[str]:
    """The vocabulary's flags of a cue verb: reporting, addressee, quoting, content, object."""
    verbs = cues().verbs
    found = verbs.get(token.lemma_.lower()) or verbs.get(token.lower_)
    word = particle(token)
    return found or (cues().verb_phrases[token.lemma_.lower()][1] if word is not None else frozenset())


def particle(token: Any) -> Any | None:
    """The word that makes ``token`` a cue verb phrase: "clear" in "made clear his …"."""
    word, _ = cues().verb_phrases.get(token.lemma_.lower(), ("", frozenset()))
    return next((c for c in token.children if c.lower_ == word), None) if word else None


def is_cue(token: Any) -> bool:
    """A cue verb of the vocabulary, a cue verb phrase, or the head of a cue phrase with its
    object."""
    if token.lower_ in cues().phrases:
        return phrase_object(token) is not None
    known = token.lemma_.lower() in cues().verbs or token.lower_ in cues().verbs
    return token.pos_ == "VERB" and (known or particle(token) is not None)


def phrase_object(token: Any) -> Any | None:
    """The object of a cue phrase: IRNA in "according to IRNA"."""
    words = cues().phrases.get(token.lower_, "").split()[1:]
    for child in token.children:
        if [child.lower_] == words:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def media_noun(token: Any) -> bool:
    """A noun that names a news outlet ("state media", "the agency")."""
    nouns = cues().media_nouns
    return token.pos_ in {"NOUN", "PROPN"} and (token.lower_ in nouns or token.lemma_.lower() in nouns)


def cue_text(cue: Any) -> str:
    """The cue as written: "said", "according to", "made clear"."""
    word = particle(cue)
    return cues().phrases.get(cue.lower_) or (f"{cue.text} {word.text}" if word is not None else cue.text)
