"""Dates, quotes, events and categories of articles, and the real-world events that merge reports.

An extracted event is a *report* (a row of ``facts`` with kind "event"); reports of the same
real-world event — in one article or many — share an ``event_id``. :func:`assign_event` decides
that when a report is written, by a rule that is printed with the event (its explanation):
same root code and compatible codes, dates within :data:`WINDOW_DAYS` of each other, a shared
acting actor and a shared acted-upon actor, and no conflicting place. A judgement of kind
"event" keyed by a report (an analyst's split; no command records one yet) keeps it on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from dabir.actor_types import ArticleExtraction
from dabir.errors import NotFoundError
from dabir.fact_types import DateRecord, DateValue, EventRecord, QuoteRecord
from dabir.keys import sha256_hex
from dabir.store import schema as t
from dabir.store.same_event import (
    WINDOW_DAYS,
    Report,
    clashes_with_event,
    descriptions,
    report_of,
    same_event,
)
from dabir.types import Span

REPORTS_COMPARED = 20  # a report is compared with at most this many of an event's: bounded work


def fact_id(article_id: str, revision: int, kind: str, span: Span, code: str = "") -> str:
    return sha256_hex(
        f"{article_id}\x1f{revision}\x1f{kind}\x1f{span.field}\x1f{span.start}\x1f{span.end}\x1f{code}"
    )[:16]


def _span_json(span: Span) -> dict[str, Any]:
    return {"field": span.field, "start": span.start, "end": span.end}


# --- rows ---------------------------------------------------------------------------------------


def date_row(ex: ArticleExtraction, d: DateRecord) -> dict[str, Any]:
    data = {
        "surface": d.surface,
        **d.date.to_json(),
        "anchor": d.anchor.isoformat(),
        "anchor_kind": d.anchor_kind,
        "calendar": d.calendar,
    }
    return _row(ex, "date", d.span, d.surface, None, d.date, data, d.component, d.confidence)


def quote_row(ex: ArticleExtraction, q: QuoteRecord, when: DateValue | None) -> dict[str, Any]:
    data = {
        "direct": q.direct,
        "scare": q.scare,
        "cue": q.cue,
        "speaker": q.speaker_id,
        "speaker_text": q.speaker_text,
        "addressees": list(q.addressee_ids),
        "reported_by": q.reported_by_id,
        "reported_by_text": q.reported_by_text,
        "evidence": {**_span_json(q.evidence), "text": q.evidence_text},
        "date": when.to_json() if when else None,
    }
    return _row(ex, "quote", q.span, q.text, None, when, data, q.component, q.confidence)


def event_row(ex: ArticleExtraction, e: EventRecord) -> dict[str, Any]:
    data = {
        "trigger": {**_span_json(e.trigger), "text": e.trigger_text},
        "source": list(e.source_ids),
        "source_within": list(e.source_within),
        "target": list(e.target_ids),
        "target_described": list(e.target_described),
        "date": e.date.to_json() if e.date else None,
        "location": e.place.to_json() if e.place else None,
        "counts": [c.to_json() for c in e.counts],
        "reported_by": e.reported_by_id,
        "reported_by_text": e.reported_by_text,
        "modality": e.modality,
        "negated": e.negated,
        "background": e.background,
        "evidence": {**_span_json(e.evidence), "text": e.evidence_text},
        "root": e.code[:2],
        "quad_class": e.quad_class,
        "plover": e.plover,
        "mode": e.mode,
        "label": e.label,
    }
    return _row(ex, "event", e.trigger, e.trigger_text, e.code, e.date, data, e.component, e.confidence)


def _row(
    ex: ArticleExtraction,
    kind: str,
    span: Span,
    text: str,
    code: str | None,
    when: DateValue | None,
    data: dict[str, Any],
    component: str,
    confidence: float,
) -> dict[str, Any]:
    return {
        "id": fact_id(ex.article_id, ex.revision, kind, span, code or ""),
        "article_id": ex.article_id,
        "revision": ex.revision,
        "kind": kind,
        "field": span.field,
        "start": span.start,
        "end": span.end,
        "text": text,
        "code": code,
        "date_start": when.start if when else None,
        "date_end": when.end if when else None,
        "event_id": None,
        "data": data,
        "component": component,
        "confidence": confidence,
        "review_state": "unreviewed",
    }


def _actor_rows(fact: str, role: str, ids: Sequence[str | None]) -> list[dict[str, Any]]:
    return [
        {"fact_id": fact, "role": role, "position": i, "actor_id": actor}
        for i, actor in enumerate(ids)
        if actor is not None
    ]


# --- writing ------------------------------------------------------------------------------------


def write_facts(conn: Connection, ex: ArticleExtraction, now: datetime) -> None:
    """Replace the article's facts, categories and component errors; assign its event reports to
    real-world events. Runs inside the caller's transaction (with the mentions)."""
    old = sa.select(t.facts.c.id).where(t.facts.c.article_id == ex.article_id)
    old_events = {
        r[0] for r in conn.execute(sa.select(t.facts.c.event_id).where(t.facts.c.article_id == ex.article_id))
    }
    conn.execute(sa.delete(t.fact_actors).where(t.fact_actors.c.fact_id.in_(old)))
    conn.execute(sa.delete(t.facts).where(t.facts.c.article_id == ex.article_id))
    conn.execute(sa.delete(t.article_categories).where(t.article_categories.c.article_id == ex.article_id))
    conn.execute(sa.delete(t.extraction_errors).where(t.extraction_errors.c.article_id == ex.article_id))
    _drop_empty_events(conn, old_events - {None})
    facts = ex.facts
    report_date = facts.reported
    rows: list[dict[str, Any]] = []
    actors: list[dict[str, Any]] = []
    for d in facts.dates:
        rows.append(date_row(ex, d))
    for q in facts.quotes:
        row = quote_row(ex, q, report_date)
        rows.append(row)
        actors += _actor_rows(row["id"], "speaker", [q.speaker_id])
        actors += _actor_rows(row["id"], "addressee", list(q.addressee_ids))
        actors += _actor_rows(row["id"], "reporter", [q.reported_by_id])
    events: list[tuple[dict[str, Any], EventRecord]] = []
    for e in facts.events:
        row = event_row(ex, e)
        rows.append(row)
        events.append((row, e))
        actors += _actor_rows(row["id"], "source", list(e.source_ids))
        actors += _actor_rows(row["id"], "target", list(e.target_ids))
        actors += _actor_rows(row["id"], "reporter", [e.reported_by_id])
    rows = list({r["id"]: r for r in rows}.values())
    actors = list({(a["fact_id"], a["role"], a["position"]): a for a in actors}.values())
    if rows:
        conn.execute(sa.insert(t.facts), rows)
    if actors:
        conn.execute(sa.insert(t.fact_actors), actors)
    for row, event in events:
        assign_event(conn, row["id"], event, now)
    _reapply_verdicts(conn, ex.article_id, [r["id"] for r in rows])
    _reapply_corrections(conn, ex.article_id, {r["id"] for r in rows}, now)
    if facts.categories:
        conn.execute(
            sa.insert(t.article_categories),
            [
                {
                    "article_id": ex.article_id,
                    "name": c.name,
                    "revision": ex.revision,
                    "score": c.score,
                    "component": c.component,
                }
                for c in facts.categories
            ],
        )
    if facts.errors:
        conn.execute(
            sa.insert(t.extraction_errors),
            [
                {
                    "article_id": ex.article_id,
                    "component": e.component,
                    "revision": ex.revision,
                    "error": e.error,
                    "at": now,
                }
                for e in {e.component: e for e in facts.errors}.values()
            ],
        )


