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
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.dates import CONDITION_PHRASES, MONTHS, WEEKDAYS, DateRef, find_dates, resolve_expression
from dabir.extract.event_actors import (
    OBJECT_DEPS,
    Memory,
    SentenceContext,
    acting_actors,
    body_subject,
    named_actors,
    own_subject,
    parties,
    patients,
)
from dabir.extract.event_acts import (
    aimed_at,
    carrying_light_verb,
    hypothetical,
    kept_from,
    modality_of,
    negated,
    not_an_act,
    only_a_purpose,
)
from dabir.extract.event_counts import PLACE_PREPOSITIONS, Count, casualties_told_after, counts_of
from dabir.extract.event_folds import (
    basis_dropped,
    compounds_folded,
    folded_into,
    instruments_of,
    modifiers_dropped,
    remember_told,
    told_before,
    yielded_dropped,
)
from dabir.extract.event_parse import (
    CLAUSE_DEPS,
    SUBJECT_DEPS,
    VIOLENT_ROOTS,
    acting_document,
    clause_children,
    governing_verb,
    instruments,
    intended_act,
    nominal,
    passive,
)
from dabir.extract.event_targets import acted_upon, described_objects, interviewed_only, object_actors, paired
from dabir.extract.event_triggers import trigger_of
from dabir.extract.event_vocab import EventVocabulary, Trigger, load_vocabulary
from dabir.extract.mentions import Paragraph
from dabir.extract.parsed import MentionsByField, ParsedParagraph, index_paragraph, mention_root
from dabir.extract.voices import paragraph_voices
from dabir.types import Span

COMPONENT = "events.v1"
GENERIC_KILLING = "190"  # a killing verb's own code, which the weapon that killed may make precise
BACKGROUND_DAYS = 14  # an event that ended this long before the publication is recalled, not news
TRAVELLERS = frozenset({"person", "organization"})  # who visits where they arrive (no group, no place)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "attr"})
MAX_SENTENCE_TOKENS = 250  # a longer "sentence" is a list or a text without stops: not read for events
CLOSING = frozenset({".", "!", "?", '"', "”", "’", ":", ")", "…"})
MAX_HEADING_TOKENS = 30
PAST_TAGS = frozenset({"VBD", "VBN"})
SEQUENCE_WORDS = frozenset(
    {"later", "subsequently", "now", "currently", "then", "afterwards", "since", "again"}
)


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
    described: tuple[str, ...] = ()  # acted-upon parties named only by a description, as written


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
    memory = Memory()
    voices = paragraph_voices(paragraphs, mentions)
    title_words = {
        t.lower_ for p in paragraphs if p.field == "title" for t in p.doc
    }  # a readout titled "…'s Call with …"
    found: list[EventFact] = []
    previous_words: set[str] = set()
    by_field = MentionsByField(mentions)
    for paragraph, voice in zip(paragraphs, voices, strict=True):
        memory.voice = voice
        inside = by_field.of(paragraph)
        para = index_paragraph(paragraph.doc, paragraph.field, paragraph.offset, inside)
        words = {t.lower_ for t in paragraph.doc}
        phone = bool((words | previous_words | title_words) & vocab.phone_cues)
        dates = _dates_by_root(para, anchor) if anchor else {}
        for sent in paragraph.doc.sents:
            if len(sent) > MAX_SENTENCE_TOKENS:
                continue  # reading it is quadratic in its length, and it is no sentence of news
            context = SentenceContext(
                para, sent, dates, phone, memory, vocab, media, anchor, frozenset(title_words)
            )
            told = list(_sentence_events(context))
            if found and _just_before(found[-1], context) and all(_bare_toll(e, context) for e in told):
                counts = [c for e in told for c in e.counts] if told else casualties_told_after(context)
                found[-1], told = _with_counts(found[-1], counts), []
            found.extend(told)
            _remember(para, sent, memory)
        previous_words = words
    return found


def _just_before(event: EventFact, ctx: SentenceContext) -> bool:
    """An act of violence told in the sentence right before this one, in the same paragraph ("A bomb
    exploded in Aley. Five people were wounded …": the wounded are the bomb's)."""
    start = ctx.para.offset + ctx.sent[0].idx
    gap = ctx.para.doc.text[event.evidence.end - ctx.para.offset : start - ctx.para.offset]
    same = event.evidence.field == ctx.para.field and ctx.para.offset <= event.evidence.start < start
    return same and not gap.strip() and event.code[:2] in VIOLENT_ROOTS


