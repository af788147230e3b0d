"""The actor side of the store: knowledge-base actors and names, affiliations, designations,
mentions and links, extraction state, judgements and proposals. Both back ends, Core only.

Every write is one transaction. Loading a KB source inserts what is missing and never changes or
deletes a row, so loads are idempotent and never undo an analyst's judgement. Writing an
article's extraction replaces its mentions, links and text-read affiliations together, then
re-attaches analysts' fact judgements by their key (or queues them for review).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, Row

from dabir.actor_types import (
    ActorName,
    ActorRecord,
    Affiliation,
    ArticleExtraction,
    Designation,
    Judgement,
    LinkedMention,
    Proposal,
)
from dabir.errors import NotFoundError
from dabir.keys import sha256_hex
from dabir.resolve.names import name_key, strip_titles
from dabir.store import schema as t
from dabir.store.facts import apply_event_correction, apply_event_split, apply_verdict, write_facts
from dabir.types import Span


def name_id(actor_id: str, origin: str, name: str) -> str:
    return sha256_hex(f"{actor_id}\x1f{origin}\x1f{name}")[:16]


def mention_id(article_id: str, revision: int, span: Span) -> str:
    return sha256_hex(f"{article_id}\x1f{revision}\x1f{span.field}\x1f{span.start}\x1f{span.end}")[:16]


def fact_key(article_id: str, revision: int, span: Span, fact_type: str) -> str:
    """What a judgement on a fact is keyed by, so it survives re-extraction."""
    return f"{article_id}:{revision}:{span.field}:{span.start}:{span.end}:{fact_type}"


def _affiliation_id(a: Affiliation) -> str:
    where = f"{a.article_id}:{a.revision}:{a.evidence}" if a.evidence else ""
    return sha256_hex(f"{a.actor_id}\x1f{a.other_id}\x1f{a.role}\x1f{a.start}\x1f{a.origin}\x1f{where}")[:16]


class ActorStore:
    def __init__(self, engine: Engine, insert_ignore: Any, write_transaction: Any) -> None:
        self.engine = engine
        self._insert_ignore = insert_ignore
        self._write = write_transaction

    # --- knowledge base loads ----------------------------------------------------------------

    def loaded_digest(self, source: str) -> str | None:
        query = sa.select(t.kb_loads.c.digest).where(t.kb_loads.c.source == source)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()

    def load(
        self,
        source: str,
        digest: str,
        actors: Sequence[ActorRecord],
        affiliations: Sequence[Affiliation],
        designations: Sequence[Designation],
        extra_names: Sequence[tuple[str, ActorName]],
        now: datetime,
    ) -> dict[str, int]:
        """Insert what is missing of one KB source; count what was new."""
        with self._write(self.engine) as conn:
            counts = {
                "actors": self._insert_actors(conn, actors, now),
                "names": self._insert_names(
                    conn, [(a.id, n) for a in actors for n in a.names] + list(extra_names), now
                ),
                "affiliations": self._insert_affiliations(conn, affiliations),
                "designations": self._insert_designations(conn, designations),
            }
            conn.execute(sa.delete(t.kb_loads).where(t.kb_loads.c.source == source))
            conn.execute(
                sa.insert(t.kb_loads).values(source=source, digest=digest, loaded_at=now, summary=counts)
            )
        return counts

    def _insert_actors(self, conn: Connection, actors: Iterable[ActorRecord], now: datetime) -> int:
        rows = [
            {
                "id": a.id,
                "kind": a.kind,
                "name": a.name,
                "country": a.country,
                "sectors": list(a.sectors),
                "origin": a.origin,
                "reviewed": a.reviewed,
                "merged_into": None,
                "external": dict(a.external),
                "details": dict(a.details),
                "created_at": now,
                "updated_at": now,
            }
            for a in actors
        ]
        return self._insert_rows(conn, t.actors, rows)

    def _insert_names(self, conn: Connection, names: Iterable[tuple[str, ActorName]], now: datetime) -> int:
        rows = [
            {
                "id": name_id(actor_id, n.origin, n.name),
                "actor_id": actor_id,
                "name": n.name,
                "name_key": name_key(strip_titles(n.name)),
                "script": n.script,
                "origin": n.origin,
                "gazetteer": n.gazetteer,
                "source": dict(n.source),
                "created_at": now,
            }
            for actor_id, n in names
        ]
        return self._insert_rows(conn, t.actor_names, rows)

    def _insert_affiliations(self, conn: Connection, affiliations: Iterable[Affiliation]) -> int:
        rows = [_affiliation_row(a) for a in affiliations]
        return self._insert_rows(conn, t.affiliations, rows)

    def _insert_designations(self, conn: Connection, designations: Iterable[Designation]) -> int:
        rows = [
            {
                "id": sha256_hex(f"{d.actor_id}\x1f{d.authority}\x1f{d.program}\x1f{d.listed}")[:16],
                "actor_id": d.actor_id,
                "authority": d.authority,
                "program": d.program,
                "listed": d.listed,
                "source": dict(d.source),
            }
            for d in designations
        ]
        return self._insert_rows(conn, t.designations, rows)

    def _insert_rows(self, conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> int:
        """Insert the rows whose id is not there yet; how many were new (counted, because
        drivers do not all report a row count for many rows at once)."""
        unique = list({row["id"]: row for row in rows}.values())
        if not unique:
            return 0
        before = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        for start in range(0, len(unique), 500):
            conn.execute(self._insert_ignore(table), unique[start : start + 500])
        after = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        return int(after - before)

    # --- reading actors ----------------------------------------------------------------------

    def all_actors(self) -> list[ActorRecord]:
        """Every actor with its names (merged ones included, with ``merged_into`` set)."""
        with self.engine.connect() as conn:
            names: dict[str, list[ActorName]] = {}
            for row in conn.execute(
                sa.select(t.actor_names).order_by(t.actor_names.c.created_at, t.actor_names.c.id)
            ):
                names.setdefault(row.actor_id, []).append(_name(row))
            rows = conn.execute(sa.select(t.actors).order_by(t.actors.c.id)).all()
        return [_actor(row, names.get(row.id, [])) for row in rows]

    def names_of(self, actor_ids: Iterable[str]) -> dict[str, str]:
        """Actor id → canonical name, for the ids that exist."""
        wanted = sorted(set(actor_ids))
        if not wanted:
            return {}
        with self.engine.connect() as conn:
            query = sa.select(t.actors.c.id, t.actors.c.name).where(t.actors.c.id.in_(wanted))
            rows = conn.execute(query).all()
        return {r.id: r.name for r in rows}

    def actor(self, actor_id: str) -> ActorRecord:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.actors).where(t.actors.c.id == actor_id)).first()
            if row is None:
                raise NotFoundError(f"no actor {actor_id!r}")
            names = conn.execute(
                sa.select(t.actor_names)
                .where(t.actor_names.c.actor_id == actor_id)
                .order_by(t.actor_names.c.created_at)
            ).all()
        return _actor(row, [_name(n) for n in names])

    def actor_ids_with_key(self, key: str) -> list[str]:
        query = sa.select(t.actor_names.c.actor_id).where(t.actor_names.c.name_key == key).distinct()
        with self.engine.connect() as conn:
            return sorted(str(r) for r in conn.execute(query).scalars())

    def name_ids(self, actor_id: str, keys: Sequence[str]) -> list[str]:
        n = t.actor_names
        query = sa.select(n.c.id).where(n.c.actor_id == actor_id, n.c.name_key.in_(keys))
        with self.engine.connect() as conn:
            return sorted(str(r) for r in conn.execute(query).scalars())

    def linked_mentions(self, actor_id: str) -> list[tuple[str, str]]:
        """(mention id, text) of the mentions linked to an actor."""
        m, lk = t.mentions, t.links
        query = (
            sa.select(m.c.id, m.c.text).join(lk, lk.c.mention_id == m.c.id).where(lk.c.actor_id == actor_id)
        )
        with self.engine.connect() as conn:
            return [(row.id, row.text) for row in conn.execute(query)]

    def merged_map(self) -> dict[str, str]:
        query = sa.select(t.actors.c.id, t.actors.c.merged_into).where(t.actors.c.merged_into.is_not(None))
        with self.engine.connect() as conn:
            return {row.id: row.merged_into for row in conn.execute(query)}

    def kb_affiliations(self) -> list[Affiliation]:
        """Affiliations from KB sources and analysts (not those read in articles)."""
        query = sa.select(t.affiliations).where(t.affiliations.c.origin != "text")
        with self.engine.connect() as conn:
            return [_affiliation(row) for row in conn.execute(query)]

    def affiliations_of(self, actor_ids: Sequence[str]) -> list[Affiliation]:
        a = t.affiliations
        query = sa.select(a).where(sa.or_(a.c.actor_id.in_(actor_ids), a.c.other_id.in_(actor_ids)))
        with self.engine.connect() as conn:
            return [_affiliation(row) for row in conn.execute(query.order_by(a.c.origin, a.c.role))]

    def designations_of(self, actor_ids: Sequence[str]) -> list[Designation]:
        d = t.designations
        query = sa.select(d).where(d.c.actor_id.in_(actor_ids)).order_by(d.c.authority, d.c.program)
        with self.engine.connect() as conn:
            return [
                Designation(r.actor_id, r.authority, r.program, r.listed, r.source or {})
                for r in conn.execute(query)
            ]

    def mentions_of(self, actor_ids: Sequence[str], limit: int = 1000) -> list[tuple[str, LinkedMention]]:
        """(article id, mention) for links to these actors."""
        m, lk = t.mentions, t.links
        query = (
            _linked_select()
            .join(lk, lk.c.mention_id == m.c.id)
            .where(lk.c.actor_id.in_(actor_ids), lk.c.review_state != "rejected")
            .order_by(m.c.article_id, m.c.field, m.c.start)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [(row.article_id, _linked(row)) for row in conn.execute(query)]

    def count_mentions_of(self, actor_ids: Sequence[str]) -> tuple[int, int]:
        """(mentions, articles) linked to these actors."""
        m, lk = t.mentions, t.links
        query = (
            sa.select(sa.func.count(), sa.func.count(sa.distinct(m.c.article_id)))
            .select_from(m.join(lk, lk.c.mention_id == m.c.id))
            .where(lk.c.actor_id.in_(actor_ids), lk.c.review_state != "rejected")
        )
        with self.engine.connect() as conn:
            mentions, articles = conn.execute(query).one()
        return int(mentions), int(articles)

    def top_actors(self, limit: int = 10) -> list[tuple[str, int, int]]:
        """(actor id, mentions, articles) of the most-named actors, by articles."""
        m, lk = t.mentions, t.links
        articles = sa.func.count(sa.distinct(m.c.article_id))
        query = (
            sa.select(lk.c.actor_id, sa.func.count(), articles)
            .select_from(m.join(lk, lk.c.mention_id == m.c.id))
            .where(lk.c.review_state != "rejected")
            .group_by(lk.c.actor_id)
            .order_by(articles.desc(), lk.c.actor_id)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [(row[0], int(row[1]), int(row[2])) for row in conn.execute(query)]

    def article_mentions(self, article_id: str) -> list[LinkedMention]:
        m, lk = t.mentions, t.links
        query = (
            _linked_select()
            .outerjoin(lk, lk.c.mention_id == m.c.id)
            .where(m.c.article_id == article_id)
            .order_by(m.c.field, m.c.start)
        )
        with self.engine.connect() as conn:
            return [_linked(row) for row in conn.execute(query)]

    def article_affiliations(self, article_id: str) -> list[Affiliation]:
        query = sa.select(t.affiliations).where(t.affiliations.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [_affiliation(row) for row in conn.execute(query.order_by(t.affiliations.c.span_start))]

    # --- extraction ----------------------------------------------------------------------------

    def articles_to_extract(
        self, pipeline: str, language: str, limit: int | None = None
    ) -> list[tuple[str, int]]:
        """(article id, revision) of complete articles in ``language`` whose stored extraction is
        missing, of another revision, or by another pipeline version."""
        a, e = t.articles, t.extractions
        query = (
            sa.select(a.c.id, a.c.revision)
            .outerjoin(e, e.c.article_id == a.c.id)
            .where(
                a.c.language == language,
                sa.or_(e.c.article_id.is_(None), e.c.revision != a.c.revision, e.c.pipeline != pipeline),
            )
            .order_by(a.c.seq)
        )
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [(row.id, row.revision) for row in conn.execute(query)]

    def forget_extractions(self) -> None:
        """Make every article due for extraction again (``dabir reprocess --all``)."""
        with self._write(self.engine) as conn:
            conn.execute(sa.delete(t.extractions))

    def write_extraction(self, ex: ArticleExtraction, now: datetime) -> None:
        """Replace an article's mentions, links and text affiliations; keep judgements."""
        with self._write(self.engine) as conn:
            current = conn.execute(
                sa.select(t.articles.c.revision).where(t.articles.c.id == ex.article_id)
            ).scalar()
            if current != ex.revision:
                return  # revised meanwhile: the next run extracts the new revision
            old = sa.select(t.mentions.c.id).where(t.mentions.c.article_id == ex.article_id)
            conn.execute(sa.delete(t.links).where(t.links.c.mention_id.in_(old)))
            conn.execute(sa.delete(t.mentions).where(t.mentions.c.article_id == ex.article_id))
            conn.execute(
                sa.delete(t.affiliations).where(
                    t.affiliations.c.article_id == ex.article_id, t.affiliations.c.origin == "text"
                )
            )
            self._insert_actors(conn, ex.new_actors, now)
            self._insert_names(conn, [(a.id, n) for a in ex.new_actors for n in a.names], now)
            self._write_mentions(conn, ex)
            self._insert_affiliations(conn, ex.affiliations)
            write_facts(conn, ex, now)
            conn.execute(sa.delete(t.extractions).where(t.extractions.c.article_id == ex.article_id))
            conn.execute(
                sa.insert(t.extractions).values(
                    article_id=ex.article_id,
                    revision=ex.revision,
                    pipeline=ex.pipeline,
                    status=ex.status,
                    note=ex.note,
                    extracted_at=now,
                )
            )
            _reattach_fact_judgements(conn, ex.article_id)

    def _write_mentions(self, conn: Connection, ex: ArticleExtraction) -> None:
        mentions, links = [], []
        for m in ex.mentions:
            key = mention_id(ex.article_id, ex.revision, m.span)
            mentions.append(
                {
                    "id": key,
                    "article_id": ex.article_id,
                    "revision": ex.revision,
                    "field": m.span.field,
                    "start": m.span.start,
                    "end": m.span.end,
                    "text": m.text,
                    "kind": m.kind,
                    "origin": m.origin,
                    "title": m.title,
                    "component": m.component,
                    "confidence": m.confidence,
                    "review_state": "unreviewed",
                }
            )
            if m.actor_id is not None:
                links.append(
                    {
                        "mention_id": key,
                        "actor_id": m.actor_id,
                        "score": m.score,
                        "explanation": m.explanation,
                        "component": m.link_component,
                        "review_state": "unreviewed",
                    }
                )
        if mentions:
            conn.execute(sa.insert(t.mentions), mentions)
        if links:
            conn.execute(sa.insert(t.links), links)

    # --- judgements and proposals --------------------------------------------------------------

    def record_judgement(self, judgement: Judgement) -> None:
        """Record a judgement and make its change, in one transaction."""
        with self._write(self.engine) as conn:
            _apply(conn, judgement, undo=False)
            conn.execute(sa.insert(t.judgements).values(**_judgement_row(judgement)))
            if judgement.kind == "fact":
                _reattach_fact_judgements(conn, str(judgement.payload["article_id"]))

    def undo_judgement(self, judgement: Judgement, who: str, now: datetime) -> None:
        """Reverse a judgement's change and mark it undone, in one transaction."""
        with self._write(self.engine) as conn:
            _apply(conn, judgement, undo=True)
            conn.execute(
                sa.update(t.judgements)
                .where(t.judgements.c.id == judgement.id)
                .values(state="undone", undone_at=now, undone_by=who)
            )
            if judgement.kind == "fact":
                _forget_fact(conn, judgement)

    def judgement(self, judgement_id: str) -> Judgement:
        query = sa.select(t.judgements).where(t.judgements.c.id.startswith(judgement_id, autoescape=True))
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(2)).all()
        if len(rows) != 1:
            raise NotFoundError(
                f"no judgement {judgement_id!r}" if not rows else f"{judgement_id!r} is ambiguous"
            )
        return _judgement(rows[0])

    def judgements(self, state: str | None = None, kind: str | None = None) -> list[Judgement]:
        query = sa.select(t.judgements).order_by(t.judgements.c.at, t.judgements.c.id)
        if state:
            query = query.where(t.judgements.c.state == state)
        if kind:
            query = query.where(t.judgements.c.kind == kind)
        with self.engine.connect() as conn:
            return [_judgement(row) for row in conn.execute(query)]

    def add_proposals(self, proposals: Sequence[Proposal]) -> int:
        rows = [
            {
                "id": p.id,
                "kind": p.kind,
                "actor_id": p.actor_id,
                "other_id": p.other_id,
                "score": p.score,
                "explanation": p.explanation,
                "origin": p.origin,
                "status": p.status,
                "judgement_id": None,
                "created_at": p.created_at,
            }
            for p in proposals
        ]
        with self._write(self.engine) as conn:
            return self._insert_rows(conn, t.proposals, rows)

    def proposals(self, status: str | None = "open") -> list[Proposal]:
        p = t.proposals
        query = sa.select(p).order_by(p.c.score.desc(), p.c.id)
        if status:
            query = query.where(p.c.status == status)
        with self.engine.connect() as conn:
            return [
                Proposal(
                    r.id,
                    r.kind,
                    r.actor_id,
                    r.other_id,
                    r.score,
                    r.explanation,
                    r.origin,
                    r.status,
                    r.created_at,
                )
                for r in conn.execute(query)
            ]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                table.name: int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
                for table in (
                    t.actors,
                    t.actor_names,
                    t.affiliations,
                    t.designations,
                    t.mentions,
                    t.links,
                    t.judgements,
                    t.proposals,
                )
            }