def apply_verdict(conn: Connection, fact: str, verdict: str | None) -> None:
    """An analyst's verdict on a fact (confirmed or rejected; None: undone, unreviewed again)."""
    conn.execute(sa.update(t.facts).where(t.facts.c.id == fact).values(review_state=verdict or "unreviewed"))


def _reapply_verdicts(conn: Connection, article_id: str, facts: Sequence[str]) -> None:
    """After re-extraction, each live verdict on one of the article's facts applies to the fact
    with its id; a verdict whose fact is gone (its span or code changed) waits for review."""
    present = set(facts)

    def apply(key: str, payload: Mapping[str, Any]) -> bool:
        if key in present:
            apply_verdict(conn, key, str(payload["verdict"]))
        return key in present

    _reapply(conn, "verdict", article_id, apply)


def _reapply(
    conn: Connection, kind: str, article_id: str, apply: Callable[[str, Mapping[str, Any]], bool]
) -> None:
    """Each live judgement of ``kind`` on the article's facts, applied again; one whose fact is
    gone is marked "unmatched" (it waits in the review queue)."""
    j = t.judgements
    live = conn.execute(
        sa.select(j.c.id, j.c.fact_key, j.c.payload, j.c.state).where(
            j.c.kind == kind, j.c.state != "undone", j.c.payload["article_id"].as_string() == article_id
        )
    ).all()
    for row in live:
        state = "applied" if apply(str(row.fact_key), row.payload) else "unmatched"
        if state != row.state:
            conn.execute(sa.update(j).where(j.c.id == row.id).values(state=state))


