"""A quote that stands alone after a sentence about a person (part of ``quotes.v1``).

News writing names a person, says what they did, and then gives their words with no cue:
"Sheriff Clarence Dupnik blamed some extreme rhetoric in the media. “The anger, the hatred …”";
"Dutch minister Maxime Verhagen is pleased by Feith's appointment. “The Special Representative …”".
Such a quote, opening its own sentence with nothing attributing it, is that person's: the person
named as the subject of the sentence just before (in its paragraph, or the last sentence of the
paragraph before). A quote after a sentence whose subject is no person stays unattributed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.quote_fact import OPENERS, QuoteFact, attributed
from dabir.extract.quote_parts import Found, ParaDoc, QuoteArticle, evidence_of
from dabir.types import Span

AFTER_A_SUBJECT = 0.5  # confidence of a speaker read from the sentence before the quote


def after_a_subject(
    facts: Sequence[QuoteFact], found: Sequence[Found], article: QuoteArticle
) -> list[QuoteFact]:
    """``facts`` (the facts of ``found``, in order, already shared), each unattributed direct
    quote that opens its sentence given to the person subject of the sentence before it."""
    return [_after(fact, f, article) for fact, f in zip(facts, found, strict=True)]


def _after(fact: QuoteFact, f: Found, article: QuoteArticle) -> QuoteFact:
    if not fact.direct or fact.scare or attributed(fact):
        return fact
    d = f.doc
    first = d.doc.char_span(fact.span.start - d.offset, fact.span.end - d.offset, alignment_mode="expand")
    if first is None or not len(first) or not _opens_its_sentence(d, first[0]):
        return fact
    before = _sentence_before(article.docs, d, first[0])
    if before is None:
        return fact
    speaker = _person_subject(article, *before)
    if speaker is None:
        return fact
    own = evidence_of(d, None, (fact.span.start - d.offset, fact.span.end - d.offset))
    return replace(fact, speaker=speaker, confidence=AFTER_A_SUBJECT, evidence=_joined(own, speaker))


def _opens_its_sentence(d: ParaDoc, token: Any) -> bool:
    """Nothing but opening marks stands before ``token`` in its sentence."""
    sentence = token.sent
    return all(t.text in OPENERS or t.is_space for t in d.doc[sentence.start : token.i])


def _sentence_before(docs: Sequence[ParaDoc], d: ParaDoc, token: Any) -> tuple[ParaDoc, Any] | None:
    """The sentence right before ``token``'s, in its paragraph or ending the paragraph before
    in the same field."""
    start = token.sent.start
    if start > 0:
        return d, d.doc[start - 1].sent
    previous = docs[d.rank - 1] if d.rank > 0 else None
    if previous is None or previous.field != d.field or not len(previous.doc):
        return None
    return previous, previous.doc[-1].sent


def _person_subject(article: QuoteArticle, d: ParaDoc, sentence: Any) -> Mention | None:
    """The first person named as a subject in ``sentence`` of paragraph ``d``, outside any quote."""
    if any(d.quoted[t.i] >= 0 for t in sentence):
        return None  # a sentence with quoted words of its own: whose they are is told there
    start, end = d.offset + sentence.start_char, d.offset + sentence.end_char
    at = bisect.bisect_left(article.subjects, (d.rank, start), key=lambda item: item[0])
    if at < len(article.subjects) and article.subjects[at][0] < (d.rank, end):
        return article.subjects[at][1]
    return None


def _joined(evidence: Span, speaker: Mention) -> Span:
    """The quote's evidence stretched back to the sentence naming its speaker."""
    if speaker.span.field != evidence.field or speaker.span.start >= evidence.start:
        return evidence
    return replace(evidence, start=speaker.span.start)
