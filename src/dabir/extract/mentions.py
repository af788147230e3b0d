"""Mentions of actors in an article (``mentions.v1``): spaCy's entities corrected by our layer.

Per paragraph of each field (title, caption, text), on offset-keeping parser text:

1. the model's entities (PERSON, ORG, GPE, LOC, FAC, NORP), minus fragments without a capital
   ("supreme" tagged ORG; "al-Nakhalah" stays);
2. a gazetteer of the knowledge base's names (case-sensitive phrase matches), which finds what
   the model misses ("IRNA reported", "The Quds (Jerusalem) Force") and wins overlaps, so a
   nested "Jerusalem" is not a place mention;
3. document-level propagation: a bare surname after the full name ("Qaani" after "Esmail
   Qaani", which the model calls a place) is that person;
4. aliases the text teaches: "Esmail Qaani (Ghaani)" makes "Ghaani" a mention of the same actor,
   and an acronym is the organization whose initials it spells ("FATF", before or after
   "Financial Action Task Force");
5. a photo credit ("MEHR") is looked up among the KB's organizations whatever its case;
6. a place that acts (the subject of a verb, a possessor: "Tehran supports", "Tehran's
   support") is flagged ``acting``, so resolution can send it to the government (metonymy).

Knowledge stays in data: the gazetteer is built from the KB's text-safe names, never from names in
code. Pure: no database, no network; the model and the KB are passed in. The gazetteer's actor
ids are candidates; :mod:`dabir.resolve.link` decides the link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy
from spacy.matcher import PhraseMatcher

from dabir.actor_types import Mention
from dabir.extract.event_vocab import load_vocabulary
from dabir.extract.normalize import headline_text, parser_text
from dabir.ingest.layout import split_paragraphs
from dabir.resolve.kb import KnowledgeBase
from dabir.resolve.names import strip_titles
from dabir.types import FieldName, Span
from dabir.vocab import (
    collective_nouns,
    company_words,
    headline_words,
    legal_forms,
    office_modifiers,
    office_nouns,
    place_nouns,
    settlement_nouns,
    stopwords,
    titles,
)

TAUGHT_WINDOW = 8  # mentions after a name among which its parenthesized alias may already stand
COMPONENT = "mentions.v1"
KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_TAUGHT = re.compile(r"\s*\((?P<alias>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\)")


_ACRONYM = re.compile(r"[A-Z]{3,8}")  # two letters ("CS") spell too many things
_JOINING = frozenset({"of", "and", "the", "for", "on", "in", "to", "&"})
_SUFFIX = re.compile(r"^[^,]+, (?:Jr|Sr)\.?$")  # "Joseph R. Biden, Jr." is no OFAC listing form
_TITLE_BEFORE = re.compile(r"((?:[A-Z][A-Za-z.]*[ -]){0,3}[A-Z][A-Za-z.]*) $")  # words just before a name
_OFFICE_LINKS = frozenset({"of", "for", "the", "and", "on", "to"})  # "Secretary of the Treasury"
NOUN_TAGS = frozenset({"NNPS", "NNS", "NNP", "NN"})
MAX_CHUNK = 20_000  # characters parsed at once; longer paragraphs are cut
PIPE_BATCH = 16  # paragraphs parsed at once: spaCy's working memory grows with the batch, not the article
ACTING_DEPS = frozenset({"nsubj"})  # a place in these roles acts: metonymy
ACTING_PREPOSITIONS = frozenset({"by", "between"})  # "sanctioned by Washington", "talks between"


ROMAN_NUMERAL = re.compile(r"[IVX]+")
# "Abdulaziz bin Salman Al Saud": a name after these particles is a father's, part of the name.
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "binti"})


class MentionFinder:
    """Holds the model and the gazetteer; :meth:`find` is then pure per article."""

    def __init__(self, nlp: Any, kb: KnowledgeBase) -> None:
        self.nlp = nlp
        self._kb = kb
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._organizations: dict[str, list[str]] = {}  # casefolded name → ids, for credits
        for actor in kb.actors.values():
            names = [n for n in actor.text_names if safe_for_gazetteer(n)]
            if names:
                self._matcher.add(actor.id, [nlp.make_doc(parser_text(n)) for n in names])
            if actor.kind == "organization":
                for n in names:
                    self._organizations.setdefault(n.casefold(), []).append(actor.id)

    def find(self, fields: Mapping[FieldName, str]) -> list[Mention]:
        """Every mention in the article's fields, in field and reading order."""
        return self.find_with_docs(fields)[0]

    def find_with_docs(self, fields: Mapping[FieldName, str]) -> tuple[list[Mention], list[Paragraph]]:
        """The mentions, and each paragraph's parse (for the roles read from the same parse)."""
        found: list[Mention] = []
        paragraphs: list[Paragraph] = []
        for name, text in fields.items():
            field_mentions, field_paragraphs = self._field(name, text)
            found.extend(field_mentions)
            paragraphs.extend(field_paragraphs)
        found = propagate_surnames(found, fields)
        found = _reading_order([*found, *missed_surnames(found, fields)], fields)
        return join_acronyms(teach_aliases(found, fields), fields), paragraphs

    def _field(self, name: FieldName, text: str) -> tuple[list[Mention], list[Paragraph]]:
        spans = [chunk for p in split_paragraphs(text) for chunk in chunks(text, p.start, p.end)]
        readable = headline_text(text, headline_words()) if name == "title" else text
        texts = (parser_text(readable[start:end]) for start, end in spans)
        docs = self.nlp.pipe(texts, batch_size=PIPE_BATCH)
        mentions: list[Mention] = []
        paragraphs: list[Paragraph] = []
        for (start, _end), doc in zip(spans, docs, strict=True):
            # A lowercase fragment ("supreme" tagged ORG) is no name; "al-Nakhalah" is.
            model = [m for m in _model_mentions(doc, name, start) if any(c.isupper() for c in m.text)]
            merged = _merge(self._gazetteer(doc, name, start), model, self._kb)
            found = [_with_title(_with_acting(m, doc, start), text) for m in merged]
            if name == "credit" and not found:
                found = self._credit(name, text)
            mentions.extend(found)
            paragraphs.append(Paragraph(name, start, _lean(doc)))
        return mentions, paragraphs

    def _gazetteer(self, doc: Any, name: FieldName, offset: int) -> list[Mention]:
        by_span: dict[tuple[int, int], list[str]] = {}
        for match_id, first, last in self._matcher(doc):
            by_span.setdefault((first, last), []).append(self.nlp.vocab.strings[match_id])
        matches = []
        for (first, last), found in by_span.items():
            if first > 0 and doc[first - 1].lower_ in PATRONYMIC_PARTICLES:
                continue  # "Abdulaziz bin Salman": the father's name inside a name, not a mention
            ids = sorted(set(found))
            actor = self._kb.actors[ids[0]]
            span = doc[first:last]
            kinds = {self._kb.actors[i].kind for i in ids}
            kind = actor.kind if len(kinds) == 1 else ("place" if "place" in kinds else actor.kind)
            matches.append(
                Mention(
                    Span(name, offset + span.start_char, offset + span.end_char),
                    span.text,
                    kind,
                    "gazetteer",
                    actor.id,
                    tuple(ids),
                )
            )
        return _longest_first(matches)

    def _credit(self, name: FieldName, text: str) -> list[Mention]:
        """A photo credit names an outlet in capitals ("MEHR") or with a slash ("AFP/Getty")."""
        found = []
        for match in re.finditer(r"[^/,;]+", text):
            words = match.group().strip(" .()")
            ids = self._organizations.get(words.casefold())
            if ids:
                start = text.index(words, match.start())
                span = Span(name, start, start + len(words))
                found.append(Mention(span, words, "organization", "credit", ids[0], tuple(sorted(ids))))
        return found


