"""Which triggers of one sentence name one event (part of ``events.v1``): a modifier folded into
its head noun ("rocket attacks"), a verb that only tells more about an event noun ("the fighting
killed 10", "killed in a US airstrike"), a noun apposed to another ("his trip, a visit that …"),
the order an act was done by ("declared in Executive Order 13338 of May 11, 2004"), and an event
noun that frames a clause and names an event told before ("During the meeting, they …")."""

from __future__ import annotations

from typing import Any

from dabir.actor_types import Mention
from dabir.extract.dates import DateRef
from dabir.extract.event_actors import SentenceContext, Told, antecedent, party_key
from dabir.extract.event_parse import VIOLENT_ROOTS, instruments, nominal, passive, subject_token
from dabir.extract.event_vocab import Trigger

YIELDING_ROOTS = ("08",)  # CAMEO's yield: easing sanctions, lifting a blockade, a withdrawal
SANCTION_CODE = "163"  # CAMEO: impose embargo, boycott or sanctions (designations)

Triggers = dict[int, tuple[Any, Trigger | None, str]]


def compounds_folded(
    triggers: Triggers,
) -> Triggers:
    """ "rocket attacks": one event, named by the head noun with the modifier's more specific code."""
    kept = dict(triggers)
    for index, (token, _trigger, code) in triggers.items():
        head = triggers.get(token.head.i)
        if token.dep_ in ("compound", "amod", "nmod") and head is not None and token.head.i != index:
            head_token, head_trigger, head_code = kept[token.head.i]
            kept[token.head.i] = (head_token, head_trigger, code if head_code.endswith("0") else head_code)
            del kept[index]
    return kept


def modifiers_dropped(triggers: Triggers, holding: frozenset[str]) -> Triggers:
    """ "Livni's negotiation style", "the sanctions regime", "an attack helicopter": an event noun
    that only modifies a noun naming no event is no event of its own. A noun that holds the event
    keeps it ("the ceasefire deal", "the airstrike death toll": `event_holding_nouns`)."""
    return {i: value for i, value in triggers.items() if not _only_a_modifier(value[0], triggers, holding)}


def yielded_dropped(triggers: Triggers) -> Triggers:
    """ "a general license that lifts sanctions against Iraq", "eased the blockade": an event noun
    that a verb of yielding (CAMEO root 08) takes as its object is what is given up, no act of its
    own (the sanctions are not imposed again)."""
    return {
        i: value
        for i, value in triggers.items()
        if not (
            nominal(value[0])
            and value[0].dep_ == "dobj"
            and value[0].head.i in triggers
            and triggers[value[0].head.i][2][:2] in YIELDING_ROOTS
        )
    }


def basis_dropped(triggers: Triggers) -> Triggers:
    """ "sanctioned MOIS and the IRGC for committing serious human rights abuses … and supporting
    …", "designated for its support to the Government of Syria": what a designation's "for" phrase
    says is its basis, which the gold leaves out (no event of its own), unless it is an act of
    violence ("for his involvement in KH's attacks on U.S. forces")."""
    sanctions = {i for i, value in triggers.items() if value[2] == SANCTION_CODE}
    return {
        i: value
        for i, value in triggers.items()
        if value[2][:2] in VIOLENT_ROOTS or not _a_basis(value[0], sanctions)  # attacks stay events
    }


def _a_basis(token: Any, sanctions: set[int]) -> bool:
    """The token is inside the "for" phrase of a sanctions trigger, within its clause."""
    node = token
    for _ in range(8):  # bounded climb, within the clause
        if node.head.i == node.i or node.dep_ in ("ccomp", "relcl", "advcl", "parataxis"):
            return False
        if node.lower_ == "for" and node.dep_ == "prep" and node.head.i in sanctions:
            return True
        node = node.head
    return False


def _only_a_modifier(token: Any, triggers: Triggers, holding: frozenset[str]) -> bool:
    head = token.head
    if token.dep_ != "compound" or token.pos_ != "NOUN" or head.pos_ != "NOUN" or head.i in triggers:
        return False
    if any(c.dep_ == "nummod" for word in (token, head) for c in word.children):
        return False  # "one airstrike truck [struck] an ISIL unit": counted, the verb mistyped
    beside = [head, *(c for c in head.children if c.dep_ == "compound" and c.i != token.i)]
    return not any(word.lemma_.lower() in holding or word.i in triggers for word in beside)


def folded_into(ctx: SentenceContext, triggers: Triggers) -> dict[int, int]:
    """Verbs that only tell more about an event noun: token index → the noun's index.

    A count verb whose subject is an event noun ("the fighting … killed 10 people"), and a passive
    verb or a verb of dying whose agent or "in" phrase is one ("killed in a US airstrike", "those
    who died last Thursday in the London attacks")."""
    nouns = {i for i, (t, _, _) in triggers.items() if nominal(t)}
    folds: dict[int, int] = {}
    for token in ctx.sent:
        if token.pos_ != "VERB" or token.i in nouns:
            continue
        into = _event_noun_acting(ctx, token, nouns)
        dying = token.lemma_.lower() in ctx.vocab.dying_verbs  # "died in the attacks"
        if into is None and (passive(token) or dying):
            into = next((o.i for o in instruments(token) if o.i in nouns and _agent_like(o, triggers)), None)
        if into is None and token.lemma_.lower() in ctx.vocab.count_verbs:
            into = _when_it_happened(token, triggers) or _participle_of(token, triggers)
        if into is not None and (token.i in triggers or token.lemma_.lower() in ctx.vocab.count_verbs):
            folds[token.i] = into
    for index in nouns:  # "his July trip to Israel, a visit that …": the same event named again
        token, _, code = triggers[index]
        head = token.head.i
        if token.dep_ == "appos" and head in nouns and triggers[head][2][:2] == code[:2]:
            folds[index] = head
    return {index: _last_fold(folds, index) for index in folds}


