"""Who the actors of an event are, read from the parse around its trigger (part of ``events.v1``).

The acting actors are the trigger verb's subject (inherited along coordination and control), the
agent of a passive, or the modifiers and "by" phrase of an event noun; the acted-upon are read in
:mod:`dabir.extract.event_targets`, with the helpers both sides share, defined here. Pronouns,
"the President", "the two leaders" and "I" are resolved from what the reader remembers of the
article so far (:class:`Memory`). Pure: no database, no KB.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.dates import DateRef
from dabir.extract.event_parse import (
    SUBJECT_DEPS,
    conjuncts,
    governing_verb,
    instruments,
    nominal,
    own_phrase,
    passive,
    subject_token,
)
from dabir.extract.event_vocab import EventVocabulary, Trigger
from dabir.extract.parsed import ParsedParagraph, mention_root
from dabir.resolve.places import gazetteer
from dabir.types import Span
from dabir.vocab import office_nouns, title_words

PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
OWNER_PREPOSITIONS = frozenset({"of", "by", "from"})
# Prepositions of the circumstances of a thing, not of whom it concerns: "support for a transition
# process under the auspices of the UN" supports no one in the UN.
CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"under", "through", "via", "within", "amid", "despite", "during", "as"}
)
# Prepositions that make an event noun the topic or the occasion of another act, not its doer's
# act: "addressed the nation over the battle", "arrested after the attack".
TOPIC_PREPOSITIONS = frozenset(
    {"over", "about", "regarding", "concerning", "after", "following", "amid", "despite", "since", "before"}
    | {"for"}
)
TOPIC_NOUNS = frozenset({"respect", "regard", "relation", "reference"})  # "with respect to X"
LOCATING_PREPOSITIONS = frozenset({"in", "near", "at", "inside", "outside", "around", "across"})
VENUE_PREPOSITIONS = frozenset({"at"})
NOMINAL_POS = ("NOUN", "PROPN")
KIND_ORDER = {"person": 0, "organization": 1, "group": 1, "place": 2}
DESCRIPTION_CHARS = 120  # of an unnamed party's description kept with an event


@dataclass(frozen=True)
class Told:
    """An event already told in the article, as a later back-reference compares with it."""

    code: str  # the CAMEO code
    word: str  # the trigger's lemma
    parties: frozenset[str]  # its sources and targets, keyed by ``party_key``
    date: DateRef | None  # its own date, if its clause gives one


def party_key(mention: Mention) -> str:
    """An actor's id, else the last word of the name ("Wally Adeyemo" and "Adeyemo" are one)."""
    return mention.actor or (mention.text.split() or [""])[-1].lower()


@dataclass
class Memory:
    """What the reader remembers across paragraphs: the last person subject, titled mentions."""

    last_person: Mention | None = None
    titled: list[Mention] = field(default_factory=list)
    acting: dict[str, tuple[Mention, ...]] = field(default_factory=dict)  # root code → last sources
    consulted: tuple[Mention, ...] = ()  # the parties of the last consultation ("the two leaders")
    voice: Mention | None = None  # who "I" is: the person a title gives remarks or a statement by
    told: list[Told] = field(default_factory=list)  # the events told so far, for back-references
    last_body: Mention | None = None  # what a sentence-opening "it" stands for (see `body_subject`)


@dataclass(frozen=True)
class SentenceContext:
    para: ParsedParagraph
    sent: Any
    dates: dict[int, DateRef]  # token index of a date's root → the date
    phone: bool  # a telephone cue is in context
    memory: Memory
    vocab: EventVocabulary
    media: frozenset[str]
    anchor: date | None
    topic: frozenset[str] = frozenset()  # the title's words: a trigger's needed word may be there


# --- subjects, objects and the actors they name ---------------------------------------------------