def _bare_toll(event: EventFact, ctx: SentenceContext) -> bool:
    """ "Two police officers are reportedly killed.": a casualty verb naming no one who acted and
    no one acted upon only counts the dead of an act; after an act of violence told right before,
    they are its dead (see `_just_before`), not another act."""
    if event.sources or event.targets or event.described or not event.counts or event.date is not None:
        return False  # "On Tuesday, three people were killed in Kabul": a toll of its own day
    start = event.trigger.start - ctx.para.offset
    verb = next((t for t in ctx.sent if t.idx == start), None)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.vocab.count_verbs


def _with_counts(event: EventFact, counts: list[Count]) -> EventFact:
    kinds = {c.kind for c in event.counts}
    return replace(event, counts=(*event.counts, *(c for c in counts if c.kind not in kinds)))


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


def _remember(para: ParsedParagraph, sent: Any, memory: Memory) -> None:
    memory.last_body = body_subject(para, sent, memory.last_body)
    for token in sent:
        mention = para.at.get(token.i)
        if mention is None or mention.kind != "person":
            continue
        if mention.title and mention not in memory.titled:
            memory.titled.append(mention)
        root = mention_root(para, mention)
        subordinate = root.head.dep_ in {"relcl", "acl"}  # "the election by which X had won"
        if (root.dep_ in SUBJECT_DEPS and not subordinate) or (
            root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS
        ):
            memory.last_person = mention


# --- triggers -------------------------------------------------------------------------------


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
        if not any(a.dep_ == "aux" for a in c.children)  # "called X to condemn the barbaric attack"
        for w in c.subtree
    }
    if label & vocab.negative_labels:
        return vocab.naming_codes["negative"]
    if label & vocab.positive_labels:
        return vocab.naming_codes["positive"]
    return None


# --- one sentence ---------------------------------------------------------------------------


def _sentence_events(ctx: SentenceContext) -> Iterator[EventFact]:
    words = frozenset(t.lower_ for t in ctx.sent) | ctx.topic  # "designated" in a release titled "Sanctions"
    triggers: dict[int, tuple[Any, Trigger | None, str]] = {}
    for token in ctx.sent:
        if token.i in ctx.para.at:
            continue  # a word of a name ("Strike Force") names no event
        trigger = trigger_of(token, words, ctx.vocab)
        code = _naming_code(token, ctx.vocab) if trigger is None else _code(token, trigger, ctx)
        if code is not None:
            triggers[token.i] = (token, trigger, code)
    kept = basis_dropped(yielded_dropped(triggers))
    triggers = compounds_folded(modifiers_dropped(kept, ctx.vocab.event_holding_nouns))
    folded = folded_into(ctx, triggers)
    lent = instruments_of(triggers, folded)
    for index, (token, trigger, code) in triggers.items():
        if index in folded:
            continue
        parts = [token, *(ctx.para.doc[i] for i, into in (*folded.items(), *lent.items()) if into == index)]
        others = frozenset(
            i for i in triggers if i != index and folded.get(i) != index and lent.get(i) != index
        )
        event = _event(ctx, token, trigger, code, parts, others)
        if event is not None:
            yield event


def _code(token: Any, trigger: Trigger, ctx: SentenceContext) -> str:
    if trigger.phone and ctx.phone:
        return trigger.phone
    if trigger.intent and intended_act(token) is not None:
        return trigger.intent  # "reaffirmed his commitment to providing aid to Ukraine": an intent
    if trigger.military:
        clause = {t.lower_ for t in token.subtree} | {t.lemma_.lower() for t in token.subtree}
        if clause & ctx.vocab.military_cues:
            return trigger.military
    generic = trigger.kills and trigger.code == GENERIC_KILLING  # not "assassinated", "massacred"
    return (_weapon_code(token, ctx.vocab) if generic else None) or trigger.code


