"""Quotations in an article (``quotes.v1``): who said what to whom, and according to whom.

1. Quote marks are paired per paragraph in one linear pass (:mod:`dabir.extract.quote_marks`).
2. A direct quote's cue is the cue verb the parse hangs it on, through verbs and prepositions
   but no noun ("facing Israeli “crimes”" is nobody's speech); else its own root verb with a
   subject outside the marks (He “praised …”); else a cue verb beside the marks; else "according
   to <name>, <title>," before it; else a name before a colon; else the attribution of the quote
   it goes on from (“…,” said X. “…”).
3. The speaker is the cue's subject, or that of the verb it is coordinated with or a participle
   hangs on ("rejected …, saying"), never across a quote's marks ("told Y that Iran “stands …”
   and condemned X": *condemned* goes with *told*); "…, said <name>" takes the name after the
   verb; "he"/"she" the last person subject before; "the President" and a bare surname the last
   person titled or named so (:mod:`dabir.extract.quote_refer`).
4. A news outlet (a KB media actor, or a phrase headed by a media noun: "state media") as the
   subject of a reporting verb ("reported", "said", "according to") relays, never speaks.
5. Indirect quotes: a stating cue verb with a clause ("X said (that) …"), "according to X, …",
   "As X reports, …", "<clause>, said <outlet>."; the object of a stating verb ("The President
   conveyed his support for …") or the "that" clause it holds ("his view that …"), when one
   speaker states it. One or two quoted words are scare quotes, cue or not.

Knowledge is data (vocab/quote-cues.yaml, read by :mod:`dabir.extract.quote_cues`). Pure:
parses, mentions and media ids are passed in.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import takewhile
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.event_parse import FINITE_TAGS, past_the_dateline
from dabir.extract.mentions import Paragraph
from dabir.extract.quote_bodies import author, body_before, document_told
from dabir.extract.quote_cues import cues, flags, is_cue, media_noun, particle, phrase_object
from dabir.extract.quote_fact import OPENERS, QuoteFact, attributed, led_in, shared
from dabir.extract.quote_follow import after_a_subject
from dabir.extract.quote_grammar import (
    FINITE,
    MAX_CLIMB,
    continued_cue,
    coordinated,
    finite,
    gone_on_to,
    has_that,
    infinitive,
    joint,
    keen_to,
    participle,
    quoting_participle,
    titled,
    verb_above,
)
from dabir.extract.quote_marks import Marks, pair_marks
from dabir.extract.quote_parts import (
    SUBJECT_DEPS,
    Found,
    Frame,
    ParaDoc,
    QuoteArticle,
    Who,
    chars_of,
    fact_of,
    object_end,
    set_off_name,
    words_of,
)
from dabir.extract.quote_refer import Person, described, named, people
from dabir.extract.voices import paragraph_voices
from dabir.types import FieldName, Span
from dabir.vocab import office_modifiers

COMPONENT = "quotes.v1"
SCARE_WORDS = 2  # a quote of at most this many words is a scare quote
ADJACENT = 4  # words looked at beside a quote's marks for a cue verb

NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
VERB_POS = frozenset({"VERB", "AUX"})
_SENTENCE_ENDS = frozenset('.!?,:;”"»')
_OF = frozenset({"of", "for", "at"})  # "a spokesman for the ministry"


def find_quotes(
    paragraphs: Sequence[Paragraph],
    mentions: Sequence[Mention],
    media: frozenset[str],
    fields: Mapping[FieldName, str] | None = None,
) -> list[QuoteFact]:
    """Every quote of the article, direct and indirect, in reading order. ``paragraphs`` and
    ``mentions`` are :meth:`MentionFinder.find_with_docs`'s; ``media`` the KB ids of news
    outlets. With ``fields`` (the article's field texts) marks are paired on the characters as
    written, and texts come back so; without, on the parser text (curly quotes made straight)."""
    names = list(dict.fromkeys(p.field for p in paragraphs))
    texts = [_text(p, fields) for p in paragraphs]
    marks = [m for name in names for m in pair_marks(name, _paragraphs_of(name, paragraphs, texts))]
    docs = _index(paragraphs, mentions, marks, texts)
    known = [person for d in docs for person in people(d.rank, d.offset, d.doc, d.at)]
    voices = paragraph_voices(paragraphs, mentions)
    article = QuoteArticle(docs, media, _person_subjects(docs, known), known, voices)
    found = [_direct(article, d, i, marks[i]) for d in docs for i in d.quotes]
    used = {(f.doc.rank, f.cue) for f in found if f.cue is not None}
    cued = [(d, d.doc[i]) for d in docs for i in sorted(d.cues)]
    reported = [fact for d, token in cued if (fact := _indirect(article, d, token, used)) is not None]
    if fields is not None:  # before sharing, so the rest of a quote led in is attributed too
        led = led_in([f.fact for f in found], reported, fields)
        found = [replace(f, fact=fact) for f, fact in zip(found, led, strict=True)]
    facts = [*after_a_subject(_share(found), found, article), *reported]
    return sorted(facts, key=lambda f: (names.index(f.span.field), f.span.start, not f.direct))


def _text(p: Paragraph, fields: Mapping[FieldName, str] | None) -> str:
    """The paragraph's characters as written when the field text is given, else as parsed."""
    parsed = str(p.doc.text)  # spaCy joins its tokens anew on every call: once per paragraph
    text = fields.get(p.field, "")[p.offset : p.offset + len(parsed)] if fields is not None else ""
    return text if len(text) == len(parsed) else parsed


def _paragraphs_of(name: FieldName, paras: Sequence[Paragraph], texts: list[str]) -> list[tuple[int, str]]:
    return [(p.offset, text) for p, text in zip(paras, texts, strict=True) if p.field == name]


def _index(
    paras: Sequence[Paragraph], mentions: Sequence[Mention], marks: list[Marks], texts: list[str]
) -> list[ParaDoc]:
    """Each paragraph with its mentions and quotes located on its tokens."""
    mentions_in = _buckets(paras, texts, [m.span for m in mentions])
    marks_in = _buckets(paras, texts, [Span(m.field, m.start, m.end) for m in marks])
    docs = []
    for rank, p in enumerate(paras):
        end = p.offset + len(texts[rank])
        at: dict[int, Mention] = {}
        for index in mentions_in[rank]:
            first, last = _tokens(p, mentions[index].span.start, mentions[index].span.end, end, "expand")
            at.update((i, mentions[index]) for i in range(first, last) if i not in at)
        quoted, quotes = [-1] * len(p.doc), {}
        for index in marks_in[rank]:
            quotes[index] = first, last = _tokens(p, marks[index].start, marks[index].end, end, "contract")
            quoted[first:last] = [index] * (last - first)
        cued = frozenset(t.i for t in p.doc if is_cue(t))
        labels = frozenset(
            i for i in marks_in[rank] if _words_in(marks[i], p.offset, texts[rank]) <= SCARE_WORDS
        )
        docs.append(ParaDoc(p.doc, p.field, p.offset, rank, texts[rank], at, quoted, quotes, cued, labels))
    return docs


def _words_in(marks: Marks, offset: int, text: str) -> int:
    """How many words the quote ``marks`` holds in the paragraph ``text`` at ``offset``."""
    return len(text[marks.start - offset : marks.end - offset].split())


def _buckets(paras: Sequence[Paragraph], texts: list[str], spans: list[Span]) -> list[list[int]]:
    """For each paragraph, the indices of the spans inside it."""
    found: list[list[int]] = [[] for _ in paras]
    starts: dict[FieldName, tuple[list[int], list[int]]] = {}  # field → paragraph offsets, ranks
    for rank, p in enumerate(paras):
        starts.setdefault(p.field, ([], []))[0].append(p.offset)
        starts[p.field][1].append(rank)
    for index, span in enumerate(spans):
        offsets, ranks = starts.get(span.field, ([], []))
        at = bisect.bisect_right(offsets, span.start) - 1
        if at >= 0 and span.end <= offsets[at] + len(texts[ranks[at]]):
            found[ranks[at]].append(index)
    return found


def _tokens(p: Paragraph, start: int, stop: int, end: int, mode: str) -> tuple[int, int]:
    """The token range of the field characters ``start``..``stop`` within paragraph ``p``."""
    start, stop = max(start, p.offset) - p.offset, min(stop, end) - p.offset
    found = p.doc.char_span(start, stop, alignment_mode=mode) if start < stop else None
    return (found.start, found.end) if found is not None else (0, 0)


def _person_subjects(docs: list[ParaDoc], known: list[Person]) -> list[tuple[tuple[int, int], Mention]]:
    """People named as the subject of a verb ("Qaani told", "…, said <name>", "The President
    conveyed") or as the source of "according to <name>", in reading order: what "he" and "she"
    can stand for. A name inside quoted words is what the speaker talks of, never them."""
    found: dict[tuple[int, int], Mention] = {}
    for d in docs:
        for i in sorted(d.at.keys() | d.cues | {t.i for t in d.doc if t.dep_ in SUBJECT_DEPS}):
            if d.quoted[i] >= 0:
                continue
            token, mention = d.doc[i], d.at.get(i)
            root = mention is not None and (token.head.i == i or d.at.get(token.head.i) is not mention)
            apposed = token.dep_ in {"appos", "conj", "compound"} and token.head.dep_ in SUBJECT_DEPS
            if token.dep_ == "compound" and getattr(d.at.get(token.head.i), "kind", None) != "person":
                apposed = False  # "the Biden-Harris Administration will …": the administration acts
            if mention is None and token.dep_ in SUBJECT_DEPS:  # "The President", "Minister of X <name>"
                named = _name_in_subject(d, token, token.head)
                place = (d.rank, d.offset + token.idx)
                mention = d.at[named.i] if named is not None else None
                mention = mention or _apposed(d, token) or described(known, place, token)
            elif not (root and (token.dep_ in SUBJECT_DEPS or apposed or _cited(token))):
                who = _inverted(d, token, frozenset(), known) if i in d.cues else None  # "…, said <name>"
                mention = who.mention if who is not None else None
                if mention is None and i in d.cues and _own_subject(d, token) is None:
                    named = _name_before(d, token)  # "… Adam Szubin writes that …"
                    mention = d.at[named.i] if named is not None else None
            if mention is not None and mention.kind == "person" and not _subordinate_subject(token):
                found.setdefault((d.rank, d.offset + token.idx), mention)
    return sorted(found.items(), key=lambda item: item[0])


def _subordinate_subject(token: Any) -> bool:
    """The subject of a relative clause ("the election by which Mahmoud had won"): a side figure,
    not whom a later "he" goes on about (an adverbial clause's may be: "After Kasparov cast his
    vote, he accused …")."""
    return token.dep_ in SUBJECT_DEPS and token.head.dep_ in {"relcl", "acl"}


def _cited(token: Any) -> bool:
    """``token`` is the object of a cue phrase: "According to <name>, …"."""
    phrase = token.head.head
    cited = phrase_object(phrase) if phrase.lower_ in cues().phrases else None
    return token.dep_ == "pobj" and cited is not None and cited.i == token.i


# --- Cues, speakers, addressees, sources. ---


def _outside(d: ParaDoc, token: Any) -> Any:
    """``token``, or its nearest ancestor outside any quote (coordination never enters a quote)."""
    while d.quoted[token.i] >= 0 and token.head.i != token.i:
        token = token.head
    return token


def _frame(article: QuoteArticle, d: ParaDoc, cue: Any) -> Frame:
    """Speaker, addressees and reporting source of a cue verb or phrase."""
    if cue.lower_ in cues().phrases:
        source = _who(article, d, phrase_object(cue))
        if source.media:
            return Frame(cue, None, (), source)
        return Frame(cue, source, (), _relay(article, d, cue))
    speaker, holder = _speaker(article, d, cue)
    addressees = _addressees(d, cue) or (_addressees(d, holder) if holder is not cue else ())
    if speaker is not None and speaker.media and "reporting" in flags(holder) | flags(cue):
        return Frame(cue, None, addressees, speaker)
    return Frame(cue, speaker, addressees, _relay(article, d, cue))


def _speaker(article: QuoteArticle, d: ParaDoc, verb: Any) -> tuple[Who | None, Any]:
    """Who speaks through ``verb``, and the verb whose subject that is."""
    inverted = _inverted(d, verb, article.media, article.people)
    if inverted is not None:
        return inverted, verb
    quoting = verb.head.lower_ == "as" and "quoting" in flags(verb.head.head)
    if quoting and _own_subject(d, verb) is None:
        quoted = verb.head.head.children  # "quoted X as saying", "X was quoted as saying"
        objects = [c for c in quoted if c.dep_ in {"dobj", "nsubjpass"}]
        return (_who(article, d, objects[0]) if objects else None), verb.head.head
    if _said_of_its_subject(verb):  # "Iran is accused of playing a "destabilizing role"": by whom
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return (_who(article, d, agents[0]) if agents else None), verb
    subject, holder = _subject(d, verb)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and holder.dep_ == "relcl":
        subject = holder.head  # "<name>, who said …"
    if subject is not None and subject.i not in d.at:
        subject = _name_in_subject(d, subject, holder) or subject
    return (_who(article, d, subject) if subject is not None else None), holder


def _said_of_its_subject(verb: Any) -> bool:
    """A passive cue ("is accused of", "was told that"): its subject is spoken of or to, not the
    speaker; but one who "was quoted as saying" speaks."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)  # "… and has been accused of"
    return passive and "quoting" not in flags(verb)


def _subject(d: ParaDoc, verb: Any) -> tuple[Any | None, Any]:
    """The subject of ``verb`` outside the quotes, or that of the verb it is coordinated with,
    or of the verb a participle hangs on ("X condemned …, saying …", "went on by describing"; "X
    said the channel was not political, adding …": the cue whose clause it hangs on)."""
    for _ in range(MAX_CLIMB):
        own = _own_subject(d, verb)
        if own is not None:
            return own, verb
        if participle(verb) and verb.dep_ == "pcomp":
            verb = verb.head  # the preposition; its head is the verb
        elif infinitive(verb) and verb.dep_ in {"acl", "xcomp"}:
            verb = verb_above(verb)  # "was at pains to emphasise that …", "was keen to point out"
            continue
        elif verb.dep_ not in {"conj", "xcomp"} and not participle(verb):
            break
        if verb.head.i == verb.i:
            break
        verb = _outside(d, continued_cue(verb, d.cues))
    return _name_before(d, verb), verb


def _name_before(d: ParaDoc, verb: Any) -> Any | None:
    """ "In an op-ed in the Sun-Sentinel, Treasury Acting Under Secretary … Adam Szubin writes
    that …": a finite cue verb the parse left with no subject, right after a person's name, is
    that person's (the parse hung the name on a preposition before it). Not a body's: "The New
    York Times reports that …" is a report, kept apart from a speaker."""
    before = d.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or verb.tag_ not in FINITE_TAGS or before.i not in d.at or d.quoted[before.i] >= 0:
        return None
    return before if d.at[before.i].kind == "person" else None


def _name_in_subject(d: ParaDoc, subject: Any, verb: Any) -> Any | None:
    """ "Treasury Acting Under Secretary for … Adam Szubin writes": the parse made "Acting" the
    subject; when the subject is a word that opens an office ("Acting", "Deputy": vocab
    office-modifiers.txt), the name that ends its phrase, right before the verb, is who speaks."""
    if subject.lower_ not in office_modifiers():
        return None  # "A spokesman for X said", "An aide to X told": the spokesman, the aide speak
    named = _name_before(d, verb)
    return named if named is not None and named in subject.subtree else None


def _own_subject(d: ParaDoc, verb: Any) -> Any | None:
    found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and d.quoted[c.i] < 0), None)
    return past_the_dateline(found) if found is not None else None  # "WASHINGTON – X said"


