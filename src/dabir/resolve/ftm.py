"""Read FollowTheMoney (FtM) entities in JSON lines, the format OpenSanctions publishes.

Pure reading into values (``ftm.v1``) with plain ``json``, one entity a line. Person,
Organization, Company, PublicBody, LegalEntity, Vessel and Airplane entities become records;
Sanction, Address and relation entities of the same file are folded into the records they
point at. A line that cannot be read is reported and never stops the read. Conventions:

* ``weakAlias`` names stay apart (``weak_aliases``): FtM marks them too broad to match on,
  so they must never be used to find names in text.
* A link's ``relation`` is what this record is to the other: member / has_member, director /
  has_director, owner / owned_by, agent / has_agent; family, associate, link both ways.
  ``role`` is FtM's ``role`` or ``relationship`` verbatim, but a Family ``relationship`` says
  what the relative is to the person ("mother"), so only the person's side keeps it.
* ``ofac_ent_num``: OpenSanctions names an OFAC profile ``ofac-<profile id>`` (OFAC's profile
  id is the CSV ``ent_num``); a merged ``NK-`` entity keeps that id among its ``referents``,
  and an OFAC Sanction carries the number as ``authorityId``. All three are read. OFAC's
  non-SDN list shares the prefix and numbers: the number names an OFAC entry, not the list.
* Countries stay as FtM writes them (``ir``); dates must be YYYY, YYYY-MM or YYYY-MM-DD,
  others are dropped and named in ``problems``. A listing is a designation by one authority,
  kept as a sourced fact, never as a label of the actor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

VERSION = "ftm.v1"
MAX_LINE = 1_000_000  # bytes of one line, line ending excluded
KINDS = {
    "Person": "person", "Organization": "organization", "Company": "organization",
    "PublicBody": "organization", "LegalEntity": "other", "Vessel": "vessel", "Airplane": "aircraft",
}  # fmt: skip
ANCESTORS = {
    "Person": ("LegalEntity",), "Organization": ("LegalEntity",),
    "Company": ("Organization", "LegalEntity"), "PublicBody": ("Organization", "LegalEntity"),
}  # fmt: skip
# schema: (source property, its relation, target property, its relation, property of the role)
RELATIONS = {
    "Membership": ("member", "member", "organization", "has_member", "role"),
    "Directorship": ("director", "director", "organization", "has_director", "role"),
    "Ownership": ("owner", "owner", "asset", "owned_by", "role"),
    "Representation": ("agent", "agent", "client", "has_agent", "role"),
    "Family": ("person", "family", "relative", "family", "relationship"),
    "Associate": ("person", "associate", "associate", "associate", "relationship"),
    "UnknownLink": ("subject", "link", "object", "link", "role"),
}
OFAC_ID = re.compile(r"ofac-([0-9]{1,9})")
OFAC_AUTHORITY = re.compile(r"\bOFAC\b|Office of Foreign Assets Control", re.IGNORECASE)
DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


@dataclass(frozen=True)
class FtmDesignation:
    authority: str | None  # e.g. "Office of Foreign Assets Control (OFAC)"
    program: str | None  # the Sanction's program (else programId), or the record's own program
    start: str | None  # startDate, else listingDate (partial ISO)
    source_id: str  # the Sanction entity's id, or the record's own for its program property


@dataclass(frozen=True)
class FtmLink:
    other_id: str
    relation: str  # what this record is to the other: member, has_member, family, owner, ...
    role: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True)
class FtmRecord:
    id: str
    schema: str
    kind: str  # person | organization | vessel | aircraft | other (LegalEntity)
    name: str
    aliases: tuple[str, ...] = ()  # other names, alias, previousName
    weak_aliases: tuple[str, ...] = ()  # never for finding names in text
    birth_dates: tuple[str, ...] = ()
    birthplaces: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()  # nationality and citizenship
    countries: tuple[str, ...] = ()  # country, and those of its Address entities
    designations: tuple[FtmDesignation, ...] = ()
    links: tuple[FtmLink, ...] = ()
    ofac_ent_num: int | None = None
    topics: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class FtmLineError:
    line_number: int
    message: str


@dataclass(frozen=True)
class FtmResult:
    records: tuple[FtmRecord, ...]
    rejected: tuple[FtmLineError, ...]


@dataclass
class _Entity:
    id: str
    schema: str
    properties: dict[str, list[str]]
    caption: str | None
    referents: list[str]
    datasets: list[str]
    lines: list[int]
    problems: list[str] = field(default_factory=list)

    def get(self, name: str) -> list[str]:
        return self.properties.get(name, [])


def read_ftm(path: Path) -> FtmResult:
    """Every actor, vessel and aircraft of the file, and the lines that could not be read."""
    entities: dict[str, _Entity] = {}
    rejected: list[FtmLineError] = []
    for number, raw in _lines(path):
        parsed = _parse(raw, number)
        if isinstance(parsed, str):
            rejected.append(FtmLineError(number, parsed))
        elif parsed and parsed.id in entities:
            _merge(entities[parsed.id], parsed)
        elif parsed:
            entities[parsed.id] = parsed
    sanctions: dict[str, list[_Entity]] = {}
    links: dict[str, list[tuple[_Entity, int]]] = {}
    for entity in entities.values():
        for target in entity.get("entity") if entity.schema == "Sanction" else []:
            sanctions.setdefault(target, []).append(entity)
        for side, prop in enumerate(RELATIONS[entity.schema][0:3:2] if entity.schema in RELATIONS else ()):
            for target in entity.get(prop):
                links.setdefault(target, []).append((entity, side))
    records = tuple(
        _record(e, sanctions.get(e.id, []), links.get(e.id, []), entities)
        for e in entities.values()
        if e.schema in KINDS
    )
    return FtmResult(records, tuple(rejected))


def _lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than MAX_LINE, skipped unread."""
    with path.open("rb") as handle:
        number = 0
        while line := handle.readline(MAX_LINE + 1):
            number += 1
            if line.endswith(b"\n") or len(line) <= MAX_LINE:
                yield number, line
                continue
            while line and not line.endswith(b"\n"):
                line = handle.readline(65536)
            yield number, None


