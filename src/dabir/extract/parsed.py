"""One parsed paragraph with its mentions indexed by token: what the parse-reading components
(``roles.v1``, ``events.v1``) share.

The doc is the parse of ``parser_text(paragraph)``, so ``offset + token.idx`` is an offset into
the field; a mention covers the tokens its characters touch.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dabir.actor_types import Mention
from dabir.types import FieldName, Span


@dataclass(frozen=True)
class ParsedParagraph:
    doc: Any
    field: FieldName
    offset: int
    tokens: dict[Mention, frozenset[int]]  # the token indices of each mention in this paragraph
    at: dict[int, Mention]  # the mention a token is part of

    def span_of(self, first: Any, last: Any) -> Span:
        """The field span from token ``first`` to token ``last`` (both included)."""
        return Span(self.field, self.offset + first.idx, self.offset + last.idx + len(last.text))

    def token_span(self, token: Any) -> Span:
        return self.span_of(token, token)


def index_paragraph(doc: Any, field: FieldName, offset: int, mentions: Sequence[Mention]) -> ParsedParagraph:
    """The paragraph's mentions (field offsets) mapped onto its tokens; mentions outside it are left out."""
    tokens: dict[Mention, frozenset[int]] = {}
    length = len(doc.text)  # Doc.text joins every token: once, not once per mention
    for mention in mentions:
        start, end = mention.span.start - offset, mention.span.end - offset
        if mention.span.field != field or start < 0 or end > length:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            tokens[mention] = frozenset(range(span.start, span.end))
    at = {i: mention for mention, indices in tokens.items() for i in indices}
    return ParsedParagraph(doc, field, offset, tokens, at)


def mention_root(para: ParsedParagraph, mention: Mention) -> Any:
    """The token of a mention whose head lies outside it."""
    indices = para.tokens[mention]
    heads = [para.doc[i] for i in sorted(indices) if para.doc[i].head.i not in indices]
    return heads[0] if heads else para.doc[max(indices)]


class MentionsByField:
    """An article's mentions sorted by field and start, to take a paragraph's in log time (an
    article at the size cap has thousands of paragraphs and mentions)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_field: dict[str, list[Mention]] = {}
        for mention in sorted(mentions, key=lambda m: (m.span.field, m.span.start)):
            self._by_field.setdefault(mention.span.field, []).append(mention)
        self._starts = {name: [m.span.start for m in found] for name, found in self._by_field.items()}

    def of(self, paragraph: Any) -> list[Mention]:
        """The mentions inside a parsed paragraph (``field``, ``offset``, ``doc``)."""
        return self.within(paragraph.field, paragraph.offset, paragraph.offset + len(paragraph.doc.text))

    def within(self, field: FieldName, start: int, end: int) -> list[Mention]:
        found = self._by_field.get(field, [])
        starts = self._starts.get(field, [])
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in found[first:last] if m.span.end <= end]