def _apply(conn: Connection, j: Judgement, undo: bool) -> None:
    """The change a judgement makes to actors, names, links and proposals (or its reversal)."""
    p = j.payload
    a, n, lk = t.actors, t.actor_names, t.links
    if j.kind == "merge":  # p: actor (merged away), into, proposal
        conn.execute(sa.update(a).where(a.c.id == p["actor"]).values(merged_into=None if undo else p["into"]))
        if p.get("proposal"):
            status = "open" if undo else "accepted"
            conn.execute(
                sa.update(t.proposals)
                .where(t.proposals.c.id == p["proposal"])
                .values(status=status, judgement_id=j.id)
            )
    elif j.kind == "proposal":  # p: proposal, verdict rejected
        status = "open" if undo else p["verdict"]
        conn.execute(
            sa.update(t.proposals)
            .where(t.proposals.c.id == p["proposal"])
            .values(status=status, judgement_id=j.id)
        )
    elif j.kind == "alias":  # p: actor, name, name_id, origin, gazetteer
        if undo:
            conn.execute(sa.delete(n).where(n.c.id == p["name_id"]))
        else:
            conn.execute(
                sa.insert(n).values(
                    id=p["name_id"],
                    actor_id=p["actor"],
                    name=p["name"],
                    name_key=p["name_key"],
                    script="latn",
                    origin="analyst",
                    gazetteer=p["gazetteer"],
                    source={"judgement": j.id},
                    created_at=j.at,
                )
            )
    elif j.kind == "verdict":  # p: fact, article_id, fact_type, verdict (confirmed | rejected), text
        apply_verdict(conn, str(p["fact"]), None if undo else str(p["verdict"]))
    elif j.kind == "event":  # p: fact (an event report split off its real-world event), event
        apply_event_split(conn, str(p["fact"]), undo, j.at)
    elif j.kind == "correction":  # p: fact, article_id, text, extracted and corrected {code, source, target}
        apply_event_correction(conn, str(p["fact"]), p, undo, j.at)
    elif j.kind == "split":  # p: actor, new_actor {id, kind, name}, name_ids, mention_ids
        source, target = (p["new_actor"]["id"], p["actor"]) if undo else (p["actor"], p["new_actor"]["id"])
        if not undo:
            new = p["new_actor"]
            conn.execute(
                sa.insert(a).values(
                    id=new["id"],
                    kind=new["kind"],
                    name=new["name"],
                    country=None,
                    sectors=[],
                    origin="analyst",
                    reviewed=True,
                    merged_into=None,
                    external={},
                    details={"split_from": p["actor"]},
                    created_at=j.at,
                    updated_at=j.at,
                )
            )
        conn.execute(sa.update(n).where(n.c.id.in_(p["name_ids"])).values(actor_id=target))
        conn.execute(
            sa.update(lk)
            .where(lk.c.mention_id.in_(p["mention_ids"]), lk.c.actor_id == source)
            .values(actor_id=target)
        )
        conn.execute(
            sa.update(a)
            .where(a.c.id == p["new_actor"]["id"])
            .values(merged_into=p["actor"] if undo else None)
        )


