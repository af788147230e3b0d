"""Read the OFAC SDN list in OFAC's own three-file CSV layout (sdn.csv, alt.csv, add.csv).

Pure reading into values (``ofac.v1``): individuals' "SURNAME, Given" reordered, all-capital
words given ordinary case, ``-0-`` read as empty, Latin-1 decoded, programs split, remarks
parsed for birth dates, birthplaces, nationalities and "Linked To:" relations. A listing is a
designation by one government on its own authority: it is kept as a sourced fact (program, by
OFAC), never as a kind or label of the actor. Joining records to the knowledge base, and the
``dabir kb import`` command, come with the rest of issue 3.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from dabir.ingest.dates import parse_date_line

VERSION = "ofac.v1"
EMPTY = "-0-"
KINDS = {"individual": "person", "": "organization", "vessel": "vessel", "aircraft": "aircraft"}


@dataclass(frozen=True)
class OfacAlias:
    name: str  # reordered and cased, e.g. "Esma'il Gha'ani"
    listed: str  # as OFAC writes it, e.g. "GHA'ANI, Esma'il"
    type: str  # aka, fka (formerly), nka (now)


@dataclass(frozen=True)
class OfacRecord:
    ent_num: int
    name: str
    listed: str
    kind: str  # person | organization | vessel | aircraft
    programs: tuple[str, ...]
    title: str | None
    aliases: tuple[OfacAlias, ...] = ()
    birth_dates: tuple[str, ...] = ()  # partial ISO ("1957-08-08", "1964")
    birthplaces: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    linked_to: tuple[str, ...] = ()  # listed names of related entries
    countries: tuple[str, ...] = ()  # of its addresses
    remarks: str | None = None
    problems: tuple[str, ...] = field(default=())


def read_ofac(folder: Path) -> list[OfacRecord]:
    """Every entry of the list in ``folder``, with its aliases and address countries."""
    aliases: dict[int, list[OfacAlias]] = {}
    for row in _rows(folder / "alt.csv"):
        aliases.setdefault(int(row[0]), []).append(
            OfacAlias(display_name(row[3], person=True), row[3], row[2] or "aka")
        )
    countries: dict[int, list[str]] = {}
    for row in _rows(folder / "add.csv"):
        if len(row) > 4 and row[4]:
            countries.setdefault(int(row[0]), []).append(row[4])
    records = [
        _record(row, aliases.get(int(row[0]), []), countries.get(int(row[0]), []))
        for row in _rows(folder / "sdn.csv")
    ]
    return _flag_shared_numbers(records)


def _flag_shared_numbers(records: list[OfacRecord]) -> list[OfacRecord]:
    """The list can give one ent_num to two rows (2677 in the 2022 copy): both are kept, and
    flagged, because their aliases and addresses cannot be told apart."""
    by_number: dict[int, list[OfacRecord]] = {}
    for record in records:
        by_number.setdefault(record.ent_num, []).append(record)
    flagged = []
    for record in records:
        others = [r.listed for r in by_number[record.ent_num] if r is not record]
        note = f"ent_num {record.ent_num} is also given to {'; '.join(others)}" if others else None
        flagged.append(replace(record, problems=(*record.problems, note)) if note else record)
    return flagged


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="latin-1", newline="") as handle:
        for row in csv.reader(handle):
            if row and row[0].strip().isdigit():
                yield [_clean(cell) for cell in row]


def _clean(cell: str) -> str:
    value = cell.strip()
    return "" if value == EMPTY else value


def _record(row: list[str], aliases: list[OfacAlias], countries: list[str]) -> OfacRecord:
    padded = [*row, *[""] * (12 - len(row))]
    ent_num, listed, kind, program, title, remarks = (
        int(padded[0]), padded[1], padded[2], padded[3], padded[4], padded[11],
    )  # fmt: skip
    person = kind == "individual"
    parsed = parse_remarks(remarks)
    return OfacRecord(
        ent_num=ent_num,
        name=display_name(listed, person=person),
        listed=listed,
        kind=KINDS.get(kind, "organization"),
        programs=tuple(p.strip() for p in program.split("] [") if p.strip()),
        title=title or None,
        aliases=tuple(OfacAlias(display_name(a.listed, person=person), a.listed, a.type) for a in aliases),
        birth_dates=parsed["dob"],
        birthplaces=parsed["pob"],
        nationalities=parsed["nationality"],
        linked_to=parsed["linked"],
        countries=tuple(dict.fromkeys(countries)),
        remarks=remarks or None,
    )


def display_name(listed: str, *, person: bool) -> str:
    """ "GHANI, Esmail" → "Esmail Ghani" for a person. Organizations keep OFAC's capitals: case
    cannot tell "HIZBALLAH" from an acronym such as "IRGC", and matching ignores case anyway."""
    if not person:
        return " ".join(listed.split())
    name = listed
    if name.count(",") == 1:
        surname, given = (part.strip() for part in name.split(","))
        name = f"{given} {surname}" if given else surname
    return " ".join(_case(word) for word in name.split())


def _case(word: str) -> str:
    """An all-capital word of a person's name in ordinary case: "AL-MUHANDIS" → "Al-Muhandis"."""
    letters = [c for c in word if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return word
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", lambda m: m.group(0).capitalize(), word.lower())


def parse_remarks(remarks: str) -> dict[str, tuple[str, ...]]:
    """Birth dates (as partial ISO), birthplaces, nationalities and "Linked To:" names."""
    found: dict[str, list[str]] = {"dob": [], "pob": [], "nationality": [], "linked": []}
    for part in (re.sub(r"^alt\. ", "", p.strip().rstrip(".")) for p in remarks.split(";")):
        if part.startswith("DOB "):
            found["dob"].append(_partial_date(part[4:]))
        elif part.startswith("POB "):
            found["pob"].append(part[4:])
        elif part.startswith("nationality "):
            found["nationality"].append(part[len("nationality ") :])
        elif part.startswith("Linked To: "):
            found["linked"].append(part[len("Linked To: ") :])
    return {key: tuple(dict.fromkeys(values)) for key, values in found.items()}


def _partial_date(text: str) -> str:
    """ "08 Aug 1957" → "1957-08-08"; "1964" → "1964"; anything else as written."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return text
    parsed = parse_date_line(text)
    return parsed.value if parsed else text
