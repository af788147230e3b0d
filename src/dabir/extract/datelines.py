"""Datelines: the places stories are filed from ("JERUSALEM – …"), where a meeting or visit that
its sentence does not place happened. Part of ``events.v1``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dabir.actor_types import Mention
from dabir.extract.event_vocab import EventVocabulary
from dabir.extract.events import EventFact
from dabir.fact_types import JOURNEY_CODES

DATELINE_END = re.compile(r"(?:,[ \t]*[A-Z][\w .]{0,40}?)?[ \t]*(?:–|—|--?)[ \t]")


def datelines(places: Sequence[Mention], text: str) -> list[Mention]:
    """ "JERUSALEM – Secretary Mnuchin met …": the places paragraphs open with, before a dash (a
    release that joins several readouts has one per readout)."""
    found = []
    for mention in places:
        if mention.span.field != "text":
            continue
        before = text[: mention.span.start].rstrip(" \t")
        if (not before or before.endswith("\n")) and DATELINE_END.match(text, mention.span.end):
            found.append(mention)
    return sorted(found, key=lambda m: m.span.start)


def placed_by_dateline(event: EventFact, lines: Sequence[Mention], vocab: EventVocabulary) -> EventFact:
    """A meeting or visit that its sentence does not place happened where its story was filed (the
    last dateline before it); a recalled one, a call between two places, or a journey to someone
    named, did not."""
    if event.place is not None or event.background or event.code not in vocab.dateline_codes:
        return event
    if event.code in JOURNEY_CODES and event.targets:
        return event  # "WASHINGTON – X will travel to Oman and Türkiye": filed where the trip began
    before = [m for m in lines if m.span.start < event.trigger.start and event.trigger.field == "text"]
    return replace(event, place=before[-1]) if before else event