def _forget_fact(conn: Connection, j: Judgement) -> None:
    """An undone fact judgement: the link goes back to what extraction said at the next run;
    until then it is marked unreviewed again."""
    p = j.payload
    mid = mention_id(p["article_id"], int(p["revision"]), Span(p["field"], int(p["start"]), int(p["end"])))
    conn.execute(sa.delete(t.extractions).where(t.extractions.c.article_id == p["article_id"]))
    conn.execute(sa.update(t.links).where(t.links.c.mention_id == mid).values(review_state="unreviewed"))


def _reattach_fact_judgements(conn: Connection, article_id: str) -> None:
    """Each live fact judgement of the article applies to the fact with its key, or is queued."""
    j = t.judgements
    live = conn.execute(
        sa.select(j)
        .where(j.c.kind == "fact", j.c.state != "undone", j.c.fact_key.startswith(f"{article_id}:"))
        .order_by(j.c.at, j.c.id)
    ).all()
    for row in live:
        payload = row.payload
        span = Span(payload["field"], int(payload["start"]), int(payload["end"]))
        mid = mention_id(article_id, int(payload["revision"]), span)
        exists = conn.execute(sa.select(t.mentions.c.id).where(t.mentions.c.id == mid)).first()
        state = "applied" if exists else "unmatched"
        if exists:
            conn.execute(sa.delete(t.links).where(t.links.c.mention_id == mid))
            conn.execute(
                sa.insert(t.links).values(
                    mention_id=mid,
                    actor_id=payload["actor_id"],
                    score=1.0,
                    explanation=f"analyst judgement {row.id} ({row.who}): {row.why}",
                    component="analyst",
                    review_state=payload["verdict"],
                )
            )
        if state != row.state:
            conn.execute(sa.update(j).where(j.c.id == row.id).values(state=state))


