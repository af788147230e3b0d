"""Who did what to whom, when and where (``events.v1``), read from the dependency parse.

A *trigger* (a verb or noun of ``vocab/events.yaml``: "talked to", "condemned", "airstrike") names
an event; the parse around it gives the acting and acted-upon actors, the date, the place, the
counts of dead and wounded, the outlet that reports it, its modality and negation. The traps of
NLP-NOTES §2 are handled by rules on the parse, not on words:

- a coordinated verb with no subject of its own takes its head's — except when its head is the
  verb of a reported clause and its tense is the reporting verb's ("X told Y that Iran stands …
  and condemned Israel": *condemned* agrees with *told*, so X condemned, not Iran);
- a relative clause on a party of "between X and Y" belongs to the event noun the pair hangs on
  ("fighting between Israel and Hamas, which has claimed 181 lives" — the fighting did);
- a passive verb whose agent or "in" phrase is itself an event noun folds into that event
  ("Soleimani, who was killed in a US airstrike in Baghdad": one aerial strike by the US on
  Soleimani, in Baghdad);
- coordinated objects are all kept, and a conjunct the parse lost to a later verb is found by
  reading on after ", and" ("talked to A, and B, said IRNA");
- "he"/"she" is the last person who was a subject; "the President" the last mention titled so.

Dates come from ``dates.v1``: the date attached to the event's own clause; a "since X" on a
superlative ("the heaviest fighting since 2014") is a comparison window, not a date. An event
whose clause gives no date is left undated here; the article layer dates it by its report. An
event dated well before the publication is *background*. Pure: no database, no KB lookups.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.dates import DateRef, find_dates
from dabir.extract.event_parse import (
    CLAUSE_DEPS,
    SUBJECT_DEPS,
    clause_children,
    conjuncts,
    governing_verb,
    instruments,
    of_object,
    passive,
    subject_token,
    with_conjunct_verbs,
)
from dabir.extract.event_vocab import EventVocabulary, Trigger, load_vocabulary
from dabir.extract.mentions import Paragraph
from dabir.extract.numbers import read_number
from dabir.extract.parsed import MentionsByField, ParsedParagraph, index_paragraph, mention_root
from dabir.types import Span
from dabir.vocab import titles

COMPONENT = "events.v1"
BACKGROUND_DAYS = 14  # an event that ended this long before the publication is recalled, not news
MAX_SENTENCE_TOKENS = 250  # a longer "sentence" is a list or a text without stops: not read for events
PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "around", "inside", "across", "on", "into", "over"}
)
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
KIND_ORDER = {"person": 0, "organization": 1, "group": 1, "place": 2}


@dataclass(frozen=True)
class Count:
    kind: str  # killed | injured | arrested | displaced | strikes
    n: int
    approx: bool  # "dozens"
    bound: bool  # "at least", "more than"
    place: Mention | None
    span: Span  # the number and the counted noun


@dataclass(frozen=True)
class EventFact:
    code: str
    trigger: Span
    trigger_text: str
    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]
    date: DateRef | None  # the date the event's own clause gives
    place: Mention | None
    counts: tuple[Count, ...]
    reported_by: Mention | None
    reported_by_text: str | None  # "state media": a reporting source that names no actor
    modality: str  # asserted | claimed | denied | threatened | planned
    negated: bool
    background: bool
    evidence: Span
    confidence: float
    pronoun: Span | None = None  # the "he" a source was resolved from


@dataclass
class _Memory:
    """What the reader remembers across paragraphs: the last person subject, titled mentions."""

    last_person: Mention | None = None
    titled: list[Mention] = field(default_factory=list)
    acting: dict[str, tuple[Mention, ...]] = field(default_factory=dict)  # root code → last sources
    consulted: tuple[Mention, ...] = ()  # the parties of the last consultation ("the two leaders")
    voice: Mention | None = None  # who "I" is: the person a title gives remarks or a statement by


@dataclass(frozen=True)
class _Sentence:
    para: ParsedParagraph
    sent: Any
    dates: dict[int, DateRef]  # token index of a date's root → the date
    phone: bool  # a telephone cue is in context
    memory: _Memory
    vocab: EventVocabulary
    media: frozenset[str]
    anchor: date | None


def find_events(
    paragraphs: Sequence[Paragraph],
    mentions: Sequence[Mention],
    anchor: date | None,
    media: frozenset[str],
    vocab: EventVocabulary | None = None,
) -> list[EventFact]:
    """The events of an article's paragraphs (in reading order). ``mentions`` carry field offsets;
    ``media`` are the ids of news outlets (a reporting source, never an actor of the event)."""
    vocab = vocab or load_vocabulary()
    memory = _Memory()
    title_words = {
        t.lower_ for p in paragraphs if p.field == "title" for t in p.doc
    }  # a readout titled "…'s Call with …"
    found: list[EventFact] = []
    previous_words: set[str] = set()
    by_field = MentionsByField(mentions)
    for paragraph in paragraphs:
        inside = by_field.of(paragraph)
        para = index_paragraph(paragraph.doc, paragraph.field, paragraph.offset, inside)
        if paragraph.field == "title":
            memory.voice = memory.voice or _voice(para)
        words = {t.lower_ for t in paragraph.doc}
        phone = bool((words | previous_words | title_words) & vocab.phone_cues)
        dates = _dates_by_root(para, anchor) if anchor else {}
        for sent in paragraph.doc.sents:
            if len(sent) > MAX_SENTENCE_TOKENS:
                continue  # reading it is quadratic in its length, and it is no sentence of news
            context = _Sentence(para, sent, dates, phone, memory, vocab, media, anchor)
            found.extend(_sentence_events(context))
            _remember(para, sent, memory)
        previous_words = words
    return found


def _dates_by_root(para: ParsedParagraph, anchor: date) -> dict[int, DateRef]:
    by_root: dict[int, DateRef] = {}
    for ref in find_dates(para.doc, para.field, para.offset, anchor):
        assert ref.span is not None
        span = para.doc.char_span(
            ref.span.start - para.offset, ref.span.end - para.offset, alignment_mode="expand"
        )
        if span is not None:
            by_root[span.root.i] = ref
    return by_root


def _voice(para: ParsedParagraph) -> Mention | None:
    """ "Remarks by Vice President Harris …", "Statement from President Joe Biden on …": the
    person whose words the document is, so that its "I" is that person."""
    for token in para.doc:
        if token.lower_ not in ("by", "from"):
            continue
        following = [para.at[t.i] for t in para.doc[token.i + 1 : token.i + 6] if t.i in para.at]
        persons = [m for m in following if m.kind == "person"]
        if persons:
            return persons[0]
    return None


def _remember(para: ParsedParagraph, sent: Any, memory: _Memory) -> None:
    for token in sent:
        mention = para.at.get(token.i)
        if mention is None or mention.kind != "person":
            continue
        if mention.title and mention not in memory.titled:
            memory.titled.append(mention)
        root = mention_root(para, mention)
        if root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS):
            memory.last_person = mention


# --- triggers -------------------------------------------------------------------------------


def _trigger_of(token: Any, sent_words: frozenset[str], vocab: EventVocabulary) -> Trigger | None:
    pos = "VERB" if token.pos_ == "VERB" else "NOUN" if token.pos_ == "NOUN" else None
    if pos is None:
        return None
    for trigger in vocab.triggers.get((token.lemma_.lower(), pos), ()):
        if trigger.modifiers and not {c.lower_ for c in token.children if c.dep_ in MODIFIER_DEPS} & (
            trigger.modifiers
        ):
            continue
        if trigger.needs and not sent_words & trigger.needs:
            continue
        if trigger.needs_object and not _has_object(token, trigger):
            continue
        return trigger
    return None


def _has_object(token: Any, trigger: Trigger) -> bool:
    objects = ("nsubjpass",) if trigger.topic_object else (*OBJECT_DEPS, "nsubjpass", "ccomp", "attr")
    for child in token.children:
        if child.dep_ in objects:
            return True
        if child.dep_ == "prep" and child.lower_ in trigger.targets:
            return True
    return token.dep_ in ("relcl", "acl") and token.tag_ == "VBN"


def _naming_code(token: Any, vocab: EventVocabulary) -> str | None:
    """ "X called Y a terrorist base": a naming verb with a loaded label is a criticism (or praise)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in vocab.naming_verbs:
        return None
    if not any(c.dep_ in OBJECT_DEPS for c in token.children):
        return None
    label = {
        w.lower_
        for c in token.children
        if c.dep_ in ("oprd", "xcomp", "attr") or (c.dep_ == "conj" and c.pos_ == "NOUN")
        for w in c.subtree
    }
    if label & vocab.negative_labels:
        return vocab.naming_codes["negative"]
    if label & vocab.positive_labels:
        return vocab.naming_codes["positive"]
    return None


