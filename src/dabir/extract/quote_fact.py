"""A quote as ``quotes.v1`` reports it, and how one quote lends its attribution to another.

A quote with no cue of its own is attributed by the quote it continues: the rest of a quote that
runs over paragraphs, a quote right after another's sentence, or a quote that opens the sentence
right after a lead-in that reports the same person's words ("X has commented that the resolution
was a disappointment. “To tell you the truth, …”"). Pure: works on facts and the field texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from dabir.actor_types import Mention
from dabir.types import FieldName, Span

SHARED_FACTOR = 0.9  # a quote attributed by the quote it continues
LEAD_IN_FACTOR = 0.8  # a quote attributed by the reported speech of the sentence before it
OPENERS = " \t\n\"'“‘«„"
_OWN = frozenset({"span", "text", "direct", "scare", "evidence", "confidence"})  # the rest is attribution


@dataclass(frozen=True)
class QuoteFact:
    """One quote: what was said (between marks, or as a reported clause), by whom, to whom, and
    relayed by whom, with the sentences that say so."""

    span: Span  # direct: the text inside the marks; indirect: the reported clause
    text: str
    direct: bool  # quoted between marks (scare quotes too)
    scare: bool  # one- or two-word quoted label ("crimes"): no speaker
    cue: str | None  # the cue as written: "told", "said", "praised", "according to"
    speaker: Mention | None  # who said it (for "He", the mention of the person it stands for)
    speaker_pronoun: Span | None  # the pronoun's own span when the speaker was resolved from it
    addressees: tuple[Mention, ...]
    reported_by: Mention | None  # the outlet relaying it ("IRNA reported")
    reported_by_text: str | None  # the relaying source's words when it names no actor ("state media")
    evidence: Span  # the sentence(s) holding quote, cue and speaker
    confidence: float
    speaker_text: str | None = None  # the speaker's words when they name no actor ("the commander")


def attributed(fact: QuoteFact) -> bool:
    """The fact names a cue or a speaker (a scare quote, a title in quotes name neither)."""
    return fact.cue is not None or fact.speaker is not None or fact.speaker_text is not None


def shared(fact: QuoteFact, source: QuoteFact, factor: float = SHARED_FACTOR) -> QuoteFact:
    """``fact`` attributed as ``source`` is."""
    attribution = {f.name: getattr(source, f.name) for f in fields(QuoteFact) if f.name not in _OWN}
    return replace(fact, scare=False, confidence=round(source.confidence * factor, 3), **attribution)


def led_in(
    quotes: list[QuoteFact], reported: list[QuoteFact], texts: Mapping[FieldName, str]
) -> list[QuoteFact]:
    """Each direct quote with no attribution that opens the sentence right after a speaker's
    reported speech (``reported``: the indirect quotes) takes that attribution; ``texts`` are
    the fields the spans point into."""
    reports = [f for f in reported if not f.direct and f.speaker is not None]
    return [_led_in(f, reports, texts.get(f.span.field, "")) for f in quotes]


def _led_in(fact: QuoteFact, reports: list[QuoteFact], text: str) -> QuoteFact:
    if not fact.direct or fact.scare or attributed(fact):
        return fact
    for report in reports:
        evidence = report.evidence
        if evidence.field != fact.span.field or evidence.end > fact.span.start:
            continue
        between = text[evidence.end : fact.span.start]
        if text[evidence.end - 1 : evidence.end] in (".", ":") and not between.strip(OPENERS):
            return shared(fact, report, LEAD_IN_FACTOR)
    return fact
