"""The search syntax analysts type, parsed into a small tree both back ends can render.

* words are all required: ``Qaani Haniyeh``
* ``"quoted words"`` are a phrase
* ``OR`` between two terms accepts either: ``Hamas OR Hezbollah``
* ``-word`` or ``-"a phrase"`` excludes
* ``word*`` matches words that start with ``word``

Anything else (brackets, colons, carets …) is treated as text, never as syntax, so no query can
break the database's own query language. Common English words ("the", "of", "it") are dropped
from queries (``vocab/stopwords-en.txt``) so both back ends answer alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dabir.errors import UsageError
from dabir.vocab import stopwords

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 32


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or several for a phrase
    prefix: bool = False  # the last word is a prefix



@dataclass(frozen=True)
class Query:
    """Every group must match (AND); a group matches when any of its terms does (OR); no
    excluded term may match."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group)


def parse_query(text: str) -> Query:
    """Parse the analyst's query; raise UsageError when nothing searchable is left."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for match in _TOKEN.finditer(text):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if bare is not None and bare == "OR":
            join_next = bool(groups)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negated, bare = True, bare[1:]
        term = _term(quoted if quoted is not None else bare or "", phrase=quoted is not None)
        if term is None:
            continue
        if negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if not groups:
        raise UsageError(
            "the search has no word to look for (common words and excluded words alone match nothing)"
        )
    if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
        raise UsageError(f"the search has more than {MAX_TERMS} terms")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _term(raw: str, *, phrase: bool) -> Term | None:
    prefix = not phrase and raw.endswith("*")
    words = [w.casefold() for w in _WORD.findall(raw)]
    stop = stopwords()
    if not (prefix and len(words) == 1):  # "it*" is a prefix, not the word "it"
        while words and words[0] in stop:
            words.pop(0)  # a phrase's inner common words stay: "Guard of Iran" needs its "of"
        while words and words[-1] in stop:
            words.pop()
    if not words:
        return None
    return Term(tuple(words), prefix=prefix and len(words) == 1)