def _affiliation_row(a: Affiliation) -> dict[str, Any]:
    return {
        "id": _affiliation_id(a),
        "actor_id": a.actor_id,
        "other_id": a.other_id,
        "role": a.role,
        "start": a.start,
        "end": a.end,
        "tense": a.tense,
        "origin": a.origin,
        "source": dict(a.source),
        "article_id": a.article_id,
        "revision": a.revision,
        "field": a.evidence.field if a.evidence else None,
        "span_start": a.evidence.start if a.evidence else None,
        "span_end": a.evidence.end if a.evidence else None,
        "component": a.component,
        "confidence": a.confidence,
        "review_state": a.review_state,
    }


def _affiliation(row: Row[Any]) -> Affiliation:
    evidence = Span(row.field, row.span_start, row.span_end) if row.field else None
    return Affiliation(
        row.actor_id,
        row.other_id,
        row.role,
        row.start,
        row.end,
        row.tense,
        row.origin,
        row.source or {},
        evidence,
        row.article_id,
        row.revision,
        row.component,
        row.confidence,
        row.review_state,
    )


def _name(row: Row[Any]) -> ActorName:
    return ActorName(row.name, row.origin, bool(row.gazetteer), row.script, row.source or {})


def _actor(row: Row[Any], names: Sequence[ActorName]) -> ActorRecord:
    return ActorRecord(
        id=row.id,
        kind=row.kind,
        name=row.name,
        origin=row.origin,
        names=tuple(names),
        country=row.country,
        sectors=tuple(row.sectors or ()),
        reviewed=bool(row.reviewed),
        external=row.external or {},
        details=row.details or {},
        merged_into=row.merged_into,
    )


