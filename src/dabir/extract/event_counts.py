"""How many an event counts (part of ``events.v1``): the dead, the injured, the arrested, the
displaced and the strikes a casualty or firing verb or a strike noun gives, with "at least",
"dozens" and the place said with the figure ("181 lives in Gaza"). Pure: a parse in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.event_actors import SentenceContext, patients
from dabir.extract.event_parse import (
    clause_children,
    conjuncts,
    nominal,
    of_object,
    passive,
    with_conjunct_verbs,
)
from dabir.extract.numbers import read_number
from dabir.types import Span

PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "around", "inside", "across", "on", "into", "over"}
)


@dataclass(frozen=True)
class Count:
    kind: str  # killed | injured | arrested | displaced | strikes
    n: int
    approx: bool  # "dozens"
    bound: bool  # "at least", "more than"
    place: Mention | None
    span: Span  # the number and the counted noun


def counts_of(ctx: SentenceContext, token: Any, parts: list[Any]) -> list[Count]:
    counts: list[Count] = []
    verbs = [p for part in parts for p in with_conjunct_verbs(part) if p.pos_ == "VERB"]
    said_of = [token.head] if nominal(token) and token.dep_ == "nsubj" else []  # "Clashes erupt …, with"
    absolutes = [v for part in [*parts, *said_of] for v in _with_absolutes(part)]
    for verb in dict.fromkeys([*verbs, *absolutes]):
        lemma = verb.lemma_.lower()
        kind = ctx.vocab.count_verbs.get(lemma) or ("strikes" if lemma in ctx.vocab.firing_verbs else None)
        if kind is None:
            continue
        # "Three people died"; "with four police injured" (a participle, whatever the tagger read)
        undergone = verb.tag_ == "VBN" or lemma in ctx.vocab.dying_verbs or verb in absolutes
        acted = _acted(ctx, verb) or [c for c in verb.children if c.dep_ == "nsubj" and undergone]
        counts.extend(_counted(ctx, kind, verb, acted))
    own_kind = ctx.vocab.count_nouns.get(token.lemma_.lower())
    if nominal(token) and own_kind == "strikes":
        count = _count(ctx, own_kind, token, None)
        if count is None and _one(token):  # "an airstrike struck …": one; "airstrikes", "the strikes": none
            count = Count("strikes", 1, False, False, None, ctx.para.token_span(token))
        counts.extend([count] if count is not None else [])
    return counts


def _one(noun: Any) -> bool:
    """A single strike the text counts: "an airstrike", "one airstrike" (also "one airstrike
    truck [struck] …", where the parse hangs "one" on the next word)."""
    holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    ones = {"a", "an", "one"}
    return noun.tag_ == "NN" and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ones for h in holders for c in h.children
    )


def _with_absolutes(part: Any) -> list[Any]:
    """ "… killed in attacks, with more than 70 others injured", "clashes erupt …, with 13
    Palestinians and four police injured": the participle of a "with" phrase or clause on the
    event, and its conjuncts ("with twelve people killed and 10 injured"); its subject is what
    it counts."""
    found = [
        v
        for prep in part.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for v in prep.children
        if v.dep_ == "pcomp" and v.pos_ == "VERB"
    ]
    found += [
        v
        for v in part.children
        if v.dep_ == "advcl" and v.pos_ == "VERB" and v.tag_ in ("VBN", "VBD")
        if any(m.dep_ == "mark" and m.lower_ == "with" for m in v.children)
    ]
    return [c for v in found for c in (v, *v.conjuncts) if c.pos_ == "VERB"]


def _count(ctx: SentenceContext, kind: str, noun: Any, verb: Any | None) -> Count | None:
    """ "181 lives", "at least 10 people", "dozens of civilians", "one strike"."""
    number_tokens = [c for c in noun.children if c.dep_ == "nummod"]
    counted = noun
    if not number_tokens and (noun.lower_ in ctx.vocab.approximate or noun.like_num):
        number_tokens, counted = [noun], of_object(noun) or noun
    if not number_tokens:
        return None
    words_of = {counted.lemma_.lower(), counted.lower_, counted.lower_.removesuffix("s")}  # "Palestinians"
    people = ctx.vocab.counted_people | ctx.vocab.count_nouns.keys()
    bare = counted is noun and noun.like_num and verb is not None  # "at least 55 are killed"
    bare = bare and not any(c.lower_ == "no" for c in noun.children)  # "no one was injured"
    if kind != "strikes" and not words_of & people and not bare:
        return None
    if kind == "strikes" and verb is not None and not words_of & ctx.vocab.fired_nouns:
        return None  # "fired two officials"
    words = [t for n in number_tokens for t in n.subtree if t.like_num or t.lower_ in ctx.vocab.approximate]
    number = read_number([t.text for t in words], ctx.vocab.approximate)
    if number is None:
        return None
    bound = any(t.lower_ in ctx.vocab.bound_words for n in number_tokens for t in n.subtree)
    place = _count_place(ctx, counted, verb)
    first = min([*words, counted], key=lambda t: t.i)
    last = max([*words, counted], key=lambda t: t.i)
    return Count(kind, number.value, number.approx, bound, place, ctx.para.span_of(first, last))


def _count_place(ctx: SentenceContext, counted: Any, verb: Any | None) -> Mention | None:
    """ "181 lives in … Gaza", "killed 10 people in Israel": the place said with the count."""
    for holder in (counted, verb):
        if holder is None:
            continue
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS:
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    places = [ctx.para.at[t.i] for t in clause_children(obj) if t.i in ctx.para.at]
                    places = [m for m in places if m.kind == "place"]
                    if places:
                        return places[-1]
    return None


def casualties_told_after(ctx: SentenceContext) -> list[Count]:
    """The dead, injured, arrested or displaced a sentence that tells no event of its own counts
    ("Five people were wounded according to a senior security official"): the caller gives them to
    the act of violence told just before."""
    counts: list[Count] = []
    for verb in (t for t in ctx.sent if t.pos_ == "VERB"):
        kind = ctx.vocab.count_verbs.get(verb.lemma_.lower())
        if kind is None:
            continue
        counts.extend(_counted(ctx, kind, verb, _acted(ctx, verb)))
    return counts


def _acted(ctx: SentenceContext, verb: Any) -> list[Any]:
    """What a casualty or firing verb counts: its passive subject, or its object."""
    return patients(ctx, verb) if passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]


def _counted(ctx: SentenceContext, kind: str, verb: Any, acted: list[Any]) -> list[Count]:
    """The figures of what a verb counts, each conjunct its own ("34 militants, four civilians and …")."""
    found = (_count(ctx, kind, patient, verb) for p in acted for patient in conjuncts(p))
    return [count for count in found if count is not None]
