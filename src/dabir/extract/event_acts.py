"""Whether an event word tells an act that happened: not a possibility, a habit, a description, an
act asked for or pledged; whether it is negated; and how it is told (its modality: asserted,
planned, threatened, claimed, denied). Part of ``events.v1``."""

from __future__ import annotations

from typing import Any

from dabir.extract.dates import DateRef
from dabir.extract.event_actors import SentenceContext, amount_of
from dabir.extract.event_parse import acting_document, governing_verb, nominal
from dabir.extract.event_vocab import EventVocabulary, Trigger
from dabir.fact_types import JOURNEY_CODES

HYPOTHETICAL = frozenset({"could", "might", "may", "can", "should"})
MAX_CHAIN = 6
CONSULTATIONS = "04"  # CAMEO root


def negated(
    token: Any, light_verbs: frozenset[str] = frozenset(), failing: frozenset[str] = frozenset()
) -> bool:
    """Said not to have happened: "did not attack", "no airstrike", "did not carry out the strike",
    "refused to release" (the "to" clause of a word of ``failing``). A negated verb that only takes
    the event as its object does not negate it ("has not accepted the U.S. offer": the offer was
    made)."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    head = token.head
    failed = token.dep_ in ("xcomp", "acl") and head.lemma_.lower() in failing and head.i < token.i
    if failed:  # "did not refuse to negotiate", "has never failed to condemn": done after all
        return not any(c.dep_ == "neg" for c in head.children)
    if nominal(token):
        if any(c.lower_ in ("no", "never") for c in token.children):
            return True
        verb = governing_verb(token)
        if verb is None or not any(c.dep_ == "neg" for c in verb.children):
            return False
        return token.dep_ != "dobj" or verb.lemma_.lower() in light_verbs
    return False


def not_an_act(verb: Any, when: DateRef | None, vocab: EventVocabulary) -> bool:
    """A verb that states a possibility or a habit, not an act: "funds that could support …"
    (a modal), "told him that Tehran supports …" or "Iran does not recognize …" (a present tense
    in a subordinate clause, or negated, with no date of its own), "companies supporting …" (a
    participle describing a noun), "continues to support …" (an ongoing habit)."""
    if verb.pos_ != "VERB" or nominal(verb):
        return False
    chain = _governing_chain(verb)  # "could cause Iran to … ban", "groups that seek to attack"
    if _performative(verb, chain, vocab):
        return False
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for v in chain for c in v.children):
        return True
    helpers = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if helpers & {"will", "wo", "shall"} and any(c.dep_ == "neg" for c in verb.children):
        return True  # "he won't criticize Israel": an intent not to act, no act
    present_view = verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in vocab.opinion_verbs
    if present_view and any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "members agree that Iran should not …": a view held, no agreement made
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "groups that seek to attack": the clause of "seek"
    present = clause.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "do" for c in clause.children
    )
    stance = clause.dep_ in ("ccomp", "relcl", "acl") or negated(clause)  # "does not recognize Israel"
    if present and stance:
        return when is None
    if any(v.lemma_ == "continue" and v.tag_ in ("VBZ", "VBP") for v in chain[1:]):
        return (
            when is None
        )  # "Treasury continues to support …", "continue to raise funds … to support": a habit
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.pos_ == "NOUN":
        return True  # "the commitment to supporting the Iranian people": what is pledged, not done
    # "companies supporting X" describes them; "an airstrike killing 30 people" tells what it did
    describing = verb.dep_ == "acl" and verb.tag_ == "VBG" and not acting_document(verb)
    return describing and verb.lemma_.lower() not in vocab.count_verbs


def kept_from(token: Any, vocab: EventVocabulary) -> bool:
    """ "to deter Iran … from conducting or supporting further attacks", "prevent Hamas from
    rearming": an act a verb of `hostile_acts` keeps someone from, not one done."""
    current = token
    for _ in range(MAX_CHAIN):
        head = current.head
        if head is current:
            return False
        if current.dep_ in ("pcomp", "pobj") and head.lower_ == "from":
            return head.head.pos_ == "VERB" and head.head.lemma_.lower() in vocab.hostile_acts
        current = head
    return False


