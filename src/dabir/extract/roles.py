"""Role statements in a paragraph (``roles.v1``): who holds (or held) which role in which named
organization, read from the dependency parse and the paragraph's mentions.

Shapes read (one paragraph, one spaCy ``Doc``):

1. apposition either way: "<person>, head of <org>'s political bureau" and "the head of <org>'s
   political bureau, <person>" (the parse may hang the name on any noun of the role phrase; we
   climb "of" chains back to the role noun);
2. a role noun before the name: "<place>'s supreme leader <person>", "<org> commander <person>";
3. copula: "<org> is the foreign operations arm of <org>";
4. a leading participle on an organization: "<org>, formerly led by <person>".

Never a guess: a fact needs its organization to be a mention *inside* the role phrase (the role
noun's possessor, a compound before it, or the object of its "of"/"in"/"at"/"for"). "The
secretary-general of the extremist group, <person>" names no organization, so gives nothing.
Pure: no database; the parse and the mentions are passed in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dabir.actor_types import Mention
from dabir.extract.parsed import ParsedParagraph, index_paragraph, mention_root
from dabir.types import FieldName, Span

COMPONENT = "roles.v1"

# --- Vocabulary: English role nouns and temporal cues only. No actor names, no article phrases. ---
PERSON_ROLE_NOUNS = frozenset(
    {
        "head", "leader", "commander", "chief", "minister", "secretary", "secretary-general",
        "spokesman", "spokeswoman", "spokesperson", "president", "vice-president", "chairman",
        "chairwoman", "director", "deputy", "founder", "ambassador", "envoy", "governor",
        "general", "official",
    }
)  # fmt: skip
PART_ROLE_NOUNS = frozenset({"arm", "branch", "wing", "unit", "division", "affiliate", "subsidiary"})
FORMER_CUES = frozenset({"former", "formerly", "ex", "late", "previously", "once", "onetime"})
LEAD_VERB_ROLES = {"lead": "leader", "command": "commander", "head": "head", "chair": "chairman"}
ROLE_PREPOSITIONS = frozenset({"of", "in", "at", "for"})
COPULAS = frozenset({"be", "become", "remain"})
# --- End of vocabulary. ---

HOLDER_KINDS = {"person": frozenset({"person"}), "part": frozenset({"organization", "group"})}
ORGANIZATION_KINDS = frozenset({"organization", "place", "group"})
_PHRASE_DEPS = frozenset({"poss", "compound", "nmod", "amod", "prep", "pobj"})
_ATTACHED_DEPS = frozenset({"appos", "compound", "nmod"})
_WORD_DEPS = frozenset({"compound", "nmod", "amod", "prep", "pobj"})


@dataclass(frozen=True)
class RoleFact:
    holder: Mention  # the person (or organization) that holds the role
    organization: Mention  # the named organization or place the role is in
    role: str  # the role words from the text, lowercased: "head of political bureau"
    tense: str  # "current" | "former"
    evidence: Span  # the smallest span covering holder, role words, cues and organization


def find_roles(doc: Any, field: FieldName, offset: int, mentions: Sequence[Mention]) -> list[RoleFact]:
    """Role facts of one paragraph. ``doc`` is the parse of ``parser_text(paragraph)``;
    ``offset`` is where the paragraph starts in ``field``; mention spans are field offsets."""
    para = index_paragraph(doc, field, offset, mentions)
    facts: list[RoleFact] = []
    for holder in para.tokens:
        for role_noun, cues in _role_nouns_of(para, holder):
            fact = _fact(para, holder, role_noun, cues)
            if fact is not None:
                facts.append(fact)
    facts.extend(_participle_facts(para))
    return _unique(facts)


def _role_nouns_of(para: ParsedParagraph, holder: Mention) -> Iterator[tuple[Any, list[Any]]]:
    """(role noun, tense cues outside its phrase) pairs the parse links to ``holder``."""
    root = mention_root(para, holder)
    if root.dep_ == "appos":  # "the head of <org>, <holder>" (hung on any noun of the phrase)
        found = _climb_to_role_noun(root.head)
        if found is not None:
            yield found, []
    yield from _attached_role_nouns(para, para.tokens[holder])
    if root.dep_ == "nsubj" and root.head.lemma_ in COPULAS:  # "<holder> is the arm of <org>"
        verb = root.head
        past = [verb] if verb.lemma_ == "be" and verb.tag_ == "VBD" else []
        for child in verb.children:
            if child.dep_ == "attr" and _is_role_noun(_run_root(child)):
                yield _run_root(child), past


def _attached_role_nouns(para: ParsedParagraph, indices: frozenset[int]) -> Iterator[tuple[Any, list[Any]]]:
    """ "<holder>, head of <org>" (apposition) and "the late <org> leader <holder>" (compound)."""
    for i in sorted(indices):
        children = list(para.doc[i].children)
        for child in children:
            noun = _run_root(child)
            if child.i in indices or child.dep_ not in _ATTACHED_DEPS or not _is_role_noun(noun):
                continue
            before = [c for c in children if c.i < child.i and c.lower_ in FORMER_CUES]
            yield noun, before if child.dep_ != "appos" else []


def _climb_to_role_noun(token: Any) -> Any | None:
    """``token`` or the first noun above it along "<noun> of <noun>" links that is a role noun."""
    while True:
        token = _run_root(token)
        if _is_role_noun(token):
            return token
        preposition = token.head
        if token.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in ROLE_PREPOSITIONS:
            return None
        token = preposition.head


def _run(token: Any) -> list[Any]:
    """The tokens of one hyphenated word ("secretary-general", "vice-president") around ``token``."""
    doc, first, last = token.doc, token.i, token.i
    while first >= 2 and _joins(doc[first - 2], doc[first - 1]) and doc[first - 2].is_alpha:
        first -= 2
    while last + 2 < len(doc) and _joins(doc[last], doc[last + 1]) and doc[last + 2].is_alpha:
        last += 2
    return [doc[i] for i in range(first, last + 1)]


def _joins(word: Any, hyphen: Any) -> bool:
    return hyphen.text == "-" and not word.whitespace_ and not hyphen.whitespace_


def _run_root(token: Any) -> Any:
    run = _run(token)
    indices = {t.i for t in run}
    inside = [t for t in run if t.head.i not in indices or t.head.i == t.i]
    root = inside[0] if inside else token
    return run[-1] if root.lower_ in FORMER_CUES else root  # "ex-commander": the noun


def _surface(token: Any) -> str:
    return "".join(t.text for t in _run(token) if t.lower_ not in FORMER_CUES).strip("-").lower()


def _is_role_noun(token: Any) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and _role_kind(token) is not None


def _role_kind(token: Any) -> str | None:
    words = {_surface(token), token.lemma_.lower()}
    if words & PERSON_ROLE_NOUNS:
        return "person"
    return "part" if words & PART_ROLE_NOUNS else None


def _fact(para: ParsedParagraph, holder: Mention, noun: Any, cues: list[Any]) -> RoleFact | None:
    kind = _role_kind(noun)
    if kind is None or holder.kind not in HOLDER_KINDS[kind] or noun.i in para.at:
        return None
    phrase = _phrase(noun, para.tokens[holder])
    organization = _nearest_organization(para, holder, noun, phrase)
    if organization is None:
        return None
    cues = cues + _cue_children(noun)
    skip = para.tokens[holder] | para.tokens[organization] | {t.i for t in cues}
    words = _words(noun, skip)
    role = _join(words)
    if not role:
        return None
    tense = "former" if cues else "current"
    return RoleFact(holder, organization, role, tense, _evidence(para, [holder, organization], words + cues))


def _phrase(noun: Any, holder: frozenset[int]) -> list[Any]:
    """The role phrase: the role noun, its modifiers, possessor and role prepositions' objects."""
    found: list[Any] = []
    stack = list(_run(noun))
    while stack:
        token = stack.pop()
        if token.i in holder or token in found:
            continue
        found.append(token)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ not in ROLE_PREPOSITIONS:
                continue
            if child.dep_ in _PHRASE_DEPS or child.i in {t.i for t in _run(noun)}:
                stack.append(child)
    return found


