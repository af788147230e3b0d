"""The event vocabulary (``vocab/events.yaml``) as typed values: CAMEO codes with their PLOVER type
and mode, triggers by lemma, and the word lists the event reader consults. Loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

VOCABULARY = Path(__file__).resolve().parent.parent / "vocab" / "events.yaml"


@dataclass(frozen=True)
class CodeInfo:
    code: str
    label: str
    plover: str
    mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        root = int(self.root)
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB | NOUN
    code: str
    targets: frozenset[str]  # prepositions whose objects are acted upon
    phone: str | None = None  # the code when a telephone cue is in context
    military: str | None = None  # the code when the threat's clause names force
    modifiers: frozenset[str] = frozenset()  # one must modify the noun ("air" strike)
    needs: frozenset[str] = frozenset()  # one must be in the sentence
    needs_object: bool = False
    owned: bool = False  # the noun counts only with a possessor ("Russia's war", "its war")
    prepositional: bool = False  # only with one of its target prepositions ("call on X", "call for")
    stance: bool = False  # a stance stated, not a scene narrated: never in the simple past ("stood")
    relation: bool = False  # a participle describing a noun names a standing tie ("militants backed by X")
    directive: bool = False  # only asking someone to act: "asked X to …", "asked X for …"
    actor_object: bool = False  # an event only when its object names an actor ("welcomed X's decision")
    needs_target: bool = False  # no event without someone acted upon ("support for efforts to …")
    needs_traveller: bool = False  # no visit without a person or a body named arriving
    counted_summary: bool = False  # "designated four officials of X": a count of unnamed parties, not X
    by_publisher: bool = False  # agentless and recalled ("X was listed in 1995"): by the publisher's state
    topic_object: bool = False
    kills: bool = False
    clause_target: bool = False  # "claimed that Iran was responsible": only whom the clause is about
    unattributed: str | None = None  # the code when no one is named acting ("attacks killed 21")
    reciprocal: str | None = None  # always | shared: the parties act on each other (see events.yaml)
    intent: str | None = None  # the code when the noun's "to" names an act ("commitment to providing aid")
    idiom_objects: frozenset[str] = frozenset()  # objects that make an idiom ("met the deadline")


RECIPROCAL = (None, "always", "shared")


@dataclass(frozen=True)
class EventVocabulary:
    codes: dict[str, CodeInfo]
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    phone_cues: frozenset[str]
    military_cues: frozenset[str]
    count_verbs: dict[str, str]
    weapon_codes: dict[str, str]  # "a car bomb kills 12": the code of a killing by that weapon
    judging_verbs: frozenset[str]  # "accused Iran of supplying": the one judged did it
    count_nouns: dict[str, str]
    fired_nouns: frozenset[str]
    firing_verbs: frozenset[str]
    counted_people: frozenset[str]
    approximate: dict[str, int]
    bound_words: frozenset[str]
    modality: dict[str, str]  # lemma → modality
    reporting_verbs: frozenset[str]
    reporting_nouns: frozenset[str]
    event_nouns: frozenset[str]
    party_prepositions: frozenset[str]
    party_nouns: frozenset[str]
    light_verbs: frozenset[str]
    failing_words: frozenset[str]
    naming_verbs: frozenset[str]
    negative_labels: frozenset[str]
    positive_labels: frozenset[str]
    naming_codes: dict[str, str]  # negative | positive → code
    demonyms: dict[str, str]  # "turkish" → "TUR"
    force_nouns: frozenset[str]
    delegate_nouns: frozenset[str]
    appeal_verbs: frozenset[str]
    part_of_roles: frozenset[str]
    dateline_codes: frozenset[str]  # meetings and visits: where the story is filed, when unplaced
    hypothetical_modifiers: frozenset[str]  # "the potential conflict": no event
    recall_words: frozenset[str]  # "was previously designated": before the report, date untold
    implicative_verbs: frozenset[str]  # "purported to impose": the clause happened then
    undergone_nouns: frozenset[str]  # "Navalny's arrest": the possessor undergoes it
    accident_words: frozenset[str]  # "a boat sinks, killing 15": no act of anyone
    place_prepositions: frozenset[str]  # "the attack in Abu Dhabi": where an event was
    military_nouns: frozenset[str]  # "Israeli soldiers": the state's armed forces, if the KB has them
    armed_forces_roles: frozenset[str]  # the KB roles that make an actor a state's armed forces
    led_by_roles: frozenset[str]  # the KB roles that make an actor a coalition a state leads
    opinion_verbs: frozenset[str]  # "agree that …": a view, not an act
    unadopted_words: frozenset[str]  # "a draft statement calling for …" calls for nothing yet
    event_measure_nouns: frozenset[str]  # "launched a wave of strikes": the wave's agent is the strikes'
    hostile_acts: frozenset[str]  # "commitment to disrupting X's networks": no intent to cooperate with X
    speaks_for_roles: frozenset[str]  # the White House's "we" is the government's
    state_codes: frozenset[str] = frozenset()  # agentless arrests: the state where they happened
    regarding_roots: frozenset[str] = frozenset()  # "sanctions with respect to Iran": done to Iran
    frame_prepositions: frozenset[str] = frozenset()  # "During the meeting, …": told before
    list_extenders: frozenset[str] = frozenset()  # "A, B and others who …": the whole list
    aiming_verbs: frozenset[str] = frozenset()  # "sanctions targeting Iran": aimed at Iran
    state_body_nouns: frozenset[str] = frozenset()  # "officials from the Governments of A and B"
    judging_roots: frozenset[str] = frozenset()  # "condemned the attack": done to the attacker
    people_roots: frozenset[str] = frozenset()  # support for "the people of X" is not X's state's
    people_nouns: frozenset[str] = frozenset()  # "the people of", "the women of"
    event_holding_nouns: frozenset[str] = frozenset()  # "the ceasefire deal": still the ceasefire
    participation_verbs: frozenset[str] = frozenset()  # "the meeting was attended by X": X took part
    responsibility_words: frozenset[str] = frozenset()  # "claimed responsibility for the attack"
    planned_codes: dict[str, str] = field(default_factory=dict)  # "will provide aid": intent, 033
    responsibility_verbs: frozenset[str] = frozenset()  # "claimed responsibility for": the doer's
    doing_nouns: frozenset[str] = frozenset()  # "Canada's adoption of sanctions": Canada's act
    purpose_roots: frozenset[str] = frozenset()  # "used funds to support X": a purpose, no act
    plan_verbs: frozenset[str] = frozenset()  # "announced plans to withdraw": the plan's holder acts
    interview_words: frozenset[str] = frozenset()  # "speaking to Reuters": an interview
    war_nouns: frozenset[str] = frozenset()  # "Russia's war in Ukraine": waged on the country
    dying_verbs: frozenset[str] = frozenset()  # "died in the attacks": the attacks' dead
    dated_recall_codes: frozenset[str] = frozenset()  # "previously designated": an act only with its date

    def describe(self, code: str) -> CodeInfo:
        """The code's label and types; a code the vocabulary lacks is described by its root."""
        if code in self.codes:
            return self.codes[code]
        root = self.codes.get(code[:2] + "0")
        return CodeInfo(code, root.label if root else "unknown", root.plover if root else "", None)


