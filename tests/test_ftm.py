"""Reading FollowTheMoney entities in JSON lines, as OpenSanctions publishes them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from dabir.resolve.ftm import (
    MAX_LINE,
    VERSION,
    FtmDesignation,
    FtmLink,
    FtmRecord,
    FtmResult,
    read_ftm,
)

QAANI = {
    "id": "ofac-13107",
    "schema": "Person",
    "caption": "Esmail Ghani",
    "datasets": ["us_ofac_sdn"],
    "properties": {
        "name": ["Esmail Ghani"],
        "alias": ["Esmail Ghaani", "Esma'il Gha'ani"],
        "previousName": ["Esmaeil Ghaani Akbarnejad"],
        "weakAlias": ["Haji", "Esmail Ghaani"],
        "birthDate": ["1957-08-08", "1957-13-08", "08 Aug 1957"],
        "birthPlace": ["Mashhad, Iran"],
        "nationality": ["ir"],
        "country": ["ir"],
        "topics": ["sanction"],
        "program": ["SDGT"],  # also the Sanction's: one designation, not two
        "addressEntity": ["ofac-addr-tehran"],
    },
}
QAANI_SANCTION = {
    "id": "ofac-3d1f2c0e",
    "schema": "Sanction",
    "properties": {
        "entity": ["ofac-13107"],
        "authority": ["Office of Foreign Assets Control (OFAC)"],
        "authorityId": ["13107"],
        "program": ["SDGT"],
        "startDate": ["2012-03-27"],
        "listingDate": ["2012-03-20"],
    },
}
QODS_FORCE = {
    "id": "NK-3xQ7qods",
    "schema": "Organization",
    "referents": ["ofac-17099", "gb-hmt-12345"],
    "properties": {"name": ["Islamic Revolutionary Guard Corps Qods Force"], "alias": ["IRGC-QF"]},
}
MEMBERSHIP = {
    "id": "ofac-rel-member",
    "schema": "Membership",
    "properties": {
        "member": ["ofac-13107"],
        "organization": ["NK-3xQ7qods"],
        "role": ["Commander"],
        "startDate": ["2020-01"],
        "endDate": ["2020-1-3"],
    },
}
FAMILY = {
    "id": "ofac-rel-family",
    "schema": "Family",
    "properties": {"person": ["q-son"], "relative": ["ofac-13107"], "relationship": ["father"]},
}
SON = {"id": "q-son", "schema": "Person", "properties": {"name": ["Ali Qaani"]}}
ADDRESS = {
    "id": "ofac-addr-tehran",
    "schema": "Address",
    "properties": {"full": ["Tehran, Iran"], "city": ["Tehran"], "country": ["ir", "iq"]},
}
VESSEL = {
    "id": "ofac-27563",
    "schema": "Vessel",
    "properties": {
        "name": ["ADRIAN DARYA 1"],
        "previousName": ["GRACE 1"],
        "imoNumber": ["IMO9116412"],
        "program": ["IRAN-EO13846"],
        "flag": ["ir"],
    },
}
VESSEL_SANCTION = {
    "id": "eu-fsf-sanction-vessel",
    "schema": "Sanction",
    "properties": {
        "entity": ["ofac-27563"],
        "authority": ["European Union"],
        "authorityId": ["5050"],  # a number, but the EU's
        "programId": ["EU-IRN"],
        "startDate": ["not a date"],
        "listingDate": ["2019-08"],
    },
}
AIRPLANE = {"id": "ofac-airplane-1", "schema": "Airplane", "properties": {"name": ["EP-MNF"]}}
KATAIB = {
    "id": "NK-kataib",
    "schema": "Organization",
    "properties": {"name": ["Kata'ib Hizballah"]},
}
BY_AUTHORITY_ID = {
    "id": "NK-muhandis",
    "schema": "Person",
    "caption": "Abu Mahdi al-Muhandis",
    "properties": {"weakAlias": ["Abu Mahdi"]},
}
MUHANDIS_SANCTION = {
    "id": "ofac-sanction-muhandis",
    "schema": "Sanction",
    "properties": {
        "entity": ["NK-muhandis"],
        "authority": ["Office of Foreign Assets Control (OFAC)"],
        "authorityId": ["12345"],
        "program": ["SDGT", "IRAQ2"],
    },
}
DUPLICATE_A = {
    "id": "dup-1",
    "schema": "LegalEntity",
    "properties": {"name": ["Jamal Jaafar Ibrahim"], "birthDate": ["1954"]},
}
DUPLICATE_B = {
    "id": "dup-1",
    "schema": "Person",
    "referents": ["ofac-16099"],
    "properties": {"alias": ["Jamal Jaafar al-Ibrahimi"], "nationality": ["iq"], "birthDate": ["1954"]},
}
PUBLIC_BODY = {"id": "pb-1", "schema": "PublicBody", "properties": {"name": ["Ministry of Intelligence"]}}
COMPANY = {"id": "co-1", "schema": "Company", "properties": {"name": ["Sepehr Energy Jahan Nama Pars"]}}
UNKNOWN_LINK = {
    "id": "ofac-link-1",
    "schema": "UnknownLink",
    "properties": {"subject": ["co-1"], "object": ["NK-kataib"], "role": ["Associate Of"]},
}
OWNERSHIP = {
    "id": "ofac-own-1",
    "schema": "Ownership",
    "properties": {"owner": ["co-1"], "asset": ["ofac-27563"], "role": ["Owned or Controlled By"]},
}
WINDOWS_1252 = b'{"id": "cp-1", "schema": "Person", "properties": {"name": ["Jos\xe9 Mar\xeda"]}}'


def line(entity: Mapping[str, object]) -> bytes:
    return json.dumps(entity, ensure_ascii=False).encode("utf-8")


def write(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "entities.ftm.json"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture
def result(tmp_path: Path) -> FtmResult:
    lines = [
        line(QAANI),  # 1
        line(QAANI_SANCTION),  # 2
        line(QODS_FORCE),  # 3
        b'{"id": "broken", "schema": "Person", "properties": {"name": ["Unfinished',  # 4
        line(MEMBERSHIP),  # 5
        b'["ofac-13107", "Person"]',  # 6
        line(FAMILY),  # 7
        line(SON),  # 8
        line(ADDRESS),  # 9
        WINDOWS_1252,  # 10
        line(VESSEL),  # 11
        line(VESSEL_SANCTION),  # 12
        line(DUPLICATE_A),  # 13
        b"",  # 14: blank, skipped silently
        line(AIRPLANE),  # 15
        line({"id": "no-schema", "properties": {"name": ["Nobody"]}}),  # 16
        line({"id": "bad-props", "schema": "Person", "properties": {"name": "Not a list"}}),  # 17
        line({"id": "bad-values", "schema": "Person", "properties": {"name": [1957]}}),  # 18
        line(DUPLICATE_B),  # 19
        line(KATAIB),  # 20
        line(BY_AUTHORITY_ID),  # 21
        line(MUHANDIS_SANCTION),  # 22
        line(PUBLIC_BODY),  # 23
        line(COMPANY),  # 24
        line(UNKNOWN_LINK),  # 25
        line(OWNERSHIP),  # 26
        b"42",  # 27
    ]
    return read_ftm(write(tmp_path, lines))


def records(result: FtmResult) -> dict[str, FtmRecord]:
    return {r.id: r for r in result.records}


def test_version() -> None:
    assert VERSION == "ftm.v1"


def test_only_actors_vessels_and_aircraft_become_records(result: FtmResult) -> None:
    assert [r.id for r in result.records] == [
        "ofac-13107", "NK-3xQ7qods", "q-son", "ofac-27563", "dup-1", "ofac-airplane-1",
        "NK-kataib", "NK-muhandis", "pb-1", "co-1",
    ]  # fmt: skip
    kinds = {r.id: r.kind for r in result.records}
    assert kinds["ofac-13107"] == "person"
    assert kinds["NK-3xQ7qods"] == kinds["pb-1"] == kinds["co-1"] == "organization"
    assert kinds["ofac-27563"] == "vessel"
    assert kinds["ofac-airplane-1"] == "aircraft"


def test_bad_lines_are_rejected_with_their_number_and_never_stop_the_read(result: FtmResult) -> None:
    rejected = {e.line_number: e.message for e in result.rejected}
    assert sorted(rejected) == [4, 6, 10, 16, 17, 18, 27]
    assert rejected[4].startswith("not JSON")
    assert rejected[6] == "not a JSON object but an array"
    assert rejected[27] == "not a JSON object but a number"
    assert rejected[10] == "not UTF-8: byte 0xe9 at byte 64"  # the é of "José", 1-based
    assert rejected[16] == "no id or no schema"
    assert rejected[17] == rejected[18] == "properties is not an object of lists of strings"
    assert "cp-1" not in records(result) and "broken" not in records(result)


def test_names_aliases_and_weak_aliases(result: FtmResult) -> None:
    qaani = records(result)["ofac-13107"]
    assert qaani.name == "Esmail Ghani"
    assert qaani.aliases == ("Esmail Ghaani", "Esma'il Gha'ani", "Esmaeil Ghaani Akbarnejad")
    assert qaani.weak_aliases == ("Haji", "Esmail Ghaani")
    assert "Haji" not in qaani.aliases and qaani.name != "Haji"
    muhandis = records(result)["NK-muhandis"]
    assert muhandis.weak_aliases == ("Abu Mahdi",)
    assert muhandis.aliases == () and "Abu Mahdi" not in muhandis.aliases


def test_a_record_without_a_name_takes_its_caption_and_says_so(result: FtmResult) -> None:
    muhandis = records(result)["NK-muhandis"]
    assert muhandis.name == "Abu Mahdi al-Muhandis"
    assert "no name property: caption used" in muhandis.problems


def test_birth_facts_and_invalid_dates_go_to_problems(result: FtmResult) -> None:
    qaani = records(result)["ofac-13107"]
    assert qaani.birth_dates == ("1957-08-08",)
    assert qaani.birthplaces == ("Mashhad, Iran",)
    assert qaani.nationalities == ("ir",)
    assert [p for p in qaani.problems if p.startswith("birthDate")] == [
        "birthDate '1957-13-08' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): dropped",
        "birthDate '08 Aug 1957' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): dropped",
    ]
    assert qaani.topics == ("sanction",) and qaani.datasets == ("us_ofac_sdn",)


def test_countries_include_those_of_the_address_entities(result: FtmResult) -> None:
    assert records(result)["ofac-13107"].countries == ("ir", "iq")


def test_sanctions_become_designations(result: FtmResult) -> None:
    qaani = records(result)["ofac-13107"]
    assert qaani.designations == (
        FtmDesignation("Office of Foreign Assets Control (OFAC)", "SDGT", "2012-03-27", "ofac-3d1f2c0e"),
    )
    muhandis = records(result)["NK-muhandis"]
    assert [(d.program, d.start, d.source_id) for d in muhandis.designations] == [
        ("SDGT", None, "ofac-sanction-muhandis"),
        ("IRAQ2", None, "ofac-sanction-muhandis"),
    ]
    assert records(result)["NK-kataib"].designations == ()


def test_programid_listing_date_and_own_program(result: FtmResult) -> None:
    vessel = records(result)["ofac-27563"]
    assert vessel.name == "ADRIAN DARYA 1" and vessel.aliases == ("GRACE 1",)
    assert vessel.designations == (
        FtmDesignation("European Union", "EU-IRN", "2019-08", "eu-fsf-sanction-vessel"),
        FtmDesignation(None, "IRAN-EO13846", None, "ofac-27563"),
    )
    assert (
        "Sanction eu-fsf-sanction-vessel startDate 'not a date' is not a date "
        "(YYYY, YYYY-MM or YYYY-MM-DD): dropped"
    ) in vessel.problems


def test_links_from_relation_entities_on_both_sides(result: FtmResult) -> None:
    qaani = records(result)["ofac-13107"]
    assert qaani.links == (
        FtmLink("NK-3xQ7qods", "member", "Commander", "2020-01", None),
        FtmLink("q-son", "family", None, None, None),  # "father" is what Qaani is to his son
    )
    assert any("Membership ofac-rel-member endDate '2020-1-3'" in p for p in qaani.problems)
    assert records(result)["NK-3xQ7qods"].links == (
        FtmLink("ofac-13107", "has_member", "Commander", "2020-01", None),
    )
    assert records(result)["q-son"].links == (FtmLink("ofac-13107", "family", "father", None, None),)
    company = records(result)["co-1"]
    assert company.links == (
        FtmLink("NK-kataib", "link", "Associate Of", None, None),
        FtmLink("ofac-27563", "owner", "Owned or Controlled By", None, None),
    )
    assert records(result)["ofac-27563"].links == (
        FtmLink("co-1", "owned_by", "Owned or Controlled By", None, None),
    )


def test_ofac_numbers_from_id_referents_and_authority_id(result: FtmResult) -> None:
    by_id = records(result)
    assert by_id["ofac-13107"].ofac_ent_num == 13107  # id, and the same authorityId
    assert by_id["NK-3xQ7qods"].ofac_ent_num == 17099  # referent "ofac-17099"
    assert by_id["NK-muhandis"].ofac_ent_num == 12345  # authorityId of an OFAC Sanction
    assert by_id["ofac-27563"].ofac_ent_num == 27563  # EU's authorityId is not an OFAC number
    assert not [p for p in by_id["ofac-27563"].problems if "OFAC" in p]
    assert by_id["ofac-airplane-1"].ofac_ent_num is None  # "ofac-" but not a number
    assert by_id["NK-kataib"].ofac_ent_num is None
    assert not [p for p in by_id["ofac-13107"].problems if "OFAC" in p]


def test_an_entity_split_across_lines_is_merged(result: FtmResult) -> None:
    merged = records(result)["dup-1"]
    assert merged.schema == "Person" and merged.kind == "person"  # LegalEntity, then Person
    assert merged.name == "Jamal Jaafar Ibrahim"
    assert merged.aliases == ("Jamal Jaafar al-Ibrahimi",)
    assert merged.birth_dates == ("1954",)
    assert merged.nationalities == ("iq",)
    assert merged.ofac_ent_num == 16099
    assert merged.problems == ("split across lines 13, 19: properties merged",)


def test_conflicting_schemas_and_ofac_numbers_are_problems(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            line(
                {
                    "id": "ofac-100",
                    "schema": "Person",
                    "referents": ["ofac-200"],
                    "properties": {"name": ["A"]},
                }
            ),
            line({"id": "ofac-100", "schema": "Vessel", "properties": {"name": ["B"]}}),
        ],
    )
    (record,) = read_ftm(path).records
    assert (record.schema, record.name, record.aliases) == ("Person", "A", ("B",))
    assert record.ofac_ent_num == 100
    assert "line 2 gives schema Vessel; Person kept" in record.problems
    assert "several OFAC numbers [100, 200]: 100 kept" in record.problems


def test_a_legal_entity_is_of_kind_other(tmp_path: Path) -> None:
    path = write(
        tmp_path, [line({"id": "le", "schema": "LegalEntity", "properties": {"name": ["Owner Ltd"]}})]
    )
    (record,) = read_ftm(path).records
    assert (record.kind, record.name) == ("other", "Owner Ltd")


def test_an_oversized_line_is_rejected_and_the_next_is_read(tmp_path: Path) -> None:
    notes = "x" * (MAX_LINE + 10)
    big = line({"id": "big", "schema": "Person", "properties": {"name": ["Big"], "notes": [notes]}})
    path = write(tmp_path, [line(SON), big, line(KATAIB)])
    result = read_ftm(path)
    assert [r.id for r in result.records] == ["q-son", "NK-kataib"]
    assert [(e.line_number, e.message) for e in result.rejected] == [(2, f"longer than {MAX_LINE} bytes")]


def test_a_bom_crlf_and_whitespace_are_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + line({**SON, "properties": {"name": ["  Ali   Qaani "]}}) + b"\r\n")
    result = read_ftm(path)
    assert result.rejected == ()
    assert [r.name for r in result.records] == ["Ali Qaani"]


def test_utf8_names_are_kept(tmp_path: Path) -> None:
    entity = {
        "id": "fa",
        "schema": "Person",
        "properties": {"name": ["Esmail Qaani"], "alias": ["اسماعیل قاآنی"]},
    }
    (record,) = read_ftm(write(tmp_path, [line(entity)])).records
    assert record.aliases == ("اسماعیل قاآنی",)


def test_an_empty_file_has_no_records(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    assert read_ftm(path) == FtmResult((), ())
