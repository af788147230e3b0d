"""Scores of dates, quotes and events against the hand-made gold set (``data/gold/events.jsonl``,
format in ``data/gold/README.md``).

Events are compared as real-world events: the reports extraction finds in one article are first
merged by the same rule the store uses (:func:`dabir.store.same_event.same_event`), since the gold set
annotates each real event once. A predicted event matches a gold one when its trigger overlaps the
gold trigger, or lies in the same sentence with the same root code. Per field, a match counts as
right when the field agrees; precision is over predicted events that state the field, recall over
gold events that state it. Actors compare by KB id, or by name key for actors the KB lacks; a gold
actor written "~…" (unnamed: "~unknown gunmen") is left out, and so is a predicted actor that only
descriptions name ("Afghan civilians"). Protests (CAMEO
root 14), which the gold set does not annotate, are left out of the predictions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dabir.actor_types import ActorRecord
from dabir.evaluate import Score, gold_article
from dabir.extract.article import ArticleExtractor
from dabir.fact_types import EventRecord
from dabir.resolve.names import name_key
from dabir.store.same_event import Report, clashes_with_event, report_of, same_event
from dabir.types import PublishedDate

UNANNOTATED_ROOTS = frozenset({"14"})  # protests: out of the gold set's scope (data/gold/README.md)
FIELDS = ("detection", "root", "source", "target", "date", "place", "counts", "quote_speaker", "date_value")


def evaluate_facts(
    items: Sequence[dict[str, Any]], extractor: ArticleExtractor, split: str
) -> dict[str, Any]:
    chosen = [i for i in items if split == "all" or i.get("split") == split]
    by_batch: dict[str, dict[str, list[int]]] = {}
    for item in chosen:
        totals = by_batch.setdefault(str(item.get("batch", 1)), {name: [0, 0, 0] for name in FIELDS})
        article = replace(gold_article(item), published=PublishedDate(item["published"][:10], "day"))
        extraction = extractor.extract(article, 1 << 30)
        names = {a.id: _unnamed_marked(a) for a in extraction.new_actors} | {
            a: extractor.kb.actors[a].name for a in extractor.kb.actors
        }
        body = [  # the gold's scope: the body text, and no protests (its README leaves them out)
            e
            for e in extraction.facts.events
            if e.trigger.field == "text" and e.code[:2] not in UNANNOTATED_ROOTS
        ]
        _score_events(totals, item.get("events", []), body, names)
        _score_quotes(totals, item.get("quotes", []), extraction.facts.quotes, names)
        _score_dates(totals, item.get("dates", []), extraction.facts.dates)
    overall = {name: [sum(t[name][k] for t in by_batch.values()) for k in range(3)] for name in FIELDS}
    return {
        "split": split,
        "articles": len(chosen),
        **{name: Score(*values).to_json() for name, values in overall.items()},
        "batches": {
            batch: {
                "articles": sum(1 for i in chosen if str(i.get("batch", 1)) == batch),
                **{name: Score(*values).to_json() for name, values in totals.items()},
            }
            for batch, totals in sorted(by_batch.items())
        },
    }


def _actor(value: str, names: dict[str, str]) -> str:
    """A comparable key: the KB id when the KB has it, else the name key of the name."""
    return value if value in names and not value.startswith("seen-") else name_key(names.get(value, value))


def _keys(values: Sequence[str], names: dict[str, str]) -> set[str]:
    return {_actor(v, names) for v in values if not (v.startswith("~") or names.get(v, "").startswith("~"))}


def _unnamed_marked(actor: ActorRecord) -> str:
    """A new actor's name, marked "~" when every mention of it is a description, not a name
    ("Afghan civilians", "Iranian protesters": a collective noun with its demonym). Such actors
    are the gold set's unnamed "~" entries, left out on both sides."""
    described = actor.names and all(n.source.get("mention") == "collective" for n in actor.names)
    return f"~{actor.name}" if described else actor.name


def _clusters(events: list[EventRecord]) -> list[list[EventRecord]]:
    """Reports of one article merged as the store merges them."""
    clusters: list[list[EventRecord]] = []
    for event in events:
        report = _as_report(event)
        for cluster in clusters:
            reports = [_as_report(other) for other in cluster]
            if any(same_event(report, r) for r in reports) and not clashes_with_event(report, reports):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    return clusters


def _as_report(e: EventRecord) -> Report:
    return report_of(e, "this article")  # every report here is of one article


def _combined(cluster: list[EventRecord], anchor: EventRecord | None = None) -> EventRecord:
    """The real-world event a cluster of reports stands for, as the gold annotates it: the actors
    of the report at its anchor (the gold's trigger; else the first report), the counts of all
    its reports ("figures given anywhere in the document"), the first date the text itself gives
    (over a report's date), and the first place named."""
    first = anchor or cluster[0]
    dated = [e for e in cluster if e.date is not None and e.date.precision != "reported"]
    placed = [e for e in cluster if e.place is not None]
    counts = {(c.kind, c.n): c for e in cluster for c in e.counts}
    return replace(
        first,
        date=(dated[0] if dated else first).date,
        place=placed[0].place if placed else None,
        counts=tuple(counts.values()),
    )


