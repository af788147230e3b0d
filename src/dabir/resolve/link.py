"""Link an article's mentions to actors (``link.v2``), each with a score and a reason.

In reading order, one mention at a time:

1. a mention that repeats another one (a bare surname, an alias taught in parentheses, an
   acronym) follows that mention's link, which is made first even when it stands later;
2. a text-safe KB name (a gazetteer match) links to its actor; when the name belongs to several
   actors ("Tehran": the city and, by metonymy, the government), the acting flag decides;
3. any other name goes to the resolver (:mod:`dabir.resolve.matcher`), with the actors already
   named in the article as context;
4. a place that acts ("Tehran supports …", "Iran's foreign policy") stands for its government,
   when the KB says who governs it (an affiliation ``government``, directly or through a
   ``capital``);
5. a name nobody knows becomes a new, unreviewed actor (``seen-…``) carrying the spelling seen.

Pure: the KB is passed in, nothing is written here. The mention is never changed; the link is a
separate value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz.distance import Levenshtein

from dabir.actor_types import ActorName, ActorRecord, Mention
from dabir.keys import sha256_hex
from dabir.resolve.kb import KbActor, KnowledgeBase
from dabir.resolve.matcher import VERSION as RESOLVER
from dabir.resolve.matcher import resolve_name
from dabir.resolve.names import identity_key, name_key, strip_titles
from dabir.resolve.places import gazetteer
from dabir.types import Span
from dabir.vocab import rank_titles

VERSION = "link.v2"
GAZETTEER_SCORE = 0.95
TOWN_POPULATION = 50_000  # a town this large is known by its name: a name spelled so is the town
REPEAT_FACTOR = 0.95
BARE_NAME_SPELLING = 0.6  # a bare name this unlike the KB name's last word (edit similarity) is another


@dataclass(frozen=True)
class Link:
    mention: Mention
    actor_id: str | None
    score: float
    explanation: str
    component: str
    new_actor: ActorRecord | None = None


def link_mentions(
    kb: KnowledgeBase, mentions: Sequence[Mention], governments: dict[str, str] | None = None
) -> list[Link]:
    """``governments``: :func:`governments_of` the KB, computed once by a caller that links
    many articles (it reads every actor)."""
    context = frozenset(m.actors[0] for m in mentions if len(m.actors) == 1)
    governments = governments_of(kb) if governments is None else governments
    done: dict[Span, Link] = {}
    for mention in sorted(mentions, key=lambda m: m.refers_to is not None):  # stable: reading order kept
        done[mention.span] = _link(kb, mention, context, governments, done)
    return [done[m.span] for m in mentions]


def governments_of(kb: KnowledgeBase) -> dict[str, str]:
    """Place id → the id of the actor that governs it (countries, and their capitals)."""
    governed = {
        a.actor: actor.id
        for actor in kb.actors.values()
        for a in actor.affiliations
        if a.role == "government"
    }
    capitals = {
        actor.id: governed[a.actor]
        for actor in kb.actors.values()
        for a in actor.affiliations
        if a.role == "capital" and a.actor in governed
    }
    return {**governed, **capitals}


def _link(
    kb: KnowledgeBase,
    mention: Mention,
    context: frozenset[str],
    governments: dict[str, str],
    done: dict[Span, Link],
) -> Link:
    if mention.refers_to is not None and mention.refers_to in done:
        earlier = done[mention.refers_to]
        if earlier.actor_id is not None:
            why = f"repeats “{earlier.mention.text}” ({mention.origin}) → {earlier.explanation}"
            return Link(mention, earlier.actor_id, round(earlier.score * REPEAT_FACTOR, 3), why, VERSION)
    link = _gazetteer_link(kb, mention) if mention.actors else _resolved_link(kb, mention, context)
    if link.actor_id is None:
        return _new_actor_link(link.mention)
    return _metonymy(kb, _with_actor_kind(kb, link), governments)


def _with_actor_kind(kb: KnowledgeBase, link: Link) -> Link:
    """The KB knows an actor's kind better than the model's label of one mention."""
    kind = kb.actors[link.actor_id].kind if link.actor_id in kb.actors else link.mention.kind
    if kind == link.mention.kind:
        return link
    return Link(replace(link.mention, kind=kind), link.actor_id, link.score, link.explanation, link.component)


def _gazetteer_link(kb: KnowledgeBase, mention: Mention) -> Link:
    ids = [i for i in mention.actors if i in kb.actors]
    if not ids:
        return Link(mention, None, 0.0, "gazetteer actor no longer in the KB", VERSION)
    places = [i for i in ids if kb.actors[i].kind == "place"]
    others = [i for i in ids if kb.actors[i].kind != "place"]
    if places and others:
        chosen = others[0] if mention.acting else places[0]
        why = "acts (subject or possessor)" if mention.acting else "does not act: the place"
        reason = f"“{mention.text}” names {len(ids)} actors; {why}"
    else:
        chosen = ids[0]
        reason = f"text-safe KB name “{mention.text}”" + (
            f" (one of {len(ids)} actors)" if len(ids) > 1 else ""
        )
    return Link(mention, chosen, GAZETTEER_SCORE, f"{kb.actors[chosen].name}: {reason}", VERSION)


def _resolved_link(kb: KnowledgeBase, mention: Mention, context: frozenset[str]) -> Link:
    kind = mention.kind if mention.kind in ("person", "group") else None
    resolution = resolve_name(kb, mention.text, kind, context)
    if resolution.actor is None:
        return Link(mention, None, resolution.score, resolution.explanation, RESOLVER)
    rank = _rank_never_held(mention, resolution.actor)
    if rank is not None:
        why = f"titled “{rank}”, a rank {resolution.actor.name} never held (was: {resolution.explanation})"
        return Link(mention, None, resolution.score, why, RESOLVER)
    alias = resolution.candidates[0].alias if resolution.candidates else ""
    if _bare_name_spelled_unlike(mention.text, alias):
        why = f"the bare name “{mention.text}” is spelled unlike “{alias}” (was: {resolution.explanation})"
        return Link(mention, None, resolution.score, why, RESOLVER)
    if _digits_only_written(mention, resolution.actor):
        why = f"“{mention.text}” is written with digits, as no name of {resolution.actor.name} is"
        return Link(mention, None, resolution.score, why, RESOLVER)
    town = _a_town_named(mention, resolution.actor)
    if town is not None:  # the place, as a new actor
        why = f"“{mention.text}” is {town}; it only sounds like {resolution.actor.name}"
        return Link(replace(mention, kind="place"), None, resolution.score, why, RESOLVER)
    return Link(mention, resolution.actor.id, resolution.score, resolution.explanation, RESOLVER)


def _bare_name_spelled_unlike(written: str, alias: str) -> bool:
    """ "Mahmoud" read as the last name of "Jamal Jaafar Mohammed" (one key, "mhmd"): a bare name
    whose letters are less than :data:`BARE_NAME_SPELLING` alike those of the alias's last word is
    another name, however its consonants read ("Ghaani" and "Qaani" stay one)."""
    words = strip_titles(written).split()
    if len(words) != 1 or not alias:
        return False
    mine, theirs = _letters(words[0]), _letters(alias.rsplit(maxsplit=1)[-1])
    return bool(mine and theirs) and Levenshtein.normalized_similarity(mine, theirs) < BARE_NAME_SPELLING


def _letters(word: str) -> str:
    """A name's letters, lowercased, without its article ("al-Muhandis": "muhandis")."""
    word = re.sub(r"^(?:al|el|ad|an|ar|as|ash|az)[-‑]", "", word.casefold())
    return "".join(c for c in word if c.isalpha())