# --- one sentence ---------------------------------------------------------------------------


def _sentence_events(ctx: _Sentence) -> Iterator[EventFact]:
    words = frozenset(t.lower_ for t in ctx.sent)
    triggers: dict[int, tuple[Any, Trigger | None, str]] = {}
    for token in ctx.sent:
        if token.i in ctx.para.at:
            continue  # a word of a name ("Strike Force") names no event
        trigger = _trigger_of(token, words, ctx.vocab)
        code = _naming_code(token, ctx.vocab) if trigger is None else _code(token, trigger, ctx)
        if code is not None:
            triggers[token.i] = (token, trigger, code)
    triggers = _compounds_folded(triggers)
    folded = _folds(ctx, triggers)
    for index, (token, trigger, code) in triggers.items():
        if index in folded:
            continue
        parts = [token, *(ctx.para.doc[i] for i, into in folded.items() if into == index)]
        event = _event(ctx, token, trigger, code, parts)
        if event is not None:
            yield event


def _compounds_folded(
    triggers: dict[int, tuple[Any, Trigger | None, str]],
) -> dict[int, tuple[Any, Trigger | None, str]]:
    """ "rocket attacks": one event, named by the head noun with the modifier's more specific code."""
    kept = dict(triggers)
    for index, (token, _trigger, code) in triggers.items():
        head = triggers.get(token.head.i)
        if token.dep_ in ("compound", "amod", "nmod") and head is not None and token.head.i != index:
            head_token, head_trigger, head_code = kept[token.head.i]
            kept[token.head.i] = (head_token, head_trigger, code if head_code.endswith("0") else head_code)
            del kept[index]
    return kept