def apply_event_correction(
    conn: Connection, fact: str, payload: Mapping[str, Any], undo: bool, now: datetime
) -> bool:
    """An analyst's correction of an event report (its code, what the vocabulary says of it, its
    actors), or its reversal to the values extracted; the report then joins the event the merge
    rule finds for it. False when the report is not stored (the correction waits)."""
    row = conn.execute(sa.select(t.facts).where(t.facts.c.id == fact, t.facts.c.kind == "event")).first()
    if row is None:
        return False
    values = payload["extracted" if undo else "corrected"]
    data = {**row.data, "source": values["source"], "target": values["target"], **values["described"]}
    state = "unreviewed" if undo else "corrected"
    conn.execute(
        sa.update(t.facts)
        .where(t.facts.c.id == fact)
        .values(code=values["code"], data=data, review_state=state, event_id=None)
    )
    roles = t.fact_actors.c.role.in_(("source", "target"))
    conn.execute(sa.delete(t.fact_actors).where(t.fact_actors.c.fact_id == fact, roles))
    actors = _actor_rows(fact, "source", values["source"]) + _actor_rows(fact, "target", values["target"])
    if actors:
        conn.execute(sa.insert(t.fact_actors), actors)
    _drop_empty_events(conn, {row.event_id} - {None})
    corrected = conn.execute(sa.select(t.facts).where(t.facts.c.id == fact)).one()
    _assign(conn, fact, _row_report(corrected), now)
    return True


def _reapply_corrections(conn: Connection, article_id: str, facts: set[str], now: datetime) -> None:
    """After re-extraction, each live correction of one of the article's event reports applies
    again; one whose report is gone waits for review, as a verdict does."""

    def apply(key: str, payload: Mapping[str, Any]) -> bool:
        return key in facts and apply_event_correction(conn, key, payload, False, now)

    _reapply(conn, "correction", article_id, apply)


def _drop_empty_events(conn: Connection, event_ids: set[str]) -> None:
    if not event_ids:
        return
    used = {
        r[0] for r in conn.execute(sa.select(t.facts.c.event_id).where(t.facts.c.event_id.in_(event_ids)))
    }
    if event_ids - used:
        conn.execute(sa.delete(t.events).where(t.events.c.id.in_(event_ids - used)))


# --- one event, many reports ----------------------------------------------------------------------


def assign_event(conn: Connection, fact: str, event: EventRecord, now: datetime) -> str:
    """Attach a report to the real-world event it is of (a new one when none matches)."""
    return _assign(conn, fact, report_of(event, _article_of(conn, fact)), now)  # an analyst's split holds


def apply_event_split(conn: Connection, fact: str, undo: bool, now: datetime) -> None:
    """An analyst's split (a judgement of kind "event" on the report ``fact``): the report leaves
    its real-world event for one of its own. Undone, the merge rule assigns it again. A report
    no longer extracted is left alone (the judgement applies when it comes back)."""
    row = conn.execute(sa.select(t.facts).where(t.facts.c.id == fact, t.facts.c.kind == "event")).first()
    if row is None:
        return
    conn.execute(sa.update(t.facts).where(t.facts.c.id == fact).values(event_id=None))
    _drop_empty_events(conn, {row.event_id} - {None})
    _assign(conn, fact, _row_report(row), now, alone=not undo)


