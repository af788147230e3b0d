"""Which trigger of the event vocabulary a token is, if any (part of ``events.v1``): the lemma and
part of speech, then each trigger's conditions in ``events.yaml`` (modifiers, words needed in the
sentence, an owner, an object, a preposition, idiom objects). Pure: a parsed token in."""

from __future__ import annotations

from typing import Any

from dabir.extract.event_actors import MODIFIER_DEPS, OBJECT_DEPS
from dabir.extract.event_parse import mistagged_verb, nominal
from dabir.extract.event_vocab import EventVocabulary, Trigger


def trigger_of(token: Any, sent_words: frozenset[str], vocab: EventVocabulary) -> Trigger | None:
    verbal = token.pos_ == "VERB" or mistagged_verb(token)  # "The United States thanks X"
    named = token.pos_ == "PROPN"  # "Executive Order 13338": a noun in a name, only with its modifier
    pos = "NOUN" if nominal(token) or named else "VERB" if verbal else None
    if pos is None:
        return None
    lemma = token.lower_ if token.pos_ == "VERB" and pos == "NOUN" else token.lemma_.lower()  # "Fighting"
    for trigger in vocab.triggers.get((lemma, pos), ()):
        if named and not trigger.modifiers:
            continue
        if trigger.modifiers and not {c.lower_ for c in token.children if c.dep_ in MODIFIER_DEPS} & (
            trigger.modifiers
        ):
            continue
        if trigger.needs and not sent_words & trigger.needs:
            continue
        if trigger.owned and not any(c.dep_ == "poss" for c in token.children):
            continue
        if trigger.needs_object and not _has_object(token, trigger, vocab.light_verbs):
            continue
        if any(o.lemma_.lower() in trigger.idiom_objects for o in _objects(token)):
            continue  # "met the deadline", "struck a deal", "threatens to undermine the peace"
        if trigger.prepositional and not _prepositional(token, trigger):
            continue
        if _sense_ruled_out(token, trigger, vocab):
            continue
        return trigger
    return None


def _sense_ruled_out(token: Any, trigger: Trigger, vocab: EventVocabulary) -> bool:
    """The trigger's flags that read the word's sense in its sentence."""
    if trigger.directive and not _directive(token, trigger):
        return True  # "asked Blair whether he prayed": a question, not an appeal
    if trigger.stance and _narrated(token):
        return True  # "She stood alongside Valcke during the draw": a scene, not support
    if trigger.relation and _describing(token):
        return True  # "Houthi militants backed by Yemeni troops": who they are, not an act
    if trigger.needs_traveller and not _arrived_somewhere(token, trigger):
        return True  # "arrived at a compromise", "arrived back in Israel": no visit
    return trigger.kills and _natural_cause(token, vocab.accident_words)  # "flash floods killing 10"


def _arrived_somewhere(verb: Any, trigger: Trigger) -> bool:
    """ "arrived in Saudi Arabia": a place named as the object of one of the trigger's prepositions,
    and not a return home ("arrived back in Israel")."""
    if any(c.lower_ in ("back", "home") for c in verb.children):
        return False
    named = [o for c in verb.children if c.lower_ in trigger.targets for o in c.children if o.dep_ == "pobj"]
    return any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in named)


def _objects(token: Any) -> list[Any]:
    """The direct objects of ``token`` and of the verb of its "to" clause, the noun a participle
    describes ("the attack launched against", "the deal struck with"); a noun's "to" object."""
    if nominal(token):
        return [o for c in token.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    verbs = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    described = [token.head] if token.dep_ in ("acl", "relcl") and token.tag_ == "VBN" else []
    return [*(o for verb in verbs for o in verb.children if o.dep_ == "dobj"), *described]  # "a deal struck"


def _prepositional(token: Any, trigger: Trigger) -> bool:
    """ "called on Iran to …", "called for talks": one of the trigger's prepositions, with no direct
    object ("called Netanyahu on Tuesday") and no date as its object ("called on Sunday")."""
    if any(c.dep_ in OBJECT_DEPS for c in token.children):
        return False
    return any(
        c.dep_ in ("prep", "prt")
        and c.lower_ in trigger.targets
        and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
        for c in token.children
    )


def _directive(verb: Any, trigger: Trigger) -> bool:
    """ "asked Seoul to call off the drill", "Seoul was asked to …", "asked the Pentagon for a
    review", "requested a response from X": someone asked to act (a "to" clause) or asked for
    something (a target preposition, on the verb or on its object)."""
    if nominal(verb):  # "its call on Israel to open the crossings"
        called = (
            o for c in verb.children if c.lower_ in trigger.targets for o in c.children if o.dep_ == "pobj"
        )
        return any(_to_act_after(o) for o in called)
    asked = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    to_act = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "request a response from X"
    asked_for = any(c.dep_ == "prep" and c.lower_ in trigger.targets for h in holders for c in h.children)
    return asked and (to_act or asked_for)


def _has_object(token: Any, trigger: Trigger, light_verbs: frozenset[str] = frozenset()) -> bool:
    objects = ("nsubjpass",) if trigger.topic_object else (*OBJECT_DEPS, "nsubjpass", "ccomp", "attr")
    for child in token.children:
        if child.dep_ in objects:
            return True
        if child.dep_ == "prep" and child.lower_ in trigger.targets:
            return True
    if nominal(token) and token.dep_ == "dobj" and token.head.lemma_.lower() in light_verbs:
        return any(c.dep_ == "prep" and c.lower_ in trigger.targets for c in token.head.children)
    return token.dep_ in ("relcl", "acl") and token.tag_ == "VBN"


def _describing(verb: Any) -> bool:
    """A past participle hung on a noun with no subject of its own ("militants backed by X",
    "the militias, supported by Iran,"): it says what the noun is."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _to_act_after(phrase: Any) -> bool:
    """A "to" infinitive right after the phrase ("on all nations to deny …")."""
    after = phrase.right_edge.i + 1
    word = phrase.doc[after] if after < len(phrase.doc) else None
    return (
        word is not None and word.lower_ == "to" and word.dep_ == "aux" and word.head.pos_ in ("VERB", "AUX")
    )


def _narrated(verb: Any) -> bool:
    """A verb in the simple or the past perfect tense: what happened, not what is held."""
    return bool(verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


def _natural_cause(verb: Any, causes: frozenset[str]) -> bool:
    """A killing whose doer is a disaster (`accident_words`): the verb's subject, the noun its
    participle describes ("floods killing 10"), or, with no subject, what the dead were killed in
    or by ("were killed in a stampede"). Not a name ("Al-Aqsa Flood", "Operation Decisive Storm")
    nor a disaster "of" something ("an outbreak of fighting", "a storm of shelling")."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if verb.dep_ in ("acl", "relcl"):
        doers.append(verb.head)
    if not doers:
        doers = [o for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
                 for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return any(
        d.lemma_.lower() in causes and not d.ent_type_ and not any(c.lower_ == "of" for c in d.children)
        for d in doers
    )