def _code(token: Any, trigger: Trigger, ctx: _Sentence) -> str:
    if trigger.phone and ctx.phone:
        return trigger.phone
    if trigger.military:
        clause = {t.lower_ for t in token.subtree} | {t.lemma_.lower() for t in token.subtree}
        if clause & ctx.vocab.military_cues:
            return trigger.military
    return trigger.code


def _folds(ctx: _Sentence, triggers: dict[int, tuple[Any, Trigger | None, str]]) -> dict[int, int]:
    """Verbs that only tell more about an event noun: token index → the noun's index.

    A count verb whose subject is an event noun ("the fighting … killed 10 people"), and a passive
    verb whose agent or "in" phrase is one ("killed in a US airstrike")."""
    nouns = {i for i, (t, _, _) in triggers.items() if t.pos_ == "NOUN"}
    folds: dict[int, int] = {}
    for token in ctx.sent:
        if token.pos_ != "VERB" or token.i in nouns:
            continue
        into = _event_noun_acting(ctx, token, nouns)
        if into is None and passive(token):
            into = next((o.i for o in instruments(token) if o.i in nouns), None)
        if into is not None and (token.i in triggers or token.lemma_.lower() in ctx.vocab.count_verbs):
            folds[token.i] = into
    return folds


def _event_noun_acting(ctx: _Sentence, verb: Any, nouns: set[int]) -> int | None:
    subject = subject_token(verb)
    if subject is None:
        return None
    subject = _antecedent(ctx, subject)
    if subject is not None and subject.i in nouns and subject.lemma_.lower() in ctx.vocab.event_nouns:
        return int(subject.i)
    return None


# --- subjects, objects and the actors they name ---------------------------------------------------


def _antecedent(ctx: _Sentence, token: Any) -> Any:
    """A relative pronoun stands for the noun its clause hangs on; a clause on a party of
    "between X and Y" belongs to the event noun the pair hangs on."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        token = token.head.head
    party = token
    while party.dep_ == "conj":
        party = party.head
    if party.dep_ == "pobj" and party.head.lower_ in ctx.vocab.party_prepositions:
        event = party.head.head
        if event.lemma_.lower() in ctx.vocab.event_nouns:
            return event
    return token


def _patients(ctx: _Sentence, verb: Any) -> list[Any]:
    """The acted-upon of a passive verb: its passive subject, or the noun its clause describes."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return [_antecedent(ctx, child)]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return [verb.head]
    return []