def _last_fold(folds: dict[int, int], index: int) -> int:
    """ "killed … when a drone attack hit their car": "killed" is folded into what "hit" is."""
    into = folds[index]
    for _ in range(len(folds)):  # bounded: a cycle stops where it began
        if into not in folds or folds[into] == index:
            break
        into = folds[into]
    return into


def instruments_of(triggers: Triggers, folds: dict[int, int]) -> dict[int, int]:
    """An event noun a verb event of the same code was done by: noun index → the verb's index
    ("declared in Executive Order 13338 of May 11, 2004": the order's date is the act's too).
    Not when the verb already tells more about the noun ("killed in multiple attacks")."""
    lent: dict[int, int] = {}
    for index, (token, _, code) in triggers.items():
        verb = token.head.head
        by = token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ in ("in", "by")
        if (
            by
            and verb.i in triggers
            and verb.pos_ == "VERB"
            and triggers[verb.i][2] == code
            and verb.i not in folds
        ):
            lent[index] = verb.i
    return lent


def _agent_like(noun: Any, triggers: Triggers) -> bool:
    """Whether an event noun in a passive's "in/by/following" phrase did the passive's act:
    "killed in an airstrike", "killed following clashes" — but "arrested following protests"
    (after, not by them): "following" and "amid" only tell the act of violence that did it."""
    return noun.head.lower_ in ("in", "by", "during") or triggers[noun.i][2][:2] in ("18", "19", "20")


def _when_it_happened(verb: Any, triggers: Triggers) -> int | None:
    """ "At least 55 are killed when Turkish warplanes hit PKK camps": a casualty verb whose "when"
    clause tells an event counts that event's dead."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i in triggers):
        if any(m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children):
            return int(clause.i)
    return None


def _participle_of(verb: Any, triggers: Triggers) -> int | None:
    """ "Israeli jets struck Gaza, killing 10 people", "a car bomb exploded, killing 20": a
    casualty participle with no subject of its own counts the dead of the act it follows."""
    head = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and not own_subject
    if participle and head.i in triggers and head.pos_ == "VERB" and head.i < verb.i:
        return int(head.i)
    return None


def _event_noun_acting(ctx: SentenceContext, verb: Any, nouns: set[int]) -> int | None:
    subject = subject_token(verb) or next((c for c in verb.children if c.dep_ == "csubj"), None)
    if subject is None:
        return None
    subject = antecedent(ctx, subject)
    words = {subject.lemma_.lower(), subject.lower_}
    if subject is not None and subject.i in nouns and words & ctx.vocab.event_nouns:
        return int(subject.i)
    return None


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def told_before(
    ctx: SentenceContext, token: Any, code: str, parties: list[Mention], when: DateRef | None, targeted: bool
) -> bool:
    """ "During the meeting, they discussed …", "On his trip to Israel in November 2021, he
    launched …": a definite event noun in a frame of the clause names an event the article has
    already told (the same code, no party and no date the earlier telling lacks), not a new one.
    It must name a party: a call, a meeting and a trip are told apart by their codes, and a noun
    naming no one could be any event. So does a definite noun that names no one acted upon ("The
    designation by OFAC requires …", "This designation is consistent with …"): the act told
    before, named again to say more of it. Acts of violence are that act again only by the same
    word: "during its offensive" is no other name of the war told before."""
    keys = {party_key(m) for m in parties}
    framed = bool(keys) and _framing(ctx, token)
    again = not framed and not targeted and _named_again(token)  # its doer may be named otherwise
    if not framed and not again:
        return False
    by_day = again and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
    return any(
        told.code == code
        and (told.word == token.lemma_.lower() or code[:2] not in VIOLENT_ROOTS)
        and ((again and code[:2] not in VIOLENT_ROOTS) or keys <= told.parties)
        and _overlap(told.date, when)
        and (not by_day or told.date is not None or _on_the_day(when, ctx.anchor))  # undated: told today
        for told in ctx.memory.told
    )


def _on_the_day(when: DateRef | None, day: Any) -> bool:
    """ "Today's designation" names the publication day, when an act told undated was reported;
    "Sunday's talks" another day."""
    return when is not None and day is not None and when.start is not None and when.start == day == when.end


def _named_again(token: Any) -> bool:
    """An event noun with "the", "this" or "that", or owned by a day ("Today's designation",
    "Monday's strike"): a reference, not a first telling."""
    return nominal(token) and any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
        for c in token.children
    )


def remember_told(
    ctx: SentenceContext, token: Any, code: str, parties: list[Mention], when: DateRef | None
) -> None:
    keys = frozenset(party_key(m) for m in parties)
    ctx.memory.told.append(Told(code, token.lemma_.lower(), keys, when))


def _overlap(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None:
        return True
    return (a.start is None or b.end is None or a.start <= b.end) and (
        b.start is None or a.end is None or b.start <= a.end
    )


def _framing(ctx: SentenceContext, token: Any) -> bool:
    """A definite (or owned) event noun after a frame preposition that hangs on a verb."""
    if not nominal(token) or token.dep_ != "pobj" or token.head.lower_ not in ctx.vocab.frame_prepositions:
        return False
    if token.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in token.children)
