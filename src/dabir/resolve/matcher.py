"""Resolve a name to an actor of the knowledge base, explainably (``resolve.v1``).

The name key proposes candidates (:mod:`dabir.resolve.names`); a score over small, named
features decides. Each feature is a pure function returning its contribution and a readable
reason, so every decision can be shown and checked. Plain string similarity alone cannot tell
a variant from another person ("Ismail Haniyeh" vs "Ismail Qaani" scores higher than the true
pair "Qaani"/"Ghaani"), so the features weigh the parts of a name: a different given name is
a different person, a different surname key is almost surely one too.

In an article, context joins them: an actor affiliated with another actor named in the same
article (``co_mentioned``) is the likelier reading of a shared name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from dabir.resolve.kb import KbActor, KnowledgeBase
from dabir.resolve.names import name_key, strip_titles

VERSION = "resolve.v1"
LINK_THRESHOLD = 0.6  # at or above: linked; below: a candidate only
AMBIGUITY_MARGIN = 0.1  # two actors this close are ambiguous: nothing is linked


@dataclass(frozen=True)
class Evidence:
    feature: str
    weight: float
    reason: str


@dataclass(frozen=True)
class Scored:
    actor: KbActor
    alias: str  # the name of the actor that matched best
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def explanation(self) -> str:
        parts = "; ".join(f"{e.feature} {e.weight:+.2f} ({e.reason})" for e in self.evidence)
        return f"{self.score:.2f} = {parts}"


@dataclass(frozen=True)
class Resolution:
    name: str
    actor: KbActor | None
    score: float
    explanation: str
    candidates: tuple[Scored, ...]


Feature = Callable[[list[str], list[str]], Evidence | None]


def resolve_name(
    kb: KnowledgeBase, name: str, kind: str | None = None, context: frozenset[str] = frozenset()
) -> Resolution:
    """The actor ``name`` refers to, or None with the candidates and why none was chosen.
    ``context``: ids of actors named in the same article."""
    scored = sorted(
        (
            _with_context(best, context, kb)
            for actor_id in kb.candidates(name)
            if (best := _best_alias(kb.actors[actor_id], name, kind))
        ),
        key=lambda s: (-s.score, s.actor.id),
    )
    if not scored or scored[0].score < LINK_THRESHOLD:
        why = (
            "no candidate"
            if not scored
            else f"best candidate below {LINK_THRESHOLD}: {scored[0].explanation}"
        )
        return Resolution(name, None, scored[0].score if scored else 0.0, why, tuple(scored))
    top = scored[0]
    rivals = [
        s
        for s in scored[1:]
        if round(top.score - s.score, 3) < AMBIGUITY_MARGIN and s.score >= LINK_THRESHOLD
    ]
    if rivals:
        names = ", ".join(s.actor.name for s in (top, *rivals))
        return Resolution(name, None, top.score, f"ambiguous between {names}", tuple(scored))
    return Resolution(
        name, top.actor, top.score, f"{top.actor.name} via “{top.alias}”: {top.explanation}", tuple(scored)
    )


def _with_context(scored: Scored, context: frozenset[str], kb: KnowledgeBase) -> Scored:
    """``co_mentioned``: +0.1 when the actor is affiliated with an actor the article names."""
    shared = sorted({a.actor for a in scored.actor.affiliations} & context)
    if not shared:
        return scored
    names = ", ".join(kb.actors[i].name for i in shared if i in kb.actors)
    evidence = Evidence("co_mentioned", 0.1, f"affiliated with {names}, named in the article")
    score = round(min(1.0, scored.score + evidence.weight), 3)
    return Scored(scored.actor, scored.alias, score, (*scored.evidence, evidence))


def _best_alias(actor: KbActor, name: str, kind: str | None) -> Scored | None:
    query = _words(name)
    results = [_as_written(_score(actor, alias, query, kind), name) for alias in actor.names if _words(alias)]
    return max(results, key=lambda s: s.score, default=None)


def _as_written(scored: Scored, name: str) -> Scored:
    """``as_written``: +0.1 when the alias (or, for a bare surname, its last word) is spelled as
    the text writes the name. Two names that only share a key ("Bush" and "Abbas" both read "bs")
    are then told apart."""
    written, alias = strip_titles(name).casefold(), strip_titles(scored.alias).casefold()
    bare = " " not in written and alias.rsplit(" ", 1)[-1] == written  # "Bush" of "George W. Bush"
    if scored.score <= 0 or (alias != written and not bare):
        return scored
    evidence = Evidence("as_written", 0.1, "spelled as written")
    score = round(min(1.0, scored.score + evidence.weight), 3)
    return Scored(scored.actor, scored.alias, score, (*scored.evidence, evidence))


def _score(actor: KbActor, alias: str, query: list[str], kind: str | None) -> Scored:
    candidate = _words(alias)
    evidence = [e for feature in FEATURES if (e := feature(query, candidate)) is not None]
    if actor.kind != "person":  # a bare surname is a person's; "X International" is no surname
        evidence = [e for e in evidence if e.feature != "single_name"]
    if kind and kind != actor.kind:
        evidence.append(Evidence("kind", -1.0, f"wanted a {kind}, this is a {actor.kind}"))
    score = max(0.0, min(1.0, sum(e.weight for e in evidence)))
    return Scored(actor, alias, round(score, 3), tuple(evidence))


def _words(name: str) -> list[str]:
    """Word keys of a name, in order, without its opening titles."""
    return list(_cached_words(name))


@lru_cache(maxsize=1 << 18)
def _cached_words(name: str) -> tuple[str, ...]:
    """Keys are pure functions of the name: each KB alias is keyed once per process."""
    return tuple(name_key(strip_titles(name)).split())


def same_key(query: list[str], candidate: list[str]) -> Evidence | None:
    """The whole names share their transliteration key, spaces aside ("Nasr Allah")."""
    if query == candidate:
        return Evidence("same_key", 0.6, f"both read “{' '.join(query)}”")
    if len(query) != len(candidate) and "".join(query) == "".join(candidate):
        return Evidence("same_key", 0.6, f"both read “{''.join(query)}”, spaced differently")
    return None


def surname(query: list[str], candidate: list[str]) -> Evidence | None:
    """The last words (surnames, or a single name) agree or not."""
    if "".join(query) == "".join(candidate):
        return None  # same_key has said it
    if query[-1] == candidate[-1]:
        return Evidence("surname", 0.3, f"last names agree (“{query[-1]}”)")
    return Evidence("surname", -0.5, f"last names differ (“{query[-1]}” vs “{candidate[-1]}”)")


def given_name(query: list[str], candidate: list[str]) -> Evidence | None:
    """With two names each, the given names agree or not: Ali and Mojtaba Khamenei are two men.
    A first given name left out ("Javad Zarif" for "Mohammad Javad Zarif") still agrees."""
    if len(query) < 2 or len(candidate) < 2 or "".join(query) == "".join(candidate):
        return None
    if query[0] == candidate[0]:
        shorter, longer = sorted((query, candidate), key=len)
        if [w for w in longer if len(w) > 1] == shorter and len(longer) > len(shorter):
            return Evidence("given_name", 0.3, f"given names agree (“{query[0]}”), a middle initial left out")
        return Evidence("given_name", 0.2, f"given names agree (“{query[0]}”)")
    shorter, longer = sorted((query, candidate), key=len)
    if len(longer) == len(shorter) + 1 and shorter[0] == longer[1]:
        return Evidence("given_name", 0.25, f"“{longer[0]}” is an extra first given name")
    return Evidence("given_name", -0.6, f"given names differ (“{query[0]}” vs “{candidate[0]}”)")


def single_name(query: list[str], candidate: list[str]) -> Evidence | None:
    """A bare surname ("Qaani") matches a full name's surname, a little less surely."""
    if len(query) == 1 and len(candidate) > 1 and query[-1] == candidate[-1]:
        return Evidence("single_name", 0.35, "a bare surname")
    return None


def spelling(query: list[str], candidate: list[str]) -> Evidence | None:
    """How close the spellings are (Jaro-Winkler over the keys), a tie-breaker."""
    similarity = JaroWinkler.similarity(" ".join(query), " ".join(candidate))
    return Evidence("spelling", round(0.1 * similarity, 3), f"similarity {similarity:.2f}")


FEATURES: tuple[Feature, ...] = (same_key, surname, given_name, single_name, spelling)


def compare_names(a: str, b: str, kind: str = "person") -> Scored:
    """How surely two names name one actor (of ``kind``), with the evidence."""
    other = KbActor(
        id="_", kind=kind, name=b, aliases=(), country=None, sectors=(), affiliations=(), ofac=None
    )
    return _score(other, b, _words(a), kind)


def same_actor(a: str, b: str, kind: str = "person") -> bool:
    return compare_names(a, b, kind).score >= LINK_THRESHOLD
