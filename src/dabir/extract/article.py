"""Extraction of one stored article: mentions, their links to actors, roles read in the text.

:class:`ArticleExtractor` holds the model and the KB; :meth:`ArticleExtractor.extract` turns an
:class:`~dabir.types.Article` into an :class:`~dabir.actor_types.ArticleExtraction`, the one value
the store writes in one transaction. English only for now (the pinned model is English); other
languages and texts over the size cap are recorded as skipped with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dabir.actor_types import Affiliation, ArticleExtraction, LinkedMention, Mention
from dabir.extract import categories, dates, events, quotes, roles
from dabir.extract.article_facts import FactReader
from dabir.extract.mentions import COMPONENT as MENTIONS
from dabir.extract.mentions import MentionFinder, Paragraph
from dabir.extract.parsed import MentionsByField
from dabir.resolve import link
from dabir.resolve.kb import KnowledgeBase
from dabir.resolve.matcher import VERSION as RESOLVER
from dabir.types import Article, FieldName, Span

PIPELINE = "+".join(
    (
        MENTIONS,
        link.VERSION,
        RESOLVER,
        roles.COMPONENT,
        dates.COMPONENT,
        events.COMPONENT,
        quotes.COMPONENT,
        categories.COMPONENT,
    )
)
LANGUAGES = ("en",)
ROLE_CONFIDENCE = 0.7


def article_fields(article: Article) -> dict[FieldName, str]:
    """The fields to read: a title derived from the text repeats the text, so it is left out."""
    fields: dict[FieldName, str] = {}
    if article.title and not article.title_derived:
        fields["title"] = article.title
    if article.caption is not None:
        fields["caption"] = article.caption.text
        if article.caption.credit:
            fields["credit"] = article.caption.credit
    fields["text"] = article.text
    return fields


class ArticleExtractor:
    def __init__(self, nlp: Any, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.finder = MentionFinder(nlp, kb)
        self.governments = link.governments_of(kb)
        self.facts = FactReader(kb)

    def extract(self, article: Article, max_text_bytes: int) -> ArticleExtraction:
        reason = skip_reason(article, max_text_bytes)
        if reason is not None:
            return ArticleExtraction(article.id, article.revision, PIPELINE, (), (), (), "skipped", reason)
        fields = article_fields(article)
        mentions, paragraphs = self.finder.find_with_docs(fields)
        links = link.link_mentions(self.kb, mentions, self.governments)
        actor_at = {lk.mention.span: lk.actor_id for lk in links}
        new_actors = {lk.new_actor.id: lk.new_actor for lk in links if lk.new_actor is not None}
        facts = self.facts.read(article, fields, paragraphs, mentions, actor_at)
        new_actors |= {a.id: a for a in facts.new_actors if a.id not in new_actors}
        return ArticleExtraction(
            article_id=article.id,
            revision=article.revision,
            pipeline=PIPELINE,
            mentions=tuple(_linked(lk) for lk in links),
            new_actors=tuple(new_actors.values()),
            affiliations=tuple(_roles(article, paragraphs, mentions, actor_at)),
            facts=facts,
        )


def skip_reason(article: Article, max_text_bytes: int) -> str | None:
    if article.language not in LANGUAGES:
        return f"language {article.language!r}: extraction reads {', '.join(LANGUAGES)} only"
    size = len(article.text.encode("utf-8"))
    if size > max_text_bytes:
        return f"text of {size} bytes is over the cap of {max_text_bytes}"
    return None


def _linked(lk: link.Link) -> LinkedMention:
    m = lk.mention
    confidence = 0.9 if m.origin in ("gazetteer", "credit") else 0.75
    return LinkedMention(
        span=m.span,
        text=m.text,
        kind=m.kind,
        origin=m.origin,
        component=MENTIONS,
        confidence=confidence,
        actor_id=lk.actor_id,
        score=lk.score,
        explanation=lk.explanation,
        link_component=lk.component,
        title=m.title,
    )


def _roles(
    article: Article,
    paragraphs: Sequence[Paragraph],
    mentions: Sequence[Mention],
    actor_at: dict[Span, str | None],
) -> list[Affiliation]:
    facts: list[Affiliation] = []
    by_field = MentionsByField(mentions)
    for paragraph in paragraphs:
        inside = by_field.of(paragraph)
        for fact in roles.find_roles(paragraph.doc, paragraph.field, paragraph.offset, inside):
            holder, organization = actor_at.get(fact.holder.span), actor_at.get(fact.organization.span)
            if holder is None or organization is None or holder == organization:
                continue
            facts.append(
                Affiliation(
                    actor_id=holder,
                    other_id=organization,
                    role=fact.role,
                    tense=fact.tense,
                    origin="text",
                    source={"article": article.id},
                    evidence=fact.evidence,
                    article_id=article.id,
                    revision=article.revision,
                    component=roles.COMPONENT,
                    confidence=ROLE_CONFIDENCE,
                )
            )
    return facts
