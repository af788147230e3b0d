"""The parts a quotation is made of in ``quotes.v1``: a paragraph indexed once (its parse,
mentions, quote marks and cues), the article's paragraphs, who speaks, a cue's frame, and the
fact built from a span and its frame with its evidence (the sentences from the first to the last
of quote, cue, speaker, addressees and source). Pure: parses and mentions in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.quote_cues import cue_text
from dabir.extract.quote_fact import QuoteFact
from dabir.extract.quote_refer import Person
from dabir.types import FieldName, Span

CONFIDENCE = {
    "governs": 0.9, "inside": 0.85, "adjacent": 0.75, "colon": 0.6, "none": 0.3, "scare": 0.6,
    "clause": 0.75, "relayed": 0.65, "according": 0.7, "inverted": 0.6, "object": 0.7,
}  # fmt: skip
PRONOUN_FACTOR = 0.85  # the speaker was resolved from "he"/"she"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
UNNAMED_FACTOR = 0.9  # the speaker is a phrase that names no actor ("the commander")


@dataclass(frozen=True)
class ParaDoc:
    doc: Any
    field: FieldName
    offset: int
    rank: int  # the paragraph's place in reading order
    text: str  # the paragraph's characters (the article's own where the field text was given)
    at: dict[int, Mention]  # token index → the mention it is part of
    quoted: list[int]  # token index → the quote (index into the marks) it lies inside, -1 outside
    quotes: dict[int, tuple[int, int]]  # quote → its first and last-plus-one token indices
    cues: frozenset[int]  # the cue verbs and phrases (their first word)
    labels: frozenset[int]  # the scare quotes: quotes of one or two words


@dataclass(frozen=True)
class QuoteArticle:
    docs: list[ParaDoc]
    media: frozenset[str]
    subjects: list[tuple[tuple[int, int], Mention]]  # people named as a subject, by (rank, start)
    people: list[Person]  # every person mention with its title, in reading order
    voices: list[Mention | None]  # by paragraph rank, whose "I" it is: an author, a turn's speaker


@dataclass(frozen=True)
class Who:
    mention: Mention | None = None
    text: str | None = None
    pronoun: Span | None = None
    media: bool = False
    token: int | None = None  # where the words are in the paragraph, for the evidence


@dataclass(frozen=True)
class Frame:
    cue: Any  # the cue token, or None for a colon attribution
    speaker: Who | None
    addressees: tuple[Mention, ...]
    reported: Who | None


@dataclass(frozen=True)
class Found:
    fact: QuoteFact
    doc: ParaDoc
    cue: int | None  # the cue's token index in its paragraph
    chain: tuple[FieldName, int] | None


def words_of(d: ParaDoc, first: int, last: int) -> str:
    """The paragraph's own characters from token ``first`` to token ``last`` (excluded)."""
    return d.text[d.doc[first].idx : d.doc[last - 1].idx + len(d.doc[last - 1].text)]


def chars_of(d: ParaDoc, first: int, last: int) -> tuple[int, int] | None:
    """The characters of tokens ``first``..``last`` (excluded), trimmed of punctuation and "that"."""
    doc = d.doc
    while first < last and (doc[first].is_punct or doc[first].dep_ == "mark"):
        first += 1
    while last > first and doc[last - 1].is_punct:
        last -= 1
    return (doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)) if first < last else None


def fact_of(
    d: ParaDoc, frame: Frame | None, chars: tuple[int, int], how: str, *, direct: bool, scare: bool = False
) -> QuoteFact:
    """The fact of ``chars`` (paragraph characters) attributed by ``frame``; ``how`` the rule."""
    speaker = (frame.speaker if frame is not None else None) or Who()
    reported = (frame.reported if frame is not None else None) or Who()
    factor = PRONOUN_FACTOR if speaker.pronoun is not None else UNNAMED_FACTOR if speaker.text else 1.0
    cue = frame.cue if frame is not None else None
    return QuoteFact(
        span=Span(d.field, d.offset + chars[0], d.offset + chars[1]),
        text=d.text[chars[0] : chars[1]],
        direct=direct,
        scare=scare,
        cue=cue_text(cue) if cue is not None else None,
        speaker=speaker.mention,
        speaker_pronoun=speaker.pronoun,
        addressees=frame.addressees if frame is not None else (),
        reported_by=reported.mention,
        reported_by_text=reported.text,
        evidence=evidence_of(d, frame, chars),
        confidence=round(CONFIDENCE[how] * factor, 3),
        speaker_text=speaker.text,
    )


