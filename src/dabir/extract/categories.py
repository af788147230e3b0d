"""Region categories of an article (``categories.v1``): the sections a site files an item under.

A publishing site of this field files each item under region categories ("Iraq", "Gulf",
"Europe"; the map is data: ``vocab/regions.yaml``). The evidence is the article's located
mentions: each actor (or place) with a country. Each one weighs by where it stands and what it
does, so the item is filed by whom it is *about*, not by every country it names:

- where: title 4, caption 3, lead 2, rest of the body 1 (a reader sees the title first, the lead
  says what the item is about, the body adds detail);
- what: an actor that acts (the subject of a verb, an agent, a possessor: ``Mention.acting``, or
  the same test read on the parse) counts twice;
- repeated mentions of one region add up with diminishing returns: a region's evidence, strongest
  first, counts 1, 1/2, 1/3 … of its weight (harmonic), so many passing mentions still add up
  but cannot drown a region named in the title;
- a voice is no subject: a photo credit or a news outlet (KB sector MED) reports, and carries no
  weight ("IRNA reported" does not make an item about Iran);
- the publisher's own country (``home``: a government publishing its own readouts and press
  releases, :func:`publisher_country`) is the voice of the item: its actors count a quarter, and
  its region is filed only when it is the top category. The White House's "The President spoke
  today with Prime Minister Netanyahu of Israel" is filed under Israel, not North America: the
  President is in every readout, so that category would tell the reader nothing; a release mostly
  about the publisher's own country is still filed there.

A category's score is its share of the article's salience (the sum over all regions). An item is
filed under every category whose share is at least ``MIN_SHARE``, at least ``RELATIVE_TO_TOP`` of
the top category's, and whose salience is at least ``MIN_SALIENCE`` (one passing mention in the
body alone files nothing). Countries that no region lists are left out of the shares.

The lead (:func:`lead_end`) is the first two sentences of the first paragraph that reads as prose
(a label such as "(Archived Content)" or a dateline paragraph before it belongs to the lead too):
news writing puts the who-did-what there, and a long first paragraph (a readout often has one)
is not all lead.

Pure: the regions, the KB and the parses are passed in. Knowledge stays in data: no country,
actor or phrase is named here, only the KB's sector code for news media.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dabir.actor_types import Mention
from dabir.extract.mentions import Paragraph, acts
from dabir.ingest.layout import split_paragraphs
from dabir.resolve.kb import KnowledgeBase
from dabir.resolve.names import name_key, strip_titles
from dabir.types import FieldName, Span
from dabir.vocab import stopwords, titles

COMPONENT = "categories.v1"
REGIONS_FILE = Path(__file__).resolve().parents[1] / "vocab" / "regions.yaml"

PLACE_WEIGHTS: Mapping[str, float] = {"title": 4.0, "caption": 3.0, "lead": 2.0, "body": 1.0}
ACTING_FACTOR = 2.0  # an actor that acts, against one mentioned in passing
HOME_FACTOR = 0.25  # the publisher's own country: the voice of its releases
REPORTER_SECTORS = frozenset({"MED"})  # KB sectors of actors that report: no category weight
MIN_SHARE = 0.10  # a category's least share of the article's salience
RELATIVE_TO_TOP = 0.20  # … and of the top category's share
MIN_SALIENCE = 2.0  # … and salience: a lead mention, or one acting in the body; not one in passing
LEAD_SENTENCES = 2
FIELD_ORDER: Mapping[str, int] = {"title": 0, "caption": 1, "credit": 2, "text": 3}

_COUNTRY = re.compile(r"^[A-Z]{3}$")
_PROSE_END = re.compile(r"[.!?][\"”’)]*$")  # a paragraph that ends like a sentence
_SENTENCE_END = re.compile(r"(?P<word>[\w.’'-]*)[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z])")


@dataclass(frozen=True)
class Regions:
    """The region map: category names in the site's order, and each country's category."""

    names: tuple[str, ...]
    of_country: Mapping[str, str]  # ISO alpha-3 → category name


@dataclass(frozen=True)
class Located:
    """A mention whose actor (or place) has a country: the unit of category evidence."""

    field: FieldName
    start: int
    end: int
    country: str  # ISO alpha-3
    kind: str  # person | organization | group | place
    acting: bool  # the subject of a verb, an agent, a possessor
    voice: bool = False  # a credit or a news outlet: who reports, not whom the item is about


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence for a category, with the weight it added (after diminishing)."""

    field: str  # title | caption | credit | text
    start: int  # offset in the field
    country: str  # ISO alpha-3
    weight: float


@dataclass(frozen=True)
class Category:
    """A region category the article is filed under, with the evidence that put it there."""

    name: str  # "Iraq"
    score: float  # share of the article's salience, 0..1
    evidence: tuple[Evidence, ...]


# --- the region map -----------------------------------------------------------------------------