def antecedent(ctx: SentenceContext, token: Any) -> Any:
    """A relative pronoun stands for the noun its clause hangs on (for a list ending in an unnamed
    member, "A, B and others who …", the whole list); a clause on a party of
    "between X and Y" belongs to the event noun the pair hangs on."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        token = _event_placed(ctx, token.head.head) if token.lower_ in ("which", "that") else token.head.head
        while _extends_a_list(ctx, token):
            token = token.head  # "the EU, the UK and others who have issued sanctions": all of them
    party = token
    while party.dep_ == "conj":
        party = party.head
    if party.dep_ == "pobj" and party.head.lower_ in ctx.vocab.party_prepositions:
        event = party.head.head
        if event.lemma_.lower() in ctx.vocab.event_nouns:
            return event
    return token


def _event_placed(ctx: SentenceContext, noun: Any) -> Any:
    """ "the attack in Abu Dhabi in the UAE, which killed three civilians": a clause on the place
    of an event noun is on the event; the parse hangs it on the nearest noun."""
    current = noun
    while current.i in ctx.para.at and ctx.para.at[current.i].kind == "place" and current.dep_ == "pobj":
        holder = current.head.head
        if current.head.lower_ not in ctx.vocab.place_prepositions or holder.pos_ not in ("NOUN", "PROPN"):
            break
        if holder.lemma_.lower() in ctx.vocab.event_nouns:
            return holder
        current = holder
    return noun


def _extends_a_list(ctx: SentenceContext, token: Any) -> bool:
    """ "A, B and others", "A and other partners": a last member that only extends the list
    (`list_extenders`), with no number of its own ("A and two men" names two others)."""
    words = {token.lower_, token.lemma_.lower()}
    return (
        token.dep_ == "conj"
        and token.i not in ctx.para.at
        and bool(words & ctx.vocab.list_extenders)
        and not any(c.dep_ == "nummod" for c in token.children)
    )


def patients(ctx: SentenceContext, verb: Any) -> list[Any]:
    """The acted-upon of a passive verb: its passive subject, or the noun its clause describes."""
    subjects = [antecedent(ctx, c) for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        return subjects  # "A, B, and C are being designated": the parse may give two
    auxiliary = any(c.dep_ == "auxpass" for c in verb.children)  # "… and was concurrently designated"
    if verb.dep_ == "conj" and auxiliary and passive(verb.head) and not own_subject(verb):
        return patients(ctx, verb.head)  # "X was identified as … and was concurrently designated"
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return [verb.head]
    inverted = [  # "Also designated today is Hassan Nasrallah": the name hangs on "is"
        antecedent(ctx, n)
        for c in verb.children
        if c.dep_ == "auxpass" and c.i > verb.i
        for n in c.children
        if n.dep_ in ("nsubj", "attr") and n.i > c.i
    ]
    return inverted


def _persons_first(ctx: SentenceContext, token: Any, named: list[Mention]) -> list[Mention]:
    """The persons of the names set beside a noun ("the head of the bureau, Ismail Haniyeh"), not
    the bodies of their titles; a common noun not for people names all of them ("front companies
    A, B and C"), whatever kind the model read each."""
    if token.pos_ == "NOUN" and not _of_people(ctx, token):
        return named
    return [m for m in named if m.kind == "person"] or named


def own_subject(verb: Any) -> bool:
    """Whether the verb has a subject of its own (not one inherited along coordination)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def named_actors(ctx: SentenceContext, token: Any) -> tuple[list[Mention], Span | None]:
    """The actors a noun phrase names, its conjuncts' too; and a pronoun's span if one was resolved."""
    found: list[Mention] = []
    pronoun: Span | None = None
    for head in conjuncts(token):
        mentions, resolved = phrase_actors(ctx, head)
        found.extend(m for m in mentions if m not in found)
        pronoun = pronoun or resolved
    return found, pronoun


def phrase_actors(ctx: SentenceContext, token: Any) -> tuple[list[Mention], Span | None]:
    para = ctx.para
    if token.i in para.at:
        mention = _possessed(para, para.at[token.i])
        listed = [  # "A, B, C and D" read as A with the apposition "B, C"
            m for c in token.children if c.dep_ == "appos" for m in _members(ctx, c) if m.kind == mention.kind
        ]
        return unique([mention, *listed]), None
    included = included_members(ctx, token)
    if included:
        return included, None
    sent_by = _sent_by(ctx, token)
    if sent_by:
        return sent_by, None
    aside = circumstances(token)
    phrase = [t for t in own_phrase(token) if t.i not in aside]
    appositions = [c for t in phrase if t.dep_ == "appos" for c in conjuncts(t)]  # "companies, A, B and C"
    named = unique([para.at[t.i] for t in appositions if t.i in para.at] + _stray_apposition(ctx, phrase))
    if named:
        return _persons_first(ctx, token, named), None
    if token.lower_ == "i" and token.tag_ == "PRP" and ctx.memory.voice is not None:
        return [ctx.memory.voice], para.token_span(token)
    if token.lower_ in ("we", "us") and token.tag_ == "PRP":  # the publisher, if it speaks for itself
        return [Mention(para.token_span(token), token.text, "organization", "publisher")], None
    if token.lower_ in PRONOUNS and token.tag_ == "PRP" and ctx.memory.last_person is not None:
        return [_the_other_party(ctx, token) or ctx.memory.last_person], para.token_span(token)
    if token.lower_ == "it" and token.tag_ == "PRP" and token.dep_ in SUBJECT_DEPS:
        body = _it_stands_for(ctx, token)
        if body is not None:
            return [body], para.token_span(token)
    if ctx.memory.consulted and _names_the_parties(ctx, token):
        return list(ctx.memory.consulted), None
    titled = _titled(ctx, token)
    if titled is not None:
        return [titled], None
    direct = [para.at[c.i] for c in token.children if c.i in para.at and c.dep_ in (*MODIFIER_DEPS, "prep")]
    direct += [para.at[t.i] for t in phrase if t.i in para.at and t.head.lower_ == "of" and t.dep_ == "pobj"]
    inside = [para.at[t.i] for t in phrase if t.i in para.at and not located(para, para.at[t.i], t)]
    candidates = unique(direct) or unique(inside)
    owners = {para.at[c.i] for c in token.children if c.dep_ == "poss" and c.i in para.at}
    # the possessor first: "Saudi Arabia's leadership of the Center" is Saudi Arabia's
    candidates.sort(key=lambda m: (m not in owners, KIND_ORDER.get(m.kind, 3)))
    states = demonyms(ctx, token) if token.lemma_.lower() in ctx.vocab.force_nouns else []
    if not candidates and states:
        return states, None  # "Saudi troops", "Iranian and Iraqi officials"
    return candidates[:1], None


def _the_other_party(ctx: SentenceContext, pronoun: Any) -> Mention | None:
    """ "He congratulated him": an object "him" is not the last person when that one acts in its
    clause, but the other person of the consultation told before."""
    verb, last = pronoun.head, ctx.memory.last_person
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    acting = last if subject is not None and subject.lower_ in ("he", "she") else None
    acting = acting or (ctx.para.at.get(subject.i) if subject is not None else None)
    if (
        pronoun.lower_ not in ("him", "her")
        or last is None
        or acting is None
        or party_key(acting) != party_key(last)
    ):
        return None
    others = [m for m in ctx.memory.consulted if m.kind == "person" and party_key(m) != party_key(last)]
    return others[-1] if others else None


def _sent_by(ctx: SentenceContext, token: Any) -> list[Mention]:
    """ "officials from Israel, Egypt and Jordan", "officials in Egypt", "officials from the
    Governments of Israel, the Netherlands and the United Kingdom": each state a delegate noun
    acts for (`delegate_nouns`; `state_body_nouns`). Officials a body names ("senior Hizballah
    officials in Lebanon") are that body's, wherever they are."""
    if token.lemma_.lower() not in ctx.vocab.delegate_nouns:
        return []
    named = [ctx.para.at[c.i] for c in token.children if c.dep_ in MODIFIER_DEPS and c.i in ctx.para.at]
    if any(m.kind != "place" for m in named):
        return []
    found: list[Mention] = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "in")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for member in conjuncts(obj):
                found.extend(_states_of(ctx, member))
    return unique(found)


def _states_of(ctx: SentenceContext, token: Any) -> list[Mention]:
    """The actors a word names; for a noun for the governing bodies of states, each state it is
    "of" ("the Governments of Israel, the Netherlands and the United Kingdom")."""
    if token.i in ctx.para.at:
        return [ctx.para.at[token.i]]
    if token.lemma_.lower() not in ctx.vocab.state_body_nouns:
        return []
    return [
        m
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for m in _members(ctx, obj)
    ]


def _members(ctx: SentenceContext, token: Any) -> list[Mention]:
    """The actors a list names, along its conjuncts and appositions: "A, B, C and D" (the parse
    hangs some members as appositions of others); a member written as a capitalised title before
    its holder's name ("Minister for Strategic Affairs Ron Dermer") is the holder."""
    found: list[Mention] = []
    queue, seen = [token], set()
    while queue:
        member = queue.pop(0)
        if member.i in seen:
            continue
        seen.add(member.i)
        holder = member if member.i in ctx.para.at else _title_holder(ctx, member)
        if holder is not None:
            found.append(ctx.para.at[holder.i])
        for word in (member, holder) if holder is not None else (member,):
            queue.extend(c for c in word.children if c.dep_ in ("conj", "appos") and c.pos_ in NOMINAL_POS)
    return unique(found)


def _title_holder(ctx: SentenceContext, token: Any) -> Any | None:
    """ "Chairman of the National Unity Party Benny Gantz": a capitalised office with no article,
    whose "of"/"for" phrase ends in a person's name, stands for that person."""
    doc = token.doc
    hyphen = token.i > 1 and doc[token.i - 1].text == "-"
    hyphened = f"{doc[token.i - 2].lower_}-{token.lower_}" if hyphen else ""  # "Secretary-General"
    office = token.lemma_.lower() in title_words() or hyphened in office_nouns()
    if not token.text[:1].isupper() or not office or any(c.dep_ == "det" for c in token.children):
        return None
    head = token
    for _ in range(3):  # "Secretary-General of the Service of the Union (EU) Stefano Sannino"
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
        head = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if head is None:
            return None
        for word in (head, *(c for c in head.children if c.dep_ == "appos")):  # "… Party, Leila Mansour"
            mention = ctx.para.at.get(word.i)
            if mention is not None and mention.kind == "person":
                return None if _titled_itself(word) else word
    return None


def _titled_itself(name: Any) -> bool:
    """ "Representative of President Mahmoud Abbas": a name with its own office before it is whom
    the office serves, not its holder."""
    return any(c.dep_ == "compound" and c.lower_ in title_words() for c in name.children)


def included_members(ctx: SentenceContext, token: Any) -> list[Mention]:
    """ "senior officials, including A, B and C", "leaders such as A and B": the named members
    of a group the text only describes; for a group of people, its persons when it names persons."""
    if token.i in ctx.para.at or token.tag_ not in ("NNS", "NNPS"):
        return []
    for prep in _list_prepositions(token):
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ == "prep" and (prep.lower_ == "including" or such_as):
            listed = [m for c in prep.children if c.dep_ == "pobj" for m in _members(ctx, c)]
            persons = [m for m in listed if m.kind == "person"] if _of_people(ctx, token) else []
            return persons or [m for m in listed if m.kind != "place"]
    return []


def _of_people(ctx: SentenceContext, noun: Any) -> bool:
    """A noun for people ("officials", "leaders", "ministers"): its members named are its persons,
    not the bodies named in their titles. Others ("institutions", "companies") hold whatever the
    list names, whatever kind the model read ("Bank Kargoshaee" as a person)."""
    lemma = noun.lemma_.lower()
    people = ctx.vocab.delegate_nouns | ctx.vocab.party_nouns | ctx.vocab.people_nouns | office_nouns()
    return lemma in people or noun.lower_ in people


def _list_prepositions(token: Any) -> Iterator[Any]:
    """The noun's prepositions, an "including" the parse hung on a single name inside its phrase,
    and those after it on the verb its phrase hangs on ("met with officials, including A and B":
    the parse hangs "including" on "met")."""
    yield from token.children
    yield from (  # "institutions owned by Bank Melli, including A, B …": no one name includes others
        t for t in token.subtree if t.lower_ == "including" and t.head.tag_ == "NNP" and t.head.i != token.i
    )
    first = token
    while first.dep_ == "conj":
        first = first.head
    holder = first.head if first.dep_ == "pobj" else first
    verb = holder.head if holder.dep_ in ("prep", "dobj") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        yield from (c for c in verb.children if c.i > token.i)


def _stray_apposition(ctx: SentenceContext, phrase: list[Any]) -> list[Mention]:
    """ "met the President of the Palestinian Authority, Mr. Mahmoud Abbas, in …", "between the Army
    and the terrorist group, Fatah al-Islam.": a name set off by commas right after the phrase is
    its apposition, though the parse hangs it on the verb (npadvmod)."""
    doc, para = phrase[0].doc, ctx.para
    comma = max(t.i for t in phrase) + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    start = comma + 1
    while start < len(doc) and start not in para.at and doc[start].dep_ == "compound":  # "Mr."
        start += 1
    mention = para.at.get(start)
    if mention is None:
        return []
    words = sorted(para.tokens.get(mention, frozenset()))
    head = next((doc[i] for i in words if doc[i].head.i not in words), None)
    after = words[-1] + 1 if words else len(doc)
    closed = after >= len(doc) or doc[after].is_punct
    stray = head is not None and head.dep_ == "npadvmod" and head.head.i not in {t.i for t in phrase}
    return [mention] if stray and closed else []


def circumstances(token: Any) -> set[int]:
    """The words below a noun that tell its circumstances ("under the auspices of X") or its topic
    ("the national emergency with respect to the actions of the Government of Syria")."""
    preps = [
        p
        for p in token.subtree
        if p.dep_ == "prep" and (p.lower_ in CIRCUMSTANCE_PREPOSITIONS or regarding(p))
    ]
    return {t.i for p in preps for t in p.subtree}


def regarding(prep: Any) -> bool:
    """ "with respect to", "with regard to", "in relation to": a topic, not a party."""
    return prep.lower_ in ("with", "in") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in TOPIC_NOUNS for c in prep.children
    )


