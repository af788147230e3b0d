"""The knowledge base of a workspace: its actors in the store, imports, and analysts' judgements.

The starter KB is loaded into the store when a workspace opens (once per version of its files;
loads only add). Imports plan in :mod:`dabir.resolve.importer` and write in one transaction.
Merges, splits, alias edits and decisions on proposals are judgements: recorded with who, when
and why, applied in the same transaction, and undoable. Extraction never changes them, so they
hold through ``dabir reprocess``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dabir.actor_types import ActorRecord, Affiliation, Designation, Judgement, Proposal
from dabir.errors import AmbiguousActorError, NotFoundError, UsageError
from dabir.extract.event_vocab import load_vocabulary
from dabir.extract.mentions import safe_for_gazetteer
from dabir.keys import sha256_hex
from dabir.resolve import importer
from dabir.resolve.ftm import read_ftm
from dabir.resolve.kb import KnowledgeBase, kb_from_records, root_of, starter_digest, starter_records
from dabir.resolve.matcher import LINK_THRESHOLD, Resolution, resolve_name
from dabir.resolve.names import name_key, strip_titles
from dabir.resolve.ofac import read_ofac
from dabir.store import SqlStore
from dabir.store.actors import fact_key, name_id
from dabir.types import Span, utc_now


@dataclass(frozen=True)
class ImportSummary:
    source: str
    records: int
    actors_added: int
    joined: int
    names_added: int
    designations_added: int
    relations_added: int
    proposals_added: int
    left_out: dict[str, int]
    rejected_lines: list[str]

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Knowledge:
    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self._kb: KnowledgeBase | None = None

    # --- loading --------------------------------------------------------------------------------

    def ensure_starter(self) -> None:
        if self.store.actors.loaded_digest("starter") == starter_digest():
            return
        actors, affiliations, digest = starter_records()
        self.store.actors.load("starter", digest, actors, affiliations, [], [], utc_now())
        self._kb = None

    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            records = self.store.actors.all_actors()
            self._kb = kb_from_records(_resolvable(records), self.store.actors.kb_affiliations())
        return self._kb

    def changed(self) -> None:
        self._kb = None

    def import_list(self, fmt: str, path: Path, as_of: str | None = None) -> ImportSummary:
        rejected: list[str] = []
        if fmt == "ofac":
            if not (path / "sdn.csv").is_file():
                raise NotFoundError(
                    f"{path}: no sdn.csv (OFAC's three-file layout: sdn.csv, alt.csv, add.csv)"
                )
            records = importer.from_ofac(read_ofac(path), as_of)
            digest = sha256_hex("".join(sha256_hex((path / n).read_bytes().hex()) for n in _present(path)))
        elif fmt == "ftm":
            if not path.is_file():
                raise NotFoundError(f"{path}: no such FollowTheMoney JSON lines file")
            result = read_ftm(path)
            records = importer.from_ftm(result.records)
            rejected = [f"{path}:{e.line_number}: {e.message}" for e in result.rejected]
            digest = sha256_hex(path.read_bytes().hex())
        else:
            raise UsageError(f"unknown format {fmt!r}: ofac or ftm")
        now = utc_now()
        plan = importer.plan_import(records, self.kb(), f"{fmt}:{path.name}", now)
        counts = self.store.actors.load(
            f"{fmt}:{digest[:16]}", digest, plan.actors, plan.affiliations, plan.designations, plan.names, now
        )
        proposals = self.store.actors.add_proposals(plan.proposals)
        self.changed()
        return ImportSummary(
            fmt,
            len(records),
            counts["actors"],
            len(plan.joined),
            counts["names"],
            counts["designations"],
            counts["affiliations"],
            proposals,
            plan.left_out,
            rejected,
        )

    # --- finding actors ------------------------------------------------------------------------

    def actors(
        self,
        kind: str | None = None,
        origin: str | None = None,
        name_part: str | None = None,
        limit: int | None = None,
    ) -> list[ActorRecord]:
        part = name_part.casefold() if name_part else None
        found = [
            a
            for a in self.store.actors.all_actors()
            if a.merged_into is None
            and (kind is None or a.kind == kind)
            and (origin is None or a.origin == origin)
            and (
                part is None
                or any(part in n.name.casefold() for n in (*a.names,))
                or part in a.name.casefold()
            )
        ]
        return found[:limit] if limit else found

    def names_of(self, ids: set[str]) -> dict[str, str]:
        return {i: self.store.actors.actor(i).name for i in ids}

    def find(self, reference: str, kind: str | None = None) -> ActorRecord:
        """An actor by id, by a name written exactly so (any case), or by the resolver; when a
        name fits several actors, an error lists them (with ids to choose from)."""
        merged = self.store.actors.merged_map()
        try:
            return self.store.actors.actor(root_of(reference, merged))
        except NotFoundError:
            pass
        folded = reference.casefold().strip()
        ids = {
            root_of(i, merged)
            for i in self.store.actors.actor_ids_with_key(name_key(strip_titles(reference)))
        }
        exact = [
            r
            for r in (self.store.actors.actor(i) for i in sorted(ids))
            if (kind is None or r.kind == kind)
            and folded in {n.casefold() for n in (r.name, *(n.name for n in r.names))}
        ]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise AmbiguousActorError(_listing(reference, [(r.id, r.name, r.kind, None) for r in exact]))
        resolution = self.resolve(reference, kind)
        if resolution.actor is not None:
            return self.store.actors.actor(resolution.actor.id)
        likely = [s for s in resolution.candidates if s.score >= LINK_THRESHOLD]
        if likely:
            raise AmbiguousActorError(
                _listing(reference, [(s.actor.id, s.actor.name, s.actor.kind, s.score) for s in likely])
            )
        raise NotFoundError(f"no actor named {reference!r}" + _candidates(resolution))

    def resolve(self, name: str, kind: str | None = None) -> Resolution:
        return resolve_name(self.kb(), name, kind)

    # --- judgements ----------------------------------------------------------------------------

    def merge(self, keep: str, other: str, who: str, why: str, proposal: str | None = None) -> Judgement:
        survivor, merged = self.find(keep), self.find(other)
        if survivor.id == merged.id:
            raise UsageError(f"{keep!r} and {other!r} are already one actor ({survivor.id})")
        payload = {"actor": merged.id, "into": survivor.id, "proposal": proposal}
        return self._judge("merge", payload, who, why or f"{merged.name} is {survivor.name}")

    def split(
        self, actor: str, names: list[str], who: str, why: str, new_name: str | None = None
    ) -> Judgement:
        record = self.find(actor)
        keys = {name_key(strip_titles(n)) for n in names}
        moved = [n for n in record.names if name_key(strip_titles(n.name)) in keys]
        if not moved:
            known = ", ".join(sorted({n.name for n in record.names}))
            raise UsageError(f"{record.name} has no name {', '.join(names)}; its names: {known}")
        new_id = "analyst-" + uuid.uuid4().hex[:12]
        mention_ids = [
            mid
            for mid, text in self.store.actors.linked_mentions(record.id)
            if name_key(strip_titles(text)) in keys
        ]
        payload = {
            "actor": record.id,
            "new_actor": {"id": new_id, "kind": record.kind, "name": new_name or moved[0].name},
            "name_ids": [name_id(record.id, n.origin, n.name) for n in moved]
            + self.store.actors.name_ids(record.id, sorted(keys)),
            "mention_ids": mention_ids,
        }
        return self._judge("split", payload, who, why or f"{', '.join(names)} is not {record.name}")

    def add_alias(self, actor: str, name: str, who: str, why: str) -> Judgement:
        record = self.find(actor)
        payload = {
            "actor": record.id,
            "name": name,
            "name_key": name_key(strip_titles(name)),
            "name_id": name_id(record.id, "analyst", name),
            "gazetteer": safe_for_gazetteer(name),
        }
        if any(n.name == name for n in record.names):
            raise UsageError(f"{record.name} already has the name {name!r}")
        return self._judge("alias", payload, who, why or "analyst's alias")

    def decide_proposal(self, proposal_id: str, accept: bool, who: str, why: str) -> Judgement:
        proposal = self._proposal(proposal_id)
        if accept:
            return self.merge(proposal.other_id, proposal.actor_id, who, why, proposal=proposal.id)
        payload = {"proposal": proposal.id, "verdict": "rejected"}
        return self._judge("proposal", payload, who, why or "not the same actor")

    def undo(self, judgement_id: str, who: str) -> Judgement:
        judgement = self.store.actors.judgement(judgement_id)
        if judgement.state == "undone":
            raise UsageError(f"judgement {judgement.id} was undone already")
        self.store.actors.undo_judgement(judgement, who, utc_now())
        self.changed()
        return self.store.actors.judgement(judgement.id)

    def proposals(self, status: str | None = "open") -> list[Proposal]:
        return self.store.actors.proposals(status)

    def _proposal(self, reference: str) -> Proposal:
        found = [p for p in self.store.actors.proposals(None) if p.id.startswith(reference)]
        if len(found) != 1:
            raise NotFoundError(f"no proposal {reference!r}" if not found else f"{reference!r} is ambiguous")
        if found[0].status != "open":
            raise UsageError(f"proposal {found[0].id} is {found[0].status} already")
        return found[0]

    def entity(self, reference: str, kind: str | None = None) -> EntityView:
        return entity_view(self.store, self.find(reference, kind))

    def review_link(
        self, article_id: str, revision: int, span: Span, verdict: str, actor: str | None, who: str, why: str
    ) -> Judgement:
        """An analyst's verdict on the link of one mention: confirmed, rejected, or corrected to
        another actor. Keyed by revision, field, span and fact type, so it survives re-runs."""
        current = {m.span: m for m in self.store.actors.article_mentions(article_id)}
        mention = current.get(span)
        if mention is None:
            raise NotFoundError(f"no mention at {span.field} {span.start}-{span.end} of article {article_id}")
        if verdict == "corrected":
            if actor is None:
                raise UsageError("a correction names the right actor (--actor)")
            target = self.find(actor).id
        elif mention.actor_id is None:
            raise UsageError("this mention has no link to confirm or reject; give --actor to link it")
        else:
            target = mention.actor_id
        payload = {
            "article_id": article_id,
            "revision": revision,
            "field": span.field,
            "start": span.start,
            "end": span.end,
            "fact_type": "link",
            "verdict": verdict,
            "actor_id": target,
            "was_actor_id": mention.actor_id,
            "text": mention.text,
        }
        judgement = Judgement(
            uuid.uuid4().hex[:16],
            "fact",
            payload,
            who,
            utc_now(),
            why or verdict,
            "applied",
            fact_key(article_id, revision, span, "link"),
        )
        self.store.actors.record_judgement(judgement)
        return self.store.actors.judgement(judgement.id)

    def review_queue(self) -> list[Judgement]:
        """Fact judgements whose fact is gone after re-extraction: to be looked at again."""
        found = self.store.actors.judgements(state="unmatched")
        return [j for j in found if j.kind in ("fact", "verdict", "correction")]

    def judgements(self) -> list[Judgement]:
        return self.store.actors.judgements()

    def review_fact(self, reference: str, verdict: str, who: str, why: str) -> Judgement:
        """An analyst's verdict on an event report, a quote or a date: confirmed or rejected (a
        rejected one is left out of `events`, `quotes` and `timeline`). Keyed by the fact's id,
        it holds through re-extraction; a fact that changed waits in the review queue."""
        fact = self.store.facts.fact(reference)
        payload = {
            "fact": fact["id"],
            "article_id": fact["article"],
            "fact_type": fact["kind"],
            "verdict": verdict,
            "text": fact.get("text"),
        }
        return self._judge("verdict", payload, who, why or verdict, key=fact["id"])

    def correct_event(
        self,
        report: str,
        code: str | None,
        sources: list[str] | None,
        targets: list[str] | None,
        who: str,
        why: str,
    ) -> Judgement:
        """An analyst's correction of an event report's CAMEO code or its acting or acted-upon
        actors (references resolved as :meth:`find` does; an empty list clears the side). Keyed
        by the report's id, it holds through re-extraction; `undo` restores what was extracted."""
        fact = self.store.facts.fact(report)
        if fact["kind"] != "event":
            raise UsageError(f"{fact['id']} is a {fact['kind']}, not an event report")
        if code is None and sources is None and targets is None:
            raise UsageError("give a code, sources or targets to correct")
        vocabulary = load_vocabulary()
        if code is not None and code not in vocabulary.codes:
            raise UsageError(f"no CAMEO code {code!r} in the event vocabulary (vocab/events.yaml)")
        extracted = _event_values(fact["code"], fact["source"], fact["target"])
        corrected = _event_values(
            code or fact["code"],
            [self.find(s).id for s in sources] if sources is not None else fact["source"],
            [self.find(t).id for t in targets] if targets is not None else fact["target"],
        )
        payload = {
            "fact": fact["id"],
            "article_id": fact["article"],
            "text": fact.get("text"),
            "extracted": extracted,
            "corrected": corrected,
        }
        return self._judge("correction", payload, who, why or "corrected", key=fact["id"])

    def split_event(self, report: str, who: str, why: str) -> Judgement:
        """Take an event report out of the real-world event the merge rule put it in (undo with
        :meth:`undo`). Keyed by the report's id, the split holds when the article is extracted again."""
        fact, event = self.store.facts.event_report(report)
        payload = {"fact": fact, "event": event}
        return self._judge("event", payload, who, why or "not the same event", key=fact)

    def _judge(
        self, kind: str, payload: dict[str, Any], who: str, why: str, key: str | None = None
    ) -> Judgement:
        judgement = Judgement(uuid.uuid4().hex[:16], kind, payload, who, utc_now(), why, "applied", key)
        self.store.actors.record_judgement(judgement)
        self.changed()
        return judgement


