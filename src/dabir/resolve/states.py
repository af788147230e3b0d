"""Governments of the countries the KB has none for (``states.v1``).

CAMEO codes states, not territory: a country that acts or is acted upon stands for its
government. The KB names the governments of the region's states (an affiliation
``government``); for any other country an event names ("traveled to the Netherlands", "talks
between Greece and Moldova"), a new, unreviewed actor "Government of <country>" stands in. It
takes the id that a text naming it that way ("the Government of Greece") gets from linking, so
the two meet, and the country's ISO code, so a reviewer can merge it into a KB actor later.

Only a name that is exactly one of the gazetteer's country names counts (no loose match): a
new actor "Georgia" in a story about the state of Georgia would still turn into a government,
which is the price of reading names without a KB entry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dabir.actor_types import ActorName, ActorRecord, Mention
from dabir.resolve.link import seen_actor_id
from dabir.resolve.places import gazetteer
from dabir.types import Span
from dabir.vocab import countries_with_the

VERSION = "states.v1"


def government_name(country: str) -> str:
    """How news and the gold set name a country's government: "Government of the Netherlands"
    (the names English writes with "the" are data: ``vocab/countries-with-the.txt``)."""
    bare = country.removeprefix("The ")
    return (
        f"Government of the {bare}"
        if bare != country or bare in countries_with_the()
        else f"Government of {bare}"
    )


def foreign_governments(
    mentions: Sequence[Mention], actor_at: Mapping[Span, str | None], known: Mapping[str, object]
) -> dict[str, ActorRecord]:
    """New actor id → the government that stands for it, for each mention linked to an actor
    outside the KB (``known``) whose text is exactly a country's name."""
    found: dict[str, ActorRecord] = {}
    for mention in mentions:
        actor = actor_at.get(mention.span)
        if actor is None or actor in known or actor in found or mention.kind == "person":
            continue
        country = gazetteer().country_named(mention.text)
        if country is not None:
            found[actor] = _government(country.name, country.country, mention.text)
    return found


def government_of_code(code: str) -> ActorRecord | None:
    """The new government of the country with this ISO 3166-1 alpha-3 code ("Greek governments":
    GRC), named as :func:`foreign_governments` names it; None for a code the gazetteer lacks."""
    country = gazetteer().country(code)
    return _government(country.name, code, country.name) if country is not None else None


def _government(country: str, code: str, seen: str) -> ActorRecord:
    name = government_name(country)
    return ActorRecord(
        id=seen_actor_id("organization", name),
        kind="organization",
        name=name,
        origin="seen",
        names=(ActorName(name, "seen", False, source={"component": VERSION, "country": seen}),),
        country=code,
    )