def chunks(text: str, start: int, end: int, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """An overlong paragraph cut at sentence ends (else spaces, else anywhere) into pieces of at
    most ``limit`` characters, so memory and parse time stay bounded whatever the input."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("\n"))
        cut = (
            cut + 1 if cut > limit // 2 else (window.rfind(" ") if window.rfind(" ") > limit // 2 else limit)
        )
        pieces.append((start, start + cut))
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _lean(doc: Any) -> Any:
    """The parse without its tok2vec tensor (96 floats a token): the components after parsing
    read tokens, tags, dependencies and entities only, and an article at the size cap keeps
    thousands of paragraphs."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


@dataclass(frozen=True)
class Paragraph:
    """One parsed paragraph: the field it is in, where it starts, the spaCy doc."""

    field: FieldName
    offset: int
    doc: Any


def _with_acting(mention: Mention, doc: Any, offset: int) -> Mention:
    """Flag a place mention that acts: a subject, an agent ("by Tehran"), a party ("between
    Iran and Iraq"), a possessor of anything but a place noun ("Iran's policy", not "Iran's
    capital"), or coordinated with one that acts ("the U.S. and the U.K. sanctioned")."""
    if mention.kind != "place":
        return mention
    span = doc.char_span(mention.span.start - offset, mention.span.end - offset, alignment_mode="expand")
    if span is None:
        return mention
    return replace(mention, acting=acts(span.root))


def acts(token: Any) -> bool:
    if token.dep_ == "conj":
        return acts(token.head)
    if token.dep_ == "poss":
        return token.head.lemma_.lower() not in place_nouns() and token.head.lower_ not in place_nouns()
    if token.dep_ == "pobj":
        return token.head.lower_ in ACTING_PREPOSITIONS
    return token.dep_ in ACTING_DEPS


def safe_for_gazetteer(name: str) -> bool:
    """Names safe to look for in running text: capitalized (or a phrase ending in a name: "people
    of Palestine"), not a common word, not an OFAC
    "SURNAME, Given" listing form, not one letter or two ("US" is left to the model, which
    reads it in context, and to the resolver)."""
    words = name.split()
    return (
        len(name) >= 3
        and (name[:1].isupper() or (len(words) > 2 and all(w[:1].isupper() for w in words[2:])))
        and ("," not in name or bool(_SUFFIX.search(name)))
        and not (len(words) == 1 and name.casefold() in stopwords())
        and not (len(words) == 1 and name.isupper() and len(name) <= 3 and not name.isalpha())
    )


def _model_mentions(doc: Any, name: FieldName, offset: int) -> list[Mention]:
    found = []
    countries = {e.start: e for e in doc.ents if e.label_ == "GPE"}
    for e in doc.ents:
        if e.label_ not in KINDS:
            continue
        if _office(e):
            found.extend(_office_owner(e, name, offset))
            continue
        if not _adjective(e):
            cut = 4 if len(e) > 1 and (e.text.startswith("the ") or _opening_the(e)) else 0  # the name only
            end = e.end - 1 if len(e) > 1 and e[-1].tag_ == "POS" else e.end  # "Phil Gordon's": the name
            text = doc[e.start : end].text[cut:]
            span = Span(name, offset + e.start_char + cut, offset + e.start_char + cut + len(text))
            kind = "place" if _of_a_place_noun(e) or _in_a_country(e, countries) else KINDS[e.label_]
            found.append(Mention(span, text, kind, "model"))
        elif (collective := _collective(e)) is not None:
            start, end = collective
            span = Span(name, offset + start, offset + end)
            words = doc.char_span(start, end, alignment_mode="expand")  # not doc.text: rebuilt per call
            found.append(Mention(span, words.text if words is not None else e.text, "group", "collective"))
    return _patronymics_joined(found, doc.text, offset)


def _of_a_place_noun(entity: Any) -> bool:
    """ "the port city of Mocha", "a district of Aley": what a place noun is "of" is a place,
    whatever the model read ("Mocha" as a person, "Aley" as an organization). An organization of
    more than one word stays ("the capital of the Islamic State")."""
    head = entity.root.head
    kind = KINDS[entity.label_]
    return (
        (kind == "person" or (kind == "organization" and len(entity) == 1))
        and entity.root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in settlement_nouns()
    )


def _in_a_country(entity: Any, countries: Mapping[int, Any]) -> bool:
    """ "visited Buenos Aires, Argentina": a name followed by a comma and a country (or state)
    that closes the phrase is a town of it, whatever the model read ("Buenos Aires" as a
    person). An organization of more than one word stays ("the Central Bank, Iraq")."""
    kind = KINDS[entity.label_]
    doc = entity.doc
    if not (kind == "person" or (kind == "organization" and len(entity) == 1)) or entity.end + 1 >= len(doc):
        return False
    if doc[entity.end].text != ",":
        return False
    country = countries.get(entity.end + 1)  # the GPE entities of the doc, by their first token
    closes = country is not None and (country.end == len(doc) or doc[country.end].is_punct)
    return closes


def _office(entity: Any) -> bool:
    """ "National Security Advisor to the Vice President Dr. Phil Gordon", "the Iraqi Minister of
    Finance": an "organization" whose head word names an office (vocab/office-nouns.txt) is the
    title of a person, not an actor of its own ("Ministry of Finance" is one)."""
    head = entity.root
    words = {head.lemma_.lower(), head.lower_, head.lower_.removesuffix("s")}  # "Advisors": a PROPN's lemma
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if (
        KINDS[entity.label_] == "organization"
        and all(t.lower_ in office_modifiers() for t in entity)
        and after is not None
        and after.lower_ in office_nouns()
    ):
        return True  # "The Supreme leader warned": the model took the office's first words alone
    return bool(KINDS[entity.label_] == "organization" and words & office_nouns())


def _office_owner(entity: Any, name: FieldName, offset: int) -> list[Mention]:
    """ "G7 Leaders", "EU Foreign Ministers": an office the model read as one organization, opened
    by a short acronym (too short for the gazetteer to look for) that owns it: the acronym is a
    mention of the body."""
    first = entity[0]
    short = first.text.replace(".", "")
    owner = first.pos_ == "PROPN" and first.dep_ == "compound" and 2 <= len(short) <= 3
    if not (owner and short.isupper() and short.isalnum() and len(entity) > 1):
        return []
    span = Span(name, offset + first.idx, offset + first.idx + len(first.text))
    return [Mention(span, first.text, "organization", "model")]


def _opening_the(entity: Any) -> bool:
    """ "The Financial Action Task Force is …" opening a sentence (or after a page's stray spaces,
    "….html  The …"): the article, not the name. Mid-sentence ("Iran, The Hague Tribunal said"),
    "The" is the name's own."""
    if not entity.text.startswith("The "):
        return False
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    return (
        before is None
        or entity[0].is_sent_start
        or before.is_space
        or before.text in (".", ":", ";", "!", "?")
    )


def _patronymics_joined(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """ "Abdulaziz" + "bin Salman Al Saud": a person's name the model cut at its "bin" is one name."""
    joined: list[Mention] = []
    for mention in found:
        before = joined[-1] if joined else None
        particle = mention.text.split(" ", 1)[0].lower() in PATRONYMIC_PARTICLES
        if (
            particle
            and before is not None
            and before.kind in ("person", "organization")
            and mention.span.field == before.span.field
            and text[before.span.end - offset : mention.span.start - offset] == " "
        ):
            span = Span(before.span.field, before.span.start, mention.span.end)
            joined[-1] = Mention(span, f"{before.text} {mention.text}", "person", "model")
        else:
            joined.append(mention)
    return joined


def _collective(entity: Any) -> tuple[int, int] | None:
    """ "Iranian protesters", "the Palestinian people": a nationality before a collective noun
    (vocab/collective-nouns.txt) is a group of people, an actor of kind ``group``."""
    head = entity.root.head
    if head.i != entity.end or head.lower_ not in collective_nouns():
        return None
    return int(entity.start_char), int(head.idx + len(head.text))


def _with_title(mention: Mention, text: str) -> Mention:
    """A person's title or rank ("Brigadier-General", "President") split from the name and kept
    on the mention as role evidence: inside the span (the model's "President Biden") or just
    before it (the gazetteer's "Ismail Qaani" after "Brigadier General")."""
    if mention.kind != "person":
        return mention
    name = strip_titles(mention.text)
    if name != mention.text and mention.text.endswith(name):
        cut = len(mention.text) - len(name)
        span = Span(mention.span.field, mention.span.start + cut, mention.span.end)
        return replace(mention, span=span, text=name, title=mention.text[:cut].strip())
    before = _TITLE_BEFORE.search(text, max(0, mention.span.start - 80), mention.span.start)
    if before is None:
        return mention
    office = _office_before(text, mention.span.start)
    if office:  # "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson"
        return replace(mention, title=office)
    kept: list[str] = []
    for word in reversed(before.group(1).split(" ")):  # the title words right before the name
        if not _is_title(word):
            break
        kept.append(word)
    if not kept:
        return mention
    title = " ".join(reversed(kept))
    return replace(mention, title=title)


def _office_before(text: str, start: int) -> str | None:
    """An office written out before a name, from its office noun on ("Secretary of the Treasury
    for Terrorism and Financial Intelligence", "Deputy Secretary"), with the words that open it
    ("Under"): words of the office are capitalised, or "of", "for", "the", "and". The office noun
    nearest the name is the office; an "and" in it must come after its "of" or "for" ("Minister of
    Foreign Affairs and Expatriates"), else it joins two people ("Prime Minister Benjamin
    Netanyahu and Defense Minister", "President Joe Biden and First Lady")."""
    clause = re.split(r"[,;:.()\u2013\u2014\n]", text[max(0, start - 120) : start])[-1]
    words = clause.split()
    if not words or not words[-1][:1].isupper():
        return None
    run = len(words)
    while run > 0 and (words[run - 1][:1].isupper() or words[run - 1] in _OFFICE_LINKS):
        run -= 1
    offices = [k for k in range(run, len(words)) if words[k].lower() in office_nouns()]
    if not offices:
        return None
    first = offices[-1]
    linked = False
    for word in words[first:]:
        linked = linked or word in ("of", "for")
        if word == "and" and not linked:
            return None
    while first > run and words[first - 1].lower() in office_modifiers():
        first -= 1  # "Under Secretary", "Acting Director", "Prime Minister"
    return " ".join(words[first:])


def _is_title(word: str) -> bool:
    parts = [p for p in re.split(r"[.-]", word.lower()) if p]
    return bool(parts) and all(part in titles() for part in parts)


def _adjective(entity: Any) -> bool:
    """A nationality or group used as an adjective ("Israeli crimes", "Palestinian cause") names
    no actor; the people as a noun ("the Palestinians") does. A country's adjective that modifies a
    noun is one whatever the model's label ("our Emirati partners" read as an organization)."""
    root = entity.root
    if entity.label_ == "NORP":
        return bool(root.tag_ not in NOUN_TAGS or _hyphened(entity))
    return bool(
        len(entity) == 1
        and root.lower_ in load_vocabulary().demonyms
        and (_hyphened(entity) or (root.dep_ in ("amod", "compound") and root.head.pos_ in ("NOUN", "PROPN")))
        and root.head.i > root.i
    )


def _hyphened(entity: Any) -> bool:
    """ "Iranian-backed militias": the adjective of a hyphened participle."""
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    return bool(after is not None and after.text == "-" and entity.root.head.tag_ == "VBN")


def _overlaps(a: Span, b: Span) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longer ones kept over the shorter ones they overlap."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.span.end - m.span.start), m.span.start)):
        if not any(_overlaps(mention.span, k.span) for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.span.start)


def _merge(gazetteer: list[Mention], model: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Gazetteer matches win; a model entity survives where no gazetteer match overlaps it. A
    person the model names in full, by a given name the KB person never has, wins over the KB
    surname it ends with ("Melania Trump" is not the KB's "Trump"; "Joseph R. Biden" stays Biden)."""
    fuller = [m for m in map(_untitled, model) if any(_another_given_name(g, m, kb) for g in gazetteer)]
    companies = [m for m in model if _a_company(m)]
    gazetteer = [g for g in gazetteer if not any(_inside(g.span, c.span) for c in companies)]
    kept = [g for g in gazetteer if not any(_another_given_name(g, m, kb) for m in fuller)]
    model = [*fuller, *(m for m in model if not any(_overlaps(m.span, f.span) for f in fuller))]
    kept.extend(m for m in model if not any(_overlaps(m.span, g.span) for g in kept))
    return sorted(kept, key=lambda m: m.span.start)


def _a_company(mention: Mention) -> bool:
    """A model organization named as a company: a word of `company-words.txt` or a legal form,
    and only a name's words (not "… S.A.L. OFAC designated Trust Life …", a run the model took
    across a sentence)."""
    written = mention.text.split()
    if any(w.isalpha() and w.islower() and len(w) > 3 for w in written):
        return False
    words = {w.strip(".,").replace(".", "").lower() for w in written}
    return mention.kind == "organization" and bool(words & (company_words() | legal_forms()))


def _inside(inner: Span, outer: Span) -> bool:
    """``inner`` lies within ``outer`` and is shorter (a word of a longer name)."""
    longer = outer.end - outer.start > inner.end - inner.start
    return inner.field == outer.field and outer.start <= inner.start and inner.end <= outer.end and longer


def _untitled(mention: Mention) -> Mention:
    """The mention without the titles it opens with ("Lady Melania Trump": "Melania Trump")."""
    text = strip_titles(mention.text)
    if not text or text == mention.text or not mention.text.endswith(text):
        return mention
    cut = len(mention.text) - len(text)
    return replace(mention, span=replace(mention.span, start=mention.span.start + cut), text=text)


def _another_given_name(surname: Mention, person: Mention, kb: KnowledgeBase) -> bool:
    """ "Melania Trump" holding the KB surname "Trump": a person's name, longer on the left by a
    given name that no name of the KB person has."""
    given = person.text[: len(person.text) - len(surname.text)].split()
    if not (
        given
        and surname.kind == "person"
        and person.kind == "person"
        and person.span.field == surname.span.field
        and person.span.end == surname.span.end
        and person.span.start < surname.span.start
    ):
        return False
    first = given[0].casefold()
    names = (n for actor in surname.actors for n in kb.actors[actor].names)
    return not _is_title(given[0]) and not any(first in n.casefold().split() for n in names)


def propagate_surnames(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    """A mention equal to the last words of a person already named is that person ("Qaani" after
    "Esmail Qaani", "Aboul Gheit" after "Ahmed Aboul Gheit")."""
    people: dict[str, Mention] = {}
    result: list[Mention] = []
    for mention in _reading_order(mentions, fields):
        words = mention.text.split()
        name = mention.text.split(" of ", 1)[0].split()  # "Abdullah II of Jordan": "of Jordan" is no name
        if mention.kind == "person" and len(name) > 1:
            for cut in range(1, len(name)):
                if not ROMAN_NUMERAL.fullmatch(name[cut]):  # "II" is no surname
                    people.setdefault(" ".join(name[cut:]), mention)
        known = people.get(" ".join(words))
        if known is not None and known is not mention and (mention.kind != "person" or mention.actor is None):
            result.append(_repeats(mention, known))
        else:
            result.append(mention)
    return _named_later(result, people)


def _repeats(mention: Mention, person: Mention) -> Mention:
    """The mention, read as a repeat of the person named by ``person``."""
    return replace(
        mention,
        kind="person",
        origin="propagated",
        actor=person.actor,
        actors=person.actors,
        acting=False,
        refers_to=person.span,
    )


def _named_later(mentions: list[Mention], people: Mapping[str, Mention]) -> list[Mention]:
    """ "Deputy Secretary Kimmitt travels …" before "… said Deputy Secretary Robert M. Kimmitt": a
    bare name the article spells out only later is that person too, when one person alone has it."""
    owners: dict[str, set[str]] = {}  # a last name → the full names that end with it
    for mention in mentions:
        name = mention.text.split(" of ", 1)[0].split()
        if mention.kind == "person" and mention.origin != "propagated" and len(name) > 1:
            for cut in range(1, len(name)):
                owners.setdefault(" ".join(name[cut:]), set()).add(mention.text)
    result: list[Mention] = []
    for mention in mentions:
        person = people.get(mention.text) if " " not in mention.text else None  # a bare name only
        unresolved = mention.refers_to is None and (mention.kind != "person" or mention.actor is None)
        alone = person is not None and person is not mention and len(owners.get(mention.text, ())) == 1
        result.append(_repeats(mention, person) if alone and unresolved and person is not None else mention)
    return result


def missed_surnames(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    """ "Secretary Bessent encouraged …" after "Scott Bessent": a later bare surname the model did
    not tag is that person too, unless two people of the article share it."""
    firsts: dict[str, Mention] = {}
    shared: set[str] = set()
    for mention in mentions:
        words = mention.text.split(" of ", 1)[0].split()  # "Abdullah II of Jordan": no surname "Jordan"
        if mention.kind == "person" and len(words) > 1 and mention.origin != "propagated":
            surname = words[-1]
            if ROMAN_NUMERAL.fullmatch(surname):
                continue
            if surname in firsts and firsts[surname].actors != mention.actors:
                shared.add(surname)
            firsts.setdefault(surname, mention)
    order = {name: index for index, name in enumerate(fields)}
    taken = _Taken(mentions, fields)
    found: list[Mention] = []
    for surname, person in firsts.items():
        if surname in shared or len(surname) < 3 or not surname[0].isupper():
            continue
        for name, text in fields.items():
            if order[name] < order[person.span.field]:
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
                span = Span(name, match.start(), match.end())
                if (name == person.span.field and span.start < person.span.end) or taken.overlaps(span):
                    continue
                same = replace(person, span=span, text=surname, origin="propagated", acting=False, title=None)
                found.append(replace(same, refers_to=person.span))
                taken.add(span)
    return found


class _Taken:
    """The characters of each field that mentions cover, so that a span is checked against all of
    them in the time of its own length (an article at the size cap holds tens of thousands)."""

    def __init__(self, mentions: Sequence[Mention], fields: Mapping[FieldName, str]) -> None:
        self._covered = {name: bytearray(len(text)) for name, text in fields.items()}
        for mention in mentions:
            self.add(mention.span)

    def add(self, span: Span) -> None:
        covered = self._covered.get(span.field)
        if covered is not None:
            covered[span.start : span.end] = b"\x01" * len(covered[span.start : span.end])

    def overlaps(self, span: Span) -> bool:
        covered = self._covered.get(span.field)
        return covered is not None and 1 in covered[span.start : span.end]


def teach_aliases(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    """ "Esmail Qaani (Ghaani)": the parenthesized name is the same actor (unless already a
    mention of its own kind)."""
    taught: list[Mention] = []
    for index, mention in enumerate(mentions):
        text = fields[mention.span.field]
        match = _TAUGHT.match(text, mention.span.end)
        if not match:
            continue
        start, end = match.span("alias")
        span = Span(mention.span.field, start, end)
        following = mentions[index + 1 : index + 1 + TAUGHT_WINDOW]  # in reading order: just after it
        existing = [m for m in following if _overlaps(m.span, span)]
        if all(m.kind == mention.kind for m in existing):
            taught.append(
                Mention(
                    span,
                    match.group("alias"),
                    mention.kind,
                    "taught",
                    mention.actor,
                    mention.actors,
                    refers_to=mention.span,
                )
            )
    covered = _Taken(taught, fields)
    kept = [m for m in mentions if not covered.overlaps(m.span)]
    return _reading_order([*kept, *taught], fields)


def initials(name: str) -> str:
    """ "Financial Action Task Force" → "FATF", "Office of Foreign Assets Control" → "OFAC"; "" when
    a word other than a small joining word is not capitalized (no acronym is made of it)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _JOINING]
    return "".join(w[0] for w in words) if all(w[0].isupper() for w in words) else ""


def join_acronyms(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    """An acronym the KB does not know ("FATF") is the organization whose initials it spells, wherever
    in the article the full name stands, so both are one actor. A full name the model did not tag
    is found in the text ("… .html  The Financial Action Task Force is …") and becomes a mention."""
    named: dict[str, Mention | None] = {}
    for mention in mentions:
        if mention.kind == "organization" and mention.refers_to is None and " " in mention.text:
            named.setdefault(initials(mention.text), mention)
    joined: list[Mention] = []
    for mention in mentions:
        if not _ACRONYM.fullmatch(mention.text) or mention.actors or mention.refers_to is not None:
            joined.append(mention)
            continue
        if mention.text not in named and mention.kind == "organization":
            found = _spelled_out(mention.text, fields, [*mentions, *joined])
            named[mention.text] = found  # a miss is remembered too: each acronym is looked for once
            if found is not None:
                joined.append(found)
        full = named.get(mention.text)
        if full is None or full is mention:
            joined.append(mention)
            continue
        joined.append(
            replace(
                mention,
                kind=full.kind,
                origin="propagated",
                actor=full.actor,
                actors=full.actors,
                refers_to=full.span,
            )
        )
    return _reading_order(joined, fields)


_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*?[a-z][\w'’-]*")  # "Financial", "Al-Huda"; no trailing "." or "'s"


def _spelled_out(acronym: str, fields: Mapping[FieldName, str], known: list[Mention]) -> Mention | None:
    """The first run of capitalized words of the article whose initials spell ``acronym``, with
    joining words between them ("Office of Foreign Assets Control"), where no mention stands.
    One pass over the words of each field (no backtracking, whatever the text)."""
    for name, text in fields.items():
        words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        for first in range(len(words)):
            if words[first][1][:1] != acronym[0]:
                continue
            span = _spelling(acronym, words, first, name)
            if span is not None and not any(_overlaps(span, m.span) for m in known):
                return Mention(span, text[span.start : span.end], "organization", "propagated")
    return None


def _spelling(acronym: str, words: list[tuple[int, str]], first: int, field: FieldName) -> Span | None:
    """The span of the words from ``first`` whose initials are ``acronym`` (joining words between
    them skipped), the last word without its closing punctuation or possessive."""
    letter, index, end = 0, first, None
    while letter < len(acronym) and index < len(words) and index - first < 3 * len(acronym):
        start, word = words[index]
        if letter > 0 and word.casefold() in _JOINING:
            index += 1
            continue
        match = _NAME_WORD.match(word)
        if match is None or word[0] != acronym[letter]:
            return None
        kept = _POSSESSIVE.sub("", match.group())
        letter, index, end = letter + 1, index + 1, start + len(kept)
        if letter < len(acronym) and len(kept) < len(word):
            return None  # "Force." or "Force's" ends the run before the acronym is spelled
    if letter < len(acronym) or end is None:
        return None
    return Span(field, words[first][0], end)


def _reading_order(mentions: list[Mention], fields: Mapping[FieldName, str]) -> list[Mention]:
    order = {name: index for index, name in enumerate(fields)}
    return sorted(mentions, key=lambda m: (order.get(m.span.field, 99), m.span.start))