def located(para: ParsedParagraph, mention: Mention, token: Any) -> bool:
    """ "targets in Syria": a place in a place phrase of the noun (looked at through ``token``, a
    word of its name) is where, not whom; a place or facility in an "at" phrase is a venue ("a
    delegation at the White House"), read at the head of its name. "Officials at the State
    Department" are of it: a body is no venue. (A place of several words, "the Red Sea", passes
    through its other words: the article layer makes a place that no government stands for the
    event's place, on either side.)"""
    root = mention_root(para, mention)
    at = root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPOSITIONS
    if at and (mention.kind == "place" or root.ent_type_ == "FAC"):
        return True
    return mention.kind == "place" and token.dep_ == "pobj" and token.head.lower_ in LOCATING_PREPOSITIONS


def _possessed(para: ParsedParagraph, mention: Mention) -> Mention:
    """ "the Department of the Treasury's Office of Foreign Assets Control": a name that ends in a
    possessive names the owner of the body that acts, and the parse may hang the whole phrase on
    the owner's head."""
    for i in para.tokens.get(mention, frozenset()):
        token = para.doc[i]
        owned = para.at.get(token.head.i)
        if token.dep_ == "poss" and owned is not None and owned != mention:
            return owned
    return mention


def demonyms(ctx: SentenceContext, noun: Any) -> list[Mention]:
    """ "Turkish" in "Turkish jets", "Israeli, Greek and Moldovan" in "the Israeli, Greek and Moldovan
    governments": the states, as mentions of origin "demonym" whose text is the adjective (the
    article layer turns each into the government of the adjective's country, or, for "Israeli
    soldiers", into the country's armed forces when the KB has them: origin "demonym-force";
    "Saudi-led": origin "demonym-led")."""
    origin = "demonym-force" if noun.lemma_.lower() in ctx.vocab.military_nouns else "demonym"
    before = noun.doc[noun.left_edge.i : noun.i]  # the parse may hang a listed one anywhere in it
    words = [t for t in before if t.lower_ in ctx.vocab.demonyms and _modifies(t, noun)]
    led = [t for t in before if t.lower_ in ctx.vocab.demonyms and _leads(t, noun)]  # "Saudi-led raid"
    return unique(
        [Mention(ctx.para.token_span(word), word.text, "organization", origin) for word in words]
        + [Mention(ctx.para.token_span(word), word.text, "organization", "demonym-led") for word in led]
    )


