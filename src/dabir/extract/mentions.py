"""Mentions of actors in an article (``mentions.v1``): spaCy's entities corrected by our layer.

Per paragraph of each field (title, caption, text), on offset-keeping parser text:

1. the model's entities (PERSON, ORG, GPE, LOC, FAC, NORP), minus fragments without a capital
   ("supreme" tagged ORG; "al-Nakhalah" stays);
2. a gazetteer of the knowledge base's names (case-sensitive phrase matches), which finds what
   the model misses ("IRNA reported", "The Quds (Jerusalem) Force") and wins overlaps, so a
   nested "Jerusalem" is not a place mention;
3. document-level propagation: a bare surname after the full name ("Qaani" after "Esmail
   Qaani", which the model calls a place) is that person;
4. aliases the text teaches: "Esmail Qaani (Ghaani)" makes "Ghaani" a mention of the same actor.

Knowledge stays in data: the gazetteer is built from the KB, never from names in code. Pure:
no database, no network; the model and the KB are passed in. Resolution of mentions to actors
(and storing them) comes next in issue 3; the gazetteer's actor id is only a hint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from spacy.matcher import PhraseMatcher

from dabir.extract.normalize import parser_text
from dabir.ingest.layout import split_paragraphs
from dabir.resolve.kb import KnowledgeBase
from dabir.types import FieldName, Span
from dabir.vocab import stopwords

COMPONENT = "mentions.v1"
KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_TAUGHT = re.compile(r"\s*\((?P<alias>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\)")


@dataclass(frozen=True)
class Mention:
    span: Span
    text: str
    kind: str  # person | organization | place | group
    origin: str  # model | gazetteer | propagated | taught
    actor: str | None = None  # the KB actor a gazetteer match named: a hint for resolution


class MentionFinder:
    """Holds the model and the gazetteer; :meth:`find` is then pure per article."""

    def __init__(self, nlp: Any, kb: KnowledgeBase) -> None:
        self._nlp = nlp
        self._kb = kb
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for actor in kb.actors.values():
            names = [n for n in actor.names if safe_for_gazetteer(n)]
            if names:
                self._matcher.add(actor.id, [nlp.make_doc(parser_text(n)) for n in names])

    def find(self, fields: Mapping[FieldName, str]) -> list[Mention]:
        """Every mention in the article's fields, in field and reading order."""
        found: list[Mention] = []
        for name, text in fields.items():
            found.extend(self._field(name, text))
        return teach_aliases(propagate_surnames(found, fields), fields)

    def _field(self, name: FieldName, text: str) -> list[Mention]:
        paragraphs = [(p.start, p.end) for p in split_paragraphs(text)]
        docs = self._nlp.pipe(parser_text(text[start:end]) for start, end in paragraphs)
        mentions: list[Mention] = []
        for (start, _end), doc in zip(paragraphs, docs, strict=True):
            # A lowercase fragment ("supreme" tagged ORG) is no name; "al-Nakhalah" is.
            model = [m for m in _model_mentions(doc, name, start) if any(c.isupper() for c in m.text)]
            mentions.extend(_merge(self._gazetteer(doc, name, start), model))
        return mentions

    def _gazetteer(self, doc: Any, name: FieldName, offset: int) -> list[Mention]:
        matches = []
        for match_id, first, last in self._matcher(doc):
            actor = self._kb.actors[self._nlp.vocab.strings[match_id]]
            span = doc[first:last]
            matches.append(
                Mention(
                    Span(name, offset + span.start_char, offset + span.end_char),
                    span.text,
                    actor.kind,
                    "gazetteer",
                    actor.id,
                )
            )
        return _longest_first(matches)


def safe_for_gazetteer(name: str) -> bool:
    """Names safe to look for in running text: capitalized, not a common word, not an OFAC
    "SURNAME, Given" listing form, not one letter or two."""
    words = name.split()
    return (
        len(name) >= 3
        and name[:1].isupper()
        and "," not in name
        and not (len(words) == 1 and name.casefold() in stopwords())
        and not (len(words) == 1 and name.isupper() and len(name) <= 3 and not name.isalpha())
    )


def _model_mentions(doc: Any, name: FieldName, offset: int) -> list[Mention]:
    return [
        Mention(Span(name, offset + e.start_char, offset + e.end_char), e.text, KINDS[e.label_], "model")
        for e in doc.ents
        if e.label_ in KINDS
    ]


def _overlaps(a: Span, b: Span) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longer ones kept over the shorter ones they overlap."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.span.end - m.span.start), m.span.start)):
        if not any(_overlaps(mention.span, k.span) for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.span.start)


def _merge(gazetteer: list[Mention], model: list[Mention]) -> list[Mention]:
    """Gazetteer matches win; a model entity survives where no gazetteer match overlaps it."""
    kept = list(gazetteer)
    kept.extend(m for m in model if not any(_overlaps(m.span, g.span) for g in gazetteer))
    return sorted(kept, key=lambda m: m.span.start)


def propagate_surnames(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    """A one-word mention equal to the last word of a person already named is that person."""
    people: dict[str, Mention] = {}
    result: list[Mention] = []
    for mention in _reading_order(mentions, fields):
        words = mention.text.split()
        if mention.kind == "person" and len(words) > 1:
            people.setdefault(words[-1], mention)
        if len(words) == 1 and words[0] in people and (mention.kind != "person" or mention.actor is None):
            person = people[words[0]]
            result.append(replace(mention, kind="person", origin="propagated", actor=person.actor))
        else:
            result.append(mention)
    return result


def teach_aliases(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    """ "Esmail Qaani (Ghaani)": the parenthesized name is the same actor (unless already a
    mention of its own kind)."""
    taught: list[Mention] = []
    for mention in mentions:
        text = fields[mention.span.field]
        match = _TAUGHT.match(text, mention.span.end)
        if not match:
            continue
        start, end = match.span("alias")
        span = Span(mention.span.field, start, end)
        existing = [m for m in mentions if _overlaps(m.span, span)]
        if all(m.kind == mention.kind for m in existing):
            taught.append(Mention(span, match.group("alias"), mention.kind, "taught", mention.actor))
    kept = [m for m in mentions if not any(_overlaps(m.span, t.span) for t in taught)]
    return _reading_order([*kept, *taught], fields)


def _reading_order(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    order = {name: index for index, name in enumerate(fields)}
    return sorted(mentions, key=lambda m: (order.get(m.span.field, 99), m.span.start))