def _assign(conn: Connection, fact: str, report: Report, now: datetime, alone: bool | None = None) -> str:
    """``alone``: the report gets an event of its own (default: when an analyst split it off)."""
    if not (_split_by_analyst(conn, fact) if alone is None else alone):
        for found, why in _candidates(conn, report, fact):
            candidate = _renamed(conn, found, fact) if fact < found else found
            conn.execute(sa.update(t.facts).where(t.facts.c.id == fact).values(event_id=candidate))
            _widen(conn, candidate, report)
            note = conn.execute(
                sa.select(t.events.c.explanation).where(t.events.c.id == candidate)
            ).scalar_one()
            if why not in note:
                conn.execute(
                    sa.update(t.events).where(t.events.c.id == candidate).values(explanation=f"{note}\n{why}")
                )
            return candidate
    own = fact if not _event_exists(conn, fact) else sha256_hex(f"{fact}\x1fsplit")[:16]
    conn.execute(
        sa.insert(t.events).values(
            id=own,
            code=report.code,
            root=report.root,
            date_start=report.start,
            date_end=report.end,
            explanation="",
            created_at=now,
        )
    )
    conn.execute(sa.update(t.facts).where(t.facts.c.id == fact).values(event_id=own))
    return own


def _renamed(conn: Connection, event_id: str, new_id: str) -> str:
    """An event is named by the smallest id of its reports, so that its id does not depend on
    the order articles were read in (a run killed and resumed names it as an unbroken one)."""
    if _event_exists(conn, new_id):
        return event_id
    row = conn.execute(sa.select(t.events).where(t.events.c.id == event_id)).one()
    conn.execute(sa.insert(t.events).values({**row._mapping, "id": new_id}))
    conn.execute(sa.update(t.facts).where(t.facts.c.event_id == event_id).values(event_id=new_id))
    conn.execute(sa.delete(t.events).where(t.events.c.id == event_id))
    return new_id


def _event_exists(conn: Connection, event_id: str) -> bool:
    return conn.execute(sa.select(t.events.c.id).where(t.events.c.id == event_id)).first() is not None


def _article_of(conn: Connection, fact: str) -> str:
    return str(conn.execute(sa.select(t.facts.c.article_id).where(t.facts.c.id == fact)).scalar_one())


def _split_by_analyst(conn: Connection, fact: str) -> bool:
    query = sa.select(t.judgements.c.id).where(
        t.judgements.c.kind == "event", t.judgements.c.fact_key == fact, t.judgements.c.state == "applied"
    )
    return conn.execute(query).first() is not None


def _candidates(conn: Connection, report: Report, fact: str) -> Iterator[tuple[str, str]]:
    if report.start is None:
        return
    window = timedelta(days=WINDOW_DAYS)
    query = sa.select(t.events.c.id).where(t.events.c.root == report.root)
    query = query.where(sa.or_(t.events.c.date_end.is_(None), t.events.c.date_end >= report.start - window))
    if report.end is not None:
        query = query.where(
            sa.or_(t.events.c.date_start.is_(None), t.events.c.date_start <= report.end + window)
        )
    for (event_id,) in conn.execute(query.order_by(t.events.c.id)).all():
        others = _reports_of_event(conn, event_id, fact)
        if clashes_with_event(report, others):
            continue  # the article tells them apart ("met Netanyahu", later "met Abbas")
        for other in others:
            why = same_event(report, other)
            if why is not None:
                yield event_id, why
                return


def _reports_of_event(conn: Connection, event_id: str, skip: str) -> list[Report]:
    rows = conn.execute(
        sa.select(
            t.facts.c.id,
            t.facts.c.article_id,
            t.facts.c.code,
            t.facts.c.date_start,
            t.facts.c.date_end,
            t.facts.c.data,
        )
        .where(t.facts.c.event_id == event_id, t.facts.c.id != skip)
        .order_by(t.facts.c.id)
        .limit(REPORTS_COMPARED)
    ).all()
    if not rows:
        return []
    split = {
        r[0]
        for r in conn.execute(
            sa.select(t.judgements.c.fact_key).where(
                t.judgements.c.kind == "event", t.judgements.c.state == "applied",
                t.judgements.c.fact_key.in_([r.id for r in rows]),
            )
        )
    }  # fmt: skip
    return [_row_report(r) for r in rows if r.id not in split]


def _row_report(r: Any) -> Report:
    """A stored event report as the merge rule compares it."""
    location = r.data.get("location") or {}
    name = location.get("name")
    return Report(
        str(r.code)[:2],
        str(r.code),
        frozenset(r.data.get("source", [])),
        frozenset(r.data.get("target", [])),
        r.date_start,
        r.date_end,
        name.casefold() if name else None,
        r.article_id,
        frozenset(r.data.get("source_within", [])),
        (r.data.get("date") or {}).get("precision") not in (None, "reported"),
        str((r.data.get("trigger") or {}).get("text", "")),
        descriptions(r.data.get("target_described", [])),
        location.get("country"),
        location.get("kind") == "country",
    )


