"""Vocabularies Dabir reads as data (see SOURCE.md beside this file)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def _words(name: str) -> frozenset[str]:
    lines = (line.strip() for line in (HERE / name).read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Common English words (PostgreSQL's english stop list)."""
    return _words("stopwords-en.txt")


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Words that open a name as a title or rank."""
    return _words("titles.txt")


@lru_cache(maxsize=1)
def rank_titles() -> frozenset[str]:
    """Titles of a rank the KB records as a person's role ("king", "president")."""
    return _words("rank-titles.txt")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Titles and offices together: the words a person is named by in place of a name ("the
    President", "the Under Secretary")."""
    return titles() | office_nouns()


@lru_cache(maxsize=1)
def office_modifiers() -> frozenset[str]:
    """Words that open the name of an office before its noun ("Under Secretary")."""
    return _words("office-modifiers.txt")


@lru_cache(maxsize=1)
def settlement_nouns() -> frozenset[str]:
    """Nouns of settlements ("the city of X", "a district of X"): what they are "of" is a place."""
    return _words("settlement-nouns.txt")


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns a place possesses as a place ("Iran's capital"): no metonymy there."""
    return _words("place-nouns.txt")


@lru_cache(maxsize=1)
def collective_nouns() -> frozenset[str]:
    """Nouns for groups of people ("protesters"): "Iranian protesters" is a group actor."""
    return _words("collective-nouns.txt")


@lru_cache(maxsize=1)
def headline_words() -> frozenset[str]:
    """Common headline words Title Case capitalizes (lowercased for the parser in titles)."""
    return _words("headline-words.txt")


@lru_cache(maxsize=1)
def document_names() -> frozenset[str]:
    """Nouns ending the name of a law or document: a year before them is part of the name."""
    return _words("document-names.txt")


@lru_cache(maxsize=1)
def office_nouns() -> frozenset[str]:
    """Nouns naming an office a person holds: a model "organization" headed by one is a title."""
    return _words("office-nouns.txt")


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """Company legal forms that close a name ("LLC", "S.A.R.L."), without dots, lowercase."""
    return _words("legal-forms.txt")


@lru_cache(maxsize=1)
def company_words() -> frozenset[str]:
    """Words of a company's or bank's name ("Bank", "Shipping"), lowercase."""
    return _words("company-words.txt")


@lru_cache(maxsize=1)
def countries_with_the() -> frozenset[str]:
    """Country names English writes with "the" ("the Philippines"), as the gazetteer spells them."""
    return _words("countries-with-the.txt")