def _weapon_code(verb: Any, vocab: EventVocabulary) -> str | None:
    """ "A car bomb kills 12 people", "three soldiers were killed by a roadside bomb": the code of
    the weapon that killed (`weapon_codes`), named by the verb's subject or passive agent."""
    agents = [o for o in instruments(verb) if o.head.dep_ == "agent"] if passive(verb) else []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if not passive(verb) else None
    for noun in [*agents, *([subject] if subject is not None else [])]:
        for word in (*(c for c in noun.children if c.dep_ in ("compound", "amod")), noun):  # "barrel bomb"
            code = vocab.weapon_codes.get(word.lemma_.lower())
            if code is not None:
                return code
    return None


def _sides_of_the_dead(ctx: SentenceContext, parts: list[Any]) -> list[Mention]:
    """ "Fighting … kills 34 PKK militants and two Turkish soldiers": in a fight, whose dead
    are counted is a party to it."""
    found: list[Mention] = []
    for verb in (p for p in parts if p.pos_ == "VERB" and p.lemma_.lower() in ctx.vocab.count_verbs):
        acted = patients(ctx, verb) if passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
        for patient in acted:
            at = ctx.para.at
            states = {at[c.i] for c in patient.children if c.dep_ == "compound" and c.i in at}
            named = named_actors(ctx, patient)[0]  # "U.S. service members": of the US, not "in Israel"
            found.extend(m for m in named if (m.kind != "place" or m in states) and m not in found)
    return found


# --- when, where, how many --------------------------------------------------------------------


def _date(ctx: SentenceContext, parts: list[Any], others: frozenset[int]) -> DateRef | None:
    """The date hung on the event's own words, or on the light verb carrying its noun ("On the
    night of November 12, forces conducted strikes") or the implicative verb whose clause it is in,
    or shared with a coordinated verb."""
    carried = [verb for part in parts if (verb := _carrier(ctx, part)) is not None]
    carried += [v.head for v in [*parts, *carried] if _done_when_its_head_was(ctx, v)]
    for own in ({t.i for t in [*parts, *carried]}, _sharing_a_time([*parts, *carried])):
        for root, ref in sorted(ctx.dates.items()):
            if not ctx.sent.start <= root < ctx.sent.end:
                continue
            token = ctx.para.doc[root]
            if _comparison_window(token, ref) or _legal_window(ctx, ref):
                continue
            if _attached(token, own, others):
                return _inside_since(ref)
    return _date_of_when(ctx, parts)


def _done_when_its_head_was(ctx: SentenceContext, verb: Any) -> bool:
    """ "Yesterday, Iran purported to impose sanctions": the "to" clause of an implicative verb
    (`implicative_verbs`) happened when that verb did."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.vocab.implicative_verbs


def _carrier(ctx: SentenceContext, part: Any) -> Any | None:
    """The light verb whose direct object the event noun (or the sum it is counted in) is; not the
    verb of a "with" beside it ("Concurrently with Treasury's designations, State imposed …")."""
    if acting_document(part) and part.head.dep_ == "dobj":
        return part.head.head  # "passed on Thursday a resolution calling for …": when it was passed
    verb = carrying_light_verb(ctx, part)
    return (
        verb if verb is not None and any(c.dep_ == "dobj" and c.i <= part.i for c in verb.children) else None
    )


def _sharing_a_time(parts: list[Any]) -> set[int]:
    """ "On Tuesday, Britain issued a statement … and urged the Council to intervene": a past verb
    coordinated with no subject of its own, in the same tense as the verb it is joined to and with
    no word of sequence ("later", "subsequently", "now"), happened when that verb did (not "began
    working in 2009 and was later arrested", "normalized relations in 2020 and has welcomed …")."""
    found: set[int] = set()
    for part in parts:
        verb = part
        while verb.dep_ == "conj" and verb.pos_ == "VERB" and not own_subject(verb):
            head = verb.head
            sequenced = any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for c in verb.children)
            if sequenced or not _same_tense(verb, head):
                break
            verb = head
            found.add(verb.i)
    return found


def _same_tense(verb: Any, head: Any) -> bool:
    """Both past, and the joined verb has no auxiliary the first lacks ("had disrupted the cell and
    arrested Mansur": the perfect is shared; "began … and was later arrested" is not one tense)."""
    past = verb.tag_ in PAST_TAGS and head.tag_ in PAST_TAGS and _auxiliaries(verb) <= _auxiliaries(head)
    return past and (verb.tag_ == head.tag_ or bool(_auxiliaries(head)))


