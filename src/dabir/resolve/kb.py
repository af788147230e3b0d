"""The knowledge base as values: read from the YAML files of ``data/kb/`` (docs/kb.md).

Pure reading; storing actors, importing OFAC and recording analysts' judgements come later
(issue 3). The files are linted by tests/test_kb_lint.py; this reader trusts their shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dabir.resolve.names import name_key, strip_titles


@dataclass(frozen=True)
class KbAlias:
    name: str
    script: str = "latn"


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

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *(a.name for a in self.aliases))


@dataclass(frozen=True)
class KnowledgeBase:
    actors: dict[str, KbActor]
    by_key: dict[str, frozenset[str]]  # full name key → actor ids
    by_token: dict[str, frozenset[str]]  # key of one word (a surname, "Qaani") → actor ids
    by_joined: dict[str, frozenset[str]]  # key without spaces ("Nasr Allah" = "Nasrallah") → ids

    def candidates(self, name: str) -> frozenset[str]:
        """Actors one of whose names shares the key of ``name``, or a word key of it."""
        key = name_key(strip_titles(name))
        found = set(self.by_key.get(key, frozenset()))
        found |= self.by_joined.get(key.replace(" ", ""), frozenset())
        for token in key.split():
            found |= self.by_token.get(token, frozenset())
        return frozenset(found)


def default_kb_path() -> Path:
    """The bundled starter KB: in the installed package, or in the checkout."""
    package = Path(__file__).resolve().parents[1] / "_data" / "kb"
    checkout = Path(__file__).resolve().parents[3] / "data" / "kb"
    return package if package.is_dir() else checkout


def load_kb(folder: Path | None = None) -> KnowledgeBase:
    records: list[dict[str, Any]] = []
    for path in sorted((folder or default_kb_path()).glob("*.yaml")):
        records.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return build_kb(_actor(record) for record in records)


def build_kb(actors: Iterable[KbActor]) -> KnowledgeBase:
    by_id = {actor.id: actor for actor in actors}
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
            for token in key.split():
                by_token.setdefault(token, set()).add(actor.id)
    return KnowledgeBase(by_id, _frozen(by_key), _frozen(by_token), _frozen(by_joined))


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