def load_regions(path: Path = REGIONS_FILE) -> Regions:
    """The region map from its YAML file, checked: a bad or repeated code is an error, since a
    country filed under two regions (or none, by a typo) would misfile items silently."""
    records = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    names = tuple(str(r["name"]) for r in records)
    if len(set(names)) != len(names):
        raise ValueError(f"{path.name}: a region name is repeated")
    of_country: dict[str, str] = {}
    for record in records:
        for code in record.get("countries") or []:
            _check_code(path, str(code), of_country)
            of_country[str(code)] = str(record["name"])
    return Regions(names, of_country)


def _check_code(path: Path, code: str, seen: Mapping[str, str]) -> None:
    if not _COUNTRY.match(code):
        raise ValueError(f"{path.name}: {code!r} is no ISO alpha-3 code")
    if code in seen:
        raise ValueError(f"{path.name}: {code} is in {seen[code]} already")


# --- evidence from mentions ---------------------------------------------------------------------


def located_from_mentions(
    mentions: Sequence[Mention],
    actor_at: Mapping[Span, str | None],
    kb: KnowledgeBase,
    parses: Sequence[Paragraph] = (),
) -> list[Located]:
    """The mentions whose linked KB actor has a country, as category evidence. ``actor_at``:
    each mention's span → its linked actor id (from :func:`dabir.resolve.link.link_mentions`).
    ``parses`` (from :meth:`MentionFinder.find_with_docs`) let a person or organization that is
    a subject count as acting; without them only the mention's own flag (places) is read."""
    found: list[Located] = []
    by_field: dict[str, list[Paragraph]] = {}
    for paragraph in sorted(parses, key=lambda p: (p.field, p.offset)):
        by_field.setdefault(paragraph.field, []).append(paragraph)
    for mention in mentions:
        actor = kb.actors.get(actor_at.get(mention.span) or "")
        if actor is None or not actor.country:
            continue
        voice = mention.span.field == "credit" or bool(REPORTER_SECTORS & set(actor.sectors))
        acting = mention.acting or acts_in(
            _holding(by_field.get(mention.span.field, []), mention.span), mention.span
        )
        span = mention.span
        found.append(Located(span.field, span.start, span.end, actor.country, actor.kind, acting, voice))
    return found


def _holding(paragraphs: Sequence[Paragraph], span: Span) -> Sequence[Paragraph]:
    """The paragraph (of one field, sorted by offset) that may hold ``span``: found in log time."""
    index = bisect.bisect_right([p.offset for p in paragraphs], span.start) - 1
    return paragraphs[index : index + 1] if index >= 0 else ()


def acts_in(parses: Sequence[Paragraph], span: Span) -> bool:
    """Whether the words at ``span`` act in the parse of their paragraph (see
    :func:`dabir.extract.mentions.acts`); False when no parse holds them."""
    for paragraph in parses:
        doc: Any = paragraph.doc
        start, end = span.start - paragraph.offset, span.end - paragraph.offset
        length = doc[-1].idx + len(doc[-1].text) if len(doc) else 0  # not len(doc.text): rebuilt per call
        if paragraph.field != span.field or start < 0 or end > length:
            continue
        words = doc.char_span(start, end, alignment_mode="expand")
        return words is not None and bool(acts(words.root))
    return False


def publisher_country(kb: KnowledgeBase, publisher: str) -> str | None:
    """The publisher's own country, when the publisher is an organization of the KB that speaks
    for itself (a government body, an armed group; a news outlet reports, so it has none). The
    longest opening of its name that names such actors of one country decides: "The White House
    Briefing Room" → "White House" → "USA". A place ("Iran International") is no publisher."""
    for speakers in _speakers_by_opening(kb, publisher):
        countries = {_speaker_country(kb, i) for i in speakers}
        if len(countries) == 1:
            return countries.pop()
    return None


def publisher_actor(kb: KnowledgeBase, publisher: str) -> str | None:
    """The KB organization a publisher is, when it speaks for itself (as :func:`publisher_country`
    finds it): "The White House Briefing Room" → the White House. None for news outlets."""
    for speakers in _speakers_by_opening(kb, publisher):
        if len(speakers) == 1:
            return speakers[0]
    return None


def _speakers_by_opening(kb: KnowledgeBase, publisher: str) -> Iterator[list[str]]:
    """For each opening of the publisher's name, longest first (leading stop words dropped), the
    KB organizations that name and that speak for themselves; openings naming none are skipped."""
    words = publisher.split()
    while words and words[0].casefold() in stopwords():
        words = words[1:]
    for size in range(len(words), 0, -1):
        ids = kb.by_key.get(name_key(strip_titles(" ".join(words[:size]))), frozenset())
        speakers = sorted(i for i in ids if _speaker_country(kb, i) is not None)
        if speakers:
            yield speakers


