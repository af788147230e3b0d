"""Whom an event is done to, read from the parse around its trigger (part of ``events.v1``):
the trigger's objects, the objects of its own prepositions ("talked to"), a passive's subject,
what a participle aims it at, the parties "between" whom, and the conjuncts of all of them; with
the parties named only by a description. Split from :mod:`dabir.extract.event_actors`, which
reads who acts and holds what both sides share. Pure: no database, no KB.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.event_actors import (
    DESCRIPTION_CHARS,
    MODIFIER_DEPS,
    OBJECT_DEPS,
    OWNER_PREPOSITIONS,
    SentenceContext,
    acting_actors,
    amount_of,
    antecedent,
    circumstances,
    demonyms,
    included_members,
    located,
    named_actors,
    parties,
    party_key,
    patients,
    phrase_actors,
    regarding,
    undergone_by,
    unique,
)
from dabir.extract.event_parse import (
    SUBJECT_DEPS,
    conjuncts,
    governing_verb,
    intended_act,
    nominal,
    passive,
    subject_token,
)
from dabir.extract.event_vocab import Trigger
from dabir.extract.quote_grammar import has_that
from dabir.resolve.places import gazetteer


def interviewed_only(ctx: SentenceContext, token: Any, targets: list[Mention]) -> bool:
    """ "Speaking to the Reuters news agency, the minister said …", "in an interview with Reuters":
    speaking whose only other parties are news outlets is how the news was told, no consultation
    (`interview_words`; "met with Al Jazeera executives" stays a meeting)."""
    outlets = [m for m in targets if set(m.actors or ((m.actor,) if m.actor else ())) & ctx.media]
    spoken = token.lemma_.lower() in ctx.vocab.interview_words
    return spoken and bool(targets) and len(outlets) == len(targets)


def acted_upon(ctx: SentenceContext, token: Any, trigger: Trigger | None, parts: list[Any]) -> list[Mention]:
    if trigger is not None and trigger.clause_target:
        return _clause_subjects(ctx, token)
    if nominal(token) and parties(ctx, token):
        return parties(ctx, token)
    objects = _object_tokens(ctx, token, trigger)
    act = intended_act(token) if trigger is not None and trigger.intent else None
    if act is not None:  # "commitment to work with A, B and C": those the act is done to or with
        objects = _act_objects(act)
    if (
        not objects
        and nominal(token)
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in ctx.vocab.light_verbs
    ):
        # "imposed sanctions on Iran"
        objects = _object_tokens(ctx, token.head, trigger, prepositions_only=True)
    amount = amount_of(token) if nominal(token) else None
    if not objects and amount is not None:  # "provide $100 million in aid to X", "provide X with $…"
        objects = _given_with(ctx, amount, trigger)
    for part in parts[1:]:
        objects.extend(patients(ctx, part) if passive(part) else [])
    if token.pos_ == "VERB" and passive(token):
        objects.extend(patients(ctx, token))
    if not objects and nominal(token) and trigger is not None and trigger.code.startswith("04"):
        verb = governing_verb(token)  # "In a separate call, X told Y"
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS] if verb is not None else []
    found = _named_objects(ctx, objects, trigger)
    if objects:
        found.extend(m for m in _lost_conjuncts(ctx, objects[-1]) if m not in found)
    if not found and trigger is not None and trigger.code[:2] in ctx.vocab.regarding_roots:
        needed = [t for t in ctx.sent if t.lower_ in trigger.needs]  # "Executive Order …" on "emergency"
        found = _sanctioned_regarding(ctx, [token, *objects, *token.ancestors, *needed])
    if not found and trigger is not None and trigger.code[:2] in ctx.vocab.judging_roots:
        found = _doers_of_the_act_judged(ctx, token, objects)
    return found


def _clause_subjects(ctx: SentenceContext, verb: Any) -> list[Mention]:
    """ "claimed that Iran was responsible", "claim that Iran's goal … is a cover": the actors the
    subject of the verb's reported clause names (or its owner). A pronoun ("Geller claimed he
    owned the clip") is the claimer's own, or no one's: no one else is accused."""
    subjects = [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS]
    named = [s for s in subjects if s.tag_ not in ("PRP", "PRP$")]
    claimer = subject_token(verb)
    own = (
        {party_key(m) for m in named_actors(ctx, antecedent(ctx, claimer))[0]}
        if claimer is not None
        else set()
    )
    return unique(
        [m for s in named for m in named_actors(ctx, antecedent(ctx, s))[0] if party_key(m) not in own]
    )


