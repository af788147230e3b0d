"""Lint of the starter knowledge base (docs/kb.md): shape, references, and that every cited
source exists and says what is cited."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, shared_path

KB = ROOT / "data" / "kb"
KINDS = {"person", "organization", "group", "place"}
SCRIPTS = {"latn", "arab"}
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
COUNTRY = re.compile(r"^[A-Z]{3}$")
ACTOR_KEYS = {
    "id",
    "kind",
    "name",
    "aliases",
    "country",
    "sectors",
    "affiliations",
    "external_ids",
    "sources",
    "notes",
}


@cache
def actors() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(KB.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: a list of actors"
        found.extend((path.name, actor) for actor in data)
    return found


@cache
def sectors() -> set[str]:
    return set(
        yaml.safe_load((ROOT / "src" / "dabir" / "vocab" / "sectors.yaml").read_text(encoding="utf-8"))
    )


@cache
def ofac() -> dict[int, str]:
    with shared_path("kb-sources", "ofac-sdn", "sdn.csv").open(encoding="latin-1", newline="") as handle:
        return {int(row[0]): row[1] for row in csv.reader(handle) if row and row[0].strip().isdigit()}


@cache
def ofac_names() -> dict[int, list[str]]:
    """Every name OFAC gives an entry: its SDN name and its aliases (alt.csv, a partial copy)."""
    names = {number: [name] for number, name in ofac().items()}
    with shared_path("kb-sources", "ofac-sdn", "alt.csv").open(encoding="latin-1", newline="") as handle:
        for row in csv.reader(handle):
            if row and row[0].strip().isdigit() and int(row[0]) in names:
                names[int(row[0])].append(row[3])
    return names


@cache
def corpus() -> dict[str, str]:
    documents = {
        "seed": shared_path("seed", "track-persia-2021-05-17-qaani-calls.txt").read_text(encoding="utf-8")
    }
    for path in shared_path("corpus").glob("*/*.jsonl"):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                documents[str(record["id"])] = f"{record.get('title') or ''}\n{record.get('text') or ''}"
    return documents


def tokens(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return set(re.findall(r"[a-z0-9]+", folded))


def test_there_are_at_least_100_actors_with_unique_ids() -> None:
    ids = [actor.get("id") for _, actor in actors()]
    assert len(ids) >= 100
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []


def check_source(
    source: Any, where: str, names: set[str] | None = None, alias: str | None = None
) -> list[str]:
    """Problems with one source; ``names`` (all the actor's names) for entry-level OFAC checks;
    ``alias`` for an alias, which OFAC must list (in any word order) under that entry."""
    if not isinstance(source, dict) or len(set(source) - {"quote"}) != 1:
        return [
            f"{where}: a source is one of {{ofac: N}}, {{corpus: ID, quote: ...}}, {{editorial: unreviewed}}"
        ]
    if "ofac" in source:
        listed = ofac().get(int(source["ofac"])) if str(source["ofac"]).isdigit() else None
        if listed is None:
            return [f"{where}: no OFAC entry {source['ofac']}"]
        if names is not None and not any(tokens(listed) <= tokens(n) for n in names):
            return [f"{where}: OFAC {source['ofac']} is {listed!r}, not one of the actor's names"]
        if alias is not None and not any(
            tokens(alias) <= tokens(n) for n in ofac_names()[int(source["ofac"])]
        ):
            return [f"{where}: OFAC {source['ofac']} does not list the name {alias!r} (in this copy)"]
        return []
    if "corpus" in source:
        text = corpus().get(str(source["corpus"]))
        if text is None:
            return [f"{where}: no corpus document {source['corpus']!r}"]
        quote = source.get("quote")
        if not quote or " ".join(str(quote).split()) not in " ".join(text.split()):
            return [f"{where}: the quote is not in {source['corpus']}: {quote!r}"]
        return []
    if source.get("editorial") == "unreviewed":
        return []
    return [f"{where}: unknown source {source}"]


def actor_problems(file: str, actor: dict[str, Any], ids: set[str]) -> list[str]:
    where = f"{file}:{actor.get('id')}"
    problems: list[str] = []
    if set(actor) - ACTOR_KEYS:
        problems.append(f"{where}: unknown keys {sorted(set(actor) - ACTOR_KEYS)}")
    if not ID.match(str(actor.get("id", ""))):
        problems.append(f"{where}: id must be a lowercase slug")
    if actor.get("kind") not in KINDS:
        problems.append(f"{where}: kind must be one of {sorted(KINDS)}")
    if not isinstance(actor.get("name"), str) or not actor["name"].strip():
        problems.append(f"{where}: a name is required")
    country = actor.get("country")
    if country is not None and not COUNTRY.match(str(country)):
        problems.append(f"{where}: country is ISO 3166-1 alpha-3 or null")
    unknown = set(actor.get("sectors") or []) - sectors()
    if unknown:
        problems.append(f"{where}: unknown sectors {sorted(unknown)}")
    names = {actor.get("name", "")} | {
        a.get("name", "") for a in actor.get("aliases") or [] if isinstance(a, dict)
    }
    problems += alias_problems(actor, where)
    for affiliation in actor.get("affiliations") or []:
        problems += affiliation_problems(affiliation, where, ids)
    entry_sources = actor.get("sources") or []
    if not entry_sources:
        problems.append(f"{where}: the entry needs at least one source")
    for source in entry_sources:
        problems += check_source(source, f"{where} entry", names)
    ofac_id = (actor.get("external_ids") or {}).get("ofac")
    if ofac_id is not None:
        problems += check_source({"ofac": ofac_id}, f"{where} external_ids.ofac", names)
    return problems


def alias_problems(actor: dict[str, Any], where: str) -> list[str]:
    problems: list[str] = []
    for alias in actor.get("aliases") or []:
        if not isinstance(alias, dict) or not alias.get("name") or "source" not in alias:
            problems.append(f"{where}: each alias has a name and a source")
            continue
        if alias.get("script", "latn") not in SCRIPTS:
            problems.append(f"{where}: alias script is latn or arab")
        problems += check_source(alias["source"], f"{where} alias {alias['name']!r}", alias=alias["name"])
    return problems


def affiliation_problems(affiliation: Any, where: str, ids: set[str]) -> list[str]:
    if not isinstance(affiliation, dict):
        return [f"{where}: an affiliation is a mapping"]
    problems = []
    if affiliation.get("actor") not in ids:
        problems.append(f"{where}: affiliation to unknown actor {affiliation.get('actor')!r}")
    if not affiliation.get("role"):
        problems.append(f"{where}: affiliation without a role")
    for bound in ("start", "end"):
        value = affiliation.get(bound)
        if value is not None and not DATE.match(str(value)):
            problems.append(f"{where}: {bound} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if "source" not in affiliation:
        problems.append(f"{where}: affiliation without a source")
    else:
        problems += check_source(affiliation["source"], f"{where} affiliation {affiliation.get('role')!r}")
    return problems


@pytest.mark.parametrize("file", sorted(p.name for p in KB.glob("*.yaml")))
def test_every_actor_is_well_formed_and_sourced(file: str) -> None:
    ids = {str(actor.get("id")) for _, actor in actors()}
    problems = [p for name, actor in actors() if name == file for p in actor_problems(name, actor, ids)]
    assert problems == []


def test_ofac_ids_are_not_shared_by_two_actors() -> None:
    seen: dict[int, str] = {}
    clashes = []
    for _, actor in actors():
        ofac_id = (actor.get("external_ids") or {}).get("ofac")
        if ofac_id is not None:
            if ofac_id in seen:
                clashes.append((ofac_id, seen[ofac_id], actor["id"]))
            seen[ofac_id] = actor["id"]
    assert clashes == []


def test_the_kb_covers_the_region() -> None:
    countries = {actor.get("country") for _, actor in actors()}
    assert {
        "IRN",
        "IRQ",
        "SYR",
        "LBN",
        "YEM",
        "ISR",
        "PSE",
        "SAU",
        "ARE",
        "QAT",
        "TUR",
        "USA",
        "RUS",
    } <= countries
    kinds = {actor.get("kind") for _, actor in actors()}
    assert kinds == KINDS
    media = [actor for _, actor in actors() if "MED" in (actor.get("sectors") or [])]
    assert len(media) >= 8


def test_kb_files_are_documented() -> None:
    assert (ROOT / "docs" / "kb.md").is_file()
    assert Path(KB / "SOURCE.md").is_file()