def _performative(verb: Any, chain: list[Any], vocab: EventVocabulary) -> bool:
    """ "We commend Iraq for …", "I would like to thank the Minister": speakers who do the act by
    saying it, in the present and in the first person, in the sentence's main clause or in what a
    speech verb reports ("We commend Iraq …, said X"). Not "if we attack", "the groups we support",
    "Iran claims we attack", nor a view ("We agree that …")."""
    wish = chain[1] if len(chain) > 1 and chain[0].dep_ == "xcomp" else None  # "would like to thank"
    if wish is not None and wish.lemma_ == "like":
        wishing = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in wish.children)
        return wishing and _main_first_person(wish, vocab)
    if verb.tag_ != "VBP" or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    view = verb.lemma_.lower() in vocab.opinion_verbs and any(c.dep_ == "ccomp" for c in verb.children)
    return not view and _main_first_person(verb, vocab)


def _main_first_person(verb: Any, vocab: EventVocabulary) -> bool:
    """The verb has "I" or "we" as subject, in the main clause or in what a speech verb reports."""
    said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in vocab.reporting_verbs
    first_person = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    return first_person and (verb.dep_ == "ROOT" or said)


def _governing_chain(verb: Any) -> list[Any]:
    """The verb and the verbs it is the complement, conjunct or purpose of, up to its clause's
    finite verb ("continue to raise funds, recruit and exploit X to support Y", "could cause Iran
    to ban X")."""
    chain = [verb]
    while len(chain) < MAX_CHAIN and chain[-1].dep_ in ("xcomp", "conj", "advcl", "ccomp"):
        last = chain[-1]
        infinitive = any(c.tag_ == "TO" for c in last.children)
        if last.head.pos_ not in ("VERB", "AUX") or (last.dep_ in ("advcl", "ccomp") and not infinitive):
            break  # only a purpose ("to support …") or a caused act ("cause Iran to ban") goes with its head
        chain.append(last.head)
    return chain


def hypothetical(ctx: SentenceContext, token: Any, owned: bool = False) -> bool:
    """ "rescheduled flights because of the potential conflict", "the release of hostages would
    result in a ceasefire": an event named only as possible, in passing. One that someone raises
    ("mentioned the possible arrest of X") or would do ("would launch an offensive") stays.
    An ``owned`` war is one being fought, whatever the sentence supposes about it, unless it is
    itself called possible ("Israel's potential war with Hezbollah")."""
    if not nominal(token):
        return False
    modifiers = {c.lower_ for c in token.children if c.dep_ == "amod"}
    if modifiers & ctx.vocab.hypothetical_modifiers and (
        owned or token.dep_ not in ("dobj", "nsubj", "nsubjpass")
    ):
        return True
    if owned:
        return False
    verb = governing_verb(token)  # "the release of hostages would result in a ceasefire": if, not done
    helpers = {c.lower_ for c in verb.children if c.dep_ == "aux"} if verb is not None else set()
    return bool(helpers & (HYPOTHETICAL | {"would"})) and token.dep_ != "dobj"


def aimed_at(ctx: SentenceContext, token: Any) -> bool:
    """An act named by an infinitive that hangs on a noun is needed, sought or refused, not done:
    "efforts to secure the release", "the need for all sides to … condemn", "a refusal to release";
    an act that someone is urged or asked to do ("urged America to invade Iraq") is not done either.
    Nouns of intent or threat ("plans to strike", "a threat to attack") keep the act, as planned
    or threatened."""
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.head.lemma_.lower() in ctx.vocab.appeal_verbs
    ):
        return True  # "a resolution calling for an immediate ceasefire": asked for, not made
    verb = token if token.pos_ == "VERB" and not nominal(token) else None
    if verb is None and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        verb = token.head  # "to secure the release"
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if infinitive and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.vocab.appeal_verbs:
        return True  # "urged America to invade Iraq": the act urged, not done
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.vocab.appeal_verbs:
        return True  # "demanded that Hamas free the hostages": urged, not done
    if _listed_after_an_urged_act(ctx, verb):
        return True
    if verb.dep_ != "acl" or not infinitive or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return verb.head.lemma_.lower() not in ctx.vocab.modality


