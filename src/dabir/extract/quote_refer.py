"""Who a description or a bare surname in a quote's attribution stands for (part of ``quotes.v1``).

A readout names its speaker once ("President Joseph R. Biden, Jr. spoke today …") and then says
"The President conveyed …"; a news story says "Miguel d'Escoto Brockmann" and later "…, added
d'Escoto", which the mention finder may not link. Both are read back to the last person named
before them: "the <title>" to the one whose title has those words, a bare name to the one whose
fuller name holds it. Pure: works on a paragraph's parse and the mentions located on it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dabir.actor_types import Mention

Place = tuple[int, int]  # (paragraph rank, field offset): a position in reading order
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})  # "U.S. Treasury Secretary", "Supreme Leader"
SINGULAR = frozenset({"NN", "NNP"})
MODIFIER_DEPS = frozenset({"compound", "amod"})


@dataclass(frozen=True)
class Person:
    """A person mention where it first stands in a paragraph, with the lowercase words of its
    title (the mention's own and the title words just before it) and of its name."""

    place: Place
    mention: Mention
    title: frozenset[str]
    name: frozenset[str]


def people(rank: int, offset: int, doc: Any, at: Mapping[int, Mention]) -> list[Person]:
    """The person mentions of one paragraph (``offset`` its field offset), in reading order."""
    found: list[Person] = []
    for i in sorted(at):
        mention = at[i]
        if mention.kind != "person" or at.get(i - 1) is mention:
            continue  # not a person, or not the mention's first token
        title = {w for w in (mention.title or "").lower().replace("-", " ").split()}
        title.update(t.lower_ for t in _title_before(doc, at, i))
        name = frozenset(mention.text.lower().split())
        found.append(Person((rank, offset + doc[i].idx), mention, frozenset(title), name))
    return found


def _title_before(doc: Any, at: Mapping[int, Mention], first: int) -> list[Any]:
    """The run of nouns and adjectives right before a name, in its sentence, up to another
    person: "U.S. Treasury Secretary" before "Steven T. Mnuchin"."""
    run: list[Any] = []
    for i in range(first - 1, max(-1, first - 7), -1):
        token = doc[i]
        other = at.get(i)
        if token.pos_ not in TITLE_POS or (other is not None and other.kind == "person"):
            break
        run.append(token)
        if token.is_sent_start:
            break
    return run


def described(known: Sequence[Person], place: Place, token: Any) -> Mention | None:
    """ "The President", "the Supreme Leader": a singular title noun with "the" and no name
    stands for the last person before ``place`` whose title has all its words (or whose name
    does, where the finder kept the title in it: "Secretary Bessent")."""
    if token.tag_ not in SINGULAR or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    words = {c.lower_ for c in token.children if c.dep_ in MODIFIER_DEPS} | {token.lower_}
    return next((p.mention for p in reversed(known) if p.place < place and words <= p.title | p.name), None)


def named(known: Sequence[Person], place: Place, tokens: Sequence[Any]) -> Mention | None:
    """ "d'Escoto": proper names that no mention covers stand for the last person before
    ``place`` whose fuller name holds them all."""
    if not tokens or any(t.pos_ != "PROPN" for t in tokens):
        return None
    words = {t.lower_ for t in tokens}
    return next((p.mention for p in reversed(known) if p.place < place and words <= p.name), None)