def _leads(word: Any, noun: Any) -> bool:
    """ "Saudi-led" on the noun: the state that leads what the noun names (the article layer reads
    it as the coalition the KB has that state's government lead, else the government)."""
    return bool(word.head.lemma_.lower() == "lead" and word.head.tag_ == "VBN" and word.head.head.i == noun.i)


def _modifies(word: Any, noun: Any) -> bool:
    """Whether an adjective modifies the noun, itself or as a member of a list that does ("the
    Israeli, Greek and Moldovan governments", where the parse may hang the list on "the"); not
    "Iranian-enabled attacks", nor "the Israeli and Egyptian governments' talks" for "talks"."""
    while word.dep_ in ("conj", "preconj") and word.head is not word:
        word = word.head
    return bool(word.head.i == noun.i)


def _names_the_parties(ctx: SentenceContext, token: Any) -> bool:
    """ "The two leaders", "both sides", "Both", "they", "the National Security Advisors" (an office,
    vocab/office-nouns.txt): the parties of the story's last consultation."""
    nouns = ctx.vocab.party_nouns | office_nouns()
    # "the National Security Advisors": the parser tags a capitalised plural as a singular name
    capitalised = token.tag_ == "NNP" and token.lower_.endswith("s") and token.lower_[:-1] in nouns
    plural = capitalised or (token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in nouns)
    definite = any(c.lower_ in ("the", "both", "two", "all") for c in token.children)  # not "leaders from X"
    they = token.lower_ == "they" and token.dep_ in SUBJECT_DEPS  # "… progress, which they welcomed"
    return (plural and definite) or they or (token.lower_ == "both" and token.dep_ in SUBJECT_DEPS)