def _nearest_organization(
    para: ParsedParagraph, holder: Mention, noun: Any, phrase: list[Any]
) -> Mention | None:
    candidates = [
        (abs(t.i - noun.i), para.at[t.i])
        for t in phrase
        if t.i in para.at and para.at[t.i] != holder and para.at[t.i].kind in ORGANIZATION_KINDS
    ]
    return min(candidates, key=lambda c: (c[0], c[1].span.start))[1] if candidates else None


def _cue_children(noun: Any) -> list[Any]:
    """ "former head", "formerly head", "ex-commander": cues hung on the role noun or inside its
    word (not deeper: "commander of the former <org>" is no former commander)."""
    hung = [c for c in noun.children if c.dep_ in {"advmod", "amod", "compound"}]
    return [t for t in [*hung, *_run(noun)] if t.lower_ in FORMER_CUES]


def _words(noun: Any, skip: set[int] | frozenset[int]) -> list[Any]:
    """The role words: the noun's hyphenated word, its modifiers and "of"-phrases, minus the
    organization, the holder, cues, determiners, possessors and punctuation."""
    if noun.i in skip:
        return []  # the organization, with its own modifiers ("the elite <org>")
    words = _word_tokens(noun, skip)
    for child in noun.children:
        if child.i in skip or child.dep_ not in _WORD_DEPS or not any(c.isalnum() for c in child.text):
            continue
        if child.dep_ == "prep":
            if child.lower_ in ROLE_PREPOSITIONS:
                inner = [w for obj in child.children if obj.dep_ == "pobj" for w in _words(obj, skip)]
                words.extend([child, *inner] if inner else [])
        else:
            words.extend(_words(child, skip))
    return words