def _inverted(d: ParaDoc, verb: Any, media: frozenset[str], known: Sequence[Person]) -> Who | None:
    """ "…, said <name>" and "“…,” said <name>": the subject after the verb. A person named
    there wins ("said <title> <name>, <title>"); else the actor ending or opening the first
    phrase ("said state news agency IRNA"); else the author of a document named there ("said a
    statement issued by X"); else a person named before in full ("added d'Escoto"); else the
    words themselves."""
    doc = d.doc
    before = verb.i - 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    closed = 0 <= before < verb.i - 1 and d.quoted[before] >= 0  # “…” said <name>
    if verb.tag_ not in FINITE or before < 0 or not (closed or doc[before].text == ","):
        return None
    words = list(_inverted_words(doc, verb))
    own = _own_subject(d, verb)
    after = doc[words[-1].i + 1] if words and words[-1].i + 1 < len(doc) else None
    told = any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)  # "X, who …, told Y:"
    if own is not None and own.i < verb.i and (told or (after is not None and after.pos_ in {"VERB", "AUX"})):
        return None  # "X, Iran's supreme leader, said the program is …": X speaks, not "the program"
    if not any(t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"DATE", "TIME"} for t in words):
        return None  # "…, said Monday it would …"
    persons = [d.at[t.i] for t in words if t.i in d.at]
    phrase = words[: next((k for k, t in enumerate(words) if t.text == ","), len(words))]
    ends = [d.at[t.i] for t in (phrase[-1], phrase[0]) if t.i in d.at]
    written = [m for t in phrase if (m := author(t, d.at)) is not None]  # "said a statement issued by X"
    for mention in [m for m in persons if m.kind == "person"] + ends + written:
        return Who(mention, media=_is_media(mention, media), token=words[0].i)
    earlier = named(known, (d.rank, d.offset + verb.idx), phrase)
    if earlier is not None:
        return Who(earlier, token=words[0].i)
    media_words = any(media_noun(t) for t in phrase)
    return Who(text=words_of(d, phrase[0].i, phrase[-1].i + 1), media=media_words, token=words[0].i)