def _parse(raw: bytes | None, number: int) -> _Entity | str | None:
    """The entity of one line, a message saying why it cannot be read, or None for a blank line."""
    if raw is None:
        return f"longer than {MAX_LINE} bytes"
    raw = raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw
    try:
        text = raw.decode("utf-8").strip()
    except UnicodeDecodeError as error:
        return f"not UTF-8: byte 0x{raw[error.start]:02x} at byte {error.start + 1}"
    if not text:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        return f"not JSON: {error}"
    if not isinstance(data, dict):
        return f"not a JSON object but {JSON_TYPES.get(type(data), 'null')}"
    id_, schema, properties = data.get("id"), data.get("schema"), data.get("properties", {})
    if not (isinstance(id_, str) and id_.strip() and isinstance(schema, str) and schema.strip()):
        return "no id or no schema"
    if not isinstance(properties, dict) or not all(
        isinstance(v, list) and all(isinstance(s, str) for s in v) for v in properties.values()
    ):
        return "properties is not an object of lists of strings"
    caption = next(iter(_strings([data.get("caption")])), None)
    props = {k: _clean(v) for k, v in properties.items()}
    return _Entity(id_.strip(), schema.strip(), props, caption, _strings(data.get("referents")),
                   _strings(data.get("datasets")), [number])  # fmt: skip


def _clean(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in (" ".join(s.split()) for s in values) if v))


def _strings(value: object) -> list[str]:
    return _clean([v for v in value if isinstance(v, str)]) if isinstance(value, list) else []


def _merge(entity: _Entity, more: _Entity) -> None:
    """One entity split across lines: properties joined, the more specific schema kept."""
    entity.lines.extend(more.lines)
    for name, values in more.properties.items():
        entity.properties[name] = _clean(entity.get(name) + values)
    entity.referents = _clean(entity.referents + more.referents)
    entity.datasets = _clean(entity.datasets + more.datasets)
    entity.caption = entity.caption or more.caption
    if entity.schema in ANCESTORS.get(more.schema, ()):
        entity.schema = more.schema
    elif more.schema != entity.schema and more.schema not in ANCESTORS.get(entity.schema, ()):
        entity.problems.append(f"line {more.lines[0]} gives schema {more.schema}; {entity.schema} kept")