def evidence_of(d: ParaDoc, frame: Frame | None, chars: tuple[int, int]) -> Span:
    """The sentences from the first to the last of quote, cue, speaker, addressees and source."""
    points = [chars[0], chars[1] - 1]
    if frame is not None:
        words = [w.token for w in (frame.speaker, frame.reported) if w is not None and w.token is not None]
        points.extend(d.doc[i].idx for i in [*words, *([frame.cue.i] if frame.cue is not None else [])])
        points.extend(m.span.start - d.offset for m in frame.addressees if m.span.field == d.field)
    inside = [p for p in points if 0 <= p < len(d.text)]
    return Span(d.field, d.offset + sentence_of(d, min(inside))[0], d.offset + sentence_of(d, max(inside))[1])


def sentence_of(d: ParaDoc, char: int) -> tuple[int, int]:
    """The sentence holding character ``char`` (the whole paragraph when the parse has none)."""
    span = d.doc.char_span(char, char + 1, alignment_mode="expand")
    return (span.sent.start_char, span.sent.end_char) if span is not None and len(span) else (0, len(d.text))


def set_off_name(d: ParaDoc, token: Any) -> tuple[Mention, int] | None:
    """ "According to the judge, Anthony Yuen, the sentence …": a name set off by commas right
    after a noun phrase naming no one, which the parse hung elsewhere, is that phrase's; with the
    index of the comma that closes it."""
    comma = token.right_edge.i + 1
    doc = d.doc
    if comma + 1 >= len(doc) or doc[comma].text != "," or token.i in d.at:
        return None
    mention = d.at.get(comma + 1)
    if mention is None or mention.kind != "person":
        return None
    end = comma + 1
    while end < len(doc) and d.at.get(end) is mention:
        end += 1
    return (mention, end) if end < len(doc) and doc[end].text == "," else None


def object_end(d: ParaDoc, content: Any) -> int:
    """Where the words of a cue's object end (token index, excluded)."""
    return _with_its_purpose(d, content, before_a_verb_of_the_cue(d, content))


def before_a_verb_of_the_cue(d: ParaDoc, content: Any) -> int:
    """Where an object's words end: before a verb of the cue's own tense that the parse hung,
    coordinated, inside the object ("underscored the need to avoid steps … on the ground and
    encouraged efforts to …": "encouraged" goes with "underscored", not with "inflame")."""
    cue, end = content.head, int(content.right_edge.i) + 1
    for token in d.doc[content.i + 1 : end]:
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if token.dep_ == "conj" and token.tag_ == cue.tag_ != token.head.tag_ and not own_subject:
            cc = [int(c.i) for c in token.head.children if c.dep_ == "cc" and content.i < c.i < token.i]
            return min([int(token.left_edge.i), *cc])
    return end


def _with_its_purpose(d: ParaDoc, content: Any, end: int) -> int:
    """ "underscored the importance of cooperation to disrupt the ransomware business model",
    "emphasized the imperative to surge assistance": an infinitive right after the object, which
    the parse hangs on the cue, goes on saying what the object says."""
    if end != content.right_edge.i + 1:
        return end
    purpose = [c for c in content.head.children if c.dep_ in {"advcl", "xcomp"} and c.left_edge.i == end]
    if not purpose or d.doc[end].lower_ != "to" or d.quoted[end] >= 0:
        return end
    return before_a_verb_of_the_cue(d, purpose[0]) if purpose[0].tag_ == "VB" else end