def _actors(ctx: _Sentence, token: Any) -> tuple[list[Mention], Span | None]:
    """The actors a noun phrase names, its conjuncts' too; and a pronoun's span if one was resolved."""
    found: list[Mention] = []
    pronoun: Span | None = None
    for head in conjuncts(token):
        mentions, resolved = _phrase_actors(ctx, head)
        found.extend(m for m in mentions if m not in found)
        pronoun = pronoun or resolved
    return found, pronoun


def _phrase_actors(ctx: _Sentence, token: Any) -> tuple[list[Mention], Span | None]:
    para = ctx.para
    if token.i in para.at:
        return [para.at[token.i]], None
    phrase = list(clause_children(token))
    named = [para.at[t.i] for t in phrase if t.dep_ == "appos" and t.i in para.at]
    persons = [m for m in named if m.kind == "person"]
    if persons or named:
        return [(persons or named)[0]], None
    if token.lower_ == "i" and token.tag_ == "PRP" and ctx.memory.voice is not None:
        return [ctx.memory.voice], para.token_span(token)
    if token.lower_ in PRONOUNS and token.tag_ == "PRP" and ctx.memory.last_person is not None:
        return [ctx.memory.last_person], para.token_span(token)
    if ctx.memory.consulted and _names_the_parties(ctx, token):
        return list(ctx.memory.consulted), None
    titled = _titled(ctx, token)
    if titled is not None:
        return [titled], None
    direct = [para.at[c.i] for c in token.children if c.i in para.at and c.dep_ in (*MODIFIER_DEPS, "prep")]
    direct += [para.at[t.i] for t in phrase if t.i in para.at and t.head.lower_ == "of" and t.dep_ == "pobj"]
    inside = [para.at[t.i] for t in phrase if t.i in para.at]
    candidates = _unique(direct) or _unique(inside)
    candidates.sort(key=lambda m: KIND_ORDER.get(m.kind, 3))
    return candidates[:1], None


def _names_the_parties(ctx: _Sentence, token: Any) -> bool:
    """ "The two leaders", "both sides", "Both": the parties of the story's last consultation."""
    plural = token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in ctx.vocab.party_nouns
    return plural or (token.lower_ == "both" and token.dep_ in SUBJECT_DEPS)


def _titled(ctx: _Sentence, token: Any) -> Mention | None:
    """ "the President" (a title noun with "the", no name): the last person mention titled so."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in titles():
        return None
    if not any(c.lower_ == "the" for c in token.children):
        return None
    words = {w for t in clause_children(token) for w in [t.lower_] if t.lower_ != "the"}
    for mention in reversed(ctx.memory.titled):
        title_words = set((mention.title or "").lower().replace("-", " ").split())
        if words <= title_words | {token.lower_} and token.lower_ in title_words:
            return mention
    return None


def _unique(mentions: list[Mention]) -> list[Mention]:
    return list(dict.fromkeys(mentions))


def _sources(ctx: _Sentence, token: Any, trigger: Trigger | None) -> tuple[list[Mention], Span | None, Any]:
    """The acting actors, their pronoun, and the token that named them."""
    if token.pos_ == "NOUN":
        parties = _parties(ctx, token)
        if parties:
            return parties, None, token
        modifiers = [
            ctx.para.at[c.i] for c in token.children if c.i in ctx.para.at and c.dep_ in MODIFIER_DEPS
        ]
        if modifiers:
            return _unique(modifiers), None, token
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    found, pronoun = _actors(ctx, obj)
                    return found, pronoun, obj
        verb = governing_verb(token)
        subject = subject_token(verb) if verb is not None and _carries(ctx, token, verb) else None
    elif passive(token):
        subject = next((o for o in instruments(token) if o.head.dep_ == "agent"), None)
    else:
        subject = subject_token(token)
    if subject is None:
        return [], None, None
    subject = _antecedent(ctx, subject)
    found, pronoun = _actors(ctx, subject)
    return found, pronoun, subject


def _carries(ctx: _Sentence, noun: Any, verb: Any) -> bool:
    """Whether the verb's subject is the noun event's agent: "X held talks", "X expressed support"
    (a light verb), "in phone calls with …, X stressed" (an adjunct) — but not "X condemned the
    attack" or "X welcomed the release", whose agents are someone else."""
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "conj", "appos"):
        return True
    return verb.lemma_.lower() in ctx.vocab.light_verbs