def _auxiliaries(verb: Any) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _only_referred_to(ctx: SentenceContext, token: Any, trigger: Trigger | None) -> bool:
    """A trigger that names an act without reporting one: "transactions with the individuals
    designated today"; "commitment to disrupting al-Qa'ida's networks" (no intent toward it)."""
    if trigger is None:
        return False
    if trigger.by_publisher and _a_class_so_named(ctx, token):
        return True
    act = intended_act(token) if trigger.intent else None
    return act is not None and act.lemma_.lower() in ctx.vocab.hostile_acts


def _a_class_so_named(ctx: SentenceContext, verb: Any) -> bool:
    """A designation participle that only describes unnamed nouns ("the individuals and entities
    designated today", "persons designated under E.O. 13224"): a reference to the act, told
    elsewhere, or to a legal class, not a report of it. "Saleh, designated in 2019" names whom."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ == "agent" for c in verb.children):
        return False
    named = named_actors(ctx, verb.head)[0]
    return not [m for m in named if m.kind != "place"]


def _inside_since(ref: DateRef) -> DateRef:
    """An event told inside a "since" phrase happened at its date: in "since Hamas's October 7
    attack" or "since the uprisings began in 2011" the date opens an interval for the sentence,
    but the attack and the uprisings are dated October 7 and 2011."""
    if ref.end is not None or ref.start is None or ref.surface.lower().startswith(("since", "from")):
        return ref
    closed = resolve_expression(ref.surface, ref.anchor)
    return replace(closed, span=ref.span) if closed is not None else ref


def _date_of_when(ctx: SentenceContext, parts: list[Any]) -> DateRef | None:
    """ "since June, when Hamas seized control": a clause on a date happened at that date (the
    date itself, not the interval its "since" opens)."""
    for verb in parts:
        if verb.dep_ != "relcl" or not any(c.lower_ == "when" for c in verb.children):
            continue
        at = ctx.para.offset + verb.head.idx
        for ref in ctx.dates.values():
            if ref.span is None or not ref.span.start <= at < ref.span.end or ref.start is None:
                continue
            if ref.end is None:  # "since June": the month of June, not June onwards
                found = resolve_expression(ref.surface.split(" ", 1)[-1], ref.anchor)
                return replace(found, span=ref.span) if found is not None else None
            return ref
    return None


def _comparison_window(token: Any, ref: DateRef) -> bool:
    """ "the heaviest fighting since 2014": a since-date on a superlative compares, it dates nothing."""
    if ref.end is not None:
        return False
    head = token.head.head if token.head.lower_ in ("since", "from") else token.head
    return any(c.tag_ in ("JJS", "RBS") or c.lower_ == "first" for c in head.children)


def _legal_window(ctx: SentenceContext, ref: DateRef) -> bool:
    """A legal cut-off ("is being designated for, on or after November 5, 2018, having assisted
    …"): the window of the conduct, not the date of the act told."""
    if ref.span is None:
        return False
    before: str = ctx.para.doc.text[: ref.span.start - ctx.para.offset].rstrip().lower()
    return before.endswith(CONDITION_PHRASES)


def _attached(token: Any, own: set[int], others: frozenset[int] = frozenset()) -> bool:
    """Whether the date hangs on one of the event's own tokens without crossing into another clause
    or passing another event ("appreciation for the condolences for yesterday's attack": the
    attack's date, not the appreciation's)."""
    current = token
    for _ in range(12):
        if current.i in own:
            return True
        if current.i in others or (current is not token and _names_a_thing(current)):
            return False  # "Iran's June 12 election was decried": the election's date
        if current.dep_ in CLAUSE_DEPS or current.head is current:
            return current.head.i in own and current.dep_ not in ("ccomp", "relcl")
        if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and own_subject(current):
            return False  # "… does not recognize X, and supporting Y has been … since 1979"
        current = current.head
    return False


def _names_a_thing(token: Any) -> bool:
    """A noun the date may describe instead of the event: a subject, an object or a possessor."""
    return bool(token.pos_ in ("NOUN", "PROPN") and token.dep_ in ARGUMENT_DEPS)


def _a_party_missing(trigger: Trigger | None, sources: list[Mention], targets: list[Mention]) -> bool:
    """ "offered support for efforts to …" names no one supported (`needs_target`); "the aid
    convoy arrived in Gaza" no one visiting (`needs_traveller`)."""
    if trigger is None:
        return False
    traveller = any(m.kind in TRAVELLERS for m in sources)
    return (trigger.needs_target and not targets) or (trigger.needs_traveller and not traveller)


def _place(ctx: SentenceContext, parts: list[Any]) -> Mention | None:
    holders = list(parts)
    for part in parts:
        if nominal(part):
            verb = governing_verb(part)
            if verb is not None and part.dep_ in ("nsubj", "nsubjpass", "dobj"):
                holders.append(verb)
        holders.extend(c for c in part.children if c.dep_ in OBJECT_DEPS)
        if nominal(part) and part.lemma_.lower() in ctx.vocab.war_nouns:  # "its war of aggression in …"
            kinds = [c for c in part.children if c.lower_ == "of"]
            holders.extend(o for c in kinds for o in c.children if o.dep_ == "pobj")
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


def _within(ctx: SentenceContext, run: list[Any]) -> list[Mention]:
    return [ctx.para.at[w.i] for w in run if w.i in ctx.para.at]


def _place_by_words(ctx: SentenceContext) -> Mention | None:
    """ "Near Haditha, one strike …": where the parse misreads a sentence-opening preposition
    (as a name), the capitalized words after it name the place. The caller checks the name
    against the gazetteer (``origin`` "event"), and drops it when no place has it."""
    tokens = list(ctx.sent)
    for index, token in enumerate(tokens[:-1]):
        if token.lower_ not in PLACE_PREPOSITIONS or token.i != ctx.sent.start:
            continue
        run = []
        for word in tokens[index + 1 :]:
            if not (word.is_title or word.is_upper) or word.is_punct or _month_of_a_date(word):
                break  # "On May 2, …": a date, not a place named May
            run.append(word)
        span = ctx.para.span_of(run[0], run[-1]) if run else None
        if span is not None and not any(
            m.kind != "place" and m.span.start >= span.start for m in _within(ctx, run)
        ):
            text = ctx.para.doc[run[0].i : run[-1].i + 1].text
            return Mention(span, text, "place", "event")
    return None


def _month_of_a_date(word: Any) -> bool:
    """A month's name in a date ("On May 2"), or a weekday's ("On Monday", never the town of
    that name); the model's date label alone is not enough (it tags "Near Manbij, nine strikes …"
    as a date)."""
    return bool(word.ent_type_ == "DATE" and word.lower_ in MONTHS) or word.lower_ in WEEKDAYS


# --- who reports it, how sure ---------------------------------------------------------------


def _reported_by(ctx: SentenceContext, token: Any) -> tuple[Mention | None, str | None]:
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


def _reporting_source(ctx: SentenceContext, token: Any) -> tuple[Mention | None, str | None]:
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


# --- the event --------------------------------------------------------------------------------


def _no_one_s_act(ctx: SentenceContext, trigger: Trigger | None, placed_or_counted: bool) -> bool:
    """An event with no actor that is none: nothing said of where or how many ("the calls
    comes …"), or a killing in a sentence of a disaster or an accident (`accident_words`) with no
    word of force ("a boat sinks off Malaysia, killing 15")."""
    if not placed_or_counted:
        return True
    words = {t.lower_ for t in ctx.sent} | {t.lemma_.lower() for t in ctx.sent}
    befell = bool(words & ctx.vocab.accident_words) and not words & ctx.vocab.military_cues
    return trigger is not None and trigger.kills and befell


def _event(
    ctx: SentenceContext,
    token: Any,
    trigger: Trigger | None,
    code: str,
    parts: list[Any],
    others: frozenset[int] = frozenset(),
) -> EventFact | None:
    """One event from its trigger and the tokens folded into it; ``others`` are the sentence's
    other triggers (a date on one of them is that event's, not this one's)."""
    when = _date(ctx, parts, others)
    if not _an_act_told(ctx, token, trigger, code, when):
        return None
    sources, pronoun, named_by = acting_actors(ctx, token, trigger)
    possessive = named_by is not None and named_by.tag_ == "PRP$"  # "its war": too weak to remember
    if not sources and trigger is not None and trigger.unattributed and code == trigger.code:
        code = trigger.unattributed
    remember = bool(sources) and not possessive  # an agent the text names, for later agentless acts
    agentless = passive(token) if token.pos_ == "VERB" else trigger is not None and trigger.by_publisher
    if not sources and agentless:  # "X was designated", "Today's designation of X"
        sources = _agentless(ctx, token, trigger, code, when)
    named = acted_upon(ctx, token, trigger, parts)
    if trigger is not None and trigger.actor_object:
        named = object_actors(ctx, token, others)
        if not named:
            return None  # "welcomed the convoys", "welcomed the release of …" (that act is the event)
    targets = [m for m in named if m not in sources or parties(ctx, token)]
    if trigger is not None and trigger.reciprocal == "always":
        targets.extend(m for m in _sides_of_the_dead(ctx, parts) if m not in targets)
    elif not targets and code[:2] in VIOLENT_ROOTS:  # "an attack that killed U.S. service members"
        targets = [m for m in _sides_of_the_dead(ctx, parts) if m not in sources]
    sources, targets = _reciprocal(trigger, sources, targets, paired(ctx, token) if nominal(token) else [])
    if _a_party_missing(trigger, sources, targets):
        return None
    if interviewed_only(ctx, token, targets):
        return None
    place = _place(ctx, parts)
    counts = counts_of(ctx, token, parts)
    if not sources and not targets and _no_one_s_act(ctx, trigger, place is not None or bool(counts)):
        return None
    if not _news(ctx, token, code, (sources, targets), when, bool(counts) or len(parts) > 1):
        return None  # "During the meeting, they …": the meeting told before
    _leave_for_later(ctx, trigger, code, sources if remember else [], named, when)
    reported_by, reported_text = _reported_by(ctx, token)
    when, background = _when_recalled(ctx, token, when)
    if background and code in ctx.vocab.dated_recall_codes and (when is None or when.precision == "reported"):
        return None  # "OFAC previously designated X": an earlier act counts with the date it had
    modality = modality_of(ctx, token)
    code = ctx.vocab.planned_codes.get(code, code) if modality == "planned" else code  # "will provide aid"
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
        modality=modality,
        negated=negated(token, ctx.vocab.light_verbs, ctx.vocab.failing_words),
        background=background,
        evidence=ctx.para.span_of(ctx.sent[0], sentence_end),
        confidence=round(min(confidence, 0.95), 2),
        pronoun=pronoun,
        described=() if targets or not code.startswith("04") else described_objects(ctx, token, trigger),
    )


