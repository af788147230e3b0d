"""Reading OFAC's SDN list in its own three-file layout (../shared/kb-sources/ofac-sdn)."""

from __future__ import annotations

from functools import cache

import pytest

from dabir.resolve.matcher import same_actor
from dabir.resolve.ofac import OfacRecord, display_name, parse_remarks, read_ofac
from tests.conftest import shared_path


@cache
def all_records() -> tuple[OfacRecord, ...]:
    return tuple(read_ofac(shared_path("kb-sources", "ofac-sdn")))


@cache
def records() -> dict[int, OfacRecord]:
    return {r.ent_num: r for r in all_records() if not r.problems}


def test_every_entry_is_read_and_a_shared_number_is_flagged() -> None:
    assert len(all_records()) == 9044
    assert {r.kind for r in all_records()} == {"person", "organization", "vessel", "aircraft"}
    shared = [r for r in all_records() if r.problems]
    assert sorted(r.listed for r in shared) == [
        "AL-ZOMOR, Abboud Abdul Latif Hassan",
        "HAMER AND NAIL CONSTRUCTION LIMITED",
    ]
    assert all("2677" in r.problems[0] for r in shared)


def test_qaani_entry() -> None:
    qaani = records()[13107]
    assert (qaani.name, qaani.listed, qaani.kind) == ("Esmail Ghani", "GHANI, Esmail", "person")
    assert qaani.programs == ("SDGT", "IRGC", "IFSR")
    assert qaani.birth_dates == ("1957-08-08",) and qaani.birthplaces == ("Mashhad, Iran",)
    assert {a.name for a in qaani.aliases} == {
        "Esmaeil Ghaani Akbarnejad",
        "Esma'il Gha'ani",
        "Esmail Ghaani",
    }
    assert all(
        same_actor(a.name, "Esmail Qaani") for a in qaani.aliases if a.name != "Esmaeil Ghaani Akbarnejad"
    )


def test_soleimani_entry_and_its_links() -> None:
    soleimani = records()[10481]
    assert soleimani.name == "Qasem Soleimani"
    assert soleimani.nationalities == ("Iran",)
    assert soleimani.birth_dates == ("1957-03-11",)
    linked = [r for r in records().values() if "SOLEIMANI, Qasem" in r.linked_to]
    assert any(r.ent_num == 11786 for r in linked)  # QASEMI, Rostam: Linked To: SOLEIMANI, Qasem


def test_several_soleimanis_stay_apart() -> None:
    soleimanis = [r for r in records().values() if r.listed.startswith("SOLEIMANI,")]
    assert len(soleimanis) >= 4
    assert not same_actor("Qasem Soleimani", records()[21806].name)  # Sohrab Soleimani


def test_entities_vessels_and_empty_cells() -> None:
    bank = records()[306]
    assert (bank.name, bank.kind, bank.title) == ("BANCO NACIONAL DE CUBA", "organization", None)
    assert bank.countries == ("Switzerland",) or "Switzerland" in bank.countries
    assert all(r.name and "-0-" not in r.name for r in records().values())


@pytest.mark.parametrize(
    ("listed", "person", "shown"),
    [
        ("GHANI, Esmail", True, "Esmail Ghani"),
        ("AL-MUHANDIS, Abu Mahdi", True, "Abu Mahdi Al-Muhandis"),
        ("HANIYEH, Ismail", True, "Ismail Haniyeh"),
        ("ANGLO-CARIBBEAN CO., LTD.", False, "ANGLO-CARIBBEAN CO., LTD."),
    ],
)
def test_display_names(listed: str, person: bool, shown: str) -> None:
    assert display_name(listed, person=person) == shown


def test_remarks() -> None:
    parsed = parse_remarks(
        "DOB 1964; alt. DOB 1965; POB Farsan, Iran; nationality Iran; Linked To: BASIJ RESISTANCE FORCE."
    )
    assert parsed == {
        "dob": ("1964", "1965"),
        "pob": ("Farsan, Iran",),
        "nationality": ("Iran",),
        "linked": ("BASIJ RESISTANCE FORCE",),
    }