def _inverted_words(doc: Any, verb: Any) -> Iterator[Any]:
    """The words after an inverted cue verb: a noun phrase (titles capitalized: "Acting Under
    Secretary"), ending at a lowercase verb or conjunction, "which"/"who", or the sentence's end."""
    for k, token in enumerate(doc[verb.i + 1 : verb.i + 40]):
        lower = not token.text[:1].isupper()
        if k == 0 and lower and token.pos_ not in {"DET", "ADJ", "NOUN", "NUM"}:
            return
        if token.is_sent_start or token.text in {";", ":", ".", "(", ")"} or token.is_quote:
            return
        if lower and (token.pos_ in {"VERB", "AUX", "SCONJ"} or token.tag_ in {"WDT", "WP"}):
            return
        yield token


def _who(article: QuoteArticle, d: ParaDoc, token: Any) -> Who:
    """The actor (or the words) a subject or object token stands for; "he" and "she", the last
    person named as a subject before them; "the President", the last person titled so; "I", the
    paragraph's voice (the author of a statement, the speaker of a transcript's turn) when it tells
    what was said before ("I made clear to him that …"); the text's own "I am proud to announce
    that …" is the statement itself, no speech it reports."""
    if token.lower_ == "i" and _in_a_past_tense(token.head) and article.voices[d.rank] is not None:
        start = d.offset + token.idx
        return Who(article.voices[d.rank], pronoun=Span(d.field, start, start + 1), token=token.i)
    if token.lower_ in cues().pronouns and token.pos_ == "PRON":
        start = d.offset + token.idx
        at = bisect.bisect_left(article.subjects, (d.rank, start), key=lambda item: item[0])
        person = article.subjects[at - 1][1] if at else None
        return Who(person, pronoun=Span(d.field, start, start + len(token.text)), token=token.i)
    body = body_before(token, d.at, _previous(article, d)) if token.lower_ in cues().body_pronouns else None
    if body is not None:
        start = d.offset + token.idx
        pronoun = Span(d.field, start, start + len(token.text))
        return Who(body, pronoun=pronoun, media=_is_media(body, article.media), token=token.i)
    mention = (
        d.at.get(token.i)
        or _apposed(d, token)
        or author(token, d.at)
        or document_told(article.docs, d, token)  # looked back for only when nothing nearer names one
    )
    if mention is not None:
        return Who(mention, media=_is_media(mention, article.media), token=token.i)
    place = (d.rank, d.offset + token.idx)
    names = [c for c in token.children if c.dep_ == "compound"] + [token]
    earlier = described(article.people, place, token) or named(article.people, place, names)
    if earlier is not None:  # "The President", "d'Escoto": the person named before
        return Who(earlier, token=token.i)
    compounds = [d.at[c.i] for c in token.children if c.dep_ == "compound" and c.i in d.at]
    media = media_noun(token) and not any(m.kind == "organization" for m in compounds)
    return Who(text=_phrase(d, token), media=media, token=token.i)