def _titled(ctx: SentenceContext, token: Any) -> Mention | None:
    """ "the President" (a title noun with "the", no name): the last person mention titled so."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in title_words():
        return None  # "the President", "the Under Secretary"
    owned = token.head.children if token.dep_ == "poss" else ()  # "the Prime Minister's decision"
    determined = [*token.children, *owned]
    if not any(c.lower_ == "the" for c in determined):
        return None
    words = {t.lower_ for t in own_phrase(token) if t.lower_ != "the" and t.dep_ != "case"}
    for mention in reversed(ctx.memory.titled):
        its_title = set((mention.title or "").lower().replace("-", " ").split())
        if words <= its_title | {token.lower_} and token.lower_ in its_title:
            return mention
    return None


def unique(mentions: list[Mention]) -> list[Mention]:
    return list(dict.fromkeys(mentions))


def acting_actors(
    ctx: SentenceContext, token: Any, trigger: Trigger | None
) -> tuple[list[Mention], Span | None, Any]:
    """The acting actors, their pronoun, and the token that named them."""
    agent = False
    acting = token  # the verb "it" must be the subject of: "it will give aid" gives the aid
    if nominal(token):
        answering = _answering_for(ctx, token)  # "Hamas claimed responsibility for the attack"
        answering = answering if answering is not None else _done_through(ctx, token)
        on_the_noun = _acting_on_the_noun(ctx, token, trigger) if answering is None else None
        if on_the_noun is not None:
            return on_the_noun
        verb = governing_verb(token)
        acting = verb if verb is not None else token
        subject = subject_token(verb) if verb is not None and _carries(ctx, token, verb) else None
        subject = answering or subject
        if verb is not None and token.dep_ == "nsubjpass" and _done_by(ctx, verb):  # "was carried out by X"
            subject = next((o for o in instruments(verb) if o.head.dep_ == "agent"), None)
            agent = True
    elif passive(token):
        subject = next((o for o in instruments(token) if o.head.dep_ == "agent"), None)
    elif _on_a_light_object(ctx, token):
        subject = subject_token(token.head.head)  # "Treasury took action designating X": Treasury
    else:
        subject = subject_token(token)
    if subject is None or (subject.lower_ == "it" and not _its_own_subject(acting, subject)):
        return [], None, None
    subject = antecedent(ctx, subject)
    found, pronoun = named_actors(ctx, subject)
    if agent:  # "the raid was conducted by Israeli troops in the West Bank": not the West Bank
        found = [m for m in found if not _a_town(m)]
    return found, pronoun, subject


def _answering_for(ctx: SentenceContext, noun: Any) -> Any | None:
    """ "Hamas claimed responsibility for the attack", "Abu Dura was responsible for the
    kidnapping of X", "Daqduq is a commander responsible for attacks": who answers for an act
    (`responsibility_words`) did it."""
    word = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if word is None or word.lemma_.lower() not in ctx.vocab.responsibility_words:
        return None
    if word.pos_ == "NOUN":  # "Hamas's responsibility for", "claimed responsibility for": the verb's subject
        owner = next((c for c in word.children if c.dep_ == "poss"), None)
        claimed = word.dep_ == "dobj" and word.head.lemma_.lower() in ctx.vocab.responsibility_verbs
        return owner if owner is not None else subject_token(word.head) if claimed else None
    if word.dep_ == "acomp":  # "X was responsible for"
        return subject_token(word.head)
    holder = word.head if word.dep_ in ("amod", "acl") else None  # "a commander responsible for"
    if holder is None:
        return None
    if holder.dep_ == "appos":  # "X, a commander responsible for"
        return holder.head
    if holder.dep_ == "attr":  # "X is a commander responsible for"
        return subject_token(holder.head)
    return holder if holder.i in ctx.para.at else None


def _done_through(ctx: SentenceContext, noun: Any) -> Any | None:
    """ "the European Union and Canada's adoption of new sanctions", "the imposition of sanctions
    by Japan": the owner, or the "by" agent, of a noun of carrying out (`doing_nouns`) does the
    act it is "of"."""
    word = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if word is None or word.pos_ != "NOUN" or word.lemma_.lower() not in ctx.vocab.doing_nouns:
        return None
    owner = next((c for c in word.children if c.dep_ == "poss"), None)
    by = [o for c in word.children if c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    doer = owner if owner is not None else by[0] if by else None
    named = doer is not None and (doer.i in ctx.para.at or doer.tag_ in ("PRP", "PRP$"))
    return doer if named else None  # "the launch of airstrikes … by nightfall": no doer


def _done_by(ctx: SentenceContext, verb: Any) -> bool:
    """A light verb whose passive agent did the act its subject names ("the attack was carried out
    by X"); one that only takes part in it does not ("the meeting was attended by X")."""
    lemma = verb.lemma_.lower()
    return lemma in ctx.vocab.light_verbs and lemma not in ctx.vocab.participation_verbs


def undergone_by(ctx: SentenceContext, noun: Any) -> Any | None:
    """The possessor of a noun of an act undergone (`undergone_nouns`) with no "of" phrase:
    "Navalny's arrest", "his detention" — who undergoes it."""
    if noun.lemma_.lower() not in ctx.vocab.undergone_nouns or any(c.lower_ == "of" for c in noun.children):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _acting_on_the_noun(
    ctx: SentenceContext, token: Any, trigger: Trigger | None
) -> tuple[list[Mention], Span | None, Any] | None:
    """The acting actors an event noun names itself: the parties "between" whom, the speaker who
    carries it, its modifiers ("Hamas rocket attacks", "Turkish airstrikes") or its "by" phrase."""
    between = parties(ctx, token)
    if between:
        return between, None, token
    speaker = _speaker_of_a_carried_noun(token, trigger)
    if speaker is not None:  # "He conveyed the United States' support": he, who speaks
        found, pronoun = named_actors(ctx, antecedent(ctx, speaker))
        if found:
            return found, pronoun, speaker
    undergoer = undergone_by(ctx, token)
    modifiers = [
        ctx.para.at[c.i]
        for c in token.children
        if c.i in ctx.para.at and c.dep_ in MODIFIER_DEPS and (undergoer is None or c.i != undergoer.i)
    ]
    if modifiers:
        return unique(modifiers), None, token
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if trigger is not None and trigger.by_publisher:
        owner = None  # "following its 2024 designation": what is owned here is undergone
    owning = _its_antecedent(ctx, owner) if owner is not None else None
    if owner is not None and owning is not None:
        return [owning], ctx.para.token_span(owner), owner
    states = demonyms(ctx, token)
    if states:
        return states, None, token  # "Turkish airstrikes"
    done_by = [  # "the sanctions imposed by the US": the agent of a light verb's participle
        agent
        for c in token.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and _done_by(ctx, c)
        for agent in c.children
    ]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                found, pronoun = named_actors(ctx, obj)
                return found, pronoun, obj
    for obj in (c for agent in done_by if agent.dep_ == "agent" for c in agent.children if c.dep_ == "pobj"):
        found, pronoun = named_actors(ctx, obj)
        found = [m for m in found if not _a_town(m)]  # "carried out by two gunmen in Tel Aviv"
        if found:  # "attacks carried out by drones": the drones name no one; read on
            return found, pronoun, obj
    return None


def _its_antecedent(ctx: SentenceContext, its: Any) -> Mention | None:
    """ "Russia's ability to fund its war", "Iran ended its cooperation": "its" stands for the
    nearest state or body named before it in the sentence (a person is never "it"); an unnamed
    subject or object in between ("the buyer had begun its war") is the owner, and names none."""
    doc = its.doc
    for i in range(its.i - 1, ctx.sent.start - 1, -1):
        mention = ctx.para.at.get(i)
        if mention is not None and _a_town(mention):
            continue  # "Russia shelled Kharkiv during its offensive": a city is not "it"
        if mention is not None:
            return None if mention.kind == "person" else mention
        owners = [ctx.para.at[c.i] for c in doc[i].children if c.dep_ == "poss" and c.i in ctx.para.at]
        if doc[i].pos_ == "NOUN" and owners:  # "limiting Russia's ability to fund its war"
            return owners[0] if owners[0].kind != "person" else None
        if doc[i].pos_ == "NOUN" and doc[i].dep_ in ("nsubj", "nsubjpass"):
            return None
    return None


def _its_own_subject(verb: Any, it: Any) -> bool:
    """ "It attacked X and killed Y", "it began bombarding Gaza": "it" is the subject of the act,
    along coordination and control; in "when it comes to demanding access" and "it is a pleasure
    to visit" (an "it" of "be": what follows is the subject), it is no one's."""
    if it.head.lemma_ == "be":
        return False
    while verb.i != it.head.i and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return bool(verb.i == it.head.i)


def _it_stands_for(ctx: SentenceContext, it: Any) -> Mention | None:
    """ "Hamas said it fired the rockets": the nearest subject before "it" of a verb "it" is said
    under (not "The State Department said Iran was arming the Houthis, and it imposed …": Iran is
    the subject of a clause "it" is not in), when it names a state or body; "Hezbollah … . It was
    also designated …": at the head of a sentence, the state or body the last sentence was about
    (`body_subject`)."""
    above = {t.i for t in it.ancestors}
    for token in reversed(ctx.sent[: it.i - ctx.sent.start]):
        if token.dep_ not in SUBJECT_DEPS or token.head.i not in above:
            continue
        if token.lower_ == "it" and token.tag_ == "PRP":
            return _it_stands_for(ctx, token)
        mention = ctx.para.at.get(token.i)
        if mention is None or mention.kind == "person" or _a_town(mention):
            return None
        return _possessed(ctx.para, mention)
    heads_its_sentence = not any(a.i < it.i for a in it.ancestors)
    return ctx.memory.last_body if heads_its_sentence else None


def body_subject(para: ParsedParagraph, sent: Any, last: Mention | None) -> Mention | None:
    """What a next sentence's "it" stands for: the subject of this sentence's main verb when it
    names a state or body (not a person, not a town) and no other body is its object ("OFAC
    designated the Central Bank of Iran. It was also sanctioned by the EU": either could be "it");
    still the last one when the subject is "it" itself; else nothing (a ship or a deal may be "it"
    too)."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or (subject.lower_ == "it" and subject.tag_ == "PRP"):
        return last
    mention = para.at.get(subject.i)
    if mention is None or mention.kind == "person" or _a_town(mention):
        return None
    objects = [para.at[t.i] for c in root.children if c.dep_ == "dobj" for t in c.subtree if t.i in para.at]
    if any(m.kind != "person" and m != mention for m in objects):
        return None
    return _possessed(para, mention)


def _a_town(mention: Mention) -> bool:
    """A place below a country: a place mention that names no country, or a name the KB does not
    know that the gazetteer places ("Kharkiv", which the model may tag as an organization)."""
    if mention.kind == "person" or gazetteer().country_named(mention.text) is not None:
        return False
    return mention.kind == "place" or (not mention.actors and gazetteer().lookup(mention.text) is not None)


def _speaker_of_a_carried_noun(token: Any, trigger: Trigger | None) -> Any | None:
    """The subject of the verb that carries a said noun ("reiterated the United States' support",
    "expressed his appreciation"): the speaker is its source, whatever the noun's possessor."""
    if trigger is None or not trigger.needs or token.dep_ != "dobj":
        return None
    verb = token.head
    if verb.lower_ not in trigger.needs and verb.lemma_.lower() not in trigger.needs:
        return None
    return subject_token(verb)


def _on_a_light_object(ctx: SentenceContext, verb: Any) -> bool:
    """A participle on the object of a light verb ("took action designating X", "launched a
    campaign targeting Y") is done by that verb's subject."""
    noun = verb.head
    return bool(
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.dep_ in ("dobj", "pobj")
        and noun.head.lemma_.lower() in ctx.vocab.light_verbs
    )


def amount_of(noun: Any) -> Any | None:
    """The sum a noun is counted in: "$100 million in humanitarian assistance"."""
    holder = noun.head.head
    return (
        holder if noun.dep_ == "pobj" and noun.head.lower_ == "in" and holder.ent_type_ == "MONEY" else None
    )


def _carries(ctx: SentenceContext, noun: Any, verb: Any) -> bool:
    """Whether the verb's subject is the noun event's agent: "X held talks", "X expressed support"
    (a light verb), "in phone calls with …, X stressed" (an adjunct) — but not "X condemned the
    attack" or "X welcomed the release", whose agents are someone else; nor "X discussed the
    pause in the fighting" (a noun on another noun: the verb's subject acts on that one)."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "in the wake of the attack and the resulting conflict"
    if noun.dep_ == "pobj" and noun.head.head.pos_ not in ("VERB", "AUX"):
        holder = noun.head.head
        if amount_of(noun) is not None:  # "$66 million in assistance": the amount stands for it
            return _carries(ctx, holder, verb)
        measured = holder.lemma_.lower() in ctx.vocab.event_measure_nouns  # "a wave of X", not "shadow of X"
        return noun.head.lower_ == "of" and nominal(holder) and measured and _carries(ctx, holder, verb)
    if noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPOSITIONS:
        return False  # "addressed the nation over the current battle": the battle is a topic
    if noun.dep_ == "pobj" and noun.head.lower_ == "against":
        return False  # "directed this action to defend our personnel against these attacks"
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "conj", "appos"):
        return True
    return verb.lemma_.lower() in ctx.vocab.light_verbs


def parties(ctx: SentenceContext, token: Any) -> list[Mention]:
    """The parties of "fighting between A and B"; the "between" may hang on the verb the event noun
    is the subject of ("fighting resumed between A and B"), or on a noun coordinated with it
    ("fighting and an exchange of fire between A and B")."""
    holders = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    if token.dep_ in SUBJECT_DEPS or token.dep_ == "compound":  # "the ceasefire deal between A and B"
        holders.append(token.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ctx.vocab.party_prepositions:
                return [m for obj in child.children if obj.dep_ == "pobj" for m in named_actors(ctx, obj)[0]]
    return []
