"""Speakers that are bodies, not people (part of ``quotes.v1``): the author a document noun names
("a statement from the Israeli government said"), and the body "it" or "they" stands for ("The
Washington Post also reported on it. It reported that …"). Pure: a parse and its mentions in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.quote_cues import cues, flags
from dabir.extract.quote_parts import SUBJECT_DEPS, ParaDoc

OWNER_DEPS = frozenset({"poss", "compound", "nmod"})  # "Hamas's statement", "the Hamas bureau"
AUTHOR_PREPOSITIONS = frozenset({"from", "by", "of"})
DOCUMENT_LOOKBACK = 20  # paragraphs back where "the report" may have been named with its author


def author(token: Any, at: Mapping[int, Mention]) -> Mention | None:
    """The author a document noun names ("a statement from the Israeli government", "the draft
    Security Council proposals", "Hamas's statement"): a text speaks for its author."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in cues().document_nouns:
        return None
    near = [c for c in token.children if c.dep_ in OWNER_DEPS]
    near += [
        o for c in token.children if c.lower_ in AUTHOR_PREPOSITIONS for o in c.children if o.dep_ == "pobj"
    ]
    near += [
        c for t in near if t.i not in at for c in t.children if c.dep_ in OWNER_DEPS
    ]  # "the Hamas bureau"
    named = [at[t.i] for t in near if t.i in at] or _issuer(token, at)
    return next((m for m in named if m.kind != "place"), named[0] if named else None)


def _issuer(document: Any, at: Mapping[int, Mention]) -> list[Mention]:
    """Who put out a document its own phrase names no author of: the subject of the verb that
    issued it (`issuing_verbs`: "Hamas issued a statement which said …"), or of the cue verb it
    was spoken in ("said Hamas in a statement which also added …")."""
    drafted = [o for c in document.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
               for o in a.children if o.dep_ == "pobj"]  # fmt: skip
    if drafted:  # "a proposal drafted by Qatar which said …"
        return [at[o.i] for o in drafted if o.i in at]
    verb = None
    if document.dep_ == "dobj" and document.head.lemma_.lower() in cues().issuing_verbs:
        verb = document.head
    elif document.dep_ == "pobj" and document.head.lower_ == "in" and flags(document.head.head):
        verb = document.head.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] if verb is not None else []
    return [at[s.i] for s in subjects if s.i in at]


def body_before(
    token: Any, at: Mapping[int, Mention], previous: tuple[Any, Mapping[int, Mention]] | None, depth: int = 3
) -> Mention | None:
    """ "It"/"They" as a speaker: the body (no person: "he" and "she" are for people) named as the
    subject of the sentence just before, in the paragraph or ending the ``previous`` one; through
    a chain of such pronouns ("The League met. It said … It added …")."""
    if token.pos_ != "PRON" or token.dep_ != "nsubj" or depth <= 0:
        return None
    sent = token.sent
    if sent.start > 0:
        before, names, earlier = token.doc[sent.start - 1].sent, at, previous
    elif previous is not None:
        before, names, earlier = list(previous[0].sents)[-1], previous[1], None
    else:
        return None
    subject = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    if subject.lower_ in cues().body_pronouns and subject.i not in names:
        return body_before(subject, names, earlier, depth - 1)
    heads = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    named = [names[t.i] for t in heads if t.i in names]
    body = next((m for m in named if m.kind in {"organization", "group"}), None)
    return body or (None if named else author(subject, names))


def document_told(docs: Sequence[ParaDoc], d: ParaDoc, token: Any) -> Mention | None:
    """ "The report describes …" after "the latest report published by the State Department": a
    document named again with "the" or "this", as the cue's subject, speaks for the author its last
    mention (within :data:`DOCUMENT_LOOKBACK` paragraphs) was given."""
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
    if not definite or token.dep_ != "nsubj" or token.lemma_.lower() not in cues().document_nouns:
        return None  # "Israel rejected the statement, which said …": some other statement
    k = next((i for i, x in enumerate(docs) if x is d), 0)
    for earlier in reversed(docs[max(0, k - DOCUMENT_LOOKBACK) : k + 1]):
        if earlier.field != d.field:
            continue
        words = earlier.doc[: token.i] if earlier is d else earlier.doc
        last = next((w for w in reversed(list(words)) if w.lemma_.lower() == token.lemma_.lower()), None)
        if last is not None:
            return author(last, earlier.at)  # the last mention, whoever it names (or none)
    return None