def _named_objects(ctx: SentenceContext, objects: list[Any], trigger: Trigger | None) -> list[Mention]:
    found: list[Mention] = []
    for obj in objects:
        if _named_no_one(ctx, obj, trigger):
            continue
        named = named_actors(ctx, antecedent(ctx, obj))[0] or _named_below(ctx, obj)
        if _an_act_judged(ctx, obj, trigger):
            named = [m for m in named if m.kind != "place"]  # "condemned the attack in Abu Dhabi"
        found.extend(m for m in named if m not in found)
    return found


def _given_with(ctx: SentenceContext, amount: Any, trigger: Trigger | None) -> list[Any]:
    """Who a sum is given to: the "to" phrase of the light verb it is the object of, or the
    object of the verb it is given "with" ("provide the Palestinian Authority with C$66 million")."""
    if amount.dep_ == "dobj" and amount.head.lemma_.lower() in ctx.vocab.light_verbs:
        return _object_tokens(ctx, amount.head, trigger, prepositions_only=True)
    prep = amount.head
    if amount.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in ctx.vocab.light_verbs:
        return [c for c in prep.head.children if c.dep_ == "dobj"]
    return []


def _sanctioned_regarding(ctx: SentenceContext, words: list[Any]) -> list[Mention]:
    """ "the national emergency with respect to the actions of the Government of Syria declared
    in Executive Order 13338", "sanctions with respect to Iran": a sanction is done to what it is
    with respect to (elsewhere such a phrase is a topic, never an actor)."""
    for word in words:  # the act's own phrase, then the words it hangs on ("the emergency … declared in")
        for prep in (p for p in word.children if p.dep_ == "prep" and regarding(p)):
            below = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree if t.i in ctx.para.at]
            named = unique([ctx.para.at[t.i] for t in below])
            if named:
                return [m for m in named if m.kind != "person"][:1] or named[:1]
    return []


def described_objects(ctx: SentenceContext, token: Any, trigger: Trigger | None) -> tuple[str, ...]:
    """The acted-upon parties the trigger names only by a description, as written: "met with
    leaders from the private sector", "convened a roundtable with humanitarian organizations".
    A pronoun, a number, a phrase that names an actor or holds a capitalised word ("Saudi leaders",
    "the PA": names the KB or the model missed) is no description."""
    found: list[str] = []
    for obj in _object_tokens(ctx, token, trigger):
        if obj.pos_ != "NOUN" or any(t.i in ctx.para.at or t.text[:1].isupper() for t in obj.subtree):
            continue
        words = list(obj.subtree)
        found.append(ctx.para.doc[words[0].i : words[-1].i + 1].text[:DESCRIPTION_CHARS])
    return tuple(found)


def _act_objects(verb: Any) -> list[Any]:
    """The objects of an intended act and of its "to/with/for" phrases, down its clauses
    ("providing economic assistance to Ukraine", "ensuring that aid reaches the people of Gaza")."""
    found: list[Any] = []
    for token in verb.subtree:
        head = token.head
        linked = token.dep_ == "pobj" and head.lower_ in ("to", "with", "for") and head.head.pos_ == "VERB"
        if linked or (token.dep_ == "dobj" and head.pos_ == "VERB"):
            found.append(token)
    return found


def object_actors(ctx: SentenceContext, token: Any, others: frozenset[int]) -> list[Mention]:
    """The actors the object's own phrase names: "welcomed Israel's decision", "welcomed the
    Israeli decision", "welcomed the Prime Minister". None for an object that is itself an event
    ("welcomed the release of hostages by Hamas") or that names no one ("welcomed the convoys")."""
    found: list[Mention] = []
    for child in (c for c in token.children if c.dep_ in OBJECT_DEPS and c.i not in others):
        obj = antecedent(ctx, child)  # "progress …, which they welcomed"
        owners = [c for c in obj.children if c.dep_ == "poss"]  # "the Prime Minister's decision"
        named = named_actors(ctx, obj)[0] or [
            m for owner in owners for m in named_actors(ctx, antecedent(ctx, owner))[0]
        ]
        far = {ctx.para.at[t.i] for t in obj.subtree if t.i in ctx.para.at} - {
            ctx.para.at[t.i] for t in _close_words(obj) if t.i in ctx.para.at
        }  # "the convoys … since Hamas's attack" names the convoys, not Hamas
        named = [m for m in named if m not in far]
        found.extend(m for m in (named or demonyms(ctx, obj)) if m not in found)
    return found


