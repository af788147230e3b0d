"""The grammar of a quote's cue (``quotes.v1``): whether a cue verb states something, and the
verbs and subjects around it. Pure functions of the parse."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

FINITE = frozenset({"VBD", "VBZ", "VBP"})  # "said", "says", "say": a verb that states
MAX_CLIMB = 6  # head steps from a quote (or a verb) up to its cue (or relaying verb)


def finite(verb: Any) -> bool:
    """A verb that states: "said", "says", and the perfect or progressive "has warned", "is saying"
    (also when coordinated: "has been cautious and has warned the move could …")."""
    helpers = (c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in {"have", "be"})
    return verb.tag_ in FINITE or any(h.tag_ in FINITE for h in helpers)


def keen_to(verb: Any) -> bool:
    """An infinitive on an adjective or a noun, not a verb: "was keen to point out that …", "was
    at pains to emphasise that …" say it; "expected to announce", "refused to deny" do not."""
    head = verb.head
    on_words = head.pos_ == "ADJ" or (head.pos_ == "NOUN" and head.dep_ == "pobj")  # not "the decision to"
    return infinitive(verb) and verb.dep_ in {"acl", "xcomp"} and on_words


def gone_on_to(verb: Any, going_on: frozenset[str]) -> bool:
    """ "went on to say that …": an infinitive on a verb of going on (``going_on``), in a past or
    present tense (not "is going to say")."""
    head = verb.head
    told = head.tag_ in {"VBD", "VBZ", "VBP"} and head.lemma_.lower() in going_on
    return infinitive(verb) and verb.dep_ == "xcomp" and told


def infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verb_above(token: Any) -> Any:
    """The nearest verb above ``token`` ("was" above "keen to …" and "at pains to …")."""
    head = token.head
    for _ in range(MAX_CLIMB):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return head
        head = head.head
    return head


def participle(verb: Any) -> bool:
    """A participle adjunct speaks with its head's subject: "…, saying that …", "by describing"."""
    return bool(verb.tag_ == "VBG" and verb.dep_ in {"advcl", "pcomp"})


def continued_cue(verb: Any, cues: Any) -> Any:
    """What ``verb`` hangs on; for a participle opening a direct quote on a cue's reported clause
    ("X said the channel was not political, adding "it was …""), the cue: it is X who adds, not
    the clause's subject."""
    head = verb.head
    if quoting_participle(verb) and head.dep_ == "ccomp" and head.head.i in cues:
        return head.head
    return head


def quoting_participle(verb: Any) -> bool:
    """ "…, adding "…"": a participle adjunct right before an opening quote mark. (One with a clause
    of its own, "…, while also noting that …", is left to the reported clause it hangs on: the dev
    gold scores the words so.)"""
    opens = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].is_quote
    return participle(verb) and verb.dep_ == "advcl" and opens


def has_that(clause: Any) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def joint(subject: Any) -> bool:
    """A subject of several speakers: coordinated ("X and Y"), plural ("the leaders", "they")."""
    return bool(subject.conjuncts) or subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we"}


def coordinated(subject: Any | None, at: Mapping[int, Any]) -> bool:
    """A subject that coordinates the names of several speakers ("Biden and Netanyahu noted that
    …"): said jointly, no one speaker's words. Two titles of one person ("Deputy Prime Minister and
    Foreign Minister Ayman Safadi") are one speaker; "each" makes the statements several."""
    if (
        subject is None
        or subject.i not in at
        or any(c.lower_ in ("each", "separately") for c in subject.subtree)
    ):
        return False
    return any(c.dep_ == "conj" and c.i in at and at[c.i] is not at[subject.i] for c in subject.children)


def titled(tokens: Sequence[Any]) -> bool:
    """Quoted words written as a title: three words or more, the first and every word but the small
    ones capitalized, no sentence ending inside ("Blocking Property of Certain Persons …",
    "Between the World and Me")."""
    words = [t for t in tokens if t.is_alpha]
    if len(words) < 3 or any(t.text in {".", "!", "?"} for t in tokens):
        return False
    return words[0].text[0].isupper() and all(t.text[0].isupper() for t in words if not t.is_stop)
