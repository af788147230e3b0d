"""Whose "I" each paragraph of an article is (part of ``events.v1``). In a transcript, the
speaker of the turn it is in ("PRESIDENT BIDEN: …" until the next turn; "Q:" or an unnamed
official gives none). Otherwise the article's one voice: the person a title gives the words to
("Remarks by Vice President Harris …", "Statement from President Joe Biden on …"), else the person
who signs it (a letter's "Sincerely, JOSEPH R. BIDEN JR."). Pure: parsed paragraphs and the
mentions found in them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.mentions import Paragraph
from dabir.extract.quote_cues import cues

SIGNATURE_PARAGRAPHS = 3  # a signature is among the text's last paragraphs
TITLE_REACH = 5  # tokens after "by"/"from" in a title where the person is named
TURN = re.compile(r"([A-Z][A-Z.'’ -]{0,60}):")  # a speaker's turn opening a transcript's paragraph
MIN_TURNS = 2  # paragraphs opening with a turn that make the text a transcript


def paragraph_voices(paragraphs: Sequence[Paragraph], mentions: Sequence[Mention]) -> list[Mention | None]:
    """For each paragraph, the person whose "I" it is, if known."""
    labels = [_turn(p) for p in paragraphs]
    if sum(label is not None for label in labels) < MIN_TURNS:
        voice = _titled(paragraphs, mentions) or _signature(paragraphs, mentions)
        return [voice] * len(paragraphs)
    titled = _titled(paragraphs, mentions)
    persons = sorted(  # the title's names first, then those of KB people
        (m for m in mentions if m.kind == "person"),
        key=lambda m: (m.span.field != "title", m.actor is None, m.span.field, m.span.start),
    )
    voices: list[Mention | None] = []
    current: Mention | None = None
    for paragraph, label in zip(paragraphs, labels, strict=True):
        if label is not None:
            current = _turn_speaker(paragraph, label, persons) or _titled_so(label, titled)
        voices.append(current if paragraph.field == "text" else None)
    return voices


def _turn(paragraph: Paragraph) -> str | None:
    found = TURN.match(paragraph.doc.text) if paragraph.field == "text" else None
    return found.group(1) if found is not None else None


def _turn_speaker(paragraph: Paragraph, label: str, persons: Sequence[Mention]) -> Mention | None:
    """The person a turn's label names: a person mention inside it, else a person named in the
    article whose last word is the label's ("PRESIDENT BIDEN" → "President Biden" of the title)."""
    end = paragraph.offset + len(label)
    inside = [
        m for m in persons if m.span.field == paragraph.field and paragraph.offset <= m.span.start < end
    ]
    if inside:
        return inside[0]
    last = _last_word(label)
    return next((m for m in persons if _last_word(m.text) == last), None)


def _titled_so(label: str, voice: Mention | None) -> Mention | None:
    """ "THE PRESIDENT:" in "Remarks by President Biden …": the title's voice, by the rank."""
    rank = voice.title if voice is not None else None
    return voice if rank and _last_word(rank) == _last_word(label) else None


def _last_word(name: str) -> str:
    words = name.rsplit(maxsplit=1)
    return words[-1].strip(".").casefold() if words else ""


def _titled(paragraphs: Sequence[Paragraph], mentions: Sequence[Mention]) -> Mention | None:
    for paragraph in (p for p in paragraphs if p.field == "title"):
        for token in paragraph.doc:
            following = paragraph.doc[token.i + 1 : token.i + 1 + TITLE_REACH]
            if not _gives_words(token) or len(following) == 0:
                continue
            last = following[-1]
            start, end = paragraph.offset + following[0].idx, paragraph.offset + last.idx + len(last)
            persons = [m for m in _within(mentions, paragraph, start, end) if m.kind == "person"]
            if persons:
                return persons[0]
    return None


def _gives_words(token: Any) -> bool:
    """ "Remarks by", "Statement from", and a document's "of" ("Statement of Treasury Secretary
    John W. Snow …")."""
    if token.lower_ in ("by", "from"):
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ == "of" and before is not None and before.lemma_.lower() in cues().document_nouns


def _signature(paragraphs: Sequence[Paragraph], mentions: Sequence[Mention]) -> Mention | None:
    """A text paragraph among the last ones that is one person's name and nothing else."""
    last = [p for p in paragraphs if p.field == "text"][-SIGNATURE_PARAGRAPHS:]
    for paragraph in reversed(last):
        words = paragraph.doc.text.strip(" .,\n")
        end = paragraph.offset + len(paragraph.doc.text)
        persons = [m for m in _within(mentions, paragraph, paragraph.offset, end) if m.kind == "person"]
        if len(persons) == 1 and persons[0].text.strip(" .,") == words:
            return persons[0]
    return None


def _within(mentions: Sequence[Mention], paragraph: Paragraph, start: int, end: int) -> list[Mention]:
    return sorted(
        (m for m in mentions if m.span.field == paragraph.field and start <= m.span.start < end),
        key=lambda m: m.span.start,
    )
