"""An article's dates, events, quotes and categories, from the parse and the linked mentions.

Each component runs on its own: one that fails records a :class:`ComponentError` on the
article and the others go on (the article and its mentions are stored all the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from dabir.actor_types import ActorRecord, Mention
from dabir.extract import categories as categories_component
from dabir.extract import dates as dates_component
from dabir.extract import events as events_component
from dabir.extract import quotes as quotes_component
from dabir.extract.datelines import datelines, placed_by_dateline
from dabir.extract.dates import DateRef, find_dates
from dabir.extract.event_vocab import EventVocabulary, load_vocabulary
from dabir.extract.events import EventFact, dated_by_report, find_events
from dabir.extract.mentions import Paragraph
from dabir.extract.quote_fact import QuoteFact
from dabir.fact_types import (
    JOURNEY_CODES,
    ArticleFacts,
    CategoryRecord,
    ComponentError,
    CountValue,
    DateRecord,
    DateValue,
    EventRecord,
    PlaceValue,
    QuoteRecord,
)
from dabir.resolve.kb import KnowledgeBase
from dabir.resolve.link import governments_of
from dabir.resolve.places import gazetteer
from dabir.resolve.states import VERSION as VERSION_STATES
from dabir.resolve.states import foreign_governments, government_of_code
from dabir.types import Article, FieldName, Span

T = TypeVar("T")
DATE_CONFIDENCE = 0.9
MAX_ERROR = 500  # characters of an error message kept


@dataclass(frozen=True)
class _Scope:
    """What one article's events are read against: its countries (the context places are read
    in), whom "we" is (``we`` maps the origins "publisher" and "publisher-state"), and who governs
    each place: the KB's governments, and the new ones of countries the KB has none for."""

    countries: tuple[str, ...] = ()
    we: Mapping[str, str | None] = field(default_factory=dict)
    governments: Mapping[str, str] = field(default_factory=dict)


def anchor_date(article: Article) -> date | None:
    """The publication day, when the article gives one (relative dates resolve against it)."""
    if article.published is None or len(article.published.value) < 10:
        return None
    try:
        return date.fromisoformat(article.published.value[:10])
    except ValueError:
        return None


