"""Reading a dependency parse for events: subjects inherited along coordination and control,
passives and their agents, the verb a noun hangs on, noun phrases without their clauses. Pure
functions of spaCy tokens (no vocabulary, no mentions)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dabir.extract.event_vocab import load_vocabulary
from dabir.extract.quote_cues import cues

CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "acl", "csubj", "xcomp", "parataxis"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
INSTRUMENT_PREPOSITIONS = frozenset({"in", "by", "during", "following", "amid"})  # killed following clashes
DASHES = frozenset({"–", "—", "-", "--"})
NOMINAL_DEPS = frozenset({"csubj", "nsubj", "nsubjpass", "dobj", "pobj"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # CAMEO: assault, fight, mass violence


NOUNS = ("NOUN", "PROPN")


def passive(verb: Any) -> bool:
    """A passive verb, or a participle describing the noun it hangs on ("X killed in Y");
    "which has claimed" is a perfect, not a passive."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubjpass", "auxpass"}:
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    # "the emergency declared in …": a participle the tagger read as a past tense (VBD), with no
    # subject and no object of its own, hanging on a noun
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl" and "dobj" not in deps)
    # "The Saudi-led coalition bombed Sanaa.": a sentence the parse made a noun with a participle
    # is a past tense with its object, not a passive (a passive participle takes no object)
    headline = "dobj" in deps and "agent" not in deps and verb.head.dep_ == "ROOT" and verb.head.pos_ in NOUNS
    described = verb.dep_ in ("acl", "relcl") and participle and "nsubj" not in deps
    return described and not perfect and not headline


def instruments(verb: Any) -> Iterator[Any]:
    """The objects of the verb's "by" (agent), "in", "during", "following" and "amid" phrases."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in INSTRUMENT_PREPOSITIONS):
            yield from (c for c in child.children if c.dep_ == "pobj")


def subject_token(verb: Any) -> Any | None:
    """The verb's subject, inherited along coordination and control where the verb has none."""
    for _ in range(8):  # bounded climb
        for child in verb.children:
            subject = child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and not passive(verb))
            named = past_the_dateline(child) if subject else None
            if named is not None:
                return named
        misread = _subject_hung_on_a_time(verb) or _subject_hung_on_an_opening_clause(verb)
        if misread is not None:
            return misread
        coordinate = misplaced_coordinate(verb)
        if coordinate is not None:
            verb = coordinate  # "Iran denies the allegations and accuses X": Iran accuses
            continue
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            accused = _accused(verb)
            if accused is not None:
                return accused
            verb = verb.head.head  # "X targeted the network by designating Y": X designated
            continue
        if verb.dep_ in ("relcl", "acl") and not passive(verb):
            holder = _holder_of_a_plan(verb) or _issuer_of_a_document(verb)
            if holder is None:
                return verb.head
            verb = holder
            continue
        return None
    return None


def _accused(verb: Any) -> Any | None:
    """ "accused Iran of supplying weapons", "thanked Qatar for hosting the talks", "Iran was
    accused of supplying …": the gerund of an "of" or "for" phrase of a verb that judges
    (`judging_verbs`) is done by the one judged (its object, or its passive subject), not by its
    subject ("Russia used Iranian drones for attacking cities": Russia attacks)."""
    preposition, holder = verb.head, verb.head.head
    judging = holder.lemma_.lower() in load_vocabulary().judging_verbs  # not "used drones for attacking"
    if preposition.lower_ not in ("of", "for") or not judging:
        return None
    deps = ("dobj", "nsubjpass") if passive(holder) else ("dobj",)
    return next((c for c in holder.children if c.dep_ in deps), None)


def _holder_of_a_plan(verb: Any) -> Any | None:
    """ "Australia will press on with plans to withdraw its troops", "Japan announced plans to
    withdraw": an infinitive on a common noun is done by whoever adopts the noun, the subject of
    a verb of `plan_verbs` it is the object of (or the object of a preposition of), or its owner
    ("Japan's decision to withdraw"). None when no verb adopts it ("denied plans to attack",
    "opposed plans to invade") or there is "no" plan."""
    noun = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or not infinitive:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "no") for c in noun.children):
        return None  # the owner is the doer, read as the noun's subject below; "no plans to" none
    holder = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    adopted = holder is not None and holder.lemma_.lower() in load_vocabulary().plan_verbs
    return holder if adopted else None  # "denied plans to attack": no one's act


def acting_document(verb: Any) -> bool:
    """ "a resolution calling for an immediate ceasefire", "a statement condemning the attack": a
    participle on a document noun (`document_nouns` of the quote cues) tells what the document
    does, the act of whoever put it out; a draft (`unadopted_words`) does nothing yet."""
    document = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or document.lemma_.lower() not in cues().document_nouns:
        return False
    return not any(c.lower_ in load_vocabulary().unadopted_words for c in document.children)


def _issuer_of_a_document(verb: Any) -> Any | None:
    """Who does what a document does: the verb that put it out ("the Security Council passed a
    resolution calling for …": `issuing_verbs`), whose subject is the issuer; None when the
    document's own phrase names its author ("a UN Security Council resolution calling for …") or
    no verb put it out."""
    if not acting_document(verb):
        return None
    document = verb.head
    if any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in document.children):
        return None
    holder = document.head if document.dep_ == "dobj" else None
    return holder if holder is not None and holder.lemma_.lower() in cues().issuing_verbs else None


