"""The knowledge base as values, for finding and resolving names.

Two ways in: the bundled starter KB's YAML files (``data/kb/``, docs/kb.md; linted by
tests/test_kb_lint.py, so this reader trusts their shape), turned into the store's records by
:func:`starter_records`; and the store's actors (starter, imported, seen, analysts' edits) turned
into a :class:`KnowledgeBase` by :func:`kb_from_records`, where a merged actor's names belong to
the actor it was merged into. Pure: no database here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from dabir.actor_types import ActorName, ActorRecord, Affiliation
from dabir.keys import sha256_hex
from dabir.resolve.names import name_key, strip_titles
from dabir.resolve.ofac import display_name

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it


@dataclass(frozen=True)
class KbAlias:
    name: str
    script: str = "latn"
    gazetteer: bool = True  # may be looked for in running text (imported aliases may not)


@dataclass(frozen=True)
class KbAffiliation:
    actor: str
    role: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class KbActor:
    id: str
    kind: str  # person | organization | group | place
    name: str
    aliases: tuple[KbAlias, ...]
    country: str | None
    sectors: tuple[str, ...]
    affiliations: tuple[KbAffiliation, ...]
    ofac: int | None
    name_in_text: bool = True  # the canonical name may be looked for in text (not an import's)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *(a.name for a in self.aliases))

    @property
    def text_names(self) -> tuple[str, ...]:
        """The names that may be looked for in running text (the gazetteer's)."""
        names = [self.name] if self.name_in_text else []
        return tuple(dict.fromkeys([*names, *(a.name for a in self.aliases if a.gazetteer)]))


@dataclass(frozen=True)
class KnowledgeBase:
    actors: dict[str, KbActor]
    by_key: dict[str, frozenset[str]]  # full name key → actor ids
    by_token: dict[str, frozenset[str]]  # key of a name's last word (a surname, "Qaani") → actor ids
    by_joined: dict[str, frozenset[str]]  # key without spaces ("Nasr Allah" = "Nasrallah") → ids

    def candidates(self, name: str) -> frozenset[str]:
        """Actors one of whose names shares the key of ``name``, its key without spaces, or
        its last word's key (the surname: given names are too common to propose candidates)."""
        key = name_key(strip_titles(name))
        if not key:
            return frozenset()
        found = set(self.by_key.get(key, frozenset()))
        found |= self.by_joined.get(key.replace(" ", ""), frozenset())
        found |= self.by_token.get(key.split()[-1], frozenset())
        return frozenset(found)


def default_kb_path() -> Path:
    """The bundled starter KB: in the installed package, or in the checkout."""
    package = Path(__file__).resolve().parents[1] / "_data" / "kb"
    checkout = Path(__file__).resolve().parents[3] / "data" / "kb"
    return package if package.is_dir() else checkout


def load_kb(folder: Path | None = None) -> KnowledgeBase:
    """The starter KB read straight from its files: the same KB a fresh workspace's store gives
    (built through the same records, OFAC-style aliases in reading order)."""
    actors, affiliations, _ = starter_records(folder)
    return kb_from_records(actors, affiliations)


def build_kb(actors: Iterable[KbActor]) -> KnowledgeBase:
    """The KB in one canonical order (actors by id, aliases by name), whatever order its source
    gave: the YAML files and a store's rows then link every mention the same way."""
    ordered = sorted(actors, key=lambda actor: actor.id)
    by_id = {actor.id: _canonical(actor) for actor in ordered}
    by_key: dict[str, set[str]] = {}
    by_token: dict[str, set[str]] = {}
    by_joined: dict[str, set[str]] = {}
    for actor in by_id.values():
        for name in actor.names:
            key = name_key(strip_titles(name))
            if not key:
                continue
            by_key.setdefault(key, set()).add(actor.id)
            by_joined.setdefault(key.replace(" ", ""), set()).add(actor.id)
            by_token.setdefault(key.split()[-1], set()).add(actor.id)
    return KnowledgeBase(by_id, _frozen(by_key), _frozen(by_token), _frozen(by_joined))


def _canonical(actor: KbActor) -> KbActor:
    aliases = sorted(actor.aliases, key=lambda a: (a.name, a.script, a.gazetteer))
    affiliations = sorted(actor.affiliations, key=lambda a: (a.actor, a.role, str(a.start), str(a.end)))
    return replace(actor, aliases=tuple(aliases), affiliations=tuple(affiliations))


def _frozen(index: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {key: frozenset(ids) for key, ids in index.items()}


def _actor(record: dict[str, Any]) -> KbActor:
    return KbActor(
        id=str(record["id"]),
        kind=str(record["kind"]),
        name=str(record["name"]),
        aliases=tuple(
            KbAlias(str(a["name"]), str(a.get("script", "latn"))) for a in record.get("aliases") or []
        ),
        country=record.get("country"),
        sectors=tuple(record.get("sectors") or ()),
        affiliations=tuple(
            KbAffiliation(
                str(a["actor"]),
                str(a["role"]),
                _date(a.get("start")),
                _date(a.get("end")),
            )
            for a in record.get("affiliations") or []
        ),
        ofac=(record.get("external_ids") or {}).get("ofac"),
    )


def _date(value: Any) -> str | None:
    """YAML reads 2021-05-17 as a date; the KB means the partial ISO text."""
    return None if value is None else str(value)


# --- the store's records ------------------------------------------------------------------------


def starter_digest(folder: Path | None = None) -> str:
    """A digest of the starter KB's files: cheap, so a workspace can check it at every open."""
    paths = sorted((folder or default_kb_path()).glob("*.yaml"))
    return sha256_hex("\n".join(sha256_hex(p.read_text(encoding="utf-8")) for p in paths))


def starter_records(folder: Path | None = None) -> tuple[list[ActorRecord], list[Affiliation], str]:
    """The starter KB as the store's records, and the digest of its files (to load it once)."""
    paths = sorted((folder or default_kb_path()).glob("*.yaml"))
    actors: list[ActorRecord] = []
    affiliations: list[Affiliation] = []
    for path in paths:
        for record in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            actor = _actor(record)
            names = [ActorName(actor.name, "curated", True, source={"kb": path.name})]
            names += [
                ActorName(
                    _reading_order(str(a["name"]), actor.kind),
                    "curated",
                    True,
                    str(a.get("script", "latn")),
                    a.get("source") or {},
                )
                for a in record.get("aliases") or []
            ]
            actors.append(
                ActorRecord(
                    id=actor.id,
                    kind=actor.kind,
                    name=actor.name,
                    origin="starter",
                    names=tuple(names),
                    country=actor.country,
                    sectors=actor.sectors,
                    reviewed=True,
                    external=dict(record.get("external_ids") or {}),
                    details={"sources": record.get("sources") or [], "notes": record.get("notes")},
                )
            )
            affiliations += [
                Affiliation(
                    actor.id,
                    str(a["actor"]),
                    str(a["role"]),
                    _date(a.get("start")),
                    _date(a.get("end")),
                    source=a.get("source") or {},
                )
                for a in record.get("affiliations") or []
            ]
    return actors, affiliations, starter_digest(folder)


def _reading_order(name: str, kind: str) -> str:
    """A person's alias written as OFAC lists it ("GHANI, Esmail": the surname in capitals) in
    reading order; "Joseph R. Biden, Jr." is already in reading order."""
    if kind != "person" or name.count(",") != 1:
        return name
    listed = [c for c in name.split(",", maxsplit=1)[0] if c.isalpha()]
    return display_name(name, person=True) if listed and all(c.isupper() for c in listed) else name


def root_of(actor_id: str, merged: Mapping[str, str]) -> str:
    """The actor an id stands for after merges (chains followed; a cycle stops where it began)."""
    seen = {actor_id}
    while actor_id in merged and merged[actor_id] not in seen:
        actor_id = merged[actor_id]
        seen.add(actor_id)
    return actor_id


def kb_from_records(records: Iterable[ActorRecord], affiliations: Iterable[Affiliation]) -> KnowledgeBase:
    """The KB the finder and the resolver use: merged actors' names join their survivor."""
    records = list(records)
    merged = {r.id: r.merged_into for r in records if r.merged_into}
    live = {r.id: r for r in records if r.id not in merged}
    names: dict[str, list[KbAlias]] = {actor_id: [] for actor_id in live}
    for record in records:
        target = root_of(record.id, merged)
        if target in names:
            names[target] += [KbAlias(n.name, n.script, n.gazetteer) for n in record.names]
    links: dict[str, list[KbAffiliation]] = {}
    for a in affiliations:
        source, other = root_of(a.actor_id, merged), root_of(a.other_id, merged)
        links.setdefault(source, []).append(KbAffiliation(other, a.role, a.start, a.end))
    return build_kb(
        KbActor(
            id=r.id,
            kind=r.kind,
            name=r.name,
            aliases=tuple(a for a in _unique(names[r.id]) if a.name != r.name),
            country=r.country,
            sectors=r.sectors,
            affiliations=tuple(links.get(r.id, ())),
            ofac=r.external.get("ofac"),
            name_in_text=any(n.gazetteer for n in r.names if n.name == r.name),
        )
        for r in live.values()
    )


def _unique(aliases: list[KbAlias]) -> list[KbAlias]:
    """One alias per name; a name that is safe for text anywhere stays safe."""
    best: dict[str, KbAlias] = {}
    for alias in aliases:
        if alias.name not in best or alias.gazetteer:
            best[alias.name] = alias
    return list(best.values())