def _digits_only_written(mention: Mention, actor: KbActor) -> bool:
    """ "H5N1" read as Haniyeh (one blocking key, "hn"): a code with digits is no loose spelling of
    a name that has none."""
    return any(c.isdigit() for c in mention.text) and not any(c.isdigit() for n in actor.names for c in n)


def _a_town_named(mention: Mention, actor: KbActor) -> str | None:
    """ "Homs" read as Hamas (one blocking key, "hms"): a name that is, as written, a town of the
    gazetteer (`TOWN_POPULATION` people or more) or a country, while none of the actor's names (nor
    their last words) is written so, names the town, not the actor."""
    written = mention.text.casefold()
    spelled = {name.casefold() for name in actor.names} | {
        name.casefold().rsplit(maxsplit=1)[-1] for name in actor.names
    }
    if actor.kind == "place" or written in spelled:  # "Secretary Austin": Lloyd Austin's surname, as written
        return None
    place = gazetteer().lookup(mention.text)
    if place is None or place.name.casefold() != written:
        return None
    known = place.kind in ("country", "admin1") or (place.population or 0) >= TOWN_POPULATION
    return f"a place in {place.country}" if known else None


def _rank_never_held(mention: Mention, actor: KbActor) -> str | None:
    """The rank the mention's title names ("King Abdullah") when the KB person holds no role of
    it; None when the title names no rank, or the KB knows none of the person's roles."""
    title = (mention.title or "").lower()
    ranks = [r.split("|") for r in sorted(rank_titles()) if any(_has_word(title, w) for w in r.split("|"))]
    roles = [a.role.lower() for a in actor.affiliations]
    if not ranks or actor.kind != "person" or not roles:
        return None
    held = any(_has_word(role, word) for rank in ranks for word in rank for role in roles)
    return None if held else ranks[0][0]


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def _metonymy(kb: KnowledgeBase, link: Link, governments: dict[str, str]) -> Link:
    actor_id = link.actor_id
    if not link.mention.acting or actor_id is None or kb.actors[actor_id].kind != "place":
        return link
    government = governments.get(actor_id)
    if government is None or government not in kb.actors:
        return link
    name = kb.actors[government].name
    why = f"metonymy: “{link.mention.text}” acts, so it stands for {name} (was: {link.explanation})"
    mention = replace(link.mention, kind=kb.actors[government].kind)
    return Link(mention, government, round(link.score * 0.9, 3), why, VERSION)


def seen_actor_id(kind: str, name: str) -> str:
    """The id of the new actor a name not in the KB becomes: one per kind and identity key (a
    blocking key would make two names one actor when only their vowels differ)."""
    return "seen-" + sha256_hex(f"{kind}\x1f{identity_key(strip_titles(name))}")[:12]


def _new_actor_link(mention: Mention) -> Link:
    """An unknown name: a new, unreviewed actor with the spelling seen (one per kind and key)."""
    if not name_key(strip_titles(mention.text)):
        return Link(mention, None, 0.0, "no name left once titles are removed", VERSION)
    actor_id = seen_actor_id(mention.kind, mention.text)
    actor = ActorRecord(
        id=actor_id,
        kind=mention.kind,
        name=strip_titles(mention.text) or mention.text,
        origin="seen",
        names=(ActorName(mention.text, "seen", False, source={"mention": mention.origin}),),
    )
    return Link(mention, actor_id, 0.5, "not in the KB: a new, unreviewed actor", VERSION, actor)