def _word_tokens(token: Any, skip: set[int] | frozenset[int]) -> list[Any]:
    """The hyphenated word of ``token`` without cue prefixes: "secretary-general", not "ex-"."""
    kept = [t for t in _run(token) if t.i not in skip and t.lower_ not in FORMER_CUES]
    while kept and not kept[0].is_alpha:
        kept.pop(0)
    return kept


def _join(words: list[Any]) -> str:
    text = ""
    previous = None
    for token in sorted({t.i: t for t in words}.values(), key=lambda t: t.i):
        glued = previous is not None and previous.i == token.i - 1 and not previous.whitespace_
        text += ("" if glued or not text else " ") + token.text
        previous = token
    return text.lower()


def _evidence(para: ParsedParagraph, mentions: list[Mention], tokens: list[Any]) -> Span:
    starts = [m.span.start for m in mentions] + [para.offset + t.idx for t in tokens]
    ends = [m.span.end for m in mentions] + [para.offset + t.idx + len(t.text) for t in tokens]
    return Span(para.field, min(starts), max(ends))


def _participle_facts(para: ParsedParagraph) -> Iterator[RoleFact]:
    """ "<org>, formerly led by <person>": the agent leads the organization the participle hangs on."""
    for verb in para.doc:
        organization = _described(para, verb.head) or para.at.get(verb.head.i)
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in LEAD_VERB_ROLES:
            continue
        if organization is None or organization.kind not in ORGANIZATION_KINDS:
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                holder = para.at.get(obj.i)
                if holder is None or holder == organization or holder.kind not in {"person", "organization"}:
                    continue
                cues = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in FORMER_CUES]
                tense = "former" if cues else "current"
                evidence = _evidence(para, [holder, organization], [verb, *cues])
                yield RoleFact(holder, organization, LEAD_VERB_ROLES[verb.lemma_], tense, evidence)


def _described(para: ParsedParagraph, token: Any) -> Mention | None:
    """ "X is the arm of Y, formerly led by Z": a participle after a part-of phrase describes X,
    the subject the phrase is about, not Y inside it (the parse hangs it on the nearest noun)."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    part = preposition.head
    if _role_kind(part) != "part":
        return None
    if part.dep_ == "appos":
        return para.at.get(part.head.i)
    if part.dep_ == "attr":
        subjects = [c for c in part.head.children if c.dep_ == "nsubj"]
        return para.at.get(subjects[0].i) if subjects else None
    return None


def _unique(facts: list[RoleFact]) -> list[RoleFact]:
    seen: dict[tuple[Span, Span, str], RoleFact] = {}
    for fact in facts:
        seen.setdefault((fact.holder.span, fact.organization.span, fact.role), fact)
    return sorted(seen.values(), key=lambda f: (f.evidence.start, f.holder.span.start))