def _an_act_told(
    ctx: SentenceContext, token: Any, trigger: Trigger | None, code: str, when: DateRef | None
) -> bool:
    """Whether the trigger tells an act that was done, not one sought, possible or only named.
    An owned war exists, whatever is sought about it ("fund its war", "its war … should be
    condemned"), unless it is called possible."""
    owned = trigger is not None and trigger.owned
    return not (
        not_an_act(token, when, ctx.vocab)
        or only_a_purpose(token, code, ctx.vocab)
        or (not owned and aimed_at(ctx, token))
        or hypothetical(ctx, token, owned)
        or kept_from(token, ctx.vocab)
        or _only_referred_to(ctx, token, trigger)
    )


def _news(
    ctx: SentenceContext,
    token: Any,
    code: str,
    sides: tuple[list[Mention], list[Mention]],
    when: DateRef | None,
    more: bool,
) -> bool:
    """Whether the event (``sides``: its sources and targets) is told for the first time here;
    remembered if so. One that tells ``more`` (a count, a verb folded into it) is kept even when
    it names an event told before."""
    parties = [*sides[0], *sides[1]]
    if not more and told_before(ctx, token, code, parties, when, bool(sides[1])):
        return False
    remember_told(ctx, token, code, parties, when)
    return True


def _leave_for_later(
    ctx: SentenceContext,
    trigger: Trigger | None,
    code: str,
    sources: list[Mention],
    named: list[Mention],
    when: DateRef | None,
) -> None:
    """What a told event leaves for later sentences: who did it (for acts told without an agent)
    and, for a consultation with a person, its parties ("the two leaders")."""
    if sources and not _recalled(ctx, when) and not _heading(ctx.sent):
        _remember_acting(ctx, trigger, code, sources)
    if code.startswith("04") and sources and named and any(m.kind == "person" for m in [*sources, *named]):
        ctx.memory.consulted = tuple(dict.fromkeys([*sources, *named]))


