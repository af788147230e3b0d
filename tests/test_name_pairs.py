"""The resolver's pairwise decision on 102 name pairs of the region (data/gold/name-pairs.tsv).

Prints precision, recall and F1 of "same actor" per split; the floors below only go up. The
held-out split is measured here and never tuned on.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

import pytest

from dabir.resolve.matcher import same_actor
from tests.conftest import ROOT

PAIRS = ROOT / "data" / "gold" / "name-pairs.tsv"
FLOORS = {  # measured 2026-11-25: dev P 1.00 R 1.00; held-out P 1.00 R 0.95
    "dev": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
    "held-out": {"precision": 1.0, "recall": 0.95, "f1": 0.97},
}


@dataclass(frozen=True)
class Pair:
    split: str
    same: bool
    kind: str
    a: str
    b: str


def pairs() -> list[Pair]:
    with PAIRS.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [
        Pair(r["split"], r["same"] == "1", r["kind"], r["name_a"], r["name_b"])
        for r in csv.DictReader(lines, delimiter="\t")
    ]


def scores(split: str) -> dict[str, float]:
    chosen = [p for p in pairs() if p.split == split]
    predicted = [(p, same_actor(p.a, p.b, p.kind)) for p in chosen]
    tp = sum(1 for p, guess in predicted if guess and p.same)
    fp = sum(1 for p, guess in predicted if guess and not p.same)
    fn = sum(1 for p, guess in predicted if not guess and p.same)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pairs": len(chosen)}


def test_there_are_at_least_80_pairs_of_both_kinds() -> None:
    found = pairs()
    assert len(found) >= 80
    assert sum(p.same for p in found) >= 30 and sum(not p.same for p in found) >= 30
    assert {p.split for p in found} == {"dev", "held-out"}


@pytest.mark.parametrize("split", ["dev", "held-out"])
def test_precision_recall_f1_stay_above_their_floors(split: str, capsys: pytest.CaptureFixture[str]) -> None:
    measured = scores(split)
    with capsys.disabled():
        print(
            f"\nname pairs {split}: {measured['pairs']:.0f} pairs, precision {measured['precision']:.3f}, "
            f"recall {measured['recall']:.3f}, F1 {measured['f1']:.3f}"
        )
    for metric, floor in FLOORS[split].items():
        assert floor >= 0.8
        assert measured[metric] >= floor, f"{split} {metric} {measured[metric]:.3f} fell below {floor}"