def _linked_select() -> sa.Select[Any]:
    """Mentions with their link's columns (joined by the caller), read by :func:`_linked`."""
    lk = t.links
    return sa.select(
        t.mentions,
        lk.c.actor_id,
        lk.c.score,
        lk.c.explanation,
        lk.c.component.label("lcomp"),
        lk.c.review_state.label("lstate"),
    )


def _linked(row: Row[Any]) -> LinkedMention:
    return LinkedMention(
        Span(row.field, row.start, row.end),
        row.text,
        row.kind,
        row.origin,
        row.component,
        row.confidence,
        row.actor_id,
        row.score or 0.0,
        row.explanation or "",
        row.lcomp or "",
        row.review_state,
        row.lstate or "unreviewed",
        row.title,
    )


def _judgement_row(j: Judgement) -> dict[str, Any]:
    return {
        "id": j.id,
        "kind": j.kind,
        "payload": dict(j.payload),
        "who": j.who,
        "at": j.at,
        "why": j.why,
        "undone_at": None,
        "undone_by": None,
        "fact_key": j.fact_key,
        "state": j.state,
    }


def _judgement(row: Row[Any]) -> Judgement:
    return Judgement(
        row.id,
        row.kind,
        row.payload or {},
        row.who,
        row.at,
        row.why,
        row.state,
        row.fact_key,
        row.undone_at,
        row.undone_by,
    )
