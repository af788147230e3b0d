"""``dabir eval GOLD.jsonl``: score extraction against hand-annotated articles.

The gold format is documented in ``data/gold/README.md``: one article per line, with its
fields (title, caption, text) and its mentions (field, start, end, text, kind, actor or null),
and a ``split`` (dev: tuned on; heldout: only measured). Scores, each precision, recall, F1:

- ``mentions``: a predicted mention is right when its field and span are exactly a gold one's;
- ``mentions_kind``: the same, and the kind agrees;
- ``links``: over mentions the gold links to a KB actor, the predicted link names that actor
  (predictions count when they link to an actor of the starter KB);
- ``article_actors``: the set of KB actors each article names, as an analyst reads it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dabir.errors import UsageError
from dabir.extract.article import ArticleExtractor
from dabir.types import Article, Caption, FieldName, Identity, IdentityKind, Source, utc_now


@dataclass(frozen=True)
class Score:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def read_gold(path: Path) -> list[dict[str, Any]]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(item, dict) or "fields" not in item or not {"mentions", "events"} & item.keys():
            raise UsageError(f"{path}:{number}: a gold item has fields, and mentions or events")
        items.append(item)
    return items


def gold_article(item: dict[str, Any]) -> Article:
    """An in-memory article made of a gold item's fields (never stored)."""
    fields = item["fields"]
    now = utc_now()
    publisher = str(item.get("publisher") or "gold")  # as ingest names it: the record's "source"
    source = Source(publisher, publisher, "file", None, None, "en", None, None, None, 0)
    caption = Caption(fields["caption"], fields.get("credit")) if fields.get("caption") else None
    return Article(
        id=str(item["id"]),
        identity=Identity(IdentityKind.TEXT, str(item["id"])),
        source=source,
        url=None,
        title=fields.get("title", ""),
        title_derived=not fields.get("title"),
        byline=None,
        published=None,
        fetched=now,
        language="en",
        language_confidence=1.0,
        caption=caption,
        text=fields.get("text", ""),
        metadata={},
        revision=1,
        story=str(item["id"]),
        status="ok",
        pending=None,
        input="gold",
        encoding=None,
    )


def evaluate(
    items: Sequence[dict[str, Any]], extractor: ArticleExtractor, split: str | None
) -> dict[str, Any]:
    chosen = [i for i in items if split in (None, "all") or i.get("split") == split]
    if not chosen:
        raise UsageError(f"no gold items in split {split!r}")
    known = set(extractor.kb.actors)
    counts = {name: [0, 0, 0] for name in ("mentions", "mentions_kind", "links", "article_actors")}
    for item in chosen:
        extraction = extractor.extract(gold_article(item), 1 << 30)
        gold = item["mentions"]
        predicted = [m for m in extraction.mentions if m.span.field != "credit" or _has_credit(gold)]
        _add(
            counts["mentions"],
            {_span(m) for m in gold},
            {(m.span.field, m.span.start, m.span.end) for m in predicted},
        )
        _add(
            counts["mentions_kind"],
            {(*_span(m), m["kind"]) for m in gold},
            {(m.span.field, m.span.start, m.span.end, m.kind) for m in predicted},
        )
        _add(
            counts["links"],
            {(*_span(m), m["actor"]) for m in gold if m.get("actor")},
            {(m.span.field, m.span.start, m.span.end, m.actor_id) for m in predicted if m.actor_id in known},
        )
        _add(
            counts["article_actors"],
            {m["actor"] for m in gold if m.get("actor")},
            {m.actor_id for m in predicted if m.actor_id in known},
        )
    return {
        "split": split or "all",
        "articles": len(chosen),
        **{name: Score(*values).to_json() for name, values in counts.items()},
    }


def _span(m: dict[str, Any]) -> tuple[FieldName, int, int]:
    return (m["field"], int(m["start"]), int(m["end"]))


def _has_credit(gold: Iterable[dict[str, Any]]) -> bool:
    return any(m["field"] == "credit" for m in gold)


def _add(total: list[int], gold: set[Any], predicted: set[Any]) -> None:
    total[0] += len(gold & predicted)
    total[1] += len(predicted)
    total[2] += len(gold)