def _in_a_past_tense(verb: Any) -> bool:
    """A verb in a past tense: "made", "have made"."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in verb.children))


def _previous(article: QuoteArticle, d: ParaDoc) -> tuple[Any, Mapping[int, Mention]] | None:
    """The parse and mentions of the paragraph before ``d`` in the same field, if any."""
    k = next((i for i, x in enumerate(article.docs) if x is d), 0)
    before = article.docs[k - 1] if k else None
    return (before.doc, before.at) if before is not None and before.field == d.field else None


def _apposed(d: ParaDoc, token: Any, depth: int = 3) -> Mention | None:
    """A mention in apposition to ``token`` or to a noun of its "of" phrase: "the head of
    Hamas' political bureau, Ismail Haniyeh"; or the person a capitalized title's "of" phrase
    ends in ("Prime Minister of Lebanon Fouad Siniora")."""
    found = [d.at[c.i] for c in token.children if c.dep_ == "appos" and c.i in d.at]
    objects = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if token.pos_ == "PROPN":
        found.extend(d.at[o.i] for o in objects if o.i in d.at and d.at[o.i].kind == "person")
    found.extend(m for o in (objects if depth else []) if (m := _apposed(d, o, depth - 1)) is not None)
    set_off = set_off_name(d, token) if token.dep_ == "pobj" else None  # "According to the judge, <name>,"
    return found[0] if found else set_off[0] if set_off else None


def _phrase(d: ParaDoc, token: Any) -> str:
    """The words of a noun phrase naming no actor ("Iran's Revolutionary Guards Quds Force
    commander", "a spokesman for the ministry"): at most a dozen words each side, to a comma."""
    first, last = max(token.left_edge.i, token.i - 12), token.i + 1
    for child in token.rights:
        if child.dep_ != "prep" or child.lower_ not in _OF or child.right_edge.i > token.i + 12:
            break
        last = child.right_edge.i + 1
    return words_of(d, first, next((t.i for t in d.doc[token.i : last] if t.text == ","), last))


def _is_media(mention: Mention, media: frozenset[str]) -> bool:
    return mention.actor in media or any(a in media for a in mention.actors)


def _addressees(d: ParaDoc, verb: Any) -> tuple[Mention, ...]:
    """Who ``verb`` speaks to: its object ("told A and B") or the object of "to"."""
    told = "addressee" in flags(verb)
    objects = [c for c in verb.children if told and c.dep_ in {"dobj", "dative"}]
    for child in verb.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in cues().addressee_prepositions:
            objects.extend(c for c in child.children if c.dep_ == "pobj")
    found: dict[Span, Mention] = {}
    for token in (t for obj in objects for t in [obj, *obj.conjuncts] if d.quoted[t.i] < 0):
        mention = d.at.get(token.i) or _apposed(d, token)
        if mention is not None:
            found.setdefault(mention.span, mention)
    return tuple(found.values())


def _relay(article: QuoteArticle, d: ParaDoc, verb: Any) -> Who | None:
    """The news outlet relaying what ``verb`` says: the media subject of a reporting verb above
    it ("…, IRNA reported"), or "according to <outlet>" on the way up."""
    token = verb
    for step in range(MAX_CLIMB):
        clause = _clause(d, token) if step == 0 else None  # "said <clause>, according to IRNA"
        for child in [*token.children, *(clause.children if clause is not None else ())]:
            if child is not verb and child.i in d.cues and child.lower_ in cues().phrases:
                source = _who(article, d, phrase_object(child))
                if source.media:
                    return source
        if step and token.pos_ == "VERB" and "reporting" in flags(token):
            who = _speaker(article, d, token)[0]
            if who is not None and who.media:
                return who
        if token.head.i == token.i:
            break
        token = _outside(d, token.head)
    return None


# --- Direct quotes. ---


def _direct(article: QuoteArticle, d: ParaDoc, index: int, marks: Marks) -> Found:
    """The fact of one quote between marks, found in paragraph ``d``. One or two quoted words
    are a scare quote whatever cue governs them (“called it a ‘crime’”): a label, not a
    statement; the clause around them is reported speech of its own. A title in marks with no
    cue, or under a naming verb, is a label too (E.O. 13572, “Blocking Property of …”), as the
    gold set's rules have it."""
    tokens = [d.doc[i] for i in range(*d.quotes[index])]
    start, end = marks.start - d.offset, min(marks.end - d.offset, len(d.text))
    scare = index in d.labels
    frame, how = (None, "scare") if scare else _quote_frame(article, d, index, tokens)
    if not scare and titled(tokens) and (frame is None or _naming(frame.cue)):
        frame, how, scare = None, "scare", True
    fact = fact_of(d, frame, (start, end), how, direct=True, scare=scare)
    chain = (marks.field, marks.chain) if marks.chain is not None else None
    return Found(fact, d, frame.cue.i if frame is not None and frame.cue is not None else None, chain)


def _naming(cue: Any) -> bool:
    return cue is not None and cue.lemma_.lower() in cues().naming_verbs


def _quote_frame(
    article: QuoteArticle, d: ParaDoc, index: int, tokens: list[Any]
) -> tuple[Frame | None, str]:
    """The attribution of a quote, and how its cue was found. A cue that names a speaker wins
    over one that only names a reporting source."""
    first: tuple[Frame, str] | None = None
    for cue, how in dict.fromkeys(_cue_candidates(d, index, tokens)):
        frame = _frame(article, d, cue)
        if frame.speaker is not None:
            return frame, how
        first = first or (frame, how)
    if first is not None:
        return first
    speaker = _colon_speaker(article, d, tokens)
    return (Frame(None, speaker, (), None), "colon") if speaker is not None else (None, "none")


def _cue_candidates(d: ParaDoc, index: int, tokens: list[Any]) -> Iterator[tuple[Any, str]]:
    """Cues for the quote ``index`` (its ``tokens``), best first, with how each was found."""
    roots = [t for t in tokens if t.head.i == t.i or d.quoted[t.head.i] != index]
    for root in roots:
        token = root  # the cue verb above the quote, reached through verbs and prepositions
        for _ in range(MAX_CLIMB):
            if token.head.i == token.i or d.quoted[token.head.i] >= 0:
                break
            token = token.head
            if token.i in d.cues:
                yield token, "governs"
            if token.i in d.cues or token.pos_ in NOUN_POS:
                break
    for root in roots:  # He “praised …”: the quote's own verb, its subject outside the marks
        if root.i in d.cues and _own_subject(d, root) is not None:
            yield root, "inside"
    if tokens:  # “…,” he said / said: “…” when the parse links the cue to nothing in the quote
        last, first = tokens[-1].i, tokens[0].i
        after = range(last + 1, min(len(d.doc), last + 1 + 2 * ADJACENT))
        before = range(first - 1, max(-1, first - 1 - 2 * ADJACENT), -1)
        for window in ([after] if d.doc[last].text not in {".", "…"} else []) + [before]:
            yield from ((cue, "adjacent") for cue in _window(d, window))
        yield from ((cue, "according") for cue in _cited_before(d, first))


def _cited_before(d: ParaDoc, first: int) -> Iterator[Any]:
    """ "According to <name>, <title>, “…”": a cue phrase before the quote's first token
    ``first`` in its sentence, with no verb between (the parse hangs the quote on the title)."""
    for i in range(first - 1, max(-1, first - 31), -1):
        token = d.doc[i]
        if i in d.cues and token.lower_ in cues().phrases:
            yield token
            return
        if token.pos_ in VERB_POS or d.quoted[i] >= 0 or token.text in {".", "!", "?", ";", ":"}:
            return


def _window(d: ParaDoc, indices: range) -> Iterator[Any]:
    """Cues among the few words at ``indices``, up to a sentence's end or another quote."""
    words = 0
    for i in indices:
        token = d.doc[i]
        if d.quoted[i] >= 0 or token.text in {".", "!", "?", ";"} or words >= ADJACENT:
            return
        if token.i in d.cues:
            yield token
        words += not token.is_punct


def _colon_speaker(article: QuoteArticle, d: ParaDoc, tokens: list[Any]) -> Who | None:
    """ "<name>, <title>: “…”": the name before a colon opening the quote, with no verb between."""
    doc = d.doc
    i = tokens[0].i - 1 if tokens else -1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    before = (doc[j] for j in range(i - 1, max(-1, i - 31), -1))
    stretch = takewhile(
        lambda t: t.pos_ not in VERB_POS and t.text not in {".", ":", ";"} and d.quoted[t.i] < 0, before
    )
    named = list(dict.fromkeys(d.at[t.i] for t in reversed(list(stretch)) if t.i in d.at))
    for mention in [m for m in named if m.kind == "person"] + named:
        return Who(mention, media=_is_media(mention, article.media), token=i)
    return None


def _share(found: list[Found]) -> list[QuoteFact]:
    """An unattributed quote takes the attribution of the first attributed piece of its
    multi-paragraph quote, or of the quote whose sentence it directly follows."""
    lead = {f.chain: f.fact for f in reversed(found) if f.chain is not None and attributed(f.fact)}
    facts: list[QuoteFact] = []
    previous: Found | None = None
    for f in found:
        source = lead.get(f.chain) if f.chain is not None else None
        source = source or (previous.fact if previous is not None and _follows(previous, f) else None)
        unattributed = not attributed(f.fact) and not f.fact.scare
        taken = shared(f.fact, source) if source is not None and unattributed else f.fact
        facts.append(taken)
        previous = replace(f, fact=taken)
        if f.chain is not None and attributed(taken):
            lead.setdefault(f.chain, taken)
    return facts


def _follows(previous: Found, f: Found) -> bool:
    """``f`` opens a sentence right after the sentence of the direct quote ``previous``."""
    d = f.doc
    if previous.doc is not d or not previous.fact.direct or not attributed(previous.fact):
        return False
    mark = d.text[: f.fact.span.start - d.offset].rstrip(OPENERS)
    gap = d.text[previous.fact.evidence.end - d.offset : f.fact.span.start - d.offset]
    return not gap.strip(OPENERS) and (not mark or mark[-1] in _SENTENCE_ENDS)


# --- Indirect quotes. ---


def _indirect(article: QuoteArticle, d: ParaDoc, cue: Any, used: set[tuple[int, int]]) -> QuoteFact | None:
    """ "X said (that) …", "X told Y that …", "according to X, …", "<clause>, said <outlet>."
    A cue already carrying a direct quote gives no second fact."""
    if d.quoted[cue.i] >= 0 or (d.rank, cue.i) in used:
        return None
    if cue.lower_ in cues().phrases:
        return _according(article, d, cue, used)
    said = participle(cue) or keen_to(cue) or gone_on_to(cue, cues().going_on_verbs)
    if not finite(cue) and _own_subject(d, cue) is None and not said:
        return None  # states nothing: "to deny", "expected to announce"
    if _said_by_no_one(d, cue):
        return None  # "Wolin's visit reinforced the U.S. commitment"
    clause = _clause(d, cue)
    if clause is None:
        return (
            _inverted_fact(article, d, cue)
            or _object_fact(article, d, cue)
            or _as_fact(article, d, cue)
            or _accusation_fact(article, d, cue)
        )
    if (d.rank, clause.i) in used:
        return None  # "IRNA reported [Qaani told Y “…”]": the direct quote has it all
    if coordinated(_subject(d, cue)[0], d.at):
        return None  # "Biden and Netanyahu stressed that …": a joint statement has no one speaker
    return _relayed(article, d, _frame(article, d, cue), clause, _clause_chars(d, clause), "clause")


def _said_by_no_one(d: ParaDoc, cue: Any) -> bool:
    """The cue's subject names an act, an event or a finding (`non_speakers`), and no actor."""
    subject, _ = _subject(d, cue)
    return subject is not None and subject.i not in d.at and subject.lemma_.lower() in cues().non_speakers


def _object_fact(article: QuoteArticle, d: ParaDoc, cue: Any) -> QuoteFact | None:
    """ "The President conveyed his support for …": what a stating verb's object says; "shared
    his conviction that <clause>": the clause the object holds, for any cue verb. One speaker
    states it: "The leaders reaffirmed …", "X and Y reiterated …" are no quotes."""
    content = _content(d, cue)
    if content is None or not finite(cue) or _relaying(d, cue):
        return None
    held = next((c for c in content.children if c.dep_ in {"acl", "ccomp"} and has_that(c)), None)
    subject = _subject(d, cue)[0]
    if (held is None and "object" not in flags(cue)) or subject is None or joint(subject):
        return None
    frame = _frame(article, d, cue)
    end = object_end(d, content)
    chars = _clause_chars(d, held) if held is not None else chars_of(d, content.left_edge.i, end)
    return fact_of(d, frame, chars, "object", direct=False) if chars is not None and frame.speaker else None


def _as_fact(article: QuoteArticle, d: ParaDoc, cue: Any) -> QuoteFact | None:
    """ "As X reports from …, <clause>": the clause an "as" adjunct of a cue hangs on is what
    X says."""
    main = cue.head
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    if main.pos_ not in VERB_POS or d.quoted[main.i] >= 0:
        return None
    first, last = main.left_edge.i, main.right_edge.i + 1
    before, after = (first, cue.left_edge.i), (cue.right_edge.i + 1, last)
    chars = chars_of(d, *(before if before[1] - before[0] >= after[1] - after[0] else after))
    frame = _frame(article, d, cue)
    return fact_of(d, frame, chars, "clause", direct=False) if chars is not None and frame.speaker else None


def _accusation_fact(article: QuoteArticle, d: ParaDoc, cue: Any) -> QuoteFact | None:
    """ "Mr. Bush accused Iran of sending arms to militants": the clause of an accusing cue's
    "of" is what its subject says. Passive, it has a speaker only by its agent ("Iran is accused
    of …" says no one's words)."""
    if "accusing" not in flags(cue):
        return None
    of = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    said = next((c for c in of.children if c.dep_ == "pcomp" and c.pos_ in VERB_POS), None) if of else None
    if said is None or not _unquoted(d, said):
        return None
    frame = _frame(article, d, cue)
    chars = chars_of(d, said.left_edge.i, said.right_edge.i + 1)
    return fact_of(d, frame, chars, "clause", direct=False) if chars is not None and frame.speaker else None


def _relaying(d: ParaDoc, cue: Any) -> bool:
    """A reporting verb relays ``cue``'s clause ("state media reported [X stressed …]"):
    :func:`_relayed` reads it from there."""
    return cue.dep_ == "ccomp" and cue.head.i in d.cues and "reporting" in flags(cue.head)


def _content(d: ParaDoc, cue: Any) -> Any | None:
    """The direct object of a cue verb, outside the quotes; for a verb phrase whose word took
    it as a subject ("made [clear his commitment]"), that subject."""
    holders = [cue, *([p] if (p := particle(cue)) is not None else [])]
    objects = [c for h in holders for c in h.children if c.dep_ in {"dobj", "nsubj"} and c.i != cue.i]
    found = [c for c in objects if (c.dep_ == "dobj" or c.head.i != cue.i) and _unquoted(d, c)]
    if found and found[0].lower_ == "it":  # "made it clear that <clause>": the clause is the content
        clauses = [c for h in holders for c in h.children if c.dep_ in {"advcl", "ccomp"} and has_that(c)]
        return clauses[0] if clauses else None
    return found[0] if found else None


def _clause(d: ParaDoc, verb: Any) -> Any | None:
    """The clause complement of a cue verb: a verb outside the quotes, or inside a scare quote
    ("said she was “deeply concerned” by …": the clause is reported speech)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in VERB_POS and _unquoted(d, c)]
    clauses = [c for c in clauses if not _apart(d, c, verb)]
    return clauses[0] if clauses else None


def _apart(d: ParaDoc, clause: Any, verb: Any) -> bool:
    """A clause before its verb across a semicolon is a sentence of its own ("The government
    denies the reports; X confirmed the defection"), not what the verb reports."""
    between = d.doc[clause.right_edge.i + 1 : verb.i] if clause.i < verb.i else []
    return any(t.text == ";" for t in between)


def _unquoted(d: ParaDoc, token: Any) -> bool:
    """``token`` is outside the quotes, or inside a scare quote."""
    return d.quoted[token.i] < 0 or d.quoted[token.i] in d.labels


def _relayed(
    article: QuoteArticle, d: ParaDoc, frame: Frame, clause: Any, chars: tuple[int, int] | None, how: str
) -> QuoteFact | None:
    """The fact of a reported clause. When an outlet relays a speech act ("state media reported
    [the commander stressed <Tehran's support>]"), the speech act's speaker and content; when it
    reports what happened ("Haaretz reported that …", "according to Reuters, …"), it speaks."""
    if frame.speaker is None and frame.reported is not None and clause.i in d.cues:
        if _clause(d, clause) is not None:
            return None  # the inner verb reports itself (and finds this source)
        inner = _frame(article, d, clause)
        content = next((c for c in clause.children if c.dep_ == "dobj" and d.quoted[c.i] < 0), None)
        if inner.speaker is not None and content is not None and "content" in flags(clause):
            chars, frame, how = chars_of(d, content.left_edge.i, content.right_edge.i + 1), inner, "relayed"
    elif frame.speaker is None and frame.reported is not None and frame.reported.mention is not None:
        frame = Frame(frame.cue, frame.reported, frame.addressees, None)  # "Haaretz reported that …": its own
    return fact_of(d, frame, chars, how, direct=False) if chars is not None else None


def _according(
    article: QuoteArticle, d: ParaDoc, phrase: Any, used: set[tuple[int, int]]
) -> QuoteFact | None:
    """ "According to X, <clause>" or "<clause>, according to X"."""
    clause = phrase.head
    if clause.i == phrase.i or clause.pos_ not in VERB_POS or (d.rank, clause.i) in used:
        return None
    if clause.dep_ == "ccomp" and clause.head.i in d.cues and d.quoted[clause.head.i] < 0:
        return None  # "X said <clause>, according to IRNA": X's fact, relayed by IRNA
    return _relayed(article, d, _frame(article, d, phrase), clause, _clause_chars(d, clause), "according")


def _clause_chars(d: ParaDoc, clause: Any) -> tuple[int, int] | None:
    """The characters of a reported clause, without an "according to …" phrase hung on it, and
    up to a participle that goes on with a direct quote ("… was not political, adding "…"")."""
    first, last = clause.left_edge.i, clause.right_edge.i + 1
    going_on = [c.left_edge.i for c in clause.children if quoting_participle(c) and c.i > clause.i]
    last = min([last, *going_on])
    for phrase in (c for c in clause.children if c.lower_ in cues().phrases and c.i in d.cues):
        cited = phrase_object(phrase)
        set_off = set_off_name(d, cited) if cited is not None else None
        resume = (set_off[1] if set_off else phrase.right_edge.i) + 1  # past "<name>," set off after it
        before, after = (first, phrase.left_edge.i), (resume, last)
        first, last = before if before[1] - before[0] >= after[1] - after[0] else after
    return chars_of(d, first, last)


def _inverted_fact(article: QuoteArticle, d: ParaDoc, verb: Any) -> QuoteFact | None:
    """ "<clause>, said state news agency IRNA.": the clause before the comma is what was said."""
    if _inverted(d, verb, article.media, article.people) is None:
        return None
    first = verb.sent.start
    stretch = d.doc[first : verb.i - 1]
    if not any(t.pos_ == "VERB" for t in stretch) or any(d.quoted[t.i] >= 0 for t in stretch):
        return None
    chars = chars_of(d, first, verb.i - 1)
    return (
        fact_of(d, _frame(article, d, verb), chars, "inverted", direct=False) if chars is not None else None
    )