def _agentless(
    ctx: SentenceContext, token: Any, trigger: Trigger | None, code: str, when: DateRef | None
) -> list[Mention]:
    """Who did an act told with no agent: the publisher's state for a recalled designation
    ("Hizballah was listed in 1995", when the publisher is a government body) or one before any
    designator is named ("Today's designation of X"), else whoever did the same last ("X was
    also designated today")."""
    last = list(ctx.memory.acting.get(code[:2], ()))
    if trigger is not None and trigger.by_publisher and (_recalled(ctx, when) or not last):
        return [Mention(ctx.para.token_span(token), token.text, "organization", "publisher-state")]
    return last


def _remember_acting(
    ctx: SentenceContext, trigger: Trigger | None, code: str, sources: list[Mention]
) -> None:
    """Who did it, for the next act told without an agent: for designations the first body named
    (a release's own designations are by its issuer), for other acts the last one."""
    if trigger is not None and trigger.by_publisher:
        ctx.memory.acting.setdefault(code[:2], tuple(sources))
    else:
        ctx.memory.acting[code[:2]] = tuple(sources)


def _heading(sent: Any) -> bool:
    """A line with no closing punctuation that is its whole paragraph: a subtitle or a subhead
    ("State Department is concurrently designating …"), which does not name the body acting in
    the release's own sentences."""
    words = [t for t in sent if not t.is_space]
    if not words or sent.start != 0 or sent.end < len(sent.doc) - 1:
        return False
    return words[-1].text not in CLOSING and len(words) <= MAX_HEADING_TOKENS