def _listed_after_an_urged_act(ctx: SentenceContext, verb: Any) -> bool:
    """ "calls on X to stop its war, enact a ceasefire, and negotiate a settlement": the parse
    hangs the later bare verbs on the appeal verb as a clause of its own; with no subject and no
    "to", after an urged infinitive, they are urged too."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and head.lemma_.lower() in ctx.vocab.appeal_verbs
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
        and any(c.dep_ == "xcomp" and c.i < verb.i for c in head.children)
    )


def only_a_purpose(token: Any, code: str, vocab: EventVocabulary) -> bool:
    """An act told only as what another act was for: a journey's consultations
    (:func:`purpose_of_a_journey`), or an act of a root of `purpose_roots` in a "to" clause that
    tells why something else was done ("has used these funds to support the IRGC-QF")."""
    if purpose_of_a_journey(token, code, vocab):
        return True
    if code[:2] not in vocab.purpose_roots or token.pos_ != "VERB" or token.head.pos_ != "VERB":
        return False
    purpose = token.dep_ == "advcl" or (  # "used these funds to support": the object's use
        token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.head.children)
    )
    spoken = any(
        t.code.startswith(CONSULTATIONS) for t in vocab.triggers.get((token.head.lemma_.lower(), "VERB"), ())
    )
    if spoken:  # "spoke with President Aoun to congratulate him": said in the call, so done
        return False
    return purpose and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def purpose_of_a_journey(token: Any, code: str, vocab: EventVocabulary) -> bool:
    """ "traveled to Washington to meet his counterpart", "visited Israel to deliver remarks and
    consult with …": a consultation that a trip is made for is what the trip was for, not an event
    of its own (the meetings held on it are told in their own clauses)."""
    if not code.startswith(CONSULTATIONS) or token.pos_ != "VERB":
        return False
    clause = token
    for _ in range(MAX_CHAIN):  # "to deliver remarks … and consult": the first of the conjuncts
        if clause.dep_ != "conj" or clause.tag_ != "VB":  # "… to attend the summit and met X": an act
            break
        clause = clause.head
    if clause.dep_ not in ("advcl", "xcomp", "acl") or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children
    ):
        return False
    head = clause.head
    journeys = [
        t for t in vocab.triggers.get((head.lemma_.lower(), head.pos_), ()) if t.code in JOURNEY_CODES
    ]
    return any(_goes_somewhere(head, t) for t in journeys)


def _goes_somewhere(head: Any, trigger: Trigger) -> bool:
    """The trip is an event of its own: it needs no destination, or names one ("traveled on
    Monday to meet X" is no trip event, so its meeting is the event)."""
    if not trigger.needs_object:
        return True
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in trigger.targets) for c in head.children)


MODAL_DEPS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp")  # the links a modal word governs along


def modality_of(ctx: SentenceContext, token: Any) -> str:
    """How the act is told: asserted, or planned ("will …", "plans to …"), threatened, claimed or
    denied by a verb or noun above it; a denial above a plan wins ("denied plans to attack")."""
    verb = carrying_light_verb(ctx, token)  # "will provide $5 million in aid"
    words = (token,) if verb is None else (token, verb)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for w in words for c in w.children)
    kinds = ["planned"] if future else []
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            break
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)  # not "the plan agreed"
        if current.dep_ in MODAL_DEPS or (current.dep_ == "acl" and to):
            kind = ctx.vocab.modality.get(current.head.lemma_.lower())
            if kind is not None and current.head.i != token.i:
                kinds.append(kind)
        current = current.head
    return "denied" if "denied" in kinds else kinds[0] if kinds else "asserted"


def carrying_light_verb(ctx: SentenceContext, token: Any) -> Any | None:
    """The light verb whose object an event noun is ("will hold talks"), or the sum it is counted
    in ("will provide $5 million in aid"); not a verb it is only the topic of ("will deliver
    remarks on the attack")."""
    if not nominal(token):
        return None
    held = amount_of(token) or token
    given = held.dep_ == "pobj" and held.head.lower_ == "with"  # "provide X with $66 million in aid"
    verb = held.head if held.dep_ == "dobj" else held.head.head if given else None
    return verb if verb is not None and verb.lemma_.lower() in ctx.vocab.light_verbs else None
