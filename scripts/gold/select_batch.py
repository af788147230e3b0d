"""Choose the documents of a later annotation batch (2, 3, …) of `data/gold/events.jsonl`.

The choice is mechanical and is made before any of them is annotated: from each corpus folder,
the records that the corpus marks as relevant to the Middle East, of the kinds the brief covers
and of a length a person can annotate in one sitting, not in `mentions.jsonl` nor in an earlier
batch of `events.jsonl`, are sorted by id and sampled with the batch's fixed seed. Run from the
project root:

    python scripts/gold/select_batch.py --batch 3

It prints one line per chosen document: folder, id, length, title. The documents of a batch
already annotated are printed again by the same command.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_events_gold import ROOT, shared_dir

SEEDS = {2: 20261127, 3: 20261128, 4: 20261129}

# folder file, how many, which records qualify
RULES = {
    "treasury-press/treasury_news_me_sample.jsonl": (
        10, lambda r: r["doc_type"] in ("press-releases", "readouts") and 800 <= len(r["text"]) <= 5000
    ),
    "whitehouse-briefing-room/whitehouse_statements_me_sample.jsonl": (
        8, lambda r: r["doc_type"] == "statements-releases" and 400 <= len(r["text"]) <= 4000
    ),
    "wikinews-saliency/wikinews_articles.jsonl": (8, lambda r: len(r["text"]) <= 5000),
    "wikipedia-current-events-2015-09/current_events_2015-09.jsonl": (
        10, lambda r: r["category"] in ("War_Conflict", "International_Relation", "Law_Crime", "Politics")
    ),
}


def taken(batch: int) -> set[str]:
    """The documents of the mention gold set and of the earlier batches of the event gold set."""
    with open(ROOT / "data" / "gold" / "mentions.jsonl", encoding="utf-8") as fh:
        ids = {json.loads(line)["id"] for line in fh if line.strip()}
    with open(ROOT / "data" / "gold" / "events.jsonl", encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    return ids | {ln["id"] for ln in lines if ln.get("batch", 1) < batch}


def choose(batch: int) -> list[tuple[str, dict]]:
    shared, used = shared_dir(), taken(batch)
    rng = random.Random(SEEDS[batch])
    out: list[tuple[str, dict]] = []
    for rel, (n, qualifies) in RULES.items():
        with open(shared / "corpus" / rel, encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh if line.strip()]
        pool = sorted(
            (r for r in recs if r.get("me_relevant") and r.get("text") and r["id"] not in used and qualifies(r)),
            key=lambda r: r["id"],
        )
        out += [(rel.split("/")[0], r) for r in sorted(rng.sample(pool, n), key=lambda r: r["id"])]
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, choices=sorted(SEEDS), required=True)
    for folder, rec in choose(ap.parse_args().batch):
        print(f"{folder}\t{rec['id']}\t{len(rec['text'])}\t{rec['title'][:90]}")