def _speaker_country(kb: KnowledgeBase, actor_id: str) -> str | None:
    actor = kb.actors.get(actor_id)
    if actor is None or actor.kind != "organization" or REPORTER_SECTORS & set(actor.sectors):
        return None
    return actor.country


# --- the lead -----------------------------------------------------------------------------------


def lead_end(text: str) -> int:
    """Where the lead ends in ``text``: after the first two sentences of the first paragraph
    that ends like a sentence (else the end of the first paragraph)."""
    paragraphs = split_paragraphs(text)
    for paragraph in paragraphs:
        if _PROSE_END.search(paragraph.text):
            ends = sentence_ends(text, paragraph.start, paragraph.end)
            return ends[LEAD_SENTENCES - 1] if len(ends) >= LEAD_SENTENCES else paragraph.end
    return paragraphs[0].end if paragraphs else 0


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence-ending mark between ``start`` and ``end`` that is
    followed by a capital: not after an initial ("Joseph R. Biden"), an abbreviation with
    inner dots ("U.S."), or a title ("Gen.", "Mr.": vocab/titles.txt)."""
    found: list[int] = []
    for match in _SENTENCE_END.finditer(text, start, end):
        word = match.group("word")
        if (len(word) == 1 and word.isupper()) or "." in word or word.casefold() in titles():
            continue
        found.append(match.end())
    return found


# --- categories ---------------------------------------------------------------------------------


def categorize(
    items: Sequence[Located], lead_end: int, regions: Regions, home: str | None = None
) -> list[Category]:
    """The categories an article is filed under, top first. ``lead_end``: where the lead ends in
    the ``text`` field (:func:`lead_end`); ``home``: the publisher's own country, if any."""
    scored = scores(evidence_by_region(items, lead_end, regions, home))
    if not scored:
        return []
    top = max(c.score for c, _ in scored)
    own = regions.of_country.get(home or "")
    kept = [c for c, total in scored if filed(c.score, total, top) and (c.name != own or c.score == top)]
    order = {name: index for index, name in enumerate(regions.names)}
    return sorted(kept, key=lambda c: (-c.score, order.get(c.name, len(order)), c.name))


def evidence_by_region(
    items: Sequence[Located], lead_end: int, regions: Regions, home: str | None = None
) -> dict[str, list[Evidence]]:
    """Each region's evidence: the items of its countries that carry weight."""
    grouped: dict[str, list[Evidence]] = {}
    for item in items:
        weight = salience(item, lead_end, home)
        region = regions.of_country.get(item.country)
        if region is not None and weight > 0:
            grouped.setdefault(region, []).append(Evidence(item.field, item.start, item.country, weight))
    return grouped


def scores(grouped: Mapping[str, Sequence[Evidence]]) -> list[tuple[Category, float]]:
    """Every region with evidence as a category scored by its share, with its salience. Sums
    are exact (fsum), so the shares do not depend on the order the evidence came in."""
    diminished = {name: diminish(evidence) for name, evidence in grouped.items()}
    totals = {name: math.fsum(e.weight for e in evidence) for name, evidence in diminished.items()}
    whole = math.fsum(totals.values())
    if whole <= 0:
        return []
    return [(Category(name, totals[name] / whole, diminished[name]), totals[name]) for name in totals]


def salience(item: Located, lead_end: int, home: str | None = None) -> float:
    """One mention's weight: by where it stands, whether it acts, whose voice it is."""
    if item.voice or item.field == "credit":
        return 0.0
    weight = PLACE_WEIGHTS[place_of(item, lead_end)]
    if item.acting:
        weight *= ACTING_FACTOR
    if item.country == home:
        weight *= HOME_FACTOR
    return weight


def place_of(item: Located, lead_end: int) -> str:
    """title | caption | lead | body: where the mention stands in the article."""
    if item.field in ("title", "caption"):
        return item.field
    return "lead" if item.start < lead_end else "body"


def diminish(evidence: Sequence[Evidence]) -> tuple[Evidence, ...]:
    """Each piece's weight divided by its rank (strongest first; ties in reading order), back in
    reading order: repeated mentions add up with diminishing returns."""
    ranked = sorted(evidence, key=lambda e: (-e.weight, _reading(e)))
    kept = [Evidence(e.field, e.start, e.country, e.weight / rank) for rank, e in enumerate(ranked, 1)]
    return tuple(sorted(kept, key=_reading))


def _reading(evidence: Evidence) -> tuple[int, int, str, float]:
    field = FIELD_ORDER.get(evidence.field, len(FIELD_ORDER))
    return (field, evidence.start, evidence.country, evidence.weight)


def filed(share: float, total: float, top: float) -> bool:
    """Whether a category with this share and salience is filed, given the top share."""
    return share >= MIN_SHARE and share >= RELATIVE_TO_TOP * top and total >= MIN_SALIENCE