def _event_values(code: str, sources: list[str], targets: list[str]) -> dict[str, Any]:
    """An event report's code with what the vocabulary says of it, and its actors."""
    info = load_vocabulary().describe(code)
    described = {
        "root": code[:2],
        "quad_class": info.quad_class,
        "plover": info.plover,
        "mode": info.mode,
        "label": info.label,
    }
    return {"code": code, "source": list(sources), "target": list(targets), "described": described}


def _resolvable(records: list[ActorRecord]) -> list[ActorRecord]:
    """The actors names resolve to. Weak names (one-word imported aliases) are shown, never used
    to resolve. Actors only seen in articles are left out until an analyst merges them into
    another: otherwise what an article links to would depend on which articles were read
    before it, and a re-run (or a run finished after a crash) would differ from the first."""
    return [
        replace(r, names=tuple(n for n in r.names if n.origin != "weak"))
        for r in records
        if r.origin != "seen" or r.merged_into is not None
    ]


def _listing(reference: str, found: list[tuple[str, str, str, float | None]]) -> str:
    rows = "\n".join(
        f"  {actor_id}  {name} ({kind})" + (f" score {score:.2f}" if score is not None else "")
        for actor_id, name, kind, score in found[:20]
    )
    more = f"\n  … and {len(found) - 20} more" if len(found) > 20 else ""
    return f"{reference!r} may name {len(found)} actors; give one of these ids:\n{rows}{more}"