def _overlaps(span: dict[str, Any], field: str, start: int, end: int) -> bool:
    return bool(span["field"] == field and span["start"] < end and start < span["end"])


def _match(gold: dict[str, Any], cluster: list[EventRecord], loose: bool) -> EventRecord | None:
    """The cluster's report at the gold event: its trigger overlaps the gold trigger; or, when
    ``loose``, it lies in the gold trigger's sentence with the same root code."""
    trigger = gold["trigger"]
    for e in cluster:
        if _overlaps(trigger, e.trigger.field, e.trigger.start, e.trigger.end):
            return e
    if not loose:
        return None
    for e in cluster:
        same_sentence = _overlaps(trigger, e.evidence.field, e.evidence.start, e.evidence.end)
        if same_sentence and e.code[:2] == str(gold["code"])[:2]:
            return e
    return None


def _score_events(
    totals: dict[str, list[int]], gold: list[dict[str, Any]], events: list[EventRecord], names: dict[str, str]
) -> None:
    clusters = _clusters(events)
    pairs: list[tuple[dict[str, Any], EventRecord]] = []
    used: set[int] = set()
    matched: set[int] = set()
    for loose in (False, True):  # every trigger overlap first, then same-sentence matches
        for number, g in enumerate(gold):
            if number in matched:
                continue
            for index, cluster in enumerate(clusters):
                found = None if index in used else _match(g, cluster, loose)
                if found is not None:
                    pairs.append((g, _combined(cluster, found)))
                    used.add(index)
                    matched.add(number)
                    break
    firsts = [_combined(c) for c in clusters]
    _add(totals["detection"], len(pairs), len(clusters), len(gold))
    _add(totals["root"], sum(g["code"][:2] == e.code[:2] for g, e in pairs), len(clusters), len(gold))
    for role, attr in (("source", "source_ids"), ("target", "target_ids")):
        right = sum(len(_keys(g.get(role) or [], names) & _keys(getattr(e, attr), names)) for g, e in pairs)
        predicted = sum(len(_keys(getattr(e, attr), names)) for e in firsts)
        _add(totals[role], right, predicted, sum(len(_keys(g.get(role) or [], names)) for g in gold))
    dated = [e for e in firsts if e.date is not None]
    right_dates = sum(
        bool(g.get("date")) and e.date is not None and _same_date(g["date"], e) for g, e in pairs
    )
    _add(totals["date"], right_dates, len(dated), sum(bool(g.get("date")) for g in gold))
    right_places = sum(
        bool(g.get("place")) and e.place is not None and _same_place(g["place"], e.place.name)
        for g, e in pairs
    )
    _add(
        totals["place"],
        right_places,
        sum(e.place is not None for e in firsts),
        sum(bool(g.get("place")) for g in gold),
    )
    right_counts = sum(len(_gold_counts(g) & {(c.kind, c.n) for c in e.counts}) for g, e in pairs)
    predicted_counts = sum(len({(c.kind, c.n) for c in e.counts}) for e in firsts)
    _add(totals["counts"], right_counts, predicted_counts, sum(len(_gold_counts(g)) for g in gold))


def _same_date(gold: dict[str, Any], e: EventRecord) -> bool:
    assert e.date is not None
    return bool(gold["value"] == e.date.iso)


def _same_place(gold: str, predicted: str) -> bool:
    return name_key(gold) == name_key(predicted)


def _gold_counts(g: dict[str, Any]) -> set[tuple[str, int]]:
    return {(kind, int(c["n"])) for kind, values in (g.get("counts") or {}).items() for c in values}


def _score_quotes(
    totals: dict[str, list[int]], gold: list[dict[str, Any]], quotes: Sequence[Any], names: dict[str, str]
) -> None:
    spoken = [q for q in quotes if not q.scare and q.speaker_id]
    wanted = [
        g for g in gold if not g.get("scare") and g.get("speaker") and not str(g["speaker"]).startswith("~")
    ]
    right = 0
    for g in wanted:
        span = g["span"]
        for q in spoken:
            if _overlaps(span, q.span.field, q.span.start, q.span.end) and _actor(
                g["speaker"], names
            ) == _actor(q.speaker_id, names):
                right += 1
                break
    _add(totals["quote_speaker"], right, len(spoken), len(wanted))


def _score_dates(totals: dict[str, list[int]], gold: list[dict[str, Any]], dates: Sequence[Any]) -> None:
    right = 0
    for g in gold:
        span = g["span"]
        if any(
            _overlaps(span, d.span.field, d.span.start, d.span.end) and d.date.iso == g["value"]
            for d in dates
        ):
            right += 1
    _add(totals["date_value"], right, len(dates), len(gold))


def _add(total: list[int], right: int, predicted: int, gold: int) -> None:
    total[0] += right
    total[1] += predicted
    total[2] += gold