def _parties(ctx: _Sentence, token: Any) -> list[Mention]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ctx.vocab.party_prepositions:
            return [m for obj in child.children if obj.dep_ == "pobj" for m in _actors(ctx, obj)[0]]
    return []


def _targets(ctx: _Sentence, token: Any, trigger: Trigger | None, parts: list[Any]) -> list[Mention]:
    found: list[Mention] = []
    if token.pos_ == "NOUN" and _parties(ctx, token):
        return _parties(ctx, token)
    objects = _object_tokens(token, trigger)
    for part in parts[1:]:
        objects.extend(_patients(ctx, part) if passive(part) else [])
    if token.pos_ == "VERB" and passive(token):
        objects.extend(_patients(ctx, token))
    if not objects and token.pos_ == "NOUN" and trigger is not None and trigger.code.startswith("04"):
        verb = governing_verb(token)  # "In a separate call, X told Y"
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS] if verb is not None else []
    for obj in objects:
        named = _actors(ctx, _antecedent(ctx, obj))[0] or _named_below(ctx, obj)
        found.extend(m for m in named if m not in found)
    if objects:
        found.extend(m for m in _lost_conjuncts(ctx, objects[-1]) if m not in found)
    return found


def _named_below(ctx: _Sentence, obj: Any) -> list[Mention]:
    """ "praised the development of … in defending the people of Palestine": when the object's
    own phrase names no one, the first actor named anywhere below it."""
    named = [ctx.para.at[t.i] for t in obj.subtree if t.i in ctx.para.at]
    return [m for m in named if m.kind != "place"][:1] or named[:1]


def _object_tokens(token: Any, trigger: Trigger | None) -> list[Any]:
    topic = trigger is not None and trigger.topic_object
    objects = [] if topic else [c for c in token.children if c.dep_ in OBJECT_DEPS]
    preps = trigger.targets if trigger is not None else frozenset()
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects.extend(c for c in child.children if c.dep_ == "pobj")
    return objects


def _lost_conjuncts(ctx: _Sentence, obj: Any) -> list[Mention]:
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
    mentions = _phrase_actors(ctx, phrase)[0]
    return [m for m in mentions if m.kind in ("person", "organization", "group")]


# --- when, where, how many --------------------------------------------------------------------


def _date(ctx: _Sentence, parts: list[Any]) -> DateRef | None:
    own = {t.i for t in parts}
    for root, ref in sorted(ctx.dates.items()):
        if not ctx.sent.start <= root < ctx.sent.end:
            continue
        token = ctx.para.doc[root]
        if _comparison_window(token, ref):
            continue
        if _attached(token, own):
            return ref
    return None


def _comparison_window(token: Any, ref: DateRef) -> bool:
    """ "the heaviest fighting since 2014": a since-date on a superlative compares, it dates nothing."""
    if ref.end is not None:
        return False
    head = token.head.head if token.head.lower_ in ("since", "from") else token.head
    return any(c.tag_ in ("JJS", "RBS") or c.lower_ == "first" for c in head.children)


def _attached(token: Any, own: set[int]) -> bool:
    """Whether the date hangs on one of the event's own tokens without crossing into another clause."""
    current = token
    for _ in range(12):
        if current.i in own:
            return True
        if current.dep_ in CLAUSE_DEPS or current.head is current:
            return current.head.i in own and current.dep_ not in ("ccomp", "relcl")
        current = current.head
    return False