def _present(path: Path) -> list[str]:
    return [n for n in ("sdn.csv", "alt.csv", "add.csv") if (path / n).is_file()]


def _candidates(resolution: Resolution) -> str:
    if not resolution.candidates:
        return ""
    listing = "; ".join(f"{s.actor.id} ({s.actor.name}, {s.score:.2f})" for s in resolution.candidates[:5])
    return f"; candidates: {listing}"


@dataclass(frozen=True)
class EntityView:
    actor: ActorRecord
    seen_as: dict[str, int]  # spelling in articles → times
    affiliations: list[Affiliation]
    designations: list[Designation]
    mentions: int
    articles: list[str]
    names: dict[str, str]  # actor id → name, for the affiliations
    merged: list[str]  # ids merged into this actor


def entity_view(store: SqlStore, actor: ActorRecord) -> EntityView:
    merged_map = store.actors.merged_map()
    merged = sorted(i for i in merged_map if root_of(i, merged_map) == actor.id)
    ids = [actor.id, *merged]
    seen: dict[str, int] = {}
    articles: list[str] = []
    for article_id, mention in store.actors.mentions_of(ids, limit=5000):
        seen[mention.text] = seen.get(mention.text, 0) + 1
        if article_id not in articles:
            articles.append(article_id)
    count, _ = store.actors.count_mentions_of(ids)
    affiliations = store.actors.affiliations_of(ids)
    other_ids = {a.actor_id for a in affiliations} | {a.other_id for a in affiliations}
    names = {i: store.actors.actor(root_of(i, merged_map)).name for i in other_ids}
    return EntityView(
        actor,
        dict(sorted(seen.items(), key=lambda kv: -kv[1])),
        affiliations,
        store.actors.designations_of(ids),
        count,
        articles,
        names,
        merged,
    )