def _words(values: list[Any]) -> frozenset[str]:
    """Lowercased words. A bare on/off/yes/no in YAML is read as a boolean: refused, not turned
    into "true" (that silently dropped every "attack on X" target once)."""
    for value in values:
        if isinstance(value, bool):
            raise ValueError(f"{VOCABULARY.name}: a word read as {value}: quote on/off/yes/no")
    return frozenset(str(v).lower() for v in values)


def _trigger(entry: dict[str, Any]) -> Trigger:
    return Trigger(
        lemma=str(entry["lemma"]).lower(),
        pos=str(entry["pos"]),
        code=str(entry["code"]),
        targets=_words(entry.get("targets", [])),
        phone=entry.get("phone"),
        military=entry.get("military"),
        modifiers=_words(entry.get("with", [])),
        needs=_words(entry.get("needs", [])),
        needs_object=bool(entry.get("needs_object", False)),
        owned=bool(entry.get("owned", False)),
        prepositional=bool(entry.get("prepositional", False)),
        stance=bool(entry.get("stance", False)),
        relation=bool(entry.get("relation", False)),
        directive=bool(entry.get("directive", False)),
        actor_object=bool(entry.get("actor_object", False)),
        needs_target=bool(entry.get("needs_target", False)),
        needs_traveller=bool(entry.get("needs_traveller", False)),
        counted_summary=bool(entry.get("counted_summary", False)),
        by_publisher=bool(entry.get("by_publisher", False)),
        topic_object=bool(entry.get("topic_object", False)),
        kills=bool(entry.get("kills", False)),
        clause_target=bool(entry.get("clause_target", False)),
        reciprocal=entry.get("reciprocal"),
        unattributed=entry.get("unattributed"),
        intent=entry.get("intent"),
        idiom_objects=_words(entry.get("idiom_objects", [])),
    )