def _widen(conn: Connection, event_id: str, report: Report) -> None:
    row = conn.execute(
        sa.select(t.events.c.date_start, t.events.c.date_end).where(t.events.c.id == event_id)
    ).one()
    start = (
        min(d for d in (row.date_start, report.start) if d is not None)
        if row.date_start or report.start
        else None
    )
    end = None if row.date_end is None or report.end is None else max(row.date_end, report.end)
    conn.execute(sa.update(t.events).where(t.events.c.id == event_id).values(date_start=start, date_end=end))


# --- reading ------------------------------------------------------------------------------------


class FactStore:
    def __init__(self, engine: Engine, write_transaction: Any) -> None:
        self.engine = engine
        self._write = write_transaction

    def article_facts(self, article_id: str) -> dict[str, Any]:
        """The article's dates, quotes, events (each with its real-world event's report count),
        categories and component errors, as `dabir show --json` prints them."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(t.facts)
                .where(t.facts.c.article_id == article_id)
                .order_by(t.facts.c.field, t.facts.c.start)
            ).all()
            reports = _report_counts(conn, [r.event_id for r in rows if r.event_id])
            categories = conn.execute(
                sa.select(t.article_categories.c.name, t.article_categories.c.score)
                .where(t.article_categories.c.article_id == article_id)
                .order_by(t.article_categories.c.score.desc(), t.article_categories.c.name)
            ).all()
            errors = conn.execute(
                sa.select(t.extraction_errors.c.component, t.extraction_errors.c.error).where(
                    t.extraction_errors.c.article_id == article_id
                )
            ).all()
        return {
            "dates": [fact_json(r) for r in rows if r.kind == "date"],
            "quotes": [fact_json(r) for r in rows if r.kind == "quote"],
            "events": [fact_json(r, reports.get(r.event_id)) for r in rows if r.kind == "event"],
            "categories": [{"name": c.name, "score": round(c.score, 3)} for c in categories],
            "extraction_errors": [{"component": e.component, "error": e.error} for e in errors],
        }

    def fact(self, reference: str) -> dict[str, Any]:
        """The stored fact a reference (its id or a unique start of it) names, as JSON, with its
        article."""
        query = sa.select(t.facts).where(t.facts.c.id.startswith(reference, autoescape=True))
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(2)).all()
        if len(rows) != 1:
            raise NotFoundError(f"no fact {reference!r}" if not rows else f"{reference!r} is ambiguous")
        return fact_json(rows[0]) | {"article": rows[0].article_id, "kind": rows[0].kind}

    def event_report(self, reference: str) -> tuple[str, str | None]:
        """The event report a reference (its id or a unique start of it) names, and its event."""
        query = sa.select(t.facts.c.id, t.facts.c.event_id).where(
            t.facts.c.kind == "event", t.facts.c.id.startswith(reference, autoescape=True)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(2)).all()
        if len(rows) != 1:
            raise NotFoundError(
                f"no event report {reference!r}" if not rows else f"{reference!r} is ambiguous"
            )
        return str(rows[0].id), rows[0].event_id

    def event_reports(
        self,
        *,
        actor: Sequence[str] | None = None,
        target: Sequence[str] | None = None,
        code: str | None = None,
        root: str | None = None,
        place: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """Event reports matching every filter given, oldest first (undated last)."""
        query = sa.select(t.facts, t.articles.c.source_id).join(
            t.articles, t.articles.c.id == t.facts.c.article_id
        )
        query = query.where(t.facts.c.kind == "event", t.facts.c.review_state != "rejected")
        if actor is not None:
            query = query.where(t.facts.c.id.in_(_with_actor(actor, ("source",))))
        if target is not None:
            query = query.where(t.facts.c.id.in_(_with_actor(target, ("target",))))
        if code is not None:
            query = query.where(t.facts.c.code.like(f"{code}%"))
        if root is not None:
            query = query.where(t.facts.c.code.like(f"{int(root):02d}%"))
        query = _dated(query, since, until)
        with self.engine.connect() as conn:
            rows = conn.execute(
                query.order_by(t.facts.c.date_start, t.facts.c.article_id, t.facts.c.field, t.facts.c.start)
            ).all()
            reports = _report_counts(conn, [r.event_id for r in rows if r.event_id])
        found = [fact_json(r, reports.get(r.event_id)) | {"article": r.article_id} for r in rows]
        if place is not None:
            wanted = place.casefold()
            found = [f for f in found if f["location"] and wanted in (f["location"]["name"] or "").casefold()]
        return _undated_last(found)[:limit]

    def quotes(
        self,
        *,
        speaker: Sequence[str] | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        query = sa.select(t.facts).where(t.facts.c.kind == "quote", t.facts.c.review_state != "rejected")
        if speaker is not None:
            query = query.where(t.facts.c.id.in_(_with_actor(speaker, ("speaker",))))
        query = _dated(query, since, until)
        with self.engine.connect() as conn:
            rows = conn.execute(
                query.order_by(t.facts.c.date_start, t.facts.c.article_id, t.facts.c.field, t.facts.c.start)
            ).all()
        return _undated_last([fact_json(r) | {"article": r.article_id} for r in rows])[:limit]

    def timeline(self, actor: Sequence[str]) -> list[dict[str, Any]]:
        """Events the actor took part in and quotes it spoke, by their own date (background events
        at theirs, not at their article's)."""
        events = self.event_reports(actor=actor) + self.event_reports(target=actor)
        quotes = self.quotes(speaker=actor)
        items = {f["id"]: f | {"type": "event"} for f in events}
        items |= {f["id"]: f | {"type": "quote"} for f in quotes}
        return _undated_last(
            sorted(items.values(), key=lambda f: ((f.get("date") or {}).get("start") or "", f["id"]))
        )


def _with_actor(actors: Sequence[str], roles: Sequence[str]) -> Any:
    return sa.select(t.fact_actors.c.fact_id).where(
        t.fact_actors.c.actor_id.in_(list(actors)), t.fact_actors.c.role.in_(list(roles))
    )


def _dated(query: Any, since: date | None, until: date | None) -> Any:
    if since is not None:
        query = query.where(sa.or_(t.facts.c.date_end.is_(None), t.facts.c.date_end >= since))
        query = query.where(t.facts.c.date_start.is_not(None) | t.facts.c.date_end.is_not(None))
    if until is not None:
        query = query.where(t.facts.c.date_start.is_not(None), t.facts.c.date_start <= until)
    return query


def _undated_last(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if (i.get("date") or {}).get("start")] + [
        i for i in items if not (i.get("date") or {}).get("start")
    ]


def _report_counts(conn: Connection, event_ids: Sequence[str]) -> dict[str, tuple[int, int, str]]:
    """Per event: its number of reports, of independent sources (publishers), and why merged."""
    if not event_ids:
        return {}
    rows = conn.execute(
        sa.select(t.facts.c.event_id, t.facts.c.article_id, t.articles.c.source_id)
        .join(t.articles, t.articles.c.id == t.facts.c.article_id)
        .where(t.facts.c.event_id.in_(set(event_ids)))
    ).all()
    notes = dict(
        conn.execute(
            sa.select(t.events.c.id, t.events.c.explanation).where(t.events.c.id.in_(set(event_ids)))
        ).all()
    )
    counts: dict[str, tuple[int, int, str]] = {}
    for event_id in set(event_ids):
        mine = [r for r in rows if r.event_id == event_id]
        counts[event_id] = (len(mine), len({r.source_id for r in mine}), str(notes.get(event_id, "")))
    return counts


def fact_json(row: Any, reports: tuple[int, int, str] | None = None) -> dict[str, Any]:
    """A stored fact as JSON: id, kind-specific fields (``data``), span, component, confidence."""
    data: Mapping[str, Any] = row.data
    out: dict[str, Any] = {"id": row.id, "text": row.text, **data}
    out["span"] = {"field": row.field, "start": row.start, "end": row.end}
    out["component"] = row.component
    out["confidence"] = row.confidence
    out["review_state"] = row.review_state
    if row.kind == "event":
        out |= {"code": row.code, "event": row.event_id}
        if reports is not None:
            out["mentions"], out["independent_sources"], out["merged_because"] = reports
    return out