class FactReader:
    """Holds what is loaded once (the event vocabulary, the media ids); :meth:`read` is per article."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.vocab: EventVocabulary = load_vocabulary()
        self.media = frozenset(a.id for a in kb.actors.values() if "MED" in a.sectors)
        self.regions = categories_component.load_regions()
        self.governments = governments_of(kb)
        self.part_of = {
            actor.id: a.actor
            for actor in kb.actors.values()
            for a in actor.affiliations
            if a.role.lower() in self.vocab.part_of_roles
        }
        self.state_governments = {  # a country (a place within no other place) → its government
            place.country: self.governments[place.id]
            for place in kb.actors.values()
            if place.kind == "place" and place.country and place.id in self.governments
            if not any(kb.actors.get(a.actor, place).kind == "place" for a in place.affiliations)
        }
        self.speaks_for = {
            actor.id: a.actor
            for actor in kb.actors.values()
            for a in actor.affiliations
            if a.role.lower() in self.vocab.speaks_for_roles
        }
        self.demonym_states = {  # a country the vocabulary has an adjective for and the KB no government
            code: government
            for code in set(self.vocab.demonyms.values()) - set(self.state_governments)
            for government in [government_of_code(code)]
            if government is not None
        }
        self.state_led = self._of_governments(self.vocab.led_by_roles)  # "Saudi-led": the coalition
        self.state_forces = self._of_governments(self.vocab.armed_forces_roles)  # "Israeli soldiers"

    def _of_governments(self, roles: frozenset[str]) -> dict[str, str]:
        """A country → the KB actor that has one of ``roles`` to its government, if any."""
        return {
            country: actor.id
            for actor in self.kb.actors.values()
            for a in actor.affiliations
            if a.role.lower() in roles
            for country, government in self.state_governments.items()
            if a.actor == government
        }

    def read(
        self,
        article: Article,
        fields: Mapping[FieldName, str],
        paragraphs: Sequence[Paragraph],
        mentions: Sequence[Mention],
        actor_at: Mapping[Span, str | None],
    ) -> ArticleFacts:
        errors: list[ComponentError] = []
        anchor = anchor_date(article)
        refs: list[DateRef] = _run(errors, dates_component.COMPONENT, lambda: _dates(paragraphs, anchor), [])
        report = report_date(paragraphs, refs, anchor, self.vocab)
        said: list[QuoteFact] = _run(
            errors,
            quotes_component.COMPONENT,
            lambda: quotes_component.find_quotes(paragraphs, mentions, self.media, fields),
            [],
        )
        quotes = [_quote_record(q, actor_at, fields) for q in said]
        states: dict[str, ActorRecord] = _run(
            errors, VERSION_STATES, lambda: foreign_governments(mentions, actor_at, self.kb.actors), {}
        )
        events: list[EventRecord] = _run(
            errors,
            events_component.COMPONENT,
            lambda: self._events(
                paragraphs, mentions, actor_at, anchor, report, fields, article.source.name, said, states
            ),
            [],
        )
        categories: list[CategoryRecord] = _run(
            errors,
            categories_component.COMPONENT,
            lambda: self._categories(article, fields, paragraphs, mentions, actor_at),
            [],
        )
        return ArticleFacts(
            dates=tuple(_date_record(r) for r in refs),
            events=tuple(events),
            quotes=tuple(quotes),
            categories=tuple(categories),
            errors=tuple(errors),
            reported=_value(report) if report is not None else None,
            new_actors=_used([*states.values(), *self.demonym_states.values()], events),
        )

    def _categories(
        self,
        article: Article,
        fields: Mapping[FieldName, str],
        paragraphs: Sequence[Paragraph],
        mentions: Sequence[Mention],
        actor_at: Mapping[Span, str | None],
    ) -> list[CategoryRecord]:
        items = categories_component.located_from_mentions(mentions, actor_at, self.kb, paragraphs)
        home = categories_component.publisher_country(self.kb, article.source.name)
        lead = categories_component.lead_end(fields.get("text", ""))
        found = categories_component.categorize(items, lead, self.regions, home)
        return [CategoryRecord(c.name, c.score, categories_component.COMPONENT) for c in found]

    def _events(
        self,
        paragraphs: Sequence[Paragraph],
        mentions: Sequence[Mention],
        actor_at: Mapping[Span, str | None],
        anchor: date | None,
        report: DateRef | None,
        fields: Mapping[FieldName, str],
        publisher: str = "",
        said: Sequence[QuoteFact] = (),
        states: Mapping[str, ActorRecord] | None = None,
    ) -> list[EventRecord]:
        found = [
            spoken_in_quote(e, said)
            for e in find_events(paragraphs, mentions, anchor, self.media, self.vocab)
        ]
        me = categories_component.publisher_actor(self.kb, publisher)
        scope = _Scope(
            countries=self._countries(mentions, actor_at, fields),
            we={"publisher": self._speaking_for(me), "publisher-state": self._top(me)},
            governments={**self.governments, **{a: g.id for a, g in (states or {}).items()}},
        )
        places = [m for m in mentions if m.kind == "place" or self._is_place(actor_at.get(m.span))]
        lines = datelines(places, fields.get("text", ""))
        found = [placed_by_dateline(e, lines, self.vocab) for e in found]
        records = [self._record(dated_by_report(e, report), actor_at, fields, scope) for e in found]
        return dated_by_trip([r for r in records if r.source_ids or r.target_ids or r.place or r.counts])

    def _countries(
        self,
        mentions: Sequence[Mention],
        actor_at: Mapping[Span, str | None],
        fields: Mapping[FieldName, str],
    ) -> tuple[str, ...]:
        """The countries of the article's actors, of the countries it names that the KB does not
        have ("Georgia") and of their adjectives ("the Georgian port of Poti"), most named first:
        the context places are read in."""
        counts: dict[str, int] = {}
        for mention in mentions:
            actor = self.kb.actors.get(actor_at.get(mention.span) or "")
            unknown = actor is None and mention.kind == "place"
            named = gazetteer().country_named(mention.text) if unknown else None
            country = actor.country if actor is not None else named.country if named is not None else None
            if country:
                counts[country] = counts.get(country, 0) + 1
        for word in re.findall(r"\b[A-Z][a-z]+\b", "\n".join(fields.values())):
            country = self.vocab.demonyms.get(word.lower())
            if country:
                counts[country] = counts.get(country, 0) + 1
        return tuple(sorted(counts, key=lambda c: -counts[c]))

    def _place(self, mention: Mention, actor_id: str | None, countries: tuple[str, ...]) -> PlaceValue | None:
        """The place, with coordinates from the bundled gazetteer (its KB country first in context).
        A KB place whose country the KB leaves open (Jerusalem, whose status is disputed) is the
        one the KB means, not a namesake in the story's countries (a Jerusalem in California for
        "Biden traveled to Jerusalem"): it is looked up with no context."""
        actor = self.kb.actors.get(actor_id or "")
        context = (
            ()
            if self._country_left_open(actor_id)
            else tuple(dict.fromkeys(c for c in (actor.country if actor else None, *countries) if c))
        )
        found = gazetteer().lookup(mention.text, context)
        if found is None and mention.origin == "event":
            return None  # words read as a place that no gazetteer entry has
        if found is None:
            return PlaceValue(mention.text, actor_id, None, None)
        name = found.name if mention.text.isupper() else mention.text  # a dateline's "BAGHDAD"
        lat, lon = round(found.lat, 4), round(found.lon, 4)
        return PlaceValue(name, actor_id, lat, lon, found.id, found.country, found.kind)

    def _country_left_open(self, actor_id: str | None) -> bool:
        """A KB place whose country the KB leaves open on purpose (a disputed city)."""
        actor = self.kb.actors.get(actor_id or "")
        return actor is not None and actor.kind == "place" and not actor.country

    def _record(
        self,
        e: EventFact,
        actor_at: Mapping[Span, str | None],
        fields: Mapping[FieldName, str],
        scope: _Scope,
    ) -> EventRecord:
        info = self.vocab.describe(e.code)
        places = [m for m in e.targets if self._only_a_place(m, actor_at, scope)]  # where, not whom
        spots = [m for m in e.sources if self._only_a_place(m, actor_at, scope)]  # "attacks in the Red Sea"
        where = e.place or next(iter(places + spots), None) or self._destination(e, actor_at, scope)
        place = self._place(where, actor_at.get(where.span), scope.countries) if where else None
        acting = [m for m in e.sources if m not in spots]
        sources = self._parties(acting, actor_at, scope) or self._state_where(e.code, place)
        targets = self._parties([m for m in e.targets if m not in places], actor_at, scope)
        if not targets and where is not None and _within_evidence(where, e):
            targets = self._host_where(e.code, place, sources) or self._waged_where(e, place, sources)
        return EventRecord(
            code=e.code,
            trigger=e.trigger,
            trigger_text=e.trigger_text,
            source_ids=sources,
            source_within=self._within(sources),
            target_described=e.described,
            target_ids=targets,
            date=_value(e.date) if e.date else None,
            place=place,
            counts=tuple(
                CountValue(c.kind, c.n, c.approx, c.bound, c.place.text if c.place else None, c.span)
                for c in e.counts
            ),
            reported_by_id=actor_at.get(e.reported_by.span) if e.reported_by else None,
            reported_by_text=e.reported_by.text if e.reported_by else e.reported_by_text,
            modality=e.modality,
            negated=e.negated,
            background=e.background,
            evidence=e.evidence,
            component=events_component.COMPONENT,
            confidence=e.confidence,
            label=info.label,
            plover=info.plover,
            mode=info.mode,
            quad_class=info.quad_class,
            evidence_text=fields[e.evidence.field][e.evidence.start : e.evidence.end],
        )

    def _state_where(self, code: str, place: PlaceValue | None) -> tuple[str, ...]:
        """An act only a state does, told without its agent ("protesters were arrested in
        Tehran"): the government of the country where it happened, when the KB has it."""
        if code not in self.vocab.state_codes or place is None or not place.country:
            return ()
        government = self.state_governments.get(place.country)
        return (government,) if government else ()

    def _host_where(self, code: str, place: PlaceValue | None, sources: Sequence[str]) -> tuple[str, ...]:
        """Whom a visit to a town visited: the government of the town's country, when the KB has
        one ("visited Dubai": the UAE's), unless the visitor is of that country ("Netanyahu
        traveled to Jerusalem": a journey at home)."""
        if code not in JOURNEY_CODES or not sources or place is None or place.kind != "city":
            return ()  # a visit with no visitor, or to a site, not a town ("the White House")
        return self._abroad(place, sources)  # "traveled to Jerusalem": no state, as the KB has none

    def _abroad(self, place: PlaceValue, sources: Sequence[str]) -> tuple[str, ...]:
        """The government of the place's country, when the KB has one that is not the actors' own
        (nor is the place one whose country the KB leaves open)."""
        if self._country_left_open(place.actor_id):
            return ()
        government = self.state_governments.get(place.country or "")
        homes = {known.country for s in sources if (known := self.kb.actors.get(s)) is not None}
        if government is None or government in sources or place.country in homes:
            return ()
        return (government,)

    def _waged_where(self, e: EventFact, place: PlaceValue | None, sources: Sequence[str]) -> tuple[str, ...]:
        """Whom a state's war in a country is waged on: "Russia's war in Ukraine" on Ukraine's
        government (`war_nouns`), unless the waging state's own country ("Syria's civil war")."""
        if e.trigger_text.lower() not in self.vocab.war_nouns or not sources or place is None:
            return ()
        return self._abroad(place, sources) if place.kind == "country" else ()

    def _parties(
        self, mentions: Sequence[Mention], actor_at: Mapping[Span, str | None], scope: _Scope
    ) -> tuple[str, ...]:
        """The actors of an event: a country or capital that acts or is acted upon is its state
        (CAMEO codes governments, not territory); "we" is the publisher that speaks for itself, and
        an agentless recalled designation is by the publisher's state (``we`` maps both origins)."""
        we = scope.we
        ids = [we[m.origin] if m.origin in we else self._actor_of(m, actor_at) for m in mentions]
        return tuple(dict.fromkeys(scope.governments.get(i, i) for i in ids if i is not None))

    def _only_a_place(self, mention: Mention, actor_at: Mapping[Span, str | None], scope: _Scope) -> bool:
        """A place acted upon or acting that no government stands for ("an air-strike on Mocha",
        "seized control of Gaza", "attacks in the Red Sea have continued"): where it happened, not
        who did it or to whom."""
        actor = self._actor_of(mention, actor_at)
        if actor is not None and actor in scope.governments:
            return False
        known = self.kb.actors.get(actor or "")
        return known.kind == "place" if known is not None else mention.kind == "place"

    def _destination(
        self, e: EventFact, actor_at: Mapping[Span, str | None], scope: _Scope
    ) -> Mention | None:
        """Where a visit went, when the place visited stands for whom it visited ("visited
        Israel": the government is the target, Israel the place), so that a trip's legs to other
        places stay apart ("then traveled to Ramallah")."""
        if e.code not in JOURNEY_CODES:
            return None
        return next((m for m in e.targets if self._visited(m, actor_at.get(m.span), scope)), None)

    def _visited(self, mention: Mention, actor: str | None, scope: _Scope) -> bool:
        """A place visited: a KB place, or a country the KB has no government for."""
        return self._is_place(actor) or (actor in scope.governments and mention.kind == "place")

    def _is_place(self, actor: str | None) -> bool:
        known = self.kb.actors.get(actor or "")
        return known is not None and known.kind == "place"

    def _speaking_for(self, actor: str | None) -> str | None:
        """Whom a publisher's "we" is: the body itself ("we" of the Treasury), or for the office of
        a head of state, the government it speaks for ("we" of the White House)."""
        for _ in range(4):
            if actor is None or actor not in self.speaks_for:
                return actor
            actor = self.speaks_for[actor]
        return actor

    def _top(self, actor: str | None) -> str | None:
        """The body an actor is ultimately part of (the White House → the US government)."""
        for _ in range(16):
            if actor is None or actor not in self.part_of:
                return actor
            actor = self.part_of[actor]
        return actor

    def _within(self, actors: Sequence[str]) -> tuple[str, ...]:
        """The bodies the actors are part of, up the KB's part-of affiliations."""
        found: list[str] = []
        for actor in actors:
            current = self.part_of.get(actor)
            while current is not None and current not in found and len(found) < 16:
                found.append(current)
                current = self.part_of.get(current)
        return tuple(a for a in found if a not in actors)

    def _actor_of(self, mention: Mention, actor_at: Mapping[Span, str | None]) -> str | None:
        """A linked mention's actor; a state named by its adjective ("Turkish") is its government."""
        if mention.origin in ("demonym", "demonym-force", "demonym-led"):
            country = self.vocab.demonyms.get(mention.text.lower()) or ""
            forces = self.state_forces.get(country) if mention.origin == "demonym-force" else None
            forces = self.state_led.get(country) if mention.origin == "demonym-led" else forces
            made = self.demonym_states.get(country)
            return forces or self.state_governments.get(country) or (made.id if made else None)
        return actor_at.get(mention.span)


def _used(states: Iterable[ActorRecord], events: Sequence[EventRecord]) -> tuple[ActorRecord, ...]:
    """The new governments that some event names (the others stay out of the store)."""
    named = {a for e in events for a in (*e.source_ids, *e.target_ids)}
    return tuple({g.id: g for g in states if g.id in named}.values())


def _run(errors: list[ComponentError], component: str, work: Callable[[], T], fallback: T) -> T:
    """Run one component; a failure is recorded, never raised (the rest of the article goes on)."""
    try:
        return work()
    except Exception as exc:  # any failure of one component: recorded, the article goes on
        errors.append(ComponentError(component, f"{type(exc).__name__}: {exc}"[:MAX_ERROR]))
        return fallback


def _dates(paragraphs: Sequence[Paragraph], anchor: date | None) -> list[DateRef]:
    if anchor is None:
        return []
    return [ref for p in paragraphs for ref in find_dates(p.doc, p.field, p.offset, anchor)]


def spoken_in_quote(event: EventFact, said: Sequence[QuoteFact]) -> EventFact:
    """ "'We would like to thank the Swiss authorities,' said Secretary Mnuchin": a "we" inside a
    quote is its speaker, not the publisher; so is a "we" in what a person is reported to have
    said ("We commend Iraq for …, said Deputy Secretary Kimmitt", a release that lost its marks)."""
    if not any(m.origin == "publisher" for m in event.sources):
        return event
    for quote in said:
        inside = (
            quote.span.field == event.trigger.field
            and quote.span.start <= event.trigger.start < quote.span.end
        )
        speaker = quote.speaker
        if inside and not quote.scare and speaker is not None and (quote.direct or speaker.kind == "person"):
            return replace(
                event, sources=tuple(speaker if m.origin == "publisher" else m for m in event.sources)
            )
    return event


TITLE_DATE_DAYS = 7  # a day a title names, up to a week before publication, is when its news happened


DURING_A_TRIP = ("03", "04", "05")  # intents, consultations, support: what a visitor does there
PHONE_CALL = "041"  # "spoke by phone yesterday with X": what is said in the call is dated to it


def dated_by_trip(records: list[EventRecord]) -> list[EventRecord]:
    """ "From June 26 to July 5, X traveled to Israel … X met with …": a meeting, a commitment or a
    welcome by the traveller that the text does not date took place during the dated trip before
    it (readouts of trips date the trip once). The trip's date replaces the report's date. So for
    a dated call: "X spoke by phone yesterday with Y. X reaffirmed …" (the gold README: everything
    said in a readout call is dated to the call)."""
    dated = list(records)
    trip: EventRecord | None = None
    body = [i for i, r in enumerate(records) if r.trigger.field == "text"]  # the story, in reading order
    for i in sorted(body, key=lambda i: records[i].trigger.start):
        record = records[i]
        own = record.date is not None and record.date.precision != "reported"
        if (record.code in JOURNEY_CODES or record.code == PHONE_CALL) and own and not record.background:
            trip = record
        elif (
            trip is not None
            and not own
            and not record.background
            and record.code[:2] in DURING_A_TRIP
            and set(record.source_ids) & set(trip.source_ids)
        ):
            dated[i] = replace(record, date=trip.date)
    return dated


def report_date(
    paragraphs: Sequence[Paragraph], refs: Sequence[DateRef], anchor: date | None, vocab: EventVocabulary
) -> DateRef | None:
    """When the news was reported: a date on a reporting verb of the lead ("state media reported
    Sunday"), else the one day the title names in the week before publication, else the
    publication day."""
    lead = next((p for p in paragraphs if p.field == "text"), None)
    if lead is not None:
        lead_end = lead.offset + len(lead.doc.text)
        for ref in refs:
            if ref.span is None or ref.span.field != "text" or ref.span.start >= lead_end:
                continue
            token = lead.doc.char_span(
                ref.span.start - lead.offset, ref.span.end - lead.offset, alignment_mode="expand"
            )
            if (
                token is not None
                and token.root.head.lemma_.lower() in vocab.reporting_verbs
                and ref.precision == "day"
            ):
                return ref
    if anchor is None:
        return None
    titled = [  # "Readouts of the Secretary's meetings in Riyadh on October 30", posted the day after
        r
        for r in refs
        if r.span is not None and r.span.field == "title" and r.precision == "day" and r.start is not None
        and r.start == r.end and 0 < (anchor - r.start).days <= TITLE_DATE_DAYS
        and any(c.isdigit() for c in r.surface)  # "on October 30", not "at Friday Prayers"
    ]  # fmt: skip
    if len(titled) == 1:
        return titled[0]
    return DateRef(anchor.isoformat(), anchor.isoformat(), "day", anchor, anchor, anchor)


def _quote_record(
    q: QuoteFact, actor_at: Mapping[Span, str | None], fields: Mapping[FieldName, str]
) -> QuoteRecord:
    speaker = actor_at.get(q.speaker.span) if q.speaker else None
    pronoun = (
        fields[q.speaker_pronoun.field][q.speaker_pronoun.start : q.speaker_pronoun.end]
        if q.speaker_pronoun
        else None
    )
    addressees = [actor_at.get(m.span) for m in q.addressees]
    return QuoteRecord(
        span=q.span,
        text=q.text,
        direct=q.direct,
        scare=q.scare,
        cue=q.cue,
        speaker_id=speaker,
        speaker_text=pronoun or q.speaker_text or (q.speaker.text if q.speaker else None),
        addressee_ids=tuple(dict.fromkeys(a for a in addressees if a is not None)),
        reported_by_id=actor_at.get(q.reported_by.span) if q.reported_by else None,
        reported_by_text=q.reported_by.text if q.reported_by else q.reported_by_text,
        evidence=q.evidence,
        component=quotes_component.COMPONENT,
        confidence=q.confidence,
        evidence_text=fields[q.evidence.field][q.evidence.start : q.evidence.end],
    )


def _value(ref: DateRef) -> DateValue:
    return DateValue(ref.value, ref.precision, ref.start, ref.end)


def _date_record(ref: DateRef) -> DateRecord:
    assert ref.span is not None
    return DateRecord(
        span=ref.span,
        surface=ref.surface,
        date=_value(ref),
        anchor=ref.anchor,
        anchor_kind=ref.anchor_kind,
        calendar=ref.calendar,
        component=dates_component.COMPONENT,
        confidence=DATE_CONFIDENCE,
    )


def _within_evidence(mention: Mention, event: EventFact) -> bool:
    """Whether the event's own sentence names the place (not its story's dateline)."""
    span, evidence = mention.span, event.evidence
    return span.field == evidence.field and evidence.start <= span.start < evidence.end