def misplaced_coordinate(verb: Any) -> Any | None:
    """The verb a conjunct really goes with when the parse hung it inside the clause or phrase of
    that verb: on a verb of another tense in a reported clause ("X told Y that Iran stands … and
    condemned Israel": X condemned), or, for a finite verb, on a noun ("Iran denies such
    allegations and accuses Washington", "X states that Palestine will no longer abide by the
    accords and claims that …": the nearest verb above the noun in the same tense). None when
    the verb is not so hung or no such verb is found."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        fits = head.dep_ == "ccomp" and verb.tag_ != head.tag_ and verb.tag_ == head.head.tag_
        return head.head if fits else None
    if verb.tag_ not in FINITE_TAGS or head.pos_ not in NOUNS:
        return None
    token = head
    for _ in range(12):  # bounded climb
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.tag_ == verb.tag_:
            return token
    return None


def dateline(token: Any) -> bool:
    """ "WASHINGTON – Today, …", "WASHINGTON, DC - …": the place a story opens with, before a dash."""
    doc = token.doc
    if token.i != token.sent.start:
        return False
    for word in doc[token.i + 1 : min(token.i + 4, len(doc))]:
        if word.text in DASHES:
            return True
        if word.pos_ != "PROPN" and word.text != ",":
            return False
    return False


def past_the_dateline(subject: Any) -> Any | None:
    """A subject, or for a dateline the parser read as the subject, the name it put beside it
    ("WASHINGTON, DC - Secretary John Snow announced": Snow); None when there is none."""
    if not dateline(subject):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)


def _subject_hung_on_a_time(verb: Any) -> Any | None:
    """ "Today, the Treasury's OFAC designated X": the parser may read the subject as an
    apposition of "Today" (a time adverbial of the verb) and leave the verb without one."""
    if passive(verb):
        return None
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.i < verb.i:
            found = next((g for g in child.children if g.dep_ == "appos" and g.i < verb.i), None)
            if found is not None:
                return found
    return None


def _subject_hung_on_an_opening_clause(verb: Any) -> Any | None:
    """ "Underscoring its commitment to counter X, the United Nations added …": the parser may
    read the subject as a conjunct of the opening clause's last noun, after its comma."""
    if passive(verb) or verb.dep_ not in ("ROOT", "conj"):
        return None
    opening = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    for clause in opening:
        for token in clause.subtree:
            start = token.left_edge.i
            after_comma = start > 0 and token.doc[start - 1].text == ","
            if token.dep_ != "conj" or token.pos_ != "PROPN" or not after_comma:
                continue
            if not any(token.i < t.i < verb.i and t.pos_ == "VERB" for t in clause.subtree):
                return token
    return None


def clause_children(token: Any) -> Iterator[Any]:
    """The token's noun-phrase subtree, not entering clauses."""
    yield token
    for child in token.children:
        if child.dep_ in CLAUSE_DEPS or child.pos_ in ("VERB", "AUX"):
            continue
        yield from clause_children(child)


def nominal(token: Any) -> bool:
    """A noun, or a gerund the parse tags as a verb where a noun stands ("Fighting in X kills 40"),
    or an adjective it tags where a noun with its article stands ("convened a roundtable with")."""
    if mistagged_verb(token):
        return False
    if token.dep_ in NOMINAL_DEPS and (token.tag_ == "VBG" or _determined_adjective(token)):
        return True
    return bool(token.pos_ == "NOUN")


def _determined_adjective(token: Any) -> bool:
    return bool(token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children))


def mistagged_verb(token: Any) -> bool:
    """ "The United States thanks Saudi Arabia": a plural noun that heads the sentence with a
    subject and a direct object is its verb, tagged wrong."""
    deps = {c.dep_ for c in token.children}
    return bool(token.tag_ == "NNS" and token.dep_ == "ROOT" and "nsubj" in deps and "dobj" in deps)


def own_phrase(token: Any) -> Iterator[Any]:
    """The token's noun phrase without its conjuncts ("the President" of "the President and the
    Prime Minister") and without clauses."""
    yield token
    for child in token.children:
        if child.dep_ in (*CLAUSE_DEPS, "conj", "cc") or child.pos_ in ("VERB", "AUX"):
            continue
        yield from own_phrase(child)


def conjuncts(token: Any) -> list[Any]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ not in ("VERB", "AUX"):
            out.extend(conjuncts(child))
    return out


def governing_verb(token: Any) -> Any | None:
    """The verb a noun hangs on (through prepositions and objects); a participle that only
    describes a noun ("Palestinians facing crimes in calls") is passed for the clause's verb."""
    head = token
    for _ in range(10):
        if head.head is head:
            return head if head.pos_ in ("VERB", "AUX") else None
        head = head.head
        if head.pos_ in ("VERB", "AUX") and not (head.dep_ == "acl" and head.tag_ in ("VBG", "VBN")):
            return head
    return None


def intended_act(noun: Any) -> Any | None:
    """The act a noun's "to" names: "commitment to providing aid" (a gerund), "commitment to work
    with X" (an infinitive); None for "commitment to Israel's security"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            verbs = [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
            if verbs:
                return verbs[0]
        if (
            child.dep_ == "acl"
            and child.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return child
    return None


def of_object(noun: Any) -> Any | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def subject_of(verb: Any) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def with_conjunct_verbs(verb: Any) -> list[Any]:
    return [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not subject_of(c))]