def _record(
    entity: _Entity, sanctions: list[_Entity], links: list[tuple[_Entity, int]], all_: dict[str, _Entity]
) -> FtmRecord:
    problems = list(entity.problems)
    if len(entity.lines) > 1:
        problems.append(f"split across lines {', '.join(map(str, entity.lines))}: properties merged")
    names = entity.get("name")
    name = names[0] if names else entity.caption or entity.id
    if not names:
        problems.append(f"no name property: {'caption' if entity.caption else 'id'} used")
    strong = _clean(names[1:] + entity.get("alias") + entity.get("previousName"))
    addresses = [all_[a] for a in entity.get("addressEntity") if a in all_ and all_[a].schema == "Address"]
    return FtmRecord(
        id=entity.id,
        schema=entity.schema,
        kind=KINDS[entity.schema],
        name=name,
        aliases=tuple(a for a in strong if a != name),
        weak_aliases=tuple(entity.get("weakAlias")),
        birth_dates=tuple(_dates(entity, "birthDate", problems, own=True)),
        birthplaces=tuple(entity.get("birthPlace")),
        nationalities=tuple(_clean(entity.get("nationality") + entity.get("citizenship"))),
        countries=tuple(_clean(entity.get("country") + [c for a in addresses for c in a.get("country")])),
        designations=tuple(_designations(entity, sanctions, problems)),
        links=tuple(link for rel, side in links for link in _links(entity.id, rel, side, problems)),
        ofac_ent_num=_ofac_number(entity, sanctions, problems),
        topics=tuple(entity.get("topics")),
        datasets=tuple(entity.datasets),
        problems=tuple(problems),
    )


def _designations(entity: _Entity, sanctions: list[_Entity], problems: list[str]) -> list[FtmDesignation]:
    found = []
    for sanction in sanctions:
        starts = _dates(sanction, "startDate", problems) or _dates(sanction, "listingDate", problems)
        start, authority = min(starts, default=None), next(iter(sanction.get("authority")), None)
        programs: list[str | None] = [*(sanction.get("program") or sanction.get("programId"))]
        found += [FtmDesignation(authority, p, start, sanction.id) for p in programs or [None]]
    listed = {d.program for d in found}
    return found + [
        FtmDesignation(None, p, None, entity.id) for p in entity.get("program") if p not in listed
    ]


def _links(this: str, relation: _Entity, side: int, problems: list[str]) -> list[FtmLink]:
    """This record's links through one relation entity, where it stands on ``side`` (0 source)."""
    _source, source_word, target, target_word, role_prop = RELATIONS[relation.schema]
    others = [o for o in relation.get(target if side == 0 else _source) if o != this]
    roles = relation.get(role_prop)
    keep_role = roles and not (relation.schema == "Family" and side == 1)
    starts, ends = _dates(relation, "startDate", problems), _dates(relation, "endDate", problems)
    word, role = source_word if side == 0 else target_word, "; ".join(roles) if keep_role else None
    return [FtmLink(o, word, role, min(starts, default=None), max(ends, default=None)) for o in others]


def _ofac_number(entity: _Entity, sanctions: list[_Entity], problems: list[str]) -> int | None:
    found = [int(m.group(1)) for ref in (entity.id, *entity.referents) if (m := OFAC_ID.fullmatch(ref))]
    by_ofac = [s for s in sanctions if any(OFAC_AUTHORITY.search(a) for a in s.get("authority"))]
    found += [int(n) for s in by_ofac for n in s.get("authorityId") if re.fullmatch(r"[0-9]{1,9}", n)]
    numbers = list(dict.fromkeys(found))
    if len(numbers) > 1:
        problems.append(f"several OFAC numbers {numbers}: {numbers[0]} kept")
    return numbers[0] if numbers else None


def _dates(entity: _Entity, prop: str, problems: list[str], *, own: bool = False) -> list[str]:
    """The values of ``prop`` that are partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD); others named."""
    valid = [text for text in entity.get(prop) if _is_date(text)]
    where = prop if own else f"{entity.schema} {entity.id} {prop}"
    problems += [f"{where} {t!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): dropped"
                 for t in entity.get(prop) if t not in valid]  # fmt: skip
    return valid


def _is_date(text: str) -> bool:
    match = DATE.fullmatch(text)
    try:
        return bool(match and date(*(int(part) if part else 1 for part in match.groups())))
    except ValueError:  # month 13, 30 February
        return False
