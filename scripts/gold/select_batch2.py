"""Choose the documents of the second annotation batch of `data/gold/events.jsonl`.

The choice is mechanical and was made before any of them was annotated: from each corpus folder,
the records that the corpus marks as relevant to the Middle East, of the kinds the brief covers
and of a length a person can annotate in one sitting, not already in either gold file, are sorted
by id and sampled with a fixed seed. Run from the project root:

    python scripts/gold/select_batch2.py

It prints one line per chosen document: folder, id, length, title.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_events_gold import ROOT, shared_dir  # noqa: E402

SEED = 20261127

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


def taken() -> set[str]:
    ids: set[str] = set()
    for name in ("events.jsonl", "mentions.jsonl"):
        with open(ROOT / "data" / "gold" / name, encoding="utf-8") as fh:
            ids |= {json.loads(line)["id"] for line in fh if line.strip()}
    return ids


def choose() -> list[tuple[str, dict]]:
    shared, used = shared_dir(), taken()
    rng = random.Random(SEED)
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
    for folder, rec in choose():
        print(f"{folder}\t{rec['id']}\t{len(rec['text'])}\t{rec['title'][:90]}")