def _place(ctx: _Sentence, parts: list[Any]) -> Mention | None:
    holders = list(parts)
    for part in parts:
        if part.pos_ == "NOUN":
            verb = governing_verb(part)
            if verb is not None and part.dep_ in ("nsubj", "nsubjpass", "dobj"):
                holders.append(verb)
        holders.extend(c for c in part.children if c.dep_ in OBJECT_DEPS)
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPOSITIONS:
                continue
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                places = [ctx.para.at[t.i] for t in clause_children(obj) if t.i in ctx.para.at]
                places = [m for m in places if m.kind == "place"]
                if places:
                    return places[0]
    return _place_by_words(ctx)


def _within(ctx: _Sentence, run: list[Any]) -> list[Mention]:
    return [ctx.para.at[w.i] for w in run if w.i in ctx.para.at]


def _place_by_words(ctx: _Sentence) -> Mention | None:
    """ "Near Haditha, one strike …": where the parse misreads a sentence-opening preposition
    (as a name), the capitalized words after it name the place. The caller checks the name
    against the gazetteer (``origin`` "event"), and drops it when no place has it."""
    tokens = list(ctx.sent)
    for index, token in enumerate(tokens[:-1]):
        if token.lower_ not in PLACE_PREPOSITIONS or token.i != ctx.sent.start:
            continue
        run = []
        for word in tokens[index + 1 :]:
            if not (word.is_title or word.is_upper) or word.is_punct:
                break
            run.append(word)
        span = ctx.para.span_of(run[0], run[-1]) if run else None
        if span is not None and not any(
            m.kind != "place" and m.span.start >= span.start for m in _within(ctx, run)
        ):
            text = ctx.para.doc[run[0].i : run[-1].i + 1].text
            return Mention(span, text, "place", "event")
    return None


def _counts(ctx: _Sentence, token: Any, parts: list[Any]) -> list[Count]:
    counts: list[Count] = []
    verbs = [p for part in parts for p in with_conjunct_verbs(part) if p.pos_ == "VERB"]
    for verb in dict.fromkeys(verbs):
        kind = ctx.vocab.count_verbs.get(verb.lemma_.lower())
        if kind is None:
            continue
        patients = _patients(ctx, verb) if passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
        for patient in patients:
            count = _count(ctx, kind, patient, verb)
            if count is not None:
                counts.append(count)
    own_kind = ctx.vocab.count_nouns.get(token.lemma_.lower())
    if token.pos_ == "NOUN" and own_kind == "strikes":
        count = _count(ctx, own_kind, token, None)
        counts.append(count or Count("strikes", 1, False, False, None, ctx.para.token_span(token)))
    return counts


def _count(ctx: _Sentence, kind: str, noun: Any, verb: Any | None) -> Count | None:
    """ "181 lives", "at least 10 people", "dozens of civilians", "one strike"."""
    number_tokens = [c for c in noun.children if c.dep_ == "nummod"]
    counted = noun
    if not number_tokens and (noun.lower_ in ctx.vocab.approximate or noun.like_num):
        number_tokens, counted = [noun], of_object(noun) or noun
    if not number_tokens:
        return None
    counted_words = ctx.vocab.counted_people | ctx.vocab.count_nouns.keys()
    if kind != "strikes" and not {counted.lemma_.lower(), counted.lower_} & counted_words:
        return None
    words = [t for n in number_tokens for t in n.subtree if t.like_num or t.lower_ in ctx.vocab.approximate]
    number = read_number([t.text for t in words], ctx.vocab.approximate)
    if number is None:
        return None
    bound = any(t.lower_ in ctx.vocab.bound_words for n in number_tokens for t in n.subtree)
    place = _count_place(ctx, counted, verb)
    first = min([*words, counted], key=lambda t: t.i)
    last = max([*words, counted], key=lambda t: t.i)
    return Count(kind, number.value, number.approx, bound, place, ctx.para.span_of(first, last))


def _count_place(ctx: _Sentence, counted: Any, verb: Any | None) -> Mention | None:
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


# --- who reports it, how sure ---------------------------------------------------------------


def _reported_by(ctx: _Sentence, token: Any) -> tuple[Mention | None, str | None]:
    for verb in ctx.sent:
        if verb.i == token.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.vocab.reporting_verbs:
            continue
        for who in _reporters(verb):
            mention, text = _reporting_source(ctx, who)
            if mention is not None or text is not None:
                return mention, text
    for prep in ctx.sent:
        if (
            prep.lower_ == "according"
            and prep.i + 1 < ctx.sent.end
            and ctx.para.doc[prep.i + 1].lower_ == "to"
        ):
            for obj in (c for c in ctx.para.doc[prep.i + 1].children if c.dep_ == "pobj"):
                mention, text = _reporting_source(ctx, obj)
                if mention is not None or text is not None:
                    return mention, text
    return None, None