def _recalled(ctx: SentenceContext, when: DateRef | None) -> bool:
    """A past event the story recalls: it ended well before the publication."""
    return bool(
        when is not None and when.end is not None and ctx.anchor is not None
        and (ctx.anchor - when.end).days > BACKGROUND_DAYS
    )  # fmt: skip


def _when_recalled(ctx: SentenceContext, token: Any, when: DateRef | None) -> tuple[DateRef | None, bool]:
    """The event's date and whether the story recalls it: a date well before the report, or no
    date but a word that puts the act before it."""
    word = _recall_word(ctx, token) if when is None else None
    if word is not None:
        return _before_the_report(ctx, word), True
    return when, _recalled(ctx, when)


def _recall_word(ctx: SentenceContext, token: Any) -> Any | None:
    """ "was previously designated", "its previous designation": a word of `recall_words` on the
    trigger."""
    words = ctx.vocab.recall_words
    return next((c for c in token.children if c.dep_ in ("advmod", "amod") and c.lower_ in words), None)


def _before_the_report(ctx: SentenceContext, word: Any) -> DateRef | None:
    """Some time before the report's day: an interval open towards the past."""
    if ctx.anchor is None:
        return None
    day = ctx.anchor.isoformat()
    return DateRef(word.text, day, "reported", None, ctx.anchor, ctx.anchor, span=ctx.para.token_span(word))


def _reciprocal(
    trigger: Trigger | None, sources: list[Mention], targets: list[Mention], pair: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Parties that act on each other ("clashes with", "the two leaders agreed", the pair of
    "Israeli-Palestinian talks") are on both sides."""
    if trigger is None or trigger.reciprocal is None:
        return sources, targets
    everyone = list(dict.fromkeys([*sources, *targets, *pair]))
    if trigger.reciprocal == "always" or (not targets and len(everyone) > 1):
        return everyone, everyone
    return sources, targets


def dated_by_report(event: EventFact, report: DateRef | None) -> EventFact:
    """An event whose clause gives no date takes its report's date, with precision "reported"."""
    if event.date is not None or report is None:
        return event
    return replace(event, date=replace(report, precision="reported"))