def _close_words(token: Any) -> Iterator[Any]:
    """The noun, its modifiers, possessors, appositions, conjuncts and "of", "by" or "from" phrase."""
    yield token
    for child in token.children:
        word = child.lower_ if child.dep_ == "prep" else token.lower_
        owner = child.dep_ in ("prep", "pobj") and word in OWNER_PREPOSITIONS  # "the decision from/by X"
        if child.dep_ in (*MODIFIER_DEPS, "appos", "conj", "det") or owner:
            yield from _close_words(child)


def _unnamed_count(ctx: SentenceContext, noun: Any) -> bool:
    """ "four senior officials of X", "nearly forty individuals": people counted, not named."""
    named = [t for c in noun.children if c.dep_ == "appos" for t in conjuncts(c) if t.i in ctx.para.at]
    if noun.i in ctx.para.at or named or included_members(ctx, noun):  # "three companies, A, B and C"
        return False
    return any(c.dep_ == "nummod" for c in noun.children)


def _named_below(ctx: SentenceContext, obj: Any) -> list[Mention]:
    """ "praised the development of … in defending the people of Palestine": when the object's
    own phrase names no one, the first actor named anywhere below it."""
    agents = {t.i for c in obj.children if c.dep_ == "agent" for t in c.subtree}  # "brokered by X": the doer
    below = [t for t in obj.subtree if t.i in ctx.para.at and t.i not in agents | circumstances(obj)]
    named = [ctx.para.at[t.i] for t in below if not located(ctx.para, ctx.para.at[t.i], t)]
    return [m for m in named if m.kind != "place"][:1] or named[:1]


def _object_tokens(
    ctx: SentenceContext, token: Any, trigger: Trigger | None, prepositions_only: bool = False
) -> list[Any]:
    topic = (trigger is not None and trigger.topic_object) or prepositions_only
    objects = [] if topic else [c for c in token.children if c.dep_ in OBJECT_DEPS]
    undergoer = undergone_by(ctx, token) if nominal(token) and not prepositions_only else None
    objects += [undergoer] if undergoer is not None else []  # "Navalny's arrest"
    preps = trigger.targets if trigger is not None else frozenset()
    holders = [token]
    if nominal(token):  # "the strikes conducted last night against ISIS fighters"
        holders += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:  # "provided $5 million … to X"
                objects.extend(
                    _prepositional_object(c) for c in child.children if c.dep_ in ("pobj", "pcomp")
                )
    if not objects and token.pos_ == "VERB" and token.lemma_.lower() in ctx.vocab.appeal_verbs:
        objects = _urged_in_a_clause(token)
    talks = trigger is not None and trigger.code[:2] in ("03", "04")  # "talks aimed at peace": a topic
    if not objects and nominal(token) and not talks:
        objects = _aimed_at(ctx, token)
    return objects


def _urged_in_a_clause(verb: Any) -> list[Any]:
    """ "demanded that Hamas free the hostages": whom an appeal urges, the subject of its "that"
    clause."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and has_that(c)]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"][:1]


def _aimed_at(ctx: SentenceContext, noun: Any) -> list[Any]:
    """What a participle aims a noun act at: "sanctions targeting Iran's financing of terror",
    "airstrikes aimed at Hamas commanders" (`aiming_verbs`)."""
    aiming = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ctx.vocab.aiming_verbs]
    objects = [c for verb in aiming for c in verb.children if c.dep_ == "dobj"]
    return objects + [
        c
        for verb in aiming
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "against")
        for c in prep.children
        if c.dep_ == "pobj"
    ]


def _prepositional_object(token: Any) -> Any:
    """A preposition's object; for a clause the parse hung there, its subject ("spoke with
    [Netanyahu to welcome …]"), else the clause ("support for replenishing Israel's …")."""
    if token.dep_ != "pcomp":
        return token
    return next((c for c in token.children if c.dep_ == "nsubj"), token)


def _lost_conjuncts(ctx: SentenceContext, obj: Any) -> list[Mention]:
    """ "talked to A, and the secretary-general …, B, said IRNA": the parse hangs the second
    conjunct on the later verb; read on after ", and" for a phrase that names a person."""
    last = max(t.i for t in obj.subtree)
    doc = ctx.para.doc
    index = last + 1
    while index < ctx.sent.end and doc[index].lower_ in (",", "and"):
        index += 1
    if index == last + 1 or doc[index - 1].lower_ != "and" or index >= ctx.sent.end:
        return []
    phrase = doc[index]
    if phrase.pos_ not in ("NOUN", "PROPN", "DET"):
        return []
    while phrase.dep_ == "det":
        phrase = phrase.head
    if phrase.pos_ in ("VERB", "AUX"):
        return []
    verb = phrase.head
    if (
        phrase.dep_ in SUBJECT_DEPS
        and verb.i > phrase.i
        and verb.lemma_.lower() not in ctx.vocab.reporting_verbs
    ):
        return []  # "designated A, and the Department of State concurrently designated B": a new clause
    mentions = phrase_actors(ctx, phrase)[0]
    return [m for m in mentions if m.kind in ("person", "organization", "group")]