def vocabulary_from(data: dict[str, Any]) -> EventVocabulary:
    codes = {
        str(code): CodeInfo(str(code), str(info["label"]), str(info["plover"]), info.get("mode"))
        for code, info in data["codes"].items()
    }
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    for entry in data["triggers"]:
        trigger = _trigger(entry)
        if trigger.code not in codes:
            raise ValueError(f"{VOCABULARY.name}: trigger {trigger.lemma!r} has unknown code {trigger.code}")
        if trigger.unattributed is not None and trigger.unattributed not in codes:
            raise ValueError(f"{VOCABULARY.name}: {trigger.lemma!r}: unknown code {trigger.unattributed}")
        if trigger.reciprocal not in RECIPROCAL:
            raise ValueError(f"{VOCABULARY.name}: trigger {trigger.lemma!r}: reciprocal is always or shared")
        triggers.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    modality = {str(lemma): str(kind) for kind, lemmas in data["modality"].items() for lemma in lemmas}
    return EventVocabulary(
        codes=codes,
        # the most specific first: a trigger with required modifiers before a bare one
        triggers={
            key: tuple(sorted(found, key=lambda t: not t.modifiers)) for key, found in triggers.items()
        },
        phone_cues=_words(data["phone_cues"]),
        military_cues=_words(data["military_cues"]),
        count_verbs={str(k): str(v) for k, v in data["count_verbs"].items()},
        weapon_codes={str(k): str(v) for k, v in data["weapon_codes"].items()},
        judging_verbs=_words(data["judging_verbs"]),
        count_nouns={str(k): str(v) for k, v in data["count_nouns"].items()},
        fired_nouns=_words(data.get("fired_nouns", [])),
        firing_verbs=_words(data.get("firing_verbs", [])),
        counted_people=_words(data["counted_people"]),
        approximate={str(k): int(v) for k, v in data["approximate_numbers"].items()},
        bound_words=_words(data["bound_words"]),
        modality=modality,
        reporting_verbs=_words(data["reporting_verbs"]),
        reporting_nouns=_words(data["reporting_nouns"]),
        event_nouns=_words(data["event_nouns_for_counts"]),
        party_prepositions=_words(data["party_prepositions"]),
        party_nouns=_words(data["party_nouns"]),
        light_verbs=_words(data["light_verbs"]),
        failing_words=_words(data["failing_words"]),
        naming_verbs=_words(data["naming_verbs"]),
        negative_labels=_words(data["negative_labels"]),
        positive_labels=_words(data["positive_labels"]),
        naming_codes={str(k): str(v) for k, v in data["naming_codes"].items()},
        demonyms={str(k).lower(): str(v) for k, v in data["demonyms"].items()},
        delegate_nouns=_words(data["delegate_nouns"]),
        appeal_verbs=_words(data["appeal_verbs"]),
        force_nouns=_words(data["force_nouns"]),
        part_of_roles=_words(data["part_of_roles"]),
        dateline_codes=frozenset(str(c) for c in data["dateline_codes"]),
        hypothetical_modifiers=_words(data["hypothetical_modifiers"]),
        recall_words=_words(data["recall_words"]),
        implicative_verbs=_words(data["implicative_verbs"]),
        undergone_nouns=_words(data["undergone_nouns"]),
        accident_words=_words(data["accident_words"]),
        place_prepositions=_words(data["place_prepositions"]),
        military_nouns=_words(data["military_nouns"]),
        armed_forces_roles=_words(data["armed_forces_roles"]),
        led_by_roles=_words(data["led_by_roles"]),
        opinion_verbs=_words(data["opinion_verbs"]),
        unadopted_words=_words(data["unadopted_words"]),
        event_measure_nouns=_words(data["event_measure_nouns"]),
        hostile_acts=_words(data["hostile_acts"]),
        speaks_for_roles=_words(data["speaks_for_roles"]),
        state_codes=frozenset(str(c) for c in data.get("state_codes", ())),
        regarding_roots=frozenset(str(c) for c in data.get("regarding_roots", ())),
        frame_prepositions=frozenset(data.get("frame_prepositions", ())),
        list_extenders=frozenset(data.get("list_extenders", ())),
        aiming_verbs=frozenset(data.get("aiming_verbs", ())),
        state_body_nouns=frozenset(data.get("state_body_nouns", ())),
        judging_roots=frozenset(data.get("judging_roots", ())),
        people_roots=frozenset(data.get("people_roots", ())),
        people_nouns=frozenset(data.get("people_nouns", ())),
        event_holding_nouns=frozenset(data.get("event_holding_nouns", ())),
        participation_verbs=frozenset(data.get("participation_verbs", ())),
        responsibility_words=frozenset(data.get("responsibility_words", ())),
        planned_codes={str(k): str(v) for k, v in data.get("planned_codes", {}).items()},
        responsibility_verbs=frozenset(data.get("responsibility_verbs", ())),
        doing_nouns=frozenset(data.get("doing_nouns", ())),
        purpose_roots=frozenset(str(r) for r in data.get("purpose_roots", ())),
        plan_verbs=frozenset(data.get("plan_verbs", ())),
        interview_words=frozenset(data.get("interview_words", ())),
        war_nouns=frozenset(data.get("war_nouns", ())),
        dying_verbs=frozenset(data.get("dying_verbs", ())),
        dated_recall_codes=frozenset(str(c) for c in data.get("dated_recall_codes", ())),
    )


@lru_cache(maxsize=1)
def load_vocabulary() -> EventVocabulary:
    with VOCABULARY.open(encoding="utf-8") as handle:
        return vocabulary_from(yaml.load(handle, Loader=yaml.CSafeLoader))