def _reporters(verb: Any) -> Iterator[Any]:
    """The reporting verb's subject; after "said" the parse may hang it as an object or clause."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            yield child
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj", "attr") and child.i > verb.i and child.pos_ in ("PROPN", "NOUN"):
            yield child


def _reporting_source(ctx: _Sentence, token: Any) -> tuple[Mention | None, str | None]:
    phrase = list(clause_children(token))
    for t in phrase:
        mention = ctx.para.at.get(t.i)
        if (
            mention is not None
            and set(mention.actors or ((mention.actor,) if mention.actor else ())) & ctx.media
        ):
            return mention, None
    if any(
        t.lemma_.lower() in ctx.vocab.reporting_nouns or t.lower_ in ctx.vocab.reporting_nouns for t in phrase
    ):
        first, last = min(phrase, key=lambda t: t.i), max(phrase, key=lambda t: t.i)
        return None, ctx.para.doc[first.i : last.i + 1].text
    return None, None


def _modality(ctx: _Sentence, token: Any) -> str:
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in token.children):
        return "planned"
    current = token
    for _ in range(8):
        if current.head is current:
            break
        if current.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"):
            kind = ctx.vocab.modality.get(current.head.lemma_.lower())
            if kind is not None and current.head.i != token.i:
                return kind
        current = current.head
    return "asserted"


def _negated(token: Any) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.pos_ == "NOUN":
        if any(c.lower_ in ("no", "never") for c in token.children):
            return True
        verb = governing_verb(token)
        return verb is not None and any(c.dep_ == "neg" for c in verb.children)
    return False


# --- the event --------------------------------------------------------------------------------


def _event(
    ctx: _Sentence, token: Any, trigger: Trigger | None, code: str, parts: list[Any]
) -> EventFact | None:
    sources, pronoun, _ = _sources(ctx, token, trigger)
    if not sources and token.pos_ == "VERB" and passive(token):
        sources = list(ctx.memory.acting.get(code[:2], ()))  # "X was also designated": by whoever designated
    elif sources:
        ctx.memory.acting[code[:2]] = tuple(sources)
    named = _targets(ctx, token, trigger, parts)
    if code.startswith("04") and sources and named:
        ctx.memory.consulted = tuple(dict.fromkeys([*sources, *named]))
    targets = [m for m in named if m not in sources or _parties(ctx, token)]
    when = _date(ctx, parts)
    place = _place(ctx, parts)
    counts = _counts(ctx, token, parts)
    if not sources and not targets and place is None and not counts:
        return None  # "the calls comes …": nothing said about who, where or how many
    reported_by, reported_text = _reported_by(ctx, token)
    background = bool(
        when is not None and when.end is not None and ctx.anchor is not None
        and (ctx.anchor - when.end).days > BACKGROUND_DAYS
    )  # fmt: skip
    confidence = 0.5 + 0.15 * bool(sources) + 0.15 * bool(targets) + 0.1 * (when is not None)
    sentence_end = ctx.sent[-1] if not ctx.sent[-1].is_space else ctx.sent[max(0, len(ctx.sent) - 2)]
    return EventFact(
        code=code,
        trigger=ctx.para.token_span(token),
        trigger_text=token.text,
        sources=tuple(sources),
        targets=tuple(targets),
        date=when,
        place=place,
        counts=tuple(counts),
        reported_by=reported_by,
        reported_by_text=reported_text,
        modality=_modality(ctx, token),
        negated=_negated(token),
        background=background,
        evidence=ctx.para.span_of(ctx.sent[0], sentence_end),
        confidence=round(min(confidence, 0.95), 2),
        pronoun=pronoun,
    )


def dated_by_report(event: EventFact, report: DateRef | None) -> EventFact:
    """An event whose clause gives no date takes its report's date, with precision "reported"."""
    if event.date is not None or report is None:
        return event
    return replace(event, date=replace(report, precision="reported"))