def _doers_of_the_act_judged(ctx: SentenceContext, token: Any, objects: list[Any]) -> list[Mention]:
    """ "Hamas condemned the Israeli airstrike", "condemned the rocket attacks by Hamas": an act
    that judges another act (`judging_roots`) is done to whoever did that one, when it is named
    with it; and what it judges that is no act of the vocabulary, to its author ("denounced the
    speech by Ahmadinejad"). ("The attack" alone is not traced back: the last attacker told
    before was too often another one.)"""
    direct = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    for obj in (o for o in [*direct, *objects] if nominal(o)):  # "condemnation of Iran's attack"
        judged = list(ctx.vocab.triggers.get((obj.lemma_.lower(), "NOUN"), ()))
        doers = acting_actors(ctx, obj, judged[0])[0] if judged else []
        if doers:
            return doers
    for obj in (o for o in [*direct, *objects] if nominal(o)):  # "denounced the speech by Ahmadinejad"
        holders = [obj, *([token] if token.pos_ == "VERB" and not passive(token) else [])]  # the parse's "by"
        authors = [
            a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > obj.i
            for a in p.children
        ]  # fmt: skip
        doers = [m for a in authors if a.dep_ == "pobj" for m in named_actors(ctx, a)[0] if m.kind != "place"]
        if doers:
            return doers
    return []


def _an_act_judged(ctx: SentenceContext, obj: Any, trigger: Trigger | None) -> bool:
    """ "condemned the attack in Abu Dhabi", "condemned the attack on the UAE": an act judged
    (`judging_roots`) is done to whoever did the act, never to the place where it was done."""
    judging = trigger is not None and trigger.code[:2] in ctx.vocab.judging_roots
    return judging and nominal(obj) and (obj.lemma_.lower(), "NOUN") in ctx.vocab.triggers


def _named_no_one(ctx: SentenceContext, obj: Any, trigger: Trigger | None) -> bool:
    """ "OFAC sanctioned four senior officials of X": the officials, named elsewhere; "stand with
    the women of Iran" (support, aid: `people_roots`): the women, whom no actor names."""
    if trigger is None:
        return False
    if trigger.counted_summary and _unnamed_count(ctx, obj):
        return True
    return trigger.code[:2] in ctx.vocab.people_roots and _people_of(ctx, obj)


def _people_of(ctx: SentenceContext, noun: Any) -> bool:
    """ "the women of Iran", "the people of Israel": people named by the country they are of, not a
    name of their own (a KB name such as "the people of Palestine" is a mention, and not this; "the
    people of Gaza" names where the act went, as before)."""
    if noun.i in ctx.para.at or not {noun.lower_, noun.lemma_.lower()} & ctx.vocab.people_nouns:
        return False
    states = [
        ctx.para.at[o.i]
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj" and o.i in ctx.para.at
    ]
    return any(gazetteer().country_named(m.text) is not None for m in states)


def paired(ctx: SentenceContext, token: Any) -> list[Mention]:
    """ "Israeli-Palestinian peace talks", "the Iran-Iraq war", "US-Israel talks": a modifier of two
    names or adjectives joined by a hyphen names the two parties of a reciprocal act (the caller
    asks only for those)."""
    for right in (c for c in token.children if c.dep_ in ("amod", "compound")):
        if not any(c.tag_ == "HYPH" or c.text == "-" for c in right.children):
            continue
        lefts = [c for c in right.children if c.dep_ in ("amod", "compound", "npadvmod") and c.i < right.i]
        found = [m for word in (*lefts[-1:], right) for m in _named_or_demonym(ctx, word)]
        if len(found) == 2 and found[0] != found[1]:
            return found
    return []


def _named_or_demonym(ctx: SentenceContext, word: Any) -> list[Mention]:
    if word.i in ctx.para.at:
        return [ctx.para.at[word.i]]
    if word.lower_ in ctx.vocab.demonyms:
        return [Mention(ctx.para.token_span(word), word.text, "organization", "demonym")]
    return []
