"""Plan the import of an external list (OFAC SDN, FollowTheMoney) into the knowledge base.

Pure: records and the current KB in, a plan out (actors to add, names to add to actors already
known, designations, relations, merge proposals). The workspace writes the plan in one
transaction. Rules:

- a record joins an existing actor when an external id says so (the KB's ``ofac`` ent_num) or
  the match is near-certain (the same full name key, the same kind, one candidate only, a name
  of at least two words);
- otherwise it is added as its own actor (``ofac-13107``), and when the resolver finds a likely
  match a merge is *proposed* for an analyst, never made;
- imported names are never looked for in running text (only curated and analysts' names are);
  one-word imported aliases ("SNOW") are kept as ``weak`` names, shown but not used to resolve;
- vessels and aircraft are not actors of this KB and are left out (counted);
- a listing is a designation by its authority, kept with its program and the list's date.

Ids are deterministic, so running the same import again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dabir.actor_types import ActorName, ActorRecord, Affiliation, Designation, Proposal
from dabir.keys import sha256_hex
from dabir.resolve.ftm import FtmRecord
from dabir.resolve.kb import KnowledgeBase
from dabir.resolve.matcher import resolve_name
from dabir.resolve.names import name_key, strip_titles
from dabir.resolve.ofac import OfacRecord

VERSION = "import.v1"
ACTOR_KINDS = ("person", "organization")
PROPOSAL_THRESHOLD = 0.7  # a likely match worth an analyst's look (links need only 0.6)


@dataclass(frozen=True)
class ExternalRecord:
    source: str  # ofac | ftm
    key: str  # ent_num, or the FtM id
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
    programs: tuple[tuple[str, str, str | None], ...] = ()  # (authority, program, listed)
    links: tuple[tuple[str, str], ...] = ()  # (other record's key, role)
    ofac: int | None = None

    @property
    def actor_id(self) -> str:
        return f"ofac-{self.key}" if self.source == "ofac" else f"ftm-{sha256_hex(self.key)[:16]}"


@dataclass(frozen=True)
class ImportPlan:
    actors: list[ActorRecord]
    names: list[tuple[str, ActorName]]  # names added to actors already in the KB
    designations: list[Designation]
    affiliations: list[Affiliation]
    proposals: list[Proposal]
    joined: dict[str, str]  # record key → existing actor id
    left_out: dict[str, int]  # reason → count


def from_ofac(records: Iterable[OfacRecord], listed: str | None) -> list[ExternalRecord]:
    by_listed = {r.listed.casefold(): str(r.ent_num) for r in records}
    return [
        ExternalRecord(
            source="ofac",
            key=str(r.ent_num),
            kind=r.kind,
            name=r.name,
            aliases=tuple(a.name for a in r.aliases),
            details=_details(
                birth_dates=r.birth_dates,
                birthplaces=r.birthplaces,
                nationalities=r.nationalities,
                countries=r.countries,
                title=r.title,
                listed_as=r.listed,
                problems=r.problems,
            ),
            programs=tuple(("OFAC", p, listed) for p in r.programs),
            links=tuple(
                (by_listed[n.casefold()], "linked to") for n in r.linked_to if n.casefold() in by_listed
            ),
            ofac=r.ent_num,
        )
        for r in records
    ]


def from_ftm(records: Iterable[FtmRecord]) -> list[ExternalRecord]:
    return [
        ExternalRecord(
            source="ftm",
            key=r.id,
            kind=r.kind,
            name=r.name,
            aliases=r.aliases,
            weak_aliases=r.weak_aliases,
            details=_details(
                birth_dates=r.birth_dates,
                birthplaces=r.birthplaces,
                nationalities=r.nationalities,
                countries=r.countries,
                topics=r.topics,
                problems=r.problems,
            ),
            programs=tuple(
                (d.authority or "unknown authority", d.program or "unknown program", d.start)
                for d in r.designations
            ),
            links=tuple((link.other_id, link.role or link.relation) for link in r.links),
            ofac=r.ofac_ent_num,
        )
        for r in records
    ]


def _details(**values: Any) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items() if v}


def plan_import(
    records: Sequence[ExternalRecord], kb: KnowledgeBase, origin: str, now: datetime
) -> ImportPlan:
    by_ofac = {a.ofac: a.id for a in kb.actors.values() if a.ofac is not None}
    plan = ImportPlan([], [], [], [], [], {}, {})
    target_of: dict[str, str] = {}
    for record in records:
        if record.kind not in ACTOR_KINDS:
            plan.left_out[record.kind] = plan.left_out.get(record.kind, 0) + 1
            continue
        existing = by_ofac.get(record.ofac) if record.ofac is not None else None
        existing = existing or _near_certain(record, kb)
        names = _names(record)
        if existing is not None:
            plan.joined[record.key] = existing
            plan.names.extend((existing, n) for n in names)
            target_of[record.key] = existing
        else:
            plan.actors.append(_actor(record, names))
            target_of[record.key] = record.actor_id
            plan.proposals.extend(_proposals(record, kb, origin, now))
        plan.designations.extend(
            Designation(target_of[record.key], authority, program, listed, {record.source: record.key})
            for authority, program, listed in record.programs
        )
    for record in records:
        plan.affiliations.extend(
            Affiliation(
                target_of[record.key],
                target_of[other],
                role,
                origin=record.source,
                source={record.source: record.key},
                component=VERSION,
            )
            for other, role in record.links
            if record.key in target_of and other in target_of and target_of[other] != target_of[record.key]
        )
    return plan


def _names(record: ExternalRecord) -> list[ActorName]:
    source = {record.source: record.key}
    names = [ActorName(record.name, "imported", False, source=source)]
    for alias in record.aliases:
        weak = len(strip_titles(alias).split()) < 2
        names.append(ActorName(alias, "weak" if weak else "imported", False, source=source))
    names += [ActorName(alias, "weak", False, source=source) for alias in record.weak_aliases]
    return names


def _actor(record: ExternalRecord, names: list[ActorName]) -> ActorRecord:
    external: dict[str, Any] = {record.source: int(record.key) if record.source == "ofac" else record.key}
    if record.ofac is not None:
        external["ofac"] = record.ofac
    return ActorRecord(
        id=record.actor_id,
        kind=record.kind,
        name=record.name,
        origin=record.source,
        names=tuple(names),
        country=None,
        reviewed=False,
        external=external,
        details=record.details,
    )


def _near_certain(record: ExternalRecord, kb: KnowledgeBase) -> str | None:
    """One KB actor of the same kind with the very same full name key (two words or more)."""
    key = name_key(strip_titles(record.name))
    if len(key.split()) < 2:
        return None
    same = [i for i in kb.by_key.get(key, frozenset()) if kb.actors[i].kind == record.kind]
    if len(same) != 1 or kb.actors[same[0]].ofac not in (None, record.ofac):
        return None
    return same[0]


def _proposals(record: ExternalRecord, kb: KnowledgeBase, origin: str, now: datetime) -> list[Proposal]:
    resolution = resolve_name(kb, record.name, record.kind)
    found = []
    for scored in resolution.candidates[:3]:
        if scored.score < PROPOSAL_THRESHOLD or scored.actor.ofac not in (None, record.ofac):
            continue
        proposal_id = sha256_hex(f"merge\x1f{record.actor_id}\x1f{scored.actor.id}")[:16]
        found.append(
            Proposal(
                proposal_id,
                "merge",
                record.actor_id,
                scored.actor.id,
                scored.score,
                f"“{record.name}” ~ {scored.actor.name}: {scored.explanation}",
                origin,
                "open",
                now,
            )
        )
    return found
